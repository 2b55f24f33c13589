# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = 您收到此邮件，是因为您在 { $seller } 拥有账户。您可以在账户页面上选择接收哪些通知以及接收方式。
notify-open = 打开
notify-unsubscribe = 退订此类邮件
notify-unsubscribe-intro = 确定不再接收此类邮件吗？安全通知和其他类型的通知不受影响；您可以在账户页面上重新开启。
notify-unsubscribe-confirm = 退订
notify-unsubscribe-done = 操作完成：您将不再收到此类邮件。

notify-top_up_credited-subject = 您的钱包已充值 { $amount }
notify-top_up_credited-body = { $name }，您好！{ $amount } 已存入您的钱包。
notify-top_up_credited-details = 您通过 { $gateway } 支付的款项 { $reference }（金额 { $paid }）已到账。您的余额和交易记录位于钱包页面。
notify-transfer_confirmed-subject = 您的 { $amount } 银行转账已到账
notify-transfer_confirmed-body = { $name }，您好！我们已收到您的银行转账：{ $amount } 现已存入您的钱包。
notify-transfer_confirmed-details = 付款参考号为 { $reference }；您汇出的金额为 { $paid }。
notify-purchase_receipt-subject = 您的购买收据（{ $invoice }）
notify-purchase_receipt-body = { $name }，您好！感谢您的购买。发票 { $invoice }（总计 { $amount }）已从您的钱包中支付。您的许可证密钥位于“我的许可证”页面；您可以随时在钱包页面下载发票 PDF。
notify-order_failed-subject = 您的订单未能完成
notify-order_failed-body = { $name }，您好！您的订单未能完成。{ $reason ->
        [unpaid] 付款未成功，因此未产生任何扣款。您可以在商店中重新下单。
        [returned] 付款已被支付服务商退回，因此未完成任何购买。
        [late] 付款到账太晚，已无法按当时报给您的价格购买。您支付的 { $amount } 已存入您的钱包：您可以随时在商店中重新购买。
       *[refused] 商店已无法按订单内容销售（优惠码已用完，或方案已停售）。您支付的 { $amount } 已存入您的钱包。
    }
notify-refund-subject = 您已获得 { $amount } 退款
notify-refund-body = { $name }，您好！发票 { $invoice } 中的 { $amount } 已退款至您的钱包。
notify-payment_attention-subject = 有一笔付款需要您处理
notify-payment_attention-body = { $name }，您好！一笔 { $amount } 的付款正在等待处理决定。
notify-license_issued-subject = 您的 { $product } 许可证已就绪
notify-license_issued-body = { $name }，您好！已为您签发 { $product }（{ $plan }）的许可证。其密钥位于“我的许可证”页面。
notify-device_activated-subject = { $product } 已在新设备上激活
notify-device_activated-body = { $name }，您好！您的 { $product } 许可证已在 { $device } 上激活。如果这不是您本人的操作，请在“我的许可证”页面释放该席位。
notify-seat_freed-subject = 已释放一个 { $product } 席位
notify-seat_freed-body = { $name }，您好！{ $device } 不再占用您 { $product } 许可证的席位。
notify-license_expiring-subject = 您的 { $product } 许可证将在 { $days } 天后到期
notify-license_expiring-body = { $name }，您好！您的 { $product } 许可证将在 { $days } 天后到期。请续期，以便继续使用 { $product } 并获取更新。
notify-license_expired-subject = 您的 { $product } 许可证已过期
notify-license_expired-body = { $name }，您好！您的 { $product } 许可证已过期。
notify-renewal_upcoming-subject = 您的 { $product } 许可证将于 { $date } 续期
notify-renewal_upcoming-body = { $name }，您好！您的 { $product } 许可证将于 { $date } 自动续期，费用 { $amount } 将从您的钱包中扣除。{ $reason ->
        [wallet_short] 您的钱包余额目前不足：请在此之前充值，否则许可证将到期终止。
       *[other] 您的钱包余额足以支付。
    }您可以在“我的许可证”页面关闭自动续期。
