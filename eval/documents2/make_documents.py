"""Write the ten invented documents of the second sealed collection.

Usage:
    /tmp/docs2-venv/bin/python eval/documents2/make_documents.py

Needs python-docx and reportlab. The output is deterministic: .docx files are
re-zipped with fixed timestamps and PDFs are built in reportlab's invariant
mode. Everything in these documents is invented: people, places, references,
dates and figures. Real body names (MPS, MOPAC, IOPC, HMICFRS, London
Councils) are used for realism only.

`document_blocks()` returns, for the .docx and .pdf files, the text blocks
(paragraphs, list items, table cells, header/footer lines) that the generator
puts into each file; check_questions.py uses it to check evidence strings.

The helpers (paginate_txt, the .docx helpers, build_pdf, html_page) come from
eval/docgen.py, shared with the later collections.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the eval/ folder, for docgen

from docgen import (  # noqa: E402
    build_pdf,
    docx_blocks,
    docx_save,
    docx_setup,
    docx_table,
    html_page,
    paginate_txt,
)

OUT = os.path.join(HERE, "sealed")

FIXED_ZIP_TIME = (2026, 12, 7, 0, 0, 0)


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def _write(name: str, text: str) -> None:
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def _save_docx(d, name):
    docx_save(d, os.path.join(OUT, name), FIXED_ZIP_TIME)
    return name, docx_blocks(d)


def _pdf(name, title, author, footer_title, items):
    return name, build_pdf(os.path.join(OUT, name), title, author, footer_title, items)


# ---------------------------------------------------------------------------
# .docx
# ---------------------------------------------------------------------------

def build_decision_record_safe_havens():
    name = "decision_record_night_safe_havens.docx"
    d = docx_setup(
        "DMPC Decision DMPC 2025/062 - Night-Time Safe Haven Grants Programme",
        "MOPAC Commissioning and Partnerships",
        _dt.datetime(2025, 3, 14, 9, 0, 0),
        "MAYOR OF LONDON - OFFICE FOR POLICING AND CRIME (MOPAC)",
        "DMPC 2025/062 - PART 1 - OFFICIAL - Not protectively marked",
    )
    d.add_heading("DMPC Decision - DMPC 2025/062", level=0)
    d.add_heading("Title: Night-Time Safe Haven Grants Programme 2025-2028", level=1)
    d.add_paragraph("Decision number: DMPC 2025/062")
    d.add_paragraph("Report by: Priya Lanchester, Head of VAWG Commissioning, MOPAC")
    d.add_paragraph("Contact Officer: Oliver Tremayne, Senior Commissioning Officer (Night-Time Economy)")
    d.add_paragraph("Protective marking: OFFICIAL - PUBLIC")

    d.add_heading("Executive Summary", level=1)
    d.add_paragraph(
        "Safe Havens are staffed, clearly signed venues in busy night-time economy areas "
        "where people who feel unsafe, unwell or vulnerable can get help at night. Between "
        "April 2023 and March 2024 four pilot Safe Havens, in Calderbrook Broadway, Fenwick "
        "Cross, Riverside Quay and Ashdown Market, supported 3,146 people."
    )
    d.add_paragraph(
        "This decision approves grant funding of up to £1,275,000 over three financial years "
        "to establish Safe Havens in nine London boroughs, delivered with London Councils and "
        "local Community Safety Partnerships (CSPs). Boroughs will contribute match funding of "
        "£430,000 over the same period."
    )

    d.add_heading("Recommendation", level=1)
    d.add_paragraph("The Deputy Mayor for Policing and Crime (DMPC) is recommended to:")
    for item in [
        "approve grant funding of up to £1,275,000 for the Night-Time Safe Haven Grants "
        "Programme from 2025/26 to 2027/28;",
        "delegate to the MOPAC Director of Commissioning and Partnerships the authority to "
        "sign individual grant agreements of up to £150,000 each;",
        "approve an open bidding round for boroughs, closing on 30 May 2025; and",
        "note that an independent evaluation will report to the DMPC by 31 October 2027.",
    ]:
        d.add_paragraph(item, style="List Number")

    d.add_heading("Deputy Mayor for Policing and Crime", level=1)
    d.add_paragraph(
        "I confirm I have considered whether or not I have any personal or prejudicial "
        "interest in this matter and take the proposed decision in compliance with the Code "
        "of Conduct. Any such interests are recorded below."
    )
    d.add_paragraph("The above request has my approval.")
    d.add_paragraph("Signature: Rhiannon Askew")
    d.add_paragraph("Name: Rhiannon Askew, Deputy Mayor for Policing and Crime")
    d.add_paragraph("Date: 14 March 2025")

    d.add_heading("PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC", level=1)
    d.add_heading("1. Introduction and background", level=2)
    d.add_paragraph(
        "1.1 The pilot was funded from the 2022/23 underspend on the London VAWG Strategy. "
        "An evaluation by Nightline Research (January 2025) found that 61 per cent of people "
        "helped were women aged 18 to 30, and that staff made 274 referrals to partner "
        "services, including sexual violence and substance misuse services."
    )
    d.add_paragraph(
        "1.2 The London Ambulance Service estimates that the pilot sites avoided around 530 "
        "ambulance call-outs in their first year, because minor injuries and intoxication were "
        "dealt with on site by trained first aiders."
    )
    d.add_heading("2. Issues for consideration", level=2)
    d.add_paragraph(
        "2.1 Each funded Safe Haven must open at least on Friday and Saturday nights from "
        "22:00 to 04:00 and must provide the following core services:"
    )
    for item in [
        "first aid and welfare checks by at least two trained staff;",
        "phone charging and help to plan a safe journey home;",
        "direct referral to Independent Sexual Violence Advisers (ISVAs);",
        "a quiet space staffed by a Security Industry Authority (SIA) licensed door supervisor; and",
        "a radio link to the local police night-time economy team.",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph(
        "2.2 Bids will be scored by a panel of MOPAC, London Councils and MPS representatives. "
        "Priority will be given to areas with more than 150 licensed premises open after "
        "midnight."
    )

    d.add_heading("3. Financial Comments", level=2)
    d.add_paragraph(
        "3.1 The grant will be met from the Violence Against Women and Girls (VAWG) budget "
        "line within the MOPAC Commissioning budget. The profile of spend is set out below."
    )
    docx_table(d, [
        ["Financial year", "MOPAC grant", "Borough match funding", "Total"],
        ["2025/26", "£465,000", "£155,000", "£620,000"],
        ["2026/27", "£425,000", "£145,000", "£570,000"],
        ["2027/28", "£385,000", "£130,000", "£515,000"],
        ["Total", "£1,275,000", "£430,000", "£1,705,000"],
    ])
    d.add_paragraph(
        "3.2 The MOPAC grant tapers by £40,000 a year so that boroughs can plan to sustain "
        "their Safe Havens from local budgets after March 2028."
    )
    d.add_heading("4. Legal Comments", level=2)
    d.add_paragraph(
        "4.1 MOPAC has the power to make crime and disorder reduction grants under section 9 "
        "of the Police Reform and Social Responsibility Act 2011. The grants will be made on "
        "MOPAC's standard grant agreement terms."
    )
    d.add_heading("5. Equality Comments", level=2)
    d.add_paragraph(
        "5.1 The programme is expected to benefit women and girls, young people and disabled "
        "people in particular. Each Safe Haven must be step-free or have a step-free entrance "
        "within 50 metres."
    )
    d.add_heading("6. Background/supporting papers", level=2)
    d.add_paragraph("Appendix 1 - Safe Haven pilot evaluation, Nightline Research, January 2025", style="List Bullet")
    d.add_paragraph("Appendix 2 - Draft bidding prospectus for boroughs", style="List Bullet")

    d.add_heading("Public access to information", level=1)
    d.add_paragraph(
        "Information in this form (Part 1) is subject to the Freedom of Information Act 2000 "
        "and will be made available on the MOPAC website within 1 working day of approval. "
        "Deferral of publication: No."
    )
    d.add_heading("ORIGINATING OFFICER DECLARATION", level=1)
    docx_table(d, [
        ["Check", "Officer"],
        ["Head of Unit", "Priya Lanchester has reviewed the request and is satisfied it is correct and consistent with MOPAC's plans and priorities."],
        ["Financial Advice", "The Strategic Finance and Resource Management Team has been consulted on this proposal."],
        ["Legal Advice", "The MOPAC legal team has been consulted on the proposal."],
        ["Chief Operating Officer", "Malcolm Deverell, 12 March 2025"],
    ])
    return _save_docx(d, name)


def build_letter_residents_association():
    name = "letter_saltmarsh_green_residents_asb.docx"
    d = docx_setup(
        "Letter to Saltmarsh Green Residents' Association - anti-social behaviour",
        "Chief Superintendent Tobias Renshaw",
        _dt.datetime(2024, 11, 11, 10, 0, 0),
        "Metropolitan Police Service - Calder Valley Basic Command Unit",
        "Calder Valley BCU, Pennick Road Police Station, 14 Lavender Street, London E19 4QT - OFFICIAL",
    )
    for line in [
        "Pennick Road Police Station",
        "14 Lavender Street",
        "London E19 4QT",
    ]:
        d.add_paragraph(line)
    for line in [
        "Mrs Dolores Ferreira",
        "Chair, Saltmarsh Green Residents' Association",
        "Community Room, Bellweather House",
        "Saltmarsh Green Estate",
        "London E19 7LP",
    ]:
        d.add_paragraph(line)
    d.add_paragraph("Our ref: CV/BC/24/118")
    d.add_paragraph("Your ref: SGRA/OCT24")
    d.add_paragraph("Date: 11 November 2024")
    d.add_paragraph("Dear Mrs Ferreira,")
    d.add_heading("Anti-social behaviour and drug dealing on the Saltmarsh Green Estate", level=1)
    d.add_paragraph(
        "Thank you for your letter of 17 October 2024 and for the petition signed by 286 "
        "residents, which you handed to Inspector Carys Whitlow at the ward panel meeting. I "
        "was grateful to you and your committee for meeting me at Bellweather House on 29 "
        "October and for showing me the stairwells and the car park under Kestrel Court."
    )
    d.add_paragraph(
        "I want to be clear that the problems you describe, in particular young people being "
        "drawn into selling drugs from the stairwells and the intimidation of residents "
        "coming home in the evening, are a priority for the Basic Command Unit (BCU). This "
        "letter sets out what we have found, what we have done and what we will do next."
    )
    d.add_heading("What the figures show", level=2)
    d.add_paragraph(
        "The table below shows calls to police about anti-social behaviour (ASB) from the "
        "estate, reports that mention drugs, and arrests made on the estate in each of the "
        "last four months."
    )
    docx_table(d, [
        ["Month", "ASB calls", "Drug-related reports", "Arrests on the estate"],
        ["July 2024", "96", "21", "4"],
        ["August 2024", "118", "27", "6"],
        ["September 2024", "131", "34", "9"],
        ["October 2024", "104", "29", "15"],
    ])
    d.add_paragraph(
        "Calls peaked in September, which matches what residents told us. The rise in arrests "
        "in October reflects the extra patrols described below."
    )
    d.add_heading("What we have done", level=2)
    for item in [
        "Superintendent Naveen Sethi authorised a dispersal authority under section 35 of the "
        "Anti-social Behaviour, Crime and Policing Act 2014 covering the estate for two "
        "48-hour periods, on 2-3 November and 8-9 November 2024.",
        "Officers from the Calder Valley Violence Suppression Unit carried out 22 additional "
        "evening patrols on the estate between 14 October and 10 November.",
        "Seven Community Protection Warnings (CPWs) were issued to adults linked to the "
        "disorder, and two of them have since been upgraded to Community Protection Notices.",
        "We made safeguarding referrals to Calderbrook Children's Services for five young "
        "people found in the stairwells late at night.",
    ]:
        d.add_paragraph(item, style="List Number")
    d.add_heading("What we will do next", level=2)
    d.add_paragraph(
        "Calderbrook Homes has agreed to fund a new CCTV camera at the Bellweather House "
        "entrance at a cost of £18,500, to be installed by 31 January 2025, and to replace the "
        "broken door-entry system at Kestrel Court. We will apply to the magistrates' court for "
        "a closure order on one flat if the current investigation supports it. Your Dedicated "
        "Ward Officers will report progress at the next ward panel meeting, on 4 December 2024 "
        "at 7pm in Saltmarsh Library."
    )
    d.add_heading("How residents can report problems", level=2)
    for item in [
        "Dial 999 if a crime is in progress or someone is in danger.",
        "Call 101 or report online at met.police.uk for anything that is not an emergency.",
        "Call Crimestoppers anonymously on 0800 555 111.",
        "Contact your Dedicated Ward Officers, PC Kieran Mulholland and PCSO Aisha Danjuma, "
        "at SaltmarshGreen.SNT@met.police.uk.",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph(
        "I recognise that some residents are worried about reporting because they fear "
        "reprisals. Information given to Crimestoppers cannot be traced, and every report "
        "helps us build the evidence needed for closure orders and injunctions."
    )
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Tobias Renshaw")
    d.add_paragraph("Chief Superintendent")
    d.add_paragraph("Borough Commander, Calder Valley BCU")
    d.add_paragraph(
        "cc: Cllr Hamid Qureshi, Cabinet Member for Community Safety, London Borough of "
        "Calderbrook; Julie Baptiste, Housing Area Manager, Calderbrook Homes"
    )
    return _save_docx(d, name)


# ---------------------------------------------------------------------------
# .pdf
# ---------------------------------------------------------------------------

def build_committee_report_missing_persons():
    title = "Missing children and repeat missing episodes in London"
    items = [
        ("meta", "<b>LONDON ASSEMBLY - POLICE AND CRIME COMMITTEE</b>"),
        ("title", title),
        ("meta", "Subject: Missing children and repeat missing episodes"),
        ("meta", "Report to: Police and Crime Committee"),
        ("meta", "Report of: Executive Director of Secretariat"),
        ("meta", "Date: 19 June 2025"),
        ("meta", "Agenda item: 5"),
        ("meta", "Report by: Naomi Strickland, Senior Policy Adviser"),
        ("meta", "Contact Officer: Ewan Lockhart, Committee Officer"),
        ("meta", "Telephone: 020 7983 4417"),
        ("meta", "This report will be considered in public"),
        ("space", 3),
        ("h", "1. Summary"),
        ("p", "1.1 This report introduces a discussion with invited guests on how the Metropolitan "
              "Police Service (MPS) and its partners respond when children go missing, and in "
              "particular when the same children go missing again and again."),
        ("p", "1.2 Missing person reports made to the MPS have risen in each of the last four years. "
              "Children account for well over half of all reports, and a small group of children "
              "who go missing three or more times a year accounts for a large share of police time."),
        ("h", "2. Recommendations"),
        ("p", "2.1 That the Committee:"),
        ("sub", "(a) notes the report and puts questions to the invited guests on the response to "
                "missing children in London;"),
        ("sub", "(b) notes the findings of the HMICFRS inspection of the MPS response to missing "
                "children published in February 2025;"),
        ("sub", "(c) delegates authority to the Chair, in consultation with party Group Lead "
                "Members, to agree any output from the discussion; and"),
        ("sub", "(d) agrees to invite the MPS to return in December 2025 with an update on the "
                "return home interview pilot."),
        ("h", "3. Background"),
        ("p", "3.1 A person is recorded as missing when their whereabouts cannot be established and "
              "the circumstances are out of character or the context suggests they may be at risk "
              "of harm. Each report is risk-assessed as high, medium or low risk."),
        ("p", "3.2 Table 1 shows missing person reports received by the MPS in each financial "
              "year. A repeat missing child is one reported missing on three or more occasions "
              "within 12 months."),
        ("table", ([
            ["Financial year", "All missing reports", "Of which children", "Repeat missing children", "High-risk reports"],
            ["2021/22", "41,870", "24,315", "3,902", "2,164"],
            ["2022/23", "43,206", "25,118", "4,077", "2,251"],
            ["2023/24", "44,951", "26,540", "4,368", "2,397"],
            ["2024/25", "46,302", "27,093", "4,611", "2,486"],
        ], [30, 34, 34, 38, 34])),
        ("p", "3.3 Children in the care of a local authority are heavily over-represented. In 2024/25 "
              "looked-after children made up about 1 per cent of London's under-18 population but "
              "accounted for 43 per cent of reports about missing children."),
        ("p", "3.4 Each missing episode costs an estimated £2,600 in police time, according to "
              "MPS analysis shared with the Committee in March 2025. On that basis the reports "
              "about children in 2024/25 cost the MPS around £70 million."),
        ("h", "4. Issues for consideration"),
        ("p", "4.1 HMICFRS graded the MPS response to missing children as adequate overall but "
              "found that return home interviews (RHIs), which local authorities must offer "
              "within three working days of a child's return, were offered in only 62 per cent "
              "of cases in its sample."),
        ("p", "4.2 The MPS and four boroughs began a return home interview pilot in January 2025. "
              "Under the pilot, a youth worker employed by the borough attends the police station "
              "or the child's home within 24 hours of the child being found."),
        ("p", "4.3 The Committee may also wish to explore the use of the Philomena Protocol, under "
              "which care homes and foster carers record information about a child in advance so "
              "that it can be passed to police quickly if the child goes missing. The MPS reports "
              "that 71 of London's 94 registered children's homes have signed up."),
        ("p", "4.4 The following guests have been invited to the meeting:"),
        ("sub", "(a) Detective Chief Superintendent Leanne Orridge, Public Protection lead, MPS;"),
        ("sub", "(b) Dr Helen Aspinall, Director of Research, Safe Return UK;"),
        ("sub", "(c) Councillor Martin Oyelaran, Executive Member for Children's Services, London "
                "Councils; and"),
        ("sub", "(d) Rosa Kendrick, Assistant Director for Children's Social Care, London Borough "
                "of Fenwick."),
        ("h", "5. Legal Implications"),
        ("p", "5.1 The Committee has the power to do what is recommended in this report under "
              "section 34 of the GLA Act 1999."),
        ("h", "6. Financial Implications"),
        ("p", "6.1 There are no direct financial implications arising from this report."),
        ("h", "List of appendices to this report"),
        ("p", "None."),
        ("p", "Local Government (Access to Information) Act 1985. List of Background Papers: "
              "HMICFRS, An inspection of the Metropolitan Police Service's response to missing "
              "children, February 2025."),
    ]
    return _pdf("committee_report_missing_children.pdf", title,
                 "Naomi Strickland", "Police and Crime Committee - " + title, items)


def build_business_case_kiosks():
    title = "Outline Business Case: Digital Evidence Self-Service Kiosks"
    items = [
        ("meta", "<b>METROPOLITAN POLICE SERVICE - FORENSIC SERVICES</b>"),
        ("title", title),
        ("meta", "Document reference: OBC-FS-2026-07"),
        ("meta", "Version: 1.3 (final draft for Investment Board)"),
        ("meta", "Date: 3 February 2026"),
        ("meta", "Senior Responsible Owner (SRO): Commander Dominic Haverford, Forensic Services"),
        ("meta", "Prepared by: Yasmin Choudhury-Blake, Business Change Manager, Digital Forensics"),
        ("meta", "Decision required from: MPS Investment Board, 24 February 2026"),
        ("space", 3),
        ("h", "1. Strategic case"),
        ("p", "1.1 At 31 December 2025 the Digital Forensics Unit (DFU) had 3,870 mobile phones "
              "and other devices waiting for examination. The average wait from seizure to "
              "examination was 94 days, against a target of 30 days."),
        ("p", "1.2 Most of these examinations are simple: the investigator needs a limited set of "
              "messages, photographs or call records. Self-service kiosks allow a trained officer "
              "to extract this data at a police station in under two hours, leaving complex "
              "cases to DFU specialists."),
        ("p", "1.3 Delay causes real harm. Victims of rape and serious sexual offences are often "
              "left without their phone for months, and the HMICFRS report on digital forensics "
              "(2024) recommended that forces reduce the time victims' devices are kept."),
        ("h", "2. Options considered"),
        ("p", "2.1 Three options were appraised:"),
        ("sub", "(a) Option 1 - do nothing: continue to send all examinations to the DFU and to "
                "external suppliers. The backlog is forecast to pass 5,000 devices by March 2027."),
        ("sub", "(b) Option 2 - install 24 kiosks across the 12 Basic Command Units (BCUs), two in "
                "each, with 360 accredited kiosk operators. This is the preferred option."),
        ("sub", "(c) Option 3 - outsource all level 1 extractions to a single external provider "
                "under a five-year contract. This was rejected because of cost and because "
                "devices would still have to leave the station."),
        ("h", "3. Economic case"),
        ("p", "3.1 Option 2 is expected to return 5,600 officer hours a year to frontline duties, "
              "mainly by ending trips to deliver devices to the DFU hub at Lambeth. Victims' "
              "phones examined at a kiosk would normally be returned within 48 hours."),
        ("p", "3.2 Option 2 also releases cash savings of £410,000 a year from 2028/29, by "
              "reducing spend on external extraction services. The payback period is "
              "estimated at just under six years."),
        ("pagebreak", None),
        ("h", "4. Financial case"),
        ("p", "4.1 Table 1 sets out the capital and revenue costs of Option 2 by financial year."),
        ("table", ([
            ["Cost item", "2026/27", "2027/28", "2028/29", "Total"],
            ["Kiosk hardware and installation", "£760,000", "£320,000", "£0", "£1,080,000"],
            ["Software licences", "£198,000", "£264,000", "£271,000", "£733,000"],
            ["Operator training and accreditation", "£186,000", "£72,000", "£69,000", "£327,000"],
            ["Quality assurance (ISO/IEC 17025)", "£95,000", "£48,000", "£51,000", "£194,000"],
            ["Total", "£1,239,000", "£704,000", "£391,000", "£2,334,000"],
        ], [56, 27, 27, 27, 31])),
        ("p", "4.2 Hardware will be funded from the MPS capital programme. Licences, training and "
              "quality assurance are revenue costs and will be met from the Forensic Services "
              "budget. Because the total exceeds £500,000, a MOPAC decision will also be needed."),
        ("h", "5. Commercial and management case"),
        ("p", "5.1 Kiosks will be bought through an existing national framework agreement. The "
              "first 6 kiosks will be installed in the three pilot BCUs by September 2026, with "
              "the remaining 18 installed by March 2027."),
        ("p", "5.2 All kiosk extractions must comply with the Forensic Science Regulator's Code "
              "of Practice. The main risks and their mitigations are:"),
        ("sub", "(a) loss of ISO/IEC 17025 accreditation if operators make errors - mitigated by "
                "dip-sampling 5 per cent of extractions each month;"),
        ("sub", "(b) operators moving post - mitigated by training 360 operators, 30 per BCU, "
                "against a minimum need of 240; and"),
        ("sub", "(c) excessive extraction of victims' data - mitigated by kiosk software that "
                "limits extraction to the date ranges and data types agreed with the victim."),
        ("h", "6. Recommendation"),
        ("p", "6.1 The Investment Board is asked to approve Option 2 at a total cost of £2,334,000 "
              "over three years and to recommend it to MOPAC for a formal decision."),
    ]
    return _pdf("business_case_digital_evidence_kiosks.pdf", title,
                 "Yasmin Choudhury-Blake", "OBC-FS-2026-07 - " + title, items)


# ---------------------------------------------------------------------------
# .html
# ---------------------------------------------------------------------------

def build_news_shop_theft():
    article = """      <p class="kicker">News release</p>
      <h1>Police and retailers join forces to tackle shop theft in Marlowe Broadway</h1>
      <p class="meta">Published: 22 April 2025 | Fenwick | Reference: NR/FW/25/037</p>
      <p>Officers in Fenwick have launched a partnership with local shops to cut shop theft and
      abuse of retail staff in Marlowe Broadway town centre.</p>
      <p>The operation, called Operation Tillpoint, began on Monday 14 April 2025. In its first
      week officers made 23 arrests, and 9 people have already been charged with theft or public
      order offences.</p>
      <p>Recorded shop theft in the town centre rose from 1,148 offences in 2023 to 1,532 in 2024,
      an increase of a third. Retailers have also reported a rise in threats and violence against
      staff, with 87 assaults on shop workers recorded in Marlowe Broadway last year.</p>
      <h2>What Operation Tillpoint involves</h2>
      <ul>
        <li>A new Town Centre Team of one sergeant and five constables, funded for two years by
        the Marlowe Broadway Business Improvement District (BID).</li>
        <li>A shared radio link connecting 37 shops with the Town Centre Team and the council's
        CCTV control room.</li>
        <li>A Business Crime Reduction Partnership (BCRP) that lets shops share images of
        repeat offenders lawfully and quickly.</li>
        <li>Fortnightly days of action with Fenwick Council's trading standards and licensing
        officers.</li>
      </ul>
      <p>Inspector Hollie Brandreth, who leads the Town Centre Team, said: "Shop theft is not a
      victimless crime. Staff in Marlowe Broadway have told us they feel frightened going to
      work. Every report helps us identify the small number of people responsible for most of
      these offences, and we will put them before the courts."</p>
      <p>Sam Odukoya, chief executive of the Marlowe Broadway BID, said: "Our members asked for
      visible policing and a quicker response. The BID board agreed to put £290,000 into the
      Town Centre Team because we know it will make the high street safer for shoppers and
      workers."</p>
      <p>Analysis by the Fenwick Community Safety Partnership found that 41 people were
      responsible for more than half of the shop thefts reported in the town centre in 2024.
      Officers will seek Criminal Behaviour Orders against the most prolific offenders, banning
      them from the town centre.</p>
      <p>Anyone who witnesses shop theft or violence against shop staff should call 999 if a
      crime is in progress, or report it online or by calling 101.</p>
      <h2>Notes to editors</h2>
      <ul>
        <li>Images of the Town Centre Team on patrol are available from the Press Bureau on
        request.</li>
        <li>The Marlowe Broadway BID represents 468 businesses in the town centre.</li>
        <li>Interviews with Inspector Brandreth can be arranged through the MPS Press Bureau
        on 020 7230 2171.</li>
      </ul>
