# Generator for the fictional SILVERBRIDGE consortium agreement (English, PDF).
# Run with /work/main/.venv/bin/python make_agreement.py
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent.parent / "docs" / "2025-02-10_silverbridge-consortium-agreement.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "SILVERBRIDGE Consortium Agreement – Version 1.3 (final) – Grant Agreement No. 101187342",
                  new_x="LMARGIN", new_y="NEXT", align="L")
        self.cell(0, 4, "CONFIDENTIAL – restricted to the Parties", new_x="LMARGIN", new_y="NEXT", align="L")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Initials of the Parties: ____ / ____ / ____ / ____ / ____ / ____", align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.alias_nb_pages()
pdf.add_page()


def h1(t):
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def h2(t):
    pdf.ln(1.5)
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")


def p(t, size=9.5):
    pdf.set_font("DejaVu", "", size)
    pdf.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)


def center(t, size=10, bold=False):
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.multi_cell(0, size * 0.55, t, align="C", new_x="LMARGIN", new_y="NEXT")


def table(rows, widths, aligns=None, size=8.5):
    pdf.set_font("DejaVu", "", size)
    head = FontFace(emphasis="BOLD", fill_color=(225, 230, 240))
    with pdf.table(col_widths=widths, headings_style=head, line_height=4.6,
                   text_align=aligns or "LEFT", borders_layout="ALL") as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


# ---------------------------------------------------------------- cover
p("EXECUTION COPY – Ref. CSHA/SB/CA/2025-007", 8)
pdf.ln(4)
center("CONSORTIUM AGREEMENT", 16, True)
pdf.ln(2)
center("SILVERBRIDGE – Cross-border telemonitoring network for older adults living with chronic heart failure", 11, True)
pdf.ln(2)
center("European Programme for Health Innovation (EPHI) – Call EPHI-2024-CARE-03 – Grant Agreement No. 101187342", 9)
pdf.ln(6)

p("This Consortium Agreement (hereinafter the \"Agreement\") is based upon the Grant Agreement No. 101187342 "
  "concluded between the European Health Innovation Executive Office (EHIEO), acting under powers delegated by the "
  "European Commission (hereinafter the \"Granting Authority\"), and the Coordinator on behalf of the beneficiaries. "
  "It is made on 10 February 2025, with effect from 1 January 2025 (hereinafter the \"Effective Date\"), between:")

p("1. Cluster Santé Horizon Ardenval (CSHA), a non-profit association governed by the French law of 1 July 1901, "
  "whose registered office is at 4 allée Marie-Marvingt, 71450 Ardenval, France, represented by Dr François Aubignac, "
  "President, hereinafter the \"Coordinator\";")
p("2. Centre Hospitalier Universitaire d'Ardenval (CHU Ardenval), a French public health establishment, represented by "
  "Mr Laurent Méribel, Director General;")
p("3. Universitätsklinikum Rheinfurt (UKR), a public-law institution established in Rheinfurt, Germany, represented by "
  "Prof. Dr. Matthias Oberländer, Medical Director;")
p("4. Fundació Salut Mar Blau (FSMB), a private non-profit foundation established in Vilanova de Mar, Spain, "
  "represented by Ms Núria Castellví i Roig, Managing Director;")
p("5. Kessel Health Labs B.V. (KHL), a private limited company qualifying as a small and medium-sized enterprise (SME), "
  "established in Breukelveen, the Netherlands, represented by Mr Pieter van Rooijen, Chief Executive Officer;")
p("6. Instituto de Saúde Digital de Aveira (ISDA), a public research institute established in Aveira, Portugal, "
  "represented by Prof. Inês Carvalhal, President of the Board;")
p("hereinafter, jointly or individually, referred to as the \"Parties\" or a \"Party\".")

h2("WHEREAS")
p("A. The Parties, having considerable experience in cardiology, geriatrics, digital health and health technology "
  "assessment, have submitted a proposal under the acronym SILVERBRIDGE in response to call EPHI-2024-CARE-03, which "
  "was selected for funding in October 2024.")
p("B. The Parties wish to specify or supplement binding commitments among themselves in addition to the provisions of "
  "the Grant Agreement, which shall prevail in case of conflict.")
