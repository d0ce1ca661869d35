"""Plain-text cleaning: take the junk lines out of a copy-pasted article and lift its metadata.

A copy-paste keeps one paragraph per line, and with it everything around the report: paywall
prompts and price lists, newsletter and app promos, share buttons, "Read more" links, comment
policies, reporter e-mail lines, time stamps, disclaimers. `clean_text` decides line by line:

1. A line matching a rule of `rules.py` is junk with that rule's reason. Weak rules fire only on
   lines that do not read as report prose (a sentence of six words or more that ends like a
   sentence); strong rules fire on any line short enough not to be a whole paragraph and that
   is not an attributed quote ('"...," the mayor said.').
   Lines without a letter go as "other"; a date or clock time with at most two names around it
   ("Wednesday 20 November 2031 11:42, UK") as a time stamp, unless it gives a span of hours
   ("9.30 am / 7.00 pm", opening hours); author bios ("Jane Doe is a reporter at ...") only
   when they close the article.
2. Junk comes in blocks (a price list under a paywall prompt): inside a run of lines that are
   not report prose and that holds junk, the lines no rule knows take the reason of the nearest
   junk line. At the head and the tail of the article every such line goes, unless it belongs to
   a list or table of figures touching the report; in the middle only when there are at most
   twice as many of them as junk lines, or under a short heading of links ("Related stories").
   Never swept: the standfirst right under the headline, byline and stamps (eight words or
   more, mostly lower case, with a verb, even without a full stop), a list the report
   introduces with a colon,
   a line announcing what follows ("The five chosen are:") outside the head, a list numbered in
   sequence (four items or more, none a rule matches) with its heading, a sub-heading right
   above a paragraph, a line that is one quotation right above a paragraph ('“Harbour Lights”':
   a pull quote, the title of a work), a long line, a short "..., he said." sentence, an
   embedded post, a footnote marked with an asterisk ("* Dates subject to change"). A line
   ending on a closing quote mark (”, », the « of »...«) ends like a sentence. A text with no
   report sentence at all is not swept: only the lines a rule matches go. Below the report,
   a blog's comment heading ("2 thoughts on “Title”") takes every line under it along (a reply
   signed by a name the copy gives above the thread, the author's, stays); the paragraph under
   a sponsor's heading ("A message from our sponsor") goes with it.
3. Metadata is lifted out of the body: a first line that reads like a headline becomes the
   title (or, below the junk heading the copy, the first headline-like line before the report),
   a "By ..." / "Author: ..." line, a bare name above a newsroom role, a post line ("Posted on
   3 May 2031 by Jane Doe"), "X (covers schools and) can be reached at ..." or "Contact X at
   <X's address>" the author ("By Staff", a translated "By Writing", names the newsroom: junk,
   no author)
   (failing those, "Jane Doe in Brussels" or "Jane Doe | Brussels" right under the headline or
   beside a time stamp; a bare name under the headline and over its time stamp, or over a bare
   place in capitals over the stamp: that place is the dateline), "Correction: ..." (or an
   unlabelled "This article was amended on ... to correct ..." or "This article has been
   changed: we first reported ...") and "Editor's note: ..." lines
   the notices ("Updated Friday 20:40 with ..." too; so is one "Update of 17h20: ..." paragraph
   closing the report;
   a live page's timed updates, and one told on a source's word ("..., a spokesman said."),
   stay report), and "CITY, Region - " / "CITY.- " / "(City) " / "City: " opening the first
   paragraph the dateline ("Town, Region: " too; "TOWN, Harbour Post - " naming the outlet
   is the town alone). A site's banner under the first line and above
   the headline ("Breaking: <other news>", "WEATHER ALERT: ...") is junk, never the title. A
   short section label over the headline ("World News") goes, and so does a menu without
   separators ("News Sport Jobs Property": capitalised section names, no verb), and so
   does the outlet's name over its tagline or menu, or with it on one line ("Harbour Lamp —
   local news in English") (the headline further down is the title;
   the name gives the outlet), and junk over it (a ticker of quotes, an edition switcher,
   "View this email in your browser") is never taken for it; a byline naming
   an outlet ("Jane Doe, Harbour Times", or a name the furniture prints again: "Follow Harbour
   Notes"; beside the stamp without "By": "Jane Doe, L'Écho du Port" under "L'Écho du Port |
   English", an edition masthead and never the title) gives the outlet too, else a copyright
   holder ("Harbour Times - All rights reserved", "© Harbour Times - All reproduction forbidden",
   "... prohibited without authorization of the Harbour Times"; a company, "Harbour Posten AS",
   "Harbour Broadcast Pvt Ltd", gives way to the brand it owns printed over the menu, "Harbour
   Live", and so does a trust or foundation owning a newsroom; "© Association Harbour" is
   "Harbour" where the page prints that name alone; so is a free licence's, "CC BY 4.0 –
   Fundacja Harbour") or a "Follow Harbour Times on
   X" line, else a masthead ("Voice of the Dales" over a menu is one too). A masthead above
   the report's first sentence goes, with the tagline under it ("Local news, every day"):
   "THE HARBOUR LAMP", "The Kettle Standard", "Harbour Now - Politics", a translated page's
   "Kurier Online (automatically translated from the German)". Copyright initials ("© HBC")
   give way to the one brand the page's furniture prints them in ("HBC News"). A sentence
   between the headline and the byline or stamp, right above a picture credit ("Photo: ...",
   the outlet's own name alone), is a caption: junk with its credit. A closing "— Jane Doe reported
   from Tunis." or bio ("Jane Doe is a correspondent for the Star.")
   names the author when no byline does, and the writer's bio its outlet (a name the furniture
   prints again too: "a reporter at Harbour" under the menu "Harbour  News  Data"); a credit
   for "Additional reporting by ..." names no author. A wire in the dateline ("(HW)") that
   no byline spells out gives way to the site saying it ran the text unedited ("Harbour Daily
   has not edited this text"); failing all else, the site's own furniture names the outlet: an
   app prompt ("Get the Harbour Times app"), a comment policy ("Comments on the Harbour Times
   are reviewed ..."), a reader-funding appeal ("Harbour Times is funded by readers") or a
   series plug ("part of Harbour Times's Water Watch series").

What it does not do: it never rewrites a sentence it keeps, and it does not clean HTML (see
`html.py`, where the DOM tells boilerplate apart). Hand-written: see `rules.py` for why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

from newsdesk.clean.rules import (
    BANNER,
    BIO,
    BIO_NAME,
    BIO_OUTLET,
    BYLINE,
    BYLINE_PLACE,
    CAPS_LABEL,
    COMMENTER,
    COMMENTS_HEADING,
    CONTACT_AT,
    CONTACT_AUTHOR,
    COPYRIGHT_HOLDER,
    CREDIT,
    DATE_OR_TIME,
    DATE_WORDS,
    DATELINE,
    DATELINE_COLON,
    EDITION,
    EDITION_BAR,
    EDITION_CAPS,
    FOLLOW_NAME,
    HOLDER_FIRST,
    HOURS,
    KICKER,
    LABEL_WORDS,
    LEAD_IN,
    LEGAL_FORMS,
    LICENCE_HOLDER,
    MASTHEAD_NAME,
    MASTHEAD_SECTION,
    NAME_IN_PLACE,
    NAME_LINE,
    NAME_OUTLET,
    NAME_PLACE_ROLE,
    NAME_ROLE,
    NEWSROOM_CREDIT,
    NOTICE_RULES,
    OUTLET,
    OWN_NAME,
    OWN_PLAN,
    OWN_STAFF,
    PERMISSION_HOLDER,
    PHOTO_CREDIT,
    PLACE_LINE,
    POSTED_BY,
    PRICE,
    QUESTIONS_REFERRED,
    REPORTED_FROM,
    ROLE_LINE,
    RULES,
    SECTION_WORDS,
    SELF_NAMED,
    SPONSOR_HEADING,
    TAGLINE_WORDS,
    TIMESTAMP,
    TIMESTAMP_LOOSE,
    UPDATE_ABOUT_ARTICLE,
    UPDATE_TEXT,
)
from newsdesk.model import Lifted, Notice, NoticeKind, Removed, RemovedReason

_TERMINAL = re.compile(r"[.!?…:;。！？：；][\"'”“’»«)\]」』）]*\s*$|[\"”“»«」』]\s*$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W_]")
_STRONG_MAX_WORDS = 45  # a strong rule never removes a line longer than this (a real paragraph)
_TITLE_MAX_WORDS = 25
_TITLE_MIN_WORDS = 5  # a headline below the head's junk, not a menu entry ("Most Popular")
_LEDE_MIN_WORDS = 10  # the sentence after a "City:" dateline is at least this long
# "Jane Doe, Kettleby": one writer (two names or more) and, after the comma, one word, her town
_PLACE_AFTER_NAME = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+,\s*(?!(?:and|&)\b)[A-Z][\w'’-]+$"
)
_AGENCY_ONLY = re.compile(r"^[A-Z]{2,6}$")
# a wire's version tag on its headline: "UPDATE 2-Headline", "REFILE-Headline", "RPT-Headline"
_WIRE_VERSION = re.compile(r"^(?:UPDATE|REFILE|RPT|CORRECTED|WRAPUP|REPEAT)(?: \d{1,2})?-(?=\S)")
# a summary's bullet point above the first paragraph ("* Ministry says ..."): not the lede
_BULLET = re.compile(r"^[*•]\s+\S")
# a broadcaster's or agency's short name after a byline's name: "Jane Doe, HBC" (not a role
# or a title in capitals: "Jane Doe, MP", "Jane Doe, CEO")
_ACRONYM = re.compile(
    r"^(?!(?:CEO|CFO|CTO|COO|MLA|MEP|MBA|PHD|OBE|MBE|CBE|KBE|QC|KC|RN|MD|MP|USA|UK|US|EU|UN|NGO)$)[A-Z]{3,5}$"
)
_EDGE_BLOCK = 2  # a list or table of figures at the report's edge is longer than this
_SAID = re.compile(
    r"[,”\"’']\s*(?!no questions asked\b)(?:[\w.'’-]+\s+){1,4}"
    r"(?:said|says|added|asked|told|warned|explained|wrote)\b"
    r"|\b(?:said|says)\s+[A-Z]\w+\s*\.$"
)
_UPDATED = re.compile(r"\b(?:updated?|modified|edited|revised)\b", re.IGNORECASE)
_SPONSOR_MAX_WORDS = 60  # the sponsor's message under its heading is one short paragraph
_NUMERIC_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b")
_LONG_WORDS = 25  # a line this long is a paragraph even without a full stop at its end
# an embedded post quoted by the report: "pic.twitter.com/...", "— Name (@handle) May 2, 2024"
# a link item of a related-stories list: "→ Why the vote matters", "► Five things to know"
_LINK_ITEM = re.compile(r"^[→►▶▸➤➜➔⇒⟶»›]\s*\S")
# a line that is one quotation in double quotes: '“Harbour Lights”', '„Nie wieder Hochwasser“'
_QUOTED = re.compile(r"^[\"“„«»][^\"“”„«»]{1,120}[\"”“«»][.!?]?$")
_EMBED = re.compile(r"\bpic\.twitter\.com/|^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s+\w+")
# a footnote the report marks with an asterisk: "* Dates subject to change by the organiser"
# (not a label: "*Price with code:")
_FOOTNOTE = re.compile(r"^\*{1,3}\s*[^\W\d_].*[^:]$")
_STANDFIRST_MIN_WORDS = 8
_HEAD_PROSE = 3  # the dateline paragraph is among the first this many sentences under a headline
# a verb of a standfirst: an auxiliary, a past form, a third person ("packed", "must keep")
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|"
    r"should|does|did|says|said)\b|\b[a-z]{3,}(?:ed|es)\b"
)


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
    outlet: str | None = None  # a wire agency after the dateline, or a copyright holder


@dataclass
class _Line:
    index: int
    text: str
    prose: bool
    reason: RemovedReason | None = None
    notice: NoticeKind | None = None
    author: str | None = None
    outlet: str | None = None  # the outlet a byline or closing bio names
    byline: bool = False  # a "By Jane Doe" line: lifted to the author, not junk
    inert: bool = False  # junk that does not mark a junk block (a divider, a stray symbol)
    standfirst: bool = False  # the summary under the headline: no junk block takes it along
    place: bool = False  # a bare place line under the byline ("KARVIK"): lifted to the dateline
    notice_text: str | None = None  # the notice with its next line ("Update: <date>" + text)
    continued: bool = False  # the second line of a notice the line above opens
    town: str | None = None  # the town a byline's bracket names: "(Kettleby, correspondent)"

    @property
    def body(self) -> bool:
        return self.reason is None and self.notice is None and not self.byline and not self.place


def _words(line: str) -> int:
    """Words of a line; Chinese and Japanese, written without spaces, count two signs a word."""
    cjk = len(_CJK.findall(line))
    if not cjk:
        return len(_WORD.findall(line))
    return len(_WORD.findall(_CJK.sub(" ", line))) + (cjk + 1) // 2


def is_prose(line: str) -> bool:
    """True when a line reads as a sentence of the report: six words or more, ends like one."""
    return _words(line) >= 6 and bool(_TERMINAL.search(line))


def _name_case(name: str) -> str:
    """A name printed in capitals ("JANE DOE", "ANA O'NEIL") in the case it is written in."""
    if not name.isupper():
        return name
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name)


def _outlet(text: str | None) -> str | None:
    """The outlet a byline's tail names ("Reuters", "The Harbour Times"), else None."""
    if not text or DATE_OR_TIME.search(text):
        return None
    m = OUTLET.match(text.strip())
    return m.group("outlet").strip() if m else None


