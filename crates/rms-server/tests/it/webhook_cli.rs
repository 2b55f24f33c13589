//! `rms webhook verify` as an operator debugging a signature runs it: every payment vector
//! through the binary (the same code the server runs), and the exit codes scripts rely on.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn vectors(name: &str) -> Vec<Value> {
    let path = format!("{}/../rms-payments/tests/vectors/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn rms(args: &[&str], files: &[(&str, &Path)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rms"));
    cmd.env_clear().env("PATH", std::env::var("PATH").unwrap_or_default()).args(["webhook", "verify"]).args(args);
    for (flag, path) in files {
        cmd.arg(flag).arg(path);
    }
    cmd.stdin(Stdio::null()).output().unwrap()
}

/// Writes a vector's parts as an operator would have captured them; returns the command's
/// arguments.
struct Captured {
    _dir: tempfile::TempDir,
    headers: PathBuf,
    body: PathBuf,
    secret: PathBuf,
    cert: Option<PathBuf>,
    at: Option<String>,
}

fn capture(v: &Value) -> Captured {
    let dir = tempfile::tempdir().unwrap();
    let headers = dir.path().join("headers.txt");
    let lines: String =
        v["headers"].as_object().unwrap().iter().map(|(k, v)| format!("{k}: {}\r\n", v.as_str().unwrap())).collect();
    std::fs::write(&headers, format!("POST /webhooks/x HTTP/1.1\r\n{lines}")).unwrap();
    let body = dir.path().join("body.bin");
    std::fs::write(&body, v["body"].as_str().unwrap()).unwrap();
    let secret = dir.path().join("secret.txt");
    let secret_text = v["webhook_id"].as_str().or(v["secret"].as_str()).unwrap();
    std::fs::write(&secret, format!("{secret_text}\n")).unwrap();
    let cert = v["cert_pem"].as_str().map(|pem| {
        let path = dir.path().join("cert.pem");
        std::fs::write(&path, pem).unwrap();
        path
    });
    let at = v["headers"]["PAYPAL-TRANSMISSION-TIME"].as_str().map(str::to_owned);
    Captured { _dir: dir, headers, body, secret, cert, at }
}

fn verify(v: &Value, c: &Captured) -> Output {
    let mut args = vec!["--gateway", v["gateway"].as_str().unwrap()];
    if let Some(at) = &c.at {
        args.extend(["--at", at]);
    }
    let mut files =
        vec![("--secret-file", c.secret.as_path()), ("--headers-file", &c.headers), ("--body-file", &c.body)];
    if let Some(cert) = &c.cert {
        files.push(("--cert-file", cert));
    }
    rms(&args, &files)
}

#[test]
fn every_vector_gives_its_verdict_and_exit_code() {
    let all: Vec<Value> = vectors("payment-vectors.json").into_iter().chain(vectors("own-vectors.json")).collect();
    assert!(all.len() >= 25);
    for v in &all {
        let c = capture(v);
        let out = verify(v, &c);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let description = v["description"].as_str().unwrap();
        if v["expected_valid"].as_bool().unwrap() {
            assert_eq!(out.status.code(), Some(0), "{description}: {stdout} {}", String::from_utf8_lossy(&out.stderr));
            assert!(stdout.starts_with("valid: "), "{description}: {stdout}");
        } else {
            assert_eq!(out.status.code(), Some(1), "{description}: {stdout} {}", String::from_utf8_lossy(&out.stderr));
            assert!(stdout.starts_with("invalid: "), "{description}: {stdout}");
        }
    }
}

#[test]
fn an_invalid_signature_shows_what_was_compared() {
    let v = vectors("payment-vectors.json")
        .into_iter()
        .find(|v| v["gateway"] == "cryptomus" && v["expected_valid"] == false)
        .unwrap();
    let c = capture(&v);
    let out = verify(&v, &c);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    for shown in [
        "signed text: {\"type\":\"payment\"",
        "computed:    a881b2f8e67bc344d85589187dceb237",
        "received:    a881b2f8e67bc344d85589187dceb231",
    ] {
        assert!(stdout.contains(shown), "{shown} in {stdout}");
    }
}

#[test]
fn paypal_takes_the_webhook_id_from_the_flag_and_checks_the_certificate_as_of_at() {
    let v = vectors("payment-vectors.json").into_iter().find(|v| v["gateway"] == "paypal").unwrap();
    let c = capture(&v);
    let cert = c.cert.clone().unwrap();
    let files = [("--headers-file", c.headers.as_path()), ("--body-file", &c.body), ("--cert-file", &cert)];
    let at = c.at.clone().unwrap();
    let ok = rms(&["--gateway", "paypal", "--webhook-id", "0FV983392A0531201", "--at", &at], &files);
    assert_eq!(ok.status.code(), Some(0), "{}", String::from_utf8_lossy(&ok.stdout));
    // Today the 2019 certificate has expired: invalid, and the output says why.
    let now = rms(&["--gateway", "paypal", "--webhook-id", "0FV983392A0531201"], &files);
    assert_eq!(now.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&now.stdout).contains("xpired"), "{}", String::from_utf8_lossy(&now.stdout));
}

#[test]
fn a_certificate_url_off_paypals_hosts_is_never_fetched() {
    let v = vectors("payment-vectors.json").into_iter().find(|v| v["gateway"] == "paypal").unwrap();
    let mut v = v.clone();
    // A listener that would notice a fetch: nothing may connect to it.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let url = format!("https://127.0.0.1:{}/cert.pem", listener.local_addr().unwrap().port());
    v["headers"]["PAYPAL-CERT-URL"] = Value::String(url);
    v.as_object_mut().unwrap().remove("cert_pem");
    let c = capture(&v);
    let out = verify(&v, &c);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("allow-list"), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(listener.accept().is_err(), "the certificate URL was fetched");
}

#[test]
fn mistakes_in_the_call_exit_with_2() {
    let v = vectors("payment-vectors.json").into_iter().find(|v| v["gateway"] == "cryptomus").unwrap();
    let c = capture(&v);
    let missing = c.body.with_file_name("absent.bin");
    type Call<'a> = (Vec<&'a str>, Vec<(&'a str, &'a Path)>);
    let cases: Vec<Call> = vec![
        (
            vec!["--gateway", "stripe"],
            vec![("--secret-file", &c.secret), ("--headers-file", &c.headers), ("--body-file", &c.body)],
        ),
        (
            vec!["--gateway", "cryptomus"],
            vec![("--secret-file", &c.secret), ("--headers-file", &c.headers), ("--body-file", &missing)],
        ),
        (vec!["--gateway", "cryptomus"], vec![("--headers-file", &c.headers), ("--body-file", &c.body)]),
        (
            vec!["--gateway", "cryptomus", "--at", "yesterday"],
            vec![("--secret-file", &c.secret), ("--headers-file", &c.headers), ("--body-file", &c.body)],
        ),
        (
            vec!["--gateway", "cryptomus"],
            vec![
                ("--secret-file", &c.secret),
                ("--headers-file", &c.headers),
                ("--body-file", &c.body),
                ("--cert-file", &c.body),
            ],
        ),
    ];
    for (args, files) in cases {
        let out = rms(&args, &files);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
}
