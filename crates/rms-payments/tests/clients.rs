//! Each gateway's client against a wiremock fake built from payments.md: what we send (auth,
//! signatures, correlation ids, amounts as strings), what we read back, and how failures are
//! classified. No test reaches the internet.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use base64::Engine;
use md5::{Digest, Md5};
use rms_payments::registry::{self, Settings};
use rms_payments::{GatewayAmount, GatewayError, Headers, Order, PaymentGateway, PaymentState, Refused, paypal};
use serde_json::{Value, json};
use url::Url;
use wiremock::matchers::{body_partial_json, body_string_contains, header, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn gateway(name: &str, server: &MockServer, credentials: &[(&str, &str)]) -> Box<dyn PaymentGateway> {
    let settings = Settings {
        api_base_url: Url::parse(&server.uri()).unwrap(),
        credentials: credentials.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<BTreeMap<_, _>>(),
    };
    registry::find(name).unwrap().build(&settings).unwrap()
}

fn order() -> Order {
    Order {
        order_id: "0193a8f0-0000-7000-8000-000000000001".into(),
        amount: GatewayAmount::from_minor(1000, 2, "USD"),
        description: "Wallet top-up".into(),
        return_url: Url::parse("https://shop.example/pay/return").unwrap(),
        cancel_url: Url::parse("https://shop.example/pay/cancel").unwrap(),
        notify_url: Url::parse("https://shop.example/webhooks/x").unwrap(),
    }
}

async fn paypal_fake() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/oauth2/token"))
        .and(header("authorization", "Basic aWQ6c2VjcmV0"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "A21AA-token", "token_type": "Bearer", "expires_in": 32400, "app_id": "APP-1"
        })))
        .expect(1)
        .mount(&server)
        .await;
    server
}

fn paypal(server: &MockServer) -> Box<dyn PaymentGateway> {
    gateway("paypal", server, &[("client_id", "id"), ("client_secret", "secret"), ("webhook_id", "WH123")])
}

fn captured_order(capture_status: &str) -> Value {
    json!({
        "id": "5O190127TN364715T", "status": "COMPLETED",
        "purchase_units": [{"reference_id": "default", "custom_id": order().order_id,
            "payments": {"captures": [{"id": "3C679366HH908993F", "status": capture_status,
                "custom_id": order().order_id, "amount": {"currency_code": "USD", "value": "10.00"}}]}}]
    })
}

#[tokio::test]
async fn paypal_creates_an_order_with_our_id_and_caches_its_token() {
    let server = paypal_fake().await;
    Mock::given(method("POST"))
        .and(path("/v2/checkout/orders"))
        .and(header("authorization", "Bearer A21AA-token"))
        .and(header("paypal-request-id", "order-0193a8f0-0000-7000-8000-000000000001"))
        .and(body_partial_json(json!({
            "intent": "CAPTURE",
            "purchase_units": [{"custom_id": order().order_id, "amount": {"currency_code": "USD", "value": "10.00"}}],
            "payment_source": {"paypal": {"experience_context": {"return_url": "https://shop.example/pay/return"}}}
        })))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "5O190127TN364715T", "status": "PAYER_ACTION_REQUIRED",
            "links": [{"href": "https://www.sandbox.paypal.com/checkoutnow?token=5O190127TN364715T", "rel": "payer-action", "method": "GET"}]
        })))
        .expect(2)
        .mount(&server)
        .await;
    let paypal = paypal(&server);
    for _ in 0..2 {
        let created = paypal.create(&order()).await.unwrap();
        assert_eq!(created.gateway_ref, "5O190127TN364715T");
        assert_eq!(created.pay_url.as_str(), "https://www.sandbox.paypal.com/checkoutnow?token=5O190127TN364715T");
    }
}

