# Writes questions.jsonl and claims.jsonl for the s4-appel-a-projets set.
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
A = "2025-02-03-aap-prevenir-connecter-2025"
R = "reglement-aap-prevenir-connecter-2025"
C = "2025-07-09-communique-laureats-prevenir-connecter"
P = "s4-appel-a-projets"


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures=(), history=()):
    Q.append({"kind": kind, "lang": lang, "question": question, "history": list(history),
              "answerable": kind != "unanswerable", "gold": gold, "figures": list(figures)})


# ------------------------------------------------------------------ figure
q("figure", "fr", "Combien d'argent au total est mis sur la table pour l'AAP Prévenir & Connecter cette année (2025) ?",
  [g(A, "3. Axes thématiques et enveloppes financières",
     "L'enveloppe globale de l'appel à projets s'élève à 1 250 000 € pour l'exercice 2025.")],
  ["1 250 000 €"])
q("figure", "fr", "Quelle part de l'enveloppe vient du fonds OrbiLab du cluster ?",
  [g(A, "3. Axes thématiques et enveloppes financières",
     "de 250 000 € par le Cluster OrbiSanté, au titre de son fonds d'amorçage « OrbiLab »")],
  ["250 000 €"])
q("figure", "en", "How many applications were submitted in response to the 2025 call?",
  [g(C, "Une mobilisation record des acteurs de terrain", "l'appel à projets a suscité 92 dossiers de candidature")],
  ["92"])
q("figure", "fr", "Comment le conseil d'administration de l'ARIPS a-t-il voté le lancement de l'appel à projets le 28 janvier ?",
  [g(A, "Extrait du registre des délibérations › Vote", "Vote : Pour : 15 – Contre : 1 – Abstentions : 2.")],
  ["15", "1", "2"])
q("figure", "fr", "Jusqu'à quelle proportion du budget les salaires du personnel affecté au projet peuvent-ils être pris en compte ?",
  [g(R, "Article 4 – Dépenses éligibles › 1°", "Ces frais sont retenus dans la limite de 60 % du coût total éligible.")],
  ["60 %"])
q("figure", "en", "What is the smallest grant the agency will award under the call rules?",
  [g(R, "Article 6 – Montant et taux de l'aide", "L'aide est une subvention d'un montant minimal de 10 000 €.")],
  ["10 000 €"])
q("figure", "fr", "L'accompagnement de six mois proposé par OrbiSanté à chaque lauréat vaut combien TTC ?",
  [g(A, "5. Modalités de financement", "valorisé à 4 500 € HT (5 400 € TTC) par projet")],
  ["5 400 € TTC"])
q("figure", "fr", "Quel montant non attribué en 2025 est reporté sur l'édition suivante ?",
  [g(C, "Et maintenant ?", "Le reliquat de 112 850 € sera reporté sur l'édition 2026")],
  ["112 850 €"])
q("figure", "en", "According to the press release, when did the selection jury meet, and who chaired it?",
  [g(C, "Une mobilisation record des acteurs de terrain",
     "Le jury de sélection, réuni le 19 juin 2025 sous la présidence du Pr Hélène Castagnède")],
  ["19 juin 2025"])
q("figure", "fr", "Combien de porteurs ont finalement été reçus en audition ?",
  [g(C, "Une mobilisation record des acteurs de terrain",
     "31 projets ayant obtenu une note supérieure ou égale à 60/100 ont été auditionnés du 2 au 6 juin à Montbrac.")],
  ["31"])
q("figure", "fr", "Un lauréat a combien de temps après la fin de son projet pour envoyer les justificatifs du solde ?",
  [g(R, "Article 10 – Convention attributive d'aide et versement",
     "Les pièces justificatives du solde sont transmises au plus tard trois mois après la date de fin du projet.")],
  ["trois mois"])

# ------------------------------------------------------------------ table
q("table", "fr", "Dans le tableau des taux et plafonds, quel est le plafond d'aide pour une MSP ou une CPTS ?",
  [g(A, "5. Modalités de financement › Tableau des taux et plafonds", "MSP, centre de santé ou CPTS")],
  ["80 000 €"])
