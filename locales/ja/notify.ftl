# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = このメッセージは、{ $seller }のアカウントに基づいてお送りしています。受け取るお知らせの種類と受け取り方法は、アカウントページで選択できます。
notify-open = 開く
notify-unsubscribe = この種類のメールの配信を停止
notify-unsubscribe-intro = この種類のメールの受信を停止しますか？セキュリティに関するお知らせやほかの種類のお知らせには影響しません。アカウントページからいつでも再開できます。
notify-unsubscribe-confirm = 配信を停止する
notify-unsubscribe-done = 完了しました。今後、この種類のメールは届きません。

notify-top_up_credited-subject = ウォレットに{ $amount }がチャージされました
notify-top_up_credited-body = { $name }様、ウォレットに{ $amount }が追加されました。
notify-top_up_credited-details = { $gateway }によるお支払い { $reference }（{ $paid }）を受領しました。残高と履歴はウォレットページでご確認いただけます。
notify-transfer_confirmed-subject = { $amount }の銀行振込を受領しました
notify-transfer_confirmed-body = { $name }様、銀行振込を受領しました。ウォレットに{ $amount }が入金されました。
notify-transfer_confirmed-details = 参照番号は { $reference }、お振込額は{ $paid }でした。
notify-purchase_receipt-subject = ご購入の領収書（{ $invoice }）
notify-purchase_receipt-body = { $name }様、ご購入ありがとうございます。請求書 { $invoice }（合計{ $amount }）はウォレットからお支払いいただきました。ライセンスキーはライセンスページで、請求書のPDFはウォレットページでいつでもご確認・ダウンロードいただけます。
notify-order_failed-subject = ご注文を完了できませんでした
notify-order_failed-body = { $name }様、ご注文を完了できませんでした。{ $reason ->
        [unpaid] お支払いが完了しなかったため、請求は発生していません。ストアから再度ご注文いただけます。
        [returned] お支払いが決済事業者によって取り消されたため、購入は成立していません。
        [late] お支払いの到着が遅れたため、提示した価格では購入できませんでした。お支払いいただいた{ $amount }はウォレットにあります。ご都合のよいときにストアから再度ご購入ください。
       *[refused] ご注文どおりの内容で販売できなくなりました（プロモーションコードの使用上限到達、プランの販売終了など）。お支払いいただいた{ $amount }はウォレットにあります。
    }
notify-refund-subject = { $amount }が返金されました
notify-refund-body = { $name }様、請求書 { $invoice } の{ $amount }がウォレットに返金されました。
notify-payment_attention-subject = 確認が必要な支払いがあります
notify-payment_attention-body = { $name }様、{ $amount }の支払いが判断を待っています。
notify-license_issued-subject = { $product }のライセンスの準備ができました
notify-license_issued-body = { $name }様、{ $product }（{ $plan }）のライセンスが発行されました。キーはライセンスページでご確認いただけます。
notify-device_activated-subject = { $product }が新しいデバイスでアクティベーションされました
notify-device_activated-body = { $name }様、お客様の{ $product }ライセンスが{ $device }でアクティベーションされました。お心当たりがない場合は、ライセンスページからシートを解放してください。
notify-seat_freed-subject = { $product }のシートが解放されました
notify-seat_freed-body = { $name }様、{ $device }はお客様の{ $product }ライセンスのシートを使用しなくなりました。
notify-license_expiring-subject = { $product }のライセンスはあと{ $days }日で期限切れになります
notify-license_expiring-body = { $name }様、お客様の{ $product }ライセンスはあと{ $days }日で期限切れになります。{ $product }の利用とアップデートの受け取りを続けるには、ライセンスを更新してください。
notify-license_expired-subject = { $product }のライセンスの有効期限が切れました
notify-license_expired-body = { $name }様、お客様の{ $product }ライセンスの有効期限が切れました。
notify-renewal_upcoming-subject = { $product }のライセンスは{ $date }に更新されます
notify-renewal_upcoming-body = { $name }様、お客様の{ $product }ライセンスは{ $date }に自動更新され、{ $amount }がウォレットから差し引かれます。{ $reason ->
        [wallet_short] 現在、ウォレットの残高が不足しています。それまでにチャージしてください。チャージされない場合、ライセンスは終了します。
       *[other] ウォレットの残高は十分です。
    }自動更新はライセンスページで無効にできます。
