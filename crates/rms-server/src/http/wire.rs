//! Answers for requests the HTTP parser refuses before any handler runs.
//!
//! hyper reads the request line and headers itself; a request it cannot parse (bytes that are not
//! allowed in the target, a control character in a header, a head too large) never reaches the
//! router, and hyper answers it with a bare status line and an empty body. Every error this
//! server sends must be a problem document, so each connection's bytes pass through [`ProblemIo`]:
//! a response head hyper wrote on its own (recognised because it lacks the security headers every
//! response of the router carries) is swapped for the same status with a problem+json body. No
//! other response is touched.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};

use axum::http::StatusCode;
use rms_i18n::Locale;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

use crate::http::problem::{PROBLEM_JSON, Problem};
use crate::http::problem_code::ProblemCode;

/// A TCP listener whose connections answer parser errors with problem documents.
pub struct ProblemListener(pub TcpListener);

impl axum::serve::Listener for ProblemListener {
    type Io = ProblemIo<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        let (io, addr) = axum::serve::Listener::accept(&mut self.0).await;
        (ProblemIo { inner: io, pending: Vec::new() }, addr)
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.0.local_addr()
    }
}

/// The TCP peer of a connection accepted by a [`ProblemListener`] (axum's `ConnectInfo` for it).
#[derive(Clone, Copy, Debug)]
pub struct PeerAddr(pub SocketAddr);

impl axum::extract::connect_info::Connected<axum::serve::IncomingStream<'_, ProblemListener>> for PeerAddr {
    fn connect_info(stream: axum::serve::IncomingStream<'_, ProblemListener>) -> Self {
        PeerAddr(*stream.remote_addr())
    }
}

/// A connection's bytes, with hyper's own error answers rewritten (see the module docs).
pub struct ProblemIo<T> {
    inner: T,
    /// A rewritten answer not yet fully written.
    pending: Vec<u8>,
}

/// The header every response of the router carries (`http::security`): hyper's own do not.
const ROUTER_MARK: &[u8] = b"x-content-type-options";

/// The problem answer for a head hyper wrote itself, if `buf` is one.
fn rewrite(buf: &[u8]) -> Option<Vec<u8>> {
    let head_end = buf.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = &buf[..head_end];
    let status = head.strip_prefix(b"HTTP/1.")?.get(2..5)?;
    let status = StatusCode::from_bytes(status).ok()?;
    let ours = head.windows(ROUTER_MARK.len()).any(|w| w.eq_ignore_ascii_case(ROUTER_MARK));
    if ours || !status.is_client_error() {
        return None;
    }
    let problem = match status {
        StatusCode::BAD_REQUEST => Problem::new(status, ProblemCode::BadRequest).arg(
            "reason",
            "the request line or a header is malformed (bytes that are not allowed, control characters)",
        ),
        s => Problem::new(s, ProblemCode::HttpError).arg("status", i64::from(s.as_u16())),
    };
    // Nothing of the request could be read: no language, no request id.
    let body = serde_json::to_vec(&problem.body(Locale::english(), None)).ok()?;
    let mut out = format!(
        "HTTP/1.1 {} {}\r\ncontent-type: {PROBLEM_JSON}; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\
         x-content-type-options: nosniff\r\ncache-control: no-store\r\n\r\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or(""),
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(&body);
    Some(out)
}

impl<T: AsyncWrite + Unpin> ProblemIo<T> {
    /// Writes what is left of a rewritten answer; ready once it is all out.
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while !self.pending.is_empty() {
            let n = std::task::ready!(Pin::new(&mut self.inner).poll_write(cx, &self.pending))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.pending.drain(..n);
        }
        Poll::Ready(Ok(()))
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for ProblemIo<T> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for ProblemIo<T> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        std::task::ready!(self.drain(cx))?;
        if let Some(answer) = rewrite(buf) {
            // hyper's answer counts as written; ours goes out in its place.
            self.pending = answer;
            std::task::ready!(self.drain(cx))?;
            return Poll::Ready(Ok(buf.len()));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        std::task::ready!(self.drain(cx))?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        std::task::ready!(self.drain(cx))?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    // Not vectored: hyper then hands over each response head in one buffer, which is what
    // `rewrite` looks at.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_heads_hyper_wrote_itself_are_rewritten() {
        let hyper = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\ndate: Wed, 02 Dec 2026 10:00:00 GMT\r\n\r\n";
        let answer = String::from_utf8(rewrite(hyper).unwrap()).unwrap();
        assert!(answer.starts_with("HTTP/1.1 400 Bad Request\r\n"), "{answer}");
        assert!(answer.contains("content-type: application/problem+json"), "{answer}");
        assert!(answer.ends_with('}') && answer.contains("\"code\":\"BAD_REQUEST\""), "{answer}");
        let too_large = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\n\r\n";
        assert!(String::from_utf8(rewrite(too_large).unwrap()).unwrap().contains("\"status\":431"));
        let ours = b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/problem+json\r\nx-content-type-options: nosniff\r\n\r\n{}";
        assert!(rewrite(ours).is_none(), "the router's own problems pass untouched");
        assert!(rewrite(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok").is_none());
        assert!(rewrite(b"some body bytes without a head").is_none());
    }
}
