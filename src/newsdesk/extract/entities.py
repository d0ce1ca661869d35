"""Entity mentions in one article: people, organisations, places, groups, with their roles.

`find_entities(text)` runs spaCy's NER (through `newsdesk.nlp.spacy_pipeline`, or on a `Doc`
the caller already parsed) and cleans what it finds with our own rules: titles and honorifics
are lifted out of person names into `role` ("Army Lt. Gen. Dara Okonjo, a defence ministry
spokeswoman" is `Dara Okonjo` with role "Army Lt. Gen., defence ministry spokeswoman"); possessive
endings and leading articles are trimmed; mentions on lines that do not read like prose
(prices, subscription offers, e-mail addresses, template junk) are dropped; an acronym defined
in parentheses ("Popular Mobilization Forces (PMF)") is recorded as an alias of its expansion.
A person's name the tagger cut after its first word is made whole, one it ran on into a common
noun ("Kaldori mortar") cut back; a firm's name ("… Minerals"), a body's ("… Coalition") or a
one-word outlet ("told Vestnik") tagged as a person is an organisation, a code with digits no
name.
A name is a place when the words next to it say so ("in Sarn", "the port of Sarn", "the Almar
river"); those place cues are all in one table, `_PLACE_CUES`; a kind of area written after a
place's name ("Tessan province") is no part of it.
`entities_record(doc_id, text)` is the `newsdesk entities` stage output (stage-cli.md), with
the short forms of a name in one article ("Kirby", "Mr. Kirby") folded into its full form.

It does not resolve entities across articles or across spellings (`stories/resolve.py`
does), link pronouns (`extract/quotes.py` does for speakers), or read dates and figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsdesk.nlp import spacy_pipeline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "GPE",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "FAC": "OTHER",
}

# Honorifics: dropped from the name and not kept as a role.
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "sir", "dame", "madam"}
# Titles and ranks: lifted out of the name into the role.
TITLES = {
    "dr",
    "doctor",
    "nurse",
    "midwife",
    "pastor",
    "rabbi",
    "constable",
    "detective",
    "prof",
    "professor",
    "gen",
    "general",
    "maj",
    "major",
    "lt",
    "lieutenant",
    "col",
    "colonel",
    "capt",
    "captain",
    "adm",
    "admiral",
    "sgt",
    "sergeant",
    "cpl",
    "pvt",
    "cmdr",
    "commander",
    "brig",
    "rear",
    "vice",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "president",
    "pres",
    "minister",
    "secretary",
    "judge",
    "justice",
    "mayor",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "imam",
    "ayatollah",
    "rev",
    "reverend",
    "father",
    "bishop",
    "cardinal",
    "pope",
    "councillor",
    "councilor",
    "speaker",
    "chairman",
    "chair",
    "chief",
    "ambassador",
    "deputy",
    "premier",
    "prime",
    "supt",
    "superintendent",
    "commissioner",
    "emir",
    "inspector",
    "officer",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "mp",
    "st",
}
ROLE_NOUNS = re.compile(
    r"\b(spokes(?:man|woman|person)|minister|president|secretary|director|chief|head|"
    r"official|officer|adviser|advisor|ambassador|commander|general|gen\.|adm\.|maj\.|col\.|"
    r"lt\.|governor|gov\.|mayor|senator|sen\.|rep\.|representative|chairman|chairwoman|chair|"
    r"leader|manager|editor|reporter|correspondent|analyst|expert|professor|researcher|"
    r"engineer|inspector|judge|lawyer|attorney|prosecutor|candidate|nominee|member|founder|"
    r"executive|ceo|counterpart|envoy|diplomat|strategist|pollster|economist|host|"
    r"coordinator|superintendent|commissioner|deputy|premier|chancellor|king|queen|prince|"
    r"sheikh|cleric|imam|mp|lawmaker|legislator|councillor|councilor|activist|campaigner|"
    r"resident|witness|survivor|doctor|dr\.|nurse|surgeon|scientist|historian|author|writer|"
    r"columnist|contributor|speaker|staffer|aide|captain|colonel|major|admiral|sergeant|"
    r"accountant|auditor|consultant|investigator|(?:harbou?r|port|dock|station)\s+master)\b",
    re.IGNORECASE,
)
_NOT_PERSON_WORDS = re.compile(
    r"\b(force|forces|army|navy|ministry|department|council|command|agency|party|news|"
    r"times|post|house|office|committee|court|university|group|brigades?|corps|guard|"
    r"government|coalition|university|bank|embassy|state|states|alliance|union|federation|"
    r"association|league|movement)\b",
    re.IGNORECASE,
)
_JUNK_LINE = re.compile(
    r"(\{\{|\}\}|https?://|www\.|@\w|[₹$€£]\s?\d|\bsubscri|\blog ?in\b|\bsign ?up\b|"
    r"\bnewsletter\b|\bcookie|\bcopyright\b|©|\ball rights reserved\b|"
    r"\bcan be reached (?:at|via|on (?:twitter|x)\b|by (?:e-?mail|phone))|"
    r"\bclick here\b|\bcomment policy\b|\bshare (?:on|this)\b|\bfree articles?\b)",
    re.IGNORECASE,
)
# Honorifics at either end of a role ("Minister of Interior Mr.", "His Excellency Sheikh"):
# forms of address, not part of the office.
_HONORIFIC_EDGES = re.compile(
    r"^(?:(?:His|Her)\s+(?:Excellency|Highness|Majesty)\b\s*)+|"
    r"(?:[\s,]*\b(?:Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Madam)\.?)+$"
)
# A military or police rank written last in a role, right before the name ("ministry spokesman
# Colonel X", "army spokesman Lt. Col. X"): the name's title, not a word of the office.
_RANK_END = re.compile(
    r"(?:\s+(?:Lieutenant|Lt\.?|Colonel|Col\.?|Major|Maj\.?|General|Gen\.?|Brigadier|Brig\.?|"
    r"Captain|Capt\.?|Sergeant|Sgt\.?|Corporal|Cpl\.?|Admiral|Adm\.?|Commodore|Private|Pte\.?))+$"
)
# Ranks that also end a civil office written in capitals ("Attorney General", "Drum Major").
_RANK_OF_OFFICE = re.compile(r"^\s+(?:General|Major)$")


def _drop_rank_end(role: str) -> str:
    """A role without the rank written at its end, when an office is left before it."""
    m = _RANK_END.search(role)
    if not m or not m.start():
        return role
    rest = role[: m.start()]
    last = rest.split()[-1]
    if not ROLE_NOUNS.search(rest) or (last[:1].isupper() and _RANK_OF_OFFICE.match(m.group())):
        return role  # "police Captain", "Attorney General"
    return rest


_POSSESSIVE = re.compile(r"['’]s?$")
_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Z0-9&.\-]{1,11})\)")


@dataclass
class EntityMention:
    """One mention of an entity: `text[start:end]` is the name as written (titles excluded).

    `name` is the cleaned name (no honorific, title or possessive ending), `role` the title or
    function the text gives the entity at this mention ("State Department deputy
    spokesperson"), or None. `aliases` holds other names the text defines for it here (an
    acronym in parentheses).
    """

    name: str
    type: str
    start: int
    end: int
    role: str | None = None
    aliases: list[str] = field(default_factory=list)


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per `Doc` (spaCy joins every token on each access)."""
    text = doc.user_data.get("newsdesk_text")
    if text is None:
        text = doc.user_data["newsdesk_text"] = doc.text
    return text


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def is_prose_line(line: str) -> bool:
    """Whether a line reads like article prose (not a price, a button, a promo or a footer)."""
    stripped = line.strip()
    if not stripped or _JUNK_LINE.search(stripped):
        return False
    words = stripped.split()
    if len(words) >= 8:
        return True
    # A short line counts only when it ends like a sentence or a headline with a verb-ish length.
    return len(words) >= 5 and stripped[-1] in '.!?"”’»:'


