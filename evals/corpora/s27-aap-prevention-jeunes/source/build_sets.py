#!/usr/bin/env python3
"""Écrit questions.jsonl et claims.jsonl (évite les erreurs d'échappement JSON à la main)."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
P = "s27-aap-prevention-jeunes"
A = "2026-01-15-ars-hautes-marches-aap-prevention-jeunes-2026"
PV = "2026-04-14-ars-hautes-marches-pv-comite-selection-aap-jeunes"
R = "2026-05-04-ars-hautes-marches-arrete-2026-dsp-0417-subventions-jeunes"
J = "2026-05-07-courrier-des-marches-article-prevention-jeunes"


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


# ---- lignes de tableaux réutilisées ------------------------------------
PV_ROW = {
    "01": "2026-01    | Les Passeurs de Mots (association)          | Vérignac                 |        72 000 € |        84 | Favorable",
    "02": "2026-02    | Mission locale du Pays de Sornelle          | Castelroux               |        58 000 € |        78 | Favorable",
    "03": "2026-03    | CH de Vérignac – Maison des adolescents     | Vérignac                 |        90 000 € |        88 | Favorable",
    "12": "2026-12    | Fédération des foyers ruraux de la Sornelle | Saint-Aubrac-sur-Lône    |        95 000 € |        69 | Favorable (réduit)",
}
AR_ROW = {
    "01": "| 2026-01 | Association Les Passeurs de Mots | Dire pour aller mieux | Vérignac | 36 000 € | 36 000 € | 72 000 € |",
    "03": "| 2026-03 | Centre hospitalier de Vérignac (Maison des adolescents) | Parenthèse | Vérignac | 50 000 € | 40 000 € | 90 000 € |",
    "06": "| 2026-06 | Association Corps & Consentement | Parlons-en ! | Saint-Aubrac-sur-Lône | 32 000 € | 32 000 € | 64 000 € |",
    "08": "| 2026-08 | Association Addictions Prévention Sornelle | Addi'Jeunes | Brévannes-la-Forêt | 40 000 € | 40 000 € | 80 000 € |",
    "11": "| 2026-11 | SISA Maison de santé pluriprofessionnelle des Tilleuls | Bien dans mon assiette, bien dans mes baskets | Montferrand-les-Tilleuls | 22 000 € | 22 000 € | 44 000 € |",
    "12": "| 2026-12 | Fédération des foyers ruraux de la Sornelle | Points santé itinérants | Saint-Aubrac-sur-Lône | 45 000 € | 38 400 € | 83 400 € |",
    "tot": "| **Total** | | | | **300 000 €** | **283 400 €** | **583 400 €** |",
}


def flat(row):
    """Ligne de tableau telle que le texte extrait la présente (sans « | » ni « ** »)."""
    return " ".join(row.replace("|", " ").replace("**", "").split())


PV_ROW = {k: flat(v) for k, v in PV_ROW.items()}
AR_ROW = {k: flat(v) for k, v in AR_ROW.items()}
AR_TAB = "Article 1er › Tableau des bénéficiaires › "
PV_TAB = "4. Tableau des dossiers reçus › "

A_ENV = "L'enveloppe consacrée au présent appel à projets s'élève à 600 000 € pour les exercices 2026 et 2027, soit 300 000 € par an."
A_PLAF = "Le montant de la subvention est plafonné à 90 000 € par projet pour l'ensemble de sa durée, et à 50 000 € pour une même année civile."
R_ART1 = "Des subventions d'un montant total de 583 400 € sont attribuées aux neuf structures figurant dans le tableau ci-dessous"

Q = []


def q(kind, lang, question, gold, figures, answerable=True, history=None):
    Q.append({
        "kind": kind, "lang": lang, "question": question, "history": history or [],
        "answerable": answerable, "gold": gold, "figures": figures,
    })


# ---- figure (10) -------------------------------------------------------
q("figure", "fr", "Quel budget l'ARS a-t-elle mis sur la table pour l'appel à projets jeunes 2026 ?",
  [g(A, "4.1 Enveloppe disponible", A_ENV)], ["600 000 €", "300 000 €"])
q("figure", "en", "Up to what share of a project's total cost can the ARS grant go?",
  [g(A, "4.2.1 Taux maximum de financement", "La subvention de l'ARS ne peut excéder 80 % du coût total du projet.")],
  ["80 %"])
q("figure", "fr", "En dessous de quel montant une demande de subvention n'est-elle même pas examinée ?",
  [g(A, "4.2.2 Plafond et plancher par projet", "Aucune demande inférieure à 10 000 € ne sera instruite.")],
  ["10 000 €"])
q("figure", "fr", "Combien l'arrêté de la directrice générale distribue-t-il au total ?",
  [g(R, "Article 1er", R_ART1)], ["583 400 €"])
q("figure", "en", "How much funding did applicants request altogether?",
  [g(PV, "6. Synthèse budgétaire", "Montant total demandé : 751 000 €, dont 607 000 € pour les neuf projets retenus.")],
  ["751 000 €"])
q("figure", "fr", "Quelle proportion des lycéens de la région dit avoir vécu un épisode dépressif dans l'année ?",
  [g(A, "1.2.1 Santé mentale",
     "19 % des lycéens des Hautes-Marches déclarent avoir connu un épisode dépressif caractérisé au cours des douze derniers mois.")],
  ["19 %"])
q("figure", "fr", "Après la sélection, combien reste-t-il de non attribué sur l'enveloppe, et sur quel exercice ?",
  [g(PV, "6. Synthèse budgétaire", "Reliquat sur l'enveloppe : 16,6 k€, disponible sur l'exercice 2027.")],
  ["16,6 k€", "2027"])
q("figure", "en", "What cap applies to overhead (frais de structure) in the eligible budget?",
  [g(A, "3.4 Dépenses éligibles", "les frais de structure, dans la limite de 10 % du coût total du projet.")],
  ["10 %"])
q("figure", "fr", "Combien de jeunes les projets retenus espèrent-ils toucher, d'après le comité ?",
  [g(PV, "6. Synthèse budgétaire",
     "Les neuf projets retenus prévoient de toucher environ 4 100 jeunes de 11 à 25 ans sur la durée du programme.")],
  ["4 100"])
q("figure", "en", "How does daily smoking among 17-year-olds in the region compare with the national rate?",
  [g(A, "1.2.2 Conduites addictives",
     "Le tabagisme quotidien à 17 ans atteint 18,4 % dans la région, contre 15,6 % au niveau national.")],
  ["18,4 %", "15,6 %"])

# ---- table (8) ---------------------------------------------------------
q("table", "fr", "Quelle note la mission locale du Pays de Sornelle a-t-elle obtenue ?",
  [g(PV, PV_TAB + "Dossier 2026-02", PV_ROW["02"])], ["78"])
q("table", "en", "How many points does the selection grid give for the quality of the partnership?",
  [g(A, "5.2 Grille de sélection › Critère 4", "4. Qualité du partenariat et ancrage territorial 15 % 15")],
  ["15"])
q("table", "fr", "Combien la Fédération des foyers ruraux touchera-t-elle au titre de 2027 ?",
  [g(R, AR_TAB + "Dossier 2026-12", AR_ROW["12"])], ["38 400 €"])
q("table", "fr", "Pour quand le bilan intermédiaire doit-il être envoyé ?",
  [g(A, "6. Calendrier › Transmission du bilan intermédiaire", "Transmission du bilan intermédiaire 31 janvier 2027")],
  ["31 janvier 2027"])
q("table", "en", "Which application received the best score from the instructors, and what was the score?",
  [g(PV, PV_TAB + "Dossier 2026-03", PV_ROW["03"])], ["88"])
q("table", "fr", "Quel montant est prévu pour la maison de santé des Tilleuls sur l'année 2026 ?",
  [g(R, AR_TAB + "Dossier 2026-11", AR_ROW["11"])], ["22 000 €"])
q("table", "fr", "Dans le modèle de budget en annexe, quelle somme est inscrite pour le personnel ?",
  [g(A, "Annexe 1 › 64 – Charges de personnel",
     "64 – Charges de personnel 0,6 ETP d'animateur de prévention sur 12 mois 29 500 €")],
  ["29 500 €"])
q("table", "fr", "Au total, combien l'arrêté engage-t-il sur l'exercice 2026 ?",
  [g(R, AR_TAB + "Total", AR_ROW["tot"])], ["300 000 €"])

# ---- clause (8) --------------------------------------------------------
q("clause", "fr", "Comment l'argent est-il versé aux lauréats ?",
  [g(R, "Article 3",
     "Pour chacune des deux tranches annuelles, la subvention est versée selon l'échéancier suivant : 70 % à la notification, le solde sur production du bilan.")],
  ["70 %"])
q("clause", "en", "What must a selection committee member do if they have a conflict of interest with an application?",
  [g(A, "5.3 Comité de sélection",
     "Tout membre se trouvant en situation de conflit d'intérêts quitte la séance lors de l'examen du dossier concerné.")],
  [])
q("clause", "fr", "Un porteur écarté dispose de combien de temps pour contester l'arrêté ?",
  [g(R, "Article 7",
     "Le présent arrêté peut faire l'objet, dans un délai de deux mois à compter de sa notification ou de sa publication :")],
  ["deux mois"])
q("clause", "fr", "Sur quelle mission et quelle sous-destination du FIR les subventions sont-elles imputées ?",
  [g(R, "Article 2",
     "La dépense est imputée sur le fonds d'intervention régional, mission 1 « Promotion de la santé et prévention des maladies, des traumatismes, du handicap et de la perte d'autonomie », sous-destination 1.3 « Prévention et promotion de la santé des jeunes »")],
  ["mission 1", "1.3"])
q("clause", "en", "What condition has to be met before the 2027 instalment is released?",
  [g(R, "Article 3",
     "La tranche 2027 n'est notifiée qu'après réception du bilan intermédiaire, attendu au plus tard le 31 janvier 2027.")],
  ["31 janvier 2027"])
q("clause", "fr", "Un projet noté 70/100 mais qui a zéro sur le critère du partenariat peut-il quand même être financé ?",
  [g(A, "5.2 Grille de sélection",
     "Un projet obtenant la note de zéro à l'un des critères 1 à 4 ne peut être retenu, quelle que soit sa note globale.")],
  [])
q("clause", "fr", "Le centre social Les Glycines a-t-il encore une chance d'être financé, et dans quelles conditions ?",
  [g(R, "Article 6",
     "Il peut bénéficier d'une subvention d'un montant maximal de 36 000 € en cas de désistement d'un bénéficiaire mentionné à l'article 1er avant le 30 septembre 2026.")],
  ["36 000 €", "30 septembre 2026"])
q("clause", "fr", "Combien de membres faut-il au minimum pour que le comité de sélection puisse délibérer ?",
  [g(A, "5.3 Comité de sélection",
     "Le comité ne peut valablement délibérer que si six membres à voix délibérative au moins sont présents.")],
  ["six"])

# ---- list (5) ----------------------------------------------------------
q("list", "fr", "Quelles dépenses l'ARS refuse-t-elle de financer dans cet appel à projets ?",
  [g(A, "3.5 Dépenses inéligibles", s) for s in [
      "les dépenses d'investissement immobilier et les travaux ;",
      "l'acquisition de véhicules ;",
      "l'achat d'équipements informatiques ou numériques (ordinateurs, tablettes) ;",
      "les actes de soins individuels pris en charge par l'assurance maladie ;",
      "les frais de réception et de restauration non liés aux ateliers ;",
      "les dépenses déjà financées par un autre dispositif de l'ARS.",
  ]], [])
q("list", "en", "Which kinds of organisations are allowed to apply?",
  [g(A, "3.1 Structures éligibles", s) for s in [
      "les associations régies par la loi du 1er juillet 1901, déclarées depuis au moins un an à la date de dépôt ;",
      "les collectivités territoriales et leurs groupements (communes, établissements publics de coopération intercommunale) ;",
      "les établissements publics de santé et leurs structures internes (maisons des adolescents, CJC) ;",
      "les centres de santé et les maisons de santé pluriprofessionnelles constituées en société interprofessionnelle de soins ambulatoires ;",
      "les missions locales et les structures labellisées Information Jeunesse.",
  ]], ["1er juillet 1901"])
q("list", "fr", "Qu'est-ce qu'il faut mettre dans le dossier de candidature ?",
  [g(A, "7.2 Composition du dossier", s) for s in [
      "le formulaire Cerfa n° 12156 de demande de subvention, complété et signé ;",
      "une note de présentation du projet de dix pages au maximum ;",
      "le budget prévisionnel du projet, établi selon le modèle figurant en annexe 1 ;",
      "les statuts, la liste des membres du conseil d'administration et le dernier rapport d'activité (pour les associations) ;",
      "un relevé d'identité bancaire au nom de la structure ;",
      "les lettres d'engagement des partenaires.",
  ]], ["12156"])
q("list", "fr", "Qui ne peut pas candidater ?",
  [g(A, "3.2 Structures non éligibles", s) for s in [
      "les sociétés commerciales et toute structure à but lucratif ;",
      "les personnes physiques ;",
      "les structures n'étant pas à jour de leurs obligations fiscales et sociales ;",
      "les porteurs n'ayant pas transmis le bilan d'un financement FIR antérieur.",
  ]], [])
q("list", "en", "Which areas does the call single out as priority territories?",
  [g(A, "1.3 Territoires prioritaires", s) for s in [
      "les quartiers prioritaires de la politique de la ville (QPV) des Hauts-de-Vérignac (Vérignac) et de la Croix-Blanche (Castelroux) ;",
      "les communes classées en zone de revitalisation rurale (ZRR) du département de la Sornelle, notamment Lunac, Saint-Aubrac-sur-Lône et Brévannes-la-Forêt ;",
      "le bassin de vie de Montferrand-les-Tilleuls, identifié comme zone d'intervention prioritaire du contrat local de santé.",
  ]], [])

# ---- followup (5) ------------------------------------------------------
q("followup", "fr", "Et pour 2027 ?",
  [g(R, AR_TAB + "Dossier 2026-06", AR_ROW["06"])], ["32 000 €"],
  history=["Combien l'association Corps & Consentement reçoit-elle en 2026 ?"])
q("followup", "en", "And why was its grant cut?",
  [g(PV, "5.5 Dossier 2026-08",
     "Les frais de structure inscrits au budget représentent 14 % du coût total ; le comité les ramène à 10 %, soit une réduction de 6 000 €.")],
  ["14 %", "10 %", "6 000 €"],
  history=["What score did Addictions Prévention Sornelle get?"])
q("followup", "fr", "Et les décisions, elles sont notifiées quand ?",
  [g(A, "6. Calendrier › Notification des décisions", "Notification des décisions au plus tard le 15 mai 2026")],
  ["15 mai 2026"],
  history=["Quand se réunit le comité de sélection ?"])
q("followup", "fr", "Quelqu'un est-il sorti de la salle pendant l'examen de ce dossier ? Pour quelle raison ?",
  [g(PV, "2.1 Déclarations d'intérêts",
     "M. Rouquette déclare être administrateur bénévole de la Fédération des foyers ruraux de la Sornelle, porteuse du dossier 2026-12."),
   g(PV, "5.8 Dossier 2026-12", "M. Rouquette quitte la salle à 11 h 05.")],
  ["11 h 05"],
  history=["Comment a voté le comité sur le dossier des foyers ruraux ?"])
q("followup", "en", "How is that split between the two years?",
  [g(R, AR_TAB + "Dossier 2026-03", AR_ROW["03"])], ["50 000 €", "40 000 €"],
  history=["How much does the Maison des adolescents in Vérignac get in total?"])

# ---- cross (4) ---------------------------------------------------------
q("cross", "fr", "Le montant finalement attribué par l'arrêté épuise-t-il l'enveloppe annoncée dans l'appel à projets ? Quel est l'écart ?",
  [g(A, "4.1 Enveloppe disponible", A_ENV), g(R, "Article 1er", R_ART1),
   g(PV, "6. Synthèse budgétaire", "Reliquat sur l'enveloppe : 16,6 k€, disponible sur l'exercice 2027.")],
  ["600 000 €", "583 400 €", "16,6 k€"])
q("cross", "en", "The newspaper says some 4,000 young people will be reached. Does that match the selection committee's estimate?",
  [g(J, "Paragraphe « Les campagnes en ligne de mire »", "quelque 4 000 jeunes devraient être touchés d'ici 2028."),
   g(PV, "6. Synthèse budgétaire",
     "Les neuf projets retenus prévoient de toucher environ 4 100 jeunes de 11 à 25 ans sur la durée du programme.")],
  ["4 100"])
q("cross", "fr", "Les foyers ruraux demandaient-ils plus que le plafond par projet prévu par le cahier des charges, et combien ont-ils finalement obtenu ?",
  [g(A, "4.2.2 Plafond et plancher par projet", A_PLAF),
   g(PV, PV_TAB + "Dossier 2026-12", PV_ROW["12"]),
   g(R, AR_TAB + "Dossier 2026-12", AR_ROW["12"])],
  ["90 000 €", "95 000 €", "83 400 €"])
q("cross", "en", "Does the Maison des adolescents' 2026 grant stay within the yearly ceiling set by the call?",
  [g(A, "4.2.2 Plafond et plancher par projet", A_PLAF),
   g(R, AR_TAB + "Dossier 2026-03", AR_ROW["03"])],
  ["50 000 €"])

# ---- unanswerable (10) -------------------------------------------------
for lang, text in [
    ("fr", "Quelle subvention a été accordée au dossier 2026-15 ?"),
    ("en", "What salary will Les Passeurs de Mots pay the second facilitator it plans to hire?"),
    ("fr", "Quel est le numéro de téléphone de Justine Carrel, la chargée de mission ?"),
    ("fr", "Combien de projets l'ARS avait-elle financés dans l'appel à projets 2024 ?"),
    ("fr", "Quel est le coût total du projet « Parenthèse » de la Maison des adolescents ?"),
    ("en", "What did the commune of Lunac score on the partnership criterion?"),
    ("fr", "Combien le conseil départemental apporte-t-il au projet des Passeurs de Mots ?"),
    ("fr", "Quel membre du comité a voté contre le dossier des foyers ruraux ?"),
    ("fr", "Quand l'appel à projets jeunes 2027 sera-t-il publié ?"),
    ("fr", "Quel est le montant total du fonds d'intervention régional de l'ARS Hautes-Marches pour 2026 ?"),
]:
    q("unanswerable", lang, text, [], [], answerable=False)

# ---- claims --------------------------------------------------------------
C = []


def c(claim, verdict, error, gold, figures, note):
    C.append({"claim": claim, "verdict": verdict, "error": error, "gold": gold,
              "figures": figures, "note": note})


c("L'ARS Hautes-Marches consacre près de 600 000 euros à neuf projets de prévention destinés aux jeunes.",
  "supported", None, [g(R, "Article 1er", R_ART1)], ["583 400 €"],
  "L'arrêté attribue 583 400 € à neuf structures, ce que « près de 600 000 euros » arrondit correctement.")
c("Quatorze dossiers ont été déposés en réponse à l'appel à projets.",
  "supported", None,
  [g(PV, "6. Synthèse budgétaire", "Dossiers reçus : 14, dont 12 recevables et 2 irrecevables.")], ["14"],
  "Le PV recense 14 dossiers reçus, dont 12 recevables.")
c("La Maison des adolescents du centre hospitalier de Vérignac a obtenu la meilleure note, 88 sur 100.",
  "supported", None, [g(PV, PV_TAB + "Dossier 2026-03", PV_ROW["03"])], ["88"],
  "Le dossier 2026-03 est noté 88/100, la note la plus élevée du tableau.")
c("The rural federation's grant was trimmed because a vehicle purchase in its budget was ruled ineligible.",
  "supported", None,
  [g(PV, "5.8 Dossier 2026-12",
     "Le budget comprend l'acquisition d'un véhicule d'occasion pour 11 600 €, dépense inéligible, qui est déduite du montant demandé.")],
  ["11 600 €"],
  "Le comité déduit 11 600 € de véhicule, d'où 83 400 € au lieu de 95 000 € demandés.")
c("Les subventions de l'ARS ne peuvent pas couvrir plus de 80 % du coût d'un projet.",
  "supported", None,
  [g(A, "4.2.1 Taux maximum de financement", "La subvention de l'ARS ne peut excéder 80 % du coût total du projet.")],
  ["80 %"], "Le cahier des charges fixe le taux maximum à 80 % du coût total.")
c("Le dossier des foyers ruraux a été adopté par sept voix contre une, avec une abstention.",
  "supported", None,
  [g(PV, "5.8 Dossier 2026-12", "Vote : Pour : 7 – Contre : 1 – Abstention : 1.")], ["7", "1", "1"],
  "Le PV consigne pour le dossier 2026-12 le vote Pour : 7 – Contre : 1 – Abstention : 1.")
c("L'association Addictions Prévention Sornelle recevra 40 000 euros par an pendant deux ans.",
  "supported", None, [g(R, AR_TAB + "Dossier 2026-08", AR_ROW["08"])], ["40 000 €", "80 000 €"],
  "L'arrêté prévoit 40 000 € en 2026 et 40 000 € en 2027, soit 80 000 €.")

c("L'enveloppe de l'appel à projets s'élevait à 583 400 euros.",
  "contradicted", "envelope", [g(A, "4.1 Enveloppe disponible", A_ENV), g(R, "Article 1er", R_ART1)],
  ["600 000 €", "583 400 €"],
  "L'enveloppe était de 600 000 € ; 583 400 € est le montant effectivement attribué.")
c("Les Passeurs de Mots toucheront 36 000 euros en 2028.",
  "contradicted", "year",
  [g(R, AR_TAB + "Dossier 2026-01", AR_ROW["01"]),
   g(A, "4.2.3 Durée des projets",
     "Le financement est attribué en deux tranches annuelles, au titre des exercices 2026 et 2027.")],
  ["36 000 €", "2026", "2027"],
  "Les 36 000 € annuels sont attribués au titre de 2026 et de 2027, aucun montant n'est prévu pour 2028.")
c("Le projet de l'association Corps & Consentement a été approuvé à l'unanimité.",
  "contradicted", "vote_row",
  [g(PV, "5.3 Dossier 2026-06", "Vote : Pour : 9 – Contre : 0 – Abstention : 1.")], ["9", "0", "1"],
  "Le dossier 2026-06 a recueilli une abstention (9 – 0 – 1) ; l'unanimité concerne d'autres dossiers.")
c("Le comité de sélection s'est réuni le 14 mars 2026.",
  "contradicted", "date", [g(PV, "En-tête", "Séance du mardi 14 avril 2026")], ["14 avril 2026"],
  "La séance du comité a eu lieu le 14 avril 2026, pas en mars.")
c("Onze projets ont été retenus par l'ARS à l'issue du comité de sélection.",
  "contradicted", "count",
  [g(PV, "6. Synthèse budgétaire", "Avis favorables : 9 ; liste complémentaire : 1 ; avis défavorables : 2.")],
  ["9"], "Neuf projets ont reçu un avis favorable ; onze était le nombre de projets financés en 2025.")
c("C'est le conseil départemental de la Sornelle qui verse les subventions aux lauréats.",
  "contradicted", "body",
  [g(R, "Article 3",
     "Les versements sont effectués par virement sur le compte bancaire du bénéficiaire par la Caisse primaire d'assurance maladie de la Sornelle, organisme payeur du fonds d'intervention régional.")],
  [], "Les versements sont effectués par la CPAM de la Sornelle, organisme payeur du FIR.")
c("The call caps each project at 90,000 euros per year.",
  "contradicted", "measure", [g(A, "4.2.2 Plafond et plancher par projet", A_PLAF)], ["90 000 €", "50 000 €"],
  "90 000 € est le plafond pour toute la durée du projet ; le plafond annuel est de 50 000 €.")
c("Winners receive 80% of their grant on notification, with the balance paid on the final report.",
  "contradicted", "value",
  [g(R, "Article 3",
     "Pour chacune des deux tranches annuelles, la subvention est versée selon l'échéancier suivant : 70 % à la notification, le solde sur production du bilan.")],
  ["70 %"], "L'arrêté prévoit 70 % à la notification, et non 80 %.")

c("Le directeur de la mission locale du Pays de Sornelle a démissionné après le comité de sélection.",
  "not_in_corpus", None, [], [], "Aucun document ne mentionne la direction de la mission locale ni une démission.")
c("L'ARS prévoit de relancer un appel à projets similaire en 2027.",
  "not_in_corpus", None, [], [], "Aucun document n'évoque un futur appel à projets pour 2027.")
c("Le projet « Parenthèse » permettra de recruter trois psychologues à temps plein.",
  "not_in_corpus", None, [], [], "Les effectifs du projet de la Maison des adolescents ne sont précisés nulle part.")
c("La commune de Lunac a déposé un recours gracieux contre le rejet de son dossier.",
  "not_in_corpus", None, [], [], "Le corpus indique les voies de recours mais aucun recours effectivement formé.")
c("Le conseil départemental apporte 12 000 euros au projet des Passeurs de Mots.",
  "not_in_corpus", None, [], [],
  "Le PV indique que le département cofinance le dossier 2026-01 sans en préciser le montant.")


def write(name, rows, prefix):
    with open(ROOT / name, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            f.write(json.dumps({"id": f"{P}-{prefix}{i:02d}", **r}, ensure_ascii=False) + "\n")


write("questions.jsonl", Q, "q")
write("claims.jsonl", C, "c")
print(len(Q), "questions,", len(C), "claims")
