# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Anda menerima pesan ini karena memiliki akun di { $seller }. Pilih notifikasi apa yang Anda terima, dan melalui apa, di halaman akun Anda.
notify-open = Buka
notify-unsubscribe = Berhenti berlangganan email ini
notify-unsubscribe-intro = Berhenti menerima email jenis ini? Pemberitahuan keamanan dan jenis lainnya tidak terpengaruh; Anda dapat mengaktifkannya kembali dari halaman akun Anda.
notify-unsubscribe-confirm = Berhenti berlangganan
notify-unsubscribe-done = Selesai: Anda tidak akan menerima email ini lagi.

notify-top_up_credited-subject = Dompet Anda telah diisi ulang sebesar { $amount }
notify-top_up_credited-body = Halo { $name }, { $amount } telah ditambahkan ke dompet Anda.
notify-top_up_credited-details = Pembayaran Anda { $reference } sebesar { $paid } melalui { $gateway } telah diterima. Saldo dan riwayat Anda ada di halaman dompet Anda.
notify-transfer_confirmed-subject = Transfer bank Anda sebesar { $amount } telah diterima
notify-transfer_confirmed-body = Halo { $name }, kami telah menerima transfer bank Anda: { $amount } kini ada di dompet Anda.
notify-transfer_confirmed-details = Referensinya adalah { $reference }; Anda mengirim { $paid }.
notify-purchase_receipt-subject = Kuitansi pembelian Anda ({ $invoice })
notify-purchase_receipt-body = Halo { $name }, terima kasih atas pembelian Anda. Faktur { $invoice } dengan total { $amount } telah dibayar dari dompet Anda. Kunci lisensi Anda ada di halaman lisensi Anda; PDF faktur dapat diunduh kapan saja dari halaman dompet Anda.
notify-order_failed-subject = Pesanan Anda tidak dapat diselesaikan
notify-order_failed-body = Halo { $name }, pesanan Anda tidak dapat diselesaikan. { $reason ->
        [unpaid] Pembayarannya tidak berhasil, sehingga tidak ada biaya yang ditagihkan. Anda dapat memesan lagi dari toko.
        [returned] Pembayarannya ditarik kembali oleh penyedia pembayaran, sehingga tidak ada yang dibeli.
        [late] Pembayarannya diterima terlambat sehingga pembelian dengan harga yang ditawarkan kepada Anda tidak dapat dilakukan. Dana { $amount } yang Anda bayarkan ada di dompet Anda: silakan beli lagi dari toko kapan saja.
       *[refused] Toko tidak dapat lagi menjualnya sesuai pesanan (kode promo sudah habis, atau paket tidak lagi dijual). Dana { $amount } yang Anda bayarkan ada di dompet Anda.
    }
notify-refund-subject = Dana sebesar { $amount } telah dikembalikan kepada Anda
notify-refund-body = Halo { $name }, { $amount } dari faktur { $invoice } telah dikembalikan ke dompet Anda.
notify-payment_attention-subject = Sebuah pembayaran memerlukan perhatian Anda
notify-payment_attention-body = Halo { $name }, sebuah pembayaran sebesar { $amount } sedang menunggu keputusan.
notify-license_issued-subject = Lisensi { $product } Anda sudah siap
notify-license_issued-body = Halo { $name }, lisensi untuk { $product } ({ $plan }) telah diterbitkan untuk Anda. Kuncinya ada di halaman lisensi Anda.
notify-device_activated-subject = { $product } telah diaktifkan di perangkat baru
notify-device_activated-body = Halo { $name }, lisensi { $product } Anda telah diaktifkan di { $device }. Jika itu bukan Anda, bebaskan slotnya dari halaman lisensi Anda.
notify-seat_freed-subject = Satu slot { $product } telah dibebaskan
notify-seat_freed-body = Halo { $name }, { $device } tidak lagi menggunakan slot lisensi { $product } Anda.
notify-license_expiring-subject = Lisensi { $product } Anda akan kedaluwarsa dalam { $days } hari
notify-license_expiring-body = Halo { $name }, lisensi { $product } Anda akan kedaluwarsa dalam { $days } hari. Perpanjang lisensi agar Anda tetap dapat menggunakan { $product } dan menerima pembaruan.
notify-license_expired-subject = Lisensi { $product } Anda telah kedaluwarsa
notify-license_expired-body = Halo { $name }, lisensi { $product } Anda telah kedaluwarsa.
notify-renewal_upcoming-subject = Lisensi { $product } Anda akan diperpanjang pada { $date }
notify-renewal_upcoming-body = Halo { $name }, lisensi { $product } Anda akan diperpanjang otomatis pada { $date } seharga { $amount }, yang diambil dari dompet Anda. { $reason ->
        [wallet_short] Saldo dompet Anda belum mencukupi: isi ulang sebelum tanggal tersebut, atau lisensi akan berakhir.
       *[other] Saldo dompet Anda mencukupi.
    } Anda dapat menonaktifkan perpanjangan otomatis di halaman lisensi Anda.
