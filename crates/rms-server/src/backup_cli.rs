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

/// Exit code when the PostgreSQL tool is missing and its command was printed instead (2 is
/// clap's for a mistyped command line).
const PRINTED: u8 = 3;

/// The lock file beside a SQLite database that every server on it holds shared.
pub fn in_use_lock(database: &Path) -> PathBuf {
    PathBuf::from(format!("{}.in-use", database.display()))
}

/// Taken by `serve` and `worker` on a SQLite database: a shared lock `rms restore` must be able to
/// turn exclusive before it replaces the file. `None` on PostgreSQL.
pub fn hold_in_use(config: &Config) -> anyhow::Result<Option<std::fs::File>> {
    let url = config.database_url();
    if Backend::from_url(url.expose())? != Backend::Sqlite {
        return Ok(None);
    }
    let Ok(path) = sqlite_path(url.expose()) else { return Ok(None) };
    let lock = in_use_lock(&path);
    let file = lock_file(&lock)?;
    // Not waited for: a restore holds it whole, and the server must say so rather than hang.
    if file.try_lock_shared().is_err() {
        bail!(
            "{} is being restored (rms restore holds {}): start the server when it has finished",
            url,
            lock.display()
        );
    }
    Ok(Some(file))
}

fn lock_file(path: &Path) -> anyhow::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .with_context(|| format!("cannot open {}", path.display()))
}

pub async fn backup(config: &Config, to: &Path) -> anyhow::Result<ExitCode> {
    let url = config.database_url();
    let backend = Backend::from_url(url.expose())?;
    if backend == Backend::Sqlite && !sqlite_path(url.expose())?.is_file() {
        bail!("there is no database at {url}: check RMS_DATABASE_URL and RMS_DATA_DIR");
    }
    // Created first, readable by its owner only (it holds password hashes and personal data),
    // and never over an existing file; removed again when the backup fails.
    drop(private_new_file(to)?);
    let done = match backend {
        Backend::Sqlite => backup_sqlite(url.expose(), to).await,
        Backend::Postgres => {
            let (dsn, password) = without_password(url.expose())?;
            let args =
                ["--format=custom", "--no-owner", "--file", &path_text(to)?, "--dbname", &dsn].map(str::to_owned);
            postgres_tool("pg_dump", &args, password.as_deref(), "backed up")
        }
    };
    if !matches!(&done, Ok(code) if *code == ExitCode::SUCCESS) {
        let _ = std::fs::remove_file(to);
    }
    done
}

async fn backup_sqlite(url: &str, to: &Path) -> anyhow::Result<ExitCode> {
    let db = open(url).await?;
    if !db.has_table("users").await? {
        bail!("{} holds no database of this server", redact(url));
    }
    db.backup_sqlite(to).await.with_context(|| format!("cannot write the backup to {}", to.display()))?;
    db.close().await;
    let size = std::fs::metadata(to).map(|m| m.len()).unwrap_or(0);
    println!("backed up {} to {} ({size} bytes); keep the master key apart from it", redact(url), to.display());
    Ok(ExitCode::SUCCESS)
}

/// A new, empty file only its owner may read.
fn private_new_file(path: &Path) -> anyhow::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            anyhow::anyhow!("{} already exists: a backup never overwrites a file; choose another name", path.display())
        } else {
            anyhow::anyhow!("cannot create {}: {e}", path.display())
        }
    })
}

