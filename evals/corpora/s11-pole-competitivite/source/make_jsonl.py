import json
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
A = "2025-04-22-rapport-activite-2024-seranmed"
B = "feuille-de-route-2025-2028-seranmed-contrat-performance"
C = "2025-06-17-techmed-hebdo-ag-seranmed"
def g(d, loc, q): return {"doc_id": d, "locator": loc, "quote": q}

Q = []
def q(kind, lang, question, gold, figures, history=None):
    Q.append({"kind": kind, "lang": lang, "question": question, "history": history or [],
              "answerable": kind != "unanswerable", "gold": gold, "figures": figures})

# ---- figure
q("figure", "fr", "Combien d'adhérents le pôle Séranmed comptait-il au 31 décembre 2024 ?",
  [g(A, "Chapitre 2 › 2.1 Évolution et catégories de membres", "Au 31 décembre 2024, Séranmed comptait 312 membres"),
   g(A, "Chapitre 1 › 1.2 Les chiffres clés de l'année", "312 adhérents au 31 décembre 2024, soit une hausse de 9 % sur un an ;")], ["312"])
q("figure", "en", "How many full-time equivalents did Séranmed's permanent staff represent at the end of 2024?",
  [g(A, "Chapitre 1 › 1.4 L'équipe permanente", "l'équipe permanente comptait 17 salariés, représentant 15,4 ETP")], ["15,4"])
q("figure", "fr", "Quelle proportion des dossiers examinés en 2024 par le comité de labellisation a finalement obtenu le label ?",
  [g(A, "Chapitre 3 › 3.1 La labellisation des projets", "Il a examiné 71 dossiers et en a labellisé 58, soit un taux de labellisation de 82 %.")], ["82 %"])
q("figure", "fr", "Quand le contrat de performance avec l'État, la Région et la métropole a-t-il été signé ?",
  [g(B, "Signatures", "Fait à Valbrune, le 28 janvier 2025, en quatre exemplaires originaux.")], ["28 janvier 2025"])
q("figure", "en", "At the June 2025 general assembly, how did members vote on the 2024 accounts?",
  [g(C, "Des votes sans surprise", "Les comptes 2024 ont été approuvés par 151 voix pour, aucune voix contre et 2 abstentions.")], ["151", "2"])
q("figure", "fr", "Combien les jeunes pousses suivies par Séranmed ont-elles levé en 2024 ?",
  [g(A, "Chapitre 4 › 4.2 L'accompagnement des entreprises", "les start-ups accompagnées par le pôle ont levé 48,5 M€ en 2024")], ["48,5 M€"])
q("figure", "fr", "À combien s'élèvent au total les moyens prévus par la feuille de route sur 2025-2028, fonctions support comprises ?",
  [g(B, "Partie D › D.1 Budget par axe stratégique", "Les moyens consacrés à la mise en œuvre de la feuille de route, y compris les fonctions support, s'élèvent à 10 400 k€ sur la période 2025-2028.")], ["10 400 k€"])
q("figure", "en", "To what level did the Région raise its FRI Santé envelope in 2024?",
  [g(A, "Chapitre 3 › 3.2 Les financements obtenus par dispositif", "La Région Haute-Séranne a porté l'enveloppe de son Fonds régional d'innovation (FRI Santé) de 3,2 M€ en 2023 à 4,0 M€ en 2024.")], ["4,0 M€"])
q("figure", "fr", "Quel excédent le pôle a-t-il dégagé sur l'exercice 2024 ?",
  [g(A, "Chapitre 5 › 5.1 Le compte de résultat", "L'exercice 2024 se solde par un excédent de 94 k€, contre 80 k€ en 2023.")], ["94 k€"])
q("figure", "fr", "Quel a été le taux moyen de présence des administrateurs aux réunions du CA en 2024 ?",
  [g(A, "Chapitre 1 › 1.3 La gouvernance", "Le conseil d'administration s'est réuni 6 fois en 2024, avec un taux moyen de présence de 79 %.")], ["79 %"])
q("figure", "fr", "Pour quelle durée Hélène Marchetti-Roux a-t-elle été reconduite à la présidence en juin 2025 ?",
  [g(C, "Des votes sans surprise", "le nouveau conseil d'administration a réélu à l'unanimité Hélène Marchetti-Roux à la présidence, pour un nouveau mandat de trois ans.")], ["trois ans"])
