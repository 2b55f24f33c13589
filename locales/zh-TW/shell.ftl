### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = 繁體中文

-brand = RMS License Server

## Layout shared by every page

skip-to-content = 跳至主要內容
nav-home = 首頁
nav-sign-in = 登入
nav-api-docs = API 說明文件
nav-menu = 選單
notice-dismiss = 關閉
language-label = 語言
language-apply = 切換
footer-text = { -brand } — 由您自行架設的授權與帳務平台。
footer-support = 客服支援

## Landing page

landing-page-title = { -brand }
landing-tagline = 在您自己的伺服器上銷售軟體、保護軟體，並順利收款。
landing-intro = { -brand } 可核發加密授權金鑰、將金鑰綁定至裝置或網域、進行線上與離線驗證，透過具備錢包與付款閘道的商店銷售，並以客戶的語言與客戶溝通。
landing-feature-keys-title = 無法偽造的金鑰
landing-feature-keys-body = 每份授權都以 Ed25519 簽署。您的軟體使用公開金鑰驗證授權，即使沒有網路連線也能驗證。
landing-feature-store-title = 金額分毫不差的商店
landing-feature-store-body = 價格在伺服器端計算，每筆付款恰好入帳一次，每個發票號碼也恰好使用一次。
landing-feature-scale-title = 單一執行檔，從筆電到叢集
landing-feature-scale-body = 只要一行指令，即可搭配內嵌式資料庫啟動；之後可擴充為以 PostgreSQL 與 Redis 運作的多節點架構，不必修改任何一行。
landing-cta-sign-in = 登入
landing-cta-store = 瀏覽商店
landing-cta-docs = 探索 API
landing-languages = 提供 { $count } 種語言。

## API documentation page

docs-page-title = API 說明文件
docs-noscript = 互動式參考文件需要 JavaScript。OpenAPI 文件本身位於 { $url }。

## Error pages

error-page-back = 返回首頁
error-page-request-id = 請求 ID：{ $id }
