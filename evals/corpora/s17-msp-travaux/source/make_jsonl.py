# Builds questions.jsonl and claims.jsonl for the s17-msp-travaux set.
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
D = "2025-03-20-deliberation-conseil-municipal-saint-veran-msp"
R = "2025-06-12-rapport-analyse-offres-msp-travaux"
P = "2025-07-08-press-release-aubepine-foundation-msp"


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures, history=None):
    Q.append({"id": f"s17-msp-travaux-q{len(Q) + 1:02d}", "kind": kind, "lang": lang, "question": question,
              "history": history or [], "answerable": kind != "unanswerable", "gold": gold, "figures": figures})


# ---------------- figure
q("figure", "fr", "Combien coûte au total la future maison de santé de Saint-Véran, en HT et en TTC, au stade de l'avant-projet définitif ?",
  [g(D, "DEL_2025_018 › Article 2", "D'arrêter le coût prévisionnel de l'opération à 2 250 000 € HT, soit 2 700 000 € TTC")],
  ["2 250 000 € HT", "2 700 000 € TTC"])
q("figure", "fr", "Jusqu'à quel montant la maire est-elle autorisée à signer les marchés de travaux de la MSP ?",
  [g(D, "DEL_2025_018 › Article 9", "à signer les marchés correspondants dans la limite de l'enveloppe travaux de 1 692 000 € HT")],
  ["1 692 000 € HT"])
q("figure", "en", "According to the council deliberation, how many local patients were without a regular GP on 1 January 2025?",
  [g(D, "DEL_2025_018 › Exposé des motifs", "a laissé 1 870 patients de la commune sans médecin traitant au 1er janvier 2025")],
  ["1 870"])
q("figure", "fr", "Combien d'élus ont voté pour l'approbation de l'APD et du plan de financement de la MSP ?",
  [g(D, "DEL_2025_018 › Vote", "Pour : 18")], ["18"])
q("figure", "fr", "À combien la commune estime-t-elle le remboursement annuel de son emprunt pour la maison de santé ?",
  [g(D, "DEL_2025_018 › Exposé des motifs", "l'annuité de l'emprunt est estimée à 17 907 €")], ["17 907 €"])
q("figure", "en", "How much will interns pay per month to stay in the studio at the health centre?",
  [g(D, "DEL_2025_019 › Article 4", "De fixer à 250 € par mois, charges comprises, la redevance d'occupation du studio")], ["250 €"])
q("figure", "fr", "Jusqu'à quand les entreprises pouvaient-elles remettre leur offre pour les travaux de la MSP ?",
  [g(R, "3.1 Publicité et consultation › Date limite de réception des offres", "Date limite de réception des offres")],
  ["16 mai 2025"])
q("figure", "fr", "Combien de plis ont été déposés sur la plateforme pour la consultation de travaux de la maison de santé ?",
  [g(R, "5. Réception des plis", "47 plis ont été déposés sur la plateforme « Lirette Marchés »")], ["47"])
q("figure", "en", "After negotiation, by what percentage did the winning plumbing/HVAC bid still exceed the estimate?",
  [g(R, "6. Analyse par lot › Lot 09", "soit un dépassement de 2,84 % de l'estimation")], ["2,84 %"])
q("figure", "fr", "Combien d'heures d'insertion sont imposées aux entreprises par la clause sociale, lot par lot et au total ?",
  [g(R, "3.2 Principales caractéristiques des marchés", "clause sociale d'insertion : 280 heures pour le lot 01 et 140 heures pour le lot 05, soit 420 heures au total")],
  ["280 heures", "140 heures", "420 heures"])
q("figure", "fr", "À quelle date le bâtiment doit-il être mis à disposition de la SISA ?",
  [g(R, "Annexe 2 › Calendrier prévisionnel", "Mise à disposition du bâtiment à la SISA « Pôle Santé Lirette »")], ["4 janvier 2027"])

# ---------------- table
q("table", "fr", "Dans le plan de financement, combien la commune demande-t-elle au titre de la DSIL, et avec quel taux sur quelle assiette ?",
  [g(D, "Annexe 2 › Plan de financement › État – DSIL 2025", "État – DSIL 2025")], ["315 000", "15 %", "2 100 000"])
