"""Writes questions.jsonl and claims.jsonl for s1-deliberations-agglo."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
S = "s1-deliberations-agglo"
A = "2025-03-27-deliberation-conseil-communautaire-cavo-orbimed"
B = "2024-06-12-deliberation-bureau-cavo-subvention-orbimed-2024"
C = "convention-financiere-orbimed-2024-annexe"


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures, history=None):
    Q.append({"kind": kind, "lang": lang, "question": question, "history": history or [],
              "answerable": kind != "unanswerable", "gold": gold, "figures": figures})


# ---------------- figure
q("figure", "fr", "Combien la CAVO verse-t-elle à Orbimed pour l'année 2025 au titre de la convention pluriannuelle ?",
  [g(A, "Annexe › Convention › Article 4", "une participation financière d'un montant de 198 000 € au titre de l'exercice 2025")],
  ["198 000 €"])
q("figure", "fr", "À quelle date l'association doit-elle rembourser la première annuité de l'avance pour le Plateau InnOrb ?",
  [g(A, "Annexe › Convention › Article 6", "La première annuité est exigible le 30 juin 2027 et la dernière le 30 juin 2031.")],
  ["30 juin 2027"])
q("figure", "en", "What operating grant did the agglomeration's bureau award the Orbimed association for 2024?",
  [g(B, "Délibération B-2024-072 › Art. 1er", "une subvention de fonctionnement d'un montant de 92 500 € (quatre-vingt-douze mille cinq cents euros) au titre de l'année 2024")],
  ["92 500 €"])
q("figure", "fr", "Orbimed comptait combien de membres fin 2024 ?",
  [g(A, "Délibération DEL_2025_038 › Exposé des motifs", "Au 31 décembre 2024, elle réunissait 118 adhérents")],
  ["118"])
q("figure", "en", "According to the latest edition of the local economic observatory, how many employees work in the medical devices sector in Val d'Orbière?",
  [g(A, "Délibération DEL_2025_038 › Exposé des motifs", "le territoire compte 142 établissements relevant de la filière des dispositifs médicaux, qui emploient 3 850 salariés")],
  ["3 850"])
q("figure", "fr", "Quel montant le Bureau avait-il accordé à Orbimed pour son fonctionnement en 2023 ?",
  [g(B, "Exposé", "le Bureau communautaire avait attribué à l'association une subvention de fonctionnement de 80 000 € au titre de l'année 2023")],
  ["80 000 €"])
q("figure", "fr", "Quelle surface fera le futur Plateau InnOrb de l'incubateur ?",
  [g(A, "Délibération DEL_2025_038 › 3. L'avance remboursable", "un espace de 450 m² comprenant deux laboratoires de classe ISO 7")],
  ["450 m²"])
q("figure", "en", "What is the estimated cost, excluding VAT, of the fit-out works for the Plateau InnOrb?",
  [g(A, "Délibération DEL_2025_038 › 3. L'avance remboursable", "Le coût des travaux d'aménagement est estimé à 300 000 € HT, soit 360 000 € TTC.")],
  ["300 000 € HT"])
q("figure", "fr", "Si Orbimed ne respecte pas ses engagements, au bout de quel préavis la CAVO peut-elle résilier la convention de partenariat 2025-2026 ?",
  [g(A, "Annexe › Convention › Article 9", "à l'expiration d'un préavis de trois mois resté sans effet")],
  ["trois mois"])
q("figure", "fr", "Combien coûte, toutes taxes comprises, le banc de tests de fatigue mécanique acheté par l'association ?",
  [g(B, "Exposé › 2. Subvention d'équipement", "Le coût de cet équipement est de 70 000 € HT, soit 84 000 € TTC")],
  ["84 000 € TTC"])
q("figure", "fr", "De quel pourcentage la subvention de fonctionnement 2024 progresse-t-elle par rapport à celle de l'année précédente ?",
  [g(B, "Exposé › 1. Subvention de fonctionnement", "en progression de 15,6 % par rapport à 2023")],
  ["15,6 %"])

# ---------------- table
q("table", "fr", "Dans le plan de financement 2025-2026, quel est le coût TTC de la plateforme d'essais précliniques pour 2025 ?",
  [g(A, "Tableau 2 – Plan de financement prévisionnel : dépenses › Plateforme mutualisée d'essais précliniques", "Plateforme mutualisée d'essais précliniques")],
  ["294 000 €"])
q("table", "en", "In the resources table of the 2025-2026 financing plan, how much does the ERDF (FEDER) put in for 2026?",
  [g(A, "Tableau 3 – Plan de financement prévisionnel : ressources › FEDER", "Fonds européen de développement régional (FEDER)")],
  ["112 000 €"])
q("table", "fr", "Détail du vote du conseil sur l'avance remboursable à InnOrb Santé : pour, contre, abstentions ?",
  [g(A, "Tableau 4 – Résultats des votes › Point 2", "Point 2 – Avance remboursable à l'incubateur InnOrb Santé")],
  ["45", "5", "3"])
q("table", "en", "What is the 2026 target for the number of projects incubated by InnOrb Santé?",
  [g(A, "Annexe › Convention › Article 7 › Tableau 5 – Indicateurs de suivi", "Projets incubés par InnOrb Santé")],
  ["12"])
q("table", "fr", "Combien représente le deuxième acompte de la subvention de fonctionnement 2024 et qu'est-ce qui le déclenche ?",
  [g(C, "ARTICLE 5 – Modalités de versement › Échéancier › Second acompte", "Second acompte")],
  ["27 750 €"])
q("table", "fr", "Dans le budget prévisionnel 2024 d'Orbimed présenté au Bureau, quel poids ont les cotisations des adhérents ?",
  [g(B, "Exposé › 1. Subvention de fonctionnement › Budget prévisionnel 2024", "Cotisations des adhérents")],
  ["88 000 €", "16,1 %"])
q("table", "en", "How many councillors voted against the 2025-2026 partnership agreement with Orbimed?",
  [g(A, "Tableau 4 – Résultats des votes › Point 1", "Point 1 – Convention de partenariat 2025-2026 et participation financière")],
  ["3"])
q("table", "fr", "Combien de conseillers communautaires étaient physiquement présents à la séance du 27 mars 2025 ?",
  [g(A, "Tableau 1 – Quorum et présences › Présents", "Présents")],
  ["47"])

# ---------------- clause
q("clause", "fr", "Que devient l'avance si Orbimed arrête l'activité d'incubation ?",
  [g(A, "Annexe › Convention › Article 6", "En cas de dissolution de l'Association, de cessation de l'activité d'incubation ou de changement d'affectation du Plateau InnOrb, le capital restant dû devient immédiatement exigible.")],
  [])
q("clause", "en", "How often does the steering committee of the Orbimed partnership have to meet?",
  [g(A, "Annexe › Convention › Article 7", "Un comité de pilotage se réunit au moins deux fois par an.")],
  [])
q("clause", "fr", "À quelles conditions est versé le solde de la participation 2025 ?",
  [g(A, "Annexe › Convention › Article 5", "puis le solde de 40 %, soit 79 200 €, sur production du rapport d'activité et du compte rendu financier 2025, au plus tard le 30 juin 2026")],
  ["79 200 €", "30 juin 2026"])
q("clause", "fr", "Si l'association revend le banc de tests avant cinq ans, comment est calculé ce qu'elle doit rembourser ?",
  [g(C, "ARTICLE 7 – Reversement des subventions › 3°", "Dans ce cas, le reversement est calculé au prorata de la durée restant à courir.")],
  [])
q("clause", "en", "Under the 2024 financial agreement, which accounting rules must Orbimed follow?",
  [g(C, "ARTICLE 4 – Obligations de l'association › 1° a)", "tenir une comptabilité conforme au règlement n° 2018-06 de l'Autorité des normes comptables (ANC) relatif aux comptes annuels des personnes morales de droit privé à but non lucratif")],
  [])
q("clause", "fr", "Pourquoi Sophie Rabier n'a-t-elle pas participé au vote du Bureau de juin 2024 ?",
  [g(B, "Délibération B-2024-072 › Présences", "Mme Sophie Rabier, administratrice de l'association Orbimed, ayant quitté la salle, n'a pris part ni au débat ni au vote.")],
  [])
q("clause", "fr", "Quel avantage tarifaire la plateforme d'essais précliniques doit-elle consentir aux adhérents du cluster ?",
  [g(A, "Annexe › Convention › Article 3", "à ouvrir la plateforme d'essais précliniques aux entreprises adhérentes à un tarif préférentiel, inférieur d'au moins 25 % au tarif public")],
  ["25 %"])
q("clause", "fr", "En cas de différend sur la convention financière 2024, quel tribunal est compétent et après quel délai sans accord amiable ?",
  [g(C, "ARTICLE 10 – Règlement des litiges", "À défaut d'accord dans un délai de deux mois, le litige est porté devant le Tribunal administratif de Lorvignac.")],
  ["deux mois"])

# ---------------- list
q("list", "fr", "Quels sont les volets du programme d'actions 2025-2026 du cluster ?",
  [g(A, "Délibération DEL_2025_038 › 1. Le programme d'actions 2025-2026", "l'animation du cluster et l'ingénierie de projets collaboratifs entre entreprises, établissements de santé et laboratoires"),
   g(A, "Délibération DEL_2025_038 › 1. Le programme d'actions 2025-2026", "l'équipement d'une plateforme mutualisée d'essais précliniques, ouverte aux entreprises adhérentes"),
   g(A, "Délibération DEL_2025_038 › 1. Le programme d'actions 2025-2026", "le programme d'incubation InnOrb Santé, avec deux appels à candidatures par an"),
   g(A, "Délibération DEL_2025_038 › 1. Le programme d'actions 2025-2026", "l'accompagnement réglementaire des entreprises, notamment pour le marquage CE au titre du règlement (UE) 2017/745 relatif aux dispositifs médicaux (MDR)"),
   g(A, "Délibération DEL_2025_038 › 1. Le programme d'actions 2025-2026", "l'organisation des rencontres annuelles « Orbimed Days » et la participation à des salons professionnels")],
  [])
q("list", "en", "Who sits on the steering committee set up by the 2025-2026 partnership agreement?",
  [g(A, "Annexe › Convention › Article 7", "deux représentants de la Communauté, dont la Vice-présidente déléguée au développement économique"),
   g(A, "Annexe › Convention › Article 7", "du président et de la directrice de l'Association"),
   g(A, "Annexe › Convention › Article 7", "d'un représentant de la Région"),
   g(A, "Annexe › Convention › Article 7", "d'un représentant du Centre hospitalier intercommunal du Val d'Orbière (CHIVO)")],
  [])
q("list", "fr", "Quelles obligations Orbimed doit-elle respecter pour le banc de tests financé en 2024 ?",
  [g(C, "ARTICLE 4 › 3° a)", "acquérir l'équipement avant le 31 décembre 2024 et l'installer dans la pépinière d'entreprises Newton"),
   g(C, "ARTICLE 4 › 3° b)", "conserver l'équipement et le maintenir en état de fonctionnement pendant une durée minimale de cinq ans à compter de sa mise en service"),
   g(C, "ARTICLE 4 › 3° c)", "réserver aux entreprises adhérentes au moins 20 % du temps d'utilisation annuel du banc, à un tarif inférieur d'au moins 30 % au tarif public"),
   g(C, "ARTICLE 4 › 3° d)", "ne pas céder l'équipement sans l'accord préalable et écrit de la Communauté")],
  [])
q("list", "fr", "Quels élus se sont tenus à l'écart des votes sur Orbimed au conseil du 27 mars 2025 ?",
  [g(A, "Délibération DEL_2025_038 › Décision", "Mme Sophie Rabier et M. Thierry Valade, membres du conseil d'administration de l'association Orbimed, n'ont pris part ni aux débats ni aux votes."),
   g(A, "Délibération DEL_2025_038 › Décision", "M. Gérald Moutier, président du comité de sélection de l'incubateur InnOrb Santé, n'a pas pris part au vote du point 2.")],
  [])
q("list", "fr", "Qui finance le programme 2025-2026 d'Orbimed, d'après le tableau des ressources ?",
  [g(A, "Tableau 3 – Ressources", "Communauté d'agglomération du Val d'Orbière"),
   g(A, "Tableau 3 – Ressources", "Région (Conseil régional)"),
   g(A, "Tableau 3 – Ressources", "Fonds européen de développement régional (FEDER)"),
   g(A, "Tableau 3 – Ressources", "Cotisations des adhérents"),
   g(A, "Tableau 3 – Ressources", "Autofinancement et prestations")],
  [])

# ---------------- followup
q("followup", "fr", "Et pour 2026 ?",
  [g(A, "Annexe › Convention › Article 4", "de 180 000 € au titre de l'exercice 2026")],
  ["180 000 €"], history=["Quel est le montant de la participation de la CAVO à Orbimed pour 2025 ?"])
q("followup", "en", "And in 2026?",
  [g(A, "Tableau 2 – Plan de financement prévisionnel : dépenses › Accompagnement réglementaire", "Accompagnement réglementaire (marquage CE)")],
  ["84 000 €"], history=["What was the cost including VAT of the regulatory support strand of the Orbimed programme in 2025?"])
q("followup", "fr", "Et quel objectif vise-t-on pour 2026 ?",
  [g(A, "Annexe › Convention › Article 7 › Tableau 5 – Indicateurs de suivi", "Participants aux Orbimed Days")],
  ["750"], history=["Combien de personnes ont participé aux Orbimed Days en 2024 ?"])
q("followup", "fr", "Et le solde, il est versé quand et pour combien ?",
  [g(C, "ARTICLE 5 – Modalités de versement › Échéancier › Solde", "Solde")],
  ["9 250 €", "Mai 2025"],
  history=["Quel est le montant du premier acompte de la subvention de fonctionnement 2024 d'Orbimed ?", "Et le second ?"])
q("followup", "fr", "Ça représente quelle part du coût de l'équipement ?",
  [g(B, "Exposé › 2. Subvention d'équipement", "Il est proposé d'attribuer une subvention d'équipement de 35 000 €, représentant 50 % du coût HT de l'équipement.")],
  ["50 %"], history=["Quel est le montant de la subvention d'équipement accordée à Orbimed en 2024 ?"])

# ---------------- cross
q("cross", "fr", "Entre la subvention de fonctionnement 2024 et la participation 2025, comment a évolué le soutien annuel de la CAVO à Orbimed ?",
  [g(B, "Délibération B-2024-072 › Art. 1er", "une subvention de fonctionnement d'un montant de 92 500 € (quatre-vingt-douze mille cinq cents euros) au titre de l'année 2024"),
   g(A, "Annexe › Convention › Article 4", "une participation financière d'un montant de 198 000 € au titre de l'exercice 2025")],
  ["92 500 €", "198 000 €"])
q("cross", "en", "Did Orbimed's membership grow between the end of 2023 and the end of 2024?",
  [g(B, "Exposé › Bilan 2023", "104 adhérents au 31 décembre 2023, contre 96 un an plus tôt"),
   g(A, "Délibération DEL_2025_038 › Exposé des motifs", "Au 31 décembre 2024, elle réunissait 118 adhérents")],
  ["104", "118"])
q("cross", "fr", "Le délai de résiliation est-il le même dans la convention financière 2024 et dans la convention de partenariat 2025-2026 ?",
  [g(C, "ARTICLE 9 – Avenant et résiliation", "à l'expiration d'un délai de deux mois suivant l'envoi d'une lettre recommandée avec accusé de réception valant mise en demeure restée sans effet"),
   g(A, "Annexe › Convention › Article 9", "à l'expiration d'un préavis de trois mois resté sans effet")],
  ["deux mois", "trois mois"])
q("cross", "fr", "Combien d'entreprises le cluster a-t-il accompagnées individuellement en 2023, et combien en 2024 ?",
  [g(B, "Exposé › Bilan 2023", "27 entreprises accompagnées individuellement, dont 11 dans le cadre d'un projet de marquage CE"),
   g(A, "Annexe › Convention › Article 7 › Tableau 5 – Indicateurs de suivi", "Entreprises accompagnées individuellement")],
  ["27", "31"])

# ---------------- unanswerable
q("unanswerable", "fr", "Quelle participation la CAVO a-t-elle prévue pour Orbimed au titre de l'exercice 2027 ?", [], [])
q("unanswerable", "fr", "Que prévoit l'article 11 de la convention financière 2024 avec Orbimed ?", [], [])
q("unanswerable", "en", "How much does the regional health agency (ARS) contribute to Orbimed's 2025-2026 programme?", [], [])
q("unanswerable", "fr", "Quel âge a le président de l'agglomération, Bernard Loiseleur ?", [], [])
q("unanswerable", "en", "Which political party does vice-president Hélène Castagnet belong to?", [], [])
q("unanswerable", "fr", "Combien est payée Laure Bessac, la directrice d'Orbimed ?", [], [])
q("unanswerable", "fr", "Combien d'entreprises sont nées de l'incubateur InnOrb Santé au cours de l'année 2024 ?", [], [])
q("unanswerable", "en", "How much did the micro-CT imaging system for the preclinical platform cost?", [], [])
q("unanswerable", "fr", "Que décide l'Art. 6 de la délibération du Bureau du 12 juin 2024 ?", [], [])

# ---------------- claims
K = []


def c(claim, verdict, error, gold, figures, note):
    K.append({"claim": claim, "verdict": verdict, "error": error, "gold": gold, "figures": figures, "note": note})


c("La CAVO a accordé à Orbimed une avance remboursable de 120 000 €, sans intérêt, pour l'aménagement des locaux de son incubateur.",
  "supported", None,
  [g(A, "Annexe › Convention › Article 6", "une avance remboursable d'un montant de 120 000 €, sans intérêt, destinée exclusivement au financement des travaux d'aménagement du Plateau InnOrb")],
  ["120 000 €"], "Article 6 of the 2025-2026 convention grants an interest-free repayable advance of 120 000 € for the Plateau InnOrb works.")
c("The Val d'Orbière agglomeration will give the Orbimed medical devices cluster a total of €378,000 over 2025 and 2026.",
  "supported", None,
  [g(A, "Annexe › Convention › Article 4", "soit un montant total de 378 000 € sur la durée de la convention")],
  ["378 000 €"], "Article 4 sets 198 000 € for 2025 and 180 000 € for 2026, i.e. 378 000 € in total.")
c("Le programme d'actions 2025-2026 du cluster Orbimed est chiffré à 1 260 000 € HT sur deux ans.",
  "supported", None,
  [g(A, "Délibération DEL_2025_038 › 1. Le programme d'actions", "Le coût total du programme s'élève ainsi à 1 260 000 € HT sur les deux exercices")],
  ["1 260 000 € HT"], "The deliberation states a total programme cost of 1 260 000 € HT over the two years.")
c("En juin 2024, le Bureau communautaire a voté les subventions à Orbimed par 13 voix pour, aucune contre et une abstention.",
  "supported", None,
  [g(B, "Délibération B-2024-072 › Vote", "à la majorité (Pour : 13 ; Contre : 0 ; Abstention : 1 – M. Karim Benali)")],
  ["13", "0", "1"], "The bureau deliberation records Pour 13, Contre 0, Abstention 1.")
c("Since it opened, Orbimed's InnOrb Santé incubator has supported 37 projects, which led to 23 new companies.",
  "supported", None,
  [g(A, "Délibération DEL_2025_038 › Exposé des motifs", "L'incubateur a accompagné 37 projets depuis son ouverture, qui ont donné lieu à la création de 23 entreprises et de 168 emplois.")],
  ["37", "23"], "The exposé gives 37 projects and 23 companies created since the incubator opened.")
c("L'agglomération prend en charge 30 % du coût hors taxes du programme 2025-2026 d'Orbimed.",
  "supported", None,
  [g(A, "Délibération DEL_2025_038 › 2. La participation de la Communauté", "représentant 30 % du coût HT du programme")],
  ["30 %"], "The CAVO participation of 378 000 € represents 30 % of the programme's HT cost.")
c("Orbimed devait toucher 55 500 € dès la signature de la convention financière 2024, soit 60 % de sa subvention de fonctionnement.",
  "supported", None,
  [g(C, "ARTICLE 5 – Modalités de versement › Échéancier › Premier acompte", "Premier acompte")],
  ["55 500 €", "60 %"], "The instalment table sets a first instalment of 55 500 € (60 %) on signature.")

c("Le programme 2025 du cluster Orbimed représente une dépense de 675 000 € TTC.",
  "contradicted", "ht_ttc",
  [g(A, "Tableau 2 – Plan de financement prévisionnel : dépenses › Total", "Total des dépenses")],
  ["675 000 €", "810 000 €"], "675 000 € is the 2025 HT total; the TTC total is 810 000 €.")
c("La Région apporte 315 000 € au programme d'Orbimed pour la seule année 2025.",
  "contradicted", "envelope",
  [g(A, "Tableau 3 – Plan de financement prévisionnel : ressources › Région", "Région (Conseil régional)")],
  ["170 000 €", "315 000 €"], "315 000 € is the Region's 2025-2026 total; its 2025 contribution is 170 000 €.")
c("In 2024, the agglomeration gave Orbimed an operating grant of €80,000.",
  "contradicted", "year",
  [g(B, "Exposé", "le Bureau communautaire avait attribué à l'association une subvention de fonctionnement de 80 000 € au titre de l'année 2023"),
   g(B, "Délibération B-2024-072 › Art. 1er", "une subvention de fonctionnement d'un montant de 92 500 € (quatre-vingt-douze mille cinq cents euros) au titre de l'année 2024")],
  ["80 000 €", "92 500 €"], "80 000 € was the 2023 grant; the 2024 operating grant is 92 500 €.")
c("L'article 5 de la convention de partenariat 2025-2026 fixe les conditions de l'avance remboursable de 120 000 € accordée à l'incubateur.",
  "contradicted", "measure",
  [g(A, "Annexe › Convention › Article 6", "Article 6 – Avance remboursable au titre de l'incubateur InnOrb Santé"),
   g(A, "Annexe › Convention › Article 5", "Article 5 – Modalités de versement")],
  ["120 000 €"], "The advance is governed by Article 6; Article 5 deals with the payment of the participation.")
c("Au conseil communautaire, l'avance remboursable à InnOrb Santé a recueilli 49 voix pour, 3 contre et 2 abstentions.",
  "contradicted", "vote_row",
  [g(A, "Tableau 4 – Résultats des votes › Point 2", "Point 2 – Avance remboursable à l'incubateur InnOrb Santé")],
  ["45", "5", "3"], "49/3/2 is the vote on point 1 (the convention); the advance (point 2) got 45 pour, 5 contre, 3 abstentions.")
c("The first repayment of the InnOrb advance falls due on 30 June 2026.",
  "contradicted", "date",
  [g(A, "Annexe › Convention › Article 6", "La première annuité est exigible le 30 juin 2027 et la dernière le 30 juin 2031.")],
  ["30 juin 2027"], "The first annuity is due on 30 June 2027, after a 24-month deferral.")
c("Cinquante-six conseillers communautaires étaient présents lors de la séance du 27 mars 2025.",
  "contradicted", "count",
  [g(A, "Tableau 1 – Quorum et présences › Présents", "Présents")],
  ["47", "56"], "47 councillors were present; 56 is the number of voters including 9 proxies.")
c("La convention financière 2024 avec Orbimed a été signée, pour l'agglomération, par son président Bernard Loiseleur.",
  "contradicted", "body",
  [g(C, "Parties", "représentée par Mme Hélène Castagnet, Vice-présidente déléguée au développement économique, à l'innovation et à l'enseignement supérieur")],
  [], "The Communauté is represented and signs through Vice-president Hélène Castagnet, not the president.")
c("The 2024 equipment grant for Orbimed's mechanical fatigue test bench amounts to €42,000.",
  "contradicted", "value",
  [g(B, "Délibération B-2024-072 › Art. 2", "une subvention d'équipement d'un montant de 35 000 € pour l'acquisition d'un banc de tests de fatigue mécanique")],
  ["35 000 €"], "The bureau granted 35 000 €; 42 000 € was only the amount requested by the association.")

c("La CAVO finance en outre à hauteur de 50 000 € une mission d'Orbimed à l'export en 2025.",
  "not_in_corpus", None, [], [], "No document mentions an export mission or a 50 000 € grant for it.")
c("Orbimed has signed an agreement with the regional health agency (ARS) to trial its members' devices in local hospitals.",
  "not_in_corpus", None, [], [], "The ARS is never mentioned and no hospital trial agreement is described.")
c("Le Centre hospitalier intercommunal du Val d'Orbière cofinance la plateforme d'essais précliniques à hauteur de 10 %.",
  "not_in_corpus", None, [], [], "The CHIVO only sits on the steering committee; no document gives it any share in the financing.")
c("La directrice d'Orbimed, Laure Bessac, doit quitter ses fonctions à la fin de l'année 2025.",
  "not_in_corpus", None, [], [], "The documents name Laure Bessac as director but say nothing of her departure.")

with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
    for i, x in enumerate(Q, 1):
        f.write(json.dumps({"id": f"{S}-q{i:02d}", **x}, ensure_ascii=False) + "\n")
with open(ROOT / "claims.jsonl", "w", encoding="utf-8") as f:
    for i, x in enumerate(K, 1):
        f.write(json.dumps({"id": f"{S}-c{i:02d}", **x}, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), Counter(x["lang"] for x in Q))
print(Counter((x["kind"], x["lang"]) for x in Q))
print(len(K), Counter(x["verdict"] for x in K), Counter(x["error"] for x in K))
