# Generator for docs/2025-06-12_rapport-analyse-offres-msp-travaux.txt (plain text, aligned columns / dot leaders)
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "2025-06-12_rapport-analyse-offres-msp-travaux.txt"
WIDTH = 100
L = []
page = [0]


def w(s=""):
    L.append(s)


def dots(label, value, width=WIDTH - 4, indent=2):
    pad = width - len(label) - len(value) - 2
    w(" " * indent + label + " " + "." * max(pad, 3) + " " + value)


def page_break():
    page[0] += 1
    w("")
    w(f"{'':>40}- Page {page[0]}/6 -")
    w("\f")
    w("Commune de Saint-Véran-sur-Lirette – Rapport d'analyse des offres – MSP rue des Tanneurs – 12/06/2025")
    w("-" * WIDTH)
    w("")


def para(text, indent=0):
    import re
    import textwrap
    NB = "\u00a0"
    t = re.sub(r"(?<=\d) (?=\d{3}\b)", NB, text)
    t = re.sub(r" (?=(€|%|HT|TTC)\b)", NB, t)
    t = t.replace(" €", NB + "€").replace(" %", NB + "%")
    for line in textwrap.wrap(t, WIDTH - indent, break_on_hyphens=False):
        w(" " * indent + line.replace(NB, " "))
    w("")


def cols(rows, widths, aligns):
    for r in rows:
        cells = []
        for c, wd, a in zip(r, widths, aligns):
            cells.append(c.rjust(wd) if a == "r" else c.ljust(wd))
        w("  ".join(cells).rstrip())


# ------------------------------------------------------------------ page 1
w("COMMUNE DE SAINT-VÉRAN-SUR-LIRETTE                                    Réf. : CP/2025/MSP/RAO-01")
w("Direction générale des services – Service de la commande publique   Affaire suivie par : A. Vigier")
w("Hôtel de ville – 1, place de la Halle – BP 12                        Tél. : 03 80 00 41 17")
w("")
w("DOCUMENT PRÉPARATOIRE – NON COMMUNICABLE AVANT LA SIGNATURE DES MARCHÉS")
w("")
w("=" * WIDTH)
w("RAPPORT D'ANALYSE DES OFFRES".center(WIDTH))
w("ET PROCÈS-VERBAL DE LA COMMISSION DES MARCHÉS À PROCÉDURE ADAPTÉE".center(WIDTH))
w("Attribution des marchés de travaux – Maison de santé pluriprofessionnelle".center(WIDTH))
w("=" * WIDTH)
w("")
dots("Opération", "Construction d'une maison de santé pluriprofessionnelle (MSP)")
dots("Adresse du chantier", "rue des Tanneurs, parcelle AB n° 214")
dots("Maître d'ouvrage", "Commune de Saint-Véran-sur-Lirette")
dots("Maître d'œuvre", "Atelier Orme & Ferrand (mandataire) / Lirette Ingénierie")
dots("Économiste de la construction", "Cabinet Métré Conseil")
dots("Procédure", "procédure adaptée ouverte (art. R. 2123-1 1° du CCP)")
dots("Marchés", "n° 2025-MSP-01 à 2025-MSP-11 (11 lots séparés)")
dots("Réunion de la commission", "jeudi 12 juin 2025, 14 h 00, salle des mariages")
w("")
w("1. OBJET DU RAPPORT")
w("")
para("Le présent rapport présente l'analyse des offres remises pour les 11 lots de travaux de construction de la "
     "maison de santé pluriprofessionnelle (MSP) et consigne l'avis de la commission des marchés à procédure adaptée "
     "(ci-après « la commission ») réunie le 12 juin 2025. Il a été établi par le maître d'œuvre, avec l'appui de "
     "l'économiste, et vérifié par le service de la commande publique.")
para("La décision d'attribution relève de Mme la Maire, en vertu de la délégation consentie par le conseil municipal "
     "au titre de l'article L. 2122-22 4° du code général des collectivités territoriales (délibération n° DEL_2020_041 "
     "du 10 juillet 2020), dans la limite de l'enveloppe travaux de 1 692 000 € HT fixée par l'article 9 de la "
     "délibération n° DEL_2025_018 du 20 mars 2025.")
