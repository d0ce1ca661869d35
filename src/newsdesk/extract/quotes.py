"""Attributed statements in one article: direct quotes and indirect speech, with speakers.

`find_statements(text)` finds what people and bodies are reported to have said:

* direct quotes in straight, curly, doubled-apostrophe (''…'') and angle (« ») marks, across
  sentences, broken by a cue (`"…," he said. "…"` is one statement from the first to the last
  quoted word) and continued in following quote-only paragraphs;
* indirect speech from the dependency parse: a speech or cognition verb with a clausal
  complement ("X told reporters that …", "X said it was safe to assume …", "X said in a
  statement that …"), the clause before an inverted cue ("Prices rose, announced the
  governor, Ana Rell"), and
  "according to X" (the rest of the clause is the content), intentions ("X refused to …"),
  agentless passives ("it was reported that …", "X was asked whether …": no speaker),
  parenthetical cues ("The vote, she noted, was close": the whole clause) and participles
  that take the main subject ("X sent a letter, saying …", "X told reporters before
  insisting that …");
* stances and acts named by a verb's object when the subject is a person, body or pronoun
  ("X endorsed Y", "X accused Y of …", "X called for …", "X sees Y as …", "X responded to
  Y", "X campaigned against Y", "Y was rejected by X") and cue nouns with their holder ("X's
  claim that …", "his attacks on Y", "the suggestion by X that …", "X voiced criticism of Y",
  unowned "fears that …");
* claims the writer hedges, with no speaker ("the council seemed to waver", "the vote is
  expected to pass", "the firm has reportedly sold the site": the clause);
* partial quotes inside a clause whose subject is a person or body (the clause is the
  content), also when its verb is not a speech verb ("X accused Y of “…”"), and any verb
  that follows a quote ending in a comma ("“Go home,” the officer barked");
* a named person whose cue closes a body's statement ("The ministry confirmed that …, its
  spokesman Ana Rell said") spoke all of it;
* a quote that follows a line ending in a colon ("X responded:") is X's, and a line that
  opens with a name and a colon ("Vastergaard: levee will hold") is that name's statement.

Contents that say nothing on their own ("the accusation", "it", "on condition of
anonymity") are dropped.

Each statement keeps its speaker as written (`speaker_start`/`speaker_end`: "he", "the
spokesperson", "deputy ministry spokesperson Lena Voss") and the resolved name
(`speaker_name`): a pronoun or a definite role ("the spokesperson") goes to the person of the
context, a short name ("Mr. Kirby") to the full name the article gives; anonymous speakers
("a senior Interior Ministry official") keep `speaker_name=None` and the role. A quote with
no cue in its sentence goes to the speaker of the statement just before it in the paragraph or
the one before.

`said_when` keeps the day phrase attached to the cue as written ("on Monday"); resolving it to
a date is left to `extract/times.py` (`stories/resolve.py` does it for `said_on`). It does not
merge statements across articles (`stories/resolve.py` does) or judge whether a claim is true.
Quoted words with no speaking subject in their clause (scare quotes, titles) are not statements.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from newsdesk.extract.entities import (
    PERSON_NAME,
    ROLE_NOUNS,
    EntityMention,
    doc_text,
    find_entities,
    group_in_article,
)
from newsdesk.extract.numbers import NUMBER_RE
from newsdesk.nlp import spacy_pipeline

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

# Lemmas of verbs that report speech (always cues when they take a clause or a quote).
SPEECH_VERBS = {
    "say",
    "tell",
    "add",
    "state",
    "note",
    "claim",
    "argue",
    "explain",
    "write",
    "announce",
    "report",
    "insist",
    "warn",
    "acknowledge",
    "declare",
    "suggest",
    "deny",
    "confirm",
    "stress",
    "emphasize",
    "emphasise",
    "ask",
    "respond",
    "reply",
    "continue",
    "tweet",
    "accuse",
    "admit",
    "predict",
    "recall",
    "contend",
    "assert",
    "maintain",
    "indicate",
    "conclude",
    "complain",
    "urge",
    "caution",
    "testify",
    "reveal",
    "concede",
    "agree",
    "vow",
    "promise",
    "pledge",
    "allege",
    "remark",
    "observe",
    "comment",
    "mention",
    "defend",
    "underline",
    "estimate",
    "point",
    "charge",
    "counter",
    "joke",
    "quip",
    "signal",
    "post",
    "proclaim",
    "disclose",
    "boast",
    "brag",
    "concur",
    "demand",
    "reiterate",
    "repeat",
    "retort",
    "scoff",
    "lament",
    "hint",
    "imply",
    "speculate",
    "threaten",
    "guarantee",
    "assure",
    "inform",
    "clarify",
    "specify",
    "highlight",
    "reckon",
    "describe",
    "call",
    "cite",
    "exclaim",
    "shout",
    "answer",
    # formal and translated English ("affirmed that …", "underscored that …")
    "affirm",
    "reaffirm",
    "underscore",
}
# Lemmas of verbs that report beliefs and findings (cues only with a clausal complement).
THOUGHT_VERBS = {
    "think",
    "believe",
    "feel",
    "fear",
    "hope",
    "expect",
    "worry",
    "know",
    "doubt",
    "find",
    "show",
    "suspect",
    "assume",
    "understand",
    "realize",
    "realise",
    "consider",
    "want",
    "insinuate",
    "determine",
    "decide",
    "acknowledge",
    "learn",
    "discover",
    "suppose",
    "conclude",
    "recognize",
    "recognise",
    "wonder",
    "agree",
    "plan",
    "intend",
    # intentions with a to-infinitive ("X refused to resign"); "hop" is how the small model
    # lemmatizes "hopes"
    "refuse",
    "decline",
    "seek",
    "aim",
    "hop",
    "wish",
    "vow",
    "pledge",
    "promise",
    "threaten",
    "vote",
}
# Cue verbs that take a bare quote as their content ("“…,” he said", "she added: “…”").
QUOTE_VERBS = SPEECH_VERBS - {
    "call",
    "describe",
    "cite",
    "accuse",
    "charge",
    "signal",
    "post",
    "highlight",
    "promise",
    "urge",
    "demand",
    "threaten",
    "guarantee",
    "inform",
}
_PRONOUNS = {"he", "she", "they", "i", "we", "him", "her", "them", "it"}
_SPEAKER_PRONOUNS = {"he", "she", "they", "i", "we"}
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_PERSON_ROLE = re.compile(
    r"^(spokes\w+|official|minister|secretary|president|officer|diplomat|aide|adviser|"
    r"advisor|director|chief|leader|commander|general|envoy|ambassador|governor|mayor|"
    r"senator|judge|prosecutor|lawyer|attorney|chairman|chairwoman|manager|source)s?$"
)
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,[^\n]{0,40}?\s[-–—]\s+")
_DAYLIKE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*\.?\s+\d|\d{4}-\d\d-\d\d|\b(?:yesterday|today|tonight)\b",
    re.IGNORECASE,
)
_QUOTE_TOKEN = re.compile(r"''|``|[\"“”«»„]")
_OPENERS = {"“", "«", "„", "``"}
_CLOSERS = {"”", "»"}
_EDGE = " \t\n,;:.-–—"
_ROLEWORD = re.compile(
    r"\b(spokes(?:man|woman|person)|official|minister|secretary|president|officer|source|"
    r"diplomat|spokesperson|government|ministry|department|agency|aide|adviser|advisor|"
    r"director|chief|leader|commander|general|analyst|expert|lawyer|attorney|prosecutor|"
    r"police|military|army|statement|envoy|ambassador)\b",
    re.IGNORECASE,
)


@dataclass
class StatementMention:
    """One attributed statement in an article (field names as in stage-cli.md `quotes`).

    `text[start:end]` is the content; `text[speaker_start:speaker_end]` the speaker as written
    where the words are attributed (None when no speaker is given); `cue` the reporting words.
    `said_when` is the time phrase attached to the cue as written ("on Monday", "Friday
    evening"), unresolved: turning it into a date is the times stage's job.
    """

    start: int
    end: int
    text: str
    kind: str
    speaker_name: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_role: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_type: str | None = None
    said_when: str | None = None
    said_when_start: int | None = None
    said_when_end: int | None = None
    # A quote broken by its attribution ("“…,” she said. “…”") is one statement whose content
    # is discontinuous: `start`/`end` span it all, `parts` the quoted words without the cue.
    parts: list[tuple[int, int]] | None = None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted passages, marks included; an unclosed quote ends its paragraph."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    open_mark = ""
    para_end = text.find("\n")
    for m in _QUOTE_TOKEN.finditer(text):
        pos, mark = m.start(), m.group()
        if open_at is not None and para_end != -1 and pos > para_end:
            spans.append((open_at, para_end))
            open_at = None
        if pos > para_end >= 0:
            para_end = text.find("\n", pos)
        if open_at is None:
            if mark in _CLOSERS:
                continue
            open_at, open_mark = pos, mark
            continue
        if mark in _OPENERS and mark == open_mark and mark != "''":
            # A second opener: the first quote ran on without a closing mark.
            spans.append((open_at, pos))
            open_at = pos
            continue
        if mark in _OPENERS:
            continue
        spans.append((open_at, m.end()))
        open_at = None
    if open_at is not None:
        end = len(text) if para_end == -1 else para_end
        spans.append((open_at, end))
    return [(s, e) for s, e in spans if e - s > 2]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    # Keep a period or comma that sits inside the closing quote mark.
    if end < len(text) and text[end] in "\"”»'" and end > start:
        end += 1
        if text[end - 2 : end] == "''" or (end < len(text) and text[end - 1 : end + 1] == "''"):
            end = min(len(text), end + 1) if text[end - 1 : end + 1] == "''" else end
    return start, end


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def _is_cue(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    if lemma in SPEECH_VERBS or lemma in THOUGHT_VERBS:
        return True
    # any verb that takes a clause and has a speaker-like subject ("X warned Y that …")
    return any(c.dep_ == "ccomp" for c in tok.children) and any(
        c.dep_ == "nsubj"
        and (c.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or c.lower_ in _SPEAKER_PRONOUNS)
        for c in tok.children
    )


# verbs that find fault with their object for what it did ("accused the board of lying by …")
_FAULT_VERBS = frozenset(
    "accuse blame criticise criticize fault condemn charge denounce slam rebuke".split()
)


def _fronted(ctx: _Ctx, tok: Token, content: tuple[int, int]) -> bool:
    """The content is a sentence's fronted main clause and `tok` the cue of the speaker
    named right after its comma: "Prices will rise, the ministry acknowledged Monday"."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return (
        tok.dep_ == "ROOT"
        and subj is not None
        and _speakerlike(subj)
        and ctx.text[content[1] : subj.left_edge.idx].strip() == ","
        and tok.i == subj.i + 1
    )


def _right_after_quote(tok: Token) -> bool:
    """`tok` comes right after a quote closed by a comma, question or exclamation mark
    ("“…,” justified Ana Rell")."""
    doc = tok.doc
    return (
        tok.i >= 2
        and doc[tok.i - 1].text in {'"', "”", "''", "»"}
        and doc[tok.i - 2].text in {",", "?", "!"}
    )


_SUBORDINATORS = {"after", "before", "since", "until", "as", "when", "while"}


