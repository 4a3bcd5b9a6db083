# -*- coding: utf-8 -*-
"""Construit questions.jsonl et claims.jsonl (les lignes de tableau du .txt sont lues dans le fichier)."""
import json
import re

BASE = "/tmp/sets/s24-maison-ados-jeunes/"
P = "s24-maison-ados-jeunes"
DELIB = "2025-06-16-departement-haute-varenne-cp-deliberation-convention-mda"
RAPP = "2026-04-22-mda-lescale-rapport-activite-2025"
COPIL = "2026-06-23-plan-sante-jeunes-copil-releve-decisions"
PRESSE = "2026-06-26-courrier-de-la-varenne-article-maison-des-ados"

rapport_lines = open(BASE + "docs/2026-04-22_mda-lescale_rapport-activite-2025.txt", encoding="utf-8").read().splitlines()


def rrow(prefix):
    """Ligne de tableau du rapport commençant par prefix, espaces multiples réduits."""
    hits = [l for l in rapport_lines if l.startswith(prefix + " ")]
    assert len(hits) == 1, (prefix, hits)
    line = re.sub(r" \.{3,}", "", hits[0])  # l'extraction supprime les points de conduite
    return re.sub(r"\s+", " ", line).strip()


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures, history=None, answerable=True):
    Q.append({"kind": kind, "lang": lang, "question": question, "history": history or [],
              "answerable": answerable, "gold": gold, "figures": figures})


def u(lang, question, history=None):
    q("unanswerable", lang, question, [], [], history, answerable=False)


# ------------------------------------------------------------------ figure
q("figure", "fr", "Combien le Département donne-t-il à l'association Passerelles Jeunesse pour faire tourner la MDA en 2025 ?",
  [g(DELIB, "Délibération › DÉCIDE › 2°)", "une subvention de fonctionnement de 310 000 € au titre de l'exercice 2025")], ["310 000 €"])
q("figure", "fr", "Combien de jeunes différents L'Escale a-t-elle reçus sur l'année 2025 ?",
  [g(RAPP, "III. › A. La file active et son évolution", "Elle atteint 1 486 jeunes en 2025")], ["1 486"])
q("figure", "en", "What did the works on the Lorvanne outpost finally cost, before VAT?",
  [g(RAPP, "II. › C. Lieux d'accueil et amplitude horaire", "Leur coût définitif s'élève à 87 300 € HT, soit 104 760 € TTC")], ["87 300 € HT"])
q("figure", "fr", "La Maison des ados a-t-elle fini l'exercice 2025 dans le rouge, et de combien ?",
  [g(RAPP, "V. Exécution budgétaire 2025", "soit un résultat déficitaire de 4,2 k€")], ["4,2 k€"])
q("figure", "fr", "Combien y a-t-il de 11-25 ans en Haute-Varenne, et quelle part de la population cela représente-t-il ?",
  [g(DELIB, "Délibération › Considérant (1er)", "le département compte 68 900 jeunes âgés de 11 à 25 ans, soit 16,7 % de sa population municipale")], ["68 900", "16,7 %"])
q("figure", "en", "How much money is in the rural youth mental health call for projects, and who puts it up?",
  [g(COPIL, "Point 5 › Décision n° 2026-06", "doté d'une enveloppe de 120 000 €, dont 70 000 € apportés par le Département et 50 000 € par l'ARS")], ["120 000 €", "70 000 €", "50 000 €"])
q("figure", "fr", "À fin mai 2026, combien l'association a-t-elle déjà touché au titre de la CPOM, en comptant l'investissement ?",
  [g(COPIL, "Point 7 › Exécution financière", "Au total, 814 000 € ont été versés à l'association au titre de la convention au 31 mai 2026, investissement compris.")], ["814 000 €"])
