import json
S = "s22-centre-sante-municipal"
D = "2025-03-27-deliberation-conseil-municipal-saint-ormel-creation-cms"
P = "projet-de-sante-cms-des-tilleuls-saint-ormel-2025-2028"
B = "2026-03-17-bilan-six-mois-cms-des-tilleuls"
txt = open(f"/tmp/sets/{S}/docs/2026-03-17_bilan-six-mois-cms-des-tilleuls.txt").read().splitlines()
def line(prefix):
    # dot-leader line: the loader drops the leaders, so quote the label only
    l = [x for x in txt if x.strip().startswith(prefix)]
    assert len(l) == 1, prefix
    return l[0].strip().split(" ..")[0].strip()

def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}

Q = []
def q(kind, lang, question, gold, figures, history=None):
    Q.append(dict(kind=kind, lang=lang, question=question, history=history or [],
                  answerable=kind != "unanswerable", gold=gold, figures=figures))

# ---- figure
q("figure", "fr", "Combien coûtent, hors taxes, les travaux de réhabilitation de l'ancienne école maternelle qui doit accueillir le CMS ?",
  [g(D, "Art. 6 – Locaux, travaux et plan de financement", "Le montant des travaux de réhabilitation et de mise en accessibilité est estimé à 1 180 000 € HT")],
  ["1 180 000 € HT"])
q("figure", "en", "How much is Saint-Ormel borrowing to fund the health centre, and over how many years?",
  [g(D, "Art. 8 – Réalisation d'un emprunt", "un emprunt d'un montant de 650 000 €"),
   g(D, "Art. 8 › 1°", "1° Durée : 20 ans, dont une période de mobilisation des fonds de 12 mois ;")],
  ["650 000 €", "20 ans"])
q("figure", "fr", "Quel a été le résultat du vote des élus sur le prêt ?",
  [g(D, "Art. 8 › Vote", "Vote de l'article 8 (emprunt) – Présents : 26 – Représentés : 5 – Pour : 24 – Contre : 5 – Abstentions : 2."),
   g(D, "Récapitulatif des votes › Emprunt", "Emprunt de 650 000 € (art. 8)")],
  ["24", "5", "2"])
q("figure", "fr", "À quelle date le centre de santé des Tilleuls devait-il ouvrir au public ?",
  [g(D, "Art. 1er – Création du centre municipal de santé", "Son ouverture au public est fixée au 1er septembre 2025.")],
  ["1er septembre 2025"])
q("figure", "en", "What interest rate did the town get on the BSTC loan?",
  [g(D, "Art. 8 › 2°", "2° Taux d'intérêt fixe : 3,38 % ; échéances trimestrielles constantes ;")],
  ["3,38 %"])
q("figure", "fr", "Combien touche en plus, chaque mois, le médecin chargé de la coordination du centre ?",
  [g(D, "Art. 4 › 2°", "Le médecin désigné coordinateur perçoit une prime de coordination de 520 € bruts mensuels")],
  ["520 €"])
q("figure", "fr", "Combien de patients « médecin traitant » le centre vise-t-il d'ici la fin 2026 ?",
  [g(P, "3. Actions prioritaires › Action 1", "Cible : 2 500 patients ayant déclaré un médecin traitant du centre au 31 décembre 2026, et 4 000 au 31 décembre 2027."),
   g(P, "5. Évaluation › Indicateurs de suivi", "Patients ayant déclaré un médecin traitant du centre")],
  ["2 500"])
q("figure", "en", "In its first six months, how many of the patients who signed up with a GP at the centre previously had no regular doctor?",
  [g(B, "IV. Qui sont les patients du centre ?", "Parmi les 1 874 patients ayant déclaré un médecin traitant au centre, 1 412 n'avaient plus de médecin traitant"),
   g(B, "I. Les chiffres clés", line("dont patients qui n'avaient plus"))],
  ["1 412"])
q("figure", "fr", "Combien de temps faut-il en moyenne pour décrocher un rendez-vous au CMS depuis son ouverture ?",
  [g(B, "I. Les chiffres clés", line("Délai moyen d'obtention"))],
  ["4,2 jours"])