def _subject(tok: Token, quoted: Callable[[int], bool] | None = None) -> Token | None:
    """The grammatical subject of a cue verb, inherited through conj/xcomp/advcl chains.

    With `quoted`, subjects inside quotes are passed over ("“Or the port,” Lena said": the
    parser may take the quoted noun as a second subject).
    """
    cur: Token | None = tok
    for _ in range(4):
        if cur is None:
            return None
        subjects = [c for c in cur.children if c.dep_ in {"nsubj", "csubj"}]
        if quoted is not None and subjects:
            outside = [c for c in subjects if not quoted(c.idx)]
            if outside:
                return min(outside, key=lambda c: abs(c.i - cur.i))
            subjects = []
            if cur.i != tok.i:
                return None
        if subjects:
            return subjects[0]
        if cur.i == tok.i and (tok.lemma_.lower() in QUOTE_VERBS or _right_after_quote(tok)):
            # inverted order after a quote: "…,” said engineer Tomas Brandvik."
            for child in cur.rights:
                if (
                    child.dep_ in {"dobj", "attr", "npadvmod", "oprd", "nsubjpass", "xcomp"}
                    # the tagger may take an unknown name for a place ("…,” has declared Vasquen)
                    and any(t.ent_type_ in {"PERSON", "ORG", "GPE"} for t in child.subtree)
                    and not (quoted is not None and quoted(child.idx))
                ):
                    return child
        for child in cur.children:
            if child.dep_ == "agent":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
        if cur.dep_ == "advcl" and cur.tag_ in {"VBD", "VBZ", "VBP"}:
            # "X came a day after his deputy, Y, conceded that …": the parser read the
            # subordinate clause's subject as the object of "after"
            lead = next(
                (
                    c
                    for c in cur.head.children
                    if c.dep_ == "prep" and c.lower_ in _SUBORDINATORS and c.i < cur.i
                ),
                None,
            )
            obj = next((c for c in lead.children if c.dep_ == "pobj"), None) if lead else None
            if (
                obj is not None
                and all(t.is_punct for t in cur.doc[obj.right_edge.i + 1 : cur.i])
                and (
                    _speakerlike(obj)
                    if obj.ent_type_ or obj.pos_ == "PRON"
                    # "his deputy, Oskar Lendl": a noun is one when a name is set off after it
                    else any(
                        t.ent_type_ == "PERSON"
                        for c in obj.rights
                        if c.dep_ == "appos"
                        for t in c.subtree
                    )
                )
                and not (quoted is not None and quoted(obj.idx))
            ):
                return obj
        if cur.dep_ in {"conj", "xcomp", "advcl", "ccomp"} and cur.head.i != cur.i:
            if cur.dep_ == "ccomp" and not _is_cue(cur.head):
                return None
            cur = cur.head
            continue
        if (
            cur.dep_ == "pcomp"
            and cur.head.dep_ == "prep"
            and cur.head.head.pos_ in {"VERB", "AUX"}
        ):
            # "X told reporters, before insisting that …"
            up = cur.head.head
            if cur.head.lower_ in {"of", "for"} or (
                cur.head.lower_ == "by" and up.lemma_.lower() in _FAULT_VERBS
            ):
                # "X thanked Y for saying that …", "X accused Y of deceit by claiming that …":
                # the one thanked or accused is who says or claims
                obj = next((c for c in up.children if c.dep_ == "dobj"), None)
                if obj is not None and not (quoted is not None and quoted(obj.idx)):
                    return obj
            cur = up
            continue
        if (
            cur.dep_ == "acl"
            and cur.head.dep_ == "ROOT"
            and cur.head.ent_type_ == "PERSON"
            and any(c.dep_ == "ccomp" for c in cur.children)
        ):
            # "Ana Rell, the mayor, repeated that …" parsed with the name as the root and the
            # cue as its modifier: the name is the subject
            return cur.head
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.dep_ in {"dobj", "pobj"}:
            # "X put out a statement saying …", "X sent an email to supporters stating …"
            up = cur.head.head
            if up.dep_ == "prep":
                up = up.head
            if up.pos_ not in {"VERB", "AUX"} or up.i == cur.i:
                return None
            cur = up
            continue
        return None
    return None


_NP_POS = {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PUNCT", "ADP", "CCONJ", "PART", "SPACE"}


# A day and a place between a cue and the speaker it is followed by: " on Monday in Tamsk ".
_CUE_ADVERBIAL = re.compile(
    r"(?:\s+(?:on\s+|this\s+|last\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
    r"(?:\s+(?:in|at|from)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+(?=the\s|[A-Z])"
)


def _speaker_near_quote(ctx: _Ctx, tok: Token) -> Token | None:
    """A speaker the parse did not tie to a cue that follows a quote, read off the words.

    "“…,” Harbour police Chief Ana Ruiz said Monday." (the parse makes the name part of the
    quote's clause) and "“…,” said the woman, who …" (the relative clause took the noun).
    Returns the head token of the noun phrase; `_np_span` gives its extent.
    """
    doc = ctx.doc
    before = [qe for qs, qe in ctx.quotes if qe <= tok.idx and tok.idx - qe < 160]
    if not before:
        return None
    qe = max(before)
    between = ctx.text[qe : tok.idx]
    if "\n" in between or _QUOTE_TOKEN.search(between):
        return None
    gap = doc.char_span(qe, tok.idx, alignment_mode="contract")
    toks = [t for t in gap or [] if not t.is_space]
    while toks and toks[0].is_punct:
        toks = toks[1:]
    if not toks:
        # "“…,” said the woman, who …": the noun run right after the cue, past a day and a
        # place ("“…,” declared on Monday in Tamsk the army's spokesman, Ana Rell")
        at = tok.i + 1
        lead = _CUE_ADVERBIAL.match(ctx.text[tok.idx + len(tok.text) :])
        if lead and lead.group().strip():
            at = doc.char_span(
                tok.idx + len(tok.text) + lead.end(), len(ctx.text), alignment_mode="expand"
            )[0].i
        run = []
        for t in doc[at : at + 10]:
            if t.is_punct or not (
                t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"} or (run and t.lower_ == "of")
            ):
                break
            run.append(t)
        person = next(
            (
                k
                for k, t in enumerate(run)
                if t.ent_type_ == "PERSON" and (k == 0 or run[k - 1].ent_type_ != "PERSON")
            ),
            None,
        )
        owner = [t for t in run[:person] if t.lower_ == "of"] if person is not None else []
        if person is not None and not (
            owner
            and (
                run[person - 1].lower_ in {"of", "the"}
                or any(_PERSON_NOUN.search(t.text) for t in run[owner[-1].i - at : person])
            )
        ):
            # the name closes the role ("the general of brigade Ana Rell"), not "the wife of
            # Ana Rell", "the lawyer of commander Ana Rell": its last word heads it
            while person + 1 < len(run) and run[person + 1].ent_type_ == "PERSON":
                person += 1
            return run[person]
        role = run[: next((k for k, t in enumerate(run) if t.lower_ == "of"), None)]
        nouns = [t for t in role if t.pos_ in {"NOUN", "PROPN"}]
        return nouns[-1] if nouns else None
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    rel = next((k for k, t in enumerate(toks) if t.lower_ in {"who", "whose"} and k > 0), None)
    if rel is not None:
        toks = toks[:rel]  # "Ana Ruiz, who runs the clinic, said"
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
    if (
        not toks
        or len(toks) > 14
        or not all(t.pos_ in _NP_POS or t.is_title or t.ent_type_ for t in toks)
    ):
        return None
    nouns = [t for t in toks if t.pos_ in {"PROPN", "NOUN", "PRON"} or t.ent_type_]
    if not nouns:
        return None
    heads = [t for t in nouns if not (toks[0].i <= t.head.i <= toks[-1].i)]
    return heads[0] if heads else nouns[-1]


def _np_span(tok: Token) -> tuple[int, int]:
    """Character span of a subject's noun phrase, without relative clauses and trailing commas."""
    toks = [tok]
    for t in tok.subtree:
        if t.i == tok.i:
            continue
        anc = t
        skip = False
        for _ in range(64):
            if anc.i == tok.i:
                break
            if anc.dep_ in {"relcl", "acl"} and anc.head.i == tok.i:
                skip = True
                break
            anc = anc.head
        if not skip:
            toks.append(t)
    toks.sort(key=lambda t: t.i)
    # keep the contiguous run containing the head
    lo = hi = toks.index(tok)
    while lo > 0 and toks[lo - 1].i == toks[lo].i - 1:
        lo -= 1
    while hi < len(toks) - 1 and toks[hi + 1].i == toks[hi].i + 1:
        hi += 1
    run = toks[lo : hi + 1]
    while run and (run[-1].is_punct or run[-1].dep_ == "cc"):
        run = run[:-1]
    while run and run[0].is_punct:
        run = run[1:]
    if not run:
        return tok.idx, tok.idx + len(tok.text)
    return run[0].idx, run[-1].idx + len(run[-1].text)


# Cue verbs whose direct object is the content ("X criticized the plan", "X announced …").
OBJECT_VERBS = {
    "announce",
    "criticize",
    "criticise",
    "endorse",
    "defend",
    "propose",
    "promise",
    "deny",
    "reject",
    "praise",
    "discuss",
    "condemn",
    "demand",
    "predict",
    "dismiss",
    "question",
    "acknowledge",
    "admit",
    "describe",
    "blame",
    "support",
    "oppose",
    "urge",
    "mention",
    "cite",
    "tout",
    "pledge",
    "vow",
    "dispute",
    "confirm",
    "reveal",
    "disclose",
    "express",
    "ask",
    "suggest",
    "recommend",
    "request",
    "warn",
    "decry",
    "denounce",
    "applaud",
    "welcome",
    "call",
    "attack",
    "slam",
    "blast",
    "back",
    "seek",
    "offer",
    "champion",
    "advocate",
    "accuse",
    "see",
    "view",
    "regard",
    "portray",
    "characterize",
    "label",
    "brand",
    "speak",
    "talk",
    "report",
    "show",
    # stances and acts of speech named by their object ("X echoed the warning", "X pointed
    # out the cost", "X compared the plan to a tax")
    "point",
    "compare",
    "echo",
    "identify",
    "block",
    "present",
    "name",
    "order",
    "list",
    "reiterate",
    "issue",
    "publish",
    "highlight",
    "voice",
    "remind",
    "reference",
    "outline",
    "hail",
    "preach",
    "deride",
    "mock",
    "ridicule",
    "challenge",
    "favor",
    "favour",
    "prefer",
    "fault",
    "scold",
    "chide",
    "rebuke",
    "lambaste",
    "disparage",
    "belittle",
    "repeat",
    "recount",
    "detail",
    "float",
    "unveil",
    "stress",
    "emphasize",
    "emphasise",
    "lament",
    "knock",
    "ignore",
    "note",
    "recall",
}
# Verbs whose content is the object of a preposition ("X responded to the charge").
PREP_VERBS = {
    "respond": {"to"},
    "refer": {"to"},
    "apologize": {"for"},
    "apologise": {"for"},
    "push": {"for"},
    "rail": {"against"},
    "lash": {"at"},
    "agree": {"to", "with", "on"},
    "complain": {"about", "of"},
    "talk": {"about"},
    "speak": {"about", "against"},
    "campaign": {"for", "against"},
    "argue": {"for", "against"},
    "advocate": {"for"},
    "warn": {"of", "about", "against"},
    "testify": {"about"},
    "joke": {"about"},
    "boast": {"about", "of"},
    "object": {"to"},
    "react": {"to"},
    "comment": {"on"},
    "weigh": {"on"},
    "insist": {"on"},
    "elaborate": {"on"},
    "hint": {"at"},
    "allude": {"to"},
    "vote": {"for", "against"},
    "fight": {"for", "against"},
    "criticize": {"for"},
    "praise": {"for"},
    "blame": {"for"},
    "call": {"for"},
    "ask": {"for", "about"},
    "press": {"for", "on"},
    "pray": {"for"},
    "plead": {"for"},
}
_AS_VERBS = {"see", "view", "regard", "portray", "characterize"}
_OBJ_PREPS = {"of", "for", "as", "to", "over", "about", "on", "against", "with", "in"}
# Object verbs that are not speech verbs: cues only with a speaker-like subject
# ("the senator endorsed Smith", not "the data support the view").
_SPEAKER_ENTS = {"PERSON", "ORG", "NORP", "GPE"}


def _generic(subj: Token) -> bool:
    """A subject that names no one in particular: a class ("every government that expels
    diplomats"), a comparison ("fewer diplomats")."""
    kids = list(subj.children)
    return any(c.dep_ == "amod" and c.lower_ == "fewer" for c in kids) or (
        any(c.dep_ == "det" and c.lower_ in {"every", "any"} for c in kids)
        and any(c.dep_ == "relcl" for c in kids)
    )


def _speakerlike(subj: Token) -> bool:
    if _generic(subj):
        return False
    if subj.lower_ in _SPEAKER_PRONOUNS or subj.lower_ in {"who", "you"}:
        return True
    if any(t.ent_type_ in _SPEAKER_ENTS for t in subj.subtree):
        return True
    return bool(
        _ROLEWORD.search(subj.text)
        or _PERSON_ROLE.match(subj.lower_)
        or subj.lemma_.lower() in _PEOPLE_NOUNS
    )


# Heads of subjects that name people or bodies who hold views ("voters support …").
_PEOPLE_NOUNS = {
    "voter",
    "people",
    "supporter",
    "critic",
    "lawmaker",
    "legislator",
    "member",
    "resident",
    "delegate",
    "protester",
    "protestor",
    "activist",
    "advocate",
    "expert",
    "economist",
    "scientist",
    "researcher",
    "candidate",
    "campaign",
    "party",
    "group",
    "organization",
    "committee",
    "court",
    "justice",
    "poll",
    "survey",
    "study",
    "respondent",
    "democrat",
    "republican",
    "conservative",
    "liberal",
    "opponent",
    "rival",
    "ally",
    "administration",
    "editorial",
    "newspaper",
    "network",
    "union",
    "company",
    "firm",
    "staff",
    "team",
    "lawyer",
    "family",
    "donor",
    "fan",
    "worker",
    "student",
    "parent",
    "veteran",
    "majority",
    "minority",
    "many",
    "some",
    "others",
    "most",
    "few",
    "both",
    "all",
    "strategist",
    "pollster",
    "consultant",
    "operative",
    "observer",
    "columnist",
    "commentator",
    "host",
    "writer",
    "author",
    "reporter",
    "journalist",
    "historian",
    "scholar",
    "professor",
    "leadership",
    "congress",
    "senate",
    "house",
    "board",
    "council",
    "white",
    "gop",
    "farmer",
    "owner",
    "official",
    "citizen",
    "american",
    "senator",
}


def _object_of(tok: Token) -> tuple[int, int] | None:
    text = doc_text(tok.doc)
    lemma = tok.lemma_.lower()
    if lemma in _AS_VERBS and not any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return None  # "X sees Y as Z", not "X saw the crowd"
    if lemma == "call":
        # "X called for a ban", "X called on Y to resign": what follows the preposition
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in {"for", "on"}), None)
        if prep is not None:
            sub = _strip_space([t for t in prep.subtree if t.i != prep.i])
            later = [c for c in tok.rights if c.i > prep.i and c.dep_ in {"xcomp", "ccomp"}]
            if later:
                sub += _strip_space(list(later[-1].subtree))
            if sub:
                start, end = sub[0].idx, max(t.idx + len(t.text) for t in sub)
                if "\n" not in text[start:end]:
                    return start, end
        if not any(c.dep_ == "dobj" for c in tok.children):
            return None
    preps = PREP_VERBS.get(lemma, set())
    if not any(c.dep_ in {"dobj", "pcomp"} for c in tok.children):
        for child in tok.rights:
            if child.dep_ == "prep" and child.lower_ in preps:
                sub = _strip_space([t for t in child.subtree if t.i != child.i])
                if not sub:
                    return None
                start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                if "\n" in text[start:end] or end - start < 3:
                    return None
                return start, end
    if lemma not in OBJECT_VERBS:
        return None  # "X pushed for …", not "stocks pushed gold higher"
    passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and any(c.dep_ == "agent" for c in tok.children):
        # "the plan was rejected by the council": the passive subject is what was rejected
        sub = _strip_space(list(passive.subtree))
        start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        if "\n" in text[start:end] or passive.lower_ in {"it", "this", "that", "which", "who"}:
            return None
        return start, end
    if tok.dep_ in {"acl", "relcl"} and _gapped(tok):
        # "a claim that X dismissed as “a fabrication”": the object is the noun before, and
        # the verdict on it is what X said
        verdict = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
        if verdict is None:
            return None
        sub = _strip_space([t for t in verdict.subtree if t.i != verdict.i])
        return (sub[0].idx, sub[-1].idx + len(sub[-1].text)) if sub else None
    for child in tok.children:
        if child.dep_ in {"dobj", "pcomp"}:
            sub = _strip_space(list(child.subtree))
            if child.dep_ == "dobj" and _act_not_speech(tok, child, sub):
                return None
            start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
            if child.dep_ == "dobj":
                # "accused X of Y", "criticized X for Y", "sees X as Y": the complements too
                for nxt in tok.rights:
                    if nxt.i <= child.i:
                        continue
                    if nxt.dep_ not in {"prep", "xcomp", "oprd", "advcl"} or (
                        nxt.dep_ == "prep"
                        and (
                            nxt.lower_ not in _OBJ_PREPS
                            or any(t.ent_type_ in {"DATE", "TIME"} for t in nxt.subtree)
                        )
                    ):
                        break
                    last = _strip_space(list(nxt.subtree))[-1]
                    end = last.idx + len(last.text)
            elif lemma in _AS_VERBS:
                return None
            if "\n" in text[start:end] or end - start < 3:
                return None
            return start, end
    return None


