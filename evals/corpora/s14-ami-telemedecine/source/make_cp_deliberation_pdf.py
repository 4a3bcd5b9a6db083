"""Generate the (fictional) commission permanente deliberation + list of AMI laureates as a PDF.

Run with /work/main/.venv/bin/python source/make_cp_deliberation_pdf.py (from the set folder).
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "docs" / "2025-07-10_cp-deliberation-laureats-ami-telesante-rurale.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"

ACK = "086-237800013-20250710-CP_2025_07_118-DE"


def eur(n):
    s = f"{n:,}".replace(",", " ")
    return f"{s} €"


def pct(x):
    return f"{x:.1f}".replace(".", ",") + " %"


# structure, commune, dept, type, projet, cout, ttc?, sollicite, accorde
PROJECTS = [
    ("MSP du Val d'Orlane", "Saint-Aubin-d'Orlane", "Orlane", "MSP",
     "Téléconsultation assistée par infirmière et télé-expertise en dermatologie", 86400, False, 60480, 60480),
    ("CPTS des Monts de Vérac", "Lachaussade", "Haut-Vérac", "CPTS",
     "Réseau de télé-expertise en cardiologie (ECG connectés) pour 14 cabinets", 142000, False, 110000, 110000),
    ("EHPAD Les Tilleuls", "Brécourt-sur-Sèvre", "Sèvre-Amont", "EHPAD",
     "Chariot de téléconsultation et télé-expertise gériatrique", 58000, False, 34800, 34800),
    ("Hôpital de proximité de Montfaucon-les-Bois", "Montfaucon-les-Bois", "Pays de Carnel", "HP",
     "Plateau de téléconsultations de spécialistes (4 cabines)", 265000, False, 132500, 120000),
    ("Communauté de communes du Haut-Carnel", "Vézillac", "Pays de Carnel", "COLL",
     "Deux points de téléconsultation en mairies annexes", 96000, False, 48000, 48000),
    ("Pharmacie Delmas", "Rivaulte", "Orlane", "PHARMA",
     "Téléconsultation assistée en officine", 24500, False, 9800, 9800),
    ("Centre de santé intercommunal de la Sèvre Noire", "Corbières-en-Sèvre", "Sèvre-Amont", "CS",
     "Cabinet de téléconsultation et télé-expertise en ophtalmologie et dermatologie", 112000, False, 78400, 75000),
    ("MSP de Lanvern", "Lanvern", "Pays de Carnel", "MSP",
     "Dépistage de la rétinopathie diabétique par rétinographe non mydriatique", 48200, False, 33740, 30000),
    ("CPTS Sud-Orlane", "Castelnau-d'Orlane", "Orlane", "CPTS",
     "Télé-expertise plaies chroniques avec 60 infirmiers libéraux", 74600, False, 59680, 59680),
    ("EHPAD public autonome Résidence du Vieux Moulin", "Peyrac", "Haut-Vérac", "EHPAD",
     "Téléconsultations de nuit et de week-end avec l'équipe mobile de gériatrie", 66000, True, 39600, 39600),
    ("Commune de Sainte-Lyre", "Sainte-Lyre", "Sèvre-Amont", "COLL",
     "Cabine de téléconsultation à la maison France services", 38000, False, 19000, 19000),
    ("MSP des Trois Vallées", "Ambreuil", "Haut-Vérac", "MSP",
     "Téléconsultations programmées de suivi des maladies chroniques", 67500, False, 47250, 47250),
    ("MSP de Carnel-la-Forêt", "Carnel-la-Forêt", "Pays de Carnel", "MSP",
     "Projet mutualisé avec les MSP d'Orvaux et de Saint-Génis : télé-expertise en psychiatrie", 92000, False, 73600, 73600),
    ("Hôpital de proximité de Val-Sèvre", "Mauzac-sur-Sèvre", "Sèvre-Amont", "HP",
     "Téléconsultations de psychiatrie et de pédopsychiatrie", 198000, False, 99000, 99000),
    ("Pharmacie des Halles", "Vérac-le-Haut", "Haut-Vérac", "PHARMA",
     "Téléconsultation assistée en officine avec objets connectés", 31000, False, 12400, 12000),
    ("Centre de santé Association Santé Plateaux", "Moncoutel", "Haut-Vérac", "CS",
     "Téléconsultation et télésoin infirmier sur trois sites", 54000, True, 37800, 37800),
    ("Communauté de communes des Landes d'Orlane", "Buxières", "Orlane", "COLL",
     "Équipement de trois maisons médicales en télé-expertise", 160000, False, 80000, 80000),
    ("CPTS Sèvre et Bocage", "Saint-Jouin-de-Sèvre", "Sèvre-Amont", "CPTS",
     "Plateforme territoriale de télé-expertise et coordination télémédecine", 118000, False, 94400, 90000),
]

TYPES = [
    ("MSP", "Maisons de santé pluriprofessionnelles", 300000),
    ("CS", "Centres de santé", 150000),
    ("CPTS", "CPTS", 350000),
    ("EHPAD", "EHPAD", 150000),
    ("HP", "Hôpitaux de proximité", 250000),
    ("PHARMA", "Pharmacies d'officine", 50000),
    ("COLL", "Communes et EPCI", 200000),
]
DEPTS = ["Orlane", "Haut-Vérac", "Sèvre-Amont", "Pays de Carnel"]

TOTAL_AID = sum(p[8] for p in PROJECTS)
TOTAL_REQ = sum(p[7] for p in PROJECTS)
TOTAL_COST = sum(p[5] for p in PROJECTS)
PART_REGION = 468210
PART_ARS = TOTAL_AID - PART_REGION
assert TOTAL_AID == 1046010, TOTAL_AID
assert PART_ARS == 577800


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Région Haute-Sèvremont — Commission permanente du 10 juillet 2025 — Délibération n° CP-2025-07-118",
                  align="L", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Accusé de réception en préfecture {ACK}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONTB)
pdf.add_font("DejaVu", "I", FONTI)
pdf.set_auto_page_break(True, margin=18)
pdf.set_margins(18, 14, 18)


def para(text, size=9.5, style="", h=4.8, align="J", gap=1.6):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def title(text, size=10.5):
    pdf.set_font("DejaVu", "B", size)
    pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


# ------------------------------------------------------------------ page 1
pdf.add_page()
para("RÉPUBLIQUE FRANÇAISE", size=11, style="B", align="C", gap=0.5)
para("RÉGION HAUTE-SÈVREMONT", size=10, style="B", align="C", gap=3)
para("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DE LA COMMISSION PERMANENTE", size=10, style="B", align="C", gap=0.5)
para("Séance du jeudi 10 juillet 2025", size=9.5, align="C", gap=0.5)
para("Délibération n° CP-2025-07-118", size=9.5, style="B", align="C", gap=3)
para(f"Envoyé en préfecture le 15 juillet 2025 — Reçu en préfecture le 15 juillet 2025 — "
     f"Publié le 16 juillet 2025 — ID : {ACK}", size=7.5, align="L", gap=3)

para("Objet : Appel à manifestation d'intérêt « Télésanté rurale 2025 » — Attribution des aides régionales "
     "aux projets lauréats, approbation de la convention-type et affectation du reliquat", style="B", gap=2)
para("Rapporteur : M. Bertrand Olivès, vice-président délégué à la santé et à la ruralité", gap=2)
para("Nombre de membres en exercice : 45 — Présents : 37 — Représentés : 6 — Absents non représentés : 2. "
     "Le quorum étant atteint, la commission permanente peut valablement délibérer.", gap=2)
para("La commission permanente du Conseil régional de Haute-Sèvremont, régulièrement convoquée le 30 juin 2025, "
     "s'est réunie à l'Hôtel de Région, à Sèvremont-la-Ville, sous la présidence de Mme Claire Vasseur-Lénat, "
     "présidente du Conseil régional.", gap=2)

para("Vu le code général des collectivités territoriales, notamment ses articles L. 4221-1, L. 4221-5 et L. 1511-8 ;", gap=0.8)
para("Vu le code de la santé publique, notamment ses articles L. 6316-1 et R. 6316-1 et suivants ;", gap=0.8)
para("Vu la délibération du Conseil régional n° CR-2024-12-087 du 13 décembre 2024 adoptant le plan "
     "« Ruralité en santé 2025-2027 » ;", gap=0.8)
para("Vu la délibération du Conseil régional n° CR-2025-01-004 du 30 janvier 2025 portant délégation "
     "d'attributions à la commission permanente ;", gap=0.8)
para("Vu le budget primitif 2025 de la Région, adopté le 30 janvier 2025 ;", gap=0.8)
para("Vu le cahier des charges de l'AMI « Télésanté rurale 2025 » publié conjointement par l'ARS Haute-Sèvremont "
     "et la Région le 3 février 2025, et la foire aux questions mise à jour le 24 mars 2025 ;", gap=0.8)
para("Vu l'avis du comité de sélection conjoint ARS-Région réuni les 15 mai et 5 juin 2025 ;", gap=0.8)
para("Vu l'avis favorable de la commission « Santé, ruralité et cohésion des territoires » du 1er juillet 2025 ;", gap=0.8)
para("Vu le rapport n° 25-CP-07-118 de la présidente du Conseil régional ;", gap=2.5)

para("Considérant que 47 dossiers de candidature ont été déposés sur la plateforme « Démarches simplifiées », "
     "dont 3 dans le délai prolongé au 18 avril 2025 ouvert aux communes sinistrées ;", gap=0.8)
para("Considérant que 41 dossiers ont été déclarés recevables et que 6 dossiers ont été déclarés irrecevables, "
     "dont 4 pour un lieu de réalisation situé hors du périmètre et 2 pour dossier incomplet à l'expiration "
     "du délai de 10 jours ;", gap=0.8)
para("Considérant que le comité de sélection a retenu 18 projets ayant obtenu une note au moins égale à 60 sur 100, "
     f"pour une aide totale de {eur(TOTAL_AID)}, et a inscrit 3 projets sur une liste complémentaire ;", gap=0.8)
para(f"Considérant que la part de l'ARS, soit {eur(PART_ARS)} au titre du Fonds d'intervention régional (FIR), "
     "fait l'objet de l'arrêté du directeur général de l'ARS n° ARS-HS/2025-DSP-233 du 7 juillet 2025, "
     f"et que la part régionale s'élève à {eur(PART_REGION)} ;", gap=3)

# ------------------------------------------------------------------ exposé
title("EXPOSÉ DES MOTIFS")
para("L'AMI « Télésanté rurale 2025 », doté pour sa première session d'une enveloppe de 1 450 000 €, dont 650 000 € "
     "apportés par la Région et 800 000 € par l'ARS, vise à déployer la téléconsultation et la télé-expertise dans les "
     "communes rurales et les zones sous-denses des départements d'Orlane, du Haut-Vérac, de Sèvre-Amont et du Pays de Carnel.")
para("Le nombre de candidatures a dépassé les prévisions : 47 dossiers ont été reçus, contre une trentaine attendus. "
     "Les porteurs se répartissent entre 14 maisons de santé pluriprofessionnelles, 6 centres de santé, 7 CPTS, "
     "8 EHPAD, 3 hôpitaux de proximité, 5 pharmacies d'officine et 4 collectivités. Le montant total des aides "
     f"sollicitées par les 41 dossiers recevables atteignait 2 318 450 €, soit 1,6 fois l'enveloppe disponible.")
para("Le comité de sélection, co-présidé par Mme Nadia Ferrandon, directrice de la stratégie et des parcours de l'ARS, "
     "et par M. Bertrand Olivès, a procédé à une première notation le 15 mai 2025 puis à l'audition de 9 porteurs le "
     "5 juin 2025. La note moyenne des 18 projets retenus est de 74 sur 100. Le projet le mieux noté, porté par la "
     "CPTS des Monts de Vérac, a obtenu 91 sur 100 ; le dernier projet retenu a obtenu 63 sur 100.")
para(f"Les 18 projets lauréats représentent un coût total de {eur(TOTAL_COST)}, pour {eur(TOTAL_REQ)} d'aides "
     f"sollicitées et {eur(TOTAL_AID)} d'aides accordées. Les écarts entre aide sollicitée et aide accordée "
     "résultent de l'application des plafonds par type de structure (4 projets) et, pour la MSP de Lanvern, de "
     "l'écrêtement des dépenses de petits travaux au-delà de 20 % du coût total. À horizon 2027, les porteurs "
     "prévoient 31 400 téléconsultations et 6 800 actes de télé-expertise par an, impliquant 132 professionnels "
     "de santé et couvrant 57 communes.")
para(f"Les crédits non engagés de la session 2025 s'élèvent à {eur(1450000 - TOTAL_AID)}, dont 181 790 € pour la "
     "Région et 222 200 € pour l'ARS. Il est proposé de les mobiliser en priorité pour les projets de la liste "
     "complémentaire en cas de désistement d'un lauréat, puis de les reporter sur la session 2026.", gap=3)

# ------------------------------------------------------------------ décision
title("APRÈS EN AVOIR DÉLIBÉRÉ, LA COMMISSION PERMANENTE DÉCIDE :")
para("Article 1er : D'attribuer aux 18 porteurs de projets figurant à l'annexe 1 les aides au titre de l'AMI "
     f"« Télésanté rurale 2025 », pour une part régionale totale de {eur(PART_REGION)}, imputée au chapitre 905, "
     "programme P-412 « Santé et ruralité », autorisation de programme AP 2025-412-01.", style="")
para("Vote sur l'article 1er : Pour : 39 — Contre : 0 — Abstentions : 3 (groupe « Haute-Sèvremont Écologie et "
     "Solidarités »). M. Gérald Fontanieu, maire de Sainte-Lyre, ne prend pas part au vote.", style="I")
para("Article 2 : D'approuver la convention-type tripartite Porteur-ARS-Région figurant à l'annexe 3 et d'autoriser "
     "la présidente du Conseil régional à signer les conventions correspondantes.")
para("Vote sur l'article 2 : Pour : 43 — Contre : 0 — Abstentions : 0.", style="I")
para("Article 3 : D'approuver la liste complémentaire figurant à l'annexe 2 et d'affecter le reliquat de part "
     "régionale, soit 181 790 €, au financement des projets de cette liste en cas de désistement d'un lauréat, le "
     "solde étant reporté sur la session 2026 de l'AMI.")
para("Vote sur l'article 3 : Pour : 36 — Contre : 4 — Abstentions : 3.", style="I")
para("Article 4 : La présente délibération peut faire l'objet d'un recours devant le tribunal administratif de "
     "Sèvremont-la-Ville dans un délai de deux mois à compter de sa publication.", gap=3)
para("Pour extrait conforme,\nFait à Sèvremont-la-Ville, le 10 juillet 2025.\nLa présidente du Conseil régional,\n"
     "Claire Vasseur-Lénat", align="R", gap=2)

# ------------------------------------------------------------------ annexe 1 (landscape)
pdf.add_page(orientation="L")
title("ANNEXE 1 — Liste des projets lauréats de l'AMI « Télésanté rurale 2025 »")
para("Montants en euros. Le coût total est présenté hors taxes, sauf pour les porteurs ne récupérant pas la TVA "
     "(mention TTC). Le taux rapporte l'aide accordée au coût total.", size=8.5, gap=2)

pdf.set_font("DejaVu", "", 7.5)
head = FontFace(emphasis="BOLD", fill_color=(225, 232, 240))
with pdf.table(col_widths=(50, 37, 26, 64, 25, 21, 21, 14),
               text_align=("LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=head, line_height=4.2, padding=1.2) as table:
    table.row(["Structure porteuse", "Commune", "Département", "Projet", "Coût total",
               "Aide sollicitée", "Aide accordée", "Taux"])
    for s, c, d, t, proj, cost, ttc, req, acc in PROJECTS:
        table.row([s, c, d, proj, eur(cost) + (" TTC" if ttc else " HT"), eur(req), eur(acc), pct(100 * acc / cost)])
    table.row(["TOTAL (18 projets)", "", "", "", eur(TOTAL_COST), eur(TOTAL_REQ), eur(TOTAL_AID),
               pct(100 * TOTAL_AID / TOTAL_COST)])
pdf.ln(2)
para("Aides plafonnées : Hôpital de proximité de Montfaucon-les-Bois (plafond de 120 000 €, commune non classée en ZIP), "
     "Centre de santé intercommunal de la Sèvre Noire (plafond bonifié ZIP de 75 000 €), Pharmacie des Halles "
     "(plafond de 12 000 €), CPTS Sèvre et Bocage (plafond de 90 000 €, commune classée en ZAC). "
     "Le projet de la MSP de Carnel-la-Forêt est un projet mutualisé bénéficiant du taux majoré de 80 %.", size=8.5)

# ------------------------------------------------------------------ annexe 2
pdf.add_page(orientation="P")
title("ANNEXE 2 — Liste complémentaire et répartitions")
para("2.1. Liste complémentaire (par ordre de classement). Les projets ci-dessous pourront être financés, dans l'ordre "
     "du classement, en cas de désistement d'un lauréat ou de réalisation partielle libérant des crédits.", size=9)
pdf.set_font("DejaVu", "", 8.5)
with pdf.table(col_widths=(60, 38, 22, 27, 27),
               text_align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=head, line_height=4.6, padding=1.2) as table:
    table.row(["Structure porteuse", "Commune", "Note /100", "Coût total", "Aide sollicitée"])
    table.row(["MSP de Valgorge-sur-Orlane", "Valgorge-sur-Orlane", "64", "52 000 € HT", "36 400 €"])
    table.row(["EHPAD Saint-Roch", "Ferrières-en-Carnel", "62", "41 500 € HT", "24 900 €"])
    table.row(["Commune de Puylagarde", "Puylagarde", "61", "27 000 € HT", "13 500 €"])
pdf.ln(3)

para("2.2. Répartition des aides accordées par département.", size=9)
pdf.set_font("DejaVu", "", 8.5)
with pdf.table(col_widths=(50, 30, 40, 40),
               text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=head, line_height=4.6, padding=1.2) as table:
    table.row(["Département", "Projets lauréats", "Aide accordée", "Part du total"])
    for d in DEPTS:
        rows = [p for p in PROJECTS if p[2] == d]
        a = sum(p[8] for p in rows)
        table.row([d, str(len(rows)), eur(a), pct(100 * a / TOTAL_AID)])
    table.row(["Total", str(len(PROJECTS)), eur(TOTAL_AID), "100,0 %"])
pdf.ln(3)

para("2.3. Répartition des aides accordées par type de structure, comparée à la dotation indicative 2025 fixée "
     "à l'article 6 du cahier des charges.", size=9)
pdf.set_font("DejaVu", "", 8.5)
with pdf.table(col_widths=(58, 20, 32, 34, 30),
               text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=head, line_height=4.6, padding=1.2) as table:
    table.row(["Type de structure", "Projets", "Aide accordée", "Dotation indicative", "Consommation"])
    for code, label, dot in TYPES:
        rows = [p for p in PROJECTS if p[3] == code]
        a = sum(p[8] for p in rows)
        table.row([label, str(len(rows)), eur(a), eur(dot), pct(100 * a / dot)])
    table.row(["Total", str(len(PROJECTS)), eur(TOTAL_AID), eur(1450000), pct(100 * TOTAL_AID / 1450000)])
pdf.ln(3)

# ------------------------------------------------------------------ annexe 3
pdf.add_page()
title("ANNEXE 3 — Principales stipulations de la convention-type tripartite")
para("Article 1 – Objet. La convention fixe les conditions dans lesquelles l'ARS et la Région apportent leur soutien "
     "financier au projet de télésanté décrit dans la fiche projet annexée.", size=9)
para("Article 2 – Durée. La convention est conclue pour une durée de 36 mois à compter de sa signature. Le projet "
     "doit être réalisé dans un délai de 24 mois à compter de la notification ; les indicateurs d'activité sont "
     "transmis chaque semestre pendant 3 ans.", size=9)
para("Article 3 – Montant et versement. L'aide est versée par chaque financeur pour sa part : avance de 30 % à la "
     "signature, acomptes dans la limite de 80 % cumulés, solde sur bilan final. Les aides inférieures à 15 000 € "
     "sont versées en une seule fois, au solde.", size=9)
para("Article 4 – Communication. Le porteur fait figurer les logos de l'ARS et de la Région sur les équipements "
     "financés et sur tout support de communication relatif au projet.", size=9)
para("Article 5 – Reversement. En cas de non-réalisation ou d'utilisation non conforme de l'aide, les financeurs "
     "peuvent exiger le reversement total ou partiel des sommes versées, après mise en demeure restée sans effet "
     "pendant un mois.", size=9)

pdf.output(str(OUT))
print("written", OUT, "pages", pdf.page_no())
for p in PROJECTS:
    print(p[0], "|", eur(p[5]), "|", eur(p[7]), "|", eur(p[8]), "|", pct(100 * p[8] / p[5]))
print("TOTAL", eur(TOTAL_COST), eur(TOTAL_REQ), eur(TOTAL_AID), pct(100 * TOTAL_AID / TOTAL_COST))