q("figure", "fr", "La subvention d'équilibre que la ville verse au budget annexe du CMS est-elle plafonnée, et à quel niveau ?",
  [g(D, "Art. 7 – Création du budget annexe", "Cette subvention est plafonnée à 200 000 € par exercice.")],
  ["200 000 €"])
q("figure", "fr", "Combien d'habitants compte Saint-Ormel-sur-Lorve ?",
  [g(P, "1.1 Présentation du territoire", "Saint-Ormel-sur-Lorve est la deuxième commune du département du Val-de-Lorve par sa population, avec 23 412 habitants (recensement de la population 2021)."),
   g(D, "Exposé des motifs", "La commune de Saint-Ormel-sur-Lorve (23 412 habitants au dernier recensement)")],
  ["23 412"])

# ---- table
q("table", "fr", "Dans le budget annexe prévisionnel, quel montant l'ARS apporte-t-elle au titre de l'aide au démarrage pour l'année 2026 ?",
  [g(D, "Annexe 1 › Tableau A – Recettes de fonctionnement › Aide au démarrage de l'ARS (FIR)", "Aide au démarrage de l'ARS (FIR)")],
  ["50 000"])
q("table", "en", "According to the staffing table annexed to the deliberation, how many full-time-equivalent GPs are planned for 2027?",
  [g(D, "Annexe 2 › Tableau prévisionnel des effectifs › Médecins généralistes", "Médecins généralistes")],
  ["5,0"])
q("table", "fr", "Quelle est la densité de généralistes libéraux dans le Val-de-Lorve, et celle de la commune ?",
  [g(P, "1.3 Indicateurs de santé du territoire › Densité de médecins généralistes libéraux", "Densité de médecins généralistes libéraux (pour 100 000 hab.)")],
  ["71,2", "38,4"])
q("table", "fr", "Dans le plan de financement des travaux, combien apporte la Région et quelle part du coût HT cela représente-t-il ?",
  [g(D, "Art. 6 › Plan de financement › Région Loire-Armançon", "Région Loire-Armançon – dispositif « Santé de proximité »")],
  ["250 000", "19,6 %"])
q("table", "en", "How many consultations did the centre carry out in its second quarter, and what was the target?",
  [g(B, "II. Objectifs et résultats par trimestre › Consultations et visites", "Consultations et visites")],
  ["5 791", "5 800"])
q("table", "fr", "Quelle fourchette de salaire brut mensuel la délibération prévoit-elle pour l'infirmier en pratique avancée ?",
  [g(D, "Art. 4 › Tableau des emplois créés › IPA", "Infirmier(ère) en pratique avancée (IPA)")],
  ["3 050 €", "4 100 €"])
q("table", "fr", "D'après le projet de santé, quand l'IPA devait-elle prendre ses fonctions ?",
  [g(P, "2.2 Équipe › Infirmier(ère) en pratique avancée (IPA)", "Infirmier(ère) en pratique avancée (IPA)")],
  ["2 mars 2026"])
q("table", "fr", "Quel montant le budget annexe prévoit-il pour la rémunération des médecins en 2027 ?",
  [g(D, "Annexe 1 › Tableau B – Dépenses de fonctionnement › Personnel médical", "Personnel médical (médecins)")],
  ["556 000"])

# ---- clause
q("clause", "fr", "Les patients du CMS doivent-ils avancer les frais de leur consultation ?",
  [g(D, "Art. 5 › 2°", "Le tiers payant intégral est appliqué à tous les patients, sur la part obligatoire prise en charge par l'assurance maladie comme sur la part complémentaire")],
  [])
q("clause", "en", "Is the health centre run by an association or directly by the town?",
  [g(D, "Art. 1er – Création du centre municipal de santé", "Le centre est géré en régie directe par la commune")],
  [])
