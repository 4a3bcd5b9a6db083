"""Write questions.jsonl and claims.jsonl for the s9-hospital-group-english set."""
import json
from pathlib import Path

SET = "s9-hospital-group-english"
ROOT = Path(__file__).resolve().parent.parent
R = "2025-03-ghu-lorvanne-innovation-activity-report-2024"
P = "2025-03-27-pv-conseil-surveillance-ghu-lorvanne"
N = "2025-04-14-note-synthese-ars-innovation-ghu-lorvanne"


def g(doc, locator, quote):
    return {"doc_id": doc, "locator": locator, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures=(), history=()):
    Q.append({
        "id": f"{SET}-q{len(Q) + 1:02d}",
        "kind": kind,
        "lang": lang,
        "question": question,
        "history": list(history),
        "answerable": kind != "unanswerable",
        "gold": gold,
        "figures": list(figures),
    })


# ---------------------------------------------------------------- figure (11)
q("figure", "fr", "Combien de patients ont été inclus dans des études de recherche au GHU de Lorvanne en 2024 ?",
  [g(R, "1.1 Key figures", "11,605 patients enrolled in research protocols in 2024")], ["11,605"])
q("figure", "en", "How many priority patent applications did the Lorvanne hospital group file in 2024?",
  [g(R, "1.1 Key figures", "19 priority patent applications filed, the highest number in the group's history")], ["19"])
q("figure", "fr", "Quel montant de déficit du budget principal a été porté au report à nouveau déficitaire ?",
  [g(P, "Point 3 – Affectation du résultat 2024",
     "le déficit du budget principal, soit 4 904 212,65 €, est affecté au compte 119 « Report à nouveau déficitaire »")],
  ["4 904 212,65 €"])
q("figure", "en", "What was the hospital's self-financing capacity (CAF) in 2024?",
  [g(P, "Point 2 – Compte financier 2024",
     "La capacité d'autofinancement (CAF) atteint 38,6 M€ en 2024, contre 41,2 M€ en 2023.")], ["38,6 M€"])
q("figure", "fr", "À quelle heure la séance du conseil de surveillance de mars a-t-elle pris fin ?",
  [g(P, "Questions diverses › Clôture de la séance",
     "L'ordre du jour étant épuisé, le président lève la séance à 19h52.")], ["19h52"])
q("figure", "en", "How much seed funding can a Tremplin Santé project get, and for how long are projects supported?",
  [g(R, "4.2 The Tremplin Santé incubation programme",
     "Each project receives a seed grant of up to EUR 45,000 and support from mentors for a period of 18 months.")],
  ["45,000", "18 months"])
q("figure", "fr", "Quelle est l'enveloppe globale prévue pour le futur bâtiment CIC 2 ?",
  [g(P, "Point 5 – Plan pluriannuel d'investissement 2025-2029",
     "fait l'objet d'une enveloppe prévisionnelle globale de 21,0 M€ TTC")], ["21,0 M€ TTC"])
q("figure", "fr", "Combien le GHU demande-t-il au total à l'ARS au titre du FIR ?",
  [g(N, "IV. Demandes de soutien au titre du FIR 2025", "montant total de 1 350 k€ sur trois ans (2025-2027)")],
  ["1 350 k€"])
q("figure", "fr", "Combien de membres le cluster LSI comptait-il fin 2024 ?",
  [g(R, "1.3 The Lorvanne Santé Innovation cluster",
     "At the end of 2024 the LSI cluster had 64 members (52 at the end of 2023)")], ["64"])
q("figure", "fr", "En 2024, combien de jours fallait-il en moyenne entre la signature du contrat et le premier patient inclus ?",
  [g(N, "II. 1° Recherche clinique", "a été ramené de 142 jours en 2023 à 109 jours en 2024")], ["109 jours"])
q("figure", "fr", "Quel montant le GHU apportera-t-il en dotation initiale à sa future fondation hospitalière ?",
  [g(P, "Point 6 – Création de la fondation hospitalière",
     "une dotation initiale de 300 000 €, versée par le GHU en trois tranches annuelles de 100 000 € en 2025, 2026 et 2027")],
  ["300 000 €"])