q("table", "en", "In the financing plan, what share of the total cost does the regional grant represent?",
  [g(D, "Annexe 2 › Plan de financement › Région Loire-Morvan", "Région Loire-Morvan")], ["20,00 %"])
q("table", "fr", "Dans l'annexe 1, combien était prévu pour la maîtrise d'œuvre à l'APS de décembre 2024, et combien à l'APD ?",
  [g(D, "Annexe 1 › Coût prévisionnel › Maîtrise d'œuvre", "Maîtrise d'œuvre (architecte et bureaux d'études)")], ["172 000", "186 000"])
q("table", "fr", "Quel est le coût TTC prévu pour les abords et le parking de la MSP ?",
  [g(D, "Annexe 1 › Coût prévisionnel › Poste 6", "Aménagements extérieurs et stationnement")], ["141 600"])
q("table", "en", "In the summary table of proposed awards, which company gets the plasterboard/partitions lot and for how much including VAT?",
  [g(R, "Tableau 2 › Lot 05", "Plâtrerie – Cloisons – Faux plafonds")], ["169 582,08"])
q("table", "fr", "Dans l'échéancier des encaissements, combien la commune attend-elle du FCTVA en 2026 ?",
  [g(D, "Annexe 2 › Échéancier prévisionnel des encaissements › FCTVA", "FCTVA")], ["127 951,20"])
q("table", "fr", "Quel loyer annuel la grille prévoit-elle pour les cabinets paramédicaux ?",
  [g(D, "DEL_2025_019 › Grille des loyers › Cabinets paramédicaux", "Cabinets paramédicaux")], ["14 364"])
q("table", "fr", "Dans le détail de notation du lot 09, quelle note finale a obtenu le Groupe Fluidia Centre ?",
  [g(R, "Annexe 1 › Lot 09 › GROUPE FLUIDIA CENTRE", "GROUPE FLUIDIA CENTRE")], ["81,97"])
q("table", "fr", "Combien d'offres le lot peinture a-t-il reçues dans les délais ?",
  [g(R, "Tableau 1 › Lot 08", "Lot 08 – Peinture – Nettoyage")], ["7"])

# ---------------- clause
q("clause", "fr", "Que se passe-t-il si l'un des financeurs refuse sa subvention ou la réduit ?",
  [g(D, "DEL_2025_018 › Article 8", "De s'engager à prendre en charge, sur les fonds propres de la commune, la part non couverte par les subventions, y compris en cas de refus ou de minoration de l'une d'entre elles.")], [])
q("clause", "fr", "Qui paie les grosses réparations du bâtiment loué à la SISA ?",
  [g(D, "DEL_2025_019 › Article 2 e)", "la commune conservant à sa charge les grosses réparations au sens de l'article 606 du code civil")], [])
q("clause", "fr", "Comment le loyer de la maison de santé évoluera-t-il dans le temps ?",
  [g(D, "DEL_2025_019 › Article 2 b)", "le loyer est révisé chaque année au 1er janvier en fonction de la variation de l'indice des loyers des activités tertiaires (ILAT)")], [])
q("clause", "fr", "Pourquoi l'offre la moins chère du lot peinture a-t-elle été écartée ?",
  [g(R, "6. Analyse par lot › Lot 08", "a été détectée comme anormalement basse")], [])
q("clause", "fr", "Comment la commune compte-t-elle attribuer le lot ascenseur après l'échec de la consultation ?",
  [g(R, "6. Analyse par lot › Lot 11", "Il sera relancé sous la forme d'un marché négocié sans publicité ni mise en concurrence préalables")], [])
q("clause", "en", "What can the foundation do if the centre is not open to patients by mid-2027?",
  [g(P, "Conditions attached to the grant", "The foundation may claim back part of the second instalment if the building is not opened to the public by 30 June 2027.")],
  ["30 June 2027"])
q("clause", "fr", "Comment est calculée la note sur le prix dans l'analyse des offres ?",
  [g(R, "4. Critères de jugement des offres", "note prix = 40 x (montant de l'offre la plus basse / montant de l'offre examinée)")], [])
