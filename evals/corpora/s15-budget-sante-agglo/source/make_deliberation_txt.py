# Generator for docs/2025-03-27_deliberation-conseil-camvi-budget-primitif-2025.txt
# Produces dot-leader lines per budget chapter and checks that every section balances.
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "2025-03-27_deliberation-conseil-camvi-budget-primitif-2025.txt")
WIDTH = 92


def eur(n):
    s = f"{n:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def dl(label, amount, suffix=""):
    right = " " + eur(amount) + suffix
    left = label + " "
    dots = "." * max(3, WIDTH - len(left) - len(right))
    return left + dots + right


def section(title, rows, total_label):
    out = [title]
    for lab, amt in rows:
        out.append(dl(lab, amt))
    tot = sum(a for _, a in rows)
    out.append(dl(total_label, tot))
    return out, tot


L = []
A = L.append

A("RÉPUBLIQUE FRANÇAISE")
A("DÉPARTEMENT DE L'ISAURE")
A("COMMUNAUTÉ D'AGGLOMÉRATION MORLANGES – VAL D'ISAURE")
A("")
A("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE")
A("")
A("Séance du jeudi 27 mars 2025")
A("Délibération n° DEL_2025_038")
A("")
A("Nombre de membres en exercice : 65")
A("Présents : 52")
A("Représentés : 9")
A("Absents non représentés : 4")
A("Votants : 61")
A("Quorum : 33")
A("Date de convocation : 20 mars 2025")
A("Date d'affichage du compte rendu : 28 mars 2025")
A("")
A("L'an deux mille vingt-cinq, le vingt-sept mars à dix-huit heures trente, le conseil communautaire de la Communauté d'agglomération Morlanges – Val d'Isaure (CAMVI), régulièrement convoqué, s'est réuni en séance publique à l'hôtel d'agglomération, 4 place des Tanneurs à Morlanges, sous la présidence de Mme Hélène Varenne-Castaing, présidente.")
A("")
A("Présents : Mme Hélène Varenne-Castaing, Mme Martine Olivier-Dumas, Dr Karim Belhadj, M. Gérald Mounier, Mme Sylvie Aramon, M. Thibault Ronsard, Mme Nadia Sellami, Mme Anne-Laure Quéméner, M. Patrice Dorval, Mme Claire Fontanel, M. Bruno Lavergne, Mme Odile Chassagne et 40 autres conseillers communautaires dont la liste nominative est annexée au registre.")
A("")
A("Pouvoirs : M. Jean-Luc Perrache à Mme Sylvie Aramon ; Mme Josiane Ferrand à M. Gérald Mounier ; M. Rémi Castelnau à Mme Hélène Varenne-Castaing ; Mme Inès Boukhari à Mme Nadia Sellami ; M. Victor Lamarque à M. Thibault Ronsard ; Mme Paule Girardot à Mme Martine Olivier-Dumas ; M. Henri Vasseur à M. Bruno Lavergne ; Mme Lucie Tardieu à Dr Karim Belhadj ; M. Alain Roubaud à Mme Odile Chassagne.")
A("")
A("Absents excusés non représentés : M. Serge Delpech, Mme Agnès Morin-Lefèvre, M. Yannick Pujol, M. Damien Estève.")
A("")
A("Secrétaire de séance : Mme Claire Fontanel.")
A("")
A("OBJET : FINANCES – ADOPTION DU BUDGET PRIMITIF 2025 – BUDGET PRINCIPAL ET BUDGETS ANNEXES – AUTORISATIONS DE PROGRAMME ET CRÉDITS DE PAIEMENT – SUBVENTIONS AUX ASSOCIATIONS DU CHAMP DE LA SANTÉ")
A("")
A("Rapporteur : Mme Martine Olivier-Dumas, vice-présidente chargée des finances et de l'évaluation des politiques publiques")
A("")
A("Vu le code général des collectivités territoriales, et notamment ses articles L. 1612-1 et suivants, L. 2311-1 à L. 2343-2, L. 5211-36 et L. 5216-5 ;")
A("Vu l'instruction budgétaire et comptable M57 applicable au budget principal et aux budgets annexes Centre de santé intercommunal et Immobilier de santé, et l'instruction M49 applicable au budget annexe Assainissement ;")
A("Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, notamment son article 10, et le décret n° 2001-495 du 6 juin 2001 fixant à 23 000 € le seuil au-delà duquel une convention doit être conclue avec l'organisme bénéficiaire d'une subvention ;")
A("Vu la délibération n° DEL_2025_012 du 13 février 2025 prenant acte de la tenue du débat d'orientation budgétaire sur la base du rapport d'orientation budgétaire 2025 ;")
A("Vu la délibération n° DEL_2023_061 du 29 juin 2023 créant l'autorisation de programme AP 2023-01 « Pôle santé de la Croix-Verte » ;")
A("Vu la délibération n° DEL_2024_044 du 4 avril 2024 créant l'autorisation de programme AP 2024-02 « Extension de la MSP de Saint-Aubin-sur-Isaure » ;")
A("Vu l'avis de la commission Santé, solidarités et cohésion sociale du 12 mars 2025 ;")
A("Vu l'avis de la commission Finances, administration générale et évaluation du 17 mars 2025 ;")
A("Vu le projet de budget primitif 2025 et ses annexes, adressés aux conseillers communautaires avec la convocation ;")
A("")
A("Considérant que le budget primitif 2025 a été élaboré conformément aux orientations débattues lors de la séance du 13 février 2025 ;")
A("Considérant que la notification, le 7 mars 2025, du forfait structure de l'accord conventionnel interprofessionnel (ACI) au centre de santé intercommunal pour un montant de 126 000 €, ainsi que la révision à la hausse des recettes d'activité du centre, permettent de ramener la subvention d'équilibre versée par le budget principal au budget annexe du centre de santé intercommunal à 1 180 000 €, contre 1 250 000 € envisagés lors du débat d'orientation budgétaire ;")
A("Considérant que l'évolution de l'indice du coût de la construction justifie de porter l'autorisation de programme AP 2023-01 à 5 040 000 € TTC, et que le calendrier actualisé des travaux conduit à ramener les crédits de paiement 2025 de cette opération à 1 050 000 € ;")
A("Considérant qu'au total, les crédits consacrés à la politique de santé au budget primitif 2025, tous budgets confondus, s'élèvent à 5 752 000 €, dont 3 022 000 € en fonctionnement et 2 730 000 € en investissement ;")
A("Considérant que le versement d'une subvention d'un montant annuel supérieur à 23 000 € à un organisme de droit privé est subordonné à la conclusion d'une convention définissant l'objet, le montant et les conditions d'utilisation de la subvention ;")
A("")
A("Entendu l'exposé du rapporteur,")
A("")
A("Synthèse des débats : M. Thibault Ronsard, président du groupe « Isaure en commun », a regretté la baisse des crédits de paiement 2025 du Pôle santé de la Croix-Verte et annoncé le vote contre de son groupe sur le budget principal et sur le budget annexe Assainissement. Mme Nadia Sellami, au nom du groupe « Écologie et solidarités », a demandé que l'antenne du centre de santé intercommunal à Valbrune ouvre avant l'été et annoncé l'abstention de son groupe sur le budget annexe du centre de santé. Dr Karim Belhadj, vice-président délégué à la santé, a précisé que l'ouverture de l'antenne restait fixée au 1er septembre 2025, date de prise de fonctions du huitième médecin salarié. À la demande du groupe « Isaure en commun », il a été procédé à un vote distinct sur chacun des budgets.")
A("")
A("Après en avoir délibéré,")
A("")
A("LE CONSEIL COMMUNAUTAIRE")
A("")
A("Article 1er – Budget principal")
A("")
A("ADOPTE le budget primitif 2025 du budget principal, voté par nature, au niveau du chapitre, pour la section de fonctionnement et pour la section d'investissement, arrêté comme suit :")
A("")