# ---- table
q("table", "fr", "Combien de start-ups adhéraient au pôle fin 2023 ?",
  [g(A, "Chapitre 2 › Tableau 2 – Membres par catégorie › Start-ups (moins de 5 ans)", "Start-ups (moins de 5 ans)")], ["74"])
q("table", "en", "In the table of members by region and category, how many research and training members are based in Val-d'Arvène?",
  [g(A, "Chapitre 2 › Tableau 3 – Répartition des membres par région › Val-d'Arvène", "Val-d'Arvène")], ["7"])
q("table", "fr", "Dans le tableau par dispositif de financement, quel montant d'aides les projets ANR ont-ils obtenu en 2024 ?",
  [g(A, "Chapitre 3 › Tableau 4 – Projets labellisés et financés par dispositif › ANR", "ANR (AAPG et ASTRID)")], ["3,1"])
q("table", "fr", "Quelle subvention de Valbrune Métropole le compte de résultat prévoit-il au budget 2025 ?",
  [g(A, "Chapitre 5 › Tableau 7 – Compte de résultat simplifié › Subvention Valbrune Métropole", "Subvention Valbrune Métropole")], ["160"])
q("table", "en", "According to the membership fee schedule, how much does an ETI pay in 2025 including VAT?",
  [g(A, "Chapitre 5 › Tableau 8 – Barème des cotisations annuelles › ETI", "ETI")], ["5 400"])
q("table", "fr", "Quelle cible la feuille de route fixe-t-elle pour 2028 en nombre de diagnostics MDR/IVDR ?",
  [g(B, "Partie C › Indicateurs de performance › Diagnostics réglementaires MDR/IVDR", "Diagnostics réglementaires MDR/IVDR réalisés")], ["40"])
q("table", "fr", "Combien de personnes ont assisté à la journée sur le MDR et l'accès au marché, et combien parmi elles étaient adhérentes ?",
  [g(A, "Chapitre 4 › Tableau 6 – Principaux événements 2024 › Journée MDR & accès au marché", "Journée MDR & accès au marché")], ["185", "142"])
q("table", "fr", "Combien l'État (DGE) s'engage-t-il à verser au pôle pour l'année 2027 ?",
  [g(B, "Partie D › D.2 Engagements financiers des signataires › État (DGE)", "État (DGE)")], ["330"])
# ---- clause
q("clause", "fr", "Que risque le pôle côté État si la revue à mi-parcours montre que trop peu de cibles sont atteintes ?",
  [g(B, "Partie D › D.3 Conditions de versement", "Si moins de 70 % des cibles sont atteintes lors de la revue à mi-parcours, la part variable des exercices 2027 et 2028 est réduite de moitié.")], ["70 %"])
q("clause", "en", "Who chairs the committee that monitors the roadmap?",
  [g(B, "Partie E › E.1 Comité de suivi", "Il est coprésidé par le représentant du préfet de région et par la vice-présidente de la Région Haute-Séranne déléguée à l'innovation et à l'enseignement supérieur, Mme Laure Denizot.")], [])
q("clause", "fr", "Quels administrateurs ne disposent que d'une voix consultative au CA de Séranmed ?",
  [g(A, "Chapitre 1 › 1.3 La gouvernance › Collège D", "Collège D – Collectivités et financeurs : 2 sièges, avec voix consultative.")], [])
q("clause", "fr", "C'est quoi exactement Séran'Clin ?",
  [g(B, "Axe stratégique 3 › Action 3.2", "le pôle met en place la plateforme Séran'Clin, guichet unique d'accès des entreprises aux investigations cliniques et aux études de performance.")], [])
q("clause", "en", "By what date each year must the cluster send its activity report and certified accounts to the funders?",
  [g(B, "Partie E › E.2 Rapport annuel", "Le pôle transmet aux financeurs, au plus tard le 30 avril de chaque année, son rapport annuel d'activité, ses comptes certifiés et le tableau de bord des indicateurs de la partie C.")], ["30 avril"])
q("clause", "fr", "Quelles start-ups peuvent intégrer le programme d'accélération du pôle ?",
  [g(B, "Axe stratégique 2 › Action 2.1", "Sont éligibles les start-ups adhérentes de moins de 5 ans qui développent un dispositif médical ou un logiciel de santé et qui ont réalisé au moins une preuve de concept.")], [])
