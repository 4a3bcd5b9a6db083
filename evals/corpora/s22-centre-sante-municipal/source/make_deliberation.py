# Generates the fictional deliberation PDF of the s22 set.
from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = "/tmp/sets/s22-centre-sante-municipal/docs/2025-03-27_deliberation-conseil-municipal-saint-ormel-creation-cms.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

STAMP = ("Envoyé en préfecture le 31/03/2025 – Reçu en préfecture le 31/03/2025 – Publié le 01/04/2025\n"
         "Accusé de réception en préfecture 096-219604127-20250327-DEL_2025_038-DE")


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 6.5)
        self.set_text_color(90, 90, 90)
        self.multi_cell(0, 3.2, STAMP, align="R")
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 5, "Commune de Saint-Ormel-sur-Lorve – Conseil municipal – Séance du 27 mars 2025 – Délibération n° DEL_2025_038",
                      align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONTB)
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=18)
pdf.alias_nb_pages()
pdf.add_page()


def p(text, size=9.5, style="", align="J", h=4.8, after=1.6):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def title(text, size=11):
    pdf.ln(1.5)
    p(text, size=size, style="B", align="L", h=5.6, after=1.2)


def item(text):
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_x(26)
    pdf.multi_cell(0, 4.8, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def table(headers, rows, widths, size=8.3, bold_last=False, align=None):
    pdf.set_font("DejaVu", "", size)
    hstyle = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=widths, line_height=4.6, headings_style=hstyle,
                   text_align=align or "LEFT", padding=1.2) as t:
        r = t.row()
        for h_ in headers:
            r.cell(h_)
        for i, row in enumerate(rows):
            r = t.row()
            for c in row:
                if bold_last and i == len(rows) - 1:
                    r.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    r.cell(c)
    pdf.ln(3)


# ---------------- Page 1 : preamble ----------------
p("RÉPUBLIQUE FRANÇAISE", size=10, style="B", align="C", after=0)
p("Département du Val-de-Lorve – Arrondissement de Vallières-la-Lorve", size=8.5, align="C", after=0)
p("COMMUNE DE SAINT-ORMEL-SUR-LORVE", size=11, style="B", align="C", after=0.5)
p("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", size=10, style="B", align="C", after=3)

p("Séance du jeudi 27 mars 2025 – Délibération n° DEL_2025_038", style="B", align="L")
p("Objet : Création d'un centre municipal de santé (CMS des Tilleuls) – Création d'un budget annexe – "
  "Réalisation d'un emprunt – Approbation de la convention de soutien avec l'Agence régionale de santé Loire-Armançon",
  style="B", align="L", after=2.5)

p("Nombre de conseillers municipaux en exercice : 33. Date de la convocation : 20 mars 2025. "
  "Date d'affichage de la convocation : 20 mars 2025.", align="L")
p("L'an deux mille vingt-cinq, le vingt-sept mars à dix-neuf heures, le conseil municipal de la commune de "
  "Saint-Ormel-sur-Lorve, légalement convoqué, s'est réuni en séance publique à l'hôtel de ville, salle "
  "Jean-Jaurès, sous la présidence de Mme Hélène GARRIGOU-BESNARD, Maire.")
p("Étaient présents (27) : Mme Hélène GARRIGOU-BESNARD, M. Karim BELHADJ-ROUSSEL, Mme Laure VIGNAUX, "
  "M. Patrice LEBRETON, Mme Chantal ROUVIÈRE, M. Olivier TRÉMEAU, Mme Nadia OUAZZANI, M. Gilles PASQUIER, "
  "Mme Sophie DELAHAYE-MORIN, M. Fabrice ESNAULT, Mme Justine CARREL, M. Anthony GOUBERT, Mme Marie-Claire "
  "BOISSONNADE, M. Yannick LE FLOCH, Mme Aurélie THIBOUT, M. Serge VALLADIER, Mme Inès BENTALEB, "
  "M. Julien MARCHESSEAU, Mme Odile FRANQUEVILLE, M. Rémi SAULNIER, Mme Camille PRADEAU, M. Étienne HUCHARD, "
  "Mme Fatou DIALLO-RENARD, M. Bernard COUDRAY, Mme Lucie ANGLADE, M. Hugo CHASTAGNER, Mme Martine PELLOUX.")
