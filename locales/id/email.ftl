# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Konfirmasikan alamat email Anda
email-verify-body =
    Halo { $name },

    Silakan konfirmasikan alamat email Anda dengan membuka tautan ini dalam waktu { $minutes } menit:

    { $link }

    Jika Anda tidak membuat akun, abaikan saja email ini.
email-registration-attempt-subject = Seseorang mencoba mendaftar dengan alamat email Anda
email-registration-attempt-body =
    Halo { $name },

    Seseorang baru saja mencoba membuat akun baru dengan alamat email Anda, yang sudah memiliki akun.
    Jika itu Anda, cukup masuk:

    { $link }

    Jika itu bukan Anda, Anda tidak perlu melakukan apa pun: tidak ada yang diubah.
email-reset-subject = Atur ulang kata sandi Anda
email-reset-body =
    Halo { $name },

    Seseorang (semoga Anda sendiri) meminta untuk mengatur ulang kata sandi akun Anda. Untuk memilih kata sandi baru, buka tautan ini dalam waktu { $minutes } menit:

    { $link }

    Jika Anda tidak memintanya, abaikan email ini: kata sandi Anda tetap seperti semula.
email-clone-suspected-subject = Salah satu lisensi Anda tampaknya berjalan di mesin salinan
email-clone-suspected-body =
    Halo { $name },

    Dua mesin baru saja menunjukkan aktivasi yang sama dari lisensi { $product } Anda (perangkat "{ $device }"). Hal ini biasanya berarti citra disk atau mesin virtual yang berisi lisensi tersebut telah disalin.

    Aktivasi tersebut dijeda. Jika Anda mengenali kedua mesin itu, bebaskan mesin yang lama di halaman lisensi Anda lalu aktifkan mesin yang baru:

    { $link }

    Jika tidak, mungkin ada orang lain yang menggunakan kunci lisensi Anda: hubungi penjual.
email-receipt-subject = Kuitansi Anda { $number }
email-receipt-body =
    Halo { $name },

    Terima kasih atas pembelian Anda. Faktur { $number } dengan total { $total } telah dibayar dari dompet Anda.

    Kunci lisensi Anda ada di halaman lisensi Anda:

    { $licenses }

    PDF faktur dapat diunduh kapan saja dari halaman dompet Anda:

    { $billing }
email-sub-license-invite-subject = { $inviter } memberi Anda sebuah lisensi
email-sub-license-invite-body =
    Halo,

    { $inviter } memberi Anda { $seats } slot { $product }, dengan kunci lisensi tersendiri.

    Untuk menggunakannya, masuklah dengan alamat email ini, atau buat akun dengan alamat ini lalu konfirmasikan alamatnya. Lisensi tersebut kemudian akan muncul di halaman lisensi Anda:

    { $link }

    Jika Anda tidak mengenal { $inviter }, abaikan email ini.
email-license-invite-subject = { $store } menerbitkan lisensi untuk Anda
email-license-invite-body =
    Halo,

    { $store } menerbitkan lisensi { $product } ({ $plan }) untuk Anda.

    Untuk menggunakannya, buat akun Anda dengan alamat email ini melalui tautan berikut; lisensi beserta kuncinya kemudian akan ada di halaman lisensi Anda:

    { $link }

    Jika Anda tidak mengharapkan email ini, abaikan saja.
email-top-up-receipt-subject = Dompet Anda telah diisi ulang sebesar { $credited }
email-top-up-receipt-body =
    Halo { $name },

    Pembayaran Anda { $reference } sebesar { $paid } melalui { $gateway } telah diterima, dan { $credited } telah ditambahkan ke dompet Anda.

    Saldo dan riwayat Anda ada di halaman dompet Anda:

    { $billing }
email-transfer-instructions-subject = Transfer bank Anda sebesar { $amount }
email-transfer-instructions-body =
    Halo { $name },

    Untuk mengisi ulang dompet Anda, transfer { $amount } dan cantumkan referensi ini: { $reference }

    { $details }

    Detail yang sama, masing-masing dengan tombol salin, tersedia di halaman ini:

    { $page }

    Dompet Anda akan dikreditkan setelah dana diterima.
email-transfer-account-holder = Nama pemilik rekening
email-transfer-account-number = IBAN atau nomor rekening
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = Bank
email-transfer-bank-address = Alamat bank
email-transfer-no-details = Detail rekening bank untuk mata uang ini belum diatur: silakan hubungi kami sebelum melakukan transfer.
