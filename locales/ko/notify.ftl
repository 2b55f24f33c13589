# Notifications: one subject (also the in-app title) and one body per kind. Arguments come from
# what happened: $name is always the person's name; links are added below the body by the sender.
# A kind may add `-details`, a paragraph shown only when its arguments are all there (notices
# stored by an older version lack some).

notify-footer = { $seller } 계정을 보유하고 계시기 때문에 이 메시지를 보내 드립니다. 받을 알림의 종류와 받는 방법은 계정 페이지에서 선택할 수 있습니다.
notify-open = 열기
notify-unsubscribe = 이 이메일 수신 거부
notify-unsubscribe-intro = 이 종류의 이메일을 더 이상 받지 않으시겠습니까? 보안 알림과 다른 종류의 알림에는 영향이 없으며, 계정 페이지에서 언제든지 다시 켤 수 있습니다.
notify-unsubscribe-confirm = 수신 거부
notify-unsubscribe-done = 완료되었습니다. 앞으로 이 종류의 이메일은 발송되지 않습니다.

notify-top_up_credited-subject = 지갑에 { $amount }이(가) 충전되었습니다
notify-top_up_credited-body = { $name }님, 지갑에 { $amount }이(가) 추가되었습니다.
notify-top_up_credited-details = { $gateway }을(를) 통한 { $paid } 결제({ $reference })가 도착했습니다. 잔액과 내역은 지갑 페이지에서 확인하실 수 있습니다.
notify-transfer_confirmed-subject = { $amount } 계좌 이체가 입금되었습니다
notify-transfer_confirmed-body = { $name }님, 계좌 이체가 입금되었습니다. 이제 지갑에 { $amount }이(가) 있습니다.
notify-transfer_confirmed-details = 참조 번호: { $reference }, 보내신 금액: { $paid }.
notify-purchase_receipt-subject = 구매 영수증({ $invoice })
notify-purchase_receipt-body = { $name }님, 구매해 주셔서 감사합니다. 인보이스 { $invoice }(합계 { $amount })이(가) 지갑에서 결제되었습니다. 라이선스 키는 라이선스 페이지에서 확인하실 수 있으며, 인보이스 PDF는 지갑 페이지에서 언제든지 다운로드하실 수 있습니다.
notify-order_failed-subject = 주문을 완료할 수 없습니다
notify-order_failed-body = { $name }님, 주문을 완료할 수 없었습니다. { $reason ->
        [unpaid] 결제가 완료되지 않아 청구된 금액은 없습니다. 스토어에서 다시 주문하실 수 있습니다.
        [returned] 결제 대행사에서 결제를 취소하여 구매가 이루어지지 않았습니다.
        [late] 결제가 너무 늦게 도착하여 안내된 가격으로 구매할 수 없었습니다. 결제하신 { $amount }은(는) 지갑에 있으니, 원하실 때 스토어에서 다시 구매하세요.
       *[refused] 스토어에서 더 이상 주문하신 대로 판매할 수 없게 되었습니다(프로모션 코드 소진, 판매가 중단된 플랜 등). 결제하신 { $amount }은(는) 지갑에 있습니다.
    }
notify-refund-subject = { $amount }이(가) 환불되었습니다
notify-refund-body = { $name }님, 인보이스 { $invoice }의 { $amount }이(가) 지갑으로 환불되었습니다.
notify-payment_attention-subject = 확인이 필요한 결제가 있습니다
notify-payment_attention-body = { $name }님, { $amount } 결제가 결정을 기다리고 있습니다.
notify-license_issued-subject = { $product } 라이선스가 준비되었습니다
notify-license_issued-body = { $name }님, { $product }({ $plan }) 라이선스가 발급되었습니다. 키는 라이선스 페이지에서 확인하실 수 있습니다.
notify-device_activated-subject = 새 기기에서 { $product }이(가) 활성화되었습니다
notify-device_activated-body = { $name }님, 고객님의 { $product } 라이선스가 { $device }에서 활성화되었습니다. 본인이 하지 않으셨다면 라이선스 페이지에서 시트를 해제하세요.
notify-seat_freed-subject = { $product } 시트가 해제되었습니다
notify-seat_freed-body = { $name }님, { $device }은(는) 더 이상 고객님의 { $product } 라이선스 시트를 사용하지 않습니다.
notify-license_expiring-subject = { $product } 라이선스가 { $days }일 후 만료됩니다
notify-license_expiring-body = { $name }님, 고객님의 { $product } 라이선스가 { $days }일 후 만료됩니다. { $product }을(를) 계속 사용하고 업데이트를 받으시려면 라이선스를 갱신하세요.
notify-license_expired-subject = { $product } 라이선스가 만료되었습니다
notify-license_expired-body = { $name }님, 고객님의 { $product } 라이선스가 만료되었습니다.
notify-renewal_upcoming-subject = { $product } 라이선스가 { $date }에 갱신됩니다
notify-renewal_upcoming-body = { $name }님, 고객님의 { $product } 라이선스는 { $date }에 자동 갱신되며, 갱신 요금 { $amount }은(는) 지갑에서 차감됩니다. { $reason ->
        [wallet_short] 현재 지갑 잔액이 부족합니다. 그 전에 지갑을 충전하지 않으시면 라이선스가 종료됩니다.
       *[other] 지갑 잔액이 충분합니다.
    } 자동 갱신은 라이선스 페이지에서 끌 수 있습니다.
