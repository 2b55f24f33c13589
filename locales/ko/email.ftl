# Plain-text emails. Links stand on their own line so every mail client makes them clickable.

email-verify-subject = 이메일 주소를 확인해 주세요
email-verify-body =
    { $name }님, 안녕하세요.

    { $minutes }분 이내에 아래 링크를 열어 이메일 주소를 확인해 주세요.

    { $link }

    계정을 만든 적이 없으시다면 이 이메일은 무시하셔도 됩니다.
email-registration-attempt-subject = 누군가 고객님의 이메일 주소로 가입을 시도했습니다
email-registration-attempt-body =
    { $name }님, 안녕하세요.

    방금 누군가 고객님의 이메일 주소로 새 계정을 만들려고 했지만, 이 주소에는 이미 계정이 있습니다.
    본인이 시도하신 것이라면 그냥 로그인하세요.

    { $link }

    본인이 시도하지 않으셨다면 아무 조치도 필요하지 않습니다. 변경된 내용은 없습니다.
email-reset-subject = 비밀번호 재설정
email-reset-body =
    { $name }님, 안녕하세요.

    누군가(아마도 고객님 본인)가 고객님 계정의 비밀번호 재설정을 요청했습니다. 새 비밀번호를 설정하려면 { $minutes }분 이내에 아래 링크를 여세요.

    { $link }

    요청하지 않으셨다면 이 이메일은 무시하세요. 비밀번호는 그대로 유지됩니다.
email-clone-suspected-subject = 고객님의 라이선스가 복제된 머신에서 실행 중인 것으로 보입니다
email-clone-suspected-body =
    { $name }님, 안녕하세요.

    방금 두 대의 머신이 고객님의 { $product } 라이선스에 대해 동일한 활성화(기기 “{ $device }”)를 제시했습니다. 이는 보통 라이선스가 들어 있는 디스크 이미지나 가상 머신이 복제되었음을 의미합니다.

    이 활성화는 일시 중지되었습니다. 두 머신 모두 알고 계신 것이라면 라이선스 페이지에서 이전 머신의 시트를 해제하고 새 머신을 활성화하세요.

    { $link }

    알지 못하는 머신이라면 다른 사람이 고객님의 라이선스 키를 사용하고 있을 수 있으니 판매자에게 문의하세요.
email-receipt-subject = 영수증 { $number }
email-receipt-body =
    { $name }님, 안녕하세요.

    구매해 주셔서 감사합니다. 인보이스 { $number }(합계 { $total })이(가) 지갑에서 결제되었습니다.

    라이선스 키는 라이선스 페이지에서 확인하실 수 있습니다.

    { $licenses }

    인보이스 PDF는 지갑 페이지에서 언제든지 다운로드하실 수 있습니다.

    { $billing }
email-sub-license-invite-subject = { $inviter }님이 라이선스를 보냈습니다
email-sub-license-invite-body =
    안녕하세요.

    { $inviter }님이 자체 라이선스 키와 함께 { $product }의 시트 { $seats }개를 보냈습니다.

    사용하려면 이 이메일 주소로 로그인하거나, 이 주소로 계정을 만든 다음 주소를 확인하세요. 그러면 라이선스 페이지에 라이선스가 표시됩니다.

    { $link }

    { $inviter }님을 모르신다면 이 이메일은 무시하세요.
email-license-invite-subject = { $store }에서 라이선스를 발급했습니다
email-license-invite-body =
    안녕하세요.

    { $store }에서 { $product }({ $plan }) 라이선스를 발급했습니다.

    사용하려면 아래 링크를 통해 이 이메일 주소로 계정을 만드세요. 그러면 라이선스 페이지에서 라이선스와 키를 확인할 수 있습니다.

    { $link }

    예상하지 못한 이메일이라면 무시하세요.
email-top-up-receipt-subject = 지갑에 { $credited }이(가) 충전되었습니다
email-top-up-receipt-body =
    { $name }님, 안녕하세요.

    { $gateway }을(를) 통한 { $paid } 결제({ $reference })가 도착하여 지갑에 { $credited }이(가) 추가되었습니다.

    잔액과 내역은 지갑 페이지에서 확인하실 수 있습니다.

    { $billing }
email-transfer-instructions-subject = { $amount } 계좌 이체 안내
email-transfer-instructions-body =
    { $name }님, 안녕하세요.

    지갑을 충전하려면 { $amount }을(를) 이체하시고 다음 참조 번호를 기재해 주세요: { $reference }

    { $details }

    각 항목에 복사 버튼이 있는 동일한 정보를 아래 페이지에서도 확인하실 수 있습니다.

    { $page }

    입금이 확인되면 지갑에 충전됩니다.
email-transfer-account-holder = 예금주
email-transfer-account-number = IBAN 또는 계좌 번호
email-transfer-swift-bic = SWIFT/BIC
email-transfer-bank-name = 은행
email-transfer-bank-address = 은행 주소
email-transfer-no-details = 이 통화의 은행 정보가 아직 설정되지 않았습니다. 이체하기 전에 저희에게 문의해 주세요.