bp_fd = [
    ("Chapitre 011 – Charges à caractère général", 21486300),
    ("Chapitre 012 – Charges de personnel et frais assimilés", 38742000),
    ("Chapitre 014 – Atténuations de produits", 19854600),
    ("Chapitre 65 – Autres charges de gestion courante", 14318450),
    ("Chapitre 66 – Charges financières", 1284000),
    ("Chapitre 67 – Charges spécifiques", 146000),
    ("Chapitre 68 – Dotations aux amortissements et provisions", 120000),
    ("Chapitre 022 – Dépenses imprévues", 450000),
    ("Chapitre 023 – Virement à la section d'investissement", 6812650),
    ("Chapitre 042 – Opérations d'ordre de transfert entre sections", 4936000),
]
bp_fr = [
    ("Chapitre 013 – Atténuations de charges", 385000),
    ("Chapitre 70 – Produits des services, du domaine et ventes diverses", 6912400),
    ("Chapitre 73 – Impôts et taxes", 31540000),
    ("Chapitre 731 – Fiscalité locale", 41318000),
    ("Chapitre 74 – Dotations et participations", 25874600),
    ("Chapitre 75 – Autres produits de gestion courante", 1032000),
    ("Chapitre 77 – Produits spécifiques", 68000),
    ("Chapitre 042 – Opérations d'ordre de transfert entre sections", 1020000),
]
bp_id = [
    ("Chapitre 20 – Immobilisations incorporelles", 1284000),
    ("Chapitre 204 – Subventions d'équipement versées", 3946500),
    ("Chapitre 21 – Immobilisations corporelles", 6118200),
    ("Chapitre 23 – Immobilisations en cours", 17426300),
    ("Chapitre 16 – Emprunts et dettes assimilées (remboursement du capital)", 5620000),
    ("Chapitre 020 – Dépenses imprévues", 300000),
    ("Chapitre 040 – Opérations d'ordre de transfert entre sections", 1020000),
]
bp_ir = [
    ("Chapitre 10 – Dotations, fonds divers et réserves", 3480000),
    ("Chapitre 13 – Subventions d'investissement", 6254000),
    ("Chapitre 16 – Emprunts et dettes assimilées (emprunts nouveaux)", 13822350),
    ("Chapitre 024 – Produits des cessions d'immobilisations", 410000),
    ("Chapitre 021 – Virement de la section de fonctionnement", 6812650),
    ("Chapitre 040 – Opérations d'ordre de transfert entre sections", 4936000),
]