q("clause", "fr", "Qui coordonnera l'équipe de la MSP et comment ce poste est-il financé ?",
  [g(D, "DEL_2025_018 › Exposé des motifs", "La coordination de la structure sera assurée par une coordinatrice à mi-temps, financée par la SISA au moyen de l'accord conventionnel interprofessionnel (ACI) conclu avec l'assurance maladie.")], [])

# ---------------- list
q("list", "fr", "Quels professionnels de santé s'installeront dans la MSP à son ouverture ?",
  [g(D, "DEL_2025_018 › Exposé des motifs › a)", "quatre médecins généralistes"),
   g(D, "DEL_2025_018 › Exposé des motifs › b)", "trois infirmiers diplômés d'État"),
   g(D, "DEL_2025_018 › Exposé des motifs › c)", "deux masseurs-kinésithérapeutes"),
   g(D, "DEL_2025_018 › Exposé des motifs › d)", "une orthophoniste"),
   g(D, "DEL_2025_018 › Exposé des motifs › e)", "une sage-femme"),
   g(D, "DEL_2025_018 › Exposé des motifs › f)", "un pédicure-podologue"),
   g(D, "DEL_2025_018 › Exposé des motifs › g)", "une psychologue")], [])
q("list", "en", "Why did the estimated cost go up between the outline design and the final design?",
  [g(D, "DEL_2025_018 › Exposé des motifs › a)", "la nécessité de fondations sur micropieux"),
   g(D, "DEL_2025_018 › Exposé des motifs › b)", "l'intégration d'une centrale photovoltaïque de 36 kWc en toiture"),
   g(D, "DEL_2025_018 › Exposé des motifs › c)", "l'extension du parc de stationnement de 20 à 28 places")], [])
q("list", "fr", "Sur quels sous-critères la valeur technique des offres a-t-elle été notée, et sur combien de points chacun ?",
  [g(R, "4. Critères › a)", "a) méthodologie et organisation du chantier, phasage et sécurité"),
   g(R, "4. Critères › b)", "b) moyens humains et matériels affectés au chantier"),
   g(R, "4. Critères › c)", "c) planning détaillé et respect des délais"),
   g(R, "4. Critères › d)", "d) démarche environnementale et gestion des déchets de chantier")],
  ["25 points", "15 points", "10 points"])
q("list", "en", "What does the Aubépine Foundation require in return for its grant?",
  [g(P, "Conditions attached to the grant › (i)", "the centre must host at least two medical interns each year"),
   g(P, "Conditions attached to the grant › (ii)", "it must offer same-day, unscheduled consultations on at least five half-days per week"),
   g(P, "Conditions attached to the grant › (iii)", "it must report every year, for three years after opening, on a set of indicators")], [])
q("list", "fr", "Quels financeurs publics la commune sollicite-t-elle pour la MSP ?",
  [g(D, "Annexe 2 › Plan de financement", "État – DETR 2025"),
   g(D, "Annexe 2 › Plan de financement", "État – DSIL 2025"),
   g(D, "Annexe 2 › Plan de financement", "Région Loire-Morvan"),
   g(D, "Annexe 2 › Plan de financement", "Département de la Haute-Lirette"),
   g(D, "Annexe 2 › Plan de financement", "Union européenne – FEADER")], [])
q("list", "fr", "Qui assistait à la commission du 12 juin avec voix consultative ?",
  [g(R, "2. Composition de la commission", "Mme Lucie FERRAND, architecte, Atelier Orme & Ferrand (maître d'œuvre)"),
   g(R, "2. Composition de la commission", "M. Hugo PLANTADE, économiste de la construction, Cabinet Métré Conseil"),
   g(R, "2. Composition de la commission", "Mme Nadège KERVELLA, directrice générale des services"),
   g(R, "2. Composition de la commission", "M. Arnaud VIGIER, responsable du service de la commande publique, secrétaire de la commission")], [])

# ---------------- followup
q("followup", "fr", "Et pour la délibération sur les loyers ?",
  [g(D, "DEL_2025_019 › Vote", "Pour : 20")], ["20"],
  history=["Combien d'élus ont voté pour l'approbation de l'APD et du plan de financement de la MSP ?"])
q("followup", "fr", "Et l'année suivante ?",
  [g(D, "Annexe 2 › Échéancier prévisionnel des encaissements › FCTVA", "FCTVA")], ["314 956,80"],
  history=["Dans l'échéancier des encaissements, combien la commune attend-elle du FCTVA en 2026 ?"])
