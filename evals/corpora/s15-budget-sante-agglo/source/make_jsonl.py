# Writes questions.jsonl and claims.jsonl for the s15-budget-sante-agglo set.
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
S = "s15-budget-sante-agglo"
ROB = "2025-02-13-rob-2025-chapitre-sante-camvi"
DEL = "2025-03-27-deliberation-conseil-camvi-budget-primitif-2025"
ART = "2025-03-28-courrier-val-isaure-budget-sante-agglo"


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures, history=None):
    Q.append({
        "id": f"{S}-q{len(Q) + 1:02d}",
        "kind": kind,
        "lang": lang,
        "question": question,
        "history": history or [],
        "answerable": kind != "unanswerable",
        "gold": gold,
        "figures": figures,
    })


# ---------------- figure
q("figure", "fr", "Combien d'habitants compte l'agglo Morlanges – Val d'Isaure d'après le rapport d'orientation budgétaire ?",
  [g(ROB, "I. A. Un territoire en tension sur l'offre de soins", "La CAMVI regroupe 28 communes et 118 436 habitants")],
  ["118 436"])
q("figure", "en", "What was the final vote count on the 2025 main budget at the 27 March council meeting?",
  [g(DEL, "Article 1er › Vote sur le budget principal", "Vote sur le budget principal : Pour : 47 – Contre : 11 – Abstentions : 3")],
  ["47", "11", "3"])
q("figure", "fr", "Au final, quelle subvention d'équilibre le budget principal verse-t-il au centre de santé intercommunal en 2025 ?",
  [g(DEL, "Article 1er › Précisions chapitre 65", "la subvention d'équilibre versée au budget annexe Centre de santé intercommunal est fixée à 1 180 000,00 €")],
  ["1 180 000"])
q("figure", "fr", "Combien coûte hors taxes l'évaluation à mi-parcours du CLS confiée à un cabinet ?",
  [g(ROB, "I. B. Le contrat local de santé de deuxième génération", "confiée au cabinet Alcyde Conseil pour un montant de 28 400 € HT (34 080 € TTC)")],
  ["28 400 € HT"])
q("figure", "en", "According to the health insurance fund's estimate, how many adults on the territory have no regular GP?",
  [g(ROB, "I. A. Un territoire en tension sur l'offre de soins", "11 420 patients de 17 ans et plus n'ont pas de médecin traitant, soit 11,8 % de la population adulte")],
  ["11 420"])
q("figure", "fr", "Quel loyer la SISA du Val de Brévonne paie-t-elle chaque année pour la maison de santé ?",
  [g(ROB, "II. B. Les dépenses d'investissement", "moyennant un loyer annuel de 54 000 €")],
  ["54 000 €"])
q("figure", "fr", "À quelle date est prévue l'ouverture de l'antenne du centre de santé à Valbrune ?",
  [g(DEL, "Synthèse des débats", "l'ouverture de l'antenne restait fixée au 1er septembre 2025")],
  ["1er septembre 2025"])
q("figure", "en", "What is the revised programme authorisation (AP) for the Croix-Verte health hub?",
  [g(DEL, "Considérants", "porter l'autorisation de programme AP 2023-01 à 5 040 000 € TTC")],
  ["5 040 000"])
q("figure", "fr", "Combien de fiches actions du contrat local de santé étaient engagées au 31 décembre 2024 ?",
  [g(ROB, "I. B. Le contrat local de santé de deuxième génération", "Au 31 décembre 2024, 19 fiches actions sont engagées, dont 6 achevées, et 5 n'ont pas encore démarré.")],
  ["19"])
q("figure", "fr", "quelle densité de généralistes libéraux pour 10 000 habitants sur le territoire de la CAMVI ?",
  [g(ROB, "I. A. Un territoire en tension sur l'offre de soins", "La densité de médecins généralistes libéraux y atteint 6,3 pour 10 000 habitants au 1er janvier 2024")],
  ["6,3"])
q("figure", "fr", "Quand le CLS de deuxième génération a-t-il été signé ?",
  [g(ROB, "I. B. Le contrat local de santé de deuxième génération", "Le CLS 2023-2027 a été signé le 14 juin 2023")],
  ["14 juin 2023"])
q("figure", "fr", "Combien de conseillers étaient présents à la séance du conseil communautaire qui a voté le budget primitif ?",
  [g(DEL, "En-tête › Quorum", "Présents : 52")],
  ["52"])

