# Builds questions.jsonl and claims.jsonl for the s21-gip-esante set.
# Run with: python3 source/build_jsonl.py
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
S = "s21-gip-esante"
C = "2023-10-09-convention-constitutive-gip-e-sante-val-arvenne"
D = "2025-02-13-deliberation-ag-2025-07-budget-initial-2025"
A = "2025-05-06-courrier-arvenne-telesante-cyberattaque"


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures=(), history=()):
    Q.append({
        "kind": kind, "lang": lang, "question": question, "history": list(history),
        "answerable": kind != "unanswerable", "gold": gold, "figures": list(figures),
    })


# ------------------------------------------------------------------ figure (10)
q("figure", "fr", "À combien s'élèvent les crédits de paiement votés pour 2025 par l'AG du GIP e-Santé ?",
  [g(D, "Délibération AG-2025-07 › Article 1er", "5 407 500 € en crédits de paiement (CP)")],
  ["5 407 500 €"])
q("figure", "en", "What budget deficit does the GIP's 2025 initial budget show?",
  [g(D, "Délibération AG-2025-07 › Article 1er", "un solde budgétaire déficitaire de 261 100 €")],
  ["261 100 €"])
q("figure", "fr", "Selon le rapport de présentation, combien de téléconsultations ont été faites sur TéléArvenne en 2024 ?",
  [g(D, "Rapport de présentation (extraits)", "38 640 téléconsultations avaient été réalisées sur la plateforme au cours de l'année 2024")],
  ["38 640"])
q("figure", "en", "How long was the TéléArvenne platform completely unavailable after the April ransomware attack?",
  [g(A, "Introduction", "la plateforme est restée totalement indisponible pendant 52 heures, du lundi 14 avril à 6 h 40 au mercredi 16 avril à 10 h 40")],
  ["52"])
q("figure", "fr", "Le groupement peut-il travailler pour des non-membres ? Dans quelle limite de ses ressources ?",
  [g(C, "Article 2 – Objet et missions", "Il peut réaliser des prestations de services pour des personnes qui ne sont pas membres, dans la limite de 20 % du montant total de ses ressources annuelles.")],
  ["20 %"])
q("figure", "fr", "Jusqu'à quel montant le directeur du GIP peut-il conclure un marché sans autorisation préalable ?",
  [g(C, "Article 21 – Directeur › d)", "il conclut seul les marchés et contrats dont le montant n'excède pas 214 000 € HT")],
  ["214 000 € HT"])
q("figure", "en", "How many votes were cast in favour of admitting the physiotherapists' URPS as a new member?",
  [g(D, "Délibération AG-2025-10 › Vote", "Pour : 9 membres (92 voix)")],
  ["9", "92"])
q("figure", "fr", "Quel niveau de fonds de roulement le GIP prévoit-il au 31/12/2025 ?",
  [g(D, "Délibération AG-2025-07 › Article 2", "portant le fonds de roulement prévisionnel au 31 décembre 2025 à 1 094 600 €")],
  ["1 094 600 €"])
q("figure", "fr", "Combien de rendez-vous de téléconsultation la panne d'avril a-t-elle obligé à reporter ?",
  [g(A, "Corps de l'article", "1 870 rendez-vous de téléconsultation ont dû être reportés ou transformés en consultations présentielles")],
  ["1 870"])
q("figure", "fr", "Combien a coûté l'incident cyber d'avril au groupement, d'après ses propres estimations ?",
  [g(A, "Une facture estimée à 180 000 euros", "est estimé à 180 000 euros par le groupement")],
  ["180 000"])

# ------------------------------------------------------------------ table (8)
q("table", "fr", "Dans le tableau des dépenses par nature, quel était le budget initial 2024 de fonctionnement ?",
  [g(D, "Annexe › Tableau 1 – Dépenses par nature › Fonctionnement", "Fonctionnement")],
  ["1 460 000 €"])
q("table", "en", "Including project top-ups, how much does the Region pay the GIP in 2025?",
  [g(D, "Annexe › Tableau 4 – Contributions des membres pour 2025 › Région", "Région Val d'Arvenne")],
  ["518 000 €"])
q("table", "en", "What is the price including VAT of a cybersecurity flash audit in the 2025 price list?",
  [g(D, "Délibération AG-2025-08 › Grille tarifaire 2025", "Audit flash de cybersécurité")],
  ["4 320 € TTC"])
