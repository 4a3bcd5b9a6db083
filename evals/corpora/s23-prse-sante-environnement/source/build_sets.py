import json, re
S = "s23-prse-sante-environnement"
P = "prse4-moyenne-arviere-2025-2027-plan-adopte"
D = "2025-05-16-cp-region-moyenne-arviere-deliberation-cp-2025-05-117-prse4"
C = "2026-02-10-compte-rendu-copil-prse4-mi-parcours"
E = "prse4-summary-for-partners-en-2026-03"

def g(doc, loc, quote): return {"doc_id": doc, "locator": loc, "quote": quote}

Q = []
def q(kind, lang, question, gold, figures, history=None):
    Q.append(dict(kind=kind, lang=lang, question=question, history=history or [], answerable=kind != "unanswerable", gold=gold, figures=figures))

# ---- figure
q("figure", "fr", "Le PRSE 4 de Moyenne-Arvière, ça représente combien d'argent au total sur ses trois années ?",
  [g(P, "Préambule", "Le PRSE 4 est resserré autour de 4 axes, 11 objectifs et 22 actions, pour un budget prévisionnel de 19 125 000 € sur trois ans.")], ["19 125 000 €"])
q("figure", "fr", "À partir de quel niveau de radon mesuré un foyer est-il envoyé vers un diagnostic de son logement ?",
  [g(P, "Axe 1 › Action 1.2.1", "Au-delà du niveau de référence de 300 Bq/m³, le ménage est orienté vers un diagnostic du bâtiment.")], ["300 Bq/m³"])
q("figure", "fr", "Pour les capteurs de CO2 dans les classes, quel est le plafond par capteur pris en compte par la Région, en HT et en TTC ?",
  [g(P, "Axe 1 › Action 1.1.2", "La Région finance 50 % du coût d'acquisition des capteurs, dans la limite de 120 € HT par capteur (144 € TTC).")], ["120 € HT", "144 € TTC"])
q("figure", "fr", "À la commission permanente du 16 mai 2025, combien d'élus ont voté pour lors du vote principal sur les subventions du PRSE 4 ?",
  [g(D, "Résultats des votes › Articles 1 à 4 et 6 à 8", "Pour : 42")], ["42"])
q("figure", "en", "How much did the Regional Council give ATMO Moyenne-Arvière for its 2025 campaign measuring pesticides in the air?",
  [g(D, "Article 3", "D'attribuer à ATMO Moyenne-Arvière une subvention de fonctionnement de 52 000 € au titre de la campagne 2025 de mesure des pesticides dans l'air ambiant")], ["52 000 €"])
q("figure", "fr", "D'après le COPIL de mi-parcours, combien de logements dépistés dépassent le seuil de référence pour le radon, et quelle proportion cela représente-t-il ?",
  [g(C, "4. Échanges par axe › Axe 1", "Le Dr Ortega indique que, sur 1 500 kits de dépistage radon distribués, 1 085 ont donné un résultat exploitable et que 250 logements, soit 23 %, dépassent le niveau de référence de 300 Bq/m³.")], ["250", "23 %"])
q("figure", "fr", "Les petites communes ont jusqu'à quand pour avoir leur PGSSE ?",
  [g(P, "Axe 2 › Action 2.2.1", "Les communes de moins de 3 500 habitants et leurs syndicats sont aidés à élaborer leur PGSSE avant l'échéance réglementaire du 12 juillet 2027")], ["12 juillet 2027"])
q("figure", "en", "How much money had the previous regional health-environment plan (PRSE 3) mobilised?",
  [g(P, "Préambule", "Il décline le plan national santé-environnement et prend la suite du PRSE 3 (2017-2021), qui comptait 34 actions et avait mobilisé 14,6 M€.")], ["14,6 M€"])
q("figure", "fr", "Quel seuil de plombémie déclenche une enquête environnementale chez un enfant, et dans quel délai ?",
  [g(P, "Axe 1 › Action 1.3.2", "Tout cas de plombémie supérieure ou égale à 50 µg/L donne lieu à une enquête environnementale dans les 10 jours.")], ["50 µg/L", "10 jours"])
