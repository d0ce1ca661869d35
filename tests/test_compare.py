"""Relations between the sources of a story (`newsdesk.compare`): statements and figures."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdesk.compare.claims import _RETRACTION, _VERDICT_ON_THAT, _timing
from newsdesk.compare.figures import compare_figures
from newsdesk.model import Article, Corpus, Fact, Notice, Ref, Story


def _story_with(corpus: Corpus, article_prefix: str) -> Story:
    return next(
        s for s in corpus.stories if any(a.startswith(article_prefix) for a in s.article_ids)
    )


def _statement_relations(story: Story, kind: str) -> list[tuple[str, str]]:
    """(a text, b text) of the story's relations of `kind` between statements."""
    texts = {q.id: q.text for q in story.statements}
    return [(texts[r.a], texts[r.b]) for r in story.relations if r.kind == kind and r.a in texts]


def _has(pairs: list[tuple[str, str]], first: str, second: str) -> bool:
    """Some pair holds `first` on one side and `second` on the other, in either order."""
    return any((first in a and second in b) or (first in b and second in a) for a, b in pairs)


# --- the bundled example corpus: EXPECTED.json lists its relations ---------------------------


def test_examples_inspection_contradiction(example_corpus: Corpus) -> None:
    story = _story_with(example_corpus, "a01_")
    pairs = _statement_relations(story, "contradicts")
    assert _has(pairs, "fully inspected on Jan. 20", "no inspector had visited")


def test_examples_walk_back_is_a_correction(example_corpus: Corpus) -> None:
    story = _story_with(example_corpus, "a01_")
    pairs = _statement_relations(story, "corrects")
    assert _has(pairs, "Every household below the dam was alerted", "those reports were wrong")


def test_examples_disputes(example_corpus: Corpus) -> None:
    kettleford = _statement_relations(_story_with(example_corpus, "a01_"), "disputes")
    assert _has(kettleford, "maintenance crew from 12 workers to four", "unfounded accusation")
    sallow = _statement_relations(_story_with(example_corpus, "b01_"), "disputes")
    assert _has(sallow, "beyond anything the dam was designed for", "seeping through the base")


def test_examples_no_wrong_contradiction(example_corpus: Corpus) -> None:
    """Every statement contradiction is one the corpus was written with: the inspection, and
    the sirens (the residents heard them only after the water)."""
    for story in example_corpus.stories:
        for a, b in _statement_relations(story, "contradicts"):
            both = a + " " + b
            assert "inspect" in both or "siren" in both, (a, b)


def test_examples_figures_compared(example_corpus: Corpus) -> None:
    story = _story_with(example_corpus, "a01_")
    facts = {f.id: f for f in story.facts}
    toll = [
        (r, facts[r.a], facts[r.b])
        for r in story.relations
        if r.a in facts and facts[r.a].what == "killed" and facts[r.b].what == "killed"
    ]
    # the toll reported as 14 by the province, then by the Meridian Wire a week later: agrees
    assert any(r.difference == "same" and a.quantity == b.quantity == 14 for r, a, b in toll)
    # "at least 11" and 14: both can be true
    assert any(
        r.difference == "qualifier" and {a.quantity, b.quantity} == {11, 14} for r, a, b in toll
    )
    # the Sallow Creek toll (event B) recalled in an event-A article is never compared
    assert all(6 not in (a.quantity, b.quantity) for _, a, b in toll)
    for r in story.relations:
        if r.a in facts:
            assert r.difference is not None and r.note
        else:
            assert r.difference is None


def test_relation_ids_exist_and_a_is_not_later(example_corpus: Corpus) -> None:
    days = {a.id: a.published for a in example_corpus.articles}
    for story in example_corpus.stories:
        items = {q.id: q.sources for q in story.statements} | {f.id: f.sources for f in story.facts}
        for r in story.relations:
            assert r.a in items and r.b in items and r.a != r.b
            day_a, day_b = (
                min((days[s.article_id] for s in items[x] if days[s.article_id]), default=None)
                for x in (r.a, r.b)
            )
            if r.kind != "agrees" and day_a and day_b:
                assert day_a <= day_b, r


