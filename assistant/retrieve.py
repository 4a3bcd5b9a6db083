"""Hybrid retrieval: dense (Chroma, e5 query prefix) + French BM25, fused by reciprocal rank.

Question analysis helps ranking without any per-question rule: the measure, article or
axis numbers a question names, its years, whether it asks for a figure, and English
administrative words mapped to the French the documents use.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.figures import YEAR, figures, tax_asked
from assistant.index import Index
from assistant.language import is_english
from assistant.lexical import STOPWORDS, VOTE, VOTE_TOKEN, strip_accents, tokenize
from assistant.types import PATH_SEPARATOR, Chunk
from assistant.vocabulary import alternatives, phrases

logger = logging.getLogger(__name__)

RRF_K = 60
CANDIDATES = 50
#: Weight of the coverage ranking in the fusion, next to dense and BM25 (1 each).
COVERAGE_WEIGHT = 0.5
#: Boost of the chunks of the document a question names as its source ("selon la stratégie").
SOURCE_BOOST = 2.0

#: Kinds of numbered units a question can name, with their French and English words (the
#: more specific first: "fiche action 3.2" is a fiche, "action 1.2.3" an action).
REF_WORDS = {
    "mesure": r"mesures?|measures?",
    "fiche": r"fiches?(?:[\s-]*actions?)?|action\s+sheets?",
    "article": r"articles?|art\.",
    "axe": r"axes?|axis",
    "objectif": r"objectifs?(?:\s+(?:strat[ée]giques?|op[ée]rationnels?))?|objectives?",
    "orientation": r"orientations?",
    "action": r"actions?",
    "clause": r"clauses?",
    "titre": r"titres?|titles?",
    "annexe": r"annexes?|annex|appendix|schedules?",
    "décision": r"décisions?|decisions?|points?",
}
#: A unit's number: "8", "3.2", "1.2.3".
UNIT_NUMBER = r"\d+(?:\.\d+)*"
REF = re.compile(
    rf"\b(?P<kind>{'|'.join(REF_WORDS.values())})\s*(?:n°|no\.?|number|numéro)?\s*"
    # a year is no unit number ("les actions 2025")
    rf"(?!(?:19|20)\d\d\b)(?P<n>{UNIT_NUMBER})(?![\d.]*\d)\b",
    re.IGNORECASE,
)
#: "quelle part de", "what percentage": a share, told by a percentage.
_SHARE = (r"quelle (?:part|proportion) (?:de|du|des|d['’])|pourcentage|percentage|"
          r"what (?:share|proportion) of")
_FIGURE_WORDS = re.compile(
    rf"\b(?:combien|nombre|votes?|voix|votants|présents|absents|effectifs?|{_SHARE}|"
    r"how\s+(?:much|many)|number of|total)\b",
    re.IGNORECASE,
)
_LIST_WORDS = re.compile(
    r"\b(?:quels sont|quelles sont|quels|quelles|liste[rz]?|énumère[rz]?|lesquel(?:le)?s|"
    r"tous les|toutes les|liste complète|l'ensemble des|what are|which are|list|all the)\b",
    re.IGNORECASE,
)
#: Adjectives that come before the noun a count counts: "5 nouvelles adhésions".
BEFORE_NOUN = (r"(?:nouve(?:au|aux|lle|lles)|premi(?:er|ers|ère|ères)|autres|grand(?:e|s|es)?|"
               r"petit(?:e|s|es)?|principa(?:l|ux|le|les)|new|other|first|major|main)")
#: "combien d'entreprises", "how many members": the noun a count must come with.
_COUNTED = re.compile(
    r"\b(?:combien\s+(?:y\s+(?:a|avait|aura)(?:-t)?-il\s+)?d[e'’]\s*|how\s+many\s+)"
    rf"(?:{BEFORE_NOUN}\s+)?(\w+)",
    re.IGNORECASE,
)
#: An English word that reads as an adjective: "strategic", "regional", "innovative".
_ENGLISH_ADJECTIVE = re.compile(r"(?:ic|al|ive|ous|ary|ful|ian|ean)$", re.IGNORECASE)
#: After "how many <adjective>", the noun ("strategic priorities"), unless a verb or a
#: preposition follows ("how many local in…").
_ENGLISH_NOUN_AFTER = re.compile(
    r"\s+(?!(?:does|do|did|is|are|was|were|has|have|had|will|can|could|would|should|of|in|"
    r"for|to|at|on|by|with|and|or|the|there|they|it|we|you)\b)([a-z]+)\b(?!')",
    re.IGNORECASE,
)
_MONEY_NOUNS = (
    r"(?:montants?|budgets?|co[uû]ts?|cotisations?|subventions?|enveloppes?|tarifs?|sommes?|"
    r"participation financière|contributions?|financements?|amounts?|fees?|costs?|subsid\w*|"
    r"grants?|funding|envelope|contribution)"
)
#: A question that asks for money, not one that only mentions a subsidy.
_AMOUNT_WORDS = re.compile(
    # "sur quel budget …" asks which budget, not how much
    rf"\b(?:(?<!sur\s)(?<!dans\s)(?<!à\s)quel(?:le)?s?\s+(?:est|sont|était|sera|fut)?\s*"
    rf"(?:le|la|les|l['’])?\s*{_MONEY_NOUNS}"
    rf"|what\s+(?:is|was|are|were)\s+the\s+(?:\w+\s+)?{_MONEY_NOUNS}|à combien|how much|"
    rf"quelle\s+part\s+du\s+{_MONEY_NOUNS}|what\s+share\s+of\s+the\s+{_MONEY_NOUNS}|"
    rf"montants?|combien\b.{{0,60}}\b(?:vers\w*|apport\w*|met|mett\w*|co[uû]t\w*|pa[iy]\w*|"
    rf"financ\w*|consacr\w*|touch\w*|reç\w*|perç\w*|investi\w*))\b|€",
    re.IGNORECASE,
)
#: "le budget annuel de fonctionnement de …", "the amount of the fee": what an amount is of.
_MEASURED = re.compile(
    rf"\b{_MONEY_NOUNS}(?:\s+[\w-]+)?\s+(?:de|du|des|d['’]|of)\s+"
    r"(?:(?:la|le|les|l['’]|ce|cet|cette|ces|son|sa|ses|leur|leurs|the|this|its)\s*)?([\w-]+)",
    re.IGNORECASE,
)
#: "a-t-il augmenté", "has it decreased": an evolution, told by amounts unless counted.
_EVOLUTION = re.compile(
    r"\b(?:augment\w*|diminu\w*|baiss\w*|progress\w*|évolu\w*|increas\w*|decreas\w*|"
    r"rise|risen|rose|fall|fallen|fell)\b",
    re.IGNORECASE,
)
_DURATION_WORDS = re.compile(
    # "pour toute la durée de la convention" does not ask how long
    r"\b(?:combien de temps|pendant combien|(?<!toute la )durée|délai|préavis|how long|"
    r"notice period)\b",
    re.IGNORECASE,
)
_DATE_WORDS = re.compile(
    r"\b(?:quand|quelle date|à quelle date|en quelle année|depuis quand|jusqu'à quand|when|"
    r"what date|which year|dates?|(?:sur |pendant |for )?(?:quelle|what|which) période|"
    r"(?:over |for )?(?:what|which) period)\b",
    re.IGNORECASE,
)
_SHARE_WORDS = re.compile(rf"\b(?:{_SHARE})\b", re.IGNORECASE)
#: "à quelle heure", "what time": a time of day ("levée à 20h58").
_TIME_WORDS = re.compile(r"\b(?:à quelle heure|quelle heure|what time|at what hour)\b",
                         re.IGNORECASE)
#: "rapport n°14", "délibération n°2019-12-21_1668": an identifier the answer must bear.
_NUMBERED = re.compile(r"\bn°\s*([\w./-]*\d[\w./-]*)", re.IGNORECASE)
#: What follows the number of an ordinal: "5e", "4ème", "1er", "3rd".
ORDINAL_SUFFIX = r"\s?(?:e|è|ème|eme|ère|re|er|th|st|nd|rd)\b"
_ORDINAL = re.compile(rf"\b(\d+){ORDINAL_SUFFIX}", re.IGNORECASE)
#: The noun a question asks of its subject: "Quel âge a …", "Quelle est la nationalité
#: de …", "Combien de pédiatres …", "Which political party …", "What is the salary …".
_ATTRIBUTE = {
    False: re.compile(
        r"\b(?:quel(?:le)?s?|combien\s+d(?:e\s+|['’]))(?:\s*(?:est|sont|était|étaient)\b)?"
        r"(?:\s+(?:le|la|les|son|sa|ses|leur|leurs)\b|\s+l['’])?\s*(?P<head>[^\W\d_][\w’'-]*)",
        re.IGNORECASE),
    True: re.compile(
        r"\b(?:what|which|how\s+many|how\s+much)(?:\s+(?:is|are|was|were)\b)?"
        r"(?:\s+(?:the|his|her|its|their|an?)\b)?\s+(?P<head>[^\W\d_][\w-]*)", re.IGNORECASE),
}
_HOW_OLD = re.compile(r"\bhow\s+old\b", re.IGNORECASE)
#: Words an interrogative may be followed by that are no noun ("What must …", "Quel a été").
_NOT_ATTRIBUTE = STOPWORDS | frozenset("a ont must can could should may might will would does "
                                       "did do has have had shall".split())
#: "qui", and "quelles structures", "which bodies": someone or some body is asked for.
_WHO_WORDS = re.compile(
    r"\b(?:qui|who|whom)\b|\b(?:quel(?:le)?s?|which|what)\s+(?:\w+\s+)?(?:structures?|"
    r"organismes?|organisations?|institutions?|entités?|acteurs?|personnes?|personnalités?|"
    r"élus?|bod(?:y|ies)|organi[sz]ations?|people|persons?)\b",
    re.IGNORECASE,
)
#: Words of the question's form, not of its subject: they don't count for coverage.
FORM_WORDS = frozenset(
    tokenize(
        "quel quelle quels quelles combien qui quoi comment quand lequel laquelle lesquels "
        "est sont était ont a prévoit prévu dit indique porte concerne document documents "
        "compte comptait compter count counts "
        "montant nombre selon y il elle ils elles donne donner what which who how much many "
        "does did do is are was were the of for and when whom say says said tell about give "
        "there their its total sous doit doivent devra devront faire fait font peut peuvent "
        "celui celle ceux celles ci cela ceci one ones tient tenait tenu tenue tiennent "
        "étaient été sera seront serait avait avaient moment si vis exactement précisément "
        "exactly precisely"
    )
)


def _counted(question: str, english: bool) -> str | None:
    """The noun a question counts: "combien d'adhérents", "how many strategic priorities"."""
    match = _COUNTED.search(question)
    if not match:
        return None
    word = match.group(1)
    if english and _ENGLISH_ADJECTIVE.search(word):
        after = _ENGLISH_NOUN_AFTER.match(question, match.end())
        if after:
            return after.group(1)
    return word


def concepts(
    question: str,
    english: bool,
    acronyms: Mapping[str, frozenset[str]] | None = None,
    primary: bool = False,
) -> tuple[frozenset[str], ...]:
    """The question's subject words, each with its alternatives (form words left out).

    An acronym of the corpus stands for its long form and the other way round: "GBM"
    is also grand, besancon, metropol; "Grand Besançon Métropole" is also gbm. With
    ``primary``, each word's own tokens only.
    """
    acronyms = acronyms or {}
    out = []
    words = re.findall(r"[\w’'-]+", question)
    in_phrases = phrases(words, english) if not primary else {}
    for number, word in enumerate(words):
        own = tokenize(word)
        if own and not set(own) <= FORM_WORDS:
            if primary:
                out.append(frozenset(own) - FORM_WORDS)
                continue
            alts = (set(alternatives(word, english)) | acronyms.get(word, frozenset())
                    | in_phrases.get(number, frozenset()))
            out.append(frozenset(alts - FORM_WORDS))
    if primary:
        return tuple(out)
    tokens = set(tokenize(question))
    for short, long_form in acronyms.items():
        # "Grand Besançon" is enough of "Grand Besançon Métropole" to mean GBM
        if len(long_form) > 1 and len(long_form & tokens) >= max(2, 2 * len(long_form) / 3):
            out = [c | {short.lower()} if c & long_form else c for c in out]
    return tuple(dict.fromkeys(concept for concept in out if concept))


@dataclass(frozen=True)
class QueryAnalysis:
    """What a question asks, as far as ranking needs to know."""

    text: str
    lang: str
    tokens: tuple[str, ...]
    concepts: tuple[frozenset[str], ...]
    refs: tuple[tuple[str, str], ...]
    years: tuple[str, ...]
    wants_figure: bool
    wants_list: bool
    asks_who: bool
    counted: frozenset[str] = frozenset()
    wants_amount: bool = False
    wants_date: bool = False
    ordinals: tuple[str, ...] = ()
    numbered: tuple[str, ...] = ()
    listed_kind: str = ""
    wants_duration: bool = False
    carried: frozenset[frozenset[str]] = frozenset()
    #: A follow-up's own words when it asks the previous question of another body, place
    #: or date ("Et à la séance du Grand Besançon ?"): a passage's headings may say them.
    context: frozenset[frozenset[str]] = frozenset()
    primary: tuple[frozenset[str], ...] = ()
    named: tuple[frozenset[str], ...] = ()
    #: The tokens of the proper names the question gives, by their shape.
    proper: frozenset[str] = frozenset()
    event: frozenset[str] = frozenset()
    measured: frozenset[str] = frozenset()
    source: frozenset[str] = frozenset()
    #: "HT" or "TTC" when the question names one ("hors taxes", "including VAT").
    tax: str = ""
    wants_time: bool = False
    wants_share: bool = False
    #: The kind of answer a question without a figure asks for: a reason ("pourquoi"), a
    #: yes or no ("peut-on …", "does it …"), a frequency ("how often"), a place ("où").
    asks: str = ""
    #: A follow-up's own words, before the previous question was joined to it.
    own_text: str = ""
    #: The question sets two things side by side ("est-ce le même …", "compared with").
    compares: bool = False
    #: The noun asked of the subject ("âge" in "Quel âge a Jeanne Martin ?").
    attribute: frozenset[str] = frozenset()


def ref_kind(word: str) -> str:
    """The kind of numbered unit a word names: "measures" -> "mesure"."""
    word = strip_accents(word.lower())
    for kind, pattern in REF_WORDS.items():
        if re.fullmatch(strip_accents(pattern), word):
            return kind
    return word


def analyse(question: str, acronyms: Mapping[str, frozenset[str]] | None = None) -> QueryAnalysis:
    """Read the ranking hints out of a question.

    Example:
        >>> analyse("Quel est le budget Région de la mesure 8 ?").refs
        (('mesure', '8'),)
    """
    english = is_english(question)
    # The interrogative sentences name the subject; the others are context.
    asked = " ".join(part for part in re.split(r"(?<=[?.!])\s+", question)
                     if part.endswith("?")) or question
    subject = concepts(asked, english, acronyms)
    # Translations and synonyms join the lexical query; acronyms' long forms only the
    # coverage (as query words they would swamp it: "PMT" is in most of a document).
    expanded = concepts(asked, english)
    tokens = tokenize(question) + [t for concept in expanded for t in sorted(concept)]
    counted = _counted(question, english)
    evolution = bool(_EVOLUTION.search(question))
    measured = _MEASURED.search(asked)
    refs = tuple(dict.fromkeys((ref_kind(m.group("kind")), m.group("n"))
                               for m in REF.finditer(question)))
    return QueryAnalysis(
        text=question,
        lang="en" if english else "fr",
        tokens=tuple(tokens),
        concepts=subject,
        primary=_primary(asked, english, subject),
        refs=refs,
        years=tuple(dict.fromkeys(YEAR.findall(question))),
        wants_figure=bool(_FIGURE_WORDS.search(question) or _AMOUNT_WORDS.search(question)
                          or evolution or _TIME_WORDS.search(question)
                          or _DATE_WORDS.search(question) or _DURATION_WORDS.search(question)),
        wants_list=bool(_LIST_WORDS.search(question)) and not _FIGURE_WORDS.search(question),
        asks_who=bool(_WHO_WORDS.search(question)),
        counted=alternatives(counted, english) if counted else frozenset(),
        wants_amount=bool(_AMOUNT_WORDS.search(question)
                          or (evolution and not _FIGURE_WORDS.search(question))),
        wants_date=bool(_DATE_WORDS.search(question)),
        ordinals=tuple(m.group(1) for m in _ORDINAL.finditer(question)),
        numbered=tuple(m.group(1) for m in _NUMBERED.finditer(question)),
        listed_kind=listed_kind(question),
        wants_duration=bool(_DURATION_WORDS.search(question)),
        named=_named(asked, subject),
        proper=proper_names(asked, english),
        event=_event(asked, english) if _DATE_WORDS.search(question) else frozenset(),
        measured=(alternatives(measured.group(1), english) - FORM_WORDS
                  if measured and _AMOUNT_WORDS.search(question) else frozenset()),
        source=_source(asked),
        tax=tax_asked(question),
        wants_time=bool(_TIME_WORDS.search(question)),
        wants_share=bool(_SHARE_WORDS.search(question) and not _AMOUNT_WORDS.search(question)),
        asks=asks(question),
        compares=bool(_COMPARES.search(question)),
        attribute=asked_attribute(asked, english),
    )


#: Words that set two things side by side: a comparison asks for both.
_COMPARES = re.compile(
    r"\b(?:compar\w*|même|identiques?|différen\w*|écart|diffère\w*|évolu\w*|par rapport|"
    r"plus (?:élevé|important|faible)e?s?|versus|vs\.?|both|same|differ\w*|higher|lower|"
    r"than|increase|decrease|change[ds]?|entre .+ et .+ (?:selon|dans)|"
    # "respect…" holds "respectivement", "respectively" and "respecte-t-elle"
    r"respect\w*|cohéren\w*|consistent|correspond\w*|conforme\w*|au niveau (?:de|du|des)|"
    r"dépass\w*|exceed\w*|augment\w*|diminu\w*|grow|grew|restated|"
    r"in line with|match\w*)\b", re.IGNORECASE)


_WHY = re.compile(r"\b(?:pourquoi|why|pour quelle raison|for what reason|what for)\b", re.I)
_OFTEN = re.compile(r"\b(?:combien de fois|à quelle fréquence|quelle fréquence|how often|"
                    r"how many times|tous les combien|at what frequency)\b", re.I)
_WHERE = re.compile(r"\b(?:où|where|dans quelle (?:ville|commune|salle|localité)|"
                    r"in which (?:town|city|place|municipality))\b", re.I)
#: A question asked for a yes or a no: "Est-ce que …", "Peut-on …", "La CPTS finance-t-elle
#: …" (an inversion without an interrogative word), "Can the contract …".
_YES_NO = re.compile(
    r"^\s*(?:est-ce\s+qu|peut-on|faut-il|doit-on|y\s+a-t-il|(?:is|are|was|were|can|could|does|"
    r"do|did|will|may|must|should|has|have)\b)", re.I)
_INVERSION = re.compile(r"\b\w+-(?:t-)?(?:il|elle|ils|elles|on)\b", re.I)
_ASKING = re.compile(r"\b(?:qui|que|quoi|quel|quelle|quels|quelles|combien|quand|où|comment|"
                     r"pourquoi|lequel|laquelle|what|which|who|when|where|how|why)\b", re.I)


def asks(question: str) -> str:
    """The kind of answer asked besides figures: "why", "often", "where", "yes_no" or ""."""
    if _WHY.search(question):
        return "why"
    if _OFTEN.search(question):
        return "often"
    if _WHERE.search(question):
        return "where"
    if _YES_NO.search(question) or (_INVERSION.search(question)
                                     and not _ASKING.search(question)):
        return "yes_no"
    return ""


#: "selon la convention de l'EPT", "d'après l'article sur le living lab", "in the strategy":
#: the document a question (or a part of it) is asked of.
_SOURCE = re.compile(
    r"\b(?:selon|d['’]après|dans|according to|in)\s+(?:la|le|les|l['’]|the|its|their)\s*"
    r"(?P<what>(?:stratégie|convention|délibération|article|document|texte|presse|"
    r"strategy|agreement|deliberation|resolution|article|press)\b[^?,;()]*)",
    re.IGNORECASE,
)


def _source(asked: str) -> frozenset[str]:
    """The tokens of the document a question names as its source, if it names one."""
    match = _SOURCE.search(asked)
    return frozenset(tokenize(match.group("what"))) - FORM_WORDS if match else frozenset()


def named_source(index: Index, analysis: QueryAnalysis) -> str | None:
    """The document whose title, type or issuer the question's source words name best.

    None when the question names no source or several documents fit it as well.
    """
    if not analysis.source:
        return None
    fit = {}
    for record in index.documents():
        meta = record.meta
        words = set(tokenize(f"{meta.title} {meta.doc_type} {meta.issuer}"))
        fit[record.doc_id] = len(analysis.source & words) / len(analysis.source)
    ranked = sorted(fit.items(), key=lambda item: -item[1])
    if ranked and ranked[0][1] >= 0.5 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return ranked[0][0]
    return None


#: "a-t-elle été signée", "ont été transmis", "was signed": the event a date is asked for.
_EVENT = re.compile(
    r"\b(?:été|a|ont|est|sont|sera|seront|fut|was|were|been)(?:-t-(?:il|elle|ils|elles))?"
    r"(?:\s+été)?\s+(\w+(?:ée?s?|ise?s?|ite?s?|ed))\b",
    re.IGNORECASE,
)


def _event(asked: str, english: bool) -> frozenset[str]:
    """The tokens of the event a date question asks about, with its synonyms."""
    match = _EVENT.search(asked) or (re.search(r"\b(\w+ed)\s*\?", asked) if english else None)
    if not match:
        return frozenset()
    return alternatives(match.group(1), english) - FORM_WORDS


#: Capitalised words that name no one in particular.
_GENERIC_NAMES = frozenset(tokenize(
    "région region régional regional conseil council président president état state "
    "france français convention article mesure axe annexe "
    # acronyms of kinds of things, not of bodies: small firms, hospitals, calls, taxes
    "pme tpe eti pmi chu aap ami ht ttc tva vat"
))


def _named(asked: str, subject: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """The subject concepts the question names with a capital.

    "Pôle des Microtechniques", "PMT", "Bourgogne-Franche-Comté": sentence openings and
    generic words ("Région", "Conseil") are left out.
    """
    tokens = {t for word in _capitalised(asked) for t in tokenize(word)}
    return tuple(concept for concept in subject if concept & (tokens - _GENERIC_NAMES
                                                               - FORM_WORDS))


def _capitalised(asked: str) -> list[str]:
    """The words written with a capital, clause openings aside ("— According to …")."""
    return [m.group(0) for m in re.finditer(r"(?<![.?!—:]\s)(?<!^)\b[A-ZÀ-Ý][\w’'-]*", asked)]


#: A name by its shape: an acronym ("CAF", "INCa"), or capitalised words close together
#: ("Banque des Territoires", "Pays de Montbéliard Agglomération").
_PROPER = re.compile(
    r"\b[A-ZÀ-Ý]\w*[A-ZÀ-Ý][\w’'-]*|\b[A-ZÀ-Ý][\w’'-]*(?:\s+(?:de|du|des|d['’]|la|le|of|the)?"
    r"\s*[A-ZÀ-Ý][\w’'-]*)+")


def proper_names(asked: str, english: bool) -> frozenset[str]:
    """The tokens of what a question names as a proper name, by its shape.

    In English a lone capitalised word may be an adjective ("the German hospital"); in
    French it is a name ("Bpifrance").
    """
    names = {m.group(0) for m in _PROPER.finditer(asked)}
    if not english:
        names |= set(_capitalised(asked))
    return frozenset(t for name in names for t in tokenize(name)) - _GENERIC_NAMES - FORM_WORDS


def _primary(asked: str, english: bool,
             subject: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """For each subject concept, the question word's own tokens (not its synonyms)."""
    own = [c for c in concepts(asked, english, primary=True) if c]
    by_overlap = []
    for concept in subject:
        match = next((c for c in own if c & concept), concept)
        by_overlap.append(match)
    return tuple(by_overlap)


