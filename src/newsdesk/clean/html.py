"""HTML page -> article body (one paragraph per line) and its metadata.

trafilatura does the hard part, finding the main content block; htmldate (which comes with it)
finds the date. On top of that this module adds what we could measure a gain for on the two
public benchmarks (`bench/extract_html.py`, figures in `BENCHMARKS.md`):

* encoding: bytes are decoded as the readers decode pages (`ingest.common.decode_html`);
* body: trafilatura's precision mode when it keeps at least 60% of the default output (it
  drops more boilerplate, but now and then most of the article), taken as the span of the
  default output from the first to the last paragraph precision mode kept (what it drops
  inside the article is mostly subheadings); its recall mode when the default found next to
  nothing; the other chunks of an article split into same-class containers; embedded posts
  (tweets) that sit between the article's paragraphs, unless the body already prints their
  words; without the lines of an author box ("author-bio", "about-the-author"), of an
  affiliate or advertiser disclosure box, of a short box around a form asking for an e-mail
  address (a newsletter or membership sign-up card), or of an image caption, a list of tag or
  category links ("Tags: a, b, c", "Filed under: News"), or of a paragraph, list item or
  heading that is nothing but one link to another article of the same site (a related
  story's headline; not the home page, not another site's product or source, not an anchor
  in the page); then paragraphs that are page furniture rather than report are dropped:
  share / follow / newsletter / support-us prompts, "Read more: ..." and "Related" teasers
  ("Headline [VIDEO]") and related-block headings, copyright and photo-credit lines,
  affiliate notes, paywall prompts, reading times, bare time stamps, unrendered shortcodes
  ("[button ...]...[/button]"), and the headline repeated as the first line or among the first
  three (with the short kicker lines before it); at the end of the body, also a long closing
  note that opens with such wording ("If you enjoyed this article ...") and a heading with
  nothing after it;
* title: the visible headline (`<h1>`, without a kicker, date or hidden label set in a
  descendant, inline markup such as `<abbr>` not spaced out) when it agrees with `og:title` /
  JSON-LD `headline` / `<title>` (of two that agree equally, the one of more words) or is the
  only headline of three words or more, else that title with the site name (and breadcrumb
  parts before it, a blog engine's "Blog Archive") cut off ("Headline - Site", "Site |
  Headline", "Headline | Section | Site"); the site of an archived copy is that of the
  original address its URL holds;
* author: the byline as the page shows it (JSON-LD with `@id` references followed, meta tags,
  byline elements, "Autor: ..." labels, also on their own `<br>` line or after a date, links to
  an author page) with "By" / "Von" / "Par" / "责任编辑：" / "Posted on <date> by" style
  prefixes, dates, roles, footnote marks and agencies taken out, instead of trafilatura's
  re-cased, punctuation-stripped names; a publisher given as author (also by its initials,
  "Deutsche Welle" on dw.com) gives way to the byline, a labelled name or trafilatura's
  guess (a declared publisher also gives way to a person declared in another meta tag; the
  site's own account in a byline element gives way to a person labelled in the page, "Written
  by: Jane Doe"; another organisation declared as author, "Example Press Service", is no
  author at all unless the page names a person, nor is trafilatura's guess when it is a
  company's name split at its comma, "Example Labs; Inc"; a newsroom "Example Press staff"
  is kept; the byline beats the first declared author when a later source, a meta tag,
  names the byline's people);
  a byline of three or more names may run past eight words;
  declared co-authors ("Jane Doe, John Roe") are written as the visible byline
  joins the same names ("Jane Doe und John Roe"); roles
  ("Staff Writer"), relative times, social links and hidden copies of the name are cut; a press
  release's contact person, then a person named in the copyright line are the last resort;
  a byline in the post's own footer or sidebar ("post-footer", "entry-footer") counts, a name
  in the element after a label element ("<dt>Autor</dt><dd>...</dd>") is a labelled byline,
  and a comment WordPress marks `bypostauthor` names the author when nothing else does;
* date: the publication date the article header shows in a `<time>` element (visible text and
  machine value agree; modified times, also those the small block around them marks as
  such, "Updated" / "Aktualisiert am" or class "date-updated", and the times of teasers,
  comments and of cards of other articles, a block whose heading links elsewhere or a list of
  dated links to other pages such as an author card's "More by", skipped) or
  after a publication label ("Veröffentlicht am: 01.11.2023", "Published: Nov. 1, 2023",
  "Published 11:03 AM EDT, June 8, 2026", also with the date in the element after the
  label's), or opening a short element whose class names a date ("post-date": not an
  "Updated" one unless classed "published", nor today's date in the site's banner), else
  htmldate's original date (it reads the page's local date best) unless JSON-LD
  `datePublished` and `article:published_time` agree on another unambiguous day, else
  JSON-LD or a meta tag.

Why hand-written: no library picks between headline candidates, cleans bylines or drops these
boilerplate paragraphs; the rules are worded for several languages and name no site. It does
not decide whether a page is an article, and it does not raise: a page with no body gives
text "" (the caller decides what that means).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError

from newsdesk.clean.rules import LEGAL_FORMS
from newsdesk.clean.text import classify_line
from newsdesk.ingest.common import decode_html
from newsdesk.model import Removed, RemovedReason


@dataclass(frozen=True)
class HtmlExtraction:
    """What `extract_html` found on one page; `text` is "" when no body was found."""

    text: str  # clean body, one paragraph per line
    title: str | None
    author: str | None
    published: dt.date | None
    outlet: str | None  # site name
    language: str | None
    url: str | None
    # the page's visible text blocks that are not in `text` (menus, footers, related links,
    # comments, banners, and the paragraphs the body rules dropped), in page order
    removed: tuple[PageRemoval, ...] = ()


_WS = re.compile(r"\s+")


def _squash(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def _norm(text: str | None) -> str:
    """Comparison key: casefolded words only (quotes, dashes and spacing ignored)."""
    return " ".join(re.findall(r"\w+", (text or "").casefold()))


def _parse(html: str) -> Any:
    if not html.strip():
        return None
    try:
        # an XML declaration with an encoding makes lxml refuse a str
        text = re.sub(r"^\s*<\?xml[^>]*>", "", html)
        return lxml_html.fromstring(text)
    except (ParserError, ValueError):
        return None


# ---------------------------------------------------------------- page metadata sources


@dataclass
class _Page:
    """Raw metadata candidates read once from the tree."""

    meta: dict[str, list[str]]
    jsonld: list[dict[str, Any]]
    h1: list[str]
    title_tag: str
    host: str


def _iter_jsonld(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from _iter_jsonld(item)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in node:
                yield from _iter_jsonld(node[key])


_KICKER = re.compile(
    r"sub-?(?:title|headline|line)|super-?title|roof-?line|over-?line|top-?line|dachzeile|kicker|"
    r"label|topic|section|categor|rubri|eyebrow|visually-?hidden|sr-only|screen-reader|date|time|"
    r"element-invisible|(?<![\w-])(?:hidden|invisible)(?![\w-])|small",
    re.IGNORECASE,
)
_HEADLINE_CLASS = re.compile(r"(?<![a-z])(?:headline|title)(?![a-z])", re.IGNORECASE)


# elements that run on within a line of text: no space is added around them
# ("THW<abbr>:</abbr>" stays "THW:")
_INLINE_TAGS = frozenset(
    {"abbr", "acronym", "b", "cite", "code", "dfn", "em", "i", "mark", "q", "s", "strong", "sub"}
    | {"sup", "u"}
)


def _headline_parts(el: Any) -> Iterator[str]:
    """Text of an element without its kicker, date or hidden-label descendants (join with
    "": parts are spaced unless the element is `_INLINE_TAGS`)."""
    yield el.text or ""
    for child in el:
        if not isinstance(child.tag, str) or child.tag in {"script", "style", "noscript"}:
            yield child.tail or ""
            continue
        gap = "" if child.tag in _INLINE_TAGS else " "
        marker = f"{child.get('class', '')} {child.get('id', '')}"
        if child.tag not in {"small", "time"} and not (marker.strip() and _KICKER.search(marker)):
            yield gap
            yield from _headline_parts(child)
        yield gap
        yield child.tail or ""


def _h1_text(h1: Any) -> str:
    """The headline of an `<h1>`, without a kicker, date or hidden label set in a child."""
    for child in h1.iterdescendants():
        if isinstance(child.tag, str) and _HEADLINE_CLASS.search(child.get("class", "")):
            text = _squash("".join(_headline_parts(child)))
            whole = _squash("".join(_headline_parts(h1)))
            if len(text.split()) >= 2 * max(1, len(whole.split()) - len(text.split())):
                return text.replace("\xad", "")
            break
    text = _squash("".join(_headline_parts(h1)))
    if len(text.split()) < 2:
        text = _squash(" ".join(_visible_text(h1)))
    return text.replace("\xad", "").strip(" :|•·-–—")


def _site_host(url: str) -> str:
    """The host of `url`, or for an archived copy whose path holds the original address
    ("https://archive.example/web/2014/http://news.example.com/a.html") the original's."""
    parts = urlsplit(url)
    inner = re.search(r"/(https?://[^/?#]+)", parts.path)
    if inner and parts.path.find(inner[1]) > 0:
        return urlsplit(inner[1]).hostname or ""
    return parts.hostname or ""


def _read_page(tree: Any, url: str | None) -> _Page:
    meta: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower().strip()
        content = _squash(el.get("content"))
        if key and content:
            meta.setdefault(key, []).append(content)
    jsonld: list[dict[str, Any]] = []
    for el in tree.xpath('//script[contains(@type, "ld+json")]'):
        raw = (el.text or "").strip()
        try:
            data = json.loads(raw)
        except ValueError:
            try:
                data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw))
            except ValueError:
                continue
        jsonld.extend(_iter_jsonld(data))
    h1 = [_h1_text(el) for el in tree.iter("h1")]
    title_el = tree.find(".//title")
    title_tag = _squash(title_el.text_content()) if title_el is not None else ""
    host = _site_host(url) if url else ""
    if not host:
        for key in ("og:url", "twitter:url"):
            if meta.get(key):
                host = urlsplit(meta[key][0]).hostname or ""
                break
    if not host:
        canonical = tree.xpath('//link[@rel="canonical"]/@href')
        if canonical:
            host = urlsplit(canonical[0]).hostname or ""
    return _Page(meta, jsonld, [h for h in h1 if h], title_tag, host.lower())


def _jsonld_types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k) for k in kinds}


_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|BlogPosting|NewsArticle|WebPage|Recipe")


def _jsonld_articles(page: _Page) -> list[dict[str, Any]]:
    found = [o for o in page.jsonld if any(_ARTICLE_TYPES.search(k) for k in _jsonld_types(o))]
    # a real article type before a generic WebPage
    return sorted(found, key=lambda o: any(k.endswith("WebPage") for k in _jsonld_types(o)))


# ---------------------------------------------------------------- site name

_SITE_KEYS = ("og:site_name", "application-name", "twitter:site", "publisher", "copyright")


def _host_labels(host: str) -> list[str]:
    """'www.example-news.co.uk' -> ['examplenews'] (the labels that can name the site)."""
    parts = [p for p in host.split(".")[:-1] if p not in {"www", "m", "amp", "edition", "blog"}]
    labels = [re.sub(r"[\W_]", "", p) for p in parts if len(p) >= 3]
    return [lab for lab in labels if lab]


def _outlet(page: _Page) -> str | None:
    for key in _SITE_KEYS[:2]:
        for value in page.meta.get(key, []):
            if value and not value.startswith("http"):
                return value
    for obj in page.jsonld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return _squash(publisher["name"]) or None
    return None


def _is_site_name(segment: str, page: _Page, outlet: str | None, strict: bool = False) -> bool:
    """Names the site: the outlet's name, a host label ("examplenews"), or its initials.
    `strict`: a host label must be most of the segment, not just a word in it (a headline
    that mentions the site's short name is still a headline)."""
    key = re.sub(r"[\W_]", "", segment.casefold())
    if not key:
        return True
    if outlet:
        site = re.sub(r"[\W_]", "", outlet.casefold())
        if site and (key == site or (len(key) >= 4 and (key in site or site in key))):
            return True
    for label in _host_labels(page.host):
        # the host label is most of the segment ("Example News" on examplenews.com)
        if len(key) >= 4 and (
            key in label or (label in key and (not strict or 2 * len(label) >= len(key)))
        ):
            return True
    # "Deutsche Welle" on dw.com: the initials of the words spell a host label
    words = re.findall(r"[^\W\d_]+", segment.casefold())
    if 2 <= len(words) <= 5:
        initials = "".join(w[0] for w in words)
        return initials in page.host.split(".")[:-1]
    return False


