"""Entities and statements of a story, resolved across its articles and across spellings.

`resolve_entities(articles)` joins the entity mentions of several articles into `Entity`
records: "Kirby", "Mr. Kirby" and "John Kirby" are one person; transliterations of one name
merge ("Mohammed Shia al-Sudani" / "Mohamed Chia al-Soudani", "Basim al-Awadi" / "Basim
Alawadi") through a spelling key that ignores article prefixes (al-, el-), doubled letters,
vowels and the usual transliteration pairs (ou/u, ch/sh, kh/k, zh/z, q/k, y/i, h/g, sch/sk, …);
an acronym joins the name it was defined for ("Popular Mobilization Forces (PMF)"), or, never
defined, the one body whose initials it is; a body's name is the same in a translation's word
order ("Front of Liberation of X" / "X Liberation Front"), a body the tagger cut at its "and"
is the one named in full elsewhere, and an organisation
named without its country ("State Department") the one named with it ("US State Department";
left apart when two countries' are named); a one-word place two outlets spell otherwise
("Drewnik" / "Drevnik") is one place. Two people who share
only a first name or only a family name stay apart, and a bare family name joins a full name
only when exactly one person of the story bears it. Every entity keeps all its names as
aliases, its roles, and every mention as a `Ref` into its article's `text`.

`story_statements(articles, entities)` lists the statements of the articles (direct and
indirect, `extract/quotes.py`) with the speaker linked to an entity id; the same words from the
same speaker reported by several outlets (or in another translation) become one `Statement`
with several sources.

Each article is parsed once (`newsdesk.nlp.parse`, shared with the story features); entities
and statements share that parse and are cached by article id and text, so calling both
functions costs one pass. `said_on` is the day phrase attached to the cue ("on Monday")
resolved by `extract/times.py` against the article's `published` date, else None (never
guessed). It does not judge relations between
statements.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from newsdesk.extract.entities import (
    HONORIFICS,
    PLACE_NAMED_BODY,
    ROLE_NOUNS,
    EntityMention,
    find_entities,
    group_in_article,
)
from newsdesk.extract.quotes import StatementMention, find_statements
from newsdesk.model import Article, Entity, Ref, Statement
from newsdesk.nlp import parse

_CACHE_MAX = 512
_SAME_TEXT = 75  # rapidfuzz token_set_ratio at which two statements are the same words
# words that take back what the rest says: never the same statement as one without
_TAKES_BACK = re.compile(
    r"\b(?:wrong|mistaken|incorrect|inaccurate|misspoke|retract\w*|apologi[sz]\w*)\b",
    re.IGNORECASE,
)
_SAME_SHARE = 0.3  # the shorter of two same statements has at least this share of the words
_ABBREVIATIONS = [
    {"us", "usa", "united states", "united states of america"},
    {"uk", "united kingdom", "britain", "great britain"},
    {"un", "united nations"},
    {"eu", "european union"},
    {"uae", "united arab emirates"},
]
_PARTICLES = {
    "al",
    "el",
    "ul",
    "ad",
    "ash",
    "as",
    "at",
    "az",
    "ar",
    "an",
    "bin",
    "ibn",
    "ben",
    "abu",
    "van",
    "von",
    "der",
    "de",
    "da",
    "di",
    "le",
    "la",
    "du",
}


@dataclass
class _Extracted:
    mentions: list[EntityMention]
    statements: list[StatementMention]


_cache: dict[tuple[str, int], _Extracted] = {}


def extract_articles(articles: Sequence[Article]) -> list[_Extracted]:
    """Entity mentions and statements of each article, from one spaCy pass (cached)."""
    keys = [(a.id, hash(a.text)) for a in articles]
    todo = [(k, a) for k, a in zip(keys, articles, strict=True) if k not in _cache]
    if todo:
        for (key, article), doc in zip(todo, parse([a.text for _, a in todo]), strict=True):
            mentions = find_entities(article.text, doc)
            statements = [
                st for st in find_statements(article.text, doc, mentions) if _said_content(st, doc)
            ]
            if len(_cache) >= _CACHE_MAX:
                _cache.pop(next(iter(_cache)))
            _cache[key] = _Extracted(mentions, statements)
    return [_cache[k] for k in keys]


_QUOTE_MARKS = re.compile(r"[\"“”‘’«»]")


def _said_content(st: StatementMention, doc) -> bool:
    """Whether a statement holds something said, not only the object of a verb of doing or
    demanding ("demanded the minister's resignation", "ordered a curfew", "rejected the
    call"): reported words with no finite verb and nothing quoted are a thing, not a claim;
    and words that hold their own cue, with no one saying them ("the mayor has not been seen since
    Thursday"), are narration."""
    if st.kind == "direct" or _QUOTE_MARKS.search(st.text):
        return True
    if st.speaker_start is None and st.cue_start is not None and st.start <= st.cue_start < st.end:
        return False
    span = doc.char_span(st.start, st.end, alignment_mode="expand")
    if span is None:
        return True
    # a finite verb, a modal or an infinitive; a gerund or participle alone heads a noun
    # phrase ("a ban on fishing", "the goods seized")
    return any(t.tag_ in {"VBD", "VBZ", "VBP", "MD", "VB"} for t in span)


# --- spelling keys -----------------------------------------------------------------------

_DIGRAPHS = [
    ("dj", "c"),
    ("eu", "u"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("sch", "sh"),  # before "ch": "Teschin" is "Teshin"
    ("tch", "ch"),  # "Voukanitch" is "Vukanich"
    ("ch", "sh"),
    ("kh", "k"),
    ("gh", "g"),
    ("ph", "f"),
    ("dh", "d"),
    ("th", "t"),
    ("q", "k"),
    ("ck", "k"),
    ("c", "k"),
    ("x", "ks"),
    ("y", "i"),
    ("j", "i"),
    ("zh", "z"),  # "Brezhnev" is "Breznev" where the h is left out
    ("z", "s"),
    ("w", "v"),
]


# Letters NFKD does not take apart ("Tanrıkulu", "Søren", "Łukasz").
_PLAIN = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.lower().translate(_PLAIN))
    word = "".join(c for c in word if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", word.lower())


def spelling_key(word: str) -> str:
    """A key equal for transliterations of one name part ("Soudani"/"Sudani", "Chia"/"Shia").

    Letters are folded to ASCII,
    usual transliteration pairs unified, vowels reduced to three classes (a/e, o/u, i/y) and
    doubled letters collapsed. An attached article ("Alawadi") is handled by `_same_part`.
    """
    w = _fold(word)
    for a, b in _DIGRAPHS:
        w = w.replace(a, b)
    w = w.replace("sh", "S")
    w = "g" + w[1:].replace("h", "") if w.startswith("h") else w.replace("h", "")
    w = w.replace("e", "a").replace("o", "u")
    w = re.sub(r"([aiu])[aiu]+", r"\1", w) if len(w) > 1 else w
    return re.sub(r"(.)\1+", r"\1", w)


def _name_parts(name: str) -> list[str]:
    """Name words without honorifics, with article particles ("al-", "el ") split off."""
    words = re.split(r"[\s]+", name.replace("’", "'"))
    out: list[str] = []
    for w in words:
        if w.lower().rstrip(".") in HONORIFICS:
            continue
        pieces = re.split(r"[-‐]", w)
        if len(pieces) > 1 and pieces[0].lower() in _PARTICLES:
            pieces = pieces[1:]
        for piece in pieces:
            if piece and piece.lower() not in _PARTICLES:
                out.append(piece)
    return out


def _key_parts(name: str) -> list[str]:
    return [spelling_key(p) for p in _name_parts(name)]


def _same_part(a: str, b: str) -> bool:
    """Whether two name-part keys are one name: equal, or equal but for an initial vowel
    ("Oleksandr"/"Aleksandr"), a vowel one spelling drops between consonants ("Petar"/
    "Petr"), g for k ("Ghaderi"/"Qaderi", both a transliterated qaf) or an attached article
    ("Alawadi"/"Awadi")."""
    if a == b:
        return True
    if not a or not b:
        return False
    if a[1:] == b[1:] and a[0] in "aiu" and b[0] in "aiu" and len(a) > 3:
        return True
    if len(a) == len(b) >= 5 and _devoice(a) == _devoice(b):
        return True  # g for k, d for t ("Murat"/"Murad", "Nurettin"/"Nuredin")
    if len(a) == len(b) >= 5:
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        k = diff[0] if len(diff) == 1 else 0
        if 0 < k < len(a) - 1 and a[k] in "ai" and b[k] in "ai":
            return True  # one inner vowel written e or i ("Khaled"/"Khalid")
    long, short = (a, b) if len(a) > len(b) else (b, a)
    if len(long) == len(short) + 1 >= 5 and any(
        long[i] in "aiu"
        and long[i - 1] not in "aiu"
        and long[i + 1] not in "aiu"
        and long[:i] + long[i + 1 :] == short
        for i in range(1, len(long) - 1)
    ):
        return True
    for x, y in ((a, b), (b, a)):
        if x.startswith(("al", "ul")) and len(x) >= 6 and x[2:] == y and len(y) >= 4:
            return True
    return False


def _devoice(key: str) -> str:
    return key.replace("g", "k").replace("d", "t")


def _drop_silent_e(raw: str) -> str | None:
    """The key of a name part without the final silent e a French spelling adds
    ("Hakane", "Séline", "Erkane"), or None when it does not end in consonant + e."""
    w = _fold(raw)
    if len(w) >= 5 and w.endswith("e") and w[-2] not in "aeiouy":
        return spelling_key(w[:-1])
    return None


# Slavic letters an English transliteration writes as two ("Vujčić" / "Vuychich"); the press
# often just drops the mark ("Vujcic"), so the key of both readings is tried.
_SLAVIC = str.maketrans(
    {"č": "ch", "ć": "ch", "š": "sh", "ž": "zh", "Č": "Ch", "Ć": "Ch", "Š": "Sh", "Ž": "Zh"}
)


def _keys(word: str) -> set[str]:
    """The keys of a name part, and of its Slavic "-ić" ending when written "-ic" ("Vukanic"
    / "Voukanitch"), of "sch" read sk and of a j after a consonant read y ("Marja")."""
    keys = {spelling_key(word), spelling_key(word.translate(_SLAVIC))}
    glide = re.sub(r"(?<=[^aeiouy])j(?=[aeiou])", "i", _fold(word))
    if glide != _fold(word):  # j read y after a consonant ("Marja" / "Maria", "Dunja")
        keys.add(spelling_key(glide))
    if _fold(word).endswith("ic"):
        keys.add(spelling_key(word + "h"))
    if "sch" in _fold(word):  # read sk in Italian and Dutch ("Ischia"): "Peschu" / "Pescu"
        keys.add(spelling_key(_fold(word).replace("sch", "sk")))
    return keys


def _one_edit(a: str, b: str) -> bool:
    """Whether two keys differ by one letter changed, or one inner consonant added."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    long, short = (a, b) if len(a) > len(b) else (b, a)
    # a consonant added inside ("Aurel"/"Avrel"), never an ending ("Daniel"/"Daniela")
    return any(
        long[i] not in "aiu" and long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1)
    )


def _near_part(a: str, b: str, loose: bool = False) -> bool:
    """Whether two written name parts are one name in two languages' spellings: the same key,
    or the same but for a final silent e; with `loose`, also one letter of four or more
    ("Youssef"/"Yusuf")."""
    ka, kb = spelling_key(a), spelling_key(b)
    if any(_same_part(x, y) for x in _keys(a) for y in _keys(b)):
        return True
    ea, eb = _drop_silent_e(a), _drop_silent_e(b)
    if (ea and _same_part(ea, kb)) or (eb and _same_part(ka, eb)):
        return True
    if not loose:
        return False
    ka, kb = ea or ka, eb or kb
    return min(len(ka), len(kb)) >= 4 and _one_edit(ka, kb)  # "Aurel"/"Avrel", "Youssef"/"Yusuf"


def near_person(a: str, b: str) -> bool:
    """Whether two two-word person names are one person written in two languages' spellings
    ("Youssef Demirdji" / "Yusuf Demirci", "Hakane Euzyourt" / "Hakan Ozyurt"): the family
    names one spelling, the given names close. Looser than `same_person`; meant for names from
    different articles."""
    pa, pb = _name_parts(a), _name_parts(b)
    if len(pa) != 2 or len(pb) != 2 or len(spelling_key(pa[1])) < 3:
        return False
    return _near_part(pa[1], pb[1]) and _near_part(pa[0], pb[0], loose=True)


def _silent_h(a: str, b: str) -> bool:
    """Whether two given names differ only by a silent initial h ("Hilario"/"Ilario")."""
    fa, fb = _fold(a), _fold(b)
    long, short = (fa, fb) if len(fa) > len(fb) else (fb, fa)
    return (
        len(short) >= 4
        and long.startswith("h")
        and short[0] in "aeiouy"
        and _same_part(spelling_key(long[1:]), spelling_key(short))
    )


def same_person(a: str, b: str) -> bool:
    """Whether two full person names (two words or more) can name the same person."""
    ka, kb = _key_parts(a), _key_parts(b)
    if len(ka) < 2 or len(kb) < 2:
        return False
    if not _same_part(ka[-1], kb[-1]):
        return False
    fa, fb = ka[0], kb[0]
    ra, rb = _name_parts(a)[0], _name_parts(b)[0]
    if len(ra.rstrip(".")) == 1 or len(rb.rstrip(".")) == 1:  # an initial
        return ra[0].lower() == rb[0].lower()
    if not _same_part(fa, fb) and not _silent_h(ra, rb):
        return False
    mids_a, mids_b = ka[1:-1], kb[1:-1]
    if mids_a and mids_b:
        return all(any(_same_part(x, y) for y in mids_b) for x in mids_a) or all(
            any(_same_part(x, y) for y in mids_a) for x in mids_b
        )
    return True


def _org_key(name: str) -> str:
    """The key of a body's name: folded, its words in any order and without "of" or "the", so a
    translation's order ("Front of Liberation of Sennar") is the name ("Sennar Liberation
    Front")."""
    low = re.sub(r"^the\s+", "", name.lower().replace(".", "")).strip()
    for group in _ABBREVIATIONS:
        if low in group:
            return sorted(group)[0]
    words = [_fold(w) for w in low.split() if w not in {"of", "the"}]
    return "".join(sorted(words))


# --- entities ------------------------------------------------------------------------------


@dataclass
class _Cluster:
    type: str
    names: list[str]
    roles: list[str]
    refs: list[Ref]
    acronyms: set[str]
    order: tuple[int, int]
    types: list[str]  # the type of each mention, for the vote when spellings of types differ

    def absorb(self, other: _Cluster, as_type: str | None = None) -> None:
        """Take in another cluster's names, roles and mentions (typed `as_type` if given)."""
        self.names += other.names
        self.roles += [r for r in other.roles if r not in self.roles]
        self.refs += other.refs
        self.acronyms |= other.acronyms
        self.order = min(self.order, other.order)
        self.types += [as_type] * len(other.types) if as_type else other.types

    @property
    def name(self) -> str:
        full = [n for n in self.names if n not in self.acronyms] or self.names
        # the fullest name (its words but "of", "the": "Front of Liberation" is no fuller than
        # "Liberation Front"), then the most used, then the one written first
        return max(
            full,
            key=lambda n: (
                len([p for p in _name_parts(n) if p not in {"of", "the"}]),
                full.count(n),
                -full.index(n),
            ),
        )


def _family(kind: str) -> str:
    return "PLACE" if kind in {"GPE", "NORP"} else kind


def _clusters(articles: Sequence[Article]) -> list[_Cluster]:
    extracted = extract_articles(articles)
    local: list[_Cluster] = []
    for ai, (article, ex) in enumerate(zip(articles, extracted, strict=True)):
        for group in group_in_article(ex.mentions):
            names = [m.name for m in group]
            acronyms = {a for m in group for a in m.aliases}
            local.append(
                _Cluster(
                    type=group[0].type,
                    names=names + sorted(acronyms),
                    roles=list(dict.fromkeys(m.role for m in group if m.role)),
                    refs=[Ref(article_id=article.id, start=m.start, end=m.end) for m in group],
                    acronyms=acronyms,
                    order=(ai, min(m.start for m in group)),
                    types=[m.type for m in group],
                )
            )
    # Full names first, so bare family names find them.
    local.sort(key=lambda c: (c.type == "PERSON" and len(_name_parts(c.name)) < 2, c.order))
    merged: list[_Cluster] = []
    for c in local:
        target = _match(c, merged)
        if target is None:
            merged.append(c)
            continue
        target.absorb(c, as_type=target.type if target.type == "EVENT" else None)
    merged = _join_mistyped_people(merged)
    _story_places(articles, merged)
    merged = _fold_bare_orgs(_fold_short_orgs(_join_split_orgs(articles, merged)))
    merged = _fold_acronyms(merged)
    for c in merged:
        # one name typed differently across articles ("Senna" a person in one, a country in
        # others): the type most mentions have; a person's full name the tagger typed three
        # ways besides ("an organisation here, a facility there") stays a person when no other
        # type has as many mentions. A person given a role counts one more.
        others = [k for k in c.types if k != "PERSON"]
        if not others:
            continue
        top = max(others, key=lambda k: (others.count(k), k == c.type))
        if len(_name_parts(c.name)) >= 2:
            people = len(c.types) - len(others) + (1 if c.roles else 0)
            c.type = "PERSON" if people > others.count(top) else top
        else:  # a one-word name: a person only when most mentions say so
            c.type = top if len(others) * 2 >= len(c.types) else "PERSON"
    merged = [c for c in merged if not _outlet_word(articles, c)]
    _demonyms_of_places(merged)
    return sorted(merged, key=lambda c: c.order)


def _join_mistyped_people(clusters: list[_Cluster]) -> list[_Cluster]:
    """A full name typed an organisation, a place or a facility in some articles before any
    article typed it a person joins the person (the vote on types decides)."""
    out: list[_Cluster] = []
    for c in clusters:
        target = None
        if (
            c.type in {"ORG", "GPE", "OTHER"}
            and "PERSON" not in c.types
            and len(_name_parts(c.name)) == 2
        ):
            here = {r.article_id for r in c.refs}
            for m in clusters:
                if (
                    m is not c
                    and "PERSON" in m.types
                    and len(_name_parts(m.name)) >= 2
                    and not here & {r.article_id for r in m.refs}
                    and (same_person(c.name, m.name) or near_person(c.name, m.name))
                ):
                    target = m
                    break
        if target is None:
            out.append(c)
        else:
            target.absorb(c)
    return out


# A one-word name a headline or a dateline uses as a place: "… into Ostel river", "at Brannec",
# "the Kavrenian capital Lyssomir", "Brannec residents".
_TITLE_PLACE_BEFORE = re.compile(r"\b(?i:in|at|near|from|into|across|outside|capital)\s+$")
_TITLE_PLACE_AFTER = re.compile(
    r"^\s+(?i:river|valley|province|region|district|lake|residents|county|mayor)\b"
)


def _story_places(articles: Sequence[Article], clusters: list[_Cluster]) -> None:
    """One-word names the story's datelines or headlines use as places are places, whatever
    the tagger typed their mentions in the body ("Lyssomir" of "LYSSOMIR, Kavrenia" tagged an
    organisation before "Lyssomir General Hospital"), so no facility or body named after them
    absorbs them."""
    places: set[str] = set()
    for a in articles:
        if a.dateline:
            places.add(_fold(a.dateline.split(",")[0].strip().strip("()")))
        title = a.title or ""
        for w in re.finditer(r"(?<![\w’'-])[A-Z][\w’'-]+", title):
            if _TITLE_PLACE_BEFORE.search(title[: w.start()]) or _TITLE_PLACE_AFTER.match(
                title[w.end() :]
            ):
                places.add(_fold(w.group()))
    for c in clusters:
        if (
            c.type in {"ORG", "OTHER", "GPE"}
            and " " not in c.name
            and _fold(c.name) in places
            and not c.acronyms
        ):
            c.type = "GPE"
            c.types = ["GPE"] * len(c.types)


def _outlet_word(articles: Sequence[Article], c: _Cluster) -> bool:
    """A one-word organisation that is the last word of an article's outlet ("the Courier"
    of "Morvalian Courier" in that outlet's own lines): the publisher, not a story entity."""
    if c.type != "ORG" or " " in c.name or c.acronyms:
        return False
    for a in articles:
        words = (a.outlet or "").split()
        if len(words) >= 2 and words[-1] == c.name:
            return all(r.article_id == a.id for r in c.refs)
    return False


def _demonyms_of_places(clusters: list[_Cluster]) -> None:
    """A one-word "person" that is the people's adjective of a place of the story
    ("Veltaran" of Veltara): the tagger's person is a demonym."""
    places = [_fold(n) for c in clusters if c.type == "GPE" for n in c.names if " " not in n]
    for c in clusters:
        if c.type != "PERSON" or " " in c.name or c.roles:
            continue
        key = _fold(c.name)
        m = _DEMONYM_END.search(key)
        if not m:
            continue
        if any(
            key != p and len(p) >= 4 and (key.startswith(p) or key.startswith(p[:-1]))
            for p in places
        ):
            c.type = "NORP"
            c.types = ["NORP"] * len(c.types)


_DEMONYM_END = re.compile(r"(?:an|ian|ese|ish|i|ic|ean)s?$")


_BODY_WORD = (
    r"(?:Service|Services|Authority|Agency|Directorate|Office|Department|Board|Commission|"
    r"Council|Union|Bureau|Administration|Inspectorate)"
)


def _body_words(name: str) -> tuple[str, frozenset[str]]:
    """The head word of a body's name (the last, or the last before "of": "agency" of both
    "Water Agency" and "Agency of Water") and its content words, folded."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    before_of = words[: words.index("of")] if "of" in words else words
    content = frozenset(_fold(w) for w in words if w not in {"of", "the", "and", "for"}) - {""}
    return (_fold(before_of[-1]) if before_of else ""), content


def _fold_short_orgs(clusters: list[_Cluster]) -> list[_Cluster]:
    """A one-word name that opens exactly one organisation's name in the story is that
    organisation ("Halvex" of "Halvex Chemicals"), whatever the tagger typed it, unless it is a
    place or a people's adjective somewhere ("Russian" of "Russian Defence Ministry"), or a
    person given a role or named in full in the story; one that opens a name with an area or a
    feature after it ("Selby" of "Selby Valley Water Board") is the place the body is named
    after. A name of two words or more whose words, with the same head, are all in exactly one
    longer body's name ("Agency of Water" of "Selby Valley Water Agency", a translation's
    short form) is that body."""
    people = [m for m in clusters if m.type == "PERSON" and " " in m.name]
    out: list[_Cluster] = []
    for c in clusters:
        one = c.name
        # "Civil Protection" of "Civil Protection Service": an organisation's name short of
        # the last word that says what kind of body it is
        tail = re.compile(rf"{re.escape(one)} {_BODY_WORD}$")
        if c.type == "ORG" and " " in one:
            head, words = _body_words(one)
            orgs = [
                m
                for m in clusters
                if m is not c and m.type == "ORG" and any(tail.match(n) for n in m.names)
            ] or [
                m
                for m in clusters
                if m is not c
                and m.type == "ORG"
                and len(words) >= 2
                and any(
                    h == head and words < w
                    for h, w in (_body_words(n) for n in m.names if " " in n)
                )
            ]
            if len(orgs) == 1:
                orgs[0].absorb(c)
                continue
        if (
            " " in one
            or (c.type == "PERSON" and (c.roles or any(one in m.name.split() for m in people)))
            or "GPE" in c.types
            or (c.type == "NORP" and _DEMONYM_END.search(one))
        ):
            out.append(c)
            continue
        orgs = [
            m
            for m in clusters
            if m is not c and m.type == "ORG" and any(n.startswith(one + " ") for n in m.names)
        ]
        if len(orgs) != 1:
            out.append(c)
            continue
        if any(n.startswith(one + " ") and PLACE_NAMED_BODY.match(n) for n in orgs[0].names):
            c.type = "GPE"
            c.types = ["GPE"] * len(c.types)
            out.append(c)
            continue
        target = orgs[0]
        target.absorb(c, as_type="ORG")
    return out


def _join_split_orgs(articles: Sequence[Article], clusters: list[_Cluster]) -> list[_Cluster]:
    """Two organisations written "A and B" where the story names one body "A and B" elsewhere
    ("Dock and Rail Workers' Union" cut in two by the tagger, whatever it typed the pieces):
    the pieces are that body, when every mention of theirs is such a piece."""
    texts = {a.id: a.text for a in articles}
    by_key = {_org_key(n): c for c in clusters if c.type == "ORG" for n in c.names}
    named = [c for c in clusters if c.type != "PERSON"]  # a piece may be typed a facility
    at = {(r.article_id, r.start): (r, c) for c in named for r in c.refs}
    pieces: dict[int, tuple[_Cluster, set]] = {}
    for c in named:
        for r in c.refs:
            hit = at.get((r.article_id, r.end + 5))
            text = texts[r.article_id]
            if hit is None or text[r.end : r.end + 5] != " and ":
                continue
            whole = by_key.get(_org_key(text[r.start : hit[0].end]))
            if whole is None or whole in (c, hit[1]):
                continue
            for ref, piece in ((r, c), hit):
                pieces.setdefault(id(piece), (whole, set()))[1].add((ref.article_id, ref.start))
    out: list[_Cluster] = []
    for c in clusters:
        whole, refs = pieces.get(id(c), (None, set()))
        if whole is not None and refs == {(r.article_id, r.start) for r in c.refs}:
            whole.absorb(c)
        else:
            out.append(c)
    return out


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("JMS" of "Joint Mission of Surveys"), or ""
    when a word other than "of", "the", "and", "for" is not capitalised."""
    words = [w for w in re.split(r"[\s-]+", name) if w not in {"of", "the", "and", "for"}]
    if not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _fold_acronyms(clusters: list[_Cluster]) -> list[_Cluster]:
    """An acronym written alone ("JMS", never defined where it stands) is the one entity of the
    story that defines it elsewhere, or else the one body whose name's initials it is ("Joint
    Mission of Surveys")."""
    out: list[_Cluster] = []
    for c in clusters:
        if set(c.names) != {c.name} or not re.fullmatch(r"[A-Z]{3,6}", c.name):
            out.append(c)
            continue
        targets = [m for m in clusters if m is not c and c.name in m.acronyms] or [
            m
            for m in clusters
            if m is not c and m.type == "ORG" and any(_initials(n) == c.name for n in m.names)
        ]
        if len(targets) == 1:
            targets[0].absorb(c, as_type=targets[0].type)
        else:
            out.append(c)
    return out


_COUNTRY_CODE = re.compile(r"^[A-Z]{2,3}$")  # "US", "UK", "UAE" before an organisation's name


_SCOPE_WORDS = {"National", "Federal", "State", "Central", "Royal", "Regional", "Provincial"}


def _fold_bare_orgs(clusters: list[_Cluster]) -> list[_Cluster]:
    """An organisation named without its country ("State Department", "Foreign Ministry") is
    the one organisation of the story named with it ("US State Department", "Kaldorian Foreign
    Ministry"): the name minus a first word that is a place of the story (or its possessive,
    "Kaldoria's"), its people ("Kaldorian" of Kaldoria) or a country code. With two such
    ("Kaldorian ..." and "Sennan
    Foreign Ministry") it stays apart."""
    places = {_fold(n) for c in clusters if _family(c.type) == "PLACE" for n in c.names}

    def is_place(word: str) -> bool:
        key = _fold(word)
        stem = _DEMONYM_END.sub("", key)
        return key in places or (len(stem) >= 4 and any(p.startswith(stem) for p in places))

    def bare(name: str) -> str | None:
        head, _, rest = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE).partition(" ")
        head = re.sub(r"['’]s$", "", head)  # "Kaldoria's Foreign Ministry"
        if (" " in rest or rest.islower()) and (_COUNTRY_CODE.match(head) or is_place(head)):
            # two words or more left ("Foreign Ministry", not "Army"), or a common noun ("navy")
            return _org_key(rest)
        if " " in rest and head in _SCOPE_WORDS:
            return _org_key(rest)  # "National Weather Office" written "Weather Office"
        return None

    out: list[_Cluster] = []
    for c in clusters:
        keys = {_org_key(n) for n in c.names}
        targets = [
            m
            for m in clusters
            if m is not c
            and c.type == m.type == "ORG"
            and keys & {bare(n) for n in m.names} - {None}
        ]
        if len(targets) != 1 or any(bare(n) for n in c.names):
            out.append(c)
            continue
        target = targets[0]
        target.absorb(c)
    return out


def _role_words(role: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]+", role.lower()) if w not in _ROLE_FILLERS)


def _given_variant(c: _Cluster, m: _Cluster) -> bool:
    """Whether two people of different articles are one person whose given name the outlets
    write differently ("Marek Solta" / "Mirek Solta", both "the port authority's director"):
    one family name, given names with the same first letter, and one role with the same words."""
    if m.type != "PERSON" or not c.roles or not m.roles:
        return False
    if {r.article_id for r in c.refs} & {r.article_id for r in m.refs}:
        return False
    ka, kb = _key_parts(c.name), _key_parts(m.name)
    pa, pb = _name_parts(c.name), _name_parts(m.name)
    if len(ka) != 2 or len(kb) != 2 or not _same_part(ka[1], kb[1]) or len(ka[1]) < 3:
        return False
    if _fold(pa[0])[:1] != _fold(pb[0])[:1] or min(len(pa[0]), len(pb[0])) < 3:
        return False
    roles_c = {_role_words(r) for r in c.roles}
    return any(
        w and ROLE_NOUNS.search(" ".join(w)) for w in roles_c & {_role_words(r) for r in m.roles}
    )


def _match(c: _Cluster, merged: list[_Cluster]) -> _Cluster | None:
    if c.type == "PERSON":
        parts = _name_parts(c.name)
        if len(parts) >= 2:
            for m in merged:
                # a cluster typed otherwise by its first mentions but a person in others
                if "PERSON" in m.types and same_person(c.name, m.name):
                    return m
            here = c.refs[0].article_id if c.refs else None
            for m in merged:
                if (
                    m.type == "PERSON"
                    and here not in {r.article_id for r in m.refs}
                    and near_person(c.name, m.name)
                ):
                    return m
            variants = [m for m in merged if _given_variant(c, m)]
            if len(variants) == 1:
                return variants[0]
            if not c.roles:
                # a place the tagger took for a person here ("the suburbs of Tal Harun")
                keys = {_org_key(n) for n in c.names}
                for m in merged:
                    if m.type in {"GPE", "ORG"} and keys & {_org_key(n) for n in m.names}:
                        return m
            return None
        if not parts:
            return None
        key = spelling_key(parts[0])
        cands = [
            m
            for m in merged
            if m.type == "PERSON" and _key_parts(m.name) and _same_part(_key_parts(m.name)[-1], key)
        ]
        if cands:
            return cands[0] if len(cands) == 1 else None
        # a first name alone ("Samir" after "Samir Haddou"): the one person of the story
        # with that first name, when no one has it as a family name
        firsts = [
            m
            for m in merged
            if m.type == "PERSON" and len(_key_parts(m.name)) >= 2 and _key_parts(m.name)[0] == key
        ]
        if len(firsts) == 1 and not c.roles:
            return firsts[0]
    elif c.type in {"ORG", "GPE", "OTHER"} and len(_name_parts(c.name)) == 2:
        # a person's full name the tagger typed otherwise here ("Renata Holm" an organisation,
        # "Renata Holme" a facility in another article): the vote on the types decides
        here = {r.article_id for r in c.refs}
        for m in merged:
            if m.type != "PERSON" or len(_name_parts(m.name)) < 2:
                continue
            if (m.roles and same_person(c.name, m.name)) or (
                not here & {r.article_id for r in m.refs}
                and (same_person(c.name, m.name) or near_person(c.name, m.name))
            ):
                return m
    if " " not in c.name and c.type in {"ORG", "GPE"}:
        # "Kolar" tagged an organisation or a place after "Andrej Kolar" was named: the family
        # name of the one person of the story with it
        key = spelling_key(_name_parts(c.name)[0]) if _name_parts(c.name) else ""
        cands = [
            m
            for m in merged
            if m.type == "PERSON" and len(_key_parts(m.name)) >= 2 and _key_parts(m.name)[-1] == key
        ]
        if len(cands) == 1 and len(c.types) <= len(cands[0].types):
            return cands[0]
    keys = {_org_key(n) for n in c.names}
    for m in merged:
        one_word = " " not in c.name and " " not in m.name and "PERSON" not in {m.type, c.type}
        if (
            _family(m.type) != _family(c.type)
            and not (c.acronyms & set(m.names) or m.acronyms & set(c.names))
            and not (one_word or (c.type == "PERSON" and m.type != "PERSON"))
            and not (m.type == "PERSON" and not m.roles and c.type in {"GPE", "ORG"})
        ):
            continue
        if keys & {_org_key(n) for n in m.names}:
            return m
    if " " not in c.name:
        # "Orsa" (or "Orsja") after "Storm Orsa": the named storm, whatever the tagger typed it
        for m in merged:
            if m.type == "EVENT" and any(
                _STORM_NAME.match(n) and _near_part(n.rsplit(" ", 1)[1], c.name) for n in m.names
            ):
                return m
    if c.type in {"GPE", "OTHER"} and len(c.name.split()) == 2:
        return _respelled_place(c, merged)
    if c.type == "GPE" and " " not in c.name:
        return _respelled_place(c, merged)
    return None


_STORM_NAME = re.compile(r"^(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm)\s+[A-Z]\w+$")


def _respelled_place(c: _Cluster, merged: list[_Cluster]) -> _Cluster | None:
    """The one-word place another article spells otherwise ("Drewnik" / "Drevnik": one spelling
    key, rapidfuzz ratio >= 80, five letters or more), when no article names both spellings
    (one that does means two places: "Kessel" and "Kassel")."""
    here = {r.article_id for r in c.refs}
    if " " in c.name:
        # "Dalby Kove" / "Dalby Cove": the same place words but one respelled
        words = c.name.split()
        for m in merged:
            other = m.name.split()
            if (
                m.type in {"GPE", "OTHER"}
                and len(other) == len(words)
                and not here & {r.article_id for r in m.refs}
                and sum(a != b for a, b in zip(words, other, strict=True)) == 1
                and all(
                    a == b
                    or (
                        spelling_key(a) == spelling_key(b)
                        and fuzz.ratio(_fold(a), _fold(b)) >= 70
                        and len(_fold(a)) >= 4
                    )
                    for a, b in zip(words, other, strict=True)
                )
            ):
                return m
        return None
    key, folded = spelling_key(c.name), _fold(c.name)
    if len(folded) < 5:
        return None
    for m in merged:
        if (
            m.type == "GPE"
            and " " not in m.name
            and spelling_key(m.name) == key
            and fuzz.ratio(folded, _fold(m.name)) >= 80
            and not here & {r.article_id for r in m.refs}
        ):
            return m
    return None


def resolve_entities(articles: Sequence[Article]) -> list[Entity]:
    """The entities of a story's articles, one per real-world referent, ids e1, e2, …"""
    out = []
    for i, c in enumerate(_clusters(articles), start=1):
        name = c.name
        aliases = list(dict.fromkeys(n for n in c.names if n != name))
        refs = sorted(c.refs, key=lambda r: (r.article_id, r.start))
        out.append(
            Entity(
                id=f"e{i}", name=name, type=c.type, aliases=aliases, roles=c.roles, mentions=refs
            )
        )
    return out


# --- statements ----------------------------------------------------------------------------


def _speaker_entity(
    article_id: str, st: StatementMention, entities: Sequence[Entity]
) -> Entity | None:
    if st.speaker_start is not None and st.speaker_end is not None and st.speaker_name:
        inside = [
            (r.start, e)
            for e in entities
            for r in e.mentions
            if r.article_id == article_id
            and st.speaker_start <= r.start
            and r.end <= st.speaker_end
            and e.type == "PERSON"
        ]
        # the person the quotes stage named, else the last one written
        named = [e for _, e in inside if st.speaker_name in (e.name, *e.aliases)]
        if named or inside:
            return named[0] if named else max(inside, key=lambda se: se[0])[1]
    if st.speaker_name:
        for e in entities:
            if st.speaker_name == e.name or st.speaker_name in e.aliases:
                return e
    elif st.speaker_role and st.speaker_start is not None:
        # "the health ministry said": a body the story names in those very words
        role = _org_key(st.speaker_role)
        bodies = [
            e
            for e in entities
            if e.type != "PERSON" and role in {_org_key(n) for n in (e.name, *e.aliases)}
        ]
        if len(bodies) == 1:
            return bodies[0]
    return None


_ROLE_HEADS = re.compile(
    r"(?:head|chief|director|minister|spokes(?:man|woman|person)|governor|mayor|leader|"
    r"president|chairman|chairwoman|chair|commander|ambassador|secretary|executive|inspector)$"
)
_ROLE_FILLERS = {"the", "a", "an", "of", "for", "s", "its", "their", "his", "her"}
_ROLE_RANKS = {"deputy", "vice", "assistant", "former", "acting", "interim", "junior"}


def _role_holder(
    written: str, entities: Sequence[Entity], said_as: dict[str, set[str]]
) -> Entity | None:
    """The one person of the story who holds a definite role written as a speaker ("the
    inspectorate's head", "the head of the inspectorate"): the people whose roles, in any
    article (as entity roles or as the role they spoke in, `said_as`), have the role's head
    noun and its other words, and no rank the role lacks."""
    if not re.match(r"(?i:the)\s|[A-Z][\w-]*['’]s\s", written):
        return None
    words = {w for w in re.findall(r"[a-z]+", written.lower()) if w not in _ROLE_FILLERS}
    if not any(_ROLE_HEADS.fullmatch(w) for w in words) or len(words) > 6:
        return None
    fits = []
    for e in entities:
        if e.type != "PERSON":
            continue
        have = {w for r in e.roles for w in re.findall(r"[a-z]+", r.lower())}
        have |= said_as.get(e.id, set())
        if words <= have and (have & _ROLE_RANKS) <= words:
            fits.append(e)
    return fits[0] if len(fits) == 1 else None


def _same_words(a: str, b: str) -> bool:
    """The same words, give or take a few: not a short clause whose words a long one holds
    ("the defence would appeal" in "The appeal ... argues that the defence's ...")."""
    a2, b2 = _fold_text(a), _fold_text(b)
    na, nb = len(a2.split()), len(b2.split())
    if min(na, nb) < _SAME_SHARE * max(na, nb):
        return False
    if bool(_TAKES_BACK.search(a)) != bool(_TAKES_BACK.search(b)):
        return False  # "X was exposed" and "I said X was exposed. That was wrong"
    return fuzz.token_set_ratio(a2, b2) >= _SAME_TEXT


def _fold_text(s: str) -> str:
    return re.sub(r"[^\w\s]", " ", s.lower())


def _said_on(article: Article, st: StatementMention, cache: dict) -> dt.date | None:
    """The day the words were said: the cue's day phrase resolved by the times stage against
    the article's publication date; None when either is missing or the day is not exact."""
    if st.said_when_start is None or article.published is None:
        return None
    if article.id not in cache:
        from newsdesk.extract.times import find_times

        cache[article.id] = find_times(article.text, article.published)
    for tm in cache[article.id]:
        if tm.start < st.said_when_end and st.said_when_start < tm.end:
            return tm.date if tm.precision == "day" else None
    return None


def story_statements(articles: Sequence[Article], entities: Sequence[Entity]) -> list[Statement]:
    """The statements of a story, speakers linked to `entities`, repeats merged, ids q1, …"""
    extracted = extract_articles(articles)
    rows: list[tuple[Statement, tuple[int, int]]] = []
    times: dict = {}
    # the roles each person speaks in, across the story, for "the inspectorate's head"
    said_as: dict[str, set[str]] = {}
    for article, ex in zip(articles, extracted, strict=True):
        for st in ex.statements:
            ent = _speaker_entity(article.id, st, entities)
            if ent is not None and ent.type == "PERSON" and st.speaker_role:
                said_as.setdefault(ent.id, set()).update(
                    re.findall(r"[a-z]+", st.speaker_role.lower())
                )
    for ai, (article, ex) in enumerate(zip(articles, extracted, strict=True)):
        for st in ex.statements:
            said_on = _said_on(article, st, times)
            ent = _speaker_entity(article.id, st, entities)
            if ent is None and st.speaker_start is not None and st.speaker_end is not None:
                written = article.text[st.speaker_start : st.speaker_end]
                ent = _role_holder(written, entities, said_as)
            # a quote broken by its attribution ("“…,” she said. “…”"): the quoted pieces,
            # each its own ref, never the attribution between them
            spans = st.parts or [(st.start, st.end)]
            refs = [Ref(article_id=article.id, start=a, end=b) for a, b in spans]
            words = " ".join(article.text[a:b] for a, b in spans)
            start = spans[0][0]
            same = next(
                (
                    row
                    for row, _ in rows
                    if row.speaker == (ent.id if ent else None)
                    and (ent is not None or row.speaker_role == st.speaker_role)
                    and all(r.article_id != article.id for r in row.sources)
                    and _same_words(row.text, words)
                ),
                None,
            )
            if same is not None:
                same.sources.extend(refs)
                if same.speaker_role is None:
                    same.speaker_role = st.speaker_role
                if same.said_on is None:
                    same.said_on = said_on
                continue
            rows.append(
                (
                    Statement(
                        id="",
                        speaker=ent.id if ent else None,
                        speaker_name=ent.name if ent else st.speaker_name,
                        speaker_role=st.speaker_role
                        or (ent.roles[0] if ent and ent.roles else None),
                        kind="direct" if st.kind == "direct" else "indirect",
                        text=words,
                        said_on=said_on,
                        sources=refs,
                    ),
                    (ai, start),
                )
            )
    rows.sort(key=lambda r: r[1])
    out = []
    for i, (row, _) in enumerate(rows, start=1):
        row.id = f"q{i}"
        out.append(row)
    return out


_PLACE_BODY = r"(?:authorities|officials|police|government|administration|ministry|military|army)"


def entity_for_name(name: str, entities: Sequence[Entity]) -> Entity | None:
    """The entity a name as written refers to (its name, an alias, or a spelling variant).

    For stages that name a claimant or speaker in text (a fact's `claimed_by`): returns None
    when no entity, or more than one person, fits.
    """
    exact = [e for e in entities if name == e.name or name in e.aliases]
    if len(exact) == 1:
        return exact[0]
    # "Tarn regional authorities", "the Dalby police": the officials of a named place
    # "Kavren's interior ministry", "the Kavrenian government", "the authorities of Kavren":
    # the body of a named country
    body = re.fullmatch(
        r"(?P<place>[A-Z][\w'’-]*?(?:\s+[A-Z][\w'’-]*?)?)(?:'s|’s)?\s+(?:[a-z][\w-]*\s+){0,2}"
        rf"{_PLACE_BODY}",
        name,
    ) or re.fullmatch(rf"{_PLACE_BODY}\s+of\s+(?P<place>[A-Z][\w'’-]*)", name)
    if body:
        place = body["place"]
        places = [e for e in entities if e.type == "GPE" and place in (e.name, *e.aliases)]
        if not places and re.search(r"(?:ian|an|ese|ish|i)$", place):
            places = [
                e
                for e in entities
                if e.type == "GPE"
                and len(e.name) >= 4
                and " " not in e.name
                and place.startswith(e.name[:-1])
                and len(place) - len(e.name) <= 3
            ]
        if len(places) == 1:
            return places[0]
        if not re.search(r"ministry$", name):
            return None
    words = name.split()
    # "Justice Minister Oskar Velimir": a title before the name; try the name without it
    for i in range(len(words) - 1):
        if len(_name_parts(" ".join(words[i:]))) < 2:
            break
        rest = " ".join(words[i:])
        fits = [e for e in entities if e.type == "PERSON" and same_person(rest, e.name)]
        if fits:
            return fits[0] if len(fits) == 1 else None
    if len(words) == 1 and words[0][:1].isupper():  # "according to Mavrin": a surname alone
        fits = [
            e
            for e in entities
            if e.type == "PERSON"
            and len(_name_parts(e.name)) >= 2
            and any(
                _same_part(spelling_key(words[0]), spelling_key(part))
                for part in (e.name.split()[-1], *e.aliases)
            )
        ]
        if len(fits) == 1:
            return fits[0]
    low = _fold_text(name).lower()
    # "the Kavrenian transport minister": the person holding that role
    holders = [
        e
        for e in entities
        if e.type == "PERSON" and any(_fold_text(r).lower() == low for r in e.roles)
    ]
    if len(holders) == 1:
        return holders[0]
    # "the hospital", "the civil protection directorate", "Civil Protection": an organisation
    # whose name holds every one of the words (all of them, not a generic body word alone)
    if not re.fullmatch(r"(?:police|officials|authorities|government|ministry|prosecutors)", low):
        # a place's name before the body ("Sarn's coast guard") is whose it is, not its name
        places = {_fold(e.name) for e in entities if e.type == "GPE"}
        key = [w for w in re.findall(r"[a-z]+", low) if w not in _BODY_FILLER | places]
        orgs = [
            e
            for e in entities
            if e.type == "ORG"
            and key
            and set(key) <= set(re.findall(r"[a-z]+", _fold_text(e.name).lower()))
        ]
        if len(orgs) == 1:
            return orgs[0]
    return None


_BODY_FILLER = {"the", "a", "an", "of", "for", "and", "s", "national", "state", "local", "city"}