def _strip_titles(span: Span) -> tuple[int, list[str]]:
    """Index of the first name token of a person span and the title words before it."""
    tokens = list(span)
    titles: list[str] = []
    i = 0
    while i < len(tokens) - 1:
        word = tokens[i].text.lower().rstrip(".")
        if word in HONORIFICS:
            i += 1
            continue
        if word in TITLES or (tokens[i].text.endswith(".") and len(word) <= 4 and word.isalpha()):
            titles.append(tokens[i].text)
            i += 1
            continue
        if tokens[i].text == "." and titles:
            titles[-1] += "."
            i += 1
            continue
        break
    return i, titles


def _left_role(span: Span) -> str | None:
    """The modifiers written before a person's name in its noun phrase, as a role."""
    root = span.root
    lefts = [t for t in root.lefts if t.i < span.start and t.dep_ in {"compound", "amod", "nmod"}]
    if not lefts:
        return None
    first = min(min(t.left_edge.i for t in lefts), span.start)
    doc = span.doc
    toks = [t for t in doc[first : span.start] if t.dep_ not in {"det", "poss", "case"}]
    while toks and (toks[0].is_punct or toks[0].lower_ in {"the", "a", "an"}):
        toks = toks[1:]
    if not toks:
        return None
    text = doc_text(doc)[toks[0].idx : span.start_char].strip(" ,")
    text = text[text.rfind("\n") + 1 :].strip()
    if not text:
        return None
    words = [w.lower().rstrip(".") for w in text.split()]
    if all(w in HONORIFICS for w in words):
        return None
    if not ROLE_NOUNS.search(text) and not any(w in TITLES for w in words):
        return None
    return text


_ROLE_TOKEN = re.compile(r"^(?:[A-Z][\w.’'-]*|of|for|and|the|[a-z]+)$")


_ROLE_LOWER = {
    "deputy",
    "senior",
    "principal",
    "national",
    "security",
    "former",
    "chief",
    "of",
    "foreign",
    "affairs",
    "state",
    "press",
    "retired",
    "acting",
    "interim",
    "assistant",
    "associate",
    "general",
    "vice",
    "executive",
    "regional",
    "federal",
    "health",
    "defence",
    "defense",
    "government",
    "ministry",
    "police",
    "army",
    "military",
    "city",
    "council",
}


_CLAUSE_WORDS = {
    "when",
    "as",
    "after",
    "before",
    "if",
    "while",
    "because",
    "but",
    "and",
    "then",
    "since",
    "though",
    "although",
    "once",
    "until",
    "where",
    "so",
    "yet",
    "or",
    "that",
    "this",
}


def _text_role(span: Span) -> str | None:
    """Role words written right before a name when the parse did not attach them."""
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    before = text[line_start : span.start_char]
    words = list(re.finditer(r"\S+", before))
    first = len(words)
    for k in range(len(words) - 1, max(-1, len(words) - 11), -1):
        w = words[k].group()
        if k < len(words) - 1 and not before[words[k].end() : words[k + 1].start()].isspace():
            break
        if w[-1] in ',;:"“”()':
            break
        bare = w.rstrip(".")
        if not bare or not re.fullmatch(r"[\w’'-]+", bare):
            break
        abbreviated = bare[0].isupper() and (bare.lower() in TITLES or len(bare) <= 4)
        if w.endswith(".") and not abbreviated:
            # the end of the sentence before ("... Tribunal. Company spokesman X", "... by a
            # doctor. X called"): a title abbreviated is capitalised ("Dr.", "Gen.")
            break
        if bare[0].islower() and not ROLE_NOUNS.fullmatch(bare) and bare not in _ROLE_LOWER:
            break
        if bare.lower() in _CLAUSE_WORDS:
            break  # "When Foreign Minister X spoke": the clause opens before the role
        first = k
    while first < len(words) and words[first].group().lower() in {"of", "for", "and", "the"}:
        first += 1
    cut = words[first].start() if first < len(words) else len(before)
    office = _office_of(span.doc, line_start, before[:cut])
    if office is not None:
        cut = office
    elif first >= len(words):
        return None
    role = before[cut:].strip(" ,")
    titled = any(w.lower().rstrip(".") in TITLES for w in role.split())
    return role if role and (ROLE_NOUNS.search(role) or titled) else None


# "the spokesman of the ministry of interior ", "director general of prisons ": a role noun
# and what it is the role of, written before a name (formal and translated English).
_OFFICE_OF = re.compile(
    rf"(?:^|\s)((?i:the\s+)?(?:{ROLE_NOUNS.pattern[3:-3]})\s+(?:[a-z]+\s+)?(?:of|for)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,3})$",
    re.IGNORECASE,
)
_OFFICE_POS = {"NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM"}


def _office_of(doc: Doc, offset: int, before: str) -> int | None:
    """Where a role with its "of …" complement starts in `before` (the line up to the name or
    its titles), when the words between are nouns of that office, not a clause."""
    m = _OFFICE_OF.search(before)
    if m is None:
        return None
    start = m.start(1) + (4 if m.group(1).lower().startswith("the ") else 0)
    region = doc.char_span(offset + start, offset + len(before.rstrip()), alignment_mode="expand")
    if region is None or any(
        t.pos_ not in _OFFICE_POS or t.lower_ in _CLAUSE_WORDS for t in region
    ):
        return None
    return start


# an appositive that says the name is a body, not a person: ", a paramilitary coalition",
# ", the charity that runs the convoys" (not ", a spokeswoman for the company")
_ORG_APPOSITIVE = re.compile(
    r",\s+(?:an?|the)\s+(?:(?!(?:of|for|at|with|in|from|to|by|on)\b)[\w'’-]+\s+){0,4}?"
    r"(?:coalition|group|militia|faction|alliance|movement|party|organi[sz]ation|network|"
    r"charity|company|firm|agency|union|federation|association|brigades?|consortium|"
    r"broadcaster|newspaper|bank|insurer|operator|trust|foundation)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|based|led|backed|founded|set up)\b)"
)