pub async fn restore(config: &Config, from: &Path, force: bool) -> anyhow::Result<ExitCode> {
    if !from.is_file() {
        bail!("{} is not a file", from.display());
    }
    let url = config.database_url();
    match Backend::from_url(url.expose())? {
        Backend::Sqlite => restore_sqlite(url.expose(), from, force).await,
        Backend::Postgres => {
            let target = open(url.expose()).await?;
            // Nodes still connected would write into what is being replaced. A session that just
            // disconnected lingers for a moment in PostgreSQL's list: give those a few seconds.
            let mut others = target.other_sessions().await?;
            for _ in 0..20 {
                if others == 0 {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(250)).await;
                others = target.other_sessions().await?;
            }
            let (schema, occupied) = (target.has_table("users").await?, target.holds_data().await?);
            target.close().await;
            if others > 0 {
                bail!("{others} other connections use {url}: stop every node (and worker) first");
            }
            if occupied && !force {
                bail!("{url} already holds accounts: stop every node, then run again with --force to replace it");
            }
            let (dsn, password) = without_password(url.expose())?;
            // All or nothing: one transaction, stopped at the first error.
            let mut args: Vec<String> =
                ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"].map(str::to_owned).into();
            if schema {
                args.extend(["--clean".to_owned(), "--if-exists".to_owned()]);
            }
            args.extend(["--dbname".to_owned(), dsn, path_text(from)?]);
            postgres_tool("pg_restore", &args, password.as_deref(), "restored")
        }
    }
}

async fn restore_sqlite(url: &str, from: &Path, force: bool) -> anyhow::Result<ExitCode> {
    let path = sqlite_path(url)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    // A server running on the file holds its lock shared; this one takes it whole until done.
    let lock = lock_file(&in_use_lock(&path))?;
    if lock.try_lock().is_err() {
        bail!("a server is running on {url}: stop every node (and worker) first");
    }
    if path.is_file() {
        let target = open(url).await?;
        let occupied = target.holds_data().await.context("cannot read the database to restore into")?;
        target.close().await;
        if occupied && !force {
            bail!("{url} already holds accounts: run again with --force to replace it");
        }
    }
    // Checked and brought to this version's schema on a copy beside the database (opening a
    // file can write to it), so that nothing is replaced by a file that will not serve.
    let staged = path.with_extension("restoring");
    std::fs::copy(from, &staged).with_context(|| format!("cannot copy {}", from.display()))?;
    let checked = check_and_migrate(&staged, from).await;
    for stale in sidecars(&staged) {
        let _ = std::fs::remove_file(stale);
    }
    if let Err(e) = checked {
        let _ = std::fs::remove_file(&staged);
        return Err(e);
    }
    // The database it replaces is kept beside it, with its write-ahead log, until the operator
    // removes it.
    let aside = path.with_extension("pre-restore");
    if path.is_file() {
        let moves =
            std::iter::once((path.clone(), aside.clone())).chain(sidecars(&path).into_iter().zip(sidecars(&aside)));
        for (old, kept) in moves {
            if old.exists() {
                std::fs::rename(&old, &kept).with_context(|| format!("cannot move {} aside", old.display()))?;
            }
        }
    }
    std::fs::rename(&staged, &path).with_context(|| format!("cannot put the backup at {}", path.display()))?;
    drop(lock);
    let kept =
        if aside.exists() { format!("; the database it replaced is at {}", aside.display()) } else { String::new() };
    println!("restored {} into {}{kept}", from.display(), redact(url));
    Ok(ExitCode::SUCCESS)
}

/// Whether the copy at `staged` is a database of this server, brought to this version's schema.
async fn check_and_migrate(staged: &Path, from: &Path) -> anyhow::Result<()> {
    let not_ours = || anyhow::anyhow!("{} is not a backup of this server (no database of ours in it)", from.display());
    let copy = open(&format!("sqlite://{}", path_text(staged)?)).await.map_err(|_| not_ours())?;
    let ours =
        copy.has_table("users").await.unwrap_or(false) && copy.has_table("_sqlx_migrations").await.unwrap_or(false);
    let migrated = if ours { copy.migrate().await.map_err(anyhow::Error::from) } else { Ok(()) };
    copy.close().await;
    if !ours {
        return Err(not_ours());
    }
    migrated.context("the backup cannot be brought to this version's schema")
}

/// A SQLite file's write-ahead log and shared-memory index.
fn sidecars(file: &Path) -> [PathBuf; 2] {
    ["-wal", "-shm"].map(|s| PathBuf::from(format!("{}{s}", file.display())))
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
    let Some(password) = parsed.password().map(percent_decode) else { return Ok((url.to_owned(), None)) };
    parsed.set_password(None).map_err(|()| anyhow::anyhow!("not a PostgreSQL URL"))?;
    Ok((parsed.to_string(), Some(password)))
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