q("figure", "en", "What percentage of the cost of an oasis schoolyard project does the Region cover?",
  [g(P, "Axe 3 › Action 3.1.1", "La Région subventionne la désimperméabilisation et la végétalisation des cours d'école à hauteur de 40 % du coût HT, plafonné à 200 000 € par projet.")], ["40 %"])
q("figure", "fr", "Combien de membres siègent au groupe régional santé-environnement ?",
  [g(P, "Gouvernance du plan", "Le GRSE compte 64 membres répartis en cinq collèges")], ["64"])

# ---- table
q("table", "fr", "Dans le tableau de synthèse du plan, quel montant est prévu en 2026 pour la lutte contre l'ambroisie ?",
  [g(P, "Annexe 1 › Tableau de synthèse › 3.3.1", "3.3.1 Lutte contre l'ambroisie")], ["240 000"])
q("table", "fr", "Dans la répartition des financements par financeur, combien la DREAL apporte-t-elle à l'axe climat, bruit et pollens ?",
  [g(P, "Annexe 2 › Répartition par financeur › Axe 3", "Axe 3 – Climat, bruit et pollens")], ["851"])
q("table", "en", "In the plan's summary table, what is the total 2025-2027 budget line for radon remediation works?",
  [g(P, "Annexe 1 › Tableau de synthèse › 1.2.2", "1.2.2 Remédiation radon")], ["850 000"])
q("table", "fr", "Brémontier touche combien pour sa cour d'école, et sur quel coût total de projet ?",
  [g(D, "Annexe 1 › Liste des bénéficiaires", "Commune de Brémontier")], ["114 400", "286 000"])
q("table", "fr", "Où en sont les PGSSE des petites communes fin 2025 par rapport à l'objectif ?",
  [g(C, "2. Bilan des indicateurs 2025 › PGSSE", "Communes engagées dans un PGSSE (2.2.1)")], ["64", "90"])
q("table", "en", "According to the mid-term indicator table, how many CO2 sensors had been installed in classrooms in 2025, and what was the target?",
  [g(C, "2. Bilan des indicateurs 2025 › Capteurs de CO2", "Capteurs de CO2 installés (1.1.2)")], ["3 420", "4 000"])
q("table", "fr", "Quel taux de subvention la Région a-t-elle appliqué au projet de la FREDON en mai 2025 ?",
  [g(D, "Annexe 1 › Liste des bénéficiaires", "FREDON Moyenne-Arvière")], ["60 %"])
q("table", "en", "How many oasis schoolyards were delivered in 2025 compared with the target, according to the steering committee's indicator table?",
  [g(C, "2. Bilan des indicateurs 2025 › Cours oasis", "Cours oasis livrées (3.1.1)")], ["27", "30"])

# ---- clause
q("clause", "fr", "Qui pilote la surveillance des pesticides dans l'air dans le plan ?",
  [g(P, "Axe 2 › Action 2.3.1 › Pilote(s)", "Pilote(s) : DREAL ; ATMO Moyenne-Arvière")], [])
q("clause", "fr", "Que doit faire une école dont l'indice de confinement ICONE atteint 4 ?",
  [g(P, "Axe 1 › Action 1.1.1", "Un plan d'action est exigé dans un délai de 6 mois pour tout établissement dont l'indice de confinement ICONE est supérieur ou égal à 4.")], ["6 mois"])
q("clause", "fr", "Dans quels cas une subvention régionale attribuée le 16 mai 2025 devient-elle caduque ?",
  [g(D, "Article 6 – Modalités de versement", "Les subventions deviennent caduques si l'opération n'a pas reçu de commencement d'exécution dans un délai de 12 mois à compter de la notification, ou si les pièces justificatives du solde ne sont pas produites dans un délai de 36 mois.")], ["12 mois", "36 mois"])
