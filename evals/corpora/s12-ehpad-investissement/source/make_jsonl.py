# Builds questions.jsonl and claims.jsonl for the s12-ehpad-investissement set.
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
S = "s12-ehpad-investissement"
D = "2025-03-24-deliberation-cd-haute-verande-plan-ehpad-domicile"
P = "ppi-autonomie-2025-2029-haute-verande-v3"
C = "2025-04-14-convention-ars-centre-morvan-departement"


def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}


Q = []


def q(kind, lang, question, gold, figures, history=None):
    Q.append({
        "id": f"{S}-q{len(Q) + 1:02d}", "kind": kind, "lang": lang,
        "question": question, "history": history or [],
        "answerable": kind != "unanswerable", "gold": gold, "figures": figures,
    })


# ---------------------------------------------------------------- figure
q("figure", "fr", "Combien d'élus ont voté contre la délibération sur le plan Bien vieillir dans son ensemble ?",
  [g(D, "Résultats des votes › Vote sur l'ensemble de la délibération", "Contre : 4 (groupe Haute-Vérande en commun)")], ["4"])
q("figure", "en", "What is the total amount of the programme authorisation (AP) the departmental council opened for the 2025-2029 care-home plan?",
  [g(D, "Article 2", "D'ouvrir l'autorisation de programme AP-2025-AUT-01 « Bien vieillir en Haute-Vérande 2025-2029 » pour un montant de 14 500 000 €")], ["14 500 000 €"])
q("figure", "fr", "Combien coûtent au total, TTC, les neuf opérations du programme d'investissement ?",
  [g(D, "Article 1er", "portant sur neuf opérations d'un coût total de 52 030 000 € HT, soit 62 126 000 € TTC")], ["62 126 000 € TTC"])
q("figure", "fr", "Au bout de combien de temps une subvention départementale devient-elle caduque si le chantier n'a pas commencé ?",
  [g(D, "Article 4", "La subvention devient caduque si les travaux n'ont pas démarré dans un délai de 24 mois à compter de la notification de la décision d'attribution.")], ["24 mois"])
q("figure", "en", "How many people were receiving the APA autonomy allowance in Haute-Vérande at the end of 2024?",
  [g(P, "1.1 Une population âgée en forte progression", "Le nombre de bénéficiaires de l'allocation personnalisée d'autonomie (APA) s'établit à 9 412 au 31 décembre 2024")], ["9 412"])
q("figure", "fr", "Combien l'agence régionale de santé prévoit-elle de mettre sur le forfait soins des nouvelles places, en année pleine ?",
  [g(C, "Article 5 › 3°", "soit un montant estimé à 612 000 € en année pleine pour l'ensemble des opérations")], ["612 000 €"])
q("figure", "en", "What is the maximum a single home-care service (SAAD) can receive from the département's modernisation fund?",
  [g(D, "Article 5", "Elles sont plafonnées à 45 K€ par service sur la durée du fonds.")], ["45 K€"])
q("figure", "fr", "Quel était le taux d'occupation moyen des EHPAD du département en 2024 ?",
  [g(P, "1.2 Une offre d'hébergement dense mais vieillissante", "Le taux d'occupation moyen des EHPAD s'est établi à 93,7 % en 2024")], ["93,7 %"])
q("figure", "fr", "De combien de temps au maximum la convention ARS-Département peut-elle être prorogée ?",
  [g(C, "Article 3 – Durée", "Elle peut être prorogée par avenant pour une durée maximale de vingt-quatre mois")], ["vingt-quatre mois"])
q("figure", "fr", "Combien de conseillers départementaux étaient présents au moment où le rapport sur les EHPAD a été examiné ?",
  [g(D, "Préambule › Quorum", "Présents lors de l'examen du présent rapport : 28")], ["28"])
q("figure", "fr", "Quelle économie annuelle attend-on des travaux énergétiques du Clos des Vignes à Orbigny ?",
  [g(P, "2.4 Réussir la transition énergétique des établissements", "doit permettre une économie annuelle estimée à 68 000 € TTC sur les charges d'exploitation")], ["68 000 € TTC"])