q("figure", "fr", "De combien ont augmenté les passages de mineurs aux urgences du CH de Castelbrune pour raisons psychiatriques ?",
  [g(DELIB, "Délibération › Considérant (2e)", "ayant progressé de 38 % entre 2019 et 2024, pour atteindre 412 passages en 2024")], ["38 %", "412"])
q("figure", "en", "How many full-time equivalents did the MDA's salaried team represent at the end of 2025?",
  [g(RAPP, "II. › B. L'équipe", "l'équipe salariée représentait 11,8 équivalents temps plein (ETP) pour 16 personnes")], ["11,8"])
q("figure", "fr", "Combien coûte la campagne de com' « Parler, c'est déjà agir » ?",
  [g(COPIL, "Point 7 › Suivi des engagements › E-2026-03", "le marché a été attribué pour un montant de 32 000 € HT")], ["32 000 € HT"])
q("figure", "fr", "Sur les trois années de la convention, à combien s'élève le budget prévisionnel total de la Maison des adolescents ?",
  [g(DELIB, "Convention › Article 7", "Le budget prévisionnel de la MDA s'établit à 2 095 000 € pour les trois exercices couverts par la convention.")], ["2 095 000 €"])

# ------------------------------------------------------------------ table
q("table", "fr", "Combien de 15-17 ans la MDA a-t-elle accompagnés en 2025, et quel pourcentage de la file active ?",
  [g(RAPP, "Tableau 3 › ligne 15 à 17 ans", rrow("15 à 17 ans"))], ["618", "41,6"])
q("table", "en", "How many young people came to the MDA with addiction as their main reason in 2025?",
  [g(RAPP, "Tableau 5 › ligne Conduites addictives", rrow("Conduites addictives"))], ["131"])
q("table", "fr", "Dans le plan de financement, combien l'agence régionale de santé doit-elle mettre en 2027 ?",
  [g(DELIB, "Convention › Article 7 › Tableau n° 1 › ligne ARS (FIR) 2027", "ARS (FIR) 2027 205 000 75 000 280 000")], ["280 000"])
q("table", "fr", "Combien de jeunes habitant le plateau de Marcillac ont été reçus en 2025 ?",
  [g(RAPP, "Tableau 4 › ligne Plateau de Marcillac", rrow("Plateau de Marcillac"))], ["163"])
q("table", "en", "For the mental health first aid (PSSM) training, what was the 2025 target and how many people were actually trained?",
  [g(COPIL, "Point 3 › Tableau 1 › ligne A4", "A4 Premiers secours en santé mentale (PSSM) Mutualité française / MDA Personnes formées 400 436 500")], ["400", "436"])
q("table", "fr", "À combien se sont montées les dépenses de personnel de la MDA en 2025, par rapport au prévu ?",
  [g(RAPP, "Tableau 9 › ligne Charges de personnel", rrow("Charges de personnel"))], ["548,6", "541,0"])
q("table", "fr", "Combien de jeunes sont arrivés à la MDA envoyés par leur collège ou leur lycée ?",
  [g(RAPP, "Tableau 6 › ligne Établissements scolaires", rrow("Établissements scolaires"))], ["461", "31,0"])
q("table", "en", "How many adolescents did the hospital's mobile team (EMA) follow in 2025 compared with its target?",
  [g(COPIL, "Point 3 › Tableau 1 › ligne A3", "A3 Équipe mobile adolescents (EMA) CH de Castelbrune Jeunes suivis par l'EMA 150 128 180")], ["150", "128"])
q("table", "fr", "Quel est le budget total prévu pour la MDA en 2026, tous financeurs confondus ?",
  [g(DELIB, "Convention › Article 7 › Tableau n° 1 › ligne TOTAL GÉNÉRAL 2026", "TOTAL GÉNÉRAL 2026 500 000 202 000 702 000")], ["702 000"])