q("table", "fr", "Combien d'ETPT de fonctionnaires détachés sont inscrits au budget initial 2025 ?",
  [g(D, "Annexe › Tableau 5 – Emplois (en ETPT) › Fonctionnaires détachés", "Fonctionnaires détachés")],
  ["4,0"])
q("table", "fr", "Quelle enveloppe pluriannuelle 2025-2028 est prévue pour le CRCS ?",
  [g(D, "Annexe › Tableau 6 – Répartition des crédits par programme", "Centre régional de cybersécurité en santé")],
  ["2 600 000 €"])
q("table", "fr", "Dans la convention, quels sont les droits statutaires et la contribution de référence de la FEHAP ?",
  [g(C, "Article 5 – Membres et collèges › tableau des membres",
     "Fédération des établissements hospitaliers et d'aide à la personne privés solidaires Val d'Arvenne")],
  ["4 %", "20 000 €"])
q("table", "fr", "Comment ont évolué les recettes FEDER entre le BI 2024 et le BI 2025 ?",
  [g(D, "Annexe › Tableau 3 – Recettes par origine", "Fonds européens (FEDER)")],
  ["380 000 €", "620 000 €", "+63,2 %"])
q("table", "fr", "Qui a signé la convention constitutive initiale au nom du CHU de Pontmarais ?",
  [g(C, "Annexe 1 – Liste des membres fondateurs", "CHU de Pontmarais")],
  [])

# ------------------------------------------------------------------ clause (8)
q("clause", "fr", "Que se passe-t-il si le quorum n'est pas atteint lors d'une assemblée générale du GIP ?",
  [g(C, "Article 18 – Réunions et délibérations de l'assemblée générale",
     "Si ce quorum n'est pas atteint, l'assemblée générale est à nouveau convoquée dans un délai de quinze jours ; elle délibère alors valablement quelle que soit la part des droits statutaires détenue par les membres présents ou représentés.")])
q("clause", "en", "Who appoints the director of the e-health GIP, and for what term?",
  [g(C, "Article 21 – Directeur",
     "Le directeur est nommé par le conseil d'administration, sur proposition du président, pour une durée de quatre ans renouvelable.")])
q("clause", "fr", "Les membres du groupement sont-ils solidaires de ses dettes à l'égard des tiers ?",
  [g(C, "Article 10 – Responsabilité des membres",
     "À l'égard des tiers, les membres ne sont pas solidaires ; ils sont responsables des dettes du groupement à proportion de leurs droits statutaires.")])
q("clause", "fr", "La directrice peut-elle déplacer des crédits entre enveloppes en cours d'année sans budget rectificatif ?",
  [g(D, "Délibération AG-2025-07 › Article 5",
     "La directrice est autorisée à procéder, en cours d'exercice, à des virements de crédits entre les enveloppes de fonctionnement et d'investissement dans la limite de 5 % des crédits de l'enveloppe d'origine.")],
  ["5 %"])
q("clause", "en", "Why did the doctors' union (URPS) abstain on the 2025 budget?",
  [g(D, "Délibération AG-2025-07 › Vote",
     "Le Dr Julien Ferrand a motivé l'abstention de l'URPS médecins libéraux par l'insuffisance des crédits consacrés à l'équipement des cabinets libéraux en matériel de téléconsultation.")])
q("clause", "fr", "Si le GIP est dissous, qu'advient-il des locaux ou équipements qu'un membre lui avait prêtés ?",
  [g(C, "Article 27 – Dévolution des biens",
     "En cas de dissolution, de retrait ou d'exclusion, ils lui sont restitués dans l'état où ils se trouvent.")])
q("clause", "fr", "Pourquoi le RSSI du GIP a-t-il fait couper toutes les connexions dès le matin de l'attaque ?",
  [g(A, "Citation de Thomas Quéméner",
     "Nous avons pris la décision de couper nous-mêmes toutes les connexions dès les premières alertes, à 6 h 40, pour éviter toute propagation vers les établissements raccordés")])
q("clause", "fr", "De quel pouvoir dispose le commissaire du Gouvernement sur les décisions du groupement ?",
  [g(C, "Article 23 – Commissaire du Gouvernement",
     "Il dispose d'un droit de veto, exercé dans un délai de quinze jours suivant la séance ou la réception du procès-verbal, à l'encontre des décisions qui mettent en jeu l'existence ou le bon fonctionnement du groupement.")])

