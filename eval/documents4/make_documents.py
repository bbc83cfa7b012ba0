"""Write the ten invented documents of the fourth collection (documents4).

Usage (from the repository root):
    .venv/bin/python eval/documents4/make_documents.py

Writes five documents into dev/ and five into sealed/ (one of each format:
.docx, .pdf, .html, .md, .txt in each half). Needs python-docx and reportlab.
The output is deterministic: .docx files are re-zipped with fixed timestamps
and PDFs are built in reportlab's invariant mode, so re-running the script
gives byte-identical files. Everything in these documents is invented:
people, places, boroughs, companies, references, dates and figures. Real body
names (MPS, MOPAC, HMICFRS, the Home Office, the Probation Service) are used
for realism only.

`document_blocks()` returns, for the .docx and .pdf files, the text blocks
(paragraphs, list items, table cells, header/footer lines) that the generator
puts into each file, keyed by "half/file name"; check_questions.py uses it to
check evidence strings. `build_all()` writes every file.

The helpers come from eval/docgen.py (shared with the earlier collections).
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

OUT = HERE  # files go to OUT/dev/ and OUT/sealed/

FIXED_ZIP_TIME = (2027, 2, 1, 0, 0, 0)


def _path(name: str) -> str:
    """name is "dev/file.ext" or "sealed/file.ext"; make the folder and return the path."""
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def _write(name: str, text: str) -> None:
    with open(_path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def _save_docx(d, name):
    docx_save(d, _path(name), FIXED_ZIP_TIME)
    return name, docx_blocks(d)


def _pdf(name, title, author, footer_title, items, header_text=None):
    return name, build_pdf(_path(name), title, author, footer_title, items, header_text=header_text)


# ---------------------------------------------------------------------------
# dev: .docx - Police and Crime Decision, fraud victim care service
# ---------------------------------------------------------------------------

def build_decision_fraud_victim_care():
    name = "dev/pcd_2026_052_fraud_victim_care_service.docx"
    d = docx_setup(
        "PCD 2026/052 - Fraud Victim Care Service: extension and expansion 2026-2028",
        "MOPAC Victims and Witnesses Commissioning",
        _dt.datetime(2026, 3, 24, 14, 0, 0),
        "MAYOR'S OFFICE FOR POLICING AND CRIME - POLICE AND CRIME DECISION",
        "PCD 2026/052 - PART 1 - OFFICIAL - PUBLIC",
    )
    d.add_heading("Police and Crime Decision - PCD 2026/052", level=0)
    d.add_heading("Title: Fraud Victim Care Service - extension and expansion 2026-2028", level=1)
    d.add_paragraph("Decision number: PCD 2026/052")
    d.add_paragraph("Report by: Ophelia Tresidder, Director of Victims and Witnesses Commissioning, MOPAC")
    d.add_paragraph("Contact Officer: Benedikt Aalto, Commissioning Manager, Economic Crime")
    d.add_paragraph("Protective marking: OFFICIAL - PUBLIC")

    d.add_heading("Executive Summary", level=1)
    d.add_paragraph(
        "Fraud is the crime that Londoners are most likely to experience. In 2024/25 Londoners "
        "reported 96,420 frauds to Action Fraud, the national reporting centre, with reported "
        "losses of £412 million. Many victims, and especially older and disabled victims, are "
        "targeted again within a year, often by the same fraudsters."
    )
    d.add_paragraph(
        "Since April 2023 MOPAC has funded the Fraud Victim Care Service (FVCS), run by the charity "
        "Brightwater Victim Support Trust, which contacts London victims of fraud who are assessed "
        "as vulnerable and offers them practical and emotional support. The current contract ends "
        "on 31 March 2026. This decision extends the FVCS for two years and widens it to cover "
        "victims of romance fraud and courier fraud of any age."
    )

    d.add_heading("Recommendation", level=1)
    d.add_paragraph("The Deputy Mayor for Policing and Crime (DMPC) is recommended to:")
    for item in [
        "approve expenditure of up to £1,372,000 to extend the FVCS from 1 April 2026 to 31 March 2028;",
        "approve a direct award of the extended contract to Brightwater Victim Support Trust under "
        "the contract's extension clause;",
        "approve £96,000 for a fraud prevention campaign aimed at people aged 75 and over, to run in "
        "autumn 2026; and",
        "delegate to the MOPAC Chief Finance Officer the authority to agree any change of up to 10 per "
        "cent in the annual payments.",
    ]:
        d.add_paragraph(item, style="List Number")

    d.add_heading("Deputy Mayor for Policing and Crime", level=1)
    d.add_paragraph(
        "I confirm I have considered whether or not I have any personal or prejudicial interest in "
        "this matter and take the proposed decision in compliance with the Code of Conduct. Any such "
        "interests are recorded below."
    )
    d.add_paragraph("The above request has my approval.")
    d.add_paragraph("Signature: Cordelia Marchbanks")
    d.add_paragraph("Name: Cordelia Marchbanks, Deputy Mayor for Policing and Crime")
    d.add_paragraph("Date: 24 March 2026")

    d.add_heading("PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC", level=1)
    d.add_heading("1. Introduction and background", level=2)
    d.add_paragraph(
        "1.1 The FVCS receives referrals each week from the National Fraud Intelligence Bureau and from "
        "MPS officers. A caseworker telephones each vulnerable victim within 2 working days of the "
        "referral, checks whether the fraud is still going on, and helps the victim to contact their "
        "bank and protect their accounts."
    )
    d.add_paragraph(
        "1.2 In 2024/25 the FVCS received 7,815 referrals and supported 5,240 victims. In 2023/24, its "
        "first year, it received 6,102 referrals and supported 3,968 victims. The average age of the "
        "victims supported in 2024/25 was 71."
    )
    d.add_paragraph(
        "1.3 An independent evaluation by the University of Wendlebury in 2025 found that 9 per cent of "
        "victims supported by the FVCS were defrauded again within six months, compared with 23 per "
        "cent of a matched group of victims who were not supported."
    )

    d.add_heading("2. Issues for consideration", level=2)
    d.add_paragraph("2.1 From 1 April 2026 the FVCS will support the following victims:")
    for item in [
        "victims of any fraud who are aged 65 or over;",
        "victims of any fraud who have a disability or a mental health condition that makes them "
        "more vulnerable;",
        "victims of romance fraud, of any age; and",
        "victims of courier fraud, in which a fraudster poses as a police officer or bank official "
        "and sends a courier to collect cash or cards, of any age.",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph(
        "2.2 MOPAC expects these changes to raise the number of victims supported to about 6,900 a "
        "year. Brightwater will recruit 8 more caseworkers, taking the team from 22 to 30."
    )
    d.add_paragraph(
        "2.3 Brightwater will report to MOPAC every quarter on four measures: the time taken to make "
        "first contact, the proportion of victims who accept support, repeat victimisation after six "
        "months, and victim satisfaction."
    )

    d.add_heading("3. Financial Comments", level=2)
    d.add_paragraph(
        "3.1 The cost will be met from the MOPAC Victims budget, which includes £420,000 a year from "
        "the Ministry of Justice victims grant. The profile of spend is set out below."
    )
    docx_table(d, [
        ["Cost heading", "2026/27", "2027/28", "Total"],
        ["Caseworkers (30 FTE)", "£548,000", "£558,000", "£1,106,000"],
        ["Service management and quality assurance", "£71,000", "£73,000", "£144,000"],
        ["Case management system and telephony", "£39,000", "£27,000", "£66,000"],
        ["Interpreting and accessible materials", "£26,000", "£30,000", "£56,000"],
        ["Total", "£684,000", "£688,000", "£1,372,000"],
    ])
    d.add_paragraph(
        "3.2 The £96,000 prevention campaign will be paid for separately, from the MOPAC "
        "communications budget for 2026/27. Payments to Brightwater will be made quarterly in "
        "advance, subject to satisfactory performance returns."
    )
    d.add_heading("4. Legal Comments", level=2)
    d.add_paragraph(
        "4.1 The original contract was awarded in 2023 after an open competition and allows an "
        "extension of up to 24 months. The extension and the change of scope are permitted by the "
        "contract's variation clause and do not require a new procurement."
    )
    d.add_heading("5. Equality Comments", level=2)
    d.add_paragraph(
        "5.1 Victims aged 75 and over made up 38 per cent of the victims supported in 2024/25 but "
        "accounted for 61 per cent of the money lost. Brightwater will offer a home visit to any "
        "victim who cannot use the telephone."
    )
    d.add_heading("6. Background/supporting papers", level=2)
    d.add_paragraph("Appendix 1 - University of Wendlebury evaluation of the FVCS, June 2025", style="List Bullet")
    d.add_paragraph("Appendix 2 - FVCS performance report, Q3 2025/26", style="List Bullet")

    d.add_heading("Public access to information", level=1)
    d.add_paragraph(
        "Information in this form (Part 1) is subject to the Freedom of Information Act 2000 and will "
        "be made available on the MOPAC website within 1 working day of approval. Deferral of "
        "publication: No."
    )
    d.add_heading("ORIGINATING OFFICER DECLARATION", level=1)
    docx_table(d, [
        ["Check", "Officer"],
        ["Head of Unit", "Ophelia Tresidder has reviewed the request and is satisfied it is correct "
                         "and consistent with MOPAC's plans and priorities."],
        ["Financial Advice", "The Strategic Finance and Resource Management Team has been consulted "
                             "on this proposal."],
        ["Legal Advice", "The MOPAC legal team has been consulted on the proposal."],
        ["Chief Operating Officer", "Florian Abernethy-Shaw, 20 March 2026"],
    ])
    return _save_docx(d, name)


# ---------------------------------------------------------------------------
# dev: .pdf - Joint Audit Panel report, property store follow-up audit
# ---------------------------------------------------------------------------

def build_audit_report_property_stores():
    title = "Follow-up Audit of Property Store Management, Ridgeway BCU"
    items = [
        ("meta", "<b>MOPAC AND MPS JOINT AUDIT PANEL</b>"),
        ("title", title),
        ("meta", "Date of meeting: 8 December 2025"),
        ("meta", "Agenda item: 9"),
        ("meta", "Audit reference: DARA/FU/2025/18"),
        ("meta", "Report by: Tamsin Achterberg, Director of Audit, Risk and Assurance"),
        ("meta", "Contact Officer: Ruairi Delacourt, Senior Auditor"),
        ("meta", "Classification: OFFICIAL"),
        ("space", 3),
        ("h", "1. Summary"),
        ("p", "1.1 This report gives the Panel the results of a follow-up audit of how the Ridgeway "
              "Basic Command Unit (BCU), which polices the London Boroughs of Hollinsbrook and "
              "Ottersford, manages seized and found property and cash. The original audit, completed "
              "in October 2024, gave a rating of Limited assurance and made 14 recommendations. The "
              "follow-up was carried out by the Directorate of Audit, Risk and Assurance (DARA) "
              "between August and October 2025."),
        ("p", "1.2 DARA found that 10 of the 14 recommendations had been fully implemented, 3 had been "
              "partly implemented and 1 had not been started. The overall rating has improved to "
              "Adequate assurance.<super>1</super>"),
        ("h", "2. Recommendations"),
        ("p", "2.1 That the Panel:"),
        ("sub", "(a) notes the improvement in the assurance rating from Limited to Adequate;"),
        ("sub", "(b) notes that one recommendation, on unclaimed cash, has not been started;"),
        ("sub", "(c) asks the Ridgeway BCU Commander to report progress on the four open "
                "recommendations to its meeting in June 2026; and"),
        ("sub", "(d) agrees that DARA will carry out a further follow-up audit in 2026/27."),
        ("h", "3. Background"),
        ("p", "3.1 Property that is seized by police, or found and handed in, must be recorded on the "
              "MPS Property Management System (PMS), stored securely, and then returned, kept or "
              "disposed of lawfully. Ridgeway BCU has two property stores, at Hollinsbrook Police "
              "Station and Ottersford Police Station, and a cash safe at each."),
        ("p", "3.2 The original audit found that items could not always be found, that high-value "
              "items and cash were not checked often enough, and that both stores held large amounts "
              "of property that should already have been returned or destroyed."),
        ("space", 4),
        ("p", "<font size=8><super>1</super> DARA gives one of four ratings: Substantial, Adequate, "
              "Limited or No assurance. Adequate assurance means that there are some weaknesses, but "
              "the controls in place are generally working.</font>"),
        ("pagebreak", None),
        ("h", "4. Findings"),
        ("p", "4.1 DARA tested a sample of 250 items at each store. Table 1 compares the results with "
              "those of the original audit."),
        ("table", ([
            ["Measure", "Hollinsbrook store, original audit (2024)", "Hollinsbrook store, follow-up (2025)",
             "Ottersford store, original audit (2024)", "Ottersford store, follow-up (2025)"],
            ["Sample items that could not be found", "17", "4", "11", "6"],
            ["Items recorded at the wrong location on PMS", "38", "12", "29", "9"],
            ["Cash bags where the counted amount did not match the amount recorded", "5", "0", "3", "1"],
            ["Items past their review date and awaiting disposal", "1,412", "640", "986", "702"],
        ], [58, 28, 28, 28, 28])),
        ("p", "4.2 Both stores now carry out a full count of high-value items and cash every month, as "
              "recommended. At Hollinsbrook the store was reorganised in March 2025 and every shelf "
              "location was relabelled."),
        ("p", "4.3 The number of items awaiting disposal has fallen at both stores, but Ottersford "
              "still holds 702 items past their review date, including 118 bicycles. The BCU told DARA "
              "that its disposal contractor could collect only once a quarter until a new contract "
              "started in September 2025."),
        ("h", "5. Open recommendations"),
        ("p", "5.1 Table 2 lists the four recommendations that remain open."),
        ("table", ([
            ["Ref", "Recommendation", "Status", "Owner", "Target date"],
            ["R3", "Carry out a quarterly check of each cash safe by an inspector not based at that station",
             "Partly implemented", "Insp Morwenna Halloran, BCU Business Support", "31 March 2026"],
            ["R7", "Return found property to its owner, or dispose of it, within 28 days of the end of "
                   "the retention period", "Partly implemented", "Sally-Ann Petrakis, Property Manager",
             "30 April 2026"],
            ["R11", "Give refresher training on PMS to all custody and front counter staff",
             "Partly implemented", "Ch Insp Deverell Amoako, Neighbourhoods", "31 May 2026"],
            ["R12", "Bank unclaimed cash held for more than 12 months and apply to transfer it under "
                    "the Police (Property) Act 1897", "Not started", "Sally-Ann Petrakis, Property Manager",
             "30 June 2026"],
        ], [12, 68, 26, 44, 20])),
        ("p", "5.2 Recommendation R12 has not been started because the MPS is reviewing its policy on "
              "unclaimed cash for the whole force. At 30 September 2025 the two stores held £184,350 "
              "in cash, of which £61,920 had been held for more than 12 months."),
        ("h", "6. Financial Implications"),
        ("p", "6.1 There are no direct financial implications. Unclaimed cash transferred under the "
              "1897 Act may be paid into the Police Property Act Fund, which makes grants to local "
              "charities."),
        ("h", "7. Risk Implications"),
        ("p", "7.1 Lost property or cash can damage prosecutions and public confidence, and exposes the "
              "MPS to claims. The risk is on the Ridgeway BCU risk register with a current score of "
              "12, down from 20 in 2024."),
        ("h", "8. Background papers"),
        ("p", "DARA, Audit of Property Store Management, Ridgeway BCU (final report, October 2024); "
              "DARA follow-up working papers, October 2025."),
    ]
    return _pdf("dev/audit_panel_property_store_follow_up.pdf", title, "Tamsin Achterberg",
                "Joint Audit Panel - " + title, items,
                header_text="OFFICIAL - Joint Audit Panel, 8 December 2025 - Agenda item 9")


# ---------------------------------------------------------------------------
# dev: .html - Safer Neighbourhood Board newsletter page
# ---------------------------------------------------------------------------

def build_snb_newsletter():
    article = """      <p class="kicker">Newsletter</p>
      <h1>Ottersford Safer Neighbourhood Board newsletter: Spring 2026</h1>
      <p class="meta">Issue 14 | Published: 2 April 2026 | Editor: Clementine Oyelaran-Boyd, Board Secretary</p>
      <p>Welcome to the spring issue of the newsletter of the Ottersford Safer Neighbourhood Board
      (SNB). The SNB brings together residents, ward panel chairs, the council and the police to hold
      local policing to account and to fund crime prevention projects in the borough.</p>
      <h2>From the Chair</h2>
      <p>"This has been a busy year," said SNB Chair Anwen Blackstock-Reyes. "We met four times in
      public, ran our biggest ever community survey and funded five projects. I am particularly proud
      that more young people are coming to our meetings, and I want the SNB to look more like the
      borough it serves."</p>
      <h2>Crime prevention grants 2025/26</h2>
      <p>The SNB receives a grant of £48,500 a year from MOPAC. In 2025/26 we spent £15,000 of it on
      public meetings, the community survey and this newsletter, and awarded the remaining £33,500 to
      local projects:</p>
      <table>
        <caption>Crime prevention grants awarded by the Ottersford SNB, 2025/26</caption>
        <thead>
          <tr><th>Project</th><th>Organisation</th><th>Ward</th><th>Grant</th></tr>
        </thead>
        <tbody>
          <tr><td>Safe walking routes to school</td><td>Rookery Lane Parents' Forum</td><td>Rookery</td><td>£6,200</td></tr>
          <tr><td>Bike marking and lock giveaway</td><td>Ottersford Cycle Hub CIC</td><td>Wharfside</td><td>£4,750</td></tr>
          <tr><td>Youth boxing and mentoring</td><td>Blackmoor Amateur Boxing Club</td><td>Blackmoor</td><td>£9,800</td></tr>
          <tr><td>Domestic abuse awareness for hairdressers and barbers</td><td>SafeChair Project</td><td>All wards</td><td>£7,400</td></tr>
          <tr><td>Doorstep crime and scam awareness sessions</td><td>Ottersford Age Forward</td><td>Saxby Green</td><td>£5,350</td></tr>
        </tbody>
      </table>
      <p>Grant applications for 2026/27 are now open. Groups can apply for between £1,000 and
      £10,000.</p>
      <h2>What you told us: the 2025 community survey</h2>
      <p>In November 2025, 1,118 Ottersford residents answered the SNB's community survey, up from 847
      in 2024. Residents' top concerns were:</p>
      <ul>
        <li>drug dealing and drug use, named by 46 per cent (39 per cent in 2024);</li>
        <li>theft of and from vehicles, named by 34 per cent;</li>
        <li>anti-social behaviour, named by 31 per cent, most often:
          <ul>
            <li>groups gathering in Wharfside Park at night;</li>
            <li>fly-tipping and litter around the Saxby Green shops;</li>
          </ul>
        </li>
        <li>speeding and dangerous driving, named by 27 per cent.</li>
      </ul>
      <p>Confidence that the police in Ottersford do a good job rose to 52 per cent, from 49 per cent
      in 2024. Only 21 per cent of residents said they knew how to contact their ward officers.</p>
      <h2>Meet your new neighbourhood inspector</h2>
      <p>Inspector Lachlan Morrow-Adebayo became Ottersford's neighbourhood inspector in January 2026.
      He leads 42 Dedicated Ward Officers and Police Community Support Officers across the borough's
      14 wards. Before joining Ridgeway BCU he spent six years with the Territorial Support Group.</p>
      <p>"I want every resident to know the names of their ward officers," he said. "Over the next
      three months each ward team will hold a street briefing in every ward, and our contact details
      will be on a card delivered to every home."</p>
      <h2>Dates for your diary</h2>
      <ul>
        <li>SNB public meeting on the night-time economy: Thursday 21 May 2026, 18:30, Ottersford Town
        Hall.</li>
        <li>Ward panel chairs' forum: Wednesday 10 June 2026, 19:00, online.</li>
        <li>Closing date for 2026/27 grant applications: Friday 19 June 2026.</li>
      </ul>
      <h2>Join the Board</h2>
      <p>We have two vacancies for community members and would especially like to hear from people
      aged 18 to 25. Members serve for two years and meet four times a year. Email
      <a href="mailto:secretary@ottersfordsnb.example.org.uk">secretary@ottersfordsnb.example.org.uk</a>
      to find out more.</p>
