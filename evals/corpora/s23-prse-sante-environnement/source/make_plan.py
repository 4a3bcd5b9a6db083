from fpdf import FPDF
from fpdf.fonts import FontFace
from plan_data import ACTIONS, fmt, check

OUT = "../docs/prse4-moyenne-arviere-2025-2027_plan-adopte.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"

class PDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "PRSE 4 Moyenne-Arvière 2025-2027 – Document adopté", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, "ARS · Région · DREAL", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Plan régional santé-environnement n°4 – Moyenne-Arvière", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

pdf = PDF(format="A4")
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONTB)
pdf.add_font("DejaVu", "I", FONTI)

def H1(t):
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

def H2(t):
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 11.5)
    pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

def H3(t):
    pdf.ln(1.5)
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)

def P(t, size=9.5):
    pdf.set_font("DejaVu", "", size)
    pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)

def BUL(items, size=9.5):
    pdf.set_font("DejaVu", "", size)
    for it in items:
        pdf.set_x(pdf.l_margin + 4)
        pdf.multi_cell(0, 5, "– " + it, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)

def FIELD(label, text):
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, f"**{label} :** {text}", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)

def financement(code):
    a = [x for x in ACTIONS if x[0] == code][0]
    tot = a[2] + a[3] + a[4]
    parts = []
    names = dict(ARS="ARS", Region="Région", DREAL="DREAL", Autres="autres")
    for k in ("ARS", "Region", "DREAL", "Autres"):
        if a[5][k]:
            s = f"{names[k]} {fmt(a[5][k])} €"
            if code == "2.3.1" and k == "Region":
                s += ", soit 40 000 € par an"
            parts.append(s)
    return f"{fmt(tot)} € sur 2025-2027 ({' ; '.join(parts)})"

def ACTION(code, title, desc, pilote, partenaires, indicateurs, note_fin=None):
    H3(f"Action {code} – {title}")
    P(desc)
    FIELD("Pilote(s)", pilote)
    FIELD("Partenaires", partenaires)
    FIELD("Indicateurs de suivi", indicateurs)
    f = financement(code)
    if note_fin:
        f += ". " + note_fin
    FIELD("Financement prévisionnel", f)
    pdf.ln(1.5)

