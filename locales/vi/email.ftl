# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = Xác nhận địa chỉ email của bạn
email-verify-body =
    Xin chào { $name },

    Vui lòng xác nhận địa chỉ email của bạn bằng cách mở liên kết này trong vòng { $minutes } phút:

    { $link }

    Nếu bạn không tạo tài khoản, bạn có thể bỏ qua email này.
email-registration-attempt-subject = Có người đã thử đăng ký bằng địa chỉ email của bạn
email-registration-attempt-body =
    Xin chào { $name },

    Vừa có người thử tạo tài khoản mới bằng địa chỉ email của bạn, trong khi địa chỉ này đã có tài khoản.
    Nếu đó là bạn, chỉ cần đăng nhập:

    { $link }

    Nếu không phải bạn, bạn không cần làm gì cả: không có gì bị thay đổi.
email-reset-subject = Đặt lại mật khẩu của bạn
email-reset-body =
    Xin chào { $name },

    Có người (hy vọng là bạn) đã yêu cầu đặt lại mật khẩu cho tài khoản của bạn. Để chọn mật khẩu mới, hãy mở liên kết này trong vòng { $minutes } phút:

    { $link }

    Nếu bạn không yêu cầu việc này, hãy bỏ qua email này: mật khẩu của bạn vẫn được giữ nguyên.
email-clone-suspected-subject = Một giấy phép của bạn dường như đang chạy trên một máy bị sao chép
email-clone-suspected-body =
    Xin chào { $name },

    Hai máy vừa cùng xuất trình một lượt kích hoạt của giấy phép { $product } của bạn (thiết bị "{ $device }"). Điều này thường có nghĩa là một ảnh đĩa hoặc máy ảo đã bị sao chép cùng với giấy phép trên đó.

    Lượt kích hoạt đã bị tạm dừng. Nếu bạn nhận ra cả hai máy, hãy giải phóng máy cũ trên trang giấy phép của bạn và kích hoạt máy mới:

    { $link }

    Nếu bạn không nhận ra, có thể ai đó đang dùng khóa giấy phép của bạn: hãy liên hệ với nhà cung cấp.
email-receipt-subject = Biên nhận { $number } của bạn
email-receipt-body =
    Xin chào { $name },

    Cảm ơn bạn đã mua hàng. Hóa đơn { $number }, tổng cộng { $total }, đã được thanh toán bằng ví của bạn.

    Các khóa giấy phép của bạn nằm trên trang giấy phép:

    { $licenses }

    Bạn có thể tải xuống tệp PDF của hóa đơn từ trang ví bất cứ lúc nào:

    { $billing }
email-sub-license-invite-subject = { $inviter } đã trao cho bạn một giấy phép
email-sub-license-invite-body =
    Xin chào,

    { $inviter } đã trao cho bạn { $seats } suất sử dụng { $product }, kèm một khóa giấy phép riêng.

    Để sử dụng, hãy đăng nhập bằng địa chỉ email này, hoặc tạo tài khoản bằng địa chỉ này và xác nhận địa chỉ. Giấy phép sau đó sẽ xuất hiện trên trang giấy phép của bạn:

    { $link }

    Nếu bạn không biết { $inviter }, hãy bỏ qua email này.
email-license-invite-subject = { $store } đã cấp cho bạn một giấy phép
email-license-invite-body =
    Xin chào,

    { $store } đã cấp cho bạn một giấy phép { $product } ({ $plan }).

    Để sử dụng, hãy tạo tài khoản bằng địa chỉ email này qua liên kết bên dưới; giấy phép và khóa của nó sau đó sẽ nằm trên trang giấy phép của bạn:

    { $link }

    Nếu bạn không mong đợi email này, hãy bỏ qua nó.
email-top-up-receipt-subject = Ví của bạn đã được nạp { $credited }
email-top-up-receipt-body =
    Xin chào { $name },

    Khoản thanh toán { $reference } trị giá { $paid } qua { $gateway } của bạn đã đến, và { $credited } đã được cộng vào ví của bạn.

    Số dư và lịch sử giao dịch nằm trên trang ví của bạn:

    { $billing }
email-transfer-instructions-subject = Khoản chuyển khoản ngân hàng { $amount } của bạn
email-transfer-instructions-body =
    Xin chào { $name },

    Để nạp tiền vào ví, hãy chuyển khoản { $amount } và ghi mã tham chiếu này vào nội dung chuyển khoản: { $reference }

    { $details }

    Các thông tin tương tự, mỗi mục kèm nút sao chép, có trên trang này:

    { $page }

    Ví của bạn sẽ được ghi có khi tiền đến nơi.
email-transfer-account-holder = Chủ tài khoản
email-transfer-account-number = IBAN hoặc số tài khoản
email-transfer-swift-bic = Mã SWIFT/BIC
email-transfer-bank-name = Ngân hàng
email-transfer-bank-address = Địa chỉ ngân hàng
email-transfer-no-details = Thông tin ngân hàng cho loại tiền tệ này chưa được thiết lập: vui lòng liên hệ với chúng tôi trước khi chuyển khoản.
