"""Reader for plain-text articles (`.txt`, `.txt.gz`): the file content is the article text.

The content is decoded as UTF-8 (a BOM is stripped; UTF-16/32 with a BOM is accepted too) and
line ends are normalised to `\\n`. Nothing else is changed: whether the first line is a title,
and what is boilerplate, is for the cleaner to decide. `read_article_file` also serves the
HTML reader: one file, one article, in either field.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from newsdesk.errors import Code, InputError
from newsdesk.ingest.common import (
    Input,
    check_text_bytes,
    decode_html,
    decode_text,
    normalize_newlines,
    read_bytes,
)
from newsdesk.ingest.sidecar import read_sidecar
from newsdesk.model import RawDocument


def read_article_file(
    inp: Input, max_bytes: int, field: Literal["text", "html"]
) -> Iterator[RawDocument | InputError]:
    """One file, one article: its bytes checked and decoded into `field`, its sidecar applied.

    Text must be UTF-8 (E003 otherwise) with line ends normalised; markup is decoded by
    `decode_html`. An empty file is E001, a binary one E002.
    """
    data = read_bytes(inp, max_bytes)
    if isinstance(data, InputError):
        yield data
        return
    problem = check_text_bytes(data, inp.source)
    if problem:
        yield problem
        return
    content = decode_html(data) if field == "html" else decode_text(data, inp.source)
    if isinstance(content, InputError):
        yield content
        return
    if field == "text":
        content = normalize_newlines(content)
    if not content.strip():
        yield InputError(inp.source, Code.E001)
        return
    meta = read_sidecar(inp)
    if isinstance(meta, InputError):
        yield meta
        return
    yield RawDocument(**{"id": inp.stem, **meta, "source": inp.source, field: content})


def read_txt(inp: Input, max_bytes: int) -> Iterator[RawDocument | InputError]:
    return read_article_file(inp, max_bytes, "text")