# ------------------------------------------------------------------ list (6)
q("list", "fr", "Quelles sont les missions confiées au GIP e-Santé Val d'Arvenne par sa convention ?", [
    g(C, "Article 2 › a)", "assurer la maîtrise d'ouvrage régionale des services numériques d'appui à la coordination des parcours de santé (« e-parcours »)"),
    g(C, "Article 2 › b)", "concevoir, déployer et exploiter la plateforme régionale de télésanté, couvrant la téléconsultation, la téléexpertise et la télésurveillance"),
    g(C, "Article 2 › c)", "accompagner les acteurs régionaux dans le déploiement et l'usage des services socles nationaux, notamment Mon espace santé, le dossier médical partagé, la messagerie sécurisée de santé et la e-prescription"),
    g(C, "Article 2 › d)", "animer un centre régional de cybersécurité en santé (CRCS), chargé de la veille, de l'alerte, de la sensibilisation et de l'appui aux structures de santé confrontées à un incident de sécurité"),
    g(C, "Article 2 › e)", "contribuer à l'urbanisation des systèmes d'information de santé de la région et à l'interopérabilité des logiciels utilisés par ses acteurs"),
    g(C, "Article 2 › f)", "conduire des actions de formation, d'information et d'animation des usages du numérique en santé"),
])
q("list", "en", "Which general assembly decisions need a two-thirds majority rather than a simple majority?", [
    g(C, "Article 18 › a)", "modification de la convention constitutive, y compris la modification de la répartition des droits statutaires"),
    g(C, "Article 18 › b)", "admission et exclusion d'un membre"),
    g(C, "Article 18 › c)", "prorogation et dissolution anticipée du groupement"),
    g(C, "Article 18 › d)", "révision des contributions annuelles de référence au-delà de 3 %"),
    g(C, "Article 18 › e)", "transfert du siège en dehors de l'agglomération de Vauclairs"),
], ["3 %"])
q("list", "fr", "D'après la convention consolidée, quels membres ont rejoint le groupement par avenant après la signature initiale ?", [
    g(C, "Annexe 1", "l'URPS infirmiers, par l'avenant n° 1 approuvé le 2 mars 2020"),
    g(C, "Annexe 1", "la Fédération de l'hospitalisation privée Val d'Arvenne, par l'avenant n° 2 approuvé le 9 octobre 2023"),
])
q("list", "fr", "Dans quels territoires de coordination le e-parcours doit-il arriver en 2025 ?", [
    g(D, "Délibération AG-2025-06 › Programme de travail 2025", "Haut-Arvenne"),
    g(D, "Délibération AG-2025-06 › Programme de travail 2025", "Val de Sorgues"),
    g(D, "Délibération AG-2025-06 › Programme de travail 2025", "Plaine de Pontmarais"),
    g(D, "Délibération AG-2025-06 › Programme de travail 2025", "Causses du Levant"),
])
q("list", "fr", "Quels membres n'ont pas voté pour la grille tarifaire 2025, et comment ont-ils voté ?", [
    g(D, "Délibération AG-2025-08 › Vote", "Contre : 2 membres (7 voix), la FEHAP et la FHP."),
    g(D, "Délibération AG-2025-08 › Vote", "Abstention : 1 membre (5 voix), la FHF."),
])
q("list", "fr", "Qui siégeait avec voix consultative à l'AG du 13 février 2025 ?", [
    g(D, "Assistaient avec voix consultative", "M. Bernard Lavaudieu, commissaire du Gouvernement"),
    g(D, "Assistaient avec voix consultative", "Mme Nadia Benkhaled, contrôleuse budgétaire régionale"),
    g(D, "Assistaient avec voix consultative", "M. Patrick Oudin, agent comptable"),
    g(D, "Assistaient avec voix consultative", "Mme Claire Vernadet, directrice du groupement"),
])

# ------------------------------------------------------------------ followup (6)
q("followup", "fr", "Et en autorisations d'engagement ?",
  [g(D, "Délibération AG-2025-07 › Article 1er", "5 780 500 € en autorisations d'engagement (AE)")],
  ["5 780 500 €"],
  history=["À combien s'élèvent les crédits de paiement votés pour 2025 par l'AG du GIP e-Santé ?"])