def _appos_role(span: Span) -> str | None:
    """An appositive after the name (", a Pentagon spokesman,") when it names a function."""
    for child in span.root.rights:
        if child.dep_ == "appos" and child.i > span.end - 1:
            sub = list(child.subtree)
            toks = [t for t in sub if not (t.dep_ == "det" and t.i == sub[0].i)]
            toks = [t for t in toks if not t.is_punct or t.i != toks[-1].i]
            if not toks:
                return None
            start = toks[0].idx
            end = toks[-1].idx + len(toks[-1].text)
            text = doc_text(span.doc)[start:end].strip(" ,")
            if ROLE_NOUNS.search(text) and len(text.split()) <= 12:
                return text
    return None


# Words that end a tagged span only when the tagger ran on past the name ("Port Adela before
# dawn", "Mill Lane and the school"): a joining word or a time word is never a name's last word.
_TRAILING_WORD = re.compile(r"\s+(?:and|or|but|before|after|until|since|during|on|at|by)$")


_AREA_KIND_END = re.compile(
    r"(?<=\w)\s+(?:province|region|district|county|governorate|prefecture|oblast)$"
)


def _clean_name(name: str, label: str) -> str:
    if "(" in name and ")" not in name.split("(", 1)[1]:
        name = name.split("(", 1)[0]  # "Granite Wire (GRX": the bracket is not closed in the span
    name = name.strip(" ,;:-–—\"'“”‘’()[]")
    name = _TRAILING_WORD.sub("", name)
    name = _POSSESSIVE.sub("", name).strip()
    if label == "PERSON":  # "Kaldori mortar": a person's name never ends in a common noun
        name = re.sub(r"(?<=\w)\s+(?!(?:van|von|de|del|da|al|el|bin)$)[a-z]+$", "", name)
    if label == "PERSON" and re.search(r"['’]s\s", name):
        name = re.split(r"['’]s\s+", name)[-1]
    if label != "PERSON":
        name = re.sub(r"^(?:the|The)\s+", "", name)
    if label == "GPE":  # "Tessan province": the lower-case kind of area is no part of the name
        name = _AREA_KIND_END.sub("", name)
    if label == "ORG":  # "national Civil Protection Service": the qualifier is not the name
        # (but "ministry of the Interior" is a body's name, not its capitalised portfolio)
        name = re.sub(r"^(?:[a-z][a-z-]*\s+)+(?<!of )(?<!for )(?<!the )(?=[A-Z])", "", name)
    return re.sub(r"\s+", " ", name)


# A craft written right before a name ("the tanker Blue Gull"): the name is the craft's, not a
# person's. The tagger takes unknown two-word names for people.
_CRAFT_BEFORE = re.compile(
    r"\b(?:ship|freighter|tanker|vessel|ferry|boat|yacht|carrier|frigate|destroyer|submarine|"
    r"cruiser|trawler|liner|barge|warship|aircraft|airliner|satellite|spacecraft)\s+$",
    re.IGNORECASE,
)

# Place cues, all of them: words next to a name that tell it is a place, keyed by (side, kind).
# Side "before": the cue ends right before the name (or ends the role written before it);
# "after": it starts right after the name. The kind says what the cue tells; each reader below
# the table takes the kinds it trusts.
_PLACE_CUES: dict[tuple[str, str], str] = {
    # a preposition of place ("in Port Adela", "near Sarn")
    ("before", "place"): "in, near, outside, across, around",
    # a direction ("towards Sarn"): enough only to retype a name tagged as a person
    ("before", "direction"): "toward, towards",
    # a preposition as common before other names ("from Sarn", "of Sarn"): a vote only
    ("before", "maybe place"): "of, from, at, through",
    # an area the name is the name of ("the port of Sarn", "the outskirts of Sarn", "the town
    # Sarn")
    ("before", "area"): (
        "port of, city of, town of, village of, province of, region of, district of, "
        "capital of, suburb of, suburbs of, outskirts of, governorate of, county of, "
        "streets of, the town, the city, the village, the port"
    ),
    # "the capital Sarn", "the capital, Sarn"
    ("before", "capital"): "capital",
    # a seat of government, or where people live: an office or people "of" the name, at the end
    # of the role written before a name tagged as a person ("the governor of Tal Harun")
    ("before", "seat"): (
        "governor of, mayor of, director of, head of, chief of, minister of, president of, "
        "commander of, leader of, king of, queen of, prince of, emir of, prefect of, "
        "member of, people of, resident of, residents of"
    ),
    # the same after the name ("Brannec Mayor", "Sorvik residents"): a vote only
    ("after", "seat"): "Mayor, mayor, residents, townspeople, villagers, city council",
    # what a country has, after its possessive ("Sarn's ambassador"): a vote only
    ("after", "held by a country"): "ambassador, embassy, consulate",
    # an administrative area or a valley ("the Sarn district", "the Sarn valley")
    ("after", "area"): "district, province, governorate, municipality, valley",
    # a geographic feature or a wide area ("the Almar river", "the Sarn region")
    ("after", "geography"): (
        "river, region, lake, delta, basin, plain, mountain, mountains, hills, coast, island, "
        "peninsula, county"
    ),
    # the last word of a place's own name ("Dalby Cove", "the Varn Shoal")
    ("end", "feature"): "Bay, Cove, Harbour, Harbor, Heights, Springs, Falls, Sound, Point",
    # a structure's last word, never a body's or a person's ("the Lantern Gate"): a facility
    ("end", "structure"): "Gate, Gates, Bridge, Tower",
    # the same, never a body's name even when tagged an organisation ("the Varn Shoal")
    ("end", "sea feature"): "Shoal, Shoals, Reef, Reefs, Atoll",
    # a last word also a bank's ("Varn Bank"): a place only on the sea, written "on the Varn
    # Bank", "off Varn Bank" or "the Varn Bank fishing grounds"
    ("end", "sea bank"): "Bank, Banks",
    ("before", "sea"): "on the, off the, off",
    ("after", "sea"): "fishing grounds, grounds, waters",
    # a holy place named after the name ("the Orim shrine"): the name is the place's
    ("after", "holy site"): (
        "shrine, temple, mosque, church, cathedral, monastery, sanctuary, synagogue, pagoda"
    ),
    # a site in or by a town ("Wadi Nasr prison", "the Marsh Lane estate")
    ("after", "site"): (
        "prison, jail, estate, camp, neighbourhood, neighborhood, quarter, village, town, "
        "city, street, road, square, suburb"
    ),
}


def _cues(side: str, *kinds: str, gap: str = " ") -> str:
    """The place cues of these kinds on this side of a name, as a regex alternation (the
    words of a cue `gap` apart)."""
    return "|".join(
        gap.join(map(re.escape, cue.split()))
        for kind in kinds
        for cue in _PLACE_CUES[side, kind].split(", ")
    )


