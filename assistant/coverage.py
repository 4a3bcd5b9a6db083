"""How much of a question (or a claim) a passage says: idf-weighted coverage of its words.

A question's subject words (with their synonyms and translations, see ``retrieve.concepts``)
are weighted by how rare they are in the corpus, capped so that one rare word never
outweighs the whole question. Answers, the span ranker's features and the claim checker
read coverage from here.
"""

from __future__ import annotations

import re

from assistant.index import Index
from assistant.retrieve import QueryAnalysis

#: Cap on a word's idf weight in coverage.
MAX_WEIGHT = 4.0
#: A question word found through a synonym or a translation counts this much.
SYNONYM_SHARE = 0.8


class Coverage:
    """Coverage of questions by sets of tokens, weighted by the index's idf."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._weights: tuple[object, dict[frozenset[str], float]] = (None, {})
        self._corpus: tuple[object, frozenset[str]] = (None, frozenset())

    def corpus(self) -> frozenset[str]:
        """Every token the documents use (computed once until the index changes)."""
        idf = self.index.lexical.idf
        if self._corpus[0] is not idf:
            self._corpus = (idf, frozenset(idf))
        return self._corpus[1]

    def weight(self, token: str) -> float:
        """Idf of a token, capped: a word seen once must not outweigh the whole question."""
        return min(self.index.lexical.idf.get(token, 1.0), MAX_WEIGHT)

    def concept_weight(self, concept: frozenset[str]) -> float:
        """A question word's weight: its best idf among the forms the documents use.

        Forms they never use (an acronym's other spellings) leave the weight as it is.
        """
        idf = self.index.lexical.idf
        if self._weights[0] is not idf:  # computed once per word until the index changes
            self._weights = (idf, {})
        cache = self._weights[1]
        if concept not in cache:
            cache[concept] = max((self.weight(t) for t in concept if t in idf), default=1.0)
        return cache[concept]

    def of(self, analysis: QueryAnalysis, tokens: set[str] | frozenset[str],
           own_only: bool = False) -> float:
        """Idf-weighted share of the question's subject words present in ``tokens``.

        A word counts as present when it, a translation or a synonym is there (a synonym a
        little less); with ``own_only``, only the question's own words count.
        """
        if not analysis.concepts:
            return 1.0
        weights = [self.concept_weight(concept) * (0.5 if concept in analysis.carried else 1.0)
                   for concept in analysis.concepts]
        primary = analysis.primary or analysis.concepts
        found = [
            weight * (1.0 if own & tokens else SYNONYM_SHARE)
            for weight, concept, own in zip(weights, analysis.concepts, primary, strict=True)
            if (own if own_only else concept) & tokens
        ]
        return sum(found) / sum(weights)


def spelled_out(concept: frozenset[str], text: str) -> bool:
    """Whether a text writes out an acronym of the question in full.

    "CCI" is "Chambre du Commerce et d'Industrie" in a document that never defines it.
    """
    for token in concept:
        if 2 <= len(token) <= 6 and token.isalpha():
            link = r"(?:\s+(?:de|du|des|et|la|le|les)\b|\s+[dl]['’])*\s*"
            words = link.join(rf"{letter}[\w’'-]*" for letter in token.upper())
            if re.search(rf"\b{words}\b", text):
                return True
    return False
