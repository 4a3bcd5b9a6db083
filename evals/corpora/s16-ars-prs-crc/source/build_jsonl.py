import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
P = "prs-orvanne-lisiere-2023-2028-schema-regional-sante-extrait"
A = "2025-04-17-arrete-ars-ol-2025-0417-credits-fir"
C = "2025-06-30-crc-orvanne-lisiere-rod-centre-hospitalier-valbrune"

def g(d, loc, q):
    return {"doc_id": d, "locator": loc, "quote": q}

Q = []
def q(kind, lang, question, gold, figures, history=None):
    Q.append({"kind": kind, "lang": lang, "question": question, "history": history or [],
              "answerable": kind != "unanswerable", "gold": gold, "figures": figures})

# ---------------- figure
q("figure", "fr", "Combien l'ARS accorde-t-elle au CH de Valbrune pour 2025 au titre de son plan de retour à l'équilibre ?",
  [g(A, "Art. 4 › I", "L'aide à la restructuration attribuée au centre hospitalier de Valbrune au titre du plan de retour à l'équilibre financier 2025-2027 s'élève à 1 450 000 € pour 2025")],
  ["1 450 000 €"])
q("figure", "fr", "Quel est le montant total des crédits du fonds d'intervention régional attribués par l'arrêté n° ARS-OL/DOS/2025-0417 pour l'exercice 2025 ?",
  [g(A, "Article premier", "pour un montant total de 6 142 500 € au titre de l'exercice 2025")],
  ["6 142 500 €"])
q("figure", "fr", "Combien est versé au CH de Valbrune dans le mois qui suit la notification de l'arrêté, pour l'aide 2025 ?",
  [g(A, "Art. 4 › II", "870 000 € dans le mois suivant la notification du présent arrêté")],
  ["870 000 €"])
q("figure", "en", "What was the Valbrune hospital's outstanding debt at the end of 2024?",
  [g(C, "Synthèse › Un endettement élevé", "L'encours de la dette atteint 127,9 M€ au 31 décembre 2024.")],
  ["127,9 M€"])
q("figure", "fr", "Combien de passages les urgences de Valbrune ont-elles enregistrés en 2024 ?",
  [g(C, "2.1 Un établissement de recours pour le sud de la région", "Son service d'urgences a enregistré 51 200 passages en 2023 et 53 050 en 2024.")],
  ["53 050"])
q("figure", "fr", "Le PREF 2025-2027 de l'hôpital de Valbrune a été adopté par le conseil de surveillance avec quel vote ?",
  [g(C, "2.2 Une gouvernance à conforter", "a été approuvé par le conseil de surveillance le 12 décembre 2024 par 11 voix pour, 2 voix contre et 1 abstention")],
  ["11 voix pour", "2 voix contre", "1 abstention"])
q("figure", "en", "What is the 2028 target for the number of advanced practice nurses (IPA) in the region?",
  [g(P, "3.3.2 Développer la pratique avancée et les délégations de tâches", "Le schéma fixe une cible de 250 IPA en 2028.")],
  ["250"])
q("figure", "fr", "Selon le schéma régional, à combien s'élève l'aide au démarrage pour une maison de santé installée en zone d'intervention prioritaire ?",
  [g(P, "3.1.2 Développer les maisons et centres de santé pluriprofessionnels", "portée à 50 000 € lorsque la MSP est implantée en zone d'intervention prioritaire")],
  ["50 000 €"])
q("figure", "en", "How much did the hospital pay for its new medical working-time software, VAT included?",
  [g(C, "Annexe › Réponse de la directrice › Sur la recommandation n° 5", "pour un montant de 145 000 € HT, soit 174 000 € TTC")],
  ["174 000 € TTC"])
q("figure", "fr", "À quelle date la chambre régionale des comptes a-t-elle arrêté ses observations définitives sur le CH de Valbrune ?",
  [g(C, "1 La procédure", "lors de sa séance du 3 juin 2025 présidée par M. Loïc Berthemont, président de section, a arrêté les observations définitives")],
  ["3 juin 2025"])
