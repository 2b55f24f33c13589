### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = अपने ईमेल पते की पुष्टि करें
verify-email-intro = यह पुष्टि करने के लिए बटन दबाएँ कि यह ईमेल पता आपका है।
verify-email-confirm = मेरे ईमेल पते की पुष्टि करें
verify-email-done = धन्यवाद: आपके ईमेल पते की पुष्टि हो गई है।

## Password reset page

reset-page-title = नया पासवर्ड चुनें
reset-new-password = नया पासवर्ड
reset-password-hint = 12 से 128 वर्ण। सबसे आम पासवर्डों में से कोई नहीं, और आपका ईमेल पता भी नहीं।
reset-submit = नया पासवर्ड सेट करें
reset-done = आपका पासवर्ड बदल दिया गया है और सभी सेशन समाप्त हो गए हैं। नए पासवर्ड से साइन इन करें।

## First-run setup page

setup-page-title = पहला एडमिन बनाएँ
setup-intro = इस सर्वर पर अभी कोई एडमिन नहीं है। यहाँ बनाया गया खाता सब कुछ प्रबंधित कर सकता है; यह लिंक केवल एक बार काम करता है।
setup-email = ईमेल पता
setup-name = नाम
setup-password = पासवर्ड
setup-store-name = आपके स्टोर का नाम
setup-store-name-hint = यह आपके ग्राहकों को हर पेज के हेडर और ईमेल में दिखता है। आप इसे बदल सकते हैं, और ब्रैंड पेज पर लोगो और रंग जोड़ सकते हैं।
setup-seller = विक्रेता (इनवॉइस पर छपता है)
setup-seller-hint = अभी वैकल्पिक: पहली बिक्री से पहले इसे यहाँ या बिलिंग पेज पर भरें। कानूनी नाम के बिना इनवॉइस पर स्टोर का नाम छपता है।
setup-submit = एडमिन बनाएँ
setup-done = एडमिन खाता तैयार है। इससे साइन इन करें।

## Signing in and up, account settings

nav-sign-up = खाता बनाएँ
nav-sign-out = साइन आउट
field-email = ईमेल पता
field-password = पासवर्ड
field-name = नाम
sign-in-title = साइन इन
sign-in-submit = साइन इन करें
sign-in-code = वन-टाइम कोड
sign-in-code-hint = आपके ऑथेंटिकेटर ऐप का 6 अंकों वाला कोड, या आपके रिकवरी कोड में से कोई एक।
sign-in-forgot = पासवर्ड भूल गए?
sign-in-no-account = खाता बनाएँ
sign-up-title = खाता बनाएँ
sign-up-submit = खाता बनाएँ
sign-up-done = धन्यवाद। आपने जो पता दर्ज किया है, उस पर हमने पुष्टि का लिंक भेजा है; अपने ईमेल की पुष्टि करने के लिए उसे खोलें। फिर साइन इन करें।
sign-up-invited = एक लाइसेंस आपका इंतज़ार कर रहा है। जिस पते पर यह भेजा गया था, उसी से अपना खाता बनाएँ।
sign-up-invited-done = आपका खाता तैयार है और उसके पते की पुष्टि हो गई है। साइन इन करें: आपका इंतज़ार कर रहा लाइसेंस आपके लाइसेंस पेज पर है।
forgot-title = पासवर्ड भूल गए?
forgot-submit = मुझे रीसेट लिंक भेजें
forgot-done = अगर इस पते से कोई खाता जुड़ा है, तो नया पासवर्ड चुनने का लिंक भेजा जा रहा है। यह 30 मिनट तक काम करता है।
account-title = आपका खाता
account-profile = प्रोफ़ाइल
account-email-verified = पुष्टि हो गई
account-email-unverified = अभी पुष्टि नहीं हुई
account-timezone = समय क्षेत्र
account-digits = अंक
account-save = सहेजें
account-saved = आपके बदलाव सहेज लिए गए हैं।
account-password = पासवर्ड
account-current-password = मौजूदा पासवर्ड
account-change-password = पासवर्ड बदलें
account-password-changed = आपका पासवर्ड बदल दिया गया है। बाकी सभी सेशन समाप्त हो गए हैं।
account-security = सुरक्षा
account-2fa-on = दो-चरणीय साइन इन चालू है।
account-2fa-off = दो-चरणीय साइन इन बंद है।
account-sessions-hint = इस खाते के सभी सेशन समाप्त करता है, हर डिवाइस पर, इस डिवाइस सहित।
account-sign-out-everywhere = हर जगह से साइन आउट करें

## Two-factor sign-in and API key pages

account-2fa-manage = प्रबंधित करें
account-export = मेरा डेटा डाउनलोड करें
account-export-hint = JSON फ़ाइलों वाली एक ZIP: आपका खाता, लाइसेंस और उनकी कुंजियाँ, डिवाइस, इनवॉइस, भुगतान, वॉलेट, सूचनाएँ और API कुंजियाँ (उनके सीक्रेट कभी नहीं)।
tfa-title = दो-चरणीय साइन इन
tfa-intro = दो-चरणीय साइन इन के साथ, साइन इन करने के लिए आपके फ़ोन के ऑथेंटिकेटर ऐप का एक कोड भी चाहिए होता है, इसलिए केवल चोरी हुआ पासवर्ड काफ़ी नहीं होता।
tfa-start = इसे सेट अप करें
tfa-scan = इस कोड को अपने ऑथेंटिकेटर ऐप से स्कैन करें, फिर ऐप में दिखने वाला 6 अंकों का कोड दर्ज करें।
tfa-qr-alt = आपके ऑथेंटिकेटर ऐप के लिए QR कोड
tfa-secret = या यह कुंजी टाइप करें:
tfa-confirm = दो-चरणीय साइन इन चालू करें
tfa-enabled = दो-चरणीय साइन इन चालू है। आपके बाकी सेशन समाप्त हो गए हैं; यह ब्राउज़र साइन इन रहेगा।
tfa-confirm-password-hint = आपका पासवर्ड साबित करता है कि यह आप ही हैं: आपके बाकी सेशन समाप्त हो जाएँगे, यह ब्राउज़र साइन इन रहेगा।
tfa-codes-saved = मैंने इन्हें सहेज लिया है: मेरे खाते पर वापस जाएँ
tfa-codes-intro = इन रिकवरी कोड को किसी सुरक्षित जगह रखें। फ़ोन खो जाने पर हर कोड एक बार काम करता है। ये केवल अभी दिखाए जा रहे हैं।
tfa-disable = दो-चरणीय साइन इन बंद करें
keys-title = API कुंजियाँ
keys-new = नई कुंजी
keys-scopes = अनुमतियाँ
keys-scope-read = आपका डेटा पढ़ना
keys-scope-licenses = लाइसेंस प्रबंधित करना
keys-scope-releases = रिलीज़ प्रकाशित करना
keys-expires = इतने दिनों बाद समाप्त (वैकल्पिक)
keys-create = कुंजी बनाएँ
keys-created = आपकी नई कुंजी नीचे है। इसे अभी कॉपी करें: यह केवल एक बार दिखाई जाती है।
keys-yours = आपकी कुंजियाँ
keys-none = आपके पास अभी कोई API कुंजी नहीं है।
keys-prefix = इससे शुरू होती है
keys-revoke = रद्द करें
keys-confirm-revoke = क्या यह API कुंजी रद्द की जाए? इसका उपयोग करने वाली स्क्रिप्ट तुरंत काम करना बंद कर देंगी; इसे पूर्ववत नहीं किया जा सकता।
keys-revoked = रद्द