p("C. Ardenval Métropole has agreed to support the French part of the Project through a separate convention concluded "
  "with the Coordinator. Ardenval Métropole is not a Party to this Agreement and shall acquire no rights under it.")
p("NOW, THEREFORE, THE PARTIES HAVE AGREED AS FOLLOWS:")

# ---------------------------------------------------------------- clause 1
h1("Clause 1 – Definitions")
p("1.1 Words beginning with a capital letter shall have the meaning defined either in this Clause or in the Grant "
  "Agreement, including its annexes.")
p("1.2 \"Background\" means any data, know-how or information, whatever its form or nature, that is held by a Party "
  "before the Effective Date and that is needed to implement the Project or to exploit its Results.")
p("1.3 \"Results\" means any tangible or intangible output of the Project, such as data, software, knowledge or "
  "information, whatever its form or nature and whether or not it can be protected, that is generated in the Project.")
p("1.4 \"Cash contribution\" means a financial contribution paid by a Party into the common Project account held by the "
  "Coordinator.")
p("1.5 \"In-kind contribution\" means staff time, equipment, premises or services made available by a Party to the "
  "Project without payment and valued in accordance with Clause 5.5.")
p("1.6 \"Living Lab\" means a real-life test site where patients, carers, health professionals and companies co-design "
  "and test the telemonitoring pathway. The Project operates three Living Labs: Ardenval (France), Rheinfurt (Germany) "
  "and Vilanova de Mar (Spain).")
p("1.7 \"Metropolis\" means Ardenval Métropole, the French public inter-municipal authority (établissement public de "
  "coopération intercommunale, EPCI) grouping 38 municipalities around Ardenval.")
p("1.8 \"Project Period\" means the period of 36 months starting on 1 January 2025 and ending on 31 December 2027.")
p("1.9 \"Defaulting Party\" means a Party which the General Assembly has identified to be in breach of this Agreement "
  "or of the Grant Agreement in accordance with Clause 4.7.")

# ---------------------------------------------------------------- clause 2
h1("Clause 2 – Purpose and scope")
p("2.1 The purpose of this Agreement is to specify the relationship among the Parties, in particular concerning the "
  "organisation of the work, the management of the Project and the rights and obligations of the Parties concerning, "
  "inter alia, liability, access rights and dispute resolution.")
p("2.2 The Project aims to enrol 900 patients aged 70 and over living with chronic heart failure (NYHA class II or III) "
  "in a remote monitoring pathway and to demonstrate a reduction of at least 20% in unplanned hospital readmissions at "
  "12 months compared with usual care.")
p("2.3 The work is organised in six work packages (WP), as set out in Table 1 below. One person-month corresponds to "
  "140 productive hours.")
p("Table 1 – Work packages, leaders and effort", 8.5)
table([
    ["WP", "Title", "Leader", "Start", "End", "Person-months"],
    ["WP1", "Project management and coordination", "CSHA", "M1", "M36", "64"],
    ["WP2", "Clinical pathway and patient recruitment", "CHU Ardenval", "M1", "M30", "142"],
    ["WP3", "Telemonitoring platform and interoperability", "KHL", "M1", "M24", "118"],
    ["WP4", "Living Labs deployment", "UKR", "M4", "M33", "126"],
    ["WP5", "Evaluation and health technology assessment", "ISDA", "M6", "M36", "88"],
    ["WP6", "Dissemination, exploitation and sustainability", "FSMB", "M3", "M36", "52"],
    ["Total", "", "", "", "", "590"],
], (14, 70, 28, 14, 14, 30), ("LEFT", "LEFT", "LEFT", "CENTER", "CENTER", "RIGHT"))

# ---------------------------------------------------------------- clause 3
h1("Clause 3 – Entry into force, duration and termination")
p("3.1 This Agreement shall have effect from the Effective Date identified at the beginning of this Agreement.")
p("3.2 This Agreement shall continue in full force and effect until complete fulfilment of all obligations undertaken "
  "by the Parties under the Grant Agreement and under this Agreement, and in any case not before the payment of the "
  "balance by the Granting Authority.")
p("3.3 If the Grant Agreement is terminated, this Agreement shall automatically terminate on the same date, without "
  "prejudice to the provisions that survive its termination.")
