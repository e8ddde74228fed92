"""The dashboard in headless Chromium (Playwright driving the system's /usr/bin/chromium).

Serves the synthetic sample store with uvicorn on 127.0.0.1 and checks what a reader sees: every
page loads with no script error and no request leaving the machine, a filter narrows the table,
an event opens with its contradiction flagged, the charts and the map draw, and an article
carrying ``<script>`` shows it as text without running it.
"""

from __future__ import annotations

import socket
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (.ci/run installs it)"),
    pytest.mark.timeout(300),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (test extra)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from dateline.web import create_app
    from dateline.web.sample import build_sample_store

    db = build_sample_store(tmp_path_factory.mktemp("browser") / "sample.db")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with sync_api.sync_playwright() as p:
            b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield b
            b.close()


class Watched:
    """A page that records script errors, dialogs (an alert would mean injected script ran) and
    every request that is not to the test server (there must be none: all assets are vendored)."""

    def __init__(self, browser: object, base_url: str) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.foreign: list[str] = []
        host = urlsplit(base_url).netloc
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))

        def on_dialog(dialog: object) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        self.page.on("dialog", on_dialog)

        def route(r: object) -> None:
            url = r.request.url
            if urlsplit(url).scheme in ("data", "blob") or urlsplit(url).netloc == host:
                r.continue_()
            else:
                self.foreign.append(url)
                r.abort()

        self.page.route("**/*", route)
        self.base_url = base_url

    def goto(self, path: str) -> object:
        response = self.page.goto(self.base_url + path)
        assert response is not None and response.status == 200, path
        return self.page

    def check_clean(self) -> None:
        assert self.errors == []
        assert self.dialogs == []
        assert self.foreign == []


@pytest.fixture()
def watched(browser: object, base_url: str) -> Iterator[Watched]:
    w = Watched(browser, base_url)
    yield w
    w.page.close()


def _wait_rendered(page: object, selector: str) -> None:
    page.wait_for_selector(f"{selector}[data-rendered='true']", timeout=30_000)


def test_overview_draws_both_charts_with_a_series_per_claimant(watched: Watched) -> None:
    page = watched.goto("/")
    _wait_rendered(page, "#chart-fatalities")
    _wait_rendered(page, "#chart-types")
    legend = page.inner_text("#chart-fatalities")
    assert "Azerbaijan says" in legend and "Armenia says" in legend
    assert page.locator("#chart-fatalities svg .mark-symbol.role-mark path").count() >= 3
    assert page.locator("#chart-types svg .mark-rect.role-mark path").count() >= 4
    assert page.locator("#top-events tbody tr").count() == 5
    watched.check_clean()


def test_events_filter_then_open_an_event(watched: Watched) -> None:
    page = watched.goto("/events")
    assert page.locator("#events-table tbody tr").count() == 6
    page.select_option("select[name=event_type]", "Battles")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/events?*event_type=Battles*")
    assert "date_from=" not in page.url  # empty fields stay out of the URL
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 2
    assert page.inner_text("#total").startswith("2 events")
    assert "event_type=Battles" in page.get_attribute("#export-csv", "href")
    page.click("text=clashed near Jermuk")
    page.wait_for_url("**/events/ev-clash-jermuk")
    assert page.is_visible("#contradiction-flag")
    assert page.locator(".claim-group.contradiction").count() == 1
    assert page.locator("mark.quote").count() == 5
    watched.check_clean()


def test_timeline_expands_to_sources(watched: Watched) -> None:
    page = watched.goto("/timeline")
    entries = page.locator("#timeline > li")
    assert entries.count() >= 2
    first = page.locator("#timeline > li:not(.bg)").first.locator("details")
    assert not first.locator(".sources").is_visible()
    first.locator("summary").click()
    assert first.locator(".sources").is_visible()
    assert first.locator(".source a").count() >= 1
    watched.check_clean()


def test_map_draws_the_offline_base_map_and_sized_points(watched: Watched) -> None:
    page = watched.goto("/map")
    _wait_rendered(page, "#map")
    assert page.locator("#map svg .mark-shape.role-mark path").count() > 100  # countries of the vendored atlas
    circles = page.locator("#map svg .mark-symbol.role-mark path")
    assert circles.count() == 5
    sizes = {round(c.bounding_box()["width"]) for c in circles.all()}
    assert len(sizes) > 1  # sized by fatalities
    watched.check_clean()


def test_article_with_script_shows_it_as_text(watched: Watched) -> None:
    page = watched.goto("/articles?q=ceasefire+brokered")
    page.click("#articles-table tbody a")
    page.wait_for_selector("#article-text")
    text = page.inner_text("#article-text")
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(2)>" in text
    assert page.locator("#article-text script, #article-text img").count() == 0
    assert page.inner_text("#article-title") == "A report with markup <b>in its title</b>"
    assert page.locator("#article-text mark.hl.place").count() >= 1
    page.wait_for_timeout(300)
    watched.check_clean()  # no dialog: nothing in the article ran


def test_quote_link_highlights_the_claim_in_its_article(watched: Watched) -> None:
    page = watched.goto("/events/ev-clash-jermuk")
    claim = page.locator(".claim").first
    expected = claim.locator("mark.quote").inner_text()
    claim.locator(".pub a[href*='hl=']").click()
    page.wait_for_selector("#article-text")
    quoted = "".join(page.locator("#article-text mark.quote").all_inner_texts())
    assert " ".join(quoted.split()) == " ".join(expected.split())
    watched.check_clean()


def test_api_page_works_offline(watched: Watched) -> None:
    page = watched.goto("/api/docs")
    assert "GET /api/events" in page.inner_text("main")
    assert page.locator("section.endpoint").count() >= 9
    watched.check_clean()