"""
    html = html_page(
        "Ottersford Safer Neighbourhood Board",
        "Ottersford Safer Neighbourhood Board newsletter: Spring 2026",
        [("Home", "/"), ("About the Board", "/about"), ("News", "/news"), ("Grants", "/grants"),
         ("Meetings", "/meetings"), ("Get involved", "/get-involved"), ("Contact", "/contact")],
        [("Home", "/"), ("News", "/news"), ("Newsletters", "/news/newsletters"), ("Spring 2026", None)],
        article,
        [("How to apply for a grant", "/grants/apply"),
         ("Minutes of Board meetings", "/meetings/minutes"),
         ("Find your ward panel", "/get-involved/ward-panels"),
         ("Report a crime to the Met", "/report")],
        [("Accessibility", "/accessibility"), ("Privacy", "/privacy"), ("Cookies", "/cookies"),
         ("Safeguarding policy", "/safeguarding")],
        "&copy; Ottersford Safer Neighbourhood Board 2026",
    )
    name = "dev/ottersford_snb_newsletter_spring_2026.html"
    _write(name, html)
    return name


# ---------------------------------------------------------------------------
# dev: .md - stop and search community monitoring group summary
# ---------------------------------------------------------------------------

CMG_SUMMARY = """# Hollinsbrook Stop and Search Community Monitoring Group: Quarterly Summary, Q3 2025/26

