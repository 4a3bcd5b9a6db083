import json
PV="2025-12-11-pv-conseil-surveillance-ch-castelbrune"
AV="2025-12-18-avenant-3-convention-constitutive-ght-sorelle-causses"
BR="2026-01-20-ght-sorelle-causses-briefing-valcastello"
def g(d,l,q): return {"doc_id":d,"locator":l,"quote":q}
Q=[]
def q(kind,lang,question,gold,figures,history=None,answerable=True):
    Q.append(dict(kind=kind,lang=lang,question=question,history=history or [],answerable=answerable,gold=gold,figures=figures))
def u(lang,question,history=None):
    q("unanswerable",lang,question,[],[],history,False)

# ---- figure
q("figure","fr","Quel déficit le compte de résultat principal affiche-t-il dans l'EPRD 2026 du CH de Castelbrune ?",
  [g(PV,"Point n° 2 › EPRD 2026","Le compte de résultat principal (CRP) de l'EPRD 2026 est présenté en déficit de 1 425 000 €")],["1 425 000 €"])
q("figure","fr","CAF prévisionnelle 2026 : combien ?",
  [g(PV,"Point n° 2 › Capacité d'autofinancement","La capacité d'autofinancement (CAF) prévisionnelle atteint 4 870 000 € en 2026")],["4 870 000 €"])
q("figure","en","How did the supervisory board vote on the 2026 EPRD: how many members voted for and how many against?",
  [g(PV,"Point n° 2 › Vote","Vote – Votants : 13 ; Pour : 9 ; Contre : 2 ; Abstentions : 2.")],["9","2"])
q("figure","fr","Les travaux aux urgences de Castelbrune, ça va prendre combien de temps ?",
  [g(PV,"Point n° 4 › Restructuration des urgences","les travaux de restructuration des urgences débuteront en septembre 2026 pour une durée de 22 mois")],["22 mois"])
q("figure","fr","Combien l'hôpital apporte-t-il au capital du groupement de coopération sanitaire pour l'imagerie ?",
  [g(PV,"Point n° 6 › Capital du GCS","dont 45 000 € apportés par le centre hospitalier")],["45 000 €"])
q("figure","en","How many written complaints did Castelbrune hospital receive in 2024, according to the patients' committee report?",
  [g(PV,"Point n° 7 › Rapport CDU 2024","L'établissement a enregistré 187 réclamations écrites en 2024")],["187"])
q("figure","fr","Jusqu'à quand la convention constitutive du GHT Sorelle-Causses est-elle désormais valable ?",
  [g(AV,"Art. 7 – Durée de la convention","prorogée jusqu'au 31 décembre 2031")],["31 décembre 2031"])
q("figure","fr","De combien de membres le collège médical du groupement est-il composé après l'avenant n° 3 ?",
  [g(AV,"Art. 4 – Collège médical","Le collège médical du groupement est composé de 24 membres")],["24"])
q("figure","en","How large is the ARS grant for cybersecurity that is deducted from the shared costs in 2026?",
  [g(AV,"Art. 5, 3°","la subvention de 300 000 € accordée par l'ARS Centre-Sorelle au titre du renforcement de la cybersécurité")],["300 000 €"])
q("figure","fr","Quels effectifs compte le département de l'information médicale de territoire (médecins et TIM) ?",
  [g(AV,"Art. 2 › DIM de territoire","comprend 3,6 équivalents temps plein (ETP) de médecins et 8 ETP de techniciens de l'information médicale (TIM)")],["3,6","8"])
q("figure","en","What are medical locum costs expected to be for 2025 at Castelbrune?",
  [g(PV,"Point n° 9 › Intérim médical","les dépenses d'intérim médical sont estimées à 1 650 000 € pour 2025")],["1 650 000 €"])

# ---- table
q("table","fr","Dans le tableau des charges de l'EPRD, quel montant est prévu pour les charges à caractère médical en 2026 ?",
  [g(PV,"Tableau 1 › Titre 2","Titre 2 – Charges à caractère médical")],["17 650 000"])
q("table","fr","Quel est le coût TTC de l'IRM prévue au programme d'investissement, et quand sera-t-elle livrée ?",
  [g(PV,"Tableau 3 › IRM","Acquisition d'une IRM 1,5 tesla")],["1 380 000 €","2026"])
