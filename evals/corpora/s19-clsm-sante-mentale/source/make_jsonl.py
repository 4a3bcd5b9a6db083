"""Writes questions.jsonl and claims.jsonl for set s19-clsm-sante-mentale."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
S = "s19-clsm-sante-mentale"
A = "rapport-activite-2024-clsm-pays-de-serrevallon"
B = "2025-03-13-deliberation-conseil-communautaire-ccps-clsm"
C = "2025-04-09-echo-du-serrevallon-sante-mentale-bilan-clsm"


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures, history=None):
    Q.append({"kind": kind, "lang": lang, "question": question, "history": history or [],
              "answerable": kind != "unanswerable", "gold": gold, "figures": figures})


# ---------------- figure (10)
q("figure", "fr", "Combien de personnes ont suivi la formation aux premiers secours en santé mentale sur le territoire en 2024 ?",
  [g(A, "Axe 1 › Action 1.1", "permettant de former 186 secouristes en santé mentale")], ["186"])
q("figure", "en", "What is the estimated cost of the CLSM's external evaluation before VAT?",
  [g(B, "DEL_2025_027 › Article 6", "pour un coût estimé à 14 500 € HT, soit 17 400 € TTC")], ["14 500 € HT"])
q("figure", "fr", "Quel plafond pluriannuel la CCPS s'est-elle fixé pour sa participation au poste de coordinatrice du CLSM ?",
  [g(B, "DEL_2025_027 › Article 3", "dans la limite d'une enveloppe pluriannuelle maximale de 76 000 €")], ["76 000 €"])
q("figure", "en", "How many councillors voted in favour of renewing the funding of the CLSM coordinator post (deliberation DEL_2025_027)?",
  [g(B, "DEL_2025_027 › Vote › Résultat du vote", "Pour")], ["33"])
q("figure", "fr", "En 2024, combien de temps s'écoulait en moyenne entre le signalement d'une situation et son premier passage en cellule de cas complexes ?",
  [g(A, "Axe 2 › Action 2.1", "Le délai moyen entre le signalement et le premier examen en cellule a été ramené de 34 jours en 2023 à 21 jours en 2024.")], ["21 jours"])
q("figure", "fr", "Combien d'habitants compte la communauté de communes couverte par le CLSM ?",
  [g(A, "2. Le CLSM en bref", "27 communes, 41 260 habitants (population municipale au 1er janvier 2024)")], ["41 260"])
q("figure", "fr", "Combien de consultations la psychologue du Point Écoute a-t-elle assurées l'an dernier selon le rapport 2024 ?",
  [g(A, "Axe 2 › Action 2.2", "En 2024, 538 consultations ont été réalisées (contre 412 en 2023), pour 164 personnes reçues.")], ["538"])
q("figure", "fr", "Quand la convention de partenariat avec Habitat Brande Ouest a-t-elle été signée ?",
  [g(A, "Axe 2 › Action 2.3", "Une convention de partenariat a été signée le 23 mai 2024 entre l'EPSM, Habitat Brande Ouest et la CCPS.")], ["23 mai 2024"])
q("figure", "en", "What is the estimated value, VAT included, of the wheeled-bin framework agreement awarded to Plastirec Ouest?",
  [g(B, "DEL_2025_028 › Article 1er", "pour un montant estimatif de 146 800 € HT, soit 176 160 € TTC")], ["176 160 € TTC"])
q("figure", "fr", "Quelle part de la participation annuelle de la CCPS est versée en avance à l'EPSM, et avant quelle date ?",
  [g(B, "DEL_2025_027 › Article 4", "une avance de 70 % au plus tard le 30 avril de l'année considérée")], ["70 %", "30 avril"])

# ---------------- table (7)
q("table", "fr", "Dans le tableau des financements du rapport d'activité, quelle part du budget 2024 la CPAM représente-t-elle ?",
  [g(A, "8.1 Financements par financeur › CPAM", "Caisse primaire d'assurance maladie (CPAM)")], ["13,0 %"])
q("table", "fr", "D'après le tableau de bord des indicateurs, combien de personnes avaient participé aux SISM en 2023 ?",
  [g(A, "7. Tableau de bord des indicateurs › Participants aux SISM", "Participants aux Semaines d'information sur la santé mentale (SISM)")], ["640"])
q("table", "fr", "Dans le plan de financement du poste de coordination, quel montant l'ARS doit-elle apporter en 2026 ?",
  [g(B, "DEL_2025_027 › III › Tableau des financements › ARS", "ARS – Fonds d'intervention régional (FIR)")], ["31 000 €"])
q("table", "fr", "Combien avait-on budgété en prévisionnel 2024 pour les vacations de la psychologue du Point Écoute ?",
  [g(A, "8.2 Dépenses 2024 › Vacations de psychologue", "Vacations de psychologue (Point Écoute)")], ["8 000 €"])
q("table", "en", "Under the multi-year objectives agreement, what is the 2027 target for the number of people trained in mental health first aid?",
  [g(B, "DEL_2025_027 › II › Tableau des cibles de la CPO", "Personnes formées aux PSSM dans l'année")], ["220"])
q("table", "fr", "Sur 2025-2027, à combien s'élève au total la rémunération chargée du poste de coordinatrice dans le tableau des charges ?",
  [g(B, "DEL_2025_027 › III › Charges du poste › Rémunération", "Rémunération brute chargée (1 ETP)")], ["163 500 €"])
q("table", "fr", "Dans l'analyse des offres du marché de bacs à biodéchets, quelle note technique a obtenue Ecobac Industries ?",
  [g(B, "DEL_2025_028 › Tableau d'analyse des offres", "Ecobac Industries")], ["27,5"])

# ---------------- clause (7)
q("clause", "fr", "À quoi l'EPSM des Hautes-Brandes s'engage-t-il dans la convention pluriannuelle d'objectifs ?",
  [g(B, "DEL_2025_027 › II. Objet de la CPO", "L'EPSM s'engage à maintenir un poste de coordination à hauteur d'un équivalent temps plein, à transmettre chaque année un bilan d'activité et un compte rendu financier avant le 31 mars de l'année suivante, et à réunir un comité de suivi de la convention au moins deux fois par an.")], [])
q("clause", "en", "Who is authorised to sign the multi-year objectives agreement with the psychiatric hospital?",
  [g(B, "DEL_2025_027 › Article 7", "D'autoriser le Président, ou Mme la vice-présidente chargée de la santé et des solidarités par délégation, à signer la convention pluriannuelle d'objectifs")], [])
q("clause", "fr", "Pourquoi Isabelle Garrigue n'a-t-elle pas participé au vote sur le CLSM ?",
  [g(B, "DEL_2025_027 › Vote", "Mme Isabelle Garrigue, membre du conseil de surveillance de l'EPSM des Hautes-Brandes, a quitté la salle et n'a pas pris part au débat ni au vote")], [])
q("clause", "fr", "Qui est chargé de piloter l'action de maintien dans le logement ?",
  [g(A, "Axe 2 › Action 2.3 › Pilote", "Habitat Brande Ouest (bailleur social), avec le CLSM.")], [])
q("clause", "fr", "Que prévoit concrètement le partenariat signé avec le bailleur social lorsqu'un locataire va mal ?",
  [g(A, "Axe 2 › Action 2.3", "Elle prévoit une procédure d'alerte précoce lorsqu'un locataire présente des troubles du comportement, ainsi que l'intervention conjointe d'un travailleur social et d'un infirmier de secteur.")], [])
q("clause", "fr", "Comment le rapport explique-t-il la sous-consommation du budget des vacations de psychologue en 2024 ?",
  [g(A, "8.2 Dépenses 2024", "L'écart sur les vacations de psychologue s'explique par la vacance du poste de psychologue entre février et mai 2024.")], [])
q("clause", "fr", "Quelle raison le maire de Saint-Génis-des-Prés donne-t-il à son abstention ?",
  [g(C, "Un financement reconduit pour trois ans › citation de Gérard Piquemal", "Mais je refuse que les communautés de communes rurales paient, année après année, pour compenser le manque de moyens de la psychiatrie publique, qui relève de l'État")], [])

# ---------------- list (5)
q("list", "fr", "Quels objectifs la CPO 2025-2027 assigne-t-elle au poste de coordination ?",
  [g(B, "DEL_2025_027 › II › objectif 1°", "animer la gouvernance du CLSM"),
   g(B, "DEL_2025_027 › II › objectif 2°", "coordonner la cellule de cas complexes et l'étendre aux mineurs"),
   g(B, "DEL_2025_027 › II › objectif 3°", "déployer les actions de prévention (formations PSSM, SISM, réseau de sentinelles)"),
   g(B, "DEL_2025_027 › II › objectif 4°", "élaborer et mettre en œuvre la feuille de route 2026-2029 du CLSM")], [])
q("list", "en", "Which organisations funded the CLSM in 2024 according to its activity report?",
  [g(A, "8.1 Financements par financeur › ARS", "Agence régionale de santé (ARS) – Fonds d'intervention régional"),
   g(A, "8.1 Financements par financeur › CCPS", "Communauté de communes du Pays de Serrevallon (CCPS)"),
   g(A, "8.1 Financements par financeur › CPAM", "Caisse primaire d'assurance maladie (CPAM)"),
   g(A, "8.1 Financements par financeur › CAF", "Caisse d'allocations familiales (CAF)")], [])
q("list", "fr", "Quelles sont les priorités du CLSM pour 2025 ?",
  [g(A, "9. Perspectives 2025 › 1", "renouveler la convention de financement du poste de coordination pour la période 2025-2027"),
   g(A, "9. Perspectives 2025 › 2", "réaliser un diagnostic de la santé mentale des 11-25 ans, en lien avec les collèges et la mission locale"),
   g(A, "9. Perspectives 2025 › 3", "atteindre 200 personnes formées aux PSSM, dont au moins 60 au module « Jeunes »"),
   g(A, "9. Perspectives 2025 › 4", "ouvrir une seconde cellule de cas complexes dédiée aux mineurs, co-animée avec l'intersecteur de pédopsychiatrie"),
   g(A, "9. Perspectives 2025 › 5", "préparer l'évaluation externe du CLSM, prévue à l'issue de la prochaine convention")], ["200", "60"])
q("list", "en", "Who referred the situations examined by the complex cases unit in 2024, and in what proportions?",
  [g(A, "Axe 2 › Action 2.1 › bailleurs", "par les bailleurs sociaux : 38 %"),
   g(A, "Axe 2 › Action 2.1 › mairies", "par les mairies et le centre intercommunal d'action sociale : 24 %"),
   g(A, "Axe 2 › Action 2.1 › département", "par les services sociaux du département : 17 %"),
   g(A, "Axe 2 › Action 2.1 › médecins", "par les médecins généralistes : 13 %"),
   g(A, "Axe 2 › Action 2.1 › gendarmerie", "par la gendarmerie : 8 %")], ["38 %", "24 %", "17 %", "13 %", "8 %"])
q("list", "fr", "Qui s'est abstenu lors du vote sur le poste de coordination du CLSM ?",
  [g(B, "DEL_2025_027 › Vote › abstentions", "M. Gérard Piquemal"),
   g(B, "DEL_2025_027 › Vote › abstentions", "Mme Annie Roux"),
   g(B, "DEL_2025_027 › Vote › abstentions", "M. Sébastien Ollier")], [])

# ---------------- followup (5)
q("followup", "fr", "Et l'année d'avant ?",
  [g(A, "7. Tableau de bord des indicateurs › Personnes formées PSSM", "Personnes formées aux Premiers secours en santé mentale (PSSM)")], ["112"],
  history=["Combien de personnes ont été formées aux premiers secours en santé mentale en 2024 ?"])
q("followup", "en", "And for 2027?",
  [g(B, "DEL_2025_027 › Article 3", "25 000 € au titre de 2027")], ["25 000 €"],
  history=["How much will the community of communes pay towards the CLSM coordinator post in 2025?"])
q("followup", "fr", "Combien étaient examinées pour la première fois ?",
  [g(A, "Axe 2 › Action 2.1", "dont 42 situations nouvelles et 21 situations déjà présentées les années précédentes")], ["42"],
  history=["Combien de situations la cellule de cas complexes a-t-elle traitées en 2024 ?"])
q("followup", "fr", "Et combien d'élus ont voté contre ?",
  [g(B, "DEL_2025_028 › Résultat du vote", "Contre")], ["6"],
  history=["Quel est le montant du marché de bacs pour les biodéchets voté le 13 mars 2025 ?", "Quelle entreprise l'a remporté ?"])
q("followup", "en", "How many events were on the programme?",
  [g(A, "Axe 1 › Action 1.2", "Le programme a compté 22 événements (contre 14 en 2023), répartis dans 9 communes")], ["22"],
  history=["When did the 2024 mental health information weeks take place in Pays de Serrevallon?"])

# ---------------- cross (3)
q("cross", "fr", "Le journal évoque « près de 190 » personnes formées aux premiers secours en santé mentale : quel est le chiffre exact donné par le CLSM ?",
  [g(C, "Près de 190 « secouristes » de la santé mentale", "L'an dernier, près de 190 personnes ont été formées sur le territoire, contre un peu plus de 110 en 2023."),
   g(A, "Axe 1 › Action 1.1", "permettant de former 186 secouristes en santé mentale")], ["186"])
q("cross", "en", "How much did the community of communes give the CLSM in 2024, and how much of that went to the coordinator post?",
  [g(A, "8.1 Financements par financeur › CCPS", "Communauté de communes du Pays de Serrevallon (CCPS)"),
   g(B, "DEL_2025_027 › I. Bilan de la convention 2022-2024", "22 000 € en 2023 et 23 000 € en 2024 ont été affectés au poste de coordination")], ["27 000 €", "23 000 €"])
q("cross", "fr", "L'Écho parle d'une évaluation externe à « environ 17 000 euros » : quels sont les montants exacts HT et TTC votés par le conseil communautaire ?",
  [g(C, "Une évaluation prévue en 2027", "Son coût est estimé à environ 17 000 euros, dont la moitié à la charge de l'intercommunalité."),
   g(B, "DEL_2025_027 › Article 6", "pour un coût estimé à 14 500 € HT, soit 17 400 € TTC")], ["14 500 € HT", "17 400 € TTC"])

# ---------------- unanswerable (9)
for lang, text in [
    ("fr", "Combien de personnes avaient été formées aux PSSM en 2022, la première année du CLSM ?"),
    ("en", "What does Action 3.4 of the CLSM's roadmap consist of?"),
    ("fr", "Que prévoit l'article 12 de la délibération DEL_2025_027 ?"),
    ("fr", "Quelle est la participation du conseil régional au financement du poste de coordination du CLSM ?"),
    ("en", "How old is Margaux Delpierre, the CLSM coordinator?"),
    ("fr", "À quel parti politique appartient Hélène Castagnier ?"),
    ("fr", "Combien de lits d'hospitalisation compte l'EPSM des Hautes-Brandes ?"),
    ("fr", "Quel est le salaire net mensuel du Dr Antoine Vidalenc ?"),
    ("fr", "Combien de passages aux urgences psychiatriques ont été recensés sur le territoire en 2024 ?"),
]:
    q("unanswerable", lang, text, [], [])

with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
    for i, item in enumerate(Q, 1):
        rec = {"id": f"{S}-q{i:02d}", **item}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

# ================= claims
K = []


def k(claim, verdict, error, gold, figures, note):
    K.append({"claim": claim, "verdict": verdict, "error": error, "gold": gold, "figures": figures, "note": note})


# supported (7)
k("Le conseil local de santé mentale du Pays de Serrevallon a formé 186 personnes aux premiers secours en santé mentale en 2024.",
  "supported", None, [g(A, "Axe 1 › Action 1.1", "permettant de former 186 secouristes en santé mentale")], ["186"],
  "Le rapport d'activité indique 186 secouristes formés en 2024.")
k("The community of communes will put €73,500 into the CLSM coordinator post over the 2025-2027 agreement.",
  "supported", None, [g(B, "DEL_2025_027 › Article 3", "soit 73 500 € sur la durée de la convention")], ["73 500 €"],
  "Article 3 sets the CCPS contribution at 73 500 € over the term of the agreement.")
k("Le renouvellement du financement du poste de coordinatrice du CLSM a été voté sans aucune voix contre, trois conseillers s'abstenant.",
  "supported", None, [g(B, "DEL_2025_027 › Vote", "Se sont abstenus : M. Gérard Piquemal, Mme Annie Roux, M. Sébastien Ollier."),
                      g(B, "DEL_2025_027 › Vote", "La délibération est adoptée à l'unanimité des suffrages exprimés.")], ["0", "3"],
  "Le vote de DEL_2025_027 compte 0 voix contre et 3 abstentions, adoption à l'unanimité des suffrages exprimés.")
k("La cellule de cas complexes a étudié 63 situations en 2024, contre 47 en 2023.",
  "supported", None, [g(A, "7. Tableau de bord › Situations examinées", "Situations examinées par la cellule de cas complexes")], ["63", "47"],
  "Le tableau de bord donne 47 situations en 2023 et 63 en 2024.")
k("The external evaluation of the CLSM scheduled for 2027 is estimated at €17,400 including VAT.",
  "supported", None, [g(B, "DEL_2025_027 › Article 6", "pour un coût estimé à 14 500 € HT, soit 17 400 € TTC")], ["17 400 € TTC"],
  "Article 6 gives 14 500 € HT, i.e. 17 400 € TTC.")
k("Le groupe d'entraide mutuelle L'Escale comptait 44 adhérents à la fin de 2024.",
  "supported", None, [g(A, "Axe 3 › Action 3.1", "Il comptait 44 adhérents fin 2024, contre 36 fin 2023.")], ["44"],
  "Le rapport indique 44 adhérents fin 2024.")
k("Grâce au partenariat avec Habitat Brande Ouest, neuf locataires ont pu être maintenus dans leur logement en 2024.",
  "supported", None, [g(A, "Axe 2 › Action 2.3", "En 2024, 14 alertes ont été traitées et 9 maintiens dans le logement ont pu être obtenus")], ["9"],
  "Le rapport fait état de 9 maintiens dans le logement en 2024.")

# contradicted (8)
k("L'évaluation externe du CLSM prévue en 2027 est chiffrée à 14 500 euros TTC.",
  "contradicted", "ht_ttc", [g(B, "DEL_2025_027 › Article 6", "pour un coût estimé à 14 500 € HT, soit 17 400 € TTC")], ["14 500 € HT", "17 400 € TTC"],
  "14 500 € est le montant hors taxes ; le coût TTC est de 17 400 €.")
k("La communauté de communes versera 76 000 euros au poste de coordination du CLSM entre 2025 et 2027.",
  "contradicted", "envelope", [g(B, "DEL_2025_027 › Article 3", "soit 73 500 € sur la durée de la convention, dans la limite d'une enveloppe pluriannuelle maximale de 76 000 €")], ["73 500 €", "76 000 €"],
  "La participation fixée est de 73 500 € ; 76 000 € n'est que le plafond de l'enveloppe pluriannuelle.")
k("In 2023, 870 people attended the CLSM's mental health information weeks.",
  "contradicted", "year", [g(A, "7. Tableau de bord › Participants aux SISM", "Participants aux Semaines d'information sur la santé mentale (SISM)")], ["640", "870"],
  "870 participants is the 2024 figure; the 2023 figure is 640.")
k("Dans le rapport d'activité du CLSM, l'action 1.2 est consacrée au réseau de sentinelles de prévention du suicide.",
  "contradicted", "measure", [g(A, "Axe 1 › Action 1.3", "Action 1.3 — Prévenir le suicide par un réseau de sentinelles")], [],
  "Le réseau de sentinelles relève de l'action 1.3 ; l'action 1.2 porte sur les Semaines d'information sur la santé mentale.")
k("La délibération sur le poste de coordination du CLSM a été adoptée par 28 voix pour et 6 contre.",
  "contradicted", "vote_row", [g(B, "DEL_2025_027 › Résultat du vote", "DEL_2025_027 — Résultat du vote")], ["33", "0"],
  "28 pour et 6 contre est le vote de DEL_2025_028 (bacs à biodéchets) ; DEL_2025_027 a obtenu 33 pour et 0 contre.")
k("The local health insurance fund (CPAM) contributed €27,000 to the CLSM in 2024.",
  "contradicted", "body", [g(A, "8.1 Financements › CPAM", "Caisse primaire d'assurance maladie (CPAM)"),
                           g(A, "8.1 Financements › CCPS", "Communauté de communes du Pays de Serrevallon (CCPS)")], ["10 000 €", "27 000 €"],
  "27 000 € is the community of communes' 2024 contribution; the CPAM gave 10 000 €.")
k("La convention entre l'EPSM, Habitat Brande Ouest et la communauté de communes a été signée le 23 mars 2024.",
  "contradicted", "date", [g(A, "Axe 2 › Action 2.3", "Une convention de partenariat a été signée le 23 mai 2024 entre l'EPSM, Habitat Brande Ouest et la CCPS.")], ["23 mai 2024"],
  "La convention a été signée le 23 mai 2024, non le 23 mars.")
k("Le comité de pilotage du CLSM s'est réuni à quatre reprises au cours de l'année 2024.",
  "contradicted", "count", [g(A, "3.1 Les instances", "En 2024, le comité de pilotage s'est réuni les 14 février, 27 juin et 5 décembre.")], ["14 février", "27 juin", "5 décembre"],
  "Le rapport ne mentionne que trois réunions du comité de pilotage en 2024.")

# not in corpus (4)
k("Depuis la création du CLSM, les hospitalisations sans consentement ont baissé de 20 % dans le Pays de Serrevallon.",
  "not_in_corpus", None, [], [], "Aucun document ne donne de données sur les hospitalisations sans consentement.")
k("Before joining the CLSM, coordinator Margaux Delpierre worked as a psychiatric nurse at the EPSM des Hautes-Brandes.",
  "not_in_corpus", None, [], [], "The documents say nothing about the coordinator's previous career.")
k("Le CLSM prévoit de recruter un second coordinateur à mi-temps à partir de 2026.",
  "not_in_corpus", None, [], [], "Les documents ne parlent que d'un poste de coordination à temps plein, sans projet de second recrutement.")
k("Plus de 300 collégiens du territoire ont participé en 2024 à des ateliers de sensibilisation à la santé mentale organisés par le CLSM.",
  "not_in_corpus", None, [], [], "Aucun document ne mentionne d'ateliers pour collégiens en 2024 ; les collèges ne sont cités que pour le diagnostic prévu en 2025.")

with open(ROOT / "claims.jsonl", "w", encoding="utf-8") as f:
    for i, item in enumerate(K, 1):
        rec = {"id": f"{S}-c{i:02d}", **item}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), Counter(x["lang"] for x in Q))
print(len(K), Counter(x["verdict"] for x in K), Counter(x["error"] for x in K))
print("claims en:", sum(1 for x in K if any(w in x["claim"] for w in ("The ", "In 2023", "Before "))))
