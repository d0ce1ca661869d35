"""Sidecar metadata: `NAME.meta.json` beside `NAME.txt` / `NAME.html` gives the optional fields.

A sidecar holds one JSON object with any of `id`, `url`, `title`, `outlet`, `author`,
`published`, `language`; its values override what the article file gives, and unknown keys are
ignored. A sidecar is never an article itself. This module reads and checks sidecars; it does
not decide which articles have one (the readers look for `<stem>.meta.json`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsdesk.errors import Code, InputError
from newsdesk.ingest.common import FieldError, Input, parse_id, parse_meta

SIDECAR_SUFFIX = ".meta.json"
_MAX_SIDECAR_BYTES = 1_000_000


def sidecar_path(inp: Input) -> Path:
    return inp.path.with_name(inp.stem + SIDECAR_SUFFIX)


def read_sidecar(inp: Input) -> dict[str, Any] | InputError:
    """The fields of the article's sidecar ({} when there is none), or E009 naming the problem.

    An invalid sidecar is an error for its article, which is then not read: the sidecar may
    carry the article's id, and reading it under another id would store it twice once the
    sidecar is fixed.
    """
    path = sidecar_path(inp)
    if not path.is_file():
        return {}

    def error(problem: str) -> InputError:
        return InputError(inp.source, Code.E009, f"{path.name}: {problem}")

    try:
        if path.stat().st_size > _MAX_SIDECAR_BYTES:
            return error(f"larger than {_MAX_SIDECAR_BYTES} bytes")
        raw = path.read_bytes()
    except OSError as e:
        return error(e.strerror or str(e))
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        return error(f"not valid UTF-8 at byte offset {e.start}")
    except json.JSONDecodeError as e:
        return error(f"malformed JSON at line {e.lineno} column {e.colno}: {e.msg}")
    except RecursionError:
        return error("JSON nested too deeply")
    if not isinstance(record, dict):
        return error(f"expected a JSON object, found {type(record).__name__}")
    try:
        meta = parse_meta(record)
        doc_id = parse_id(record)
    except FieldError as e:
        return error(str(e))
    if doc_id is not None:
        meta["id"] = doc_id
    return meta
