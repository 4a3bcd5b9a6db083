import json, os
R = "2025-06-17-ormedis-rapport-activite-2024"
M = "2024-09-19-mou-ormedis-atlantic-healthtech-alliance"
P = "2025-06-19-echo-orvanne-article-ormedis-bilan-2024"
SET = "s5-rapport-activite"
def g(d, loc, q): return {"doc_id": d, "locator": loc, "quote": q}

Q = []
def q(kind, lang, question, gold, figures, history=None):
    Q.append({"kind": kind, "lang": lang, "question": question, "history": history or [],
              "answerable": kind != "unanswerable", "gold": gold, "figures": figures})

# ---- figure
q("figure","fr","Combien d'adhérents Ormédis comptait-il à la fin de l'année 2024 ?",
  [g(R,"2.2 Chiffres clés 2024","156 adhérents au 31 décembre 2024 (136 un an plus tôt)")],["156"])
q("figure","en","How much money did the cluster's member start-ups raise in 2024?",
  [g(R,"4.3 Financement des entreprises","Les start-up adhérentes ont levé 31,4 M€ en 2024 (11 opérations)")],["31,4 M€"])
q("figure","fr","Quel excédent l'association a-t-elle dégagé sur l'exercice 2024 ?",
  [g(R,"9.1 Résultat de l'exercice","L'exercice se solde par un excédent de 23 650 €")],["23 650 €"])
q("figure","fr","Combien une start-up paie-t-elle de sa poche, TTC, pour suivre le programme Booster ?",
  [g(R,"4.2 Programme d'accélération Ormédis Booster","dont 2 500 € HT (3 000 € TTC) restent à la charge de la start-up")],["3 000 € TTC"])
q("figure","fr","Pendant combien de jours une entreprise accueillie dans le cadre du soft-landing peut-elle disposer gratuitement d'un poste de travail chez le partenaire ?",
  [g(M,"Article 4 – Soft-landing programme › 4.2","free access to a workstation in the host Party's premises for a period of up to ninety (90) days")],["90"])
q("figure","fr","Quel préavis faut-il respecter pour mettre fin à l'accord avec l'AHTA ?",
  [g(M,"Article 13 – Duration, renewal and termination › 13.3","Either Party may terminate this MoU at any time by giving six (6) months' written notice to the other Party.")],["6"])
q("figure","fr","Quel taux d'autofinancement le cluster a-t-il atteint en 2024 ?",
  [g(R,"9.1 Résultat de l'exercice","progresse ainsi à 30,3 %")],["30,3 %"])
q("figure","en","What was Ormédis' cash position at 31 December 2024?",
  [g(R,"9.2 Trésorerie et fonds propres","la trésorerie s'établit à 412 800 €")],["412 800 €"])
q("figure","fr","Combien de rendez-vous d'affaires ont été programmés lors d'Ormédis Connect 2024 ?",
  [g(R,"6.2 Ormédis Connect 2024","640 rendez-vous d'affaires préprogrammés")],["640"])
q("figure","fr","Combien va coûter le living lab, toutes taxes comprises ?",
  [g(R,"10.2 Ormédis Lab","est estimé à 1 200 000 € HT (1 440 000 € TTC)")],["1 440 000 € TTC"])
q("figure","en","What is the maximum joint innovation voucher a French partner can receive under the MoU?",
  [g(M,"Article 6 – Financial provisions › 6.3","within a ceiling of EUR 15,000 for the French partners")],["EUR 15,000"])

# ---- table
q("table","fr","Dans le tableau des adhérents par catégorie, combien y avait-il d'établissements de santé membres en 2023 ?",
  [g(R,"Tableau 1 – Adhérents par catégorie › Établissements de santé","Établissements de santé")],["12"])
q("table","en","According to the 2024 expense table, how much did the cluster spend on travel and missions that year?",
  [g(R,"Tableau 7 – Charges d'exploitation › Déplacements et missions","Déplacements et missions")],["72 800"])
