### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = 確認您的電子郵件地址
verify-email-intro = 請按下按鈕，確認此電子郵件地址屬於您。
verify-email-confirm = 確認我的電子郵件地址
verify-email-done = 感謝您：您的電子郵件地址已確認。

## Password reset page

reset-page-title = 設定新密碼
reset-new-password = 新密碼
reset-password-hint = 12 至 128 個字元。不得為最常見的密碼之一，也不得為您的電子郵件地址。
reset-submit = 設定新密碼
reset-done = 您的密碼已變更，所有工作階段均已結束。請使用新密碼登入。

## First-run setup page

setup-page-title = 建立第一位管理員
setup-intro = 此伺服器尚無管理員。您在此建立的帳號可以管理所有項目；此連結僅能使用一次。
setup-email = 電子郵件地址
setup-name = 姓名
setup-password = 密碼
setup-store-name = 您的商店名稱
setup-store-name-hint = 會顯示在每個頁面的頁首與電子郵件中，讓您的客戶看到。您可以在「品牌」頁面變更名稱，並加上標誌與色彩。
setup-seller = 賣方（列印在發票上）
setup-seller-hint = 現在可先不填：請在第一筆銷售前，於此處或帳務頁面填寫。若未填寫法定名稱，發票上會列印商店名稱。
setup-submit = 建立管理員
setup-done = 管理員帳號已就緒。請使用此帳號登入。

## Signing in and up, account settings

nav-sign-up = 建立帳號
nav-sign-out = 登出
field-email = 電子郵件地址
field-password = 密碼
field-name = 姓名
sign-in-title = 登入
sign-in-submit = 登入
sign-in-code = 一次性驗證碼
sign-in-code-hint = 驗證器應用程式中顯示的 6 位數驗證碼，或您的其中一組復原碼。
sign-in-forgot = 忘記密碼？
sign-in-no-account = 建立帳號
sign-up-title = 建立帳號
sign-up-submit = 建立帳號
sign-up-done = 感謝您。我們已將確認連結寄到您輸入的地址；請開啟連結確認您的電子郵件地址，然後再登入。
sign-up-invited = 有一份授權正等著您。請使用收到授權通知的電子郵件地址建立帳號。
sign-up-invited-done = 您的帳號已就緒，電子郵件地址也已確認。請登入：為您保留的授權就在「我的授權」頁面上。
forgot-title = 忘記密碼？
forgot-submit = 寄送重設連結給我
forgot-done = 若有帳號使用此地址，設定新密碼的連結已在寄送途中，30 分鐘內有效。
account-title = 您的帳號
account-profile = 個人資料
account-email-verified = 已確認
account-email-unverified = 尚未確認
account-timezone = 時區
account-digits = 數字
account-save = 儲存
account-saved = 您的變更已儲存。
account-password = 密碼
account-current-password = 目前的密碼
account-change-password = 變更密碼
account-password-changed = 您的密碼已變更。其他所有工作階段均已結束。
account-security = 安全性
account-2fa-on = 雙重驗證已開啟。
account-2fa-off = 雙重驗證已關閉。
account-sessions-hint = 結束此帳號在所有裝置上的全部工作階段，包括目前這一個。
account-sign-out-everywhere = 從所有裝置登出

## Two-factor sign-in and API key pages

account-2fa-manage = 管理
account-export = 下載我的資料
account-export-hint = 一個內含 JSON 檔案的 ZIP 壓縮檔：您的帳號、授權及其金鑰、裝置、發票、付款、錢包、通知與 API 金鑰（絕不包含金鑰的私密值）。
tfa-title = 雙重驗證
tfa-intro = 開啟雙重驗證後，登入時還需要輸入手機上驗證器應用程式產生的驗證碼，因此即使密碼遭竊，光憑密碼也無法登入。
tfa-start = 開始設定
tfa-scan = 請使用驗證器應用程式掃描此 QR Code，然後輸入應用程式顯示的 6 位數驗證碼。
tfa-qr-alt = 供驗證器應用程式掃描的 QR Code
tfa-secret = 或手動輸入此金鑰：
tfa-confirm = 開啟雙重驗證
tfa-enabled = 雙重驗證已開啟。您的其他工作階段均已結束；此瀏覽器仍保持登入。
tfa-confirm-password-hint = 輸入密碼以證明是您本人：您的其他工作階段將會結束，此瀏覽器仍保持登入。
tfa-codes-saved = 我已儲存：返回我的帳號
tfa-codes-intro = 請將這些復原碼存放在安全的地方。萬一遺失手機，每組復原碼可使用一次。復原碼只會在此時顯示。
tfa-disable = 關閉雙重驗證
keys-title = API 金鑰
keys-new = 新增金鑰
keys-scopes = 權限
keys-scope-read = 讀取您的資料
keys-scope-licenses = 管理授權
keys-scope-releases = 發布版本
keys-expires = 有效天數（選填）
keys-create = 建立金鑰
keys-created = 您的新金鑰如下。請立即複製：它只會顯示這一次。
keys-yours = 您的金鑰
keys-none = 您還沒有任何 API 金鑰。
keys-prefix = 開頭為
keys-revoke = 撤銷
keys-confirm-revoke = 確定要撤銷此 API 金鑰嗎？使用此金鑰的指令碼會立即停止運作；此動作無法復原。
keys-revoked = 已撤銷
