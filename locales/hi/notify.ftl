# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = आपको यह { $seller } पर आपके खाते की वजह से मिल रहा है। किन बातों की सूचना और कहाँ मिले, यह अपने खाता पेज पर चुनें।
notify-open = खोलें
notify-unsubscribe = इन ईमेल की सदस्यता छोड़ें
notify-unsubscribe-intro = क्या इस तरह के ईमेल पाना बंद किया जाए? सुरक्षा सूचनाओं और अन्य प्रकारों पर इसका कोई असर नहीं पड़ता; आप इसे अपने खाता पेज से फिर से चालू कर सकते हैं।
notify-unsubscribe-confirm = सदस्यता छोड़ें
notify-unsubscribe-done = हो गया: अब आपको ये ईमेल नहीं मिलेंगे।

notify-top_up_credited-subject = आपके वॉलेट में { $amount } का टॉप-अप हो गया
notify-top_up_credited-body = नमस्ते { $name }, आपके वॉलेट में { $amount } की राशि जोड़ दी गई।
notify-top_up_credited-details = { $gateway } के ज़रिए { $paid } का आपका भुगतान { $reference } प्राप्त हो गया। आपका बैलेंस और इतिहास आपके वॉलेट पेज पर है।
notify-transfer_confirmed-subject = { $amount } का आपका बैंक ट्रांसफ़र प्राप्त हो गया
notify-transfer_confirmed-body = नमस्ते { $name }, हमें आपका बैंक ट्रांसफ़र मिल गया है: { $amount } की राशि अब आपके वॉलेट में है।
notify-transfer_confirmed-details = इसका रेफ़रेंस { $reference } था; आपने { $paid } की राशि भेजी थी।
notify-purchase_receipt-subject = आपकी खरीद की रसीद ({ $invoice })
notify-purchase_receipt-body = नमस्ते { $name }, आपकी खरीद के लिए धन्यवाद। इनवॉइस { $invoice }, कुल { $amount }, का भुगतान आपके वॉलेट से किया गया। आपकी लाइसेंस कुंजियाँ आपके लाइसेंस पेज पर हैं; इनवॉइस की PDF आपके वॉलेट पेज से कभी भी डाउनलोड की जा सकती है।
notify-order_failed-subject = आपका ऑर्डर पूरा नहीं हो सका
notify-order_failed-body = नमस्ते { $name }, आपका ऑर्डर पूरा नहीं हो सका। { $reason ->
        [unpaid] इसका भुगतान पूरा नहीं हुआ, इसलिए कोई राशि नहीं काटी गई। आप स्टोर से फिर से ऑर्डर कर सकते हैं।
        [returned] इसका भुगतान पेमेंट प्रदाता ने वापस ले लिया, इसलिए कुछ भी नहीं खरीदा गया।
        [late] इसका भुगतान बहुत देर से पहुँचा, इसलिए आपको बताई गई कीमत पर खरीद नहीं हो सकी। आपके द्वारा चुकाई गई { $amount } की राशि आपके वॉलेट में है: जब चाहें, स्टोर से फिर से खरीदें।
       *[refused] स्टोर इसे ऑर्डर के अनुसार अब नहीं बेच सका (कोई प्रोमो कोड खत्म हो गया, या कोई प्लान अब नहीं बिकता)। आपके द्वारा चुकाई गई { $amount } की राशि आपके वॉलेट में है।
    }
notify-refund-subject = आपको { $amount } का रिफ़ंड मिला
notify-refund-body = नमस्ते { $name }, इनवॉइस { $invoice } से { $amount } की राशि आपके वॉलेट में रिफ़ंड कर दी गई।
notify-payment_attention-subject = एक भुगतान पर आपका ध्यान चाहिए
notify-payment_attention-body = नमस्ते { $name }, { $amount } का एक भुगतान निर्णय की प्रतीक्षा में है।
notify-license_issued-subject = आपका { $product } लाइसेंस तैयार है
notify-license_issued-body = नमस्ते { $name }, आपको { $product } ({ $plan }) का एक लाइसेंस जारी किया गया है। इसकी कुंजी आपके लाइसेंस पेज पर है।
notify-device_activated-subject = { $product } एक नए डिवाइस पर सक्रिय किया गया
notify-device_activated-body = नमस्ते { $name }, आपका { $product } लाइसेंस { $device } पर सक्रिय किया गया। अगर यह आपने नहीं किया, तो अपने लाइसेंस पेज से सीट खाली करें।
notify-seat_freed-subject = { $product } की एक सीट खाली हुई
notify-seat_freed-body = नमस्ते { $name }, { $device } अब आपके { $product } लाइसेंस की सीट का उपयोग नहीं करता।
notify-license_expiring-subject = आपका { $product } लाइसेंस { $days ->
        [one] { $days } दिन
       *[other] { $days } दिनों
    } में समाप्त हो रहा है
