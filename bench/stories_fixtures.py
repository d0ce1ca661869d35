"""Story grouping on the small corpora written like the seeds: B-cubed F1 per corpus.

Usage: `.venv/bin/python bench/stories_fixtures.py`

Each corpus is a handful of reports of one event plus one or two of a similar event (the
articles named in `OTHER_EVENT`); the seeds (read from `../shared`, skipped when absent) and
`examples/corpus` (gold in its EXPECTED.json) too. Every invented corpus is also run with its
publication dates taken away ("undated": no `published`, the estimate read from the text
again), as the seeds come, and all corpora are run together. Runs what `analyze` runs: the
cleaner, the publication-date estimate for undated articles, the clusterer.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from newsdesk.clean import clean
from newsdesk.extract.published import estimate_published
from newsdesk.ingest import read_inputs
from newsdesk.model import Article, RawDocument
from newsdesk.stories.cluster import cluster
from stories_eval import SHARED, bcubed, labels, with_copies

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
# corpus folder -> id prefixes of the articles about the other, similar event
OTHER_EVENT = {
    name: tuple(key["other_event"])
    for name, key in json.loads((FIXTURES / "story_keys.json").read_text())["corpora"].items()
}


def _estimated(article: Article) -> Article:
    if article.published is None and article.published_estimate is None:
        return article.model_copy(update={"published_estimate": estimate_published(article.text)})
    return article


def _read(folder: Path) -> list[Article]:
    docs = [d for d in read_inputs([folder]) if isinstance(d, RawDocument)]
    return sorted((_estimated(clean(d)) for d in docs), key=lambda a: a.id)


def _undated(articles: Iterable[Article]) -> list[Article]:
    bare = (a.model_copy(update={"published": None, "published_estimate": None}) for a in articles)
    return [_estimated(a) for a in bare]


def _score(articles: list[Article], gold: dict[str, str]) -> tuple[int, int, float]:
    stories = cluster(with_copies(articles))
    return (
        len(set(gold.values())),
        len(stories),
        bcubed(gold, labels([s.article_ids for s in stories]))[2],
    )


def main() -> None:
    corpora: dict[str, tuple[list[Article], dict[str, str]]] = {}
    seeds = SHARED / "corpus" / "seeds"
    if seeds.is_dir():
        arts = _read(seeds)
        corpora["seeds"] = (
            arts,
            {a.id: "seeds/" + ("B" if a.id.startswith("000") else "A") for a in arts},
        )
    expected = json.loads((ROOT / "examples" / "corpus" / "EXPECTED.json").read_text())["articles"]
    corpora["examples"] = (
        _read(ROOT / "examples" / "corpus"),
        {k: "ex/" + v["event"] for k, v in expected.items()},
    )
    for name, other in OTHER_EVENT.items():
        arts = _read(FIXTURES / name)
        gold = {a.id: name + ("/B" if a.id.startswith(other) else "/A") for a in arts}
        corpora[name] = (arts, gold)
        corpora[name + ", dates taken away"] = (_undated(arts), gold)
    print("| corpus | docs | events | stories | B3 F1 |\n|---|---|---|---|---|")
    for name, (arts, gold) in corpora.items():
        events, found, f1 = _score(arts, gold)
        print(f"| {name} | {len(arts)} | {events} | {found} | {f1:.3f} |")
    kept = {name: v for name, v in corpora.items() if "dates taken away" not in name}
    together = [a for arts, _ in kept.values() for a in arts]
    gold = {k: v for _, g in kept.values() for k, v in g.items()}
    events, found, f1 = _score(sorted(together, key=lambda a: a.id), gold)
    print(f"| all together | {len(together)} | {events} | {found} | {f1:.3f} |")


if __name__ == "__main__":
    main()