# ---------------------------------------------------------------- table (8)
q("table", "en", "In the trials-by-phase table, how many Phase II trials were active at the end of 2024 and how many patients did they enrol that year?",
  [g(R, "Table 1 – Clinical trials by phase › Phase II", "Phase II")], ["47", "968"])
q("table", "fr", "Combien d'ETP de recherche le département de neurosciences comptait-il au 31 décembre 2024 ?",
  [g(N, "Tableau 1 – Effectifs de recherche par département › Neurosciences", "Neurosciences")], ["18,1"])
q("table", "fr", "Dans le PPI, quels crédits sont inscrits en 2027 pour la restructuration du plateau technique de Saint-Fiacre ?",
  [g(P, "Tableau 2 – Plan pluriannuel d'investissement › Restructuration du plateau technique de Saint-Fiacre",
     "Restructuration du plateau technique de Saint-Fiacre")], ["14,8"])
q("table", "en", "According to the funding table, how much did industry-sponsored contract research bring in during 2024?",
  [g(R, "Table 4 – Research and innovation resources by funder › Industrial sponsors",
     "Industrial sponsors (contract research)")], ["9,480,000"])
q("table", "fr", "Dans le récapitulatif des votes, quel a été le décompte sur le point 5 (PPI) ?",
  [g(P, "Tableau 3 – Votes par point de l'ordre du jour › Point 5", "Point 5")], ["8", "3", "1"])
q("table", "fr", "Combien la start-up NeoGlia Therapeutics a-t-elle levé depuis sa création ?",
  [g(R, "Table 3 – Start-ups created in 2023 and 2024 › NeoGlia Therapeutics", "NeoGlia Therapeutics")],
  ["3,200,000"])
q("table", "fr", "Combien de familles de brevets actives le portefeuille du GHU comptait-il en 2023 ?",
  [g(R, "Table 2 – Patent activity › Active patent families in portfolio", "Active patent families in portfolio")],
  ["64"])
q("table", "fr", "Quel est le montant total prévu sur 2025-2029 pour le schéma directeur SI dans le plan d'investissement ?",
  [g(P, "Tableau 2 – Plan pluriannuel d'investissement › Schéma directeur du système d'information",
     "Schéma directeur du système d'information")], ["20,5"])

# ---------------------------------------------------------------- clause (8)
q("clause", "fr", "Comment les redevances de licences sont-elles réparties au GHU ?",
  [g(R, "3.2 Licensing and royalties",
     "net royalties are shared as follows: 25 % to the inventors, 25 % to the inventors' department and 50 % to the DRCI innovation fund")],
  ["25 %", "50 %"])
q("clause", "en", "Who chairs the GHU's Innovation Committee?",
  [g(R, "1.2 Governance of innovation",
     "The Innovation Committee (Comité de l'innovation) is chaired by Dr Hélène Marchetti-Roux, Director of Research and Innovation.")])
q("clause", "fr", "Pourquoi les représentants syndicaux ont-ils voté contre le plan d'investissement ?",
  [g(P, "Point 5 – Débat",
     "estimant que le recours à l'emprunt, à hauteur de 52,0 M€, pèsera sur les moyens en personnel des services de soins")])
q("clause", "fr", "Que prévoit la convention avec le cluster LSI en matière de personnel mis à disposition par le GHU ?",
  [g(P, "Point 4 – Convention-cadre LSI › b)",
     "la mise à disposition, à titre gracieux, de 1,5 ETP d'ingénieurs de la DRCI pour l'animation des projets collaboratifs du cluster")],
  ["1,5 ETP"])
q("clause", "fr", "Qui a été désigné secrétaire de séance du conseil de surveillance ?",
  [g(P, "I. Présences et quorum", "Sur proposition du président, Mme Élodie Raffin est désignée secrétaire de séance.")])
q("clause", "fr", "À quoi serviraient les crédits FIR demandés pour le LorvaLab ?",
  [g(N, "IV. Demandes de soutien au titre du FIR 2025 › 1°",
     "destinés à financer 2 ETP d'ingénieurs d'usage et l'indemnisation des patients testeurs")])