q("table","en","In the investment operations table, what is the cost before VAT of renovating the operating theatres?",
  [g(PV,"Tableau 3 › Bloc opératoire","Rénovation du bloc opératoire (6 salles)")],["4 250 000 €"])
q("table","fr","Selon l'annexe 1 de l'avenant, quelle quote-part et quelle contribution 2026 pour le CHIVP ?",
  [g(AV,"Annexe 1 › CHI de Vaurieu-Pradelles","CHI de Vaurieu-Pradelles")],["14,5 %","350 175"])
q("table","fr","Dans l'annexe 2 (budget par fonction), combien est inscrit pour les achats en 2026 ?",
  [g(AV,"Annexe 2 › Fonction achats","Fonction achats")],["410 000"])
q("table","en","According to the activity table, how many emergency department visits had been recorded by 30 September 2025?",
  [g(PV,"Tableau 4 › Passages aux urgences","Passages aux urgences")],["31 460"])
q("table","fr","Produits de l'assurance maladie (titre 1) : quel montant à l'EPRD 2025 ?",
  [g(PV,"Tableau 2 › Titre 1","Titre 1 – Produits versés par l'assurance maladie")],["82 365 000"])
q("table","en","In the key figures table of the Valcastello briefing, what self-financing capacity is shown for 2026?",
  [g(BR,"Key figures at a glance › Self-financing capacity","Self-financing capacity, Castelbrune")],["EUR 4.87 million"])

# ---- clause
q("clause","fr","Quelles règles de quorum et de partage des voix s'appliquent au comité stratégique du GHT ?",
  [g(AV,"Art. 3, 4°","Le comité stratégique ne peut valablement délibérer que si la moitié au moins de ses membres ayant voix délibérative sont présents."),
   g(AV,"Art. 3, 4°","en cas de partage égal des voix, celle du président est prépondérante.")],[])
q("clause","fr","Comment l'établissement support appelle-t-il les contributions, et que se passe-t-il si un hôpital paie en retard ?",
  [g(AV,"Art. 5, 4°","Les contributions sont appelées par l'établissement support par quart, au plus tard le 15 du deuxième mois de chaque trimestre."),
   g(AV,"Art. 5, 4°","Tout retard de paiement supérieur à 60 jours donne lieu à une information du comité stratégique.")],["60 jours"])
q("clause","en","What must each member hospital provide for its own digital security contact under the amendment?",
  [g(AV,"Art. 2 › Référent sécurité numérique","Chaque établissement partie désigne en son sein un référent sécurité numérique, interlocuteur de la cellule territoriale, et lui accorde au moins 0,2 ETP pour l'exercice de cette mission.")],["0,2 ETP"])
q("clause","fr","Sur quelle base la nouvelle clé de répartition des charges mutualisées est-elle calculée ?",
  [g(AV,"Art. 5, 2°","clé fondée à 70 % sur le montant des produits du titre 1 de chaque établissement constaté au dernier compte financier approuvé et à 30 % sur le nombre de séjours et de séances de l'avant-dernier exercice")],["70 %","30 %"])
q("clause","fr","Qu'est-ce que l'avenant prévoit pour la permanence des soins en anesthésie-réanimation ?",
  [g(AV,"Art. 6 › b)","une ligne de garde territoriale unique est organisée la nuit en semaine entre le CHSA et le CHIVP, assurée par une équipe médicale territoriale de 7 praticiens")],["7"])
q("clause","fr","Qui représentera le centre hospitalier à l'assemblée générale du GCS Imagerie Sorelle ?",
  [g(PV,"Point n° 6","La directrice est désignée pour représenter l'établissement à l'assemblée générale du GCS.")],[])
q("clause","fr","À partir de quand l'avenant n° 3 s'applique-t-il, et sous quelle condition ?",
  [g(AV,"Art. 8 – Entrée en vigueur","Le présent avenant entre en vigueur le 1er janvier 2026, sous réserve de son approbation par le directeur général de l'ARS Centre-Sorelle.")],["1er janvier 2026"])
