# Writes questions.jsonl and claims.jsonl for the s7-mixte set.
# Run with: /work/main/.venv/bin/python source/make_gold.py  (from anywhere)
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
D = "2025-03-20-deliberation-conseil-communautaire-cava-cluster-sante"
C = "cls-val-arbonne-plan-actions-2024-2028-maj-2025"
R = "rapport-activite-2024-psia"
CLS_TXT = (ROOT / "docs" / "cls-val-arbonne_plan-actions-2024-2028_maj-2025.txt").read_text(encoding="utf-8")


def cls_line(label, amount, dup_ok=False):
    """Exact dot-leader line of the CLS text starting with label and ending with amount."""
    hits = [l.strip() for l in CLS_TXT.splitlines() if l.strip().startswith(label) and l.strip().endswith(amount)]
    assert hits and (dup_ok or len(hits) == 1), (label, amount, hits)
    # the loader drops dot leaders: quote only the label of the line (like a table row label)
    return label


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold=(), figures=(), history=(), answerable=True):
    Q.append({"id": f"s7-mixte-q{len(Q) + 1:02d}", "kind": kind, "lang": lang, "question": question,
              "history": list(history), "answerable": answerable, "gold": list(gold), "figures": list(figures)})


# ------------------------------------------------------------------ figure
q("figure", "fr", "À combien s'élève la subvention de fonctionnement accordée par l'agglo au PSIA pour cette année 2025 ?",
  [g(D, "Délibération › Article 2",
     "D'attribuer au Pôle Santé Innovation Arbonne une subvention de fonctionnement de 95 000 € au titre de l'exercice 2025.")],
  ["95 000 €"])
q("figure", "fr", "Combien coûte la plateforme Arbonne TéléSanté, TVA comprise ?",
  [g(D, "Exposé des motifs › Le projet « Arbonne TéléSanté »",
     "Le coût total de l'opération est estimé à 240 000 € HT, soit 288 000 € TTC.")],
  ["288 000 € TTC"])
q("figure", "fr", "Combien de médecins généralistes exercent aujourd'hui sur le territoire couvert par le CLS ?",
  [g(C, "Fiche-action n°1 › Constat",
     "Le territoire compte 61 médecins généralistes en exercice, soit une densité de 7,0 pour 10 000 habitants contre 8,6 en moyenne régionale.")],
  ["61"])
q("figure", "en", "What one-off bonus does the agglomeration pay a GP who sets up practice in a priority zone?",
  [g(C, "Fiche-action n°1 › Action 1.1",
     "une aide forfaitaire de 15 000 € est versée à tout médecin généraliste s'installant dans une commune classée en ZIP")],
  ["15 000 €"])
q("figure", "fr", "Le cluster santé compte combien de membres fin 2024 ?",
  [g(R, "3.1 Répartition par collège", "Au 31 décembre 2024, le PSIA compte 118 adhérents.")],
  ["118"])
q("figure", "fr", "Quel résultat le PSIA a-t-il dégagé sur l'exercice 2024 ?",
  [g(R, "7.3 Résultat et situation financière",
     "L'exercice 2024 se solde par un excédent de 7 390 €, que le conseil d'administration propose d'affecter en report à nouveau.")],
  ["7 390 €"])
q("figure", "en", "How long does the cluster have to complete the TéléSanté operation before the unpaid part of the equipment grant lapses?",
  [g(D, "Convention › ARTICLE 5 – Montant et modalités de versement",
     "L'opération doit être achevée dans un délai de 24 mois à compter de la notification de la convention")],
  ["24 mois"])
q("figure", "fr", "Quelle est la part de l'intercommunalité dans le financement 2025 du plan d'actions du contrat local de santé ?",
  [g(C, "Récapitulatif budgétaire",
     "La part de la CAVA dans le financement 2025 du plan d'actions s'établit à 57,8 %, celle de l'ARS à 20,6 %.")],
  ["57,8 %"])
