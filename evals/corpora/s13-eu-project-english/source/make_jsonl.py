"""Write questions.jsonl and claims.jsonl for the s13-eu-project-english set."""
import json
from pathlib import Path

SET = "s13-eu-project-english"
ROOT = Path(__file__).resolve().parent.parent

A = "2024-12-12-grant-agreement-101187452-pulsar-age-annex-1-2"
M = "2025-11-04-pulsar-age-steering-committee-minutes-sc2"
P = "2025-11-18-communique-presse-asi-pulsar-age"


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures, history=None):
    Q.append({"kind": kind, "lang": lang, "question": question, "history": history or [],
              "answerable": kind != "unanswerable", "gold": gold, "figures": figures})


# ---------------------------------------------------------------- figure
q("figure", "fr", "Quel est le montant maximal de la subvention européenne accordée au projet PULSAR-AGE ?",
  [g(A, "Annex 2 › Table A2.1 › commentaire",
     "The maximum grant amount of EUR 5,700,400 corresponds to 92.5 % of the total estimated eligible costs.")],
  ["5,700,400"])
q("figure", "en", "After the MIM retention, how much pre-financing did the coordinator actually receive?",
  [g(M, "4. Financial status and budget transfers",
     "the net amount received by the coordinator was therefore EUR 3,135,220")],
  ["EUR 3,135,220"])
q("figure", "fr", "Résultat du vote sur le transfert de 45 000 euros demandé par KineSense ?",
  [g(M, "4. Financial status › Decision 5/2025 › Vote",
     "Vote: 5 in favour, 1 against (TECNALIS), 1 abstention (ISDAM).")],
  ["5", "1"])
q("figure", "fr", "À quelle date l'agence européenne a-t-elle versé le préfinancement de PULSAR-AGE ?",
  [g(M, "4. Financial status and budget transfers",
     "The pre-financing of EUR 3,420,240 was paid by HaDEA on 21 February 2025")],
  ["21 February 2025"])
q("figure", "fr", "À ce jour, combien de personnes ont pris part aux ateliers de co-design du WP2 ?",
  [g(M, "3. Progress › WP2",
     "In total 84 older people, carers and professionals have taken part so far, against the SO1 target of 120.")],
  ["84"])
q("figure", "fr", "Quel taux forfaitaire s'applique aux coûts indirects dans le budget de la convention, et sur quelle base ?",
  [g(A, "Annex 2 › introduction",
     "Indirect costs are calculated as a flat rate of 25 % of the eligible direct costs (A. Personnel costs + C. Other direct costs), excluding subcontracting costs.")],
  ["25 %"])
q("figure", "en", "How much does the home sensor kit cost per household once VAT is included?",
  [g(P, "Prévenir plutôt que réparer › coût du kit",
     "Le kit de capteurs installé au domicile représente un coût matériel estimé à 380 € HT par foyer équipé, soit 456 € TTC")],
  ["456 € TTC"])
q("figure", "fr", "Quel montant de dépenses les partenaires avaient-ils engagé à fin octobre 2025, et quelle part du budget total cela représente-t-il ?",
  [g(M, "4. Financial status and budget transfers",
     "Costs incurred by the beneficiaries from 1 January to 31 October 2025 (M1–M10), as declared in the internal cost statements, amount to EUR 1,017,950, i.e. 16.5 % of the total estimated eligible costs of EUR 6,160,000.")],
  ["EUR 1,017,950", "16.5 %"])
q("figure", "fr", "De combien le transfert vers la sous-traitance fait-il baisser les coûts indirects de KineSense ?",
  [g(M, "4. Financial status and budget transfers",
     "the transfer reduces the indirect costs of KINESENSE by EUR 11,250")],
  ["EUR 11,250"])
q("figure", "fr", "Combien seront payés les experts du comité d'éthique (EAB) ?",
  [g(M, "6. Ethics Advisory Board and risk register",
     "EAB members will receive a fee of EUR 600 per meeting day, plus travel costs, charged to the budget of ASI (category C.3).")],
  ["EUR 600"])
