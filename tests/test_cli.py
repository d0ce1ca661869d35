"""The `newsdesk` command end to end: analyze a folder, bad files, re-runs, the clean stage."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.model import json_schema

EXAMPLES = Path(__file__).parents[1] / "examples" / "corpus"
FIXTURES = Path(__file__).parent / "fixtures" / "clean"
SEEDS = Path(__file__).parents[1] / ".." / "shared" / "corpus" / "seeds"
runner = CliRunner()


def run(*args: str, stdin: str | None = None):
    return runner.invoke(app, list(args), input=stdin)


def table_counts(db: Path) -> tuple[int, ...]:
    with sqlite3.connect(db) as con:
        return tuple(
            con.execute(f"select count(*) from {t}").fetchone()[0]
            for t in ("articles", "stories", "story_articles")
        )


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "flood.txt").write_text((FIXTURES / "junk_wire.txt").read_text())
    (folder / "sub" / "strike.txt").write_text((FIXTURES / "paren_dateline.txt").read_text())
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00\xff" * 50)
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners lost everything.".encode("latin-1"))
    return folder


def test_analyze_reports_bad_files_and_goes_on(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(
        "analyze",
        str(batch),
        "--db",
        str(out / "nd.db"),
        "--json",
        str(out / "s.json"),
        "--html",
        str(out / "r.html"),
    )
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 3
    for name, code in (("empty.txt", "E001"), ("binary.txt", "E002"), ("latin1.txt", "E003")):
        assert any(name in e and code in e for e in errors), errors
    data = json.loads((out / "s.json").read_text())
    jsonschema.validate(data, json_schema())
    assert sorted(a["id"] for a in data["articles"]) == ["flood", "strike"]
    assert "Flood barrier fails in Marrowby" in (out / "r.html").read_text()
    assert str(out / "r.html") in result.stderr


def test_rerun_changes_nothing_second_folder_adds(batch: Path, tmp_path: Path) -> None:
    db = tmp_path / "nd.db"
    first = run("analyze", str(batch), "--db", str(db), "--json", str(tmp_path / "1.json"))
    counts = table_counts(db)
    again = run("analyze", str(batch), "--db", str(db), "--json", str(tmp_path / "2.json"))
    assert first.exit_code == again.exit_code == 1
    assert table_counts(db) == counts
    assert (tmp_path / "1.json").read_text() == (tmp_path / "2.json").read_text()
    added = run("analyze", str(EXAMPLES), "--db", str(db))
    assert added.exit_code == 0, added.stderr
    assert table_counts(db)[0] == counts[0] + 12


def test_example_corpus_gives_its_two_events(tmp_path: Path) -> None:
    result = run(
        "analyze",
        str(EXAMPLES),
        "--db",
        str(tmp_path / "nd.db"),
        "--json",
        str(tmp_path / "s.json"),
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads((tmp_path / "s.json").read_text())
    jsonschema.validate(data, json_schema())
    truth = json.loads((EXAMPLES / "EXPECTED.json").read_text())["articles"]
    groups = sorted(sorted(truth[a]["event"] for a in s["article_ids"]) for s in data["stories"])
    assert groups == [["A"] * 8, ["B"] * 4]


def test_clean_stage_output_contract(tmp_path: Path) -> None:
    result = run("clean", str(FIXTURES / "junk_wire.txt"), "--published", "2031-04-03")
    assert result.exit_code == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert set(record) == {
        "id",
        "source",
        "title",
        "author",
        "published",
        "outlet",
        "dateline",
        "language",
        "text",
        "removed",
        "notices",
    }
    assert record["published"] == "2031-04-03"
    assert record["dateline"] == "MARROWBY, Eastern Vale"
    assert {"text": "Advertisement", "reason": "promo"} in record["removed"]


def test_clean_stage_reads_jsonl_from_stdin_in_order() -> None:
    lines = [
        {
            "id": "two",
            "text": "Advertisement\nThe bridge reopened on Monday after repairs, the city said.",
        },
        {
            "id": "one",
            "html": "<html><body><article><p>Workers finished the repairs to the "
            "bridge on Sunday night, the city council said in a statement."
            "</p></article></body></html>",
            "published": "2031-05-02",
        },
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\n"
    result = run("clean", "-", stdin=stdin)
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["two", "one"]
    assert records[0]["removed"] == [{"text": "Advertisement", "reason": "promo"}]
    assert records[1]["published"] == "2031-05-02"
    assert "Workers finished the repairs" in records[1]["text"]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed corpus not beside the checkout")
def test_seed_corpus_analyzes(tmp_path: Path) -> None:
    result = run(
        "analyze",
        str(SEEDS),
        "--db",
        str(tmp_path / "nd.db"),
        "--json",
        str(tmp_path / "s.json"),
        "--html",
        str(tmp_path / "r.html"),
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads((tmp_path / "s.json").read_text())
    jsonschema.validate(data, json_schema())
    assert len(data["articles"]) == 5
    assert all(a["language"] == "en" for a in data["articles"])


@pytest.mark.parametrize(
    ("command", "key", "fields"),
    [
        (
            "quotes",
            "statements",
            {
                "start",
                "end",
                "text",
                "kind",
                "speaker_name",
                "speaker_start",
                "speaker_end",
                "speaker_role",
                "cue",
                "cue_start",
                "cue_end",
            },
        ),
        ("entities", "entities", {"name", "type", "aliases", "roles", "mentions"}),
        ("times", "times", {"start", "end", "text", "type", "value"}),
        ("facts", "facts", {"start", "end", "quantity", "qualifier", "unit", "what", "claimed_by"}),
    ],
)
def test_stage_commands_point_into_the_text_as_given(command: str, key: str, fields: set) -> None:
    path = FIXTURES / "junk_wire.txt"
    result = run(command, str(path), "--published", "2031-04-03")
    assert result.exit_code == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["id"] == "junk_wire" and record[key]
    raw = path.read_text()
    for item in record[key]:
        assert fields <= set(item)
        spans = item["mentions"] if command == "entities" else [item]
        for span in spans:
            assert 0 <= span["start"] < span["end"] <= len(raw)
    if command == "quotes":
        assert any(q["speaker_name"] == "Ines Varga" for q in record[key])
