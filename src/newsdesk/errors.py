"""The error catalogue: every user-facing error has a code, so users can search for it.

Exceptions form one hierarchy under `NewsdeskError`; `InputError` is what a reader or the
cleaner raises for one bad input file. The batch goes on without it, and the command exits
non-zero at the end. `str(error)` is the one-line message shown to the user, naming the file.
"""

from __future__ import annotations

from enum import Enum


class Code(Enum):
    """Error codes with their message templates."""

    E001 = "file is empty"
    E002 = "file looks binary, not text or markup"
    E003 = "file is not valid UTF-8 ({detail})"
    E004 = "file is too large ({detail}); the limit is set by --max-bytes"
    E005 = "malformed JSON on line {detail}"
    E006 = "record has neither 'text' nor 'html' ({detail})"
    E007 = "unreadable WARC archive ({detail})"
    E008 = "unreadable feed ({detail})"
    E009 = "invalid sidecar metadata ({detail})"
    E010 = "no article text could be extracted ({detail})"
    E011 = "unsupported file type ({detail})"
    E012 = "invalid date {detail!r}"
    E013 = "cannot read file ({detail})"
    E020 = "path does not exist"
    E014 = "invalid field in record ({detail})"
    E015 = "article text is too long ({detail}); no news article is over 300,000 characters"


class NewsdeskError(Exception):
    """Base of every error newsdesk raises on purpose."""


class InputError(NewsdeskError):
    """One input (a file, or a record in it) cannot be analyzed; the rest of the batch goes on."""

    def __init__(self, source: str, code: Code, detail: str = "") -> None:
        self.source = source
        self.code = code
        self.detail = detail
        super().__init__(f"{source}: {code.name} {code.value.format(detail=detail)}")


class StoreError(NewsdeskError):
    """The database cannot be opened or written."""
