# Titles and details of RFC 9457 problem responses, one pair per stable error code.

problem-bad-request-title = गलत अनुरोध
problem-bad-request-detail = अनुरोध समझा नहीं जा सका: { $reason }
bad-request-not-json = बॉडी मान्य JSON नहीं है।
bad-request-missing-field = “{ $field }” आवश्यक है।
bad-request-unknown-field = “{ $field }” ऐसा फ़ील्ड नहीं है जिसे यह अनुरोध स्वीकार करता है।
bad-request-malformed-field = “{ $field }” का मान सही प्रकार या फ़ॉर्मेट का नहीं है।
bad-request-malformed = इसमें एक मान सही प्रकार या फ़ॉर्मेट का नहीं है।
problem-not-found-title = नहीं मिला
problem-not-found-detail = इस पते पर कुछ नहीं है।
problem-method-not-allowed-title = मेथड की अनुमति नहीं है
problem-method-not-allowed-detail = यह पता { $method } मेथड स्वीकार नहीं करता।
problem-payload-too-large-title = अनुरोध बहुत बड़ा है
problem-payload-too-large-detail = अनुरोध की बॉडी इस सर्वर की स्वीकार्य सीमा से बड़ी है (अधिकतम { $limit } बाइट)।
problem-unsupported-media-type-title = असमर्थित मीडिया प्रकार
problem-unsupported-media-type-detail = अनुरोध की बॉडी को Content-Type: application/json हेडर के साथ JSON के रूप में भेजें।
problem-request-timeout-title = अनुरोध का समय समाप्त
problem-request-timeout-detail = अनुरोध में { $seconds } सेकंड से ज़्यादा समय लगा और उसे रोक दिया गया। जब तक जवाब में ऐसा न बताया गया हो, कुछ भी सहेजा नहीं गया।
problem-too-many-requests-title = बहुत ज़्यादा अनुरोध
problem-too-many-requests-detail = कम समय में बहुत ज़्यादा अनुरोध। कृपया कुछ देर रुककर फिर से कोशिश करें।
problem-internal-error-title = आंतरिक त्रुटि
problem-internal-error-detail = हमारी तरफ़ से कुछ गड़बड़ हो गई। इसे लॉग कर लिया गया है; अगर आप सपोर्ट से संपर्क करें, तो कृपया अनुरोध ID { $request_id } बताएँ।
problem-service-unavailable-title = सेवा उपलब्ध नहीं है
problem-service-unavailable-detail = सेवा अस्थायी रूप से उपलब्ध नहीं है। कृपया थोड़ी देर में फिर से कोशिश करें।
problem-http-error-title = अनुरोध विफल रहा
problem-http-error-detail = अनुरोध HTTP स्थिति { $status } के साथ विफल रहा।

## Accounts and sessions

