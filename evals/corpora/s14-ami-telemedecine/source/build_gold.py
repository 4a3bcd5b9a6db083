"""Write questions.jsonl and claims.jsonl for the s14-ami-telemedecine set."""
import json
from pathlib import Path

SET = "s14-ami-telemedecine"
ROOT = Path(__file__).resolve().parent.parent
A = "ami-telesante-rurale-2025-cahier-des-charges"
F = "faq-ami-telesante-rurale-v3-2025-03-24"
P = "2025-07-10-cp-deliberation-laureats-ami-telesante-rurale"


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures, history=None):
    Q.append({
        "kind": kind, "lang": lang, "question": question, "history": history or [],
        "answerable": kind != "unanswerable", "gold": gold, "figures": figures,
    })


# ---------------------------------------------------------------- figure
q("figure", "fr", "Quelle est l'enveloppe totale de la session 2025 de l'AMI télésanté rurale ?",
  [g(A, "Article 1 › 1.3", "Pour la session 2025, objet du présent cahier des charges, l'enveloppe est fixée à 1 450 000 €")],
  ["1 450 000 €"])
q("figure", "en", "Over 2025-2027, how much is the ARS putting into the telehealth call through the FIR?",
  [g(A, "Article 1 › 1.3", "dont 1 800 000 € apportés par l'ARS au titre du Fonds d'intervention régional (FIR)")],
  ["1 800 000 €"])
q("figure", "fr", "Quelle note minimale un dossier doit-il décrocher pour pouvoir être retenu par le comité ?",
  [g(A, "Article 8 › 8.3", "Seuls les projets ayant obtenu une note au moins égale à 60 sur 100 peuvent être retenus.")],
  ["60 sur 100"])
q("figure", "fr", "Une fois l'aide notifiée, le porteur a combien de temps pour faire sa première téléconsultation ?",
  [g(A, "Article 4 › f)", "dans un délai de 9 mois suivant la notification de l'aide")],
  ["9 mois"])
q("figure", "fr", "Combien de candidatures ont été déposées en tout sur Démarches simplifiées ?",
  [g(P, "Délibération › Considérants", "Considérant que 47 dossiers de candidature ont été déposés sur la plateforme « Démarches simplifiées »")],
  ["47"])
q("figure", "fr", "Comment la commission permanente a-t-elle voté l'attribution des aides aux lauréats (article 1er) ?",
  [g(P, "Délibération › Article 1er › Vote", "Vote sur l'article 1er : Pour : 39 — Contre : 0 — Abstentions : 3")],
  ["39", "0", "3"])
q("figure", "en", "What is the total regional share of the grants awarded to the winning projects?",
  [g(P, "Délibération › Considérants", "part régionale s'élève à 468 210 €")],
  ["468 210 €"])
q("figure", "fr", "Le webinaire de présentation de l'AMI a attiré combien de personnes ?",
  [g(F, "Q17", "Le webinaire du 18 février 2025 a réuni 212 participants.")],
  ["212"])
q("figure", "fr", "Une CPTS qui recrute un coordinateur télémédecine peut-elle se le faire financer, et à quelle hauteur ?",
  [g(F, "Q7", "financé à hauteur de 50 % du coût employeur et dans la limite de 25 000 €")],
  ["50 %", "25 000 €"])
q("figure", "en", "How many applications were found admissible?",
  [g(P, "Délibération › Considérants", "Considérant que 41 dossiers ont été déclarés recevables")],
  ["41"])
q("figure", "fr", "Combien reste-t-il de crédits non engagés à l'issue de la session 2025 ?",
  [g(P, "Exposé des motifs", "Les crédits non engagés de la session 2025 s'élèvent à 403 990 €")],
  ["403 990 €"])

# ---------------------------------------------------------------- table
q("table", "fr", "Dans le tableau des taux et plafonds du cahier des charges, quel taux maximal pour un EHPAD, et quel plafond s'il est en ZIP ?",
  [g(A, "Article 6 › Tableau des taux et plafonds › EHPAD", "EHPAD")],
  ["60 %", "50 000 €"])
q("table", "en", "In the list of winners, how much did the Centre de santé intercommunal de la Sèvre Noire ask for, and how much did it get?",
  [g(P, "Annexe 1 › Liste des projets lauréats › Centre de santé intercommunal de la Sèvre Noire",
     "Centre de santé intercommunal de la Sèvre Noire")],
  ["78 400 €", "75 000 €"])