# The readers of `_PLACE_CUES` (case counts unless a reader ignores it). A name tagged as a
# person, with no role, is a place after these (`_not_a_person`):
_PLACE_BEFORE = re.compile(rf"\b(?:{_cues('before', 'place', 'direction', 'area')})\s+$")
# A one-word name is a place in all its mentions when one stands next to these
# (`_one_word_places`):
_CAPITAL_BEFORE = re.compile(rf"\b(?:{_cues('before', 'capital')}),?\s+$")
_GEO_NOUN_AFTER = re.compile(rf"\s+(?:{_cues('after', 'area', 'geography', 'holy site')})\b")
# A mention of a one-word name next to these votes for a place (`_one_word_places`):
_PLACE_VOTE = re.compile(rf"\b(?i:{_cues('before', 'place', 'maybe place')})\s+$")
_SEAT_AFTER = re.compile(
    rf"\s+(?:{_cues('after', 'seat')})\b|['’]s\s+(?:{_cues('after', 'held by a country')})\b"
)
# A name tagged as a person is a place when its role ends in these or these follow it
# (`find_entities`):
_SEAT_OF = re.compile(r"\b(?:" + _cues("before", "seat", gap=r"\s+") + ")$", re.IGNORECASE)
_PLACE_NOUN_AFTER = re.compile(rf"\s+(?:{_cues('after', 'area', 'site', 'holy site')})\b")
# A body's name whose second word is an area or a geographic feature ("Selby Valley Water
# Board"): its first word is the place the body is named after (`stories/resolve.py`).
PLACE_NAMED_BODY = re.compile(rf"^\w+\s+(?i:{_cues('after', 'area', 'geography')})\b")
# A name tagged as a body or a person is a facility when it ends in these (`find_entities`):
_STRUCTURE_END = re.compile(rf"\s(?:{_cues('end', 'structure')})$")


# A named weather event: "Storm Berenike", "Hurricane Tamsin", "the cyclone Ferra".
_NAMED_STORM = re.compile(
    r"^(?:(?:Tropical|Winter)\s+)?(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm)\s+[A-Z]"
)
_PLACE_WORD_END = re.compile(rf"\s(?:{_cues('end', 'feature', 'sea feature')})$")
_SEA_FEATURE_END = re.compile(rf"\s(?:{_cues('end', 'sea feature')})$")
_SEA_BANK_END = re.compile(rf"\s(?:{_cues('end', 'sea bank')})$")
_SEA_BEFORE = re.compile(rf"\b(?:{_cues('before', 'sea')})\s+$")
_SEA_AFTER = re.compile(rf"\s+(?:{_cues('after', 'sea')})\b")
_STORM_BEFORE = re.compile(r"\b(?i:storm|hurricane|typhoon|cyclone)\s+$")
# A dateline: "PORT SELWYN, Maraquend (GRX) -": the word after the capitals is a country.
_DATELINE_PLACE = re.compile(r"(?:^|\n)[A-Z][A-Z .'’-]{2,40},\s+$")
# A dateline's place in capitals at the start of a line: "SARN —", "PORT SELWYN, Maraquend".
_DATELINE = re.compile(r"(?:^|\n)([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)*)(?:,\s|\s+[—–-]\s)")


# A kind of organisation or outlet written right before its name ("the investigative website
# Kalvo", "the newspaper Dalby Post", "the opposition party Nova"): the name is the body's.
_BODY_BEFORE = re.compile(
    r"\b(?:website|site|newspaper|paper|daily|weekly|magazine|broadcaster|channel|station|"
    r"outlet|blog|portal|party|alliance|bloc|movement|group|firm|company|charity|union|"
    r"network|agency|platform|app|publication|operator|utility|airline)\s+$",
    re.IGNORECASE,
)


# A one-word name that words were given to or shown ("told Vestnik", "seen by Vestnik"): the
# outlet reporting, not a person (a person told something is named in full first).
_OUTLET_BEFORE = re.compile(r"\b(?:told|telling|(?:seen|obtained|reviewed) by)\s+$")


def _not_a_person(text: str, start: int, end: int) -> str | None:
    """ "OTHER", "ORG" or "GPE" when the words before a PERSON mention say it is a craft, a
    body or a place."""
    before = text[max(0, start - 40) : start]
    if _CRAFT_BEFORE.search(before):
        return "OTHER"
    if _BODY_BEFORE.search(before) or (
        " " not in text[start:end] and _OUTLET_BEFORE.search(before)
    ):
        return "ORG"
    if _PLACE_BEFORE.search(before) and not re.match(r"['’]s\b", text[end : end + 3]):
        return "GPE"
    return None


# A person's name as written: two or three capitalised words, a middle initial or a particle
# ("Nasrin Vakili", "Ana de Lora", "Pavel K. Rell", "Wang Li"). The statements stage reads
# speakers' names with it too.
PERSON_NAME = (
    r"[A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)?(?:\s+(?:van|von|de|del|da|al|el|bin)\b)?"
    r"(?:\s+[A-Z][a-z][\w’'-]*){1,2}"
)
_ROLE_WORD = rf"(?i:{ROLE_NOUNS.pattern[3:-3]})"
# A role noun right before a name ("ministry spokesman Arash Tehrani"): the name is a person's.
_ROLE_BEFORE_NAME = re.compile(rf"\b{_ROLE_WORD}\s+(?P<name>{PERSON_NAME})\b(?![\w’'-]|\s+[A-Z])")
# "Minister for Emergency Situations Ana Rell": a role with its capitalised portfolio, then
# the name, taken as the last two capitalised words of the run.
PORTFOLIO_BEFORE_NAME = re.compile(
    rf"\b(?P<role>{_ROLE_WORD})\s+(?:for|of)\s+(?:the\s+)?"
    r"(?P<portfolio>(?:[A-Z][\w’'-]*\s+(?:and\s+)?){1,3})"
    r"(?P<name>[A-Z][a-z][\w’'-]*\s+[A-Z][a-z][\w’'-]*)\b(?![\w’'-]|\s+[A-Z])"
)
# ", 58," / ", 34)": an age set off after a name says the name is a person's.
_AGE_AFTER = re.compile(r",\s*(?:1[01]\d|[1-9]?\d)\s*(?:,|\)|-|–|—|\band\b|\.)")
# ", head of operations for …", ", a ministry spokesman": a role after a name and its comma.
_ROLE_AFTER = re.compile(rf",\s+(?:(?i:a|an|the)\s+)?(?:[\w’'-]+\s+){{0,2}}{_ROLE_WORD}\b")
_ROLE_END = re.compile(rf"\b{_ROLE_WORD}\s+$")
# "a forensic accountant hired by the firm, Ana Rell, told …": a role noun phrase, then the
# name set off by its comma.
# ("The Minister of the Interior, Ana Rell": a capitalised word after "of", "for", "the")
_ROLE_BEFORE_COMMA = re.compile(
    rf"\b{_ROLE_WORD}(?:\s+(?:[a-z][\w’'-]*|(?:(?<=of\s)|(?<=for\s)|(?<=the\s))[A-Z][\w’'-]*))"
    r"{0,6},\s*$"
)
# Newspapers and broadcasters the tagger takes for people ("Sennan Herald").
_OUTLET = re.compile(
    r"\s(?:Herald|Times|Post|Tribune|Gazette|Journal|Chronicle|Observer|Telegraph|Courier|"
    r"Monitor|Express|Mirror|Standard|Daily|Weekly|News|Review|Dispatch|Inquirer|Sentinel)$"
)
# A facility named after a place or a person ("the Hollin air base"): the word is its name.
_FACILITY_AFTER = re.compile(
    r"^\s+(?:air ?base|(?:naval |military |army )?base|airport|airfield|port|harbou?r|bridge|"
    r"dam|camp|prison|barracks|shipyard|refinery|power (?:plant|station)|border crossing|"
    r"checkpoint|crossing|mine|oil ?field)\b",
    re.IGNORECASE,
)
# "Interior Minister", "Treasury Secretary": a portfolio, part of a role, not an organisation.
_PORTFOLIO_AFTER = re.compile(r"^\s+(?:Minister|Secretary|minister|secretary)\b")
# "said Ana Moor of the Farmers' League": a speaker and the body she speaks for.
_SAID_BEFORE = re.compile(r"\b(?:said|says)\s+$")
_MEMBER_OF_AFTER = re.compile(r"\s+of\s+the\s+[A-Z]")


