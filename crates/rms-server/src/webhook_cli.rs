//! `rms webhook verify`: checks a captured webhook offline with the server's own verification
//! code, for operators debugging "signature mismatch". Exit 0 valid, 1 invalid, 2 usage error.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use rms_payments::registry::{self, WebhookSecret};
use rms_payments::{Headers, paypal};

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The gateway that sent it: paypal, cryptomus, nowpayments or plisio.
    #[arg(long)]
    gateway: String,
    /// A file holding the gateway's webhook secret (Cryptomus payment API key, NOWPayments IPN
    /// secret, Plisio secret key; for PayPal the webhook id, unless --webhook-id gives it).
    #[arg(long, value_name = "F", required_unless_present = "webhook_id")]
    secret_file: Option<PathBuf>,
    /// The request's headers as captured: one `Name: value` per line.
    #[arg(long, value_name = "H")]
    headers_file: PathBuf,
    /// The request's body, byte for byte.
    #[arg(long, value_name = "B")]
    body_file: PathBuf,
    /// PayPal: the webhook id the event was sent to.
    #[arg(long, value_name = "ID")]
    webhook_id: Option<String>,
    /// PayPal: the certificate named by PAYPAL-CERT-URL (fetched from PayPal when omitted, and
    /// only from PayPal's own hosts).
    #[arg(long, value_name = "C")]
    cert_file: Option<PathBuf>,
    /// PayPal: check the certificate's validity as of this time (RFC 3339) instead of now.
    #[arg(long, value_name = "RFC3339")]
    at: Option<String>,
}

/// A mistake in how the command was called (exit 2).
struct Usage(String);

fn read(path: &Path, what: &str) -> Result<Vec<u8>, Usage> {
    std::fs::read(path).map_err(|e| Usage(format!("{what} {}: {e}", path.display())))
}

pub async fn verify(args: VerifyArgs) -> ExitCode {
    match check(args).await {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(Usage(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

async fn check(args: VerifyArgs) -> Result<bool, Usage> {
    let spec = registry::find(&args.gateway).ok_or_else(|| {
        let known: Vec<_> = registry::GATEWAYS.iter().map(|g| g.name).collect();
        Usage(format!("--gateway: unknown gateway {:?} (known: {})", args.gateway, known.join(", ")))
    })?;
    let is_paypal = spec.name == paypal::NAME;
    let secret = match (&args.webhook_id, &args.secret_file) {
        (Some(id), _) if is_paypal => id.clone(),
        (_, Some(file)) => {
            let bytes = read(file, "--secret-file")?;
            let text = String::from_utf8(bytes).map_err(|_| Usage("--secret-file is not UTF-8 text".into()))?;
            // Editors add a final newline; no secret ends in one.
            text.trim_end_matches(['\r', '\n']).to_owned()
        }
        (Some(_), None) => return Err(Usage("--webhook-id is for PayPal; give --secret-file".into())),
        (None, None) => return Err(Usage("give --secret-file".into())),
    };
    if secret.is_empty() {
        return Err(Usage("the secret is empty".into()));
    }
    let headers_text = String::from_utf8(read(&args.headers_file, "--headers-file")?)
        .map_err(|_| Usage("--headers-file is not UTF-8 text".into()))?;
    let headers = Headers::parse_captured(&headers_text);
    let body = read(&args.body_file, "--body-file")?;
    let at = match &args.at {
        Some(at) => time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339)
            .map_err(|e| Usage(format!("--at: not an RFC 3339 time: {e}")))?,
        None => time::OffsetDateTime::now_utc(),
    };
    let cert = match (&args.cert_file, is_paypal) {
        (Some(file), true) => Some(read(file, "--cert-file")?),
        (None, true) => match paypal_certificate(&headers).await {
            Ok(pem) => Some(pem),
            Err(reason) => {
                println!("invalid: {reason}");
                return Ok(false);
            }
        },
        (Some(_), false) => return Err(Usage("--cert-file is for PayPal".into())),
        (None, false) => None,
    };
    let input = WebhookSecret { secret: &secret, cert_pem: cert.as_deref(), at: paypal::signature::unix_time(at) };
    match spec.check_webhook(&headers, &body, &input) {
        Ok(report) if report.valid() => {
            let how = report.attempts.iter().find(|a| a.matched).map(|a| a.method.as_str()).unwrap_or_default();
            println!("valid: {how}");
            Ok(true)
        }
        Ok(report) => {
            println!("invalid: the signature does not match");
            print!("{report}");
            Ok(false)
        }
        Err(e) => {
            println!("invalid: {e}");
            Ok(false)
        }
    }
}

/// The certificate a PayPal webhook names, fetched only from PayPal's allow-listed hosts.
async fn paypal_certificate(headers: &Headers) -> Result<Vec<u8>, String> {
    let raw = headers.require(paypal::signature::CERT_URL).map_err(|e| e.to_string())?;
    let url = paypal::signature::allowed_cert_url(raw).map_err(|e| e.to_string())?;
    paypal::fetch_certificate(&paypal::certificate_client(), &url)
        .await
        .map_err(|e| format!("cannot fetch the certificate (give --cert-file): {e}"))
}
