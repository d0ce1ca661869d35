"""Per-article event features for the story stages, computed in one place.

An article's *event fingerprint* is what tells one real-world event from a similar one:

- `words`: content words (lower-cased, three letters or more, no stop words) with counts;
  they carry the topic (strikes, dam, rehab) and, through rare words, some of the event.
- `entities`: the people, organisations, places and named events the article names in its
  first `_MAX_CHARS` characters, from spaCy's parse of the article (`newsdesk.nlp.parse`, the
  parse the entities and statements stage reuses). A person is also keyed by the last word of
  the name, so "Mohammed Shia al-Sudani" and "al-Sudani" meet. The cheap path
  (`entities="regex"`, used by the 100k scale bench) takes runs of capitalised words that do
  not start a sentence instead of running the model.
- `figures`: numbers written next to a casualty or count word ("25 killed", "at least nine
  people", "14 crew"), spelled-out numbers included, each with the kind it counts (dead,
  injured, missing, held, troops, people, homes, targets); two reports of one event share
  some of them. `rising`: the kinds whose count the text says grew ("the toll rose to 14",
  "had risen to 12 soldiers killed", "the number of injured climbed"): a report of a toll still
  moving, whose lower or higher counts elsewhere are the same event's earlier or later ones.
- `numbers`: the distinctive numbers the text writes in digits, with or without a noun after
  them ("not 37, not 41 and not 52"): 11 or more, not a year, not a round hundred, not a
  duration, distance, share or clock time, not 24/48/72 (hours). Two reports of one event
  repeat them; two similar events rarely share one.
- `offices`: who holds a one-person office, as the text names them ("Taliran Defence Minister
  Karel Dussek", "Rustam Ghaderi, the governor of Zelkaran province"), and who is a seat's
  commander (`SHARED_OFFICES`: a post several people hold at once): (seat, office, name),
  the seat and the name folded ("iraqi", "mohammed shia al-sudani"; the seat "" where a
  country's office is named without it). A region's or a company's office counts only with its
  seat; a former, acting or deputy holder never. Two reports that give one office to two
  different people were most likely written years apart.
- `anchor`: the day the article is about, when it can be known: `published` (or the middle of a
  narrow `published_estimate`); `span`: the days it was published within (the anchor, or an
  estimate up to a year wide). `years`: the four-digit years the text names (19xx/20xx);
  `earlier_years`: those it names for an earlier happening ("after an earlier quake in 2029");
  `months`: the (year, month) of dates written with both ("December 16, 2008", "Dec 2008").
- `vector`: when asked for (`embed=True`), the unit sentence vector of the title and lead
  (`newsdesk.nlp.embed`, the packaged MiniLM; the first `_LEAD_CHARS` characters, about what
  the model reads before it truncates): what the report says happened, comparable between
  outlets that word it differently.

What it does not do: resolve entities across articles (that is `stories/resolve.py`), read
relative dates into a timeline (`extract/times.py`), or weigh anything; `cluster.py` combines
these features into a score. Features depend only on the article itself, so they can be cached
by id and text and recomputed for stored articles in an incremental run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from newsdesk.extract.entities import PORTFOLIO_BEFORE_NAME
from newsdesk.extract.times import MONTHS, WEEKDAYS
from newsdesk.model import Article

EntitySource = Literal["spacy", "regex"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_CAPS = re.compile(
    r"(?<![.!?]\s)(?<!^)\b([A-Z][\w'’-]+(?:\s+(?:of|the|al|de|bin)?\s*[A-Z][\w'’-]+)*)"
)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "dozen": 12, "dozens": 24, "hundred": 100, "hundreds": 200,
}  # fmt: skip
_VAGUE = frozenset(("dozen", "dozens", "hundred", "hundreds"))
VAGUE = "~"  # marks the kind of a vague count ("dozens dead"): it can match, never conflict
# what a figure counts, by the noun after it: a figure conflicts only with one of its kind
_FIGURE_KINDS = {
    "dead": "killed|dead|died|deaths|bodies|victims",
    "injured": "injured|wounded|hurt|casualties",
    "missing": "missing",
    "held": "crew|sailors|passengers|hostages|prisoners|detainees",
    "troops": "troops|soldiers|fighters",
    "people": "people|persons|civilians|residents",
    "homes": "homes|houses",
    "targets": "targets",
}
_KIND_OF = {w: k for k, words in _FIGURE_KINDS.items() for w in words.split("|")}
_FIGURE = re.compile(
    r"\b(\d[\d,.]*|" + "|".join(_NUMBER_WORDS) + r")\s+(?:[a-z-]+\s+){0,2}?"
    r"(" + "|".join(_KIND_OF) + r"|years?)\b",  # "25-year-old": an age, skipped
    re.IGNORECASE,
)
_PART = re.compile(r"\s+(?:of\s+(?:the|them|those|whom)|more|other|others)\s+(?:[a-z-]+\s+)?", re.I)
_FATE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(killed|dead|died|injured|wounded|hurt|missing)\b", re.IGNORECASE
)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMBER = re.compile(
    r"(?<![\d.,/:-])(\d{1,3}(?:,\d{3})+|\d{2,6})(?![\d.,/:]\d|%)(?!\s*(?:%|percent|per cent|"
    r"years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilomet|metres|meters|miles|feet|"
    r"kg|tonnes|tons|mm|cm|a\.m|p\.m|am\b|pm\b|-year|-month|-day|-hour|th\b|st\b|nd\b|rd\b|"
    rf"(?:of\s+)?(?:{_MONTH_NAMES})\b))",
    re.IGNORECASE,
)
_AFTER_MONTH = re.compile(rf"\b(?:{_MONTH_NAMES})\.?\s+$", re.IGNORECASE)
_MONTH = rf"({_MONTH_NAMES})\.?"
_MONTH_YEAR = re.compile(
    _MONTH + r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(19[5-9]\d|20[0-4]\d)\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(19[5-9]\d|20[0-4]\d)\b"
    r"|\b(19[5-9]\d|20[0-4]\d)-(0[1-9]|1[0-2])-\d\d\b",
    re.IGNORECASE,
)
# One-person offices: a country's (a portfolio minister or secretary, a head of state or
# government), whose seat an article about that country may leave unsaid, and a region's or a
# company's (governor, mayor, chief executive), which count only with their seat named.
_PORTFOLIO = (
    r"defen[cs]e|foreign|interior|home|finance|economy|justice|health|energy|oil|trade|"
    r"transport|education|agriculture|labou?r|environment|treasury|war|industry|mines|mining|"
    r"culture|tourism|sports?|communications|information|fisheries|water|housing|"
    r"infrastructure|immigration|science|security"
)
_NATIONAL = (
    rf"prime minister|premier|vice[- ]president|president|chancellor|"
    rf"attorney general|army chief|(?:{_PORTFOLIO}) (?:minister|secretary)|"
    rf"(?:minister|secretary) (?:of|for) (?:the )?(?:foreign affairs|home affairs|state|"
    rf"{_PORTFOLIO})"
)
_LOCAL = r"governor|mayor|police chief|chief executive|ceo|commander"
_OFFICE = rf"(?i:(?>{_NATIONAL}|{_LOCAL}))"
_SEAT_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'-]*+)"
_SEAT = rf"{_SEAT_WORD}(?: {_SEAT_WORD})?"
_NAME_WORD = r"(?:(?:al|el|bin|ben|abu|de|da|van|von)[- ])?[A-Z][\w’'-]++|[A-Z]\."
_HOLDER = rf"(?:(?:Mr|Mrs|Ms|Dr|Sir)\.? )?((?:{_NAME_WORD})(?: (?:{_NAME_WORD})){{0,3}})"
# "former", "then-", "deputy": not the sitting holder of the office named
_NOT_SITTING_WORDS = (
    "former|then|ex|late|previous|outgoing|incoming|acting|interim|deputy|vice|assistant|"
    "junior|shadow|future|new|next|would-be|predecessor"
)
_NOT_SITTING = re.compile(rf"\b(?:{_NOT_SITTING_WORDS})\W*$", re.IGNORECASE)
_NOT_SITTING_SEAT = re.compile(rf"\b(?:{_NOT_SITTING_WORDS})\b", re.IGNORECASE)
# words that stand before an office without being its seat ("When Foreign Minister ...")
_NOT_SEAT = frozenset(
    "the a an when as but and then after before while if since although on in at this that "
    "former acting deputy vice provincial regional local state federal national city county "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# "Iraqi Prime Minister Mohammed al-Sudani", "Interior Minister Davud Saremi"
_TITLE_NAME = re.compile(rf"(?:\b({_SEAT})(?:['’]s)? )?\b({_OFFICE}),? {_HOLDER}")
# "Rustam Ghaderi, the governor of Zelkaran province", "Karel Dussek, Taliran's defence minister"
# (not "... and Hamas, Iraqi Prime Minister Mohamed al-Soudani": a name after the office)
_NAME_TITLE = re.compile(
    rf"\b{_HOLDER}, (?:the )?(?:({_SEAT})(?:['’]s)? )?({_OFFICE})"
    rf"(?: of (?:the )?({_SEAT}(?: {_SEAT_WORD})?))?"
    r"(?! [A-Z])"
)
# "the governor of Zelkaran province, Rustam Ghaderi,"
_TITLE_OF_NAME = re.compile(rf"\b({_OFFICE}) of (?:the )?({_SEAT})(?: [a-z]+)?, {_HOLDER}")
# "The minister of industry and mines, Dana Kostelic,"
_THE_TITLE_NAME = re.compile(rf"\b[Tt]he ({_OFFICE})(?: (?:and|&) [a-z]+)?, {_HOLDER}")
# "Minister for Emergency Situations Lenka Polach": any portfolio, the name its last two words
# (`entities.PORTFOLIO_BEFORE_NAME`, the pattern the entities stage finds such names with)
_MINISTER_OR_SECRETARY = frozenset(("minister", "secretary"))
# "minister of foreign affairs" is the foreign minister, "minister of industry and mines" the
# industry minister
_OF_PORTFOLIO = re.compile(r"^(minister|secretary) (?:of|for) (?:the )?(\w+)")
# words that end or are not a holder's name ("Governor Palin Saturday", "President Committee")
_NOT_NAME = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset(
        "committee council house office party ministry government administration department "
        "agency court commission board company group live show".split()
    )
)
_HEADLINE_CASE = re.compile(
    r"\W*+(?:[A-Z0-9]\S*+\s++(?:(?:a|an|the|of|in|on|to|for|and|as|at|by)\s++)?){4,}[A-Z0-9]\S*+\s*"
)
_LOCAL_OFFICE = re.compile(rf"^(?:{_LOCAL})$")
SHARED_OFFICES = frozenset({"commander"})  # held by several people at once: no office conflict
_KEEP_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"}
_ENTITY_TRIM = re.compile(r"^(the|a|an)\s+|['’]s$", re.IGNORECASE)
_MAX_CHARS = 6000  # the lead and body of a report; the tail rarely names a new event
_ESTIMATE_DAYS = 31  # a published_estimate narrower than this is used as an anchor
_LEAD_CHARS = 1000  # the title and lead that the sentence vector is made of


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {
        "said", "says", "told", "according", "would", "could", "also", "year", "years",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "week", "weeks", "month", "months", "day", "days", "time", "people", "new",
    }  # fmt: skip


_STOP = _stop_words()


@dataclass(frozen=True)
class EventFeatures:
    """What one article says about its event (see the module doc)."""

    words: dict[str, int]
    entities: dict[str, int]
    figures: frozenset[tuple[str, int]]
    numbers: frozenset[int]
    years: frozenset[int]
    months: frozenset[tuple[int, int]]
    anchor: dt.date | None
    vector: np.ndarray | None = None
    offices: frozenset[tuple[str, str, str]] = frozenset()
    span: tuple[dt.date, dt.date] | None = None
    earlier_years: frozenset[int] = frozenset()
    rising: frozenset[str] = frozenset()


def anchor_date(article: Article) -> dt.date | None:
    """The day an article is about: its publication date, or a narrow estimate's middle."""
    if article.published is not None:
        return article.published
    est = article.published_estimate
    if est and est.earliest and est.latest:
        width = (est.latest - est.earliest).days
        if 0 <= width <= _ESTIMATE_DAYS:
            return est.earliest + dt.timedelta(days=width // 2)
    return None


def date_span(article: Article, anchor: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days the article was published within: its anchor day, else a bounded estimate up to
    a year wide ("in 2016, three years ago": some day of 2019)."""
    if anchor is not None:
        return anchor, anchor
    est = article.published_estimate
    if est and est.earliest and est.latest and 0 <= (est.latest - est.earliest).days <= 366:
        return est.earliest, est.latest
    return None


_Y = r"(19[5-9]\d|20[0-4]\d)"
# what may stand before a year: "late", "October", "October 9,"
_WHEN = rf"(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTH_NAMES})\.?\s+)?(?:\d{{1,2}},?\s+)?"
# the year of an earlier happening, named by its year alone
_EARLIER_YEAR = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # "after an earlier downing over the same river in 2018", "another convoy was hit in 2019"
        r"\b(?:another|an(?:other)? earlier|a previous|a prior|a similar|the previous|the last)\b"
        rf"[^.;:!?]{{0,100}}?\bin\s+{_Y}\b",
        # "set up after a 2016 interception", "since the 2011 ceasefire"
        rf"\b(?:after|since|following|before)\s+(?:a|an|the)\s+{_Y}\s+[a-z]",
        # "In 2016, an interception had already cost a life"
        rf"\bin\s+{_Y}\b[^.;:!?]{{0,100}}?\bhad\s+already\b",
        rf"\bhad\s+already\b[^.;:!?]{{0,100}}?\bin\s+{_Y}\b",
        # "who headed the cooperative when patrol boats killed a fisherman in 2016"
        r"\bwho\s+(?:was|were|headed|led|ran|served|chaired|commanded)\b[^.;:!?]{0,100}?\bwhen\b"
        rf"[^.;:!?]{{0,100}}?\bin\s+{_Y}\b",
        # "the first derailment on the line since 2011", "the deadliest ambush since October 2021"
        r"\b(?:first|second|third|fourth|fifth|deadliest|worst|bloodiest|biggest|largest|"
        rf"heaviest)\b[^.;:!?]{{0,80}}?\bsince\s+{_WHEN}{_Y}\b",
        # "After a gravel train derailed at the junction in 2019, ..."
        rf"\b(?:after|following)\s+(?:a|an)\s+[^.;:!?]{{0,80}}?\bin\s+{_WHEN}{_Y}\b",
        # "the second derailment on the line in six years. In 2019 a train ..."
        r"\b(?:first|second|third|fourth|fifth)\s+[^.;:!?]{0,60}?\bin\s+(?:[a-z]+\s+)?"
        rf"(?:years|decades)\b[.;:]\s+In\s+{_WHEN}{_Y}\b",
    )
]


def earlier_years(text: str) -> frozenset[int]:
    """Years the text names for an earlier happening of the kind it reports."""
    return frozenset(int(y) for p in _EARLIER_YEAR for y in p.findall(text))


def fold(text: str) -> str:
    """Lower case without accents: "Mardešić" and "Mardesic" are one key."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> Counter[str]:
    """Content words of a text, lower-cased, with counts."""
    out: Counter[str] = Counter()
    for match in _WORD.finditer(text):
        w = fold(match.group()).replace("’", "'")
        if len(w) >= 3 and w not in _STOP:
            out[w] += 1
    return out


def figures(text: str) -> frozenset[tuple[str, int]]:
    """(kind, number) of the numbers stated next to a casualty or count word ("25 killed" is
    ("dead", 25)); not years, not ages, not a part or a rise ("eight of the dead", "two more
    died": a rising toll is no other event's count)."""
    out = set()
    for match in _FIGURE.finditer(text):
        raw, noun = match.group(1).lower(), match.group(2).lower()
        if noun.startswith("year"):
            continue
        value = _NUMBER_WORDS.get(raw)
        if value is None:
            try:
                value = int(float(raw.replace(",", "")))
            except ValueError:
                continue
        kind = _KIND_OF[noun]
        if _PART.fullmatch(text, match.end(1), match.start(2)):
            continue  # "eight of the dead", "two more died": a part or a rise, not a count
        fate = _FATE_AFTER.match(text, match.end()) if kind in ("people", "held") else None
        if fate:  # "25 people were killed" counts the dead
            kind = _KIND_OF[fate.group(1).lower()]
        if raw in _VAGUE:
            kind += VAGUE
        if 1 < value < 1_000_000 and not 1950 <= value <= 2049:
            out.add((kind, value))
    return frozenset(out)


_RISE = (
    r"(?:ris(?:en|es|ing|e)|rose|climb(?:ed|s|ing)?|increas(?:ed|es|ing)|jump(?:ed|s)?|"
    r"mount(?:ed|s)?|grew|grown|swell(?:ed|s)?|reach(?:ed|es)|now stands at|stood at)"
)
_KIND_WORD = "|".join(_KIND_OF)
# "had risen to 12 soldiers killed", "climbed to at least 40 dead"
_RISE_TO = re.compile(
    rf"\b{_RISE}\s+(?:to\s+)?(?:at least\s+|more than\s+|over\s+)?"
    rf"(?:\d[\d,.]*|{'|'.join(_NUMBER_WORDS)})\s+(?:[a-z-]+\s+){{0,2}}?({_KIND_WORD})\b",
    re.IGNORECASE,
)
# "the death toll rose", "the number of soldiers killed ... rose to 14", "number of injured grew"
_RISING_COUNT = re.compile(
    rf"\b(?:(death toll|toll)|number of (?:[a-z]+\s+){{0,2}}?({_KIND_WORD}))\b"
    rf"[^.;:!?]{{0,60}}?\b{_RISE}\b",
    re.IGNORECASE,
)


def rising(text: str) -> frozenset[str]:
    """The kinds of count the text says grew (see the module doc)."""
    out = {_KIND_OF[m.group(1).lower()] for m in _RISE_TO.finditer(text)}
    for m in _RISING_COUNT.finditer(text):
        out.add("dead" if m.group(1) else _KIND_OF[m.group(2).lower()])
    return frozenset(out)


def numbers(text: str) -> frozenset[int]:
    """The distinctive numbers written in digits (see the module doc)."""
    out = set()
    for match in _NUMBER.finditer(text):
        if _AFTER_MONTH.search(text, max(0, match.start() - 12), match.start()):
            continue  # the day of a date ("March 13"): a date, not a count
        value = int(match.group(1).replace(",", ""))
        if value > 10 and not 1950 <= value <= 2049 and value % 100 and value not in (24, 48, 72):
            out.add(value)
    return frozenset(out)


def months(text: str) -> frozenset[tuple[int, int]]:
    """(year, month) of every date in the text written with a month and a year."""
    out = set()
    for m in _MONTH_YEAR.finditer(text):
        if m.group(1):
            out.add((int(m.group(2)), MONTHS[m.group(1).lower()]))
        elif m.group(3):
            out.add((int(m.group(4)), MONTHS[m.group(3).lower()]))
        else:
            out.add((int(m.group(5)), int(m.group(6))))
    return frozenset(out)


def offices(text: str) -> frozenset[tuple[str, str, str]]:
    """(seat, office, name) of each sitting holder of a one-person office the text names; the
    seat is "" where a country's office is named without it, the name folded words."""
    out = set()

    def add(seat: str | None, office: str, holder: str, starts: tuple[int, ...]) -> None:
        line_start = text.rfind("\n", 0, starts[0]) + 1
        line = text[line_start : text.find("\n", starts[0]) % (len(text) + 1)]
        if (
            _HEADLINE_CASE.fullmatch(line)
            or _NOT_SITTING_SEAT.search(seat or "")
            or any(_NOT_SITTING.search(text, max(0, i - 20), i) for i in starts)
        ):  # a headline in title case names no holder ("Prime Minister Calls Bank Riot")
            return
        seat_key = fold(seat or "").replace("’", "'").removesuffix("'s").replace(".", "")
        seat_key = " ".join(w for w in seat_key.split() if w not in _NOT_SEAT)
        office = " ".join(fold(office).split())
        if of := _OF_PORTFOLIO.match(office):
            office = f"{of.group(2)} {of.group(1)}"
        if not seat_key and _LOCAL_OFFICE.match(office):
            return
        names = [fold(w).replace("’", "'").removesuffix("'s") for w in holder.split()]
        while names and (names[-1] in _NOT_NAME or len(names[-1]) < 3):
            names.pop()  # "Governor Sarah Palin Saturday", "President Richard M."
        if names and not any(w in _NOT_NAME for w in names):
            out.add((seat_key, office, " ".join(names)))

    for m in _TITLE_NAME.finditer(text):
        add(m.group(1), m.group(2), m.group(3), (m.start(), m.start(2)))
    for m in _NAME_TITLE.finditer(text):
        add(m.group(2) or m.group(4), m.group(3), m.group(1), (m.end(1) + 2, m.start(3)))
    for m in _TITLE_OF_NAME.finditer(text):
        add(m.group(2), m.group(1), m.group(3), (m.start(),))
    for m in _THE_TITLE_NAME.finditer(text):
        add(None, m.group(1), m.group(2), (m.start(1),))
    for m in PORTFOLIO_BEFORE_NAME.finditer(text):
        if m.group("role").lower() in _MINISTER_OR_SECRETARY:
            portfolio = " ".join(m.group("portfolio").split()).removesuffix(" Affairs")
            add(None, f"{portfolio} {m.group('role')}", m.group("name"), (m.start(),))
    return frozenset(out)


def _entity_keys(name: str, label: str) -> list[str]:
    name = _ENTITY_TRIM.sub("", " ".join(name.split())).strip(" .,;:\"'“”")
    if len(name) < 2 or not any(c.isupper() for c in name) or any(c.isdigit() for c in name):
        return []
    key = fold(name)
    keys = [key]
    parts = key.split()
    if label == "PERSON" and len(parts) > 1 and len(parts[-1]) > 2:
        keys.append(parts[-1])
    return keys


def _regex_entities(text: str) -> Counter[str]:
    out: Counter[str] = Counter()
    for line in text.split("\n"):
        for match in _CAPS.finditer(line):
            name = match.group(1)
            if name.lower() in _STOP:
                continue
            for key in _entity_keys(name, "PERSON" if " " in name else "OTHER"):
                out[key] += 1
    return out


def _spacy_entities(texts: Sequence[str]) -> list[Counter[str]]:
    from newsdesk.nlp import parse

    out = []
    for doc in parse(texts):
        found: Counter[str] = Counter()
        for ent in doc.ents:
            if ent.label_ in _KEEP_LABELS and ent.end_char <= _MAX_CHARS:
                for key in _entity_keys(ent.text, ent.label_):
                    found[key] += 1
        out.append(found)
    return out


_CACHE: dict[tuple[str, str, dt.date | None, str, bool], EventFeatures] = {}
_CACHE_MAX = 200_000


def _cache_key(
    article: Article, source: EntitySource, embed: bool
) -> tuple[str, str, tuple[dt.date, dt.date] | None, str, bool]:
    """The article's id, a digest of its title and text, its dates, and what is asked."""
    seen = f"{article.title}\n{article.text}".encode()
    digest = hashlib.blake2b(seen, digest_size=12).hexdigest()
    return (article.id, digest, date_span(article, anchor_date(article)), source, embed)


def _titled(article: Article, text: str) -> str:
    return f"{article.title}\n{text}" if article.title and article.title not in text else text


def event_features(
    articles: Sequence[Article], *, entities: EntitySource = "spacy", embed: bool = False
) -> list[EventFeatures]:
    """The event features of each article, in order (cached by id, title, text, anchor day,
    entity source and whether the sentence vector is wanted)."""
    keys = [_cache_key(a, entities, embed) for a in articles]
    todo = [i for i, k in enumerate(keys) if k not in _CACHE]
    texts = [articles[i].text[:_MAX_CHARS] for i in todo]
    regex = entities == "regex"
    # the whole text is parsed: the entities stage reads the same parse (`nlp.parse` cache)
    whole = [articles[i].text for i in todo]
    found = [_regex_entities(t) for t in texts] if regex else _spacy_entities(whole)
    vectors: list[np.ndarray | None] = [None] * len(todo)
    if embed and todo:
        from newsdesk.nlp import embed as sentence_vectors

        leads = [_titled(articles[i], t[:_LEAD_CHARS]) for i, t in zip(todo, texts, strict=True)]
        vectors = list(sentence_vectors(leads))
    for i, ents, text, vector in zip(todo, found, texts, vectors, strict=True):
        article = articles[i]
        full = _titled(article, text)
        anchor = anchor_date(article)
        feats = EventFeatures(
            words=dict(words(full)),
            entities=dict(ents),
            figures=figures(full),
            numbers=numbers(full),
            years=frozenset(int(y) for y in _YEAR.findall(full)),
            months=months(full),
            anchor=anchor,
            vector=vector,
            offices=offices(full),
            span=date_span(article, anchor),
            earlier_years=earlier_years(full),
            rising=rising(full),
        )
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        _CACHE[keys[i]] = feats
    return [_CACHE[k] for k in keys]