# A title written as an abbreviation ("Dr.", "Brig."): not a role on its own.
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,4}\.")


def _with_name_before(ent: Span) -> Span:
    """A place name with the capitalised word the tagger left before it ("Marsh" of "the Marsh
    Lane estate"), unless that word opens the sentence or is a title."""
    doc = ent.doc
    if ent.start == 0:
        return ent
    prev = doc[ent.start - 1]
    if (
        prev.is_title
        and not prev.is_sent_start
        and prev.ent_type_ == ""
        and prev.lower_.rstrip(".") not in TITLES
        and doc_text(doc)[prev.idx + len(prev.text) : ent.start_char] == " "
    ):
        return doc[ent.start - 1 : ent.end]
    return ent


def _with_name_after(ent: Span) -> Span:
    """A person's name the tagger cut after its first word ("Ines" of "Ines Loh"): the
    untagged capitalised proper noun right after it, when the two read as a name."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc):
        return ent
    nxt = doc[ent.end]
    if (
        nxt.is_title
        and nxt.pos_ == "PROPN"
        and nxt.ent_type_ == ""
        and doc_text(doc)[ent.end_char : nxt.idx] == " "
        and _is_name(f"{ent.text} {nxt.text}")
    ):
        return doc[ent.start : ent.end + 1]
    return ent


def _is_name(words: str) -> bool:
    """Whether words read as a person's name (no organisation or title word, no figures)."""
    return (
        re.fullmatch(PERSON_NAME, words) is not None
        and not _NOT_PERSON_WORDS.search(words)
        and not _OUTLET.search(words)
        and not any(w.lower().rstrip(".") in TITLES for w in words.split())
    )


def _role_named(text: str, start: int, end: int) -> bool:
    """Whether a role noun stands right before `text[start:end]` or right after its comma."""
    before = text[max(0, start - 80) : start]
    return bool(
        _AGE_AFTER.match(text, end)
        or _ROLE_END.search(before[-40:])
        or _ROLE_AFTER.match(text, end)
        or (_ROLE_BEFORE_COMMA.search(before) and re.match(r",", text[end : end + 1]))
    )


def _missed_names(doc: Doc, text: str) -> list[Span]:
    """Names after a role noun that the tagger did not mark ("ministry spokesman Arash
    Tehrani"): the small model misses names it has not seen."""
    tagged = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _LABELS]
    out = []
    hits = [*_ROLE_BEFORE_NAME.finditer(text), *PORTFOLIO_BEFORE_NAME.finditer(text)]
    for hit in sorted(hits, key=lambda h: h.start("name")):
        s, e = hit.span("name")
        if any(a < e and s < b for a, b in tagged + [(o.start_char, o.end_char) for o in out]):
            continue
        if not _is_name(hit.group("name")):
            continue
        span = doc.char_span(s, e, label="PERSON", alignment_mode="contract")
        if span is not None and len(span):
            out.append(span)
    # "Ana Rell, the chief executive, said …", "an auditor for the firm, Ana Rell, said":
    # a name with its role next to its comma, which the tagger left out or took for a title
    for hit in _NAME_BEFORE_ROLE.finditer(text):
        s, e = hit.span(1)
        if any(a < e and s < b for a, b in tagged + [(o.start_char, o.end_char) for o in out]):
            continue
        if not _is_name(hit.group(1)) or not _role_named(text, s, e):
            continue
        span = doc.char_span(s, e, label="PERSON", alignment_mode="contract")
        if span is not None and len(span) and not span[0].is_stop:
            out.append(span)
    return out


_NAME_BEFORE_ROLE = re.compile(rf"(?<![\w’'-])({PERSON_NAME})(?=,)")


# A role that ends in its preposition ("spokeswoman for", "general manager of"): the name
# after it is the organisation the role belongs to.
_ROLE_OF_NAME = re.compile(r"\b(?:of|for|at|with)$")


# the phrase opens with an article or a possessive ("Severon's chief executive"), not a clause
_SENTENCE_ROLE = re.compile(
    r"(?:(?:The|the|A|a|An|an)\s+|(?=[A-Z][\w-]*['’]s\s))([^,;:\"“”()]{3,70}?)\s*,\s*$"
)


_FINITE = {"VBD", "VBZ", "VBP"}  # a verb that makes the words before a name a clause


def _role_opening_sentence(doc: Doc, start: int, end: int) -> str | None:
    """ "The minister of mines, Ana Rell, went further": a role noun phrase that opens the
    sentence and the name set off after it by commas; in a clause ("The ministry summoned
    Sarn's envoy, Ana Rell, …") the object after its last verb ("Sarn's envoy")."""
    text = doc_text(doc)
    if not text.startswith(",", end):
        return None
    cut = max(text.rfind("\n", 0, start), *(text.rfind(p, 0, start) for p in (". ", "? ", "! ")))
    m = _SENTENCE_ROLE.fullmatch(text[cut + 1 : start].lstrip(" .?!"))
    if m is None:
        return None
    role = m.group(1).strip()
    head = text[cut + 1 : start].lstrip(" .?!")
    at = start - len(head) + m.start(1)
    verbs = [
        t
        for t in doc.char_span(at, at + len(role), alignment_mode="expand") or []
        if t.tag_ in _FINITE
    ]
    if verbs:
        role = re.sub(
            r"^(?:the|a|an)\s+",
            "",
            text[verbs[-1].idx + len(verbs[-1]) : at + len(role)].strip(),
            flags=re.I,
        )
        if not role:
            return None
    words = role.split()
    if len(words) > 8 or words[0].lower() in _CLAUSE_WORDS or not ROLE_NOUNS.search(role):
        return None
    if not re.search(rf"{ROLE_NOUNS.pattern[:-3]})\b(?:\s+(?:of|for|at)\s+.*)?$", role):
        return None  # the role noun heads the phrase ("chief executive", "minister of mines")
    return role