# --- the seed corpus (real articles beside the checkout; read there, never copied here) ---------


def test_seeds_kirby_patel_contradiction(seed_corpus: Corpus) -> None:
    story = _story_with(seed_corpus, "004_")
    pairs = _statement_relations(story, "contradicts")
    assert _has(pairs, "“before”", "immediately after")
    for a, b in pairs:  # no other contradiction among the statements
        assert "before" in a + b or "prior" in a + b, (a, b)


def test_seeds_kirby_correction(seed_corpus: Corpus) -> None:
    pairs = _statement_relations(_story_with(seed_corpus, "004_"), "corrects")
    assert _has(pairs, "“before”", "accurate")


def test_seeds_iraqi_dispute(seed_corpus: Corpus) -> None:
    pairs = _statement_relations(_story_with(seed_corpus, "004_"), "disputes")
    assert pairs
    for claim, rejection in pairs:
        assert "before" in claim or "prior" in claim, (claim, rejection)


def test_seeds_patel_reports_agree(seed_corpus: Corpus) -> None:
    pairs = _statement_relations(_story_with(seed_corpus, "004_"), "agrees")
    assert _has(pairs, "immediately after", "until after")
    assert _has(pairs, "“before”", '"prior"')


# --- units -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "before", "anchor"),
    [
        ("the ministry had told the villagers “before” the release", True, "the release"),
        ("we told the farmers right after the gates were opened", False, "the gates were"),
        ("the farmers had no advance warning of the release", False, "of the release"),
        ("the sirens did not sound until the water was in the streets", False, "the water"),
        ("the mayor was briefed ahead of the vote", True, "the vote"),
    ],
)
def test_timing(text: str, before: bool, anchor: str) -> None:
    timing = _timing(text)
    assert timing is not None and timing.before is before and timing.anchor.startswith(anchor)


def test_timing_absent() -> None:
    assert _timing("The council approved the budget on Monday.") is None


def _article(aid: str, day: str | None, text: str, outlet: str) -> Article:
    return Article(
        id=aid,
        source=aid,
        outlet=outlet,
        text=text,
        published=dt.date.fromisoformat(day) if day else None,
    )


def _fact(fid: str, article: Article, quantity: float, qualifier: str, what: str) -> Fact:
    return Fact(
        id=fid,
        quantity=quantity,
        qualifier=qualifier,
        unit="people",
        what=what,
        text=article.text,
        sources=[Ref(article_id=article.id, start=0, end=len(article.text))],
    )


def test_figures_same_qualifier_update_conflict() -> None:
    a = _article("a", "2030-05-01", "At least 20 people were killed in the blast.", "Outlet A")
    b = _article("b", "2030-05-01", "The blast killed 25 people, police said.", "Outlet B")
    c = _article("c", "2030-05-01", "Hospital officials said 40 people died.", "Outlet C")
    d = _article("d", "2030-05-03", "The toll rose to 31 on Monday.", "Outlet D")
    e = _article("e", "2030-05-03", "Officials confirmed 31 deaths.", "Outlet E")
    facts = [
        _fact("f1", a, 20, "at_least", "killed"),
        _fact("f2", b, 25, "exact", "killed"),
        _fact("f3", c, 40, "exact", "killed"),
        _fact("f4", d, 31, "exact", "killed"),
        _fact("f5", e, 31, "exact", "killed"),
    ]
    found = {(r.a, r.b): r for r in compare_figures(facts, [a, b, c, d, e], [])}
    assert found[("f1", "f2")].difference == "qualifier"
    assert found[("f1", "f2")].kind == "agrees"
    assert found[("f2", "f3")].difference == "conflict"
    assert found[("f2", "f3")].kind == "contradicts"
    assert "Outlet B" in found[("f2", "f3")].note and "Outlet C" in found[("f2", "f3")].note
    assert found[("f3", "f4")].difference == "update"
    assert found[("f3", "f4")].kind == "corrects"
    assert found[("f4", "f5")].difference == "same"
    assert ("f1", "f5") not in found  # repeats are linked to the first report of the figure


