"""The FastAPI application: server-rendered pages and a JSON API over one read-only store.

Safe by default: the store is opened read-only (``mode=ro`` and ``PRAGMA query_only``), every
query is parameterised (``dateline.web.queries``), page sizes are bounded, article text is
escaped by Jinja2's autoescaping and a Content-Security-Policy forbids inline scripts, so
markup inside an article can only ever show as text.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar
from urllib.parse import urlencode

import anyio.to_thread
import orjson
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field, ValidationError
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import dateline
from dateline import export, timeline_module
from dateline.store import MIGRATIONS, Store, event_from_json
from dateline.timeline.render import QUALIFIER_WORDS, heading, written_date
from dateline.web import charts, queries
from dateline.web.queries import EventFilter, QueryError

HERE = Path(__file__).parent
SortKey = Literal["date", "type", "sub_type", "country", "actor", "fatalities", "sources", "claims"]
Order = Literal["asc", "desc"]
Background = Literal["include", "exclude", "only"]
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
MMAP_BYTES = 1 << 30  # address space only; the OS shares the pages with its file cache
_HIGHLIGHT = re.compile(r"^(\d{1,9})-(\d{1,9})$")


class SecurityHeaders:
    """Pure ASGI middleware adding the security headers to every response."""

    HEADERS = (("Content-Security-Policy", CSP), ("X-Content-Type-Options", "nosniff"),
               ("Referrer-Policy", "no-referrer"))

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self.HEADERS:
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def open_readonly(db_path: Path) -> Store:
    """The store, read-only twice over (``mode=ro`` and ``query_only``), memory-mapped for reads:
    filtered pages touch rows all over the table, and mapped pages skip a copy per row."""
    store = Store(db_path, readonly=True)
    store.db.execute("PRAGMA query_only = 1")
    store.db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    return store


class _AggregateCache:
    """Whole-store aggregates (overview charts, counts, filter choices), computed once per version of
    the store's files: they scan every event, and the store only changes when a run rewrites it."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.lock = threading.Lock()
        self.stamp: tuple[int, ...] = ()
        self.values: dict[tuple[Any, ...], Any] = {}

    def _stamp(self) -> tuple[int, ...]:
        out = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(f"{self.db_path}{suffix}")
                out += [st.st_mtime_ns, st.st_size]
            except OSError:
                out += [0, 0]
        return tuple(out)

    def get(self, fn: Callable[..., Any], conn: sqlite3.Connection, *args: Any) -> Any:
        stamp, key = self._stamp(), (fn.__name__, *args)
        with self.lock:
            if stamp != self.stamp:
                self.stamp, self.values = stamp, {}
            if key in self.values:
                return self.values[key]
        value = fn(conn, *args)
        with self.lock:
            if stamp == self.stamp:
                self.values[key] = value
        return value