notify-license_renewed-subject = { $product }のライセンスが更新されました
notify-license_renewed-body = { $name }様、お客様の{ $product }ライセンスは{ $date }まで自動更新されました。請求書 { $invoice }（合計{ $amount }）はウォレットからお支払いいただきました。
notify-renewal_failed-subject = { $product }のライセンスを更新できませんでした
notify-renewal_failed-body = { $name }様、お客様の{ $product }ライセンスを自動更新できませんでした。{ $reason ->
        [wallet_short] 更新料金は{ $amount }ですが、ウォレットの残高は{ $paid }です。ウォレットにチャージしてから、ライセンスページで更新してください。
        [not_for_sale] このプランは販売を終了しました。
       *[other] ライセンスページから更新してください。
    }{ $date }までに更新すれば、キーとデバイスはそのまま引き継がれます。
notify-clone_suspected-subject = { $product }のライセンスがコピーされたデバイスで使用されている可能性があります
notify-clone_suspected-body = { $name }様、お客様の{ $product }ライセンスの同一のアクティベーション（デバイス「{ $device }」）が、2台のマシンから提示されました。これは通常、ライセンスを含むディスクイメージや仮想マシンがコピーされたことを意味します。

    このアクティベーションは一時停止されています。両方のマシンに心当たりがある場合は、ライセンスページで古いマシンのシートを解放し、新しいマシンをアクティベーションしてください。心当たりがない場合は、第三者がお客様のライセンスキーを使用している可能性があります。販売元にお問い合わせください。
notify-license_status-subject = { $product }のライセンスのステータスが「{ $status ->
        [active] 有効
        [suspended] 一時停止中
        [expired] 期限切れ
        [revoked] 失効
       *[other] { $status }
    }」になりました
notify-license_status-body = { $name }様、お客様の{ $product }ライセンスのステータスが「{ $status ->
        [active] 有効
        [suspended] 一時停止中
        [expired] 期限切れ
        [revoked] 失効
       *[other] { $status }
    }」に変更されました。
notify-release_published-subject = { $product } { $version }がリリースされました
notify-release_published-body = { $name }様、{ $product }のバージョン{ $version }が{ $channel ->
        [stable] 安定版
        [beta] ベータ版
        [alpha] アルファ版
       *[other] { $channel }
    }チャンネルで公開されました。ダウンロードページから入手できます。
notify-new_sign_in-subject = アカウントへの新しいログイン
notify-new_sign_in-body = { $name }様、{ $device }からお客様のアカウントへのログインがありました。お心当たりがない場合は、今すぐパスワードを変更してください。
notify-password_changed-subject = パスワードが変更されました
notify-password_changed-body = { $name }様、お客様のアカウントのパスワードが変更されました。お心当たりがない場合は、今すぐパスワードを再設定し、サポートにお問い合わせください。
notify-two_factor_changed-subject = 2要素認証が{ $status ->
        [on] 有効
        [off] 無効
       *[other] { $status }
    }になりました
notify-two_factor_changed-body = { $name }様、お客様のアカウントの2要素認証が{ $status ->
        [on] 有効
        [off] 無効
       *[other] { $status }
    }になりました。お心当たりがない場合は、今すぐサポートにお問い合わせください。
