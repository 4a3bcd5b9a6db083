# -*- coding: utf-8 -*-
"""Writes questions.jsonl and claims.jsonl for the s8-programme-regional set."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
S = "s8-programme-regional"
D = "2025-03-27-deliberation-cr-2025-027-programme-vallis-sante"
F = "annexe1-fiches-actions-vallis-sante-2025-2028"
C = "cp-region-haute-valliere-28-03-2025"


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures, history=None):
    ans = kind != "unanswerable"
    Q.append({"id": f"{S}-q{len(Q)+1:02d}", "kind": kind, "lang": lang, "question": question,
              "history": history or [], "answerable": ans, "gold": gold if ans else [],
              "figures": figures if ans else []})


# ------------------------------------------------------------------ figure
q("figure", "fr", "À combien s'élève l'autorisation d'engagement votée pour VALLIS Santé ?",
  [g(D, "Article 2", "Une autorisation d'engagement de 42,6 M€ est affectée au programme")], ["42,6 M€"])
q("figure", "en", "How much will the mid-term evaluation of the programme cost, VAT included?",
  [g(D, "Article 8", "pour un coût estimé à 100 000 € HT, soit 120 000 € TTC")], ["120 000 € TTC"])
q("figure", "fr", "Combien de conseillers régionaux ont voté contre la délibération CR-2025-027 ?",
  [g(D, "Résultat du vote", "La délibération est adoptée par 50 voix pour, 15 voix contre et 13 abstentions.")], ["15"])
q("figure", "fr", "Jusqu'à combien une start-up peut-elle obtenir en avance remboursable avec le Pass Amorçage ?",
  [g(F, "Fiche n°2 › 4. Modalités d'intervention › Volet B",
     "Volet B – Développement : avance remboursable à taux zéro. Taux d'intervention : 50 % des dépenses éligibles, plafonné à 200 000 €.")],
  ["200 000 €"])
q("figure", "fr", "Le remboursement de l'avance Pass Amorçage commence après quel différé ?",
  [g(F, "Fiche n°2 › 4. Modalités d'intervention",
     "L'avance est remboursable en 20 échéances trimestrielles après un différé de 24 mois à compter du dernier versement.")],
  ["24 mois"])
q("figure", "en", "How many members sit on the VALLIS Santé steering committee (COPIL)?",
  [g(D, "V. Gouvernance", "Il comprend 14 membres :")], ["14"])
q("figure", "fr", "Jusqu'à quel montant la présidente peut-elle accorder une aide du programme par simple arrêté ?",
  [g(D, "Article 4", "Délégation est donnée à la Présidente pour attribuer les aides d'un montant inférieur ou égal à 23 000 €")],
  ["23 000 €"])
q("figure", "en", "What is the amount of 2025 payment appropriations (CP) for the programme?",
  [g(D, "Article 3", "Les crédits de paiement 2025, d'un montant de 6 100 k€, sont imputés sur les crédits inscrits au budget primitif 2025.")],
  ["6 100 k€"])
q("figure", "fr", "Jusqu'à quand peut-on candidater à la première vague 2025 de l'appel à projets R&D collaborative ?",
  [g(F, "Fiche n°1 › 4. Modalités d'intervention",
     "Pour 2025, la première vague est ouverte du 2 juin 2025 au 12 septembre 2025")], ["12 septembre 2025"])
q("figure", "fr", "Combien de temps fallait-il en moyenne pour instruire un dossier sous l'ancien plan régional ?",
  [g(D, "I. Contexte et bilan", "un délai moyen d'instruction de 5,2 mois entre le dépôt d'un dossier complet et la décision d'attribution")],
  ["5,2 mois"])
q("figure", "en", "What is the estimated average cost of one regional pavilion at a trade fair, excluding VAT?",
  [g(F, "Fiche n°8 › 4. Modalités d'intervention",
     "Le coût moyen d'un pavillon régional est estimé à 85 000 € HT, soit 102 000 € TTC, par salon")], ["85 000 € HT"])

# ------------------------------------------------------------------ table
q("table", "fr", "Dans l'échéancier AE/CP (tableau 2), combien de crédits de paiement sont prévus en 2027 pour les plateformes technologiques et living labs ?",
  [g(D, "IV › Tableau 2 › Fiche n°3", "Fiche n°3 – Plateformes et living labs")], ["2 500"])
q("table", "en", "In the execution table of the 2019-2024 plan, how much was committed in 2022 and how many projects were supported that year?",
  [g(D, "I › Tableau 1 › 2022", "2022")], ["5 870", "40"])
q("table", "fr", "Comment le groupe RDT a-t-il voté sur l'ensemble de la délibération ?",
  [g(D, "Tableau 5 › Rassemblement des territoires", "Rassemblement des territoires (RDT)")], ["13", "1"])
q("table", "fr", "Quelle part du plan de financement consolidé représente le FEDER ?",
  [g(D, "IV › Tableau 3 › FEDER", "Union européenne – FEDER")], ["15,9 %"])
q("table", "fr", "Quel a été le score de l'amendement déposé par le Rassemblement des territoires ?",
  [g(D, "VII › Tableau 4 › Amendement n°5", "Amendement n°5 – transfert de 0,5 M€ d'AE de la fiche n°8 vers la fiche n°4")],
  ["16", "60", "2"])
q("table", "en", "According to the key-figures table of the press release, how many telehealth sites are planned, and what share in priority zones?",
  [g(C, "Les chiffres clés › Sites de télésanté", "Sites de télésanté")], ["45", "70 %"])
q("table", "fr", "Quel montant d'AE l'échéancier prévoit-il pour l'ensemble de l'axe 2 ?",
  [g(D, "IV › Tableau 2 › Sous-total Axe 2", "Sous-total Axe 2")], ["12,6"])
q("table", "fr", "Lors de la séance du 27 mars, combien d'élus étaient représentés par un pouvoir ?",
  [g(D, "Quorum et présences › Représentés", "Représentés (pouvoirs)")], ["8"])

# ------------------------------------------------------------------ clause
q("clause", "fr", "Qui préside le comité de pilotage de VALLIS Santé ?",
  [g(D, "V. Gouvernance", "Il est coprésidé par le vice-président chargé du développement économique, de l'innovation et de la santé et par le directeur général de l'ARS Haute-Vallière, M. Laurent Féraud.")],
  [])
q("clause", "fr", "Pour déposer un projet collaboratif de R&D, comment doit être composé le consortium ?",
  [g(F, "Fiche n°1 › 2. Bénéficiaires éligibles",
     "Consortiums d'au moins trois partenaires, dont au moins une PME disposant d'un établissement en Haute-Vallière et au moins un organisme de recherche ou un établissement de santé.")],
  [])
q("clause", "en", "What does Article 6 of the deliberation authorise the President to do?",
  [g(D, "Article 6", "La Présidente est autorisée à solliciter une subvention FEDER de 8,5 M€ au titre de l'objectif spécifique 1.1 du programme régional FEDER-FSE+ 2021-2027 et à signer tout document s'y rapportant.")],
  ["8,5 M€"])
q("clause", "fr", "Pour quelle raison Thierry Vasseur n'a-t-il pas pris part au vote ?",
  [g(D, "Résultat du vote", "M. Thierry Vasseur, administrateur du pôle de compétitivité MédiVière, n'a pas pris part au vote.")],
  [])
q("clause", "fr", "Les dépenses présentées dans un dossier VALLIS Santé sont-elles retenues HT ou TTC ?",
  [g(F, "Dispositions communes › b) Assiette", "Les dépenses éligibles sont retenues pour leur montant hors taxes (HT)."),
   g(F, "Dispositions communes › b) Assiette", "Elles sont retenues toutes taxes comprises (TTC) pour les bénéficiaires qui ne récupèrent pas la TVA, sur présentation d'une attestation.")],
  [])
q("clause", "fr", "Dans quels cas une aide accordée au titre du programme devient-elle caduque ?",
  [g(F, "Dispositions communes › f) Caducité",
     "L'aide devient caduque si l'opération n'a pas démarré dans un délai de 12 mois après la notification, ou si la demande de solde n'est pas présentée dans un délai de 36 mois après la notification.")],
  ["12 mois", "36 mois"])
q("clause", "en", "What access condition must a technology platform funded under fiche 3 meet?",
  [g(F, "Fiche n°3 › 4. Modalités d'intervention",
     "la plateforme doit être ouverte aux entreprises au moins 30 % de son temps d'utilisation et publier une grille tarifaire")],
  ["30 %"])
q("clause", "fr", "Devant quelle juridiction et dans quel délai peut-on contester la délibération sur VALLIS Santé ?",
  [g(D, "Article 9", "La présente délibération peut faire l'objet d'un recours devant le tribunal administratif de Saint-Aurèle dans un délai de deux mois à compter de sa publication et de sa transmission au représentant de l'État.")],
  ["deux mois"])

# ------------------------------------------------------------------ list
q("list", "fr", "Quelles structures peuvent demander une aide au titre de la fiche télésanté ?",
  [g(F, "Fiche n°4 › 2. Bénéficiaires éligibles", "maisons de santé pluriprofessionnelles (MSP)"),
   g(F, "Fiche n°4 › 2. Bénéficiaires éligibles", "centres de santé"),
   g(F, "Fiche n°4 › 2. Bénéficiaires éligibles", "communautés professionnelles territoriales de santé (CPTS)"),
   g(F, "Fiche n°4 › 2. Bénéficiaires éligibles", "communes et établissements publics de coopération intercommunale (EPCI)"),
   g(F, "Fiche n°4 › 2. Bénéficiaires éligibles", "hôpitaux de proximité")],
  [])
q("list", "en", "What are the four axes of the VALLIS Santé programme?",
  [g(D, "III. Architecture du programme", "Axe 1 – Soutenir la recherche et l'innovation en santé"),
   g(D, "III. Architecture du programme", "Axe 2 – Déployer l'innovation dans les territoires"),
   g(D, "III. Architecture du programme", "Axe 3 – Compétences et attractivité"),
   g(D, "III. Architecture du programme", "Axe 4 – Pilotage et animation")],
  [])
q("list", "fr", "Quels partenaires financent le programme en plus de la Région, et pour combien ?",
  [g(D, "IV. Moyens financiers", "La Région sollicite 8,5 M€ au titre du FEDER 2021-2027"),
   g(D, "IV. Moyens financiers", "l'ARS apporte 2,4 M€ au titre du fonds d'intervention régional (FIR)")],
  ["8,5 M€", "2,4 M€"])
q("list", "fr", "Avec quels indicateurs la fiche sur les formations au numérique en santé sera-t-elle suivie ?",
  [g(F, "Fiche n°7 › 6. Indicateurs", "personnes formées : 1 500"),
   g(F, "Fiche n°7 › 6. Indicateurs", "actions de formation financées : 40"),
   g(F, "Fiche n°7 › 6. Indicateurs", "part des demandeurs d'emploi parmi les stagiaires : 30 %")],
  ["1 500", "40", "30 %"])
q("list", "fr", "Quels conseillers régionaux l'assemblée a-t-elle désignés pour siéger au COPIL ?",
  [g(D, "Article 7", "M. Karim Benslimane"),
   g(D, "Article 7", "Mme Nathalie Ferrand"),
   g(D, "Article 7", "M. Julien Espitalier"),
   g(D, "Article 7", "Mme Aïcha Mendès"),
   g(D, "Article 7", "M. Bruno Cazottes")],
  [])

# ------------------------------------------------------------------ followup
q("followup", "fr", "Et celui de la fiche prévention ?",
  [g(F, "Fiche n°6 › 4. Modalités d'intervention", "Subvention. Taux d'intervention : 50 % plafonné à 100 000 €.")],
  ["50 %", "100 000 €"],
  history=["Quel est le taux d'intervention de la fiche n°5 sur les expérimentations médico-sociales ?"])
q("followup", "en", "And how much in payment credits is scheduled for it in 2026?",
  [g(D, "IV › Tableau 2 › Fiche n°1", "Fiche n°1 – Projets collaboratifs de R&D")],
  ["2 600"],
  history=["How much commitment authority (AE) is allocated to fiche n°1 on collaborative R&D projects?"])
q("followup", "fr", "Et l'année suivante ?",
  [g(D, "I › Tableau 1 › 2024", "2024")],
  ["5 970"],
  history=["Combien la Région avait-elle engagé en 2023 au titre du plan Santé Innovation ?"])
q("followup", "fr", "Et pour le médico-social ?",
  [g(F, "Fiche n°5 › 4. Modalités d'intervention", "Cofinancement : l'ARS mobilise 800 000 € au titre du FIR sur cette fiche.")],
  ["800 000 €"],
  history=["Combien l'ARS met-elle sur la fiche télésanté ?"])
q("followup", "en", "And what target does the vice-president set for telehealth?",
  [g(C, "Ce qu'ils en disent › Karim Benslimane",
     "Notre objectif est clair : 45 sites de télésanté ouverts d'ici 2028, dont 70 % dans les zones où l'accès aux soins est le plus difficile.")],
  ["45", "70 %"],
  history=["Who is the president of the Haute-Vallière region?",
           "What did she say about VALLIS Santé in the press release?"])

# ------------------------------------------------------------------ cross
q("cross", "fr", "De combien l'effort régional progresse-t-il par rapport à l'ancien plan selon le communiqué, et combien ce plan avait-il réellement mandaté au total ?",
  [g(C, "Un budget en hausse d'un tiers", "l'effort régional progresse de 34 % par rapport au plan 2019-2024, qui avait mobilisé 31,8 M€"),
   g(D, "I › Tableau 1 › Total", "Total 2019-2024")],
  ["34 %", "23 870"])
q("cross", "en", "The press release mentions an amendment raising the telehealth aid rate in priority zones: what rate does the action sheet now set, and how many votes did that amendment get?",
  [g(F, "Fiche n°4 › 4. Modalités d'intervention", "Le taux est porté à 60 % pour les projets implantés en zone d'intervention prioritaire (ZIP)"),
   g(D, "VII › Tableau 4 › Amendement n°7", "Amendement n°7 – taux porté à 60 % en ZIP (fiche n°4)")],
  ["60 %", "78"])
q("cross", "fr", "Combien d'emplois compte la filière santé d'après le communiqué, et combien d'emplois créés le Pass Amorçage Santé vise-t-il ?",
  [g(C, "Les chiffres clés › Emplois", "Emplois dans la filière santé régionale"),
   g(F, "Fiche n°2 › 6. Indicateurs", "emplois créés : 250")],
  ["11 400", "250"])

# ------------------------------------------------------------------ unanswerable
q("unanswerable", "fr", "Quels crédits de paiement sont prévus pour 2029 ?", [], [])
q("unanswerable", "fr", "Que prévoit la fiche n°10 du programme VALLIS Santé ?", [], [])
q("unanswerable", "en", "How much is the Banque des Territoires contributing to VALLIS Santé?", [], [])
q("unanswerable", "fr", "Quel âge a Hélène Darrigade ?", [], [])
q("unanswerable", "en", "What is Karim Benslimane's monthly allowance as vice-president?", [], [])
q("unanswerable", "fr", "De quelle commune est originaire Inès Carvalho, la secrétaire de séance ?", [], [])
q("unanswerable", "fr", "Quel budget est réservé à la campagne de communication grand public du programme ?", [], [])
q("unanswerable", "en", "When will the Saint-Aurèle tramway extension open?", [], [])
q("unanswerable", "fr", "Combien de téléconsultations ont été réalisées en Haute-Vallière en 2024 ?", [], [])

# ================================================================== claims
K = []


def k(claim, verdict, error, gold, figures, note):
    K.append({"id": f"{S}-c{len(K)+1:02d}", "claim": claim, "verdict": verdict, "error": error,
              "gold": gold, "figures": figures, "note": note})


# supported
k("Le 27 mars 2025, le Conseil régional de Haute-Vallière a voté 42,6 M€ pour son programme d'innovation en santé.",
  "supported", None, [g(D, "Article 2", "Une autorisation d'engagement de 42,6 M€ est affectée au programme")], ["42,6 M€"],
  "Article 2 affects an AE of 42,6 M€ to the programme.")
k("Avec le Pass Amorçage Santé, les études de faisabilité des start-up sont financées à 70 %, dans la limite de 30 000 €.",
  "supported", None, [g(F, "Fiche n°2 › Volet A", "Volet A – Études de faisabilité : subvention. Taux d'intervention : 70 % plafonné à 30 000 €.")],
  ["70 %", "30 000 €"], "Fiche n°2, volet A: 70 % capped at 30 000 €.")
k("The regional health agency (ARS) will put €2.4 million into the programme through its regional intervention fund.",
  "supported", None, [g(D, "Article 5", "prévoyant une participation de l'ARS de 2,4 M€ au titre du FIR")], ["2,4 M€"],
  "Article 5 approves an ARS participation of 2,4 M€ under the FIR.")
k("Les 11 élus votants du groupe Écologistes et solidaires se sont tous abstenus sur le programme.",
  "supported", None, [g(D, "Tableau 5 › Écologistes et solidaires", "Écologistes et solidaires (ES)")], ["11"],
  "Table 5: ES has 11 voters, 0 pour, 0 contre, 11 abstentions.")
k("Le précédent plan Santé Innovation a soutenu 214 projets entre 2019 et 2024.",
  "supported", None, [g(D, "I. Contexte et bilan", "Au total, 214 projets ont été soutenus pour un montant engagé de 31,8 M€")], ["214"],
  "Section I states 214 projects supported.")
k("Exhibitors on the regional pavilion can have half of their participation costs covered, up to €8,000 per company and per trade fair.",
  "supported", None, [g(F, "Fiche n°8 › 4. Modalités d'intervention", "Prise en charge de 50 % des frais de participation des entreprises, plafonnée à 8 000 € par entreprise et par salon")],
  ["50 %", "8 000 €"], "Fiche n°8 sets 50 % capped at 8 000 € per company and per fair.")
k("Le pôle de compétitivité MédiVière touchera 450 000 € par an pour animer l'écosystème régional.",
  "supported", None, [g(F, "Fiche n°9 › 3. Actions financées", "convention pluriannuelle d'objectifs avec le pôle MédiVière : 450 000 € par an, soit 1 800 000 € sur quatre ans")],
  ["450 000 €"], "Fiche n°9 provides 450 000 € per year to MédiVière.")
k("La Région veut qu'au moins 40 % des aides soient attribuées hors de la métropole de Saint-Aurèle d'ici 2028.",
  "supported", None, [g(D, "II. Objectifs", "au moins 40 % des aides attribuées hors de la métropole de Saint-Aurèle")], ["40 %"],
  "The 2028 targets include at least 40 % of aid outside the metropole.")

# contradicted
k("L'évaluation à mi-parcours du programme coûtera 120 000 € hors taxes.",
  "contradicted", "ht_ttc", [g(D, "Article 8", "pour un coût estimé à 100 000 € HT, soit 120 000 € TTC")],
  ["100 000 € HT", "120 000 € TTC"], "120 000 € is the TTC amount; the HT cost is 100 000 €.")
k("La Région prévoit 2 500 k€ de crédits de paiement en 2026 pour les plateformes technologiques et les living labs.",
  "contradicted", "envelope", [g(D, "IV › Tableau 2 › Fiche n°3", "Fiche n°3 – Plateformes et living labs")],
  ["2 100", "2 500"], "Table 2 gives 2 100 k€ for 2026; 2 500 k€ is the 2027 column.")
k("Under the previous plan, the Region committed €5,980k in 2024.",
  "contradicted", "year", [g(D, "I › Tableau 1 › 2024", "2024"), g(D, "I › Tableau 1 › 2023", "2023")],
  ["5 970", "5 980"], "5 980 k€ was committed in 2023; the 2024 figure is 5 970 k€.")
k("La fiche n°4 du programme finance des expérimentations dans les EHPAD à 60 %, dans la limite de 150 000 €.",
  "contradicted", "measure",
  [g(F, "Fiche n°5 › 4. Modalités d'intervention", "Taux d'intervention : 60 % plafonné à 150 000 € par expérimentation."),
   g(F, "Fiche n°4", "Fiche n°4 – Télésanté et numérique en santé dans les territoires sous-denses")],
  ["60 %", "150 000 €"], "EHPAD experiments at 60 % / 150 000 € are fiche n°5; fiche n°4 is telehealth.")
k("The VALLIS Santé programme was adopted by 60 votes to 16.",
  "contradicted", "vote_row", [g(D, "Résultat du vote", "La délibération est adoptée par 50 voix pour, 15 voix contre et 13 abstentions.")],
  ["50", "15", "13"], "60 and 16 are the votes on amendment n°5; the deliberation got 50 for, 15 against, 13 abstentions.")
k("Les porteurs de projets R&D ont jusqu'au 12 octobre 2025 pour déposer leur dossier de première vague.",
  "contradicted", "date", [g(F, "Fiche n°1 › 4. Modalités d'intervention", "Pour 2025, la première vague est ouverte du 2 juin 2025 au 12 septembre 2025")],
  ["12 septembre 2025"], "The first wave closes on 12 September 2025, not 12 October.")
k("Le comité de pilotage de VALLIS Santé comptera 12 membres.",
  "contradicted", "count", [g(D, "V. Gouvernance", "Il comprend 14 membres :")], ["14"],
  "The COPIL has 14 members.")
k("The ARS will provide €8.5 million to the VALLIS Santé programme.",
  "contradicted", "body",
  [g(D, "IV. Moyens financiers", "La Région sollicite 8,5 M€ au titre du FEDER 2021-2027"),
   g(D, "IV. Moyens financiers", "l'ARS apporte 2,4 M€ au titre du fonds d'intervention régional (FIR)")],
  ["8,5 M€", "2,4 M€"], "8,5 M€ is the FEDER amount requested; the ARS brings 2,4 M€.")
k("Sur les 87 start-up accompagnées par l'ancien plan, 74 étaient encore en activité fin 2024.",
  "contradicted", "value", [g(D, "I. Contexte et bilan", "87 start-up ont été accompagnées, dont 64 étaient toujours en activité au 31 décembre 2024")],
  ["87", "64"], "64 start-ups, not 74, were still active on 31 December 2024.")

# not in corpus
k("Le département de la Vière apportera 1,5 M€ au programme VALLIS Santé.",
  "not_in_corpus", None, [], [], "No document mentions a departmental contribution; the financers are the Region, FEDER and the ARS.")
k("The University of Haute-Vallière will open a new medical faculty campus in Montferrand-sur-Vière in 2026.",
  "not_in_corpus", None, [], [], "No document mentions a new campus or medical faculty.")
k("Selon l'ARS, la Haute-Vallière a perdu 120 médecins généralistes depuis 2020.",
  "not_in_corpus", None, [], [], "The documents give no regional count of departing general practitioners.")
k("Les cinq premiers sites de télésanté ouvriront dès septembre 2025 à Brassac et dans le nord de la région.",
  "not_in_corpus", None, [], [], "No document gives the location or opening date of the first telehealth sites.")

with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as fh:
    for r in Q:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(ROOT / "claims.jsonl", "w", encoding="utf-8") as fh:
    for r in K:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(r["kind"] for r in Q), Counter(r["lang"] for r in Q))
print(len(K), Counter(r["verdict"] for r in K), Counter(r["error"] for r in K))
en_claims = sum(1 for r in K if any(w in r["claim"] for w in (" the ", "The ", " will ")))
print("en claims approx", en_claims)