q("clause", "fr", "Le pôle aide-t-il financièrement une entreprise qui veut faire réaliser une analyse de cycle de vie de son dispositif ?",
  [g(B, "Axe stratégique 4 › Action 4.3", "Le pôle lance un programme d'écoconception qui finance 50 % du coût d'une analyse de cycle de vie (ACV), dans la limite de 6 000 € HT par entreprise.")], ["50 %", "6 000 € HT"])
q("clause", "fr", "Dans quelles conditions un financeur peut-il se retirer du contrat de performance ?",
  [g(B, "Partie E › E.4 Durée, modification et résiliation", "En cas de manquement grave du pôle à ses engagements, chaque financeur peut, après mise en demeure restée sans effet pendant trois mois, suspendre ou résilier sa participation.")], [])
# ---- list
q("list", "fr", "Quels sont les grands axes de la feuille de route 2025-2028 ?",
  [g(B, "Partie B › Axe stratégique 1", "Axe stratégique 1 — Faire émerger et financer des projets collaboratifs d'innovation"),
   g(B, "Partie B › Axe stratégique 2", "Axe stratégique 2 — Accompagner la croissance des entreprises"),
   g(B, "Partie B › Axe stratégique 3", "Axe stratégique 3 — Accès au marché, évaluation clinique et conformité réglementaire"),
   g(B, "Partie B › Axe stratégique 4", "Axe stratégique 4 — Compétences, santé numérique et transition écologique")], [])
q("list", "en", "Which partners are involved in the CARDIOSENS project?",
  [g(A, "Chapitre 3 › 3.3 Projets phares › 1. CARDIOSENS", "Cardiolis SAS (chef de file)"),
   g(A, "Chapitre 3 › 3.3 Projets phares › 1. CARDIOSENS", "CHU de Valbrune"),
   g(A, "Chapitre 3 › 3.3 Projets phares › 1. CARDIOSENS", "Laboratoire d'ingénierie des microsystèmes de Séranne (LIMS)"),
   g(A, "Chapitre 3 › 3.3 Projets phares › 1. CARDIOSENS", "Onderis")], [])
q("list", "fr", "Qui compose le bureau de Séranmed ?",
  [g(A, "Chapitre 1 › 1.3 La gouvernance › Bureau", "Présidente : Dr Hélène Marchetti-Roux (Cardiolis SAS)"),
   g(A, "Chapitre 1 › 1.3 La gouvernance › Bureau", "Vice-président recherche : Pr Arnaud Delcourt (CHU de Valbrune)"),
   g(A, "Chapitre 1 › 1.3 La gouvernance › Bureau", "Vice-présidente PME et start-ups : Sonia Berthelot (Ortheva)"),
   g(A, "Chapitre 1 › 1.3 La gouvernance › Bureau", "Trésorier : Marc-Antoine Villiers (Groupe Villiers Médical)"),
   g(A, "Chapitre 1 › 1.3 La gouvernance › Bureau", "Secrétaire : Dr Nadia Ouazzani (Université de Haute-Séranne)"),
   g(A, "Chapitre 1 › 1.3 La gouvernance › Bureau", "Membre : Julien Rameau (Radiantis)"),
   g(A, "Chapitre 1 › 1.3 La gouvernance › Bureau", "Membre : Céline Tessier (Centre hospitalier de Montclar-sur-Lise)")], [])
q("list", "fr", "Qui sont les signataires du contrat de performance 2025-2028 ?",
  [g(B, "Parties au contrat", "l'État, représenté par le préfet de la région Haute-Séranne"),
   g(B, "Parties au contrat", "la Région Haute-Séranne, représentée par sa présidente"),
   g(B, "Parties au contrat", "Valbrune Métropole, représentée par son président"),
   g(B, "Parties au contrat", "l'association Séranmed, représentée par sa présidente")], [])
q("list", "fr", "Dans quelles villes se sont rendues les missions collectives du pôle à l'étranger en 2024 ?",
  [g(A, "Chapitre 4 › 4.3 L'action internationale", "Montréal (Québec)"),
   g(A, "Chapitre 4 › 4.3 L'action internationale", "à Bruxelles pour les European MedDevice Days"),
   g(A, "Chapitre 4 › 4.3 L'action internationale", "Boston (États-Unis)")], [])
