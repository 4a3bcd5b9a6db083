"""The bodies and people of a claim in the evidence: named there, or given as others.

A figure is said of the claim's subject only where the span names the claim's body, or
no other body; a span that gives the claim's president or partner as someone else
("présidée par Alexandra Dublanche", not Valérie Pécresse) contradicts the claim.
"""

from __future__ import annotations

import logging
import re

from assistant.claims.evidence import Slot
from assistant.claims.reading import GENERIC, Claim, entities, full_name, initials
from assistant.index import Index
from assistant.lexical import STOPWORDS, tokenize
from assistant.spans import Evidence

logger = logging.getLogger(__name__)

#: A name of the claim the evidence gives as another: the claim's name, the document's,
#: the span that says it, and the document's name's start and end in its document.
Replacement = tuple[str, str, Evidence, int, int]


class Bodies:
    """Where the evidence names the claim's bodies and people, or others instead.

    Args:
        index: The indexed documents (their acronyms, titles).
        names: Words the documents only write capitalised ("medicen").
    """

    def __init__(self, index: Index, names: frozenset[str]) -> None:
        self.index = index
        self.names = names

    def another_body(self, claim: Claim, slot: Slot) -> bool:
        """Whether a figure is said of another body than the claim's.

        A body of the claim is named nowhere around it (not even in the title), and its
        span names, before it, a body the claim does not.
        """
        if not claim.entities:
            return False
        context = slot.context
        where = (context.own | context.previous | context.section | context.title
                 | initials(slot.span.text))
        if all(self._present(name, where) for name, _, _ in claim.entities):
            return False
        return bool(self.other_names(claim, slot))

    def same_bodies(self, claim: Claim, slot: Slot) -> bool:
        """Whether a span speaks of the claim's bodies.

        It names one of them (the title aside), or no other body before the figure.
        """
        if not claim.entities:
            return True
        context = slot.context
        where = context.own | context.previous | context.section | initials(slot.span.text)
        if any(self._present(name, where) for name, _, _ in claim.entities):
            return True
        return not self.other_names(claim, slot)

    def other_names(self, claim: Claim, slot: Slot) -> list[str]:
        """The bodies a span names before a figure that the claim does not name."""
        before = slot.span.text[: slot.quantity.start - slot.span.start]
        mine = frozenset().union(*(tokens for _, tokens, _ in claim.entities))
        # a name the claim writes in lower case ("le Pôle des microtechniques") is the
        # claim's too
        written = set(tokenize(claim.text))
        return [full_name(before, start, name) for name, tokens, start
                in entities(before, False, self.index.acronyms, self.names)
                if not tokens & mine
                and not {t for t in tokenize(name) if not t.isdigit()} <= written]

    def replaced(self, claim: Claim, spans: list[Evidence]) -> Replacement | None:
        """A body or person of the claim that the evidence gives as someone else.

        "présidée par Valérie Pécresse" where the span says "présidée par Alexandra
        Dublanche": the claim's name is not in the span, and a name of the span that the
        claim does not have follows the same word.
        """
        if claim.lang != "fr":
            return None  # an English claim translates names ("Besançon University Hospital")
        for span in spans:
            # The claim's name may be given by the sentence before, the section or the
            # document title: only a name absent from all of them is replaced. The first
            # name of the claim (its subject) must be there: the span speaks of it.
            context = set(tokenize(span.text)) | initials(span.text) | self._setting(span)
            theirs = entities(span.text, False, self.index.acronyms, self.names)
            if claim.entities and not self._present(claim.entities[0][0], context):
                continue
            for name, _, start in claim.entities[1:]:
                if self._present(name, context):
                    continue
                role = self._with_acronyms(_role(claim.text, start))
                if not role:
                    continue
                for other, other_tokens, other_start in theirs:
                    if any(self._present(mine, other_tokens) for mine, _, _ in claim.entities):
                        continue  # one of the claim's names, written another way
                    if role & self._with_acronyms(_role(span.text, other_start)):
                        found = full_name(span.text, other_start, other)
                        doc_start = span.start + other_start
                        logger.debug("%s is %s in %r", name, found, span.text[:80])
                        return name, found, span, doc_start, doc_start + len(found)
        return None

    def _with_acronyms(self, tokens: set[str]) -> set[str]:
        """Words with the acronyms they are part of, and the long forms of acronyms."""
        out = set(tokens)
        for short, long_form in self.index.acronyms.items():
            if short.lower() in tokens:
                out |= long_form
            elif long_form & tokens:
                out.add(short.lower())
        return out

    def _present(self, name: str, where: set[str] | frozenset[str]) -> bool:
        """Whether a name is among some words: all its words, or its acronym or long form.

        "Institut Pasteur" is not in "l'Institut Right"; "Bourgogne-Franche-Comté" is in
        "Conseil Régional BFC"; "Pôle des Microtechniques" in "PMT".
        """
        own = {t for t in tokenize(name) if not t.isdigit()} - GENERIC
        if not own or own <= where:
            return True
        for short, long_form in self.index.acronyms.items():
            short = short.lower()
            if short in own and long_form <= where:
                return True
            if (long_form <= own or own <= long_form) and short in where:
                return True
        return False

    def _setting(self, span: Evidence) -> set[str]:
        """The words a span is read with: the sentence before, its section, the title."""
        chunk = span.chunk
        before = chunk.text[: span.start - chunk.start]
        previous = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
        title = self.index.document(chunk.doc_id).meta.title
        return set(tokenize(f"{previous} {chunk.section_path} {title}")) | initials(previous)


def _role(text: str, start: int) -> set[str]:
    """The content words right before a name ("présidée par", "présidente de la")."""
    before = re.findall(r"[\w’'-]+", text[max(0, start - 40) : start])[-3:]
    return {t for t in tokenize(" ".join(before)) if not t.isdigit()} - STOPWORDS

