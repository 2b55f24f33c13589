#!/usr/bin/env python3
"""Load at scale against the release binary on loopback (issue 19).

    cargo build --release -p rms-server --bin rms
    python3 bench/scale.py                 # all of it: sqlite, postgres, purchases
    python3 bench/scale.py sqlite          # or one part: sqlite | postgres | purchases

Parts:

* sqlite, postgres: a database holding ACTIVATIONS activations (1,000,000). LICENSES licenses
  (200) are made through the API with one device each; each gets DEVICES_PER_LICENSE - 1 more
  devices (499) written straight into the database, so 100,000 devices can really heartbeat; the
  rest of the million belong to background licenses cloned in SQL (10 devices each, keys nobody
  knows), so every table and index has its full size. The server is then restarted on that
  database and driven with wrk as bench/run.py does (healthz, validate, heartbeat at full load and
  at half of each one's peak, over 100,000 devices), and then the fleet: FLEET devices (100,000)
  each heartbeating every FLEET_EVERY seconds (600) for FLEET_SECONDS (600), with the write rate
  that causes (PostgreSQL: WAL bytes and rows updated; SQLite: bytes the server process wrote).
* purchases: two `rms serve` nodes and one `rms worker` on PostgreSQL and Redis; BUYERS buyers
  (100) each with a funded wallet buy through both nodes at once for BENCH_SECONDS; purchases per
  second, p50/p99, the books checked afterwards, and the memory of every process.

The server (every rms process) is pinned to CPU 0 and wrk to CPU 1 (BENCH_CPUS); PostgreSQL and
Redis are not pinned. PostgreSQL is reached at BENCH_PG (postgres://postgres@127.0.0.1:5432), in
databases this script drops and creates (rms_bench, rms_bench_buy); Redis at BENCH_REDIS.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run as bench  # noqa: E402  (the helpers of the hot-path bench)

ACTIVATIONS = int(os.environ.get("ACTIVATIONS", "1000000"))
LICENSES = int(os.environ.get("LICENSES", "200"))
DEVICES_PER_LICENSE = int(os.environ.get("DEVICES_PER_LICENSE", "500"))
BACKGROUND_DEVICES = 10
FLEET = int(os.environ.get("FLEET", str(LICENSES * DEVICES_PER_LICENSE)))
FLEET_EVERY = int(os.environ.get("FLEET_EVERY", "600"))
FLEET_SECONDS = int(os.environ.get("FLEET_SECONDS", "600"))
BUYERS = int(os.environ.get("BUYERS", "100"))
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379")
PORT = bench.PORT
PASSWORD = bench.PASSWORD


class Processes:
    """The rms processes of one part, their peak memory sampled every 100 ms."""

    def __init__(self, env):
        self.env = env
        self.procs = {}
        self.peak = {}
        self.stop = threading.Event()
        threading.Thread(target=self.sample, daemon=True).start()

    def start(self, name, *args, port=None):
        env = dict(self.env)
        if port:
            env["RMS_LISTEN"] = f"127.0.0.1:{port}"
        proc = subprocess.Popen(["taskset", "-c", bench.SERVER_CPU, bench.BINARY, *args], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Peak first: the sampler thread reads both.
        self.peak[name] = 0
        self.procs[name] = proc
        if port:
            bench.wait_ready(f"http://127.0.0.1:{port}")
        return proc

    def sample(self):
        while not self.stop.is_set():
            for name, proc in list(self.procs.items()):
                try:
                    self.peak[name] = max(self.peak[name], bench.rss_kib(proc.pid))
                except OSError:
                    pass
            time.sleep(0.1)

    def rss_mb(self, name):
        return bench.rss_kib(self.procs[name].pid) / 1024

    def stop_all(self):
        for proc in self.procs.values():
            proc.send_signal(signal.SIGTERM)
        for proc in self.procs.values():
            proc.wait(timeout=60)
        self.procs.clear()

    def close(self):
        self.stop.set()
        for proc in self.procs.values():
            proc.kill()


def psql(url, sql):
    out = subprocess.run(["psql", "-qAtX", "-v", "ON_ERROR_STOP=1", url, "-c", sql], capture_output=True,
                         text=True, check=True)
    return out.stdout.strip()


def fresh_pg(name):
    psql(f"{PG}/postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    psql(f"{PG}/postgres", f"CREATE DATABASE {name}")
    return f"{PG}/{name}"


def base_env(work, database_url=None, redis=False):
    env = dict(os.environ, RMS_DATA_DIR=work, RMS_LISTEN=f"127.0.0.1:{PORT}", RMS_LOG="warn",
               RMS_PRODUCT_RATE_PER_KEY="1000000", RMS_PRODUCT_RATE_PER_IP="1000000", RMS_ADMIN_PASSWORD=PASSWORD,
               RMS_TRUSTED_PROXIES="127.0.0.1/32")
    env.pop("RMS_DATABASE_URL", None)
    env.pop("RMS_REDIS_URL", None)
    if database_url:
        env["RMS_DATABASE_URL"] = database_url
    if redis:
        env["RMS_REDIS_URL"] = REDIS
    subprocess.run([bench.BINARY, "migrate"], env=env, check=True, capture_output=True)
    subprocess.run([bench.BINARY, "admin", "create", "--email", "admin@bench.test"], env=env, check=True,
                   capture_output=True)
    return env


def admin_token(base=None):
    body = {"email": "admin@bench.test", "password": PASSWORD}
    return bench.call("POST", "/api/v1/auth/login", body, base=base)["access_token"]


def seed_licenses():
    """LICENSES licenses through the API, each with one activated device: [(license id, key, device)]."""
    bench.call("POST", "/api/v1/auth/register", {"email": "owner@bench.test", "password": PASSWORD, "name": "Owner"})
    token = admin_token()
    product = bench.call("POST", "/api/v1/admin/products", {"name": "Bench", "slug": "bench", "kind": "software"}, token)
    plan = bench.call("POST", f"/api/v1/admin/products/{product['id']}/plans",
                      {"name": "Fleet", "max_activations": DEVICES_PER_LICENSE, "heartbeat_interval_secs": FLEET_EVERY},
                      token)
    seeded = []
    for i in range(LICENSES):
        if i % 40 == 39:
            token = admin_token()
        lic = bench.call("POST", "/api/v1/admin/licenses", {"email": "owner@bench.test", "plan_id": plan["id"]}, token)
        device = f"machine-{i:05d}"
        bench.call("POST", "/api/v1/activations", {"key": lic["key"], "product": "bench", "fingerprint": device,
                                                   "name": device, "nonce": f"seed-{i:06d}"})
        seeded.append((lic["id"], lic["key"], device))
    return seeded


class Sqlite:
    name = "embedded SQLite"

    def __init__(self, work):
        self.work = work
        self.env = base_env(work)

    def connect(self):
        return sqlite3.connect(os.path.join(self.work, "rms.db"))

    def columns(self, db, table):
        return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]

    def grow(self, background_licenses):
        db = self.connect()
        db.execute("PRAGMA journal_mode = WAL")
        lic_cols = self.columns(db, "licenses")
        act_cols = self.columns(db, "activations")
        def series(n):
            return f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n}) "

        # The seeded licenses' other devices.
        exprs = {"id": "randomblob(16)", "binding": "a.binding || '-' || n.i"}
        select = ", ".join(exprs.get(c, f"a.{c}") for c in act_cols)
        db.execute(series(DEVICES_PER_LICENSE - 1) + f"INSERT INTO activations ({', '.join(act_cols)}) "
                   f"SELECT {select} FROM activations a, n")
        # Background licenses: copies of a seeded one under keys nobody has.
        exprs = {"id": "randomblob(16)", "key_hash": "randomblob(32)", "key_prefix": "'bg'"}
        select = ", ".join(exprs.get(c, f"l.{c}") for c in lic_cols)
        db.execute(series(background_licenses) + f"INSERT INTO licenses ({', '.join(lic_cols)}) SELECT {select} "
                   "FROM n, (SELECT * FROM licenses LIMIT 1) l")
        exprs = {"id": "randomblob(16)", "license_id": "l.id", "binding": "'bg-' || n.i"}
        select = ", ".join(exprs.get(c, f"a.{c}") for c in act_cols)
        db.execute(series(BACKGROUND_DEVICES) + f"INSERT INTO activations ({', '.join(act_cols)}) SELECT {select} "
                   "FROM licenses l, n, (SELECT * FROM activations LIMIT 1) a WHERE l.key_prefix = 'bg'")
        db.execute("UPDATE licenses SET seats_used = (SELECT COUNT(*) FROM activations a WHERE a.license_id = "
                   "licenses.id AND a.deactivated_at IS NULL)")
        db.commit()
        db.execute("ANALYZE")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        count = db.execute("SELECT COUNT(*) FROM activations").fetchone()[0]
        db.close()
        return count

    def fleet(self, keys, limit):
        db = self.connect()
        rows = db.execute("SELECT lower(hex(license_id)), lower(hex(id)), binding FROM activations "
                          f"WHERE license_id IN (SELECT id FROM licenses WHERE key_prefix <> 'bg') LIMIT {limit}")
        out = [(keys[str(uuid.UUID(lic))], binding, str(uuid.UUID(act))) for lic, act, binding in rows]
        db.close()
        return out

    def writes(self, pid):
        """Bytes this server process has written to storage so far."""
        with open(f"/proc/{pid}/io") as f:
            return {"bytes": int(next(line for line in f if line.startswith("write_bytes:")).split()[1])}


class Postgres:
    name = "PostgreSQL"

    def __init__(self, work):
        self.url = fresh_pg("rms_bench")
        self.env = base_env(work, self.url, redis=True)

    def columns(self, table):
        return psql(self.url, f"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}' "
                              "ORDER BY ordinal_position").split("\n")

    def grow(self, background_licenses):
        lic_cols, act_cols = self.columns("licenses"), self.columns("activations")
        exprs = {"id": "gen_random_uuid()", "binding": "a.binding || '-' || n"}
        select = ", ".join(exprs.get(c, f"a.{c}") for c in act_cols)
        psql(self.url, f"INSERT INTO activations ({', '.join(act_cols)}) SELECT {select} FROM activations a, "
                       f"generate_series(1, {DEVICES_PER_LICENSE - 1}) n")
        exprs = {"id": "gen_random_uuid()", "key_hash": "sha256(gen_random_uuid()::text::bytea)",
                 "key_prefix": "'bg'"}
        select = ", ".join(exprs.get(c, f"l.{c}") for c in lic_cols)
        psql(self.url, f"INSERT INTO licenses ({', '.join(lic_cols)}) SELECT {select} FROM "
                       f"generate_series(1, {background_licenses}) n, (SELECT * FROM licenses LIMIT 1) l")
        exprs = {"id": "gen_random_uuid()", "license_id": "l.id", "binding": "'bg-' || n"}
        select = ", ".join(exprs.get(c, f"a.{c}") for c in act_cols)
        psql(self.url, f"INSERT INTO activations ({', '.join(act_cols)}) SELECT {select} FROM licenses l, "
                       f"generate_series(1, {BACKGROUND_DEVICES}) n, (SELECT * FROM activations LIMIT 1) a "
                       "WHERE l.key_prefix = 'bg'")
        psql(self.url, "UPDATE licenses SET seats_used = (SELECT COUNT(*) FROM activations a WHERE a.license_id = "
                       "licenses.id AND a.deactivated_at IS NULL)")
        psql(self.url, "VACUUM ANALYZE")
        return int(psql(self.url, "SELECT COUNT(*) FROM activations"))

    def fleet(self, keys, limit):
        rows = psql(self.url, "SELECT license_id, id, binding FROM activations WHERE license_id IN "
                              f"(SELECT id FROM licenses WHERE key_prefix <> 'bg') LIMIT {limit}").split("\n")
        return [(keys[lic], binding, act) for lic, act, binding in (r.split("|") for r in rows)]

    def writes(self, _pid):
        row = psql(self.url, "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint, tup_updated, "
                             "xact_commit FROM pg_stat_database WHERE datname = current_database()")
        wal, updated, commits = (int(v) for v in row.split("|"))
        return {"bytes": wal, "rows updated": updated, "commits": commits}


def postgres_pids():
    """Every PostgreSQL process on the machine (the bench's database is the only busy one)."""
    out = subprocess.run(["pgrep", "-x", "postgres"], capture_output=True, text=True)
    return [int(pid) for pid in out.stdout.split()]


def million(kind):
    work = tempfile.mkdtemp(prefix=f"rms-scale-{kind}-")
    store = Sqlite(work) if kind == "sqlite" else Postgres(work)
    procs = Processes(store.env)
    try:
        procs.start("server", "serve", port=PORT)
        started = time.time()
        seeded = seed_licenses()
        seeded_in = time.time() - started
        procs.stop_all()
        real = LICENSES * DEVICES_PER_LICENSE
        background = max(0, (ACTIVATIONS - real) // BACKGROUND_DEVICES)
        started = time.time()
        count = store.grow(background)
        grown_in = time.time() - started
        keys = {lic: key for lic, key, _ in seeded}
        devices = store.fleet(keys, FLEET)
        data_file = os.path.join(work, "fleet.txt")
        with open(data_file, "w") as out:
            for key, binding, act in devices:
                out.write(f"{key} {binding} {act}\n")

        server = procs.start("server", "serve", port=PORT)
        bench.CPU_OF["server"] = lambda: [server.pid]
        if kind == "postgres":
            bench.CPU_OF["postgres"] = postgres_pids
        rss_start = procs.rss_mb("server")
        # The devices written in SQL are real devices to the server: one of them validates.
        key, binding, act = devices[-1]
        answer = bench.call("POST", "/api/v1/licenses/validate",
                            {"key": key, "product": "bench", "nonce": "check-0001", "fingerprint": binding})
        if answer.get("code") != "VALID" or answer.get("activation", {}).get("id") != act:
            sys.exit(f"a device written in SQL does not validate: {answer}")
        full, half = bench.full_and_half(data_file)
        # The fleet: each device once every FLEET_EVERY seconds, in turn. At this rate a beat takes
        # a millisecond or two, so connections pausing `pause` ms each offer about `rate`.
        rate = len(devices) / FLEET_EVERY
        pause = 100
        connections = max(1, round(rate * (pause + 1) / 1000))
        before = store.writes(server.pid)
        fleet = bench.wrk("rotate.lua", "/", data_file, "heartbeat", pause, connections, seconds=FLEET_SECONDS)
        after = store.writes(server.pid)
        rss_end = procs.rss_mb("server")
    finally:
        bench.CPU_OF.clear()
        procs.stop_all()
        procs.close()

    print(f"\nrms scale bench, {store.name}: {count:,} activations ({len(seeded)} licenses with "
          f"{DEVICES_PER_LICENSE} devices each, {background:,} background licenses with {BACKGROUND_DEVICES}); "
          f"seeded through the API in {seeded_in:.0f} s, grown in SQL in {grown_in:.0f} s")
    print(f"{bench.CONNECTIONS} connections, {bench.SECONDS}s per run over {len(devices):,} devices, "
          f"server on CPU {bench.SERVER_CPU}, wrk on CPU {bench.LOAD_CPU}")
    bench.print_table(full, half)
    seconds = FLEET_SECONDS
    print(f"fleet: {len(devices):,} devices every {FLEET_EVERY} s for {seconds} s = {rate:.1f} beats/s intended; "
          f"served {fleet['rps']:.1f}/s, p50 {fleet['p50']:.2f} ms, p99 {fleet['p99']:.2f} ms, "
          f"non-2xx {fleet['errors']}")
    written = {k: (after[k] - before[k]) / seconds for k in after}
    per_beat = written["bytes"] / max(fleet["rps"], 1e-9)
    what = "WAL" if kind == "postgres" else "written by the server"
    extra = "".join(f", {k} {v:.1f}/s" for k, v in written.items() if k != "bytes")
    print(f"fleet writes: {written['bytes'] / 1024:.1f} KiB/s {what} ({per_beat:.0f} bytes per heartbeat){extra}")
    print(f"server RSS: {rss_start:.1f} MB after start, {rss_end:.1f} MB after the fleet, "
          f"peak {procs.peak['server'] / 1024:.1f} MB")


def purchases():
    work = tempfile.mkdtemp(prefix="rms-scale-buy-")
    url = fresh_pg("rms_bench_buy")
    env = base_env(work, url, redis=True)
    procs = Processes(env)
    ports = [PORT, PORT + 1]
    bases = [f"http://127.0.0.1:{p}" for p in ports]
    try:
        for i, port in enumerate(ports):
            procs.start(f"api-{i}", "serve", port=port)
        procs.start("worker", "worker")
        token = admin_token()
        product = bench.call("POST", "/api/v1/admin/products", {"name": "Shop", "slug": "shop", "kind": "software"},
                             token)
        plan = bench.call("POST", f"/api/v1/admin/products/{product['id']}/plans",
                          {"name": "Annual", "max_activations": 1, "duration_days": 365}, token)
        bench.call("POST", f"/api/v1/admin/plans/{plan['id']}/prices", {"amount_minor": 100}, token)
        keys_file = os.path.join(work, "buyers.txt")
        with open(keys_file, "w") as out:
            for i in range(BUYERS):
                # Each buyer signs up from an address of its own (the sign-up budget is per address).
                headers = {"X-Forwarded-For": f"10.9.{i // 250}.{i % 250 + 1}"}
                email = f"buyer{i}@bench.test"
                bench.call("POST", "/api/v1/auth/register", {"email": email, "password": PASSWORD, "name": "Buyer"},
                           headers=headers, base=bases[i % 2])
                buyer = bench.call("POST", "/api/v1/auth/login", {"email": email, "password": PASSWORD},
                                   headers=headers, base=bases[i % 2])["access_token"]
                me = bench.call("GET", "/api/v1/me", token=buyer)
                bench.call("POST", f"/api/v1/admin/users/{me['id']}/wallet/adjust",
                           {"amount_minor": 100_000_000, "reason": "bench"}, token)
                key = bench.call("POST", "/api/v1/api-keys", {"name": "bench", "scopes": ["read", "wallet"]}, buyer)
                out.write(key["secret"] + "\n")
        rss_seeded = {name: procs.rss_mb(name) for name in procs.procs}

        def both(script, path, kind, connections, extra):
            results = [None, None]

            def one(i):
                results[i] = bench.wrk(script, path, keys_file, kind, connections=connections, base=bases[i],
                                       env=dict(extra, BENCH_NODE=str(i)))

            threads = [threading.Thread(target=one, args=(i,)) for i in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            return results

        health = both("healthz.lua", "/healthz", "healthz", bench.CONNECTIONS // 2, {})
        run = uuid.uuid4().hex[:8]
        bought = both("purchase.lua", "/api/v1/store/purchase", "purchase", bench.CONNECTIONS // 2,
                      {"BENCH_PLAN": plan["id"], "BENCH_RUN": run})
        charged = int(psql(url, "SELECT COUNT(*) FROM ledger_txns WHERE kind = 'purchase'"))
        invoices = int(psql(url, "SELECT COUNT(*) FROM invoices WHERE kind = 'invoice'"))
        waiting = int(psql(url, "SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running')"))
        books = bench.call("GET", "/api/v1/admin/ledger/reconcile", token=admin_token())
    finally:
        procs.stop_all()
        procs.close()

    ok = sum(r["requests"] - r["errors"] for r in bought)
    health_rps = sum(r["rps"] for r in health)
    rate = sum(r["rps"] for r in bought)
    print(f"\nrms scale bench, purchases: 2 API nodes + 1 worker on PostgreSQL and Redis, {BUYERS} buyers, "
          f"{bench.CONNECTIONS} connections ({bench.CONNECTIONS // 2} per node), {bench.SECONDS}s")
    print(f"{'node':<8}{'healthz req/s':>15}{'purchases/s':>13}{'p50 ms':>9}{'p99 ms':>9}{'non-201':>9}")
    for i in range(2):
        print(f"{i:<8}{health[i]['rps']:>15.0f}{bought[i]['rps']:>13.1f}{bought[i]['p50']:>9.2f}"
              f"{bought[i]['p99']:>9.2f}{bought[i]['unexpected']:>9}")
    print(f"both    {health_rps:>15.0f}{rate:>13.1f}   ({rate / health_rps:.2%} of /healthz)")
    # wrk stops with requests in flight: the server finishes those (up to one per connection)
    # after wrk stopped counting. Every request has its own key, so none is charged twice.
    print(f"books: {ok} purchases answered 201 (and up to {bench.CONNECTIONS} in flight when wrk stopped), "
          f"{charged} charged, {invoices} invoices, ledger ok = {books['ok']}, "
          f"{waiting} jobs still queued (PDFs and receipts) when the run ended")
    for name in rss_seeded:
        print(f"{name:<8} RSS {rss_seeded[name]:.1f} MB after seeding, peak {procs.peak[name] / 1024:.1f} MB")
    if not ok <= charged <= ok + bench.CONNECTIONS or invoices != charged or not books["ok"]:
        sys.exit("the books do not match the answers")


def main():
    sys.stdout.reconfigure(line_buffering=True)
    for tool in ("wrk", "taskset", "psql"):
        if not bench.shutil.which(tool):
            sys.exit(f"{tool} is needed")
    if not os.path.exists(bench.BINARY):
        sys.exit(f"{bench.BINARY} not found: cargo build --release -p rms-server --bin rms")
    parts = sys.argv[1:] or ["sqlite", "postgres", "purchases"]
    for part in parts:
        if part in ("sqlite", "postgres"):
            million(part)
        elif part == "purchases":
            purchases()
        else:
            sys.exit(f"unknown part {part}: sqlite | postgres | purchases")


if __name__ == "__main__":
    main()