q("figure", "fr", "Quand aura lieu le prochain comité de pilotage, le SC3 ?",
  [g(M, "7. Any other business › Next meetings",
     "SC3 will take place on 9 and 10 June 2026 in Arcelos (Portugal), hosted by ISDAM.")],
  ["9 and 10 June 2026"])

# ---------------------------------------------------------------- table
q("table", "fr", "Dans le tableau A2.1 de l'annexe 2, quelle est la contribution maximale de l'UE pour Tecnalis Salud ?",
  [g(A, "Annex 2 › Table A2.1 › 4 – TECNALIS", "4 – TECNALIS")],
  ["549,500"])
q("table", "en", "In the breakdown of other direct costs (Table A2.2), how much equipment (C.2) is budgeted for KineSense?",
  [g(A, "Annex 2 › Table A2.2 › 6 – KINESENSE", "6 – KINESENSE")],
  ["72,000"])
q("table", "fr", "Quel budget estimé est affecté au lot des expérimentations en vie réelle ?",
  [g(A, "Annex 2 › Table A2.3 › WP5", "WP5 Real-life pilots")],
  ["1,658,000"])
q("table", "fr", "Le livrable D4.1 est attendu à quel mois, et quel partenaire le pilote ?",
  [g(A, "Annex 1 › Table 5.1 › D4.1", "D4.1")],
  ["M20"])
q("table", "en", "In the indicative yearly budget (Table A2.4), how much personnel cost is planned for 2027?",
  [g(A, "Annex 2 › Table A2.4 › 2027", "2027")],
  ["1,142,000"])
q("table", "fr", "Au SC2, combien de personnes-mois le CHU de Vaudrecourt avait-il consommés sur M1–M10, et quel était son taux de consommation budgétaire ?",
  [g(M, "4. Financial status › tableau des coûts › CHUV", "CHUV")],
  ["24.0", "14.7 %"])
q("table", "fr", "Dans l'annexe 1, combien de participants étaient prévus sur le site néerlandais et à partir de quel mois devaient commencer les inclusions ?",
  [g(A, "Annex 1 › Table 7.1 › Deventhorst region", "Deventhorst region")],
  ["180", "M21"])
q("table", "fr", "L'ISDAM était-il présent physiquement au comité de pilotage du 4 novembre ?",
  [g(M, "Attendance › ISDAM", "ISDAM – Instituto de Saúde Digital do Alto Arcelos")],
  [])

# ---------------------------------------------------------------- clause
q("clause", "fr", "Quelles sont les règles de quorum et de majorité du comité de pilotage du projet ?",
  [g(A, "Annex 1 › 9. Management structure and procedures",
     "The SC may validly deliberate if at least two thirds of the beneficiaries are present or represented."),
   g(A, "Annex 1 › 9. Management structure and procedures",
     "Decisions are taken by a majority of two thirds of the votes cast.")],
  [])
q("clause", "en", "Does the UK associated partner get any EU money from the grant?",
  [g(A, "2. List of participants",
     "The associated partner NART does not receive funding from the granting authority.")],
  [])
q("clause", "fr", "Qu'a décidé le comité de pilotage au sujet des lignes directrices de co-conception ?",
  [g(M, "3. Progress › Decision 4/2025",
     "The SC agrees to postpone the submission of deliverable D2.3 \"Co-design guidelines for home sensing\" from M15 (March 2026) to M17 (May 2026), and milestone MS2 accordingly.")],
  ["M17"])
q("clause", "fr", "Selon la chargée de mission de la HaDEA, dans quels cas un avenant à la convention de subvention serait-il nécessaire ?",
  [g(M, "3. Progress › intervention de la Project Officer",
     "a change of due dates of more than three months, or a change affecting the pilots, would require an amendment to the grant agreement")],
  [])
q("clause", "en", "What condition was attached to the approval of KineSense's subcontracting transfer?",
  [g(M, "4. Financial status › Decision 5/2025",
     "The terms of reference of the subcontract will be shared with the T6.3 leader before the call for tenders.")],
  [])
