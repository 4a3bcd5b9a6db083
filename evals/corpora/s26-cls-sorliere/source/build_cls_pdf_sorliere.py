#!/usr/bin/env python3
"""Génère le PDF du contrat local de santé (CLS) 2025-2027 du Val de Sorlière
et de son avenant n° 1 (monde fictif).

Usage : python build_cls_pdf_sorliere.py [chemin_sortie.pdf]
Requiert fpdf2 et la police DejaVuSans (/usr/share/fonts/truetype/dejavu).
"""
import re
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else (
    Path(__file__).resolve().parent.parent / "docs"
    / "2025-12-05_cc-val-de-sorliere_cls-2025-2027-avenant-1.pdf")

SHY = "\u00ad"  # trait d'union conditionnel (césure)
NBSP = "\u00a0"

YEARS = (2025, 2026, 2027)
FIN_ORDER = ["ARS Loire-Morvan", "Communauté de communes", "Région Loire-Morvan",
             "Conseil départemental", "CPAM de la Haute-Sorlière"]
FIN_SHORT = {
    "ARS Loire-Morvan": "ARS Loire-Morvan",
    "Communauté de communes": "Communauté de communes du Val de Sorlière",
    "Région Loire-Morvan": "Région Loire-Morvan",
    "Conseil départemental": "Conseil départemental de la Haute-Sorlière",
    "CPAM de la Haute-Sorlière": "CPAM de la Haute-Sorlière",
}


def eur(v):
    s = f"{int(v):,}".replace(",", NBSP)
    return f"{s}{NBSP}€"


def hy(text):
    """Insère des traits d'union conditionnels dans les mots longs (césure)."""
    vow = "aeiouéèêâîôûy"

    def f(m):
        w = m.group(0)
        if len(w) < 9:
            return w
        out = w[:3]
        for i in range(3, len(w) - 3):
            out += w[i]
            if w[i] in vow and w[i + 1] not in vow + "h" and w[i + 2] in vow:
                out += SHY
        return out + w[len(w) - 3:]
    return re.sub(r"[A-Za-zÀ-ÿ]+", f, text)