# ---------------------------------------------------------------- table
q("table", "fr", "Dans le tableau 1 du PPI, quel est le coût TTC de la reconstruction de la Résidence Belle-Rive ?",
  [g(P, "Tableau 1 – Opérations programmées par établissement › Résidence Belle-Rive", "Résidence Belle-Rive")], ["17 880 000"])
q("table", "en", "In the convention's table of yearly contributions, how much does the ARS put in from PAI (CNSA) credits in 2027?",
  [g(C, "Article 6 › Tableau des contributions › 2027", "2027")], ["2 760 000 €"])
q("table", "fr", "Selon l'échéancier des crédits de paiement du PPI (tableau 3), combien est prévu pour l'habitat intermédiaire en 2027 ?",
  [g(P, "Tableau 3 – Échéancier prévisionnel des crédits de paiement › Habitat intermédiaire", "Habitat intermédiaire")], ["300"])
q("table", "fr", "De combien le tarif hébergement de la Résidence du Val d'Ausse devrait-il augmenter par jour une fois les aides déduites ?",
  [g(P, "Tableau 4 – Impact estimé sur le tarif hébergement › Résidence du Val d'Ausse", "Résidence du Val d'Ausse")], ["6,85 €"])
q("table", "fr", "Dans le plan de financement consolidé, quelle part du coût HT est couverte par les emprunts des gestionnaires ?",
  [g(P, "Tableau 2 – Plan de financement consolidé › Emprunts des gestionnaires", "Emprunts des gestionnaires")], ["46,3 %"])
q("table", "fr", "Quelle cible 2029 le PPI fixe-t-il pour la consommation d'énergie des établissements (tableau des indicateurs) ?",
  [g(P, "Tableau 5 – Indicateurs de suivi › Consommation d'énergie", "Consommation d'énergie (kWhEF/m²/an)")], ["170"])
q("table", "fr", "Pour le projet de la Fondation Saint-Exupère au tableau 1, combien de places sont créées et quelle est la part ARS ?",
  [g(P, "Tableau 1 – Opérations programmées par établissement › EHPAD Saint-Exupère", "EHPAD Saint-Exupère")], ["14", "645 000"])

# ---------------------------------------------------------------- clause
q("clause", "fr", "Qu'est-ce qu'un gestionnaire subventionné doit garantir en matière d'aide sociale à l'hébergement ?",
  [g(D, "Article 4", "maintenir une habilitation à l'aide sociale à l'hébergement pour au moins 80 % des places de l'établissement pendant une durée de quinze ans à compter de la réception des travaux")], ["80 %"])
q("clause", "en", "Under the partnership agreement, what does the health agency commit to when an operator asks to change its authorisation?",
  [g(C, "Article 5 › 4°", "statuer sur les demandes de modification d'autorisation liées aux opérations dans un délai de quatre mois à compter de la réception d'un dossier complet")], ["quatre mois"])
q("clause", "fr", "Que peut faire l'ARS si un chantier n'a toujours pas démarré dix-huit mois après sa décision d'attribution ?",
  [g(C, "Article 7 – Modalités de versement et de contrôle", "celle-ci peut procéder au retrait de sa décision et, le cas échéant, demander le reversement des sommes versées")], [])
q("clause", "fr", "Qui préside le COPIL du PPI et quand se réunit-il ?",
  [g(P, "6.1 Comité de pilotage", "Le comité de pilotage (COPIL) du PPI est présidé par le vice-président chargé de l'autonomie, M. Gérard Ferrandon."),
   g(P, "6.1 Comité de pilotage", "Il se réunit une fois par an, au cours du premier trimestre")], [])
q("clause", "fr", "Pourquoi Mme Marchadier n'a-t-elle pas participé au vote ?",
  [g(D, "Préambule › Ne prend pas part au vote", "Mme Sylvie Marchadier, administratrice de l'association Les Amis de la Closerie, intéressée à l'affaire")], [])
q("clause", "fr", "Que doit envoyer le Département à l'ARS avant le 31 mars de chaque année ?",
  [g(C, "Article 4 › 4°", "transmettre à l'ARS, avant le 31 mars de chaque année, un état d'avancement physique et financier de chaque opération")], [])