notify-license_expiring-body = नमस्ते { $name }, आपका { $product } लाइसेंस { $days ->
        [one] { $days } दिन
       *[other] { $days } दिनों
    } में समाप्त हो रहा है। { $product } का उपयोग जारी रखने और अपडेट पाते रहने के लिए इसका नवीनीकरण करें।
notify-license_expired-subject = आपके { $product } लाइसेंस की अवधि समाप्त हो गई है
notify-license_expired-body = नमस्ते { $name }, आपके { $product } लाइसेंस की अवधि समाप्त हो गई है।
notify-renewal_upcoming-subject = आपके { $product } लाइसेंस का नवीनीकरण { $date } को होगा
notify-renewal_upcoming-body = नमस्ते { $name }, आपके { $product } लाइसेंस का नवीनीकरण { $date } को { $amount } में अपने-आप होगा, और यह राशि आपके वॉलेट से ली जाएगी। { $reason ->
        [wallet_short] आपके वॉलेट में अभी इतनी राशि नहीं है: उससे पहले इसे टॉप-अप करें, वरना लाइसेंस समाप्त हो जाएगा।
       *[other] आपके वॉलेट में पर्याप्त राशि है।
    } आप अपने लाइसेंस पेज पर स्वचालित नवीनीकरण बंद कर सकते हैं।
notify-license_renewed-subject = आपके { $product } लाइसेंस का नवीनीकरण हो गया
notify-license_renewed-body = नमस्ते { $name }, आपके { $product } लाइसेंस का { $date } तक अपने-आप नवीनीकरण कर दिया गया। इनवॉइस { $invoice }, कुल { $amount }, का भुगतान आपके वॉलेट से किया गया।
notify-renewal_failed-subject = आपके { $product } लाइसेंस का नवीनीकरण नहीं हो सका
notify-renewal_failed-body = नमस्ते { $name }, आपके { $product } लाइसेंस का अपने-आप नवीनीकरण नहीं हो सका। { $reason ->
        [wallet_short] नवीनीकरण की लागत { $amount } है और आपके वॉलेट में { $paid } की राशि है। अपना वॉलेट टॉप-अप करें और अपने लाइसेंस पेज से इसका नवीनीकरण करें।
        [not_for_sale] इसका प्लान अब नहीं बिकता।
       *[other] अपने लाइसेंस पेज से इसका नवीनीकरण करें।
    } अगर { $date } तक नवीनीकरण हो जाए, तो इसकी कुंजी और डिवाइस बने रहेंगे।
notify-clone_suspected-subject = हो सकता है आपके { $product } लाइसेंस का उपयोग किसी कॉपी किए गए डिवाइस पर हो रहा हो
notify-clone_suspected-body = नमस्ते { $name }, दो मशीनों ने अभी आपके { $product } लाइसेंस का एक ही सक्रियण प्रस्तुत किया (डिवाइस “{ $device }”)। आमतौर पर इसका मतलब होता है कि किसी डिस्क इमेज या वर्चुअल मशीन को लाइसेंस सहित कॉपी किया गया है।

    सक्रियण रोक दिया गया है। अगर दोनों मशीनें आपकी हैं, तो अपने लाइसेंस पेज पर पुरानी मशीन की सीट खाली करें और नई मशीन को सक्रिय करें। अगर ऐसा नहीं है, तो हो सकता है कि कोई आपकी लाइसेंस कुंजी का उपयोग कर रहा हो: विक्रेता से संपर्क करें।
notify-license_status-subject = आपका { $product } लाइसेंस अब { $status ->
        [active] सक्रिय
        [suspended] निलंबित
        [expired] समाप्त
        [revoked] रद्द
       *[other] { $status }
    } है
