"""Generate the council deliberation PDF (with annexed partnership convention).

Run with: /work/main/.venv/bin/python make_pdf_conseil.py
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent.parent / "docs" / "2025-03-27_deliberation-conseil-communautaire-cavo-orbimed.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Communauté d'agglomération du Val d'Orbière – Conseil communautaire du 27 mars 2025 – Délibération n° DEL_2025_038",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "CAVO – Hôtel communautaire, 12 place de la Halle, 45990 Saint-Aubin-sur-Orbière", align="L")
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.alias_nb_pages()
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.add_font("DejaVu", "I", FONT_I)
pdf.add_page()


def P(text, size=9.5, style="", align="J", h=4.8, space=2.2):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(space)


def H(text, size=11, space=1.5):
    pdf.ln(1.5)
    pdf.set_font("DejaVu", "B", size)
    pdf.multi_cell(0, 5.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(space)


def C(text, size=10, style="B", h=5.2):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, h, text, align="C", new_x="LMARGIN", new_y="NEXT")


def BUL(items, size=9.5, indent=6):
    pdf.set_font("DejaVu", "", size)
    for it in items:
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 4.8, "– " + it, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(1.5)


def TABLE(rows, widths, caption=None, size=8.5, align_num=True, bold_last=False):
    if caption:
        pdf.set_font("DejaVu", "B", 9)
        pdf.multi_cell(0, 5, caption, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.set_font("DejaVu", "", size)
    head = FontFace(emphasis="BOLD", fill_color=(225, 230, 238))
    aligns = ["LEFT"] + (["RIGHT"] * (len(widths) - 1) if align_num else ["LEFT"] * (len(widths) - 1))
    with pdf.table(col_widths=widths, text_align=aligns, headings_style=head, line_height=4.6,
                   borders_layout="ALL", first_row_as_headings=True) as table:
        for i, r in enumerate(rows):
            row = table.row()
            for c in r:
                if bold_last and i == len(rows) - 1:
                    row.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    row.cell(c)
    pdf.ln(3)


# ---------------------------------------------------------------- page 1
pdf.set_font("DejaVu", "", 8)
pdf.multi_cell(0, 4, "Accusé de réception en préfecture\n045-200071233-20250327-DEL_2025_038-DE\n"
                     "Date de télétransmission : 02/04/2025\nDate de réception préfecture : 02/04/2025",
               align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
C("RÉPUBLIQUE FRANÇAISE", 11)
C("Département de l'Orbière", 9, "")
pdf.ln(2)
C("COMMUNAUTÉ D'AGGLOMÉRATION DU VAL D'ORBIÈRE", 11)
C("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE", 10)
C("Séance du jeudi 27 mars 2025", 9.5, "")
pdf.ln(4)

P("L'an deux mille vingt-cinq, le vingt-sept mars à dix-huit heures trente, le Conseil communautaire de la "
  "Communauté d'agglomération du Val d'Orbière (CAVO), légalement convoqué le 20 mars 2025, s'est réuni en séance "
  "publique dans la salle des assemblées de l'Hôtel communautaire de Saint-Aubin-sur-Orbière, sous la présidence de "
  "M. Bernard Loiseleur, Président.")

TABLE([
    ["Situation des membres", "Nombre"],
    ["Conseillers communautaires en exercice", "64"],
    ["Présents", "47"],
    ["Représentés (pouvoirs)", "9"],
    ["Absents excusés", "5"],
    ["Absents non excusés", "3"],
    ["Votants (hors élus ne prenant pas part au vote)", "56"],
], widths=(120, 40), caption="Tableau 1 – Quorum et présences")

P("Le quorum étant atteint (33 membres requis), le Conseil peut valablement délibérer.")

P("Pouvoirs : Mme Anne Ferrand à M. Didier Pons ; M. Luc Garnier à Mme Sophie Rabier ; M. Philippe Azéma à "
  "M. Olivier Bredel ; Mme Nadia Kerbouche à Mme Hélène Castagnet ; M. Julien Mathelin à M. Gérald Moutier ; "
  "Mme Patricia Lhomme à M. Thierry Valade ; M. Rémi Subra à Mme Élodie Carrier ; Mme Chantal Oudin à "
  "M. Bernard Loiseleur ; M. Yannick Le Goff à Mme Martine Dauzat.", size=8.8)
P("Absents excusés : Mme Isabelle Treguer, M. Franck Aubertin, Mme Laetitia Vigouroux, M. Hervé Cassan, "
  "M. Marc-Antoine Delorme. Absents non excusés : M. Sébastien Roustan, Mme Ginette Fabre, M. Alain Peyrac.", size=8.8)
P("Secrétaire de séance : Mme Camille Desforges.", size=8.8)

H("Délibération n° DEL_2025_038")
P("OBJET : DÉVELOPPEMENT ÉCONOMIQUE – FILIÈRE SANTÉ – Convention de partenariat 2025-2026 avec l'association "
  "Orbimed, cluster des dispositifs médicaux du Val d'Orbière, et avance remboursable au profit de l'incubateur "
  "InnOrb Santé", style="B", align="L")
P("Rapporteure : Mme Hélène Castagnet, Vice-présidente déléguée au développement économique, à l'innovation et à "
  "l'enseignement supérieur", style="I", align="L")

H("Exposé des motifs", 10.5)
P("Le Val d'Orbière s'est affirmé depuis une dizaine d'années comme l'un des principaux pôles de la région dans le "
  "domaine des technologies médicales. Selon l'observatoire économique communautaire (édition de décembre 2024), le "
  "territoire compte 142 établissements relevant de la filière des dispositifs médicaux, qui emploient 3 850 salariés, "
  "dont 1 120 dans des fonctions de recherche et développement. La filière a créé 410 emplois nets entre 2019 et 2024.")
P("Créée en 2016 à l'initiative de onze entreprises fondatrices, l'association Orbimed anime le cluster des "
  "dispositifs médicaux du Val d'Orbière. Au 31 décembre 2024, elle réunissait 118 adhérents : 74 PME, 21 start-up, "
  "9 établissements de santé, 6 laboratoires de recherche et 8 autres structures (organismes de formation, cabinets "
  "de conseil réglementaire). Son équipe permanente compte 6,5 équivalents temps plein (ETP), sous la direction de "
  "Mme Laure Bessac, directrice.")
P("Depuis 2021, l'association porte également l'incubateur InnOrb Santé, spécialisé dans l'accompagnement des "
  "projets de création d'entreprises innovantes en santé (dispositifs médicaux, e-santé, diagnostic in vitro). "
  "L'incubateur a accompagné 37 projets depuis son ouverture, qui ont donné lieu à la création de 23 entreprises et "
  "de 168 emplois.")
P("La Communauté soutient l'association depuis sa création. Le dernier soutien annuel a été accordé par la "
  "délibération du Bureau communautaire n° B-2024-072 du 12 juin 2024, assortie d'une convention financière annuelle. "
  "Afin de donner de la visibilité à l'association et de l'inscrire dans les orientations du schéma de développement "
  "économique « Orbière 2030 », adopté le 14 décembre 2023 (axe 2 « Santé et technologies médicales »), il est "
  "proposé de passer à une convention de partenariat pluriannuelle couvrant les exercices 2025 et 2026.")

H("1. Le programme d'actions 2025-2026", 10)
P("Le programme présenté par l'association, par courrier de son président en date du 17 janvier 2025, s'articule "
  "autour de cinq volets :")
BUL([
    "l'animation du cluster et l'ingénierie de projets collaboratifs entre entreprises, établissements de santé et "
    "laboratoires ;",
    "l'équipement d'une plateforme mutualisée d'essais précliniques, ouverte aux entreprises adhérentes ;",
    "le programme d'incubation InnOrb Santé, avec deux appels à candidatures par an ;",
    "l'accompagnement réglementaire des entreprises, notamment pour le marquage CE au titre du règlement (UE) "
    "2017/745 relatif aux dispositifs médicaux (MDR) ;",
    "l'organisation des rencontres annuelles « Orbimed Days » et la participation à des salons professionnels.",
])
P("L'association étant assujettie à la taxe sur la valeur ajoutée (TVA) pour une partie de ses activités, le plan de "
  "financement est présenté hors taxes (HT) et toutes taxes comprises (TTC). L'assiette de calcul de la participation "
  "communautaire est le coût hors taxes.")

TABLE([
    ["Volet du programme", "2025 HT", "2025 TTC", "2026 HT", "2026 TTC"],
    ["Animation du cluster et ingénierie de projets", "180 000 €", "216 000 €", "190 000 €", "228 000 €"],
    ["Plateforme mutualisée d'essais précliniques", "245 000 €", "294 000 €", "120 000 €", "144 000 €"],
    ["Programme d'incubation InnOrb Santé", "150 000 €", "180 000 €", "165 000 €", "198 000 €"],
    ["Accompagnement réglementaire (marquage CE)", "62 500 €", "75 000 €", "70 000 €", "84 000 €"],
    ["Orbimed Days et salons professionnels", "37 500 €", "45 000 €", "40 000 €", "48 000 €"],
    ["Total des dépenses", "675 000 €", "810 000 €", "585 000 €", "702 000 €"],
], widths=(66, 26, 26, 26, 26), caption="Tableau 2 – Plan de financement prévisionnel : dépenses par volet (2025-2026)",
    bold_last=True)

P("Le coût total du programme s'élève ainsi à 1 260 000 € HT sur les deux exercices, soit 1 512 000 € TTC. Les "
  "dépenses d'équipement de la plateforme d'essais précliniques sont concentrées sur l'exercice 2025 (acquisition "
  "d'un système d'imagerie micro-CT et d'un banc de vieillissement accéléré).")

TABLE([
    ["Financeur", "2025", "2026", "Total 2025-2026", "Part"],
    ["Communauté d'agglomération du Val d'Orbière", "198 000 €", "180 000 €", "378 000 €", "30 %"],
    ["Région (Conseil régional)", "170 000 €", "145 000 €", "315 000 €", "25 %"],
    ["Fonds européen de développement régional (FEDER)", "140 000 €", "112 000 €", "252 000 €", "20 %"],
    ["Cotisations des adhérents", "92 000 €", "97 000 €", "189 000 €", "15 %"],
    ["Autofinancement et prestations", "75 000 €", "51 000 €", "126 000 €", "10 %"],
    ["Total des ressources", "675 000 €", "585 000 €", "1 260 000 €", "100 %"],
], widths=(66, 24, 24, 32, 24), caption="Tableau 3 – Plan de financement prévisionnel : ressources (montants HT)",
    bold_last=True)

H("2. La participation de la Communauté", 10)
P("Il est proposé d'attribuer à l'association Orbimed une participation financière de 198 000 € au titre de "
  "l'exercice 2025 et de 180 000 € au titre de l'exercice 2026, soit 378 000 € sur la durée de la convention, "
  "représentant 30 % du coût HT du programme. Le montant 2026 est accordé sous réserve du vote des crédits "
  "correspondants au budget primitif 2026.")
P("Cette participation est en hausse par rapport au soutien de l'exercice précédent, afin d'accompagner la montée "
  "en charge de la plateforme d'essais précliniques. Elle reste inférieure au plafond de 40 % du coût éligible fixé "
  "par le règlement communautaire d'intervention économique adopté le 22 juin 2023.")

H("3. L'avance remboursable à l'incubateur InnOrb Santé", 10)
P("Pour accueillir ses promotions dans des conditions adaptées, l'incubateur InnOrb Santé doit aménager le "
  "« Plateau InnOrb », un espace de 450 m² comprenant deux laboratoires de classe ISO 7, situé au deuxième étage "
  "de la pépinière d'entreprises Newton, Parc d'activités des Rives. Le coût des travaux d'aménagement est estimé à "
  "300 000 € HT, soit 360 000 € TTC.")
P("Il est proposé d'accorder à l'association, pour le compte de l'incubateur, une avance remboursable de "
  "120 000 €, sans intérêt, remboursable en cinq annuités constantes de 24 000 € après un différé de 24 mois, la "
  "première échéance intervenant le 30 juin 2027. Les conditions de cette avance figurent à l'article 6 de la "
  "convention annexée.")

H("Visas", 10.5)
BUL([
    "Vu le code général des collectivités territoriales, et notamment ses articles L. 1611-4, L. 4251-17 et "
    "L. 5216-5 ;",
    "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les "
    "administrations, et notamment son article 10 ;",
    "Vu le décret n° 2001-495 du 6 juin 2001 pris pour l'application de l'article 10 de la loi n° 2000-321 du "
    "12 avril 2000 et relatif à la transparence financière des aides octroyées par les personnes publiques ;",
    "Vu le schéma régional de développement économique, d'innovation et d'internationalisation (SRDEII) adopté par "
    "le Conseil régional ;",
    "Vu les statuts de la Communauté d'agglomération du Val d'Orbière ;",
    "Vu la délibération n° DEL_2023_141 du 14 décembre 2023 adoptant le schéma de développement économique "
    "« Orbière 2030 » ;",
    "Vu la délibération n° DEL_2025_012 du 13 février 2025 adoptant le budget primitif 2025 ;",
    "Vu l'avis favorable de la commission « Développement économique et attractivité » réunie le 11 mars 2025 ;",
], size=9)
BUL([
    "Considérant que la filière des dispositifs médicaux constitue une priorité du schéma « Orbière 2030 » ;",
    "Considérant l'intérêt communautaire du programme d'actions présenté par l'association Orbimed pour "
    "l'emploi et l'attractivité du territoire ;",
    "Considérant que l'aménagement du Plateau InnOrb conditionne le doublement de la capacité d'accueil de "
    "l'incubateur ;",
], size=9)

H("Décision", 10.5)
P("Le Conseil communautaire, après en avoir délibéré, DÉCIDE :", style="B")
BUL([
    "D'APPROUVER la convention de partenariat 2025-2026 entre la Communauté d'agglomération du Val d'Orbière et "
    "l'association Orbimed, annexée à la présente délibération ;",
    "D'ATTRIBUER à l'association Orbimed une participation financière de 198 000 € au titre de 2025 et de 180 000 € "
    "au titre de 2026, sous réserve de l'inscription des crédits au budget 2026 ;",
    "D'ACCORDER à l'association Orbimed, pour le compte de l'incubateur InnOrb Santé, une avance remboursable de "
    "120 000 € dans les conditions fixées par la convention ;",
    "D'AUTORISER le Président, ou la Vice-présidente déléguée au développement économique, à signer la convention "
    "et tout document afférent ;",
    "DE DIRE que les crédits sont inscrits au budget principal 2025, au chapitre 65 (article 6574) pour la "
    "participation de 198 000 € et au chapitre 27 (article 2748) pour l'avance remboursable de 120 000 €.",
])

P("Mme Sophie Rabier et M. Thierry Valade, membres du conseil d'administration de l'association Orbimed, n'ont pris "
  "part ni aux débats ni aux votes. M. Gérald Moutier, président du comité de sélection de l'incubateur InnOrb Santé, "
  "n'a pas pris part au vote du point 2. Les deux points ont fait l'objet de votes distincts.")

TABLE([
    ["Point soumis au vote", "Votants", "Pour", "Contre", "Abstentions"],
    ["Point 1 – Convention de partenariat 2025-2026 et participation financière", "54", "49", "3", "2"],
    ["Point 2 – Avance remboursable à l'incubateur InnOrb Santé", "53", "45", "5", "3"],
], widths=(86, 20, 18, 18, 28), caption="Tableau 4 – Résultats des votes")

P("Les deux points sont adoptés à la majorité des suffrages exprimés.")
P("Fait et délibéré les jour, mois et an susdits. Pour extrait certifié conforme au registre.", size=9)
P("Le Président, Bernard Loiseleur          La secrétaire de séance, Camille Desforges", size=9, align="L")
P("Le Président certifie le caractère exécutoire de la présente délibération, transmise en préfecture le "
  "02/04/2025 et publiée le 03/04/2025. La présente délibération peut faire l'objet d'un recours contentieux devant "
  "le Tribunal administratif de Lorvignac dans un délai de deux mois à compter de sa publication. Le tribunal peut "
  "être saisi par l'application Télérecours citoyens (www.telerecours.fr).", size=8.5)

# ---------------------------------------------------------------- annex: convention
pdf.add_page()
C("ANNEXE À LA DÉLIBÉRATION N° DEL_2025_038", 10)
pdf.ln(2)
C("CONVENTION DE PARTENARIAT 2025-2026", 12)
C("entre la Communauté d'agglomération du Val d'Orbière et l'association Orbimed", 10, "")
pdf.ln(4)
P("ENTRE", style="B")
P("La Communauté d'agglomération du Val d'Orbière, dont le siège est situé 12 place de la Halle, 45990 "
  "Saint-Aubin-sur-Orbière, représentée par Mme Hélène Castagnet, Vice-présidente, dûment habilitée par la "
  "délibération n° DEL_2025_038 du 27 mars 2025, ci-après dénommée « la Communauté »,")
P("ET", style="B")
P("L'association Orbimed, association régie par la loi du 1er juillet 1901, déclarée en préfecture de l'Orbière, "
  "immatriculée sous le numéro SIRET 812 345 678 00027, dont le siège est situé 4 allée des Capteurs, Parc "
  "d'activités des Rives, 45990 Saint-Aubin-sur-Orbière, représentée par son président, M. Arnaud Theillier, "
  "ci-après dénommée « l'Association »,")
P("Il est convenu ce qui suit.", style="B")

H("Préambule", 10.5)
P("La Communauté exerce de plein droit la compétence « développement économique » et soutient à ce titre les "
  "actions d'animation des filières d'excellence de son territoire. L'Association a pour objet statutaire de fédérer "
  "les acteurs des dispositifs médicaux du Val d'Orbière, de favoriser les projets collaboratifs et d'accompagner la "
  "création et la croissance des entreprises de la filière. Le programme d'actions de l'Association, conçu et mis en "
  "œuvre à sa seule initiative, concourt à l'intérêt général local et aux objectifs de l'axe 2 du schéma « Orbière "
  "2030 ».")

H("Article premier – Objet", 10.5)
P("La présente convention a pour objet de définir les conditions dans lesquelles la Communauté apporte son "
  "soutien financier au programme d'actions 2025-2026 de l'Association, décrit à l'article 3, ainsi que les "
  "conditions de l'avance remboursable consentie pour l'aménagement du Plateau InnOrb.")

H("Article 2 – Durée et prise d'effet", 10.5)
P("La convention prend effet à la date de sa signature par les deux parties. Elle couvre les actions réalisées du "
  "1er janvier 2025 au 31 décembre 2026. Elle prend fin après le remboursement intégral de l'avance prévue à "
  "l'article 6, sans préjudice des dispositions relatives au contrôle prévues à l'article 7.")

H("Article 3 – Programme d'actions et engagements de l'Association", 10.5)
P("L'Association s'engage à mettre en œuvre le programme d'actions décrit dans l'exposé des motifs de la "
  "délibération n° DEL_2025_038 et, à ce titre :")
BUL([
    "à assurer l'animation du cluster par au moins dix événements thématiques par an, ouverts à l'ensemble des "
    "entreprises de la filière, adhérentes ou non ;",
    "à ouvrir la plateforme d'essais précliniques aux entreprises adhérentes à un tarif préférentiel, inférieur d'au "
    "moins 25 % au tarif public ;",
    "à organiser deux appels à candidatures par an pour l'incubateur InnOrb Santé et à réserver au moins 60 % des "
    "places aux porteurs de projets s'implantant sur le territoire de la Communauté ;",
    "à proposer un diagnostic réglementaire gratuit à toute entreprise du territoire engagée dans une démarche de "
    "marquage CE ;",
    "à organiser chaque année les « Orbimed Days » sur le territoire communautaire.",
])
P("L'Association s'engage en outre à informer la Communauté, dans un délai d'un mois, de toute modification de ses "
  "statuts, de la composition de son bureau ou de sa direction.")

H("Article 4 – Montant de la participation financière", 10.5)
P("La Communauté attribue à l'Association une participation financière d'un montant de 198 000 € au titre de "
  "l'exercice 2025 et de 180 000 € au titre de l'exercice 2026, soit un montant total de 378 000 € sur la durée de "
  "la convention.")
P("La participation est calculée sur la base d'un coût prévisionnel du programme de 675 000 € HT pour 2025 et de "
  "585 000 € HT pour 2026. Elle ne peut excéder 30 % du coût HT effectivement réalisé pour chaque exercice. "
  "Lorsque la dépense réalisée est inférieure au coût prévisionnel, la participation est réduite au prorata.")
P("Le versement de la participation de l'exercice 2026 est subordonné à l'inscription des crédits correspondants "
  "au budget primitif 2026 de la Communauté.")

H("Article 5 – Modalités de versement", 10.5)
P("La participation est versée selon les modalités suivantes :")
BUL([
    "pour l'exercice 2025 : un acompte de 60 %, soit 118 800 €, à la signature de la convention, puis le solde de "
    "40 %, soit 79 200 €, sur production du rapport d'activité et du compte rendu financier 2025, au plus tard le "
    "30 juin 2026 ;",
    "pour l'exercice 2026 : un acompte de 50 %, soit 90 000 €, avant le 31 mars 2026, puis le solde de 50 %, soit "
    "90 000 €, sur production du rapport d'activité et du compte rendu financier 2026, au plus tard le 30 juin 2027.",
])
P("Les versements sont effectués par virement sur le compte bancaire de l'Association, dans un délai de 30 jours "
  "à compter de la réception des pièces justificatives. Aucun versement n'est effectué si l'Association n'a pas "
  "satisfait aux obligations de l'article 7 au titre de l'exercice précédent.")

H("Article 6 – Avance remboursable au titre de l'incubateur InnOrb Santé", 10.5)
P("La Communauté consent à l'Association, pour le compte de l'incubateur InnOrb Santé, une avance remboursable d'un "
  "montant de 120 000 €, sans intérêt, destinée exclusivement au financement des travaux d'aménagement du "
  "Plateau InnOrb.")
P("L'avance est versée en une seule fois, sur présentation du premier ordre de service des travaux. Elle est "
  "remboursable en cinq annuités constantes de 24 000 € chacune, après un différé de 24 mois. La première annuité "
  "est exigible le 30 juin 2027 et la dernière le 30 juin 2031.")
P("En cas de dissolution de l'Association, de cessation de l'activité d'incubation ou de changement d'affectation "
  "du Plateau InnOrb, le capital restant dû devient immédiatement exigible. L'Association peut procéder à un "
  "remboursement anticipé, total ou partiel, sans pénalité.")

H("Article 7 – Suivi, évaluation et comité de pilotage", 10.5)
P("L'Association transmet à la Communauté, pour chaque exercice, au plus tard le 30 juin de l'année suivante : le "
  "rapport d'activité, le compte rendu financier conforme à l'arrêté du 11 octobre 2006, les comptes annuels "
  "approuvés et, le cas échéant, le rapport du commissaire aux comptes.")
P("Un comité de pilotage se réunit au moins deux fois par an. Il est composé de deux représentants de la "
  "Communauté, dont la Vice-présidente déléguée au développement économique, du président et de la directrice de "
  "l'Association, d'un représentant de la Région et d'un représentant du Centre hospitalier intercommunal du Val "
  "d'Orbière (CHIVO). Il examine l'avancement du programme au regard des indicateurs suivants :")

TABLE([
    ["Indicateur", "Réalisé 2024", "Cible 2025", "Cible 2026"],
    ["Entreprises accompagnées individuellement", "31", "35", "40"],
    ["Projets incubés par InnOrb Santé", "9", "10", "12"],
    ["Dossiers de marquage CE accompagnés", "6", "8", "10"],
    ["Adhérents de l'Association", "118", "125", "135"],
    ["Emplois créés par les entreprises incubées", "22", "25", "30"],
    ["Participants aux Orbimed Days", "640", "700", "750"],
], widths=(86, 28, 28, 28), caption="Tableau 5 – Indicateurs de suivi du programme")

P("Un bilan final de la convention est présenté au comité de pilotage au cours du second semestre 2027.")

H("Article 8 – Communication", 10.5)
P("L'Association s'engage à faire figurer le logotype de la Communauté sur l'ensemble des supports de communication "
  "relatifs aux actions financées, ainsi que la mention « avec le soutien de la Communauté d'agglomération du Val "
  "d'Orbière ». Le Plateau InnOrb comporte une signalétique rappelant le concours financier de la Communauté. "
  "Les représentants de la Communauté sont invités aux Orbimed Days et aux comités de sélection de l'incubateur.")

H("Article 9 – Modification, résiliation et litiges", 10.5)
P("Toute modification de la présente convention fait l'objet d'un avenant approuvé par les deux parties.")
P("En cas de non-respect par l'Association de ses engagements, la Communauté peut résilier la convention par "
  "lettre recommandée avec accusé de réception, à l'expiration d'un préavis de trois mois resté sans effet. La "
  "Communauté peut alors exiger le reversement de tout ou partie des sommes versées au titre de la participation "
  "et le remboursement immédiat de l'avance.")
P("Les litiges relatifs à l'exécution de la présente convention sont, à défaut d'accord amiable, portés devant le "
  "Tribunal administratif de Lorvignac.")

pdf.ln(3)
P("Fait à Saint-Aubin-sur-Orbière, le 8 avril 2025, en deux exemplaires originaux.", align="L")
P("Pour la Communauté d'agglomération du Val d'Orbière, la Vice-présidente, Hélène Castagnet", size=9, align="L")
P("Pour l'association Orbimed, le Président, Arnaud Theillier", size=9, align="L")

pdf.output(str(OUT))
print("written", OUT)