problem-invalid-email-title = अमान्य ईमेल पता
problem-invalid-email-detail = “{ $field }” मान्य ईमेल पता नहीं है।
problem-password-length-title = पासवर्ड की लंबाई
problem-password-length-detail = पासवर्ड { $min } से { $max } वर्णों के बीच होना चाहिए।
problem-password-too-common-title = पासवर्ड बहुत आम है
problem-password-too-common-detail = यह पासवर्ड सबसे ज़्यादा इस्तेमाल होने वाले पासवर्डों में से है। कृपया कोई दूसरा चुनें।
problem-password-contains-email-title = पासवर्ड में ईमेल पता है
problem-password-contains-email-detail = पासवर्ड में आपका ईमेल पता नहीं होना चाहिए। कृपया कोई दूसरा चुनें।
problem-invalid-name-title = अमान्य नाम
problem-invalid-name-detail = नाम 1 से 100 वर्णों का होना चाहिए, बिना कंट्रोल वर्णों के।
problem-invalid-timezone-title = अमान्य समय क्षेत्र
problem-invalid-timezone-detail = Europe/Berlin या UTC जैसे समय क्षेत्र के नाम का उपयोग करें।
problem-unsupported-locale-title = असमर्थित भाषा
problem-unsupported-locale-detail = यह भाषा उपलब्ध नहीं है। दी गई भाषाओं में से कोई एक चुनें।
problem-invalid-credentials-title = साइन इन विफल रहा
problem-invalid-credentials-detail = ईमेल पता या पासवर्ड गलत है।
problem-account-locked-title = खाता लॉक है
problem-account-locked-detail = यह खाता लॉक है। कृपया सपोर्ट से संपर्क करें।
problem-unauthenticated-title = साइन इन नहीं है
problem-unauthenticated-detail = इस अनुरोध के लिए मान्य एक्सेस टोकन चाहिए। नया टोकन पाने के लिए फिर से साइन इन करें।
problem-invalid-refresh-token-title = सेशन की अवधि समाप्त
problem-invalid-refresh-token-detail = सेशन की अवधि समाप्त हो गई है या उसे बंद कर दिया गया है। कृपया फिर से साइन इन करें।
problem-invalid-link-token-title = लिंक अब मान्य नहीं है
problem-invalid-link-token-detail = यह लिंक अमान्य है, पहले ही इस्तेमाल हो चुका है, या इसकी अवधि समाप्त हो गई है। नया लिंक माँगें।
problem-forbidden-title = अनुमति नहीं है
problem-forbidden-detail = आप साइन इन हैं, लेकिन इस क्रेडेंशियल को यह करने की अनुमति नहीं है।
problem-limit-reached-title = सीमा पूरी हो गई
problem-limit-reached-detail = { $limit } की सीमा पूरी हो गई है। नया जोड़ने से पहले कोई एक हटाएँ।
problem-invalid-scope-title = अमान्य अनुमति
problem-invalid-scope-detail = दी गई अनुमतियों में से कम से कम एक चुनें; कुछ अनुमतियाँ केवल एडमिन के लिए उपलब्ध हैं।
problem-out-of-range-title = मान सीमा से बाहर
problem-out-of-range-detail = “{ $field }” का मान स्वीकार्य सीमा से बाहर है।
problem-totp-required-title = वन-टाइम कोड आवश्यक
problem-totp-required-detail = यह खाता दो-चरणीय साइन इन का उपयोग करता है। अपने ऑथेंटिकेटर ऐप का कोड या कोई रिकवरी कोड दर्ज करें।
problem-totp-invalid-title = गलत वन-टाइम कोड
problem-totp-invalid-detail = कोड गलत है, उसकी अवधि समाप्त हो गई है, या वह पहले ही इस्तेमाल हो चुका है। अगले कोड का इंतज़ार करें और फिर से कोशिश करें।
problem-totp-locked-title = दो-चरणीय साइन इन लॉक है
problem-totp-locked-detail = बहुत ज़्यादा गलत कोड। दो-चरणीय साइन इन 15 मिनट के लिए लॉक कर दिया गया है।
problem-totp-already-enabled-title = दो-चरणीय साइन इन पहले से चालू है
problem-totp-already-enabled-detail = इस खाते के लिए दो-चरणीय साइन इन पहले से चालू है।
problem-totp-not-enabled-title = दो-चरणीय साइन इन बंद है
problem-totp-not-enabled-detail = इस खाते के लिए दो-चरणीय साइन इन चालू नहीं है (या इसे सेट अप करना शुरू नहीं किया गया)।
problem-invalid-code-title = गलत कोड
problem-invalid-code-detail = “{ $field }” का मान गलत है या उसकी अवधि समाप्त हो गई है।
problem-invalid-role-title = अज्ञात भूमिका
problem-invalid-role-detail = भूमिका user, support या admin में से एक होनी चाहिए।
problem-csrf-failed-title = फ़ॉर्म की अवधि समाप्त
problem-csrf-failed-detail = यह फ़ॉर्म स्वीकार नहीं किया जा सका। पेज को फिर से लोड करें और दोबारा कोशिश करें।
problem-two-factor-required-for-staff-title = दो-चरणीय साइन इन आवश्यक
problem-two-factor-required-for-staff-detail = इस सर्वर पर स्टाफ़ के लिए दो-चरणीय साइन इन का उपयोग अनिवार्य है। पहले अपनी खाता सेटिंग में इसे चालू करें।
problem-slug-taken-title = स्लग पहले से लिया गया है
problem-slug-taken-detail = कोई दूसरा प्रॉडक्ट पहले से इस स्लग का उपयोग करता है। कोई दूसरा स्लग चुनें।
problem-invalid-slug-title = अमान्य स्लग
problem-invalid-slug-detail = स्लग में 2 से 64 छोटे (लोअरकेस) अक्षर, अंक और डैश होते हैं, और यह डैश से शुरू या खत्म नहीं होता।
problem-invalid-product-kind-title = अमान्य प्रॉडक्ट प्रकार
problem-invalid-product-kind-detail = प्रॉडक्ट या तो “software” (मशीनों से जुड़ा) होता है या “site” (डोमेन से जुड़ा)।
problem-unknown-account-title = अज्ञात खाता
problem-unknown-account-detail = इस ईमेल पते वाला कोई खाता नहीं है। उस व्यक्ति को पहले साइन अप करना होगा।
problem-license-revoked-title = लाइसेंस रद्द है
problem-license-revoked-detail = यह लाइसेंस रद्द कर दिया गया था; रद्द किया गया लाइसेंस बहाल नहीं किया जा सकता। इसकी जगह नया लाइसेंस जारी करें।
problem-seats-in-use-title = सीटें उपयोग में हैं
problem-seats-in-use-detail = { $in_use ->
        [one] इस लाइसेंस की { $in_use } सीट उपयोग में है
       *[other] इस लाइसेंस की { $in_use } सीटें उपयोग में हैं
    }। सीटों की संख्या कम करने से पहले कुछ सीटें खाली करें (डिवाइस निष्क्रिय करें या सब-लाइसेंस छोटे करें)।
