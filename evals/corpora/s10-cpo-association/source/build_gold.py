# Writes questions.jsonl and claims.jsonl for the s10-cpo-association evaluation set.
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = "s10-cpo-association"
CPOM = "2024-01-22-cpom-ville-morvillac-horizons-prevention-sante"
AV = "avenant-financier-n2-cpom-horizons-prevention-sante-2025"
DEL = "2025-06-26-deliberation-cm-morvillac-del-2025-087"


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures, history=None):
    Q.append({
        "id": f"{SET}-q{len(Q) + 1:02d}",
        "kind": kind,
        "lang": lang,
        "question": question,
        "history": history or [],
        "answerable": kind != "unanswerable",
        "gold": gold,
        "figures": figures,
    })


# ------------------------------------------------------------------ figure
q("figure", "fr", "La convention signée avec Horizons Prévention Santé court sur combien d'années, et de quand à quand ?",
  [g(CPOM, "Article 2 – Durée", "La convention est conclue pour une durée de quatre ans, du 1er janvier 2024 au 31 décembre 2027.")],
  ["quatre ans", "1er janvier 2024", "31 décembre 2027"])
q("figure", "fr", "Combien coûte TTC le bus santé que la mairie aide à acheter ?",
  [g(CPOM, "Article 6 › d)", "dont le coût est estimé à 58 300 € HT, soit 69 960 € TTC")],
  ["69 960 € TTC"])
q("figure", "fr", "Quel montant l'AHPS a-t-elle déjà touché en avance pour 2025, et quand ?",
  [g(AV, "ARTICLE 3 – Modification de l'article 8", "l'avance de 50 % calculée sur le montant initial, soit 92 500 €, a été versée à l'Association le 14 mars 2025")],
  ["92 500 €", "14 mars 2025"])
q("figure", "en", "How big is the one-off equipment grant voted for fitting out the new La Garenne youth listening office?",
  [g(DEL, "Décision › Article 4", "attribue à l'Association une subvention d'équipement exceptionnelle de 8 760 € pour l'aménagement de l'antenne du Point Écoute Jeunes de La Garenne")],
  ["8 760 €"])
q("figure", "fr", "Avec quel score le conseil municipal avait-il approuvé la CPOM en décembre 2023 ?",
  [g(DEL, "Exposé des motifs", "adoptée par 29 voix pour, 4 voix contre et 2 abstentions")],
  ["29 voix pour", "4 voix contre", "2 abstentions"])
q("figure", "en", "What surplus did Horizons Prévention Santé report in its 2024 accounts?",
  [g(DEL, "Exposé des motifs › Comptes 2024", "soit un excédent de 4 870 €")],
  ["4 870 €"])
q("figure", "fr", "Après l'avenant n°2, à combien s'élève l'enveloppe totale de fonctionnement prévue pour 2024-2027 ?",
  [g(DEL, "Exposé des motifs", "le montant total prévisionnel passe de 750 000 € à 806 800 €")],
  ["806 800 €"])
q("figure", "fr", "L'asso a combien de temps après la clôture de son exercice pour envoyer son compte rendu financier à la mairie ?",
  [g(CPOM, "Article 5 › b)", "transmettre à la Ville, dans les six mois suivant la clôture de chaque exercice, soit au plus tard le 30 juin de l'année suivante, un compte rendu financier")],
  ["six mois", "30 juin"])
q("figure", "en", "What is the estimated yearly rental value of the association's premises on rue du Four-à-Chaux?",
  [g(AV, "Préambule › Avenant n°1", "d'une surface de 214 m² et d'une valeur locative annuelle estimée à 21 400 €")],
  ["21 400 €"])
q("figure", "fr", "Combien de salariés et d'ETP l'association comptait-elle au début de la convention ?",
  [g(CPOM, "Annexe 1 › Effectif", "Effectif total de l'Association au 1er janvier 2024 : 11 salariés, représentant 9,4 ETP.")],
  ["11", "9,4 ETP"])
q("figure", "fr", "À partir de quelle date l'antenne du PEJ à la Maison des projets de La Garenne accueille-t-elle du public ?",
  [g(AV, "Préambule › 1.", "l'Association ouvre à compter du 1er septembre 2025 une antenne du Point Écoute Jeunes au sein de la Maison des projets de La Garenne")],
  ["1er septembre 2025"])