q("clause", "en", "Why was Castel-Vautrin's schoolyard project funded at a lower rate than the other municipalities?",
  [g(D, "Considérants", "Considérant que le taux d'intervention appliqué au projet de la commune de Castel-Vautrin est ramené de 40 % à 30 % compte tenu de l'obtention d'une dotation de soutien à l'investissement local (DSIL) de 90 000 € ;")], ["40 %", "30 %"])
q("clause", "fr", "Qu'a décidé le comité de pilotage au sujet des crédits de la plateforme de données ?",
  [g(C, "5. Décisions › Décision n°2", "Le COPIL réaffecte 150 000 € de crédits 2026 de l'action 4.1.1 (plateforme de données) vers l'action 1.2.2 (remédiation radon).")], ["150 000 €"])
q("clause", "en", "Why did two councillors not take part in the vote on the grant to the Association Santé Environnement Arvière Nord?",
  [g(D, "Considérants", "Considérant que Mme Lucie BERTHOLON et M. Olivier SARRAZIN siègent au conseil d'administration de l'Association Santé Environnement Arvière Nord et que l'article 5 de la présente délibération a en conséquence fait l'objet d'un vote distinct ;")], [])
q("clause", "fr", "Sur quelle période court la convention pluriannuelle signée avec ATMO Moyenne-Arvière ?",
  [g(D, "Annexe 3 › Article 3 – Durée", "La convention est conclue pour une durée de trois ans, du 1er janvier 2025 au 31 décembre 2027.")], ["1er janvier 2025", "31 décembre 2027"])
q("clause", "fr", "Quelles sont les conditions de financement de l'appel à projets « Territoires en santé-environnement » prévues dans le plan ?",
  [g(P, "Axe 4 › Action 4.3.1", "L'appel à projets est ouvert aux collectivités, associations et établissements des territoires : subvention de 5 000 € à 30 000 € par projet, au taux maximal de 80 %.")], ["5 000 €", "30 000 €", "80 %"])

# ---- list
q("list", "fr", "Avec quels partenaires l'ARS mène-t-elle le dépistage du radon dans l'habitat ?",
  [g(P, "Action 1.2.1 › Partenaires", "DREAL, CEREMA"),
   g(P, "Action 1.2.1 › Partenaires", "Centre régional d'expertise radon (CRER)"),
   g(P, "Action 1.2.1 › Partenaires", "Agence locale de l'énergie et du climat (ALEC) de Saint-Orlan"),
   g(P, "Action 1.2.1 › Partenaires", "communes volontaires")], [])
q("list", "en", "Which municipalities received oasis schoolyard grants from the Standing Committee in May 2025?",
  [g(D, "Annexe 1 › Liste des bénéficiaires", "Commune de Varennes-sur-Arvière"),
   g(D, "Annexe 1 › Liste des bénéficiaires", "Commune de Brémontier"),
   g(D, "Annexe 1 › Liste des bénéficiaires", "Commune de Lunac"),
   g(D, "Annexe 1 › Liste des bénéficiaires", "Commune de Castel-Vautrin")], [])
q("list", "fr", "Quels sont les collèges qui composent le GRSE ?",
  [g(P, "Gouvernance du plan", "État et établissements publics"),
   g(P, "Gouvernance du plan", "collectivités territoriales ; associations"),
   g(P, "Gouvernance du plan", "entreprises et salariés"),
   g(P, "Gouvernance du plan", "personnalités qualifiées")], [])
q("list", "fr", "Quels polluants sont mesurés dans les campagnes sur l'air intérieur des écoles et crèches ?",
  [g(P, "Action 1.1.1", "formaldéhyde"), g(P, "Action 1.1.1", "benzène"), g(P, "Action 1.1.1", "dioxyde de carbone")], [])
q("list", "en", "Who co-chaired the mid-term steering committee meeting, and whom did they represent?",
  [g(C, "Participants › Copilotes", "Mme Hélène Vasseur-Lambert, directrice générale de l'Agence régionale de santé (ARS) Moyenne-Arvière"),
   g(C, "Participants › Copilotes", "Mme Nadia Ferrand-Olier, vice-présidente du conseil régional déléguée à la santé, à la santé-environnement et aux solidarités territoriales, représentant le président du conseil régional"),
   g(C, "Participants › Copilotes", "M. Julien Castagnède, directeur régional de l'environnement, de l'aménagement et du logement (DREAL), représentant le préfet de région")], [])