# ---------------------------------------------------------------- title

_TITLE_SEP = re.compile(
    r"\s+[|\-–—:»«•·/~]{1,2}\s+|\s*[|»«•·]\s*|(?<=[\u3000-\u9fff\uff00-\uffef])\s*[-–—_]\s*"
)


# the archive label of a blog engine's default title ("Site » Blog Archive » Post")
_BLOG_ARCHIVE = re.compile(r"^\s*blog[-\s]?archiv(?:e|es)?\s*$", re.IGNORECASE)

# a pair of guillemets around words ("»Quoted«", "« Cité »"), kept apart while splitting
_GUILLEMET_QUOTE = re.compile(r"»(?=\w)[^»«|]{1,200}?(?<=[\w.!?])«|«\s?(?=\w)[^»«|]{1,200}?\s?»")
_HIDE_GUILLEMETS = str.maketrans("»«", "\ue000\ue001")
_SHOW_GUILLEMETS = str.maketrans("\ue000\ue001", "»«")

_SITE_SEPS = {"|", "–", "—", "::", "//", "»", "«", "•", "·", "-"}


def _strip_site(
    title: str, page: _Page, outlet: str | None, also: set[str] | frozenset[str] = frozenset()
) -> str:
    """Cut the site name off a `<title>`-style string ("Headline - Site", "Site | Headline");
    guillemets that quote words ("»Headline« – Site") are no separators."""
    quoted = _GUILLEMET_QUOTE.sub(lambda m: m[0].translate(_HIDE_GUILLEMETS), title)
    if quoted != title:
        return _strip_site(quoted, page, outlet, also).translate(_SHOW_GUILLEMETS)
    parts = [p for p in _TITLE_SEP.split(title) if p is not None]
    if len(parts) < 2:
        return title
    seps = _TITLE_SEP.findall(title)
    # drop site-name segments from either end
    start, end = 0, len(parts)
    while end - start > 1 and (
        _is_site_name(parts[end - 1], page, outlet) or _norm(parts[end - 1]) in also
    ):
        end -= 1
    while end - start > 1 and (
        _is_site_name(parts[start], page, outlet) or _BLOG_ARCHIVE.match(parts[start])
    ):
        start += 1
    if (start, end) == (0, len(parts)) and end > 1 and seps[-1].strip() in _SITE_SEPS:
        # "Headline | Short Name": a short last part after a strong separator names the site
        last, rest = parts[-1], " ".join(parts[:-1])
        if len(last.split()) <= 4 and 2 * len(last) < len(rest):
            end -= 1
    if (start, end) == (0, len(parts)):
        return title
    # "Headline | Section | Site": with the site gone, short breadcrumb parts go too
    while (
        end < len(parts)
        and end - start > 1
        and seps[end - 2].strip() == "|"
        and len(parts[end - 1].split()) <= 2
        and len(parts[start].split()) >= 3
    ):
        end -= 1
    out = parts[start]
    for i in range(start + 1, end):
        out += seps[i - 1] + parts[i]
    out = out.strip()
    return out if re.search(r"\w", out) else title


def _similar(a: str, b: str) -> float:
    """Share of the words of the shorter string found in the longer one."""
    wa, wb = _norm(a).split(), _norm(b).split()
    if not wa or not wb:
        return 0.0
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    pool = set(long_)
    return sum(w in pool for w in short) / len(short)


def _title(page: _Page, outlet: str | None, fallback: str | None) -> str | None:
    metas: list[str] = []
    for key in ("og:title", "twitter:title", "headline"):
        metas.extend(page.meta.get(key, [])[:1])
    for obj in _jsonld_articles(page):
        if isinstance(obj.get("headline"), str):
            metas.append(_squash(obj["headline"]))
            break
    if page.title_tag:
        metas.append(page.title_tag)
    # an <h1> that is one end of a split <title> ("Post | Blog name") is the site's name
    segments = [_norm(p) for p in _TITLE_SEP.split(page.title_tag) if p]
    site_h1 = set()
    if len(segments) > 1 and len(segments[-1]) < len(" ".join(segments[:-1])):
        site_h1 = {_norm(h) for h in page.h1 if _norm(h) == segments[-1]}
    metas = [_strip_site(m, page, outlet, site_h1) for m in metas if m]
    h1s = [
        h
        for h in page.h1
        if 2 <= len(h) <= 300
        and not _is_site_name(h, page, outlet, strict=True)
        and _norm(h) not in site_h1
    ]
    best, best_score = None, 0.0
    for h in h1s:
        for m in metas:
            score = _similar(h, m)
            if _norm(h) == _norm(m):
                score = 2.0
            # equally close: the fuller headline ("Section" and "Headline" both in the title)
            if score > best_score or (
                score == best_score and best and len(h.split()) > len(best.split())
            ):
                best, best_score = h, score
    if best is not None and best_score >= 0.4:
        return best
    if len(h1s) == 1 and len(h1s[0].split()) >= 3:
        return h1s[0]  # the one headline on the page, worded differently from its <title>
    if metas:
        return metas[0]
    if h1s:
        return h1s[0]
    return fallback


# ---------------------------------------------------------------- author

# a compound credit label: "Text und Fotos:", "Words & pictures:"
_CREDIT_WORDS = (
    r"(?:text|texte|texto|words|interview|fotos?|photos?|bilder?|pictures|illustrations?|"
    r"recherche|grafiken?|video)"
)
_BYLINE_PREFIX = re.compile(
    rf"^{_CREDIT_WORDS}(?:\s*(?:und|and|&|\+|/|,|y|et|e)\s*{_CREDIT_WORDS}){{1,2}}\s*[:：]\s*|"
    r"^(?:(?:(?:posted|written|published|reported|edited|text|words|story|article|analysis|"
    r"commentary|opinion|review|interview|photos?|video)\s+)?by|"
    r"post\s+author(?:\s+by)?|"
    r"from|von|vom|text|autor(?:in|ka)?|author|auteur|(?:ein\s+)?(?:artikel|beitrag)\s+von|"
    r"(?:verfasst|geschrieben|ver[öo]ffentlicht|eingestellt|erstellt|publiziert)\s+von|"
    r"(?:view|see)\s+all\s+(?:posts|articles|stories)\s+by|"
    r"(?:zeige\s+)?alle\s+(?:beiträge|artikel)\s+von|more\s+(?:posts|articles)\s+by|"
    r"par|(?:publié|écrit|rédigé)\s+par|por|(?:escrito|publicado)\s+por|di|door|af|av|przez)"
    r"(?:\s*[:：|]\s*|\s+)|^(?:责任编辑|编辑|作者|记者|来源|文|撰文)\s*[:：]?\s*",
    re.IGNORECASE,
)
_ROLE = (
    r"(?:editor(?:-at-large|-in-chief)?|redakteur(?:in)?|chefredakteur(?:in)?|correspondent|"
    r"korrespondent(?:in)?|reporter(?:in)?|staff(?:\s+writer)?|writer|journalist(?:in)?|columnist|"
    r"kolumnist(?:in)?|contributor|online-redaktion|redaktion)"
)
# without a comma only a person's role is cut: "Example Redaktion" / "Example Staff" name the
# newsroom (a "Staff" after a full name and one more word goes: "Jane Doe Example Staff")
_PERSON_ROLE = rf"(?!(?:online-)?redaktion$){_ROLE}"
_ROLE_MODIFIER = (
    r"(?:senior|chief|staff|contributing|managing|deputy|political|national|business|opinion|"
    r"science|sports?|news|auto|tech(?:nology)?|health|foreign|special|guest|associate|"
    r"freie[rn]?|leitende[rn]?|stellvertretende[rn]?)"
)
_BYLINE_CUT = re.compile(
    r"\s+[|•·—–/]\s+.*$|\s+-\s+.*$|\s*,?\s+(?:am|on|le|el|il|op|den|updated|"
    r"aktualisiert|publiziert|published|veröffentlicht|posted|stand|lesezeit|reading\s+time|"
    r"übersetzt|translated|mit\s+material|with\s+reporting|additional\s+reporting|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag)\b.*$"
    r"|\s*,?\s+(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)"
    r"\.?,?\s+\d.*$"
    r"|\s*,?\s*\d+\s*min\.?(?:\s+read|\s+lesezeit)?\b.*$"
    r"|\s*,?\s*\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}.*$|\s*,?\s*\d{4}-\d{2}-\d{2}.*$"
    r"|\s*,?\s*(?:\d{1,2}\.?\s+)?(?:jan|feb|mär|mar|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])"
    r"\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*$"
    r"|\s*,?\s+\d{1,2}\.?\s+(?:jan|feb|mär|mar|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])"
    r"\w*\.?\s+\d{4}.*$"
    r"|\s*,\s*(?:ph\.?d|m\.?d|dr)\.?$"
    # "1 day ago", "vor 3 Stunden": a relative time stamp
    r"|\s*,?\s*(?:\d+|an?|one)\s+(?:sec\w*|min\w*|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b.*$"
    r"|\s*,?\s*(?:vor|hace)\s+\d+\s+(?:sek|min|stund|tag|woch|monat|segund|hora|día|dia|semana|mes)"
    r"\w*\b.*$"
    # furniture after the name: social links, "Weitere Beiträge", "Kategorien: ..."
    r"|\s+(?:twitter|facebook|linkedin|instagram|xing|e-?mail|rss|full\s+bio|biography|"
    r"weitere\s+(?:beiträge|artikel)|alle\s+(?:beiträge|artikel)|more\s+(?:posts|articles|stories)|"
    r"(?:in\s+)?(?:rubrik|kategorien?|categor(?:y|ies)|rubrique)|tags|erstellt|publicado|publicada|"
    r"last\s+(?:updated|modified)|date|datum|fecha)\b.*$|\s+last\W*$"
    # a role after the name: any words after a comma, only known modifiers without one
    rf"|,\s+(?:[\w.-]+\s+){{0,3}}{_ROLE}$|\s+(?:{_ROLE_MODIFIER}\s+)?(?!staff$){_PERSON_ROLE}$",
    re.IGNORECASE,
)
_ROLE_AFTER_WORD = re.compile(rf"\s+[^\W\d_][\w-]*\s+{_PERSON_ROLE}$", re.IGNORECASE)
# what the page calls its writer: "Staff Writer", "Senior Contributor", "Redakteurin"
_ROLE_ONLY = re.compile(
    rf"^(?:{_ROLE_MODIFIER}\s+)?{_PERSON_ROLE}$|^(?:full\s+bio|biography|bio)$",
    re.IGNORECASE,
)
_NOT_AUTHOR = re.compile(
    r"\b(?:says|sagt|schreibt|dit|comments?|kommentare?|reply|antworten|required|"
    r"erforderlich|profil|profile|follow|folgen|newsletter|abonn|subscribe|share|teilen|"
    r"e-?mail|http|www\.|about\s+the\s+author|über\s+den\s+autor|no\s+author|"
    r"unknown|anonymous)\b|@|\[at\]|(?<![^\W\d_])\d{3,}|^(?:null|none|undefined|n/?a)$|"
    r"^(?:fotos?|photos?|bild(?:er)?|images?|quelle|source|credits?)\s*:|"
    r"^(?:name|posted|publiziert|veröffentlicht|"
    r"zuletzt\s+geändert|collectif|admin|administrator|autor(?:en|in|innen)?|authors?|auteurs?|"
    r"(?:(?:posted|published|written)\s+)?by|von)\W*$",
    re.IGNORECASE,
)
_AUTHOR_XPATH = (
    "//*[self::a or self::address or self::div or self::p or self::span or self::strong or "
    "self::li or self::em or self::small or self::h2 or self::h3 or self::h4 or self::h5 or "
    "self::h6 or self::author]["
    "@rel='author' or contains(@itemprop, 'author') or contains(@class, 'author') or "
    "contains(@class, 'Author') or contains(@class, 'byline') or contains(@class, 'Byline') or "
    "contains(@id, 'author') or contains(@class, 'byl') or contains(@class, 'autor') or "
    "contains(@class, 'writer') or contains(@class, 'auteur') or contains(@class, 'by-line') or "
    "contains(@class, 'verfasser') or "
    "contains(@data-testid, 'byline')]"
)
# "Posted on September 21, 2020 by Jane Doe": the date before the name goes with its label
_POSTED_ON = re.compile(
    r"^(?:(?:posted|published|written|ver[öo]ffentlicht|publiziert|publié|publicado)\s+)?"
    r"(?:on|am|le|el)?\s*[^|:]{0,60}?\d{4}"
    r"(?:\s*,?\s*(?:um|at|à|a\s+las|-)?\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?|uhr)?\s*(?:[A-Z]{2,5})?)?"
    r"\s*,?\s*(?:by|von|par|por)\s+",
    re.IGNORECASE,
)
# a weekday or month name alone is what is left of a date, not a name
_DATE_NAME = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|"
    r"miércoles|jueves|viernes|sábado|domingo|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|januar|februar|märz|juni|juli|oktober|"
    r"dezember|today|yesterday|heute|gestern)\W*$",
    re.IGNORECASE,
)
_COMMENT_ANCESTOR = re.compile(
    r"(?<!with-)(?<!has-)(?<!no-)(?:comment|reply|respond|discussion|sidebar|footer|related)"
    r"(?!s?-(?:open|closed|enabled|disabled))",
    re.IGNORECASE,
)


