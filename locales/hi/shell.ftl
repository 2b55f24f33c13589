### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = हिन्दी

-brand = RMS License Server

## Layout shared by every page

skip-to-content = सामग्री पर जाएँ
nav-home = होम
nav-sign-in = साइन इन
nav-api-docs = API दस्तावेज़
nav-menu = मेन्यू
notice-dismiss = खारिज करें
language-label = भाषा
language-apply = बदलें
footer-text = { -brand } — लाइसेंसिंग और बिलिंग, जिसे आप खुद होस्ट करते हैं।
footer-support = सपोर्ट

## Landing page

landing-page-title = { -brand }
landing-tagline = अपना सॉफ़्टवेयर बेचें, उसे सुरक्षित रखें और भुगतान पाएँ — अपने ही सर्वर पर।
landing-intro = { -brand } क्रिप्टोग्राफ़िक लाइसेंस कुंजियाँ जारी करता है, उन्हें डिवाइस या डोमेन से जोड़ता है, ऑनलाइन और ऑफ़लाइन उनकी जाँच करता है, वॉलेट और पेमेंट गेटवे वाले स्टोर के ज़रिए बिक्री करता है, और आपके ग्राहकों से उनकी भाषा में बात करता है।
landing-feature-keys-title = ऐसी कुंजियाँ जिनकी नकल नहीं बनाई जा सकती
landing-feature-keys-body = हर लाइसेंस Ed25519 से साइन किया जाता है। आपका सॉफ़्टवेयर नेटवर्क कनेक्शन के बिना भी, एक सार्वजनिक कुंजी से उसका सत्यापन करता है।
landing-feature-store-title = पैसे का सटीक हिसाब रखने वाला स्टोर
landing-feature-store-body = कीमतें सर्वर पर तय होती हैं, हर भुगतान ठीक एक बार जमा होता है, और हर इनवॉइस नंबर ठीक एक बार इस्तेमाल होता है।
landing-feature-scale-title = एक बाइनरी, लैपटॉप से क्लस्टर तक
landing-feature-scale-body = एम्बेडेड डेटाबेस पर एक कमांड से शुरुआत करें; कोड की एक भी लाइन बदले बिना PostgreSQL और Redis पर कई नोड तक बढ़ें।
landing-cta-sign-in = साइन इन करें
landing-cta-store = स्टोर देखें
landing-cta-docs = API देखें
landing-languages = { $count ->
        [one] { $count } भाषा
       *[other] { $count } भाषाओं
    } में उपलब्ध।

## API documentation page

docs-page-title = API दस्तावेज़
docs-noscript = इंटरैक्टिव संदर्भ के लिए JavaScript ज़रूरी है। OpenAPI दस्तावेज़ स्वयं { $url } पर उपलब्ध है।

## Error pages

error-page-back = होम पेज पर वापस जाएँ
error-page-request-id = अनुरोध ID: { $id }
