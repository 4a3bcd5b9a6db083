"""Which language a text is written in, for questions and claims alike.

French, unless English function words outnumber French ones.

Example:
    >>> is_english("How much did the Region pay in 2024?"), is_english("Quel montant ?")
    (True, False)
"""

from __future__ import annotations

import re

_ENGLISH = re.compile(
    r"\b(?:the|of|to|in|and|is|are|was|were|has|have|had|for|by|with|from|its|it|this|that|"
    r"which|who|what|how|does|did|much|many|when|at|as|be|been|will|would|into|than|per)\b"
    r"|\w['’]s\b",
    re.IGNORECASE,
)
_FRENCH = re.compile(
    r"\b(?:le|la|les|des|du|de|et|est|sont|à|au|aux|un|une|pour|par|avec|dans|sur|qui|que|"
    r"quel|quelle|quels|quelles|combien|en|ce|cette|ces|été|était|sera|selon)\b"
    r"|\b[ldjnsc]['’]",
    re.IGNORECASE,
)


def is_english(text: str) -> bool:
    """Whether more English function words than French ones are in ``text``."""
    return len(_ENGLISH.findall(text)) > len(_FRENCH.findall(text))


def lang(text: str) -> str:
    """``"en"`` or ``"fr"``."""
    return "en" if is_english(text) else "fr"
