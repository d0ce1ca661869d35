"""Reader for plain-text articles (`.txt`, `.txt.gz`): the file content is the article text.

The content is decoded as UTF-8 (a BOM is stripped; UTF-16/32 with a BOM is accepted too) and
line ends are normalised to `\\n`. Nothing else is changed: whether the first line is a title,
and what is boilerplate, is for the cleaner to decide.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsdesk.errors import Code, InputError
from newsdesk.ingest.common import (
    Input,
    check_text_bytes,
    decode_text,
    normalize_newlines,
    read_bytes,
)
from newsdesk.ingest.sidecar import read_sidecar
from newsdesk.model import RawDocument


def read_txt(inp: Input, max_bytes: int) -> Iterator[RawDocument | InputError]:
    data = read_bytes(inp, max_bytes)
    if isinstance(data, InputError):
        yield data
        return
    problem = check_text_bytes(data, inp.source)
    if problem:
        yield problem
        return
    text = decode_text(data, inp.source)
    if isinstance(text, InputError):
        yield text
        return
    text = normalize_newlines(text)
    if not text.strip():
        yield InputError(inp.source, Code.E001)
        return
    meta = read_sidecar(inp)
    if isinstance(meta, InputError):
        yield meta
        return
    yield RawDocument(**{"id": inp.stem, **meta, "source": inp.source, "text": text})
