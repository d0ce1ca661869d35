"""The `newsdesk` command: `analyze`, and one command per stage (`clean`), thin over the library.

Bad inputs are reported one line each on standard error, naming the file; the rest of the batch
goes on, and the exit code is 1 when any input failed (2 for a usage error).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from newsdesk.clean import clean
from newsdesk.errors import InputError, NewsdeskError
from newsdesk.ingest import read_inputs, read_stdin_jsonl
from newsdesk.model import RawDocument
from newsdesk.pipeline import analyze as run_analysis
from newsdesk.render import render_html, render_json
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


def _documents(
    paths: list[str], published: dt.date | None
) -> Iterator[RawDocument | InputError]:
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
    published_default: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for articles with none.")
    ] = None,
) -> None:
    """Analyze articles into stories: store them, write the story JSON and the HTML report."""
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
            result = run_analysis(documents, store=store, on_document=tick)
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
    _err.print(
        f"{len(corpus.articles)} articles in {len(corpus.stories)} stories"
        f"{f', {len(result.errors)} inputs failed' if result.errors else ''}; database {db}"
    )
    for label, path in (("story JSON", json_out), ("HTML report", html_out)):
        if path:
            _err.print(f"{label}: {path}")
    if result.errors:
        raise typer.Exit(1)


def _name(doc: RawDocument | InputError) -> str:
    return doc.source if isinstance(doc, InputError) else doc.id


@app.command("clean")
def clean_command(
    paths: PathsArg,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for documents with none.")
    ] = None,
) -> None:
    """Clean articles: one JSON object per document on stdout (the clean stage alone)."""
    failed = False
    for doc in _documents(paths, _date(published)):
        try:
            if isinstance(doc, InputError):
                raise doc
            article = clean(doc)
        except InputError as error:
            _report(error)
            failed = True
            continue
        record = article.model_dump(
            mode="json",
            include={
                "id", "source", "title", "author", "published", "outlet", "dateline",
                "language", "text", "removed", "notices",
            },
        )
        record["removed"] = [{"text": r["text"], "reason": r["reason"]} for r in record["removed"]]
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    if failed:
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