# ---------------- table
q("table", "fr", "Dans le tableau des dépenses de fonctionnement santé par programme, combien a été réalisé en 2023 pour la santé mentale et le CLSM ?",
  [g(ROB, "Tableau 4.1 › P2 – Santé mentale et CLSM", "P2 – Santé mentale et CLSM")],
  ["231 700"])
q("table", "en", "In the health PPI table, what is the pre-tax cost of fitting out the health centre's branch in Valbrune?",
  [g(ROB, "Tableau 4.5 › Antenne du CSI à Valbrune", "Antenne du CSI à Valbrune")],
  ["375 000"])
q("table", "fr", "Combien l'ARS a-t-elle versé en 2024 au titre du FIR pour coordonner le conseil local de santé mentale ?",
  [g(ROB, "Tableau 4.6 › ARS – FIR, coordination du CLSM", "ARS – FIR, coordination du CLSM")],
  ["25 000"])
q("table", "fr", "Au budget annexe du centre de santé intercommunal, quel montant est inscrit au chapitre des charges de personnel ?",
  [g(DEL, "Article 2 › 2.1 Budget annexe Centre de santé intercommunal › Chapitre 012", "Chapitre 012 – Charges de personnel et frais assimilés")],
  ["2 186 400"])
q("table", "en", "How much new borrowing does the 2025 main budget provide for in its investment receipts?",
  [g(DEL, "Article 1er › Section d'investissement – Recettes › Chapitre 16", "Chapitre 16 – Emprunts et dettes assimilées (emprunts nouveaux)")],
  ["13 822 350"])
q("table", "fr", "Quel objectif de consultations et visites le CSI se fixe-t-il pour 2025 dans le tableau des indicateurs d'activité ?",
  [g(ROB, "Tableau 4.3 › Consultations et visites", "Consultations et visites")],
  ["16 500"])
q("table", "fr", "Combien d'ETP de médecins généralistes salariés le centre de santé comptait-il en 2023 ?",
  [g(ROB, "Tableau 4.4 › CSI – médecins généralistes salariés", "CSI – médecins généralistes salariés")],
  ["6,2"])
q("table", "fr", "Combien ont coûté en 2023 les études du futur pôle santé de la Croix-Verte (tableau des investissements réalisés) ?",
  [g(ROB, "Tableau 4.2 › Études du Pôle santé de la Croix-Verte", "Études du Pôle santé de la Croix-Verte")],
  ["95 000"])

# ---------------- clause
q("clause", "fr", "Un kiné ou un médecin qui veut toucher l'aide à l'installation de l'agglo, il doit remplir quelles conditions ?",
  [g(ROB, "II. B. Fonds intercommunal d'aide à l'installation", "Les bénéficiaires doivent s'installer dans une commune classée en ZIP, s'engager à y exercer au moins cinq ans et participer à la permanence des soins ambulatoires.")],
  ["cinq ans"])
q("clause", "en", "How are the health associations' grants paid out under the deliberation?",
  [g(DEL, "Article 4", "les autres subventions seront versées en deux fois : 60 % à la signature de la convention et le solde au vu du rapport d'activité de l'exercice")],
  ["60 %"])
q("clause", "fr", "Que deviennent les crédits de paiement 2025 des AP santé s'ils ne sont pas consommés dans l'année ?",
  [g(DEL, "Article 3", "DIT que les crédits de paiement non consommés en 2025 seront automatiquement reportés sur l'exercice 2026 dans la limite du montant de l'autorisation de programme")],
  [])
q("clause", "fr", "Quels élus n'ont pas pris part au vote sur les subventions aux associations de santé, et pour quelle raison ?",
  [g(DEL, "Article 4 › Non-participation au vote", "Dr Karim Belhadj, Mme Anne-Laure Quéméner et M. Patrice Dorval, membres des instances dirigeantes d'organismes bénéficiaires, ne prennent pas part au vote sur l'article 4")],
  [])
q("clause", "en", "Besides the salary grid, what does the pay of the health centre's salaried doctors include?",
  [g(ROB, "III. B. Les ressources humaines de la politique de santé", "complétée d'une part variable plafonnée à 10 % liée à des objectifs de santé publique")],
  ["10 %"])
q("clause", "fr", "Dans quel délai et devant qui peut-on contester la délibération du budget primitif ?",
  [g(DEL, "Article 5", "peut faire l'objet d'un recours pour excès de pouvoir devant le tribunal administratif territorialement compétent dans un délai de deux mois")],
  ["deux mois"])
