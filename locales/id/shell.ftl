### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Bahasa Indonesia

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Langsung ke konten
nav-home = Beranda
nav-sign-in = Masuk
nav-api-docs = Dokumentasi API
nav-menu = Menu
notice-dismiss = Tutup
language-label = Bahasa
language-apply = Ganti
footer-text = { -brand } — lisensi dan penagihan yang Anda kelola di server sendiri.
footer-support = Dukungan

## Landing page

landing-page-title = { -brand }
landing-tagline = Jual perangkat lunak Anda, lindungi, dan terima pembayaran — di server Anda sendiri.
landing-intro = { -brand } menerbitkan kunci lisensi kriptografis, mengikatnya ke perangkat atau domain, memeriksanya secara online maupun offline, berjualan melalui toko dengan dompet dan gerbang pembayaran, serta berkomunikasi dengan pelanggan Anda dalam bahasa mereka.
landing-feature-keys-title = Kunci yang tidak dapat dipalsukan
landing-feature-keys-body = Setiap lisensi ditandatangani dengan Ed25519. Perangkat lunak Anda memverifikasinya dengan kunci publik, bahkan tanpa koneksi jaringan.
landing-feature-store-title = Toko dengan perhitungan uang yang tepat
landing-feature-store-body = Harga dihitung di server, setiap pembayaran dikreditkan tepat satu kali, dan setiap nomor faktur digunakan tepat satu kali.
landing-feature-scale-title = Satu berkas biner, dari laptop hingga klaster
landing-feature-scale-body = Mulai dengan satu perintah di atas basis data tertanam; kembangkan ke banyak node dengan PostgreSQL dan Redis tanpa mengubah satu baris pun.
landing-cta-sign-in = Masuk
landing-cta-store = Jelajahi toko
landing-cta-docs = Jelajahi API
landing-languages = Tersedia dalam { $count } bahasa.

## API documentation page

docs-page-title = Dokumentasi API
docs-noscript = Referensi interaktif memerlukan JavaScript. Dokumen OpenAPI-nya sendiri tersedia di { $url }.

## Error pages

error-page-back = Kembali ke beranda
error-page-request-id = ID permintaan: { $id }