q("clause", "fr", "Quelle obligation de compte rendu la ville a-t-elle envers l'ARS au titre de la convention de soutien ?",
  [g(D, "Art. 9 › Engagements de la commune › 3°", "3° À transmettre à l'ARS un rapport annuel d'activité avant le 30 juin de chaque année ;")],
  ["30 juin"])
q("clause", "fr", "Quel rôle le CCAS joue-t-il auprès du centre de santé ?",
  [g(P, "4.4 Centre communal d'action sociale (CCAS)", "Le CCAS cofinance à hauteur de 50 % le poste de médiatrice en santé et accueille sa permanence hebdomadaire.")],
  ["50 %"])
q("clause", "en", "Under the council decision, when can patients turn up without an appointment?",
  [g(D, "Art. 3 › 3°", "3° Des plages de consultations sans rendez-vous sont organisées chaque jour ouvré de 8 h 00 à 10 h 00 et de 17 h 30 à 19 h 00 ;")],
  ["8 h 00", "10 h 00", "17 h 30", "19 h 00"])
q("clause", "fr", "La commune peut-elle rembourser le prêt avant son terme ? À quelles conditions ?",
  [g(D, "Art. 8 › 4°", "4° Remboursement anticipé possible à chaque échéance, moyennant un préavis de 35 jours et le paiement d'une indemnité actuarielle.")],
  ["35 jours"])
q("clause", "fr", "Qu'est-ce que l'hôpital de Vallières-la-Lorve s'engage à assurer comme consultations de spécialistes au CMS ?",
  [g(P, "4.2 Centre hospitalier de Vallières-la-Lorve", "des consultations avancées de cardiologie au centre, à raison de deux demi-journées par mois, et de diabétologie, à raison d'une demi-journée par mois")],
  [])
q("clause", "fr", "À quelle condition le cinquième poste de médecin sera-t-il pourvu ?",
  [g(D, "Annexe 2 › Note", "Le recrutement du cinquième médecin est conditionné à l'atteinte d'une file active de 4 000 patients ayant déclaré un médecin traitant au centre.")],
  ["4 000"])

# ---- list
q("list", "fr", "Quelles missions la délibération confie-t-elle au centre municipal de santé ?",
  [g(D, "Art. 2 › 1°", "Des soins de premier recours en médecine générale, avec ou sans rendez-vous"),
   g(D, "Art. 2 › 2°", "La fonction de médecin traitant au sens de l'article L. 162-5-3 du code de la sécurité sociale"),
   g(D, "Art. 2 › 3°", "Des actions de prévention, de dépistage et de promotion de la santé"),
   g(D, "Art. 2 › 4°", "Des programmes d'éducation thérapeutique du patient pour les personnes atteintes de maladies chroniques"),
   g(D, "Art. 2 › 5°", "Des soins infirmiers réalisés au centre"),
   g(D, "Art. 2 › 6°", "L'accueil et la formation d'étudiants en santé, notamment d'internes en médecine générale.")],
  [])
q("list", "en", "Which partner organisations does the health project rely on?",
  [g(P, "4.1", "Communauté professionnelle territoriale de santé (CPTS) Lorve et Coteaux"),
   g(P, "4.2", "Une convention de partenariat avec le centre hospitalier de Vallières-la-Lorve prévoit :"),
   g(P, "4.3", "Protection maternelle et infantile (PMI) du Conseil départemental du Val-de-Lorve"),
   g(P, "4.4", "Centre communal d'action sociale (CCAS) de Saint-Ormel-sur-Lorve"),
   g(P, "4.5 Université et formation", "Le centre est agréé comme terrain de stage par le département de médecine générale de la faculté de santé de l'université de Tournemire."),
   g(P, "4.6", "Caisse primaire d'assurance maladie (CPAM) du Val-de-Lorve")],
  [])
q("list", "fr", "Qui, en dehors de la commune, cofinance les travaux du centre ?",
  [g(D, "Art. 6 › Plan de financement › État", "État – Dotation de soutien à l'investissement local (DSIL)"),
   g(D, "Art. 6 › Plan de financement › Région", "Région Loire-Armançon – dispositif « Santé de proximité »"),
   g(D, "Art. 6 › Plan de financement › Département", "Département du Val-de-Lorve – aide aux équipements de santé"),
   g(D, "Art. 6 › Plan de financement › ARS", "ARS Loire-Armançon – Fonds d'intervention régional (FIR), investissement")],
  [])
