//! Validation tallies: counted in memory, written every ten seconds in chunks, and never counted
//! twice when the database refuses part of a flush.

use rms_store::{Backend, Db};
use rms_testkit::db_test;
use uuid::Uuid;

use crate::kit::{Kit, meta, plan};

/// Makes the database refuse any change to `license`'s validation count, as a failing disk or a
/// lost connection would in the middle of a flush.
async fn refuse_tallies_of(db: &Db, license: Uuid) {
    let sql = match db.backend() {
        Backend::Sqlite => format!(
            "CREATE TRIGGER refuse_tally BEFORE UPDATE OF validations ON licenses \
             WHEN NEW.id = X'{}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END",
            license.simple()
        ),
        Backend::Postgres => {
            rms_store::exec!(db,
                "CREATE FUNCTION refuse_tally() RETURNS trigger LANGUAGE plpgsql AS \
                 $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$";)
            .unwrap();
            format!(
                "CREATE TRIGGER refuse_tally BEFORE UPDATE OF validations ON licenses FOR EACH ROW \
                 WHEN (NEW.id = '{license}') EXECUTE FUNCTION refuse_tally()"
            )
        }
    };
    rms_store::exec!(db, sqlx::AssertSqlSafe(sql);).unwrap();
}

async fn accept_tallies_again(db: &Db) {
    let sql = match db.backend() {
        Backend::Sqlite => "DROP TRIGGER refuse_tally",
        Backend::Postgres => "DROP TRIGGER refuse_tally ON licenses",
    };
    rms_store::exec!(db, sql;).unwrap();
}

async fn validations(db: &Db, license: Uuid) -> i64 {
    rms_store::fetch!(db, query_scalar.fetch_one, "SELECT validations FROM licenses WHERE id = $1"; license).unwrap()
}

async fn usage_total(db: &Db) -> i64 {
    rms_store::fetch!(db, query_scalar.fetch_one, "SELECT CAST(COALESCE(SUM(count), 0) AS BIGINT) FROM usage_counts";)
        .unwrap()
}

db_test!(
    async fn validations_the_database_refused_in_a_later_chunk_are_written_once_when_it_accepts_them(t: TestDb) {
        let kit = Kit::new(t).await;
        let (_, plan) = kit.product("editor", plan(2), 5_000).await;
        kit.customer("ada@example.com").await;
        let mut licenses = Vec::new();
        for _ in 0..2 {
            let (license, key) =
                kit.s.catalog.issue_license(&kit.admin, "ada@example.com", plan, None, &meta()).await.unwrap();
            kit.activate(&key, "pc-1").await;
            assert_eq!(kit.validate(&key, "pc-1").await, rms_core::licensing::Code::Valid);
            licenses.push(license.id);
        }
        // Tallies are written in license order: the first license's go in the first chunk.
        licenses.sort();
        let (first, later) = (licenses[0], licenses[1]);
        // A fleet seen through the first license: more sightings than one chunk holds, so the
        // later license's tally is written in a chunk of its own.
        let pulse = kit.s.licensing.pulse();
        for _ in 0..600 {
            pulse.validated(first, Some(Uuid::now_v7()), kit.now());
        }
        let db = &kit.t.db;
        let before = (validations(db, first).await, validations(db, later).await);
        let usage_before = usage_total(db).await;

        refuse_tallies_of(db, later).await;
        assert!(kit.s.licensing.flush_all().await.is_err(), "the database refused the second chunk");
        assert_eq!(validations(db, first).await, before.0 + 601, "the first chunk was written");
        assert_eq!(validations(db, later).await, before.1, "the refused chunk changed nothing");
        let usage_written = usage_total(db).await;
        assert!(usage_written > usage_before, "the answers were counted for analytics");

        accept_tallies_again(db).await;
        kit.s.licensing.flush_all().await.unwrap();
        assert_eq!(validations(db, first).await, before.0 + 601, "what was written is not written again");
        assert_eq!(validations(db, later).await, before.1 + 1, "what was refused is written now, once");
        assert_eq!(usage_total(db).await, usage_written, "analytics counted once");

        kit.s.licensing.flush_all().await.unwrap();
        assert_eq!(
            (validations(db, first).await, validations(db, later).await),
            (before.0 + 601, before.1 + 1),
            "a flush with nothing pending writes nothing"
        );
    }
);

db_test!(
    async fn a_flush_of_many_licenses_validated_without_a_device_stays_within_every_bind_limit(t: TestDb) {
        let kit = Kit::new(t).await;
        // More licenses than one statement may bind on either database (3 values each: SQLite
        // allows 32,766, PostgreSQL 65,535), none with a device: ids no row has, so the counts
        // go nowhere, but the statements are built and run as for real ones.
        let pulse = kit.s.licensing.pulse();
        for _ in 0..25_000 {
            pulse.validated(Uuid::now_v7(), None, kit.now());
        }
        let (_, tallies) = kit.s.licensing.flush_all().await.unwrap();
        assert_eq!(tallies, 25_000, "every tally written");
        let (_, again) = kit.s.licensing.flush_all().await.unwrap();
        assert_eq!(again, 0, "and none put back");
    }
);