problem-license-unusable-title = लाइसेंस उपयोग योग्य नहीं है
problem-license-unusable-detail = इस काम के लिए लाइसेंस का उपयोग नहीं किया जा सकता ({ $code })।

# Answers of the product-facing API (validate, activate, heartbeat, deactivate, license file).
answer-not-found = इस कुंजी वाला कोई लाइसेंस नहीं है।
answer-revoked = यह लाइसेंस रद्द कर दिया गया है।
answer-suspended = यह लाइसेंस निलंबित है।
answer-expired = इस लाइसेंस की अवधि समाप्त हो गई है।
answer-product-mismatch = यह कुंजी किसी दूसरे प्रॉडक्ट की है।
answer-not-activated = यह लाइसेंस अभी यहाँ सक्रिय नहीं किया गया है।
answer-fingerprint-mismatch = यह लाइसेंस दूसरे डिवाइसों पर सक्रिय है, इस पर नहीं।
answer-domain-mismatch = यह लाइसेंस दूसरे डोमेन पर सक्रिय है, इस पर नहीं।
answer-heartbeat-dead = इस डिवाइस ने हार्टबीट भेजना बंद कर दिया; इसे फिर से सक्रिय करें।
answer-too-many-activations = लाइसेंस में जितनी सीटें हैं, उससे ज़्यादा डिवाइस सक्रिय हैं।
answer-entitlement-missing = लाइसेंस में वह सुविधा शामिल नहीं है जिसकी माँग की गई थी।
answer-version-not-covered = यह वर्शन लाइसेंस की अपडेट अवधि के बाद रिलीज़ हुआ था।
answer-valid = लाइसेंस मान्य है।
answer-activation-limit = { $seats ->
        [one] इस लाइसेंस की { $seats } सीट उपयोग में है
       *[other] इस लाइसेंस की सभी { $seats } सीटें उपयोग में हैं
    }। इसे यहाँ उपयोग करने के लिए सूची में दिए गए सक्रियणों में से किसी एक की सीट खाली करें।