# Object verbs that name an act, not words, when their object is people ("recalled its
# ambassador", "ordered the envoys out") or a bare definite noun ("announced the toll": the
# thing made public, not what it says).
_ACTS_ON_PEOPLE = {"order", "recall", "name"}
# What a person shows that is a display, not words ("showed no emotion", "showed signs of …").
_SHOWN_FEELINGS = {"emotion", "sign", "remorse", "restraint", "interest", "mercy", "reaction"}
_BARE_NOUN_ACTS = {"announce", "issue", "publish", "unveil", "present"}
_PEOPLE_OBJECTS = {"troop", "soldier", "diplomat", "envoy", "staff", "citizen", "people"}


def _act_not_speech(verb: Token, obj: Token, sub: list[Token]) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "show" and (
        obj.lemma_.lower() in _SHOWN_FEELINGS or any(d.lower_ == "no" for d in obj.children)
    ):
        return True
    if lemma in _ACTS_ON_PEOPLE:
        return (
            obj.ent_type_ in {"PERSON", "NORP"}
            or _PERSON_ROLE.match(obj.lower_) is not None
            or obj.lemma_.lower() in _PEOPLE_OBJECTS
        )
    return (
        lemma in _BARE_NOUN_ACTS
        and len(sub) <= 4
        and sub[0].lower_ == "the"
        and all(t.pos_ in {"DET", "ADJ", "NOUN", "NUM"} for t in sub)
        and not any(c.dep_ in {"prep", "xcomp", "advcl"} and c.i > obj.i for c in verb.children)
    )


def _strip_space(sub: list[Token]) -> list[Token]:
    """Tokens of a subtree without the line-break tokens the parser hangs at its edges."""
    lo, hi = 0, len(sub)
    while lo < hi - 1 and sub[lo].is_space:
        lo += 1
    while hi > lo + 1 and sub[hi - 1].is_space:
        hi -= 1
    return sub[lo:hi]


def _clause_after_aside(tok: Token) -> list[Token]:
    """A "that" clause the parser hung on an aside after the cue: "maintains for his part
    that …", "insists in a statement that …" (the clause read as the aside noun's)."""
    return [
        clause
        for prep in tok.rights
        if prep.dep_ == "prep"
        for noun in prep.children
        if noun.dep_ == "pobj"
        for clause in noun.rights
        if clause.dep_ in {"acl", "relcl"}
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
    ]


def _content_of(tok: Token) -> tuple[int, int] | None:
    """The clausal complement of a cue, in the cue's paragraph."""
    text = doc_text(tok.doc)
    found: list[tuple[int, int]] = []
    asides = _clause_after_aside(tok)
    # "X said in a statement that …": the parser may hang the clause on the noun
    held = [
        a
        for c in tok.children
        if c.dep_ == "prep" and c.i > tok.i
        for o in c.children
        if o.dep_ == "pobj"
        for a in o.children
        if a.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
    ]
    for child in [*tok.children, *asides, *held]:
        if (
            child in asides
            or child in held
            or child.dep_ in {"ccomp", "parataxis"}
            or (
                child.dep_ == "xcomp"
                and (tok.lemma_ in THOUGHT_VERBS or tok.lemma_ in SPEECH_VERBS)
                and tok.lemma_ != "continue"  # "X continues to lead", not a statement
            )
        ):
            sub = _strip_space(list(child.subtree))
            start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
            obj = next(
                (c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < child.i), None
            )
            if child.dep_ == "xcomp" and obj is not None:
                start = obj.left_edge.idx  # "urged customers to stay away": who, and what
            lo, hi = (end, tok.idx) if end <= tok.idx else (tok.idx, start)
            if "\n" in text[lo:hi]:
                continue
            if "\n" in text[start:end] and not _QUOTE_TOKEN.search(text[start:end]):
                continue
            if end <= tok.idx and "\n" in text[start:end]:
                # a paragraph that closes its quote belongs to someone before: "“…”\n\n“…,”
                # Lena said" is Lena's second quote only; so is a stray closing mark the
                # parser hung on the clause
                nl = text.rfind("\n", start, end)
                if re.search(r"[.!?,][\"”’']\s*$", text[start:nl]) or not re.search(
                    r"\w", text[start:nl]
                ):
                    start = nl + 1
            found.append((start, end))
    if held and len(found) > 1:
        # a clause the parser split off the held one ("… that two died, far from the 14
        # that Y says it killed") goes on from it
        found.sort()
        return found[0][0], found[-1][1]
    if len(found) > 1 and found[0][1] <= tok.idx < found[-1][0]:
        # a clause on each side: the one before belongs to another sentence when a full stop
        # or a colon closes it ("“No one disputed it.” Later, X said Y", "X did Z: he said Y")
        before, after = found[0], found[-1]
        if re.search(r"[.!?:;][\"”’']?\s*$", text[before[0] : before[1]]) or re.search(
            r"[:;]", text[before[1] : tok.idx]
        ):
            return after
    return found[0] if found else None


@dataclass
class _Ctx:
    text: str
    doc: Doc
    quotes: list[tuple[int, int]]
    person_at: dict[int, tuple[str, str | None]]  # char start -> (full name, role)
    mentions: list[EntityMention]
    full_name: dict[int, str]  # mention start -> full name in the article
    genders: dict[str, str] | None = None  # full name -> "f"/"m", where the article says


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _build_ctx(text: str, doc: Doc, mentions: list[EntityMention]) -> _Ctx:
    full_name: dict[int, str] = {}
    person_at: dict[int, tuple[str, str | None]] = {}
    for group in group_in_article(mentions):
        full = max(group, key=lambda m: (len(m.name.split()), len(m.name)))
        for m in group:
            full_name[m.start] = full.name
            if m.type == "PERSON":
                person_at[m.start] = (full.name, m.role)
    return _Ctx(text, doc, quote_spans(text), person_at, mentions, full_name)


def _mention_in(ctx: _Ctx, start: int, end: int) -> EntityMention | None:
    inside = [m for m in ctx.mentions if m.start >= start and m.end <= end]
    persons = [m for m in inside if m.type == "PERSON"]
    if (
        len(persons) > 1
        and re.fullmatch(
            r"\W*(?:(?:the|a|an|mr|mrs|ms|dr)\.?\s+)?", ctx.text[start : persons[0].start], re.I
        )
        and re.match(r"\s*,", ctx.text[persons[0].end : end])
    ):
        # "Ana Rell, spokeswoman for Prime Minister Ivo Dar, said": the name the appositive
        # describes speaks, not the one named inside it
        return persons[0]
    if persons:
        return persons[-1]
    # "Ana Rell-Oduya": the parser's subject is one part of a name the tagger read whole
    over = [m for m in ctx.mentions if m.type == "PERSON" and m.start <= start and end <= m.end]
    if over:
        return over[0]
    orgs = [m for m in inside if m.type in {"ORG", "GPE", "NORP"}]
    if orgs:
        return orgs[-1]
    # a name the tagger took for a thing ("Tarrow Build"), written as the whole speaker
    written = ctx.text[start:end].strip()
    whole = [m for m in inside if written == m.name]
    if whole:
        return whole[-1]
    # a name the tagger missed here but found elsewhere in the article
    named = [m for m in ctx.mentions if m.name == written and m.type in _SPEAKER_ENTS]
    if not named:
        return None
    at = ctx.text.index(written, start)
    return replace(named[0], start=at, end=at + len(written), role=None)


# A state's office written after its possessive, in lower case ("Sarn's foreign ministry"):
# the state speaks, the office is the role.
_STATE_OFFICE = re.compile(
    r"['’]s\s+(?P<office>(?:[a-z]+\s+){0,2}(?:ministry|government|embassy|presidency|cabinet))\s*"
)
# A preposition that ends the words before a name in the speaker ("residents of", "farmers
# near"): the speakers are people of that place or body, not it.
_PLACE_PREP_END = re.compile(
    r"\b(?:in|of|at|from|for|with|near|below|above|around|outside|inside|across|along|beyond|"
    r"behind|beside|beneath|under|within|throughout)\s*$"
)
_APPOSITIVE = re.compile(r"\s*,\s*(?:the|a|an|its|his|her|their)\s[^,.;:!?\"“”\n]{2,60},\s*")
_NOUN_BEFORE_COMMA = re.compile(r"(?:^|[.!?;:]\s+|\n)([^,.!?;:\n]{2,60}?)\s*,\s*$")


def _antecedent(ctx: _Ctx, start: int) -> tuple[EntityMention | None, str | None]:
    """What a relative pronoun at `start` stands for: the entity right before its comma, or
    before the appositive that comes first ("Ana Rell, the trust's director, who …"), else a
    short noun phrase opening the sentence ("The harbour authority, which …")."""
    before = [
        m
        for m in ctx.mentions
        if m.end <= start and re.fullmatch(r"\s*,\s*", ctx.text[m.end : start])
    ]
    if not before:
        before = [
            m
            for m in ctx.mentions
            if m.type == "PERSON"
            and m.end <= start
            and _APPOSITIVE.fullmatch(ctx.text[m.end : start])
        ]
    if before:
        return min(before, key=lambda m: m.start), None
    window = ctx.text[max(0, start - 80) : start]
    noun = _NOUN_BEFORE_COMMA.search(window)
    if noun and len(noun.group(1).split()) <= 6:
        return None, noun.group(1)
    return None, None


