# Writes questions.jsonl and claims.jsonl for the s20-cpts-territoire set.
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
S = "s20-cpts-territoire"
A = "2025-02-26-contrat-tripartite-cpts-lorvanne-aure"
B = "pv-ag-ordinaire-cpts-lorvanne-aure-2025-06-17"
C = "briefing-note-visit-kelderwick-pcn-sept-2025"


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures, history=None):
    Q.append({"kind": kind, "lang": lang, "question": question, "history": history or [],
              "answerable": kind != "unanswerable", "gold": gold, "figures": figures})


# ------------------------------------------------------------------ figure
q("figure", "fr", "Combien d'habitants vivent sur le territoire couvert par la CPTS Lorvanne-Aure ?",
  [g(A, "Art. 2", "une population totale de 58 420 habitants")], ["58 420"])
q("figure", "fr", "À combien s'élève au maximum la participation de l'assurance maladie sur les trois premières années du contrat tripartite ?",
  [g(A, "Art. 10", "Le montant maximal de la participation de l'assurance maladie sur les années 2025 à 2027 s'élève à 929 000 €.")],
  ["929 000 €"])
q("figure", "en", "What quorum did the CPTS need at its June 2025 general assembly, and how many members were present or represented?",
  [g(B, "1. Ouverture de la séance › Présences et quorum", "Quorum requis (un tiers des membres, article 12 des statuts)"),
   g(B, "1. Ouverture de la séance › Présences et quorum", "Total des membres présents ou représentés")],
  ["51", "85"])
q("figure", "fr", "Combien va coûter TTC la deuxième cabine de téléconsultation prévue à Coulanges-le-Haut ?",
  [g(B, "10. Questions diverses › a) Seconde cabine de téléconsultation",
     "Son coût d'acquisition est estimé à 18 600 € HT, soit 22 320 € TTC")],
  ["22 320 € TTC"])
q("figure", "fr", "Lors de l'AG, combien de voix contre a recueilli la hausse des cotisations pour 2026 ?",
  [g(B, "Sixième résolution › Vote", "Votants : 85 – Pour : 68 – Contre : 11 – Abstentions : 6")], ["11"])
q("figure", "en", "How much did the CPTS receive as the advance on its 2025 fixed-part funding, and on what date did the money come in?",
  [g(B, "8. Budget prévisionnel 2025",
     "l'avance de 70 % sur la part fixe 2025, soit 159 250 €, a été encaissée le 18 avril 2025")],
  ["159 250 €", "18 avril 2025"])
q("figure", "fr", "Combien est payé un médecin pour une demi-journée de régulation des soins non programmés ?",
  [g(A, "Art. 5", "indemnisation de 90 € par demi-journée de régulation")], ["90 €"])
q("figure", "fr", "Si la CPTS veut sortir du contrat, quel préavis doit-elle respecter ?",
  [g(A, "Art. 16, 1°", "à l'initiative de la CPTS, par lettre recommandée avec accusé de réception adressée à l'ARS et à la CPAM, moyennant un préavis de trois mois")],
  ["trois mois"])
q("figure", "fr", "Combien de créneaux de soins non programmés la CPTS a-t-elle proposés sur toute l'année 2024 ?",
  [g(B, "3. Rapport d'activité 2024 › b) Soins non programmés",
     "7 120 créneaux de soins non programmés ont été proposés en 2024")],
  ["7 120"])
q("figure", "fr", "Quand le contrat tripartite actuel a-t-il été signé ?",
  [g(A, "Signatures", "Fait à Lorvanne-sur-Aure, le 26 février 2025, en trois exemplaires originaux.")],
  ["26 février 2025"])
q("figure", "en", "What proportion of adults had no regular doctor on the CPTS territory at the end of 2023, and how does that compare with the département average?",
  [g(A, "Préambule › Considérant",
     "(9,8 % au 31 décembre 2023) est supérieure à la moyenne départementale (7,1 %)")],
  ["9,8 %", "7,1 %"])

