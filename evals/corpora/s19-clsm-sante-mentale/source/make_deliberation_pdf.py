"""Generate the fictional council deliberation PDF of set s19-clsm-sante-mentale."""
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent.parent / "docs" / "2025-03-13_deliberation-conseil-communautaire-ccps-clsm.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Deliberation(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Communauté de communes du Pays de Serrevallon — Registre des délibérations — Séance du 13 mars 2025",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Deliberation(format="A4")
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.alias_nb_pages()
pdf.add_page()

W = 0  # full width


def p(text, size=9.5, style="", h=5, align="J", space=1.8):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(W, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(space)


def heading(text, size=10.5):
    pdf.ln(1)
    p(text, size=size, style="B", align="L", space=1.5)


def table(rows, widths, align=None, size=8.5):
    pdf.set_font("DejaVu", "", size)
    headings = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=widths, text_align=align or "LEFT", line_height=5,
                   headings_style=headings, first_row_as_headings=True) as t:
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)


def stamp(ident, sent, published):
    pdf.set_font("DejaVu", "", 7.5)
    pdf.set_draw_color(60, 60, 60)
    pdf.multi_cell(95, 4,
                   f"Accusé de réception en préfecture\n{ident}\nDate de télétransmission : {sent}\n"
                   f"Date de réception préfecture : {sent}\nPublié le : {published}",
                   border=1, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


# ---------------------------------------------------------------- page 1
stamp("079-247900123-20250313-DEL_2025_027-DE", "18/03/2025", "19/03/2025")
p("RÉPUBLIQUE FRANÇAISE", size=10, style="B", align="C", space=0.5)
p("Département des Hautes-Brandes — Arrondissement de Serrevallon", size=8.5, align="C", space=3)
p("COMMUNAUTÉ DE COMMUNES DU PAYS DE SERREVALLON", size=11, style="B", align="C", space=0.5)
p("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE", size=10, style="B", align="C", space=0.5)
p("Séance du jeudi 13 mars 2025", size=10, align="C", space=4)

p("L'an deux mille vingt-cinq, le treize mars à dix-huit heures trente, le conseil communautaire de la "
  "Communauté de communes du Pays de Serrevallon, dûment convoqué le 6 mars 2025, s'est réuni en session "
  "ordinaire dans la salle du conseil du siège communautaire, 2 avenue de la Gare à Serrevallon, sous la "
  "présidence de M. Bernard Lachaume, Président.")

table([
    ["Nombre de conseillers", "Effectif"],
    ["En exercice", "42"],
    ["Présents", "31"],
    ["Représentés (pouvoirs)", "6"],
    ["Votants", "37"],
], widths=(60, 25), align=("LEFT", "CENTER"))

p("Présents : Mmes et MM. Bernard Lachaume, Hélène Castagnier, Jean-Luc Barthès, Corinne Vasseur, "
  "Patrick Soulier, Annie Roux, Gérard Piquemal, Sébastien Ollier, Martine Delaunay, Olivier Castex, "
  "Françoise Maury, Alain Brissaud, Nadia Benchekroun, Thierry Gaillac, Sylvie Arnaudet, Michel Couderc, "
  "Catherine Lamothe, Yves Berthomieu, Laurence Pradal, Didier Escande, Josiane Fabre, Karim Haddad, "
  "Véronique Salles, Philippe Marty, Brigitte Castaing, Hervé Lacombe, Isabelle Garrigue, Stéphane Rouquette, "
  "Monique Teyssier, Laurent Bousquet, Éric Campistron.", size=8.5)
p("Absents excusés ayant donné pouvoir : M. Damien Fourcade à M. Jean-Luc Barthès ; Mme Agnès Vidal à "
  "Mme Hélène Castagnier ; M. Pascal Granier à M. Patrick Soulier ; Mme Odile Mercadier à Mme Corinne Vasseur ; "
  "M. Christian Delmas à M. Bernard Lachaume ; Mme Hélène Ribes à Mme Annie Roux.", size=8.5)
p("Absents : Mme Sandrine Auriol, MM. Jacques Lafforgue, Raymond Pélissier, Fabrice Nougaret, "
  "Mme Claudine Estrade.", size=8.5)
p("Secrétaire de séance : Mme Corinne Vasseur.", size=8.5, space=4)

heading("Délibération n° DEL_2025_027", size=11)
p("Objet : Santé — Conseil local de santé mentale (CLSM) — Renouvellement du financement du poste de "
  "coordination et approbation de la convention pluriannuelle d'objectifs 2025-2027 avec l'Établissement "
  "public de santé mentale (EPSM) des Hautes-Brandes", style="B", size=9.5, align="L")
p("Rapporteure : Mme Hélène Castagnier, vice-présidente chargée de la santé et des solidarités", size=9)

p("Vu le code général des collectivités territoriales, et notamment ses articles L. 5211-10 et L. 5214-16 ;", size=8.8, space=0.8)
p("Vu le code de la santé publique, et notamment son article L. 3221-2 relatif au projet territorial de santé mentale ;", size=8.8, space=0.8)
p("Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les "
  "administrations, et notamment son article 10 ;", size=8.8, space=0.8)
p("Vu les statuts de la Communauté de communes du Pays de Serrevallon, et notamment sa compétence "
  "facultative « Actions de santé » ;", size=8.8, space=0.8)
p("Vu la délibération n° 2021_114 du 16 décembre 2021 portant création du conseil local de santé mentale ;", size=8.8, space=0.8)
p("Vu la délibération n° 2022_019 du 10 février 2022 approuvant la convention de financement du poste de "
  "coordination du CLSM pour la période 2022-2024 ;", size=8.8, space=0.8)
p("Vu le contrat local de santé du Pays de Serrevallon signé le 8 juillet 2022 ;", size=8.8, space=0.8)
p("Vu le budget primitif 2025 adopté par délibération n° DEL_2025_011 du 13 février 2025 ;", size=8.8, space=0.8)
p("Vu l'avis favorable de la commission « Santé, solidarités et cohésion sociale » réunie le 25 février 2025 ;", size=8.8, space=2)

p("Considérant que la convention de financement du poste de coordination du CLSM conclue pour la période "
  "2022-2024 est arrivée à échéance le 31 décembre 2024 ;", size=8.8, space=0.8)
p("Considérant que l'Agence régionale de santé (ARS) a confirmé, par courrier du 29 janvier 2025, sa "
  "participation au financement du poste de coordination pour les années 2025 à 2027 ;", size=8.8, space=0.8)
p("Considérant l'intérêt pour le territoire de pérenniser une instance de concertation entre élus, "
  "psychiatrie publique, usagers et acteurs sociaux ;", size=8.8, space=3)

# ---------------------------------------------------------------- exposé
heading("EXPOSÉ DES MOTIFS")
heading("I. Bilan de la convention 2022-2024", size=10)
p("Créé par délibération du 16 décembre 2021, le conseil local de santé mentale du Pays de Serrevallon "
  "dispose depuis le 1er septembre 2022 d'une coordinatrice à temps plein, Mme Margaux Delpierre, salariée "
  "de l'EPSM des Hautes-Brandes et mise à disposition du CLSM. Le rapport d'activité 2024, validé par le "
  "comité de pilotage du 20 février 2025, fait état d'une forte montée en charge du dispositif : 186 "
  "personnes formées aux Premiers secours en santé mentale en 2024, 63 situations examinées par la "
  "cellule de cas complexes et 870 participants aux Semaines d'information sur la santé mentale.")
p("Sur la période de la première convention, la Communauté de communes a participé au financement du CLSM "
  "à hauteur de 8 000 € en 2022 (participation proratisée à compter du recrutement de la coordinatrice), "
  "de 25 000 € en 2023 et de 27 000 € en 2024. Sur ces montants, 22 000 € en 2023 et 23 000 € en 2024 "
  "ont été affectés au poste de coordination, le solde finançant les actions du CLSM.")

heading("II. Objet de la convention pluriannuelle d'objectifs 2025-2027", size=10)
p("La convention pluriannuelle d'objectifs (CPO) proposée, d'une durée de trois ans, lie la Communauté de "
  "communes et l'EPSM des Hautes-Brandes, établissement employeur de la coordinatrice. L'EPSM s'engage à "
  "maintenir un poste de coordination à hauteur d'un équivalent temps plein, à transmettre chaque année "
  "un bilan d'activité et un compte rendu financier avant le 31 mars de l'année suivante, et à réunir un "
  "comité de suivi de la convention au moins deux fois par an.")
p("La convention fixe quatre objectifs au poste de coordination : 1° animer la gouvernance du CLSM "
  "(assemblée plénière, comité de pilotage, groupes de travail) ; 2° coordonner la cellule de cas "
  "complexes et l'étendre aux mineurs ; 3° déployer les actions de prévention (formations PSSM, SISM, "
  "réseau de sentinelles) ; 4° élaborer et mettre en œuvre la feuille de route 2026-2029 du CLSM. Les "
  "cibles chiffrées retenues sont les suivantes :")
table([
    ["Indicateur de la CPO", "Cible 2025", "Cible 2026", "Cible 2027"],
    ["Personnes formées aux PSSM dans l'année", "200", "210", "220"],
    ["Situations examinées par la cellule de cas complexes", "65", "70", "75"],
    ["Participants aux SISM", "900", "950", "1 000"],
    ["Membres de l'assemblée plénière", "75", "80", "85"],
    ["Réunions du comité de pilotage", "3", "3", "3"],
], widths=(85, 25, 25, 25), align=("LEFT", "RIGHT", "RIGHT", "RIGHT"))

heading("III. Plan de financement prévisionnel du poste de coordination", size=10)
p("Le coût du poste de coordination, porté par l'EPSM, est estimé à 186 300 € sur trois ans. Le tableau "
  "ci-dessous détaille les charges prévisionnelles par année.")
table([
    ["Charges du poste", "2025", "2026", "2027", "Total 2025-2027"],
    ["Rémunération brute chargée (1 ETP)", "53 400 €", "54 500 €", "55 600 €", "163 500 €"],
    ["Frais de fonctionnement (bureau, informatique, téléphonie)", "3 200 €", "3 200 €", "3 200 €", "9 600 €"],
    ["Frais de déplacement", "2 400 €", "2 400 €", "2 400 €", "7 200 €"],
    ["Frais de gestion de l'EPSM (forfait)", "2 000 €", "2 000 €", "2 000 €", "6 000 €"],
    ["Total des charges", "61 000 €", "62 100 €", "63 200 €", "186 300 €"],
], widths=(66, 22, 22, 22, 38), align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"))
p("Les financements attendus se répartissent comme suit :")
table([
    ["Financeur", "2025", "2026", "2027", "Total 2025-2027"],
    ["ARS – Fonds d'intervention régional (FIR)", "30 500 €", "31 000 €", "31 500 €", "93 000 €"],
    ["Communauté de communes du Pays de Serrevallon", "24 000 €", "24 500 €", "25 000 €", "73 500 €"],
    ["CPAM des Hautes-Brandes", "4 500 €", "4 600 €", "4 700 €", "13 800 €"],
    ["EPSM des Hautes-Brandes (autofinancement)", "2 000 €", "2 000 €", "2 000 €", "6 000 €"],
    ["Total des financements", "61 000 €", "62 100 €", "63 200 €", "186 300 €"],
], widths=(66, 22, 22, 22, 38), align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"))
p("La part de la Communauté de communes représente ainsi 39,5 % du coût du poste sur la durée de la "
  "convention, celle de l'ARS 49,9 %. La Caisse d'allocations familiales, qui ne finance pas le poste de "
  "coordination, continuera de soutenir les actions du CLSM en direction des jeunes et des familles dans "
  "le cadre de ses propres dispositifs.")

heading("IV. Participation de la Communauté de communes et modalités de versement", size=10)
p("Il est proposé de fixer la participation de la Communauté de communes au poste de coordination à "
  "24 000 € pour 2025, 24 500 € pour 2026 et 25 000 € pour 2027, dans la limite d'une enveloppe "
  "pluriannuelle maximale de 76 000 €. La participation serait versée chaque année en deux fois : une "
  "avance de 70 % au plus tard le 30 avril, puis le solde de 30 % après réception du bilan d'activité et du "
  "compte rendu financier de l'année écoulée.")
p("En complément, une enveloppe annuelle distincte, d'un montant maximal de 5 000 € pour 2025, serait "
  "réservée aux actions du CLSM (Semaines d'information sur la santé mentale, formations PSSM), sur "
  "présentation des justificatifs de dépenses.")

heading("V. Évaluation externe du CLSM", size=10)
p("Conformément aux perspectives validées par le comité de pilotage, une évaluation externe du CLSM serait "
  "conduite au cours de l'année 2027, afin de préparer la décision de renouvellement au-delà de 2027. Son "
  "coût est estimé à 14 500 € HT, soit 17 400 € TTC. Le marché serait passé par l'EPSM des Hautes-Brandes ; "
  "la Communauté de communes en financerait 50 % du coût TTC, soit 8 700 €, le solde étant sollicité "
  "auprès de l'ARS.")

# ---------------------------------------------------------------- dispositif
heading("DÉCISION")
p("Le conseil communautaire, après en avoir délibéré, DÉCIDE :", style="B", size=9.5)
p("Article 1er — De renouveler le financement du poste de coordination du conseil local de santé mentale "
  "du Pays de Serrevallon pour une durée de trois ans, du 1er janvier 2025 au 31 décembre 2027.")
p("Article 2 — D'approuver la convention pluriannuelle d'objectifs 2025-2027 à conclure avec "
  "l'Établissement public de santé mentale des Hautes-Brandes, annexée à la présente délibération "
  "(annexe non reproduite dans le présent extrait).")
p("Article 3 — De fixer la participation de la Communauté de communes au financement du poste de "
  "coordination à 24 000 € au titre de 2025, 24 500 € au titre de 2026 et 25 000 € au titre de 2027, soit "
  "73 500 € sur la durée de la convention, dans la limite d'une enveloppe pluriannuelle maximale de 76 000 €.")
p("Article 4 — De dire que la participation annuelle sera versée en deux fois : une avance de 70 % au plus "
  "tard le 30 avril de l'année considérée, et le solde de 30 % après production du bilan d'activité et du "
  "compte rendu financier, qui devront parvenir à la Communauté de communes avant le 31 mars de l'année "
  "suivante.")
p("Article 5 — De réserver, pour l'année 2025, une enveloppe d'un montant maximal de 5 000 € aux actions "
  "du CLSM, versée sur justificatifs ; les montants des années 2026 et 2027 seront fixés lors du vote des "
  "budgets correspondants.")
p("Article 6 — D'approuver le principe d'une évaluation externe du CLSM en 2027, pour un coût estimé à "
  "14 500 € HT, soit 17 400 € TTC, la participation de la Communauté de communes étant limitée à 50 % du "
  "coût TTC.")
p("Article 7 — D'autoriser le Président, ou Mme la vice-présidente chargée de la santé et des "
  "solidarités par délégation, à signer la convention pluriannuelle d'objectifs ainsi que tout document "
  "relatif à l'exécution de la présente délibération.")
p("Article 8 — De dire que les crédits nécessaires sont inscrits au budget principal 2025, chapitre 65 "
  "« Autres charges de gestion courante ».")
p("Article 9 — La présente délibération peut faire l'objet d'un recours devant le tribunal administratif "
  "dans un délai de deux mois à compter de sa publication.")

heading("Vote")
p("Mme Isabelle Garrigue, membre du conseil de surveillance de l'EPSM des Hautes-Brandes, a quitté la "
  "salle et n'a pas pris part au débat ni au vote ; elle n'est pas comptée parmi les votants.", size=9)
table([
    ["DEL_2025_027 — Résultat du vote", "Nombre"],
    ["Votants", "36"],
    ["Pour", "33"],
    ["Contre", "0"],
    ["Abstentions", "3"],
], widths=(80, 25), align=("LEFT", "CENTER"))
p("Se sont abstenus : M. Gérard Piquemal, Mme Annie Roux, M. Sébastien Ollier.", size=9)
p("La délibération est adoptée à l'unanimité des suffrages exprimés.", style="B", size=9.5, space=5)

# ---------------------------------------------------------------- second item
pdf.add_page()
stamp("079-247900123-20250313-DEL_2025_028-DE", "18/03/2025", "19/03/2025")
heading("Délibération n° DEL_2025_028", size=11)
p("Objet : Environnement — Attribution de l'accord-cadre de fourniture de bacs roulants pour la collecte "
  "séparée des biodéchets", style="B", size=9.5, align="L")
p("Rapporteur : M. Jean-Luc Barthès, vice-président chargé de l'environnement et de la gestion des déchets", size=9)
p("M. Damien Fourcade arrive en séance à 19 h 05, avant l'examen du présent point, et reprend le pouvoir "
  "qu'il avait donné. Mme Isabelle Garrigue regagne la salle.", size=9)
table([
    ["Nombre de conseillers pour ce point", "Effectif"],
    ["En exercice", "42"],
    ["Présents", "32"],
    ["Représentés (pouvoirs)", "5"],
    ["Votants", "37"],
], widths=(70, 25), align=("LEFT", "CENTER"))
p("Vu le code général des collectivités territoriales ;", size=8.8, space=0.8)
p("Vu le code de la commande publique, et notamment ses articles L. 2124-2 et R. 2162-1 et suivants ;", size=8.8, space=0.8)
p("Vu la loi n° 2020-105 du 10 février 2020 relative à la lutte contre le gaspillage et à l'économie "
  "circulaire, qui généralise le tri à la source des biodéchets ;", size=8.8, space=0.8)
p("Vu la décision de la commission d'appel d'offres du 4 mars 2025 ;", size=8.8, space=2)
p("Considérant que la Communauté de communes a lancé le 6 décembre 2024 une procédure d'appel d'offres "
  "ouvert en vue de conclure un accord-cadre à bons de commande d'une durée de deux ans pour la fourniture "
  "de bacs roulants de 120 et 240 litres destinés à la collecte séparée des biodéchets ;", size=8.8, space=0.8)
p("Considérant que quatre offres ont été reçues dans les délais et analysées selon les critères du prix "
  "(60 %) et de la valeur technique (40 %) ;", size=8.8, space=3)
table([
    ["Candidat", "Montant estimatif HT", "Note prix /60", "Note technique /40", "Total /100", "Rang"],
    ["Plastirec Ouest", "146 800 €", "57,1", "34,0", "91,1", "1"],
    ["Ecobac Industries", "139 650 €", "60,0", "27,5", "87,5", "2"],
    ["Conteneurs du Centre", "158 300 €", "52,9", "31,0", "83,9", "3"],
    ["Sud Collecte Équipements", "171 900 €", "48,7", "29,5", "78,2", "4"],
], widths=(46, 30, 22, 26, 22, 14), align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "CENTER"), size=8)
p("Le conseil communautaire, après en avoir délibéré, DÉCIDE :", style="B", size=9.5)
p("Article 1er — D'attribuer l'accord-cadre de fourniture de bacs roulants pour la collecte séparée des "
  "biodéchets à la société Plastirec Ouest, pour un montant estimatif de 146 800 € HT, soit 176 160 € TTC, "
  "et un montant maximum de 190 000 € HT sur la durée de l'accord-cadre.")
p("Article 2 — D'autoriser le Président à signer l'accord-cadre et toutes les pièces s'y rapportant.")
p("Article 3 — De dire que les crédits sont inscrits au budget annexe « Déchets ménagers » 2025.")
table([
    ["DEL_2025_028 — Résultat du vote", "Nombre"],
    ["Votants", "37"],
    ["Pour", "28"],
    ["Contre", "6"],
    ["Abstentions", "3"],
], widths=(80, 25), align=("LEFT", "CENTER"))
p("La délibération est adoptée à la majorité des suffrages exprimés.", style="B", size=9.5, space=6)

p("Fait et délibéré les jour, mois et an susdits. Pour extrait certifié conforme au registre.", size=9)
p("Le Président, Bernard Lachaume                                        La secrétaire de séance, Corinne Vasseur", size=9, align="L")
p("Le Président certifie sous sa responsabilité le caractère exécutoire de ces actes, envoyés en préfecture "
  "le 18/03/2025 et publiés sur le site internet de la Communauté de communes le 19/03/2025.", size=8.5)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print("written", OUT, pdf.pages_count, "pages")
