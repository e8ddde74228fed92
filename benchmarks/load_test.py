"""Bounded load test of the dashboard's ``/api/events`` on a store of generated events (loopback only).

    .venv/bin/python benchmarks/load_test.py --db /tmp/dateline-load.db --events 100000 \
        --requests 5000 --concurrency 50 --workers 2

Generates the store if it is missing (``dateline.web.sample.write_generated_store``), serves it
with uvicorn on 127.0.0.1 in a child process, sends a fixed number of filtered requests from a
fixed number of concurrent clients (a raw asyncio HTTP/1.1 keep-alive client, or httpx), each with a
timeout, and prints the latency percentiles and the CPU each side spent per request. Exits 1 if
any request failed or p95 exceeds ``--max-p95-ms``.
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
from collections.abc import Callable
from pathlib import Path
from urllib.error import URLError
from urllib.parse import urlencode
from urllib.request import urlopen

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
            with urlopen(f"http://{HOST}:{port}/api/stats", timeout=30) as response:
                if response.status == 200:
                    return proc
        except (URLError, OSError):
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start within 60 s")


class HTTPError(Exception):
    """A response the raw client could not read as HTTP/1.1."""


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes, bool]:
    """One HTTP/1.1 response from a keep-alive stream: status, body, whether the server keeps the
    connection open. Handles ``Content-Length`` and chunked bodies (all uvicorn sends)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    parts = lines[0].split(b" ", 2)
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/1."):
        raise HTTPError(f"not an HTTP/1.x status line: {lines[0][:80]!r}")
    status = int(parts[1])
    length, chunked, keep_alive = None, False, True
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding":
            chunked = b"chunked" in value.lower()
        elif name == b"connection":
            keep_alive = b"close" not in value.lower()
    if chunked:
        body = bytearray()
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";", 1)[0], 16)
            if size == 0:
                await reader.readuntil(b"\r\n")  # no trailers are expected
                return status, bytes(body), keep_alive
            body += await reader.readexactly(size + 2)
            del body[-2:]
    if length is None:
        return status, await reader.read(), False  # closed-delimited body
    return status, await reader.readexactly(length), keep_alive


def check_events_body(body: bytes, url: str) -> str | None:
    """Why an /api/events answer is wrong (not JSON, missing keys, a page larger than asked), or None."""
    try:
        data = json.loads(body)
    except ValueError:
        return f"not JSON {url}"
    if not isinstance(data, dict) or not {"total", "page", "page_size", "events"} <= data.keys():
        return f"unexpected JSON {url}"
    if len(data["events"]) > data["page_size"] or len(data["events"]) > data["total"]:
        return f"page longer than asked {url}"
    return None


