# Generates docs/2024-01-22_cpom-ville-morvillac-horizons-prevention-sante.txt
# Fictional document (invented city, association, people and figures).
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "2024-01-22_cpom-ville-morvillac-horizons-prevention-sante.txt"


def fixed_table(headers, rows, widths, aligns):
    def fmt(cells):
        parts = []
        for c, w, a in zip(cells, widths, aligns):
            parts.append(c.ljust(w) if a == "l" else c.rjust(w))
        return "  ".join(parts).rstrip()

    total = sum(widths) + 2 * (len(widths) - 1)
    sep = "-" * total
    lines = [sep, fmt(headers), sep]
    for r in rows:
        if r == "SEP":
            lines.append(sep)
        else:
            lines.append(fmt(r))
    lines.append(sep)
    return "\n".join(lines)


financement = fixed_table(
    ["Financeur", "Montant 2024", "Part"],
    [
        ["Ville de Morvillac (subvention de fonctionnement)", "180 000 €", "29,4 %"],
        ["Agence régionale de santé (ARS)", "142 000 €", "23,2 %"],
        ["Département du Haut-Lézan", "96 500 €", "15,8 %"],
        ["État – crédits politique de la ville", "64 300 €", "10,5 %"],
        ["Fondation Lézan Solidarités (mécénat)", "40 000 €", "6,5 %"],
        ["MILDECA (crédits départementaux)", "38 000 €", "6,2 %"],
        ["Conférence des financeurs (CFPPA)", "27 600 €", "4,5 %"],
        ["Fonds propres et participations des usagers", "24 000 €", "3,9 %"],
        "SEP",
        ["TOTAL DES PRODUITS PRÉVISIONNELS 2024", "612 400 €", "100 %"],
    ],
    [50, 12, 7],
    ["l", "r", "r"],
)

echeancier = fixed_table(
    ["Axe du programme", "2024", "2025", "2026", "2027", "Total"],
    [
        ["Axe 1 – Prévention des conduites addictives", "38 000", "39 000", "40 000", "41 000", "158 000"],
        ["Axe 2 – Santé sexuelle et affective", "22 000", "22 500", "23 000", "23 500", "91 000"],
        ["Axe 3 – Nutrition et activité physique", "27 500", "28 000", "28 500", "29 000", "113 000"],
        ["Axe 4 – Santé mentale / Point Écoute Jeunes", "45 000", "46 500", "48 000", "49 500", "189 000"],
        ["Axe 5 – Médiation santé en QPV", "31 000", "32 000", "33 000", "34 000", "130 000"],
        ["Coordination et fonctionnement", "16 500", "17 000", "17 500", "18 000", "69 000"],
        "SEP",
        ["TOTAL ANNUEL (en euros)", "180 000", "185 000", "190 000", "195 000", "750 000"],
    ],
    [45, 8, 8, 8, 8, 9],
    ["l", "r", "r", "r", "r", "r"],
)

indicateurs = fixed_table(
    ["Indicateur", "Réf. 2023", "Cible 2025", "Cible 2027"],
    [
        ["I1 – Jeunes sensibilisés aux conduites addictives", "1 850", "2 200", "2 600"],
        ["I2 – Participants aux ateliers vie affective", "1 120", "1 300", "1 450"],
        ["I3 – Taux d'achèvement « Bouger à Morvillac »", "62 %", "70 %", "75 %"],
        ["I4 – Entretiens au Point Écoute Jeunes", "640", "750", "900"],
        ["I5 – Permanences de médiation santé en QPV", "96", "120", "140"],
        ["I6 – Personnes ayant ouvert ou renouvelé des droits", "48 %", "55 %", "60 %"],
        ["I7 – Établissements scolaires partenaires", "9", "12", "14"],
    ],
    [52, 9, 10, 10],
    ["l", "r", "r", "r"],
)