q("clause","fr","Selon le président de la CME, pourquoi les naissances baissent-elles à Castelbrune ?",
  [g(PV,"Point n° 8","Le Dr Antoine Rigal attribue la baisse des naissances à la diminution de la natalité")],[])

# ---- list
q("list","fr","Quelles fonctions l'établissement support assure-t-il pour le compte des autres hôpitaux du GHT depuis l'avenant n° 3 ?",
  [g(AV,"Art. 2 › Article 6, 1°","la stratégie, l'optimisation et la gestion commune d'un système d'information hospitalier convergent"),
   g(AV,"Art. 2 › Article 6, 2°","la gestion d'un département de l'information médicale (DIM) de territoire"),
   g(AV,"Art. 2 › Article 6, 3°","3° la fonction achats"),
   g(AV,"Art. 2 › Article 6, 4°","la coordination des instituts et des écoles de formation paramédicale"),
   g(AV,"Art. 2 › Article 6, 5°","la sécurité des systèmes d'information et la fonction de délégué à la protection des données (DPD) mutualisé")],[])
q("list","en","Which shared medical activities are new in Amendment No. 3?",
  [g(AV,"Art. 6 › c)","c) Filière gériatrique"),
   g(AV,"Art. 6 › d)","d) Cardiologie"),
   g(AV,"Art. 6 › f)","f) Santé mentale")],[])
q("list","fr","Sur quoi portent principalement les réclamations des usagers relevées par la CDU ?",
  [g(PV,"Point n° 7 › Motifs de réclamation","les délais d'attente aux urgences"),
   g(PV,"Point n° 7 › Motifs de réclamation","la communication avec les proches des patients"),
   g(PV,"Point n° 7 › Motifs de réclamation","la perte d'objets personnels, en particulier de prothèses dentaires et auditives"),
   g(PV,"Point n° 7 › Motifs de réclamation","la facturation des chambres particulières")],[])
q("list","fr","Quelles sont les dates des séances du conseil de surveillance prévues en 2026 ?",
  [g(PV,"Point n° 9 › Calendrier 2026","jeudi 12 mars 2026"),
   g(PV,"Point n° 9 › Calendrier 2026","jeudi 25 juin 2026"),
   g(PV,"Point n° 9 › Calendrier 2026","jeudi 15 octobre 2026"),
   g(PV,"Point n° 9 › Calendrier 2026","jeudi 10 décembre 2026")],["12 mars 2026","25 juin 2026","15 octobre 2026","10 décembre 2026"])
q("list","en","Which voting members were excused from the supervisory board meeting of 11 December 2025?",
  [g(PV,"Membres à voix délibérative › Cazals","M. Bernard Cazals"),
   g(PV,"Membres à voix délibérative › Fauchier","M. Pierre-Yves Fauchier"),
   g(PV,"Membres à voix délibérative › Vidal","Mme Karine Vidal"),
   g(PV,"Membres à voix délibérative › Dhombres","Mme Laure Dhombres")],[])
q("list","fr","Quels sont les établissements parties au GHT Sorelle-Causses ?",
  [g(AV,"Parties","Le Centre hospitalier de Castelbrune (CHC), établissement support"),
   g(AV,"Parties","Le Centre hospitalier de Saint-Aurèle (CHSA)"),
   g(AV,"Parties","Le Centre hospitalier intercommunal de Vaurieu-Pradelles (CHIVP)"),
   g(AV,"Parties","L'Hôpital de proximité de Lanvézac (HPL)")],[])

# ---- followup
q("followup","fr","Et toutes taxes comprises ?",
  [g(PV,"Tableau 3 › Bâtiment B","Rénovation énergétique du bâtiment B")],["2 280 000 €"],
  history=["Combien coûte hors taxes la rénovation énergétique du bâtiment B ?"])
q("followup","fr","Et l'année d'avant ?",
  [g(AV,"Annexe 1 › Hôpital de proximité de Lanvézac","Hôpital de proximité de Lanvézac")],["141 700"],
  history=["Quelle est la contribution 2026 de l'hôpital de proximité de Lanvézac aux fonctions mutualisées ?"])
