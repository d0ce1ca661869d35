"""Relations between statements (`newsdesk.compare`) against a hand-labelled corpus of pairs.

Each case of `bench/relations/pairs.jsonl` is one to three short fictional news articles, two
statements in them (`a`, `b`: their words as they stand in an article) and the relation a
reader gives the pair: `agrees`, `contradicts`, `corrects`, `disputes`, or `none` (at least
half the cases: hard negatives that look related, such as a condolence after a claim, a
denial of something else, "charged" / "never charged" about two people). The corpus was
written for newsdesk; no text of it comes from a real article.

Per case, the articles become `RawDocument` records, are cleaned (`pipeline.clean_all`) and
put in one story that `pipeline.fill_story` fills (statements, facts, relations), as `analyze`
does once the articles are grouped. Statement A is the story statement whose sources overlap
most characters of A's words in the clean text (found with any run of whitespace and any quote
mark); likewise B. The prediction is the story's relation between the two statement ids, in
either order, else `none`; a case where A or B is no statement, or both are the same one,
counts as predicted `none` and is listed so. Per kind: gold and predicted counts, true
positives, precision, recall, F1; "any relation" scores relation-or-none with the kind
ignored; accuracy is over all cases. Then the wrong cases (id, gold, predicted, why, and the
MiniLM cosine of the two matched statements' words, the closeness every rule starts from).

    .venv/bin/python bench/relations_pairs.py [--pairs FILE] [--show]

`--show` prints, for each wrong case, the statements A and B were matched to, every statement
of the story and every relation. Runs in one to two minutes on this project's 2-core machine
(spaCy and MiniLM loaded once, then one `fill_story` per case).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from newsdesk.model import Article, RawDocument, Statement, Story
from newsdesk.nlp import embed
from newsdesk.pipeline import clean_all, fill_story

PAIRS = Path(__file__).resolve().parent / "relations" / "pairs.jsonl"
KINDS = ("agrees", "contradicts", "corrects", "disputes")
NONE = "none"
_QUOTES = "\"'“”‘’«»„"


@dataclass
class Outcome:
    """One case as scored: the gold and predicted kinds and what the engine was given."""

    case: dict
    gold: str
    predicted: str
    problem: str = ""  # "statement not extracted" and the like, for the wrong-case list
    statement_a: Statement | None = None
    statement_b: Statement | None = None
    story: Story | None = None


def _pattern(words: str) -> re.Pattern[str]:
    """`words` with any run of whitespace and any quote mark for the ones written."""
    parts = []
    for token in words.split():
        parts.append("".join(f"[{_QUOTES}]" if ch in _QUOTES else re.escape(ch) for ch in token))
    return re.compile(r"\s+".join(parts))


def locate(words: str, articles: list[Article]) -> list[tuple[str, int, int]]:
    """Every place (article id, start, end) where `words` stand in an article's clean text."""
    pattern = _pattern(words)
    return [(a.id, m.start(), m.end()) for a in articles for m in pattern.finditer(a.text)]


def statement_for(places: list[tuple[str, int, int]], story: Story) -> Statement | None:
    """The story statement whose sources overlap the most characters of `places`."""
    best: tuple[int, Statement] | None = None
    for statement in story.statements:
        overlap = sum(
            max(0, min(end, ref.end) - max(start, ref.start))
            for article_id, start, end in places
            for ref in statement.sources
            if ref.article_id == article_id
        )
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, statement)
    return best[1] if best else None


def documents(case: dict) -> list[RawDocument]:
    return [
        RawDocument(
            id=item["id"],
            source=f"{case['id']}/{item['id']}",
            text=item["text"],
            outlet=item.get("outlet"),
            published=dt.date.fromisoformat(item["published"]) if item.get("published") else None,
        )
        for item in case["articles"]
    ]


