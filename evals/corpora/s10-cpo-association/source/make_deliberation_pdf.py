# Generates docs/2025-06-26_deliberation-cm-morvillac_del-2025-087.pdf
# Fictional document (invented city, association, people and figures).
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent.parent / "docs" / "2025-06-26_deliberation-cm-morvillac_del-2025-087.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Delib(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Ville de Morvillac – Conseil municipal du 26 juin 2025 – Délibération n° DEL_2025_087",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Delib(format="A4")
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.alias_nb_pages()
pdf.set_auto_page_break(True, margin=20)
pdf.set_margins(20, 15, 20)
pdf.add_page()


def para(text, size=10, style="", h=5.2, after=2.2, align="J"):
    pdf.set_font("DejaVu", style, size)
    # keep short paragraphs on one page (no sentence split by a page break)
    lines = pdf.multi_cell(0, h, text, align=align, dry_run=True, output="LINES")
    if len(lines) <= 10 and pdf.will_page_break(len(lines) * h):
        pdf.add_page()
        pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def caption(text, need=40):
    if pdf.will_page_break(need):
        pdf.add_page()
    para(text, size=9.5, style="B", after=1.5, align="L")


def title(text, size=11):
    if pdf.will_page_break(25):
        pdf.add_page()
    pdf.ln(1.5)
    para(text, size=size, style="B", after=1.5, align="L")


def table(rows, widths, header_bold=True, aligns=None, size=9):
    pdf.set_font("DejaVu", "", size)
    head = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=widths, headings_style=head if header_bold else None,
                   line_height=5.2, text_align=aligns or "LEFT", width=pdf.epw) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


# ---------------------------------------------------------------- page 1
pdf.set_font("DejaVu", "B", 10)
pdf.multi_cell(95, 5, "RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT DU HAUT-LÉZAN\nARRONDISSEMENT DE SAINT-ORVEST\nVILLE DE MORVILLAC",
               new_x="RIGHT", new_y="TOP")