q("followup","en","And on the investment programme?",
  [g(PV,"Point n° 4 › Vote","Vote – Votants : 13 ; Pour : 11 ; Contre : 0 ; Abstentions : 2.")],["11","0","2"],
  history=["What was the vote on the multi-year financing plan (PGFP)?"])
q("followup","fr","Et les naissances, elles évoluent comment ?",
  [g(PV,"Tableau 4 › Naissances","Naissances")],["811","-3,7 %"],
  history=["Combien de passages aux urgences au 30 septembre 2025 ?"])
q("followup","fr","Et l'ARS aide à hauteur de combien pour l'acheter ?",
  [g(PV,"Point n° 2 › Intervention de l'ARS","une aide à l'investissement de 400 000 € destinée à l'acquisition de l'IRM")],["400 000 €"],
  history=["Quand la nouvelle IRM doit-elle être mise en service ?"])
q("followup","en","And who is the vice-chair?",
  [g(AV,"Art. 4 – Collège médical","vice-présidente le Dr Camille Aubertin")],[],
  history=["Who chairs the GHT's medical college?"])

# ---- cross
q("cross","fr","Combien le CH de Castelbrune versera-t-il pour les fonctions mutualisées en 2026 selon l'avenant, et par quel vote son conseil de surveillance a-t-il approuvé ce texte ?",
  [g(AV,"Annexe 1 › Centre hospitalier de Castelbrune","Centre hospitalier de Castelbrune"),
   g(PV,"Point n° 5 › Vote","Vote – Votants : 13 ; Pour : 12 ; Contre : 0 ; Abstentions : 1.")],["1 364 475","12","1"])
q("cross","en","The briefing to Valcastello puts the 2026 cybersecurity and data protection budget at €240k. What exact amount does the amendment give, and how many full-time staff will the digital security unit have?",
  [g(BR,"Key figures at a glance › Cybersecurity","Cybersecurity and data protection budget"),
   g(AV,"Annexe 2 › Sécurité numérique","Sécurité numérique et délégué à la protection des données"),
   g(AV,"Art. 2 › Cellule territoriale","soit 3 ETP")],["240 000","3 ETP"])
q("cross","fr","La note pour Valcastello évoque un objectif de 9 000 lectures à distance par an : selon l'avenant, quels examens sont télé-interprétés et à quelles heures ?",
  [g(BR,"7. Tele-radiology peer review","which aims at 9,000 remote readings a year"),
   g(AV,"Art. 6 › a) Imagerie médicale","télé-interprétation des examens de scanner du CHSA et du CHIVP par l'équipe de radiologie du CHC, de 18 h 30 à 8 h 30 en semaine ainsi que le samedi, le dimanche et les jours fériés")],["18 h 30","8 h 30"])
q("cross","fr","Le déficit 2026 annoncé au partenaire italien est d'environ 1,4 million d'euros ; quel est le chiffre exact dans le procès-verbal ?",
  [g(BR,"Key figures at a glance › Main budget result","Main budget result, Castelbrune"),
   g(PV,"Tableau 2 › Résultat du CRP","Résultat du CRP")],["1 425 000"])

# ---- unanswerable
u("fr","Quel montant de charges de personnel est prévu pour 2027 ?")
u("fr","Que prévoit l'article 14 de l'avenant n° 3 à la convention constitutive ?")
u("en","How much does the EPSM de la Sorelle contribute to the GHT's shared functions?")
u("fr","Quel âge a Gérard Lestrade, le président du conseil de surveillance ?")
u("en","Which political party does Hélène Vasseur-Marchal belong to?")
u("fr","Combien de lits compte l'EHPAD « Les Tilleuls » ?")
u("fr","Combien coûte le stationnement pour les visiteurs sur le parking de l'hôpital de Castelbrune ?")
u("en","How much did the February 2025 cyberattack cost Saint-Aurèle hospital?")
u("fr","Quel a été le résultat du compte financier 2024 du centre hospitalier ?")

with open("/work/main/evals/corpora/s18-ght-surveillance/questions.jsonl","w") as f:
    for i,x in enumerate(Q,1):
        x={"id":f"s18-ght-surveillance-q{i:02d}",**x}
        f.write(json.dumps(x,ensure_ascii=False)+"\n")