#[tokio::test]
async fn paypal_captures_on_return_and_a_repeated_capture_reads_the_order() {
    let server = paypal_fake().await;
    Mock::given(method("POST"))
        .and(path("/v2/checkout/orders/5O190127TN364715T/capture"))
        .and(header("paypal-request-id", "capture-5O190127TN364715T"))
        .respond_with(ResponseTemplate::new(201).set_body_json(captured_order("COMPLETED")))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2/checkout/orders/5O190127TN364715T/capture"))
        .respond_with(ResponseTemplate::new(422).set_body_json(json!({"name": "UNPROCESSABLE_ENTITY",
            "details": [{"issue": "ORDER_ALREADY_CAPTURED"}]})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/checkout/orders/5O190127TN364715T"))
        .respond_with(ResponseTemplate::new(200).set_body_json(captured_order("COMPLETED")))
        .mount(&server)
        .await;
    let paypal = paypal(&server);
    for _ in 0..2 {
        let seen = paypal.complete("5O190127TN364715T").await.unwrap();
        assert_eq!(seen.state, PaymentState::Paid);
        assert_eq!(seen.gateway_payment_id, "3C679366HH908993F", "credits are keyed by the capture id");
        assert!(seen.amount.unwrap().same_as(&order().amount));
        assert_eq!(seen.order_id.as_deref(), Some(order().order_id.as_str()));
    }
}

#[tokio::test]
async fn a_pending_paypal_capture_is_not_paid() {
    let server = paypal_fake().await;
    Mock::given(method("GET"))
        .and(path("/v2/checkout/orders/5O190127TN364715T"))
        .respond_with(ResponseTemplate::new(200).set_body_json(captured_order("PENDING")))
        .mount(&server)
        .await;
    let seen = paypal(&server).read_back("5O190127TN364715T", None).await.unwrap();
    assert_eq!(seen.state, PaymentState::Pending);
}

/// A PayPal client (not behind the port) whose certificate cache tests can seed.
fn paypal_client(server: &MockServer) -> paypal::PayPal {
    paypal::PayPal::new(paypal::Config {
        api_base: Url::parse(&server.uri()).unwrap(),
        client_id: "id".into(),
        client_secret: "secret".into(),
        webhook_id: "WH123".into(),
    })
}

fn paypal_vector() -> (Headers, Vec<u8>, Vec<u8>) {
    let path = format!("{}/tests/vectors/payment-vectors.json", env!("CARGO_MANIFEST_DIR"));
    let all: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let v = &all[0];
    let headers = v["headers"].as_object().unwrap().iter().map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned()));
    (
        Headers::new(headers),
        v["body"].as_str().unwrap().as_bytes().to_vec(),
        v["cert_pem"].as_str().unwrap().as_bytes().to_vec(),
    )
}

#[tokio::test]
async fn paypal_asks_its_verify_api_when_the_certificate_cannot_be_used() {
    let server = paypal_fake().await;
    let (headers, body, cert) = paypal_vector();
    Mock::given(method("POST"))
        .and(path("/v1/notifications/verify-webhook-signature"))
        .and(body_partial_json(json!({"webhook_id": "WH123", "auth_algo": "SHA256withRSA",
            "transmission_id": "afa30d40-ca4a-11e9-ab68-7d4e2605c70c"})))
        // The event goes back byte for byte, not re-serialised.
        .and(body_string_contains(std::str::from_utf8(&body).unwrap()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"verification_status": "SUCCESS"})))
        .expect(1)
        .mount(&server)
        .await;
    let gateway = paypal_client(&server);
    // The vector's certificate (expired today) is in the cache: nothing is fetched from PayPal.
    gateway.remember_certificate(headers.get("PAYPAL-CERT-URL").unwrap(), cert).await;
    let verified = gateway.verify(&headers, &body).await.unwrap();
    assert_eq!(verified.event_id, "WH-7MU294299R542214K-4N1831857K851783H");
    assert_eq!(verified.kind, "PAYMENTS.PAYMENT.CREATED");
    assert!(verified.observation.is_none(), "a v1 payment event is not an Orders v2 capture");
}

#[tokio::test]
async fn paypal_verify_api_down_means_retry_later_and_failure_means_refused() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/oauth2/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"access_token": "t", "expires_in": 3600})))
        .mount(&server)
        .await;
    let verify = Mock::given(method("POST")).and(path("/v1/notifications/verify-webhook-signature"));
    verify.respond_with(ResponseTemplate::new(503)).up_to_n_times(1).mount(&server).await;
    Mock::given(method("POST"))
        .and(path("/v1/notifications/verify-webhook-signature"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"verification_status": "FAILURE"})))
        .mount(&server)
        .await;
    let gateway = paypal_client(&server);
    let (headers, body, cert) = paypal_vector();
    gateway.remember_certificate(headers.get("PAYPAL-CERT-URL").unwrap(), cert).await;
    let down = gateway.verify(&headers, &body).await;
    assert!(matches!(down, Err(Refused::Unavailable(_))), "{down:?}");
    let failed = gateway.verify(&headers, &body).await;
    assert!(matches!(failed, Err(Refused::BadSignature(_))), "{failed:?}");
}

#[tokio::test]
async fn a_paypal_certificate_url_off_the_allow_list_is_refused_before_any_call() {
    let server = MockServer::start().await;
    let (headers, body, _) = paypal_vector();
    let mut pairs: Vec<(String, String)> =
        ["PAYPAL-TRANSMISSION-ID", "PAYPAL-TRANSMISSION-TIME", "PAYPAL-TRANSMISSION-SIG", "PAYPAL-AUTH-ALGO"]
            .iter()
            .map(|h| (h.to_string(), headers.get(h).unwrap().to_owned()))
            .collect();
    pairs.push(("PAYPAL-CERT-URL".into(), format!("{}/v1/notifications/certs/CERT-1", server.uri())));
    let refused = paypal(&server).verify(&Headers::new(pairs), &body).await;
    assert!(matches!(refused, Err(Refused::Unverifiable(_))), "{refused:?}");
    assert!(server.received_requests().await.unwrap().is_empty(), "nothing was fetched or asked");
}