q("clause", "fr", "Dans quel délai le coordinateur doit-il reverser l'avance aux bénéficiaires ?",
  [g(A, "Annex 1 › WP1 › T1.2",
     "The coordinator distributes the pre-financing to beneficiaries within 30 days of its receipt.")],
  ["30 days"])
q("clause", "fr", "Pour quelle raison Tecnalis s'est-elle opposée à la demande de KineSense ?",
  [g(M, "4. Financial status and budget transfers",
     "Iker Zubizarreta (TECNALIS) objected that the regulatory pre-assessment overlaps with task T6.3 on the CE-marking pathway, led by TECNALIS")],
  [])
q("clause", "fr", "Quels critères d'inclusion doivent remplir les seniors des sites pilotes ?",
  [g(A, "Annex 1 › 7. Pilot sites",
     "The pilots will enrol 660 participants living at home, aged 70 years or more, with at least one fall in the previous 12 months or a Clinical Frailty Scale score between 4 and 6.")],
  ["70"])

# ---------------------------------------------------------------- list
q("list", "fr", "Qui sont les membres nommés au comité consultatif d'éthique du projet ?",
  [g(M, "6. Ethics Advisory Board", "Dr Bénédicte Aubrac-Salles, bioethicist"),
   g(M, "6. Ethics Advisory Board", "Prof. Tomasz Wielgosz, professor of data protection law"),
   g(M, "6. Ethics Advisory Board", "Ms Greet Hoflandt, representative of older people")],
  [])
q("list", "en", "Which ambient sensors is KineSense testing in its living lab?",
  [g(M, "3. Progress › WP3", "radar presence"),
   g(M, "3. Progress › WP3", "bed pressure mat"),
   g(M, "3. Progress › WP3", "door contact")],
  [])
q("list", "fr", "Quels sont les objectifs spécifiques fixés par la description de l'action ?",
  [g(A, "Annex 1 › 3. Summary and objectives › SO1", "SO1 – Co-design home sensing services"),
   g(A, "Annex 1 › 3. Summary and objectives › SO2", "SO2 – Deliver an interoperable sensing platform"),
   g(A, "Annex 1 › 3. Summary and objectives › SO3", "SO3 – Develop explainable risk prediction models"),
   g(A, "Annex 1 › 3. Summary and objectives › SO4", "SO4 – Demonstrate in real life a 20 % reduction of fall-related emergency admissions"),
   g(A, "Annex 1 › 3. Summary and objectives › SO5", "SO5 – Prepare market uptake")],
  [])
q("list", "fr", "Quels livrables avaient déjà été remis au moment du SC2 ?",
  [g(M, "3. Progress › Status of the deliverables › D1.1", "D1.1"),
   g(M, "3. Progress › Status of the deliverables › D6.1", "D6.1"),
   g(M, "3. Progress › Status of the deliverables › D1.2", "D1.2"),
   g(M, "3. Progress › Status of the deliverables › D2.1", "D2.1"),
   g(M, "3. Progress › Status of the deliverables › D3.1", "D3.1")],
  [])
q("list", "fr", "Quelles sont les tâches du lot sur les expérimentations piloté par l'ISDAM ?",
  [g(A, "Annex 1 › WP5 › T5.1", "T5.1 Pilot protocol, ethics approvals and site readiness"),
   g(A, "Annex 1 › WP5 › T5.2", "T5.2 Recruitment and deployment"),
   g(A, "Annex 1 › WP5 › T5.3", "T5.3 Follow-up and data collection"),
   g(A, "Annex 1 › WP5 › T5.4", "T5.4 Clinical and health-economic evaluation")],
  [])

# ---------------------------------------------------------------- followup
q("followup", "fr", "Et pour l'ASI ?",
  [g(A, "Annex 2 › Table A2.1 › 1 – ASI", "1 – ASI")],
  ["933,000"],
  history=["Dans l'annexe 2, quelle est la contribution maximale de l'UE prévue pour le CHU de Vaudrecourt ?"])
q("followup", "en", "And what was the original target there?",
  [g(M, "5. Pilot sites › table › Vaudrecourt (FR)", "Vaudrecourt (FR)")],
  ["260"],
  history=["How many participants will the Vaudrecourt pilot site enrol after the SC2 decision?"])
