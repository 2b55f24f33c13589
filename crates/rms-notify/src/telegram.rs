//! Telegram's Bot API over HTTPS: `POST {base}/bot{token}/{method}` with a JSON body; the
//! answer's `ok`, `result`, `error_code`, `description` and `parameters.retry_after` read into
//! [`BotError`]. The token is part of the URL, so errors are reported without it.

use std::time::Duration;

use rms_app::telegram::{BotApi, BotError, BotFuture};
use serde_json::Value;

pub struct HttpBotApi(reqwest::Client);

impl Default for HttpBotApi {
    fn default() -> Self {
        let client = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(20))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        Self(client)
    }
}

impl BotApi for HttpBotApi {
    fn call<'a>(&'a self, base: &'a str, token: &'a str, method: &'a str, body: Value) -> BotFuture<'a> {
        Box::pin(async move {
            let url = format!("{}/bot{token}/{method}", base.trim_end_matches('/'));
            let response = self
                .0
                .post(url)
                .json(&body)
                .send()
                .await
                .map_err(|e| BotError::Unavailable(e.without_url().to_string()))?;
            let status = response.status();
            let answer: Value = match response.json().await {
                Ok(answer) => answer,
                // Not the Bot API's JSON: a refusal by its status, or the server is not itself.
                Err(_) if status.is_client_error() => {
                    return Err(BotError::Refused {
                        code: i64::from(status.as_u16()),
                        description: status.to_string(),
                        retry_after: None,
                    });
                }
                Err(e) => return Err(BotError::Unavailable(e.without_url().to_string())),
            };
            if answer["ok"].as_bool() == Some(true) {
                return Ok(answer["result"].clone());
            }
            let code = answer["error_code"].as_i64().unwrap_or(i64::from(status.as_u16()));
            if status.is_server_error() {
                return Err(BotError::Unavailable(format!("{code}")));
            }
            Err(BotError::Refused {
                code,
                description: answer["description"].as_str().unwrap_or_default().to_owned(),
                retry_after: answer["parameters"]["retry_after"].as_u64(),
            })
        })
    }
}
