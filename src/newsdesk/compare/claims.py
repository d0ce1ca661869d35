"""What each statement of a story asserts, in the terms the relation rules compare.

For every statement: when it was said (its `said_on`, else the publication day of the first
article carrying it, and its place in that article), which original articles carry it (a copy
counts as its original), its sentence vector (the packaged MiniLM, `newsdesk.nlp.embed`), and
the signals no sentence vector carries:
- **polarity** of its core words: the verbs of the statement and their subjects and objects,
  each marked negated when its verb is ("did not notify", "No inspector ... has set foot",
  "found no defects"), from spaCy's dependency parse;
- **notice**: whether it says one side was told, warned or informed of something, or that a
  message reached it ("notified ... in advance", "was warned in writing", "the report was
  delivered", "phoned the police to warn") or that it was not ("no advance notice", "nothing
  reached us", "kept them in the dark", "learned of it only after", "denied that ... gave any
  warning"; "told the truth", "sat in the dark" and "what I was told" are no notice);
- **cause**: whether it calls the happening an accident ("a technical fault", "no sign of
  outside interference") or someone's doing ("a deliberate attack", "sabotaged"), unless the
  clause denies the cause or reports it as others' ("we were told it was a glitch");
- **timing**: whether it says something happened *before* or *after* another happening
  ("informed ... before the strikes" vs "immediately after", "no advance warning", "did not
  sound until the water ..."), with the words of that other happening (the anchor);
- **cues** in the words attributed or in the attribution that leads into them: a retraction
  ("I misspoke", "those reports were wrong", "withdrew his claim"), a rejection of
  someone's claim ("a baseless accusation", "denied that ...", "Residents disputed
  that."), or an explicit contradiction ("contradicting the minister's account"). Words
  that reject a claim they report ('accused them of "deception" over their claim to have
  warned us before ...') take their notice and before/after from their own words only, not
  from the claim rejected; a third party's verdict tacked on (", a figure the army dismissed
  as propaganda") is no rejection by the speaker; a rejection pointing back keeps the side it
  names ("rejected the Dovrian account"); an attribution in the pluperfect ("had called it a
  lie") marks words said before the news.

It reads the story's records and the articles' text; it decides nothing: `relations` does.
Cue lists are hand-written because no packaged model recognises them; they name speech acts,
never outlets, people or events.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import numpy as np

from newsdesk.extract.sentences import sentence_of, sentence_spans
from newsdesk.extract.times import find_times
from newsdesk.model import Article, Statement
from newsdesk.nlp import embed, spacy_pipeline

_RETRACTION = re.compile(
    r"\b(?:regret\w* (?:any|the) (?:confusion|error|mistake|misunderstanding)"
    r"|(?:sorry|apologi[sz]\w*) (?:for|about) (?:any|the|my|our) (?:confusion|error|mistake"
    r"|misunderstanding|misstatement)"
    r"|misspoke|mis-spoke|misstat\w*"
    r"|(?:was|were|is|are|been) (?:wrong|mistaken|in error|inaccurate|incorrect|untrue"
    r"|imprecise|exaggerated)"
    r"|not (?:as |entirely |fully |completely |quite )?(?:accurate|correct)"
    r"|withdr[ae]w\w* (?:his|her|their|its|the|that|this|an|a) (?:[\w'’]+ )?(?:claim|statement"
    r"|remarks?|assertion|account|comments?)"
    # "relied on a briefing that turned out to be incomplete", "did not match the facts"
    r"|(?:turned out to be|prove[dn](?: to be)?) "
    r"(?:wrong|mistaken|incomplete|inaccurate|incorrect|untrue|false)"
    r"|(?:did|does|do) not (?:match|reflect|fit) the facts"
    r"|retract\w*|walk\w* back|take (?:it|that) back|(?:went|gone|go) too far|spoke too soon"
    r"|premature\w*|overstat\w*|(?:wrong|incorrect|inaccurate) information"
    r"|should not have said|shouldn't have said"
    # "what I said was not true": the speaker's own earlier words
    r"|(?:I|we) (?:had |have )?(?:said|stated|claimed|told \w+)\b[^.;:]{0,40}?"
    r"\b(?:was|is|were) (?:not true|false)"
    r"|correct\w* (?:the|my|his|her|its|our|their|a|an|an earlier) (?:record|statement|account"
    r"|remarks?))\b",
    re.IGNORECASE,
)
# "will find out why the first statements were wrong": a question asked, not a retraction
_ASKED_BEFORE = re.compile(r"\b(?:why|whether|how)\b[^.;:!?\"“”]{0,80}$", re.IGNORECASE)


def _retracts(text: str) -> bool:
    """Whether `text` holds a retraction cue that is not inside a question it asks."""
    return any(
        not _ASKED_BEFORE.search(text[max(0, m.start() - 80) : m.start()])
        for m in _RETRACTION.finditer(text)
    )


# a verdict on someone else's words, not a retraction of one's own: "the union leader called
# her comments premature", "branded the minister's account wrong"
_FAULTS_OTHERS = re.compile(
    r"\b(?:call\w*|describ\w*|brand\w*|label+\w*|term\w*|dismiss\w* as)\s+"
    r"(?:his|her|their|the\s+[\w'’]+(?:'s|’s)|[A-Z][\w'’-]*(?:'s|’s))\s+(?!own\b)"
    r"(?:[\w-]+\s+){0,2}?(?:comments?|remarks?|claims?|statements?|words|account|assessment|"
    r"figures?|response|reaction)\s+(?:as\s+)?(?:premature|wrong|mistaken|inaccurate|incorrect|"
    r"untrue|exaggerated|overstated|misleading)\b",
    re.IGNORECASE,
)
_REJECTION_WORDS = re.compile(
    r"\b(?:false|falsely|falsif\w*|untrue|not true|unfounded|baseless|groundless|lies|lying"
    r"|a lie|fabricat\w*|deceiv\w*|decepti\w*|distort\w*|mislead\w*|misinformation"
    r"|disinformation|nonsense|propaganda|smear|slander\w*|fake news|scapegoat\w*|whitewash\w*"
    # "an attempt to hide behind ...": the other side's words called a dodge
    r"|(?:attempt|bid|effort|ploy) to (?:hide|shift|deflect|evade|dodge|escape|distract|cover)"
    # defiance of an order or ruling rejects it: "they would not comply", "vowed to defy"
    r"|(?:will|would|shall) not (?:comply|obey|abide)|refus\w* to (?:comply|obey|abide)"
    # the other side's account called hearsay: "we will not add names on the basis of rumours"
    r"|(?:on the basis of|based on|nothing but|mere|no more than) (?:rumou?rs?|hearsay|gossip)"
    r"|def(?:y|ies|ied|ying|iance))\b",
    re.IGNORECASE,
)
# the attribution right before the words says they are what is denied: "denied that ..."
_DENIED_THAT = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|disput\w*|refut\w*)\b"
    r"(?:\s+(?:\w+\s+){0,3}?(?:claims?|reports?|suggestions?|allegations?|assertions?))?"
    # "denied receiving …", "flatly denied ever having …": the gerund is the denied account
    r"(?:\s+(?:flatly|strongly|categorically|firmly|vehemently|ever|having))*"
    # "denied on Thursday that …", "denied this week that …": when, not what, is denied
    r"(?:\s+(?:(?:(?:on|this|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)|(?:this|last)\s+(?:week|month|morning|afternoon|evening)|yesterday|today|again"
    r"|publicly))?"
    r"\s+(?:that\s+)?$",
    re.IGNORECASE,
)
# the words are the counter-claim of a rejection: "The owner denied the claim, saying ..."
_REJECTED_SAYING = re.compile(
    r"\b(?:den(?:y|ies|ied)|reject\w*|dismiss\w*|disput\w*|refut\w*|rebut\w*|contest\w*)\b"
    r"[^.;]*,\s*(?:saying|adding|arguing|insisting|noting)\s+(?:that\s+)?$",
    re.IGNORECASE,
)
# a rejection pointing back at the claim just reported: "Residents disputed that.", "The
# company rejected the accusation.", "The union's claim is false"
_REJECTS_THAT = re.compile(
    r"\b(?:den(?:y|ies|ied)|reject\w*|dismiss\w*|disput\w*|refut\w*|rebut\w*|contest\w*)\s+"
    r"(?:that|this|it|them|the (?:\w+ )?(?:claims?|accusations?|charges?|allegations?"
    r"|assertions?|account|reports?|figures?))\s*[.;,]?\s*$",
    re.IGNORECASE,
)
# the words are a verdict on the claim their sentence reported first: '… warned in advance,
# a claim that the mayor dismissed as "a fabrication"'
_REJECTS_CLAIM_BEFORE = re.compile(
    r"\b(?:claims?|accusations?|allegations?|assertions?|account|version|statements?)\s+"
    r"(?:that|which)\s+[^.;:\"“”]{0,80}?\b"
    r"(?:den(?:y|ies|ied)|reject\w*|dismiss\w*|disput\w*|refut\w*|rebut\w*)\s+(?:as\s+)?$",
    re.IGNORECASE,
)
_SIMPLE_LEAD = re.compile(r"\s*(?:[\w'’.-]+\s+){1,7}")  # "The Tesca Hydro Company rejected "
_CLAIM_IS_FALSE = re.compile(
    r"(?:\b(?:claims?|accusations?|charges?|allegations?|assertions?|account|reports?)"
    # "that"/"this"/"it" only where it begins the words: "something that was not true" is
    # a relative clause, not a verdict on what was just said
    r"|(?:^|[\"“,;:]\s*)(?:that|this|it))\s+(?:is|are|was|were)\s+"
    r"(?:simply |completely |totally |entirely )?(?:false|untrue"
    r"|not true|baseless|unfounded|groundless|a lie|lies|wrong|nonsense)\b",
    re.IGNORECASE,
)
# the words are only a verdict on what was just said: 'called that "a fabrication"'
_VERDICT_ON_THAT = re.compile(
    r"^\W*(?:that|this|it|those|these)\W+(?:a |an |pure |complete |total |utter )?"
    r"(?:fabricat\w*|lies?|nonsense|false|untrue|baseless|unfounded|groundless|propaganda"
    r"|slander|smear|fake news|disinformation|misinformation)\b",
    re.IGNORECASE,
)
# the words are a verdict on another's remarks: 'called her remarks "an attempt to hide ..."'
_VERDICT_ON_REMARKS = re.compile(
    r"^\W*(?:his|her|their|its|the\s+[\w'’]+(?:'s|’s)|[A-Z][\w'’-]*(?:'s|’s))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:comments?|remarks?|claims?|statements?|words|account|accusations?)\W"
)
# an attribution in the pluperfect tells what was said before the news: "had called it a lie"
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:\w+ed|said|told|spoken|written|sworn)\b", re.IGNORECASE
)
# a sentence introduced as told of a year: "In March 2019, ..." (background of an earlier event)
_DATED_SENTENCE = re.compile(r"(?:^|[.!?]\s+)In\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b")
# a short phrase quoted inside a clause ('no alert "of any nature" had been received'): its
# quotation marks end no clause
_INLINE_QUOTE = re.compile(r"(?<=\w )[\"“]([^\"“”,;:.!?]{1,40})[\"”](?= \w)")
# a claim the words report in order to reject it: 'accused X of "deception" over its claim to
# have warned them' (what follows is the other side's claim, not the speaker's own)
_REPORTED_CLAIM = re.compile(
    r"\b(?:claims?|claimed|allegations?|assertions?|insistence)\s+(?:that|to\s+have)\b",
    re.IGNORECASE,
)
# a verdict of a third party tacked on to the words: '..., a figure the army dismissed as
# "propaganda"' (the speaker rejects nothing)
_THIRD_PARTY_VERDICT = re.compile(
    r",\s*(?:a|an|the)\s+(?:figures?|claims?|numbers?|tolls?|accounts?|versions?|allegations?"
    r"|assertions?|statements?)\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,4}?"
    r"(?:dismiss\w*|reject\w*|call\w*|describ\w*|den(?:y|ies|ied)|brand\w*|label+\w*|term\w*)"
    r"\b.*$",
    re.IGNORECASE | re.DOTALL,
)
# the side a rejection pointing back names: "rejected the Dovrian account"
_NAMED_SIDE = re.compile(r"(?<!^)(?<![.!?]\s)\b([A-Z][\w'’-]+)")


def _own_words(text: str) -> str:
    """`text` without a third party's verdict tacked on to it."""
    return _THIRD_PARTY_VERDICT.sub("", text)