q("followup", "fr", "Et pour la nomination du comité d'éthique ?",
  [g(M, "6. Ethics Advisory Board › Decision 7/2025 › Vote",
     "Vote: 5 in favour, 0 against, 1 abstention (UVAU).")],
  ["5", "1"],
  history=["Quel a été le résultat du vote sur l'approbation du procès-verbal de la réunion de lancement ?"])
q("followup", "fr", "Qui le pilote, et de quel mois à quel mois ?",
  [g(A, "Annex 1 › Table 4.1 › WP3", "WP3")],
  ["M4", "M36"],
  history=["Combien de personnes-mois sont prévues pour le lot sur la plateforme de capteurs ?"])
q("followup", "en", "And by when must the partners send their financial statements to the coordinator?",
  [g(M, "7. Any other business › Periodic report",
     "Beneficiaries will send their financial statements to the coordinator by 31 July 2026")],
  ["31 July 2026"],
  history=["When does the first reporting period end?", "When is the first periodic report due?"])

# ---------------------------------------------------------------- cross
q("cross", "fr", "À quel mois le livrable D2.3 était-il prévu dans l'annexe 1, et quel nouveau délai le comité de pilotage a-t-il fixé ?",
  [g(A, "Annex 1 › Table 5.1 › D2.3", "D2.3"),
   g(M, "3. Progress › Decision 4/2025",
     "The SC agrees to postpone the submission of deliverable D2.3 \"Co-design guidelines for home sensing\" from M15 (March 2026) to M17 (May 2026), and milestone MS2 accordingly.")],
  ["M15", "M17"])
q("cross", "en", "The press release talks about 5.7 million euros of EU funding: what is the exact maximum grant amount in the grant agreement annexes?",
  [g(P, "Un financement européen de 5,7 millions d'euros",
     "PULSAR-AGE bénéficie d'une subvention de l'Union européenne de 5,7 millions d'euros"),
   g(A, "Annex 2 › Table A2.1 › commentaire",
     "The maximum grant amount of EUR 5,700,400 corresponds to 92.5 % of the total estimated eligible costs.")],
  ["5,7 millions d'euros", "5,700,400"])
q("cross", "fr", "Quel prestataire remplace Zorggroep Deventhorst-Noord, et combien de participants le communiqué de presse annonce-t-il pour le site néerlandais ?",
  [g(M, "5. Pilot sites and recruitment targets",
     "SZO has identified a back-up provider, Thuiszorgcollectief Oostmarke, which can recruit a maximum of 140 participants"),
   g(P, "660 seniors suivis dans trois pays", "Deventhorst (Pays-Bas) : 140 participants")],
  ["140"])

# ---------------------------------------------------------------- unanswerable
q("unanswerable", "fr", "Quel est le budget prévu pour le lot de travail WP7 ?", [], [])
q("unanswerable", "en", "What is the due month of deliverable D4.3?", [], [])
q("unanswerable", "fr", "Quel âge a le Dr Claire Fontanel, la coordinatrice du projet ?", [], [])
q("unanswerable", "en", "What is Yann Kerbrat's annual salary as director general of ASI?", [], [])
q("unanswerable", "fr", "Combien la Région apporte-t-elle en cofinancement au projet PULSAR-AGE ?", [], [])
q("unanswerable", "fr", "Quel était le total des dépenses engagées par le consortium au 31 décembre 2025 ?", [], [])
q("unanswerable", "en", "Which political party is Hélène Marchadier a member of?", [], [])
q("unanswerable", "fr", "Combien de chutes le dispositif PULSAR-AGE a-t-il déjà permis d'éviter ?", [], [])
q("unanswerable", "fr", "Que prévoit l'article 14 de la convention de subvention sur la propriété des résultats ?", [], [])

# ---------------------------------------------------------------- claims
C = []


def c(lang, claim, verdict, error, gold, figures, note):
    C.append({"lang": lang, "claim": claim, "verdict": verdict, "error": error, "gold": gold,
              "figures": figures, "note": note})