# ------------------------------------------------------------------ table
q("table", "fr", "Dans le tableau de financement du contrat, quel est le plafond de part variable pour la mission prévention en 2026 ?",
  [g(A, "Art. 10 › Tableau 2 › Prévention", "Prévention")], ["12 500"])
q("table", "en", "In the contract's funding table, how much fixed funding does the health-crisis mission get in 2025, and how much in the following years?",
  [g(A, "Art. 10 › Tableau 2 › Crise sanitaire grave", "Crise sanitaire grave")], ["25 000", "12 000"])
q("table", "fr", "Combien de patients de 17 ans et plus n'avaient pas de médecin traitant à Montcalvet fin 2023 ?",
  [g(A, "Art. 2 › Tableau 1 › Montcalvet", "Montcalvet")], ["845"])
q("table", "fr", "Quelle valeur cible l'annexe des indicateurs fixe-t-elle pour 2026 s'agissant de la vaccination HPV ?",
  [g(A, "Annexe 2 › Indicateurs › 3.2", "3.2 Couverture vaccinale HPV des filles de 15 ans")], ["48 %"])
q("table", "fr", "Qu'a coûté à la CPTS le poste informatique et logiciels dans les comptes 2024 ?",
  [g(B, "4. Comptes 2024 › Compte de résultat › Charges", "Systèmes d'information et logiciels")], ["14 780,00"])
q("table", "fr", "Dans le compte de résultat, quel était le montant de la subvention FIR en 2023 ?",
  [g(B, "4. Comptes 2024 › Compte de résultat › Produits", "Subvention FIR (ARS Centre-Armorique)")], ["60 000,00"])
q("table", "en", "According to the briefing note's membership table, how many nurses belong to the CPTS?",
  [g(C, "4. Key figures › Members by profession › Nurses", "Nurses")], ["41"])

# ------------------------------------------------------------------ clause
q("clause", "fr", "En cas de résiliation en cours d'année, que deviennent les financements déjà perçus par la CPTS ?",
  [g(A, "Art. 16", "les sommes versées au titre de la part fixe de l'année en cours sont dues au prorata temporis"),
   g(A, "Art. 16", "Aucune part variable n'est due au titre de l'année de la résiliation.")], [])
q("clause", "fr", "Dans quel délai la CPTS doit-elle produire son plan de réponse aux crises sanitaires ?",
  [g(A, "Art. 8", "La CPTS élabore un plan d'action de réponse aux crises sanitaires graves dans un délai de six mois à compter de la signature du présent contrat.")],
  ["six mois"])
q("clause", "en", "Who sits on the follow-up committee set up by the three-party contract?",
  [g(A, "Art. 13", "Il est composé de deux représentants de la CPTS, dont la présidente, d'un représentant de l'ARS, d'un représentant de la CPAM et d'un représentant des usagers désigné par France Assos Santé.")],
  [])
q("clause", "fr", "Si un indicateur n'est atteint qu'à 85 % de sa cible, la CPTS touche-t-elle quand même quelque chose ?",
  [g(A, "Annexe 2", "Un indicateur atteint à 80 % au moins de sa cible ouvre droit à la moitié de la part variable qui lui correspond.")],
  [])
q("clause", "fr", "Qui remplace Denis Poulard comme trésorier ?",
  [g(B, "9. Renouvellement du conseil d'administration › Bureau",
     "Mme Sandrine Le Guellec succède à M. Denis Poulard dans les fonctions de trésorier.")], [])
q("clause", "en", "Is the CPTS allowed to give up the quality-of-care mission before the contract ends?",
  [g(A, "Art. 4", "Les missions mentionnées aux 5° et 6° sont choisies par la CPTS et peuvent être abandonnées à la date anniversaire du contrat, moyennant un préavis de trois mois.")],
  [])
q("clause", "fr", "Qui sont les interlocuteurs désignés par l'ARS et la CPAM pour suivre la CPTS ?",
  [g(A, "Art. 12, 3°", "pour l'ARS, M. Julien Vasseur, chargé de mission exercice coordonné ; pour la CPAM, Mme Claire Dutheil, conseillère CPTS")],
  [])