q("table", "en", "How many points does the selection grid give for innovativeness?",
  [g(A, "6. Grille de sélection", "2. Caractère innovant")],
  ["25 points"])
q("table", "fr", "Dans la répartition par axe, quelle enveloppe indicative est prévue en 2026 pour la télésanté (axe 2) ?",
  [g(A, "3. Tableau de répartition par axe › Axe 2", "Axe 2")],
  ["420 000 €"])
q("table", "fr", "Combien la CPTS du Pays de Fontclare a-t-elle obtenu pour Dépist'Sein mobile ?",
  [g(C, "Les 13 lauréats › tableau", "CPTS du Pays de Fontclare")],
  ["59 150 €"])
q("table", "en", "In the winners table, how much did the TéléCardio Causses consortium ask for and how much was it granted?",
  [g(C, "Les 13 lauréats › tableau", "Consortium TéléCardio Causses")],
  ["188 500 €", "175 000 €"])
q("table", "fr", "Jusqu'à quand pouvait-on déposer un dossier ?",
  [g(A, "7. Calendrier", "Clôture du dépôt des dossiers")],
  ["4 avril 2025", "12 h"])
q("table", "fr", "Pour une start-up, quel coût total minimal de projet est exigé ?",
  [g(A, "5. Modalités de financement › Tableau des taux et plafonds", "Start-up ou PME (moins de 250 salariés)")],
  ["50 000 €"])
q("table", "fr", "Sur la grille de sélection, combien pèse le critère modèle économique et pérennité ?",
  [g(A, "6. Grille de sélection", "6. Modèle économique et pérennité")],
  ["10 points"])

# ------------------------------------------------------------------ clause
q("clause", "fr", "Que risque un lauréat dont le projet n'a toujours pas commencé six mois après la signature de sa convention ?",
  [g(R, "Article 12 – Modification, reversement et annulation",
     "L'aide est annulée et les sommes versées sont reversées en totalité"),
   g(R, "Article 12 › 1°",
     "si le projet n'a pas démarré dans un délai de six mois à compter de la signature de la convention")])
q("clause", "en", "Under the rules, who presides over the selection jury?",
  [g(R, "Article 8 – Instruction et sélection",
     "Le jury est présidé par l'une des deux personnalités qualifiées, désignée conjointement par les co-porteurs.")])
q("clause", "fr", "Peut-on faire financer la TVA par l'ARIPS ?",
  [g(R, "Article 5 – Dépenses inéligibles › d)",
     "la taxe sur la valeur ajoutée lorsqu'elle est récupérable par le porteur")])
q("clause", "fr", "Un médecin généraliste installé en libéral peut-il déposer un projet en son nom propre ?",
  [g(R, "Article 2 – Porteurs éligibles › a)",
     "les personnes physiques, y compris les professionnels de santé exerçant à titre individuel")])
q("clause", "en", "Can a nursing home (EHPAD) apply on its own?",
  [g(R, "Article 2 – Porteurs éligibles › d)",
     "les établissements et services médico-sociaux agissant seuls, lesquels peuvent toutefois participer en qualité de partenaire d'un consortium")])
q("clause", "fr", "Comment sont versées les petites subventions, celles qui ne dépassent pas 25 000 € ?",
  [g(R, "Article 10 – Convention attributive d'aide et versement",
     "Par dérogation, les aides d'un montant inférieur ou égal à 25 000 € sont versées en deux fois : 70 % à la signature de la convention et 30 % à la remise du rapport final.")],
  ["70 %", "30 %"])
q("clause", "fr", "Un juré qui connaît bien un porteur de projet, que doit-il faire ?",
  [g(R, "Article 8 – Instruction et sélection",
     "le déclare par écrit et ne prend part ni à son examen ni au vote le concernant")])
