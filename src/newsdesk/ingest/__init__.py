"""Readers: input files and folders to `RawDocument`s, one module per format.

`read_inputs` walks the given paths and dispatches on the file name: `.txt` (text.py),
`.html`/`.htm` (html.py), `.jsonl` (jsonl.py), each also gzipped (`.gz`); `.warc`/`.warc.gz`
(warc.py); `.rss`/`.atom` and `.xml` files that are feeds (feed.py). A `NAME.meta.json`
beside `NAME.txt`/`NAME.html` is a sidecar (sidecar.py), never an article. Readers never
raise for bad input: they yield an `InputError` for each bad file or record and go on.
Nothing is cleaned here, and no metadata is extracted from markup (the cleaner does both).

Rules that hold across formats:
- Order: the paths in the order given; a folder's files sorted by their path below it,
  recursively; records in file order. A file reached twice (named and inside a named folder)
  is read once. Hidden files and folders, unknown types and non-feed `.xml` files found in a
  folder are skipped silently; named explicitly, an unknown type is E011. A named sidecar is
  skipped (it is read with its article); a named sidecar without an article is E011.
- Ids: the given `id`, else the file name without its format suffix (`page` for
  `page.html.gz`), else (JSONL records, WARC records, feed entries) `<file stem>-<sha1>`.
  Ids are unique within one call: a later document whose id was already given out gets
  `<id>-<8 hex of sha1 of its source>`, then `<id>-2`, `<id>-3`... if that is taken too.
- `published_default` fills `published` where the input gave none.
- `max_bytes` limits one document: a whole `.txt`/`.html`/feed file (decompressed for
  `.gz`), one JSONL line, one WARC payload.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from newsdesk.errors import Code, InputError
from newsdesk.ingest.common import Input, classify, short_hash
from newsdesk.ingest.feed import read_feed
from newsdesk.ingest.html import read_html
from newsdesk.ingest.jsonl import read_jsonl, read_text_stream
from newsdesk.ingest.text import read_txt
from newsdesk.ingest.warc import read_warc
from newsdesk.model import RawDocument

__all__ = ["read_inputs", "read_stdin_jsonl"]

Reader = Callable[[Input, int], Iterator[RawDocument | InputError]]
READERS: dict[str, Reader] = {
    "txt": read_txt,
    "html": read_html,
    "jsonl": read_jsonl,
    "warc": read_warc,
    "feed": read_feed,
    "xml": read_feed,
}
_ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".txt.gz", ".html.gz", ".htm.gz")


class _Ids:
    """Hands out each id once per run (see the module docstring for the rule)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def claim(self, doc: RawDocument) -> RawDocument:
        new = doc.id
        if new in self.taken:
            new = f"{doc.id}-{short_hash(doc.source, 8)}"
            n = 2
            while new in self.taken:
                new = f"{doc.id}-{n}"
                n += 1
        self.taken.add(new)
        return doc if new == doc.id else doc.model_copy(update={"id": new})


def _finish(
    items: Iterator[RawDocument | InputError], ids: _Ids, published_default: dt.date | None
) -> Iterator[RawDocument | InputError]:
    for item in items:
        if isinstance(item, RawDocument):
            item = ids.claim(item)
            if item.published is None and published_default is not None:
                item = item.model_copy(update={"published_default": published_default})
        yield item


def _walk(folder: Path, given: str) -> Iterator[Input | InputError]:
    """The readable files below a folder, sorted by their path below it; hidden ones left out."""
    errors: list[OSError] = []
    found: list[tuple[str, ...]] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(root).relative_to(folder).parts
        found.extend((*base, name) for name in files if not name.startswith("."))
    for error in errors:
        where = error.filename or given
        yield InputError(str(where), Code.E013, error.strerror or str(error))
    for parts in sorted(found):
        kind, stem = classify(parts[-1])
        if kind in ("unknown", "sidecar"):
            continue
        yield Input(Path(folder, *parts), str(Path(given, *parts)), kind, stem, explicit=False)


def _discover(paths: Sequence[str | Path]) -> Iterator[Input | InputError]:
    for given in paths:
        source = str(given)
        path = Path(given)
        if not path.exists():
            yield InputError(source, Code.E020)
        elif path.is_dir():
            yield from _walk(path, source)
        else:
            kind, stem = classify(path.name)
            inp = Input(path, source, kind, stem, explicit=True)
            if kind == "unknown":
                suffix = "".join(path.suffixes[-2:]) or "no extension"
                yield InputError(source, Code.E011, suffix)
            elif kind == "sidecar":
                if not any(path.with_name(stem + s).is_file() for s in _ARTICLE_SUFFIXES):
                    yield InputError(source, Code.E011, "a .meta.json sidecar is not an article")
            else:
                yield inp


def read_inputs(
    paths: Sequence[str | Path],
    *,
    published_default: dt.date | None = None,
    max_bytes: int = 20_000_000,
) -> Iterator[RawDocument | InputError]:
    """Yield every document found under the paths (files and folders, recursively), in a
    deterministic order (sorted paths; records in file order), or an InputError for each bad
    file/record, never raising for bad input."""
    ids = _Ids()
    seen: set[Path] = set()

    def documents() -> Iterator[RawDocument | InputError]:
        for inp in _discover(paths):
            if isinstance(inp, InputError):
                yield inp
                continue
            try:
                key = inp.path.resolve()
            except OSError:
                key = inp.path.absolute()
            if key in seen:
                continue
            seen.add(key)
            try:
                yield from READERS[inp.kind](inp, max_bytes)
            except Exception as e:  # a reader bug must not stop the batch: report the file
                yield InputError(inp.source, Code.E013, f"{type(e).__name__}: {e}")

    return _finish(documents(), ids, published_default)


def read_stdin_jsonl(
    stream: TextIO,
    *,
    published_default: dt.date | None = None,
    max_bytes: int = 20_000_000,
) -> Iterator[RawDocument | InputError]:
    """JSONL from a text stream (the stage commands' `-`): sources `<stdin>:LINE`, ids
    without an `id` field `stdin-<sha1>`; otherwise as for `.jsonl` files."""
    records = read_text_stream(stream, "<stdin>", "stdin", max_bytes)
    return _finish(records, _Ids(), published_default)
