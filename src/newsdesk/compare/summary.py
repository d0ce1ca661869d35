"""The story summary: three to six sentences of its articles, each with its sources.

Extractive: every summary sentence is an article's sentence as it stands (the boundaries of
`extract.sentences`), so its refs are exact and nothing is invented. Chosen in this order,
and read in this order:

1. **What happened**: the lead of the earliest original article (by publication date, then
   the story's order): its first sentence that stands alone.
2. **The figures**: up to two sentences stating the event's figures (`story.facts` with an
   event word: killed, injured, targets hit...; a bare count such as "2,500 troops" is
   context). Each pick states the most not yet stated: a kind of figure counts as many
   articles as report it, a value of a kind already stated (another outlet's toll) half as
   many as report that value. So the first pick adds, say, the injured to the lead's dead,
   and the second the toll other outlets give: where sources differ, it shows.
3. **The main dispute**: both sides of the story's `contradicts`, `disputes` and `corrects`
   relations (statement ids, or fact ids of figures in conflict), grouped into disputes by
   their parties; the dispute most articles report comes first, each party is heard once,
   the earlier side first, three sentences at most. A side's sentence is the first of its
   sources that stands alone; for a quotation closed by a pronoun ("...," she said), the
   sentence just before that quotes or reports the same speaker. Without such relations:
   the two statements carried by the most original articles.

While fewer than three are chosen, the sentences after the lead follow it. A sentence stands
alone when it has six words or more, starts with a capital, a digit or a quote mark, ends
like a sentence, does not open on a pronoun or a connective ("He", "But", "However"), has
balanced quote marks none run into a word (broken copy), and, when it opens on a quotation,
names who said it after. A sentence close in meaning to one already chosen (cosine of the
packaged MiniLM vectors, `newsdesk.nlp.embed`) is not taken, except the other side of a
dispute, which often reads alike ("informed before" / "informed after").

Copies (`duplicate_of` set) are never the origin of a sentence, but every article, copies
included, whose closest sentence is near-identical to a chosen one is listed as a source.

It does not write, merge or shorten sentences, resolve pronouns, or judge which figure is
right; it returns fewer than three sentences only when the articles hold fewer that stand
alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsdesk.extract.sentences import sentence_of, sentence_spans
from newsdesk.model import Article, Fact, Ref, Relation, Statement, Story, SummarySentence
from newsdesk.nlp import embed

MIN_SENTENCES = 3
MAX_FIGURES = 2
MAX_DISPUTE = 3  # with the lead: six sentences at most
NEAR_IDENTICAL = 0.85  # cosine at or above which another article's sentence says the same
REDUNDANT = 0.8  # cosine at or above which a candidate repeats a chosen sentence
MIN_WORDS = 6
_DISPUTE_KINDS = ("contradicts", "disputes", "corrects")

_WORD = re.compile(r"\w+")
_OPENING = '"“«'
_CLOSING = re.compile(r"[\"”»]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*$")
_RUN_IN_QUOTE = re.compile(r"\w[“«]")
# words that leave a sentence leaning on the one before it
_NEEDS_CONTEXT = {
    "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our",
    "this", "these", "those", "that", "and", "but", "or", "so", "yet", "however", "then",
    "also", "still",
}  # fmt: skip


@dataclass(frozen=True)
class _Sentence:
    article_id: str
    start: int
    end: int
    text: str


def stands_alone(text: str) -> bool:
    """Whether a sentence reads on its own (see the module doc)."""
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS or not _SENTENCE_END.search(text):
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in _OPENING):
        return False
    if _RUN_IN_QUOTE.search(text) or not _balanced(text):
        return False
    if text[0] in _OPENING:  # a quotation: the words after it must name who said it
        words = _WORD.findall(text[list(_CLOSING.finditer(text))[-1].end() :])
        if len(words) < 2:
            return False
    return words[0].lower() not in _NEEDS_CONTEXT


def _balanced(text: str) -> bool:
    return (
        text.count("“") == text.count("”")
        and text.count("«") == text.count("»")
        and text.count('"') % 2 == 0
    )


def _speaker(statement: Statement) -> str | None:
    return statement.speaker or statement.speaker_name


def _party(item: Statement | Fact) -> str:
    """Who holds an item in a dispute: a statement's speaker, else the item itself."""
    return (_speaker(item) if isinstance(item, Statement) else None) or item.id