p("Représentés (4) : M. Didier FONTANEL (pouvoir à Mme Laure VIGNAUX), Mme Agnès RIBOULET (pouvoir à "
  "M. Karim BELHADJ-ROUSSEL), M. Thomas GRANDCOLAS (pouvoir à M. Serge VALLADIER), Mme Élodie MARAIS "
  "(pouvoir à M. Bernard COUDRAY).")
p("Absents excusés (2) : M. Jean-Luc PEYRAT, Mme Sabrina HADDOU.")
p("M. Olivier TRÉMEAU a quitté la séance à 21 h 40, après le vote des articles 1er à 7, et a donné pouvoir à "
  "Mme Chantal ROUVIÈRE pour les votes suivants.")
p("Secrétaire de séance : Mme Justine CARREL.")
p("Rapporteur : M. Karim BELHADJ-ROUSSEL, adjoint au maire délégué à la santé, à la prévention et aux solidarités.")

title("EXPOSÉ DES MOTIFS")
p("La commune de Saint-Ormel-sur-Lorve (23 412 habitants au dernier recensement) connaît depuis plusieurs années "
  "une dégradation rapide de son offre de soins de premier recours. La commune comptait 14 médecins généralistes "
  "libéraux en 2018 ; ils ne sont plus que 9 au 31 décembre 2024, dont 5 sont âgés de plus de 60 ans. Selon les "
  "données transmises par la caisse primaire d'assurance maladie (CPAM) du Val-de-Lorve, 4 150 patients de 17 ans "
  "et plus résidant dans la commune n'avaient pas de médecin traitant déclaré en décembre 2024.")
p("Les tentatives d'installation de praticiens libéraux, soutenues depuis 2021 par la mise à disposition d'un cabinet "
  "à loyer modéré, n'ont permis qu'une seule installation, en 2022. L'étude de faisabilité confiée au cabinet "
  "Santé & Territoires Conseil pour un montant de 24 600 € HT, remise le 18 novembre 2024, conclut à la pertinence "
  "d'un centre de santé en gestion directe, employant des médecins salariés, implanté dans le quartier prioritaire "
  "des Tilleuls – Grand-Pré (4 860 habitants), où la part des habitants sans médecin traitant est la plus élevée.")
p("Le projet consiste à réhabiliter l'ancienne école maternelle des Tilleuls, désaffectée depuis la rentrée 2023, "
  "située 14 rue des Tanneurs, pour y installer le centre, à créer les emplois nécessaires, à individualiser la "
  "gestion du centre dans un budget annexe, à financer la part communale de l'investissement par un emprunt et à "
  "conventionner avec l'Agence régionale de santé (ARS) Loire-Armançon, qui a confirmé par courrier du 4 mars 2025 "
  "son soutien au démarrage du centre.")

title("VISAS")
for v in [
    "Vu le code général des collectivités territoriales, notamment ses articles L. 2121-29, L. 2221-1 et suivants et L. 2311-1 et suivants ;",
    "Vu le code de la santé publique, notamment ses articles L. 6323-1 à L. 6323-1-15 relatifs aux centres de santé ;",
    "Vu le code de la sécurité sociale, notamment ses articles L. 162-32-1 et suivants ;",
    "Vu le code général de la fonction publique, notamment son article L. 332-8 ;",
    "Vu l'accord national destiné à organiser les relations entre les centres de santé et l'assurance maladie, et ses avenants ;",
    "Vu le projet régional de santé Loire-Armançon 2023-2028 ;",
    "Vu le contrat local de santé (CLS) de la communauté de communes Lorve et Coteaux signé le 14 octobre 2023, et notamment sa fiche action n° 2.3 « Attirer et fidéliser les médecins » ;",
    "Vu l'étude de faisabilité remise le 18 novembre 2024 ;",
    "Vu l'avis du comité social territorial (CST) en date du 11 mars 2025 ;",
    "Vu l'avis de la commission « Santé, solidarités et vie sociale » en date du 13 mars 2025 ;",
    "Vu l'avis de la commission des finances en date du 17 mars 2025 ;",
]:
    p(v, after=0.8)