_PARTICLES = {"von", "van", "de", "da", "del", "der", "di", "le", "la", "bin", "dos", "du"}
_ANDS = {"und", "and", "et", "y", "e", "i"}


# a post's own footer (Blogger "post-footer", WordPress "entry-footer") holds its byline
_POST_FOOTER = re.compile(r"(?:post|entry|article)(?:-|__)(?:footer|sidebar)", re.IGNORECASE)


def _in_furniture(el: Any, byline: bool = False) -> bool:
    """Inside a comment thread, sidebar, footer or related block (the classes of `<body>`
    and `<html>` describe the page layout, "content-sidebar", and are not looked at). For a
    `byline`, the post's own footer is not furniture."""
    for a in el.iterancestors():
        if a.tag in {"body", "html"}:
            continue
        marker = f"{a.get('class', '')} {a.get('id', '')}"
        if byline:
            marker = _POST_FOOTER.sub("", marker)
        if _COMMENT_ANCESTOR.search(marker):
            return True
    return False


def _clean_byline(text: str) -> str | None:
    """'By Jane Doe, 3 March 2021' -> 'Jane Doe'; None when it does not read as a name."""
    text = re.sub(r"\s+([,;.])", r"\1", _squash(text)).strip(" |,;-–—·•:~/")
    text = _POSTED_ON.sub("", text)
    for _ in range(2):
        text = _BYLINE_PREFIX.sub("", text).strip()
    if _ROLE_ONLY.match(text):
        return None
    for _ in range(3):  # a cut can bare another: "Jane Doe Staff Writer Nov. 19, 2019"
        cut = text
        wide = _ROLE_AFTER_WORD.search(cut)  # "Jane Doe Example Staff", not "Jane" alone
        if wide and "," not in cut and len(cut[: wide.start()].split()) >= 2:
            cut = cut[: wide.start()]
        cut = _BYLINE_CUT.sub("", cut).strip(" |,;-–—·•:~/")
        if cut == text:
            break
        text = cut
    # "Jane Doe Jane Doe": the name twice (a hidden copy for screen readers or microdata)
    text = re.sub(r"^(.{3,}?)\s+\1$", r"\1", text)
    # "Jane Doe (Pressesprecherin)", "Jane Doe/dpa": a role or agency after the name
    text = re.sub(r"^(\w[^()/]*\s[^()/]*?)\s*(?:\([^()]*\)|/\s*[\w.-]{1,15})$", r"\1", text).strip()
    text = re.sub(r"^(?:©|\(c\))\s*", "", text)  # "© Jane Doe"
    text = re.sub(
        r"(?<=[^\W\d_]\s)\s*\d{1,2}(?:\s*,\s*\d{1,2})*$", "", text
    ).strip()  # "Jane Doe 1,2"
    # "Jane Doe, Project lead at the institute": a role after the name, not a co-author
    parts = text.split(", ")
    if (
        len(parts) > 1
        and _NAME.match(parts[0])
        and all(w[0].isupper() or w in _PARTICLES for w in parts[0].split())
        and any(w[0].islower() and w not in _PARTICLES | _ANDS for w in parts[1].split())
        and not re.search(r"\d", parts[1])
    ):
        text = parts[0]
    if not text or len(text) > 80 or _NOT_AUTHOR.search(text):
        return None
    if _DATE_NAME.match(text) or _ROLE_ONLY.match(text):
        return None
    if re.search(r"[“”„«»\"]", text):
        return None  # a quoted headline, not a name
    if not re.search(r"[^\W\d_]", text):
        return None
    if len(text.split()) > 8 and not _co_authors(text):
        return None
    return text


def _co_authors(text: str) -> bool:
    """Three or more capitalised names joined by commas and "and" ("Jane Doe, John Roe und
    Max Poe, Example Radio"): a long byline that is still names, not a sentence."""
    names = _AND.split(text)
    return len(names) >= 3 and all(
        _NAME.match(n) and all(w[0].isupper() or w in _PARTICLES for w in n.split()) for n in names
    )


def _person_names(value: Any, ids: dict[str, dict[str, Any]] | None = None) -> list[str]:
    if isinstance(value, str):
        return [value] if not value.startswith("http") else []
    if isinstance(value, list):
        return [n for item in value for n in _person_names(item, ids)]
    if isinstance(value, dict):
        ref = value.get("@id")
        if "name" not in value and isinstance(ref, str) and ids and ref in ids:
            value = ids[ref]  # {"@id": ...}: a Person declared elsewhere in the graph
        if "Organization" in str(value.get("@type", "")) and "Person" not in str(
            value.get("@type", "")
        ):
            return []  # the publisher, not a byline
        name = value.get("name")
        if isinstance(name, str):
            return [name]
        if isinstance(name, list):
            return [n for n in name if isinstance(n, str)]
    return []


_AUTHOR_KEYS = (
    "author",
    "article:author",
    "byl",
    "sailthru.author",
    "parsely-author",
    "cxenseparse:author",
    "article:author_name",
    "dc.creator",
    "dc:creator",
    "dcterms.creator",
    "citation_author",
)
# other tags that name the writer: "og:article:author", "analytics:author", "dc.creator.name"
_AUTHOR_KEY = re.compile(r"(?:^|[:._-])(?:author(?:[:._-]?name)?|creator[:._-]name)$")


def _declared_names(page: _Page) -> Iterator[list[str]]:
    """The author names each source declares, best first: JSON-LD, then the meta tags."""
    ids = {o["@id"]: o for o in page.jsonld if isinstance(o.get("@id"), str)}
    for obj in _jsonld_articles(page):
        names = _person_names(obj.get("author"), ids)
        if names:
            yield names
            break
    keys = [*_AUTHOR_KEYS, *(k for k in page.meta if _AUTHOR_KEY.search(k))]
    for key in dict.fromkeys(keys):
        values = page.meta.get(key, [])
        if len(values) > 10:
            continue  # a reference list, not a byline
        if key == "citation_author":
            values = values[:1]
        yield [v for v in values if not v.startswith("http")]
    # "twitter:label1" = "Written by", "twitter:data1" = the name (WordPress SEO plugins)
    for i in range(1, 4):
        label = " ".join(page.meta.get(f"twitter:label{i}", []))
        if _BYLINE_PREFIX.match(label + " "):
            yield page.meta.get(f"twitter:data{i}", [])[:1]
            break


def _structured_author(page: _Page, outlet: str | None) -> str | None:
    """The first declared author that reads as a name; a source that names the publisher
    ("Example News" in `<meta name="author">`) gives way to one that names a person."""
    publisher = None
    for names in _declared_names(page):
        cleaned: list[str] = []
        for name in names:
            one = _clean_byline(name)
            if one and one not in cleaned:
                cleaned.append(one)
        if not cleaned:
            continue  # "null", a URL, a reference list
        found = _drop_site_tail(", ".join(cleaned), page, outlet) or ""
        if not _is_site_name(found, page, outlet):
            return found
        publisher = publisher or found
    return publisher


_BR = "\u2028"  # a <br> in `_visible_text` (a line separator: `_squash` makes it a space)


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _is_hidden(el: Any) -> bool:
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _visible_text(el: Any, top: bool = True) -> Iterator[str]:
    """Text of an element with its children's texts kept apart, scripts, styles and hidden
    elements (a second copy of the name for machines) left out."""
    if (
        not isinstance(el.tag, str)
        or el.tag in {"script", "style", "noscript"}
        or (not top and _is_hidden(el))
    ):
        if not top:
            yield el.tail or ""
        return
    yield _BR if el.tag == "br" else el.text or ""
    for child in el:
        yield from _visible_text(child, top=False)
    if not top:
        yield el.tail or ""


def _visible_author(tree: Any, page: _Page, outlet: str | None) -> str | None:
    for el in tree.xpath(_AUTHOR_XPATH):
        if _in_furniture(el, byline=True):
            continue
        if el.tag in {"script", "style"}:
            continue
        # schema.org microdata: the author's `itemprop="name"`, without the bio around it
        named = el.xpath(".//*[@itemprop='name']") if "author" in el.get("itemprop", "") else []
        name = _clean_byline(" ".join(_visible_text(named[0] if named else el)))
        if name:
            return name
    return None


_LABELLED = re.compile(
    r"(?:^|[|•·]\s*)(?:autor(?:in|en|innen)?|authors?|auteur|text|texto|tekst|autore|redaktion|"
    r"written\s+by|by|von|par|por|"
    r"(?:ein\s+)?(?:artikel|beitrag)\s+von|verfasst\s+von|geschrieben\s+von|escrito\s+por)"
    r"\s*:?\s+(?=\S)|(?:^|\s)(?:责任编辑|作者|记者|撰文)\s*[:：]\s*(?=\S)|"
    r"(?<=\d{4})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\s+(?:von|by|par|por)\s+(?=[^\W\d_])|"
    r"(?:^|\s)(?:autor(?:in|en|innen)?|authors?|auteur|text|redaktion)\s*:\s*"
    r"(?=\S)"
    r"|^(?:autor(?:in|en|innen)?|authors?|text|von|by|redaktion)\s*:?$",
    re.IGNORECASE,
)
_NAME = re.compile(
    r"^(?:(?:von|van|de|da|del|der|di|le|la|bin|dos|du)\s+|(?:Dr|Prof)\.\s+)*"
    r"[^\W\d_][\w'’.-]*(?:\s+(?:(?:von|van|de|da|del|der|di|le|la|bin|dos|du)\s+)*"
    r"[^\W\d_][\w'’.-]*){0,3}$"
)


# a press release's contact person: the writer when the page names no other
_CONTACT = re.compile(
    r"^(?:presse-?kontakt|pressekontakt|ansprechpartner(?:in)?|kontakt|media\s+contact|"
    r"press\s+contact|contacto\s+de\s+prensa|contact\s+presse)\s*(?::\s*(?=\S)|:?$)",
    re.IGNORECASE,
)


def _labelled_author(
    tree: Any, label: re.Pattern[str] = _LABELLED, skip: Callable[[str], bool] | None = None
) -> str | None:
    """A short block reading 'Autor: Name' / 'Text: Name' / 'Written by Name' (or another
    `label`); names for which `skip` is true are passed over."""
    for el in tree.iter("p", "div", "span", "li", "td", "small", "em", "strong", "h5", "h6", "a"):
        whole = " ".join(_visible_text(el))
        size = len(_squash(whole))
        if not size or size > (400 if el.find("br") is not None else 100):
            continue  # a short block, or a paragraph of lines ("Text: Jane Doe<br>Fotos: ...")
        lines = [_squash(part) for part in whole.split(_BR) if 0 < len(_squash(part)) <= 100]
        rest = None
        for i, text in enumerate(lines):
            found = label.search(text)
            if found:
                rest = text[found.end() :]
                if not rest.strip() and i + 1 < len(lines):
                    rest = lines[i + 1]  # "Von:<br>Jane Doe"
                break
        if not rest:
            continue
        if _in_furniture(el, byline=True):
            continue
        name = _clean_byline(rest)
        if (
            name
            and _capitalised(name)
            and all(_NAME.match(n) for n in _AND.split(name))
            and (skip is None or not skip(name))
        ):
            return name
    return None