notify-license_renewed-subject = Lisensi { $product } Anda telah diperpanjang
notify-license_renewed-body = Halo { $name }, lisensi { $product } Anda telah diperpanjang otomatis hingga { $date }. Faktur { $invoice } dengan total { $amount } telah dibayar dari dompet Anda.
notify-renewal_failed-subject = Lisensi { $product } Anda tidak dapat diperpanjang
notify-renewal_failed-body = Halo { $name }, lisensi { $product } Anda tidak dapat diperpanjang secara otomatis. { $reason ->
        [wallet_short] Perpanjangan memerlukan biaya { $amount }, sedangkan saldo dompet Anda { $paid }. Isi ulang dompet Anda lalu perpanjang lisensi dari halaman lisensi Anda.
        [not_for_sale] Paketnya tidak lagi dijual.
       *[other] Perpanjang lisensi dari halaman lisensi Anda.
    } Kunci dan perangkatnya tetap dipertahankan jika diperpanjang paling lambat { $date }.
notify-clone_suspected-subject = Lisensi { $product } Anda mungkin digunakan di perangkat salinan
notify-clone_suspected-body = Halo { $name }, dua mesin baru saja menunjukkan aktivasi yang sama dari lisensi { $product } Anda (perangkat “{ $device }”). Hal ini biasanya berarti citra disk atau mesin virtual yang berisi lisensi tersebut telah disalin.

    Aktivasi tersebut dijeda. Jika Anda mengenali kedua mesin itu, bebaskan mesin yang lama di halaman lisensi Anda lalu aktifkan mesin yang baru. Jika tidak, mungkin ada orang lain yang menggunakan kunci lisensi Anda: hubungi penjual.
notify-license_status-subject = Lisensi { $product } Anda kini { $status ->
        [active] aktif
        [suspended] ditangguhkan
        [expired] kedaluwarsa
        [revoked] dicabut
       *[other] { $status }
    }
notify-license_status-body = Halo { $name }, status lisensi { $product } Anda telah berubah menjadi { $status ->
        [active] Aktif
        [suspended] Ditangguhkan
        [expired] Kedaluwarsa
        [revoked] Dicabut
       *[other] { $status }
    }.
notify-release_published-subject = { $product } { $version } telah dirilis
notify-release_published-body = Halo { $name }, versi { $version } dari { $product } telah diterbitkan di kanal { $channel ->
        [stable] stabil
        [beta] beta
        [alpha] alfa
       *[other] { $channel }
    }. Versi ini tersedia di halaman unduhan Anda.
notify-new_sign_in-subject = Aktivitas masuk baru ke akun Anda
notify-new_sign_in-body = Halo { $name }, seseorang baru saja masuk ke akun Anda dari { $device }. Jika itu bukan Anda, segera ubah kata sandi Anda.
notify-password_changed-subject = Kata sandi Anda telah diubah
notify-password_changed-body = Halo { $name }, kata sandi akun Anda telah diubah. Jika itu bukan Anda, segera atur ulang kata sandi dan hubungi tim dukungan.
notify-two_factor_changed-subject = Verifikasi dua langkah telah { $status ->
        [on] diaktifkan
        [off] dinonaktifkan
       *[other] diubah ({ $status })
    }
notify-two_factor_changed-body = Halo { $name }, verifikasi dua langkah akun Anda telah { $status ->
        [on] diaktifkan
        [off] dinonaktifkan
       *[other] diubah ({ $status })
    }. Jika itu bukan Anda, segera hubungi tim dukungan.
