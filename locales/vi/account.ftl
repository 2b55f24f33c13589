### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = Xác nhận địa chỉ email của bạn
verify-email-intro = Nhấn nút bên dưới để xác nhận địa chỉ email này là của bạn.
verify-email-confirm = Xác nhận địa chỉ email của tôi
verify-email-done = Cảm ơn bạn: địa chỉ email của bạn đã được xác nhận.

## Password reset page

reset-page-title = Chọn mật khẩu mới
reset-new-password = Mật khẩu mới
reset-password-hint = Từ 12 đến 128 ký tự. Không được là một trong những mật khẩu phổ biến nhất và không được là địa chỉ email của bạn.
reset-submit = Đặt mật khẩu mới
reset-done = Mật khẩu của bạn đã được thay đổi và mọi phiên đăng nhập đã kết thúc. Hãy đăng nhập bằng mật khẩu mới.

## First-run setup page

setup-page-title = Tạo quản trị viên đầu tiên
setup-intro = Máy chủ này chưa có quản trị viên. Tài khoản bạn tạo tại đây có thể quản lý mọi thứ; liên kết này chỉ dùng được một lần.
setup-email = Địa chỉ email
setup-name = Tên
setup-password = Mật khẩu
setup-store-name = Tên cửa hàng của bạn
setup-store-name-hint = Hiển thị cho khách hàng ở đầu mỗi trang và trong email. Bạn có thể đổi tên, thêm logo và màu sắc trên trang Thương hiệu.
setup-seller = Bên bán (in trên hóa đơn)
setup-seller-hint = Không bắt buộc lúc này: hãy điền trước lần bán đầu tiên, tại đây hoặc trên trang thanh toán. Nếu không có tên pháp lý, hóa đơn sẽ in tên cửa hàng.
setup-submit = Tạo quản trị viên
setup-done = Tài khoản quản trị viên đã sẵn sàng. Hãy đăng nhập bằng tài khoản này.

## Signing in and up, account settings

nav-sign-up = Tạo tài khoản
nav-sign-out = Đăng xuất
field-email = Địa chỉ email
field-password = Mật khẩu
field-name = Tên
sign-in-title = Đăng nhập
sign-in-submit = Đăng nhập
sign-in-code = Mã dùng một lần
sign-in-code-hint = Mã 6 chữ số trong ứng dụng xác thực của bạn, hoặc một trong các mã khôi phục của bạn.
sign-in-forgot = Quên mật khẩu?
sign-in-no-account = Tạo tài khoản
sign-up-title = Tạo tài khoản
sign-up-submit = Tạo tài khoản
sign-up-done = Cảm ơn bạn. Chúng tôi đã gửi liên kết xác nhận đến địa chỉ bạn đã nhập; hãy mở liên kết đó để xác nhận email, sau đó đăng nhập.
sign-up-invited = Một giấy phép đang chờ bạn. Hãy tạo tài khoản bằng địa chỉ email đã nhận được giấy phép đó.
sign-up-invited-done = Tài khoản của bạn đã sẵn sàng và địa chỉ email đã được xác nhận. Hãy đăng nhập: giấy phép đang chờ bạn nằm trên trang giấy phép của bạn.
forgot-title = Quên mật khẩu?
forgot-submit = Gửi cho tôi liên kết đặt lại mật khẩu
forgot-done = Nếu có tài khoản dùng địa chỉ này, một liên kết để chọn mật khẩu mới đang được gửi đến. Liên kết có hiệu lực trong 30 phút.
account-title = Tài khoản của bạn
account-profile = Hồ sơ
account-email-verified = đã xác nhận
account-email-unverified = chưa xác nhận
account-timezone = Múi giờ
account-digits = Chữ số
account-save = Lưu
account-saved = Các thay đổi của bạn đã được lưu.
account-password = Mật khẩu
account-current-password = Mật khẩu hiện tại
account-change-password = Đổi mật khẩu
account-password-changed = Mật khẩu của bạn đã được thay đổi. Mọi phiên đăng nhập khác đã kết thúc.
account-security = Bảo mật
account-2fa-on = Xác thực hai yếu tố đang bật.
account-2fa-off = Xác thực hai yếu tố đang tắt.
account-sessions-hint = Kết thúc mọi phiên đăng nhập của tài khoản này trên mọi thiết bị, kể cả thiết bị này.
account-sign-out-everywhere = Đăng xuất khỏi mọi nơi

## Two-factor sign-in and API key pages

account-2fa-manage = Quản lý
account-export = Tải xuống dữ liệu của tôi
account-export-hint = Một tệp ZIP chứa các tệp JSON: tài khoản, giấy phép và khóa của chúng, thiết bị, hóa đơn, khoản thanh toán, ví, thông báo và khóa API của bạn (không bao giờ kèm phần bí mật của khóa).
tfa-title = Xác thực hai yếu tố
tfa-intro = Khi bật xác thực hai yếu tố, việc đăng nhập còn cần thêm một mã từ ứng dụng xác thực trên điện thoại của bạn, vì vậy chỉ lấy cắp mật khẩu thôi là không đủ.
tfa-start = Thiết lập
tfa-scan = Quét mã này bằng ứng dụng xác thực của bạn, sau đó nhập mã 6 chữ số mà ứng dụng hiển thị.
tfa-qr-alt = Mã QR cho ứng dụng xác thực của bạn
tfa-secret = Hoặc nhập khóa này:
tfa-confirm = Bật xác thực hai yếu tố
tfa-enabled = Xác thực hai yếu tố đã được bật. Các phiên đăng nhập khác của bạn đã kết thúc; trình duyệt này vẫn giữ trạng thái đăng nhập.
tfa-confirm-password-hint = Mật khẩu giúp xác minh đó là bạn: các phiên đăng nhập khác sẽ kết thúc, trình duyệt này vẫn giữ trạng thái đăng nhập.
tfa-codes-saved = Tôi đã lưu các mã: quay lại tài khoản
tfa-codes-intro = Hãy cất giữ các mã khôi phục này ở nơi an toàn. Mỗi mã chỉ dùng được một lần, phòng khi bạn mất điện thoại. Các mã chỉ được hiển thị lúc này.
tfa-disable = Tắt xác thực hai yếu tố
keys-title = Khóa API
keys-new = Khóa mới
keys-scopes = Quyền
keys-scope-read = Đọc dữ liệu của bạn
keys-scope-licenses = Quản lý giấy phép
keys-scope-releases = Xuất bản bản phát hành
keys-expires = Hết hạn sau (số ngày, không bắt buộc)
keys-create = Tạo khóa
keys-created = Khóa mới của bạn ở bên dưới. Hãy sao chép ngay: khóa chỉ được hiển thị một lần.
keys-yours = Khóa của bạn
keys-none = Bạn chưa có khóa API nào.
keys-prefix = Bắt đầu bằng
keys-revoke = Thu hồi
keys-confirm-revoke = Thu hồi khóa API này? Các script đang dùng khóa sẽ ngừng hoạt động ngay lập tức; không thể hoàn tác thao tác này.
keys-revoked = đã thu hồi
