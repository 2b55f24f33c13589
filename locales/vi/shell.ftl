### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = Tiếng Việt

-brand = RMS License Server

## Layout shared by every page

skip-to-content = Chuyển đến nội dung chính
nav-home = Trang chủ
nav-sign-in = Đăng nhập
nav-api-docs = Tài liệu API
nav-menu = Trình đơn
notice-dismiss = Đóng
language-label = Ngôn ngữ
language-apply = Chuyển
footer-text = { -brand } — hệ thống cấp phép và thanh toán do chính bạn vận hành.
footer-support = Hỗ trợ

## Landing page

landing-page-title = { -brand }
landing-tagline = Bán phần mềm, bảo vệ phần mềm và nhận thanh toán — ngay trên máy chủ của bạn.
landing-intro = { -brand } cấp khóa giấy phép được ký bằng mật mã, gắn chúng với thiết bị hoặc tên miền, kiểm tra chúng cả trực tuyến lẫn ngoại tuyến, bán hàng qua cửa hàng có ví và cổng thanh toán, đồng thời trao đổi với khách hàng bằng chính ngôn ngữ của họ.
landing-feature-keys-title = Khóa không thể giả mạo
landing-feature-keys-body = Mỗi giấy phép đều được ký bằng Ed25519. Phần mềm của bạn xác minh giấy phép bằng khóa công khai, kể cả khi không có kết nối mạng.
landing-feature-store-title = Cửa hàng tính tiền chính xác
landing-feature-store-body = Giá được tính trên máy chủ, mỗi khoản thanh toán được ghi có đúng một lần và mỗi số hóa đơn chỉ được dùng đúng một lần.
landing-feature-scale-title = Một tệp thực thi, từ máy tính xách tay đến cụm máy chủ
landing-feature-scale-body = Bắt đầu chỉ với một lệnh trên cơ sở dữ liệu nhúng; mở rộng lên nhiều nút với PostgreSQL và Redis mà không cần sửa một dòng nào.
landing-cta-sign-in = Đăng nhập
landing-cta-store = Xem cửa hàng
landing-cta-docs = Khám phá API
landing-languages = Hỗ trợ { $count } ngôn ngữ.

## API documentation page

docs-page-title = Tài liệu API
docs-noscript = Tài liệu tham khảo tương tác cần JavaScript. Bản thân tài liệu OpenAPI nằm tại { $url }.

## Error pages

error-page-back = Quay lại trang chủ
error-page-request-id = Mã yêu cầu: { $id }