q("table", "fr", "Quel est le coût total du projet de l'EHPAD du Vieux Moulin à Peyrac ?",
  [g(P, "Annexe 1 › Liste des projets lauréats › EHPAD public autonome Résidence du Vieux Moulin",
     "EHPAD public autonome Résidence du Vieux Moulin")],
  ["66 000 € TTC"])
q("table", "fr", "Dans la répartition des aides par département, combien de projets et quel montant pour la Sèvre-Amont ?",
  [g(P, "Annexe 2 › 2.2 Répartition par département › Sèvre-Amont", "Sèvre-Amont")],
  ["5", "317 800 €", "30,4 %"])
q("table", "en", "What aid rate did the CPTS des Monts de Vérac end up with, and for what amount?",
  [g(P, "Annexe 1 › Liste des projets lauréats › CPTS des Monts de Vérac", "CPTS des Monts de Vérac")],
  ["110 000 €", "77,5 %"])
q("table", "fr", "Dans le tableau 2.3 de la délibération, quel taux de consommation de la dotation pour les officines ?",
  [g(P, "Annexe 2 › 2.3 Répartition par type de structure › Pharmacies d'officine", "Pharmacies d'officine")],
  ["21 800 €", "50 000 €", "43,6 %"])
q("table", "fr", "D'après le calendrier de l'AMI, à quelle date le comité de sélection ARS-Région devait-il se réunir ?",
  [g(A, "Article 9 › Calendrier › Comité de sélection", "Comité de sélection conjoint ARS-Région")],
  ["15 mai 2025"])
q("table", "en", "In the scoring grid, how many points are awarded for cooperation and multi-professional practice?",
  [g(A, "Article 8 › Grille de notation", "Coopération et exercice pluriprofessionnel")],
  ["20"])

# ---------------------------------------------------------------- clause
q("clause", "fr", "Est-ce qu'une pharmacie peut se faire financer de la télé-expertise dans cet AMI ?",
  [g(F, "Q3", "La télé-expertise n'est pas ouverte aux pharmacies dans le cadre de la session 2025.")],
  [])
q("clause", "en", "Is remote patient monitoring (télésurveillance) covered by the call for expressions of interest?",
  [g(A, "Article 1 › 1.5", "La télésurveillance médicale, prise en charge dans le droit commun de l'Assurance maladie depuis le 1er juillet 2023, n'entre pas dans le champ du présent AMI.")],
  [])
q("clause", "fr", "Entre l'agence régionale de santé et la Région, qui finance quel type de dépenses ?",
  [g(A, "Article 1 › 1.4", "Les dépenses d'investissement (équipements, petits travaux) sont prises en charge par la Région"),
   g(A, "Article 1 › 1.4", "les dépenses de fonctionnement (abonnements, formation, ingénierie de projet) sont prises en charge par l'ARS sur les crédits du FIR")],
  [])
q("clause", "fr", "Un projet situé en zone d'action complémentaire a-t-il droit au plafond bonifié ?",
  [g(A, "Article 6 › 6.2", "Il ne s'applique pas aux communes classées en ZAC.")],
  [])
q("clause", "en", "Can a GP who works alone in a private practice apply on his own?",
  [g(F, "Q1", "Un médecin exerçant seul en cabinet libéral ne peut pas candidater en son nom propre."),
   g(A, "Article 3", "Les cabinets libéraux isolés ne peuvent pas candidater directement")],
  [])
q("clause", "fr", "Que se passe-t-il si un lauréat n'a toujours rien commencé un an après la notification ?",
  [g(A, "Article 10 › 10.3", "L'aide est caduque si le projet n'a reçu aucun commencement d'exécution dans un délai de 12 mois suivant la notification.")],
  ["12 mois"])
q("clause", "fr", "Pour un projet mutualisé, la majoration joue-t-elle aussi sur le plafond d'aide ?",
  [g(F, "Q5", "La majoration porte uniquement sur le taux : elle ne relève pas le plafond d'aide.")],
  [])