# Titles that only a person bears before a name (no "General Motors", no "St Alder's")
_PERSON_TITLES = {
    "nurse",
    "doctor",
    "dr",
    "midwife",
    "pastor",
    "rabbi",
    "constable",
    "detective",
    "father",
    "reverend",
    "rev",
    "judge",
    "mayor",
    "senator",
    "councillor",
    "councilor",
}
# "told Radio Vesk's": the name after it is the outlet's interviewer, a person
_TOLD_OWNERS = re.compile(
    r"\b(?:told|telling|speaking to|speaking with)\s+(?:[A-Z][\w-]*\s+){0,2}?[A-Z][\w-]*['’]s\s+$"
)
# A title only a person bears, written right before a name the tagger typed otherwise.
_PERSON_TITLE_BEFORE = re.compile(rf"\b(?i:{'|'.join(sorted(_PERSON_TITLES))})\.?\s+$")
# Last words of a firm's name, never of a person's ("Vell Minerals", "Ostra Dairies").
_FIRM_END = re.compile(
    r"\s(?:Minerals|Mining|Dairies|Industries|Holdings|Foods|Motors|Airlines|Airways|Energy|"
    r"Systems|Technologies|Logistics|Pharmaceuticals|Chemicals|Metals|Enterprises|Corporation|"
    r"Company|Ltd|Inc|Plc)\.?$"
)


def _label(ent: Span, text: str) -> str | None:
    """Our type for a tagged span, from its label and the words around it."""
    label = _LABELS.get(ent.label_)
    if label is None:
        return None
    after = text[ent.end_char : ent.end_char + 30]
    if label == "PERSON":
        if _OUTLET.search(" " + ent.text) or _FIRM_END.search(" " + ent.text):
            return "ORG"
        if (
            len(ent) > 1
            and all(w[:1].isupper() for w in ent.text.split())
            and _NOT_PERSON_WORDS.search(ent.text)
        ):
            return "ORG"  # "Free Dales Coalition": a body's capitalised name, not a person
        if len(ent) == 1 and ent[0].pos_ == "ADJ":
            return "NORP"  # "Kaldorian Foreign Minister …": the adjective is not the person
        if text[max(0, ent.start_char - 4) : ent.start_char].lower() == "the " and (
            _FACILITY_AFTER.match(after)
        ):
            return "OTHER"
    elif label == "ORG" and len(ent) == 1 and _PORTFOLIO_AFTER.match(after):
        return None
    elif _is_name(ent.text) and (
        _role_named(text, ent.start_char, ent.end_char)
        or _PERSON_TITLE_BEFORE.search(text[max(0, ent.start_char - 14) : ent.start_char])
        or _TOLD_OWNERS.search(text[max(0, ent.start_char - 40) : ent.start_char])
        or (
            _SAID_BEFORE.search(text[max(0, ent.start_char - 20) : ent.start_char])
            and _MEMBER_OF_AFTER.match(after)
        )
    ):
        # "Nasrin Vakili, head of operations", "Dr Ines Loh", "told Radio Vesk's Ana Moor",
        # "said Ana Moor of the Farmers' League": tagged ORG for an unseen name
        return "PERSON"
    elif len(ent) >= 3 and _titled_name(ent):
        # "Nurse Hanne Brekvold, speaking slowly, …" tagged GPE, "Rear Admiral Ilse Varn" ORG
        return "PERSON"
    return label


def _titled_name(ent: Span) -> bool:
    """Whether a span is a name after a title only a person bears or a rank of two words or
    more ("Vice Admiral", "Lieutenant Colonel")."""
    first, titles = _strip_titles(ent)
    if not titles or first >= len(ent) or not _is_name(ent[first:].text):
        return False
    return len(titles) >= 2 or titles[0].lower().rstrip(".") in _PERSON_TITLES


def _common_word_opening(ent: Span, text: str) -> bool:
    """A one-word span that opens its sentence and is a common word capitalised there
    ("Rescue divers were …"): the parser reads it as a noun, an adjective or a verb, or the
    text writes the word in lower case elsewhere."""
    if len(ent) != 1 or not ent[0].is_sent_start or ent.label_ not in {"ORG", "PERSON", "GPE"}:
        return False
    word = ent.text
    if not word[:1].isupper() or word.isupper() or not word[1:].islower():
        return False
    if ent[0].pos_ in {"NOUN", "ADJ", "VERB"}:
        return True
    return re.search(rf"(?<![\w’'-]){re.escape(word.lower())}(?![\w’'-])", text) is not None


