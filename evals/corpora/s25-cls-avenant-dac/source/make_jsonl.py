#!/usr/bin/env python3
"""Écrit questions.jsonl et claims.jsonl du jeu s25-cls-avenant-dac (monde « Val de Lornay »)."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLS = "2025-12-05-cc-val-de-lornay-cls-2025-2027-avenant-1"
DEL = "2025-11-18-cc-val-de-lornay-bureau-deliberation-2025-112"
DAC = "2026-03-26-dac-orvanne-nord-rapport-activite-2025"
EN = "2026-04-14-cc-val-de-lornay-briefing-note-glenbrae"


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures, history=None, answerable=True):
    Q.append({"kind": kind, "lang": lang, "question": question, "history": history or [],
              "answerable": answerable, "gold": gold, "figures": figures})


# ---------------- figure (10) ----------------
q("figure", "fr", "Combien coûte le médicobus sur l'ensemble du contrat ?",
  [g(CLS, "Fiche action 1.3 › Budget prévisionnel", "186 000 € (60 000 € en 2025, 62 000 € en 2026, 64 000 € en 2027)")],
  ["186 000 €"])
q("figure", "fr", "La permanence du DAC à la maison France services, elle est financée à quelle hauteur par l'interco ?",
  [g(DAC, "5.2 Financement", "La permanence est financée par la Communauté de communes du Val de Lornay à hauteur de 8 000 € par an, au titre du contrat local de santé.")],
  ["8 000 €"])
q("figure", "en", "What did the DAC Orvanne Nord spend in total in 2025?",
  [g(DAC, "6.1 Compte de résultat simplifié › Total des charges", "Total des charges 781 820 +5,0 %")],
  ["820"])
q("figure", "fr", "Pour la mission d'évaluation finale du CLS, quel est le montant estimé toutes taxes comprises ?",
  [g(DEL, "ARTICLE 5", "dont le montant est estimé à 24 500 € HT, soit 29 400 € TTC.")],
  ["29 400 €", "24 500 € HT"])
q("figure", "fr", "De combien la file active du DAC a-t-elle progressé entre 2024 et 2025 ?",
  [g(DAC, "3.2 File active", "La file active 2025 s'établit à 468 personnes accompagnées, contre 412 en 2024, soit une progression de 13,6 %.")],
  ["468", "412", "13,6 %"])
q("figure", "en", "How many bureau members voted in favour of deliberation 2025-112?",
  [g(DEL, "Résultat du vote", "Pour : 11")],
  ["11"])
q("figure", "fr", "Quel est l'effectif du DAC Orvanne Nord fin 2025, en ETP ?",
  [g(DAC, "1.3 Équipe", "Au 31 décembre 2025, l'équipe compte 9,4 équivalents temps plein (ETP), contre 8,6 ETP au 31 décembre 2024.")],
  ["9,4"])
q("figure", "en", "What is the estimated cost of the exchange programme with Glenbrae, and how is it split?",
  [g(EN, "6. Proposed cooperation for 2026", "Estimated cost of the exchange programme: EUR 14,500, shared equally between the two partners (EUR 7,250 each).")],
  ["EUR 14,500", "EUR 7,250"])
q("figure", "en", "How does the GP density in Val de Lornay compare with the regional figure?",
  [g(CLS, "Titre II › Chiffres clés du diagnostic local de santé", "Médecins généralistes pour 10 000 habitants 6,1 8,4")],
  ["6,1", "8,4"])
q("figure", "fr", "L'ARS participe-t-elle au financement du poste de coordinatrice CLS, et pour combien ?",
  [g(CLS, "Article 5 – Engagements des signataires", "dont le poste est cofinancé par l'ARS à hauteur de 24 000 € par an")],
  ["24 000 €"])

# ---------------- table (8) ----------------
q("table", "fr", "Dans la maquette financière signée en mars 2025, combien le Département devait-il apporter en 2026 ?",
  [g(CLS, "Titre IV › Tableau 2 – Répartition par financeur", "Département de l'Orvanne 20 000 23 000 20 000 63 000")],
  ["23 000"])
q("table", "fr", "Avec l'avenant, la communauté de communes met combien sur la table en 2027 ?",
  [g(CLS, "Avenant › Article 5 – Maquette financière", "72 000 77 500 80 500 230 000")],
  ["80 500"])
q("table", "en", "In Q3 2025, how many support requests did the DAC receive and how many new cases did it take on?",
  [g(DAC, "3.1 Demandes reçues et inclusions", "T3 2025 97 63 61")],
  ["97", "63"])
q("table", "fr", "Quelle proportion des demandes faites au DAC vient des généralistes ?",
  [g(DAC, "3.3 Origine des demandes", "Médecins généralistes 179 37,9 %")],
  ["37,9 %"])
q("table", "fr", "Combien d'habitants de Vernoux-le-Bas le DAC a-t-il suivis en 2025 ?",
  [g(DAC, "3.5 Répartition par commune de résidence", "Vernoux-le-Bas CC du Val de Lornay 38")],
  ["38"])
q("table", "en", "How much money is earmarked for the radon action in 2026 in the CLS financial plan?",
  [g(CLS, "Titre IV › Tableau 1 – Répartition par fiche action", "4.1 Radon et air intérieur 6 000 9 000 6 000 21 000")],
  ["9 000"])
q("table", "fr", "Quel montant de subvention a été voté pour la Maison des ados au titre de 2026 ?",
  [g(DEL, "ARTICLE 3", "Maison des adolescents de l'Orvanne 2.3 8 500 €")],
  ["8 500 €"])
q("table", "fr", "Combien le DAC a-t-il dépensé en frais de personnel en 2025, et quelle hausse par rapport à 2024 ?",
  [g(DAC, "6.1 Compte de résultat simplifié › Charges de personnel", "Charges de personnel 583 612 +5,0 %")],
  ["612", "+5,0 %"])

# ---------------- clause (8) ----------------
q("clause", "fr", "Combien de fois par an le comité de pilotage du CLS doit-il se réunir aujourd'hui ?",
  [g(CLS, "Avenant › Article 1 (nouvel article 6)", "Il se réunit au moins deux fois par an.")],
  [])
q("clause", "en", "When does the Val de Lornay local health contract expire?",
  [g(CLS, "Article 8 – Durée et révision", "Le présent contrat prend effet à la date de sa signature et s'achève le 31 décembre 2027.")],
  ["31 décembre 2027"])
q("clause", "en", "Who is supposed to carry out the final evaluation of the CLS, and what is the deadline for reporting its conclusions?",
  [g(CLS, "Avenant › Article 4 (article 9 complété)", "L'évaluation finale est confiée à un prestataire extérieur. Ses conclusions sont présentées au comité de pilotage avant le 30 septembre 2027.")],
  ["30 septembre 2027"])
q("clause", "fr", "Les associations subventionnées en novembre 2025 toucheront-elles leur argent en une seule fois ?",
  [g(DEL, "ARTICLE 4", "un acompte de 60 % à la notification de la convention et le solde de 40 % sur présentation du bilan de l'action, au plus tard le 31 mars 2027")],
  ["60 %", "40 %"])
q("clause", "fr", "L'évaluation finale du CLS est-elle payée sur les crédits du contrat ?",
  [g(DEL, "ARTICLE 5", "Cette dépense est financée sur le budget principal de la Communauté de communes, en dehors de la maquette financière du contrat.")],
  [])
q("clause", "en", "Why didn't Gérard Moulinet take part in the vote?",
  [g(DEL, "Vote", "M. Gérard MOULINET, président de l'Association Médicobus Orvanne, ne prend pas part au vote.")],
  [])
q("clause", "fr", "Qui préside le comité de pilotage du contrat local de santé ?",
  [g(CLS, "Avenant › Article 1 (nouvel article 6)", "Il est coprésidé par le président de la Communauté de communes et le directeur de la délégation départementale de l'Orvanne de l'ARS.")],
  [])
q("clause", "fr", "Sur quel fondement le Bureau, plutôt que le conseil communautaire, a-t-il pu approuver l'avenant au CLS ?",
  [g(DEL, "VU", "VU la délibération du Conseil communautaire n° 2020-087 du 16 juillet 2020 portant délégation d'attributions au Bureau ;")],
  ["2020-087"])

# ---------------- list (5) ----------------
q("list", "fr", "Avec quels partenaires la fiche santé mentale est-elle menée ?",
  [g(CLS, "Fiche action 2.3 › Partenaires", "Centre hospitalier spécialisé Les Tilleuls ; Maison des adolescents de l'Orvanne ; association Familles & Psychisme Orvanne ; CPTS")],
  [])
q("list", "en", "Which organisations got a 2026 grant from the Communauté de communes under the health contract?",
  [g(DEL, "ARTICLE 3", "Association Médicobus Orvanne 1.3 20 000 €"),
   g(DEL, "ARTICLE 3", "Association Sport Santé Lornay 2.1 4 000 €"),
   g(DEL, "ARTICLE 3", "Maison des adolescents de l'Orvanne 2.3 8 500 €"),
   g(DEL, "ARTICLE 3", "Appui Santé Orvanne Nord (DAC) 3.1 8 000 €")],
  [])
q("list", "fr", "Quels sont les grands axes du CLS 2025-2027 ?",
  [g(CLS, "Titre II › Axe 1", "Axe 1 – Renforcer l'accès aux soins de premier recours"),
   g(CLS, "Titre II › Axe 2", "Axe 2 – Prévention et promotion de la santé à tous les âges"),
   g(CLS, "Titre II › Axe 3", "Axe 3 – Parcours des personnes âgées et soutien aux aidants"),
   g(CLS, "Titre II › Axe 4", "Axe 4 – Santé-environnement")],
  [])
q("list", "fr", "À quoi sert concrètement le DAC Orvanne Nord ? Quelles sont ses missions ?",
  [g(DAC, "1.1 Missions", "informer et orienter les professionnels vers les ressources du territoire ;"),
   g(DAC, "1.1 Missions", "évaluer les situations complexes à domicile et coordonner un plan personnalisé de coordination en santé (PPCS) ;"),
   g(DAC, "1.1 Missions", "soutenir les initiatives de coordination territoriale, notamment les contrats locaux de santé et les CPTS ;"),
   g(DAC, "1.1 Missions", "apporter un appui aux personnes et aux aidants lorsque les professionnels ne sont pas encore mobilisés.")],
  [])
q("list", "fr", "Qui sont les signataires du contrat local de santé du Val de Lornay ?",
  [g(CLS, "Entre les soussignés", "L'État, représenté par M. Laurent Desvignes, Préfet de l'Orvanne ;"),
   g(CLS, "Entre les soussignés", "L'Agence régionale de santé (ARS) Loire-Orvanne, représentée par Mme Hélène Varenne, Directrice générale ;"),
   g(CLS, "Entre les soussignés", "La Communauté de communes du Val de Lornay, représentée par M. Philippe Aubertin, Président ;"),
   g(CLS, "Entre les soussignés", "Le Département de l'Orvanne, représenté par Mme Sylvie Marchais, Présidente du Conseil départemental ;"),
   g(CLS, "Entre les soussignés", "La Caisse primaire d'assurance maladie (CPAM) de l'Orvanne, représentée par M. Olivier Ternant, Directeur ;"),
   g(CLS, "Entre les soussignés", "La Mutualité sociale agricole (MSA) Loire-Orvanne, représentée par Mme Claire Fourcade, Directrice générale ;"),
   g(CLS, "Entre les soussignés", "Le Centre hospitalier de Saint-Aubin-sur-Lornay, représenté par M. Bruno Lescure, Directeur.")],
  [])

# ---------------- followup (5) ----------------
q("followup", "fr", "Et qui la pilote ?",
  [g(CLS, "Fiche action 2.2 › Pilote", "CSAPA de l'Orvanne")],
  [], history=["Quel est le budget de la fiche action 2.2 sur les addictions ?"])
q("followup", "fr", "Et en 2026, après l'avenant ?",
  [g(CLS, "Avenant › Article 5 – Maquette financière", "ARS Loire-Orvanne (FIR) 93 000 98 000 98 000 289 000")],
  ["98 000"], history=["Combien l'ARS met-elle dans le CLS du Val de Lornay en 2025 ?"])
q("followup", "en", "And how does that compare with the previous year?",
  [g(DAC, "3.1 Demandes reçues et inclusions", "Le DAC a reçu 472 demandes d'appui en 2025, contre 431 en 2024 (+9,5 %).")],
  ["431", "+9,5 %"], history=["How many requests for support did the DAC Orvanne Nord receive in 2025?"])
q("followup", "fr", "Et au total, combien la communauté de communes distribue-t-elle en subventions dans cette délibération ?",
  [g(DEL, "ARTICLE 3 › TOTAL", "TOTAL 40 500 €")],
  ["40 500 €"], history=["Quelle subvention 2026 a été accordée à l'association Sport Santé Lornay ?"])
q("followup", "en", "And how many consultations has it actually delivered so far?",
  [g(EN, "4.1 Mobile health unit", "Over its first seven months (June to December 2025) it delivered 612 consultations; the target is 1,500 consultations a year by 2027.")],
  ["612"], history=["What is the budget of the médicobus in Val de Lornay?"])

# ---------------- cross (4) ----------------
q("cross", "fr", "La fiche 3.1 du CLS prévoit de suivre le nombre d'habitants du Val de Lornay accompagnés par le DAC : quel chiffre le DAC donne-t-il pour 2025 ?",
  [g(CLS, "Fiche action 3.1 › Indicateurs d'évaluation", "Nombre de personnes du Val de Lornay accompagnées par le DAC ; nombre de permanences tenues ; délai moyen de première réponse"),
   g(DAC, "3.5 Répartition par commune de résidence", "La Communauté de communes du Val de Lornay représente 58,5 % de la file active (274 personnes, contre 231 en 2024)")],
  ["274"])
q("cross", "fr", "Quelle part du budget 2026 du médicobus la subvention votée par le Bureau à l'association porteuse représente-t-elle ?",
  [g(DEL, "ARTICLE 3", "Association Médicobus Orvanne 1.3 20 000 €"),
   g(CLS, "Titre IV › Tableau 1 – Répartition par fiche action", "1.3 Médicobus itinérant 60 000 62 000 64 000 186 000")],
  ["20 000 €", "62 000"])
q("cross", "en", "The DAC report mentions a drop-in session set up under the CLS. How many sessions were held in 2025, and what annual funding does the contract provide for it?",
  [g(DAC, "5.1 Activité de la permanence", "Entre le 2 septembre et le 31 décembre 2025, 16 permanences ont été tenues à la maison France services de Saint-Aubin-sur-Lornay."),
   g(CLS, "Fiche action 3.1 › Budget prévisionnel", "24 000 € (8 000 € par an)")],
  ["16", "8 000 €"])
q("cross", "fr", "La délibération évoque le nombre de personnes déjà formées aux PSSM en 2025 : quel est ce chiffre, et quelle nouvelle cible l'avenant retient-il ?",
  [g(DEL, "CONSIDÉRANT", "131 personnes ayant été formées en 2025 au cours de 9 sessions, pour une cible initiale de 180 personnes sur toute la durée du contrat"),
   g(CLS, "Avenant › Article 2", "la cible de 180 personnes formées aux PSSM est portée à 240 personnes.")],
  ["131", "240"])

# ---------------- unanswerable (10) ----------------
for lang, text in [
    ("fr", "Quel est le budget prévu pour la fiche action 4.2 du CLS du Val de Lornay ?"),
    ("fr", "Combien l'ARS versera-t-elle au titre du CLS en 2028 ?"),
    ("en", "What is the salary of the CLS coordinator, Julie Perrotin?"),
    ("fr", "Combien de consultations le médicobus a-t-il assurées en 2026 ?"),
    ("fr", "Quel cabinet a été retenu pour conduire l'évaluation finale du CLS ?"),
    ("en", "How many councillors voted against the original CLS when the community council approved it in February 2025?"),
    ("fr", "Quel était le résultat comptable du DAC Orvanne Nord en 2023 ?"),
    ("fr", "Combien d'internes ont réellement été hébergés dans le logement de Saint-Aubin en 2025 ?"),
    ("en", "How many people attended the carers' café in 2025?"),
    ("fr", "Quel est le taux de participation au dépistage du cancer du sein dans le Val de Lornay ?"),
]:
    q("unanswerable", lang, text, [], [], answerable=False)

for i, item in enumerate(Q, 1):
    item["id"] = f"s25-cls-avenant-dac-q{i:02d}"

# ================= CLAIMS =================
C = []


def c(claim, verdict, error, gold, figures, note):
    C.append({"claim": claim, "verdict": verdict, "error": error, "gold": gold, "figures": figures, "note": note})


# supported (7)
c("Avec son avenant, le contrat local de santé du Val de Lornay pèse désormais près de 0,7 M€ sur trois ans.",
  "supported", None,
  [g(CLS, "Avenant › Article 3", "sont remplacés respectivement par « 683 000 € », « 289 000 € » et « 230 000 € ».")],
  ["683 000 €"], "L'avenant porte l'enveloppe de 668 000 € à 683 000 €, soit environ 0,7 M€.")
c("Le DAC Orvanne Nord a vu sa file active augmenter de plus de 13 % en un an.",
  "supported", None,
  [g(DAC, "3.2 File active", "La file active 2025 s'établit à 468 personnes accompagnées, contre 412 en 2024, soit une progression de 13,6 %.")],
  ["13,6 %"], "La file active passe de 412 à 468 personnes, soit +13,6 %.")
c("Un seul élu du Bureau communautaire a voté contre l'avenant au CLS.",
  "supported", None,
  [g(DEL, "Résultat du vote", "Contre : 1 (M. Denis CHARPY)")],
  ["1"], "Le vote enregistre une voix contre, celle de M. Denis Charpy.")
c("The amendment added €15,000 to the mental health first aid action.",
  "supported", None,
  [g(CLS, "Avenant › Article 2", "Le budget prévisionnel de la fiche action 2.3 est porté de 48 000 € à 63 000 €.")],
  ["48 000 €", "63 000 €"], "Fiche 2.3 goes from 48 000 € to 63 000 €, i.e. +15 000 €.")
c("Plus de 90 % des recettes du DAC Orvanne Nord proviennent de l'ARS.",
  "supported", None,
  [g(DAC, "6.2 Commentaires", "Le financement de l'ARS représente 91,8 % des produits 2025.")],
  ["91,8 %"], "Le FIR représente 91,8 % des produits 2025.")
c("Le médicobus du Val de Lornay vise 1 500 consultations annuelles à l'horizon 2027.",
  "supported", None,
  [g(CLS, "Fiche action 1.3 › Indicateurs d'évaluation", "Nombre de consultations (cible : 1 500 par an en 2027)")],
  ["1 500"], "La cible de l'indicateur de la fiche 1.3 est de 1 500 consultations par an en 2027.")
c("Pour attirer les internes, l'intercommunalité met à disposition un logement meublé de quatre chambres.",
  "supported", None,
  [g(CLS, "Fiche action 1.1 › Objectifs", "Mettre à disposition un logement meublé de 4 chambres")],
  ["4"], "La fiche 1.1 prévoit un logement meublé de 4 chambres.")

# contradicted (8)
c("La mission d'évaluation finale du CLS est estimée à 24 500 € TTC.",
  "contradicted", "ht_ttc",
  [g(DEL, "ARTICLE 5", "dont le montant est estimé à 24 500 € HT, soit 29 400 € TTC.")],
  ["24 500 € HT", "29 400 € TTC"], "24 500 € est le montant hors taxes ; le montant TTC est de 29 400 €.")
c("C'est le conseil communautaire du Val de Lornay qui a approuvé l'avenant n° 1 au CLS le 18 novembre 2025.",
  "contradicted", "body",
  [g(DEL, "En-tête", "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU COMMUNAUTAIRE")],
  ["18 novembre 2025"], "L'avenant a été approuvé par le Bureau communautaire, par délégation du conseil.")
c("Après l'avenant, l'enveloppe globale du contrat local de santé atteint 698 000 €.",
  "contradicted", "envelope",
  [g(DEL, "ARTICLE PREMIER", "qui porte le montant global du contrat de 668 000 € à 683 000 €")],
  ["683 000 €"], "L'enveloppe globale est portée à 683 000 €, pas 698 000 €.")
c("La consultation jeunes consommateurs avancée a ouvert à Saint-Aubin-sur-Lornay dès janvier 2025.",
  "contradicted", "year",
  [g(CLS, "Fiche action 2.2 › Calendrier", "CJC avancée ouverte en janvier 2026")],
  ["janvier 2026"], "L'ouverture de la CJC avancée est prévue en janvier 2026.")
c("Le DAC Orvanne Nord a accompagné 472 personnes en 2025.",
  "contradicted", "measure",
  [g(DAC, "3.1 Demandes reçues et inclusions", "Le DAC a reçu 472 demandes d'appui en 2025, contre 431 en 2024 (+9,5 %)."),
   g(DAC, "3.2 File active", "La file active 2025 s'établit à 468 personnes accompagnées, contre 412 en 2024, soit une progression de 13,6 %.")],
  ["468", "472"], "472 est le nombre de demandes reçues ; la file active est de 468 personnes.")
c("Deux élus se sont abstenus lors du vote de la délibération n° 2025-112.",
  "contradicted", "vote_row",
  [g(DEL, "Résultat du vote", "Abstentions : 1 (Mme Odile BRUNET)")],
  ["1"], "Il n'y a eu qu'une abstention ; un autre élu n'a pas pris part au vote, ce qui n'est pas une abstention.")
c("The amendment to the Val de Lornay local health contract was signed on 18 November 2025.",
  "contradicted", "date",
  [g(CLS, "Avenant › Article 6", "Fait à Saint-Aubin-sur-Lornay, le 5 décembre 2025, en sept exemplaires originaux.")],
  ["5 décembre 2025"], "18 November 2025 is the date of the bureau's approval; the amendment was signed on 5 December 2025.")
c("Le CLS du Val de Lornay se décline en dix fiches-actions réparties sur quatre axes.",
  "contradicted", "count",
  [g(CLS, "Article 4 – Axes stratégiques", "Le contrat est structuré en quatre axes stratégiques déclinés en neuf fiches-actions")],
  ["neuf"], "Le contrat compte neuf fiches-actions ; l'animation du contrat n'est pas une fiche.")

# not_in_corpus (5)
c("Le médicobus a assuré plus de 2 000 consultations en 2026.", "not_in_corpus", None, [], [],
  "Aucun document ne donne l'activité du médicobus en 2026.")
c("Le cabinet Territoires & Santé Conseil a été choisi pour évaluer le contrat local de santé.", "not_in_corpus", None, [], [],
  "La délibération autorise seulement le lancement d'une consultation ; aucun prestataire n'est nommé.")
c("Glenbrae will contribute £20,000 towards the running costs of the médicobus.", "not_in_corpus", None, [], [],
  "The briefing note mentions only the shared cost of the exchange programme, not any Glenbrae funding for the médicobus.")
c("Dans le Val de Lornay, 52 % des plus de 65 ans sont vaccinés contre la grippe.", "not_in_corpus", None, [], [],
  "Aucun taux de vaccination n'est donné dans le corpus.")
c("La CPTS du Val de Lornay fédère 95 professionnels adhérents.", "not_in_corpus", None, [], [],
  "Le corpus mentionne environ 140 professionnels libéraux sur le territoire, mais pas le nombre d'adhérents de la CPTS.")

for i, item in enumerate(C, 1):
    item["id"] = f"s25-cls-avenant-dac-c{i:02d}"

KEYS_Q = ["id", "kind", "lang", "question", "history", "answerable", "gold", "figures"]
KEYS_C = ["id", "claim", "verdict", "error", "gold", "figures", "note"]
with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
    for item in Q:
        f.write(json.dumps({k: item[k] for k in KEYS_Q}, ensure_ascii=False) + "\n")
with open(ROOT / "claims.jsonl", "w", encoding="utf-8") as f:
    for item in C:
        f.write(json.dumps({k: item[k] for k in KEYS_C}, ensure_ascii=False) + "\n")
print(len(Q), "questions,", len(C), "claims")