q("list", "fr", "À mi-parcours, quelles actions du PRSE 4 étaient en retard ou pas encore lancées ?",
  [g(C, "1. Ouverture", "action 3.2.1 « Observatoire du bruit »"),
   g(C, "1. Ouverture", "action 4.1.1 « Plateforme de données »"),
   g(C, "1. Ouverture", "action 3.1.2 « Îlots de chaleur et canicule »")], [])

# ---- followup
q("followup", "fr", "Et en 2027 ?",
  [g(P, "Annexe 1 › Tableau de synthèse › 3.1.1", "3.1.1 Cours oasis")], ["1 200 000"],
  history=["Quel budget le plan prévoit-il pour les cours oasis en 2025 ?"])
q("followup", "fr", "Et la communauté de communes du Pays de Castel-Vautrin ?",
  [g(D, "Article 2", "une subvention de fonctionnement de 48 000 € à la communauté de communes du Pays de Castel-Vautrin pour son plan intercommunal de lutte contre l'ambroisie")], ["48 000 €"],
  history=["Combien la FREDON a-t-elle reçu de la Région pour l'ambroisie en mai 2025 ?"])
q("followup", "en", "And how many homes actually had remediation works done?",
  [g(C, "2. Bilan des indicateurs 2025 › Travaux radon", "Logements ayant bénéficié de travaux radon (1.2.2)")], ["41"],
  history=["How many homes were tested for radon in 2025?"])
q("followup", "fr", "Et sur l'article 5, voté à part, combien d'abstentions ?",
  [g(D, "Résultats des votes › Article 5", "Abstentions : 12")], ["12"],
  history=["Combien d'élus ont voté contre la délibération du 16 mai 2025 sur les subventions PRSE 4 ?"])
q("followup", "fr", "Et pour les ménages aux revenus très modestes ?",
  [g(P, "Axe 1 › Action 1.2.2", "portée à 70 % et 6 000 € pour les ménages aux ressources très modestes")], ["70 %", "6 000 €"],
  history=["Quel est le plafond de l'aide régionale aux travaux de remédiation radon ?"])
q("followup", "en", "And until when can projects be submitted to the 2026 call for projects?",
  [g(E, "Timeline", "2 March to 15 May 2026: 2026 call for projects \"Territoires en santé-environnement\"")], ["15 May 2026"],
  history=["When is the next steering committee meeting of the plan?"])

# ---- cross
q("cross", "fr", "La subvention 2025 de la Région à ATMO pour les pesticides dans l'air est-elle conforme à ce que le plan prévoyait chaque année pour la Région sur cette action ?",
  [g(P, "Action 2.3.1 › Financement prévisionnel", "Région 120 000 €, soit 40 000 € par an"),
   g(D, "Article 3", "D'attribuer à ATMO Moyenne-Arvière une subvention de fonctionnement de 52 000 € au titre de la campagne 2025 de mesure des pesticides dans l'air ambiant")], ["40 000 €", "52 000 €"])
q("cross", "fr", "Quelle part de l'enveloppe régionale prévue sur 2025-2027 pour la lutte contre l'ambroisie a déjà été attribuée dès la commission permanente de mai 2025 ?",
  [g(P, "Action 3.3.1 › Financement prévisionnel", "720 000 € sur 2025-2027 (ARS 360 000 € ; Région 216 000 € ; autres 144 000 €)"),
   g(D, "Article 2", "soit un montant total de 126 000 €")], ["216 000 €", "126 000 €"])
q("cross", "en", "Under which action of the plan was the grant to the Association Santé Environnement Arvière Nord awarded, and which body leads that action?",
  [g(D, "Article 5", "ARTICLE 5 – Association Santé Environnement Arvière Nord (action 1.1.2 du PRSE 4)"),
   g(P, "Action 1.1.2 › Pilote(s)", "Pilote(s) : Région (direction de l'éducation et des lycées)")], [])
