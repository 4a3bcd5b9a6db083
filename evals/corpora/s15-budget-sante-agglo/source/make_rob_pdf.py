# Generator for docs/2025-02-13_rob-2025-chapitre-sante-camvi.pdf
# Run with /work/main/.venv/bin/python
from fpdf import FPDF
from fpdf.fonts import FontFace
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "2025-02-13_rob-2025-chapitre-sante-camvi.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class ROB(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Communauté d'agglomération Morlanges – Val d'Isaure (CAMVI)", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Rapport d'orientation budgétaire 2025 – Chapitre 4 : Santé", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"ROB 2025 – Conseil communautaire du 13 février 2025 – Page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = ROB(format="A4")
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONTB)
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.alias_nb_pages()
pdf.add_page()


def title(t, size=15):
    pdf.set_font("DejaVu", "B", size)
    pdf.multi_cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def h1(t):
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def h2(t):
    pdf.ln(1.5)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def p(t):
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 4.8, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.8)


def bullets(items):
    pdf.set_font("DejaVu", "", 9.5)
    for it in items:
        pdf.set_x(pdf.l_margin + 4)
        pdf.multi_cell(0, 4.8, "– " + it, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.8)


def caption(t):
    pdf.set_font("DejaVu", "B", 9)
    pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def table(rows, widths, note=None, size=8):
    pdf.set_font("DejaVu", "", size)
    head = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=widths, text_align=["LEFT"] + ["RIGHT"] * (len(widths) - 1),
                   headings_style=head, line_height=4.6, width=170) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    if note:
        pdf.set_font("DejaVu", "", 7.5)
        pdf.multi_cell(0, 4, note, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


# ---------------------------------------------------------------- page 1
pdf.set_font("DejaVu", "", 8.5)
pdf.multi_cell(0, 4.5, "Annexe n° 2 à la délibération n° DEL_2025_012 du 13 février 2025 – Débat d'orientation budgétaire\nAccusé de réception en préfecture 084-200068115-20250213-DEL_2025_012-DE\nReçu en préfecture le 17 février 2025", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
title("RAPPORT D'ORIENTATION BUDGÉTAIRE 2025")
title("Chapitre 4 – Santé, prévention et accès aux soins", 12.5)
pdf.set_font("DejaVu", "", 9)
pdf.multi_cell(0, 4.8, "Rapporteur : Dr Karim Belhadj, vice-président délégué à la santé, à la prévention et au contrat local de santé\nDocument établi par la Direction de la santé publique (DSP) et la Direction des finances et de la commande publique (DFCP)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

h2("Préambule")
p("Conformément à l'article L. 2312-1 du code général des collectivités territoriales (CGCT), applicable aux établissements publics de coopération intercommunale par renvoi de l'article L. 5211-36, le président présente au conseil communautaire, dans un délai de dix semaines précédant l'examen du budget, un rapport sur les orientations budgétaires, les engagements pluriannuels envisagés ainsi que sur la structure et la gestion de la dette. Ce rapport donne lieu à un débat dont il est pris acte par une délibération spécifique.")
p("Le présent chapitre détaille la politique de santé de la Communauté d'agglomération Morlanges – Val d'Isaure (CAMVI), exercée au titre de la compétence facultative « Actions de santé publique et d'accès aux soins » transférée par arrêté préfectoral du 18 décembre 2019. Les montants sont exprimés en euros courants et, sauf mention contraire, toutes taxes comprises (TTC) pour les opérations d'investissement. Les données 2022 à 2024 sont issues des comptes administratifs (CA) ; les données 2025 correspondent aux propositions soumises au débat et sont susceptibles d'ajustements lors du vote du budget primitif (BP), prévu le 27 mars 2025.")

h1("I. CONTEXTE ET CADRE STRATÉGIQUE")
h2("A. Un territoire en tension sur l'offre de soins")
p("La CAMVI regroupe 28 communes et 118 436 habitants (population municipale INSEE au 1er janvier 2022). Le territoire associe une ville-centre, Morlanges (41 870 habitants), une première couronne urbaine et un espace rural au sud, autour de Valbrune et de Saint-Aubin-sur-Isaure, où l'éloignement des services de santé est marqué.")
p("La densité de médecins généralistes libéraux y atteint 6,3 pour 10 000 habitants au 1er janvier 2024, contre 8,1 en moyenne régionale. 41 % des généralistes en exercice ont 60 ans ou plus et 9 départs en retraite sont annoncés d'ici fin 2026. Selon l'estimation transmise par la Caisse primaire d'assurance maladie (CPAM) de l'Isaure en octobre 2024, 11 420 patients de 17 ans et plus n'ont pas de médecin traitant, soit 11,8 % de la population adulte. 19 des 28 communes sont classées en zone d'intervention prioritaire (ZIP) par l'arrêté de zonage de l'Agence régionale de santé (ARS) du 3 avril 2023.")
p("La situation est également préoccupante en matière de santé mentale : le centre médico-psychologique (CMP) adultes de Morlanges affiche un délai moyen de 94 jours pour un premier rendez-vous, et le taux de passages aux urgences pour motif psychiatrique des 15-24 ans a progressé de 23 % entre 2021 et 2023 selon l'observatoire régional de la santé (ORS).")

h2("B. Le contrat local de santé de deuxième génération (CLS 2023-2027)")
p("Le CLS 2023-2027 a été signé le 14 juin 2023 entre la CAMVI, l'ARS, la préfecture, la CPAM de l'Isaure, le Département et la Mutualité sociale agricole (MSA). Il s'organise en cinq axes et 24 fiches actions :")
bullets([
    "Axe 1 – Accès aux soins et attractivité du territoire (6 fiches actions) ;",
    "Axe 2 – Prévention et promotion de la santé (7 fiches actions) ;",
    "Axe 3 – Santé mentale (4 fiches actions) ;",
    "Axe 4 – Santé environnementale (4 fiches actions) ;",
    "Axe 5 – Coordination, observation et participation des habitants (3 fiches actions).",
])
p("Au 31 décembre 2024, 19 fiches actions sont engagées, dont 6 achevées, et 5 n'ont pas encore démarré. L'évaluation à mi-parcours, confiée au cabinet Alcyde Conseil pour un montant de 28 400 € HT (34 080 € TTC), sera restituée au comité de pilotage du CLS en juin 2025. Le conseil local de santé mentale (CLSM), installé le 9 novembre 2021, constitue le volet opérationnel de l'axe 3.")

h2("C. Un cadre financier contraint")
p("La loi de finances pour 2025 fait peser sur la CAMVI un prélèvement estimé à 612 000 € au titre du dispositif de lissage des recettes fiscales, qui s'ajoute au gel de la dotation globale de fonctionnement. Dans ce contexte, l'exécutif propose de limiter la progression des dépenses réelles de fonctionnement du budget principal, hors santé, à +1,5 % par rapport au BP 2024, tout en sanctuarisant les priorités du CLS.")
p("Les dépenses de fonctionnement consacrées à la santé représentaient 2,9 % des dépenses réelles de fonctionnement du budget principal en 2024 (97,2 M€) ; elles en représenteraient 3,2 % en 2025 sur la base des propositions du présent rapport, soit une progression contenue au regard des besoins identifiés.")

h1("II. RÉTROSPECTIVE DES DÉPENSES DE SANTÉ 2022-2024")
h2("A. Les dépenses de fonctionnement")
p("Les dépenses de fonctionnement consacrées à la santé sont passées de 2 231 550 € en 2022 à 2 817 600 € en 2024, soit une hausse de 26,3 % en deux ans. Ces montants s'entendent hors charges de personnel de la Direction de la santé publique, retracées au chapitre 012 du budget principal (soit 512 600 € en 2024 et 548 000 € proposés en 2025). Le tableau ci-dessous présente l'évolution par programme ; la colonne « BP 2025 proposé » correspond aux propositions détaillées en partie III.")
caption("Tableau 4.1 – Dépenses de fonctionnement santé par programme (en euros)")
table([
    ["Programme", "CA 2022", "CA 2023", "CA 2024", "BP 2025 proposé", "Évol. 2025/2024"],
    ["P1 – Prévention et promotion de la santé", "512 400", "548 900", "603 150", "655 000", "+8,6 %"],
    ["P2 – Santé mentale et CLSM", "198 300", "231 700", "262 480", "310 000", "+18,1 %"],
    ["P3 – Accès aux soins et attractivité", "286 000", "342 600", "398 720", "445 000", "+11,6 %"],
    ["P4 – Centre de santé intercommunal", "870 000", "1 020 000", "1 145 000", "1 250 000", "+9,2 %"],
    ["P5 – Santé environnementale", "143 250", "158 400", "171 900", "184 000", "+7,0 %"],
    ["P6 – Coordination, observation et CLS", "221 600", "229 800", "236 350", "248 000", "+4,9 %"],
    ["Total fonctionnement santé", "2 231 550", "2 531 400", "2 817 600", "3 092 000", "+9,7 %"],
], (64, 19, 19, 19, 25, 24), note="Source : comptes administratifs 2022 à 2024, propositions DSP/DFCP. P4 : subvention d'équilibre versée par le budget principal au budget annexe du centre de santé intercommunal.")

p("Le programme P4 constitue le premier poste : il retrace la subvention d'équilibre versée au budget annexe du centre de santé intercommunal (CSI), ouvert le 6 septembre 2021 dans le quartier des Tanneries à Morlanges. Sa progression (+31,6 % entre 2022 et 2024) traduit la montée en charge du centre et le recrutement de médecins salariés, dans un contexte où les recettes d'activité ne couvrent pas encore l'intégralité des charges.")
p("Le programme P2 est celui dont la croissance est la plus rapide : la création d'un poste de coordinatrice du CLSM, cofinancé par l'ARS, et le déploiement des formations aux premiers secours en santé mentale (PSSM) expliquent l'essentiel de l'écart. Le programme P3 intègre les bourses versées aux étudiants en médecine (5 bourses de 600 € par mois en 2024), les frais de l'accueil des internes et les actions de promotion du territoire auprès des facultés.")

h2("B. Les dépenses d'investissement")
caption("Tableau 4.2 – Dépenses d'investissement santé réalisées (en euros TTC)")
table([
    ["Opération", "CA 2022", "CA 2023", "CA 2024"],
    ["Maison de santé pluriprofessionnelle (MSP) de Brévonne", "612 000", "438 000", "0"],
    ["Études du Pôle santé de la Croix-Verte", "0", "95 000", "145 000"],
    ["Fonds intercommunal d'aide à l'installation (chapitre 204)", "52 500", "105 000", "120 000"],
    ["Équipement médical et informatique du CSI", "64 300", "38 900", "71 200"],
    ["Total investissement santé", "728 800", "676 900", "336 200"],
], (98, 24, 24, 24))
p("La MSP de Brévonne, livrée le 15 septembre 2023 pour un coût total de 1 050 000 € TTC, accueille 11 professionnels dont 4 médecins généralistes. Elle est louée à la société interprofessionnelle de soins ambulatoires (SISA) du Val de Brévonne moyennant un loyer annuel de 54 000 €, encaissé sur le budget annexe Immobilier de santé.")
p("Le fonds intercommunal d'aide à l'installation, créé par délibération du 30 juin 2022, attribue une subvention d'équipement de 15 000 € par médecin généraliste et de 7 500 € par autre professionnel de santé (infirmier, masseur-kinésithérapeute, orthophoniste, sage-femme ou chirurgien-dentiste). Les bénéficiaires doivent s'installer dans une commune classée en ZIP, s'engager à y exercer au moins cinq ans et participer à la permanence des soins ambulatoires. Le fonds a financé 5 installations en 2022, 9 en 2023 et 10 en 2024 (dont 6 médecins généralistes), soit 24 aides depuis sa création.")

h2("C. L'activité du centre de santé intercommunal")
caption("Tableau 4.3 – Indicateurs d'activité du CSI")
table([
    ["Indicateur", "2022", "2023", "2024", "Objectif 2025"],
    ["Consultations et visites", "10 950", "12 300", "14 850", "16 500"],
    ["Patients ayant déclaré un médecin traitant du CSI", "3 420", "4 180", "4 960", "5 600"],
    ["dont patients en affection de longue durée (ALD)", "1 012", "1 254", "1 536", "n.d."],
    ["Délai moyen d'un rendez-vous non urgent (jours)", "9", "7", "6", "5"],
    ["Taux de couverture des charges par les recettes propres", "48,6 %", "51,2 %", "54,9 %", "57,5 %"],
], (86, 20, 20, 20, 24))
p("Avec 7,0 équivalents temps plein (ETP) de médecins salariés fin 2024, le CSI a réalisé 14 850 consultations et visites en 2024, contre 12 300 en 2023. Le taux de couverture des charges par les recettes propres (actes, forfaits et financements de l'Assurance maladie) progresse de plus de trois points par an, ce qui permet de limiter la hausse de la subvention d'équilibre malgré les recrutements.")

h1("III. ORIENTATIONS 2025")
h2("A. Fonctionnement : une hausse maîtrisée, concentrée sur trois priorités")
p("Les propositions de fonctionnement pour 2025 s'élèvent à 3 092 000 €, contre 2 817 600 € réalisés en 2024, soit +9,7 %. Trois priorités concentrent l'essentiel de l'effort :")
p("1. La santé mentale (P2 : 310 000 €). Le temps de coordination du CLSM passera de 1,0 à 1,5 ETP au 1er avril 2025. L'objectif est de former 240 personnes aux PSSM en 2025 (contre 156 en 2024), de financer une permanence hebdomadaire de psychologue dans trois maisons France services et de reconduire la Semaine d'information sur la santé mentale (SISM) en octobre.")
p("2. Le centre de santé intercommunal (P4 : 1 250 000 €). L'ouverture d'une antenne à Valbrune est prévue au 1er septembre 2025, avec deux demi-journées de consultation par jour ouvré. Un huitième ETP de médecin sera recruté. La subvention d'équilibre proposée tient compte d'une prévision de recettes d'activité prudente ; elle pourra être ajustée au BP en fonction de la notification du forfait structure de l'accord conventionnel interprofessionnel (ACI).")
p("3. L'accès aux soins et l'attractivité (P3 : 445 000 €). Le nombre de bourses aux étudiants en médecine passera de 5 à 8, pour un montant inchangé de 600 € par mois en contrepartie d'un engagement d'exercice de trois ans sur le territoire. Quatre logements meublés seront mis à disposition des internes à Morlanges et à Saint-Aubin-sur-Isaure, pour un coût de location estimé à 26 400 € par an.")
p("Les autres programmes évoluent plus modérément. En prévention (P1 : 655 000 €), le Bus santé intercommunal assurera 42 journées de dépistage et de vaccination (contre 36 en 2024), et la campagne de dépistage du cancer colorectal sera conduite avec la CPAM et la MSA. En santé environnementale (P5 : 184 000 €), la lutte contre le moustique tigre, désormais implanté dans 14 communes (contre 9 en 2023), mobilisera 38 000 €. Le programme P6 (248 000 €) finance notamment l'évaluation à mi-parcours du CLS et l'observatoire local de la santé.")

h2("B. Les ressources humaines de la politique de santé")
caption("Tableau 4.4 – Effectifs consacrés à la santé (en ETP)")
table([
    ["Service", "ETP 2023", "ETP 2024", "ETP 2025 prévus"],
    ["Direction de la santé publique et coordination du CLS", "4,0", "4,0", "4,5"],
    ["CSI – médecins généralistes salariés", "6,2", "7,0", "8,0"],
    ["CSI – infirmières, assistants médicaux et accueil", "9,5", "10,5", "11,0"],
    ["Santé environnementale", "1,5", "2,0", "2,0"],
    ["Coordination du CLSM", "1,0", "1,0", "1,5"],
    ["Total", "22,2", "24,5", "27,0"],
], (98, 22, 22, 28))
p("La masse salariale du CSI, portée par son budget annexe, s'est établie à 1 986 300 € en 2024 ; elle est estimée à 2 186 400 € pour 2025. Les médecins salariés du CSI sont rémunérés sur la base de la grille indiciaire des praticiens contractuels, complétée d'une part variable plafonnée à 10 % liée à des objectifs de santé publique.")

h2("C. Investissement : le plan pluriannuel d'investissement santé 2025-2028")
p("Le plan pluriannuel d'investissement (PPI) santé prévoit 2 880 000 € de crédits de paiement (CP) en 2025. Le tableau ci-dessous distingue le coût des opérations hors taxes (HT) et toutes taxes comprises (TTC), les montants déjà réalisés et l'échéancier prévisionnel des CP.")
caption("Tableau 4.5 – PPI santé 2025-2028 (en euros)")
table([
    ["Opération", "Coût HT", "Coût TTC", "Réalisé 2023-2024", "CP 2025", "CP 2026", "CP 2027-2028"],
    ["Pôle santé de la Croix-Verte", "4 000 000", "4 800 000", "240 000", "1 200 000", "2 160 000", "1 200 000"],
    ["Extension de la MSP de Saint-Aubin-sur-Isaure", "1 150 000", "1 380 000", "0", "690 000", "690 000", "0"],
    ["Antenne du CSI à Valbrune", "375 000", "450 000", "0", "450 000", "0", "0"],
    ["Équipement du CSI", "155 000", "186 000", "–", "186 000", "–", "–"],
    ["Points de téléconsultation (6 cabines)", "150 000", "180 000", "0", "120 000", "60 000", "0"],
    ["Réseau de micro-capteurs de la qualité de l'air", "70 000", "84 000", "0", "84 000", "0", "0"],
    ["Fonds d'aide à l'installation (ch. 204)", "n.c.", "600 000", "277 500", "150 000", "172 500", "0"],
    ["Total", "–", "7 680 000", "517 500", "2 880 000", "3 082 500", "1 200 000"],
], (66, 16, 16, 19, 17, 17, 19), size=7.5, note="L'extension de la MSP de Saint-Aubin-sur-Isaure et l'équipement du CSI sont portés respectivement par les budgets annexes Immobilier de santé et Centre de santé intercommunal. n.c. : non concerné (subventions non assujetties à la TVA).")
p("Le Pôle santé de la Croix-Verte, à Morlanges, représente 1 850 m² de surface de plancher. Il regroupera le CSI relocalisé, la communauté professionnelle territoriale de santé (CPTS) du Val d'Isaure, un centre de protection maternelle et infantile (PMI) du Département et 22 cabinets destinés à des professionnels libéraux. La livraison est prévue au second semestre 2027. L'autorisation de programme (AP) votée en 2023 s'élève à 4 800 000 € TTC ; compte tenu de l'évolution de l'indice du coût de la construction, une actualisation de l'AP, portée à 5 040 000 € TTC, sera proposée lors du vote du budget primitif.")
p("L'extension de la MSP de Saint-Aubin-sur-Isaure (380 m² supplémentaires) permettra d'accueillir 6 professionnels de plus, dont deux médecins généralistes et une sage-femme. L'antenne du CSI à Valbrune sera aménagée dans l'ancienne perception, propriété communale mise à disposition pour un euro symbolique pendant 15 ans. Les six cabines de téléconsultation seront implantées dans des communes de plus de 1 500 habitants dépourvues de cabinet médical.")

h2("D. Les financements attendus")
caption("Tableau 4.6 – Recettes affectées à la politique de santé (en euros)")
table([
    ["Financeur – dispositif", "Perçu 2023", "Perçu 2024", "Attendu 2025"],
    ["ARS – FIR, coordination du CLS", "40 000", "42 000", "45 000"],
    ["ARS – FIR, coordination du CLSM", "20 000", "25 000", "30 000"],
    ["CPAM – forfait structure ACI (CSI)", "104 300", "118 600", "126 000"],
    ["MSA – actions de prévention", "11 000", "12 500", "14 000"],
    ["Département – MSP de Saint-Aubin-sur-Isaure", "0", "0", "150 000"],
    ["Région – Pôle santé de la Croix-Verte", "0", "0", "600 000"],
    ["État – DSIL, Pôle santé de la Croix-Verte", "0", "0", "800 000"],
    ["ADEME – micro-capteurs de la qualité de l'air", "0", "0", "25 200"],
    ["Total", "175 300", "198 100", "1 790 200"],
], (98, 24, 24, 24), note="FIR : fonds d'intervention régional. ACI : accord conventionnel interprofessionnel. DSIL : dotation de soutien à l'investissement local. ADEME : Agence de la transition écologique.")
p("La subvention de l'État au titre de la dotation de soutien à l'investissement local (DSIL), sollicitée à hauteur de 800 000 €, n'est pas encore notifiée ; le dossier a été déposé le 20 décembre 2024. La participation de la Région (600 000 €) a été votée par sa commission permanente du 8 novembre 2024. Le Département a confirmé par courrier du 16 janvier 2025 une aide de 150 000 € pour l'extension de la MSP de Saint-Aubin-sur-Isaure.")

h1("IV. SYNTHÈSE ET ENGAGEMENTS PLURIANNUELS")
caption("Tableau 4.7 – Synthèse de l'effort santé de la CAMVI (en euros)")
table([
    ["Section", "CA 2024", "BP 2025 proposé", "Évolution"],
    ["Fonctionnement", "2 817 600", "3 092 000", "+9,7 %"],
    ["Investissement", "336 200", "2 880 000", "+756,6 %"],
    ["Total des dépenses de santé", "3 153 800", "5 972 000", "+89,4 %"],
    ["Recettes affectées", "198 100", "1 790 200", "–"],
    ["Effort net de la CAMVI", "2 955 700", "4 181 800", "+41,5 %"],
], (80, 30, 34, 26))
p("Au total, l'effort consacré à la santé atteindrait 5 972 000 € en 2025, dont 3 092 000 € en fonctionnement et 2 880 000 € en investissement. Déduction faite des recettes affectées, l'effort net de la CAMVI s'établirait à 4 181 800 €, soit environ 35 € par habitant.")
p("Les engagements pluriannuels envisagés portent principalement sur le Pôle santé de la Croix-Verte (CP 2026 de 2 160 000 € et CP 2027-2028 de 1 200 000 € avant actualisation de l'AP) et sur le solde de l'extension de la MSP de Saint-Aubin-sur-Isaure (690 000 € en 2026). Le financement de ces opérations reposera, outre les subventions attendues, sur l'autofinancement et sur un recours maîtrisé à l'emprunt, la capacité de désendettement du budget principal devant rester inférieure à 8 années.")
p("Plusieurs risques sont identifiés : la non-obtention de la DSIL, qui reporterait une partie du financement du Pôle santé sur l'emprunt ; un rythme de recrutement des médecins du CSI inférieur aux prévisions, qui réduirait les recettes d'activité ; enfin, une évolution défavorable des règles du zonage de l'ARS, susceptible de réduire le nombre de communes éligibles au fonds d'aide à l'installation.")
p("Le conseil communautaire est invité à débattre de ces orientations. Le débat d'orientation budgétaire sera suivi du vote du budget primitif 2025 lors de la séance du 27 mars 2025.")

pdf.output(OUT)
print("wrote", OUT)
