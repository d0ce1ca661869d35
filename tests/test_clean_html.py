"""Tests for `newsdesk.clean.html`: body, title, author and date from small invented pages,
plus a regression floor on a few pages of the public benchmarks (skipped without them)."""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdesk.clean import clean
from newsdesk.clean.html import (
    _DISCLOSURE_BOX,
    HtmlExtraction,
    PageRemoval,
    _add_chunks,
    _add_embeds,
    _clean_body,
    _clean_byline,
    _drop_author_box,
    _drop_captions,
    _drop_link_teasers,
    _drop_tag_lists,
    _in_furniture,
    _is_junk,
    _norm,
    _parse,
    _site,
    _span,
    _unambiguous_day,
    extract_html,
    merge_removed,
)
from newsdesk.clean.text import clean_text
from newsdesk.ingest import read_inputs
from newsdesk.model import RawDocument, Removed

PARAGRAPHS = [
    "The town council of Lindenbrook voted on Tuesday to rebuild the old stone bridge over the "
    "river Sall, ending a dispute that has divided residents for more than three years.",
    "Mayor Petra Hollis said the decision was the hardest of her term, but that the bridge had "
    "become unsafe for the school buses that cross it twice a day during the winter months.",
    "The reconstruction is expected to cost about 4.2 million euros and to take eighteen months. "
    "Part of the money will come from a regional fund for rural infrastructure and repairs.",
    "Opponents had argued that a new bridge further north would be cheaper to maintain and would "
    "take heavy traffic out of the historic centre, where the streets are narrow and steep.",
    "Work is due to start in the spring, once the river level has fallen and the fishing season "
    "has closed, the council's engineering office said in a statement on Wednesday evening.",
]

BOILERPLATE = [
    "Share this article",
    "Sign up for our daily newsletter to get the latest news in your inbox.",
    "Read more: Lindenbrook school opens new library wing",
    "© 2024 Lindenbrook Courier. All rights reserved.",
    "Follow us on Twitter and Facebook.",
]


def _page(
    *,
    head: str = "",
    h1: str = "<h1>Lindenbrook votes to rebuild old stone bridge</h1>",
    byline: str = '<p class="byline">By Anna Keller, March 5, 2024</p>',
    extra: list[str] | None = None,
) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS + (extra or []))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Lindenbrook votes to rebuild old stone bridge | Lindenbrook Courier</title>"
        f"{head}</head><body><header><nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
        f"</header><main><article>{h1}{byline}{paragraphs}</article></main>"
        "<footer><p>Contact | Imprint | Privacy</p></footer></body></html>"
    )


def test_body_is_one_paragraph_per_line() -> None:
    result = extract_html(_page())
    assert isinstance(result, HtmlExtraction)
    lines = result.text.split("\n")
    for paragraph in PARAGRAPHS:
        assert paragraph in lines
    assert "Home" not in result.text
    assert "Imprint" not in result.text


def test_boilerplate_paragraphs_are_dropped() -> None:
    result = extract_html(_page(extra=BOILERPLATE))
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text
    for junk in BOILERPLATE:
        assert junk not in result.text


def test_title_prefers_headline_and_strips_site_name() -> None:
    assert extract_html(_page()).title == "Lindenbrook votes to rebuild old stone bridge"
    # no <h1>: the <title> without its site-name part
    head = '<meta property="og:site_name" content="Lindenbrook Courier">'
    result = extract_html(_page(head=head, h1=""))
    assert result.title == "Lindenbrook votes to rebuild old stone bridge"
    assert result.outlet == "Lindenbrook Courier"


def test_title_drops_kicker_in_headline() -> None:
    h1 = '<h1><span class="kicker">Infrastructure</span> Lindenbrook votes to rebuild bridge</h1>'
    assert extract_html(_page(h1=h1)).title == "Lindenbrook votes to rebuild bridge"


def test_author_from_byline_without_prefix_and_date() -> None:
    assert extract_html(_page()).author == "Anna Keller"


def test_author_and_date_from_json_ld() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Lindenbrook votes to rebuild old stone bridge",
        "datePublished": "2024-03-05T09:30:00+01:00",
        "author": [{"@type": "Person", "name": "Anna Keller"}],
        "publisher": {"@type": "Organization", "name": "Lindenbrook Courier"},
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    result = extract_html(_page(head=head, byline=""))
    assert result.author == "Anna Keller"
    assert result.published == dt.date(2024, 3, 5)
    assert result.outlet == "Lindenbrook Courier"


def test_published_from_meta_tag() -> None:
    head = '<meta property="article:published_time" content="2023-11-08T14:00:00Z">'
    assert extract_html(_page(head=head, byline="")).published == dt.date(2023, 11, 8)


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("Von Max Mustermann, 12.03.2024", "Max Mustermann"),
        ("Par Jean Dupont | 4 mars 2024", "Jean Dupont"),
        ("Por María López", "María López"),
        ("责任编辑：张三", "张三"),
        ("Posted on March 3, 2021 by Sam Lee", "Sam Lee"),
        ("Published by", None),
        ("Eva Brandt (Pressesprecherin)", "Eva Brandt"),
        ("Peter Maas/SP-X", "Peter Maas"),
        ("View all posts by Sam Lee", "Sam Lee"),
        ("Daniel Weber", "Daniel Weber"),
        ("Dieter Brandt", "Dieter Brandt"),
        ("Leave a comment", None),
        ("Name *", None),
    ],
)
def test_clean_byline(raw: str, name: str | None) -> None:
    assert _clean_byline(raw) == name


def test_author_declared_by_id_in_a_json_ld_graph() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "headline": "Bridge", "author": {"@id": "#anna"}},
            {"@type": ["Person", "Organization"], "@id": "#anna", "name": "Anna Keller"},
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    assert extract_html(_page(head=head, byline="")).author == "Anna Keller"


def test_byline_backed_by_a_meta_tag_beats_the_json_ld_account() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Bridge",
        "author": {"@type": "Person", "name": "Web Desk"},
    }
    head = (
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        '<meta name="parsely-author" content="Anna Keller">'
        '<meta name="parsely-author" content="Tom Berg">'
    )
    byline = '<p class="byline">By Anna Keller and Tom Berg</p>'
    assert extract_html(_page(head=head, byline=byline)).author == "Anna Keller and Tom Berg"
    # no other source names the byline's people: the declared author stays
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    assert extract_html(_page(head=head, byline=byline)).author == "Web Desk"


def test_publisher_as_author_gives_way_to_a_labelled_byline() -> None:
    head = (
        '<meta property="og:site_name" content="Lindenbrook Courier">'
        '<meta name="author" content="Lindenbrook Courier">'
    )
    byline = "<p>Auteur : Anna Keller</p>"
    assert extract_html(_page(head=head, byline=byline)).author == "Anna Keller"


