"""Tests of the readers (`newsdesk.ingest`): every format, sidecars, ids, order, bad input.

All article content here is fictional. WARC and gzip inputs are built in `tmp_path`.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.clean import clean
from newsdesk.errors import Code, InputError
from newsdesk.ingest import read_inputs, read_stdin_jsonl
from newsdesk.model import RawDocument

CORPUS = Path(__file__).parent / "fixtures" / "ingest" / "corpus"


def split(items: object) -> tuple[list[RawDocument], list[InputError]]:
    docs: list[RawDocument] = []
    errors: list[InputError] = []
    for item in items:  # type: ignore[attr-defined]
        (docs if isinstance(item, RawDocument) else errors).append(item)
    return docs, errors


def read(*paths: str | Path, **kwargs: object) -> tuple[list[RawDocument], list[InputError]]:
    return split(read_inputs(list(paths), **kwargs))  # type: ignore[arg-type]


def one_doc(path: Path, **kwargs: object) -> RawDocument:
    docs, errors = read(path, **kwargs)
    assert errors == []
    assert len(docs) == 1
    return docs[0]


def one_error(path: Path | str, **kwargs: object) -> InputError:
    docs, errors = read(path, **kwargs)
    assert docs == []
    assert len(errors) == 1, [str(e) for e in errors]
    return errors[0]


def write_warc(path: Path, pages: list[tuple[str, str, bytes, str]]) -> None:
    """pages: (url, status line, body, content type)."""
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=path.name.endswith(".gz"))
        for url, status, body, ctype in pages:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
        request = writer.create_warc_record(
            "https://news.invalid/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)


# --- the fixture folder: every simple format, recursion, skipping -----------------------------


def test_folder_reads_every_format_recursively_and_skips_the_rest() -> None:
    docs, errors = read(CORPUS)
    assert errors == []
    assert [d.source for d in docs] == [
        str(CORPUS / "001_harbour.txt"),
        "https://gazette.invalid/market",
        str(CORPUS / "sub" / "002_council.html"),
        f"{CORPUS / 'sub' / 'batch.jsonl'}:1",
        f"{CORPUS / 'sub' / 'batch.jsonl'}:3",
    ]
    ids = [d.id for d in docs]
    assert ids[0] == "001_harbour"
    assert ids[2] == "002_council"
    assert ids[3] == "j1"
    assert ids[1].startswith("feed-") and ids[4].startswith("batch-")
    assert len(set(ids)) == len(ids)


def test_reading_twice_gives_equal_results() -> None:
    first = [d.model_dump() for d in read_inputs([CORPUS])]  # type: ignore[union-attr]
    second = [d.model_dump() for d in read_inputs([CORPUS])]  # type: ignore[union-attr]
    assert first == second


def test_txt_with_sidecar() -> None:
    doc = one_doc(CORPUS / "001_harbour.txt")
    assert doc.text is not None and doc.html is None
    assert doc.text.startswith("Ferry service resumes in Port Vellin\n\nPORT VELLIN")
    assert doc.title == "Ferry service resumes in Port Vellin"
    assert doc.outlet == "The Vellin Courier"
    assert doc.author == "Mara Lindqvist"
    assert doc.published == dt.date(2031, 4, 8)
    assert doc.source == str(CORPUS / "001_harbour.txt")


def test_html_file() -> None:
    doc = one_doc(CORPUS / "sub" / "002_council.html")
    assert doc.html is not None and doc.text is None
    assert "voted 7–2 on Monday" in doc.html
    assert doc.title is None  # metadata comes from the cleaner, not the reader


def test_jsonl_records() -> None:
    docs = [d for d in read(CORPUS / "sub" / "batch.jsonl")[0]]
    assert len(docs) == 2
    first, second = docs
    assert first.id == "j1" and first.text and first.outlet == "Brenmoor Daily"
    assert first.published == dt.date(2031, 4, 2)  # the datetime's own calendar day
    assert second.html == "<p>Storm closes the coastal road near Kell.</p>"
    assert second.url == "https://news.invalid/kell-storm" and second.language == "en"
    assert second.id.startswith("batch-") and len(second.id) == len("batch-") + 12


def test_rss_feed() -> None:
    doc = one_doc(CORPUS / "feed.rss")
    assert doc.title == "Market square reopens"
    assert doc.url == doc.source == "https://gazette.invalid/market"
    assert doc.outlet == "Kell Gazette"
    assert doc.language == "en"
    assert doc.published == dt.date(2031, 4, 7)
    assert doc.html == "<p>The renovated market square in Kell reopened on Monday.</p>"
    assert doc.author and "Ilse Varga" in doc.author


def test_atom_feed_sniffed_from_xml(tmp_path: Path) -> None:
    (tmp_path / "updates.xml").write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!-- a comment <rss> that must not fool the sniffing -->
<feed xmlns="http://www.w3.org/2005/Atom"><title>Oskar Island Radio</title>
<id>urn:x</id><updated>2031-05-02T10:00:00Z</updated>
<entry><title>Lighthouse repainted</title><id>urn:1</id>
<link href="https://radio.invalid/lighthouse"/>
<updated>2031-05-02T10:00:00Z</updated><author><name>Tomas Reyes</name></author>
<content type="text">The lighthouse on Oskar Island was repainted white.</content></entry>
<entry><title>No body</title><id>urn:2</id><updated>2031-05-03T10:00:00Z</updated></entry>
</feed>""",
        encoding="utf-8",
    )
    docs, errors = read(tmp_path)
    assert len(docs) == 1 and len(errors) == 1
    doc = docs[0]
    assert doc.text == "The lighthouse on Oskar Island was repainted white."
    assert doc.html is None
    assert doc.author == "Tomas Reyes" and doc.outlet == "Oskar Island Radio"
    assert doc.published == dt.date(2031, 5, 2)
    assert errors[0].code is Code.E006
    assert str(errors[0]).startswith(f"{tmp_path / 'updates.xml'}:2: E006")


