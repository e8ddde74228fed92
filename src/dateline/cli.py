"""The ``dateline`` command: parses arguments and calls the Python API, nothing more."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

import dateline
from dateline.store import DEFAULT_DB

app = typer.Typer(
    help="dateline: dated, sourced conflict events and timelines from news articles.",
    no_args_is_help=True,
    add_completion=False,
)
eval_app = typer.Typer(help="Score dateline against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

err = Console(stderr=True)
DbOption = Annotated[Path, typer.Option("--db", help="SQLite store.", envvar="DATELINE_DB")]
OutOption = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")]


class EventFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class TimelineFormat(str, Enum):
    md = "md"
    json = "json"
    html = "html"


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        output.write_text(text, encoding="utf-8")


@app.command()
def run(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories (searched recursively).")],
    db: DbOption = Path(DEFAULT_DB),
    format: Annotated[
        Optional[str], typer.Option("--format", "-f", help=f"Input format, else detected: {', '.join(dateline.FORMATS)}.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read articles, extract events and claims, store them; exit 1 if any input failed."""
    if format is not None and format not in dateline.FORMATS:
        raise typer.BadParameter(f"unknown format {format!r}; choose from {', '.join(dateline.FORMATS)}")
    with Progress(
        TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, disable=quiet, transient=True,
    ) as bar:
        task = bar.add_task("articles", total=None)
        report = dateline.run(
            paths, db, format=format,
            on_progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    for e in report.errors:
        err.print(f"[red]error[/red] {e}", highlight=False, soft_wrap=True)
    err.print(
        f"{report.articles} articles ({report.stored} new, {report.already_stored} already stored), "
        f"{len(report.errors)} skipped, {report.events} events, {report.claims} claims, "
        f"{report.seconds:.1f} s",
        highlight=False,
    )
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def events(
    db: DbOption = Path(DEFAULT_DB),
    format: Annotated[EventFormat, typer.Option("--format", "-f")] = EventFormat.json,
    output: OutOption = None,
) -> None:
    """Write the stored events as JSON (one array), JSON Lines, or ACLED-style CSV."""
    evs = dateline.events(db)
    text = {"json": dateline.export.to_json, "jsonl": dateline.export.to_jsonl, "csv": dateline.export.to_csv}[
        format.value
    ](evs)
    _emit(text, output)


@app.command()
def timeline(
    db: DbOption = Path(DEFAULT_DB),
    format: Annotated[TimelineFormat, typer.Option("--format", "-f")] = TimelineFormat.md,
    dates: Annotated[Optional[int], typer.Option("--dates", "-n", help="Number of dates (default: all).")] = None,
    sentences: Annotated[int, typer.Option("--sentences", "-k", help="Sentences per date.")] = 3,
    start: Annotated[Optional[str], typer.Option(help="First date, YYYY-MM-DD.")] = None,
    end: Annotated[Optional[str], typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    keyword: Annotated[Optional[list[str]], typer.Option("--keyword", help="Topic keyword (repeatable).")] = None,
    no_background: Annotated[bool, typer.Option("--no-background", help="Leave out background periods.")] = False,
    output: OutOption = None,
) -> None:
    """Write a dated timeline: the key dates, sourced summary sentences, events and claims."""
    for name, value in (("--start", start), ("--end", end)):
        if value is not None:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise typer.BadParameter(f"{name} must be YYYY-MM-DD, got {value!r}") from None
    if not db.exists():
        raise typer.BadParameter(f"no store at {db}; run `dateline run PATH --db {db}` first")
    opts = dateline.TimelineOptions(
        max_dates=dates, sentences_per_date=sentences, start=start, end=end,
        keywords=list(keyword or []), include_background=not no_background,
    )
    with dateline.Store(db) as store:
        entries = dateline.timeline(store, opts)
        events = {e.id: e for e in store.events()} if format is not TimelineFormat.json else {}
    if format is TimelineFormat.json:
        text = json.dumps([t.to_json() for t in entries], ensure_ascii=False, indent=2)
    elif format is TimelineFormat.html:
        text = dateline.timeline_module.to_html(entries, events)
    else:
        text = dateline.timeline_module.to_markdown(entries, events)
    _emit(text, output)


@app.command()
def report(db: DbOption = Path(DEFAULT_DB)) -> None:
    """Print the stored events as a table, with every claim and its claimant."""
    from dateline.report import print_report

    print_report(dateline.events(db))


@app.command()
def timex(
    file: Annotated[Optional[Path], typer.Argument(help="Text file, or - for standard input.")] = None,
    dct: Annotated[Optional[str], typer.Option(help="Document creation (publication) date, YYYY-MM-DD.")] = None,
    tml: Annotated[Optional[Path], typer.Option(help="A TimeML document: text and DCT from it.")] = None,
    mode: Annotated[str, typer.Option(help="news: anchor on the DCT; narrative: on the last date mentioned.")] = "news",
) -> None:
    """Print the temporal expressions of a text, one JSON object per line."""
    if mode not in ("news", "narrative"):
        raise typer.BadParameter("--mode is news or narrative")
    if tml is not None:
        from dateline.eval.timeml import read_timeml

        doc = read_timeml(tml)
        text, anchor = doc.text, doc.dct
    else:
        if dct is None:
            raise typer.BadParameter("--dct YYYY-MM-DD is required (or --tml FILE)")
        try:
            anchor = date.fromisoformat(dct)
        except ValueError:
            raise typer.BadParameter(f"--dct must be YYYY-MM-DD, got {dct!r}") from None
        if file is None or str(file) == "-":
            text = sys.stdin.read()
        else:
            text = file.read_text(encoding="utf-8")
    for t in dateline.time.tag(text, anchor, mode=mode):
        sys.stdout.write(
            json.dumps({"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value},
                       ensure_ascii=False) + "\n"
        )


@eval_app.command("timex")
def eval_timex(
    paths: Annotated[list[Path], typer.Argument(help="TimeML files or directories of them.")],
    as_json: Annotated[bool, typer.Option("--json", help="Scores as JSON.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List every error.")] = False,
    mode: Annotated[str, typer.Option(help="news, narrative, or auto (by corpus).")] = "auto",
) -> None:
    """TempEval-3 TIMEX scores: strict/relaxed P/R/F1, type F1, value F1."""
    from dateline.eval import timex as ev

    result = ev.evaluate(paths, mode=mode)
    _emit(json.dumps(result.to_dict(errors=errors), indent=2) if as_json else result.format(errors=errors), None)


@eval_app.command("acled")
def eval_acled(
    file: Annotated[Path, typer.Argument(help="ACLED CSV with notes.")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    predictions: Annotated[Optional[Path], typer.Option(help="Write one predicted row per input row.")] = None,
    limit: Annotated[Optional[int], typer.Option(help="Only the first N rows.")] = None,
    split: Annotated[
        str, typer.Option(help="all rows, or the typing model's held-out 'test' (or 'train') side.")
    ] = "all",
    offset: Annotated[int, typer.Option(help="Skip the first N rows (of the split) before --limit.")] = 0,
    typing_only: Annotated[bool, typer.Option("--typing-only", help="Type whole notes only (no extractor).")] = False,
) -> None:
    """Extraction scores against ACLED's coded columns."""
    from dateline.eval import acled as ev

    if split not in ev.SPLITS:
        raise typer.BadParameter(f"--split is one of {', '.join(ev.SPLITS)}")
    result = ev.evaluate(file, predictions=predictions, limit=limit, split=split, typing_only=typing_only,
                         offset=offset)
    _emit(json.dumps(result.to_dict(), indent=2) if as_json else result.format(), None)


@eval_app.command("case2021")
def eval_case2021(
    file: Annotated[Path, typer.Argument(help="CASE-2021 task 2 TSV (id, EventSnippet, SubType).")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Sub-event classification scores (weighted F1, the shared task's metric)."""
    from dateline.eval import case2021 as ev

    result = ev.evaluate(file)
    _emit(json.dumps(result.to_dict(), indent=2) if as_json else result.format(), None)


@eval_app.command("tls")
def eval_tls(
    directory: Annotated[Path, typer.Argument(help="Timeline17-layout directory.")],
    out: Annotated[Optional[Path], typer.Option(help="Write system timelines here.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    stores: Annotated[
        Optional[Path], typer.Option(help="Keep one store per topic here and reuse it (default: temporary).")
    ] = None,
    rouge: Annotated[str, typer.Option(help="original (ROUGE-1.5.5, comparable) or reimpl (fast, approximate).")]
    = "original",
    topic: Annotated[Optional[list[str]], typer.Option("--topic", help="Only this topic folder (repeatable).")]
    = None,
) -> None:
    """Timeline summarisation scores: alignment/concat/agreement ROUGE and date F1."""
    from dateline.eval import tls as ev

    if rouge not in ("original", "reimpl"):
        raise typer.BadParameter("--rouge is original or reimpl")
    result = ev.evaluate(directory, out=out, stores=stores, rouge=rouge, topics=topic,
                         on_progress=lambda msg: err.print(msg, highlight=False))
    _emit(json.dumps(result.to_dict(), indent=2) if as_json else result.format(), None)


@app.command()
def serve(
    db: DbOption = Path(DEFAULT_DB),
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=16, help="Server processes.")] = 1,
) -> None:
    """Open the local web dashboard over a store (read-only)."""
    if not db.exists():
        raise typer.BadParameter(f"no store at {db}; run `dateline run PATH --db {db}` first")
    from dateline.web import serve as serve_app

    serve_app(db, host=host, port=port, workers=workers)


def main() -> None:  # pragma: no cover - entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
