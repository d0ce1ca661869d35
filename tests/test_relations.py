"""Relations between statements (`compare.claims` + `compare.relations`), on invented articles:
walk-backs across undated articles, an office speaking for its principal, defiance of a
ruling, and a verdict that is a relative clause."""

from __future__ import annotations

import datetime as dt

from newsdesk.compare.claims import _CLAIM_IS_FALSE, _REJECTION_WORDS, _RETRACTION, read_claims
from newsdesk.compare.relations import relate_statements
from newsdesk.model import Article, Ref, Statement


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, source=aid, outlet=aid.upper(), text=text)  # undated


def _said(
    sid: str, article: Article, words: str, name: str | None, role: str | None, speaker=None
) -> Statement:
    start = article.text.index(words)
    return Statement(
        id=sid,
        speaker=speaker,
        speaker_name=name,
        speaker_role=role,
        kind="direct",
        text=words,
        sources=[Ref(article_id=article.id, start=start, end=start + len(words))],
    )


def _relations(statements: list[Statement], articles: list[Article]) -> set[tuple[str, str, str]]:
    claims = read_claims(statements, articles)
    return {(r.kind, r.a, r.b) for r in relate_statements(claims, lambda c: c.id)}


def test_retraction_cues_of_a_spokesman() -> None:
    assert _RETRACTION.search("she had relied on figures that turned out to be incomplete")
    assert _RETRACTION.search("The governor's words did not match the facts")
    assert _RETRACTION.search("The agency withdrew the governor's claim that the road was open")
    assert not _RETRACTION.search("The bridge turned out to be sturdier than feared")


def test_defiance_of_an_order_is_a_rejection() -> None:
    assert _REJECTION_WORDS.search("the growers said they would not comply")
    assert _REJECTION_WORDS.search("the drivers vowed to defy the ban")
    assert not _REJECTION_WORDS.search("the growers said they would comply")


def test_relative_clause_is_not_a_verdict_on_what_was_just_said() -> None:
    assert _CLAIM_IS_FALSE.search("That is false.")
    assert _CLAIM_IS_FALSE.search("the allegation was baseless")
    assert not _CLAIM_IS_FALSE.search('the mayor had "promised something that was not true"')


def test_walk_back_in_a_later_undated_article_points_at_the_earlier_claim() -> None:
    first = _article(
        "a1",
        "Governor Lisa Marten said on a visit to the harbour: "
        '"Every ferry on the lake was inspected before the season opened."',
    )
    later = _article(
        "a2",
        "The regional office on Monday revised its account. Spokesman Otto Brand said "
        'Governor Lisa Marten had "relied on a list that turned out to be incomplete". '
        'Marten herself said: "I passed on what the harbour board told me about the '
        'ferries, and it was wrong."',
    )
    claim = _said(
        "q1",
        first,
        "Every ferry on the lake was inspected before the season opened.",
        "Lisa Marten",
        "Governor",
        "e1",
    )
    spokesman = _said(
        "q2",
        later,
        'Governor Lisa Marten had "relied on a list that turned out to be incomplete"',
        "Otto Brand",
        "Spokesman",
        "e2",
    )
    herself = _said(
        "q3",
        later,
        "I passed on what the harbour board told me about the ferries, and it was wrong.",
        "Lisa Marten",
        None,
        "e1",
    )
    found = _relations([claim, spokesman, herself], [first, later])
    assert ("corrects", "q1", "q2") in found
    assert ("corrects", "q1", "q3") in found


def test_an_office_does_not_dispute_its_own_principal() -> None:
    first = _article(
        "b1", 'Chancellor Ada Velk said: "The treaty costs our farmers nothing at all."'
    )
    later = _article(
        "b2",
        "A weekly reported that the treaty would cut grain subsidies by half. "
        'Chancellor Ada Velk\'s office called the report "false".',
    )
    principal = _said(
        "q1", first, "The treaty costs our farmers nothing at all.", "Ada Velk", "Chancellor", "e1"
    )
    report = _said(
        "q2",
        later,
        "the treaty would cut grain subsidies by half",
        None,
        "weekly",
    )
    office = _said("q3", later, 'the report "false"', None, "Chancellor Ada Velk's office")
    found = _relations([principal, report, office], [first, later])
    assert not any(a == "q1" and b == "q3" and k != "agrees" for k, a, b in found)