**Chair:** Idris Vanterpool-Nash
**Period covered:** 1 October to 31 December 2025
**Meeting date:** 22 January 2026
**Prepared by:** Fionnuala Szabo, Group Secretary
**Police lead:** Superintendent Hartley Ogunyemi, Neighbourhoods, Ridgeway BCU

## 1. About the group

The Hollinsbrook Stop and Search Community Monitoring Group (CMG) is an independent group of 15
residents who scrutinise how the police use stop and search in the borough. Every quarter the
CMG looks at the figures and watches a sample of body-worn video (BWV) footage of searches. The
Chair reports the CMG's findings to the Hollinsbrook Safer Neighbourhood Board.

## 2. The quarter in figures

Officers in Hollinsbrook carried out 1,846 stop and searches in Q3 2025/26, compared with 2,113
in Q2. The table shows searches by the main grounds for the search, and the number of arrests
that followed.

| Grounds for search | Searches Q2 2025/26 | Searches Q3 2025/26 | Arrests Q3 2025/26 |
|---|---|---|---|
| Drugs | 1,204 | 1,031 | 142 |
| Weapons, points and blades[^1] | 486 | 447 | 61 |
| Stolen property | 271 | 236 | 38 |
| Going equipped | 98 | 84 | 19 |
| Criminal damage | 54 | 48 | 7 |
| **Total** | **2,113** | **1,846** | **267** |