def test_truncated_feed_reports_and_keeps_complete_entries(tmp_path: Path) -> None:
    path = tmp_path / "cut.xml"
    path.write_text(
        "<rss version='2.0'><channel><title>Kell Gazette</title>"
        "<item><link>https://gazette.invalid/ok</link><description>Whole entry.</description>"
        "</item><item><title>cut",
        encoding="utf-8",
    )
    docs, errors = read(path)
    assert [d.url for d in docs] == ["https://gazette.invalid/ok"]
    assert errors[0].code is Code.E008


def test_non_feed_xml_skipped_in_folder_but_error_when_named() -> None:
    error = one_error(CORPUS / "sitemap.xml")
    assert error.code is Code.E011


def test_unknown_file_named_explicitly_is_e011() -> None:
    error = one_error(CORPUS / "README.md")
    assert error.code is Code.E011
    assert str(error).startswith(str(CORPUS / "README.md"))


def test_named_sidecar_is_skipped_and_orphan_sidecar_is_e011(tmp_path: Path) -> None:
    docs, errors = read(CORPUS / "001_harbour.txt", CORPUS / "001_harbour.meta.json")
    assert len(docs) == 1 and errors == []
    orphan = tmp_path / "lost.meta.json"
    orphan.write_text("{}", encoding="utf-8")
    assert one_error(orphan).code is Code.E011


def test_hidden_file_skipped_in_folder() -> None:
    docs, _ = read(CORPUS)
    assert all(".hidden" not in d.source for d in docs)


# --- formats built in tmp_path ----------------------------------------------------------------


def test_html_gz_and_txt_gz(tmp_path: Path) -> None:
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(b"<html><p>Gz page.</p></html>"))
    (tmp_path / "note.txt.gz").write_bytes(gzip.compress(b"A gz note.\r\nSecond line.\r\n"))
    docs, errors = read(tmp_path)
    assert errors == []
    by_id = {d.id: d for d in docs}
    assert by_id["page"].html == "<html><p>Gz page.</p></html>"
    assert by_id["note"].text == "A gz note.\nSecond line.\n"