# ---------------- Couverture ----------------
pdf.add_page()
pdf.set_font("DejaVu", "B", 10)
pdf.multi_cell(0, 5, "PRÉFET DE LA RÉGION MOYENNE-ARVIÈRE\nLiberté – Égalité – Fraternité", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVu", "", 9.5)
pdf.multi_cell(0, 5, "Agence régionale de santé Moyenne-Arvière\nRégion Moyenne-Arvière\nDirection régionale de l'environnement, de l'aménagement et du logement (DREAL) Moyenne-Arvière", new_x="LMARGIN", new_y="NEXT")
pdf.ln(30)
pdf.set_font("DejaVu", "B", 22)
pdf.multi_cell(0, 11, "Quatrième plan régional santé-environnement\nPRSE 4 – 2025-2027", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("DejaVu", "I", 12)
pdf.multi_cell(0, 7, "« Respirer, boire, habiter : un environnement favorable à la santé pour tous »", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(40)
pdf.set_font("DejaVu", "", 9)
pdf.multi_cell(0, 5, "Document adopté par le comité de pilotage du 28 janvier 2025.\nApprouvé par arrêté du préfet de région n° 2025-R-0047 du 11 février 2025 et par délibération du conseil régional n° AP-2025-02-014 du 13 février 2025.\nVersion 1.2 – diffusion publique.", align="C", new_x="LMARGIN", new_y="NEXT")

# ---------------- Préambule ----------------
pdf.add_page()
H1("Préambule")
P("La santé de chacun dépend pour une large part de la qualité des milieux dans lesquels il vit, travaille, apprend et se soigne. L'Organisation mondiale de la santé estime qu'environ un quart de la charge de morbidité est imputable à des facteurs environnementaux. En Moyenne-Arvière, région de 3 214 000 habitants répartis dans 1 287 communes et 4 départements (Haute-Arvière, Sorbière, Val-de-Brenne et Monts-d'Orlan), ces enjeux prennent des formes très concrètes : présence naturelle de radon dans les massifs granitiques, captages d'eau potable dégradés par les pesticides, vagues de chaleur plus fréquentes dans la métropole de Saint-Orlan, expansion de l'ambroisie le long des vallées.")
P("Le présent plan est le quatrième plan régional santé-environnement (PRSE 4). Il décline le plan national santé-environnement et prend la suite du PRSE 3 (2017-2021), qui comptait 34 actions et avait mobilisé 14,6 M€. Il est le fruit d'une concertation conduite de mars à novembre 2024 avec le groupe régional santé-environnement (GRSE) : 11 ateliers territoriaux, 640 participants et 1 150 contributions recueillies en ligne.")
P("Le PRSE 4 est resserré autour de 4 axes, 11 objectifs et 22 actions, pour un budget prévisionnel de 19 125 000 € sur trois ans. Il privilégie les actions mesurables, dotées d'un pilote identifié et d'indicateurs de suivi, et fera l'objet d'une revue à mi-parcours au premier trimestre 2026.")
P("Philippe MARCONNET, préfet de la région Moyenne-Arvière\nHélène VASSEUR-LAMBERT, directrice générale de l'ARS Moyenne-Arvière\nBertrand AUBRIAC, président du conseil régional de Moyenne-Arvière", size=9)

H2("Chiffres clés du territoire")
BUL([
 "412 communes classées en zone 3 à potentiel radon significatif, soit 32 % des communes de la région ;",
 "27 000 logements du parc privé potentiellement indigne (PPPI, données 2021) ;",
 "2 850 établissements scolaires et d'accueil du jeune enfant ;",
 "1 964 captages d'eau destinée à la consommation humaine, dont 78 % protégés par une déclaration d'utilité publique ;",
 "6,8 % de la population alimentée au moins une fois en 2023 par une eau non conforme pour les pesticides ou leurs métabolites ;",
 "23 jours de vigilance canicule orange ou rouge à Saint-Orlan durant l'été 2023 et une surmortalité estivale estimée à 410 décès ;",
 "212 000 habitants exposés à un bruit routier supérieur à la valeur limite de 68 dB(A) Lden ;",
 "9 % de la population allergique au pollen d'ambroisie.",
])

H2("Gouvernance du plan")
P("Le PRSE 4 est copiloté par le préfet de région, représenté par la DREAL, la directrice générale de l'ARS et le président du conseil régional. Le comité de pilotage (COPIL) réunit les trois copilotes et les présidents des cinq collèges du GRSE ; il se réunit au moins une fois par an et arrête les éventuelles réaffectations de crédits entre actions. Le GRSE compte 64 membres répartis en cinq collèges : État et établissements publics ; collectivités territoriales ; associations ; entreprises et salariés ; personnalités qualifiées.")
P("Le secrétariat technique est assuré conjointement par le pôle santé-environnement de l'ARS et le service connaissance et développement durable de la DREAL. Un bilan annuel est publié chaque année avant le 30 juin. Toute réaffectation supérieure à 10 % de l'enveloppe d'une action est soumise à la validation du COPIL.")

# ---------------- Axe 1 ----------------
H1("Axe 1 – Des environnements intérieurs et un habitat favorables à la santé")
P("Nous passons en moyenne 85 % de notre temps dans des espaces clos. L'axe 1 cible les lieux de vie des publics les plus vulnérables : enfants accueillis dans les écoles et les crèches, ménages exposés au radon, occupants de logements insalubres ou contenant des peintures au plomb.")
H2("Objectif 1.1 – Améliorer la qualité de l'air intérieur dans les lieux accueillant des enfants")
ACTION("1.1.1", "Généraliser l'évaluation de la qualité de l'air intérieur dans les écoles et les crèches",
 "Il s'agit d'accompagner les collectivités dans l'évaluation des moyens d'aération et l'autodiagnostic, puis de financer des campagnes de mesure du formaldéhyde, du benzène et du dioxyde de carbone dans les établissements scolaires et d'accueil du jeune enfant. Un plan d'action est exigé dans un délai de 6 mois pour tout établissement dont l'indice de confinement ICONE est supérieur ou égal à 4.",
 "ARS (pôle santé-environnement) ; Région (direction des lycées) pour les lycées",
 "rectorat de l'académie de Saint-Orlan, ATMO Moyenne-Arvière, associations départementales des maires, CEREMA",
 "nombre d'établissements ayant réalisé une campagne de mesure (cible : 600 en 2025 et 1 500 en 2027) ; part des établissements à ICONE supérieur ou égal à 4 dotés d'un plan d'action")
ACTION("1.1.2", "Équiper les salles de classe de capteurs de CO2 et former les équipes",
 "Le plan prévoit de déployer 6 000 capteurs de CO2 d'ici fin 2027 dans les écoles, collèges et lycées, accompagnés d'une formation « Aérer, c'est protéger » destinée aux enseignants et aux agents d'entretien. La Région finance 50 % du coût d'acquisition des capteurs, dans la limite de 120 € HT par capteur (144 € TTC).",
 "Région (direction de l'éducation et des lycées)",
 "rectorat, conseils départementaux, communes, ATMO Moyenne-Arvière",
 "nombre de capteurs installés (cible : 4 000 fin 2025 et 6 000 fin 2027) ; nombre d'enseignants et d'agents formés")
H2("Objectif 1.2 – Réduire l'exposition au radon")
ACTION("1.2.1", "Dépister le radon dans l'habitat des communes à potentiel significatif",
 "Des campagnes annuelles de dépistage gratuit par dosimètres sont organisées chaque hiver, avec la distribution de 1 500 kits par an, prioritairement dans les 412 communes de zone 3, et une restitution individuelle des résultats. Au-delà du niveau de référence de 300 Bq/m³, le ménage est orienté vers un diagnostic du bâtiment.",
 "ARS",
 "DREAL, CEREMA, Centre régional d'expertise radon (CRER), Agence locale de l'énergie et du climat (ALEC) de Saint-Orlan, communes volontaires",
 "nombre de logements dépistés (cible : 1 200 en 2025) ; part des résultats supérieurs à 300 Bq/m³")
ACTION("1.2.2", "Accompagner les travaux de remédiation",
 "La Région attribue une aide aux travaux de remédiation (étanchéification, ventilation, mise en dépression du sol) pour les logements dépassant 300 Bq/m³ : 50 % du montant des travaux, plafonnée à 4 000 € par logement, portée à 70 % et 6 000 € pour les ménages aux ressources très modestes.",
 "Région (direction de l'habitat et de la transition énergétique)",
 "ARS, délégations locales de l'Anah, ALEC de Saint-Orlan, artisans formés à la remédiation, espaces conseil France Rénov'",
 "nombre de logements ayant fait l'objet de travaux (cible : 60 en 2025 et 250 en 2027) ; concentration moyenne mesurée après travaux")
H2("Objectif 1.3 – Lutter contre l'habitat indigne et le saturnisme")
ACTION("1.3.1", "Repérer et traiter l'habitat insalubre",
 "L'action renforce les pôles départementaux de lutte contre l'habitat indigne (PDLHI) : financement de 4 équivalents temps plein (ETP) d'inspecteurs de salubrité supplémentaires, visites à domicile de conseillers en environnement intérieur et accompagnement des intercommunalités qui instaurent le permis de louer.",
 "ARS ; préfectures de département (PDLHI)",
 "conseils départementaux, caisses d'allocations familiales (CAF), services communaux d'hygiène et de santé (SCHS) de Saint-Orlan et de Varennes-sur-Arvière, Association Habitat Santé Arvière (AHSA)",
 "nombre de logements traités par un arrêté de traitement de l'insalubrité (cible : 300 par an) ; délai moyen entre signalement et visite (cible : 45 jours)")
ACTION("1.3.2", "Renforcer le dépistage du saturnisme infantile",
 "Le dépistage de la plombémie est ciblé sur les enfants de moins de 6 ans vivant dans un logement dégradé construit avant 1949 ou à proximité des anciens sites miniers de la vallée de la Brenne, avec un objectif de 2 000 enfants dépistés par an. Tout cas de plombémie supérieure ou égale à 50 µg/L donne lieu à une enquête environnementale dans les 10 jours.",
 "ARS",
 "services de PMI des conseils départementaux, centre antipoison du CHU de Saint-Orlan, médecins libéraux, DREAL (sites et sols pollués)",
 "nombre d'enfants dépistés ; nombre d'enquêtes environnementales réalisées")

# ---------------- Axe 2 ----------------
H1("Axe 2 – Eau potable, pesticides et alimentation")
P("En 2023, 6,8 % de la population régionale a été alimentée au moins une fois par une eau non conforme pour les pesticides et leurs métabolites, principalement le métabolite R471811 du chlorothalonil. L'axe 2 combine protection de la ressource, sécurisation de la distribution et réduction des expositions aériennes.")
H2("Objectif 2.1 – Protéger la ressource en eau")
ACTION("2.1.1", "Achever la protection réglementaire des captages",
 "L'objectif est de porter à 90 % en 2027 la part des captages protégés par une DUP, en priorisant les 140 captages de plus de 100 m³ par jour encore dépourvus de périmètres de protection.",
 "ARS",
 "Agence de l'eau Loire-Arvière, hydrogéologues agréés, collectivités productrices d'eau, directions départementales des territoires (DDT)",
 "part des captages dotés d'une DUP (cible : 84 % en 2025 et 90 % en 2027)")
ACTION("2.1.2", "Reconquérir la qualité de l'eau des captages prioritaires dégradés par les pesticides",
 "Un plan d'action territorial est mis en place sur chacun des 36 captages prioritaires : évolution des pratiques agricoles, acquisitions foncières, paiements pour services environnementaux.",
 "DREAL ; Agence de l'eau Loire-Arvière",
 "DRAAF, chambre régionale d'agriculture, collectivités gestionnaires, ARS",
 "nombre de captages prioritaires dotés d'un plan d'action (cible : 20 en 2025 et 36 en 2027)")
H2("Objectif 2.2 – Garantir la sécurité sanitaire de l'eau distribuée")
ACTION("2.2.1", "Accompagner les petites collectivités dans leurs plans de gestion de la sécurité sanitaire des eaux (PGSSE)",
 "Les communes de moins de 3 500 habitants et leurs syndicats sont aidés à élaborer leur PGSSE avant l'échéance réglementaire du 12 juillet 2027, grâce à un accompagnement technique et à une subvention de 40 % du coût d'étude.",
 "ARS",
 "Région, associations départementales des maires, syndicats d'eau, bureaux d'études",
 "nombre de communes de moins de 3 500 habitants engagées dans un PGSSE (cible : 90 en 2025 et 250 en 2027)")
H2("Objectif 2.3 – Réduire l'exposition de la population aux pesticides")
ACTION("2.3.1", "Surveiller les pesticides dans l'air",
 "Les campagnes de mesure des pesticides dans l'air ambiant sont pérennisées sur 6 sites (3 en zone viticole, 2 en grandes cultures, 1 en milieu urbain) et un bilan est publié chaque année.",
 "DREAL ; ATMO Moyenne-Arvière",
 "ARS, DRAAF, chambre régionale d'agriculture",
 "nombre de sites de mesure opérationnels (cible : 6) ; nombre de substances recherchées (cible : 90)")
ACTION("2.3.2", "Protéger les riverains et les lieux accueillant des personnes vulnérables",
 "L'action accompagne la révision des chartes départementales d'engagement des utilisateurs de produits phytopharmaceutiques, favorise la plantation de haies autour de 150 écoles situées à moins de 50 mètres de parcelles traitées et organise l'information préalable des riverains.",
 "DRAAF ; ARS",
 "chambres d'agriculture, communes, Région (plantation de haies), associations de riverains",
 "nombre d'écoles protégées par une haie (cible : 50 en 2025 et 150 en 2027)")

# ---------------- Axe 3 ----------------
H1("Axe 3 – Climat, chaleur urbaine, bruit et pollens")
P("Le changement climatique accroît la fréquence des épisodes caniculaires et allonge la saison pollinique. Le bruit, deuxième facteur environnemental de morbidité en Europe après la pollution de l'air, reste sous-estimé dans les politiques locales.")
H2("Objectif 3.1 – Adapter les territoires aux vagues de chaleur")
ACTION("3.1.1", "Transformer les cours d'école en îlots de fraîcheur (« cours oasis »)",
 "La Région subventionne la désimperméabilisation et la végétalisation des cours d'école à hauteur de 40 % du coût HT, plafonné à 200 000 € par projet. Objectif : 30 cours livrées fin 2025 et 100 fin 2027.",
 "Région",
 "DREAL, Agence de l'eau Loire-Arvière, conseils d'architecture, d'urbanisme et de l'environnement (CAUE), communes, rectorat",
 "nombre de cours livrées ; surface désimperméabilisée en m²")
ACTION("3.1.2", "Cartographier les îlots de chaleur urbains et renforcer les plans canicule",
 "Une cartographie des îlots de chaleur urbains sera produite d'ici 2026 pour les 12 agglomérations de plus de 20 000 habitants, et les communes seront accompagnées dans la tenue du registre des personnes vulnérables.",
 "DREAL ; ARS",
 "CEREMA, agences d'urbanisme, centres communaux d'action sociale (CCAS), Saint-Orlan Métropole",
 "nombre d'agglomérations cartographiées (cible : 12 en 2026)")
H2("Objectif 3.2 – Réduire l'exposition au bruit")
ACTION("3.2.1", "Créer un observatoire régional du bruit et résorber les points noirs",
 "Un observatoire régional de l'environnement sonore est créé en 2025 ; les 85 points noirs du bruit routier et ferroviaire identifiés dans les plans de prévention du bruit dans l'environnement (PPBE) sont traités par ordre de priorité.",
 "DREAL",
 "gestionnaires d'infrastructures, Saint-Orlan Métropole, ARS, ATMO Moyenne-Arvière",
 "nombre de points noirs résorbés (cible : 25 en 2027)")
ACTION("3.2.2", "Prévenir les risques auditifs chez les jeunes",
 "Des actions de prévention des risques liés à l'écoute de musique amplifiée sont déployées dans 120 collèges et lycées et dans les festivals, avec distribution de protections auditives.",
 "ARS",
 "Région, rectorat, association Ouïe Jeunesse, organisateurs de festivals",
 "nombre d'établissements touchés (cible : 40 par an) ; nombre de jeunes sensibilisés")
H2("Objectif 3.3 – Limiter l'exposition aux pollens allergisants")
ACTION("3.3.1", "Lutter contre l'ambroisie",
 "Un réseau de référents ambroisie est constitué dans chaque commune (650 référents formés en 2025, 900 en 2027) ; les signalements sont cartographiés et les arrêtés préfectoraux de destruction obligatoire sont appliqués.",
 "ARS ; FREDON Moyenne-Arvière",
 "communes et intercommunalités, conseils départementaux (routes), agriculteurs, gestionnaires de voiries et de voies ferrées",
 "nombre de référents formés ; nombre de signalements traités")
ACTION("3.3.2", "Surveiller les pollens et informer les personnes allergiques",
 "Le réseau de 7 capteurs polliniques est maintenu, 2 pollinariums sentinelles sont installés (Saint-Orlan et Lunac) et un bulletin allergo-pollinique hebdomadaire est diffusé de mars à octobre.",
 "ARS",
 "Maison régionale des allergies (MRA), ATMO Moyenne-Arvière, allergologues, pharmacies",
 "nombre d'abonnés au bulletin (cible : 15 000 en 2027)")

# ---------------- Axe 4 ----------------
H1("Axe 4 – Une seule santé, connaissances et formation")
P("L'approche « Une seule santé » (One Health) reconnaît l'interdépendance de la santé humaine, de la santé animale et de la santé des écosystèmes. Elle suppose de partager les données et de former les professionnels.")
H2("Objectif 4.1 – Développer l'approche « Une seule santé »")
ACTION("4.1.1", "Créer une plateforme régionale de données santé-environnement",
 "Une plateforme cartographique croisant indicateurs sanitaires, expositions environnementales et données socio-économiques à l'échelle de la commune sera mise en ligne d'ici juin 2026 par l'Observatoire régional de la santé (ORS).",
 "ORS Moyenne-Arvière ; DREAL",
 "ARS, Région, ATMO Moyenne-Arvière, direction régionale de l'INSEE",
 "mise en ligne de la plateforme ; nombre de jeux de données intégrés (cible : 40)")
ACTION("4.1.2", "Surveiller les tiques et les maladies vectorielles",
 "Un réseau de surveillance des tiques associe vétérinaires, forestiers et médecins généralistes sentinelles dans les 4 départements ; une campagne annuelle de prévention de la maladie de Lyme est conduite chaque printemps.",
 "ARS",
 "DRAAF (services vétérinaires), Office national des forêts, ordre régional des vétérinaires, laboratoires départementaux d'analyses, CHU de Saint-Orlan",
 "nombre de points de collecte actifs (cible : 40) ; nombre de médecins sentinelles")
H2("Objectif 4.2 – Former les professionnels de santé")
ACTION("4.2.1", "Intégrer la santé-environnement dans la formation initiale",
 "Un module obligatoire de 12 heures est introduit dans les 9 instituts de formation en soins infirmiers (IFSI) et un enseignement de 20 heures à la faculté de médecine et de maïeutique de Saint-Orlan, à compter de la rentrée 2025.",
 "Région (formations sanitaires et sociales) ; CHU de Saint-Orlan",
 "Université de Saint-Orlan, IFSI, ARS",
 "nombre d'étudiants formés")
ACTION("4.2.2", "Former les professionnels en exercice",
 "Des formations continues sur la périnatalité et les perturbateurs endocriniens, la qualité de l'air intérieur et les effets sanitaires de la chaleur sont proposées aux médecins généralistes, sages-femmes, pharmaciens et infirmiers libéraux : 1 600 professionnels formés fin 2025 et 3 500 fin 2027.",
 "ARS",
 "unions régionales des professionnels de santé (URPS), ordres professionnels, CHU de Saint-Orlan",
 "nombre de professionnels formés")
H2("Objectif 4.3 – Territorialiser le plan")
ACTION("4.3.1", "Lancer un appel à projets annuel « Territoires en santé-environnement »",
 "L'appel à projets est ouvert aux collectivités, associations et établissements des territoires : subvention de 5 000 € à 30 000 € par projet, au taux maximal de 80 %. Les projets inscrits dans un contrat local de santé (CLS) sont prioritaires.",
 "ARS ; Région ; DREAL",
 "collectivités porteuses de CLS, associations agréées, instance régionale d'éducation et de promotion de la santé (IREPS)",
 "nombre de projets soutenus (cible : 25 par an)")

# ---------------- Annexes ----------------
axes = check()
H1("Annexe 1 – Tableau de synthèse des actions par axe et par année")
P("Le tableau ci-dessous récapitule le budget prévisionnel de chaque action, tous financeurs confondus, par année de mise en œuvre. Les montants sont exprimés en euros et correspondent aux crédits prévisionnels ; ils pourront être ajustés chaque année par le COPIL dans la limite de 10 % de l'enveloppe d'une action.", size=9.5)

bold = FontFace(emphasis="BOLD")
pdf.set_font("DejaVu", "", 8.5)
G = dict(y25=0, y26=0, y27=0)
with pdf.table(col_widths=(70, 24, 24, 24, 28), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), line_height=5.5, repeat_headings=1) as table:
    table.row(["Action", "2025", "2026", "2027", "Total 2025-2027"])
    cur = "1"
    def subtotal(ax):
        d = axes[ax]
        table.row([f"Sous-total Axe {ax}", fmt(d['y25']), fmt(d['y26']), fmt(d['y27']), fmt(d['y25'] + d['y26'] + d['y27'])], style=bold)
    for a in ACTIONS:
        if a[0][0] != cur:
            subtotal(cur); cur = a[0][0]
        table.row([a[1], fmt(a[2]), fmt(a[3]), fmt(a[4]), fmt(a[2] + a[3] + a[4])])
        G['y25'] += a[2]; G['y26'] += a[3]; G['y27'] += a[4]
    subtotal(cur)
    table.row(["TOTAL PRSE 4", fmt(G['y25']), fmt(G['y26']), fmt(G['y27']), fmt(sum(G.values()))], style=bold)
pdf.ln(4)

H1("Annexe 2 – Répartition des financements par axe et par financeur")
P("Montants en k€, sur la période 2025-2027. La colonne « Autres » regroupe notamment l'Agence de l'eau Loire-Arvière, les collectivités, les caisses d'allocations familiales et les délégations locales de l'Anah.", size=9.5)
labels = {"1": "Axe 1 – Environnements intérieurs et habitat", "2": "Axe 2 – Eau et pesticides", "3": "Axe 3 – Climat, bruit et pollens", "4": "Axe 4 – Une seule santé et formation"}
k = lambda v: fmt(v // 1000)
pdf.set_font("DejaVu", "", 8.5)
T = dict(ARS=0, Region=0, DREAL=0, Autres=0)
with pdf.table(col_widths=(74, 18, 18, 18, 18, 24), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), line_height=5.5) as table:
    table.row(["Axe", "ARS", "Région", "DREAL", "Autres", "Total"])
    for ax in "1234":
        d = axes[ax]
        table.row([labels[ax], k(d['ARS']), k(d['Region']), k(d['DREAL']), k(d['Autres']), k(d['ARS'] + d['Region'] + d['DREAL'] + d['Autres'])])
        for kk in T: T[kk] += d[kk]
    table.row(["Total", k(T['ARS']), k(T['Region']), k(T['DREAL']), k(T['Autres']), k(sum(T.values()))], style=bold)
    table.row(["Part du total", "33,7 %", "31,4 %", "10,3 %", "24,6 %", "100 %"])
pdf.ln(3)
P("Les engagements de la Région sont inscrits en autorisations de programme au budget régional ; ceux de l'ARS relèvent du fonds d'intervention régional (FIR). La participation de la DREAL est apportée sur les crédits du programme « Prévention des risques » et du fonds vert.", size=9.5)

H1("Annexe 3 – Glossaire des sigles")
BUL([
 "ARS : agence régionale de santé",
 "ATMO Moyenne-Arvière : association agréée de surveillance de la qualité de l'air",
 "CLS : contrat local de santé",
 "COPIL : comité de pilotage",
 "DRAAF : direction régionale de l'alimentation, de l'agriculture et de la forêt",
 "DREAL : direction régionale de l'environnement, de l'aménagement et du logement",
 "DUP : déclaration d'utilité publique",
 "FIR : fonds d'intervention régional",
 "GRSE : groupe régional santé-environnement",
 "ICONE : indice de confinement de l'air dans les écoles",
 "ORS : observatoire régional de la santé",
 "PGSSE : plan de gestion de la sécurité sanitaire des eaux",
 "PPBE : plan de prévention du bruit dans l'environnement",
 "QAI : qualité de l'air intérieur",
], size=9)

pdf.output(OUT)
print("ok", pdf.page_no())
