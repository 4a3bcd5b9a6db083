# Generates docs/2025-02-03_aap-prevenir-connecter-2025.pdf (fictional call for projects)
# Run with: /work/main/.venv/bin/python source/make_aap_pdf.py
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "docs" / "2025-02-03_aap-prevenir-connecter-2025.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "ARIPS Orbière-Causses – Cluster OrbiSanté | Appel à projets « Prévenir & Connecter » 2025 | Réf. AAP-PC-2025",
                  new_x="LMARGIN", new_y="NEXT", align="C")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Cahier de l'appel à projets – version du 3 février 2025", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.add_page()


def para(text, size=9.5, style="", lh=5, after=2.5):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def h1(text):
    pdf.ln(2)
    para(text, size=12, style="B", lh=6.5, after=2)


def h2(text):
    para(text, size=10.5, style="B", lh=5.5, after=1.5)


def bullets(items, size=9.5):
    pdf.set_font("DejaVu", "", size)
    for it in items:
        pdf.set_x(pdf.l_margin + 4)
        pdf.multi_cell(0, 5, "– " + it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(2)


def table(rows, widths, size=8.5, aligns=None):
    pdf.set_font("DejaVu", "", size)
    head = FontFace(emphasis="BOLD", fill_color=(225, 230, 240))
    with pdf.table(col_widths=widths, headings_style=head, line_height=4.6,
                   text_align=aligns or "LEFT", padding=1.4) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)