def test_declared_co_authors_keep_the_conjunction_the_page_shows() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Bridge",
        "author": [
            {"@type": "Person", "name": "Anna Keller"},
            {"@type": "Person", "name": "Tom Berg"},
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    byline = '<p class="byline" rel="author">Von Anna Keller und Tom Berg</p>'
    assert extract_html(_page(head=head, byline=byline)).author == "Anna Keller und Tom Berg"
    # other names in the byline than the declared ones: the declared list stays
    byline = '<p class="byline">Von Anna Keller und Lena Fuchs</p>'
    assert extract_html(_page(head=head, byline=byline)).author == "Anna Keller, Tom Berg"


def test_site_account_in_the_byline_gives_way_to_a_labelled_person() -> None:
    head = '<meta property="og:site_name" content="Lindenbrook Courier">'
    byline = '<div class="author-name">Lindenbrook Courier</div>'
    extra = ["<em>Written by: Anna Keller</em>"]
    assert extract_html(_page(head=head, byline=byline, extra=extra)).author == "Anna Keller"
    # with no person labelled, the site's account is what the page gives
    assert extract_html(_page(head=head, byline=byline)).author == "Lindenbrook Courier"


def test_labelled_byline_on_its_own_line() -> None:
    byline = "<p><b>Von:</b><br/><br/>Anna Keller<br/>Fotos: Tom Berg</p>"
    assert extract_html(_page(byline=byline)).author == "Anna Keller"
    byline = "<p>Autoren Anna Keller und Tom Berg</p>"
    assert extract_html(_page(byline=byline)).author == "Anna Keller und Tom Berg"


def test_author_from_a_link_to_the_author_page() -> None:
    byline = '<p>A story by <a href="/author/anna-keller/">Anna Keller</a>, for you</p>'
    assert extract_html(_page(byline=byline)).author == "Anna Keller"


def test_byline_in_a_layout_with_sidebar_is_not_a_sidebar() -> None:
    byline = '<div class="post-meta__author">Posted on March 5, 2024 by Anna Keller</div>'
    page = _page(byline=byline).replace("<main>", "<main class='layout with-sidebar'>")
    assert extract_html(page).author == "Anna Keller"


def test_byline_in_a_page_whose_body_class_names_a_sidebar() -> None:
    # WordPress themes put "content-sidebar" on <body>: that says nothing about the byline
    byline = '<span class="author vcard"><a class="url fn n" href="/u/anna">anna</a></span>'
    page = _page(byline=byline).replace(
        "<body>", "<body class='single two-column content-sidebar'>"
    )
    assert extract_html(page).author == "anna"


def test_byline_after_a_date_and_in_a_cjk_label() -> None:
    byline = "<h2><span>05.03.2024 10:15 von Anna Keller</span></h2>"
    assert extract_html(_page(byline=byline)).author == "Anna Keller"
    byline = "<p><span>【纠错】</span> 责任编辑： 张三</p>"
    assert extract_html(_page(byline=byline)).author == "张三"


def test_publisher_named_by_its_initials_gives_way_to_a_labelled_byline() -> None:
    head = '<meta name="author" content="Lindenbrook Courier (www.lc.example)">'
    byline = "<p>Autor: Anna Keller</p>"
    page = _page(head=head, byline=byline)
    assert extract_html(page, url="https://www.lc.example/news/bridge").author == "Anna Keller"


def test_copyright_holder_is_the_last_resort_for_the_author() -> None:
    page = _page(byline="").replace(
        "<p>Contact | Imprint | Privacy</p>",
        "<p>Copyright (c) 2012-2024 Anna Keller. All rights reserved.</p>",
    )
    assert extract_html(page).author == "Anna Keller"
    # a photo credit is not a copyright line of the site
    page = _page(byline="").replace(
        "<p>Contact | Imprint | Privacy</p>", "<p>© Tom Berg / Lindenbrook Courier</p>"
    )
    assert extract_html(page).author is None


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("© Anna Keller", "Anna Keller"),
        ("Anna Keller 1", "Anna Keller"),
        ("Anna Keller, Projektleiterin der Stiftung in Berlin.", "Anna Keller"),
        ("Anna Keller, Tom Berg & Eva Brandt", "Anna Keller, Tom Berg & Eva Brandt"),
        ("Foto: Tom Berg", None),
        ("Von Tom Berg Fr, 18. Oktober 2019", "Tom Berg"),
        ("Anna Keller, 21. Jan. 2015 Eine Brücke für alle", "Anna Keller"),
        ("Anna Keller, Stand 12.03.2024", "Anna Keller"),
        ("Auteurs", None),
        ("Espectáculos “Eres muy sensible”", None),
    ],
)
def test_clean_byline_roles_credits_and_footnotes(raw: str, name: str | None) -> None:
    assert _clean_byline(raw) == name


def test_date_shown_in_the_article_header_beats_a_utc_meta_date() -> None:
    head = '<meta property="article:published_time" content="2024-03-06T03:30:00+00:00">'
    byline = '<p><time datetime="2024-03-05T22:30:00-05:00">March 5, 2024, 10:30 pm</time></p>'
    assert extract_html(_page(head=head, byline=byline)).published == dt.date(2024, 3, 5)
    # a plain "dd.mm.yyyy" time element without a machine-readable value
    byline = "<p><time>05.03.2024, 12:01 Uhr</time></p>"
    assert extract_html(_page(head=head, byline=byline)).published == dt.date(2024, 3, 5)


def test_modified_teaser_and_comment_times_are_not_the_publication_date() -> None:
    head = '<meta property="article:published_time" content="2024-03-05T09:00:00+01:00">'
    byline = (
        '<p><time class="post-modified" datetime="2024-04-01">1 April 2024</time></p>'
        '<div class="teaser"><time datetime="2023-01-09">9 January 2023</time></div>'
        '<div class="comment-list"><time datetime="2024-03-07">7 March 2024</time></div>'
    )
    assert extract_html(_page(head=head, byline=byline)).published == dt.date(2024, 3, 5)


def test_unambiguous_day_of_a_time_stamp() -> None:
    assert _unambiguous_day("2024-03-05T23:30:00+01:00")  # a local offset
    assert _unambiguous_day("2024-03-05T12:00:00Z")
    assert not _unambiguous_day("2024-03-05T02:25:54Z")  # the evening before in America
    assert not _unambiguous_day("2024-03-05")


def test_title_without_hidden_label_or_breadcrumb() -> None:
    h1 = (
        '<h1 class="document-title"><div class="document-title__headline">'
        '<span class="visuallyhidden">Headline:</span> Lindenbrook votes to rebuild bridge'
        "</div></h1>"
    )
    assert extract_html(_page(h1=h1)).title == "Lindenbrook votes to rebuild bridge"
    page = _page(h1="").replace(
        "<title>Lindenbrook votes to rebuild old stone bridge | Lindenbrook Courier</title>",
        "<title>Lindenbrook votes to rebuild old stone bridge | Towns | Forum | Lindenbrook "
        "Courier</title>",
    )
    head_site = '<meta property="og:site_name" content="Lindenbrook Courier">'
    page = page.replace("</head>", f"{head_site}</head>")
    assert extract_html(page).title == "Lindenbrook votes to rebuild old stone bridge"


def test_the_one_headline_wins_over_a_differently_worded_title() -> None:
    page = _page().replace(
        "<title>Lindenbrook votes to rebuild old stone bridge | Lindenbrook Courier</title>",
        "<title>Bridge repairs: costs, plans and dates | Lindenbrook Courier</title>",
    )
    assert extract_html(page).title == "Lindenbrook votes to rebuild old stone bridge"