title("CONSIDÉRANTS")
for c in [
    "Considérant que la densité de médecins généralistes libéraux de la commune, de 38,4 pour 100 000 habitants, est près de deux fois inférieure à la moyenne départementale ;",
    "Considérant que l'absence de médecin traitant entraîne des renoncements aux soins et un recours accru aux urgences du centre hospitalier de Vallières-la-Lorve ;",
    "Considérant que le salariat des médecins répond aux attentes d'une partie des jeunes praticiens, qui souhaitent exercer en équipe et être déchargés des tâches administratives ;",
    "Considérant que la commune, en application de l'article L. 6323-1-3 du code de la santé publique, peut créer et gérer un centre de santé ;",
    "Considérant que le centre sera intégré à la communauté professionnelle territoriale de santé (CPTS) Lorve et Coteaux et travaillera en lien avec les professionnels libéraux du territoire ;",
]:
    p(c, after=0.8)

p("Le conseil municipal, après en avoir délibéré, par votes distincts :", style="B")

# ---------------- Articles ----------------
title("Art. 1er – Création du centre municipal de santé")
p("Il est créé un centre municipal de santé dénommé « Centre municipal de santé des Tilleuls » (CMS des Tilleuls), "
  "situé 14 rue des Tanneurs à Saint-Ormel-sur-Lorve. Le centre est géré en régie directe par la commune, sans "
  "personnalité morale ni autonomie financière autre que celle résultant de son budget annexe. Son ouverture au "
  "public est fixée au 1er septembre 2025.")
p("Le centre est placé sous l'autorité de la Maire. Sa direction administrative est assurée par un coordinateur "
  "administratif ; sa coordination médicale est confiée à un médecin coordinateur désigné parmi les médecins salariés "
  "du centre. Le projet de santé et le règlement de fonctionnement du centre seront transmis à l'ARS Loire-Armançon "
  "avec l'engagement de conformité prévu par le code de la santé publique, au plus tard deux mois avant l'ouverture.")

title("Art. 2 – Missions du centre")
p("Le centre municipal de santé exerce les missions suivantes :")
for it in [
    "1° Des soins de premier recours en médecine générale, avec ou sans rendez-vous, y compris pour les patients ne disposant pas de médecin traitant ;",
    "2° La fonction de médecin traitant au sens de l'article L. 162-5-3 du code de la sécurité sociale, pour les patients qui le souhaitent ;",
    "3° Des actions de prévention, de dépistage et de promotion de la santé, notamment en matière de vaccination et de dépistage organisé des cancers ;",
    "4° Des programmes d'éducation thérapeutique du patient pour les personnes atteintes de maladies chroniques ;",
    "5° Des soins infirmiers réalisés au centre, y compris dans le cadre de protocoles de coopération entre professionnels de santé ;",
    "6° L'accueil et la formation d'étudiants en santé, notamment d'internes en médecine générale.",
]:
    item(it)

title("Art. 3 – Jours et horaires d'ouverture")
p("Le centre est ouvert au public selon les modalités suivantes :")
for it in [
    "1° Du lundi au vendredi, de 8 h 00 à 19 h 30, sans interruption ;",
    "2° Le samedi, de 8 h 30 à 12 h 30 ;",
    "3° Des plages de consultations sans rendez-vous sont organisées chaque jour ouvré de 8 h 00 à 10 h 00 et de 17 h 30 à 19 h 00 ;",
    "4° Le centre est fermé le dimanche et les jours fériés ; la continuité des soins est alors assurée par la maison médicale de garde du centre hospitalier de Vallières-la-Lorve et par le centre 15.",
]:
    item(it)
