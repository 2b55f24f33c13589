# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = メールアドレスの確認
email-verify-body =
    { $name }様

    次のリンクを{ $minutes }分以内に開いて、メールアドレスを確認してください。

    { $link }

    アカウントを作成した覚えがない場合は、このメールを無視してください。
email-registration-attempt-subject = お客様のメールアドレスでアカウント登録が試みられました
email-registration-attempt-body =
    { $name }様

    お客様のメールアドレスで新しいアカウントを作成しようとする操作がありましたが、このアドレスのアカウントはすでに存在します。
    ご本人による操作の場合は、そのままログインしてください。

    { $link }

    お心当たりがない場合も、対応は不要です。何も変更されていません。
email-reset-subject = パスワードの再設定
email-reset-body =
    { $name }様

    お客様のアカウントのパスワード再設定がリクエストされました。新しいパスワードを設定するには、次のリンクを{ $minutes }分以内に開いてください。

    { $link }

    お心当たりがない場合は、このメールを無視してください。パスワードは変更されません。
email-clone-suspected-subject = お客様のライセンスがコピーされたマシンで使用されている可能性があります
email-clone-suspected-body =
    { $name }様

    お客様の{ $product }ライセンスの同一のアクティベーション（デバイス「{ $device }」）が、2台のマシンから提示されました。これは通常、ライセンスを含むディスクイメージや仮想マシンがコピーされたことを意味します。

    このアクティベーションは一時停止されています。両方のマシンに心当たりがある場合は、ライセンスページで古いマシンのシートを解放し、新しいマシンをアクティベーションしてください。

    { $link }

    心当たりがない場合は、第三者がお客様のライセンスキーを使用している可能性があります。販売元にお問い合わせください。
email-receipt-subject = 領収書 { $number }
email-receipt-body =
    { $name }様

    ご購入ありがとうございます。請求書 { $number }（合計{ $total }）はウォレットからお支払いいただきました。

    ライセンスキーはライセンスページでご確認いただけます。

    { $licenses }

    請求書のPDFは、ウォレットページからいつでもダウンロードできます。

    { $billing }
email-sub-license-invite-subject = { $inviter }さんからライセンスが届きました
email-sub-license-invite-body =
    こんにちは。

    { $inviter }さんから、{ $product }の{ $seats }シートが、専用のライセンスキー付きで割り当てられました。

    ご利用になるには、このメールアドレスでログインするか、このアドレスでアカウントを作成してアドレスを確認してください。その後、ライセンスがライセンスページに表示されます。

    { $link }

    { $inviter }さんにお心当たりがない場合は、このメールを無視してください。
email-license-invite-subject = { $store }からライセンスが発行されました
email-license-invite-body =
    こんにちは。

    { $store }から{ $product }（{ $plan }）のライセンスが発行されました。

    ご利用になるには、次のリンクからこのメールアドレスでアカウントを作成してください。ライセンスとそのキーはライセンスページに表示されます。

    { $link }

    お心当たりがない場合は、このメールを無視してください。
email-top-up-receipt-subject = ウォレットに{ $credited }がチャージされました
email-top-up-receipt-body =
    { $name }様

    { $gateway }によるお支払い { $reference }（{ $paid }）を受領し、ウォレットに{ $credited }をチャージしました。

    残高と履歴はウォレットページでご確認いただけます。

    { $billing }
email-transfer-instructions-subject = { $amount }の銀行振込のご案内
email-transfer-instructions-body =
    { $name }様

    ウォレットにチャージするには、{ $amount }をお振り込みのうえ、次の参照番号を記載してください：{ $reference }

    { $details }

    同じ情報は、コピーボタン付きで次のページにも掲載しています。

    { $page }

    入金を確認しだい、ウォレットにチャージされます。
email-transfer-account-holder = 口座名義
email-transfer-account-number = IBANまたは口座番号
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = 銀行名
email-transfer-bank-address = 銀行の住所
email-transfer-no-details = この通貨の振込先口座情報はまだ設定されていません。お振り込みの前にお問い合わせください。