q("figure", "fr", "Quel était le montant du FIR délégué à l'ARS Orvanne-Lisière en 2024 ?",
  [g(P, "Rappel du contexte régional", "Le fonds d'intervention régional (FIR) délégué à l'ARS Orvanne-Lisière s'élève à 312,4 M€ en 2024")],
  ["312,4 M€"])

# ---------------- table
q("table", "fr", "Dans le tableau 3.2 du PRS, quelle cible 2028 est fixée pour le délai médian d'arrivée du SMUR sur les lieux ?",
  [g(P, "Tableau 3.2 › Délai médian d'arrivée du SMUR", "Délai médian d'arrivée du SMUR sur les lieux (minutes)")],
  ["20"])
q("table", "en", "In the annex to the FIR order, how much is the GCS e-Santé Orvanne allocated for 2026?",
  [g(A, "Annexe › GCS e-Santé Orvanne", "GCS e-Santé Orvanne")],
  ["640 000"])
q("table", "fr", "Quelle était la capacité d'autofinancement brute du CH de Valbrune en 2023 selon le tableau n° 1 du rapport de la CRC ?",
  [g(C, "Tableau n° 1 › Capacité d'autofinancement brute", "Capacité d'autofinancement brute")],
  ["7,2"])
q("table", "fr", "Tableau n° 3 du ROD : combien d'ETP de personnel médical en 2023 ?",
  [g(C, "Tableau n° 3 › Personnel médical", "Personnel médical")],
  ["197,5"])
q("table", "en", "According to the chamber's debt table, what was Valbrune's apparent debt duration in 2023?",
  [g(C, "Tableau n° 2 › Durée apparente de la dette", "Durée apparente de la dette (en années)")],
  ["18,2"])
q("table", "fr", "Dans le tableau des indicateurs de l'objectif général 4, quelle est la valeur de référence du tabagisme quotidien et de quelle année date-t-elle ?",
  [g(P, "Tableau 4 › Prévalence du tabagisme quotidien", "Prévalence du tabagisme quotidien (18-75 ans)")],
  ["27,1 %", "2021"])
q("table", "fr", "Combien l'hôpital de Valbrune a-t-il dépensé en intérim médical en 2022 (tableau des dépenses de personnel) ?",
  [g(C, "Tableau n° 4 › dont intérim médical", "dont intérim médical")],
  ["5,2"])
q("table", "en", "Under the annex of the ARS order, what does the Association Addictions Orvanne receive each year?",
  [g(A, "Annexe › Association Addictions Orvanne", "Association Addictions Orvanne")],
  ["265 000"])

# ---------------- clause
q("clause", "fr", "Que risque la CPTS du Pays de Saint-Aurèle si elle ne rejoint pas l'ACI ?",
  [g(A, "Art. 5 › I", "sont reversés à l'agence si la communauté n'a pas adhéré à l'accord conventionnel interprofessionnel dans un délai de dix-huit mois à compter de la notification du présent arrêté")],
  [])
q("clause", "en", "How long do beneficiaries have to challenge the FIR order, and before which court can they bring the case?",
  [g(A, "Art. 8 – Voies et délais de recours", "Le présent arrêté peut faire l'objet, dans un délai de deux mois à compter de sa notification pour les bénéficiaires ou de sa publication pour les tiers"),
   g(A, "Art. 8 – Voies et délais de recours", "d'un recours contentieux devant le tribunal administratif de Lorvel")],
  [])
q("clause", "fr", "Sous quelle condition l'aide 2026 du centre hospitalier de Valbrune sera-t-elle versée ?",
  [g(A, "Art. 4 › III", "le déficit consolidé de l'établissement ne doit pas excéder 3,5 M€ au titre de l'exercice 2025 et 2,0 M€ au titre de l'exercice 2026")],
  ["3,5 M€", "2,0 M€"])
q("clause", "fr", "Que préconise la CRC au sujet de l'emprunt toxique de l'hôpital ?",
  [g(C, "Recommandation n° 4", "Engager la renégociation de l'emprunt structuré classé 3E afin de sécuriser son taux d'intérêt")],
  [])