q("list", "fr", "Quels pays le pôle cible-t-il en priorité à l'international sur la durée du contrat ?",
  [g(B, "Axe stratégique 2 › Action 2.3", "le Canada"),
   g(B, "Axe stratégique 2 › Action 2.3", "l'Allemagne"),
   g(B, "Axe stratégique 2 › Action 2.3", "les États-Unis"),
   g(B, "Axe stratégique 2 › Action 2.3", "le Japon")], [])
# ---- followup
q("followup", "fr", "Et par Bpifrance ?",
  [g(A, "Chapitre 3 › Tableau 4 – Projets par dispositif › Bpifrance / France 2030", "Bpifrance / France 2030 (i-Nov, i-Démo)")], ["4"],
  history=["Combien de projets labellisés par le pôle ont été financés par le FUI en 2024 ?"])
q("followup", "en", "And for 2028?",
  [g(B, "Partie C › Indicateurs de performance › Nombre d'adhérents", "Nombre d'adhérents au 31 décembre")], ["380"],
  history=["What target does the roadmap set for the number of members in 2025?"])
q("followup", "fr", "Et sur l'ensemble de la période ?",
  [g(B, "Partie D › D.1 Budget par axe stratégique › Axe 1", "Axe 1 — Projets collaboratifs d'innovation")], ["2 810"],
  history=["Quel budget est prévu en 2025 pour l'axe 1 de la feuille de route ?"])
q("followup", "fr", "Et un an plus tôt ?",
  [g(A, "Chapitre 1 › 1.4 L'équipe permanente", "contre 14 salariés et 12,8 ETP au 31 décembre 2023")], ["14"],
  history=["Combien de salariés comptait l'équipe permanente de Séranmed fin 2024 ?"])
q("followup", "en", "And how many voted against it?",
  [g(C, "Des votes sans surprise", "Le budget 2025, qui prévoit 2,45 millions d'euros de produits, a recueilli 146 voix pour, 3 voix contre et 4 abstentions.")], ["3"],
  history=["How many votes in favour did the 2025 budget receive at the general assembly?"])
q("followup", "fr", "Et combien paiera-t-elle TTC en 2025 ?",
  [g(A, "Chapitre 5 › Tableau 8 – Barème des cotisations › PME de moins de 50 salariés", "PME de moins de 50 salariés")], ["1 140"],
  history=["Quelle était la cotisation 2024 d'une PME de moins de 50 salariés ?"])
# ---- cross
q("cross", "fr", "Le nombre de projets européens financés retenu comme référence 2024 dans la feuille de route correspond-il à celui du rapport d'activité ?",
  [g(B, "Partie C › Indicateurs de performance › Projets européens financés", "Projets européens financés"),
   g(A, "Chapitre 3 › Tableau 4 › Union européenne", "Union européenne (Horizon Europe, EU4Health)")], ["3"])
q("cross", "en", "The managing director told the press that projects captured 'nearly 24 million euros' of public aid in 2024. What exact figure does the activity report give?",
  [g(C, "Un bilan 2024 en hausse", "Près de 24 millions d'euros d'aides publiques ont été captés par les projets que nous avons labellisés en 2024"),
   g(A, "Chapitre 3 › Tableau 5 – Évolution des indicateurs de projets › Aides publiques obtenues", "Aides publiques obtenues (M€)")], ["23,6"])
q("cross", "fr", "La subvention régionale inscrite au budget 2025 du pôle est-elle cohérente avec ce que la Région s'est engagée à verser pour 2025 dans le contrat de performance ?",
  [g(A, "Chapitre 5 › Tableau 7 › Subvention Région Haute-Séranne", "Subvention Région Haute-Séranne"),
   g(B, "Partie D › D.2 Engagements financiers des signataires › Région Haute-Séranne", "Région Haute-Séranne")], ["780"])
q("cross", "fr", "Combien de nouvelles structures ont rejoint Séranmed en 2024, puis depuis le début de 2025 ?",
  [g(A, "Chapitre 1 › 1.2 Les chiffres clés de l'année", "41 nouvelles adhésions et 16 départs au cours de l'exercice ;"),
   g(C, "Chapô / introduction", "après avoir accueilli 19 nouvelles structures depuis le 1er janvier")], ["41", "19"])