w("2. COMPOSITION DE LA COMMISSION")
w("")
para("Présidence : M. Patrice VAUDREMONT, premier adjoint, par délégation de Mme la Maire.")
para("Membres à voix délibérative présents (5) : M. Patrice VAUDREMONT, M. Karim BENHADDOU (adjoint délégué aux "
     "travaux), Mme Odile FRESNAY, Mme Chantal ROUSSEL, M. Jean-Baptiste CORLAY.")
para("Membre excusé (1) : M. Didier MARCHAIS.")
w("Assistaient avec voix consultative :")
w("  - Mme Lucie FERRAND, architecte, Atelier Orme & Ferrand (maître d'œuvre) ;")
w("  - M. Hugo PLANTADE, économiste de la construction, Cabinet Métré Conseil ;")
w("  - Mme Nadège KERVELLA, directrice générale des services ;")
w("  - M. Arnaud VIGIER, responsable du service de la commande publique, secrétaire de la commission.")
w("")
para("Le règlement intérieur de la commission fixant le quorum à 4 membres à voix délibérative sur 6, le quorum est "
     "atteint.")
page_break()

# ------------------------------------------------------------------ page 2
w("3. RAPPEL DE LA PROCÉDURE")
w("")
w("3.1 Publicité et consultation")
w("")
para("L'avis d'appel public à la concurrence a été envoyé le 11 avril 2025 et publié le 14 avril 2025 au Bulletin "
     "officiel des annonces des marchés publics (BOAMP, avis n° 25-48213) ainsi que sur le profil d'acheteur de la "
     "commune (plateforme « Lirette Marchés »). Un avis a également été publié le 17 avril 2025 dans le journal "
     "d'annonces légales « L'Écho de la Lirette ».")
para("Le dossier de consultation des entreprises (DCE) a été téléchargé 112 fois. Une visite de site facultative a été "
     "organisée le 29 avril 2025 ; 21 entreprises y ont participé.")
dots("Date limite de réception des offres", "vendredi 16 mai 2025 à 12 h 00")
dots("Ouverture des plis", "lundi 19 mai 2025")
dots("Durée de validité des offres", "120 jours")
dots("Durée globale d'exécution", "13 mois, hors période de préparation d'un mois")
w("")
w("3.2 Principales caractéristiques des marchés")
w("")
w("  - marchés à prix global et forfaitaire, révisables mensuellement selon l'index BT propre à chaque lot ;")
w("  - avance de 10 % du montant initial TTC pour les lots dont le montant est supérieur à 50 000 € HT ;")
w("  - retenue de garantie de 5 %, pouvant être remplacée par une garantie à première demande ;")
w("  - pénalités de retard : 1/1 000e du montant HT du marché par jour calendaire de retard, plafonnées à 10 % ;")
w("  - clause sociale d'insertion : 280 heures pour le lot 01 et 140 heures pour le lot 05, soit 420 heures au total ;")
w("  - variantes non autorisées ; prestations supplémentaires éventuelles (PSE) à chiffrer obligatoirement :")
w("    PSE n° 1 du lot 04 (brise-soleil orientables) et PSE n° 2 du lot 10 (équipement de téléconsultation).")
w("")
para("Les heures d'insertion sont réservées à des personnes éloignées de l'emploi ; leur suivi est assuré par le "
     "facilitateur de la Maison de l'emploi du Pays de Lirette.")
w("4. CRITÈRES DE JUGEMENT DES OFFRES")
w("")
para("Conformément à l'article 8 du règlement de la consultation (RC), les offres ont été jugées selon les critères "
     "pondérés suivants :")
dots("Critère 1 – Prix des prestations", "40 %")
dots("Critère 2 – Valeur technique de l'offre", "60 %")
w("")
para("La valeur technique, notée sur 60 points au vu du mémoire technique, se décompose en quatre sous-critères :")
dots("a) méthodologie et organisation du chantier, phasage et sécurité", "25 points", indent=4)
dots("b) moyens humains et matériels affectés au chantier", "15 points", indent=4)
dots("c) planning détaillé et respect des délais", "10 points", indent=4)
dots("d) démarche environnementale et gestion des déchets de chantier", "10 points", indent=4)
w("")
para("Le prix est noté sur 40 points selon la formule : note prix = 40 x (montant de l'offre la plus basse / montant "
     "de l'offre examinée). La note finale, sur 100 points, est la somme de la note prix et de la note technique.")