# ---------------------------------------------------------------------------
# Données des fiches actions : financements par financeur et par année
# ---------------------------------------------------------------------------
FICHES = [
    dict(
        num="1.1", axe="Axe 1 – Accès aux soins et attractivité du territoire",
        intitule="Favoriser l'installation et le maintien des professionnels de santé",
        pilote="Communauté de communes du Val de Sorlière (service santé)",
        partenaires="ARS Loire-Morvan (délégation départementale), Région Loire-Morvan, "
                    "conseil départemental de l'Ordre des médecins, faculté de médecine de Vernac, "
                    "MSP de Brémonville, CPTS du Val de Sorlière",
        public="Internes en médecine générale, jeunes médecins et professionnels paramédicaux "
               "en recherche d'installation",
        calendrier="2025-2027 ; ouverture du logement d'accueil des internes à Brémonville "
                   "au second semestre 2025",
        fin={"Communauté de communes": (40000, 30000, 30000),
             "ARS Loire-Morvan": (20000, 15000, 15000),
             "Région Loire-Morvan": (10000, 10000, 10000)},
        indicateurs="Nombre d'internes accueillis (cible : 8 par an) ; nombre de nouvelles "
                    "installations de médecins généralistes (cible : 4 sur la durée du contrat)",
    ),
    dict(
        num="1.2", axe="Axe 1 – Accès aux soins et attractivité du territoire",
        intitule="Déployer la téléconsultation assistée dans les communes dépourvues de médecin",
        pilote="CPTS du Val de Sorlière",
        partenaires="Communauté de communes, pharmacies d'officine de Lavernay et de Montcoudray, "
                    "EHPAD « Les Tilleuls » de Chazelles-le-Haut, GRADeS Loire-Morvan, "
                    "Conseil départemental",
        public="Patients sans médecin traitant, résidents d'EHPAD, personnes à mobilité réduite",
        calendrier="Équipement de 3 sites en 2025 ; évaluation des usages en 2026 ; extension "
                   "à 2 sites supplémentaires en 2027",
        fin={"ARS Loire-Morvan": (30000, 12000, 12000),
             "Conseil départemental": (10000, 10000, 10000),
             "Communauté de communes": (4000, 4000, 4000)},
        indicateurs="Nombre de téléconsultations réalisées ; part des patients sans médecin "
                    "traitant parmi les usagers",
    ),
    dict(
        num="2.1", axe="Axe 2 – Prévention et promotion de la santé",
        intitule="Promouvoir l'activité physique adaptée et une alimentation favorable à la santé",
        pilote="Association Sorlière Sport Santé",
        partenaires="Maison sport-santé de Vernac, CPAM de la Haute-Sorlière, clubs sportifs "
                    "locaux, centres sociaux, restauration collective des collèges",
        public="Adultes atteints de maladies chroniques, personnes de 60 ans et plus, familles "
               "des quartiers de la politique de la ville",
        calendrier="Cycles de 12 semaines, à raison de 4 cycles par an à partir de septembre 2025",
        fin={"ARS Loire-Morvan": (12000, 12000, 12000),
             "Communauté de communes": (8000, 8000, 8000),
             "CPAM de la Haute-Sorlière": (4000, 4000, 4000)},
        indicateurs="Nombre de participants ayant achevé un cycle (cible : 120 par an) ; "
                    "évolution des résultats aux tests de condition physique",
    ),
    dict(
        num="2.2", axe="Axe 2 – Prévention et promotion de la santé",
        intitule="Renforcer les compétences psychosociales des enfants et des jeunes",
        pilote="Instance régionale d'éducation et de promotion de la santé (IREPS) Loire-Morvan",
        partenaires="Direction des services départementaux de l'éducation nationale, collèges "
                    "de Saint-Aubin-sur-Sorlière et de Brémonville, Mission locale, "
                    "Conseil départemental",
        public="Élèves de CM1-CM2 et de 6e-5e ; professionnels de l'éducation et de l'animation",
        calendrier="Formation des équipes éducatives au premier trimestre 2025 ; interventions "
                   "en classe durant les années scolaires 2025-2026 et 2026-2027",
        fin={"ARS Loire-Morvan": (14000, 14000, 14000),
             "Conseil départemental": (4000, 4000, 4000)},
        indicateurs="Nombre de classes bénéficiaires (cible : 24) ; nombre de professionnels formés",
    ),
    dict(
        num="2.3", axe="Axe 2 – Prévention et promotion de la santé",
        intitule="Améliorer la participation aux dépistages organisés des cancers",
        pilote="Centre régional de coordination des dépistages des cancers (CRCDC) "
               "Loire-Morvan, site de la Haute-Sorlière",
        partenaires="CPAM de la Haute-Sorlière, Ligue contre le cancer (comité de la "
                    "Haute-Sorlière), CPTS du Val de Sorlière, pharmacies, communes",
        public="Personnes de 50 à 74 ans éligibles aux dépistages des cancers du sein et "
               "colorectal ; femmes de 25 à 65 ans pour le cancer du col de l'utérus",
        calendrier="Campagnes annuelles « Mars bleu » et « Octobre rose » ; actions "
                   "d'aller-vers dans les communes rurales de 2025 à 2027",
        fin={"ARS Loire-Morvan": (8000, 8000, 8000),
             "CPAM de la Haute-Sorlière": (6000, 6000, 6000),
             "Communauté de communes": (2000, 2000, 2000)},
        indicateurs="Taux de participation au dépistage organisé du cancer du sein (référence "
                    "2023 : 44,1 % ; cible 2027 : 50 %) ; taux de participation au dépistage "
                    "du cancer colorectal (référence 2023 : 27,5 % ; cible 2027 : 32 %)",
    ),
    dict(
        num="3.1", axe="Axe 3 – Santé mentale",
        intitule="Créer et animer un conseil local de santé mentale (CLSM) intercommunal",
        pilote="Communauté de communes du Val de Sorlière",
        partenaires="Centre hospitalier spécialisé Paul-Sérusier de Vernac, CMP de "
                    "Saint-Aubin-sur-Sorlière, association Entraide Psy Sorlière, GEM "
                    "« La Passerelle », bailleurs sociaux, gendarmerie",
        public="Personnes vivant avec des troubles psychiques et leur entourage, élus, "
               "professionnels du territoire",
        calendrier="Recrutement d'un coordonnateur (0,8 ETP) au premier semestre 2025 ; "
                   "assemblée plénière annuelle",
        fin={"ARS Loire-Morvan": (25000, 25000, 25000),
             "Communauté de communes": (25000, 25000, 25000)},
        indicateurs="Nombre de situations examinées en cellule de concertation ; nombre de "
                    "réunions plénières et de groupes de travail",
    ),
    dict(
        num="3.2", axe="Axe 3 – Santé mentale",
        intitule="Former la population aux premiers secours en santé mentale (PSSM)",
        pilote="Association Entraide Psy Sorlière",
        partenaires="PSSM France, CLSM du Val de Sorlière, entreprises et associations du "
                    "territoire, lycée agricole de Lavernay",
        public="Habitants, élus, agents des collectivités, bénévoles associatifs, étudiants",
        calendrier="6 sessions de formation par an de 2025 à 2027",
        fin={"ARS Loire-Morvan": (5000, 5000, 5000),
             "Communauté de communes": (4000, 4000, 4000)},
        indicateurs="Nombre de secouristes en santé mentale formés (cible : 180 sur la durée "
                    "du contrat)",
    ),
    dict(
        num="4.1", axe="Axe 4 – Parcours et coordination des acteurs",
        intitule="Fluidifier les parcours de santé complexes en lien avec le dispositif "
                 "d'appui à la coordination (DAC)",
        pilote="Association Coordination Santé Haute-Sorlière, gestionnaire du DAC "
               "Haute-Sorlière",
        partenaires="CPTS du Val de Sorlière, centre hospitalier de Saint-Aubin-sur-Sorlière, "
                    "SSIAD, services d'aide à domicile, CCAS, Conseil départemental (direction "
                    "de l'autonomie)",
        public="Personnes en situation complexe, quel que soit leur âge, et professionnels "
               "qui les accompagnent",
        calendrier="Permanence mensuelle du DAC à la MSP de Brémonville à partir de mars 2025 ; "
                   "repérage des fragilités de 2025 à 2027",
        fin={"Conseil départemental": (12000, 12000, 12000),
             "ARS Loire-Morvan": (6000, 6000, 6000),
             "Communauté de communes": (2000, 2000, 2000)},
        indicateurs="Nombre de saisines du DAC émanant du territoire ; délai moyen de "
                    "première réponse",
    ),
    dict(
        num="4.2", axe="Axe 4 – Parcours et coordination des acteurs",
        intitule="Animer, coordonner et évaluer le contrat local de santé",
        pilote="Communauté de communes du Val de Sorlière",
        partenaires="ARS Loire-Morvan (délégation départementale), ensemble des signataires",
        public="Acteurs de santé du territoire, élus, habitants",
        calendrier="2025-2027 ; évaluation intermédiaire en 2026 ; évaluation finale au "
                   "second semestre 2027",
        fin={"ARS Loire-Morvan": (28000, 28000, 28000),
             "Communauté de communes": (28000, 28000, 28000)},
        indicateurs="Nombre de réunions des instances ; taux de réalisation des fiches actions",
    ),
    dict(
        num="5.1", axe="Axe 5 – Santé-environnement",
        intitule="Réduire l'exposition au radon et améliorer la qualité de l'air intérieur",
        pilote="Communauté de communes du Val de Sorlière (service habitat)",
        partenaires="ARS Loire-Morvan, Agence locale de l'énergie et du climat (ALEC) de la "
                    "Haute-Sorlière, communes, établissements d'accueil du jeune enfant",
        public="Propriétaires occupants, établissements recevant des enfants",
        calendrier="Campagne de mesure du radon durant l'hiver 2025-2026 avec distribution "
                   "de 300 kits de mesure ; accompagnement des travaux en 2026-2027",
        fin={"ARS Loire-Morvan": (6000, 6000, 6000),
             "Communauté de communes": (6000, 6000, 6000)},
        indicateurs="Nombre de logements mesurés ; nombre de logements dépassant 300 Bq/m³ "
                    "ayant fait l'objet de travaux",
    ),
]

