# Generates docs/ppi-autonomie-2025-2029_haute-verande_v3.pdf (fictional document)
# Run with: /work/main/.venv/bin/python source/make_ppi_pdf.py
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "docs" / "ppi-autonomie-2025-2029_haute-verande_v3.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


class PPI(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        w = self.w - self.l_margin - self.r_margin
        self.cell(w / 2, 5, "Département de la Haute-Vérande – Direction de l'autonomie", new_x="RIGHT", new_y="TOP")
        self.cell(w / 2, 5, "PPI « Bien vieillir en Haute-Vérande » 2025-2029", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        w = self.w - self.l_margin - self.r_margin
        self.cell(w / 2, 5, "Annexe 1 à la délibération n° 2025-03-118 – version 3 du 28 février 2025", new_x="RIGHT", new_y="TOP")
        self.cell(w / 2, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = PPI(format="A4")
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.add_font("DejaVu", "I", FONT_I)
pdf.set_auto_page_break(True, margin=18)
pdf.set_margins(18, 15, 18)
pdf.alias_nb_pages()


def h1(text):
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def h2(text):
    pdf.ln(1.5)
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")


def para(text, size=9.5):
    pdf.set_font("DejaVu", "", size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def bullets(items, size=9.5):
    pdf.set_font("DejaVu", "", size)
    for it in items:
        pdf.set_x(pdf.l_margin + 4)
        pdf.multi_cell(0, 5, "– " + it, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def caption(text):
    pdf.set_font("DejaVu", "B", 9)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def table(rows, widths, size=8, aligns=None, bold_last=True):
    pdf.set_font("DejaVu", "", size)
    head = FontFace(emphasis="BOLD", fill_color=(225, 230, 240))
    with pdf.table(col_widths=widths, width=sum(widths), line_height=4.6,
                   headings_style=head, text_align=aligns or "LEFT",
                   align="LEFT") as t:
        for i, r in enumerate(rows):
            row = t.row()
            for c in r:
                if bold_last and i == len(rows) - 1:
                    row.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    row.cell(c)
    pdf.ln(3)


# ---------------------------------------------------------------- page 1
pdf.add_page()
pdf.set_font("DejaVu", "", 9)
pdf.cell(0, 5, "RÉPUBLIQUE FRANÇAISE", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "DÉPARTEMENT DE LA HAUTE-VÉRANDE", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Direction générale adjointe des solidarités – Direction de l'autonomie (DA)", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.cell(0, 5, "Annexe 1 à la délibération n° 2025-03-118 du Conseil départemental du 24 mars 2025", new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
pdf.set_font("DejaVu", "B", 17)
pdf.multi_cell(0, 9, "PROGRAMME PLURIANNUEL D'INVESTISSEMENT 2025-2029", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "B", 13)
pdf.multi_cell(0, 8, "« Bien vieillir en Haute-Vérande »", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 11)
pdf.multi_cell(0, 6, "Établissements d'hébergement pour personnes âgées dépendantes (EHPAD), habitat intermédiaire et services d'aide et d'accompagnement à domicile", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("DejaVu", "I", 9)
pdf.multi_cell(0, 5, "Version 3 du 28 février 2025 – présentée à la commission « Solidarités, autonomie et insertion » du 10 mars 2025. Document élaboré par la Direction de l'autonomie en lien avec la délégation départementale de l'Agence régionale de santé (ARS) Centre-Morvan.", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

caption("Chiffres clés du programme")
table([
    ["Indicateur", "Valeur"],
    ["Opérations programmées", "9"],
    ["Coût total des opérations", "52 030 000 € HT / 62 126 000 € TTC"],
    ["Participation du Département (AP-2025-AUT-01)", "14 500 000 €"],
    ["Participation de l'ARS Centre-Morvan", "9 821 000 €"],
    ["Places nouvelles en EHPAD", "50"],
    ["Logements en habitat intermédiaire", "20"],
    ["Chambres doubles supprimées d'ici 2029", "120"],
], [95, 79], size=8.5, bold_last=False)

h1("Sommaire")
para("1. Contexte et diagnostic territorial\n2. Orientations du programme\n3. Programmation des opérations\n4. Plan de financement et échéancier des crédits de paiement\n5. Impact sur les tarifs d'hébergement\n6. Gouvernance, suivi et évaluation\n7. Risques identifiés et mesures de maîtrise")

# ---------------------------------------------------------------- section 1
h1("1. Contexte et diagnostic territorial")
h2("1.1 Une population âgée en forte progression")
para("Le département de la Haute-Vérande compte 287 400 habitants au recensement de 2021. Les personnes âgées de 75 ans et plus y sont au nombre de 41 860, soit 14,6 % de la population, contre 9,8 % en moyenne nationale. Selon les projections de l'Institut national de la statistique et des études économiques (INSEE), cette classe d'âge atteindrait 52 300 personnes en 2030, soit une progression de 24,9 %, et les personnes de 85 ans et plus passeraient de 12 150 à 14 780 sur la même période.")
para("Le nombre de bénéficiaires de l'allocation personnalisée d'autonomie (APA) s'établit à 9 412 au 31 décembre 2024, dont 5 986 à domicile et 3 426 en établissement. Le volume d'heures d'aide à domicile financées au titre de l'APA a atteint 1,94 million d'heures en 2024, en hausse de 6,2 % par rapport à 2022.")
h2("1.2 Une offre d'hébergement dense mais vieillissante")
para("Le département dispose de 49 EHPAD totalisant 3 968 places d'hébergement permanent, 82 places d'hébergement temporaire et 69 places d'accueil de jour. Le taux d'équipement en hébergement permanent et temporaire atteint 96,8 places pour 1 000 personnes âgées de 75 ans et plus, pour une moyenne nationale de 94,9. Le taux d'occupation moyen des EHPAD s'est établi à 93,7 % en 2024, contre 91,2 % en 2022.")
para("Dix-sept établissements, soit 35 % du parc, ont été construits avant 1985 ; 212 chambres doubles subsistent au 1er janvier 2025, réparties dans 11 établissements. La consommation énergétique moyenne des établissements concernés par le programme est estimée à 245 kWh d'énergie finale par mètre carré et par an, bien au-delà des objectifs fixés par le dispositif éco-énergie tertiaire.")
h2("1.3 Un secteur du domicile fragilisé")
para("Le territoire compte 27 services d'aide et d'accompagnement à domicile (SAAD) autorisés par le Département, dont 9 services publics rattachés à des centres communaux ou intercommunaux d'action sociale, 14 services associatifs et 4 services commerciaux. Seuls 63 % d'entre eux disposent d'un outil de télégestion opérationnel. Les difficultés de recrutement se traduisent par 7,4 % d'heures prescrites non réalisées en 2024.")

# ---------------------------------------------------------------- section 2
h1("2. Orientations du programme")
para("Le programme s'inscrit dans le schéma départemental de l'autonomie 2023-2027 et poursuit quatre orientations, déclinées ci-après.")
h2("2.1 Humaniser et moderniser le parc existant")
para("Le Département soutient en priorité les opérations de restructuration et de reconstruction des établissements les plus anciens. L'objectif est de supprimer 120 chambres doubles d'ici 2029, soit plus de la moitié du stock existant, en garantissant à chaque résident une chambre individuelle d'au moins 20 m² avec salle d'eau privative. Quatre opérations y contribuent : EHPAD Les Tilleuls (24 chambres doubles supprimées), Résidence du Val d'Ausse (36), EHPAD La Closerie (28) et Résidence Belle-Rive (32).")
h2("2.2 Créer des places adaptées aux besoins")
para("Le programme prévoit la création de 50 places nouvelles en EHPAD, ciblées sur les besoins non couverts : 14 places de pôle d'activités et de soins adaptés (PASA) pour les résidents présentant des troubles du comportement modérés, 6 places d'hébergement temporaire, dont 2 dédiées à la sortie d'hospitalisation, et 30 places d'hébergement permanent réparties entre les EHPAD Les Tilleuls (12), Résidence du Val d'Ausse (8) et Résidence Belle-Rive (10). Les places d'hébergement permanent créées à la Résidence du Val d'Ausse sont intégrées à une unité protégée pour personnes âgées désorientées (UPAD) de 14 lits.")
h2("2.3 Accompagner le virage domiciliaire")
para("Le Département consacre 1 890 000 € au soutien du domicile et de l'habitat intermédiaire, répartis entre trois dispositifs :")
bullets([
    "le fonds départemental de modernisation des SAAD, doté de 1 200 000 € sur la période 2025-2027 (400 000 € par an), pour l'équipement en télégestion, le renouvellement des véhicules et la prévention des troubles musculo-squelettiques ;",
    "la participation de 90 000 € au centre de ressources territorial (CRT) porté par l'EHPAD Les Genêts à Castelroux, cofinancé par l'ARS à hauteur de 300 000 € au titre du fonds d'intervention régional (FIR) ;",
    "la subvention de 600 000 € à Vérande Habitat pour la résidence autonomie Les Pervenches à Vérac (20 logements), complétée par une aide de 250 000 € de la caisse d'assurance retraite et de la santé au travail (CARSAT) Centre-Morvan.",
])
h2("2.4 Réussir la transition énergétique des établissements")
para("Toutes les opérations de restructuration et de reconstruction devront atteindre une réduction d'au moins 40 % de la consommation d'énergie finale par rapport à l'année de référence 2020. L'opération de rénovation énergétique de l'EHPAD Le Clos des Vignes à Orbigny-sur-Ausse, qui comprend l'isolation par l'extérieur, le remplacement de la chaufferie fioul par une chaufferie bois et l'installation de 420 m² de panneaux photovoltaïques, doit permettre une économie annuelle estimée à 68 000 € TTC sur les charges d'exploitation.")

# ---------------------------------------------------------------- section 3 (landscape table)
h1("3. Programmation des opérations")
para("Les neuf opérations retenues à l'issue de l'appel à manifestation d'intérêt conjoint du Département et de l'ARS (14 dossiers déposés, comité de sélection du 16 janvier 2025) sont présentées au tableau 1. Les coûts sont exprimés toutes dépenses confondues (travaux, honoraires, équipements et aléas). Le taux de TVA applicable est de 20 %, sauf pour la résidence autonomie Les Pervenches (10 %).")
h2("3.1 Critères de sélection")
para("Les dossiers ont été notés sur 100 points selon les critères suivants :")
bullets([
    "état et vétusté du bâti : 30 points ;",
    "maîtrise de l'impact sur le tarif hébergement : 25 points ;",
    "qualité du projet de vie et d'accompagnement : 20 points ;",
    "performance énergétique et environnementale : 15 points ;",
    "maturité du projet et capacité à démarrer les travaux avant fin 2026 : 10 points.",
])
para("Un dossier devait obtenir au moins 60 points pour être retenu. Les cinq dossiers écartés ont obtenu entre 38 et 57 points.")

pdf.add_page(orientation="L")
caption("Tableau 1 – Opérations programmées par établissement (montants en euros)")
table([
    ["Établissement", "Commune", "Nature de l'opération", "Places créées", "Coût HT", "Coût TTC", "Part Département", "Part ARS", "Période"],
    ["EHPAD Les Tilleuls", "Montferrand-sur-Vérande", "Restructuration-extension (84 à 96 lits)", "12", "9 800 000", "11 760 000", "2 340 000", "1 960 000", "2025-2028"],
    ["Résidence du Val d'Ausse", "Saint-Jorand", "Reconstruction sur site (72 lits dont UPAD de 14 lits)", "8", "12 450 000", "14 940 000", "2 800 000", "2 490 000", "2025-2029"],
    ["EHPAD La Closerie", "Brévannes-le-Haut", "Humanisation (suppression de 28 chambres doubles)", "0", "3 200 000", "3 840 000", "640 000", "480 000", "2025-2026"],
    ["EHPAD Saint-Exupère", "Lavergne-sur-Ausse", "Création d'un PASA de 14 places", "14", "2 150 000", "2 580 000", "430 000", "645 000", "2025-2026"],
    ["EHPAD Le Clos des Vignes", "Orbigny-sur-Ausse", "Rénovation énergétique et accessibilité", "0", "4 600 000", "5 520 000", "920 000", "690 000", "2026-2027"],
    ["EHPAD Les Genêts", "Castelroux", "Extension : 6 places d'hébergement temporaire", "6", "1 380 000", "1 656 000", "345 000", "276 000", "2025-2026"],
    ["Résidence Belle-Rive", "Pont-d'Ausse", "Reconstruction (90 lits dont 10 créés)", "10", "14 900 000", "17 880 000", "3 000 000", "2 980 000", "2026-2029"],
    ["Résidence Les Pervenches", "Vérac", "Résidence autonomie de 20 logements", "20", "3 100 000", "3 410 000", "600 000", "–", "2026-2028"],
    ["CRT Les Genêts", "Castelroux", "Centre de ressources territorial", "0", "450 000", "540 000", "90 000", "300 000", "2025-2026"],
    ["Total", "", "", "70", "52 030 000", "62 126 000", "11 165 000", "9 821 000", ""],
], [42, 39, 50, 15, 22, 22, 26, 20, 19], size=8,
    aligns=("LEFT", "LEFT", "LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "CENTER"))
para("Lecture : pour la résidence Les Pervenches, la colonne « Places créées » indique un nombre de logements. La part ARS du centre de ressources territorial est financée sur le FIR ; les autres parts ARS relèvent du plan d'aide à l'investissement (PAI) de la Caisse nationale de solidarité pour l'autonomie (CNSA). Les montants de la colonne « Part Département » n'incluent ni le fonds de modernisation des SAAD (1 200 000 €) ni la provision pour le second appel à projets (2 135 000 €).", size=8.5)

# ---------------------------------------------------------------- section 4
pdf.add_page(orientation="P")
h1("4. Plan de financement et échéancier des crédits de paiement")
h2("4.1 Plan de financement prévisionnel des opérations")
para("Le plan de financement consolidé des neuf opérations, établi sur la base des coûts hors taxes, est présenté au tableau 2. Les gestionnaires publics et associatifs récupérant la TVA par le biais du fonds de compensation ou de l'assujettissement partiel, la base HT a été retenue pour l'ensemble des cofinancements.")
caption("Tableau 2 – Plan de financement consolidé (base HT)")
table([
    ["Financeur", "Montant (€)", "Part du coût HT"],
    ["Département de la Haute-Vérande", "11 165 000", "21,5 %"],
    ["ARS Centre-Morvan – PAI (CNSA)", "9 521 000", "18,3 %"],
    ["ARS Centre-Morvan – FIR", "300 000", "0,6 %"],
    ["CARSAT Centre-Morvan", "250 000", "0,5 %"],
    ["Emprunts des gestionnaires", "24 100 000", "46,3 %"],
    ["Fonds propres des gestionnaires", "6 694 000", "12,9 %"],
    ["Total", "52 030 000", "100 %"],
], [80, 45, 45], size=8.5, aligns=("LEFT", "RIGHT", "RIGHT"))
para("Le taux moyen de subvention publique (Département, ARS et CARSAT) s'établit ainsi à 40,8 % du coût hors taxes. Les emprunts des gestionnaires seront pour l'essentiel contractés auprès de la Banque des Territoires ; le Département pourra accorder sa garantie d'emprunt aux gestionnaires publics et associatifs à hauteur de 50 % des prêts, dans les conditions de droit commun.")
h2("4.2 Échéancier des crédits de paiement départementaux")
para("L'autorisation de programme AP-2025-AUT-01 de 14 500 000 € est ventilée en crédits de paiement selon l'échéancier prévisionnel du tableau 3. Celui-ci intègre le fonds de modernisation des SAAD et la provision pour le second appel à projets, qui ne figurent pas au tableau 1.")
caption("Tableau 3 – Échéancier prévisionnel des crédits de paiement du Département (en k€)")
table([
    ["Ligne", "2025", "2026", "2027", "2028", "2029", "Total"],
    ["Subventions aux EHPAD", "1 850", "2 900", "2 600", "1 900", "1 225", "10 475"],
    ["Habitat intermédiaire", "0", "150", "300", "150", "0", "600"],
    ["Centre de ressources territorial", "45", "45", "0", "0", "0", "90"],
    ["Fonds de modernisation des SAAD", "400", "400", "400", "0", "0", "1 200"],
    ["Provision second appel à projets", "0", "0", "535", "800", "800", "2 135"],
    ["Total crédits de paiement", "2 295", "3 495", "3 835", "2 850", "2 025", "14 500"],
], [62, 18, 18, 18, 18, 18, 22], size=8.5,
    aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"))
para("Les contributions annuelles de l'ARS Centre-Morvan sont fixées par la convention de partenariat 2025-2029 (annexe 2 à la délibération). Elles s'élèvent à 9 821 000 € sur la période, sous réserve de la délégation annuelle des crédits de la CNSA.")

# ---------------------------------------------------------------- section 5
h1("5. Impact sur les tarifs d'hébergement")
para("Le coût des investissements non couvert par des subventions est répercuté sur le tarif hébergement, à la charge des résidents ou, pour les bénéficiaires de l'aide sociale à l'hébergement (ASH), du Département. Le tableau 4 présente, pour chaque établissement concerné, le surcoût journalier estimé avec et sans les aides publiques. Le règlement du PPI plafonne à 7,50 € par jour le surcoût après aides.")
caption("Tableau 4 – Impact estimé sur le tarif hébergement journalier (en euros TTC par jour)")
table([
    ["Établissement", "Tarif 2025", "Surcoût sans aides", "Surcoût après aides"],
    ["EHPAD Les Tilleuls", "68,40 €", "+ 9,10 €", "+ 4,20 €"],
    ["Résidence du Val d'Ausse", "64,95 €", "+ 13,60 €", "+ 6,85 €"],
    ["EHPAD La Closerie", "71,20 €", "+ 3,90 €", "+ 1,75 €"],
    ["EHPAD Le Clos des Vignes", "66,10 €", "+ 2,80 €", "+ 0,95 €"],
    ["EHPAD Les Genêts", "62,80 €", "+ 2,60 €", "+ 1,10 €"],
    ["Résidence Belle-Rive", "66,30 €", "+ 14,20 €", "+ 7,10 €"],
], [62, 34, 38, 38], size=8.5, aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT"), bold_last=False)
para("L'opération de l'EHPAD Saint-Exupère, qui porte sur un PASA financé par le forfait global de soins, n'a pas d'incidence sur le tarif hébergement. Pour l'EHPAD Le Clos des Vignes, le surcoût après aides est largement compensé par les économies d'énergie attendues.")

# ---------------------------------------------------------------- section 6
h1("6. Gouvernance, suivi et évaluation")
h2("6.1 Comité de pilotage")
para("Le comité de pilotage (COPIL) du PPI est présidé par le vice-président chargé de l'autonomie, M. Gérard Ferrandon. Il réunit les représentants du Département, de la délégation départementale de l'ARS Centre-Morvan, de la CARSAT Centre-Morvan, de la caisse primaire d'assurance maladie et des fédérations de gestionnaires. Il se réunit une fois par an, au cours du premier trimestre, pour examiner le bilan de l'année écoulée, actualiser l'échéancier des crédits de paiement et préparer, le cas échéant, les programmations ultérieures.")
h2("6.2 Comité technique")
para("Un comité technique associant la Direction de l'autonomie, la direction des finances du Département et la délégation départementale de l'ARS se réunit chaque trimestre. Il suit l'avancement physique et financier des opérations sur la base des états transmis par les gestionnaires et instruit les demandes de versement. Mme Véronique Aubespin, directrice de l'autonomie, en assure l'animation.")
h2("6.3 Indicateurs de suivi")
para("Les indicateurs du tableau 5 feront l'objet d'un rapport annuel présenté en commission « Solidarités, autonomie et insertion ». Une évaluation à mi-parcours sera conduite en 2027.")
caption("Tableau 5 – Indicateurs de suivi du programme")
table([
    ["Indicateur", "Valeur 2024", "Cible 2027", "Cible 2029"],
    ["Chambres doubles en EHPAD", "212", "184", "92"],
    ["Places nouvelles en EHPAD (cumul)", "0", "20", "50"],
    ["Logements en habitat intermédiaire", "0", "0", "20"],
    ["Consommation d'énergie (kWhEF/m²/an)", "245", "210", "170"],
    ["Heures APA à domicile (millions)", "1,94", "2,05", "2,15"],
    ["SAAD équipés en télégestion", "63 %", "85 %", "100 %"],
], [80, 30, 30, 30], size=8.5, aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT"), bold_last=False)

# ---------------------------------------------------------------- section 7
h1("7. Risques identifiés et mesures de maîtrise")
para("Le programme est exposé à plusieurs risques, que le comité technique suivra de manière spécifique :")
bullets([
    "dérive des coûts de construction : les plans de financement intègrent une provision pour aléas de 5 % ; toute hausse supérieure restera à la charge du gestionnaire, la subvention départementale étant forfaitaire ;",
    "retard dans l'obtention des autorisations d'urbanisme, notamment pour la Résidence Belle-Rive, dont le permis de construire est attendu au second semestre 2025 ;",
    "non-délégation ou délégation partielle des crédits PAI par la CNSA, qui conduirait à réexaminer le calendrier des opérations avec l'ARS ;",
    "tension sur le recrutement de personnels soignants pour les places nouvelles, atténuée par le plan départemental des métiers de l'autonomie ;",
    "sous-consommation du fonds de modernisation des SAAD, qui fera l'objet d'un point d'étape au 31 décembre 2025.",
])
para("Document approuvé par le comité de sélection conjoint le 16 janvier 2025 et par la commission « Solidarités, autonomie et insertion » le 10 mars 2025. Contact : Direction de l'autonomie, Hôtel du Département, Montferrand-sur-Vérande.", size=8.5)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print("written", OUT)