q("clause", "fr", "Qui a pu bénéficier d'un délai supplémentaire pour déposer son dossier, et jusqu'à quand ?",
  [g(F, "Q18", "pour les porteurs dont le lieu de réalisation est situé dans l'une des 27 communes reconnues en état de catastrophe naturelle à la suite des inondations de mars 2025"),
   g(F, "Q18", "le dépôt est possible jusqu'au 18 avril 2025 à 12h00")],
  ["27", "18 avril 2025"])

# ---------------------------------------------------------------- list
q("list", "fr", "Sur quels critères les dossiers sont-ils notés, et avec quelle pondération ?",
  [g(A, "Article 8 › Grille de notation", "Pertinence territoriale et besoins de santé couverts"),
   g(A, "Article 8 › Grille de notation", "Qualité du projet médical et des organisations"),
   g(A, "Article 8 › Grille de notation", "Coopération et exercice pluriprofessionnel"),
   g(A, "Article 8 › Grille de notation", "Soutenabilité financière et pérennité du dispositif"),
   g(A, "Article 8 › Grille de notation", "Interopérabilité et sécurité des données")],
  ["30", "25", "20", "15", "10"])
q("list", "en", "Which costs can never be funded under the call?",
  [g(A, "Article 5 › 5.2", "les rémunérations des personnels permanents de la structure"),
   g(A, "Article 5 › 5.2", "l'acquisition de véhicules et les acquisitions immobilières"),
   g(A, "Article 5 › 5.2", "la TVA, lorsque le porteur la récupère"),
   g(A, "Article 5 › 5.2", "les actes de téléconsultation et de télé-expertise eux-mêmes, rémunérés par l'Assurance maladie"),
   g(A, "Article 5 › 5.2", "les dépenses engagées avant la date de publication du présent AMI")],
  [])
q("list", "fr", "Qui siège au comité de sélection conjoint ?",
  [g(F, "Q19", "3 représentants de l'ARS"),
   g(F, "Q19", "3 représentants de la Région"),
   g(F, "Q19", "1 représentant de l'Union régionale des professionnels de santé (URPS) médecins libéraux"),
   g(F, "Q19", "1 représentant de France Assos Santé Haute-Sèvremont, au titre des usagers"),
   g(F, "Q19", "1 représentant du GRADeS, avec voix consultative")],
  ["9"])
q("list", "en", "Which applications were put on the waiting list by the regional standing committee?",
  [g(P, "Annexe 2 › 2.1 Liste complémentaire", "MSP de Valgorge-sur-Orlane"),
   g(P, "Annexe 2 › 2.1 Liste complémentaire", "EHPAD Saint-Roch"),
   g(P, "Annexe 2 › 2.1 Liste complémentaire", "Commune de Puylagarde")],
  [])
q("list", "fr", "Quelles autres aides publiques sont comptées dans la limite de cumul de 80 % ?",
  [g(F, "Q11", "la dotation d'équipement des territoires ruraux (DETR)"),
   g(F, "Q11", "la dotation de soutien à l'investissement local (DSIL)"),
   g(F, "Q11", "les fonds européens (FEDER, LEADER)"),
   g(F, "Q11", "les aides des conseils départementaux")],
  [])

# ---------------------------------------------------------------- followup
q("followup", "fr", "Et si ses équipements sont installés en zone d'intervention prioritaire ?",
  [g(A, "Article 6 › Tableau des taux et plafonds › CPTS", "CPTS")],
  ["110 000 €"],
  history=["Quel est le plafond d'aide prévu pour une CPTS dans le cahier des charges ?"])
q("followup", "fr", "Et à la pharmacie de Vérac-le-Haut ?",
  [g(P, "Annexe 1 › Liste des projets lauréats › Pharmacie des Halles", "Pharmacie des Halles")],
  ["12 000 €"],
  history=["Combien la commission permanente a-t-elle accordé à la Pharmacie Delmas ?"])
q("followup", "en", "And on article 3?",
  [g(P, "Délibération › Article 3 › Vote", "Vote sur l'article 3 : Pour : 36 — Contre : 4 — Abstentions : 3.")],
  ["36", "4", "3"],
  history=["What was the vote on article 1 of the standing committee's deliberation?"])
q("followup", "fr", "Même pour une officine ?",
  [g(F, "Q9", "le coût minimal est abaissé à 5 000 € HT pour les projets portés par des pharmacies d'officine")],
  ["5 000 € HT"],
  history=["Quel est le coût minimal d'un projet pour être recevable ?"])