q("cross", "fr", "Sur l'ensemble des subventions régionales PRSE 4 attribuées en 2025, combien ont été votées lors de la première programmation du 16 mai ?",
  [g(C, "1. Ouverture", "Mme Ferrand-Olier indique que la Région a attribué en 2025 un total de 1 486 300 € de subventions au titre du PRSE 4, en deux programmations de la commission permanente (16 mai et 17 octobre 2025)."),
   g(D, "Article 7 – Imputation budgétaire", "D'affecter les crédits correspondants, soit un montant total de 802 000 €, de la manière suivante :")], ["1 486 300 €", "802 000 €"])

# ---- unanswerable
for lang, text in [
  ("fr", "Quel budget le plan prévoit-il pour la surveillance des pesticides dans l'air en 2028 ?"),
  ("fr", "Que contient la fiche action 5.2 du PRSE 4 ?"),
  ("en", "What does Decision No. 9 of the mid-term steering committee say?"),
  ("fr", "Quel rôle l'ANSES joue-t-elle dans la mise en œuvre du PRSE 4 ?"),
  ("fr", "Quel âge a Hélène Vasseur-Lambert, la directrice générale de l'ARS ?"),
  ("en", "Which political party does vice-president Nadia Ferrand-Olier belong to?"),
  ("fr", "Combien gagne Julien Castagnède, le directeur de la DREAL ?"),
  ("en", "How much does the plan set aside to reduce exposure to electromagnetic waves from 5G antennas?"),
  ("fr", "Combien de cas de légionellose ont été recensés dans la région en 2025 ?"),
  ("fr", "Combien de logements ont été dépistés pour le radon en 2026 ?"),
]:
    Q.append(dict(kind="unanswerable", lang=lang, question=text, history=[], answerable=False, gold=[], figures=[]))

# ---- claims
CL = []
def c(claim, verdict, error, gold, figures, note):
    CL.append(dict(claim=claim, verdict=verdict, error=error, gold=gold, figures=figures, note=note))

c("Le PRSE 4 de Moyenne-Arvière mobilise quelque 19,1 millions d'euros sur la période 2025-2027.", "supported", None,
  [g(P, "Préambule", "Le PRSE 4 est resserré autour de 4 axes, 11 objectifs et 22 actions, pour un budget prévisionnel de 19 125 000 € sur trois ans.")], ["19 125 000 €"],
  "Le budget prévisionnel est de 19 125 000 € sur trois ans, soit environ 19,1 M€.")
c("Le 16 mai 2025, la commission permanente de la Région a attribué 802 000 € de subventions à 14 bénéficiaires au titre du PRSE 4.", "supported", None,
  [g(D, "Article 7 – Imputation budgétaire", "D'affecter les crédits correspondants, soit un montant total de 802 000 €, de la manière suivante :"),
   g(D, "Annexe 1 › Total", "TOTAL (14 bénéficiaires)")], ["802 000 €"],
  "L'article 7 et le total de l'annexe 1 donnent 802 000 € pour 14 bénéficiaires.")
c("The Region funds oasis schoolyards at 40% of the cost excluding VAT, with a ceiling of €200,000 per project.", "supported", None,
  [g(P, "Action 3.1.1", "La Région subventionne la désimperméabilisation et la végétalisation des cours d'école à hauteur de 40 % du coût HT, plafonné à 200 000 € par projet.")], ["40 %", "200 000 €"],
  "Action 3.1.1 states 40 % of the cost HT, capped at 200 000 € per project.")
c("Fin 2025, 652 écoles et crèches avaient fait mesurer leur air intérieur, soit plus que l'objectif de 600.", "supported", None,
  [g(C, "2. Bilan des indicateurs 2025", "Établissements ayant mesuré la QAI (1.1.1)")], ["652", "600"],
  "Le tableau des indicateurs donne un résultat 2025 de 652 pour une cible de 600.")