q("clause", "fr", "Pourquoi la reconstruction de Belle-Rive à Pont-d'Ausse n'a-t-elle pas reçu de subvention le 24 mars ?",
  [g(D, "Exposé des motifs", "L'opération de reconstruction de l'EHPAD « Résidence Belle-Rive » à Pont-d'Ausse, dont le permis de construire n'a pas encore été délivré, fera l'objet d'une décision ultérieure de la commission permanente.")], [])

# ---------------------------------------------------------------- list
q("list", "fr", "Quelles dépenses les services d'aide à domicile peuvent-ils faire financer par le fonds de modernisation ?",
  [g(D, "Article 5 › a)", "les équipements de télégestion et les outils numériques de coordination des interventions"),
   g(D, "Article 5 › b)", "l'acquisition ou la location longue durée de véhicules à faibles émissions"),
   g(D, "Article 5 › c)", "les aides techniques et équipements ergonomiques destinés à prévenir les troubles musculo-squelettiques des intervenants"),
   g(D, "Article 5 › d)", "la formation des intervenants à l'utilisation de ces outils et équipements")], [])
q("list", "en", "What criteria were used to score the applications to the call, and how many points was each worth?",
  [g(P, "3.1 Critères de sélection", "état et vétusté du bâti : 30 points"),
   g(P, "3.1 Critères de sélection", "maîtrise de l'impact sur le tarif hébergement : 25 points"),
   g(P, "3.1 Critères de sélection", "qualité du projet de vie et d'accompagnement : 20 points"),
   g(P, "3.1 Critères de sélection", "performance énergétique et environnementale : 15 points"),
   g(P, "3.1 Critères de sélection", "maturité du projet et capacité à démarrer les travaux avant fin 2026 : 10 points")],
  ["30 points", "25 points", "20 points", "15 points", "10 points"])
q("list", "fr", "Que doit contenir le dossier unique de demande de subvention déposé par un gestionnaire ?",
  [g(C, "Article 8", "le programme technique détaillé et l'avant-projet définitif"),
   g(C, "Article 8", "le plan de financement prévisionnel faisant apparaître les montants hors taxes et toutes taxes comprises"),
   g(C, "Article 8", "l'étude d'impact sur le tarif hébergement et, pour les places nouvelles, sur le forfait global de soins"),
   g(C, "Article 8", "le calendrier prévisionnel des travaux"),
   g(C, "Article 8", "la délibération de l'organe délibérant du gestionnaire approuvant l'opération et son plan de financement")], [])
q("list", "en", "Which indicators will the joint evaluation of the ARS partnership agreement be based on?",
  [g(C, "Article 10", "nombre de chambres doubles supprimées"),
   g(C, "Article 10", "nombre de places nouvelles installées et taux d'occupation de ces places"),
   g(C, "Article 10", "évolution du tarif hébergement des établissements concernés"),
   g(C, "Article 10", "consommation d'énergie finale des établissements concernés"),
   g(C, "Article 10", "nombre de personnes accompagnées par le centre de ressources territorial")], [])
q("list", "fr", "Quels risques le programme pluriannuel identifie-t-il ?",
  [g(P, "7. Risques identifiés", "dérive des coûts de construction"),
   g(P, "7. Risques identifiés", "retard dans l'obtention des autorisations d'urbanisme"),
   g(P, "7. Risques identifiés", "non-délégation ou délégation partielle des crédits PAI par la CNSA"),
   g(P, "7. Risques identifiés", "tension sur le recrutement de personnels soignants pour les places nouvelles"),
   g(P, "7. Risques identifiés", "sous-consommation du fonds de modernisation des SAAD")], [])

# ---------------------------------------------------------------- followup
q("followup", "fr", "Et pour Les Genêts à Castelroux ?",
  [g(D, "Article 3 › Tableau des subventions attribuées", "CCAS de Castelroux – EHPAD « Les Genêts »")], ["345 000 €"],
  history=["Quel montant de subvention le conseil départemental a-t-il attribué à l'EHPAD Les Tilleuls ?"])