"""
    html = html_page(
        "Metropolitan Police",
        "Police and retailers join forces to tackle shop theft in Marlowe Broadway",
        [("Home", "/"), ("Report", "/report"), ("Advice", "/advice"), ("News", "/news"),
         ("Your area", "/area"), ("Careers", "/careers"), ("Contact", "/contact")],
        [("Home", "/"), ("News", "/news"), ("Fenwick", "/news/fenwick"), ("Shop theft partnership", None)],
        article,
        [("Report a crime online", "/report"),
         ("Business crime advice for retailers", "/advice/business-crime"),
         ("Find your local Safer Neighbourhood team", "/area"),
         ("Criminal Behaviour Orders explained", "/advice/cbo")],
        [("Accessibility", "/accessibility"), ("Privacy notice", "/privacy"), ("Cookies", "/cookies"),
         ("Freedom of information", "/foi"), ("Modern slavery statement", "/modern-slavery")],
        "&copy; Metropolitan Police Service 2025. All rights reserved.",
    )
    # fix an accidental reuse: the BID size figure
    html = html.replace("represents 468 businesses", "represents 468 businesses")
    name = "news_release_marlowe_broadway_shop_theft.html"
    _write(name, html)
    return name


def build_dashboard_commentary():
    article = """      <h1>Public Voice dashboard: commentary for Quarter 2 2025/26</h1>
      <dl class="doc-meta">
        <dt>Published</dt><dd>18 November 2025</dd>
        <dt>Produced by</dt><dd>MOPAC Evidence and Insight team</dd>
        <dt>Lead analyst</dt><dd>Dr Tomasz Wieczorek, Principal Analyst</dd>
        <dt>Next update</dt><dd>17 February 2026</dd>
      </dl>
      <p>This commentary accompanies the quarterly update of the Public Voice dashboard, which
      reports what Londoners think of the Metropolitan Police Service (MPS). The figures come from
      the Public Attitude Survey (PAS), which interviews around 3,200 Londoners each quarter, and
      the User Satisfaction Survey (USS), which asks victims of crime about the service they
      received.</p>
      <h2>Headlines</h2>
      <ul>
        <li>All four headline measures improved in each of the last three quarters.</li>
        <li>49.4 per cent of Londoners now agree the police do a good job in their local area, up
        3.6 percentage points since Q3 2024/25.</li>
        <li>Trust in the MPS reached 73.0 per cent, its highest level since Quarter 1 2021/22.</li>
        <li>Victim satisfaction rose to 66.9 per cent, but remains well below the 78 per cent
        recorded five years ago.</li>
      </ul>
      <h2>Headline measures by quarter</h2>
      <table>
        <caption>Table 1: Public Voice headline measures, rolling 12 months to each quarter (%)</caption>
        <thead>
          <tr><th>Quarter</th><th>Good job locally</th><th>Trust in the MPS</th><th>Police treat everyone fairly</th><th>Victim satisfaction (USS)</th></tr>
        </thead>
        <tbody>
          <tr><td>Q3 2024/25</td><td>45.8</td><td>70.4</td><td>59.1</td><td>63.2</td></tr>
          <tr><td>Q4 2024/25</td><td>46.9</td><td>71.2</td><td>60.3</td><td>64.0</td></tr>
          <tr><td>Q1 2025/26</td><td>48.1</td><td>72.6</td><td>61.7</td><td>65.5</td></tr>
          <tr><td>Q2 2025/26</td><td>49.4</td><td>73.0</td><td>62.8</td><td>66.9</td></tr>
        </tbody>
      </table>
      <p>Q2 2024/25 figures are not shown because the survey provider changed in that quarter and
      the results are not directly comparable.</p>
      <h2>Differences between groups</h2>
      <p>Gaps between groups of Londoners remain wide. Trust in the MPS among Black Londoners was
      61.2 per cent in Q2 2025/26, a gap of 12.6 percentage points compared with White Londoners.
      Confidence is lowest among 16 to 24 year olds, only 41 per cent of whom agree the police do a
      good job locally.</p>
      <p>At borough level, the highest good job score was in Richmond upon Thames (63 per cent) and
      the lowest in Westminster (38 per cent). Borough results are based on smaller samples and
      should be read with care.</p>
      <h2>What drives the change</h2>
      <p>Londoners who had seen officers on foot patrol in the previous month were far more likely
      to say the police do a good job. The proportion who had seen foot patrol rose from 24 per
      cent to 29 per cent over the year, which coincides with the recruitment of 565 additional
      Dedicated Ward Officers under the New Met for London plan.</p>
      <p>Victims most often said they were dissatisfied with being kept informed: only 52.4 per
      cent were satisfied with follow-up contact, compared with 81.5 per cent satisfied with the
      way they were treated at first contact.</p>
      <h2>Methodology</h2>
      <p>All figures are rolling 12-month averages. Differences of less than 2 percentage points
      between quarters are generally not statistically significant. Full technical notes are
      available from the dashboard's Methodology tab.</p>
      <p>Contact: <a href="mailto:evidence.insight@mopac.example.gov.uk">evidence.insight@mopac.example.gov.uk</a></p>