q("table","fr","Combien de personnes ont réellement participé au hackathon sur les soins à domicile ?",
  [g(R,"Tableau 4 – Principaux événements 2024 › Hackathon","Hackathon « Soins à domicile »")],["104"])
q("table","fr","Quel est le budget du projet Data-Onco Ouest et quelle aide a-t-il décrochée ?",
  [g(R,"Tableau 3 – Projets collaboratifs labellisés en 2024 › Data-Onco Ouest","Data-Onco Ouest")],["3 100 000 €","1 480 000 €"])
q("table","fr","Dans le budget prévisionnel 2025, quelle enveloppe Orvanne Métropole a-t-elle effectivement notifiée ?",
  [g(R,"Tableau 8 – Budget prévisionnel 2025 › Subvention Orvanne Métropole","Subvention Orvanne Métropole")],["185 000"])
q("table","en","In the MoU's indicative action plan, what budget is earmarked for the joint 'Ageing at home' call, and how many projects should it fund?",
  [g(M,"Annex 1 – Indicative joint action plan 2025–2027 › Joint call \"Ageing at home\"","Joint call \"Ageing at home\"")],["85,000","3"])
q("table","fr","Comment l'AG de juin 2024 a-t-elle voté sur la hausse des cotisations ?",
  [g(R,"Tableau 5 – Résolutions de l'Assemblée générale du 13 juin 2024 › Résolution 3","3. Revalorisation des cotisations 2025 (+3 %)")],["62","9","6"])
q("table","fr","Combien coûte l'adhésion annuelle hors taxes pour une PME de 120 salariés ?",
  [g(R,"Tableau 2 – Barème des cotisations annuelles 2024 › PME de 50 à 249 salariés","PME de 50 à 249 salariés")],["1 500 €"])

# ---- clause
q("clause","en","Do pharmaceutical clinical trials fall within the cooperation with the Canadian network?",
  [g(M,"Article 2 – Scope › 2.2","The development of medicinal products and pharmaceutical clinical trials are excluded from the scope of this MoU.")],[])
q("clause","fr","Qui paie le voyage et l'hébergement des entreprises accueillies dans le programme d'atterrissage en douceur ?",
  [g(M,"Article 4 – Soft-landing programme › 4.4","Hosted companies shall bear their own travel, accommodation and subsistence expenses")],[])
q("clause","fr","Combien de temps les parties restent-elles tenues à la confidentialité après la fin de l'accord Ormédis–AHTA ?",
  [g(M,"Article 9 – Confidentiality › 9.2","This obligation shall remain in force during the term of this MoU and for three (3) years after its expiry or termination.")],["3"])
q("clause","en","Which provisions of the memorandum are actually legally binding?",
  [g(M,"Article 12 – Legal nature › 12.1","with the exception of Articles 9, 10, 11 and 14, which are binding on the Parties")],[])
q("clause","fr","Comment le JSC prend-il ses décisions, et quel quorum doit être réuni ?",
  [g(M,"Article 5 – Governance › 5.4","The JSC shall validly deliberate if at least two (2) members of each Party are present."),
   g(M,"Article 5 – Governance › 5.4","Decisions shall be taken by consensus.")],["2"])
q("clause","fr","Que propose le conseil d'administration de faire du résultat 2024 ?",
  [g(R,"9.1 Résultat de l'exercice","Le conseil d'administration propose d'affecter l'excédent au report à nouveau.")],[])
q("clause","fr","Si la traduction française du protocole diverge du texte anglais, laquelle s'applique ?",
  [g(M,"Article 15 – Language and amendments › 15.1","in case of discrepancy, the English version shall prevail")],[])
q("clause","fr","Qui préside le comité de labellisation du cluster ?",
  [g(R,"5.1 Labellisation","Le comité de labellisation, présidé par le Pr Nadia Ferrandi")],[])

