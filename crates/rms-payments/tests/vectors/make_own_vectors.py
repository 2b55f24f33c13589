#!/usr/bin/env python3
"""Builds own-vectors.json: the branches payment-vectors.json does not reach, each signed by
this independent implementation (Python's hmac/hashlib and hand-written canonical texts), so
the Rust verifiers are checked against a second implementation, not against themselves.
Run from this folder; the PayPal 2017 event is PayPal's own SDK test data (ValidateCertTest)."""

import base64, hashlib, hmac, json, urllib.parse

vectors = []

def add(gateway, description, secret, headers, body, valid, **extra):
    v = dict(gateway=gateway, description=description, secret=secret, headers=headers, body=body,
             expected_valid=valid, source="crates/rms-payments/tests/vectors/make_own_vectors.py")
    v.update(extra)
    vectors.append(v)

# PayPal: the Java SDK's 2017 test event (its certificate expired 2019-04-26).
pp_headers = {
    "PAYPAL-CERT-URL": "https://api.sandbox.paypal.com/v1/notifications/test",
    "PAYPAL-TRANSMISSION-ID": "071f7d20-1584-11e7-abf0-6b62a8a99ac4",
    "PAYPAL-TRANSMISSION-TIME": "2017-03-30T20:04:05Z",
    "PAYPAL-AUTH-ALGO": "SHA256withRSA",
    "PAYPAL-TRANSMISSION-SIG": "aBjgm5/xljRYu3G64Q0axISrP2xcy7WbW1u4UTCKnQvyprOZ1a1BBmqn2Jdr6ce8E76I3Ti/AL9y4VYSHyGSEaoE6dVQcCDebLbOXLH0fjTAbTc1/rmfdWmsk0DPltW84Y8W8jOHe3CLWDOwg5zmozyt+AceG2x5eOiw7mLSycaEoj/5RG+dOIWXnmWcLEArbG3VFshy0wuhZrKuGa9C/bD4Ku+Y9gK7Bv5I5IuGRVnTGpcFnVG0KxOyJxccLGyBVCIUMY5IZS7LkmJszQ3HZZFDTNihvgJHECSLwLhzUaysIye5G6CbbLdtAmeeb6wiDciEAvr2dFf+SplOR4Lrng==",
}
pp_body = open("paypal-2017-event.json").read()
pp_cert = open("paypal-2017-sandbox-cert.pem").read()
add("paypal", "PayPal SDK 2017 event, right webhook id", None, pp_headers, pp_body, True,
    webhook_id="96605875FF6516633", cert_pem=pp_cert)
add("paypal", "PayPal SDK 2017 event, one byte of the body changed", None, pp_headers,
    pp_body.replace('"BILLING.PLAN.CREATED"', '"BILLING.PLAN.CREATEd"'), False,
    webhook_id="96605875FF6516633", cert_pem=pp_cert)
add("paypal", "PayPal SDK 2017 event, transmission time changed", None,
    dict(pp_headers, **{"PAYPAL-TRANSMISSION-TIME": "2017-03-30T20:04:06Z"}), pp_body, False,
    webhook_id="96605875FF6516633", cert_pem=pp_cert)