def asked_attribute(asked: str, english: bool) -> frozenset[str]:
    """The tokens of the noun a question asks of its subject, with their alternatives.

    Example:
        >>> sorted(asked_attribute("Quel âge a la présidente ?", False))
        ['age']
    """
    if english and _HOW_OLD.search(asked):
        return alternatives("age", english)
    match = _ATTRIBUTE[english].search(asked)
    if match is None:
        return frozenset()
    head = match.group("head")
    if head[0].isupper() or strip_accents(head.lower()) in _NOT_ATTRIBUTE:
        return frozenset()  # a name ("Which Banque …") or a verb ("What must …")
    return alternatives(head, english)


def listed_kind(question: str) -> str:
    """The numbered unit a question enumerates ("quels sont les axes" -> "axe")."""
    match = re.search(r"\b(axes|mesures|measures|objectifs|objectives|articles|décisions|"
                      r"decisions|annexes|fiches(?:[\s-]*actions?)?|actions|orientations|"
                      r"clauses|titres|priorités|priorities)\b", question, re.IGNORECASE)
    return ref_kind(match.group(1)) if match else ""


@dataclass(frozen=True)
class Filters:
    """Restrict retrieval to some documents, document types or a date range (ISO dates)."""

    doc_ids: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""

    def allowed(self, index: Index) -> set[str] | None:
        """The document ids that pass, or None when nothing is filtered."""
        if not (self.doc_ids or self.doc_types or self.date_from or self.date_to):
            return None
        out = set()
        for record in index.documents():
            meta = record.meta
            if self.doc_ids and record.doc_id not in self.doc_ids:
                continue
            if self.doc_types and meta.doc_type not in self.doc_types:
                continue
            if self.date_from and (not meta.date or meta.date < self.date_from):
                continue
            if self.date_to and (not meta.date or meta.date[: len(self.date_to)] > self.date_to):
                continue
            out.add(record.doc_id)
        return out


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its fused score and the scores it came from."""

    chunk: Chunk
    score: float
    dense: float = 0.0
    lexical: float = 0.0


def ref_of(chunk: Chunk, kind: str) -> set[str]:
    """Numbers of the ``kind`` units (mesure, article…) a chunk is labelled with."""
    return refs_in(f"{chunk.label} {chunk.section_path}", kind)


def unit_words(kind: str) -> str:
    """A pattern of the words that name a kind of unit (the kind itself if it has none)."""
    return f"(?:{REF_WORDS.get(kind, re.escape(kind))})"


def refs_in(text: str, kind: str) -> set[str]:
    """Numbers of the ``kind`` units a text names: "La mesure 15 permettant…" -> {"15"}.

    A kind with no words of its own ("priorites", from "quelles sont les priorités")
    is looked for as written.
    """
    return set(re.findall(rf"\b{unit_words(kind)}\s*(?:n°\s*)?({UNIT_NUMBER})\b", text,
                          re.IGNORECASE))


#: A row labelled with a range of numbers: "N° de délibération 1630 à 1744".
_RANGE = re.compile(r"\b(\d+)\s*(?:à|to)\s*(\d+)$")


def _asked_numbers(analysis: QueryAnalysis) -> set[str]:
    return {t for concept in analysis.concepts for t in concept if t.isdigit()}


def in_range(chunk: Chunk, analysis: QueryAnalysis) -> set[str]:
    """The numbers of the question within the range a chunk is labelled with."""
    span = _RANGE.search(chunk.label.rsplit(PATH_SEPARATOR, 1)[-1])
    if not span:
        return set()
    low, high = int(span.group(1)), int(span.group(2))
    return {n for n in _asked_numbers(analysis) if low <= int(n) <= high}


def _boost(chunk: Chunk, analysis: QueryAnalysis) -> float:
    """Multiplicative hints from the question: named units, years, figures."""
    factor = 1.0
    for kind, number in analysis.refs:
        labelled = ref_of(chunk, kind)
        mentioned = re.search(rf"\b(?:{REF_WORDS[kind]})\s*(?:n°\s*)?{re.escape(number)}\b",
                              chunk.text, re.IGNORECASE)
        if number in labelled:
            factor *= 3.0
        elif mentioned:
            # "les pièces mentionnées à l'article 3", in Article 4: it speaks of that unit
            factor *= 1.0 if labelled else 1.5
        elif labelled:
            factor *= 0.4
    for year in analysis.years:
        if year in chunk.search_text:
            factor *= 1.3
    if in_range(chunk, analysis):
        # "délibération 1668" is the row "1630 à 1744" of a vote table, not "1625 à 1627"
        factor *= 2.0
    if analysis.wants_figure and any(f.unit or f.value >= 1 and not YEAR.fullmatch(f.text)
                                     for f in figures(chunk.text)):
        factor *= 1.2
    if VOTE_TOKEN in frozenset().union(*analysis.concepts) and VOTE.search(chunk.text):
        factor *= 2.0  # "Pour : 45" says little to either ranking, but it is the vote
    if chunk.kind == "heading" and not analysis.wants_list:
        factor *= 0.5
    return factor


def _by_coverage(index: Index, analysis: QueryAnalysis,
                 candidates: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The candidates ranked by how much of the question's subject each names.

    BM25 favours short chunks that repeat one word; a long clause that names every word of
    the question ranks below them there, and above them here. Words are weighted by
    idf (capped), those carried from a previous question by half.
    """
    postings, idf = index.lexical.postings, index.lexical.idf
    covered: dict[str, float] = {}
    for concept in analysis.concepts:
        weight = max((idf[t] for t in concept if t in idf), default=1.0)
        weight *= 0.5 if concept in analysis.carried else 1.0
        held = [postings.get(t, {}) for t in concept]
        for chunk_id, _ in candidates:
            if any(chunk_id in holders for holders in held):
                covered[chunk_id] = covered.get(chunk_id, 0.0) + weight
    return sorted(covered.items(), key=lambda item: (-item[1], item[0]))