def test_calling_anothers_words_premature_is_no_retraction() -> None:
    first = _article(
        "b1",
        'Dock steward Ana Ruel said: "The cranes were shaking in the wind all week, '
        'and we said so."',
    )
    later = _article(
        "b2",
        "The harbour master said on Tuesday that no crane had been reported unsafe. "
        "Ana Ruel, the dockers' steward, called his remarks premature.",
    )
    before = _said(
        "q1",
        first,
        "The cranes were shaking in the wind all week, and we said so.",
        "Ana Ruel",
        "dock steward",
        "e1",
    )
    verdict = _said("q2", later, "his remarks premature", "Ana Ruel", "dockers' steward", "e1")
    found = _relations([before, verdict], [first, later])
    assert not any(kind == "corrects" for kind, _, _ in found)
    claims = read_claims([before, verdict], [first, later])
    assert not claims[1].retracts and claims[1].rejects


def test_retraction_cue_in_a_question_or_after_proved() -> None:
    from newsdesk.compare.claims import _retracts

    assert _retracts("What we told the town on Monday proved wrong")
    assert _retracts("Our first figures were wrong")
    # near miss: asking why others were wrong retracts nothing
    assert not _retracts("The review will find out why the early notices were wrong")
    assert not _retracts("We will ask whether the gauges were inaccurate")


def test_a_minister_and_his_own_ministry_are_one_side() -> None:
    art = _article(
        "c1",
        "Interior Minister Pavo Lind denied that the police had been warned. "
        "The interior ministry rejected claims that the warnings were ignored.",
    )
    minister = _said(
        "q1", art, "the police had been warned", "Pavo Lind", "Interior Minister", "e1"
    )
    ministry = _said(
        "q2", art, "claims that the warnings were ignored", None, "The interior ministry"
    )
    found = _relations([minister, ministry], [art])
    assert not any(k in ("disputes", "contradicts") for k, _, _ in found)


def test_told_in_advance_against_no_advance_notice_is_a_contradiction() -> None:
    first = _article(
        "n1",
        'Coast guard spokesman Ivo Rask said: "The port authority was notified before the '
        'boarding began."',
    )
    later = _article(
        "n2",
        "The port authority's director, Mila Hart, said: \"We had no advance notice of any "
        'boarding, none at all."',
    )
    claim = _said(
        "q1",
        first,
        "The port authority was notified before the boarding began.",
        "Ivo Rask",
        "Coast guard spokesman",
        "e1",
    )
    denial = _said(
        "q2",
        later,
        "We had no advance notice of any boarding, none at all.",
        "Mila Hart",
        "director",
        "e2",
    )
    assert ("contradicts", "q1", "q2") in _relations([claim, denial], [first, later])


def test_a_letter_signed_for_contradicts_nothing_reached_us() -> None:
    first = _article(
        "m1", 'Health Minister Tova Lind said: "Nothing reached us about the outbreak."'
    )
    later = _article(
        "m2",
        "Agency head Oren Falk said the agency's warning letter was delivered to the ministry "
        "and signed for a week before the outbreak.",
    )
    claim = _said(
        "q1", first, "Nothing reached us about the outbreak.", "Tova Lind", "Health Minister", "e1"
    )
    letter = _said(
        "q2",
        later,
        "the agency's warning letter was delivered to the ministry and signed for a week "
        "before the outbreak",
        "Oren Falk",
        "Agency head",
        "e2",
    )
    assert ("contradicts", "q1", "q2") in _relations([claim, letter], [first, later])


def test_a_promise_to_notify_is_no_notice() -> None:
    first = _article("p1", 'Mayor Ana Roe said: "We will inform the villages before any release."')
    later = _article("p2", 'Farmer Eli Moss said: "Nobody told us anything in advance."')
    promise = _said(
        "q1", first, "We will inform the villages before any release.", "Ana Roe", "Mayor", "e1"
    )
    denial = _said("q2", later, "Nobody told us anything in advance.", "Eli Moss", "Farmer", "e2")
    assert ("contradicts", "q1", "q2") not in _relations([promise, denial], [first, later])


def test_verdict_on_the_claim_reported_first_points_back() -> None:
    from newsdesk.compare.claims import _REJECTS_CLAIM_BEFORE

    lead = "The mayor said the dam was checked, a claim that union leader Ana Rell dismissed as "
    assert _REJECTS_CLAIM_BEFORE.search(lead)
    assert not _REJECTS_CLAIM_BEFORE.search("a claim that Ana Rell called ")


def test_our_people_name_one_side() -> None:
    from types import SimpleNamespace

    from newsdesk.compare.relations import _house_words

    def claim(cid, speaker, text):
        st = SimpleNamespace(speaker_name=speaker, speaker_role=None, text=text)
        return SimpleNamespace(id=cid, speaker=speaker, statement=st)

    houses = _house_words(
        [
            claim("q1", "Ana Rell", "the rescue began before our crews arrived"),
            claim("q2", "Ivo Barr", "our crew arrived an hour late"),
            claim("q3", "Lena Voss", "our country wants peace"),
        ]
    )
    assert houses["Ana Rell"] & houses["Ivo Barr"]
    assert not houses["Lena Voss"] & houses["Ana Rell"]


