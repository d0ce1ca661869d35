"""Figure extraction (`newsdesk.extract.facts`) against the example corpus's hand-written facts.

For every fact in `examples/corpus/EXPECTED.json` whose article is plain text or JSONL (the
`.html` pages need the cleaner first), a fact counts as found when `find_facts` reports the
same quantity in that article; "qualifier" additionally needs the same qualifier; for the
expected labels that name a kind (killed, injured, missing, evacuated, displaced, hospitalized,
homes ...) the reported `what` must be of that kind (free-text labels such as "meeting
attendance" are not compared). Also prints how many figures were reported in all, since
EXPECTED lists only the figures its author cared about (extra ones are not necessarily wrong).

    .venv/bin/python bench/facts_examples.py [--list]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsdesk.extract.facts import find_facts
from newsdesk.ingest import read_inputs
from newsdesk.model import RawDocument

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
SAME_KIND = {
    "killed": {"killed"},
    "injured": {"injured"},
    "missing": {"missing"},
    "evacuated": {"evacuated"},
    "hospitalized": {"hospitalized"},
    "displaced": {"evacuated"},
    "homes": {"homes destroyed", "homes damaged", "buildings damaged", "homes"},
}


def texts() -> dict[str, str]:
    """The plain-text articles of the example corpus (`.txt` files and JSONL records), by id."""
    docs = read_inputs([CORPUS])
    return {d.id: d.text for d in docs if isinstance(d, RawDocument) and d.text is not None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every figure found")
    args = parser.parse_args(argv)
    expected = json.loads((CORPUS / "EXPECTED.json").read_text(encoding="utf-8"))["facts"]
    docs = texts()
    found = {k: find_facts(v) for k, v in docs.items()}
    n = quantity = qualifier = what = kinds = 0
    for item in expected:
        if item["article"] not in docs:
            continue
        n += 1
        same = [f for f in found[item["article"]] if f.quantity == item["quantity"]]
        quantity += bool(same)
        same_q = [f for f in same if f.qualifier == item["qualifier"]]
        qualifier += bool(same_q)
        kind = SAME_KIND.get(item["what"].split()[0])
        if kind is not None:  # free-text labels ("meeting attendance") are not compared
            kinds += 1
            what += any(f.what in kind for f in same_q)
        if not same_q:
            print(f"  MISS {item['article']}: {item['text']!r}")
    total = sum(len(v) for v in found.values())
    print(f"expected facts (txt/jsonl articles): {n}")
    print(
        f"quantity found: {quantity}/{n}; with qualifier: {qualifier}/{n}; "
        f"casualty/evacuation/homes figures with the right kind: {what}/{kinds}"
    )
    print(f"figures reported in all: {total}")
    if args.list:
        for doc_id, facts in found.items():
            for f in facts:
                print(
                    f"  {doc_id[:24]:24} {f.quantity:>12g} {f.qualifier:10} {f.unit:12} "
                    f"{f.what:18} {f.claimed_by}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