q("followup", "en", "And who came second?",
  [g(R, "Annexe 1 › Lot 01 › SARL MAÇONNERIE PEYROUX", "SARL MAÇONNERIE PEYROUX")], ["84,10"],
  history=["Which firm won the lot 01 earthworks and structural works contract, and with what score?"])
q("followup", "fr", "Et la seconde tranche, elle tombe quand et pour combien ?",
  [g(P, "A grant to bring doctors back to a rural town", "the remaining 40%, or EUR 60,000, once the building has been completed and handed over"),
   g(D, "Annexe 2 › Échéancier", "de 40 % à la réception du bâtiment")], ["EUR 60,000"],
  history=["Quel est le montant de la première tranche de la subvention de la Fondation Aubépine ?"])
q("followup", "en", "And for the shared areas?",
  [g(D, "DEL_2025_019 › Grille des loyers › Espaces partagés", "Espaces partagés (accueil, attente, réunion, pause)")], ["6,00"],
  history=["What is the monthly rent per square metre for the GP consulting rooms?"])
q("followup", "fr", "Et la réception des travaux, c'est prévu pour quand ?",
  [g(R, "Annexe 2 › Calendrier prévisionnel", "Réception des travaux")], ["30 octobre 2026"],
  history=["Quand doit être donné l'ordre de service de démarrage des travaux de la MSP ?"])

# ---------------- cross
q("cross", "fr", "Le montant total proposé à l'attribution pour les lots 01 à 10 tient-il dans l'enveloppe travaux votée par le conseil municipal ?",
  [g(R, "8. Synthèse financière", "Montant total proposé à l'attribution, lots 01 à 10"),
   g(D, "DEL_2025_018 › Article 9", "dans la limite de l'enveloppe travaux de 1 692 000 € HT")],
  ["1 623 375,70 € HT", "1 692 000 € HT"])
q("cross", "en", "Does the grant announced by the foundation match the amount the council asked it for in March?",
  [g(P, "A grant to bring doctors back to a rural town", "today announced a grant of EUR 150,000 to the municipality of Saint-Véran-sur-Lirette"),
   g(D, "DEL_2025_018 › Article 6", "ainsi qu'une subvention de 150 000 € auprès de la Fondation Aubépine pour la santé rurale")],
  ["EUR 150,000", "150 000 €"])
q("cross", "fr", "La délibération de mars annonçait un démarrage des travaux en septembre 2025 : le calendrier du rapport d'analyse des offres le confirme-t-il, et à quelle date ?",
  [g(D, "DEL_2025_018 › Exposé des motifs › Calendrier", "démarrage des travaux en septembre 2025"),
   g(R, "Annexe 2 › Calendrier prévisionnel", "Ordre de service de démarrage des travaux")],
  ["29 septembre 2025"])

# ---------------- unanswerable
q("unanswerable", "fr", "Quel coût avait été estimé pour la maison de santé lors de l'étude de faisabilité de 2023 ?", [], [])
q("unanswerable", "fr", "Que prévoit l'article 12 de la délibération DEL_2025_018 ?", [], [])
q("unanswerable", "en", "How much is the Banque des Territoires lending to the town for the health centre?", [], [])
q("unanswerable", "fr", "À quel parti politique appartient la maire Hélène Darrigade ?", [], [])
q("unanswerable", "en", "How old is Dr Marianne Lestrade, the foundation's director general?", [], [])
q("unanswerable", "fr", "Quel est le montant attribué pour le lot 12 espaces verts ?", [], [])
q("unanswerable", "en", "What will the MSP coordinator's annual salary be?", [], [])
q("unanswerable", "fr", "Quelle note technique sur 60 la SAS Plâtrerie Dumontel a-t-elle obtenue pour le lot 05 ?", [], [])

# ================= claims
C = []


def c(claim, verdict, error, gold, figures, note):
    C.append({"id": f"s17-msp-travaux-c{len(C) + 1:02d}", "claim": claim, "verdict": verdict, "error": error,
              "gold": gold, "figures": figures, "note": note})