p("3.4 Clauses 7 (Intellectual property), 8 (Confidentiality), 10 (Liability) and 13 (Governing law and disputes) "
  "shall survive the expiry or termination of this Agreement for a period of five years.")

# ---------------------------------------------------------------- clause 4
h1("Clause 4 – Responsibilities of the Parties")
p("4.1 General principles. Each Party undertakes to take part in the efficient implementation of the Project and to "
  "cooperate, perform and fulfil, promptly and on time, all of its obligations under the Grant Agreement and this "
  "Agreement.")
p("4.2 Coordinator. The Coordinator shall be the intermediary between the Parties and the Granting Authority. In "
  "particular, the Coordinator shall:")
p("(a) monitor compliance by the Parties with their obligations;\n"
  "(b) keep the list of Party representatives and contact persons up to date;\n"
  "(c) collect, review and submit the periodic reports and deliverables to the Granting Authority;\n"
  "(d) transfer the payments received from the Granting Authority to the other Parties at the latest within 30 days of "
  "receipt;\n"
  "(e) act as the sole point of contact with the Metropolis for the Ardenval Living Lab.")
p("4.3 Scientific coordination. CHU Ardenval acts as scientific lead of the Project. Prof. Hélène Vasseur, head of the "
  "cardiology department of CHU Ardenval, is appointed Scientific Coordinator. CHU Ardenval shall recruit 420 patients, "
  "of whom at least 250 shall reside in the territory of the Metropolis.")
p("4.4 Recruiting centres. UKR shall recruit 300 patients and FSMB shall recruit 180 patients. Each recruiting centre "
  "shall obtain the approval of its competent ethics committee before the first inclusion.")
p("4.5 Technology provider. KHL shall provide the SILVERBRIDGE telemonitoring platform, including 900 connected kits "
  "(weighing scale, blood-pressure monitor, pulse oximeter and tablet), their maintenance and a help desk available "
  "from 8:00 to 20:00 CET on working days. The platform shall be hosted by a certified health data hosting provider "
  "(hébergeur de données de santé, HDS) located in France.")
p("4.6 Evaluation. ISDA shall carry out the independent evaluation of the Project, including its medico-economic "
  "analysis. ISDA shall deliver an interim evaluation report by 30 June 2026 (M18) and a final evaluation report by "
  "31 December 2027 (M36).")
p("4.7 Breach. Where the Steering Committee identifies a breach by a Party of its obligations, the Coordinator shall "
  "give formal notice to that Party, which shall have 30 days to remedy the breach. If the breach is not remedied, the "
  "General Assembly may declare the Party a Defaulting Party and decide on the consequences, including the termination "
  "of its participation.")

# ---------------------------------------------------------------- clause 5
h1("Clause 5 – Financial provisions")
p("5.1 Total budget. The total estimated eligible budget of the Project amounts to EUR 4,860,000. It is financed by "
  "the EU grant of EUR 2,600,000, by the contributions of the Parties of EUR 2,090,000 set out in Schedule 1 and by a "
  "contribution of the Metropolis of EUR 170,000 channelled through the Coordinator.")
p("5.2 Distribution of the EU grant. The EU grant shall be distributed among the Parties in accordance with Table 1.2 "
  "of Schedule 1. The Coordinator shall distribute the pre-financing, amounting to 40% of the EU grant, i.e. "
  "EUR 1,040,000, within 30 days of its receipt. An amount of EUR 130,000, corresponding to 5% of the maximum grant "
  "amount, is retained by the Granting Authority and contributed to the Mutual Insurance Mechanism.")
p("5.3 Cash contributions. Each Party shall pay its annual cash contribution into the Project account held by the "
  "Coordinator no later than 31 March of the year concerned. By way of exception, the cash contributions for 2025 "
  "shall be paid no later than 30 April 2025.")
p("5.4 Late payment. Any amount not paid when due shall bear interest at the rate of 3.5% per year from the due date "
  "until the date of payment.")
p("5.5 Valuation of in-kind contributions. Staff time shall be valued at actual cost, capped at EUR 95 per hour for "
  "senior medical staff and EUR 60 per hour for other staff. Equipment shall be valued at its depreciation over the "
  "Project Period and premises at the applicable market rent. Any in-kind contribution exceeding by more than 10% the "
  "amounts set out in Schedule 1 shall be approved in advance by the Steering Committee.")