notify-license_renewed-subject = { $product } 라이선스가 갱신되었습니다
notify-license_renewed-body = { $name }님, 고객님의 { $product } 라이선스가 { $date }까지 자동 갱신되었습니다. 인보이스 { $invoice }(합계 { $amount })이(가) 지갑에서 결제되었습니다.
notify-renewal_failed-subject = { $product } 라이선스를 갱신할 수 없습니다
notify-renewal_failed-body = { $name }님, 고객님의 { $product } 라이선스를 자동으로 갱신할 수 없었습니다. { $reason ->
        [wallet_short] 갱신 요금은 { $amount }이지만 지갑 잔액은 { $paid }입니다. 지갑을 충전한 다음 라이선스 페이지에서 갱신하세요.
        [not_for_sale] 해당 플랜은 더 이상 판매되지 않습니다.
       *[other] 라이선스 페이지에서 갱신하세요.
    } { $date }까지 갱신하시면 키와 기기가 그대로 유지됩니다.
notify-clone_suspected-subject = { $product } 라이선스가 복제된 기기에서 사용 중일 수 있습니다
notify-clone_suspected-body = { $name }님, 방금 두 대의 머신이 고객님의 { $product } 라이선스에 대해 동일한 활성화(기기 “{ $device }”)를 제시했습니다. 이는 보통 라이선스가 들어 있는 디스크 이미지나 가상 머신이 복제되었음을 의미합니다.

    이 활성화는 일시 중지되었습니다. 두 머신 모두 알고 계신 것이라면 라이선스 페이지에서 이전 머신의 시트를 해제하고 새 머신을 활성화하세요. 알지 못하는 머신이라면 다른 사람이 고객님의 라이선스 키를 사용하고 있을 수 있으니 판매자에게 문의하세요.
notify-license_status-subject = { $product } 라이선스 상태가 { $status ->
        [active] ‘활성’으로
        [suspended] ‘일시 중지됨’으로
        [expired] ‘만료됨’으로
        [revoked] ‘폐기됨’으로
       *[other] ‘{ $status }’(으)로
    } 변경되었습니다
notify-license_status-body = { $name }님, 고객님의 { $product } 라이선스 상태가 { $status ->
        [active] ‘활성’으로
        [suspended] ‘일시 중지됨’으로
        [expired] ‘만료됨’으로
        [revoked] ‘폐기됨’으로
       *[other] ‘{ $status }’(으)로
    } 변경되었습니다.
notify-release_published-subject = { $product } { $version } 버전이 출시되었습니다
notify-release_published-body = { $name }님, { $product } { $version } 버전이 { $channel ->
        [stable] 안정
        [beta] 베타
        [alpha] 알파
       *[other] { $channel }
    } 채널에 게시되었습니다. 다운로드 페이지에서 받으실 수 있습니다.
notify-new_sign_in-subject = 계정에 새로운 로그인이 있습니다
notify-new_sign_in-body = { $name }님, 방금 { $device }에서 고객님의 계정에 로그인이 있었습니다. 본인이 아니라면 지금 바로 비밀번호를 변경하세요.
notify-password_changed-subject = 비밀번호가 변경되었습니다
notify-password_changed-body = { $name }님, 고객님 계정의 비밀번호가 변경되었습니다. 본인이 변경하지 않으셨다면 지금 바로 비밀번호를 재설정하고 고객 지원팀에 문의하세요.
notify-two_factor_changed-subject = 2단계 인증이 { $status ->
        [on] 켜졌습니다
        [off] 꺼졌습니다
       *[other] ‘{ $status }’ 상태로 변경되었습니다
    }
notify-two_factor_changed-body = { $name }님, 고객님 계정의 2단계 인증이 { $status ->
        [on] 켜졌습니다
        [off] 꺼졌습니다
       *[other] ‘{ $status }’ 상태로 변경되었습니다
    }. 본인이 변경하지 않으셨다면 지금 바로 고객 지원팀에 문의하세요.
notify-api_key_created-subject = 새 API 키가 생성되었습니다
notify-api_key_created-body = { $name }님, 고객님의 계정에 API 키 “{ $key_name }”이(가) 생성되었습니다. 본인이 만들지 않으셨다면 지금 바로 폐기하세요.
notify-commission_earned-subject = { $amount }의 커미션이 적립되었습니다
notify-commission_earned-body = { $name }님, 고객님의 추천 링크를 통한 구매로 { $amount }의 커미션이 적립되었습니다. 커미션은 환불 가능 기간이 끝날 때까지 보류됩니다.
notify-commission_released-subject = { $amount }의 커미션이 지급되었습니다
notify-commission_released-body = { $name }님, { $amount }의 커미션이 지갑으로 지급되었습니다.
notify-marketing-subject = { $headline }
notify-marketing-body = { $name }님, 안녕하세요.

    { $text }

