"""Generate the fictional grant agreement annexes (Annex 1 + Annex 2) of PULSAR-AGE as a PDF.

Run with: /work/main/.venv/bin/python source/make_annex_pdf.py
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "docs" / "2024-12-12_grant-agreement-101187452-pulsar-age-annex-1-2.pdf"

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


class Annex(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Grant Agreement No 101187452 – PULSAR-AGE – HORIZON-HLTH-2024-CARE-05-02",
                  new_x="LMARGIN", new_y="NEXT", align="L")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Associated with document Ref. Ares(2024)8712345 - 12/12/2024", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Annex(format="A4")
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.add_font("DejaVu", "I", FONT_I)
pdf.set_auto_page_break(True, margin=18)
pdf.alias_nb_pages("{nb}")
pdf.set_margins(18, 14, 18)


def h1(text):
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 12.5)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def h2(text):
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def h3(text):
    pdf.ln(1)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")


def para(text, size=9.5):
    pdf.set_font("DejaVu", "", size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def bullets(items, size=9.5):
    pdf.set_font("DejaVu", "", size)
    for it in items:
        pdf.set_x(pdf.l_margin + 4)
        pdf.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def table(rows, widths, size=8, bold_last=False, align=None, caption=None):
    if caption:
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page(orientation=pdf.cur_orientation)
        pdf.set_font("DejaVu", "B", 9)
        pdf.multi_cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.set_font("DejaVu", "", size)
    head = FontFace(emphasis="BOLD", fill_color=(225, 230, 240))
    with pdf.table(col_widths=widths, headings_style=head, line_height=size * 0.55,
                   text_align=align or "LEFT", first_row_as_headings=True) as t:
        for i, r in enumerate(rows):
            row = t.row()
            style = None
            if bold_last and i == len(rows) - 1:
                style = FontFace(emphasis="BOLD")
            for c in r:
                row.cell(c, style=style)
    pdf.ln(3)


# ---------------------------------------------------------------- cover page
pdf.add_page()
pdf.set_font("DejaVu", "B", 10)
pdf.cell(0, 6, "EUROPEAN COMMISSION", new_x="LMARGIN", new_y="NEXT", align="C")
pdf.set_font("DejaVu", "", 9.5)
pdf.cell(0, 5, "European Health and Digital Executive Agency (HaDEA)", new_x="LMARGIN", new_y="NEXT", align="C")
pdf.cell(0, 5, "Department A – Health and Food – Unit A.1 EU4Health / Horizon Europe Health",
         new_x="LMARGIN", new_y="NEXT", align="C")
pdf.ln(10)
pdf.set_font("DejaVu", "B", 16)
pdf.cell(0, 9, "GRANT AGREEMENT", new_x="LMARGIN", new_y="NEXT", align="C")
pdf.set_font("DejaVu", "B", 12)
pdf.cell(0, 8, "Project 101187452 — PULSAR-AGE", new_x="LMARGIN", new_y="NEXT", align="C")
pdf.ln(6)
pdf.set_font("DejaVu", "", 10)
pdf.cell(0, 6, "ANNEX 1 – Description of the action (DoA), Part A", new_x="LMARGIN", new_y="NEXT", align="C")
pdf.cell(0, 6, "ANNEX 2 – Estimated budget for the action", new_x="LMARGIN", new_y="NEXT", align="C")
pdf.ln(10)
para("Personalised Unified Longitudinal Sensing for Ageing at home and Remote care (PULSAR-AGE). "
     "Version of the annexes as signed by the granting authority on 12 December 2024 following the "
     "grant agreement preparation phase. This version supersedes the proposal version submitted on "
     "11 April 2024 (proposal number SEP-211093456).")
pdf.ln(2)
h2("1. Project summary data")
table([
    ["Item", "Value"],
    ["Project number", "101187452"],
    ["Project acronym", "PULSAR-AGE"],
    ["Call / Topic", "HORIZON-HLTH-2024-CARE-05 / HORIZON-HLTH-2024-CARE-05-02"],
    ["Type of action", "HORIZON Research and Innovation Actions (HORIZON-RIA)"],
    ["Granting authority", "European Health and Digital Executive Agency (HaDEA)"],
    ["Coordinator", "Arvenne Santé Innovation (ASI), Vaudrecourt, France"],
    ["Project starting date", "fixed date: 1 January 2025"],
    ["Project end date", "31 December 2028"],
    ["Project duration", "48 months"],
    ["Total estimated eligible costs", "EUR 6,160,000"],
    ["Maximum grant amount", "EUR 5,700,400"],
    ["Reporting periods", "RP1: M1–M18; RP2: M19–M36; RP3: M37–M48"],
    ["Pre-financing", "EUR 3,420,240 (60 % of the maximum grant amount)"],
    ["Mutual Insurance Mechanism (MIM)", "EUR 285,020 (5 % of the maximum grant amount), retained from the pre-financing"],
], [55, 119], size=8.5)

# ---------------------------------------------------------------- participants
h2("2. List of participants")
para("The consortium is composed of seven beneficiaries (BEN) from five Member States and one "
     "associated partner (AP). Beneficiaries are numbered in the order used throughout Annex 1 and Annex 2.")
table([
    ["No.", "Role", "Short name", "Legal name", "Country", "PIC", "Legal status"],
    ["1", "COO", "ASI", "Arvenne Santé Innovation", "FR", "881204517", "Non-profit association"],
    ["2", "BEN", "CHUV", "Centre Hospitalier Universitaire de Vaudrecourt", "FR", "996310442", "Public body"],
    ["3", "BEN", "UVAU", "Université de Vaudrecourt (LIMSA laboratory)", "FR", "999875126", "Higher education"],
    ["4", "BEN", "TECNALIS", "Tecnalis Salud SL", "ES", "887120965", "SME (for-profit)"],
    ["5", "BEN", "ISDAM", "Instituto de Saúde Digital do Alto Arcelos", "PT", "890443271", "Research organisation"],
    ["6", "BEN", "KINESENSE", "KineSense GmbH", "DE", "893557018", "SME (for-profit)"],
    ["7", "BEN", "SZO", "Stichting Zorgdata Oost", "NL", "897002384", "Non-profit foundation"],
    ["AP", "AP", "NART", "Northgate Ageing Research Trust", "UK", "–", "Associated partner"],
], [10, 13, 22, 60, 15, 20, 34], size=7.5)
para("The associated partner NART does not receive funding from the granting authority. It takes part "
     "in Tasks 2.1 and 6.3 with its own resources and is not a signatory of the grant agreement.")

# ---------------------------------------------------------------- Annex 1
h1("ANNEX 1 – DESCRIPTION OF THE ACTION (PART A)")
h2("3. Summary and objectives")
para("Falls are the leading cause of injury-related emergency admissions among people aged 70 and over "
     "in the participating regions. PULSAR-AGE will develop, validate and pilot an interoperable home "
     "sensing platform combining non-intrusive ambient sensors, a wrist-worn device and AI-based risk "
     "prediction models, in order to detect early signs of frailty and prevent falls. The platform will "
     "be co-designed with older people, informal carers and health professionals and tested in three "
     "pilot sites in France, Portugal and the Netherlands.")
para("The action pursues five specific objectives (SO):")
bullets([
    "SO1 – Co-design home sensing services with at least 120 older people, carers and professionals in the three pilot regions.",
    "SO2 – Deliver an interoperable sensing platform compliant with HL7 FHIR and the European Health Data Space requirements.",
    "SO3 – Develop explainable risk prediction models reaching a sensitivity of at least 80 % for falls within 90 days.",
    "SO4 – Demonstrate in real life a 20 % reduction of fall-related emergency admissions among pilot participants compared with usual care.",
    "SO5 – Prepare market uptake through a business plan, a CE-marking pathway and a policy brief for regional health authorities.",
])
para("Key performance indicators will be monitored by the coordinator and reported in each periodic "
     "report. The overall target population of the pilots is 660 participants aged 70 years or more, "
     "followed for 12 months each.")

h2("4. Work plan")
para("The work plan is organised in six work packages (WP). WP1 and WP6 run for the whole duration of the "
     "action. The table below lists the work packages, the lead beneficiary, the effort in person-months "
     "(PM) and the start and end months (M1 = January 2025).")
table([
    ["WP", "Work package title", "Lead beneficiary", "Effort (PM)", "Start month", "End month"],
    ["WP1", "Project management and coordination", "1 – ASI", "58", "M1", "M48"],
    ["WP2", "User needs, co-design and ethics", "2 – CHUV", "96", "M1", "M18"],
    ["WP3", "Sensing platform and data interoperability", "6 – KINESENSE", "142", "M4", "M36"],
    ["WP4", "AI-based risk prediction models", "3 – UVAU", "128", "M6", "M40"],
    ["WP5", "Multi-site real-life pilots", "5 – ISDAM", "176", "M16", "M44"],
    ["WP6", "Dissemination, exploitation and communication", "7 – SZO", "74", "M1", "M48"],
    ["Total", "", "", "674", "", ""],
], [13, 63, 30, 24, 22, 22], size=8, bold_last=True, caption="Table 4.1 – List of work packages")

h3("WP1 – Project management and coordination (lead: ASI)")
para("Objectives: ensure the administrative, financial and contractual management of the action, "
     "quality assurance, data management and the relationship with the granting authority.")
bullets([
    "T1.1 Consortium management and governance bodies (M1–M48). The Steering Committee (SC), composed of one representative per beneficiary, meets at least twice a year.",
    "T1.2 Financial management and reporting (M1–M48). The coordinator distributes the pre-financing to beneficiaries within 30 days of its receipt.",
    "T1.3 Quality assurance and risk management (M1–M48). Every deliverable is reviewed by two internal reviewers not involved in its preparation.",
    "T1.4 Data management plan and open science (M1–M48).",
])
h3("WP2 – User needs, co-design and ethics (lead: CHUV)")
para("Objectives: understand the needs and expectations of older people, carers and professionals, "
     "establish the ethical and regulatory framework, and produce co-design guidelines for home sensing.")
bullets([
    "T2.1 User needs analysis and personas (M1–M8), with the contribution of the associated partner NART.",
    "T2.2 Ethics, GDPR and medical device regulation framework (M1–M10).",
    "T2.3 Co-design workshops in the three pilot regions (M6–M15): at least 12 workshops, four per region.",
    "T2.4 Acceptability and usability assessment of prototypes (M12–M18).",
])
h3("WP3 – Sensing platform and data interoperability (lead: KINESENSE)")
para("Objectives: design and deliver the PULSAR-AGE platform integrating ambient sensors, the wrist-worn "
     "device and the clinical dashboard, with secure hosting certified for health data (HDS in France).")
bullets([
    "T3.1 Platform architecture and security by design (M4–M9).",
    "T3.2 Sensor integration and edge processing (M6–M18).",
    "T3.3 HL7 FHIR interoperability layer with hospital information systems (M12–M30), led by TECNALIS.",
    "T3.4 Platform maintenance and support during pilots (M18–M36).",
])
h3("WP4 – AI-based risk prediction models (lead: UVAU)")
para("Objectives: develop, train and validate explainable models predicting falls and frailty "
     "transitions from sensor and clinical data, and assess their fairness across sex and age groups.")
bullets([
    "T4.1 Data pipeline and retrospective datasets (M6–M14).",
    "T4.2 Fall and frailty risk models, version 1 (M10–M20).",
    "T4.3 Prospective validation and explainability (M20–M38).",
    "T4.4 Bias, fairness and robustness audit (M30–M40).",
])
h3("WP5 – Multi-site real-life pilots (lead: ISDAM)")
para("Objectives: run a 12-month pragmatic pilot in three sites, compare outcomes with usual care and "
     "carry out a health-economic evaluation.")
bullets([
    "T5.1 Pilot protocol, ethics approvals and site readiness (M16–M19).",
    "T5.2 Recruitment and deployment (M19–M30).",
    "T5.3 Follow-up and data collection (M20–M42).",
    "T5.4 Clinical and health-economic evaluation (M36–M44), led by CHUV.",
])
h3("WP6 – Dissemination, exploitation and communication (lead: SZO)")
para("Objectives: maximise the visibility and impact of the action, prepare the exploitation of results "
     "and inform health policy makers.")
bullets([
    "T6.1 Communication plan, website and social media (M1–M48).",
    "T6.2 Scientific dissemination and open access publications (M6–M48).",
    "T6.3 Exploitation, business models and CE-marking pathway (M18–M48), led by TECNALIS.",
    "T6.4 Policy brief and final conference (M40–M48), led by ASI.",
])

h2("5. Deliverables")
para("Type: R = document, report; DEM = demonstrator, pilot, prototype; DMP = data management plan; "
     "OTHER = software or model. Dissemination level: PU = public; SEN = sensitive, limited to the "
     "consortium and the granting authority. Due months are counted from the project starting date.")
table([
    ["No.", "Deliverable name", "WP", "Lead", "Type", "Diss. level", "Due month"],
    ["D1.1", "Project management and quality handbook", "WP1", "ASI", "R", "SEN", "M3"],
    ["D1.2", "Data management plan", "WP1", "ASI", "DMP", "PU", "M6"],
    ["D1.3", "Updated data management plan", "WP1", "ASI", "DMP", "PU", "M24"],
    ["D2.1", "User needs and personas report", "WP2", "CHUV", "R", "PU", "M8"],
    ["D2.2", "Ethics and regulatory framework", "WP2", "UVAU", "R", "SEN", "M10"],
    ["D2.3", "Co-design guidelines for home sensing", "WP2", "CHUV", "R", "PU", "M15"],
    ["D3.1", "Platform architecture specification", "WP3", "KINESENSE", "R", "PU", "M9"],
    ["D3.2", "Sensing platform prototype v1", "WP3", "KINESENSE", "DEM", "SEN", "M18"],
    ["D3.3", "Interoperable platform v2 (HL7 FHIR)", "WP3", "TECNALIS", "DEM", "PU", "M30"],
    ["D4.1", "Fall and frailty risk models v1", "WP4", "UVAU", "OTHER", "SEN", "M20"],
    ["D4.2", "Validated risk models and explainability report", "WP4", "UVAU", "R", "PU", "M38"],
    ["D5.1", "Pilot protocol and site readiness report", "WP5", "ISDAM", "R", "SEN", "M19"],
    ["D5.2", "Interim pilot report", "WP5", "ISDAM", "R", "SEN", "M30"],
    ["D5.3", "Final pilot evaluation and health-economic assessment", "WP5", "CHUV", "R", "PU", "M44"],
    ["D6.1", "Communication and dissemination plan", "WP6", "SZO", "R", "PU", "M4"],
    ["D6.2", "Exploitation plan and business models", "WP6", "TECNALIS", "R", "SEN", "M36"],
    ["D6.3", "Policy brief for regional health authorities", "WP6", "ASI", "R", "PU", "M46"],
], [13, 70, 12, 24, 14, 17, 18], size=7.5, caption="Table 5.1 – List of deliverables")

h2("6. Milestones")
table([
    ["No.", "Milestone name", "WP", "Due month", "Means of verification"],
    ["MS1", "Consortium kick-off held", "WP1", "M1", "Kick-off minutes"],
    ["MS2", "Co-design completed", "WP2", "M15", "D2.3 submitted"],
    ["MS3", "Platform v1 ready for pilots", "WP3", "M18", "D3.2 accepted by the SC"],
    ["MS4", "First participant enrolled", "WP5", "M20", "Enrolment log"],
    ["MS5", "Pilot follow-up completed", "WP5", "M42", "Database lock"],
    ["MS6", "Final conference", "WP6", "M48", "Event report"],
], [14, 58, 14, 20, 68], size=8, caption="Table 6.1 – List of milestones")

h2("7. Pilot sites")
para("The pilots will enrol 660 participants living at home, aged 70 years or more, with at least one fall "
     "in the previous 12 months or a Clinical Frailty Scale score between 4 and 6. Each participant is "
     "followed for 12 months. A control group receiving usual care is constituted in each site.")
table([
    ["Pilot site", "Country", "Site lead", "Target participants", "Of which intervention group", "Enrolment start"],
    ["Vaudrecourt metropolitan area", "FR", "CHUV", "260", "130", "M19"],
    ["Arcelos and Alto Arcelos valley", "PT", "ISDAM", "220", "110", "M20"],
    ["Deventhorst region", "NL", "SZO", "180", "90", "M21"],
    ["Total", "", "", "660", "330", ""],
], [52, 16, 20, 30, 34, 22], size=8, bold_last=True, caption="Table 7.1 – Pilot sites and recruitment targets")

h2("8. Critical risks for implementation")
table([
    ["Risk", "Likelihood", "Severity", "WP", "Proposed mitigation"],
    ["R1 Delay in ethics approvals in one pilot country", "Medium", "High", "WP2, WP5",
     "Early submission at M12; staggered enrolment start between sites"],
    ["R2 Withdrawal of a care provider in a pilot region", "Low", "High", "WP5",
     "Back-up providers identified by SZO and ISDAM; reallocation of recruitment targets between sites"],
    ["R3 Insufficient sensor accuracy in real homes", "Medium", "Medium", "WP3",
     "Calibration protocol; fallback to wrist-worn data only"],
    ["R4 Low adherence of participants", "Medium", "Medium", "WP5",
     "Monthly phone follow-up by nurses; carers involved from enrolment"],
    ["R5 Cybersecurity incident", "Low", "High", "WP3",
     "Certified health data hosting; annual penetration test"],
], [50, 20, 18, 20, 66], size=7.5, caption="Table 8.1 – Critical risks")

h2("9. Management structure and procedures")
para("The Steering Committee (SC) is the decision-making body of the consortium. It is composed of one "
     "representative per beneficiary, each beneficiary having one vote, and is chaired by the coordinator. "
     "The SC may validly deliberate if at least two thirds of the beneficiaries are present or represented. "
     "Decisions are taken by a majority of two thirds of the votes cast. Unanimity is required for the entry "
     "of a new beneficiary and for the termination of the participation of a beneficiary. A beneficiary may "
     "give a written proxy to another beneficiary; no beneficiary may hold more than one proxy.")
para("The Project Management Team (PMT), composed of the coordinator and the six WP leaders, meets by "
     "teleconference every month and prepares the decisions of the SC. The associated partner may attend "
     "SC meetings as an observer, without voting rights.")
para("An Ethics Advisory Board (EAB) of three independent external experts, appointed by the SC no later "
     "than M12, advises the consortium on ethics, data protection and the involvement of vulnerable "
     "participants. The EAB meets at least twice a year and issues a written opinion before the start of "
     "the pilots.")
h2("10. Ethics and data protection")
para("Each pilot site obtains the approval of its competent research ethics committee before enrolment: "
     "a Comité de protection des personnes (CPP) in France, the Comissão de Ética para a Saúde of the "
     "local health unit in Portugal and an accredited medical ethics review committee (METC) in the "
     "Netherlands. Personal data are pseudonymised at source; the identification key remains at the "
     "pilot site. Each beneficiary processing personal data designates a data protection officer (DPO) "
     "contact point, and the coordinator keeps the register of processing activities of the action.")

# ---------------------------------------------------------------- Annex 2
pdf.add_page(orientation="L")
h1("ANNEX 2 – ESTIMATED BUDGET FOR THE ACTION")
para("All amounts are expressed in euro (EUR). Indirect costs are calculated as a flat rate of 25 % of the "
     "eligible direct costs (A. Personnel costs + C. Other direct costs), excluding subcontracting costs. "
     "The funding rate is 100 % of the eligible costs for non-profit legal entities and 70 % of the "
     "eligible costs for for-profit legal entities (TECNALIS and KINESENSE). VAT is not an eligible cost "
     "for beneficiaries able to recover it; all amounts are therefore shown excluding recoverable VAT.")
table([
    ["Beneficiary", "A. Personnel costs", "B. Subcontracting costs", "C. Other direct costs",
     "D. Indirect costs (25 %)", "Total eligible costs", "Funding rate", "Maximum EU contribution"],
    ["1 – ASI", "612,000", "48,000", "96,000", "177,000", "933,000", "100 %", "933,000"],
    ["2 – CHUV", "1,048,000", "120,000", "212,000", "315,000", "1,695,000", "100 %", "1,695,000"],
    ["3 – UVAU", "736,000", "0", "88,000", "206,000", "1,030,000", "100 %", "1,030,000"],
    ["4 – TECNALIS", "540,000", "30,000", "64,000", "151,000", "785,000", "70 %", "549,500"],
    ["5 – ISDAM", "398,000", "0", "58,000", "114,000", "570,000", "100 %", "570,000"],
    ["6 – KINESENSE", "464,000", "22,000", "116,000", "145,000", "747,000", "70 %", "522,900"],
    ["7 – SZO", "286,000", "0", "34,000", "80,000", "400,000", "100 %", "400,000"],
    ["Total consortium", "4,084,000", "220,000", "668,000", "1,188,000", "6,160,000", "–", "5,700,400"],
], [42, 32, 32, 32, 34, 32, 22, 35], size=8.5, bold_last=True, align="RIGHT",
    caption="Table A2.1 – Estimated eligible costs and EU contribution per beneficiary (EUR)")
para("The maximum grant amount of EUR 5,700,400 corresponds to 92.5 % of the total estimated eligible "
     "costs. The difference between total eligible costs and the maximum EU contribution (EUR 459,600) is "
     "borne by the two for-profit beneficiaries from their own resources.")

table([
    ["Beneficiary", "C.1 Travel and subsistence", "C.2 Equipment", "C.3 Other goods, works and services",
     "Total other direct costs (C)"],
    ["1 – ASI", "38,000", "6,000", "52,000", "96,000"],
    ["2 – CHUV", "24,000", "118,000", "70,000", "212,000"],
    ["3 – UVAU", "30,000", "36,000", "22,000", "88,000"],
    ["4 – TECNALIS", "22,000", "14,000", "28,000", "64,000"],
    ["5 – ISDAM", "18,000", "26,000", "14,000", "58,000"],
    ["6 – KINESENSE", "20,000", "72,000", "24,000", "116,000"],
    ["7 – SZO", "16,000", "0", "18,000", "34,000"],
    ["Total consortium", "168,000", "272,000", "228,000", "668,000"],
], [50, 50, 45, 60, 50], size=8.5, bold_last=True, align="RIGHT",
    caption="Table A2.2 – Breakdown of other direct costs (C) per category (EUR)")

pdf.add_page(orientation="P")
h2("Estimated budget per work package")
para("The indicative distribution of the total estimated eligible costs among work packages is given below. "
     "It is provided for information and monitoring purposes; the binding budget is the budget per "
     "beneficiary and per cost category in Table A2.1.")
table([
    ["WP", "Lead", "Effort (PM)", "Estimated budget (EUR)", "Share of total"],
    ["WP1 Project management", "ASI", "58", "500,000", "8.1 %"],
    ["WP2 User needs, co-design and ethics", "CHUV", "96", "864,000", "14.0 %"],
    ["WP3 Sensing platform", "KINESENSE", "142", "1,412,000", "22.9 %"],
    ["WP4 AI-based risk prediction", "UVAU", "128", "1,186,000", "19.3 %"],
    ["WP5 Real-life pilots", "ISDAM", "176", "1,658,000", "26.9 %"],
    ["WP6 Dissemination and exploitation", "SZO", "74", "540,000", "8.8 %"],
    ["Total", "", "674", "6,160,000", "100.0 %"],
], [62, 26, 26, 36, 24], size=8.5, bold_last=True,
    caption="Table A2.3 – Estimated budget per work package (EUR)")

h2("Estimated budget per calendar year")
para("For cash-flow planning, the consortium has estimated the expected eligible costs per calendar year. "
     "These figures are indicative and do not modify the payment schedule of the grant agreement "
     "(pre-financing, interim payments after RP1 and RP2, payment of the balance after RP3).")
table([
    ["Year", "Estimated eligible costs", "Of which personnel costs", "Estimated EU contribution"],
    ["2025", "1,232,000", "808,000", "1,140,080"],
    ["2026", "1,848,000", "1,226,000", "1,710,120"],
    ["2027", "1,724,000", "1,142,000", "1,595,370"],
    ["2028", "1,356,000", "908,000", "1,254,830"],
    ["Total 2025–2028", "6,160,000", "4,084,000", "5,700,400"],
], [40, 45, 45, 45], size=8.5, bold_last=True,
    caption="Table A2.4 – Indicative budget per calendar year (EUR)")

h2("Payment schedule")
bullets([
    "Pre-financing: EUR 3,420,240, payable within 30 days of the entry into force of the grant agreement or 10 days before the starting date, whichever is later. An amount of EUR 285,020 is retained and transferred to the Mutual Insurance Mechanism.",
    "Interim payments: after approval of the periodic reports of RP1 (M1–M18) and RP2 (M19–M36); the total of pre-financing and interim payments may not exceed 90 % of the maximum grant amount.",
    "Payment of the balance: after approval of the final report covering RP3 (M37–M48).",
    "Periodic reports are due within 60 days after the end of each reporting period.",
])
para("Signed for the granting authority: Mr Ruben Castellanos-Weiss, Head of Unit, HaDEA.A.1. "
     "Signed for the coordinator: Mr Yann Kerbrat, Director General, Arvenne Santé Innovation. "
     "Scientific and technical coordinator of the action: Dr Claire Fontanel (ASI).", size=9)

pdf.output(str(OUT))
print("written", OUT)
