//! `rms backup --to FILE` and `rms restore --from FILE [--force]`: the database, copied out while
//! the server runs and put back while it is stopped.
//!
//! SQLite is copied by the server itself (`VACUUM INTO`, one consistent moment). PostgreSQL is
//! PostgreSQL's tools' job: `pg_dump`/`pg_restore` run when installed, and otherwise the command
//! is printed for the operator to run where they are. Neither copies the master key, which is kept
//! apart from backups on purpose (see docs/operations.md).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, bail};
use rms_store::{Backend, Db, DbOptions};
use url::Url;

use crate::config::Config;

/// Exit code when the PostgreSQL tool is missing and its command was printed instead.
const PRINTED: u8 = 2;

pub async fn backup(config: &Config, to: &Path) -> anyhow::Result<ExitCode> {
    if to.exists() {
        bail!("{} already exists: a backup never overwrites a file; choose another name", to.display());
    }
    let url = config.database_url();
    match Backend::from_url(url.expose())? {
        Backend::Sqlite => {
            let db = open(url.expose()).await?;
            db.backup_sqlite(to).await.with_context(|| format!("cannot write the backup to {}", to.display()))?;
            db.close().await;
            let size = std::fs::metadata(to).map(|m| m.len()).unwrap_or(0);
            println!("backed up {url} to {} ({size} bytes); keep the master key apart from it", to.display());
            Ok(ExitCode::SUCCESS)
        }
        Backend::Postgres => {
            let (dsn, password) = without_password(url.expose())?;
            let args =
                ["--format=custom", "--no-owner", "--file", &path_text(to)?, "--dbname", &dsn].map(str::to_owned);
            postgres_tool("pg_dump", &args, password.as_deref(), "backed up")
        }
    }
}

pub async fn restore(config: &Config, from: &Path, force: bool) -> anyhow::Result<ExitCode> {
    if !from.is_file() {
        bail!("{} is not a file", from.display());
    }
    let url = config.database_url();
    let target = open(url.expose()).await?;
    let occupied = target.holds_data().await.context("cannot read the database to restore into")?;
    target.close().await;
    if occupied && !force {
        bail!("{url} already holds accounts: stop every node, then run again with --force to replace it");
    }
    match Backend::from_url(url.expose())? {
        Backend::Sqlite => {
            let path = sqlite_path(url.expose())?;
            // Checked on a copy beside the database (opening a file can write to it), then put in
            // place in one rename, the old write-ahead log gone with the old file.
            let staged = path.with_extension("restoring");
            std::fs::copy(from, &staged).with_context(|| format!("cannot copy {}", from.display()))?;
            let ours = match open(&format!("sqlite://{}", path_text(&staged)?)).await {
                Ok(copy) => {
                    let ours = copy.has_schema().await.unwrap_or(false);
                    copy.close().await;
                    ours
                }
                Err(_) => false,
            };
            let sidecars = |file: &Path| ["-wal", "-shm"].map(|s| PathBuf::from(format!("{}{s}", file.display())));
            for stale in sidecars(&staged) {
                let _ = std::fs::remove_file(stale);
            }
            if !ours {
                let _ = std::fs::remove_file(&staged);
                bail!("{} is not a backup of this server (no database of ours in it)", from.display());
            }
            for stale in sidecars(&path) {
                let _ = std::fs::remove_file(stale);
            }
            std::fs::rename(&staged, &path).with_context(|| format!("cannot replace {}", path.display()))?;
            // An older backup is brought up to this version's schema now rather than at start.
            let restored = open(url.expose()).await?;
            restored.migrate().await.context("cannot apply migrations to the restored database")?;
            restored.close().await;
            println!("restored {} into {url}", from.display());
            Ok(ExitCode::SUCCESS)
        }
        Backend::Postgres => {
            let (dsn, password) = without_password(url.expose())?;
            let mut args = vec!["--no-owner".to_owned(), "--dbname".to_owned(), dsn];
            if occupied {
                args.extend(["--clean".to_owned(), "--if-exists".to_owned()]);
            }
            args.push(path_text(from)?);
            postgres_tool("pg_restore", &args, password.as_deref(), "restored")
        }
    }
}