para("Le RC prévoyant la possibilité de négocier, la commune a engagé, du 26 mai au 4 juin 2025, une négociation avec "
     "les trois candidats les mieux classés pour les lots 03 et 09, dont les offres initiales dépassaient "
     "l'estimation de plus de 5 %. À l'issue de la négociation, l'offre d'ÉTANCHÉITÉ MORVAN TOITURES pour le lot 03 est "
     "passée de 101 880,00 € HT à 97 260,00 € HT (- 4,53 %) et celle de THERMI-LIRETTE ÉNERGIES pour le lot 09 de "
     "261 400,00 € HT à 252 980,00 € HT (- 3,22 %).")
page_break()

# ------------------------------------------------------------------ page 3
w("5. RÉCEPTION DES PLIS")
w("")
para("47 plis ont été déposés sur la plateforme « Lirette Marchés », dont 1 pli parvenu hors délai (lot 06, reçu le "
     "16 mai 2025 à 12 h 14), qui n'a pas été ouvert. Les 46 offres reçues dans les délais émanent de 38 entreprises "
     "distinctes, certaines ayant répondu à plusieurs lots.")
w("Tableau 1 – Nombre d'offres reçues dans les délais, par lot")
w("")
lots = [
    ("01", "Terrassements – Gros œuvre – Maçonnerie", 3),
    ("02", "Charpente bois – Ossature bois", 4),
    ("03", "Couverture – Étanchéité – Centrale photovoltaïque", 4),
    ("04", "Menuiseries extérieures aluminium – Occultations", 4),
    ("05", "Plâtrerie – Cloisons – Faux plafonds", 5),
    ("06", "Menuiseries intérieures bois", 5),
    ("07", "Revêtements de sols souples – Faïence", 5),
    ("08", "Peinture – Nettoyage", 7),
    ("09", "Plomberie – Sanitaires – Chauffage – Ventilation", 3),
    ("10", "Électricité courants forts et courants faibles", 5),
    ("11", "Ascenseur", 1),
]
for n, name, k in lots:
    dots(f"Lot {n} – {name}", f"{k} offre" + ("s" if k > 1 else ""))
dots("TOTAL", "46 offres")
w("")
para("Une offre du lot 05 (SARL CLOISONS DU BOCAGE) a été déclarée irrégulière, le mémoire technique n'ayant pas été "
     "produit ; elle n'a pas été régularisée et n'a pas été classée.")
w("6. ANALYSE PAR LOT")
w("")
para("Lot 01 – Terrassements – Gros œuvre – Maçonnerie (estimation : 498 000 € HT). L'offre la moins-disante, celle de "
     "la SARL MAÇONNERIE PEYROUX (462 300,00 € HT), obtient la meilleure note prix. L'offre de BÂTIMENTS ROUX & FILS SAS "
     "(476 850,00 € HT) est toutefois classée première avec 86,40/100, son mémoire technique étant nettement plus "
     "complet sur la réalisation des micropieux et le phasage du chantier. Le détail de la notation figure en Annexe 1.")
para("Lot 02 – Charpente bois – Ossature bois (estimation : 186 000 € HT). Quatre offres comprises entre 179 420,00 € HT "
     "et 214 600,00 € HT. L'offre des ATELIERS CHARPENTE DU VAL D'AULNE est à la fois la moins-disante et la mieux notée "
     "sur le plan technique.")
para("Lot 03 – Couverture – Étanchéité – Centrale photovoltaïque (estimation : 94 000 € HT). Après négociation, l'offre "
     "d'ÉTANCHÉITÉ MORVAN TOITURES (97 260,00 € HT) reste supérieure de 3,47 % à l'estimation ; elle est jugée acceptable "
     "compte tenu de l'évolution du coût des modules photovoltaïques.")
para("Lot 04 – Menuiseries extérieures aluminium – Occultations (estimation : 132 000 € HT). ALU CONCEPT LIRETTE est "
     "classée première. La commission propose de retenir la PSE n° 1 (brise-soleil orientables) pour un montant de "
     "6 480,00 € HT, soit 7 776,00 € TTC, qui améliore le confort d'été des cabinets exposés au sud-ouest.")
