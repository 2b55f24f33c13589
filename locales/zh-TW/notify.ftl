# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = 您會收到此通知，是因為您在 { $seller } 擁有帳號。您可以在帳號頁面選擇要接收哪些通知，以及透過哪些管道接收。
notify-open = 開啟
notify-unsubscribe = 取消訂閱此類電子郵件
notify-unsubscribe-intro = 確定不再接收此類電子郵件嗎？安全性通知與其他類型的通知不受影響；您可以在帳號頁面重新開啟。
notify-unsubscribe-confirm = 取消訂閱
notify-unsubscribe-done = 已完成：您將不再收到此類電子郵件。

notify-top_up_credited-subject = 您的錢包已儲值 { $amount }
notify-top_up_credited-body = { $name } 您好，{ $amount } 已存入您的錢包。
notify-top_up_credited-details = 您透過 { $gateway } 支付的款項 { $reference }（金額 { $paid }）已入帳。您的餘額與交易紀錄位於錢包頁面。
notify-transfer_confirmed-subject = 您的 { $amount } 銀行轉帳已入帳
notify-transfer_confirmed-body = { $name } 您好，我們已收到您的銀行轉帳：{ $amount } 現已存入您的錢包。
notify-transfer_confirmed-details = 付款參考碼為 { $reference }；您匯出的金額為 { $paid }。
notify-purchase_receipt-subject = 您的購買收據（{ $invoice }）
notify-purchase_receipt-body = { $name } 您好，感謝您的購買。發票 { $invoice }（總計 { $amount }）已從您的錢包付款。您的授權金鑰位於「我的授權」頁面；您可以隨時在錢包頁面下載發票 PDF。
notify-order_failed-subject = 您的訂單無法完成
notify-order_failed-body = { $name } 您好，您的訂單無法完成。{ $reason ->
        [unpaid] 付款未成功，因此不會向您收取任何費用。您可以在商店重新下單。
        [returned] 付款已遭金流服務商退回，因此並未購買任何項目。
        [late] 付款太晚入帳，已無法以當初報給您的價格購買。您支付的 { $amount } 已存入您的錢包：歡迎隨時在商店重新購買。
       *[refused] 商店已無法依訂單內容銷售（例如優惠碼已用完，或方案已停售）。您支付的 { $amount } 已存入您的錢包。
    }
notify-refund-subject = 您已獲得 { $amount } 退款
notify-refund-body = { $name } 您好，發票 { $invoice } 中的 { $amount } 已退款至您的錢包。
notify-payment_attention-subject = 有一筆付款需要您處理
notify-payment_attention-body = { $name } 您好，一筆 { $amount } 的付款正在等待您的決定。
notify-license_issued-subject = 您的 { $product } 授權已就緒
notify-license_issued-body = { $name } 您好，我們已為您核發 { $product }（{ $plan }）的授權。其金鑰位於「我的授權」頁面。
notify-device_activated-subject = { $product } 已在新裝置上啟用
notify-device_activated-body = { $name } 您好，您的 { $product } 授權已在 { $device } 上啟用。如果這不是您本人的操作，請在「我的授權」頁面釋放該席次。
notify-seat_freed-subject = 已釋放一個 { $product } 席次
notify-seat_freed-body = { $name } 您好，{ $device } 已不再占用您 { $product } 授權的席次。
notify-license_expiring-subject = 您的 { $product } 授權將於 { $days } 天後到期
notify-license_expiring-body = { $name } 您好，您的 { $product } 授權將於 { $days } 天後到期。請續訂，以便繼續使用 { $product } 並取得更新。
notify-license_expired-subject = 您的 { $product } 授權已過期
notify-license_expired-body = { $name } 您好，您的 { $product } 授權已過期。
notify-renewal_upcoming-subject = 您的 { $product } 授權將於 { $date } 續訂
notify-renewal_upcoming-body = { $name } 您好，您的 { $product } 授權將於 { $date } 自動續訂，費用 { $amount } 會從您的錢包扣除。{ $reason ->
        [wallet_short] 您的錢包餘額目前不足：請在此之前儲值，否則授權將會終止。
       *[other] 您的錢包餘額足以支付。
    }您可以在「我的授權」頁面關閉自動續訂。
