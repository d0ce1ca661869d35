"""Shared pieces of the readers: the `Input` a reader gets, byte checks, decoding, metadata.

What is here: reading a file's bytes within the size limit (plain or gzip), telling binary
from text, strict UTF-8 decoding with the byte offset of the first bad byte, HTML decoding
(BOM, declared charset, detection), parsing the optional metadata fields that JSONL records
and sidecars share, and short content hashes for ids. What is not: any cleaning of text or
markup, and any choice of which files to read (that is `newsdesk.ingest`).
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.message
import gzip
import hashlib
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trafilatura.utils import detect_encoding

from newsdesk.errors import Code, InputError

# Longest suffixes first: the first match decides the format, the rest of the name is the stem.
SUFFIXES: tuple[tuple[str, str], ...] = (
    (".meta.json", "sidecar"),
    (".html.gz", "html"),
    (".htm.gz", "html"),
    (".txt.gz", "txt"),
    (".jsonl.gz", "jsonl"),
    (".warc.gz", "warc"),
    (".html", "html"),
    (".htm", "html"),
    (".txt", "txt"),
    (".jsonl", "jsonl"),
    (".warc", "warc"),
    (".rss", "feed"),
    (".atom", "feed"),
    (".xml", "xml"),
)

META_FIELDS = ("url", "title", "outlet", "author", "published", "language")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls that never occur in text (tab, newlines, form feed and ESC are allowed).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"
_BINARY_HEAD = 8192
_BINARY_RATIO = 0.1
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# WHATWG: these labels mean windows-1252 in HTML.
_SURROGATE = re.compile("[\ud800-\udfff]")
_HTML_ALIASES = {"ascii": "cp1252", "latin_1": "cp1252", "iso8859-1": "cp1252"}


@dataclass(frozen=True)
class Input:
    """One file to read: where it is, how to name it, and what format its name says."""

    path: Path
    source: str  # the path as the user gave it (or as found under a folder they gave)
    kind: str  # a value of SUFFIXES, or "unknown"
    stem: str  # the file name without the format suffix: the default id
    explicit: bool  # named on the command line, not found by walking a folder


def classify(name: str) -> tuple[str, str]:
    """(kind, stem) of a file name: `page.html.gz` -> ("html", "page")."""
    lower = name.lower()
    for suffix, kind in SUFFIXES:
        if lower.endswith(suffix) and len(name) > len(suffix):
            return kind, name[: -len(suffix)]
    return "unknown", name


def short_hash(value: str, length: int = 12) -> str:
    return hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def read_bytes(inp: Input, max_bytes: int) -> bytes | InputError:
    """The whole content of a single-document file (decompressed if `.gz`), size-checked."""
    try:
        if inp.path.name.lower().endswith(".gz"):
            try:
                with gzip.open(inp.path, "rb") as f:
                    data = f.read(max_bytes + 1)
            except (gzip.BadGzipFile, EOFError, zlib.error) as e:
                return InputError(inp.source, Code.E013, f"broken gzip data: {e}")
            if len(data) > max_bytes:
                return InputError(inp.source, Code.E004, f"over {max_bytes} bytes uncompressed")
            return data
        size = inp.path.stat().st_size
        if size > max_bytes:
            return InputError(inp.source, Code.E004, f"{size} bytes")
        return inp.path.read_bytes()
    except OSError as e:
        return InputError(inp.source, Code.E013, e.strerror or str(e))


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) when the bytes start with a Unicode byte order mark."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes anywhere, or many control characters near the start."""
    if b"\x00" in data:
        return True
    head = data[:_BINARY_HEAD]
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) > _BINARY_RATIO


def check_text_bytes(data: bytes, source: str) -> InputError | None:
    """E001 for empty content, E002 for binary content (UTF-16/32 with a BOM is text)."""
    if not data.strip():
        return InputError(source, Code.E001)
    bom = bom_encoding(data)
    if (bom is None or bom[0] == "utf-8") and looks_binary(data):
        return InputError(source, Code.E002)
    return None


def bad_byte_detail(error: UnicodeDecodeError, base_offset: int = 0, codec: str = "") -> str:
    byte = error.object[error.start : error.start + 1].hex()
    where = f"byte 0x{byte} at byte offset {base_offset + error.start}"
    return f"{codec} {where}" if codec else where


def decode_text(data: bytes, source: str) -> str | InputError:
    """Strict UTF-8 (or UTF-16/32 with a BOM), BOM stripped; E003 names the first bad byte."""
    codec, skip = bom_encoding(data) or ("utf-8", 0)
    try:
        return data[skip:].decode(codec)
    except UnicodeDecodeError as e:
        label = "" if codec == "utf-8" else f"invalid {codec.upper()}:"
        return InputError(source, Code.E003, bad_byte_detail(e, skip, label))


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return _HTML_ALIASES.get(name, name)


def charset_from_content_type(value: str | None) -> str | None:
    """The charset parameter of a Content-Type header value, if any."""
    if not value:
        return None
    message = email.message.Message()
    message["content-type"] = value
    return message.get_content_charset()


def content_type(value: str | None) -> str:
    """The media type of a Content-Type header value, lower case (`text/html`)."""
    if not value:
        return ""
    message = email.message.Message()
    message["content-type"] = value
    return message.get_content_type()


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Markup bytes to str: BOM, else valid UTF-8, else the declared charset (HTTP header or
    `<meta charset>`), else charset detection, else UTF-8 with replacement characters.

    Valid UTF-8 wins over a declaration because pages often declare a charset they do not use,
    and text in a legacy charset is almost never valid UTF-8 by accident.
    """
    bom = bom_encoding(data)
    if bom:
        return data[bom[1] :].decode(bom[0], errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET.search(data[:4096])
    meta = match.group(1).decode("ascii", "replace") if match else None
    candidates = [_codec(declared), _codec(meta)]
    for codec in candidates:
        if codec and not codec.startswith("utf-16") and not codec.startswith("utf-32"):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue
    for guess in detect_encoding(data):
        try:
            return data.decode(guess)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


class FieldError(ValueError):
    """A metadata field with a value of the wrong type or form; `date` marks a bad date."""

    def __init__(self, message: str, *, date: str | None = None) -> None:
        super().__init__(message)
        self.date = date


def parse_date(value: Any) -> dt.date:
    """ISO 8601 date or datetime -> date (a datetime keeps its own calendar day, not UTC's)."""
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            pass
    raise FieldError(f"invalid date {value!r}", date=str(value))


def no_surrogates(text: str) -> str:
    """Lone surrogates (JSON allows `"\\ud800"`) replaced by U+FFFD: they cannot be written."""
    return _SURROGATE.sub("\ufffd", text)


def _string(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise FieldError(f"'{key}' must be a string, not {type(value).__name__}")
    return no_surrogates(value.strip()) or None


def parse_id(record: dict[str, Any]) -> str | None:
    """The record's `id`: a string, or a whole number written without quotes."""
    value = record.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _string(record, "id")


def parse_meta(record: dict[str, Any]) -> dict[str, Any]:
    """The optional metadata fields of a JSONL record or sidecar, checked; unknown keys ignored.

    Returns only the fields that have a value. Raises `FieldError`.
    """
    meta: dict[str, Any] = {}
    for key in META_FIELDS:
        if key == "published":
            value = record.get(key)
            if value is not None and value != "":
                meta[key] = parse_date(value)
            continue
        text = _string(record, key)
        if text is not None:
            meta[key] = text
    return meta