# Avenant n° 1 : nouveaux financements de la fiche 2.3
FICHE23_AVENANT = {"ARS Loire-Morvan": (8000, 13000, 13000),
                   "CPAM de la Haute-Sorlière": (6000, 9000, 9000),
                   "Communauté de communes": (2000, 2000, 2000)}


def fiche_total(fin):
    return sum(sum(v) for v in fin.values())


def fiche_years(fin):
    return tuple(sum(v[i] for v in fin.values()) for i in range(3))


def by_financer(fiches_fin):
    res = {f: [0, 0, 0] for f in FIN_ORDER}
    for fin in fiches_fin:
        for k, v in fin.items():
            for i in range(3):
                res[k][i] += v[i]
    return res


INITIAL = by_financer([f["fin"] for f in FICHES])
REVISED = by_financer([FICHE23_AVENANT if f["num"] == "2.3" else f["fin"] for f in FICHES])
TOTAL_INITIAL = sum(sum(v) for v in INITIAL.values())
TOTAL_REVISED = sum(sum(v) for v in REVISED.values())
assert TOTAL_INITIAL == 891000, TOTAL_INITIAL
assert TOTAL_REVISED == 907000, TOTAL_REVISED
assert fiche_total(FICHE23_AVENANT) == 64000


def budget_text(fin):
    tot = fiche_total(fin)
    ys = fiche_years(fin)
    if ys[0] == ys[1] == ys[2]:
        return f"{eur(tot)} sur la durée du contrat, soit {eur(ys[0])} par an"
    return (f"{eur(tot)} sur la durée du contrat (2025 : {eur(ys[0])} ; "
            f"2026 : {eur(ys[1])} ; 2027 : {eur(ys[2])})")