def _resolve(ctx: _Ctx, st: StatementMention, previous: list[StatementMention]) -> None:
    """Fill `speaker_name`/`speaker_role` from the speaker as written and the context."""
    if st.speaker_start is None or st.speaker_end is None:
        return
    written = ctx.text[st.speaker_start : st.speaker_end]
    low = written.lower().strip()
    mention = _mention_in(ctx, st.speaker_start, st.speaker_end)
    if mention is None and low in {"which", "who"}:
        # "the ministry, which conceded that …": the span stays as written, the name is the
        # noun it stands for (an entity, else the noun phrase as a role)
        mention, noun = _antecedent(ctx, st.speaker_start)
        if mention is None and noun:
            written, low = noun, noun.lower()
    if mention is not None:
        tail = ctx.text[mention.end : st.speaker_end]
        head = ctx.text[st.speaker_start : mention.start]
        if mention.type != "PERSON" and _PLACE_PREP_END.search(head):
            mention = None  # "officials in Baghdad", "farmers below the dam": not the place
        elif mention.type == "PERSON" and re.search(r"\w+\s+(?:of|for|to)\s*$", head):
            # "lawyers for Ana Rell", "the wife of Ana Rell": someone else speaks
            mention = None
            written = written[: written.find(",")] if "," in written else written
            low = written.lower().strip()
        elif mention.type == "PERSON" and re.match(r"\s+(?:of|at|from|for|with)\s", tail):
            pass  # "Judge Ana Rell of the High Court": the person, with her office
        elif mention.type == "PERSON" and re.fullmatch(r"['’]s\s*", tail):
            pass  # "contradicting Governor Ana Rell's claim that …": her words
        elif mention.type == "GPE" and (office := _STATE_OFFICE.fullmatch(tail)):
            # "Veloria's foreign ministry said": the state speaks through that office
            mention = replace(mention, role=office["office"])
        elif re.search(r"\w", re.sub(r"\s*\([^)]*\)?", "", tail)) and not tail.lstrip().startswith(
            ","
        ):
            # "a senior Interior Ministry official", "the Orvel government": the name
            # only qualifies the speaker
            mention = None
    if mention is None and ROLE_NOUNS.search(low):
        # "a forensic accountant hired by the firm, Ana Rell, told …": the parser left the
        # name set off after the role out of the subject
        after = re.match(r"(?:\s+[a-z][\w'’-]*){0,5}\s*,\s*", ctx.text[st.speaker_end :])
        if after:
            at = st.speaker_end + after.end()
            mention = next(
                (
                    m
                    for m in ctx.mentions
                    if m.start == at and m.type == "PERSON" and ctx.text.startswith(",", m.end)
                ),
                None,
            )
            if mention is not None:
                mention = replace(
                    mention,
                    role=mention.role
                    or re.sub(
                        r"^(?:the|a|an)\s+",
                        "",
                        ctx.text[st.speaker_start : at].strip(" ,"),
                        flags=re.IGNORECASE,
                    ),
                )
    if mention is not None:
        st.speaker_name = ctx.full_name.get(mention.start, mention.name)
        st.speaker_type = mention.type
        if mention.type != "PERSON" and _name_in_role(ctx.text[mention.start : mention.end]):
            st.speaker_type = "PERSON"  # "Rear Admiral Ana Rell" tagged as a body
        role = mention.role
        if role is None and mention.type == "PERSON":
            prefix = ctx.text[st.speaker_start : mention.start].strip(" ,")
            prefix = re.sub(r"^(?:the|a|an)\b\s*", "", prefix, flags=re.IGNORECASE)
            # "the general secretary of the union, Mr. X": the honorific is no part of it
            prefix = re.sub(
                r"(?:[\s,]*\b(?:mr|mrs|ms|miss|mx|sir|dame|madam)\.?)+$", "", prefix, flags=re.I
            ).strip(" ,")
            if prefix and not re.fullmatch(r"(?:mr|mrs|ms|miss)\.?", prefix, re.IGNORECASE):
                role = prefix
        if mention.type == "PERSON":
            known = _last_role(ctx, st.speaker_name, st.start)
            if role is None or (
                known and len(known) > len(role) and all(w in known for w in role.split())
            ):
                role = known
        st.speaker_role = role
        return
    recent = [p for p in previous if p.start < st.start][::-1]
    if low in _PERSON_PRONOUNS:
        sex = "f" if low in {"she", "her"} else "m"
        genders = _genders(ctx)
        newer = _subject_since(ctx, recent[0].end if recent else None, st.speaker_start, sex)
        if newer is not None:
            # "Kolar himself went further. “…,” he said": a person made the subject after
            # the last words reported is who "he" is, not the last speaker
            name, role = ctx.person_at[newer]
            st.speaker_name = name
            st.speaker_role = role or _last_role(ctx, name, st.start)
            st.speaker_type = "PERSON"
            return
        for p in recent[:6]:
            if p.speaker_type == "PERSON" or (
                p.speaker_name is None
                and p.speaker_role
                and not _BODY_ROLE.search(p.speaker_role.split()[-1])
            ):
                if genders.get(p.speaker_name or "", sex) != sex:
                    continue  # "she" after a man's words: the woman named before him
                st.speaker_name, st.speaker_role = p.speaker_name, p.speaker_role
                st.speaker_type = p.speaker_type
                return
        earlier = [
            s
            for s, (n, _) in ctx.person_at.items()
            if s < st.speaker_start and genders.get(n, sex) == sex
        ]
        if earlier:
            name, role = ctx.person_at[max(earlier)]
            st.speaker_name = name
            st.speaker_role = role or _last_role(ctx, name, st.start)
            st.speaker_type = "PERSON"
        return
    if low == "it":
        # "The foreign ministry summoned the envoy to protest what it called …": the body
        # that opens the sentence is "it", not a body that spoke before
        opening = ctx.text[_sentence_start(ctx.text, st.speaker_start) : st.speaker_start]
        own = _BODY_SUBJECT.match(opening)
        if own and not re.search(r"[,;:]", opening[own.end() :]):
            st.speaker_role = own["np"]
            return
        # "it said" after a body spoke: that body
        for p in recent[:3]:
            if p.speaker_name and p.speaker_type in {"ORG", "GPE", "NORP", "OTHER"}:
                st.speaker_name, st.speaker_role = p.speaker_name, p.speaker_role
                st.speaker_type = p.speaker_type
                return
        return
    if low in _PRONOUNS:
        return
    named = _name_in_role(written)
    if named is not None:
        # the tagger missed the name, but the speaker as written gives it with the office
        st.speaker_name, st.speaker_role = named
        st.speaker_type = "PERSON"
        return
    firm = re.fullmatch(r"the\s+(?:[a-z-]+\s+){0,2}([a-z]+)", low)
    if firm and firm.group(1) in _FIRM_NOUNS:
        # "the company", "the online retailer": the firm that spoke last
        for p in recent[:6]:
            if (
                p.speaker_name
                and p.speaker_type in {"ORG", "OTHER"}
                and not re.search(rf"\b{_BODY_ROLE.pattern[1:-1]}\b", p.speaker_name.lower())
            ):
                st.speaker_name, st.speaker_type = p.speaker_name, p.speaker_type
                st.speaker_role = re.sub(r"^the\s+", "", written.strip(), flags=re.IGNORECASE)
                return
    role_text = re.sub(r"^(?:the|a|an|another|one)\s+", "", written, flags=re.IGNORECASE)
    role_text = re.sub(r"\s*\([^)]*\)?\s*$", "", role_text)
    head = re.findall(r"\w+", low)[-1] if re.findall(r"\w+", low) else ""
    if low.startswith(("the ", "this ", "that ")) and _PERSON_ROLE.search(head):
        for p in recent[:8]:
            role_words = re.findall(r"[a-z]+", (p.speaker_role or "").lower())
            if head and any(w.rstrip("s") == head.rstrip("s") for w in role_words):
                st.speaker_name, st.speaker_role = p.speaker_name, p.speaker_role
                st.speaker_type = p.speaker_type
                return
            if p.speaker_role and head.startswith("spokes") and "spokes" in p.speaker_role.lower():
                st.speaker_name, st.speaker_role = p.speaker_name, p.speaker_role
                st.speaker_type = p.speaker_type
                return
    body = _body_named_before(recent, low)
    if body is not None:
        st.speaker_name, st.speaker_role = body.speaker_name, body.speaker_role
        st.speaker_type = body.speaker_type
        return
    holder = _role_holder(ctx, written)
    if holder is not None:
        st.speaker_name, st.speaker_role, st.speaker_type = holder, role_text, "PERSON"
        return
    if _ROLEWORD.search(low) or len(low.split()) > 1 or _people(low):
        st.speaker_role = role_text


def _people(word: str) -> bool:
    """A plural of a noun for people ("witnesses", "residents"): a speaker kept as a role."""
    return word.endswith("s") and any(_PERSON_NOUN.fullmatch(word[:-n]) for n in (1, 2))


_PERSON_NOUN = re.compile(
    rf"(?:{ROLE_NOUNS.pattern}|\b(?:\w+(?:ologist|ist|ian)|fellow|pilot|driver|nurse|doctor|"
    r"surgeon|teacher|farmer|priest|pastor|bishop|rabbi|captain|colonel|sergeant|"
    r"constable|detective|scientist|historian|resident|witness|passenger|survivor|lecturer|"
    r"scholar|author|writer|consultant|worker|volunteer|owner|shopkeeper|mother|father))\b",
    re.IGNORECASE,
)
_NOT_NAME = re.compile(
    r"\b(?:ministry|department|party|council|office|agency|service|services|university|"
    r"institute|college|school|hospital|company|corp|inc|ltd|group|bank|board|committee|"
    r"authority|union|association|court|police|army|government|news|press|times|post|holdings|"
    r"partners|systems|airlines|railways|energy|foods|media|labs|brigades|front|movement)\b",
    re.IGNORECASE,
)


def _name_in_role(written: str) -> tuple[str, str] | None:
    """(name, role) from a speaker written as an office with a name the tagger missed:
    "Harbour Master Ines Loh", "Ines Loh, a retired pilot", "the port's spokesman, Ines Loh",
    "Judge Ines Loh's"; None unless the office is a person's and the name looks like one."""
    text = re.sub(r"^(?:the|a|an)\s+", "", written.strip(), flags=re.IGNORECASE)
    text = re.sub(r"['’]s$", "", text)
    # "the chief of the fire service Ana Rell to the reporters at the dam": the words after the
    # name say where or to whom it was said, not who said it
    tail = re.search(
        rf"\s(?:{PERSON_NAME})(?=\s+(?:to|in|at|on|during|after|before|outside)\s+[a-z])", text
    )
    if tail:
        text = text[: tail.end()]
    m = re.fullmatch(rf"(?P<name>{PERSON_NAME}),\s+(?:a|an|the)\s+(?P<role>[^,]+?),?", text)
    if m is None:
        m = re.fullmatch(rf"(?P<role>[^,]+?),\s+(?P<name>{PERSON_NAME})", text)
    if m is None:
        # "Harbour Master Ines Loh", then "Vell Mining spokesman Ines Loh", "mother of two
        # Ines Loh": the office may hold lower-case words, the shortest reading first
        for role_re in (
            r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*",
            r"(?:[\w.-]+\s+){0,3}?[\w.-]+",
            r"[\w.-]+\s+of\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+",
        ):
            m = re.fullmatch(
                rf"(?P<role>{role_re})\s+(?P<name>{PERSON_NAME})"
                r"(?P<of>\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][^,]*)?",
                text,
            )
            last = (
                re.sub(rf"\s+of\s+(?:{NUMBER_RE})$", "", m.group("role"), flags=re.I) if m else ""
            )
            if m is not None and _PERSON_NOUN.search(last.split()[-1]):
                break
            if m is not None and " of " in last and _PERSON_NOUN.fullmatch(last.split()[0]):
                break  # "commander of the civil defence Ana Rell": the office's holder
            m = None
    if m is None:
        return None
    name, role = m.group("name"), m.group("role").strip()
    if m.groupdict().get("of"):
        role = f"{role}{m.group('of')}"  # "Geologist Ana Rell of Dunmere College"
    role = re.split(r"\s+(?:who|which|whose|that)\s", role)[0].strip(" ,")
    if (
        _NOT_NAME.search(name)
        or ROLE_NOUNS.search(name)
        or not _PERSON_NOUN.search(role)
        or len(role.split()) > 12
    ):
        return None
    return name, role


# Nouns for a business that speaks ("the company said"): the firm named before.
_FIRM_NOUNS = {
    "company",
    "firm",
    "retailer",
    "grocer",
    "business",
    "consortium",
    "operator",
    "carrier",
    "airline",
    "lender",
    "insurer",
    "manufacturer",
    "maker",
    "chain",
    "startup",
    "group",
    "conglomerate",
    "developer",
    "bank",
    "supplier",
    "producer",
    "platform",
    "provider",
}

# Speakers that are bodies, not people: "he" is never "the ministry".
_BODY_ROLE = re.compile(
    r"^(?:ministry|government|department|agency|police|military|army|office|council|"
    r"committee|service|services|authority|company|firm|union|statement|court|society|"
    r"mission|association|institute|embassy|commission)$",
    re.IGNORECASE,
)
_FEMALE = re.compile(r"\b(?:she|her|hers|herself|mrs|ms|miss|madam|dame)\b|\w+woman\b", re.I)
_MALE = re.compile(r"\b(?:he|his|him|himself|mr|sir)\b|\w+(?<!wo)man\b", re.I)


