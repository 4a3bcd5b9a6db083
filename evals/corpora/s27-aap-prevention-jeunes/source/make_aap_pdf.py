#!/usr/bin/env python3
"""Génère le PDF de l'appel à projets fictif de l'ARS Hautes-Marches.

Usage : /work/staging/venv25/bin/python source/make_aap_pdf.py
Sortie : docs/2026-01-15_ars-hautes-marches_aap-prevention-jeunes-2026.pdf
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "docs" / "2026-01-15_ars-hautes-marches_aap-prevention-jeunes-2026.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

SHY = "\u00ad"  # césure conditionnelle


VOWELS = set("aeiouyàâäéèêëîïôöûùü")


def auto_hyph(word):
    """Points de coupure approximatifs (voyelle | consonne + voyelle) pour les mots longs."""
    if len(word) < 9 or not word.isalpha():
        return word
    out = word[0]
    for i in range(1, len(word)):
        if (2 <= i <= len(word) - 3 and word[i - 1].lower() in VOWELS
                and word[i].lower() not in VOWELS and word[i + 1].lower() in VOWELS):
            out += "|"
        out += word[i]
    return out


class AAP(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "ARS Hautes-Marches – Direction de la santé publique", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, "AAP « Prévention et promotion de la santé des jeunes 2026 »", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "AAP n° ARS-HM/DSP/2026-03 – publié le 15 janvier 2026", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # ---- helpers -------------------------------------------------------
    def h1(self, txt):
        self.ln(3)
        self.set_font("DejaVu", "B", 12.5)
        self.set_text_color(0, 51, 102)
        self.multi_cell(0, 7, txt, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h2(self, txt):
        self.ln(1.5)
        self.set_font("DejaVu", "B", 10.5)
        self.multi_cell(0, 6, txt, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)

    def h3(self, txt):
        self.set_font("DejaVu", "BI", 10)
        self.multi_cell(0, 5.5, txt, new_x="LMARGIN", new_y="NEXT")

    def para(self, txt, size=10):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5, txt, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def para_h(self, txt, size=10):
        """Paragraphe avec césure manuelle : les points de coupure autorisés sont notés « | »."""
        self.set_font("DejaVu", "", size)
        width = self.w - self.l_margin - self.r_margin
        words = [w if "|" in w else auto_hyph(w) for w in txt.split(" ")]
        lines, cur = [], ""
        i = 0
        while i < len(words):
            w = words[i]
            clean = w.replace("|", "")
            cand = (cur + " " + clean) if cur else clean
            if self.get_string_width(cand) <= width:
                cur = cand
                i += 1
                continue
            parts = w.split("|")
            done = False
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                if self.get_string_width(cur + " " + head) <= width:
                    lines.append(cur + " " + head)
                    cur = ""
                    words[i] = "".join(parts[k:])
                    done = True
                    break
            if not done:
                lines.append(cur)
                cur = ""
                words[i] = w
        if cur:
            lines.append(cur)
        for ln_ in lines:
            self.cell(0, 5, ln_.replace("|", ""), new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def bullets(self, items, size=10):
        self.set_font("DejaVu", "", size)
        for it in items:
            x = self.l_margin
            self.set_x(x + 3)
            self.cell(5, 5, "•")
            self.multi_cell(0, 5, it, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def footnote(self, mark, txt):
        """Imprime une note de bas de page sur la page courante."""
        y_save, x_save = self.get_y(), self.get_x()
        self.set_auto_page_break(False)
        y = self.h - 27
        self.set_draw_color(0, 0, 0)
        self.line(self.l_margin, y, self.l_margin + 50, y)
        self.set_xy(self.l_margin, y + 1)
        self.set_font("DejaVu", "", 7.5)
        self.multi_cell(0, 3.6, f"{mark} {txt}", new_x="LMARGIN", new_y="NEXT")
        self.set_auto_page_break(True, margin=30)
        self.set_xy(x_save, y_save)


def build():
    pdf = AAP(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DejaVu", "BI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf"))
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=30)
    pdf.alias_nb_pages("{nb}")
    pdf.set_title("Appel à projets Prévention et promotion de la santé des jeunes 2026")
    pdf.set_author("ARS Hautes-Marches")
    pdf.add_page()

    # ---- bloc de titre ---------------------------------------------------
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "AGENCE RÉGIONALE DE SANTÉ HAUTES-MARCHES", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "Direction de la santé publique – Pôle prévention et promotion de la santé",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "12, rue des Cordeliers – 41000 Vérignac", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_fill_color(230, 238, 247)
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 9, "APPEL À PROJETS n° ARS-HM/DSP/2026-03\n« Prévention et promotion de la santé\ndes jeunes 2026 »",
                   align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5,
                   "Date de publication : 15 janvier 2026\n"
                   "Date limite de dépôt des dossiers : 6 mars 2026 à 12 h 00\n"
                   "Autorité responsable : la directrice générale de l'ARS Hautes-Marches\n"
                   "Financement : fonds d'intervention régional (FIR) – exercices 2026 et 2027",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    # ---- 1. Contexte -----------------------------------------------------
    pdf.h1("1. Contexte et enjeux")
    pdf.h2("1.1 Contexte national et régional")
    pdf.para(
        "Le présent appel à projets s'inscrit dans la feuille de route nationale « Santé mentale et "
        "psychiatrie », dans la stratégie nationale de lutte contre les addictions et dans le projet "
        "régional de santé (PRS) Hautes-Marches 2023-2028, dont l'objectif opérationnel n° 4 vise à "
        "« renforcer les compétences psychosociales des enfants et des jeunes ». La région compte "
        "1,42 million d'habitants, dont 248 000 jeunes âgés de 11 à 25 ans, soit 17,5 % de la population."
    )
    pdf.para_h(
        "L'agence souhaite soutenir des actions de proximité portées par les acteurs de terrain, en "
        "particulier dans les territoires où l'offre de prévention est la plus faible : quartiers prioritaires "
        "de la poli|tique de la ville, com|munes ru|rales iso|lées et bassins de vie éloignés des maisons "
        "pluri|pro|fes|sion|nelles de santé et des consultations jeunes consommateurs (CJC)."
    )
    pdf.h2("1.2 Données de santé des jeunes du territoire")
    pdf.h3("1.2.1 Santé mentale")
    pdf.para(
        "Selon le baromètre régional¹, 19 % des lycéens des Hautes-Marches déclarent avoir connu un "
        "épisode dépressif caractérisé au cours des douze derniers mois. Les passages aux urgences pour "
        "geste suicidaire chez les 11-24 ans ont progressé de 31 % entre 2019 et 2024."
    )
    pdf.footnote("¹", "Observatoire régional de la santé (ORS) Hautes-Marches, Baromètre santé jeunes 2024, "
                      "enquête menée auprès de 6 850 élèves de la 4e à la terminale.")
    pdf.h3("1.2.2 Conduites addictives")
    pdf.para(
        "Le tabagisme quotidien à 17 ans atteint 18,4 % dans la région, contre 15,6 % au niveau national. "
        "Les alcoolisations ponctuelles importantes concernent 44 % des jeunes de 17 ans au cours du "
        "dernier mois. L'usage problématique des écrans et des jeux d'argent en ligne constitue une "
        "préoccupation émergente signalée par les professionnels de l'Éducation nationale."
    )
    pdf.h3("1.2.3 Vie affective, relationnelle et sexuelle")
    pdf.para(
        "Le taux de recours à l'interruption volontaire de grossesse chez les 15-17 ans s'établit à "
        "6,1 pour 1 000 dans la région. Le département de la Sornelle ne dispose que de deux centres de "
        "santé sexuelle, tous deux situés à Vérignac."
    )
    pdf.h2("1.3 Territoires prioritaires")
    pdf.para("Une attention particulière sera portée aux projets déployés dans les territoires suivants :")
    pdf.bullets([
        "les quartiers prioritaires de la politique de la ville (QPV) des Hauts-de-Vérignac (Vérignac) "
        "et de la Croix-Blanche (Castelroux) ;",
        "les communes classées en zone de revitalisation rurale (ZRR) du département de la Sornelle, "
        "notamment Lunac, Saint-Aubrac-sur-Lône et Brévannes-la-Forêt ;",
        "le bassin de vie de Montferrand-les-Tilleuls, identifié comme zone d'intervention prioritaire "
        "du contrat local de santé.",
    ])

    pdf.h2("1.4 Bilan de l'appel à projets 2025")
    pdf.para_h(
        "L'appel à projets 2025, de périmètre plus restreint, avait permis de financer onze projets pour un "
        "montant total de 412 000 €. L'évaluation conduite par l'IREPS a mis en évidence une couverture "
        "insuf|fi|sante des terri|toires ru|raux et une parti|ci|pation en|core li|mi|tée des jeunes à la "
        "cons|truc|tion des ac|tions ; le présent appel à projets en tire les ensei|gnements."
    )

    # ---- 2. Objectifs ----------------------------------------------------
    pdf.h1("2. Objectifs de l'appel à projets")
    pdf.h2("2.1 Objectif général")
    pdf.para(
        "L'appel à projets vise à développer, sur l'ensemble de la région, des actions de prévention et de "
        "promotion de la santé fondées sur des données probantes, qui renforcent les compétences "
        "psychosociales des jeunes et leur pouvoir d'agir sur leur santé."
    )
    pdf.h2("2.2 Objectifs spécifiques")
    pdf.h3("2.2.1 Axe 1 – Santé mentale et compétences psychosociales")
    pdf.para(
        "Repérer précocement la souffrance psychique, former les adultes au contact des jeunes (premiers "
        "secours en santé mentale) et déployer des programmes validés de développement des compétences "
        "psychosociales."
    )
    pdf.h3("2.2.2 Axe 2 – Prévention des conduites addictives")
    pdf.para(
        "Retarder l'âge des premières consommations de tabac, d'alcool et de cannabis, prévenir l'usage "
        "problématique des écrans et faciliter l'orientation vers les consultations jeunes consommateurs."
    )
    pdf.h3("2.2.3 Axe 3 – Vie affective, relationnelle et sexuelle")
    pdf.para(
        "Promouvoir le consentement et l'égalité dans les relations, améliorer l'accès à la contraception "
        "et au dépistage des infections sexuellement transmissibles."
    )
    pdf.h3("2.2.4 Axe 4 – Alimentation, activité physique et sommeil")
    pdf.para(
        "Lutter contre la sédentarité, promouvoir une alimentation favorable à la santé et sensibiliser "
        "aux effets du manque de sommeil."
    )
    pdf.h2("2.3 Publics visés")
    pdf.para(
        "Les projets s'adressent aux jeunes âgés de 11 à 25 ans, ainsi qu'aux adultes qui les "
        "accompagnent (parents, professionnels, bénévoles). Sont considérés comme prioritaires les jeunes "
        "ni en emploi, ni en études, ni en formation (NEET), les jeunes suivis par l'aide sociale à "
        "l'enfance ou la protection judiciaire de la jeunesse, les apprentis et les jeunes résidant en zone rurale."
    )

    # ---- 3. Recevabilité / éligibilité ----------------------------------
    pdf.h1("3. Conditions de recevabilité et d'éligibilité")
    pdf.h2("3.1 Structures éligibles")
    pdf.para("Peuvent déposer un dossier :")
    pdf.bullets([
        "les associations régies par la loi du 1er juillet 1901, déclarées depuis au moins un an à la date de dépôt ;",
        "les collectivités territoriales et leurs groupements (communes, établissements publics de coopération intercommunale) ;",
        "les établissements publics de santé et leurs structures internes (maisons des adolescents, CJC) ;",
        "les centres de santé et les maisons de santé pluriprofessionnelles constituées en société interprofessionnelle de soins ambulatoires ;",
        "les missions locales et les structures labellisées Information Jeunesse.",
    ])
    pdf.h2("3.2 Structures non éligibles")
    pdf.bullets([
        "les sociétés commerciales et toute structure à but lucratif ;",
        "les personnes physiques ;",
        "les structures n'étant pas à jour de leurs obligations fiscales et sociales ;",
        "les porteurs n'ayant pas transmis le bilan d'un financement FIR antérieur.",
    ])
    pdf.h2("3.3 Projets éligibles")
    pdf.para(
        "Les projets doivent se dérouler sur le territoire de la région Hautes-Marches, s'inscrire dans "
        "au moins un des quatre axes définis au point 2.2 et toucher directement des jeunes de 11 à 25 ans. "
        "Les actions ponctuelles (événement isolé, intervention unique de sensibilisation) ne sont pas "
        "éligibles. Un même porteur ne peut déposer plus de deux dossiers."
    )
    pdf.h2("3.4 Dépenses éligibles")
    pdf.bullets([
        "les frais de personnel (salaires et charges) affectés au projet, au prorata du temps consacré ;",
        "les prestations d'intervenants extérieurs et la location ponctuelle de salles ;",
        "l'achat de petit matériel et de supports pédagogiques ;",
        "les frais de déplacement des intervenants, sur la base du barème fiscal kilométrique ;",
        "les frais de communication liés au projet ;",
        "les frais de structure, dans la limite de 10 % du coût total du projet.",
    ])
    pdf.h2("3.5 Dépenses inéligibles")
    pdf.bullets([
        "les dépenses d'investissement immobilier et les travaux ;",
        "l'acquisition de véhicules ;",
        "l'achat d'équipements informatiques ou numériques (ordinateurs, tablettes) ;",
        "les actes de soins individuels pris en charge par l'assurance maladie ;",
        "les frais de réception et de restauration non liés aux ateliers ;",
        "les dépenses déjà financées par un autre dispositif de l'ARS.",
    ])

    # ---- 4. Financement --------------------------------------------------
    pdf.h1("4. Modalités de financement")
    pdf.h2("4.1 Enveloppe disponible")
    pdf.para(
        "L'enveloppe consacrée au présent appel à projets s'élève à 600 000 € pour les exercices 2026 et "
        "2027, soit 300 000 € par an. Elle est imputée sur le fonds d'intervention régional, mission 1 "
        "« Promotion de la santé et prévention des maladies, des traumatismes, du handicap et de la perte "
        "d'autonomie », sous-destination 1.3 « Prévention et promotion de la santé des jeunes »."
    )
    pdf.h2("4.2 Taux, plafonds et durée")
    pdf.h3("4.2.1 Taux maximum de financement")
    pdf.para(
        "La subvention de l'ARS ne peut excéder 80 % du coût total du projet. Le porteur apporte un "
        "cofinancement d'au moins 20 %, sous forme de fonds propres ou d'autres financements ; la "
        "valorisation du bénévolat est admise dans la limite de 10 % du coût total."
    )
    pdf.h3("4.2.2 Plafond et plancher par projet")
    pdf.para(
        "Le montant de la subvention est plafonné à 90 000 € par projet pour l'ensemble de sa durée, et à "
        "50 000 € pour une même année civile. Aucune demande inférieure à 10 000 € ne sera instruite."
    )
    pdf.h3("4.2.3 Durée des projets")
    pdf.para(
        "Les projets ont une durée comprise entre 12 et 24 mois. Ils débutent entre le 1er juin et le "
        "1er septembre 2026 et s'achèvent au plus tard le 31 mai 2028. Le financement est attribué en deux "
        "tranches annuelles, au titre des exercices 2026 et 2027."
    )
    pdf.h2("4.3 Modalités de versement")
    pdf.para(
        "Pour chaque tranche annuelle, la subvention est versée à hauteur de 70 % à la notification, le "
        "solde étant versé sur production du bilan. Le versement de la tranche 2027 est subordonné à la "
        "transmission du bilan intermédiaire. Une convention pluriannuelle d'objectifs et de moyens est "
        "conclue avec chaque bénéficiaire dont la subvention dépasse 23 000 €."
    )

    # ---- 5. Sélection ----------------------------------------------------
    pdf.h1("5. Critères et procédure de sélection")
    pdf.h2("5.1 Vérification de la recevabilité")
    pdf.para(
        "Sont déclarés irrecevables les dossiers déposés après la date limite, les dossiers incomplets à "
        "l'issue du délai de régularisation de huit jours et les dossiers présentés par une structure non "
        "éligible au sens du point 3.2."
    )
    pdf.h2("5.2 Grille de sélection")
    pdf.para(
        "Les dossiers recevables sont notés sur 100 points par deux instructeurs de l'agence selon la grille "
        "ci-dessous. Seuls les projets ayant obtenu une note au moins égale à 60/100 peuvent être proposés "
        "au financement."
    )
    crit_rows = [
        ("1. Pertinence du projet au regard des besoins du territoire, appuyée sur un diagnostic local", "25 %", "25"),
        ("2. Qualité méthodologique et fondement probant de l'intervention", "20 %", "20"),
        ("3. Participation des jeunes à la conception et à la mise en œuvre", "15 %", "15"),
        ("4. Qualité du partenariat et ancrage territorial", "15 %", "15"),
        ("5. Ciblage des territoires et des publics prioritaires", "10 %", "10"),
        ("6. Modalités de suivi et d'évaluation (indicateurs, outils)", "10 %", "10"),
        ("7. Cohérence et soutenabilité du budget prévisionnel", "5 %", "5"),
        ("Total", "100 %", "100"),
    ]
    pdf.set_font("DejaVu", "", 9.5)
    head = FontFace(emphasis="BOLD", fill_color=(210, 225, 240))
    with pdf.table(col_widths=(112, 30, 28), text_align=("LEFT", "CENTER", "CENTER"),
                   line_height=6, headings_style=head, repeat_headings=1, borders_layout="ALL") as t:
        r = t.row()
        for h in ("Critère", "Pondération", "Points max"):
            r.cell(h)
        for i, (c, w, p) in enumerate(crit_rows):
            style = FontFace(emphasis="BOLD", fill_color=(240, 240, 240)) if c == "Total" else None
            r = t.row(style=style)
            r.cell(c)
            r.cell(w)
            r.cell(p)
    pdf.ln(3)
    pdf.para(
        "Un projet obtenant la note de zéro à l'un des critères 1 à 4 ne peut être retenu, quelle que soit "
        "sa note globale. En cas d'égalité, la priorité est donnée au projet le mieux noté sur le critère 5."
    )
    pdf.h2("5.3 Comité de sélection")
    pdf.para(
        "Les dossiers sont présentés à un comité de sélection présidé par la directrice de la santé "
        "publique de l'ARS. Le comité comprend onze membres à voix délibérative : quatre représentants de "
        "l'ARS, un représentant du rectorat, de la caisse primaire d'assurance maladie de la Sornelle, du "
        "conseil départemental, du service départemental à la jeunesse, à l'engagement et aux sports, de la "
        "mutualité sociale agricole, de la direction interrégionale de la protection judiciaire de la "
        "jeunesse et de la conférence régionale de la santé et de l'autonomie (CRSA). L'instance régionale "
        "d'éducation et de promotion de la santé (IREPS) y siège avec voix consultative. Tout membre "
        "se trouvant en situation de conflit d'intérêts quitte la séance lors de l'examen du dossier concerné. "
        "Le comité ne peut valablement délibérer que si six membres à voix délibérative au moins sont présents."
    )

    pdf.h2("5.4 Instruction et décision")
    pdf.para_h(
        "L'ins|truc|tion peut don|ner lieu à une audi|tion des por|teurs. Le comité de sélection émet, pour chaque "
        "dossier, un avis favorable, favorable avec montant réduit, défavorable ou d'inscription sur liste "
        "complé|men|taire. Le mon|tant pro|posé peut être inférieur au montant demandé, notamment après déduc" + SHY +
        "tion des dépenses inéligibles. La décision d'attri|bu|tion re|lève de la directrice générale de l'agence "
        "et fait l'objet d'un arrêté publié au recueil des actes administratifs."
    )

    # ---- 6. Calendrier ---------------------------------------------------
    pdf.h1("6. Calendrier")
    cal = [
        ("Publication de l'appel à projets", "15 janvier 2026"),
        ("Réunion d'information en visioconférence", "29 janvier 2026 à 14 h 00"),
        ("Date limite d'envoi des questions", "20 février 2026"),
        ("Date limite de dépôt des dossiers", "6 mars 2026 à 12 h 00"),
        ("Instruction des dossiers", "du 9 mars au 3 avril 2026"),
        ("Comité de sélection", "14 avril 2026"),
        ("Notification des décisions", "au plus tard le 15 mai 2026"),
        ("Démarrage des projets", "entre le 1er juin et le 1er septembre 2026"),
        ("Transmission du bilan intermédiaire", "31 janvier 2027"),
        ("Transmission du bilan final", "au plus tard le 31 août 2028"),
    ]
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(95, 75), text_align=("LEFT", "LEFT"), line_height=6,
                   headings_style=head, repeat_headings=1) as t:
        r = t.row()
        r.cell("Étape")
        r.cell("Date")
        for a, b in cal:
            r = t.row()
            r.cell(a)
            r.cell(b)
    pdf.ln(3)

    # ---- 7. Dépôt --------------------------------------------------------
    pdf.h1("7. Modalités de dépôt des dossiers")
    pdf.h2("7.1 Plateforme de dépôt")
    pdf.para(
        "Les dossiers sont déposés exclusivement sur la plateforme Démarches simplifiées, à l'adresse "
        "indiquée sur le site internet de l'agence. Aucun dossier transmis sur support papier ne sera accepté. "
        "Les questions peuvent être adressées à ars-hm-aap-jeunes@ars.sante.fr jusqu'au 20 février 2026."
    )
    pdf.h2("7.2 Composition du dossier")
    pdf.bullets([
        "le formulaire Cerfa n° 12156 de demande de subvention, complété et signé ;",
        "une note de présentation du projet de dix pages au maximum ;",
        "le budget prévisionnel du projet, établi selon le modèle figurant en annexe 1 ;",
        "les statuts, la liste des membres du conseil d'administration et le dernier rapport d'activité (pour les associations) ;",
        "un relevé d'identité bancaire au nom de la structure ;",
        "les lettres d'engagement des partenaires.",
    ])

    # ---- 8. Suivi --------------------------------------------------------
    pdf.h1("8. Suivi et évaluation")
    pdf.h2("8.1 Indicateurs")
    pdf.para(
        "Chaque projet définit au moins trois indicateurs de processus et deux indicateurs de résultat. "
        "Le nombre de jeunes touchés, ventilé par sexe et par tranche d'âge, est un indicateur obligatoire "
        "pour l'ensemble des projets."
    )
    pdf.h2("8.2 Bilans")
    pdf.para(
        "Le bilan intermédiaire est transmis au plus tard le 31 janvier 2027 ; le bilan final, comprenant "
        "un compte rendu financier conforme à l'arrêté du 11 octobre 2006, est transmis dans les trois mois "
        "suivant la fin du projet. Les sommes non utilisées ou employées à un objet non conforme font "
        "l'objet d'un reversement."
    )

    pdf.h1("9. Obligations des bénéficiaires")
    pdf.h2("9.1 Communication")
    pdf.para(
        "Les bénéficiaires mentionnent le soutien de l'ARS Hautes-Marches sur l'ensemble des supports de "
        "communication relatifs au projet, en y apposant le logotype de l'agence."
    )
    pdf.h2("9.2 Animation régionale")
    pdf.para(
        "Les porteurs retenus s'engagent à participer à la journée régionale des acteurs de la prévention "
        "jeunesse organisée par l'agence et l'IREPS au cours du premier semestre 2027, ainsi qu'aux temps "
        "d'échanges de pratiques proposés par la délégation départementale."
    )
    pdf.h2("9.3 Contacts")
    pdf.bullets([
        "Pilotage de l'appel à projets : Julien Marchetti, responsable du pôle prévention et promotion de la santé ;",
        "Suivi administratif et financier : Justine Carrel, chargée de mission ;",
        "Délégation départementale de la Sornelle : Nadia Belkacem, déléguée départementale adjointe.",
    ])

    # ---- Annexe 1 --------------------------------------------------------
    pdf.h1("Annexe 1 – Cadre du budget prévisionnel")
    pdf.para(
        "Le budget prévisionnel distingue les catégories de dépenses ci-dessous. L'exemple porte sur un "
        "projet d'un coût total de 50 000 € pour lequel une subvention FIR de 40 000 € est sollicitée, soit "
        "le taux maximum de 80 %."
    )
    bud = [
        ("60 – Achats", "Petit matériel, supports et jeux pédagogiques", "2 500 €"),
        ("61 – Services extérieurs", "Intervenants extérieurs, location de salles", "9 000 €"),
        ("62 – Déplacements et missions", "Trajets des animateurs vers les communes rurales", "3 000 €"),
        ("62 – Communication", "Affiches, flyers, page réseaux sociaux", "1 500 €"),
        ("64 – Charges de personnel", "0,6 ETP d'animateur de prévention sur 12 mois", "29 500 €"),
        ("Frais de structure (≤ 10 %)", "Quote-part des frais de gestion", "4 500 €"),
        ("Total des charges", "", "50 000 €"),
        ("Subvention FIR sollicitée", "80 % du coût total", "40 000 €"),
        ("Conseil départemental", "Cofinancement", "6 000 €"),
        ("Fonds propres", "Apport du porteur", "2 500 €"),
        ("Valorisation du bénévolat", "Dans la limite de 10 %", "1 500 €"),
        ("Total des produits", "", "50 000 €"),
    ]
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(55, 85, 30), text_align=("LEFT", "LEFT", "RIGHT"), line_height=6,
                   headings_style=head, repeat_headings=1) as t:
        r = t.row()
        for h in ("Catégorie de dépenses / ressources", "Exemple", "Montant"):
            r.cell(h)
        for a, b, c in bud:
            style = FontFace(emphasis="BOLD", fill_color=(240, 240, 240)) if a.startswith("Total") else None
            r = t.row(style=style)
            r.cell(a)
            r.cell(b)
            r.cell(c)
    pdf.ln(3)
    pdf.para_h(
        "Le budget doit être présenté à l'équilibre. Les contri|bu|tions volon|taires en nature figurent en "
        "comptes 86 et 87. Toute dépense inéligible au sens du point 3.5 inscrite au budget est déduite "
        "de l'assiette sub|ven|tion|nable lors de l'instruc|tion."
    )
    pdf.ln(4)
    pdf.set_font("DejaVu", "I", 9.5)
    pdf.multi_cell(0, 5, "Fait à Vérignac, le 15 janvier 2026\nLa directrice générale de l'ARS Hautes-Marches,\nClaire Vasseur",
                   align="R", new_x="LMARGIN", new_y="NEXT")

    pdf.output(str(OUT))
    return OUT


if __name__ == "__main__":
    out = build()
    print(out)