TEXT = f"""VILLE DE MORVILLAC
Direction de la Santé publique et de la Prévention (DSPP)
Hôtel de Ville – 1, place de la République – 82410 Morvillac
Réf. : DSPP/CPOM/2024-003 – Dossier suivi par M. Rémi Castagnet, chargé de mission prévention
Transmis au contrôle de légalité le 25 janvier 2024

==========================================================================
CONVENTION PLURIANNUELLE D'OBJECTIFS ET DE MOYENS (CPOM) 2024-2027
entre la Ville de Morvillac et l'association Horizons Prévention Santé
==========================================================================

ENTRE LES SOUSSIGNÉS :

La Ville de Morvillac, représentée par son maire, M. Thierry Vaudrey, agissant en vertu de la délibération du conseil municipal n° 2023-214 du 14 décembre 2023, ci-après dénommée « la Ville »,

d'une part,

ET

L'association Horizons Prévention Santé (AHPS), association régie par la loi du 1er juillet 1901, déclarée en préfecture le 17 mars 2006 sous le numéro W823004512, dont le siège social est situé 7, place de la Halle, 82410 Morvillac, n° SIRET 498 321 776 00027, représentée par sa présidente, Mme Odile Ferrand-Lacaze, dûment habilitée par décision du conseil d'administration du 28 novembre 2023, ci-après dénommée « l'Association »,

d'autre part,

Vu le code général des collectivités territoriales, notamment ses articles L.1611-4 et L.2311-7 ;
Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, notamment ses articles 10 et 10-1 ;
Vu le décret n° 2001-495 du 6 juin 2001 pris pour l'application de l'article 10 de la loi n° 2000-321 du 12 avril 2000 et relatif à la transparence financière des aides octroyées par les personnes publiques ;
Vu la circulaire du Premier ministre n° 5811-SG du 29 septembre 2015 relative aux nouvelles relations entre les pouvoirs publics et les associations ;
Vu le contrat local de santé (CLS) de Morvillac 2021-2025 signé le 9 avril 2021 avec l'Agence régionale de santé (ARS) ;
Vu la délibération du conseil municipal n° 2023-214 du 14 décembre 2023 approuvant la présente convention et autorisant le maire à la signer ;
Vu la demande de subvention pluriannuelle présentée par l'Association le 29 septembre 2023 ;

Considérant que l'Association conduit depuis 2006 des actions de prévention et de promotion de la santé auprès des jeunes et des habitants des quartiers prioritaires de la politique de la ville (QPV) ;
Considérant que le programme d'actions présenté par l'Association, conçu et mis en œuvre à sa seule initiative, participe à la politique de santé publique conduite par la Ville dans le cadre de son contrat local de santé ;
Considérant qu'une convention d'une durée de quatre ans est de nature à donner à l'Association la visibilité financière nécessaire au recrutement et à la fidélisation de ses équipes ;

IL EST CONVENU CE QUI SUIT :


Article 1er – Objet

La présente convention a pour objet de définir les objectifs que l'Association s'engage à poursuivre, à son initiative et sous sa responsabilité, ainsi que les moyens que la Ville s'engage à mettre à sa disposition pour la réalisation de son programme d'actions pour les années 2024 à 2027.

Le programme d'actions est structuré en cinq axes et une fonction de coordination, décrits à l'article 3 et détaillés dans les fiches actions de l'annexe 1.

La Ville n'attend aucune contrepartie directe de la subvention accordée. La présente convention ne constitue ni un marché public ni une délégation de service public.


Article 2 – Durée

La convention est conclue pour une durée de quatre ans, du 1er janvier 2024 au 31 décembre 2027. Elle ne peut faire l'objet d'aucune reconduction tacite.

Une nouvelle convention pourra être conclue à l'issue de l'évaluation finale prévue à l'article 9. La demande de renouvellement doit être adressée par l'Association au maire au plus tard le 30 septembre 2027.


Article 3 – Programme d'actions et objectifs

L'Association s'engage à mettre en œuvre, dans le respect de ses statuts, le programme d'actions suivant :

Axe 1 – Prévention des conduites addictives : interventions en milieu scolaire (collèges, lycées et centre de formation d'apprentis), actions de réduction des risques en milieu festif, formation des animateurs jeunesse de la Ville. Public visé : jeunes de 12 à 25 ans. Objectif : sensibiliser au moins 2 600 jeunes par an à l'horizon 2027.

Axe 2 – Santé sexuelle et affective : ateliers d'éducation à la vie affective, relationnelle et sexuelle, permanence d'information hebdomadaire, orientation vers le centre de santé sexuelle du centre hospitalier de Morvillac.

Axe 3 – Nutrition et activité physique : programme « Bouger à Morvillac », organisé en cycles de 12 séances associant ateliers culinaires et activité physique adaptée, destiné aux familles et aux personnes âgées de plus de 60 ans.

Axe 4 – Santé mentale / Point Écoute Jeunes (PEJ) : accueil anonyme et gratuit des jeunes de 11 à 25 ans et de leurs parents par des psychologues, ouvert cinq demi-journées par semaine ; organisation de formations aux premiers secours en santé mentale (PSSM) à destination des professionnels de la jeunesse.

Axe 5 – Médiation santé en QPV : permanences de médiation santé dans les quartiers prioritaires des Tilleuls et de La Garenne, accompagnement à l'ouverture et au renouvellement des droits (complémentaire santé solidaire, déclaration de médecin traitant), accompagnement physique vers les soins.

Coordination et fonctionnement : pilotage du programme, participation aux instances du contrat local de santé, démarche qualité et évaluation.

Les objectifs chiffrés associés à chaque axe figurent dans le tableau des indicateurs de l'article 9.


Article 4 – Budget prévisionnel et coût du programme

Le coût total prévisionnel du programme d'actions sur la durée de la convention est estimé à 2 486 000 €, dont 612 400 € pour l'exercice 2024. Le budget prévisionnel détaillé figure en annexe 2.

Le plan de financement prévisionnel de l'exercice 2024 s'établit comme suit :

{financement}

L'Association s'engage à rechercher activement des cofinancements. La part de la Ville ne pourra pas excéder 35 % du coût total annuel du programme.

Le budget prévisionnel de chacun des exercices 2025, 2026 et 2027 est transmis à la Ville au plus tard le 31 octobre de l'année précédente.


Article 5 – Obligations de l'Association

L'Association s'engage à :

a) mettre en œuvre le programme d'actions défini à l'article 3 et à affecter la subvention exclusivement à sa réalisation ;

b) transmettre à la Ville, dans les six mois suivant la clôture de chaque exercice, soit au plus tard le 30 juin de l'année suivante, un compte rendu financier conforme à l'arrêté du 11 octobre 2006 (formulaire Cerfa n° 15059), signé par la présidente ;

c) transmettre dans le même délai le rapport d'activité, les comptes annuels approuvés par l'assemblée générale et le rapport du commissaire aux comptes, l'Association étant tenue d'en désigner un dès lors que le montant total des aides publiques reçues dépasse 153 000 € par an ;

d) produire, au plus tard le 30 juin de chaque année, un bilan intermédiaire des actions de l'année en cours ;

e) informer la Ville, dans un délai d'un mois, de toute modification de ses statuts, de la composition de son bureau ou de son conseil d'administration, ainsi que de tout changement de domiciliation bancaire ;

f) ne pas reverser tout ou partie de la subvention à d'autres associations, sociétés ou collectivités, sauf accord préalable et écrit de la Ville ;

g) souscrire les polices d'assurance couvrant sa responsabilité civile et les risques locatifs des locaux mis à sa disposition ;

h) faire mention du soutien de la Ville sur l'ensemble de ses supports de communication, dans les conditions prévues à l'article 11 ;

i) respecter le contrat d'engagement républicain prévu à l'article 10-1 de la loi n° 2000-321 du 12 avril 2000, annexé à la présente convention ;

j) participer au comité de suivi prévu à l'article 9 et faciliter les travaux d'évaluation.


Article 6 – Engagements de la Ville

La Ville s'engage à :

a) verser la subvention de fonctionnement selon l'échéancier de l'article 7 et les modalités de l'article 8, sous réserve de l'inscription des crédits correspondants à son budget ;

b) mettre à disposition de l'Association, à titre gratuit, les locaux situés 7, place de la Halle, d'une surface de 168 m², dont la valeur locative annuelle est estimée à 16 800 € ; cet avantage en nature est valorisé dans les comptes annuels de l'Association ;

c) mettre à disposition la salle polyvalente du Moulin-Neuf, à raison de 20 demi-journées par an, pour les ateliers du programme « Bouger à Morvillac » ;

d) attribuer en 2024 une subvention d'équipement de 25 000 € pour l'acquisition d'un véhicule aménagé de prévention (« bus santé »), dont le coût est estimé à 58 300 € HT, soit 69 960 € TTC, le solde du financement étant assuré par l'ARS et la Fondation Lézan Solidarités ;

e) associer l'Association aux travaux du contrat local de santé, notamment aux groupes de travail « Jeunesse » et « Accès aux droits ».


Article 7 – Montant de la subvention

Pour la durée de la convention, la Ville s'engage à verser à l'Association une subvention de fonctionnement d'un montant total prévisionnel de 750 000 €, répartie selon l'échéancier suivant :

Échéancier annuel de la subvention de fonctionnement 2024-2027 (en euros)

{echeancier}

Le montant de l'exercice 2024 est ferme. Les montants des exercices 2025, 2026 et 2027 sont prévisionnels : ils sont confirmés chaque année par le conseil municipal, lors du vote du budget, sous réserve du respect par l'Association de ses obligations.

La répartition entre axes est indicative. L'Association peut procéder à des redéploiements entre axes dans la limite de 10 % du montant annuel, après information écrite de la Ville. Au-delà, un avenant est nécessaire.


Article 8 – Modalités de versement

Pour chaque exercice, la subvention de fonctionnement est versée en trois fois :

– une avance de 50 % du montant annuel, versée au plus tard le 31 mars de l'exercice ;
– un acompte de 30 %, versé au plus tard le 31 juillet, après réception du bilan intermédiaire mentionné au d) de l'article 5 ;
– le solde de 20 %, versé après réception et examen des documents mentionnés aux b) et c) de l'article 5, au plus tard le 30 septembre de l'année suivante.

Pour l'exercice 2024, l'avance est versée dans les trente jours suivant la signature de la présente convention.

La subvention d'équipement de 25 000 € mentionnée au d) de l'article 6 est versée en une seule fois, sur présentation de la facture acquittée du véhicule.

Lorsque le compte rendu financier fait apparaître un excédent supérieur à 10 % du montant de la subvention annuelle, la Ville peut demander le reversement de la part excédentaire ou la déduire du versement de l'exercice suivant.


Article 9 – Évaluation, indicateurs et comité de suivi

Un comité de suivi est institué. Il est présidé par l'adjointe au maire déléguée à la santé et à la prévention, Mme Claire Astruc-Mollet, et comprend :
– le directeur de la Santé publique et de la Prévention de la Ville ;
– la coordinatrice du contrat local de santé ;
– un représentant de la délégation départementale de l'ARS ;
– la présidente et la directrice de l'Association, Mme Samia Benhaddou.

Le comité de suivi se réunit au moins deux fois par an, en mars et en octobre. Il examine l'état d'avancement du programme, les indicateurs et les éventuelles difficultés de mise en œuvre.

L'évaluation s'appuie sur les indicateurs suivants :

{indicateurs}

Les valeurs de référence sont celles constatées au 31 décembre 2023. Les indicateurs sont renseignés annuellement dans le rapport d'activité.

Une évaluation finale, portant sur la réalisation des objectifs et l'impact des actions, est conduite conjointement par la Ville et l'Association au plus tard le 30 juin 2027. Ses conclusions conditionnent la conclusion éventuelle d'une nouvelle convention.


Article 10 – Contrôle de la Ville

L'Association s'engage à faciliter le contrôle par la Ville, sur pièces et sur place, de la réalisation des actions et de l'utilisation de la subvention. Elle tient à sa disposition l'ensemble des pièces justificatives des dépenses pendant une durée de dix ans.

La Ville peut, à tout moment, faire procéder à un audit financier par un organisme de son choix ; l'Association en est informée au moins quinze jours à l'avance.


Article 11 – Communication

L'Association fait figurer le logo de la Ville et la mention « Action soutenue par la Ville de Morvillac » sur l'ensemble de ses documents d'information, affiches, publications et sites internet relatifs aux actions subventionnées.

Elle informe la Ville, au moins quinze jours à l'avance, de toute manifestation publique organisée dans le cadre du programme et invite l'élue déléguée à la santé aux temps forts de l'année, notamment au forum « Santé Jeunes » organisé chaque année en novembre.


Article 12 – Modification de la convention

Toute modification de la présente convention fait l'objet d'un avenant écrit, approuvé dans les mêmes formes que la convention initiale.

Les montants annuels fixés à l'article 7 peuvent être révisés par avenant financier en cas d'évolution significative du programme d'actions ou de ses cofinancements. La demande motivée de l'Association est adressée à la Ville au moins trois mois avant la date d'effet souhaitée.


Article 13 – Sanctions et résiliation

En cas d'inexécution, de modification substantielle ou de retard significatif des conditions d'exécution de la convention sans accord écrit de la Ville, celle-ci peut exiger le reversement de tout ou partie des sommes versées, suspendre les versements ou diminuer le montant de la subvention.

En cas de non-respect par l'une des parties de ses engagements, la convention peut être résiliée de plein droit par l'autre partie à l'expiration d'un délai d'un mois suivant l'envoi d'une lettre recommandée avec accusé de réception valant mise en demeure restée sans effet.

La Ville peut également résilier la convention pour un motif d'intérêt général, moyennant un préavis de trois mois.

La dissolution de l'Association entraîne la résiliation de plein droit de la convention.


Article 14 – Règlement des litiges

Les parties s'efforcent de régler à l'amiable tout différend relatif à l'interprétation ou à l'exécution de la présente convention, dans un délai de deux mois à compter de la saisine de l'une d'elles par l'autre.

À défaut d'accord, le litige est porté devant le tribunal administratif de Saint-Orvest.


ANNEXES
Annexe 1 – Fiches actions
Annexe 2 – Budget prévisionnel 2024-2027
Annexe 3 – Modèle de compte rendu financier
Annexe 4 – Contrat d'engagement républicain


Fait à Morvillac, le 22 janvier 2024, en deux exemplaires originaux.

Pour la Ville de Morvillac,                 Pour l'association Horizons Prévention Santé,
Le Maire,                                   La Présidente,
Thierry Vaudrey                             Odile Ferrand-Lacaze


--------------------------------------------------------------------------
ANNEXE 1 – FICHES ACTIONS (EXTRAIT)
--------------------------------------------------------------------------

Fiche 1 – Prévention des conduites addictives
Responsable : M. Karim Oudjani, chargé de prévention.
Moyens humains : 2,0 ETP (deux chargés de prévention).
Partenaires : six collèges et lycées de Morvillac, le centre de formation d'apprentis des métiers de Morvillac, le centre de soins, d'accompagnement et de prévention en addictologie (CSAPA) « Le Relais ».
Calendrier : interventions scolaires d'octobre à juin ; actions en milieu festif de juin à septembre.

Fiche 2 – Santé sexuelle et affective
Responsable : Mme Léa Montagut, conseillère conjugale et familiale.
Moyens humains : 0,8 ETP.
Modalités : ateliers de 2 heures en classe de 4e et de 2nde ; permanence d'information le mercredi de 14 h à 18 h.

Fiche 3 – Nutrition et activité physique
Responsable : Mme Inès Caraman, diététicienne.
Moyens humains : 1,2 ETP (une diététicienne et un éducateur en activité physique adaptée à mi-temps).
Modalités : six cycles de 12 séances par an, de 12 à 15 participants par cycle.

Fiche 4 – Santé mentale / Point Écoute Jeunes
Responsable : M. Thomas Lériget, psychologue clinicien.
Moyens humains : 1,6 ETP de psychologues et 0,5 ETP d'accueil.
Modalités : accueil sans rendez-vous ou sur rendez-vous, cinq demi-journées par semaine, au 7, place de la Halle ; quatre sessions de formation PSSM par an, de 16 stagiaires chacune.

Fiche 5 – Médiation santé en QPV
Responsable : Mme Nadia Ferhat, médiatrice santé.
Moyens humains : 1,8 ETP (deux médiatrices santé).
Modalités : permanence hebdomadaire au centre social des Tilleuls (mardi) et à la Maison des projets de La Garenne (jeudi) ; accompagnements physiques vers les soins sur rendez-vous.

Fiche 6 – Coordination et fonctionnement
Responsable : Mme Samia Benhaddou, directrice.
Moyens humains : 1,5 ETP (direction, gestion administrative et comptable).

Effectif total de l'Association au 1er janvier 2024 : 11 salariés, représentant 9,4 ETP.

Convention CPOM Ville de Morvillac / AHPS 2024-2027 – document de travail DSPP – version signée
"""

OUT.write_text(TEXT, encoding="utf-8")
print(OUT, len(TEXT.split()), "words")