q("figure", "fr", "Quand le contrat local de santé du Val d'Arbonne a-t-il été signé, et pour combien de temps ?",
  [g(C, "Préambule",
     "Le contrat local de santé (CLS) du Val d'Arbonne a été signé le 12 juin 2024 pour une durée de cinq ans")],
  ["12 juin 2024"])
q("figure", "en", "How many people attended the events organised by PSIA in 2024?",
  [g(R, "5. Les événements",
     "En 2024, le PSIA a organisé 7 événements (contre 5 en 2023) qui ont réuni 831 participants (612 en 2023).")],
  ["831"])
q("figure", "fr", "Quel pourcentage de la subvention annuelle de fonctionnement est versé en avance ?",
  [g(D, "Convention › ARTICLE 5 › 5.1",
     "une avance de 60 % à la signature de la convention pour 2025")],
  ["60 %"])

# ------------------------------------------------------------------ table
q("table", "en", "How many councillors took part in the vote on the PSIA deliberation (votes cast, including proxies)?",
  [g(D, "Quorum et participation › Votants (au moment du vote)", "Votants")],
  ["48"])
q("table", "fr", "Dans le plan de financement pluriannuel du fonctionnement du PSIA, combien la Région apporte-t-elle en 2026 ?",
  [g(D, "Tableau 1 – Plan de financement pluriannuel › Région Hautes-Terres", "Région Hautes-Terres")],
  ["55 000"])
q("table", "en", "In the TéléSanté cost breakdown, what is the VAT-inclusive cost of the teleconsultation carts?",
  [g(D, "Tableau 2 – Coût prévisionnel › Équipements de téléconsultation",
     "Équipements de téléconsultation (18 chariots)")],
  ["97 200 €"])
q("table", "fr", "Dans la répartition des adhérents par collège, combien de start-up le pôle comptait-il au 31/12/2023 ?",
  [g(R, "3.1 Répartition par collège › Start-up et jeunes entreprises innovantes",
     "Start-up et jeunes entreprises innovantes")],
  ["31"])
q("table", "fr", "Combien le PSIA a-t-il réellement dépensé en salaires et charges en 2024 ?",
  [g(R, "7.2 Charges › Salaires et charges sociales", "Salaires et charges sociales")],
  ["181 240 €"])
q("table", "fr", "Combien de personnes ont participé au hackathon sur le bien vieillir chez soi ?",
  [g(R, "5. Les événements › Hackathon", "Hackathon « Bien vieillir à domicile »")],
  ["96"])
q("table", "fr", "Quel a été le résultat du vote sur l'amendement déposé par le groupe Val d'Arbonne Solidaire ?",
  [g(D, "Tableau 4 – Résultats des votes › Amendement n°1",
     "Amendement n°1 (subvention 2025 portée à 110 000 €)")],
  ["9", "35", "4"])
q("table", "en", "In the CLS budget summary, what is the total 2024-2028 envelope for the mental health action sheet?",
  [g(C, "Récapitulatif budgétaire › C. Enveloppe pluriannuelle › FA5", cls_line("Enveloppe FA5", "185 000 €"))],
  ["185 000 €"])
q("table", "fr", "Combien les prestations et événements ont-ils effectivement rapporté au pôle en 2024 ?",
  [g(R, "7.1 Produits › Prestations et événements", "Prestations et événements")],
  ["41 350 €"])

# ------------------------------------------------------------------ clause
q("clause", "fr", "Qui préside le comité de suivi de la convention entre l'agglo et le PSIA ?",
  [g(D, "Convention › ARTICLE 7 – Comité de suivi",
     "Il est composé du vice-président délégué à la santé, qui le préside")],
  [])
q("clause", "en", "Under the agreement, what happens to the equipment grant if PSIA ends up spending less than planned on the telehealth platform?",
  [g(D, "Convention › ARTICLE 5 › 5.2",
     "Si la dépense réellement exécutée est inférieure à 240 000 € HT, la subvention d'équipement est réduite au prorata.")],
  ["240 000 € HT"])