p("Les horaires pourront être adaptés par arrêté de la Maire, après avis du comité de pilotage du centre, dans la "
  "limite d'une amplitude hebdomadaire de 62 heures.")

title("Art. 4 – Emplois créés et rémunérations")
p("Sont créés au tableau des effectifs de la commune, à compter du 1er juin 2025, les treize emplois permanents "
  "suivants, affectés au centre municipal de santé :")
table(
    ["Emploi", "Postes créés", "Cadre d'emplois ou type de contrat", "Rémunération brute mensuelle (temps complet)"],
    [
        ["Médecin généraliste", "5", "Contractuel de droit public (art. L. 332-8 CGFP), contrat de 3 ans renouvelable", "6 200 € à 7 900 €"],
        ["Infirmier(ère) en pratique avancée (IPA)", "1", "Infirmiers en soins généraux (catégorie A)", "3 050 € à 4 100 €"],
        ["Infirmier(ère) diplômé(e) d'État", "2", "Infirmiers en soins généraux (catégorie A)", "2 450 € à 3 600 €"],
        ["Secrétaire médical(e) – agent d'accueil", "3", "Adjoints administratifs territoriaux (catégorie C)", "1 900 € à 2 350 €"],
        ["Coordinateur(trice) administratif(ve)", "1", "Attachés ou rédacteurs territoriaux (catégorie A ou B)", "2 900 € à 3 800 €"],
        ["Médiateur(trice) en santé", "1", "Contractuel de droit public (catégorie B)", "2 150 € à 2 600 €"],
        ["Total", "13", "", ""],
    ],
    (44, 17, 62, 47), bold_last=True,
)
p("Les modalités de rémunération sont précisées comme suit :")
for it in [
    "1° La rémunération des médecins est fixée dans la fourchette ci-dessus en fonction de l'expérience professionnelle, par référence à la grille indiciaire des praticiens hospitaliers ; elle est révisée tous les trois ans ;",
    "2° Le médecin désigné coordinateur perçoit une prime de coordination de 520 € bruts mensuels, pour un temps de coordination de 0,2 ETP ;",
    "3° Les professionnels assurant l'ouverture du samedi perçoivent une indemnité de 90 € bruts par demi-journée ;",
    "4° Chaque médecin bénéficie de cinq jours de formation continue par an, pris en charge par le budget annexe ;",
    "5° Les agents titulaires et contractuels du centre bénéficient du régime indemnitaire (RIFSEEP) en vigueur dans la commune.",
]:
    item(it)

title("Art. 5 – Tarifs et conditions d'accès")
for it in [
    "1° Les actes réalisés au centre sont facturés aux tarifs conventionnels de secteur 1, sans aucun dépassement d'honoraires ;",
    "2° Le tiers payant intégral est appliqué à tous les patients, sur la part obligatoire prise en charge par l'assurance maladie comme sur la part complémentaire, sous réserve des conventions signées avec les organismes complémentaires ;",
    "3° Aucun frais de dossier, d'inscription ou d'adhésion n'est demandé aux patients ;",
    "4° Les bénéficiaires de la complémentaire santé solidaire (C2S) et de l'aide médicale de l'État (AME) n'ont aucune somme à avancer ;",
    "5° Le centre est accessible à toute personne, sans condition de résidence dans la commune.",
]:
    item(it)

title("Art. 6 – Locaux, travaux et plan de financement")
p("Le centre est installé dans l'ancienne école maternelle des Tilleuls, d'une surface utile de 640 m² après "
  "réhabilitation, comprenant neuf cabinets de consultation, une salle de soins infirmiers, une salle d'éducation "
  "thérapeutique et de réunion, un espace d'accueil et de secrétariat et des locaux techniques.")