# a label alone in its element, the value in the next one ("<dt>Autor</dt><dd>Jane Doe</dd>",
# "<p class="label">By</p>" then "<p class="name">Jane Doe</p>")
_LABEL_ONLY = re.compile(
    r"^(?:autor(?:in|en|innen)?|authors?|auteur|autore|text|texto|tekst|interview|von|by|"
    r"written\s+by|par|por|door|di|redaktion|verfasser(?:in)?)\s*:?$",
    re.IGNORECASE,
)


def _next_value(el: Any) -> Any:
    """The element after `el`, or after its parent when `el` is the last in it."""
    for _ in range(3):
        following = el.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()
        if following is not None:
            return following
        el = el.getparent()
        if el is None or el.tag in {"body", "html"}:
            return None
    return None


def _sibling_labelled(tree: Any, label: re.Pattern[str]) -> Iterator[tuple[Any, str]]:
    """(label element, text of the element after it) for each short element that holds only
    a `label`."""
    for el in tree.iter(
        "p",
        "div",
        "span",
        "li",
        "td",
        "th",
        "dt",
        "small",
        "strong",
        "b",
        "em",
        "h4",
        "h5",
        "h6",
        "label",
    ):
        text = _squash(" ".join(_visible_text(el)))
        if not text or len(text) > 40 or not label.match(text):
            continue
        value = _next_value(el)
        if value is None:
            continue
        yield el, _squash(" ".join(_visible_text(value)))


def _sibling_author(tree: Any) -> str | None:
    """A name in the element after an 'Autor' / 'By' label element."""
    for el, text in _sibling_labelled(tree, _LABEL_ONLY):
        if not 0 < len(text) <= 80 or _in_furniture(el, byline=True):
            continue
        name = _clean_byline(text)
        if name and _capitalised(name) and all(_NAME.match(n) for n in _AND.split(name)):
            return name
    return None


def _capitalised(name: str) -> bool:
    """Starts with a capital, or with a letter of a script without case (Chinese)."""
    first = name[0]
    return first.isupper() or (first.isalpha() and first.upper() == first.lower())


_AND = re.compile(r"\s*,\s*|\s+(?:und|and|&|et|y|e|i)\s+")


def _author_link(tree: Any) -> str | None:
    """A link to an author page ('/author/jane-doe/') whose text is a name."""
    for el in tree.xpath("//a[contains(@href, '/author/') or contains(@href, '/autor/')]"):
        if _in_furniture(el, byline=True):
            continue
        name = _clean_byline(" ".join(_visible_text(el)))
        if name and _capitalised(name) and all(_NAME.match(n) for n in _AND.split(name)):
            return name
    return None


def _post_author_comment(tree: Any) -> str | None:
    """The name on a comment the post's author wrote: WordPress marks those comments
    `bypostauthor` (the author answering readers)."""
    for el in tree.xpath(
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' bypostauthor ')]"
    ):
        named = el.xpath(".//*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')]")
        named = named or el.xpath(".//*[contains(@class, 'comment-author')] | .//cite")
        if named:
            name = _clean_byline(" ".join(_visible_text(named[0])))
            if name:
                return name
    return None


def _drop_site_tail(names: str | None, page: _Page, outlet: str | None) -> str | None:
    """'Jane Doe, Example News' -> 'Jane Doe' when the last part names the site."""
    if names and ", " in names:
        head, _, tail = names.rpartition(", ")
        if _is_site_name(tail, page, outlet):
            return head
    return names


def _name_list(names: str) -> list[str]:
    return sorted(_norm(n) for n in _AND.split(names))


def _same_names(a: str, b: str) -> bool:
    """The same two or more names, joined differently ("A, B" and "A und B")."""
    left = _name_list(a)
    return len(left) > 1 and left == _name_list(b)


def _backed_byline(page: _Page, outlet: str | None, visible: str) -> bool:
    """A declared source (a later meta tag, say) names the very people the byline shows."""
    shown = _name_list(visible)
    return any(
        names and _name_list(_drop_site_tail(", ".join(names), page, outlet) or "") == shown
        for names in _declared_names(page)
    )


def _author(tree: Any, page: _Page, outlet: str | None, fallback: str | None) -> str | None:
    structured = _drop_site_tail(_structured_author(page, outlet), page, outlet)
    visible = _drop_site_tail(_visible_author(tree, page, outlet), page, outlet)
    agency = bool(structured and _is_organisation(structured, page, outlet))
    if structured and visible and (agency or _is_site_name(structured, page, outlet)):
        return visible  # the publisher given as author: the page's byline says better
    if structured and visible and " " not in structured and " " in visible:
        return visible  # a handle ("jane.doe") against a written-out byline
    if structured and visible and _same_names(structured, visible):
        return visible  # "Jane Doe, John Roe" declared, "Jane Doe und John Roe" shown
    if structured and visible:
        # the visible byline wins when it only adds co-authors to the declared one
        if visible.casefold().startswith(structured.casefold()):
            rest = visible[len(structured) :]
            co_author = r"\s*(?:,|and|und|et|y|e|i|&)\s*[^\W\d_][\w.'-]*\s+[^\W\d_]"
            if not rest.strip() or re.match(co_author, rest):
                return visible
        if _backed_byline(page, outlet, visible):
            return visible  # the byline and a declared source agree against the first source
        return structured
    if visible and not structured and _is_site_name(visible, page, outlet):
        # the site's account in the byline element: a person labelled in the page says better
        labelled = _labelled_author(tree, skip=lambda n: _is_site_name(n, page, outlet))
        if labelled and _personal(labelled, page, outlet):
            return labelled
    if visible:
        return visible
    if structured and " " not in structured and not _is_site_name(structured, page, outlet):
        # a first name declared ("Jane"), the byline labelled in full ("By" "Jane Doe")
        labelled = _labelled_author(tree) or _sibling_author(tree)
        if labelled and labelled.casefold().startswith(f"{structured.casefold()} "):
            return labelled
    if structured and not agency and not _is_site_name(structured, page, outlet):
        return structured
    # nothing, or only the publisher or an agency, declared: a labelled byline, then
    # trafilatura's guess
    labelled = _labelled_author(tree) or _sibling_author(tree) or _author_link(tree)
    if labelled and structured and labelled.casefold() in structured.casefold():
        return structured  # "Jane" labelled, "Jane Doe" declared: the fuller name
    if labelled:
        return labelled
    commenter = _post_author_comment(tree)
    if commenter:
        return commenter
    if fallback:
        names = [_clean_byline(n) for n in fallback.split("; ")]
        # a company's name split at its comma ("Example Labs; Inc"): no person at all
        company = any(n and _LEGAL_FORM.fullmatch(n) for n in names)
        found = ", ".join(
            n
            for n in names
            if n
            and not company
            and not _is_site_name(n, page, outlet)
            and not _is_organisation(n, page, outlet)
        )
        if found:
            return found
    contact = _labelled_author(tree, _CONTACT)
    if not structured and contact and " " in contact:
        return contact  # a full name, not "Kontakt: Redaktion"
    return (None if agency else structured) or _copyright_holder(tree, page, outlet)


_NEWSROOM = re.compile(r"\b(?:staff|redaktion|team|desk|newsroom)\b", re.IGNORECASE)


def _is_organisation(name: str, page: _Page, outlet: str | None) -> bool:
    """An organisation other than the site declared as author ("Example Press Service" in
    `<meta name="author">`): not a person's byline. A newsroom name ("Example Press staff")
    is kept as a byline."""
    return bool(
        _ORGANISATION.search(name)
        and not _NEWSROOM.search(name)
        and not _is_site_name(name, page, outlet)
    )


_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(\d{4}\s*(?:[-–]\s*(?:\d{4})?)?)?\s*"
    r"(?:by\s+)?([^\W\d_][^.•|,;:©()/\d]{2,60}?)\s*(?:$|[.•|,;])",
    re.IGNORECASE,
)
_ORGANISATION = re.compile(
    r"\b(?:media|medien|gmbh|ag|inc|ltd|llc|corp|group|gruppe|press|presse|news|magazine|"
    r"studio|agentur|agency|school|universit\w*|institut\w*|foundation|e\.\s?v)\b|"
    r"(?:schule|verlag|verband|verein|stiftung|zeitung|magazin)\b",
    re.IGNORECASE,
)
# a company's legal form on its own ("Inc.", "GmbH")
# a company's legal form standing alone (a name list split at a comma: "Example Labs; Inc")
_LEGAL_FORM = re.compile(rf"(?:{LEGAL_FORMS}|corp|co)\.?", re.IGNORECASE)
_RIGHTS = re.compile(r"rights|rechte|droits|derechos|diritti", re.IGNORECASE)


def _copyright_holder(tree: Any, page: _Page, outlet: str | None) -> str | None:
    """A personal site's last resort: the person named in its copyright line
    ("© 2012-2020 Jane Doe. All rights reserved.")."""
    for el in tree.iter("p", "div", "span", "small", "footer", "li", "td"):
        text = _squash(el.text_content())
        if not 0 < len(text) <= 150:
            continue
        for found in _COPYRIGHT.finditer(text):
            name = found[2].strip()
            stated = found[1] or _RIGHTS.search(text)  # a year or "all rights reserved"
            if stated and _personal(name, page, outlet):
                return name
    return None


def _personal(name: str, page: _Page, outlet: str | None) -> bool:
    """Reads as a person's name (two to four capitalised words), not the site's or a
    company's."""
    words = name.split()
    return bool(
        2 <= len(words) <= 4
        and not _ORGANISATION.search(name)
        and all(w[0].isupper() for w in words)
        and _NAME.match(name)
        and not _NOT_AUTHOR.search(name)
        and not _is_site_name(name, page, outlet)
    )


# ---------------------------------------------------------------- date

_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "publishdate",
    "pubdate",
    "citation_date",
    "citation_publication_date",
    "sailthru.date",
    "parsely-pub-date",
)


def _parse_date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    found = re.search(r"(\d{4})-(\d{2})-(\d{2})", value) or re.search(
        r"(\d{4})/(\d{2})/(\d{2})", value
    )
    if not found:
        return None
    try:
        day = dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None
    return day if 1995 <= day.year <= dt.date.today().year + 1 else None