# ------------------------------------------------------------------ list
q("list", "fr", "Sur quelles thématiques portent les parcours pluriprofessionnels prévus par le contrat ?",
  [g(A, "Art. 6, 1°", "le parcours des patients atteints d'insuffisance cardiaque"),
   g(A, "Art. 6, 2°", "le parcours des personnes âgées fragiles à domicile"),
   g(A, "Art. 6, 3°", "le parcours en santé mentale des jeunes de 12 à 25 ans")], [])
q("list", "en", "Which patients are given priority by the CPTS's service that helps people find a regular GP?",
  [g(A, "Art. 5, 1°", "les patients en affection de longue durée (ALD)"),
   g(A, "Art. 5, 1°", "les patients âgés de 70 ans et plus"),
   g(A, "Art. 5, 1°", "les bénéficiaires de la complémentaire santé solidaire (C2S)")], [])
q("list", "fr", "Quels candidats ont été élus au conseil d'administration lors de l'AG du 17 juin 2025 ?",
  [g(B, "Huitième résolution", "Dr Hélène Carvallo, médecin généraliste (Lorvanne-sur-Aure)"),
   g(B, "Huitième résolution", "M. Mathieu Drouard, pharmacien d'officine (Saint-Bréac)"),
   g(B, "Huitième résolution", "Mme Sandrine Le Guellec, infirmière libérale (Montcalvet)"),
   g(B, "Huitième résolution", "Mme Inès Marchetti, sage-femme libérale (Pradelles-sur-Aure)"),
   g(B, "Huitième résolution", "M. Thomas Rigaud, masseur-kinésithérapeute (Villiers-la-Combe)"),
   g(B, "Huitième résolution", "Dr Paul-Antoine Vernhes, chirurgien-dentiste (Lorvanne-sur-Aure)")], [])
q("list", "fr", "Que doit préciser le plan d'action crise sanitaire grave de la CPTS ?",
  [g(A, "Art. 8, 1°", "l'identité du référent crise et de son suppléant"),
   g(A, "Art. 8, 2°", "l'annuaire des professionnels et des structures mobilisables, mis à jour au moins deux fois par an"),
   g(A, "Art. 8, 3°", "les modalités d'alerte et de diffusion de l'information aux membres"),
   g(A, "Art. 8, 4°", "les actions à mettre en œuvre selon les principaux scénarios de crise identifiés")], [])
q("list", "fr", "Autour de quelles instances la CPTS est-elle organisée d'après le contrat ?",
  [g(A, "Art. 3, 1°", "l'assemblée générale, composée de l'ensemble des membres à jour de leur cotisation"),
   g(A, "Art. 3, 2°", "le conseil d'administration, composé de douze membres élus pour deux ans"),
   g(A, "Art. 3, 3°", "le bureau, composé du président, du vice-président, du secrétaire et du trésorier"),
   g(A, "Art. 3, 4°", "une équipe de coordination salariée")], [])

# ------------------------------------------------------------------ followup
q("followup", "fr", "Et la part variable maximale prévue en 2027 ?",
  [g(A, "Art. 10 › Tableau 2 › Parcours pluriprofessionnels", "Parcours pluriprofessionnels")], ["30 000"],
  history=["Quel est le montant de la part fixe pour les parcours pluriprofessionnels en 2025 ?"])
q("followup", "fr", "Et Laëtitia Gomes ?",
  [g(B, "Huitième résolution", "Mme Laëtitia Gomes, orthophoniste (Les Essarts-de-Vaur)")], ["39"],
  history=["Combien de voix a obtenu Mathieu Drouard à l'élection du conseil d'administration ?"])
q("followup", "en", "And the year before?",
  [g(B, "4. Comptes 2024 › Compte de résultat › Produits", "TOTAL DES PRODUITS")], ["194 068,20"],
  history=["What was the CPTS's total income in its 2024 accounts?"])