c("Le comité de pilotage a transféré 150 000 euros de la plateforme de données vers les travaux de remédiation du radon.", "supported", None,
  [g(C, "Décision n°2", "Le COPIL réaffecte 150 000 € de crédits 2026 de l'action 4.1.1 (plateforme de données) vers l'action 1.2.2 (remédiation radon).")], ["150 000 €"],
  "La décision n°2 réaffecte bien 150 000 € de l'action 4.1.1 vers l'action 1.2.2.")
c("The regional grants for the health-environment plan were approved with 42 votes in favour and 5 against.", "supported", None,
  [g(D, "Résultats des votes › Articles 1 à 4 et 6 à 8", "Pour : 42"), g(D, "Résultats des votes › Articles 1 à 4 et 6 à 8", "Contre : 5")], ["42", "5"],
  "The main vote (articles 1 to 4 and 6 to 8) gives 42 for and 5 against.")
c("La DREAL finance à peine plus de 10 % du budget total du plan.", "supported", None,
  [g(P, "Annexe 2 › Part du total", "Part du total")], ["10,3 %"],
  "La ligne « Part du total » de l'annexe 2 attribue 10,3 % à la DREAL.")
c("Pour 2026, le plafond de subvention de l'appel à projets « Territoires en santé-environnement » est porté à 40 000 € par projet.", "supported", None,
  [g(C, "Décision n°5", "le plafond de subvention par projet est relevé de 30 000 € à 40 000 €, le taux maximal de 80 % restant inchangé")], ["40 000 €"],
  "La décision n°5 relève le plafond de 30 000 € à 40 000 €.")

c("La Région plafonne son aide à l'achat de capteurs de CO2 à 120 euros TTC par capteur.", "contradicted", "ht_ttc",
  [g(P, "Action 1.1.2", "La Région finance 50 % du coût d'acquisition des capteurs, dans la limite de 120 € HT par capteur (144 € TTC).")], ["120 € HT", "144 € TTC"],
  "Le plafond de 120 € est exprimé HT ; il correspond à 144 € TTC.")
c("Le plan consacre 850 000 € à la remédiation du radon pour la seule année 2026.", "contradicted", "envelope",
  [g(P, "Annexe 1 › 1.2.2", "1.2.2 Remédiation radon")], ["300 000", "850 000"],
  "850 000 € est le total 2025-2027 de l'action ; la colonne 2026 indique 300 000.")
c("En 2026, le budget prévisionnel de la lutte contre l'ambroisie s'élève à 250 000 €.", "contradicted", "year",
  [g(P, "Annexe 1 › 3.3.1", "3.3.1 Lutte contre l'ambroisie")], ["240 000", "250 000"],
  "250 000 est le montant prévu pour 2027 ; celui de 2026 est de 240 000.")
c("La subvention de 24 000 € à l'Association Santé Environnement Arvière Nord a été adoptée par 42 voix pour.", "contradicted", "vote_row",
  [g(D, "Résultats des votes › Article 5", "Vote sur l'article 5 (vote distinct) :"), g(D, "Résultats des votes › Article 5", "Pour : 39")], ["39"],
  "L'article 5 a fait l'objet d'un vote distinct avec 39 voix pour ; 42 est le résultat du vote sur les autres articles.")
c("Under action 2.3.2 of the plan, ATMO Moyenne-Arvière monitors pesticides in ambient air at six sites.", "contradicted", "measure",
  [g(P, "Action 2.3.1", "Les campagnes de mesure des pesticides dans l'air ambiant sont pérennisées sur 6 sites (3 en zone viticole, 2 en grandes cultures, 1 en milieu urbain)"),
   g(P, "Action 2.3.2", "Protéger les riverains et les lieux accueillant des personnes vulnérables")], ["6"],
  "Air monitoring of pesticides is action 2.3.1; action 2.3.2 deals with protecting residents and sensitive sites.")