page_break()

# ------------------------------------------------------------------ page 4
para("Lot 05 – Plâtrerie – Cloisons – Faux plafonds (estimation : 148 000 € HT). Quatre offres classées sur cinq reçues. "
     "La SAS PLÂTRERIE DUMONTEL est classée première avec 87,25/100.")
para("Lot 06 – Menuiseries intérieures bois (estimation : 87 000 € HT). Cinq offres analysées. La MENUISERIE GAUDRILLET "
     "est classée première avec 81,60/100.")
para("Lot 07 – Revêtements de sols souples – Faïence (estimation : 71 000 € HT). SOLS & COULEURS DU CENTRE est classée "
     "première avec 85,05/100.")
para("Lot 08 – Peinture – Nettoyage (estimation : 39 000 € HT). L'offre de la société DÉCO FAÇADES EXPRESS "
     "(24 900,00 € HT), inférieure de 36,15 % à l'estimation, a été détectée comme anormalement basse. Les précisions "
     "demandées le 27 mai 2025 n'ayant pas permis d'en justifier le montant, elle a été rejetée en application de "
     "l'article R. 2152-3 du code de la commande publique. PEINTURES ABADIE est classée première avec 90,10/100.")
para("Lot 09 – Plomberie – Sanitaires – Chauffage – Ventilation (estimation : 246 000 € HT). Après négociation, "
     "THERMI-LIRETTE ÉNERGIES est classée première avec 83,35/100 pour 252 980,00 € HT, soit un dépassement de 2,84 % "
     "de l'estimation. Détail en Annexe 1.")
para("Lot 10 – Électricité courants forts et courants faibles (estimation : 154 000 € HT). ÉLEC SERVICES VAUDIN est "
     "classée première avec 86,80/100. La PSE n° 2 (équipement de téléconsultation), chiffrée à 9 850,00 € HT, n'est pas "
     "retenue, cet équipement étant pris en charge par la SISA.")
para("Lot 11 – Ascenseur (estimation : 37 000 € HT). Une seule offre a été reçue, celle d'ASCENSEURS OUEST-LEVAGE, pour "
     "51 060,00 € HT, soit 38,00 % au-dessus de l'estimation. Cette offre excédant les crédits budgétaires alloués au "
     "lot, elle est inacceptable et le lot est déclaré infructueux. Il sera relancé sous la forme d'un marché négocié "
     "sans publicité ni mise en concurrence préalables (article R. 2122-2 du code de la commande publique), sans "
     "modification substantielle des conditions initiales, auprès d'au moins trois entreprises.")
w("7. TABLEAU 2 – RÉCAPITULATIF DES PROPOSITIONS D'ATTRIBUTION")
w("")
w("Montants en euros. Offres de base, hors PSE. TVA au taux de 20 %.")
w("")
rows = [
    ("Lot", "Désignation", "Attributaire proposé", "Estimation HT", "Offre HT", "Offre TTC", "Note/100"),
    ("01", "Terrassements – Gros œuvre – Maçonnerie", "BÂTIMENTS ROUX & FILS SAS", "498 000,00", "476 850,00", "572 220,00", "86,40"),
    ("02", "Charpente bois – Ossature bois", "ATELIERS CHARPENTE DU VAL D'AULNE", "186 000,00", "179 420,00", "215 304,00", "88,15"),
    ("03", "Couverture – Étanchéité – Photovoltaïque", "ÉTANCHÉITÉ MORVAN TOITURES", "94 000,00", "97 260,00", "116 712,00", "82,70"),
    ("04", "Menuiseries extérieures alu – Occultations", "ALU CONCEPT LIRETTE", "132 000,00", "128 905,00", "154 686,00", "84,90"),
    ("05", "Plâtrerie – Cloisons – Faux plafonds", "SAS PLÂTRERIE DUMONTEL", "148 000,00", "141 318,40", "169 582,08", "87,25"),
    ("06", "Menuiseries intérieures bois", "MENUISERIE GAUDRILLET", "87 000,00", "84 150,00", "100 980,00", "81,60"),
    ("07", "Revêtements de sols souples – Faïence", "SOLS & COULEURS DU CENTRE", "71 000,00", "69 872,30", "83 846,76", "85,05"),
    ("08", "Peinture – Nettoyage", "PEINTURES ABADIE", "39 000,00", "36 540,00", "43 848,00", "90,10"),
    ("09", "Plomberie – Sanitaires – CVC", "THERMI-LIRETTE ÉNERGIES", "246 000,00", "252 980,00", "303 576,00", "83,35"),
    ("10", "Électricité CFO – CFA", "ÉLEC SERVICES VAUDIN", "154 000,00", "149 600,00", "179 520,00", "86,80"),
    ("11", "Ascenseur", "Infructueux – à relancer", "37 000,00", "–", "–", "–"),
]
widths = (3, 42, 33, 13, 12, 12, 8)
aligns = ("l", "l", "l", "r", "r", "r", "r")
sep = "-" * (sum(widths) + 2 * (len(widths) - 1))
w(sep)
cols(rows[:1], widths, aligns)
w(sep)
cols(rows[1:], widths, aligns)
w(sep)
cols([("", "Total lots 01 à 10", "", "1 655 000,00", "1 616 895,70", "1 940 274,84", "")], widths, aligns)
w(sep)
w("")
page_break()