p("5.6 Budget transfers. Transfers of budget between Parties not exceeding 15% of the share of the Party concerned may "
  "be decided by the Steering Committee. Transfers exceeding 15% require a unanimous decision of the General Assembly.")
p("5.7 Audits. Each Party shall allow the Granting Authority, the Coordinator and their auditors to carry out checks "
  "and audits for up to four years after the payment of the balance.")

# ---------------------------------------------------------------- clause 6
h1("Clause 6 – Governance structure")
p("6.1 Consortium bodies. The organisational structure of the Consortium comprises the General Assembly, the Steering "
  "Committee and the Ethics and Data Advisory Board, whose composition, meetings and decision rules are set out in "
  "Schedule 2.")
p("6.2 Convening meetings. The Coordinator shall convene ordinary meetings of the General Assembly with at least 21 "
  "calendar days' prior notice and extraordinary meetings with at least 10 calendar days' prior notice.")
p("6.3 Voting rights and veto. Each Party has one vote in the General Assembly. A Party whose legitimate interests "
  "would be severely affected by a decision may exercise a veto within 15 days after receipt of the draft minutes.")
p("6.4 Minutes. The chairperson shall send the draft minutes of each meeting to the members within 10 working days of "
  "the meeting. The minutes shall be considered accepted if no member objects in writing within 15 days.")
p("6.5 Project Office. The Coordinator shall set up a Project Office led by Mr Julien Ferrand, Project Manager at CSHA, "
  "who is responsible for the day-to-day management of the Project.")

# ---------------------------------------------------------------- clause 7
h1("Clause 7 – Intellectual property")
p("7.1 Ownership of Results. Results are owned by the Party that generates them.")
p("7.2 Joint ownership. Where Results are generated jointly and the respective shares cannot be ascertained, they "
  "shall be jointly owned. The joint owners shall conclude a joint ownership agreement within six months. Failing "
  "such an agreement, each joint owner may grant non-exclusive licences to third parties, subject to giving the other "
  "joint owners at least 45 days' prior notice and fair and reasonable compensation.")
p("7.3 Access rights for implementation. Access rights to Background and Results needed for the implementation of the "
  "Project shall be granted on a royalty-free basis.")
p("7.4 Access rights for exploitation. Access rights to Results needed for exploitation shall be granted on fair and "
  "reasonable conditions, upon request made within 12 months after the end of the Project Period.")
p("7.5 Publication. A Party intending to publish Results shall give the other Parties at least 45 days' prior notice. "
  "Any objection shall be made within 30 days of receipt of the notice, in which case the publication may be delayed "
  "by up to 90 days.")

# ---------------------------------------------------------------- clause 8
h1("Clause 8 – Confidentiality")
p("8.1 All information disclosed by a Party and marked as confidential shall be kept confidential by the receiving "
  "Parties during the Project Period and for five years after its end.")
p("8.2 The obligations of confidentiality shall not apply to information that is already publicly available or that "
  "the receiving Party is required to disclose by law or by a court order.")

# ---------------------------------------------------------------- clause 9
h1("Clause 9 – Personal data and health data")
p("9.1 The Parties shall process personal data in compliance with Regulation (EU) 2016/679 (General Data Protection "
  "Regulation) and with the national law applicable to each recruiting centre.")
p("9.2 Each recruiting centre acts as data controller for the patients it includes. KHL acts as data processor and "
  "shall sign a data processing agreement with each recruiting centre no later than 31 March 2025.")
p("9.3 Only pseudonymised data shall be shared within the Consortium. The re-identification keys shall remain with the "
  "recruiting centres.")
p("9.4 A data protection impact assessment (DPIA) shall be completed before the first inclusion of a patient, which is "
  "planned for 15 May 2025.")
p("9.5 Project data shall be kept for ten years after the end of the Project Period and then destroyed or anonymised.")

# ---------------------------------------------------------------- clause 10
h1("Clause 10 – Liability")
p("10.1 No Party makes any representation or gives any warranty that the use of Background or Results will not "
  "infringe third-party rights.")