s, t1 = section("SECTION DE FONCTIONNEMENT – DÉPENSES", bp_fd, "TOTAL DES DÉPENSES DE FONCTIONNEMENT")
L += s + [""]
s, t2 = section("SECTION DE FONCTIONNEMENT – RECETTES", bp_fr, "TOTAL DES RECETTES DE FONCTIONNEMENT")
L += s + [""]
s, t3 = section("SECTION D'INVESTISSEMENT – DÉPENSES", bp_id, "TOTAL DES DÉPENSES D'INVESTISSEMENT")
L += s + [""]
s, t4 = section("SECTION D'INVESTISSEMENT – RECETTES", bp_ir, "TOTAL DES RECETTES D'INVESTISSEMENT")
L += s + [""]
assert t1 == t2 and t3 == t4, (t1, t2, t3, t4)
L.append(dl("TOTAL GÉNÉRAL DU BUDGET PRINCIPAL (fonctionnement + investissement)", t1 + t3))
A("")
A("PRÉCISE qu'au sein du chapitre 65, la subvention d'équilibre versée au budget annexe Centre de santé intercommunal est fixée à 1 180 000,00 € et que les subventions aux associations du champ de la santé mentionnées à l'article 4 y sont inscrites pour un montant total de 154 000,00 € ;")
A("PRÉCISE qu'au sein du chapitre 204, l'enveloppe 2025 du fonds intercommunal d'aide à l'installation des professionnels de santé est fixée à 150 000,00 € ;")
A("PRÉCISE qu'au sein du chapitre 011, les crédits consacrés à la lutte contre le moustique tigre s'élèvent à 38 000,00 € et ceux consacrés à l'évaluation à mi-parcours du contrat local de santé à 34 080,00 € TTC.")
A("")
A("Vote sur le budget principal : Pour : 47 – Contre : 11 – Abstentions : 3")
A("")
A("Article 2 – Budgets annexes")
A("")
A("ADOPTE les budgets primitifs 2025 des budgets annexes, votés par nature, au niveau du chapitre, arrêtés comme suit :")
A("")
A("2.1 – Budget annexe « Centre de santé intercommunal » (M57)")
A("")
csi_fd = [
    ("Chapitre 011 – Charges à caractère général", 418600),
    ("Chapitre 012 – Charges de personnel et frais assimilés", 2186400),
    ("Chapitre 65 – Autres charges de gestion courante", 12000),
    ("Chapitre 67 – Charges spécifiques", 3000),
    ("Chapitre 023 – Virement à la section d'investissement", 90000),
    ("Chapitre 042 – Opérations d'ordre de transfert entre sections", 64000),
]
csi_fr = [
    ("Chapitre 70 – Produits des services (consultations, actes et forfaits)", 1324000),
    ("Chapitre 74 – Dotations et participations", 270000),
    ("Chapitre 75 – Subvention d'équilibre du budget principal", 1180000),
]
csi_id = [("Chapitre 21 – Immobilisations corporelles", 186000)]
csi_ir = [
    ("Chapitre 13 – Subventions d'investissement", 32000),
    ("Chapitre 021 – Virement de la section de fonctionnement", 90000),
    ("Chapitre 040 – Opérations d'ordre de transfert entre sections", 64000),
]
s, a1 = section("Fonctionnement – Dépenses", csi_fd, "Total dépenses de fonctionnement")
L += s + [""]
s, a2 = section("Fonctionnement – Recettes", csi_fr, "Total recettes de fonctionnement")
L += s + [""]
s, a3 = section("Investissement – Dépenses", csi_id, "Total dépenses d'investissement")
L += s + [""]
s, a4 = section("Investissement – Recettes", csi_ir, "Total recettes d'investissement")
L += s + [""]
assert a1 == a2 and a3 == a4
A("Vote sur le budget annexe Centre de santé intercommunal : Pour : 55 – Contre : 0 – Abstentions : 6")
A("")
A("2.2 – Budget annexe « Immobilier de santé » (M57)")
A("")
im_fd = [
    ("Chapitre 011 – Charges à caractère général", 96400),
    ("Chapitre 66 – Charges financières", 58200),
    ("Chapitre 023 – Virement à la section d'investissement", 61400),
    ("Chapitre 042 – Opérations d'ordre de transfert entre sections", 142000),
]
im_fr = [
    ("Chapitre 74 – Dotations et participations", 40000),
    ("Chapitre 75 – Autres produits de gestion courante (loyers des maisons de santé)", 318000),
]
im_id = [
    ("Chapitre 23 – Immobilisations en cours", 690000),
    ("Chapitre 16 – Emprunts et dettes assimilées (remboursement du capital)", 112000),
]
im_ir = [
    ("Chapitre 13 – Subventions d'investissement", 150000),
    ("Chapitre 16 – Emprunts et dettes assimilées (emprunts nouveaux)", 448600),
    ("Chapitre 021 – Virement de la section de fonctionnement", 61400),
    ("Chapitre 040 – Opérations d'ordre de transfert entre sections", 142000),
]
s, b1 = section("Fonctionnement – Dépenses", im_fd, "Total dépenses de fonctionnement")
L += s + [""]
s, b2 = section("Fonctionnement – Recettes", im_fr, "Total recettes de fonctionnement")
L += s + [""]
s, b3 = section("Investissement – Dépenses", im_id, "Total dépenses d'investissement")
L += s + [""]
s, b4 = section("Investissement – Recettes", im_ir, "Total recettes d'investissement")
L += s + [""]
assert b1 == b2 and b3 == b4
A("Vote sur le budget annexe Immobilier de santé : Pour : 58 – Contre : 0 – Abstentions : 3")
A("")
A("2.3 – Budget annexe « Assainissement » (M49)")
A("")
L.append(dl("Section d'exploitation – dépenses et recettes", 12436000))
L.append(dl("Section d'investissement – dépenses et recettes", 9872500))
A("")
A("Vote sur le budget annexe Assainissement : Pour : 49 – Contre : 8 – Abstentions : 4")
A("")
A("Article 3 – Autorisations de programme et crédits de paiement")
A("")
A("APPROUVE la révision de l'autorisation de programme AP 2023-01 et l'échéancier des crédits de paiement des autorisations de programme relevant de la politique de santé, comme suit :")
A("")
A("AP 2023-01 « Pôle santé de la Croix-Verte » (budget principal)")
L.append(dl("Montant de l'AP initiale (délibération DEL_2023_061)", 4800000, " TTC"))
L.append(dl("Montant de l'AP révisée", 5040000, " TTC"))
L.append(dl("CP réalisés 2023-2024", 240000))
L.append(dl("CP 2025", 1050000))
L.append(dl("CP 2026", 2550000))
L.append(dl("CP 2027", 1200000))
assert 240000 + 1050000 + 2550000 + 1200000 == 5040000
A("")
A("AP 2024-02 « Extension de la MSP de Saint-Aubin-sur-Isaure » (budget annexe Immobilier de santé)")
L.append(dl("Montant de l'AP", 1380000, " TTC"))
L.append(dl("CP 2025", 690000))
L.append(dl("CP 2026", 690000))
A("")
A("DIT que les crédits de paiement non consommés en 2025 seront automatiquement reportés sur l'exercice 2026 dans la limite du montant de l'autorisation de programme, et que toute modification ultérieure du montant d'une AP fera l'objet d'une délibération.")
A("")
A("Vote sur l'article 3 : Pour : 48 – Contre : 10 – Abstentions : 3")
A("")
A("Article 4 – Subventions aux associations du champ de la santé")
A("")
A("ATTRIBUE, au titre de l'exercice 2025, les subventions de fonctionnement suivantes, imputées au chapitre 65 du budget principal :")
A("")
subs = [
    ("Association Isaure Addictions Prévention (IAP)", 48000),
    ("Maison des adolescents du Val d'Isaure (MDA)", 36500),
    ("Communauté professionnelle territoriale de santé (CPTS) du Val d'Isaure", 30000),
    ("Réseau Santé Précarité Morlanges", 27000),
    ("Comité de dépistage du Val d'Isaure", 12500),
]
for lab, amt in subs:
    L.append(dl(lab, amt))
