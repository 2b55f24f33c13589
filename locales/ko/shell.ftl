### Layout shared by every page: language selector, navigation, landing, docs and error pages.

# The language's name for itself, shown in the language selector.
language-name = 한국어

-brand = RMS License Server

## Layout shared by every page

skip-to-content = 본문으로 건너뛰기
nav-home = 홈
nav-sign-in = 로그인
nav-api-docs = API 문서
nav-menu = 메뉴
notice-dismiss = 닫기
language-label = 언어
language-apply = 변경
footer-text = { -brand } — 직접 호스팅하는 라이선스 관리 및 결제 플랫폼.
footer-support = 고객 지원

## Landing page

landing-page-title = { -brand }
landing-tagline = 소프트웨어를 판매하고, 보호하고, 대금을 받으세요 — 모두 자체 서버에서.
landing-intro = { -brand }는 암호 서명된 라이선스 키를 발급하고, 이를 기기나 도메인에 연결하며, 온라인과 오프라인에서 모두 검증합니다. 지갑과 결제 게이트웨이를 갖춘 스토어로 판매하고, 고객의 언어로 고객과 소통합니다.
landing-feature-keys-title = 위조할 수 없는 키
landing-feature-keys-body = 모든 라이선스는 Ed25519로 서명됩니다. 소프트웨어는 공개 키로 라이선스를 검증하므로 네트워크에 연결되어 있지 않아도 확인할 수 있습니다.
landing-feature-store-title = 금액을 정확하게 처리하는 스토어
landing-feature-store-body = 가격은 서버에서 계산되며, 모든 결제는 정확히 한 번만 입금 처리되고, 모든 인보이스 번호는 정확히 한 번만 사용됩니다.
landing-feature-scale-title = 노트북부터 클러스터까지, 하나의 바이너리로
landing-feature-scale-body = 내장 데이터베이스로 명령 하나만 실행하면 시작할 수 있습니다. 코드를 한 줄도 바꾸지 않고 PostgreSQL과 Redis를 사용해 여러 노드로 확장할 수 있습니다.
landing-cta-sign-in = 로그인
landing-cta-store = 스토어 둘러보기
landing-cta-docs = API 살펴보기
landing-languages = { $count }개 언어로 제공됩니다.

## API documentation page

docs-page-title = API 문서
docs-noscript = 대화형 API 레퍼런스를 사용하려면 JavaScript가 필요합니다. OpenAPI 문서 자체는 { $url } 에서 볼 수 있습니다.

## Error pages

error-page-back = 홈페이지로 돌아가기
error-page-request-id = 요청 ID: { $id }