notify-license_status-body = नमस्ते { $name }, आपके { $product } लाइसेंस की स्थिति बदलकर { $status ->
        [active] सक्रिय
        [suspended] निलंबित
        [expired] समाप्त
        [revoked] रद्द
       *[other] { $status }
    } हो गई है।
notify-release_published-subject = { $product } { $version } जारी हो गया है
notify-release_published-body = नमस्ते { $name }, { $product } का वर्शन { $version } { $channel ->
        [stable] स्थिर
        [beta] बीटा
        [alpha] अल्फ़ा
       *[other] { $channel }
    } चैनल पर प्रकाशित किया गया है। यह आपके डाउनलोड पेज पर उपलब्ध है।
notify-new_sign_in-subject = आपके खाते में नया साइन इन
notify-new_sign_in-body = नमस्ते { $name }, अभी-अभी { $device } से आपके खाते में साइन इन किया गया। अगर यह आपने नहीं किया, तो तुरंत अपना पासवर्ड बदलें।
notify-password_changed-subject = आपका पासवर्ड बदल दिया गया
notify-password_changed-body = नमस्ते { $name }, आपके खाते का पासवर्ड बदल दिया गया। अगर यह आपने नहीं किया, तो तुरंत इसे रीसेट करें और सपोर्ट से संपर्क करें।
notify-two_factor_changed-subject = दो-चरणीय साइन इन { $status ->
        [on] चालू कर दिया गया
        [off] बंद कर दिया गया
       *[other] बदल दिया गया ({ $status })
    }
notify-two_factor_changed-body = नमस्ते { $name }, आपके खाते का दो-चरणीय साइन इन { $status ->
        [on] चालू कर दिया गया
        [off] बंद कर दिया गया
       *[other] बदल दिया गया ({ $status })
    }। अगर यह आपने नहीं किया, तो तुरंत सपोर्ट से संपर्क करें।