def _mostly_date(text: str) -> bool:
    """A date or clock time with at most two capitalised words around it (an agency, a place):
    "Wednesday 20 November 2019 11:42, UK". Not an embedded post's signature line."""
    if len(text) > 100 or not DATE_OR_TIME.search(text) or _EMBED.search(text):
        return False
    if not any(c.isdigit() for c in text):
        return False
    if HOURS.search(text):  # opening hours, a span of time: not when the page was stamped
        return False
    rest = _WORD.findall(DATE_WORDS.sub(" ", text))
    return len(rest) <= 2 and all(w[0].isupper() or w[0].isdigit() for w in rest)


_ATTRIBUTED = re.compile(r",\s+(?:[\w'’.-]+\s+){1,6}(?:said|says)\.[\"”’']?$")


_UPDATE = dict(NOTICE_RULES)["update"]


def _update_line(text: str) -> Literal["notice", "news"] | None:
    """What a line led by "Update" is: "notice" when it says how the article changed ("Update:
    this story now includes ..."), "news" when it tells news ("UPDATE 10:30 p.m.: Crews
    finished ..."; a live page's timed update, report unless it closes the copy alone, see
    `_closing_update`); None for any other line and for a bare stamp ("Updated 10:44 pm")."""
    if not _UPDATE.search(text) or _mostly_date(text):
        return None
    label_end = re.search(r":(?!\d)", text)
    if label_end and not UPDATE_ABOUT_ARTICLE.search(text, label_end.end()):
        return "news"
    return "notice"


def _closing_update(lines: list[_Line]) -> None:
    """A single "Update of 17h20: <news>" paragraph closing a report is the article's update
    notice; a live page's timed updates stay report (several, or above the story), and so does
    news told on a source's word (", a spokeswoman said.")."""
    found = [
        k
        for k, line in enumerate(lines)
        if line.body and _update_line(line.text) == "news" and not _ATTRIBUTED.search(line.text)
    ]
    if len(found) != 1 or not any(line.prose and line.body for line in lines[: found[0]]):
        return
    if all(not line.body for line in lines[found[0] + 1 :]):
        lines[found[0]].notice = "update"


_UPDATE_HEADER = re.compile(r"^\W*updated?\b", re.IGNORECASE)


def _update_header(lines: list[_Line]) -> None:
    """An "Update: March 11, 2025" stamp over a line saying how the article changed ("We have
    revised this article to add ...") is one update notice of two lines, not a stamp and report."""
    for line, nxt in pairwise(lines):
        if (
            line.reason == "timestamp"
            and _UPDATE_HEADER.match(line.text)
            and (nxt.body or nxt.notice == "update")
            and UPDATE_TEXT.match(nxt.text)
        ):
            line.reason, line.inert, line.notice = None, False, "update"
            line.notice_text = f"{line.text} {nxt.text}"
            nxt.notice, nxt.continued = "update", True