q("followup", "en", "And in 2026?",
  [g(C, "Article 5 › 2°", "dont 150 000 € en 2025 et 150 000 € en 2026")], ["150 000 €"],
  history=["How much will the ARS pay from the regional intervention fund (FIR) in 2025 under the convention?"])
q("followup", "fr", "Et combien se sont abstenus ?",
  [g(D, "Résultats des votes › Amendement n° 1", "Abstention : 1")], ["1"],
  history=["Combien d'élus ont voté pour l'amendement n° 1 du groupe Haute-Vérande en commun ?"])
q("followup", "fr", "Et sans les aides ?",
  [g(P, "Tableau 4 – Impact estimé sur le tarif hébergement › EHPAD La Closerie", "EHPAD La Closerie")], ["3,90 €"],
  history=["Quel est le tarif hébergement 2025 de l'EHPAD La Closerie ?", "Et de combien augmentera-t-il après les aides ?"])
q("followup", "en", "And what does the ARS pay up front?",
  [g(C, "Article 7 – Modalités de versement et de contrôle", "30 % à la notification de l'ordre de service de démarrage des travaux")], ["30 %"],
  history=["What advance does the département pay on its care-home subsidies when works start?"])

# ---------------------------------------------------------------- cross
q("cross", "fr", "Quel est le coût hors taxes de l'opération des Tilleuls et quelle subvention le conseil départemental lui a-t-il accordée en mars 2025 ?",
  [g(P, "Tableau 1 – Opérations programmées par établissement › EHPAD Les Tilleuls", "EHPAD Les Tilleuls"),
   g(D, "Article 3 › Tableau des subventions attribuées", "CCAS de Montferrand-sur-Vérande – EHPAD « Les Tilleuls »")],
  ["9 800 000", "2 340 000 €"])
q("cross", "en", "How much payment credit did the département vote for 2025 across the whole plan, and how much of it goes to the operations co-financed with the ARS?",
  [g(D, "Article 2 › Échéancier des crédits de paiement", "Crédits de paiement 2025"),
   g(C, "Article 6 › Tableau des contributions › 2025", "2025")],
  ["2 295 000 €", "1 895 000 €"])
q("cross", "fr", "La Résidence Belle-Rive respecte-t-elle le plafond d'augmentation du tarif hébergement imposé aux bénéficiaires ?",
  [g(D, "Article 4", "limiter à 7,50 € par jour l'augmentation du tarif hébergement imputable à l'opération, après prise en compte de l'ensemble des aides"),
   g(P, "Tableau 4 – Impact estimé sur le tarif hébergement › Résidence Belle-Rive", "Résidence Belle-Rive")],
  ["7,50 €", "7,10 €"])

# ---------------------------------------------------------------- unanswerable
def u(lang, question):
    q("unanswerable", lang, question, [], [])


u("fr", "Quel montant de crédits de paiement le Département prévoit-il pour 2030 ?")
u("en", "What does Article 14 of the ARS partnership agreement provide?")
u("fr", "Combien le conseil régional apporte-t-il au financement du plan Bien vieillir ?")
u("en", "How old is Hélène Castagnier, the president of the departmental council?")
u("fr", "Quel est le salaire de la directrice générale de l'ARS, Armelle Journiac ?")
u("fr", "Quelle subvention a été attribuée à l'EHPAD « Les Jonquilles » de Vérac ?")
u("en", "How many nurses will be hired to staff the new care-home places?")
u("fr", "Combien de personnes le centre de ressources territorial de Castelroux doit-il accompagner chaque année ?")
u("fr", "Que prévoit le point 2.5 du programme pluriannuel sur la prévention des chutes ?")

# ================================================================ claims
CL = []


def c(claim, verdict, error, gold, figures, note):
    CL.append({"id": f"{S}-c{len(CL) + 1:02d}", "claim": claim, "verdict": verdict, "error": error,
               "gold": gold, "figures": figures, "note": note})