c("fr", "Coordonné par l'ASI, le projet PULSAR-AGE court sur 48 mois, jusqu'au 31 décembre 2028.",
  "supported", None,
  [g(A, "1. Project summary data › Project duration", "Project duration"),
   g(A, "1. Project summary data › Project end date", "Project end date")],
  ["48 months", "31 December 2028"],
  "The summary data give a 48-month duration and an end date of 31 December 2028.")
c("en", "PULSAR-AGE's two SMEs are funded at 70 %, while the non-profit partners are funded at 100 %.",
  "supported", None,
  [g(A, "Annex 2 › introduction",
     "The funding rate is 100 % of the eligible costs for non-profit legal entities and 70 % of the eligible costs for for-profit legal entities (TECNALIS and KINESENSE).")],
  ["100 %", "70 %"],
  "Annex 2 sets a 70 % rate for TECNALIS and KINESENSE and 100 % for non-profit entities.")
c("fr", "Le comité de pilotage a relevé l'objectif du site de Vaudrecourt de 260 à 300 participants, le total restant fixé à 660.",
  "supported", None,
  [g(M, "5. Pilot sites › Decision 6/2025",
     "The SC approves the reallocation of recruitment targets between pilot sites: Vaudrecourt from 260 to 300 participants and Deventhorst from 180 to 140 participants, the Arcelos target and the total of 660 participants being unchanged.")],
  ["260", "300", "660"],
  "Decision 6/2025 raises Vaudrecourt from 260 to 300 with an unchanged total of 660.")
c("fr", "La contribution européenne à KineSense est plafonnée à 522 900 euros.",
  "supported", None,
  [g(A, "Annex 2 › Table A2.1 › 6 – KINESENSE", "6 – KINESENSE")],
  ["522,900"],
  "Table A2.1 gives KINESENSE a maximum EU contribution of 522,900.")
c("en", "By early November 2025, seven of the twelve planned co-design workshops had taken place.",
  "supported", None,
  [g(M, "3. Progress › WP2", "seven of the twelve planned co-design workshops have been held")],
  [],
  "The WP2 report at SC2 (4 November 2025) states that seven of the twelve workshops were held.")
c("fr", "Le transfert budgétaire demandé par KineSense a été approuvé malgré le vote contre de Tecnalis.",
  "supported", None,
  [g(M, "4. Financial status › Decision 5/2025 › Vote",
     "Vote: 5 in favour, 1 against (TECNALIS), 1 abstention (ISDAM).")],
  ["5", "1"],
  "Decision 5/2025 was adopted by 5 votes in favour with TECNALIS voting against.")
c("fr", "Les expérimentations en vie réelle constituent le plus gros lot du budget, avec 26,9 % du total.",
  "supported", None,
  [g(A, "Annex 2 › Table A2.3 › WP5", "WP5 Real-life pilots")],
  ["26.9 %", "1,658,000"],
  "WP5 has the largest budget (1,658,000), i.e. 26.9 % of the total.")
c("en", "The project's Ethics Advisory Board is due to hold its first meeting on 20 January 2026.",
  "supported", None,
  [g(M, "6. Ethics Advisory Board",
     "The first EAB meeting is planned on 20 January 2026, by videoconference.")],
  ["20 January 2026"],
  "The minutes plan the first EAB meeting on 20 January 2026.")

c("fr", "Le kit de capteurs installé chez chaque senior coûte 456 euros HT.",
  "contradicted", "ht_ttc",
  [g(P, "Prévenir plutôt que réparer › coût du kit",
     "Le kit de capteurs installé au domicile représente un coût matériel estimé à 380 € HT par foyer équipé, soit 456 € TTC")],
  ["380 € HT", "456 € TTC"],
  "456 € is the TTC amount; the HT cost is 380 €.")
c("en", "Spanish SME Tecnalis Salud will receive EUR 785,000 from the European Union.",
  "contradicted", "envelope",
  [g(A, "Annex 2 › Table A2.1 › 4 – TECNALIS", "4 – TECNALIS")],
  ["785,000", "549,500"],
  "785,000 is TECNALIS's total eligible costs; its maximum EU contribution is 549,500 (70 %).")
