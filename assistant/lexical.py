"""The lexical side of retrieval: French normalisation and a BM25 index over chunks.

Local Chroma has no BM25, so the lexical index is ours: tokens are lower-cased,
stripped of accents and elisions (l', d', qu'…), lightly stemmed, and numbers written
with thousands separators ("7 500", "10.000") become one token ("7500", "10000").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache

import numpy as np

#: Bump when tokenisation changes: stored tokens are then recomputed.
TOKENIZER_VERSION = "6"

STOPWORDS = frozenset(
    """
    a au aux avec ce ces cet cette dans de des du elle en et est il ils je la le les leur leurs
    lui ma mais me meme mes mon ne nos notre nous on ou par pas pour qu que qui sa se ses son
    sur ta te tes ton tu un une vos votre vous y ete etre sont ont a etait sera soit dont
    the of and to in for on is are was be by with as at or an this that it from
    how many much what which who whom when does did do were there
    """.split()
)

_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.IGNORECASE)
_NUMBER = re.compile(r"\d{1,3}(?:[ .\u202f\u00a0]\d{3})+(?![\d])(?:,\d+)?|\d+(?:,\d+)?")
#: A vote count: "Pour : 45", "Abstention* : 0".
VOTE = re.compile(r"\b(pour|contre|abstentions?)\s*\*?\s*:(?=\s*\d)", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")


def strip_accents(text: str) -> str:
    """'Délibération' -> 'Deliberation'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: Verb, participle and derived-noun endings, longest first, with the shortest stem each
#: may leave: "pilotent" and "piloté", "présidait" and "président", "rapporteur" and
#: "rapportait", "résiliation" and "résilier", "financement" and "financer" meet.
_SUFFIXES = (("aient", 5), ("ation", 5), ("ition", 5), ("ement", 4),
             ("ait", 5), ("ant", 5), ("ent", 5), ("eur", 5), ("ric", 5))


def stem(token: str) -> str:
    """Light French stemming: plurals, final mute e, verb and derived-noun endings.

    Short stems are never cut further, so "montant", "présent" and "secteur" stay apart
    from "mont", "pré" and "sect".
    """
    if token.isdigit() or len(token) <= 3:
        return token
    if token.endswith("aux") and len(token) > 5:
        return token[:-3] + "al"
    if token[-1] in "sx":
        token = token[:-1]
    # versé, versée, versées -> vers; adhérente -> adherent; proposer, propose -> propos
    while token.endswith("e") and len(token) > 4:
        token = token[:-1]
    # prospection, prospecter -> prospect; transmission, transmettre -> transm
    if token.endswith("ction") and len(token) >= 9:
        return token[:-3]
    for ending in ("ission", "ettr"):
        if token.endswith(ending) and len(token) - len(ending) >= 3:
            return token[: -len(ending)]
    cut = _cut(token)
    if cut != token:  # "représentant" -> "représent" -> "représ", as "représenté"
        return _cut(cut)
    if token.endswith(("er", "ez")) and len(token) > 5:
        token = token[:-2]
    return token


def _cut(token: str) -> str:
    """``token`` without the first of ``_SUFFIXES`` it ends with, if long enough."""
    for suffix, shortest in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= shortest and not (
            suffix == "ent" and token.endswith("ment")  # -ment only as -ement
        ):
            return token[: -len(suffix)]
    return token


def _number(match: re.Match[str]) -> str:
    digits = re.sub(r"[ .\u202f\u00a0]", "", match.group(0))
    return f" {digits.replace(',', '.')} "


def tokenize(text: str) -> list[str]:
    """Normalised search tokens of a French (or English) text."""
    return list(_tokens(text))


@lru_cache(maxsize=1 << 16)
def _tokens(text: str) -> tuple[str, ...]:
    # The same sentences are read for question after question: tokenised once.
    # "Pour : 45" in a vote count: "pour" is a stop word, the vote is not.
    text = VOTE.sub(r" vote \1 ", text)
    text = _NUMBER.sub(_number, text)
    text = _ELISION.sub(" ", text)
    text = strip_accents(text.lower())
    return tuple(
        stem(token)
        for token in _WORD.findall(text)
        if token not in STOPWORDS and (len(token) > 1 or token.isdigit())
    )


#: The token of a vote, which a vote count ("Pour : 45") is also read as.
VOTE_TOKEN = _tokens("vote")[0]
#: The vote for, which "pour" (a stop word) does not say alone: a column headed "Pour",
#: "voix pour", "votes in favour".
_VOTE_FOR = re.compile(r"^\s*pour\s*$|\b(?:voix|votes?|suffrages?)\s+pour\b|\bin\s+favou?r\b"
                       r"|\bvotes?\s+for\b", re.IGNORECASE)


def vote_tokens(text: str) -> set[str]:
    """The tokens of a text, with "pour" when it says the vote for ("9 voix pour", "Pour").

    For telling apart the columns of a vote table, which plain tokens cannot: "pour" is
    a stop word.
    """
    return set(tokenize(text)) | ({"pour"} if _VOTE_FOR.search(text) else set())


