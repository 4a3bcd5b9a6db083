"""Evaluation metrics on a toy set whose numbers are worked out by hand."""

from __future__ import annotations

import json

import pytest

from assistant.errors import AssistantError
from assistant.evaluation import (
    ClaimCase,
    Gold,
    Question,
    at_clause,
    evaluate,
    evaluate_claims,
    is_claim_set,
    load_claims,
    load_questions,
    metrics,
)
from assistant.types import Answer, Citation, Verdict

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


# -- claim sets ---------------------------------------------------------------------------


def claim_case(cid: str, verdict: str, error: str = "") -> ClaimCase:
    return ClaimCase(cid, f"claim {cid}", verdict, error,
                     (GOLD,) if verdict != "not_in_corpus" else (), ())


def test_claim_metrics_on_a_toy_set():
    def verdict(label: str, spans: list[tuple[int, int]], ms: float) -> Verdict:
        return Verdict("claim", label, "…", tuple(cite(s, e) for s, e in spans), (),
                       latency_ms=ms)

    verdicts = {
        "c1": verdict("supported", [(110, 190)], 10.0),     # right, evidence at the clause
        "c2": verdict("contradicted", [(110, 190)], 20.0),  # wrong verdict
        "c3": verdict("contradicted", [(0, 1000), (120, 180)], 30.0),  # right, 2nd citation
        "c4": verdict("not_in_corpus", [], 40.0),           # missed contradiction
        "c5": verdict("not_in_corpus", [], 50.0),           # right
        "c6": verdict("contradicted", [(0, 10)], 60.0),     # false contradiction
    }
    cases = [claim_case("c1", "supported"), claim_case("c2", "supported"),
             claim_case("c3", "contradicted", "year"), claim_case("c4", "contradicted", "ht_ttc"),
             claim_case("c5", "not_in_corpus"), claim_case("c6", "not_in_corpus")]
    report = evaluate_claims("toy", cases, lambda case: verdicts[case.id])
    # right: c1, c3, c5 -> 3/6
    # F1 supported: predicted {c1}, expected {c1, c2}: P 1, R 1/2 -> 2/3
    # F1 contradicted: predicted {c2, c3, c6}, expected {c3, c4}: P 1/3, R 1/2 -> 0.4
    # F1 not_in_corpus: predicted {c4, c5}, expected {c5, c6}: P 1/2, R 1/2 -> 0.5
    # macro-F1 = (2/3 + 0.4 + 0.5) / 3
    # evidence (supported and contradicted claims given the right verdict with a citation
    # at the gold clause): c1, c3 of c1..c4 -> 2/4; first citation: c1 only -> 1/4
    # latency: p50 of 10..60 = 35, p95 = 60
    assert report.metrics == {
        "claims": 6,
        "accuracy": 0.5,
        "macro_f1": pytest.approx((2 / 3 + 0.4 + 0.5) / 3),
        "evidence_at_clause": 0.5,
        "first_evidence_at_clause": 0.25,
        "latency_p50_ms": 35.0,
        "latency_p95_ms": 60.0,
    }
    assert {v: m["accuracy"] for v, m in report.by_verdict.items()} == {
        "supported": 0.5, "contradicted": 0.5, "not_in_corpus": 0.5}
    assert report.by_verdict["supported"]["macro_f1"] is None  # one expected verdict only
    assert report.by_error["year"]["accuracy"] == 1.0
    assert report.by_error["year"]["first_evidence_at_clause"] == 0.0
    assert report.by_error["ht_ttc"]["accuracy"] == 0.0
    assert report.confusion == {
        "supported": {"supported": 1, "contradicted": 1, "not_in_corpus": 0},
        "contradicted": {"supported": 0, "contradicted": 1, "not_in_corpus": 1},
        "not_in_corpus": {"supported": 0, "contradicted": 1, "not_in_corpus": 1},
    }
    markdown = report.markdown()
    assert markdown.startswith("# Evaluation: toy\n\n| | claims | verdict accuracy | macro-F1 |")
    assert "| all | 6 | 50.0% | 52.2% | 50.0% | 25.0% | 35 | 60 |" in markdown
    assert "| supported | 1 | 1 | 0 |" in markdown
    assert "- c4 (contradicted/ht_ttc) claim c4 → not_in_corpus, cited —; gold: Article 5" in (
        markdown)
    assert [line["id"] for line in report.to_json()["claims"]] == [c.id for c in cases]


def test_claim_gold_quotes_match_up_to_whitespace(corpus_index, tmp_path):
    path = tmp_path / "claims.jsonl"
    line = {"id": "c1", "claim": "…", "verdict": "supported", "error": None, "gold": [
        {"doc_id": "2019-12-21-deliberation-ept-gosb-convention-medicen", "locator": "Article 5",
         "quote": "soit 6.600€   TTC"}]}
    path.write_text(json.dumps(line), encoding="utf-8")
    assert is_claim_set(path)
    [case] = load_claims(path, corpus_index)
    text = corpus_index.document(case.gold[0].doc_id).text
    assert text[case.gold[0].start : case.gold[0].end] == "soit 6.600€ TTC"
    line["gold"][0]["quote"] = "soit 6 600 € TTC"
    path.write_text(json.dumps(line), encoding="utf-8")
    with pytest.raises(AssistantError, match="gold quote not found"):
        load_claims(path, corpus_index)
