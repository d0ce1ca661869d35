"""The `newsdesk` command: `analyze`, and one command per stage, thin over the library.

Bad inputs are reported one line each on standard error, naming the file; the rest of the batch
goes on, and the exit code is 1 when any input failed (2 for a usage error).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from newsdesk.clean import clean
from newsdesk.errors import InputError, NewsdeskError
from newsdesk.extract.entities import entities_record
from newsdesk.extract.facts import facts_record
from newsdesk.extract.quotes import quotes_record
from newsdesk.extract.times import times_record
from newsdesk.ingest import read_inputs, read_stdin_jsonl
from newsdesk.model import RawDocument
from newsdesk.pipeline import analyze as run_analysis
from newsdesk.render import render_csv, render_html, render_json, render_markdown
from newsdesk.store import Store, sqlite_url

os.environ.setdefault("HF_HUB_OFFLINE", "1")

app = typer.Typer(
    help="Turn a pile of news articles into sourced stories.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
_err = Console(stderr=True, highlight=False)


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from exc


def _report(error: InputError) -> None:
    _err.print(f"[red]error[/red] {error}", soft_wrap=True)


def _documents(paths: list[str], published: dt.date | None) -> Iterator[RawDocument | InputError]:
    if paths == ["-"]:
        return read_stdin_jsonl(sys.stdin, published_default=published)
    return read_inputs(paths, published_default=published)


def _write(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")


PathsArg = Annotated[list[str], typer.Argument(help="Files and folders, or - for JSONL on stdin.")]


@app.command()
def analyze(
    paths: PathsArg,
    db: Annotated[Path, typer.Option(help="SQLite database the run adds to.")] = Path(
        "out/newsdesk.db"
    ),
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write the story JSON here.")
    ] = None,
    html_out: Annotated[
        Path | None, typer.Option("--html", help="Write the HTML report here.")
    ] = None,
    md_out: Annotated[
        Path | None, typer.Option("--md", help="Write the Markdown report here.")
    ] = None,
    csv_dir: Annotated[
        Path | None,
        typer.Option("--csv", help="Write the CSV tables (statements.csv, ...) into this folder."),
    ] = None,
    published_default: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for articles with none.")
    ] = None,
) -> None:
    """Analyze articles into stories: store them, write the story JSON, reports and tables."""
    documents = _documents(paths, _date(published_default))
    try:
        store = Store(sqlite_url(db))
    except NewsdeskError as exc:
        _err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from exc
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=_err, transient=True) as progress:
        task = progress.add_task("analyzing", total=None)

        def tick(doc: RawDocument | InputError) -> None:
            if isinstance(doc, InputError):
                _report(doc)
            progress.update(task, advance=1, description=f"analyzing {_name(doc)}")

        try:
            result = run_analysis(
                documents,
                store=store,
                on_document=tick,
                on_stage=lambda name: progress.update(task, description=name),
            )
        except NewsdeskError as exc:
            _err.print(f"[red]error[/red] {exc}")
            raise typer.Exit(2) from exc
        finally:
            store.close()
    corpus = result.corpus
    if json_out:
        _write(json_out, render_json(corpus))
    if html_out:
        _write(html_out, render_html(corpus))
    if md_out:
        _write(md_out, render_markdown(corpus))
    if csv_dir:
        for name, table in render_csv(corpus).items():
            _write(csv_dir / name, table)
    _err.print(
        f"{len(corpus.articles)} articles in {len(corpus.stories)} stories"
        f"{f', {len(result.errors)} inputs failed' if result.errors else ''}; database {db}"
    )
    outputs = (
        ("story JSON", json_out),
        ("HTML report", html_out),
        ("Markdown report", md_out),
        ("CSV tables", csv_dir),
    )
    for label, path in outputs:
        if path:
            _err.print(f"{label}: {path}")
    if result.errors:
        raise typer.Exit(1)


def _name(doc: RawDocument | InputError) -> str:
    return doc.source if isinstance(doc, InputError) else doc.id


PublishedOpt = Annotated[
    str | None, typer.Option(help="Publication date (YYYY-MM-DD) for documents with none.")
]
CleanOpt = Annotated[
    bool, typer.Option("--clean", help="Clean first; offsets then point into the clean text.")
]
_CLEAN_FIELDS = {
    "id",
    "source",
    "title",
    "author",
    "published",
    "outlet",
    "dateline",
    "language",
    "text",
    "removed",
    "notices",
}


def _run_stage(
    paths: list[str], published: str | None, record: Callable[[RawDocument], dict]
) -> None:
    """One JSON object per document on stdout, in input order; bad inputs reported, exit 1."""
    failed = False
    for doc in _documents(paths, _date(published)):
        try:
            if isinstance(doc, InputError):
                raise doc
            line = record(doc)
        except InputError as error:
            _report(error)
            failed = True
            continue
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    if failed:
        raise typer.Exit(1)


def _clean_record(doc: RawDocument) -> dict:
    record = clean(doc).model_dump(mode="json", include=_CLEAN_FIELDS)
    record["removed"] = [{"text": r["text"], "reason": r["reason"]} for r in record["removed"]]
    return record


def _text(doc: RawDocument, clean_first: bool) -> str:
    """The text a stage works on: as given (a `.txt`, a JSONL `text`), else the clean text."""
    if clean_first or doc.text is None:
        return clean(doc).text
    return doc.text


def _day(doc: RawDocument) -> dt.date | None:
    """The publication date a stage resolves against: declared, else `--published`."""
    return doc.published or doc.published_default


@app.command("clean")
def clean_command(paths: PathsArg, published: PublishedOpt = None) -> None:
    """Clean articles: the body without junk lines, and the metadata lifted from it."""
    _run_stage(paths, published, _clean_record)


@app.command("quotes")
def quotes_command(paths: PathsArg, published: PublishedOpt = None, clean_first: CleanOpt = False):
    """Attributed statements (direct and indirect) with speaker, role and cue."""
    _run_stage(paths, published, lambda d: quotes_record(d.id, _text(d, clean_first)))


@app.command("entities")
def entities_command(
    paths: PathsArg, published: PublishedOpt = None, clean_first: CleanOpt = False
):
    """People, organisations, places and groups, with roles, aliases and mentions."""
    _run_stage(paths, published, lambda d: entities_record(d.id, _text(d, clean_first)))


@app.command("times")
def times_command(paths: PathsArg, published: PublishedOpt = None, clean_first: CleanOpt = False):
    """Time expressions with TIMEX3 values resolved against the publication date."""
    _run_stage(paths, published, lambda d: times_record(d.id, _text(d, clean_first), _day(d)))


@app.command("facts")
def facts_command(paths: PathsArg, published: PublishedOpt = None, clean_first: CleanOpt = False):
    """Figures (killed, injured, targets, troops...) with qualifier, unit and claimant."""
    _run_stage(paths, published, lambda d: facts_record(d.id, _text(d, clean_first), _day(d)))


if __name__ == "__main__":
    app()