# ------------------------------------------------------------------ table
q("table", "fr", "Combien d'élus étaient physiquement présents à la séance du conseil municipal du 26 juin 2025 ?",
  [g(DEL, "Tableau Quorum et votes › Conseillers présents", "Conseillers présents")],
  ["27"])
q("table", "en", "In the 2024 financing plan of the CPOM, how much does the regional health agency put in, and what share of the total is that?",
  [g(CPOM, "Article 4 › Plan de financement 2024 › ARS", "Agence régionale de santé (ARS)")],
  ["142 000 €", "23,2 %"])
q("table", "fr", "Dans l'échéancier initial de la CPOM, combien était prévu pour la santé mentale et le Point Écoute Jeunes en 2026 ?",
  [g(CPOM, "Article 7 › Échéancier › Axe 4", "Axe 4 – Santé mentale / Point Écoute Jeunes")],
  ["48 000"])
q("table", "fr", "Selon le tableau 1 de l'avenant, à combien passe la subvention 2025 de l'axe nutrition / activité physique ?",
  [g(AV, "ARTICLE 2 › Tableau 1 › Axe 3", "Axe 3 – Nutrition et activité physique")],
  ["24 500", "3 500"])
q("table", "en", "What 2025 target does the CPOM indicator table set for the number of Point Écoute Jeunes interviews?",
  [g(CPOM, "Article 9 › Indicateurs › I4", "I4 – Entretiens au Point Écoute Jeunes")],
  ["750"])
q("table", "fr", "D'après le tableau récapitulatif de la délibération, combien reste-t-il à verser à l'association au titre de 2025 ?",
  [g(DEL, "Tableau 2 – Récapitulatif › Exercice 2025", "Exercice 2025")],
  ["106 200"])
q("table", "fr", "Combien de permanences de médiation santé l'association a-t-elle tenues en 2024 ?",
  [g(DEL, "Tableau 1 – Résultats 2024 › Permanences de médiation", "Permanences de médiation (axe 5)")],
  ["104"])
q("table", "fr", "Dans le tableau d'imputation budgétaire de la délibération, quels crédits étaient ouverts au BP 2025 pour la subvention d'équipement et combien est réellement engagé ?",
  [g(DEL, "Tableau 3 – Imputation budgétaire › Subvention d'équipement", "Subvention d'équipement AHPS")],
  ["10 000 €", "8 760 €"])

# ------------------------------------------------------------------ clause
q("clause", "fr", "Que peut faire la Ville si l'association dégage un excédent trop important ?",
  [g(CPOM, "Article 8 – Modalités de versement", "Lorsque le compte rendu financier fait apparaître un excédent supérieur à 10 % du montant de la subvention annuelle, la Ville peut demander le reversement de la part excédentaire ou la déduire du versement de l'exercice suivant.")],
  ["10 %"])
q("clause", "en", "Is the association allowed to pass part of the Town's grant on to other organisations?",
  [g(CPOM, "Article 5 › f)", "ne pas reverser tout ou partie de la subvention à d'autres associations, sociétés ou collectivités, sauf accord préalable et écrit de la Ville")],
  [])
q("clause", "fr", "En cas de désaccord sur l'exécution de la CPOM, quelle est la procédure et quel tribunal est compétent ?",
  [g(CPOM, "Article 14 – Règlement des litiges", "dans un délai de deux mois à compter de la saisine de l'une d'elles par l'autre"),
   g(CPOM, "Article 14 – Règlement des litiges", "À défaut d'accord, le litige est porté devant le tribunal administratif de Saint-Orvest.")],
  ["deux mois"])
q("clause", "fr", "La mairie peut-elle résilier la CPOM sans faute de l'AHPS ?",
  [g(CPOM, "Article 13 – Sanctions et résiliation", "La Ville peut également résilier la convention pour un motif d'intérêt général, moyennant un préavis de trois mois.")],
  ["trois mois"])
q("clause", "en", "Can the money earmarked for the La Garenne antenna be moved to other parts of the programme?",
  [g(AV, "ARTICLE 2 – Modification de l'article 7", "Les crédits affectés au fonctionnement de l'antenne de La Garenne au titre de l'axe 4 ne peuvent faire l'objet d'aucun redéploiement vers un autre axe.")],
  [])
q("clause", "fr", "Pourquoi Mme Caubet n'a-t-elle pas participé au vote sur l'avenant ?",
  [g(DEL, "Débats", "Mme Josiane Caubet, membre du conseil d'administration de l'Association, a quitté la salle et n'a pris part ni aux débats ni aux votes.")],
  [])