q("list", "fr", "Quels points de vigilance ont été soulevés lors du bilan des six premiers mois ?",
  [g(B, "VIII. Points de vigilance › 1)", "la liste d'attente de 640 personnes"),
   g(B, "VIII. Points de vigilance › 2)", "le retard de recrutement de l'infirmière en pratique avancée"),
   g(B, "VIII. Points de vigilance › 3)", "la saturation des plages sans rendez-vous le lundi matin"),
   g(B, "VIII. Points de vigilance › 4)", "l'occupation des neuf cabinets de consultation")],
  [])
q("list", "fr", "Qui siège au comité de pilotage du CMS ?",
  [g(P, "2.1 › Comité de pilotage", "présidé par la Maire"),
   g(P, "2.1 › Comité de pilotage", "l'adjoint au maire délégué à la santé"),
   g(P, "2.1 › Comité de pilotage", "le directeur général des services"),
   g(P, "2.1 › Comité de pilotage", "la coordinatrice médicale, la coordinatrice administrative"),
   g(P, "2.1 › Comité de pilotage", "un représentant de la délégation départementale de l'ARS"),
   g(P, "2.1 › Comité de pilotage", "un représentant de la CPAM du Val-de-Lorve"),
   g(P, "2.1 › Comité de pilotage", "le président de la CPTS Lorve et Coteaux")],
  [])

# ---- followup
q("followup", "fr", "Et en 2027 ?",
  [g(D, "Art. 9 › 1°", "Une aide au fonctionnement de 150 000 € sur trois ans, versée à hauteur de 60 000 € en 2025, 50 000 € en 2026 et 40 000 € en 2027"),
   g(D, "Annexe 1 › Tableau A › Aide au démarrage de l'ARS (FIR)", "Aide au démarrage de l'ARS (FIR)")],
  ["40 000"], history=["Combien l'ARS verse-t-elle au centre pour son fonctionnement en 2025 ?"])
q("followup", "en", "And on the annex budget?",
  [g(D, "Art. 7 › Vote", "Vote de l'article 7 (budget annexe) – Présents : 27 – Représentés : 4 – Pour : 25 – Contre : 4 – Abstentions : 2."),
   g(D, "Récapitulatif des votes › Budget annexe", "Budget annexe (art. 7)")],
  ["25", "4", "2"], history=["How did the council vote on creating the health centre?"])
q("followup", "fr", "Quel était l'objectif fixé ?",
  [g(B, "II. Objectifs et résultats par trimestre › Consultations sans rendez-vous", "Consultations sans rendez-vous")],
  ["1 200"], history=["Combien de consultations sans rendez-vous le centre a-t-il assurées au premier trimestre ?"])
q("followup", "fr", "Et quelle cible le centre s'est-il fixée ?",
  [g(P, "3. Actions prioritaires › Action 4", "Cible : porter la couverture vaccinale HPV des filles de la commune à 50 % en 2027 et à 60 % en 2028.")],
  ["50 %", "60 %"], history=["Quelle est la couverture vaccinale HPV des filles à Saint-Ormel ?"])
q("followup", "fr", "Et pour 2026 ?",
  [g(D, "Annexe 2 › Secrétaires médicales – agents d'accueil", "Secrétaires médicales – agents d'accueil")],
  ["3,0"], history=["Combien d'ETP de secrétariat médical et d'accueil sont prévus fin 2025 ?"])

# ---- cross
q("cross", "fr", "De combien le coût final des travaux a-t-il dépassé l'estimation TTC votée par le conseil municipal ?",
  [g(D, "Art. 6 – Locaux, travaux et plan de financement", "Le montant des travaux de réhabilitation et de mise en accessibilité est estimé à 1 180 000 € HT, soit 1 416 000 € TTC."),
   g(B, "VI. Les travaux et le budget", "Leur coût définitif s'établit à 1 462 000 € TTC, soit 46 000 € de plus que l'estimation votée en mars 2025")],
  ["1 416 000 € TTC", "1 462 000 € TTC", "46 000 €"])
