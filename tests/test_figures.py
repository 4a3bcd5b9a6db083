"""Figures read as the documents write them: amounts, counts, percentages, dates, ordinals.

Every string below is copied from corpus/ (or, for the English ones, written the way an
English claim would put the same figure).
"""

from __future__ import annotations

import pytest

from assistant.figures import Quantity, dates, mentions, money_value, parse_number, quantities
from assistant.figures import figures as read_figures


def kinds(text: str, lang: str = "fr") -> list[tuple[str, float, str, str]]:
    """(kind, value, qualifier, noun) of each quantity of a text."""
    return [(q.kind, q.value, q.qualifier, q.noun) for q in quantities(text, lang)]


@pytest.mark.parametrize(
    ("written", "value"),
    [("7 500", 7500.0), ("7.500", 7500.0), ("7500", 7500.0), ("10.000", 10000.0),
     ("12 000", 12000.0), ("0,3", 0.3), ("180 000.", 180000.0), ("dix", 10.0),
     ("489 590 711", 489590711.0)],
)
def test_thousands_separators_and_decimal_commas(written, value):
    assert parse_number(written) == value


@pytest.mark.parametrize(
    ("text", "lang", "read"),
    [("Au total, dix-huit projets ont été retenus", "fr", [("dix-huit", 18.0, "projets")]),
     ("trente et un membres et quatre-vingt-douze places", "fr",
      [("trente et un", 31.0, "membres"), ("quatre-vingt-douze", 92.0, "places")]),
     ("deux cent cinquante lits", "fr", [("deux cent cinquante", 250.0, "lits")]),
     ("twenty-one partners and one hundred and twenty beds", "en",
      [("twenty-one", 21.0, "partners"), ("one hundred and twenty", 120.0, "beds")])],
)
def test_numbers_written_in_words_are_read_whole_with_their_offsets(text, lang, read):
    found = [q for q in quantities(text, lang) if q.kind == "count"]
    assert [(text[q.start:q.end], q.value, q.noun) for q in found] == read


def test_a_lone_article_is_not_a_count():
    assert quantities("une subvention à un des partenaires", "fr") == []
    assert quantities("one of the partners signed", "en") == []


def test_amounts_in_every_form_the_documents_use_are_in_euros():
    # Article 5 of the Medicen convention: spaces, dots and nothing as thousands separators
    text = ("pour l'année 2019 un montant de 7 500 € HT soit 9000 € TTC. Pour l'année 2020, "
            "compte tenu de la cotisation totale versée en 2019 par l'EPT à Medicen d'un "
            "montant de 10.000€ HT soit 12 000 € TTC, le montant de la cotisation 2020 est "
            "ainsi ramené à 5.500 € HT soit 6.600€ TTC.")
    money = [(q.value, q.qualifier, q.text) for q in quantities(text) if q.kind == "money"]
    assert money == [
        (7500.0, "HT", "7 500 € HT"), (9000.0, "TTC", "9000 € TTC"),
        (10000.0, "HT", "10.000€ HT"), (12000.0, "TTC", "12 000 € TTC"),
        (5500.0, "HT", "5.500 € HT"), (6600.0, "TTC", "6.600€ TTC"),
    ]


def test_k_euros_millions_and_hors_taxes_are_scaled_and_qualified():
    assert kinds("Année 2021 : 45 K€") == [("year", 2021.0, "", ""), ("money", 45000.0, "", "")]
    assert kinds("la Région consacrera 82 M€ entre 2020 et 2022")[0] == ("money", 82e6, "", "")
    assert kinds("porter près de 214 millions d'euros de projets")[0] == (
        "money", 214e6, "", "")
    assert kinds("PM'up Relance, pour soutenir les projets jusqu'à 800 k€ en subvention") == [
        ("money", 800000.0, "", "")]
    assert kinds("5 500 euros hors taxes") == [("money", 5500.0, "HT", "")]
    assert money_value(read_figures("47 M€")[0]) == 47e6


def test_english_amounts_use_commas_for_thousands_and_say_vat():
    assert kinds("a provisional budget of €490,000 including VAT", "en") == [
        ("money", 490000.0, "TTC", "")]
    assert kinds("the fee was cut to €5,500 excluding VAT", "en") == [
        ("money", 5500.0, "HT", "")]
    assert kinds("a regional budget of €1m within an overall envelope of €2.8m", "en") == [
        ("money", 1e6, "", ""), ("money", 2.8e6, "", "")]
    assert kinds("€82 million over 2020-2022", "en")[0] == ("money", 82e6, "", "")
    assert kinds("4.2% of the sector", "en") == [("percent", 4.2, "", "")]


def test_counts_come_with_the_noun_they_count_or_the_label_before():
    assert kinds("Avec 123 km2, 24 communes et 686 000 habitants") == [
        ("count", 123.0, "", "km2"), ("count", 24.0, "", "communes"),
        ("count", 686000.0, "", "habitants")]
    assert kinds("Avec dix hôpitaux dont 3 centres hospitaliers universitaires") == [
        ("count", 10.0, "", "hôpitaux"), ("count", 3.0, "", "centres")]
    assert kinds("Pour : 45") == [("count", 45.0, "", "Pour")]
    assert kinds("Membres du Conseil de Communauté en exercice : 123") == [
        ("count", 123.0, "", "Membres du Conseil de Communauté en exercice")]
    assert kinds("It mobilises more than 420 companies", "en") == [
        ("count", 420.0, "", "companies")]
    assert quantities("Il mobilise plus de 420 entreprises")[0].approximate