q("clause", "fr", "Que demandait l'amendement du groupe Morvillac Ensemble Autrement ?",
  [g(DEL, "Débats › Amendement n°1", "Il a présenté un amendement n°1 visant à porter l'ouverture de l'antenne à cinq demi-journées par semaine et à augmenter en conséquence la dotation 2025 de l'axe 4 de 6 000 €.")],
  ["6 000 €"])
q("clause", "fr", "Que se passe-t-il pour la subvention d'équipement si l'antenne de La Garenne ferme avant la fin de la convention ?",
  [g(AV, "ARTICLE 5 – Subvention d'équipement exceptionnelle", "En cas de fermeture de l'antenne avant le 31 décembre 2027, la Ville peut exiger le reversement de la subvention au prorata de la durée d'utilisation restant à courir.")],
  [])

# ------------------------------------------------------------------ list
q("list", "fr", "Qui compose le comité de suivi prévu par la convention initiale ?",
  [g(CPOM, "Article 9 › Comité de suivi", "Il est présidé par l'adjointe au maire déléguée à la santé et à la prévention, Mme Claire Astruc-Mollet"),
   g(CPOM, "Article 9 › Comité de suivi", "le directeur de la Santé publique et de la Prévention de la Ville"),
   g(CPOM, "Article 9 › Comité de suivi", "la coordinatrice du contrat local de santé"),
   g(CPOM, "Article 9 › Comité de suivi", "un représentant de la délégation départementale de l'ARS"),
   g(CPOM, "Article 9 › Comité de suivi", "la présidente et la directrice de l'Association, Mme Samia Benhaddou")],
  [])
q("list", "en", "What developments led the Town and the association to sign the second financial amendment?",
  [g(AV, "Préambule › 1.", "L'ouverture d'une antenne du Point Écoute Jeunes (PEJ) dans le quartier de La Garenne."),
   g(AV, "Préambule › 2.", "La diminution du cofinancement de l'Agence régionale de santé (ARS) pour la médiation santé."),
   g(AV, "Préambule › 3.", "La reprise partielle du programme « Bouger à Morvillac » par le Département du Haut-Lézan.")],
  [])
q("list", "fr", "Quels indicateurs d'évaluation l'avenant n°2 modifie-t-il ou crée-t-il, et avec quelles cibles ?",
  [g(AV, "ARTICLE 4 › I4", "la cible 2027 de l'indicateur I4 « Entretiens au Point Écoute Jeunes » est portée de 900 à 1 100 entretiens"),
   g(AV, "ARTICLE 4 › I5", "la cible 2027 de l'indicateur I5 « Permanences de médiation santé en QPV » est portée de 140 à 150 permanences"),
   g(AV, "ARTICLE 4 › I8", "il est créé un indicateur I8 « Entretiens réalisés à l'antenne de La Garenne », dont la cible est fixée à 220 entretiens en 2026 et à 260 entretiens en 2027")],
  ["1 100", "150", "220", "260"])
q("list", "fr", "Qui a voté contre l'avenant et qui s'est abstenu ?",
  [g(DEL, "Décision › Vote", "Ont voté contre : M. Patrice Dornier"),
   g(DEL, "Décision › Vote", "Mme Chantal Mouly (par pouvoir)"),
   g(DEL, "Décision › Vote", "Mme Nathalie Séguret."),
   g(DEL, "Décision › Vote", "S'est abstenu : M. Gilles Cassagne.")],
  [])
q("list", "fr", "Avec quels partenaires l'association mène-t-elle son action de prévention des addictions ?",
  [g(CPOM, "Annexe 1 › Fiche 1 › Partenaires", "six collèges et lycées de Morvillac"),
   g(CPOM, "Annexe 1 › Fiche 1 › Partenaires", "le centre de formation d'apprentis des métiers de Morvillac"),
   g(CPOM, "Annexe 1 › Fiche 1 › Partenaires", "le centre de soins, d'accompagnement et de prévention en addictologie (CSAPA) « Le Relais »")],
  [])

# ------------------------------------------------------------------ followup
q("followup", "fr", "Et après l'avenant n°2 ?",
  [g(AV, "ARTICLE 2 › Tableau 1 › Axe 5", "Axe 5 – Médiation santé en QPV")],
  ["36 500"],
  history=["Quel montant la CPOM prévoyait-elle en 2025 pour la médiation santé dans les quartiers prioritaires ?"])
