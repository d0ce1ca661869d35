"""The Markdown report: the sections of the HTML report, both sides of a conflict quoted with
article id and offsets, links that land on an anchor, article text that cannot add markup."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from newsdesk.model import Removed
from newsdesk.render.markdown import md, render_markdown
from test_render_html import Page, newsroom_corpus

GFM = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def section(text: str, heading: str) -> str:
    start = text.index(f"\n### {heading}")
    following = text.find("\n### ", start + 1)
    return text[start : following if following > 0 else None]


def test_conflict_quotes_both_sides_with_article_and_offsets() -> None:
    corpus = newsroom_corpus()
    text = render_markdown(corpus)
    conflicts = section(text, "Contradictions and corrections (2)")
    assert '#### <a id="s1:x:1"></a>Contradiction: Inspected last month, or not since 2029.' in (
        conflicts
    )
    q1, q2 = corpus.stories[0].statements[:2]
    assert (
        "**One side** (q1): Mara Quell (Port director), in [Harbour Wire](#s1:a:wire-1), "
        f"2031-04-02 (wire-1, characters {q1.sources[0].start}–{q1.sources[0].end}):"
    ) in conflicts
    assert "> The crane was inspected last month and passed." in conflicts
    assert f"(gazette 2, characters {q2.sources[0].start}–{q2.sources[0].end}):" in conflicts
    assert '> "had not been inspected since 2029" \\& \\<b\\>never\\</b\\>' in conflicts
    assert "**at least 4 people killed**" in conflicts and "**6 people killed**" in conflicts


def test_contents_list_the_stories_with_their_conflicts() -> None:
    text = render_markdown(newsroom_corpus())
    assert text.startswith(
        "# newsdesk report\n\n1 story from 3 articles.\n\n## Stories\n\n"
        "1. [Crane collapses in Portvale harbour](#s1): 3 articles from 3 "
        "outlets, published 2031-04-02 to 2031-04-03; 2 contradictions\n"
    )


def test_every_link_lands_on_an_anchor() -> None:
    page = Page(GFM.render(render_markdown(newsroom_corpus())))
    assert len(page.ids) == len(set(page.ids))
    assert {"s1", "s1:x:1", "s1:x:3", "s1:a:gazette%202"} <= set(page.ids)
    assert page.links and set(page.links) <= set(page.ids)


def test_claims_table_and_quiet_agreements() -> None:
    text = render_markdown(newsroom_corpus())
    claims = section(text, "Claims (4)").splitlines()
    assert claims[3] == "| Claim | Who | Carried by | Not carried by |"
    assert claims[5] == (
        "| q1: The crane was inspected last month and passed. **[contradiction](#s1:x:1)** "
        "| Mara Quell (Port director) | 1 of 3: [Harbour Wire](#s1:a:wire-1) "
        "| Portvale Gazette, Coastal Times |"
    )
    assert claims[7].startswith(
        "| q3: *reported:* A harbour crane collapsed in Portvale on "
        "Monday *[agreed by 1 other](#s1:x:3)* | unnamed (officials) |"
    )
    agreements = section(text, "Agreements (1)")
    assert '- <a id="s1:x:3"></a>q3 and q4: Both report the collapse on Monday.' in agreements
    compared = section(text, "Figures compared (1)")
    assert "| conflict (contradiction) | At least 4 dead, or 6. |" in compared


def test_article_text_cannot_add_markup_or_table_cells() -> None:
    corpus = newsroom_corpus()
    hostile = "| <script>x</script> *bold* [link](http://x) ~~gone~~ _under_ #tag"
    corpus.stories[0].statements[0].text = hostile
    corpus.articles[0].removed.append(Removed(text="1. *Buy* now |", reason="promo"))
    html = GFM.render(render_markdown(corpus))
    assert "<script>" not in html and "<strong>bold" not in html and "<em>under" not in html
    assert 'href="http://x"' not in html and "<s>gone" not in html
    assert f"<td>q1: {hostile.replace('<', '&lt;').replace('>', '&gt;')} <strong>" in html
    for table in re.findall(r"<table>.*?</table>", html, flags=re.S):
        widths = {
            row.count("<td") + row.count("<th")
            for row in re.findall(r"<tr>.*?</tr>", table, flags=re.S)
        }
        assert len(widths) == 1
    assert "<p><s>1. *Buy* now |</s> <em>(removed: promo)</em></p>" in html
    assert md("- not a list") == "\\- not a list" and md("a_b_c") == "a_b_c"


def test_a_story_without_relations_or_summary_says_so() -> None:
    text = render_markdown(newsroom_corpus(compared=False))
    assert "### Contradictions and corrections (0)\n\nNone found between the sources." in text
    for heading in ("Summary", "Agreements", "Figures compared"):
        assert f"### {heading}" not in text
    assert "~~Subscribe for $1~~ *(removed: paywall)*" in text
