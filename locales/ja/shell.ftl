### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = 日本語

-brand = RMS License Server

## Layout shared by every page

skip-to-content = コンテンツへスキップ
nav-home = ホーム
nav-sign-in = ログイン
nav-api-docs = APIドキュメント
nav-menu = メニュー
notice-dismiss = 閉じる
language-label = 言語
language-apply = 切り替え
footer-text = { -brand } — 自社でホストするライセンス管理・課金プラットフォーム。
footer-support = サポート

## Landing page

landing-page-title = { -brand }
landing-tagline = ソフトウェアを販売し、保護し、代金を受け取る — すべて自社のサーバーで。
landing-intro = { -brand }は暗号署名付きのライセンスキーを発行し、デバイスやドメインに紐付け、オンラインでもオフラインでも検証します。ウォレットと決済ゲートウェイを備えたストアで販売し、お客様の言語でお客様とやり取りします。
landing-feature-keys-title = 偽造できないキー
landing-feature-keys-body = すべてのライセンスはEd25519で署名されます。ソフトウェアは公開鍵でライセンスを検証するため、ネットワークに接続していなくても確認できます。
landing-feature-store-title = 金額を正確に扱うストア
landing-feature-store-body = 価格はサーバー側で計算され、すべての支払いは必ず一度だけ入金処理され、請求書番号も必ず一度だけ使用されます。
landing-feature-scale-title = ノートPCからクラスターまで、ひとつのバイナリで
landing-feature-scale-body = 組み込みデータベースならコマンドひとつで始められます。PostgreSQLとRedisを使えば、コードを一行も変えずに多数のノードへ拡張できます。
landing-cta-sign-in = ログイン
landing-cta-store = ストアを見る
landing-cta-docs = APIを見る
landing-languages = { $count }言語に対応しています。

## API documentation page

docs-page-title = APIドキュメント
docs-noscript = インタラクティブなリファレンスを表示するにはJavaScriptが必要です。OpenAPIドキュメント本体は { $url } にあります。

## Error pages

error-page-back = ホームページに戻る
error-page-request-id = リクエストID：{ $id }
