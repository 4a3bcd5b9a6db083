#!/usr/bin/env python3
"""Aide : produit le tableau à largeur fixe du PV (collé ensuite dans le .txt)."""
rows = [
    ("2026-01", "Les Passeurs de Mots (association)", "Vérignac", "72 000 €", "84", "Favorable"),
    ("2026-02", "Mission locale du Pays de Sornelle", "Castelroux", "58 000 €", "78", "Favorable"),
    ("2026-03", "CH de Vérignac – Maison des adolescents", "Vérignac", "90 000 €", "88", "Favorable"),
    ("2026-04", "Commune de Lunac", "Lunac", "24 500 €", "55", "Défavorable"),
    ("2026-05", "Sport Santé Sornelle (association)", "Montferrand-les-Tilleuls", "46 000 €", "71", "Favorable (réduit)"),
    ("2026-06", "Corps & Consentement (association)", "Saint-Aubrac-sur-Lône", "64 000 €", "81", "Favorable"),
    ("2026-07", "SAS Bien-Être Campus", "Vérignac", "38 000 €", "–", "Irrecevable"),
    ("2026-08", "Addictions Prévention Sornelle (APS)", "Brévannes-la-Forêt", "86 000 €", "76", "Favorable (réduit)"),
    ("2026-09", "CC Cœur de Sornelle", "Lunac", "52 000 €", "67", "Favorable"),
    ("2026-10", "Ludothèque Le Dé Bleu (association)", "Castelroux", "18 000 €", "58", "Défavorable"),
    ("2026-11", "MSP des Tilleuls (SISA)", "Montferrand-les-Tilleuls", "44 000 €", "73", "Favorable"),
    ("2026-12", "Fédération des foyers ruraux de la Sornelle", "Saint-Aubrac-sur-Lône", "95 000 €", "69", "Favorable (réduit)"),
    ("2026-13", "Centre social Les Glycines", "Vérignac", "36 000 €", "62", "Liste complémentaire"),
    ("2026-14", "Cap Ados (association)", "Castelroux", "27 500 €", "–", "Irrecevable"),
]
tot = sum(int(r[3].replace(" ", "").replace("€", "")) for r in rows)
W = (10, 43, 24, 15, 9, 20)
head = ("N° dossier", "Porteur", "Commune", "Montant demandé", "Note /100", "Avis")


def line(cells):
    out = []
    for i, (c, w) in enumerate(zip(cells, W)):
        out.append(c.rjust(w) if i in (3, 4) else c.ljust(w))
    return " | ".join(out).rstrip()


sep = "-+-".join("-" * w for w in W)
print(line(head))
print(sep)
for r in rows:
    print(line(r))
print(sep)
print(line(("TOTAL", "14 dossiers", "", f"{tot:,} €".replace(",", " "), "", "")))