# ------------------------------------------------------------------ page 5
w("8. SYNTHÈSE FINANCIÈRE")
w("")
dots("Estimation des lots 01 à 10 (maître d'œuvre)", "1 655 000,00 € HT")
dots("Offres de base retenues, lots 01 à 10", "1 616 895,70 € HT")
dots("Soit, toutes taxes comprises", "1 940 274,84 € TTC")
dots("Écart par rapport à l'estimation des lots 01 à 10", "- 38 104,30 € HT (- 2,30 %)")
dots("PSE n° 1 du lot 04 retenue (brise-soleil orientables)", "6 480,00 € HT")
dots("Montant total proposé à l'attribution, lots 01 à 10", "1 623 375,70 € HT")
dots("Soit, toutes taxes comprises", "1 948 050,84 € TTC")
dots("Estimation du lot 11 (à relancer)", "37 000,00 € HT")
dots("Enveloppe travaux (délibération DEL_2025_018, article 9)", "1 692 000,00 € HT")
dots("Marge disponible pour le lot 11 et les aléas de chantier", "68 624,30 € HT")
w("")
para("Huit des dix attributaires proposés ont leur siège social dans le département de la Haute-Lirette ; les deux "
     "autres (ALU CONCEPT LIRETTE, établie dans le département voisin malgré sa dénomination, et THERMI-LIRETTE "
     "ÉNERGIES) interviennent régulièrement sur le territoire. Les dix attributaires sont des petites et moyennes "
     "entreprises.")
w("9. AVIS DE LA COMMISSION")
w("")
para("Après avoir pris connaissance du présent rapport et entendu les explications du maître d'œuvre, la commission "
     "émet un avis favorable à l'attribution des lots 01 à 10 conformément au Tableau 2, ainsi qu'à la déclaration "
     "d'infructuosité et à la relance du lot 11. Les votes s'établissent comme suit :")
dots("Lots 01 à 08 et lot 10", "unanimité (5 voix pour)")
dots("Lot 09", "4 voix pour, 1 abstention")
dots("Lot 04 – PSE n° 1", "unanimité (5 voix pour)")
dots("Lot 11 – infructuosité et relance", "unanimité (5 voix pour)")
w("")
para("M. Jean-Baptiste CORLAY s'est abstenu sur le lot 09, estimant que le dépassement de l'estimation aurait justifié "
     "une seconde phase de négociation. Il demande par ailleurs qu'un bilan de la clause d'insertion soit présenté à "
     "mi-chantier ; le président en prend acte.")
w("10. SUITE DE LA PROCÉDURE")
w("")
para("Les candidats non retenus seront informés du rejet de leur offre et des motifs de ce rejet. Bien que la "
     "procédure adaptée ne l'impose pas, un délai de suspension de 11 jours sera observé avant la signature des "
     "marchés. Le calendrier prévisionnel de la suite de la procédure et des travaux figure en Annexe 2.")