q("cross", "fr", "La subvention d'équilibre réellement versée par la ville en 2025 correspond-elle à ce que prévoyait le budget annexe ?",
  [g(D, "Annexe 1 › Tableau A › Subvention d'équilibre de la commune", "Subvention d'équilibre de la commune (budget principal)"),
   g(B, "VI. Les travaux et le budget", line("Subvention d'équilibre versée par le budget principal"))],
  ["184 000", "171 500 €"])
q("cross", "en", "How many GP full-time equivalents did the council plan for the end of 2025, and how many had actually been recruited six months after opening?",
  [g(D, "Annexe 2 › Médecins généralistes", "Médecins généralistes"),
   g(B, "III. L'équipe", "Quatre médecins généralistes ont été recrutés, pour 3,6 équivalents temps plein (ETP)")],
  ["3,0", "3,6"])

# ---- unanswerable
for lang, text in [
    ("fr", "Quel montant de subvention d'équilibre la ville prévoit-elle de verser au CMS en 2028 ?"),
    ("fr", "Que prévoit l'article 12 de la délibération créant le centre municipal de santé ?"),
    ("en", "What does Action 8 of the centre's health project cover?"),
    ("fr", "Quel âge a le Dr Amandine Portevin ?"),
    ("en", "Which political party does mayor Hélène Garrigou-Besnard belong to?"),
    ("fr", "Quelle participation financière la Mutualité sociale agricole (MSA) apporte-t-elle au centre ?"),
    ("fr", "Combien de places de stationnement sont réservées aux patients devant le CMS des Tilleuls ?"),
    ("en", "Where did Dr Yasmine Benkirane do her medical training?"),
]:
    q("unanswerable", lang, text, [], [])

with open(f"/tmp/sets/{S}/questions.jsonl", "w") as f:
    for i, x in enumerate(Q, 1):
        x = {"id": f"{S}-q{i:02d}", **x}
        f.write(json.dumps(x, ensure_ascii=False) + "\n")

# ---------------- claims
C = []
def c(claim, verdict, error, gold, figures, note):
    C.append(dict(claim=claim, verdict=verdict, error=error, gold=gold, figures=figures, note=note))

c("Le conseil municipal de Saint-Ormel-sur-Lorve a autorisé un emprunt de 650 000 € sur 20 ans pour financer le centre de santé.",
  "supported", None,
  [g(D, "Art. 8 – Réalisation d'un emprunt", "un emprunt d'un montant de 650 000 €"),
   g(D, "Art. 8 › 1°", "1° Durée : 20 ans, dont une période de mobilisation des fonds de 12 mois ;")],
  ["650 000 €", "20 ans"], "L'article 8 autorise un emprunt de 650 000 € d'une durée de 20 ans.")
c("Patients at the Tilleuls centre are charged standard sector 1 fees, with no extra charges, and do not have to pay upfront.",
  "supported", None,
  [g(D, "Art. 5 › 1°", "Les actes réalisés au centre sont facturés aux tarifs conventionnels de secteur 1, sans aucun dépassement d'honoraires"),
   g(D, "Art. 5 › 2°", "Le tiers payant intégral est appliqué à tous les patients")],
  [], "L'article 5 prévoit les tarifs de secteur 1 sans dépassement et le tiers payant intégral.")
c("À Saint-Ormel, 21,8 % des patients de 17 ans et plus n'ont pas de médecin traitant, contre 10,9 % en moyenne dans le Val-de-Lorve.",
  "supported", None,
  [g(P, "1.3 Indicateurs de santé › Patients de 17 ans et plus sans médecin traitant", "Patients de 17 ans et plus sans médecin traitant")],
  ["21,8 %", "10,9 %"], "Le tableau des indicateurs du projet de santé donne 21,8 % pour la commune et 10,9 % pour le département (2024).")
