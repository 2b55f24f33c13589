### Accounts: verification, password reset, first-run setup, signing in, settings, two-factor, API keys.

## Email verification page

verify-email-page-title = 이메일 주소 확인
verify-email-intro = 이 이메일 주소가 본인의 주소인지 확인하려면 버튼을 누르세요.
verify-email-confirm = 내 이메일 주소 확인
verify-email-done = 감사합니다. 이메일 주소가 확인되었습니다.

## Password reset page

reset-page-title = 새 비밀번호 설정
reset-new-password = 새 비밀번호
reset-password-hint = 12~128자. 가장 흔히 사용되는 비밀번호나 이메일 주소는 사용할 수 없습니다.
reset-submit = 새 비밀번호 설정
reset-done = 비밀번호가 변경되었으며 모든 세션이 종료되었습니다. 새 비밀번호로 로그인하세요.

## First-run setup page

setup-page-title = 첫 관리자 만들기
setup-intro = 이 서버에는 아직 관리자가 없습니다. 여기서 만드는 계정은 모든 것을 관리할 수 있으며, 이 링크는 한 번만 사용할 수 있습니다.
setup-email = 이메일 주소
setup-name = 이름
setup-password = 비밀번호
setup-store-name = 스토어 이름
setup-store-name-hint = 모든 페이지의 상단과 이메일에서 고객에게 표시됩니다. 브랜드 페이지에서 이름을 변경하고 로고와 색상을 추가할 수 있습니다.
setup-seller = 판매자 정보(인보이스에 표시됨)
setup-seller-hint = 지금은 선택 사항입니다. 첫 판매 전에 여기 또는 청구 페이지에서 입력하세요. 법인명이 없으면 인보이스에 스토어 이름이 표시됩니다.
setup-submit = 관리자 만들기
setup-done = 관리자 계정이 준비되었습니다. 이 계정으로 로그인하세요.

## Signing in and up, account settings

nav-sign-up = 계정 만들기
nav-sign-out = 로그아웃
field-email = 이메일 주소
field-password = 비밀번호
field-name = 이름
sign-in-title = 로그인
sign-in-submit = 로그인
sign-in-code = 일회용 코드
sign-in-code-hint = 인증 앱에 표시된 6자리 코드 또는 복구 코드 중 하나를 입력하세요.
sign-in-forgot = 비밀번호를 잊으셨나요?
sign-in-no-account = 계정 만들기
sign-up-title = 계정 만들기
sign-up-submit = 계정 만들기
sign-up-done = 감사합니다. 입력하신 주소로 확인 링크를 보냈습니다. 링크를 열어 이메일 주소를 확인한 다음 로그인하세요.
sign-up-invited = 받으실 라이선스가 있습니다. 라이선스를 받은 이메일 주소로 계정을 만드세요.
sign-up-invited-done = 계정이 준비되었고 이메일 주소도 확인되었습니다. 로그인하세요. 받으신 라이선스는 라이선스 페이지에 있습니다.
forgot-title = 비밀번호를 잊으셨나요?
forgot-submit = 재설정 링크 보내기
forgot-done = 이 주소를 사용하는 계정이 있으면 새 비밀번호를 설정할 수 있는 링크를 보내 드립니다. 링크는 30분 동안 유효합니다.
account-title = 내 계정
account-profile = 프로필
account-email-verified = 확인됨
account-email-unverified = 아직 확인되지 않음
account-timezone = 시간대
account-digits = 숫자
account-save = 저장
account-saved = 변경 사항이 저장되었습니다.
account-password = 비밀번호
account-current-password = 현재 비밀번호
account-change-password = 비밀번호 변경
account-password-changed = 비밀번호가 변경되었습니다. 다른 모든 세션이 종료되었습니다.
account-security = 보안
account-2fa-on = 2단계 인증이 켜져 있습니다.
account-2fa-off = 2단계 인증이 꺼져 있습니다.
account-sessions-hint = 현재 기기를 포함해 모든 기기에서 이 계정의 모든 세션을 종료합니다.
account-sign-out-everywhere = 모든 기기에서 로그아웃

## Two-factor sign-in and API key pages

account-2fa-manage = 관리
account-export = 내 데이터 다운로드
account-export-hint = 계정, 라이선스와 라이선스 키, 기기, 인보이스, 결제, 지갑, 알림, API 키(비밀 값은 제외)가 담긴 JSON 파일들의 ZIP입니다.
tfa-title = 2단계 인증
tfa-intro = 2단계 인증을 사용하면 로그인할 때 휴대폰 인증 앱의 코드도 필요하므로, 비밀번호가 유출되더라도 그것만으로는 로그인할 수 없습니다.
tfa-start = 설정하기
tfa-scan = 인증 앱으로 이 코드를 스캔한 다음, 앱에 표시된 6자리 코드를 입력하세요.
tfa-qr-alt = 인증 앱용 QR 코드
tfa-secret = 또는 이 키를 직접 입력하세요:
tfa-confirm = 2단계 인증 켜기
tfa-enabled = 2단계 인증이 켜졌습니다. 다른 세션은 종료되었으며, 이 브라우저는 로그인 상태로 유지됩니다.
tfa-confirm-password-hint = 비밀번호로 본인임을 확인합니다. 다른 세션은 종료되고, 이 브라우저는 로그인 상태로 유지됩니다.
tfa-codes-saved = 저장했습니다. 내 계정으로 돌아가기
tfa-codes-intro = 이 복구 코드를 안전한 곳에 보관하세요. 휴대폰을 분실했을 때 각 코드를 한 번씩 사용할 수 있습니다. 코드는 지금만 표시됩니다.
tfa-disable = 2단계 인증 끄기
keys-title = API 키
keys-new = 새 키
keys-scopes = 권한
keys-scope-read = 내 데이터 읽기
keys-scope-licenses = 라이선스 관리
keys-scope-releases = 릴리스 게시
keys-expires = 만료 기간(일, 선택 사항)
keys-create = 키 만들기
keys-created = 새 키가 아래에 있습니다. 지금 복사하세요. 키는 한 번만 표시됩니다.
keys-yours = 내 키
keys-none = 아직 API 키가 없습니다.
keys-prefix = 시작 문자
keys-revoke = 폐기
keys-confirm-revoke = 이 API 키를 폐기하시겠습니까? 이 키를 사용하는 스크립트는 즉시 작동을 멈추며, 되돌릴 수 없습니다.
keys-revoked = 폐기됨
