"""Builds questions.jsonl and claims.jsonl for the s2-cls-markdown set."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CLS = "cls-2025-2027-coteaux-orbiere"
AV = "avenant-n1-cls-coteaux-orbiere-2025-10-06"
ART = "2025-03-15-echo-haut-orbiere-signature-cls"

def g(doc, loc, quote):
    return {"doc_id": doc, "locator": loc, "quote": quote}

Q = []
def q(kind, lang, question, gold, figures, history=None):
    ans = kind != "unanswerable"
    Q.append({"kind": kind, "lang": lang, "question": question, "history": history or [],
              "answerable": ans, "gold": gold if ans else [], "figures": figures if ans else []})

# ---------------- figure
q("figure", "fr", "Combien la com com verse-t-elle à un généraliste qui s'installe chez elle ?",
  [g(CLS, "Fiche action 1.1 › Actions", "prime d'installation de 10 000 € à tout médecin généraliste s'installant sur le territoire et s'engageant à y exercer au moins trois ans")],
  ["10 000 €"])
q("figure", "fr", "Quel a été le résultat du vote du conseil communautaire sur le CLS en février 2025 ?",
  [g(CLS, "Préambule › Vote du conseil communautaire", "a approuvé le présent contrat par 34 voix pour, 2 voix contre et 4 abstentions")],
  ["34", "2", "4"])
q("figure", "en", "Once the tender was awarded, how much did the health bus actually cost before VAT?",
  [g(AV, "Art. 2 › 2.1", "pour un montant de 172 500 € HT, soit 207 000 € TTC")],
  ["172 500 € HT"])
q("figure", "fr", "Sur quelle période court le contrat local de santé des Coteaux de l'Orbière ?",
  [g(CLS, "Article 3 – Durée et révision", "Le présent contrat est conclu pour une durée de trois ans, du 1er janvier 2025 au 31 décembre 2027.")],
  ["1er janvier 2025", "31 décembre 2027"])
q("figure", "en", "How many people took part in the November 2024 health forum, according to the contract?",
  [g(CLS, "Visas › Considérant", "qui a réuni 138 participants (élus, professionnels de santé, associations, habitants)")],
  ["138"])
q("figure", "fr", "Combien paie un interne pour être logé à Saint-Aubrac ?",
  [g(CLS, "Fiche action 1.2 › Actions", "pour un loyer résiduel de 150 € par mois")],
  ["150 €"])
q("figure", "fr", "L'avenant n°1 ajoute combien d'argent au CLS au total, et ça représente quelle hausse ?",
  [g(AV, "Art. 6 › 6.4", "L'augmentation totale des crédits du contrat résultant du présent avenant s'élève à 65 500 €, soit une hausse de 5,9 % par rapport au montant initial de 1 117 000 €.")],
  ["65 500 €", "5,9 %"])
q("figure", "fr", "La coordinatrice du CLS, elle a été embauchée quand ?",
  [g(CLS, "Préambule", "Une coordinatrice, Mme Élodie Marsac, a été recrutée le 2 septembre 2024")],
  ["2 septembre 2024"])
q("figure", "fr", "À partir de quelle concentration de radon un foyer est-il accompagné vers des travaux ?",
  [g(CLS, "Fiche action 4.2 › Actions", "Accompagnement des ménages dont les mesures dépassent 300 Bq/m³ vers des travaux de remédiation.")],
  ["300 Bq/m³"])
q("figure", "fr", "Combien coûte l'agrandissement de la maison de santé de Vernadet, TTC ?",
  [g(CLS, "Fiche action 1.1", "Les travaux d'extension de la MSP de Vernadet (420 000 € HT, soit 504 000 € TTC) sont financés hors CLS")],
  ["504 000 € TTC"])
q("figure", "fr", "Quelle aide mensuelle au déplacement touchent les internes en stage dans la CCCO ?",
  [g(CLS, "Fiche action 1.2 › Actions", "Versement d'une indemnité de déplacement de 200 € par mois aux internes en stage sur le territoire.")],
  ["200 €"])
q("figure", "fr", "Le bus Orbi'Santé doit passer dans combien de communes ?",
  [g(CLS, "Fiche action 1.3 › Actions", "Tournée hebdomadaire de quatre jours, desservant 12 communes du nord et de l'est du territoire.")],
  ["12"])

# ---------------- table
q("table", "fr", "Dans le tableau B du CLS initial, combien le Département de la Sérène apporte-t-il au total et quelle part cela représente ?",
  [g(CLS, "Annexe financière › Tableau B › Département de la Sérène", "Département de la Sérène")],
  ["156 000", "14,0 %"])
q("table", "en", "In the diagnostic table, what is the suicide mortality rate on the CC's territory, and what is it for the département as a whole?",
  [g(CLS, "Titre II › Tableau 1 › Taux standardisé de mortalité par suicide", "Taux standardisé de mortalité par suicide (pour 100 000 habitants)")],
  ["24,6", "19,8"])
q("table", "fr", "Selon le tableau A de l'annexe financière, quel budget est prévu en 2027 pour les dépistages des cancers ?",
  [g(CLS, "Annexe financière › Tableau A › 2.3", "2.3 Dépistages organisés des cancers")],
  ["15 000"])
q("table", "fr", "Quel taux de participation au dépistage du cancer du sein vise-t-on pour 2027 ?",
  [g(CLS, "Fiche action 2.3 › Indicateurs › Cancer du sein", "Cancer du sein")],
  ["58 %"])
q("table", "en", "After amendment no. 1, how much does the ARS put in overall and what share of the contract is that?",
  [g(AV, "Art. 6 › 6.2 › ARS Val-d'Arveyre (FIR)", "ARS Val-d'Arveyre (FIR)")],
  ["502 500", "42,5 %"])
q("table", "fr", "Dans le tableau C du CLS signé en mars 2025, quelle marge FIR non programmée était prévue pour 2026 ?",
  [g(CLS, "Annexe financière › Tableau C › 2026", "2026")],
  ["13 500"])
q("table", "en", "In the amended budget table, how much is earmarked for the caregivers action in 2026?",
  [g(AV, "Art. 6 › 6.1 › 4.3", "4.3 Repérer et soutenir les proches aidants")],
  ["14 000"])
q("table", "fr", "Dans le tableau des indicateurs du CLS, combien de médecins généralistes en exercice vise-t-on pour 2027 ?",
  [g(CLS, "Fiche action 1.1 › Indicateurs", "Médecins généralistes en exercice sur le territoire")],
  ["14"])

# ---------------- clause
q("clause", "fr", "Depuis l'avenant, qui assure le pilotage opérationnel du bus santé ?",
  [g(AV, "Art. 5 › 5.3", "La CPTS s'engage à assurer le pilotage opérationnel de la fiche action 1.3")],
  [])
q("clause", "en", "Who chairs the CLS steering committee and how often must it meet?",
  [g(CLS, "Article 4 – Gouvernance", "Le comité de pilotage (COPIL) est co-présidé par le président de la Communauté de communes et par le délégué départemental de l'ARS, M. Thierry Bessonnat."),
   g(CLS, "Article 4 – Gouvernance", "Il se réunit au moins deux fois par an.")],
  [])
q("clause", "fr", "Est-ce qu'on peut prolonger le CLS après fin 2027 ?",
  [g(CLS, "Article 3 – Durée et révision", "À son échéance, le contrat peut être prorogé une seule fois, pour une durée maximale d'un an, dans l'attente de la signature d'un nouveau contrat.")],
  [])
q("clause", "fr", "La CPTS du Val d'Orbière finance-t-elle le contrat maintenant qu'elle est signataire ?",
  [g(AV, "Art. 5 › 5.4", "La CPTS n'apporte pas de financement au titre du contrat.")],
  [])
q("clause", "fr", "Pourquoi le bus santé coûte-t-il finalement plus cher que prévu ?",
  [g(AV, "Art. 2 › 2.1", "Cette hausse s'explique par l'actualisation des prix du carrossier et par l'ajout d'une cabine connectée de téléconsultation")],
  [])
q("clause", "fr", "À quoi l'ARS s'engage-t-elle concernant les crédits du FIR, et sous quelle réserve ?",
  [g(CLS, "Article 5 – Engagements des signataires", "L'ARS Val-d'Arveyre s'engage à mobiliser les crédits du fonds d'intervention régional (FIR) dans la limite des montants indiqués à l'annexe financière, sous réserve de l'ouverture des crédits en loi de financement de la sécurité sociale.")],
  [])
q("clause", "fr", "Qui fait l'évaluation à mi-parcours du CLS, et quand ?",
  [g(CLS, "Article 6 – Suivi et évaluation", "Une évaluation intermédiaire est conduite par l'ORS Val-d'Arveyre au cours du second semestre 2026.")],
  ["second semestre 2026"])
q("clause", "fr", "Le bus santé va-t-il tourner plus de jours par semaine, et est-ce que ça coûte plus cher ?",
  [g(AV, "Art. 2 › 2.5", "La tournée hebdomadaire est portée de quatre à cinq jours à compter du 1er septembre 2026, à budget constant")],
  ["1er septembre 2026"])

# ---------------- list
q("list", "fr", "Quels sont les grands axes du CLS ?",
  [g(CLS, "Article 2 › Axe 1", "Axe 1 – Accès aux soins de premier recours"),
   g(CLS, "Article 2 › Axe 2", "Axe 2 – Prévention et promotion de la santé"),
   g(CLS, "Article 2 › Axe 3", "Axe 3 – Santé mentale"),
   g(CLS, "Article 2 › Axe 4", "Axe 4 – Bien vieillir et santé-environnement")],
  [])
q("list", "en", "Which two schools were added to the youth addiction prevention programme by the amendment?",
  [g(AV, "Art. 3 › 3.1", "la maison familiale rurale (MFR) de Lanzac"),
   g(AV, "Art. 3 › 3.1", "lycée professionnel agricole de Vernadet")],
  [])
q("list", "fr", "Qui a signé le contrat local de santé en mars 2025 ?",
  [g(CLS, "Article 1 – Parties signataires", "la Communauté de communes des Coteaux de l'Orbière, représentée par son président, M. Michel Vaudrey"),
   g(CLS, "Article 1 – Parties signataires", "l'Agence régionale de santé (ARS) Val-d'Arveyre, représentée par sa directrice générale, Mme Sophie Lamarzelle"),
   g(CLS, "Article 1 – Parties signataires", "le Département de la Sérène, représenté par sa présidente, Mme Annick Dufraisse"),
   g(CLS, "Article 1 – Parties signataires", "la Caisse primaire d'assurance maladie (CPAM) de la Sérène, représentée par son directeur, M. Julien Castagnet"),
   g(CLS, "Article 1 – Parties signataires", "la Mutualité sociale agricole (MSA) Val-d'Arveyre, représentée par sa directrice générale, Mme Hélène Rigaudière")],
  [])
q("list", "fr", "Quelles actions sont prévues pour les proches aidants ?",
  [g(AV, "Art. 4 › Fiche action 4.3 › Actions", "ouverture d'un « café des aidants » mensuel, alternativement à Saint-Aubrac-sur-Orbière et à Vernadet"),
   g(AV, "Art. 4 › Fiche action 4.3 › Actions", "création d'un annuaire des solutions de répit et d'accueil temporaire du territoire"),
   g(AV, "Art. 4 › Fiche action 4.3 › Actions", "formation de 20 professionnels de santé de la CPTS au repérage des aidants en difficulté"),
   g(AV, "Art. 4 › Fiche action 4.3 › Actions", "organisation de deux séjours de répit aidant-aidé par an, en lien avec la MSA")],
  [])
q("list", "en", "Who are the partners of the local mental health council action?",
  [g(CLS, "Fiche action 3.1 › Partenaires", "centre hospitalier spécialisé (CHS) de Montbrecy"),
   g(CLS, "Fiche action 3.1 › Partenaires", "centre médico-psychologique (CMP) de Lanzac"),
   g(CLS, "Fiche action 3.1 › Partenaires", "groupe d'entraide mutuelle (GEM) de Saint-Aubrac"),
   g(CLS, "Fiche action 3.1 › Partenaires", "bailleurs sociaux"),
   g(CLS, "Fiche action 3.1 › Partenaires", "associations d'usagers et de familles"),
   g(CLS, "Fiche action 3.1 › Partenaires", "Préfecture de la Sérène")],
  [])
q("list", "fr", "Quels organismes sont associés au CLS sans l'avoir signé au départ ?",
  [g(CLS, "Article 1 – Parties signataires", "La Préfecture de la Sérène"),
   g(CLS, "Article 1 – Parties signataires", "l'Éducation nationale (direction des services départementaux)"),
   g(CLS, "Article 1 – Parties signataires", "Communauté professionnelle territoriale de santé (CPTS) du Val d'Orbière")],
  [])

# ---------------- followup
q("followup", "fr", "Et après l'avenant ?",
  [g(AV, "Art. 2 › 2.2", "Le budget de la fiche action 1.3 inscrit au titre de l'année 2025 est porté de 95 000 € à 122 500 €")],
  ["122 500 €"], history=["Quel est le budget 2025 de la fiche bus santé dans le CLS initial ?"])
q("followup", "en", "And the MSA?",
  [g(CLS, "Annexe financière › Tableau B › MSA Val-d'Arveyre", "MSA Val-d'Arveyre")],
  ["45 000"], history=["How much does the Département contribute over 2025-2027 under the original contract, per table B?"])
q("followup", "fr", "Et combien d'élèves doit-elle toucher chaque année depuis l'avenant ?",
  [g(AV, "Art. 3 › 3.2", "La cible annuelle du nombre d'élèves bénéficiaires est portée de 450 à 620 élèves.")],
  ["620"], history=["Qui pilote la fiche sur les addictions des jeunes ?"])
q("followup", "fr", "Et l'objectif pour 2027 ?",
  [g(CLS, "Fiche action 2.3 › Indicateurs › Cancer colorectal", "Cancer colorectal")],
  ["35 %"], history=["Quel est le taux de participation au dépistage du cancer colorectal sur le territoire ?"])
q("followup", "en", "And how many seniors is it supposed to reach each year?",
  [g(CLS, "Fiche action 4.1 › Indicateurs", "nombre de seniors bénéficiaires (cible : 400 par an)")],
  ["400"], history=["Who leads the action on loss of autonomy and isolation of older people?", "What is its yearly budget?"])
q("followup", "fr", "Et pour la subvention à la CPTS votée le même jour ?",
  [g(AV, "Extrait du registre › Délibération n° 2025-088", "Pour : 32 – Contre : 4 – Abstentions : 2")],
  ["32", "4", "2"], history=["Comment les élus ont-ils voté l'avenant n°1 en septembre ?"])

# ---------------- cross
q("cross", "fr", "De combien le coût hors taxes du bus santé a-t-il augmenté entre le contrat initial et l'avenant ?",
  [g(CLS, "Fiche action 1.3", "Le coût d'acquisition et d'aménagement du véhicule est estimé à 150 000 € HT, soit 180 000 € TTC."),
   g(AV, "Art. 2 › 2.1", "est en conséquence augmenté de 22 500 € HT")],
  ["150 000 € HT", "172 500 € HT", "22 500 € HT"])
q("cross", "en", "The local paper puts the health bus at 180,000 euros: is that the price with or without VAT according to the contract?",
  [g(ART, "Un bus santé sur les routes en janvier 2026", "Le véhicule, dont le coût est estimé à 180 000 euros"),
   g(CLS, "Fiche action 1.3", "Le coût d'acquisition et d'aménagement du véhicule est estimé à 150 000 € HT, soit 180 000 € TTC.")],
  ["180 000 € TTC", "150 000 € HT"])
q("cross", "fr", "Le journal annonçait combien de fiches actions à la signature, et combien y en a-t-il après l'avenant ?",
  [g(ART, "Repères", "4 axes et 10 fiches actions"),
   g(AV, "Art. 4", "Le nombre de fiches actions du contrat est ainsi porté de dix à onze.")],
  ["10"])
q("cross", "en", "Which party signed the amendment without having signed the original contract, and what was its status before?",
  [g(CLS, "Article 1 – Parties signataires", "sont associées à la mise en œuvre du contrat sans en être signataires"),
   g(AV, "Art. 5 › 5.1", "La CPTS du Val d'Orbière, jusqu'alors partenaire associée, devient signataire du contrat local de santé")],
  [])

# ---------------- unanswerable
q("unanswerable", "fr", "Que finance la fiche action 5.1 du CLS ?", [], [])
q("unanswerable", "en", "How much is budgeted for the CLS in 2028?", [], [])
q("unanswerable", "fr", "Quel âge a Michel Vaudrey ?", [], [])
q("unanswerable", "en", "Which political party is Martine Roucayrol a member of?", [], [])
q("unanswerable", "fr", "Combien l'ANCT met-elle dans le contrat local de santé des Coteaux de l'Orbière ?", [], [])
q("unanswerable", "fr", "Que dit l'article 12 du CLS ?", [], [])
q("unanswerable", "fr", "Combien de patients le bus Orbi'Santé a-t-il reçus lors de sa première année ?", [], [])
q("unanswerable", "fr", "Combien de pédiatres exercent sur le territoire de la CCCO ?", [], [])
q("unanswerable", "en", "Where does Dr Laure Castanié live?", [], [])
q("unanswerable", "fr", "Quel cabinet a été retenu pour l'évaluation finale du CLS ?", [], [])

with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for i, row in enumerate(Q, 1):
        row = {"id": f"s2-cls-markdown-q{i:02d}", **row}
        f.write(json.dumps(row, ensure_ascii=False) + "\n")

# ---------------- claims
C = []
def c(claim, verdict, error, gold, figures, note):
    C.append({"claim": claim, "verdict": verdict, "error": error,
              "gold": gold if verdict != "not_in_corpus" else [],
              "figures": figures if verdict != "not_in_corpus" else [], "note": note})

# supported
c("Le conseil communautaire des Coteaux de l'Orbière a adopté le contrat local de santé le 10 février 2025 avec 34 voix pour.",
  "supported", None,
  [g(CLS, "Préambule › Vote du conseil communautaire", "Lors de sa séance du 10 février 2025, le conseil communautaire (44 membres en exercice ; 36 présents, 4 représentés) a approuvé le présent contrat par 34 voix pour, 2 voix contre et 4 abstentions.")],
  ["10 février 2025", "34"], "Le préambule indique la séance du 10 février 2025 et 34 voix pour.")
c("The ARS is the largest funder of the original contract, with 42.3% of the total.",
  "supported", None,
  [g(CLS, "Annexe financière › Tableau B › ARS Val-d'Arveyre (FIR)", "ARS Val-d'Arveyre (FIR)")],
  ["472 500", "42,3 %"], "Tableau B: ARS 472 500 €, 42,3 %, the highest share.")
c("Les internes hébergés à Saint-Aubrac ne paieront que 150 euros de loyer par mois.",
  "supported", None,
  [g(CLS, "Fiche action 1.2 › Actions", "pour un loyer résiduel de 150 € par mois")],
  ["150 €"], "La fiche 1.2 fixe un loyer résiduel de 150 € par mois.")
c("Avec l'avenant n°1, le contrat local de santé représente désormais 1 182 500 euros sur trois ans.",
  "supported", None,
  [g(AV, "Art. 6 › 6.4", "Le montant total du contrat est ainsi porté à 1 182 500 €.")],
  ["1 182 500 €"], "L'article 6.4 de l'avenant porte le total à 1 182 500 €.")
c("The amendment creates a new action on family caregivers worth 28,000 euros over 2026 and 2027.",
  "supported", None,
  [g(AV, "Art. 4 › Fiche action 4.3 › Budget", "Budget : 14 000 € par an en 2026 et en 2027, soit 28 000 €")],
  ["28 000 €"], "Fiche 4.3 created by Art. 4: 14 000 € a year in 2026 and 2027, 28 000 € in all.")
c("C'est la MSA qui pilote les formations aux premiers secours en santé mentale prévues par le CLS.",
  "supported", None,
  [g(CLS, "Fiche action 3.2 › Pilote", "Pilote : MSA Val-d'Arveyre.")],
  [], "La fiche action 3.2 (PSSM) désigne la MSA Val-d'Arveyre comme pilote.")
c("L'avenant ne change pas la durée du contrat, qui court toujours jusqu'au 31 décembre 2027.",
  "supported", None,
  [g(AV, "Art. 7 – Autres stipulations", "notamment sa durée, qui reste fixée du 1er janvier 2025 au 31 décembre 2027")],
  ["31 décembre 2027"], "L'article 7 de l'avenant maintient la durée du 1er janvier 2025 au 31 décembre 2027.")
c("Le territoire compte 11 médecins généralistes, dont 47 % ont 60 ans ou plus.",
  "supported", None,
  [g(CLS, "Titre II › Diagnostic", "Le territoire compte 11 médecins généralistes en exercice"),
   g(CLS, "Titre II › Tableau 1 › Médecins généralistes âgés de 60 ans et plus", "Médecins généralistes âgés de 60 ans et plus")],
  ["11", "47 %"], "Le diagnostic donne 11 généralistes et 47 % de 60 ans et plus.")

# contradicted
c("Le véhicule du bus santé a finalement été acheté 207 000 euros hors taxes.",
  "contradicted", "ht_ttc",
  [g(AV, "Art. 2 › 2.1", "pour un montant de 172 500 € HT, soit 207 000 € TTC")],
  ["172 500 € HT", "207 000 € TTC"], "207 000 € est le montant TTC ; le prix HT est de 172 500 €.")
c("Amendment no. 1 was approved by the community council with 34 votes for, 2 against and 4 abstentions.",
  "contradicted", "vote_row",
  [g(AV, "Extrait du registre › Délibération n° 2025-087", "Pour : 35 – Contre : 0 – Abstentions : 3")],
  ["35", "0", "3"], "34/2/4 is the February vote on the original contract; the amendment passed 35 for, 0 against, 3 abstentions.")
c("Le CLS prévoit 190 000 euros de crédits de l'ARS pour l'année 2025.",
  "contradicted", "envelope",
  [g(CLS, "Annexe financière › Tableau C › 2025", "2025"),
   g(AV, "Art. 6 › 6.2 › ARS Val-d'Arveyre (FIR)", "ARS Val-d'Arveyre (FIR)")],
  ["179 000", "190 000", "199 000"], "190 000 € est l'enveloppe FIR réservée (tableau C) ; les crédits ARS programmés pour 2025 sont de 179 000 €, portés à 199 000 € par l'avenant.")
c("Dès 2025, la prévention des addictions chez les jeunes dispose de 27 000 euros grâce à l'avenant.",
  "contradicted", "year",
  [g(AV, "Art. 3 › 3.3", "Le budget de la fiche action est porté de 22 000 € à 27 000 € pour chacune des années 2026 et 2027. Le budget 2025 (22 000 €) est inchangé.")],
  ["22 000 €", "27 000 €"], "Les 27 000 € valent pour 2026 et 2027 ; le budget 2025 reste à 22 000 €.")
c("Under the CLS, the Département leads the action against the isolation of older people.",
  "contradicted", "body",
  [g(CLS, "Fiche action 4.1 › Pilote", "centre intercommunal d'action sociale (CIAS) des Coteaux de l'Orbière")],
  [], "Fiche 4.1 is led by the CIAS; the Département only funds it through the CFPPA.")
c("La fiche action 3.1 du CLS prévoit de former des secouristes en santé mentale.",
  "contradicted", "measure",
  [g(CLS, "Fiche action 3.2", "Fiche action 3.2 – Former des secouristes en santé mentale"),
   g(CLS, "Fiche action 3.1", "Fiche action 3.1 – Créer un conseil local de santé mentale")],
  [], "La formation des secouristes relève de la fiche 3.2 ; la fiche 3.1 crée le conseil local de santé mentale.")
c("The housing scheme for medical interns is paid for by the community of communes.",
  "contradicted", "body",
  [g(CLS, "Fiche action 1.2 › Budget", "66 000 € sur trois ans, intégralement financés par le Département de la Sérène.")],
  ["66 000 €"], "Fiche 1.2 is entirely funded by the Département de la Sérène.")
c("Le forum santé de novembre 2024 a rassemblé 183 participants.",
  "contradicted", "count",
  [g(CLS, "Visas › Considérant", "qui a réuni 138 participants (élus, professionnels de santé, associations, habitants)")],
  ["138"], "Le forum a réuni 138 participants, non 183.")
c("Le contrat local de santé initial a été signé le 6 octobre 2025 à Saint-Aubrac-sur-Orbière.",
  "contradicted", "date",
  [g(CLS, "Signatures", "Fait à Saint-Aubrac-sur-Orbière, le 14 mars 2025, en cinq exemplaires originaux.")],
  ["14 mars 2025"], "Le contrat a été signé le 14 mars 2025 ; le 6 octobre 2025 est la date de l'avenant n°1.")
c("Après l'avenant, la communauté de communes finance toujours 33,5 % du contrat.",
  "contradicted", "value",
  [g(AV, "Art. 6 › 6.2 › Communauté de communes des Coteaux de l'Orbière", "Communauté de communes des Coteaux de l'Orbière")],
  ["32,3 %"], "33,5 % était la part initiale ; après l'avenant la part de la communauté de communes est de 32,3 %.")

# not in corpus
c("Le bus santé Orbi'Santé sera un véhicule électrique.", "not_in_corpus", None, [], [],
  "Aucun document ne précise la motorisation du bus.")
c("The ARS plans to open an emergency care unit in Montbrecy in 2026.", "not_in_corpus", None, [], [],
  "No document mentions an emergency care unit project.")
c("Le coordinateur du conseil local de santé mentale sera salarié du centre hospitalier de Montbrecy.", "not_in_corpus", None, [], [],
  "Le CLS prévoit un coordinateur à 0,5 ETP sans préciser son employeur.")
c("Michel Vaudrey has chaired the community of communes since 2020.", "not_in_corpus", None, [], [],
  "The documents never say when he became president.")
c("Le conseil municipal de Cazevieille a voté une motion contre le contrat local de santé.", "not_in_corpus", None, [], [],
  "Seule l'opposition personnelle du maire Bernard Estival est rapportée, pas de motion municipale.")

with open(os.path.join(ROOT, "claims.jsonl"), "w", encoding="utf-8") as f:
    for i, row in enumerate(C, 1):
        row = {"id": f"s2-cls-markdown-c{i:02d}", **row}
        f.write(json.dumps(row, ensure_ascii=False) + "\n")

from collections import Counter
print(len(Q), Counter(r["kind"] for r in Q), Counter(r["lang"] for r in Q))
print(len(C), Counter(r["verdict"] for r in C), Counter(r["error"] for r in C))