q("clause", "fr", "Les applis financées sur les axes 1 et 3 par une asso ou une collectivité restent-elles propriétaires ou doivent-elles être ouvertes ?",
  [g(R, "Article 13 › 2° Propriété intellectuelle",
     "les outils numériques financés au titre des axes 1 et 3 par des porteurs publics ou associatifs sont diffusés sous licence libre, sauf dérogation accordée par la convention")])

# ------------------------------------------------------------------ list
q("list", "fr", "Quels sont les quatre axes thématiques de l'appel à projets ?",
  [g(A, "3.1", "3.1 Axe 1 – Prévention primaire et promotion de la santé"),
   g(A, "3.2", "3.2 Axe 2 – Télésanté et téléexpertise en zones sous-denses"),
   g(A, "3.3", "3.3 Axe 3 – Outils numériques d'éducation thérapeutique et d'autonomie"),
   g(A, "3.4", "3.4 Axe 4 – Données de santé et évaluation")])
q("list", "en", "Who sits on the selection jury?",
  [g(R, "Article 8 › 3° › a)", "trois représentants de l'ARIPS, dont la directrice générale ou son représentant"),
   g(R, "Article 8 › 3° › b)", "deux représentants du Cluster OrbiSanté"),
   g(R, "Article 8 › 3° › c)", "deux représentants des usagers désignés par le Collectif régional des usagers du système de santé (CRUSS)"),
   g(R, "Article 8 › 3° › d)", "deux personnalités qualifiées dans les domaines de la santé publique et du numérique en santé"),
   g(R, "Article 8 › 3° › e)", "un représentant du réseau régional des coordonnateurs de contrats locaux de santé"),
   g(R, "Article 8 › 3° › f)", "un représentant de l'Union régionale des professionnels de santé (URPS) médecins libéraux")])
q("list", "fr", "Par quelles étapes passe un dossier entre son dépôt et la décision du jury ?",
  [g(R, "Article 8 › 1° Recevabilité",
     "Le comité technique, composé de quatre agents de l'ARIPS et de deux salariés du Cluster OrbiSanté, vérifie la complétude du dossier et le respect des critères d'éligibilité."),
   g(R, "Article 8 › 2° Expertise",
     "Chaque dossier recevable est noté par deux rapporteurs selon la grille de sélection du cahier de l'AAP."),
   g(R, "Article 8 › 3° Jury", "Le jury de sélection comprend onze membres")])
q("list", "fr", "Quels projets sont sur liste d'attente au cas où un lauréat se désisterait ?",
  [g(C, "Une décision adoptée par le comité de financement", "« SophroConnect » (association Sérénité Causses, axe 1)"),
   g(C, "Une décision adoptée par le comité de financement", "« Pharma'Relais » (SISA Pharmacie-Santé de Valcombe, axe 2)"),
   g(C, "Une décision adoptée par le comité de financement", "« MémoJeux » (Atelier Cortex SAS, axe 3)")])
q("list", "fr", "Quels lauréats sont basés à Montbrac ?",
  [g(C, "Les 13 lauréats › tableau", "Association Addict'Écoute Orbière"),
   g(C, "Les 13 lauréats › tableau", "Diabeto'Coach SAS"),
   g(C, "Les 13 lauréats › tableau", "Centre hospitalier régional de Montbrac (CHRM)")])

# ------------------------------------------------------------------ followup
q("followup", "fr", "Et pour une collectivité ?",
  [g(A, "5. Modalités de financement › Tableau des taux et plafonds", "Collectivité territoriale ou EPCI")],
  ["100 000 €"], history=["Quel est le plafond de l'aide pour une association ?"])
q("followup", "fr", "Et l'axe 3 ?",
  [g(C, "Les 13 lauréats", "222 600 € pour l'axe 3")],
  ["222 600 €"], history=["Au final, combien d'aides ont été attribuées sur l'axe 1 ?"])
q("followup", "en", "And for equipment and software?",
  [g(R, "Article 4 – Dépenses éligibles › 3°",
     "acquisition de matériels, d'objets connectés, de licences et d'équipements de télémédecine, dans la limite de 40 000 € HT par projet")],
  ["40 000 € HT"], history=["What is the cap on communication expenses in the rules?"])