# a time stamp element that says it is the modified date (WordPress marks its post date
# "entry-date published" and sometimes also "updated")
_MODIFIED_MARK = re.compile(r"modif|updat|aktualis|actualiz", re.IGNORECASE)
_PUBLISHED_MARK = re.compile(r"entry-date|publish", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"^(?:[^\W\d_]+\.?,?\s+)?(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
# the label of a revision time stamp ("Updated", "Aktualisiert am", "Mis à jour le")
_MODIFIED_LABEL = re.compile(
    r"\b(?:(?:last\s+)?updated?|modified|revised|aktualisiert|ge[äa]ndert|mis\s+[àa]\s+jour|"
    r"modifi[ée]e?|actualizad[oa]|actualizaci[óo]n|aggiornat[oa]|atualizad[oa])\b",
    re.IGNORECASE,
)
_HEADINGS = ".//h2 | .//h3 | .//h4 | .//h5 | .//h6"


def _labelled_modified(el: Any) -> bool:
    """A time stamp that its own small block marks as the revision date: the class of an
    element around it that holds no other time stamp ("asset-date-updated"), or a label
    next to it ("Updated 4:52 PM")."""
    for depth, a in enumerate(el.iterancestors()):
        if depth >= 2 or len(a.xpath(".//time")) > 1 or a.tag in {"body", "html"}:
            return False
        marker = f"{a.get('class', '')} {a.get('id', '')}"
        if _MODIFIED_MARK.search(marker) and not _PUBLISHED_MARK.search(marker):
            return True
        label = _squash(a.text_content().replace(el.text_content(), " "))
        if len(label) <= 40 and _MODIFIED_LABEL.search(label):
            return True
    return False


def _links_away(el: Any) -> bool:
    """Holds a link to another page (not an anchor in this one, not an e-mail address)."""
    return any(not x.get("href", "").startswith(("#", "mailto:")) for x in el.xpath(".//a[@href]"))


def _in_article_card(el: Any) -> bool:
    """A time stamp in a card of a list of other articles: the nearest block around it with
    a heading has that heading linked to another page (and is not the block of the `<h1>`),
    or it stands in a list item of a list of dated links to other pages (two or more: an
    author card's "More by ..." list)."""
    item = next(iter(el.xpath("ancestor::li[1]")), None)
    if item is not None and item.getparent() is not None:
        dated = [
            li
            for li in item.getparent()
            if li.tag == "li" and li.xpath(".//time") and _links_away(li)
        ]
        if item in dated and len(dated) >= 2:
            return True
    for depth, a in enumerate(el.iterancestors()):
        if depth >= 4 or a.tag in {"body", "html"} or a.xpath(".//h1"):
            return False
        headings = a.xpath(_HEADINGS)
        if not headings:
            continue
        links = [x for h in headings for x in h.xpath("ancestor::a[@href] | .//a[@href]")]
        return any(not x.get("href", "").startswith("#") for x in links)
    return False


def _shown_date(tree: Any) -> dt.date | None:
    """The publication date the article shows: the first `<time>` (or `datePublished`
    element) outside comments, teasers, quotes and navigation whose visible text states the
    same day and year as its machine-readable value ("3 May 2022" with
    datetime="2022-05-03T23:37-04:00"), or whose text is a plain "dd.mm.yyyy" date.

    Elements marked as the modified date (by their own class or by the block around them,
    `_labelled_modified`) and those in a card of another article (`_in_article_card`) are
    skipped; `itemprop="datePublished"` ones come first."""
    found = tree.xpath('//time | //*[@itemprop="datePublished"][@content or @datetime]')
    ordered = [e for e in found if "datepublished" in (e.get("itemprop") or "").casefold()]
    ordered += [e for e in found if e not in ordered]
    for el in ordered:
        marker = f"{el.get('class', '')} {el.get('itemprop', '')}"
        if _MODIFIED_MARK.search(marker) and not _PUBLISHED_MARK.search(marker):
            continue
        if _COMMENT_ANCESTOR.search(el.get("class", "")) or "teaser" in marker.casefold():
            continue
        if _labelled_modified(el) or _in_article_card(el):
            continue
        declared = "datepublished" in marker.casefold()  # may sit in the article's footer
        if (_in_furniture(el) and not declared) or any(
            a.tag in {"blockquote", "aside", "nav"}
            or re.search(r"teaser|comment|reply", a.get("class", ""), re.IGNORECASE)
            for a in el.iterancestors()
        ):
            continue
        text = _squash(el.text_content())
        day = _parse_date(el.get("datetime") or el.get("content"))
        if day is None:
            numeric = _NUMERIC_DATE.match(text)
            if numeric:
                day = _parse_date(f"{numeric[3]}-{int(numeric[2]):02d}-{int(numeric[1]):02d}")
        if day is None or re.search(r"\dT\d", text):
            continue
        shows_day = re.search(rf"(?<!\d)0?{day.day}(?!\d)", text)
        shows_year = re.search(rf"{day.year}|\.{day.year % 100:02d}(?!\d)", text)
        if shows_day and shows_year:
            return day
    return None


# month names (and their usual abbreviations) in the benchmark languages, by first letters
_MONTH_PREFIXES = (
    ("jan", "ene", "gen"),
    ("feb", "fév", "fev"),
    ("mär", "mar", "maa"),
    ("apr", "avr", "abr"),
    ("mai", "may", "mag", "mei"),
    ("jun", "juin", "giu"),
    ("jul", "juil", "lug"),
    ("aug", "aoû", "ago"),
    ("sep", "set"),
    ("okt", "oct", "ott", "out"),
    ("nov",),
    ("dez", "dec", "déc", "dic"),
)
_PUBLISHED_LABEL = re.compile(
    r"(?:^|[\s|•·,(])(?:ver[öo]ffentlicht|erschienen|written|erstellt|publiziert|eingestellt|datum|"
    r"published|posted|publicado|publicada|publié|publiée|pubblicato|data\s+di\s+pubblicazione|"
    r"date\s+de\s+publication|publication\s+date|date)"
    r"(?:\s+(?:am|on|le|el|il|em))?\s*:?\s*"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?-i:[A-Z]{2,4}\b)?\s*,?\s+)?"  # "11:03 AM EDT,"
    r"(?:[^\W\d_]{2,10}\.?,?\s+)?"
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2}|"
    r"\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?\s+(?:de\s+)?\d{4}|"
    r"[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?!\d)",
    re.IGNORECASE,
)


def _month(word: str) -> int | None:
    word = word.casefold().rstrip(".")
    for number, prefixes in enumerate(_MONTH_PREFIXES, start=1):
        if any(word.startswith(p) for p in prefixes):
            return number
    return None


def _written_date(text: str) -> dt.date | None:
    """'01.11.2023', '2023-11-01', '1. November 2023', '1 de noviembre de 2023', 'Nov. 1, 2023'."""
    found = re.fullmatch(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})", text)
    if found:
        day, month, year = int(found[1]), int(found[2]), int(found[3])
    elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return _parse_date(text)
    else:
        words = re.findall(r"[^\W\d_]+", text)
        numbers = re.findall(r"\d+", text)
        month_words = [m for m in (_month(w) for w in words if w.casefold() != "de") if m]
        if len(month_words) != 1 or len(numbers) != 2:
            return None
        day, month, year = int(numbers[0]), month_words[0], int(numbers[1])
    try:
        return _parse_date(dt.date(year, month, day).isoformat())
    except ValueError:
        return None


def _labelled_date(tree: Any) -> dt.date | None:
    """A date the page labels as its publication date ("Veröffentlicht am: 01.11.2023",
    "Published: Nov. 1, 2023", "Datum: 01.11.2023") in a short block outside comments, sidebars
    and teasers; a block that also states a modified date is passed over."""
    for el in tree.iter("p", "div", "span", "li", "small", "td", "dd", "em", "strong"):
        whole = " ".join(_visible_text(el))
        if not 0 < len(_squash(whole)) <= (300 if el.find("br") is not None else 120):
            continue
        for line in whole.split(_BR):
            found = _PUBLISHED_LABEL.search(_squash(line))
            marker = f"{el.get('class', '')} {el.get('id', '')}"
            if not found or _in_furniture(el) or _COMMENT_ANCESTOR.search(marker):
                continue
            day = _written_date(found["date"])
            if day:
                return day
    # the label alone in its element, the date in the next one ("Erschienen am:" "13.10.2021")
    for el, text in _sibling_labelled(tree, _DATE_LABEL_ONLY):
        if _in_furniture(el):
            continue
        day = _written_date(re.sub(r"^[^\W\d_]{2,10}\.?,\s*", "", text))  # "Mi., 13.10.2021"
        if day:
            return day
    return None


_DATE_LABEL_ONLY = re.compile(
    r"^(?:ver[öo]ffentlicht|erschienen|publiziert|datum|published|publicado|publicada|publié|"
    r"pubblicato|publication\s+date|date\s+de\s+publication)(?:\s+(?:am|on|le|el|il|em))?\s*:?$",
    re.IGNORECASE,
)


# an element whose class names it a date ("post-date", "news-single-timedata", "datum")
_DATE_CLASS = re.compile(r"date|datum|time|zeit", re.IGNORECASE)
_LEADING_DATE = re.compile(
    r"^(?:[^\W\d_]{2,10}\.?,?\s+)?(?:(?:am|on|le|el|il|em|vom)\s+)?"
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2}|"
    r"\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?\s+(?:de\s+)?\d{4}|"
    r"[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?!\d)",
    re.IGNORECASE,
)


def _classed_date(tree: Any) -> dt.date | None:
    """The date in a short element whose class names it a date ("field--name-post-date",
    "news-date") and whose text opens with it ("20.12.2022", "Mi., 5. Februar 2020 - ...");
    modified dates, and those in comments, sidebars, teasers, cards of other articles and
    a page banner (a `<header>` with the menu or without the `<h1>`: today's date) are
    skipped."""
    for el in tree.iter("div", "span", "p", "li", "small", "dd", "td", "em", "strong"):
        marker = f"{el.get('class', '')} {el.get('id', '')}"
        if not _DATE_CLASS.search(marker):
            continue
        if _MODIFIED_MARK.search(marker) and not _PUBLISHED_MARK.search(marker):
            continue
        text = _squash(" ".join(_visible_text(el)))
        found = _LEADING_DATE.match(text) if 0 < len(text) <= 80 else None
        if found and _MODIFIED_LABEL.search(text) and not _PUBLISHED_MARK.search(marker):
            continue  # "Updated March 28, 2022", unless the class says "published-date"
        if not found or _in_furniture(el) or _in_article_card(el) or _labelled_modified(el):
            continue
        if any(
            a.tag in {"blockquote", "aside", "nav"}
            # the site's banner (its menu, or no headline): today's date
            or (a.tag == "header" and (a.xpath(".//nav") or not a.xpath(".//h1")))
            or re.search(r"teaser|comment|reply", a.get("class", ""), re.IGNORECASE)
            for a in el.iterancestors()
        ):
            continue
        day = _written_date(found["date"])
        if day:
            return day
    return None


_STAMP = re.compile(r"T(\d{2}):\d{2}(?::\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?")


def _unambiguous_day(value: str) -> bool:
    """A time stamp whose day is the page's local day: one with a local UTC offset, or a
    UTC one between 06:00 and 18:00 (the same day from UTC-6 to UTC+6)."""
    stamp = _STAMP.search(value)
    if not stamp:
        return False
    if stamp[2] and stamp[2] not in {"Z", "+00:00", "+0000", "-00:00"}:
        return True
    return 6 <= int(stamp[1]) <= 18


def _declared_date(page: _Page, url: str | None, found: dt.date | None) -> dt.date | None:
    """JSON-LD `datePublished` when `article:published_time` agrees on an unambiguous day
    and the other candidate is not the date in the URL (htmldate sometimes prefers a
    revision date)."""
    declared = next(
        (
            o["datePublished"]
            for o in _jsonld_articles(page)
            if isinstance(o.get("datePublished"), str)
        ),
        None,
    )
    meta = (
        page.meta.get("article:published_time")
        or page.meta.get("og:article:published_time")
        or [None]
    )[0]
    if not declared or not meta:
        return None
    day = _parse_date(declared)
    if day is None or day != _parse_date(meta) or day == found:
        return None
    if not (_unambiguous_day(declared) and _unambiguous_day(meta)):
        return None
    if found and url and re.search(rf"{found.year}[/-]0?{found.month}[/-]0?{found.day}(?!\d)", url):
        return None
    return day


def _date(
    page: _Page, found: str | None, tree: Any = None, url: str | None = None
) -> dt.date | None:
    """The date the article shows in a `<time>` element (`_shown_date`), after a
    publication label (`_labelled_date`) or in an element classed as a date
    (`_classed_date`), else htmldate's
    original date (it reads the page's own local date best) unless JSON-LD and the Open
    Graph tag agree on another day (`_declared_date`), then JSON-LD `datePublished` and
    publication meta tags."""
    shown = (
        (_shown_date(tree) or _labelled_date(tree) or _classed_date(tree))
        if tree is not None
        else None
    )
    if shown:
        return shown
    day = _parse_date(found)
    declared = _declared_date(page, url, day)
    if declared:
        return declared
    if day:
        return day
    for obj in _jsonld_articles(page):
        day = _parse_date(obj.get("datePublished")) or _parse_date(obj.get("dateCreated"))
        if day:
            return day
    for key in _DATE_KEYS:
        for value in page.meta.get(key, []):
            day = _parse_date(value)
            if day:
                return day
    return None


# ---------------------------------------------------------------- body