"""
    html = html_page(
        "MOPAC - Mayor's Office for Policing And Crime",
        "Public Voice dashboard: commentary for Quarter 2 2025/26",
        [("Home", "/"), ("About MOPAC", "/about"), ("Police and Crime Plan", "/plan"),
         ("Data and statistics", "/data"), ("Decisions", "/decisions"), ("Get involved", "/involved")],
        [("Home", "/"), ("Data and statistics", "/data"), ("Public Voice dashboard", "/data/public-voice"),
         ("Commentary Q2 2025/26", None)],
        article,
        [("Public Voice dashboard (interactive)", "/data/public-voice"),
         ("Commentary for Quarter 1 2025/26", "/data/public-voice/q1-2025-26"),
         ("Public Attitude Survey technical report", "/data/pas-technical"),
         ("Crime dashboard", "/data/crime")],
        [("Accessibility", "/accessibility"), ("Privacy", "/privacy"), ("Cookies", "/cookies"),
         ("Contact us", "/contact"), ("Freedom of Information", "/foi")],
        "&copy; Greater London Authority 2025",
    )
    name = "dashboard_commentary_public_voice_q2.html"
    _write(name, html)
    return name


# ---------------------------------------------------------------------------
# .md
# ---------------------------------------------------------------------------

SNB_MINUTES = """# Kingsleigh Safer Neighbourhood Board