def test_a_phoned_warning_is_notice_that_a_denial_contradicts() -> None:
    a = _article(
        "a",
        "The ferry operator said its crew had phoned the harbour office at 6 am to warn that "
        "the pier was cracking.",
    )
    b = _article(
        "b",
        'The harbour office said: "No warning of any kind reached this office '
        'before the collapse."',
    )
    told = _said(
        "q1",
        a,
        "its crew had phoned the harbour office at 6 am to warn that the pier was cracking",
        "Lena Hask",
        "operator",
        "e1",
    )
    denied = _said(
        "q2",
        b,
        "No warning of any kind reached this office before the collapse.",
        "Piet Rom",
        "harbour office spokesman",
        "e2",
    )
    assert ("contradicts", "q1", "q2") in _relations([told, denied], [a, b])


def test_in_the_dark_is_no_notice() -> None:
    a = _article(
        "a", "Vell's trade minister said Lorsk had kept his government in the dark for two days."
    )
    b = _article(
        "b", "Lorsk's trade ministry said the Vell embassy had been informed on Tuesday morning."
    )
    dark = _said(
        "q1",
        a,
        "Lorsk had kept his government in the dark for two days",
        "Ivo Tarn",
        "Vell Trade Minister",
        "e1",
    )
    told = _said(
        "q2",
        b,
        "the Vell embassy had been informed on Tuesday morning",
        None,
        "Lorsk trade ministry",
    )
    assert ("contradicts", "q1", "q2") in _relations([dark, told], [a, b])


def test_own_words_declared_untrue_and_a_later_admission() -> None:
    a = _article("a", 'The port spokesman said: "No ship entered the harbour before the storm."')
    b = _article(
        "b",
        "The port authority acknowledged that a ship had entered the harbour before the storm. "
        'The port spokesman said: "What I said on Monday was not true."',
    )
    denial = _said(
        "q1",
        a,
        "No ship entered the harbour before the storm.",
        "Aldo Prin",
        "port spokesman",
        "e1",
    )
    admission = _said(
        "q2", b, "that a ship had entered the harbour before the storm", None, "port authority"
    )
    retraction = _said(
        "q3", b, "What I said on Monday was not true.", "Aldo Prin", "port spokesman", "e1"
    )
    found = _relations([denial, admission, retraction], [a, b])
    assert ("corrects", "q1", "q2") in found
    assert ("corrects", "q1", "q3") in found


def test_remarks_called_an_attempt_to_hide_dispute_them() -> None:
    text = (
        'The mayor said the guild "bears the blame" for the fire. '
        'The guild\'s head, Ona Pell, called her remarks "an attempt to hide behind the dead".'
    )
    a = _article("a", text)
    claim = _said("q1", a, 'the guild "bears the blame" for the fire', "Ada Morn", "mayor", "e1")
    scorn = _said(
        "q2", a, 'her remarks "an attempt to hide behind the dead"', "Ona Pell", "head", "e2"
    )
    assert ("disputes", "q1", "q2") in _relations([claim, scorn], [a])


def test_telling_the_truth_is_no_notice() -> None:
    from newsdesk.compare.claims import _notice

    assert _notice("the logbook proves that the council told the truth on Friday", False) is None
    assert _notice("we told the council before the flood reached the town", False) is True


def _one(text: str, words: str, name: str | None, role: str | None, speaker=None):
    art = _article("a1", text)
    return read_claims([_said("s1", art, words, name, role, speaker)], [art])[0]


def test_a_claim_reported_to_be_rejected_is_not_the_speakers_own() -> None:
    words = (
        'the shipping line of "deception" over its claim to have alerted harbour staff '
        "before the spill"
    )
    claim = _one(f"The port authority accused {words}.", words, None, "port authority")
    assert claim.rejects
    assert claim.timing is None and claim.notice is None  # the before is the line's claim
    first = _article("a1", f"The port authority accused {words}.")
    later = _article(
        "a2",
        "The shipping line said its alert reached harbour staff at 9 pm, about an hour after "
        "the spill began.",
    )
    admission = "its alert reached harbour staff at 9 pm, about an hour after the spill began"
    statements = [
        _said("s1", first, words, None, "port authority"),
        _said("s2", later, admission, None, "shipping line"),
    ]
    assert not any(k == "contradicts" for k, _, _ in _relations(statements, [first, later]))