q("followup", "fr", "Et combien d'abstentions sur le quitus donné aux administrateurs ?",
  [g(B, "Cinquième résolution › Vote", "Votants : 85 – Pour : 80 – Contre : 0 – Abstentions : 5")], ["5"],
  history=["Combien de membres ont voté pour l'approbation des comptes 2024 ?"])
q("followup", "fr", "Et pour 2027 ?",
  [g(A, "Annexe 2 › Indicateurs › 1.1", "1.1 Patients de 17 ans et plus sans médecin traitant")], ["3 400"],
  history=["Quelle est la cible 2025 du nombre de patients sans médecin traitant dans les indicateurs du contrat ?"])

# ------------------------------------------------------------------ cross
q("cross", "fr", "L'avance encaissée par la CPTS en avril 2025 correspond-elle au pourcentage d'avance prévu par le contrat tripartite ?",
  [g(A, "Art. 10, 1°", "une avance de 70 % du montant de la part fixe de l'année est versée dans les deux mois suivant la signature du contrat pour l'année 2025"),
   g(B, "8. Budget prévisionnel 2025", "l'avance de 70 % sur la part fixe 2025, soit 159 250 €, a été encaissée le 18 avril 2025")],
  ["70 %", "159 250 €"])
q("cross", "en", "How many of the GPs practising on the territory are actually CPTS members?",
  [g(A, "Art. 2 › Tableau 1 › Total territoire", "Total territoire"),
   g(C, "4. Key figures › Members by profession › General practitioners", "General practitioners")],
  ["38", "33"])
q("cross", "fr", "Le parcours insuffisance cardiaque a-t-il déjà atteint son objectif 2025 de patients inclus ?",
  [g(A, "Annexe 2 › Indicateurs › 2.2", "2.2 Patients inclus, parcours insuffisance cardiaque"),
   g(C, "4. Key figures › Patients in the heart-failure pathway", "Patients in the heart-failure pathway")],
  ["60", "71"])
q("cross", "fr", "Combien de médecins généralistes assuraient des créneaux de soins non programmés en 2024, et combien s'y étaient engagés à la signature du contrat ?",
  [g(B, "3. Rapport d'activité 2024 › b) Soins non programmés", "par 26 médecins généralistes, soit une moyenne de 593 créneaux par mois"),
   g(A, "Art. 5, 2°", "À la signature, 28 médecins généralistes sont engagés dans ce dispositif.")],
  ["26", "28"])

# ------------------------------------------------------------------ unanswerable
q("unanswerable", "fr", "Quel est le montant de la part fixe de la mission prévention pour 2028 ?", [], [])
q("unanswerable", "fr", "Que prévoit l'article 18 du contrat tripartite ?", [], [])
q("unanswerable", "en", "How much did the regional council (Conseil régional) give the CPTS in 2024?", [], [])
q("unanswerable", "fr", "Quel âge a le Dr Hélène Carvallo ?", [], [])
q("unanswerable", "en", "Where does the CPTS coordinator Aurélie Fontanges come from originally?", [], [])
q("unanswerable", "fr", "Quel est le taux de participation au dépistage du cancer du sein sur le territoire de la CPTS ?", [], [])
q("unanswerable", "fr", "Quelle est la valeur cible de l'indicateur 6.2 de l'annexe 2 ?", [], [])
q("unanswerable", "en", "Which political party is Véronique Sallenave a member of?", [], [])

for i, x in enumerate(Q, 1):
    x["id"] = f"{S}-q{i:02d}"

# ------------------------------------------------------------------ claims
K = []


def c(claim, verdict, error, gold, figures, note):
    K.append({"claim": claim, "verdict": verdict, "error": error, "gold": gold, "figures": figures, "note": note})


c("La CPTS Lorvanne-Aure intervient sur sept communes qui totalisent 58 420 habitants.", "supported", None,
  [g(A, "Art. 2", "Le territoire d'intervention de la CPTS couvre sept communes du nord du département de la Vaurenne"),
   g(A, "Art. 2", "une population totale de 58 420 habitants")], ["58 420"],
  "Article 2 gives seven communes and a population of 58 420.")