# supported
c("Le Département de la Haute-Vérande va consacrer 14,5 millions d'euros sur cinq ans à son plan « Bien vieillir ».",
  "supported", None, [g(D, "Exposé des motifs", "La participation du Département s'élève à 14 500 000 € sur cinq ans.")],
  ["14 500 000 €"], "The deliberation states a departmental contribution of 14 500 000 € over five years.")
c("Le programme doit créer 50 places nouvelles en EHPAD, dont 14 places de PASA.",
  "supported", None, [g(D, "Exposé des motifs", "Ces opérations permettront la création de 50 places nouvelles en EHPAD, dont 14 places de pôle d'activités et de soins adaptés (PASA)")],
  ["50", "14"], "The explanatory statement gives exactly 50 new places including 14 PASA places.")
c("The Centre-Morvan regional health agency is putting €9.821 million into the plan, of which €300,000 comes from the regional intervention fund.",
  "supported", None, [g(D, "Exposé des motifs", "L'ARS Centre-Morvan apporte pour sa part 9 821 000 €, dont 9 521 000 € au titre du PAI et 300 000 € au titre du FIR")],
  ["9 821 000 €", "300 000 €"], "The deliberation gives the ARS total and its FIR share.")
c("Le plan a été adopté par 25 voix pour, 4 contre et 3 abstentions.",
  "supported", None, [g(D, "Résultats des votes › Vote sur l'ensemble", "Pour : 25 (groupe Union pour la Haute-Vérande ; groupe Socialistes, écologistes et apparentés)"),
                      g(D, "Résultats des votes › Vote sur l'ensemble", "Contre : 4 (groupe Haute-Vérande en commun)"),
                      g(D, "Résultats des votes › Vote sur l'ensemble", "Abstentions : 3 (élus non-inscrits)")],
  ["25", "4", "3"], "These are the counts of the vote on the whole deliberation.")
c("La reconstruction de la Résidence du Val d'Ausse à Saint-Jorand coûtera près de 15 millions d'euros TTC.",
  "supported", None, [g(P, "Tableau 1 › Résidence du Val d'Ausse", "Résidence du Val d'Ausse")],
  ["14 940 000"], "Table 1 of the PPI gives a TTC cost of 14 940 000 €, i.e. nearly 15 M€.")
c("The agreement between the département and the health agency was signed on 14 April 2025 and runs until the end of 2029.",
  "supported", None, [g(C, "Signatures", "Fait à Montferrand-sur-Vérande, le 14 avril 2025, en deux exemplaires originaux."),
                      g(C, "Article 3 – Durée", "Elle s'achève le 31 décembre 2029.")],
  ["14 avril 2025", "31 décembre 2029"], "The convention is dated 14 April 2025 and ends on 31 December 2029.")
c("Les services d'aide à domicile installés en zone France Ruralités Revitalisation peuvent voir 70 % de leurs dépenses éligibles financées par le fonds départemental.",
  "supported", None, [g(D, "Article 5", "porté à 70 % pour les services dont le siège est situé dans une commune classée en zone France Ruralités Revitalisation (FRR)")],
  ["70 %"], "Article 5 raises the 50 % rate to 70 % for services based in FRR communes.")
c("Saint-Exupère's new PASA will not push up residents' accommodation fees, since it is funded through the care budget.",
  "supported", None, [g(P, "5. Impact sur les tarifs d'hébergement", "L'opération de l'EHPAD Saint-Exupère, qui porte sur un PASA financé par le forfait global de soins, n'a pas d'incidence sur le tarif hébergement.")],
  [], "The PPI states the PASA is financed by the care package and has no effect on the accommodation rate.")

# contradicted
c("La restructuration de l'EHPAD Les Tilleuls représente un investissement de 9,8 millions d'euros TTC.",
  "contradicted", "ht_ttc", [g(P, "Tableau 1 › EHPAD Les Tilleuls", "EHPAD Les Tilleuls")],
  ["9 800 000", "11 760 000"], "9 800 000 € is the HT cost; the TTC cost is 11 760 000 €.")