def find_entities(text: str, doc: Doc | None = None) -> list[EntityMention]:
    """Entity mentions of `text` in order; `doc` is spaCy's parse of `text` if already made."""
    if doc is None:
        doc = spacy_pipeline()(text)
    out: list[EntityMention] = []
    prose: dict[int, bool] = {}
    for ent in sorted([*doc.ents, *_missed_names(doc, text)], key=lambda e: e.start_char):
        if ent.label_ in {"GPE", "ORG", "LOC", "FAC", "NORP"} and len(ent) == 1:
            # "Dragan" tagged a place, "Mirescu" after it untagged, then ", the convicted
            # head of …" (or "chief executive Ana" untagged before a tagged "Rell"): the
            # tagger cut a person's name it did not know and mistyped it
            whole = _with_name_after(ent)
            if whole is ent:
                whole = _with_name_before(ent)
            if (
                whole is not ent
                and _is_name(whole.text)
                and _role_named(text, whole.start_char, whole.end_char)
            ):
                ent = doc.char_span(whole.start_char, whole.end_char, label="PERSON") or ent
        if _common_word_opening(ent, text):
            continue
        label = _label(ent, text)
        if label is None:
            continue
        if "\n" in ent.text or re.search(r"[\"“”«»]", ent.text):
            continue
        ls, le = _line_bounds(text, ent.start_char)
        if ls not in prose:
            prose[ls] = is_prose_line(text[ls:le])
        if not prose[ls]:
            continue
        span = ent
        role_parts: list[str] = []
        if label == "PERSON":
            if (
                _NOT_PERSON_WORDS.search(ent.text)
                or not any(c.isupper() for c in ent.text)
                or any(c.isdigit() for c in ent.text)  # "DH2508C": a code, not a name
                or re.fullmatch(r"[A-Z]{2,}['’]?s", ent.text)  # "MPs": a plural, a group
                or _PORTFOLIO_AFTER.match(text[ent.end_char : ent.end_char + 20])
                # "Veltaran Justice Minister X": a people's adjective and a portfolio
            ):
                continue
            ent = _with_name_after(ent)
            head = ent.end == len(ent.doc) or ent.doc[ent.end].pos_ not in {"NOUN", "PROPN"}
            if _ORG_APPOSITIVE.match(text, ent.end_char) or (
                len(ent) == 1
                and head
                and text[max(0, ent.start_char - 4) : ent.start_char] == "the "
            ):
                # "Hashed al-Shaabi, a Tehran-backed paramilitary coalition"; "according to
                # the Hashed": a body, not a person ("the Biden administration": a modifier)
                label = "ORG"
        if label == "PERSON":
            first, titles = _strip_titles(ent)
            left = (
                max([_left_role(ent) or "", _text_role(ent) or ""], key=len)
                or _role_opening_sentence(ent.doc, ent.start_char, ent.end_char)
                or None
            )
            if left and all(_ABBREVIATION.fullmatch(w) for w in left.split()):
                left = None  # "Dr.", "Brig.": a title, not a role
            if (left and _SEAT_OF.search(left)) or _PLACE_NOUN_AFTER.match(text, ent.end_char):
                # "the governor of Tal Harun", "Wadi Nasr prison": a place, not a person
                label, span = "GPE", _with_name_before(ent)
            elif left and _ROLE_OF_NAME.search(left):
                # "a spokesman for Kalkan Sigorta", "general manager of Derya Hatlari": the
                # name is what the role belongs to, an organisation, not the role's holder
                label = "ORG"
            else:
                if left:
                    role_parts.append(left)
                elif titles and not all(_ABBREVIATION.fullmatch(t) for t in titles):
                    role_parts.append(" ".join(titles))
                span = ent[first:]
                appos = _appos_role(ent)
                if appos:
                    role_parts.append(appos)
        name = _clean_name(span.text, label)
        if not name or not any(c.isalpha() for c in name):
            continue
        if label == "PERSON" and name.lower().rstrip(".") in TITLES:
            continue
        start = text.find(name, span.start_char, ent.end_char + 1)
        if start < 0:
            start = span.start_char
        role = _HONORIFIC_EDGES.sub("", ", ".join(map(_drop_rank_end, role_parts))).strip(" ,")
        mention = EntityMention(
            name=name,
            type=label,
            start=start,
            end=start + len(name),
            role=role or None,
        )
        acro = (
            _ACRONYM_DEF.match(text, ent.end_char + 1)
            or _ACRONYM_DEF.match(text, ent.end_char)
            or _ACRONYM_DEF.match(text, mention.end + 1)  # "Granite Wire (GRX": span cut back
        )
        before = text[max(0, start - 60) : start]
        if _NAMED_STORM.match(name) or (
            _STORM_BEFORE.search(before) and label in {"PERSON", "ORG", "GPE", "OTHER"}
        ):
            mention.type = label = "EVENT"
        elif label in {"PERSON", "ORG", "OTHER"} and _DATELINE_PLACE.search(before):
            mention.type = label = "GPE"
        if label == "OTHER" and _PLACE_WORD_END.search(name):
            mention.type = label = "GPE"  # "Dalby Cove": a place, though tagged a facility
        elif label in {"ORG", "PERSON"} and _STRUCTURE_END.search(name):
            mention.type = label = "OTHER"  # "the Lantern Gate": a facility, though tagged a body
        elif label == "ORG" and (
            _SEA_FEATURE_END.search(name)
            or (
                _SEA_BANK_END.search(name)
                and (_SEA_BEFORE.search(before) or _SEA_AFTER.match(text, mention.end))
            )
        ):
            mention.type = label = "GPE"  # "the Varn Shoal", "on the Varn Bank": sea places
        if label == "PERSON" and re.fullmatch(r"(?i:st|saint)\.?", role or ""):
            continue  # "St Oswin's school": a saint in a place's name, not a person here
        if re.match(r"\s+(?:language|dialect)\b", text[mention.end : mention.end + 12]):
            continue  # "in Galdovian language": a language, not a place or people
        if (
            label == "NORP"
            and " " not in name
            and ROLE_NOUNS.match(f"{name} {text[mention.end :].lstrip()[:20]}")
        ):
            continue  # "Harbour master …": the capitalised first word of a role
        if acro and label in {"ORG", "NORP", "GPE", "EVENT", "OTHER"}:
            short = acro.group(1).rstrip(".")
            if _initials_match(short, name):
                mention.aliases.append(short)
        out.append(mention)
    # a name written as a craft or a place once (or a longer name the tagger took for a place
    # elsewhere) is that everywhere in the article
    relabel = {m.name: m.type for m in out if m.type in ("GPE", "OTHER") and " " in m.name}
    relabel.update(
        (m.name, k)
        for m in out
        if m.type == "PERSON" and not m.role
        for k in [_not_a_person(text, m.start, m.end)]
        if k
    )
    for m in out:
        if m.type == "PERSON" and m.name in relabel and not m.role:
            m.type = relabel[m.name]
    out = _join_org_tails(text, out)
    _one_word_places(text, out)
    # "…, Reyes said" tagged ORG after "Tomas Reyes" was named: the family name of that person
    surnames = {m.name.split()[-1] for m in out if m.type == "PERSON" and " " in m.name}
    for m in out:
        if m.type != "PERSON" and " " not in m.name and m.name in surnames:
            m.type = "PERSON"
    return _add_missed_surnames(text, out, prose)


def _demonym_in(text: str, name: str) -> bool:
    """Whether the text uses an adjective made from the name ("Kaldorian" of "Kaldoria")."""
    stems = {re.escape(name), re.escape(name[:-1])} if name[-1] in "aeiou" else {re.escape(name)}
    words = re.finditer(rf"\b(?:{'|'.join(stems)})(?:n|an|ian|i|ese)s?\b", text)
    return any(w.group().rstrip("s") != name for w in words)


_WORD_TYPES = {"PERSON", "ORG", "GPE"}


def _one_word_places(text: str, mentions: list[EntityMention]) -> None:
    """Give one type to a one-word name the tagger typed differently across the article.

    A name that is no part of a person's full name is a place when the text makes an adjective
    of it ("Kaldoria" next to "Kaldorian"), calls it a capital or writes it in capitals as its
    dateline ("SARN —"), a body when one mention follows a kind of body ("the operator Volta");
    otherwise its mentions take
    the type most of them have (a person's type loses a tie), but for a person given a role.
    """
    in_people = {
        w
        for m in mentions
        if m.type == "PERSON" and " " in m.name
        for w in [*m.name.split(), surname(m.name)]
    }
    by_name: dict[str, list[EntityMention]] = {}
    for m in mentions:
        if " " not in m.name and m.name not in in_people and m.type in _WORD_TYPES:
            by_name.setdefault(m.name, []).append(m)
    datelines = set(_DATELINE.findall(text))
    for name, group in by_name.items():
        if (
            _demonym_in(text, name)
            or name.upper() in datelines
            or any(
                _CAPITAL_BEFORE.search(text[max(0, m.start - 20) : m.start])
                or _GEO_NOUN_AFTER.match(text, m.end)
                for m in group
            )
        ):
            kind = "GPE"
        elif any(_BODY_BEFORE.search(text[max(0, m.start - 30) : m.start]) for m in group):
            kind = "ORG"  # "the operator Volta" once: "director of Volta" is no place
        else:
            # a mention after "in", "of", "from" … votes for a place
            kinds = [
                "GPE"
                if _PLACE_VOTE.search(text[max(0, m.start - 30) : m.start])
                or _SEAT_AFTER.match(text, m.end)
                or _listed_with_places(text, m, mentions)
                else m.type
                for m in group
            ]
            kind = max(kinds, key=lambda k: (kinds.count(k), k != "PERSON"))
        for m in group:
            if m.type != "PERSON" or not m.role:
                m.type = kind