C=[]
def c(claim,verdict,error,gold,figures,note):
    C.append(dict(claim=claim,verdict=verdict,error=error,gold=gold,figures=figures,note=note))
# supported
c("Le conseil de surveillance du CH de Castelbrune a rendu un avis favorable sur l'EPRD 2026 par 9 voix pour, 2 contre et 2 abstentions.","supported",None,
  [g(PV,"Point n° 2 › Vote","Vote – Votants : 13 ; Pour : 9 ; Contre : 2 ; Abstentions : 2.")],["9","2"],"Le vote du point n° 2 donne exactement 9 pour, 2 contre et 2 abstentions.")
c("Le programme d'investissement 2026-2028 de l'hôpital de Castelbrune atteint 11 595 000 € HT.","supported",None,
  [g(PV,"Point n° 4","Le montant total du programme s'élève à 11 595 000 € HT, soit 13 914 000 € TTC.")],["11 595 000 € HT"],"Le PV donne ce total hors taxes.")
c("Under Amendment No. 3, Vaurieu-Pradelles intercommunal hospital will pay €350,175 towards the group's shared functions in 2026.","supported",None,
  [g(AV,"Annexe 1 › CHI de Vaurieu-Pradelles","CHI de Vaurieu-Pradelles")],["350 175"],"Annexe 1 gives a 2026 contribution of 350 175 € for the CHIVP.")
c("À Castelbrune, les dépenses d'intérim médical reculent : 2,34 M€ en 2024, 1,65 M€ estimés pour 2025.","supported",None,
  [g(PV,"Point n° 9 › Intérim médical","les dépenses d'intérim médical sont estimées à 1 650 000 € pour 2025, contre 2 340 000 € en 2024")],["1 650 000 €","2 340 000 €"],"Les montants arrondis correspondent à ceux du PV.")
c("L'équipe mobile de gériatrie du GHT doit intervenir dans les 23 Ehpad du territoire.","supported",None,
  [g(AV,"Art. 6 › c)","23 établissements d'hébergement pour personnes âgées dépendantes (EHPAD) du territoire")],["23"],"Le c) de l'article 6 vise les 23 EHPAD du territoire.")
c("The hospital's patient committee recorded 187 written complaints in 2024, up from 163 the year before.","supported",None,
  [g(PV,"Point n° 7","L'établissement a enregistré 187 réclamations écrites en 2024, contre 163 en 2023")],["187","163"],"The CDU report figures match.")
c("Signée en 2016, la convention du GHT Sorelle-Causses est prolongée jusqu'à fin 2031.","supported",None,
  [g(AV,"Art. 7 – Durée de la convention","prorogée jusqu'au 31 décembre 2031"),
   g(AV,"Préambule","signée le 1er juillet 2016")],["31 décembre 2031"],"L'article 7 proroge la convention jusqu'au 31 décembre 2031 ; elle a été signée le 1er juillet 2016.")
# contradicted
c("La nouvelle IRM 1,5 tesla coûtera 1 380 000 € HT au centre hospitalier.","contradicted","ht_ttc",
  [g(PV,"Tableau 3 › IRM","Acquisition d'une IRM 1,5 tesla")],["1 150 000 €","1 380 000 €"],"1 380 000 € est le montant TTC ; le montant HT est de 1 150 000 €.")
c("Le déficit du compte de résultat principal du CH de Castelbrune atteindra 1,8 M€ en 2026.","contradicted","year",
  [g(PV,"Point n° 2","Le compte de résultat principal (CRP) de l'EPRD 2026 est présenté en déficit de 1 425 000 €, contre un déficit de 1 800 000 € inscrit à l'EPRD 2025 initial.")],["1 425 000 €","1 800 000 €"],"1,8 M€ est le déficit de l'EPRD 2025 ; celui de 2026 est de 1 425 000 €.")
c("The supervisory board approved Amendment No. 3 with 10 votes in favour, 1 against and 2 abstentions.","contradicted","vote_row",
  [g(PV,"Point n° 5 › Vote","Vote – Votants : 13 ; Pour : 12 ; Contre : 0 ; Abstentions : 1.")],["12","0","1"],"10-1-2 is the PGFP vote (point 3); the amendment got 12 for, 0 against, 1 abstention.")