async def drive(base: str, urls: list[str], concurrency: int, timeout: float, expect: int = 200,
                check_every: int = 50, slowest: list[tuple[float, float, str]] | None = None,
                warmup: list[str] | None = None, on_start: Callable[[], object] | None = None,
                ) -> tuple[list[float], list[str]]:
    """Send every URL once from ``concurrency`` simulated users, each on one keep-alive connection;
    latencies in ms and error descriptions.

    A raw HTTP/1.1 client on asyncio streams: a request costs it a few tenths of a millisecond of
    CPU, against about 2.4 ms for httpx (``--client httpx``), on the cores the server also needs.
    The ``warmup`` URLs go first over the same connections (opened then, so the measured run
    neither pays for connecting nor waits on a burst of fifty new connections being accepted),
    then ``on_start()`` is called and the measured run begins. Every ``check_every``-th answer of
    an /api/events URL is parsed and checked; ``slowest`` receives (latency ms, start s, URL) of
    every measured request, for finding outliers."""
    host, port = base.removeprefix("http://").rsplit(":", 1)
    connections: list[tuple[asyncio.StreamReader, asyncio.StreamWriter] | None] = [None] * concurrency
    latencies: list[float] = []
    errors: list[str] = []
    counter = 0

    async def worker(i: int, queue: asyncio.Queue[str], measured: bool, begun: float) -> None:
        nonlocal counter
        while True:
            try:
                url = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            started = time.perf_counter()
            try:
                async with asyncio.timeout(timeout):
                    if connections[i] is None:
                        connections[i] = await asyncio.open_connection(host, int(port))
                    reader, writer = connections[i]
                    writer.write(f"GET {url} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
                    status, body, keep_alive = await read_response(reader)
                if not keep_alive:
                    writer.close()
                    connections[i] = None
                counter += 1
                if status != expect:
                    problem: str | None = f"{status} {url}"
                elif counter % check_every == 0 and url.startswith("/api/events?"):
                    problem = check_events_body(body, url)
                else:
                    problem = None
            except (OSError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                    HTTPError, ValueError) as exc:
                problem = f"{type(exc).__name__} {url}"
                if connections[i] is not None:
                    connections[i][1].close()
                connections[i] = None  # a fresh connection for the next request
            if measured:
                latencies.append((time.perf_counter() - started) * 1000)
                if problem:
                    errors.append(problem)
                if slowest is not None:
                    slowest.append((latencies[-1], started - begun, url))

    async def run(phase: list[str], measured: bool) -> None:
        queue: asyncio.Queue[str] = asyncio.Queue()
        for u in phase:
            queue.put_nowait(u)
        begun = time.perf_counter()
        await asyncio.gather(*(worker(i, queue, measured, begun) for i in range(concurrency)))

    try:
        if warmup:
            await run(warmup, measured=False)
        if on_start is not None:
            on_start()
        await run(urls, measured=True)
    finally:
        for connection in connections:
            if connection is not None:
                connection[1].close()
    return latencies, errors


async def drive_httpx(base: str, urls: list[str], concurrency: int, timeout: float, expect: int = 200,
                      warmup: list[str] | None = None, on_start: Callable[[], object] | None = None,
                      ) -> tuple[list[float], list[str]]:
    """The same load through httpx (session 1's client), for comparison: far more client CPU."""
    import httpx

    if warmup:
        await drive_httpx(base, warmup, concurrency, timeout)
    if on_start is not None:
        on_start()
    queue: asyncio.Queue[str] = asyncio.Queue()
    for u in urls:
        queue.put_nowait(u)
    latencies: list[float] = []
    errors: list[str] = []

    async def worker() -> None:
        # One keep-alive connection per simulated user, driven through httpx's transport directly.
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


KINDS = (("q", "search + country"), ("actor", "actor + type"), ("min_fatalities", "country + fatalities"),
         ("contradiction", "contradictions since"), ("sub_event_type", "month + sub-type"),
         ("country", "country + year"), ("event_type", "type"))


def profile_queries(db: Path, n: int) -> dict[str, dict[str, float]]:
    """CPU ms per /api/events query (``queries.list_events``, in this process, no HTTP) by kind of
    request in the mix: ``plain`` without the fast paths (actor words through FTS5, the search in
    both statements, every total counted, rows as Python objects), ``fast`` as the API runs it."""
    from urllib.parse import parse_qsl, urlsplit

    from dateline.web import queries
    from dateline.web.app import EventPageQuery, open_readonly

    store = open_readonly(db)
    conn = store.db
    actors, counts = queries.actor_names(conn), queries.value_counts(conn)
    spent: dict[str, dict[str, float]] = {}
    seen: dict[str, int] = {}
    rowids_max = queries.SEARCH_ROWIDS_MAX
    try:
        for url in request_mix(n):
            query = EventPageQuery.model_validate(dict(parse_qsl(urlsplit(url).query)))
            kind = next(label for key, label in KINDS if getattr(query, key) not in (None, ""))
            seen[kind] = seen.get(kind, 0) + 1
            for mode in ("plain", "fast"):
                fast = mode == "fast"
                queries.SEARCH_ROWIDS_MAX = rowids_max if fast else 0
                started = time.process_time()
                queries.list_events(conn, query.filter(), sort=query.sort, order=query.order, page=query.page,
                                    page_size=query.page_size, actors=actors if fast else None, as_json=fast,
                                    counts=counts if fast else None)
                row = spent.setdefault(kind, {"plain": 0.0, "fast": 0.0})
                row[mode] += time.process_time() - started
    finally:
        queries.SEARCH_ROWIDS_MAX = rowids_max
        store.close()
    table = {k: {m: round(v / seen[k] * 1000, 2) for m, v in row.items()} | {"requests": seen[k]}
             for k, row in spent.items()}
    table["all"] = {m: round(sum(spent[k][m] for k in spent) / n * 1000, 2) for m in ("plain", "fast")}
    return table


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
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1),
                    help="uvicorn server processes (one per core: one process alone cannot use two)")
    ap.add_argument("--url", help="send only this path (e.g. a 404 route: the cost of the HTTP stack alone)")
    ap.add_argument("--expect", type=int, default=200, help="the status code counted as success")
    ap.add_argument("--max-p95-ms", type=float, default=100.0)
    ap.add_argument("--client", choices=("raw", "httpx"), default="raw",
                    help="raw: asyncio streams, a few tenths of a ms of CPU a request; httpx: session 1's client")
    ap.add_argument("--show-slowest", type=int, default=3, help="print the slowest requests (raw client)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--profile-queries", type=int, metavar="N",
                    help="instead: CPU per query of N requests of the mix, in-process, with and without fast paths")
    args = ap.parse_args()
    if not 1 <= args.concurrency <= 200 or not 1 <= args.requests <= 100_000:
        raise SystemExit("keep it bounded: 1-200 clients, 1-100000 requests")
    if not args.db.exists():
        started = time.perf_counter()
        write_generated_store(args.db, args.events)
        print(f"generated {args.events} events into {args.db} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if args.profile_queries:
        print(json.dumps(profile_queries(args.db, args.profile_queries), indent=1))
        return
    try:
        import uvloop  # the client's event loop: the same one uvicorn uses when installed

        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    except ImportError:
        pass
    port = free_port()
    server = start_server(args.db, port, args.workers)
    try:
        base = f"http://{HOST}:{port}"
        run = drive if args.client == "raw" else drive_httpx
        urls = [args.url] * args.requests if args.url else request_mix(args.requests)
        at_start: dict[str, float] = {}

        def start() -> None:  # between the warm-up and the measured run
            at_start.update(load=os.getloadavg()[0], server=cpu_seconds(server.pid), client=time.process_time(),
                            time=time.perf_counter())

        record: list[tuple[float, float, str]] = []
        extra = {"slowest": record} if args.client == "raw" else {}
        latencies, errors = asyncio.run(run(base, urls, args.concurrency, args.timeout, args.expect,
                                            warmup=request_mix(args.warmup, seed=99), on_start=start, **extra))
        elapsed = time.perf_counter() - at_start["time"]
        server_cpu = cpu_seconds(server.pid) - at_start["server"]
        client_cpu = time.process_time() - at_start["client"]
        load_before = at_start["load"]
        with urlopen(f"{base}/api/stats", timeout=30) as response:
            total = json.load(response)["counts"]["events"]
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the server and its workers: the group it leads
        server.wait(timeout=30)
    figures = {
        "events_in_store": total, "requests": len(latencies), "concurrency": args.concurrency,
        "workers": args.workers, "client": args.client,
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
    for ms, at, url in sorted(record, reverse=True)[:args.show_slowest]:
        print(f"slow: {ms:.0f} ms, sent {at:.2f} s into the run: {url}", file=sys.stderr)
    sys.exit(1 if errors or figures["p95_ms"] > args.max_p95_ms else 0)


if __name__ == "__main__":
    main()
