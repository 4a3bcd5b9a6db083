"""Candidate spans -> features -> learned scores: which span of the retrieved chunks answers.

Every quotable span of the first retrieved chunks (a sentence, a list item, a table row)
gets a vector of generic features: how close it is to the question (dense similarity of
the span and of its chunk, retrieval ranks), how much of the question it and its
headings say, whether it holds what is asked (a figure of the asked kind, a date, a
person, a list, the cell of a named column), whether its year, tax qualifier and unit
number agree with the question, and what kind of span it is. No feature names a word
of a particular document.

A model learnt from labelled questions over many documents (``assistant train``) turns
the features into the probability that the span is where the answer is; the model ships
as ``assistant/data/ranker.json`` with its feature list, its abstention threshold and its
training report.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from assistant.coverage import Coverage, spelled_out
from assistant.errors import AssistantError
from assistant.figures import YEAR, figures
from assistant.index import Index
from assistant.lexical import tokenize
from assistant.quotable import units
from assistant.retrieve import (
    ORDINAL_SUFFIX,
    Hit,
    QueryAnalysis,
    in_range,
    named_source,
    ref_of,
    refs_in,
)
from assistant.spans import (
    AGENT,
    ANSWER_CUES,
    CONTENTS,
    INLINE_LIST,
    PERSON,
    Evidence,
    named_cells,
    span_fits,
)

logger = logging.getLogger(__name__)

#: How many retrieved chunks are read for candidate spans.
READ_HITS = 16
#: A chunk of so few words ("Pour : 45", "Année 2021 : 45 K€") is read with the words of
#: its whole section.
BARE_WORDS = 3
MODEL_FILE = "data/ranker.json"
MODEL_FORMAT = 3
_KINDS = ("heading", "list_item", "clause", "paragraph", "table_row")

#: The features, in the order of the model's weights.
FEATURES: tuple[str, ...] = (
    # retrieval
    "hit_rank", "hit_score", "hit_dense", "hit_dense_gap", "hit_lexical",
    # dense similarity of the question and the span itself
    "span_dense", "span_dense_gap", "span_dense_rank", "own_dense",
    # what the span, its neighbourhood, its chunk and its headings say of the question
    "cov_span", "cov_span_own", "cov_around", "cov_chunk", "cov_heading", "cov_title",
    "cov_span_gap", "cov_chunk_gap", "cov_span_rank", "span_bm25", "span_bm25_rank",
    "concepts", "cov_corpus", "cov_content", "cov_content_chunk", "number_said",
    # bodies and people the question names
    "named_asked", "named_missing", "named_elsewhere_in_row",
    # what is asked and whether the span holds it
    "wants_figure", "fits", "unfit", "measured_missing", "has_figure",
    "asks_who", "who_named", "wants_list", "list_like", "row_named_cells", "row_unnamed",
    "tax_match", "tax_conflict", "year_asked", "year_in_span", "year_in_chunk",
    "year_other", "ref_asked", "ref_labelled", "ref_other", "ref_mentioned", "in_range",
    "ordinal_missing", "followup_unsaid", "source_named", "asks_kind", "answer_cue",
    # the noun asked of the subject ("âge" in "Quel âge a …"): said here, said anywhere
    "attribute_said", "attribute_unsaid",
    # what kind of span
    *(f"kind_{kind}" for kind in _KINDS), "contents", "log_length", "first_span", "bare",
    "english",
)


@dataclass(frozen=True)
class RankerModel:
    """A logistic model over standardised features, with its abstention threshold.

    ``probabilities`` is the probability that a span is where the answer is; a question
    whose best span scores under ``threshold`` is not answered.
    """

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float
    report: dict[str, Any] = field(default_factory=dict)

    def probabilities(self, matrix: np.ndarray) -> np.ndarray:
        """One probability per row of ``matrix`` (rows in ``FEATURES`` order)."""
        if not len(matrix):
            return np.zeros(0)
        z = (matrix - np.asarray(self.mean)) / np.asarray(self.scale)
        return 1.0 / (1.0 + np.exp(-(z @ np.asarray(self.coef) + self.intercept)))

    def to_json(self) -> dict[str, Any]:
        """The model as stored in ``ranker.json``."""
        return {"format": MODEL_FORMAT, "kind": "logistic", "features": list(self.features),
                "mean": list(self.mean), "scale": list(self.scale), "coef": list(self.coef),
                "intercept": self.intercept, "threshold": self.threshold, "report": self.report}

    def save(self, path: Path) -> None:
        """Write the model file."""
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n", "utf-8")

    @classmethod
    def load(cls, path: Path | None = None) -> RankerModel:
        """The shipped model (or the one at ``path``); its features must be the code's.

        Raises:
            AssistantError: the file is missing, unreadable, or was trained on other
                features than this version computes (run ``assistant train``).
        """
        try:
            text = (path.read_text("utf-8") if path is not None
                    else resources.files("assistant").joinpath(MODEL_FILE).read_text("utf-8"))
            data = json.loads(text)
        except (OSError, json.JSONDecodeError) as error:
            raise AssistantError(f"cannot read the span ranker model ({error}): run "
                                 "`assistant train` to fit it") from error
        if data.get("format") != MODEL_FORMAT or tuple(data.get("features", ())) != FEATURES:
            raise AssistantError("the span ranker model was trained on other features than "
                                 "this version computes: run `assistant train`")
        return cls(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]),
                   tuple(data["coef"]), float(data["intercept"]), float(data["threshold"]),
                   data.get("report", {}))


class SpanRanker:
    """The candidate spans of retrieved chunks, with their features and learned scores."""

    def __init__(self, index: Index, model: RankerModel | None = None) -> None:
        self.index = index
        self.words = Coverage(index)
        self._model = model

    @property
    def model(self) -> RankerModel:
        """The scoring model (the shipped one unless another was given)."""
        if self._model is None:
            self._model = RankerModel.load()
        return self._model

    def rank(self, analysis: QueryAnalysis, hits: list[Hit], best_hit: float | None = None,
             read: int = READ_HITS) -> list[Evidence]:
        """The candidate spans of the ``read`` first hits, most probable answer first.

        Ties break on the document and the offsets, so answers never depend on the
        order in which equal scores come.
        """
        found = self.candidates(analysis, hits, best_hit, read)
        if not found:
            return []
        matrix = np.asarray([e.features for e in found], dtype=float)
        scores = self.model.probabilities(matrix)
        ranked = [Evidence(e.chunk, e.start, e.end, e.text, e.coverage, float(round(s, 6)), e.fits,
                           e.chunk_coverage, e.covered, e.features)
                  for e, s in zip(found, scores, strict=True)]
        ranked.sort(key=lambda e: (-e.score, e.chunk.doc_id, e.start, e.end))
        return ranked

    def candidates(self, analysis: QueryAnalysis, hits: list[Hit],
                   best_hit: float | None = None, read: int = READ_HITS) -> list[Evidence]:
        """Every quotable span of the ``read`` first hits, with its features (unscored)."""
        hits = hits[:read]
        if not hits:
            return []
        best_hit = best_hit or hits[0].score
        query = self.index.query_vector(analysis.text)
        # a follow-up's own words ("Et les auditions ?") against each span, apart from the
        # previous question joined to them
        own = (self.index.embedder.embed_query(analysis.own_text) if analysis.own_text
               else query)
        vectors = self.index.span_vectors([hit.chunk for hit in hits])
        best_dense = max(hit.dense for hit in hits)
        best_lexical = max(hit.lexical for hit in hits) or 1.0
        source = named_source(self.index, analysis)
        context = _Question(analysis, self.words)
        rows: list[tuple[Evidence, dict[str, float]]] = []
        for rank, hit in enumerate(hits):
            chunk = hit.chunk
            retrieval = {
                "hit_rank": 1.0 / (1 + rank),
                "hit_score": hit.score / best_hit,
                "hit_dense": hit.dense,
                "hit_dense_gap": hit.dense - best_dense,
                "hit_lexical": hit.lexical / best_lexical,
                "source_named": float(chunk.doc_id == source),
            }
            for evidence, values in self._spans(context, chunk):
                vector = vectors.get((evidence.chunk.id, evidence.start, evidence.end))
                values["span_dense"] = float(vector @ query) if vector is not None else hit.dense
                values["own_dense"] = (float(vector @ own) if vector is not None
                                       else values["span_dense"])
                rows.append((evidence, retrieval | values))
        for key in ("span_dense", "cov_span", "cov_chunk", "span_bm25"):
            top = max(values[key] for _, values in rows)
            for _, values in rows:
                values[f"{key}_gap"] = values[key] - top
        for key in ("span_dense", "cov_span", "span_bm25"):
            order = sorted(range(len(rows)), key=lambda i: -rows[i][1][key])
            for place, i in enumerate(order):
                rows[i][1][f"{key}_rank"] = 1.0 / (1 + place)
        top_bm25 = max(values["span_bm25"] for _, values in rows) or 1.0
        for _, values in rows:
            values["span_bm25"] /= top_bm25
        return [Evidence(e.chunk, e.start, e.end, e.text, e.coverage, 0.0, e.fits,
                         e.chunk_coverage, e.covered,
                         tuple(values.get(name, 0.0) for name in FEATURES))
                for e, values in rows]

    def _spans(self, question: _Question, chunk: Any) -> list[tuple[Evidence, dict[str, float]]]:
        """The spans of one chunk with their features (retrieval and gaps aside)."""
        analysis = question.analysis
        words = self.words
        chunk_tokens = set(tokenize(chunk.search_text))
        bare = len({t for t in tokenize(chunk.text) if not t[0].isdigit()}) <= BARE_WORDS
        if bare:
            chunk_tokens |= self.index.section_vocabulary(chunk.doc_id, chunk.section_path)
        ranged = in_range(chunk, analysis)  # "1668" is one of the rows "1630 à 1744"
        chunk_tokens |= ranged
        chunk_coverage = words.of(analysis, chunk_tokens)
        headers = " ".join(column for column, _ in chunk.cells)
        elsewhere = 0.0
        if chunk.kind == "table_row" and chunk.cells:
            # A row's figures belong to what the row, its title cell and its columns name,
            # not to a body listed further along it.
            owner = set(tokenize(" ".join((*chunk.section, chunk.label, headers,
                                           chunk.cells[0][1]))))
            body = set(tokenize(chunk.text))
            elsewhere = float(any(c & body and not c & owner for c in analysis.named))
        ordinal_missing = float(any(
            not re.search(rf"\b{n}{ORDINAL_SUFFIX}", chunk.text, re.I) for n in analysis.ordinals))
        heading = chunk.section[-1] if chunk.kind == "clause" and chunk.section else ""
        previous, previous_text = set(tokenize(heading)), heading
        heading_tokens = set(tokenize(f"{chunk.context} {chunk.label}"))
        meta = self.index.document(chunk.doc_id).meta
        issuer = set(tokenize(meta.issuer))
        cov_title = words.of(analysis, set(tokenize(f"{meta.title} {meta.doc_type} {meta.issuer}")))
        # The setting a follow-up changes to may be said by the passage's headings or the
        # document's issuer rather than its sentence; a body named, by the issuer.
        setting = ({t for c in analysis.context for t in c} & (heading_tokens | issuer)
                   | {t for c in analysis.named for t in c} & issuer)
        measured_missing = float(bool(analysis.measured) and not analysis.measured & chunk_tokens)
        refs = [(number in ref_of(chunk, kind), bool(ref_of(chunk, kind) - {number}),
                 number in refs_in(chunk.text, kind)) for kind, number in analysis.refs]
        in_unit = all(labelled for labelled, _, _ in refs)
        row_named = chunk.kind == "table_row" and bool(named_cells(analysis, chunk))
        cov_heading = words.of(analysis, heading_tokens)
        out = []
        for position, (start, end, text) in enumerate(units(chunk)):
            tokens = set(tokenize(text)) | ranged | setting
            around = previous | tokens
            cov_span = words.of(analysis, tokens)
            cov_around = words.of(analysis, around)
            covered = frozenset(c for c in analysis.concepts if c & around)
            missing = [c for c in analysis.named
                       if not (c & (around | heading_tokens | issuer)
                               or spelled_out(c, f"{previous_text} {text}"))]
            named_here = not missing and not elsewhere
            previous, previous_text = tokens, text
            kind_fits = span_fits(analysis, text, chunk) if analysis.wants_figure else False
            fits = not analysis.wants_figure or (named_here and not measured_missing
                                                 and kind_fits)
            span_figures = figures(text)
            taxes = {f.qualifier for f in span_figures if f.qualifier}
            years = set(YEAR.findall(text))
            asked_years = set(analysis.years)
            said_numbers = {round(f.value, 3) for f in span_figures}
            cue = ANSWER_CUES.get(analysis.asks)
            values = {
                "cov_span": cov_span,
                "cov_title": cov_title,
                "cov_corpus": question.cov_corpus,
                "cov_content": question.content(words, around),
                "cov_content_chunk": question.content(words, chunk_tokens),
                "span_bm25": question.bm25(text),
                "number_said": float(bool(question.numbers & said_numbers)),
                "asks_kind": float(bool(analysis.asks)),
                "answer_cue": float(cue is not None and cue.search(text) is not None),
                "cov_span_own": words.of(analysis, tokens, own_only=True),
                "cov_around": cov_around,
                "cov_chunk": chunk_coverage,
                "cov_heading": cov_heading,
                "concepts": min(len(analysis.concepts), 10) / 10,
                "named_asked": float(bool(analysis.named)),
                "named_missing": len(missing) / len(analysis.named) if analysis.named else 0.0,
                "named_elsewhere_in_row": elsewhere,
                "wants_figure": float(analysis.wants_figure),
                "fits": float(analysis.wants_figure and fits),
                "unfit": float(analysis.wants_figure and not fits),
                "measured_missing": measured_missing,
                "has_figure": float(any(f.unit or not YEAR.fullmatch(f.text)
                                        for f in span_figures)),
                "asks_who": float(analysis.asks_who),
                "who_named": float(analysis.asks_who and bool(PERSON.search(text)
                                                              or AGENT.search(text))),
                "wants_list": float(analysis.wants_list),
                "list_like": float(analysis.wants_list and in_unit and (
                    chunk.kind == "list_item" or text.rstrip().endswith((":", ","))
                    or bool(INLINE_LIST.match(text)))),
                "row_named_cells": float(row_named),
                "row_unnamed": float(chunk.kind == "table_row" and not row_named),
                "tax_match": float(bool(analysis.tax) and analysis.tax in taxes),
                "tax_conflict": float(bool(analysis.tax) and bool(taxes)
                                      and analysis.tax not in taxes),
                "year_asked": float(bool(asked_years)),
                "year_in_span": float(bool(asked_years) and any(
                    y in text or y in headers for y in asked_years)),
                "year_in_chunk": float(bool(asked_years) and any(
                    y in chunk.search_text for y in asked_years)),
                "year_other": float(bool(asked_years) and bool(years)
                                    and not years & asked_years),
                "ref_asked": float(bool(refs)),
                "ref_labelled": float(bool(refs) and in_unit),
                "ref_other": float(any(other and not labelled for labelled, other, _ in refs)),
                "ref_mentioned": float(any(said for _, _, said in refs)),
                "in_range": float(bool(ranged)),
                "ordinal_missing": ordinal_missing,
                "followup_unsaid": question.unsaid(tokens),
                "attribute_said": float(bool(analysis.attribute & around)),
                "attribute_unsaid": question.attribute_unsaid,
                **{f"kind_{kind}": float(chunk.kind == kind) for kind in _KINDS},
                "contents": float(bool(CONTENTS.search(text))),
                "log_length": math.log1p(len(text)) / 7,
                "first_span": float(position == 0),
                "bare": float(bare),
                "english": float(analysis.lang == "en"),
            }
            coverage = max(cov_span, 0.8 * cov_around, 0.75 * chunk_coverage)
            out.append((Evidence(chunk, start, end, text, coverage, 0.0, fits, chunk_coverage,
                                 covered), values))
        return out


class _Question:
    """What every span of one question is measured against, computed once."""

    def __init__(self, analysis: QueryAnalysis, words: Coverage) -> None:
        self.analysis = analysis
        self.lexical = words.index.lexical
        # how much of the question any document says at all ("âge", "salaire" in none)
        self.cov_corpus = words.of(analysis, words.corpus())
        unnamed = tuple(c for c in analysis.concepts if c not in analysis.named)
        self.unnamed = (dataclasses.replace(analysis, concepts=unnamed, primary=tuple(
            p for c, p in zip(analysis.concepts, analysis.primary or analysis.concepts,
                              strict=True) if c not in analysis.named))
            if unnamed and analysis.named else None)
        self.query = frozenset(analysis.tokens)
        # no document says the noun asked ("âge", "salary"): what is asked is not there
        self.attribute_unsaid = float(bool(analysis.attribute) and not any(
            token in self.lexical.idf for token in analysis.attribute))
        # the numbers the question gives ("à 180 000 euros"), years aside
        self.numbers = {round(f.value, 3) for f in figures(analysis.text)
                        if f.unit or not YEAR.fullmatch(f.text)}
        # What a follow-up asks of the subject carried over ("Et qui rapportait …").
        self.own_words = [c for c in analysis.concepts
                          if analysis.carried and c not in analysis.carried
                          and c not in analysis.named and not c <= set(analysis.years)]
        self.weights = [words.concept_weight(c) for c in self.own_words]

    def content(self, words: Coverage, tokens: set[str]) -> float:
        """Coverage of what the question asks besides the names it gives.

        "âge" in "Quel âge a Jeanne Martin ?": a span that only names the same people
        does not answer.
        """
        if self.unnamed is None:
            return 1.0
        return words.of(self.unnamed, tokens)

    def bm25(self, text: str) -> float:
        """BM25 of the question's tokens (with their translations) in one span."""
        return self.lexical.score(self.query, tokenize(text))

    def unsaid(self, tokens: set[str]) -> float:
        """The share of a follow-up's own words a span does not say (0 for a question)."""
        if not self.own_words:
            return 0.0
        said = sum(w for w, c in zip(self.weights, self.own_words, strict=True) if c & tokens)
        return 1 - said / sum(self.weights)