q("followup", "fr", "Et les auditions ?",
  [g(A, "7. Calendrier", "Auditions des projets présélectionnés")],
  ["du 2 au 6 juin 2025"],
  history=["Quand a lieu le webinaire d'information ?", "Et la date limite pour poser des questions écrites ?"])
q("followup", "en", "And how many nursing homes will it equip?",
  [g(C, "Quelques projets à la loupe › Téléexpertise dermatologique en EHPAD",
     "Le CHIVT équipera 22 établissements d'hébergement pour personnes âgées dépendantes (EHPAD) de dermatoscopes connectés.")],
  ["22"], history=["How much did the CHIVT get for its dermatology tele-expertise project?"])

# ------------------------------------------------------------------ cross
q("cross", "fr", "L'aide accordée à Diabeto'Coach respecte-t-elle le taux maximal prévu pour les start-up ?",
  [g(C, "Les 13 lauréats › tableau", "Diabeto'Coach SAS"),
   g(A, "5. Modalités de financement › Tableau des taux et plafonds", "Start-up ou PME (moins de 250 salariés)")],
  ["85 000 €", "210 000 €", "45 %"])
q("cross", "fr", "Le nombre de lauréats retenus sur l'axe 1 entre-t-il dans la fourchette annoncée dans le cahier de l'AAP ?",
  [g(A, "3. Tableau de répartition par axe › Axe 1", "Axe 1"),
   g(C, "Chiffres clés", "13 lauréats, dont 6 sur l'axe 1, 3 sur l'axe 2, 3 sur l'axe 3 et 1 sur l'axe 4")],
  ["5 à 7", "6"])
q("cross", "fr", "Le quorum du jury était-il atteint le 19 juin ?",
  [g(R, "Article 8 – Instruction et sélection",
     "Il ne peut valablement délibérer que si sept de ses membres au moins sont présents."),
   g(C, "Une mobilisation record des acteurs de terrain", "Dix des onze membres du jury étaient présents.")],
  ["sept", "Dix"])
q("cross", "en", "Souffle d'Orbe's grant was trimmed over communication costs: by how much, and what cap do the rules set on communication spending?",
  [g(C, "Les 13 lauréats",
     "l'aide accordée à l'association Souffle d'Orbe a été ramenée de 76 800 € à 72 000 € après retrait de dépenses de communication jugées surévaluées"),
   g(R, "Article 4 – Dépenses éligibles › 5°", "dans la limite de 8 000 € HT (9 600 € TTC) par projet")],
  ["76 800 €", "72 000 €", "8 000 € HT", "9 600 € TTC"])

# ------------------------------------------------------------------ unanswerable
q("unanswerable", "fr", "Quel était le budget de l'édition pilote de 2023 ?", [])
q("unanswerable", "fr", "Que dit l'article 14 du règlement de l'AAP ?", [])
q("unanswerable", "en", "How much is the Banque des Territoires putting into the call?", [])
q("unanswerable", "fr", "Quel âge a le Dr Anne-Laure Vidalenc ?", [])
q("unanswerable", "en", "Which political party does Bertrand Lacazette, the cluster's president, belong to?", [])
q("unanswerable", "fr", "Combien de candidatures ont été reçues sur l'axe 4 ?", [])
q("unanswerable", "fr", "À quelle date fermera le dépôt des dossiers de l'édition 2026 ?", [])
q("unanswerable", "en", "What is Élodie Marchadier's salary at the ARIPS?", [])
q("unanswerable", "fr", "Que demande le critère d'éligibilité E8 ?", [])

# ------------------------------------------------------------------ claims
K = []


def k(claim, verdict, error, gold, figures, note):
    K.append({"claim": claim, "verdict": verdict, "error": error, "gold": gold, "figures": figures, "note": note})


