"""Reader for saved pages (`.html`, `.htm`, and their `.gz`): the markup, decoded to str.

Decoding follows the BOM, then valid UTF-8, then the page's `<meta charset>`, then charset
detection (see `common.decode_html`). Metadata (title, author, date) is not extracted here:
the cleaner does that from the markup. A sidecar `NAME.meta.json` may give metadata.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsdesk.errors import InputError
from newsdesk.ingest.common import Input
from newsdesk.ingest.text import read_article_file
from newsdesk.model import RawDocument


def read_html(inp: Input, max_bytes: int) -> Iterator[RawDocument | InputError]:
    return read_article_file(inp, max_bytes, "html")