class _Connections:
    """One read-only connection per worker thread (sqlite3 connections are not shared)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.local = threading.local()
        self.lock = threading.Lock()
        self.opened: list[Store] = []

    def store(self) -> Store:
        store = getattr(self.local, "store", None)
        if store is None:
            store = open_readonly(self.db_path)
            self.local.store = store
            with self.lock:
                self.opened.append(store)
        return store

    def close(self) -> None:
        with self.lock:
            for store in self.opened:
                store.close()
            self.opened.clear()


def _flag(value: str | None, name: str) -> bool | None:
    if value is None or value == "":
        return None
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise QueryError(f"{name} must be true or false, got {value!r}")


class EventQuery(BaseModel):
    """The event filter's query parameters (empty form fields mean no filter). One model, validated
    in one pass: FastAPI resolves a dozen separate parameters several times slower, on the hot path."""

    date_from: str | None = Field(None, max_length=10, description="First date, YYYY[-MM[-DD]]")
    date_to: str | None = Field(None, max_length=10, description="Last date, YYYY[-MM[-DD]]")
    event_type: str | None = Field(None, max_length=100, description="ACLED event type")
    sub_event_type: str | None = Field(None, max_length=100, description="ACLED sub-event type")
    actor: str | None = Field(None, max_length=200, description="An actor: its full stored name, or words of a name")
    country: str | None = Field(None, max_length=100)
    q: str | None = Field(None, max_length=500, description="Full-text search (FTS5)")
    raw: str | None = Field(None, description="true: q is FTS5 query syntax")
    background: Background = Field("include", description="Background facts: include, exclude, only")
    contradiction: str | None = Field(None, description="true: only events whose claimants disagree")
    min_fatalities: str | None = Field(None, max_length=9, description="Least best fatality figure")

    def filter(self) -> EventFilter:
        least = None
        if self.min_fatalities:
            if not self.min_fatalities.isdigit():
                raise QueryError(f"min_fatalities must be a whole number >= 0, got {self.min_fatalities!r}")
            least = int(self.min_fatalities)
        return EventFilter(
            date_from=self.date_from, date_to=self.date_to, event_type=self.event_type,
            sub_event_type=self.sub_event_type, actor=self.actor, country=self.country, q=self.q,
            raw=bool(_flag(self.raw, "raw")), background=self.background,
            contradiction=_flag(self.contradiction, "contradiction"), min_fatalities=least,
        )


class SortedEventQuery(EventQuery):
    sort: SortKey = "date"
    order: Order = "desc"


class EventPageQuery(SortedEventQuery):
    page: int = Field(1, ge=1, le=1_000_000)
    page_size: int = Field(50, ge=1, le=queries.MAX_PAGE_SIZE)


QueryModel = TypeVar("QueryModel", bound=BaseModel)


def query_model(model: type[QueryModel]) -> Callable[[Request], Awaitable[QueryModel]]:
    """A dependency validating the query string as ``model`` in one pydantic call. FastAPI's own
    handling of a query model walks its fields in Python on every request (0.2-0.4 ms for these,
    a tenth of the whole /api/events request); errors are the same 422 with ``query`` locations."""

    async def parse(request: Request) -> QueryModel:  # async: no hop to a worker thread
        try:
            return model.model_validate(dict(request.query_params))
        except ValidationError as exc:
            raise RequestValidationError(
                [{**e, "loc": ("query", *e["loc"])} for e in exc.errors(include_url=False)]) from None

    return parse


def query_parameters(model: type[BaseModel]) -> dict[str, Any]:
    """The OpenAPI ``parameters`` of a query model read through ``query_model`` (``openapi_extra``)."""
    schema = model.model_json_schema()
    return {"parameters": [
        {"name": name, "in": "query", "required": name in schema.get("required", ()), "schema": prop,
         **({"description": prop["description"]} if "description" in prop else {})}
        for name, prop in schema["properties"].items()
    ]}


Filter = Annotated[EventQuery, Depends(query_model(EventQuery))]
SortedFilter = Annotated[SortedEventQuery, Depends(query_model(SortedEventQuery))]
PageFilter = Annotated[EventPageQuery, Depends(query_model(EventPageQuery))]
PageNo = Annotated[int, Query(ge=1, le=1_000_000)]
PageSize = Annotated[int, Query(ge=1, le=queries.MAX_PAGE_SIZE)]


def create_app(db_path: str | Path, *, allowed_hosts: list[str] | None = None, threads: int = 4) -> FastAPI:
    """The dashboard over the store at ``db_path`` (opened read-only); ``allowed_hosts`` refuses other
    Host headers; ``threads`` bounds the worker threads that run queries."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise FileNotFoundError(f"no store at {db_path}")
    with Store(db_path, readonly=True) as probe:
        behind = probe.version < len(MIGRATIONS)
    if behind:
        Store(db_path).close()  # bring an older store's schema up to date, as every other command does
    connections = _Connections(db_path)
    connections.store().counts()  # fail now, not on the first request, if it is not a dateline store

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Queries run in worker threads; a few threads keep the CPUs busy, many only fight over the GIL.
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield
        connections.close()

    app = FastAPI(
        title="dateline", lifespan=lifespan,
        version=dateline.__version__,
        description="Dated, sourced conflict events: a read-only dashboard and JSON API over a dateline store.",
        # FastAPI's Swagger page loads its assets from a CDN: the offline /api/docs below replaces it.
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )
    app.state.connections = connections
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    cache = _AggregateCache(db_path)

    def aggregate(fn: Callable[..., Any], conn: sqlite3.Connection, *args: Any) -> Any:
        return cache.get(fn, conn, *args)

    def actors(conn: sqlite3.Connection) -> queries.ActorNames:
        """The store's actor names (words typed into the actor filter resolve to names through it)."""
        return cache.get(queries.actor_names, conn)

    def db() -> sqlite3.Connection:
        """This thread's connection (called inside each endpoint: endpoints run in worker threads)."""
        return connections.store().db

    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals["nav"] = [
        ("/", "Overview"), ("/timeline", "Timeline"), ("/events", "Events"), ("/map", "Map"),
        ("/articles", "Articles"), ("/api/docs", "API"),
    ]
    templates.env.filters["qs"] = lambda params: urlencode({k: v for k, v in params.items() if v not in (None, "")})
    templates.env.filters["fmt_claim"] = _format_claim
    templates.env.filters["written_date"] = written_date
    templates.env.globals["entry_heading"] = lambda t, events: heading(
        t, (events[i]["date_precision"] for i in t.event_ids if i in events))
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    app.add_middleware(SecurityHeaders)

    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith("/api/")

    def error_page(request: Request, status: int, message: str) -> Response:
        return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                          status_code=status)

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError) -> Response:
        if wants_html(request):
            return error_page(request, 400, str(exc))
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        details = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()
        ]
        if wants_html(request):
            text = "; ".join(f"{'.'.join(map(str, d['loc'][1:]))}: {d['msg']}" for d in details)
            return error_page(request, 422, f"Bad parameters: {text}")
        return JSONResponse({"detail": details}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_html(request) and not request.url.path.startswith("/static/"):
            return error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    # -- JSON API --------------------------------------------------------------------------
    @app.get("/api/stats", tags=["api"], summary="Counts, date span, top events and filter choices")
    def api_stats() -> dict[str, Any]:
        conn = db()
        return {"counts": aggregate(queries.counts, conn), "top_events": aggregate(queries.top_events, conn),
                "facets": aggregate(queries.facets, conn)}

    @app.get("/api/stats/fatalities", tags=["api"], summary="Killed per period, per side, per claimant")
    def api_fatalities(
        background: Annotated[bool, Query(description="Include background periods")] = False,
    ) -> dict[str, Any]:
        conn = db()
        bucket = queries.choose_bucket(*aggregate(queries.date_span, conn, background))
        return {"bucket": bucket, "series": aggregate(queries.claimed_fatalities, conn, bucket, background)}

    @app.get("/api/stats/types", tags=["api"], summary="Events per period and event type")
    def api_types(background: Annotated[bool, Query()] = False) -> dict[str, Any]:
        conn = db()
        bucket = queries.choose_bucket(*aggregate(queries.date_span, conn, background))
        return {"bucket": bucket, "rows": aggregate(queries.types_over_time, conn, bucket, background)}

    @app.get("/api/events", tags=["api"], summary="Events matching the filters, one page",
             openapi_extra=query_parameters(EventPageQuery))
    async def api_events(query: PageFilter) -> Response:
        # The hot path: indexed queries of a few milliseconds run on the event loop's own connection
        # (a hop to a worker thread costs more than the query); queries.QUERY_TIME_LIMIT bounds how
        # long a pathological filter can hold the loop.
        conn, flt = db(), query.filter()
        result = queries.list_events(conn, flt, sort=query.sort, order=query.order, page=query.page,
                                     page_size=query.page_size, actors=actors(conn), as_json=True,
                                     counts=cache.get(queries.value_counts, conn))
        head = orjson.dumps({"total": result.total, "page": result.page, "page_size": result.page_size,
                             "pages": result.pages, "filters": flt.params()})
        body = head[:-1] + b',"events":' + (result.rows_json or "[]").encode() + b"}"
        return Response(body, media_type="application/json")

    def export_route(suffix: str) -> None:
        """``/api/events.<suffix>``: every filtered event, streamed through that format's serializer."""
        serializer, media_type, summary = EXPORTS[suffix]

        def export(query: SortedFilter) -> StreamingResponse:
            conn, flt = db(), query.filter()
            rows = _export_rows(conn, db_path, flt, query.sort, query.order, actors(conn))
            return StreamingResponse(serializer(rows), media_type=media_type,
                                     headers={"Content-Disposition": f'attachment; filename="events.{suffix}"'})

        app.get(f"/api/events.{suffix}", tags=["api"], summary=summary, name=f"api_events_{suffix}",
                openapi_extra=query_parameters(SortedEventQuery))(export)

    for suffix in EXPORTS:
        export_route(suffix)

    @app.get("/api/events/{event_id}", tags=["api"], summary="One event: every claim, source and figure")
    def api_event(event_id: str) -> dict[str, Any]:
        conn = db()
        event = queries.event_json(conn, event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return {"event": _public_event(event), "claim_groups": _public_groups(queries.claim_table(event))}

    @app.get("/api/map", tags=["api"], summary="Located events for the map (deadliest first, bounded)",
             openapi_extra=query_parameters(EventQuery))
    def api_map(
        query: Filter, limit: Annotated[int, Query(ge=1, le=queries.MAX_MAP_POINTS)] = queries.MAX_MAP_POINTS,
    ) -> dict[str, Any]:
        conn = db()
        return {"points": queries.map_points(conn, query.filter(), limit, actors(conn))}

    @app.get("/api/timeline", tags=["api"], summary="Dated timeline entries with their sources")
    def api_timeline(
        start: Annotated[str | None, Query(max_length=10)] = None,
        end: Annotated[str | None, Query(max_length=10)] = None,
        dates: Annotated[int | None, Query(ge=1, le=10_000)] = None,
        sentences: Annotated[int, Query(ge=1, le=20)] = 3,
        background: Annotated[bool, Query()] = True,
        keyword: Annotated[list[str] | None, Query(max_length=100)] = None,
    ) -> dict[str, Any]:
        entries = _timeline(start, end, dates, sentences, background, keyword)
        return {"entries": [t.to_json() for t in entries]}

    @app.get("/api/articles", tags=["api"], summary="Stored articles, newest first, with full-text search")
    def api_articles(
        q: Annotated[str | None, Query(max_length=500)] = None,
        raw: Annotated[bool, Query()] = False, page: PageNo = 1, page_size: PageSize = 50,
    ) -> dict[str, Any]:
        conn = db()
        result = queries.list_articles(conn, q=q, raw=raw, page=page, page_size=page_size)
        return {"total": result.total, "page": result.page, "page_size": result.page_size, "pages": result.pages,
                "articles": result.rows}

    @app.get("/api/articles/{article_id}", tags=["api"], summary="One article with its dates, entities, claims")
    def api_article(article_id: str) -> dict[str, Any]:
        conn = db()
        data = queries.article(conn, article_id)
        if data is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return data

    def _timeline(start: str | None, end: str | None, dates: int | None, sentences: int, background: bool,
                  keyword: list[str] | None) -> list[dateline.TimelineEntry]:
        start = queries.check_partial_date(start, "start")
        end = queries.check_partial_date(end, "end")
        opts = timeline_module.TimelineOptions(
            max_dates=dates, sentences_per_date=sentences, start=start, end=end,
            keywords=[k for k in keyword or [] if k.strip()], include_background=background,
        )
        return timeline_module.build(connections.store(), opts)

    # -- pages -----------------------------------------------------------------------------
    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> Response:
        """The API's endpoints and parameters, from the OpenAPI schema, with no external assets."""
        schema = app.openapi()
        endpoints = [
            {"path": path, "method": method.upper(), "summary": op.get("summary", ""),
             "params": [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                         "description": p.get("description") or p.get("schema", {}).get("description", ""),
                         "schema": p.get("schema", {})} for p in op.get("parameters", [])]}
            for path, ops in schema["paths"].items() for method, op in ops.items()
        ]
        return templates.TemplateResponse(request, "api.html", {"endpoints": endpoints, "version": schema["info"]})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request, background: bool = False) -> Response:
        conn = db()
        bucket = queries.choose_bucket(*aggregate(queries.date_span, conn, background))
        fatal = aggregate(queries.claimed_fatalities, conn, bucket, background)
        types = aggregate(queries.types_over_time, conn, bucket, background)
        return templates.TemplateResponse(request, "overview.html", {
            "counts": aggregate(queries.counts, conn), "top": aggregate(queries.top_events, conn),
            "background": background,
            "fatal_spec": charts.fatalities_chart(fatal, bucket), "types_spec": charts.types_chart(types, bucket),
            "n_series": len({r["series"] for r in fatal}), "bucket": bucket,
        })

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(
        request: Request, start: Annotated[str | None, Query(max_length=10)] = None,
        end: Annotated[str | None, Query(max_length=10)] = None,
        dates: Annotated[int | None, Query(ge=1, le=10_000)] = None,
        background: bool = True, keyword: Annotated[str | None, Query(max_length=100)] = None,
    ) -> Response:
        conn = db()
        entries = _timeline(start, end, dates, 3, background, [keyword] if keyword else None)
        shown = entries[:500]
        events = queries.events_json(conn, [i for t in shown for i in t.event_ids])
        return templates.TemplateResponse(request, "timeline.html", {
            "entries": shown, "n_entries": len(entries), "events": events,
            "form": {"start": start or "", "end": end or "", "dates": dates or "", "keyword": keyword or "",
                     "background": background},
        })

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, query: PageFilter) -> Response:
        conn, flt = db(), query.filter()
        sort, order, page_size = query.sort, query.order, query.page_size
        result = queries.list_events(conn, flt, sort=sort, order=order, page=query.page, page_size=page_size,
                                     actors=actors(conn), counts=cache.get(queries.value_counts, conn))
        params = flt.params()
        return templates.TemplateResponse(request, "events.html", {
            "result": result, "filters": params, "flt": flt, "sort": sort, "order": order,
            "facets": aggregate(queries.facets, conn), "sort_keys": list(queries.SORT_COLUMNS),
            "state": {**params, "sort": sort, "order": order, "page_size": page_size},
        })

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str) -> Response:
        conn = db()
        event = queries.event_json(conn, event_id)
        if event is None:
            raise HTTPException(404, f"No event {event_id!r}.")
        ids = sorted({c["article_id"] for c in event["claims"]} | {s["article_id"] for s in event["sources"]})
        articles = {a["id"]: a for a in (queries.article_header(conn, i) for i in ids) if a}
        groups = queries.claim_table(event)
        for group in groups:
            for entry in group["claimants"]:
                for c in entry["claims"]:
                    text = articles.get(c["article_id"], {}).get("text")
                    c["context"] = queries.excerpt(text, c["start"], c["end"]) if text else ("", c["quote"], "")
                    c["publication"] = articles.get(c["article_id"])
        return templates.TemplateResponse(request, "event.html", {
            "e": event, "groups": groups, "articles": articles,
        })

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request, query: Filter) -> Response:
        conn, flt = db(), query.filter()
        points = queries.map_points(conn, flt, actors=actors(conn))
        unlocated = queries.count_unlocated(conn, flt, actors(conn))
        return templates.TemplateResponse(request, "map.html", {
            "spec": charts.map_chart(points), "n_points": len(points), "unlocated": unlocated,
            "filters": flt.params(), "flt": flt, "facets": aggregate(queries.facets, conn),
            "limit": queries.MAX_MAP_POINTS,
        })

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(
        request: Request, q: Annotated[str | None, Query(max_length=500)] = None,
        page: PageNo = 1, page_size: PageSize = 50,
    ) -> Response:
        conn = db()
        result = queries.list_articles(conn, q=q, page=page, page_size=page_size)
        return templates.TemplateResponse(request, "articles.html", {"result": result, "q": q or ""})

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(
        request: Request, article_id: str, hl: Annotated[str | None, Query(max_length=21)] = None,
    ) -> Response:
        conn = db()
        highlight = None
        if hl:
            m = _HIGHLIGHT.match(hl)
            if not m:
                raise QueryError("hl must be START-END (character offsets)")
            highlight = (int(m.group(1)), int(m.group(2)))
        data = queries.article(conn, article_id)
        if data is None:
            raise HTTPException(404, f"No article {article_id!r}.")
        segments = queries.annotate(data["text"], data, highlight)
        events = queries.events_json(conn, data["event_ids"])
        return templates.TemplateResponse(request, "article.html", {
            "a": data, "segments": segments, "events": sorted(events.values(), key=lambda e: (e["date"], e["id"])),
            "highlight": highlight,
        })

    return app


