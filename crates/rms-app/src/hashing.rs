//! Argon2 runs on a small, fixed set of threads instead of the general blocking pool.
//!
//! Each hash touches 19 MiB. On the blocking pool every new thread gets its own allocator arena,
//! and an arena keeps what it once held: a burst of sign-ins left the process at 120+ MB, and a
//! flood of them (each one 19 MiB at once) could exhaust a small server's memory. Two dedicated
//! threads bound both: at most two hashes at a time, each reusing its thread's memory; other
//! requests wait their turn in a queue.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, OnceLock};

use crate::AppError;

type Job = Box<dyn FnOnce() + Send>;

fn queue() -> &'static Mutex<Sender<Job>> {
    static QUEUE: OnceLock<Mutex<Sender<Job>>> = OnceLock::new();
    QUEUE.get_or_init(|| {
        let (tx, rx) = channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(2);
        for i in 0..threads {
            let rx = rx.clone();
            let spawned = std::thread::Builder::new().name(format!("rms-argon2-{i}")).spawn(move || work(&rx));
            if let Err(e) = spawned {
                tracing::error!(error = %e, "cannot start a password hashing thread");
            }
        }
        Mutex::new(tx)
    })
}

fn work(rx: &Mutex<Receiver<Job>>) {
    loop {
        let job = match rx.lock() {
            Ok(rx) => rx.recv(),
            Err(poisoned) => poisoned.into_inner().recv(),
        };
        match job {
            Ok(job) => job(),
            // Every sender is gone: the process is ending.
            Err(_) => return,
        }
    }
}

/// Runs `f` on a hashing thread and waits for it without blocking the async workers.
pub(crate) async fn run<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, AppError> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = tx.send(f());
    });
    queue()
        .lock()
        .map_err(|_| AppError::Internal("password hashing queue poisoned".into()))?
        .send(job)
        .map_err(|_| AppError::Internal("no password hashing thread".into()))?;
    rx.await.map_err(|_| AppError::Internal("a password hashing job was dropped".into()))
}