q("clause", "en", "What does the audit chamber's recommendation no. 3 ask the hospital to do?",
  [g(C, "Recommandation n° 3", "Présenter à l'ARS, avant le 31 décembre 2025, un plan global de financement pluriannuel ramenant la durée apparente de la dette en deçà de 10 ans à l'horizon 2028")],
  [])
q("clause", "fr", "Qui doit exécuter l'arrêté d'attribution des crédits FIR ?",
  [g(A, "Art. 9 – Exécution", "Le directeur de l'offre de soins, la directrice de la santé publique et les délégués départementaux de l'agence régionale de santé Orvanne-Lisière sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté")],
  [])
q("clause", "fr", "D'après le schéma régional, que se passe-t-il pour les aides FIR d'un établissement sous CREF qui ne tient pas sa trajectoire ?",
  [g(P, "5.2.1 Restaurer l'équilibre financier des établissements publics de santé", "leur montant peut être réduit de moitié lorsque la trajectoire n'est pas respectée")],
  [])
q("clause", "fr", "En cas de crédits FIR non utilisés, dans quel délai l'agence émet-elle un titre de recettes ?",
  [g(A, "Art. 7 – Contrôle et reversement", "font l'objet d'un titre de recettes émis par l'agence, dans un délai de trois mois suivant la réception du compte rendu financier")],
  [])

# ---------------- list
q("list", "fr", "Où se situent les trois antennes SMUR prévues par le PRS et à quel hôpital chacune est-elle rattachée ?",
  [g(P, "3.2.2 Garantir l'accès à un service d'urgence ou à un SMUR", "à Saint-Aurèle (rattachée au centre hospitalier de Valbrune)"),
   g(P, "3.2.2 Garantir l'accès à un service d'urgence ou à un SMUR", "à Ardois-le-Haut (rattachée au centre hospitalier intercommunal des Monts-Ardois)"),
   g(P, "3.2.2 Garantir l'accès à un service d'urgence ou à un SMUR", "à Pontlevoy-sur-Orbe (rattachée au centre hospitalier de Lorvel)")],
  [])
q("list", "en", "What did the 2025 mid-term revision of the regional health scheme change?",
  [g(P, "Mise en œuvre, suivi et évaluation › révision à mi-parcours › 1°", "l'actualisation des valeurs de référence de l'objectif opérationnel 3.1 au regard du déploiement des CPTS"),
   g(P, "Mise en œuvre, suivi et évaluation › révision à mi-parcours › 2°", "le relèvement de la cible du nombre d'EMPP de six à sept"),
   g(P, "Mise en œuvre, suivi et évaluation › révision à mi-parcours › 3°", "l'introduction du suivi des établissements sous CREF dans le tableau d'indicateurs de l'objectif général 5")],
  [])
q("list", "fr", "Quelles obligations l'arrêté impose-t-il aux organismes qui reçoivent des crédits FIR ?",
  [g(A, "Art. 6 › 1°", "utiliser les crédits conformément à l'objet pour lequel ils ont été attribués"),
   g(A, "Art. 6 › 2°", "transmettre à l'agence, dans les six mois suivant la clôture de chaque exercice, un compte rendu financier et un rapport d'activité"),
   g(A, "Art. 6 › 3°", "faire figurer la mention « avec le soutien de l'agence régionale de santé Orvanne-Lisière » sur tout document de communication relatif aux actions financées"),
   g(A, "Art. 6 › 4°", "conserver les pièces justificatives des dépenses pendant une durée de dix ans"),
   g(A, "Art. 6 › 5°", "lorsque le montant annuel des crédits reçus excède 153 000 €, transmettre ses comptes annuels certifiés par un commissaire aux comptes")],
  [])
q("list", "fr", "Quelles actions sont prévues pour raccourcir l'attente d'un premier rendez-vous en CMP ?",
  [g(P, "4.2.1 › 1°", "généraliser l'accueil infirmier de premier recours dans tous les CMP adultes"),
   g(P, "4.2.1 › 2°", "financer 12 ETP de psychologues supplémentaires dans les CMP infanto-juvéniles les plus en tension"),
   g(P, "4.2.1 › 3°", "publier trimestriellement les délais d'accès par CMP sur le site de l'ARS")],
  [])