notify-api_key_created-subject = एक नई API कुंजी बनाई गई
notify-api_key_created-body = नमस्ते { $name }, आपके खाते के लिए API कुंजी “{ $key_name }” बनाई गई। अगर यह आपने नहीं किया, तो इसे तुरंत रद्द करें।
notify-commission_earned-subject = आपको { $amount } का कमीशन मिला
notify-commission_earned-body = नमस्ते { $name }, आपके रेफ़रल लिंक से हुई एक खरीद पर आपको { $amount } का कमीशन मिला। रिफ़ंड अवधि समाप्त होने तक इसे रोककर रखा जाएगा।
notify-commission_released-subject = { $amount } का कमीशन अब आपका है
notify-commission_released-body = नमस्ते { $name }, { $amount } का कमीशन आपके वॉलेट में जारी कर दिया गया।
notify-marketing-subject = { $headline }
notify-marketing-body = नमस्ते { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = सूचनाएँ
notifications-title = सूचनाएँ
notifications-none = अभी कुछ नहीं। आपके लाइसेंस, भुगतानों और खाते से जुड़ी घटनाएँ यहाँ दिखेंगी।
notifications-mark-all = सभी को पढ़ा हुआ चिह्नित करें
notifications-unread = नई
account-notifications-title = सूचना सेटिंग
account-notifications-intro = हर प्रकार की सूचना के लिए चुनें कि वह आपको ईमेल से और ऐप में मिले या नहीं। सुरक्षा सूचनाओं के लिए हमेशा कम से कम एक माध्यम चालू रहता है।
account-notifications-save = सूचना सेटिंग सहेजें
account-notifications-saved = सूचना सेटिंग सहेज ली गईं।
account-notifications-security = सुरक्षा
notify-kind = सूचना
notify-channel-email = ईमेल
notify-channel-in_app = ऐप में
notify-channel-telegram = Telegram
notify-group-transactions = भुगतान
notify-group-licenses = लाइसेंस
notify-group-releases = रिलीज़
notify-group-security = सुरक्षा
notify-group-affiliate = एफ़िलिएट प्रोग्राम
notify-group-marketing = समाचार
notify-kind-top_up_credited = वॉलेट टॉप-अप हुआ
notify-kind-transfer_confirmed = बैंक ट्रांसफ़र प्राप्त हुआ
notify-kind-purchase_receipt = खरीद की रसीदें
notify-kind-order_failed = ऑर्डर जो पूरे नहीं हो सके
notify-kind-refund = रिफ़ंड
notify-kind-payment_attention = भुगतान जिन पर निर्णय चाहिए
notify-kind-license_issued = आपको जारी किया गया लाइसेंस
notify-kind-device_activated = नए डिवाइस पर सक्रियण
notify-kind-seat_freed = सीट खाली हुई
notify-kind-license_expiring = लाइसेंस जल्द समाप्त होने वाला है (14 और 3 दिन पहले)
notify-kind-license_expired = लाइसेंस समाप्त हुआ
notify-kind-renewal_upcoming = आने वाला स्वचालित नवीनीकरण (7 दिन पहले)
notify-kind-license_renewed = लाइसेंस का अपने-आप नवीनीकरण हुआ
notify-kind-renewal_failed = स्वचालित नवीनीकरण विफल हुआ
notify-kind-clone_suspected = संभवतः कॉपी किया गया डिवाइस
notify-kind-license_status = लाइसेंस निलंबित, रद्द या बहाल हुआ
notify-kind-release_published = नए वर्शन
notify-kind-new_sign_in = नए डिवाइस से साइन इन
notify-kind-password_changed = पासवर्ड बदला गया
notify-kind-two_factor_changed = दो-चरणीय साइन इन बदला गया
notify-kind-api_key_created = API कुंजी बनाई गई
notify-kind-commission_earned = कमीशन मिला
notify-kind-commission_released = कमीशन का भुगतान हुआ
notify-kind-marketing = समाचार और ऑफ़र

# New versions per product, on the notification settings page.
account-releases-title = नए वर्शन
account-releases-intro = हर उस प्रॉडक्ट के लिए जिसका लाइसेंस आपके पास है: किन वर्शन की सूचना मिले, और कहाँ। बीटा चुनने पर स्थिर वर्शन की सूचना भी मिलती है; अल्फ़ा चुनने पर सभी की।
account-releases-none = बिल्कुल नहीं
account-releases-stable = स्थिर वर्शन
account-releases-beta = बीटा और स्थिर वर्शन
account-releases-alpha = हर वर्शन, अल्फ़ा सहित

# The Telegram bot's replies.
telegram-linked = नमस्ते { $name }! यह चैट अब आपके खाते से जुड़ गई है: Telegram के लिए आपकी चुनी हुई सूचनाएँ यहाँ आएँगी। इसे बंद करने के लिए /stop भेजें।
telegram-unlinked = यह चैट अब किसी खाते से जुड़ी नहीं है। आप इसे अपने खाता पेज से फिर से जोड़ सकते हैं।
telegram-link-invalid = इस लिंक की अवधि समाप्त हो गई है या इसका पहले ही उपयोग हो चुका है। अपने खाता पेज पर नया लिंक बनाएँ।
telegram-help = यहाँ सूचनाएँ पाने के लिए, अपने खाता पेज पर Telegram लिंक खोलें। इस चैट को अलग करने के लिए /stop भेजें।

# Telegram on the notification settings page.
account-telegram-intro = अपनी चुनी हुई सूचनाएँ Telegram में पाएँ: इस खाते को स्टोर के बॉट वाली चैट से जोड़ें।
account-telegram-link = Telegram जोड़ें
account-telegram-open = इस लिंक को 15 मिनट के भीतर Telegram में खोलें और Start दबाएँ:
account-telegram-linked = यह खाता एक Telegram चैट से जुड़ा है।
account-telegram-unlink = Telegram को अलग करें

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = एक भुगतान पर निर्णय चाहिए: { $payment } ({ $reason })।
telegram-alert-clone_suspected = कोई डिवाइस कॉपी हो सकता है: लाइसेंस { $license }, डिवाइस { $device }।
telegram-alert-reconciliation = लेजर मिलान में { $count ->
        [one] { $count } उल्लंघन मिला
       *[other] { $count } उल्लंघन मिले
    }: हो सकता है पैसा बना हो या खो गया हो।
telegram-alert-job_dead = एक बैकग्राउंड जॉब विफल होकर रुक गया: { $job } ({ $id })। आखिरी त्रुटि: { $reason }