q("clause", "fr", "À quel taux et dans quelle limite l'agglomération aide-t-elle les communes qui construisent une maison de santé ?",
  [g(C, "Fiche-action n°2 › Action 2.2",
     "fonds de concours de la CAVA aux communes porteuses, à hauteur de 20 % du coût HT des travaux, plafonné à 150 000 € par projet")],
  ["20 %", "150 000 €"])
q("clause", "fr", "Dans quelles conditions la CPOM avec le PSIA peut-elle être résiliée ?",
  [g(D, "Convention › ARTICLE 10 – Avenant et résiliation",
     "la convention peut être résiliée par l'autre partie à l'expiration d'un préavis de trois mois suivant l'envoi d'une lettre recommandée avec accusé de réception restée sans effet.")],
  ["trois mois"])
q("clause", "en", "Who leads the action on addictive behaviours among young people in the local health contract?",
  [g(C, "Fiche-action n°3 › Pilote",
     "Centre de soins, d'accompagnement et de prévention en addictologie (CSAPA) du CHIML")],
  [])
q("clause", "fr", "Pourquoi M. Perrichon n'a-t-il pas voté sur le dossier du cluster santé ?",
  [g(D, "Délibération › Quorum et participation",
     "M. Jean-Luc Perrichon, membre du conseil d'administration du PSIA, a quitté la salle et n'a pris part ni au débat ni au vote.")],
  [])
q("clause", "fr", "Combien paie un patient pour une séance de sport sur ordonnance ?",
  [g(C, "Fiche-action n°4 › Action 4.2", "participation de 2 € par séance demandée au bénéficiaire")],
  ["2 €"])
q("clause", "fr", "Que doit transmettre chaque année le cluster à la Communauté, et avant quelle date ?",
  [g(D, "Convention › ARTICLE 3 – Engagements du PSIA",
     "transmettre à la Communauté, avant le 30 juin de l'année suivante, son rapport d'activité, ses comptes annuels certifiés par un commissaire aux comptes et un compte rendu financier de l'utilisation de la subvention")],
  ["30 juin"])

# ------------------------------------------------------------------ list
q("list", "fr", "Quels sont les objectifs assignés au PSIA par la convention 2025-2027 ?",
  [g(D, "Convention › ARTICLE 1 – Objet", "animer le réseau des acteurs de la santé et de l'innovation du Val d'Arbonne"),
   g(D, "Convention › ARTICLE 1 – Objet", "accompagner l'émergence et le développement de projets innovants en santé"),
   g(D, "Convention › ARTICLE 1 – Objet",
     "contribuer à la mise en œuvre du contrat local de santé, notamment de sa fiche-action n°6 relative à la e-santé"),
   g(D, "Convention › ARTICLE 1 – Objet",
     "promouvoir l'attractivité du territoire auprès des professionnels de santé et des entreprises du secteur")],
  [])
q("list", "en", "Which partners are involved in the CLS mental health action sheet?",
  [g(C, "Fiche-action n°5 › Partenaires", "CHIML (pôle de psychiatrie adulte et infanto-juvénile)"),
   g(C, "Fiche-action n°5 › Partenaires",
     "Union nationale de familles et amis de personnes malades et/ou handicapées psychiques (UNAFAM)"),
   g(C, "Fiche-action n°5 › Partenaires", "groupe d'entraide mutuelle (GEM) « Le Fil »"),
   g(C, "Fiche-action n°5 › Partenaires", "bailleurs sociaux"),
   g(C, "Fiche-action n°5 › Partenaires", "CAVA.")],
  [])
q("list", "fr", "Qui finance la fiche sport-santé en 2025, et à quelle hauteur ?",
  [g(C, "Fiche-action n°4 › Financement 2025 › CAVA", cls_line("CAVA", "50 000 €")),
   g(C, "Fiche-action n°4 › Financement 2025 › ARS", cls_line("ARS Hautes-Terres (FIR)", "20 000 €", dup_ok=True)),
   g(C, "Fiche-action n°4 › Financement 2025 › DRAJES", cls_line("DRAJES", "12 000 €", dup_ok=True)),
   g(C, "Fiche-action n°4 › Financement 2025 › Département", cls_line("Département (conférence des financeurs)", "10 000 €"))],
  ["50 000 €", "20 000 €", "12 000 €", "10 000 €"])