def search(
    index: Index, analysis: QueryAnalysis, k: int = 10, filters: Filters | None = None
) -> list[Hit]:
    """The ``k`` best chunks for a question: dense + BM25 fused by reciprocal rank, boosted."""
    allowed = filters.allowed(index) if filters else None
    if allowed is not None and not allowed:
        return []
    dense = index.dense_search(analysis.text, top_k=CANDIDATES, doc_ids=allowed)
    lexical = [
        (chunk_id, score)
        for chunk_id, score in index.lexical.search(analysis.tokens, top_k=CANDIDATES * 2)
        if allowed is None or index.chunk(chunk_id).doc_id in allowed
    ][:CANDIDATES]
    fused: dict[str, float] = {}
    rankings = ((dense, 1.0), (lexical, 1.0),
                (_by_coverage(index, analysis, [*dense, *lexical]), COVERAGE_WEIGHT))
    for ranking, weight in rankings:
        for rank, (chunk_id, _) in enumerate(ranking):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + weight / (RRF_K + rank + 1)
    dense_scores, lexical_scores = dict(dense), dict(lexical)
    source = named_source(index, analysis)
    hits = []
    for chunk_id, score in fused.items():
        chunk = index.chunk(chunk_id)
        boost = _boost(chunk, analysis) * (SOURCE_BOOST if chunk.doc_id == source else 1.0)
        hits.append(Hit(chunk, score * boost, dense_scores.get(chunk_id, 0.0),
                        lexical_scores.get(chunk_id, 0.0)))
    hits.sort(key=lambda hit: (-hit.score, hit.chunk.id))
    return hits[:k]


class HybridRetriever(BaseRetriever):
    """LangChain retriever over the hybrid search, for chains that take documents.

    Example:
        >>> retriever = HybridRetriever(index=Index.open(Settings()))  # doctest: +SKIP
        >>> retriever.invoke("Que prévoit la mesure 8 ?")[0].metadata["label"]  # doctest: +SKIP
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: Any
    k: int = 5
    filters: Filters = field(default_factory=Filters)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [
            Document(
                page_content=hit.chunk.text,
                metadata={
                    "id": hit.chunk.id,
                    "doc_id": hit.chunk.doc_id,
                    "label": hit.chunk.label,
                    "section": hit.chunk.section_path,
                    "page": hit.chunk.page,
                    "start": hit.chunk.start,
                    "end": hit.chunk.end,
                    "score": hit.score,
                },
            )
            for hit in search(self.index, analyse(query, self.index.acronyms), self.k,
                              self.filters)
        ]
