# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = 確認您的電子郵件地址
email-verify-body =
    { $name } 您好：

    請在 { $minutes } 分鐘內開啟以下連結，確認您的電子郵件地址：

    { $link }

    若您並未建立帳號，請忽略此郵件。
email-registration-attempt-subject = 有人嘗試以您的電子郵件地址註冊
email-registration-attempt-body =
    { $name } 您好：

    剛才有人嘗試以您的電子郵件地址建立新帳號，但此地址已經有帳號了。
    如果是您本人，請直接登入：

    { $link }

    如果不是您本人，您無須採取任何行動：沒有任何內容遭到變更。
email-reset-subject = 重設您的密碼
email-reset-body =
    { $name } 您好：

    有人（希望是您本人）要求重設您帳號的密碼。若要設定新密碼，請在 { $minutes } 分鐘內開啟以下連結：

    { $link }

    若您並未提出此要求，請忽略此郵件：您的密碼將維持不變。
email-clone-suspected-subject = 您的一份授權似乎正在一台複製的電腦上執行
email-clone-suspected-body =
    { $name } 您好：

    剛才有兩台電腦出示了您 { $product } 授權的同一筆啟用（裝置「{ $device }」）。這通常表示含有此授權的磁碟映像檔或虛擬機器遭到複製。

    此筆啟用已暫停。如果這兩台電腦您都認得，請在「我的授權」頁面釋放舊的那台，然後啟用新的那台：

    { $link }

    如果您不認得，可能有人正在使用您的授權金鑰：請與廠商聯絡。
email-receipt-subject = 您的收據 { $number }
email-receipt-body =
    { $name } 您好：

    感謝您的購買。發票 { $number }（總計 { $total }）已從您的錢包付款。

    您的授權金鑰位於「我的授權」頁面：

    { $licenses }

    您可以隨時在錢包頁面下載發票 PDF：

    { $billing }
email-sub-license-invite-subject = { $inviter } 分配了一份授權給您
email-sub-license-invite-body =
    您好：

    { $inviter } 分配了 { $product } 的 { $seats } 個席次給您，並附上一組專屬的授權金鑰。

    若要使用，請以此電子郵件地址登入，或以此地址建立帳號並確認地址。之後，這份授權就會顯示在您的「我的授權」頁面：

    { $link }

    若您不認識 { $inviter }，請忽略此郵件。
email-license-invite-subject = { $store } 已為您核發一份授權
email-license-invite-body =
    您好：

    { $store } 已為您核發 { $product }（{ $plan }）的授權。

    若要使用，請透過以下連結以此電子郵件地址建立帳號；之後，授權及其金鑰就會顯示在您的「我的授權」頁面：

    { $link }

    若您並未預期收到此郵件，請忽略它。
email-top-up-receipt-subject = 您的錢包已儲值 { $credited }
email-top-up-receipt-body =
    { $name } 您好：

    您透過 { $gateway } 支付的款項 { $reference }（金額 { $paid }）已入帳，{ $credited } 已存入您的錢包。

    您的餘額與交易紀錄位於錢包頁面：

    { $billing }
email-transfer-instructions-subject = 您的 { $amount } 銀行轉帳
email-transfer-instructions-body =
    { $name } 您好：

    若要為錢包儲值，請轉帳 { $amount }，並註明以下付款參考碼：{ $reference }

    { $details }

    以下頁面也列出了相同的資訊，每一項都附有複製按鈕：

    { $page }

    款項入帳後，您的錢包就會完成儲值。
email-transfer-account-holder = 戶名
email-transfer-account-number = IBAN 或帳號
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = 銀行
email-transfer-bank-address = 銀行地址
email-transfer-no-details = 此幣別的銀行帳戶資訊尚未設定：轉帳前請先與我們聯絡。