def app_from_environment() -> FastAPI:
    """App factory for process managers (``uvicorn --factory``, several workers): the store is
    ``$DATELINE_DB``, and ``$DATELINE_ALLOWED_HOSTS`` (comma-separated) restricts Host headers."""
    hosts = [h for h in os.environ.get("DATELINE_ALLOWED_HOSTS", "").split(",") if h]
    return create_app(os.environ["DATELINE_DB"], allowed_hosts=hosts or None)


def _export_rows(conn: sqlite3.Connection, db_path: Path, flt: EventFilter, sort: str, order: str,
                 actors: queries.ActorNames | None = None) -> Iterator[dict[str, Any]]:
    """Check the filter now (a bad search is a 400, not a broken download), then stream the rows
    from a connection of their own: a streamed body is read from other threads than the request's."""
    queries.list_events(conn, flt, sort=sort, order=order, page=1, page_size=1, actors=actors)

    def rows() -> Iterator[dict[str, Any]]:
        with open_readonly(db_path) as store:
            yield from queries.iter_event_json(store.db, flt, sort=sort, order=order, actors=actors)

    return rows()


def _public_event(event: dict[str, Any]) -> dict[str, Any]:
    """The documented JSON form of an event (``Event.to_json``)."""
    return event_from_json(event).to_json()


