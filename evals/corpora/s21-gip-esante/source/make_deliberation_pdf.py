# Generates docs/2025-02-13_deliberation-ag-2025-07-budget-initial-2025.pdf
# Run with: /work/main/.venv/bin/python source/make_deliberation_pdf.py
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "docs" / "2025-02-13_deliberation-ag-2025-07-budget-initial-2025.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


class Registre(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "GIP e-Santé Val d'Arvenne – Assemblée générale – Séance du 13 février 2025",
                  new_x="LMARGIN", new_y="NEXT", align="L")
        self.cell(0, 4, "Registre des délibérations – Délibération n° AG-2025-07",
                  new_x="LMARGIN", new_y="NEXT", align="L")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Registre(format="A4")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.add_font("DejaVu", "I", FONT_I)
pdf.alias_nb_pages()
pdf.add_page()


def keep(text, lh=4.8, w=0):
    # avoid splitting a paragraph across two pages
    lines = pdf.multi_cell(w, lh, text, dry_run=True, output="LINES")
    if pdf.get_y() + lh * len(lines) > pdf.h - pdf.b_margin:
        pdf.add_page()


def p(text, size=9.5, style="", align="J", gap=1.6):
    pdf.set_font("DejaVu", style, size)
    keep(text)
    pdf.multi_cell(0, 4.8, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def h(text, size=11):
    pdf.ln(1.5)
    pdf.set_font("DejaVu", "B", size)
    pdf.multi_cell(0, 5.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def bullets(items, size=9.5):
    pdf.set_font("DejaVu", "", size)
    for it in items:
        pdf.set_x(pdf.l_margin + 4)
        keep("– " + it)
        pdf.set_x(pdf.l_margin + 4)
        pdf.multi_cell(0, 4.8, "– " + it, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.ln(1.2)


def table(title, rows, widths, size=8.5, note=None):
    # keep title and table together
    need = 8 + 6.5 * len(rows)
    if pdf.get_y() + need > pdf.h - 22:
        pdf.add_page()
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.multi_cell(0, 5, title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", size)
    align = ["LEFT"] + ["RIGHT"] * (len(widths) - 1)
    with pdf.table(col_widths=widths, text_align=align, line_height=5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 240)),
                   borders_layout="ALL") as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    if note:
        pdf.ln(1)
        pdf.set_font("DejaVu", "I", 8)
        pdf.multi_cell(0, 4.2, note, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


# ---------------------------------------------------------------- page 1
p("RÉPUBLIQUE FRANÇAISE", 10, "B", "C", 0.5)
p("GROUPEMENT D'INTÉRÊT PUBLIC « E-SANTÉ VAL D'ARVENNE » (ESVA)", 10, "B", "C", 0.5)
p("14, allée des Tisserands – Vauclairs", 8.5, "", "C", 3)

# stamp box
y0 = pdf.get_y()
pdf.set_x(110)
pdf.set_font("DejaVu", "", 7.5)
pdf.multi_cell(80, 3.8,
               "Accusé de réception en préfecture\n"
               "099-130027416-20250213-AG_2025_07-DE\n"
               "Envoyé en préfecture le 17/02/2025\n"
               "Reçu en préfecture le 17/02/2025\n"
               "Transmis au contrôleur budgétaire régional le 17/02/2025\n"
               "Publié le 19/02/2025",
               border=1, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

p("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DE L'ASSEMBLÉE GÉNÉRALE", 11, "B", "C", 1)
p("Séance du jeudi 13 février 2025", 10, "", "C", 3)
p("Délibération n° AG-2025-07 portant adoption du budget initial 2025", 12, "B", "C", 4)

p("L'an deux mille vingt-cinq, le treize février à quatorze heures trente, l'assemblée générale du "
  "groupement d'intérêt public « e-Santé Val d'Arvenne », régulièrement convoquée le 27 janvier 2025, "
  "s'est réunie à la Maison régionale de la santé, 3, quai des Carmes à Vauclairs, sous la présidence "
  "du Dr Marc-Antoine Lestrade, représentant de l'agence régionale de santé, président de l'assemblée générale.")

h("Membres présents (9)", 10)
bullets([
    "Agence régionale de santé Val d'Arvenne (25 %) : Dr Marc-Antoine Lestrade, directeur de la stratégie et des parcours, président de séance",
    "Région Val d'Arvenne (20 %) : Mme Sophie Aubrac-Delmas, vice-présidente du conseil régional déléguée à la santé, vice-présidente de l'assemblée générale",
    "DCGDR Val d'Arvenne (10 %) : M. Alain Rivoire, directeur coordonnateur de la gestion du risque",
    "CHU de Vauclairs (12 %) : M. Guillaume Terrasson, directeur du numérique",
    "CHU de Pontmarais (10 %) : Mme Isabelle Carrère-Vidal, directrice générale adjointe",
    "URPS médecins libéraux (5 %) : Dr Julien Ferrand, trésorier",
    "URPS pharmaciens (3 %) : Mme Laure Sénéchal, vice-présidente",
    "FHF Val d'Arvenne (5 %) : M. Pierre-Yves Lannelongue, délégué régional",
    "FEHAP Val d'Arvenne (4 %) : Mme Agnès Cormerais, déléguée régionale",
])
h("Membre représenté (1)", 10)
bullets(["Fédération de l'hospitalisation privée Val d'Arvenne (3 %), ayant donné mandat à la FEHAP Val d'Arvenne"])
h("Membre absent excusé (1)", 10)
bullets(["URPS infirmiers (3 %)"])
h("Assistaient avec voix consultative", 10)
bullets([
    "M. Bernard Lavaudieu, commissaire du Gouvernement",
    "Mme Nadia Benkhaled, contrôleuse budgétaire régionale",
    "M. Patrick Oudin, agent comptable",
    "Mme Claire Vernadet, directrice du groupement",
])
p("Étaient également présents, à l'invitation du président : M. Thomas Quéméner, responsable de la sécurité "
  "des systèmes d'information (RSSI) du groupement, et Mme Émilie Castagnet, responsable administrative et financière.")

p("Quorum : les membres présents ou représentés détiennent 97 % des droits statutaires. Le quorum, fixé à "
  "la moitié des droits statutaires par l'article 18 de la convention constitutive, est atteint.", style="B")
p("Secrétaire de séance : Dr Julien Ferrand (URPS médecins libéraux).")

# ---------------------------------------------------------------- visas
h("L'ASSEMBLÉE GÉNÉRALE,", 10.5)
for v in [
    "Vu la loi n° 2011-525 du 17 mai 2011 de simplification et d'amélioration de la qualité du droit, notamment son chapitre II ;",
    "Vu le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique, notamment ses titres Ier et III ;",
    "Vu la convention constitutive du groupement, dans sa version consolidée approuvée par arrêté du préfet de la région Val d'Arvenne du 9 octobre 2023, notamment ses articles 14, 17 et 18 ;",
    "Vu la délibération n° AG-2024-19 du 12 décembre 2024 relative aux orientations budgétaires pour 2025 ;",
    "Vu l'avis favorable émis par le conseil d'administration le 23 janvier 2025, par 8 voix pour et 1 abstention ;",
    "Vu le rapport de présentation de la directrice et le projet de budget initial 2025 annexé ;",
]:
    p(v, gap=0.8)
pdf.ln(1)
for c in [
    "Considérant que le programme de travail 2025 prévoit l'extension de la plateforme régionale de télésanté TéléArvenne à 220 établissements connectés d'ici la fin de l'année 2026 ;",
    "Considérant que la dotation du fonds d'intervention régional (FIR) est portée à 2 100 000 € en application de l'avenant n° 4 au contrat pluriannuel d'objectifs et de moyens (CPOM) 2023-2027 conclu avec l'agence régionale de santé ;",
    "Considérant que le groupement a été retenu au titre du programme régional FEDER-FSE+ 2021-2027 pour une aide de 620 000 € en 2025, destinée au centre régional de cybersécurité en santé (CRCS) ;",
    "Considérant que le fonds de roulement au 31 décembre 2024, estimé à 1 355 700 €, permet de financer le solde budgétaire déficitaire tout en maintenant une trésorerie supérieure à trois mois de dépenses de personnel ;",
]:
    p(c, gap=0.8)
pdf.ln(1)
p("Après en avoir délibéré,", gap=0.8)
p("DÉCIDE :", 10.5, "B", "L")

h("Article 1er – Autorisations budgétaires", 10)
p("Le budget initial 2025 du groupement est adopté. Les autorisations budgétaires sont fixées comme suit :")
bullets([
    "38,5 ETPT sous plafond d'emplois et 3,0 ETPT hors plafond ;",
    "5 780 500 € en autorisations d'engagement (AE), dont 2 585 000 € pour le personnel, 1 715 500 € pour le fonctionnement et 1 480 000 € pour l'investissement ;",
    "5 407 500 € en crédits de paiement (CP), dont 2 585 000 € pour le personnel, 1 702 500 € pour le fonctionnement et 1 120 000 € pour l'investissement ;",
    "5 146 400 € de prévisions de recettes ;",
    "un solde budgétaire déficitaire de 261 100 €.",
])

h("Article 2 – Prévisions comptables", 10)
p("Les prévisions comptables sont arrêtées comme suit : résultat patrimonial prévisionnel déficitaire de 184 900 € ; "
  "capacité d'autofinancement de 142 600 € ; prélèvement sur le fonds de roulement de 261 100 €, portant le fonds "
  "de roulement prévisionnel au 31 décembre 2025 à 1 094 600 €.")

h("Article 3 – Contributions des membres", 10)
p("Les contributions des membres au titre de l'exercice 2025 sont fixées conformément au tableau 4 annexé. "
  "Elles s'élèvent à 1 516 400 € au titre des contributions statutaires, inchangées par rapport à 2024, et à "
  "300 000 € au titre des contributions complémentaires affectées aux projets. Elles sont versées à hauteur "
  "de 60 % avant le 31 mars 2025 et pour le solde avant le 30 septembre 2025.")

h("Article 4 – Financements externes", 10)
p("La directrice est autorisée à solliciter auprès de l'agence régionale de santé le versement de la dotation "
  "FIR de 2 100 000 € et à signer la convention attributive de l'aide FEDER de 620 000 € ainsi que tout document "
  "afférent au financement national de 200 000 € attendu au titre du programme Ségur du numérique en santé.")

h("Article 5 – Virements de crédits", 10)
p("La directrice est autorisée à procéder, en cours d'exercice, à des virements de crédits entre les enveloppes "
  "de fonctionnement et d'investissement dans la limite de 5 % des crédits de l'enveloppe d'origine. Tout autre "
  "mouvement, et notamment toute augmentation de l'enveloppe de personnel, requiert un budget rectificatif.")

h("Article 6 – Exécution et transmission", 10)
p("La directrice et l'agent comptable sont chargés, chacun pour ce qui le concerne, de l'exécution de la présente "
  "délibération, qui sera transmise au commissaire du Gouvernement et au contrôleur budgétaire régional. Elle "
  "deviendra exécutoire quinze jours après sa réception par le contrôleur budgétaire régional, sauf opposition motivée.")

h("Vote de la délibération n° AG-2025-07", 10)
p("Votants : 10 membres présents ou représentés, détenant 97 voix.")
p("Pour : 8 membres (89 voix). Contre : 0. Abstentions : 2 membres (8 voix), l'URPS médecins libéraux et la FHP Val d'Arvenne.", style="B")
p("La délibération est adoptée à la majorité simple.")
p("Le Dr Julien Ferrand a motivé l'abstention de l'URPS médecins libéraux par l'insuffisance des crédits "
  "consacrés à l'équipement des cabinets libéraux en matériel de téléconsultation. La FEHAP, mandataire de la FHP, "
  "a indiqué que sa mandante s'abstenait dans l'attente de la révision de la grille tarifaire.")

# ---------------------------------------------------------------- rapport
h("RAPPORT DE PRÉSENTATION (EXTRAITS)", 10.5)
p("Les dépenses de personnel progressent de 275 000 € pour tenir compte de la création de 5,5 ETPT : 3,0 ETPT "
  "pour le déploiement de TéléArvenne, 2,0 ETPT pour le centre régional de cybersécurité en santé et 0,5 ETPT "
  "pour la fonction achats. Le plafond d'emplois passe ainsi de 33,0 ETPT en 2024 à 38,5 ETPT en 2025.")
p("Les dépenses de fonctionnement augmentent de 242 500 €, principalement sous l'effet du coût de l'hébergement "
  "certifié hébergeur de données de santé (HDS) de la plateforme, en hausse de 128 000 €, et du renouvellement "
  "des licences logicielles.")
p("Les crédits de paiement d'investissement atteignent 1 120 000 €, dont 780 000 € pour la première tranche du "
  "marché d'évolution de la plateforme TéléArvenne, 210 000 € pour l'équipement en chariots de téléconsultation "
  "de 35 établissements médico-sociaux et 130 000 € pour le renouvellement du parc informatique.")
p("Au 31 décembre 2024, 131 établissements étaient connectés à TéléArvenne et 38 640 téléconsultations avaient "
  "été réalisées sur la plateforme au cours de l'année 2024, contre 27 150 en 2023.")

# ---------------------------------------------------------------- annexe tables
pdf.add_page()
h("ANNEXE À LA DÉLIBÉRATION N° AG-2025-07 – TABLEAUX BUDGÉTAIRES", 10.5)
p("Montants en euros. Les budgets initiaux 2024 et 2025 sont présentés en crédits de paiement.", 8.5, "I")

table("Tableau 1 – Dépenses par nature (crédits de paiement)", [
    ["Nature de dépenses", "Budget initial 2024", "Budget initial 2025", "Évolution"],
    ["Personnel", "2 310 000 €", "2 585 000 €", "+11,9 %"],
    ["Fonctionnement", "1 460 000 €", "1 702 500 €", "+16,6 %"],
    ["Investissement", "640 000 €", "1 120 000 €", "+75,0 %"],
    ["Total des dépenses", "4 410 000 €", "5 407 500 €", "+22,6 %"],
], (58, 38, 38, 26))

table("Tableau 2 – Autorisations d'engagement et crédits de paiement 2025", [
    ["Enveloppe", "AE 2025", "CP 2025", "Écart AE – CP"],
    ["Enveloppe de personnel", "2 585 000 €", "2 585 000 €", "0 €"],
    ["Enveloppe de fonctionnement", "1 715 500 €", "1 702 500 €", "13 000 €"],
    ["Enveloppe d'investissement", "1 480 000 €", "1 120 000 €", "360 000 €"],
    ["Total AE / CP", "5 780 500 €", "5 407 500 €", "373 000 €"],
], (58, 36, 36, 30),
    note="L'écart entre AE et CP en investissement correspond aux engagements pluriannuels du marché TéléArvenne.")

table("Tableau 3 – Recettes par origine", [
    ["Origine des recettes", "Budget initial 2024", "Budget initial 2025", "Évolution"],
    ["Contributions statutaires des membres", "1 516 400 €", "1 516 400 €", "0,0 %"],
    ["Contributions complémentaires des membres", "180 000 €", "300 000 €", "+66,7 %"],
    ["Fonds d'intervention régional (FIR)", "1 750 000 €", "2 100 000 €", "+20,0 %"],
    ["Fonds européens (FEDER)", "380 000 €", "620 000 €", "+63,2 %"],
    ["Prestations de services vendues", "345 000 €", "410 000 €", "+18,8 %"],
    ["Financement national Ségur numérique", "120 000 €", "200 000 €", "+66,7 %"],
    ["Total des recettes", "4 291 400 €", "5 146 400 €", "+19,9 %"],
    ["Solde budgétaire", "-118 600 €", "-261 100 €", "–"],
], (66, 34, 34, 26))

table("Tableau 4 – Contributions des membres pour 2025", [
    ["Membre", "Droits statutaires", "Contribution statutaire", "Contribution complémentaire", "Total 2025"],
    ["Agence régionale de santé", "25 %", "460 000 €", "0 €", "460 000 €"],
    ["Région Val d'Arvenne", "20 %", "368 000 €", "150 000 €", "518 000 €"],
    ["DCGDR", "10 %", "184 000 €", "0 €", "184 000 €"],
    ["CHU de Vauclairs", "12 %", "220 800 €", "60 000 €", "280 800 €"],
    ["CHU de Pontmarais", "10 %", "184 000 €", "60 000 €", "244 000 €"],
    ["URPS médecins libéraux", "5 %", "18 000 €", "0 €", "18 000 €"],
    ["URPS pharmaciens", "3 %", "10 800 €", "0 €", "10 800 €"],
    ["URPS infirmiers", "3 %", "10 800 €", "0 €", "10 800 €"],
    ["FHF Val d'Arvenne", "5 %", "25 000 €", "15 000 €", "40 000 €"],
    ["FEHAP Val d'Arvenne", "4 %", "20 000 €", "10 000 €", "30 000 €"],
    ["FHP Val d'Arvenne", "3 %", "15 000 €", "5 000 €", "20 000 €"],
    ["Total des membres", "100 %", "1 516 400 €", "300 000 €", "1 816 400 €"],
], (48, 24, 30, 32, 26), size=8,
    note="La contribution complémentaire de la Région est affectée au programme TéléArvenne ; celles des CHU et des fédérations au CRCS.")

table("Tableau 5 – Emplois (en ETPT)", [
    ["Catégorie d'emplois", "Budget initial 2024", "Budget initial 2025"],
    ["Agents contractuels de droit public", "24,0", "28,5"],
    ["Personnels mis à disposition par les membres", "6,0", "6,0"],
    ["Fonctionnaires détachés", "3,0", "4,0"],
    ["Total sous plafond d'emplois", "33,0", "38,5"],
    ["Emplois hors plafond (projets FEDER)", "2,0", "3,0"],
], (80, 40, 40))

table("Tableau 6 – Répartition des crédits par programme", [
    ["Programme", "Budget 2025 (CP)", "Enveloppe pluriannuelle 2025-2028", "Part du budget 2025"],
    ["Télésanté – plateforme TéléArvenne", "1 620 000 €", "5 900 000 €", "30,0 %"],
    ["E-parcours et coordination", "1 140 000 €", "4 300 000 €", "21,1 %"],
    ["Centre régional de cybersécurité en santé", "690 000 €", "2 600 000 €", "12,8 %"],
    ["Services socles et Mon espace santé", "540 000 €", "1 900 000 €", "10,0 %"],
    ["Interopérabilité et référentiels", "415 000 €", "1 500 000 €", "7,7 %"],
    ["Fonctions support", "1 002 500 €", "4 100 000 €", "18,5 %"],
    ["Total des programmes", "5 407 500 €", "20 300 000 €", "100 %"],
], (62, 32, 40, 26), size=8)

# ---------------------------------------------------------------- other deliberations
pdf.add_page()
h("RELEVÉ DES AUTRES DÉLIBÉRATIONS ADOPTÉES AU COURS DE LA SÉANCE DU 13 FÉVRIER 2025", 10.5)
p("L'assemblée générale a adopté au cours de la même séance six délibérations, numérotées AG-2025-05 à AG-2025-10. "
  "Les votes sont exprimés en nombre de membres et en voix, une voix correspondant à un point de droits statutaires. "
  "Sauf mention contraire, les membres votants sont les 10 membres présents ou représentés, détenant 97 voix.")

h("Délibération n° AG-2025-05 – Approbation du procès-verbal de la séance du 12 décembre 2024", 10)
p("Le procès-verbal de la séance du 12 décembre 2024 est approuvé sans observation.")
p("Vote : adoptée à l'unanimité des membres présents ou représentés, soit 10 membres (97 voix) pour.")

h("Délibération n° AG-2025-06 – Approbation du programme de travail 2025", 10)
p("Le programme de travail 2025 est approuvé. Il fixe notamment les objectifs suivants :")
bullets([
    "porter le nombre d'établissements connectés à TéléArvenne à 175 au 31 décembre 2025 ;",
    "atteindre 52 000 téléconsultations réalisées sur la plateforme au cours de l'année 2025 ;",
    "déployer le service e-parcours dans quatre nouveaux territoires de coordination : Haut-Arvenne, Val de Sorgues, Plaine de Pontmarais et Causses du Levant ;",
    "réaliser 30 audits flash de cybersécurité dans les établissements de santé et médico-sociaux ;",
    "organiser deux exercices régionaux de gestion de crise cyber associant les établissements supports des groupements hospitaliers de territoire.",
])
p("Vote : Pour : 9 membres (94 voix). Contre : 0. Abstention : 1 membre (3 voix), l'URPS pharmaciens.")

h("Délibération n° AG-2025-08 – Tarifs 2025 des prestations de services", 10)
p("Les tarifs des prestations de services réalisées par le groupement sont fixés comme suit à compter du 1er mars 2025 :")
table("Grille tarifaire 2025", [
    ["Prestation", "Tarif HT", "Tarif TTC"],
    ["Raccordement d'un établissement à TéléArvenne", "1 800 € HT", "2 160 € TTC"],
    ["Abonnement annuel – établissement sanitaire", "4 200 € HT", "5 040 € TTC"],
    ["Abonnement annuel – établissement médico-social", "1 500 € HT", "1 800 € TTC"],
    ["Journée de formation (12 participants au plus)", "950 € HT", "1 140 € TTC"],
    ["Audit flash de cybersécurité", "3 600 € HT", "4 320 € TTC"],
], (90, 35, 35))
p("Les établissements médico-sociaux de moins de 50 places bénéficient de la gratuité de l'abonnement annuel en 2025.")
p("Vote : Pour : 7 membres (85 voix). Contre : 2 membres (7 voix), la FEHAP et la FHP. Abstention : 1 membre (5 voix), la FHF.")

h("Délibération n° AG-2025-09 – Autorisation de signature du marché de la plateforme TéléArvenne", 10)
p("La directrice est autorisée à signer le marché n° 2025-03 « Plateforme régionale de télésanté TéléArvenne – "
  "évolution, hébergement et maintenance » avec le groupement d'entreprises Médisphère Solutions / Nébulia Santé, "
  "attributaire à l'issue d'une procédure d'appel d'offres ouvert ayant donné lieu à cinq offres.")
p("Le marché est conclu pour un montant de 2 950 000 € HT, soit 3 540 000 € TTC, pour une durée de 48 mois à "
  "compter du 1er avril 2025.")
p("Vote : adoptée à l'unanimité, soit 10 membres (97 voix) pour.")

h("Délibération n° AG-2025-10 – Admission de l'URPS masseurs-kinésithérapeutes", 10)
p("L'Union régionale des professionnels de santé masseurs-kinésithérapeutes Val d'Arvenne est admise en qualité "
  "de membre du groupement à compter du 1er juillet 2025. Elle rejoint le collège 4 – Professionnels libéraux.")
p("Ses droits statutaires sont fixés à 2 % et sa contribution annuelle de référence à 7 200 €. Les droits "
  "statutaires de l'agence régionale de santé sont ramenés de 25 % à 24 % et ceux de la Région de 20 % à 19 %. "
  "La directrice est chargée de soumettre l'avenant n° 3 à la convention constitutive à l'approbation du préfet de région.")
p("Vote : Pour : 9 membres (92 voix). Contre : 0. Abstention : 1 membre (5 voix), l'URPS médecins libéraux. "
  "La majorité des deux tiers requise par l'article 18 de la convention constitutive est atteinte.")

h("Clôture de la séance", 10)
p("L'ordre du jour étant épuisé, le président lève la séance à 17 h 10. La prochaine séance de l'assemblée "
  "générale est fixée au 26 juin 2025 ; elle sera notamment appelée à approuver le compte financier 2024.")

pdf.ln(4)
p("Pour extrait certifié conforme au registre.", gap=0.5)
p("Fait à Vauclairs, le 14 février 2025.", gap=4)
p("Le président de l'assemblée générale,                                      Le secrétaire de séance,", gap=0.5, align="L")
p("Dr Marc-Antoine Lestrade                                                          Dr Julien Ferrand", gap=4, align="L")
p("La présente délibération peut faire l'objet d'un recours devant le tribunal administratif de Vauclairs dans "
  "un délai de deux mois à compter de sa publication.", 8, "I")

pdf.output(str(OUT))
print("written", OUT)