def test_headline_mentioning_the_short_site_name_is_kept() -> None:
    h1 = "<h1>Climate summit - LCV: more people need help after floods</h1>"
    page = _page(h1=h1).replace(
        "<title>Lindenbrook votes to rebuild old stone bridge | Lindenbrook Courier</title>",
        "<title>Climate summit - LCV: more people need help after floods</title>",
    )
    result = extract_html(page, url="https://www.lcv.example/press/climate")
    assert result.title == "Climate summit - LCV: more people need help after floods"


def test_chunks_of_a_split_article_are_joined() -> None:
    chunks = [PARAGRAPHS[:2], PARAGRAPHS[2:4], PARAGRAPHS[4:]]
    html = (
        "<html><body><main><div class='chunks'>"
        + "<div class='ad'>Advert</div>".join(
            "<div class='grid'><div class='body-chunk'>"
            + "".join(f"<p>{p}</p>" for p in chunk)
            + "</div></div>"
            for chunk in chunks
        )
        + "</div><div class='body-chunk'><h3><a href='/x'>Another story</a></h3>"
    )
    html += "<p>A teaser of another story that is long enough to count as a paragraph.</p>"
    html += "</div></main></body></html>"
    joined = _add_chunks("\n".join(PARAGRAPHS[2:4]), _parse(html))
    assert joined.split("\n") == PARAGRAPHS  # in page order, the linked teaser left out


def test_precision_span_keeps_inner_paragraphs_and_drops_the_edges() -> None:
    default = "\n".join(["Share this", PARAGRAPHS[0], "Why now?", PARAGRAPHS[1], "Related"])
    precise = "\n".join([PARAGRAPHS[0], PARAGRAPHS[1]])
    assert _span(default, precise) == "\n".join([PARAGRAPHS[0], "Why now?", PARAGRAPHS[1]])