c("En six mois, le CMS des Tilleuls a réalisé 10 482 consultations et visites.",
  "supported", None,
  [g(B, "I. Les chiffres clés", line("Consultations et visites réalisées"))],
  ["10 482"], "Le bilan à six mois indique 10 482 consultations et visites réalisées.")
c("The Loire-Armançon region is contributing €250,000 to the refurbishment of the former nursery school.",
  "supported", None,
  [g(D, "Art. 6 › Plan de financement › Région Loire-Armançon", "Région Loire-Armançon – dispositif « Santé de proximité »"),
   g(B, "VI. Les travaux et le budget", "La Région Loire-Armançon (250 000 €)")],
  ["250 000"], "Le plan de financement attribue 250 000 € HT à la Région, qui les a versés selon le bilan.")
c("La convention avec l'ARS a été adoptée sans aucune voix contre, avec deux abstentions.",
  "supported", None,
  [g(D, "Art. 9 › Vote", "Vote de l'article 9 (convention avec l'ARS) – Présents : 26 – Représentés : 5 – Pour : 29 – Contre : 0 – Abstentions : 2.")],
  ["29", "0", "2"], "Le vote de l'article 9 compte 29 voix pour, 0 contre et 2 abstentions.")
c("L'État n'a accordé que 350 000 € au titre de la DSIL, moins que ce que la commune avait demandé.",
  "supported", None,
  [g(B, "VI. Les travaux et le budget", "la dotation de l'État au titre de la DSIL a été notifiée le 2 juillet 2025 pour 350 000 €, un montant inférieur à celui sollicité"),
   g(D, "Art. 6 › Plan de financement › État (DSIL)", "État – Dotation de soutien à l'investissement local (DSIL)")],
  ["350 000 €", "382 320"], "La commune avait sollicité 382 320 € de DSIL ; le bilan indique une notification de 350 000 €.")
c("Les travaux de réhabilitation de l'ancienne école maternelle sont estimés à 1 180 000 € TTC.",
  "contradicted", "ht_ttc",
  [g(D, "Art. 6 – Locaux, travaux et plan de financement", "Le montant des travaux de réhabilitation et de mise en accessibilité est estimé à 1 180 000 € HT, soit 1 416 000 € TTC.")],
  ["1 180 000 € HT", "1 416 000 € TTC"], "1 180 000 € est le montant hors taxes ; le montant TTC est de 1 416 000 €.")
c("La commune a inscrit 1 530 000 € de crédits de paiement dès 2025 pour le chantier du centre de santé.",
  "contradicted", "envelope",
  [g(D, "Art. 6 › Autorisation de programme", "Une autorisation de programme (AP n° 2025-03 « Centre municipal de santé ») est ouverte au budget principal pour un montant de 1 530 000 € TTC."),
   g(D, "Art. 6 › Crédits de paiement", "Les crédits de paiement sont répartis comme suit : 910 000 € en 2025 et 620 000 € en 2026.")],
  ["1 530 000 € TTC", "910 000 €"], "1 530 000 € est le montant de l'autorisation de programme ; les crédits de paiement 2025 sont de 910 000 €.")
c("L'ARS versera 60 000 € d'aide au fonctionnement au centre en 2026.",
  "contradicted", "year",
  [g(D, "Art. 9 › 1°", "Une aide au fonctionnement de 150 000 € sur trois ans, versée à hauteur de 60 000 € en 2025, 50 000 € en 2026 et 40 000 € en 2027")],
  ["60 000 €", "50 000 €"], "60 000 € correspond à 2025 ; l'aide prévue pour 2026 est de 50 000 €.")
c("L'emprunt a été adopté par 26 voix pour, 3 contre et 2 abstentions.",
  "contradicted", "vote_row",
  [g(D, "Art. 8 › Vote", "Vote de l'article 8 (emprunt) – Présents : 26 – Représentés : 5 – Pour : 24 – Contre : 5 – Abstentions : 2."),
   g(D, "Art. 6 › Vote des articles 1er à 6", "Vote des articles 1er à 6 (création du CMS) – Présents : 27 – Représentés : 4 – Pour : 26 – Contre : 3 – Abstentions : 2.")],
  ["24", "5", "2"], "26 pour et 3 contre est le vote sur la création du CMS ; l'emprunt a recueilli 24 pour, 5 contre et 2 abstentions.")
