# Generates docs/2025-06-30_crc-orvanne-lisiere_rod-centre-hospitalier-valbrune.pdf with fpdf2
import os
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "2025-06-30_crc-orvanne-lisiere_rod-centre-hospitalier-valbrune.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


class ROD(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "CHAMBRE RÉGIONALE DES COMPTES ORVANNE-LISIÈRE", new_x="LMARGIN", new_y="NEXT", align="L")
        self.cell(0, 4, "Centre hospitalier de Valbrune – Rapport d'observations définitives – exercices 2021 et suivants", new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "ROD2 – CRC-OL/2025/0387", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = ROD(format="A4")
pdf.alias_nb_pages("{nb}")
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONTB)
pdf.add_font("DejaVu", "I", FONTI)
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, margin=20)


def h1(t):
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def h2(t):
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def p(t, style=""):
    pdf.set_font("DejaVu", style, 10)
    pdf.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT", align="J")
    pdf.ln(2)


def bullet(t):
    pdf.set_font("DejaVu", "", 10)
    pdf.set_x(pdf.l_margin + 4)
    pdf.multi_cell(0, 5.2, "– " + t, new_x="LMARGIN", new_y="NEXT", align="J")
    pdf.ln(1)


def reco(n, t, cat):
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_fill_color(232, 238, 246)
    pdf.multi_cell(0, 5.4, f"Recommandation n° {n} : {t} ({cat})", new_x="LMARGIN", new_y="NEXT", align="J", fill=True, border=1)
    pdf.ln(2)