p("10.2 The aggregate liability of a Party towards the other Parties shall be limited to the amount of its total "
  "contribution (cash and in-kind) as set out in Schedule 1, unless the damage is caused by gross negligence or wilful "
  "misconduct.")
p("10.3 Each recruiting centre shall hold insurance covering clinical research activities for at least EUR 3,000,000 "
  "per claim.")

# ---------------------------------------------------------------- clause 11
h1("Clause 11 – Accession and withdrawal")
p("11.1 The accession of a new Party requires a unanimous decision of the General Assembly and the signature of an "
  "accession form by the new Party.")
p("11.2 A Party may withdraw from the Project with three months' written notice to the Coordinator. The withdrawing "
  "Party shall remain bound by its obligations relating to Results and confidentiality.")

# ---------------------------------------------------------------- clause 12
h1("Clause 12 – Communication and visibility")
p("12.1 All communication and dissemination activities shall display the EU emblem and the funding statement "
  "required by the Grant Agreement.")
p("12.2 Activities carried out in the Ardenval Living Lab shall also acknowledge the support of the Metropolis.")

# ---------------------------------------------------------------- clause 13
h1("Clause 13 – Governing law and dispute resolution")
p("13.1 This Agreement is governed by French law.")
p("13.2 The Parties shall endeavour to settle their disputes amicably. If no settlement is reached within 60 days, "
  "the dispute shall be referred to mediation and, failing that, to the competent courts of Ardenval.")

# ---------------------------------------------------------------- clause 14
h1("Clause 14 – Miscellaneous")
p("14.1 The language of this Agreement and of all communications between the Parties is English.")
p("14.2 Any amendment to this Agreement shall be made in writing and signed by all the Parties.")
p("14.3 This Agreement may be executed in counterparts and signed by qualified electronic signature.")

# ---------------------------------------------------------------- clause 15
h1("Clause 15 – Signatures")
p("AS WITNESS, the Parties have caused this Agreement to be duly signed by their undersigned authorised representatives.")
table([
    ["Party", "Signatory", "Capacity", "Date of signature"],
    ["CSHA", "Dr François Aubignac", "President", "10 February 2025"],
    ["CHU Ardenval", "Mr Laurent Méribel", "Director General", "10 February 2025"],
    ["UKR", "Prof. Dr. Matthias Oberländer", "Medical Director", "12 February 2025"],
    ["FSMB", "Ms Núria Castellví i Roig", "Managing Director", "11 February 2025"],
    ["KHL", "Mr Pieter van Rooijen", "Chief Executive Officer", "10 February 2025"],
    ["ISDA", "Prof. Inês Carvalhal", "President of the Board", "14 February 2025"],
], (30, 52, 50, 38))

# ---------------------------------------------------------------- schedule 1
pdf.add_page()
h1("Schedule 1 – Financial contributions")
p("1. Table 1.1 sets out the contributions of each Party, in cash and in kind, per calendar year. All amounts are in "
  "euros (EUR) and exclude the EU grant.")
p("Table 1.1 – Contributions of the Parties per year (EUR)", 8.5)
R = ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT")
table([
    ["Party / type", "2025", "2026", "2027", "Total 2025-2027"],
    ["CSHA – cash", "40,000", "45,000", "35,000", "120,000"],
    ["CSHA – in-kind", "60,000", "60,000", "50,000", "170,000"],
    ["CHU Ardenval – cash", "85,000", "95,000", "70,000", "250,000"],
    ["CHU Ardenval – in-kind", "110,000", "120,000", "100,000", "330,000"],
    ["UKR – cash", "70,000", "80,000", "60,000", "210,000"],
    ["UKR – in-kind", "90,000", "95,000", "85,000", "270,000"],
    ["FSMB – cash", "30,000", "35,000", "25,000", "90,000"],
    ["FSMB – in-kind", "45,000", "50,000", "40,000", "135,000"],
    ["KHL – cash", "55,000", "40,000", "25,000", "120,000"],
    ["KHL – in-kind", "75,000", "80,000", "65,000", "220,000"],
    ["ISDA – cash", "20,000", "25,000", "20,000", "65,000"],
    ["ISDA – in-kind", "35,000", "40,000", "35,000", "110,000"],
    ["Total cash", "300,000", "320,000", "235,000", "855,000"],
    ["Total in-kind", "415,000", "445,000", "375,000", "1,235,000"],
    ["Total contributions", "715,000", "765,000", "610,000", "2,090,000"],
], (58, 26, 26, 26, 34), R)
p("2. Table 1.2 sets out, for each Party, the eligible budget and the envelope of the EU grant allocated to it. The "
  "envelope is a ceiling: the amount finally paid depends on the costs actually incurred and accepted by the Granting "
  "Authority.")