q("clause", "fr", "Que doit faire le GHU des crédits FIR qui n'auraient pas été consommés ?",
  [g(N, "IV. Engagements du GHU › 3°",
     "à reverser à l'ARS les crédits non consommés à l'issue de la période de trois ans")])
q("clause", "en", "Who is eligible to apply to the Tremplin Santé incubation programme?",
  [g(R, "4.2 The Tremplin Santé incubation programme",
     "It is open to GHU staff (physicians, pharmacists, nurses, allied health professionals, engineers) and to doctoral and post-doctoral researchers working in a GHU department.")])

# ---------------------------------------------------------------- list (5)
q("list", "en", "What criteria does the panel use to select Tremplin Santé projects?",
  [g(R, "4.2 › Selection criteria", "the medical need addressed and the expected benefit for patients"),
   g(R, "4.2 › Selection criteria", "the involvement of a clinical champion working in a GHU department"),
   g(R, "4.2 › Selection criteria", "the strength of the intellectual property position"),
   g(R, "4.2 › Selection criteria", "the composition and complementarity of the project team"),
   g(R, "4.2 › Selection criteria", "the credibility of the business model and the route to market")])
q("list", "fr", "Quels projets le GHU demande-t-il à l'ARS de financer sur le FIR 2025, et pour quels montants ?",
  [g(N, "IV. Demandes › 1°", "Fonctionnement du LorvaLab : 450 k€"),
   g(N, "IV. Demandes › 2°", "Programme « Patients partenaires de la recherche » : 280 k€"),
   g(N, "IV. Demandes › 3°", "Extension régionale du programme de télésurveillance de l'insuffisance cardiaque")],
  ["450 k€", "280 k€", "620 k€"])
q("list", "fr", "Quels membres du conseil de surveillance étaient excusés le 27 mars 2025 ?",
  [g(P, "Tableau 1 – Membres avec voix délibérative › M. Loïc Penven", "M. Loïc Penven"),
   g(P, "Tableau 1 – Membres avec voix délibérative › Pr Étienne Morvan", "Pr Étienne Morvan")])
q("list", "fr", "Quelles start-up sont issues des équipes du GHU en 2024 ?",
  [g(R, "Table 3 › Kardiosens", "Kardiosens"),
   g(R, "Table 3 › NeoGlia Therapeutics", "NeoGlia Therapeutics"),
   g(R, "Table 3 › Respira Data", "Respira Data")])
q("list", "en", "What quantified targets does the 2025–2027 innovation roadmap set?",
  [g(R, "7. Outlook 2025–2027", "reach 350 active clinical trials by the end of 2027"),
   g(R, "7. Outlook 2025–2027", "file 25 priority patent applications per year"),
   g(R, "7. Outlook 2025–2027", "support the creation of 5 start-ups per year"),
   g(R, "7. Outlook 2025–2027", "raise research and innovation resources to EUR 42 million in 2027"),
   g(R, "7. Outlook 2025–2027", "bring the average time to open a trial below 90 days")],
  ["350", "25", "5", "42 million", "90 days"])

# ---------------------------------------------------------------- followup (5)
q("followup", "fr", "Et fin 2023 ?",
  [g(R, "Table 1 – Clinical trials by phase › Phase III", "Phase III")], ["66"],
  history=["Combien d'essais de phase III étaient actifs au GHU fin 2024 ?"])
q("followup", "fr", "Et dans le cadre de quelle enveloppe pluriannuelle ?",
  [g(N, "II. 3° Ressources › d)", "titre d'une enveloppe pluriannuelle de 6 000 k€ pour 2024-2026")], ["6 000 k€"],
  history=["Combien la Région Arvelle-Littoral a-t-elle versé au GHU pour la recherche en 2024 ?"])
q("followup", "fr", "Et sur l'affectation du résultat ?",
  [g(P, "Point 3 – Affectation du résultat 2024",
     "La délibération est adoptée par 11 voix pour, 0 voix contre et 2 abstentions")], ["11", "0", "2"],
  history=["Comment le conseil de surveillance a-t-il voté sur le compte financier 2024 ?"])
