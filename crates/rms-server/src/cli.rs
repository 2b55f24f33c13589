//! The `rms` command line.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use tracing::info;

use crate::app::{self, Mode, Options};
use crate::config::Config;
use crate::telemetry;

#[derive(Debug, Parser)]
#[command(name = "rms", version, about = "RMS License Server: licensing and billing for software vendors")]
pub struct Cli {
    /// A TOML configuration file; environment variables (RMS_*) override it.
    #[arg(long, global = true, env = "RMS_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the API, the web UI and webhooks.
    Serve {
        /// Also run the job worker in this process (what `rms` without a command does).
        #[arg(long)]
        with_worker: bool,
    },
    /// Run only the job worker.
    Worker,
    /// Apply database migrations and exit.
    Migrate,
    /// Inspect the configuration.
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigAction {
    /// Print the effective configuration (secrets redacted) or say what is wrong with it.
    Check,
}

/// Runs the command; returns when the process should exit.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::load(cli.config.as_deref())?;
    let mode = match cli.command.unwrap_or(Command::Serve { with_worker: true }) {
        Command::Config { action: ConfigAction::Check } => {
            print!("{}", config.redacted_toml());
            println!("# configuration is valid");
            return Ok(());
        }
        Command::Migrate => {
            telemetry::init(&config);
            app::open_database(&config).await?;
            info!("migrations applied");
            return Ok(());
        }
        Command::Serve { with_worker } => Mode::Serve { with_worker },
        Command::Worker => Mode::Worker,
    };
    telemetry::init(&config);
    let running = app::start(config, mode, Options::default()).await?;
    let mut stopped = running.stop_signal();
    tokio::select! {
        _ = shutdown_signal() => info!("shutdown requested: finishing in-flight work"),
        _ = stopped.wait_for(|s| *s) => {}
    }
    running.shutdown().await
}

/// SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = ctrl_c => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = ctrl_c.await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}