# ------------------------------------------------------------------ clause
q("clause", "fr", "Sous quel délai la MDA s'est-elle engagée à recevoir les jeunes pour un premier entretien ?",
  [g(DELIB, "Convention › Article 4 › b)", "proposer un premier entretien dans un délai maximal de 15 jours ouvrés à compter de la demande pour au moins 80 % des demandes en 2025 et 2026, et pour au moins 85 % des")],
  ["15 jours ouvrés", "80 %", "85 %"])
q("clause", "en", "Does the MDA agreement roll over automatically when it expires?",
  [g(DELIB, "Convention › Article 12 – Durée", "Elle n'est pas renouvelable par tacite reconduction.")], [])
q("clause", "fr", "Comment se passe le versement de la subvention départementale la première année ?",
  [g(DELIB, "Convention › Article 8 › a)", "Pour l'exercice 2025, une avance de 60 %, soit 186 000 €, est versée dans les trente jours suivant la signature de la présente convention")],
  ["60 %", "186 000 €"])
q("clause", "fr", "Si la MDA dégage un excédent, les financeurs peuvent-ils récupérer de l'argent ?",
  [g(DELIB, "Convention › Article 9", "Lorsque le résultat de la MDA fait apparaître un excédent supérieur à 5 % du total des produits, les financeurs peuvent")],
  ["5 %"])
q("clause", "en", "What minimum opening hours does the agreement impose on the MDA's head office?",
  [g(DELIB, "Convention › Article 4 › a)", "assurer une amplitude d'ouverture au public de son siège d'au moins 42 heures par semaine, du lundi au vendredi")],
  ["42 heures"])
q("clause", "fr", "Une partie peut-elle sortir de la convention si une autre ne respecte pas ses engagements ? Avec quel préavis ?",
  [g(DELIB, "Convention › Article 14 – Résiliation", "à l'expiration d'un délai de trois mois suivant l'envoi d'une lettre recommandée avec accusé de réception valant mise en demeure restée sans effet")],
  [])
q("clause", "fr", "Jusqu'à quand l'association a-t-elle pour terminer les travaux de Lorvanne sans perdre l'aide à l'investissement ?",
  [g(DELIB, "Convention › Article 8 › c)", "Les travaux doivent être achevés dans un délai de 24 mois à compter de la notification de la subvention")],
  ["24 mois"])
q("clause", "en", "Can the MDA shift money between its core budget and its specific actions without signing an amendment?",
  [g(DELIB, "Convention › Article 7", "à hauteur de 10 % au plus du montant annuel de chacune de ces deux enveloppes, sans qu'un avenant soit nécessaire")],
  ["10 %"])

# ------------------------------------------------------------------ list
q("list", "fr", "Qui compose le comité de pilotage chargé de suivre la convention ?",
  [g(DELIB, "Convention › Article 10 › a)", "de la vice-présidente du Conseil départemental déléguée à l'enfance, à la famille et à la jeunesse"),
   g(DELIB, "Convention › Article 10 › b)", "du délégué départemental de l'ARS, ou de son représentant"),
   g(DELIB, "Convention › Article 10 › c)", "du président de l'association et de la directrice de la MDA"),
   g(DELIB, "Convention › Article 10 › d)", "du directeur académique des services de l'Éducation nationale (DASEN) ou de son représentant"),
   g(DELIB, "Convention › Article 10 › e)", "du directeur de la caisse d'allocations familiales de la Haute-Varenne ou de son représentant"),
   g(DELIB, "Convention › Article 10 › f)", "du chef de service de pédopsychiatrie du centre hospitalier de Castelbrune"),
   g(DELIB, "Convention › Article 10 › g)", "d'un représentant de la caisse primaire d'assurance maladie et d'un représentant de la Communauté d'agglomération de Castelbrune")],
  [])