q("followup", "fr", "Et pour la valorisation et le LorvaLab ?",
  [g(N, "Tableau 1 – Effectifs de recherche par département › Valorisation et LorvaLab", "Valorisation et LorvaLab")],
  ["9,8"],
  history=["Combien d'ETP de recherche en oncologie et hématologie au 31 décembre 2024 ?"])
q("followup", "en", "And excluding VAT?",
  [g(R, "6. Digital health and the LorvaLab",
     "The building works and equipment cost EUR 2.3 million including VAT (EUR 1.92 million excluding VAT).")],
  ["1.92 million"],
  history=["How much did the LorvaLab cost including VAT?"])

# ---------------------------------------------------------------- cross (4)
q("cross", "fr", "Le total des effectifs de recherche 2024 indiqué dans la note à l'ARS est-il cohérent avec celui du rapport d'activité ?",
  [g(N, "III. Moyens humains", "Sur les 186,4 ETP de 2024"),
   g(R, "1.1 Key figures", "186.4 full-time equivalents (FTE) employed by the DRCI and its platforms at 31 December 2024")],
  ["186,4"])
q("cross", "en", "The activity report gives the 2024 MERRI endowment in euros: how is the same amount restated in the note to the ARS?",
  [g(R, "Table 4 › Ministry of Health – MERRI endowment", "Ministry of Health – MERRI endowment"),
   g(N, "II. 3° Ressources › a)", "dotation MERRI : 15 360 k€")],
  ["15 360 k€"])
q("cross", "fr", "De combien la cotisation annuelle du GHU au cluster LSI augmente-t-elle avec la nouvelle convention-cadre par rapport à 2024 ?",
  [g(R, "1.3 The Lorvanne Santé Innovation cluster",
     "The GHU paid a membership fee of EUR 60,000 excl. VAT to the cluster in 2024."),
   g(P, "Point 4 – Convention-cadre LSI › a)", "une cotisation annuelle du GHU de 85 000 € HT, soit 102 000 € TTC")],
  ["60,000", "85 000 € HT"])
q("cross", "en", "How large will the new CIC 2 building be, and when is its construction scheduled?",
  [g(P, "Point 5 – Plan pluriannuel d'investissement 2025-2029",
     "Le bâtiment, d'une surface de 3 900 m², accueillera l'extension du centre d'investigation clinique."),
   g(R, "2.3 The Clinical Investigation Centre (CIC 1457)", "Construction work is scheduled from 2026 to 2028.")],
  ["3 900 m²", "2026", "2028"])

# ---------------------------------------------------------------- unanswerable (9)
for lang, text in [
    ("fr", "Combien de demandes de brevet prioritaires le GHU avait-il déposées en 2021 ?"),
    ("en", "What does section 9 of the 2024 innovation activity report cover?"),
    ("fr", "Quel âge a M. Gérald Fonteneau, le président du conseil de surveillance ?"),
    ("en", "What is Dr Hélène Marchetti-Roux's annual salary?"),
    ("fr", "Quel montant l'Institut national du cancer (INCa) a-t-il attribué au GHU de Lorvanne en 2024 ?"),
    ("fr", "Combien d'ETP de recherche le département de dermatologie comptait-il fin 2024 ?"),
    ("en", "How many Phase I trials were active at the GHU in 2022?"),
    ("fr", "À quel parti politique appartient la conseillère régionale Nadia Kerouani ?"),
    ("fr", "Quel était le taux d'occupation des lits du GHU de Lorvanne en 2024 ?"),
]:
    q("unanswerable", lang, text, [])

# ---------------------------------------------------------------- claims
C = []


def c(claim, verdict, error, gold, figures, note):
    C.append({
        "id": f"{SET}-c{len(C) + 1:02d}",
        "claim": claim,
        "verdict": verdict,
        "error": error,
        "gold": gold,
        "figures": list(figures),
        "note": note,
    })