answer-clone-suspected = कोई दूसरी मशीन इस सक्रियण का उपयोग कर रही है; जब तक मालिक इसकी सीट खाली न करे, यह रुका रहेगा।
answer-reassignment-limit = इस लाइसेंस के डिवाइस बदलाव फ़िलहाल पूरे हो चुके हैं। अगला बदलाव { $at } पर संभव होगा।
answer-refused-title = लाइसेंस सर्वर ने यह अनुरोध अस्वीकार कर दिया
problem-reassignment-limit-title = फ़िलहाल और डिवाइस बदलाव नहीं
problem-reassignment-limit-detail = इस लाइसेंस के डिवाइस बदलाव फ़िलहाल पूरे हो चुके हैं। अगला बदलाव { $at } पर संभव होगा।
problem-not-enough-seats-title = पर्याप्त खाली सीटें नहीं हैं
problem-not-enough-seats-detail = { $free ->
    [0] इस लाइसेंस की कोई सीट खाली नहीं है।
    [one] इस लाइसेंस की केवल { $free } सीट खाली है।
   *[other] इस लाइसेंस की केवल { $free } सीटें खाली हैं।
}
problem-invalid-activation-request-title = मान्य सक्रियण अनुरोध नहीं
problem-invalid-activation-request-detail = यह इस लाइसेंस की कुंजी से लिखा गया सक्रियण अनुरोध नहीं है। जिस मशीन को सक्रिय करना है, उस पर इस लाइसेंस की कुंजी के साथ इसे फिर से बनाएँ।
problem-not-for-sale-title = बिक्री के लिए नहीं
problem-not-for-sale-detail = यह प्लान बिक्री के लिए नहीं है।
problem-promo-not-found-title = अज्ञात प्रोमो कोड
problem-promo-not-found-detail = यह प्रोमो कोड मौजूद नहीं है या अभी मान्य नहीं है।
problem-insufficient-funds-title = वॉलेट में पर्याप्त राशि नहीं है
problem-insufficient-funds-detail = इस खरीद के लिए आपके वॉलेट का बैलेंस बहुत कम है। अपना वॉलेट टॉप-अप करें और फिर से कोशिश करें; कोई राशि नहीं काटी गई।
problem-promo-expired-title = प्रोमो कोड अभी मान्य नहीं है
problem-promo-expired-detail = यह प्रोमो कोड इस समय मान्य नहीं है।
problem-promo-not-applicable-title = प्रोमो कोड लागू नहीं होता
problem-promo-not-applicable-detail = यह प्रोमो कोड आपके कार्ट के किसी भी प्रॉडक्ट पर लागू नहीं होता।
problem-promo-below-minimum-title = ऑर्डर प्रोमो कोड की न्यूनतम राशि से कम है
problem-promo-below-minimum-detail = आपका ऑर्डर इस प्रोमो कोड के लिए ज़रूरी न्यूनतम राशि से कम है।
problem-promo-first-purchase-only-title = पहली खरीद के लिए प्रोमो कोड
problem-promo-first-purchase-only-detail = यह प्रोमो कोड केवल पहली खरीद के लिए है।
problem-promo-exhausted-title = प्रोमो कोड की सीमा पूरी हो गई
problem-promo-exhausted-detail = यह प्रोमो कोड फ़िलहाल जितनी बार इस्तेमाल हो सकता है, उतनी बार हो चुका है।
problem-promo-user-limit-title = प्रोमो कोड पहले ही इस्तेमाल हो चुका है
problem-promo-user-limit-detail = आपके लिए इस प्रोमो कोड के जितने उपयोग की अनुमति है, वह पूरी हो चुकी है।
problem-promo-paused-title = प्रोमो कोड रुका हुआ है
problem-promo-paused-detail = यह प्रोमो कोड इस समय रोका गया है।
problem-promo-code-taken-title = प्रोमो कोड पहले से मौजूद है
problem-promo-code-taken-detail = किसी दूसरे प्रोमो कोड का यही नाम पहले से है।
problem-idempotency-key-reused-title = इडेम्पोटेंसी कुंजी किसी दूसरे अनुरोध में इस्तेमाल हुई
problem-idempotency-key-reused-detail = यह Idempotency-Key पहले ही किसी दूसरे अनुरोध के साथ इस्तेमाल हो चुकी है। नए अनुरोध के लिए नई कुंजी का उपयोग करें।
problem-idempotency-key-in-use-title = अनुरोध प्रोसेस हो रहा है
problem-idempotency-key-in-use-detail = इस Idempotency-Key वाला अनुरोध अभी प्रोसेस हो रहा है। उसका जवाब पाने के लिए थोड़ी देर में फिर से कोशिश करें।
problem-self-referral-title = खुद को रेफ़र करना
problem-self-referral-detail = अपने ही रेफ़रल कोड का उपयोग नहीं किया जा सकता।
problem-wrong-state-title = इस स्थिति में संभव नहीं
problem-wrong-state-detail = यह अभी नहीं किया जा सकता ({ $state })।
problem-gateway-disabled-title = भुगतान का तरीका उपलब्ध नहीं है
problem-gateway-disabled-detail = भुगतान का यह तरीका इस सर्वर पर चालू नहीं है।
problem-gateway-unavailable-title = पेमेंट प्रदाता उपलब्ध नहीं है
problem-gateway-unavailable-detail = पेमेंट प्रदाता से संपर्क नहीं हो सका। कोई राशि नहीं काटी गई; कुछ मिनट बाद फिर से कोशिश करें या भुगतान का कोई दूसरा तरीका चुनें।
problem-webhook-signature-invalid-title = अमान्य वेबहुक सिग्नेचर
problem-webhook-signature-invalid-detail = वेबहुक का सिग्नेचर इस गेटवे की सेटिंग से मेल नहीं खाता। कुछ भी बदला नहीं गया।
problem-invalid-number-format-title = अमान्य नंबर पैटर्न
problem-invalid-number-format-detail = “{ $field }” में {"{"}YYYY{"}"} एक बार और ब्रेसेस में अंकों का एक क्रम होना चाहिए, जैसे INV-{"{"}YYYY{"}"}-{"{"}000001{"}"}: नंबरिंग हर साल फिर से शुरू होती है।
problem-number-formats-clash-title = नंबर टकरा सकते हैं
problem-number-formats-clash-detail = “{ $field }” से इनवॉइस पैटर्न जैसे ही नंबर बन सकते हैं। दोनों पैटर्न को अलग-अलग प्रीफ़िक्स दें, जैसे INV- और CN-।
problem-invalid-staging-pattern-title = अमान्य स्टेजिंग पैटर्न
problem-invalid-staging-pattern-detail = हर लाइन में एक होस्ट लिखें: सटीक होस्ट (staging.shop.com), किसी डोमेन के अंतर्गत हर होस्ट (*.preview.shop.com), किसी लेबल से शुरू होने वाला हर होस्ट (staging.*) या ऐसा हर होस्ट जिसके बीच में कोई लेबल हो (*.staging.*)। *.dev जैसा पूरा टॉप-लेवल डोमेन सार्वजनिक है और बिना सीट लिए नहीं चल सकता।
problem-insufficient-scope-title = इस कुंजी से अनुमति नहीं है
problem-insufficient-scope-detail = इसके लिए { $scope ->
        [session] साइन इन किया हुआ सेशन चाहिए: API कुंजी से यह नहीं हो सकता
       *[other] “{ $scope }” अनुमति वाली API कुंजी चाहिए
    }।
