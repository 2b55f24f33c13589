#!/usr/bin/env python3
"""Load benchmark of the licensing hot path against the release binary on loopback.

Starts `rms serve` on a fresh embedded SQLite database (pinned to one core), seeds a product, a
plan and LICENSES licenses each with one activated device, then runs wrk (pinned to the other
core) against /healthz, validate and heartbeat, rotating over the licenses. Prints requests/s,
p50/p99 for each at full load, each one's ratio to /healthz (which does no I/O), p99 at half of
its peak rate, and the server's peak RSS. One run, one table: the ratios are what to compare
between machines.

    cargo build --release -p rms-server --bin rms
    python3 bench/run.py            # BENCH_SECONDS=10 BENCH_CONNECTIONS=32 LICENSES=200
"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BINARY = os.environ.get("RMS_BIN", os.path.join(TARGET, "release", "rms"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "32"))
LICENSES = int(os.environ.get("LICENSES", "200"))
PORT = int(os.environ.get("BENCH_PORT", "18080"))
BASE = f"http://127.0.0.1:{PORT}"
PASSWORD = "bench-otter-41-lantern"
SERVER_CPU, LOAD_CPU = os.environ.get("BENCH_CPUS", "0,1").split(",")
PAUSE_MS = 10


def call(method, path, body=None, token=None, base=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request((base or BASE) + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    for name, value in (headers or {}).items():
        req.add_header(name, value)
    for _ in range(100):
        try:
            with urllib.request.urlopen(req) as res:
                return json.loads(res.read() or b"null")
        except urllib.error.HTTPError as e:
            # Seeding goes through the admin API, which is rate limited: wait as told.
            if e.code != 429:
                raise
            time.sleep(float(e.headers.get("Retry-After", "1")))
    sys.exit(f"{path}: still rate limited")


def wait_ready(base=None):
    for _ in range(600):
        try:
            urllib.request.urlopen((base or BASE) + "/healthz").read()
            return
        except OSError:
            time.sleep(0.05)
    sys.exit("the server did not start")


def seed(data_file):
    call("POST", "/api/v1/auth/register", {"email": "owner@bench.test", "password": PASSWORD, "name": "Owner"})
    token = call("POST", "/api/v1/auth/login", {"email": "admin@bench.test", "password": PASSWORD})["access_token"]
    product = call("POST", "/api/v1/admin/products", {"name": "Bench", "slug": "bench", "kind": "software"}, token)
    plan = call("POST", f"/api/v1/admin/products/{product['id']}/plans",
                {"name": "Pro", "max_activations": 3, "heartbeat_interval_secs": 3600}, token)
    with open(data_file, "w") as out:
        for i in range(LICENSES):
            if i % 40 == 39:
                # The admin token lives 15 minutes; the seeding is far shorter, but stay safe.
                token = call("POST", "/api/v1/auth/login",
                             {"email": "admin@bench.test", "password": PASSWORD})["access_token"]
            lic = call("POST", "/api/v1/admin/licenses", {"email": "owner@bench.test", "plan_id": plan["id"]}, token)
            fingerprint = f"machine-{i:04d}"
            act = call("POST", "/api/v1/activations",
                       {"key": lic["key"], "product": "bench", "fingerprint": fingerprint, "name": fingerprint, "nonce": f"seed-{i:06d}"})
            out.write(f"{lic['key']} {fingerprint} {act['activation']['id']}\n")


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


# Whose CPU time each run measures: label -> a function giving the process ids. The server's core
# may not be what limits a route: on PostgreSQL the database runs unpinned, beside wrk on the
# other core. A run reports each one's share of a core, and the server's CPU time per request.
CPU_OF = {}


def cpu_ticks(pids):
    """{pid: (CPU ticks it used, CPU ticks of its children it reaped)} so far, for the live ones."""
    ticks = {}
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            # utime + stime (all threads); cutime + cstime: children that exited and were reaped.
            ticks[pid] = (int(fields[11]) + int(fields[12]), int(fields[13]) + int(fields[14]))
        except (OSError, IndexError, ValueError):
            pass
    return ticks


def cpu_now():
    return {label: cpu_ticks(pids()) for label, pids in CPU_OF.items()}, time.monotonic()


def cpu_used(before, after):
    """CPU seconds used between two cpu_ticks snapshots: each process's own growth (all of it for
    one that started meanwhile), plus what the reaped children of the ones seen both times used
    (a PostgreSQL backend or autovacuum worker that exited during the run)."""
    ticks = 0
    for pid, (own, reaped) in after.items():
        was_own, was_reaped = before.get(pid, (0, reaped))
        ticks += own - was_own + reaped - was_reaped
    return ticks / os.sysconf("SC_CLK_TCK")


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(script, path, data_file, kind, delay_ms=0, connections=CONNECTIONS, base=None, seconds=None, env=None):
    env = dict(os.environ, BENCH_KIND=kind, BENCH_DATA=data_file, BENCH_DELAY_MS=str(delay_ms), **(env or {}))
    cmd = ["taskset", "-c", LOAD_CPU, "wrk", "-t1", f"-c{connections}", f"-d{seconds or SECONDS}s", "--latency",
           "-s", os.path.join(ROOT, "bench", script), (base or BASE) + path]
    before, started = cpu_now()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    after, ended = cpu_now()
    result = parse_wrk(out.stdout, out.stderr)
    result["cpu"] = {label: cpu_used(before[label], after[label]) / (ended - started) for label in after}
    return result


def parse_wrk(text, stderr):
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    pct = {m.group(1): to_ms(m.group(2), m.group(3))
           for m in re.finditer(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    requests = re.search(r"(\d+) requests in", text)
    unexpected = len([line for line in stderr.splitlines() if line.startswith("unexpected status")])
    return {"rps": rps, "p50": pct.get("50", 0.0), "p99": pct.get("99", 0.0),
            "errors": int(errors.group(1)) if errors else 0, "unexpected": unexpected,
            "requests": int(requests.group(1)) if requests else 0}


RUNS = [("/healthz", "healthz.lua", "/healthz", "healthz"),
        ("validate", "rotate.lua", "/api/v1/licenses/validate", "validate"),
        ("heartbeat", "rotate.lua", "/", "heartbeat")]


def full_and_half(data_file, base=None, env=None):
    """Each of RUNS at full load, then at half of its own peak rate."""
    full, half = {}, {}
    for name, script, path, kind in RUNS:
        full[name] = wrk(script, path, data_file, kind, base=base, env=env)
    for name, script, path, kind in RUNS:
        # Half of this route's peak: every connection pauses a random 0..2*PAUSE_MS (wrk counts
        # whole milliseconds) before each request, and there are as many connections as it
        # takes for them together to offer that rate. Latency excludes the pause.
        target = full[name]["rps"] / 2
        connections = max(1, round(target * (PAUSE_MS + full[name]["p50"] / 2) / 1000))
        half[name] = wrk(script, path, data_file, kind, PAUSE_MS, connections, base=base, env=env)
    return full, half


def print_table(full, half):
    base = full["/healthz"]["rps"]
    labels = list(full["/healthz"].get("cpu", {}))
    print(f"{'route':<11}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'vs healthz':>12}"
          f"{'half-load req/s':>17}{'half p99 ms':>13}{'non-2xx':>9}"
          + "".join(f"{label + ' CPU':>15}" for label in labels)
          + (f"{'server µs/req':>15}{'vs healthz':>12}" if "server" in labels else ""))
    cost = {name: max(full[name]["cpu"]["server"], 1e-9) * 1e6 / max(full[name]["rps"], 1e-9) for name in full} \
        if "server" in labels else {}
    for name in full:
        f, h = full[name], half[name]
        print(f"{name:<11}{f['rps']:>10.0f}{f['p50']:>9.2f}{f['p99']:>9.2f}{f['rps'] / base:>11.1%}"
              f"{h['rps']:>17.0f}{h['p99']:>13.2f}{f['errors'] + h['errors']:>9}"
              + "".join(f"{f['cpu'][label]:>15.0%}" for label in labels)
              + (f"{cost[name]:>15.0f}{cost['/healthz'] / cost[name]:>11.1%}" if cost else ""))
    if cost:
        print("(CPU: share of one core during the full-load run; server µs/req: the server's CPU time per "
              "request, and healthz's as a share of it, the throughput ratio the route would reach if the "
              "server's core were all that limited it)")


def main():
    for tool in ("wrk", "taskset"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is needed (apt-get install wrk util-linux)")
    if not os.path.exists(BINARY):
        sys.exit(f"{BINARY} not found: cargo build --release -p rms-server --bin rms")
    work = tempfile.mkdtemp(prefix="rms-bench-")
    env = dict(os.environ, RMS_DATA_DIR=work, RMS_LISTEN=f"127.0.0.1:{PORT}", RMS_LOG="warn",
               RMS_PRODUCT_RATE_PER_KEY="1000000", RMS_PRODUCT_RATE_PER_IP="1000000",
               RMS_ADMIN_PASSWORD=PASSWORD)
    env.pop("RMS_DATABASE_URL", None)
    env.pop("RMS_REDIS_URL", None)
    subprocess.run([BINARY, "migrate"], env=env, check=True, capture_output=True)
    subprocess.run([BINARY, "admin", "create", "--email", "admin@bench.test"], env=env, check=True,
                   capture_output=True)
    server = subprocess.Popen(["taskset", "-c", SERVER_CPU, BINARY, "serve"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    CPU_OF["server"] = lambda: [server.pid]
    peak_rss = [0]
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            try:
                peak_rss[0] = max(peak_rss[0], rss_kib(server.pid))
            except OSError:
                pass
            time.sleep(0.1)

    try:
        wait_ready()
        data_file = os.path.join(work, "licenses.txt")
        seed(data_file)
        threading.Thread(target=sample, daemon=True).start()
        full, half = full_and_half(data_file)
    finally:
        stop.set()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)

    print(f"rms bench: {LICENSES} licenses, {CONNECTIONS} connections, {SECONDS}s per run, "
          f"server on CPU {SERVER_CPU}, wrk on CPU {LOAD_CPU}, embedded SQLite")
    print_table(full, half)
    print(f"server peak RSS: {peak_rss[0] / 1024:.1f} MB")


if __name__ == "__main__":
    main()