pdf.set_font("DejaVu", "", 7.5)
pdf.set_x(118)
pdf.multi_cell(72, 4,
               "Accusé de réception en préfecture\n082-218204106-20250626-DEL_2025_087-DE\n"
               "Date de télétransmission : 01/07/2025\nDate de réception préfecture : 01/07/2025",
               border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

para("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", size=12, style="B", align="C", after=1)
para("Séance du jeudi 26 juin 2025", size=10, align="C", after=4)

para("L'an deux mille vingt-cinq, le vingt-six juin à dix-huit heures trente, le conseil municipal de la Ville de "
     "Morvillac, dûment convoqué le 19 juin 2025, s'est réuni en séance publique à l'Hôtel de Ville, salle du conseil, "
     "sous la présidence de M. Thierry Vaudrey, Maire.")

table([
    ["Quorum et votes", "Nombre"],
    ["Conseillers en exercice", "35"],
    ["Conseillers présents", "27"],
    ["Conseillers représentés (pouvoirs)", "5"],
    ["Conseillers absents", "3"],
    ["Nombre de votants", "32"],
], [90, 30], aligns=("LEFT", "RIGHT"))

para("Présents : M. Thierry Vaudrey, Maire ; Mme Claire Astruc-Mollet, M. Bernard Lassalle, Mme Fatima Zerrouki, "
     "M. Olivier Bastide, Mme Martine Coustou, M. Hugo Delrieu, Mme Anne-Sophie Garric, M. Didier Malbec, adjoints ; "
     "Mme Josiane Caubet, M. Franck Estival, Mme Corinne Pujol, M. Laurent Besombes, Mme Yasmina Taleb, "
     "M. Christian Fabre, Mme Élodie Vergnes, M. Kévin Ramond, Mme Sylvie Aussel, M. Jean-Marc Couderc, "
     "Mme Paola Rinaldi, M. Julien Perrotin, Mme Laure Calvet, M. Patrice Dornier, Mme Nathalie Séguret, "
     "M. Ahmed Boualem, Mme Isabelle Tournier, M. Gilles Cassagne, conseillers municipaux.", size=9, h=4.6)
para("Représentés : Mme Hélène Rouquier (pouvoir à M. Bernard Lassalle), M. Serge Viguié (pouvoir à "
     "Mme Fatima Zerrouki), Mme Agnès Lafon (pouvoir à M. Thierry Vaudrey), M. Romain Albouy (pouvoir à "
     "Mme Claire Astruc-Mollet), Mme Chantal Mouly (pouvoir à M. Patrice Dornier).", size=9, h=4.6)
para("Absents : M. Frédéric Lacombe, Mme Manon Esquirol, M. Jacques Roudil.", size=9, h=4.6)
para("Secrétaire de séance : M. Julien Perrotin.", size=9, h=4.6, after=4)

title("DEL_2025_087 – SANTÉ PUBLIQUE – Convention pluriannuelle d'objectifs et de moyens 2024-2027 avec "
      "l'association Horizons Prévention Santé – Approbation de l'avenant financier n°2")
para("Rapporteur : Mme Claire Astruc-Mollet, adjointe au maire déléguée à la santé, à la prévention et à l'accès aux soins.",
     style="", size=10)

title("Visas")
for v in [
    "Vu le code général des collectivités territoriales, et notamment ses articles L.1611-4, L.2121-29 et L.2311-7 ;",
    "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, notamment son article 10 ;",
    "Vu le décret n° 2001-495 du 6 juin 2001 relatif à la transparence financière des aides octroyées par les personnes publiques ;",
    "Vu la délibération n° 2023-214 du 14 décembre 2023 approuvant la convention pluriannuelle d'objectifs et de moyens 2024-2027 avec l'association Horizons Prévention Santé ;",
    "Vu l'avenant n°1 à ladite convention, approuvé par décision du maire n° 2024-DM-056 du 27 mai 2024 ;",
    "Vu la délibération n° DEL_2025_031 du 27 mars 2025 adoptant le budget primitif 2025 ;",
    "Vu la délibération n° DEL_2025_079 du 26 juin 2025 adoptant la décision modificative n°1 du budget 2025 ;",
    "Vu la demande de l'association Horizons Prévention Santé en date du 4 mars 2025 ;",
    "Vu l'avis de la commission « Solidarités, santé et cohésion sociale » réunie le 12 juin 2025 ;",
]:
    para(v, size=9.5, h=4.8, after=1.2)

title("Considérants")
for c in [
    "Considérant que l'ouverture d'une antenne du Point Écoute Jeunes dans le quartier prioritaire de La Garenne répond à un besoin identifié par le diagnostic du contrat de ville 2024-2030 ;",
    "Considérant la diminution de la participation de l'Agence régionale de santé au financement de la médiation santé ;",
    "Considérant la reprise partielle par le Département du Haut-Lézan du financement du programme « Bouger à Morvillac » ;",
    "Considérant que l'article 12 de la convention prévoit la révision des montants annuels par avenant financier ;",
]:
    para(c, size=9.5, h=4.8, after=1.2)

# ---------------------------------------------------------------- exposé
title("Exposé des motifs")
para("Par délibération n° 2023-214 du 14 décembre 2023, adoptée par 29 voix pour, 4 voix contre et 2 abstentions, le "
     "conseil municipal a approuvé une convention pluriannuelle d'objectifs et de moyens (CPOM) avec l'association "
     "Horizons Prévention Santé (AHPS) pour les années 2024 à 2027. Cette convention, signée le 22 janvier 2024, prévoit "
     "une subvention de fonctionnement d'un montant total prévisionnel de 750 000 €, répartie entre cinq axes "
     "d'intervention et une ligne de coordination.")
para("Le bilan de la première année d'exécution, présenté au comité de suivi du 18 mars 2025, est satisfaisant. "
     "L'Association a été très présente auprès des jeunes, dans les établissements scolaires comme dans les quartiers "
     "prioritaires. Les principaux résultats 2024 sont rappelés ci-dessous, au regard des cibles fixées pour 2025.")

caption("Tableau 1 – Résultats 2024 de l'Association au regard des cibles 2025")
table([
    ["Indicateur de la CPOM", "Référence 2023", "Réalisé 2024", "Cible 2025"],
    ["Jeunes sensibilisés (axe 1)", "1 850", "2 140", "2 200"],
    ["Participants aux ateliers (axe 2)", "1 120", "1 210", "1 300"],
    ["Achèvement des cycles (axe 3)", "62 %", "66 %", "70 %"],
    ["Entretiens du PEJ (axe 4)", "640", "712", "750"],
    ["Permanences de médiation (axe 5)", "96", "104", "120"],
    ["Ouvertures de droits (axe 5)", "48 %", "51 %", "55 %"],
    ["Établissements partenaires", "9", "11", "12"],
], [70, 33, 33, 34], aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT"))

para("Les comptes de l'exercice 2024, certifiés par le commissaire aux comptes et approuvés par l'assemblée générale "
     "de l'Association du 22 mai 2025, font apparaître un total de produits de 598 230 € et un total de charges de "
     "593 360 €, soit un excédent de 4 870 €. Cet excédent représente 2,7 % de la subvention annuelle de la Ville et "
     "reste inférieur au seuil de 10 % au-delà duquel la convention permet d'en demander le reversement.")
para("Trois évolutions justifient aujourd'hui la révision des montants annuels de la subvention, conformément à "
     "l'article 12 de la convention :")
para("1. l'ouverture, au 1er septembre 2025, d'une antenne du Point Écoute Jeunes à la Maison des projets de La "
     "Garenne, trois demi-journées par semaine, avec le recrutement d'un psychologue à 0,8 ETP et d'un éducateur "
     "spécialisé à 0,5 ETP ;", after=1)
para("2. la baisse de la participation de l'ARS à la médiation santé, passée de 42 000 € en 2024 à 35 000 € en 2025, "
     "que la Ville compense partiellement ;", after=1)
para("3. la prise en charge par le Département du Haut-Lézan, à hauteur de 6 000 € par an, des cycles « Bouger à "
     "Morvillac » destinés aux personnes âgées de plus de 60 ans, qui permet de réduire la part de la Ville sur l'axe 3.")
para("L'avenant financier n°2 porte ainsi la subvention de fonctionnement 2025 de 185 000 € à 198 700 €, soit une "
     "hausse de 13 700 €. Les montants prévisionnels 2026 et 2027 sont portés respectivement à 211 300 € et à "
     "216 800 €. Sur la durée de la convention, le montant total prévisionnel passe de 750 000 € à 806 800 €, soit une "
     "augmentation de 56 800 €, dont 51 600 € au titre de l'axe 4 et de l'antenne de La Garenne.")
para("L'avenant prévoit également une subvention d'équipement exceptionnelle de 8 760 € pour l'aménagement de "
     "l'antenne, correspondant à 50 % du coût de l'opération, estimé à 14 600 € HT, soit 17 520 € TTC.")

caption("Tableau 2 – Récapitulatif des subventions de fonctionnement 2024-2027 (en euros)")
table([
    ["Exercice", "Montant initial CPOM", "Montant révisé avenant n°2", "Versé au 26/06/2025", "Reste à verser"],
    ["Exercice 2024", "180 000", "180 000", "180 000", "0"],
    ["Exercice 2025", "185 000", "198 700", "92 500", "106 200"],
    ["Exercice 2026", "190 000", "211 300", "0", "211 300"],
    ["Exercice 2027", "195 000", "216 800", "0", "216 800"],
    ["Total 2024-2027", "750 000", "806 800", "272 500", "534 300"],
], [34, 34, 36, 34, 32], aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"))

para("Pour l'exercice 2025, l'avance de 92 500 € a été versée le 14 mars 2025. Le reste dû, soit 106 200 €, sera "
     "versé sous la forme d'un acompte de 66 460 € dans les trente jours suivant la notification de l'avenant, puis "
     "d'un solde de 39 740 € après examen du compte rendu financier 2025.")

caption("Tableau 3 – Imputation budgétaire et disponibilité des crédits 2025")
table([
    ["Nature de la dépense", "Imputation (chap. / art. / fonction)", "Crédits BP 2025", "DM n°1 2025",
     "Crédits ouverts", "Montant engagé"],
    ["Subvention de fonctionnement AHPS", "65 / 6574 / 410", "185 000 €", "13 700 €", "198 700 €", "198 700 €"],
    ["Subvention d'équipement AHPS", "204 / 20421 / 410", "10 000 €", "0 €", "10 000 €", "8 760 €"],
], [40, 32, 25, 24, 25, 24], aligns=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), size=8.5)

para("La commission « Solidarités, santé et cohésion sociale », réunie le 12 juin 2025, a émis un avis favorable "
     "par 7 voix pour et 2 abstentions.")

# ---------------------------------------------------------------- débats
title("Débats")
para("M. Patrice Dornier, au nom du groupe « Morvillac Ensemble Autrement », a salué l'ouverture de l'antenne mais "
     "regretté qu'elle ne soit ouverte que trois demi-journées par semaine. Il a présenté un amendement n°1 visant à "
     "porter l'ouverture de l'antenne à cinq demi-journées par semaine et à augmenter en conséquence la dotation 2025 "
     "de l'axe 4 de 6 000 €. Mme Claire Astruc-Mollet a rappelé que l'amplitude d'ouverture serait réexaminée par le "
     "comité de suivi de décembre 2025, au vu de la fréquentation constatée.")
para("Mme Josiane Caubet, membre du conseil d'administration de l'Association, a quitté la salle et n'a pris part ni "
     "aux débats ni aux votes.")

caption("Tableau 4 – Vote sur l'amendement n°1 (groupe « Morvillac Ensemble Autrement »)")
table([
    ["Scrutin", "Votants", "Pour", "Contre", "Abstention", "Ne prend pas part"],
    ["Amendement n°1", "32", "4", "25", "2", "1"],
], [50, 24, 22, 22, 26, 26], aligns=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER"))
para("L'amendement n°1 est rejeté.")

# ---------------------------------------------------------------- décision
title("Décision")
para("Le conseil municipal, après en avoir délibéré :")
para("Article 1 : approuve l'avenant financier n°2 à la convention pluriannuelle d'objectifs et de moyens 2024-2027 "
     "conclue avec l'association Horizons Prévention Santé, annexé à la présente délibération ;", after=1.2)
para("Article 2 : fixe le montant de la subvention de fonctionnement attribuée à l'Association au titre de "
     "l'exercice 2025 à 198 700 € ;", after=1.2)
para("Article 3 : prend acte des montants prévisionnels révisés de 211 300 € pour 2026 et de 216 800 € pour 2027, qui "
     "seront confirmés lors du vote des budgets correspondants ;", after=1.2)
para("Article 4 : attribue à l'Association une subvention d'équipement exceptionnelle de 8 760 € pour l'aménagement "
     "de l'antenne du Point Écoute Jeunes de La Garenne ;", after=1.2)
para("Article 5 : autorise le Maire, ou son représentant, à signer l'avenant financier n°2 ainsi que tout document "
     "s'y rapportant ;", after=1.2)
para("Article 6 : dit que les crédits nécessaires sont inscrits au budget de l'exercice 2025 ;", after=1.2)
para("Article 7 : précise que la présente délibération peut faire l'objet d'un recours devant le tribunal "
     "administratif de Saint-Orvest dans un délai de deux mois à compter de sa publication, y compris par "
     "l'application Télérecours citoyens.")

caption("Tableau 5 – Résultat du vote sur la délibération DEL_2025_087")
table([
    ["Scrutin", "Votants", "Pour", "Contre", "Abstention", "Ne prend pas part"],
    ["Délibération DEL_2025_087", "32", "27", "3", "1", "1"],
], [50, 24, 22, 22, 26, 26], aligns=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER"))
para("Ont voté contre : M. Patrice Dornier, Mme Chantal Mouly (par pouvoir), Mme Nathalie Séguret. "
     "S'est abstenu : M. Gilles Cassagne. Ne prend pas part au vote : Mme Josiane Caubet.")
para("La délibération est adoptée à la majorité.", style="B")

pdf.ln(3)
para("Ainsi fait et délibéré les jour, mois et an susdits. Pour extrait certifié conforme au registre.", size=9.5)
para("Le Maire, Thierry Vaudrey                                        Le secrétaire de séance, Julien Perrotin",
     size=9.5, align="L")
para("Certifié exécutoire compte tenu de la transmission en préfecture le 01/07/2025 et de la publication le "
     "02/07/2025.", size=8.5)
para("Envoyé en préfecture le 01/07/2025 – Reçu en préfecture le 01/07/2025 – Publié le 02/07/2025", size=8.5)

pdf.output(str(OUT))
print(OUT)
