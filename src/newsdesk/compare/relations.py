"""Relations between the statements of a story: agrees, contradicts, corrects, disputes.

No inference model can be downloaded here, so the relations are built from what the pipeline
already knows about each statement (`claims.Claim`): its speaker, when it was said, its sentence
vector, the polarity of its core words, the before/after it states, and its cues. Precision
comes first: a wrong "contradicts" is worse than a missing one, so every kind needs a specific
signal on top of topical closeness; closeness alone never relates two statements.

1. **Claims.** Statements from different articles (copies count as their original) that say
   the same thing are grouped: cosine >= 0.70 with the main verb negated in both or in
   neither, or >= 0.60 when both place the happening on the same side of the same anchor
   (before or after the strikes); never when the two are opposed (below), name different days
   or figures, one is a fragment without a verb, or one rejects or retracts and the other does
   not. Each group is one claim; each member is linked by `agrees` to its closest member in
   another article, so an outlet repeating a claim adds one relation, and copies none.
2. **Opposed** statements (cosine >= 0.50) cannot both be true: one places the happening
   before its anchor and the other after a related anchor ("informed ... before the strikes" /
   "informed ... immediately after the strikes"), or a core word one asserts the other negates
   with a verb on either side ("was fully inspected" / "No inspector ... has set foot"), or
   (cosine >= 0.20 of their words or sentences) one calls the happening an accident and the
   other someone's doing ("a technical fault" / "a deliberate attack").
3. Between two claims, one relation, the strongest that holds for some pair of members, with
   `a` the earlier:
   - `corrects`: the same speaker, the later statement retracts ("what I said was not
     accurate", "those reports were wrong") or says the opposite on a later day (a retraction
     may also come from the speaker's own institution: "the defence ministry walked back" what
     its Defence Minister said, when the two share a distinctive word, and so may an
     admission of the opposite: "the police acknowledged that a warning was logged"); the target is
     the speaker's earlier statement that others oppose, else the speaker's statement of an
     earlier day (or earlier in the article) closest to the retraction and its sentence
     (>= 0.20);
   - `disputes`: the later statement rejects a claim of another side: the claim reported just
     before it in the same article when the rejection points back ("Residents disputed that.",
     "The union's claim is false"; of the side it names: "rejected the Dovrian account"),
     else the claim closest to its words and sentence (>= 0.45,
     +0.25 when the rejection names the claim's speaker: "what the ministry said is not true";
     "a baseless accusation", "denied that ...", "rejected it, saying ..."), which
     must assert what is denied and place it before or after what the rejection's sentence
     does (a rejection told in the pluperfect, "had called the claims a lie", is not aimed at
     what the same article reports in the simple past);
   - `contradicts`: opposed statements of different speakers, or (when it is opposed to
     nothing) a statement reported as contradicting another side's close account (placing
     it before or after as that account's sentence says: "contradicting claims that officials
     had been informed before the operation" is aimed at a claim of being informed before).
A statement whose sentence is introduced as told of an earlier year ("In March 2019,
fishermen said ...") is background of an earlier event: it is related only to statements told
of that same year.
Thresholds were set on the bundled example corpus; `bench/relations_pairs.py` measures the
rules on 40 labelled pairs (BENCHMARKS.md, section 6).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsdesk.compare.claims import Claim, content_stems, stem
from newsdesk.model import Relation, RelationKind

AGREE = 0.70
AGREE_CLOSE = 0.60
OPPOSED = 0.50
NOTICE = 0.38  # "told in advance" / "no advance notice": a specific signal, looser closeness
CAUSE = 0.20  # "a technical fault" / "a deliberate attack": the cause of one happening
DISPUTE = 0.45
ANCHOR = 0.45
RETRACTED = 0.20
NAMED = 0.25
# verbs (stemmed) that say opposite things of one subject: "the motion passed" / "failed"
_PAIRS = [
    ("pass", "fail"),
    ("work", "fail"),
    ("succeed", "fail"),
    ("approve", "reject"),
    ("accept", "reject"),
    ("open", "close"),
    ("win", "lose"),
    ("rise", "fall"),
    ("increase", "decrease"),
    ("confirm", "deny"),
    ("allow", "ban"),
    ("survive", "die"),
    ("acquit", "convict"),
    ("hold", "collapse"),
    ("lock", "unlock"),
    ("arrive", "depart"),
]
_ANTONYMS = {stem(x): stem(y) for a, b in _PAIRS for x, y in ((a, b), (b, a))}
_PRIORITY: dict[str, int] = {"corrects": 3, "disputes": 2, "contradicts": 1}


@dataclass
class _Found:
    kind: RelationKind
    a: Claim
    b: Claim
    score: float
    note: str
    targeted: bool = False  # found through a cue that points at a single earlier claim


_Opposed = Callable[[Claim, Claim], str | None]  # why two statements cannot both be true


def _rank(f: _Found) -> tuple[int, float]:
    return (_PRIORITY[f.kind], f.score)


def relate_statements(claims: list[Claim], who: Callable[[Claim], str]) -> list[Relation]:
    """The relations between `claims` (see the module doc); `who` names a claim's source in
    the notes ("John Kirby (Agence X)")."""
    chronological = sorted(claims, key=Claim.key)
    reasons = {
        frozenset((a.id, b.id)): reason
        for i, b in enumerate(chronological)
        for a in chronological[:i]
        if (reason := _opposed(a, b))
    }

    def opposed(a: Claim, b: Claim) -> str | None:
        return reasons.get(frozenset((a.id, b.id)))

    group = _group(chronological, opposed)
    rank = {c.id: i for i, c in enumerate(chronological)}
    links: set[tuple[int, int]] = set()
    for members in _members(group, chronological).values():
        for c in members:
            others = [m for m in members if m.articles.isdisjoint(c.articles)]
            if others:
                closest = max(others, key=lambda m, c=c: similarity(m, c))
                links.add((min(rank[c.id], rank[closest.id]), max(rank[c.id], rank[closest.id])))
    relations = [
        Relation(kind="agrees", a=a.id, b=b.id, note=_agree_note(a, b, who))
        for a, b in ((chronological[i], chronological[j]) for i, j in sorted(links, key=_later))
    ]
    best: dict[tuple[int, ...], _Found] = {}
    speakers = {c.id: c.speaker for c in chronological}
    # statements another speaker's words oppose: what a retraction is most likely about
    opposed_ids = {
        c
        for pair in reasons
        for c in pair
        if len({speakers[x] for x in pair}) > 1 or speakers[c] is None
    }
    houses = _house_words(chronological)
    for i, b in enumerate(chronological):
        # what a retraction or admission takes back came before it, whatever the reading order
        after = [a for a in chronological[i + 1 :] if _takes_back_later(a, b)]
        found = [
            f
            for a in chronological[:i] + after
            if group[a.id] != group[b.id]
            and a.era == b.era
            and (f := _relation(a, b, opposed(a, b), opposed_ids, who, houses))
        ]
        targeted = [f for f in found if f.targeted]
        if targeted:  # a retraction, rejection or "contradicting" names one earlier claim
            found = [f for f in found if not f.targeted] + [max(targeted, key=_rank)]
        for f in found:
            pair = tuple(sorted((group[f.a.id], group[f.b.id])))
            if pair not in best or _rank(f) > _rank(best[pair]):
                best[pair] = f
    relations += [
        Relation(kind=f.kind, a=f.a.id, b=f.b.id, note=f.note)
        for f in sorted(best.values(), key=lambda f: (f.b.key(), f.a.key()))
    ]
    return relations


def _later(pair: tuple[int, int]) -> tuple[int, int]:
    return (pair[1], pair[0])


def similarity(a: Claim, b: Claim) -> float:
    return float(a.vector @ b.vector)


def _context_similarity(a: Claim, b: Claim) -> float:
    """How close `a`'s words are to `b`'s words or to the sentences they stand in."""
    return max(similarity(a, b), float(a.vector @ b.context_vector))


def _group(claims: list[Claim], opposed: _Opposed) -> dict[str, int]:
    """Claim group of each statement id: statements agreeing across articles joined greedily,
    closest pairs first, never joining two groups with an opposed pair between them."""
    group = {c.id: i for i, c in enumerate(claims)}
    members = {i: [c] for i, c in enumerate(claims)}
    pairs = sorted(
        (
            (similarity(a, b), a, b)
            for i, b in enumerate(claims)
            for a in claims[:i]
            if not opposed(a, b) and _agree(a, b)
        ),
        key=lambda t: -t[0],
    )
    for _, a, b in pairs:
        ga, gb = group[a.id], group[b.id]
        if ga == gb or any(opposed(x, y) for x in members[ga] for y in members[gb]):
            continue
        for c in members.pop(gb):
            group[c.id] = ga
            members[ga].append(c)
    return group


def _members(group: dict[str, int], chronological: list[Claim]) -> dict[int, list[Claim]]:
    out: dict[int, list[Claim]] = {}
    for c in chronological:
        out.setdefault(group[c.id], []).append(c)
    return out


def _agree(a: Claim, b: Claim) -> bool:
    """`a` and `b` (not opposed) say the same thing (see the module doc, 1)."""
    if not a.articles.isdisjoint(b.articles) or a.era != b.era:
        return False
    if (a.rejects, a.retracts, a.denies_content) != (b.rejects, b.retracts, b.denies_content):
        return False
    if a.numbers and b.numbers and a.numbers.isdisjoint(b.numbers):
        return False
    if a.days and b.days and a.days.isdisjoint(b.days):
        return False
    if not (a.proposition and b.proposition):
        return False  # a fragment ("her account of a January inspection") asserts nothing
    sim = similarity(a, b)
    same_timing = (
        a.timing is not None
        and b.timing is not None
        and a.timing.before == b.timing.before
        and _related_anchors(a, b)
    )
    if same_timing:
        return sim >= AGREE_CLOSE
    return sim >= AGREE and a.negated == b.negated


def _opposed(a: Claim, b: Claim) -> str | None:
    """Why the two cannot both be true, or None."""
    if a.era != b.era:
        return None  # one tells of an earlier event ("In March 2019, ..."): not the same one
    if a.numbers and b.numbers and a.numbers.isdisjoint(b.numbers):
        return None  # different figures: the facts comparison judges those
    if a.days and b.days and a.days.isdisjoint(b.days):
        return None  # "closed on Monday" and "reopened on Wednesday" can both be true
    if _opposite_notice(a, b):
        told, not_told = (a, b) if a.notice else (b, a)
        return (
            f"one says “{_clip(told.statement.text)}”, the other “{_clip(not_told.statement.text)}”"
        )
    if _opposite_cause(a, b):
        accident, doing = (a, b) if b.cause[0] else (b, a)  # type: ignore[index]
        return (
            f"one calls it an accident (“{accident.cause[1]}”), "  # type: ignore[index]
            f"the other someone's doing (“{doing.cause[1]}”)"  # type: ignore[index]
        )
    if similarity(a, b) < OPPOSED:
        return None
    if a.timing is not None and b.timing is not None:
        if a.denies_content != b.denies_content:
            return None  # "denied he was shown it before" says "not before": no conflict
        if a.timing.before != b.timing.before and _related_anchors(a, b) and _same_act(a, b):
            early, late = (a, b) if a.timing.before else (b, a)
            return (
                f"one places it before {early.timing.anchor or 'the event'}, "  # type: ignore[union-attr]
                f"the other only after {late.timing.anchor or 'it'}"  # type: ignore[union-attr]
            )
        return None
    if a.timing is not None or b.timing is not None:
        return None  # one negates a timing ("not ... in advance"), not the happening itself
    for word in sorted(set(a.polarity) & set(b.polarity)):
        asserted = a.polarity[word]
        if asserted != b.polarity[word] and _same_happening(a, b, word):
            yes, no = (a, b) if asserted else (b, a)
            return (
                f"one affirms “{yes.surface[word]}”, the other denies it "
                f"(“{no.surface[word]}” under a negation)"
            )
    for verb in a.verbs:
        other = _ANTONYMS.get(verb)
        if other in b.verbs and a.subjects.get(verb, set()) & b.subjects.get(other, set()):
            return f"one says “{a.surface[verb]}”, the other “{b.surface[other]}”"
    return None


def _opposite_notice(a: Claim, b: Claim) -> bool:
    """One says a side was told, warned or informed ("notified them in advance", "the report
    was delivered to the ministry"), the other that it was not ("no advance notice", "no
    warning reached the ministry"), and the two are about one matter: their words or the
    sentences they stand in are close. When the denial is of notice in advance ("no advance
    notice", "informed only after"), the claim of notice must place it before too, unless it
    is a warning and the denial says none came before ("we warned them" / "no warning
    reached us before the flood")."""
    if a.notice is None or b.notice is None or a.notice == b.notice:
        return False
    told, not_told = (a, b) if a.notice else (b, a)
    # a warning is given ahead of its matter: it answers "no warning before the flood"
    warned_before = told.forewarns and not_told.timing is not None and not_told.timing.denied
    if told.timing is None and not warned_before and (a.timing or b.timing):
        return False  # "we told them we would respond" says nothing of "no advance notice"
    closeness = max(_context_similarity(a, b), _context_similarity(b, a))
    return closeness >= NOTICE


def _opposite_cause(a: Claim, b: Claim) -> bool:
    """One calls the happening an accident ("a technical fault"), the other someone's doing
    ("a deliberate attack"): a specific signal, so a looser closeness of their words or
    sentences will do."""
    if a.cause is None or b.cause is None or a.cause[0] == b.cause[0]:
        return False
    return max(_context_similarity(a, b), _context_similarity(b, a)) >= CAUSE


def _clip(text: str, words: int = 12) -> str:
    parts = text.strip("“”\"' ").split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _same_happening(a: Claim, b: Claim, word: str) -> bool:
    """The word one asserts and the other negates names one happening: a verb of the same
    subject in both ("the motion passed" / "the motion did not pass"), or a verb in one and
    its noun in the other with more words in common ("the dam was inspected" / "no inspector
    has set foot on the dam")."""
    if word in a.verbs and word in b.verbs:
        return bool(a.subjects.get(word, set()) & b.subjects.get(word, set()))
    return word in a.verbs | b.verbs and bool((a.words & b.words) - {word})


def _same_act(a: Claim, b: Claim) -> bool:
    """Two before/after statements speak of the same act: they share a lower-case content
    word outside their anchors ("informed ... before" / "informed ... after", "alerted by
    siren" / "heard the siren"), not only the anchor or a place name ("residents of Lower Tarn
    were warned before the river burst" / "Lower Tarn's schools were closed after it")."""

    def own(c: Claim) -> frozenset[str]:
        lower = re.sub(r"\b[A-Z][\w'’-]*", " ", c.statement.text)
        return content_stems(lower) - content_stems(c.timing.anchor)  # type: ignore[union-attr]

    return bool(own(a) & own(b))


def _related_anchors(a: Claim, b: Claim) -> bool:
    """The two before/after anchors name the same happening: a shared word, or an anchor
    close to the other anchor or to the other statement ("the vote" / "... the ballots ...
    only after the polls had closed")."""
    words_a = content_stems(a.timing.anchor)  # type: ignore[union-attr]
    words_b = content_stems(b.timing.anchor)  # type: ignore[union-attr]
    if words_a & words_b:
        return True
    return (
        max(
            float(a.anchor_vector @ b.anchor_vector),
            float(a.anchor_vector @ b.vector),
            float(b.anchor_vector @ a.vector),
        )
        >= ANCHOR
    )


def _positive(c: Claim) -> bool:
    """The statement asserts its happening (not negated, not placed only after)."""
    return not c.negated and (c.timing is None or c.timing.before)


def _relation(
    a: Claim,
    b: Claim,
    opposed: str | None,
    opposed_ids: set[str],
    who: Callable[[Claim], str],
    houses: dict[str, set[str]],
) -> _Found | None:
    """The relation of the later statement `b` to the earlier `a`, or None; `opposed` says
    why the two cannot both be true, and `opposed_ids` are the statements another speaker's
    words oppose."""
    same_speaker = a.speaker is not None and a.speaker == b.speaker
    own_side = _speaks_for(a, b) or _speaks_for(b, a)
    later = not _takes_back_later(b, a) and (
        (a.day is not None and b.day is not None and a.day < b.day)
        or (_undated_order(a, b) and a.order[0] < b.order[0])
        or (_takes_back_later(a, b) and bool(opposed))
    )
    if same_speaker or (
        b.retracts and (own_side or _same_house(a, b, houses) or _retraction_names(b, a))
    ):
        if a.retracts:
            return None
        if b.retracts:
            # the target: what others oppose, else the speaker's earlier words closest to it
            contested = a.id in opposed_ids or opposed
            earlier = (
                (a.day is not None and b.day is not None and a.day < b.day)
                or (a.order[0] == b.order[0] and a.order[1] < b.order[1])
                # "walked back an earlier statement by X", when the days are not known
                or (_lead_names_speaker(b, a) and _undated_order(a, b))
                # "I said last week that …. That was wrong": the retraction names its own
                # earlier words, and nothing dates the two against each other
                or (bool(_OWN_EARLIER.search(b.statement.text)) and _undated_order(a, b))
                # no day dates the two: a retraction in another article of the story
                or (_undated_order(a, b) and a.order[0] < b.order[0])
                or (_takes_back_later(a, b) and a.order[0] != b.order[0])
            )
            if not _recalls(b, a):
                return None
            named = _lead_names_speaker(b, a) or _retraction_names(b, a)
            score = (
                (1.0 if contested else 0.0)
                + (NAMED if named or same_speaker else 0.0)  # one's own words first
                + _context_similarity(a, b)
            )
            if contested or (earlier and score >= RETRACTED):
                note = f"{who(b)} later retracts or amends this."
                return _Found("corrects", a, b, score, note, targeted=True)
        if opposed and later:
            return _Found("corrects", a, b, 1.0, f"{who(b)} later says the opposite: {opposed}.")
        return None
    if opposed and later and b.admits and (own_side or _same_house(a, b, houses)):
        # the speaker's own institution later concedes the opposite: "the police admitted ..."
        return _Found("corrects", a, b, 1.0, f"{who(b)} later says the opposite: {opposed}.")
    if own_side or _same_portfolio(a, b):
        return None  # "the prime minister's office" rejects no claim of the prime minister
    different_side = a.side is None or b.side is None or a.side != b.side
    if b.rejects and not a.rejects and different_side:
        note = f"{who(b)} rejects the claim of {who(a)}."
        if b.points_back:
            if _reported_before(a, b) and a.side is not None and _named_by_rejection(b, a):
                # the claim reported just before the rejection in the same article
                return _Found("disputes", a, b, 1.0 + a.order[1] / 1e7, note, targeted=True)
            return None
        score = _context_similarity(a, b) + (NAMED if _names_side_of(b, a) else 0.0)
        # "X had called the claims a lie": said before what the article reports as news, so
        # not aimed at words the same article reports in the simple past
        before_news = b.earlier and not a.earlier and a.order[0] == b.order[0]
        if score >= DISPUTE and a.proposition and not before_news and _rejected_claim_fits(a, b):
            return _Found("disputes", a, b, score, note, targeted=True)
    if opposed:
        note = f"{who(a)} and {who(b)} cannot both be right: {opposed}."
        return _Found("contradicts", a, b, similarity(a, b), note)
    if (
        b.flags_contradiction
        and b.id not in opposed_ids  # else the opposed statements show what it contradicts
        and different_side
        and _positive(a) != _positive(b)
        and _context_similarity(a, b) >= OPPOSED
        and _fits_context_timing(a, b)
    ):
        note = f"{who(b)} is reported as contradicting the account of {who(a)}."
        return _Found("contradicts", a, b, _context_similarity(a, b), note, targeted=True)
    return None


# a speaker recalling their own earlier words ("I said last week that …", "we told you …")
_OWN_EARLIER = re.compile(
    r"\b(?:I|we)\s+(?:had\s+)?(?:said|stated|told|claimed|announced|wrote)\b", re.IGNORECASE
)


_VERDICT = re.compile(
    r"[.;!?]|\b(?:was|were|is|are)\s+(?:not\b|wrong|false|untrue|mistaken|incorrect|inaccurate)",
    re.IGNORECASE,
)


def _recalls(b: Claim, a: Claim) -> bool:
    """When the retraction `b` restates its own earlier words ("I said we had closed every
    school. That was wrong"), `a` shares a content word with them."""
    m = _OWN_EARLIER.search(b.statement.text)
    if not m or re.search(r"\bwhat\s+$", b.statement.text[: m.start()], re.IGNORECASE):
        return True  # "what I said reflected the briefing I had": no words restated
    # up to the verdict: "what I said on Monday was not true" restates no words
    recalled = _VERDICT.split(b.statement.text[m.end() :])[0]
    words = {w for w in content_stems(recalled) if w[:5] not in _HOUSE_GENERIC}
    return not words or bool(words & a.words)


def _surname(c: Claim) -> str | None:
    """The stem of the last word of the speaker's name ("Kolar" of "Andrej Kolar")."""
    words = _WORDS.findall(c.statement.speaker_name or "") if c.speaker else []
    if len(words) < 2 or words[-1].lower()[:5] in _HOUSE_GENERIC or not words[-1][0].isupper():
        return None  # not a person's name: "Kestria's foreign ministry"
    return stem(words[-1])


_WORDS = re.compile(r"[A-Za-z][\w-]{2,}")


def _speaks_for(a: Claim, b: Claim) -> bool:
    """`b`'s speaker is `a`'s speaker's office or spokesperson: its name or role names `a`'s
    speaker ("Prime Minister Vera Lind's office", "a spokesman for Lind")."""
    name = _surname(a)
    if not name or a.speaker == b.speaker:
        return False
    own = " ".join(x for x in (b.statement.speaker_name, b.statement.speaker_role) if x)
    return name in content_stems(own)


# "Dovrian Foreign Minister": the portfolio, and the country or body it serves when named
_PORTFOLIO = re.compile(
    r"(?:\b((?!(?:The|Its|His|Her|Their)\b)[A-Z][\w'’-]+)\s+)?"
    r"\b([A-Za-z]{4,})\s+([Mm]inist(?:er|ry)|[Dd]epartment|[Ss]ecretary)\b"
)


def _same_portfolio(a: Claim, b: Claim) -> bool:
    """One of the two is a ministry and the other its minister ("the justice ministry" and
    "Justice Minister Ola Berg"): one side, not two parties disputing each other, unless
    they name different countries ("Dovrian Foreign Minister", "Karsanian foreign ministry")."""

    def posts(c: Claim) -> set[tuple[str | None, str, bool]]:
        role = " ".join(x for x in (c.statement.speaker_name, c.statement.speaker_role) if x)
        return {
            (
                m.group(1) and m.group(1).lower(),
                m.group(2).lower(),
                m.group(3).lower() in ("ministry", "department"),
            )
            for m in _PORTFOLIO.finditer(role)
        }

    return any(
        w == v and house != other and not (owner and owner_b and owner != owner_b)
        for owner, w, house in posts(a)
        for owner_b, v, other in posts(b)
    )


def _retraction_names(b: Claim, a: Claim) -> bool:
    """The retraction `b` names `a`'s speaker ("the minister had relied on a briefing that
    turned out to be incomplete, spokesman Ivo Barr said of Minister Tom Rask")."""
    name = _surname(a)
    if not name or not a.statement.speaker_role:  # "Keldra Dam" has no role: not a person
        return False
    return name in content_stems(f"{b.statement.text} {b.lead}")


def _named_by_rejection(b: Claim, a: Claim) -> bool:
    """When the rejection pointing back names whose claim it rejects ("rejected the Dovrian
    account"), `a` is that side's: its speaker's name or role carries the name."""
    if not b.rejects_whose:
        return True
    who = " ".join(x for x in (a.statement.speaker_name, a.statement.speaker_role, a.side) if x)
    words = content_stems(who)
    return any(
        w.startswith(n[:4]) or n.startswith(w[:4])
        for n in b.rejects_whose
        for w in words
        if len(n) >= 4 and len(w) >= 4
    )


def _names_side_of(b: Claim, a: Claim) -> bool:
    """`b`'s words name who made claim `a` ("What the ministry told the public is not true")."""
    who = " ".join(x for x in (a.statement.speaker_name, a.statement.speaker_role) if x)
    return bool(content_stems(who) & b.words)


# words every institution and its people share: they do not say which one
_HOUSE_GENERIC = {
    "minis", "spoke", "depar", "offic", "gover", "natio", "feder", "deput", "senio", "chief",
    "press", "state", "publi", "secre", "gener", "forei", "inter", "affai", "head", "direc",
    "provi",
    "leade", "presi", "agenc", "counc", "commi", "board", "autho", "servi", "regio", "local",
    "monda", "tuesd", "wedne", "thurs", "frida", "satur", "sunda",
}  # fmt: skip


_OUR = re.compile(r"\bour\s+(?:own\s+)?((?:[a-z]+ing\s+)?[a-z]+)", re.IGNORECASE)
# what everyone calls their own: it does not tell two sides apart
_OURS_GENERIC = {
    "count", "peopl", "natio", "citiz", "famil", "commu", "posit", "posti", "view", "respo",
    "prior", "thoug", "hope", "goal", "work", "time", "side", "frien", "chil", "home", "live",
}  # fmt: skip


def _house_words(claims: list[Claim]) -> dict[str, set[str]]:
    """Distinctive words of the names and roles each speaker is given anywhere in the story
    ("Kaldoria's deputy foreign minister" in one article, "Deputy Foreign Minister" in the
    next), and of what its words call "our" ("our teams": one side's people): by the claim's
    speaker, else its id."""
    out: dict[str, set[str]] = {}
    for c in claims:
        text = " ".join(x for x in (c.statement.speaker_name, c.statement.speaker_role) if x)
        words = {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", text)}
        ours = " ".join(_OUR.findall(c.statement.text)).split()
        words |= {w.lower().removesuffix("s")[:5] for w in ours if len(w) > 3}
        out.setdefault(c.speaker or c.id, set()).update(words - _HOUSE_GENERIC - _OURS_GENERIC)
    return out


def _same_house(a: Claim, b: Claim, houses: dict[str, set[str]]) -> bool:
    """`b` speaks for the institution `a`'s speaker belongs to ("the defence ministry" after
    "Defence Minister Vera Ilic"): their names and roles share a distinctive word."""
    return bool(houses[a.speaker or a.id] & houses[b.speaker or b.id])


def _reported_before(a: Claim, b: Claim) -> bool:
    """`a` is reported earlier in the article that first carries `b`."""
    first = b.statement.sources[0]
    return any(
        r.article_id == first.article_id and r.start < first.start for r in a.statement.sources
    )


def _undated_order(a: Claim, b: Claim) -> bool:
    """Nothing dates `a` and `b` against each other, and `a` is not after `b` in one article."""
    if a.day is not None and b.day is not None:
        return False
    return not (a.order[0] == b.order[0] and a.order[1] > b.order[1])


def _takes_back_later(a: Claim, b: Claim) -> bool:
    """`b` retracts or concedes and `a` does not, and no day dates the two against each other:
    what is taken back was said before, wherever the articles report it."""
    undated = a.day is None or b.day is None
    return undated and (b.retracts or b.admits) and not (a.retracts or a.admits)


def _lead_names_speaker(b: Claim, a: Claim) -> bool:
    """The words leading into `b` name `a`'s speaker."""
    name = a.statement.speaker_name
    return a.speaker is not None and bool(name) and content_stems(name) <= content_stems(b.lead)


def _fits_context_timing(a: Claim, b: Claim) -> bool:
    """When the sentence around `b` places what it contradicts before or after something,
    `a` places it there too."""
    if b.context_timing is None:
        return True
    return a.timing is not None and a.timing.before == b.context_timing.before


def _rejected_claim_fits(a: Claim, b: Claim) -> bool:
    """`a` says what `b` rejects: when `b`'s words are what is denied ("denied that X"), `a`
    asserts them too; when the sentences around `b` place the rejected claim before or after
    something ("announcing prior coordination ... a false claim"), `a` places it there too."""
    if b.denies_content:
        return _positive(a) == _positive(b)
    return _fits_context_timing(a, b)


def _agree_note(a: Claim, b: Claim, who: Callable[[Claim], str]) -> str:
    return f"{who(a)} and {who(b)} report the same claim."
