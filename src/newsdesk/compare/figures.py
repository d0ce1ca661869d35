"""How the figures of a story's sources compare: the same, both true, updated, or in conflict.

Two facts are about the same thing when they count the same unit and the same outcome
("people killed"; for other units, two named outcomes in sentences at cosine >= 0.60, so "80
targets damaged" meets "85 targets hit"), come from different articles (two figures in one
article count different things: the strike's dead and the soldiers killed a week earlier),
are not background (a sentence naming a year before the story's first report tells an older
event) and, when their ranges are apart, are within a ratio of 2.5 of each other. Each fact is
read as a range from its qualifier ("more than 80" is above 80, "about 2,400" within 10 %), and
a pair is:
- `same`: one figure (`agrees`); the repeats of a figure are linked to its first report only;
- `qualifier`: different figures whose ranges overlap, so both can be true (`agrees`, the note
  says why): "more than 80" and "more than 85", "at least 11" and "14";
- `update`: a figure reported on a later day than one it cannot equal (`corrects`): a toll
  rising from 9 to 14 over a week; each figure is compared with the latest earlier one;
- `conflict`: figures that cannot both be true, reported the same day (`contradicts`).
Figures of an article with no publication date are compared for sameness only.
It compares facts as extracted and judges nothing else; the facts stage finds them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

import numpy as np

from newsdesk.model import Article, Entity, Fact, FigureDifference, Relation, RelationKind
from newsdesk.nlp import embed

SAME_THING = 0.60
FAR_APART = 2.5  # figures further apart than this ratio, ranges apart, count different things
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


@dataclass
class _Figure:
    fact: Fact
    article: Article
    day: dt.date | None
    low: float
    high: float
    vector: np.ndarray


def compare_figures(
    facts: list[Fact], articles: list[Article], entities: list[Entity]
) -> list[Relation]:
    """Relations between `facts` of one story (see the module doc)."""
    by_id = {a.id: a for a in articles}
    first_year = min((a.published.year for a in articles if a.published), default=None)
    kept = [
        f for f in facts
        if f.sources and f.sources[0].article_id in by_id and not _background(f, first_year)
    ]
    vectors = embed([f.text for f in kept])
    figures = sorted(
        (_figure(f, by_id[f.sources[0].article_id], v) for f, v in zip(kept, vectors, strict=True)),
        key=lambda g: (g.day or dt.date.max, g.article.id, g.fact.sources[0].start),
    )
    names = {e.id: e.name for e in entities}
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
            continue
        for earlier in _compared(same_thing, later):
            if not _far_apart(earlier, later) and None not in (earlier.day, later.day):
                relations.append(_relation(_difference(earlier, later), earlier, later, names))
    return relations


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
    return _Figure(fact, article, article.published, low, high, vector)


def _same_thing(a: _Figure, b: _Figure) -> bool:
    fa, fb = a.fact, b.fact
    if fa.unit != fb.unit or a.article.id == b.article.id:
        return False
    if fa.what == fb.what:
        return True
    if fa.unit == _PEOPLE or fa.unit in (fa.what, fb.what):
        return False  # different outcomes, or one figure says only what it counts
    return float(a.vector @ b.vector) >= SAME_THING


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
    return low <= 0 or high / low > FAR_APART


def _difference(a: _Figure, b: _Figure) -> FigureDifference:
    if _equal(a, b):
        return "same"
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