notify-api_key_created-subject = Kunci API baru telah dibuat
notify-api_key_created-body = Halo { $name }, kunci API “{ $key_name }” telah dibuat untuk akun Anda. Jika itu bukan Anda, segera cabut kunci tersebut.
notify-commission_earned-subject = Anda mendapatkan komisi sebesar { $amount }
notify-commission_earned-body = Halo { $name }, sebuah pembelian melalui tautan rujukan Anda menghasilkan { $amount } untuk Anda. Komisi ini ditahan sampai batas waktu pengembalian dana berakhir.
notify-commission_released-subject = Komisi sebesar { $amount } kini menjadi milik Anda
notify-commission_released-body = Halo { $name }, komisi sebesar { $amount } telah dicairkan ke dompet Anda.
notify-marketing-subject = { $headline }
notify-marketing-body = Halo { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Notifikasi
notifications-title = Notifikasi
notifications-none = Belum ada apa-apa. Aktivitas terkait lisensi, pembayaran, dan akun Anda akan muncul di sini.
notifications-mark-all = Tandai semua sudah dibaca
notifications-unread = baru
account-notifications-title = Pengaturan notifikasi
account-notifications-intro = Pilih, untuk setiap jenis pemberitahuan, apakah pemberitahuan itu sampai kepada Anda melalui email dan di aplikasi. Pemberitahuan keamanan selalu mempertahankan setidaknya satu saluran.
account-notifications-save = Simpan pengaturan notifikasi
account-notifications-saved = Pengaturan notifikasi disimpan.
account-notifications-security = keamanan
notify-kind = Pemberitahuan
notify-channel-email = Email
notify-channel-in_app = Di aplikasi
notify-channel-telegram = Telegram
notify-group-transactions = Pembayaran
notify-group-licenses = Lisensi
notify-group-releases = Rilis
notify-group-security = Keamanan
notify-group-affiliate = Program afiliasi
notify-group-marketing = Berita
notify-kind-top_up_credited = Dompet diisi ulang
notify-kind-transfer_confirmed = Transfer bank diterima
notify-kind-purchase_receipt = Kuitansi pembelian
notify-kind-order_failed = Pesanan yang tidak dapat diselesaikan
notify-kind-refund = Pengembalian dana
notify-kind-payment_attention = Pembayaran yang memerlukan keputusan
notify-kind-license_issued = Lisensi yang diterbitkan untuk Anda
notify-kind-device_activated = Aktivasi di perangkat baru
notify-kind-seat_freed = Slot dibebaskan
notify-kind-license_expiring = Lisensi akan segera kedaluwarsa (14 dan 3 hari sebelumnya)
notify-kind-license_expired = Lisensi kedaluwarsa
notify-kind-renewal_upcoming = Perpanjangan otomatis mendatang (7 hari sebelumnya)
notify-kind-license_renewed = Lisensi diperpanjang otomatis
notify-kind-renewal_failed = Perpanjangan otomatis gagal
notify-kind-clone_suspected = Perangkat yang mungkin merupakan salinan
notify-kind-license_status = Lisensi ditangguhkan, dicabut, atau dipulihkan
notify-kind-release_published = Versi baru
notify-kind-new_sign_in = Masuk dari perangkat baru
notify-kind-password_changed = Kata sandi diubah
notify-kind-two_factor_changed = Verifikasi dua langkah diubah
notify-kind-api_key_created = Kunci API dibuat
notify-kind-commission_earned = Komisi diperoleh
notify-kind-commission_released = Komisi dicairkan
notify-kind-marketing = Berita dan penawaran

# New versions per product, on the notification settings page.
account-releases-title = Versi baru
account-releases-intro = Untuk setiap produk yang lisensinya Anda miliki: versi mana yang diberitahukan kepada Anda, dan melalui apa. Beta juga mencakup versi stabil; alfa mencakup semuanya.
account-releases-none = Tidak sama sekali
account-releases-stable = Versi stabil
account-releases-beta = Versi beta dan stabil
account-releases-alpha = Semua versi, termasuk alfa

# The Telegram bot's replies.
telegram-linked = Halo { $name }! Obrolan ini kini terhubung ke akun Anda: notifikasi yang Anda pilih untuk Telegram akan dikirim ke sini. Kirim /stop untuk mengakhirinya.
telegram-unlinked = Obrolan ini tidak lagi terhubung ke akun mana pun. Anda dapat menghubungkannya kembali dari halaman akun Anda.
telegram-link-invalid = Tautan ini sudah kedaluwarsa atau sudah pernah digunakan. Buat tautan baru di halaman akun Anda.
telegram-help = Untuk menerima notifikasi di sini, buka tautan Telegram di halaman akun Anda. Kirim /stop untuk memutus hubungan obrolan ini.

# Telegram on the notification settings page.
account-telegram-intro = Terima notifikasi pilihan Anda di Telegram: hubungkan akun ini ke obrolan dengan bot toko.
account-telegram-link = Hubungkan Telegram
account-telegram-open = Buka tautan ini di Telegram dalam waktu 15 menit lalu tekan Mulai:
account-telegram-linked = Akun ini terhubung ke obrolan Telegram.
account-telegram-unlink = Putuskan Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Sebuah pembayaran memerlukan keputusan: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Sebuah perangkat mungkin merupakan salinan: lisensi { $license }, perangkat { $device }.
telegram-alert-reconciliation = Rekonsiliasi buku besar menemukan { $count } pelanggaran: mungkin ada uang yang tercipta atau hilang.
telegram-alert-job_dead = Sebuah tugas latar belakang berhenti mencoba: { $job } ({ $id }). Galat terakhir: { $reason }
