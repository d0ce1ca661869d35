"""Reader for web archives (`.warc`, `.warc.gz`) through warcio.

Every `response` record holding an HTTP 200 answer with an HTML content type becomes a
document: `html` is the decoded payload (charset from the HTTP header, the page, or
detection), `url` and `source` the WARC-Target-URI, and the id `<file stem>-<sha1 of url>`.
Other records (requests, metadata, redirects, images) are skipped. Nothing is taken from the
archive's dates: a crawl date is not a publication date. `max_bytes` limits one payload.
A damaged archive yields E007; the records before the damage are still read.
"""

from __future__ import annotations

from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator

from newsdesk.errors import Code, InputError
from newsdesk.ingest.common import (
    Input,
    charset_from_content_type,
    content_type,
    decode_html,
    short_hash,
)
from newsdesk.model import RawDocument

HTML_TYPES = {"text/html", "application/xhtml+xml"}


def read_warc(inp: Input, max_bytes: int) -> Iterator[RawDocument | InputError]:
    try:
        if inp.path.stat().st_size == 0:
            yield InputError(inp.source, Code.E001)
            return
        with inp.path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.format != "warc":  # warcio also reads ARC, and any text line as one
                    yield InputError(inp.source, Code.E007, "not a WARC record")
                    return
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if record.http_headers.get_statuscode() != "200":
                    continue
                header = record.http_headers.get_header("Content-Type")
                if content_type(header) not in HTML_TYPES:
                    continue
                url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")
                where = url or inp.source
                payload = record.content_stream().read(max_bytes + 1)
                if len(payload) > max_bytes:
                    yield InputError(where, Code.E004, f"payload over {max_bytes} bytes")
                    continue
                html = decode_html(payload, charset_from_content_type(header))
                if not html.strip():
                    yield InputError(where, Code.E001)
                    continue
                doc_id = f"{inp.stem}-{short_hash(url or html)}"
                yield RawDocument(id=doc_id, source=where, url=url or None, html=html)
    except OSError as e:
        yield InputError(inp.source, Code.E013, e.strerror or str(e))
    except Exception as e:  # warcio raises many kinds on damaged archives
        yield InputError(inp.source, Code.E007, f"{type(e).__name__}: {e}".strip())