q("list", "fr", "Quels EHPAD ont testé la téléconsultation assistée en 2024 ?",
  [g(R, "6.1 L'expérimentation de téléconsultation assistée en EHPAD", "Les Tilleuls (Montbrisac)"),
   g(R, "6.1 L'expérimentation de téléconsultation assistée en EHPAD", "la Résidence du Moulin (Lauzerac)"),
   g(R, "6.1 L'expérimentation de téléconsultation assistée en EHPAD", "Les Glycines (Castelroux)"),
   g(R, "6.1 L'expérimentation de téléconsultation assistée en EHPAD", "la Villa Sérène (Mirevent)")],
  [])
q("list", "fr", "Qui compose le bureau du cluster ?",
  [g(R, "2.1 Le conseil d'administration › Bureau",
     "Dr Marc-Antoine Lefébure, chef du service de cardiologie du centre hospitalier intercommunal Montbrisac-Lauzerac (CHIML)"),
   g(R, "2.1 Le conseil d'administration › Bureau", "Mme Claire Duvernois, fondatrice et dirigeante de la start-up Kinéo Motion"),
   g(R, "2.1 Le conseil d'administration › Bureau",
     "M. Patrick Ollagnier, directeur administratif et financier des Laboratoires Vercorin"),
   g(R, "2.1 Le conseil d'administration › Bureau", "Mme Nadia Ferhat, pharmacienne d'officine à Lauzerac")],
  [])
q("list", "fr", "Sur quels postes de dépense se décompose le coût de l'opération TéléSanté ?",
  [g(D, "Tableau 2 – Coût prévisionnel", "Licences et développement logiciel"),
   g(D, "Tableau 2 – Coût prévisionnel", "Équipements de téléconsultation (18 chariots)"),
   g(D, "Tableau 2 – Coût prévisionnel", "Formation des professionnels"),
   g(D, "Tableau 2 – Coût prévisionnel", "Assistance à maîtrise d'ouvrage")],
  ["132 000 €", "81 000 €", "15 000 €", "12 000 €"])

# ------------------------------------------------------------------ followup
q("followup", "fr", "Et en 2027 ?",
  [g(D, "Convention › ARTICLE 5 › 5.1",
     "La contribution financière de la Communauté s'élève à 95 000 € pour 2025, 100 000 € pour 2026 et 105 000 € pour 2027")],
  ["105 000 €"], history=["Combien la Communauté verse-t-elle au PSIA pour son fonctionnement en 2025 ?"])
q("followup", "en", "And how much of that does the ARS cover?",
  [g(C, "Fiche-action n°3 › Financement 2025 › ARS", cls_line("ARS Hautes-Terres (FIR)", "32 000 €"))],
  ["32 000 €"], history=["What is the 2025 budget of the CLS action sheet on addictions among 12-25 year olds?"])
q("followup", "fr", "Et l'année d'avant ?",
  [g(R, "5. Les événements",
     "En 2024, le PSIA a organisé 7 événements (contre 5 en 2023) qui ont réuni 831 participants (612 en 2023).")],
  ["5"], history=["Combien d'événements le PSIA a-t-il organisés en 2024 ?"])
q("followup", "fr", "Et pour la dernière année de la convention ?",
  [g(D, "Tableau 1 – Plan de financement pluriannuel › Région Hautes-Terres", "Région Hautes-Terres")],
  ["50 000"], history=["Combien la Région apporte-t-elle au fonctionnement du PSIA en 2025 ?"])
q("followup", "fr", "Et son enveloppe sur toute la durée du contrat ?",
  [g(C, "Récapitulatif budgétaire › C. Enveloppe pluriannuelle › FA6", cls_line("Enveloppe FA6", "410 000 €"))],
  ["410 000 €"], history=["Qui pilote la fiche-action n°6 du CLS ?", "Quel est son budget prévisionnel 2025 ?"])