def test_figures_not_compared() -> None:
    a = _article("a", "2030-05-01", "The blast killed 25 people.", "A")
    b = _article("b", "2030-05-01", "An attack in 2028 killed 25 people.", "B")  # background
    c = _article("c", "2030-05-01", "Three people were killed in a crash.", "C")  # far apart
    d = _article("d", "2030-05-01", "Twenty people were injured.", "D")  # another outcome
    facts = [
        _fact("f1", a, 25, "exact", "killed"),
        _fact("f2", b, 25, "exact", "killed"),
        _fact("f3", c, 3, "exact", "killed"),
        _fact("f4", d, 20, "exact", "injured"),
    ]
    assert compare_figures(facts, [a, b, c, d], []) == []


# --- the undated fixture: a walk-back by the minister's own ministry -----------------------


@pytest.fixture(scope="module")
def undated_corpus() -> Corpus:
    from pathlib import Path

    from newsdesk.ingest import read_inputs
    from newsdesk.pipeline import analyze

    return analyze(read_inputs([Path(__file__).parent / "fixtures" / "undated"])).corpus


def test_undated_ministry_walks_back_its_minister(undated_corpus: Corpus) -> None:
    story = _story_with(undated_corpus, "01_")
    assert _has(_statement_relations(story, "corrects"), "informed our Kestrian", "only after")
    assert _has(_statement_relations(story, "disputes"), "informed our Kestrian", "No one called")
    # the report of the boarding itself contradicts nobody
    assert not any("boarded" in a + b for a, b in _statement_relations(story, "contradicts"))


def test_retraction_and_verdict_cues() -> None:
    assert _RETRACTION.search("The ministry on Monday corrected a statement by its deputy head")
    assert _VERDICT_ON_THAT.match('that "a fabrication."')
    assert _VERDICT_ON_THAT.match("it pure propaganda")
    assert not _VERDICT_ON_THAT.match("that the figures were false")  # a claim, with a verb


@pytest.fixture(scope="module")
def dated_corpus() -> Corpus:
    from pathlib import Path

    from newsdesk.ingest import read_inputs
    from newsdesk.pipeline import analyze

    return analyze(read_inputs([Path(__file__).parent / "fixtures" / "dated"])).corpus


def test_dated_fixture_dispute_and_correction(dated_corpus: Corpus) -> None:
    assert len(dated_corpus.stories) == 2
    story = _story_with(dated_corpus, "01_")
    assert _has(_statement_relations(story, "disputes"), "told in advance", "fabrication")
    corrects = _statement_relations(story, "corrects")
    assert any("only after the strikes had started" in b for _, b in corrects)
    names = {e.name for e in story.entities if e.type == "PERSON"}
    assert not {"Karel Dussek", "Karel Dusek"} <= names  # one person, two spellings


@pytest.fixture(scope="module")
def expulsion_corpus() -> Corpus:
    """The first event of the probe_embassy fixture (e1-e4): an expulsion, the ambassador's
    denial, and the deputy minister amending his minister's account."""
    from pathlib import Path

    from newsdesk.ingest import read_inputs
    from newsdesk.pipeline import analyze

    folder = Path(__file__).parent / "fixtures" / "probe_embassy"
    return analyze(read_inputs(sorted(folder.glob("e[1-4]_*.txt")))).corpus


def test_a_denial_agrees_with_the_later_account_and_a_deputy_amends_his_minister(
    expulsion_corpus: Corpus,
) -> None:
    (story,) = expulsion_corpus.stories
    # "denied he had been shown any evidence before" and "handed over only after" agree
    assert not _statement_relations(story, "contradicts")
    corrects = _statement_relations(story, "corrects")
    assert _has(corrects, "own eyes", "imprecise")  # role worded differently in that article
    assert _has(corrects, "own eyes", "only after")


# --- figures of two sides (claimed_by) -------------------------------------------------------