**Minutes of the meeting held on Wednesday 25 September 2024, 18:30 to 20:40**
**Venue:** Room 2, Kingsleigh Civic Centre, Orchard Rise, London SE28
**Status:** Approved at the meeting of 4 December 2024

Present: Winston Adebayo-Clarke (Chair), Margot Lindqvist (Vice-Chair), Cllr Deborah Sefton
(Kingsleigh Council), Imran Chaudry (Kingsleigh Youth Forum), Patricia Nwosu (Victim Support),
Harold Pinnock (Neighbourhood Watch co-ordinator), Rev. Alison Tully (Kingsleigh Faith Forum)

In attendance: Superintendent Marcus Delacroix (Neighbourhood Policing, South Riverside BCU),
Inspector Joanna Feltham (Kingsleigh Safer Neighbourhoods), Leon Abara (MOPAC Engagement
Officer), Kezia Dunmore (Board Secretary)

Apologies: Cllr Ravi Bhandal (Kingsleigh Council), Dr Eleanor Whitsun (Independent Advisory
Group), Sergeant Paul Okereke (Schools Officer team)

## 1. Welcome, apologies and declarations

1.1 The Chair welcomed Leon Abara, who replaced Lorna Stacey as the Board's MOPAC Engagement
Officer in August. Apologies were noted as above. Margot Lindqvist declared an interest in
item 5 as a trustee of the Thamesmead Rowing Club.

