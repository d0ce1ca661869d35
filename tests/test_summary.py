"""The story summary (compare.summary): real sentences, exact sources, what happened, the
figures and the main dispute, on the example corpus, the seeds and invented records."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdesk.compare.summary import stands_alone, summarize
from newsdesk.extract.sentences import sentence_spans
from newsdesk.model import (
    Article,
    Corpus,
    Fact,
    Ref,
    Relation,
    Statement,
    Story,
    SummarySentence,
)


def _story_of(corpus: Corpus, article_id: str) -> tuple[Story, list[Article]]:
    by_id = {a.id: a for a in corpus.articles}
    story = next(s for s in corpus.stories if article_id in s.article_ids)
    return story, [by_id[a] for a in story.article_ids]


def _check_sources(summary: list[SummarySentence], articles: list[Article]) -> None:
    """Every sentence comes from an original article and every ref is a whole sentence."""
    by_id = {a.id: a for a in articles}
    for sentence in summary:
        origin = sentence.sources[0]
        assert by_id[origin.article_id].duplicate_of is None
        assert by_id[origin.article_id].text[origin.start : origin.end] == sentence.text
        assert len({r.article_id for r in sentence.sources}) == len(sentence.sources)
        for ref in sentence.sources:
            assert (ref.start, ref.end) in sentence_spans(by_id[ref.article_id].text)


def _facts_in(summary: list[SummarySentence], facts: list[Fact]) -> list[Fact]:
    origins = {(s.sources[0].article_id, s.sources[0].start) for s in summary}
    return [f for f in facts if any((r.article_id, r.start) in origins for r in f.sources)]


def _statement(story: Story, words: str) -> Statement:
    return next(q for q in story.statements if words in q.text)


# --- the example corpus ---------------------------------------------------------------------


@pytest.mark.parametrize("first", ["a01_vpa_kettleford_breach", "b01_vpa_sallow_creek"])
def test_example_summaries_are_three_to_six_sourced_sentences(
    example_corpus: Corpus, first: str
) -> None:
    story, articles = _story_of(example_corpus, first)
    summary = summarize(story, articles)
    assert 3 <= len(summary) <= 6
    _check_sources(summary, articles)
    # what happened: the lead of the earliest article
    lead = next(a for a in articles if a.id == first)
    assert summary[0].sources[0] == Ref(
        article_id=first, start=0, end=sentence_spans(lead.text)[0][1]
    )
    assert not any(s.text.startswith(('"', "“", "«")) and s.text[-1] in '"”»' for s in summary)


def test_kettleford_summary_has_the_toll_and_the_inspection_contradiction(
    example_corpus: Corpus,
) -> None:
    story, articles = _story_of(example_corpus, "a01_vpa_kettleford_breach")
    minister = _statement(story, "fully inspected on Jan. 20")
    inspector = _statement(story, "No inspector from this office")
    relation = Relation(kind="contradicts", a=minister.id, b=inspector.id, note="both inspections")
    summary = summarize(story.model_copy(update={"relations": [relation]}), articles)
    texts = [s.text for s in summary]

    # the copy a02 is a further source of the lead, never an origin
    assert "a02_orvel_herald_kettleford" in {r.article_id for r in summary[0].sources}
    # the death toll, and more than one toll: the sources differ
    tolls = {f.quantity for f in _facts_in(summary, story.facts) if f.what == "killed"}
    assert len(tolls) >= 2
    # the dispute closes the summary, the minister's side first; her quotation ends in "she
    # said", so her side is the sentence before it that names her
    assert texts[-2].startswith("Water Resources Minister Teodora Vancic said")
    assert texts[-2] != texts[0]
    assert "No inspector from this office" in texts[-1]
    assert summary[-1].sources[0].article_id == "a05_riverline_inspector"


def test_kettleford_without_relations_takes_the_most_reported_statement(
    example_corpus: Corpus,
) -> None:
    story, articles = _story_of(example_corpus, "a01_vpa_kettleford_breach")
    summary = summarize(story.model_copy(update={"relations": []}), articles)
    warned = next(s for s in summary if "Every household below the dam was alerted" in s.text)
    # said on day one (a01, copied by a02) and recalled by a06
    assert {r.article_id for r in warned.sources} == {
        "a01_vpa_kettleford_breach",
        "a02_orvel_herald_kettleford",
        "a06_northern_ledger_sirens",
    }


def test_summary_is_deterministic(example_corpus: Corpus) -> None:
    story, articles = _story_of(example_corpus, "b01_vpa_sallow_creek")
    assert summarize(story, articles) == summarize(story, list(reversed(articles)))


# --- the seed corpus (real articles, read at run time) ---------------------------------------


def test_seed_summaries_are_three_to_six_sourced_sentences(seed_corpus: Corpus) -> None:
    by_id = {a.id: a for a in seed_corpus.articles}
    assert len(seed_corpus.stories) == 2
    for story in seed_corpus.stories:
        articles = [by_id[a] for a in story.article_ids]
        summary = summarize(story, articles)
        assert 3 <= len(summary) <= 6
        _check_sources(summary, articles)
        assert all(stands_alone(s.text) for s in summary)
        assert _facts_in(summary, story.facts)  # a figure of the event


# --- invented records -----------------------------------------------------------------------

LEAD = (
    "A fire swept through the Dunmore textile mill on Monday night, killing at least four "
    "workers and injuring 12, the regional fire service said."
)
MILL = "\n".join(
    [
        LEAD,
        '"We did everything we could."',
        "Mill owner Jaro Pell said the company had followed every safety rule.",
        '"The fire alarms were tested in May and they were working," he said.',
        "Firefighters from three towns fought the blaze until dawn, and the main weaving hall "
        "collapsed shortly after midnight.",
    ]
)
TOLL = "The death toll from the Dunmore mill fire rose to seven on Tuesday, the governor said."
CHIEF = "Fire chief Amal Ruiz said the alarms at the mill had not worked for years."
LATER = "\n".join(
    [
        TOLL,
        CHIEF,
        "A fire swept through the Dunmore textile mill on Monday night, killing at least four "
        "workers, officials said.",
        "Families of the victims gathered outside the town hall on Tuesday evening to demand "
        "answers.",
        "Union leader Mara Voss said the mill had cut its night safety staff in March.",
        "Company spokesman Ole Brandt said the union's claim was false.",
    ]
)


def _ref(article: Article, words: str) -> Ref:
    start = article.text.index(words)
    return Ref(article_id=article.id, start=start, end=start + len(words))


def _sentence_ref(article: Article, words: str) -> Ref:
    at = article.text.index(words)
    start, end = next((s, e) for s, e in sentence_spans(article.text) if s <= at < e)
    return Ref(article_id=article.id, start=start, end=end)


@pytest.fixture
def mill() -> tuple[Story, list[Article]]:
    day = dt.date(2031, 5, 5)
    first = Article(id="mill-1", source="mill-1.txt", published=day, text=MILL)
    # the copy is dated earlier than its original: it still never becomes an origin
    copy = first.model_copy(
        update={
            "id": "mill-copy",
            "duplicate_of": "mill-1",
            "published": day - dt.timedelta(days=1),
        }
    )
    later = Article(
        id="mill-2", source="mill-2.txt", published=day + dt.timedelta(days=1), text=LATER
    )
    articles = [later, copy, first]

    def fact(i: int, article: Article, words: str, quantity: float, what: str) -> Fact:
        return Fact(
            id=f"f{i}",
            quantity=quantity,
            qualifier="exact",
            unit="people",
            what=what,
            text=words,
            sources=[_sentence_ref(article, words)],
        )

    def said(i: int, who: str, words: str, *arts: Article) -> Statement:
        return Statement(
            id=f"q{i}",
            speaker=who,
            kind="indirect",
            text=words,
            sources=[_ref(a, words) for a in arts],
        )

    story = Story(
        id="s1",
        headline="Dunmore mill fire",
        article_ids=[a.id for a in articles],
        facts=[
            fact(1, first, "killing at least four", 4, "killed"),
            fact(2, first, "injuring 12", 12, "injured"),
            fact(3, later, "rose to seven", 7, "killed"),
            fact(4, later, "killing at least four", 4, "killed"),
        ],
        statements=[
            said(1, "e1", "the company had followed every safety rule", first, copy),
            said(2, "e1", "The fire alarms were tested in May", first, copy),
            said(3, "e2", "the alarms at the mill had not worked for years", later),
            said(4, "e3", "the mill had cut its night safety staff", later),
            said(5, "e4", "the union's claim was false", later),
        ],
        # the staffing dispute is told by one article, the alarms by two: they come first
        relations=[
            Relation(kind="contradicts", a="q4", b="q5", note="staffing"),
            Relation(kind="contradicts", a="q3", b="q2", note="the alarms"),
        ],
    )
    return story, articles


def test_invented_story_reads_what_happened_figures_dispute(
    mill: tuple[Story, list[Article]],
) -> None:
    story, articles = mill
    summary = summarize(story, articles)
    _check_sources(summary, articles)
    pell = "Mill owner Jaro Pell said the company had followed every safety rule."
    assert [s.text for s in summary] == [LEAD, TOLL, pell, CHIEF]
    # the lead is carried by the copy and, near-identical, by the later article
    assert [r.article_id for r in summary[0].sources] == ["mill-1", "mill-copy", "mill-2"]
    assert [r.article_id for r in summary[2].sources] == ["mill-1", "mill-copy"]


def test_invented_story_without_facts_or_statements_follows_the_lead(
    mill: tuple[Story, list[Article]],
) -> None:
    story, articles = mill
    bare = story.model_copy(update={"facts": [], "statements": [], "relations": []})
    texts = [s.text for s in summarize(bare, articles)]
    assert texts[0] == LEAD
    assert len(texts) == 3
    assert '"We did everything we could."' not in texts


def test_nothing_to_summarize() -> None:
    story = Story(id="s1", headline="x", article_ids=["a"])
    assert summarize(story, []) == []
    quote = Article(id="a", source="a.txt", text='"We did everything we could," he said.')
    assert summarize(story, [quote]) == []


@pytest.mark.parametrize(
    ("sentence", "alone"),
    [
        ("The bridge over the Arno river collapsed on Sunday, officials said.", True),
        ('"The water rose too fast for us," said Mayor Ida Benn of Carrow.', True),
        ("« The count is 14 dead », Mr. Gritsenko told reporters on Friday.", True),
        ('"The water rose too fast for us to do anything at all."', False),
        ('"The water rose too fast for us," he said on Friday.', False),
        ("He said the water rose too fast for anyone to escape.", False),
        ("However, the bridge had been inspected twice last year.", False),
        ("“The water rose too fast for us to do anything at all.", False),
        ("Hedda Lorne spoke on a press call. said“We informed them before.”", False),
        ("(The ministry referred all questions to the police.)", False),
        ("Previously reported.", False),
        ("residents were told to leave the town before the storm arrived.", False),
    ],
)
def test_stands_alone(sentence: str, alone: bool) -> None:
    assert stands_alone(sentence) is alone
