"""``dateline serve``: a local, read-only web dashboard and JSON API over a dateline store.

Public API:
- ``create_app(db_path) -> FastAPI``: the application (pages, ``/api/*``, OpenAPI at ``/api/openapi.json``).
- ``serve(db_path, host="127.0.0.1", port=8000)``: run it with uvicorn.

Every asset (Vega, Vega-Lite, vega-embed, the world-atlas base map) is vendored under
``static/vendor/``: the pages work with no network at all.
"""

from __future__ import annotations

import os
from pathlib import Path

from dateline.web.app import create_app

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """Serve the dashboard until interrupted; bound to loopback unless told otherwise.

    ``workers`` > 1 runs that many server processes (each with its own read-only connections): on
    two cores, ``workers=2`` is what serves fifty concurrent API clients (``benchmarks/load_test.py``)."""
    import uvicorn

    # On loopback, also refuse requests for other host names (DNS rebinding).
    allowed = ["127.0.0.1", "localhost", "[::1]", "::1"] if host in LOOPBACK_HOSTS else None
    app = create_app(db_path, allowed_hosts=allowed)  # checks (and migrates) the store once, up front
    print(f"dateline dashboard on http://{'[' + host + ']' if ':' in host else host}:{port}/ (Ctrl-C to stop)")
    if workers <= 1:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
        return
    os.environ["DATELINE_DB"] = str(Path(db_path).resolve())
    os.environ["DATELINE_ALLOWED_HOSTS"] = ",".join(allowed or [])
    uvicorn.run("dateline.web.app:app_from_environment", factory=True, workers=workers, host=host, port=port,
                log_level="warning", access_log=False)


__all__ = ["create_app", "serve"]