q("list", "en", "Which of the chamber's recommendations to Valbrune are compliance (\"régularité\") recommendations?",
  [g(C, "Recommandation n° 2", "Constituer, conformément à l'instruction budgétaire et comptable M21, une provision couvrant l'intégralité des droits acquis au titre des comptes épargne-temps"),
   g(C, "Recommandation n° 5", "Déployer un logiciel de gestion du temps de travail médical et contrôler la concordance des tableaux de service avec les rémunérations versées"),
   g(C, "Recommandation n° 6", "Mettre fin aux rémunérations de médecins intérimaires supérieures au plafond réglementaire")],
  [])
q("list", "fr", "Quels organismes sont financés au titre de la mission 1 du FIR dans l'annexe de l'arrêté ?",
  [g(A, "Annexe › IREPS Orvanne-Lisière", "IREPS Orvanne-Lisière"),
   g(A, "Annexe › Association Addictions Orvanne", "Association Addictions Orvanne"),
   g(A, "Annexe › CH de Lorvel (VigilanS)", "CH de Lorvel (VigilanS)")],
  [])

# ---------------- followup
q("followup", "fr", "Et l'année suivante ?",
  [g(A, "Annexe › URPS médecins libéraux OL", "URPS médecins libéraux OL")],
  ["1 180 000"],
  ["Combien l'URPS médecins libéraux touche-t-elle du FIR en 2025 pour la régulation du SAS ?"])
q("followup", "fr", "Et en 2023 ?",
  [g(C, "4.1 L'évolution des effectifs et de la masse salariale", "Le taux d'absentéisme du personnel non médical est passé de 8,1 % en 2021 à 9,7 % en 2023, puis 9,2 % en 2024.")],
  ["9,7 %"],
  ["Quel était le taux d'absentéisme du personnel non médical à Valbrune en 2021 ?"])
q("followup", "en", "And what is the 2028 target for adult CMPs?",
  [g(P, "Tableau 4 › Délai moyen de premier rendez-vous en CMP adultes", "Délai moyen de premier rendez-vous en CMP adultes (jours)")],
  ["21"],
  ["What is the baseline waiting time for a first appointment in a child and adolescent CMP?"])
q("followup", "fr", "Et après la décision modificative de juin ?",
  [g(C, "Annexe › Réponse de la directrice › Sur la situation financière", "ramène le déficit prévisionnel consolidé de l'exercice 2025 à 3,2 M€")],
  ["3,2 M€"],
  ["Quel déficit prévoyait l'EPRD 2025 initial du CH de Valbrune ?"])
q("followup", "fr", "Dont combien à Valbrune ?",
  [g(P, "5.1.2 Graduer l'offre de soins critiques", "Le schéma autorise la création de 14 lits supplémentaires, dont 6 au centre hospitalier de Valbrune.")],
  ["6"],
  ["Combien de lits de réanimation adulte y a-t-il dans la région ?", "Combien de lits supplémentaires le schéma autorise-t-il ?"])
q("followup", "en", "And what was the early repayment penalty estimated at?",
  [g(C, "3.3 Un endettement élevé", "L'indemnité de remboursement anticipé était estimée par la banque à 2,3 M€ en décembre 2024.")],
  ["2,3 M€"],
  ["How much capital was still owed on Valbrune's structured loan at the end of 2024?"])

# ---------------- cross
q("cross", "fr", "Le montant de l'aide 2025 au CH de Valbrune mentionné par la chambre régionale des comptes est-il le même que celui de l'arrêté de l'ARS ?",
  [g(A, "Art. 4 › I", "L'aide à la restructuration attribuée au centre hospitalier de Valbrune au titre du plan de retour à l'équilibre financier 2025-2027 s'élève à 1 450 000 € pour 2025"),
   g(C, "3.2 Des résultats déficitaires depuis 2022", "L'arrêté du directeur général de l'ARS du 17 avril 2025 attribue à l'établissement une aide à la restructuration de 1,45 M€ au titre de 2025")],
  ["1 450 000 €", "1,45 M€"])