The arrest rate was 14.5 per cent in Q3, up from 12.8 per cent in Q2. A further 9.1 per cent of
searches in Q3 led to another outcome, such as a community resolution or a drugs warning.

Of the people searched in Q3, 41 per cent were recorded as Black, 33 per cent as White and 17 per
cent as Asian. Black residents make up 19 per cent of Hollinsbrook's population.

## 3. Body-worn video review

The CMG watched BWV footage of 30 searches chosen at random. Members rated each search as
follows:

- Good: 19 searches
- Some concerns: 8 searches
- Serious concerns: 3 searches

The three searches of serious concern were referred to the BCU's professional standards unit. In
one, the officer did not tell the person the grounds for the search; in the other two, the camera
was switched on only after the search had begun.

## 4. Issues raised by the group

Members raised the following issues with the police lead:

1. Recording of grounds. Grounds written on the search record were often too brief to show why
   the officer suspected the person, for example "smell of cannabis" and nothing else.
2. Searches of children. 212 of the searches in Q3 were of children aged 10 to 17. Members asked:
   - how many of these children were referred to children's social care after the search; and
   - whether officers tell a parent or carer when a child has been searched.
3. Handcuffing. Handcuffs were used in 6 of the 30 searches reviewed, and members felt that in 4 of
   these the officer did not explain why.

## 5. Police response

Superintendent Ogunyemi told the group that:

- from February 2026 a sergeant will check every search record within 72 hours;
- the BCU will report the number of children referred to social care after a search, starting
  with the Q4 2025/26 figures; and
- all officers in the Hollinsbrook Town Centre team will attend a half-day refresher on handcuffing
  and communication by 31 March 2026.

## 6. Next meeting

The CMG's next meeting is on Thursday 23 April 2026 at Hollinsbrook Civic Centre, when it will
review the figures for Q4 2025/26. New members are welcome, and the group would particularly like
to hear from young people aged 16 to 24.

*Idris Vanterpool-Nash*
*Chair, Hollinsbrook Stop and Search Community Monitoring Group*

[^1]: Includes 63 searches under section 60 of the Criminal Justice and Public Order Act 1994,
    authorised for 24 hours after a stabbing on Mercer Row on 14 November 2025.
