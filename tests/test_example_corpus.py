"""The bundled example corpus against its hand-written ground truth (examples/corpus/EXPECTED.json).

The corpus is fictional and written for newsdesk: it stands in for the held-out articles the
cleaner is judged on, so it checks the rules generalise beyond the seeds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.clean import clean
from newsdesk.ingest import read_inputs
from newsdesk.model import Article, RawDocument

CORPUS = Path(__file__).parents[1] / "examples" / "corpus"
EXPECTED = json.loads((CORPUS / "EXPECTED.json").read_text(encoding="utf-8"))["articles"]


def _cleaned() -> dict[str, tuple[RawDocument, Article]]:
    out = {}
    for doc in read_inputs([CORPUS]):
        assert isinstance(doc, RawDocument), str(doc)
        out[doc.id] = (doc, clean(doc))
    return out


CLEANED = _cleaned()


def test_every_expected_article_is_read() -> None:
    assert sorted(CLEANED) == sorted(EXPECTED)


@pytest.mark.parametrize("aid", sorted(EXPECTED))
def test_junk_lines_removed(aid: str) -> None:
    _, article = CLEANED[aid]
    body = article.text.split("\n")
    left = [j for j in EXPECTED[aid]["junk_lines"] if any(j in line for line in body)]
    assert left == []


@pytest.mark.parametrize("aid", sorted(a for a in EXPECTED if (CORPUS / f"{a}.txt").exists()))
def test_no_report_line_lost(aid: str) -> None:
    doc, article = CLEANED[aid]
    truth = EXPECTED[aid]
    metadata = {truth["title"], *(n["text"] for n in truth["notices"])}
    expected = [
        line.strip()
        for line in (doc.text or "").splitlines()
        if line.strip()
        and line.strip() not in truth["junk_lines"]
        and line.strip() not in metadata
        and not line.strip().startswith("By ")
    ]
    body = article.text.split("\n")
    lost = [line for line in expected if not any(line.endswith(b) and b for b in body)]
    assert lost == []


@pytest.mark.parametrize("field", ["title", "dateline", "author", "published"])
def test_metadata_lifted(field: str) -> None:
    wrong = {}
    for aid, truth in EXPECTED.items():
        got = getattr(CLEANED[aid][1], field)
        got = got.isoformat() if field == "published" and got else got
        if got != truth[field]:
            wrong[aid] = (got, truth[field])
    assert wrong == {}


def test_notices_lifted() -> None:
    got = {aid: [(n.kind, n.text) for n in CLEANED[aid][1].notices] for aid in EXPECTED}
    want = {aid: [(n["kind"], n["text"]) for n in t["notices"]] for aid, t in EXPECTED.items()}
    assert got == want