q("followup", "fr", "Et l'abonnement annuel d'un établissement médico-social, en TTC ?",
  [g(D, "Délibération AG-2025-08 › Grille tarifaire 2025", "Abonnement annuel – établissement médico-social")],
  ["1 800 € TTC"],
  history=["Combien coûte hors taxes le raccordement d'un établissement à TéléArvenne ?"])
q("followup", "en", "And in the 2024 initial budget?",
  [g(D, "Annexe › Tableau 5 – Emplois (en ETPT) › Total sous plafond", "Total sous plafond d'emplois")],
  ["33,0"],
  history=["How many full-time equivalents (ETPT) does the GIP's 2025 budget allow under its staffing ceiling?"])
q("followup", "fr", "Et à la création du groupement en 2018 ?",
  [g(C, "Annexe 1 › répartition initiale des droits", "ARS 30 %")],
  ["30 %"],
  history=["Quelle part des droits statutaires l'ARS détient-elle aujourd'hui dans le GIP ?"])
q("followup", "fr", "Et pour le programme de travail 2025, combien de voix pour ?",
  [g(D, "Délibération AG-2025-06 › Vote", "Pour : 9 membres (94 voix)")],
  ["9", "94"],
  history=["Combien de membres ont voté pour le budget initial 2025 ?"])
q("followup", "en", "And what does that add up to for the April outage?",
  [g(A, "Une facture estimée à 180 000 euros", "soit 72 000 euros pour les 48 heures excédentaires")],
  ["72 000"],
  history=["What penalty per hour of downtime does the TéléArvenne hosting contract provide for?"])

# ------------------------------------------------------------------ cross (4)
q("cross", "fr", "La contribution statutaire 2025 de la DCGDR est-elle conforme à la contribution de référence fixée par la convention ?", [
    g(C, "Article 5 › tableau des membres", "Direction de la coordination de la gestion du risque de l'assurance maladie Val d'Arvenne"),
    g(D, "Annexe › Tableau 4 – Contributions des membres pour 2025", "DCGDR"),
], ["184 000 €"])
q("cross", "en", "Why did the TéléArvenne platform contract have to be authorised by the general assembly rather than the board?", [
    g(C, "Article 17 › i)", "l'autorisation donnée au directeur de conclure les marchés et contrats dont le montant excède 1 000 000 € HT"),
    g(D, "Délibération AG-2025-09", "Le marché est conclu pour un montant de 2 950 000 € HT, soit 3 540 000 € TTC"),
], ["1 000 000 € HT", "2 950 000 € HT"])
q("cross", "fr", "Le budget 2025 a-t-il été adopté dans le délai prévu par la convention constitutive ?", [
    g(C, "Article 14 – Régime budgétaire et comptable", "au plus tard le 28 février de l'exercice auquel il se rapporte"),
    g(D, "En-tête de la délibération", "Séance du jeudi 13 février 2025"),
], ["28 février", "13 février 2025"])
q("cross", "fr", "Combien d'établissements ont été raccordés à TéléArvenne entre le 31 décembre 2024 et fin avril 2025 ?", [
    g(D, "Rapport de présentation (extraits)", "Au 31 décembre 2024, 131 établissements étaient connectés à TéléArvenne"),
    g(A, "148 établissements connectés", "Fin avril, 148 établissements"),
], ["131", "148"])

# ------------------------------------------------------------------ unanswerable (8)
for lang, text in [
    ("fr", "Quel était le montant du budget initial 2023 du GIP e-Santé Val d'Arvenne ?"),
    ("fr", "Que prévoit l'article 32 de la convention constitutive du groupement ?"),
    ("en", "How much does the Haut-Arvenne departmental council contribute to the GIP each year?"),
    ("fr", "Quel âge a Claire Vernadet, la directrice du GIP ?"),
    ("en", "Which political party does Sophie Aubrac-Delmas belong to?"),
    ("fr", "Quel montant de rançon les pirates ont-ils exigé lors de l'attaque d'avril 2025 ?"),
    ("fr", "Combien de téléexpertises ont été réalisées sur TéléArvenne en 2024 ?"),
    ("fr", "Quel a été le résultat du vote sur le compte financier 2024 lors de l'AG du 26 juin 2025 ?"),
]:
    q("unanswerable", lang, text, [])

# ------------------------------------------------------------------ claims
K = []