w("Fait à Saint-Véran-sur-Lirette, le 12 juin 2025.")
w("")
w("Le président de la commission,        Le maître d'œuvre,             Le secrétaire de la commission,")
w("Patrice VAUDREMONT                   Lucie FERRAND                  Arnaud VIGIER")
page_break()

# ------------------------------------------------------------------ page 6
w("ANNEXE 1 – DÉTAIL DE LA NOTATION DES LOTS 01 ET 09")
w("")
para("Notes sur 40 (prix), sur 60 (valeur technique : a) sur 25, b) sur 15, c) sur 10, d) sur 10) et sur 100 (note "
     "finale). Montants en euros hors taxes, après négociation pour le lot 09.")
hdr = ("Candidat", "Offre HT", "Prix", "a)", "b)", "c)", "d)", "Techn.", "Finale", "Rang")
wd = (34, 11, 6, 6, 6, 5, 5, 7, 7, 4)
al = ("l", "r", "r", "r", "r", "r", "r", "r", "r", "r")
sep = "-" * (sum(wd) + 2 * (len(wd) - 1))
w("Lot 01 – Terrassements – Gros œuvre – Maçonnerie")
w(sep)
cols([hdr], wd, al)
w(sep)
cols([
    ("BÂTIMENTS ROUX & FILS SAS", "476 850,00", "38,78", "20,50", "12,62", "7,50", "7,00", "47,62", "86,40", "1"),
    ("SARL MAÇONNERIE PEYROUX", "462 300,00", "40,00", "19,00", "11,60", "7,00", "6,50", "44,10", "84,10", "2"),
    ("CONSTRUCTIONS LEMARIÉ-DUVAL", "509 740,00", "36,28", "19,50", "12,20", "7,50", "6,00", "45,20", "81,48", "3"),
], wd, al)
w(sep)
w("")
w("Lot 09 – Plomberie – Sanitaires – Chauffage – Ventilation")
w(sep)
cols([hdr], wd, al)
w(sep)
cols([
    ("THERMI-LIRETTE ÉNERGIES", "252 980,00", "39,33", "18,50", "11,02", "7,50", "7,00", "44,02", "83,35", "1"),
    ("GROUPE FLUIDIA CENTRE", "271 350,00", "36,67", "19,00", "11,80", "7,50", "7,00", "45,30", "81,97", "2"),
    ("CLIM'EAU SERVICES SARL", "248 760,00", "40,00", "17,50", "10,50", "7,00", "6,50", "41,50", "81,50", "3"),
], wd, al)
w(sep)
w("")
w("ANNEXE 2 – CALENDRIER PRÉVISIONNEL DE LA PROCÉDURE ET DES TRAVAUX")
w("")
for a, b in [
    ("Décision d'attribution de Mme la Maire (décision n° DM_2025_044)", "16 juin 2025"),
    ("Information des candidats non retenus", "17 juin 2025"),
    ("Lancement de la procédure négociée du lot 11", "20 juin 2025"),
    ("Signature des marchés des lots 01 à 10", "1er juillet 2025"),
    ("Notification des marchés des lots 01 à 10", "3 juillet 2025"),
    ("Attribution du lot 11 (prévisionnel)", "mi-juillet 2025"),
    ("Période de préparation du chantier", "1er septembre – 26 septembre 2025"),
    ("Ordre de service de démarrage des travaux", "29 septembre 2025"),
    ("Achèvement des fondations sur micropieux", "7 novembre 2025"),
    ("Achèvement du gros œuvre", "13 février 2026"),
    ("Mise hors d'eau et hors d'air", "27 mars 2026"),
    ("Opérations préalables à la réception (OPR)", "5 au 16 octobre 2026"),
    ("Réception des travaux", "30 octobre 2026"),
    ("Levée des réserves", "30 novembre 2026 au plus tard"),
    ("Mise à disposition du bâtiment à la SISA « Pôle Santé Lirette »", "4 janvier 2027"),
]:
    dots(a, b)
w("")
para("Les réunions de chantier se tiendront chaque mardi à 10 h 00. Un comité de pilotage associant la commune, le "
     "maître d'œuvre et la SISA se réunira tous les deux mois.")
w(f"{'':>40}- Page 6/6 -")

OUT.write_text("\n".join(L) + "\n", encoding="utf-8")
print("written", OUT, len(" ".join(L).split()), "words")