c("Les comptes 2024 de la CPTS font apparaître un excédent de 18 436 euros.", "supported", None,
  [g(B, "Troisième résolution", "un excédent de 18 436,00 €")], ["18 436,00 €"],
  "The third resolution approves accounts showing a surplus of 18 436,00 €.")
c("The increase in membership fees to €30 for health professionals was passed by 68 votes to 11.", "supported", None,
  [g(B, "Sixième résolution", "le montant de la cotisation annuelle à 30 € pour les professionnels de santé"),
   g(B, "Sixième résolution › Vote", "Votants : 85 – Pour : 68 – Contre : 11 – Abstentions : 6")],
  ["30 €", "68", "11"], "The sixth resolution sets the fee at 30 € with 68 for and 11 against.")
c("Le contrat fixe l'objectif de 1 200 créneaux de soins non programmés par mois en 2027.", "supported", None,
  [g(A, "Art. 5, 2°", "L'objectif est d'atteindre 1 200 créneaux par mois en 2027")], ["1 200"],
  "Article 5, 2° sets the 1 200 monthly slots target for 2027.")
c("L'ARS accorde 45 000 € du fonds d'intervention régional à la CPTS pour 2025, pour financer un poste de chargée de mission parcours.",
  "supported", None,
  [g(A, "Art. 10", "l'ARS attribue à la CPTS une subvention de 45 K€ au titre du fonds d'intervention régional (FIR) pour l'année 2025"),
   g(B, "3. Rapport d'activité 2024", "subvention de 45 000 € au titre du fonds d'intervention régional pour 2025")],
  ["45 K€", "45 000 €"], "Article 10 of the contract and the AG minutes both give a 45 K€ FIR grant for 2025 for the pathway officer post.")
c("The teleconsultation booth in Montcalvet handled 418 consultations in its first four months of operation.", "supported", None,
  [g(B, "3. Rapport d'activité 2024 › c) Téléconsultation assistée",
     "a permis 418 téléconsultations entre cette date et le 31 décembre 2024")], ["418"],
  "Opened on 2 September 2024, the booth recorded 418 teleconsultations up to 31 December 2024.")
c("Le nouveau contrat tripartite court jusqu'au 31 décembre 2029.", "supported", None,
  [g(A, "Art. 14", "Le présent contrat est conclu pour une durée de cinq ans, du 1er janvier 2025 au 31 décembre 2029.")],
  ["31 décembre 2029"], "Article 14 sets a five-year term ending on 31 December 2029.")

c("La seconde cabine de téléconsultation de Coulanges-le-Haut coûtera 18 600 € TTC.", "contradicted", "ht_ttc",
  [g(B, "10. Questions diverses › a)", "Son coût d'acquisition est estimé à 18 600 € HT, soit 22 320 € TTC")],
  ["18 600 € HT", "22 320 € TTC"], "18 600 € is the HT cost; the TTC cost is 22 320 €.")
c("Le contrat accorde à la mission soins non programmés une part variable maximale de 25 000 € en 2026.", "contradicted", "envelope",
  [g(A, "Art. 10 › Tableau 2 › Soins non programmés", "Soins non programmés")], ["20 000", "25 000"],
  "The 2026 variable part for unscheduled care is 20 000; 25 000 is the 2027 column of the same row.")
c("En 2024, la CPTS a perçu 60 000 € de subvention FIR de l'ARS.", "contradicted", "year",
  [g(B, "4. Comptes 2024 › Compte de résultat › Produits", "Subvention FIR (ARS Centre-Armorique)")],
  ["45 000,00", "60 000,00"], "The FIR grant was 60 000,00 in 2023 and 45 000,00 in 2024.")