def _genders(ctx: _Ctx) -> dict[str, str]:
    """The sex the article gives its people ("f"/"m"), where it says so without doubt: an
    honorific or a gendered role ("Ms.", "spokeswoman"), or "she"/"he" in a sentence that
    names only that person, after the name and outside quotes."""
    if ctx.genders is not None:
        return ctx.genders
    votes: dict[str, set[str]] = {}
    for start, (name, role) in ctx.person_at.items():
        before = ctx.text[max(0, start - 6) : start]
        for sex, pat in (("f", _FEMALE), ("m", _MALE)):
            if re.search(r"\b(?:mrs|ms|miss|mr|sir|dame)\.?\s*$", before, re.I) and pat.search(
                before
            ):
                votes.setdefault(name, set()).add(sex)
            if role and re.search(r"\w+(?:wo)?man\b", role) and pat.search(role):
                votes.setdefault(name, set()).add(sex)
    for sent in ctx.doc.sents:
        names = {n for s, (n, _) in ctx.person_at.items() if sent.start_char <= s < sent.end_char}
        if len(names) != 1:
            continue
        name = names.pop()
        first = min(s for s, (n, _) in ctx.person_at.items() if n == name and s >= sent.start_char)
        # a subject pronoun (or one owning the subject, or reflexive) stands for the person
        # the sentence is about; "his"/"her" inside an object may belong to someone else
        # named there ("thanked the king and his minister")
        words = [
            t.lower_
            for t in sent
            if t.idx > first
            and t.lower_ in {"he", "his", "him", "she", "her", "hers", "himself", "herself"}
            and (
                t.dep_ in {"nsubj", "nsubjpass"}
                or t.lower_ in {"himself", "herself"}
                or (t.dep_ == "poss" and t.head.dep_ in {"nsubj", "nsubjpass"})
            )
            and not _in_quote(ctx, t.idx)
        ]
        for w in words:
            votes.setdefault(name, set()).add(
                "f" if w in {"she", "her", "hers", "herself"} else "m"
            )
    ctx.genders = {n: next(iter(v)) for n, v in votes.items() if len(v) == 1}
    return ctx.genders


# What comes before a name that opens a sentence: the start of the text or a sentence end,
# then at most a few capitalised title words ("Director", "Foreign Minister").
_OPENS_SENTENCE = re.compile(r"(?:^|\n|[.!?][\"”’]?\s+)(?:[A-Z][\w.’'-]*\s+){0,3}$")


def _subject_noun(tok: Token) -> bool:
    """Whether `tok` is a clause's subject or a noun inside the subject's modifiers ("of the
    public enterprise", "general" in "director general")."""
    while tok.dep_ in {"pobj", "prep", "appos", "amod", "compound"} and tok.head != tok:
        tok = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}


def _subject_since(ctx: _Ctx, lo: int | None, hi: int, sex: str) -> int | None:
    """The start of the last person mention between `lo` (the end of the words reported
    before) and `hi` that is a sentence's subject outside quotes, in the paragraph or the one
    before it, and not of the other sex: None when there is none."""
    if lo is None:
        return None
    floor = _paragraph_start(ctx.text, _paragraph_start(ctx.text, hi) - 1)
    genders = _genders(ctx)
    ends = {m.start: m.end for m in ctx.mentions}
    best = None
    for s, (name, _) in ctx.person_at.items():
        if not (lo <= s < hi and s >= floor) or _in_quote(ctx, s):
            continue
        if genders.get(name, sex) != sex:
            continue
        end = ends.get(s, s + 1)
        toks = [t for t in ctx.doc if s <= t.idx < end]
        root = next((t for t in toks if not (s <= t.head.idx < end) or t.head == t), None)
        subject = (
            root is not None
            and (
                (root.dep_ in {"nsubj", "nsubjpass"} and root.head.pos_ == "VERB")
                # "The minister of mines, Ana Rell, went further", "The envoy of Orvel in
                # Tamsk, Ana Rell, visited …": the name set off after the subject's role noun
                # (the parser may hang it on the last noun of the role)
                or (root.dep_ == "appos" and _subject_noun(root.head))
                # a name (after its title) opening a sentence, where the parse ran on from a
                # quote before it
                or (
                    _OPENS_SENTENCE.search(ctx.text[max(0, s - 80) : s]) is not None
                    and re.match(r"\s+[a-z]|,\s", ctx.text[end : end + 3]) is not None
                )
            )
        )
        if subject and (best is None or s > best):
            best = s
    return best


_BODY_SUBJECT = re.compile(
    r"\s*[\"“]?(?:The|the)\s+(?P<np>(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}"
    r"(?:ministry|government|department|agency|police|military|army|office|council|"
    r"committee|authority|union))\b"
)


def _sentence_start(text: str, pos: int) -> int:
    ends = list(re.finditer(r"[.!?][\"”’]?\s+|\n", text[:pos]))
    return ends[-1].end() if ends else 0


def _body_named_before(recent: list[StatementMention], low: str) -> StatementMention | None:
    """The statement of the body a definite noun points back to ("the ministry" after "the
    health ministry said …"): the last body that spoke before it in the article with that
    word ending its name or its role."""
    m = re.fullmatch(r"the\s+([a-z]+)", low)
    if m is None or not _BODY_ROLE.match(m.group(1)):
        return None
    word = m.group(1)
    for p in recent[:8]:
        if p.speaker_type == "PERSON":
            continue
        # a body's name holds the word ("Ministry of Justice"); a role ends with it, also the
        # office a named state spoke through ("Iraq" as "foreign ministry")
        if p.speaker_type and re.search(rf"\b{word}\b", p.speaker_name or "", re.IGNORECASE):
            return p
        role = p.speaker_role or ""
        if (p.speaker_name or role.lower() != word) and re.search(rf"\b{word}$", role, re.I):
            return p
    return None


# Role words that make another office: "the deputy minister" is not "Minister X".
_RANKS = {"deputy", "vice", "assistant", "former", "acting", "interim", "junior", "associate"}


def _role_holder(ctx: _Ctx, written: str) -> str | None:
    """The one person of the article who holds a role written as a definite speaker ("the
    provincial governor", "Kaldor's deputy foreign minister"): the people whose role has its
    head noun and its rank, narrowed to those whose role has all its words when several do."""
    m = re.fullmatch(r"(?:[Tt]he|[A-Z][\w-]*['’]s)\s+((?:[a-z][\w-]*\s+){0,3}([a-z]+))", written)
    if m is not None and _PERSON_ROLE.match(m.group(2)) and not m.group(2).endswith("s"):
        head, words, indefinite = m.group(2), set(m.group(1).split()), False
    else:
        # "the spokesman of the ministry", "a spokesman for the inspectorate": the head noun
        # first, what it serves after it; an indefinite one only names a holder whose role
        # has every word of it
        m = re.fullmatch(
            r"([Tt]he|[Aa]n?)\s+([a-z]+)\s+(?:of|for)\s+(?:the\s+)?((?:[\w-]+\s+){0,2}[\w-]+)",
            written,
        )
        if m is None or not _PERSON_ROLE.match(m.group(2)) or m.group(2).endswith("s"):
            return None
        head, indefinite = m.group(2), m.group(1).lower() != "the"
        words = {head, *re.findall(r"[a-z]+", m.group(3).lower())}
    holders: dict[str, set[str]] = {}
    for name, role in ctx.person_at.values():
        if role:
            holders.setdefault(name, set()).update(re.findall(r"[a-z]+", role.lower()))
    fits = [n for n, ws in holders.items() if head in ws and ws & _RANKS == words & _RANKS]
    if len(fits) > 1 or indefinite:
        fits = [n for n in fits if words <= holders[n]]
    return fits[0] if len(fits) == 1 else None


def _last_role(ctx: _Ctx, name: str | None, before: int) -> str | None:
    roles = [(s, r) for s, (n, r) in ctx.person_at.items() if n == name and r and s <= before] or [
        (s, r) for s, (n, r) in ctx.person_at.items() if n == name and r
    ]
    return max(roles, key=lambda sr: len(sr[1] or ""))[1] if roles else None


def _kind(text: str) -> str:
    core = text.strip(_EDGE)
    if core and core[0] in "\"“«'`„" and core[-1] in "\"”»'":
        return "direct"
    return "indirect"