c("Action 2 of the health project aims for 2,500 patients to have a GP at the centre by the end of 2026.",
  "contradicted", "measure",
  [g(P, "3. Actions prioritaires › Action 1", "Cible : 2 500 patients ayant déclaré un médecin traitant du centre au 31 décembre 2026, et 4 000 au 31 décembre 2027."),
   g(P, "3. Actions prioritaires › Action 2", "Cible : réduire de 10 % d'ici 2027 le nombre de passages aux urgences non suivis d'hospitalisation des habitants de la commune.")],
  ["2 500"], "La cible de 2 500 patients relève de l'Action 1 ; l'Action 2 porte sur les soins non programmés et les passages aux urgences.")
c("Le Département du Val-de-Lorve finance 30 % du coût des travaux du centre.",
  "contradicted", "body",
  [g(D, "Art. 6 › Plan de financement › État (DSIL)", "État – Dotation de soutien à l'investissement local (DSIL)"),
   g(D, "Art. 6 › Plan de financement › Département", "Département du Val-de-Lorve – aide aux équipements de santé")],
  ["30,0 %", "9,4 %"], "Les 30 % correspondent à la DSIL de l'État ; le Département apporte 9,4 % du coût HT.")
c("The Tilleuls health centre opened to the public on 1 October 2025.",
  "contradicted", "date",
  [g(D, "Art. 1er – Création du centre municipal de santé", "Son ouverture au public est fixée au 1er septembre 2025."),
   g(B, "Introduction", "Ouvert le 1er septembre 2025 au 14 rue des Tanneurs")],
  ["1er septembre 2025"], "Le centre a ouvert le 1er septembre 2025 ; le 1er octobre 2025 est la date d'arrivée du Dr Benkirane.")
c("Le conseil municipal a créé quinze postes pour faire fonctionner le centre de santé.",
  "contradicted", "count",
  [g(D, "Art. 4 – Emplois créés et rémunérations", "Sont créés au tableau des effectifs de la commune, à compter du 1er juin 2025, les treize emplois permanents suivants")],
  ["treize"], "L'article 4 crée treize emplois, et non quinze.")
c("Le taux de rendez-vous non honorés au CMS s'élève à 7,4 % sur les six premiers mois.",
  "contradicted", "value",
  [g(B, "I. Les chiffres clés", line("Taux de rendez-vous non honorés"))],
  ["6,1 %"], "Sur six mois le taux est de 6,1 % ; 7,4 % est la valeur du seul premier trimestre.")
c("Le CMS des Tilleuls proposera des soins dentaires à partir de 2027.",
  "not_in_corpus", None, [], [], "Aucun document ne prévoit d'activité dentaire au centre.")
c("The ARS has pledged to fund a second municipal health centre in a neighbouring town.",
  "not_in_corpus", None, [], [], "Les documents ne mentionnent aucun second centre de santé.")
c("La CPAM du Val-de-Lorve a versé une prime exceptionnelle de 25 000 € au centre pour son ouverture.",
  "not_in_corpus", None, [], [], "Aucune prime de la CPAM n'est mentionnée ; la CPAM n'apparaît que comme partenaire d'accompagnement.")
c("La Ville a dépensé 45 000 € en campagne de communication pour le lancement du centre.",
  "not_in_corpus", None, [], [], "Aucun document ne chiffre de dépenses de communication.")

with open(f"/tmp/sets/{S}/claims.jsonl", "w") as f:
    for i, x in enumerate(C, 1):
        x = {"id": f"{S}-c{i:02d}", **x}
        f.write(json.dumps(x, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), Counter(x["lang"] for x in Q))
print(len(C), Counter(x["verdict"] for x in C), Counter(x["error"] for x in C))
