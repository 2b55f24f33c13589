# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = 确认您的电子邮件地址
email-verify-body =
    { $name }，您好：

    请在 { $minutes } 分钟内打开以下链接，确认您的电子邮件地址：

    { $link }

    如果您没有创建过账户，请忽略此邮件。
email-registration-attempt-subject = 有人尝试使用您的电子邮件地址注册
email-registration-attempt-body =
    { $name }，您好：

    刚才有人尝试使用您的电子邮件地址创建新账户，但该地址已有账户。
    如果是您本人，请直接登录：

    { $link }

    如果不是您本人，则无需采取任何操作：没有任何内容被更改。
email-reset-subject = 重置您的密码
email-reset-body =
    { $name }，您好：

    有人（希望是您本人）请求重置您账户的密码。如需设置新密码，请在 { $minutes } 分钟内打开以下链接：

    { $link }

    如果您没有发出此请求，请忽略此邮件：您的密码将保持不变。
email-clone-suspected-subject = 您的一个许可证似乎正在一台复制的计算机上运行
email-clone-suspected-body =
    { $name }，您好：

    刚才有两台计算机出示了您的 { $product } 许可证的同一个激活（设备“{ $device }”）。这通常意味着带有该许可证的磁盘映像或虚拟机被复制了。

    该激活已暂停。如果这两台计算机您都认识，请在“我的许可证”页面释放旧的那台，然后激活新的那台：

    { $link }

    如果您不认识，可能有人正在使用您的许可证密钥：请联系供应商。
email-receipt-subject = 您的收据 { $number }
email-receipt-body =
    { $name }，您好：

    感谢您的购买。发票 { $number }（总计 { $total }）已从您的钱包中支付。

    您的许可证密钥位于“我的许可证”页面：

    { $licenses }

    您可以随时在钱包页面下载发票 PDF：

    { $billing }
email-sub-license-invite-subject = { $inviter } 向您分配了一个许可证
email-sub-license-invite-body =
    您好：

    { $inviter } 向您分配了 { $product } 的 { $seats } 个席位，并附带一个独立的许可证密钥。

    如需使用，请使用此电子邮件地址登录，或使用该地址创建账户并确认地址。之后，该许可证将显示在您的“我的许可证”页面上：

    { $link }

    如果您不认识 { $inviter }，请忽略此邮件。
email-license-invite-subject = { $store } 为您签发了一个许可证
email-license-invite-body =
    您好：

    { $store } 为您签发了 { $product }（{ $plan }）的许可证。

    如需使用，请通过以下链接使用此电子邮件地址创建账户；之后许可证及其密钥将显示在您的“我的许可证”页面上：

    { $link }

    如果您并未预期收到此邮件，请忽略它。
email-top-up-receipt-subject = 您的钱包已充值 { $credited }
email-top-up-receipt-body =
    { $name }，您好：

    您通过 { $gateway } 支付的款项 { $reference }（金额 { $paid }）已到账，{ $credited } 已存入您的钱包。

    您的余额和交易记录位于钱包页面：

    { $billing }
email-transfer-instructions-subject = 您的 { $amount } 银行转账
email-transfer-instructions-body =
    { $name }，您好：

    如需为钱包充值，请转账 { $amount }，并注明以下付款参考号：{ $reference }

    { $details }

    以下页面也列出了相同的信息，每项均附有复制按钮：

    { $page }

    款项到账后，您的钱包即会入账。
email-transfer-account-holder = 账户持有人
email-transfer-account-number = IBAN 或账号
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = 银行
email-transfer-bank-address = 银行地址
email-transfer-no-details = 此货币的银行账户信息尚未设置：转账前请先与我们联系。