def _claimed(fid: str, article: Article, quantity: float, who: str | None, what: str = "killed"):
    fact = _fact(fid, article, quantity, "exact", what)
    return fact.model_copy(update={"claimed_by": who})


def test_figures_of_two_sides_conflict_and_one_side_updates() -> None:
    from newsdesk.model import Entity

    entities = [
        Entity(id="e1", name="transport ministry", type="ORG"),
        Entity(id="e2", name="Quarry Workers' Union", type="ORG"),
        Entity(id="e3", name="Ivo Brand", type="PERSON", roles=["ministry spokesman"]),
    ]
    a = _article("a", "2030-05-01", "The transport ministry said 6 people died.", "A")
    b = _article("b", "2030-05-02", "The Quarry Workers' Union said 9 people died.", "B")
    c = _article("c", "2030-05-03", "The transport ministry raised the toll to 8.", "C")
    d = _article("d", "2030-05-03", "The ministry said 8 died; the union said 11 died.", "D")
    facts = [
        _claimed("f1", a, 6, "e1"),
        _claimed("f2", b, 9, "e2"),
        _claimed("f3", c, 8, "e1"),
        _claimed("f4", d, 8, "e1"),
        _claimed("f5", d, 11, "e2"),
    ]
    found = {(r.a, r.b): r.kind for r in compare_figures(facts, [a, b, c, d], entities)}
    assert found[("f1", "f2")] == "contradicts"  # later, but another side's figure
    assert found[("f2", "f3")] == "contradicts"
    assert found[("f4", "f5")] == "contradicts"  # one article, two sides
    # the same claimant later: an update
    e = _article("e", "2030-05-04", "The ministry now counts 10 dead.", "E")
    more = [_claimed("f1", a, 6, "e1"), _claimed("f2", e, 10, "e1")]
    assert [r.kind for r in compare_figures(more, [a, e], entities)] == ["corrects"]
    # a spokesman of a ministry and an unnamed claimant: as before, an update
    f = _article("f", "2030-05-04", "Ivo Brand said 10 people died.", "F")
    more = [_claimed("f1", a, 6, None), _claimed("f2", f, 10, "e3")]
    assert [r.kind for r in compare_figures(more, [a, f], entities)] == ["corrects"]


def test_figures_of_two_named_groups_are_not_compared() -> None:
    a = _article("a", "2030-05-01", "At least four miners were still missing.", "A")
    b = _article("b", "2030-05-02", "Two rescue divers were missing after the dive.", "B")
    facts = [_fact("f1", a, 4, "at_least", "missing"), _fact("f2", b, 2, "exact", "missing")]
    assert compare_figures(facts, [a, b], []) == []


def test_breach_count_revised_by_the_firm_and_disputed_by_hackers() -> None:
    from newsdesk.model import Entity

    entities = [
        Entity(id="e1", name="Korra", type="ORG"),
        Entity(id="e2", name="DarkLedger", type="ORG"),
        Entity(id="e3", name="Ada Voss", type="PERSON", roles=["chief executive"]),
    ]
    a = _article("a", "2030-05-01", "Korra said data of 1.2 million customers was stolen.", "A")
    b = _article("b", "2030-05-02", "DarkLedger says it holds more than 4 million records.", "B")
    c = _article("c", "2030-05-02", "Ada Voss said 1.2 million customers were affected.", "C")
    d = _article("d", "2030-06-01", "Korra now says 3.1 million records were affected.", "D")

    def breach(fid: str, art: Article, quantity: float, who: str, qualifier: str = "exact"):
        return _fact(fid, art, quantity, qualifier, "affected").model_copy(
            update={"claimed_by": who, "unit": "records"}
        )

    facts = [
        breach("f1", a, 1_200_000, "e1"),
        breach("f2", b, 4_000_000, "e2", "more_than"),
        breach("f3", c, 1_200_000, "e3"),
        breach("f4", d, 3_100_000, "e1"),
    ]
    found = {(r.a, r.b): r.kind for r in compare_figures(facts, [a, b, c, d], entities)}
    assert found[("f1", "f2")] == "contradicts"  # the hackers' claim, 3.3 times the firm's
    assert found[("f1", "f3")] == "agrees"
    assert found[("f3", "f4")] == "corrects"  # the firm's own count, revised (its chief's)
    assert found[("f2", "f4")] == "contradicts"


