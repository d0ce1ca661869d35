"""The CSV tables: a header, one row per item, the story id and the sources on every row; and
`analyze --md --csv` writing the Markdown report and the tables."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.render.tables import render_csv
from test_render_html import newsroom_corpus

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_one_row_per_item_with_story_and_sources() -> None:
    corpus = newsroom_corpus()
    tables = render_csv(corpus)
    assert set(tables) == {
        "articles.csv",
        "removed.csv",
        "statements.csv",
        "facts.csv",
        "relations.csv",
        "timeline.csv",
        "entities.csv",
        "summary.csv",
    }
    statements = rows(tables["statements.csv"])
    assert [r["statement_id"] for r in statements] == ["q1", "q2", "q3", "q4"]
    assert all(r["story_id"] == "s1" for r in statements)
    q1 = corpus.stories[0].statements[0].sources[0]
    assert statements[0] | {"text": ""} == {
        "story_id": "s1",
        "statement_id": "q1",
        "speaker_id": "e1",
        "speaker_name": "Mara Quell",
        "speaker_role": "Port director",
        "kind": "direct",
        "said_on": "",
        "text": "",
        "outlets": "Harbour Wire",
        "sources": f"wire-1:{q1.start}-{q1.end}",
    }
    assert statements[1]["sources"].startswith("gazette 2:")
    facts = rows(tables["facts.csv"])
    assert [(f["fact_id"], f["quantity"], f["qualifier"]) for f in facts] == [
        ("f1", "4", "at_least"),
        ("f2", "6", "exact"),
    ]
    relations = rows(tables["relations.csv"])
    assert [(r["kind"], r["a"], r["b"], r["difference"]) for r in relations] == [
        ("contradicts", "q1", "q2", ""),
        ("contradicts", "f1", "f2", "conflict"),
        ("agrees", "q3", "q4", ""),
    ]
    assert relations[0]["a_text"] == "The crane was inspected last month and passed."
    assert relations[0]["note"] == "Inspected last month, or not since 2029."
    articles = rows(tables["articles.csv"])
    assert [(a["story_id"], a["article_id"], a["outlet"]) for a in articles] == [
        ("s1", "wire-1", "Harbour Wire"),
        ("s1", "gazette 2", "Portvale Gazette"),
        ("s1", "times-3", "Coastal Times"),
    ]
    assert rows(tables["removed.csv"]) == [
        {
            "story_id": "s1",
            "article_id": "wire-1",
            "line": "1",
            "reason": "paywall",
            "text": "Subscribe for $1",
        }
    ]
    (entity,) = rows(tables["entities.csv"])
    assert (entity["name"], entity["aliases"], entity["roles"]) == (
        "Mara Quell",
        "M. Quell",
        "Port director",
    )
    assert rows(tables["timeline.csv"])[0]["date"] == "2031-03-31"
    assert rows(tables["summary.csv"])[0]["sources"] == "wire-1:0-92; gazette 2:0-53"


def test_text_is_kept_whole_but_never_a_formula() -> None:
    corpus = newsroom_corpus(compared=False)
    statements = corpus.stories[0].statements
    statements[0].text = '=HYPERLINK("http://x", "click")'
    statements[1].text = 'He said, "yes,\nand no"'
    tables = render_csv(corpus)
    texts = [r["text"] for r in rows(tables["statements.csv"])]
    assert texts[:2] == ['\'=HYPERLINK("http://x", "click")', 'He said, "yes,\nand no"']
    assert tables["relations.csv"] == "story_id,kind,a,b,difference,note,a_text,b_text\n"
    assert tables["summary.csv"] == "story_id,sentence,text,sources\n"


def test_analyze_writes_the_markdown_report_and_the_tables(tmp_path: Path) -> None:
    source = tmp_path / "in" / "flood.txt"
    source.parent.mkdir()
    source.write_text((FIXTURES / "junk_wire.txt").read_text())
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        [
            "analyze",
            str(source.parent),
            "--db",
            str(out / "n.db"),
            "--md",
            str(out / "r.md"),
            "--csv",
            str(out / "tables"),
        ],
    )
    assert result.exit_code == 0, result.stderr
    report = (out / "r.md").read_text()
    assert report.startswith("# newsdesk report\n\n1 story from 1 article.")
    assert '## <a id="s1"></a>Flood barrier fails in Marrowby' in report
    assert "~~$4.99/month~~ *(removed: paywall)*" in report
    statements = rows((out / "tables" / "statements.csv").read_text())
    assert statements and all(r["story_id"] == "s1" for r in statements)
    assert all(r["sources"].startswith("flood:") for r in statements)
    assert str(out / "r.md") in result.stderr and str(out / "tables") in result.stderr
