"""French normalisation of the lexical index."""

from __future__ import annotations

import re
from importlib import resources

from assistant.lexical import BM25, acronyms, tokenize


def test_tokens_drop_case_accents_elisions_and_plurals():
    assert tokenize("L'adhésion d'EPT aux Délibérations qu'elle adhérentes") == [
        "adhesion", "ept", "deliber", "adher",
    ]


def test_numbers_with_thousands_separators_are_one_token():
    # single letters ("M" of "M€") are not tokens
    assert tokenize("7 500 € HT, 10.000€ HT, 6.600€ TTC, 0,3 M€, 2020-2022") == [
        "7500", "ht", "10000", "ht", "6600", "ttc", "0.3", "2020", "2022",
    ]


def test_bm25_prefers_the_chunk_with_the_rare_terms():
    bm25 = BM25({
        "fee": tokenize("cotisation 2020 ramenée à 5.500 € HT"),
        "prose": tokenize("le partenariat avec Medicen en 2020 et en 2021"),
        "other": tokenize("budget prévisionnel du programme"),
    })
    ranked = bm25.search(tokenize("montant de la cotisation 2020"), top_k=3)
    assert [key for key, _ in ranked] == ["fee", "prose"]


def test_bm25_scores_are_the_okapi_formula_and_ties_are_broken_by_id():
    texts = {
        "a": "subvention de fonctionnement 2024 au centre de santé",
        "b": "subvention d'investissement au centre de santé",
        "c": "subvention de fonctionnement 2024 au centre de santé",  # the same as "a"
        "d": "le centre de santé ouvre le samedi",
        "e": "cotisation annuelle",
    }
    bm25 = BM25({key: tokenize(text) for key, text in texts.items()})
    query = tokenize("subvention de fonctionnement du centre de santé en 2024")
    ranked = bm25.search(query, top_k=2)
    # "a" and "c" tie: in id order, and the first place goes to "a"
    assert [key for key, _ in ranked] == ["a", "c"]
    assert [key for key, _ in bm25.search(query, top_k=1)] == ["a"]
    everything = dict(bm25.search(query, top_k=10))
    assert set(everything) == {"a", "b", "c", "d"}  # "e" shares no word with the query
    for key, score in everything.items():  # what _term adds, token by token
        tokens = tokenize(texts[key])
        expected = sum(bm25._term(token, tokens.count(token), len(tokens))  # noqa: SLF001
                       for token in set(query) if token in tokens)
        assert abs(score - expected) < 1e-12
    assert bm25.search(tokenize("xyzzy"), top_k=3) == []


def test_acronyms_are_read_from_definitions_and_from_the_initials_of_names():
    found = acronyms([
        "le Pôle des Microtechniques (PMT) et Grand Besançon Métropole",
        "l'EPT Grand-Orly Seine Bièvre, en Île-de-France",
    ])
    assert found["PMT"] == frozenset({"pole", "microtechniqu"})
    # GBM and GOSB are what users write, though these texts never do
    assert found["GBM"] == frozenset({"grand", "besancon", "metropol"})
    assert found["GOSB"] == frozenset({"grand", "orly", "sein", "bievr"})
    assert found["IDF"] == frozenset({"ile", "franc"})


def test_verb_forms_and_derived_nouns_meet_but_short_stems_stay_apart():
    # what a question writes and what the documents write
    assert tokenize("pilotent piloté présidait présidente rapporteur rapportait") == [
        "pilot", "pilot", "presid", "presid", "rapport", "rapport"]
    assert tokenize("résilier résiliation financer financement représentant représentée") == [
        "resili", "resili", "financ", "financ", "repres", "repres"]
    assert tokenize("prospection prospecter transmission transmettre") == [
        "prospect", "prospect", "transm", "transm"]
    # too short to cut: a montant is no mont, présents are no pré, a secteur no sect,
    # an action no act
    assert tokenize("montant présents secteur conseillers votants action mission") == [
        "montant", "present", "secteur", "conseill", "votant", "action", "mission"]


def test_the_vocabulary_file_names_each_word_once_per_section():
    # YAML keeps the last of two equal keys silently: an entry written twice loses one.
    text = resources.files("assistant").joinpath("data/vocabulary.yaml").read_text("utf-8")
    keys: list[tuple[str, str]] = []
    section = ""
    for line in text.splitlines():
        if re.match(r"^\w+:\s*$", line):
            section = line.rstrip(":")
        elif match := re.match(r"^  ([^#\s][^:]*):", line):
            keys.append((section, match.group(1)))
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    assert {section for section, _ in keys} == {"english", "synonyms"}