def _named_sides(previous: list[str]) -> frozenset[str]:
    """Stems of the names a pointing-back rejection gives the claim it rejects ("rejected the
    Dovrian account" -> "dovrian")."""
    out: set[str] = set()
    for x in previous:
        m = _REJECTS_THAT.search(x)
        if m:
            out |= {
                stem(w.removesuffix("'s").removesuffix("’s"))
                for w in _NAMED_SIDE.findall(m.group())
            }
    return frozenset(out)


# the attribution concedes the words: "the police acknowledged on Sunday that ..."
_ADMITS = re.compile(r"\b(?:admit(?:s|ted|ting)?|conced(?:e|es|ed|ing)|acknowledg\w*)\b", re.I)
_CONTRADICTION = re.compile(
    r"\b(?:contradict\w*|contrary to|at odds with|inconsistent with|cannot both be true)\b",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    r"\b(?:before|prior|in advance|ahead of|beforehand|advance (?:warning|notice|notification)"
    r"|pre-?notif\w*|pre-?warn\w*|forewarn\w*)\b",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\b(?:after|afterwards?)\b", re.IGNORECASE)
_UNTIL = re.compile(r"\buntil\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|without)\b|n't\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?\"“”«»]|\b(?:and|but|while|whereas|which)\b")
# one side telling, warning or informing another, or a message reaching it
_MESSAGE = (
    r"(?:letters?|reports?|warnings?|alerts?|notes?|memos?|messages?|documents?|e-?mails?"
    r"|notices?|calls?)"
)
_NOTICE = re.compile(
    r"\b(?:notif(?:y|ied|ies|ying|ication)|notice|inform(?:ed|s|ing)?|forewarn\w*"
    r"|warn(?:ed|s|ing|ings)?(?! (?:shots?|fire|systems?|signs?|lights?|sirens?|labels?))"
    # "told the truth", "tells lies": a verdict on honesty, not a side being informed
    r"|(?:told|tell(?:s|ing)?)(?!\s+(?:the\s+truth|a\s+lie|lies|the\s+difference)\b)|alert(?:ed|s|ing)?|consult(?:ed|s|ing)?|coordinat(?:ed|ion)"
    r"|(?:tele)?phoned"
    r"|(?:kept|keeps?|keeping|left|leaves?|leaving)\s+(?:[\w'’]+\s+){0,3}?in the dark"
    r"|in the dark\s+(?:about|over|on|as to)"
    r"|learn(?:ed|t) (?:of|about)|deliver(?:ed|y)|signed for"
    # a message put on the recipient's record: "the letter was logged"
    rf"|{_MESSAGE} (?:was|were|had been|has been) (?:logged|registered|stamped)"
    rf"|received (?:(?:a|an|the|any|no|its|his|her|their|written|formal|official)\s+)*{_MESSAGE}"
    rf"|sent (?:(?:a|an|the|its|his|her|their|written|formal)\s+)*(?:{_MESSAGE}\s+)?to"
    rf"|(?:{_MESSAGE}|nothing|it)\b[^,;.]{{0,40}}\breach(?:ed|es))\b",
    re.IGNORECASE,
)
# a message that reached its recipient: what was told there is on record, whenever it came
_DELIVERED = re.compile(
    r"\b(?:deliver(?:ed|y)|signed for|received|sent|reach(?:ed|es)|(?:tele)?phoned|logged"
    r"|registered|stamped)\b",
    re.IGNORECASE,
)
# kept uninformed: a notice denied without a negation word ("spent the night in the dark" is
# only darkness)
_UNINFORMED = re.compile(r"\bin the dark\b", re.IGNORECASE)
# "what I was told by ...": whose words the speaker repeats, not a side being informed
_HEARSAY = re.compile(r"\bwhat\s+\w+\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+$", re.I)
# a warning or alert is given ahead of what it warns of
_WARNING = re.compile(r"\b(?:forewarn\w*|warn(?:ed|s|ing)?|alert(?:ed|s|ing)?)\b", re.IGNORECASE)
# told "only once the ship was secured", "only after", "not until": not in advance
_ONLY_LATER = re.compile(r"\b(?:only\s+(?:after|once|when|later)|until)\b", re.IGNORECASE)
# a notice asked about, wished for or promised, not one that happened
_NOT_HAPPENED = re.compile(
    r"\b(?:will|would|shall|could|should|may|might|must|how|whether|why|if|going to)\b|'ll\b",
    re.IGNORECASE,
)
# what caused the happening: an accident ("a technical fault", "no sign of outside
# interference") or someone's doing ("a deliberate attack", "it was an intrusion")
_ACCIDENTAL = re.compile(
    r"\b(?:(?:technical|electrical|mechanical|software|hardware|equipment)\s+"
    r"(?:faults?|failures?|errors?|glitch\w*|problems?)|malfunction\w*|accidental\w*"
    r"|(?:was|were|is)\s+(?:an?\s+|just\s+an?\s+)?accident"
    r"|no\s+(?:sign|evidence|indication|trace)s?\s+of\s+(?:any\s+)?(?:outside\s+|external\s+|foreign\s+)?"
    r"(?:interference|sabotage|foul\s+play|attack|hacking|intrusion|tampering))\b",
    re.IGNORECASE,
)
_DELIBERATE = re.compile(
    r"\b(?:deliberate(?:ly)?|intentional(?:ly)?|on purpose|sabotag\w*|foul\s+play|arson\w*"
    r"|(?:was|were|is)\s+(?:an?\s+)?(?:cyber-?)?(?:attack|intrusion|hack)"
    r"|caused\s+by\s+(?:an?\s+)?(?:attack|hackers|criminals|saboteurs|intrusion))\b",
    re.IGNORECASE,
)
# a cause the clause denies, reports as others' or only supposes: "it was not an accident", "we
# were told it was a glitch", "what we took for ..."
_CAUSE_UNSAID = re.compile(
    r"\b(?:not|never|told|claim\w*|said|call\w*|thought|believed|took|taken|assum\w*|whether"
    r"|if)\b|n't\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d[\d,.]*")
_NEG_DEPS = {"neg"}
_ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd"}
# verbs saying their subject or object did not happen or was stopped
_UNDOING_VERBS = {
    "postpone",
    "cancel",
    "delay",
    "fail",
    "refuse",
    "halt",
    "suspend",
    "scrap",
    "abandon",
    "prevent",
    "stop",
    "block",
    "deny",
    "reject",
    "drop",
    "skip",
    "miss",
    "avoid",
    "defer",
}
_LIGHT_VERBS = {"be", "have", "do", "say", "make", "get", "go", "take", "find", "come", "give"}
_NEG_WORDS = {"no", "never", "nobody", "nothing", "none", "neither", "nor", "without"}
_WORD = re.compile(r"[A-Za-z][\w-]{2,}")
_STOP = {
    "the",
    "and",
    "that",
    "this",
    "with",
    "from",
    "for",
    "was",
    "were",
    "had",
    "have",
    "has",
    "its",
    "their",
    "his",
    "her",
    "they",
    "them",
    "she",
    "who",
    "which",
    "not",
    "but",
    "are",
    "been",
    "would",
    "will",
    "said",
    "says",
    "after",
    "before",
    "when",
    "into",
    "about",
    "all",
}
_SUFFIX = re.compile(r"(?:ations?|ions?|ors?|ers?|ments?|ings?|ed|es|s)$")


@dataclass
class Timing:
    """`before` is True when the statement says something happened before `anchor`;
    `denied` when it says it did not happen before ("no warning before the flood")."""

    before: bool
    anchor: str
    denied: bool = False


@dataclass
class Claim:
    """A statement as the relation rules see it (see the module doc)."""

    statement: Statement
    day: dt.date | None
    order: tuple[int, int]  # (article position in the story, offset): reading order
    articles: frozenset[str]  # original articles carrying it (copies count as their original)
    speaker: str | None  # entity id, else the speaker's name folded, else None
    side: str | None  # the speaker, else the role folded ("Iraqi government", "residents")
    lead: str  # the attribution before the words, and a short sentence leading into them
    attribution: str  # the words' own sentence up to them ("The company rejected ")
    context: str  # the sentences the words stand in
    polarity: dict[str, bool] = field(default_factory=dict)  # core word stem -> asserted
    surface: dict[str, str] = field(default_factory=dict)  # core word stem -> word as written
    verbs: set[str] = field(default_factory=set)
    subjects: dict[str, set[str]] = field(default_factory=dict)  # main verb -> subject stems
    days: frozenset[str] = frozenset()  # the days it names, as TIMEX3 values ("XXXX-WXX-1")
    words: frozenset[str] = frozenset()  # stems of its content words
    negated: bool = False  # its main verb is negated
    proposition: bool = False  # it has a verb: not a fragment ("her account of the inspection")
    timing: Timing | None = None
    notice: bool | None = None  # it says a side was told / warned (True) or not (False)
    forewarns: bool = False  # the notice it says was given is a warning: ahead of its matter
    context_timing: Timing | None = None  # the before/after of the sentences around the words
    retracts: bool = False
    rejects: bool = False
    denies_content: bool = False  # the words are what the speaker denies ("denied that ...")
    points_back: bool = False  # the rejection is of the claim reported just before it
    # the side a pointing-back rejection names ("rejected the Dovrian account"): name stems
    rejects_whose: frozenset[str] = frozenset()
    admits: bool = False  # the attribution concedes the words ("acknowledged that ...")
    earlier: bool = False  # the attribution is in the pluperfect: "had called it a lie"
    era: int | None = None  # the earlier year its sentence is told of: "In March 2019, ..."
    flags_contradiction: bool = False
    cause: tuple[bool, str] | None = None  # it calls the happening someone's doing, or not
    numbers: frozenset[str] = frozenset()  # figures, not dates
    vector: np.ndarray | None = None
    context_vector: np.ndarray | None = None
    anchor_vector: np.ndarray | None = None

    @property
    def id(self) -> str:
        return self.statement.id

    def key(self) -> tuple:
        """Chronological sort key: the day when known, then reading order."""
        return (self.day or dt.date.max, self.order)


def content_stems(text: str) -> frozenset[str]:
    """Stems of the content words of `text` (no function words)."""
    return frozenset(stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP)


def stem(word: str) -> str:
    """A crude stem joining a verb and its nouns: inspected/inspector/inspection -> "inspect"."""
    word = word.lower()
    if len(word) > 5:
        word = _SUFFIX.sub("", word) or word
    return word[:7]


def read_claims(statements: list[Statement], articles: list[Article]) -> list[Claim]:
    """One `Claim` per statement, in the statements' order."""
    by_id = {a.id: a for a in articles}
    position = {a.id: i for i, a in enumerate(articles)}
    spans = {a.id: sentence_spans(a.text) for a in articles}
    # the story's latest day in print: the year an undated article's background is told before
    latest = max((a.published for a in articles if a.published), default=None)
    claims = []
    for st in statements:
        refs = [r for r in st.sources if r.article_id in by_id]
        first = refs[0] if refs else None
        published = [by_id[r.article_id].published for r in refs if by_id[r.article_id].published]
        leads, previous, openers, context = _surroundings(refs, by_id, spans)
        lead = " ".join(previous + leads)
        speaker = st.speaker or (_fold(st.speaker_name) if st.speaker_name else None)
        denies = any(_DENIED_THAT.search(x) for x in leads)
        counters = any(_REJECTED_SAYING.search(x) for x in leads)
        pointing_back = any(_REJECTS_THAT.search(x) for x in previous) or any(
            _REJECTS_CLAIM_BEFORE.search(x) for x in leads
        )
        faults_others = bool(_FAULTS_OTHERS.search(f"{' '.join(leads)} {st.text}"))
        own = _own_words(st.text)
        # the words reject a claim they report ("of deception over its claim to have warned
        # them before ..."): the before/after and notice that claim states are not the speaker's
        reported = _REPORTED_CLAIM.search(own) if _REJECTION_WORDS.search(own) else None
        asserted = own[: reported.start()] if reported else st.text
        notice = None if _retracts(st.text) else _notice(asserted, denies)
        day = st.said_on or (min(published) if published else None)
        claims.append(
            Claim(
                statement=st,
                day=day,
                order=(position[first.article_id], first.start) if first else (len(articles), 0),
                articles=frozenset(by_id[r.article_id].duplicate_of or r.article_id for r in refs),
                speaker=speaker,
                side=speaker or (_fold(st.speaker_role) if st.speaker_role else None),
                lead=lead,
                attribution=" ".join(leads),
                context=context,
                retracts=not faults_others and (_retracts(st.text) or _retracts(lead)),
                rejects=bool(
                    _REJECTION_WORDS.search(own)
                    or denies
                    or counters
                    or pointing_back
                    or faults_others
                ),
                denies_content=denies,
                points_back=pointing_back
                or bool(_CLAIM_IS_FALSE.search(st.text) or _VERDICT_ON_THAT.match(st.text))
                or bool(_VERDICT_ON_REMARKS.match(st.text) and _REJECTION_WORDS.search(own)),
                rejects_whose=_named_sides(previous),
                admits=any(_ADMITS.search(x) for x in leads)
                or any(_ADMITS.search(x) and _names_speaker(st, x) for x in openers),
                earlier=any(_PLUPERFECT.search(x) for x in leads),
                flags_contradiction=bool(
                    _CONTRADICTION.search(st.text) or _CONTRADICTION.search(lead)
                ),
                **_figures_and_days(st.text),
                words=content_stems(st.text),
                timing=_timing(asserted),
                cause=_cause(asserted),
                notice=notice,
                forewarns=bool(notice) and bool(_WARNING.search(asserted)),
                context_timing=_timing(context),
                era=_era(context, day or latest),
            )
        )
    _read_polarity(claims)
    for c in claims:
        if c.denies_content and not c.verbs:  # "rejected the accusation": not a proposition
            c.denies_content = False
            c.points_back = c.points_back or bool(_SIMPLE_LEAD.fullmatch(c.attribution))
            c.rejects = c.points_back or bool(_REJECTION_WORDS.search(_own_words(c.statement.text)))
    n = len(claims)
    vectors = embed(
        [c.statement.text for c in claims]
        + [c.context for c in claims]
        + [c.timing.anchor if c.timing else "" for c in claims]
    )
    for i, c in enumerate(claims):
        c.vector, c.context_vector, c.anchor_vector = vectors[i], vectors[n + i], vectors[2 * n + i]
    return claims


def _names_speaker(st: Statement, sentence: str) -> bool:
    """`sentence` names the speaker of `st` by the last word of their name."""
    words = (st.speaker_name or "").split()
    return bool(words) and re.search(rf"\b{re.escape(words[-1])}\b", sentence) is not None


def _fold(name: str) -> str:
    return re.sub(r"\W+", " ", name.lower()).strip()


def _surroundings(refs, by_id, spans) -> tuple[list[str], list[str], list[str], str]:
    """For each place the words stand: the attribution leading into them (their sentence up
    to them) and the sentence before when it is short and quotes nobody ("Residents disputed
    that."); the sentence before words that open their own sentence (the paraphrase a quote
    follows: "She acknowledged that the letter arrived. \"It reached us,\" she said."); and
    the sentences the words stand in, joined."""
    leads, previous, openers, contexts = [], [], [], []
    for r in refs:
        text = by_id[r.article_id].text
        sentences = spans[r.article_id]
        s_start, s_end = sentence_of(sentences, r.start)
        leads.append(text[s_start : r.start])
        index = sentences.index((s_start, s_end)) if (s_start, s_end) in sentences else -1
        if index > 0:
            p_start, p_end = sentences[index - 1]
            sentence = text[p_start:p_end]
            if len(sentence.split()) <= 8 and not re.search(r"[\"“”«»]", sentence):
                previous.append(sentence)
            if not text[s_start : r.start].strip(" \n\"'“”‘’«»"):
                openers.append(sentence)
        contexts.append(text[s_start : max(s_end, r.end)])
    return leads, previous, openers, " ".join(contexts)


def _figures_and_days(text: str) -> dict[str, frozenset[str]]:
    """The numbers of a statement that are not part of a time expression ("Jan. 20", "2023",
    "20 minutes"), and the days it names (the times stage's values: "Monday" XXXX-WXX-1)."""
    times = find_times(text, None)
    for m in sorted(times, key=lambda m: -m.start):
        text = text[: m.start] + " " * (m.end - m.start) + text[m.end :]
    return {
        "numbers": frozenset(n.rstrip(".,").replace(",", "") for n in _NUMBER.findall(text)),
        "days": frozenset(
            m.value.split("T")[0] for m in times if m.type == "DATE" and m.precision == "day"
        ),
    }


def _era(context: str, day: dt.date | None) -> int | None:
    """The year before `day` (when the words were said, else the story's latest day in print)
    that the sentence the words stand in is introduced as told of
    ("In March 2019, fishermen said ..."): what it reports is an earlier event's."""
    m = _DATED_SENTENCE.search(context)
    year = int(m.group(1)) if m else None
    return year if year is not None and day is not None and year < day.year else None


def _timing(text: str) -> Timing | None:
    """Before or after what, when the statement places a happening against another one."""
    text = _INLINE_QUOTE.sub(lambda m: f" {m.group(1)} ", text)
    after = _AFTER.search(text)
    until = _UNTIL.search(text)
    before = _BEFORE.search(text)
    if until and _NEGATION.search(text[: until.start()]):  # "did not sound until the water ..."
        return Timing(before=False, anchor=_anchor(text, until.end()))
    if after and not (before and before.start() < after.start()):
        return Timing(before=False, anchor=_anchor(text, after.end()))
    if before:
        clause_start = max(
            (m.end() for m in _CLAUSE_END.finditer(text, 0, before.start())), default=0
        )
        negated = bool(_NEGATION.search(text[clause_start : before.start()]))
        return Timing(before=not negated, anchor=_anchor(text, before.end()), denied=negated)
    return None


def _cause(text: str) -> tuple[bool, str] | None:
    """(True, its words) when the statement calls the happening someone's doing ("a deliberate
    attack"), (False, its words) when an accident ("a technical fault", "no sign of outside
    interference"); None when it says neither, or both."""
    # "no sign of sabotage" names no sabotage
    masked = _ACCIDENTAL.sub(lambda m: " " * len(m.group()), text)
    found = []
    for pattern, deliberate, words in ((_ACCIDENTAL, False, text), (_DELIBERATE, True, masked)):
        for m in pattern.finditer(words):
            clause_start = max(
                (c.end() for c in _CLAUSE_END.finditer(text, 0, m.start())), default=0
            )
            if not _CAUSE_UNSAID.search(text[clause_start : m.start()]):
                found.append((deliberate, m.group()))
    if len({deliberate for deliberate, _ in found}) != 1:
        return None
    return found[0]


def _notice(text: str, denied: bool) -> bool | None:
    """Whether the statement says a side was told, warned or informed (True) or was not
    (False: a notice word under a negation in its clause, or told only after), None when it
    says neither; `denied` when the words are what the speaker denies ("denied that ...")."""
    found = list(_NOTICE.finditer(text))
    if not found:
        return None
    timing = _timing(text)
    told = timing is None or timing.before
    happened = False
    for m in found:
        clause_start = max((c.end() for c in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
        clause = text[clause_start : m.start()]
        if _NOT_HAPPENED.search(clause) or _HEARSAY.search(text[: m.start()]):
            continue
        happened = True
        if _NEGATION.search(text[clause_start : m.end()]) or _UNINFORMED.search(m.group()):
            told = False  # "received no warning", "kept them in the dark"
    if not happened:
        return None
    if _ONLY_LATER.search(text):
        told = False
    if told and timing is None and not _DELIVERED.search(text) and not find_times(text, None):
        return None  # "we have notified them of this": of what, and when, it does not say
    return told != denied


def _anchor(text: str, start: int) -> str:
    rest = re.sub(r"^[\s“”\"'’]*(?:after\b)?[\s“”\"'’]*", "", text[start:], flags=re.IGNORECASE)
    end = _CLAUSE_END.search(rest)
    words = (rest[: end.start()] if end else rest).split()
    return " ".join(words[:8]).strip("“”\"'’ ")


def _read_polarity(claims: list[Claim]) -> None:
    """Mark the core words of each statement asserted or negated: its main verbs (the root and
    the verbs joined to it or reported by it) and their subjects and objects."""
    nlp = spacy_pipeline()
    texts = [c.statement.text for c in claims]
    for claim, doc in zip(claims, nlp.pipe(texts, disable=["ner"]), strict=True):
        claim.proposition = any(tok.pos_ in ("VERB", "AUX") for tok in doc)
        for tok in doc:
            if not _main_verb(tok):
                continue
            negated = _negated(tok)
            if tok.dep_ == "ROOT":
                claim.negated = claim.negated or negated
            if tok.pos_ == "VERB" and tok.lemma_.lower() not in _LIGHT_VERBS:
                claim.verbs.add(stem(tok.lemma_))
                claim.polarity.setdefault(stem(tok.lemma_), not negated)
                claim.surface.setdefault(stem(tok.lemma_), tok.text)
            # "the visit had been postponed": the visit did not happen
            undone = negated != (tok.lemma_.lower() in _UNDOING_VERBS)
            for child in tok.children:
                if child.dep_ in _ARG_DEPS and child.pos_ in ("NOUN", "PROPN"):
                    claim.polarity.setdefault(stem(child.lemma_), not undone)
                    claim.surface.setdefault(stem(child.lemma_), child.text)
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        claim.subjects.setdefault(stem(tok.lemma_), set()).add(stem(child.lemma_))


def _main_verb(tok) -> bool:
    """The root of the statement, or a verb joined to it or reported by it, not a verb of a
    clause that qualifies a noun or an adverbial ("any structure found to be unsafe")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    while tok.dep_ in ("conj", "ccomp"):
        tok = tok.head
    return tok.dep_ == "ROOT"


def _negated(verb) -> bool:
    """The verb is negated, or its subject or object is ("No inspector has ...", "found no
    defects")."""
    for child in verb.children:
        if child.dep_ in _NEG_DEPS or child.lower_ in _NEG_WORDS:
            return True
        if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
            if child.lower_ in _NEG_WORDS:
                return True
            if any(g.dep_ in ("det", "neg") and g.lower_ in _NEG_WORDS for g in child.children):
                return True
    return False
