//! Who is really asking: the client IP and the request id, believing forwarded headers only
//! from configured trusted proxies.
//!
//! A client can put anything in `X-Forwarded-For` or `X-Request-Id`. Only when the TCP peer is a
//! trusted proxy do we read them; then the client is the right-most address in
//! `X-Forwarded-For` that is not itself a trusted proxy (proxies append, so everything left of it
//! could have been written by the client).

use std::net::IpAddr;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use ipnet::IpNet;

use crate::state::AppState;

pub static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

#[derive(Clone, Debug, Default)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    pub fn new(nets: impl IntoIterator<Item = IpNet>) -> Self {
        Self(nets.into_iter().collect())
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client's address given the TCP peer and the `X-Forwarded-For` values.
    pub fn client_ip(&self, peer: IpAddr, forwarded_for: &[&str]) -> IpAddr {
        let peer = canonical(peer);
        if !self.contains(peer) {
            return peer;
        }
        let hops: Vec<IpAddr> = forwarded_for
            .iter()
            .flat_map(|v| v.split(','))
            .filter_map(|s| s.trim().parse::<IpAddr>().ok())
            .map(canonical)
            .collect();
        hops.iter().rev().copied().find(|ip| !self.contains(*ip)).or_else(|| hops.first().copied()).unwrap_or(peer)
    }
}

/// IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`) compare as the IPv4 address they carry.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// The address a request came from, after trusted-proxy resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

/// The id that ties a request's log lines, its response and any error report together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestId(pub String);

fn peer(req: &Request) -> IpAddr {
    req.extensions()
        .get::<ConnectInfo<crate::http::wire::PeerAddr>>()
        .map_or(IpAddr::from([127, 0, 0, 1]), |ConnectInfo(peer)| peer.0.ip())
}

/// An id we accept from a proxy: short, and only characters that are safe in logs and headers.
fn acceptable_id(v: &HeaderValue) -> Option<String> {
    let s = v.to_str().ok()?;
    let ok = !s.is_empty() && s.len() <= 128 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b));
    ok.then(|| s.to_owned())
}

/// Assigns the request id (a trusted proxy's, or a new UUID v7) and echoes it in the response.
pub async fn request_id(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let from_proxy = state.trusted_proxies.contains(peer(&req));
    let id = req
        .headers()
        .get(&X_REQUEST_ID)
        .filter(|_| from_proxy)
        .and_then(acceptable_id)
        .unwrap_or_else(|| uuid::Uuid::now_v7().to_string());
    req.extensions_mut().insert(RequestId(id.clone()));
    let mut res = next.run(req).await;
    if let Ok(v) = HeaderValue::from_str(&id) {
        res.headers_mut().insert(X_REQUEST_ID.clone(), v);
    }
    res
}

/// Resolves [`ClientIp`] for everything downstream (rate limits, audit log).
pub async fn client_ip(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let forwarded: Vec<&str> =
        req.headers().get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
    let ip = state.trusted_proxies.client_ip(peer(&req), &forwarded);
    tracing::Span::current().record("client_ip", tracing::field::display(ip));
    req.extensions_mut().insert(ClientIp(ip));
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn proxies() -> TrustedProxies {
        TrustedProxies::new(["10.0.0.0/8".parse().unwrap(), "192.168.1.1/32".parse().unwrap()])
    }

    #[test]
    fn forwarded_headers_from_strangers_are_ignored() {
        assert_eq!(proxies().client_ip(ip("203.0.113.9"), &["1.2.3.4"]), ip("203.0.113.9"));
    }

    #[test]
    fn the_rightmost_untrusted_hop_is_the_client() {
        let p = proxies();
        assert_eq!(p.client_ip(ip("10.0.0.2"), &["6.6.6.6, 198.51.100.7, 10.0.0.5"]), ip("198.51.100.7"));
        assert_eq!(p.client_ip(ip("10.0.0.2"), &["6.6.6.6", "198.51.100.7"]), ip("198.51.100.7"));
        assert_eq!(p.client_ip(ip("::ffff:10.0.0.2"), &["garbage, 198.51.100.7"]), ip("198.51.100.7"));
        assert_eq!(p.client_ip(ip("10.0.0.2"), &[]), ip("10.0.0.2"));
    }

    #[test]
    fn only_tame_request_ids_are_accepted() {
        assert_eq!(acceptable_id(&HeaderValue::from_static("abc-123_x.y:z")), Some("abc-123_x.y:z".into()));
        assert_eq!(acceptable_id(&HeaderValue::from_static("has space")), None);
        assert_eq!(acceptable_id(&HeaderValue::from_static("")), None);
        assert_eq!(acceptable_id(&HeaderValue::from_str(&"a".repeat(129)).unwrap()), None);
    }
}