def classify_line(index: int, text: str) -> _Line:
    """What one line is: a rule's removal (with its reason), a notice, a byline, or prose."""
    # a line led by a link arrow is a teaser, not a sentence of the report
    line = _Line(index=index, text=text, prose=is_prose(text) and not _LINK_ITEM.match(text))
    for kind, pattern in NOTICE_RULES:
        found = _update_line(text) == "notice" if kind == "update" else pattern.search(text)
        if found:
            line.notice = kind
            return line
    words = _words(text)
    if not _LETTER.search(text):  # nothing to read: a divider, a stray symbol, a zero-width space
        line.reason = "other"
        line.inert = True
        return line
    if not line.prose and PRICE.search(text):
        line.reason = "paywall"  # "€ 4.08/Month": a price, no time stamp
        return line
    if (
        (len(text) <= 80 and TIMESTAMP.match(text))
        or (not line.prose and words <= 16 and TIMESTAMP_LOOSE.match(text))
        or _mostly_date(text)
    ):
        line.reason = "timestamp"
        if not _UPDATED.search(text) and (m := POSTED_BY.search(text)):
            line.author = m.group("name")  # "Posted on 3 May 2031 by Jane Doe"
        return line
    if not line.prose and (m := BYLINE.match(text)) and words <= 16:
        if NEWSROOM_CREDIT.match(m.group("name")):  # "By Staff": no person to name
            line.reason = "other"
            return line
        line.byline = True
        name, _, last = m.group("name").rpartition(",")
        if name and (outlet := _outlet(last)):  # "By Jane Doe, Harbour Times"
            line.author, line.outlet = _name_case(name.strip()), outlet
        elif _PLACE_AFTER_NAME.match(m.group("name")):  # "By Jane Doe, Kettleby": her town
            line.author = _name_case(name.strip())
        else:
            line.author = _name_case(m.group("name"))
            line.outlet = _outlet(m.group("tail"))
        if m.group("paren") and (town := BYLINE_PLACE.match(m.group("paren"))):
            line.town = town.group("place")
        return line
    m = NAME_PLACE_ROLE.match(text) if not line.prose and words <= 10 else None
    if m and BYLINE_PLACE.match(m.group("paren")):
        # the byline repeated at the foot without "By": junk, naming the author
        line.reason, line.author = "other", _name_case(m.group("name"))
        return line
    if not line.prose and (m := NAME_ROLE.match(text)) and words <= 10:
        line.byline = True
        line.author = _name_case(m.group("name"))
        return line
    m = NAME_OUTLET.match(text) if not line.prose and words <= 10 else None
    if m and (
        (outlet := _outlet(m.group("outlet")))  # "Jane Doe, Harbour Times"
        or (outlet := m.group("outlet") if _ACRONYM.match(m.group("outlet")) else None)
    ):
        line.byline, line.outlet = True, outlet
        line.author = _name_case(m.group("name"))
        return line
    quoted = _SAID.search(text) is not None  # an attributed quote is the report speaking
    for rule in RULES:
        if rule.strong and (words > _STRONG_MAX_WORDS or quoted):
            continue
        if (rule.strong or not line.prose) and rule.pattern.search(text):
            line.reason = rule.reason
            break
    if line.reason is not None and (m := CONTACT_AUTHOR.match(text) or CREDIT.match(text)):
        line.author = m.group("name")
    elif line.reason == "contact":
        line.author = _addressee(text)
    return line


def _addressee(text: str) -> str | None:
    """Whom a contact line names at an address of theirs: "Contact Jane Doe at jdoe@..." (the
    surname in the address), not a desk ("Contact Reader Services at help@...")."""
    m = CONTACT_AT.search(text)
    if m and m.group("name").split()[-1].casefold() in m.group("email").casefold():
        return m.group("name")
    return None


def _protected(text: str) -> bool:
    """A line no junk block takes along: a long paragraph, an embedded post, a short quote."""
    if _words(text) >= _LONG_WORDS or _EMBED.search(text) or _FOOTNOTE.match(text):
        return True
    # a short sentence of the report: '"That's correct," he said.'
    return _words(text) >= 3 and bool(_SAID.search(text))


def _short_sentence(text: str) -> bool:
    """A short sentence of the report, too short to read as prose: "The debate continues
    tomorrow.", "Nobody was hurt." Capitalised, in lower case after its first word, with a
    verb and a full stop; no link, address or figure (a credit, a contact line)."""
    words = text.split()
    if not 3 <= len(words) < 6 or not text.rstrip("\"”’'").endswith((".", "!", "?")):
        return False
    if not text[0].isupper() or re.search(r"[@/|:©]|\d|www\.|https?", text):
        return False
    return all(w[0].islower() for w in words[1:]) and _VERB.search(text) is not None


def _data_list(texts: list[str], *, from_end: bool) -> int:
    """How many lines next to the report (at the block's end or start) are a list or table of
    it: the longest such stretch of more than `_EDGE_BLOCK` lines where most hold a number."""
    for size in range(len(texts), _EDGE_BLOCK, -1):
        part = texts[len(texts) - size :] if from_end else texts[:size]
        if sum(any(c.isdigit() for c in t) for t in part) * 2 > size:
            return size
    return 0


# an item of a numbered list: "1. ...", "2) ...", "3a etapa: ...", "4th ..."
_NUMBERED = re.compile(r"^\W{0,2}(\d{1,3})(?:[.):ªº°a]|st|nd|rd|th)?\s+\S")
_NUMBERED_MIN = 4  # a numbered list of the page is at least this long


def _numbered_lists(lines: list[_Line], run: range) -> set[int]:
    """Lines of a run that are a list numbered in sequence ("1. ...", "2. ...", "3. ..."),
    none matched by a rule, with the heading right above it: a list of the page's own (a
    calendar, a tracklist, steps). Menus and related links are not numbered in their text."""
    keep: set[int] = set()
    k = run.start
    while k < run.stop:
        m, prev = k, None
        while (
            m < run.stop
            and lines[m].body
            and (num := _NUMBERED.match(lines[m].text))
            and (prev is None or int(num.group(1)) == prev + 1)
            and _words(lines[m].text) >= 2
        ):
            prev, m = int(num.group(1)), m + 1
        if m - k >= _NUMBERED_MIN:
            keep.update(range(k, m))
            if (
                k - 1 >= run.start
                and lines[k - 1].body
                and (_reads_as_subheading(lines[k - 1].text) or lines[k - 1].text.endswith(":"))
            ):
                keep.add(k - 1)
        k = max(m, k + 1)
    return keep


def _introduces(text: str) -> bool:
    """A clause of the report that announces what follows: "The newly chosen five are:"."""
    return (
        text.endswith(":")
        and _words(text) >= 4
        and text[0].isupper()
        and sum(w[0].islower() for w in text.split()) >= 2
    )


def _propagate(lines: list[_Line]) -> None:
    """Give unmatched non-prose lines inside a junk block the reason of the nearest junk."""
    n = len(lines)
    first_prose = next((i for i, ln in enumerate(lines) if ln.prose and ln.body), n)
    last_prose = max((i for i, ln in enumerate(lines) if ln.prose and ln.body), default=-1)
    if last_prose < 0:
        return  # not one sentence of report: nothing tells the report from the junk block
    i = 0
    while i < n:
        if lines[i].prose and lines[i].body:
            i += 1
            continue
        j = i
        while j < n and not (lines[j].prose and lines[j].body):
            j += 1
        run = range(i, j)
        junk = [k for k in run if lines[k].reason is not None and not lines[k].inert]
        head, tail = i < first_prose, j > last_prose
        # the page's own lists and the lines that introduce them are no junk block's
        own = _numbered_lists(lines, run)
        if not head:
            own.update(k for k in run if lines[k].body and _introduces(lines[k].text))
        unknown = [
            k
            for k in run
            if lines[k].body
            and not lines[k].standfirst
            and not _protected(lines[k].text)
            and k not in own
        ]
        # a list the report introduces ("The tour dates:") is the report, up to the next junk
        listed, open_list = set(), i > 0 and lines[i - 1].text.endswith(":")
        for k in run:
            if lines[k].reason is not None and not lines[k].inert:
                open_list = False
            elif open_list:
                listed.add(k)
            if lines[k].body and lines[k].text.endswith(":"):
                open_list = True
        unknown = [k for k in unknown if k not in listed]
        if not head:
            # the short sentences right under a paragraph end the report ("The debate
            # continues tomorrow."): no closing block (a byline, a contact line) takes them
            k = i
            while k < j and k in unknown and _short_sentence(lines[k].text):
                unknown.remove(k)
                k += 1
        if junk and tail and not head:
            # lines between the report's end and the first junk go with the junk (captions,
            # bios, related links) unless they are a table or list of figures ending the report
            before = [k for k in unknown if k < junk[0]]
            keep = _data_list([lines[k].text for k in before], from_end=False)
            unknown = [k for k in unknown if k not in before[:keep]]
        if junk and head and not tail:  # the same between the last junk and the report's start
            after = [k for k in unknown if k > junk[-1]]
            keep = _data_list([lines[k].text for k in after], from_end=True)
            unknown = [k for k in unknown if k not in after[len(after) - keep :]]
        # a list of links under its heading ("Related stories", "More from UK") inside the report
        listed_links = (
            lines[i].reason == "navigation"
            and _words(lines[i].text) <= 4
            and not lines[i].text.endswith(":")
        )
        sweep = head or tail or listed_links or 2 * len(junk) >= len(unknown)
        if (
            not (head or tail or listed_links)
            and j - 1 in unknown
            and _reads_as_subheading(lines[j - 1].text)
        ):
            unknown.remove(j - 1)  # a sub-heading right above the next paragraph of the report
        if j < n and j - 1 in unknown and _QUOTED.match(lines[j - 1].text):
            unknown.remove(j - 1)  # a quotation right above a paragraph: a pull quote, a title
        if junk and unknown and sweep:
            for k in unknown:
                nearest = min(junk, key=lambda x: (abs(x - k), x > k))
                lines[k].reason = lines[nearest].reason
        i = j