@pytest.mark.parametrize(
    "line",
    [
        "| Weitere Artikel zum Thema |",
        "Top-Themen bei Example Sport",
        "Más sobre La Revista",
        "Bild anzeigen",
        "Informationsblatt vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei",
        "Lesezeit: 3 Minuten",
        "5 min read",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert _is_junk(line, None)


def test_html_path_drops_only_lines_a_rule_matches() -> None:
    text = "\n".join([*PARAGRAPHS, "Ort: Lindenbrook", "Share this article"])
    # plain text: the unknown line next to the junk at the end goes with it
    assert "Ort: Lindenbrook" not in clean_text(text).text
    kept = clean_text(text, find_title=False, sweep=False).text
    assert "Ort: Lindenbrook" in kept
    assert "Share this article" not in kept
    # the clean stage on HTML: trafilatura already cut the page down to the article
    page = _page(extra=["Ort: Lindenbrook", "Share this article"])
    article = clean(RawDocument(id="x", source="x.html", html=page))
    assert "Ort: Lindenbrook" in article.text
    assert "Share this article" not in article.text


def test_bytes_in_a_declared_legacy_encoding() -> None:
    html = _page(extra=["Die Brücke über die Saale wird größer und schöner gebaut als zuvor."])
    raw = html.replace("charset='utf-8'", "charset='iso-8859-1'").encode("iso-8859-1")
    result = extract_html(raw)
    assert "Brücke über die Saale wird größer" in result.text


def test_empty_or_unusable_markup_gives_empty_text() -> None:
    for markup in ("", b"", "<html><body></body></html>", "<p>Hi</p>"):
        result = extract_html(markup)
        assert result.text == ""


def test_url_is_passed_through() -> None:
    url = "https://news.example.org/2024/03/05/bridge"
    assert extract_html(_page(), url=url).url == url


# ------------------------------------------------------------------ benchmark regression floor

EVAL = Path("/work/shared/eval")
needs_eval = pytest.mark.skipif(not EVAL.is_dir(), reason="benchmark data not present")


def _rows(name: str, split: str, count: int) -> list[dict]:
    with (EVAL / name / f"{split}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh][:count]


def _raw(name: str, row: dict) -> bytes:
    return gzip.decompress((EVAL / name / row["html_file"]).read_bytes())


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("By Meg Hale Staff Writer Nov. 19, 2019 5:50 PM Share", "Meg Hale"),
        ("Tom Brandt, Ap Auto Writer", "Tom Brandt"),
        ("Anna Keller Courier Staff", "Anna Keller"),
        ("Courier Staff", "Courier Staff"),
        ("Lindenbrook Redaktion", "Lindenbrook Redaktion"),
        ("Senior Contributor", None),
        ("Analysis by Anna Keller, Courier Editor-at-large", "Anna Keller"),
        ("Monday November 18, 2019 7:45 am PST by Joe Brandt", "Joe Brandt"),
        ("Do, 4. März 2021 Do, 4. März 2021 von Lindenbrook Redaktion", "Lindenbrook Redaktion"),
        ("Donnerstag", None),
        ("16 hours ago on Town Blog", None),
        ("Anna Keller 1 day ago", "Anna Keller"),
        ("Anna Keller vor 3 Stunden", "Anna Keller"),
        ("Anna Keller Anna Keller", "Anna Keller"),
        ("Text und Fotos: Anna Keller", "Anna Keller"),
        ("Anna Keller Twitter", "Anna Keller"),
        ("Anna Keller Weitere Beiträge", "Anna Keller"),
        ("Anna Keller Kategorien: Politik", "Anna Keller"),
        ("Anna Keller Last updated", "Anna Keller"),
        ("null", None),
    ],
)
def test_clean_byline_roles_times_and_page_furniture(raw: str, name: str | None) -> None:
    assert _clean_byline(raw) == name


def test_declared_publisher_gives_way_to_a_declared_person() -> None:
    head = (
        '<meta property="og:site_name" content="Lindenbrook Courier">'
        '<meta name="author" content="Lindenbrook Courier">'
        '<meta name="cxenseparse:author" content="Anna Keller">'
    )
    assert extract_html(_page(head=head, byline="")).author == "Anna Keller"
    # a placeholder value, then a tag named by another convention
    head = '<meta name="author" content="null"><meta name="analytics:author" content="Tom Berg">'
    assert extract_html(_page(head=head, byline="")).author == "Tom Berg"


def test_byline_without_hidden_copy_and_microdata_name() -> None:
    byline = (
        '<div class="author">By <span>Anna Keller</span>'
        '<a rel="author" style="display: none">Anna Keller</a></div>'
    )
    assert extract_html(_page(byline=byline)).author == "Anna Keller"
    byline = (
        '<div itemprop="author" itemscope><span itemprop="name">Anna Keller</span>'
        "<p>Anna Keller has covered the town hall and the county courts for the Courier since "
        "2009, and writes a weekly column on the history of the valley and its people.</p></div>"
    )
    assert extract_html(_page(byline=byline)).author == "Anna Keller"


def test_press_contact_is_the_last_resort_for_the_author() -> None:
    contact = "<p><strong>Pressekontakt</strong><br>Dr. Anna Keller<br>Tel.: 01234 5678</p>"
    assert extract_html(_page(byline="", extra=[contact])).author == "Dr. Anna Keller"
    # a byline wins; a bare "Kontakt" link list is no name
    assert extract_html(_page(extra=[contact])).author == "Anna Keller"
    links = "<p>Kontakt<br>Impressum<br>Datenschutz</p>"
    assert extract_html(_page(byline="", extra=[links])).author is None


def test_byline_in_the_posts_own_footer_is_not_page_furniture() -> None:
    # Blogger / WordPress themes put "Posted by" in the post's footer, not the page's
    footer = (
        '<div class="post-footer">'
        '<span class="post-author vcard">Eingestellt von Anna Keller</span></div>'
    )
    assert extract_html(_page(byline="", extra=[footer])).author == "Anna Keller"
    tree = _parse(
        '<div class="site-footer"><span class="author">Site Team</span></div>'
        '<div class="entry-footer"><span class="author">Anna Keller</span></div>'
    )
    page_byline, post_byline = tree.xpath("//span")
    assert _in_furniture(page_byline, byline=True)
    assert not _in_furniture(post_byline, byline=True)
    assert _in_furniture(post_byline)  # only a byline may sit there


def test_post_authors_own_comment_names_the_author() -> None:
    comments = (
        '<ol class="comment-list"><li class="comment byuser comment-author-reader">'
        '<div class="comment-author vcard"><cite class="fn">Some Reader</cite> says:</div>'
        "<p>Nice bridge.</p></li>"
        '<li class="comment byuser comment-author-akeller bypostauthor">'
        '<div class="comment-author vcard"><p>Thanks!</p><cite>Comment by '
        '<span class="fn"><a href="/">akeller</a></span></cite></div></li></ol>'
    )
    page = _page(byline="").replace("</article>", f"</article>{comments}")
    assert extract_html(page).author == "akeller"


def test_handle_with_digits_is_a_name_but_a_number_is_not() -> None:
    assert _clean_byline("happyreader313") == "happyreader313"
    assert _clean_byline("Posted 2019") is None
    assert _clean_byline("12345") is None


@pytest.mark.parametrize(
    "byline",
    [
        "<dl><dt>Autor</dt><dd>Anna Keller</dd></dl>",
        '<div class="credit"><div class="label">Interview</div><div>ANNA KELLER</div></div>',
        '<div><p class="label"><strong>By</strong></p></div><div><p>Anna Keller</p></div>',
    ],
)
def test_author_in_the_element_after_a_label_element(byline: str) -> None:
    author = extract_html(_page(byline=byline)).author
    assert author is not None and author.casefold() == "anna keller"


def test_declared_first_name_gives_way_to_the_labelled_full_name() -> None:
    head = '<meta name="author" content="Anna">'
    byline = "<dl><dt>By</dt><dd>Anna Keller</dd></dl>"
    assert extract_html(_page(head=head, byline=byline)).author == "Anna Keller"


def test_date_label_after_a_byline_is_cut() -> None:
    assert _clean_byline("By Anna Keller Date March 5, 2024") == "Anna Keller"


@pytest.mark.parametrize(
    ("label", "day"),
    [
        ("<p>Veröffentlicht am: 01.11.2023</p>", dt.date(2023, 11, 1)),
        ("<p>Written: 2023-11-01 15:03 / Updated: 2023-11-02 09:00</p>", dt.date(2023, 11, 1)),
        ("<div><span>Erschienen am:</span><h2>01.11.2023</h2></div>", dt.date(2023, 11, 1)),
        ("<dl><dt>Published</dt><dd>Nov. 1, 2023</dd></dl>", dt.date(2023, 11, 1)),
        ("<div><span>Datum:</span> <span>01.11.2023</span></div>", dt.date(2023, 11, 1)),
        ("<p>Published: Nov. 1, 2023</p>", dt.date(2023, 11, 1)),
        ("<p>Publicado el 1 de noviembre de 2023</p>", dt.date(2023, 11, 1)),
        ("<p>Erschienen am Mittwoch, 1. November 2023</p>", dt.date(2023, 11, 1)),
    ],
)
def test_labelled_publication_date_beats_a_meta_date(label: str, day: dt.date) -> None:
    head = '<meta property="article:published_time" content="2023-10-31T23:30:00+00:00">'
    assert extract_html(_page(head=head, byline=label)).published == day


def test_labelled_date_in_comments_or_modified_is_not_the_publication_date() -> None:
    head = '<meta property="article:published_time" content="2023-10-30T12:00:00+01:00">'
    byline = (
        "<p>Zuletzt geändert: 02.11.2023</p>"
        '<div class="comment-list"><p>Veröffentlicht am: 01.11.2023</p></div>'
    )
    assert extract_html(_page(head=head, byline=byline)).published == dt.date(2023, 10, 30)


def test_embedded_post_between_paragraphs_is_put_back() -> None:
    html = (
        "<html><body><article>"
        f"<p>{PARAGRAPHS[0]}</p>"
        '<blockquote class="twitter-tweet"><p>The bridge stays open until spring.</p>'
        "— Lindenbrook Council (@lindenbrook) <a href='#'>March 3, 2021</a></blockquote>"
        f"<p>{PARAGRAPHS[1]}</p>"
        "</article>"
        '<aside class="sidebar"><blockquote class="twitter-tweet"><p>Other news.</p>'
        "</blockquote></aside></body></html>"
    )
    body = _add_embeds("\n".join(PARAGRAPHS[:2]), _parse(html))
    assert body.split("\n") == [
        PARAGRAPHS[0],
        "The bridge stays open until spring.",
        "— Lindenbrook Council (@lindenbrook) March 3, 2021",
        PARAGRAPHS[1],
    ]


def test_embedded_post_after_the_article_is_not_added() -> None:
    html = (
        f"<html><body><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
        '<blockquote class="twitter-tweet"><p>Unrelated post.</p></blockquote></body></html>'
    )
    body = "\n".join(PARAGRAPHS[:2])
    assert _add_embeds(body, _parse(html)) == body


def test_lines_of_an_author_box_are_dropped() -> None:
    bio = "Petra Hollis is a reporter for the regional desk and writes about rural transport."
    html = (
        f"<html><body><article>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</article>"
        f'<div class="author-bio"><img src="a.jpg"><p>{bio}</p></div></body></html>'
    )
    body = "\n".join([*PARAGRAPHS, bio])
    assert _drop_author_box(body, _parse(html)) == "\n".join(PARAGRAPHS)
    # a page whose article sits in a "bio" container keeps it
    whole = f'<html><body><div class="bio">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>'
    assert _drop_author_box("\n".join(PARAGRAPHS), _parse(whole + "</body></html>")) == (
        "\n".join(PARAGRAPHS)
    )


def test_image_caption_lines_are_dropped() -> None:
    caption = "The old stone bridge over the river Sall at dusk. Photo: Town archive"
    html = (
        f"<html><body><p>{PARAGRAPHS[0]}</p><figure><img src='b.jpg'>"
        f"<figcaption>{caption}</figcaption></figure>"
        f"<div class='image-caption'>A second caption</div><p>{PARAGRAPHS[1]}</p></body></html>"
    )
    body = "\n".join([PARAGRAPHS[0], caption, "A second caption", PARAGRAPHS[1]])
    assert _drop_captions(body, _parse(html)) == "\n".join(PARAGRAPHS[:2])


def test_caption_repeating_the_images_alt_text_is_dropped() -> None:
    alt = "The new bridge deck seen from the east bank"
    html = (
        f"<html><body><p>{PARAGRAPHS[0]}</p><div><img src='c.jpg' alt='{alt}'>"
        f"<span class='small'>{alt}</span></div><p>{PARAGRAPHS[1]}</p>"
        # a heading worded like an image's alt text stays, and so do one- and two-word alts
        "<h2>Costs and funding</h2><img src='d.jpg' alt='Costs and funding'>"
        "<img src='e.jpg' alt='Bridge'></body></html>"
    )
    body = "\n".join([PARAGRAPHS[0], alt, PARAGRAPHS[1], "Costs and funding", "Bridge"])
    assert _drop_captions(body, _parse(html)).split("\n") == [
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "Costs and funding",
        "Bridge",
    ]


def test_teaser_with_a_bracketed_label_and_a_trailing_bar_is_dropped() -> None:
    assert _is_junk("Ferry timetable to change in the new year [LATEST]|", None)
    assert _is_junk("Harbour festival draws record crowds [PICTURES]", None)
    assert not _is_junk("The council [of Lindenbrook] met on Tuesday evening.", None)


def test_blocks_that_are_one_link_to_another_article_of_the_site_are_dropped() -> None:
    teaser = "LINDENBROOK FERRY SERVICE TO RESUME IN MAY"
    related = ["Old mill reopens as a museum", "Five walks along the river Sall"]
    html = (
        "<html><body><article>"
        f"<p>{PARAGRAPHS[0]}</p>"
        f"<p><strong><a href='https://video.courier.example/news/ferry'>{teaser}</a>"
        f"</strong></p><p>{PARAGRAPHS[1]}</p>"
        f"<h3><a href='/news/old-mill'>{related[0]}</a></h3>"
        f"<ul><li><a href='https://courier.example/walks/river'>{related[1]}</a></li>"
        # kept: a product on another site, the site's home page, a heading's own anchor, a label
        "<li><a href='https://shop.example/kettle'>Blue enamel camping kettle</a></li>"
        "<li><a href='https://courier.example/'>Visit our home page for more</a></li></ul>"
        "<h2><a href='https://courier.example/news/bridge#cost'>What the bridge will cost</a></h2>"
        "<p><a href='/downloads/plan'>Download the plan:</a></p>"
        "</article></body></html>"
    )
    body = "\n".join(
        [
            PARAGRAPHS[0],
            teaser,
            PARAGRAPHS[1],
            related[0],
            f"- {related[1]}",
            "- Blue enamel camping kettle",
            "- Visit our home page for more",
            "What the bridge will cost",
            "Download the plan:",
        ]
    )
    kept = _drop_link_teasers(body, _parse(html), "www.courier.example").split("\n")
    assert kept == [
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "- Blue enamel camping kettle",
        "- Visit our home page for more",
        "What the bridge will cost",
        "Download the plan:",
    ]
    # an unknown host: only links without one (relative) count
    unknown = _drop_link_teasers(body, _parse(html), "").split("\n")
    assert teaser in unknown and related[0] not in unknown
    # never the whole body
    only = f"<html><body><p><a href='/news/a'>{teaser}</a></p></body></html>"
    assert _drop_link_teasers(teaser, _parse(only), "") == teaser


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("www.courier.example", "video.courier.example", True),
        ("www.abc.de", "abc.de", True),
        ("news.courier.co.uk", "www.courier.co.uk", True),
        ("courier.co.uk", "herald.co.uk", False),
        ("courier.example", "shop.example", False),
    ],
)
def test_site_of_a_host(a: str, b: str, same: bool) -> None:
    assert (_site(a) == _site(b)) is same


