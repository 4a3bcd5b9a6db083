"""Generate the fictional roadmap PDF of set s3-feuille-de-route.

Run with: /work/main/.venv/bin/python make_feuille_de_route_pdf.py
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent.parent / "docs" / (
    "2025-03-21_feuille-de-route-sante-innovation-haute-varenne-2025-2027.pdf"
)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


class Roadmap(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Département de la Haute-Varenne – Feuille de route Santé & Innovation 2025-2027",
                  align="L")
        self.cell(0, 5, "Version adoptée – mars 2025", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Mission Santé et Innovation – DCT", align="L")
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Roadmap(format="A4")
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.add_font("DejaVu", "I", FONT_I)
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.alias_nb_pages()


def h1(text):
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 14)
    pdf.set_text_color(20, 60, 110)
    pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def h2(text):
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 12)
    pdf.set_text_color(20, 60, 110)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def h3(text):
    pdf.ln(1)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def para(text):
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def field(label, text):
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, f"{label} : {text}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def bullets(items):
    pdf.set_font("DejaVu", "", 9.5)
    for it in items:
        pdf.set_x(pdf.l_margin + 4)
        pdf.multi_cell(0, 5, "– " + it, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def table(rows, widths, align_num=True, bold_rows=()):
    pdf.set_font("DejaVu", "", 8.5)
    heading = FontFace(emphasis="BOLD", fill_color=(220, 230, 242))
    with pdf.table(col_widths=widths, text_align=("LEFT",) + ("RIGHT",) * (len(widths) - 1)
                   if align_num else "LEFT", headings_style=heading, repeat_headings=1,
                   line_height=5, first_row_as_headings=True) as t:
        for i, r in enumerate(rows):
            row = t.row()
            style = FontFace(emphasis="BOLD") if r[0] in bold_rows else None
            for c in r:
                row.cell(c, style=style)
    pdf.ln(3)


# ---------------------------------------------------------------- cover
pdf.add_page()
pdf.set_font("DejaVu", "B", 11)
pdf.cell(0, 6, "RÉPUBLIQUE FRANÇAISE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 6, "DÉPARTEMENT DE LA HAUTE-VARENNE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 9.5)
pdf.cell(0, 6, "Direction de la cohésion territoriale (DCT) – Mission Santé et Innovation", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(40)
pdf.set_font("DejaVu", "B", 22)
pdf.set_text_color(20, 60, 110)
pdf.multi_cell(0, 11, "Feuille de route départementale\n« Santé et Innovation »\n2025-2027", align="C",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(10)
pdf.set_font("DejaVu", "", 11)
pdf.multi_cell(0, 6, "Prendre soin de chaque habitant, de la naissance au grand âge,\net faire du territoire un "
               "terrain d'innovation en santé", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(40)
pdf.set_font("DejaVu", "", 9)
pdf.multi_cell(0, 5, "Document annexé à la délibération n° DEL_2025_037 du Conseil départemental du 21 mars 2025.\n"
               "Déclinaison départementale de la Stratégie régionale d'innovation en santé (SRIS) "
               "Loire-Morvan 2024-2028.", align="C", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- sommaire + édito
pdf.add_page()
h1("Sommaire")
bullets([
    "Éditorial",
    "I. Diagnostic territorial",
    "II. Méthode d'élaboration",
    "III. Orientations et actions (Orientation 1 à Orientation 4)",
    "IV. Maquette financière 2025-2027",
    "V. Indicateurs de suivi",
    "VI. Gouvernance, suivi et évaluation",
    "Glossaire des sigles",
])
h1("Éditorial")
para("La Haute-Varenne compte 412 600 habitants répartis dans 318 communes. Comme beaucoup de départements "
     "ruraux et périurbains, elle fait face à un double défi : le vieillissement de sa population et la raréfaction "
     "de l'offre de soins de premier recours. Dans le même temps, notre territoire dispose d'atouts réels : un centre "
     "hospitalier de référence, une université dotée d'une faculté de santé, et un pôle d'entreprises du numérique "
     "en santé parmi les plus dynamiques de la région.")
para("Avec cette feuille de route, le Département fait un choix clair : mobiliser ses compétences en matière de "
     "solidarités, d'autonomie et d'aménagement du territoire au service de la santé de tous. Elle engage 10 280 000 € "
     "sur trois ans, soit un effort inédit pour notre collectivité, et s'inscrit pleinement dans la Stratégie "
     "régionale d'innovation en santé (SRIS) adoptée par la Région Loire-Morvan.")
para("Elle est le fruit d'une concertation de plusieurs mois avec les professionnels de santé, les élus locaux, les "
     "associations d'usagers et les entreprises. Nous remercions chacune et chacun de leur contribution.")
pdf.set_font("DejaVu", "I", 9.5)
pdf.multi_cell(0, 5, "Hélène Marchetti-Roux, Présidente du Conseil départemental de la Haute-Varenne\n"
               "Bastien Carrouge, Vice-président délégué à la santé, à l'autonomie et à l'innovation",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

# ---------------------------------------------------------------- I diagnostic
h1("I. Diagnostic territorial")
h2("I.1 Une démographie médicale fragile")
para("Au 1er janvier 2024, la Haute-Varenne comptait 68 médecins généralistes pour 100 000 habitants, contre 84 "
     "en moyenne nationale. 41 % des médecins généralistes en activité sont âgés de 60 ans ou plus. Fin 2024, "
     "31 500 assurés de 17 ans et plus n'avaient pas de médecin traitant déclaré.")
para("Les zones d'intervention prioritaire (ZIP) définies par l'Agence régionale de santé (ARS) Loire-Morvan "
     "couvrent 126 communes et 138 000 habitants, soit un tiers de la population départementale. Le département "
     "compte 19 maisons de santé pluriprofessionnelles (MSP) en fonctionnement et 6 communautés professionnelles "
     "territoriales de santé (CPTS), qui couvrent 61 % de la population.")
h2("I.2 Une population vieillissante")
para("23,4 % des habitants ont 65 ans ou plus, contre 21,1 % à l'échelle régionale. Le nombre de personnes âgées "
     "de 85 ans ou plus devrait progresser de 38 % d'ici 2035. En 2024, 7 950 personnes bénéficiaient de "
     "l'allocation personnalisée d'autonomie (APA) à domicile et 820 aidants ont été accompagnés par les dispositifs "
     "soutenus par le Département.")
h2("I.3 Des indicateurs de prévention en retrait")
para("Le taux de participation au dépistage organisé du cancer colorectal s'établit à 29,4 % sur la période "
     "2023-2024. Chez les jeunes, le délai moyen d'accès à un premier rendez-vous à la Maison des adolescents (MDA) "
     "atteint 47 jours. Seuls 21 collèges sur 57 bénéficient d'un programme structuré de prévention.")
h2("I.4 Un écosystème d'innovation en santé à consolider")
para("Le pôle Varenne Santé Numérique (VSN) fédère 74 membres, dont 52 entreprises représentant 1 480 emplois. "
     "Le Centre hospitalier de Sainte-Aurèle (CHSA), établissement support du groupement hospitalier de territoire "
     "(GHT) Varenne-Ardoise, et l'Université de Sainte-Aurèle portent plusieurs programmes de recherche clinique. "
     "En 2024, seuls 6 sites du département proposaient une téléconsultation assistée.")

# ---------------------------------------------------------------- II méthode
h1("II. Méthode d'élaboration")
para("La feuille de route a été élaborée entre le 9 octobre 2024 et le 17 janvier 2025. La concertation a réuni "
     "326 participants lors de 14 ateliers territoriaux, complétés par une consultation en ligne qui a recueilli "
     "1 142 contributions.")
para("Un comité de préfiguration a associé le Département, la Région Loire-Morvan, l'ARS Loire-Morvan, le CHSA, "
     "l'Université de Sainte-Aurèle, le pôle VSN, l'Union régionale des professionnels de santé (URPS) médecins "
     "libéraux et la Conférence des financeurs de la prévention de la perte d'autonomie (CFPPA). Il s'est réuni "
     "à trois reprises.")
para("La commission Solidarités-Santé du Conseil départemental a rendu un avis favorable le 10 mars 2025.")

# ---------------------------------------------------------------- III orientations
pdf.add_page()
h1("III. Orientations et actions")
para("La feuille de route est structurée en quatre orientations, déclinées en objectifs opérationnels et en "
     "18 actions. Chaque action précise son pilote, ses partenaires, son calendrier et ses moyens.")

h2("Orientation 1 – Renforcer l'accès aux soins de proximité")
h3("Objectif 1.1 – Attirer et fidéliser les professionnels de santé")
h3("Action 1.1.1 – Bourses d'engagement pour les internes en médecine générale")
para("Le Département verse une bourse de 600 € brut par mois aux internes en médecine générale qui s'engagent "
     "à exercer au moins cinq ans en Haute-Varenne, dans une zone d'intervention prioritaire, à l'issue de leur "
     "formation. La durée maximale de versement est de 36 mois. Douze nouvelles bourses sont attribuées chaque "
     "année. En cas de non-respect de l'engagement, le remboursement intégral des sommes perçues est exigé.")
field("Pilote", "Mission Santé et Innovation")
field("Partenaires", "Université de Sainte-Aurèle (département de médecine générale), CHSA")
field("Calendrier", "première cohorte en 2025, montée en charge jusqu'en 2027")
field("Moyens", "518 400 € sur la période (12, puis 24, puis 36 bourses versées simultanément)")

h3("Action 1.1.2 – Aide à l'installation en zone sous-dotée")
para("Une aide forfaitaire de 15 000 € est accordée à tout médecin généraliste qui s'installe en ZIP. Elle est "
     "majorée de 5 000 € en cas d'installation dans une MSP ou un centre de santé. Les masseurs-kinésithérapeutes "
     "et les orthophonistes peuvent bénéficier d'une aide de 8 000 €. Le bénéficiaire s'engage à exercer pendant "
     "trois ans au moins sur le territoire.")
field("Pilote", "Mission Santé et Innovation")
field("Partenaires", "URPS médecins libéraux, ARS Loire-Morvan, EPCI")
field("Calendrier", "dispositif ouvert dès l'adoption du règlement des aides")
field("Moyens", "510 000 € sur la période, pour une cible de 10 installations aidées par an")

h3("Objectif 1.2 – Développer l'exercice coordonné")
h3("Action 1.2.1 – Soutien à l'investissement des maisons de santé pluriprofessionnelles")
para("Le Département finance les projets de création ou d'extension de MSP portés par les communes, les EPCI ou "
     "les sociétés interprofessionnelles de soins ambulatoires (SISA). La subvention d'investissement s'élève à "
     "30 % du coût HT des travaux, plafonnée à 250 000 € par projet. Le taux est porté à 40 % pour les projets "
     "situés dans une commune de moins de 2 000 habitants, le plafond restant inchangé. L'objectif est de "
     "passer de 19 à 28 MSP en fonctionnement d'ici 2027.")
field("Pilote", "Direction de l'aménagement et des territoires")
field("Partenaires", "communes, EPCI, ARS Loire-Morvan, Région Loire-Morvan")
field("Moyens", "2 000 000 € sur la période")

h3("Action 1.2.2 – Centre départemental de santé")
para("Le Département crée un centre départemental de santé (CDS) employant des médecins salariés, organisé en "
     "deux antennes : Montbrac, ouverte en septembre 2025, puis Saint-Ferjeux-sur-Varenne en 2026. L'effectif "
     "cible est de 8 médecins équivalents temps plein (ETP) en 2027. Le coût d'aménagement de l'antenne de "
     "Montbrac est estimé à 210 000 € HT, soit 252 000 € TTC. Le déficit d'exploitation prévisionnel est pris en "
     "charge par le Département pendant les trois premières années.")
field("Pilote", "Direction générale adjointe des solidarités")
field("Moyens", "1 160 000 € sur la période")

h3("Action 1.2.3 – Accompagnement des communautés professionnelles territoriales de santé")
para("Une subvention d'ingénierie de 10 000 € par CPTS et par an est versée, dans la limite de 60 000 € par an, "
     "pour soutenir la coordination des projets de santé. Le Département accompagne l'émergence de deux nouvelles "
     "CPTS (Nord-Varenne et Plateau de Jaugy) afin de couvrir 100 % de la population en 2027.")
field("Pilote", "Mission Santé et Innovation")
field("Moyens", "180 000 € sur la période")

h2("Orientation 2 – Amplifier la prévention et le dépistage")
h3("Objectif 2.1 – Aller vers les publics éloignés du dépistage")
h3("Action 2.1.1 – Unité mobile de dépistage « Varenne Prévention Mobile »")
para("Une unité mobile sillonnera le territoire pour proposer des actions de dépistage et d'orientation : "
     "cancer colorectal, cancer du sein (information et prise de rendez-vous), diabète et rétinopathie diabétique "
     "grâce à un rétinographe embarqué. L'année 2025 est consacrée à la préfiguration (40 000 €). L'acquisition "
     "du véhicule aménagé, estimée à 385 000 € HT, soit 462 000 € TTC, interviendra en 2026. À partir de 2027, "
     "l'unité desservira 48 communes par an.")
field("Pilote", "Direction de la santé publique départementale")
field("Partenaires", "Centre régional de coordination des dépistages des cancers (CRCDC), ARS Loire-Morvan, CHSA")
field("Moyens", "597 000 € sur la période")

h3("Action 2.1.2 – Parcours santé des collégiens")
para("Un programme de développement des compétences psychosociales, d'éducation à la vie affective et de "
     "prévention des conduites addictives sera proposé aux 57 collèges publics et privés du département. Il "
     "s'appuie sur les infirmiers scolaires et sur des associations agréées. Objectif : 30 collèges couverts en "
     "2025 et la totalité en 2027.")
field("Partenaires", "Direction des services départementaux de l'Éducation nationale, associations agréées")
field("Moyens", "120 000 € par an, soit 360 000 € sur la période")

h3("Objectif 2.2 – Santé mentale et activité physique")
h3("Action 2.2.1 – Santé mentale des jeunes")
para("Trois antennes de la Maison des adolescents seront ouvertes à Montbrac, Jaugy et Saint-Ferjeux-sur-Varenne "
     "afin de ramener le délai moyen d'accès à un premier rendez-vous à 21 jours en 2027. 400 professionnels "
     "(assistants sociaux, éducateurs, animateurs) seront formés aux premiers secours en santé mentale (PSSM).")
field("Pilote", "Direction de l'enfance et de la famille")
field("Moyens", "580 000 € sur la période")

h3("Action 2.2.2 – Sport-santé et activité physique adaptée")
para("Le Département soutient le réseau des six Maisons sport-santé du territoire et crée un « Pass APA » de "
     "150 € par bénéficiaire pour financer des séances d'activité physique adaptée prescrites par un médecin. "
     "500 pass seront délivrés chaque année.")
field("Partenaires", "Comité départemental olympique et sportif, Maisons sport-santé")
field("Moyens", "290 000 € sur la période")

h2("Orientation 3 – Faire de la Haute-Varenne un territoire d'innovation en santé")
h3("Objectif 3.1 – Déployer le numérique au service de l'accès aux soins")
h3("Action 3.1.1 – Téléconsultation assistée")
para("Le nombre de sites proposant une téléconsultation assistée par un professionnel (infirmier, pharmacien) "
     "passera de 6 en 2024 à 25 en 2027. Les sites sont installés prioritairement dans les espaces France "
     "Services, les pharmacies et les établissements d'hébergement pour personnes âgées dépendantes (EHPAD) des "
     "communes situées en ZIP. Le coût d'équipement d'un site est estimé à 18 000 € HT.")
field("Pilote", "Direction du numérique")
field("Moyens", "450 000 € sur la période")

h3("Action 3.1.2 – Appel à projets « Innov'Santé Varenne »")
para("Un appel à projets annuel, doté de 300 000 €, soutient les solutions innovantes en prévention, en "
     "coordination des parcours et en maintien à domicile. L'aide est plafonnée à 50 000 € par projet et à 50 % "
     "des dépenses éligibles. Sont éligibles les start-up, PME, associations et établissements de santé ou "
     "médico-sociaux implantés en Haute-Varenne. La première session sera ouverte du 2 juin au 12 septembre 2025. "
     "Un jury associant le pôle VSN et l'Université sélectionnera environ 8 projets par an.")
field("Pilote", "Mission Santé et Innovation")
field("Moyens", "900 000 € sur la période")

h3("Objectif 3.2 – Structurer l'écosystème d'innovation")
h3("Action 3.2.1 – Living lab « Bien vieillir connecté »")
para("Quatre EHPAD publics serviront de terrain d'expérimentation pour des dispositifs de détection des chutes, "
     "de téléassistance et de suivi nutritionnel, évalués avec l'Université de Sainte-Aurèle. Les résultats "
     "seront publiés chaque année.")
field("Moyens", "300 000 € sur la période")

h3("Action 3.2.2 – Partenariat avec le pôle Varenne Santé Numérique")
para("Une convention triennale de partenariat avec le pôle VSN prévoit une participation du Département de "
     "45 000 € par an. En contrepartie, le pôle accompagne 10 jeunes entreprises par an, assure la mise en "
     "relation avec les établissements de santé et organise chaque automne les Rencontres Santé & Innovation.")
field("Moyens", "135 000 € sur la période")

h3("Action 3.2.3 – Observatoire départemental de la santé")
para("Un observatoire publiera en données ouvertes un tableau de bord de la santé des habitants, actualisé "
     "chaque semestre, en lien avec l'observatoire régional de la santé.")
field("Moyens", "125 000 € sur la période")

h2("Orientation 4 – Accompagner le bien vieillir et l'autonomie")
h3("Objectif 4.1 – Favoriser le maintien à domicile")
h3("Action 4.1.1 – Aides techniques et domotique")
para("Une aide pouvant atteindre 1 500 € par foyer finance l'acquisition d'aides techniques et d'équipements "
     "domotiques (chemins lumineux, détecteurs de chute, volets motorisés), sous conditions de ressources. "
     "Objectif : 1 500 foyers équipés en 2027, contre 340 en 2024.")
field("Moyens", "850 000 € sur la période")

h3("Action 4.1.2 – Soutien aux aidants")
para("Trois plateformes d'accompagnement et de répit couvrent le territoire. Le Département finance "
     "l'expérimentation du relayage à domicile et vise 1 400 aidants accompagnés par an en 2027.")
field("Moyens", "460 000 € sur la période")

h3("Objectif 4.2 – Prévenir la perte d'autonomie")
h3("Action 4.2.1 – Prévention des chutes")
para("En lien avec la CFPPA, 120 ateliers équilibre et prévention des chutes seront organisés chaque année, "
     "en priorité dans les communes de moins de 2 000 habitants.")
field("Moyens", "200 000 € sur la période")

h3("Action 4.2.2 – Habitat inclusif")
para("Le Département soutient cinq projets d'habitat inclusif d'ici 2027 au titre de l'aide à la vie partagée "
     "(AVP).")
field("Moyens", "430 000 € sur la période")

# ---------------------------------------------------------------- IV budget
h1("IV. Maquette financière 2025-2027")
para("Le tableau 1 présente les crédits prévisionnels par action et par année, en euros TTC. Les montants de "
     "2026 et 2027 sont indicatifs et seront confirmés lors de chaque exercice budgétaire. La ligne « Pilotage, "
     "ingénierie et évaluation » comprend l'évaluation à mi-parcours prévue en 2026.")
pdf.set_font("DejaVu", "B", 9.5)
pdf.multi_cell(0, 5, "Tableau 1 – Crédits prévisionnels par orientation et par action (en €)",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
budget = [
    ("Ligne budgétaire", "2025", "2026", "2027", "Total 2025-2027"),
    ("Action 1.1.1 – Bourses d'engagement internes", "86 400", "172 800", "259 200", "518 400"),
    ("Action 1.1.2 – Aide à l'installation", "150 000", "180 000", "180 000", "510 000"),
    ("Action 1.2.1 – Investissement MSP", "500 000", "750 000", "750 000", "2 000 000"),
    ("Action 1.2.2 – Centre départemental de santé", "420 000", "380 000", "360 000", "1 160 000"),
    ("Action 1.2.3 – Soutien aux CPTS", "60 000", "60 000", "60 000", "180 000"),
    ("Sous-total Orientation 1", "1 216 400", "1 542 800", "1 609 200", "4 368 400"),
    ("Action 2.1.1 – Unité mobile de dépistage", "40 000", "462 000", "95 000", "597 000"),
    ("Action 2.1.2 – Parcours santé des collégiens", "120 000", "120 000", "120 000", "360 000"),
    ("Action 2.2.1 – Santé mentale des jeunes", "180 000", "200 000", "200 000", "580 000"),
    ("Action 2.2.2 – Sport-santé", "110 000", "90 000", "90 000", "290 000"),
    ("Sous-total Orientation 2", "450 000", "872 000", "505 000", "1 827 000"),
    ("Action 3.1.1 – Téléconsultation assistée", "210 000", "150 000", "90 000", "450 000"),
    ("Action 3.1.2 – AAP Innov'Santé Varenne", "300 000", "300 000", "300 000", "900 000"),
    ("Action 3.2.1 – Living lab", "75 000", "125 000", "100 000", "300 000"),
    ("Action 3.2.2 – Partenariat pôle VSN", "45 000", "45 000", "45 000", "135 000"),
    ("Action 3.2.3 – Observatoire de la santé", "30 000", "55 000", "40 000", "125 000"),
    ("Sous-total Orientation 3", "660 000", "675 000", "575 000", "1 910 000"),
    ("Action 4.1.1 – Aides techniques et domotique", "250 000", "300 000", "300 000", "850 000"),
    ("Action 4.1.2 – Soutien aux aidants", "140 000", "160 000", "160 000", "460 000"),
    ("Action 4.2.1 – Prévention des chutes", "65 000", "65 000", "70 000", "200 000"),
    ("Action 4.2.2 – Habitat inclusif", "100 000", "150 000", "180 000", "430 000"),
    ("Sous-total Orientation 4", "555 000", "675 000", "710 000", "1 940 000"),
    ("Pilotage, ingénierie et évaluation", "48 600", "110 200", "75 800", "234 600"),
    ("TOTAL GÉNÉRAL", "2 930 000", "3 875 000", "3 475 000", "10 280 000"),
]
# sanity checks on the sums
def _n(s):
    return int(s.replace(" ", ""))
for r in budget[1:]:
    assert sum(_n(x) for x in r[1:4]) == _n(r[4]), r
for year in range(1, 5):
    acts = [r for r in budget[1:] if r[0].startswith("Action") or r[0].startswith("Pilotage")]
    assert sum(_n(r[year]) for r in acts) == _n(budget[-1][year]), year
table(budget, (70, 24, 24, 24, 28),
      bold_rows=("Sous-total Orientation 1", "Sous-total Orientation 2", "Sous-total Orientation 3",
                 "Sous-total Orientation 4", "TOTAL GÉNÉRAL"))

para("Le plan de financement prévisionnel (tableau 2) repose sur un cofinancement de la Région Loire-Morvan au "
     "titre de la SRIS, de l'ARS au titre du Fonds d'intervention régional (FIR), des fonds européens (FEDER) et de "
     "la CFPPA. La participation régionale respecte le taux maximal de 20 % fixé par la SRIS pour les feuilles de "
     "route départementales.")
pdf.set_font("DejaVu", "B", 9.5)
pdf.multi_cell(0, 5, "Tableau 2 – Plan de financement prévisionnel 2025-2027",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
financing = [
    ("Financeur", "Montant (€)", "Part"),
    ("Département de la Haute-Varenne", "6 168 000", "60 %"),
    ("Région Loire-Morvan (SRIS)", "2 056 000", "20 %"),
    ("ARS Loire-Morvan (FIR)", "1 028 000", "10 %"),
    ("Union européenne (FEDER)", "616 800", "6 %"),
    ("CFPPA", "411 200", "4 %"),
    ("Total", "10 280 000", "100 %"),
]
assert sum(_n(r[1]) for r in financing[1:-1]) == 10280000
table(financing, (90, 40, 30), bold_rows=("Total",))

# ---------------------------------------------------------------- V indicateurs
h1("V. Indicateurs de suivi")
para("Chaque action est assortie d'au moins un indicateur. Le tableau 3 présente les indicateurs principaux, "
     "leur valeur de référence (2024) et les cibles intermédiaire (2025) et finale (2027).")
pdf.set_font("DejaVu", "B", 9.5)
pdf.multi_cell(0, 5, "Tableau 3 – Indicateurs de suivi de la feuille de route", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
indicators = [
    ("Indicateur", "Réf. 2024", "Cible 2025", "Cible 2027", "Action"),
    ("Bourses d'engagement signées (cumul)", "0", "12", "36", "1.1.1"),
    ("Médecins généralistes pour 100 000 hab.", "68", "69", "74", "1.1.2"),
    ("MSP en fonctionnement", "19", "22", "28", "1.2.1"),
    ("Population couverte par une CPTS", "61 %", "75 %", "100 %", "1.2.3"),
    ("Communes desservies par l'unité mobile", "0", "0", "48", "2.1.1"),
    ("Participation au dépistage colorectal", "29,4 %", "31 %", "38 %", "2.1.1"),
    ("Collèges couverts par un programme", "21", "30", "57", "2.1.2"),
    ("Délai d'accès à la MDA (jours)", "47", "40", "21", "2.2.1"),
    ("Sites de téléconsultation assistée", "6", "12", "25", "3.1.1"),
    ("Projets soutenus Innov'Santé (cumul)", "0", "8", "24", "3.1.2"),
    ("Foyers équipés en aides techniques", "340", "600", "1 500", "4.1.1"),
    ("Aidants accompagnés par an", "820", "1 000", "1 400", "4.1.2"),
]
table(indicators, (72, 22, 22, 22, 32))

# ---------------------------------------------------------------- VI gouvernance
h1("VI. Gouvernance, suivi et évaluation")
h2("VI.1 Instances de pilotage")
bullets([
    "Le comité de pilotage (COPIL), présidé par le Vice-président délégué à la santé, à l'autonomie et à "
    "l'innovation, se réunit deux fois par an, au printemps et à l'automne. Il associe la Région, l'ARS, le CHSA, "
    "l'Université, le pôle VSN, l'URPS médecins libéraux et la CFPPA.",
    "Le comité technique (COTECH) se réunit chaque trimestre sous la conduite du Dr Claire Villemagne, "
    "directrice de la Mission Santé et Innovation.",
    "Un bilan annuel est présenté à la commission Solidarités-Santé avant le 30 juin de chaque année.",
])
h2("VI.2 Évaluation")
para("Une évaluation à mi-parcours sera confiée en 2026 à un prestataire externe, pour un coût estimé à "
     "60 000 € HT, soit 72 000 € TTC. Ses conclusions pourront conduire à une révision de la feuille de route. "
     "Une évaluation finale sera conduite au second semestre 2027.")
h2("VI.3 Calendrier de mise en œuvre")
para("Le tableau 4 récapitule les principaux jalons de la feuille de route.")
pdf.set_font("DejaVu", "B", 9.5)
pdf.multi_cell(0, 5, "Tableau 4 – Principaux jalons", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
milestones = [
    ("Jalon", "Échéance", "Action"),
    ("Adoption du règlement des aides", "Commission permanente du 14 avril 2025", "1.1.1, 1.1.2, 4.1.1"),
    ("Session 1 de l'AAP Innov'Santé Varenne", "2 juin – 12 septembre 2025", "3.1.2"),
    ("Ouverture de l'antenne de Montbrac", "septembre 2025", "1.2.2"),
    ("Ouverture de l'antenne de Saint-Ferjeux-sur-Varenne", "premier semestre 2026", "1.2.2"),
    ("Livraison de l'unité mobile de dépistage", "deuxième trimestre 2026", "2.1.1"),
    ("Rendu de l'évaluation à mi-parcours", "octobre 2026", "Pilotage"),
    ("Évaluation finale", "second semestre 2027", "Pilotage"),
]
pdf.set_font("DejaVu", "", 8.5)
with pdf.table(col_widths=(75, 60, 35), headings_style=FontFace(emphasis="BOLD", fill_color=(220, 230, 242)),
               line_height=5) as t:
    for r in milestones:
        row = t.row()
        for c in r:
            row.cell(c)
pdf.ln(3)

h2("VI.4 Articulation avec la stratégie régionale")
para("Les orientations de la feuille de route correspondent aux objectifs stratégiques de la SRIS Loire-Morvan : "
     "l'Orientation 1 relève de l'objectif stratégique 1, l'Orientation 2 de l'objectif stratégique 2, "
     "l'Orientation 3 de l'objectif stratégique 3 et l'Orientation 4 de l'objectif stratégique 4. Le pilotage "
     "s'inscrit dans l'objectif stratégique 5.")

h1("Glossaire des sigles")
bullets([
    "APA : allocation personnalisée d'autonomie ; « Pass APA » : activité physique adaptée",
    "ARS : Agence régionale de santé",
    "AVP : aide à la vie partagée",
    "CDS : centre départemental de santé",
    "CFPPA : Conférence des financeurs de la prévention de la perte d'autonomie",
    "CHSA : Centre hospitalier de Sainte-Aurèle",
    "CPTS : communauté professionnelle territoriale de santé",
    "CRCDC : Centre régional de coordination des dépistages des cancers",
    "FEDER : Fonds européen de développement régional",
    "FIR : Fonds d'intervention régional",
    "MDA : Maison des adolescents",
    "MSP : maison de santé pluriprofessionnelle",
    "SRIS : Stratégie régionale d'innovation en santé",
    "VSN : pôle Varenne Santé Numérique",
    "ZIP : zone d'intervention prioritaire",
])

pdf.output(str(OUT))
print("wrote", OUT, pdf.page_no(), "pages")