# ---- unanswerable
for lang, text in [
    ("fr", "Combien de projets le pôle avait-il labellisés en 2021 ?"),
    ("fr", "Que prévoit l'action 4.5 de la feuille de route ?"),
    ("en", "How much does the Agence régionale de santé (ARS) contribute to Séranmed's budget?"),
    ("fr", "Quel âge a Thomas Le Gall, le directeur général du pôle ?"),
    ("en", "Which political party does Laure Denizot belong to?"),
    ("fr", "Combien de brevets les membres du pôle ont-ils déposés en 2024 ?"),
    ("en", "What is the annual salary of Séranmed's managing director?"),
    ("fr", "Combien de participants le hackathon santé numérique avait-il réunis en 2023 ?"),
]:
    q("unanswerable", lang, text, [], [])

with open(ROOT / "questions.jsonl", "w") as f:
    for i, o in enumerate(Q, 1):
        o = {"id": f"s11-pole-competitivite-q{i:02d}", **o}
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

# ---------------- claims
CL = []
def c(claim, verdict, error, gold, figures, note):
    CL.append({"claim": claim, "verdict": verdict, "error": error, "gold": gold, "figures": figures, "note": note})

c("Séranmed a franchi la barre des 300 adhérents en 2024 et comptait 312 membres au 31 décembre.", "supported", None,
  [g(A, "Chapitre 2 › 2.1 Évolution et catégories de membres", "Au 31 décembre 2024, Séranmed comptait 312 membres")], ["312"],
  "Le rapport d'activité donne 312 membres au 31 décembre 2024.")
c("Les aides publiques obtenues par les projets financés sont passées de 19,9 M€ en 2023 à 23,6 M€ en 2024.", "supported", None,
  [g(A, "Chapitre 3 › Tableau 5 › Aides publiques obtenues", "Aides publiques obtenues (M€)")], ["19,9", "23,6"],
  "Le tableau 5 donne 19,9 M€ en 2023 et 23,6 M€ en 2024.")
c("The 2025-2028 roadmap aims for five EU-funded projects a year by 2028.", "supported", None,
  [g(B, "Axe stratégique 1 › Action 1.3", "L'objectif est d'atteindre 5 projets européens financés par an en 2028.")], ["5"],
  "Action 1.3 sets the target of 5 European projects funded per year in 2028.")
c("En 2025, une start-up paie 420 € HT de cotisation annuelle pour adhérer au pôle.", "supported", None,
  [g(A, "Chapitre 5 › Tableau 8 › Start-up (moins de 5 ans)", "Start-up (moins de 5 ans)")], ["420"],
  "Le barème 2025 fixe la cotisation d'une start-up à 420 € HT (504 € TTC).")
c("Lors de l'assemblée générale de juin 2024, les comptes 2023 ont été approuvés par 142 voix pour, aucune contre et 3 abstentions.", "supported", None,
  [g(A, "Chapitre 1 › Tableau 1 – Votes de l'AG du 13 juin 2024 › Résolution 1", "1. Approbation des comptes 2023")], ["142", "0", "3"],
  "La ligne de la résolution 1 du tableau 1 donne 142 pour, 0 contre, 3 abstentions.")
c("Valbrune Métropole will provide 640 k€ over the four years of the performance contract.", "supported", None,
  [g(B, "Partie D › D.2 Engagements financiers des signataires › Valbrune Métropole", "Valbrune Métropole")], ["640"],
  "The D.2 table gives Valbrune Métropole 160 k€ a year, 640 k€ in total for 2025-2028.")
c("Le guichet réglementaire du pôle facture son diagnostic MDR 1 200 € HT aux adhérents qui ne sont pas des start-ups.", "supported", None,
  [g(B, "Axe stratégique 3 › Action 3.1", "Le diagnostic est gratuit pour les start-ups et facturé 1 200 € HT aux autres adhérents.")], ["1 200 € HT"],
  "L'action 3.1 prévoit un diagnostic gratuit pour les start-ups et facturé 1 200 € HT aux autres adhérents.")
# contradicted
c("La cotisation 2025 d'une PME de moins de 50 salariés s'élève à 1 140 € HT.", "contradicted", "ht_ttc",
  [g(A, "Chapitre 5 › Tableau 8 › PME de moins de 50 salariés", "PME de moins de 50 salariés")], ["950", "1 140"],
  "1 140 € est le montant TTC ; la cotisation 2025 est de 950 € HT.")