p("Le montant des travaux de réhabilitation et de mise en accessibilité est estimé à 1 180 000 € HT, soit "
  "1 416 000 € TTC. La mission de maîtrise d'œuvre, attribuée au cabinet Atelier Brunel & Associés, s'élève à "
  "94 400 € HT, soit 113 280 € TTC. Le coût total de l'opération est ainsi arrêté à 1 274 400 € HT, soit "
  "1 529 280 € TTC.")
p("Le plan de financement prévisionnel de l'opération (base hors taxes) est approuvé comme suit :")
table(
    ["Financeur", "Montant (€ HT)", "Part du coût HT", "Statut au 27 mars 2025"],
    [
        ["État – Dotation de soutien à l'investissement local (DSIL)", "382 320", "30,0 %", "Sollicité"],
        ["Région Loire-Armançon – dispositif « Santé de proximité »", "250 000", "19,6 %", "Notifié le 6 février 2025"],
        ["Département du Val-de-Lorve – aide aux équipements de santé", "120 000", "9,4 %", "Sollicité"],
        ["ARS Loire-Armançon – Fonds d'intervention régional (FIR), investissement", "60 000", "4,7 %", "Accord de principe du 4 mars 2025"],
        ["Commune – autofinancement et emprunt", "462 080", "36,3 %", "–"],
        ["Total", "1 274 400", "100,0 %", ""],
    ],
    (76, 27, 25, 42), bold_last=True,
)
p("Une autorisation de programme (AP n° 2025-03 « Centre municipal de santé ») est ouverte au budget principal pour "
  "un montant de 1 530 000 € TTC. Les crédits de paiement sont répartis comme suit : 910 000 € en 2025 et "
  "620 000 € en 2026. La Maire est autorisée à solliciter les subventions correspondantes auprès de l'ensemble des "
  "financeurs et à signer tout document s'y rapportant.")
p("Vote des articles 1er à 6 (création du CMS) – Présents : 27 – Représentés : 4 – Pour : 26 – Contre : 3 – "
  "Abstentions : 2.", style="B")

title("Art. 7 – Création du budget annexe")
p("Il est créé, à compter du 1er avril 2025, un budget annexe intitulé « Centre municipal de santé des Tilleuls », "
  "relevant de l'instruction budgétaire et comptable M57. Les activités de soins du centre étant exonérées, le budget "
  "annexe n'est pas assujetti à la taxe sur la valeur ajoutée. Le budget annexe prévisionnel 2025-2027 figurant en "
  "annexe 1 est approuvé.")
p("Le budget principal verse au budget annexe une subvention d'équilibre, dont le montant est fixé chaque année lors "
  "du vote du budget primitif. Cette subvention est plafonnée à 200 000 € par exercice. Les locaux réhabilités sont "
  "mis à disposition du budget annexe par le budget principal ; la charge correspondante est retracée par un "
  "remboursement forfaitaire annuel de 36 000 €.")
p("Vote de l'article 7 (budget annexe) – Présents : 27 – Représentés : 4 – Pour : 25 – Contre : 4 – "
  "Abstentions : 2.", style="B")

title("Art. 8 – Réalisation d'un emprunt")
p("Pour financer la part communale de l'opération et le préfinancement de la taxe sur la valeur ajoutée, dans "
  "l'attente du versement du fonds de compensation pour la TVA (FCTVA), la Maire est autorisée à contracter auprès "
  "de la Banque Solidaire des Territoires du Centre (BSTC) un emprunt d'un montant de 650 000 €, aux conditions "
  "suivantes :")
for it in [
    "1° Durée : 20 ans, dont une période de mobilisation des fonds de 12 mois ;",
    "2° Taux d'intérêt fixe : 3,38 % ; échéances trimestrielles constantes ;",
    "3° Frais de dossier : 650 €, soit 0,10 % du montant emprunté ;",
    "4° Remboursement anticipé possible à chaque échéance, moyennant un préavis de 35 jours et le paiement d'une indemnité actuarielle.",
]:
    item(it)
