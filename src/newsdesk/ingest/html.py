"""Reader for saved pages (`.html`, `.htm`, and their `.gz`): the markup, decoded to str.

Decoding follows the BOM, then valid UTF-8, then the page's `<meta charset>`, then charset
detection (see `common.decode_html`). Metadata (title, author, date) is not extracted here:
the cleaner does that from the markup. A sidecar `NAME.meta.json` may give metadata.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsdesk.errors import Code, InputError
from newsdesk.ingest.common import Input, check_text_bytes, decode_html, read_bytes
from newsdesk.ingest.sidecar import read_sidecar
from newsdesk.model import RawDocument


def read_html(inp: Input, max_bytes: int) -> Iterator[RawDocument | InputError]:
    data = read_bytes(inp, max_bytes)
    if isinstance(data, InputError):
        yield data
        return
    problem = check_text_bytes(data, inp.source)
    if problem:
        yield problem
        return
    html = decode_html(data)
    if not html.strip():
        yield InputError(inp.source, Code.E001)
        return
    meta = read_sidecar(inp)
    if isinstance(meta, InputError):
        yield meta
        return
    yield RawDocument(**{"id": inp.stem, **meta, "source": inp.source, "html": html})