q("followup", "en", "And what will it be for 2026?",
  [g(AV, "ARTICLE 3 – Modification de l'article 8", "L'avance de l'exercice 2026 s'élève ainsi à 105 650 €.")],
  ["105 650 €"],
  history=["How much was the 2025 advance paid to Horizons Prévention Santé?"])
q("followup", "fr", "Et pour l'amendement de l'opposition ?",
  [g(DEL, "Tableau 4 – Vote sur l'amendement n°1", "Amendement n°1")],
  ["4"],
  history=["Combien de voix pour a obtenu la délibération approuvant l'avenant n°2 ?"])
q("followup", "fr", "Et pour 2027, qu'a acté le conseil ?",
  [g(DEL, "Décision › Article 3", "prend acte des montants prévisionnels révisés de 211 300 € pour 2026 et de 216 800 € pour 2027")],
  ["216 800 €"],
  history=["À combien la subvention de fonctionnement de l'AHPS est-elle révisée pour 2026 ?"])
q("followup", "fr", "Et combien de jeunes ont réellement été touchés en 2024 ?",
  [g(DEL, "Tableau 1 – Résultats 2024 › Jeunes sensibilisés", "Jeunes sensibilisés (axe 1)")],
  ["2 140"],
  history=["Quelle est la cible 2025 de jeunes sensibilisés aux conduites addictives dans la CPOM ?", "Et celle de 2027 ?"])

# ------------------------------------------------------------------ cross
q("cross", "fr", "Le montant 2025 voté par le conseil municipal est-il bien celui qui figure dans le tableau par axe de l'avenant ?",
  [g(DEL, "Décision › Article 2", "fixe le montant de la subvention de fonctionnement attribuée à l'Association au titre de l'exercice 2025 à 198 700 €"),
   g(AV, "ARTICLE 2 › Tableau 1 › Total 2025", "Total 2025")],
  ["198 700"])
q("cross", "en", "By how much is the Town's 2025 grant for the Point Écoute Jeunes axis higher than what the original CPOM schedule planned?",
  [g(CPOM, "Article 7 › Échéancier › Axe 4", "Axe 4 – Santé mentale / Point Écoute Jeunes"),
   g(AV, "ARTICLE 2 › Tableau 1 › Axe 4", "Axe 4 – Santé mentale / Point Écoute Jeunes")],
  ["46 500", "58 000", "11 500"])
q("cross", "fr", "L'association a déménagé depuis la signature de la CPOM : compare la surface et la valeur locative des anciens et des nouveaux locaux.",
  [g(CPOM, "Article 6 › b)", "les locaux situés 7, place de la Halle, d'une surface de 168 m², dont la valeur locative annuelle est estimée à 16 800 €"),
   g(AV, "Préambule › Avenant n°1", "d'une surface de 214 m² et d'une valeur locative annuelle estimée à 21 400 €")],
  ["168 m²", "16 800 €", "214 m²", "21 400 €"])
q("cross", "fr", "L'excédent 2024 de l'association pouvait-il donner lieu à reversement au regard de la règle fixée par la convention ?",
  [g(DEL, "Exposé des motifs › Comptes 2024", "Cet excédent représente 2,7 % de la subvention annuelle de la Ville"),
   g(CPOM, "Article 8 – Modalités de versement", "Lorsque le compte rendu financier fait apparaître un excédent supérieur à 10 % du montant de la subvention annuelle")],
  ["2,7 %", "10 %"])

# ------------------------------------------------------------------ unanswerable
q("unanswerable", "fr", "Quel montant de subvention la Ville prévoit-elle pour l'association en 2028 ?", [], [])
q("unanswerable", "fr", "Que prévoit l'article 15 de la CPOM ?", [], [])
q("unanswerable", "en", "How much does the CAF (family allowance fund) contribute to Horizons Prévention Santé?", [], [])
q("unanswerable", "fr", "Quel âge a Odile Ferrand-Lacaze, la présidente de l'association ?", [], [])
q("unanswerable", "en", "Which political party does mayor Thierry Vaudrey belong to?", [], [])
q("unanswerable", "fr", "Combien gagne la directrice de l'AHPS, Samia Benhaddou ?", [], [])
q("unanswerable", "en", "How many young people came to the La Garenne antenna during its first month?", [], [])
q("unanswerable", "fr", "Combien d'habitants compte Morvillac ?", [], [])
q("unanswerable", "fr", "Combien la Ville avait-elle versé à Horizons Prévention Santé en 2023, avant la CPOM ?", [], [])

