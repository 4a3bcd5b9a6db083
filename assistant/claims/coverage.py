"""How much of a claim's subject a span says, a name counting as one word.

The share is idf-weighted as for questions (``assistant.coverage``); the claim's names,
the words its span's document never uses and the words said only around the span (the
sentence before, the title) weigh differently.
"""

from __future__ import annotations

from assistant.claims.evidence import Context
from assistant.coverage import SYNONYM_SHARE, Coverage
from assistant.retrieve import QueryAnalysis

#: A word of the claim that a document never uses weighs this share of its weight in
#: how much of the claim a span of that document covers: the document could not have
#: said it, so its absence says less ("regroupe 26 communes", "Avec … 24 communes").
UNUSED = 0.5


class ClaimCoverage:
    """Coverage of a claim's subject by the words of a span.

    Args:
        words: The idf weights of the corpus's words.
    """

    def __init__(self, words: Coverage) -> None:
        self.words = words

    def share(self, analysis: QueryAnalysis, tokens: set[str] | frozenset[str],
              names: tuple[frozenset[str], ...] = (),
              document: frozenset[str] = frozenset(),
              further: tuple[tuple[frozenset[str], float], ...] = ()) -> float:
        """Idf-weighted share of a claim's subject words present in ``tokens``.

        As ``Answerer.coverage``, except that a name counts as one word however many
        words it has: "Grand Besançon Métropole" weighs what its rarest word weighs, and
        each of its words a part of that (a name of three words would otherwise outweigh
        the rest of the claim, and a span that gives it by a pronoun would cover little).
        A word other than a name that the span's ``document`` never uses weighs less
        (``UNUSED``): the claim's own wording ("regroupe", "au titre de") is no sign that
        a span of that document speaks of something else. A word found only in
        ``further`` words (the sentence before, the title) counts the share given with
        them.
        """
        if not analysis.concepts:
            return 1.0
        primary = analysis.primary or analysis.concepts
        weights = [self.words.concept_weight(concept)
                   * (0.5 if concept in analysis.carried else 1.0)
                   for concept in analysis.concepts]
        groups = [next((i for i, name in enumerate(names) if own and own <= name), -1 - n)
                  for n, own in enumerate(primary)]
        if document:  # (a name the document never uses says it is about someone else)
            weights = [w if concept & document or group >= 0 else UNUSED * w
                       for w, concept, group in zip(weights, analysis.concepts, groups,
                                                    strict=True)]
        for group in set(groups):
            members = [n for n, g in enumerate(groups) if g == group]
            if len(members) > 1:
                total, top = sum(weights[n] for n in members), max(weights[n] for n in members)
                for n in members:
                    weights[n] *= top / total
        found = 0.0
        for weight, concept, own in zip(weights, analysis.concepts, primary, strict=True):
            found += weight * max(
                (share * (1.0 if own & words else SYNONYM_SHARE)
                 for words, share in ((tokens, 1.0), *further) if concept & words),
                default=0.0)
        return found / sum(weights)

    def cover(self, analysis: QueryAnalysis, context: Context,
              names: tuple[frozenset[str], ...] = ()) -> tuple[float, float]:
        """Share of a subject a span covers: with all its context, and with less.

        A word of the subject counts in full in the span or its section label, 0.9 in the
        sentence before, 0.85 in the document title or the rest of the section (those say
        it of every span around). The second share leaves the title and the rest of the
        section out.
        """
        close = context.own | context.section
        before = ((context.previous, 0.9),)
        own = self.share(analysis, close, names, context.document, before)
        wide = self.share(analysis, close, names, context.document,
                          (*before, (context.title | context.around, 0.85)))
        return wide, own
