# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = Bạn nhận được thông báo này vì có tài khoản tại { $seller }. Hãy chọn loại thông báo bạn muốn nhận và nơi nhận trên trang tài khoản của bạn.
notify-open = Mở
notify-unsubscribe = Hủy đăng ký nhận các email này
notify-unsubscribe-intro = Ngừng nhận email loại này? Thông báo bảo mật và các loại khác không bị ảnh hưởng; bạn có thể bật lại từ trang tài khoản của mình.
notify-unsubscribe-confirm = Hủy đăng ký
notify-unsubscribe-done = Hoàn tất: bạn sẽ không còn nhận các email này nữa.

notify-top_up_credited-subject = Ví của bạn đã được nạp { $amount }
notify-top_up_credited-body = Xin chào { $name }, { $amount } đã được cộng vào ví của bạn.
notify-top_up_credited-details = Khoản thanh toán { $reference } trị giá { $paid } qua { $gateway } của bạn đã đến. Số dư và lịch sử giao dịch nằm trên trang ví của bạn.
notify-transfer_confirmed-subject = Khoản chuyển khoản ngân hàng { $amount } của bạn đã đến
notify-transfer_confirmed-body = Xin chào { $name }, chúng tôi đã nhận được khoản chuyển khoản ngân hàng của bạn: { $amount } hiện đã có trong ví của bạn.
notify-transfer_confirmed-details = Mã tham chiếu là { $reference }; bạn đã chuyển { $paid }.
notify-purchase_receipt-subject = Biên nhận cho giao dịch mua của bạn ({ $invoice })
notify-purchase_receipt-body = Xin chào { $name }, cảm ơn bạn đã mua hàng. Hóa đơn { $invoice }, tổng cộng { $amount }, đã được thanh toán bằng ví của bạn. Các khóa giấy phép nằm trên trang giấy phép của bạn; bạn có thể tải xuống tệp PDF của hóa đơn từ trang ví bất cứ lúc nào.
notify-order_failed-subject = Không thể hoàn tất đơn hàng của bạn
notify-order_failed-body = Xin chào { $name }, không thể hoàn tất đơn hàng của bạn. { $reason ->
        [unpaid] Khoản thanh toán không thành công, vì vậy bạn chưa bị trừ tiền. Bạn có thể đặt hàng lại từ cửa hàng.
        [returned] Khoản thanh toán đã bị nhà cung cấp dịch vụ thanh toán thu hồi, vì vậy không có gì được mua.
        [late] Khoản thanh toán đến quá muộn để mua với mức giá đã báo cho bạn. Số tiền { $amount } bạn đã trả nằm trong ví của bạn: hãy mua lại từ cửa hàng bất cứ khi nào bạn muốn.
       *[refused] Cửa hàng không thể bán sản phẩm như đã đặt nữa (mã khuyến mãi đã hết lượt, gói không còn được bán). Số tiền { $amount } bạn đã trả nằm trong ví của bạn.
    }
notify-refund-subject = Bạn đã được hoàn { $amount }
notify-refund-body = Xin chào { $name }, { $amount } từ hóa đơn { $invoice } đã được hoàn vào ví của bạn.
notify-payment_attention-subject = Một khoản thanh toán cần bạn chú ý
notify-payment_attention-body = Xin chào { $name }, một khoản thanh toán { $amount } đang chờ quyết định.
notify-license_issued-subject = Giấy phép { $product } của bạn đã sẵn sàng
notify-license_issued-body = Xin chào { $name }, một giấy phép { $product } ({ $plan }) đã được cấp cho bạn. Khóa giấy phép nằm trên trang giấy phép của bạn.
notify-device_activated-subject = { $product } đã được kích hoạt trên một thiết bị mới
notify-device_activated-body = Xin chào { $name }, giấy phép { $product } của bạn đã được kích hoạt trên { $device }. Nếu đó không phải là bạn, hãy giải phóng suất này từ trang giấy phép của bạn.
notify-seat_freed-subject = Một suất { $product } đã được giải phóng
notify-seat_freed-body = Xin chào { $name }, { $device } không còn chiếm suất của giấy phép { $product } của bạn.
notify-license_expiring-subject = Giấy phép { $product } của bạn sẽ hết hạn sau { $days } ngày
notify-license_expiring-body = Xin chào { $name }, giấy phép { $product } của bạn sẽ hết hạn sau { $days } ngày. Hãy gia hạn để tiếp tục sử dụng { $product } và nhận bản cập nhật.
notify-license_expired-subject = Giấy phép { $product } của bạn đã hết hạn
notify-license_expired-body = Xin chào { $name }, giấy phép { $product } của bạn đã hết hạn.
notify-renewal_upcoming-subject = Giấy phép { $product } của bạn sẽ được gia hạn vào { $date }
notify-renewal_upcoming-body = Xin chào { $name }, giấy phép { $product } của bạn sẽ tự động được gia hạn vào { $date } với giá { $amount }, trừ từ ví của bạn. { $reason ->
        [wallet_short] Ví của bạn hiện chưa đủ số tiền này: hãy nạp tiền trước thời điểm đó, nếu không giấy phép sẽ kết thúc.
       *[other] Ví của bạn đủ để thanh toán.
    } Bạn có thể tắt tự động gia hạn trên trang giấy phép của mình.
