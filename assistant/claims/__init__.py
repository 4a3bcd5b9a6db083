"""Claim checking: a claim read, evidence retrieved, figures aligned, a verdict explained.

One module per stage (``reading``, ``evidence`` and ``tables``, ``alignment`` with
``coverage``, ``nouns`` and ``bodies``, ``explanation``); ``checker.Checker`` composes
them.

Example:
    >>> from assistant.claims import read_claim
    >>> [f.text for f in read_claim("Le budget Région de la mesure 8 est de 25 M€.").figures]
    ['25 M€']
"""

from __future__ import annotations

from assistant.claims.checker import Checker
from assistant.claims.reading import entities, read_claim

__all__ = ["Checker", "entities", "read_claim"]