c("L'axe stratégique 2 de la feuille de route est doté de 2 540 k€ pour l'année 2025.", "contradicted", "envelope",
  [g(B, "Partie D › D.1 Budget par axe stratégique › Axe 2", "Axe 2 — Croissance des entreprises")], ["580", "2 540"],
  "2 540 k€ est l'enveloppe 2025-2028 de l'axe 2 ; son budget 2025 est de 580 k€.")
c("Séranmed had 287 members at the end of 2024.", "contradicted", "year",
  [g(A, "Chapitre 2 › 2.1 Évolution et catégories de membres", "Au 31 décembre 2024, Séranmed comptait 312 membres, contre 287 au 31 décembre 2023")], ["312", "287"],
  "287 is the end-2023 figure; the cluster had 312 members at 31 December 2024.")
c("L'action 2.2 de la feuille de route de Séranmed est consacrée au développement international.", "contradicted", "measure",
  [g(B, "Axe stratégique 2 › Action 2.2", "Action 2.2 — Financement et levées de fonds"),
   g(B, "Axe stratégique 2 › Action 2.3", "Action 2.3 — Développement international")], [],
  "L'action 2.2 porte sur le financement et les levées de fonds ; l'international relève de l'action 2.3.")
c("À l'assemblée générale du 13 juin 2024, le budget prévisionnel 2024 a été adopté par 142 voix pour.", "contradicted", "vote_row",
  [g(A, "Chapitre 1 › Tableau 1 – Votes de l'AG du 13 juin 2024 › Résolution 3", "3. Budget prévisionnel 2024")], ["139", "2", "4"],
  "142 voix pour correspond à l'approbation des comptes 2023 ; le budget 2024 a recueilli 139 pour, 2 contre, 4 abstentions.")
c("The Région Haute-Séranne commits 1,350 k€ to the cluster over 2025-2028 under the performance contract.", "contradicted", "body",
  [g(B, "Partie D › D.2 › État (DGE)", "État (DGE)"),
   g(B, "Partie D › D.2 › Région Haute-Séranne", "Région Haute-Séranne")], ["1 350", "3 200"],
  "1 350 k€ is the State (DGE) commitment; the Région commits 3 200 k€.")
c("En 2024, le comité de labellisation de Séranmed a examiné 58 dossiers.", "contradicted", "count",
  [g(A, "Chapitre 3 › 3.1 La labellisation des projets", "Il a examiné 71 dossiers et en a labellisé 58")], ["71", "58"],
  "Le comité a examiné 71 dossiers ; 58 est le nombre de projets labellisés.")
c("L'assemblée générale 2025 de Séranmed s'est tenue le 17 juin à Valbrune.", "contradicted", "date",
  [g(C, "Chapô", "Réuni en assemblée générale le 12 juin à Valbrune")], ["12 juin"],
  "L'AG s'est tenue le 12 juin 2025 ; le 17 juin est la date de publication de l'article.")
c("The 2024 edition of the Rencontres Séranmed drew 460 participants.", "contradicted", "value",
  [g(A, "Chapitre 4 › Tableau 6 › Rencontres Séranmed 2024", "Rencontres Séranmed 2024")], ["640"],
  "Table 6 gives 640 participants (410 of them members) for the 2024 Rencontres.")
# not in corpus
c("Séranmed prévoit de recruter cinq salariés supplémentaires en 2025.", "not_in_corpus", None, [], [],
  "Les documents évoquent trois recrutements en 2024 mais aucun plan de recrutement chiffré pour 2025.")
c("Before joining Séranmed, managing director Thomas Le Gall spent ten years at a large pharmaceutical group.", "not_in_corpus", None, [], [],
  "The documents only say he has led the team since March 2019; his previous career is never mentioned.")
c("Le pôle s'est porté candidat pour accueillir un salon international des dispositifs médicaux en 2027.", "not_in_corpus", None, [], [],
  "Aucun document ne mentionne de candidature à l'accueil d'un salon international.")
c("Le CHU de Valbrune investit 1,2 M€ dans la plateforme d'investigation clinique Séran'Clin.", "not_in_corpus", None, [], [],
  "Le rôle du CHU dans Séran'Clin est décrit mais aucun montant d'investissement n'est indiqué.")

with open(ROOT / "claims.jsonl", "w") as f:
    for i, o in enumerate(CL, 1):
        o = {"id": f"s11-pole-competitivite-c{i:02d}", **o}
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(Q), len(CL))