notify-license_renewed-subject = Giấy phép { $product } của bạn đã được gia hạn
notify-license_renewed-body = Xin chào { $name }, giấy phép { $product } của bạn đã được tự động gia hạn đến { $date }. Hóa đơn { $invoice }, tổng cộng { $amount }, đã được thanh toán bằng ví của bạn.
notify-renewal_failed-subject = Không thể gia hạn giấy phép { $product } của bạn
notify-renewal_failed-body = Xin chào { $name }, không thể tự động gia hạn giấy phép { $product } của bạn. { $reason ->
        [wallet_short] Phí gia hạn là { $amount } trong khi ví của bạn có { $paid }. Hãy nạp tiền vào ví và gia hạn từ trang giấy phép của bạn.
        [not_for_sale] Gói của giấy phép không còn được bán.
       *[other] Hãy gia hạn từ trang giấy phép của bạn.
    } Giấy phép vẫn giữ khóa và các thiết bị nếu được gia hạn trước { $date }.
notify-clone_suspected-subject = Giấy phép { $product } của bạn có thể đang được dùng trên một thiết bị bị sao chép
notify-clone_suspected-body = Xin chào { $name }, hai máy vừa cùng xuất trình một lượt kích hoạt của giấy phép { $product } của bạn (thiết bị “{ $device }”). Điều này thường có nghĩa là một ảnh đĩa hoặc máy ảo đã bị sao chép cùng với giấy phép trên đó.

    Lượt kích hoạt đã bị tạm dừng. Nếu bạn nhận ra cả hai máy, hãy giải phóng máy cũ trên trang giấy phép của bạn và kích hoạt máy mới. Nếu không, có thể ai đó đang dùng khóa giấy phép của bạn: hãy liên hệ với nhà cung cấp.
notify-license_status-subject = Giấy phép { $product } của bạn hiện { $status ->
        [active] đang hoạt động
        [suspended] bị tạm ngưng
        [expired] đã hết hạn
        [revoked] đã bị thu hồi
       *[other] ở trạng thái “{ $status }”
    }
notify-license_status-body = Xin chào { $name }, trạng thái giấy phép { $product } của bạn đã chuyển thành “{ $status ->
        [active] đang hoạt động
        [suspended] tạm ngưng
        [expired] hết hạn
        [revoked] đã thu hồi
       *[other] { $status }
    }”.
notify-release_published-subject = { $product } { $version } đã ra mắt
notify-release_published-body = Xin chào { $name }, phiên bản { $version } của { $product } đã được xuất bản trên kênh { $channel ->
        [stable] ổn định
        [beta] beta
        [alpha] alpha
       *[other] { $channel }
    }. Bạn có thể tải trên trang tải xuống của mình.
notify-new_sign_in-subject = Có lượt đăng nhập mới vào tài khoản của bạn
notify-new_sign_in-body = Xin chào { $name }, tài khoản của bạn vừa được đăng nhập từ { $device }. Nếu đó không phải là bạn, hãy đổi mật khẩu ngay.
notify-password_changed-subject = Mật khẩu của bạn đã được thay đổi
notify-password_changed-body = Xin chào { $name }, mật khẩu tài khoản của bạn đã được thay đổi. Nếu đó không phải là bạn, hãy đặt lại mật khẩu ngay và liên hệ bộ phận hỗ trợ.
notify-two_factor_changed-subject = Xác thực hai yếu tố đã được { $status ->
        [on] bật
        [off] tắt
       *[other] thay đổi ({ $status })
    }
notify-two_factor_changed-body = Xin chào { $name }, xác thực hai yếu tố cho tài khoản của bạn đã được { $status ->
        [on] bật
        [off] tắt
       *[other] thay đổi ({ $status })
    }. Nếu đó không phải là bạn, hãy liên hệ bộ phận hỗ trợ ngay.