# The notifications page, the header's bell, and the choices per kind.
nav-notifications = 알림
notifications-title = 알림
notifications-none = 아직 알림이 없습니다. 라이선스, 결제, 계정과 관련된 소식이 여기에 표시됩니다.
notifications-mark-all = 모두 읽음으로 표시
notifications-unread = 새 알림
account-notifications-title = 알림 설정
account-notifications-intro = 알림 종류별로 이메일과 앱에서 받을지 선택하세요. 보안 알림은 항상 하나 이상의 방법으로 받게 됩니다.
account-notifications-save = 알림 설정 저장
account-notifications-saved = 알림 설정이 저장되었습니다.
account-notifications-security = 보안
notify-kind = 알림
notify-channel-email = 이메일
notify-channel-in_app = 앱 내
notify-channel-telegram = Telegram
notify-group-transactions = 결제
notify-group-licenses = 라이선스
notify-group-releases = 릴리스
notify-group-security = 보안
notify-group-affiliate = 제휴 프로그램
notify-group-marketing = 소식
notify-kind-top_up_credited = 지갑 충전
notify-kind-transfer_confirmed = 계좌 이체 입금
notify-kind-purchase_receipt = 구매 영수증
notify-kind-order_failed = 완료되지 않은 주문
notify-kind-refund = 환불
notify-kind-payment_attention = 결정이 필요한 결제
notify-kind-license_issued = 라이선스 발급
notify-kind-device_activated = 새 기기에서 활성화
notify-kind-seat_freed = 시트 해제
notify-kind-license_expiring = 라이선스 만료 예정(14일 전 및 3일 전)
notify-kind-license_expired = 라이선스 만료
notify-kind-renewal_upcoming = 자동 갱신 예정(7일 전)
notify-kind-license_renewed = 라이선스 자동 갱신
notify-kind-renewal_failed = 자동 갱신 실패
notify-kind-clone_suspected = 복제가 의심되는 기기
notify-kind-license_status = 라이선스 일시 중지, 폐기 또는 복원
notify-kind-release_published = 새 버전
notify-kind-new_sign_in = 새 기기에서 로그인
notify-kind-password_changed = 비밀번호 변경
notify-kind-two_factor_changed = 2단계 인증 변경
notify-kind-api_key_created = API 키 생성
notify-kind-commission_earned = 커미션 적립
notify-kind-commission_released = 커미션 지급
notify-kind-marketing = 소식 및 혜택

# New versions per product, on the notification settings page.
account-releases-title = 새 버전
account-releases-intro = 라이선스를 보유한 제품별로 어떤 버전의 소식을 어디서 받을지 선택하세요. 베타를 선택하면 안정 버전 소식도, 알파를 선택하면 모든 버전 소식을 받습니다.
account-releases-none = 받지 않음
account-releases-stable = 안정 버전
account-releases-beta = 베타 및 안정 버전
account-releases-alpha = 알파를 포함한 모든 버전

# The Telegram bot's replies.
telegram-linked = { $name }님, 안녕하세요! 이제 이 채팅이 고객님의 계정에 연결되었습니다. Telegram으로 받도록 선택한 알림이 여기로 전송됩니다. 연결을 해제하려면 /stop 명령을 보내세요.
telegram-unlinked = 이 채팅은 더 이상 계정에 연결되어 있지 않습니다. 계정 페이지에서 다시 연결할 수 있습니다.
telegram-link-invalid = 이 링크는 만료되었거나 이미 사용되었습니다. 계정 페이지에서 새 링크를 만드세요.
telegram-help = 여기서 알림을 받으려면 계정 페이지에 있는 Telegram 링크를 여세요. 이 채팅의 연결을 해제하려면 /stop 명령을 보내세요.

# Telegram on the notification settings page.
account-telegram-intro = 선택한 알림을 Telegram으로 받아 보세요. 이 계정을 스토어 봇과의 채팅에 연결하면 됩니다.
account-telegram-link = Telegram 연결
account-telegram-open = 15분 이내에 Telegram에서 이 링크를 열고 시작(Start)을 누르세요:
account-telegram-linked = 이 계정은 Telegram 채팅에 연결되어 있습니다.
account-telegram-unlink = Telegram 연결 해제

# Alerts to the admins' Telegram chat.
telegram-alert-payment_review = 결정이 필요한 결제가 있습니다: { $payment }({ $reason }).
telegram-alert-clone_suspected = 복제된 것으로 의심되는 기기가 있습니다: 라이선스 { $license }, 기기 { $device }.
telegram-alert-reconciliation = 원장 대사에서 { $count }건의 불일치가 발견되었습니다. 금액이 생성되거나 유실되었을 수 있습니다.
telegram-alert-job_dead = 백그라운드 작업이 포기되었습니다: { $job }({ $id }). 마지막 오류: { $reason }