class BM25:
    """Okapi BM25 over pre-tokenised chunks, scored with an inverted index.

    A token's postings are turned once into arrays (chunk positions, and what the token
    adds to each chunk's score), so a query sums arrays instead of looping over chunks
    in Python: at 100k chunks, a common word is in thousands of them.
    """

    def __init__(self, documents: Mapping[str, list[str]], k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.lengths = {key: len(tokens) for key, tokens in documents.items()}
        self.average = (sum(self.lengths.values()) / len(self.lengths)) if self.lengths else 0.0
        self.postings: dict[str, dict[str, int]] = {}
        for key, tokens in documents.items():
            for token, count in Counter(tokens).items():
                self.postings.setdefault(token, {})[key] = count
        total = len(self.lengths)
        self.idf = {
            token: math.log(1 + (total - len(hits) + 0.5) / (len(hits) + 0.5))
            for token, hits in self.postings.items()
        }
        self._keys = list(self.lengths)
        self._position = {key: position for position, key in enumerate(self._keys)}
        self._arrays: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def _term(self, token: str, count: int, length: int) -> float:
        """What ``count`` occurrences of ``token`` in a text of ``length`` tokens score."""
        norm = self.k1 * (1 - self.b + self.b * length / (self.average or 1))
        return self.idf[token] * count * (self.k1 + 1) / (count + norm)

    def _posting_arrays(self, token: str) -> tuple[np.ndarray, np.ndarray]:
        """The chunks holding ``token`` (positions) and what it adds to their scores.

        ``token`` is one of the index's: callers leave out the others.
        """
        if token not in self._arrays:
            hits = self.postings[token]
            positions = np.fromiter((self._position[key] for key in hits), np.int64, len(hits))
            counts = np.fromiter(hits.values(), np.float64, len(hits))
            lengths = np.fromiter((self.lengths[key] for key in hits), np.float64, len(hits))
            # _term's arithmetic, in the same order, on every posting at once
            norm = self.k1 * (1 - self.b + self.b * lengths / (self.average or 1))
            adds = self.idf[token] * counts * (self.k1 + 1) / (counts + norm)
            self._arrays[token] = (positions, adds)
        return self._arrays[token]

    def _score_array(self, query: Iterable[str]) -> np.ndarray:
        """Every chunk's score, by position (0 for chunks sharing no token)."""
        parts = [self._posting_arrays(token) for token in sorted(set(query))
                 if token in self.postings]
        if not parts:
            return np.zeros(len(self._keys))
        positions = np.concatenate([positions for positions, _ in parts])
        adds = np.concatenate([adds for _, adds in parts])
        return np.bincount(positions, weights=adds, minlength=len(self._keys))

    def score(self, query: Iterable[str], tokens: list[str]) -> float:
        """BM25 score of a text that is not indexed (a span), by this index's statistics."""
        counts = Counter(tokens)
        length = sum(counts.values())
        return sum(self._term(token, counts[token], length) for token in dict.fromkeys(query)
                   if token in counts and token in self.idf)

    def search(self, query: Iterable[str], top_k: int = 20) -> list[tuple[str, float]]:
        """The ``top_k`` best chunks for the query tokens, best first (ties by chunk id)."""
        scored = self._score_array(query)
        matched = np.flatnonzero(scored > 0)
        if len(matched) > top_k:  # the top_k best, and every chunk tied with the last
            kth = np.partition(scored[matched], len(matched) - top_k)[len(matched) - top_k]
            matched = matched[scored[matched] >= kth]
        ranked = sorted(((self._keys[position], float(scored[position]))
                         for position in matched), key=lambda item: (-item[1], item[0]))
        return ranked[:top_k]


_LINK = r"(?:de |des |du |d['’]|et |la |le |l['’])?"
_LONG_FORM = re.compile(
    rf"([A-ZÀ-Ý][\w’'-]*(?:[ -]{_LINK}[A-ZÀ-Ýa-zà-ÿ][\w’'-]*){{1,6}})\s*\(([A-Z][A-Z0-9]{{1,7}})\)"
)
_CAPITALISED = re.compile(r"[A-ZÀ-Ý][\w’'-]*(?:[ -][A-ZÀ-Ý][\w’'-]*){1,5}")


def _defined_by(long_form: str, short: str) -> str:
    """The words right before "(ACR)" that the acronym stands for, or ""."""
    words = [re.sub(r"^[ldLD]['’]", "", w) for w in re.split(r"[ -]+", long_form) if w]
    words = [w for w in words if w and w.lower() not in ("de", "des", "du", "et", "la", "le")]
    initials = [strip_accents(w[0]).upper() for w in words]
    for first in range(len(words)):  # the shortest tail whose initials spell the acronym
        if "".join(initials[first:]) == short:
            return " ".join(words[first:])
    starts = [i for i, letter in enumerate(initials) if letter == short[0]]
    if starts and len(words) - starts[-1] >= 2:  # "Pôle des MicroTechniques (PMT)"
        return " ".join(words[starts[-1]:])
    return ""


def acronyms(texts: Iterable[str]) -> dict[str, frozenset[str]]:
    """Acronyms of a corpus with the tokens of their long forms ("GBM": grand, besancon…).

    Found where a text defines one ("Pôle des Microtechniques (PMT)") or where a run of
    capitalised words has three initials or more ("Grand Besançon Métropole" is GBM,
    "Grand-Orly Seine Bièvre" is GOSB, which users write though the documents do not).
    """
    texts = list(texts)
    found: dict[str, set[str]] = {}
    for text in texts:
        for long_form, short in _LONG_FORM.findall(text):
            tail = _defined_by(long_form, short)
            if tail:
                found.setdefault(short, set()).update(tokenize(tail))
        for run in _CAPITALISED.findall(text):
            words = [word for word in re.split(r"[ -]+", run) if word]
            # "EPT Grand-Orly Seine Bièvre" also holds "Grand-Orly Seine Bièvre" (GOSB)
            for first in range(len(words) - 2):
                initials = strip_accents("".join(word[0] for word in words[first:])).upper()
                found.setdefault(initials, set()).update(tokenize(" ".join(words[first:])))
    return {short: frozenset(tokens) for short, tokens in found.items() if tokens}
