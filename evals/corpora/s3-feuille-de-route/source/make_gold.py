"""Write questions.jsonl and claims.jsonl for set s3-feuille-de-route."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
P = "2025-03-21-feuille-de-route-sante-innovation-haute-varenne-2025-2027"
D = "2025-03-21-deliberation-cd-haute-varenne-del-2025-037"
S = "2024-01-synthese-sris-loire-morvan-2024-2028"


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures, history=None):
    Q.append({"kind": kind, "lang": lang, "question": question, "history": history or [],
              "answerable": kind != "unanswerable", "gold": gold, "figures": figures})


# ---------------- figure
q("figure", "fr", "Combien touche chaque mois un interne en médecine générale qui signe une bourse d'engagement avec le Département ?",
  [g(P, "Orientation 1 › Action 1.1.1", "une bourse de 600 € brut par mois")], ["600 €"])
q("figure", "en", "What is the all-taxes-included price of the vehicle for the mobile screening unit?",
  [g(P, "Orientation 2 › Action 2.1.1", "estimée à 385 000 € HT, soit 462 000 € TTC")], ["462 000 € TTC"])
q("figure", "fr", "Quel a été le résultat du vote sur l'amendement du groupe Varenne Solidaire et Écologique ?",
  [g(D, "Synthèse des débats › Vote sur l'amendement n° 1", "Pour : 6 ; Contre : 34 ; Abstentions : 4")], ["6", "34", "4"])
q("figure", "fr", "Combien d'élus étaient physiquement présents à la séance du 21 mars 2025 ?",
  [g(D, "Préambule › Quorum", "Présents : 36")], ["36"])
q("figure", "en", "How much is the external mid-term evaluation expected to cost excluding VAT?",
  [g(P, "VI.2 Évaluation", "60 000 € HT, soit 72 000 € TTC")], ["60 000 € HT"])
q("figure", "fr", "Jusqu'à quel montant le CD peut-il subventionner un projet de maison de santé pluriprofessionnelle ?",
  [g(P, "Orientation 1 › Action 1.2.1", "plafonnée à 250 000 € par projet")], ["250 000 €"])
q("figure", "fr", "De quel montant est l'AP ouverte pour les dépenses d'investissement de la feuille de route ?",
  [g(D, "Article 2", "l’autorisation de programme AP-2025-SI-01 d’un montant de 4 850 000 €")], ["4 850 000 €"])
q("figure", "en", "By what deadline does a département's assembly have to adopt its roadmap to qualify for regional co-funding?",
  [g(S, "Objectif stratégique 5 › a)", "la feuille de route doit être adoptée par l'assemblée départementale avant le 30 juin 2025")],
  ["30 juin 2025"])
q("figure", "fr", "Quel était le montant des crédits santé du Département de la Haute-Varenne l'année précédant la feuille de route ?",
  [g(D, "Exposé des motifs", "En 2024, les crédits départementaux consacrés à la santé et à l’accès aux soins s’élevaient à 1 640 000 €")],
  ["1 640 000 €"])
q("figure", "fr", "Combien de contributions ont été déposées sur la plateforme de consultation en ligne ?",
  [g(P, "II. Méthode d'élaboration", "une consultation en ligne qui a recueilli 1 142 contributions")], ["1 142"])
q("figure", "en", "How many regional councillors voted for the SRIS in December 2023?",
  [g(S, "Contexte et méthode", "par 61 voix pour, 18 voix contre et 7 abstentions")], ["61"])

# ---------------- table
q("table", "fr", "Dans la maquette financière, quel montant est inscrit en 2026 pour l'unité mobile de dépistage ?",
  [g(P, "IV › Tableau 1 › Action 2.1.1", "Action 2.1.1 – Unité mobile de dépistage")], ["462 000"])
q("table", "en", "What is the total 2025-2027 budget line for the departmental health centre?",
  [g(P, "IV › Tableau 1 › Action 1.2.2", "Action 1.2.2 – Centre départemental de santé")], ["1 160 000"])
q("table", "fr", "Dans le tableau des indicateurs, quelle est la cible 2027 pour le délai d'obtention d'un premier rendez-vous à la MDA ?",
  [g(P, "V › Tableau 3 › Délai d'accès à la MDA", "Délai d'accès à la MDA (jours)")], ["21"])
q("table", "fr", "Selon le plan de financement, combien apporte l'ARS et quelle part du total cela représente-t-il ?",
  [g(P, "IV › Tableau 2 › ARS Loire-Morvan (FIR)", "ARS Loire-Morvan (FIR)")], ["1 028 000", "10 %"])
q("table", "en", "In the SRIS table of regional envelopes, how much European FEDER money is earmarked for innovation and digital health?",
  [g(S, "Tableau 1 › OS 3", "OS 3 – Innovation et numérique en santé")], ["24,0 M€"])
q("table", "fr", "Quel est le plafond annuel de cofinancement régional prévu pour la feuille de route du Morvan-Nord ?",
  [g(S, "Tableau 2 › Morvan-Nord", "Morvan-Nord")], ["600 k€"])
q("table", "fr", "Quels crédits 2025 la délibération inscrit-elle pour l'axe bien vieillir et autonomie ?",
  [g(D, "Article 3 › Répartition par axe › Bien vieillir et autonomie", "Bien vieillir et autonomie")], ["555 000 €"])
q("table", "en", "What is the 2027 subtotal for Orientation 3 in the roadmap's budget table?",
  [g(P, "IV › Tableau 1 › Sous-total Orientation 3", "Sous-total Orientation 3")], ["575 000"])

# ---------------- clause
q("clause", "fr", "Que risque un interne boursier qui ne respecte pas son engagement de s'installer dans le département ?",
  [g(P, "Orientation 1 › Action 1.1.1", "En cas de non-respect de l'engagement, le remboursement intégral des sommes perçues est exigé.")], [])
q("clause", "fr", "Pourquoi un conseiller départemental n'a-t-il pas voté sur la convention avec le pôle VSN ?",
  [g(D, "Visas › Considérant", "M. Thierry Lagasse, conseiller départemental, siège au conseil d’administration du pôle Varenne Santé Numérique et ne prend part ni aux débats ni au vote sur l’article 5")],
  [])
q("clause", "en", "Which grants stay outside the delegation given to the commission permanente?",
  [g(D, "Article 7", "à l’exception des subventions d’un montant unitaire supérieur à 150 000 €, qui demeurent de la compétence de l’Assemblée départementale")],
  ["150 000 €"])
q("clause", "fr", "Qui conduit le comité technique de la feuille de route et à quel rythme se réunit-il ?",
  [g(P, "VI.1 Instances de pilotage", "Le comité technique (COTECH) se réunit chaque trimestre sous la conduite du Dr Claire Villemagne")], [])
q("clause", "fr", "Le taux d'aide aux MSP est-il différent pour les petites communes rurales ?",
  [g(P, "Orientation 1 › Action 1.2.1", "Le taux est porté à 40 % pour les projets situés dans une commune de moins de 2 000 habitants, le plafond restant inchangé.")],
  ["40 %"])
q("clause", "en", "How does the Region schedule its payments to a département once the co-funding contract is signed?",
  [g(S, "Objectif stratégique 5 › c)", "Une avance de 30 % est versée à la signature du contrat"),
   g(S, "Objectif stratégique 5 › c)", "le solde, de 10 %, est versé après remise de l'évaluation finale")],
  ["30 %", "10 %"])
q("clause", "fr", "Que devient l'enveloppe d'un département qui n'a pas voté sa feuille de route à temps ?",
  [g(S, "Questions fréquentes des Départements", "L'enveloppe indicative non engagée est redéployée au profit des appels à projets régionaux des objectifs stratégiques 1 à 4.")],
  [])
q("clause", "fr", "Devant quel tribunal et dans quel délai peut-on attaquer la délibération DEL_2025_037 ?",
  [g(D, "Article 9", "peut faire l’objet d’un recours contentieux devant le tribunal administratif de Sainte-Aurèle dans un délai de deux mois à compter de sa publication")],
  ["deux mois"])

# ---------------- list
q("list", "fr", "Auprès de quels partenaires la Présidente est-elle autorisée à demander des cofinancements, et pour quels montants ?",
  [g(D, "Article 6", "Région Loire-Morvan, au titre de la SRIS : 2 056 000 €"),
   g(D, "Article 6", "Agence régionale de santé Loire-Morvan, au titre du Fonds d’intervention régional : 1 028 000 €"),
   g(D, "Article 6", "Union européenne, au titre du Fonds européen de développement régional (FEDER) : 616 800 €"),
   g(D, "Article 6", "Conférence des financeurs de la prévention de la perte d’autonomie : 411 200 €")],
  ["2 056 000 €", "1 028 000 €", "616 800 €", "411 200 €"])
q("list", "en", "What must a departmental roadmap include to be eligible for SRIS co-funding?",
  [g(S, "Objectif stratégique 5 › b)", "un diagnostic territorial partagé"),
   g(S, "Objectif stratégique 5 › b)", "une concertation associant les professionnels de santé et les usagers"),
   g(S, "Objectif stratégique 5 › b)", "des indicateurs de suivi assortis d'une valeur de référence et de cibles chiffrées"),
   g(S, "Objectif stratégique 5 › b)", "une évaluation à mi-parcours"),
   g(S, "Objectif stratégique 5 › b)", "une instance de gouvernance associant la Région et l'ARS")],
  [])
q("list", "fr", "Quels dépistages le bus Varenne Prévention Mobile proposera-t-il ?",
  [g(P, "Orientation 2 › Action 2.1.1", "cancer colorectal"),
   g(P, "Orientation 2 › Action 2.1.1", "cancer du sein (information et prise de rendez-vous)"),
   g(P, "Orientation 2 › Action 2.1.1", "diabète"),
   g(P, "Orientation 2 › Action 2.1.1", "rétinopathie diabétique grâce à un rétinographe embarqué")],
  [])
q("list", "fr", "Qui sont les conseillers départementaux qui se sont opposés à la délibération ?",
  [g(D, "Résultat du vote", "Mme Sophie Delorme-Kassab"),
   g(D, "Résultat du vote", "M. Paul-Henri Darcet"),
   g(D, "Résultat du vote", "Mme Isabelle Royer-Maillot"),
   g(D, "Résultat du vote", "M. Karim Oussedik")],
  [])
q("list", "en", "Which actions fall under Orientation 4 of the roadmap?",
  [g(P, "Orientation 4 › Action 4.1.1", "Action 4.1.1 – Aides techniques et domotique"),
   g(P, "Orientation 4 › Action 4.1.2", "Action 4.1.2 – Soutien aux aidants"),
   g(P, "Orientation 4 › Action 4.2.1", "Action 4.2.1 – Prévention des chutes"),
   g(P, "Orientation 4 › Action 4.2.2", "Action 4.2.2 – Habitat inclusif")],
  [])

# ---------------- followup
q("followup", "fr", "Et quand ses conclusions doivent-elles être présentées aux élus départementaux ?",
  [g(D, "Article 8", "Les conclusions de l’évaluation à mi-parcours sont présentées à l’Assemblée départementale au plus tard lors de la session de décembre 2026.")],
  ["décembre 2026"], history=["Combien coûte l'évaluation à mi-parcours de la feuille de route santé ?"])
q("followup", "en", "And what's the maximum grant per project?",
  [g(P, "Orientation 3 › Action 3.1.2", "L'aide est plafonnée à 50 000 € par projet et à 50 % des dépenses éligibles.")],
  ["50 000 €"], history=["How much does the roadmap put into the Innov'Santé Varenne call for projects each year?"])
q("followup", "fr", "Et combien en vise-t-on en 2027 ?",
  [g(P, "Orientation 1 › Action 1.2.1", "L'objectif est de passer de 19 à 28 MSP en fonctionnement d'ici 2027.")],
  ["28"], history=["Combien de maisons de santé pluriprofessionnelles fonctionnent en Haute-Varenne ?"])
q("followup", "fr", "Et sur l'article 5 ?",
  [g(D, "Article 5 › Vote", "Pour : 40 ; Contre : 0 ; Abstentions : 3")],
  ["40", "0", "3"], history=["Quel a été le résultat du vote d'ensemble sur la délibération DEL_2025_037 ?"])
q("followup", "en", "And what's the indicative envelope reserved for Haute-Varenne over 2024-2028?",
  [g(S, "Tableau 2 › Haute-Varenne", "Haute-Varenne")],
  ["3,2 M€"], history=["How much is the Region asked to contribute to the Haute-Varenne roadmap?",
                       "Does that respect the SRIS co-funding cap?"])
q("followup", "fr", "Et pour un kinésithérapeute ?",
  [g(P, "Orientation 1 › Action 1.1.2", "Les masseurs-kinésithérapeutes et les orthophonistes peuvent bénéficier d'une aide de 8 000 €.")],
  ["8 000 €"], history=["Quel est le montant de l'aide à l'installation d'un médecin généraliste en ZIP ?"])

# ---------------- cross
q("cross", "fr", "La participation demandée à la Région pour la feuille de route respecte-t-elle le plafond fixé par la SRIS ?",
  [g(P, "IV › Tableau 2 › Région Loire-Morvan (SRIS)", "Région Loire-Morvan (SRIS)"),
   g(S, "Objectif stratégique 5 › a)", "La participation de la Région est plafonnée à 20 % du coût total de la feuille de route.")],
  ["2 056 000", "20 %"])
q("cross", "en", "How does the département's cap per MSP project compare with the Region's cap?",
  [g(P, "Orientation 1 › Action 1.2.1", "plafonnée à 250 000 € par projet"),
   g(S, "Objectif stratégique 1 › b)", "dans la limite de 300 000 € par projet")],
  ["250 000 €", "300 000 €"])
q("cross", "fr", "La cible départementale 2027 de participation au dépistage du cancer colorectal est-elle au niveau de l'objectif régional pour 2028 ?",
  [g(P, "V › Tableau 3 › Participation au dépistage colorectal", "Participation au dépistage colorectal"),
   g(S, "Objectif stratégique 2 › a)", "un taux de participation au dépistage du cancer colorectal de 45 % en 2028")],
  ["38 %", "45 %"])
q("cross", "fr", "Combien le pôle Varenne Santé Numérique reçoit-il par an du Département d'une part, de la Région d'autre part ?",
  [g(P, "Orientation 3 › Action 3.2.2", "une participation du Département de 45 000 € par an"),
   g(S, "Objectif stratégique 3 › b)", "pour un soutien de fonctionnement de 120 000 € par cluster et par an")],
  ["45 000 €", "120 000 €"])

# ---------------- unanswerable
for lang, text in [
    ("fr", "Quel budget la feuille de route prévoit-elle en 2028 pour la téléconsultation assistée ?"),
    ("fr", "Que prévoit l'action 2.3.1 de la feuille de route santé de la Haute-Varenne ?"),
    ("en", "How much does the CPAM (local health insurance fund) contribute to financing the roadmap?"),
    ("fr", "Quel âge a la présidente Hélène Marchetti-Roux ?"),
    ("en", "Which political party is Bastien Carrouge a member of?"),
    ("fr", "Quel est le salaire de la directrice de la Mission Santé et Innovation, Claire Villemagne ?"),
    ("fr", "Quand auront lieu les prochaines élections départementales en Haute-Varenne ?"),
    ("en", "What does strategic objective 6 of the regional SRIS cover?"),
    ("fr", "Combien de médecins généralistes se sont installés en ZIP grâce à l'aide départementale en 2024 ?"),
]:
    q("unanswerable", lang, text, [], [])

C = []


def c(claim, verdict, error, gold, figures, note):
    C.append({"claim": claim, "verdict": verdict, "error": error, "gold": gold, "figures": figures, "note": note})


# supported
c("La feuille de route santé de la Haute-Varenne a été adoptée par 38 voix pour, 4 contre et 2 abstentions.",
  "supported", None, [g(D, "Résultat du vote", "Pour : 38 ; Contre : 4 ; Abstentions : 2")], ["38", "4", "2"],
  "The overall vote on DEL_2025_037 is exactly 38 / 4 / 2.")
c("Le Département engage une enveloppe de 10 280 000 € sur la période 2025-2027 pour sa feuille de route santé et innovation.",
  "supported", None, [g(D, "Article 2", "l’enveloppe pluriannuelle globale de 10 280 000 € TTC")], ["10 280 000 €"],
  "Article 2 approves a multi-year envelope of 10 280 000 € TTC for 2025-2027.")
c("Interns who commit to practise in Haute-Varenne will receive €600 a month for up to 36 months.",
  "supported", None, [g(P, "Orientation 1 › Action 1.1.1", "une bourse de 600 € brut par mois"),
                      g(P, "Orientation 1 › Action 1.1.1", "La durée maximale de versement est de 36 mois.")],
  ["600 €", "36 mois"], "Action 1.1.1 sets a 600 € gross monthly grant paid for at most 36 months.")
c("La Région Loire-Morvan ne financera pas plus de 20 % du coût des feuilles de route départementales.",
  "supported", None, [g(S, "Objectif stratégique 5 › a)", "La participation de la Région est plafonnée à 20 % du coût total de la feuille de route.")],
  ["20 %"], "The SRIS caps the regional share at 20 % of a roadmap's total cost.")
c("Le Département assumera 60 % du financement de sa feuille de route, soit 6 168 000 €.",
  "supported", None, [g(P, "IV › Tableau 2 › Département de la Haute-Varenne", "Département de la Haute-Varenne")],
  ["6 168 000", "60 %"], "The financing plan gives the département 6 168 000 €, i.e. 60 %.")
c("The first round of the Innov'Santé Varenne call for projects is open from 2 June to 12 September 2025.",
  "supported", None, [g(P, "Orientation 3 › Action 3.1.2", "La première session sera ouverte du 2 juin au 12 septembre 2025.")],
  ["2 juin", "12 septembre 2025"], "Action 3.1.2 gives exactly these opening and closing dates.")
c("Le nombre de sites de téléconsultation assistée doit passer de 6 à 25 d'ici 2027 en Haute-Varenne.",
  "supported", None, [g(P, "Orientation 3 › Action 3.1.1", "passera de 6 en 2024 à 25 en 2027")], ["6", "25"],
  "Action 3.1.1 plans to go from 6 sites in 2024 to 25 in 2027.")

# contradicted
c("L'achat du véhicule de l'unité mobile de dépistage est estimé à 462 000 € HT.",
  "contradicted", "ht_ttc", [g(P, "Orientation 2 › Action 2.1.1", "estimée à 385 000 € HT, soit 462 000 € TTC")],
  ["385 000 € HT", "462 000 € TTC"], "462 000 € is the TTC amount; the HT estimate is 385 000 €.")
c("En 2025, le Département consacre 2 millions d'euros à l'investissement dans les maisons de santé pluriprofessionnelles.",
  "contradicted", "envelope", [g(P, "IV › Tableau 1 › Action 1.2.1", "Action 1.2.1 – Investissement MSP")],
  ["500 000", "2 000 000"], "2 000 000 is the 2025-2027 total of the MSP line; the 2025 column is 500 000.")
c("The roadmap earmarks €872,000 for prevention and screening in 2025.",
  "contradicted", "year", [g(P, "IV › Tableau 1 › Sous-total Orientation 2", "Sous-total Orientation 2"),
                          g(D, "Article 3 › Répartition par axe", "Prévention et dépistage")],
  ["450 000", "872 000"], "872 000 is the 2026 subtotal of Orientation 2; 2025 credits are 450 000 €.")
c("L'amendement de l'opposition visant à renforcer les crédits de prévention a été rejeté par 38 voix contre.",
  "contradicted", "vote_row", [g(D, "Synthèse des débats › Vote sur l'amendement n° 1", "Pour : 6 ; Contre : 34 ; Abstentions : 4")],
  ["34"], "The amendment was rejected with 34 votes against; 38 is the 'pour' count of the overall vote.")
c("L'action 3.2.1 de la feuille de route prévoit un partenariat de 45 000 € par an avec le pôle Varenne Santé Numérique.",
  "contradicted", "measure", [g(P, "Orientation 3 › Action 3.2.2", "Action 3.2.2 – Partenariat avec le pôle Varenne Santé Numérique")],
  ["45 000 €"], "The VSN partnership is Action 3.2.2; Action 3.2.1 is the living lab.")
c("The Loire-Morvan Region will contribute €1,028,000 to the Haute-Varenne health roadmap.",
  "contradicted", "body", [g(P, "IV › Tableau 2 › ARS Loire-Morvan (FIR)", "ARS Loire-Morvan (FIR)"),
                          g(P, "IV › Tableau 2 › Région Loire-Morvan (SRIS)", "Région Loire-Morvan (SRIS)")],
  ["1 028 000", "2 056 000"], "1 028 000 is the ARS (FIR) share; the Region contributes 2 056 000.")
c("L'antenne de Montbrac du centre départemental de santé ouvrira ses portes en janvier 2026.",
  "contradicted", "date", [g(P, "Orientation 1 › Action 1.2.2", "Montbrac, ouverte en septembre 2025")],
  ["septembre 2025"], "The Montbrac antenna opens in September 2025.")
c("La concertation préalable a réuni 326 participants au cours de 18 ateliers territoriaux.",
  "contradicted", "count", [g(P, "II. Méthode d'élaboration", "La concertation a réuni 326 participants lors de 14 ateliers territoriaux")],
  ["14"], "There were 14 workshops, not 18 (18 is the number of actions).")
c("Under the regional strategy, health students doing placements in priority areas receive €600 a month from the Region.",
  "contradicted", "value", [g(S, "Objectif stratégique 1 › a)", "La Région verse une aide régionale de 400 € par mois aux étudiants en santé")],
  ["400 €"], "The regional allowance is 400 € a month; 600 € is the département's intern grant.")

# not in corpus
c("Le Département a confié la fabrication de son unité mobile de dépistage à un carrossier de Sainte-Aurèle.",
  "not_in_corpus", None, [], [], "No document names a builder or supplier for the mobile unit.")
c("The departmental health centre will also employ four salaried dentists.",
  "not_in_corpus", None, [], [], "The documents only mention 8 FTE salaried doctors, nothing about dentists.")
c("La feuille de route prévoit la création d'un numéro vert départemental consacré à la santé mentale des jeunes.",
  "not_in_corpus", None, [], [], "No document mentions a toll-free mental-health number.")
c("Le pôle Varenne Santé Numérique a doublé son nombre d'adhérents depuis 2020.",
  "not_in_corpus", None, [], [], "The roadmap gives 74 members but no evolution since 2020.")

with open(HERE / "questions.jsonl", "w") as f:
    for i, x in enumerate(Q, 1):
        f.write(json.dumps({"id": f"s3-feuille-de-route-q{i:02d}", **x}, ensure_ascii=False) + "\n")
with open(HERE / "claims.jsonl", "w") as f:
    for i, x in enumerate(C, 1):
        f.write(json.dumps({"id": f"s3-feuille-de-route-c{i:02d}", **x}, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), Counter(x["lang"] for x in Q))
print(len(C), Counter(x["verdict"] for x in C), Counter(x["error"] for x in C))