def test_retraction_naming_own_earlier_words_is_recognised() -> None:
    from newsdesk.compare.relations import _OWN_EARLIER

    assert _OWN_EARLIER.search("I said on Friday that the pier was safe. That was wrong.")
    assert not _OWN_EARLIER.search("The pier was not safe, the inspector said.")


def test_figures_correction_notice_links_undated_reports() -> None:
    a = _article("a", None, "Officers detained 52 people after the march.", "A")
    b = _article("b", None, "Police say 47 people were detained after the march.", "B")
    b.notices.append(
        Notice(
            kind="correction",
            text="An earlier version said 52 people were detained; police later gave 47.",
        )
    )
    facts = [_fact("f1", a, 52, "exact", "arrested"), _fact("f2", b, 47, "exact", "arrested")]
    found = {(r.a, r.b): r for r in compare_figures(facts, [a, b], [])}
    assert found[("f1", "f2")].kind == "corrects"
    # without the notice two undated reports are compared for sameness only
    b.notices.clear()
    assert compare_figures(facts, [a, b], []) == []


def test_figures_of_no_outcome_need_one_named_group() -> None:
    a = _article("a", "2030-05-01", "Rebels showed three detainees to reporters on Monday.", "A")
    b = _article("b", "2030-05-02", "The three others walked unaided.", "B")
    c = _article("c", "2030-05-02", "Officials said three detainees went home.", "C")
    facts = [
        _fact("f1", a, 3, "exact", "people"),
        _fact("f2", b, 3, "exact", "people"),
        _fact("f3", c, 3, "exact", "people"),
    ]
    found = {(r.a, r.b) for r in compare_figures(facts, [a, b, c], [])}
    assert found == {("f1", "f3")}


def test_undated_tolls_read_in_order_from_their_words() -> None:
    a = _article("a", None, "Four workers died when the scaffold fell, the firm said.", "A")
    b = _article("b", None, "Two more bodies were found, bringing the number of dead to six.", "B")
    c = _article("c", None, "Nine people are now confirmed dead after the scaffold fell.", "C")
    d = _article("d", None, "Eleven people died when a bridge fell across the valley.", "D")
    facts = [
        _fact("f1", a, 4, "exact", "killed"),
        _fact("f2", b, 6, "exact", "killed"),
        _fact("f3", c, 9, "exact", "killed"),
        _fact("f4", d, 11, "exact", "killed"),
    ]
    found = {(r.a, r.b): r for r in compare_figures(facts, [a, b, c, d], [])}
    assert found[("f1", "f2")].difference == "update"
    assert found[("f2", "f3")].difference == "update"
    assert ("f1", "f3") not in found  # one link per step
    assert ("f3", "f4") not in found  # no word says the 11 is a rise


def test_figures_a_floor_then_a_larger_count_later_is_an_update() -> None:
    a = _article("a", "2030-05-01", "At least nine people were killed.", "Outlet A")
    b = _article("b", "2030-05-06", "The toll stood at 27 dead.", "Outlet B")
    c = _article("c", "2030-05-01", "Officials said 12 people were killed.", "Outlet C")
    facts = [
        _fact("f1", a, 9, "at_least", "killed"),
        _fact("f2", b, 27, "exact", "killed"),
    ]
    found = {(r.a, r.b): r for r in compare_figures(facts, [a, b], [])}
    assert found[("f1", "f2")].difference == "update"
    # the same day, a larger count within the floor: still only a qualifier
    same_day = [_fact("f1", a, 9, "at_least", "killed"), _fact("f3", c, 12, "exact", "killed")]
    found = {(r.a, r.b): r for r in compare_figures(same_day, [a, c], [])}
    assert found[("f1", "f3")].difference == "qualifier"