# ------------------------------------------------------------------ cross
q("cross", "fr", "L'objectif de téléconsultations assistées fixé pour 2027 dans la convention avec le PSIA est-il le même que celui du contrat local de santé ?",
  [g(D, "Convention › ARTICLE 6 – Indicateurs › Téléconsultations", "Téléconsultations assistées réalisées dans l'année"),
   g(C, "Fiche-action n°6 › Objectifs", "Atteindre 5 000 téléconsultations assistées par an en 2027.")],
  ["5 000"])
q("cross", "en", "How much was spent in 2024 on the CLS telehealth action sheet, and who paid for the EHPAD pilot according to the cluster's report?",
  [g(C, "Récapitulatif budgétaire › B. Réalisé 2024 › FA6", cls_line("Réalisé 2024 – FA6", "54 800 €")),
   g(R, "6.1 L'expérimentation de téléconsultation assistée en EHPAD",
     "Le coût de l'expérimentation (54 800 €) a été couvert par l'ARS Hautes-Terres au titre du fonds d'intervention régional et par la CAVA.")],
  ["54 800 €"])
q("cross", "fr", "L'élu qui s'est retiré du vote sur le PSIA au conseil communautaire, quel rôle joue-t-il au sein du cluster ?",
  [g(D, "Délibération › Quorum et participation",
     "M. Jean-Luc Perrichon, membre du conseil d'administration du PSIA, a quitté la salle et n'a pris part ni au débat ni au vote."),
   g(R, "2.1 Le conseil d'administration",
     "La Communauté d'agglomération du Val d'Arbonne (CAVA) y est représentée par M. Jean-Luc Perrichon, conseiller communautaire")],
  [])

# ------------------------------------------------------------------ unanswerable
for lang, text in [
    ("fr", "Quel montant de subvention de fonctionnement est prévu pour le PSIA en 2028 ?"),
    ("fr", "Que prévoit l'article 14 de la convention signée avec le Pôle Santé Innovation Arbonne ?"),
    ("en", "What does action sheet no. 9 of the Val d'Arbonne local health contract cover?"),
    ("fr", "Quel âge a Hélène Carrasco-Viguier, la présidente de l'agglomération ?"),
    ("en", "Which political party does Bertrand Olivennes belong to?"),
    ("fr", "Combien gagne la directrice du PSIA, Sonia Belkacem-Ferrand ?"),
    ("fr", "Quelle contribution la Mutualité sociale agricole apporte-t-elle au contrat local de santé ?"),
    ("en", "What was the cluster's total income in 2023?"),
    ("fr", "Comment s'appelle le directeur général de l'ARS Hautes-Terres ?"),
]:
    q("unanswerable", lang, text, answerable=False)

# ------------------------------------------------------------------ claims
CL = []


def c(claim, verdict, gold=(), figures=(), note="", error=None):
    CL.append({"id": f"s7-mixte-c{len(CL) + 1:02d}", "claim": claim, "verdict": verdict, "error": error,
               "gold": list(gold), "figures": list(figures), "note": note})


# supported
c("L'agglomération du Val d'Arbonne versera 300 000 € de subventions de fonctionnement au PSIA sur la période 2025-2027.",
  "supported",
  [g(D, "Exposé des motifs", "soit 300 000 € sur la durée de la convention")], ["300 000 €"],
  "95 000 € + 100 000 € + 105 000 € = 300 000 € sur la durée de la convention.")
c("The council approved the TéléSanté equipment grant by 44 votes to none, with 4 abstentions.",
  "supported",
  [g(D, "Tableau 4 – Résultats des votes › Article 3", "Article 3 (subvention d'équipement « Arbonne TéléSanté »)")],
  ["44", "0", "4"], "The vote table gives 44 pour, 0 contre, 4 abstentions for Article 3.")
c("Le cluster santé a accompagné 14 projets d'innovation en 2024, contre 12 l'année précédente.",
  "supported",
  [g(R, "4.1 Chiffres clés", "d'innovation accompagnés en 2024 (12 en 2023 et 11 en 2022)")], ["14", "12"],
  "Le rapport indique 14 projets en 2024 et 12 en 2023.")
