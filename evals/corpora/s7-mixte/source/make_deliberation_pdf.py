# Generates docs/2025-03-20_deliberation-conseil-communautaire-cava-cluster-sante.pdf
# Run with: /work/main/.venv/bin/python source/make_deliberation_pdf.py  (from the set folder)
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "docs" / "2025-03-20_deliberation-conseil-communautaire-cava-cluster-sante.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Communauté d'agglomération du Val d'Arbonne – Conseil communautaire du 20 mars 2025 – DEL_2025_037",
                  new_x="LMARGIN", new_y="NEXT", align="C")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Accusé de réception en préfecture 087-200068412-20250324-DEL_2025_037-DE", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.alias_nb_pages("{nb}")
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=20)


def p(text, size=10, bold=False, align="J", after=2.0):
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.multi_cell(0, 5, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def h(text, size=11):
    pdf.ln(1)
    p(text, size=size, bold=True, align="L", after=1.5)


def bullets(items, size=10):
    pdf.set_font("DejaVu", "", size)
    for it in items:
        pdf.multi_cell(0, 5, "– " + it, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(1.5)


def table(rows, widths, size=8.5, first_bold_last=False, align_num=True):
    pdf.set_font("DejaVu", "", size)
    head = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    aligns = ["LEFT"] + (["RIGHT"] * (len(widths) - 1) if align_num else ["LEFT"] * (len(widths) - 1))
    with pdf.table(col_widths=widths, text_align=aligns, headings_style=head,
                   line_height=5, borders_layout="ALL") as t:
        for i, r in enumerate(rows):
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


# ---------------------------------------------------------------- page 1
pdf.add_page()
p("RÉPUBLIQUE FRANÇAISE", 10, True, "C", 0.5)
p("DÉPARTEMENT DE L'ARBONNE", 9, False, "C", 0.5)
p("COMMUNAUTÉ D'AGGLOMÉRATION DU VAL D'ARBONNE", 10, True, "C", 3)
p("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE", 11, True, "C", 1)
p("Séance du jeudi 20 mars 2025", 10, False, "C", 3)

pdf.set_font("DejaVu", "", 8)
pdf.set_fill_color(245, 245, 245)
pdf.multi_cell(0, 4.2,
               "Envoyé en préfecture le 24/03/2025\n"
               "Reçu en préfecture le 24/03/2025\n"
               "Publié le 25/03/2025\n"
               "ID : 087-200068412-20250324-DEL_2025_037-DE",
               border=1, align="L", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

p("Délibération n° DEL_2025_037", 10, True, "L", 1)
p("Objet : Santé – Soutien au Pôle Santé Innovation Arbonne (PSIA) – Approbation de la convention "
  "pluriannuelle d'objectifs et de moyens 2025-2027 et attribution d'une subvention d'équipement "
  "pour l'opération « Arbonne TéléSanté »", 10, True, "L", 3)

p("L'an deux mille vingt-cinq, le vingt mars à dix-huit heures trente, le Conseil communautaire de la "
  "Communauté d'agglomération du Val d'Arbonne, dûment convoqué le 13 mars 2025, s'est réuni en séance "
  "publique dans la salle du Conseil de l'Hôtel communautaire, 2 place des Tanneurs à Montbrisac, sous la "
  "présidence de Mme Hélène Carrasco-Viguier, Présidente.")

p("Quorum et participation", 10, True, "L", 1)
table([
    ["Conseillers communautaires", "À l'ouverture de la séance", "Au moment du vote de la présente délibération"],
    ["En exercice", "54", "54"],
    ["Présents", "43", "41"],
    ["Représentés (pouvoirs)", "6", "7"],
    ["Absents non représentés", "5", "6"],
    ["Votants", "49", "48"],
], widths=(70, 45, 55))

p("Étaient présents au moment du vote : Mme Hélène Carrasco-Viguier, M. Bertrand Olivennes, "
  "Mme Odile Marchetti, M. Thierry Galvan, Mme Amandine Roux-Delprat, M. Gérard Lasserre, Mme Fatima Oukacha, "
  "M. Pierre-Yves Dambrine, Mme Colette Feraud, M. Loïc Hennequin, Mme Samia Chekroun, M. André Pujol, "
  "Mme Véronique Sabatier-Lenoir, M. Kévin Roussel, Mme Josiane Teyssier, M. Serge Aubanel, "
  "Mme Laure Descamps, M. Mathieu Verhaeghe, Mme Nathalie Combes, M. Didier Fabreguettes, "
  "Mme Isabelle Marquès, M. Olivier Berthomieu, Mme Sandrine Lafosse, M. Yannick Cazals, "
  "Mme Monique Rey-Soulier, M. Hervé Castagné, Mme Émilie Tournier, M. Franck Delbos, "
  "Mme Agnès Vialaret, M. Sébastien Mourgues, Mme Christine Balaguer, M. Patrice Alibert, "
  "Mme Delphine Sarrazin, M. Jacques Roumieux, Mme Hélène Pagès, M. Alain Cassagnes, "
  "Mme Corinne Malaval, M. Rémi Fontvieille, Mme Aurélie Gisclard, M. Noël Bessière, M. Julien Astruc.", 9)

p("Pouvoirs : M. Rachid Benhamou à Mme Odile Marchetti ; Mme Claudine Vernhes à M. Gérard Lasserre ; "
  "M. François Lacombe à Mme Hélène Carrasco-Viguier ; Mme Pascale Issartel à M. André Pujol ; "
  "M. Henri Bouscarel à Mme Fatima Oukacha ; Mme Marion Delteil à M. Loïc Hennequin ; "
  "Mme Sylvie Arnaudet à M. Thierry Galvan (à compter de 20 h 05).", 9)

p("Absents non représentés au moment du vote : M. Christian Malbec, Mme Joëlle Astorg, M. Bruno Séguret, "
  "Mme Lucie Bonnafous, M. Daniel Vidalenc, M. Jean-Luc Perrichon.", 9)

p("Mme Sylvie Arnaudet a quitté la séance à 20 h 05, avant l'examen du présent point, en donnant pouvoir à "
  "M. Thierry Galvan. M. Jean-Luc Perrichon, membre du conseil d'administration du PSIA, a quitté la salle "
  "et n'a pris part ni au débat ni au vote.", 9)

p("Secrétaire de séance : Mme Amandine Roux-Delprat.", 9)
p("Rapporteur : M. Bertrand Olivennes, 4e vice-président délégué à la santé, à l'innovation et à "
  "l'enseignement supérieur.", 9)

# ---------------------------------------------------------------- visas
h("Le Conseil communautaire,")
bullets([
    "Vu le code général des collectivités territoriales, et notamment ses articles L. 1111-10, L. 5211-10 et L. 5216-5 ;",
    "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les "
    "administrations, et notamment son article 10 ;",
    "Vu le décret n° 2001-495 du 6 juin 2001 pris pour l'application de l'article 10 de la loi n° 2000-321 et "
    "relatif à la transparence financière des aides octroyées par les personnes publiques ;",
    "Vu les statuts de la Communauté d'agglomération du Val d'Arbonne, et notamment sa compétence "
    "facultative « Actions de promotion de la santé et de soutien à l'innovation en santé » ;",
    "Vu le contrat local de santé du Val d'Arbonne 2024-2028 signé le 12 juin 2024 ;",
    "Vu la délibération n° DEL_2021_188 du 16 décembre 2021 approuvant la convention d'objectifs 2022-2024 "
    "conclue avec le Pôle Santé Innovation Arbonne ;",
    "Vu le budget primitif 2025 adopté par délibération n° DEL_2025_012 du 6 février 2025 ;",
    "Vu l'avis favorable de la commission « Santé, innovation et enseignement supérieur » réunie le 4 mars 2025 ;",
    "Vu l'avis favorable du Bureau communautaire du 11 mars 2025 ;",
])
bullets([
    "Considérant que le Pôle Santé Innovation Arbonne, association régie par la loi du 1er juillet 1901 créée "
    "en 2019, fédère au 31 décembre 2024 118 adhérents répartis en six collèges ;",
    "Considérant que la convention d'objectifs 2022-2024 est arrivée à échéance le 31 décembre 2024 ;",
    "Considérant que le montant annuel de l'aide dépasse le seuil de 23 000 € fixé par le décret du 6 juin 2001 "
    "et qu'une convention doit en conséquence être conclue ;",
    "Considérant l'intérêt communautaire du projet « Arbonne TéléSanté », inscrit à la fiche-action n°6 du "
    "contrat local de santé ;",
])

# ---------------------------------------------------------------- exposé
h("Exposé des motifs")
p("Créé en 2019 à l'initiative de la Communauté d'agglomération, du centre hospitalier intercommunal "
  "Montbrisac-Lauzerac (CHIML) et de plusieurs entreprises du territoire, le Pôle Santé Innovation Arbonne "
  "(PSIA) anime l'écosystème local de la santé : start-up, PME, établissements de santé et médico-sociaux, "
  "professionnels libéraux, organismes de recherche et de formation, collectivités. Il est présidé par le "
  "Dr Marc-Antoine Lefébure et dirigé par Mme Sonia Belkacem-Ferrand.")
p("Au cours de la convention 2022-2024, la Communauté a versé au PSIA une subvention annuelle de "
  "fonctionnement de 85 000 €, soit 255 000 € sur trois ans. Sur la même période, le pôle a accompagné "
  "37 projets d'innovation, organisé 17 événements et contribué à la levée de 5,8 M€ de financements publics "
  "et privés au bénéfice de ses adhérents. Le nombre d'adhérents est passé de 71 au 1er janvier 2022 à 118 au "
  "31 décembre 2024.")
p("Le projet de convention pluriannuelle d'objectifs et de moyens (CPOM) 2025-2027 annexé à la présente "
  "délibération prévoit une subvention de fonctionnement progressive de 95 000 € en 2025, 100 000 € en 2026 "
  "et 105 000 € en 2027, soit 300 000 € sur la durée de la convention. Les montants 2026 et 2027 restent "
  "soumis au vote annuel des crédits par le Conseil communautaire.")
p("Le plan de financement prévisionnel du fonctionnement du PSIA pour la période s'établit comme suit :")

h("Tableau 1 – Plan de financement pluriannuel du fonctionnement du PSIA (en euros)", 10)
table([
    ["Financeur", "2024 (rappel budget voté)", "2025", "2026", "2027", "Total 2025-2027"],
    ["Communauté d'agglomération du Val d'Arbonne", "85 000", "95 000", "100 000", "105 000", "300 000"],
    ["Région Hautes-Terres", "60 000", "60 000", "55 000", "50 000", "165 000"],
    ["ARS Hautes-Terres (FIR)", "40 000", "45 000", "45 000", "45 000", "135 000"],
    ["Cotisations des adhérents", "52 000", "58 000", "62 000", "66 000", "186 000"],
    ["Prestations et événements", "38 000", "42 000", "48 000", "54 000", "144 000"],
    ["Total", "275 000", "300 000", "310 000", "320 000", "930 000"],
], widths=(52, 26, 22, 22, 22, 26))

p("La part de la Communauté dans le budget de fonctionnement du pôle passe ainsi de 31,7 % en 2025 à 32,8 % "
  "en 2027, tandis que la contribution de la Région Hautes-Terres diminue de 60 000 € à 50 000 €, "
  "conformément à la dégressivité prévue par le règlement régional d'intervention en faveur des clusters.")

h("Le projet « Arbonne TéléSanté »")
p("Le PSIA porte par ailleurs un projet d'investissement structurant : la plateforme mutualisée de "
  "télé-expertise et de téléconsultation assistée « Arbonne TéléSanté ». Elle vise à équiper 18 sites du "
  "territoire (10 établissements d'hébergement pour personnes âgées dépendantes, 5 pharmacies d'officine et "
  "3 maisons de santé pluriprofessionnelles) de chariots de téléconsultation connectés aux spécialistes du "
  "CHIML. Le coût total de l'opération est estimé à 240 000 € HT, soit 288 000 € TTC.")

h("Tableau 2 – Coût prévisionnel de l'opération « Arbonne TéléSanté »", 10)
table([
    ["Poste de dépense", "Montant HT", "TVA 20 %", "Montant TTC"],
    ["Licences et développement logiciel", "132 000 €", "26 400 €", "158 400 €"],
    ["Équipements de téléconsultation (18 chariots)", "81 000 €", "16 200 €", "97 200 €"],
    ["Formation des professionnels", "15 000 €", "3 000 €", "18 000 €"],
    ["Assistance à maîtrise d'ouvrage", "12 000 €", "2 400 €", "14 400 €"],
    ["Total", "240 000 €", "48 000 €", "288 000 €"],
], widths=(74, 32, 32, 32))

p("Le PSIA récupérant la TVA sur cette opération, l'assiette de la subvention communautaire est le coût "
  "hors taxes. Il est proposé d'attribuer une subvention d'équipement égale à 30 % du coût HT, soit 72 000 €.")

h("Tableau 3 – Plan de financement de l'opération « Arbonne TéléSanté » (assiette HT)", 10)
table([
    ["Financeur", "Montant", "Part du coût HT"],
    ["FEDER – programme régional 2021-2027", "96 000 €", "40 %"],
    ["Communauté d'agglomération du Val d'Arbonne", "72 000 €", "30 %"],
    ["ARS Hautes-Terres – Fonds d'intervention régional", "36 000 €", "15 %"],
    ["Autofinancement PSIA", "36 000 €", "15 %"],
    ["Total", "240 000 €", "100 %"],
], widths=(100, 35, 35))

p("Le démarrage de l'opération est prévu au 2e trimestre 2025, pour une mise en service complète des 18 sites "
  "avant le 30 juin 2026.")

h("Débats")
p("Au cours des débats, le groupe « Val d'Arbonne Solidaire » a présenté un amendement n°1 visant à porter la "
  "subvention de fonctionnement 2025 à 110 000 € afin de financer un poste supplémentaire de chargé de mission "
  "« attractivité médicale ». La Présidente a soumis cet amendement au vote avant le vote de la délibération. "
  "À la demande de M. Serge Aubanel, il a ensuite été procédé à un vote distinct sur la subvention "
  "d'équipement.")

h("Tableau 4 – Résultats des votes", 10)
table([
    ["Objet du vote", "Pour", "Contre", "Abstentions", "Résultat"],
    ["Amendement n°1 (subvention 2025 portée à 110 000 €)", "9", "35", "4", "Rejeté"],
    ["Articles 1, 2, 4, 5 et 6 (CPOM 2025-2027 et subvention de fonctionnement)", "40", "3", "5", "Adopté"],
    ["Article 3 (subvention d'équipement « Arbonne TéléSanté »)", "44", "0", "4", "Adopté"],
], widths=(86, 16, 18, 24, 26))

# ---------------------------------------------------------------- dispositif
h("Après en avoir délibéré, le Conseil communautaire DÉCIDE :")
p("Article 1 : D'approuver la convention pluriannuelle d'objectifs et de moyens 2025-2027 à conclure avec "
  "le Pôle Santé Innovation Arbonne, jointe en annexe.")
p("Article 2 : D'attribuer au Pôle Santé Innovation Arbonne une subvention de fonctionnement de 95 000 € au "
  "titre de l'exercice 2025. Les subventions 2026 et 2027 seront attribuées sous réserve de l'inscription des "
  "crédits aux budgets correspondants.")
p("Article 3 : D'attribuer au Pôle Santé Innovation Arbonne une subvention d'équipement de 72 000 € pour "
  "l'opération « Arbonne TéléSanté », correspondant à 30 % d'une dépense subventionnable de 240 000 € HT.")
p("Article 4 : D'autoriser la Présidente, ou son représentant, à signer la convention ainsi que tout "
  "document nécessaire à l'exécution de la présente délibération.")
p("Article 5 : De dire que les crédits nécessaires sont inscrits au budget principal 2025 : chapitre 65, "
  "article 6574 pour la subvention de fonctionnement, et chapitre 204, article 20421 pour la subvention "
  "d'équipement.")
p("Article 6 : La présente délibération peut faire l'objet d'un recours devant le tribunal administratif de "
  "Montbrisac dans un délai de deux mois à compter de sa publication.")

p("Fait et délibéré les jour, mois et an susdits. Pour extrait conforme.", 10)
p("Le secrétaire de séance,\nAmandine Roux-Delprat", 9, False, "L", 2)
p("La Présidente,\nHélène Carrasco-Viguier\nCertifie le caractère exécutoire de la présente délibération.", 9,
  False, "L", 2)

# ---------------------------------------------------------------- annexe
pdf.add_page()
p("ANNEXE À LA DÉLIBÉRATION N° DEL_2025_037", 11, True, "C", 1)
p("CONVENTION PLURIANNUELLE D'OBJECTIFS ET DE MOYENS 2025-2027", 11, True, "C", 1)
p("entre la Communauté d'agglomération du Val d'Arbonne et le Pôle Santé Innovation Arbonne", 10, False, "C", 4)

p("Entre :")
p("La Communauté d'agglomération du Val d'Arbonne, dont le siège est situé 2 place des Tanneurs à Montbrisac, "
  "représentée par sa Présidente, Mme Hélène Carrasco-Viguier, dûment habilitée par la délibération "
  "n° DEL_2025_037 du 20 mars 2025, ci-après dénommée « la Communauté »,")
p("Et :")
p("L'association Pôle Santé Innovation Arbonne, association régie par la loi du 1er juillet 1901, dont le siège "
  "est situé à l'hôtel d'entreprises « La Filature », 14 rue des Teinturiers à Montbrisac, SIRET "
  "891 204 377 00018, représentée par son président, le Dr Marc-Antoine Lefébure, ci-après dénommée "
  "« le PSIA »,")
p("Il est convenu ce qui suit :")

h("ARTICLE 1 – Objet de la convention")
p("La présente convention a pour objet de définir les objectifs que le PSIA s'engage à poursuivre, à son "
  "initiative et sous sa responsabilité, ainsi que les moyens que la Communauté met à sa disposition pour les "
  "atteindre. Le programme d'actions du PSIA poursuit quatre objectifs :")
bullets([
    "animer le réseau des acteurs de la santé et de l'innovation du Val d'Arbonne ;",
    "accompagner l'émergence et le développement de projets innovants en santé ;",
    "contribuer à la mise en œuvre du contrat local de santé, notamment de sa fiche-action n°6 relative à la "
    "e-santé ;",
    "promouvoir l'attractivité du territoire auprès des professionnels de santé et des entreprises du secteur.",
])

h("ARTICLE 2 – Durée")
p("La convention est conclue pour une durée de trois ans, du 1er janvier 2025 au 31 décembre 2027. Elle prend "
  "effet à la date de sa notification au PSIA, avec effet rétroactif au 1er janvier 2025. Elle ne peut être "
  "reconduite tacitement.")

h("ARTICLE 3 – Engagements du PSIA")
p("Le PSIA s'engage, pour chaque année de la convention, à :")
bullets([
    "organiser au moins six événements ouverts aux acteurs du territoire, dont les Rencontres Santé & Territoire ;",
    "accompagner au moins douze projets d'innovation, dont au moins quatre portés par des entreprises de moins "
    "de trois ans ;",
    "tenir une permanence mensuelle d'information à destination des professionnels de santé libéraux ;",
    "assurer le pilotage de la fiche-action n°6 du contrat local de santé et participer au comité de pilotage "
    "du contrat ;",
    "transmettre à la Communauté, avant le 30 juin de l'année suivante, son rapport d'activité, ses comptes "
    "annuels certifiés par un commissaire aux comptes et un compte rendu financier de l'utilisation de la "
    "subvention ;",
    "informer sans délai la Communauté de toute modification de ses statuts, de la composition de son conseil "
    "d'administration ou de sa situation financière.",
])

h("ARTICLE 4 – Engagements de la Communauté")
p("La Communauté s'engage à soutenir financièrement le PSIA dans les conditions fixées à l'article 5. Elle met "
  "en outre à sa disposition, à titre gratuit, des locaux d'une surface de 180 m² au sein de l'hôtel "
  "d'entreprises « La Filature ». Cet avantage en nature est valorisé à 21 600 € par an et doit figurer dans "
  "les comptes annuels du PSIA.")
p("La Communauté associe le PSIA aux travaux de sa commission « Santé, innovation et enseignement supérieur » "
  "lorsque l'ordre du jour le justifie.")

h("ARTICLE 5 – Montant et modalités de versement")
p("5.1 Subvention de fonctionnement. La contribution financière de la Communauté s'élève à 95 000 € pour "
  "2025, 100 000 € pour 2026 et 105 000 € pour 2027, sous réserve de l'inscription des crédits au budget de "
  "l'exercice concerné.")
p("Elle est versée chaque année en deux fois : une avance de 60 % à la signature de la convention pour 2025, "
  "puis avant le 31 mars pour 2026 et 2027 ; le solde de 40 % après réception et examen des documents "
  "mentionnés à l'article 3.")
p("5.2 Subvention d'équipement. La subvention de 72 000 € attribuée pour l'opération « Arbonne TéléSanté » est "
  "versée à hauteur de 50 % sur production d'un ordre de service ou d'un bon de commande attestant le "
  "démarrage de l'opération, et le solde sur production d'un état récapitulatif des dépenses acquittées visé "
  "par le président et le trésorier du PSIA.")
p("Si la dépense réellement exécutée est inférieure à 240 000 € HT, la subvention d'équipement est réduite au "
  "prorata. L'opération doit être achevée dans un délai de 24 mois à compter de la notification de la "
  "convention ; à défaut, la part non versée de la subvention est caduque.")

h("ARTICLE 6 – Indicateurs d'évaluation")
p("L'atteinte des objectifs est appréciée au regard des indicateurs suivants, avec leur valeur de référence "
  "2024 et leur cible 2027 :")
table([
    ["Indicateur", "Référence 2024", "Cible 2027"],
    ["Nombre d'adhérents au 31 décembre", "118", "140"],
    ["Projets d'innovation accompagnés dans l'année", "14", "15"],
    ["Événements organisés dans l'année", "7", "8"],
    ["Part des ressources propres dans les produits", "33,6 %", "37,5 %"],
    ["Téléconsultations assistées réalisées dans l'année", "1 320", "5 000"],
    ["Sites équipés « Arbonne TéléSanté »", "4", "18"],
], widths=(95, 37, 38))

h("ARTICLE 7 – Comité de suivi")
p("Un comité de suivi est institué. Il est composé du vice-président délégué à la santé, qui le préside, de "
  "deux conseillers communautaires désignés par la Présidente, du président et de la directrice du PSIA, d'un "
  "représentant de l'ARS Hautes-Terres et d'un représentant de la Région Hautes-Terres. Il se réunit au moins "
  "deux fois par an, dont une fois avant le 15 octobre pour préparer la programmation de l'année suivante.")

h("ARTICLE 8 – Communication")
p("Le PSIA s'engage à faire apparaître le soutien de la Communauté, notamment par l'apposition de son logo, "
  "sur l'ensemble de ses supports de communication et lors de ses événements.")

h("ARTICLE 9 – Contrôle")
p("Le PSIA s'engage à faciliter le contrôle, par la Communauté ou toute personne mandatée par elle, de la "
  "réalisation des objectifs et de l'utilisation des fonds. Toute somme non utilisée ou utilisée à d'autres "
  "fins que celles prévues par la présente convention fait l'objet d'un reversement.")

h("ARTICLE 10 – Avenant et résiliation")
p("Toute modification de la convention fait l'objet d'un avenant approuvé par le Conseil communautaire. En cas "
  "de non-respect de ses engagements par l'une des parties, la convention peut être résiliée par l'autre "
  "partie à l'expiration d'un préavis de trois mois suivant l'envoi d'une lettre recommandée avec accusé de "
  "réception restée sans effet.")

h("ARTICLE 11 – Litiges")
p("Les parties s'efforcent de régler à l'amiable tout différend. À défaut, le litige est porté devant le "
  "tribunal administratif de Montbrisac.")

p("Fait à Montbrisac, le 2 avril 2025, en deux exemplaires originaux.", 10, False, "L", 3)
p("Pour la Communauté d'agglomération du Val d'Arbonne, la Présidente, Hélène Carrasco-Viguier", 9, False, "L", 1)
p("Pour le Pôle Santé Innovation Arbonne, le Président, Dr Marc-Antoine Lefébure", 9, False, "L", 1)

pdf.output(str(OUT))
print("wrote", OUT)