/// Cryptomus signs requests with md5(base64(body) + key): the fake checks it like the gateway.
struct SignedByCryptomus;

impl wiremock::Match for SignedByCryptomus {
    fn matches(&self, request: &Request) -> bool {
        let mut md5 = Md5::new();
        md5.update(base64::engine::general_purpose::STANDARD.encode(&request.body).as_bytes());
        md5.update(b"payment-key");
        let want = hex::encode(md5.finalize());
        request.headers.get("sign").and_then(|v| v.to_str().ok()) == Some(want.as_str())
            && request.headers.get("merchant").and_then(|v| v.to_str().ok())
                == Some("8b03432e-385b-4670-8d06-064591096795")
    }
}

fn cryptomus(server: &MockServer) -> Box<dyn PaymentGateway> {
    gateway(
        "cryptomus",
        server,
        &[("merchant_id", "8b03432e-385b-4670-8d06-064591096795"), ("payment_api_key", "payment-key")],
    )
}

#[tokio::test]
async fn cryptomus_creates_a_signed_invoice_and_reads_it_back() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/payment"))
        .and(SignedByCryptomus)
        .and(body_partial_json(json!({"amount": "10.00", "currency": "USD", "order_id": order().order_id,
            "url_callback": "https://shop.example/webhooks/x"})))
        .respond_with(ResponseTemplate::new(200).set_body_string(
            r#"{"state":0,"result":{"uuid":"26109ba0-b05b-4ee0-93d1-fd62c822ce95","order_id":"0193a8f0-0000-7000-8000-000000000001","amount":"10.00","payment_status":"check","url":"https:\/\/pay.cryptomus.com\/pay\/26109ba0-b05b-4ee0-93d1-fd62c822ce95","is_final":false,"currency":"USD"}}"#,
        ))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/payment/info"))
        .and(SignedByCryptomus)
        .and(body_partial_json(json!({"uuid": "26109ba0-b05b-4ee0-93d1-fd62c822ce95"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"state": 0, "result": {
            "uuid": "26109ba0-b05b-4ee0-93d1-fd62c822ce95", "order_id": order().order_id, "amount": "10.00",
            "payment_amount": "10.00000000", "currency": "USD", "payment_status": "paid", "is_final": true}})))
        .mount(&server)
        .await;
    let gateway = cryptomus(&server);
    let created = gateway.create(&order()).await.unwrap();
    assert_eq!(created.pay_url.as_str(), "https://pay.cryptomus.com/pay/26109ba0-b05b-4ee0-93d1-fd62c822ce95");
    let seen = gateway.read_back(&created.gateway_ref, None).await.unwrap();
    assert_eq!((seen.state, seen.order_id.as_deref()), (PaymentState::Paid, Some(order().order_id.as_str())));
    assert!(seen.amount.unwrap().same_as(&order().amount));
}

#[tokio::test]
async fn an_error_envelope_is_a_refusal_and_a_5xx_is_worth_retrying() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/payment"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"state": 1, "message": "Merchant not found"})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/payment/info"))
        .respond_with(ResponseTemplate::new(502))
        .mount(&server)
        .await;
    let gateway = cryptomus(&server);
    let refused = gateway.create(&order()).await;
    assert!(
        matches!(&refused, Err(GatewayError::Refused { detail, .. }) if detail == "Merchant not found"),
        "{refused:?}"
    );
    let down = gateway.read_back("x", None).await.unwrap_err();
    assert!(down.is_transient(), "{down:?}");
}

#[tokio::test]
async fn nowpayments_creates_a_hosted_invoice_and_reads_payments_back() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/invoice"))
        .and(header("x-api-key", "np-key"))
        .and(body_partial_json(json!({"price_amount": 10.0, "price_currency": "usd", "order_id": order().order_id,
            "ipn_callback_url": "https://shop.example/webhooks/x"})))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({
            "id": "4522625843", "order_id": order().order_id, "price_amount": "10",
            "invoice_url": "https://nowpayments.io/payment/?iid=4522625843"})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/payment/5077125051"))
        .and(header("x-api-key", "np-key"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "payment_id": 5077125051u64, "invoice_id": 4522625843u64, "payment_status": "finished",
            "price_amount": 10, "price_currency": "usd", "order_id": order().order_id, "actually_paid": 0.00016})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/payment/"))
        .and(query_param("invoiceId", "4522625843"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": [
            {"payment_id": 2, "parent_payment_id": 1, "payment_status": "finished", "price_amount": 3, "price_currency": "usd"},
            {"payment_id": 1, "payment_status": "confirming", "price_amount": 10, "price_currency": "usd"}]})))
        .mount(&server)
        .await;
    let gateway = gateway("nowpayments", &server, &[("api_key", "np-key"), ("ipn_secret", "s")]);
    let created = gateway.create(&order()).await.unwrap();
    assert_eq!(created.gateway_ref, "4522625843");
    let seen = gateway.read_back(&created.gateway_ref, Some("5077125051")).await.unwrap();
    assert_eq!((seen.state, seen.gateway_payment_id.as_str()), (PaymentState::Paid, "5077125051"));
    let by_invoice = gateway.read_back(&created.gateway_ref, None).await.unwrap();
    assert_eq!(
        (by_invoice.state, by_invoice.gateway_payment_id.as_str()),
        (PaymentState::Pending, "1"),
        "the original payment decides, not a re-deposit"
    );
}