problem-refund-window-closed-title = रिफ़ंड अवधि समाप्त
problem-refund-window-closed-detail = इस प्लान का रिफ़ंड खरीद के बाद { $days } दिन तक हो सकता है, और वह अवधि बीत चुकी है। फिर भी रिफ़ंड केवल तभी करें, जब आप सचमुच ऐसा करना चाहते हों।
problem-invalid-version-title = अमान्य वर्शन
problem-invalid-version-detail = 1.4.0, 2.0.0-beta.1 या 1.4.0+build.7 जैसा सिमैंटिक वर्शन लिखें।
problem-invalid-platform-title = अमान्य प्लेटफ़ॉर्म
problem-invalid-platform-detail = प्लेटफ़ॉर्म में 1 से 64 छोटे (लोअरकेस) अक्षर, अंक, डैश और अंडरस्कोर होते हैं, जैसे windows-x86_64 या wordpress।
problem-invalid-file-name-title = अमान्य फ़ाइल नाम
problem-invalid-file-name-detail = app-1.4.0.dmg जैसा एक सादा फ़ाइल नाम दें: कोई स्लैश नहीं, शुरुआत में डॉट नहीं, कोई उद्धरण चिह्न या कंट्रोल वर्ण नहीं।
problem-version-taken-title = वर्शन पहले से मौजूद है
problem-version-taken-detail = इस प्रॉडक्ट की इस वर्शन वाली रिलीज़ पहले से मौजूद है (बिल्ड मेटाडेटा से नया वर्शन नहीं बनता)।
problem-download-link-invalid-title = डाउनलोड लिंक मान्य नहीं है
problem-download-link-invalid-detail = इस डाउनलोड लिंक की अवधि समाप्त हो गई है, इसे बदला गया है, या यह ऐसी रिलीज़ का है जो अब उपलब्ध नहीं है। नया लिंक माँगें।
problem-feed-license-required-title = लाइसेंस कुंजी आवश्यक
problem-feed-license-required-detail = यह अपडेट फ़ीड केवल लाइसेंस वाले ग्राहकों के लिए है। अपनी लाइसेंस कुंजी फ़ीड के पते में या RMS-License-Key हेडर में भेजें।
problem-feed-license-refused-title = लाइसेंस कुंजी स्वीकार नहीं की गई
problem-feed-license-refused-detail = यह लाइसेंस कुंजी इस प्रॉडक्ट की अपडेट फ़ीड नहीं खोलती: यह अज्ञात है, किसी दूसरे प्रॉडक्ट की है, इसकी अवधि समाप्त हो गई है, या यह निलंबित या रद्द है।