def _cover_quotes(ctx: _Ctx, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """Widen a content span to whole quotes it overlaps, within [lo, hi)."""
    for qs, qe in ctx.quotes:
        if qs < end and qe > start and qs >= lo and qe <= hi:
            start, end = min(start, qs), max(end, qe)
    return start, end


# Contents that say nothing on their own: a pronoun, a bare noun phrase that points back
# ("the accusation", "that issue", "the same"), the terms of anonymity, a refusal to comment
# ("declined to comment on …") or a request for comment that went unanswered.
_VAGUE = re.compile(
    r"^(?:(?:it|this|that|these|those|them|him|her|us|me|you|everything|something|nothing|"
    r"anything|much|more|all|some|one|so|yes|no)"
    r"|(?:the|this|that|these|those|such)\s+(?:same|(?:accusation|allegation|claim|charge|"
    r"remark|comment|statement|idea|notion|issue|matter|question|report|story|suggestion|"
    r"request|thing|point|decision|move|situation|criticism|attack|assertion|argument|"
    r"view|position|subject|topic|one|case|incident|episode|news)s?)"
    r"|(?:on\s+)?(?:the\s+)?condition\s+of\s+anonymity.*"
    r"|to\s+(?:comment|elaborate|speculate|respond)\b.*"
    r"|(?:an?\s+|repeated\s+|multiple\s+)?requests?\s+for\s+(?:comment|an\s+interview).*"
    r"|(?:my|his|her|its|our|their|your)\s+way"
    r"|anonymously.*)[\s.,;:!?]*$",
    re.IGNORECASE,
)


# Objects that name what was said without saying it ("rejected the figure", "denied all
# charges"): the speaker is kept for the pronouns after it, the words are no statement.
# "who asked not to be named": a request for anonymity, not words reported.
_ANONYMITY = re.compile(
    r"^(?:not\s+to\s+be\s+(?:named|identified|quoted)|anonymity)\b[\w\s,]{0,60}[.,;]?$",
    re.IGNORECASE,
)
_BARE_SAID = re.compile(
    r"^(?:the|this|that|these|those|all(?:\s+(?:the|these|those))?)\s+(?:figure|number|"
    r"estimate|count|tally|finding|charge|accusation|allegation|claim)s?[\s.,;:!?]*$",
    re.IGNORECASE,
)


def _statement(
    ctx: _Ctx,
    start: int,
    end: int,
    speaker: tuple[int, int] | None,
    cue: tuple[int, int] | None,
    min_words: int = 2,
) -> StatementMention | None:
    start, end = _trim(ctx.text, start, end)
    if speaker and "\n" in ctx.text[speaker[0] : speaker[1]]:
        cut = ctx.text.rfind("\n", speaker[0], speaker[1]) + 1
        speaker = (cut, speaker[1]) if speaker[1] - cut > 1 else None
    if speaker:
        lead = _DATELINE.match(ctx.text[speaker[0] : speaker[1]])
        if lead:
            speaker = (speaker[0] + lead.end(), speaker[1])
    lead = _DATELINE.match(ctx.text, start, end)
    if lead:
        start = lead.end()
    if "\n" in ctx.text[start:end]:
        # a line before the first quoted line that holds no quote is not part of it
        first_nl = ctx.text.find("\n", start, end)
        if not _QUOTE_TOKEN.search(ctx.text[start:first_nl]) and _QUOTE_TOKEN.match(
            ctx.text[first_nl + 1 : end].lstrip()
        ):
            start = (
                first_nl
                + 1
                + (len(ctx.text[first_nl + 1 : end]) - len(ctx.text[first_nl + 1 : end].lstrip()))
            )
    if end - start < 2 or _words(ctx.text[start:end]) < min_words:
        return None
    text = ctx.text[start:end]
    if _VAGUE.match(text) and not _QUOTE_TOKEN.search(text):
        return None  # "the accusation", "it", "on condition of anonymity": nothing said
    return StatementMention(
        start=start,
        end=end,
        text=text,
        kind=_kind(text),
        speaker_start=speaker[0] if speaker else None,
        speaker_end=speaker[1] if speaker else None,
        cue=ctx.text[cue[0] : cue[1]] if cue else None,
        cue_start=cue[0] if cue else None,
        cue_end=cue[1] if cue else None,
    )


def _in_quote(ctx: _Ctx, pos: int) -> bool:
    return any(qs < pos < qe for qs, qe in ctx.quotes)


def _sentence_quotes(ctx: _Ctx, sent: Span) -> list[tuple[int, int]]:
    return [(qs, qe) for qs, qe in ctx.quotes if qs < sent.end_char and qe > sent.start_char]


_COMMENT_VERBS = {"comment", "respond", "reply", "answer", "elaborate", "speculate"}
# Verbs of telling that a refusal empties ("declined to say whether …", "refused to confirm").
_REFUSED_VERBS = _COMMENT_VERBS | {
    "say",
    "discuss",
    "confirm",
    "specify",
    "disclose",
    "reveal",
    "name",
    "identify",
    "detail",
    "explain",
    "tell",
}


def _no_comment(ctx: _Ctx, tok: Token) -> bool:
    """A refusal or a failure to comment ("declined to comment on …", "did not respond to
    …"): the opposite of a statement."""
    lemma = tok.lemma_.lower()
    negated = any(
        c.dep_ == "neg" and c.i < tok.i and not _in_quote(ctx, c.idx) for c in tok.children
    )
    return (
        (negated and lemma in _COMMENT_VERBS)
        # "did not say how …", "would not confirm whether …": a question left open
        or (negated and lemma in _REFUSED_VERBS and _asks_open(tok))
        or (
            lemma in _REFUSED_VERBS
            and tok.dep_ == "xcomp"
            and tok.head.lemma_.lower() in {"decline", "refuse"}
        )
        or (
            lemma in {"decline", "refuse"}
            and any(c.dep_ == "xcomp" and c.lemma_.lower() in _REFUSED_VERBS for c in tok.children)
        )
    )


_OPEN_QUESTION = {"how", "whether", "why", "when", "where", "who", "what", "which", "if"}


def _asks_open(tok: Token) -> bool:
    """The cue's clause opens on a question word ("say how …", "tell us whether …")."""
    after = [t for t in tok.doc[tok.i + 1 : tok.i + 3] if not t.is_space]
    if after and after[0].lower_ in {"us", "reporters", "me", "them"}:
        after = after[1:]
    return bool(after) and after[0].lower_ in _OPEN_QUESTION


def _name_as_modifier(ctx: _Ctx, tok: Token) -> Token | None:
    """A name the parser hung on the cue as a modifier ("Tolliver said …" with "Tolliver"
    read as an adverb): a person's or body's mention that opens the clause right before it."""
    for c in tok.children:
        if c.i >= tok.i or c.dep_ not in {"advmod", "npadvmod", "dep", "compound"}:
            continue
        if any(t.i < c.left_edge.i for t in tok.lefts if not t.is_space):
            continue
        if ctx.text[c.idx + len(c.text) : tok.idx].strip():
            continue
        m = _mention_in(ctx, c.left_edge.idx, c.idx + len(c.text))
        if m is not None and m.type in {"PERSON", "ORG"} and m.end == c.idx + len(c.text):
            return c
    return None


def _from_parse(ctx: _Ctx) -> list[StatementMention]:
    found: list[StatementMention] = []
    for sent in ctx.doc.sents:
        squotes = _sentence_quotes(ctx, sent)
        lo = min([sent.start_char, *[q[0] for q in squotes]])
        hi = max([sent.end_char, *[q[1] for q in squotes]])
        for tok in sent:
            if _in_quote(ctx, tok.idx):
                continue
            if (
                tok.lower_ == "according"
                and tok.i + 1 < len(ctx.doc)
                and ctx.doc[tok.i + 1].lower_ == "to"
            ):
                st = _according(ctx, sent, tok, lo, hi)
                if st:
                    found.append(st)
                continue
            if tok.pos_ == "NOUN":
                st = _noun_cue(ctx, tok)
                if st:
                    found.append(st)
                continue
            lemma = tok.lemma_.lower()
            if _no_comment(ctx, tok) or _in_according(tok):
                continue
            if lemma in _COMMENT_VERBS and tok.tag_ == "VBG" and tok.i == sent.start:
                continue  # "Responding to the minister, X released …": a frame, no stance
            obj_only = False
            led = host = None
            if lemma not in SPEECH_VERBS and lemma not in THOUGHT_VERBS:
                # any verb after a quote, also one taking it as its clause ("“…,” justified X")
                led = _quote_led(ctx, tok)
            if led is not None:
                content = led
            elif not _is_cue(tok):
                if (lemma not in OBJECT_VERBS and lemma not in PREP_VERBS) or tok.pos_ != "VERB":
                    continue
                subj0 = _subject(tok)
                if subj0 is None or not (_speakerlike(subj0) or lemma == "show"):
                    continue
                obj_only = True
            if led is None:
                content = None if obj_only else _content_of(tok)
            min_words = 2
            if content is None and (lemma in OBJECT_VERBS or lemma in PREP_VERBS):
                content = _object_of(tok)
                min_words = 1
            if content is None and lemma not in QUOTE_VERBS and _is_cue(tok):
                # "X, records show, was Y": a parenthetical cue of any kind
                content = host = _host_clause(ctx, tok)
            if content is None:
                # "“…,” X said." / "X said: “…”": the quote next to the cue is the content.
                if lemma not in QUOTE_VERBS:
                    continue
                near = [q for q in ctx.quotes if tok.idx - 200 < q[1] <= tok.idx]
                # the parser may split "“…?” she said." after the question mark
                content = _adjacent_quote(ctx, tok, squotes) or _adjacent_quote(ctx, tok, near)
                if content is None:
                    content = host = _host_clause(ctx, tok)
                if content is None:
                    continue
            elif (
                lemma not in SPEECH_VERBS
                and content[0] < tok.idx
                and led is None
                and not any(c.dep_ == "agent" for c in tok.children)
                and not _fronted(ctx, tok, content)
            ):
                continue
            subj = _subject(tok, lambda i: _in_quote(ctx, i))
            if subj is None:
                subj = _name_as_modifier(ctx, tok)
            if subj is None and lemma in QUOTE_VERBS:
                subj = _speaker_near_quote(ctx, tok)
            if (
                subj is not None
                and subj.i > tok.i
                and tok.idx < content[0] <= subj.idx < content[1]
                and tok.dep_ == "conj"
                and ctx.text[: tok.idx].rstrip().endswith(",")
            ):
                # "The toll rose to nine, announced the governor, Ana Rell": the inverted
                # speaker is no object; the clause before the comma is what was said
                before = [t for t in tok.head.subtree if t.i < tok.i - 1]
                if before and "\n" not in ctx.text[before[0].idx : tok.idx]:
                    content = (before[0].idx, before[-1].idx + len(before[-1].text))
            speaker = _np_span(subj) if subj is not None else None
            if speaker and content[0] <= speaker[0] < content[1] and host is None:
                # the subject sits inside the content span: content runs past it, cut there
                after = tok.idx + len(tok.text)
                if content[0] < tok.idx < content[1] and _words(
                    ctx.text[after : content[1]]
                ) > _words(ctx.text[content[0] : speaker[0]]):
                    # "which, he said, was …": the words after the cue carry the claim
                    content = (after, content[1])
                elif content[0] < tok.idx:
                    content = (content[0], min(content[1], speaker[0]))
                else:
                    speaker = None
            cstart, cend = _cover_quotes(ctx, content[0], content[1], lo, hi)
            if speaker and cstart <= speaker[0] < cend and host is None:
                cstart, cend = content
            agentless = (
                subj is None
                and content[0] > tok.idx
                and any(c.dep_ == "auxpass" for c in tok.children)
                and any(c.dep_ == "nsubjpass" for c in tok.children)
            )
            if subj is None and not agentless and not _QUOTE_TOKEN.search(ctx.text[cstart:cend]):
                continue  # "it was reported that …" keeps its content with no speaker
            if subj is not None and (
                _generic(subj)
                or (
                    subj.lower_ in {"it", "this", "that", "which", "what"}
                    and lemma not in SPEECH_VERBS
                )
            ):
                continue
            st = _statement(
                ctx, cstart, cend, speaker, (tok.idx, tok.idx + len(tok.text)), min_words
            )
            if st:
                found.append(st)
    return found


# Nouns that report a statement or stance of their possessor ("his claim that …", "Smith's
# attacks on the plan", "her support for the bill").
NOUN_CUES = {
    "claim",
    "assertion",
    "argument",
    "belief",
    "view",
    "statement",
    "suggestion",
    "warning",
    "promise",
    "pledge",
    "vow",
    "accusation",
    "allegation",
    "insistence",
    "contention",
    "fear",
    "hope",
    "concern",
    "criticism",
    "support",
    "opposition",
    "call",
    "demand",
    "proposal",
    "announcement",
    "comment",
    "remark",
    "attack",
    "endorsement",
    "complaint",
    "request",
    "plan",
    "assessment",
    "prediction",
    "denial",
    "admission",
    "insinuation",
    "threat",
    "praise",
    "defense",
    "defence",
    "position",
    "refusal",
    "decision",
    "embrace",
    "question",
    "response",
    "reference",
    "rejection",
    "condemnation",
    "apology",
    "opinion",
    "backing",
    "doubt",
    "mention",
    "reaction",
    "objection",
    "charge",
    "insult",
    "dig",
    "swipe",
    "jab",
    "rebuke",
    "critique",
    "skepticism",
    "scepticism",
    "assurance",
}
# Cue nouns that carry a statement with no speaker named ("fears that …", "criticism of …").
_UNOWNED_NOUNS = {
    "claim",
    "assertion",
    "accusation",
    "allegation",
    "suggestion",
    "warning",
    "fear",
    "concern",
    "criticism",
    "condemnation",
    "rejection",
    "apology",
    "endorsement",
    "belief",
    "contention",
    "insinuation",
    "prediction",
    "speculation",
    "rumor",
    "rumour",
    "doubt",
}
_NOUN_PREPS = {"of", "on", "about", "for", "against", "to"}
# cue nouns that as often name a deed: only a holder's own ("her attacks on the plan") speaks
_ACT_NOUNS = {"attack", "support"}


def _gapped(verb: Token) -> bool:
    """Whether a "that" clause is relative: its verb takes an object and has none ("the
    claim that X dismissed as false"), so "that" stands for the noun before it."""
    return verb.lemma_.lower() in OBJECT_VERBS and not any(
        c.dep_ in {"dobj", "ccomp", "xcomp", "nsubjpass", "pcomp"} for c in verb.children
    )


def _noun_cue(ctx: _Ctx, tok: Token) -> StatementMention | None:
    """ "X's claim that …", "his attacks on Y": the clause or the object is the content."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in NOUN_CUES:
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    by = None
    if poss is None:
        # "the suggestion by a senator that …", "criticism from the unions of …"
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in {"by", "from"}:
                by = next((g for g in c.children if g.dep_ == "pobj"), None)
                break
        if by is not None and not _speakerlike(by):
            by = None
        if by is None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            # "the unions voiced criticism of …": the verb's subject holds the stance
            by = _subject(tok.head, lambda i: _in_quote(ctx, i))
            if by is not None and (not _speakerlike(by) or by.lower_ in {"it", "this"}):
                by = None
        if by is None and tok.lemma_.lower() not in _UNOWNED_NOUNS:
            return None
    speaker_tok = poss if poss is not None else by
    if speaker_tok is not None and (
        not _speakerlike(speaker_tok) or _in_quote(ctx, speaker_tok.idx)
    ):
        return None
    comp = next(
        (
            c
            for c in tok.rights
            if c.dep_ in {"acl", "ccomp"}
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    if comp is not None and _gapped(comp):
        return None  # "a claim that the minister dismissed": what she did with the claim
    if comp is not None:
        sub = _strip_space(list(comp.subtree))
    else:
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS), None)
        if prep is None or (speaker_tok is None and prep.lower_ not in {"of", "about", "against"}):
            return None
        own = speaker_tok is not None and speaker_tok.head is tok  # "her attacks on the plan"
        if tok.lemma_.lower() in _ACT_NOUNS and not own:
            return None  # "groups stepped up attacks on US bases": a deed
        sub = _strip_space([t for t in prep.subtree if t.i != prep.i])
    if not sub:
        return None
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    if "\n" in ctx.text[start:end]:
        return None
    speaker = _np_span(speaker_tok) if speaker_tok is not None else None
    return _statement(ctx, start, end, speaker, (tok.idx, tok.idx + len(tok.text)), 1)


def _quote_led(ctx: _Ctx, tok: Token) -> tuple[int, int] | None:
    """The quote a verb of any kind attributes: "“Go home,” Vance barked." A quote that ends
    in a comma, question or exclamation mark, then the verb's subject and the verb (or the
    verb and its subject), is what the subject said."""
    if tok.pos_ != "VERB" or tok.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    before = [(qs, qe) for qs, qe in ctx.quotes if qe <= tok.idx and tok.idx - qe < 120]
    if not before:
        return None
    qs, qe = max(before, key=lambda q: q[1])
    if (
        not re.search(r"[,!?][\s\"”’'»]*$|[\"”’'»]+,?$", ctx.text[qs:qe].rstrip())
        or _words(ctx.text[qs:qe]) < 2
    ):
        return None
    between = ctx.text[qe : tok.idx]
    if "\n" in between or _QUOTE_TOKEN.search(between):
        return None
    if not re.search(
        r"[,!?][\s\"”’'»]*$", ctx.text[qs:qe].rstrip()
    ) and not between.lstrip().startswith(","):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.idx >= qe), None)
    rest = between.strip(" ,\t")
    if subj is None and not rest and _right_after_quote(tok):
        subj = _subject(tok)  # inverted: "“…,” justified Ana Rell", parsed as the object
    if subj is None or not _speakerlike(subj):
        return None
    if rest:
        sp = _np_span(subj)
        if not (
            sp[0] <= qe + len(between) - len(between.lstrip(" ,\t"))
            and sp[1] >= tok.idx - (len(between) - len(between.rstrip(" ,\t")))
        ):
            return None
    elif subj.i < tok.i:
        return None
    return qs, qe


def _host_clause(ctx: _Ctx, tok: Token) -> tuple[int, int] | None:
    """The clause around a parenthetical cue: "The vote, she noted, was close." and "As Ruiz
    noted, the vote was close." (the whole clause, cue included, as the span runs from the
    first word of the content to the last)."""
    head = tok.head
    if head.i == tok.i or head.pos_ not in {"VERB", "AUX"} or _in_quote(ctx, head.idx):
        return None
    if not (
        tok.dep_ == "parataxis"
        or (
            tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        )
    ):
        return None
    sub = _strip_space(list(head.subtree))
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    if tok.dep_ == "advcl":
        cue_end = _strip_space(list(tok.subtree))[-1]
        start = max(start, cue_end.idx + len(cue_end.text))
    # within the cue's paragraph and up to the end of its sentence
    start = max(start, _paragraph_start(ctx.text, tok.idx))
    stop = re.compile(r"\n|[.!?][\"”’']*\s").search(ctx.text, tok.idx)
    if stop is not None:
        end = min(end, stop.start() + 1)
    if "\n" in ctx.text[start:end] or _words(ctx.text[start:end]) < 4 or end <= tok.idx:
        return None
    return start, end


def _adjacent_quote(
    ctx: _Ctx, tok: Token, squotes: list[tuple[int, int]]
) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    gap_best = 10**9
    for qs, qe in squotes:
        if _words(ctx.text[qs:qe]) < 3:
            continue
        if qe <= tok.idx:
            gap = tok.idx - qe
            between = ctx.text[qe : tok.idx]
        elif qs >= tok.idx:
            gap = qs - tok.idx
            between = ctx.text[tok.idx : qs]
        else:
            continue
        if "\n" in between or _QUOTE_TOKEN.search(between) or gap > 160:
            continue
        if gap < gap_best:
            best, gap_best = (qs, qe), gap
    return best


_SEEN_VERBS = {"see", "obtain", "review", "examine", "read", "consult", "view", "inspect"}


def _according_source(to: Token) -> Token | None:
    """Who "according to" names: its object ("according to X"), or the agent or subject of a
    clause it takes ("according to what was reported by X", "according to what X said")."""
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is not None:
        # "according to a count released by X": the agent of the participle gave it (not
        # "a copy seen by X": who saw a document did not say what it says)
        agent = next(
            (
                g
                for c in pobj.rights
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in _SEEN_VERBS
                for a in c.children
                if a.dep_ == "agent"
                for g in a.children
                if g.dep_ == "pobj" and _speakerlike(g)
            ),
            None,
        )
        bare = pobj.ent_type_ not in _SPEAKER_ENTS and not _ROLEWORD.search(pobj.text)
        return agent if agent is not None and bare else pobj
    clause = next((c for c in to.children if c.dep_ == "pcomp" and c.pos_ in {"VERB", "AUX"}), None)
    if clause is None:
        return None
    for c in clause.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return next(
        (c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in {"what", "which"}),
        None,
    )


def _in_according(tok: Token) -> bool:
    """A verb of the clause "according to" takes ("according to what was reported by X")."""
    return tok.dep_ == "pcomp" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _according(ctx: _Ctx, sent: Span, tok: Token, lo: int, hi: int) -> StatementMention | None:
    to = ctx.doc[tok.i + 1]
    pobj = _according_source(to)
    if pobj is None:
        return None
    sub = list(tok.subtree)
    s0, s1 = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    sp = _np_span(pobj)
    seen = [t for t in pobj.subtree if t.dep_ == "acl" and t.lemma_.lower() in _SEEN_VERBS]
    if seen:  # "a copy of the contract seen by X": the document, not who saw it
        before = ctx.doc[seen[0].i - 1]
        sp = (sp[0], min(sp[1], before.idx + len(before.text)))
    # the sentence as the parser cut it, within the phrase's paragraph
    first = max(sent.start_char, _paragraph_start(ctx.text, s0))
    nl = ctx.text.find("\n", s1, sent.end_char)
    last = sent.end_char if nl < 0 else nl
    if tok.head.dep_ == "relcl" and any(c.tag_ in {"WDT", "WP"} for c in tok.head.children):
        # "a receipt, which according to the firm proves that …": the relative clause, not
        # the sentence that holds it
        rest = [
            t
            for t in tok.head.subtree
            if not (s0 <= t.idx < s1) and t.tag_ not in {"WDT", "WP"} and not t.is_punct
        ]
        if not rest:
            return None
        cstart, cend = rest[0].idx, rest[-1].idx + len(rest[-1].text)
    elif s0 - first > 3:
        cstart, cend = first, s0
    else:
        cstart, cend = s1, last
    cstart, cend = _cover_quotes(ctx, cstart, cend, lo, hi)
    if cstart <= s0 < cend and cend > s1:
        # the phrase sits inside: take the longer side
        if s0 - cstart >= cend - s1:
            cend = s0
        else:
            cstart = s1
    return _statement(ctx, cstart, cend, sp, (tok.idx, to.idx + len(to.text)))


def _spoken_for(ctx: _Ctx, found: list[StatementMention]) -> None:
    """A named person whose cue closes a body's statement spoke the whole of it: "The
    ministry confirmed that …, its spokesman Ana Rell said"."""
    for inner in found:
        if inner.speaker_start is None or inner.cue_start is None:
            continue
        person = _mention_in(ctx, inner.speaker_start, inner.speaker_end or inner.speaker_start)
        if person is None or person.type != "PERSON":
            continue
        for outer in found:
            if (
                outer is not inner
                and outer.speaker_start is not None
                and outer.speaker_end is not None
                and outer.start < inner.start
                and outer.end == inner.end <= inner.speaker_start
                and re.fullmatch(r"[\s,\"”’']*", ctx.text[outer.end : inner.speaker_start])
                and getattr(_mention_in(ctx, outer.speaker_start, outer.speaker_end), "type", None)
                != "PERSON"
            ):
                outer.speaker_start, outer.speaker_end = inner.speaker_start, inner.speaker_end
                outer.cue_start, outer.cue_end = inner.cue_start, inner.cue_end
                outer.cue = inner.cue