# the heading of a block of links to other stories, at the end of a junk line: "More on this
# topic", "Skip next section Related stories", "MORE FROM THE HARBOUR TIMES"
_LINKS_HEADING = re.compile(
    r"(?:^|\s)(?:more (?:on|about) (?:this|the) (?:topic|story|subject)|related(?: (?:stories|"
    r"articles?|coverage|content|reading|topics))?|read (?:more|next|also)|also read|see also"
    r"|more from(?: \w+){1,4}|recommended(?: (?:stories|articles|reading))?|(?:watch|listen) next"
    r"|you (?:may|might) (?:also )?like)\W*$",
    re.IGNORECASE,
)
# a teaser's headline: no full stop of its own (a quotation may close it: 'jails three for
# "insulting the state"')
_TEASER = re.compile(r"[.!?…:;][\"'”“’»«)\]]*\s*$")


def _teasers(lines: list[_Line]) -> None:
    """The headlines listed under a links heading ("More on this topic") are links, not the
    report, even one that ends on a quotation (which reads as a sentence) or asks a question
    ("Who are the rebels and what do they want?") with no paragraph of the report under it."""
    for k, line in enumerate(lines):
        if line.reason != "navigation" or not _LINKS_HEADING.search(line.text):
            continue
        for at in range(k + 1, len(lines)):
            below, text = lines[at], lines[at].text
            if not (below.body and _reads_as_title(text)):
                break
            if _TEASER.search(text.rstrip('"”’»')):
                nxt = lines[at + 1] if at + 1 < len(lines) else None
                if not text.endswith("?") or (nxt and nxt.body and nxt.prose):
                    break
            below.reason = "navigation"


def _drop_closing_bios(lines: list[_Line]) -> None:
    """Mark the author bios that close the article ("Jane Doe is a reporter at ...") as junk,
    and lift a closing credit ("— Jane Doe reported from Tunis.") as a byline: only lines after
    the report's last sentence that is neither, never one inside it. A bio names the author
    when no byline does (a byline above it comes first), and the outlet it names: one with an
    outlet's word, or a name the page's furniture prints again ("Harbour" on the menu). A bio a
    rule took out with the reporter's address ("Jane Doe covers schools for the Star. Write to
    her at ...") names them too."""
    for line in reversed(lines):
        if line.body and (m := REPORTED_FROM.match(line.text)):
            line.byline, line.author = True, _name_case(m.group("name"))
            continue
        addressed = line.reason == "contact" and BIO.match(line.text)
        if not (line.prose and line.body) and not addressed:
            continue
        if not BIO.match(line.text):
            return
        line.reason = "contact"
        if m := BIO_NAME.match(line.text):
            line.author = m.group("name")
        if m := BIO_OUTLET.search(line.text):
            # "... a reporter at Harbour": a name without an outlet's word, printed on the menu
            name, furniture = m.group("outlet").strip(), [ln.text for ln in lines if ln.reason]
            line.outlet = _outlet(name) or (name if _printed_again(name, furniture) else None)


def _comment_section(lines: list[_Line]) -> None:
    """Everything under a blog's comment heading ("2 thoughts on “Title”") below the report is
    the readers': commenters' names, their words, the comment form. Lines a rule knows keep
    its reason (a copyright footer), notices stay notices. A reply the article's author signs
    (a name the copy gives above the thread: the byline, an author box) is the author's word
    on the report and stays, without its "Jane Doe says:" line."""
    seen_report = False
    for k, line in enumerate(lines):
        if line.prose and line.body:
            seen_report = True
        elif seen_report and line.reason and COMMENTS_HEADING.match(line.text):
            above = "\n".join(ln.text for ln in lines[:k])
            by_author = False
            for rest in lines[k + 1 :]:
                if rest.body and (m := COMMENTER.match(rest.text)):
                    by_author = m.group("name") in above
                elif rest.body and by_author and rest.prose:
                    continue
                if rest.body:
                    rest.reason = "comment-policy"
            return


_PULL_QUOTE_MIN_WORDS = 6  # a shorter repeat ("Police said.") may be the report's own words
_QUOTE_MARKS = " \"'“”‘’«»„"


def _pull_quotes(lines: list[_Line]) -> None:
    """A pull quote: a quoted line that repeats, word for word, part of an earlier and longer
    paragraph of the report ("They are hitting radiators", set apart from the paragraph that
    quotes it) is the page's furniture, not more report."""
    seen: list[str] = []
    for line in lines:
        if not line.body:
            continue
        core = line.text.strip(_QUOTE_MARKS).rstrip(".!?…,;").strip(_QUOTE_MARKS)
        if (
            line.text[0] in _QUOTE_MARKS  # set in quote marks, as a pull quote is
            and _words(core) >= _PULL_QUOTE_MIN_WORDS
            and _words(line.text) <= _STRONG_MAX_WORDS
            and any(core in earlier and len(earlier) > len(core) + 10 for earlier in seen)
        ):
            line.reason, line.inert = "other", True
            continue
        if line.prose:  # the paragraph it is taken from
            seen.append(line.text)


def _sponsor_blocks(lines: list[_Line]) -> None:
    """The paragraph right under a sponsor's heading ("A message from our sponsor") is the
    advert: it goes with the heading, unless it is long or quotes someone."""
    for above, line in pairwise(lines):
        if (
            above.reason == "promo"
            and SPONSOR_HEADING.match(above.text)
            and line.body
            and _words(line.text) <= _SPONSOR_MAX_WORDS
            and not _SAID.search(line.text)
        ):
            line.reason = "promo"


def _reads_as_standfirst(text: str) -> bool:
    """A summary sentence without its full stop: eight words or more, mostly in lower case,
    with a verb ("Objectors packed the chamber for a four-hour meeting")."""
    words = text.split()
    if _words(text) < _STANDFIRST_MIN_WORDS or not (text[0].isupper() or text[0] in "\"“‘'"):
        return False
    lower = sum(w[0].islower() for w in words[1:])
    return lower * 2 >= len(words) and _VERB.search(text) is not None


def _mark_standfirst(lines: list[_Line], under_title: int) -> None:
    """The line right under the headline (or under the byline and time stamps there) is the
    standfirst when it reads as one: report, not a junk block's."""
    for line in lines[under_title:]:
        if line.body:
            line.standfirst = not line.prose and _reads_as_standfirst(line.text)
            return
        if not (line.byline or line.inert or line.reason == "timestamp"):
            return  # under a junk line ("Related stories"): a link, not the standfirst


def _reads_as_subheading(text: str) -> bool:
    """Short, capitalised, not cut off: "What happens next", "2. The barrier"."""
    return (
        1 <= _words(text) <= 12
        and not text.endswith((",", ";", "…", "..."))
        and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'")
    )


def _reads_as_title(text: str) -> bool:
    words = _words(text)
    if not 2 <= words <= _TITLE_MAX_WORDS or text.endswith((".", ",", ";")):
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"