c("C'est la DREAL qui pilote l'action de lutte contre l'ambroisie du PRSE 4.", "contradicted", "body",
  [g(P, "Action 3.3.1 › Pilote(s)", "Pilote(s) : ARS ; FREDON Moyenne-Arvière")], [],
  "L'action 3.3.1 est pilotée par l'ARS et la FREDON, non par la DREAL.")
c("The plan's mid-term review by the steering committee took place on 28 January 2026.", "contradicted", "date",
  [g(C, "En-tête", "mardi 10 février 2026, de 14 h 00 à 17 h 15")], ["10 février 2026"],
  "The mid-term steering committee met on 10 February 2026; 28 January is the date (in 2025) the plan was adopted.")
c("La délibération du 16 mai 2025 finance cinq projets de cours oasis.", "contradicted", "count",
  [g(D, "Article premier", "D'attribuer aux communes de Varennes-sur-Arvière, Brémontier, Lunac et Castel-Vautrin quatre subventions d'investissement d'un montant total de 406 400 €")], ["quatre", "406 400 €"],
  "L'article premier attribue quatre subventions, à quatre communes.")
c("Only 25 oasis schoolyards had been delivered by the end of 2025.", "contradicted", "value",
  [g(C, "2. Bilan des indicateurs 2025", "Cours oasis livrées (3.1.1)")], ["27"],
  "The indicator table reports 27 schoolyards delivered in 2025 (target 30).")

c("Selon l'ARS, 14 cas de légionellose ont été recensés en Moyenne-Arvière en 2025.", "not_in_corpus", None, [], [],
  "Aucun document ne traite de la légionellose.")
c("ATMO Moyenne-Arvière's director, Claire Dumesnil, has headed the association since 2019.", "not_in_corpus", None, [], [],
  "The minutes name her as director but say nothing about when she took office.")
c("La commune de Lunac a inauguré sa cour oasis en septembre 2025.", "not_in_corpus", None, [], [],
  "La délibération attribue une subvention à Lunac mais aucun document n'évoque la date de livraison ou d'inauguration.")
c("Le bulletin allergo-pollinique régional comptait 9 000 abonnés en 2025.", "not_in_corpus", None, [], [],
  "Le plan fixe seulement une cible de 15 000 abonnés en 2027 ; aucun nombre d'abonnés 2025 n'est donné.")

with open("../questions.jsonl", "w", encoding="utf-8") as f:
    for i, x in enumerate(Q, 1):
        f.write(json.dumps({"id": f"{S}-q{i:02d}", **x}, ensure_ascii=False) + "\n")
with open("../claims.jsonl", "w", encoding="utf-8") as f:
    for i, x in enumerate(CL, 1):
        f.write(json.dumps({"id": f"{S}-c{i:02d}", **x}, ensure_ascii=False) + "\n")

# ---- local validation
import unicodedata
texts = {
  P: open("plan_extracted.txt", encoding="utf-8").read(),
  D: open("../docs/2025-05-16_cp-region-moyenne-arviere_deliberation-cp-2025-05-117-prse4.txt", encoding="utf-8").read(),
  C: open("../docs/2026-02-10_compte-rendu-copil-prse4-mi-parcours.md", encoding="utf-8").read(),
  E: open("../docs/prse4_summary-for-partners_en_2026-03.md", encoding="utf-8").read(),
}
norm = lambda s: re.sub(r"\s+", " ", s).strip()
nt = {k: norm(v) for k, v in texts.items()}
bad = 0
for x in Q + CL:
    for gg in x["gold"]:
        if norm(gg["quote"]) not in nt[gg["doc_id"]]:
            print("MISSING", gg["doc_id"][:20], gg["quote"][:80]); bad += 1
    for fig in x["figures"]:
        fn = fig.replace(" ", "")
        if not any(fn in norm(t).replace(" ", "") for t in texts.values()):
            print("FIG?", fig)
from collections import Counter
print(Counter(x["kind"] for x in Q), Counter(x["lang"] for x in Q), len(Q))
print(Counter(x["verdict"] for x in CL), Counter(x["error"] for x in CL), len(CL))
print("bad", bad)