def test_txt_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline\r\n\r\nBody line.\rOld mac line.")
    assert one_doc(path).text == "Headline\n\nBody line.\nOld mac line."


def test_html_encodings(tmp_path: Path) -> None:
    latin = "<html><head><meta charset='iso-8859-1'></head><body>Café in Zürich</body></html>"
    (tmp_path / "latin.html").write_bytes(latin.encode("latin-1"))
    (tmp_path / "cyr.htm").write_bytes(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "</head><body>Привет, мир. Новости дня.</body></html>".encode("cp1251")
    )
    (tmp_path / "utf16.html").write_bytes("<p>Grüße aus Kell</p>".encode("utf-16"))
    (tmp_path / "wrong.html").write_bytes(
        "<meta charset='iso-8859-1'><p>Straße</p>".encode()  # declared wrongly
    )
    docs, errors = read(tmp_path)
    assert errors == []
    html = {d.id: d.html or "" for d in docs}
    assert "Café in Zürich" in html["latin"]
    assert "Привет, мир" in html["cyr"]
    assert html["utf16"] == "<p>Grüße aus Kell</p>"
    assert "Straße" in html["wrong"]


def test_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(
        path,
        [
            ("https://news.invalid/a", "200 OK", b"<p>Page A</p>", "text/html; charset=utf-8"),
            ("https://news.invalid/gone", "404 Not Found", b"<p>nope</p>", "text/html"),
            ("https://news.invalid/logo.png", "200 OK", b"\x89PNG\x00\x00", "image/png"),
            (
                "https://news.invalid/b",
                "200 OK",
                "<p>Café B</p>".encode("cp1252"),
                "text/html; charset=windows-1252",
            ),
        ],
    )
    docs, errors = read(path, published_default=dt.date(2031, 1, 1))
    assert errors == []
    assert [d.url for d in docs] == ["https://news.invalid/a", "https://news.invalid/b"]
    assert [d.source for d in docs] == [d.url for d in docs]
    assert docs[0].html == "<p>Page A</p>"
    assert docs[1].html == "<p>Café B</p>"
    assert all(d.id.startswith("crawl-") for d in docs)
    assert all(d.published_default == dt.date(2031, 1, 1) for d in docs)


def test_plain_warc_and_damaged_warc(tmp_path: Path) -> None:
    good = tmp_path / "plain.warc"
    write_warc(good, [("https://news.invalid/c", "200 OK", b"<p>C</p>", "text/html")])
    assert one_doc(good).html == "<p>C</p>"
    broken = tmp_path / "broken.warc"
    broken.write_bytes(good.read_bytes() + b"garbage, not a record\r\n\r\nmore")
    docs, errors = read(broken)
    assert [d.html for d in docs] == ["<p>C</p>"]  # records before the damage are kept
    assert [e.code for e in errors] == [Code.E007]
    nonsense = tmp_path / "nonsense.warc"
    nonsense.write_text("just some text, not an archive\n", encoding="utf-8")
    assert one_error(nonsense).code is Code.E007


def test_published_default_fills_only_missing(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl").write_text(
        '{"id": "dated", "text": "A.", "published": "2031-02-03"}\n'
        '{"id": "undated", "text": "B."}\n',
        encoding="utf-8",
    )
    docs, _ = read(tmp_path, published_default=dt.date(2030, 12, 31))
    assert {d.id: (d.published, d.published_default) for d in docs} == {
        "dated": (dt.date(2031, 2, 3), None),
        "undated": (None, dt.date(2030, 12, 31)),
    }
    assert [clean(d).published for d in docs] == [dt.date(2031, 2, 3), dt.date(2030, 12, 31)]
    docs, _ = read(tmp_path)
    assert docs[1].published_default is None


