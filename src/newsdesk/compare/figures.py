"""How the figures of a story's sources compare: the same, both true, updated, or in conflict.

Two facts are about the same thing when they count the same unit and the same outcome
("people killed"; for other units, two named outcomes in sentences at cosine >= 0.60, so "80
targets damaged" meets "85 targets hit"), come from different articles (two figures in one
article count different things: the strike's dead and the soldiers killed a week earlier),
are not background (a sentence naming a year before the story's first report tells an older
event) and, when their ranges are apart, are within a ratio of 2.5 of each other (10 for a
named sum or breach count, "the fine", "records affected": a firm's count rising 2.1 -> 6.4
million, a hacker's "more than 7 million" against it). Each fact is
read as a range from its qualifier ("more than 80" is above 80, "about 2,400" within 10 %), and
a pair is:
- `same`: one figure (`agrees`); the repeats of a figure are linked to its first report only;
- `qualifier`: different figures whose ranges overlap, so both can be true (`agrees`, the note
  says why): "more than 80" and "more than 85", "at least 11" and "14";
- `update`: a figure reported on a later day than one it cannot equal (`corrects`): a toll
  rising from 9 to 14 over a week; each figure is compared with the latest earlier one;
- `conflict`: figures that cannot both be true, reported the same day (`contradicts`).
Figures of an article with no publication date are compared for sameness only.

Who gives a figure matters (`claimed_by`, the entity the facts stage names): a figure is read
as belonging to a side, the words of its claimant's name and roles ("Ormalian Red Crescent",
"head of the authority"), titles and generic words left out. A later, different figure from
another side is not an update but a `conflict`: when either side is not an authority (a union,
a company, an aid group, a militia) or the later sentence sets it against the other ("not 37",
"contrary to", "well above the official figure"); two authorities (the fire service, then the
health ministry raising the toll) still read as an update, and so do figures of the same
claimant or with no claimant. Two sides' figures that cannot both be true are a conflict even
in one article ("the ministry says 12, the union 14") or when a report has no date.
Two figures naming different groups ("three workers" / "two contract workers", read back from
their sentences with `facts.counted_group`) are not compared; "people" matches any group.
It compares facts as extracted and judges nothing else; the facts stage finds them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from dataclasses import dataclass

import numpy as np

from newsdesk.extract.facts import MONEY_UNITS, counted_group
from newsdesk.extract.numbers import NUMBER_RE, parse_number
from newsdesk.model import Article, Entity, Fact, FigureDifference, Relation, RelationKind
from newsdesk.nlp import embed

SAME_THING = 0.60
FAR_APART = 2.5  # figures further apart than this ratio, ranges apart, count different things
# One named sum or breach count ("the fine", "the bribes", "the records affected") is revised or
# disputed by more than that: "6.4 million records, three times the number it first gave".
FAR_APART_NAMED = 10.0
_NAMED_UNITS = MONEY_UNITS | {"records"}
_ABOUT = 0.10
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_PEOPLE = "people"
_KIND: dict[FigureDifference, RelationKind] = {
    "same": "agrees",
    "qualifier": "agrees",
    "update": "corrects",
    "conflict": "contradicts",
}
_WORDS = {
    "exact": "",
    "at_least": "at least ",
    "more_than": "more than ",
    "about": "about ",
    "up_to": "up to ",
    "fewer_than": "fewer than ",
}


# Words that tell no side apart (titles, "national", "ministry"), and those of an authority.
_GENERIC = {
    "the",
    "of",
    "for",
    "and",
    "in",
    "at",
    "a",
    "an",
    "on",
    "to",
    "its",
    "their",
    "his",
    "her",
    "head",
    "chief",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "general",
    "deputy",
    "senior",
    "regional",
    "national",
    "provincial",
    "local",
    "state",
    "dr",
    "mr",
    "mrs",
    "ms",
    "brig",
    "brigadier",
    "operations",
    "province",
    "city",
    "country",
    "former",
    "acting",
    "minist",
    "official",
    "officials",
    "office",
    "department",
    "secretary",
    "central",
    "executive",
    "ceo",
    "chairman",
    "chairwoman",
    "founder",
    "manager",  # of which firm is unsaid
}
_AUTHORITY = re.compile(
    r"minist|government|authority|authorities|police|army|military|fire|rescue|civil|defen[cs]e|"
    r"governor|mayor|council|department|agency|office|inspector|directorate|coast ?guard|"
    r"hospital|health|coroner|prosecut|court|president|prime|interior|justice|official|pentagon|"
    r"federal|state|emergency|disaster|prison|command|troops|forces|navy|commission"
)
# Counts that only grow as a story goes on, and the words of a figure stated as a rise.
_RISING = ("killed",)
_ROSE = re.compile(
    r"\b(?:rose|risen|rising|rises|climbed|climbing|raising|raised|bringing|brings|brought|"
    r"taking|takes|pushing|pushed|increased|jumped)\b[^.;]{0,50}?\bto\b|\bnow\b|"
    r"\b(?:more|further|another)\s+(?:\w+\s+)?(?:bodies|dead|deaths)\b",
    re.IGNORECASE,
)
_SET_AGAINST = re.compile(
    r"contrary|in contrast|contradict|disput|reject|\bden(?:y|ied|ies)\b|higher than|lower than|"
    r"well (?:above|below)|instead of|rather than|\bnot\s+\d|\b(?:real|actual|true)\s+"
    r"(?:death\s+)?(?:toll|number|figure|count)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Side:
    words: frozenset[str]  # what tells the side apart; empty: unknown
    authority: bool | None  # None: a person of no known role


def _side_of(entity: Entity) -> _Side:
    texts = list(entity.roles)
    if entity.type != "PERSON" or not texts:
        texts.append(entity.name)
    folded = " ".join(texts).lower()
    words = {re.sub(r"^minist\w*$", "minist", w) for w in re.findall(r"[a-z][\w'’-]+", folded)}
    words = {w for w in words if w not in _GENERIC}
    if entity.type == "PERSON" and not entity.roles:
        return _Side(frozenset(words), None)
    return _Side(frozenset(words), bool(_AUTHORITY.search(folded)) or entity.type == "GPE")


@dataclass
class _Figure:
    fact: Fact
    article: Article
    day: dt.date | None
    low: float
    high: float
    vector: np.ndarray
    group: str | None = None


def compare_figures(
    facts: list[Fact], articles: list[Article], entities: list[Entity]
) -> list[Relation]:
    """Relations between `facts` of one story (see the module doc)."""
    by_id = {a.id: a for a in articles}
    first_year = min((a.published.year for a in articles if a.published), default=None)
    kept = [
        f
        for f in facts
        if f.sources and f.sources[0].article_id in by_id and not _background(f, first_year)
    ]
    vectors = embed([f.text for f in kept])
    figures = sorted(
        (_figure(f, by_id[f.sources[0].article_id], v) for f, v in zip(kept, vectors, strict=True)),
        key=lambda g: (g.day or dt.date.max, g.article.id, g.fact.sources[0].start),
    )
    names = {e.id: e.name for e in entities}
    sides = {e.id: _side_of(e) for e in entities}
    relations: list[Relation] = []
    seen: set[tuple] = set()
    for i, later in enumerate(figures):
        said = (later.article.id, later.fact.unit, later.fact.what, later.fact.quantity)
        if said in seen:  # the article repeats a figure: compared once
            continue
        seen.add(said)
        same_thing = [g for g in figures[:i] if _same_thing(g, later)]
        first_equal = next((g for g in same_thing if _equal(g, later)), None)
        if first_equal is not None:
            if first_equal.article.id != later.article.id:
                relations.append(_relation("same", first_equal, later, names))
        else:
            for earlier in _compared(same_thing, later):
                if _far_apart(earlier, later):
                    continue
                other = _other_side(earlier, later, sides)
                if None not in (earlier.day, later.day):
                    difference = _difference(earlier, later)
                    if (
                        difference == "update"
                        and other is not None
                        and (other or _SET_AGAINST.search(later.fact.text))
                    ):
                        difference = "conflict"
                    relations.append(_relation(difference, earlier, later, names))
                elif other and not _overlap(earlier, later):  # two sides, one undated
                    relations.append(_relation("conflict", earlier, later, names))
                elif _noticed_correction(earlier, later):
                    relations.append(_relation("update", earlier, later, names))
                elif _noticed_correction(later, earlier):
                    relations.append(_relation("update", later, earlier, names))
        # one article giving two sides' figures: "the ministry says 12, the union at least 14"
        for earlier in figures[:i]:
            if (
                earlier.article.id == later.article.id
                and _same_count(earlier, later)
                and _other_side(earlier, later, sides) is not None
                and not _overlap(earlier, later)
                and not _far_apart(earlier, later)
            ):
                relations.append(_relation("conflict", earlier, later, names))
    relations += _undated_rises(figures, relations, sides, names)
    return relations


def _undated_rises(
    figures: list[_Figure],
    relations: list[Relation],
    sides: dict[str, _Side],
    names: dict[str, str],
) -> list[Relation]:
    """Tolls of reports with no date, read in order from their words: a death toll only grows,
    so a larger one whose sentence says it rose ("bringing the number of dead to 11", "19 now
    confirmed dead") updates the next smaller one of another article. One link per step."""
    linked = {frozenset((r.a, r.b)) for r in relations}
    out: list[Relation] = []
    for what in _RISING:
        pool = sorted(
            (g for g in figures if g.fact.what == what and g.fact.qualifier != "up_to"),
            key=lambda g: (g.fact.quantity, g.day or dt.date.max),
        )
        distinct: list[_Figure] = []
        for g in pool:
            if not distinct or distinct[-1].fact.quantity != g.fact.quantity:
                distinct.append(g)
        for a, b in itertools.pairwise(distinct):
            if a.day is not None and b.day is not None:
                continue  # dated: compared above
            if not _same_thing(a, b) or _far_apart(a, b) or _other_side(a, b, sides):
                continue
            if frozenset((a.fact.id, b.fact.id)) in linked or not _ROSE.search(b.fact.text):
                continue
            out.append(_relation("update", a, b, names))
    return out


def _other_side(a: _Figure, b: _Figure, sides: dict[str, _Side]) -> bool | None:
    """None when both figures are not known to come from two sides; else whether either side
    is known not to be an authority (a union, a company, an aid group)."""
    ca, cb = a.fact.claimed_by, b.fact.claimed_by
    if not ca or not cb or ca == cb or ca not in sides or cb not in sides:
        return None
    sa, sb = sides[ca], sides[cb]
    if not sa.words or not sb.words or sa.words & sb.words:
        return None
    return sa.authority is False or sb.authority is False


def _same_count(a: _Figure, b: _Figure) -> bool:
    return (
        a.fact.unit == b.fact.unit
        and a.fact.what == b.fact.what != a.fact.unit
        and _same_group(a, b)
    )


def _overlap(a: _Figure, b: _Figure) -> bool:
    return a.low <= b.high and b.low <= a.high


def _background(fact: Fact, first_year: int | None) -> bool:
    return first_year is not None and any(int(y) < first_year for y in _YEAR.findall(fact.text))


def _figure(fact: Fact, article: Article, vector: np.ndarray) -> _Figure:
    q = fact.quantity
    low, high = {
        "exact": (q, q),
        "at_least": (q, math.inf),
        "more_than": (q, math.inf),
        "about": (q * (1 - _ABOUT), q * (1 + _ABOUT)),
        "up_to": (0.0, q),
        "fewer_than": (0.0, q),
    }[fact.qualifier]
    group = counted_group(fact.text, fact.quantity, fact.what)
    return _Figure(fact, article, article.published, low, high, vector, group)


def _same_thing(a: _Figure, b: _Figure) -> bool:
    fa, fb = a.fact, b.fact
    if fa.unit != fb.unit or a.article.id == b.article.id:
        return False
    if fa.what == fb.what == _PEOPLE:
        # no outcome named ("three detainees", "the three others"): only one named group
        return a.group is not None and a.group == b.group
    if fa.what == fb.what:
        return _same_group(a, b)
    if fa.unit == _PEOPLE or fa.unit in (fa.what, fb.what):
        return False  # different outcomes, or one figure says only what it counts
    return float(a.vector @ b.vector) >= SAME_THING


def _noticed_correction(old: _Figure, new: _Figure) -> bool:
    """Whether `new`'s article carries a correction notice giving both figures ("An earlier
    version said 38 people were arrested. Police later revised the figure to 31"): the later
    figure corrects the other even when neither report is dated."""
    if _equal(old, new):
        return False
    for notice in new.article.notices:
        if notice.kind != "correction":
            continue
        said = {
            parse_number(m[0])
            for m in re.finditer(rf"\b(?:{NUMBER_RE})\b", notice.text, re.IGNORECASE)
        }
        if old.fact.quantity in said and new.fact.quantity in said:
            return True
    return False


def _same_group(a: _Figure, b: _Figure) -> bool:
    """Not two named groups: "three workers unaccounted for" and "two contract workers missing"
    count different people; "nine workers" and "12 people" may count the same."""
    ga, gb = a.group, b.group
    return ga is None or gb is None or ga == gb


def _equal(a: _Figure, b: _Figure) -> bool:
    return a.fact.quantity == b.fact.quantity and a.fact.qualifier == b.fact.qualifier


def _compared(earlier: list[_Figure], later: _Figure) -> list[_Figure]:
    """The earlier figures a new one is compared with: those of its own day, else the latest
    earlier day's, one per distinct figure."""
    if not earlier:
        return []
    same_day = [g for g in earlier if g.day is not None and g.day == later.day]
    pool = same_day or [g for g in earlier if g.day == earlier[-1].day]
    distinct: dict[tuple[float, str], _Figure] = {}
    for g in pool:
        distinct.setdefault((g.fact.quantity, g.fact.qualifier), g)
    return list(distinct.values())


def _far_apart(a: _Figure, b: _Figure) -> bool:
    """Disjoint ranges this far apart count different things (a strike's 16 dead and the 3
    soldiers an earlier attack killed), not two accounts of one count."""
    if a.low <= b.high and b.low <= a.high:
        return False
    low, high = sorted((a.fact.quantity, b.fact.quantity))
    named = a.fact.unit in _NAMED_UNITS and a.fact.what not in (a.fact.unit, "funds")
    return low <= 0 or high / low > (FAR_APART_NAMED if named else FAR_APART)


def _difference(a: _Figure, b: _Figure) -> FigureDifference:
    if _equal(a, b):
        return "same"
    if (
        a.fact.qualifier in ("at_least", "more_than")
        and a.day is not None
        and b.day is not None
        and a.day < b.day
        and b.fact.quantity > a.fact.quantity
        and b.fact.qualifier not in ("at_least", "more_than")
    ):
        return "update"  # "at least 9 dead" on Wednesday, 27 dead a week on: the count rose
    if a.low <= b.high and b.low <= a.high:
        return "qualifier"
    if a.day != b.day:
        return "update"
    return "conflict"


def _relation(
    difference: FigureDifference, a: _Figure, b: _Figure, names: dict[str, str]
) -> Relation:
    return Relation(
        kind=_KIND[difference],
        a=a.fact.id,
        b=b.fact.id,
        note=_note(difference, a, b, names),
        difference=difference,
    )


def _note(difference: FigureDifference, a: _Figure, b: _Figure, names: dict[str, str]) -> str:
    what = f"{a.fact.unit} {a.fact.what}" if a.fact.what != a.fact.unit else a.fact.unit
    first, second = _said(a, names), _said(b, names)
    if difference == "same":
        return f"{first} and {second} give the same figure for {what}."
    if difference == "qualifier":
        return f"{first} and {second} differ on {what}, but both can be true given their wording."
    if difference == "update":
        return f"A later report: {first}, then {second}, for {what}."
    return f"{first} but {second} the same day, for {what}: both cannot be true."


def _said(g: _Figure, names: dict[str, str]) -> str:
    number = f"{g.fact.quantity:,.0f}" if g.fact.quantity.is_integer() else f"{g.fact.quantity:g}"
    source = g.article.outlet or g.article.id
    claimant = names.get(g.fact.claimed_by or "")
    by = f"{claimant} via {source}" if claimant else source
    when = f" on {g.day.isoformat()}" if g.day else ""
    return f"{_WORDS[g.fact.qualifier]}{number} ({by}{when})"