## 2. Minutes of the last meeting and matters arising

2.1 The minutes of the meeting of 26 June 2024 were agreed. Action KSNB/24/09 (leaflets on
bike marking) was complete; action KSNB/24/11 was carried forward (see action log).

## 3. Police update

3.1 Superintendent Delacroix reported on the six months from March to August 2024:

- Residential burglary fell by 17 per cent compared with the same period in 2023.
- Knife crime with injury for victims under 25 fell from 46 offences to 31.
- Robbery of personal property rose by 9 per cent, driven by phone snatches near Kingsleigh
  station.
  - A phone snatch plan is in place, with plain-clothes patrols on Friday and Saturday evenings.
  - Two e-bikes have been allocated to the Kingsleigh Town Centre Team.

3.2 Inspector Feltham said that all 14 wards now had their full complement of Dedicated Ward
Officers, but that 3 PCSO posts were vacant.

3.3 Harold Pinnock asked how many ward panels had met in the last quarter. Inspector Feltham
said 12 of the 14 had met; Thornbury Park and Eastmoor ward panels had not met because their
chairs had stood down.

## 4. Confidence and engagement

4.1 Leon Abara presented the MOPAC Public Voice figures for Kingsleigh. Trust in the police was
lower among young people and the Board agreed to hold a youth listening event.

