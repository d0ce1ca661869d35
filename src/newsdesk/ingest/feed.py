"""Reader for RSS and Atom feeds (`.rss`, `.atom`, and `.xml` files that are feeds) via feedparser.

Every entry becomes a document: `html` from the entry's content, else its summary (`text` when
the feed marks it plain text), plus title, author, url (the link), published (the entry's
published, else updated date, as feedparser gives it in UTC) and outlet (the feed's title).
A damaged feed yields E008 and then the entries feedparser could
recover. The source is the entry's http(s) link (else `FILE:N`, the entry's position), the id
`<file stem>-<sha1 of link, else of the content>`. This module does not fetch anything.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from typing import Any

import feedparser
import feedparser.exceptions

from newsdesk.errors import Code, InputError
from newsdesk.ingest.common import Input, bom_encoding, check_text_bytes, read_bytes, short_hash
from newsdesk.model import RawDocument

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_FIRST_TAG = re.compile(r"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
FEED_ROOTS = {"rss", "feed", "RDF"}
# feedparser's notes that do not mean the feed is damaged.
BENIGN = (
    feedparser.exceptions.CharacterEncodingOverride,
    feedparser.exceptions.NonXMLContentType,
    feedparser.exceptions.UndeclaredNamespace,
)


def is_feed(data: bytes) -> bool:
    """Whether the root element of an XML document is that of an RSS or Atom feed."""
    head = data[:65536]
    bom = bom_encoding(head)
    text = head[bom[1] :].decode(bom[0], "ignore") if bom else head.decode("latin-1")
    match = _FIRST_TAG.search(_COMMENT.sub("", text))
    return bool(match) and match.group(2) in FEED_ROOTS


def _date(entry: Any) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return dt.date(*parsed[:3])
    except (TypeError, ValueError):
        return None


def _body(entry: Any) -> dict[str, str]:
    """{"html": ...} or {"text": ...} from the entry's content, else its summary."""
    parts = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    parts.sort(key=lambda c: "html" not in (c.get("type") or ""))  # stable: html first
    if parts:
        value, kind = parts[0]["value"], parts[0].get("type") or "text/html"
    else:
        value = entry.get("summary") or ""
        kind = (entry.get("summary_detail") or {}).get("type") or "text/html"
    if not value.strip():
        return {}
    return {"text": value} if kind == "text/plain" else {"html": value}


def _clean(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def read_feed(inp: Input, max_bytes: int) -> Iterator[RawDocument | InputError]:
    data = read_bytes(inp, max_bytes)
    if isinstance(data, InputError):
        yield data
        return
    if inp.kind == "xml" and data.strip() and not is_feed(data):
        if inp.explicit:
            yield InputError(inp.source, Code.E011, "XML that is not an RSS or Atom feed")
        return
    problem = check_text_bytes(data, inp.source)
    if problem:
        yield problem
        return
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    damage = parsed.get("bozo_exception")
    if damage is not None and isinstance(damage, BENIGN):
        damage = None
    if damage is not None or not parsed.version:
        # A damaged feed is reported once; the entries feedparser recovered are still read.
        yield InputError(inp.source, Code.E008, str(damage or "not an RSS or Atom feed"))
        if not parsed.entries:
            return
    outlet = _clean(parsed.feed.get("title"))
    language = _clean(parsed.feed.get("language"))
    for number, entry in enumerate(parsed.entries, start=1):
        link = _clean(entry.get("link"))
        if link and not link.lower().startswith(("http://", "https://")):
            link = None  # feedparser falls back to the entry's id, e.g. "urn:uuid:..."
        where = link or f"{inp.source}:{number}"
        body = _body(entry)
        if not body:
            yield InputError(where, Code.E006, "entry has no content or summary")
            continue
        yield RawDocument(
            id=f"{inp.stem}-{short_hash(link or next(iter(body.values())))}",
            source=where,
            url=link,
            title=_clean(entry.get("title")),
            author=_clean(entry.get("author")),
            published=_date(entry),
            outlet=outlet,
            language=language,
            **body,
        )
