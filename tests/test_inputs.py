"""What users type: control characters, empty or foreign text and overlong input."""

from __future__ import annotations

import pytest

from assistant.chat import Assistant
from assistant.errors import AssistantError
from assistant.inputs import MAX_CLAIM, MAX_QUESTION, bounded, clean, searchable


@pytest.fixture(scope="module")
def assistant(corpus_index):
    return Assistant(corpus_index)


def test_escape_sequences_and_control_characters_are_not_text():
    assert clean("\x1b[31mQuel est le budget\x07 ?\x1b[0m\x00") == "Quel est le budget ?"
    assert clean("  Quel\tbudget\n ? ") == "Quel budget ?"


def test_a_text_is_searchable_only_with_a_word_or_a_number():
    assert not searchable("   ")
    assert not searchable("?!… — ;")
    assert not searchable("医院的预算是多少？")
    assert searchable("Quel budget ?")
    assert searchable("2020 ?")


def test_overlong_text_is_refused_with_how_to_fix_it():
    assert bounded("x" * MAX_QUESTION, "question", MAX_QUESTION) == "x" * MAX_QUESTION
    with pytest.raises(AssistantError, match=r"the claim is 2,001 characters long; .*at most "
                                             r"2,000 characters"):
        bounded("x" * (MAX_CLAIM + 1), "claim", MAX_CLAIM)


@pytest.mark.parametrize("question", ["   ", "?!", "\x1b[31m\x1b[0m", "医院的预算是多少？"])
def test_a_question_without_words_is_not_answered(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained
    assert answer.citations == ()


def test_a_colour_code_in_a_question_is_not_read_as_a_figure(assistant):
    plain = assistant.ask("Quel est le montant de la cotisation 2020 ?")
    coloured = assistant.ask("\x1b[31mQuel est le montant de la cotisation 2020 ?\x1b[0m")
    assert not coloured.abstained
    assert coloured.answer == plain.answer
    assert "31" not in coloured.answer


def test_an_empty_claim_is_not_supported(assistant):
    verdict = assistant.check(" \t ")
    assert verdict.verdict == "not_in_corpus"
    assert verdict.citations == ()


def test_an_overlong_claim_is_refused_before_it_is_read(assistant):
    with pytest.raises(AssistantError, match="at most 2,000 characters"):
        assistant.check("La cotisation 2020 est de 7 500 € HT. " * 100)