4.2 Imran Chaudry said the Youth Forum would co-host the event, and asked that no uniformed
officers attend the first half of the session.

## 5. Projects funded from the SNB grant

5.1 The Board receives a MOPAC grant of £42,000 for 2024/25. Kezia Dunmore reported on the
projects funded so far:

1. Safer Riverside summer programme - £12,500
   - Rowing and boxing sessions for 130 young people in July and August
   - Delivered by the Thamesmead Rowing Club and Eastmoor Boxing Academy
2. Older people's scam awareness workshops - £6,800
   - 11 workshops held in sheltered housing schemes
   - 2 more planned for November
3. Women's safety walk-and-talk audits - £4,200
   - Findings passed to the council's lighting team

5.2 This leaves £18,500 unallocated. The Board agreed to open a second bidding round, closing on
1 November 2024, with priority for projects on violence against women and girls.

5.3 Margot Lindqvist took no part in the decision on the Safer Riverside summer programme.

## 6. Any other business

6.1 Rev. Alison Tully raised concerns about anti-social behaviour outside St Cuthbert's Church
on Sunday evenings. Inspector Feltham agreed to look into it (action KSNB/24/15).

## Action log

| Ref | Action | Owner | Due |
|---|---|---|---|
| KSNB/24/11 | Report on stop and search data for Kingsleigh | Supt Marcus Delacroix | 4 December 2024 |
| KSNB/24/13 | Organise youth listening event with the Youth Forum | Imran Chaudry | 15 November 2024 |
| KSNB/24/14 | Publicise second SNB bidding round | Kezia Dunmore | 4 October 2024 |
| KSNB/24/15 | Review ASB outside St Cuthbert's Church | Insp Joanna Feltham | 30 October 2024 |
| KSNB/24/16 | Recruit new chairs for Thornbury Park and Eastmoor ward panels | Leon Abara | 31 January 2025 |

## Date of next meeting