def test_one_counts_before_a_unit_of_time_and_squares_are_read():
    assert kinds("avec un préavis d'un mois suivant l'envoi") == [("count", 1.0, "", "mois")]
    assert kinds("un comité territorial") == []
    assert kinds("s'étend sur 123 km²") == [("count", 123.0, "", "km2")]


def test_percentages_with_or_without_a_space():
    assert kinds("soit 4,2% de la filière en Ile-de-France") == [("percent", 4.2, "", "")]
    assert kinds("soit 4,2 % de la filière francilienne") == [("percent", 4.2, "", "")]
    assert kinds("plus de 50% des sciences de la vie") == [("percent", 50.0, "", "")]


def test_numbers_that_name_rather_than_count_are_left_out():
    # identifiers, numbered units, list markers and note calls
    for text in ("DÉLIBÉRATION n°2019-12-21_1668", "Délibération n°2024/2024.00097",
                 "Rapport n°13 - Actions recherche", "Mesure n°8", "1. Décide de l'adhésion",
                 "Vitry-sur-Seine\tM.\tCHICOT\tRémi\tP (2)", "ses articles L5211-9 et L5211-10",
                 "pour les délibérations 1630 à 1744"):
        assert quantities(text) == [], text


def test_times_of_day_are_times_in_minutes_not_counts():
    assert kinds("le 21 décembre à 9h. Le 21 décembre à 09h10 les membres") == [
        ("date", 1221.0, "", ""), ("time", 540.0, "", ""), ("date", 1221.0, "", ""),
        ("time", 550.0, "", "")]
    assert kinds("La séance est ouverte à 18h00 et levée à 20h58.") == [
        ("time", 1080.0, "", ""), ("time", 1258.0, "", "")]
    # an English claim's "6 pm" and "8:58 p.m." are the document's 18h00 and 20h58
    assert kinds("the council sat from 6 pm until 8:58 p.m.", "en") == [
        ("time", 1080.0, "", ""), ("time", 1258.0, "", "")]


def test_bare_millions_after_an_amount_are_an_amount():
    assert kinds("le soutien au Génopole mobilise 25 millions d'euros de budget régional, "
                 "pour une enveloppe globale de 47 millions.") == [
        ("money", 25e6, "", ""), ("money", 47e6, "", "")]
    # with no amount before, millions count what follows them
    assert kinds("322 000 employés, soit 2 millions d'habitants")[1] == (
        "count", 2e6, "", "habitants")


def test_a_number_after_an_acronym_is_part_of_a_name():
    assert quantities("piloté par l’EPT, la CCI 94 et Medicen Paris Region.") == []
    assert quantities("The Val-de-Marne Chamber of Commerce (CCI 94) contributes €50,000",
                      "en")[0].text == "€50,000"
    assert [q.text for q in quantities("BP 2024 et PPIF 2024-2028")] == [
        "2024", "2024", "2028"]


@pytest.mark.parametrize(
    ("written", "value"),
    [("publiée le 27 décembre 2019", 20191227.0),
     ("établie du 1er septembre 2017", 20170901.0),
     ("Séance du jeudi 11 avril 2024", 20240411.0),
     ("Publié le : 24/04/2024", 20240424.0),
     ("pour les 10 et 11 octobre 2024 sur Besançon", 20241010.0),
     ("15-16 mai 2024 sur Arc et-Senans", 20240515.0),
     ("en décembre 2018", 20181200.0),
     ("se tient le 18 juin", 618.0),
     ("on December 27, 2019", 20191227.0),
     ("signed on 25 June 2018", 20180625.0)],
)
def test_dates_in_words_and_numbers(written, value):
    [date] = dates(written)
    assert date.kind == "date" and date.value == value


def test_dates_compare_on_what_both_say():
    day = dates("La prochaine Agora des projets se tient le 18 juin")[0]
    assert day.same_value(dates("le 18 juin 2024")[0])  # the year is not said: compatible
    assert not day.same_value(dates("le 18 juillet")[0])
    published = dates("publiée le 27 décembre 2019")[0]
    assert not published.same_value(dates("le 27 décembre 2018")[0])
    assert published.year == 2019 and published.month_day == (12, 27)
    year = Quantity("2019", "year", 2019.0, 0, 4)
    assert year.same_value(published) and published.same_value(year)


def test_ordinals_with_their_noun():
    assert kinds("La 4ème édition est en cours de construction") == [
        ("ordinal", 4.0, "", "édition")]
    assert kinds("Co-organisation de la « 13ème journée de l'innovation du CHU »") == [
        ("ordinal", 13.0, "", "journée")]
    assert kinds("la quatrième édition") == [("ordinal", 4.0, "", "édition")]
    assert kinds("the 4th edition", "en") == [("ordinal", 4.0, "", "edition")]
    # "première" ranks nothing in "une grande première"
    assert quantities("C'est une grande première.") == []


def test_years_alone_and_in_ranges():
    assert kinds("la Région a labellisé dès 2017") == [("year", 2017.0, "", "")]
    assert kinds("la période 2019-2021") == [("year", 2019.0, "", ""), ("year", 2021.0, "", "")]


def test_existing_helpers_keep_their_behaviour():
    assert mentions("6.600€ TTC", "ramené à 5.500 € HT soit 6 600 € TTC")
    assert [f.text for f in read_figures("7 500 € HT soit 9000 € TTC")] == [
        "7 500 € HT", "9000 € TTC"]


def test_a_diploma_level_is_no_figure():
    text = "les demandeurs d'emplois bac+1 à bac+ 3 qui ne font pas partie des publics"
    assert read_figures(text) == []
    assert [f.text for f in read_figures("soit une hausse de +3 %")] == ["3 %"]