# supported
c("Le 20 mars 2025, le conseil municipal de Saint-Véran-sur-Lirette a arrêté le coût de sa future maison de santé à 2,25 M€ HT.",
  "supported", None, [g(D, "DEL_2025_018 › Article 2", "D'arrêter le coût prévisionnel de l'opération à 2 250 000 € HT, soit 2 700 000 € TTC")],
  ["2 250 000 € HT"], "L'article 2 de la délibération DEL_2025_018 fixe le coût prévisionnel à 2 250 000 € HT.")
c("Les aides publiques couvrent 76 % du coût hors taxes de la maison de santé.",
  "supported", None, [g(D, "DEL_2025_018 › Exposé des motifs", "Le taux cumulé des aides publiques atteint 76,00 % du coût HT")],
  ["76,00 %"], "L'exposé des motifs et l'annexe 2 donnent un taux cumulé d'aides publiques de 76,00 %.")
c("The town expects to recover €442,908 of VAT through the FCTVA compensation fund.",
  "supported", None, [g(D, "DEL_2025_018 › Exposé des motifs", "dont 442 908 € devraient être récupérés au titre du fonds de compensation pour la taxe sur la valeur ajoutée (FCTVA)")],
  ["442 908 €"], "The deliberation states that 442 908 € of the 450 000 € VAT should be recovered through the FCTVA.")
c("Le lot gros œuvre a été attribué à Bâtiments Roux & Fils pour 476 850 € HT, alors que ce n'était pas l'offre la moins chère.",
  "supported", None, [g(R, "6. Analyse par lot › Lot 01", "L'offre de BÂTIMENTS ROUX & FILS SAS (476 850,00 € HT) est toutefois classée première avec 86,40/100")],
  ["476 850,00 € HT"], "Le rapport indique que la SARL Maçonnerie Peyroux était moins-disante (462 300,00 € HT) mais que Roux & Fils est classée première.")
c("Huit des dix entreprises retenues pour les travaux ont leur siège en Haute-Lirette.",
  "supported", None, [g(R, "8. Synthèse financière", "Huit des dix attributaires proposés ont leur siège social dans le département de la Haute-Lirette")],
  [], "Le rapport d'analyse des offres le dit en toutes lettres.")
c("According to the mayor, the four doctors signed a letter of commitment in January 2025.",
  "supported", None, [g(D, "DEL_2025_018 › Débats", "les quatre médecins ont signé une lettre d'engagement le 10 janvier 2025")],
  ["10 janvier 2025"], "The debate summary reports the mayor saying the four doctors signed on 10 January 2025.")
c("La commune louera la maison de santé à la SISA Pôle Santé Lirette dans le cadre d'un bail professionnel de neuf ans.",
  "supported", None, [g(D, "DEL_2025_019 › Article 3", "un bail professionnel d'une durée de neuf ans")],
  [], "L'article 3 de la délibération DEL_2025_019 autorise un bail professionnel de neuf ans avec la SISA.")
c("Le lot ascenseur a été déclaré infructueux : la seule offre reçue dépassait l'estimation de 38 %.",
  "supported", None, [g(R, "6. Analyse par lot › Lot 11", "pour 51 060,00 € HT, soit 38,00 % au-dessus de l'estimation")],
  ["38,00 %"], "L'unique offre d'Ascenseurs Ouest-Levage dépassait l'estimation de 38,00 % et le lot est déclaré infructueux.")

# contradicted
c("Le coût de la maison de santé de Saint-Véran-sur-Lirette s'élève à 2,25 millions d'euros TTC.",
  "contradicted", "ht_ttc", [g(D, "DEL_2025_018 › Article 2", "D'arrêter le coût prévisionnel de l'opération à 2 250 000 € HT, soit 2 700 000 € TTC")],
  ["2 250 000 € HT", "2 700 000 € TTC"], "2 250 000 € est le montant HT ; le coût TTC est de 2 700 000 €.")
c("La Région Loire-Morvan finance la maison de santé à hauteur de 25 % de son coût total.",
  "contradicted", "envelope", [g(D, "Annexe 2 › Plan de financement › Région Loire-Morvan", "Région Loire-Morvan")],
  ["25 %", "20,00 %"], "25 % est le taux appliqué à l'assiette éligible de 1 800 000 € ; la part de la Région dans le plan est de 20,00 %.")