async fn open(url: &str) -> anyhow::Result<Db> {
    Db::connect(url, &DbOptions { max_connections: 1, ..DbOptions::default() })
        .await
        .with_context(|| format!("cannot open the database {}", redact(url)))
}

/// Runs a PostgreSQL tool with the password in its environment (never on its command line, where
/// every user of the machine could read it); prints the command instead when it is not installed.
fn postgres_tool(tool: &str, args: &[String], password: Option<&str>, done: &str) -> anyhow::Result<ExitCode> {
    let mut command = Command::new(tool);
    command.args(args);
    if let Some(password) = password {
        command.env("PGPASSWORD", password);
    }
    match command.status() {
        Ok(status) if status.success() => {
            println!("{done} with {tool}");
            Ok(ExitCode::SUCCESS)
        }
        Ok(status) => bail!("{tool} failed ({status})"),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let quoted: Vec<String> = args.iter().map(|a| shell_quote(a)).collect();
            let env = if password.is_some() { "PGPASSWORD=… " } else { "" };
            println!("{tool} is not installed here; run this where it is:");
            println!("{env}{tool} {}", quoted.join(" "));
            Ok(ExitCode::from(PRINTED))
        }
        Err(e) => bail!("cannot run {tool}: {e}"),
    }
}

/// The connection URL without its password, and the password.
fn without_password(url: &str) -> anyhow::Result<(String, Option<String>)> {
    let mut parsed = Url::parse(url).context("not a PostgreSQL URL")?;
    let password = parsed.password().map(percent_decode);
    parsed.set_password(None).map_err(|()| anyhow::anyhow!("not a PostgreSQL URL"))?;
    Ok((parsed.to_string(), password))
}

fn percent_decode(text: &str) -> String {
    url::form_urlencoded::parse(format!("p={}", text.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| text.to_owned())
}

fn redact(url: &str) -> String {
    without_password(url).map_or_else(|_| url.to_owned(), |(u, _)| u)
}

/// The file of a `sqlite://FILE` URL.
fn sqlite_path(url: &str) -> anyhow::Result<PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).context("not a SQLite URL")?;
    let file = rest.split('?').next().unwrap_or(rest);
    if file.is_empty() || file == ":memory:" {
        bail!("an in-memory database cannot be restored into");
    }
    Ok(PathBuf::from(file))
}

fn path_text(path: &Path) -> anyhow::Result<String> {
    path.to_str().map(str::to_owned).with_context(|| format!("not a UTF-8 path: {}", path.display()))
}

fn shell_quote(arg: &str) -> String {
    if arg.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:=@,%+".contains(c)) {
        arg.to_owned()
    } else {
        format!("'{}'", arg.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_leaves_the_url_for_the_environment() {
        let (dsn, password) = without_password("postgres://rms:s%40cret@db.internal:5432/rms").unwrap();
        assert_eq!((dsn.as_str(), password.as_deref()), ("postgres://rms@db.internal:5432/rms", Some("s@cret")));
        let (dsn, password) = without_password("postgres://postgres@127.0.0.1/test").unwrap();
        assert_eq!((dsn.as_str(), password), ("postgres://postgres@127.0.0.1/test", None));
    }

    #[test]
    fn sqlite_urls_name_their_file() {
        assert_eq!(sqlite_path("sqlite://./data/rms.db").unwrap(), PathBuf::from("./data/rms.db"));
        assert_eq!(sqlite_path("sqlite:///var/lib/rms/rms.db?mode=rwc").unwrap(), PathBuf::from("/var/lib/rms/rms.db"));
        assert!(sqlite_path("sqlite::memory:").is_err());
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
    }
}