# ---- list
q("list","fr","Comment se répartit le financement de l'Ormédis Lab ?",
  [g(R,"10.2 Ormédis Lab","Région Ouest-Armor : 480 000 € HT"),
   g(R,"10.2 Ormédis Lab","Orvanne Métropole : 360 000 € HT"),
   g(R,"10.2 Ormédis Lab","FEDER : 240 000 € HT"),
   g(R,"10.2 Ormédis Lab","fonds propres d'Ormédis et mécénat : 120 000 € HT")],
  ["480 000 € HT","360 000 € HT","240 000 € HT","120 000 € HT"])
q("list","en","What areas of cooperation does the MoU with AHTA list?",
  [g(M,"Article 3 › 3.1","Soft-landing programme"),
   g(M,"Article 3 › 3.2","Business missions"),
   g(M,"Article 3 › 3.3","Joint innovation vouchers"),
   g(M,"Article 3 › 3.4","Clinical validation"),
   g(M,"Article 3 › 3.5","Talent and knowledge exchange"),
   g(M,"Article 3 › 3.6","Joint representation")],[])
q("list","fr","Quels objectifs le CA a-t-il assignés au cluster pour 2025 ?",
  [g(R,"10.1 Objectifs","atteindre 175 adhérents au 31 décembre 2025"),
   g(R,"10.1 Objectifs","accompagner 65 entreprises individuellement"),
   g(R,"10.1 Objectifs","labelliser au moins 7 projets collaboratifs"),
   g(R,"10.1 Objectifs","accueillir la première cohorte du programme de soft-landing avec l'AHTA"),
   g(R,"10.1 Objectifs","porter le taux d'autofinancement à 33 %")],
  ["175","65","7","33 %"])
q("list","fr","Quelles sont les commissions thématiques d'Ormédis ?",
  [g(R,"8.3 Commissions thématiques","la commission « Réglementaire et accès au marché »"),
   g(R,"8.3 Commissions thématiques","la commission « Santé à domicile et silver économie »"),
   g(R,"8.3 Commissions thématiques","la commission « Données et intelligence artificielle »")],[])
q("list","fr","Quelles dépenses peuvent être financées par les chèques innovation communs prévus avec les Canadiens ?",
  [g(M,"Article 6 › 6.4","feasibility studies"),
   g(M,"Article 6 › 6.4","prototyping"),
   g(M,"Article 6 › 6.4","usability testing"),
   g(M,"Article 6 › 6.4","regulatory consulting"),
   g(M,"Article 6 › 6.4","clinical validation services")],[])

# ---- followup
q("followup","fr","Et en 2023 ?",
  [g(R,"Tableau 6 – Produits d'exploitation › Subvention Région Ouest-Armor","Subvention Région Ouest-Armor")],["420 000"],
  ["Quel a été le montant de la subvention de la Région Ouest-Armor au cluster en 2024 ?"])
q("followup","en","And how many qualified meetings must the host set up for each of them?",
  [g(M,"Article 4 – Soft-landing programme › 4.3","The host Party shall arrange at least five (5) qualified meetings for each hosted company")],["5"],
  ["How many member companies can each cluster host per year under the soft-landing programme?"])
q("followup","fr","Et l'année d'avant ?",
  [g(R,"4.1 Accompagnement individuel","58 entreprises ont bénéficié d'un accompagnement individuel (44 en 2023)")],["44"],
  ["Combien d'entreprises Ormédis a-t-il accompagnées individuellement en 2024 ?"])
q("followup","fr","Et contre ?",
  [g(R,"Tableau 5 – Résolutions de l'AG du 13 juin 2024 › Résolution 2","2. Comptes 2023 et affectation du résultat")],["2"],
  ["Combien d'adhérents étaient présents ou représentés à l'AG du 13 juin 2024 ?",
   "Combien ont voté pour l'approbation des comptes 2023 ?"])
