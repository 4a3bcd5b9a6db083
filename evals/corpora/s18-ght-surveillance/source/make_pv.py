# Generates the PDF minutes of the conseil de surveillance (fictional).
from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = "/work/main/evals/corpora/s18-ght-surveillance/docs/2025-12-11_pv-conseil-surveillance-ch-castelbrune.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class PV(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Centre hospitalier de Castelbrune – Conseil de surveillance – Procès-verbal de la séance du 11 décembre 2025",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"PV CS 2025-04 – Document soumis à approbation lors de la prochaine séance – Page {self.page_no()}/{{nb}}",
                  align="C")
        self.set_text_color(0, 0, 0)


pdf = PV(format="A4")
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONTB)
pdf.set_auto_page_break(True, margin=20)
pdf.set_margins(20, 15, 20)
pdf.alias_nb_pages()
pdf.add_page()


def p(text, size=10, bold=False, align="J", after=2.2):
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.multi_cell(0, 5.2, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def h(text):
    pdf.ln(1.5)
    p(text, size=11, bold=True, align="L", after=1.5)


def bullets(items, size=10):
    pdf.set_font("DejaVu", "", size)
    for it in items:
        pdf.set_x(26)
        pdf.multi_cell(0, 5.2, "– " + it, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def table(rows, widths, size=8.5, aligns=None):
    pdf.set_font("DejaVu", "", size)
    head = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=widths, text_align=aligns or "LEFT", headings_style=head,
                   line_height=4.8, first_row_as_headings=True) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


# ---------------------------------------------------------------- page 1
p("CENTRE HOSPITALIER DE CASTELBRUNE", 9, True, "L", 0)
p("Établissement support du groupement hospitalier de territoire (GHT) Sorelle-Causses", 9, False, "L", 0)
p("2, avenue du Docteur-Fabre – 99100 Castelbrune – Direction générale", 9, False, "L", 0)
p("Transmis à l'Agence régionale de santé (ARS) Centre-Sorelle le 19 décembre 2025 – Réf. DG/CS/2025-04", 8, False, "L", 4)

p("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL DE SURVEILLANCE", 13, True, "C", 1)
p("Jeudi 11 décembre 2025 – 17 heures – Salle du conseil, bâtiment A", 10, False, "C", 4)

p("Le conseil de surveillance du centre hospitalier de Castelbrune, régulièrement convoqué le 25 novembre 2025 "
  "conformément aux articles L. 6143-1 et R. 6143-1 et suivants du code de la santé publique, s'est réuni le jeudi "
  "11 décembre 2025 à 17 heures sous la présidence de M. Gérard Lestrade, maire de Castelbrune, président du conseil "
  "de surveillance.")

h("Membres à voix délibérative")
table([
    ["Membre", "Collège", "Qualité", "Situation"],
    ["M. Gérard Lestrade", "Collectivités territoriales", "Maire de Castelbrune, président", "Présent"],
    ["Mme Sylvie Oudinot", "Collectivités territoriales", "Représentante de Castelbrune Sorelle Agglomération (CSA)", "Présente"],
    ["M. Bernard Cazals", "Collectivités territoriales", "Conseiller départemental de la Haute-Sorelle", "Excusé, pouvoir à M. Lestrade"],
    ["Mme Nadia Benhamou", "Collectivités territoriales", "Adjointe au maire de Castelbrune", "Présente"],
    ["M. Pierre-Yves Fauchier", "Collectivités territoriales", "Vice-président du conseil départemental", "Excusé"],
    ["Dr Claire Anselme", "Personnels", "Représentante de la commission médicale d'établissement (CME)", "Présente"],
    ["Dr Julien Marsac", "Personnels", "Représentant de la CME", "Présent"],
    ["Mme Isabelle Roche", "Personnels", "Représentante de la commission des soins infirmiers, de rééducation et médico-techniques (CSIRMT)", "Présente"],
    ["M. Thierry Delbos", "Personnels", "Représentant des organisations syndicales (CGT)", "Présent"],
    ["Mme Karine Vidal", "Personnels", "Représentante des organisations syndicales (FO)", "Excusée, pouvoir à M. Delbos"],
    ["Pr Étienne Marchetti", "Personnalités qualifiées", "Personnalité qualifiée désignée par le directeur général de l'ARS, vice-président", "Présent"],
    ["M. François Guérin", "Personnalités qualifiées", "Personnalité qualifiée désignée par le directeur général de l'ARS", "Présent"],
    ["Mme Laure Dhombres", "Personnalités qualifiées", "Personnalité qualifiée désignée par le préfet", "Excusée"],
    ["Mme Monique Ferrand", "Personnalités qualifiées", "Représentante des usagers (UDAF de la Haute-Sorelle)", "Présente"],
    ["M. Alain Costes", "Personnalités qualifiées", "Représentant des usagers (Ligue contre le cancer)", "Présent"],
], (36, 30, 68, 36))

h("Membres à voix consultative et invités")
bullets([
    "Mme Hélène Vasseur-Marchal, directrice du centre hospitalier de Castelbrune et directrice de l'établissement support du GHT ;",
    "Dr Antoine Rigal, président de la CME ;",
    "Mme Delphine Aubry, représentante du directeur général de l'ARS (délégation départementale de la Haute-Sorelle) ;",
    "Mme Sophie Taillandier, coordonnatrice générale des soins ;",
    "M. Hugo Lemaire, directeur de la caisse primaire d'assurance maladie (CPAM) de la Haute-Sorelle, excusé ;",
    "Mme Florence Peyrac, directrice des affaires financières (DAF), invitée pour les points n° 2 à 4 ;",
    "M. Yannick Boissière, directeur des travaux et du patrimoine, invité pour le point n° 4.",
])
p("Secrétaire de séance : Mme Élodie Marty, attachée d'administration hospitalière, direction générale.")
p("Quorum : 11 membres présents sur 15 et 2 pouvoirs, soit 13 votants. Le quorum (8 membres présents) étant atteint, "
  "le président ouvre la séance à 17 h 05.")

h("Ordre du jour")
bullets([
    "Point n° 1 – Approbation du procès-verbal de la séance du 26 juin 2025",
    "Point n° 2 – Avis sur l'état prévisionnel des recettes et des dépenses (EPRD) 2026",
    "Point n° 3 – Avis sur le plan global de financement pluriannuel (PGFP) 2026-2030",
    "Point n° 4 – Avis sur le programme d'investissement 2026-2028",
    "Point n° 5 – Délibération relative à l'avenant n° 3 à la convention constitutive du GHT Sorelle-Causses",
    "Point n° 6 – Délibération relative à l'adhésion au groupement de coopération sanitaire (GCS) « Imagerie Sorelle »",
    "Point n° 7 – Information : rapport annuel 2024 de la commission des usagers (CDU)",
    "Point n° 8 – Information : activité au 30 septembre 2025",
    "Point n° 9 – Questions diverses",
])

# ---------------------------------------------------------------- point 1
h("Point n° 1 – Approbation du procès-verbal de la séance du 26 juin 2025")
p("Le procès-verbal de la séance du 26 juin 2025 ne fait l'objet d'aucune observation. Il est adopté à l'unanimité des 13 votants.")

# ---------------------------------------------------------------- point 2
h("Point n° 2 – Avis sur l'état prévisionnel des recettes et des dépenses (EPRD) 2026")
p("Mme Florence Peyrac, directrice des affaires financières, présente l'EPRD 2026, arrêté par la directrice après "
  "concertation du directoire du 2 décembre 2025. Elle rappelle que l'EPRD 2025 initial avait été présenté au conseil "
  "de surveillance du 13 mars 2025.")
p("Le compte de résultat principal (CRP) de l'EPRD 2026 est présenté en déficit de 1 425 000 €, contre un déficit de "
  "1 800 000 € inscrit à l'EPRD 2025 initial.")
p("La progression des charges de personnel (+3,3 %) intègre l'effet en année pleine des mesures salariales nationales "
  "pour 1 120 000 € et la création de 14,5 équivalents temps plein (ETP), dont 6 ETP soignants liés à la réouverture "
  "de 12 lits de médecine polyvalente au 1er avril 2026.")
p("Les produits versés par l'assurance maladie progressent de 4,3 % sous l'hypothèse d'une évolution des tarifs de "
  "0,8 % et d'une hausse d'activité de 2,5 %.")
p("Tableau 1 – Compte de résultat principal : charges par titre (en euros)", 9.5, True, "L", 1.5)
table([
    ["Charges", "EPRD 2025", "EPRD 2026", "Évolution"],
    ["Titre 1 – Charges de personnel", "71 840 000", "74 215 000", "+3,3 %"],
    ["Titre 2 – Charges à caractère médical", "16 920 000", "17 650 000", "+4,3 %"],
    ["Titre 3 – Charges à caractère hôtelier et général", "9 480 000", "9 860 000", "+4,0 %"],
    ["Titre 4 – Charges d'amortissements, de provisions, financières et exceptionnelles", "6 310 000", "6 575 000", "+4,2 %"],
    ["Total des charges", "104 550 000", "108 300 000", "+3,6 %"],
], (80, 32, 32, 26), aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT"))
p("Tableau 2 – Compte de résultat principal : produits par titre (en euros)", 9.5, True, "L", 1.5)
table([
    ["Produits", "EPRD 2025", "EPRD 2026", "Évolution"],
    ["Titre 1 – Produits versés par l'assurance maladie", "82 365 000", "85 940 000", "+4,3 %"],
    ["Titre 2 – Autres produits de l'activité hospitalière", "9 105 000", "9 515 000", "+4,5 %"],
    ["Titre 3 – Autres produits", "11 280 000", "11 420 000", "+1,2 %"],
    ["Total des produits", "102 750 000", "106 875 000", "+4,0 %"],
    ["Résultat du CRP", "-1 800 000", "-1 425 000", "–"],
], (80, 32, 32, 26), aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT"))
p("Le résultat consolidé, tous budgets confondus (budget principal et budgets annexes de l'EHPAD « Les Tilleuls », "
  "de l'unité de soins de longue durée et de l'institut de formation en soins infirmiers), s'établit à -1 510 000 € "
  "en 2026 contre -1 920 000 € en 2025.")
p("La capacité d'autofinancement (CAF) prévisionnelle atteint 4 870 000 € en 2026, contre 4 350 000 € en 2025. "
  "Le taux de marge brute non aidée passe de 5,7 % à 6,1 %.")
p("M. Thierry Delbos estime que les 14,5 ETP créés ne compensent pas les postes vacants, au nombre de 38 dans les "
  "services de soins au 1er novembre 2025, et annonce un vote défavorable de sa délégation.")
p("Mme Hélène Vasseur-Marchal précise que le plan de retour à l'équilibre (PRE) signé avec l'ARS prévoit un retour à "
  "l'équilibre du CRP en 2028. Mme Delphine Aubry indique que l'ARS accompagnera l'établissement en 2026 par une aide "
  "en trésorerie de 600 000 € et une aide à l'investissement de 400 000 € destinée à l'acquisition de l'IRM.")
p("Vote – Votants : 13 ; Pour : 9 ; Contre : 2 ; Abstentions : 2.", bold=True)
p("Le conseil de surveillance émet un avis favorable sur l'EPRD 2026.")

# ---------------------------------------------------------------- point 3
h("Point n° 3 – Avis sur le plan global de financement pluriannuel (PGFP) 2026-2030")
p("Le PGFP prévoit un montant cumulé d'investissements de 38,6 M€ sur la période 2026-2030, financé à hauteur de "
  "24,2 M€ par l'autofinancement, de 9,4 M€ par des emprunts nouveaux et de 5,0 M€ par des subventions, dont 3,2 M€ "
  "au titre du Ségur de la santé.")
p("Le taux d'endettement (encours de la dette rapporté au total des produits) serait ramené de 41,2 % en 2025 à "
  "36,8 % en 2030. La durée apparente de la dette passerait de 9,6 ans à 7,1 ans sur la même période.")
p("Pr Étienne Marchetti souligne que la trajectoire reste dépendante de la réalisation de la hausse d'activité de "
  "2,5 % retenue pour 2026.")
p("Vote – Votants : 13 ; Pour : 10 ; Contre : 1 ; Abstentions : 2.", bold=True)
p("Le conseil de surveillance émet un avis favorable sur le PGFP 2026-2030.")

# ---------------------------------------------------------------- point 4
h("Point n° 4 – Avis sur le programme d'investissement 2026-2028")
p("M. Yannick Boissière présente les opérations majeures du programme d'investissement 2026-2028. Le taux de TVA "
  "retenu est de 20 %.")
p("Tableau 3 – Opérations d'investissement 2026-2028", 9.5, True, "L", 1.5)
table([
    ["Opération", "Montant HT", "Montant TTC", "Année de livraison"],
    ["Rénovation du bloc opératoire (6 salles)", "4 250 000 €", "5 100 000 €", "2027"],
    ["Acquisition d'une IRM 1,5 tesla", "1 150 000 €", "1 380 000 €", "2026"],
    ["Restructuration des urgences (zone d'accueil et UHCD)", "2 875 000 €", "3 450 000 €", "2028"],
    ["Dossier patient informatisé commun du GHT (part du CH de Castelbrune)", "640 000 €", "768 000 €", "2026"],
    ["Rénovation énergétique du bâtiment B", "1 900 000 €", "2 280 000 €", "2027"],
    ["Renouvellement des équipements biomédicaux courants", "780 000 €", "936 000 €", "2026"],
    ["Total", "11 595 000 €", "13 914 000 €", "–"],
], (78, 30, 30, 32), aligns=("LEFT", "RIGHT", "RIGHT", "CENTER"))
p("Le montant total du programme s'élève à 11 595 000 € HT, soit 13 914 000 € TTC.")
p("En réponse à Mme Nadia Benhamou, M. Boissière précise que les travaux de restructuration des urgences débuteront "
  "en septembre 2026 pour une durée de 22 mois, en site occupé, et que l'unité d'hospitalisation de courte durée "
  "(UHCD) passera de 6 à 10 lits. La mise en service de l'IRM est prévue en octobre 2026.")
p("La rénovation énergétique du bâtiment B doit permettre une réduction de 40 % de la consommation d'énergie finale "
  "de ce bâtiment par rapport à l'année de référence 2019.")
p("Vote – Votants : 13 ; Pour : 11 ; Contre : 0 ; Abstentions : 2.", bold=True)
p("Le conseil de surveillance émet un avis favorable sur le programme d'investissement 2026-2028.")

# ---------------------------------------------------------------- point 5
h("Point n° 5 – Délibération relative à l'avenant n° 3 à la convention constitutive du GHT Sorelle-Causses")
p("Mme Hélène Vasseur-Marchal rappelle que le GHT Sorelle-Causses réunit le centre hospitalier de Castelbrune, "
  "établissement support, le centre hospitalier de Saint-Aurèle, le centre hospitalier intercommunal de "
  "Vaurieu-Pradelles et l'hôpital de proximité de Lanvézac, le CHU de Montclar y étant associé.")
p("L'avenant n° 3 a pour objet d'intégrer la sécurité des systèmes d'information et la fonction de délégué à la "
  "protection des données parmi les fonctions mutualisées, de réviser la clé de répartition des contributions des "
  "établissements parties et d'actualiser la liste des activités médicales partagées.")
p("Pour 2026, la contribution du centre hospitalier de Castelbrune aux fonctions mutualisées est fixée à 56,5 %, "
  "soit 1 364 475 €, contre 58,0 % et 1 264 400 € en 2025.")
p("Le comité stratégique du GHT a rendu un avis favorable le 18 septembre 2025 et le collège médical le 25 septembre 2025.")
p("Mme Sylvie Oudinot demande si l'hôpital de proximité de Lanvézac est en mesure de supporter la hausse de sa "
  "contribution. La directrice indique que la quote-part de Lanvézac passe de 6,5 % à 7,0 % en raison de la montée "
  "en charge de son activité de consultations avancées.")
p("Vote – Votants : 13 ; Pour : 12 ; Contre : 0 ; Abstentions : 1.", bold=True)
p("Le conseil de surveillance approuve l'avenant n° 3 à la convention constitutive du GHT Sorelle-Causses et "
  "autorise la directrice à le signer.")

# ---------------------------------------------------------------- point 6
h("Point n° 6 – Délibération relative à l'adhésion au groupement de coopération sanitaire (GCS) « Imagerie Sorelle »")
p("M. Alain Costes quitte la séance à 17 h 50 sans donner de pouvoir ; le nombre de votants est ramené à 12.")
p("Le GCS de moyens « Imagerie Sorelle » associerait le centre hospitalier de Castelbrune et la SELARL Imagerie du "
  "Causse, qui regroupe 9 radiologues libéraux, pour l'exploitation partagée de l'IRM et du scanner du site de "
  "Castelbrune.")
p("Le capital du groupement est fixé à 90 000 €, dont 45 000 € apportés par le centre hospitalier, soit 50 % des "
  "droits. Le groupement est constitué pour une durée indéterminée. La directrice est désignée pour représenter "
  "l'établissement à l'assemblée générale du GCS.")
p("Le Dr Antoine Rigal indique que la CME a rendu un avis favorable le 20 novembre 2025 et que le délai moyen "
  "d'obtention d'un rendez-vous d'IRM, actuellement de 47 jours, devrait être ramené sous 25 jours en 2027.")
p("Vote – La délibération est adoptée à l'unanimité des 12 votants.", bold=True)

# ---------------------------------------------------------------- point 7
h("Point n° 7 – Information : rapport annuel 2024 de la commission des usagers (CDU)")
p("Mme Monique Ferrand présente le rapport annuel 2024 de la CDU. L'établissement a enregistré 187 réclamations "
  "écrites en 2024, contre 163 en 2023, ainsi que 42 lettres d'éloges.")
p("Le délai moyen de réponse aux réclamations est de 18 jours, contre 21 jours en 2023. Neuf médiations médicales "
  "et quatre médiations non médicales ont été organisées ; trois recours contentieux ont été engagés.")
p("Le score de satisfaction globale e-Satis des patients hospitalisés plus de 48 heures en médecine, chirurgie et "
  "obstétrique atteint 74,2 sur 100, pour une moyenne nationale de 73,1.")
p("Les principaux motifs de réclamation portent sur :")
bullets([
    "les délais d'attente aux urgences ;",
    "la communication avec les proches des patients ;",
    "la perte d'objets personnels, en particulier de prothèses dentaires et auditives ;",
    "la facturation des chambres particulières.",
])
p("Le conseil de surveillance prend acte de cette information.")

# ---------------------------------------------------------------- point 8
h("Point n° 8 – Information : activité au 30 septembre 2025")
p("Tableau 4 – Indicateurs d'activité cumulés au 30 septembre", 9.5, True, "L", 1.5)
table([
    ["Indicateur", "Au 30/09/2024", "Au 30/09/2025", "Évolution"],
    ["Séjours de médecine, chirurgie et obstétrique (MCO)", "21 480", "22 085", "+2,8 %"],
    ["Passages aux urgences", "30 115", "31 460", "+4,5 %"],
    ["Naissances", "842", "811", "-3,7 %"],
    ["Séances de chimiothérapie", "6 240", "6 705", "+7,5 %"],
    ["Consultations externes", "118 300", "121 950", "+3,1 %"],
], (80, 32, 32, 26), aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT"))
p("La durée moyenne de séjour (DMS) en MCO s'établit à 5,4 jours, contre 5,6 jours au 30 septembre 2024. "
  "Le taux d'occupation des lits de médecine atteint 86,3 %.")
p("Le Dr Antoine Rigal attribue la baisse des naissances à la diminution de la natalité sur le territoire et non à "
  "des fuites de patientèle.")
p("Le conseil de surveillance prend acte de cette information.")

# ---------------------------------------------------------------- point 9
h("Point n° 9 – Questions diverses")
p("Mme Isabelle Roche interroge la direction sur le recours à l'intérim médical. La directrice indique que les "
  "dépenses d'intérim médical sont estimées à 1 650 000 € pour 2025, contre 2 340 000 € en 2024.")
p("Le calendrier des séances du conseil de surveillance pour 2026 est arrêté comme suit :")
bullets(["jeudi 12 mars 2026 ;", "jeudi 25 juin 2026 ;", "jeudi 15 octobre 2026 ;", "jeudi 10 décembre 2026."])
p("L'ordre du jour étant épuisé, le président lève la séance à 18 h 40.")

p("Tableau 5 – Récapitulatif des votes de la séance", 9.5, True, "L", 1.5)
table([
    ["Point", "Votants", "Pour", "Contre", "Abstentions", "Résultat"],
    ["Point n° 1 – Procès-verbal du 26 juin 2025", "13", "13", "0", "0", "Adopté"],
    ["Point n° 2 – EPRD 2026", "13", "9", "2", "2", "Avis favorable"],
    ["Point n° 3 – PGFP 2026-2030", "13", "10", "1", "2", "Avis favorable"],
    ["Point n° 4 – Programme d'investissement 2026-2028", "13", "11", "0", "2", "Avis favorable"],
    ["Point n° 5 – Avenant n° 3 à la convention constitutive", "13", "12", "0", "1", "Approuvé"],
    ["Point n° 6 – Adhésion au GCS « Imagerie Sorelle »", "12", "12", "0", "0", "Adopté"],
], (60, 17, 15, 17, 27, 34), aligns=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER"))

p("Fait à Castelbrune, le 15 décembre 2025.", after=3)
p("Le président du conseil de surveillance, Gérard Lestrade", after=1)
p("La secrétaire de séance, Élodie Marty")

pdf.output(OUT)
print("written", OUT, pdf.page_no(), "pages")