q("clause", "fr", "Pourquoi la subvention d'équilibre au CSI est-elle plus faible au budget voté que lors du DOB ?",
  [g(DEL, "Considérants", "la notification, le 7 mars 2025, du forfait structure de l'accord conventionnel interprofessionnel (ACI) au centre de santé intercommunal pour un montant de 126 000 €, ainsi que la révision à la hausse des recettes d'activité du centre")],
  ["126 000 €"])
q("clause", "fr", "Qui est chargé de l'exécution de la délibération budgétaire du 27 mars 2025 ?",
  [g(DEL, "Article 5", "CHARGE la présidente et le comptable public assignataire, responsable du service de gestion comptable de Morlanges")],
  [])

# ---------------- list
q("list", "fr", "Quels sont les partenaires signataires du contrat local de santé 2023-2027 aux côtés de l'agglomération ?",
  [g(ROB, "I. B. CLS 2023-2027 › Signataires", "l'ARS"),
   g(ROB, "I. B. CLS 2023-2027 › Signataires", "la préfecture"),
   g(ROB, "I. B. CLS 2023-2027 › Signataires", "la CPAM de l'Isaure"),
   g(ROB, "I. B. CLS 2023-2027 › Signataires", "le Département"),
   g(ROB, "I. B. CLS 2023-2027 › Signataires", "la Mutualité sociale agricole (MSA)")],
  [])
q("list", "en", "Which organisations get a health grant from the agglomeration in 2025, and how much each?",
  [g(DEL, "Article 4", "Association Isaure Addictions Prévention (IAP)"),
   g(DEL, "Article 4", "Maison des adolescents du Val d'Isaure (MDA)"),
   g(DEL, "Article 4", "Communauté professionnelle territoriale de santé (CPTS) du Val d'Isaure"),
   g(DEL, "Article 4", "Réseau Santé Précarité Morlanges"),
   g(DEL, "Article 4", "Comité de dépistage du Val d'Isaure")],
  ["48 000", "36 500", "30 000", "27 000", "12 500"])
q("list", "fr", "Quels sont les axes du CLS ?",
  [g(ROB, "I. B. CLS › Axe 1", "Axe 1 – Accès aux soins et attractivité du territoire"),
   g(ROB, "I. B. CLS › Axe 2", "Axe 2 – Prévention et promotion de la santé"),
   g(ROB, "I. B. CLS › Axe 3", "Axe 3 – Santé mentale"),
   g(ROB, "I. B. CLS › Axe 4", "Axe 4 – Santé environnementale"),
   g(ROB, "I. B. CLS › Axe 5", "Axe 5 – Coordination, observation et participation des habitants")],
  [])
q("list", "fr", "Qu'est-ce que le futur pôle santé de la Croix-Verte doit regrouper ?",
  [g(ROB, "III. C. Investissement › Pôle santé de la Croix-Verte", "le CSI relocalisé"),
   g(ROB, "III. C. Investissement › Pôle santé de la Croix-Verte", "la communauté professionnelle territoriale de santé (CPTS)"),
   g(ROB, "III. C. Investissement › Pôle santé de la Croix-Verte", "un centre de protection maternelle et infantile (PMI) du Département"),
   g(ROB, "III. C. Investissement › Pôle santé de la Croix-Verte", "22 cabinets destinés à des professionnels libéraux")],
  ["22"])
q("list", "fr", "Quels risques le rapport d'orientation identifie-t-il pour la politique de santé de l'agglo ?",
  [g(ROB, "IV. Synthèse et engagements pluriannuels › Risques", "la non-obtention de la DSIL"),
   g(ROB, "IV. Synthèse et engagements pluriannuels › Risques", "un rythme de recrutement des médecins du CSI inférieur aux prévisions, qui réduirait les recettes d'activité"),
   g(ROB, "IV. Synthèse et engagements pluriannuels › Risques", "une évolution défavorable des règles du zonage de l'ARS, susceptible de réduire le nombre de communes éligibles au fonds d'aide à l'installation")],
  [])

# ---------------- followup
q("followup", "fr", "Et combien est proposé pour 2025 ?",
  [g(ROB, "Tableau 4.1 › P1 – Prévention et promotion de la santé", "P1 – Prévention et promotion de la santé")],
  ["655 000"],
  history=["Quel montant a été réalisé en 2024 pour le programme prévention et promotion de la santé ?"])