q("followup", "fr", "Y a-t-il des cas où l'aide est payée en une seule fois ?",
  [g(F, "Q20", "les aides d'un montant inférieur à 15 000 € sont versées en une seule fois, au solde"),
   g(P, "Annexe 3 › Article 3", "Les aides inférieures à 15 000 € sont versées en une seule fois, au solde.")],
  ["15 000 €"],
  history=["Quelle avance est versée à la signature de la convention ?", "Et les acomptes, jusqu'à combien ?"])
q("followup", "en", "And how much did it actually get?",
  [g(P, "Annexe 1 › Liste des projets lauréats › Hôpital de proximité de Montfaucon-les-Bois",
     "Hôpital de proximité de Montfaucon-les-Bois")],
  ["120 000 €"],
  history=["How much aid did the Hôpital de proximité de Montfaucon-les-Bois request?"])

# ---------------------------------------------------------------- cross
q("cross", "fr", "La dotation indicative prévue pour les hôpitaux de proximité a-t-elle été entièrement utilisée ? Combien leur a-t-on accordé au final ?",
  [g(A, "Article 6 › Tableau des taux et plafonds › Hôpital de proximité", "Hôpital de proximité"),
   g(P, "Annexe 2 › 2.3 Répartition par type de structure › Hôpitaux de proximité", "Hôpitaux de proximité")],
  ["250 000 €", "219 000 €", "87,6 %"])
q("cross", "en", "Did the CPTS des Monts de Vérac receive the maximum aid a CPTS can get in a ZIP under the call's rules?",
  [g(A, "Article 6 › Tableau des taux et plafonds › CPTS", "CPTS"),
   g(P, "Annexe 1 › Liste des projets lauréats › CPTS des Monts de Vérac", "CPTS des Monts de Vérac")],
  ["110 000 €"])
q("cross", "fr", "La MSP de Carnel-la-Forêt a obtenu 80 % alors que le taux des MSP est de 70 % : sur quelle règle cela repose-t-il ?",
  [g(P, "Annexe 1 › Note sous le tableau", "Le projet de la MSP de Carnel-la-Forêt est un projet mutualisé bénéficiant du taux majoré de 80 %."),
   g(A, "Article 6 › 6.3", "bénéficient d'une majoration de 10 points du taux maximal, sans que le taux final puisse excéder 80 %")],
  ["80 %", "10 points"])
q("cross", "fr", "Le report de la date limite accordé aux communes inondées a-t-il été utilisé ? Combien de dossiers ont été déposés dans ce délai prolongé ?",
  [g(F, "Q18", "le dépôt est possible jusqu'au 18 avril 2025 à 12h00"),
   g(P, "Délibération › Considérants", "dont 3 dans le délai prolongé au 18 avril 2025 ouvert aux communes sinistrées")],
  ["3", "18 avril 2025"])

# ---------------------------------------------------------------- unanswerable
for lang, text in [
    ("fr", "Combien de dossiers avaient été déposés lors de la session 2024 de l'AMI télésanté ?"),
    ("fr", "Que prévoit l'article 14 du cahier des charges de l'AMI ?"),
    ("en", "What does Q24 of the FAQ say about patient consent to teleconsultation?"),
    ("fr", "Quel rôle la Mutualité sociale agricole (MSA) joue-t-elle dans le financement des projets retenus ?"),
    ("fr", "Quel âge a Claire Vasseur-Lénat, la présidente du Conseil régional ?"),
    ("en", "What is Dr Hélène Marcadet's salary at the regional health agency?"),
    ("fr", "À quel parti politique appartient Bertrand Olivès ?"),
    ("fr", "Combien de téléconsultations la Pharmacie Delmas a-t-elle réalisées en 2024 ?"),
    ("en", "What score did the selection committee give the MSP de Lanvern?"),
]:
    q("unanswerable", lang, text, [], [])

# ---------------------------------------------------------------- claims
C = []


def c(claim, verdict, error, gold, figures, note):
    C.append({"claim": claim, "verdict": verdict, "error": error, "gold": gold, "figures": figures, "note": note})