q("cross", "en", "How have emergency visits at Valbrune changed between the figure quoted in the regional health scheme and the most recent one reported by the audit chamber?",
  [g(P, "3.2.2 Garantir l'accès à un service d'urgence ou à un SMUR", "avec 48 600 passages en 2022"),
   g(C, "2.1 Un établissement de recours pour le sud de la région", "Son service d'urgences a enregistré 51 200 passages en 2023 et 53 050 en 2024.")],
  ["48 600", "53 050"])
q("cross", "fr", "Quelle part du coût annuel de l'antenne SMUR de Saint-Aurèle les crédits FIR 2025 couvrent-ils ?",
  [g(C, "2.1 Un établissement de recours pour le sud de la région", "Son coût de fonctionnement annuel est estimé par l'établissement à 1,15 M€"),
   g(A, "Art. 4 › V", "soit 380 000 € en 2025 et 420 000 € en 2026")],
  ["1,15 M€", "380 000 €"])
q("cross", "fr", "Fin 2024, la durée apparente de la dette de l'hôpital de Valbrune dépasse-t-elle le seuil à partir duquel le PRS impose un plan de désendettement ?",
  [g(P, "5.2.2 Maîtriser l'endettement et accompagner l'investissement", "tout établissement dont la durée apparente de la dette dépasse 15 ans présente à l'ARS un plan de désendettement"),
   g(C, "Tableau n° 2 › Durée apparente de la dette", "Durée apparente de la dette (en années)")],
  ["15 ans", "12,7"])

# ---------------- unanswerable
for lang, text in [
    ("fr", "Quel montant de crédits FIR l'arrêté attribue-t-il pour l'exercice 2027 ?"),
    ("fr", "Que prévoit l'article 12 de l'arrêté FIR du 17 avril 2025 ?"),
    ("fr", "Que contient l'objectif opérationnel 4.3 du schéma régional de santé ?"),
    ("en", "How much FIR funding does the French Red Cross receive under the ARS order?"),
    ("fr", "Quel âge a Hélène Carrouget, la directrice de l'hôpital de Valbrune ?"),
    ("en", "Which political party does Gérald Fontclaire, the mayor of Valbrune, belong to?"),
    ("fr", "Quel est le salaire annuel de Thibaut Lannerec, directeur général de l'ARS ?"),
    ("en", "How many beds does the Lorvel university hospital have?"),
    ("fr", "Quel a été le résultat consolidé du CH de Valbrune en 2020 ?"),
]:
    q("unanswerable", lang, text, [], [])

with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for i, o in enumerate(Q, 1):
        o = {"id": f"s16-ars-prs-crc-q{i:02d}", **o}
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

# ---------------- claims
CL = []
def c(claim, verdict, error, gold, figures, note):
    CL.append({"claim": claim, "verdict": verdict, "error": error, "gold": gold, "figures": figures, "note": note})

c("L'arrêté de l'ARS Orvanne-Lisière attribue 6 142 500 € de crédits du FIR au titre de 2025.", "supported", None,
  [g(A, "Article premier", "pour un montant total de 6 142 500 € au titre de l'exercice 2025")], ["6 142 500 €"],
  "L'article premier fixe bien le total 2025 à 6 142 500 €.")
c("La chambre régionale des comptes adresse six recommandations au centre hospitalier de Valbrune.", "supported", None,
  [g(C, "Synthèse", "La chambre formule six recommandations.")], [],
  "La synthèse indique six recommandations, numérotées de 1 à 6.")
c("Valbrune hospital's emergency department handled 51,200 visits in 2023.", "supported", None,
  [g(C, "2.1 Un établissement de recours pour le sud de la région", "Son service d'urgences a enregistré 51 200 passages en 2023 et 53 050 en 2024.")], ["51 200"],
  "The report gives 51 200 passages for 2023.")