_JUNK_LINE = re.compile(
    r"^(?:advertisement|anzeige|werbung|publicité|publicidad|sponsored|"
    r"(?:read|see|show|load|view)\s+(?:more|also|all|next)\b.*|(?:also|further)\s+read\b.*|"
    r"related(?:\s+(?:articles?|stories|posts|content|topics))?\s*:?.*|"
    r"(?:more|mehr)\s*(?:from|on|about|zum thema|zu|:).{0,80}|"
    r"(?:lesen|lest|lies)\s+sie\s+(?:auch|mehr).*|weiterlesen.*|mehr\s+lesen.*|"
    r"(?:à\s+)?lire\s+(?:aussi|également|la suite).*|leer\s+(?:más|también).*|"
    r"share\s+(?:this|on|via)\b.*|teilen\s*(?:auf|mit|:).*|partager\s+(?:sur|cet).*|"
    r"(?:follow|folgen\s+sie|suivez)[-\s]+(?:us|uns|nous)\b.*|"
    r"(?:sign\s+up|subscribe|abonnieren|abonnez|inscr[ií]bete).{0,150}|"
    r"(?:click|tap)\s+here\b.*|hier\s+klicken.*|"
    r"(?:all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés).*|"
    r"(?:©|\(c\)|copyright)\s*:?\s.{0,150}|\(?(?:photo\s+|image\s+)?credits?\s*:.{0,100}|"
    r"(?:photo|foto|image|bild|picture|credit|crédit|quelle|source|fuente)s?\s*(?:credit)?\s*"
    r"[:：©].{0,100}|"
    r"(?:getty\s+images|reuters|afp|dpa|ap\s+photo|epa|imago)[\s/|]*(?:photo)?)\s*$",
    re.IGNORECASE,
)
_NEWSLETTER = re.compile(
    r"newsletter|sign\s+up\s+for|subscribe\s+(?:to|now|today)|jetzt\s+abonnieren|"
    r"inscrivez-vous|abonnez-vous",
    re.IGNORECASE,
)
# "Read also: <headline>" and friends: a short label, then a colon (or the label alone)
_RELATED_LABEL = (
    r"(?:lea|lee|mire|mira|vea|ver|leia|veja|czytaj|zobacz|lesen\s+sie|lies|auch\s+lesen|"
    r"lire|à\s+lire|voir|also\s+on|also\s+read|see\s+also|don'?t\s+miss|"
    r"do\s+not\s+miss|no\s+te\s+pierdas|más\s+sobre|more\s+on|more\s+about|mehr\s+zu|"
    r"mehr\s+zum\s+thema|mehr\s+themen|zum\s+weiterlesen|weitere\s+(?:artikel|themen|beiträge|"
    r"infos|informationen|nachrichten|tourentipps)|auch\s+interessant|schon\s+gelesen|"
    r"das\s+(?:thema\s+)?könnte\s+(?:dich|sie)\s+auch\s+interessieren|"
    r"contenido\s+relacionado|related|top[-\s]themen|empfohlen|recommended|trending)"
)
_RELATED = re.compile(
    rf"^{_RELATED_LABEL}(?:(?:\s+[\w.'’-]+){{0,4}}\s*[:?!»]|(?:\s+[\w.'’-]+)?\W*$)",
    re.IGNORECASE,
)
# the heading of a related-links block: "Weitere Artikel zum Thema", "Top-Themen bei Site"
_RELATED_HEADING = re.compile(
    r"^(?:weitere\s+(?:[\w-]+\s+)?(?:artikel|themen|beiträge|infos|informationen|nachrichten|"
    r"meldungen|news|tipps|tourentipps)|top[-\s]themen|más\s+(?:sobre|de)|"
    r"more\s+(?:on|about|from|stories|articles)|mehr\s+(?:zu|zum|aus|von)|related)"
    r"(?:\s+[\w.'’&-]*[\w'’&-]){0,5}\s*[:»]?$",
    re.IGNORECASE,
)
_TEASER = re.compile(r"\w\W+(?:\w+\W+){2,}\[[A-Z][A-Z ]{2,15}\]\W*$")  # "Headline [VIDEO]"
_FURNITURE = re.compile(
    r"^(?:follow|folgen\s+sie|suivez|siga|síganos|seguici)\b.*\b(?:twitter|facebook|"
    r"instagram|youtube|linkedin|telegram|tiktok|x)\b"
    r"|(?:reached|e-?mail|write\s+to|contact|kontakt|escr[ií]b|écrivez).{0,80}\S+@\S+\.\w+"
    r"|\bfollow\s+(?:him|her|them|us|me)\s+on\s+(?:twitter|facebook|instagram|x)\b"
    r"|^listen\s+(?:to\s+\S+(?:\s+\S+)?\s+live|back)\b"
    r"|^also\s+on\s+\S+\.\w+\b|^reach\s+(?:the\s+)?(?:reporters?|writers?|authors?)\b"
    r"|contributed\s+to\s+this\s+report\W*$|^you\s+(?:may|might)\s+also\s+(?:like|enjoy)"
    r"|^(?:got|have)\s+a\s+(?:news\s+)?tip\b|share\s+it\s+with|tell\s+us\s+what\s+you\s+think"
    r"|personal,?\s+non-commercial\s+use|^if\s+you\s+(?:enjoyed|liked|value)\b"
    r"|^\(?(?:additional\s+)?(?:reporting|editing|writing)\s+by\b"
    r"|^(?:category|categories|kategorie|kategorien|catégorie|categoría|tags?|schlagw(?:ö|o)rte?|"
    r"stichw(?:ö|o)rte?)\s*:"
    r"|already\s+a\s+subscriber|pour\s+lire\s+la\s+suite|accéder\s+en\s+illimité|"
    r"nicht\s+eingeloggt|to\s+continue\s+reading|subscribers?\s+only|nur\s+für\s+abonnenten"
    r"|affiliate[-\s]?(?:links?|partner)|(?:we|wir)\s+(?:may\s+)?(?:receive|earn|erhalten)\s+(?:a\s+)?(?:small\s+)?"
    r"(?:compensation|commission|provision)|advertisers?\s+do(?:es)?\s+not\s+influence|"
    r"references\s+to\s+products\s+from|enthält\s+(?:unbezahlte\s+)?werbung|"
    r"^\W*(?:unbezahlte\s+)?werbung\s*[\]:|]|sponsored\s+(?:post|content)"
    r"|^(?:unterstütze|support|help)\s+(?:uns|us|\w+\s+bereits)"
    r"|(?:akzeptier\w*|accept|agree\s+to)\b.{0,60}(?:datenschutz|privacy|nutzungsbedingungen|terms)"
    r"|^(?:datenschutz(?:erklärung)?|impressum|privacy(?:\s+policy)?|imprint)\W*$"
    r"|(?:\b|(?<=\d))(?:pdf|docx?|xlsx?)\s*\|?\s*\d+(?:[.,]\d+)?\s*[km]i?b\b"
    r"|^(?:bild|foto|image|photo)\s+(?:anzeigen|vergrößern|ansehen|öffnen)\W*$"
    r"|^(?:(?:geschätzte\s+)?(?:lesezeit|lesedauer)|(?:estimated\s+)?reading\s+time|"
    r"tiempo\s+de\s+lectura|temps\s+de\s+lecture|czas\s+czytania)\s*:?\s*\S{0,12}\s*"
    r"(?:min\w*|minut\w*|sek\w*|sec\w*)?\.?$"
    r"|^(?:ca\.\s*)?\d+\s*(?:min\.?|minuten?|minutes?)\s+"
    r"(?:read|lesezeit|lesedauer|de\s+lectura)\W*$"
    r"|^ten\s+tekst\s+przeczytasz\b.{0,40}$"
    r"|^(?:show|view|enlarge)\s+(?:image|photo|picture)\W*$"
    r"|^vorschau\s+auf\s+den\s+nächsten|^beiträge\s+aus\s+dem\s+forum|^kommentierte\s+artikel"
    r"|^(?:view|show|load|hide)\s+(?:all\s+)?comments|^(?:last\s+modified|letzte\s+änderung|"
    r"zuletzt\s+(?:aktualisiert|geändert))\b"
    r"|^(?:order\s+reprints|print(?:\s+article)?|e-?mail|tweet|pin|whatsapp|facebook|twitter|"
    r"linkedin|reddit|comments?|kommentare?|tags?|teilen|share|drucken|merken|thank\s+you|"
    r"an\s+error\s+has\s+occurred.*|this\s+article\s+has\s+been\s+sent\s+to.*)\W*$",
    re.IGNORECASE,
)


_DATE_WORD = re.compile(
    r"(?:jan|feb|mär|mar|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|out|nov|de[cz]|dic|ene|abr|ago|set|"
    r"janv|févr|avr|juil|août|déc|gen|giu|lug|ott|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|"
    r"sexta|feira|updated|published|posted|aktualisiert|veröffentlicht|publicado|publié|"
    r"actualizado|stand|am|um|at|on|de|del|às|a|le|el|uhr|h|gmt|utc|cet|cest|[ap]\.?m)\w*\.?$",
    re.IGNORECASE,
)


def _is_date_line(line: str) -> bool:
    """'Monday, 22 January 2018, 0:13' / 'Updated at 1:23 p.m.': a time stamp and nothing else."""
    if len(line) > 60 or len(re.findall(r"\d{4}", line)) != 1 or re.search(r"\s[|–-]\s", line):
        return False
    words = re.findall(r"[^\W\d_][\w.]*", line)
    return bool(words) and all(_DATE_WORD.match(w) for w in words)


# a WordPress shortcode the page left unrendered: '[button link="..."]Send us yours[/button]'
_SHORTCODE = re.compile(r"^\[([a-z_]+)\s+[a-z_]+=[^\]]*\][^\[]{0,200}\[/\1\]$", re.IGNORECASE)


def _is_junk(line: str, title: str | None) -> bool:
    if _SHORTCODE.match(line.strip()):
        return True
    stripped = line.strip(" |-–•*[]")
    if len(stripped) > 250:
        return False
    if _is_date_line(stripped):
        return True
    if _JUNK_LINE.match(stripped) or _FURNITURE.search(stripped):
        return True
    if _TEASER.search(line.strip()):  # before the strip takes the label's closing bracket
        return True
    if len(stripped) < 200 and (_RELATED.match(stripped) or _RELATED_HEADING.match(stripped)):
        return True
    return len(stripped) < 160 and bool(_NEWSLETTER.search(stripped))


# trafilatura's precision mode drops more boilerplate but sometimes most of the article; keep
# its output only when it holds at least this share of the default output (tuned on dev)
_PRECISION_SHARE = 0.6
# below this many characters the default body is probably a miss: try recall mode (dev-tuned)
_SHORT_BODY = 300


def _body(html: str, url: str | None, default: str | None) -> str:
    """trafilatura's precision-mode body when it kept most of the article, else the default;
    recall mode when the default found next to nothing."""
    if not default or len(default) < _SHORT_BODY:
        found = trafilatura.extract(
            html, url=url, include_comments=False, include_tables=True, favor_recall=True
        )
        if found and len(found) > len(default or ""):
            return found
    if not default:
        return ""
    precise = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=True, favor_precision=True
    )
    if precise and len(precise) >= _PRECISION_SHARE * len(default):
        return _span(default, precise)
    return default


def _span(default: str, precise: str) -> str:
    """The default output from the first to the last paragraph precision mode kept: the
    paragraphs precision mode drops inside the article (subheadings, short questions) are
    mostly text; the ones before and after it mostly furniture."""
    lines = default.split("\n")
    kept = {line.strip() for line in precise.split("\n") if line.strip()}
    inside = [i for i, line in enumerate(lines) if line.strip() in kept]
    if not inside or len(kept - {line.strip() for line in lines}) > 0:
        return precise  # precision mode wrote something the default did not: keep it
    return "\n".join(lines[inside[0] : inside[-1] + 1])


# an article split into several containers of the same kind ("chunks" between ad slots):
# trafilatura keeps one; the others are added when they hold this much new paragraph text
_CHUNK_MIN_CHARS = 300
_CHUNK_PARA_MIN = 40


def _chunk_paragraphs(container: Any) -> list[str]:
    return [
        text
        for el in container.iter("p", "h2", "h3", "h4")
        if len(text := _squash(el.text_content())) >= (_CHUNK_PARA_MIN if el.tag == "p" else 3)
        and not any(a.tag in {"aside", "figure", "nav"} for a in el.iterancestors())
    ]


def _is_teaser(el: Any) -> bool:
    """A linked heading, or mostly link text: a teaser of another page, not a chunk."""
    if el.xpath(".//*[self::h1 or self::h2 or self::h3 or self::h4][.//a]"):
        return True
    total = len(_squash(el.text_content()))
    linked = sum(len(_squash(a.text_content())) for a in el.iter("a"))
    return total == 0 or linked > 0.25 * total


