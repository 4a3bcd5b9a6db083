# -*- coding: utf-8 -*-
"""Generates docs/2025-03-27_deliberation-cr-2025-027-programme-vallis-sante.pdf (fictional)."""
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "docs" / "2025-03-27_deliberation-cr-2025-027-programme-vallis-sante.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Delib(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Région Haute-Vallière – Conseil régional – Séance plénière du 27 mars 2025 – Délibération n° CR-2025-027",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Accusé de réception en préfecture 087-238700019-20250327-CR_2025_027-DE", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Delib(format="A4")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.alias_nb_pages()
pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin


def p(text, size=9.5, bold=False, align="J", after=2.5):
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.multi_cell(W, 4.8, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def h(text):
    pdf.ln(2)
    p(text, size=11, bold=True, align="L", after=2)


def bullets(items, prefix="– "):
    for it in items:
        p(prefix + it, after=1)
    pdf.ln(1.5)


def table(rows, widths, caption=None, size=7.5, first_bold=False):
    if caption:
        p(caption, size=9, bold=True, align="L", after=1.5)
    pdf.set_font("DejaVu", "", size)
    aligns = ["LEFT"] + ["RIGHT"] * (len(widths) - 1)
    with pdf.table(col_widths=widths, text_align=aligns, line_height=4.2,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(str(c))
    pdf.ln(4)


# ---------------------------------------------------------------- page 1
p("RÉPUBLIQUE FRANÇAISE", size=10, bold=True, align="C", after=0.5)
p("RÉGION HAUTE-VALLIÈRE", size=10, bold=True, align="C", after=0.5)
p("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL RÉGIONAL", size=10, bold=True, align="C", after=3)
p("Envoyé en préfecture le 02/04/2025 – Reçu en préfecture le 02/04/2025 – Publié le 03/04/2025", size=8, align="C", after=4)

p("Séance plénière du jeudi 27 mars 2025", bold=True, align="L", after=1)
p("Délibération n° CR-2025-027 – Rapport n° 25-027", bold=True, align="L", after=1)
p("Commission saisie : commission « Développement économique, innovation et santé »", align="L", after=1)
p("Rapporteur : M. Karim Benslimane, vice-président chargé du développement économique, de l'innovation et de la santé", align="L", after=3)

p("OBJET : Adoption du programme régional d'innovation en santé « VALLIS Santé 2025-2028 » – Affectation des autorisations d'engagement – Approbation de la convention-cadre de partenariat avec l'Agence régionale de santé", bold=True, after=3)

p("L'an deux mille vingt-cinq, le vingt-sept mars, à 9 h 30, le Conseil régional de Haute-Vallière, régulièrement convoqué le 11 mars 2025, s'est réuni en séance plénière à l'Hôtel de Région de Saint-Aurèle, sous la présidence de Mme Hélène Darrigade, Présidente du Conseil régional.")

table([
    ["Quorum et présences", "Nombre"],
    ["Membres en exercice", "83"],
    ["Présents", "71"],
    ["Représentés (pouvoirs)", "8"],
    ["Absents non représentés", "4"],
    ["Votants", "79"],
], widths=(110, 40), size=8)
p("Secrétaire de séance : Mme Inès Carvalho, conseillère régionale.", after=3)

p("LE CONSEIL RÉGIONAL,", bold=True, align="L")
bullets([
    "Vu le code général des collectivités territoriales, et notamment ses articles L. 4211-1, L. 4221-1 et L. 4251-12 et suivants ;",
    "Vu le règlement (UE) n° 651/2014 de la Commission du 17 juin 2014 déclarant certaines catégories d'aides compatibles avec le marché intérieur (RGEC), modifié ;",
    "Vu le règlement (UE) 2023/2831 de la Commission du 13 décembre 2023 relatif aux aides de minimis ;",
    "Vu le schéma régional de développement économique, d'innovation et d'internationalisation (SRDEII) adopté par délibération n° CR-2022-114 du 16 décembre 2022 ;",
    "Vu le programme régional FEDER-FSE+ Haute-Vallière 2021-2027 ;",
    "Vu le projet régional de santé (PRS) 2023-2028 arrêté par le directeur général de l'Agence régionale de santé (ARS) Haute-Vallière ;",
    "Vu la délibération n° CR-2025-004 du 6 février 2025 adoptant le budget primitif 2025 ;",
    "Vu le règlement budgétaire et financier de la Région ;",
    "Vu l'avis du Conseil économique, social et environnemental régional (CESER) du 10 mars 2025 ;",
    "Vu l'avis favorable de la commission « Développement économique, innovation et santé » réunie le 13 mars 2025 ;",
    "Vu le rapport n° 25-027 de Madame la Présidente du Conseil régional ;",
], prefix="")
bullets([
    "Considérant que le plan régional Santé Innovation 2019-2024 est arrivé à échéance le 31 décembre 2024 ;",
    "Considérant que 38 % des communes de Haute-Vallière sont classées en zone d'intervention prioritaire (ZIP) au titre de la démographie médicale ;",
    "Considérant que la filière régionale des industries et technologies de santé représente 11 400 emplois salariés répartis dans 412 établissements ;",
    "Considérant la nécessité de simplifier l'offre régionale d'aides et de mieux l'articuler avec les financements européens et ceux de l'ARS ;",
], prefix="")

# ---------------------------------------------------------------- I
h("I. CONTEXTE ET BILAN DU PLAN RÉGIONAL SANTÉ INNOVATION 2019-2024")
p("Adopté par délibération n° CR-2019-061 du 28 juin 2019, le plan régional Santé Innovation 2019-2024 a constitué le premier cadre d'intervention intégré de la Région en faveur de la filière santé. Il reposait sur 14 dispositifs distincts, gérés par trois directions et par l'Agence de développement économique de la Vallière (ADEVI).")
p("Au total, 214 projets ont été soutenus pour un montant engagé de 31,8 M€, dont 19,6 M€ en investissement et 12,2 M€ en fonctionnement. Le tableau 1 retrace l'exécution annuelle du plan.")
table([
    ["Année", "Projets soutenus", "Montant engagé (k€)", "Montant mandaté (k€)"],
    ["2019", "28", "3 950", "1 210"],
    ["2020", "31", "4 420", "3 080"],
    ["2021", "39", "5 610", "4 150"],
    ["2022", "40", "5 870", "5 020"],
    ["2023", "38", "5 980", "5 540"],
    ["2024", "38", "5 970", "4 870"],
    ["Total 2019-2024", "214", "31 800", "23 870"],
], widths=(50, 35, 42, 43), caption="Tableau 1 – Exécution annuelle du plan Santé Innovation 2019-2024")
p("L'évaluation finale du plan, confiée au cabinet Aubrac Conseil Public et remise le 20 janvier 2025, relève plusieurs acquis : 87 start-up ont été accompagnées, dont 64 étaient toujours en activité au 31 décembre 2024 ; chaque euro régional a entraîné en moyenne 1,6 € de financement privé ; le taux de mandatement atteint 75,1 % des montants engagés.")
p("Elle pointe également trois faiblesses : une forte concentration territoriale, 71 % des aides ayant bénéficié à la métropole de Saint-Aurèle et à l'agglomération de Montferrand-sur-Vière ; une offre d'aides jugée illisible par les porteurs de projets ; un délai moyen d'instruction de 5,2 mois entre le dépôt d'un dossier complet et la décision d'attribution.")

# ---------------------------------------------------------------- II
h("II. OBJECTIFS DU PROGRAMME VALLIS SANTÉ 2025-2028")
p("Le programme régional d'innovation en santé « VALLIS Santé 2025-2028 » prend la suite du plan 2019-2024. Il poursuit quatre objectifs stratégiques :")
bullets([
    "faire de la Haute-Vallière un territoire de référence pour la recherche, le développement et l'industrialisation des innovations en santé ;",
    "réduire les inégalités territoriales d'accès aux soins en déployant des solutions numériques et organisationnelles dans les territoires sous-denses ;",
    "développer les compétences et l'attractivité de la filière, en France comme à l'international ;",
    "simplifier l'intervention régionale en regroupant les 14 dispositifs antérieurs en 9 fiches actions et en ramenant le délai d'instruction à 3 mois.",
], prefix="")
p("Les cibles fixées à l'horizon 2028 sont les suivantes : 300 projets soutenus ; 60 start-up accompagnées ; 45 sites de télésanté ouverts ; 1 500 professionnels formés ; un effet de levier de 1,8 € de financement privé pour 1 € régional ; au moins 40 % des aides attribuées hors de la métropole de Saint-Aurèle.")

# ---------------------------------------------------------------- III
h("III. ARCHITECTURE DU PROGRAMME")
p("Le programme est organisé en quatre axes déclinés en neuf fiches actions, figurant en annexe 1 à la présente délibération :")
bullets([
    "Axe 1 – Soutenir la recherche et l'innovation en santé : fiche n°1 (projets collaboratifs de R&D), fiche n°2 (Pass Amorçage Santé), fiche n°3 (plateformes technologiques et living labs) ;",
    "Axe 2 – Déployer l'innovation dans les territoires : fiche n°4 (télésanté dans les territoires sous-denses), fiche n°5 (expérimentations dans le secteur médico-social), fiche n°6 (prévention et santé environnementale) ;",
    "Axe 3 – Compétences et attractivité : fiche n°7 (formations au numérique en santé), fiche n°8 (rayonnement international de la filière) ;",
    "Axe 4 – Pilotage et animation : fiche n°9 (animation, ingénierie et évaluation du programme).",
], prefix="")
p("Les règles d'intervention (bénéficiaires, dépenses éligibles, taux et plafonds) sont précisées dans chaque fiche. Les aides aux entreprises sont attribuées sur le fondement du RGEC ou, à défaut, du règlement de minimis. L'instruction est assurée par la Direction de l'économie, de l'innovation et de la santé (DEIS) ; l'ADEVI co-instruit les fiches n°2 et n°8.")

# ---------------------------------------------------------------- IV
h("IV. MOYENS FINANCIERS")
p("Il est proposé d'affecter au programme une autorisation d'engagement globale de 42,6 M€ sur la période 2025-2028, dont 31,7 M€ en section d'investissement (chapitre 909 « Action économique ») et 10,9 M€ en section de fonctionnement (chapitre 939 « Action économique »).")
p("Les crédits de paiement de l'exercice 2025 s'élèvent à 6 100 k€ et sont inscrits au budget primitif 2025. Les CP des exercices 2026 à 2028 sont indicatifs ; ils seront ouverts lors du vote des budgets correspondants.")
table([
    ["Axe / fiche", "AE 2025-2028 (M€)", "CP 2025 (k€)", "CP 2026 (k€)", "CP 2027 (k€)", "CP 2028 (k€)"],
    ["Fiche n°1 – Projets collaboratifs de R&D", "9,0", "1 200", "2 600", "2 800", "2 400"],
    ["Fiche n°2 – Pass Amorçage Santé", "5,4", "800", "1 500", "1 700", "1 400"],
    ["Fiche n°3 – Plateformes et living labs", "7,5", "900", "2 100", "2 500", "2 000"],
    ["Sous-total Axe 1", "21,9", "2 900", "6 200", "7 000", "5 800"],
    ["Fiche n°4 – Télésanté", "6,2", "1 000", "1 800", "1 900", "1 500"],
    ["Fiche n°5 – Médico-social", "3,6", "450", "1 050", "1 200", "900"],
    ["Fiche n°6 – Prévention", "2,8", "300", "800", "950", "750"],
    ["Sous-total Axe 2", "12,6", "1 750", "3 650", "4 050", "3 150"],
    ["Fiche n°7 – Formations numériques", "3,2", "500", "900", "1 000", "800"],
    ["Fiche n°8 – Rayonnement international", "1,9", "350", "500", "550", "500"],
    ["Sous-total Axe 3", "5,1", "850", "1 400", "1 550", "1 300"],
    ["Fiche n°9 – Animation et évaluation", "3,0", "600", "800", "800", "800"],
    ["Sous-total Axe 4", "3,0", "600", "800", "800", "800"],
    ["TOTAL PROGRAMME", "42,6", "6 100", "12 050", "13 400", "11 050"],
], widths=(62, 24, 21, 21, 21, 21), caption="Tableau 2 – Échéancier prévisionnel des autorisations d'engagement (AE) et des crédits de paiement (CP)", size=7.3)
p("Le programme bénéficie en outre de cofinancements. La Région sollicite 8,5 M€ au titre du FEDER 2021-2027 (objectif spécifique 1.1 « Recherche et innovation ») et l'ARS apporte 2,4 M€ au titre du fonds d'intervention régional (FIR), soit 600 000 € par an pendant quatre ans. Le coût total consolidé du programme s'établit ainsi à 53,5 M€.")
table([
    ["Financeur", "Montant (M€)", "Part (%)", "Nature des crédits"],
    ["Région Haute-Vallière", "42,6", "79,6 %", "AE 2025-2028"],
    ["Union européenne – FEDER", "8,5", "15,9 %", "Sollicité"],
    ["ARS – fonds d'intervention régional", "2,4", "4,5 %", "Convention-cadre"],
    ["Total consolidé", "53,5", "100 %", "–"],
], widths=(62, 28, 25, 55), caption="Tableau 3 – Plan de financement prévisionnel consolidé 2025-2028")
p("Les moyens humains dédiés au programme, soit 6 équivalents temps plein (ETP) au sein de la DEIS, sont financés sur les crédits de personnel de la Région et ne sont pas imputés sur l'enveloppe du programme.")

# ---------------------------------------------------------------- V
h("V. GOUVERNANCE ET MODALITÉS DE MISE EN ŒUVRE")
p("Un comité de pilotage (COPIL) régional est institué. Il est coprésidé par le vice-président chargé du développement économique, de l'innovation et de la santé et par le directeur général de l'ARS Haute-Vallière, M. Laurent Féraud. Il comprend 14 membres :")
bullets([
    "cinq conseillers régionaux désignés par l'assemblée ;",
    "deux représentants de l'ARS Haute-Vallière ;",
    "un représentant du préfet de région (secrétariat général pour les affaires régionales, SGAR) ;",
    "un représentant de l'Université de Haute-Vallière (UHV) ;",
    "un représentant du centre hospitalier universitaire (CHU) de Saint-Aurèle ;",
    "un représentant du pôle de compétitivité MédiVière ;",
    "un représentant du CESER ;",
    "deux personnalités qualifiées désignées par la Présidente.",
], prefix="")
p("Le COPIL se réunit au moins deux fois par an. Il examine l'état d'avancement du programme, propose les ajustements d'enveloppes entre fiches dans la limite de 10 % de l'AE de chaque fiche et prépare le bilan annuel. Un comité technique, animé par la directrice de la DEIS, Mme Claire Mauduit, se réunit chaque mois.")
p("Les aides d'un montant inférieur ou égal à 23 000 € sont attribuées par arrêté de la Présidente, par délégation de l'assemblée. Les aides d'un montant supérieur sont attribuées par la Commission permanente. Les aides supérieures à 750 000 € par bénéficiaire et par opération sont soumises à l'assemblée plénière.")

# ---------------------------------------------------------------- VI
h("VI. SUIVI ET ÉVALUATION")
p("Un bilan annuel d'exécution est présenté au Conseil régional avant le 30 juin de chaque année, à compter de 2026, après avis du CESER. Il s'appuie sur un tableau de bord de 27 indicateurs, définis dans les fiches actions.")
p("Une évaluation à mi-parcours sera conduite en 2027 par un prestataire externe sélectionné par marché public. Son coût est estimé à 100 000 € HT, soit 120 000 € TTC, imputés sur la fiche n°9. Une évaluation finale sera conduite en 2029 ; son coût sera arrêté ultérieurement.")

# ---------------------------------------------------------------- VII
h("VII. DÉBATS EN SÉANCE ET AMENDEMENTS")
p("Sept amendements ont été déposés. Quatre ont été retirés en séance ou déclarés irrecevables en application de l'article 32 du règlement intérieur ; les trois amendements mis aux voix figurent dans le tableau 4. Pour chacun d'eux, M. Thierry Vasseur n'a pas pris part au vote.")
table([
    ["Amendement", "Groupe dépositaire", "Pour", "Contre", "Abst.", "Résultat"],
    ["Amendement n°2 – transfert de 1,0 M€ d'AE de la fiche n°8 vers la fiche n°6", "ES", "25", "49", "4", "Rejeté"],
    ["Amendement n°5 – transfert de 0,5 M€ d'AE de la fiche n°8 vers la fiche n°4", "RDT", "16", "60", "2", "Rejeté"],
    ["Amendement n°7 – taux porté à 60 % en ZIP (fiche n°4)", "UPV", "78", "0", "0", "Adopté"],
], widths=(80, 26, 14, 16, 14, 20), caption="Tableau 4 – Résultat des votes sur les amendements", size=7.3)
p("Au cours des débats, le groupe Écologistes et solidaires (ES) a regretté la faiblesse de l'enveloppe consacrée à la santé environnementale ; le groupe Rassemblement des territoires (RDT) a contesté le montant consacré aux salons internationaux. La Présidente a rappelé que les enveloppes pourront être ajustées par le COPIL dans la limite de 10 %.")

p("Dans son avis du 10 mars 2025, adopté par 61 voix pour et 9 abstentions, le CESER a accueilli favorablement la simplification du dispositif. Il formule toutefois trois recommandations : associer les représentants des usagers et des professionnels de santé libéraux à la sélection des projets de la fiche n°4 ; publier chaque année la répartition territoriale des aides par établissement public de coopération intercommunale ; prévoir un volet consacré à la santé mentale des jeunes dans la fiche n°6.")
p("En réponse, le rapporteur a indiqué que l'union régionale des professionnels de santé (URPS) médecins libéraux serait invitée au comité de sélection de la fiche n°4 et que la cartographie des aides serait annexée au bilan annuel. La recommandation relative à la santé mentale sera examinée lors de l'évaluation à mi-parcours.")

# ---------------------------------------------------------------- Décision
p("Après en avoir délibéré, LE CONSEIL RÉGIONAL DÉCIDE :", bold=True, align="L", after=3)
arts = [
    ("Article 1er", "Le programme régional d'innovation en santé « VALLIS Santé 2025-2028 » et ses neuf fiches actions figurant en annexe 1 sont adoptés, tels que modifiés par l'amendement n°7."),
    ("Article 2", "Une autorisation d'engagement de 42,6 M€ est affectée au programme, dont 31,7 M€ au chapitre 909 et 10,9 M€ au chapitre 939."),
    ("Article 3", "L'échéancier prévisionnel des crédits de paiement figurant au tableau 2 est approuvé. Les crédits de paiement 2025, d'un montant de 6 100 k€, sont imputés sur les crédits inscrits au budget primitif 2025."),
    ("Article 4", "Les règles d'intervention définies dans les fiches actions sont approuvées. Délégation est donnée à la Présidente pour attribuer les aides d'un montant inférieur ou égal à 23 000 € ; les aides d'un montant supérieur relèvent de la Commission permanente, sous réserve des aides supérieures à 750 000 € par bénéficiaire et par opération, qui sont soumises à l'assemblée plénière."),
    ("Article 5", "La convention-cadre de partenariat entre la Région et l'ARS Haute-Vallière, d'une durée de quatre ans, prévoyant une participation de l'ARS de 2,4 M€ au titre du FIR, est approuvée. La Présidente est autorisée à la signer."),
    ("Article 6", "La Présidente est autorisée à solliciter une subvention FEDER de 8,5 M€ au titre de l'objectif spécifique 1.1 du programme régional FEDER-FSE+ 2021-2027 et à signer tout document s'y rapportant."),
    ("Article 7", "Le comité de pilotage du programme est institué dans la composition définie au V. Sont désignés pour y siéger : M. Karim Benslimane, Mme Nathalie Ferrand, M. Julien Espitalier, Mme Aïcha Mendès et M. Bruno Cazottes."),
    ("Article 8", "Le lancement d'une évaluation à mi-parcours en 2027, pour un coût estimé à 100 000 € HT, soit 120 000 € TTC, imputé sur la fiche n°9, est approuvé."),
    ("Article 9", "La présente délibération peut faire l'objet d'un recours devant le tribunal administratif de Saint-Aurèle dans un délai de deux mois à compter de sa publication et de sa transmission au représentant de l'État. Le tribunal peut être saisi par l'application Télérecours citoyens."),
]
for a, t in arts:
    p(a, bold=True, align="L", after=0.5)
    p(t, after=2.5)

# ---------------------------------------------------------------- Vote
h("RÉSULTAT DU VOTE SUR L'ENSEMBLE DE LA DÉLIBÉRATION")
table([
    ["Groupe politique", "Effectif", "Votants", "Pour", "Contre", "Abstention", "NPPV"],
    ["Union pour la Vallière (UPV)", "38", "36", "35", "0", "0", "1"],
    ["Vallière en commun (VEC)", "15", "14", "14", "0", "0", "0"],
    ["Écologistes et solidaires (ES)", "12", "11", "0", "0", "11", "0"],
    ["Rassemblement des territoires (RDT)", "14", "14", "0", "13", "1", "0"],
    ["Non-inscrits (NI)", "4", "4", "1", "2", "1", "0"],
    ["Total", "83", "79", "50", "15", "13", "1"],
], widths=(62, 18, 18, 16, 18, 22, 16), caption="Tableau 5 – Vote par groupe politique (NPPV : ne prend pas part au vote)", size=7.5)
p("La délibération est adoptée par 50 voix pour, 15 voix contre et 13 abstentions. M. Thierry Vasseur, administrateur du pôle de compétitivité MédiVière, n'a pas pris part au vote.")
p("Fait et délibéré à Saint-Aurèle, les jour, mois et an susdits.", after=4)
p("Pour extrait certifié conforme,", align="R", after=0.5)
p("La Présidente du Conseil régional,", align="R", after=0.5)
p("Hélène DARRIGADE", bold=True, align="R", after=4)
p("Annexe 1 : fiches actions du programme VALLIS Santé 2025-2028 (document séparé).", size=8, align="L", after=0.5)
p("Annexe 2 : convention-cadre de partenariat Région – ARS Haute-Vallière (document séparé).", size=8, align="L")

pdf.output(str(OUT))
print("written", OUT)