def test_a_third_partys_verdict_tacked_on_is_no_rejection_by_the_speaker() -> None:
    words = (
        "that his divers recovered more than 40 crates, "
        'a figure the coast guard dismissed as "propaganda."'
    )
    claim = _one(f"The salvage captain said {words}", words, "Ivo Darr", "captain")
    assert not claim.rejects
    words = 'that the figure of 40 crates was "propaganda."'
    assert _one(f"The coast guard said {words}", words, None, "coast guard").rejects


def test_a_rejection_naming_a_side_points_back_at_that_sides_claim() -> None:
    text = (
        "Divers of the Veltan salvage firm said they had raised the hull before the storm. "
        "A fisherman caught in the storm was also rescued, harbour officials said. "
        "Mayor Ilse Brandt rejected the Veltan account. "
        '"Nothing was raised before the storm ended," she said.'
    )
    art = _article("a1", text)
    statements = [
        _said("s1", art, "they had raised the hull before the storm", None, "Veltan salvage firm"),
        _said(
            "s2", art, "A fisherman caught in the storm was also rescued", None, "harbour officials"
        ),
        _said("s3", art, '"Nothing was raised before the storm ended,"', "Ilse Brandt", "Mayor"),
    ]
    found = _relations(statements, [art])
    assert ("disputes", "s2", "s3") not in found


def test_a_rejection_told_in_the_pluperfect_is_not_aimed_at_the_news() -> None:
    text = (
        "The mill owners did not pay the bonus before the strike, the owners' association "
        "conceded on Monday. "
        "The weavers' union had called the owners' statements \"a lie\", and it staged a march."
    )
    art = _article("a1", text)
    statements = [
        _said(
            "s1",
            art,
            "The mill owners did not pay the bonus before the strike",
            None,
            "owners' association",
        ),
        _said("s2", art, 'the owners\' statements "a lie"', None, "weavers' union"),
    ]
    claims = read_claims(statements, [art])
    assert claims[1].earlier and not claims[0].earlier
    assert not any(k == "disputes" for k, _, _ in _relations(statements, [art]))


def test_a_denial_dated_before_that_is_what_is_denied() -> None:
    claim = _one(
        "The harbour master denied on Monday that the ferry was overloaded.",
        "that the ferry was overloaded",
        "Ines Varga",
        "harbour master",
    )
    assert claim.denies_content and claim.rejects


def test_an_admission_paraphrased_before_the_quote_concedes_it() -> None:
    text = (
        "Asked about the records, deputy health minister Lina Moro conceded that the memo had "
        'come in. "The memo reached us, but nobody acted on it," she said.'
    )
    claim = _one(text, "The memo reached us, but nobody acted on it,", "Lina Moro", "minister")
    assert claim.admits
    other = _one(
        'The mayor admitted the delay. "We want answers," union leader Paul Derry said.',
        "We want answers,",
        "Paul Derry",
        "union leader",
    )
    assert not other.admits


def test_a_walk_back_in_an_earlier_undated_article_still_takes_back_the_later_one() -> None:
    # undated articles are read in no known order: the retraction is what came last
    a = _article(
        "a",
        'The water board spokeswoman said: "The board was never warned that the pipe might burst."',
    )
    b = _article(
        "b",
        'The water board spokeswoman said: "Our first statement that no warning had reached '
        'the board was wrong. A warning about the pipe did reach the board."',
    )
    retraction = _said(
        "q1",
        b,
        "Our first statement that no warning had reached the board was wrong. "
        "A warning about the pipe did reach the board.",
        "Ruth Amsel",
        "water board spokeswoman",
        "e1",
    )
    denial = _said(
        "q2",
        a,
        "The board was never warned that the pipe might burst.",
        "Ruth Amsel",
        "water board spokeswoman",
        "e1",
    )
    found = _relations([retraction, denial], [b, a])
    assert ("corrects", "q2", "q1") in found


def test_a_retraction_restating_its_words_targets_a_statement_that_shares_them() -> None:
    a = _article(
        "a",
        'The fire chief said: "We evacuated every school in the valley." '
        'He added: "The crews reached the bridge before noon."',
    )
    b = _article("b", 'The fire chief said: "I said we evacuated every school. That was wrong."')
    chief = ("Hugo Lind", "fire chief", "e1")
    schools = _said("q1", a, "We evacuated every school in the valley.", *chief)
    bridge = _said("q2", a, "The crews reached the bridge before noon.", *chief)
    retraction = _said("q3", b, "I said we evacuated every school. That was wrong.", *chief)
    found = _relations([schools, bridge, retraction], [a, b])
    assert ("corrects", "q1", "q3") in found
    assert ("corrects", "q2", "q3") not in found