problem-invalid-vat-id-title = अमान्य VAT नंबर
problem-invalid-vat-id-detail = “{ $field }” दिए गए देश का VAT नंबर नहीं है। EU VAT नंबर देश के प्रीफ़िक्स से शुरू होते हैं, जैसे DE123456789 (ग्रीस: EL)। व्यक्तिगत रूप से खरीदते समय इसे खाली छोड़ें।

problem-entitlements-append-only-title = एंटाइटलमेंट केवल जोड़े जा सकते हैं
problem-entitlements-append-only-detail = प्लान के एंटाइटलमेंट को उनके क्रम में रखें और नए एंटाइटलमेंट अंत में जोड़ें: जारी की गई लाइसेंस कुंजियों में ये अपनी स्थिति के अनुसार दर्ज होते हैं, इसलिए किसी को हटाने या उनका क्रम बदलने से मौजूदा ग्राहकों को मिलने वाले अधिकार बदल जाएँगे।
problem-invalid-date-title = अमान्य तारीख
problem-invalid-date-detail = “{ $field }” को 2026-12-31 जैसी तारीख के रूप में लिखें।
problem-date-range-reversed-title = तारीखें गलत क्रम में हैं
problem-date-range-reversed-detail = शुरुआत की तारीख अंत की तारीख के बाद है। ऐसी शुरुआत की तारीख चुनें जो अंत की तारीख को या उससे पहले हो।