def _dedupe(found: list[StatementMention]) -> list[StatementMention]:
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out: list[StatementMention] = []
    for st in found:
        clash = next((o for o in out if st.start < o.end and o.start < st.end), None)
        if clash is None:
            out.append(st)
            continue
        # Prefer the one with a speaker, then the one whose cue lies outside the other's content.
        if clash.speaker_start is None and st.speaker_start is not None:
            out[out.index(clash)] = st
        elif (
            clash.cue_start is not None
            and st.cue_start is not None
            and clash.start <= st.cue_start < clash.end
            and st.start >= clash.start
            and st.end <= clash.end
            and not (st.start <= clash.cue_start < st.end)
        ):
            # the other's content swallowed this cue: split is not possible, keep the outer one
            continue
    return sorted(out, key=lambda s: s.start)


def _colon_intro(ctx: _Ctx, qs: int, prev: StatementMention | None) -> StatementMention | None:
    """A quote after a line ending in a colon ("X responded:") is X's statement."""
    head = ctx.text[:qs].rstrip()
    if not head.endswith(":"):
        return None
    if prev is not None and prev.end > len(head) - 200:
        return None
    tok = ctx.doc.char_span(len(head) - 1, len(head), alignment_mode="expand")
    if tok is None or not len(tok):
        return None
    sent = tok[0].sent
    subjects = [
        t
        for t in sent
        if t.dep_ == "nsubj" and t.head.pos_ in {"VERB", "AUX"} and not _in_quote(ctx, t.idx)
    ]
    subj = subjects[-1] if subjects else None
    if subj is None:
        return None
    qe = next((e for s, e in ctx.quotes if s == qs), qs)
    cue = subj.head
    st = _statement(ctx, qs, qe, _np_span(subj), (cue.idx, cue.idx + len(cue.text)))
    if st is not None:
        _resolve(ctx, st, [])
    return st


def _attach_orphans(ctx: _Ctx, found: list[StatementMention]) -> list[StatementMention]:
    """Quotes with no cue: merge into the statement they continue, or attribute by context."""
    found = sorted(found, key=lambda s: s.start)
    for qs, qe in ctx.quotes:
        if any(s.start <= qs + 1 and qe - 1 <= s.end for s in found):
            continue
        if any(qs < s.end and s.start < qe for s in found):
            continue
        if _words(ctx.text[qs:qe]) < 4:
            continue
        before = [s for s in found if s.end <= qs]
        prev = before[-1] if before else None
        intro = _colon_intro(ctx, qs, prev)
        if intro is not None:
            found.append(intro)
            found.sort(key=lambda s: s.start)
            continue
        if prev is None:
            continue
        if prev.kind != "direct":
            # "“…,” X said, referring to Y. “…”": a statement inside the cue's sentence does
            # not end the quote that the cue broke
            direct = [s for s in before if s.kind == "direct"]
            if (
                direct
                and "\n" not in ctx.text[direct[-1].end : qs]
                and direct[-1].cue_start is not None
                and direct[-1].cue_start >= direct[-1].end
            ):
                prev = direct[-1]
        between = ctx.text[prev.end : qs]
        para_gap = between.count("\n")
        clean_between = not _QUOTE_TOKEN.search(between)
        only_cue = (
            prev.cue_start is not None
            and prev.cue_start >= prev.end
            and "\n" not in between
            and len(between) < 200
        )
        standalone = ctx.text[_paragraph_start(ctx.text, qs) : qs].strip() == ""
        if only_cue and clean_between and prev.kind == "direct":
            # "“…,” he said. “…”": one statement from the first to the last quoted word
            prev.end = qe
            prev.text = ctx.text[prev.start : prev.end]
        elif (
            standalone
            and para_gap <= 2
            and prev.kind == "direct"
            and clean_between
            and not between.strip(" \n\t")
            and prev.end >= _paragraph_start(ctx.text, prev.end)
            and ctx.text[
                prev.end : ctx.text.find("\n", prev.end)
                if "\n" in ctx.text[prev.end :]
                else len(ctx.text)
            ].strip()
            == ""
        ):
            # a quote-only paragraph right after a paragraph that ends with a quote: one speech
            prev.end = qe
            prev.text = ctx.text[prev.start : prev.end]
        elif (
            standalone
            and para_gap <= 2
            and prev.kind == "direct"
            and clean_between
            and len(between) < 400
        ):
            st = StatementMention(
                start=qs,
                end=qe,
                text=ctx.text[qs:qe],
                kind="direct",
                speaker_start=prev.speaker_start,
                speaker_end=prev.speaker_end,
            )
            st.speaker_name, st.speaker_role = prev.speaker_name, prev.speaker_role
            st.speaker_type = prev.speaker_type
            found.append(st)
            found.sort(key=lambda s: s.start)
    return found


_LIGHT_VERBS = {
    "be",
    "have",
    "get",
    "become",
    "make",
    "take",
    "give",
    "go",
    "come",
    "do",
    "remain",
    "seem",
    "look",
    "sound",
    "feel",
}


def _partial_quotes(ctx: _Ctx, found: list[StatementMention]) -> list[StatementMention]:
    """Quoted words inside a clause whose verb is not a cue ("X blasted Y for its “…”")."""
    extra: list[StatementMention] = []
    doc = ctx.doc
    for qs, qe in ctx.quotes:
        if any(qs < s.end and s.start < qe for s in found + extra):
            continue
        inside = [t for t in doc.char_span(qs, qe, alignment_mode="expand") or [] if not t.is_punct]
        if not inside:
            continue
        root = next((t for t in inside if not (qs <= t.head.idx < qe)), inside[0])
        verb = root.head
        for _ in range(4):
            if verb.pos_ in {"VERB", "AUX"} and any(
                c.dep_ == "nsubj" and not (qs <= c.idx < qe) for c in verb.children
            ):
                break
            if verb.head.i == verb.i:
                verb = None
                break
            verb = verb.head
        else:
            verb = None
        if verb is None or verb.idx > qs or verb.sent.start_char > qs:
            continue
        subj = next(c for c in verb.children if c.dep_ == "nsubj")
        if subj.lower_ in {"it", "this", "that", "which", "there", "what"} or subj.idx > qs:
            continue
        if verb.lemma_.lower() in _LIGHT_VERBS or not _speakerlike(subj):
            continue  # "X was the founder of “…”", "X has a “plan”": a title or scare quote
        rights = [c for c in verb.rights if not c.is_punct and c.dep_ not in {"cc", "conj"}]
        if not rights:
            continue
        start = min(rights[0].left_edge.idx, qs)
        covering = [c for c in rights if c.left_edge.idx <= qe]
        if not covering:
            continue
        if verb.lemma_.lower() in SPEECH_VERBS and all(
            c.dep_ in {"prep", "dative", "npadvmod"}
            or (c.dep_ == "dobj" and verb.lemma_.lower() == "tell")
            for c in covering
        ):
            continue  # "X said on “Harbour Hour”", "X told the radio's “Morning Tide”"
        last = max(covering, key=lambda c: c.i)
        end = max(last.right_edge.idx + len(last.right_edge.text), qe)
        if "\n" in ctx.text[start:end]:
            continue
        st = _statement(ctx, start, end, _np_span(subj), (verb.idx, verb.idx + len(verb.text)))
        if st:
            extra.append(st)
    return extra


def _said_when(ctx: _Ctx, st: StatementMention) -> None:
    """The DATE/TIME phrase that modifies the cue verb, outside content and speaker."""
    if st.cue_start is None:
        return
    cue = ctx.doc.char_span(st.cue_start, st.cue_end, alignment_mode="expand")
    if cue is None or not len(cue):
        return
    verb = cue[0]
    for ent in verb.sent.ents:
        if ent.label_ not in {"DATE", "TIME"} or not _DAYLIKE.search(ent.text):
            continue
        if st.start <= ent.start_char < st.end:
            continue
        if (
            st.speaker_start is not None
            and st.speaker_end is not None
            and st.speaker_start <= ent.start_char < st.speaker_end
            and not re.search(r",\s*(?:on\s+)?$", ctx.text[st.speaker_start : ent.start_char])
        ):
            continue
        lo, hi = sorted((ent.start_char, st.cue_start))
        if ";" in ctx.text[lo:hi]:
            continue  # "On Monday he insisted …; by Wednesday he was acknowledging …"
        anc = ent.root
        # "said in a written statement on Monday evening": five steps up to the cue
        for _ in range(5):
            if anc.i == verb.i or anc.head.i == anc.i:
                break
            anc = anc.head
        if anc.i != verb.i:
            continue
        start = ent.start_char
        prev = ctx.doc[ent.start - 1] if ent.start > 0 else None
        if prev is not None and prev.lower_ in {"on", "last", "late", "early"}:
            start = prev.idx
        st.said_when = ctx.text[start : ent.end_char]
        st.said_when_start, st.said_when_end = start, ent.end_char
        return