c("Le schéma régional de santé vise 80 maisons de santé pluriprofessionnelles en 2028, contre 52 en 2022.", "supported", None,
  [g(P, "3.1.2 Développer les maisons et centres de santé pluriprofessionnels", "Le schéma vise 80 MSP en fonctionnement en 2028, contre 52 en 2022.")], ["80", "52"],
  "Les deux chiffres et les deux années correspondent au 3.1.2.")
c("Le plan de retour à l'équilibre de l'hôpital de Valbrune a recueilli deux voix contre au conseil de surveillance.", "supported", None,
  [g(C, "2.2 Une gouvernance à conforter", "a été approuvé par le conseil de surveillance le 12 décembre 2024 par 11 voix pour, 2 voix contre et 1 abstention")], ["2 voix contre"],
  "Le PREF 2025-2027 a été approuvé avec 2 voix contre.")
c("The regional health conference (CRSA) backed the mid-term revision of the scheme with 58 votes in favour.", "supported", None,
  [g(P, "Mise en œuvre, suivi et évaluation", "58 voix pour, 6 contre, 9 abstentions")], ["58 voix pour"],
  "The CRSA opinion of 23 January 2025 was given with 58 votes for.")
c("Les dépenses d'intérim médical du CH de Valbrune sont redescendues à 4,1 M€ en 2024.", "supported", None,
  [g(C, "Synthèse", "Les dépenses d'intérim médical ont atteint 6,4 M€ en 2023, avant de revenir à 4,1 M€ en 2024.")], ["4,1 M€"],
  "La synthèse et le tableau n° 4 donnent 4,1 M€ en 2024, après 6,4 M€ en 2023.")
c("La CPTS Orbe-et-Lisière recevra 72 500 € en 2025 comme en 2026 pour les soins non programmés.", "supported", None,
  [g(A, "Annexe › CPTS Orbe-et-Lisière", "CPTS Orbe-et-Lisière")], ["72 500"],
  "La ligne de l'annexe porte 72 500 dans les colonnes 2025 et 2026.")

c("Le logiciel de gestion du temps médical acheté par l'hôpital de Valbrune a coûté 145 000 € TTC.", "contradicted", "ht_ttc",
  [g(C, "Annexe › Réponse de la directrice › Sur la recommandation n° 5", "pour un montant de 145 000 € HT, soit 174 000 € TTC")], ["145 000 € HT", "174 000 € TTC"],
  "145 000 € est le montant hors taxes ; le coût TTC est de 174 000 €.")
c("L'ARS versera 1 450 000 € au centre hospitalier de Valbrune en 2026 au titre de son plan de retour à l'équilibre.", "contradicted", "envelope",
  [g(A, "Annexe › CH de Valbrune (PREF 2025-2027)", "CH de Valbrune (PREF 2025-2027)"),
   g(A, "Art. 4 › I", "s'élève à 1 450 000 € pour 2025 et à 1 100 000 € pour 2026")], ["1 450 000", "1 100 000"],
  "1 450 000 € est le montant 2025 ; la colonne 2026 indique 1 100 000 €.")
c("According to the regional audit chamber, Valbrune's consolidated deficit reached €7.6 million in 2024.", "contradicted", "year",
  [g(C, "Synthèse", "6,3 M€ en 2022, 7,6 M€ en 2023 et 4,8 M€ en 2024")], ["7,6 M€", "4,8 M€"],
  "The 7.6 M€ deficit is the 2023 figure; the 2024 consolidated deficit is 4.8 M€.")
c("Le compte financier 2022 du CH de Valbrune a été approuvé par 11 voix pour, 2 contre et 1 abstention.", "contradicted", "vote_row",
  [g(C, "2.2 Une gouvernance à conforter", "a été approuvé le 29 juin 2023 par 9 voix pour, aucune voix contre et 5 abstentions")], ["9 voix pour", "5 abstentions"],
  "Le vote 11-2-1 est celui du PREF 2025-2027 ; le compte financier 2022 a recueilli 9 voix pour, aucune contre et 5 abstentions.")