p("L'emprunt est inscrit au budget principal. La Maire est autorisée à signer le contrat de prêt et à procéder "
  "aux opérations de mobilisation des fonds.")
p("Vote de l'article 8 (emprunt) – Présents : 26 – Représentés : 5 – Pour : 24 – Contre : 5 – Abstentions : 2.", style="B")

title("Art. 9 – Convention de soutien avec l'ARS Loire-Armançon")
p("Le conseil municipal approuve la convention pluriannuelle 2025-2027 de soutien au démarrage du centre de santé, "
  "à conclure avec l'Agence régionale de santé Loire-Armançon. Au titre de cette convention, l'ARS attribue au "
  "centre, sur les crédits du Fonds d'intervention régional (FIR) :")
for it in [
    "1° Une aide au fonctionnement de 150 000 € sur trois ans, versée à hauteur de 60 000 € en 2025, 50 000 € en 2026 et 40 000 € en 2027 ;",
    "2° Une aide à l'investissement de 60 000 €, versée en une fois à la réception des travaux.",
]:
    item(it)
p("En contrepartie, la commune s'engage :")
for it in [
    "1° À appliquer les tarifs de secteur 1 et le tiers payant intégral dans les conditions prévues à l'article 5 ;",
    "2° À adhérer à la CPTS Lorve et Coteaux dans les six mois suivant l'ouverture du centre ;",
    "3° À transmettre à l'ARS un rapport annuel d'activité avant le 30 juin de chaque année ;",
    "4° À participer à la permanence des soins ambulatoires et au service d'accès aux soins (SAS) du Val-de-Lorve ;",
    "5° À accueillir au moins un interne en médecine générale par semestre à compter de 2026.",
]:
    item(it)
p("L'aide au fonctionnement est réduite au prorata en cas de non-respect de ces engagements constaté lors du "
  "dialogue annuel de gestion. La Maire est autorisée à signer la convention et ses éventuels avenants.")
p("Vote de l'article 9 (convention avec l'ARS) – Présents : 26 – Représentés : 5 – Pour : 29 – Contre : 0 – "
  "Abstentions : 2.", style="B")

title("Récapitulatif des votes de la délibération n° DEL_2025_038")
table(
    ["Objet du vote", "Présents", "Représentés", "Pour", "Contre", "Abstentions"],
    [
        ["Création du CMS (art. 1er à 6)", "27", "4", "26", "3", "2"],
        ["Budget annexe (art. 7)", "27", "4", "25", "4", "2"],
        ["Emprunt de 650 000 € (art. 8)", "26", "5", "24", "5", "2"],
        ["Convention ARS (art. 9)", "26", "5", "29", "0", "2"],
    ],
    (60, 20, 24, 20, 20, 26), align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER"),
)
p("La Maire est chargée de l'exécution de la présente délibération, qui sera transmise au représentant de l'État "
  "dans le département et notifiée à l'ARS Loire-Armançon et à la CPAM du Val-de-Lorve.")
p("Fait et délibéré les jour, mois et an susdits. Pour extrait certifié conforme au registre.", align="L")
p("La secrétaire de séance, Justine CARREL          La Maire, Hélène GARRIGOU-BESNARD", align="L")
p("La présente délibération peut faire l'objet d'un recours pour excès de pouvoir devant le tribunal administratif "
  "dans un délai de deux mois à compter de sa publication et de sa transmission au représentant de l'État. "
  "Le tribunal peut être saisi par l'application Télérecours citoyens.", size=8)