q("followup", "en", "And for the health centre's annex budget?",
  [g(DEL, "Article 2 › 2.1 › Vote", "Vote sur le budget annexe Centre de santé intercommunal : Pour : 55 – Contre : 0 – Abstentions : 6")],
  ["55", "0", "6"],
  history=["How many councillors voted for, against and abstained on the main budget?"])
q("followup", "fr", "Et le Département, il met combien sur ce projet ?",
  [g(ROB, "III. D. Les financements attendus", "Le Département a confirmé par courrier du 16 janvier 2025 une aide de 150 000 € pour l'extension de la MSP de Saint-Aubin-sur-Isaure.")],
  ["150 000 €"],
  history=["Quel est le coût TTC de l'extension de la MSP de Saint-Aubin-sur-Isaure ?"])
q("followup", "fr", "Pour quel montant mensuel ?",
  [g(ROB, "III. A. Fonctionnement › 3. L'accès aux soins et l'attractivité", "pour un montant inchangé de 600 € par mois en contrepartie d'un engagement d'exercice de trois ans sur le territoire")],
  ["600 €"],
  history=["Combien de bourses aux étudiants en médecine l'agglo versait-elle en 2024 ?", "Et combien en 2025 ?"])
q("followup", "en", "What about the 2025 target?",
  [g(ROB, "Tableau 4.4 › CSI – médecins généralistes salariés", "CSI – médecins généralistes salariés")],
  ["8,0"],
  history=["How many FTE salaried GPs did the intermunicipal health centre have in 2024?"])
q("followup", "fr", "Et l'année suivante ?",
  [g(ROB, "II. B. Fonds intercommunal d'aide à l'installation", "Le fonds a financé 5 installations en 2022, 9 en 2023 et 10 en 2024 (dont 6 médecins généralistes)")],
  ["10"],
  history=["Combien d'installations de professionnels de santé le fonds d'aide a-t-il financées en 2023 ?"])

# ---------------- cross
q("cross", "fr", "De combien la subvention d'équilibre au centre de santé a-t-elle baissé entre la proposition du ROB et le budget primitif voté ?",
  [g(ROB, "Tableau 4.1 › P4 – Centre de santé intercommunal", "P4 – Centre de santé intercommunal"),
   g(DEL, "Article 1er › Précisions chapitre 65", "la subvention d'équilibre versée au budget annexe Centre de santé intercommunal est fixée à 1 180 000,00 €")],
  ["1 250 000", "1 180 000"])
q("cross", "en", "The ROB planned 2025 payment credits for the Croix-Verte health hub; how much was finally voted in the budget?",
  [g(ROB, "Tableau 4.5 › Pôle santé de la Croix-Verte", "Pôle santé de la Croix-Verte"),
   g(DEL, "Considérants", "ramener les crédits de paiement 2025 de cette opération à 1 050 000 €")],
  ["1 200 000", "1 050 000"])
q("cross", "fr", "L'opposition dit dans la presse que la santé pèse « à peine 4 % » du budget de l'agglo : quels montants du budget voté permettent de vérifier ce chiffre ?",
  [g(ART, "Un budget en trompe-l'œil, selon l'opposition", "La santé, c'est à peine 4 % du budget de l'agglo."),
   g(DEL, "Considérants", "les crédits consacrés à la politique de santé au budget primitif 2025, tous budgets confondus, s'élèvent à 5 752 000 €"),
   g(DEL, "Article 1er › Total général", "TOTAL GÉNÉRAL DU BUDGET PRINCIPAL (fonctionnement + investissement)")],
  ["5 752 000", "143 865 000"])
q("cross", "fr", "Qui préside la CPTS du Val d'Isaure, citée dans la presse, et quelle subvention la délibération lui accorde-t-elle ?",
  [g(ART, "Les associations soutenues, trois élus en retrait", "la Dr Mathilde Aurenche, présidente de la CPTS"),
   g(DEL, "Article 4", "Communauté professionnelle territoriale de santé (CPTS) du Val d'Isaure")],
  ["30 000"])

