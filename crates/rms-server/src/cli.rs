//! The `rms` command line.

use std::path::PathBuf;
use std::process::ExitCode;

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
    /// Work with license files offline.
    License {
        #[command(subcommand)]
        action: LicenseAction,
    },
    /// Rotate keys.
    Keys {
        #[command(subcommand)]
        action: KeysAction,
    },
    /// Check downloaded release files offline.
    Release {
        #[command(subcommand)]
        action: ReleaseAction,
    },
    /// Work with payment gateways' webhooks offline.
    Webhook {
        #[command(subcommand)]
        action: WebhookAction,
    },
    /// Analytics' daily rollups.
    Analytics {
        #[command(subcommand)]
        action: AnalyticsAction,
    },
    /// Administer accounts from the server's console.
    Admin {
        #[command(subcommand)]
        action: AdminAction,
    },
    /// Copy the database to a file while the server runs (SQLite: a consistent online copy;
    /// PostgreSQL: pg_dump's custom format, or the command to run when pg_dump is not installed).
    Backup {
        /// The file to write; never overwritten.
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
    /// Put a backup in place of the database (stop every node first).
    Restore {
        /// The file `rms backup` wrote.
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
        /// Replace a database that already holds accounts.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum LicenseAction {
    /// Check a license file with a product's public key, as the SDK does, without the server.
    Verify {
        /// The license file.
        file: PathBuf,
        /// The product's public key: 32 bytes in base64 (from /api/v1/products/{id}/public-keys).
        #[arg(long)]
        public_key: String,
        /// The key id the file must name (any when omitted).
        #[arg(long)]
        kid: Option<String>,
        /// The device fingerprint the file must be bound to.
        #[arg(long)]
        fingerprint: Option<String>,
        /// The domain the file must be bound to.
        #[arg(long)]
        domain: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum WebhookAction {
    /// Check a captured webhook's signature with the server's own code: prints valid or
    /// invalid (and, when invalid, what it compared); exit 0 valid, 1 invalid, 2 usage error.
    Verify(crate::webhook_cli::VerifyArgs),
}

#[derive(Debug, Subcommand)]
pub enum ReleaseAction {
    /// Check a downloaded file against its release's signed manifest and the product's public
    /// key: prints valid or invalid (and why); exit 0 valid, 1 invalid, 2 usage error.
    Verify(crate::release_cli::VerifyArgs),
}

#[derive(Debug, Subcommand)]
pub enum KeysAction {
    /// Add a new access-token signing key. Running nodes load it within a minute and start
    /// signing with it two minutes after it was made; tokens signed with the old key stay valid.
    Rotate,
    /// Re-encrypt every secret stored in the database under a new master key. Afterwards point
    /// RMS_MASTER_KEY_FILE at the new key and restart every node.
    RotateMaster {
        /// A file holding the new master key (32 random bytes, base64).
        #[arg(long, value_name = "FILE")]
        new_key_file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminAction {
    /// Create an administrator (or make an existing account one). The password is read from
    /// RMS_ADMIN_PASSWORD, or asked for on the terminal.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Administrator")]
        name: String,
    },
    /// Turn off an account's two-factor sign-in and end its sessions.
    #[command(name = "reset-2fa")]
    Reset2fa {
        #[arg(long)]
        email: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AnalyticsAction {
    /// Roll days up now, as the hourly job does: every settled day not rolled up yet, or the
    /// days from `--from` to `--to` again (after restoring a backup, say). Idempotent.
    RollUp {
        /// First day, YYYY-MM-DD (UTC).
        #[arg(long, requires = "to")]
        from: Option<String>,
        /// Last day, inclusive.
        #[arg(long, requires = "from")]
        to: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigAction {
    /// Print the effective configuration (secrets redacted) or say what is wrong with it.
    Check,
}

/// Runs the command; returns when the process should exit.
pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let command = cli.command.unwrap_or(Command::Serve { with_worker: true });
    // Offline tools need no configuration.
    let command = match command {
        Command::License { action } => return license_command(action).map(|()| ExitCode::SUCCESS),
        Command::Webhook { action: WebhookAction::Verify(args) } => return Ok(crate::webhook_cli::verify(args).await),
        Command::Release { action: ReleaseAction::Verify(args) } => return Ok(crate::release_cli::verify(args)),
        other => other,
    };
    let config = Config::load(cli.config.as_deref())?;
    let mode = match command {
        Command::Config { action: ConfigAction::Check } => {
            print!("{}", config.redacted_toml());
            println!("# configuration is valid");
            return Ok(ExitCode::SUCCESS);
        }
        Command::Migrate => {
            telemetry::init(&config);
            app::open_database(&config).await?;
            info!("migrations applied");
            return Ok(ExitCode::SUCCESS);
        }
        // Handled above, before the configuration is read.
        Command::License { action } => return license_command(action).map(|()| ExitCode::SUCCESS),
        Command::Webhook { action: WebhookAction::Verify(args) } => return Ok(crate::webhook_cli::verify(args).await),
        Command::Release { action: ReleaseAction::Verify(args) } => return Ok(crate::release_cli::verify(args)),
        Command::Keys { action } => {
            telemetry::init(&config);
            return keys_command(&config, action).await.map(|()| ExitCode::SUCCESS);
        }
        Command::Analytics { action } => {
            telemetry::init(&config);
            return analytics_command(&config, action).await.map(|()| ExitCode::SUCCESS);
        }
        Command::Admin { action } => {
            telemetry::init(&config);
            return admin_command(&config, action).await.map(|()| ExitCode::SUCCESS);
        }
        Command::Backup { to } => return crate::backup_cli::backup(&config, &to).await,
        Command::Restore { from, force } => return crate::backup_cli::restore(&config, &from, force).await,
        Command::Serve { with_worker } => Mode::Serve { with_worker },
        Command::Worker => Mode::Worker,
    };
    telemetry::init(&config);
    // Crash points for the fault suite; only a test build has any (see rms_app::failpoints).
    rms_app::failpoints::arm_from_env().map_err(anyhow::Error::msg)?;
    let running = app::start(config, mode, Options::default()).await?;
    let mut stopped = running.stop_signal();
    tokio::select! {
        _ = shutdown_signal() => info!("shutdown requested: finishing in-flight work"),
        _ = stopped.wait_for(|s| *s) => {}
    }
    running.shutdown().await.map(|()| ExitCode::SUCCESS)
}

fn license_command(action: LicenseAction) -> anyhow::Result<()> {
    use base64::Engine;
    let LicenseAction::Verify { file, public_key, kid, fingerprint, domain } = action;
    let text = std::fs::read_to_string(&file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(public_key.trim())
        .map_err(|_| anyhow::anyhow!("--public-key: expected 32 bytes in base64"))?;
    let raw: [u8; 32] = raw.try_into().map_err(|_| anyhow::anyhow!("--public-key: expected 32 bytes in base64"))?;
    let key = rms_license::VerifyingKey::from_bytes(&raw)
        .map_err(|_| anyhow::anyhow!("--public-key: not an Ed25519 public key"))?;
    let domain = domain
        .map(|d| rms_license::domain::Domain::parse(&d))
        .transpose()
        .map_err(|e| anyhow::anyhow!("--domain: {e}"))?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    // The same check the SDK runs in a product.
    let keys = match kid {
        Some(kid) => rms_client::PublicKeys::from_keys([(kid, key)]),
        None => rms_client::PublicKeys::any(key),
    };
    let data = rms_client::offline::verify_file(
        &text,
        &keys,
        fingerprint.as_deref(),
        domain.as_ref().map(|d| d.as_str()),
        now,
        None,
    )
    .map_err(|e| anyhow::anyhow!("invalid license file: {e}"))?;
    println!("{}", serde_json::to_string_pretty(&data)?);
    println!("# valid");
    Ok(())
}

async fn keys_command(config: &Config, action: KeysAction) -> anyhow::Result<()> {
    let (current, _) = crate::master_key::MasterKey::load(config)?;
    let db = app::open_database(config).await?;
    let now = rms_core::Clock::now(&rms_core::SystemClock);
    let result = match action {
        KeysAction::Rotate => {
            let ring = rms_crypto::MasterKeyRing::new(current.bytes(), &[]);
            rms_app::session_keys::rotate(&db, &ring, now).await.map(|(kid, from)| {
                println!("New signing key {kid}; nodes sign with it from {from}. Tokens signed before stay valid until they expire.");
            })
        }
        KeysAction::RotateMaster { new_key_file } => {
            let new = crate::master_key::MasterKey::from_file(&new_key_file)?;
            anyhow::ensure!(
                new.bytes() != current.bytes(),
                "the new master key is the one in use; nothing was changed"
            );
            let ring = rms_crypto::MasterKeyRing::new(new.bytes(), &[*current.bytes()]);
            rms_app::session_keys::rotate_master(&db, &ring).await.map(|done| {
                println!(
                    "Re-encrypted {} session signing keys, {} two-factor secrets, {} product keys, {} license keys, \
                     {} stored purchase answers, {} gateway credentials, {} feed keys, {} billing profiles, {} account names and {} Telegram tokens \
                     under the new master key.\n\
                     Now set RMS_MASTER_KEY_FILE={} on every node and restart them; keep the old key until then.",
                    done.signing_keys,
                    done.totp_secrets,
                    done.product_keys,
                    done.license_keys,
                    done.answers,
                    done.gateway_credentials,
                    done.feed_keys,
                    done.billing_profiles,
                    done.names,
                    done.telegram,
                    new_key_file.display()
                );
            })
        }
    };
    db.close().await;
    result.map_err(|e| anyhow::anyhow!(e))
}

async fn analytics_command(config: &Config, action: AnalyticsAction) -> anyhow::Result<()> {
    use rms_core::analytics::{iso, parse_day};
    let db = app::open_database(config).await?;
    let clock = std::sync::Arc::new(rms_core::SystemClock);
    let analytics = rms_app::analytics::Analytics::new(db.clone(), clock, config.base_currency);
    let AnalyticsAction::RollUp { from, to } = action;
    let started = std::time::Instant::now();
    let result = match (from, to) {
        (Some(from), Some(to)) => {
            let day = |s: &str| parse_day(s).ok_or_else(|| anyhow::anyhow!("{s}: not a date such as 2026-12-31"));
            let (from, to) = (day(&from)?, day(&to)?);
            anyhow::ensure!(from <= to, "--from is after --to; nothing was changed");
            analytics.roll_up_days(from, to + 1).await.map(|days| match days {
                0 => println!("Nothing to roll up: days are rolled up once they have ended (and an hour more)."),
                n => println!("Rolled up {} to {} ({n} days).", iso(from), iso(from + n - 1)),
            })
        }
        _ => {
            // Until caught up: each run writes at most a couple of months.
            let mut total = 0;
            loop {
                match analytics.roll_up().await {
                    Ok(days) if days >= rms_app::analytics::DAYS_PER_RUN => total += days,
                    Ok(days) => break Ok(total + days),
                    Err(e) => break Err(e),
                }
            }
            .map(|days| println!("Rolled up {days} days."))
        }
    };
    db.close().await;
    result?;
    println!("Took {:.1} s.", started.elapsed().as_secs_f64());
    Ok(())
}

async fn admin_command(config: &Config, action: AdminAction) -> anyhow::Result<()> {
    // The administrator's name is sealed under the master key like every account's.
    let (key, _) = crate::master_key::MasterKey::load(config)?;
    let db = app::open_database(config).await?;
    let names = rms_app::names::Names::new(db.clone(), rms_crypto::MasterKeyRing::new(key.bytes(), &[]));
    let admin = rms_app::admin::Admin::new(db.clone(), std::sync::Arc::new(rms_core::SystemClock), names);
    let result = match action {
        AdminAction::Create { email, name } => {
            let password = match std::env::var("RMS_ADMIN_PASSWORD") {
                Ok(p) if !p.is_empty() => p,
                _ => {
                    let first = rpassword::prompt_password("Password for the new administrator: ")?;
                    let again = rpassword::prompt_password("Repeat it: ")?;
                    anyhow::ensure!(first == again, "the two passwords differ; nothing was changed");
                    first
                }
            };
            admin.create_admin(&email, &password, &name, "cli").await.map(|outcome| match outcome {
                rms_app::admin::AdminCreated::Created => println!("Created administrator {email}."),
                rms_app::admin::AdminCreated::Promoted => {
                    println!("{email} already had an account; it is an administrator now (password unchanged).")
                }
            })
        }
        AdminAction::Reset2fa { email } => admin
            .reset_two_factor_by_email(&email, "cli")
            .await
            .map(|()| println!("Two-factor sign-in is off for {email}; its sessions have ended.")),
    };
    db.close().await;
    result.map_err(|e| match e {
        rms_app::AppError::Invalid { field, reason } => anyhow::anyhow!("{field}: {reason}; nothing was changed"),
        rms_app::AppError::NotFound => anyhow::anyhow!("no account has this email address"),
        other => anyhow::anyhow!(other),
    })
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