# supported
c("L'ARS et la Région mobilisent 3,2 millions d'euros sur la période 2025-2027 pour développer la télésanté en milieu rural.",
  "supported", None,
  [g(A, "Article 1 › 1.3", "L'enveloppe globale mobilisée sur la période 2025-2027 s'élève à 3 200 000 €")],
  ["3 200 000 €"], "L'article 1.3 fixe l'enveloppe 2025-2027 à 3 200 000 €.")
c("Au total, dix-huit projets ont été retenus, pour une aide globale de 1 046 010 euros.",
  "supported", None,
  [g(P, "Délibération › Considérants", "Considérant que le comité de sélection a retenu 18 projets ayant obtenu une note au moins égale à 60 sur 100, pour une aide totale de 1 046 010 €")],
  ["18", "1 046 010 €"], "Le considérant de la délibération indique 18 projets et 1 046 010 € d'aide totale.")
c("The best-rated application, submitted by the CPTS des Monts de Vérac, scored 91 out of 100.",
  "supported", None,
  [g(P, "Exposé des motifs", "Le projet le mieux noté, porté par la CPTS des Monts de Vérac, a obtenu 91 sur 100")],
  ["91 sur 100"], "The exposé des motifs gives 91/100 for the CPTS des Monts de Vérac, the top score.")
c("La communauté de communes des Landes d'Orlane recevra 80 000 €, soit la moitié du coût de son projet.",
  "supported", None,
  [g(P, "Annexe 1 › Liste des projets lauréats › Communauté de communes des Landes d'Orlane", "Communauté de communes des Landes d'Orlane")],
  ["160 000 € HT", "80 000 €", "50,0 %"], "La ligne de l'annexe 1 indique 80 000 € accordés pour un coût de 160 000 € HT, soit 50,0 %.")
c("Avec 317 800 €, la Sèvre-Amont capte près d'un tiers des aides accordées, plus que tout autre département.",
  "supported", None,
  [g(P, "Annexe 2 › 2.2 Répartition par département › Sèvre-Amont", "Sèvre-Amont")],
  ["317 800 €", "30,4 %"], "La Sèvre-Amont reçoit 317 800 €, soit 30,4 % du total, la part la plus élevée des quatre départements.")
c("The Hôpital de proximité de Val-Sèvre is granted 99,000 euros for psychiatric teleconsultations.",
  "supported", None,
  [g(P, "Annexe 1 › Liste des projets lauréats › Hôpital de proximité de Val-Sèvre", "Hôpital de proximité de Val-Sèvre")],
  ["99 000 €"], "Annex 1 shows 99 000 € granted to this hospital for psychiatry and child psychiatry teleconsultations.")
c("Une deuxième session est envisagée début 2026 avec une enveloppe prévisionnelle de 900 000 €, à laquelle s'ajouteraient les crédits non consommés en 2025.",
  "supported", None,
  [g(F, "Q20", "Son enveloppe prévisionnelle est de 900 000 €, augmentée des crédits non consommés de la session 2025")],
  ["900 000 €"], "La FAQ (Q20) annonce une session 2026 au premier trimestre avec 900 000 € plus les reliquats 2025.")

# contradicted
c("Le projet de l'EHPAD du Vieux Moulin, à Peyrac, représente un investissement de 66 000 € HT.",
  "contradicted", "ht_ttc",
  [g(P, "Annexe 1 › Liste des projets lauréats › EHPAD public autonome Résidence du Vieux Moulin", "EHPAD public autonome Résidence du Vieux Moulin")],
  ["66 000 € TTC"], "L'annexe 1 présente ce coût TTC (porteur ne récupérant pas la TVA), pas HT.")
c("Local hospitals (hôpitaux de proximité) received 250,000 euros under the call.",
  "contradicted", "envelope",
  [g(P, "Annexe 2 › 2.3 Répartition par type de structure › Hôpitaux de proximité", "Hôpitaux de proximité")],
  ["219 000 €", "250 000 €"], "250 000 € is the indicative allocation column; the aid actually granted to local hospitals is 219 000 €.")
c("Pour sa session 2026, l'AMI télésanté rurale dispose d'une enveloppe de 1 450 000 €.",
  "contradicted", "year",
  [g(A, "Article 1 › 1.3", "Pour la session 2025, objet du présent cahier des charges, l'enveloppe est fixée à 1 450 000 €")],
  ["1 450 000 €"], "L'enveloppe de 1 450 000 € est celle de la session 2025 ; la session 2026 est prévue à 900 000 €.")