# Words that end an organisation's name and may take "of <place>" after them.
_ORG_HEAD = re.compile(
    r"(?:s|Union|Federation|Association|Council|Bank|Party|Front|Movement|Institute|Society|"
    r"League|Chamber|Company|Authority|Agency|Guild|Confederation|Alliance)$"
)


def _join_org_tails(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """An organisation's name the tagger cut in two: a plural possessive before its last word
    ("the Dockers' Guild") or "of <place>" after its head ("United Farmers of Norvia")."""
    out: list[EntityMention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "ORG" and prev.name.endswith("s"):
            gap = text[prev.end : m.start]
            if gap in {"' ", "’ "} and " " not in m.name and m.name[:1].isupper():
                prev.name = text[prev.start : m.end]
                prev.end = m.end
                continue
        if (
            prev is not None
            and prev.type == "ORG"
            and (m.type == "GPE" or (m.type == "PERSON" and " " not in m.name and not m.role))
            and text[prev.end : m.start] == " of "
            and " " in prev.name
            and _ORG_HEAD.search(prev.name)
        ):
            prev.name = text[prev.start : m.end]
            prev.end = m.end
            acro = _ACRONYM_DEF.match(text, m.end + 1)
            if acro and _initials_match(acro.group(1), prev.name):
                prev.aliases.append(acro.group(1))
            continue
        out.append(m)
    for m in out:
        tail = re.match(r" of ([A-Z][\w’'-]+)(?![\w’'-]| [A-Z])", text[m.end : m.end + 40])
        if (
            m.type == "ORG"
            and " " in m.name
            and " of " not in m.name
            and _ORG_HEAD.search(m.name)
            and tail
        ):
            end = m.end + tail.end()
            if not any(o.start < end and m.end < o.end for o in out if o is not m):
                m.name, m.end = text[m.start : end], end
                acro = _ACRONYM_DEF.match(text, end + 1)
                if acro and _initials_match(acro.group(1), m.name):
                    m.aliases.append(acro.group(1))
    return out


def _listed_with_places(text: str, m: EntityMention, mentions: list[EntityMention]) -> bool:
    """Whether a mention stands in a list ("Lesnia, Dornik and Vrabna") next to a place."""
    for o in mentions:
        if o is m or o.type != "GPE":
            continue
        gap = text[o.end : m.start] if o.end <= m.start else text[m.end : o.start]
        # ("Lesnia and neighbouring Dornik": a word of the list's own before the name)
        if re.fullmatch(r",\s*|,?\s+(?:and|or)\s+(?:[a-z]+\s+)?", gap):
            return True
    return False


def _add_missed_surnames(
    text: str, found: list[EntityMention], prose: dict[int, bool]
) -> list[EntityMention]:
    """Family names of people named in full that the tagger missed elsewhere in the text."""
    taken = [(m.start, m.end) for m in found]
    extra: list[EntityMention] = []
    names = {
        surname_written(m.name) for m in found if m.type == "PERSON" and len(m.name.split()) > 1
    }
    for last in sorted(n for n in names if len(n) >= 3):
        for hit in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text):
            s, e = hit.span()
            if any(a < e and s < b for a, b in taken):
                continue
            ls, le = _line_bounds(text, s)
            if not prose.get(ls, is_prose_line(text[ls:le])):
                continue
            extra.append(EntityMention(name=last, type="PERSON", start=s, end=e))
            taken.append((s, e))
    return sorted(found + extra, key=lambda m: m.start)


def surname_written(name: str) -> str:
    """The last word of a name as written ("al-Awadi" of "Basim al-Awadi")."""
    parts = name.split()
    return parts[-1] if parts else name


def _initials_match(short: str, long: str) -> bool:
    """Whether `short` can be an acronym of `long` (initials in order, small words optional)."""
    letters = [c for c in short.upper() if c.isalpha()]
    words = [w for w in re.split(r"[\s\-]+", long) if w]
    caps = [w[0].upper() for w in words if w[0].isalpha()]
    if not letters or not caps or letters[0] != caps[0]:
        return False
    it = iter(caps)
    if all(any(c == x for x in it) for c in letters):
        return True
    # "Norvane Press (NVP)": every word's initial, with a letter from inside a word between
    big = [w[0].upper() for w in words if w[0].isupper()]
    it = iter(c for c in long.upper() if c.isalpha())
    return (
        len(big) >= 2
        and all(c in letters for c in big)
        and all(any(c == x for x in it) for c in letters)
    )


_PARTICLE = re.compile(r"^(?:al|el|ul|ad|as|an|ar|at|az)[-‐]|^(?:al)(?=[a-z]{4,}$)", re.IGNORECASE)


def surname(name: str) -> str:
    """The last word of a person's name without an article prefix: "Awadi" of "al-Awadi"."""
    parts = name.replace("’", "'").split()
    last = parts[-1] if parts else name
    return _PARTICLE.sub("", last) or last


def group_in_article(mentions: list[EntityMention]) -> list[list[EntityMention]]:
    """Mentions of one article grouped by entity: short person names join the full name.

    "Kirby" and "Mr. Kirby" join "John Kirby" when one full name in the article ends that way
    (the nearest earlier one when several do); an acronym joins its defined expansion; other
    names group by exact name and type.
    """
    groups: dict[tuple[str, str], list[EntityMention]] = {}
    acronyms: dict[str, tuple[str, str]] = {}
    full_by_surname: dict[str, list[tuple[int, str]]] = {}
    for m in mentions:
        if m.type == "PERSON" and len(m.name.split()) >= 2:
            full_by_surname.setdefault(surname(m.name).lower(), []).append((m.start, m.name))
        for alias in m.aliases:
            acronyms[alias] = (m.type, m.name)
    for m in mentions:
        key = (m.type, m.name)
        if m.type == "PERSON" and len(m.name.split()) == 1:
            cands = full_by_surname.get(surname(m.name).lower(), [])
            if cands:
                earlier = [c for c in cands if c[0] <= m.start] or cands
                key = ("PERSON", earlier[-1][1])
        elif m.name in acronyms:
            key = acronyms[m.name]
        elif m.type != "PERSON":
            for k in groups:
                if k[1] == m.name:
                    key = k
                    break
        groups.setdefault(key, []).append(m)
    return list(groups.values())


def entities_record(doc_id: str, text: str, doc: Doc | None = None) -> dict:
    """The `newsdesk entities` output for one document (stage-cli.md)."""
    out = []
    for group in group_in_article(find_entities(text, doc)):
        full = max(group, key=lambda m: (len(m.name.split()), len(m.name)))
        names = [m.name for m in group] + [a for m in group for a in m.aliases]
        aliases = sorted({n for n in names if n != full.name})
        roles = list(dict.fromkeys(m.role for m in group if m.role))
        out.append(
            {
                "name": full.name,
                "type": full.type,
                "aliases": aliases,
                "roles": roles,
                "mentions": [{"start": m.start, "end": m.end} for m in group],
            }
        )
    return {"id": doc_id, "entities": out}