q("list", "fr", "Sur quels critères seront choisis les projets de l'appel à projets sur la santé mentale des jeunes ruraux ?",
  [g(COPIL, "Point 5 › critère 1", "l'implantation de l'action dans une commune de moins de 5 000 habitants ou son bénéfice direct pour des jeunes qui y résident"),
   g(COPIL, "Point 5 › critère 2", "l'association de jeunes à la conception et à l'évaluation du projet"),
   g(COPIL, "Point 5 › critère 3", "l'articulation avec la MDA et l'offre de soins existante (CMP, équipe mobile, CJC)"),
   g(COPIL, "Point 5 › critère 4", "la mobilisation d'au moins un cofinancement ou d'un apport en nature d'une collectivité locale"),
   g(COPIL, "Point 5 › critère 5", "la présence d'indicateurs d'évaluation et d'un calendrier de réalisation inférieur à 18 mois")],
  [])
q("list", "en", "Which kinds of organisations are eligible to apply to the rural call for projects?",
  [g(COPIL, "Point 5", "Sont éligibles les associations, les centres sociaux, les communes et leurs groupements, les établissements publics locaux d'enseignement et les structures d'exercice coordonné")],
  [])
q("list", "fr", "Quels documents l'association doit-elle envoyer chaque année au Département et à l'ARS ?",
  [g(DELIB, "Convention › Article 9 › a)", "le rapport d'activité de la MDA, comprenant les indicateurs mentionnés à l'article 11"),
   g(DELIB, "Convention › Article 9 › b)", "le compte rendu financier de l'action subventionnée, établi selon le modèle Cerfa n° 15059"),
   g(DELIB, "Convention › Article 9 › c)", "les comptes annuels approuvés par l'assemblée générale et certifiés par un commissaire aux comptes"),
   g(DELIB, "Convention › Article 9 › d)", "le rapport du commissaire aux comptes et, le cas échéant, les procès-verbaux des assemblées générales")],
  [])
q("list", "en", "Where can young people be seen by the Maison des adolescents now? List the sites.",
  [g(PRESSE, "Repères", "lieux d'accueil : Castelbrune, Lorvanne-le-Château, et des permanences à Marcillac et Saint-Géral")],
  [])

# ------------------------------------------------------------------ followup
q("followup", "fr", "Et pour 2027 ?",
  [g(DELIB, "Délibération › DÉCIDE › 4°)", "soit 320 000 € en 2026 et 330 000 € en 2027")], ["330 000 €"],
  history=["Combien le Département verse-t-il à la MDA pour son fonctionnement en 2025 ?"])
q("followup", "fr", "Et le Département, sur toute la durée de la convention ?",
  [g(DELIB, "Convention › Article 7", "dont 960 000 € pour le Département et 830 000 € pour l'ARS")], ["960 000 €"],
  history=["Combien l'ARS met-elle au total dans la convention MDA 2025-2027 ?"])
q("followup", "en", "And back in 2023?",
  [g(RAPP, "Tableau 2 › ligne Parents reçus", rrow("Parents reçus"))], ["431"],
  history=["How many parents did the MDA see in 2025?"])
q("followup", "fr", "Et à partir de 2027, qui paie ?",
  [g(COPIL, "Point 4 › Décision n° 2026-05", "Pour 2027, le financement de 18 000 € sera réparti à parts égales entre le Département et l'ARS (9 000 € chacun)")],
  ["18 000 €", "9 000 €"],
  history=["Qui finance l'ouverture du samedi matin à l'antenne de Lorvanne en 2026 ?"])
q("followup", "fr", "Et combien de temps ces jeunes attendent-ils pour avoir l'avis d'un spécialiste ?",
  [g(RAPP, "III. › F. Articulation avec la pédopsychiatrie", "Le délai moyen d'obtention d'un avis spécialisé pour ces jeunes est passé de 41 jours en 2024 à 23 jours en 2025.")],
  ["23 jours"],
  history=["Combien de jeunes la MDA a-t-elle orientés vers la pédopsychiatrie en 2025 ?"])
