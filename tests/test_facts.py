"""Figures about the event (extract/facts.py): invented sentences for each rule, the example
corpus's EXPECTED facts, and the seed corpus (read at run time; skipped when absent)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsdesk.extract.facts import FactMention, facts_record, find_facts, story_facts
from newsdesk.extract.numbers import parse_number
from newsdesk.ingest import read_inputs
from newsdesk.model import Article, RawDocument

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
CORPUS = ROOT / "examples" / "corpus"


def facts(text: str) -> list[tuple[float, str, str, str]]:
    return [(f.quantity, f.qualifier, f.unit, f.what) for f in find_facts(text)]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("three", 3),
        ("a dozen", 12),
        ("twenty-five", 25),
        ("a hundred", 100),
        ("2,400", 2400),
        ("3.5 million", 3_500_000),
        ("one hundred and twenty", 120),
    ],
)
def test_number_words(words: str, value: float) -> None:
    assert parse_number(words) == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least 12 guards were killed in the raid.", (12, "at_least", "people", "killed")),
        ("More than a hundred people were injured.", (100, "more_than", "people", "injured")),
        ("About a dozen fishermen are still missing.", (12, "about", "people", "missing")),
        ("Some 900 villagers were evacuated overnight.", (900, "about", "people", "evacuated")),
        (
            "Nearly 40 homes were destroyed by the blast.",
            (40, "nearly", "homes", "homes destroyed"),
        ),
        ("Up to 300 troops will be deployed to the port.", (300, "up_to", "troops", "troops")),
        ("Fewer than ten fighters were captured.", (10, "fewer_than", "people", "arrested")),
        ("The jets struck 40 targets across the valley.", (40, "exact", "targets", "targets hit")),
        ("Crews rescued seven miners from the shaft.", (7, "exact", "people", "rescued")),
        ("The number of the dead has increased to eight.", (8, "exact", "people", "killed")),
        ("The raid killed “no more than two” people.", (2, "up_to", "people", "killed")),
    ],
)
def test_qualifiers_and_what(sentence: str, expected: tuple) -> None:
    assert facts(sentence) == [expected]


def test_two_figures_after_verbs() -> None:
    assert facts("The shelling killed 14 and wounded 31, medics said.") == [
        (14, "exact", "people", "killed"),
        (31, "exact", "people", "injured"),
    ]


def test_one_and_figures_without_a_noun() -> None:
    assert facts("Officials said one civilian died and 18 were injured.") == [
        (1, "exact", "people", "killed"),
        (18, "exact", "people", "injured"),
    ]
    assert facts("He was one of the victims.") == []


def test_vague_amounts() -> None:
    (f,) = facts("The blast wounded dozens of others.")
    assert f[1:] == ("at_least", "people", "injured") and f[0] == 24


def test_a_place_after_a_preposition_is_not_the_claimant() -> None:
    (f,) = find_facts("Volunteers in the hill town of Brask said 12 people were missing.")
    assert f.claimed_by != "Brask"


def test_magnitudes_are_not_counts_and_no_shelter_is_displacement() -> None:
    assert facts("A magnitude 5.8 quake, measured at 5.8 by the institute, shook the coast.") == []
    assert facts("A 6.1-magnitude tremor followed.") == []
    assert facts("About 700 people were left without shelter.") == [
        (700, "about", "people", "evacuated")
    ]


def test_death_toll_phrasing() -> None:
    assert facts("By evening the death toll had risen to 19.") == [
        (19, "exact", "people", "killed")
    ]


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("The raids killed 9 people, according to the Red Crescent.", "the Red Crescent"),
        ("At least 4 people died, the interior ministry said.", "the interior ministry"),
        ("Governor Ana Lisk said 30 homes were destroyed.", "Governor Ana Lisk"),
        ("The Flood Board on Friday raised the death toll to 41.", "The Flood Board"),
        ("The death toll rose to eleven, the charity said.", "the charity"),
        ("Six volunteers were hurt, the foundation said on Sunday.", "the foundation"),
    ],
)
def test_claimants(sentence: str, claimant: str) -> None:
    (f,) = find_facts(sentence)
    assert f.claimed_by == claimant


@pytest.mark.parametrize(
    "sentence",
    [
        "A subscription costs 4.99 crowns per week.",
        "The 52-year-old engineer has worked there since 1998.",
        "Shares fell 8 percent on March 3.",
        "The dam, built in 1971, is 40 metres high.",
        "Call 555-0134 for details.",
        "The meeting lasted three hours.",
    ],
)
def test_figures_that_are_not_facts(sentence: str) -> None:
    assert find_facts(sentence) == []


def test_record_offsets_and_sentence() -> None:
    text = "Rain fell. At least 12 guards were killed in the raid."
    rec = facts_record("d1", text, None)
    (f,) = rec["facts"]
    assert text[f["start"] : f["end"]].startswith("At least 12")
    assert text[f["sentence_start"] : f["sentence_end"]] == text[11:]
    assert {"start", "end", "quantity", "qualifier", "unit", "what", "claimed_by"} <= set(f)


def test_story_facts_ids_and_refs() -> None:
    a = Article(id="a", source="a", text="Rain fell. At least 12 guards were killed in the raid.")
    b = Article(id="b", source="b", text="Nearly 40 homes were destroyed.")
    out = story_facts([a, b])
    assert [f.id for f in out] == ["f1", "f2"]
    assert out[1].qualifier == "up_to"  # "nearly" until the model allows it
    ref = out[0].sources[0]
    assert a.text[ref.start : ref.end] == out[0].text


def test_story_facts_leave_out_figures_of_an_earlier_year() -> None:
    text = (
        "At least nine people were killed when the ferry capsized on Monday. "
        "Four people drowned in a similar accident in 2029. "
        "In December 2031, three fishermen were killed in a storm."
    )
    dated = Article(id="a", source="a", text=text, published=dt.date(2032, 1, 4))
    assert [(f.what, f.quantity) for f in story_facts([dated])] == [("killed", 9), ("killed", 3)]
    # with no date known in the story, no year is earlier
    undated = Article(id="b", source="b", text=text)
    assert len(story_facts([undated])) == 3


def _example_texts() -> dict[str, str]:
    """The plain-text articles of the example corpus (`.txt` files and JSONL records), by id."""
    docs = read_inputs([CORPUS])
    return {d.id: d.text for d in docs if isinstance(d, RawDocument) and d.text is not None}


def test_example_corpus_expected_facts() -> None:
    expected = json.loads((CORPUS / "EXPECTED.json").read_text(encoding="utf-8"))["facts"]
    texts = _example_texts()
    found: dict[str, list[FactMention]] = {k: find_facts(v) for k, v in texts.items()}
    missed = []
    for item in expected:
        if item["article"] not in texts:  # the .html pages are read by the cleaner
            continue
        ok = [
            f
            for f in found[item["article"]]
            if f.quantity == item["quantity"] and f.qualifier == item["qualifier"]
        ]
        if not ok:
            missed.append(item["text"])
    assert missed == []


def _seed(prefix: str) -> str:
    if not SEEDS.exists():
        pytest.skip("shared seed corpus not present")
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def test_seed_2019_figures() -> None:
    got = {
        (f.quantity, f.qualifier, f.what) for f in find_facts(_seed("000"), dt.date(2019, 12, 30))
    }
    assert {(25, "at_least", "killed"), (25, "exact", "killed"), (51, "exact", "injured")} <= got
    claimants = {f.claimed_by for f in find_facts(_seed("000")) if f.quantity == 51}
    assert claimants == {"the Hashed"}


def test_seed_2024_figures() -> None:
    got = set()
    for prefix in ("001", "002", "003", "004"):
        got |= {(f.quantity, f.qualifier, f.what) for f in find_facts(_seed(prefix))}
    assert {
        (3, "exact", "killed"),
        (85, "more_than", "targets hit"),
        (16, "exact", "killed"),
        (16, "at_least", "killed"),
        (36, "exact", "injured"),
        (2500, "about", "troops"),
        (165, "more_than", "attacks"),
    } <= got
    assert not any(q == 2014 or q == 2023 for q, _, _ in got)


def test_claimant_is_the_subject_not_the_end_of_its_appositive() -> None:
    text = (
        "The Delta Guard, a militia backed by neighbouring Carvia, said that seven of its "
        "fighters had been killed."
    )
    assert [f.claimed_by for f in find_facts(text)] == ["Delta Guard"]


def _facts(text: str) -> list[tuple[float, str, str | None]]:
    return [(f.quantity, f.what, f.claimed_by) for f in find_facts(text)]


def test_what_stays_in_the_figure_s_clause() -> None:
    # a crowd, then the dead of another clause: no toll
    assert (
        _facts(
            "Thousands of people filled the square as the coffins of the miners killed "
            "in the flood passed."
        )
        == []
    )
    assert _facts("The mayor will not rest at nine if more are found.") == []
    assert [
        w
        for _, w, _ in _facts(
            "Police said they keep the toll at 8 until the three missing divers are found."
        )
    ] == ["killed", "missing"]


def test_increments_and_translated_counts() -> None:
    assert _facts("Divers recovered four more bodies from the ferry on Monday.") == []
    assert [
        (q, w)
        for q, w, _ in _facts(
            "The warden affirmed that 21 of inmates have escaped from Ketta jail."
        )
    ] == [(21, "escaped")]
    got = _facts("The number of the prisoners who fled from Ketta jail is 30 prisoner.")
    assert [(q, w) for q, w, _ in got] == [(30, "escaped")]
    assert [(q, w) for q, w, _ in _facts("He said that six of persons were arrested again.")] == [
        (6, "arrested")
    ]


def test_claimant_of_the_figure_s_own_clause() -> None:
    text = (
        "The Ministry of Health announced that 40 people died, against the figure of 31 which "
        "was announced by the ministry of interior."
    )
    assert _facts(text) == [
        (40, "killed", "The Ministry of Health"),
        (31, "killed", "the ministry of interior"),
    ]
    assert _facts("The Dock Workers' Union has said that 9 people died.") == [
        (9, "killed", "The Dock Workers' Union")
    ]
    assert _facts("The minister Rafiq Omrani stressed that 12 soldiers were wounded.")[0][2] == (
        "Rafiq Omrani"
    )
    quote = '"Eleven families lost a son here," Bea Lund, the head of the miners\' union, told us.'
    assert _facts(quote)[0][2] == "Bea Lund"
    assert _facts("She rejects the official toll of 7 given last week.")[0][2] is None


def _figures(text: str) -> list[tuple[float, str, str, str]]:
    return [(f.quantity, f.qualifier, f.unit, f.what) for f in find_facts(text)]


def test_money_the_story_is_about() -> None:
    assert _figures("The watchdog fined Korra Mobile 3.2 million euros on Friday.") == [
        (3_200_000, "exact", "euros", "fine")
    ]
    assert _figures("The builder paid him $1.5 million in bribes, the indictment says.") == [
        (1_500_000, "exact", "dollars", "bribe")
    ]
    assert _figures("The gang asked for a ransom of 12 bitcoin.") == [
        (12, "exact", "bitcoin", "ransom")
    ]
    assert _figures("Its losses reached €7.5m last year.")[0][:3] == (7_500_000, "exact", "euros")
    assert _figures("The court ordered a fine of EUR 250,000.") == [
        (250_000, "exact", "euros", "fine")
    ]
    assert _figures("A budget of 3,5 million euros was approved.")[0][0] == 3_500_000
    assert _figures("Thieves spent gift cards worth roughly 20,000 euros.") == [
        (20_000, "about", "euros", "cards")
    ]
    # prices and offers are not the event's sums
    assert _figures("Read on for just 1 euro a week.") == []
    assert _figures("Its shares fell to 4.20 euros in Pella.") == []


def test_a_sum_paid_in_an_article_about_bribes() -> None:
    text = (
        "Ivo Tarn is accused of taking bribes. The builder paid Tarn 900,000 euros through a "
        "trust. His lawyer says at most 100,000 euros reached him."
    )
    assert [(q, w) for q, _, _, w in _figures(text)] == [(900_000, "bribe"), (100_000, "bribe")]


def test_penalties_are_figures_other_durations_are_not() -> None:
    assert _figures("A court sentenced former mayor Ole Rask to six years in prison.") == [
        (6, "exact", "years", "prison sentence")
    ]
    assert _figures("She received a two-year suspended sentence.") == [
        (2, "exact", "years", "suspended sentence")
    ]
    assert _figures("He was also banned from public office for eight years.") == [
        (8, "exact", "years", "ban")
    ]
    assert _figures("He was jailed for 18 months.") == [(18, "exact", "months", "prison sentence")]
    assert _figures("For 20 years he ran the port.") == []
    assert _figures("In recent years the firm grew.") == []
    assert _figures("The bank waited six days before telling clients.") == []


def test_breach_counts_and_their_revision() -> None:
    assert _figures("Hackers stole the data of about 1.2 million customers.") == [
        (1_200_000, "about", "records", "affected")
    ]
    assert _figures("The breach affected 3.1 million customer records.") == [
        (3_100_000, "exact", "records", "affected")
    ]
    text = (
        "Korra, which first put the number of affected users at 1.2 million before raising it "
        "to 3.1 million, said it would appeal."
    )
    got = find_facts(text)
    assert [(f.quantity, f.unit, f.what) for f in got] == [
        (1_200_000, "records", "affected"),
        (3_100_000, "records", "affected"),
    ]
    assert got[0].claimed_by == "Korra"
    assert find_facts("Korra now says 3.1 million records were stolen.")[0].claimed_by == "Korra"
    # a customer base is no count of the breach
    base = _figures("Korra has about 5 million registered customers.")
    assert base[0][2:] == ("people", "people")
    assert _figures("Hackers took the data of millions of customers.") == []


def test_scale_word_after_a_sum_is_not_a_count() -> None:
    assert [u for _, _, u, _ in _figures("They paid him $4.1 million in bribes.")] == ["dollars"]


def test_small_counts_of_generic_things_are_not_figures() -> None:
    assert _figures("The last four digits of the cards were stolen.") == []
    assert _figures("The two sides cannot agree.") == []
    assert _figures('"A firm that needs three attempts has a problem," she said.') == []
    assert _figures("We have the testimony of two people who paid.") == []


def _kinds(text: str) -> list[tuple[float, str, str, str]]:
    return [(f.quantity, f.qualifier, f.unit, f.what) for f in find_facts(text)]


def test_second_count_of_a_coordinated_sentence_has_its_own_kind() -> None:
    # the words before "and"/"with" belong to the first count, not the second
    assert _kinds("Eleven people were arrested and four officers were slightly hurt.") == [
        (11, "exact", "people", "arrested"),
        (4, "exact", "people", "injured"),
    ]
    assert _kinds(
        "The number of people confirmed dead rose to 12 on Monday, with 8 others still "
        "unaccounted for."
    ) == [(12, "exact", "people", "killed"), (8, "exact", "people", "missing")]


def test_vague_crowds_labels_and_number_of_things() -> None:
    assert _kinds("The mayor addressed a crowd of several hundred residents.") == []
    # "Terminal 2" is a name, and "for" does not lead to the counted noun
    assert _kinds("Guards opened Terminal 2 for some minutes and about 30 lorries left.") == [
        (30, "about", "lorries", "lorries")
    ]
    assert _kinds("The number of lorries stuck at the border had climbed to 230 by Monday.") == [
        (230, "exact", "lorries", "lorries")
    ]
    assert _kinds("The farmers' group said 17 of its members received treatment for cuts.") == [
        (17, "exact", "people", "hospitalized")
    ]


def test_time_in_captivity_is_a_figure() -> None:
    assert _kinds("Three aid workers held for 212 days by a militia were freed on Monday.")[-1] == (
        212,
        "exact",
        "days",
        "held",
    )
    assert _kinds("The sailors were released after 61 days in captivity.") == [
        (61, "exact", "days", "held")
    ]
    assert _kinds("The crew had been kept hostage for nearly six weeks.") == [
        (6, "nearly", "weeks", "held")
    ]
    assert _kinds("The festival lasted for 11 days.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two more bodies were found on Monday, bringing the number of dead to eleven.",
            (11, "exact", "people", "killed"),
        ),
        (
            "Rescuers worked to reach 16 workers still trapped in the tunnel.",
            (16, "exact", "people", "trapped"),
        ),
        (
            "Thirty-two of them got out through a side shaft, and five of those were taken to "
            "the district hospital.",
            (5, "exact", "people", "hospitalized"),
        ),
        (
            "Of the 90 survivors, six remain in hospital in Dorvan.",
            (6, "exact", "people", "hospitalized"),
        ),
        (
            "Of the 90 survivors, six remain in hospital in Dorvan.",
            (90, "exact", "people", "rescued"),
        ),
        (
            "Twelve people are still listed as missing, police said.",
            (12, "exact", "people", "missing"),
        ),
        (
            "Officials said 140 people had been aboard and that 31 are now known to have died.",
            (31, "exact", "people", "killed"),
        ),
        (
            "In all 140 people were on board, of whom 102 were saved by fishermen.",
            (102, "exact", "people", "rescued"),
        ),
        (
            "The driver and three crew members are in custody, accused of causing death by "
            "negligence.",
            (3, "exact", "people", "arrested"),
        ),
        (
            "Lifeboats and a helicopter pulled 64 people from the water overnight.",
            (64, "exact", "people", "rescued"),
        ),
    ],
)
def test_disaster_outcomes(text: str, expected: tuple) -> None:
    """Trapped, survivors, "N of them", "listed as missing", "bringing the number to N"."""
    assert expected in facts(text)


def test_outcome_words_stay_in_their_clause() -> None:
    found = facts(
        "Officials said 140 people had been aboard and that 31 are now known to have died."
    )
    assert (140, "exact", "people", "killed") not in found
    found = facts("In all 140 people were on board, of whom 102 were saved by fishermen.")
    assert (140, "exact", "people", "rescued") not in found
    assert facts("Two of them were destroyed.") == []


def test_sum_in_a_currency_not_on_the_lists() -> None:
    assert facts("The memo authorised a payment of 2.4 million lorins to the broker.") == [
        (2_400_000, "exact", "lorins", "funds")
    ]
    found = facts("The gang had asked the family for about six million zarrat, a cousin said.")
    assert found and found[0][:3] == (6_000_000, "about", "zarrat")
    # a scale without money around it is no sum
    assert not [
        f
        for f in facts("Some two million visitors came in the summer.")
        if f[2] == "visitors" and f[3] == "funds"
    ]


def test_a_names_number_is_not_a_count() -> None:
    assert facts("Late on Friday, Express 502 left the rails on a bend outside the town.") == []
    assert facts("On Monday 14 people died in the collapse.") == [(14, "exact", "people", "killed")]


def test_count_of_things_keeps_the_thing_and_machines_are_not_people() -> None:
    assert facts("The count of flooded homes rose to 52.")[0][:3] == (52, "exact", "homes")
    units = [
        f[2]
        for f in facts(
            "More than 300 firefighters, 14 water bombers and helicopters were deployed."
        )
    ]
    assert units == ["people", "bombers"]


def test_a_vague_count_does_not_reach_past_when_to_a_noun() -> None:
    found = facts(
        "At least 30 miners were killed and dozens hurt when Corvanian gunboats shelled the port."
    )
    assert (30, "at_least", "people", "killed") in found
    assert not [f for f in found if f[2] == "gunboats"]


def test_people_nouns_and_illness_are_counted_as_people() -> None:
    assert _kinds("At least 30 guests fell ill after the banquet in Orvale.") == [
        (30, "at_least", "people", "ill")
    ]
    assert _kinds("The clinic said 9 toddlers had been confirmed sick with the virus.") == [
        (9, "exact", "people", "ill")
    ]
    # near misses: "ill-fated" says nothing about illness; things stay things
    assert _kinds("The ill-fated coach carried 40 passengers.")[0][3] != "ill"
    assert _kinds("The kiosk sold 300 tins to customers.") == [(300, "exact", "tins", "tins")]


# --- storm report wording (invented) ------------------------------------------------------


def _facts(text: str) -> list[tuple[float, str, str | None]]:
    return [(f.quantity, f.what, f.claimed_by) for f in find_facts(text, None)]


def test_forced_out_of_homes_is_evacuated_and_place_authorities_claim() -> None:
    got = _facts(
        "Cyclone Berenike struck the port of Dalby, killing at least four people, injuring 17 "
        "and forcing about 900 residents out of the flooded old quarter, the Tarn regional "
        "authorities said."
    )
    assert (900.0, "evacuated", "the Tarn regional authorities") in got
    assert (17.0, "injured", "the Tarn regional authorities") in got


def test_forced_without_leaving_is_not_evacuated() -> None:
    assert _facts("The army said it forced 30 rebels to surrender.")[0][1] != "evacuated"
    assert _facts("The flood forced 200 families from their homes.")[0][1] == "evacuated"


def test_count_rising_to_is_no_claim() -> None:
    got = _facts(
        "The number of victims in the village Dalby has raised to nine, reported the regional "
        "flood agency."
    )
    assert got[0][2] == "the regional flood agency"


def test_still_searched_is_missing() -> None:
    assert _facts("Two climbers are still searched in the mountains.")[0][:2] == (2.0, "missing")


def test_lifted_from_windows_is_rescued() -> None:
    got = _facts(
        "He said boats had lifted more than 30 people from upper windows during the night."
    )
    assert got[0][:2] == (30.0, "rescued")


def test_story_drops_vague_count_beside_precise_and_repeats() -> None:
    import datetime as dt

    from newsdesk.extract.facts import story_facts
    from newsdesk.model import Article

    text = (
        "Guards searched for dozens of inmates who escaped from the Harlowmere jail. "
        "At least 31 prisoners escaped, the warden said. "
        "At least 31 prisoners escaped, officials repeated on Monday."
    )
    art = Article(id="a1", source="test", text=text, published=dt.date(2024, 5, 6))
    got = [(f.what, f.quantity) for f in story_facts([art])]
    assert got == [("escaped", 31.0)]


def test_claimant_subject_saying_possessive_body_and_asked_question() -> None:
    by = {
        f.quantity: f.claimed_by
        for f in find_facts(
            "Velmoria rejected the rival count, saying its rangers killed at least six poachers."
        )
    }
    assert by[6] == "Velmoria"
    got = find_facts("Brask's health ministry gave another account, saying 17 people had died.")
    assert got[0].claimed_by == "Brask's health ministry"
    # the clause's subject after "said" is no claimant; the body before the verb is
    got = find_facts("The Ostran government said Brask-led guards killed four villagers.")
    assert got[0].claimed_by == "The Ostran government"
    # a figure in a question the speaker only answers is not the speaker's
    got = find_facts("Asked about the deaths of three guards, Mira Tolt said the review went on.")
    assert got and got[0].claimed_by is None
    got = find_facts('The town lost 9 homes," ferry spokesman Ivo Dral said.')
    assert got[0].claimed_by == "Ivo Dral"


def test_pronoun_one_and_wards_adverb_are_no_figures() -> None:
    assert facts('"Strikes like this one push our region backwards," the council said.') == []


def test_claimant_of_a_country_body_a_count_by_and_still_counts():
    (f,) = find_facts("Four miners were killed on Monday, Dursa's coast guard said.")
    assert f.claimed_by == "Dursa's coast guard"
    (f,) = find_facts(
        "According to a revised count issued Friday by the Tolvian health ministry, six died."
    )
    assert f.claimed_by == "the Tolvian health ministry"
    facts = find_facts("Tolvia still counts three deaths.")
    assert [(x.quantity, x.what, x.claimed_by) for x in facts] == [(3.0, "killed", "Tolvia")]


def test_released_and_taken_to_port_kinds():
    facts = find_facts("The 14 crew members were taken to the port of Varel, the agency said.")
    assert [(x.quantity, x.what) for x in facts] == [(14.0, "arrested")]
    facts = find_facts("Eight others were released on Monday evening.")
    assert [(x.quantity, x.what) for x in facts] == [(8.0, "released")]


def test_people_spoken_with_and_some_of_the_things_are_no_figures():
    assert not find_facts("said the mayor, who spoke with three survivors by phone.")
    assert not find_facts("Guards on two of the barges had resisted the inspectors.")


def test_claimant_is_the_body_a_role_belongs_to_and_hurt_is_injured() -> None:
    facts = find_facts(
        "At least 12 miners died and about 40 hurt on Monday, medics at the Velna hospital said."
    )
    assert [(f.quantity, f.what, f.claimed_by) for f in facts] == [
        (12.0, "killed", "the Velna hospital"),
        (40.0, "injured", "the Velna hospital"),
    ]


def test_quote_going_on_and_he_said_take_the_paragraph_speaker() -> None:
    text = (
        '"It was chaos," said Dr. Ilse Marrow, head of Dalby clinic. "Nine were dead on '
        'arrival. We are treating 30 people, and four of them are in a critical condition."\n'
        'Oren Tusk, the ferry owner, said the crew had done their best. "We are sorry," he '
        "said. Fewer than ten of the victims died aboard, he said."
    )
    got = [(f.quantity, f.what, f.claimed_by) for f in find_facts(text)]
    assert got == [
        (9.0, "killed", "Ilse Marrow"),
        (30.0, "hospitalized", "Ilse Marrow"),
        (4.0, "critical", "Ilse Marrow"),
        (10.0, "killed", "Oren Tusk"),
    ]


def test_inverted_announcer_of_whom_part_and_citing_ministry() -> None:
    (toll, part) = find_facts(
        "The toll rose to 25 dead, announced the Ministry of Health of Velnor, of whom at least "
        "six are Dursan nationals according to the authorities of Dursa."
    )
    assert (toll.quantity, toll.what, toll.claimed_by) == (
        25.0,
        "killed",
        "the Ministry of Health of Velnor",
    )
    assert (part.quantity, part.what, part.claimed_by) == (
        6.0,
        "killed",
        "the authorities of Dursa",
    )
    (f,) = find_facts(
        "The transport ministry nonetheless kept citing 17 confirmed deaths, saying two "
        "bodies had yet to be formally identified."
    )
    assert (f.quantity, f.claimed_by) == (17.0, "The transport ministry")


def test_crowd_estimates_and_19_of_the_injured() -> None:
    facts = find_facts(
        "Organisers estimated the crowd at about 80,000, while police put it closer to 50,000."
    )
    assert [(f.quantity, f.qualifier, f.what, f.claimed_by) for f in facts] == [
        (80000.0, "about", "crowd", "Organisers"),
        (50000.0, "about", "crowd", "police"),
    ]
    (f,) = find_facts("The surgeon said 11 of the injured were still in intensive care.")
    assert (f.quantity, f.what) == (11.0, "critical")


def test_a_possessive_count_of_things_is_no_figure() -> None:
    assert not find_facts("Fans queued at the stadium's three turnstiles before the match.")


def test_story_facts_leave_out_an_attributive_year_and_since_when() -> None:
    text = (
        "Six people were killed when the bridge fell on Monday. "
        "The 2029 collapse killed four. "
        "It was the worst since March 2030, when eleven people died at the pier."
    )
    dated = Article(id="a", source="a", text=text, published=dt.date(2032, 1, 4))
    assert [(f.what, f.quantity) for f in story_facts([dated])] == [("killed", 6)]


def test_a_body_raising_its_own_count_claims_it_and_the_wounded_who_died() -> None:
    facts = find_facts(
        "On Tuesday, Mayor Ilse Darrow declared three days of mourning, and the regional "
        "hospital authority lifted its count of the dead to nine, four of them children, "
        "after two injured passengers died overnight."
    )
    assert [(f.quantity, f.what, f.claimed_by) for f in facts] == [
        (9.0, "killed", "the regional hospital authority"),
        (4.0, "people", "the regional hospital authority"),
        (2.0, "killed", "the regional hospital authority"),
    ]


def test_eliminated_counts_the_killed() -> None:
    (f,) = find_facts('"The raid eliminated at least five gunmen," the army spokesman said.')
    assert (f.quantity, f.qualifier, f.what) == (5.0, "at_least", "killed")


def test_weapon_pair_attacks_and_the_places_they_hit() -> None:
    facts = find_facts(
        "Since March, more than 25 mortar and rocket attacks have targeted the depot and "
        "three border checkpoints."
    )
    assert [(f.quantity, f.unit, f.what) for f in facts] == [
        (25.0, "rocket attacks", "attacks"),
        (3.0, "checkpoints", "targets hit"),
    ]


def test_no_claimant_from_an_according_to_or_a_clause_of_its_own() -> None:
    (f,) = find_facts(
        "The jets struck four depots on Friday, killing the rebel leader Ona Vell, "
        "according to Captain Rafe Monk, a navy spokesman."
    )
    assert (f.quantity, f.claimed_by) == (4.0, "Rafe Monk")
    (f,) = find_facts(
        "About 900 Tarnish troops are based at the port under a 2011 pact that President "
        "Edda Lorne has said she wants to scrap."
    )
    assert (f.quantity, f.what, f.claimed_by) == (900.0, "troops", None)


def test_a_year_in_a_since_clause_does_not_date_the_figure() -> None:
    text = (
        "The blast came a week after a shell hit the camp, killing three guards and wounding "
        "nine others, the worst attack since the monitors arrived in 2019."
    )
    dated = Article(id="a", source="a", text=text, published=dt.date(2031, 5, 2))
    assert [(f.what, f.quantity) for f in story_facts([dated])] == [("killed", 3), ("injured", 9)]


def test_the_wounded_who_since_died_are_counted_dead() -> None:
    from newsdesk.extract.facts import find_facts

    def kinds(text: str) -> list[tuple[float, str]]:
        return [(f.quantity, f.what) for f in find_facts(text, None)]

    # a wounded man "having succumbed" is one of the dead, not one of the injured
    assert (1.0, "killed") in kinds(
        "The toll of the landslide rose to nine dead, one injured miner having succumbed "
        "in the regional hospital overnight."
    )
    # they had been in critical condition, but the sentence says they died
    assert kinds(
        "Three climbers who had been in critical condition at the valley clinic died on Sunday, "
        "the rescue service said."
    ) == [(3.0, "killed")]
    # still critical: no death
    assert kinds("Four workers who were burned remain in critical condition.") == [
        (4.0, "critical")
    ]


def test_fighters_named_by_a_side_are_people_killed() -> None:
    from newsdesk.extract.facts import find_facts

    found = [
        (f.quantity, f.unit, f.what)
        for f in find_facts(
            'The police said officers had killed "at least 12 terrorists" near the border.', None
        )
    ]
    assert found == [(12.0, "people", "killed")]


def claims(text: str) -> list[tuple[float, str, str | None]]:
    return [(f.quantity, f.what, f.claimed_by) for f in find_facts(text)]


def test_a_role_is_credited_to_the_one_the_article_names_with_it() -> None:
    text = (
        "Flooding killed at least five people in Orsa, according to the mayor of the city.\n"
        "Mayor Ilka Penrose said the river was still rising."
    )
    assert claims(text)[0] == (5, "killed", "Ilka Penrose")


def test_a_role_named_right_after_it_is_that_name() -> None:
    text = (
        "The count of the dead rose to 12, announced the director of the port of Belmor, "
        "Adrien Casteau, on Sunday."
    )
    assert claims(text) == [(12, "killed", "Adrien Casteau")]


def test_a_possessive_role_is_a_claimant() -> None:
    text = "Four workers were hurt, according to the mill's operator, Dunmore Paper Works."
    assert claims(text) == [(4, "injured", "Dunmore Paper Works")]


def test_a_toll_in_a_clause_of_its_own_is_not_the_speaker_s() -> None:
    text = (
        "Mayor Ilka Penrose admitted that the dykes had not been inspected, as the death toll "
        "rose to 17."
    )
    assert claims(text) == [(17, "killed", None)]


def test_a_short_sentence_going_on_takes_the_previous_sentence_s_source() -> None:
    text = "The coastguard said nine people had died. Three fishermen were still missing."
    assert claims(text) == [(9, "killed", "The coastguard"), (3, "missing", "The coastguard")]


def test_one_of_its_own_people_is_a_count() -> None:
    text = "The ministry says one of its guards was killed in the blast."
    assert claims(text) == [(1, "killed", "The ministry")]


def test_the_dead_buried_and_the_sources_counted_are_no_figures() -> None:
    assert facts("The village buried four of its dead on Sunday.") == []
    assert facts("The fire began in the kitchen, according to three residents.") == []
    assert facts("Two police officers, speaking anonymously, said the lock was broken.") == []


def test_an_earlier_figure_of_the_same_count_and_a_treated_count() -> None:
    text = (
        "The port authority said 15 people had died, up from the ten reported by the coroner, "
        "and that "
        "about 60 had been treated. Two were in serious condition."
    )
    assert claims(text) == [
        (15, "killed", "The port authority"),
        (10, "killed", "the coroner"),
        (60, "hospitalized", "The port authority"),
        (2, "critical", "The port authority"),
    ]


def _one(sentence: str) -> tuple[float, str, str]:
    (f,) = find_facts(sentence)
    return f.quantity, f.unit, f.what


def test_evacuees_are_not_deaths_and_admitted_is_hospitalised() -> None:
    s = "The flood drove some 700 villagers from their homes and killed two people, police said."
    got = [(f.quantity, f.what) for f in find_facts(s)]
    assert got == [(700, "evacuated"), (2, "killed")]
    assert _one("The town hospital said it had admitted 12 people with burns.")[2] == "hospitalized"
    assert _one("About 300 residents were still barred from the tower block.")[2] == "evacuated"


def test_households_without_power_and_public_bodies() -> None:
    assert _one("The utility said 5,000 households were cut off.") == (
        5000,
        "households",
        "without supply",
    )
    assert _one("Crews restored power to 800 households overnight.")[2] == "reconnected"
    assert find_facts("The three public bodies in charge disagree on the cost.") == []