L.append(dl("Total des subventions aux associations du champ de la santé", sum(a for _, a in subs)))
assert sum(a for _, a in subs) == 154000
A("")
A("AUTORISE la présidente à signer les conventions d'objectifs et de moyens avec les quatre organismes dont la subvention excède 23 000 €, pour une durée de trois ans (2025-2027), la subvention des années 2026 et 2027 restant soumise au vote annuel du budget ;")
A("PRÉCISE que la subvention du Comité de dépistage du Val d'Isaure sera versée en une seule fois, sur présentation du bilan de la campagne 2024, et que les autres subventions seront versées en deux fois : 60 % à la signature de la convention et le solde au vu du rapport d'activité de l'exercice.")
A("")
A("Dr Karim Belhadj, Mme Anne-Laure Quéméner et M. Patrice Dorval, membres des instances dirigeantes d'organismes bénéficiaires, ne prennent pas part au vote sur l'article 4 et n'ont pas participé aux débats correspondants.")
A("")
A("Vote sur l'article 4 : Pour : 52 – Contre : 0 – Abstentions : 6 – Ne prennent pas part au vote : 3")
A("")
A("Article 5 – Exécution et voies de recours")
A("")
A("AUTORISE la présidente, ou en cas d'empêchement la vice-présidente chargée des finances, à signer tout document nécessaire à l'exécution de la présente délibération ;")
A("DIT que le budget primitif 2025 et ses annexes seront transmis au représentant de l'État dans un délai de quinze jours suivant la présente séance, et mis à la disposition du public au siège de la communauté d'agglomération ainsi que sur son site internet dans un délai d'un mois ;")
A("CHARGE la présidente et le comptable public assignataire, responsable du service de gestion comptable de Morlanges, chacun pour ce qui le concerne, de l'exécution de la présente délibération ;")
A("PRÉCISE que la présente délibération peut faire l'objet d'un recours pour excès de pouvoir devant le tribunal administratif territorialement compétent dans un délai de deux mois à compter de sa publication et de sa transmission au représentant de l'État ; le tribunal peut être saisi par l'application « Télérecours citoyens ».")
A("")
A("Vote sur l'article 5 : Pour : 48 – Contre : 10 – Abstentions : 3")
A("")
A("Fait et délibéré à Morlanges, les jour, mois et an susdits.")
A("Pour extrait certifié conforme au registre.")
A("")
A("La présidente,")
A("Hélène Varenne-Castaing")
A("")
A("Le secrétaire de séance,")
A("Claire Fontanel")
A("")
A("La présidente certifie le caractère exécutoire de la présente délibération.")
A("Envoyé en préfecture le 31/03/2025")
A("Reçu en préfecture le 31/03/2025")
A("Publié le 01/04/2025")
A("ID : 084-200068115-20250327-DEL_2025_038-DE")

with open(OUT, "w", encoding="utf-8") as fh:
    fh.write("\n".join(L) + "\n")
print("wrote", OUT, t1, t3, t1 + t3)