c("L'amendement qui proposait de porter le fonds d'aide à domicile à 2 millions d'euros a recueilli 25 voix pour.",
  "contradicted", "vote_row", [g(D, "Résultats des votes › Amendement n° 1", "Pour : 11 (groupe Socialistes, écologistes et apparentés ; groupe Haute-Vérande en commun)")],
  ["11"], "Amendment no. 1 got 11 votes in favour; 25 is the vote in favour of the whole deliberation.")
c("In 2026 the health agency will pay €2.945 million out of CNSA investment-plan credits.",
  "contradicted", "envelope", [g(C, "Article 6 › Tableau des contributions › 2026", "2026")],
  ["2 330 000 €", "2 945 000 €"], "2 945 000 € is the département's 2026 column; the ARS PAI amount for 2026 is 2 330 000 €.")
c("Le PPI prévoit 3 835 000 € de crédits de paiement départementaux en 2026.",
  "contradicted", "year", [g(D, "Article 2 › Échéancier des crédits de paiement", "Crédits de paiement 2026")],
  ["3 495 000 €", "3 835 000 €"], "3 835 000 € is the 2027 payment credit; 2026 is 3 495 000 €.")
c("Dans la convention, c'est l'ARS qui s'engage à transmettre chaque année, avant le 31 mars, un état d'avancement des opérations.",
  "contradicted", "body", [g(C, "Article 4 › 4°", "transmettre à l'ARS, avant le 31 mars de chaque année, un état d'avancement physique et financier de chaque opération")],
  ["31 mars"], "This obligation is the Département's (Article 4, 4°), not the ARS's.")
c("Selon l'article 5 de la délibération, les subventions aux EHPAD sont plafonnées à 25 % du coût hors taxes des travaux.",
  "contradicted", "measure", [g(D, "Article 4", "Les subventions attribuées à l'article 3 sont plafonnées à 25 % du coût hors taxes des travaux et des honoraires retenus, et à 3 000 000 € par opération.")],
  ["25 %"], "The 25 % cap is set by Article 4; Article 5 concerns home care and intermediate housing.")
c("The plan will eliminate 212 double rooms in the county's care homes by 2029.",
  "contradicted", "count", [g(D, "Exposé des motifs", "ainsi que la suppression de 120 chambres doubles d'ici 2029")],
  ["120"], "120 double rooms are to be removed; 212 is the number still existing in January 2025.")
c("Le second appel à projets commun au Département et à l'ARS sera lancé au plus tard le 30 juin 2027.",
  "contradicted", "date", [g(C, "Article 9 – Comité de suivi", "que les parties s'engagent à lancer au plus tard le 30 septembre 2026")],
  ["30 septembre 2026"], "The convention sets 30 September 2026; 30 June 2027 is the deadline for the interim evaluation.")
c("Le fonds de modernisation des SAAD finance l'achat de véhicules propres dans la limite de 15 000 € d'aide par véhicule.",
  "contradicted", "value", [g(D, "Article 5 › b)", "dans la limite de 12 000 € d'aide par véhicule")],
  ["12 000 €"], "The cap per vehicle is 12 000 €, not 15 000 €.")

# not in corpus
c("Le Département a également réservé 500 000 € pour aider les personnes âgées à adapter leur logement.",
  "not_in_corpus", None, [], [], "No document mentions a home-adaptation aid or such an amount.")
c("The plan also funds a €2 million telemedicine programme for the county's care homes.",
  "not_in_corpus", None, [], [], "Telemedicine is not mentioned in any of the documents.")
c("Les résidents de l'EHPAD Les Tilleuls seront relogés dans des bâtiments modulaires pendant les travaux.",
  "not_in_corpus", None, [], [], "The documents say nothing about rehousing residents during works.")
c("Hélène Castagnier a annoncé qu'elle briguerait un nouveau mandat à la tête du Département.",
  "not_in_corpus", None, [], [], "The documents say nothing about the president's political plans.")

with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
with open(ROOT / "claims.jsonl", "w", encoding="utf-8") as f:
    for x in CL:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), Counter(x["lang"] for x in Q))
print(len(CL), Counter(x["verdict"] for x in CL), Counter(x["error"] for x in CL))
