"""The vocabulary: English administrative words and their French, French synonyms.

``data/vocabulary.yaml`` has two sections: ``english`` (an English word -> the French the
documents use) and ``synonyms`` (a French word -> other words the documents use for it).
Entries are looked up by the tokens of their words, so every form of a word finds its
entry; entries of several words ("steering committee") are found as phrases.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from assistant.lexical import tokenize


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, dict[str, list[str]]]:
    """``english``: English words -> French; ``synonyms``: French words -> the documents' words."""
    text = resources.files("assistant").joinpath("data/vocabulary.yaml").read_text("utf-8")
    data: dict[str, dict[str, list[str]]] = yaml.safe_load(text)
    return data


@lru_cache(maxsize=3)
def _by_stem(section: str) -> dict[tuple[str, ...], frozenset[str]]:
    """A section of the vocabulary keyed by the tokens of its words.

    Every form of a word then finds its entry ("signataire" that of "signataires").
    """
    out: dict[tuple[str, ...], set[str]] = {}
    if section == "french":  # the English section read the other way: French -> English
        # only words that are English alone ("cash", "fee"), not those French shares with
        # it ("contribution", "budget"), which would widen the French question
        french = {token for part in ("english", "synonyms") for others in vocabulary()[part]
                  .values() for other in others for token in tokenize(other)}
        for word, others in vocabulary()["english"].items():
            english = set(tokenize(word)) - french
            for other in others:
                if english:
                    out.setdefault(tuple(tokenize(other)), set()).update(english)
        return {key: frozenset(tokens) for key, tokens in out.items()}
    for word, others in vocabulary()[section].items():
        out.setdefault(tuple(tokenize(word)), set()).update(
            token for other in others for token in _telling_tokens(other))
    return {key: frozenset(tokens) for key, tokens in out.items()}


def _telling_tokens(value: str) -> list[str]:
    """The tokens a vocabulary value stands for.

    A value of one word is that word; a value of several ("établissement de santé") is its
    most specific word, the one fewest entries use ("établissement", not "santé"): alone
    in a question's alternatives, "santé" would match nearly every passage.
    """
    tokens = tokenize(value)
    if len(tokens) <= 1:
        return tokens
    uses = _token_uses()
    return [min(tokens, key=lambda token: (uses.get(token, 0), token))]


@lru_cache(maxsize=1)
def _token_uses() -> dict[str, int]:
    """How many entries of the vocabulary (keys and values) use each token."""
    uses: dict[str, int] = {}
    for section in ("english", "synonyms"):
        for word, others in vocabulary()[section].items():
            for token in {t for text in (word, *others) for t in tokenize(text)}:
                uses[token] = uses.get(token, 0) + 1
    return uses


def alternatives(word: str, english: bool) -> frozenset[str]:
    """Tokens of a question word with those of its translations and synonyms (data file).

    An English word brings its French translations; a French word its English ones, for
    the documents written in English ("numéraire" finds "cash").
    """
    own = tuple(tokenize(word))
    out = set(own)
    for section in ("synonyms", "english" if english else "french"):
        out |= _by_stem(section).get(own, frozenset())
    return frozenset(out)


def phrases(words: list[str], english: bool) -> dict[int, frozenset[str]]:
    """Alternatives of the vocabulary's entries of several words, by the words they cover.

    "steering committee" is "comité de pilotage": each of its two words brings the
    entry's French tokens. Words are matched by their tokens, stop words aside.
    """
    tokens = [(number, token) for number, word in enumerate(words) for token in tokenize(word)]
    sequence = [token for _, token in tokens]
    out: dict[int, set[str]] = {}
    for section in ("synonyms", "english" if english else "french"):
        starting = _multiword(section)
        for start, first in enumerate(sequence):
            for key, alternatives_of in starting.get(first, ()):
                if tuple(sequence[start : start + len(key)]) == key:
                    for number, _ in tokens[start : start + len(key)]:
                        out.setdefault(number, set()).update(alternatives_of)
    return {number: frozenset(found) for number, found in out.items()}


@lru_cache(maxsize=3)
def _multiword(section: str) -> dict[str, list[tuple[tuple[str, ...], frozenset[str]]]]:
    """The entries of several tokens of a vocabulary section, by their first token."""
    out: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
    for key, alternatives_of in _by_stem(section).items():
        if len(key) > 1:
            out.setdefault(key[0], []).append((key, alternatives_of))
    return out