def _public_groups(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def clean(c: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in c.items() if k not in ("mention_id",)}

    return [
        {**g, "claimants": [{"claimant": e["claimant"], "figure": clean(e["figure"]),
                              "claims": [clean(c) for c in e["claims"]]} for e in g["claimants"]]}
        for g in groups
    ]


def _format_claim(c: dict[str, Any]) -> str:
    """A claim's figure as the timeline writes it: thousands separated, a range its own bound."""
    if c.get("count_high"):
        return f"{c['count']:,}–{c['count_high']:,}"
    return QUALIFIER_WORDS.get(c.get("qualifier") or "exact", "") + f"{c['count']:,}"


def _csv_lines(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=export.CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for i, row in enumerate(rows, 1):
        writer.writerow(export.csv_row(event_from_json(row)))
        if i % 200 == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def _json_array(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    yield "["
    for i, row in enumerate(rows):
        yield ("," if i else "") + "\n" + json.dumps(_public_event(row), ensure_ascii=False)
    yield "\n]\n"


EXPORTS: dict[str, tuple[Callable[[Iterator[dict[str, Any]]], Iterator[str]], str, str]] = {
    # suffix: (serializer of the filtered events, media type, summary)
    "csv": (_csv_lines, "text/csv; charset=utf-8", "Every filtered event as ACLED-style CSV"),
    "json": (_json_array, "application/json", "Every filtered event, full JSON form, as one array"),
}
