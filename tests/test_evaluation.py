"""Evaluation metrics on a toy set whose numbers are worked out by hand."""

from __future__ import annotations

import json

import pytest

from assistant.errors import AssistantError
from assistant.evaluation import Gold, Question, at_clause, evaluate, load_questions, metrics
from assistant.types import Answer, Citation

# A document "d" where the gold clause is text[100:200].
GOLD = Gold("d", "Article 5", "x" * 100, 100, 200)


def cite(start: int, end: int, doc_id: str = "d") -> Citation:
    return Citation(doc_id, "Doc", "Article 5", "Article 5", "q", None, start, end)


def question(qid: str, answerable: bool = True, figures: tuple[str, ...] = (),
             kind: str = "figure") -> Question:
    return Question(qid, kind, "fr", f"question {qid}", (), answerable,
                    (GOLD,) if answerable else (), figures)


def test_a_citation_is_at_the_clause_when_inside_it_or_holding_it_without_a_page_more():
    assert at_clause("d", 120, 180, GOLD)          # a sentence of the clause
    assert at_clause("d", 50, 300, GOLD)           # the clause and 150 chars around
    assert not at_clause("d", 0, 1000, GOLD)       # a page: 900 chars more than the clause
    assert at_clause("d", 150, 260, GOLD)          # overlap 50 >= half of the shorter (100)
    assert not at_clause("d", 180, 400, GOLD)      # overlap 20 < half of 100
    assert not at_clause("other", 120, 180, GOLD)  # another document


def test_metrics_on_a_toy_set():
    answers = {
        # q1: right figure, right clause -> correct
        "q1": Answer("q1", "7 500 € HT soit 9 000 € TTC", False, (cite(110, 190),),
                     latency_ms=10.0),
        # q2: right clause, figure missing -> not correct, figure wrong
        "q2": Answer("q2", "9 000 € TTC", False, (cite(110, 190),), latency_ms=20.0),
        # q3: figure present but cites a page -> not correct
        "q3": Answer("q3", "soit 5.500 € HT", False, (cite(0, 1000),), latency_ms=30.0),
        # q4: abstained on an answerable question -> false abstention
        "q4": Answer("q4", "Je n'ai pas trouvé", True, (), latency_ms=40.0),
        # q5: unanswerable, abstained -> abstention right
        "q5": Answer("q5", "Je n'ai pas trouvé", True, (), latency_ms=50.0),
        # q6: unanswerable, answered -> abstention wrong
        "q6": Answer("q6", "12 €", False, (cite(0, 10),), latency_ms=60.0),
    }
    questions = [
        question("q1", figures=("7 500 € HT", "9000 € TTC")),
        question("q2", figures=("7 500 € HT",)),
        question("q3", figures=("5 500 € HT",)),
        question("q4", figures=("1 €",), kind="clause"),
        question("q5", answerable=False, kind="unanswerable"),
        question("q6", answerable=False, kind="unanswerable"),
    ]
    report = evaluate("toy", questions, lambda q: answers[q.id], lambda chunk_id: ("d", 0, 0))
    # answerable: q1..q4; correct: q1 only -> 1/4
    # with figures: q1 ok, q2 missing 7 500, q3 ok, q4 abstained -> 2/4
    # first citation at clause: q1, q2 -> 2/4; q3 is a page, q4 has none
    # unanswerable: q5 abstained, q6 not -> 1/2; false abstentions: q4 -> 1/4
    # latency: p50 of 10..60 = 35, p95 = 60
    assert report.metrics == {
        "questions": 6,
        "correct": 0.25,
        "figure_accuracy": 0.5,
        "first_citation": 0.5,
        "top3": 0.0,
        "abstention": 0.5,
        "false_abstention": 0.25,
        "latency_p50_ms": 35.0,
        "latency_p95_ms": 60.0,
    }
    assert report.by_kind["unanswerable"]["abstention"] == 0.5
    assert report.by_kind["clause"]["correct"] == 0.0
    assert "- q2 (figure) question q2 → cited Article 5; gold: Article 5" in report.markdown()
    assert metrics([])["correct"] is None


def test_gold_quotes_must_be_exact(corpus_index, tmp_path):
    path = tmp_path / "set.jsonl"
    line = {"id": "q1", "question": "?", "gold": [
        {"doc_id": "2019-12-21-deliberation-ept-gosb-convention-medicen", "locator": "Article 5",
         "quote": "soit 6.600€ TTC"}]}
    path.write_text(json.dumps(line), encoding="utf-8")
    [loaded] = load_questions(path, corpus_index)
    text = corpus_index.document(loaded.gold[0].doc_id).text
    assert text[loaded.gold[0].start : loaded.gold[0].end] == "soit 6.600€ TTC"
    line["gold"][0]["quote"] = "soit 6 600 € TTC"
    path.write_text(json.dumps(line), encoding="utf-8")
    with pytest.raises(AssistantError, match="gold quote not found"):
        load_questions(path, corpus_index)


def test_dev_set_is_well_formed(corpus_index):
    from tests.conftest import ROOT

    questions = load_questions(ROOT / "evals" / "dev.jsonl", corpus_index)
    assert len(questions) >= 80
    kinds = {q.kind for q in questions}
    assert {"figure", "clause", "list", "table", "cross", "followup", "english",
            "unanswerable"} <= kinds
    assert all(q.history for q in questions if q.kind == "followup")
    assert all(not q.gold for q in questions if not q.answerable)