# ---------------------------------------------------------------- page 1 noise
pdf.set_font("DejaVu", "", 8)
pdf.multi_cell(0, 4.2, "Accusé de réception en préfecture\n078-200071942-20250128-2025_CA_007-DE\n"
               "Date de télétransmission : 30/01/2025\nDate de réception préfecture : 30/01/2025",
               border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("RÉPUBLIQUE FRANÇAISE", size=9, style="B", after=0.5)
para("AGENCE RÉGIONALE D'INNOVATION ET DE PRÉVENTION EN SANTÉ D'ORBIÈRE-CAUSSES (ARIPS)", size=9, style="B", after=0.5)
para("Établissement public administratif régional – 14, cours des Tanneurs – 78 410 Montbrac", size=8.5, after=0.5)
para("en partenariat avec le CLUSTER ORBISANTÉ, association des acteurs de la santé numérique d'Orbière-Causses", size=8.5, after=6)

para("APPEL À PROJETS 2025", size=16, style="B", lh=8, after=1)
para("« PRÉVENIR & CONNECTER »", size=16, style="B", lh=8, after=2)
para("Prévention, promotion de la santé et e-santé dans les territoires d'Orbière-Causses", size=11, style="I", lh=6, after=5)

para("Cahier de l'appel à projets approuvé par la délibération n° 2025-CA-007 du conseil d'administration de l'ARIPS "
     "en date du 28 janvier 2025. Le règlement et cahier des charges de l'appel à projets figure en annexe 2 de cette même "
     "délibération ; il précise notamment les dépenses éligibles et inéligibles, les modalités de conventionnement et de "
     "versement des aides.")

h2("Extrait du registre des délibérations – séance du 28 janvier 2025")
para("Membres en exercice : 20. Présents : 14. Représentés : 4. Absents non représentés : 2. "
     "Le quorum étant atteint, la séance est ouverte sous la présidence de M. Jean-Marc Oustric, président du conseil "
     "d'administration.")
para("Vu le code de la santé publique, notamment ses articles L. 1411-1 et L. 1434-2 ; vu le projet régional de santé "
     "(PRS) d'Orbière-Causses 2023-2028 ; vu la feuille de route régionale du numérique en santé 2024-2027 ; vu le budget "
     "primitif 2025 de l'ARIPS adopté le 12 décembre 2024.")
para("Considérant la persistance d'inégalités territoriales de santé marquées entre les métropoles et les bassins ruraux "
     "de la région ; considérant l'intérêt d'associer le Cluster OrbiSanté, qui fédère 146 adhérents, à la détection et à "
     "l'accompagnement de projets innovants ;")
para("Le conseil d'administration, après en avoir délibéré, approuve le lancement de l'appel à projets « Prévenir & "
     "Connecter » 2025, son cahier et son règlement, et autorise la directrice générale à signer les conventions "
     "attributives d'aide avec les lauréats.")
para("Vote : Pour : 15 – Contre : 1 – Abstentions : 2. La délibération est adoptée à la majorité.", style="B")
para("Le bureau du Cluster OrbiSanté a, pour sa part, approuvé la participation du cluster à l'appel à projets lors de sa "
     "réunion du 22 janvier 2025, à l'unanimité des 9 membres présents (Pour : 9 – Contre : 0 – Abstention : 0).")

# ---------------------------------------------------------------- 1. contexte
h1("1. Contexte et enjeux")
para("La région Orbière-Causses compte 1 482 000 habitants répartis dans 612 communes. Selon le diagnostic du PRS, 27 % "
     "des communes sont classées en zone d'intervention prioritaire (ZIP) au titre de la démographie médicale, et l'écart "
     "d'espérance de vie à la naissance entre le bassin de Montbrac et les cantons du Haut-Orbe atteint 3,2 ans pour les "
     "hommes et 2,1 ans pour les femmes. La prévalence du diabète traité y est de 6,4 %, contre 5,3 % en moyenne nationale, "
     "et un adulte sur quatre déclare avoir renoncé à des soins au cours des douze derniers mois.")
para("Dans le même temps, les usages numériques en santé progressent : 14 contrats locaux de santé (CLS) sont aujourd'hui "
     "signés sur le territoire régional, dont 11 comportent une fiche action consacrée à la télésanté ou à la prévention "
     "numérique. L'édition pilote de l'appel à projets, lancée en 2023 par l'ARIPS seule, a montré l'intérêt d'un dispositif "
     "de soutien associant acteurs de terrain, établissements et entreprises du numérique.")
para("L'édition 2025 est pour la première fois co-portée par l'ARIPS et le Cluster OrbiSanté. Elle vise à faire émerger et "
     "à financer des projets concrets, évaluables et reproductibles, à l'interface de la prévention et de la e-santé.")

# ---------------------------------------------------------------- 2. objectifs
h1("2. Objectifs de l'appel à projets")
para("L'appel à projets « Prévenir & Connecter » poursuit quatre objectifs opérationnels :")
bullets([
    "réduire les inégalités sociales et territoriales de santé en ciblant prioritairement les publics éloignés du soin ;",
    "développer des actions de prévention primaire et de promotion de la santé fondées sur des données probantes ;",
    "déployer des usages de télésanté (téléconsultation, téléexpertise, télésurveillance) dans les zones sous-denses ;",
    "favoriser l'émergence d'outils numériques d'éducation thérapeutique et d'autonomie co-construits avec les usagers.",
])
para("Les projets soutenus devront s'inscrire en cohérence avec les contrats locaux de santé et les projets de santé des "
     "communautés professionnelles territoriales de santé (CPTS) existants, et respecter le cadre d'interopérabilité et de "
     "sécurité défini par la doctrine nationale du numérique en santé.")

# ---------------------------------------------------------------- 3. axes
h1("3. Axes thématiques et enveloppes financières")
para("L'enveloppe globale de l'appel à projets s'élève à 1 250 000 € pour l'exercice 2025. Elle est financée à hauteur de "
     "1 000 000 € par l'ARIPS, sur son budget d'intervention, et de 250 000 € par le Cluster OrbiSanté, au titre de son "
     "fonds d'amorçage « OrbiLab ». Une enveloppe indicative d'un même montant est prévue pour 2026, sous réserve du vote "
     "du budget correspondant. La répartition par axe est la suivante :")
table([
    ("Axe", "Intitulé", "Enveloppe 2025", "Enveloppe 2026 (indicative)", "Nombre de projets visés"),
    ("Axe 1", "Prévention primaire et promotion de la santé", "450 000 €", "380 000 €", "5 à 7"),
    ("Axe 2", "Télésanté et téléexpertise en zones sous-denses", "400 000 €", "420 000 €", "3 à 5"),
    ("Axe 3", "Outils numériques d'éducation thérapeutique et d'autonomie", "275 000 €", "300 000 €", "3 à 4"),
    ("Axe 4", "Données de santé et évaluation (projets structurants)", "125 000 €", "150 000 €", "1 à 2"),
    ("Total", "", "1 250 000 €", "1 250 000 €", "12 à 18"),
], widths=(14, 62, 28, 32, 30), aligns=("LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER"))
para("Les crédits non consommés sur un axe pourront être redéployés vers un autre axe par le comité de financement, dans "
     "la limite de 20 % de l'enveloppe de l'axe receveur.")

h2("3.1 Axe 1 – Prévention primaire et promotion de la santé")
para("Sont attendus des projets portant sur l'activité physique adaptée, la nutrition, la lutte contre le tabac et les "
     "addictions, la santé mentale des jeunes, le dépistage organisé des cancers et la prévention des chutes chez les "
     "personnes âgées. Les actions d'« aller vers » (unités mobiles, interventions en milieu scolaire, en entreprise ou dans "
     "les quartiers prioritaires) sont particulièrement encouragées.")
h2("3.2 Axe 2 – Télésanté et téléexpertise en zones sous-denses")
para("Cet axe finance le déploiement d'organisations de télésanté : téléconsultation assistée par un infirmier ou un "
     "pharmacien, téléexpertise entre médecins généralistes et spécialistes, télésurveillance de patients atteints de "
     "maladies chroniques. Les projets devront démontrer l'existence d'un besoin non couvert et décrire le modèle "
     "organisationnel, y compris la rémunération des professionnels une fois le financement de l'appel à projets achevé.")
h2("3.3 Axe 3 – Outils numériques d'éducation thérapeutique et d'autonomie")
para("Sont éligibles les applications, serious games, objets connectés et dispositifs de domotique contribuant à "
     "l'éducation thérapeutique du patient (ETP) ou au maintien de l'autonomie à domicile. Les outils devront avoir été "
     "co-conçus avec des patients ou des aidants et faire l'objet d'un test d'usage documenté.")
h2("3.4 Axe 4 – Données de santé et évaluation")
para("L'axe 4 soutient un nombre restreint de projets structurants visant à mieux mobiliser les données de santé au "
     "service de la prévention : entrepôts de données, tableaux de bord territoriaux, méthodes d'évaluation d'impact. Les "
     "projets doivent associer au moins un établissement de santé et un partenaire académique.")

# ---------------------------------------------------------------- 4. eligibilite
h1("4. Qui peut candidater ? Critères d'éligibilité")
para("Peuvent candidater les associations, les collectivités territoriales et leurs groupements, les établissements de "
     "santé publics et les établissements de santé privés d'intérêt collectif (ESPIC), les maisons de santé "
     "pluriprofessionnelles (MSP), les centres de santé et les CPTS, les entreprises de moins de 250 salariés ainsi que les "
     "consortiums. Les personnes physiques ne sont pas éligibles. Chaque dossier doit satisfaire à l'ensemble des critères "
     "suivants ; un seul critère non rempli entraîne l'irrecevabilité du dossier.")
table([
    ("N°", "Critère d'éligibilité", "Pièce justificative attendue"),
    ("E1", "Porteur ayant son siège ou un établissement secondaire en Orbière-Causses", "Extrait Kbis, avis de situation SIRENE ou statuts"),
    ("E2", "Projet mis en œuvre sur le périmètre d'au moins un contrat local de santé (CLS) signé", "Lettre de soutien du coordonnateur du CLS"),
    ("E3", "Durée de réalisation comprise entre 12 et 24 mois", "Chronogramme détaillé"),
    ("E4", "Cofinancement d'au moins 20 % du coût total du projet (fonds propres ou autres financeurs)", "Plan de financement daté et signé"),
    ("E5", "Conformité au RGPD et hébergement des données de santé chez un hébergeur certifié HDS", "Analyse d'impact (AIPD) et certificat HDS"),
    ("E6", "Projet non démarré à la date de dépôt du dossier", "Attestation sur l'honneur du représentant légal"),
    ("E7", "Implication d'au moins un professionnel de santé et d'un représentant des usagers", "Lettres d'engagement signées"),
], widths=(12, 88, 66))

# ---------------------------------------------------------------- 5. financement
h1("5. Modalités de financement")
para("L'aide prend la forme d'une subvention. Son montant est déterminé en appliquant au coût total éligible du projet un "
     "taux maximal fixé selon la catégorie du porteur, dans la limite d'un plafond. Un coût total minimal est exigé pour "
     "garantir l'ampleur des projets. Pour les consortiums, la catégorie retenue est celle du chef de file.")
table([
    ("Catégorie de porteur", "Taux maximal d'aide", "Plafond de l'aide", "Coût total minimal du projet"),
    ("Association loi 1901", "80 %", "120 000 €", "20 000 €"),
    ("Collectivité territoriale ou EPCI", "50 %", "100 000 €", "30 000 €"),
    ("Établissement de santé public ou ESPIC", "60 %", "150 000 €", "40 000 €"),
    ("MSP, centre de santé ou CPTS", "70 %", "80 000 €", "15 000 €"),
    ("Start-up ou PME (moins de 250 salariés)", "45 %", "150 000 €", "50 000 €"),
    ("Consortium (au moins 3 partenaires dont une entreprise)", "65 %", "200 000 €", "80 000 €"),
], widths=(70, 30, 32, 38), aligns=("LEFT", "CENTER", "RIGHT", "RIGHT"))
para("Majoration territoriale : le taux maximal est majoré de 10 points pour les projets dont l'action se déroule "
     "majoritairement en zone d'intervention prioritaire (ZIP), sans que le taux d'aide publique cumulé puisse dépasser "
     "80 % du coût total.")
para("Les montants s'entendent hors taxes (HT) pour les porteurs qui récupèrent la TVA et toutes taxes comprises (TTC) pour "
     "les porteurs qui ne la récupèrent pas. À titre d'exemple, une prestation de développement de 45 000 € HT est retenue "
     "pour 45 000 € chez une start-up assujettie, mais pour 54 000 € TTC chez une association non assujettie.")
para("En complément de la subvention, chaque lauréat bénéficie d'un accompagnement de six mois par le Cluster OrbiSanté, "
     "valorisé à 4 500 € HT (5 400 € TTC) par projet et pris en charge en totalité par le cluster : trois ateliers "
     "collectifs (réglementation, modèle économique, évaluation), un mentorat individuel de 12 heures et une mise en "
     "relation avec les financeurs privés du réseau.")

# ---------------------------------------------------------------- 6. selection
h1("6. Critères et grille de sélection")
para("Les dossiers recevables sont notés sur 100 points par deux rapporteurs indépendants, selon la grille ci-dessous. "
     "La note retenue est la moyenne des deux notes ; en cas d'écart supérieur à 20 points, un troisième rapporteur est "
     "désigné.")
table([
    ("Critère", "Éléments appréciés", "Points", "Note éliminatoire"),
    ("1. Pertinence au regard des besoins du territoire", "Appui sur le diagnostic du CLS, précision du public cible", "20 points", "moins de 8"),
    ("2. Caractère innovant", "Nouveauté de l'approche, de l'organisation ou de la technologie à l'échelle régionale", "25 points", "–"),
    ("3. Impact attendu sur la prévention et l'accès aux soins", "Indicateurs de résultat chiffrés, nombre de bénéficiaires", "20 points", "moins de 8"),
    ("4. Faisabilité technique et maturité", "Niveau de maturité technologique (TRL), calendrier, équipe", "15 points", "–"),
    ("5. Solidité du partenariat et implication des usagers", "Nombre et rôle des partenaires, co-construction", "10 points", "–"),
    ("6. Modèle économique et pérennité", "Financements après la fin de l'aide, reproductibilité", "10 points", "moins de 4"),
    ("Total", "", "100 points", "Note minimale : 60/100"),
], widths=(52, 64, 22, 32), aligns=("LEFT", "LEFT", "CENTER", "CENTER"))
para("Un bonus de 5 points est attribué aux projets dont au moins 50 % des bénéficiaires résident dans un quartier "
     "prioritaire de la politique de la ville (QPV) ou dans une ZIP. Le bonus ne peut pas compenser une note éliminatoire.")
para("Seuls les projets ayant obtenu une note d'au moins 60 sur 100 peuvent être auditionnés. Le jury établit ensuite une "
     "liste de projets proposés au financement et, le cas échéant, une liste complémentaire.")

# ---------------------------------------------------------------- 7. calendrier
h1("7. Calendrier")
table([
    ("Étape", "Date", "Modalités"),
    ("Ouverture de l'appel à projets", "3 février 2025", "Publication sur les sites de l'ARIPS et du Cluster OrbiSanté"),
    ("Webinaire d'information", "18 février 2025 à 11 h", "En ligne, inscription obligatoire"),
    ("Date limite des questions écrites", "21 mars 2025", "Réponses publiées dans la foire aux questions"),
    ("Clôture du dépôt des dossiers", "4 avril 2025 à 12 h", "Dépôt exclusivement sur la plateforme Démarches ARIPS"),
    ("Instruction et recevabilité", "du 7 avril au 16 mai 2025", "Comité technique ARIPS – Cluster OrbiSanté"),
    ("Auditions des projets présélectionnés", "du 2 au 6 juin 2025", "Siège de l'ARIPS à Montbrac ou en visioconférence"),
    ("Jury de sélection", "19 juin 2025", "Classement et proposition des montants"),
    ("Comité de financement", "3 juillet 2025", "Décision d'attribution des aides"),
    ("Annonce des lauréats", "9 juillet 2025", "Communiqué de presse et notification individuelle"),
    ("Démarrage des projets", "au plus tard le 1er octobre 2025", "Après signature de la convention"),
], widths=(58, 48, 64))
para("Aucun dossier déposé après la date et l'heure de clôture ne sera examiné. Les porteurs sont invités à ne pas attendre "
     "les derniers jours : la plateforme peut connaître des ralentissements importants.")

# ---------------------------------------------------------------- 8. depot
h1("8. Constitution et dépôt du dossier")
para("Le dossier de candidature est déposé en ligne sur la plateforme Démarches ARIPS. Il comprend :")
bullets([
    "le formulaire de candidature complété, dont la note de présentation ne dépasse pas 20 pages ;",
    "l'annexe financière (modèle tableur fourni) présentant le budget prévisionnel par nature de dépenses et le plan de financement ;",
    "les pièces justificatives correspondant aux critères E1 à E7 ;",
    "un relevé d'identité bancaire au nom du porteur ;",
    "pour les consortiums, un accord de consortium ou une lettre d'intention signée par chaque partenaire.",
])
para("Un porteur ne peut déposer plus de deux dossiers au titre de l'édition 2025, dont un seul par axe. Un même projet ne "
     "peut être présenté simultanément sur deux axes.")

# ---------------------------------------------------------------- 9. contacts
h1("9. Accompagnement, information et contacts")
para("Les porteurs peuvent solliciter un rendez-vous de pré-dépôt de 30 minutes jusqu'au 14 mars 2025. Le webinaire du "
     "18 février 2025 sera enregistré et mis en ligne.")
bullets([
    "ARIPS : Mme Élodie Marchadier, chargée de mission innovation en santé – aap@arips-oc.fr – 05 61 00 42 17",
    "Cluster OrbiSanté : M. Thibault Kerguelen, délégué général – contact@orbisante.org",
    "Direction générale de l'ARIPS : Dr Anne-Laure Vidalenc, directrice générale",
    "Présidence du Cluster OrbiSanté : M. Bertrand Lacazette, président",
])
para("Fait à Montbrac, le 3 février 2025.", after=1)
para("La directrice générale de l'ARIPS, Dr Anne-Laure Vidalenc – Le président du Cluster OrbiSanté, Bertrand Lacazette",
     style="I")

pdf.output(str(OUT))
print("wrote", OUT)