q("followup","en","And how much public aid did they obtain in total?",
  [g(R,"Tableau 3 – Projets collaboratifs labellisés en 2024 › Total","Total (6 projets)")],["4 185 000 €"],
  ["What was the combined budget of the projects the cluster labelled in 2024?"])
q("followup","fr","Et en équivalents temps plein ?",
  [g(R,"2.3 L'équipe permanente","l'équipe compte huit salariés (7,4 ETP contre 6,2 ETP")],["7,4"],
  ["Combien de salariés l'équipe permanente d'Ormédis comptait-elle fin 2024 ?"])

# ---- cross
q("cross","fr","Combien de salariés le cluster compte-t-il aujourd'hui d'après la presse, et combien en avait-il fin 2024 selon son rapport ?",
  [g(P,"Article › L'équipe permanente","le cluster compte désormais neuf salariés"),
   g(R,"2.3 L'équipe permanente","Au 31 décembre 2024, l'équipe compte huit salariés")],["neuf","huit"])
q("cross","en","The newspaper says Ormédis plans to put 30,000 euros a year into the joint vouchers: does the MoU confirm it, and what does the Canadian side commit?",
  [g(P,"Un accord avec la Nouvelle-Écosse","Ormédis entend y consacrer 30 000 euros par an"),
   g(M,"Article 6 – Financial provisions › 6.2","Ormédis intends to allocate EUR 30,000 per year and AHTA intends to allocate CAD 45,000 per year")],
  ["30 000 euros","EUR 30,000","CAD 45,000"])
q("cross","fr","Le rapport d'activité prévoit d'accueillir en 2025 la première promotion du soft-landing avec l'AHTA : quel budget indicatif l'annexe de l'accord lui consacre-t-elle ?",
  [g(R,"10.1 Objectifs","accueillir la première cohorte du programme de soft-landing avec l'AHTA"),
   g(M,"Annex 1 – Indicative joint action plan › First soft-landing cohort","First soft-landing cohort")],["60,000"])
q("cross","fr","Comment l'AG de 2025 a-t-elle voté les comptes 2024, et comment celle de 2024 avait-elle voté les comptes 2023 ?",
  [g(P,"Des comptes redevenus positifs","les comptes par 85 voix pour et 3 abstentions"),
   g(R,"Tableau 5 – Résolutions de l'AG du 13 juin 2024 › Résolution 2","2. Comptes 2023 et affectation du résultat")],
  ["85","3","71","2","4"])

# ---- unanswerable
for lang, text in [
  ("fr","Combien d'adhérents Ormédis avait-il fin 2022 ?"),
  ("fr","Que dit l'article 17 du protocole d'accord signé avec l'Atlantic HealthTech Alliance ?"),
  ("en","How old is Dr Hélène Marchadier?"),
  ("fr","Quel est le salaire annuel de Thomas Le Guennec, le directeur général ?"),
  ("en","What is the Atlantic HealthTech Alliance's annual operating budget?"),
  ("fr","Quel montant Bpifrance a-t-elle versé au cluster en 2024 ?"),
  ("fr","Combien de participants la convention Ormédis Connect avait-elle réunis en 2023 ?"),
  ("en","Which political party does councillor Gérard Pelletan belong to?"),
  ("fr","Qui a été nommé responsable de l'Ormédis Lab ?"),
  ("fr","Quel chiffre d'affaires la société Osteonix a-t-elle réalisé en 2024 ?"),
]:
    q("unanswerable", lang, text, [], [])

with open(os.path.join(os.path.dirname(__file__), "..", "questions.jsonl"), "w") as f:
    for i, o in enumerate(Q, 1):
        o = {"id": f"{SET}-q{i:02d}", **o}
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

C = []
def c(claim, verdict, error, gold, figures, note):
    C.append({"claim": claim, "verdict": verdict, "error": error, "gold": gold, "figures": figures, "note": note})