Wednesday 4 December 2024, 18:30, Kingsleigh Civic Centre.
"""

LICENSING_RESPONSE = """# Consultation response: Ravensford Council draft Statement of Licensing Policy 2026-2031

**From:** Metropolitan Police Service, Ravensford Licensing Unit, South Thames BCU
**To:** Licensing Policy Team, London Borough of Ravensford
**Date:** 9 January 2026
**Our reference:** RLU/CONS/2026/01
**Consultation closes:** 16 January 2026

## 1. Introduction

The Metropolitan Police Service (MPS) welcomes the opportunity to respond to the London Borough
of Ravensford's consultation on its draft Statement of Licensing Policy under the Licensing Act
2003. As a responsible authority, the police make representations on licence applications in
support of the four licensing objectives, and in particular the prevention of crime and
disorder.

This response was prepared by the Ravensford Licensing Unit (RLU) and has been agreed by the
South Thames Basic Command Unit (BCU) Commander, Chief Superintendent Lionel Maddox.

## 2. Summary of our position

- We **support** the proposal to keep the Cumulative Impact Area (CIA) in Ravensford Town
  Centre.
- We **support**, with one change, the proposed new CIA around Canal Street and Wharf Lane.
  - We ask that the boundary include the eastern end of Mill Road, where three late-night
    venues have opened since 2023.
- We **do not support** the proposal to remove the CIA in Upper Brixley.
  - Violence there has fallen, but we believe this is because the CIA is working.
  - Removing it would invite applications that reverse the improvement.

## 3. Evidence

Table 1 shows violence with injury recorded between 22:00 and 06:00 in each area.

| Area | 2022 | 2023 | 2024 |
|---|---|---|---|
| Ravensford Town Centre (existing CIA) | 318 | 344 | 329 |
| Canal Street and Wharf Lane (proposed CIA) | 97 | 126 | 158 |
| Upper Brixley (existing CIA, proposed for removal) | 83 | 71 | 64 |
| Rest of the borough | 402 | 417 | 395 |

Offences in the proposed Canal Street and Wharf Lane CIA rose by 63 per cent between 2022 and
2024, the fastest rise anywhere in the borough. Ambulance data shared under the Information
Sharing to Tackle Violence (ISTV) agreement show the same pattern.

Between 2022 and 2024 the number of premises licensed to sell alcohol after midnight in the
Canal Street area rose from 19 to 31.

## 4. Specific comments on the draft policy

1. **Terminal hours (draft policy 7).**
   - We support the core hours of 23:30 on Sunday to Thursday and 01:00 on Friday and Saturday
     for new on-licences inside CIAs.
   - We recommend that off-licences inside CIAs should stop selling alcohol at 23:00.
2. **Vulnerability (draft policy 11).**
   - We recommend that all late-night premises sign up to the Ask for Angela scheme.
   - Door staff should be trained in spotting and reporting predatory behaviour.
3. **Conditions (draft policy 14).**
   - We ask for a standard condition requiring CCTV footage to be kept for at least 28 days and
     handed to police within two working days of a request.
   - We ask that ID scanning be a condition for premises with a capacity over 500.

## 5. Conclusion

The MPS is grateful to the council for the constructive joint work at the Licensing Liaison
Group, which meets monthly. We would be happy to discuss this response. Please contact Police
Sergeant Nadia Kowalski, Licensing Sergeant, at RLU.Licensing@met.example.police.uk.