def financeurs_text(fin):
    parts = []
    for k in FIN_ORDER:
        if k in fin:
            parts.append(f"{FIN_SHORT[k]} : {eur(sum(fin[k]))}")
    return " ; ".join(parts)


# ---------------------------------------------------------------------------
class CLSPDF(FPDF):
    footnotes = []

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Contrat local de santé du Val de Sorlière 2025-2027 – "
                  "texte initial et avenant n° 1", align="L")
        self.cell(0, 5, "CLS 2e génération", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.footnotes:
            self.set_y(-31)
            self.set_draw_color(0, 0, 0)
            self.line(self.l_margin, self.get_y(), self.l_margin + 50, self.get_y())
            self.ln(1)
            self.set_font("DejaVu", "", 7)
            for fn in self.footnotes:
                self.multi_cell(0, 3.4, fn, new_x="LMARGIN", new_y="NEXT")
            self.footnotes = []
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Communauté de communes du Val de Sorlière – 4, place de la Halle – "
                  "Saint-Aubin-sur-Sorlière", align="L")
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = CLSPDF(format="A4")
pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
pdf.add_font("DejaVu", "BI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf"))
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=33)
pdf.set_title("Contrat local de santé du Val de Sorlière 2025-2027 et avenant n° 1")
pdf.set_author("Communauté de communes du Val de Sorlière")

W = pdf.w - 40


def h1(text):
    if pdf.get_y() > pdf.h - 33 - 30:
        pdf.add_page()
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 13)
    pdf.set_text_color(20, 60, 110)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def h2(text):
    if pdf.get_y() > pdf.h - 33 - 22:
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def para(text, size=9.5, style="", align="J", lh=4.8):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def bullets(items, size=9.5):
    pdf.set_font("DejaVu", "", size)
    for it in items:
        x = pdf.l_margin
        pdf.set_x(x + 4)
        pdf.cell(4, 4.8, "–")
        pdf.multi_cell(W - 8, 4.8, it, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


LABEL_STYLE = FontFace(emphasis="BOLD", fill_color=(226, 233, 243))
HEAD_STYLE = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=(20, 60, 110))


def fiche_table(f, fin=None):
    fin = fin or f["fin"]
    rows = [
        ("Intitulé", f["intitule"]),
        ("Pilote", f["pilote"]),
        ("Partenaires", f["partenaires"]),
        ("Public cible", f["public"]),
        ("Calendrier", f["calendrier"]),
        ("Budget prévisionnel", budget_text(fin)),
        ("Financeurs", financeurs_text(fin)),
        ("Indicateurs d'évaluation", f["indicateurs"]),
    ]
    # éviter qu'un en-tête de fiche reste seul en bas de page
    if pdf.get_y() > pdf.h - 33 - 30:
        pdf.add_page()
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(44, W - 44), first_row_as_headings=False, line_height=4.4,
                   text_align=("LEFT", "LEFT"), padding=1.3, width=W) as t:
        r = t.row()
        r.cell(f"Fiche action n° {f['num']}", style=HEAD_STYLE)
        r.cell(f["axe"], style=HEAD_STYLE)
        for lab, val in rows:
            r = t.row()
            r.cell(lab, style=LABEL_STYLE)
            r.cell(val)
    pdf.ln(4)


def maquette_table(data, detail=False, fiches=None):
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(70, 25, 25, 25, 25), line_height=4.6, padding=1.3,
                   text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
                   headings_style=HEAD_STYLE, repeat_headings=1, width=W) as t:
        r = t.row()
        for h in ("Financeur", "2025", "2026", "2027", "Total"):
            r.cell(h)
        for fk in FIN_ORDER:
            vals = data[fk]
            if detail:
                for f in fiches:
                    if fk in f["fin"]:
                        v = f["fin"][fk]
                        r = t.row()
                        r.cell(f"   dont fiche action {f['num']}")
                        for x in v:
                            r.cell(eur(x))
                        r.cell(eur(sum(v)))
            r = t.row()
            st = FontFace(emphasis="BOLD", fill_color=(240, 240, 240))
            r.cell(f"{FIN_SHORT[fk]}" + (" – sous-total" if detail else ""), style=st)
            for x in vals:
                r.cell(eur(x), style=st)
            r.cell(eur(sum(vals)), style=st)
        tot = [sum(data[k][i] for k in FIN_ORDER) for i in range(3)]
        st = FontFace(emphasis="BOLD", fill_color=(226, 233, 243))
        r = t.row()
        r.cell("Total général", style=st)
        for x in tot:
            r.cell(eur(x), style=st)
        r.cell(eur(sum(tot)), style=st)
    pdf.ln(3)
    return tot