# ---------------- unanswerable
q("unanswerable", "fr", "Combien l'agglo a-t-elle dépensé en 2021 pour le programme santé mentale ?", [], [])
q("unanswerable", "en", "What does Article 7 of the 27 March 2025 budget deliberation say?", [], [])
q("unanswerable", "fr", "Quel âge a la présidente Hélène Varenne-Castaing ?", [], [])
q("unanswerable", "en", "How much is Dr Karim Belhadj paid as vice-president for health?", [], [])
q("unanswerable", "fr", "Quel montant la Banque des Territoires apporte-t-elle au financement du pôle santé de la Croix-Verte ?", [], [])
q("unanswerable", "fr", "Quel budget est prévu en 2025 pour faire tourner le Bus santé intercommunal ?", [], [])
q("unanswerable", "en", "How many beds does the Morlanges hospital have?", [], [])
q("unanswerable", "fr", "Quel taux de taxe d'enlèvement des ordures ménagères le conseil a-t-il voté pour 2025 ?", [], [])
q("unanswerable", "fr", "Que prévoit la fiche action 3.5 du CLS sur la santé mentale des jeunes ?", [], [])

# ================= claims
C = []


def c(claim, verdict, error, gold, figures, note):
    C.append({"id": f"{S}-c{len(C) + 1:02d}", "claim": claim, "verdict": verdict, "error": error,
              "gold": gold, "figures": figures, "note": note})


# supported
c("Le budget principal 2025 de l'agglomération Morlanges – Val d'Isaure a été adopté par 47 voix pour, 11 contre et 3 abstentions.",
  "supported", None,
  [g(DEL, "Article 1er › Vote sur le budget principal", "Vote sur le budget principal : Pour : 47 – Contre : 11 – Abstentions : 3")],
  ["47", "11", "3"], "The deliberation records exactly this vote on the main budget.")
c("The agglomeration's health centre carried out 14,850 consultations in 2024, up from 12,300 the year before.",
  "supported", None,
  [g(ROB, "II. C. L'activité du centre de santé intercommunal", "le CSI a réalisé 14 850 consultations et visites en 2024, contre 12 300 en 2023")],
  ["14 850", "12 300"], "The ROB gives 14 850 consultations and visits in 2024 against 12 300 in 2023.")
c("L'autorisation de programme du pôle santé de la Croix-Verte passe de 4,8 millions à 5,04 millions d'euros TTC.",
  "supported", None,
  [g(DEL, "Article 3 › AP 2023-01", "Montant de l'AP initiale (délibération DEL_2023_061)"),
   g(DEL, "Considérants", "porter l'autorisation de programme AP 2023-01 à 5 040 000 € TTC")],
  ["4 800 000", "5 040 000"], "Article 3 revises AP 2023-01 from 4 800 000 € TTC to 5 040 000 € TTC.")
c("Chaque médecin généraliste qui s'installe en zone prioritaire peut toucher 15 000 euros du fonds intercommunal d'aide à l'installation.",
  "supported", None,
  [g(ROB, "II. B. Fonds intercommunal d'aide à l'installation", "attribue une subvention d'équipement de 15 000 € par médecin généraliste")],
  ["15 000 €"], "The ROB sets the grant at 15 000 € per GP, for installations in a ZIP commune.")
c("The Region's 600,000-euro contribution to the Croix-Verte health hub was approved by its standing committee on 8 November 2024.",
  "supported", None,
  [g(ROB, "III. D. Les financements attendus", "La participation de la Région (600 000 €) a été votée par sa commission permanente du 8 novembre 2024.")],
  ["600 000 €", "8 novembre 2024"], "The ROB states the Region's 600 000 € was voted by its commission permanente on 8 November 2024.")
c("Au total, l'agglomération verse 154 000 euros de subventions à cinq associations et structures de santé en 2025.",
  "supported", None,
  [g(DEL, "Article 4", "Total des subventions aux associations du champ de la santé")],
  ["154 000"], "Article 4 lists five recipients for a total of 154 000,00 €.")
c("Le CLS 2023-2027 a été signé le 14 juin 2023 avec l'ARS, la préfecture, la CPAM, le Département et la MSA.",
  "supported", None,
  [g(ROB, "I. B. Le contrat local de santé de deuxième génération", "Le CLS 2023-2027 a été signé le 14 juin 2023 entre la CAMVI, l'ARS, la préfecture, la CPAM de l'Isaure, le Département et la Mutualité sociale agricole (MSA).")],
  ["14 juin 2023"], "The ROB gives this signature date and these signatories.")

# contradicted
c("L'extension de la maison de santé de Saint-Aubin-sur-Isaure coûtera 1,15 million d'euros TTC.",
  "contradicted", "ht_ttc",
  [g(ROB, "Tableau 4.5 › Extension de la MSP de Saint-Aubin-sur-Isaure", "Extension de la MSP de Saint-Aubin-sur-Isaure")],
  ["1 150 000", "1 380 000"], "1 150 000 € is the HT cost; the TTC cost in the PPI table is 1 380 000 €.")