# Cryptomus: PHP json_encode(JSON_UNESCAPED_UNICODE) escapes '/', keeps UTF-8, keeps key order.
def php_json(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")

def cryptomus_sign(obj, key):
    return hashlib.md5(base64.b64encode(php_json(obj).encode()) + key.encode()).hexdigest()

key = "cryptomus-payment-key-for-tests"
payload = {
    "type": "payment", "uuid": "7e0d5f8e-3c1b-4c9a-9d2e-0a1b2c3d4e5f", "order_id": "0193a8f0-top-up",
    "amount": "25.00", "payment_amount": "25.00000000", "merchant_amount": "24.85000000",
    "is_final": True, "status": "paid", "currency": "EUR", "payer_currency": "USDT", "network": "tron",
    "additional_data": "Aufladung für Zoë – https://shop.example/wallet?x=1&y=2 東京",
    "convert": {"to_currency": "USDT", "commission": None, "rate": "1.0842", "amount": "27.10500000"},
    "txid": None,
}
signed = dict(payload, sign=cryptomus_sign(payload, key))
pretty = json.dumps(signed, ensure_ascii=False, indent=2)
add("cryptomus", "slashes and non-ASCII text in a field, delivered pretty-printed", key, {}, pretty, True)
compact_escaped = json.dumps(signed, ensure_ascii=True, separators=(",", ":"))
add("cryptomus", "the same event with non-ASCII delivered as \\u escapes (decoded before signing)", key, {},
    compact_escaped, True)
tampered = json.loads(pretty); tampered["amount"] = "250.00"
add("cryptomus", "amount changed after signing", key, {}, json.dumps(tampered, ensure_ascii=False), False)
add("cryptomus", "signed with another key", "another-key", {}, pretty, False)
wrong_order = dict(sorted(payload.items())); wrong_order["sign"] = signed["sign"]
add("cryptomus", "keys reordered: the signature covers the order received", key, {},
    json.dumps(wrong_order, ensure_ascii=False), False)
no_slash_sign = hashlib.md5(base64.b64encode(
    json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()) + key.encode()).hexdigest()
add("cryptomus", "signed without PHP's \\/ escaping: not what Cryptomus signs", key, {},
    json.dumps(dict(payload, sign=no_slash_sign), ensure_ascii=False), False)

# NOWPayments: HMAC-SHA512 over JS JSON.stringify of the recursively sorted body. Canonical
# texts are written out by hand so the JS number forms (0.000002, 1e-7, 13) are explicit.
secret = "nowpayments-ipn-secret-for-tests"
raw = ('{"payment_status":"finished","payment_id":5077125051,"order_id":"0193a8f0-top-up",'
       '"price_amount":13.0,"price_currency":"usd","pay_amount":0.000002,"actually_paid":1e-7,'
       '"actually_paid_at_fiat":0,"pay_currency":"btc","outcome_amount":14.8106,"outcome_currency":"trx",'
       '"order_description":"Top-up for Zoë https://shop.example/w","parent_payment_id":null,'
       '"payment_extra_ids":null,"updated_at":1765249461097,'
       '"fee":{"withdrawalFee":0,"serviceFee":0.0001,"depositFee":0,"currency":"btc"}}')
canonical = ('{"actually_paid":1e-7,"actually_paid_at_fiat":0,'
             '"fee":{"currency":"btc","depositFee":0,"serviceFee":0.0001,"withdrawalFee":0},'
             '"order_description":"Top-up for Zoë https://shop.example/w","order_id":"0193a8f0-top-up",'
             '"outcome_amount":14.8106,"outcome_currency":"trx","parent_payment_id":null,"pay_amount":0.000002,'
             '"pay_currency":"btc","payment_extra_ids":null,"payment_id":5077125051,"payment_status":"finished",'
             '"price_amount":13,"price_currency":"usd","updated_at":1765249461097}')
assert json.loads(raw) == json.loads(canonical)
sig = hmac.new(secret.encode(), canonical.encode(), hashlib.sha512).hexdigest()
add("nowpayments", "unsorted body with a nested fee and JS number forms, signed over the canonical form",
    secret, {"x-nowpayments-sig": sig}, raw, True, signed_text=canonical)
add("nowpayments", "the same IPN, signature upper-case hex", secret, {"x-nowpayments-sig": sig.upper()}, raw, True)
add("nowpayments", "the same IPN with another secret", "other", {"x-nowpayments-sig": sig}, raw, False)
add("nowpayments", "the same IPN, price changed", secret, {"x-nowpayments-sig": sig},
    raw.replace('"price_amount":13.0', '"price_amount":130'), False)
add("nowpayments", "no signature header", secret, {}, raw, False)
sorted_raw = canonical
add("nowpayments", "a body that arrives sorted verifies over its raw bytes", secret,
    {"x-nowpayments-sig": hmac.new(secret.encode(), sorted_raw.encode(), hashlib.sha512).hexdigest()},
    sorted_raw, True)
arr_raw = '{"payment_id":1,"payment_status":"finished","payment_extra_ids":[5513339153,7]}'
arr_objects = '{"payment_extra_ids":{"0":5513339153,"1":7},"payment_id":1,"payment_status":"finished"}'
add("nowpayments", "an array signed as sortObject turns it (an object keyed 0, 1)", secret,
    {"x-nowpayments-sig": hmac.new(secret.encode(), arr_objects.encode(), hashlib.sha512).hexdigest()},
    arr_raw, True, signed_text=arr_objects)

# Plisio JSON mode: HMAC-SHA1 over JSON.stringify in received order without verify_hash.
pkey = "plisio-secret-key-for-tests"
cb = {"txn_id": "65f0c0ffee0123456789abcd", "ipn_type": "invoice", "merchant": "Zoë's shop",
      "order_number": "0193a8f0-top-up", "order_name": "Wallet top-up – 東京 https://shop.example/w",
      "amount": "0.00051200", "currency": "BTC", "status": "completed", "source_currency": "EUR",
      "source_amount": "25.00", "invoice_total_sum": "0.00051200", "expire_utc": 1713541200,
      "tx_urls": ["https://blockchair.com/bitcoin/transaction/aa"], "comment": None}
js = json.dumps(cb, ensure_ascii=False, separators=(",", ":"))
vh = hmac.new(pkey.encode(), js.encode(), hashlib.sha1).hexdigest()
body = json.dumps(dict(cb, verify_hash=vh), ensure_ascii=False, separators=(",", ":"))
add("plisio", "JSON callback (?json=true) with non-ASCII text, a URL, a number and an array", pkey,
    {"Content-Type": "application/json"}, body, True, signed_text=js)
add("plisio", "JSON callback signed with its keys sorted: Plisio signs the order received", pkey,
    {"Content-Type": "application/json"},
    json.dumps(dict(cb, verify_hash=hmac.new(pkey.encode(), json.dumps(cb, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode(), hashlib.sha1).hexdigest()), ensure_ascii=False, separators=(",", ":")),
    False)
add("plisio", "JSON callback, status changed after signing", pkey, {"Content-Type": "application/json"},
    body.replace('"completed"', '"mismatch"'), False)

# Plisio form mode with tx_urls HTML-entity encoded (the official plugin decodes it first).
def php_serialize(pairs):
    out = "a:%d:{" % len(pairs)
    for k, v in pairs:
        out += 's:%d:"%s";s:%d:"%s";' % (len(k.encode()), k, len(v.encode()), v)
    return out + "}"
fields = [("txn_id", "65f0c0ffee0123456789abce"), ("ipn_type", "invoice"), ("merchant", "Zoë's shop"),
          ("order_number", "0193a8f0-top-up"), ("order_name", "Top-up #1001"), ("amount", "0.00051200"),
          ("currency", "BTC"), ("status", "completed"), ("source_currency", "USD"), ("source_amount", "25.00"),
          ("invoice_total_sum", "0.00051200"), ("expire_utc", "1713541200"), ("comment", ""),
          ("tx_urls", '["https://blockchair.com/bitcoin/transaction/bb"]')]
signed_text = php_serialize(sorted(fields))
vh = hmac.new(pkey.encode(), signed_text.encode(), hashlib.sha1).hexdigest()
sent = [(k, v.replace('"', "&quot;") if k == "tx_urls" else v) for k, v in fields] + [("verify_hash", vh)]
add("plisio", "form callback with tx_urls HTML-entity encoded and a UTF-8 merchant name", pkey,
    {"Content-Type": "application/x-www-form-urlencoded"}, urllib.parse.urlencode(sent), True,
    signed_text=signed_text)
add("plisio", "form callback with another secret", "other", {"Content-Type": "application/x-www-form-urlencoded"},
    urllib.parse.urlencode(sent), False)
add("plisio", "form callback without verify_hash", pkey, {"Content-Type": "application/x-www-form-urlencoded"},
    urllib.parse.urlencode(sent[:-1]), False)

with open("own-vectors.json", "w") as f:
    json.dump(vectors, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(vectors), "vectors")