# supported (7)
c("Le GHU de Lorvanne a déposé 19 demandes de brevet prioritaires en 2024, contre 14 l'année précédente.",
  "supported", None,
  [g(N, "II. 2° Valorisation et transfert de technologies",
     "19 demandes de brevet prioritaires ont été déposées en 2024 (14 en 2023)")],
  ["19", "14"], "La note à l'ARS indique 19 dépôts en 2024 et 14 en 2023.")
c("The supervisory board unanimously backed the 2025–2028 framework agreement with the LSI cluster.",
  "supported", None,
  [g(P, "Point 4 – Vote",
     "émet un avis favorable à l'unanimité sur la convention-cadre 2025-2028 avec le cluster LSI (13 voix pour)")],
  ["13"], "The minutes record a unanimous favourable opinion (13 votes for) on Point 4.")
c("Le plan pluriannuel d'investissement 2025-2029 du GHU représente 148,5 M€ TTC.",
  "supported", None,
  [g(P, "Point 5 – Plan pluriannuel d'investissement 2025-2029",
     "Le PPI représente un montant total de 148,5 M€ TTC, soit 123,75 M€ HT.")],
  ["148,5 M€ TTC"], "Le PV indique un PPI total de 148,5 M€ TTC.")
c("Les effectifs de recherche du GHU sont passés de 171,8 ETP fin 2023 à 186,4 ETP fin 2024.",
  "supported", None,
  [g(N, "Tableau 1 – Effectifs de recherche par département › TOTAL", "TOTAL")],
  ["171,8", "186,4"], "La ligne TOTAL du tableau des ETP donne 171,8 en 2023 et 186,4 en 2024.")
c("Three start-ups were created from the hospital group's research in 2024, taking the total since 2016 to 21.",
  "supported", None,
  [g(R, "1.1 Key figures",
     "3 start-ups created from GHU Lorvanne research teams, bringing the total to 21 since 2016")],
  ["3", "21"], "The report's key figures state 3 start-ups in 2024 and 21 since 2016.")
c("Le LorvaLab a ouvert ses portes le 12 septembre 2024 sur le site de l'Hôpital des Tanneurs.",
  "supported", None,
  [g(N, "II. 5° Santé numérique",
     "Le LorvaLab, laboratoire d'usages en santé numérique, a ouvert le 12 septembre 2024 sur le site de l'Hôpital des Tanneurs.")],
  ["12 septembre 2024"], "La note donne la même date et le même site d'ouverture.")
c("La capacité d'autofinancement du CHU a reculé à 38,6 M€ en 2024, contre 41,2 M€ un an plus tôt.",
  "supported", None,
  [g(P, "Point 2 – Compte financier 2024",
     "La capacité d'autofinancement (CAF) atteint 38,6 M€ en 2024, contre 41,2 M€ en 2023.")],
  ["38,6 M€", "41,2 M€"], "Le PV indique une CAF de 38,6 M€ en 2024 contre 41,2 M€ en 2023.")

# contradicted (8)
c("Dans la nouvelle convention-cadre, le GHU versera au cluster LSI une cotisation annuelle de 85 000 € TTC.",
  "contradicted", "ht_ttc",
  [g(P, "Point 4 – Convention-cadre LSI › a)", "une cotisation annuelle du GHU de 85 000 € HT, soit 102 000 € TTC")],
  ["85 000 € HT", "102 000 € TTC"], "Les 85 000 € sont un montant HT ; le montant TTC est de 102 000 €.")
c("Le PPI 2025-2029 consacre 21,0 M€ au nouveau bâtiment de recherche clinique CIC 2.",
  "contradicted", "envelope",
  [g(P, "Point 5 – Plan pluriannuel d'investissement 2025-2029",
     "fait l'objet d'une enveloppe prévisionnelle globale de 21,0 M€ TTC, dont 19,5 M€ inscrits sur la période 2025-2029")],
  ["19,5 M€", "21,0 M€ TTC"],
  "21,0 M€ est l'enveloppe globale de l'opération ; seuls 19,5 M€ sont inscrits au PPI 2025-2029.")