def test_sidecar_id_and_html_sidecar(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text("<p>Sidecar page</p>", encoding="utf-8")
    (tmp_path / "p.meta.json").write_text(
        json.dumps({"id": "custom-7", "url": "https://news.invalid/p", "published": None}),
        encoding="utf-8",
    )
    doc = one_doc(tmp_path)
    assert doc.id == "custom-7" and doc.url == "https://news.invalid/p"


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"published": "last Tuesday"}', '{"title": 5}'],
)
def test_invalid_sidecar_skips_its_article_only(tmp_path: Path, content: str) -> None:
    (tmp_path / "a.txt").write_text("Article A.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(content, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Article B.", encoding="utf-8")
    docs, errors = read(tmp_path)
    assert [d.id for d in docs] == ["b"]
    assert [e.code for e in errors] == [Code.E009]
    assert str(errors[0]).startswith(f"{tmp_path / 'a.txt'}: E009")
    assert "a.meta.json" in str(errors[0])


# --- ids and order ----------------------------------------------------------------------------


def test_duplicate_ids_are_disambiguated_deterministically(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "same.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "two" / "same.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "two" / "same.html").write_text("<p>Third.</p>", encoding="utf-8")
    (tmp_path / "dup.jsonl").write_text(
        '{"id": "same", "text": "Fourth."}\n{"text": "Fifth."}\n{"text": "Fifth."}\n',
        encoding="utf-8",
    )
    runs = [[d.id for d in read(tmp_path)[0]] for _ in range(2)]
    assert runs[0] == runs[1]
    ids = runs[0]
    assert len(ids) == len(set(ids)) == 6
    assert ids[0] == "same"  # the first in order keeps its id (dup.jsonl sorts first)
    assert ids[2] == ids[1] + "-" + ids[2].rsplit("-", 1)[1]  # identical records
    assert all(i.startswith("same-") and len(i) == len("same-") + 8 for i in ids[3:])


def test_order_follows_arguments_then_sorted_folders(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", "c/d.txt", "c/a.txt"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"Text of {name}.", encoding="utf-8")
    docs, _ = read(tmp_path / "b.txt", tmp_path)
    names = [Path(d.source).relative_to(tmp_path).as_posix() for d in docs]
    assert names == ["b.txt", "a.txt", "c/a.txt", "c/d.txt"]  # b.txt read once


def test_relative_source_stays_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.txt").write_text("Relative.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert one_doc(Path("in")).source == "in/r.txt"
    assert one_doc("in/r.txt").source == "in/r.txt"  # type: ignore[arg-type]


# --- bad input: one error each, the rest of the folder still read -----------------------------


BAD_FILES: list[tuple[str, bytes, Code]] = [
    ("empty.txt", b"", Code.E001),
    ("blank.html", b"  \n\n", Code.E001),
    ("binary.txt", b"GIF89a\x00\x01\x02\x03binary", Code.E002),
    ("controls.html", b"\x01\x02\x03\x04\x05\x06\x07\x08abc", Code.E002),
    ("latin.txt", "Caf\u00e9 au lait".encode("latin-1"), Code.E003),
    ("big.txt", b"x" * 200, Code.E004),
    ("broken.rss", b"<rss><channel><title>cut off", Code.E008),
    ("noise.rss", b"just words, no markup", Code.E008),
    ("broken.html.gz", b"\x1f\x8b\x08\x00not really gzip", Code.E013),
]


@pytest.mark.parametrize(("name", "content", "code"), BAD_FILES)
def test_bad_file_gives_its_error_and_the_rest_is_read(
    tmp_path: Path, name: str, content: bytes, code: Code
) -> None:
    (tmp_path / "good.txt").write_text("A good fictional article.", encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    docs, errors = read(tmp_path, max_bytes=100)
    assert [d.id for d in docs] == ["good"]
    assert [e.code for e in errors] == [code]
    message = str(errors[0])
    assert "\n" not in message and message.startswith(str(tmp_path / name))


def test_invalid_utf8_reports_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"abc\xffdef")
    error = one_error(path)
    assert error.code is Code.E003 and "offset 3" in str(error)


def test_gz_too_large_when_decompressed(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"a" * 5000 + b"</p>"))
    assert one_error(path, max_bytes=1000).code is Code.E004