*Signed:* Chief Inspector Rosalind Achterberg, Partnership and Licensing, South Thames BCU
"""


def build_markdown():
    _write("minutes_kingsleigh_snb_september_2024.md", SNB_MINUTES)
    _write("consultation_response_ravensford_licensing_policy.md", LICENSING_RESPONSE)
    return ["minutes_kingsleigh_snb_september_2024.md",
            "consultation_response_ravensford_licensing_policy.md"]


# ---------------------------------------------------------------------------
# .txt (PDF-converted style)
# ---------------------------------------------------------------------------

MEMO_PARAS = [
    "=METROPOLITAN POLICE SERVICE\nMet Operations - Public Order and Public Safety Command\nLambeth Support Headquarters, 109 Lambeth Road, London SE1 7LP",
    "=MEMORANDUM",
    "=To:        All Basic Command Unit (BCU) Commanders\n"
    "From:      Commander Evelyn Marchbank, Public Order and Public Safety\n"
    "Copy:      Assistant Commissioner, Frontline Policing; Federation and\n"
    "           Superintendents' Association representatives\n"
    "Date:      7 October 2025\n"
    "Reference: MO/POPS/25/044\n"
    "Subject:   Abstraction of neighbourhood officers to public order events -\n"
    "           summer 2025 and new protection rule",
    "1. Purpose",
    "1.1 This memo reports how many neighbourhood officer shifts were taken away from "
    "BCUs to police protests, sporting events and other public order commitments between "
    "June and September 2025, and sets out a new rule limiting these abstractions from 1 "
    "November 2025.",
    "2. Background",
    "2.1 The Police and Crime Plan commits the MPS to protecting Dedicated Ward Officers "
    "(DWOs) so that they spend at least 80 per cent of their time in their wards. Summer "
    "2025 saw an exceptional number of large events, including the Riverside Unity March "
    "on 12 July, which alone required 3,950 officers, and eleven Premier League and "
    "international football fixtures in a single fortnight in August.",
    "2.2 The Public Order Resourcing Unit (PORU) fills demand first from the Territorial "
    "Support Group and Level 2 public order trained officers on response teams. Only when "
    "these are exhausted are DWOs and neighbourhood sergeants called on.",
    "3. Abstractions June to September 2025",
    "3.1 The table below shows neighbourhood officer shifts abstracted across all 12 BCUs, "
    "the number of rest days cancelled for neighbourhood officers, and the share of planned "
    "DWO shifts lost.",
    "=Month            Shifts       Rest days     Share of DWO\n"
    "                 abstracted   cancelled     shifts lost\n"
    "-------------------------------------------------------------\n"
    "June 2025        2,318        611           6.4%\n"
    "July 2025        4,105        1,287         11.9%\n"
    "August 2025      3,476        954           9.8%\n"
    "September 2025   1,862        403           5.1%\n"
    "-------------------------------------------------------------\n"
    "Total            11,761       3,255         8.3%",
    "3.2 July was the worst month. Four BCUs - Central West, North East, South Riverside "
    "and East Thames - lost more than 15 per cent of planned DWO shifts in July.",
    "3.3 The Police Federation has raised concerns that 146 officers had two or more rest "
    "days cancelled at less than 5 days' notice during the summer. Cancelling a rest day at "
    "less than 8 days' notice entitles the officer to compensation under the Police "
    "Regulations 2003, and the overtime and compensation cost for the four months was "
    "GBP 1.73 million.",
    "4. New protection rule from 1 November 2025",
    "4.1 With the agreement of the Management Board, the following rule applies from 1 "
    "November 2025:",
    "(a) no BCU may lose more than 10 per cent of planned DWO shifts in any calendar month "
    "to public order abstractions;",
    "(b) no DWO may be abstracted on more than two weekends in any eight-week period;",
    "(c) any request that would breach (a) or (b) must be approved personally by the "
    "Commander, Public Order and Public Safety; and",
    "(d) PORU will publish abstraction figures for each BCU every month on the internal "
    "resourcing dashboard.",
    "4.2 Mutual aid from other forces will be requested earlier for events expected to need "
    "more than 2,500 officers, so that the rule can be kept.",
    "5. Action required",
    "5.1 BCU Commanders are asked to nominate a single point of contact for abstraction "
    "requests by 21 October 2025 and to brief their neighbourhood teams on the new rule. "
    "Questions should be sent to Superintendent Rhys Calloway, Head of PORU.",
    "=Commander Evelyn Marchbank\nPublic Order and Public Safety Command",
]

FOI_PARAS = [
    "=Metropolitan Police Service\nInformation Rights Unit\nPO Box 70415\nLondon SW1P 9ZZ\n\n"
    "Email: foi.requests@met.example.police.uk",
    "=Mr Callum Ashworth\n22 Brindle Mews\nLondon N17 8RW",
    "=Request reference: FOI-2025-11873\nDate: 3 June 2025",
    "Dear Mr Ashworth,",
    "Freedom of Information Request Reference No: FOI-2025-11873",
    "I write in connection with your request for information received by the Metropolitan "
    "Police Service (MPS) on 6 May 2025. I note you seek access to the following information:",
    "\"1. How many assaults on MPS police officers were recorded in each calendar year from "
    "2020 to 2024? 2. How many of these caused injury? 3. How many involved spitting? 4. How "
    "many resulted in a suspect being charged? 5. The names and ranks of officers assaulted "
    "more than five times in 2024. 6. The number of working days lost to sickness absence "
    "following assaults.\"",
    "DECISION",
    "I have today decided to disclose some of the requested information. Parts 1 to 4 are "
    "answered in full below. Part 5 is refused under section 40(2) (personal information) "
    "of the Freedom of Information Act 2000 (the Act). For part 6, the MPS estimates that "
    "locating and extracting the information would exceed the appropriate limit, so this "
    "part is refused under section 12 of the Act.",
    "REASONS FOR DECISION",
    "Parts 1 to 4: The table below shows assaults on MPS officers recorded under the "
    "Assaults on Emergency Workers (Offences) Act 2018 and other assault offences where the "
    "victim was a police officer on duty.",
    "=Calendar   Assaults on   Caused   Involved   Suspect\n"
    "year       officers      injury   spitting   charged\n"
    "-------------------------------------------------------\n"
    "2020       9,214         2,087    1,102      3,465\n"
    "2021       8,736         1,954    871        3,318\n"
    "2022       8,905         2,016    792        3,402\n"
    "2023       9,481         2,143    806        3,590\n"
    "2024       9,862         2,278    837        3,671",
    "Please note that an assault may involve more than one of the features shown, so the "
    "columns should not be added together. The high number of spitting assaults in 2020 "
    "reflects incidents during the COVID-19 pandemic.",
    "Part 5: The names and ranks of individual officers are personal data. Disclosure under "
    "the Act is disclosure to the world, and officers would have no expectation that their "
    "names would be published in connection with assaults against them. Section 40(2) is an "
    "absolute exemption and no public interest test is required.",
    "Part 6: Sickness absence records do not record the cause of absence in a way that can "
    "be searched. To answer this part, staff would need to review the absence record of "
    "every officer assaulted in the period, which we estimate would take more than 600 "
    "hours. The appropriate limit for the MPS is GBP 450, which represents 18 hours of work. "
    "You may wish to narrow this part of your request, for example to a single month.",
    "COMPLAINT RIGHTS",
    "If you are dissatisfied with this response you may ask for an internal review. Your "
    "request should be sent to the Information Rights Unit within 40 working days of the date "
    "of this letter. If you are still dissatisfied after the internal review, you may "
    "complain to the Information Commissioner's Office (ICO).",
    "Yours sincerely,",
    "=Bethany Kowalczyk\nInformation Rights Officer\nInformation Rights Unit",
]


def build_txt():
    memo = paginate_txt(
        MEMO_PARAS,
        "OFFICIAL-SENSITIVE                          MO/POPS/25/044",
        "Memo: Abstraction of neighbourhood officers - summer 2025",
        lines_per_page=40,
    )
    _write("memo_public_order_abstractions_summer_2025.txt", memo)
    foi = paginate_txt(
        FOI_PARAS,
        "OFFICIAL                                    FOI-2025-11873",
        "Freedom of Information - Assaults on police officers",
        lines_per_page=40,
    )
    _write("foi_response_assaults_on_officers.txt", foi)
    return ["memo_public_order_abstractions_summer_2025.txt",
            "foi_response_assaults_on_officers.txt"]


# ---------------------------------------------------------------------------

BUILDERS_BINARY = [
    build_decision_record_safe_havens,
    build_letter_residents_association,
    build_committee_report_missing_persons,
    build_business_case_kiosks,
]


def document_blocks():
    """Build the .docx/.pdf files and return {file name: [text blocks]}."""
    os.makedirs(OUT, exist_ok=True)
    out = {}
    for b in BUILDERS_BINARY:
        name, blocks = b()
        out[name] = blocks
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    names = list(document_blocks())
    names.append(build_news_shop_theft())
    names.append(build_dashboard_commentary())
    names += build_markdown()
    names += build_txt()
    for n in sorted(names):
        print(n)


if __name__ == "__main__":
    main()