q("followup", "en", "And what is the target for 2026?",
  [g(COPIL, "Point 2 › Décision n° 2026-03", "Il fixe à 85 % la cible 2026 de la part des premiers entretiens réalisés en moins de 15 jours ouvrés")],
  ["85 %"],
  history=["What share of young people got a first appointment at the MDA within 15 working days in 2025?"])

# ------------------------------------------------------------------ cross
q("cross", "fr", "Le coût réel des travaux de l'antenne de Lorvanne a-t-il dépassé l'estimation sur laquelle la commission permanente a calculé la subvention ?",
  [g(DELIB, "Délibération › DÉCIDE › 3°)", "représentant 50 % du coût des travaux estimé à 84 000 € HT, soit 100 800 € TTC"),
   g(RAPP, "II. › C. Lieux d'accueil et amplitude horaire", "Leur coût définitif s'élève à 87 300 € HT, soit 104 760 € TTC")],
  ["84 000 € HT", "87 300 € HT"])
q("cross", "en", "Was the Département's 2025 operating grant actually paid in full, compared with the amount voted?",
  [g(DELIB, "Délibération › DÉCIDE › 2°)", "une subvention de fonctionnement de 310 000 € au titre de l'exercice 2025"),
   g(COPIL, "Point 7 › Exécution financière", "310 000 € versés en totalité (avance de 186 000 € le 24 juillet 2025, solde de 124 000 € le 27 novembre 2025)")],
  ["310 000 €"])
q("cross", "fr", "La MDA respecte-t-elle le minimum d'effectif imposé par la convention ?",
  [g(DELIB, "Convention › Article 4 › c)", "maintenir une équipe pluridisciplinaire représentant au moins 11 équivalents temps plein (ETP), dont au moins 4 ETP de psychologue"),
   g(RAPP, "Tableau 1 › ligne Total équipe salariée", rrow("Total équipe salariée"))],
  ["11", "11,8"])
q("cross", "en", "How did the MDA's actual 2025 expenditure compare with the 2025 total in the agreement's funding plan?",
  [g(DELIB, "Convention › Article 7 › Tableau n° 1 › ligne TOTAL GÉNÉRAL 2025", "TOTAL GÉNÉRAL 2025 490 000 190 000 680 000"),
   g(RAPP, "V. Exécution budgétaire 2025", "font apparaître un total de charges de 691,2 k€")],
  ["680 000", "691,2 k€"])

# ------------------------------------------------------------------ unanswerable
u("fr", "Quelle contribution l'ARS a-t-elle prévue pour la MDA en 2028 ?")
u("en", "How old is Claire Montagnac, the director of the MDA?")
u("fr", "Combien gagne la directrice de la Maison des adolescents ?")
u("fr", "Quelle somme la Région verse-t-elle à la Maison des adolescents ?")
u("en", "How many young people did the Lorvanne outpost see over the whole of 2026?")
u("fr", "Combien de tentatives de suicide de jeunes ont été recensées dans tout le département en 2025 ?")
u("fr", "Quels projets le jury de l'appel à projets rural a-t-il retenus ?")
u("en", "What was the MDA's caseload in 2022?")
u("fr", "Quelle agence de communication a décroché le marché de la campagne « Parler, c'est déjà agir » ?")
u("fr", "Comment les élus ont-ils voté, en mars 2026, la délibération confirmant les 320 000 € pour 2026 ?")

with open(BASE + "questions.jsonl", "w", encoding="utf-8") as f:
    for i, x in enumerate(Q, 1):
        rec = {"id": f"{P}-q{i:02d}"}
        rec.update(x)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

# ================================================================== claims
C = []


def c(claim, verdict, error, gold, figures, note):
    C.append({"claim": claim, "verdict": verdict, "error": error, "gold": gold, "figures": figures, "note": note})


# supported
c("La commission permanente du Département a approuvé la convention de la Maison des adolescents le 16 juin 2025 par 36 voix pour, aucune contre et 4 abstentions.",
  "supported", None,
  [g(DELIB, "Délibération › Résultat du vote", "Pour 36 Contre 0 Abstentions 4")], ["36", "0", "4"],
  "Tableau du vote : 36 pour, 0 contre, 4 abstentions.")
