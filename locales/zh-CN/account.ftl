### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = 确认您的电子邮件地址
verify-email-intro = 请点击下方按钮，确认此电子邮件地址归您所有。
verify-email-confirm = 确认我的电子邮件地址
verify-email-done = 谢谢！您的电子邮件地址已确认。

## Password reset page

reset-page-title = 设置新密码
reset-new-password = 新密码
reset-password-hint = 12 到 128 个字符。不能是最常用的密码之一，也不能是您的电子邮件地址。
reset-submit = 设置新密码
reset-done = 您的密码已更改，所有会话均已结束。请使用新密码登录。

## First-run setup page

setup-page-title = 创建第一个管理员
setup-intro = 此服务器尚无管理员。您在此创建的账户可以管理所有内容；此链接仅能使用一次。
setup-email = 电子邮件地址
setup-name = 姓名
setup-password = 密码
setup-store-name = 您的商店名称
setup-store-name-hint = 显示在每个页面的页眉和电子邮件中，供您的客户查看。您可以在“品牌”页面修改名称，并添加徽标和颜色。
setup-seller = 销售方（打印在发票上）
setup-seller-hint = 现在可以不填：请在首次销售前于此处或计费页面填写。如果没有法定名称，发票上将打印商店名称。
setup-submit = 创建管理员
setup-done = 管理员账户已就绪。请使用该账户登录。

## Signing in and up, account settings

nav-sign-up = 注册账户
nav-sign-out = 退出登录
field-email = 电子邮件地址
field-password = 密码
field-name = 姓名
sign-in-title = 登录
sign-in-submit = 登录
sign-in-code = 一次性验证码
sign-in-code-hint = 身份验证器应用中显示的 6 位验证码，或您的某个恢复码。
sign-in-forgot = 忘记密码？
sign-in-no-account = 注册账户
sign-up-title = 注册账户
sign-up-submit = 创建账户
sign-up-done = 谢谢！我们已向您填写的地址发送了一封确认链接邮件，请打开链接确认您的电子邮件地址，然后登录。
sign-up-invited = 有一个许可证正在等您领取。请使用接收该许可证的电子邮件地址创建账户。
sign-up-invited-done = 您的账户已就绪，电子邮件地址也已确认。请登录：为您保留的许可证就在“我的许可证”页面上。
forgot-title = 忘记密码？
forgot-submit = 向我发送重置链接
forgot-done = 如果有账户使用此地址，一封包含设置新密码链接的邮件正在发送途中。该链接 30 分钟内有效。
account-title = 您的账户
account-profile = 个人资料
account-email-verified = 已确认
account-email-unverified = 尚未确认
account-timezone = 时区
account-digits = 数字
account-save = 保存
account-saved = 您的更改已保存。
account-password = 密码
account-current-password = 当前密码
account-change-password = 更改密码
account-password-changed = 您的密码已更改。其他所有会话均已结束。
account-security = 安全
account-2fa-on = 两步验证登录已开启。
account-2fa-off = 两步验证登录已关闭。
account-sessions-hint = 结束此账户在所有设备上的全部会话，包括当前会话。
account-sign-out-everywhere = 在所有设备上退出登录

## Two-factor sign-in and API key pages

account-2fa-manage = 管理
account-export = 下载我的数据
account-export-hint = 一个包含 JSON 文件的 ZIP 压缩包：您的账户、许可证及其密钥、设备、发票、付款、钱包、通知和 API 密钥（绝不包含密钥的机密值）。
tfa-title = 两步验证登录
tfa-intro = 开启两步验证登录后，登录时还需要输入手机上身份验证器应用生成的验证码，因此仅凭被盗的密码无法登录。
tfa-start = 开始设置
tfa-scan = 请用身份验证器应用扫描此二维码，然后输入应用中显示的 6 位验证码。
tfa-qr-alt = 用于身份验证器应用的二维码
tfa-secret = 或手动输入此密钥：
tfa-confirm = 开启两步验证登录
tfa-enabled = 两步验证登录已开启。您的其他会话均已结束；当前浏览器保持登录状态。
tfa-confirm-password-hint = 输入密码以证明是您本人操作：您的其他会话将会结束，当前浏览器保持登录状态。
tfa-codes-saved = 我已保存：返回我的账户
tfa-codes-intro = 请将这些恢复码保存在安全的地方。如果您丢失了手机，每个恢复码可使用一次。它们仅在此刻显示。
tfa-disable = 关闭两步验证登录
keys-title = API 密钥
keys-new = 新建密钥
keys-scopes = 权限
keys-scope-read = 读取您的数据
keys-scope-licenses = 管理许可证
keys-scope-releases = 发布版本
keys-expires = 有效期（天，可选）
keys-create = 创建密钥
keys-created = 您的新密钥如下所示。请立即复制：它只显示这一次。
keys-yours = 您的密钥
keys-none = 您还没有 API 密钥。
keys-prefix = 密钥前缀
keys-revoke = 吊销
keys-confirm-revoke = 确定要吊销此 API 密钥吗？使用它的脚本将立即停止工作；此操作无法撤销。
keys-revoked = 已吊销