# ------------------------------------------------------------------ claims
C = []


def c(claim, verdict, error, gold, figures, note):
    C.append({
        "id": f"{SET}-c{len(C) + 1:02d}",
        "claim": claim,
        "verdict": verdict,
        "error": error,
        "gold": gold,
        "figures": figures,
        "note": note,
    })


# supported
c("La CPOM signée en janvier 2024 engageait la mairie de Morvillac à verser 750 000 € de subvention de fonctionnement à Horizons Prévention Santé sur quatre ans.",
  "supported", None,
  [g(CPOM, "Article 7 – Montant de la subvention", "la Ville s'engage à verser à l'Association une subvention de fonctionnement d'un montant total prévisionnel de 750 000 €")],
  ["750 000 €"], "Article 7 of the CPOM sets a total of 750 000 € for 2024-2027.")
c("L'avenant n°2 a été adopté le 26 juin 2025 par 27 voix pour, 3 contre et 1 abstention.",
  "supported", None,
  [g(DEL, "Tableau 5 – Résultat du vote", "Délibération DEL_2025_087")],
  ["27", "3", "1"], "Table 5 of the deliberation gives Pour 27, Contre 3, Abstention 1.")
c("The Town will pay for half of the fit-out of the La Garenne antenna, calculated on the cost including VAT.",
  "supported", None,
  [g(AV, "ARTICLE 5 – Subvention d'équipement exceptionnelle", "la subvention est calculée sur le coût TTC et représente 50 % de ce coût")],
  ["50 %"], "Article 5 of the amendment: 8 760 € = 50 % of the 17 520 € TTC cost.")
c("L'ARS a réduit son financement de la médiation santé de 42 000 € en 2024 à 35 000 € en 2025.",
  "supported", None,
  [g(AV, "Préambule › 2.", "La participation de l'ARS à l'axe 5 de la convention est passée de 42 000 € en 2024 à 35 000 € en 2025, soit une baisse de 7 000 €.")],
  ["42 000 €", "35 000 €"], "The amendment's preamble states exactly this decrease.")
c("Le Point Écoute Jeunes a mené 712 entretiens en 2024, contre 640 en 2023.",
  "supported", None,
  [g(DEL, "Tableau 1 – Résultats 2024 › Entretiens du PEJ", "Entretiens du PEJ (axe 4)")],
  ["640", "712"], "Table 1 of the deliberation: référence 2023 640, réalisé 2024 712.")
c("Under the amendment, the association's 2026 operating grant goes from 190,000 to 211,300 euros.",
  "supported", None,
  [g(DEL, "Tableau 2 – Récapitulatif › Exercice 2026", "Exercice 2026")],
  ["190 000", "211 300"], "Recap table: initial 190 000, revised 211 300 for 2026.")
c("Le Département du Haut-Lézan prend désormais en charge les cycles seniors de « Bouger à Morvillac » pour 6 000 € par an.",
  "supported", None,
  [g(AV, "Préambule › 3.", "le Département du Haut-Lézan finance, à compter de 2025, les cycles destinés aux personnes âgées de plus de 60 ans, à hauteur de 6 000 € par an")],
  ["6 000 €"], "The amendment's preamble states the Department funds the over-60 cycles at 6 000 € a year from 2025.")
c("En commission, le projet d'avenant avait reçu un avis favorable avec 7 voix pour et 2 abstentions.",
  "supported", None,
  [g(DEL, "Exposé des motifs › Avis de commission", "a émis un avis favorable par 7 voix pour et 2 abstentions")],
  ["7 voix pour", "2 abstentions"], "The deliberation reports the commission's opinion of 12 June 2025.")

# contradicted
c("Le bus santé cofinancé par la Ville coûte 58 300 € TTC.",
  "contradicted", "ht_ttc",
  [g(CPOM, "Article 6 › d)", "dont le coût est estimé à 58 300 € HT, soit 69 960 € TTC")],
  ["58 300 € HT", "69 960 € TTC"], "58 300 € is the HT cost; the TTC cost is 69 960 €.")
c("The council committed 10,000 euros for the equipment grant to Horizons Prévention Santé.",
  "contradicted", "envelope",
  [g(DEL, "Tableau 3 – Imputation budgétaire › Subvention d'équipement", "Subvention d'équipement AHPS")],
  ["10 000 €", "8 760 €"], "10 000 € is the credit opened in the 2025 budget; the amount committed is 8 760 €.")
