# Generates docs/2025-04-17_arrete-ars-ol-2025-0417_credits-fir.txt (plain text, fixed-width annex table)
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "2025-04-17_arrete-ars-ol-2025-0417_credits-fir.txt")

rows = [
    ("CH de Valbrune (PREF 2025-2027)", "M4 Aide à la restructuration", 1450000, 1100000),
    ("CH de Valbrune (SMUR Saint-Aurèle)", "M3 Antenne SMUR", 380000, 420000),
    ("CHI des Monts-Ardois (SMUR Ardois)", "M3 Antenne SMUR", 355000, 395000),
    ("URPS médecins libéraux OL", "M3 Régulation libérale SAS", 1120000, 1180000),
    ("GCS e-Santé Orvanne", "M2 Plateforme numérique SAS", 980000, 640000),
    ("IREPS Orvanne-Lisière", "M1 Éducation pour la santé", 410000, 410000),
    ("Association Addictions Orvanne", "M1 RPIB et réduction des risques", 265000, 265000),
    ("CH de Lorvel (VigilanS)", "M1 Prévention du suicide", 336000, 348000),
    ("EPSM de la Lisière", "M2 EMPP Lorvel-Est", 290000, 310000),
    ("FéMaSOL", "M2 Appui aux équipes coordonnées", 120000, 120000),
    ("CPTS du Pays de Saint-Aurèle", "M2 Préfiguration", 50000, 0),
    ("CPTS Orbe-et-Lisière", "M2 Soins non programmés", 72500, 72500),
    ("MSP des Trois-Ponts (ZIP)", "M3 Aide au démarrage", 50000, 0),
    ("MSP de Pontlevoy-sur-Orbe", "M3 Aide au démarrage", 30000, 0),
    ("Université de Lorvel - DMG", "M3 Maîtres de stage", 186000, 186000),
    ("France Assos Santé OL", "M5 Démocratie sanitaire", 48000, 48000),
]

def fmt(n):
    s = f"{n:,}".replace(",", " ")
    return s

t25 = sum(r[2] for r in rows)
t26 = sum(r[3] for r in rows)
bym = {}
for r in rows:
    m = r[1][:2]
    bym.setdefault(m, [0, 0])
    bym[m][0] += r[2]; bym[m][1] += r[3]
print("totals", fmt(t25), fmt(t26))
for m in sorted(bym):
    print(m, fmt(bym[m][0]), fmt(bym[m][1]))

W1, W2, W3, W4 = 36, 34, 14, 14
sep = "-" * (W1 + W2 + W3 + W4)
table = []
table.append(f"{'Bénéficiaire':<{W1}}{'Mission FIR / objet':<{W2}}{'Montant 2025':>{W3}}{'Montant 2026':>{W4}}")
table.append(f"{'':<{W1}}{'':<{W2}}{'(en euros)':>{W3}}{'(en euros)':>{W4}}")
table.append(sep)
for b, m, a, c in rows:
    table.append(f"{b:<{W1}}{m:<{W2}}{fmt(a):>{W3}}{fmt(c):>{W4}}")
table.append(sep)
table.append(f"{'TOTAL':<{W1}}{'':<{W2}}{fmt(t25):>{W3}}{fmt(t26):>{W4}}")
TABLE = "\n".join(table)

msum = []
names = {"M1": "mission 1 (promotion de la santé et prévention des maladies, des traumatismes, du handicap et de la perte d'autonomie)",
         "M2": "mission 2 (organisation et promotion de parcours de santé coordonnés ainsi que qualité et sécurité de l'offre sanitaire et médico-sociale)",
         "M3": "mission 3 (permanence des soins et répartition des professionnels et des structures de santé sur le territoire)",
         "M4": "mission 4 (efficience des structures sanitaires et médico-sociales et amélioration des conditions de travail de leurs personnels)",
         "M5": "mission 5 (développement de la démocratie sanitaire)"}
for m in ["M1", "M2", "M3", "M4", "M5"]:
    a, c = bym[m]
    msum.append(f"- au titre de la {names[m]} : {fmt(a)} € en 2025 et {fmt(c)} € en 2026 ;")
MSUM = "\n".join(msum)

text = open(os.path.join(HERE, "arrete_template.txt"), encoding="utf-8").read()
text = text.replace("{{TABLE}}", TABLE).replace("{{T25}}", fmt(t25)).replace("{{T26}}", fmt(t26)).replace("{{MSUM}}", MSUM)
open(OUT, "w", encoding="utf-8").write(text)
print("written", OUT, len(text.split()), "words")
