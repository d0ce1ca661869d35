"""Plain-text cleaning: take the junk lines out of a copy-pasted article and lift its metadata.

A copy-paste keeps one paragraph per line, and with it everything around the report: paywall
prompts and price lists, newsletter and app promos, share buttons, "Read more" links, comment
policies, reporter e-mail lines, time stamps, disclaimers. `clean_text` decides line by line:

1. A line matching a rule of `rules.py` is junk with that rule's reason. Weak rules fire only on
   lines that do not read as report prose (a sentence of six words or more that ends like a
   sentence); strong rules fire on any line short enough not to be a whole paragraph.
2. Junk comes in blocks (a price list under a paywall prompt): inside a run of lines that are
   not report prose and that holds junk, the lines no rule knows take the reason of the nearest
   junk line. At the head and the tail of the article every such line goes; in the middle only
   when junk outnumbers them, so that a sub-heading next to an "Advertisement" survives.
3. Metadata is lifted out of the body: a first line that reads like a headline becomes the
   title, a "By ..." line or "X can be reached at ..." the author, "Correction: ..." and
   "Editor's note: ..." lines the notices, and "CITY, Region - " / "(City) " opening the first
   paragraph the dateline.

What it does not do: it never rewrites a sentence it keeps, and it does not clean HTML (see
`html.py`, where the DOM tells boilerplate apart). Hand-written: see `rules.py` for why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsdesk.clean.rules import (
    BYLINE,
    CONTACT_AUTHOR,
    CREDIT,
    DATELINE,
    NOTICE_RULES,
    PRICE,
    RULES,
    TIMESTAMP,
)
from newsdesk.model import Lifted, Notice, NoticeKind, Removed, RemovedReason

_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$|[\"”»]\s*$")
_WORD = re.compile(r"\w+")
_STRONG_MAX_WORDS = 45  # a strong rule never removes a line longer than this (a real paragraph)
_TITLE_MAX_WORDS = 25
_AGENCY_ONLY = re.compile(r"^[A-Z]{2,6}$")


@dataclass
class TextCleaning:
    """What `clean_text` found: the clean body and everything it took out of it."""

    text: str
    removed: list[Removed] = field(default_factory=list)
    lifted: list[Lifted] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    title: str | None = None
    dateline: str | None = None
    author: str | None = None


@dataclass
class _Line:
    index: int
    text: str
    prose: bool
    reason: RemovedReason | None = None
    notice: NoticeKind | None = None
    author: str | None = None
    byline: bool = False  # a "By Jane Doe" line: lifted to the author, not junk

    @property
    def body(self) -> bool:
        return self.reason is None and self.notice is None and not self.byline


def _words(line: str) -> int:
    return len(_WORD.findall(line))


def is_prose(line: str) -> bool:
    """True when a line reads as a sentence of the report: six words or more, ends like one."""
    return _words(line) >= 6 and bool(_TERMINAL.search(line))


def _classify(index: int, text: str) -> _Line:
    line = _Line(index=index, text=text, prose=is_prose(text))
    for kind, pattern in NOTICE_RULES:
        if pattern.search(text):
            line.notice = kind
            return line
    words = _words(text)
    if len(text) <= 80 and TIMESTAMP.match(text) and _WORD.search(text):
        line.reason = "timestamp"
        return line
    if not line.prose and (m := BYLINE.match(text)) and words <= 16:
        line.byline = True
        line.author = m.group("name")
        return line
    if not line.prose and PRICE.search(text):
        line.reason = "paywall"
        return line
    for rule in RULES:
        if rule.strong and words > _STRONG_MAX_WORDS:
            continue
        if (rule.strong or not line.prose) and rule.pattern.search(text):
            line.reason = rule.reason
            break
    if line.reason is not None:
        if m := CONTACT_AUTHOR.match(text) or CREDIT.match(text):
            line.author = m.group("name")
    return line


def _propagate(lines: list[_Line]) -> None:
    """Give unmatched non-prose lines inside a junk block the reason of the nearest junk."""
    n = len(lines)
    first_prose = next((i for i, ln in enumerate(lines) if ln.prose and ln.body), n)
    last_prose = max((i for i, ln in enumerate(lines) if ln.prose and ln.body), default=-1)
    i = 0
    while i < n:
        if lines[i].prose and lines[i].body:
            i += 1
            continue
        j = i
        while j < n and not (lines[j].prose and lines[j].body):
            j += 1
        run = range(i, j)
        junk = [k for k in run if lines[k].reason is not None]
        unknown = [k for k in run if lines[k].body]
        edge = i < first_prose or j > last_prose
        if junk and unknown and (edge or len(junk) >= len(unknown)):
            for k in unknown:
                nearest = min(junk, key=lambda x: (abs(x - k), x > k))
                lines[k].reason = lines[nearest].reason
        i = j


def _reads_as_title(text: str) -> bool:
    words = _words(text)
    if not 2 <= words <= _TITLE_MAX_WORDS or text.endswith((".", ",", ";")):
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"


def _lift_dateline(text: str) -> tuple[str | None, str]:
    """Split "CITY, Region - rest" / "(City) rest" into the dateline and the rest."""
    m = DATELINE.match(text)
    if not m:
        return None, text
    dateline = (m.group("dl") or m.group("dl2") or "").strip(" ,")
    if _AGENCY_ONLY.match(dateline) and m.group("dl2"):
        return None, text  # "(CNN) ..." names the agency, not a place
    return dateline, text[m.end():]


def clean_text(raw: str, *, find_title: bool = True) -> TextCleaning:
    """Clean one plain-text article: junk lines out with reasons, metadata lifted."""
    texts = [t for t in (s.strip() for s in raw.splitlines()) if t]
    lines = [_classify(i, t) for i, t in enumerate(texts)]
    result = TextCleaning(text="")
    if (
        find_title
        and len(lines) > 1
        and lines[0].body
        and not lines[0].prose
        and _reads_as_title(lines[0].text)
        and DATELINE.match(lines[0].text) is None
    ):
        result.title = lines[0].text
        result.lifted.append(Lifted(field="title", text=lines[0].text, line=0))
        lines = lines[1:]
    _propagate(lines)

    body: list[str] = []
    for line in lines:
        if line.author and result.author is None:
            result.author = line.author
        if line.byline:
            result.lifted.append(Lifted(field="author", text=line.text, line=line.index))
        elif line.notice is not None:
            result.notices.append(Notice(kind=line.notice, text=line.text))
            result.lifted.append(Lifted(field="notice", text=line.text, line=line.index))
        elif line.reason is not None:
            result.removed.append(Removed(text=line.text, reason=line.reason, line=line.index))
        elif not body:
            dateline, rest = _lift_dateline(line.text)
            if dateline and rest:
                result.dateline = dateline
                prefix = line.text[: -len(rest)]
                result.lifted.append(Lifted(field="dateline", text=prefix, line=line.index))
            body.append(rest)
        else:
            body.append(line.text)
    result.text = "\n".join(body)
    return result
