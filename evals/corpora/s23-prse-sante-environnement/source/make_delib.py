# Génère la délibération de commission permanente (texte brut, tableau aligné par espaces)
from plan_data import fmt
OUT = "../docs/2025-05-16_cp-region-moyenne-arviere_deliberation-cp-2025-05-117-prse4.txt"

ROWS = [
 ("Commune de Varennes-sur-Arvière", "Cour oasis école élémentaire Jean-Moulin (3.1.1)", 412500, 165000, "40 %"),
 ("Commune de Brémontier", "Cour oasis groupe scolaire des Tilleuls (3.1.1)", 286000, 114400, "40 %"),
 ("Commune de Lunac", "Désimperméabilisation cour maternelle (3.1.1)", 148750, 59500, "40 %"),
 ("Commune de Castel-Vautrin", "Cour oasis école du Pré-Vert (3.1.1)", 225000, 67500, "30 %"),
 ("CC du Pays de Castel-Vautrin", "Plan intercommunal ambroisie 2025 (3.3.1)", 96000, 48000, "50 %"),
 ("FREDON Moyenne-Arvière", "Animation du réseau des référents (3.3.1)", 130000, 78000, "60 %"),
 ("ATMO Moyenne-Arvière", "Pesticides dans l'air, campagne 2025 (2.3.1)", 104000, 52000, "50 %"),
 ("Syndicat des eaux du Haut-Brenne (SIEHB)", "PGSSE de 11 unités de distribution (2.2.1)", 58000, 23200, "40 %"),
 ("Association Habitat Santé Arvière (AHSA)", "Visites de conseillers habitat-santé (1.3.1)", 180000, 72000, "40 %"),
 ("CHU de Saint-Orlan", "Module santé-environnement IFSI (4.2.1)", 64000, 32000, "50 %"),
 ("Association Ouïe Jeunesse", "Prévention auditive en milieu festif (3.2.2)", 45000, 27000, "60 %"),
 ("Maison régionale des allergies (MRA)", "Bulletin allergo-pollinique 2025 (3.3.2)", 38000, 19000, "50 %"),
 ("Commune de Saint-Orlan", "Capteurs de CO2 dans 340 salles de classe (1.1.2)", 40800, 20400, "50 %"),
 ("Association Santé Environnement Arvière Nord", "Ateliers air intérieur en crèches (1.1.2)", 60000, 24000, "40 %"),
]
for r in ROWS:
    assert abs(r[2] * int(r[4].split()[0]) / 100 - r[3]) < 0.01, r
tc = sum(r[2] for r in ROWS); tg = sum(r[3] for r in ROWS)
print("total cost", tc, "total grant", tg)

W = (45, 50, 18, 16, 7)
def line(cells):
    a, b, c, d, e = cells
    return f"{a:<{W[0]}} {b:<{W[1]}} {c:>{W[2]}} {d:>{W[3]}} {e:>{W[4]}}".rstrip()
sep = "-" * (sum(W) + 4)
annex = [line(("Bénéficiaire", "Projet (action du PRSE 4)", "Coût total HT (€)", "Subvention (€)", "Taux")), sep]
for r in ROWS:
    assert len(r[0]) <= W[0] and len(r[1]) <= W[1], r
    annex.append(line((r[0], r[1], fmt(r[2]), fmt(r[3]), r[4])))
annex.append(sep)
annex.append(line(("TOTAL (14 bénéficiaires)", "", fmt(tc), fmt(tg), "")))

# récapitulatif par action
rec = {}
labels = {"3.1.1": "Action 3.1.1 – Cours oasis", "3.3.1": "Action 3.3.1 – Ambroisie", "2.3.1": "Action 2.3.1 – Pesticides dans l'air",
          "2.2.1": "Action 2.2.1 – PGSSE", "1.3.1": "Action 1.3.1 – Habitat insalubre", "4.2.1": "Action 4.2.1 – Formation initiale",
          "3.2.2": "Action 3.2.2 – Risques auditifs", "3.3.2": "Action 3.3.2 – Surveillance pollinique", "1.1.2": "Action 1.1.2 – Capteurs de CO2"}
order = []
for r in ROWS:
    code = r[1].rsplit("(", 1)[1].rstrip(")")
    if code not in rec:
        order.append(code); rec[code] = [0, 0]
    rec[code][0] += 1; rec[code][1] += r[3]
W2 = (42, 14, 20)
annex2 = [f"{'Action du PRSE 4':<42} {'Bénéficiaires':>14} {'Montant (€)':>20}", "-" * 78]
for code in sorted(order):
    annex2.append(f"{labels[code]:<42} {rec[code][0]:>14} {fmt(rec[code][1]):>20}")
annex2.append("-" * 78)
annex2.append(f"{'TOTAL':<42} {len(ROWS):>14} {fmt(tg):>20}")
print({c: rec[c] for c in order})

inv = 406400 + 20400
print("invest", inv, "fonct", tg - inv)

TEXT = open("delib_template.txt", encoding="utf-8").read()
TEXT = TEXT.replace("{{ANNEXE1}}", "\n".join(annex)).replace("{{ANNEXE2}}", "\n".join(annex2))
open(OUT, "w", encoding="utf-8").write(TEXT)
print(len(TEXT.split()), "words")