def test_closing_note_and_orphan_heading_at_the_end_of_the_body_are_dropped() -> None:
    note = (
        "If you enjoyed this report, consider becoming a member of the Courier circle: members "
        + "read every story without limits, join monthly calls with our reporters and editors, "
        + "get the printed weekend edition at home and help us keep local reporting alive in "
        + "Lindenbrook and the villages of the Sall valley for many more years to come."
    )
    assert len(note) > 250
    body = "\n".join([*PARAGRAPHS, "One more thing", note])
    text = _clean_body(body, None, subheads=frozenset({"one more thing"}))
    assert text == "\n".join(PARAGRAPHS)
    # the same wording inside the article, or a heading followed by text, stays
    inside = "\n".join([PARAGRAPHS[0], "One more thing", note, PARAGRAPHS[1]])
    assert _clean_body(inside, None, subheads=frozenset({"one more thing"})) == inside


@pytest.fixture(scope="module")
def scoring():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import scoring as module

    return module


@needs_eval
def test_benchmark_floor_aeb(scoring) -> None:  # type: ignore[no-untyped-def]
    rows = _rows("scrapinghub-aeb", "dev", 20)
    preds = [extract_html(_raw("scrapinghub-aeb", r), url=r["url"]).text for r in rows]
    score = scoring.aeb_score([r["body_text"] for r in rows], preds, resamples=10)
    assert score.f1 >= 0.95, score


@needs_eval
def test_benchmark_floor_trafilatura_eval(scoring) -> None:  # type: ignore[no-untyped-def]
    rows = _rows("trafilatura-eval", "dev", 40)
    counts = scoring.SegmentCounts()
    titles = with_title = 0
    for row in rows:
        url = row["url"] if row["url"].startswith("http") else None
        result = extract_html(_raw("trafilatura-eval", row), url=url)
        counts.add(result.text, row["with"], row["without"])
        with_title += bool(row["title"])
        titles += scoring.meta_match(row["title"], result.title)
    assert counts.f1 >= 0.90, counts
    assert titles >= 0.55 * with_title, (titles, with_title)


# ---------------------------------------------------------------- removed: the page's other blocks


def _chrome_page() -> str:
    """An invented page with every kind of furniture around a four-paragraph article."""
    first, second = (
        "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]),
        "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:4]),
    )
    return (
        "<html lang='en'><head><title>Lindenbrook votes to rebuild old stone bridge | "
        "Lindenbrook Courier</title><style>.promo{color:red}</style></head><body>"
        "<div id='cookie-banner'><p>We use cookies to give you the best experience.</p>"
        "<button>Accept all</button></div>"
        "<header class='site-header'><a class='logo' href='/'>Lindenbrook Courier</a>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/region'>Region</a></li>"
        "<li><a href='/sport'>Sport</a></li></ul></nav></header>"
        "<main><article><h1>Lindenbrook votes to rebuild old stone bridge</h1>"
        "<p class='byline'>By Anna Keller</p>"
        "<div class='share-bar'><a href='#'>Facebook</a> <a href='#'>X</a> <a href='#'>Email</a>"
        f"</div>{first}"
        "<aside class='related'><h3>Related stories</h3><ul>"
        "<li><a href='/a'>Lindenbrook school opens new   library wing</a></li>"
        "<li><a href='/b'>Ferry timetable changes for the winter</a></li></ul></aside>"
        f"{second}"
        "<div class='newsletter-box'><p>The Lindenbrook Morning: our best stories before "
        "breakfast.</p></div>"
        "<div hidden>Hidden teaser text</div><p style='display:none'>Invisible promo line</p>"
        "<script>var note = 'Script text never shown';</script></article>"
        "<section id='comments'><h2>Reader comments</h2>"
        "<p>Finally! That bridge has been a danger for years.</p></section></main>"
        "<footer><p>© 2024 Lindenbrook Courier. All rights reserved.</p>"
        "<p><a href='/imprint'>Imprint</a> | <a href='/privacy'>Privacy</a></p>"
        "<ul><li><a href='/'>Home</a></li></ul></footer></body></html>"
    )


