#!/usr/bin/env python3
"""Génère le PDF du contrat local de santé (CLS) du Val de Lornay 2025-2027
et de son avenant n° 1 (monde fictif).

Usage : python build_cls_pdf.py [chemin_sortie.pdf]
Dépendance : fpdf2 (police DejaVu Sans pour les accents).
"""
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "docs" / "2025-12-05_cc-val-de-lornay_cls-2025-2027-avenant-1.pdf"

GREY = (225, 230, 238)
DARK = (31, 56, 100)


class CLS(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Contrat local de santé du Val de Lornay 2025-2027 – Contrat du 14 mars 2025 et avenant n° 1",
                  align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*DARK)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(120, 5, "Communauté de communes du Val de Lornay – ARS Loire-Orvanne", align="L")
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # ---- helpers -------------------------------------------------------
    def h1(self, txt):
        self.set_font("DejaVu", "B", 13)
        self.set_text_color(*DARK)
        self.multi_cell(0, 7, txt, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, txt):
        self.set_font("DejaVu", "B", 10.5)
        self.set_text_color(*DARK)
        self.multi_cell(0, 6, txt, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def para(self, txt, align="J", size=9.5, after=2):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5, txt, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def bullets(self, items, size=9.5):
        self.set_font("DejaVu", "", size)
        for it in items:
            x = self.l_margin
            self.set_x(x + 4)
            self.cell(4, 5, "–")
            self.multi_cell(0, 5, it, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


def build():
    pdf = CLS(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title("Contrat local de santé du Val de Lornay 2025-2027 et avenant n° 1")
    pdf.set_author("Communauté de communes du Val de Lornay")

    # ================= PAGE DE COUVERTURE =================
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 9)
    logos = ["PRÉFET DE L'ORVANNE", "ARS LOIRE-ORVANNE", "CC DU VAL DE LORNAY", "DÉPARTEMENT DE L'ORVANNE"]
    x0 = 20
    for lg in logos:
        pdf.set_draw_color(*DARK)
        pdf.rect(x0, 25, 40, 16)
        n = len(pdf.multi_cell(38, 5, lg, dry_run=True, output="LINES"))
        pdf.set_xy(x0 + 1, 25 + (16 - 5 * n) / 2)
        pdf.multi_cell(38, 5, lg, align="C")
        x0 += 43
    pdf.set_y(75)
    pdf.set_font("DejaVu", "B", 24)
    pdf.set_text_color(*DARK)
    pdf.multi_cell(0, 12, "CONTRAT LOCAL DE SANTÉ\nDU VAL DE LORNAY", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 16)
    pdf.multi_cell(0, 9, "2025 – 2027\nContrat de deuxième génération", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(14)
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 7, "Contrat signé à Saint-Aubin-sur-Lornay le 14 mars 2025\n"
                         "suivi de son avenant n° 1 du 5 décembre 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(40)
    pdf.set_font("DejaVu", "I", 9)
    pdf.multi_cell(0, 5, "Document établi par le service Santé et solidarités de la Communauté de communes du Val de Lornay\n"
                         "2, place de la Halle – Saint-Aubin-sur-Lornay\n"
                         "Contact : Julie Perrotin, coordinatrice du contrat local de santé", align="C")

    # ================= SIGNATAIRES + PRÉAMBULE =================
    pdf.add_page()
    pdf.h1("ENTRE LES SOUSSIGNÉS")
    pdf.bullets([
        "L'État, représenté par M. Laurent Desvignes, Préfet de l'Orvanne ;",
        "L'Agence régionale de santé (ARS) Loire-Orvanne, représentée par Mme Hélène Varenne, Directrice générale ;",
        "La Communauté de communes du Val de Lornay, représentée par M. Philippe Aubertin, Président ;",
        "Le Département de l'Orvanne, représenté par Mme Sylvie Marchais, Présidente du Conseil départemental ;",
        "La Caisse primaire d'assurance maladie (CPAM) de l'Orvanne, représentée par M. Olivier Ternant, Directeur ;",
        "La Mutualité sociale agricole (MSA) Loire-Orvanne, représentée par Mme Claire Fourcade, Directrice générale ;",
        "Le Centre hospitalier de Saint-Aubin-sur-Lornay, représenté par M. Bruno Lescure, Directeur.",
    ])
    pdf.para("Ci-après dénommés « les signataires », il est convenu ce qui suit.")
    pdf.ln(2)
    pdf.h1("PRÉAMBULE")
    # paragraphe avec appel de note 1
    pdf.set_font("DejaVu", "", 9.5)
    pdf.write(5, "La Communauté de communes du Val de Lornay regroupe 24 communes et 31 480 habitants")
    pdf.char_vpos = "SUP"
    pdf.write(5, "1")
    pdf.char_vpos = "LINE"
    pdf.write(5, " sur un territoire rural de 412 km² situé au nord du département de l'Orvanne. "
                 "Un premier contrat local de santé a été mis en œuvre de 2019 à 2023. Son évaluation finale, "
                 "conduite en 2024, a souligné des résultats encourageants en matière de prévention, mais des "
                 "difficultés persistantes d'accès aux soins de premier recours.")
    pdf.ln(7)
    pdf.write(5, "Le territoire compte 6,1 médecins généralistes pour 10 000 habitants, contre 8,4 en moyenne régionale")
    pdf.char_vpos = "SUP"
    pdf.write(5, "2")
    pdf.char_vpos = "LINE"
    pdf.write(5, ". Près d'un tiers des médecins en exercice (31 %) ont plus de 60 ans. Les personnes âgées de "
                 "75 ans et plus représentent 12,7 % de la population, contre 10,2 % à l'échelle régionale.")
    pdf.ln(7)
    pdf.para(
        "Le présent contrat, de deuxième génération, s'inscrit dans le cadre du Projet régional de santé (PRS) "
        "2023-2028 de Loire-Orvanne et de l'article L. 1434-10 du code de la santé publique. Il a été élaboré "
        "entre septembre 2024 et janvier 2025 à l'issue d'un diagnostic local partagé associant les élus, les "
        "profes\u00adsion\u00adnels de santé et les habitants, dont 640 ont répondu au question\u00adnaire en ligne. Il privilégie "
        "une approche pluri\u00adprofes\u00adsion\u00adnelle et terri\u00adto\u00adriale de la santé, en lien étroit avec la commu\u00adnauté "
        "profes\u00adsion\u00adnelle terri\u00adto\u00adriale de santé (CPTS) du Val de Lornay.")
    pdf.para("Le diagnostic a fait émerger quatre priorités : l'accès aux soins de premier recours, la prévention "
             "auprès des enfants et des jeunes, la santé mentale, et le parcours des personnes âgées en perte "
             "d'autonomie. La santé-environnement, et notamment l'exposition au radon, constitue un enjeu "
             "transversal propre au territoire.")
    # notes de bas de page
    pdf.ln(3)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(20, pdf.get_y(), 70, pdf.get_y())
    pdf.ln(1.5)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.multi_cell(0, 4, "1. Population municipale au 1er janvier 2022 (INSEE, recensement de la population).\n"
                         "2. Source : Observatoire régional de la santé Loire-Orvanne, tableau de bord 2024.",
                   new_x="LMARGIN", new_y="NEXT")

    # ================= TITRE I : DISPOSITIONS GÉNÉRALES =================
    pdf.add_page()
    pdf.h1("TITRE I – DISPOSITIONS GÉNÉRALES")
    arts = [
        ("Article 1 – Objet du contrat",
         "Le présent contrat a pour objet de définir les engagements réciproques des signataires en vue de réduire "
         "les inégalités sociales et territoriales de santé sur le territoire de la Communauté de communes du Val de Lornay."),
        ("Article 2 – Périmètre géographique",
         "Le contrat s'applique aux 24 communes membres de la Communauté de communes du Val de Lornay. Certaines "
         "actions, notamment la fiche action 3.1, peuvent être conduites à l'échelle du territoire d'intervention du "
         "Dispositif d'appui à la coordination (DAC) Orvanne Nord, qui couvre également la Communauté de communes "
         "des Plateaux d'Essart."),
        ("Article 3 – Signataires",
         "Le contrat est conclu entre les sept signataires désignés en tête du présent document. D'autres partenaires "
         "peuvent être associés à la mise en œuvre des fiches-actions sans être signataires."),
        ("Article 4 – Axes stratégiques",
         "Le contrat est structuré en quatre axes stratégiques déclinés en neuf fiches-actions, auxquelles s'ajoute "
         "l'animation et la coordination du contrat. Les axes sont présentés au titre II et les fiches-actions au titre III."),
        ("Article 5 – Engagements des signataires",
         "L'ARS Loire-Orvanne mobilise des crédits du Fonds d'intervention régional (FIR) conformément à la maquette "
         "financière. La Communauté de communes emploie une coordi\u00adna\u00adtrice du contrat local de santé à temps plein, "
         "dont le poste est cofi\u00adnan\u00adcé par l'ARS à hauteur de 24 000 € par an. Le Dépar\u00adte\u00adment mobilise ses services de "
         "protection mater\u00adnelle et infantile et d'autonomie. La CPAM et la MSA interviennent au titre de leurs fonds "
         "de prévention. Le Centre hospitalier de Saint-Aubin-sur-Lornay met à disposition des temps médicaux pour le "
         "médicobus."),
        ("Article 6 – Gouvernance",
         "Le comité de pilotage réunit les signataires du contrat. Il est coprésidé par le président de la Communauté "
         "de communes et le directeur de la délégation départementale de l'Orvanne de l'ARS. Il se réunit au moins une "
         "fois par an pour valider le bilan annuel et arbitrer les évolutions du programme d'actions. Le comité technique, "
         "animé par la coordinatrice du contrat, réunit les pilotes des fiches-actions. Il se réunit trois fois par an."),
        ("Article 7 – Financement",
         "Le montant prévisionnel global du contrat s'élève à 668 000 € sur la période 2025-2027, dont 279 000 € "
         "apportés par l'ARS au titre du FIR et 225 000 € par la Communauté de communes. Les engagements financiers sont "
         "précisés dans la maquette financière figurant au titre IV. Ils sont pris sous réserve du vote des budgets "
         "annuels des signataires."),
        ("Article 8 – Durée et révision",
         "Le présent contrat prend effet à la date de sa signature et s'achève le 31 décembre 2027. Il peut être modifié "
         "par voie d'avenant, après avis du comité de pilotage."),
        ("Article 9 – Suivi et évaluation",
         "Un bilan annuel est présenté au comité de pilotage au plus tard le 31 mars de l'année suivante. Une évaluation "
         "finale est conduite au cours de la dernière année du contrat."),
    ]
    soft = {"réciproques": "réci\u00adproques", "territoriales": "terri\u00adto\u00adriales",
            "Communauté": "Commu\u00adnauté", "intervention": "inter\u00adven\u00adtion",
            "coordination": "coor\u00addi\u00adna\u00adtion", "départementale": "dépar\u00adte\u00admen\u00adtale",
            "coprésidé": "copré\u00adsidé", "programme": "pro\u00adgramme"}
    for title, body in arts:
        pdf.h2(title)
        if title[:9] in ("Article 1", "Article 2", "Article 6"):
            for w, h in soft.items():
                body = body.replace(w, h)
        pdf.para(body)

    # ================= TITRE II : AXES =================
    pdf.h1("TITRE II – AXES STRATÉGIQUES")
    axes = [
        ("Axe 1 – Renforcer l'accès aux soins de premier recours",
         "Fiches-actions 1.1, 1.2 et 1.3. Onze communes du territoire sont situées à plus de quinze minutes d'un "
         "cabinet de médecine générale et 2 300 assurés de plus de 17 ans n'ont pas de médecin traitant."),
        ("Axe 2 – Prévention et promotion de la santé à tous les âges",
         "Fiches-actions 2.1, 2.2 et 2.3. L'axe cible prioritairement les enfants, les jeunes de 12 à 25 ans et la santé mentale."),
        ("Axe 3 – Parcours des personnes âgées et soutien aux aidants",
         "Fiches-actions 3.1 et 3.2, en articulation avec le DAC Orvanne Nord et le centre intercommunal d'action sociale."),
        ("Axe 4 – Santé-environnement",
         "Fiche action 4.1. Quatorze communes sont classées en zone à potentiel radon de catégorie 3."),
    ]
    for t, b in axes:
        pdf.h2(t)
        pdf.para(b)

    pdf.ln(2)
    pdf.h2("Chiffres clés du diagnostic local de santé")
    diag = [
        ("Indicateur", "Val de Lornay", "Région Loire-Orvanne"),
        ("Population municipale (2022)", "31 480", "–"),
        ("Part des 75 ans et plus", "12,7 %", "10,2 %"),
        ("Médecins généralistes pour 10 000 habitants", "6,1", "8,4"),
        ("Part des médecins généralistes de 60 ans et plus", "31 %", "24 %"),
        ("Taux standardisé de mortalité prématurée (pour 100 000)", "212", "178"),
        ("Assurés de 17 ans et plus sans médecin traitant", "8,9 %", "6,1 %"),
        ("Bénéficiaires de la complémentaire santé solidaire", "9,8 %", "8,1 %"),
        ("Participation au dépistage organisé du cancer colorectal", "29 %", "33 %"),
    ]
    pdf.set_font("DejaVu", "", 8.6)
    with pdf.table(col_widths=(100, 35, 35), text_align=("LEFT", "RIGHT", "RIGHT"), line_height=5, padding=1.2,
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=DARK)) as table:
        for row in diag:
            r = table.row()
            for c in row:
                r.cell(c)
    pdf.ln(2)
    pdf.set_font("DejaVu", "I", 8)
    pdf.multi_cell(0, 4, "Sources : INSEE, CPAM de l'Orvanne (données 2024), Observatoire régional de la santé Loire-Orvanne.",
                   new_x="LMARGIN", new_y="NEXT")

    # ================= TITRE III : FICHES-ACTIONS =================
    pdf.add_page()
    pdf.h1("TITRE III – FICHES-ACTIONS")

    fiches = [
        ("1.1", [
            ("Intitulé", "Accueillir les internes et les étudiants en santé sur le territoire"),
            ("Pilote", "Communauté de communes du Val de Lornay"),
            ("Partenaires", "UFR de médecine de Montclair ; MSP de Saint-Aubin-sur-Lornay et de Vernoux-le-Bas ; Département de l'Orvanne"),
            ("Public cible", "Internes en médecine générale, étudiants en soins infirmiers et en masso-kinésithérapie"),
            ("Objectifs", "Mettre à disposition un logement meublé de 4 chambres ; accueillir 12 internes par an d'ici 2027"),
            ("Calendrier", "Ouverture du logement en septembre 2025 ; accueil continu jusqu'en 2027"),
            ("Budget prévisionnel", "54 000 € sur trois ans (18 000 € par an)"),
            ("Financeurs", "Communauté de communes : 36 000 € ; Département : 18 000 €"),
            ("Indicateurs d'évaluation", "Nombre d'internes accueillis par semestre ; taux d'occupation du logement ; nombre d'installations de jeunes médecins"),
        ]),
        ("1.2", [
            ("Intitulé", "Appuyer la structuration de la CPTS du Val de Lornay et des maisons de santé pluriprofessionnelles"),
            ("Pilote", "CPTS du Val de Lornay"),
            ("Partenaires", "ARS Loire-Orvanne ; CPAM de l'Orvanne ; URPS médecins libéraux ; MSP de Saint-Aubin-sur-Lornay et de Vernoux-le-Bas"),
            ("Public cible", "Professionnels de santé libéraux du territoire (environ 140)"),
            ("Objectifs", "Accompagner la signature de l'accord conventionnel interprofessionnel (ACI) ; faire émerger une troisième MSP à Chambrelle"),
            ("Calendrier", "ACI signé au 1er semestre 2025 ; projet de santé de la MSP de Chambrelle déposé avant fin 2026"),
            ("Budget prévisionnel", "65 000 € (25 000 € en 2025, puis 20 000 € par an)"),
            ("Financeurs", "ARS (FIR) : 45 000 € ; CPAM : 20 000 €"),
            ("Indicateurs d'évaluation", "Signature de l'ACI ; nombre de professionnels adhérents à la CPTS ; dépôt du projet de santé de la MSP de Chambrelle"),
        ]),
        ("1.3", [
            ("Intitulé", "Déployer un médicobus itinérant dans les communes éloignées des cabinets médicaux"),
            ("Pilote", "Association Médicobus Orvanne"),
            ("Partenaires", "Centre hospitalier de Saint-Aubin-sur-Lornay ; médecins retraités volontaires ; communes d'accueil ; CPAM de l'Orvanne"),
            ("Public cible", "Habitants sans médecin traitant, en priorité dans les onze communes situées à plus de quinze minutes d'un cabinet"),
            ("Objectifs", "Assurer deux jours de consultation par semaine sur dix haltes"),
            ("Calendrier", "Mise en circulation en juin 2025"),
            ("Budget prévisionnel", "186 000 € (60 000 € en 2025, 62 000 € en 2026, 64 000 € en 2027)"),
            ("Financeurs", "ARS (FIR) : 90 000 € ; Communauté de communes : 60 000 € ; Département : 36 000 €"),
            ("Indicateurs d'évaluation", "Nombre de consultations (cible : 1 500 par an en 2027) ; nombre de patients orientés vers un médecin traitant ; nombre de haltes desservies"),
        ]),
        ("2.1", [
            ("Intitulé", "Promouvoir une alimentation équilibrée et l'activité physique chez les enfants de 3 à 11 ans"),
            ("Pilote", "Association Sport Santé Lornay"),
            ("Partenaires", "Écoles maternelles et élémentaires ; PMI ; CPAM ; MSA ; service de restauration scolaire"),
            ("Public cible", "Enfants scolarisés en maternelle et en élémentaire (environ 2 900) et leurs familles"),
            ("Objectifs", "Engager 8 écoles la première année, puis 16 écoles"),
            ("Calendrier", "Années scolaires 2025-2026 et 2026-2027"),
            ("Budget prévisionnel", "36 000 € (12 000 € par an)"),
            ("Financeurs", "CPAM : 18 000 € ; Communauté de communes : 12 000 € ; MSA : 6 000 €"),
            ("Indicateurs d'évaluation", "Nombre d'écoles engagées ; nombre d'enfants bénéficiaires ; évolution des tests de condition physique"),
        ]),
        ("2.2", [
            ("Intitulé", "Prévenir les conduites addictives chez les jeunes de 12 à 25 ans"),
            ("Pilote", "CSAPA de l'Orvanne"),
            ("Partenaires", "Trois collèges et le lycée professionnel de Saint-Aubin ; mission locale ; brigade de gendarmerie ; MSA"),
            ("Public cible", "Jeunes de 12 à 25 ans, parents et professionnels de la jeunesse"),
            ("Objectifs", "Ouvrir une consultation jeunes consommateurs (CJC) avancée à Saint-Aubin-sur-Lornay"),
            ("Calendrier", "Actions de prévention de 2025 à 2027 ; CJC avancée ouverte en janvier 2026"),
            ("Budget prévisionnel", "45 000 € (15 000 € par an)"),
            ("Financeurs", "ARS (FIR) : 30 000 € ; CPAM : 9 000 € ; MSA : 6 000 €"),
            ("Indicateurs d'évaluation", "Nombre de jeunes sensibilisés ; nombre de consultations en CJC ; nombre de professionnels formés au repérage précoce"),
        ]),
        ("2.3", [
            ("Intitulé", "Installer un conseil local de santé mentale (CLSM) et déployer les formations aux premiers secours en santé mentale (PSSM)"),
            ("Pilote", "Communauté de communes du Val de Lornay (coordinatrice du CLS)"),
            ("Partenaires", "Centre hospitalier spécialisé Les Tilleuls ; Maison des adolescents de l'Orvanne ; association Familles & Psychisme Orvanne ; CPTS"),
            ("Public cible", "Élus, secrétaires de mairie, agents d'accueil, bénévoles associatifs et jeunes de 16 à 25 ans"),
            ("Objectifs", "Installer le CLSM ; former 180 personnes aux PSSM d'ici fin 2027"),
            ("Calendrier", "Installation du CLSM au 2e semestre 2025 ; six sessions PSSM par an"),
            ("Budget prévisionnel", "48 000 € sur trois ans (16 000 € par an)"),
            ("Financeurs", "ARS (FIR) : 30 000 € ; Communauté de communes : 18 000 €"),
            ("Indicateurs d'évaluation", "Nombre de personnes formées aux PSSM ; nombre de séances plénières du CLSM ; nombre de situations examinées en cellule de coordination"),
        ]),
        ("3.1", [
            ("Intitulé", "Renforcer la coordination des parcours complexes avec le DAC Orvanne Nord"),
            ("Pilote", "Association Appui Santé Orvanne Nord (DAC Orvanne Nord)"),
            ("Partenaires", "CPTS ; Centre hospitalier de Saint-Aubin-sur-Lornay ; SSIAD ; services d'aide à domicile ; Département (APA)"),
            ("Public cible", "Personnes en situation complexe, quel que soit leur âge, et professionnels qui les accompagnent"),
            ("Objectifs", "Tenir une permanence hebdomadaire du DAC à la maison France services de Saint-Aubin-sur-Lornay"),
            ("Calendrier", "Permanence ouverte à compter de septembre 2025"),
            ("Budget prévisionnel", "24 000 € (8 000 € par an)"),
            ("Financeurs", "Communauté de communes : 24 000 €"),
            ("Indicateurs d'évaluation", "Nombre de personnes du Val de Lornay accompagnées par le DAC ; nombre de permanences tenues ; délai moyen de première réponse"),
        ]),
        ("3.2", [
            ("Intitulé", "Rompre l'isolement des personnes âgées et soutenir les proches aidants"),
            ("Pilote", "Centre intercommunal d'action sociale (CIAS) du Val de Lornay"),
            ("Partenaires", "Association Entr'Aidants du Val ; réseau des délégués MSA ; clubs d'aînés"),
            ("Public cible", "Personnes de 60 ans et plus isolées ; proches aidants"),
            ("Objectifs", "Créer un café des aidants mensuel ; constituer une équipe de 30 bénévoles de visite à domicile"),
            ("Calendrier", "Café des aidants mensuel à partir de mars 2025"),
            ("Budget prévisionnel", "42 000 € (14 000 € par an)"),
            ("Financeurs", "Conférence des financeurs de la prévention de la perte d'autonomie : 36 000 € ; MSA : 6 000 €"),
            ("Indicateurs d'évaluation", "Nombre de personnes isolées repérées ; nombre de participants aux cafés des aidants ; nombre de bénévoles actifs"),
        ]),
        ("4.1", [
            ("Intitulé", "Réduire l'exposition au radon et améliorer la qualité de l'air intérieur"),
            ("Pilote", "Communauté de communes du Val de Lornay (service habitat)"),
            ("Partenaires", "ARS (cellule santé-environnement) ; Département ; Agence locale de l'énergie de l'Orvanne"),
            ("Public cible", "Propriétaires occupants des quatorze communes à potentiel radon de catégorie 3 ; établissements accueillant des enfants"),
            ("Objectifs", "Distribuer 300 kits de mesure du radon"),
            ("Calendrier", "Campagne de dépistage à l'hiver 2025-2026 ; restitution en 2026"),
            ("Budget prévisionnel", "21 000 € (6 000 € en 2025, 9 000 € en 2026, 6 000 € en 2027)"),
            ("Financeurs", "ARS (FIR) : 12 000 € ; Département : 9 000 €"),
            ("Indicateurs d'évaluation", "Nombre de kits distribués et analysés ; part des logements dépassant le niveau de référence de 300 Bq/m³"),
        ]),
    ]

    label_style = FontFace(emphasis="BOLD", fill_color=GREY)
    head_style = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=DARK)

    def draw_fiche(num, rows):
        with pdf.table(col_widths=(48, 122), first_row_as_headings=False, text_align=("LEFT", "LEFT"),
                       line_height=4.6, padding=1.4, borders_layout="ALL") as table:
            r = table.row()
            r.cell(f"Fiche action n° {num}", style=head_style, colspan=2)
            for k, v in rows:
                r = table.row()
                r.cell(k, style=label_style)
                r.cell(v)

    pdf.set_font("DejaVu", "", 8.6)
    for num, rows in fiches:
        with pdf.offset_rendering() as dummy:
            draw_fiche(num, rows)
        if dummy.page_break_triggered:
            pdf.add_page()
        pdf.set_font("DejaVu", "", 8.6)
        draw_fiche(num, rows)
        pdf.ln(5)

    # ================= TITRE IV : MAQUETTE FINANCIÈRE =================
    pdf.h1("TITRE IV – MAQUETTE FINANCIÈRE")
    pdf.para("Montants prévisionnels en euros, toutes sources confondues. Le tableau 1 présente la répartition par "
             "fiche action ; le tableau 2, la répartition par financeur.")
    pdf.h2("Tableau 1 – Répartition par fiche action (en €)")
    t1 = [
        ("Fiche", "Action", "2025", "2026", "2027", "Total"),
        ("1.1", "Accueil des internes", "18 000", "18 000", "18 000", "54 000"),
        ("1.2", "CPTS et MSP", "25 000", "20 000", "20 000", "65 000"),
        ("1.3", "Médicobus itinérant", "60 000", "62 000", "64 000", "186 000"),
        ("2.1", "Nutrition et activité physique", "12 000", "12 000", "12 000", "36 000"),
        ("2.2", "Prévention des addictions", "15 000", "15 000", "15 000", "45 000"),
        ("2.3", "Santé mentale (CLSM, PSSM)", "16 000", "16 000", "16 000", "48 000"),
        ("3.1", "Coordination avec le DAC", "8 000", "8 000", "8 000", "24 000"),
        ("3.2", "Isolement et aidants", "14 000", "14 000", "14 000", "42 000"),
        ("4.1", "Radon et air intérieur", "6 000", "9 000", "6 000", "21 000"),
        ("–", "Animation et coordination du CLS", "48 000", "49 000", "50 000", "147 000"),
        ("", "TOTAL", "222 000", "223 000", "223 000", "668 000"),
    ]
    t2 = [
        ("Financeur", "2025", "2026", "2027", "Total"),
        ("ARS Loire-Orvanne (FIR)", "93 000", "93 000", "93 000", "279 000"),
        ("Communauté de communes du Val de Lornay", "72 000", "75 000", "78 000", "225 000"),
        ("Département de l'Orvanne", "20 000", "23 000", "20 000", "63 000"),
        ("CPAM de l'Orvanne", "19 000", "14 000", "14 000", "47 000"),
        ("MSA Loire-Orvanne", "6 000", "6 000", "6 000", "18 000"),
        ("Conférence des financeurs", "12 000", "12 000", "12 000", "36 000"),
        ("TOTAL", "222 000", "223 000", "223 000", "668 000"),
    ]
    num_style = FontFace(emphasis="BOLD", fill_color=GREY)

    def money_table(data, widths, aligns):
        pdf.set_font("DejaVu", "", 8.6)
        with pdf.table(col_widths=widths, text_align=aligns, line_height=5, padding=1.2,
                       headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=DARK),
                       repeat_headings=1) as table:
            for i, row in enumerate(data):
                r = table.row()
                last = i == len(data) - 1
                for c in row:
                    r.cell(c, style=num_style if last else None)

    # Le tableau 1 est placé en bas de page pour qu'il se poursuive sur la page suivante.
    money_table(t1, (14, 64, 23, 23, 23, 23), ("CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"))
    pdf.ln(4)
    pdf.h2("Tableau 2 – Répartition par financeur (en €)")
    money_table(t2, (70, 25, 25, 25, 25), ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"))
    pdf.ln(3)
    pdf.set_font("DejaVu", "I", 8)
    pdf.multi_cell(0, 4, "La participation de l'ARS inclut le cofinancement du poste de coordinatrice du CLS (24 000 € par an). "
                         "Les montants des années 2026 et 2027 sont indicatifs et confirmés chaque année par le comité de pilotage.",
                   new_x="LMARGIN", new_y="NEXT")

    # ================= SIGNATURES =================
    pdf.ln(6)
    pdf.h1("SIGNATURES")
    pdf.para("Fait à Saint-Aubin-sur-Lornay, le 14 mars 2025, en sept exemplaires originaux.")
    sigs = [
        ("Le Préfet de l'Orvanne", "Laurent Desvignes"),
        ("La Directrice générale de l'ARS Loire-Orvanne", "Hélène Varenne"),
        ("Le Président de la Communauté de communes du Val de Lornay", "Philippe Aubertin"),
        ("La Présidente du Conseil départemental de l'Orvanne", "Sylvie Marchais"),
        ("Le Directeur de la CPAM de l'Orvanne", "Olivier Ternant"),
        ("La Directrice générale de la MSA Loire-Orvanne", "Claire Fourcade"),
        ("Le Directeur du Centre hospitalier de Saint-Aubin-sur-Lornay", "Bruno Lescure"),
    ]
    pdf.set_font("DejaVu", "", 8.6)
    with pdf.table(col_widths=(85, 85), first_row_as_headings=False, line_height=4.6, padding=1.5,
                   text_align=("CENTER", "CENTER")) as table:
        for i in range(0, len(sigs), 2):
            r = table.row()
            for role, name in sigs[i:i + 2]:
                r.cell(f"{role}\n\n\n{name}")
            if len(sigs[i:i + 2]) == 1:
                r.cell("")

    # ================= AVENANT N° 1 =================
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.set_text_color(*DARK)
    pdf.multi_cell(0, 8, "AVENANT N° 1\nAU CONTRAT LOCAL DE SANTÉ DU VAL DE LORNAY 2025-2027", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.bullets([
        "Vu le contrat local de santé du Val de Lornay signé le 14 mars 2025, notamment son article 8 ;",
        "Vu l'avis favorable du comité de pilotage réuni le 9 octobre 2025 ;",
        "Vu la délibération n° 2025-112 du Bureau communautaire de la Communauté de communes du Val de Lornay du 18 novembre 2025 ;",
        "Considérant la hausse des demandes de formation aux premiers secours en santé mentale constatée en 2025, notamment chez les 16-25 ans ;",
        "Considérant l'intérêt d'associer le DAC Orvanne Nord et la CPTS du Val de Lornay au suivi technique du contrat ;",
    ])
    pdf.para("Les signataires conviennent de ce qui suit :")
    pdf.h2("Article 1 – Modification de l'article 6 (Gouvernance)")
    pdf.para("L'article 6 est remplacé par les dispositions suivantes :")
    pdf.para("« Le comité de pilotage réunit les signataires du contrat. Il est coprésidé par le président de la "
             "Communauté de communes et le directeur de la délégation départementale de l'Orvanne de l'ARS. Il se "
             "réunit au moins deux fois par an. Le comité technique, animé par la coordinatrice du contrat, réunit "
             "les pilotes des fiches-actions, auxquels sont associés le DAC Orvanne Nord et la CPTS du Val de Lornay. "
             "Il se réunit chaque trimestre. »")
    pdf.h2("Article 2 – Modification de la fiche action 2.3")
    pdf.para("Le budget prévisionnel de la fiche action 2.3 est porté de 48 000 € à 63 000 €. Pour chacune des années "
             "2026 et 2027, le montant annuel passe de 16 000 € à 23 500 €. Ce complément de 15 000 € est financé par "
             "l'ARS à hauteur de 10 000 € et par la Communauté de communes à hauteur de 5 000 €.")
    pdf.para("La rubrique « Financeurs » de la fiche action 2.3 est ainsi rédigée : « ARS (FIR) : 40 000 € ; "
             "Communauté de communes : 23 000 € ». Dans la rubrique « Objectifs », la cible de 180 personnes formées "
             "aux PSSM est portée à 240 personnes.")
    pdf.h2("Article 3 – Modification de l'article 7 (Financement)")
    pdf.para("À l'article 7, les montants « 668 000 € », « 279 000 € » et « 225 000 € » sont remplacés "
             "respectivement par « 683 000 € », « 289 000 € » et « 230 000 € ».")
    pdf.h2("Article 4 – Modification de l'article 9 (Suivi et évaluation)")
    pdf.para("L'article 9 est complété par un alinéa ainsi rédigé : « L'évaluation finale est confiée à un prestataire "
             "extérieur. Ses conclusions sont présentées au comité de pilotage avant le 30 septembre 2027. »")
    pdf.h2("Article 5 – Maquette financière")
    pdf.para("Le tableau 2 de la maquette financière est remplacé par le tableau suivant :")
    t2b = [
        ("Financeur", "2025", "2026", "2027", "Total"),
        ("ARS Loire-Orvanne (FIR)", "93 000", "98 000", "98 000", "289 000"),
        ("Communauté de communes du Val de Lornay", "72 000", "77 500", "80 500", "230 000"),
        ("Département de l'Orvanne", "20 000", "23 000", "20 000", "63 000"),
        ("CPAM de l'Orvanne", "19 000", "14 000", "14 000", "47 000"),
        ("MSA Loire-Orvanne", "6 000", "6 000", "6 000", "18 000"),
        ("Conférence des financeurs", "12 000", "12 000", "12 000", "36 000"),
        ("TOTAL", "222 000", "230 500", "230 500", "683 000"),
    ]
    money_table(t2b, (70, 25, 25, 25, 25), ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"))
    pdf.ln(3)
    pdf.h2("Article 6 – Autres dispositions")
    pdf.para("Les autres dispositions du contrat demeurent inchangées. Le présent avenant prend effet à la date de sa "
             "signature par l'ensemble des signataires.")
    pdf.para("Fait à Saint-Aubin-sur-Lornay, le 5 décembre 2025, en sept exemplaires originaux.")
    pdf.set_font("DejaVu", "I", 8.6)
    pdf.multi_cell(0, 4.5, "Pour les signataires : Laurent Desvignes, Hélène Varenne, Philippe Aubertin, Sylvie Marchais, "
                           "Olivier Ternant, Claire Fourcade, Bruno Lescure (signatures apposées sur les exemplaires originaux).",
                   new_x="LMARGIN", new_y="NEXT")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(OUT))
    print(f"{OUT} : {pdf.pages_count} pages")


if __name__ == "__main__":
    build()