p("Table 1.2 – Eligible budget and EU grant envelope per Party (EUR)", 8.5)
table([
    ["Party", "Eligible budget", "EU grant envelope", "Share of EU grant"],
    ["CSHA (Coordinator)", "780,000", "455,000", "17.5%"],
    ["CHU Ardenval", "1,240,000", "728,000", "28%"],
    ["UKR", "1,010,000", "598,000", "23%"],
    ["FSMB", "560,000", "312,000", "12%"],
    ["KHL", "690,000", "325,000", "12.5%"],
    ["ISDA", "580,000", "182,000", "7%"],
    ["Total", "4,860,000", "2,600,000", "100%"],
], (58, 36, 40, 36), ("LEFT", "RIGHT", "RIGHT", "RIGHT"))
p("3. The contribution of the Metropolis (EUR 170,000 over 2025-2027) is included in the eligible budget of CSHA and "
  "is not reflected in Table 1.1. It is governed by the convention concluded between the Metropolis and the "
  "Coordinator.")
p("4. Cash contributions are used in priority to finance the connected kits, the hosting of the platform and the "
  "external audit of the Project. Unused cash contributions at the end of the Project Period shall be reimbursed to "
  "the contributing Parties pro rata to their payments.")

# ---------------------------------------------------------------- schedule 2
pdf.add_page()
h1("Schedule 2 – Governance")
p("1. The consortium bodies are set out in Table 2.1.")
p("Table 2.1 – Consortium bodies", 8.5)
table([
    ["Body", "Composition", "Chair", "Ordinary meetings", "Quorum", "Decisions"],
    ["General Assembly", "One representative per Party (6 members)", "Coordinator (CSHA)", "Twice a year",
     "Two thirds of the Parties", "Two-thirds majority of votes cast"],
    ["Steering Committee", "The six WP leaders and the Scientific Coordinator (7 members)", "Scientific Coordinator",
     "Monthly, by videoconference", "4 members", "Simple majority"],
    ["Ethics and Data Advisory Board", "Three independent external experts", "Elected by its members", "Once a year",
     "Not applicable", "Advisory opinions"],
], (34, 36, 22, 32, 20, 26), size=8)
p("2. The representatives of the Parties in the General Assembly are: Ms Élodie Marchetti (CSHA), Prof. Hélène "
  "Vasseur (CHU Ardenval), Dr Katrin Mühlenbeck (UKR), Ms Núria Castellví i Roig (FSMB), Mr Pieter van Rooijen (KHL) "
  "and Dr Tiago Brandão (ISDA). Each Party may appoint a substitute.")
p("3. The members of the Ethics and Data Advisory Board are Dr Anneke Bosma, geriatrician, who chairs the Board; "
  "Prof. Luca Ferraresi, bioethicist; and Ms Maren Solberg, patient representative. They receive no remuneration but "
  "their travel expenses are reimbursed from the WP1 budget.")
p("4. The following decisions of the General Assembly require unanimity of the Parties present or represented:")
p("(a) the accession of a new Party;\n"
  "(b) the declaration of a Defaulting Party, the Party concerned not taking part in the vote;\n"
  "(c) any transfer of budget exceeding 15% of the share of a Party;\n"
  "(d) the proposal to the Granting Authority to terminate the Project early.")
p("5. The Steering Committee approves the deliverables before their submission by the Coordinator, validates in-kind "
  "contributions exceeding the amounts of Schedule 1 by more than 10% and monitors the recruitment of patients by the "
  "three recruiting centres.")
p("6. The first General Assembly (kick-off meeting) was held in Ardenval on 23 and 24 January 2025.")

pdf.output(str(OUT))
print("written", OUT, pdf.page_no(), "pages")