# ---------------- Annexe 1 ----------------
pdf.add_page()
title("ANNEXE 1 – BUDGET ANNEXE PRÉVISIONNEL 2025-2027 DU CENTRE MUNICIPAL DE SANTÉ DES TILLEULS", size=10.5)
p("Section de fonctionnement, montants en euros. L'exercice 2025 ne couvre que quatre mois d'activité "
  "(septembre à décembre). Les recettes d'assurance maladie sont estimées sur la base de 4 200 consultations par "
  "an et par médecin équivalent temps plein, à un tarif moyen de 30 €.")
title("Tableau A – Recettes de fonctionnement", size=9.5)
table(
    ["Recettes", "2025", "2026", "2027"],
    [
        ["Actes et consultations facturés à l'assurance maladie", "148 000", "612 000", "735 000"],
        ["Forfaits (rémunération forfaitaire de l'accord national, forfait patientèle médecin traitant)", "27 000", "102 000", "124 000"],
        ["Aide au démarrage de l'ARS (FIR)", "60 000", "50 000", "40 000"],
        ["Subvention d'équilibre de la commune (budget principal)", "184 000", "196 000", "142 000"],
        ["Total des recettes", "419 000", "960 000", "1 041 000"],
    ],
    (94, 25, 25, 26), bold_last=True, align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
)
title("Tableau B – Dépenses de fonctionnement", size=9.5)
table(
    ["Dépenses", "2025", "2026", "2027"],
    [
        ["Personnel médical (médecins)", "118 000", "468 000", "556 000"],
        ["Personnel paramédical, administratif et de médiation", "86 000", "262 000", "286 000"],
        ["Locaux (remboursement au budget principal, fluides, entretien, assurances)", "42 000", "86 000", "89 000"],
        ["Équipement médical, informatique et logiciel métier", "148 000", "58 000", "29 000"],
        ["Frais financiers (intérêts de l'emprunt)", "9 000", "21 000", "20 000"],
        ["Dotations aux amortissements", "16 000", "65 000", "61 000"],
        ["Total des dépenses", "419 000", "960 000", "1 041 000"],
    ],
    (94, 25, 25, 26), bold_last=True, align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
)
p("Notes : (1) La subvention d'équilibre décroît à partir de 2027 avec la montée en charge de l'activité et "
  "l'augmentation des forfaits ; l'objectif est de la ramener sous 100 000 € par an à l'horizon 2029. "
  "(2) Les frais financiers sont imputés au budget annexe au prorata de la part de l'emprunt affectée au centre. "
  "(3) Le déficit éventuel constaté au compte administratif est couvert dans la limite du plafond fixé à l'article 7.", size=8.5)

# ---------------- Annexe 2 ----------------
title("ANNEXE 2 – TABLEAU PRÉVISIONNEL DES EFFECTIFS DU CENTRE (EN ÉQUIVALENTS TEMPS PLEIN)", size=10.5)
p("Effectifs prévisionnels au 31 décembre de chaque année, exprimés en équivalents temps plein (ETP).")
table(
    ["Emploi", "2025", "2026", "2027"],
    [
        ["Médecins généralistes", "3,0", "4,0", "5,0"],
        ["Infirmier(ère) en pratique avancée", "0,0", "1,0", "1,0"],
        ["Infirmiers diplômés d'État", "1,0", "1,5", "2,0"],
        ["Secrétaires médicales – agents d'accueil", "2,5", "3,0", "3,0"],
        ["Coordination administrative", "1,0", "1,0", "1,0"],
        ["Médiation en santé", "0,5", "1,0", "1,0"],
        ["Total ETP", "8,0", "11,5", "13,0"],
    ],
    (94, 25, 25, 26), bold_last=True, align=("LEFT", "CENTER", "CENTER", "CENTER"),
)
p("Le recrutement du cinquième médecin est conditionné à l'atteinte d'une file active de 4 000 patients ayant "
  "déclaré un médecin traitant au centre. Le temps de coordination médicale (0,2 ETP) est inclus dans les effectifs "
  "de médecins généralistes.", size=8.5)

pdf.output(OUT)
print("written", OUT, pdf.page_no(), "pages")
