# Generates docs/2025-04-22_rapport-activite-2024-seranmed.pdf (fictional document)
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent.parent / "docs" / "2025-04-22_rapport-activite-2024-seranmed.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Report(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "SÉRANMED · Pôle de compétitivité des technologies médicales · Rapport d'activité 2024",
                  align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Séranmed – Rapport d'activité 2024 – approuvé par le CA du 22 avril 2025", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Report(format="A4")
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.alias_nb_pages()


def h1(t):
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def h2(t):
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 11.5)
    pdf.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def p(t):
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def bullets(items, numbered=False):
    pdf.set_font("DejaVu", "", 9.5)
    for i, it in enumerate(items, 1):
        mark = f"{i}." if numbered else "•"
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(7, 5.2, mark)
        pdf.multi_cell(0, 5.2, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(1.5)


def table(caption, headers, rows, widths, note=None, bold_last=False):
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.multi_cell(0, 5.5, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=widths, line_height=5.2, text_align=["LEFT"] + ["RIGHT"] * (len(headers) - 1),
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 232, 240))) as tb:
        r = tb.row()
        for h in headers:
            r.cell(h)
        for i, row in enumerate(rows):
            r = tb.row()
            for c in row:
                r.cell(c)
    if note:
        pdf.set_font("DejaVu", "", 8)
        pdf.multi_cell(0, 4.5, note, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


# ---------------------------------------------------------------- cover
pdf.add_page()
pdf.set_font("DejaVu", "", 8.5)
pdf.multi_cell(0, 5, "Document approuvé par le conseil d'administration du 22 avril 2025 – Diffusion publique – "
               "Réf. SRM/DG/RA-2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(30)
pdf.set_font("DejaVu", "B", 26)
pdf.cell(0, 14, "SÉRANMED", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 12)
pdf.multi_cell(0, 7, "Pôle de compétitivité des technologies médicales\nHaute-Séranne · Val-d'Arvène", align="C",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(18)
pdf.set_font("DejaVu", "B", 20)
pdf.cell(0, 12, "RAPPORT D'ACTIVITÉ 2024", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(25)
pdf.set_font("DejaVu", "", 9.5)
pdf.multi_cell(0, 5.5,
               "Association régie par la loi du 1er juillet 1901 – Biopôle des Tanneries, 14 rue Ambroise-Paré, "
               "Valbrune\nPôle labellisé par l'État, soutenu par la Région Haute-Séranne et Valbrune Métropole",
               align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(20)
pdf.set_font("DejaVu", "B", 10)
pdf.cell(0, 6, "Sommaire", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 9.5)
for s in ["Chapitre 1 – Séranmed en 2024 : une année de consolidation",
          "Chapitre 2 – Les membres du pôle",
          "Chapitre 3 – Les projets d'innovation collaborative",
          "Chapitre 4 – Animation, accompagnement et international",
          "Chapitre 5 – Ressources, comptes et perspectives"]:
    pdf.cell(0, 5.5, s, new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- chapter 1
pdf.add_page()
h1("Chapitre 1 – Séranmed en 2024 : une année de consolidation")
h2("1.1 Le mot de la présidente")
p("L'année 2024 restera pour Séranmed celle du passage d'un cap symbolique : pour la première fois de son histoire, "
  "notre pôle dépasse les 300 adhérents. Cette progression n'est pas qu'une affaire de chiffres. Elle traduit la "
  "confiance des start-ups, des PME, des laboratoires et des hôpitaux de Haute-Séranne et du Val-d'Arvène dans une "
  "filière des technologies médicales qui a su rester solidaire malgré un contexte réglementaire exigeant.")
p("Nos membres ont porté en 2024 un nombre record de projets collaboratifs. Le comité de labellisation a rendu un avis "
  "favorable à 58 projets et 30 d'entre eux ont obtenu un financement public, du Fonds unique interministériel à "
  "Horizon Europe en passant par le Fonds régional d'innovation. Derrière ces projets, ce sont des dispositifs "
  "médicaux qui arriveront demain au lit du patient : un patch de surveillance cardiaque, des implants imprimés sur "
  "mesure, des logiciels d'aide au diagnostic.")
p("Je tiens à remercier l'État, la Région Haute-Séranne et Valbrune Métropole, dont le soutien constant nous a permis "
  "de préparer sereinement le contrat de performance 2025-2028. Je remercie également les administrateurs, les experts "
  "bénévoles du comité de labellisation et l'équipe permanente conduite par notre directeur général, Thomas Le Gall.")
p("Dr Hélène Marchetti-Roux, présidente de Séranmed, présidente-directrice générale de Cardiolis SAS")

h2("1.2 Les chiffres clés de l'année")
bullets([
    "312 adhérents au 31 décembre 2024, soit une hausse de 9 % sur un an ;",
    "41 nouvelles adhésions et 16 départs au cours de l'exercice ;",
    "58 projets collaboratifs labellisés et 30 projets financés ;",
    "61,5 M€ de budget total pour les projets financés, dont 23,6 M€ d'aides publiques ;",
    "46 événements organisés ou co-organisés et 2 323 participants aux principaux événements ;",
    "132 entreprises accompagnées individuellement par l'équipe ;",
    "une équipe de 17 salariés, soit 15,4 équivalents temps plein (ETP).",
])

h2("1.3 La gouvernance")
p("Séranmed est une association régie par la loi du 1er juillet 1901, créée le 9 octobre 2007 à Valbrune. Elle est "
  "administrée par un conseil d'administration (CA) de 24 administrateurs élus par l'assemblée générale pour trois "
  "ans et répartis en quatre collèges :")
bullets([
    "Collège A – Entreprises : 14 sièges, dont au moins 6 réservés aux PME et aux start-ups ;",
    "Collège B – Recherche et formation : 5 sièges ;",
    "Collège C – Établissements de santé : 3 sièges ;",
    "Collège D – Collectivités et financeurs : 2 sièges, avec voix consultative.",
])
p("Le conseil d'administration s'est réuni 6 fois en 2024, avec un taux moyen de présence de 79 %. Le bureau, "
  "composé de sept membres, s'est réuni 11 fois. Il prépare les décisions du conseil, arrête le calendrier des "
  "appels à projets et suit l'exécution budgétaire. Sa composition au 31 décembre 2024 est la suivante :")
bullets([
    "Présidente : Dr Hélène Marchetti-Roux (Cardiolis SAS)",
    "Vice-président recherche : Pr Arnaud Delcourt (CHU de Valbrune)",
    "Vice-présidente PME et start-ups : Sonia Berthelot (Ortheva)",
    "Trésorier : Marc-Antoine Villiers (Groupe Villiers Médical)",
    "Secrétaire : Dr Nadia Ouazzani (Université de Haute-Séranne)",
    "Membre : Julien Rameau (Radiantis)",
    "Membre : Céline Tessier (Centre hospitalier de Montclar-sur-Lise)",
])
p("L'assemblée générale ordinaire du 13 juin 2024, réunie au Biopôle des Tanneries à Valbrune, a rassemblé 98 membres "
  "présents et 47 membres représentés, soit 145 votants sur 301 membres à jour de cotisation. Le quorum du quart des "
  "membres étant atteint, l'assemblée a pu valablement délibérer. Les résolutions ont été adoptées dans les conditions "
  "suivantes :")
table("Tableau 1 – Votes de l'assemblée générale du 13 juin 2024",
      ["Résolution", "Pour", "Contre", "Abstentions"],
      [["1. Approbation des comptes 2023", "142", "0", "3"],
       ["2. Affectation du résultat 2023", "144", "0", "1"],
       ["3. Budget prévisionnel 2024", "139", "2", "4"],
       ["4. Barème des cotisations 2025", "131", "9", "5"],
       ["5. Renouvellement du commissaire aux comptes", "145", "0", "0"]],
      (88, 24, 24, 34))
p("La résolution n° 4 a fixé une hausse moyenne des cotisations d'environ 5 % à compter du 1er janvier 2025 ; le détail "
  "du barème figure au chapitre 5. Le mandat du commissaire aux comptes, le cabinet Audit Séranne Conseil, a été "
  "renouvelé pour six exercices.")

h2("1.4 L'équipe permanente")
p("Au 31 décembre 2024, l'équipe permanente comptait 17 salariés, représentant 15,4 ETP, contre 14 salariés et "
  "12,8 ETP au 31 décembre 2023. Trois recrutements ont renforcé la cellule Europe et le guichet réglementaire. "
  "L'équipe, dirigée depuis mars 2019 par Thomas Le Gall, directeur général, est organisée en quatre pôles :")
bullets([
    "Projets et Europe (6 personnes), animé par Camille Ferrand, directrice des projets ;",
    "Entreprises et international (5 personnes), animé par Yanis Chérif, responsable du développement international ;",
    "Communication et événements (3 personnes) ;",
    "Administration et finances (2 personnes), sous la responsabilité de Martine Collin, responsable administrative "
    "et financière.",
])

# ---------------------------------------------------------------- chapter 2
pdf.add_page()
h1("Chapitre 2 – Les membres du pôle")
h2("2.1 Évolution et catégories de membres")
p("Au 31 décembre 2024, Séranmed comptait 312 membres, contre 287 au 31 décembre 2023, soit une progression de 9 %. "
  "Le pôle a enregistré 41 nouvelles adhésions et 16 départs, dont 5 liés à des cessations d'activité et 4 à des "
  "rachats d'entreprises. Le taux de renouvellement des adhésions s'établit ainsi à 94 %.")
p("Les entreprises représentent 234 membres, soit 75 % des adhérents. La dynamique est portée par les start-ups, dont "
  "le nombre passe de 74 à 86, et par les PME. Le nombre d'organismes de formation et celui des collectivités et "
  "financeurs reculent légèrement, principalement en raison de regroupements.")
table("Tableau 2 – Membres par catégorie au 31 décembre",
      ["Catégorie de membres", "2023", "2024", "Évolution"],
      [["Start-ups (moins de 5 ans)", "74", "86", "+16 %"],
       ["PME", "108", "117", "+8 %"],
       ["ETI", "19", "21", "+11 %"],
       ["Grands groupes", "9", "10", "+11 %"],
       ["Laboratoires et établissements de recherche", "38", "40", "+5 %"],
       ["Établissements de santé", "17", "19", "+12 %"],
       ["Organismes de formation", "9", "8", "-11 %"],
       ["Collectivités, financeurs et autres", "13", "11", "-15 %"],
       ["Total des membres", "287", "312", "+9 %"]],
      (88, 24, 24, 34))

h2("2.2 Répartition géographique")
p("L'ancrage du pôle reste très majoritairement régional : 228 membres, soit 73 % de l'ensemble, sont implantés en "
  "Haute-Séranne. Le Val-d'Arvène, où le pôle a ouvert une permanence à Saint-Aubrac en 2022, compte 52 membres, soit "
  "17 %. Les sept membres internationaux sont établis en Belgique (3), en Suisse (2), au Canada (1) et en Allemagne (1).")
table("Tableau 3 – Répartition des membres par région et par catégorie (31 décembre 2024)",
      ["Région d'implantation", "Entreprises", "Recherche et formation", "Santé", "Autres", "Total 2024"],
      [["Haute-Séranne", "168", "36", "15", "9", "228"],
       ["Val-d'Arvène", "41", "7", "3", "1", "52"],
       ["Autres régions françaises", "19", "4", "1", "1", "25"],
       ["International", "6", "1", "0", "0", "7"],
       ["Ensemble", "234", "48", "19", "11", "312"]],
      (50, 24, 30, 18, 18, 30))
p("Note de lecture : la colonne « Recherche et formation » regroupe les laboratoires et établissements de recherche "
  "(40) et les organismes de formation (8) ; la colonne « Autres » correspond aux collectivités, financeurs et autres "
  "membres.")

h2("2.3 Satisfaction des membres")
p("L'enquête annuelle de satisfaction, conduite en novembre 2024, a recueilli 164 réponses. 87 % des répondants se "
  "déclarent satisfaits ou très satisfaits des services du pôle, contre 84 % en 2023. Les services les mieux notés "
  "sont l'aide au montage de projets (91 % de satisfaction) et le guichet réglementaire (89 %). Les membres "
  "attendent en priorité un renforcement de l'accompagnement à l'international et de la mise en relation avec les "
  "acheteurs hospitaliers, deux priorités reprises dans la feuille de route 2025-2028.")

# ---------------------------------------------------------------- chapter 3
pdf.add_page()
h1("Chapitre 3 – Les projets d'innovation collaborative")
h2("3.1 La labellisation des projets")
p("Le comité de labellisation, composé de 22 experts bénévoles issus de l'industrie, de la recherche et des "
  "établissements de santé, s'est réuni en 5 séances en 2024. Il a examiné 71 dossiers et en a labellisé 58, soit un "
  "taux de labellisation de 82 %. Le délai moyen d'instruction, entre le dépôt du dossier complet et l'avis du "
  "comité, a été ramené à 19 jours, contre 26 jours en 2023.")
p("Le label Séranmed atteste de l'intérêt stratégique et de la solidité du consortium. Il ne constitue pas une "
  "décision de financement, qui relève des financeurs. Sur les 58 projets labellisés en 2024, 30 ont été retenus "
  "pour un financement, soit un taux de financement de 52 %.")
table("Tableau 4 – Projets labellisés et financés par dispositif de financement (2024)",
      ["Dispositif", "Projets labellisés", "Projets financés", "Budget total (M€)", "Aides obtenues (M€)",
       "dont membres (M€)"],
      [["FUI – Régions (AAP 2024)", "9", "5", "14,2", "5,8", "4,9"],
       ["ANR (AAPG et ASTRID)", "14", "6", "7,9", "3,1", "2,2"],
       ["Union européenne (Horizon Europe, EU4Health)", "8", "3", "18,6", "6,4", "2,7"],
       ["Région Haute-Séranne (FRI Santé)", "19", "12", "9,3", "3,7", "3,7"],
       ["Bpifrance / France 2030 (i-Nov, i-Démo)", "8", "4", "11,5", "4,6", "4,1"],
       ["Total 2024", "58", "30", "61,5", "23,6", "17,6"]],
      (76, 18, 19, 19, 19, 19),
      note="Budget total : coût complet des projets financés, tous partenaires confondus. Aides obtenues : "
           "subventions et avances remboursables accordées à l'ensemble des partenaires. « dont membres » : part "
           "des aides revenant aux membres de Séranmed.")
table("Tableau 5 – Évolution des indicateurs de projets 2022-2024",
      ["Indicateur", "2022", "2023", "2024"],
      [["Projets labellisés", "49", "53", "58"],
       ["Projets financés", "24", "27", "30"],
       ["Budget total des projets financés (M€)", "44,8", "52,3", "61,5"],
       ["Aides publiques obtenues (M€)", "17,1", "19,9", "23,6"],
       ["Taux de financement", "49 %", "51 %", "52 %"]],
      (88, 24, 24, 34))

h2("3.2 Les financements obtenus par dispositif")
p("Le FUI – Régions demeure le premier dispositif national en montant d'aides : 5 des 9 projets labellisés ont été financés, "
  "pour 5,8 M€ d'aides. Les projets européens, peu nombreux mais de grande taille, totalisent 18,6 M€ de budget ; "
  "trois projets ont été retenus, dont un coordonné par un membre du pôle, ce qui constitue une première depuis 2019.")
p("La Région Haute-Séranne a porté l'enveloppe de son Fonds régional d'innovation (FRI Santé) de 3,2 M€ en 2023 à "
  "4,0 M€ en 2024. Les 12 projets financés par ce dispositif ont mobilisé 3,7 M€ d'aides, intégralement versées à "
  "des membres du pôle. Le taux de succès le plus faible concerne l'ANR, avec 6 projets financés sur 14 labellisés, "
  "un résultat cohérent avec la forte sélectivité des appels génériques.")

h2("3.3 Projets phares de l'année")
bullets([
    "CARDIOSENS (FUI – Régions) : patch électrocardiographique connecté pour la surveillance ambulatoire des "
    "insuffisants cardiaques. Budget de 3,4 M€, aide de 1,3 M€, durée de 36 mois. Partenaires : Cardiolis SAS "
    "(chef de file) ; CHU de Valbrune ; Laboratoire d'ingénierie des microsystèmes de Séranne (LIMS) ; Onderis.",
    "OSTEOPRINT (FRI Santé) : implants orthopédiques sur mesure imprimés en 3D à partir de l'imagerie du patient. "
    "Budget de 1,9 M€, aide de 720 k€, durée de 30 mois, porté par Ortheva avec le Centre hospitalier de "
    "Montclar-sur-Lise.",
    "NEURAL-EU (Horizon Europe) : neurostimulation non invasive pour la rééducation post-AVC. Consortium de 11 "
    "partenaires dans 6 pays, budget de 7,2 M€, dont 1,05 M€ pour les membres de Séranmed. Premier projet européen "
    "coordonné par un membre du pôle, le LIMS.",
    "IA-RADIO (i-Nov) : logiciel d'aide à la détection précoce des nodules pulmonaires, porté par Radiantis. Budget "
    "de 2,6 M€, aide de 1,1 M€, durée de 24 mois.",
], numbered=True)

# ---------------------------------------------------------------- chapter 4
pdf.add_page()
h1("Chapitre 4 – Animation, accompagnement et international")
h2("4.1 Les événements du pôle")
p("Séranmed a organisé ou co-organisé 46 événements en 2024, contre 39 en 2023. Les principaux événements, dont la "
  "fréquentation est suivie, ont rassemblé 2 323 participants, contre 2 045 l'année précédente. Les Rencontres Séranmed, convention d'affaires annuelle de la "
  "filière, ont battu leur record de fréquentation avec 1 180 rendez-vous d'affaires programmés.")
table("Tableau 6 – Principaux événements 2024 et fréquentation",
      ["Événement", "Date", "Lieu", "Participants", "dont adhérents"],
      [["Rencontres Séranmed 2024", "14-15 mars 2024", "Valbrune", "640", "410"],
       ["Journée MDR & accès au marché", "23 mai 2024", "Montclar-sur-Lise", "185", "142"],
       ["AG et soirée des membres", "13 juin 2024", "Valbrune", "230", "168"],
       ["Hackathon Santé numérique", "4-6 octobre 2024", "Saint-Aubrac", "120", "38"],
       ["Pavillon MedDevice Days", "19-21 novembre 2024", "Bruxelles", "58", "58"],
       ["Webinaires (11 sessions)", "janv.-déc. 2024", "En ligne", "1 090", "610"],
       ["Total des événements 2024", "", "", "2 323", "1 426"]],
      (56, 37, 29, 24, 24),
      note="Les 30 autres événements de l'année (ateliers, petits-déjeuners thématiques, visites de sites) ne font "
           "pas l'objet d'un comptage de fréquentation et ne sont pas inclus dans le total.")

h2("4.2 L'accompagnement des entreprises")
p("L'équipe a accompagné individuellement 132 entreprises en 2024, contre 118 en 2023. Les principales offres "
  "de services sont les suivantes :")
bullets([
    "Programme d'accélération Séranmed Scale : la troisième promotion a accueilli 12 start-ups, ce qui porte à 36 "
    "le nombre de start-ups accompagnées depuis le lancement du programme en 2022.",
    "Levées de fonds : les start-ups accompagnées par le pôle ont levé 48,5 M€ en 2024, contre 31,2 M€ en 2023. "
    "Le Club investisseurs Séranmed réunit désormais 28 fonds et business angels.",
    "Guichet réglementaire : 18 diagnostics de conformité au règlement européen relatif aux dispositifs médicaux "
    "(MDR) et au règlement relatif aux dispositifs de diagnostic in vitro (IVDR) ont été réalisés.",
    "Accès au marché hospitalier : 4 sessions « Meet the buyers » ont été organisées avec les acheteurs du "
    "groupement hospitalier de territoire (GHT) Haute-Séranne Nord.",
])

h2("4.3 L'action internationale")
p("Le pôle a organisé 9 missions collectives à l'étranger, auxquelles ont participé 74 entreprises. Les missions "
  "se sont rendues à Montréal (Québec), à Bruxelles pour les European MedDevice Days et à Boston (États-Unis). "
  "Le 5 septembre 2024, Séranmed a signé un accord de coopération avec la Grappe MedTech Laurentides, son "
  "homologue québécois, pour faciliter l'accès croisé des entreprises aux essais cliniques et aux marchés.")
p("Yanis Chérif, responsable du développement international, souligne que « la moitié des entreprises parties en "
  "mission ont engagé au moins une discussion commerciale dans les six mois ».")

# ---------------------------------------------------------------- chapter 5
pdf.add_page()
h1("Chapitre 5 – Ressources, comptes et perspectives")
h2("5.1 Le compte de résultat")
p("L'exercice 2024 se solde par un excédent de 94 k€, contre 80 k€ en 2023. Sur proposition du conseil "
  "d'administration, il sera proposé à l'assemblée générale de l'affecter en report à nouveau. Les fonds propres "
  "atteignent ainsi 612 k€, soit 3,2 mois de charges. Les ressources propres (cotisations, prestations et projets) "
  "représentent 45 % des produits, le solde provenant des subventions publiques de fonctionnement.")
table("Tableau 7 – Compte de résultat simplifié (en k€)",
      ["Poste", "Réalisé 2023", "Réalisé 2024", "Budget 2025"],
      [["Cotisations des membres", "412", "468", "505"],
       ["Subvention État (DGE)", "380", "380", "350"],
       ["Subvention Région Haute-Séranne", "720", "760", "780"],
       ["Subvention Valbrune Métropole", "150", "150", "160"],
       ["Prestations et événements", "298", "356", "390"],
       ["Projets européens et autres produits", "185", "241", "265"],
       ["Total des produits", "2 145", "2 355", "2 450"],
       ["Charges de personnel", "1 268", "1 402", "1 510"],
       ["Événements et communication", "311", "348", "360"],
       ["Loyers et frais de structure", "196", "204", "210"],
       ["Prestations externes et expertises", "248", "262", "270"],
       ["Dotations aux amortissements", "42", "45", "50"],
       ["Total des charges", "2 065", "2 261", "2 400"],
       ["Résultat net", "80", "94", "50"]],
      (82, 29, 29, 30),
      note="DGE : Direction générale des entreprises. Comptes 2024 certifiés par le commissaire aux comptes le "
           "4 avril 2025.")

h2("5.2 Le barème des cotisations")
p("Le barème des cotisations 2025, adopté par l'assemblée générale du 13 juin 2024, est présenté ci-dessous. Les "
  "montants sont exprimés par an et par structure ; la TVA applicable est de 20 %.")
table("Tableau 8 – Barème des cotisations annuelles",
      ["Catégorie", "Cotisation 2024 (€ HT)", "Cotisation 2025 (€ HT)", "Cotisation 2025 (€ TTC)"],
      [["Start-up (moins de 5 ans)", "400", "420", "504"],
       ["PME de moins de 50 salariés", "900", "950", "1 140"],
       ["PME de 50 à 249 salariés", "1 800", "1 900", "2 280"],
       ["ETI", "4 300", "4 500", "5 400"],
       ["Grand groupe", "8 600", "9 000", "10 800"],
       ["Laboratoire, établissement de santé ou de formation", "560", "600", "720"]],
      (86, 28, 28, 28))

h2("5.3 Perspectives 2025")
p("Le contrat de performance 2025-2028, signé le 28 janvier 2025 avec l'État, la Région Haute-Séranne et Valbrune "
  "Métropole, fixe le cadre des quatre prochaines années autour de quatre axes stratégiques : les projets "
  "collaboratifs, la croissance des entreprises, l'accès au marché et les compétences, le numérique et la "
  "transition écologique.")
p("Trois chantiers marqueront l'année 2025 : l'ouverture d'une antenne du pôle à Montclar-sur-Lise au second "
  "semestre, le lancement de la plateforme d'investigation clinique Séran'Clin avec le CHU de Valbrune, et "
  "l'élargissement du programme Séranmed Scale à 15 start-ups par promotion à partir de 2026. Le budget 2025, "
  "arrêté par le conseil d'administration, prévoit 2 450 k€ de produits et 2 400 k€ de charges.")
p("Fait à Valbrune, le 22 avril 2025.\nLa présidente, Dr Hélène Marchetti-Roux\nLe directeur général, Thomas Le Gall")

pdf.output(str(OUT))
print("written", OUT)