notify-license_renewed-subject = 您的 { $product } 授權已續訂
notify-license_renewed-body = { $name } 您好，您的 { $product } 授權已自動續訂至 { $date }。發票 { $invoice }（總計 { $amount }）已從您的錢包付款。
notify-renewal_failed-subject = 您的 { $product } 授權無法續訂
notify-renewal_failed-body = { $name } 您好，您的 { $product } 授權無法自動續訂。{ $reason ->
        [wallet_short] 續訂費用為 { $amount }，而您的錢包餘額為 { $paid }。請為錢包儲值，然後在「我的授權」頁面續訂。
        [not_for_sale] 其方案已停售。
       *[other] 請在「我的授權」頁面續訂。
    }若在 { $date } 之前續訂，授權會保留其金鑰與裝置。
notify-clone_suspected-subject = 您的 { $product } 授權可能正在一台複製的裝置上使用
notify-clone_suspected-body = { $name } 您好，剛才有兩台電腦出示了您 { $product } 授權的同一筆啟用（裝置「{ $device }」）。這通常表示含有此授權的磁碟映像檔或虛擬機器遭到複製。

    此筆啟用已暫停。如果這兩台電腦您都認得，請在「我的授權」頁面釋放舊的那台，然後啟用新的那台。如果您不認得，可能有人正在使用您的授權金鑰：請與廠商聯絡。
notify-license_status-subject = 您的 { $product } 授權狀態已變更為「{ $status ->
        [active] 有效
        [suspended] 已暫停
        [expired] 已過期
        [revoked] 已撤銷
       *[other] { $status }
    }」
notify-license_status-body = { $name } 您好，您的 { $product } 授權狀態已變更為「{ $status ->
        [active] 有效
        [suspended] 已暫停
        [expired] 已過期
        [revoked] 已撤銷
       *[other] { $status }
    }」。
notify-release_published-subject = { $product } { $version } 已推出
notify-release_published-body = { $name } 您好，{ $product } 的 { $version } 版已在{ $channel ->
        [stable] 穩定版
        [beta] Beta 版
        [alpha] Alpha 版
       *[other] { $channel }
    }通道發布。您可以在下載頁面取得。
notify-new_sign_in-subject = 您的帳號有新的登入
notify-new_sign_in-body = { $name } 您好，剛才有人從 { $device } 登入了您的帳號。如果這不是您本人的操作，請立即變更密碼。
notify-password_changed-subject = 您的密碼已變更
notify-password_changed-body = { $name } 您好，您帳號的密碼已變更。如果這不是您本人的操作，請立即重設密碼並與客服聯絡。
notify-two_factor_changed-subject = 雙重驗證已{ $status ->
        [on] 開啟
        [off] 關閉
       *[other] 變更：{ $status }
    }
notify-two_factor_changed-body = { $name } 您好，您帳號的雙重驗證已{ $status ->
        [on] 開啟
        [off] 關閉
       *[other] 變更：{ $status }
    }。如果這不是您本人的操作，請立即與客服聯絡。