c("Selon le PRS, l'antenne SMUR d'Ardois-le-Haut doit ouvrir avec une équipe dédiée de 5,5 ETP médicaux.", "contradicted", "measure",
  [g(P, "3.2.2 › 2°", "ouvrir l'antenne SMUR d'Ardois-le-Haut avec une équipe dédiée de 5 ETP médicaux")], ["5 ETP"],
  "Les 5,5 ETP concernent l'antenne de Saint-Aurèle (action 1°) ; celle d'Ardois-le-Haut (action 2°) prévoit 5 ETP.")
c("The audit chamber opened its review of Valbrune hospital on 22 November 2024.", "contradicted", "date",
  [g(C, "1 La procédure", "a été ouvert le 14 mars 2024 par lettre du président de la chambre")], ["14 mars 2024"],
  "The review was opened on 14 March 2024; 22 November 2024 is the date of the end-of-audit interview.")
c("Le schéma régional de santé ne prévoit la création que de deux antennes SMUR.", "contradicted", "count",
  [g(P, "3.2.2 Garantir l'accès à un service d'urgence ou à un SMUR", "Le schéma prévoit la création de trois antennes SMUR"),
   g(P, "Tableau 3.2 › Nombre d'antennes SMUR créées", "Nombre d'antennes SMUR créées")], ["3"],
  "Le schéma prévoit trois antennes (Saint-Aurèle, Ardois-le-Haut, Pontlevoy-sur-Orbe), dont deux avant fin 2025.")
c("L'arrêté FIR confie au CH de Valbrune l'équipe mobile psychiatrie précarité de Lorvel-Est, financée à hauteur de 290 000 € en 2025.", "contradicted", "body",
  [g(A, "Annexe › EPSM de la Lisière", "EPSM de la Lisière"),
   g(P, "4.2.2 Aller vers les publics éloignés du soin", "L'établissement public de santé mentale (EPSM) de la Lisière porte l'EMPP créée en 2025 sur le secteur de Lorvel-Est.")], ["290 000"],
  "Les 290 000 € de l'EMPP Lorvel-Est sont attribués à l'EPSM de la Lisière, non au CH de Valbrune.")
c("La chambre a relevé 312 missions d'intérim payées au-dessus du plafond réglementaire à Valbrune en 2023.", "contradicted", "value",
  [g(C, "4.3 Le recours à l'intérim médical", "212 missions d'intérim rémunérées au-delà de ce plafond")], ["212"],
  "Le rapport fait état de 212 missions, et non de 312.")
c("The ARS order earmarks €48,000 a year in 2025 and 2026 for France Assos Santé to support health democracy.", "supported", None,
  [g(A, "Annexe › France Assos Santé OL", "France Assos Santé OL")], ["48 000"],
  "The annex row gives 48 000 in both the 2025 and 2026 columns, under mission 5 (démocratie sanitaire).")

c("Le centre hospitalier de Valbrune a été certifié par la Haute Autorité de santé avec la mention « haute qualité des soins » en 2024.", "not_in_corpus", None, [], [],
  "Aucun document ne traite de la certification HAS de l'établissement.")
c("The ARS intends to close the Valbrune maternity unit by 2027.", "not_in_corpus", None, [], [],
  "The documents mention the maternity unit's activity but no closure plan.")
c("L'ARS Orvanne-Lisière consacre 2 M€ du FIR à la télémédecine en EHPAD en 2025.", "not_in_corpus", None, [], [],
  "Ni l'arrêté ni le schéma ne mentionnent de crédits de télémédecine en EHPAD.")
c("Le taux d'occupation des lits de médecine du CH de Valbrune atteignait 92 % en 2023.", "not_in_corpus", None, [], [],
  "Le rapport de la chambre ne donne aucun taux d'occupation des lits.")

with open(os.path.join(ROOT, "claims.jsonl"), "w", encoding="utf-8") as f:
    for i, o in enumerate(CL, 1):
        o = {"id": f"s16-ars-prs-crc-c{i:02d}", **o}
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(Q), "questions", len(CL), "claims")
