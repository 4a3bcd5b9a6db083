# -*- coding: utf-8 -*-
"""Génère la délibération de la Commission permanente (PDF, fpdf2)."""
from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = "/tmp/sets/s24-maison-ados-jeunes/docs/2025-06-16_departement-haute-varenne_cp-deliberation-convention-mda.pdf"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
HEADER = "Département de la Haute-Varenne — Commission permanente du 16 juin 2025"


class Doc(FPDF):
    def header(self):
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, HEADER, align="L")
        self.cell(0, 5, "Délibération n° CP-2025-06-042", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.add_font("DV", "", FONTDIR + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FONTDIR + "DejaVuSans-Bold.ttf")
pdf.add_font("DV", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.add_page()


def center(text, size=10, style="", h=5.5, after=1):
    pdf.set_font("DV", style, size)
    pdf.multi_cell(0, h, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def para(text, size=9.5, style="", h=5, after=1.8, indent=0):
    pdf.set_font("DV", style, size)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(0 if not indent else pdf.w - pdf.r_margin - pdf.l_margin - indent,
                   h, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def heading(text, size=10.5, after=2):
    pdf.ln(1.5)
    pdf.set_font("DV", "B", size)
    pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def titre(text):
    pdf.ln(3)
    pdf.set_font("DV", "B", 11)
    pdf.set_fill_color(230, 230, 230)
    pdf.multi_cell(0, 7, text, align="C", fill=True, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def item(label, text):
    para(f"{label} {text}", indent=6, after=1.2)


# ---------------------------------------------------------------- Délibération
center("RÉPUBLIQUE FRANÇAISE", 10, "B", after=0)
center("Liberté — Égalité — Fraternité", 8, "I", after=3)
center("DÉPARTEMENT DE LA HAUTE-VARENNE", 13, "B", after=0)
center("CONSEIL DÉPARTEMENTAL — COMMISSION PERMANENTE", 10, "B", after=0)
center("Réunion du lundi 16 juin 2025", 10, "", after=4)
center("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS", 10, "B", after=0)
center("Délibération n° CP-2025-06-042", 11, "B", after=4)

para("Direction générale adjointe des solidarités — Direction de l'enfance, de la famille et de la jeunesse (DEFJ) — Service prévention et santé des jeunes", 8.5, "I")
para("OBJET : Santé des jeunes — Maison des adolescents de la Haute-Varenne « L'Escale » — Approbation de la convention pluriannuelle d'objectifs et de moyens tripartite 2025-2027 entre le Département, l'Agence régionale de santé et l'association Passerelles Jeunesse Haute-Varenne — Attribution des subventions au titre de l'exercice 2025", 10, "B")
para("Rapporteure : Mme Sophie Dellacroix, vice-présidente déléguée à l'enfance, à la famille et à la jeunesse", 9.5, "I", after=3)

para("L'an deux mille vingt-cinq, le seize juin à dix heures, la Commission permanente du Conseil départemental de la Haute-Varenne, régulièrement convoquée le 6 juin 2025, s'est réunie à l'Hôtel du Département, à Castelbrune, salle des Délibérations, sous la présidence de Mme Hélène Vautrin, Présidente du Conseil départemental.")
para("Membres en exercice : 42 — Présents : 37 — Représentés : 5 — Absents non représentés : 0. Le quorum étant atteint, la Commission permanente peut valablement délibérer. M. Thierry Balsan est désigné secrétaire de séance.")

para("LA COMMISSION PERMANENTE,", 10, "B", after=2)

vus = [
    "Vu le code général des collectivités territoriales, notamment ses articles L. 3211-1, L. 3211-2 et L. 3221-1 ;",
    "Vu le code de l'action sociale et des familles, notamment ses articles L. 112-3, L. 121-2 et L. 221-1 relatifs à la prévention et à la protection de l'enfance ;",
    "Vu le code de la santé publique, notamment son article L. 1435-8 relatif au fonds d'intervention régional ;",
    "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, notamment son article 10, qui impose la conclusion d'une convention pour toute subvention dont le montant annuel dépasse 23 000 € ;",
    "Vu le cahier des charges national des maisons des adolescents ;",
    "Vu la délibération n° CD-2021-07-002 du Conseil départemental du 1er juillet 2021 portant délégation d'attributions à la Commission permanente ;",
    "Vu la délibération n° CD-2024-12-007 du Conseil départemental du 13 décembre 2024 adoptant le schéma départemental enfance-famille-jeunesse 2025-2029, et notamment sa fiche-action n° 9 « Prendre soin de la santé psychique des adolescents » ;",
    "Vu la délibération n° CD-2025-03-015 du Conseil départemental du 28 mars 2025 portant adoption du budget primitif 2025 ;",
    "Vu le plan départemental santé des jeunes 2025-2027, co-piloté par le Département et la délégation départementale de l'Agence régionale de santé, validé par son comité de pilotage le 14 février 2025 ;",
    "Vu la demande de subvention présentée par l'association Passerelles Jeunesse Haute-Varenne le 14 février 2025 ;",
    "Vu l'avis favorable de la commission « Solidarités, enfance et jeunesse » réunie le 2 juin 2025 ;",
    "Vu le rapport de Mme la Présidente du Conseil départemental ;",
]
for v in vus:
    para(v, after=1.2)
pdf.ln(1)

cons = [
    "Considérant que le département compte 68 900 jeunes âgés de 11 à 25 ans, soit 16,7 % de sa population municipale (412 600 habitants), et que près d'un jeune sur trois réside dans une commune classée rurale ;",
    "Considérant la dégradation de la santé mentale des adolescents observée depuis 2020, les passages aux urgences du centre hospitalier de Castelbrune pour motif psychiatrique chez les moins de 18 ans ayant progressé de 38 % entre 2019 et 2024, pour atteindre 412 passages en 2024 ;",
    "Considérant que le délai moyen d'obtention d'un premier rendez-vous au centre médico-psychologique infanto-juvénile de Castelbrune atteignait 7,5 mois au 31 décembre 2024, et qu'il importe de disposer d'une offre de premier accueil, gratuite et sans condition, en amont du soin spécialisé ;",
    "Considérant que la Maison des adolescents « L'Escale », créée en 2009 et gérée par l'association Passerelles Jeunesse Haute-Varenne, a accueilli 1 347 jeunes et 497 parents en 2024, et qu'elle constitue le point d'appui du plan départemental santé des jeunes ;",
    "Considérant que la précédente convention, conclue pour la période 2022-2024, est arrivée à échéance le 31 décembre 2024, et que le Département y avait consacré en 2024 une subvention de 285 000 €, l'ARS une dotation de 255 000 € ;",
    "Considérant que l'association a sollicité une subvention départementale de fonctionnement de 325 000 € pour l'exercice 2025 et qu'au regard des contraintes budgétaires, il est proposé de retenir un montant de 310 000 €, en progression de 8,8 % par rapport à 2024 ;",
    "Considérant l'intérêt d'implanter une antenne de la Maison des adolescents dans le Pays de Lorvanne, territoire dépourvu de toute offre de premier accueil à moins de 45 minutes de trajet, et la demande de subvention d'investissement présentée à ce titre ;",
]
for c in cons:
    para(c, after=1.2)
pdf.ln(1)

para("Après en avoir délibéré,", 9.5, "I")
para("DÉCIDE :", 11, "B", after=2)

decide = [
    ("1°)", "D'APPROUVER les termes de la convention pluriannuelle d'objectifs et de moyens 2025-2027 à conclure entre le Département de la Haute-Varenne, l'Agence régionale de santé et l'association Passerelles Jeunesse Haute-Varenne pour le fonctionnement de la Maison des adolescents « L'Escale », telle qu'annexée à la présente délibération ;"),
    ("2°)", "D'ATTRIBUER à l'association Passerelles Jeunesse Haute-Varenne une subvention de fonctionnement de 310 000 € au titre de l'exercice 2025, dont 250 000 € au titre du fonctionnement socle et 60 000 € au titre des actions spécifiques définies à l'article 2 de la convention ;"),
    ("3°)", "D'ATTRIBUER à la même association une subvention d'investissement de 42 000 € pour l'aménagement des locaux de l'antenne de Lorvanne, représentant 50 % du coût des travaux estimé à 84 000 € HT, soit 100 800 € TTC ; cette subvention est plafonnée et sera versée dans les conditions fixées à l'article 8 de la convention, au prorata des dépenses effectivement réalisées ;"),
    ("4°)", "DE PRENDRE ACTE des montants prévisionnels de la participation départementale pour les exercices suivants, soit 320 000 € en 2026 et 330 000 € en 2027, sous réserve de l'inscription des crédits correspondants aux budgets primitifs des exercices concernés ;"),
    ("5°)", "D'IMPUTER les dépenses correspondantes comme suit : pour le fonctionnement, au chapitre 65, article 6574, fonction 51, programme P-ENF-12 « Prévention et santé des jeunes » du budget départemental ; pour l'investissement, au chapitre 204, article 20421, sur l'autorisation de programme AP-2025-ENF-03 ;"),
    ("6°)", "D'AUTORISER Mme la Présidente du Conseil départemental à signer ladite convention, ainsi que ses éventuels avenants dès lors qu'ils n'ont pas d'incidence financière, et tout document nécessaire à l'exécution de la présente délibération ;"),
    ("7°)", "DE PRÉCISER que la présente délibération peut faire l'objet d'un recours contentieux devant le tribunal administratif de Castelbrune dans un délai de deux mois à compter de sa publication ou de sa notification."),
]
for lab, t in decide:
    item(lab, t)
pdf.ln(2)

para("RÉSULTAT DU VOTE", 10, "B", after=1)
vote = [["Votants", "42"], ["Pour", "36"], ["Contre", "0"],
        ["Abstentions", "4 (groupe « Haute-Varenne solidaire et écologique »)"],
        ["Ne prennent pas part au vote", "2 (M. Jean-Marc Pélissier et Mme Odile Ferrat, administrateurs de l'association)"]]
pdf.set_font("DV", "", 9)
with pdf.table(col_widths=(55, 115), text_align=("LEFT", "LEFT"), line_height=5.5,
               first_row_as_headings=False, borders_layout="ALL") as t:
    for r in vote:
        t.row(r)
pdf.ln(3)
para("La délibération est ADOPTÉE à la majorité des suffrages exprimés.", 9.5, "B")
para("Fait et délibéré à Castelbrune, les jour, mois et an susdits. Pour extrait certifié conforme.")
para("La Présidente du Conseil départemental, Hélène VAUTRIN", 9.5, "B")
para("Transmis au représentant de l'État (contrôle de légalité) le 19 juin 2025 — Publié sur le site internet du Département le 20 juin 2025 — Rendu exécutoire le 20 juin 2025.", 8.5, "I")

# ---------------------------------------------------------------- Convention
pdf.add_page()
center("ANNEXE À LA DÉLIBÉRATION N° CP-2025-06-042", 10, "B", after=3)
center("CONVENTION PLURIANNUELLE D'OBJECTIFS ET DE MOYENS 2025-2027", 12, "B", after=0)
center("relative au fonctionnement de la Maison des adolescents de la Haute-Varenne « L'Escale »", 10, "", after=4)

para("ENTRE LES SOUSSIGNÉS :", 10, "B")
para("Le Département de la Haute-Varenne, Hôtel du Département, 1, cours de la Préfecture, à Castelbrune, représenté par la Présidente du Conseil départemental, Mme Hélène Vautrin, dûment habilitée par délibération de la Commission permanente n° CP-2025-06-042 du 16 juin 2025, ci-après dénommé « le Département »,")
para("L'Agence régionale de santé Val-de-Loire-Morvan, représentée par son directeur général, M. Laurent Castagné, et par délégation par M. Olivier Ferrand, délégué départemental de la Haute-Varenne, ci-après dénommée « l'ARS »,")
para("ET")
para("L'association Passerelles Jeunesse Haute-Varenne, association régie par la loi du 1er juillet 1901, déclarée en préfecture le 3 mars 1987, dont le siège social est situé 14, rue des Tanneurs à Castelbrune, numéro SIRET 512 347 896 00028, représentée par son président, M. Bernard Lescure, ci-après dénommée « l'association » ou « le gestionnaire »,")
para("IL EST PRÉALABLEMENT EXPOSÉ CE QUI SUIT :", 10, "B")
para("Les maisons des adolescents ont pour vocation d'offrir aux jeunes, à leur entourage et aux professionnels un lieu ressource d'accueil, d'écoute, d'information, d'évaluation et d'orientation, dans une approche globale de la santé associant dimensions somatique, psychique, sociale, éducative et juridique. Le Département, au titre de ses compétences en matière de prévention et de protection de l'enfance, et l'ARS, au titre de ses missions de prévention et d'organisation de l'offre de soins, reconnaissent la Maison des adolescents « L'Escale » comme l'opérateur de référence du premier accueil des adolescents et jeunes adultes en souffrance sur le territoire départemental.")
para("Le plan départemental santé des jeunes 2025-2027 fixe quatre priorités : la santé mentale et la prévention du suicide, la réduction des conduites addictives, la vie affective et sexuelle, et l'accès aux droits et aux soins. La présente convention décline la contribution de la Maison des adolescents à ces priorités et arrête les moyens que les financeurs signataires s'engagent à y consacrer.")
para("CECI EXPOSÉ, IL EST CONVENU CE QUI SUIT :", 10, "B")

titre("TITRE I – OBJET, MISSIONS ET ENGAGEMENTS DES PARTIES")

heading("Article 1er – Objet de la convention")
para("La présente convention a pour objet de définir les objectifs poursuivis par l'association dans le cadre du fonctionnement de la Maison des adolescents « L'Escale », ci-après « la MDA », ainsi que les modalités de la participation financière et technique du Département et de l'ARS pour la période 2025-2027. Elle s'inscrit dans le respect du cahier des charges national des maisons des adolescents et du projet associatif adopté par l'assemblée générale de l'association le 18 mai 2023.")

heading("Article 2 – Missions de la Maison des adolescents")
para("L'association s'engage à mettre en œuvre, à son initiative et sous sa responsabilité, les missions suivantes :")
item("a)", "l'accueil, l'écoute et l'information des adolescents et jeunes adultes, de leurs parents et de leur entourage, de manière inconditionnelle, gratuite et, si la personne le souhaite, anonyme ;")
item("b)", "l'évaluation de la situation globale du jeune et son orientation, lorsqu'elle est nécessaire, vers les dispositifs de droit commun ou spécialisés, notamment le service de pédopsychiatrie du centre hospitalier de Castelbrune, les centres médico-psychologiques et les consultations jeunes consommateurs ;")
item("c)", "la prise en charge médico-psychologique de courte durée, limitée en principe à dix entretiens par jeune, dans l'attente ou en l'absence d'une prise en charge spécialisée ;")
item("d)", "l'appui aux professionnels au contact des jeunes (éducation nationale, protection de l'enfance, insertion, animation, santé) par l'analyse de situations, la formation et la participation aux réunions de concertation ;")
item("e)", "les actions de prévention et de promotion de la santé, individuelles et collectives, au titre des actions spécifiques, en particulier : la prévention du suicide et le repérage de la crise suicidaire, la prévention des conduites addictives par la consultation jeunes consommateurs (CJC) portée par l'association, l'éducation à la vie affective, relationnelle et sexuelle, et l'usage raisonné des écrans ;")
item("f)", "le soutien à la parentalité, par des entretiens familiaux et des groupes de parole de parents organisés en lien avec le réseau d'écoute, d'appui et d'accompagnement des parents (REAAP) animé par la caisse d'allocations familiales.")
para("Les missions mentionnées aux points a) à d) constituent le fonctionnement socle de la MDA. Les actions mentionnées aux points e) et f) constituent les actions spécifiques.")

heading("Article 3 – Publics, territoire et lieux d'accueil")
item("a)", "Publics : la MDA s'adresse aux jeunes âgés de 11 à 25 ans résidant ou scolarisés dans le département, à leurs familles et aux professionnels qui les accompagnent. Les jeunes relevant de l'aide sociale à l'enfance font l'objet d'une attention particulière.")
item("b)", "Lieux d'accueil : la MDA accueille le public en son siège, 3, place du Marché-aux-Grains à Castelbrune. Elle ouvre au plus tard le 31 mars 2026 une antenne permanente dans le Pays de Lorvanne, à Lorvanne-le-Château. Elle assure en outre une permanence hebdomadaire d'une journée au centre médico-social de Marcillac et deux demi-journées de permanence par semaine au centre social de Saint-Géral.")
item("c)", "Interventions hors les murs : la MDA intervient à la demande dans les établissements scolaires, les missions locales, les foyers de l'enfance et les structures d'animation jeunesse, dans la limite de ses moyens et selon une programmation validée chaque année par le comité de pilotage.")

heading("Article 4 – Engagements de l'association")
para("Pour la durée de la convention, l'association s'engage à :")
item("a)", "assurer une amplitude d'ouverture au public de son siège d'au moins 42 heures par semaine, du lundi au vendredi, comprenant le mercredi en journée continue et au moins une soirée par semaine jusqu'à 19 h 30 ; l'accueil est également assuré pendant les vacances scolaires, à l'exception de deux semaines au mois d'août ;")
item("b)", "proposer un premier entretien dans un délai maximal de 15 jours ouvrés à compter de la demande pour au moins 80 % des demandes en 2025 et 2026, et pour au moins 85 % des demandes en 2027 ; les situations évaluées comme urgentes sont reçues dans les 48 heures ;")
item("c)", "maintenir une équipe pluridisciplinaire représentant au moins 11 équivalents temps plein (ETP), dont au moins 4 ETP de psychologue, un temps d'infirmier et un temps de travailleur social ; le temps médical de psychiatre est assuré par mise à disposition du centre hospitalier de Castelbrune dans les conditions prévues à l'article 6 ;")
item("d)", "recueillir les données d'activité selon le socle commun défini par l'Association nationale des maisons des adolescents et les transmettre aux financeurs dans les conditions de l'article 9 ;")
item("e)", "informer sans délai les financeurs de toute modification de ses statuts, de la composition de son conseil d'administration, de sa direction ou de sa situation financière, ainsi que de tout événement de nature à compromettre l'exécution de la convention ;")
item("f)", "faire figurer les logos du Département et de l'ARS sur l'ensemble de ses supports de communication relatifs à la MDA.")

heading("Article 5 – Engagements du Département")
para("Le Département s'engage à :")
item("a)", "verser à l'association, sous réserve du vote annuel des crédits, une subvention de fonctionnement selon les montants figurant au tableau n° 1 de l'article 7, ainsi que la subvention d'investissement prévue au même article ;")
item("b)", "mettre gratuitement à disposition de la MDA un bureau d'entretien au centre médico-social de Marcillac pour sa permanence hebdomadaire ; cet avantage en nature est valorisé à hauteur de 6 400 € par an et figure dans les comptes de l'association ;")
item("c)", "désigner un référent au sein de la direction de l'enfance, de la famille et de la jeunesse et faciliter l'articulation de la MDA avec les services de l'aide sociale à l'enfance et de la protection maternelle et infantile ;")
item("d)", "associer la MDA à l'élaboration et au suivi du schéma départemental enfance-famille-jeunesse 2025-2029.")

heading("Article 6 – Engagements de l'Agence régionale de santé")
para("L'ARS s'engage à :")
item("a)", "verser à l'association, au titre du fonds d'intervention régional (FIR), une contribution selon les montants figurant au tableau n° 1 de l'article 7, sous réserve de la disponibilité des crédits et de la notification annuelle d'un arrêté attributif ;")
item("b)", "veiller, dans le cadre de la convention de partenariat conclue entre l'association et le centre hospitalier de Castelbrune, à la mise à disposition de la MDA d'un temps de psychiatre d'au moins 0,4 ETP, ainsi qu'à l'accès de la MDA à des créneaux d'avis spécialisé réservés au sein du service de pédopsychiatrie, à raison d'au moins quatre créneaux par semaine ;")
item("c)", "intégrer la MDA aux travaux du projet territorial de santé mentale (PTSM) de la Haute-Varenne et du contrat local de santé de l'agglomération de Castelbrune.")

titre("TITRE II – DISPOSITIONS FINANCIÈRES")

heading("Article 7 – Budget prévisionnel et contributions financières")
para("Le budget prévisionnel de la MDA s'établit à 2 095 000 € pour les trois exercices couverts par la convention. Les contributions des financeurs signataires s'élèvent à 1 790 000 € sur la période, dont 960 000 € pour le Département et 830 000 € pour l'ARS. Les autres financements figurant au tableau n° 1 sont mentionnés à titre indicatif ; ils relèvent de décisions propres à chacun des financeurs concernés et n'engagent pas les signataires.")
para("Les subventions de fonctionnement versées par le Département et l'ARS ne constituent pas la contrepartie d'une prestation de services ; elles n'entrent pas dans le champ d'application de la taxe sur la valeur ajoutée et sont exprimées en montants nets. La subvention d'investissement du Département, d'un montant maximal de 42 000 €, est calculée sur la base du coût hors taxes des travaux d'aménagement de l'antenne de Lorvanne, estimé à 84 000 € HT (100 800 € TTC), l'association ne récupérant pas la TVA ; le surcoût éventuel demeure à la charge de l'association.")
para("Dans la limite du montant total annuel de leur contribution, les financeurs signataires admettent une fongibilité entre les crédits du fonctionnement socle et ceux des actions spécifiques, à hauteur de 10 % au plus du montant annuel de chacune de ces deux enveloppes, sans qu'un avenant soit nécessaire ; au-delà de ce seuil, l'accord écrit préalable du Département et de l'ARS est requis. Les contributions en nature, notamment la mise à disposition de locaux prévue à l'article 5 et celle du temps médical prévue à l'article 6, ne figurent pas au tableau n° 1 ; elles sont valorisées dans les comptes de l'association en contributions volontaires. Pour mémoire, les contributions des deux financeurs signataires s'élevaient, au titre de la dernière année de la précédente convention (2024), à 285 000 € pour le Département et 255 000 € pour l'ARS, soit 540 000 € au total ; la contribution de 580 000 € prévue pour 2025 représente ainsi une progression de 7,4 %.")
para("Tableau n° 1 – Plan de financement prévisionnel de la MDA 2025-2027 (fonctionnement, en euros)", 9.5, "B", after=2)

rows = [
    ["Financeur", "Année", "Fonctionnement socle", "Actions spécifiques", "Total"],
    ["Département", "2025", "250 000", "60 000", "310 000"],
    ["Département", "2026", "255 000", "65 000", "320 000"],
    ["Département", "2027", "260 000", "70 000", "330 000"],
    ["Sous-total Département", "2025-2027", "765 000", "195 000", "960 000"],
    ["ARS (FIR)", "2025", "200 000", "70 000", "270 000"],
    ["ARS (FIR)", "2026", "205 000", "75 000", "280 000"],
    ["ARS (FIR)", "2027", "205 000", "75 000", "280 000"],
    ["Sous-total ARS", "2025-2027", "610 000", "220 000", "830 000"],
    ["Total signataires", "2025-2027", "1 375 000", "415 000", "1 790 000"],
    ["CAF (à titre indicatif)", "2025", "0", "45 000", "45 000"],
    ["CAF (à titre indicatif)", "2026", "0", "45 000", "45 000"],
    ["CAF (à titre indicatif)", "2027", "0", "45 000", "45 000"],
    ["Communauté d'agglomération de Castelbrune (à titre indicatif)", "2025", "30 000", "0", "30 000"],
    ["Communauté d'agglomération de Castelbrune (à titre indicatif)", "2026", "30 000", "0", "30 000"],
    ["Communauté d'agglomération de Castelbrune (à titre indicatif)", "2027", "30 000", "0", "30 000"],
    ["Autres ressources (MILDECA, fonds propres, dons)", "2025", "10 000", "15 000", "25 000"],
    ["Autres ressources (MILDECA, fonds propres, dons)", "2026", "10 000", "17 000", "27 000"],
    ["Autres ressources (MILDECA, fonds propres, dons)", "2027", "10 000", "18 000", "28 000"],
    ["TOTAL GÉNÉRAL", "2025", "490 000", "190 000", "680 000"],
    ["TOTAL GÉNÉRAL", "2026", "500 000", "202 000", "702 000"],
    ["TOTAL GÉNÉRAL", "2027", "505 000", "208 000", "713 000"],
    ["TOTAL GÉNÉRAL", "2025-2027", "1 495 000", "600 000", "2 095 000"],
]
pdf.set_font("DV", "", 8.5)
pdf.set_draw_color(0, 0, 0)
bold_rows = {"Sous-total Département", "Sous-total ARS", "Total signataires", "TOTAL GÉNÉRAL"}
with pdf.table(col_widths=(62, 22, 30, 30, 26),
               text_align=("LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT"),
               line_height=6, borders_layout="ALL",
               headings_style=FontFace(emphasis="BOLD", fill_color=(220, 220, 220)),
               repeat_headings=1) as t:
    for r in rows:
        if r[0] in bold_rows:
            t.row(r, style=FontFace(emphasis="BOLD", fill_color=(242, 242, 242)))
        else:
            t.row(r)
pdf.ln(2)
para("Source : demande de subvention de l'association du 14 février 2025, budget prévisionnel arrêté par le conseil d'administration ; montants ajustés après instruction conjointe du Département et de l'ARS.", 8, "I")
para("Les montants inscrits pour 2026 et 2027 sont prévisionnels. Ils sont confirmés chaque année, pour le Département, par délibération de la Commission permanente après le vote du budget primitif et, pour l'ARS, par arrêté attributif du directeur général. Toute modification de ces montants donne lieu à un avenant dans les conditions de l'article 13.")

heading("Article 8 – Modalités de versement")
item("a)", "Subvention départementale de fonctionnement. Pour l'exercice 2025, une avance de 60 %, soit 186 000 €, est versée dans les trente jours suivant la signature de la présente convention ; le solde de 40 %, soit 124 000 €, est versé au plus tard le 30 novembre 2025, au vu d'un bilan d'activité intermédiaire arrêté au 30 juin. Pour les exercices 2026 et 2027, l'avance de 60 % est versée avant le 31 mars et le solde selon les mêmes modalités.")
item("b)", "Contribution de l'ARS. La contribution au titre du FIR est versée en deux fois : 70 % à la notification de l'arrêté attributif annuel et 30 % après réception et analyse du rapport d'activité de l'exercice précédent.")
item("c)", "Subvention départementale d'investissement. Un acompte de 30 % peut être versé sur justification du commencement des travaux ; le solde est versé sur présentation des factures acquittées, visées par le commissaire aux comptes, au prorata des dépenses réelles HT. Les travaux doivent être achevés dans un délai de 24 mois à compter de la notification de la subvention ; à défaut, la part non versée de la subvention devient caduque.")
item("d)", "Les versements sont effectués sur le compte bancaire ouvert au nom de l'association dont le relevé d'identité bancaire a été transmis aux financeurs.")

heading("Article 9 – Justificatifs, contrôle et reversement")
para("L'association transmet aux financeurs, au plus tard le 30 avril de l'année suivant chaque exercice :")
item("a)", "le rapport d'activité de la MDA, comprenant les indicateurs mentionnés à l'article 11 ;")
item("b)", "le compte rendu financier de l'action subventionnée, établi selon le modèle Cerfa n° 15059 ;")
item("c)", "les comptes annuels approuvés par l'assemblée générale et certifiés par un commissaire aux comptes, le montant cumulé des aides publiques reçues dépassant 153 000 € ;")
item("d)", "le rapport du commissaire aux comptes et, le cas échéant, les procès-verbaux des assemblées générales.")
para("Les financeurs peuvent procéder à tout contrôle sur pièces et sur place. Lorsque le résultat de la MDA fait apparaître un excédent supérieur à 5 % du total des produits, les financeurs peuvent demander le reversement de la part excédentaire, au prorata de leur contribution, ou son affectation à un fonds dédié aux actions de la MDA de l'exercice suivant. En cas de non-exécution, de retard significatif ou de modification substantielle des conditions d'exécution de la convention sans l'accord écrit des financeurs, ceux-ci peuvent exiger le reversement de tout ou partie des sommes versées.")

titre("TITRE III – PILOTAGE ET ÉVALUATION")

heading("Article 10 – Comité de pilotage")
para("Le suivi de la présente convention est confié au comité de pilotage du plan départemental santé des jeunes, qui se réunit au moins deux fois par an, sur convocation conjointe du Département et de l'ARS. Il est composé :")
item("a)", "de la vice-présidente du Conseil départemental déléguée à l'enfance, à la famille et à la jeunesse, ou de son représentant, qui en assure la co-présidence ;")
item("b)", "du délégué départemental de l'ARS, ou de son représentant, qui en assure la co-présidence ;")
item("c)", "du président de l'association et de la directrice de la MDA ;")
item("d)", "du directeur académique des services de l'Éducation nationale (DASEN) ou de son représentant ;")
item("e)", "du directeur de la caisse d'allocations familiales de la Haute-Varenne ou de son représentant ;")
item("f)", "du chef de service de pédopsychiatrie du centre hospitalier de Castelbrune ;")
item("g)", "d'un représentant de la caisse primaire d'assurance maladie et d'un représentant de la Communauté d'agglomération de Castelbrune.")
para("Le secrétariat du comité est assuré par le Département. Le comité examine le rapport d'activité annuel, l'exécution budgétaire et les indicateurs de l'article 11 ; il peut proposer aux signataires toute adaptation des objectifs.")

heading("Article 11 – Indicateurs et évaluation")
para("L'activité de la MDA est suivie au moyen des indicateurs suivants :")
item("a)", "nombre de jeunes et de parents accueillis (file active), nombre de nouveaux jeunes, répartition par âge, sexe, territoire de résidence et motif principal de consultation ;")
item("b)", "nombre d'entretiens réalisés et délai moyen d'accès au premier entretien, ainsi que la part des premiers entretiens réalisés dans le délai de 15 jours ouvrés ;")
item("c)", "nombre d'orientations vers la pédopsychiatrie et délai d'obtention d'un avis spécialisé ;")
item("d)", "nombre d'actions collectives de prévention et nombre de jeunes touchés ; nombre de professionnels formés ;")
item("e)", "activité de l'antenne de Lorvanne et des permanences territoriales.")
para("Une évaluation finale, conduite conjointement par les signataires, est présentée au comité de pilotage au plus tard le 30 juin 2027. Elle conditionne l'éventuelle conclusion d'une nouvelle convention.")

titre("TITRE IV – DISPOSITIONS GÉNÉRALES")

heading("Article 12 – Durée")
para("La présente convention est conclue pour une durée de trois ans, du 1er janvier 2025 au 31 décembre 2027. Elle prend effet à la date de sa signature par la dernière des parties, ses dispositions financières s'appliquant rétroactivement à compter du 1er janvier 2025. Elle n'est pas renouvelable par tacite reconduction.")

heading("Article 13 – Avenants")
para("Toute modification des conditions ou modalités d'exécution de la présente convention, définie d'un commun accord entre les parties, fait l'objet d'un avenant. Les avenants ayant une incidence financière pour le Département sont soumis à l'approbation de la Commission permanente.")

heading("Article 14 – Résiliation")
para("En cas de non-respect par l'une des parties de ses engagements, la convention peut être résiliée par l'une ou l'autre des autres parties à l'expiration d'un délai de trois mois suivant l'envoi d'une lettre recommandée avec accusé de réception valant mise en demeure restée sans effet. La résiliation est sans effet sur les sommes dues au titre des actions déjà réalisées, sous réserve des dispositions de l'article 9.")

heading("Article 15 – Communication")
para("L'association s'engage à faire mention du soutien du Département et de l'ARS dans toute communication relative à la MDA, notamment par l'apposition de leurs logos sur les documents d'information, le site internet et la signalétique des lieux d'accueil. Les financeurs peuvent faire état de la présente convention dans leurs propres supports.")

heading("Article 16 – Règlement des litiges")
para("Les parties s'efforcent de régler à l'amiable tout différend relatif à l'interprétation ou à l'exécution de la présente convention. À défaut d'accord dans un délai de deux mois, le litige est porté devant le tribunal administratif de Castelbrune.")

pdf.ln(3)
para("Fait à Castelbrune, en trois exemplaires originaux, le 30 juin 2025.", 9.5, "I", after=4)
sig = [["Pour le Département,", "Pour l'ARS,", "Pour l'association,"],
       ["La Présidente du Conseil départemental", "Le délégué départemental, par délégation du directeur général", "Le président"],
       ["Hélène VAUTRIN", "Olivier FERRAND", "Bernard LESCURE"]]
pdf.set_font("DV", "", 8.5)
with pdf.table(col_widths=(57, 57, 56), text_align="CENTER", line_height=5,
               first_row_as_headings=False, borders_layout="NONE") as t:
    for r in sig:
        t.row(r)

pdf.output(OUT)
print("written", OUT, pdf.page_no(), "pages")