# ---------------------------------------------------------------------------
# Page 1 : couverture
# ---------------------------------------------------------------------------
pdf.add_page()
pdf.set_font("DejaVu", "B", 10)
pdf.set_text_color(20, 60, 110)
pdf.cell(0, 6, "RÉPUBLIQUE FRANÇAISE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 9)
pdf.cell(0, 5, "Département de la Haute-Sorlière", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(30)
pdf.set_font("DejaVu", "B", 22)
pdf.multi_cell(0, 11, "CONTRAT LOCAL DE SANTÉ\nDU VAL DE SORLIÈRE", align="C",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("DejaVu", "", 14)
pdf.multi_cell(0, 7, "Contrat de deuxième génération\n2025 – 2027", align="C",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
pdf.set_font("DejaVu", "B", 12)
pdf.set_text_color(160, 40, 40)
pdf.multi_cell(0, 6, "Texte initial signé le 14 mars 2025\net avenant n° 1 signé le 5 décembre 2025",
               align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(30)
pdf.set_font("DejaVu", "", 10)
pdf.multi_cell(0, 5.5,
               "Communauté de communes du Val de Sorlière\n"
               "Agence régionale de santé Loire-Morvan\n"
               "Préfecture de la Haute-Sorlière\n"
               "Conseil départemental de la Haute-Sorlière\n"
               "Région Loire-Morvan\n"
               "Caisse primaire d'assurance maladie de la Haute-Sorlière",
               align="C", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------------------
# Page 2 : signataires
# ---------------------------------------------------------------------------
pdf.add_page()
h1("Entre les signataires")
para("Le présent contrat est conclu entre :")
sign = [
    ("La Communauté de communes du Val de Sorlière,",
     "représentée par M. Gérard Pellerin, Président, dûment habilité par délibération du "
     "conseil communautaire n° 2025-018 du 4 février 2025,"),
    ("L'Agence régionale de santé Loire-Morvan,",
     "représentée par Mme Hélène Vautrin, Directrice générale,"),
    ("L'État,", "représenté par M. Jean-Marc Ostertag, Préfet de la Haute-Sorlière,"),
    ("Le Département de la Haute-Sorlière,",
     "représenté par M. Philippe Dargaud, Président du conseil départemental,"),
    ("La Région Loire-Morvan,",
     "représentée par Mme Corinne Lestrade, Vice-présidente déléguée à la santé et aux "
     "solidarités territoriales,"),
    ("La Caisse primaire d'assurance maladie de la Haute-Sorlière,",
     "représentée par Mme Nadia Berthoumieu, Directrice,"),
]
for who, rep in sign:
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.multi_cell(0, 5, who, new_x="LMARGIN", new_y="NEXT")
    para(rep)
para("ci-après dénommés « les signataires ».")
para("Vu le code de la santé publique, notamment ses articles L. 1434-2, L. 1434-10¹ et "
     "L. 1435-1 ;")
para("Vu le projet régional de santé (PRS) Loire-Morvan 2023-2028 ;")
para("Vu le contrat local de santé de première génération du Val de Sorlière 2019-2023 et son "
     "rapport d'évaluation finale du 12 décembre 2023 ;")
para("Vu le diagnostic local de santé réalisé par l'Observatoire régional de la santé "
     "Loire-Morvan² ;")
para("Vu la délibération du conseil communautaire n° 2025-018 du 4 février 2025 approuvant "
     "le contrat local de santé 2025-2027 ;")
para("Il est convenu ce qui suit.", style="B")
pdf.footnotes = [
    "¹ L'article L. 1434-10 du code de la santé publique prévoit que la mise en œuvre du projet "
    "régional de santé peut faire l'objet de contrats locaux de santé conclus par l'agence, "
    "notamment avec les collectivités territoriales et leurs groupements.",
    "² ORS Loire-Morvan, « Diagnostic local de santé du Val de Sorlière », juin 2024, 86 pages.",
]

# ---------------------------------------------------------------------------
# Préambule
# ---------------------------------------------------------------------------
pdf.add_page()
h1("Préambule")
para("La Communauté de communes du Val de Sorlière regroupe 14 communes et compte 28 400 "
     "habitants (recensement 2021). Territoire rural organisé autour de la ville-centre de "
     "Saint-Aubin-sur-Sorlière (7 850 habitants) et du bourg de Brémonville (4 120 habitants), "
     "il se caractérise par une population âgée : 29 % des habitants ont 65 ans ou plus, contre "
     "22 % en moyenne régionale.")
para(hy("Le diagnostic local de santé met en évidence une démographie médicale fragile. La "
        "densité de médecins généralistes libéraux y est de 5,8 pour 10 000 habitants, contre "
        "8,3 en moyenne régionale, et 9 des 22 médecins généralistes en exercice sont âgés de "
        "60 ans ou plus. Les taux de participation aux dépistages organisés des cancers restent "
        "inférieurs aux moyennes régionales, et la mortalité prématurée par suicide y est "
        "supérieure de 31 % à la moyenne nationale."))
para("Le premier contrat local de santé (2019-2023) a permis de structurer une dynamique "
     "partenariale : 23 des 31 actions programmées ont été réalisées, dont l'ouverture de la "
     "maison de santé pluriprofessionnelle (MSP) de Brémonville en 2021 et la création de la "
     "communauté professionnelle territoriale de santé (CPTS) du Val de Sorlière en 2022. "
     "L'évaluation finale a cependant souligné l'insuffisance de la coordination avec le "
     "secteur médico-social et l'absence d'action structurée en santé mentale.")
para("Le présent contrat de deuxième génération s'inscrit dans les orientations du projet "
     "régional de santé Loire-Morvan 2023-2028. Il privilégie un nombre resserré d'actions, "
     "dotées d'indicateurs d'évaluation et d'une maquette financière pluriannuelle, et associe "
     "étroitement le dispositif d'appui à la coordination (DAC) Haute-Sorlière, la CPTS et les "
     "acteurs associatifs du territoire. Il porte une attention particulière à la réduction des "
     "inégalités sociales et territoriales de santé, en privilégiant les démarches "
     "d'« aller-vers » dans les communes les plus éloignées de l'offre de soins.")

h1("Titre I – Dispositions générales")
h2("Article 1 – Objet du contrat")
para("Le présent contrat a pour objet de définir les axes stratégiques, les actions et les "
     "moyens que les signataires s'engagent à mettre en œuvre, pour la période 2025-2027, afin "
     "d'améliorer l'état de santé de la population du Val de Sorlière et de réduire les "
     "inégalités sociales et territoriales de santé.")
h2("Article 2 – Périmètre géographique")
para("Le contrat s'applique au territoire des 14 communes membres de la Communauté de "
     "communes du Val de Sorlière, dont la liste figure en annexe 2.")
h2("Article 3 – Durée")
para("Le contrat est conclu pour une durée de trois ans, du 1er janvier 2025 au 31 décembre "
     "2027. Il peut être prorogé une fois, par avenant, pour une durée maximale d'un an.")
h2("Article 4 – Axes stratégiques")
para("Les signataires retiennent cinq axes stratégiques, déclinés en dix fiches actions :")
bullets([
    "Axe 1 – Accès aux soins et attractivité du territoire (fiches actions 1.1 et 1.2) ;",
    "Axe 2 – Prévention et promotion de la santé (fiches actions 2.1 à 2.3) ;",
    "Axe 3 – Santé mentale (fiches actions 3.1 et 3.2) ;",
    "Axe 4 – Parcours et coordination des acteurs (fiches actions 4.1 et 4.2) ;",
    "Axe 5 – Santé-environnement (fiche action 5.1).",
])
h2("Article 5 – Engagements des signataires")
para(hy("La Communauté de communes assure le portage du contrat et met à disposition un "
        "coordonnateur du CLS à temps plein. L'Agence régionale de santé Loire-Morvan mobilise "
        "les crédits du fonds d'intervention régional (FIR) dans la limite des disponibilités "
        "annuelles. Le Département, la Région et la CPAM s'engagent à soutenir les actions "
        "relevant de leurs compétences respectives. L'État veille à l'articulation du contrat "
        "avec les politiques de cohésion sociale et de sécurité."))
h2("Article 6 – Gouvernance")
para("Le comité de pilotage, coprésidé par le Président de la Communauté de communes et la "
     "Directrice générale de l'ARS Loire-Morvan ou son représentant, réunit l'ensemble des "
     "signataires. Il se réunit au moins une fois par an. Il valide le programme annuel "
     "d'actions, suit l'exécution de la maquette financière et se prononce sur les projets "
     "d'avenant.")
para("Le comité technique, animé par le coordonnateur du CLS, réunit les pilotes des fiches "
     "actions. Il se réunit trois fois par an.")
h2("Article 7 – Financement")
para("L'enveloppe prévisionnelle consacrée à la mise en œuvre du contrat s'élève à "
     f"{eur(TOTAL_INITIAL)} pour la période 2025-2027, répartie conformément à la maquette "
     "financière figurant en annexe 1. Les engagements financiers des signataires sont "
     "pris sous réserve du vote des budgets annuels correspondants.")
h2("Article 8 – Suivi et évaluation")
para("Une évaluation intermédiaire est conduite en 2026 et une évaluation finale au cours du "
     "second semestre 2027, par un prestataire extérieur. Un bilan annuel d'exécution est "
     "présenté au comité de pilotage.")
h2("Article 9 – Révision")
para("Le contrat peut être modifié par avenant, après avis du comité de pilotage, notamment "
     "pour intégrer de nouvelles actions ou ajuster la maquette financière.")
h2("Article 10 – Résiliation et litiges")
para("Chaque signataire peut se retirer du contrat par lettre recommandée, moyennant un "
     "préavis de trois mois. Les litiges relatifs à l'exécution du contrat relèvent du "
     "tribunal administratif de Vernac.")

# ---------------------------------------------------------------------------
# Titre II : fiches actions
# ---------------------------------------------------------------------------
h1("Titre II – Fiches actions")
para("Les montants indiqués ci-dessous sont prévisionnels et exprimés toutes taxes comprises. "
     "Ils sont consolidés dans la maquette financière figurant en annexe 1.", size=9)
for f in FICHES:
    fiche_table(f)

# ---------------------------------------------------------------------------
# Annexe 1 : maquette financière
# ---------------------------------------------------------------------------
h1("Annexe 1 – Maquette financière prévisionnelle 2025-2027")
para("La maquette ci-dessous récapitule, par financeur et par année, les montants "
     "prévisionnels inscrits dans les fiches actions. Elle est détaillée par fiche action.",
     size=9)
tot_init = maquette_table(INITIAL, detail=True, fiches=FICHES)
assert tot_init == [319000, 286000, 286000], tot_init

h1("Annexe 2 – Communes membres")
para("Saint-Aubin-sur-Sorlière, Brémonville, Lavernay, Chazelles-le-Haut, Montcoudray, "
     "Auberive-la-Forêt, Bois-Sorlin, Crézancy-sur-Sorlière, Fontaine-Gerbaut, "
     "La Chapelle-Valmont, Marcilly-les-Prés, Saint-Ouen-d'Armance, Thiézac-le-Bas et "
     "Villiers-Saint-Rémy.", size=9)

para("Fait à Saint-Aubin-sur-Sorlière, le 14 mars 2025, en six exemplaires originaux.",
     style="I", size=9)

# ---------------------------------------------------------------------------
# Avenant n° 1
# ---------------------------------------------------------------------------
pdf.add_page()
pdf.set_font("DejaVu", "B", 14)
pdf.set_text_color(160, 40, 40)
pdf.multi_cell(0, 7, "AVENANT N° 1 AU CONTRAT LOCAL DE SANTÉ DU VAL DE SORLIÈRE 2025-2027",
               align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
para("Entre les signataires du contrat local de santé du Val de Sorlière 2025-2027 signé le "
     "14 mars 2025, représentés dans les mêmes conditions,")
para("Vu l'article 9 du contrat local de santé ;")
para("Vu l'avis favorable du comité de pilotage réuni le 7 octobre 2025 ;")
para("Vu la délibération du bureau communautaire n° 2025-112 du 18 novembre 2025 autorisant "
     "le Président de la Communauté de communes à signer le présent avenant ;")
para(hy("Considérant le bilan de la première année de mise en œuvre, qui fait apparaître un "
        "besoin de renforcement des actions d'aller-vers en matière de dépistage des cancers "
        "et une association insuffisante du DAC et de la CPTS aux instances du contrat ;"))
para("Il est convenu ce qui suit.", style="B")

h2("Article 1er – Objet de l'avenant")
para("Le présent avenant modifie les articles 6 et 7 du contrat ainsi que la fiche action "
     "2.3. Il intègre une maquette financière révisée.")

h2("Article 2 – Gouvernance")
para("L'article 6 est remplacé par les dispositions suivantes :")
para("« Le comité de pilotage, coprésidé par le Président de la Communauté de communes et la "
     "Directrice générale de l'ARS Loire-Morvan ou son représentant, réunit l'ensemble des "
     "signataires ainsi que le DAC Haute-Sorlière, la CPTS du Val de Sorlière et un "
     "représentant des usagers désigné par France Assos Santé Loire-Morvan. Il se réunit au "
     "moins deux fois par an. Il valide le programme annuel d'actions, suit l'exécution de la "
     "maquette financière et se prononce sur les projets d'avenant.", style="I")
para("Le comité technique, animé par le coordonnateur du CLS, réunit les pilotes des fiches "
     "actions. Il se réunit une fois par trimestre. »", style="I")

h2("Article 3 – Fiche action 2.3")
para("Le budget prévisionnel de la fiche action 2.3 « Améliorer la participation aux "
     "dépistages organisés des cancers » est porté de 48 000 € à 64 000 € sur la durée du "
     "contrat. Cette augmentation finance, en 2026 et en 2027, deux journées annuelles de "
     "stationnement du mammobile régional à Lavernay et à Montcoudray, ainsi que la "
     "distribution de kits de dépistage du cancer colorectal par les pharmacies.")
para("Les rubriques « Budget prévisionnel » et « Financeurs » de la fiche action 2.3 sont "
     "remplacées comme suit :")
pdf.set_font("DejaVu", "", 8.5)
with pdf.table(col_widths=(44, W - 44), first_row_as_headings=False, line_height=4.4,
               text_align=("LEFT", "LEFT"), padding=1.3, width=W) as t:
    r = t.row()
    r.cell("Fiche action n° 2.3 (modifiée)", style=HEAD_STYLE)
    r.cell("Axe 2 – Prévention et promotion de la santé", style=HEAD_STYLE)
    r = t.row()
    r.cell("Budget prévisionnel", style=LABEL_STYLE)
    r.cell(budget_text(FICHE23_AVENANT))
    r = t.row()
    r.cell("Financeurs", style=LABEL_STYLE)
    r.cell(financeurs_text(FICHE23_AVENANT))
pdf.ln(4)

h2("Article 4 – Financement")
para("L'article 7 est remplacé par les dispositions suivantes :")
para("« L'enveloppe prévisionnelle consacrée à la mise en œuvre du contrat s'élève à "
     f"{eur(TOTAL_REVISED)} pour la période 2025-2027, répartie conformément à la maquette "
     "financière révisée annexée à l'avenant n° 1. Les engagements financiers des "
     "signataires sont pris sous réserve du vote des budgets annuels correspondants. »",
     style="I")
para("Maquette financière révisée (montants en euros) :", style="B", size=9)
tot_rev = maquette_table(REVISED)
assert tot_rev == [319000, 294000, 294000], tot_rev

h2("Article 5 – Dispositions finales")
para("Les autres dispositions du contrat demeurent inchangées. Le présent avenant prend effet "
     "à la date de sa signature par l'ensemble des parties.")
para("Fait à Saint-Aubin-sur-Sorlière, le 5 décembre 2025, en six exemplaires originaux.",
     style="I", size=9)
pdf.ln(2)

sigs = [
    ("Pour la Communauté de communes\ndu Val de Sorlière", "Gérard Pellerin, Président"),
    ("Pour l'Agence régionale de santé\nLoire-Morvan", "Hélène Vautrin, Directrice générale"),
    ("Pour l'État", "Jean-Marc Ostertag,\nPréfet de la Haute-Sorlière"),
    ("Pour le Département\nde la Haute-Sorlière", "Philippe Dargaud, Président"),
    ("Pour la Région Loire-Morvan", "Corinne Lestrade, Vice-présidente"),
    ("Pour la CPAM\nde la Haute-Sorlière", "Nadia Berthoumieu, Directrice"),
]
if pdf.get_y() > pdf.h - 33 - 45:
    pdf.add_page()
pdf.set_font("DejaVu", "", 8.5)
with pdf.table(col_widths=(W / 3, W / 3, W / 3), first_row_as_headings=False,
               borders_layout="NONE", line_height=4.2, text_align="CENTER", width=W) as t:
    for i in range(0, 6, 3):
        r = t.row()
        for who, name in sigs[i:i + 3]:
            who_l = who.split("\n") + [""] * (2 - len(who.split("\n")))
            name_l = name.split("\n") + [""] * (2 - len(name.split("\n")))
            r.cell("\n".join(who_l + ["", ""] + name_l))

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"{OUT} : {pdf.page_no()} pages")
for k in FIN_ORDER:
    print(k, INITIAL[k], sum(INITIAL[k]), "->", REVISED[k], sum(REVISED[k]))