def test_removed_lists_each_block_of_page_furniture_once_with_its_reason() -> None:
    result = extract_html(_chrome_page())
    assert result.text.split("\n") == PARAGRAPHS[:4]
    assert [(r.text, r.reason) for r in result.removed] == [
        ("We use cookies to give you the best experience.", "legal"),
        ("Accept all", "legal"),
        ("Lindenbrook Courier", "navigation"),
        ("Home", "navigation"),  # once, though the footer repeats it
        ("Region", "navigation"),
        ("Sport", "navigation"),
        ("Facebook X Email", "social"),
        ("Related stories", "promo"),
        ("Lindenbrook school opens new library wing", "promo"),  # whitespace squashed
        ("Ferry timetable changes for the winter", "promo"),
        ("The Lindenbrook Morning: our best stories before breakfast.", "newsletter"),
        ("Reader comments", "comment-policy"),
        ("Finally! That bridge has been a danger for years.", "comment-policy"),
        ("© 2024 Lindenbrook Courier. All rights reserved.", "legal"),
        ("Imprint | Privacy", "navigation"),
    ]
    # where each block stood: before the body, after its second paragraph, after its end
    assert [r.after for r in result.removed][:7] == [-1] * 7
    assert {r.after for r in result.removed[7:10]} == {1}
    assert {r.after for r in result.removed[10:]} == {3}


def test_removed_never_holds_body_metadata_scripts_or_hidden_text() -> None:
    result = extract_html(_chrome_page())
    shown = " ".join(r.text for r in result.removed)
    for paragraph in PARAGRAPHS[:4]:
        assert paragraph[:40] not in shown
    for unseen in ("Hidden teaser", "Invisible promo", "Script text", ".promo{", "Anna Keller"):
        assert unseen not in shown
    assert result.title not in [r.text for r in result.removed]  # the headline is the title
    assert result.author == "Anna Keller"


def test_paragraphs_the_body_rules_drop_are_removed_with_the_line_rules_reason() -> None:
    result = extract_html(_page(extra=BOILERPLATE))
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["Share this article"] == "social"
    assert reasons["Sign up for our daily newsletter to get the latest news in your inbox."] == (
        "newsletter"
    )
    assert reasons["© 2024 Lindenbrook Courier. All rights reserved."] == "legal"
    assert reasons["Follow us on Twitter and Facebook."] == "social"
    assert reasons["Home News"] == "navigation"  # a line of links: one entry
    assert "By Anna Keller, March 5, 2024" not in reasons  # the byline went to `author`


def test_page_blocks_and_line_rule_removals_merge_in_page_order() -> None:
    page = HtmlExtraction(
        "a\nb\nc",
        None,
        None,
        None,
        None,
        None,
        None,
        (
            PageRemoval("Home", "navigation", -1),
            PageRemoval("Related", "promo", 1),
            PageRemoval("© 2031", "legal", 2),
        ),
    )
    lines = [
        Removed(text="Updated 9:00", reason="timestamp", line=0),
        Removed(text="Advertisement", reason="promo", line=1),
    ]
    merged = merge_removed(page, lines)
    assert [r.text for r in merged] == [
        "Home",
        "Updated 9:00",
        "Advertisement",
        "Related",
        "© 2031",
    ]
    assert [r.line for r in merged] == [None, 0, 1, None, None]  # page blocks are no lines
    assert merge_removed(extract_html(""), lines) == lines


def test_line_rule_removals_are_not_repeated_as_page_blocks() -> None:
    # the time stamp passes the body rules and is removed by a line rule: listed once, in place
    page = extract_html(_page(extra=["Updated at 10:44 pm"]))
    cleaning = clean_text(page.text, find_title=False, sweep=False)
    merged = merge_removed(page, cleaning.removed)
    assert [(r.text, r.reason, r.line) for r in merged] == [
        ("Home News", "navigation", None),
        ("Updated at 10:44 pm", "timestamp", 5),
        ("Contact | Imprint | Privacy", "navigation", None),
    ]


def test_clean_lists_the_page_furniture_of_an_html_article() -> None:
    article = clean(RawDocument(id="x", source="x.html", html=_chrome_page()))
    removed = [(r.text, r.reason) for r in article.removed]
    assert ("We use cookies to give you the best experience.", "legal") in removed
    assert ("Finally! That bridge has been a danger for years.", "comment-policy") in removed
    assert all(r.text not in article.text for r in article.removed if len(r.text) > 20)


# ---------------------------------------------------------------- other articles' dates, revisions


def _with_cards(page: str) -> str:
    """The page with a block of other articles' cards (linked headline, byline, time) after it."""
    cards = (
        "<section class='more-stories'><h3>More from the region</h3>"
        "<div class='card'><a href='/news/ferry-timetable-changes/'><h4>Ferry timetable changes "
        "for the summer season</h4></a><span>By Omar Reyes</span> "
        "<time datetime='2024-03-01T10:00:00+01:00'>1 March 2024</time></div>"
        "<div class='card'><a href='/news/school-roof-repairs/'><h4>School roof repairs finish "
        "early</h4></a> <time datetime='2024-02-27T08:30:00+01:00'>27 February 2024</time></div>"
        "</section>"
    )
    return page.replace("</main>", f"{cards}</main>")


def test_a_time_in_a_card_of_other_articles_is_not_the_articles_date() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Lindenbrook '
        'votes to rebuild old stone bridge", "datePublished": "2024-03-05T09:00:00+01:00"}'
        "</script>"
    )
    page = _with_cards(_page(head=head, byline='<p class="byline">By Anna Keller</p>'))
    assert extract_html(page).published == dt.date(2024, 3, 5)


def test_the_articles_own_time_still_wins_over_cards_of_other_articles() -> None:
    byline = (
        '<p class="byline">By Anna Keller, '
        '<time datetime="2024-03-05T09:00:00+01:00">5 March 2024</time></p>'
    )
    assert extract_html(_with_cards(_page(byline=byline))).published == dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    "updated",
    [
        '<li class="date-updated"><time datetime="2024-03-07T16:52:00-04:00">'
        "4:52 PM EDT, March 7, 2024</time></li>",
        '<li><span class="label">Updated</span> <time datetime="2024-03-07T16:52:00-04:00">'
        "4:52 PM EDT, March 7, 2024</time></li>",
        '<li>Aktualisiert am <time datetime="2024-03-07T16:52:00+01:00">7.3.2024</time></li>',
    ],
)
def test_an_updated_time_never_beats_the_published_date(updated: str) -> None:
    head = '<meta property="article:modified_time" content="2024-03-07T20:52:00Z">'
    byline = (
        f'<p class="byline">By Anna Keller</p><ul class="dates">{updated}'
        "<li><span>Published</span> <span>11:03 AM EDT, March 5, 2024</span></li></ul>"
    )
    assert extract_html(_page(head=head, byline=byline)).published == dt.date(2024, 3, 5)


