"""What a figure counts: the noun after it or the label before it, and when two agree.

Read the same way for a figure of the claim and for one of the documents: "400 TPE et
PME", "3 centres hospitaliers universitaires" (also as "chu"), "Pour : 45" (a vote).
"""

from __future__ import annotations

import re

from assistant.claims.reading import PREFIX, initials
from assistant.figures import Quantity
from assistant.lexical import strip_accents, tokenize
from assistant.vocabulary import alternatives

#: Nouns that count the same thing in council minutes, conventions and press articles.
_SAME_COUNT = tuple(frozenset(tokenize(words)) for words in (
    "voix vote votant suffrages favour favor",
    "membres adhérents adhérer members",
    "entreprises sociétés companies company firms",
    "conseillers élus councillors councilors",
    "communes municipalités municipalities towns",
    # units of time, in both languages
    "an ans années year",
    "mois month",
    "jour day",
    "semaines week",
))
#: The tokens of votes against and abstentions.
_AGAINST = frozenset(tokenize("contre against abstention abstained abstain"))
#: "approuvé par les", "adopted by": the count that follows is of votes.
_VOTED_BY = re.compile(r"\b(?:approuvée?s?|adoptée?s?|votée?s?|approved|adopted|voted|backed)"
                       r"\s+(?:à l['’]unanimité\s+)?(?:par|by)\s+(?:les\s+|the\s+|all\s+)?$",
                       re.IGNORECASE)
#: Words that open a complement after a counted noun ("voix pour au conseil", "entreprises
#: sur le territoire"), accents stripped.
_COMPLEMENT = frozenset(
    "a au aux de du des le la les un une en dans sur par avec sans chez vers selon "
    "of in on at to by with from the a an into within".split()
)


def noun_tokens(text: str, figure: Quantity, english: bool) -> frozenset[str]:
    """The words that say what a figure counts.

    The noun after it and the next few words ("400 TPE et PME", "3 centres hospitaliers
    universitaires" also as "chu"), or the label before it ("Pour : 45").
    """
    if _VOTED_BY.search(text[max(0, figure.start - 40) : figure.start]):
        return _SAME_COUNT[0]  # "approuvé par les 123 conseillers": 123 votes for
    after = re.match(r"[^.;:,()\n\t]{0,50}", text[figure.end :])
    words = after.group(0).split()[:4] if after else []
    # the noun phrase ends where a complement starts: "123 voix pour au conseil de
    # communauté" counts votes, not the council
    ends = next((i for i, word in enumerate(words[1:], 1)
                 if strip_accents(word.lower()) in _COMPLEMENT
                 or re.match(r"[dl]['’]", word.lower())), len(words))
    words = words[:ends]
    out: set[str] = set()
    if figure.noun:
        # the word itself (its translations for an English claim): a French synonym of
        # retrieval ("conseillers" for "votants") would count something else
        for word in [figure.noun, *words[1:]]:
            out |= alternatives(word, True) - set(alternatives(word, False)) | set(
                tokenize(word)) if english else set(tokenize(word))
        out |= initials(" ".join(words))
    before = re.search(r"([A-Za-zÀ-ÿ][\w’'* ()-]{0,60}?)\s*\*?\s*:\s*$",
                       text[max(0, figure.start - 62) : figure.start])
    if before:  # read as a label: "Pour : 45" is a vote
        out |= set(tokenize(before.group(1) + " : 1")) - {"1"}
    return frozenset(out)


def same_noun(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two figures count the same thing.

    The same word, words of one family ("physiquement", "physiques": a long common
    beginning), or words that count the same thing (``_SAME_COUNT``).
    """
    if bool(a & _AGAINST) != bool(b & _AGAINST):
        return False  # votes against or abstentions are not votes for
    if a & b:
        return True
    if any(len(x) >= PREFIX and len(y) >= PREFIX and (x.startswith(y) or y.startswith(x))
           for x in a for y in b if not x.isdigit()):
        return True
    return any(group & a and group & b for group in _SAME_COUNT)