def _add_chunks(body: str, tree: Any) -> str:
    """Add the paragraphs of containers that continue the one trafilatura chose: elements
    with the same tag and class under the same section of the page (an article cut into
    chunks around ad slots), that are not comments, sidebars or teasers."""
    flat = _squash(body)
    if not flat:
        return body
    parents: dict[Any, int] = {}
    for el in tree.iter("p"):
        text = _squash(el.text_content())
        if len(text) >= 60 and text in flat and el.getparent() is not None:
            parents[el.getparent()] = parents.get(el.getparent(), 0) + 1
    if not parents:
        return body
    main = max(parents, key=lambda k: parents[k])
    cls = main.get("class")
    if not cls or not cls.strip():
        return body
    section = main.getparent()
    for _ in range(2):  # the chunks share a near ancestor
        if section is not None and section.getparent() is not None:
            section = section.getparent()
    if section is None:
        return body
    inside = set(main.iterancestors()) | set(main.iterdescendants())
    before: list[str] = []
    after: list[str] = []
    seen_main = False
    for el in section.iter(main.tag):
        if el is main:
            seen_main = True
            continue
        if el.get("class") != cls or el in inside or _in_furniture(el) or _is_teaser(el):
            continue
        new = [t for t in _chunk_paragraphs(el) if t not in flat]
        (after if seen_main else before).extend(new)
    if sum(len(t) for t in before + after) < _CHUNK_MIN_CHARS:
        return body
    return "\n".join([*before, body, *after])


# embedded tweets inside the article: trafilatura drops them, but they are quoted as part of
# the report (other embeds, Instagram or TikTok, did not occur in the dev pages: not handled)
_EMBED_CLASS = re.compile(r"twitter-tweet", re.IGNORECASE)


def _embed_lines(el: Any) -> list[str]:
    """An embedded post as lines: its paragraphs, then the attribution after them."""
    lines = [_squash(" ".join(_visible_text(p))) for p in el.iter("p")]
    rest = [el.text or ""]
    for child in el:
        if child.tag != "p":
            rest.extend(_visible_text(child, top=False))
        else:
            rest.append(child.tail or "")
    return [line for line in [*lines, _squash(" ".join(rest))] if line]


def _add_embeds(body: str, tree: Any) -> str:
    """Put embedded posts that sit between the body's paragraphs back in, after the paragraph
    before them."""
    lines = body.split("\n")
    index = {_squash(line): i for i, line in enumerate(lines) if len(_squash(line)) >= 30}
    if len(index) < 2 or not tree.xpath("//blockquote"):
        return body
    last = max(index.values())
    flat = _norm(body)
    at = None
    inserts: dict[int, list[str]] = {}
    for el in tree.iter("p", "blockquote"):
        if el.tag == "blockquote" and _EMBED_CLASS.search(el.get("class", "")):
            post = [_norm(p.text_content()) for p in el.iter("p")]
            if post and all(p in flat for p in post):
                continue  # the body already holds the post's words (the page printed them)
            if at is not None and at < last and not _in_furniture(el):
                new = [t for t in _embed_lines(el) if t not in index]
                inserts.setdefault(at, []).extend(new)
            continue
        if any(a.tag == "blockquote" for a in el.iterancestors()):
            continue
        i = index.get(_squash(el.text_content()))
        if i is not None:
            at = i
    if not inserts:
        return body
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        out.extend(inserts.get(i, []))
    return "\n".join(out)


# a box about the author (bio, photo, "more by"), usually after the article
_AUTHOR_BOX = re.compile(
    r"author[-_]?(?:bio|box|info|description|details|about|profile|card)|"
    r"about[-_]?(?:the[-_]?)?author|autor(?:en)?[-_]?(?:box|info|bio|profil)|"
    r"(?<![a-z])bio(?:graphy)?(?![a-z])",
    re.IGNORECASE,
)


# a note on affiliate links or advertisers, set apart in its own box
_DISCLOSURE_BOX = re.compile(
    r"disclosure|affiliate[-_]?(?:text|note|notice|disclaimer|hinweis|info)|"
    r"(?:advertis\w*|editorial|sponsor\w*)[-_]disclaimer",
    re.IGNORECASE,
)


# a sign-up form's e-mail field; the box around it ("kg-signup-card", "newsletter-cta")
_EMAIL_FIELD = re.compile(r"e-?mail", re.IGNORECASE)
_SIGNUP_MAX_CHARS = 400  # a heading and a pitch, not a part of the article
_SIGNUP_BOX = re.compile(r"sign[-_]?up|newsletter|subscri|opt[-_]?in", re.IGNORECASE)


def _signup_boxes(tree: Any) -> list[Any]:
    """The boxes around a form that asks for an e-mail address (a newsletter or membership
    sign-up set between the article's paragraphs, with its heading and pitch): the nearest
    block around the form whose class names a sign-up, else the form's parent, when short."""
    boxes = []
    for form in tree.iter("form"):
        fields = form.xpath(".//input")
        if not any(
            (x.get("type") or "").casefold() == "email"
            or _EMAIL_FIELD.search(f"{x.get('name', '')} {x.get('placeholder', '')}")
            for x in fields
        ):
            continue
        box = form.getparent()
        for depth, a in enumerate(form.iterancestors()):
            if depth >= 3 or a.tag in {"body", "html"}:
                break
            if _SIGNUP_BOX.search(f"{a.get('class', '')} {a.get('id', '')}"):
                box = a
                break
        if (
            box is not None
            and box.tag not in {"body", "html"}
            and len(_squash(box.text_content())) <= _SIGNUP_MAX_CHARS
        ):
            boxes.append(box)
    return boxes


def _drop_author_box(body: str, tree: Any, pattern: re.Pattern[str] | None = _AUTHOR_BOX) -> str:
    """Drop the body lines that stand in a box about the author, or another box the pattern
    names (no pattern: a sign-up box, `_signup_boxes`), when the box is not the article
    itself."""
    total = len(_squash(body))
    if pattern is None:
        found = _signup_boxes(tree)
    else:
        found = [
            el
            for el in tree.iter()
            if isinstance(el.tag, str)
            and el.tag not in {"body", "html", "a", "img"}
            and pattern.search(f"{el.get('class', '')} {el.get('id', '')}")
        ]
    boxed: list[str] = []
    for el in found:
        text = _squash(el.text_content())
        if text and len(text) < 0.5 * total:
            boxed.append(text)
    if not boxed:
        return body
    keep = [
        line
        for line in body.split("\n")
        if len(_squash(line)) < 20 or not any(_squash(line) in box for box in boxed)
    ]
    return "\n".join(keep)


# an image caption trafilatura keeps as a paragraph of its own (often with the photo credit)
_CAPTION_CLASS = re.compile(r"caption|bildunterschrift|legende", re.IGNORECASE)
_ALT_MIN_WORDS = 3


def _drop_captions(body: str, tree: Any) -> str:
    """Drop the body lines that are the whole text of an image caption (`<figcaption>` or an
    element with a caption class) or an image's description (`alt`) repeated as a line."""
    captions = {
        text
        for el in tree.iter()
        if isinstance(el.tag, str)
        and (el.tag == "figcaption" or _CAPTION_CLASS.search(el.get("class", "")))
        and (text := _squash(el.text_content()))
    }
    # a caption that repeats the image's description (`alt`), unless a heading says the same
    headings = {_squash(el.text_content()) for el in tree.iter("h1", "h2", "h3", "h4", "h5", "h6")}
    captions.update(
        alt
        for img in tree.iter("img")
        if len((alt := _squash(img.get("alt"))).split()) >= _ALT_MIN_WORDS and alt not in headings
    )
    if not captions:
        return body
    return "\n".join(line for line in body.split("\n") if _squash(line) not in captions)


# a paragraph, list item or heading that is nothing but one link to another page: the
# headline of a related story set between or after the article's paragraphs
_LINK_BLOCKS = ("p", "li", "h2", "h3", "h4", "h5", "h6")
_TEASER_MIN_WORDS = 3


def _site(host: str) -> str:
    """The site of a host: its last two labels, three under a country's "co.uk"-like suffix
    ("video.example.com" and "www.example.com" are one site)."""
    labels = host.lower().split(":")[0].removeprefix("www.").split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
    return ".".join(labels[-keep:])


def _link_teasers(tree: Any, host: str) -> set[str]:
    """The texts of the blocks that are the whole text of one link (their own link, or the
    link they stand in) to another page of the same site: not its home page, not a product or
    source on another site, not a label ("Download:")."""
    found: set[str] = set()
    for el in tree.iter(*_LINK_BLOCKS):
        text = _squash(el.text_content())
        if len(text.split()) < _TEASER_MIN_WORDS or text.endswith(":"):
            continue
        links = [a for a in el.iter("a") if _squash(a.text_content())]
        if len(links) == 1:
            link = links[0]
        elif not links:
            link = next((a for a in el.iterancestors("a")), None)
        else:
            continue
        if link is None or _norm(link.text_content()) != _norm(text):
            continue
        parts = urlsplit((link.get("href") or "").strip())
        if not parts.scheme and not parts.netloc and not parts.path.startswith("/"):
            continue  # "#", "mailto:", a relative path without a root
        linked = _site_host((link.get("href") or "").strip()) if parts.netloc else ""
        if parts.netloc and (not host or _site(linked or parts.netloc) != _site(host)):
            continue
        if parts.scheme not in {"", "http", "https"} or len(parts.path.strip("/")) < 2:
            continue
        if parts.fragment:  # a heading's own anchor, a table of contents: this page's text
            continue
        found.add(_norm(text))
    return found


def _drop_link_teasers(body: str, tree: Any, host: str) -> str:
    """Drop the body lines that are a block made of one link to another article of the site
    (a related story's headline); never all of them."""
    teasers = _link_teasers(tree, host)
    if not teasers:
        return body
    lines = body.split("\n")
    keep = [line for line in lines if _norm(line) not in teasers]
    return "\n".join(keep) if any(_squash(line) for line in keep) else body


# a link to a tag or topic page ("rel=tag", ".../tag/bridges/"): a line made of them is the
# article's tag list, not its text
_TAG_HREF = re.compile(
    r"/(?:tags?|topics?|themen|schlagw[oö]rter|stichw[oö]rter|etiquetas?|mots-cles|category|"
    r"categories|kategorie|categoria)/",
    re.IGNORECASE,
)
_TAG_LIST_MIN = 2
# what else such a line may say: its label ("Tags:", "Schlagwörter:", "Filed under:")
_TAG_LABEL = re.compile(
    r"(?:tags?|topics?|themen|thema|schlagw\w+|stichw\w+|etiquetas?|keywords?|mots|cl[eé]s|"
    r"filed|posted|under|in|kategori\w*|categor\w*|rubri\w+|unter)$"
)


def _drop_tag_lists(body: str, tree: Any) -> str:
    """Drop the body lines that are a list of tag or category links (three, or two set apart
    by a comma or a bar), with a label ("Tags:") at most, or one such link after its label."""
    tags = {
        key
        for a in tree.iter("a")
        if (
            {"tag", "category"} & set((a.get("rel") or "").lower().split())
            or _TAG_HREF.search(a.get("href") or "")
        )
        and (key := _norm(a.text_content()))
    }
    if not tags:
        return body
    keep = []
    for line in body.split("\n"):
        rest = f" {_norm(line)} "
        found = 0
        for tag in sorted(tags, key=len, reverse=True):
            if f" {tag} " in rest:
                found += rest.count(f" {tag} ")
                rest = rest.replace(f" {tag} ", " ")
        words = rest.split()
        labelled = all(_TAG_LABEL.match(word) for word in words)
        # two or more tags set apart as a list, or one after its label ("Filed under: News")
        listed = found > _TAG_LIST_MIN or (found and re.search(r"[,;|•·/]", line))
        if not (labelled and ((found >= _TAG_LIST_MIN and listed) or (found and words))):
            keep.append(line)
    return "\n".join(keep) if any(_squash(line) for line in keep) else body


_TAIL_JUNK_START = 120  # a long last paragraph is furniture when it opens with its wording
_HEAD_WITHIN = 3  # the headline repeated among the body's first lines
_KICKER_WORDS = 8  # lines before it this short are its kicker, not text


def _clean_body(
    text: str,
    title: str | None,
    headlines: frozenset[str] = frozenset(),
    subheads: frozenset[str] = frozenset(),
) -> str:
    lines = [_squash(line) for line in text.split("\n")]
    lines = [line for line in lines if line]
    # the headline (any of its versions) repeated as the first line is not body
    heads = headlines | {_norm(title)} if title else headlines
    while lines and _norm(lines[0]) in heads:
        lines.pop(0)
    # ... or a little further down: after a kicker ("Review") it goes with the kicker; after
    # the lead paragraph (the page prints the headline under its first words) alone
    at = next((i for i, line in enumerate(lines[:_HEAD_WITHIN]) if _norm(line) in heads), None)
    if at:
        kicker = all(len(line.split()) <= _KICKER_WORDS for line in lines[:at])
        del lines[0 if kicker else at : at + 1]
    lines = [line for line in lines if not _is_junk(line, title)]
    # the end of the body: a long closing note that opens with furniture wording ("If you
    # enjoyed this article ...", "This copy is for your personal, non-commercial use ..."),
    # and a heading (`subheads`) left with nothing after it
    while len(lines) > 1 and (
        _norm(lines[-1]) in subheads or _FURNITURE.search(lines[-1][:_TAIL_JUNK_START])
    ):
        lines.pop()
    return "\n".join(lines)