notify-api_key_created-subject = 已建立新的 API 金鑰
notify-api_key_created-body = { $name } 您好，您的帳號已建立 API 金鑰「{ $key_name }」。如果這不是您本人的操作，請立即撤銷此金鑰。
notify-commission_earned-subject = 您賺得了 { $amount } 佣金
notify-commission_earned-body = { $name } 您好，一筆透過您推薦連結完成的購買為您賺得 { $amount }。這筆佣金會保留至退款期限結束。
notify-commission_released-subject = { $amount } 佣金現已歸您所有
notify-commission_released-body = { $name } 您好，共計 { $amount } 的佣金已撥入您的錢包。
notify-marketing-subject = { $headline }
notify-marketing-body = { $name } 您好：

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = 通知
notifications-title = 通知
notifications-none = 目前沒有任何通知。與您的授權、付款和帳號相關的動態會顯示在這裡。
notifications-mark-all = 全部標示為已讀
notifications-unread = 新
account-notifications-title = 通知設定
account-notifications-intro = 請為每一類通知選擇是否透過電子郵件及應用程式內通知接收。安全性通知一律至少保留一種接收管道。
account-notifications-save = 儲存通知設定
account-notifications-saved = 通知設定已儲存。
account-notifications-security = 安全性
notify-kind = 通知
notify-channel-email = 電子郵件
notify-channel-in_app = 應用程式內
notify-channel-telegram = Telegram
notify-group-transactions = 付款
notify-group-licenses = 授權
notify-group-releases = 版本發布
notify-group-security = 安全性
notify-group-affiliate = 聯盟行銷計畫
notify-group-marketing = 最新消息
notify-kind-top_up_credited = 錢包已儲值
notify-kind-transfer_confirmed = 銀行轉帳已入帳
notify-kind-purchase_receipt = 購買收據
notify-kind-order_failed = 無法完成的訂單
notify-kind-refund = 退款
notify-kind-payment_attention = 需要決定的付款
notify-kind-license_issued = 為您核發的授權
notify-kind-device_activated = 在新裝置上啟用
notify-kind-seat_freed = 席次已釋放
notify-kind-license_expiring = 授權即將到期（14 天前與 3 天前）
notify-kind-license_expired = 授權已過期
notify-kind-renewal_upcoming = 即將自動續訂（7 天前）
notify-kind-license_renewed = 授權已自動續訂
notify-kind-renewal_failed = 自動續訂失敗
notify-kind-clone_suspected = 疑似複製的裝置
notify-kind-license_status = 授權遭暫停、撤銷或已恢復
notify-kind-release_published = 新版本
notify-kind-new_sign_in = 從新裝置登入
notify-kind-password_changed = 密碼已變更
notify-kind-two_factor_changed = 雙重驗證已變更
notify-kind-api_key_created = 已建立 API 金鑰
notify-kind-commission_earned = 賺得佣金
notify-kind-commission_released = 佣金已撥付
notify-kind-marketing = 最新消息與優惠

# New versions per product, on the notification settings page.
account-releases-title = 新版本
account-releases-intro = 針對您持有授權的每項產品：選擇要接收哪些版本的通知，以及透過哪些管道接收。選擇 Beta 也會收到穩定版的通知；選擇 Alpha 則會收到所有版本的通知。
account-releases-none = 不接收
account-releases-stable = 穩定版
account-releases-beta = Beta 版與穩定版
account-releases-alpha = 所有版本（包括 Alpha 版）

# The Telegram bot's replies.
telegram-linked = { $name } 您好！此聊天室現已連結至您的帳號：您選擇透過 Telegram 接收的通知會傳送到這裡。傳送 /stop 即可取消連結。
telegram-unlinked = 此聊天室已不再連結任何帳號。您可以在帳號頁面重新連結。
telegram-link-invalid = 此連結已過期或已被使用。請在帳號頁面重新產生一個。
telegram-help = 若要在此接收通知，請開啟帳號頁面上的 Telegram 連結。傳送 /stop 即可取消連結此聊天室。

# Telegram on the notification settings page.
account-telegram-intro = 在 Telegram 中接收您選擇的通知：將此帳號連結至與商店機器人的聊天室。
account-telegram-link = 連結 Telegram
account-telegram-open = 請在 15 分鐘內於 Telegram 中開啟此連結，然後按下「開始」（Start）：
account-telegram-linked = 此帳號已連結至一個 Telegram 聊天室。
account-telegram-unlink = 取消連結 Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = 有一筆付款需要決定：{ $payment }（{ $reason }）。
telegram-alert-clone_suspected = 某台裝置可能是複製的：授權 { $license }，裝置 { $device }。
telegram-alert-reconciliation = 帳本對帳發現 { $count } 處異常：可能有資金憑空產生或遺失。
telegram-alert-job_dead = 一項背景工作已放棄：{ $job }（{ $id }）。最後一次錯誤：{ $reason }