c("Le plan d'actions 2025 du contrat local de santé du Val d'Arbonne est doté de 709 000 €.",
  "supported",
  [g(C, "Récapitulatif budgétaire › A. Budget prévisionnel 2025", cls_line("TOTAL BUDGET 2025", "709 000 €"))],
  ["709 000 €"], "Le total du budget prévisionnel 2025 des huit fiches-actions est de 709 000 €.")
c("The Val d'Arbonne sport-health centre took in 420 people in 2024.",
  "supported",
  [g(C, "Fiche-action n°4 › Constat", "En 2024, la Maison sport-santé a accueilli 420 bénéficiaires")], ["420"],
  "The CLS states 420 beneficiaries in 2024.")
c("Les cotisations des adhérents du PSIA ont rapporté 52 080 € en 2024.",
  "supported",
  [g(R, "3.2 Barème des cotisations", "Les cotisations encaissées en 2024 s'élèvent à 52 080 €.")], ["52 080 €"],
  "Montant réalisé des cotisations 2024 (le budget prévoyait 52 000 €).")
c("La CAVA met gratuitement 180 m² de locaux à la disposition du cluster, un avantage en nature valorisé à 21 600 € par an.",
  "supported",
  [g(D, "Convention › ARTICLE 4 – Engagements de la Communauté",
     "Cet avantage en nature est valorisé à 21 600 € par an et doit figurer dans les comptes annuels du PSIA.")],
  ["180 m²", "21 600 €"], "L'article 4 de la convention fixe la surface (180 m²) et la valorisation (21 600 € par an).")

# contradicted
c("La future plateforme de téléconsultation Arbonne TéléSanté coûtera 240 000 € TTC.",
  "contradicted",
  [g(D, "Exposé des motifs › Le projet « Arbonne TéléSanté »",
     "Le coût total de l'opération est estimé à 240 000 € HT, soit 288 000 € TTC.")],
  ["240 000 € HT", "288 000 € TTC"], "240 000 € est le coût hors taxes ; le coût TTC est de 288 000 €.", "ht_ttc")
c("The local health contract sets aside €38,000 in total over 2024-2028 for mental health.",
  "contradicted",
  [g(C, "Récapitulatif budgétaire › C. Enveloppe pluriannuelle › FA5", cls_line("Enveloppe FA5", "185 000 €"))],
  ["185 000 €", "38 000 €"],
  "38 000 € is the 2025 budget of action sheet 5; the 2024-2028 envelope is 185 000 €.", "envelope")
c("En 2026, la Région Hautes-Terres apportera 60 000 € au fonctionnement du PSIA.",
  "contradicted",
  [g(D, "Tableau 1 – Plan de financement pluriannuel › Région Hautes-Terres", "Région Hautes-Terres")],
  ["55 000", "60 000"], "60 000 € correspond à 2024 et 2025 ; le plan prévoit 55 000 € en 2026.", "year")
c("La convention pluriannuelle avec le PSIA a été adoptée par 44 voix pour, aucune contre et 4 abstentions.",
  "contradicted",
  [g(D, "Tableau 4 – Résultats des votes › Articles 1, 2, 4, 5 et 6",
     "Articles 1, 2, 4, 5 et 6 (CPOM 2025-2027 et subvention de fonctionnement)")],
  ["40", "3", "5"],
  "44-0-4 est le vote de l'article 3 (subvention d'équipement) ; la CPOM a été adoptée par 40 pour, 3 contre, 5 abstentions.",
  "vote_row")
c("Under action 1.2 of the local health contract, medical externs receive a flat €300 per placement.",
  "contradicted",
  [g(C, "Fiche-action n°1 › Action 1.3",
     "Indemnité de stage : une indemnité forfaitaire de 300 € par stage est versée aux externes en stage ambulatoire"),
   g(C, "Fiche-action n°1 › Action 1.2",
     "Logements pour les internes : mise à disposition de 4 studios meublés à Montbrisac")],
  ["300 €"], "The 300 € placement allowance is action 1.3; action 1.2 is housing for interns.", "measure")
