"""Reader for JSON Lines (`.jsonl`, `.jsonl.gz`, and standard input): one article per line.

Each line is a JSON object with `text` or `html` (`text` wins when both are given) and the
optional `id`, `url`, `title`, `outlet`, `author`, `published` (ISO 8601 date or datetime),
`language`; other keys are ignored. Blank lines are skipped. A bad line yields an InputError
whose source is `FILE:LINE`, and the lines after it are still read. `max_bytes` limits one
line, not the file. Documents get `FILE:LINE` as source and, without an `id`,
`<file stem>-<sha1 of url, else of the text>`.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from typing import IO, Any

from newsdesk.errors import Code, InputError
from newsdesk.ingest.common import (
    FieldError,
    Input,
    bad_byte_detail,
    looks_binary,
    no_surrogates,
    parse_id,
    parse_meta,
    short_hash,
)
from newsdesk.model import RawDocument


def _lines(stream: IO[Any], max_bytes: int) -> Iterator[tuple[int, int, Any]]:
    """(line number, offset of the line, line or None when longer than max_bytes)."""
    number, offset = 0, 0
    while True:
        chunk = stream.readline(max_bytes + 1)
        if not chunk:
            return
        number += 1
        start = offset
        offset += len(chunk)
        if len(chunk) > max_bytes and chunk[-1:] not in ("\n", b"\n"):
            while chunk and chunk[-1:] not in ("\n", b"\n"):  # skip the rest of the line
                chunk = stream.readline(max_bytes + 1)
                offset += len(chunk)
            yield number, start, None
            continue
        yield number, start, chunk


def parse_record(line: str, number: int, source: str, stem: str) -> RawDocument | InputError | None:
    """One JSONL line to a document, an error, or None for a blank line."""
    where = f"{source}:{number}"
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        return InputError(where, Code.E005, f"{number}: {e.msg} (column {e.colno})")
    except RecursionError:
        return InputError(where, Code.E005, f"{number}: nested too deeply")
    if not isinstance(record, dict):
        return InputError(
            where, Code.E005, f"{number}: expected an object, found {type(record).__name__}"
        )
    try:
        meta = parse_meta(record)
        doc_id = parse_id(record)
    except FieldError as e:
        if e.date is not None:
            return InputError(where, Code.E012, e.date)
        return InputError(where, Code.E014, str(e))
    body: dict[str, str] = {}
    for key in ("text", "html"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return InputError(where, Code.E014, f"'{key}' must be a string")
        if value and value.strip():
            body = {key: no_surrogates(value)}
            break
    if not body:
        present = [k for k in ("text", "html") if k in record]
        detail = f"{' and '.join(present)} empty" if present else "keys: " + ", ".join(record)
        return InputError(where, Code.E006, detail)
    if doc_id is None:
        doc_id = f"{stem}-{short_hash(meta.get('url') or next(iter(body.values())))}"
    return RawDocument(id=doc_id, source=where, **meta, **body)


def read_jsonl(inp: Input, max_bytes: int) -> Iterator[RawDocument | InputError]:
    try:
        opener = gzip.open if inp.path.name.lower().endswith(".gz") else open
        with opener(inp.path, "rb") as stream:
            head = stream.read(8192)
            if not head.strip():
                yield InputError(inp.source, Code.E001)
                return
            if looks_binary(head):
                yield InputError(inp.source, Code.E002)
                return
            stream.seek(0)
            yield from _read_binary_lines(stream, inp, max_bytes)
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        yield InputError(inp.source, Code.E013, f"broken gzip data: {e}")
    except OSError as e:
        yield InputError(inp.source, Code.E013, e.strerror or str(e))


def _read_binary_lines(
    stream: IO[bytes], inp: Input, max_bytes: int
) -> Iterator[RawDocument | InputError]:
    found = False
    for number, offset, raw in _lines(stream, max_bytes):
        where = f"{inp.source}:{number}"
        found = found or raw is None or bool(raw.strip())
        if raw is None:
            yield InputError(where, Code.E004, f"line over {max_bytes} bytes")
            continue
        skip = 3 if number == 1 and raw.startswith(b"\xef\xbb\xbf") else 0
        try:
            line = raw[skip:].decode("utf-8")
        except UnicodeDecodeError as e:
            yield InputError(where, Code.E003, bad_byte_detail(e, offset + skip))
            continue
        result = parse_record(line, number, inp.source, inp.stem)
        if result is not None:
            yield result
    if not found:
        yield InputError(inp.source, Code.E001)


def _undecodable(line: str) -> str | None:
    """For a stream decoded with `surrogateescape` (stdin in a C locale): the first bad byte."""
    try:
        line.encode("utf-8")
        return None
    except UnicodeEncodeError:
        pass
    try:
        line.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeDecodeError as e:
        return bad_byte_detail(e) + " of the line"
    except UnicodeEncodeError:
        return None  # lone surrogates from JSON escapes are handled with the record
    return None


def read_text_stream(
    stream: IO[str], source: str, stem: str, max_bytes: int
) -> Iterator[RawDocument | InputError]:
    """JSONL from an already decoded stream (standard input); `max_bytes` counts characters."""
    try:
        for number, _offset, line in _lines(stream, max_bytes):
            if line is None:
                yield InputError(f"{source}:{number}", Code.E004, f"line over {max_bytes} chars")
                continue
            if number == 1:
                line = line.removeprefix("\ufeff")
            bad = _undecodable(line)
            if bad:
                yield InputError(f"{source}:{number}", Code.E003, bad)
                continue
            result = parse_record(line, number, source, stem)
            if result is not None:
                yield result
    except OSError as e:
        yield InputError(source, Code.E013, e.strerror or str(e))
    except UnicodeDecodeError as e:  # the stream's decoder failed: nothing after it is readable
        yield InputError(
            source, Code.E003, f"invalid byte 0x{e.object[e.start : e.start + 1].hex()}"
        )