#[tokio::test]
async fn plisio_creates_an_invoice_priced_in_our_currency_with_a_json_callback() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/invoices/new"))
        .and(query_param("api_key", "plisio-key"))
        .and(query_param("source_currency", "USD"))
        .and(query_param("source_amount", "10.00"))
        .and(query_param("order_number", order().order_id.as_str()))
        .and(query_param("callback_url", "https://shop.example/webhooks/x?json=true"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"status": "success", "data": {
            "txn_id": "5ee0e502283675293c450d0e", "invoice_url": "https://plisio.net/invoice/5ee0e502283675293c450d0e"}})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/operations/5ee0e502283675293c450d0e"))
        .and(query_param("api_key", "plisio-key"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"status": "success", "data": {
            "id": "5ee0e502283675293c450d0e", "status": "completed", "order_number": order().order_id,
            "amount": "0.00051200", "invoice_total_sum": "0.00051200", "currency": "BTC",
            "source_amount": "10.00", "source_currency": "USD"}})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/operations/missing"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"status": "error", "data": {"name": "NotFound", "message": "Operation not found", "code": 404}}),
        ))
        .mount(&server)
        .await;
    let gateway = gateway("plisio", &server, &[("secret_key", "plisio-key")]);
    let created = gateway.create(&order()).await.unwrap();
    assert_eq!(created.gateway_ref, "5ee0e502283675293c450d0e");
    let seen = gateway.read_back(&created.gateway_ref, None).await.unwrap();
    assert_eq!(seen.state, PaymentState::Paid);
    assert!(seen.amount.unwrap().same_as(&order().amount));
    let missing = gateway.read_back("missing", None).await;
    assert!(matches!(missing, Err(GatewayError::Refused { .. })), "{missing:?}");
}

#[tokio::test]
async fn nowpayments_quotes_from_its_estimate_endpoint_and_an_unpriced_pair_is_no_quote() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/estimate"))
        .and(header("x-api-key", "np-key"))
        .and(query_param("amount", "1000"))
        .and(query_param("currency_from", "usd"))
        .and(query_param("currency_to", "eur"))
        .respond_with(ResponseTemplate::new(200).set_body_string(
            r#"{"currency_from":"usd","amount_from":1000,"currency_to":"eur","estimated_amount":923.41}"#,
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/estimate"))
        .and(query_param("currency_to", "huf"))
        .respond_with(
            ResponseTemplate::new(400).set_body_json(json!({"statusCode": 400, "message": "Currency huf not found"})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/estimate"))
        .and(query_param("currency_to", "gbp"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let gateway = gateway("nowpayments", &server, &[("api_key", "np-key"), ("ipn_secret", "s")]);
    let rate = gateway.quote("USD", "EUR").await.unwrap().unwrap();
    assert_eq!(rate.normalize().to_string(), "0.92341", "1000 USD buy 923.41 EUR: 0.92341 each, exactly");
    assert_eq!(gateway.quote("USD", "HUF").await.unwrap(), None);
    assert!(gateway.quote("USD", "GBP").await.unwrap_err().is_transient());
}

#[tokio::test]
async fn cryptomus_quotes_from_its_exchange_rate_list_signed_like_any_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/exchange-rate/USD/list"))
        .and(SignedByCryptomus)
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"state": 0, "result": [
            {"from": "USD", "to": "BTC", "course": "0.00001035"},
            {"from": "USD", "to": "EUR", "course": "0.92340000"}]})))
        .mount(&server)
        .await;
    let gateway = cryptomus(&server);
    assert_eq!(gateway.quote("USD", "EUR").await.unwrap().unwrap().normalize().to_string(), "0.9234");
    assert_eq!(gateway.quote("USD", "JPY").await.unwrap(), None, "a currency it does not list");
    let paypal = paypal(&server);
    assert_eq!(paypal.quote("USD", "EUR").await.unwrap(), None, "PayPal has no quote to ask");
}
