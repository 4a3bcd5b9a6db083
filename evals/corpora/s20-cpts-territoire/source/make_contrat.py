# Generates docs/2025-02-26_contrat-tripartite-cpts-lorvanne-aure.pdf (fictional document)
from pathlib import Path
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent.parent / "docs" / "2025-02-26_contrat-tripartite-cpts-lorvanne-aure.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "CPTS Lorvanne-Aure – Contrat tripartite ACI – Réf. ARS-CA/DD-VAU/CPTS-2025-007",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="C")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONTB)
pdf.set_margins(12, 14, 12)
pdf.set_auto_page_break(True, margin=18)
pdf.alias_nb_pages()
pdf.add_page()
W = pdf.w - 24


def p(text, size=9.5, bold=False, align="J", after=1.8):
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.multi_cell(W, 4.6, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


def art(text):
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    pdf.ln(1.5)
    p(text, size=10.5, bold=True, align="L", after=1.2)


def item(text):
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_x(pdf.l_margin + 5)
    pdf.multi_cell(W - 5, 4.6, text, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.2)


def caption(text, nrows):
    if pdf.get_y() > pdf.h - 18 - 10 - nrows * 5.2:
        pdf.add_page()
    p(text, bold=True, align="L", size=9)


def table(rows, widths, size=8, bold_last=False, align_first="LEFT"):
    pdf.set_font("DejaVu", "", size)
    with pdf.table(col_widths=widths, width=sum(widths), text_align=("LEFT",) + ("RIGHT",) * (len(widths) - 1),
                   line_height=4.4, first_row_as_headings=True,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


# ---------------------------------------------------------------- page 1 preamble
pdf.set_font("DejaVu", "", 8)
pdf.cell(W / 2, 4, "RÉPUBLIQUE FRANÇAISE")
pdf.cell(W / 2, 4, "Reçu à la CPAM de la Vaurenne le 3 mars 2025", align="R",
         new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.cell(W / 2, 4, "Agence régionale de santé Centre-Armorique")
pdf.cell(W / 2, 4, "Enregistrement n° CPTS-2025-0112", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.cell(W / 2, 4, "Délégation départementale de la Vaurenne", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.cell(W / 2, 4, "Pôle offre de soins de proximité", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(6)

p("CONTRAT TRIPARTITE", size=14, bold=True, align="C", after=1)
p("conclu en application de l'accord conventionnel interprofessionnel en faveur du développement de "
  "l'exercice coordonné et du déploiement des communautés professionnelles territoriales de santé",
  size=10, align="C", after=1)
p("Communauté professionnelle territoriale de santé Lorvanne-Aure – Contrat n° 2 (2025-2029)",
  size=10, bold=True, align="C", after=5)

p("ENTRE LES SOUSSIGNÉS :", bold=True, align="L")
p("L'Agence régionale de santé Centre-Armorique (ARS), représentée par M. Philippe Arnoult, directeur de la "
  "délégation départementale de la Vaurenne, agissant par délégation du directeur général de l'ARS, "
  "ci-après désignée « l'ARS » ;")
p("La Caisse primaire d'assurance maladie de la Vaurenne (CPAM), représentée par Mme Nathalie Ribéreau, "
  "directrice, agissant pour le compte de l'ensemble des régimes d'assurance maladie obligatoire, "
  "ci-après désignée « la CPAM » ;")
p("L'association « Communauté professionnelle territoriale de santé Lorvanne-Aure » (CPTS Lorvanne-Aure), "
  "association régie par la loi du 1er juillet 1901, déclarée en préfecture de la Vaurenne le 14 mars 2021, "
  "SIRET 912 456 783 00015, dont le siège est situé 14 rue des Tanneurs à Lorvanne-sur-Aure, représentée par "
  "le Dr Hélène Carvallo, présidente, dûment habilitée par délibération du conseil d'administration du "
  "4 février 2025, ci-après désignée « la communauté professionnelle » ou « la CPTS ».")

p("Vu le code de la santé publique, notamment ses articles L. 1411-11-1, L. 1434-12 et L. 1435-8 ;", after=0.8)
p("Vu le code de la sécurité sociale, notamment ses articles L. 162-14-1 et L. 162-14-2 ;", after=0.8)
p("Vu l'accord conventionnel interprofessionnel (ACI) en faveur du développement de l'exercice coordonné et "
  "du déploiement des communautés professionnelles territoriales de santé, signé le 20 juin 2019, et ses "
  "avenants ;", after=0.8)
p("Vu le projet régional de santé (PRS) Centre-Armorique 2023-2028 ;", after=0.8)
p("Vu le projet de santé de la CPTS Lorvanne-Aure, actualisé par l'assemblée générale extraordinaire du "
  "21 novembre 2024 et validé par le directeur général de l'ARS le 9 décembre 2024 ;", after=0.8)
p("Vu le premier contrat tripartite signé le 11 juillet 2022 et arrivé à échéance le 31 décembre 2024 ;")
p("Considérant que la part de la population de 17 ans et plus sans médecin traitant sur le territoire de la "
  "CPTS (9,8 % au 31 décembre 2023) est supérieure à la moyenne départementale (7,1 %) ;", after=0.8)
p("Considérant que le territoire est classé en zone d'intervention prioritaire (ZIP) pour quatre de ses sept "
  "communes ;", after=0.8)
p("Considérant le bilan du premier contrat présenté au comité de suivi du 28 novembre 2024 ;")
p("IL EST CONVENU CE QUI SUIT :", bold=True, align="L", after=2)

# ---------------------------------------------------------------- articles
art("Art. 1er – Objet du contrat")
p("Le présent contrat a pour objet de définir les missions que la CPTS Lorvanne-Aure s'engage à mettre en "
  "œuvre sur son territoire, les engagements réciproques des signataires, les indicateurs permettant de "
  "mesurer l'atteinte des objectifs et les modalités de financement de la communauté professionnelle par "
  "l'assurance maladie et par l'ARS.")
p("Il succède au premier contrat tripartite et reprend, en les actualisant, les actions engagées depuis 2022.")

art("Art. 2 – Territoire d'intervention")
p("Le territoire d'intervention de la CPTS couvre sept communes du nord du département de la Vaurenne, pour "
  "une population totale de 58 420 habitants (population municipale, recensement 2021). La CPTS relève ainsi "
  "de la taille 2 au sens de l'ACI (territoire de 40 000 à 80 000 habitants). La composition du territoire "
  "est détaillée au tableau 1.")
caption("Tableau 1 – Communes du territoire de la CPTS", 10)
table([
    ["Commune", "Population 2021", "Médecins généralistes libéraux", "Patients ≥ 17 ans sans médecin traitant (31/12/2023)"],
    ["Lorvanne-sur-Aure", "21 350", "19", "1 460"],
    ["Saint-Bréac", "9 870", "7", "910"],
    ["Montcalvet", "7 420", "4", "845"],
    ["Pradelles-sur-Aure", "6 115", "4", "520"],
    ["Villiers-la-Combe", "5 290", "2", "470"],
    ["Les Essarts-de-Vaur", "4 960", "1", "395"],
    ["Coulanges-le-Haut", "3 415", "1", "270"],
    ["Total territoire", "58 420", "38", "4 870"],
], widths=[52, 34, 44, 56])
p("Toute modification du périmètre du territoire fait l'objet d'un avenant au présent contrat, après "
  "avis du comité de suivi mentionné à l'article 13.")

art("Art. 3 – Composition et organisation de la communauté professionnelle")
p("À la date de signature du présent contrat, la CPTS compte 139 membres, dont 128 professionnels de santé "
  "exerçant à titre libéral et 11 structures (maisons de santé pluriprofessionnelles, centre de soins "
  "infirmiers, EHPAD, service de soins infirmiers à domicile et centre hospitalier de Lorvanne-sur-Aure). "
  "La communauté professionnelle s'organise autour des instances suivantes :")
item("1° l'assemblée générale, composée de l'ensemble des membres à jour de leur cotisation, qui se réunit au "
     "moins une fois par an ;")
item("2° le conseil d'administration, composé de douze membres élus pour deux ans et renouvelés par moitié "
     "chaque année ;")
item("3° le bureau, composé du président, du vice-président, du secrétaire et du trésorier ;")
item("4° une équipe de coordination salariée, comprenant au minimum une coordinatrice à temps plein "
     "(1 ETP), Mme Aurélie Fontanges.")
p("La CPTS désigne parmi ses membres un référent pour chacune des missions du présent contrat. Elle "
  "informe la CPAM et l'ARS de tout changement de président ou de coordinatrice dans un délai d'un mois.")

art("Art. 4 – Missions de la communauté professionnelle")
p("La CPTS s'engage à mettre en œuvre les missions suivantes :")
item("1° l'amélioration de l'accès aux soins, comprenant l'accès à un médecin traitant et l'amélioration "
     "de la prise en charge des soins non programmés en ville (mission socle) ;")
item("2° l'organisation de parcours pluriprofessionnels autour du patient (mission socle) ;")
item("3° le développement d'actions territoriales de prévention (mission socle) ;")
item("4° la participation à la réponse aux crises sanitaires graves (mission socle) ;")
item("5° le développement de la qualité et de la pertinence des soins (mission optionnelle) ;")
item("6° l'accompagnement des professionnels de santé sur le territoire (mission optionnelle).")
p("Les missions mentionnées aux 1° à 4° sont obligatoires. Les missions mentionnées aux 5° et 6° sont "
  "choisies par la CPTS et peuvent être abandonnées à la date anniversaire du contrat, moyennant un préavis "
  "de trois mois.")

art("Art. 5 – Mission d'amélioration de l'accès aux soins")
p("Dans le cadre de cette mission, la CPTS s'engage à :")
item("1° faciliter l'accès à un médecin traitant : la CPTS maintient une cellule de recherche de médecin "
     "traitant, joignable par téléphone trois demi-journées par semaine, qui recense les demandes des patients "
     "et les oriente vers les médecins disposant de capacités d'accueil. Sont prioritaires les patients en "
     "affection de longue durée (ALD), les patients âgés de 70 ans et plus et les bénéficiaires de la "
     "complémentaire santé solidaire (C2S). L'objectif est de ramener le nombre de patients de 17 ans et plus "
     "sans médecin traitant de 4 870 au 31 décembre 2023 à 3 400 au 31 décembre 2027 ;")
item("2° améliorer la prise en charge des soins non programmés : la CPTS organise, en lien avec le service "
     "d'accès aux soins (SAS) de la Vaurenne, une offre de créneaux de consultation non programmée du lundi "
     "au vendredi de 8 h à 20 h et le samedi de 8 h à 12 h. À la signature, 28 médecins généralistes sont "
     "engagés dans ce dispositif. L'objectif est d'atteindre 1 200 créneaux par mois en 2027 ;")
item("3° développer la téléconsultation assistée : la CPTS accompagne l'installation de cabines de "
     "téléconsultation dans deux officines, à Montcalvet (mise en service en septembre 2024) et à "
     "Coulanges-le-Haut (mise en service prévue au second semestre 2025), avec l'appui d'un infirmier "
     "libéral présent lors de la téléconsultation.")
p("Les médecins participant à la régulation ou à l'effection des soins non programmés perçoivent une "
  "indemnisation de 90 € par demi-journée de régulation, versée par la CPTS sur ses crédits de "
  "fonctionnement.")

art("Art. 6 – Mission d'organisation de parcours pluriprofessionnels")
p("La CPTS formalise, en lien avec les établissements et services du territoire, des parcours "
  "pluriprofessionnels sur les thématiques prioritaires suivantes :")
item("1° le parcours des patients atteints d'insuffisance cardiaque, notamment à la sortie d'hospitalisation "
     "du centre hospitalier de Lorvanne-sur-Aure ;")
item("2° le parcours des personnes âgées fragiles à domicile, en particulier la prévention des chutes et de "
     "la iatrogénie médicamenteuse ;")
item("3° le parcours en santé mentale des jeunes de 12 à 25 ans, en lien avec la maison des adolescents et "
     "le centre médico-psychologique de Saint-Bréac.")
p("Chaque parcours fait l'objet d'un protocole écrit, validé par les professionnels concernés, précisant le "
  "rôle de chaque intervenant, les outils de coordination utilisés et les modalités d'évaluation. Deux "
  "parcours au moins sont formalisés en 2025 et les trois parcours le sont au plus tard en 2026.")

art("Art. 7 – Mission de prévention")
p("La CPTS met en œuvre un programme annuel d'actions de prévention, articulé avec le contrat local de "
  "santé du Pays de Lorvanne, autour des thèmes suivants :")
item("1° la promotion du dépistage organisé du cancer colorectal, avec l'objectif de porter le taux de "
     "participation de 27,4 % en 2023 à 33 % en 2027 ;")
item("2° la vaccination, notamment contre les papillomavirus humains (HPV) en lien avec les collèges du "
     "territoire, et contre la grippe saisonnière chez les personnes de 65 ans et plus ;")
item("3° la prévention du surpoids et de l'obésité chez l'enfant, par la promotion de l'activité physique "
     "et d'une alimentation équilibrée, en lien avec la protection maternelle et infantile (PMI).")
p("La CPTS organise au moins quatre actions collectives de prévention par an, dont une au moins dans "
  "chacune des communes classées en zone d'intervention prioritaire.")

art("Art. 8 – Mission de réponse aux crises sanitaires graves")
p("La CPTS élabore un plan d'action de réponse aux crises sanitaires graves dans un délai de six mois à "
  "compter de la signature du présent contrat. Ce plan précise :")
item("1° l'identité du référent crise et de son suppléant ;")
item("2° l'annuaire des professionnels et des structures mobilisables, mis à jour au moins deux fois par an ;")
item("3° les modalités d'alerte et de diffusion de l'information aux membres ;")
item("4° les actions à mettre en œuvre selon les principaux scénarios de crise identifiés (épidémie, "
     "canicule, inondation, rupture d'approvisionnement en produits de santé).")
p("Le plan est transmis à l'ARS, qui en vérifie l'articulation avec le dispositif ORSAN. Un exercice de "
  "mise en situation est organisé au moins une fois par an. En cas de crise avérée, la CPTS peut solliciter "
  "un financement complémentaire dans les conditions prévues par l'ACI.")

art("Art. 9 – Missions optionnelles")
p("Au titre de la mission de développement de la qualité et de la pertinence des soins, la CPTS anime des "
  "groupes d'échange de pratiques pluriprofessionnels, à raison d'au moins quatre réunions par an, sur des "
  "thèmes tels que l'antibiorésistance, la polymédication du sujet âgé ou la pertinence des examens "
  "d'imagerie.")
p("Au titre de la mission d'accompagnement des professionnels de santé, la CPTS s'engage à :")
item("1° tenir un guichet d'information à l'installation destiné aux jeunes professionnels, en lien avec la "
     "CPAM, l'ARS et la communauté de communes du Pays de Lorvanne ;")
item("2° développer l'accueil de stagiaires, d'internes et d'étudiants en santé, notamment par la mise à "
     "disposition de logements temporaires ;")
item("3° promouvoir le territoire auprès des facultés de santé de la région.")

art("Art. 10 – Financement")
p("Le financement alloué par l'assurance maladie à la CPTS comprend, d'une part, un financement du "
  "fonctionnement de la communauté professionnelle et, d'autre part, un financement de chacune des "
  "missions. Le financement de chaque mission comporte une part fixe, destinée à couvrir les moyens mis en "
  "œuvre, et une part variable, calculée en fonction de l'atteinte des objectifs mesurés par les "
  "indicateurs de l'annexe 2. Le financement du fonctionnement ne comporte pas de part variable.")
p("Les montants annuels maximaux, pour une CPTS de taille 2, sont fixés au tableau 2. Le montant maximal "
  "de la participation de l'assurance maladie sur les années 2025 à 2027 s'élève à 929 000 €.")
caption("Tableau 2 – Financement par mission et par année (en euros)", 13)
table([
    ["Mission", "2025 part fixe", "2025 part variable", "2026 part fixe", "2026 part variable",
     "2027 part fixe", "2027 part variable"],
    ["Fonctionnement de la CPTS", "72 500", "—", "72 500", "—", "72 500", "—"],
    ["Accès à un médecin traitant", "15 000", "10 000", "15 000", "12 500", "15 000", "15 000"],
    ["Soins non programmés", "35 000", "17 500", "35 000", "20 000", "35 000", "25 000"],
    ["Parcours pluriprofessionnels", "40 000", "20 000", "40 000", "25 000", "40 000", "30 000"],
    ["Prévention", "20 000", "10 000", "20 000", "12 500", "20 000", "15 000"],
    ["Crise sanitaire grave", "25 000", "5 000", "12 000", "5 000", "12 000", "5 000"],
    ["Qualité et pertinence", "10 000", "7 500", "10 000", "7 500", "10 000", "7 500"],
    ["Accompagnement des professionnels", "10 000", "5 000", "10 000", "7 500", "10 000", "10 000"],
    ["Total", "227 500", "75 000", "214 500", "90 000", "214 500", "107 500"],
], widths=[54, 22, 22, 22, 22, 22, 22], size=7.5)
p("Les montants de la part variable sont des montants maximaux : la part variable effectivement versée est "
  "proportionnelle au taux d'atteinte des objectifs, chaque indicateur étant pondéré à parts égales au sein "
  "de la mission. Les montants applicables aux années 2028 et 2029 sont fixés par avenant, au vu de "
  "l'évaluation prévue à l'article 13.")
p("Les versements de l'assurance maladie sont effectués selon le calendrier suivant :")
item("1° une avance de 70 % du montant de la part fixe de l'année est versée dans les deux mois suivant la "
     "signature du contrat pour l'année 2025, puis au plus tard le 30 avril de chaque année ;")
item("2° le solde de la part fixe et la part variable sont versés au plus tard le 30 avril de l'année "
     "suivante, après transmission du rapport d'activité et analyse des indicateurs par la CPAM.")
p("En complément, l'ARS attribue à la CPTS une subvention de 45 K€ au titre du fonds d'intervention "
  "régional (FIR) pour l'année 2025, destinée au financement du poste de chargée de mission parcours. "
  "Cette subvention fait l'objet d'une convention financière distincte ; son renouvellement pour 2026 et "
  "2027 est subordonné à la disponibilité des crédits du FIR.")

art("Art. 11 – Engagements de la communauté professionnelle")
p("La CPTS s'engage à :")
item("1° transmettre chaque année à la CPAM et à l'ARS, au plus tard le 31 mars de l'année suivante, un "
     "rapport d'activité retraçant les actions conduites et les résultats obtenus pour chaque indicateur ;")
item("2° transmettre ses comptes annuels approuvés par l'assemblée générale, accompagnés du rapport du "
     "commissaire aux comptes, dans le mois suivant leur approbation ;")
item("3° informer ses membres et les professionnels du territoire des actions conduites et des modalités "
     "de participation ;")
item("4° associer les usagers à la définition et à l'évaluation de ses actions, notamment par la présence "
     "d'un représentant des usagers au comité de suivi.")

art("Art. 12 – Engagements de l'ARS et de la CPAM")
p("L'ARS et la CPAM s'engagent à :")
item("1° verser les financements prévus à l'article 10 dans les délais fixés par celui-ci ;")
item("2° transmettre à la CPTS, au moins deux fois par an, les données nécessaires au suivi des indicateurs, "
     "notamment le nombre de patients sans médecin traitant par commune ;")
item("3° désigner chacune un interlocuteur référent pour la CPTS : pour l'ARS, M. Julien Vasseur, chargé "
     "de mission exercice coordonné ; pour la CPAM, Mme Claire Dutheil, conseillère CPTS ;")
item("4° faciliter l'articulation de la CPTS avec le SAS, le dispositif d'appui à la coordination (DAC) de la "
     "Vaurenne et le contrat local de santé.")

art("Art. 13 – Suivi et évaluation")
p("Un comité de suivi est institué. Il est composé de deux représentants de la CPTS, dont la présidente, "
  "d'un représentant de l'ARS, d'un représentant de la CPAM et d'un représentant des usagers désigné par "
  "France Assos Santé. Il se réunit au moins une fois par an, avant le 30 juin, pour examiner le rapport "
  "d'activité et l'atteinte des indicateurs. Une évaluation d'ensemble est conduite au cours du premier "
  "semestre 2027 ; elle sert de base à la négociation de l'avenant financier prévu à l'article 10.")

art("Art. 14 – Durée")
p("Le présent contrat est conclu pour une durée de cinq ans, du 1er janvier 2025 au 31 décembre 2029. Il "
  "prend effet rétroactivement au 1er janvier 2025, à compter de sa signature par les trois parties. Il "
  "n'est pas renouvelable par tacite reconduction ; les parties se rapprochent au moins six mois avant son "
  "échéance pour examiner les conditions de sa reconduction.")

art("Art. 15 – Révision")
p("Le présent contrat peut être modifié par avenant à la demande de l'une des parties, notamment en cas "
  "d'évolution du périmètre du territoire, des missions retenues ou des dispositions de l'ACI. Tout avenant "
  "est soumis à l'avis préalable du comité de suivi.")

art("Art. 16 – Résiliation")
p("Le présent contrat peut être résilié dans les conditions suivantes :")
item("1° à l'initiative de la CPTS, par lettre recommandée avec accusé de réception adressée à l'ARS et à "
     "la CPAM, moyennant un préavis de trois mois ;")
item("2° à l'initiative de l'ARS ou de la CPAM, en cas de manquement de la CPTS à ses engagements, après une "
     "mise en demeure adressée par lettre recommandée avec accusé de réception et restée sans effet pendant "
     "un délai de deux mois ;")
item("3° de plein droit, en cas de dissolution de l'association ou de retrait de la validation de son "
     "projet de santé par le directeur général de l'ARS.")
p("En cas de résiliation, les sommes versées au titre de la part fixe de l'année en cours sont dues au "
  "prorata temporis ; le trop-perçu fait l'objet d'un reversement dans un délai de trois mois. Aucune part "
  "variable n'est due au titre de l'année de la résiliation.")

art("Art. 17 – Règlement des litiges")
p("Les parties s'efforcent de résoudre à l'amiable tout différend relatif à l'exécution du présent "
  "contrat, le cas échéant devant la commission paritaire régionale (CPR) des communautés "
  "professionnelles territoriales de santé. À défaut d'accord dans un délai de deux mois, le litige est "
  "porté devant la juridiction compétente.")

# ---------------------------------------------------------------- annexe 2 (indicators)
pdf.add_page()
p("ANNEXE 1 – Projet de santé de la CPTS Lorvanne-Aure (document de 46 pages, tenu à disposition au siège "
  "de la CPTS, non reproduit).", size=9, align="L", after=3)
p("ANNEXE 2 – Indicateurs et valeurs cibles", size=11, bold=True, align="L", after=1)
p("Les valeurs de référence sont celles constatées au 31 décembre 2023, sauf mention contraire. Pour "
  "l'indicateur 1.3, la valeur de référence est la moyenne mensuelle du quatrième trimestre 2024.",
  size=8.5)
table([
    ["Indicateur", "Valeur de référence", "Cible 2025", "Cible 2026", "Cible 2027"],
    ["1.1 Patients de 17 ans et plus sans médecin traitant", "4 870", "4 400", "3 900", "3 400"],
    ["1.2 Patients en ALD sans médecin traitant", "312", "250", "180", "120"],
    ["1.3 Créneaux de soins non programmés par mois", "640", "850", "1 000", "1 200"],
    ["1.4 Part des demandes SAS orientées vers la CPTS", "41 %", "50 %", "58 %", "65 %"],
    ["2.1 Parcours pluriprofessionnels formalisés", "0", "2", "3", "3"],
    ["2.2 Patients inclus, parcours insuffisance cardiaque", "0", "60", "140", "220"],
    ["3.1 Participation au dépistage du cancer colorectal", "27,4 %", "29 %", "31 %", "33 %"],
    ["3.2 Couverture vaccinale HPV des filles de 15 ans", "38,2 %", "42 %", "48 %", "55 %"],
    ["4.1 Plan d'action crise sanitaire grave", "—", "Validé", "Actualisé", "Actualisé"],
    ["5.1 Groupes d'échange de pratiques réunis", "1", "4", "4", "6"],
    ["6.1 Professionnels nouvellement installés accompagnés", "2", "5", "6", "8"],
], widths=[86, 28, 24, 24, 24], size=7.5)
p("La part variable de chaque mission est calculée au prorata du nombre d'indicateurs de la mission dont la "
  "cible annuelle est atteinte. Un indicateur atteint à 80 % au moins de sa cible ouvre droit à la moitié "
  "de la part variable qui lui correspond.", size=8.5)

# ---------------------------------------------------------------- signatures
pdf.ln(4)
p("Fait à Lorvanne-sur-Aure, le 26 février 2025, en trois exemplaires originaux.", align="L", after=5)
y = pdf.get_y()
cols = [
    ("Pour l'ARS Centre-Armorique,", "Le directeur de la délégation", "départementale de la Vaurenne,", "Philippe Arnoult"),
    ("Pour la CPAM de la Vaurenne,", "La directrice,", "", "Nathalie Ribéreau"),
    ("Pour la CPTS Lorvanne-Aure,", "La présidente,", "", "Dr Hélène Carvallo"),
]
cw = W / 3
for i, c in enumerate(cols):
    pdf.set_xy(pdf.l_margin + i * cw, y)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(cw - 3, 4.2, "\n".join(x for x in c[:3] if x) + "\n\n[signé]\n" + c[3], align="L")

pdf.output(str(OUT))
print("written", OUT)
