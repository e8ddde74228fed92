"""Bounded load test of the dashboard's ``/api/events`` on a store of generated events (loopback only).

    .venv/bin/python benchmarks/load_test.py --db /tmp/dateline-load.db --events 100000 \
        --requests 5000 --concurrency 50

Generates the store if it is missing (``dateline.web.sample.write_generated_store``), serves it
with uvicorn on 127.0.0.1 in a child process, sends a fixed number of filtered requests from a
fixed number of concurrent asyncio + httpx clients, each with a timeout, and prints the latency
percentiles. Exits 1 if any request failed or p95 exceeds ``--max-p95-ms``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx

from dateline.taxonomy import ACLED_TAXONOMY
from dateline.web.sample import _COUNTRIES, write_generated_store

HOST = "127.0.0.1"  # never anything else: this only ever loads the local machine


def request_mix(n: int, seed: int = 1) -> list[str]:
    """``n`` /api/events URLs mixing the filters an analyst uses: type, country, dates, actor, search, sort."""
    rng = random.Random(seed)
    types = list(ACLED_TAXONOMY)
    subtypes = [s for subs in ACLED_TAXONOMY.values() for s in subs]
    countries = list(_COUNTRIES)
    words = ("shelled", "convoy", "market", "checkpoint", "hospital", "airfield", "ambushed", "bridge")
    urls = []
    for _ in range(n):
        year = rng.randrange(2015, 2025)
        month = rng.randrange(1, 13)
        params: dict[str, object] = {}
        kind = rng.randrange(7)
        if kind == 0:
            params |= {"event_type": rng.choice(types)}
        elif kind == 1:
            params |= {"country": rng.choice(countries), "date_from": f"{year}-01-01", "date_to": f"{year}-12-31"}
        elif kind == 2:
            params |= {"date_from": f"{year}-{month:02d}", "date_to": f"{year}-{month:02d}",
                       "sub_event_type": rng.choice(subtypes)}
        elif kind == 3:
            params |= {"q": rng.choice(words), "country": rng.choice(countries)}
        elif kind == 4:
            # An actor picked from the form's list (a full name), or typed words of a name.
            country = rng.choice(countries)
            actor = rng.choice((f"Military Forces of {country}", f"Rebels ({country})", country))
            params |= {"actor": actor, "event_type": rng.choice(types)}
        elif kind == 5:
            params |= {"country": rng.choice(countries), "sort": "fatalities", "order": "desc",
                       "min_fatalities": rng.choice([1, 5, 10])}
        else:
            params |= {"contradiction": "true", "date_from": f"{year}-01-01", "background": "exclude"}
        params |= {"page": rng.choice([1, 1, 1, 2, 3, 5]), "page_size": rng.choice([25, 50, 100])}
        urls.append("/api/events?" + urlencode(params))
    return urls


def cpu_seconds(group: int) -> float:
    """User + system CPU time so far of the processes in a process group (Linux /proc; 0 elsewhere)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == group:
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, workers: int = 1) -> subprocess.Popen:
    """uvicorn serving the store on loopback, in its own process group (workers are its children)."""
    code = (
        "import uvicorn; uvicorn.run('dateline.web.app:app_from_environment', factory=True, "
        f"host={HOST!r}, port={port}, workers={workers}, log_level='warning', access_log=False)"
    )
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "DATELINE_DB": str(db.resolve())}
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://{HOST}:{port}/api/stats", timeout=30).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start within 60 s")


async def drive(base: str, urls: list[str], concurrency: int, timeout: float, expect: int = 200
                ) -> tuple[list[float], list[str]]:
    """Send every URL once from ``concurrency`` workers; latencies in ms and error descriptions."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for u in urls:
        queue.put_nowait(u)
    latencies: list[float] = []
    errors: list[str] = []

    async def worker() -> None:
        # One keep-alive connection per simulated user, driven through httpx's transport directly
        # (the Client's redirect, cookie and auth machinery would cost the client more CPU than the
        # server spends on a request, on the same two cores).
        transport = httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=1, max_keepalive_connections=1))
        extensions = {"timeout": {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}}
        async with transport:
            while True:
                try:
                    url = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                started = time.perf_counter()
                try:
                    request = httpx.Request("GET", base + url, extensions=extensions)
                    response = await transport.handle_async_request(request)
                    await response.aread()
                    await response.aclose()
                    if response.status_code != expect:
                        errors.append(f"{response.status_code} {url}")
                except httpx.HTTPError as exc:
                    errors.append(f"{type(exc).__name__} {url}")
                latencies.append((time.perf_counter() - started) * 1000)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, errors


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/dateline-load.db"))
    ap.add_argument("--events", type=int, default=100_000, help="events to generate if the store is missing")
    ap.add_argument("--requests", type=int, default=5_000)
    ap.add_argument("--warmup", type=int, default=200)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per request")
    ap.add_argument("--workers", type=int, default=1, help="uvicorn server processes")
    ap.add_argument("--url", help="send only this path (e.g. a 404 route: the cost of the HTTP stack alone)")
    ap.add_argument("--expect", type=int, default=200, help="the status code counted as success")
    ap.add_argument("--max-p95-ms", type=float, default=100.0)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    if not 1 <= args.concurrency <= 200 or not 1 <= args.requests <= 100_000:
        raise SystemExit("keep it bounded: 1-200 clients, 1-100000 requests")
    if not args.db.exists():
        started = time.perf_counter()
        write_generated_store(args.db, args.events)
        print(f"generated {args.events} events into {args.db} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    try:
        import uvloop  # the client's event loop: the same one uvicorn uses when installed

        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    except ImportError:
        pass
    port = free_port()
    server = start_server(args.db, port, args.workers)
    try:
        base = f"http://{HOST}:{port}"
        asyncio.run(drive(base, request_mix(args.warmup, seed=99), args.concurrency, args.timeout))
        urls = [args.url] * args.requests if args.url else request_mix(args.requests)
        load_before = os.getloadavg()[0]
        server_cpu, client_cpu = cpu_seconds(server.pid), time.process_time()
        started = time.perf_counter()
        latencies, errors = asyncio.run(drive(base, urls, args.concurrency, args.timeout, args.expect))
        elapsed = time.perf_counter() - started
        server_cpu, client_cpu = cpu_seconds(server.pid) - server_cpu, time.process_time() - client_cpu
        total = httpx.get(f"{base}/api/stats", timeout=30).json()["counts"]["events"]
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the server and its workers: the group it leads
        server.wait(timeout=30)
    figures = {
        "events_in_store": total, "requests": len(latencies), "concurrency": args.concurrency,
        "errors": len(errors), "seconds": round(elapsed, 2), "requests_per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 50), 1), "p95_ms": round(percentile(latencies, 95), 1),
        "p99_ms": round(percentile(latencies, 99), 1), "max_ms": round(max(latencies), 1),
        "mean_ms": round(statistics.fmean(latencies), 1),
        # Diagnostics independent of other load on the machine: CPU spent per request by each side.
        "server_cpu_ms_per_request": round(server_cpu / len(latencies) * 1000, 2),
        "client_cpu_ms_per_request": round(client_cpu / len(latencies) * 1000, 2),
        "load_average_before": round(load_before, 2), "cpus": os.cpu_count(),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(" ".join(f"{k}={v}" for k, v in figures.items()))
    for e in errors[:10]:
        print("error:", e, file=sys.stderr)
    sys.exit(1 if errors or figures["p95_ms"] > args.max_p95_ms else 0)


if __name__ == "__main__":
    main()