c("En 2025, 83 % des jeunes ont obtenu un premier rendez-vous à la MDA en moins de 15 jours ouvrés.",
  "supported", None,
  [g(RAPP, "Tableau 2 › ligne 1ers entretiens en moins de 15 j. ouvrés", rrow("1ers entretiens en moins de 15 j. ouvrés"))], ["83 %"],
  "Indicateur 2025 du tableau 2 du rapport d'activité.")
c("The Département and the regional health agency have committed almost €1.8m to the youth centre over 2025-2027.",
  "supported", None,
  [g(DELIB, "Convention › Article 7", "Les contributions des financeurs signataires s'élèvent à 1 790 000 € sur la période")], ["1 790 000 €"],
  "1 790 000 € sur trois ans, arrondi à près de 1,8 M€.")
c("L'antenne de la Maison des adolescents à Lorvanne-le-Château a ouvert ses portes le 2 mars 2026.",
  "supported", None,
  [g(COPIL, "Point 4", "L'antenne de Lorvanne-le-Château a ouvert le 2 mars 2026")], ["2 mars 2026"],
  "Date d'ouverture confirmée par le relevé du COPIL.")
c("La souffrance psychique (anxiété, dépression) est le premier motif de consultation à la MDA, pour 35,1 % des jeunes reçus en 2025.",
  "supported", None,
  [g(RAPP, "Tableau 5 › ligne Souffrance psychique", rrow("Souffrance psychique, anxiété, dépression"))], ["521", "35,1"],
  "Première ligne du tableau 5 : 521 jeunes, 35,1 %.")
c("The Département's capital grant for the Lorvanne premises is capped at €42,000, half of the estimated pre-tax cost of the works.",
  "supported", None,
  [g(DELIB, "Délibération › DÉCIDE › 3°)", "une subvention d'investissement de 42 000 € pour l'aménagement des locaux de l'antenne de Lorvanne, représentant 50 % du coût des travaux estimé à 84 000 € HT")],
  ["42 000 €", "50 %", "84 000 € HT"],
  "42 000 € = 50 % de 84 000 € HT, subvention plafonnée.")
c("La caisse d'allocations familiales apporte 45 000 € par an à la Maison des adolescents.",
  "supported", None,
  [g(DELIB, "Convention › Article 7 › Tableau n° 1 › ligne CAF 2025", "CAF (à titre indicatif) 2025 0 45 000 45 000")], ["45 000"],
  "45 000 € par an de 2025 à 2027 (à titre indicatif dans le plan de financement).")

# contradicted
c("Les travaux d'aménagement de l'antenne de Lorvanne ont finalement coûté 87 300 € TTC.",
  "contradicted", "ht_ttc",
  [g(RAPP, "II. › C. Lieux d'accueil et amplitude horaire", "Leur coût définitif s'élève à 87 300 € HT, soit 104 760 € TTC")], ["87 300 € HT", "104 760 € TTC"],
  "87 300 € est le montant HT ; le coût TTC est de 104 760 €.")
c("L'ARS a accordé 310 000 € à la Maison des adolescents au titre de l'année 2025.",
  "contradicted", "body",
  [g(DELIB, "Convention › Article 7 › Tableau n° 1 › ligne ARS (FIR) 2025", "ARS (FIR) 2025 200 000 70 000 270 000")], ["270 000"],
  "310 000 € est la subvention du Département ; l'ARS apporte 270 000 € en 2025.")
c("Le Département consacre chaque année 960 000 € à la Maison des adolescents.",
  "contradicted", "envelope",
  [g(DELIB, "Convention › Article 7", "Les contributions des financeurs signataires s'élèvent à 1 790 000 € sur la période, dont 960 000 € pour le Département et 830 000 € pour l'ARS")],
  ["960 000 €"],
  "960 000 € est le total départemental sur 2025-2027, pas un montant annuel (310 000 € à 330 000 € par an).")