c("L'EPRD 2026 prévoit 9 480 000 € de charges à caractère hôtelier et général.","contradicted","envelope",
  [g(PV,"Tableau 1 › Titre 3","Titre 3 – Charges à caractère hôtelier et général")],["9 480 000","9 860 000"],"9 480 000 € figure dans la colonne EPRD 2025 ; l'EPRD 2026 prévoit 9 860 000 €.")
c("Selon le point b) de l'avenant n° 3, une équipe mobile de gériatrie interviendra dans les Ehpad du territoire.","contradicted","measure",
  [g(AV,"Art. 6 › b)","b) Permanence des soins en établissement de santé (PDSES) en anesthésie-réanimation"),
   g(AV,"Art. 6 › c)","c) Filière gériatrique")],[],"L'équipe mobile de gériatrie relève du c) ; le b) concerne la PDSES en anesthésie-réanimation.")
c("Castelbrune cardiologists will hold outreach clinics at Vaurieu-Pradelles two half-days a week.","contradicted","body",
  [g(AV,"Art. 6 › d)","à l'HPL, à raison de deux demi-journées par semaine, et au CHIVP, à raison de quatre demi-journées par semaine")],["deux demi-journées","quatre demi-journées"],"Two half-days a week is for Lanvézac (HPL); Vaurieu-Pradelles gets four.")
c("Le collège médical du GHT compte désormais 26 membres, dont 10 désignés par le CH de Castelbrune.","contradicted","count",
  [g(AV,"Art. 4 – Collège médical","Le collège médical du groupement est composé de 24 membres")],["24"],"Le collège médical compte 24 membres, et non 26.")
c("Le comité stratégique du GHT a donné son feu vert à l'avenant n° 3 le 25 septembre 2025.","contradicted","date",
  [g(AV,"Préambule","Vu l'avis favorable du comité stratégique du 18 septembre 2025")],["18 septembre 2025"],"Le comité stratégique s'est prononcé le 18 septembre ; le 25 septembre est la date de l'avis du collège médical.")
c("Le partenaire privé du GCS Imagerie Sorelle, la SELARL Imagerie du Causse, regroupe 12 radiologues libéraux.","contradicted","value",
  [g(PV,"Point n° 6","SELARL Imagerie du Causse, qui regroupe 9 radiologues libéraux")],["9"],"Le PV indique 9 radiologues libéraux.")
# not in corpus
c("Le GHT Sorelle-Causses prévoit de fermer la maternité du CH de Saint-Aurèle en 2027.","not_in_corpus",None,[],[],"Aucun document n'évoque une fermeture de maternité.")
c("The February 2025 cyberattack on Saint-Aurèle hospital was claimed by a ransomware gang demanding a €2 million ransom.","not_in_corpus",None,[],[],"The documents mention the attack and 19 days of degraded mode but nothing about a claim or ransom.")
c("Hélène Vasseur-Marchal a pris la direction du CH de Castelbrune en 2021.","not_in_corpus",None,[],[],"Aucun document ne donne la date de nomination de la directrice.")
c("Les radiologues du GCS Imagerie Sorelle pratiqueront un dépassement d'honoraires moyen de 35 € par IRM.","not_in_corpus",None,[],[],"Les documents ne disent rien des honoraires ou dépassements pratiqués.")
c("Castelbrune hospital staff went on strike in November 2025 over the 38 vacant nursing posts.","not_in_corpus",None,[],[],"The minutes mention 38 vacancies but no strike.")
with open("/work/main/evals/corpora/s18-ght-surveillance/claims.jsonl","w") as f:
    for i,x in enumerate(C,1):
        x={"id":f"s18-ght-surveillance-c{i:02d}",**x}
        f.write(json.dumps(x,ensure_ascii=False)+"\n")
from collections import Counter
print(len(Q),Counter(x['kind'] for x in Q),Counter(x['lang'] for x in Q))
print(len(C),Counter(x['verdict'] for x in C),Counter(x['error'] for x in C),Counter('en' if x['claim'][0] in 'TCU' and x['claim'].split()[0] in ('The','Castelbrune','Under') else 'fr' for x in C))