c("Les ressources consacrées à la recherche et à l'innovation au GHU de Lorvanne ont atteint 33 730 k€ en 2024.",
  "contradicted", "year",
  [g(N, "II. 3° Ressources consacrées à la recherche et à l'innovation",
     "Les ressources totales s'élèvent à 36 910 k€ en 2024, contre 33 730 k€ en 2023")],
  ["36 910 k€", "33 730 k€"], "33 730 k€ est le montant de 2023 ; celui de 2024 est de 36 910 k€.")
c("Le conseil de surveillance a rendu un avis favorable sur le PPI par 11 voix pour, 0 contre et 2 abstentions.",
  "contradicted", "vote_row",
  [g(P, "Point 5 – Vote",
     "émet un avis favorable sur le PPI 2025-2029 par 8 voix pour, 3 voix contre")],
  ["8 voix pour", "3 voix contre", "1 abstention"],
  "11 pour, 0 contre et 2 abstentions est le vote du point 3 (affectation du résultat) ; le PPI a recueilli 8 pour, 3 contre, 1 abstention.")
c("In its note to the ARS, the GHU's second FIR request (2°) is for running the LorvaLab.",
  "contradicted", "measure",
  [g(N, "IV. Demandes › 1°", "Fonctionnement du LorvaLab : 450 k€"),
   g(N, "IV. Demandes › 2°", "Programme « Patients partenaires de la recherche » : 280 k€")],
  [], "LorvaLab operations are request 1°; request 2° is the patient partners programme.")
c("The European Union contributed EUR 2,050,000 to the group's research and innovation resources in 2024.",
  "contradicted", "body",
  [g(R, "Table 4 › European Union (Horizon Europe, EU4Health)", "European Union (Horizon Europe, EU4Health)"),
   g(R, "Table 4 › Région Arvelle-Littoral", "Région Arvelle-Littoral")],
  ["2,740,000", "2,050,000"],
  "EUR 2,050,000 is the Région Arvelle-Littoral's 2024 contribution; the EU contributed EUR 2,740,000.")
c("Quinze membres du conseil de surveillance étaient présents lors de la séance du 27 mars 2025.",
  "contradicted", "count",
  [g(P, "I. Présences et quorum", "Membres présents : 11")],
  ["11"], "Le conseil compte 15 membres mais seuls 11 étaient présents (2 représentés, 2 excusés).")
c("C'est lors de sa séance du 12 décembre 2024 que le conseil de surveillance a approuvé le compte financier 2024.",
  "contradicted", "date",
  [g(P, "En-tête du procès-verbal", "PROCÈS-VERBAL DE LA SÉANCE DU JEUDI 27 MARS 2025"),
   g(P, "Point 2 – Vote", "Le conseil de surveillance approuve le compte financier 2024 par 10 voix pour")],
  ["27 mars 2025"],
  "Le compte financier 2024 a été approuvé le 27 mars 2025 ; le 12 décembre 2024 est la date de la séance précédente.")

# not in corpus (4)
c("Le GHU de Lorvanne prévoit de recruter 40 chercheurs supplémentaires d'ici 2026.",
  "not_in_corpus", None, [], [], "Aucun document ne mentionne un plan de recrutement de chercheurs ; le chiffre 40 concerne les patients partenaires.")
c("Patients taking part in the hospital group's clinical trials reported a 92 % satisfaction rate in 2024.",
  "not_in_corpus", None, [], [], "No document reports any satisfaction survey of trial participants.")
c("Le centre d'investigation clinique du GHU a obtenu la certification ISO 9001 en 2024.",
  "not_in_corpus", None, [], [], "Aucun document n'évoque de certification du CIC.")
c("The supervisory board will hold its next meeting in June 2025.",
  "not_in_corpus", None, [], [], "The minutes do not give the date of the next supervisory board meeting.")

with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
    for item in Q:
        f.write(json.dumps(item, ensure_ascii=False) + "\n")
with open(ROOT / "claims.jsonl", "w", encoding="utf-8") as f:
    for item in C:
        f.write(json.dumps(item, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), Counter(x["lang"] for x in Q))
print(len(C), Counter(x["verdict"] for x in C), Counter(x["error"] for x in C))