c("Le centre de santé a perçu 126 000 euros de forfait structure ACI de la CPAM en 2024.",
  "contradicted", "year",
  [g(ROB, "Tableau 4.6 › CPAM – forfait structure ACI (CSI)", "CPAM – forfait structure ACI (CSI)")],
  ["118 600", "126 000"], "126 000 € is the amount expected for 2025; 118 600 € was received in 2024.")
c("The ROB earmarked 2.16 million euros of 2025 payment credits for the Croix-Verte health hub.",
  "contradicted", "envelope",
  [g(ROB, "Tableau 4.5 › Pôle santé de la Croix-Verte", "Pôle santé de la Croix-Verte")],
  ["1 200 000", "2 160 000"], "2 160 000 € is the CP 2026 column; the CP 2025 column of the same row is 1 200 000 €.")
c("Le budget annexe du centre de santé intercommunal a été adopté par 58 voix pour, aucune contre et 3 abstentions.",
  "contradicted", "vote_row",
  [g(DEL, "Article 2 › 2.1 › Vote", "Vote sur le budget annexe Centre de santé intercommunal : Pour : 55 – Contre : 0 – Abstentions : 6")],
  ["55", "0", "6"], "58/0/3 is the vote on the Immobilier de santé annex budget; the health centre budget got 55 for, 0 against, 6 abstentions.")
c("Selon l'article 3 de la délibération budgétaire, 154 000 euros de subventions sont attribués aux associations de santé.",
  "contradicted", "measure",
  [g(DEL, "Article 4", "Article 4 – Subventions aux associations du champ de la santé"),
   g(DEL, "Article 3", "Article 3 – Autorisations de programme et crédits de paiement")],
  ["154 000"], "The subsidies are granted by Article 4; Article 3 deals with programme authorisations and payment credits.")
c("The Department has committed 600,000 euros to the Croix-Verte health hub.",
  "contradicted", "body",
  [g(ROB, "III. D. Les financements attendus", "La participation de la Région (600 000 €) a été votée par sa commission permanente du 8 novembre 2024.")],
  ["600 000 €"], "The 600 000 € comes from the Region; the Department gives 150 000 € for the Saint-Aubin MSP extension.")
c("Trois élus écologistes se sont abstenus lors du vote du budget du centre de santé intercommunal.",
  "contradicted", "count",
  [g(DEL, "Article 2 › 2.1 › Vote", "Vote sur le budget annexe Centre de santé intercommunal : Pour : 55 – Contre : 0 – Abstentions : 6"),
   g(ART, "Valbrune attendra la rentrée", "Les six élus écologistes se sont abstenus sur le budget du centre de santé")],
  ["6"], "There were six abstentions on the health centre budget, not three.")
c("Le pôle santé de la Croix-Verte doit être livré au premier semestre 2026.",
  "contradicted", "date",
  [g(ROB, "III. C. Investissement › Pôle santé de la Croix-Verte", "La livraison est prévue au second semestre 2027.")],
  ["second semestre 2027"], "The ROB plans delivery in the second half of 2027.")

# not in corpus
c("L'agglomération a signé une convention avec le centre hospitalier de Morlanges pour partager des médecins entre l'hôpital et le centre de santé.",
  "not_in_corpus", None, [], [], "No document mentions a hospital or such an agreement.")
c("The health centre's salaried doctors will be offered a four-day working week from 2025.",
  "not_in_corpus", None, [], [], "The documents describe the doctors' pay but say nothing about working time arrangements.")
c("La CAMVI a obtenu en 2024 le label « Ville amie des aînés » pour sa politique de prévention.",
  "not_in_corpus", None, [], [], "No label of this kind is mentioned in the documents.")
c("The 2025 health budget includes 90,000 euros for a hearing-loss screening campaign for older residents.",
  "not_in_corpus", None, [], [], "The prevention programme mentions the Bus santé and colorectal cancer screening, but no hearing screening.")

with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for x in Q:
        fh.write(json.dumps(x, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for x in C:
        fh.write(json.dumps(x, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), Counter(x["lang"] for x in Q))
print(len(C), Counter(x["verdict"] for x in C), Counter(x["error"] for x in C))
print("en claims", sum(1 for x in C if not any(ch in x["claim"] for ch in "éèàçù")))