# Prepositions that name what a person's act or stance is about ("X campaigned against Y",
# "X wrote a column about Y", "X is hostile toward Y").
STANCE_PREPS = {"against", "about", "toward", "towards"}
# Verbs, and objects of a verb, that take a stance or tell something; "carried out strikes
# against the depots", "launched a campaign against the militias" are acts, not stances.
STANCE_VERBS = {
    "campaign", "speak", "talk", "write", "argue", "protest", "rail", "lobby", "testify",
    "complain", "warn", "caution", "rally", "fight", "vote", "advocate", "comment", "tweet",
    "post", "blog", "preach", "lecture", "agitate", "inveigh", "mobilize", "mobilise",
    "petition", "sue", "litigate", "editorialize", "editorialise", "joke", "worry", "fret",
    "express", "voice", "raise", "sound",
}  # fmt: skip
STANCE_OBJECTS = {
    "book", "column", "article", "letter", "speech", "op-ed", "statement", "report",
    "petition", "lawsuit", "suit", "complaint", "ad", "advertisement", "essay", "post",
    "tweet", "memo", "concern", "concerns", "doubt", "doubts", "objection", "objections",
    "warning", "alarm", "opposition", "criticism", "reservations", "misgivings",
}  # fmt: skip


def _prep_stances(ctx: _Ctx) -> list[StatementMention]:
    """The object of a stance preposition on a verb (or on the verb's object) whose subject
    is a person or body: "the union campaigned against the merger", "she wrote a book about
    the war". Only the preposition's object is the content."""
    out: list[StatementMention] = []
    for tk in ctx.doc:
        if tk.dep_ != "prep" or tk.lower_ not in STANCE_PREPS or _in_quote(ctx, tk.idx):
            continue
        head = tk.head
        verb = (
            head
            if head.pos_ == "VERB"
            else (head.head if head.dep_ == "dobj" and head.head.pos_ == "VERB" else None)
        )
        if verb is None:
            continue
        told = verb.lemma_.lower() in STANCE_VERBS or (
            head is not verb and head.lemma_.lower() in STANCE_OBJECTS
        )
        if not told:
            continue
        subj = _subject(verb, lambda i: _in_quote(ctx, i))
        if subj is None or not _speakerlike(subj) or subj.lower_ in {"it", "this", "that"}:
            continue
        sub = _strip_space([t for t in tk.subtree if t.i != tk.i])
        if not sub:
            continue
        start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        if "\n" in ctx.text[start:end]:
            continue
        if tk.i < verb.i:
            continue  # "Against the odds, she won": not a stance
        st = _statement(ctx, start, end, _np_span(subj), (verb.idx, tk.idx + len(tk.text)), 1)
        if st is not None:
            out.append(st)
    return out


_LINE_CUE = re.compile(
    r"^[ \t]*((?:[A-Z][\w.’'-]*|de|van|von|al|el|bin)(?:[ \t]+(?:[A-Z][\w.’'-]*|de|van|von|al|"
    r"el|bin)){0,3}):[ \t]+(?=\S)([^\n]+)$",
    re.MULTILINE,
)
_NOT_SPEAKERS = {
    "q",
    "a",
    "note",
    "update",
    "updated",
    "editor",
    "editor's note",
    "photo",
    "photos",
    "source",
    "sources",
    "related",
    "watch",
    "read",
    "read more",
    "correction",
    "video",
    "abstract",
    "full text",
    "image",
    "credit",
    "caption",
    "warning",
    "breaking",
    "exclusive",
    "opinion",
    "analysis",
    "live",
    "see",
    "also",
    "via",
    "listen",
    "subscribe",
    "follow",
    "click",
    "tags",
    "topics",
    "filed under",
    "advertisement",
    "by",
    "posted",
    "published",
    "step",
    "part",
    "chapter",
    "day",
    "question",
    "answer",
    "transcript",
    "title",
    "subject",
    "the latest",
    "revealed",
    "contributing",
    "contributors",
    "reporting",
    "report by",
}


def _line_cues(ctx: _Ctx) -> list[StatementMention]:
    """A line that opens with a name and a colon ("Vastergaard: the levee will hold") is that
    name's statement, as in headlines and transcripts."""
    out: list[StatementMention] = []
    for m in _LINE_CUE.finditer(ctx.text):
        head = m.group(1)
        if head.lower().replace("’", "'").rstrip(".") in _NOT_SPEAKERS or (
            head.isupper() and len(head) > 4
        ):
            continue
        if _words(m.group(2)) < 3 or re.match(r"\d", m.group(2)):
            continue
        st = _statement(
            ctx, m.start(2), m.end(2), (m.start(1), m.end(1)), (m.end(1), m.end(1) + 1), 3
        )
        if st is not None:
            out.append(st)
    return out


_HEDGE_VERBS = {"seem", "appear"}
_HEDGE_PASSIVES = {
    "expect",
    "consider",
    "believe",
    "know",
    "think",
    "say",
    "report",
    "rumor",
    "rumour",
    "estimate",
    "project",
    "predict",
    "see",
    "view",
    "regard",
    "presume",
    "deem",
}
_HEDGE_ADVERBS = {
    "reportedly",
    "allegedly",
    "apparently",
    "purportedly",
    "supposedly",
    "seemingly",
    "ostensibly",
}


def _hedged_complement(c: Token) -> bool:
    """What a hedging passive says of its subject: "is expected to pass", "is seen as weak",
    "was considered likely"; not an act seen or awaited ("was seen entering", "expected home")."""
    if c.dep_ == "xcomp":
        return any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) or c.pos_ == "ADJ"
    if c.dep_ == "prep":  # "is known for …", not a time ("expected home on Friday")
        return not any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)
    return c.dep_ in {"oprd", "attr"}


def _hedges(ctx: _Ctx) -> list[StatementMention]:
    """Claims hedged by the writer, with no speaker: "the council seemed to waver", "the vote
    is expected to pass", "the firm has reportedly sold the site". The clause is the content."""
    out: list[StatementMention] = []
    for tok in ctx.doc:
        if tok.pos_ not in {"VERB", "AUX"} or _in_quote(ctx, tok.idx):
            continue
        lemma = tok.lemma_.lower()
        kids = list(tok.children)
        subj = next((c for c in kids if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None:
            continue
        hedged = (
            (
                lemma in _HEDGE_VERBS
                and any(c.dep_ in {"xcomp", "acomp", "attr", "ccomp"} for c in kids)
            )
            or (
                lemma in _HEDGE_PASSIVES
                and subj.dep_ == "nsubjpass"
                and any(c.dep_ == "auxpass" for c in kids)
                and any(_hedged_complement(c) for c in kids)
                and not any(c.dep_ == "agent" for c in kids)
            )
            or any(c.lower_ in _HEDGE_ADVERBS for c in kids)
        )
        if not hedged:
            continue
        if tok.dep_ == "relcl" or subj.tag_ in {"WDT", "WP"}:
            continue  # "messages that appear to come from …", "what appears to be": a description
        if subj.lower_ == "it" and lemma in _HEDGE_VERBS:
            comp = next((c for c in kids if c.dep_ == "ccomp"), None)
            if comp is None:
                continue
            start = comp.left_edge.idx
        else:
            start = subj.left_edge.idx
        right = _strip_space(list(tok.subtree))[-1]
        end = right.idx + len(right.text)
        if "\n" in ctx.text[start:end] or start > tok.idx:
            continue
        st = _statement(ctx, start, end, None, (tok.idx, tok.idx + len(tok.text)), 3)
        if st is not None:
            out.append(st)
    return out


_WH_ONLY = re.compile(r"\W*(?:who|whom|what|which|whose|when|why|how)\W*", re.IGNORECASE)
_CUT_TITLE = re.compile(r"(?:^|[,\s]+)(?:Dr|Prof|Mr|Mrs|Ms|Gen|Col|Capt|Lt|Sgt|Rev)\.?$")


def find_statements(
    text: str, doc: Doc | None = None, mentions: list[EntityMention] | None = None
) -> list[StatementMention]:
    """Statements of `text` in order; `doc`/`mentions` are reused when the caller has them."""
    if doc is None:
        doc = spacy_pipeline()(text)
    if mentions is None:
        mentions = find_entities(text, doc)
    ctx = _build_ctx(text, doc, mentions)
    found = _from_parse(ctx)
    _spoken_for(ctx, found)
    found = _dedupe(found + _line_cues(ctx) + _hedges(ctx) + _prep_stances(ctx))
    found = _dedupe(found + _partial_quotes(ctx, found))
    done: list[StatementMention] = []
    for st in found:
        _resolve(ctx, st, done)
        done.append(st)
    out: list[StatementMention] = []
    for st in _attach_orphans(ctx, done):
        out.extend(_one_paragraph(ctx, st, out))
    out = [
        st
        for st in out
        if not _BARE_SAID.match(st.text)
        and not _ANONYMITY.match(st.text)
        and not _WH_ONLY.fullmatch(st.text)  # "Who warned whom, and when": a question, no claim
    ]
    out = _dedupe(out)
    for st in out:
        if st.speaker_role:
            # "its director, Dr. Ines Loh": a title cut off the name is no part of the role
            st.speaker_role = _CUT_TITLE.sub("", st.speaker_role) or None
        st.kind = _kind(st.text)
        _said_when(ctx, st)
        st.parts = _quoted_parts(ctx, st)
    return out


def _one_paragraph(
    ctx: _Ctx, st: StatementMention, before: list[StatementMention]
) -> list[StatementMention]:
    """A statement cut at the paragraph breaks outside its quotes (a quote that runs on
    across paragraphs stays whole): the piece in its cue's paragraph, and any other piece
    that is a whole quote going on from a statement of the same speaker in its paragraph
    ("“…,” X said. “…”"); lines between them (a newsletter offer, "Advertisement") are no
    one's words."""
    breaks = [
        st.start + m.start()
        for m in re.finditer(r"\n", ctx.text[st.start : st.end])
        if not any(qs < st.start + m.start() < qe for qs, qe in ctx.quotes)
    ]
    if not breaks:
        return [st]
    edges = [st.start, *breaks, st.end]
    pieces = [_trim(ctx.text, a, b) for a, b in pairwise(edges)]
    pieces = [(a, b) for a, b in pieces if b - a > 1 and _words(ctx.text[a:b]) >= 2]
    cue = st.cue_start
    if cue is None or cue < st.start:
        main = pieces[0] if pieces else None
    elif cue >= st.end:
        main = pieces[-1] if pieces and "\n" not in ctx.text[pieces[-1][1] : cue] else None
    else:
        main = min(pieces, key=lambda p: min(abs(cue - p[0]), abs(cue - p[1])), default=None)
    out = []
    for piece in pieces:
        start, end = piece
        if piece != main:
            if _kind(ctx.text[start:end]) != "direct":
                continue
            prev = [
                p
                for p in before
                if p.end <= start
                and "\n" not in ctx.text[p.end : start]
                and p.speaker_name == st.speaker_name
            ]
            if not prev or st.speaker_name is None:
                continue
        out.append(replace(st, start=start, end=end, text=ctx.text[start:end]))
    return out


def _quoted_parts(ctx: _Ctx, st: StatementMention) -> list[tuple[int, int]] | None:
    """The quoted pieces of a direct statement that runs across its own attribution ("“…,”
    X said. “…”"), each trimmed as a statement is; None when the quote is in one piece."""
    if st.kind != "direct":
        return None
    inside = [(qs, qe) for qs, qe in ctx.quotes if st.start <= qs and qe <= st.end]
    if len(inside) < 2:
        return None
    marks = [(st.speaker_start, st.speaker_end), (st.cue_start, st.cue_end)]
    gaps = [(inside[k][1], inside[k + 1][0]) for k in range(len(inside) - 1)]
    if not any(
        s is not None and e is not None and gs <= s and e <= ge for gs, ge in gaps for s, e in marks
    ):
        return None
    return [_trim(ctx.text, qs, qe) for qs, qe in inside]


def quotes_record(doc_id: str, text: str, doc: Doc | None = None) -> dict:
    """The `newsdesk quotes` output for one document (stage-cli.md)."""
    statements = []
    for st in find_statements(text, doc):
        row = asdict(st)
        row.pop("speaker_type")
        parts = row.pop("parts")
        for start, end in parts or [(st.start, st.end)]:
            # one row per quoted piece: the words, never the attribution between them
            statements.append({**row, "start": start, "end": end, "text": text[start:end]})
    return {"id": doc_id, "statements": statements}
