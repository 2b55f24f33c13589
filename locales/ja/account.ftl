### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = メールアドレスの確認
verify-email-intro = このメールアドレスがご本人のものであることを確認するため、ボタンを押してください。
verify-email-confirm = メールアドレスを確認する
verify-email-done = ありがとうございます。メールアドレスの確認が完了しました。

## Password reset page

reset-page-title = 新しいパスワードの設定
reset-new-password = 新しいパスワード
reset-password-hint = 12～128文字。よく使われるパスワードやご自身のメールアドレスは使用できません。
reset-submit = 新しいパスワードを設定する
reset-done = パスワードを変更し、すべてのセッションを終了しました。新しいパスワードでログインしてください。

## First-run setup page

setup-page-title = 最初の管理者の作成
setup-intro = このサーバーにはまだ管理者がいません。ここで作成するアカウントはすべてを管理できます。このリンクは一度だけ有効です。
setup-email = メールアドレス
setup-name = 名前
setup-password = パスワード
setup-store-name = ストア名
setup-store-name-hint = すべてのページのヘッダーとメールでお客様に表示されます。ブランドページで変更したり、ロゴや色を追加したりできます。
setup-seller = 販売者（請求書に記載）
setup-seller-hint = 現時点では任意です。最初の販売までに、ここまたは請求設定ページで入力してください。正式名称がない場合、請求書にはストア名が記載されます。
setup-submit = 管理者を作成する
setup-done = 管理者アカウントの準備ができました。このアカウントでログインしてください。

## Signing in and up, account settings

nav-sign-up = アカウント作成
nav-sign-out = ログアウト
field-email = メールアドレス
field-password = パスワード
field-name = 名前
sign-in-title = ログイン
sign-in-submit = ログイン
sign-in-code = ワンタイムコード
sign-in-code-hint = 認証アプリに表示される6桁のコード、またはリカバリーコードのいずれか。
sign-in-forgot = パスワードをお忘れですか？
sign-in-no-account = アカウントを作成
sign-up-title = アカウントの作成
sign-up-submit = アカウントを作成する
sign-up-done = ありがとうございます。入力されたアドレスに確認リンクを送信しました。リンクを開いてメールアドレスを確認してから、ログインしてください。
sign-up-invited = ライセンスが届いています。ライセンスの送付先アドレスでアカウントを作成してください。
sign-up-invited-done = アカウントの準備ができ、アドレスも確認済みです。ログインしてください。届いているライセンスはライセンスページにあります。
forgot-title = パスワードをお忘れですか？
forgot-submit = リセット用リンクを送信する
forgot-done = このアドレスを使用しているアカウントがあれば、新しいパスワードを設定するためのリンクを送信しました。リンクの有効期間は30分です。
account-title = アカウント
account-profile = プロフィール
account-email-verified = 確認済み
account-email-unverified = 未確認
account-timezone = タイムゾーン
account-digits = 数字
account-save = 保存
account-saved = 変更を保存しました。
account-password = パスワード
account-current-password = 現在のパスワード
account-change-password = パスワードを変更する
account-password-changed = パスワードを変更しました。ほかのすべてのセッションは終了しました。
account-security = セキュリティ
account-2fa-on = 2要素認証は有効です。
account-2fa-off = 2要素認証は無効です。
account-sessions-hint = このアカウントのすべてのセッションを、このデバイスを含むすべてのデバイスで終了します。
account-sign-out-everywhere = すべてのデバイスからログアウト

## Two-factor sign-in and API key pages

account-2fa-manage = 管理
account-export = データをダウンロード
account-export-hint = JSONファイルをまとめたZIPです。アカウント、ライセンスとそのキー、デバイス、請求書、支払い、ウォレット、通知、APIキー（シークレットは含みません）が含まれます。
tfa-title = 2要素認証
tfa-intro = 2要素認証を有効にすると、ログイン時にスマートフォンの認証アプリに表示されるコードも必要になります。パスワードが盗まれただけではログインされません。
tfa-start = 設定する
tfa-scan = 認証アプリでこのコードを読み取り、表示された6桁のコードを入力してください。
tfa-qr-alt = 認証アプリ用のQRコード
tfa-secret = または、次のキーを入力してください：
tfa-confirm = 2要素認証を有効にする
tfa-enabled = 2要素認証を有効にしました。ほかのセッションは終了しました。このブラウザーはログインしたままです。
tfa-confirm-password-hint = ご本人であることをパスワードで確認します。ほかのセッションは終了し、このブラウザーはログインしたままになります。
tfa-codes-saved = 保存しました。アカウントに戻る
tfa-codes-intro = これらのリカバリーコードを安全な場所に保管してください。スマートフォンを紛失した場合に、各コードを一度だけ使用できます。コードが表示されるのは今回だけです。
tfa-disable = 2要素認証を無効にする
keys-title = APIキー
keys-new = 新しいキー
keys-scopes = 権限
keys-scope-read = データの読み取り
keys-scope-licenses = ライセンスの管理
keys-scope-releases = リリースの公開
keys-expires = 有効期間（日数、任意）
keys-create = キーを作成する
keys-created = 新しいキーは下記のとおりです。今すぐコピーしてください。表示されるのは一度だけです。
keys-yours = お使いのキー
keys-none = APIキーはまだありません。
keys-prefix = 先頭文字列
keys-revoke = 失効させる
keys-confirm-revoke = このAPIキーを失効させますか？このキーを使用しているスクリプトはただちに動作しなくなります。この操作は元に戻せません。
keys-revoked = 失効済み