"""


def build_cmg_summary():
    name = "dev/hollinsbrook_stop_search_cmg_q3_2025_26.md"
    _write(name, CMG_SUMMARY)
    return name


# ---------------------------------------------------------------------------
# dev: .txt (PDF-converted) - Victims' Commissioner letter
# ---------------------------------------------------------------------------

VICTIMS_COMMISSIONER_PARAS = [
    "=OFFICE OF THE VICTIMS' COMMISSIONER FOR LONDON\n"
    "4th Floor, 27 Carrow Yard\n"
    "London E21 9XW\n"
    "Telephone: 020 7946 0521",
    "=Chief Superintendent Rosalind Tebbutt-Ward\n"
    "Borough Commander, Ridgeway BCU\n"
    "Hollinsbrook Police Station\n"
    "112 Chandos Parade\n"
    "London SE31 4RT",
    "=Our ref:   VCL/RW/2026/031\n"
    "Your ref:  RW/BC/0892\n"
    "Date:      9 February 2026",
    "Dear Chief Superintendent Tebbutt-Ward,",
    "Victims' Code compliance in Ridgeway BCU: findings of my case file review",
    "I am writing to share the findings of the review that my office carried out in November and "
    "December 2025 of how well victims in Ridgeway BCU are given their rights under the Code of "
    "Practice for Victims of Crime in England and Wales (the Victims' Code). Thank you for your "
    "letter of 12 January 2026 and for the help your officers gave my team in reaching the files.",
    "My team reviewed 320 case files: 80 each of burglary, robbery, stalking and hate crime, all "
    "reported between April and September 2025. For each file we checked five of the Victims' "
    "Code rights against what had been recorded, including whether the victim was offered the "
    "chance to make a Victim Personal Statement (VPS). We carried out the same review in 2024, "
    "using files reported between April and September 2024, so the results can be compared.",
    "=Victims' Code right                          2024 review    2025 review\n"
    "------------------------------------------------------------------------\n"
    "Right 1: to understand and be understood         88%            92%\n"
    "Right 4: referral to support services            58%            67%\n"
    "Right 6: information about the investigation     49%            46%\n"
    "Right 7: offered the chance to make a VPS        41%            53%\n"
    "Right 12: told how to complain                   22%            35%",
    "Percentages are the share of the files reviewed in which the right was recorded as met.",
    "I welcome the improvement in four of the five rights, and in particular the rise in the "
    "number of victims who were offered a VPS. However, fewer victims were kept informed about "
    "their investigation than a year ago. Stalking victims fared worst: only 31 per cent of "
    "stalking files showed that the victim had been updated within the agreed timescale, against "
    "58 per cent of burglary files.",
    "Many of the victims my team spoke to said that the first officer they met was helpful, but "
    "that after that they did not know who was dealing with their case. Several stalking victims "
    "said they had had to report new incidents to a different officer each time.",
    "I therefore ask that you:",
    "(a) make sure that every victim of stalking is given a named officer and an agreed schedule "
    "of updates at the first contact;",
    "(b) add the offer of a VPS to the checklist that supervisors complete when they review a "
    "crime;",
    "(c) give every victim the leaflet that explains how to complain, in the 12 languages most "
    "spoken in Hollinsbrook and Ottersford; and",
    "(d) write to me by 31 March 2026 with a plan and timetable for these actions.",
    "I intend to repeat the review in the autumn of 2026, and to publish the results for every "
    "London BCU in my annual report. I would be happy to meet you to discuss these findings; my "
    "office will contact yours to arrange a date.",
    "I am copying this letter to Commander Beatrix Olanrewaju, Frontline Policing, Metropolitan "
    "Police Service.",
    "Yours sincerely,",
    "=Helena Varga-Oduya\n"
    "Victims' Commissioner for London",
]


def build_victims_commissioner_letter():
    name = "dev/victims_commissioner_letter_ridgeway_code_review.txt"
    text = paginate_txt(
        VICTIMS_COMMISSIONER_PARAS,
        "OFFICIAL                                              VCL/RW/2026/031",
        "Victims' Commissioner for London - Victims' Code compliance, Ridgeway BCU",
        lines_per_page=42,
    )
    _write(name, text)
    return name


# ---------------------------------------------------------------------------
# sealed: .docx - HMICFRS revisit letter, firearms licensing
# ---------------------------------------------------------------------------

def build_hmicfrs_firearms_letter():
    from docx.shared import Cm

    name = "sealed/hmicfrs_revisit_letter_firearms_licensing.docx"
    d = docx_setup(
        "Revisit of the Metropolitan Police Service's firearms licensing service",
        "Wilhelmina Astbury-Kerr",
        _dt.datetime(2026, 1, 16, 10, 30, 0),
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "HMI/FL/2026/007 - OFFICIAL",
    )
    for line in [
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "Larchmont House, 18 Chandler Row",
        "London SW21 4QX",
    ]:
        d.add_paragraph(line)
    for line in [
        "Assistant Commissioner Rupert Anyaoku-Finch",
        "Met Operations",
        "Metropolitan Police Service",
        "New Scotland Yard, Victoria Embankment",
        "London SW1A 2JL",
    ]:
        d.add_paragraph(line)
    d.add_paragraph("Our ref: HMI/FL/2026/007")
    d.add_paragraph("Your ref: MO/FEL/1144")
    d.add_paragraph("Date: 16 January 2026")
    d.add_paragraph("Dear Assistant Commissioner Anyaoku-Finch,")
    d.add_heading("Revisit of the Metropolitan Police Service's firearms licensing service", level=1)
    d.add_heading("1. Introduction", level=2)
    d.add_paragraph(
        "1.1 In June 2024 we inspected how the Metropolitan Police Service (MPS) manages firearms and "
        "shotgun licensing. Our report, published in October 2024, identified one cause of concern and "
        "made five recommendations. This letter sets out what we found when we revisited the Firearms "
        "and Explosives Licensing Unit (FELU) between 3 and 14 November 2025."
    )
    d.add_paragraph(
        "1.2 During the revisit we reviewed 120 grant and renewal files, interviewed 26 staff and "
        "managers, and spoke to representatives of shooting clubs and of the National Farmers' Union "
        "in the London area."
    )
    d.add_heading("2. Summary of findings", level=2)
    d.add_paragraph("2.1 The MPS has made good progress since our inspection. We found that:")
    for item in [
        "(a) the backlog of renewal applications has fallen from 4,912 at the end of March 2024 to "
        "1,287 at the end of September 2025;",
        "(b) every grant file we reviewed showed that medical information had been obtained from the "
        "applicant's GP before a certificate was granted;",
        "(c) home visits had been carried out by trained enquiry officers in all 60 grant files we "
        "reviewed; but",
        "(d) the FELU has still not set up a system to act on information from other forces about "
        "certificate holders who move to London.",
    ]:
        d.add_paragraph(item).paragraph_format.left_indent = Cm(1)
    d.add_paragraph(
        "2.2 We have therefore concluded that the cause of concern has been addressed, but that one "
        "of our five recommendations has not yet been achieved."
    )
    d.add_heading("3. Performance", level=2)
    d.add_paragraph(
        "3.1 The table below shows the FELU's workload and performance at the end of each quarter. "
        "The figures were supplied by the MPS and checked by us against the licensing system."
    )
    docx_table(d, [
        ["Quarter ending", "Renewals outstanding", "Holders on a temporary permit",
         "Median days to grant a new certificate", "Licensing staff (FTE)"],
        ["30 June 2024", "4,655", "1,318", "214", "71"],
        ["30 September 2024", "3,870", "1,042", "197", "78"],
        ["31 December 2024", "2,964", "806", "176", "84"],
        ["31 March 2025", "2,215", "512", "158", "86"],
        ["30 June 2025", "1,640", "297", "142", "87"],
        ["30 September 2025", "1,287", "174", "131", "88"],
    ])
    d.add_paragraph(
        "3.2 Where a certificate expires before it has been renewed, the MPS issues a temporary "
        "permit under section 7 of the Firearms Act 1968 so that the holder can keep their guns "
        "lawfully. Temporary permits should be rare; the fall from 1,318 to 174 holders relying on "
        "one is a significant improvement."
    )
    d.add_paragraph(
        "3.3 At 30 September 2025 there were 31,460 holders of a firearm or shotgun certificate in "
        "London. The FELU's target is to grant a new certificate within 120 days of a complete "
        "application."
    )
    d.add_heading("4. Progress against our recommendations", level=2)
    d.add_paragraph("4.1 Our assessment of progress against each 2024 recommendation is as follows:")
    for item in [
        "Recommendation 1 (clear the renewals backlog): substantially achieved.",
        "Recommendation 2 (obtain medical information before every grant): achieved.",
        "Recommendation 3 (train all enquiry officers who carry out home visits): achieved.",
        "Recommendation 4 (act on information from other forces): not achieved.",
        "Recommendation 5 (quality-assure every decision to refuse or revoke): achieved.",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph(
        "4.2 For recommendation 4, the FELU told us that it plans to introduce a daily check of the "
        "national firearms licensing database by June 2026. Please write to me by 30 April 2026 with "
        "a timetable for this work."
    )
    d.add_heading("5. Next steps", level=2)
    d.add_paragraph(
        "5.1 We will publish this letter on our website on 30 January 2026. We do not plan a further "
        "revisit, but we will look at recommendation 4 as part of our next PEEL inspection of the MPS."
    )
    d.add_paragraph(
        "5.2 I am grateful to the staff of the FELU for their help and openness during the revisit, "
        "and in particular to its head, Leopold Castellanos-Reid."
    )
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Wilhelmina Astbury-Kerr")
    d.add_paragraph("His Majesty's Inspector of Constabulary")
    d.add_paragraph("cc: Dr Ifeoma Lindqvist, Chief Executive, Mayor's Office for Policing and Crime")
    return _save_docx(d, name)


# ---------------------------------------------------------------------------
# sealed: .pdf - contract award notice, interpreting services
# ---------------------------------------------------------------------------

def build_award_notice_interpreting():
    title = "Contract Award Notice: Interpreting Services for the Metropolitan Police Service"
    items = [
        ("meta", "<b>MAYOR'S OFFICE FOR POLICING AND CRIME - COMMERCIAL SERVICES</b>"),
        ("title", title),
        ("meta", "Notice reference: MOPAC/CS/2026/0219"),
        ("meta", "Date of notice: 3 March 2026"),
        ("meta", "Procedure: Open procedure"),
        ("meta", "Contracting authority: Mayor's Office for Policing and Crime, for the Metropolitan "
                 "Police Service"),
        ("meta", "Approval: PCD 2026/019, approved on 11 February 2026"),
        ("meta", "Contact Officer: Perpetua Quaye-Lindholm, Category Manager, Professional Services"),
        ("space", 3),
        ("h", "1. Contract details"),
        ("p", "1.1 The contract is for spoken language and sign language interpreting, in person, by "
              "telephone and by video, for police investigations, custody and victim care across "
              "London. It replaces three separate contracts that expire on 31 May 2026."),
        ("p", "1.2 The contract is divided into two lots:"),
        ("sub", "(a) Lot 1: face-to-face spoken language and British Sign Language interpreting; and"),
        ("sub", "(b) Lot 2: telephone and video remote interpreting, available 24 hours a day."),
        ("p", "1.3 The contracts start on 1 June 2026 for an initial term of three years, with an option "
              "to extend for up to two further years. The estimated total value over five years is "
              "£38.6 million, excluding VAT."),
        ("h", "2. Award decision"),
        ("p", "2.1 Eleven tenders were received: seven for Lot 1 and four for Lot 2. Tenders were scored "
              "60 per cent on quality, 30 per cent on price and 10 per cent on social value. Table 1 "
              "shows the three highest-scoring tenders for Lot 1 and the two highest-scoring tenders "
              "for Lot 2; all other tenders scored less than 75."),
        ("table", ([
            ["Lot", "Bidder", "Quality (max 60)", "Price (max 30)", "Social value (max 10)",
             "Total score", "Outcome"],
            ["Lot 1", "Lingholt Language Services Ltd", "51.6", "26.4", "8.0", "86.0", "Awarded"],
            ["Lot 1", "Parlance Interpreting Group plc", "48.0", "28.7", "6.5", "83.2", "Not awarded"],
            ["Lot 1", "Tessaly Communication Partners LLP", "44.4", "30.0", "7.0", "81.4", "Not awarded"],
            ["Lot 2", "VoxBridge Remote Interpreting Ltd", "49.2", "27.9", "7.5", "84.6", "Awarded"],
            ["Lot 2", "Parlance Interpreting Group plc", "47.4", "30.0", "6.0", "83.4", "Not awarded"],
        ], [14, 44, 22, 20, 24, 20, 26])),
        ("p", "2.2 The value of each award is shown in Table 2."),
        ("table", ([
            ["Lot", "Supplier", "Value of initial three-year term", "Value including both extension years"],
            ["Lot 1", "Lingholt Language Services Ltd", "£17,850,000", "£29,400,000"],
            ["Lot 2", "VoxBridge Remote Interpreting Ltd", "£5,640,000", "£9,200,000"],
            ["Total", "", "£23,490,000", "£38,600,000"],
        ], [16, 62, 46, 46])),
        ("h", "3. Standstill period"),
        ("p", "3.1 A standstill period of eight working days applies. The contracts will not be signed "
              "before 16 March 2026. Every bidder has been told its own scores, the winning bidder's "
              "scores and the reasons for the decision."),
        ("h", "4. Service requirements"),
        ("p", "4.1 The main requirements of the new contracts are that:"),
        ("sub", "(a) a face-to-face interpreter arrives at a custody suite within 90 minutes of a "
                "request, for the 20 most requested languages;"),
        ("sub", "(b) a remote interpreter is connected within 3 minutes of a request, at any time;"),
        ("sub", "(c) every interpreter is on the National Register of Public Service Interpreters "
                "(NRPSI), or holds an equivalent qualification, and has Non Police Personnel Vetting "
                "(NPPV) at level 2; and"),
        ("sub", "(d) at least 97 per cent of all requests are filled."),
        ("p", "4.2 Under the current contracts, 4.8 per cent of requests for a face-to-face interpreter "
              "in custody were not filled in 2024/25, up from 3.1 per cent in 2023/24. The most "
              "requested languages in 2024/25 were Romanian, Arabic and Polish."),
        ("p", "4.3 Interpreters who are not NRPSI registered may be used for rare languages only, with "
              "the approval of the custody officer, and must still hold NPPV level 2."),
        ("h", "5. Social value"),
        ("p", "5.1 Lingholt Language Services Ltd has committed to create 40 paid interpreter "
              "traineeships for London residents, and to pay all interpreters at least the London "
              "Living Wage for travel time. VoxBridge Remote Interpreting Ltd has committed to "
              "running its London call centre from Quillfield, with 25 new jobs."),
        ("h", "6. Further information"),
        ("p", "6.1 Questions about this notice should be sent to the Contact Officer at "
              "commercial.services@mopac.example.london.gov.uk, quoting the notice reference."),
    ]
    return _pdf("sealed/award_notice_interpreting_services.pdf", title, "Perpetua Quaye-Lindholm",
                "MOPAC/CS/2026/0219 - Contract Award Notice - Interpreting Services", items,
                header_text="MOPAC Commercial Services - OFFICIAL")


# ---------------------------------------------------------------------------
# sealed: .html - joint council/police consultation response, facial recognition
# ---------------------------------------------------------------------------

def build_joint_response_facial_recognition():
    article = """      <p class="kicker">Consultation response</p>
      <h1>Joint response to the Home Office consultation on a legal framework for police use of facial recognition</h1>
      <dl class="doc-meta">
        <dt>Submitted</dt><dd>6 February 2026</dd>
        <dt>Published</dt><dd>27 February 2026</dd>
        <dt>Submitted by</dt><dd>Kestrelmead Council and the Ashcombe Basic Command Unit, Metropolitan Police Service</dd>
        <dt>Signed off by</dt><dd>Councillor Yusuf Penrose-Mbeki, Cabinet Member for Community Safety, and Chief Superintendent Annika Fairweather-Lowe, Ashcombe BCU Commander</dd>
      </dl>
      <h2>Introduction</h2>
      <p>Kestrelmead Council and the Ashcombe Basic Command Unit (BCU), which polices the London
      Boroughs of Kestrelmead and Quillfield, have sent a joint response to the Home Office
      consultation on a new legal framework for police use of facial recognition. This page
      summarises our response.</p>
      <p>Live facial recognition (LFR) compares the faces of people passing a camera with a watchlist
      of people wanted by the police or the courts. If the system finds a possible match it alerts
      officers, who decide whether to speak to the person. Images of people who are not on the
      watchlist are deleted immediately.</p>
      <h2>LFR in Kestrelmead</h2>
      <p>Officers deployed LFR in Kestrelmead on 38 days in 2025, mostly around Kestrelmead Broadway
      and the Dunmore Road market. The table shows the results for each quarter.</p>
      <table>
        <caption>Live facial recognition deployments in Kestrelmead, 2025</caption>
        <thead>
          <tr><th>Quarter</th><th>Deployments</th><th>Faces scanned</th><th>Alerts</th><th>Arrests</th><th>False alerts</th></tr>
        </thead>
        <tbody>
          <tr><td>Q1 (January to March)</td><td>7</td><td>41,200</td><td>23</td><td>14</td><td>0</td></tr>
          <tr><td>Q2 (April to June)</td><td>9</td><td>56,800</td><td>31</td><td>19</td><td>1</td></tr>
          <tr><td>Q3 (July to September)</td><td>12</td><td>74,350</td><td>44</td><td>27</td><td>0</td></tr>
          <tr><td>Q4 (October to December)</td><td>10</td><td>63,900</td><td>37</td><td>22</td><td>1</td></tr>
          <tr><td>Total 2025</td><td>38</td><td>236,250</td><td>135</td><td>82</td><td>2</td></tr>
        </tbody>
      </table>
      <p>Most of the 82 people arrested were wanted for offences of violence, robbery or burglary,
      or for failing to appear at court. A false alert is one where officers spoke to a person who
      turned out not to be the person on the watchlist.</p>
      <h2>What we agree on</h2>
      <p>We support a clear law on facial recognition. In summary, our joint view is that:</p>
      <ol>
        <li>Parliament should set out in law when the police may use LFR, rather than leaving this to
        guidance.</li>
        <li>Every LFR deployment should be authorised in writing by an officer of at least
        superintendent rank.</li>
        <li>Watchlists should be limited to people wanted for serious offences or by the courts,
        missing people at risk of harm, and people who are breaching court conditions.</li>
        <li>A single independent regulator should oversee all police use of facial recognition and
        publish an annual report.</li>
      </ol>
      <h2>Where we differ</h2>
      <p>The council would like every LFR deployment to be announced on its website at least 24 hours
      in advance. The BCU believes that 24 hours' notice could allow wanted people to avoid the area,
      and supports announcing each deployment on the morning of the day it takes place. We have asked
      the Home Office to give clear national guidance on this point.</p>
      <h2>What residents think</h2>
      <p>In November 2025 the council's Residents' Panel asked 1,004 residents about LFR: 58 per cent
      supported its use to find wanted people, 24 per cent opposed it and the rest were unsure.
      Support was lowest among residents aged 18 to 24, at 41 per cent.</p>
      <p>The Kestrelmead Independent Advisory Group (IAG) observed two deployments in 2025. The IAG
      recommended:</p>
      <ul>
        <li>larger signs, placed further from the cameras, so that people know LFR is in use before
        they reach the camera;</li>
        <li>leaflets in the five languages most spoken in Kestrelmead; and</li>
        <li>a named officer at every deployment to answer questions from the public.</li>
      </ul>
      <p>The BCU has accepted all three recommendations and will put them in place from April
      2026.</p>
      <h2>Contact</h2>
      <p>Community Safety Team, Kestrelmead Council:
      <a href="mailto:community.safety@kestrelmead.example.gov.uk">community.safety@kestrelmead.example.gov.uk</a></p>