def _lift_dateline(text: str) -> tuple[str | None, str | None, str]:
    """Split "CITY, Region (Agency) - rest" / "(City) rest" into the dateline, the agency and
    the rest."""
    m = DATELINE.match(text)
    if not m and (lead := LEAD_IN.match(text)) and DATE_OR_TIME.search(lead.group("stamp")):
        # "Harbourline (May 4, 2031, 6:12 PM EDT) -- ": the outlet and its stamp, no place
        return None, lead.group("outlet"), text[lead.end() :]
    if not m and (c := DATELINE_COLON.match(text)):
        # "Beirut: The ...": a place, not a label ("Note:", "Watch:") nor a cut-off phrase
        rest = text[c.end() :]
        place = c.group("dl")
        if (
            not LABEL_WORDS.match(text)
            and not place.lower().endswith(("ed", "ing"))  # "Promoted:", "Breaking:"
            and is_prose(rest)
            and _words(rest) >= _LEDE_MIN_WORDS  # a lede, not a list of names
        ):
            return place, None, rest
        return None, None, text
    if not m or KICKER.match(text):
        return None, None, text
    dateline = m.group("dl") or m.group("dl2") or m.group("dl3") or m.group("dl4") or ""
    dateline = dateline.strip(" ,")
    if text[m.end("dl") : m.end("dl") + 1] == "-" and dateline.count(".") == 1:
        dateline = dateline.rstrip(".")  # "CITY.- ": the dot is the separator's, not "N.S."
    if CAPS_LABEL.match(dateline):
        return None, None, text  # "ORIGINAL STORY: ...": a label of a live page, no place
    if _AGENCY_ONLY.match(dateline) and m.group("dl2"):
        return None, None, text  # "(CNN) ..." names the agency, not a place
    agency = m.group("agency") or m.group("agency2") or m.group("agency3")
    return dateline, agency, text[m.end() :]


# the label of a repost's source line: "Source: Harbour Relief Trust"
_SOURCE_LABEL = re.compile(r"^(?:source|publisher|published by|origin|from)\s*:\s*", re.I)
_STAMP_PARTS = re.compile(r"\s+[|–—·•]\s+|\s+-\s+")
_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)


def _stamp_outlet(text: str) -> str | None:
    """The outlet named beside a time stamp: "Harbour Times | Sunday 16 March 2025", or in a
    stamp's labelled line ("Source: Harbour Trust"). An unlabelled line without a date or a
    clock is no stamp (a bare name a junk block swept along: a person)."""
    if not (DATE_OR_TIME.search(text) or _NUMERIC_DATE.search(text) or _SOURCE_LABEL.match(text)):
        return None
    for part in _STAMP_PARTS.split(text):
        part = _SOURCE_LABEL.sub("", part)
        words = part.split()
        if (
            2 <= len(words) <= 5
            and all(w[0].isupper() for w in words)
            and not DATE_WORDS.search(_TODAY.sub("", part))  # "USA Today" is a name
        ):
            return part
    return None


def _title_line(lines: list[_Line]) -> int | None:
    """Where the headline stands: the first line, or after the junk that heads the copy (a
    cookie banner, a breadcrumb, a kicker) the first headline-like line of five words or more
    before the report's first sentence. None when there is none."""
    head = KICKER.sub("", lines[0].text).split(" | ")[0]
    masthead = _masthead(lines)
    if (
        not _section_label(lines)
        and not _label_over_headline(lines, 0)
        and not masthead
        and not lines[0].byline  # "By JANE DOE | Staff Writer" is no "Headline | Site"
        and not EDITION_BAR.match(lines[0].text)
        # junk matched as a masthead ("Headline | Site"), not a ticker of quotes
        and (
            lines[0].body
            or (lines[0].reason == "navigation" and head != lines[0].text and _words(head) >= 4)
        )
        and not lines[0].prose
        and _reads_as_title(head)
        and DATELINE.match(head) is None
    ):
        return 0  # "Headline | Site": the headline; a bare "Site | Tagline" is junk
    start = 1 if masthead else 0  # "Site — its tagline" may be as long as a headline
    for k, line in enumerate(lines[start:], start):
        if line.prose and line.body:
            return None
        if (
            line.body
            and _words(line.text) >= _TITLE_MIN_WORDS
            and _reads_as_title(line.text)
            and not _label_over_headline(lines, k)
            and DATELINE.match(line.text) is None
            # "13/06/2014 Jane Doe All, Reviews" (a month alone: "... from July, council says")
            and not (DATE_OR_TIME.search(line.text) and re.search(r"\d", line.text))
            and not _NUMERIC_DATE.match(line.text)  # "07.11.2023 Town, Region"
        ):
            return k
    return 0 if masthead and _reads_as_title(lines[0].text) else None


_LABEL_PARTS = re.compile(r"\s[·•|/]\s")


def _label_over_headline(lines: list[_Line], k: int) -> bool:
    """Line `k` is a section label in parts over the headline ("In depth · Health and care"):
    short parts around a separator, a longer headline-like line right under it."""
    parts = _LABEL_PARTS.split(lines[k].text)
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    return (
        len(parts) > 1
        and all(_words(part) <= 4 for part in parts)
        and nxt is not None
        and nxt.body
        and not nxt.prose
        and _words(nxt.text) > _words(lines[k].text)
        and _reads_as_title(nxt.text)
    )


# the small words inside a name: "Voice of the Dales", "L'Écho des Vallières"
_NAME_LINKS = frozenset("of the and de del des du la le di da von van y".split())


def _masthead(lines: list[_Line]) -> bool:
    """The first line is the outlet's name over its own furniture ("Harbour Notes" above a
    tagline, a menu or a date) with a headline-like line of five words or more further down,
    before the report: a name of at most four capitalised words (its tagline on the line too:
    "Harbour Notes — local news") with junk right below it."""
    first = _name_over_tagline(lines[0].text) or lines[0].text
    words = first.split()
    if not (lines[0].body and 1 <= len(words) <= 4 and len(lines) > 2 and lines[1].reason):
        return False
    # "Harbour 7 News": a channel's number is part of the name
    named = all(w[0].isupper() or w[0].isdigit() or w in _NAME_LINKS for w in words[1:])
    if not (named and words[0][0].isupper()) or first.endswith((".", ":", "?", "!", ",")):
        return False
    for line in lines[2:]:
        if line.prose and line.body:
            return False
        if line.body and _words(line.text) >= _TITLE_MIN_WORDS and _reads_as_title(line.text):
            return True
    return False


def _head_banners(lines: list[_Line]) -> None:
    """A site's banner above the headline ("Breaking: <other news>", "WEATHER ALERT: <text>")
    is junk: a labelled line under the copy's first line with a headline-like line of five words
    or more below it, before the report's first sentence. The first line itself may be the
    headline with its kicker ("Breaking: Mayor resigns")."""
    for k, line in enumerate(lines):
        if not (line.body and BANNER.match(line.text)):
            if line.prose and line.body:
                return
            continue
        if k == 0:
            continue
        for below in lines[k + 1 :]:
            if below.prose and below.body:
                break
            if (
                below.body
                and not BANNER.match(below.text)
                and _words(below.text) >= _TITLE_MIN_WORDS
                and _reads_as_title(below.text)
                and DATELINE.match(below.text) is None
            ):
                line.reason = "navigation"
                break


# a headline's small words, capitalised or not: a site's menu has none ("News Sport Jobs")
_HEADLINE_LINKS = frozenset(
    "a an the of in on at to for with after as over by from and or into amid against".split()
)
_MENU_MIN_WORDS = 4


def _head_menus(lines: list[_Line]) -> None:
    """A site's menu without separators above the report ("News Sport Community Jobs
    Property") is navigation, not a headline: four words or more, all capitalised, two of them
    section names, with no small word, figure or verb a headline would have."""
    for line in lines:
        if line.prose and line.body:
            return
        words = line.text.split()
        if (
            line.body
            and len(words) >= _MENU_MIN_WORDS
            and all(w[0].isupper() and w.isalpha() for w in words)
            and not any(w.casefold() in _HEADLINE_LINKS for w in words)
            and sum(SECTION_WORDS.match(w) is not None for w in words) >= 2
            and _VERB.search(line.text) is None
        ):
            line.reason = "navigation"


# at most this many unknown sentences stand above a headline as page furniture
_HEAD_JUNK_SENTENCES = 2