# supported
c("Le cluster Ormédis a dépassé la barre des 150 adhérents en 2024, avec 156 membres au 31 décembre.","supported",None,
  [g(R,"2.2 Chiffres clés 2024","156 adhérents au 31 décembre 2024 (136 un an plus tôt)")],["156"],
  "Le rapport indique 156 adhérents au 31 décembre 2024.")
c("Les start-up membres d'Ormédis ont levé 31,4 millions d'euros en 2024, contre 18,2 millions l'année précédente.","supported",None,
  [g(R,"4.3 Financement des entreprises","Les start-up adhérentes ont levé 31,4 M€ en 2024 (11 opérations), contre 18,2 M€ en 2023 (8 opérations)")],["31,4 M€","18,2 M€"],
  "Les deux montants et les deux années correspondent au rapport.")
c("Under the memorandum, each cluster will host up to four companies from the other side every year.","supported",None,
  [g(M,"Article 4 – Soft-landing programme › 4.1","Each Party shall host up to four (4) member companies of the other Party per calendar year.")],["four (4)"],
  "Article 4.1 caps hosting at four member companies per Party per calendar year.")
c("La Région Ouest-Armor a versé 450 000 euros de subvention au cluster en 2024.","supported",None,
  [g(R,"Tableau 6 – Produits d'exploitation › Subvention Région Ouest-Armor","Subvention Région Ouest-Armor")],["450 000"],
  "Le tableau des produits donne 450 000 € réalisés en 2024 pour la Région.")
c("L'assemblée générale du 13 juin 2024 a adopté la hausse de 3 % des cotisations par 62 voix pour, 9 contre et 6 abstentions.","supported",None,
  [g(R,"Tableau 5 – Résolutions de l'AG du 13 juin 2024 › Résolution 3","3. Revalorisation des cotisations 2025 (+3 %)")],["62","9","6"],
  "La ligne de la résolution 3 donne exactement ce décompte.")
c("The Ormédis living lab will occupy 420 square metres in the former laundry of the Orvanne university hospital.","supported",None,
  [g(R,"10.2 Ormédis Lab","Ce plateau de 420 m²"),
   g(R,"10.2 Ormédis Lab","dans l'ancienne blanchisserie du CHU d'Orvanne")],["420 m²"],
  "Section 10.2 gives both the surface and the location.")
c("NeoPulse, le projet du CHU d'Orvanne sur les prématurés, a obtenu 1,15 million d'euros d'aide.","supported",None,
  [g(R,"Tableau 3 – Projets collaboratifs labellisés en 2024 › NeoPulse","NeoPulse")],["1 150 000 €"],
  "Le tableau des projets labellisés indique une aide obtenue de 1 150 000 € pour NeoPulse.")

# contradicted
c("L'investissement dans l'Ormédis Lab est estimé à 1,2 million d'euros TTC.","contradicted","ht_ttc",
  [g(R,"10.2 Ormédis Lab","est estimé à 1 200 000 € HT (1 440 000 € TTC)")],["1 200 000 € HT","1 440 000 € TTC"],
  "1,2 M€ est le montant hors taxes ; le coût TTC est de 1 440 000 €.")
c("Orvanne Métropole a notifié au cluster une enveloppe de 190 000 euros pour 2025.","contradicted","envelope",
  [g(R,"Tableau 8 – Budget prévisionnel 2025 › Subvention Orvanne Métropole","Subvention Orvanne Métropole")],["185 000","190 000"],
  "190 000 € est le montant inscrit au budget 2025 ; l'enveloppe notifiée est de 185 000 €.")
c("En 2023, 58 entreprises avaient déjà été accompagnées individuellement par le cluster.","contradicted","year",
  [g(R,"4.1 Accompagnement individuel","58 entreprises ont bénéficié d'un accompagnement individuel (44 en 2023)")],["58","44"],
  "58 est le chiffre de 2024 ; en 2023, 44 entreprises avaient été accompagnées.")