c("La délibération approuvant le plan de financement de la MSP a recueilli 20 voix pour.",
  "contradicted", "vote_row", [g(D, "DEL_2025_018 › Vote", "Pour : 18")],
  ["18"], "DEL_2025_018 a obtenu 18 voix pour ; les 20 voix pour concernent la délibération DEL_2025_019 sur les loyers.")
c("The FCTVA is expected to bring the town €314,956.80 in 2026.",
  "contradicted", "year", [g(D, "Annexe 2 › Échéancier prévisionnel des encaissements › FCTVA", "FCTVA")],
  ["127 951,20", "314 956,80"], "The schedule puts 314 956,80 € of FCTVA in 2027; the 2026 amount is 127 951,20 €.")
c("L'article 5 de la délibération autorise la maire à solliciter 157 500 € au titre du FEADER.",
  "contradicted", "measure", [g(D, "DEL_2025_018 › Article 6", "D'autoriser Mme la Maire à solliciter une aide de 157 500 € au titre du Fonds européen agricole pour le développement rural (FEADER)"),
                              g(D, "DEL_2025_018 › Article 5", "D'autoriser Mme la Maire à solliciter une subvention de 450 000 € auprès de la Région Loire-Morvan")],
  ["157 500 €"], "La demande FEADER figure à l'article 6 ; l'article 5 porte sur la Région et le Département.")
c("C'est Mme Sylvie Ménétrier, adjointe à la santé, qui présidait la commission des marchés du 12 juin 2025.",
  "contradicted", "body", [g(R, "2. Composition de la commission", "Présidence : M. Patrice VAUDREMONT, premier adjoint, par délégation de Mme la Maire.")],
  [], "La commission était présidée par M. Patrice Vaudremont ; Mme Ménétrier était rapporteure de la délibération de mars.")
c("Building works on the Saint-Véran health centre are scheduled to start on 1 September 2025.",
  "contradicted", "date", [g(R, "Annexe 2 › Calendrier prévisionnel", "Ordre de service de démarrage des travaux")],
  ["29 septembre 2025"], "1 September 2025 is the start of the preparation period; the works start order is dated 29 September 2025.")
c("Selon le rapport d'analyse, 46 plis ont été déposés pour les travaux de la MSP, dont un arrivé hors délai.",
  "contradicted", "count", [g(R, "5. Réception des plis", "47 plis ont été déposés sur la plateforme « Lirette Marchés », dont 1 pli parvenu hors délai")],
  ["47"], "47 plis ont été déposés dont 1 hors délai ; 46 est le nombre d'offres reçues dans les délais.")
c("The first instalment of the Aubépine Foundation grant, paid when works start, amounts to EUR 60,000.",
  "contradicted", "value", [g(P, "A grant to bring doctors back to a rural town", "60%, or EUR 90,000, when building works start")],
  ["EUR 90,000"], "The first instalment is EUR 90,000; EUR 60,000 is the second instalment paid at handover.")

# not in corpus
c("L'Agence régionale de santé a accordé une subvention de fonctionnement de 50 000 € à la SISA Pôle Santé Lirette.",
  "not_in_corpus", None, [], [], "Les documents mentionnent la validation du projet de santé par l'ARS mais aucune subvention de l'ARS.")
c("The architects Atelier Orme & Ferrand have already designed three other health centres in the region.",
  "not_in_corpus", None, [], [], "The documents name the architects but say nothing about their previous projects.")
c("Le coût de fonctionnement annuel du bâtiment est estimé à 32 000 € par la mairie.",
  "not_in_corpus", None, [], [], "Un élu demande que ce coût soit présenté chaque année, mais aucun montant n'est donné.")
c("Une entreprise évincée a déposé un recours contre l'attribution des marchés de la maison de santé devant le tribunal administratif.",
  "not_in_corpus", None, [], [], "Aucun document ne mentionne de recours contre l'attribution des marchés.")

with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
with open(HERE / "claims.jsonl", "w", encoding="utf-8") as f:
    for x in C:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), Counter(x["lang"] for x in Q))
print(len(C), Counter(x["verdict"] for x in C), Counter(x["error"] for x in C))
print("en claims", sum(1 for x in C if any(w in x["claim"] for w in (" the ", "The "))))