def _head_sentences(lines: list[_Line]) -> None:
    """A sentence above a clear headline is page furniture (a paywall's meter, a promo, a
    teaser), not the report's start: when a headline-like line has a byline or a time stamp
    right under it and the first paragraph below opens with a dateline ("CITY, Country —"), the
    report starts there, and the unmatched sentences above the headline are junk: at most
    `_HEAD_JUNK_SENTENCES` of them, none opening with a dateline (else the report starts above,
    and the headline below is the next article's, copied along)."""
    headline = next(
        (
            k
            for k, (line, below) in enumerate(pairwise(lines))
            if line.body
            and not line.prose
            and _words(line.text) >= _TITLE_MIN_WORDS
            and _reads_as_title(line.text)
            and DATELINE.match(line.text) is None
            and (below.byline or below.reason == "timestamp")
        ),
        None,
    )
    if not headline:
        return
    above = [line for line in lines[:headline] if line.body and line.prose]
    if len(above) > _HEAD_JUNK_SENTENCES or any(
        any(_lift_dateline(line.text)[:2]) for line in above
    ):
        return  # the report starts above: the headline below is another article's
    # the dateline paragraph may come under a caption or a standfirst that end in a full stop
    below = [line for line in lines[headline + 1 :] if line.body and line.prose][:_HEAD_PROSE]
    for lede in below if above else []:
        dateline, agency, rest = _lift_dateline(lede.text)
        if (dateline or agency) and rest:
            for line in above:
                line.reason = "other"
            return


def _head_caption(lines: list[_Line], under_title: int, outlet: str | None) -> None:
    """A picture's caption between the headline and the byline or time stamp is junk with its
    credit line: a sentence right above a credit ("Photo: Jane Doe", or the outlet's own name
    alone) with the byline or stamp below them. A standfirst has no credit under it."""
    for k in range(under_title, len(lines) - 1):
        line, credit = lines[k], lines[k + 1]
        if line.byline or line.reason == "timestamp":
            return
        if not (line.body and line.prose):
            continue
        own = outlet is not None and _same(_THE.sub("", credit.text), _THE.sub("", outlet))
        if not (PHOTO_CREDIT.match(credit.text) or (credit.body and own)):
            return
        below = next(
            (ln for ln in lines[k + 2 :] if ln.body or ln.byline or ln.reason == "timestamp"), None
        )
        if below is not None and not below.body:
            line.reason = credit.reason = "other"
        return


def _section_label(lines: list[_Line]) -> bool:
    """The first line is a section label over the headline ("World News", "Middle East"): at
    most three capitalised words, with a headline-like line of five words or more below it."""
    first, words = lines[0].text, lines[0].text.split()
    if not (lines[0].body and 1 <= len(words) <= 3 and len(lines) > 1):
        return False
    if not all(w[0].isupper() for w in words) or first.endswith((".", ":", "?", "!")):
        return False
    nxt = lines[1]
    return (
        nxt.body
        and not nxt.prose
        and _words(nxt.text) >= _TITLE_MIN_WORDS
        and _reads_as_title(nxt.text)
        and DATELINE.match(nxt.text) is None
    )


def _name_over_role(lines: list[_Line]) -> None:
    """A bare name above a newsroom role ("Jane Doe" / "Education correspondent") is a byline."""
    for above, line in pairwise(lines):
        role = line.reason is not None and ROLE_LINE.match(line.text)
        if role and above.body and (m := NAME_LINE.match(above.text)) is not None:
            above.byline, above.author = True, m.group("name")


def _stamped(lines: list[_Line], k: int) -> bool:
    """A time stamp stands right above or right below line `k`."""
    return any(0 <= j < len(lines) and lines[j].reason == "timestamp" for j in (k - 1, k + 1))


def _byline_naming_site(lines: list[_Line]) -> None:
    """A byline "Jane Doe, L'Écho de la Vallée" beside the time stamp in the head, or "Jane Doe /
    L'Écho de la Vallée" under the report when no other line names the author, its tail no
    outlet's word but a name the page's furniture prints again (the masthead, the copyright
    line, in capitals or not): the author and the outlet, not a headline."""
    furniture = [line.text for line in lines if line.reason is not None]
    prose = [k for k, line in enumerate(lines) if line.prose and line.body]
    foot = prose and not any(line.byline or line.author for line in lines)
    head = range(prose[0]) if prose else range(len(lines))
    tail = range(prose[-1] + 1, len(lines)) if foot else range(0)
    for k in (*head, *tail):
        line = lines[k]
        m = NAME_OUTLET.match(line.text) if line.body and _words(line.text) <= 10 else None
        if m and (k in tail or _stamped(lines, k)) and _printed_again(m.group("outlet"), furniture):
            line.byline, line.outlet = True, m.group("outlet")
            line.author = _name_case(m.group("name"))
            return


def _name_in_place(lines: list[_Line], under_title: int | None) -> None:
    """A byline with the reporter's city ("Jane Doe in Brussels") when no other names the
    author: in the head, right under the headline or right beside a time stamp."""
    if any(line.byline or line.author for line in lines):
        return
    for k, line in enumerate(lines):
        if line.prose and line.body:
            return
        # "Jane Doe | Brussels" reads like a masthead ("Site | Tagline") to the rules
        loose = line.body or (line.reason == "navigation" and line.notice is None)
        stamped = _stamped(lines, k)
        # a bare name right under the headline and over its time stamp is the byline too, and
        # so is one over a bare place in capitals over the stamp ("KARVIK": the dateline)
        placed = (
            k + 2 < len(lines)
            and lines[k + 1].body
            and PLACE_LINE.match(lines[k + 1].text) is not None
            and lines[k + 1].text.isupper()
            and not SECTION_WORDS.match(lines[k + 1].text)
            and lines[k + 2].reason == "timestamp"
        )
        # the name may stand under the stamp under the headline ("Headline" / stamp / name)
        under = k == under_title or (
            under_title is not None and k == under_title + 1 and lines[k - 1].reason == "timestamp"
        )
        bare = under and (stamped or placed) and line.body and NAME_LINE.match(line.text)
        if bare and not _outlet(line.text) and not DATE_WORDS.search(line.text):
            line.byline, line.author = True, line.text
            if placed and not stamped:
                lines[k + 1].place = True
            return
        if not (loose and (m := NAME_IN_PLACE.match(line.text))) or _outlet(m.group("name")):
            continue
        if DATE_WORDS.search(m.group("name")):
            continue
        if k == under_title or stamped:
            line.byline, line.author, line.reason = True, m.group("name"), None
            return


def _masthead_name(text: str) -> str | None:
    """The outlet a masthead line names, else None: "THE HARBOUR LAMP" (capitals after "The"),
    "HARBOUR POST", "The Kettle Standard" (an outlet's word), "Harbour Now - Politics" (not a
    section label, "WORLD NEWS"; not a place, "OSK HARBOUR")."""
    text = _name_over_tagline(text) or text
    if m := MASTHEAD_SECTION.match(text):
        if SECTION_WORDS.match(m.group("section")) and not SECTION_WORDS.match(m.group("name")):
            return _name_case(m.group("name"))
        return None
    words = text.split()
    if not 2 <= len(words) <= 5 or re.search(r"[,.:;!?\"“”()\d]", text):
        return None
    if not all(w[0].isupper() for w in words) or SECTION_WORDS.match(text):
        return None
    name = _name_case(text)
    if MASTHEAD_NAME.match(name) or (text.isupper() and words[0] == "THE"):
        return name
    return None


def _head_masthead(lines: list[_Line], *, titled: bool) -> str | None:
    """Mark the outlet's masthead lines above the report's first sentence as navigation (its
    name, with section or tagline, or a translated page's edition line) and return the outlet
    they name. Without a title found, a first line that reads as a headline (no full stop)
    does not start the report."""
    outlet: str | None = None
    for k, line in enumerate(lines):
        if line.prose and line.body:
            if k or titled or line.text.endswith(".") or _words(line.text) > _TITLE_MAX_WORDS:
                break
            continue
        if line.reason == "navigation" and (
            m := EDITION.match(line.text) or EDITION_CAPS.match(line.text)
        ):
            name = m.group("name").strip()
            outlet = outlet or (_name_case(name) if name.isupper() else name)
            continue
        if not line.body or (name := _masthead_name(line.text)) is None:
            continue
        # inert: a masthead sweeps no dek along ("A town counts its losses")
        line.reason, line.inert, outlet = "navigation", True, outlet or name
        if k + 1 < len(lines) and _tagline(lines[k + 1]):
            lines[k + 1].reason, lines[k + 1].inert = "navigation", True
    return outlet