class _Sources:
    """The story's articles in reading order, their sentences, sentence vectors, and who is
    quoted or reported in each sentence."""

    def __init__(self, story: Story, articles: Sequence[Article]) -> None:
        place = {aid: i for i, aid in enumerate(story.article_ids)}
        self.articles = sorted(
            articles,
            key=lambda a: (
                a.published is None,
                a.published or dt.date.min,
                place.get(a.id, len(place)),
                a.id,
            ),
        )
        self.rank = {a.id: i for i, a in enumerate(self.articles)}
        self.original = {a.id: a.duplicate_of or a.id for a in self.articles}
        self.published = {a.id: a.published for a in self.articles}
        self.spans = {a.id: sentence_spans(a.text) for a in self.articles}
        self.sentences = {
            a.id: [_Sentence(a.id, s, e, a.text[s:e]) for s, e in self.spans[a.id]]
            for a in self.articles
        }
        texts = list(dict.fromkeys(s.text for ss in self.sentences.values() for s in ss))
        self._row = {t: i for i, t in enumerate(texts)}
        self._vectors = embed(texts)
        self.speakers: dict[_Sentence, set[str]] = defaultdict(set)  # who speaks in a sentence
        for statement in story.statements:
            speaker = _speaker(statement)
            if speaker is None:
                continue
            for ref in statement.sources:
                sentence = self.sentence_at(ref)
                if sentence is not None:
                    self.speakers[sentence].add(speaker)

    def origins(self) -> list[Article]:
        return [a for a in self.articles if a.duplicate_of is None]

    def similarity(self, a: _Sentence, b: _Sentence) -> float:
        return float(self._vectors[self._row[a.text]] @ self._vectors[self._row[b.text]])

    def sentence_at(self, ref: Ref) -> _Sentence | None:
        """The sentence of an original article holding `ref`, if any."""
        if ref.article_id not in self.rank or self.original[ref.article_id] != ref.article_id:
            return None
        spans = self.spans[ref.article_id]
        if not spans:
            return None
        return self.sentences[ref.article_id][spans.index(sentence_of(spans, ref.start))]

    def told(self, item: Statement | Fact) -> _Sentence | None:
        """The sentence that tells an item: the first (in reading order) of its sentences
        that stands alone; for a statement whose sentence leans on the one before ("...,"
        she said), one of the two sentences before it that quotes or reports its speaker."""
        refs = sorted(item.sources, key=lambda r: (self.rank.get(r.article_id, 0), r.start))
        own = [s for s in map(self.sentence_at, refs) if s is not None]
        standing = next((s for s in own if stands_alone(s.text)), None)
        speaker = _speaker(item) if isinstance(item, Statement) else None
        if standing is not None or speaker is None:
            return standing
        for sentence in own:
            sentences = self.sentences[sentence.article_id]
            at = sentences.index(sentence)
            for before in reversed(sentences[max(0, at - 2) : at]):
                if stands_alone(before.text) and speaker in self.speakers.get(before, ()):
                    return before
        return None

    def order(self, sentence: _Sentence) -> tuple[int, int]:
        return self.rank[sentence.article_id], sentence.start

    def reach(self, refs: Iterable[Ref]) -> int:
        """How many original articles carry an item (a copy counts as its original)."""
        return len({self.original[r.article_id] for r in refs if r.article_id in self.rank})

    def refs(self, sentence: _Sentence) -> list[Ref]:
        """The sentence itself, then the near-identical sentence of each other article."""
        found = [sentence]
        row = self._vectors[self._row[sentence.text]]
        for article in self.articles:
            others = self.sentences[article.id]
            if article.id == sentence.article_id or not others:
                continue
            scores = self._vectors[[self._row[s.text] for s in others]] @ row
            best = int(scores.argmax())
            if scores[best] >= NEAR_IDENTICAL:
                found.append(others[best])
        return [Ref(article_id=s.article_id, start=s.start, end=s.end) for s in found]