def k(lang, claim, verdict, error, gold, figures, note):
    K.append({"claim": claim, "verdict": verdict, "error": error, "gold": gold,
              "figures": list(figures), "note": note, "_lang": lang})


# supported (8)
k("fr", "Le GIP e-Santé Val d'Arvenne a voté pour 2025 un budget de 5 407 500 € en crédits de paiement, en hausse de 22,6 % sur 2024.",
  "supported", None,
  [g(D, "Annexe › Tableau 1 – Dépenses par nature › Total", "Total des dépenses")],
  ["5 407 500 €", "+22,6 %"], "Le tableau 1 donne 5 407 500 € pour 2025 et une évolution de +22,6 %.")
k("fr", "Le marché de la plateforme TéléArvenne a été conclu pour 2 950 000 € HT sur une durée de 48 mois.",
  "supported", None,
  [g(D, "Délibération AG-2025-09", "Le marché est conclu pour un montant de 2 950 000 € HT, soit 3 540 000 € TTC"),
   g(D, "Délibération AG-2025-09", "48 mois à compter du 1er avril 2025.")],
  ["2 950 000 € HT", "48 mois"], "La délibération AG-2025-09 fixe ce montant HT et cette durée.")
k("en", "The regional telehealth platform was completely down for 52 hours following the April ransomware attack.",
  "supported", None,
  [g(A, "Introduction", "la plateforme est restée totalement indisponible pendant 52 heures")],
  ["52 heures"], "The article states a 52-hour total outage from 14 to 16 April.")
k("fr", "La Région versera 518 000 € au GIP en 2025, dont une contribution complémentaire de 150 000 €.",
  "supported", None,
  [g(D, "Annexe › Tableau 4 › Région", "Région Val d'Arvenne")],
  ["518 000 €", "150 000 €"], "Le tableau 4 donne 368 000 € de contribution statutaire et 150 000 € de complémentaire, soit 518 000 €.")
k("fr", "Le budget initial 2025 a été adopté par 89 voix pour, aucune contre et deux abstentions.",
  "supported", None,
  [g(D, "Délibération AG-2025-07 › Vote", "Pour : 8 membres (89 voix). Contre : 0. Abstentions : 2 membres (8 voix)")],
  ["89"], "Le vote de la délibération AG-2025-07 correspond exactement.")
k("en", "The GIP's founding agreement was signed on 22 March 2018.",
  "supported", None,
  [g(C, "En-tête – version consolidée", "la convention initiale, signée le 22 mars 2018")],
  ["22 mars 2018"], "The consolidated convention gives 22 March 2018 as the signature date of the initial convention.")
k("fr", "Le GIP vise 220 établissements connectés à sa plateforme de télésanté d'ici fin 2026.",
  "supported", None,
  [g(D, "Délibération AG-2025-07 › Considérants", "Considérant que le programme de travail 2025 prévoit l'extension de la plateforme régionale de télésanté TéléArvenne à 220 établissements connectés d'ici la fin de l'année 2026 ;")],
  ["220"], "Le considérant de la délibération fixe cet objectif de 220 établissements fin 2026.")
k("fr", "Selon la convention du GIP, 60 % de la contribution annuelle des membres doit être versée avant le 31 mars.",
  "supported", None,
  [g(C, "Article 12 – Contributions des membres", "La contribution financière annuelle est versée en deux fois : 60 % avant le 31 mars de l'exercice et le solde avant le 30 septembre.")],
  ["60 %", "31 mars"], "L'article 12 prévoit un premier versement de 60 % avant le 31 mars.")

# contradicted (9)
k("fr", "Les hôpitaux et cliniques paient au GIP un abonnement annuel de 4 200 € TTC pour accéder à TéléArvenne.",
  "contradicted", "ht_ttc",
  [g(D, "Délibération AG-2025-08 › Grille tarifaire 2025", "Abonnement annuel – établissement sanitaire")],
  ["4 200 € HT", "5 040 € TTC"], "4 200 € est le tarif HT ; le tarif TTC est de 5 040 €.")
k("fr", "Le GIP consacre 5,9 millions d'euros à la plateforme TéléArvenne dans son budget 2025.",
  "contradicted", "envelope",
  [g(D, "Annexe › Tableau 6 – Répartition des crédits par programme", "Télésanté – plateforme TéléArvenne")],
  ["1 620 000 €", "5 900 000 €"], "5 900 000 € est l'enveloppe pluriannuelle 2025-2028 ; le budget 2025 du programme est de 1 620 000 €.")
