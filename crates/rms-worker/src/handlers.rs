//! Handlers registered by job kind.

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use rms_app::jobs::Job;
use serde_json::Value;
use uuid::Uuid;

/// What a handler gets: the job's identity and payload.
#[derive(Clone, Debug)]
pub struct JobContext {
    pub id: Uuid,
    pub kind: String,
    pub payload: Value,
    /// 1 on the first run.
    pub attempt: u32,
    pub max_attempts: u32,
}

impl JobContext {
    /// Decodes the payload into the handler's own type; a payload that does not decode will never
    /// decode, so the error is permanent.
    pub fn payload<T: serde::de::DeserializeOwned>(&self) -> Result<T, JobError> {
        serde_json::from_value(self.payload.clone())
            .map_err(|e| JobError::permanent(format!("payload of {} does not decode: {e}", self.kind)))
    }
}

/// Why an attempt failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobError {
    /// Worth another attempt later (a server was down, a lock was busy).
    Retry(String),
    /// Another attempt cannot succeed (bad payload, the object is gone): the job dies now.
    Permanent(String),
}

impl JobError {
    pub fn retry(msg: impl fmt::Display) -> Self {
        JobError::Retry(msg.to_string())
    }

    pub fn permanent(msg: impl fmt::Display) -> Self {
        JobError::Permanent(msg.to_string())
    }
}

impl fmt::Display for JobError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JobError::Retry(m) | JobError::Permanent(m) => f.write_str(m),
        }
    }
}

pub type HandlerFuture = Pin<Box<dyn Future<Output = Result<(), JobError>> + Send + 'static>>;

type HandlerFn = dyn Fn(JobContext) -> HandlerFuture + Send + Sync + 'static;

/// The handlers a worker knows, by job kind.
#[derive(Clone, Default)]
pub struct Handlers {
    by_kind: HashMap<String, Arc<HandlerFn>>,
}

impl fmt::Debug for Handlers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.by_kind.keys()).finish()
    }
}

impl Handlers {
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers `handler` for `kind`, replacing an earlier one.
    pub fn register<F, Fut>(&mut self, kind: impl Into<String>, handler: F) -> &mut Self
    where
        F: Fn(JobContext) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), JobError>> + Send + 'static,
    {
        self.by_kind.insert(kind.into(), Arc::new(move |ctx| Box::pin(handler(ctx)) as HandlerFuture));
        self
    }

    /// Registers `handler` for the jobs of type `J`, given their decoded payload and the
    /// attempt's context. A payload that does not decode fails permanently.
    pub fn on<J, F, Fut>(&mut self, handler: F) -> &mut Self
    where
        J: Job,
        F: Fn(J, JobContext) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), JobError>> + Send + 'static,
    {
        let handler = Arc::new(handler);
        self.register(J::KIND, move |ctx| {
            let (handler, decoded) = (handler.clone(), ctx.payload::<J>());
            async move { handler(decoded?, ctx).await }
        })
    }

    pub(crate) fn get(&self, kind: &str) -> Option<Arc<HandlerFn>> {
        self.by_kind.get(kind).cloned()
    }

    pub fn kinds(&self) -> impl Iterator<Item = &str> {
        self.by_kind.keys().map(String::as_str)
    }
}