class _Choice:
    """The sentences chosen so far, with the near-repeat check."""

    def __init__(self, sources: _Sources) -> None:
        self.sources = sources
        self.chosen: list[_Sentence] = []

    def fits(self, sentence: _Sentence, beside: Sequence[_Sentence] = ()) -> bool:
        """New, and not a near repeat of a chosen sentence (those in `beside` aside)."""
        return sentence not in self.chosen and all(
            self.sources.similarity(sentence, c) < REDUNDANT for c in self.chosen if c not in beside
        )

    def take(self, sentences: list[_Sentence]) -> list[_Sentence]:
        self.chosen.extend(sentences)
        return sentences


def summarize(story: Story, articles: list[Article]) -> list[SummarySentence]:
    """Three to six sentences of the story's articles: what happened, the figures, the
    main dispute (see the module doc), each with a ref in every article that says it."""
    sources = _Sources(story, articles)
    choice = _Choice(sources)
    lead = next(
        (s for a in sources.origins() for s in sources.sentences[a.id] if stands_alone(s.text)),
        None,
    )
    if lead is None:
        return []
    choice.take([lead])
    figures = _figures(story.facts, choice)
    dispute = _dispute(story, choice) or _most_reported(story.statements, choice)
    more = _fill(lead, choice)
    chosen = [lead, *more, *sorted(figures, key=sources.order), *dispute]
    return [SummarySentence(text=s.text, sources=sources.refs(s)) for s in chosen]


def _figures(facts: Sequence[Fact], choice: _Choice) -> list[_Sentence]:
    """Up to `MAX_FIGURES` sentences covering the most event figures not yet stated."""
    sources = choice.sources
    kinds: dict[str, set[str]] = defaultdict(set)  # what -> articles reporting it
    values: dict[tuple[str, float], set[str]] = defaultdict(set)  # (what, quantity) -> articles
    stated: dict[_Sentence, set[tuple[str, float]]] = defaultdict(set)
    for fact in facts:
        if fact.what == fact.unit:  # a bare count ("2,500 troops"), no event word
            continue
        for ref in fact.sources:
            sentence = sources.sentence_at(ref)
            if sentence is None:
                continue
            kinds[fact.what].add(ref.article_id)
            values[(fact.what, fact.quantity)].add(ref.article_id)
            stated[sentence].add((fact.what, fact.quantity))

    def gain(sentence: _Sentence) -> float:
        covered = {v for c in choice.chosen for v in stated.get(c, ())}
        new_kinds = {w for w, _ in stated[sentence]} - {w for w, _ in covered}
        new_values = stated[sentence] - covered
        return sum(len(kinds[w]) for w in new_kinds) + sum(len(values[v]) for v in new_values) / 2

    picked: list[_Sentence] = []
    candidates = sorted((s for s in stated if stands_alone(s.text)), key=sources.order)
    for _ in range(MAX_FIGURES):
        scored = [(gain(s), s) for s in candidates if choice.fits(s)]
        best_gain, best = max(scored, key=lambda g: g[0], default=(0.0, None))
        if best is None or best_gain <= 0:
            break
        picked += choice.take([best])
    return picked


