# Données du PRSE 4 Moyenne-Arvière (fictif)
ACTIONS = [
 # code, label tableau, 2025, 2026, 2027, {ARS, Région, DREAL, Autres}
 ("1.1.1", "1.1.1 Air intérieur écoles et crèches", 420000, 450000, 480000, dict(ARS=540000, Region=675000, DREAL=0, Autres=135000)),
 ("1.1.2", "1.1.2 Capteurs de CO2 en classe", 310000, 180000, 150000, dict(ARS=256000, Region=320000, DREAL=0, Autres=64000)),
 ("1.2.1", "1.2.1 Dépistage du radon", 160000, 160000, 140000, dict(ARS=345000, Region=0, DREAL=115000, Autres=0)),
 ("1.2.2", "1.2.2 Remédiation radon", 250000, 300000, 300000, dict(ARS=170000, Region=510000, DREAL=0, Autres=170000)),
 ("1.3.1", "1.3.1 Habitat insalubre", 540000, 560000, 580000, dict(ARS=840000, Region=336000, DREAL=0, Autres=504000)),
 ("1.3.2", "1.3.2 Saturnisme infantile", 95000, 105000, 110000, dict(ARS=310000, Region=0, DREAL=0, Autres=0)),
 ("2.1.1", "2.1.1 Protection des captages (DUP)", 380000, 380000, 340000, dict(ARS=660000, Region=0, DREAL=0, Autres=440000)),
 ("2.1.2", "2.1.2 Captages prioritaires pesticides", 620000, 700000, 760000, dict(ARS=208000, Region=416000, DREAL=208000, Autres=1248000)),
 ("2.2.1", "2.2.1 PGSSE petites collectivités", 210000, 240000, 250000, dict(ARS=350000, Region=140000, DREAL=0, Autres=210000)),
 ("2.3.1", "2.3.1 Pesticides dans l'air", 135000, 135000, 130000, dict(ARS=120000, Region=120000, DREAL=160000, Autres=0)),
 ("2.3.2", "2.3.2 Riverains et publics sensibles", 125000, 140000, 135000, dict(ARS=100000, Region=80000, DREAL=0, Autres=220000)),
 ("3.1.1", "3.1.1 Cours oasis", 900000, 1100000, 1200000, dict(ARS=0, Region=1600000, DREAL=320000, Autres=1280000)),
 ("3.1.2", "3.1.2 Îlots de chaleur et canicule", 150000, 120000, 100000, dict(ARS=148000, Region=111000, DREAL=111000, Autres=0)),
 ("3.2.1", "3.2.1 Observatoire du bruit", 260000, 280000, 300000, dict(ARS=84000, Region=252000, DREAL=420000, Autres=84000)),
 ("3.2.2", "3.2.2 Risques auditifs des jeunes", 75000, 80000, 85000, dict(ARS=144000, Region=96000, DREAL=0, Autres=0)),
 ("3.3.1", "3.3.1 Lutte contre l'ambroisie", 230000, 240000, 250000, dict(ARS=360000, Region=216000, DREAL=0, Autres=144000)),
 ("3.3.2", "3.3.2 Surveillance pollinique", 90000, 90000, 95000, dict(ARS=165000, Region=55000, DREAL=0, Autres=55000)),
 ("4.1.1", "4.1.1 Plateforme de données", 280000, 200000, 170000, dict(ARS=260000, Region=195000, DREAL=195000, Autres=0)),
 ("4.1.2", "4.1.2 Tiques et maladies vectorielles", 110000, 120000, 120000, dict(ARS=210000, Region=0, DREAL=70000, Autres=70000)),
 ("4.2.1", "4.2.1 Formation initiale", 85000, 95000, 100000, dict(ARS=140000, Region=140000, DREAL=0, Autres=0)),
 ("4.2.2", "4.2.2 Formation continue", 120000, 130000, 130000, dict(ARS=304000, Region=0, DREAL=0, Autres=76000)),
 ("4.3.1", "4.3.1 AAP Territoires", 600000, 600000, 650000, dict(ARS=740000, Region=740000, DREAL=370000, Autres=0)),
]

def fmt(n):
    s = f"{n:,}".replace(",", " ")
    return s

def check():
    for a in ACTIONS:
        tot = a[2] + a[3] + a[4]
        assert tot == sum(a[5].values()), (a[0], tot, sum(a[5].values()))
    axes = {}
    for a in ACTIONS:
        ax = a[0][0]
        d = axes.setdefault(ax, dict(y25=0, y26=0, y27=0, ARS=0, Region=0, DREAL=0, Autres=0))
        d['y25'] += a[2]; d['y26'] += a[3]; d['y27'] += a[4]
        for k, v in a[5].items():
            d[k] += v
    return axes

if __name__ == "__main__":
    axes = check()
    G = dict(y25=0, y26=0, y27=0, ARS=0, Region=0, DREAL=0, Autres=0)
    for ax, d in axes.items():
        print(ax, {k: fmt(v) for k, v in d.items()}, fmt(d['y25'] + d['y26'] + d['y27']))
        for k in G: G[k] += d[k]
    print("G", {k: fmt(v) for k, v in G.items()}, fmt(G['y25'] + G['y26'] + G['y27']))
    T = G['y25'] + G['y26'] + G['y27']
    for k in ("ARS", "Region", "DREAL", "Autres"):
        print(k, round(100 * G[k] / T, 2))