c("L'ARS apporte 72 000 € au projet de téléconsultation Arbonne TéléSanté.",
  "contradicted",
  [g(D, "Délibération › Article 3",
     "D'attribuer au Pôle Santé Innovation Arbonne une subvention d'équipement de 72 000 € pour l'opération « Arbonne TéléSanté »"),
   g(D, "Tableau 3 – Plan de financement › ARS", "ARS Hautes-Terres – Fonds d'intervention régional")],
  ["72 000 €", "36 000 €"], "72 000 € est la subvention de la Communauté ; l'ARS apporte 36 000 €.", "body")
c("Le conseil d'administration du Pôle Santé Innovation Arbonne compte 18 membres.",
  "contradicted",
  [g(R, "2.1 Le conseil d'administration",
     "Le conseil d'administration compte 15 membres élus par collège lors de l'assemblée générale du 13 juin 2023")],
  ["15"], "Le CA compte 15 membres.", "count")
c("The cluster's new agreement with the agglomeration runs until 31 December 2028.",
  "contradicted",
  [g(D, "Convention › ARTICLE 2 – Durée",
     "La convention est conclue pour une durée de trois ans, du 1er janvier 2025 au 31 décembre 2027.")],
  ["31 décembre 2027"], "The agreement ends on 31 December 2027.", "date")
c("Grâce à l'appui du PSIA, ses adhérents ont levé 5,8 M€ de financements en 2024.",
  "contradicted",
  [g(R, "1. Le mot du président",
     "Nous avons accompagné 14 projets d'innovation, un record, et nos adhérents ont levé 2,3 M€ de financements publics et privés avec notre appui.")],
  ["2,3 M€"], "Les adhérents ont levé 2,3 M€ en 2024 ; 5,8 M€ est le cumul 2022-2024 cité par la délibération.", "value")
c("Les travaux de la future maison de santé de Castelroux sont estimés à 1 092 000 € HT.",
  "contradicted",
  [g(C, "Fiche-action n°2 › Budget",
     "Le coût des travaux de la MSP de Castelroux est estimé à 910 000 € HT (1 092 000 € TTC)")],
  ["910 000 € HT", "1 092 000 € TTC"], "1 092 000 € est le montant TTC ; le coût HT est de 910 000 €.", "ht_ttc")

# not in corpus
c("Le PSIA a reçu en 2024 une subvention de 25 000 € de la Mutualité sociale agricole.", "not_in_corpus",
  note="Aucun document ne mentionne la MSA ni une telle subvention.")
c("The agglomeration plans to open a municipal health centre with salaried doctors in Lauzerac in 2026.", "not_in_corpus",
  note="No document mentions a municipal health centre with salaried doctors.")
c("Le budget 2026 du plan d'actions du contrat local de santé atteindra 750 000 €.", "not_in_corpus",
  note="Le plan d'actions donne le budget 2025, le réalisé 2024 et l'enveloppe 2024-2028, pas de budget 2026.")
c("La directrice du PSIA, Sonia Belkacem-Ferrand, a été recrutée en 2021 après avoir dirigé un incubateur à Lyon.",
  "not_in_corpus", note="Les documents ne disent rien du parcours ni de la date de recrutement de la directrice.")
c("Le taux d'occupation des quatre studios réservés aux internes à Montbrisac a atteint 95 % en 2024.", "not_in_corpus",
  note="Le CLS fixe une cible de 80 % mais ne donne aucun taux constaté en 2024.")

with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
    for r in Q:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(ROOT / "claims.jsonl", "w", encoding="utf-8") as f:
    for r in CL:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(r["kind"] for r in Q), Counter(r["lang"] for r in Q))
print(len(CL), Counter(r["verdict"] for r in CL), Counter(r["error"] for r in CL))
print("claims en:", sum(1 for r in CL if any(w in r["claim"] for w in (" the ", "The "))))