def test_an_organisation_declared_as_author_is_not_a_person() -> None:
    head = '<meta name="author" content="Northwind Press Agency">'
    assert extract_html(_page(head=head, byline="")).author is None


def test_a_newsroom_declared_as_author_is_kept() -> None:
    head = '<meta name="author" content="Northwind Press staff">'
    assert extract_html(_page(head=head, byline="")).author == "Northwind Press staff"


def test_a_person_byline_wins_over_an_organisation_declared_as_author() -> None:
    head = '<meta name="author" content="Northwind Press Agency">'
    assert extract_html(_page(head=head)).author == "Anna Keller"


# ---------------------------------------------------------------- held-out probe pages

PROBES = Path(__file__).parent / "fixtures"
# the held-out probes, each a folder of invented pages and their EXPECTED.json
PROBE_DIRS = ("html_probe", "html_probe2")
# page fields the extractor does not get right yet: {(probe, page, field): reason}
PROBE_KNOWN_MISSES: dict[tuple[str, str, str], str] = {}
# answers the probe's scorer also accepts: the newsroom line the wire page prints, the
# company that issued a press release
PROBE_ALSO_ACCEPTED = {
    ("html_probe", "07_wire_republish.html", "authors"): [["MERIDIAN PRESS staff"]],
    ("html_probe2", "07_press_release_wire.html", "authors"): [["Norcastle Biolabs", "Inc."]],
}


@functools.cache
def _probe_key(probe: str) -> dict[str, Any]:
    key: dict[str, Any] = json.loads((PROBES / probe / "EXPECTED.json").read_text("utf-8"))
    return key


def _probe_authors(author: str | None) -> list[str]:
    """The author field as a list of names, split as the probe's key lists them."""
    parts = re.split(r",\s*|\s+(?:and|y|und|et|en|&)\s+|;", author or "")
    return [p.strip() for p in parts if p.strip()]


@functools.cache
def _probe_result(probe: str, name: str) -> Any:
    (doc,) = read_inputs([PROBES / probe / name])
    assert isinstance(doc, RawDocument)
    return clean(doc)


def _probe_cases() -> Iterator[Any]:
    for probe in PROBE_DIRS:
        for name in sorted(_probe_key(probe)):
            for field in (
                "title",
                "authors",
                "published",
                "body_first",
                "body_last",
                "not_in_body",
            ):
                reason = PROBE_KNOWN_MISSES.get((probe, name, field))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                yield pytest.param(probe, name, field, id=f"{probe}/{name}-{field}", marks=marks)


@pytest.mark.parametrize(("probe", "name", "field"), list(_probe_cases()))
def test_probe_page_field_matches_the_key(probe: str, name: str, field: str) -> None:
    key = _probe_key(probe)[name]
    article = _probe_result(probe, name)
    if field == "title":
        assert article.title == key["title"]
    elif field == "authors":
        accepted = [key["authors"], *PROBE_ALSO_ACCEPTED.get((probe, name, field), [])]
        assert _probe_authors(article.author) in accepted
    elif field == "published":
        assert str(article.published) == key["published"]
    elif field in {"body_first", "body_last"}:
        assert key[field] in article.text
    else:
        assert [x for x in key["not_in_body"] if x in article.text] == []


def test_title_keeps_inline_markup_unspaced() -> None:
    h1 = "<h1>Bridge plans of the <abbr title='Town Works Office'>TWO</abbr>: a first look</h1>"
    page = _page(h1=h1).replace(
        "<title>Lindenbrook votes to rebuild old stone bridge | Lindenbrook Courier</title>",
        "<title>Bridge plans of the TWO: a first look | Lindenbrook Courier</title>",
    )
    assert extract_html(page).title == "Bridge plans of the TWO: a first look"


def test_title_of_an_archived_blog_post() -> None:
    # the site's name in the <h1>, a blog engine's default "Site » Blog Archive » Post" title,
    # and the page fetched from a web archive: the site is the original address's
    page = (
        "<html><head><title>Quill Notes » Blog Archive » Ferry timetable changes in spring"
        "</title></head><body><div id='header'><h1><a href='/'>Quill Notes</a></h1></div>"
        f"<div class='post'><h2>Ferry timetable changes in spring</h2><p>{PARAGRAPHS[0]}</p>"
        f"<p>{PARAGRAPHS[1]}</p></div></body></html>"
    )
    url = "https://archive.example.org/web/20140226054445/http://www.quillnotes.example/ferry/"
    assert extract_html(page, url=url).title == "Ferry timetable changes in spring"


def test_title_prefers_the_fuller_of_two_headlines_in_the_title() -> None:
    # a section name and the headline both set in <h1>s, both parts of the <title>
    h1 = "<h1>Notices</h1><h1>Council publishes the new parking rules</h1>"
    page = _page(h1=h1).replace(
        "<title>Lindenbrook votes to rebuild old stone bridge | Lindenbrook Courier</title>",
        "<title>Lindenbrook Courier - Notices - Council publishes the new parking rules</title>",
    )
    assert extract_html(page).title == "Council publishes the new parking rules"


def test_title_guillemets_quoting_words_are_no_separators() -> None:
    head = '<meta property="og:site_name" content="Lindenbrook Courier">'
    page = _page(head=head, h1="").replace(
        "<title>Lindenbrook votes to rebuild old stone bridge | Lindenbrook Courier</title>",
        "<title>»Keep the river clean!« – Lindenbrook Courier</title>",
    )
    assert extract_html(page).title == "»Keep the river clean!«"
    # spaced ones still part the site's name from the headline
    page = _page(head=head, h1="").replace(
        "<title>Lindenbrook votes to rebuild old stone bridge | Lindenbrook Courier</title>",
        "<title>Bridge vote postponed again » Lindenbrook Courier</title>",
    )
    assert extract_html(page).title == "Bridge vote postponed again"


def test_date_from_an_element_classed_as_the_post_date() -> None:
    byline = (
        '<p class="byline">By Anna Keller</p>'
        '<div class="field field--name-node-post-date">20.12.2023</div>'
        '<div class="news-date-updated">22.12.2023</div>'
    )
    head = '<meta property="article:published_time" content="2023-12-21T08:00:00+01:00">'
    assert extract_html(_page(head=head, byline=byline)).published == dt.date(2023, 12, 20)
    # an updated date alone, or a date in a teaser of another article, is not the post's
    byline = (
        '<p class="byline">By Anna Keller</p><div class="teaser"><span class="date">'
        "1. Januar 2023</span></div>"
        '<span class="date-updated">22.12.2023</span>'
        '<span class="item-date">Updated 22.12.2023</span>'
    )
    assert extract_html(_page(head=head, byline=byline)).published == dt.date(2023, 12, 21)
    # an "Updated" date the page itself marks as the published one
    byline = (
        '<p class="byline">By Anna Keller</p><div class="published-date">Updated 4.1.2024</div>'
    )
    assert extract_html(_page(head=head, byline=byline)).published == dt.date(2024, 1, 4)
    # today's date in the site's banner is not the article's
    page = _page(head=head, byline='<p class="byline">By Anna Keller</p>').replace(
        "<header><nav>", '<header><span class="site-date">Friday, 12.01.2024</span><nav>'
    )
    assert extract_html(page).published == dt.date(2023, 12, 21)