# supported
k("L'appel à projets Prévenir & Connecter 2025 est doté de 1,25 million d'euros, dont un million apporté par l'ARIPS.",
  "supported", None,
  [g(A, "3. Axes thématiques et enveloppes financières",
     "L'enveloppe globale de l'appel à projets s'élève à 1 250 000 € pour l'exercice 2025."),
   g(A, "3. Axes thématiques et enveloppes financières", "Elle est financée à hauteur de 1 000 000 € par l'ARIPS")],
  ["1 250 000 €", "1 000 000 €"], "Le cahier fixe l'enveloppe à 1 250 000 € dont 1 000 000 € de l'ARIPS.")
k("Sur 92 dossiers déposés, treize projets ont été retenus.", "supported", None,
  [g(C, "Une mobilisation record des acteurs de terrain", "l'appel à projets a suscité 92 dossiers de candidature"),
   g(C, "Une mobilisation record des acteurs de terrain", "a retenu 13 projets et proposé une liste complémentaire de 3 projets")],
  ["92", "13"], "Le communiqué indique 92 dossiers et 13 projets retenus.")
k("The town of Cazaubel was awarded €75,000 for its 'Quartiers sans tabac' project.", "supported", None,
  [g(C, "Les 13 lauréats › tableau", "Ville de Cazaubel")],
  ["75 000 €"], "The winners table shows 75 000 € awarded to the Ville de Cazaubel.")
k("Dans la grille de sélection, le caractère innovant pèse 25 points sur 100.", "supported", None,
  [g(A, "6. Grille de sélection", "2. Caractère innovant")],
  ["25 points", "100 points"], "La grille attribue 25 points au caractère innovant sur un total de 100 points.")
k("Un lauréat qui ne signe pas sa convention dans les deux mois suivant la notification peut perdre son aide.",
  "supported", None,
  [g(R, "Article 10", "Une convention attributive d'aide est conclue entre l'ARIPS et chaque lauréat dans un délai de deux mois à compter de la notification."),
   g(R, "Article 10", "Passé ce délai, et sauf motif légitime, la décision d'attribution devient caduque.")],
  ["deux mois"], "L'article 10 rend la décision caduque passé le délai de deux mois, sauf motif légitime.")
k("The ARIPS financing committee approved the list of winners by 10 votes to none, with one abstention.", "supported", None,
  [g(C, "Une décision adoptée par le comité de financement", "Vote : 10 voix pour, 0 contre, 1 abstention.")],
  ["10", "0", "1"], "The press release reports 10 for, 0 against, 1 abstention.")
k("Le Cluster OrbiSanté consacre 58 500 € HT à l'accompagnement des treize lauréats.", "supported", None,
  [g(C, "Et maintenant ?", "soit un effort de 58 500 € HT pour l'ensemble de la promotion")],
  ["58 500 € HT"], "Le communiqué chiffre l'effort du cluster à 58 500 € HT pour la promotion.")
k("Avec son projet de téléexpertise en dermatologie, le CHIVT promet une réponse aux EHPAD en 72 heures.", "supported", None,
  [g(C, "Quelques projets à la loupe", "avec un délai de réponse cible de 72 heures")],
  ["72 heures"], "Le communiqué indique un délai de réponse cible de 72 heures.")

# contradicted
k("L'accompagnement offert par le cluster à chaque lauréat est valorisé à 4 500 € TTC.", "contradicted", "ht_ttc",
  [g(A, "5. Modalités de financement", "valorisé à 4 500 € HT (5 400 € TTC) par projet")],
  ["4 500 € HT", "5 400 € TTC"], "4 500 € est le montant HT ; le montant TTC est de 5 400 €.")
k("La start-up Diabeto'Coach a décroché 94 500 € pour son application sur le diabète.", "contradicted", "envelope",
  [g(C, "Les 13 lauréats › tableau", "Diabeto'Coach SAS")],
  ["85 000 €", "94 500 €"], "94 500 € est l'aide sollicitée ; l'aide attribuée est de 85 000 €.")
k("The call earmarks €420,000 for telehealth projects (axis 2) in 2025.", "contradicted", "year",
  [g(A, "3. Tableau de répartition par axe › Axe 2", "Axe 2")],
  ["400 000 €", "420 000 €"], "Axis 2 gets 400 000 € in 2025; 420 000 € is the indicative 2026 envelope.")
