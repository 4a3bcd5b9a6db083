"""Generate the fictional minutes (procès-verbal) of the GHU Lorvanne supervisory board.

Run with: /work/main/.venv/bin/python make_pv_pdf.py
Writes ../docs/2025-03-27_pv-conseil-surveillance-ghu-lorvanne.pdf
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent.parent / "docs" / "2025-03-27_pv-conseil-surveillance-ghu-lorvanne.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


class PV(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "GHU de Lorvanne – Conseil de surveillance – Séance du 27 mars 2025 – Procès-verbal n° CS 2025-02",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = PV(format="A4")
pdf.set_margins(20, 16, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.add_font("DejaVu", "I", FONT_I)
pdf.alias_nb_pages()
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, size=9.5, style="", align="J", after=2.5):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(W, 5, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def heading(text, size=11):
    pdf.ln(1.5)
    pdf.set_font("DejaVu", "B", size)
    pdf.multi_cell(W, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def bullet(text, mark="–"):
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_x(pdf.l_margin + 4)
    pdf.multi_cell(W - 4, 5, f"{mark} {text}", align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def table(rows, widths, aligns=None, size=8.5, caption=None, note=None):
    if caption:
        pdf.set_font("DejaVu", "B", 9)
        pdf.multi_cell(W, 5, caption, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.set_font("DejaVu", "", size)
    heading_style = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=widths, text_align=aligns or "LEFT", line_height=4.6,
                   headings_style=heading_style, first_row_as_headings=True, width=W) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    if note:
        pdf.set_font("DejaVu", "I", 7.5)
        pdf.multi_cell(W, 4.2, note, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


# ---------------------------------------------------------------- first page preamble
pdf.set_font("DejaVu", "", 8)
pdf.multi_cell(W, 4.2, "Reçu à l'ARS Arvelle-Littoral le 4 avril 2025\n"
               "Accusé de réception n° 044-264400017-20250327-CS_2025_02-DE", align="R",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para("RÉPUBLIQUE FRANÇAISE", size=10, style="B", align="C", after=1)
para("GROUPE HOSPITALIER UNIVERSITAIRE DE LORVANNE", size=10, style="B", align="C", after=0)
para("Établissement public de santé – 12 rue du Docteur Lannelongue – Lorvanne", size=8.5, align="C", after=5)
para("CONSEIL DE SURVEILLANCE", size=13, style="B", align="C", after=1)
para("PROCÈS-VERBAL DE LA SÉANCE DU JEUDI 27 MARS 2025", size=11.5, style="B", align="C", after=1)
para("Séance n° CS 2025-02", size=9, align="C", after=5)

para("Vu le code de la santé publique, et notamment ses articles L. 6143-1 à L. 6143-6-1 et R. 6143-1 à R. 6143-16 ;", after=1)
para("Vu le règlement intérieur du conseil de surveillance adopté le 9 juin 2022 ;", after=1)
para("Vu la convocation adressée aux membres le 12 mars 2025, accompagnée de l'ordre du jour et des documents préparatoires ;", after=3)

para("L'an deux mille vingt-cinq, le jeudi 27 mars à 17h30, le conseil de surveillance du Groupe hospitalier "
     "universitaire de Lorvanne s'est réuni dans la salle du conseil de l'Hôpital Saint-Fiacre, sous la présidence "
     "de M. Gérald Fonteneau, maire de Lorvanne, président du conseil de surveillance.")

heading("I. Présences et quorum")
table(
    [
        ["Membre", "Collège", "Qualité", "Situation"],
        ["M. Gérald Fonteneau", "Collectivités territoriales", "Maire de Lorvanne, président", "Présent"],
        ["Mme Sylvie Arnaudet", "Collectivités territoriales", "Conseillère départementale", "Présente"],
        ["M. Bertrand Ozanne", "Collectivités territoriales", "Vice-président de Lorvanne Métropole", "Représenté (pouvoir à M. Fonteneau)"],
        ["Mme Nadia Kerouani", "Collectivités territoriales", "Conseillère régionale Arvelle-Littoral", "Présente (jusqu'à 19h05)"],
        ["M. Loïc Penven", "Collectivités territoriales", "Maire de Kerbihan", "Excusé"],
        ["Pr Anne-Laure Vidalenc", "Personnels", "Représentante de la CME", "Présente"],
        ["Dr Mathieu Guérineau", "Personnels", "Représentant de la CME", "Présent"],
        ["Mme Karine Doussot", "Personnels", "Représentante de la CSIRMT", "Présente"],
        ["M. Frédéric Lhermitte", "Personnels", "Représentant des organisations syndicales", "Présent"],
        ["Mme Josiane Baptistin", "Personnels", "Représentante des organisations syndicales", "Représentée (pouvoir à M. Lhermitte)"],
        ["M. Julien Ravenel", "Personnalités qualifiées et usagers", "Personnalité qualifiée, vice-président", "Présent"],
        ["Mme Odile Sarrazin-Trégor", "Personnalités qualifiées et usagers", "Personnalité qualifiée", "Présente"],
        ["Pr Étienne Morvan", "Personnalités qualifiées et usagers", "Personnalité qualifiée", "Excusé"],
        ["Mme Fatou Ndiaye-Berthelot", "Personnalités qualifiées et usagers", "Représentante des usagers (France Assos Santé)", "Présente"],
        ["M. Henri Quéméner", "Personnalités qualifiées et usagers", "Représentant des usagers (UNAFAM)", "Présent"],
    ],
    widths=(40, 38, 52, 40),
    caption="Tableau 1 – Membres avec voix délibérative",
    note="CME : commission médicale d'établissement. CSIRMT : commission des soins infirmiers, de rééducation et médico-techniques.",
)

para("Le conseil de surveillance compte 15 membres avec voix délibérative. Membres présents : 11 – membres "
     "représentés : 2 – membres excusés : 2. Le quorum, fixé à la majorité des membres en exercice, soit 8 membres, "
     "est atteint. Le nombre de votants à l'ouverture de la séance est de 13.")

para("Assistaient également à la séance, avec voix consultative :", after=1)
bullet("M. Arnaud Delpierre-Vasseur, directeur général, président du directoire ;")
bullet("Pr Yannick Le Goff, président de la commission médicale d'établissement (CME), vice-président du directoire ;")
bullet("Mme Catherine Jourdan-Maillé, directrice de l'offre de soins, représentant le directeur général de l'ARS Arvelle-Littoral ;")
bullet("Pr Laurent Chassagne, doyen de l'UFR Santé de l'Université de Lorvanne ;")
bullet("M. Patrick Vannier, directeur de la caisse primaire d'assurance maladie (CPAM) de Lorvanne.")
pdf.ln(1.5)
para("Invités : Dr Hélène Marchetti-Roux, directrice de la recherche et de l'innovation (point 4) ; M. Thibault "
     "Garrigou, directeur des finances (points 2, 3 et 5) ; Mme Élodie Raffin, directrice des affaires générales.")
para("Sur proposition du président, Mme Élodie Raffin est désignée secrétaire de séance.")

heading("II. Ordre du jour")
for line in [
    "Point 1 – Approbation du procès-verbal de la séance du 12 décembre 2024 (délibération)",
    "Point 2 – Compte financier 2024 (délibération)",
    "Point 3 – Affectation du résultat 2024 (délibération)",
    "Point 4 – Rapport d'activité innovation 2024 et convention-cadre de partenariat 2025-2028 avec le cluster Lorvanne Santé Innovation (avis)",
    "Point 5 – Plan pluriannuel d'investissement 2025-2029 (avis)",
    "Point 6 – Création de la fondation hospitalière « Fondation Lorvanne Recherche & Innovation » (délibération)",
    "Questions diverses",
]:
    bullet(line, mark="•")

# ---------------------------------------------------------------- Point 1
heading("III. Déroulement de la séance")
heading("Point 1 – Approbation du procès-verbal de la séance du 12 décembre 2024", size=10)
para("Le procès-verbal de la séance du 12 décembre 2024 est soumis à l'approbation des membres. Mme Sarrazin-Trégor "
     "demande que son intervention relative aux délais de prise en charge aux urgences de l'Hôpital des Tanneurs soit "
     "complétée. La modification est acceptée par le président.")
para("Le procès-verbal ainsi modifié est approuvé par 12 voix pour, 0 voix contre et 1 abstention (M. Ravenel, "
     "absent lors de la séance du 12 décembre 2024).")

# ---------------------------------------------------------------- Point 2
heading("Point 2 – Compte financier 2024", size=10)
para("M. Thibault Garrigou, directeur des finances, présente le compte financier de l'exercice 2024, arrêté par le "
     "directeur général après concertation avec le directoire et certifié par le commissaire aux comptes sans réserve.")
para("Le compte de résultat du budget principal fait apparaître un total de produits de 1 027,4 M€ et un total de "
     "charges de 1 032,3 M€, soit un déficit de 4,9 M€, contre un déficit de 7,3 M€ en 2023. Les budgets annexes "
     "(EHPAD « Les Tamaris », unité de soins de longue durée, instituts de formation et dotation non affectée) "
     "dégagent un excédent cumulé de 1,28 M€. Le résultat consolidé de l'exercice s'établit ainsi à - 3 624 518,27 €.")
para("Les dépenses de personnel atteignent 612,8 M€, en hausse de 3,9 % par rapport à 2023, sous l'effet des "
     "mesures salariales nationales et du recrutement de 146 ETP non médicaux. Les recettes d'activité progressent "
     "de 5,2 %.")
para("La capacité d'autofinancement (CAF) atteint 38,6 M€ en 2024, contre 41,2 M€ en 2023. Le taux de marge brute "
     "hors aides s'établit à 6,1 % (6,8 % en 2023). L'encours de la dette s'élève à 412,7 M€ au 31 décembre 2024, "
     "soit une durée apparente de la dette de 10,7 ans.")
para("M. Lhermitte souligne que l'amélioration du résultat a été obtenue au prix d'une forte tension sur les "
     "effectifs soignants. M. Vannier relève la bonne dynamique des recettes d'activité. Mme Jourdan-Maillé indique "
     "que l'ARS prend acte de la réduction du déficit, conforme à la trajectoire du plan de retour à l'équilibre.")
para("Le conseil de surveillance approuve le compte financier 2024 par 10 voix pour, 2 voix contre (M. Lhermitte "
     "et Mme Baptistin, par pouvoir) et 1 abstention (Mme Kerouani).")

# ---------------------------------------------------------------- Point 3
heading("Point 3 – Affectation du résultat 2024", size=10)
para("Sur proposition du directeur général, le conseil de surveillance décide l'affectation suivante des résultats "
     "de l'exercice 2024 :", after=1)
bullet("le déficit du budget principal, soit 4 904 212,65 €, est affecté au compte 119 « Report à nouveau déficitaire » ;")
bullet("les excédents des budgets annexes, soit 1 279 694,38 €, sont affectés en réserves de compensation.")
pdf.ln(1.5)
para("La délibération est adoptée par 11 voix pour, 0 voix contre et 2 abstentions (Mme Kerouani et M. Lhermitte).")

# ---------------------------------------------------------------- Point 4
heading("Point 4 – Rapport d'activité innovation 2024 et convention-cadre avec le cluster Lorvanne Santé Innovation", size=10)
para("Dr Hélène Marchetti-Roux, directrice de la recherche et de l'innovation, présente le rapport d'activité "
     "innovation 2024, rédigé en anglais à l'intention des partenaires européens du GHU. Elle en retient quatre "
     "chiffres : 303 essais cliniques actifs au 31 décembre 2024, 19 demandes de brevet prioritaires, 3 start-up "
     "créées et 36,9 M€ de ressources consacrées à la recherche et à l'innovation.")
para("Elle présente ensuite le projet de convention-cadre de partenariat entre le GHU et l'association Lorvanne "
     "Santé Innovation (LSI), présidée par Mme Claire Besnard-Ollier. La convention-cadre est conclue pour une "
     "durée de quatre ans à compter du 1er avril 2025. Elle prévoit :", after=1)
bullet("a) une cotisation annuelle du GHU de 85 000 € HT, soit 102 000 € TTC ;", mark="")
bullet("b) la mise à disposition, à titre gracieux, de 1,5 ETP d'ingénieurs de la DRCI pour l'animation des projets collaboratifs du cluster ;", mark="")
bullet("c) l'accès des membres du cluster au LorvaLab, à un tarif préférentiel de 450 € HT par journée de test ;", mark="")
bullet("d) la participation du GHU au comité de pilotage du cluster, qui se réunit au moins deux fois par an ;", mark="")
bullet("e) la co-organisation annuelle de la Journée de l'innovation en santé de Lorvanne.", mark="")
pdf.ln(1.5)
para("Mme Ndiaye-Berthelot demande que les représentants des usagers soient associés aux tests menés au LorvaLab. "
     "Dr Marchetti-Roux répond qu'une charte du patient testeur sera annexée à la convention et que les "
     "représentants des usagers siégeront au comité de sélection des solutions testées.")
para("M. Quéméner s'interroge sur les risques de conflits d'intérêts. Le directeur général rappelle que le GHU ne "
     "détient aucune participation au capital des start-up issues de ses équipes et que les déclarations "
     "d'intérêts des agents concernés sont examinées par le déontologue de l'établissement.")
para("Le conseil de surveillance prend acte du rapport d'activité innovation 2024 et émet un avis favorable à "
     "l'unanimité sur la convention-cadre 2025-2028 avec le cluster LSI (13 voix pour).")
para("Mme Kerouani quitte la séance à 19h05, à l'issue du vote sur le point 4. Le nombre de votants est dès lors de 12.")

# ---------------------------------------------------------------- Point 5
heading("Point 5 – Plan pluriannuel d'investissement 2025-2029", size=10)
para("M. Garrigou présente le plan pluriannuel d'investissement (PPI) 2025-2029, élaboré avec le directoire et "
     "présenté à la CME le 11 mars 2025. Le tableau ci-dessous détaille les crédits de paiement prévus par "
     "opération et par année.")
table(
    [
        ["Opération", "2025", "2026", "2027", "2028", "2029", "Total 2025-2029"],
        ["Restructuration du plateau technique de Saint-Fiacre", "6,4", "11,2", "14,8", "9,6", "3,0", "45,0"],
        ["Nouveau bâtiment de recherche clinique (CIC 2)", "1,8", "5,5", "7,9", "4,3", "0,0", "19,5"],
        ["Équipements biomédicaux", "7,2", "6,8", "6,5", "6,5", "6,0", "33,0"],
        ["Schéma directeur du système d'information", "4,1", "4,6", "4,9", "3,8", "3,1", "20,5"],
        ["LorvaLab et plateformes d'innovation", "0,9", "1,2", "0,8", "0,6", "0,5", "4,0"],
        ["Maintenance lourde et mise aux normes", "5,0", "5,2", "5,3", "5,4", "5,6", "26,5"],
        ["Total", "25,4", "34,5", "40,2", "30,2", "18,2", "148,5"],
    ],
    widths=(62, 15, 15, 15, 15, 15, 33),
    aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
    caption="Tableau 2 – Plan pluriannuel d'investissement 2025-2029 (crédits de paiement, en M€ TTC)",
    note="Montants toutes taxes comprises ; l'établissement ne récupère pas la TVA sur ses investissements.",
)
para("Le PPI représente un montant total de 148,5 M€ TTC, soit 123,75 M€ HT. Il est financé à hauteur de 58,2 M€ "
     "par l'autofinancement, de 52,0 M€ par l'emprunt et de 38,3 M€ par des aides en capital, dont 24,6 M€ au titre "
     "du volet investissement du Ségur de la santé.")
para("L'opération « Nouveau bâtiment de recherche clinique (CIC 2) » fait l'objet d'une enveloppe prévisionnelle "
     "globale de 21,0 M€ TTC, dont 19,5 M€ inscrits sur la période 2025-2029, le solde de 1,5 M€ étant prévu en "
     "2030. Le bâtiment, d'une surface de 3 900 m², accueillera l'extension du centre d'investigation clinique.")
para("Les équipements biomédicaux comprennent en 2025 le remplacement de deux IRM 3 Tesla, pour 4,6 M€ TTC, et "
     "l'acquisition d'un second robot chirurgical, pour 2,6 M€ TTC.")
para("Mme Arnaudet s'inquiète de l'absence d'opération lourde sur le site de Kerbihan. Le directeur général indique "
     "que le schéma directeur immobilier du site de Kerbihan sera présenté au conseil de surveillance avant la fin "
     "de l'année 2025 et que les travaux de mise aux normes de ce site sont financés sur la ligne « Maintenance "
     "lourde et mise aux normes ».")
para("M. Lhermitte indique que les représentants des organisations syndicales voteront contre le PPI, estimant que "
     "le recours à l'emprunt, à hauteur de 52,0 M€, pèsera sur les moyens en personnel des services de soins.")
para("Le conseil de surveillance émet un avis favorable sur le PPI 2025-2029 par 8 voix pour, 3 voix contre "
     "(M. Lhermitte, Mme Baptistin, par pouvoir, et Mme Doussot) et 1 abstention (Mme Sarrazin-Trégor).")

# ---------------------------------------------------------------- Point 6
heading("Point 6 – Création de la fondation hospitalière « Fondation Lorvanne Recherche & Innovation »", size=10)
para("Le directeur général présente le projet de création d'une fondation hospitalière, prévue par la feuille de "
     "route innovation 2025-2027, en application de l'article L. 6141-7-3 du code de la santé publique. La "
     "fondation aura pour objet de soutenir la recherche clinique, l'innovation en santé et l'amélioration de la "
     "qualité de vie des patients, en recueillant des dons et du mécénat.")
para("Les principales caractéristiques du projet sont les suivantes :", after=1)
bullet("une dotation initiale de 300 000 €, versée par le GHU en trois tranches annuelles de 100 000 € en 2025, 2026 et 2027 ;")
bullet("un conseil d'administration de 12 membres : 4 représentants du GHU, 2 représentants de l'Université de Lorvanne, 3 personnalités qualifiées et 3 représentants des donateurs ;")
bullet("un objectif de collecte de 1,2 M€ sur les trois premiers exercices ;")
bullet("la présidence du conseil d'administration confiée à une personnalité qualifiée élue par ses pairs.")
pdf.ln(1.5)
para("M. Quéméner indique qu'il votera contre, craignant que le recours au mécénat ne se substitue progressivement "
     "aux financements publics de la recherche. Le Pr Le Goff rappelle que les fonds collectés viendront en "
     "complément des crédits MERRI et ne financeront aucun poste permanent.")
para("Le conseil de surveillance approuve la création de la fondation et autorise le directeur général à signer ses "
     "statuts, par 10 voix pour, 1 voix contre (M. Quéméner) et 1 abstention (Mme Doussot).")

# ---------------------------------------------------------------- Récapitulatif
heading("IV. Récapitulatif des votes")
table(
    [
        ["Point", "Objet", "Nature", "Votants", "Pour", "Contre", "Abst."],
        ["Point 1", "Procès-verbal du 12 décembre 2024", "Délibération", "13", "12", "0", "1"],
        ["Point 2", "Compte financier 2024", "Délibération", "13", "10", "2", "1"],
        ["Point 3", "Affectation du résultat 2024", "Délibération", "13", "11", "0", "2"],
        ["Point 4", "Convention-cadre LSI 2025-2028", "Avis", "13", "13", "0", "0"],
        ["Point 5", "PPI 2025-2029", "Avis", "12", "8", "3", "1"],
        ["Point 6", "Fondation Lorvanne Recherche & Innovation", "Délibération", "12", "10", "1", "1"],
    ],
    widths=(18, 62, 26, 18, 15, 16, 15),
    aligns=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
    caption="Tableau 3 – Votes par point de l'ordre du jour",
)

heading("Questions diverses", size=10)
para("Mme Sarrazin-Trégor interroge la direction sur les difficultés de stationnement des patients et des visiteurs "
     "à l'Hôpital Saint-Fiacre. Le directeur général indique qu'un parking de 320 places ouvrira en septembre 2025 "
     "sur l'ancien site de la blanchisserie.")
para("L'ordre du jour étant épuisé, le président lève la séance à 19h52.")
pdf.ln(6)
pdf.set_font("DejaVu", "", 9.5)
pdf.cell(W / 2, 5, "Le président du conseil de surveillance,", align="L")
pdf.cell(W / 2, 5, "La secrétaire de séance,", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W / 2, 5, "Gérald Fonteneau", align="L")
pdf.cell(W / 2, 5, "Élodie Raffin", align="R", new_x="LMARGIN", new_y="NEXT")

pdf.output(str(OUT))
print("wrote", OUT)
