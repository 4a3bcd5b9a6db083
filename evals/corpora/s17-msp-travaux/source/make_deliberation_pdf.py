# Generator for docs/2025-03-20_deliberation-conseil-municipal-saint-veran-msp.pdf
# Run with /work/main/.venv/bin/python (fpdf2).
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "docs" / "2025-03-20_deliberation-conseil-municipal-saint-veran-msp.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Registre(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Commune de Saint-Véran-sur-Lirette – Registre des délibérations du conseil municipal – Séance du 20 mars 2025",
                  new_x="LMARGIN", new_y="NEXT", align="C")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Délibérations DEL_2025_018 et DEL_2025_019 – Envoyé en préfecture le 24/03/2025 – Publié le 25/03/2025",
                  new_x="LMARGIN", new_y="NEXT", align="C")
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Registre(format="A4")
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.set_margins(20, 16, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.add_page()

W = 0  # full width


def p(text, size=9.5, bold=False, align="J", after=1.8, h=4.8):
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.multi_cell(W, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def item(text, indent=8, size=9.5):
    pdf.set_font("DejaVu", "", size)
    x = pdf.l_margin
    pdf.set_x(x + indent)
    pdf.multi_cell(pdf.w - pdf.r_margin - x - indent, 4.8, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def title(text, size=11):
    pdf.ln(1.5)
    p(text, size=size, bold=True, align="L", after=2, h=5.6)


def table(rows, widths, aligns=None, size=8, bold_rows=()):
    pdf.set_font("DejaVu", "", size)
    head = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=widths, text_align=aligns or "LEFT", line_height=4.4,
                   headings_style=head, first_row_as_headings=True) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for c in r:
                if i in bold_rows:
                    row.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    row.cell(c)
    pdf.ln(2.5)


# ---------------------------------------------------------------- page 1 preamble
p("RÉPUBLIQUE FRANÇAISE", size=10, bold=True, align="C", after=0.5)
p("Liberté – Égalité – Fraternité", size=8.5, align="C", after=2)
p("DÉPARTEMENT DE LA HAUTE-LIRETTE\nARRONDISSEMENT DE VAUCLERC\nCOMMUNE DE SAINT-VÉRAN-SUR-LIRETTE (3 120 habitants)",
  size=9, bold=True, align="L", after=2)
p("Accusé de réception en préfecture\n071-217105438-20250324-DEL_2025_018-DE\nDate de télétransmission : 24/03/2025\nDate de réception préfecture : 24/03/2025",
  size=8, align="R", after=3)
p("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", size=12, bold=True, align="C", after=0.5)
p("Séance ordinaire du jeudi 20 mars 2025", size=10, bold=True, align="C", after=3)
p("Nombre de conseillers municipaux en exercice : 23\nDate de la convocation : 13 mars 2025\nDate d'affichage de la convocation : 13 mars 2025",
  size=9, align="L", after=2)
p("L'an deux mille vingt-cinq, le vingt mars, à dix-neuf heures trente, le conseil municipal de la commune de "
  "Saint-Véran-sur-Lirette, dûment convoqué, s'est réuni en séance publique dans la salle du conseil de l'hôtel de ville, "
  "sous la présidence de Mme Hélène DARRIGADE, Maire.")
p("Présents (19) : Mme Hélène DARRIGADE, M. Patrice VAUDREMONT, Mme Sylvie MÉNÉTRIER, M. Karim BENHADDOU, "
  "Mme Odile FRESNAY, M. Gérard POUILLY, Mme Manon LÉCUYER, M. Yannick TESSIER, Mme Chantal ROUSSEL, "
  "M. Didier MARCHAIS, Mme Fatoumata DIALLO, M. Bruno LACHAUME, Mme Élise VERGNAUD, M. Stéphane ROBIN, "
  "Mme Claire ABGRALL, M. Jean-Baptiste CORLAY, Mme Anaïs ROUDIER, M. Frédéric NOYELLE, Mme Isabelle GUÉRINEAU.")
p("Absents représentés (3) : M. Thierry GAULTIER (pouvoir à Mme Odile FRESNAY), Mme Nathalie BESNIER (pouvoir à "
  "M. Patrice VAUDREMONT), M. Olivier TRÉGUIER (pouvoir à M. Jean-Baptiste CORLAY).")
p("Absent excusé (1) : M. Laurent QUÉMÉNER, arrivé à 20 h 05, avant l'examen de la délibération n° DEL_2025_019.")
p("Secrétaire de séance : Mme Manon LÉCUYER.")
p("Le quorum étant atteint, Mme la Maire ouvre la séance. Le procès-verbal de la séance du 6 février 2025 est adopté à l'unanimité.")

# ---------------------------------------------------------------- DEL 018
title("DÉLIBÉRATION N° DEL_2025_018")
p("Objet : Construction d'une maison de santé pluriprofessionnelle (MSP) – Approbation de l'avant-projet définitif, "
  "du coût prévisionnel de l'opération et du plan de financement – Demandes de subventions", bold=True, align="L")
p("Rapporteur : Mme Sylvie MÉNÉTRIER, adjointe déléguée aux solidarités, à la santé et aux aînés\n"
  "Nomenclature ACTES : 7.5 – Subventions", size=9, align="L")

title("EXPOSÉ DES MOTIFS", size=10)
p("Mme Sylvie MÉNÉTRIER rappelle que la commune de Saint-Véran-sur-Lirette est classée, depuis l'arrêté du directeur "
  "général de l'Agence régionale de santé (ARS) Loire-Morvan du 4 juillet 2023, en zone d'intervention prioritaire (ZIP) "
  "pour la médecine générale. Le départ à la retraite de deux médecins généralistes en 2023, puis d'un troisième au "
  "31 décembre 2024, a laissé 1 870 patients de la commune sans médecin traitant au 1er janvier 2025, contre 1 140 au "
  "1er janvier 2024, selon les données de la caisse primaire d'assurance maladie (CPAM) de la Haute-Lirette. "
  "Le bassin de vie desservi regroupe 9 communes et environ 11 400 habitants ; la part des habitants âgés de 75 ans "
  "et plus y atteint 14,6 %.")
p("Pour y répondre, des professionnels de santé du territoire se sont constitués en équipe de soins primaires et ont "
  "élaboré un projet de santé commun, porté d'abord par l'association « Pôle Santé Lirette », puis par la société "
  "interprofessionnelle de soins ambulatoires (SISA) du même nom, immatriculée le 2 octobre 2024. Ce projet de santé a "
  "été validé par l'ARS le 18 novembre 2024. Il associe, à l'ouverture de la maison de santé, 13 professionnels :")
for t in ["a) quatre médecins généralistes, dont deux jeunes praticiens issus de l'internat de la faculté de médecine de Vauclerc ;",
          "b) trois infirmiers diplômés d'État ;",
          "c) deux masseurs-kinésithérapeutes ;",
          "d) une orthophoniste ;",
          "e) une sage-femme ;",
          "f) un pédicure-podologue ;",
          "g) une psychologue."]:
    item(t)
pdf.ln(1)
p("La coordination de la structure sera assurée par une coordinatrice à mi-temps, financée par la SISA au moyen de "
  "l'accord conventionnel interprofessionnel (ACI) conclu avec l'assurance maladie.")
p("La commune s'est rendue propriétaire, par délibération n° DEL_2024_052 du 12 septembre 2024, de la parcelle "
  "cadastrée section AB n° 214, d'une contenance de 2 380 m², située rue des Tanneurs, à proximité immédiate de la "
  "pharmacie et de l'arrêt de la ligne régionale de car n° 17, pour un prix de 85 000 € net vendeur, hors frais d'acte. "
  "L'acquisition foncière, déjà réalisée, n'est pas intégrée au coût de l'opération présenté ci-après.")
p("Le groupement de maîtrise d'œuvre Atelier Orme & Ferrand (architecte mandataire) / Lirette Ingénierie (bureau "
  "d'études techniques), retenu à l'issue d'une procédure adaptée le 6 juin 2024, a remis l'avant-projet sommaire (APS), "
  "approuvé par délibération n° DEL_2024_071 du 5 décembre 2024 pour un montant estimé de 2 080 000 € HT. "
  "L'avant-projet définitif (APD), remis le 21 février 2025, prévoit un bâtiment de plain-pied à ossature bois d'une "
  "surface de plancher de 612 m², comprenant 15 cabinets et salles de consultation, une salle de soins non programmés, "
  "une salle de réunion équipée pour la télémédecine, un espace d'accueil commun et un studio de 32 m² destiné à "
  "l'hébergement des internes en médecine et des remplaçants. Le parc de stationnement comptera 28 places, dont "
  "2 places réservées aux personnes à mobilité réduite et 4 places équipées de bornes de recharge pour véhicules électriques.")
p("Le coût prévisionnel de l'opération au stade APD s'élève à 2 250 000 € HT, soit 2 700 000 € TTC, selon la "
  "décomposition présentée en Annexe 1. L'augmentation de 170 000 € HT (+ 8,17 %) par rapport à l'APS s'explique "
  "principalement par :")
for t in ["a) la nécessité de fondations sur micropieux, révélée par l'étude géotechnique G2 AVP du 15 janvier 2025 ;",
          "b) l'intégration d'une centrale photovoltaïque de 36 kWc en toiture, destinée à l'autoconsommation ;",
          "c) l'extension du parc de stationnement de 20 à 28 places, à la demande de l'équipe de soins."]:
    item(t)
pdf.ln(1)
p("Le bâtiment vise le label régional « Bâtiment durable Loire-Morvan », niveau Argent, et un besoin en énergie "
  "primaire inférieur de 30 % au seuil fixé par la réglementation environnementale RE2020.")
p("Le plan de financement prévisionnel, détaillé en Annexe 2, mobilise l'ensemble des partenaires publics susceptibles "
  "d'accompagner l'opération. Le taux cumulé des aides publiques atteint 76,00 % du coût HT, dans le respect du plafond "
  "de 80 % fixé par l'article L. 1111-10 du code général des collectivités territoriales. La Fondation Aubépine pour la "
  "santé rurale, fondation reconnue d'utilité publique, a par ailleurs été sollicitée le 28 février 2025, dans le cadre "
  "de son appel à projets « Pôles de soins ruraux 2025 », pour un montant de 150 000 €.")
p("L'autofinancement communal, d'un montant de 390 000 €, serait couvert par un emprunt de 300 000 € sur 25 ans et par "
  "90 000 € de fonds propres. Sur la base d'un taux fixe indicatif de 3,35 %, l'annuité de l'emprunt est estimée à "
  "17 907 €. La commune assurera en outre le préfinancement de la TVA, soit 450 000 €, dont 442 908 € devraient être "
  "récupérés au titre du fonds de compensation pour la taxe sur la valeur ajoutée (FCTVA), au taux de 16,404 %.")
p("Le calendrier prévisionnel de l'opération est le suivant : lancement de la consultation des entreprises en "
  "avril 2025 ; attribution des marchés de travaux en juin 2025 ; démarrage des travaux en septembre 2025 ; livraison "
  "du bâtiment en décembre 2026 ; ouverture au public au premier trimestre 2027.")
p("La commission « Finances, travaux et urbanisme », réunie le 11 mars 2025, a émis un avis favorable "
  "(6 voix pour, 1 abstention).")

title("DÉBATS", size=10)
p("M. Jean-Baptiste CORLAY estime que le reste à charge communal, ajouté au préfinancement de la TVA, fait peser un "
  "risque excessif sur la trésorerie de la commune et regrette que le recours à une foncière publique régionale n'ait "
  "pas été étudié. Mme Anaïs ROUDIER s'interroge sur la capacité de la commune à attirer effectivement quatre médecins. "
  "Mme la Maire répond que les quatre médecins ont signé une lettre d'engagement le 10 janvier 2025 et que les loyers "
  "perçus couvriront l'annuité d'emprunt. M. Frédéric NOYELLE demande que le coût de fonctionnement du bâtiment soit "
  "présenté chaque année à la commission des finances ; Mme la Maire en prend l'engagement.")

title("LE CONSEIL MUNICIPAL,", size=10)
for t in ["Vu le code général des collectivités territoriales, et notamment ses articles L. 1111-10, L. 2121-29 et L. 2331-6 ;",
          "Vu le code de la santé publique, et notamment son article L. 6323-3 relatif aux maisons de santé ;",
          "Vu le code de la commande publique, et notamment ses articles L. 2123-1 et R. 2123-1 ;",
          "Vu la délibération n° DEL_2024_052 du 12 septembre 2024 portant acquisition de la parcelle cadastrée AB n° 214 ;",
          "Vu la délibération n° DEL_2024_071 du 5 décembre 2024 approuvant l'avant-projet sommaire ;",
          "Vu le projet de santé de l'équipe de soins primaires « Pôle Santé Lirette », validé par l'ARS Loire-Morvan le 18 novembre 2024 ;",
          "Vu la circulaire préfectorale du 9 janvier 2025 relative à la dotation d'équipement des territoires ruraux et à la dotation de soutien à l'investissement local pour l'exercice 2025 ;",
          "Vu l'avis de la commission « Finances, travaux et urbanisme » du 11 mars 2025 ;",
          "Considérant l'urgence de maintenir une offre de soins de premier recours sur le territoire communal et sur le bassin de vie ;",
          "Considérant que le projet est éligible aux dispositifs de soutien de l'État, de la Région Loire-Morvan, du Département de la Haute-Lirette et de l'Union européenne ;",
          "Considérant que l'opération est inscrite au contrat local de santé du Pays de Lirette 2024-2028 (fiche action 2.3) ;",
          "Après en avoir délibéré,"]:
    item(t, indent=0)
pdf.ln(1)
p("DÉCIDE :", bold=True, align="L")
arts18 = [
    ("ARTICLE 1 –", "D'approuver l'avant-projet définitif (APD) de la maison de santé pluriprofessionnelle de Saint-Véran-sur-Lirette, tel que remis par le groupement de maîtrise d'œuvre Atelier Orme & Ferrand le 21 février 2025."),
    ("ARTICLE 2 –", "D'arrêter le coût prévisionnel de l'opération à 2 250 000 € HT, soit 2 700 000 € TTC, selon la décomposition figurant en Annexe 1, et de fixer en conséquence le forfait définitif de rémunération du maître d'œuvre à 186 000 € HT, soit un taux de rémunération de 10,99 % appliqué au coût prévisionnel des travaux."),
    ("ARTICLE 3 –", "D'approuver le plan de financement prévisionnel de l'opération figurant en Annexe 2."),
    ("ARTICLE 4 –", "D'autoriser Mme la Maire à solliciter auprès de l'État, au titre de l'exercice 2025, une subvention de 562 500 € au titre de la dotation d'équipement des territoires ruraux (DETR) et une subvention de 315 000 € au titre de la dotation de soutien à l'investissement local (DSIL)."),
    ("ARTICLE 5 –", "D'autoriser Mme la Maire à solliciter une subvention de 450 000 € auprès de la Région Loire-Morvan au titre du dispositif « Santé de proximité », et une subvention de 225 000 € auprès du Département de la Haute-Lirette au titre du contrat départemental de territoire 2023-2028."),
    ("ARTICLE 6 –", "D'autoriser Mme la Maire à solliciter une aide de 157 500 € au titre du Fonds européen agricole pour le développement rural (FEADER), mesure LEADER, auprès du groupe d'action locale (GAL) du Pays de Lirette, ainsi qu'une subvention de 150 000 € auprès de la Fondation Aubépine pour la santé rurale."),
    ("ARTICLE 7 –", "D'autoriser Mme la Maire à consulter les établissements bancaires en vue de la souscription d'un emprunt d'un montant maximal de 300 000 €, d'une durée de 25 ans, et d'une ligne de trésorerie d'un montant maximal de 600 000 €, destinée à couvrir le décalage entre le paiement des dépenses et l'encaissement des subventions et du FCTVA."),
    ("ARTICLE 8 –", "De s'engager à prendre en charge, sur les fonds propres de la commune, la part non couverte par les subventions, y compris en cas de refus ou de minoration de l'une d'entre elles."),
    ("ARTICLE 9 –", "D'autoriser Mme la Maire à lancer la consultation des entreprises selon une procédure adaptée, en application des articles L. 2123-1 et R. 2123-1 du code de la commande publique, en 11 lots séparés, et à signer les marchés correspondants dans la limite de l'enveloppe travaux de 1 692 000 € HT."),
    ("ARTICLE 10 –", "De préciser que les crédits nécessaires sont inscrits au budget principal, chapitre 23 « Immobilisations en cours », opération n° 2025-04 « Maison de santé », dans le cadre de l'autorisation de programme n° AP-2024-02 d'un montant de 2 700 000 € TTC, dont 780 000 € de crédits de paiement ouverts en 2025 et 1 920 000 € en 2026."),
    ("ARTICLE 11 –", "De charger Mme la Maire de l'exécution de la présente délibération. La présente délibération peut faire l'objet d'un recours devant le tribunal administratif de Vauclerc dans un délai de deux mois à compter de sa publication."),
]
for a, t in arts18:
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.write(4.8, a + " ")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.write(4.8, t)
    pdf.ln(6.5)

title("VOTE – DÉLIBÉRATION N° DEL_2025_018", size=10)
for t in ["Présents : 19 – Représentés : 3 – Votants : 22",
          "Pour : 18",
          "Contre : 2 (M. Jean-Baptiste CORLAY, Mme Anaïs ROUDIER)",
          "Abstentions : 2 (M. Frédéric NOYELLE, M. Olivier TRÉGUIER)"]:
    item(t, indent=0)
p("La délibération n° DEL_2025_018 est adoptée à la majorité.", bold=True, align="L")

# ---------------------------------------------------------------- DEL 019
pdf.add_page()
p("Accusé de réception en préfecture\n071-217105438-20250324-DEL_2025_019-DE\nDate de télétransmission : 24/03/2025\nDate de réception préfecture : 24/03/2025",
  size=8, align="R", after=3)
title("DÉLIBÉRATION N° DEL_2025_019")
p("Objet : Maison de santé pluriprofessionnelle – Fixation des loyers et des conditions de mise à disposition des "
  "locaux – Autorisation de signer un bail professionnel avec la SISA « Pôle Santé Lirette »", bold=True, align="L")
p("Rapporteur : M. Patrice VAUDREMONT, premier adjoint délégué aux finances\nNomenclature ACTES : 3.3 – Locations",
  size=9, align="L")
p("M. Laurent QUÉMÉNER rejoint la séance à 20 h 05. Le conseil municipal compte désormais 20 membres présents et "
  "3 membres représentés.")

title("EXPOSÉ DES MOTIFS", size=10)
p("M. Patrice VAUDREMONT expose que la commune, propriétaire du bâtiment, en confiera la gestion locative à la SISA "
  "« Pôle Santé Lirette », qui sous-louera les cabinets aux professionnels de santé membres. Sur les 612 m² de surface "
  "de plancher, la surface utile locative s'établit à 468 m², le solde correspondant aux circulations, aux sanitaires "
  "publics, aux locaux techniques et au studio des internes.")
p("Le niveau de loyer proposé a été établi après comparaison avec les loyers pratiqués dans les maisons de santé du "
  "département, compris entre 8 et 11 € HT par m² et par mois. Il permet de couvrir l'annuité de l'emprunt prévu par la "
  "délibération n° DEL_2025_018, ainsi que les dépenses de gros entretien. Le loyer annuel total, hors charges, "
  "s'établit à 48 144 € HT, selon la grille suivante :")
table([
    ["Type de local", "Nombre de locaux", "Surface (m²)", "Loyer mensuel (€ HT/m²)", "Loyer annuel (€ HT)"],
    ["Cabinets de médecine générale", "5", "100", "9,50", "11 400"],
    ["Cabinets paramédicaux", "7", "126", "9,50", "14 364"],
    ["Cabinet et salle de rééducation de kinésithérapie", "2", "96", "9,50", "10 944"],
    ["Salle de soins non programmés", "1", "22", "9,50", "2 508"],
    ["Espaces partagés (accueil, attente, réunion, pause)", "–", "124", "6,00", "8 928"],
    ["Total", "15", "468", "–", "48 144"],
], widths=(62, 22, 22, 32, 32), aligns=("LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT"), bold_rows=(6,))
p("Le cinquième cabinet de médecine générale est réservé à l'accueil d'un interne en médecine ou d'un médecin "
  "remplaçant. Les cabinets paramédicaux accueilleront les infirmiers, l'orthophoniste, la sage-femme, le "
  "pédicure-podologue et la psychologue.")

title("LE CONSEIL MUNICIPAL,", size=10)
for t in ["Vu le code général des collectivités territoriales, et notamment ses articles L. 2121-29 et L. 2241-1 ;",
          "Vu la loi n° 86-1290 du 23 décembre 1986, et notamment son article 57 A relatif au bail professionnel ;",
          "Vu la délibération n° DEL_2025_018 de ce jour approuvant l'avant-projet définitif de la maison de santé ;",
          "Vu l'avis de la commission « Finances, travaux et urbanisme » du 11 mars 2025 ;",
          "Considérant la nécessité de fixer, avant la livraison du bâtiment, les conditions financières d'occupation des locaux ;",
          "Après en avoir délibéré,"]:
    item(t, indent=0)
pdf.ln(1)
p("DÉCIDE :", bold=True, align="L")
pdf.set_font("DejaVu", "B", 9.5)
pdf.write(4.8, "ARTICLE 1 – ")
pdf.set_font("DejaVu", "", 9.5)
pdf.write(4.8, "D'approuver la grille des loyers de la maison de santé pluriprofessionnelle présentée ci-dessus, pour un loyer annuel total de 48 144 € HT.")
pdf.ln(6.5)
pdf.set_font("DejaVu", "B", 9.5)
pdf.write(4.8, "ARTICLE 2 – ")
pdf.set_font("DejaVu", "", 9.5)
pdf.write(4.8, "De fixer les conditions de mise à disposition suivantes :")
pdf.ln(6)
for t in ["a) une franchise de loyer de six mois est accordée à compter de la prise d'effet du bail, afin de faciliter l'installation des professionnels ;",
          "b) le loyer est révisé chaque année au 1er janvier en fonction de la variation de l'indice des loyers des activités tertiaires (ILAT) ;",
          "c) une provision pour charges de 1,80 € HT par m² et par mois est appelée en sus du loyer et régularisée annuellement ;",
          "d) un dépôt de garantie correspondant à deux mois de loyer HT est versé à la signature du bail ;",
          "e) la SISA assure l'entretien courant des locaux, la commune conservant à sa charge les grosses réparations au sens de l'article 606 du code civil."]:
    item(t)
pdf.ln(1)
arts19 = [
    ("ARTICLE 3 –", "D'autoriser Mme la Maire à signer avec la SISA « Pôle Santé Lirette », représentée par son gérant, le Dr Romain ACHARD, un bail professionnel d'une durée de neuf ans prenant effet à la date de mise à disposition du bâtiment."),
    ("ARTICLE 4 –", "De fixer à 250 € par mois, charges comprises, la redevance d'occupation du studio destiné aux internes en médecine et aux remplaçants, mis à disposition par convention d'occupation précaire d'une durée maximale de six mois, renouvelable une fois."),
    ("ARTICLE 5 –", "De dire que les recettes correspondantes seront imputées au budget principal, compte 752 « Revenus des immeubles »."),
    ("ARTICLE 6 –", "De charger Mme la Maire de l'exécution de la présente délibération."),
]
for a, t in arts19:
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.write(4.8, a + " ")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.write(4.8, t)
    pdf.ln(6.5)

title("VOTE – DÉLIBÉRATION N° DEL_2025_019", size=10)
for t in ["Présents : 20 – Représentés : 3 – Votants : 23",
          "Pour : 20",
          "Contre : 1 (Mme Anaïs ROUDIER)",
          "Abstentions : 2 (M. Jean-Baptiste CORLAY, M. Olivier TRÉGUIER)"]:
    item(t, indent=0)
p("La délibération n° DEL_2025_019 est adoptée à la majorité.", bold=True, align="L")
pdf.ln(2)
p("Fait et délibéré en séance, les jour, mois et an susdits.\nPour extrait certifié conforme au registre.", align="L")
p("La Maire,\nHélène DARRIGADE\n\nLa secrétaire de séance,\nManon LÉCUYER", align="R")
p("La Maire certifie le caractère exécutoire du présent acte, transmis au représentant de l'État le 24 mars 2025 et "
  "publié le 25 mars 2025.", size=8.5, align="L")

# ---------------------------------------------------------------- Annexes
pdf.add_page()
title("ANNEXE 1 – COÛT PRÉVISIONNEL DE L'OPÉRATION (STADE APD)")
p("Annexe à la délibération n° DEL_2025_018. Montants en euros. Le taux de TVA applicable est de 20 %. La colonne "
  "« APS » rappelle l'estimation approuvée le 5 décembre 2024.", size=8.5)
table([
    ["N°", "Poste de dépense", "APS déc. 2024 (€ HT)", "APD mars 2025 (€ HT)", "TVA 20 % (€)", "APD mars 2025 (€ TTC)"],
    ["1", "Études préalables et diagnostics", "38 500", "38 500", "7 700", "46 200"],
    ["2", "Maîtrise d'œuvre (architecte et bureaux d'études)", "172 000", "186 000", "37 200", "223 200"],
    ["3", "Travaux de construction (11 lots)", "1 552 000", "1 692 000", "338 400", "2 030 400"],
    ["4", "Contrôle technique, CSPS et OPC", "41 500", "41 500", "8 300", "49 800"],
    ["5", "Équipement médical et mobilier", "96 000", "96 000", "19 200", "115 200"],
    ["6", "Aménagements extérieurs et stationnement", "104 000", "118 000", "23 600", "141 600"],
    ["7", "Aléas et imprévus", "76 000", "78 000", "15 600", "93 600"],
    ["", "TOTAL DE L'OPÉRATION", "2 080 000", "2 250 000", "450 000", "2 700 000"],
], widths=(8, 56, 26, 26, 22, 28), aligns=("CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), bold_rows=(8,))
p("CSPS : coordination en matière de sécurité et de protection de la santé. OPC : ordonnancement, pilotage et "
  "coordination du chantier. Le poste « Travaux de construction » constitue l'enveloppe de référence de la consultation "
  "des entreprises.", size=8.5)

pdf.add_page()
title("ANNEXE 2 – PLAN DE FINANCEMENT PRÉVISIONNEL")
p("Annexe à la délibération n° DEL_2025_018. Le taux d'intervention s'applique à l'assiette éligible retenue par "
  "chaque financeur ; la part du plan est calculée sur le coût total de l'opération, soit 2 250 000 € HT.", size=8.5)
table([
    ["Financeur", "Dispositif", "Assiette (€ HT)", "Taux", "Montant (€ HT)", "Part du plan"],
    ["État – DETR 2025", "Dotation d'équipement des territoires ruraux", "2 250 000", "25 %", "562 500", "25,00 %"],
    ["État – DSIL 2025", "Dotation de soutien à l'investissement local", "2 100 000", "15 %", "315 000", "14,00 %"],
    ["Région Loire-Morvan", "Santé de proximité", "1 800 000", "25 %", "450 000", "20,00 %"],
    ["Département de la Haute-Lirette", "Contrat départemental de territoire", "1 500 000", "15 %", "225 000", "10,00 %"],
    ["Union européenne – FEADER", "Mesure LEADER – GAL du Pays de Lirette", "262 500", "60 %", "157 500", "7,00 %"],
    ["Sous-total aides publiques", "", "", "", "1 710 000", "76,00 %"],
    ["Fondation Aubépine pour la santé rurale", "Appel à projets « Pôles de soins ruraux 2025 »", "–", "forfait", "150 000", "6,67 %"],
    ["Autofinancement communal", "Emprunt (300 000 €) et fonds propres (90 000 €)", "–", "–", "390 000", "17,33 %"],
    ["TOTAL", "", "", "", "2 250 000", "100,00 %"],
], widths=(40, 50, 24, 14, 22, 20), aligns=("LEFT", "LEFT", "RIGHT", "CENTER", "RIGHT", "RIGHT"), bold_rows=(6, 9))
p("Dossiers DETR et DSIL déposés le 31 janvier 2025. Dossier régional déposé le 14 février 2025. Dossier "
  "départemental déposé le 3 mars 2025. Dossier LEADER à déposer après l'attribution des marchés de travaux.", size=8.5)

p("Échéancier prévisionnel des encaissements (en euros)", bold=True, size=9.5, align="L")
table([
    ["Recette", "2025", "2026", "2027", "Total"],
    ["DETR", "168 750", "281 250", "112 500", "562 500"],
    ["DSIL", "94 500", "157 500", "63 000", "315 000"],
    ["Région", "0", "270 000", "180 000", "450 000"],
    ["Département", "67 500", "112 500", "45 000", "225 000"],
    ["FEADER – LEADER", "0", "0", "157 500", "157 500"],
    ["Fondation Aubépine", "90 000", "0", "60 000", "150 000"],
    ["FCTVA", "0", "127 951,20", "314 956,80", "442 908"],
    ["Emprunt", "0", "300 000", "0", "300 000"],
    ["Total des encaissements", "420 750", "1 249 201,20", "932 956,80", "2 602 908"],
], widths=(50, 28, 30, 30, 30), aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), bold_rows=(9,))
p("Les avances de l'État et du Département (30 %) sont versées au démarrage des travaux. La subvention de la "
  "Fondation Aubépine est versée à hauteur de 60 % au démarrage des travaux et de 40 % à la réception du bâtiment.",
  size=8.5)

pdf.output(str(OUT))
print("written", OUT)