def _dispute(story: Story, choice: _Choice) -> list[_Sentence]:
    """Both sides of the disagreements, the main one first, pair by pair, each party heard
    once, at most `MAX_DISPUTE` sentences."""
    sources = choice.sources
    items: dict[str, Statement | Fact] = {i.id: i for i in [*story.statements, *story.facts]}
    picked: list[_Sentence] = []
    heard: set[str] = set()
    for relation in _disagreements(story.relations, items, sources):
        a, b = items[relation.a], items[relation.b]
        told_a, told_b = sources.told(a), sources.told(b)
        if told_a is None or told_b is None or told_a == told_b:
            continue
        sides = [(a, told_a), (b, told_b)]
        day_a, day_b = _day(a, told_a, sources), _day(b, told_b, sources)
        if day_a and day_b and day_b < day_a:  # `a` is the earlier where time is known
            sides.reverse()
        pair = [told_a, told_b]
        new = [s for item, s in sides if _party(item) not in heard and choice.fits(s, pair)]
        if new and len(picked) + len(new) <= MAX_DISPUTE:
            picked += choice.take(new)
            heard.update(_party(item) for item, _ in sides)
    return picked


def _disagreements(
    relations: Sequence[Relation], items: dict[str, Statement | Fact], sources: _Sources
) -> list[Relation]:
    """The relations that say sources disagree, the main dispute first.

    A figure reported anew (difference `update`) or the same within qualifiers is left to
    the figures. Relations are grouped into disputes by their parties (a statement's
    speaker, else the item itself); the main dispute is the one the most original articles
    report, then the one with the most relations. Within a dispute: `contradicts`,
    `disputes`, `corrects`, the most reported first.
    """
    kept = [
        r
        for r in relations
        if r.kind in _DISPUTE_KINDS
        and r.difference in (None, "conflict")
        and r.a in items
        and r.b in items
    ]

    dispute: dict[str, str] = {}  # party -> a party of the same dispute (union-find)

    def root(x: str) -> str:
        while dispute.get(x, x) != x:
            x = dispute[x]
        return x

    for r in kept:
        dispute[root(_party(items[r.a]))] = root(_party(items[r.b]))
    roots = [root(_party(items[r.a])) for r in kept]
    refs: dict[str, list[Ref]] = defaultdict(list)  # dispute -> the sources of its items
    for d, r in zip(roots, kept, strict=True):
        refs[d] += [*items[r.a].sources, *items[r.b].sources]
    size = Counter(roots)
    first = {d: roots.index(d) for d in size}
    return [
        r
        for _, r in sorted(
            zip(roots, kept, strict=True),
            key=lambda x: (
                -sources.reach(refs[x[0]]),
                -size[x[0]],
                first[x[0]],
                _DISPUTE_KINDS.index(x[1].kind),
                -sources.reach([*items[x[1].a].sources, *items[x[1].b].sources]),
            ),
        )
    ]


def _day(item: Statement | Fact, sentence: _Sentence, sources: _Sources) -> dt.date | None:
    """When an item was said: its `said_on`, else the publication day of its article."""
    said_on = item.said_on if isinstance(item, Statement) else None
    return said_on or sources.published[sentence.article_id]


def _most_reported(statements: Sequence[Statement], choice: _Choice) -> list[_Sentence]:
    """Without a dispute: the two statements carried by the most original articles."""
    sources = choice.sources
    ranked = sorted(statements, key=lambda q: (-sources.reach(q.sources), -len(q.sources)))
    picked: list[_Sentence] = []
    for statement in ranked:
        sentence = sources.told(statement)
        if sentence is not None and choice.fits(sentence):
            picked += choice.take([sentence])
        if len(picked) == 2:
            break
    return sorted(picked, key=sources.order)


def _fill(lead: _Sentence, choice: _Choice) -> list[_Sentence]:
    """The sentences after the lead (in reading order) that stand alone, up to
    `MIN_SENTENCES` chosen in all."""
    sources = choice.sources
    after = [
        s
        for a in sources.origins()
        for s in sources.sentences[a.id]
        if sources.order(s) > sources.order(lead) and stands_alone(s.text)
    ]
    picked: list[_Sentence] = []
    for sentence in after:
        if len(choice.chosen) >= MIN_SENTENCES:
            break
        if choice.fits(sentence):
            picked += choice.take([sentence])
    return picked