c("L'article 6.2 du cahier des charges accorde une majoration de 10 points aux projets mutualisés entre au moins trois structures.",
  "contradicted", "measure",
  [g(A, "Article 6 › 6.3", "bénéficient d'une majoration de 10 points du taux maximal, sans que le taux final puisse excéder 80 %")],
  ["10 points"], "La majoration de 10 points figure à l'article 6.3 ; l'article 6.2 traite du plafond bonifié en ZIP.")
c("The standing committee adopted article 3, on the waiting list and the leftover funds, unanimously with 43 votes in favour.",
  "contradicted", "vote_row",
  [g(P, "Délibération › Article 3 › Vote", "Vote sur l'article 3 : Pour : 36 — Contre : 4 — Abstentions : 3.")],
  ["36", "4", "3"], "Article 3 passed 36-4 with 3 abstentions; the unanimous 43 votes were for article 2.")
c("Les porteurs avaient jusqu'au 21 mars 2025 pour déposer leur candidature.",
  "contradicted", "date",
  [g(A, "Article 9 › Calendrier › Clôture du dépôt des candidatures", "Clôture du dépôt des candidatures")],
  ["4 avril 2025 à 12h00"], "Le 21 mars 2025 est la date limite des questions ; la clôture des candidatures était le 4 avril 2025 à 12h00.")
c("Sur les 47 dossiers reçus, 8 ont été écartés comme irrecevables.",
  "contradicted", "count",
  [g(P, "Délibération › Considérants", "Considérant que 41 dossiers ont été déclarés recevables et que 6 dossiers ont été déclarés irrecevables")],
  ["6"], "La délibération compte 6 dossiers irrecevables, pas 8.")
c("Le comité de sélection est co-présidé par le Dr Hélène Marcadet, de l'ARS, et par le vice-président Bertrand Olivès.",
  "contradicted", "body",
  [g(F, "Q19", "3 représentants de l'ARS, dont la directrice de la stratégie et des parcours, Mme Nadia Ferrandon, qui co-préside le comité")],
  [], "C'est Mme Nadia Ferrandon qui co-préside pour l'ARS ; le Dr Marcadet est référente de l'AMI.")
c("Under the call, a community pharmacy can receive up to 20,000 euros of aid.",
  "contradicted", "value",
  [g(A, "Article 6 › Tableau des taux et plafonds › Pharmacie d'officine", "Pharmacie d'officine")],
  ["12 000 €", "15 000 €"], "The pharmacy ceiling is 12 000 € (15 000 € in a ZIP); 20 000 € HT is the cap for equipping a vehicle.")

# not in corpus
c("La CPTS Sud-Orlane avait déjà reçu une aide de l'ARS en 2023 pour un projet de télésurveillance.",
  "not_in_corpus", None, [], [], "Aucun document ne mentionne d'aide antérieure à la CPTS Sud-Orlane.")
c("The regional health agency will recruit two extra e-health project officers to monitor the winning projects.",
  "not_in_corpus", None, [], [], "No document mentions any recruitment at the ARS for follow-up.")
c("Le conseil départemental du Haut-Vérac cofinance le projet de la MSP des Trois Vallées à hauteur de 10 000 €.",
  "not_in_corpus", None, [], [], "Les documents ne détaillent aucun cofinancement départemental par projet.")
c("Les premières téléconsultations financées par l'AMI ont commencé dès septembre 2025 à Saint-Aubin-d'Orlane.",
  "not_in_corpus", None, [], [], "Aucun document ne rend compte de la mise en service des projets.")

with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as fh:
    for i, item in enumerate(Q, 1):
        rec = {"id": f"{SET}-q{i:02d}", **item}
        rec = {k: rec[k] for k in ["id", "kind", "lang", "question", "history", "answerable", "gold", "figures"]}
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
with open(ROOT / "claims.jsonl", "w", encoding="utf-8") as fh:
    for i, item in enumerate(C, 1):
        fh.write(json.dumps({"id": f"{SET}-c{i:02d}", **item}, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), Counter(x["lang"] for x in Q))
print(len(C), Counter(x["verdict"] for x in C), Counter(x["error"] for x in C))