c("La file active de la Maison des adolescents a atteint 1 347 jeunes en 2025.",
  "contradicted", "year",
  [g(RAPP, "Tableau 2 › ligne Jeunes reçus (file active)", rrow("Jeunes reçus (file active)"))], ["1 347", "1 486"],
  "1 347 est la file active de 2024 ; celle de 2025 est de 1 486 jeunes.")
c("Four councillors voted against the MDA agreement at the Département's standing committee in June 2025.",
  "contradicted", "vote_row",
  [g(DELIB, "Délibération › Résultat du vote", "Pour 36 Contre 0 Abstentions 4")], ["0", "4"],
  "Les 4 élus se sont abstenus ; il n'y a eu aucune voix contre.")
c("L'antenne de Lorvanne ouvrira le samedi matin à partir du 1er septembre 2026.",
  "contradicted", "date",
  [g(COPIL, "Point 4 › Décision n° 2026-05", "à titre expérimental, à compter du 5 septembre 2026 et jusqu'au 31 décembre 2027")], ["5 septembre 2026"],
  "L'ouverture du samedi démarre le 5 septembre 2026.")
c("En 2025, 241 jeunes ont consulté la Maison des adolescents principalement pour des conduites addictives.",
  "contradicted", "measure",
  [g(RAPP, "Tableau 5 › ligne Conduites addictives", rrow("Conduites addictives"))], ["131"],
  "241 est le nombre de jeunes reçus en consultation jeunes consommateurs ; le motif principal « conduites addictives » concerne 131 jeunes.")
c("The steering committee reported that seven of the ten quantified 2025 targets of the youth health plan had been met.",
  "contradicted", "count",
  [g(COPIL, "Point 3", "Sur les dix indicateurs assortis d'une cible chiffrée pour 2025, cinq sont atteints ou dépassés.")], ["cinq"],
  "Cinq cibles sur dix ont été atteintes, pas sept.")
c("Fin 2024, il fallait attendre en moyenne 5,5 mois pour un premier rendez-vous au CMP infanto-juvénile de Castelbrune.",
  "contradicted", "value",
  [g(DELIB, "Délibération › Considérant (3e)", "le délai moyen d'obtention d'un premier rendez-vous au centre médico-psychologique infanto-juvénile de Castelbrune atteignait 7,5 mois au 31 décembre 2024")],
  ["7,5 mois"],
  "Le délai moyen était de 7,5 mois.")

# not in corpus
c("Claire Montagnac dirige la Maison des adolescents de Castelbrune depuis 2017.",
  "not_in_corpus", None, [], [], "Aucune date de prise de fonctions de la directrice n'est mentionnée.")
c("The MDA plans to open a second permanent outpost in Marcillac in 2027.",
  "not_in_corpus", None, [], [], "Aucun projet d'antenne permanente à Marcillac n'est évoqué (seulement une permanence hebdomadaire).")
c("Le taux de suicide des 15-24 ans en Haute-Varenne est supérieur de 20 % à la moyenne nationale.",
  "not_in_corpus", None, [], [], "Aucun taux de suicide départemental ni comparaison nationale ne figure dans les documents.")
c("La Maison des adolescents prévoit de recevoir plus de 1 700 jeunes en 2026.",
  "not_in_corpus", None, [], [], "Aucune prévision de file active 2026 pour l'ensemble de la MDA n'est donnée (seulement 250 jeunes visés à Lorvanne).")

with open(BASE + "claims.jsonl", "w", encoding="utf-8") as f:
    for i, x in enumerate(C, 1):
        rec = {"id": f"{P}-c{i:02d}"}
        rec.update(x)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), Counter(x["lang"] for x in Q))
print(len(C), Counter((x["verdict"], x["error"]) for x in C))