c("fr", "Le consortium prévoit 1,848 million d'euros de dépenses éligibles en 2027.",
  "contradicted", "year",
  [g(A, "Annex 2 › Table A2.4 › 2027", "2027"),
   g(A, "Annex 2 › Table A2.4 › 2026", "2026")],
  ["1,724,000", "1,848,000"],
  "1,848,000 is the estimate for 2026; the 2027 estimate is 1,724,000.")
c("fr", "La nomination des trois experts du comité d'éthique a été votée par 6 voix pour et une abstention.",
  "contradicted", "vote_row",
  [g(M, "6. Ethics Advisory Board › Decision 7/2025 › Vote",
     "Vote: 5 in favour, 0 against, 1 abstention (UVAU).")],
  ["5", "1"],
  "Decision 7/2025 got 5 votes in favour (TECNALIS had left); 6 in favour is the count of Decision 4/2025.")
c("en", "Under task T3.3, Tecnalis is in charge of the CE-marking pathway for the platform.",
  "contradicted", "measure",
  [g(A, "Annex 1 › WP3 › T3.3",
     "T3.3 HL7 FHIR interoperability layer with hospital information systems (M12–M30), led by TECNALIS."),
   g(A, "Annex 1 › WP6 › T6.3",
     "T6.3 Exploitation, business models and CE-marking pathway (M18–M48), led by TECNALIS.")],
  [],
  "T3.3 is the HL7 FHIR interoperability layer; the CE-marking pathway is task T6.3.")
c("fr", "La HaDEA a versé l'avance de préfinancement du projet le 14 mars 2025.",
  "contradicted", "date",
  [g(M, "4. Financial status and budget transfers",
     "The pre-financing of EUR 3,420,240 was paid by HaDEA on 21 February 2025")],
  ["21 February 2025", "14 March 2025"],
  "HaDEA paid on 21 February 2025; 14 March 2025 is when the coordinator redistributed it.")
c("fr", "Au comité de pilotage, c'est l'ISDAM qui s'est opposé au transfert budgétaire de KineSense.",
  "contradicted", "body",
  [g(M, "4. Financial status › Decision 5/2025 › Vote",
     "Vote: 5 in favour, 1 against (TECNALIS), 1 abstention (ISDAM).")],
  [],
  "TECNALIS voted against; ISDAM abstained.")
c("fr", "Le consortium PULSAR-AGE rassemble huit bénéficiaires de cinq pays.",
  "contradicted", "count",
  [g(A, "2. List of participants",
     "The consortium is composed of seven beneficiaries (BEN) from five Member States and one associated partner (AP).")],
  [],
  "There are seven beneficiaries plus one associated partner that is not a beneficiary.")

c("fr", "La Région a apporté 300 000 euros de cofinancement au projet PULSAR-AGE.",
  "not_in_corpus", None, [], [],
  "No document mentions any regional co-financing.")
c("en", "ASI hired three additional staff members to manage PULSAR-AGE.",
  "not_in_corpus", None, [], [],
  "The documents give ASI's total staff (14) but say nothing of hires for the project.")
c("fr", "PULSAR-AGE a été classé premier sur 47 propositions déposées à l'appel Horizon Europe.",
  "not_in_corpus", None, [], [],
  "No document gives the ranking or the number of proposals submitted to the call.")
c("fr", "Le CHU de Vaudrecourt a recruté deux infirmières de coordination à temps plein pour le projet.",
  "not_in_corpus", None, [], [],
  "The documents mention project nurses' monthly calls but no recruitment by the CHU.")

with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
    for i, item in enumerate(Q, 1):
        rec = {"id": f"{SET}-q{i:02d}", **item}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
with open(ROOT / "claims.jsonl", "w", encoding="utf-8") as f:
    for i, item in enumerate(C, 1):
        rec = {"id": f"{SET}-c{i:02d}", **item}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), Counter(x["lang"] for x in Q))
print(len(C), Counter(x["verdict"] for x in C), Counter(x["error"] for x in C), Counter(x["lang"] for x in C))
