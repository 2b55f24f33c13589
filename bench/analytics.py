#!/usr/bin/env python3
"""Dashboard benchmark: analytics over a year of 10 million synthetic events.

Starts the release binary on a fresh embedded SQLite database, seeds a product, a plan, a
license and a published release through the API, then writes EVENTS synthetic events straight
into the database (80 % downloads, 20 % activations of which a third ended later), spread evenly
over the past 365 days. It then times the year's `licenses` and `downloads` reports (median of
three) computed live from the events (no rollup yet), rolls the year up with
`rms analytics roll-up`, and times the same reports again from the rollup. One run, one table:
the ratio is what to compare between machines.

    cargo build --release -p rms-server --bin rms
    python3 bench/analytics.py      # EVENTS=10000000 BENCH_PORT=18081
"""

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BINARY = os.environ.get("RMS_BIN", os.path.join(TARGET, "release", "rms"))
EVENTS = int(os.environ.get("EVENTS", "10000000"))
PORT = int(os.environ.get("BENCH_PORT", "18081"))
BASE = f"http://127.0.0.1:{PORT}"
PASSWORD = "bench-otter-41-lantern"
DAY_MS = 86_400_000


def call(method, path, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(BASE + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    for _ in range(100):
        try:
            with urllib.request.urlopen(req, timeout=600) as res:
                return json.loads(res.read() or b"null")
        except urllib.error.HTTPError as e:
            if e.code != 429:
                sys.exit(f"{method} {path}: {e.code} {e.read()[:300]!r}")
            time.sleep(float(e.headers.get("Retry-After", "1")))
    sys.exit(f"{path}: still rate limited")


def wait_ready():
    for _ in range(400):
        try:
            urllib.request.urlopen(BASE + "/healthz").read()
            return
        except OSError:
            time.sleep(0.05)
    sys.exit("the server did not start")


def start(env):
    server = subprocess.Popen([BINARY, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_ready()
    return server


def stop(server):
    server.terminate()
    server.wait(timeout=60)


def login():
    return call("POST", "/api/v1/auth/login", {"email": "admin@bench.test", "password": PASSWORD})["access_token"]


def seed():
    token = login()
    product = call("POST", "/api/v1/admin/products", {"name": "Bench", "slug": "bench", "kind": "software"}, token)
    plan = call("POST", f"/api/v1/admin/products/{product['id']}/plans", {"name": "Pro", "max_activations": 3}, token)
    lic = call("POST", "/api/v1/admin/licenses", {"email": "admin@bench.test", "plan_id": plan["id"]}, token)
    return product["id"], lic["id"]


def fill(db_file, product, license_id, today):
    """Writes the synthetic events with SQLite's own loops (seconds per million rows)."""
    db = sqlite3.connect(db_file)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    now_ms = today * DAY_MS
    start_ms = now_ms - 365 * DAY_MS
    release, artifact = uuid.uuid4().bytes, uuid.uuid4().bytes
    lic = uuid.UUID(license_id).bytes
    db.execute(
        "INSERT INTO releases (id, product_id, version, version_key, channel, state, notes, created_at, published_at) "
        "VALUES (?, ?, '1.0.0', '1.0.0', 'stable', 'published', '', ?, ?)",
        (release, uuid.UUID(product).bytes, start_ms, start_ms))
    db.execute(
        "INSERT INTO release_artifacts (id, release_id, platform, file_name, sha256, size, created_at) "
        "VALUES (?, ?, 'linux-x86_64', 'bench.tar.gz', ?, 1, ?)",
        (artifact, release, "0" * 64, start_ms))
    downloads = EVENTS * 8 // 10
    activations = EVENTS - downloads
    span = 365 * DAY_MS - 1
    db.execute(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) "
        "INSERT INTO release_downloads (id, release_id, artifact_id, license_id, created_at) "
        "SELECT randomblob(16), ?, ?, ?, ? + i * ? / ? FROM n",
        (downloads, release, artifact, lic, start_ms, span, downloads))
    # A third of the activations end between one and thirty days after they began (never later
    # than now).
    db.execute(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) "
        "INSERT INTO activations (id, license_id, binding, counts_seat, created_at, last_seen_at, deactivated_at, deactivated_by) "
        "SELECT randomblob(16), ?, 'pc-' || i, 1, ? + i * ? / ?, ? + i * ? / ?, "
        "CASE WHEN i % 3 = 0 THEN MIN(? + i * ? / ? + (1 + i % 30) * 86400000, ? - 1) END, "
        "CASE WHEN i % 3 = 0 THEN 'product' END FROM n",
        (activations, lic, start_ms, span, activations, start_ms, span, activations,
         start_ms, span, activations, now_ms))
    db.commit()
    db.close()
    return downloads, activations


def timed(path, token, runs=3):
    times = []
    answer = None
    for _ in range(runs):
        t = time.perf_counter()
        answer = call("GET", path, token=token)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), answer


def main():
    if not os.path.exists(BINARY):
        sys.exit(f"{BINARY} not found: cargo build --release -p rms-server --bin rms")
    work = tempfile.mkdtemp(prefix="rms-bench-analytics-")
    env = dict(os.environ, RMS_DATA_DIR=work, RMS_LISTEN=f"127.0.0.1:{PORT}", RMS_LOG="warn",
               RMS_ADMIN_PASSWORD=PASSWORD)
    for var in ("RMS_DATABASE_URL", "RMS_REDIS_URL"):
        env.pop(var, None)
    subprocess.run([BINARY, "migrate"], env=env, check=True, capture_output=True)
    subprocess.run([BINARY, "admin", "create", "--email", "admin@bench.test"], env=env, check=True,
                   capture_output=True)
    server = start(env)
    product, license_id = seed()
    stop(server)
    db_file = next(os.path.join(work, f) for f in os.listdir(work) if f.endswith(".db") or f.endswith(".sqlite"))
    today = int(time.time() * 1000) // DAY_MS
    t = time.perf_counter()
    downloads, activations = fill(db_file, product, license_id, today)
    fill_s = time.perf_counter() - t
    server = start(env)
    token = login()
    year = (f"from={time.strftime('%Y-%m-%d', time.gmtime((today - 364) * 86400))}"
            f"&to={time.strftime('%Y-%m-%d', time.gmtime(today * 86400))}&granularity=month")
    reports = ("downloads", "licenses")
    live = {r: timed(f"/api/v1/admin/analytics/{r}?{year}", token) for r in reports}
    stop(server)
    t = time.perf_counter()
    subprocess.run([BINARY, "analytics", "roll-up"], env=env, check=True, capture_output=True)
    rollup_s = time.perf_counter() - t
    db = sqlite3.connect(db_file)
    rows = db.execute("SELECT COUNT(*) FROM analytics_daily").fetchone()[0]
    db.close()
    server = start(env)
    token = login()
    rolled = {r: timed(f"/api/v1/admin/analytics/{r}?{year}", token) for r in reports}
    stop(server)
    print(f"rms analytics bench: {downloads:,} downloads + {activations:,} activations over 365 days, "
          f"embedded SQLite, written in {fill_s:.0f} s")
    print(f"rollup of the year: {rollup_s:.1f} s, {rows:,} rollup rows")
    print(f"{'report (one year, by month)':30} {'live ms':>10} {'rollup ms':>10} {'rollup/live':>12}  source")
    for r in reports:
        (lms, lans), (rms_, rans) = live[r], rolled[r]
        assert json.dumps({k: v for k, v in lans.items() if k != "source"}, sort_keys=True) == \
            json.dumps({k: v for k, v in rans.items() if k != "source"}, sort_keys=True), f"{r}: rollup != live"
        print(f"{r:30} {lms:10.1f} {rms_:10.1f} {rms_ / lms:11.2%}  {rans['source']}")
    print(f"data: {work}")


if __name__ == "__main__":
    main()