k("fr", "En 2025, le GIP prévoit de tirer 345 000 € de la vente de prestations de services.",
  "contradicted", "year",
  [g(D, "Annexe › Tableau 3 – Recettes par origine", "Prestations de services vendues")],
  ["345 000 €", "410 000 €"], "345 000 € est le montant du budget initial 2024 ; la prévision 2025 est de 410 000 €.")
k("en", "The 2025 service price list was approved unanimously by the GIP's general assembly.",
  "contradicted", "vote_row",
  [g(D, "Délibération AG-2025-08 › Vote", "Vote : Pour : 7 membres (85 voix). Contre : 2 membres (7 voix), la FEHAP et la FHP.")],
  ["85", "7"], "The price list (AG-2025-08) had 2 votes against and 1 abstention; unanimity was recorded for other deliberations such as AG-2025-09.")
k("fr", "L'article 8 de la convention permet d'exclure un membre qui n'a pas versé sa contribution pendant deux exercices consécutifs.",
  "contradicted", "measure",
  [g(C, "Article 9 – Exclusion › b)", "défaut de versement de la contribution annuelle pendant deux exercices consécutifs")],
  [], "Ce cas d'exclusion figure à l'article 9 ; l'article 8 traite du retrait volontaire.")
k("fr", "La Région détient 25 % des droits statutaires du GIP e-Santé Val d'Arvenne.",
  "contradicted", "body",
  [g(C, "Article 5 › tableau des membres", "Région Val d'Arvenne")],
  ["20 %"], "La Région détient 20 % ; c'est l'ARS qui détient 25 % des droits statutaires.")
k("en", "All eleven members of the GIP attended the general assembly that adopted the 2025 budget.",
  "contradicted", "count",
  [g(D, "Liste des présents", "Membres présents (9)")],
  ["9"], "Only 9 members were present, one (FHP) was represented by proxy and the URPS infirmiers was absent.")
k("fr", "Le nouveau marché de la plateforme TéléArvenne a pris effet le 1er mars 2025.",
  "contradicted", "date",
  [g(D, "Délibération AG-2025-09", "48 mois à compter du 1er avril 2025.")],
  ["1er avril 2025"], "Le marché court à compter du 1er avril 2025 ; le 1er mars 2025 est la date d'effet des tarifs.")
k("fr", "Le centre régional de cybersécurité en santé a recensé 49 incidents de sécurité dans les établissements de la région en 2024.",
  "contradicted", "value",
  [g(A, "Le CRCS en première ligne", "a recensé 37 incidents de sécurité signalés par des établissements de la région en 2024")],
  ["37"], "L'article fait état de 37 incidents signalés en 2024, dont 9 rançongiciels.")

# not in corpus (4)
k("fr", "Le GIP e-Santé Val d'Arvenne a versé une rançon de 250 000 euros aux auteurs de la cyberattaque d'avril.",
  "not_in_corpus", None, [], [], "Aucun document ne mentionne de rançon ni de paiement.")
k("en", "The GIP plans to open a second data centre in Pontmarais by 2026.",
  "not_in_corpus", None, [], [], "No document mentions a data centre project.")
k("fr", "La CNIL a infligé une amende au GIP à la suite de l'incident d'avril 2025.",
  "not_in_corpus", None, [], [], "L'article mentionne seulement la notification à la CNIL, pas de sanction.")
k("fr", "Plus de 1 200 médecins libéraux de la région utilisent la messagerie sécurisée de santé grâce au GIP.",
  "not_in_corpus", None, [], [], "Aucun document ne chiffre les utilisateurs de la messagerie sécurisée.")

with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
    for i, x in enumerate(Q, 1):
        x = {"id": f"{S}-q{i:02d}", **x}
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
with open(ROOT / "claims.jsonl", "w", encoding="utf-8") as f:
    for i, x in enumerate(K, 1):
        x = {"id": f"{S}-c{i:02d}", **{kk: v for kk, v in x.items() if kk != "_lang"}}
        f.write(json.dumps(x, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), Counter(x["lang"] for x in Q))
print(len(K), Counter(x["verdict"] for x in K), Counter(x["error"] for x in K), Counter(x["_lang"] for x in K))
