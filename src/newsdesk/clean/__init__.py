"""The cleaning stage: one `RawDocument` in, one `Article` out.

HTML goes through `html.extract_html` (trafilatura and our metadata rules), plain text straight
to `text.clean_text`; both then share the line cleaner, so a junk line that survives the DOM
extraction is still caught and every removal carries its reason. Metadata the input declared
(JSONL fields, a sidecar, a feed entry) wins over what is found in the page, which wins over
the time-stamp lines of the text (`stamps.stamped_date`).

A text over `MAX_ARTICLE_CHARS` (before or after cleaning) is refused with a one-line error: no
news article is that long, and the parser downstream needs memory in proportion (spaCy: about
1 GB per 100,000 characters).

It does not split sentences, find entities or date anything: later stages work on `Article.text`,
which every offset of the story JSON points into.
"""

from __future__ import annotations

import re

from newsdesk.clean.html import extract_html, merge_removed
from newsdesk.clean.stamps import stamped_date
from newsdesk.clean.text import TextCleaning, clean_text
from newsdesk.errors import Code, InputError
from newsdesk.model import Article, Lifted, RawDocument

__all__ = ["MAX_ARTICLE_CHARS", "clean", "clean_text", "detect_language", "extract_html"]

MAX_ARTICLE_CHARS = 300_000  # about 50,000 words, five times a long read; parsing costs memory

_ENGLISH = frozenset(
    (
        "the of and to in a is that for on was with as by at from he it said his but are have "
        "were not this be has they their an which its had been who after will would"
    ).split()
)
_TOKEN = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str | None:
    """ "en" when English function words make up a news-like share of the words, else None.

    Deliberately modest: the only language the later stages model is English, and a wrong
    code is worse than none.
    """
    tokens = [t.lower() for t in _TOKEN.findall(text[:5000])]
    if len(tokens) < 20:
        return None
    share = sum(t in _ENGLISH for t in tokens) / len(tokens)
    return "en" if share >= 0.2 else None


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _lift_repeated_title(cleaning: TextCleaning, title: str | None) -> TextCleaning:
    """A page's body often opens with its headline (the <h1>): lift it as the title."""
    first, _, rest = cleaning.text.partition("\n")
    if not title or not rest or not _same(first, title):
        return cleaning
    taken = {x.line for x in [*cleaning.removed, *cleaning.lifted]}
    line = next(i for i in range(len(taken) + 1) if i not in taken)
    cleaning.text = rest
    cleaning.title = first
    cleaning.lifted.append(Lifted(field="title", text=first, line=line))
    return cleaning


def _check_length(doc: RawDocument, text: str) -> None:
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(doc.source, Code.E015, f"{len(text):,} characters")


def clean(doc: RawDocument) -> Article:
    """Clean one document; raise `InputError` when no article text is left (E010) or the text
    is too long to be an article (E015)."""
    _check_length(doc, doc.text or "")
    found_title = found_author = found_outlet = found_published = found_language = None
    if doc.html is not None:
        page = extract_html(doc.html, url=doc.url)
        found_title, found_author = page.title, page.author
        found_outlet, found_published, found_language = page.outlet, page.published, page.language
        # only the lines a rule matches: trafilatura already cut the page down to the article
        cleaning = clean_text(page.text, find_title=False, sweep=False)
        cleaning = _lift_repeated_title(cleaning, page.title)
        # and what the page showed besides the article, in page order around those lines
        cleaning.removed = merge_removed(page, cleaning.removed)
    else:
        cleaning = clean_text(doc.text or "")
    if not cleaning.text.strip():
        raise InputError(doc.source, Code.E010, "nothing left after removing boilerplate")
    _check_length(doc, cleaning.text)
    return Article(
        id=doc.id,
        source=doc.source,
        url=doc.url,
        title=doc.title or cleaning.title or found_title,
        outlet=doc.outlet or found_outlet or cleaning.outlet,
        author=doc.author or cleaning.author or found_author,
        dateline=cleaning.dateline,
        published=doc.published
        or found_published
        or stamped_date(cleaning)
        or doc.published_default,
        language=doc.language or found_language or detect_language(cleaning.text),
        text=cleaning.text,
        removed=cleaning.removed,
        notices=cleaning.notices,
        lifted=cleaning.lifted,
    )