# ---------------------------------------------------------------- page chrome (removed blocks)

# the elements that start a block of their own (a paragraph, list item, heading, table row,
# or the loose text of a container); other elements are inline and join the text around them
_BLOCK_TAGS = frozenset(
    "p li h1 h2 h3 h4 h5 h6 dt dd tr blockquote figcaption caption pre address div section "
    "article aside header footer nav ul ol dl table thead tbody tfoot main form fieldset legend "
    "details summary figure menu hr center body html".split()
)
# inline elements kept apart from their neighbours (a menu of bare links, table cells)
_SPACED_TAGS = frozenset({"a", "button", "td", "th", "label"})
# never shown as text on the page
_UNSEEN_TAGS = frozenset(
    "head script style noscript template title meta link iframe svg math select option "
    "datalist object embed canvas audio video textarea input".split()
)
_HIDDEN_CLASS = re.compile(
    r"(?<![\w-])(?:hidden|is-hidden|d-none|invisible|sr-only|visually-?hidden|screen-?reader-text|"
    r"element-invisible)(?![\w-])",
    re.IGNORECASE,
)


def _unseen(el: Any) -> bool:
    return (
        el.tag in _UNSEEN_TAGS
        or _is_hidden(el)
        or (el.get("aria-hidden") or "").strip().lower() == "true"
        or bool(_HIDDEN_CLASS.search(el.get("class") or ""))
    )


def _page_blocks(root: Any) -> list[tuple[str, Any]]:
    """The visible text blocks of a page in page order, each with the element it stands in:
    the text of a block element without that of the blocks inside it, split at `<br>`."""
    blocks: list[tuple[str, Any]] = []
    parts: list[str] = []
    owner = [root]

    def flush() -> None:
        text = _squash("".join(parts)).replace("\xad", "")
        parts.clear()
        if text:
            blocks.append((text, owner[-1]))

    def walk(el: Any) -> None:
        block = el.tag in _BLOCK_TAGS or el.tag == "br"
        if block:
            flush()
            owner.append(el)
        spaced = el.tag in _SPACED_TAGS
        parts.append(" " if spaced else "")
        parts.append(el.text or "")
        for child in el:
            if isinstance(child.tag, str) and not _unseen(child):
                walk(child)
            parts.append(child.tail or "")
        parts.append(" " if spaced else "")
        if block:
            flush()
            owner.pop()

    if isinstance(root.tag, str) and not _unseen(root):
        walk(root)
    flush()
    return blocks


# what a block's element or a container around it says it is (class, id, role, aria-label),
# tried in this order on each element from the block outwards; the first element that says
# anything decides
_CHROME_MARKERS: tuple[tuple[RemovedReason, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.IGNORECASE))
    for reason, pattern in (
        ("legal", r"cookie|consent|gdpr|(?<![a-z])cmp(?![a-z])"),
        (
            "paywall",
            r"pay-?wall|reg-?wall|(?<![a-z])meter(?:ed|ing)?(?![a-z])|piano|premium-?(?:wall|box|"
            r"teaser|barrier)|subscriber-?only|(?<![a-z])tp-(?:modal|container)",
        ),
        ("newsletter", r"newsletter|subscri(?:be|ption)|sign-?up|opt-?in|mailing-?list"),
        ("social", r"share|sharing|social|follow|addthis|twitter|facebook|whatsapp"),
        ("comment-policy", r"comment|discussion|disqus|respond|repl(?:y|ies)|forum|talkback"),
        (
            "promo",
            r"related|recommend|teaser|more-?(?:from|stories|news|articles|on|in)|read-?(?:more|"
            r"next)|(?<![a-z])also|trending|popular|most-?(?:read|viewed|shared)|outbrain|taboola|"
            r"promo|sponsor|advert|(?<![a-z])ads?(?![a-z])|sidebar|widget|complementary",
        ),
        (
            "navigation",
            r"(?<![a-z])nav|menu|breadcrumb|pagination|pager|skip-?link|masthead|toolbar|"
            r"(?<![a-z])tags?(?![a-z])|categor|search|banner|contentinfo|header|footer",
        ),
        ("legal", r"copyright|legal|imprint|impressum|privacy|terms|disclaimer"),
    )
)
# elements that are page furniture by their tag: a menu or sidebar decides at once, a page
# header or footer only when nothing inside it said more
_STRONG_TAGS: dict[str, RemovedReason] = {
    "nav": "navigation",
    "menu": "navigation",
    "aside": "promo",
}
_WEAK_TAGS: dict[str, RemovedReason] = {"header": "navigation", "footer": "navigation"}


def _chrome_reason(el: Any, containers: set[Any]) -> tuple[RemovedReason, bool]:
    """Why a block of the page is not part of the article, from the elements around it, and
    whether a class, role or a menu or sidebar tag said so (not only a page header or footer).
    The elements that hold the body (and `<body>`, `<html>`) describe the layout: skipped."""
    chain = [a for a in [el, *el.iterancestors()] if a not in containers]
    for a in chain:
        if a.tag in {"body", "html"}:
            continue
        marker = " ".join(
            a.get(key) or "" for key in ("class", "id", "role", "aria-label", "data-component")
        )
        for reason, pattern in _CHROME_MARKERS:
            if pattern.search(marker):
                return reason, True
        if a.tag in _STRONG_TAGS:
            return _STRONG_TAGS[a.tag], True
    return next((_WEAK_TAGS[a.tag] for a in chain if a.tag in _WEAK_TAGS), "other"), False


def _link_line(el: Any, text: str) -> bool:
    """A line of two or more links and little else (a menu, a footer's links)."""
    links = [
        words
        for a in el.iter("a")
        if next((b for b in a.iterancestors() if b.tag in _BLOCK_TAGS), None) is el
        and (words := _squash(a.text_content()))
        and words in text  # an element can hold several blocks (text around a nested block)
    ]
    linked = sum(len(words) for words in links)
    return len(links) >= 2 and linked >= 0.7 * len(text)


def _block_reason(text: str, el: Any, containers: set[Any]) -> RemovedReason:
    """A line rule's reason when the block's text matches one, else (or when the rule only
    says "navigation" or "other", or the block is a line of links) where it stood."""
    line = classify_line(0, text)
    said = line.reason if line.notice is None else None
    place, specific = _chrome_reason(el, containers)
    if said is None or (specific and said in {"navigation", "other"}) or _link_line(el, text):
        return place
    return said


_BY = re.compile(r"^(?:by|von|par|por|door|di|av|af)\s+", re.IGNORECASE)


class _Body:
    """The body's lines, to tell which blocks of the page are (part of) one of them."""

    def __init__(self, text: str) -> None:
        self.lines = [_norm(line) for line in text.split("\n")]
        self.index = {line: i for i, line in reversed(list(enumerate(self.lines))) if line}
        self.long = [(i, line) for i, line in enumerate(self.lines) if len(line) >= 25]
        words = " ".join(self.lines).split()
        self.pairs = set(pairwise(words))

    def find(self, key: str) -> int | None:
        """The body line a block (its `_norm` key) is, is in or holds: its index, -1 when the
        block only reads like the body; None when the block is not body text."""
        if key in self.index:
            return self.index[key]
        padded = f" {key} "
        for i, line in self.long:
            # a long enough part of a line, or a block that holds a whole line
            if (len(key) >= 25 and padded in f" {line} ") or f" {line} " in padded:
                return i
        words = key.split()
        if len(words) >= 6:  # the same words with a little changed (a footnote mark, an ad)
            pairs = list(pairwise(words))
            if sum(p in self.pairs for p in pairs) >= 0.8 * len(pairs):
                return -1
        return None


def _is_byline(text: str, author: str | None) -> bool:
    """The author's name first, with a few words after it at most ("By Jane Doe · May 2")."""
    name = _norm(author)
    rest = _norm(_BY.sub("", text))
    return (
        bool(name)
        and (rest == name or rest.startswith(name + " "))
        and (len(rest.split()) - len(name.split()) <= 6)
    )


@dataclass(frozen=True)
class PageRemoval:
    """A block of the page that is not in the body: what it said, why it is not, and the body
    line it stood after (-1: before the body)."""

    text: str
    reason: RemovedReason
    after: int


def _page_chrome(
    tree: Any, body: str, title: str | None, author: str | None, heads: frozenset[str]
) -> tuple[PageRemoval, ...]:
    """The visible text blocks of the page that are not in `body`, once each, in page order,
    with their reason: a line rule's reason when the text matches one (`text.classify_line`),
    else where the block stood. The headline and the byline are not listed (they are the
    article's title and author)."""
    lines = _Body(body)
    found: list[tuple[str, Any, int | None]] = []
    containers: set[Any] = set()
    for text, el in _page_blocks(tree):
        key = _norm(text)
        if not key:
            continue
        at = lines.find(key)
        if at is not None:
            containers.update(el.iterancestors())
            containers.add(el)
        found.append((text, el, at))
    metadata = set(heads) | {_norm(title)}
    if author:
        metadata.add(_norm(author))
    metadata.discard("")
    seen: set[str] = set()
    out: list[PageRemoval] = []
    after = -1
    for text, el, at in found:
        if at is not None:
            after = max(after, at)
            continue
        key = _norm(text)
        if key in seen or key in metadata:
            continue
        seen.add(key)
        if classify_line(0, text).byline or _is_byline(text, author):
            continue
        out.append(PageRemoval(text, _block_reason(text, el, containers), after))
    return tuple(out)


def merge_removed(page: HtmlExtraction, removed: list[Removed]) -> list[Removed]:
    """The lines the line rules took out of `page.text` (`Removed.line` numbers its lines) and
    the blocks of the page that never made it there, in page order; the page's blocks have no
    line number (they are not lines of the text)."""
    keyed = [((r.line if r.line is not None else float("inf")), 0, r) for r in removed]
    keyed += [
        (block.after, 1, Removed(text=block.text, reason=block.reason)) for block in page.removed
    ]
    return [r for *_, r in sorted(keyed, key=lambda k: (k[0], k[1]))]


# ---------------------------------------------------------------- entry point


def extract_html(markup: str | bytes, url: str | None = None) -> HtmlExtraction:
    """Body text (one paragraph per line) and metadata of one HTML page.

    Never raises on odd markup: an empty or unparsable page gives text "" and no metadata.
    """
    html = markup if isinstance(markup, str) else decode_html(markup)
    tree = _parse(html)
    if tree is None:
        return HtmlExtraction("", None, None, None, None, None, url)
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
    )
    page = _read_page(tree, url)
    outlet = _outlet(page) or (doc.sitename if doc is not None else None)
    title = _title(page, outlet, doc.title if doc is not None else None)
    author = _author(tree, page, outlet, doc.author if doc is not None else None)
    page_url = url or next(iter(page.meta.get("og:url", [])), None)
    published = _date(page, doc.date if doc is not None else None, tree, page_url)
    heads = {_norm(h) for h in page.h1}
    for key in ("og:title", "twitter:title"):
        heads.update(_norm(v) for v in page.meta.get(key, []))
    heads.discard("")
    body = _add_chunks(_body(html, url, doc.text if doc is not None else None), tree)
    body = _drop_captions(_drop_author_box(_add_embeds(body, tree), tree), tree)
    body = _drop_author_box(body, tree, _DISCLOSURE_BOX)
    body = _drop_author_box(body, tree, None)
    body = _drop_link_teasers(body, tree, page.host)
    body = _drop_tag_lists(body, tree)
    subheads = frozenset(
        key for el in tree.iter("h2", "h3", "h4", "h5", "h6") if (key := _norm(el.text_content()))
    )
    text = _clean_body(body, title, frozenset(heads), subheads)
    language = (doc.language if doc is not None else None) or _lang(tree)
    removed = _page_chrome(tree, text, title, author, frozenset(heads))
    return HtmlExtraction(text, title, author, published, outlet, language, url, removed)


def _lang(tree: Any) -> str | None:
    value = tree.get("lang") or tree.get("xml:lang") or ""
    return value.split("-")[0].lower() or None