def run_case(case: dict) -> Outcome:
    articles, errors = clean_all(documents(case))
    gold = case["kind"]
    if errors:
        return Outcome(case, gold, NONE, "article not cleaned: " + "; ".join(map(str, errors)))
    story = fill_story(
        Story(id="s1", headline="case", article_ids=[a.id for a in articles]), articles
    )
    found: dict[str, Statement | None] = {}
    missing = []
    for key in ("a", "b"):
        places = locate(case[key], articles)
        found[key] = statement_for(places, story) if places else None
        if not places:
            missing.append(f"{key.upper()}: words not in clean text")
        elif found[key] is None:
            missing.append(f"{key.upper()}: statement not extracted")
    outcome = Outcome(case, gold, NONE, "", found["a"], found["b"], story)
    if missing:
        outcome.problem = "; ".join(missing)
        return outcome
    a, b = found["a"], found["b"]
    assert a is not None and b is not None
    if a.id == b.id:
        outcome.problem = f"A and B are one statement ({a.id})"
        return outcome
    between = [r for r in story.relations if {r.a, r.b} == {a.id, b.id}]
    if between:
        outcome.predicted = between[0].kind
        if len(between) > 1:
            outcome.problem = "several relations: " + ", ".join(r.kind for r in between)
    else:  # not scored: the engine may have tied A or B to a neighbour of the other one
        elsewhere = [
            f"{r.kind} {r.a}-{r.b}"
            for r in story.relations
            if {r.a, r.b} & {a.id, b.id} and r.a.startswith("q") and r.b.startswith("q")
        ]
        if elsewhere:
            outcome.problem = f"A={a.id}, B={b.id}; story has " + ", ".join(elsewhere)
    return outcome


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.2f}" if den else "-"


def _f1(tp: int, gold: int, predicted: int) -> str:
    return _ratio(2 * tp, gold + predicted) if gold + predicted else "-"


def table(outcomes: list[Outcome]) -> list[str]:
    """The Markdown table: one row per kind, `none`, then any relation with the kind ignored."""
    rows = [
        "| kind | gold | predicted | true positives | precision | recall | F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind in (*KINDS, NONE):
        gold = sum(o.gold == kind for o in outcomes)
        predicted = sum(o.predicted == kind for o in outcomes)
        tp = sum(o.gold == kind == o.predicted for o in outcomes)
        rows.append(
            f"| {kind} | {gold} | {predicted} | {tp} | {_ratio(tp, predicted)} | "
            f"{_ratio(tp, gold)} | {_f1(tp, gold, predicted)} |"
        )
    gold = sum(o.gold != NONE for o in outcomes)
    predicted = sum(o.predicted != NONE for o in outcomes)
    tp = sum(o.gold != NONE and o.predicted != NONE for o in outcomes)
    rows.append(
        f"| any relation (kind ignored) | {gold} | {predicted} | {tp} | "
        f"{_ratio(tp, predicted)} | {_ratio(tp, gold)} | {_f1(tp, gold, predicted)} |"
    )
    return rows


def _cosine(outcome: Outcome) -> str:
    """MiniLM cosine of the two matched statements' words (what the relation rules start from)."""
    if outcome.statement_a is None or outcome.statement_b is None:
        return "-"
    vectors = embed([outcome.statement_a.text, outcome.statement_b.text])
    return f"{float(vectors[0] @ vectors[1]):.2f}"


def _show(outcome: Outcome) -> None:
    for key, statement in (("A", outcome.statement_a), ("B", outcome.statement_b)):
        if statement is not None:
            print(
                f"      {key} = {statement.id} ({statement.speaker_name}, {statement.said_on}): "
                f"{statement.text!r}"
            )
    if outcome.story is not None:
        for s in outcome.story.statements:
            print(f"      {s.id} ({s.speaker_name}): {s.text[:90]!r}")
        for r in outcome.story.relations:
            print(f"      relation {r.kind} {r.a}-{r.b}: {r.note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS, help="the labelled cases (JSONL)")
    parser.add_argument("--show", action="store_true", help="statements and relations of misses")
    args = parser.parse_args(argv)
    cases = [
        json.loads(line)
        for line in args.pairs.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    outcomes = [run_case(case) for case in cases]
    counts = ", ".join(f"{k} {sum(o.gold == k for o in outcomes)}" for k in (*KINDS, NONE))
    print(f"cases: {len(outcomes)} ({counts})")
    print()
    print("\n".join(table(outcomes)))
    right = sum(o.gold == o.predicted for o in outcomes)
    print()
    print(f"accuracy: {right}/{len(outcomes)} = {_ratio(right, len(outcomes))}")
    wrong = [o for o in outcomes if o.gold != o.predicted]
    if wrong:
        print()
        print("| case | gold | predicted | cosine A-B | why (gold) | note |")
        print("|---|---|---|---|---|---|")
        for o in wrong:
            print(
                f"| {o.case['id']} | {o.gold} | {o.predicted} | {_cosine(o)} | "
                f"{o.case['why']} | {o.problem} |"
            )
            if args.show:
                _show(o)
    noted = [o for o in outcomes if o.gold == o.predicted and o.problem]
    for o in noted:
        print(f"  right, but {o.case['id']}: {o.problem}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