k("Le conseil d'administration de l'ARIPS a approuvé l'appel à projets à l'unanimité de ses 9 membres présents.",
  "contradicted", "vote_row",
  [g(A, "Extrait du registre des délibérations › Vote", "Vote : Pour : 15 – Contre : 1 – Abstentions : 2."),
   g(A, "Extrait du registre des délibérations",
     "à l'unanimité des 9 membres présents (Pour : 9 – Contre : 0 – Abstention : 0)")],
  ["15", "1", "2", "9"], "Le CA a voté 15 pour, 1 contre, 2 abstentions ; l'unanimité des 9 présents concerne le bureau du cluster.")
k("Le règlement plafonne les frais de déplacement à 10 % du coût total éligible.", "contradicted", "measure",
  [g(R, "Article 4 – Dépenses éligibles › 4°", "dans la limite de 5 % du coût total éligible"),
   g(R, "Article 4 – Dépenses éligibles › 7°", "dans la limite de 10 % du coût total éligible")],
  ["5 %", "10 %"], "Les déplacements sont plafonnés à 5 % ; les 10 % concernent l'évaluation externe (7°).")
k("Candidates had until 21 March 2025 to file their applications.", "contradicted", "date",
  [g(A, "7. Calendrier", "Clôture du dépôt des dossiers"),
   g(A, "7. Calendrier", "Date limite des questions écrites")],
  ["4 avril 2025", "21 mars 2025"], "Filing closed on 4 April 2025 at noon; 21 March was the deadline for written questions.")
k("Le jury de sélection de l'appel à projets compte neuf membres.", "contradicted", "count",
  [g(R, "Article 8 › 3° Jury", "Le jury de sélection comprend onze membres")],
  ["onze"], "Le règlement prévoit un jury de onze membres.")
k("L'association Souffle d'Orbe a obtenu 88 000 € pour son programme de sport sur ordonnance.", "contradicted", "body",
  [g(C, "Les 13 lauréats › tableau", "Association Souffle d'Orbe"),
   g(C, "Les 13 lauréats › tableau", "Association Addict'Écoute Orbière")],
  ["72 000 €", "88 000 €"], "Souffle d'Orbe a obtenu 72 000 € ; 88 000 € est l'aide d'Addict'Écoute Orbière.")
k("Les lauréats touchent une avance de 50 % de leur subvention dès la signature de la convention.", "contradicted", "value",
  [g(R, "Article 10 › a)", "une avance de 40 % à la signature de la convention")],
  ["40 %"], "L'avance prévue à la signature est de 40 %.")

# not in corpus
k("L'ARIPS va recruter deux chargés de mission supplémentaires pour suivre les projets lauréats.", "not_in_corpus", None,
  [], [], "Aucun document ne mentionne de recrutement lié au suivi des lauréats.")
k("The local health insurance fund (CPAM) is co-funding the Dépist'Sein mobile project.", "not_in_corpus", None,
  [], [], "No document names the co-funders of Dépist'Sein mobile.")
k("L'édition pilote de 2023 avait permis de financer neuf projets.", "not_in_corpus", None,
  [], [], "Les documents évoquent l'édition pilote de 2023 sans indiquer le nombre de projets financés.")
k("Le serious game DialyQuest sera testé auprès de 120 patients dialysés du CHRM.", "not_in_corpus", None,
  [], [], "Le communiqué ne donne aucun détail sur l'expérimentation de DialyQuest.")

with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
    for i, d in enumerate(Q, 1):
        f.write(json.dumps({"id": f"{P}-q{i:02d}", **d}, ensure_ascii=False) + "\n")
with open(ROOT / "claims.jsonl", "w", encoding="utf-8") as f:
    for i, d in enumerate(K, 1):
        f.write(json.dumps({"id": f"{P}-c{i:02d}", **d}, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), Counter(x["lang"] for x in Q))
print(len(K), Counter(x["verdict"] for x in K), Counter(x["error"] for x in K))