def test_missing_path_is_e020(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Fine.", encoding="utf-8")
    docs, errors = read(tmp_path / "nope", tmp_path / "ok.txt")
    assert [d.id for d in docs] == ["ok"]
    assert [e.code for e in errors] == [Code.E020]
    assert str(errors[0]) == f"{tmp_path / 'nope'}: E020 path does not exist"


def test_jsonl_bad_lines_do_not_stop_the_file(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "First record."}\n'
        b"{broken\n"
        b'{"id": "no-body", "title": "Only a title"}\n'
        b'{"id": "bad-date", "text": "x", "published": "soon"}\n'
        b'{"id": "bad-type", "text": "x", "author": ["A", "B"]}\n'
        b'{"id": "latin", "text": "caf\xe9"}\n'
        b"[1, 2]\n"
        b'{"id": 42, "text": "Numeric id.", "extra": {"kept": false}}\n'
        b'{"id": "both", "text": "Plain wins.", "html": "<p>markup</p>"}\n'
        + b"[" * 100_000
        + b"\n"
        + b'{"id": "lone", "text": "half \\ud800 a pair"}\n'
    )
    docs, errors = read(path)
    assert [d.id for d in docs] == ["a", "42", "both", "lone"]
    assert docs[2].text == "Plain wins." and docs[2].html is None
    assert docs[3].text == "half \ufffd a pair"
    assert [(e.source, e.code) for e in errors] == [
        (f"{path}:2", Code.E005),
        (f"{path}:3", Code.E006),
        (f"{path}:4", Code.E012),
        (f"{path}:5", Code.E014),
        (f"{path}:6", Code.E003),
        (f"{path}:7", Code.E005),
        (f"{path}:10", Code.E005),
    ]
    assert "line 2" in str(errors[0])
    offset = path.read_bytes().index(b"\xe9")
    assert f"offset {offset}" in str(errors[4])


def test_jsonl_long_line_and_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text(
        json.dumps({"text": "y" * 500}) + "\n" + json.dumps({"id": "short", "text": "ok"}) + "\n",
        encoding="utf-8",
    )
    docs, errors = read(path, max_bytes=100)
    assert [d.id for d in docs] == ["short"]
    assert [(e.source, e.code) for e in errors] == [(f"{path}:1", Code.E004)]
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    assert one_error(empty).code is Code.E001


def test_stdin_jsonl() -> None:
    stream = io.StringIO(
        '\ufeff{"id": "s1", "text": "From a pipe."}\n\n{"text": "No id."}\nnot json\n'
    )
    items = list(read_stdin_jsonl(stream, published_default=dt.date(2031, 6, 1)))
    docs, errors = split(items)
    assert docs[0].id == "s1"
    assert docs[1].id.startswith("stdin-")
    assert docs[0].source == "<stdin>:1" and docs[1].source == "<stdin>:3"
    assert all(d.published_default == dt.date(2031, 6, 1) for d in docs)
    assert [(e.source, e.code) for e in errors] == [("<stdin>:4", Code.E005)]


def test_stdin_undecodable_bytes_with_surrogateescape() -> None:
    raw = b'{"id": "ok", "text": "Fine."}\n{"text": "caf\xe9"}\n'
    stream = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8", errors="surrogateescape")
    docs, errors = split(read_stdin_jsonl(stream))
    assert [d.id for d in docs] == ["ok"]
    assert [(e.source, e.code) for e in errors] == [("<stdin>:2", Code.E003)]
    strict = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
    docs, errors = split(read_stdin_jsonl(strict))  # the decoder fails: reported, not raised
    assert [e.code for e in errors] == [Code.E003]


def test_nothing_raises_on_garbage(tmp_path: Path) -> None:
    junk = bytes(range(256)) * 4
    for name in ["j.txt", "j.html", "j.jsonl", "j.warc", "j.warc.gz", "j.rss", "j.xml", "j.txt.gz"]:
        (tmp_path / name).write_bytes(junk)
    items = list(read_inputs([tmp_path]))
    assert items and all(isinstance(i, InputError) for i in items)
    assert len(items) == 7  # j.xml is not a feed: skipped in a folder