def _named_masthead(
    texts: list[str], head: list[tuple[bool, RemovedReason | None]], title: int
) -> str | None:
    """The outlet's name standing alone at the top of the copy (under a skip link at most),
    over the site's menu, that the copy names again (a photo credit "Photo: Harbour Media", an
    editor's note "Harbour Media does not publish ...", the report's "told Harbour Desk" under
    "HARBOUR DESK"): the outlet, without an outlet's word in it. `head`: each line's (body,
    reason) as the rules classified it, in the copy's order."""
    for k in range(min(2, title)):
        if k and not (head[0][1] == "navigation" and _words(texts[0]) <= 4):
            return None
        text, words = texts[k], texts[k].split()
        if not (
            head[k][0]
            and head[k + 1][1] == "navigation"
            and 2 <= len(words) <= 4
            and all(w[0].isupper() or w in _NAME_LINKS for w in words)
            and words[0][0].isupper()
            and not re.search(r"[^\w\s&'’-]|\d", text)
            and not SECTION_WORDS.match(text)
            and not DATE_WORDS.search(text)
        ):
            continue
        name = _name_case(text)
        again = re.compile(rf"(?<![\w-])(?:{re.escape(text)}|{re.escape(name)})(?![\w-])")
        if any(again.search(other) for j, other in enumerate(texts) if j != k):
            return name
    return None


# the small words inside a name that its initials leave out: "Agencia Sureña de Noticias" (ASN)
_INITIAL_SKIPS = r"(?:of|for|and|the|de|del|de la|des|du|di|da|do|dos|das|y|e|et|und|für|van|von)"


def _spelled_out(initials: str, texts: list[str]) -> str | None:
    """The agency's name in full where the copy prints it ("Harbour News Service" for the
    dateline's "(HNS)"): capitalised words, one for each initial, spaced or hyphenated, on a
    line of their own or inside a sentence (not opening one: "After Police ..." is no "AP")."""
    words = r"[\s-]+".join(rf"{c}[\w'’]+" for c in initials)
    own = re.compile(rf"^(?:[\w ]{{1,20}}:\s*)?(?P<name>{words})$")
    inside = re.compile(rf"(?<=[a-z,] )(?P<name>{words})(?![\w-])")
    # the name with its initials in brackets after it may hold small link words, which the
    # initials skip: "Agencia Sureña de Noticias (ASN)", "Office for Harbour Statistics (OHS)"
    linked = rf"[\s-]+(?:{_INITIAL_SKIPS}\s+)?".join(rf"{c}[\w'’]+" for c in initials)
    bracketed = re.compile(rf"(?<![\w-])(?P<name>{linked})\s+\({initials}\)")
    for text in texts:
        if m := bracketed.search(text):
            return m.group("name")
    for text in texts:
        if m := own.match(text) or inside.search(text):
            return m.group("name")
    return None


def _tagline(line: _Line) -> bool:
    """An outlet's tagline under its masthead: "Local news, every day" (not a short dek)."""
    return line.body and not line.prose and _reads_as_tagline(line.text)


def _reads_as_tagline(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 6
        and sum(w[0].islower() for w in words) * 2 >= len(words)
        and not re.search(r"\d|[:\-–—]$", text)
        and TAGLINE_WORDS.search(text) is not None
    )


# the outlet's name and its tagline on one line: "Harbour Lamp — the valley's news in English"
_NAME_TAGLINE = re.compile(
    r"^(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+[-–—|]\s+(?P<tagline>[^.!?]{5,60})$"
)


def _name_over_tagline(text: str) -> str | None:
    """The outlet's name of a "Name — tagline" line, else None."""
    m = _NAME_TAGLINE.match(text)
    return m.group("name") if m and _reads_as_tagline(m.group("tagline")) else None


def _holder(text: str) -> str | None:
    """Who a copyright line names: "© 2025 Harbour Times", "Harbour Times - All rights
    reserved", "... prohibited without the authorisation of the Harbour Times"."""
    m = COPYRIGHT_HOLDER.match(text) or HOLDER_FIRST.match(text) or PERMISSION_HOLDER.match(text)
    m = m or LICENCE_HOLDER.match(text)
    return m.group("name").rstrip(".") if m else None


# the separator between a breadcrumb's steps: "Harbour Times » Politics › Region"
_CRUMB = re.compile(r"\s+[»›>]\s+")


# what a follow line promises: "... for breaking news alerts", "... for the latest updates"
_FOR_NEWS = re.compile(
    r"\bfor\s+(?:the\s+)?(?:(?:latest|breaking|local|daily)\s+)*(?:news|alerts|updates"
    r"|headlines|stories)\b",
    re.IGNORECASE,
)


def _followed(lines: list[_Line]) -> str | None:
    """The outlet a "Follow X on Facebook" line names: X when it reads as an outlet's name,
    stands on a line of its own in the copy (the masthead), opens its breadcrumb ("X »
    Politics") or is followed for news ("Follow X on WhatsApp for breaking news alerts")."""
    own = {_CRUMB.split(line.text)[0] for line in lines}
    for line in lines:
        m = FOLLOW_NAME.match(line.text) if line.reason == "social" else None
        if m and (
            _outlet(m.group("name"))
            or m.group("name") in own
            or _FOR_NEWS.search(line.text, m.end())
        ):
            return m.group("name")
    return None


# the junk that names the site itself: a paywall's benefits, a disclaimer, a newsletter promo,
# a comment policy
_OWN_REASONS = {"paywall", "newsletter", "legal", "promo", "social", "comment-policy"}


def _own_name(
    lines: list[_Line], patterns: tuple[re.Pattern[str], ...] = (*OWN_STAFF, *OWN_NAME)
) -> str | None:
    """The outlet the site's own furniture names: "What your Harbour Times membership gets you",
    "Harbour Times Print Edition" (not a plan's name), "Harbour Daily staff did not edit it"."""
    for line in lines:
        if line.reason not in _OWN_REASONS:
            continue
        for pattern in patterns:
            if not (m := pattern.search(line.text)):
                continue
            name = m.group("name")
            # "the Herald's newsletter" is a short form of the name, not the name
            short = line.text[: m.start("name")].endswith("the ") and " " not in name
            if not short and (pattern in OWN_STAFF or not OWN_PLAN.search(name)):
                return name
    return None


def _self_named(lines: list[_Line]) -> str | None:
    """The outlet the report names as its own asker and source both: "replying to questions
    from Harbour Times" and "as Harbour Times reported" (either alone may be another outlet),
    or as the asker in one paragraph and, in another, as the one whose questions were handed
    on ("the ministry referred questions from Harbour Times to the army")."""
    asked: dict[str, set[int]] = {}
    reported: set[str] = set()
    referred: list[tuple[str, int]] = []
    for i, line in enumerate(lines):
        if not line.body:
            continue
        for m in SELF_NAMED[0].finditer(line.text):
            asked.setdefault(m.group("name"), set()).add(i)
        reported.update(m.group("name") for m in SELF_NAMED[1].finditer(line.text))
        referred.extend((m.group("name"), i) for m in QUESTIONS_REFERRED.finditer(line.text))
    both = {name for name in asked if name in reported}
    both.update(name for name, i in referred if asked.get(name, set()) - {i})
    return min(both) if len(both) == 1 else None