notify-license_renewed-subject = 您的 { $product } 许可证已续期
notify-license_renewed-body = { $name }，您好！您的 { $product } 许可证已自动续期至 { $date }。发票 { $invoice }（总计 { $amount }）已从您的钱包中支付。
notify-renewal_failed-subject = 您的 { $product } 许可证未能续期
notify-renewal_failed-body = { $name }，您好！您的 { $product } 许可证未能自动续期。{ $reason ->
        [wallet_short] 续期费用为 { $amount }，而您的钱包余额为 { $paid }。请为钱包充值，然后在“我的许可证”页面续期。
        [not_for_sale] 其方案已停售。
       *[other] 请在“我的许可证”页面续期。
    }如果在 { $date } 之前续期，许可证将保留其密钥和设备。
notify-clone_suspected-subject = 您的 { $product } 许可证可能正在一台复制的设备上使用
notify-clone_suspected-body = { $name }，您好！刚才有两台计算机出示了您的 { $product } 许可证的同一个激活（设备“{ $device }”）。这通常意味着带有该许可证的磁盘映像或虚拟机被复制了。

    该激活已暂停。如果这两台计算机您都认识，请在“我的许可证”页面释放旧的那台，然后激活新的那台。如果您不认识，可能有人正在使用您的许可证密钥：请联系供应商。
notify-license_status-subject = 您的 { $product } 许可证状态已变为“{ $status ->
        [active] 有效
        [suspended] 已暂停
        [expired] 已过期
        [revoked] 已吊销
       *[other] { $status }
    }”
notify-license_status-body = { $name }，您好！您的 { $product } 许可证状态已变为“{ $status ->
        [active] 有效
        [suspended] 已暂停
        [expired] 已过期
        [revoked] 已吊销
       *[other] { $status }
    }”。
notify-release_published-subject = { $product } { $version } 已发布
notify-release_published-body = { $name }，您好！{ $product } 的 { $version } 版本已发布（渠道：{ $channel ->
        [stable] 稳定版
        [beta] Beta 版
        [alpha] Alpha 版
       *[other] { $channel }
    }）。您可以在下载页面获取。
notify-new_sign_in-subject = 您的账户有新的登录
notify-new_sign_in-body = { $name }，您好！刚才有人从 { $device } 登录了您的账户。如果这不是您本人的操作，请立即更改密码。
notify-password_changed-subject = 您的密码已更改
notify-password_changed-body = { $name }，您好！您账户的密码已更改。如果这不是您本人的操作，请立即重置密码并联系客服。
notify-two_factor_changed-subject = 两步验证登录已{ $status ->
        [on] 开启
        [off] 关闭
       *[other] 变更：{ $status }
    }
notify-two_factor_changed-body = { $name }，您好！您账户的两步验证登录已{ $status ->
        [on] 开启
        [off] 关闭
       *[other] 变更：{ $status }
    }。如果这不是您本人的操作，请立即联系客服。
