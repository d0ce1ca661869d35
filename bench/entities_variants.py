"""Benchmark: name variants merged across articles, with no wrong merge, and stage throughput.

    .venv/bin/python bench/entities_variants.py

Runs `stories.resolve.resolve_entities` and `story_statements` on the seed corpus
(`../shared/corpus/seeds`, read at run time, never copied) and on `examples/corpus` (its
`EXPECTED.json` lists name variants and acronyms). Prints, per corpus: the expected merges
found, every person entity that holds two full names that are not an expected pair (a
possible wrong merge, to review), the expected speakers found, and articles per second for the
whole stage (one spaCy pass per article, parse included).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from newsdesk.model import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
EXAMPLES = ROOT / "examples" / "corpus"

# Names only (no article text): the variants the seed articles spell differently.
SEED_VARIANTS = [
    ("Mohammed Shia al-Sudani", "Mohamed Chia al-Soudani"),
    ("Basim al-Awadi", "Basim Alawadi"),
    ("John Kirby", "Kirby"),
    ("Vedant Patel", "Patel"),
    ("Pat Ryder", "Ryder"),
]
SEED_SPEAKERS = ["John Kirby", "Vedant Patel", "Pat Ryder", "Basim al-Awadi"]


def _articles(folder: Path) -> list[Article]:
    arts = [
        Article(id=p.stem, source=str(p), text=p.read_text(encoding="utf-8"))
        for p in sorted(folder.glob("*.txt"))
    ]
    for p in sorted(folder.glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("text"):
                arts.append(Article(id=row["id"], source=str(p), text=row["text"]))
    return arts


def report(
    name: str, arts: list[Article], variants: list[tuple[str, str]], speakers: list[str]
) -> None:
    from newsdesk.nlp import spacy_pipeline
    from newsdesk.stories import resolve

    spacy_pipeline()  # load the model before the clock starts
    resolve._cache.clear()
    t0 = time.perf_counter()
    ents = resolve.resolve_entities(arts)
    sts = resolve.story_statements(arts, ents)
    rate = len(arts) / (time.perf_counter() - t0)
    print(
        f"## {name}: {len(arts)} articles, {len(ents)} entities, {len(sts)} statements "
        f"({sum(len(s.sources) > 1 for s in sts)} with several sources), {rate:.1f} articles/s"
    )
    found = 0
    for a, b in variants:
        ok = any({a, b} <= {e.name, *e.aliases} for e in ents)
        found += ok
        print(f"- merge {a} / {b}: {'yes' if ok else 'NO'}")
    print(f"expected merges found: {found}/{len(variants)}")
    allowed = {frozenset(v) for v in variants}
    suspects = []
    for e in ents:
        if e.type != "PERSON":
            continue
        full = sorted({n for n in [e.name, *e.aliases] if len(n.split()) >= 2})
        for i, x in enumerate(full):
            for y in full[i + 1 :]:
                if frozenset((x, y)) not in allowed:
                    suspects.append((x, y))
    print(f"person entities holding two unexpected full names (review): {len(suspects)}")
    for x, y in suspects:
        print(f"  - {x} / {y}")
    if speakers:
        # a speaker is found under any spelling of the name (the entity's display name is one
        # of them: "Basim Alawadi" for "Basim al-Awadi")
        said = {s.speaker_name for s in sts if s.speaker_name}
        found = [n for n in speakers if any(resolve.same_person(n, x) for x in said)]
        missing = ", ".join(n for n in speakers if n not in found) or "none"
        print(f"speakers found: {len(found)}/{len(speakers)} (missing: {missing})")
    print()


def main() -> None:
    if SEEDS.is_dir():
        report("seeds", _articles(SEEDS), SEED_VARIANTS, SEED_SPEAKERS)
    expected = json.loads((EXAMPLES / "EXPECTED.json").read_text(encoding="utf-8"))
    variants = [tuple(v) for v in expected["name_variants"]]
    variants += [(a["long"], a["short"]) for a in expected["acronyms"]]
    report("examples/corpus", _articles(EXAMPLES), variants, [])


if __name__ == "__main__":
    main()
