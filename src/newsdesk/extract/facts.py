"""Figures about the event: how many were killed, injured, missing, evacuated, hit, deployed.

`find_facts(text, published)` finds each figure a sentence states about the event ("at least 30
workers were killed", "killed 12 and wounded 40", "the death toll rose to 14", "about a dozen
people are missing", "more than 60 mortar and rocket attacks") with its quantity
(number words read: "three", "a dozen", "more than a hundred"), qualifier (exact, at_least,
more_than, about, nearly, up_to, fewer_than), unit (people, troops, targets, attacks, homes...),
what it counts (killed, injured, critical, missing, evacuated, hospitalized, ill, rescued,
arrested, targets hit, troops, attacks, homes destroyed, the size of a crowd; households
"without supply" or "reconnected" in an outage, unit "households", not people) and who claims
it ("according to the Hashed", "the government said"; in a quote going on, or with "he said",
the speaker named earlier in the paragraph) as written. `story_facts(articles)` turns them
into story `Fact` records, leaving out figures told of a year before the story's ("two drivers
were killed there in 2019" in a story whose reports are of 2025: background, not this event's
count).

It leaves out figures that are not about the event: years, dates and times, ages ("51-year-old",
"Barra, 51,"), percentages, prices and subscriptions ("4.99 crowns per week"), phone numbers,
ordinals and figures with no counted thing, and small counts of generic things named as a
reference ("the last four digits", "the two sides") or inside a quote. Money is kept when the
story is about it: unit the currency ("fined X 14.8 million euros", "$2.8 million in bribes",
"€14.8m", "EUR 400,000", "2,1 million euros", "40 bitcoin") and `what` what the money is (fine,
bribe, ransom, losses, contract, ...; "funds" for aid, "an emergency payment of 15,000 crowns";
a sum paid or received with no word of its own takes the article's theme, a bribery article's
"paid him 2.8 million euros" is a bribe), never a price ("1 euro a week", share prices).
Penalties are figures ("sentenced to seven years in prison": unit "years", what "prison
sentence", "suspended sentence" or "ban"); other durations are not. Counts of customers,
users, accounts or records in a sentence about a data breach are one count (unit "records",
what "affected"; "a sample of 10,000 records" is a "sample"). It does not resolve the
claimant to an entity id (the entities stage does) nor compare figures across sources (the
compare stage does).

Hand-written because no installed library does this: spaCy's NER labels `CARDINAL` spans but
not what they count, whether "at least" qualifies them or who claims them, and its small model
misses number words in many contexts; the patterns of casualty reporting are few and regular.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import get_args

from newsdesk.extract.numbers import NUMBER_RE, parse_number
from newsdesk.extract.sentences import sentence_spans
from newsdesk.model import Article, Fact, Qualifier, Ref


@dataclass(frozen=True)
class FactMention:
    """One figure: the words stating it (start/end) inside its sentence, and what it counts."""

    start: int
    end: int
    quantity: float
    qualifier: str
    unit: str
    what: str
    claimed_by: str | None
    sentence_start: int
    sentence_end: int
    text: str


# Qualifier words in front of a figure (longest first when matching).
QUALIFIERS = {
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "above": "more_than",
    "about": "about",
    "around": "about",
    "some": "about",
    "approximately": "about",
    "roughly": "about",
    "an estimated": "about",
    "estimated": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "closer to": "about",
    "up to": "up_to",
    "as many as": "up_to",
    "at most": "up_to",
    "no more than": "up_to",
    "fewer than": "fewer_than",
    "less than": "fewer_than",
    "under": "fewer_than",
}
_QUAL_RE = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))

# Vague amounts: "dozens of" is at least two dozen.
VAGUE = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "tens of thousands": 20000,
    "hundreds of thousands": 200000,
    "millions": 2_000_000,
    "several dozen": 24,
    "several hundred": 200,
    "several thousand": 2000,
    "a few dozen": 24,
    "a few hundred": 200,
    "a few thousand": 2000,
}
_VAGUE_RE = (
    r"tens of thousands|hundreds of thousands|(?:several|a few) (?:dozen|hundred|thousand)|"
    r"dozens|scores|hundreds|thousands|millions"
)

# What a figure counts, from the words around it (checked nearest first).
WHAT_WORDS: list[tuple[str, str]] = [
    (
        r"death toll|dead|deaths?|died|killed|killing|kills|lives|fatalities|bodies|perished|"
        r"lost their lives|eliminated|eliminating",
        "killed",
    ),
    (r"wounded|wounding|injured|injuring|injuries|hurt", "injured"),
    # "three crew are still searched (for)", a translation's wording: not found yet
    (r"missing|unaccounted|disappeared|(?:still|being) searched|still sought", "missing"),
    # "21 miners still trapped", "cut off by the fall": alive or not, nobody has reached them
    # households or homes "without electricity", "cut off" by a blackout: supply lost
    (
        r"(?:without|lost|losing|lose) (?:electricity|power|supply|water|heating|gas)",
        "without supply",
    ),
    (
        r"reconnected|(?:power|electricity|supply) (?:was |had been )?restored|"
        r"restor\w* (?:supply|power|electricity)(?: to)?",
        "reconnected",
    ),
    (r"trapped|entombed|cut off|stranded", "trapped"),
    (
        r"escaped|escapees|broke out|broken out|jailbreak|on the run|at large|"
        r"(?:got|climbed|made it|walked|crawled|scrambled) out",
        "escaped",
    ),
    (
        r"evacuated|evacuees|evacuation|displaced|fled|homeless|unable to return|moved to|"
        r"relocated|without (?:shelter|a home|homes)|forcing|forced|"
        # "drove 900 residents from their homes", "still barred from the zone"
        r"(?:from|out of) their homes|barred from",
        "evacuated",
    ),
    (r"discharged", "discharged"),
    # "eight in a critical condition", "19 still in intensive care": the gravely hurt
    (r"critical(?:ly)?|in (?:a |an )?(?:serious|grave) condition|intensive care", "critical"),
    # "14 infants confirmed ill", "sickened 30 guests": an illness the story counts
    (r"(?<!-)ill(?!-)|sick|sickened|fell ill|taken ill|poisoned|infected", "ill"),
    (
        r"hospitali[sz]ed|in hospital|patients|treated|treating|in care|taken in charge|"
        # "the hospital said it had admitted 40 people"
        r"hospitals?\b[^.;]{0,30}?\badmitted|admitted (?:to|into) (?:the\s+)?hospital|"
        r"taken to (?:the\s+|a\s+)?(?:[a-z]+\s+){0,2}?hospitals?|"
        r"received (?:the\s+)?(?:medical\s+)?treatment",
        "hospitalized",
    ),
    (
        r"rescued|saved|pulled alive|survivors?|survived|found alive|brought out alive|"
        r"hauled (?:up|out|to the surface)|brought (?:up|out) alive|winched to safety",
        "rescued",
    ),
    (r"recaptured|re-?arrested|caught again|back in custody", "recaptured"),
    (r"in custody|remanded|held pending", "arrested"),
    (r"arrested|detained|captured|taken prisoner", "arrested"),
    # "the crews were taken to the port of Sarn": seized at sea and brought in
    (
        r"(?:taken|towed|escorted|brought) to (?:the\s+)?(?:\w+\s+){0,2}?(?:port|harbou?r)",
        "arrested",
    ),
    (r"released|freed|set free", "released"),
    (r"kidnapped|abducted|hostages?", "kidnapped"),
    (r"destroyed|flattened|razed", "destroyed"),
    (r"damaged", "damaged"),
    (r"targets?", "targets hit"),
    (r"troops|soldiers|service members|personnel|marines|forces", "troops"),
    (
        r"drone strikes|air ?strikes|strikes|attacks|raids|rockets|missiles|drones|bombings",
        "attacks",
    ),
    (r"shelters?", "in shelters"),
]
_WHAT_RE = [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), w) for p, w in WHAT_WORDS]

PEOPLE = (
    r"people|persons|civilians|fighters|militants|residents|children|women|men|"
    r"villagers|victims|workers|employees|passengers|students|americans|iraqis|"
    r"contractors|members|militiamen|combatants|insurgents|rebels|terrorists|gunmen|attackers|"
    r"assailants|jihadists|extremists|police(?:men|officers)?|"
    r"officers|guards|protesters|demonstrators|migrants|refugees|families|inhabitants|"
    r"patients|evacuees|bodies|hostages|prisoners|inmates|detainees|convicts|fugitives|escapees|"
    r"others|staff|journalists|crew|survivors|babies|infants|toddlers|guests|customers|"
    r"shoppers|pupils|tourists|visitors|pilgrims|fans|miners"
)
TROOPS = r"troops|soldiers|service ?members|servicemen|personnel|marines|sailors|airmen"
THINGS = (
    r"targets|sites|facilities|bases|positions|homes|houses|buildings|structures|vehicles|"
    r"dams|reservoirs|villages|towns|schools|hospitals|strikes|airstrikes|attacks|raids|"
    r"rockets|missiles|drones|drone strikes|rocket attacks|munitions|bombs|aircraft|"
    r"planes|jets|warplanes|bombers|ships|boats|tanks|weapons|command centers|"
    r"(?:command and control|intelligence|storage|logistics)[\w\s,]{0,40}?(?:centers|facilities)"
)
_SINGULAR = r"prisoner|inmate|detainee|convict|fugitive|person|civilian|soldier|worker|victim"
MONEY = r"crowns|dollars|euros|pounds|dinars|rials|yuan|rupees|francs"
_ADJ = (
    r"(?:(?!(?:for|in|at|on|by|from|to|with|into|after|before|during|since|until|than|as|when|"
    r"while|where|because|and|or|but|who|which|that|if)\s)"
    r"[a-z][\w-]*\s+){0,3}?"
)
# "25 mortar and rocket attacks": two kinds of weapon named before the counted noun
_WEAPON_PAIR = r"(?:(?:rocket|drone|mortar|missile|artillery|air|shell)\s+(?:and|or)\s+)?"
_UNIT_RE = re.compile(
    rf"\s+(?:of\s+(?:the\s+|them\s+|those\s+)?)?{_WEAPON_PAIR}{_ADJ}(?P<unit>{TROOPS}|{PEOPLE}|{THINGS}|{MONEY}|"
    rf"(?:person|civilian|soldier|child|target|home|house|building|attack|strike|death|dead)s?"
    rf"|(?-i:[a-z]{{2,}}men|[a-z]{{3,}}(?<![siu])s)"
    # a singular person noun after a count, as translated English writes it: "reached 52 prisoner"
    rf"|(?P<singular>{_SINGULAR})(?=\s*(?:[,.;:)]|$|\s(?:is|are|was|were|in|from|who|which|and|or)\b)))\b",
    re.IGNORECASE,
)
_NUM_RE = re.compile(
    rf"(?<![\w.,$€£-])(?<![\d$€£]\s)(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{_VAGUE_RE}|{NUMBER_RE})"
    r"(?![\w%]|[.,]\d)",
    re.IGNORECASE,
)
# A figure right after an event verb: "killed 25", "wounding 51", "treating 22 patients".
_VERB_BEFORE = re.compile(
    r"\b(?P<verb>killed|killing|kills|wounded|wounding|injured|injuring|rescued|evacuated|"
    r"forcing|forced|"
    r"arrested|detained|treating|treated|discharged|hit|struck|targeted|deployed|"
    r"confirmed|toll\s+(?:rose|climbed|rises|stood|was|is|of|at|to)(?:\s+to)?|"
    r"(?:rose|climbed|risen|raised|raising|raises|lifted|lifting|lifts|revised|revising|"
    r"lowered|lowering|"
    r"increased|increasing|increases|grew|grown|jumped|mounted|"
    r"bringing|brought|brings|taking|took|takes|pushing|pushed|pushes)"
    r"\s+(?:\w+\s+){0,5}?to|at|of)\s+"
    r"(?:another\s+|a further\s+|an additional\s+)?$",
    re.IGNORECASE,
)
_CLAIM_VERBS = (
    r"said|says|told|reported|confirmed|announced|stated|estimated|put|added|claimed|"
    r"according to|acknowledged|admitted|criticized|criticised|condemned|denounced|"
    r"raised|revised|lowered|updated|affirmed|stressed|indicated|noted|revealed|declared|"
    r"explained|insisted|asserted|disclosed|maintained|emphasi[sz]ed|pointed out|warned|"
    r"clarified|mentioned|recorded|registered|counted|tallied|gave|quoted|say|argued|argues|"
    r"counts|repeated|repeats|speaks? of|cited|citing|cites"
)
# "has said", "also announced", "later told": words between a claimant and its verb
_AUX = (
    r"(?:(?:has|have|had|also|later|earlier|again|then|previously|repeatedly|separately|now|still|"
    r"first|initially|nonetheless|nevertheless|kept|keeps|continues\s+to|continue\s+to)\s+){0,2}"
)
_ROLE = (
    r"officials?|government|ministry|spokes(?:man|woman|person)|police|military|army|"
    r"authorities|agency|officer|sources?|witnesses|residents|hospital|doctors|medics|"
    r"statement|media|television|governor|minister|mayor|director|chief|head|commander|"
    r"president|coroner|rescuers|office|department|council|committee|group|militia|"
    r"workers|volunteers|activists|monitors|union|company|firm|operator|association|"
    r"organi[sz]ation|inspectorate|directorate|service|authority|commission|coastguard|"
    r"defen[cs]e|prosecutors?|prosecution|regulator|court|judge|lawyers?|"
    r"charity|trust|foundation|mission|coalition|alliance|federation|institute|observatory|"
    r"embassy|navy|guard|administration"
)
_PORTFOLIO = (
    r"interior|justice|health|defen[cs]e|finance|labou?r|transport|education|agriculture|"
    r"energy|information|foreign affairs|home affairs|public security|civil defen[cs]e"
)
_PARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben)-)?"  # "Saif al-Dabbagh"
_CLAIMANT = (
    rf"(?<![\w'’-])(?:(?:the|a|an|its|their|The|A|An)\s+(?:[A-Z][\w'’-]*(?:'s|’s)?\s+)?(?:(?!the\b|an?\b)[a-z][\w-]*(?:'s|’s)?\s+){{0,2}}"
    # "the plant's operator", "the governor of the province of Ardel"
    rf"(?:{_ROLE})\b(?:\s+of\s+(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?"
    rf"(?:{_PORTFOLIO}|[A-Z][\w'’-]*)\b)?"
    # "Tesmaria's interior ministry": a named owner's body
    rf"|[A-Z][\w-]*(?:'s|’s)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_ROLE})\b"
    rf"|(?:(?:the|a|an|its|their|The|A|An)\s+)?(?:{_PARTICLE}[A-Z][\w.'’-]*\s+(?:(?:of|for|and|de|al|the)"
    rf"\s+)?){{0,6}}(?:{_PARTICLE}[A-Z][\w'’-]*(?:\.(?=\w))?|{_ROLE})\b)"
)
_ACCORDING = re.compile(
    rf"\b(?i:according) to\s+(?:(?:a|an|the)\s+[^,;\"“”]{{0,40}}?\bby\s+)?(?P<who>{_CLAIMANT})"
)  # "according to a new count given by the ministry": the count's author
_WHO_SAID = re.compile(
    rf"(?P<who>{_CLAIMANT})(?:\s*\([A-Z]+\))?,?(?:\s+on\s+[A-Z]\w+)?\s+{_AUX}(?:{_CLAIM_VERBS})\b"
)
# "..., Mara Venn, the head of the dockers' union, told reporters": the name before the appositive
_WHO_APPOSITIVE_SAID = re.compile(
    rf"(?P<who>{_CLAIMANT}),\s+(?:the|a|an|its|their)\s[^,\"“”]{{3,80}},\s+{_AUX}(?:{_CLAIM_VERBS})\b"
)
# "the figure of 37 which was announced by the interior ministry": the figure just before it
_BY_WHO = re.compile(
    rf"^[^,;\d]{{0,30}}?\b(?:announced|reported|given|stated|released|published|issued|"
    rf"claimed|put forward|cited|provided|confirmed|said)\s+by\s+(?P<who>{_CLAIMANT})"
)
# "the official toll of 12", quoted by someone who disputes it: not the speaker's own figure
_OFFICIAL_FIGURE = re.compile(
    r"\bofficial\s+(?:death\s+)?(?:toll|figure|count|number|tally|total)\s+(?:of|at|is|was)\s+$",
    re.IGNORECASE,
)
# "The River Guard, a group backed by Vesk, said ...": the subject, not the appositive's end
_WHO_APPOS_SAID = re.compile(
    rf"^\W*(?:The\s+)?(?P<who>{_CLAIMANT}),\s[^,]{{3,150}},\s+(?:{_CLAIM_VERBS})\b"
)
# "..., said police chief Anna Berg.", "..., announced the ministry," (not "said Brask-led
# guards killed ...": a subject): the claimant of what comes before it
_SAID_WHO = re.compile(
    rf"\b(?:said|says|told reporters|reported|announced|stated|declared|indicated)\s+"
    rf"(?P<who>{_CLAIMANT})"
    r"(?=\s*(?:[,.;:!?()\"”—–]|$)|\s+(?:on|in|at|from|who|after|when|during|last|late|earlier|"
    r"yesterday|today|this|according|adding)\b)"
)
# "Orvenia rejected the figures, saying its troops killed nine": the subject who says it
_WHO_SAYING = re.compile(
    rf"^\W*(?P<who>{_CLAIMANT})\s+(?:{_AUX})[a-z]+ed\b[^,;\"“”]{{0,120}}?,\s+"
    r"(?:saying|adding|insisting|claiming|arguing|stating)\b"
)
# "the agency raised its count of the dead to 14": the body whose own count it is
_WHO_COUNTED = re.compile(
    rf"(?P<who>{_CLAIMANT})\s+(?:{_AUX})(?:raised|lifted|revised|lowered|updated|put)\s+"
    r"(?:its|their)\s+(?:[a-z]+\s+){0,2}?(?:count|toll|tally|figure|total)\b"
)
# "Asked about the deaths of two officers, Berg said ...": the figure is the question's
_ASKED_ABOUT = re.compile(
    r"^\W*(?:When\s+)?asked\s+(?:about|whether|if|why|how|on|what)\b[^,;]*,", re.I
)
_NOT_CLAIMANT = re.compile(
    r"^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mr\.?|Mrs\.?|Ms\.?|"
    r"Dr\.?|It|He|She|They|We|I|This|That|There|Officials?)$"
)
_AFTER_PREPOSITION = re.compile(r"\b(?:in|of|from|near|at|across)\s+(?:the\s+)?$", re.I)
_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i|this|that|there|the|a|an)$", re.IGNORECASE)

_NOT_FACT_AFTER = re.compile(
    r"\s*(?:%|percent|per\s?cent|years?[- ]old|-year|-month|-week|-day|-hour|-minute|"
    r"(?:more\s+|other\s+|straight\s+)?(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|"
    r"seconds?|decades?|centuries|times)\b|"
    r"(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC)|(?:st|nd|rd|th)\b|-?magnitude\b|on the Richter\b|"
    r"(?:km|kilometers|kilometres|miles|metres|meters|feet|mm|millimetres|kg|tons|tonnes)\b|"
    r"(?:crowns|dollars|euros|pounds)\s+(?:per|a)\s+(?:week|month|year)|:\d)",
    re.IGNORECASE,
)
# A capitalised word inside a sentence, right before a bare number, names a train, a road or
# a flight with it ("Express 502", "Route 9"); a day or a month does not.
_DESIGNATION = re.compile(
    r"(?<=[a-z,] )(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|"
    r"Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][a-z]+\s+$"
)
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_NOT_FACT_BEFORE = re.compile(
    rf"(?:[$€£#]\s*|\b(?:magnitude|measured at|measuring)(?: of)?\s+|"
    rf"\b(?:No|no|number|page|Room|aged?|{_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sept?|Oct|Nov|Dec)\.?\s+|\b(?:in|since|until|by|of|from)\s+(?=(?:19|20)\d\d\b)"
    r"|, (?=\d{1,3},))$",
)
_MONEY_CONTEXT = re.compile(
    r"\b(?:payment|grants?|aid|funds?|fund|compensation|damage|cost|losses|relief|budget|"
    r"assistance|package|allocated|pledged|released|insurance|reconstruction|plan|repairs|"
    r"housing|set aside|spend|spending|allocate|grants?)\b",
    re.IGNORECASE,
)

_INCREMENT_BEFORE = re.compile(
    r"\b(?:another|a further|an additional|a new|an extra)\s+$", re.IGNORECASE
)
_INCREMENT_AFTER = re.compile(r"\s+(?:more|additional|further|extra)\b", re.IGNORECASE)
_COUNT_NOUN = re.compile(
    r"\b(?:toll|number|figure|count|tally|total|dead|deaths|casualties|killed|injured|"
    r"wounded|missing)\b",
    re.IGNORECASE,
)
_FIGURE_OF = re.compile(
    r"\b(?:number|figure|count|toll|total|tally)\s+of\s+(?:only\s+)?$", re.IGNORECASE
)
_REVISED_TO = re.compile(
    r"\b(?:raising|raised|raises|lifting|lifted|lifts|revising|revised|revises|lowering|lowered|"
    r"lowers|putting|"
    r"rising|rose|rises)\s+(?:it|the (?:figure|number|count|toll|total))?\s*to\s+$",
    re.IGNORECASE,
)
_DATA_NOUN = re.compile(
    r"^(?:customers?|users?|accounts?|records?|clients?|subscribers?|account holders|profiles|"
    r"email addresses|passwords)$",
    re.IGNORECASE,
)
_DATA_OF = re.compile(
    r"\b(?:number|count|total|tally)\s+of\s+(?:[a-z]+\s+){0,2}?(?P<noun>customers|users|"
    r"accounts|records|clients|subscribers|account holders)\b",
    re.IGNORECASE,
)
_BREACH = re.compile(
    r"\b(?:data|breach\w*|hack\w*|stole|stolen|leak\w*|exposed|compromised|affected|database|"
    r"passwords?|cyber\w*|ransomware|ransom|hackers?|forum|for sale)\b",
    re.IGNORECASE,
)
_OF_NOT_COUNT = re.compile(
    r"\b(?!(?:number|group|total|toll|count|tally|team|families|family|lives|bodies|deaths|"
    r"dozens|hundreds|thousands)\b)[a-z]+\s+of\s+$",
    re.IGNORECASE,
)
_NUMBER_OF = re.compile(
    r"\b(?:number|count|total|tally)\s+of\s+(?P<words>[^,;:]{3,120}?)\s+(?:has\s+|had\s+)?"
    r"(?:is|was|are|were|stood|stands|reached|rose|risen|climbed|increased|went up|grew)\b",
    re.IGNORECASE,
)
_ORGAN = re.compile(r"\b(?:public|official|state|governing|regulatory|advisory)\s+$", re.I)
_PERSON_OUTCOMES = (
    "killed",
    "injured",
    "missing",
    "trapped",
    "escaped",
    "evacuated",
    "hospitalized",
    "discharged",
    "ill",
    "rescued",
    "arrested",
    "kidnapped",
    "released",
    "critical",
)
# the size of a crowd: "estimated the crowd at 200,000", "police put it closer to 300,000"
_CROWD_AT = re.compile(
    r"\b(?:crowds?|attendance|turnout)\b[^.;]{0,80}?\b(?:at|to|of|it|numbered|reached)\s+$",
    re.IGNORECASE,
)
_UNIDENTIFIED = re.compile(
    r"[^,;.]{0,40}?\b(?:unidentified|not\s+(?:yet\s+)?(?:been\s+)?identified|"
    r"yet\s+to\s+be\s+(?:\w+\s+)?identified)\b",
    re.IGNORECASE,
)
_SPOKE_WITH = re.compile(
    r"\b(?:spoke|speaking|talked|talking|interviewed|met)\s+(?:(?:with|to)\s+)?$", re.I
)
# "eight of them", "19 of the injured": part of a group already counted
_PART_OF = re.compile(
    r"\s+of\s+(?:them|those|these|us|the\s+(?:injured|wounded|dead|victims|survivors))\b"
    r"(?!\s+(?:who|that|which)\b)",
    re.I,
)
_PULLED_FROM = re.compile(r"\b(?:pulled|plucked|lifted|hauled|dragged|winched)\s+$", re.I)
_FROM_DANGER = re.compile(
    r"[^,.;]{0,30}?\b(?:from|out of)\s+(?:the\s+)?(?:(?:upper|flooded|their|its)\s+)?"
    r"(?:sea|water|waves|river|rubble|debris|wreck\w*|mud|sinking|windows?|roofs?|rooftops?|"
    r"floodwaters?)\b",
    re.IGNORECASE,
)
_PRISONERS = re.compile(
    r"\b(?:prisoners?|inmates?|detainees?|convicts?|fugitives?|jail|prison)\b", re.IGNORECASE
)

_MEASURE_RE = re.compile(
    r"\s+(?P<unit>millimetres|millimeters|centimetres|centimeters|metres|meters|kilometres|"
    r"kilometers|miles|mm|cm|km)\s+of\s+(?P<what>rain|rainfall|snow|water|flooding)\b",
    re.IGNORECASE,
)
# "-ers" that are machines, not people: "11 air tankers", "four water bombers"
_MACHINE = (
    r"(?!\w*(?:tankers|copters|containers|computers|trailers|freighters|cruisers|destroyers|"
    r"transformers|boosters|scooters|bombers|liners|dozers|loaders|mixers|lockers|heaters|"
    r"boilers|routers|servers|printers|tankers|steamers|trawlers|skimmers|sprinklers)$)"
)
PERSON_UNITS = re.compile(
    rf"^(?:{PEOPLE}|{_SINGULAR}|persons?|civilians?|child|dead|deaths?|\w+men|{_MACHINE}\w+ers)$",
    re.IGNORECASE,
)
TROOP_UNITS = re.compile(rf"^(?:{TROOPS}|soldier)$", re.IGNORECASE)


def _qualifier(word: str | None, number: str) -> str:
    if word:
        return QUALIFIERS[word.lower()]
    if number.lower() in VAGUE:
        return "at_least"
    return "exact"


# Where a figure's clause ends: what follows tells of something else ("Hundreds of people
# lined the road as the funerals were held for the workers killed": the mourners were not killed).
_CLAUSE_END = re.compile(
    r"[;:]|\band\s+(?:the|a|at|that)\b|, (?:and|but|while|which|who|of whom|of which)\b|"
    # "still listed as missing", "confirmed as dead": the state of the counted, not a new clause
    r"(?<!listed )(?<!reported )(?<!counted )(?<!classed )(?<!registered )(?<!confirmed )"
    r"(?<!declared )(?<!recorded )"
    r"\b(?:as|when|after|before|while|because|since|until|unless|although|though|whereas|"
    r"where|if)\s+(?!many\b|much\b|well\b|of\b|a result\b)",
    re.IGNORECASE,
)
# A phrase naming another group inside the clause ("ten of them from the fugitives were
# arrested"): its words say who the figure's people are, not what happened to them.
_OTHER_GROUP = re.compile(
    rf"\b(?:of|from|among)\s+(?:the|them|those|these)\s+(?:{PEOPLE}|injured|wounded|dead)\b",
    re.I,
)


_JOINT = re.compile(
    r"\b(?:and|with|while|but|whereas)\s+(?:another\s+|a further\s+)?$|"
    r"\b(?:and|with|while|but|whereas)\b",
    re.IGNORECASE,
)
_WORD_NUMBER = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|"
    r"forty|fifty|hundred|thousand"
)


def _what(sentence: str, num_start: int, num_end: int) -> str | None:
    """The category of the nearest event word after (then before) the figure, in its clause."""
    after = sentence[num_end : num_end + 90]
    cut = _CLAUSE_END.search(after)
    if cut:
        after = after[: cut.start()]
    after = _OTHER_GROUP.sub(lambda g: " " * len(g[0]), after)
    before = sentence[max(0, num_start - 60) : num_start]
    cut_before = list(re.finditer(r"[;:,]", before)) + list(_CLAUSE_END.finditer(before))
    if cut_before:
        before = before[max(c.end() for c in cut_before) :]
    if any(p.search(after) for p, _ in _WHAT_RE):
        # "nine were arrested and three officers were injured": the words before "and" tell
        # of the count before it; this one's own words follow it
        joint = list(_JOINT.finditer(before))
        if joint:
            before = before[joint[-1].end() :]
    best: tuple[int, str] | None = None
    for pattern, what in _WHAT_RE:
        for m in pattern.finditer(after):
            if best is None or m.start() < best[0]:
                best = (m.start(), what)
            break
    for pattern, what in _WHAT_RE:
        for m in pattern.finditer(before):
            distance = len(before) - m.end() + 5
            if best is None or distance < best[0]:
                best = (distance, what)
    return best[1] if best else None


def _what_of_words(words: str) -> str | None:
    for pattern, what in _WHAT_RE:
        if pattern.search(words):
            return what
    return None


def _unit(raw: str | None) -> str:
    if not raw:
        return "people"
    word = raw.lower()
    if TROOP_UNITS.match(word):
        return "troops"
    if PERSON_UNITS.match(word):
        return "people"
    return re.sub(r"\s+", " ", word)


def _claimant(sentence: str, start: int, end: int) -> str | None:
    """Who states the figure at `start`..`end` of `sentence`: the claimant whose words
    introduce it ("X said that 12 ..."; the nearest before it), else the one after it ("12
    died, X said"); a figure quoted as another's ("37, which was announced by Y") is Y's."""
    if _OFFICIAL_FIGURE.search(sentence, 0, start):
        return None
    asked = _ASKED_ABOUT.match(sentence)
    if asked and end <= asked.end():
        return None
    by = _BY_WHO.match(sentence[end:])
    if by and _good_claimant(by["who"], sentence, end + by.start("who")):
        return _TITLE.sub("", by["who"].strip(" ,."))
    before: tuple[int, str] | None = None
    after: tuple[int, str] | None = None
    for pattern in (
        _ACCORDING,
        _SAID_WHO,
        _WHO_APPOS_SAID,
        _WHO_APPOSITIVE_SAID,
        _WHO_SAID,
        _WHO_SAYING,
        _WHO_COUNTED,
    ):
        for m in pattern.finditer(sentence):
            if not _good_claimant(m["who"], sentence, m.start("who")):
                continue
            if pattern is _SAID_WHO and m.end() <= start:
                continue  # "12 died, said X, ...": X claims what comes before, not after
            if re.match(r"\s+to\b", sentence[m.end() :]):
                continue  # "the toll in Dalby has raised to nine": a count rising, no claim
            if pattern is _WHO_SAID and _ACCORDING.match(sentence, m.end() - len("according to")):
                continue  # "killing Ana Dree, according to Y": Y claims it, not the one killed
            if m.start() >= end and _OWN_CLAUSE.match(sentence, m.end()):
                continue  # "40 troops are based there under a pact X has said he wants to end"
            who = _TITLE.sub("", m["who"].strip(" ,."))
            named = _APPOSITIVE_NAME.match(sentence, m.end("who"))
            if named and not re.search(r"[A-Z]", who.split(" of ")[0][1:]):
                who = _TITLE.sub("", named["name"])  # "said the governor of X, Ana Brel"
            if m.end() <= start and _AS_CLAUSE.search(sentence, m.end(), start):
                continue  # "X admitted he had lied, as the toll rose to 14": not X's count
            if m.end() <= start:
                if before is None or m.end() > before[0]:
                    before = (m.end(), who)
            elif m.start() >= end or m.start("who") >= end:
                if after is None or m.start() < after[0]:
                    after = (m.start(), who)
            elif before is None:  # "according to X" around the figure
                before = (0, who)
    if before is not None:
        return before[1]
    return after[1] if after is not None else None


# "the operator, Varn Chemical Works (VCW)": the name a role phrase is given right after it
_APPOSITIVE_NAME = re.compile(
    r",\s+(?P<name>(?:[A-Z][\w'’-]*\.?\s+){0,4}[A-Z][\w'’-]*)(?=\s*(?:\([A-Z]+\))?\s*[,.;]|\s*$)"
)
# ", as the death toll rose to 14": a clause of its own, told by the reporter
_AS_CLAUSE = re.compile(r",\s+as\s+(?:the|its|their)\b", re.IGNORECASE)
# "... X has said he wants ...": the verb has a clause of its own to say, not the figure before it
_OWN_CLAUSE = re.compile(r"\s+(?:that\s+)?(?:he|she|they|it|we|i)\s+[a-z]+", re.IGNORECASE)

_TITLE = re.compile(
    r"^(?:(?:Brigadier|Brig\.|General|Gen\.|Colonel|Col\.|Major|Captain|Capt\.|Lieutenant|"
    r"Dr\.?|Doctor|Prof\.|Professor|Sheikh)\s+)+(?=[A-Z])"
)


def _good_claimant(words: str, sentence: str, at: int) -> bool:
    who = words.strip(" ,.")
    if _PRONOUN.match(who) or _NOT_CLAIMANT.match(who) or len(who) < 2:
        return False
    # "aid workers in the province of X said": X is not who said it ("doctors at the X
    # hospital said": the body the role belongs to is)
    return not _AFTER_PREPOSITION.search(sentence, 0, at) or bool(_ROLE_AT.search(sentence, 0, at))


_ROLE_AT = re.compile(rf"\b(?:{_ROLE})\s+(?:at|of|from)\s+(?:the\s+)?$", re.IGNORECASE)


# Money the story is about: "fined X 14.8 million euros", "a ransom of 40 bitcoin", "paid him
# $2.8 million in bribes", "EUR 400,000", "€14.8m", "2,1 million euros" (a decimal comma).
_SCALE_WORD = r"million|billion|thousand|mn|m|bn|k"
_AMOUNT = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}(?=\s*(?:million|billion|mn|m|bn)\b)"
    r"|\d+(?:\.\d+)?)"
)
_CURRENCY = (
    r"euros?|dollars?|pounds(?:\s+sterling)?|crowns|kronor|kroner|dinars|rials|yuan|rupees|"
    r"francs|bitcoins?|BTC|EUR|USD|GBP|CHF"
)
_MONEY_RE = re.compile(
    rf"(?<![\w.,])(?:(?P<qual>{_QUAL_RE})\s+)?(?:"
    rf"(?P<sym>US\$|\$|€|£|(?:EUR|USD|GBP|CHF)\s?)(?P<num1>{_AMOUNT})"
    rf"(?:\s*(?P<scale1>million|billion|thousand|mn|bn)\b|(?P<short1>m|bn|k)\b)?"
    rf"|(?P<num2>{_AMOUNT}|{NUMBER_RE})(?:\s*(?P<scale2>million|billion|thousand|mn|bn)\b"
    rf"|(?P<short2>m|bn|k)\b)?\s+(?P<cur>{_CURRENCY})\b)",
)
# A sum in a currency the lists above do not know, told by its scale and its use: "a payment of
# 2.4 million lorins", "asked for six million zar" (`_money_facts` keeps it only where the
# sentence speaks of money).
_ODD_MONEY_RE = re.compile(
    rf"(?<![\w.,])(?:(?i:(?P<qual>{_QUAL_RE}))\s+)?(?P<num2>{_AMOUNT}|(?i:{NUMBER_RE}))\s*"
    r"(?P<scale2>million|billion)\s+(?P<cur>[a-z]{3,})\b"
    r"(?P<sym>(?!))?(?P<num1>(?!))?(?P<scale1>(?!))?(?P<short1>(?!))?(?P<short2>(?!))?"
)
_NOT_CURRENCY = re.compile(
    rf"^(?:{PEOPLE}|{TROOPS}|{THINGS}|and|for|the|from|into|over|more|than|worth|each|per|were|"
    r"was|are|have|had|has|will|would|with|this|that|which|who|last|next|since|across|a|an|"
    r"tonnes|tons|barrels|litres|liters|gallons|acres|hectares|square|cubic|kilometres|"
    r"kilometers|miles|metres|meters|years|viewers|users|customers|visitors|copies|doses|"
    r"votes|trees|birds|animals|cattle|sheep|chickens|fish|jobs|households|barrel|tonne|"
    r"units|items|records|accounts|shares|cases|times|euro|dollar|pound)$",
    re.IGNORECASE,
)
_ASKED_FOR = re.compile(
    r"\b(?:asked|asking|asks|demanded|demanding|demands|sought|seeking|wanted)\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+for\s+(?:(?:some|about|around|nearly|almost)\s+)?$|"
    r"\b(?:demand(?:ed)?|sought|ransom of)\s+(?:(?:some|about|around|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
# the units a sum comes out in (`_money_unit`)
MONEY_UNITS = frozenset(
    ("dollars", "euros", "pounds", "bitcoin", "crowns", "kronor", "kroner", "dinars", "rials",
     "yuan", "rupees", "francs")
)  # fmt: skip
_CURRENCY_UNIT = {
    "$": "dollars",
    "us$": "dollars",
    "usd": "dollars",
    "dollar": "dollars",
    "€": "euros",
    "eur": "euros",
    "euro": "euros",
    "£": "pounds",
    "gbp": "pounds",
    "btc": "bitcoin",
    "bitcoins": "bitcoin",
    "chf": "francs",
}
_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
}
# What the money is, from the words next to it (a word right before it comes first).
MONEY_KINDS: list[tuple[str, str]] = [
    (r"fined?|fines|fining|penalty|penalties", "fine"),
    (r"bribes?|bribery|bribed|kickbacks?", "bribe"),
    (r"ransom", "ransom"),
    (r"damages", "damages"),
    (r"compensation|compensate[ds]?", "compensation"),
    (r"embezzl\w+|misappropriat\w+|defraud\w*|stole|stolen|laundered", "embezzled"),
    (r"losses|loss|lost", "losses"),
    (r"settlement", "settlement"),
    (r"contracts?|tender", "contract"),
    (r"budget", "budget"),
    (r"costs?|costing", "cost"),
    (r"loan", "loan"),
    (r"vouchers?", "vouchers"),
    (r"bail", "bail"),
]
_MONEY_KIND_RE = [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), w) for p, w in MONEY_KINDS]
# The words an article about one sum uses for it: a transfer with no word of its own is one.
_THEME_KINDS = ("fine", "bribe", "ransom", "embezzled", "compensation", "damages")
_TRANSFER = re.compile(
    r"\b(?:paid|pay|pays|paying|received|receiving|took|taken|taking|accepted|accepting|"
    r"reached|traced|transferred|sent|handed|funnell?ed|channell?ed|worth)\b",
    re.IGNORECASE,
)
# A price, not an event's sum: "1 euro a week", "shares fell to 3 euros", "per share".
_PRICE_AFTER = re.compile(
    r"\s*(?:a|per|each|every|an)\s+(?:week|month|year|day|night|share|head|person|hour|litre|"
    r"liter|kilo|kg|ticket|issue)\b",
    re.IGNORECASE,
)
_PRICE_BEFORE = re.compile(
    r"\b(?:shares?|stock|price[sd]?|pricing|subscriptions?|subscribe|costs? just|for just|"
    r"only)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def _money_amount(m: re.Match[str]) -> float | None:
    raw = m["num1"] or m["num2"]
    scale = (m["scale1"] or m["short1"] or m["scale2"] or m["short2"] or "").lower()
    if re.fullmatch(r"\d{1,3},\d{1,2}", raw):  # "2,1 million": a decimal comma
        value: float | None = float(raw.replace(",", "."))
    else:
        value = parse_number(raw)
    if value is None:
        return None
    return value * _SCALES.get(scale, 1)


def _money_unit(m: re.Match[str]) -> str:
    word = (m["sym"] or m["cur"] or "").strip().lower()
    word = re.sub(r"\s+sterling$", "", word)
    return _CURRENCY_UNIT.get(word, word)


def _money_kind(words: str) -> list[tuple[int, str]]:
    return [(k.start(), w) for p, w in _MONEY_KIND_RE for k in p.finditer(words)]


def _money_what(sentence: str, start: int, end: int, theme: str | None) -> str | None:
    """What a sum is: the kind word right before it ("a fine of", "fined X"), else just after
    it ("$2.8 million in bribes"), "worth" naming the thing before it ("the contract ..., worth
    610 million euros"), else the article's theme for a sum paid or received, else aid."""
    before = sentence[max(0, start - 45) : start]
    cut = [c.end() for c in re.finditer(r"[;:,]|\b(?:and|but|while)\b", before)]
    near = before[max(cut) :] if cut else before
    found = _money_kind(near)
    if found:
        return max(found)[1]
    after = sentence[end : end + 30]
    cut_after = _CLAUSE_END.search(after)
    after = after[: cut_after.start()] if cut_after else after
    found = _money_kind(after)
    if found:
        return min(found)[1]
    if re.search(r"\bworth\s+(?:a combined\s+|a total of\s+|\w+\s+)?$", before, re.IGNORECASE):
        found = _money_kind(sentence[max(0, start - 90) : start])
        if found:
            return max(found)[1]
        thing = re.search(r"\b([a-z]{3,}s)\s+worth\s+(?:\w+\s+){0,2}$", before)
        if thing and not re.fullmatch(r"is|was|has|its|this", thing[1]):
            return thing[1]  # "cards worth 20,000 euros"
    if theme and _TRANSFER.search(sentence):
        return theme
    if _MONEY_CONTEXT.search(sentence):
        return "funds"
    return None


def _money_theme(text: str) -> str | None:
    counts: dict[str, int] = {}
    for pattern, what in _MONEY_KIND_RE:
        if what in _THEME_KINDS:
            counts[what] = len(pattern.findall(text))
    best = max(counts.items(), key=lambda kv: kv[1], default=None)
    return best[0] if best and best[1] else None


def _money_facts(sentence: str, theme: str | None) -> list[tuple[int, int, float, str, str, str]]:
    out: list[tuple[int, int, float, str, str, str]] = []
    for m in _MONEY_RE.finditer(sentence):
        if m["num2"] and re.fullmatch(r"an?|one", m["num2"], re.IGNORECASE):
            continue  # "a euro", "one dollar": no sum of the event
        amount = _money_amount(m)
        before = sentence[: m.start()]
        if (
            amount is None
            or _PRICE_AFTER.match(sentence, m.end())
            or _PRICE_BEFORE.search(before[-60:])
            or re.search(r"\b(?:a|an)\s+$", before[-4:])  # "a 1 euro offer"
        ):
            continue
        what = _money_what(sentence, m.start(), m.end(), theme)
        if what is None:
            continue
        qualifier = QUALIFIERS[m["qual"].lower()] if m["qual"] else "exact"
        out.append((m.start(), m.end(), amount, qualifier, _money_unit(m), what))
    for m in _ODD_MONEY_RE.finditer(sentence):
        if _NOT_CURRENCY.match(m["cur"]) or any(a < m.end() and m.start() < b for a, b, *_ in out):
            continue
        amount = _money_amount(m)
        what = _money_what(sentence, m.start(), m.end(), theme)
        if what is None and _ASKED_FOR.search(sentence[: m.start()][-60:]):
            what = theme or "funds"  # "had asked the state for six million zar"
        if amount is None or what is None or _PRICE_BEFORE.search(sentence[: m.start()][-60:]):
            continue
        qualifier = QUALIFIERS[m["qual"].lower()] if m["qual"] else "exact"
        out.append((m.start(), m.end(), amount, qualifier, m["cur"], what))
    return out


# A penalty: "sentenced to seven years in prison", "a three-year suspended sentence", "banned
# from office for 10 years", "jailed for 18 months". Other durations are not figures.
_PENALTY_RE = re.compile(
    rf"(?<![\w.,-])(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER_RE})[- ](?P<unit>years?|months?)\b",
    re.IGNORECASE,
)
_PENALTY_AFTER = re.compile(
    r"(?:\s+(?:in|of)\s+(?:prison|jail|custody|detention)|\s+behind bars|"
    r"(?:\s+(?:suspended|custodial|prison|jail))*\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b|"
    r"\s+(?:suspended|on probation)\b|\s+ban\b)",
    re.IGNORECASE,
)
_PENALTY_BEFORE = re.compile(
    r"\b(?:(?:sentenced|jailed|imprisoned|condemned|given|handed|serve|serving)\s+"
    r"(?:[\w.'’-]+\s+){0,6}?(?:to|for)\s+(?:a\s+|an\s+)?"
    r"|(?:banned|barred|disqualified|prohibited)\b[^.;]{0,60}?\bfor\s+"
    r"|(?:sentence|term|ban)\s+of\s+)$",
    re.IGNORECASE,
)
_BAN = re.compile(r"\b(?:ban|banned|barred|disqualified|prohibited)\b", re.IGNORECASE)


def _penalty_facts(sentence: str) -> list[tuple[int, int, float, str, str, str]]:
    out: list[tuple[int, int, float, str, str, str]] = []
    for m in _PENALTY_RE.finditer(sentence):
        before = sentence[max(0, m.start() - 80) : m.start()]
        after_m = _PENALTY_AFTER.match(sentence, m.end())
        before_m = _PENALTY_BEFORE.search(before)
        if not after_m and not before_m:
            continue
        amount = parse_number(m["num"])
        if amount is None or (re.fullmatch(r"(?:19|20)\d\d", m["num"]) and not m["qual"]):
            continue
        words = (before_m[0] if before_m else "") + (after_m[0] if after_m else "")
        if _BAN.search(words):
            what = "ban"
        elif (
            after_m
            and re.search(r"\bsuspended\b", after_m[0], re.IGNORECASE)
            and not (re.search(r"\b(?:in|of)\s+(?:prison|jail)", after_m[0], re.IGNORECASE))
        ):
            what = "suspended sentence"
        else:
            what = "prison sentence"
        unit = m["unit"].lower().rstrip("s") + "s"
        end = m.end() + (after_m.end() - m.end() if after_m else 0)
        qualifier = QUALIFIERS[m["qual"].lower()] if m["qual"] else "exact"
        start = m.start() - (len(before) - before_m.start()) if before_m else m.start()
        out.append((start, end, float(amount), qualifier, unit, what))
    return out


# Time in captivity: "held for 143 days", "after 143 days in the hands of", "freed after five
# weeks in captivity". Unit the time unit, what "held".
_HELD_RE = re.compile(
    rf"(?<![\w.,-])(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{NUMBER_RE})[- ]"
    rf"(?P<unit>days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_HELD_BEFORE = re.compile(
    r"\b(?:held|kept|holding|detained|captive|hostage|imprisoned|abducted|kidnapped)\s+"
    r"(?:[\w'’-]+\s+){0,6}?for\s+(?:a\s+total\s+of\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
_HELD_AFTER = re.compile(
    r"\s+(?:in\s+captivity|of\s+captivity|as\s+(?:a\s+)?(?:hostages?|captives?)|"
    r"in\s+the\s+hands\s+of)\b",
    re.IGNORECASE,
)


def _held_facts(sentence: str) -> list[tuple[int, int, float, str, str, str]]:
    out: list[tuple[int, int, float, str, str, str]] = []
    for m in _HELD_RE.finditer(sentence):
        before = sentence[max(0, m.start() - 80) : m.start()]
        if not (_HELD_BEFORE.search(before) or _HELD_AFTER.match(sentence, m.end())):
            continue
        if _PENALTY_AFTER.match(sentence, m.end()):
            continue  # a sentence, read as a penalty
        amount = parse_number(m["num"])
        if amount is None or (amount in (0, 1) and m["num"].lower() in ("a", "an", "one")):
            continue
        qualifier = QUALIFIERS[m["qual"].lower()] if m["qual"] else "exact"
        unit = m["unit"].lower().rstrip("s") + "s"
        out.append((m.start(), m.end(), float(amount), qualifier, unit, "held"))
    return out


_QUOTED_NUMBER = re.compile(rf"\b({NUMBER_RE})[\"”’](?=\s+[a-z])", re.IGNORECASE)


def find_facts(text: str, published: dt.date | None = None) -> list[FactMention]:
    """Every figure about the event in `text`; `published` is accepted for symmetry and unused."""
    out: list[FactMention] = []
    spans = sentence_spans(text)
    previous: str | None = None
    # the claimant of the previous sentence's last figure, while the paragraph goes on
    went_on: str | None = None
    last_end = 0
    theme = _money_theme(text)
    for s_start, s_end in spans:
        # a quote closing on the number is no end of the figure ("killed “no more than two”
        # people"): the mark is read as a space, offsets unchanged
        sentence = _QUOTED_NUMBER.sub(r"\1 ", text[s_start:s_end])
        if "\n" in text[last_end:s_start]:
            went_on = None
        last_end = s_end
        in_sentence: list[FactMention] = []
        special = _money_facts(sentence, theme) + _penalty_facts(sentence)
        special += [
            h
            for h in _held_facts(sentence)
            if not any(h[0] < p[1] and p[0] < h[1] for p in special)
        ]
        taken = [
            (m.start("num1") if m["num1"] else m.start(), m.end())
            for m in _MONEY_RE.finditer(sentence)
        ]
        taken += [(m.start(), m.end()) for m in _PENALTY_RE.finditer(sentence)]
        odd = {m.start() for m in _ODD_MONEY_RE.finditer(sentence)}
        taken += [(a, b) for a, b, *_ in special if a in odd]
        found: list[tuple[re.Match[str] | None, tuple[int, int, float, str, str, str]]] = [
            (None, f) for f in special
        ]
        for m in _NUM_RE.finditer(sentence):
            if any(m.start("num") < b and a < m.end() for a, b in taken):
                continue  # a sum or a penalty, read above
            fact = _fact_at(sentence, m, previous)
            if fact is not None:
                found.append((m, fact))
        found.sort(key=lambda mf: mf[0].start() if mf[0] else mf[1][0])
        for m, fact in found:
            start, end, quantity, qualifier, unit, what = fact
            if m is None:
                out.append(
                    FactMention(
                        start=s_start + start,
                        end=s_start + end,
                        quantity=quantity,
                        qualifier=qualifier,
                        unit=unit,
                        what=what,
                        claimed_by=_claimant(sentence, start, end),
                        sentence_start=s_start,
                        sentence_end=s_end,
                        text=text[s_start:s_end],
                    )
                )
                in_sentence.append(out[-1])
                continue
            up_from = _UP_FROM.search(sentence, 0, m.start())
            if up_from and not in_sentence:
                continue  # "up from six": an earlier figure of a count the sentence does not give
            referred = (
                _FIGURE_OF.search(sentence, 0, m.start())
                or _REVISED_TO.search(sentence, 0, m.start())
                or up_from
            )
            if in_sentence and (
                (what == unit == "people" and referred)
                or (what not in _PERSON_OUTCOMES and _OF_WHOM.search(sentence, 0, m.start()))
            ):
                # "52 escaped, against the figure of 37 given by Y": the same count, another figure
                # ("put the number at 2.1 million before raising it to 6.4 million": the same;
                # "38 dead, of whom nine are foreigners": part of that count)
                unit, what = in_sentence[-1].unit, in_sentence[-1].what
            claimed = _claimant(sentence, m.start(), m.end()) or _paragraph_claimant(
                text, s_start, sentence
            )
            if claimed is None and what in _PERSON_OUTCOMES and not sentence[: m.start()].strip():
                claimed = went_on  # 'The ministry said 14 died. Five workers are missing.'
            out.append(
                FactMention(
                    start=s_start + start,
                    end=s_start + end,
                    quantity=quantity,
                    qualifier=qualifier,
                    unit=unit,
                    what=what,
                    claimed_by=_role_holder(text, claimed),
                    sentence_start=s_start,
                    sentence_end=s_end,
                    text=text[s_start:s_end],
                )
            )
            in_sentence.append(out[-1])
        if in_sentence:
            went_on = in_sentence[-1].claimed_by
        previous = sentence
    return out


# A role one person or body holds, whom the article names with it elsewhere
_HOLDER_ROLE = (
    r"governor|mayor|minister|spokes(?:man|woman|person)|director|commander|coroner|operator"
)
_ROLE_ONLY = re.compile(
    rf"(?:the|a|an|its|their)\s+(?:[a-z][\w'’-]*\s+){{0,2}}(?P<role>{_HOLDER_ROLE})"
    r"(?:\s+of\s+.+)?",
    re.IGNORECASE,
)


def _role_holder(text: str, who: str | None) -> str | None:
    """`who`, or for a role with no name ("the provincial governor", "the plant's operator")
    the one name the article gives that role ("Governor Ana Brel", "the operator, Varn
    Chemical Works"); where it names none or several, `who` as written."""
    role = _ROLE_ONLY.fullmatch(who) if who else None
    if role is None:
        return who
    names = {
        _TITLE.sub("", n)
        for n in re.findall(
            rf"\b(?i:{role['role']})(?:,\s+|\s+)([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,4}})",
            text,
        )
    }
    return names.pop() if len(names) == 1 else who


_OF_WHOM = re.compile(r"\b(?:of|among)\s+whom\s+$", re.IGNORECASE)
_HE_SAID = re.compile(r"\b(?:he|she)\s+(?:said|says|added|told)\b", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"[\"“”]")


def _paragraph_claimant(text: str, s_start: int, sentence: str) -> str | None:
    """For a sentence with no claimant of its own that goes on a quote ('"Ten died," said X.
    "We treat 40."') or says "he said": the claimant of the last sentence of its paragraph
    naming one (the first named outside quotes in that sentence)."""
    earlier = text[text.rfind("\n", 0, s_start) + 1 : s_start]
    quoted = len(_QUOTE_MARK.findall(earlier)) % 2 == 1 or _QUOTE_MARK.match(sentence.lstrip())
    if not quoted and not _HE_SAID.search(sentence):
        return None
    speaker = None
    for a, b in sentence_spans(earlier):
        part = earlier[a:b]
        named = [
            (m.start("who"), m["who"])
            for pattern in (_SAID_WHO, _WHO_APPOS_SAID, _WHO_APPOSITIVE_SAID, _WHO_SAID)
            for m in pattern.finditer(part)
            if _good_claimant(m["who"], part, m.start("who"))
            and len(_QUOTE_MARK.findall(part, 0, m.start("who"))) % 2 == 0
        ]
        if named:
            speaker = _TITLE.sub("", min(named)[1].strip(" ,."))
    return speaker


def after_text(m: re.Match[str]) -> str:
    return m.string[m.end() : m.end() + 20]


def _fact_at(
    sentence: str, m: re.Match[str], previous: str | None
) -> tuple[int, int, float, str, str, str] | None:
    number = m["num"]
    low = number.lower()
    if low in ("a", "an") and not m["qual"]:
        return None
    if (
        low == "one"
        and not m["qual"]
        and not re.match(r"\s+(?!of\b)[a-z]", after_text(m))
        and not _ONE_OF_OWN.match(sentence, m.end())
    ):
        return None
    if low == "one" and re.search(
        r"\b(?:this|that|the|each|every|any|no|which|another|last|next)\s+$",
        sentence[: m.start()],
        re.I,
    ):
        return None  # "raids like this one", "no one was hurt": a pronoun, not a count
    before = sentence[: m.start()]
    after = sentence[m.end() :]
    if _BURIED.search(before) or _SOURCE_COUNT.search(before):
        return None  # "the town buried six of its dead", "according to two workers"
    quantity = VAGUE.get(low) or parse_number(number)
    measure_m = _MEASURE_RE.match(after)
    if measure_m and quantity is not None:  # "nearly 190 millimetres of rain"
        return (
            m.start(),
            m.end() + measure_m.end(),
            float(quantity),
            _qualifier(m["qual"], number),
            measure_m["unit"].lower(),
            measure_m["what"].lower(),
        )
    if _NOT_FACT_BEFORE.search(before) or _NOT_FACT_AFTER.match(after):
        return None
    if re.fullmatch(r"(?:19|20)\d\d", number):  # a year
        return None
    if not m["qual"] and re.fullmatch(r"\d+", number) and _DESIGNATION.search(before):
        return None  # "Express 502 left the rails", "Route 9": a name's number, not a count
    if re.match(r"\s*-\s*(?:year|month|day)|\s*[-–]\s*\d|,\s*\d{3}\b", after):
        return None
    if quantity is None:
        return None
    if _INCREMENT_AFTER.match(after) or (
        _INCREMENT_BEFORE.search(before) and not _VERB_BEFORE.search(before[-60:])
    ):  # "three more bodies", "another 20 were found": an increment, not a count
        return None  # ("killing 16 and injuring another 36" counts another group: kept)
    unit_m = _UNIT_RE.match(after)
    if unit_m and re.search(r"wards$", unit_m["unit"], re.I):
        unit_m = None  # "backwards", "towards": an adverb, not a counted noun
    unit_raw = unit_m["unit"] if unit_m else None
    # "Twenty of them climbed out", "four of those were taken to hospital": part of a group
    part_m = None if unit_m else _PART_OF.match(after)
    if unit_m and unit_m["singular"] and quantity == 1:
        return None
    verb_m = _VERB_BEFORE.search(before[-60:]) if not unit_m else None
    if verb_m and verb_m["verb"].lower() in ("at", "of") and not _COUNT_NOUN.search(before[-50:]):
        verb_m = None  # "we will not stop at twelve": no toll or count named before the figure
    # "nine remain in hospital", "23 are now known to have died", "of whom 181 were saved"
    dead_m = re.match(
        r"\s+(?:people\s+)?(?:(?:were|was|have been|had been|are|is|remain|remained|have|had)\s+)?"
        r"(?:(?:now|still|also|since|later|all)\s+)?"
        r"(?:(?:known|confirmed|believed|feared|presumed|thought)\s+to\s+(?:have\s+|be\s+)?)?"
        r"(?:dead|died|killed|drowned|perished|injured|wounded|hurt|missing|unaccounted|trapped|"
        r"searched|sought|in hospital|hospitali[sz]ed|treated|rescued|saved|damaged|destroyed|"
        r"in (?:a |an )?(?:serious|critical|grave) condition)\b",
        after,
    )
    if unit_raw is None and _CROWD_AT.search(before):
        # "estimated the crowd at about 200,000, while police put it closer to 300,000"
        return m.start(), m.end(), float(quantity), _qualifier(m["qual"], number), "people", "crowd"
    if (
        unit_raw is None
        and verb_m is None
        and dead_m is None
        and part_m is None
        and not _UP_FROM.search(before)
    ):
        return None
    if unit_raw and unit_raw.lower() == "bodies" and _UNIDENTIFIED.match(after):
        return None  # "three bodies had yet to be identified": some of the dead, not a toll
    end = m.end() + (unit_m.end() if unit_m else part_m.end() if part_m else 0)
    what = _what(sentence, m.start(), end)
    if what in (None, "people") and _PULLED_FROM.search(before) and _FROM_DANGER.match(after):
        what = "rescued"  # "boats pulled 64 people from the water"
    number_of = _NUMBER_OF.search(before)
    if (
        number_of
        and len(before) - number_of.end() < 30
        # "the number of dead rose to 15, with 19 others missing": that count is the first one's
        and not re.search(rf"\d|,|\b(?:{_WORD_NUMBER})\b", before[number_of.end() :], re.I)
    ):
        # "the number of the prisoners who escaped ... reached 52"
        what = _what_of_words(number_of["words"]) or what
        thing = re.match(r"(?:the\s+)?([a-z]{3,}(?<![su])s)\b", number_of["words"], re.IGNORECASE)
        if unit_raw is None and thing and not _what_of_words(number_of["words"]):
            unit_raw = thing[1]  # "the number of ships waiting ... rose to 41": ships
        held = re.match(
            rf"(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<noun>{THINGS}|{PEOPLE})\b",
            number_of["words"],
            re.IGNORECASE,
        )
        if unit_raw is None and held:
            unit_raw = held["noun"]  # "the count of flooded homes rose to 52": homes
    # "two missing contractors", "64 injured people": the words before the noun say it
    modifier_what = _what_of_words(after[: unit_m.start("unit")]) if unit_m else None
    if modifier_what:
        what = modifier_what
    if unit_m and _LATER_DIED.match(after, unit_m.end()):
        what = "killed"  # "three injured miners later died": they are dead now
    # "one wounded having succumbed", "two soldiers who had been in critical condition died":
    # the words after the figure say they are dead now, whatever state they were in before
    if _DIED_SINCE.match(after, unit_m.end() if unit_m else 0):
        what = "killed"
    unit = _unit(unit_raw)
    if verb_m is not None:
        verb_what = _what_of_words(verb_m["verb"])
        if re.search(r"\btoll\b", before, re.IGNORECASE):
            what = "killed"
        elif verb_what:
            what = verb_what
    elif unit_raw and not re.fullmatch(r"targets?", unit_raw, re.IGNORECASE):
        # "killed 12 people and flooded homes": the verb right before wins
        verb_close = _VERB_BEFORE.search(before[-40:])
        if verb_close and _what_of_words(verb_close["verb"]) and not modifier_what:
            what = _what_of_words(verb_close["verb"])
    if unit_raw is None and dead_m is not None and re.search(r"damaged|destroyed", dead_m[0]):
        things = re.findall(rf"\b({THINGS})\b", before, re.IGNORECASE)
        unit = things[-1].lower() if things else "buildings"
        what = f"{unit} {dead_m[0].split()[-1].lower()}"
        end = m.end() + dead_m.end()
    data_m = _DATA_OF.search(before[-80:]) if unit_raw is None and verb_m is not None else None
    data_noun = (
        unit_raw
        if unit_raw and _DATA_NOUN.match(unit_raw)
        else (data_m["noun"] if data_m else None)
    )
    if data_noun and low in VAGUE:
        return None  # "the data of millions of customers": no count
    if (
        data_noun
        and _BREACH.search(sentence)
        and not re.match(r"\s+(?:registered|active|regular|loyal|monthly|paying)\b", after)
    ):
        # "data of 2.1 million customers", "6.4 million customer records": who the breach hit
        what = "sample" if re.search(r"\bsample of\s+$", before) else "affected"
        return m.start(), end, float(quantity), _qualifier(m["qual"], number), "records", what
    if unit_raw and re.fullmatch(MONEY, unit_raw, re.IGNORECASE):
        if not _MONEY_CONTEXT.search(sentence) or re.match(
            r"\s*(?:per|a)\s+(?:week|month)", after[unit_m.end() :] if unit_m else ""
        ):
            return None
        what = "funds"
        unit = unit_raw.lower()
    elif what is None:
        if unit in ("people", "troops"):
            what = "troops" if unit == "troops" else "people"
        elif unit_raw:
            what = unit
        else:
            return None
    if (
        unit_m
        and unit_raw
        and unit_raw.lower() == "bodies"
        and _ORGAN.search(after[: unit_m.start("unit")])
    ):
        return None  # "the two public bodies": organisations
    if unit == "households" and what == "trapped":
        what = "without supply"  # "400 households were cut off": from their power or water
    if unit_raw and re.match(r"deaths?|dead$|bodies$", unit_raw, re.IGNORECASE):
        unit, what = "people", "killed"
    if unit_raw and re.fullmatch(r"survivors", unit_raw, re.IGNORECASE):
        what = "rescued"  # "the 181 survivors": the noun names the outcome
    if part_m is not None and what not in _PERSON_OUTCOMES:
        return None  # "two of them were destroyed": things, or no outcome of people
    if re.fullmatch(
        r"rockets|missiles|drones|strikes|airstrikes|attacks|raids|drone strikes|"
        r"rocket attacks|bombings",
        unit,
    ):
        what = "attacks"
    elif what == "attacks" and unit not in ("people", "troops"):
        # "the jets struck four depots": the depots are what the attacks hit, not attacks
        what = "targets hit" if _HIT_BEFORE.search(before) else unit
    thing = unit not in ("people", "troops")
    kept = ("destroyed", "damaged", "targets hit", "attacks", "funds", "without supply")
    if thing and what not in (*kept, "reconnected") and (unit, what) != ("households", "evacuated"):
        what = unit
    if what in ("destroyed", "damaged"):
        what = f"{unit} {what}" if unit != "people" else what
    if unit == "targets" and what not in ("destroyed", "damaged", "targets damaged"):
        what = "targets hit"
    if what == "targets hit":
        unit = "targets" if unit == "people" else unit
    if what == "attacks" and unit == "people":
        return None
    if (
        what == "evacuated"
        and re.search(r"\bforc(?:ed|ing)\s+(?:\w+\s+){0,2}$", before[-40:])
        and not re.match(r"\s*(?:[\w-]+\s+){0,3}?(?:out|from|to\s+(?:flee|leave))\b", after)
    ):
        what = "people"  # "forced 30 rebels to surrender": forced, but nobody left their homes
    if what == "evacuated" and _PRISONERS.search(f"{unit_raw or ''} {before[-100:]}"):
        what = "escaped"  # "the prisoners who fled": they escaped, nobody moved them to safety
    if what == "people" and (low in VAGUE or (unit_m and unit_m["singular"])):
        return None  # "hundreds of people lined the road": a crowd, not a count of the event
    if what == "troops" and unit == "people" and not unit_raw:
        return None
    if (
        what == unit not in ("people", "troops")
        and quantity < 10
        and not m["qual"]
        and not re.fullmatch(THINGS, unit, re.IGNORECASE)
        and (
            re.search(
                r"\bthe\s+(?:(?:last|first|next|other|same|final|top)\s+)?$|['’]s\s+$", before, re.I
            )
            or len(re.findall(r"[\"“”]", before)) % 2 == 1
        )
    ):  # "the last four digits", "the two sides", '"needs three attempts': no count of the event
        return None
    if what == unit == "people" and quantity < 10 and _OF_NOT_COUNT.search(before):
        return None  # "the testimony of two people": who spoke, not whom the event hit
    if unit == "people" and quantity < 10 and _SPOKE_WITH.search(before):
        return None  # "who spoke with two survivors": the reporter's sources, not a count
    if unit_m and _SOURCES_SPEAK.match(after, unit_m.end()):
        return None  # "two officials, speaking anonymously, said": the sources, not a count
    if what == unit and thing and unit_m and re.match(r"\s+of\s+the\s", unit_m[0]):
        return None  # "crews on two of the vessels": some of the things named, not a count
    qualifier = _qualifier(m["qual"], number)
    start = m.start()
    if verb_m is not None:
        start = min(start, m.start() - (len(before[-60:]) - verb_m.start()))
    return start, end, float(quantity), qualifier, unit, what


# "one of its soldiers was killed": one of the speaker's own people
_ONE_OF_OWN = re.compile(
    rf"\s+of\s+(?:its|their|his|her|our)\s+(?:[a-z-]+\s+)?(?:{TROOPS}|{PEOPLE})\b", re.I
)
# the dead buried or mourned: a count of funerals, no toll
_BURIED = re.compile(
    r"\b(?:buried|burying|buries|bury|laid to rest|mourned|funerals?\s+(?:of|for))\s+$", re.I
)
# "according to two plant workers", "two officials, speaking anonymously, said": who told it
_SOURCE_COUNT = re.compile(r"\baccording to\s+$", re.I)
_SOURCES_SPEAK = re.compile(
    r"(?:\s+(?!and\b|or\b|but\b)[a-z]+)?\s*,?\s+(?:speaking|who\s+spoke|who\s+asked|said|told|say)\b",
    re.I,
)
# "nine had died, up from the six confirmed on Tuesday": an earlier figure of that count
_UP_FROM = re.compile(r"\b(?:up|down)\s+from\s+(?:the\s+)?$", re.I)
_HIT_BEFORE = re.compile(r"\b(?:hit|hitting|struck|striking|targeted|targeting|attacked)\b", re.I)
_LATER_DIED = re.compile(
    r"\s+(?:(?:later|since|subsequently|then|have|had)\s+)*(?:died|succumbed)\b", re.IGNORECASE
)
_DIED_SINCE = re.compile(
    r"\s+(?:(?:injured|wounded|hurt)(?:\s+[a-z]+)?\s*)?,?\s*(?:"
    r"having\s+(?:(?:later|since|subsequently|then)\s+)*(?:died|succumbed)"
    r"|(?:who|that)\s+(?:had\s+been|have\s+been|were|was)\b[^,.;:]{0,80}?"
    r"\b(?:later\s+|since\s+|then\s+)?(?:died|succumbed)"
    r")\b",
    re.IGNORECASE,
)
_GENERIC_NOUN = re.compile(
    r"^(?:people|persons?|dead|deaths?|bodies|victims|others|civilians|individuals)$", re.I
)


_SAME_GROUP = {
    "inmate": "prisoner",
    "detainee": "prisoner",
    "convict": "prisoner",
    "fugitive": "prisoner",
    "escapee": "prisoner",
    "employee": "worker",
}


def counted_group(sentence: str, quantity: float, what: str) -> str | None:
    """The group a figure of `sentence` counts, as written after the figure ("contract worker"
    in "two contract workers were missing", singular, "inmates" read as "prisoner"; None for
    "people" and the like or when the figure is not found): two figures of one outcome
    counting two named groups count different people."""
    for f in find_facts(sentence):
        if f.quantity != quantity or f.what != what:
            continue
        if f.unit not in ("people", "troops"):
            return None  # "customers" and "records" of a breach, sums: one count, one sum
        stated = sentence[f.start - f.sentence_start : f.end - f.sentence_start]
        words = re.findall(r"[\w'-]+", stated)
        numbers = [
            i
            for i, w in enumerate(words)
            if parse_number(w) is not None
            or w.lower() in VAGUE
            or w.lower() in ("hundred", "thousand", "dozen")
        ]
        words = [w.lower() for w in words[numbers[-1] + 1 :]] if numbers else []
        words = [
            w
            for w in words
            if not _what_of_words(w) and w not in ("of", "the", "them", "those", "and")
        ]
        if not words or _GENERIC_NOUN.match(words[-1]):
            return None
        head = re.sub(r"(?<=[a-z]{3})s$", "", words[-1])
        return " ".join([*words[:-1], _SAME_GROUP.get(head, head)])
    return None


def fact_to_dict(fact: FactMention) -> dict:
    return asdict(fact)


def facts_record(doc_id: str, text: str, published: dt.date | None) -> dict:
    """The `newsdesk facts` output line for one document (shared/spec/stage-cli.md).

    `start`/`end` cover the words stating the figure ("at least 30 workers"); the sentence is
    in `sentence_start`/`sentence_end` and `text`.
    """
    return {"id": doc_id, "facts": [fact_to_dict(f) for f in find_facts(text, published)]}


_MODEL_QUALIFIERS = set(get_args(Qualifier))


def model_qualifier(qualifier: str) -> Qualifier:
    """The qualifier as the story JSON allows it ("nearly" is "up_to" until the model has it)."""
    if qualifier in _MODEL_QUALIFIERS:
        return qualifier  # type: ignore[return-value]
    return "up_to" if qualifier == "nearly" else "about"  # type: ignore[return-value]


_VAGUE_SAID = re.compile(rf"\b(?:{_VAGUE_RE})\b", re.IGNORECASE)


# "Two of its drivers were killed near the border in 2019", "the 2019 crash killed two",
# "the worst since May 2019, when two died": a figure of an earlier year (a bare year after
# "in": "in December 2024" may be the event itself, told in a report of January 2025)
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;]*$", re.IGNORECASE)
_IN_YEAR = re.compile(
    r"\bin\s+(?:(?:early|late|mid)[-\s]+)?((?:19|20)\d\d)\b"
    r"|\b[Tt]he\s+((?:19|20)\d\d)\s+[a-z]"
    rf"|\bsince\s+(?:(?:{_MONTHS})\s+)?((?:19|20)\d\d),?\s+when\b"
)


def _story_year(articles: list[Article]) -> int | None:
    """The latest year the story's articles are known to be published in."""
    years = [a.published.year for a in articles if a.published]
    years += [
        a.published_estimate.latest.year
        for a in articles
        if a.published is None and a.published_estimate and a.published_estimate.latest
    ]
    return max(years, default=None)


def _earlier_year(sentence: str, year: int | None) -> bool:
    """The sentence dates what it tells to a year before the story's: background. A year in
    a "since" clause ("the worst since the monitors arrived in 2019") dates the reference
    point, not the figure."""
    if year is None:
        return False
    for m in _IN_YEAR.finditer(sentence):
        if m[1] and _SINCE_CLAUSE.search(sentence, 0, m.start()):
            continue
        if any(y and int(y) < year for y in m.groups()):
            return True
    return False


def story_facts(
    articles: Iterable[Article], claimant: Callable[[str], str | None] | None = None
) -> list[Fact]:
    """The figures of a story's articles as `Fact` records (ids f1.. in article order).

    `claimed_by` is what `claimant` gives for the claimant's words ("the Hashed" in "according
    to the Hashed"): the story's entity id, which the entities stage knows; else null.
    Duplicate articles are skipped.
    """
    articles = list(articles)
    year = _story_year(articles)
    facts: list[Fact] = []
    for article in articles:
        if article.duplicate_of:
            continue
        published = article.published
        found = [
            f
            for f in find_facts(article.text, published)
            if not _earlier_year(article.text[f.sentence_start : f.sentence_end], year)
        ]
        # a figure in words ("dozens of inmates") where the article also gives the count in
        # numbers is no figure of its own; the same figure stated twice is one fact
        vague = [_VAGUE_SAID.search(article.text[f.start : f.end]) is not None for f in found]
        precise = {f.what for f, v in zip(found, vague, strict=True) if not v}
        seen: set[tuple] = set()
        for f, v in zip(found, vague, strict=True):
            if v and f.what in precise:
                continue
            key = (f.what, f.quantity, f.qualifier, f.unit)
            if key in seen:
                continue
            seen.add(key)
            facts.append(
                Fact(
                    id=f"f{len(facts) + 1}",
                    quantity=f.quantity,
                    qualifier=model_qualifier(f.qualifier),
                    unit=f.unit,
                    what=f.what,
                    claimed_by=claimant(f.claimed_by) if claimant and f.claimed_by else None,
                    text=f.text,
                    sources=[
                        Ref(article_id=article.id, start=f.sentence_start, end=f.sentence_end)
                    ],
                )
            )
    return facts