"""
    html = html_page(
        "Kestrelmead Council",
        "Joint response: legal framework for police use of facial recognition",
        [("Home", "/"), ("Council and democracy", "/council"), ("Community safety", "/community-safety"),
         ("Consultations", "/consultations"), ("Parking", "/parking"), ("Contact us", "/contact")],
        [("Home", "/"), ("Community safety", "/community-safety"),
         ("Consultation responses", "/community-safety/responses"), ("Facial recognition", None)],
        article,
        [("Kestrelmead Independent Advisory Group", "/community-safety/iag"),
         ("Residents' Panel results", "/council/residents-panel"),
         ("Our Community Safety Partnership", "/community-safety/csp"),
         ("Report a crime or anti-social behaviour", "/community-safety/report")],
        [("Accessibility statement", "/accessibility"), ("Privacy", "/privacy"), ("Cookies", "/cookies"),
         ("Freedom of information", "/foi"), ("Jobs", "/jobs")],
        "&copy; London Borough of Kestrelmead 2026",
    )
    name = "sealed/kestrelmead_joint_response_facial_recognition.html"
    _write(name, html)
    return name


# ---------------------------------------------------------------------------
# sealed: .md - training needs briefing
# ---------------------------------------------------------------------------

TRAINING_BRIEFING = """# Ashcombe BCU: Training Needs Briefing 2026/27

