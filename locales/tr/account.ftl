### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = E-posta adresinizi doğrulayın
verify-email-intro = Bu e-posta adresinin size ait olduğunu doğrulamak için düğmeye basın.
verify-email-confirm = E-posta adresimi doğrula
verify-email-done = Teşekkürler: e-posta adresiniz doğrulandı.

## Password reset page

reset-page-title = Yeni bir parola belirleyin
reset-new-password = Yeni parola
reset-password-hint = 12 ile 128 karakter arası. En yaygın parolalardan biri veya e-posta adresiniz olmamalıdır.
reset-submit = Yeni parolayı belirle
reset-done = Parolanız değiştirildi ve tüm oturumlar sonlandırıldı. Yeni parolanızla giriş yapın.

## First-run setup page

setup-page-title = İlk yöneticiyi oluşturun
setup-intro = Bu sunucuda henüz yönetici yok. Burada oluşturacağınız hesap her şeyi yönetebilir; bu bağlantı yalnızca bir kez çalışır.
setup-email = E-posta adresi
setup-name = Ad
setup-password = Parola
setup-store-name = Mağazanızın adı
setup-store-name-hint = Müşterilerinize her sayfanın üst bilgisinde ve e-postalarda gösterilir. Bu adı daha sonra değiştirebilir, Marka sayfasından logo ve renk ekleyebilirsiniz.
setup-seller = Satıcı (faturalarda yazar)
setup-seller-hint = Şimdilik isteğe bağlı: ilk satıştan önce burada veya faturalama sayfasında doldurun. Yasal unvan girilmezse faturalarda mağazanın adı yazar.
setup-submit = Yöneticiyi oluştur
setup-done = Yönetici hesabı hazır. Bu hesapla giriş yapın.

## Signing in and up, account settings

nav-sign-up = Hesap oluştur
nav-sign-out = Çıkış yap
field-email = E-posta adresi
field-password = Parola
field-name = Ad
sign-in-title = Giriş yap
sign-in-submit = Giriş yap
sign-in-code = Tek kullanımlık kod
sign-in-code-hint = Kimlik doğrulayıcı uygulamanızdaki 6 haneli kod veya kurtarma kodlarınızdan biri.
sign-in-forgot = Parolanızı mı unuttunuz?
sign-in-no-account = Hesap oluştur
sign-up-title = Hesap oluşturun
sign-up-submit = Hesabı oluştur
sign-up-done = Teşekkürler. Girdiğiniz adrese bir doğrulama bağlantısı gönderdik; e-posta adresinizi doğrulamak için bağlantıyı açın. Ardından giriş yapın.
sign-up-invited = Sizi bekleyen bir lisans var. Hesabınızı, lisansın gönderildiği adresle oluşturun.
sign-up-invited-done = Hesabınız hazır ve adresi doğrulandı. Giriş yapın: sizi bekleyen lisans, lisanslarınız sayfasında.
forgot-title = Parolanızı mı unuttunuz?
forgot-submit = Bana sıfırlama bağlantısı gönder
forgot-done = Bu adresi kullanan bir hesap varsa, yeni parola belirleme bağlantısı yola çıktı. Bağlantı 30 dakika geçerlidir.
account-title = Hesabınız
account-profile = Profil
account-email-verified = doğrulandı
account-email-unverified = henüz doğrulanmadı
account-timezone = Saat dilimi
account-digits = Rakamlar
account-save = Kaydet
account-saved = Değişiklikleriniz kaydedildi.
account-password = Parola
account-current-password = Mevcut parola
account-change-password = Parolayı değiştir
account-password-changed = Parolanız değiştirildi. Diğer tüm oturumlar sonlandırıldı.
account-security = Güvenlik
account-2fa-on = İki faktörlü giriş açık.
account-2fa-off = İki faktörlü giriş kapalı.
account-sessions-hint = Bu hesabın, bu cihaz dahil tüm cihazlardaki tüm oturumlarını sonlandırır.
account-sign-out-everywhere = Her yerde çıkış yap

## Two-factor sign-in and API key pages

account-2fa-manage = Yönet
account-export = Verilerimi indir
account-export-hint = JSON dosyalarından oluşan bir ZIP: hesabınız, lisanslarınız ve anahtarları, cihazlar, faturalar, ödemeler, cüzdan, bildirimler ve API anahtarları (gizli değerleri hiçbir zaman dahil edilmez).
tfa-title = İki faktörlü giriş
tfa-intro = İki faktörlü girişte, giriş yapmak için telefonunuzdaki bir kimlik doğrulayıcı uygulamanın ürettiği kod da gerekir; böylece çalınan bir parola tek başına yetmez.
tfa-start = Kur
tfa-scan = Bu kodu kimlik doğrulayıcı uygulamanızla tarayın, ardından uygulamanın gösterdiği 6 haneli kodu girin.
tfa-qr-alt = Kimlik doğrulayıcı uygulamanız için QR kodu
tfa-secret = Veya bu anahtarı yazın:
tfa-confirm = İki faktörlü girişi aç
tfa-enabled = İki faktörlü giriş açık. Diğer oturumlarınız sonlandırıldı; bu tarayıcıdaki oturumunuz açık kalır.
tfa-confirm-password-hint = Parolanız, işlemi sizin yaptığınızı kanıtlar: diğer oturumlarınız sonlandırılır, bu tarayıcıdaki oturumunuz açık kalır.
tfa-codes-saved = Kaydettim: hesabıma dön
tfa-codes-intro = Bu kurtarma kodlarını güvenli bir yerde saklayın. Telefonunuzu kaybederseniz her biri bir kez kullanılabilir. Kodlar yalnızca şimdi gösterilir.
tfa-disable = İki faktörlü girişi kapat
keys-title = API anahtarları
keys-new = Yeni anahtar
keys-scopes = İzinler
keys-scope-read = Verilerinizi okuma
keys-scope-licenses = Lisansları yönetme
keys-scope-releases = Sürüm yayımlama
keys-expires = Geçerlilik süresi (gün, isteğe bağlı)
keys-create = Anahtarı oluştur
keys-created = Yeni anahtarınız aşağıda. Hemen kopyalayın: yalnızca bir kez gösterilir.
keys-yours = Anahtarlarınız
keys-none = Henüz API anahtarınız yok.
keys-prefix = Başlangıcı
keys-revoke = İptal et
keys-confirm-revoke = Bu API anahtarı iptal edilsin mi? Anahtarı kullanan betikler hemen çalışmayı durdurur; bu işlem geri alınamaz.
keys-revoked = iptal edildi