notify-api_key_created-subject = 新しいAPIキーが作成されました
notify-api_key_created-body = { $name }様、お客様のアカウントでAPIキー「{ $key_name }」が作成されました。お心当たりがない場合は、今すぐ失効させてください。
notify-commission_earned-subject = { $amount }の報酬を獲得しました
notify-commission_earned-body = { $name }様、お客様の紹介リンク経由の購入により、{ $amount }の報酬を獲得しました。報酬は返金可能期間が終了するまで保留されます。
notify-commission_released-subject = { $amount }の報酬が確定しました
notify-commission_released-body = { $name }様、{ $amount }の報酬がウォレットに支払われました。
notify-marketing-subject = { $headline }
notify-marketing-body = { $name }様

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = 通知
notifications-title = 通知
notifications-none = まだ通知はありません。ライセンス、支払い、アカウントに関する出来事がここに表示されます。
notifications-mark-all = すべて既読にする
notifications-unread = 新着
account-notifications-title = 通知設定
account-notifications-intro = お知らせの種類ごとに、メールとアプリ内で受け取るかどうかを選択してください。セキュリティに関するお知らせは、少なくとも1つの受け取り方法が常に有効です。
account-notifications-save = 通知設定を保存
account-notifications-saved = 通知設定を保存しました。
account-notifications-security = セキュリティ
notify-kind = お知らせ
notify-channel-email = メール
notify-channel-in_app = アプリ内
notify-channel-telegram = Telegram
notify-group-transactions = 支払い
notify-group-licenses = ライセンス
notify-group-releases = リリース
notify-group-security = セキュリティ
notify-group-affiliate = アフィリエイトプログラム
notify-group-marketing = ニュース
notify-kind-top_up_credited = ウォレットへのチャージ
notify-kind-transfer_confirmed = 銀行振込の受領
notify-kind-purchase_receipt = 購入の領収書
notify-kind-order_failed = 完了できなかった注文
notify-kind-refund = 返金
notify-kind-payment_attention = 判断が必要な支払い
notify-kind-license_issued = ライセンスの発行
notify-kind-device_activated = 新しいデバイスでのアクティベーション
notify-kind-seat_freed = シートの解放
notify-kind-license_expiring = ライセンスの期限切れが近い（14日前と3日前）
notify-kind-license_expired = ライセンスの期限切れ
notify-kind-renewal_upcoming = 自動更新の予定（7日前）
notify-kind-license_renewed = ライセンスの自動更新
notify-kind-renewal_failed = 自動更新の失敗
notify-kind-clone_suspected = コピーされた可能性のあるデバイス
notify-kind-license_status = ライセンスの一時停止・失効・再開
notify-kind-release_published = 新しいバージョン
notify-kind-new_sign_in = 新しいデバイスからのログイン
notify-kind-password_changed = パスワードの変更
notify-kind-two_factor_changed = 2要素認証の変更
notify-kind-api_key_created = APIキーの作成
notify-kind-commission_earned = 報酬の獲得
notify-kind-commission_released = 報酬の支払い
notify-kind-marketing = ニュースとキャンペーン

# New versions per product, on the notification settings page.
account-releases-title = 新しいバージョン
account-releases-intro = ライセンスをお持ちの製品ごとに、どのバージョンのお知らせをどこで受け取るかを選択します。ベータ版を選ぶと安定版のお知らせも、アルファ版を選ぶとすべてのお知らせも届きます。
account-releases-none = 受け取らない
account-releases-stable = 安定版
account-releases-beta = ベータ版と安定版
account-releases-alpha = アルファ版を含むすべてのバージョン

# The Telegram bot's replies.
telegram-linked = { $name }様、こんにちは。このチャットはお客様のアカウントと連携されました。Telegramで受け取るよう選択した通知がここに届きます。連携を解除するには /stop を送信してください。
telegram-unlinked = このチャットとアカウントの連携を解除しました。アカウントページからいつでも再度連携できます。
telegram-link-invalid = このリンクは有効期限が切れているか、すでに使用されています。アカウントページで新しいリンクを作成してください。
telegram-help = ここで通知を受け取るには、アカウントページにあるTelegramのリンクを開いてください。このチャットの連携を解除するには /stop を送信してください。

# Telegram on the notification settings page.
account-telegram-intro = 選択した通知をTelegramで受け取れます。ストアのボットとのチャットにこのアカウントを連携してください。
account-telegram-link = Telegramと連携
account-telegram-open = 15分以内にこのリンクをTelegramで開き、「開始」（Start）を押してください：
account-telegram-linked = このアカウントはTelegramのチャットと連携されています。
account-telegram-unlink = Telegramとの連携を解除

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = 判断が必要な支払いがあります：{ $payment }（{ $reason }）。
telegram-alert-clone_suspected = コピーされた可能性のあるデバイスがあります：ライセンス { $license }、デバイス { $device }。
telegram-alert-reconciliation = 台帳の照合で{ $count }件の違反が見つかりました。金額が生成または消失している可能性があります。
telegram-alert-job_dead = バックグラウンドジョブが断念しました：{ $job }（{ $id }）。最後のエラー：{ $reason }