def clean_text(raw: str, *, find_title: bool = True, sweep: bool = True) -> TextCleaning:
    """Clean one plain-text article: junk lines out with reasons, metadata lifted.

    `sweep=False` keeps step 2 (junk blocks) out: only lines a rule matches go. For text a DOM
    extractor already cut down to the article (HTML), where the lines left around a junk line
    are mostly report (lists, captions, sub-headings) rather than more of the same junk.
    """
    texts = [t for t in (s.strip() for s in raw.splitlines()) if t]
    lines = [classify_line(i, t) for i, t in enumerate(texts)]
    _closing_update(lines)
    _update_header(lines)
    result = TextCleaning(text="")
    if find_title:
        _head_banners(lines)
        _head_menus(lines)
        _head_sentences(lines)
        _byline_naming_site(lines)
    # what each line was before the head's lines are told apart (masthead, section label)
    head = [(line.body, line.reason) for line in lines]
    at = _title_line(lines) if find_title and len(lines) > 1 else None
    over_menu: str | None = None  # the outlet's name over its tagline or menu
    first_name: str | None = None  # that name as printed, an outlet's word or not ("Harbour Live")
    if (at == 1 and _section_label(lines)) or (at and _masthead(lines)):
        if at != 1 or not _section_label(lines):
            over_menu = _masthead_name(lines[0].text)
            first_name = _name_over_tagline(lines[0].text) or lines[0].text
        lines[0].reason = "navigation"  # a section label, the outlet's name over its tagline
    if at is not None:
        result.title = _WIRE_VERSION.sub("", KICKER.sub("", lines[at].text).split(" | ")[0])
        result.lifted.append(Lifted(field="title", text=lines[at].text, line=lines[at].index))
        del lines[at]
        _mark_standfirst(lines, at)
    _name_over_role(lines)
    _name_in_place(lines, at)
    masthead = _head_masthead(lines, titled=at is not None) or over_menu
    if not masthead and at is not None:
        masthead = _named_masthead(texts, head, at)
    if at is not None:
        _head_caption(lines, at, masthead)
    _comment_section(lines)
    _sponsor_blocks(lines)
    _teasers(lines)
    _pull_quotes(lines)
    _drop_closing_bios(lines)
    if sweep:
        _propagate(lines)

    body: list[str] = []
    holder: str | None = None
    named: str | None = None  # the outlet a byline or bio names
    lede = False
    town: str | None = None  # the reporter's town a byline's bracket names
    for line in lines:
        if line.author and result.author is None:
            result.author = line.author
            named = line.outlet
        elif line.author and line.author == result.author:
            named = named or line.outlet  # the byline's writer's bio: "... a reporter at the Star"
        if line.byline:
            result.lifted.append(Lifted(field="author", text=line.text, line=line.index))
            town = town or line.town
        elif line.place:  # a dateline opening the first paragraph below still wins
            result.dateline = result.dateline or line.text
            result.lifted.append(Lifted(field="dateline", text=line.text, line=line.index))
        elif line.notice is not None:
            if not line.continued:
                text = line.notice_text or line.text
                result.notices.append(Notice(kind=line.notice, text=text))
            result.lifted.append(Lifted(field="notice", text=line.text, line=line.index))
        elif line.reason is not None:
            if line.reason == "legal" and (name := _holder(line.text)):
                holder = name
            elif line.reason == "timestamp" and holder is None:
                holder = _stamp_outlet(line.text)
            result.removed.append(Removed(text=line.text, reason=line.reason, line=line.index))
        elif not lede and not line.standfirst and not _BULLET.match(line.text):
            # the dateline opens the first paragraph
            lede = True
            dateline, agency, rest = _lift_dateline(line.text)
            if (dateline or agency) and rest:
                result.dateline, result.outlet = dateline, agency
                prefix = line.text[: -len(rest)]
                result.lifted.append(Lifted(field="dateline", text=prefix, line=line.index))
            body.append(rest)
        else:
            body.append(line.text)
    result.text = "\n".join(body)
    if result.author and not named and (split := _reprinted(result.author, result.removed)):
        result.author, named = split
    if result.dateline is None and town is not None:
        result.dateline = town  # the paper prints the place in the byline, not at the text's head
    if not masthead and first_name and holder and _owner_of(holder, first_name):
        masthead = first_name  # "© Harbour Broadcast Pvt Ltd" under "Harbour Live": the brand
    if masthead and holder and _owner_of(holder, masthead):
        holder = None  # "© Harbour Media Group" under "The Harbour Times": the paper's owner
    if holder and _AGENCY_ONLY.match(holder):
        holder = _brand(holder, [r.text for r in result.removed]) or holder
    if holder and (m := _ASSOCIATION.match(holder)):
        bare = holder[m.end() :]  # "© Asociația Harbour" over "obtained by Harbour": its newsroom
        holder = bare if _printed_again(bare, [t.replace(holder, "") for t in texts]) else holder
    if result.outlet and (full := _full_name(result.outlet, [holder])):
        result.outlet = full  # "(Harbour)" in the dateline, "© Harbour News Agency" at the foot
    if result.outlet and _AGENCY_ONLY.match(result.outlet):
        result.outlet = _spelled_out(result.outlet, [holder or "", *texts]) or result.outlet
    if result.outlet and (_AGENCY_ONLY.match(result.outlet) or not named):
        # the wire of the dateline, "(HW)", under "Harbour Daily has not edited this text":
        # the site that ran it (a byline's "Jane Doe, Harbour Wire" spelling it out keeps it)
        result.outlet = _own_name(lines, OWN_STAFF) or result.outlet
    outlet = result.outlet or named or holder or _followed(lines) or masthead
    outlet = outlet or _own_name(lines) or _self_named(lines)
    if outlet and masthead and _same(_THE.sub("", outlet), _THE.sub("", masthead)):
        outlet = masthead  # the masthead prints the name in full: "The Harbour Times"
    if outlet and (bare := _LEGAL_FORM.sub("", outlet)) and _WORD.search(bare):
        outlet = bare  # "© 2031 The Harbour Courier Bhd": the paper, not its company form
    result.outlet = outlet
    place, _, tail = (result.dateline or "").rpartition(", ")
    if place and outlet and _same(tail, outlet):
        result.dateline = place  # "KARVIK, Harbour Post - ": the site's own tag, as a wire's code
    return result


# a company that owns the paper: "Harbour Media Group", "Kettle Publishing Inc", "Dale News Ltd"
# and abroad, by the legal forms the outlet drops: "Harbour Posten AS", "Harbour Broadcast Pvt";
# a nonprofit newsroom's owner: "Harbour Desk Trust", "Kettle Journalism Foundation"
_COMPANY = re.compile(
    r"\b(?:(?i:group|holdings?|publishing|publications|publishers|inc|incorporated|ltd|limited"
    r"|trust|foundation"
    rf"|corp|corporation|company|co|llc|plc|gmbh|pty|enterprises)|{LEGAL_FORMS})\.?$"
)
# an association owning a newsroom, named before it: "Association Harbour", "Asociația Harbour"
_ASSOCIATION = re.compile(
    r"^(?:Association|Asociația|Asociatia|Asociación|Associação|Associazione|Associació"
    r"|Stowarzyszenie|Sdružení|Udruga|Udruženje|Egyesület"
    r"|Fundacja|Fundación|Fundação|Fondation|Fondazione|Fundació|Nadace|Alapítvány)\s+(?=[A-Z])"
)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
# the legal form closing a company's name, no part of the outlet's (see `rules.LEGAL_FORMS`)
_LEGAL_FORM = re.compile(rf",?\s+(?:{LEGAL_FORMS})\.?$")


def _owner_of(holder: str, masthead: str) -> bool:
    """The copyright holder is a company named after the masthead's paper: "Harbour Media
    Group" owning "The Harbour Times" (an unrelated holder may be the outlet that reposts)."""
    if not _COMPANY.search(holder):
        return False
    names = {w.casefold() for w in _WORD.findall(masthead) if w.casefold() not in _NAME_LINKS}
    return any(w.casefold() in names for w in _WORD.findall(holder))


def _full_name(short: str, names: list[str | None]) -> str | None:
    """The agency's full name that a dateline's short tag opens: "Harbour" of "Harbour Wire"."""
    for name in names:
        if name and name.casefold().startswith(short.casefold() + " ") and _words(name) <= 5:
            return name
    return None


def _brand(initials: str, texts: list[str]) -> str | None:
    """The brand a copyright holder's initials stand for on the page ("© 2031 HBC" and
    "HBC News" on the menu, the newsletter promo or a photo credit): the initials with one
    outlet's word after them, when the page's furniture prints only one such name."""
    after = re.compile(rf"(?<![\w-]){re.escape(initials)}\s+(?P<word>[A-Z][\w'’-]*)")
    names = {f"{initials} {m.group('word')}" for text in texts for m in after.finditer(text)}
    found = {name for name in names if MASTHEAD_NAME.match(name)}
    return found.pop() if len(found) == 1 else None


def _reprinted(author: str, removed: list[Removed]) -> tuple[str, str] | None:
    """Writer and outlet of a byline "Jane Doe, Harbour Notes" whose tail is no outlet's word
    but a name the page's furniture prints again ("Follow Harbour Notes", "Harbour Notes ·
    5h"): a syndicated story's publisher, not part of the author's name."""
    name, _, tail = author.rpartition(", ")
    if not name or _words(tail) < 2 or not all(w[0].isupper() for w in tail.split()):
        return None
    return (name, tail) if _printed_again(tail, [r.text for r in removed]) else None


def _printed_again(name: str, texts: list[str]) -> bool:
    """`name` stands whole in one of `texts`, in capitals or not."""
    again = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
    return any(again.search(text) for text in texts)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