notify-api_key_created-subject = Một khóa API mới đã được tạo
notify-api_key_created-body = Xin chào { $name }, khóa API “{ $key_name }” đã được tạo cho tài khoản của bạn. Nếu đó không phải là bạn, hãy thu hồi khóa ngay.
notify-commission_earned-subject = Bạn đã nhận được { $amount } tiền hoa hồng
notify-commission_earned-body = Xin chào { $name }, một giao dịch mua qua liên kết giới thiệu của bạn đã mang về cho bạn { $amount }. Khoản này được tạm giữ cho đến khi hết thời hạn hoàn tiền.
notify-commission_released-subject = { $amount } tiền hoa hồng giờ đã thuộc về bạn
notify-commission_released-body = Xin chào { $name }, khoản hoa hồng { $amount } đã được chuyển vào ví của bạn.
notify-marketing-subject = { $headline }
notify-marketing-body = Xin chào { $name },

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = Thông báo
notifications-title = Thông báo
notifications-none = Chưa có gì. Những gì xảy ra với giấy phép, khoản thanh toán và tài khoản của bạn sẽ hiển thị tại đây.
notifications-mark-all = Đánh dấu tất cả là đã đọc
notifications-unread = mới
account-notifications-title = Cài đặt thông báo
account-notifications-intro = Với mỗi loại thông báo, hãy chọn nhận qua email và/hoặc trong ứng dụng. Thông báo bảo mật luôn giữ ít nhất một kênh.
account-notifications-save = Lưu cài đặt thông báo
account-notifications-saved = Đã lưu cài đặt thông báo.
account-notifications-security = bảo mật
notify-kind = Loại thông báo
notify-channel-email = Qua email
notify-channel-in_app = Trong ứng dụng
notify-channel-telegram = Telegram
notify-group-transactions = Thanh toán
notify-group-licenses = Giấy phép
notify-group-releases = Bản phát hành
notify-group-security = Bảo mật
notify-group-affiliate = Chương trình tiếp thị liên kết
notify-group-marketing = Tin tức
notify-kind-top_up_credited = Ví đã được nạp tiền
notify-kind-transfer_confirmed = Chuyển khoản ngân hàng đã đến
notify-kind-purchase_receipt = Biên nhận mua hàng
notify-kind-order_failed = Đơn hàng không thể hoàn tất
notify-kind-refund = Hoàn tiền
notify-kind-payment_attention = Khoản thanh toán cần quyết định
notify-kind-license_issued = Giấy phép được cấp cho bạn
notify-kind-device_activated = Kích hoạt trên thiết bị mới
notify-kind-seat_freed = Suất được giải phóng
notify-kind-license_expiring = Giấy phép sắp hết hạn (trước 14 và 3 ngày)
notify-kind-license_expired = Giấy phép đã hết hạn
notify-kind-renewal_upcoming = Sắp tự động gia hạn (trước 7 ngày)
notify-kind-license_renewed = Giấy phép đã được tự động gia hạn
notify-kind-renewal_failed = Tự động gia hạn thất bại
notify-kind-clone_suspected = Thiết bị có thể bị sao chép
notify-kind-license_status = Giấy phép bị tạm ngưng, thu hồi hoặc được khôi phục
notify-kind-release_published = Phiên bản mới
notify-kind-new_sign_in = Đăng nhập từ thiết bị mới
notify-kind-password_changed = Mật khẩu đã thay đổi
notify-kind-two_factor_changed = Xác thực hai yếu tố đã thay đổi
notify-kind-api_key_created = Khóa API đã được tạo
notify-kind-commission_earned = Đã nhận hoa hồng
notify-kind-commission_released = Hoa hồng đã được chi trả
notify-kind-marketing = Tin tức và ưu đãi

# New versions per product, on the notification settings page.
account-releases-title = Phiên bản mới
account-releases-intro = Với mỗi sản phẩm bạn có giấy phép: bạn muốn được báo về những phiên bản nào và ở đâu. Bản beta cũng bao gồm thông báo về bản ổn định; bản alpha bao gồm tất cả.
account-releases-none = Không nhận
account-releases-stable = Bản ổn định
account-releases-beta = Bản beta và bản ổn định
account-releases-alpha = Mọi phiên bản, kể cả bản alpha

# The Telegram bot's replies.
telegram-linked = Xin chào { $name }! Cuộc trò chuyện này đã được liên kết với tài khoản của bạn: các thông báo bạn chọn nhận qua Telegram sẽ được gửi đến đây. Gửi /stop để hủy liên kết.
telegram-unlinked = Cuộc trò chuyện này không còn được liên kết với tài khoản nào. Bạn có thể liên kết lại từ trang tài khoản của mình.
telegram-link-invalid = Liên kết này đã hết hạn hoặc đã được sử dụng. Hãy tạo liên kết mới trên trang tài khoản của bạn.
telegram-help = Để nhận thông báo tại đây, hãy mở liên kết Telegram trên trang tài khoản của bạn. Gửi /stop để hủy liên kết cuộc trò chuyện này.

# Telegram on the notification settings page.
account-telegram-intro = Nhận các thông báo bạn chọn qua Telegram: liên kết tài khoản này với một cuộc trò chuyện cùng bot của cửa hàng.
account-telegram-link = Liên kết Telegram
account-telegram-open = Mở liên kết này trong Telegram trong vòng 15 phút và nhấn Start (Bắt đầu):
account-telegram-linked = Tài khoản này đã được liên kết với một cuộc trò chuyện Telegram.
account-telegram-unlink = Hủy liên kết Telegram

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = Một khoản thanh toán cần quyết định: { $payment } ({ $reason }).
telegram-alert-clone_suspected = Một thiết bị có thể là bản sao: giấy phép { $license }, thiết bị { $device }.
telegram-alert-reconciliation = Đối soát sổ cái đã phát hiện { $count } sai lệch: có thể tiền đã bị tạo ra hoặc bị mất.
telegram-alert-job_dead = Một tác vụ nền đã ngừng thử lại: { $job } ({ $id }). Lỗi gần nhất: { $reason }