def test_byline_of_three_co_authors_is_kept() -> None:
    byline = "Von Lena Maria Voss, Tomas Erik Brandt und Jonas Peter Wiel, Radio Nord"
    assert _clean_byline(byline) == (
        "Lena Maria Voss, Tomas Erik Brandt und Jonas Peter Wiel, Radio Nord"
    )
    # a long sentence is still no byline
    assert (
        _clean_byline("By the time the council met again, most of the residents had gone") is None
    )


def test_headline_repeated_among_the_first_lines_is_dropped() -> None:
    head = "Harbour Board Votes to Rebuild the Old Quay"
    heads = frozenset({_norm(head)})
    # after a kicker: the kicker goes with it
    body = "\n".join(["Council news", head, *PARAGRAPHS])
    assert _clean_body(body, None, heads) == "\n".join(PARAGRAPHS)
    # after the lead paragraph: the headline alone goes, the lead stays
    body = "\n".join([PARAGRAPHS[0], head, PARAGRAPHS[1]])
    assert _clean_body(body, None, heads) == "\n".join(PARAGRAPHS[:2])
    # further down, it is the article's own sentence
    late = "\n".join([*PARAGRAPHS[:3], head])
    assert _clean_body(late, None, heads) == late


def test_embedded_post_already_in_the_body_is_not_added_again() -> None:
    post = "The bridge stays open until spring, the council said today."
    html = (
        "<html><body><article>"
        f"<p>{PARAGRAPHS[0]}</p><p>{post}</p>"
        f'<blockquote class="twitter-tweet"><p>{post}</p>'
        "— Lindenbrook Council (@lindenbrook) <a href='#'>March 3, 2021</a></blockquote>"
        f"<p>{PARAGRAPHS[1]}</p>"
        "</article></body></html>"
    )
    body = "\n".join([PARAGRAPHS[0], post, PARAGRAPHS[1]])
    assert _add_embeds(body, _parse(html)) == body


def test_a_line_of_tag_links_is_dropped() -> None:
    tags = (
        '<p>Tags: <a href="/tag/bridges/" rel="tag">bridges</a>, '
        '<a href="/tag/lindenbrook/" rel="tag">Lindenbrook</a>, '
        '<a href="/topics/river-sall/">river Sall</a></p>'
    )
    html = f"<html><body><article>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}{tags}</article>"
    tree = _parse(html + "</body></html>")
    body = "\n".join([*PARAGRAPHS, "Tags: bridges, Lindenbrook, river Sall"])
    assert _drop_tag_lists(body, tree) == "\n".join(PARAGRAPHS)
    # a sentence that names a tag or two is text
    said = "The bridges of Lindenbrook and the river Sall were the topic of the evening."
    assert _drop_tag_lists(said, tree) == said
    # a heading whose words happen to be two tags is not a list
    heading = "Bridges and Lindenbrook"
    assert _drop_tag_lists(heading, tree) == heading


def test_an_unrendered_shortcode_line_is_junk() -> None:
    assert _is_junk(
        '[button link="https://example.org/tips/" size="big"]Send us a tip[/button]', None
    )
    assert not _is_junk("The [former] mayor said the [old] bridge would stay open.", None)


def test_one_category_link_after_its_label_is_dropped() -> None:
    html = (
        f"<html><body><article><p>{PARAGRAPHS[0]}</p>"
        '<p>Filed under: <a href="/category/harbour/" rel="category tag">Harbour</a> |</p>'
        "</article></body></html>"
    )
    tree = _parse(html)
    assert _drop_tag_lists(f"{PARAGRAPHS[0]}\nFiled under: Harbour |", tree) == PARAGRAPHS[0]
    # the same word in a sentence stays
    assert _drop_tag_lists("Harbour", tree) == "Harbour"


def test_lines_of_an_affiliate_disclosure_box_are_dropped() -> None:
    note = "Links marked with a star lead to partner shops; we may earn a small commission."
    html = (
        f"<html><body><article>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}"
        f'<div class="affiliate-note"><p>{note}</p></div></article></body></html>'
    )
    body = "\n".join([*PARAGRAPHS, note])
    assert _drop_author_box(body, _parse(html), _DISCLOSURE_BOX) == "\n".join(PARAGRAPHS)
    # an organisation's own "affiliate network" section is text
    html = html.replace("affiliate-note", "global-affiliate-network")
    assert _drop_author_box(body, _parse(html), _DISCLOSURE_BOX) == body


def test_lines_of_a_signup_box_are_dropped() -> None:
    # a newsletter card between the paragraphs: its heading and pitch go, with or without a
    # sign-up class on the box, and a search form (no e-mail field) takes nothing along
    pitch = "Short reads from the quay, free in your inbox."
    heading = "The Harbour Brief lands every Monday"
    html = (
        f"<html><body><article><p>{PARAGRAPHS[0]}</p>"
        f"<div class='promo-card'><h3>{heading}</h3><p>{pitch}</p>"
        "<form><input name='email_address' placeholder='you@example.org'><button>Join</button>"
        f"</form></div><p>{PARAGRAPHS[1]}</p>"
        "<div class='site-newsletter-cta'><div class='cta-inner'><p>Prefer the weekly digest?"
        " It is free too.</p></div><form><input type='email'></form></div>"
        f"<div class='find'><p>{PARAGRAPHS[2]}</p><form><input name='q'></form></div>"
        "</article></body></html>"
    )
    digest = "Prefer the weekly digest? It is free too."
    body = "\n".join([PARAGRAPHS[0], heading, pitch, PARAGRAPHS[1], digest, PARAGRAPHS[2]])
    assert _drop_author_box(body, _parse(html), None) == "\n".join(PARAGRAPHS[:3])


def test_dates_in_a_list_of_the_authors_other_articles_are_skipped() -> None:
    # an author card in the byline lists the writer's earlier stories with their dates; the
    # story's own date (a <time> without a machine value) comes after it
    others = "".join(
        f"<li><a href='/news/{slug}'>{headline}</a> <time datetime='{day}'>{shown}</time></li>"
        for slug, headline, day, shown in (
            ("ferry-fares", "Ferry fares to rise in spring", "2024-01-12", "January 12, 2024"),
            ("quay-repairs", "Quay repairs start next week", "2023-12-02", "December 2, 2023"),
        )
    )
    byline = (
        "<div class='byline'><div class='writer-card'><a href='/staff/anna-keller'>Anna Keller"
        f"</a><p>Other stories</p><ul>{others}</ul></div>"
        "<p class='post-date'><time>March 5, 2024</time></p></div>"
    )
    assert extract_html(_page(byline=byline)).published == dt.date(2024, 3, 5)


def test_no_part_of_a_company_declared_as_author_is_a_person() -> None:
    # a press release: the issuing company in <meta name="author">, which trafilatura's guess
    # splits at its comma ("Harbourline Foods; Inc")
    head = '<meta name="author" content="Harbourline Foods, Inc.">'
    assert extract_html(_page(head=head, byline="")).author is None