**Author:** Inspector Genevieve Rautenbach, BCU Learning and Development Lead
**Date:** 5 March 2026
**For:** Ashcombe BCU Senior Leadership Team, meeting of 12 March 2026
**Status:** For decision

## 1. Purpose

This briefing sets out the most urgent training needs of the Ashcombe Basic Command Unit (BCU)
for 2026/27. It is based on a training needs analysis (TNA) carried out in January and February
2026, and asks the Senior Leadership Team (SLT) to agree how the BCU's allocation of 2,400
training days for 2026/27 should be used.

## 2. Where we are now

Ashcombe BCU has 1,126 officers and 214 police staff. During 2025/26, 312 new student officers
joined the BCU, and 46 per cent of constables now have less than three years' service, up from
38 per cent a year ago.

The BCU target is for 95 per cent of officers to be in date for officer safety training (OST) and
90 per cent to be in date for emergency life support (ELS). The TNA found that no team meets
either target:

| Team | Officers | In date for OST | In date for ELS | Response driving permits |
|---|---|---|---|---|
| Emergency Response | 512 | 87% | 81% | 198 |
| Neighbourhoods | 298 | 92% | 76% | 41 |
| CID | 171 | 79% | 68% | 23 |
| Public Protection | 145 | 83% | 72% | 12 |

## 3. Priority training needs

The TNA identified four priorities for 2026/27, in this order:

1. Response driving. Only 198 of the 512 Emergency Response officers hold a response driving
   permit, against a need for at least 260, so that every response shift has enough drivers.
2. Investigation. 37 trainee investigators in CID are waiting for a place on the Initial Crime
   Investigators' Development Programme (ICIDP).
3. Stalking. 220 officers in Neighbourhoods and Public Protection need training to:
   - recognise stalking behaviour when it is reported as harassment or as separate incidents; and
   - apply for a Stalking Protection Order.
4. Mental health. Every officer needs a briefing on Right Care, Right Person (RCRP), the approach
   under which police attend mental health calls only where there is a risk to life or of serious
   harm, which the MPS will extend to Ashcombe in September 2026.

## 4. What the priorities would cost

| Course | Places | Days per place | Training days[^1] | External cost |
|---|---|---|---|---|
| Response driving course | 64 | 15 | 960 | £38,400 |
| ICIDP | 37 | 10 | 370 | £14,800 |
| Stalking and Stalking Protection Orders | 220 | 1 | 220 | £6,600 |
| RCRP briefing | 1,126 | 0.5 | 563 | £2,250 |
| **Total** | | | **2,113** | **£62,050** |