c("L'article 7 du contrat impose à la CPTS de rédiger un plan de réponse aux crises sanitaires graves dans les six mois.",
  "contradicted", "measure",
  [g(A, "Art. 8", "La CPTS élabore un plan d'action de réponse aux crises sanitaires graves dans un délai de six mois à compter de la signature du présent contrat."),
   g(A, "Art. 7", "Art. 7 – Mission de prévention")], ["six mois"],
  "The crisis plan obligation is in Article 8; Article 7 concerns prevention.")
c("The CPTS's 2024 accounts were approved by 83 votes with 2 abstentions.", "contradicted", "vote_row",
  [g(B, "Troisième résolution › Vote", "Votants : 85 – Pour : 79 – Contre : 2 – Abstentions : 4")], ["79", "4"],
  "83 for and 2 abstentions is the vote on the activity report (second resolution); the accounts got 79 for, 2 against, 4 abstentions.")
c("Le conseil départemental a versé 45 000 € à la CPTS en 2024.", "contradicted", "body",
  [g(B, "4. Comptes 2024 › Compte de résultat › Produits", "Subvention du conseil départemental"),
   g(B, "4. Comptes 2024 › Compte de résultat › Produits", "Subvention FIR (ARS Centre-Armorique)")],
  ["12 000,00", "45 000,00"], "In 2024 the département gave 12 000,00; the 45 000,00 came from the ARS through the FIR.")
c("Twelve board members were elected at the CPTS general assembly in June 2025.", "contradicted", "count",
  [g(B, "9. Renouvellement partiel du conseil d'administration",
     "Huit candidatures ont été reçues dans les délais pour les six sièges à pourvoir.")], ["six"],
  "Only six of the twelve seats were up for election; the board has twelve members in total.")
c("Le nouveau contrat tripartite de la CPTS a été signé le 26 mars 2025.", "contradicted", "date",
  [g(A, "Signatures", "Fait à Lorvanne-sur-Aure, le 26 février 2025, en trois exemplaires originaux.")],
  ["26 février 2025"], "The contract was signed on 26 February 2025.")
c("GPs taking part in unscheduled-care regulation are paid €120 per half-day.", "contradicted", "value",
  [g(A, "Art. 5", "indemnisation de 90 € par demi-journée de régulation")], ["90 €"],
  "The contract sets the payment at 90 € per half-day of regulation.")

c("Le taux de vaccination contre la grippe des plus de 65 ans a progressé de 5 points sur le territoire de la CPTS en 2024.",
  "not_in_corpus", None, [], [], "The documents mention flu vaccination actions but give no coverage rate.")
c("La CPTS a signé une convention avec le service départemental d'incendie et de secours (SDIS) de la Vaurenne pour la prise en charge des soins non programmés.",
  "not_in_corpus", None, [], [], "No document mentions the SDIS or any agreement with it.")
c("The heart-failure pathway has cut hospital readmissions by 20 %.", "not_in_corpus", None, [], [],
  "The documents give numbers of patients included but nothing on readmissions.")
c("Le Dr Hélène Carvallo préside la CPTS depuis sa création en 2021.", "not_in_corpus", None, [], [],
  "The documents say she was re-elected in 2025 but not since when she chairs the CPTS.")

for i, x in enumerate(K, 1):
    x["id"] = f"{S}-c{i:02d}"

KEYQ = ["id", "kind", "lang", "question", "history", "answerable", "gold", "figures"]
KEYC = ["id", "claim", "verdict", "error", "gold", "figures", "note"]
with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
    for x in Q:
        f.write(json.dumps({k: x[k] for k in KEYQ}, ensure_ascii=False) + "\n")
with open(ROOT / "claims.jsonl", "w", encoding="utf-8") as f:
    for x in K:
        f.write(json.dumps({k: x[k] for k in KEYC}, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), Counter(x["lang"] for x in Q))
print(Counter((x["kind"], x["lang"]) for x in Q))
print(len(K), Counter(x["verdict"] for x in K), Counter(x["error"] for x in K))
en = sum(1 for x in K if any(w in x["claim"] for w in ("The ", "Twelve", "GPs ")))
print("claims en", en)