notify-api_key_created-subject = 已创建新的 API 密钥
notify-api_key_created-body = { $name }，您好！已为您的账户创建 API 密钥“{ $key_name }”。如果这不是您本人的操作，请立即吊销该密钥。
notify-commission_earned-subject = 您获得了 { $amount } 的佣金
notify-commission_earned-body = { $name }，您好！一笔通过您的推荐链接完成的购买为您带来了 { $amount } 佣金。该佣金将冻结至退款期限结束。
notify-commission_released-subject = { $amount } 佣金现已归您所有
notify-commission_released-body = { $name }，您好！共计 { $amount } 的佣金已发放至您的钱包。
notify-marketing-subject = { $headline }
notify-marketing-body = { $name }，您好：

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = 通知
notifications-title = 通知
notifications-none = 暂无通知。与您的许可证、付款和账户相关的动态将显示在这里。
notifications-mark-all = 全部标为已读
notifications-unread = 新
account-notifications-title = 通知设置
account-notifications-intro = 请为每类通知选择是否通过电子邮件和应用内通知接收。安全通知始终至少保留一种接收方式。
account-notifications-save = 保存通知设置
account-notifications-saved = 通知设置已保存。
account-notifications-security = 安全
notify-kind = 通知
notify-channel-email = 电子邮件
notify-channel-in_app = 应用内
notify-channel-telegram = Telegram
notify-group-transactions = 付款
notify-group-licenses = 许可证
notify-group-releases = 版本发布
notify-group-security = 安全
notify-group-affiliate = 推广计划
notify-group-marketing = 资讯
notify-kind-top_up_credited = 钱包已充值
notify-kind-transfer_confirmed = 银行转账已到账
notify-kind-purchase_receipt = 购买收据
notify-kind-order_failed = 未能完成的订单
notify-kind-refund = 退款
notify-kind-payment_attention = 需要处理决定的付款
notify-kind-license_issued = 为您签发的许可证
notify-kind-device_activated = 在新设备上激活
notify-kind-seat_freed = 席位已释放
notify-kind-license_expiring = 许可证即将到期（提前 14 天和 3 天）
notify-kind-license_expired = 许可证已过期
notify-kind-renewal_upcoming = 即将自动续期（提前 7 天）
notify-kind-license_renewed = 许可证已自动续期
notify-kind-renewal_failed = 自动续期失败
notify-kind-clone_suspected = 疑似复制的设备
notify-kind-license_status = 许可证被暂停、吊销或恢复
notify-kind-release_published = 新版本
notify-kind-new_sign_in = 从新设备登录
notify-kind-password_changed = 密码已更改
notify-kind-two_factor_changed = 两步验证登录已变更
notify-kind-api_key_created = 已创建 API 密钥
notify-kind-commission_earned = 获得佣金
notify-kind-commission_released = 佣金已发放
notify-kind-marketing = 资讯与优惠

# New versions per product, on the notification settings page.
account-releases-title = 新版本
account-releases-intro = 针对您持有许可证的每个产品：选择接收哪些版本的通知以及接收方式。选择 Beta 也会收到稳定版的通知；选择 Alpha 则会收到所有版本的通知。
account-releases-none = 不接收
account-releases-stable = 稳定版
account-releases-beta = Beta 版和稳定版
account-releases-alpha = 所有版本（包括 Alpha 版）

# The Telegram bot's replies.
telegram-linked = { $name }，您好！此聊天现已关联到您的账户：您选择通过 Telegram 接收的通知将发送到这里。发送 /stop 可取消关联。
telegram-unlinked = 此聊天已不再关联任何账户。您可以在账户页面上重新关联。
telegram-link-invalid = 此链接已过期或已被使用。请在账户页面上重新生成一个。
telegram-help = 如需在此接收通知，请打开账户页面上的 Telegram 链接。发送 /stop 可取消关联此聊天。

# Telegram on the notification settings page.
account-telegram-intro = 在 Telegram 中接收您选择的通知：将此账户关联到与商店机器人的聊天。
account-telegram-link = 关联 Telegram
account-telegram-open = 请在 15 分钟内于 Telegram 中打开此链接，然后点击“开始”（Start）：
account-telegram-linked = 此账户已关联到一个 Telegram 聊天。
account-telegram-unlink = 取消关联 Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = 有一笔付款需要处理决定：{ $payment }（{ $reason }）。
telegram-alert-clone_suspected = 某台设备可能是复制的：许可证 { $license }，设备 { $device }。
telegram-alert-reconciliation = 账本对账发现 { $count } 处异常：可能有资金凭空产生或丢失。
telegram-alert-job_dead = 一个后台任务已放弃：{ $job }（{ $id }）。最近一次错误：{ $reason }