The four priorities would use 2,113 of the 2,400 training days, leaving 287 days for public order
refresher training and other local courses. The external costs of £62,050 would come from the
BCU training budget, which has £75,000 for 2026/27.

## 5. Risks

- Releasing 64 officers for a 15-day driving course will reduce the number of officers on
  response shifts between May and October 2026.
- If the ICIDP places are not found, trainee investigators may leave CID, as 9 did in 2025/26.
- The RCRP briefing must be finished before September 2026, or officers may attend mental health
  calls that are no longer a police matter.

## 6. Decision required

The SLT is asked to:

- agree the four priorities in section 3;
- approve external costs of £62,050 from the BCU training budget; and
- agree that Emergency Response officers are released for driving courses in groups of eight from
  May 2026.

*Inspector Genevieve Rautenbach*
*BCU Learning and Development Lead*

[^1]: A training day is one officer away from normal duty for one shift.
"""


def build_training_briefing():
    name = "sealed/ashcombe_bcu_training_needs_briefing_2026_27.md"
    _write(name, TRAINING_BRIEFING)
    return name


# ---------------------------------------------------------------------------
# sealed: .txt (PDF-converted) - policing panel report, integrated offender management
# ---------------------------------------------------------------------------

IOM_REPORT_PARAS = [
    "=LONDON BOROUGH OF QUILLFIELD\n"
    "POLICING AND COMMUNITY SAFETY PANEL",
    "=Report title:     Integrated Offender Management in Quillfield: annual report 2024/25\n"
    "Date of meeting:  24 September 2025\n"
    "Agenda item:      6\n"
    "Report by:        DCI Marisol Ashdown-Teale, Ashcombe BCU, and Conrad Villiers-Mahon,\n"
    "                  Head of Community Safety, London Borough of Quillfield\n"
    "Contact Officer:  Priya Vandermeer-Holt, IOM Partnership Coordinator\n"
    "Telephone:        020 7946 0418\n"
    "Wards affected:   All\n"
    "Classification:   Public",
    "1. Summary",
    "1.1 Integrated Offender Management (IOM) brings together the police, the Probation Service, "
    "the council and health services to manage the small number of offenders who commit a large "
    "share of neighbourhood crime, such as burglary, robbery and vehicle crime. This report sets "
    "out the results of the Quillfield IOM scheme in 2024/25 and the partnership's plans for "
    "2025/26.",
    "1.2 The Panel asked for this report at its meeting on 19 March 2025.",
    "2. Recommendations",
    "2.1 The Panel is asked to:",
    "(a) note the fall in offending by the IOM cohort set out in section 4;",
    "(b) comment on the proposal to add perpetrators of domestic abuse to the cohort from "
    "January 2026;",
    "(c) support the council's bid for £120,000 from the MOPAC London Crime Prevention Fund to "
    "keep the two drug treatment worker posts for a further two years; and",
    "(d) agree to receive a further report in September 2026.",
    "3. Background",
    "3.1 Offenders are chosen for the IOM cohort each month by a selection panel chaired by the "
    "police, using a scoring tool based on the number and seriousness of their recent offences. "
    "Each member of the cohort has a lead police officer and a probation practitioner, and is "
    "offered help with housing, employment and drug or alcohol treatment.",
    "3.2 The cohort can include up to 90 offenders at any one time. At 31 March 2025 it had 84 "
    "members, of whom 61 were living in the community and 23 were in prison.",
    "4. Results",
    "4.1 The table below shows the offending of everyone who was in the cohort during each year, "
    "counting the offences they were charged with in the 12 months before and the 12 months "
    "after they joined the cohort.",
    "=                                        2023/24        2024/25\n"
    "  ----------------------------------------------------------------\n"
    "  Offenders managed during the year        142            157\n"
    "  Offences in the 12 months before       1,386          1,512\n"
    "  Offences in the 12 months after          743            668\n"
    "  Reduction in offences                  46.4%          55.8%\n"
    "  Offenders who started drug treatment      58             73",
    "4.2 Burglary and robbery offences by the cohort fell from 412 in the 12 months before joining "
    "to 139 in the 12 months after, for offenders who joined in 2024/25.",
    "4.3 The fall was largest among offenders who started drug treatment, whose offending fell "
    "by 64 per cent. Offenders who were offered treatment but did not take it up reduced their "
    "offending by 31 per cent.",
    "4.4 During 2024/25, 19 members of the cohort wore a GPS tag as a condition of their licence "
    "or court order. Tag data was used in 6 investigations and helped to eliminate 2 cohort "
    "members as suspects.",
    "5. Proposals for 2025/26",
    "5.1 From January 2026 the partnership proposes to add up to 15 perpetrators of domestic "
    "abuse, assessed as causing the highest harm, to the cohort. They would be selected with the "
    "Quillfield Multi-Agency Risk Assessment Conference (MARAC) and would take places within the "
    "existing limit of 90.",
    "5.2 The partnership also plans to open a weekly drop-in at the Foundry Lane Hub, where cohort "
    "members can see their probation practitioner, a drug worker and a housing officer on the "
    "same day.",
    "6. Financial Implications",
    "6.1 The council pays for the two drug treatment workers, at a cost of £94,000 in 2025/26, "
    "from a grant that ends in March 2026. If the bid to the London Crime Prevention Fund "
    "succeeds, the posts would continue until March 2028.",
    "7. Legal Implications",
    "7.1 Information about cohort members is shared under the Quillfield IOM Information Sharing "
    "Agreement, which was reviewed and re-signed by all partners in June 2025.",
    "8. Background papers",
    "8.1 Quillfield IOM Partnership, Performance Report Q4 2024/25; Quillfield IOM Information "
    "Sharing Agreement, June 2025.",
]


def build_iom_panel_report():
    name = "sealed/quillfield_panel_report_iom_2024_25.txt"
    text = paginate_txt(
        IOM_REPORT_PARAS,
        "Quillfield Policing and Community Safety Panel - 24 September 2025      Item 6",
        "Integrated Offender Management in Quillfield: annual report 2024/25",
        lines_per_page=40,
    )
    _write(name, text)
    return name


# ---------------------------------------------------------------------------

BUILDERS_BINARY = [
    build_decision_fraud_victim_care,
    build_audit_report_property_stores,
    build_hmicfrs_firearms_letter,
    build_award_notice_interpreting,
]

BUILDERS_TEXT = [
    build_snb_newsletter,
    build_cmg_summary,
    build_victims_commissioner_letter,
    build_joint_response_facial_recognition,
    build_training_briefing,
    build_iom_panel_report,
]


def document_blocks():
    """Build the .docx/.pdf files and return {"half/file name": [text blocks]}."""
    out = {}
    for b in BUILDERS_BINARY:
        name, blocks = b()
        out[name] = blocks
    return out


def build_all():
    """Write all ten files under OUT and return their "half/file name"s."""
    names = list(document_blocks())
    names += [b() for b in BUILDERS_TEXT]
    return sorted(names)


def main():
    for n in build_all():
        print(n)


if __name__ == "__main__":
    main()