c("Article 4.3 of the MoU gives hosted companies a free workstation for up to 90 days.","contradicted","measure",
  [g(M,"Article 4 – Soft-landing programme › 4.2","free access to a workstation in the host Party's premises for a period of up to ninety (90) days"),
   g(M,"Article 4 – Soft-landing programme › 4.3","The host Party shall arrange at least five (5) qualified meetings for each hosted company")],["ninety (90) days"],
  "The free workstation is granted by Article 4.2; Article 4.3 deals with the qualified meetings.")
c("Les comptes 2023 ont été approuvés lors de l'AG de juin 2024 par 74 voix pour, sans aucune opposition.","contradicted","vote_row",
  [g(R,"Tableau 5 – Résolutions de l'AG du 13 juin 2024 › Résolution 2","2. Comptes 2023 et affectation du résultat")],["71","2","4"],
  "74 voix pour est le vote du rapport moral (résolution 1) ; les comptes ont recueilli 71 pour, 2 contre et 4 abstentions.")
c("Orvanne Métropole, premier financeur du cluster, lui a apporté 450 000 euros en 2024.","contradicted","body",
  [g(R,"Tableau 6 – Produits d'exploitation › Subvention Orvanne Métropole","Subvention Orvanne Métropole"),
   g(R,"Tableau 6 – Produits d'exploitation › Subvention Région Ouest-Armor","Subvention Région Ouest-Armor")],["180 000","450 000"],
  "Les 450 000 € viennent de la Région Ouest-Armor ; Orvanne Métropole a versé 180 000 €.")
c("The memorandum with the Atlantic HealthTech Alliance was signed on 12 October 2023 during the Ormédis Connect convention.","contradicted","date",
  [g(M,"Article 16 – Signatures","Signed in two (2) original copies at Harlow Bay, Nova Scotia, on 19 September 2024."),
   g(M,"Preamble","the Parties held a first exploratory meeting at the Ormédis Connect business convention on 12 October 2023")],["19 September 2024","12 October 2023"],
  "12 October 2023 was only the first exploratory meeting; the MoU was signed at Harlow Bay on 19 September 2024.")
c("La mission collective d'Ormédis en Nouvelle-Écosse a emmené 14 entreprises adhérentes.","contradicted","count",
  [g(R,"7.1 Partenariat avec l'Atlantic HealthTech Alliance","à laquelle ont participé 12 entreprises adhérentes")],["12"],
  "Le rapport (et l'article) font état de 12 entreprises participantes, non 14.")

# not in corpus
c("Ormédis prévoit d'ouvrir une antenne permanente à Montréal en 2026.","not_in_corpus",None,[],[],
  "Aucun document ne mentionne de bureau à Montréal ; le partenariat canadien concerne Harlow Bay.")
c("The Atlantic HealthTech Alliance runs on an annual budget of more than CAD 3 million.","not_in_corpus",None,[],[],
  "No document states AHTA's budget.")
c("Le directeur général d'Ormédis, Thomas Le Guennec, perçoit un salaire annuel de 85 000 euros.","not_in_corpus",None,[],[],
  "Seule la masse salariale globale est donnée ; aucune rémunération individuelle.")
c("Le cluster a accueilli une quarantaine de stagiaires au cours de l'année 2024.","not_in_corpus",None,[],[],
  "Les documents ne parlent pas de stagiaires (seulement d'un alternant dans l'équipe).")
c("The Ormédis Lab will employ two full-time laboratory technicians.","not_in_corpus",None,[],[],
  "The documents give the lab's running cost but say nothing about dedicated staff.")

with open(os.path.join(os.path.dirname(__file__), "..", "claims.jsonl"), "w") as f:
    for i, o in enumerate(C, 1):
        o = {"id": f"{SET}-c{i:02d}", **o}
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(Q), len(C))
