"""Screenshots of every dashboard page, for the docs, taken in headless Chromium.

    .venv/bin/python -m dateline.web.screenshots --db demo.db --out docs/screenshots

Serves the store on 127.0.0.1 (a free port), opens each page with Playwright driving the system's
``/usr/bin/chromium`` (never a downloaded browser) and saves one PNG per page.
"""

from __future__ import annotations

import argparse
import socket
import sqlite3
import threading
import time
from pathlib import Path

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _pages(db: Path) -> list[tuple[str, str]]:
    """The pages to shoot: fixed ones, plus the richest event and article of this store."""
    con = sqlite3.connect(f"file:{db.resolve()}?mode=ro", uri=True)
    try:
        event = con.execute(
            "SELECT id FROM events ORDER BY contradiction DESC, n_claims DESC, n_sources DESC, id LIMIT 1"
        ).fetchone()
        article = con.execute(
            "SELECT article_id FROM claims GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT 1"
        ).fetchone() or con.execute("SELECT id FROM articles ORDER BY published, id LIMIT 1").fetchone()
    finally:
        con.close()
    pages = [("overview", "/"), ("timeline", "/timeline"), ("events", "/events"), ("map", "/map"),
             ("articles", "/articles"), ("api", "/api/docs")]
    if event:
        pages.append(("event", f"/events/{event[0]}"))
    if article:
        pages.append(("article", f"/articles/{article[0]}"))
    return pages


def take(db: Path, out: Path, chromium: str = "/usr/bin/chromium", width: int = 1280,
         max_height: int = 2000) -> list[Path]:
    """Serve ``db``, shoot each page (at most ``max_height`` pixels tall) into ``out``."""
    import uvicorn
    from playwright.sync_api import sync_playwright

    from dateline.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": width, "height": 900})
            for name, path in _pages(db):
                page.goto(f"http://127.0.0.1:{port}{path}")
                for chart in page.locator("[data-target]").all():
                    page.wait_for_selector(f"#{chart.get_attribute('data-target')}[data-rendered='true']",
                                           timeout=30_000)
                if name == "timeline":
                    for details in page.locator("#timeline > li:not(.bg) details").all()[:2]:
                        details.locator("summary").click()
                target = out / f"{name}.png"
                height = min(max_height, page.evaluate("document.documentElement.scrollHeight"))
                page.screenshot(path=str(target), full_page=True,
                                clip={"x": 0, "y": 0, "width": width, "height": height})
                saved.append(target)
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    return saved


def main() -> None:
    ap = argparse.ArgumentParser(description="Screenshots of every dashboard page.")
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    for path in take(args.db, args.out, args.chromium):
        print(path)


if __name__ == "__main__":
    main()
