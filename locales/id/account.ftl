### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Konfirmasikan alamat email Anda
verify-email-intro = Tekan tombol di bawah untuk mengonfirmasi bahwa alamat email ini milik Anda.
verify-email-confirm = Konfirmasi alamat email saya
verify-email-done = Terima kasih: alamat email Anda telah dikonfirmasi.

## Password reset page

reset-page-title = Pilih kata sandi baru
reset-new-password = Kata sandi baru
reset-password-hint = 12 hingga 128 karakter. Bukan salah satu kata sandi yang paling umum, dan bukan alamat email Anda.
reset-submit = Tetapkan kata sandi baru
reset-done = Kata sandi Anda telah diubah dan semua sesi telah diakhiri. Silakan masuk dengan kata sandi baru.

## First-run setup page

setup-page-title = Buat administrator pertama
setup-intro = Server ini belum memiliki administrator. Akun yang Anda buat di sini dapat mengelola semuanya; tautan ini hanya berlaku satu kali.
setup-email = Alamat email
setup-name = Nama
setup-password = Kata sandi
setup-store-name = Nama toko Anda
setup-store-name-hint = Ditampilkan kepada pelanggan Anda di bagian atas setiap halaman dan di email. Anda dapat mengubahnya, serta menambahkan logo dan warna, di halaman Merek.
setup-seller = Pihak penjual (dicetak pada faktur)
setup-seller-hint = Opsional untuk saat ini: isi sebelum penjualan pertama, di sini atau di halaman penagihan. Tanpa nama resmi, faktur mencetak nama toko.
setup-submit = Buat administrator
setup-done = Akun administrator sudah siap. Silakan masuk dengan akun tersebut.

## Signing in and up, account settings

nav-sign-up = Buat akun
nav-sign-out = Keluar
field-email = Alamat email
field-password = Kata sandi
field-name = Nama
sign-in-title = Masuk
sign-in-submit = Masuk
sign-in-code = Kode sekali pakai
sign-in-code-hint = Kode 6 digit dari aplikasi autentikator Anda, atau salah satu kode pemulihan Anda.
sign-in-forgot = Lupa kata sandi?
sign-in-no-account = Buat akun
sign-up-title = Buat akun
sign-up-submit = Buat akun
sign-up-done = Terima kasih. Kami telah mengirimkan tautan konfirmasi ke alamat yang Anda masukkan; buka tautan tersebut untuk mengonfirmasi email Anda. Setelah itu, silakan masuk.
sign-up-invited = Sebuah lisensi menunggu Anda. Buat akun Anda dengan alamat email tujuan pengiriman lisensi tersebut.
sign-up-invited-done = Akun Anda sudah siap dan alamatnya telah dikonfirmasi. Silakan masuk: lisensi yang menunggu Anda ada di halaman lisensi Anda.
forgot-title = Lupa kata sandi?
forgot-submit = Kirimkan tautan pengaturan ulang
forgot-done = Jika ada akun yang menggunakan alamat ini, tautan untuk memilih kata sandi baru sedang dikirim. Tautan tersebut berlaku selama 30 menit.
account-title = Akun Anda
account-profile = Profil
account-email-verified = terkonfirmasi
account-email-unverified = belum dikonfirmasi
account-timezone = Zona waktu
account-digits = Angka
account-save = Simpan
account-saved = Perubahan Anda telah disimpan.
account-password = Kata sandi
account-current-password = Kata sandi saat ini
account-change-password = Ubah kata sandi
account-password-changed = Kata sandi Anda telah diubah. Semua sesi lainnya telah diakhiri.
account-security = Keamanan
account-2fa-on = Verifikasi dua langkah aktif.
account-2fa-off = Verifikasi dua langkah nonaktif.
account-sessions-hint = Mengakhiri setiap sesi akun ini, di semua perangkat, termasuk perangkat ini.
account-sign-out-everywhere = Keluar dari semua perangkat

## Two-factor sign-in and API key pages

account-2fa-manage = Kelola
account-export = Unduh data saya
account-export-hint = Berkas ZIP berisi file JSON: akun, lisensi beserta kuncinya, perangkat, faktur, pembayaran, dompet, notifikasi, dan kunci API Anda (tanpa rahasianya).
tfa-title = Verifikasi dua langkah
tfa-intro = Dengan verifikasi dua langkah, untuk masuk Anda juga memerlukan kode dari aplikasi autentikator di ponsel Anda, sehingga kata sandi yang dicuri saja tidak cukup.
tfa-start = Siapkan
tfa-scan = Pindai kode ini dengan aplikasi autentikator Anda, lalu masukkan kode 6 digit yang ditampilkannya.
tfa-qr-alt = Kode QR untuk aplikasi autentikator Anda
tfa-secret = Atau ketikkan kunci ini:
tfa-confirm = Aktifkan verifikasi dua langkah
tfa-enabled = Verifikasi dua langkah telah aktif. Sesi Anda yang lain telah diakhiri; browser ini tetap masuk.
tfa-confirm-password-hint = Kata sandi Anda membuktikan bahwa ini memang Anda: sesi Anda yang lain akan diakhiri, browser ini tetap masuk.
tfa-codes-saved = Sudah saya simpan: kembali ke akun saya
tfa-codes-intro = Simpan kode pemulihan ini di tempat yang aman. Masing-masing dapat digunakan satu kali jika Anda kehilangan ponsel. Kode ini hanya ditampilkan sekarang.
tfa-disable = Nonaktifkan verifikasi dua langkah
keys-title = Kunci API
keys-new = Kunci baru
keys-scopes = Izin
keys-scope-read = Membaca data Anda
keys-scope-licenses = Mengelola lisensi
keys-scope-releases = Menerbitkan rilis
keys-expires = Kedaluwarsa setelah (hari, opsional)
keys-create = Buat kunci
keys-created = Kunci baru Anda ada di bawah ini. Salin sekarang: kunci ini hanya ditampilkan satu kali.
keys-yours = Kunci Anda
keys-none = Anda belum memiliki kunci API.
keys-prefix = Diawali dengan
keys-revoke = Cabut
keys-confirm-revoke = Cabut kunci API ini? Skrip yang menggunakannya akan langsung berhenti berfungsi; tindakan ini tidak dapat dibatalkan.
keys-revoked = dicabut