c("La CPOM prévoyait 46 500 € pour le Point Écoute Jeunes en 2026.",
  "contradicted", "year",
  [g(CPOM, "Article 7 › Échéancier › Axe 4", "Axe 4 – Santé mentale / Point Écoute Jeunes")],
  ["46 500", "48 000"], "46 500 € is the 2025 amount; the initial schedule planned 48 000 € for 2026.")
c("L'avenant n°2 fixe à 150 la cible 2027 d'entretiens au Point Écoute Jeunes.",
  "contradicted", "measure",
  [g(AV, "ARTICLE 4 › I4", "la cible 2027 de l'indicateur I4 « Entretiens au Point Écoute Jeunes » est portée de 900 à 1 100 entretiens"),
   g(AV, "ARTICLE 4 › I5", "la cible 2027 de l'indicateur I5 « Permanences de médiation santé en QPV » est portée de 140 à 150 permanences")],
  ["1 100", "150"], "150 is the new 2027 target for mediation sessions (I5); the PEJ interview target (I4) is 1 100.")
c("The second amendment was approved by 29 votes to 4, with 2 abstentions.",
  "contradicted", "vote_row",
  [g(DEL, "Tableau 5 – Résultat du vote", "Délibération DEL_2025_087"),
   g(DEL, "Exposé des motifs", "adoptée par 29 voix pour, 4 voix contre et 2 abstentions")],
  ["27", "3", "1"], "29/4/2 is the December 2023 vote on the CPOM; the amendment passed 27 for, 3 against, 1 abstention.")
c("L'antenne du Point Écoute Jeunes de La Garenne ouvre ses portes le 1er juillet 2025.",
  "contradicted", "date",
  [g(AV, "Préambule › 1.", "l'Association ouvre à compter du 1er septembre 2025 une antenne du Point Écoute Jeunes au sein de la Maison des projets de La Garenne")],
  ["1er septembre 2025"], "The antenna opens on 1 September 2025.")
c("La nouvelle antenne de La Garenne sera ouverte cinq demi-journées par semaine.",
  "contradicted", "count",
  [g(AV, "Préambule › 1.", "L'antenne est ouverte trois demi-journées par semaine (lundi après-midi, mercredi après-midi et samedi matin).")],
  ["trois"], "The antenna opens three half-days a week; five was the rejected amendment (and the main PEJ's opening).")
c("In 2024 the regional health agency (ARS) put 96,500 euros into the association's programme.",
  "contradicted", "body",
  [g(CPOM, "Article 4 › Plan de financement 2024 › ARS", "Agence régionale de santé (ARS)"),
   g(CPOM, "Article 4 › Plan de financement 2024 › Département", "Département du Haut-Lézan")],
  ["142 000 €", "96 500 €"], "96 500 € is the Département du Haut-Lézan's contribution; the ARS contributes 142 000 €.")
c("Les comptes 2024 de l'association font apparaître un excédent de 7 870 €.",
  "contradicted", "value",
  [g(DEL, "Exposé des motifs › Comptes 2024", "soit un excédent de 4 870 €")],
  ["4 870 €"], "The 2024 surplus is 4 870 €.")

# not in corpus
c("La caisse d'allocations familiales finance Horizons Prévention Santé à hauteur de 15 000 € par an.",
  "not_in_corpus", None, [], [], "The family allowance fund is never mentioned as a funder.")
c("Horizons Prévention Santé plans to open a second antenna in the Tilleuls district in 2026.",
  "not_in_corpus", None, [], [], "Only the La Garenne antenna is mentioned; nothing about a Tilleuls antenna.")
c("Le bus santé financé en partie par la Ville a été livré à l'association en octobre 2024.",
  "not_in_corpus", None, [], [], "The documents give the bus's cost and funding but not its delivery date.")
c("Avant la CPOM, la Ville versait 160 000 € par an à l'association.",
  "not_in_corpus", None, [], [], "No subsidy amount before 2024 is given in the documents.")

with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
    for o in Q:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open(ROOT / "claims.jsonl", "w", encoding="utf-8") as f:
    for o in C:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(o["kind"] for o in Q), Counter(o["lang"] for o in Q))
print(len(C), Counter(o["verdict"] for o in C), Counter(o["error"] for o in C))
en = sum(1 for o in C if any(w in o["claim"] for w in ("The ", "Under ", "In 2024", "Horizons Prévention Santé plans")))
print("claims en approx", en)