def test_an_accident_and_someones_doing_cannot_both_be_true() -> None:
    a = _article(
        "a",
        "The water board said: "
        '"A software glitch in the pumping station stopped the supply, and nothing else."',
    )
    b = _article(
        "b",
        "Councillor Ada Brenn said: "
        '"The pumping station was sabotaged by people who knew it well."',
    )
    glitch = _said(
        "q1",
        a,
        "A software glitch in the pumping station stopped the supply, and nothing else.",
        None,
        "water board",
    )
    sabotage = _said(
        "q2",
        b,
        "The pumping station was sabotaged by people who knew it well.",
        "Ada Brenn",
        "councillor",
        "e2",
    )
    assert ("contradicts", "q1", "q2") in _relations([glitch, sabotage], [a, b])
    claims = read_claims([glitch, sabotage], [a, b])
    assert [c.cause for c in claims] == [(False, "software glitch"), (True, "sabotaged")]
    (told,) = read_claims(
        [
            _said(
                "q3",
                c := _article("c", "x: we were told it was a software glitch"),
                "we were told it was a software glitch",
                None,
                "x",
            )
        ],
        [c],
    )
    assert told.cause is None  # a cause others gave


def test_darkness_and_hearsay_are_no_notice() -> None:
    a = _article(
        "a",
        "Mayor Jon Kell said families sat in the dark for a night. "
        "Kell said he had repeated what he was told by his staff at the time.",
    )
    dark, hearsay = read_claims(
        [
            _said("q1", a, "families sat in the dark for a night", "Jon Kell", "mayor", "e1"),
            _said(
                "q2",
                a,
                "he had repeated what he was told by his staff at the time",
                "Jon Kell",
                "mayor",
                "e1",
            ),
        ],
        [a],
    )
    assert dark.notice is None and hearsay.notice is None


def test_rumours_reject_and_a_bare_day_after_denied() -> None:
    assert _REJECTION_WORDS.search("we will not list anyone on the basis of rumours")
    assert not _REJECTION_WORDS.search("rumours spread through the market on Friday")
    a = _article("a", "The ferry company denied Friday to have ever received a complaint.")
    (denial,) = read_claims(
        [_said("q1", a, "to have ever received a complaint", None, "ferry company")], [a]
    )
    assert denial.denies_content


def test_a_message_logged_is_an_admission_of_receipt() -> None:
    a = _article(
        "a",
        "On Monday spokesman Edo Varga said no letter from the tenants had ever reached the "
        'council. On Thursday Varga acknowledged: "The letter was logged but nobody read it."',
    )
    denial = _said(
        "q1",
        a,
        "no letter from the tenants had ever reached the council",
        "Edo Varga",
        "spokesman",
        "e1",
    )
    admission = _said(
        "q2", a, "The letter was logged but nobody read it.", "Edo Varga", "spokesman", "e1"
    )
    assert ("corrects", "q1", "q2") in _relations([denial, admission], [a])


def test_background_told_of_an_earlier_year_is_not_related_to_the_news() -> None:
    news = _article(
        "y1",
        'The harbour master, Ansel Pike, said: "Nobody warned us about the barge before it sank."',
    ).model_copy(update={"published": dt.date(2026, 5, 4)})
    background = _article(
        "y2",
        "In June 2017, when a ferry ran aground, dockers said they had warned the harbour "
        "master about the barge before it sank.",
    )
    denial = _said(
        "q1",
        news,
        "Nobody warned us about the barge before it sank.",
        "Ansel Pike",
        "harbour master",
    )
    old = _said(
        "q2",
        background,
        "they had warned the harbour master about the barge before it sank",
        None,
        "dockers",
    )
    assert _relations([denial, old], [news, background]) == set()
    # the same words told of the current event oppose the denial
    current = _article(
        "y3", "Dockers said they had warned the harbour master about the barge before it sank."
    )
    now = _said(
        "q3",
        current,
        "they had warned the harbour master about the barge before it sank",
        None,
        "dockers",
    )
    assert ("contradicts", "q1", "q3") in _relations([denial, now], [news, current])


def test_a_phrase_quoted_inside_a_denial_keeps_its_negation() -> None:
    [claim] = read_claims(
        [
            _said(
                "q1",
                art := _article(
                    "z1",
                    'The mayor said that no report "of any kind" had reached him before the fire.',
                ),
                'that no report "of any kind" had reached him before the fire',
                "Ole Brun",
                "mayor",
            )
        ],
        [art],
    )
    assert claim.timing is not None and claim.timing.denied and not claim.timing.before