def table(title, header, rows, source, widths):
    if pdf.get_y() > 200:
        pdf.add_page()
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.multi_cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 8.5)
    hs = FontFace(emphasis="BOLD", fill_color=(220, 220, 220))
    with pdf.table(col_widths=widths, text_align=["LEFT"] + ["RIGHT"] * (len(header) - 1),
                   headings_style=hs, line_height=5, borders_layout="ALL") as t:
        r = t.row()
        for c in header:
            r.cell(c)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.set_font("DejaVu", "I", 8)
    pdf.multi_cell(0, 4.5, source, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


# ---------------- Cover
pdf.add_page()
pdf.set_font("DejaVu", "", 9)
pdf.cell(0, 5, "RÉPUBLIQUE FRANÇAISE", new_x="LMARGIN", new_y="NEXT", align="C")
pdf.ln(18)
pdf.set_font("DejaVu", "B", 12)
pdf.cell(0, 7, "Chambre régionale des comptes Orvanne-Lisière", new_x="LMARGIN", new_y="NEXT", align="C")
pdf.ln(25)
pdf.set_font("DejaVu", "B", 18)
pdf.multi_cell(0, 10, "RAPPORT D'OBSERVATIONS DÉFINITIVES\nET SA RÉPONSE", new_x="LMARGIN", new_y="NEXT", align="C")
pdf.ln(10)
pdf.set_font("DejaVu", "B", 15)
pdf.multi_cell(0, 8, "CENTRE HOSPITALIER DE VALBRUNE\n(Département de la Haute-Orvanne)", new_x="LMARGIN", new_y="NEXT", align="C")
pdf.ln(6)
pdf.set_font("DejaVu", "", 12)
pdf.cell(0, 7, "Exercices 2021 et suivants", new_x="LMARGIN", new_y="NEXT", align="C")
pdf.ln(30)
pdf.set_font("DejaVu", "I", 9.5)
pdf.multi_cell(0, 5, "Le présent document, qui a fait l'objet d'une contradiction avec les destinataires concernés, a été délibéré par la chambre le 3 juin 2025. Il est accompagné de la réponse de l'ordonnatrice en fonctions, annexée. Extrait : les chapitres consacrés à la fonction achats et aux systèmes d'information ne sont pas reproduits.", new_x="LMARGIN", new_y="NEXT", align="C")

# ---------------- Synthèse
pdf.add_page()
h1("SYNTHÈSE")
p("Le centre hospitalier (CH) de Valbrune est l'établissement support du groupement hospitalier de territoire (GHT) Orvanne-Sud, qui regroupe sept établissements publics de santé. Avec 612 lits et places et 248,1 M€ de produits au budget principal en 2024, il est le deuxième établissement public de santé de la région après le centre hospitalier universitaire de Lorvel. Il dessert un bassin de population d'environ 310 000 habitants.")
p("Une situation financière dégradée depuis 2022", "B")
p("Après un quasi-équilibre en 2021, l'établissement a enregistré des déficits consolidés importants : 6,3 M€ en 2022, 7,6 M€ en 2023 et 4,8 M€ en 2024. La marge brute hors aides est passée de 6,1 % des produits en 2021 à 3,2 % en 2023, très en deçà du niveau de 8 % généralement considéré comme nécessaire pour financer le renouvellement des équipements et le remboursement de la dette. Le redressement constaté en 2024 reste fragile et largement tributaire d'aides exceptionnelles.")
p("Un endettement élevé qui limite les capacités d'investissement", "B")
p("L'encours de la dette atteint 127,9 M€ au 31 décembre 2024. La construction du pôle femme-enfant, livré en 2023 pour un coût de 41,8 M€ TTC, a été financée pour l'essentiel par l'emprunt. L'établissement remplit les trois critères de surendettement fixés par le code de la santé publique et son recours à l'emprunt est soumis à l'autorisation préalable du directeur général de l'agence régionale de santé (ARS) depuis 2022. Un emprunt structuré, classé 3E selon la charte de bonne conduite, présente encore un capital restant dû de 8,6 M€.")
p("Une masse salariale dynamique et un recours coûteux à l'intérim médical", "B")
p("Les effectifs ont progressé de 3,2 % entre 2021 et 2024, dont 7,8 % pour le personnel médical. Les dépenses d'intérim médical ont atteint 6,4 M€ en 2023, avant de revenir à 4,1 M€ en 2024. La chambre a relevé des rémunérations d'intérimaires supérieures au plafond réglementaire et l'absence de dispositif fiable de décompte du temps de travail médical.")
p("Un contrat de retour à l'équilibre financier (CREF) a été conclu avec l'ARS le 20 décembre 2024 pour la période 2025-2027. La chambre formule six recommandations.")

h1("RECOMMANDATIONS")
reco(1, "Adopter avant le 31 décembre 2025 un nouveau projet d'établissement, articulé avec le projet médical partagé du GHT Orvanne-Sud", "performance")
reco(2, "Constituer, conformément à l'instruction budgétaire et comptable M21, une provision couvrant l'intégralité des droits acquis au titre des comptes épargne-temps", "régularité")
reco(3, "Présenter à l'ARS, avant le 31 décembre 2025, un plan global de financement pluriannuel ramenant la durée apparente de la dette en deçà de 10 ans à l'horizon 2028", "performance")
reco(4, "Engager la renégociation de l'emprunt structuré classé 3E afin de sécuriser son taux d'intérêt", "performance")
reco(5, "Déployer un logiciel de gestion du temps de travail médical et contrôler la concordance des tableaux de service avec les rémunérations versées", "régularité")
reco(6, "Mettre fin aux rémunérations de médecins intérimaires supérieures au plafond réglementaire", "régularité")
p("Les recommandations de régularité portent sur le respect des textes ; les recommandations de performance portent sur la qualité de la gestion. Leur mise en œuvre fera l'objet d'un suivi dans le rapport que l'ordonnatrice devra présenter au conseil de surveillance dans un délai d'un an.", "I")

# ---------------- 1 Procédure
h1("1 LA PROCÉDURE")
p("Le contrôle des comptes et de la gestion du centre hospitalier de Valbrune, pour les exercices 2021 et suivants, a été ouvert le 14 mars 2024 par lettre du président de la chambre adressée à Mme Hélène Carrouget, directrice de l'établissement depuis le 1er septembre 2022. M. Patrice Ondrel, directeur du 3 avril 2017 au 31 août 2022, en a été informé par lettre du même jour.")
p("Les entretiens de fin de contrôle prévus par l'article L. 243-1 du code des juridictions financières ont eu lieu le 22 novembre 2024 avec Mme Carrouget et le 25 novembre 2024 avec M. Ondrel.")
p("Lors de sa séance du 10 décembre 2024, la chambre a arrêté des observations provisoires qui ont été transmises à Mme Carrouget, à M. Ondrel ainsi qu'aux tiers concernés, dont le directeur général de l'ARS Orvanne-Lisière. Après avoir examiné les réponses reçues, la chambre, lors de sa séance du 3 juin 2025 présidée par M. Loïc Berthemont, président de section, a arrêté les observations définitives présentées ci-après. La rapporteure était Mme Agnès Voisenet, première conseillère.")
p("Le rapport d'observations définitives a été communiqué le 12 juin 2025 à Mme Carrouget, qui disposait d'un délai d'un mois pour y répondre. Sa réponse, datée du 27 juin 2025, est annexée au présent rapport. M. Ondrel n'a pas souhaité répondre.")

h1("2 PRÉSENTATION ET GOUVERNANCE DE L'ÉTABLISSEMENT")
h2("2.1 Un établissement de recours pour le sud de la région")
p("Le centre hospitalier de Valbrune dispose de 612 lits et places, dont 418 en médecine, chirurgie et obstétrique (MCO), 96 en soins médicaux et de réadaptation et 98 en unité de soins de longue durée et établissement d'hébergement pour personnes âgées dépendantes. Sa maternité de niveau 2B a réalisé 1 870 accouchements en 2023.")
p("Son service d'urgences a enregistré 51 200 passages en 2023 et 53 050 en 2024. Faute de médecins en nombre suffisant, l'accès aux urgences a été régulé par le SAMU pendant 23 nuits au cours des mois de juillet et août 2023. La durée moyenne de passage s'établissait à 5 h 40 en 2023 et 21 % des patients accueillis avaient 75 ans ou plus.")
p("L'antenne de structure mobile d'urgence et de réanimation (SMUR) de Saint-Aurèle, prévue par le schéma régional de santé, doit ouvrir au second semestre 2025. Son coût de fonctionnement annuel est estimé par l'établissement à 1,15 M€, dont un tiers environ serait couvert par le financement annoncé par l'ARS au titre du fonds d'intervention régional (FIR).")
h2("2.2 Une gouvernance à conforter")
p("Le conseil de surveillance, présidé par M. Gérald Fontclaire, maire de Valbrune, compte quinze membres. La chambre observe que les débats sur la situation financière y ont été tardifs : le compte financier 2022, qui faisait apparaître un déficit consolidé de 6,3 M€, a été approuvé le 29 juin 2023 par 9 voix pour, aucune voix contre et 5 abstentions, les représentants du personnel ayant exprimé des réserves sur le niveau du déficit.")
p("Le plan de retour à l'équilibre financier (PREF) 2025-2027 a été approuvé par le conseil de surveillance le 12 décembre 2024 par 11 voix pour, 2 voix contre et 1 abstention, 14 membres étant présents ou représentés.")
p("Le directoire, composé de neuf membres, est présidé par la directrice ; le docteur Yannick Serrault, président de la commission médicale d'établissement (CME) depuis 2020, en est le vice-président. Le projet d'établissement 2018-2022 est échu depuis le 31 décembre 2022 et n'a pas été renouvelé. Les orientations stratégiques de l'établissement ne sont donc plus formalisées, alors que le projet médical partagé du GHT Orvanne-Sud doit lui-même être actualisé avant la fin de l'année 2025.")
reco(1, "Adopter avant le 31 décembre 2025 un nouveau projet d'établissement, articulé avec le projet médical partagé du GHT Orvanne-Sud", "performance")

# ---------------- 3 Finances
h1("3 LA SITUATION FINANCIÈRE")
h2("3.1 La fiabilité des comptes")
p("La chambre relève que l'établissement ne provisionne qu'une partie des droits acquis par ses agents au titre des comptes épargne-temps (CET). Fin 2023, 4 850 jours épargnés n'étaient couverts par aucune provision, ce qui représente un passif non constaté de 1,9 M€. Cette pratique contrevient à l'instruction budgétaire et comptable M21 et améliore artificiellement le résultat.")
p("Le délai global de paiement des fournisseurs atteignait 68 jours en 2023, au-delà du délai réglementaire de 50 jours applicable aux établissements publics de santé. Les intérêts moratoires versés se sont élevés à 112 000 € en 2023.")
reco(2, "Constituer, conformément à l'instruction budgétaire et comptable M21, une provision couvrant l'intégralité des droits acquis au titre des comptes épargne-temps", "régularité")

h2("3.2 Des résultats déficitaires depuis 2022")
p("Les charges du budget principal ont progressé de 13,8 % entre 2021 et 2024, plus rapidement que les produits (+ 12,0 %). L'inflation des charges à caractère hôtelier et général, les revalorisations salariales du Ségur de la santé et la hausse des dépenses d'intérim expliquent l'essentiel de cet écart.")
table("Tableau n° 1 : Résultats et autofinancement du centre hospitalier (en M€)",
      ["", "2021", "2022", "2023", "2024"],
      [["Produits du budget principal", "221,6", "229,3", "238,9", "248,1"],
       ["Charges du budget principal", "222,4", "235,8", "246,2", "253,0"],
       ["Résultat du budget principal", "-0,8", "-6,5", "-7,3", "-4,9"],
       ["Résultat des budgets annexes", "0,4", "0,2", "-0,3", "0,1"],
       ["Résultat consolidé", "-0,4", "-6,3", "-7,6", "-4,8"],
       ["Marge brute hors aides (en % des produits)", "6,1 %", "3,9 %", "3,2 %", "4,4 %"],
       ["Capacité d'autofinancement brute", "12,1", "8,5", "7,2", "10,1"],
       ["Capacité d'autofinancement nette", "2,7", "-1,3", "-3,2", "-0,4"]],
      "Source : CRC, d'après les comptes financiers 2021 à 2024.",
      [70, 25, 25, 25, 25])
p("Ces résultats intègrent des aides exceptionnelles. L'établissement a notamment bénéficié en 2023 d'une aide en trésorerie de 1,2 M€ sur les crédits du FIR et de 3,4 M€ de crédits d'aide à la contractualisation. Hors ces aides, le déficit consolidé de 2023 aurait atteint 12,2 M€.")
p("L'état prévisionnel des recettes et des dépenses (EPRD) 2025 initial, approuvé par l'ARS le 3 mars 2025, prévoit un déficit consolidé de 3,9 M€, supérieur au plafond de 3,5 M€ fixé par le CREF pour l'exercice 2025. L'arrêté du directeur général de l'ARS du 17 avril 2025 attribue à l'établissement une aide à la restructuration de 1,45 M€ au titre de 2025 et de 1,1 M€ au titre de 2026, cette dernière étant subordonnée au respect de la trajectoire du CREF.")

h2("3.3 Un endettement élevé")
p("Entre 2021 et 2024, l'établissement a investi 96,4 M€, dont 41,8 M€ TTC pour le pôle femme-enfant. Le coût de cette opération, initialement estimé à 33,5 M€ TTC, a augmenté de 24,8 %. Le Ségur de la santé a apporté une aide de 12 M€, notifiée par l'ARS en 2022 ; le solde a été financé par l'emprunt.")
table("Tableau n° 2 : Endettement (en M€, sauf mention contraire)",
      ["", "2021", "2022", "2023", "2024"],
      [["Encours de la dette au 31 décembre", "118,4", "124,7", "131,2", "127,9"],
       ["Annuité de la dette", "12,3", "12,9", "14,6", "15,1"],
       ["dont intérêts", "2,9", "3,1", "4,2", "4,6"],
       ["dont remboursement du capital", "9,4", "9,8", "10,4", "10,5"],
       ["Durée apparente de la dette (en années)", "9,8", "14,7", "18,2", "12,7"],
       ["Ratio d'indépendance financière", "49,2 %", "51,6 %", "53,8 %", "52,1 %"],
       ["Encours rapporté au total des produits", "50,4 %", "51,2 %", "51,9 %", "48,8 %"]],
      "Source : CRC, d'après les comptes financiers et les tableaux de la dette.",
      [70, 25, 25, 25, 25])
p("En application de l'article D. 6145-70 du code de la santé publique, le recours à l'emprunt d'un établissement public de santé est subordonné à l'autorisation préalable du directeur général de l'ARS lorsque au moins deux des trois critères suivants sont remplis : un ratio d'indépendance financière supérieur à 50 %, une durée apparente de la dette supérieure à 10 ans, un encours de la dette supérieur à 30 % du total des produits. Le centre hospitalier de Valbrune remplit les trois critères depuis 2022. Le 14 mai 2024, l'ARS a refusé l'autorisation d'un emprunt de 6 M€ destiné au renouvellement des équipements d'imagerie.")
p("L'encours comprend un emprunt structuré souscrit en 2008, classé 3E selon la charte de bonne conduite dite « Gissler », dont le capital restant dû s'élève à 8,6 M€ au 31 décembre 2024. Son taux a atteint 5,9 % en 2024, contre 2,7 % pour le taux moyen des emprunts à taux fixe de l'établissement. L'indemnité de remboursement anticipé était estimée par la banque à 2,3 M€ en décembre 2024.")
reco(3, "Présenter à l'ARS, avant le 31 décembre 2025, un plan global de financement pluriannuel ramenant la durée apparente de la dette en deçà de 10 ans à l'horizon 2028", "performance")
reco(4, "Engager la renégociation de l'emprunt structuré classé 3E afin de sécuriser son taux d'intérêt", "performance")
p("La trésorerie de l'établissement ne représentait que 4 jours de charges courantes fin 2023. L'établissement a dû mobiliser une ligne de trésorerie de 10 M€, utilisée en moyenne à hauteur de 6,2 M€ en 2023.")

# ---------------- 4 RH
h1("4 LES RESSOURCES HUMAINES")
h2("4.1 L'évolution des effectifs et de la masse salariale")
table("Tableau n° 3 : Effectifs moyens rémunérés (en équivalents temps plein)",
      ["", "2021", "2022", "2023", "2024", "Évolution 2021-2024"],
      [["Personnel médical", "188,4", "191,2", "197,5", "203,1", "+7,8 %"],
       ["Personnel non médical", "2 214,6", "2 251,3", "2 298,0", "2 276,4", "+2,8 %"],
       ["dont personnel soignant", "1 602,3", "1 633,8", "1 671,2", "1 659,0", "+3,5 %"],
       ["Total des effectifs", "2 403,0", "2 442,5", "2 495,5", "2 479,5", "+3,2 %"]],
      "Source : CRC, d'après les bilans sociaux et les fichiers de paie. Les internes ne sont pas comptabilisés.",
      [52, 20, 20, 20, 20, 38])
table("Tableau n° 4 : Dépenses de personnel (en M€)",
      ["", "2021", "2022", "2023", "2024"],
      [["Charges de personnel", "142,5", "151,9", "160,4", "163,8"],
       ["dont personnel médical", "38,6", "41,2", "44,9", "46,3"],
       ["dont intérim médical", "3,8", "5,2", "6,4", "4,1"],
       ["Charges de personnel en % des produits", "64,3 %", "66,2 %", "67,1 %", "66,0 %"]],
      "Source : CRC, d'après les comptes financiers.",
      [70, 25, 25, 25, 25])
p("La baisse des effectifs non médicaux en 2024 (- 21,6 ETP) résulte de la fermeture d'une unité de 24 lits de médecine polyvalente décidée dans le cadre du PREF. Le taux d'absentéisme du personnel non médical est passé de 8,1 % en 2021 à 9,7 % en 2023, puis 9,2 % en 2024.")
h2("4.2 Le temps de travail médical")
p("L'établissement ne dispose d'aucun logiciel de gestion du temps de travail des praticiens. Les tableaux de service mensuels, établis sous format tableur par chaque chef de service, ne sont pas rapprochés des éléments de paie. La chambre a constaté que 14 praticiens ont dépassé en moyenne 48 heures hebdomadaires sur le premier semestre 2024, sans que ces dépassements donnent lieu à un décompte en temps de travail additionnel conforme à la réglementation.")
reco(5, "Déployer un logiciel de gestion du temps de travail médical et contrôler la concordance des tableaux de service avec les rémunérations versées", "régularité")
h2("4.3 Le recours à l'intérim médical")
p("Depuis l'entrée en vigueur, le 3 avril 2023, du contrôle par le comptable public des rémunérations des médecins intérimaires, les établissements publics de santé ne peuvent plus verser de rémunération supérieure au plafond réglementaire. La chambre a néanmoins relevé, entre avril et septembre 2023, 212 missions d'intérim rémunérées au-delà de ce plafond, en particulier aux urgences et en anesthésie, pour un surcoût estimé à 0,9 M€.")
reco(6, "Mettre fin aux rémunérations de médecins intérimaires supérieures au plafond réglementaire", "régularité")

# ---------------- Annexe : réponse
pdf.add_page()
h1("ANNEXE – RÉPONSE DE LA DIRECTRICE DU CENTRE HOSPITALIER DE VALBRUNE")
pdf.set_font("DejaVu", "", 9)
pdf.multi_cell(0, 4.8, "CENTRE HOSPITALIER DE VALBRUNE\nDirection générale\nRéf. : DG/HC/2025-214\n\nValbrune, le 27 juin 2025\n\nLa directrice\nà\nMonsieur le président de la chambre régionale des comptes Orvanne-Lisière\n\nObjet : réponse au rapport d'observations définitives – exercices 2021 et suivants", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
p("Monsieur le président,")
p("J'ai pris connaissance avec attention du rapport d'observations définitives que la chambre a consacré au centre hospitalier de Valbrune. Je souhaite apporter les éléments de réponse suivants, qui n'appellent pas de remise en cause des constats mais en précisent le contexte.")
p("Sur la situation financière. Les déficits de 2022 et 2023 s'expliquent pour une part significative par des facteurs exogènes : la hausse de 11 % des charges à caractère hôtelier et général entre 2021 et 2023 et une compensation incomplète des revalorisations salariales, dont l'écart est évalué à 2,6 M€ pour la seule année 2023. La décision modificative n° 1, adoptée le 19 juin 2025, ramène le déficit prévisionnel consolidé de l'exercice 2025 à 3,2 M€, en deçà du plafond de 3,5 M€ fixé par le contrat de retour à l'équilibre financier.")
p("Sur la recommandation n° 1. Les travaux d'élaboration du projet d'établissement 2026-2030 ont été lancés en janvier 2025. Le projet sera soumis au conseil de surveillance lors de sa séance de décembre 2025.")
p("Sur la recommandation n° 2. Une première dotation de 0,8 M€ a été inscrite au compte financier 2024 au titre des comptes épargne-temps ; le solde, soit 1,1 M€, sera provisionné sur l'exercice 2025.")
p("Sur la recommandation n° 3. Le plan global de financement pluriannuel 2025-2029 a été transmis à l'ARS le 15 mai 2025. Il prévoit de ramener la durée apparente de la dette à 9,5 ans en 2029. L'échéance de 2028 retenue par la chambre me paraît difficilement compatible avec le programme de renouvellement des équipements d'imagerie, que l'établissement ne peut plus différer.")
p("Sur la recommandation n° 4. Des négociations ont été ouvertes avec l'établissement prêteur en février 2025. Compte tenu du montant de l'indemnité de remboursement anticipé, estimée à 2,3 M€, l'établissement a sollicité l'appui du dispositif national d'accompagnement des établissements exposés aux emprunts à risque.")
p("Sur la recommandation n° 5. Un logiciel de gestion du temps de travail médical a été acquis en mai 2025, pour un montant de 145 000 € HT, soit 174 000 € TTC, déploiement compris. Il sera opérationnel dans l'ensemble des pôles au 1er janvier 2026.")
p("Sur la recommandation n° 6. Aucune mission d'intérim rémunérée au-delà du plafond réglementaire n'a été conclue depuis le 1er octobre 2023. Les dépenses d'intérim médical, ramenées à 4,1 M€ en 2024, devraient atteindre 2,5 M€ en 2026 grâce au recrutement de six médecins urgentistes et à la constitution d'une équipe médicale de territoire en anesthésie avec les établissements du GHT Orvanne-Sud.")
p("Je vous prie d'agréer, Monsieur le président, l'expression de ma considération distinguée.")
p("Hélène Carrouget")
p("Copie : M. Gérald Fontclaire, président du conseil de surveillance ; M. Thibaut Lannerec, directeur général de l'ARS Orvanne-Lisière.", "I")

pdf.output(OUT)
print("written", OUT, pdf.page_no(), "pages")
