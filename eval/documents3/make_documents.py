"""Write the ten invented documents of the third collection (documents3).

Usage:
    /tmp/docs3-venv/bin/python eval/documents3/make_documents.py

Writes five documents into dev/ and five into sealed/ (one of each format:
.docx, .pdf, .html, .md, .txt in each half). Needs python-docx and reportlab.
The output is deterministic: .docx files are re-zipped with fixed timestamps
and PDFs are built in reportlab's invariant mode, so re-running the script
gives byte-identical files. Everything in these documents is invented:
people, places, boroughs, references, dates and figures. Real body names
(MPS, MOPAC, HMICFRS, the College of Policing) are used for realism only.

`document_blocks()` returns, for the .docx and .pdf files, the text blocks
(paragraphs, list items, table cells, header/footer lines) that the generator
puts into each file, keyed by "half/file name"; check_questions.py uses it to
check evidence strings. `build_all()` writes every file.

The helpers (paginate_txt, the .docx helpers, build_pdf, html_page) come from
eval/docgen.py, shared with the other collections; file names carry their half
("dev/..." or "sealed/...").
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

FIXED_ZIP_TIME = (2027, 1, 11, 0, 0, 0)


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

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


def _pdf(name, title, author, footer_title, items):
    return name, build_pdf(_path(name), title, author, footer_title, items)


# ---------------------------------------------------------------------------
# dev: .docx - MOPAC decision record, youth diversion grant
# ---------------------------------------------------------------------------

def build_decision_record_youth_diversion():
    name = "dev/decision_record_youth_diversion_pathfinder.docx"
    d = docx_setup(
        "PCD 2025/141 - Youth Diversion Pathfinder Grant: Brackenfield and Corrington",
        "MOPAC Criminal Justice and Youth Commissioning",
        _dt.datetime(2025, 8, 21, 11, 30, 0),
        "MAYOR'S OFFICE FOR POLICING AND CRIME - POLICE AND CRIME DECISION",
        "PCD 2025/141 - PART 1 - OFFICIAL - Not protectively marked",
    )
    d.add_heading("Police and Crime Decision - PCD 2025/141", level=0)
    d.add_heading("Title: Youth Diversion Pathfinder Grant - Brackenfield and Corrington 2025-2027", level=1)
    d.add_paragraph("Decision number: PCD 2025/141")
    d.add_paragraph("Report by: Gareth Fennimore, Head of Criminal Justice Commissioning, MOPAC")
    d.add_paragraph("Contact Officer: Saoirse Pendlebury, Youth Justice Commissioning Manager")
    d.add_paragraph("Protective marking: OFFICIAL - PUBLIC")

    d.add_heading("Executive Summary", level=1)
    d.add_paragraph(
        "Children who are arrested for a first, low-level offence and then receive a formal "
        "youth caution or a court outcome are more likely to offend again than similar children "
        "who are diverted into support. In 2024/25, 1,184 children aged 10 to 17 were arrested in "
        "the London Boroughs of Brackenfield and Corrington, of whom 412 became first-time "
        "entrants to the youth justice system."
    )
    d.add_paragraph(
        "This decision approves a grant of up to £846,000 over two financial years to the London "
        "Borough of Brackenfield, acting as lead accountable body for both boroughs, to run a "
        "Youth Diversion Pathfinder. A diversion practitioner will meet each eligible child in "
        "custody or within 48 hours of release, and a joint Youth Diversion Panel (YDP) will "
        "decide the outcome of the case."
    )

    d.add_heading("Recommendation", level=1)
    d.add_paragraph("The Deputy Mayor for Policing and Crime (DMPC) is recommended to:")
    for item in [
        "approve a grant of up to £846,000 to the London Borough of Brackenfield for the Youth "
        "Diversion Pathfinder in 2025/26 and 2026/27;",
        "approve expenditure of £58,000 on an independent evaluation, to be procured through "
        "the MOPAC research framework;",
        "delegate to the MOPAC Director of Criminal Justice the authority to agree the grant "
        "agreement and the quarterly payment schedule; and",
        "note that the Pathfinder will accept its first referrals on 1 October 2025.",
    ]:
        d.add_paragraph(item, style="List Number")

    d.add_heading("Deputy Mayor for Policing and Crime", level=1)
    d.add_paragraph(
        "I confirm I have considered whether or not I have any personal or prejudicial "
        "interest in this matter and take the proposed decision in compliance with the Code "
        "of Conduct. Any such interests are recorded below."
    )
    d.add_paragraph("The above request has my approval.")
    d.add_paragraph("Signature: Imogen Castellano")
    d.add_paragraph("Name: Imogen Castellano, Deputy Mayor for Policing and Crime")
    d.add_paragraph("Date: 21 August 2025")

    d.add_heading("PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC", level=1)
    d.add_heading("1. Introduction and background", level=2)
    d.add_paragraph(
        "1.1 Analysis by the MOPAC Evidence and Insight team found that 38 per cent of children "
        "given a youth caution in Brackenfield in 2022/23 reoffended within 12 months, compared "
        "with 21 per cent of children whose cases were closed with an informal diversion outcome."
    )
    d.add_paragraph(
        "1.2 The YDP will meet weekly at Brackenfield Civic Offices. It brings together a police "
        "sergeant from the Eastbank Basic Command Unit, a youth justice service manager from each "
        "borough and a children's health practitioner. The YDP will aim to decide every case "
        "within 10 working days of the child's arrest."
    )
    d.add_paragraph(
        "1.3 The Pathfinder builds on a smaller scheme in Corrington, funded by the borough from "
        "2023, which diverted 67 children in its first year."
    )

    d.add_heading("2. Issues for consideration", level=2)
    d.add_paragraph("2.1 A child will be eligible for the Pathfinder where all of the following apply:")
    for item in [
        "they were aged 10 to 17 at the time of the offence;",
        "they admit the offence or do not deny it;",
        "the offence has a gravity score of 1 to 3 under the national gravity matrix;",
        "they have had no youth caution or conviction in the previous 24 months; and",
        "no knife, firearm or other weapon was involved.",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph(
        "2.2 Children referred will be offered an assessment within 5 working days and a "
        "programme of support lasting up to 12 weeks. Support may include mentoring, speech and "
        "language therapy, sport, and restorative work with the victim where the victim agrees."
    )
    d.add_paragraph(
        "2.3 The Pathfinder aims to work with 520 children over its two years and to reduce "
        "first-time entrants in the two boroughs by 15 per cent by March 2027, measured against "
        "the 2024/25 baseline."
    )

    d.add_heading("3. Financial Comments", level=2)
    d.add_paragraph(
        "3.1 The grant will be met from the Youth Justice budget line within the MOPAC Criminal "
        "Justice Commissioning budget. Because the Pathfinder starts in October, the first year "
        "is costed for six months. The profile of spend is set out below."
    )
    docx_table(d, [
        ["Cost heading", "2025/26", "2026/27", "Total"],
        ["Diversion practitioners (6 FTE)", "£168,000", "£336,000", "£504,000"],
        ["Custody navigator service", "£61,000", "£122,000", "£183,000"],
        ["Interventions and activities", "£45,000", "£84,000", "£129,000"],
        ["Programme management", "£10,000", "£20,000", "£30,000"],
        ["Total", "£284,000", "£562,000", "£846,000"],
    ])
    d.add_paragraph(
        "3.2 The evaluation (£58,000) will be met from the MOPAC research budget and is in "
        "addition to the grant. Grant payments will be made quarterly in arrears, subject to "
        "satisfactory monitoring returns."
    )
    d.add_heading("4. Legal Comments", level=2)
    d.add_paragraph(
        "4.1 MOPAC may make grants to secure or contribute to securing crime and disorder "
        "reduction in London. The grant will be made on MOPAC's standard grant agreement terms, "
        "and the London Borough of Brackenfield will enter into a back-to-back agreement with "
        "the London Borough of Corrington."
    )
    d.add_heading("5. Equality Comments", level=2)
    d.add_paragraph(
        "5.1 Black children made up 19 per cent of the 10 to 17 population of the two boroughs "
        "but 41 per cent of first-time entrants in 2024/25. The evaluation will report outcomes "
        "by ethnicity, sex and special educational needs every six months."
    )
    d.add_heading("6. Background/supporting papers", level=2)
    d.add_paragraph("Appendix 1 - Corrington diversion scheme: first-year review, May 2024", style="List Bullet")
    d.add_paragraph("Appendix 2 - Pathfinder logic model and referral pathway", style="List Bullet")

    d.add_heading("Public access to information", level=1)
    d.add_paragraph(
        "Information in this form (Part 1) is subject to the Freedom of Information Act 2000 "
        "and will be made available on the MOPAC website within 1 working day of approval. "
        "Deferral of publication: No."
    )
    d.add_heading("ORIGINATING OFFICER DECLARATION", level=1)
    docx_table(d, [
        ["Check", "Officer"],
        ["Head of Unit", "Gareth Fennimore has reviewed the request and is satisfied it is correct and consistent with MOPAC's plans and priorities."],
        ["Financial Advice", "The Strategic Finance and Resource Management Team has been consulted on this proposal."],
        ["Legal Advice", "The MOPAC legal team has been consulted on the proposal."],
        ["Chief Operating Officer", "Hamish Dalrymple, 19 August 2025"],
    ])
    return _save_docx(d, name)


# ---------------------------------------------------------------------------
# dev: .pdf - scrutiny committee report, Taser use
# ---------------------------------------------------------------------------

def build_committee_report_taser():
    title = "Use of Taser by police officers in Millbourne"
    items = [
        ("meta", "<b>LONDON BOROUGH OF MILLBOURNE - SAFER COMMUNITIES SCRUTINY COMMITTEE</b>"),
        ("title", title),
        ("meta", "Date of meeting: 11 March 2025"),
        ("meta", "Agenda item: 7"),
        ("meta", "Report by: Anneliese Brockhurst, Head of Community Safety"),
        ("meta", "Contact Officer: Jonah Pettifer, Scrutiny Officer"),
        ("meta", "Telephone: 020 8356 7214"),
        ("meta", "Wards affected: All"),
        ("meta", "Classification: Public"),
        ("space", 3),
        ("h", "1. Summary"),
        ("p", "1.1 At its meeting in November 2024 the Committee asked for a report on the use of "
              "Taser by Metropolitan Police Service (MPS) officers in Millbourne, and on how the "
              "community is able to scrutinise that use. This report was prepared with information "
              "supplied by the Wealdside Basic Command Unit (BCU), which polices Millbourne and "
              "Haddon Cross."),
        ("p", "1.2 Taser is the brand name of the Conducted Energy Device (CED) carried by MPS "
              "officers. A CED fires two small darts that deliver an electrical current, causing "
              "temporary loss of muscle control. In this report Taser and CED mean the same thing."),
        ("h", "2. Recommendations"),
        ("p", "2.1 That the Committee:"),
        ("sub", "(a) notes the figures on the use of Taser in Millbourne set out in Table 1;"),
        ("sub", "(b) asks the BCU to provide a breakdown of CED use by ethnicity, age and mental "
                "health every six months;"),
        ("sub", "(c) supports the proposal that two members of the Taser Community Reference Group "
                "(TCRG) attend officer refresher training as observers; and"),
        ("sub", "(d) agrees to receive a further report at its meeting in March 2026."),
        ("h", "3. Background"),
        ("p", "3.1 A use of Taser is recorded each time an officer draws, aims, red-dots or fires "
              "the device. Red-dotting means placing the laser sight on a person without firing. "
              "Most uses end without the device being fired."),
        ("p", "3.2 Table 1 shows uses of Taser by officers in Millbourne in each calendar year, "
              "and the number of officers based in the borough who were trained to carry a CED at "
              "the end of the year."),
        ("table", ([
            ["Calendar year", "Total uses", "Drawn or aimed only", "Red-dotted", "Fired", "Trained officers at 31 December"],
            ["2021", "413", "139", "236", "38", "118"],
            ["2022", "468", "152", "271", "45", "131"],
            ["2023", "531", "170", "312", "49", "149"],
            ["2024", "497", "166", "289", "42", "172"],
        ], [24, 24, 30, 26, 20, 46])),
        ("p", "3.3 Uses fell in 2024 for the first time in four years, even though more officers "
              "were trained. The device was fired in 8.5 per cent of uses in 2024."),
        ("p", "3.4 In 2024, people recorded as Black were the subject of 36 per cent of Taser uses "
              "in Millbourne, against 17 per cent of the borough's population. People recorded as "
              "White were the subject of 44 per cent of uses."),
        ("p", "3.5 Fourteen uses in 2024 involved a child aged under 18. In none of these cases was "
              "the device fired."),
        ("pagebreak", None),
        ("h", "4. Issues for consideration"),
        ("p", "4.1 Officers must pass an 18-hour initial course before they can carry a CED, and a "
              "6-hour refresher every 12 months. All training follows the College of Policing "
              "curriculum and includes de-escalation and the effects of a CED on vulnerable people."),
        ("p", "4.2 The BCU aims to have 210 trained officers based in Millbourne by March 2026, so "
              "that at least two Taser-trained officers are on duty on every response shift."),
        ("p", "4.3 In 2024, 29 per cent of uses were at incidents where the person was believed to "
              "be in mental health crisis, up from 22 per cent in 2022. The BCU has asked the "
              "local mental health trust for a liaison nurse to join response teams at weekends."),
        ("p", "4.4 The TCRG is a group of 12 local residents, recruited through an open advert, "
              "which meets every quarter at Millbourne Police Station. At each meeting it reviews "
              "ten uses chosen at random by the Committee's scrutiny officer, watching footage and "
              "reading the officer's use of force form."),
        ("p", "4.5 In its annual statement for 2024 the TCRG raised the following concerns:"),
        ("sub", "(a) officers did not always explain to the person why a Taser had been drawn;"),
        ("sub", "(b) uses at mental health incidents were rising faster than uses overall;"),
        ("sub", "(c) use of force forms were sometimes completed several days after the incident; and"),
        ("sub", "(d) people subject to a use were rarely told how to make a complaint."),
        ("p", "4.6 The BCU has accepted points (a), (c) and (d). Since January 2025 supervisors have "
              "been required to check that every use of force form is completed before the end of "
              "the officer's shift."),
        ("h", "5. Legal Implications"),
        ("p", "5.1 Any use of force by police must be lawful, necessary and proportionate. The "
              "Council has no power to direct operational policing decisions, but the Committee may "
              "scrutinise the work of partners under its community safety remit."),
        ("h", "6. Financial Implications"),
        ("p", "6.1 There are no financial implications for the Council. Each device costs the MPS "
              "about £1,100, and initial training costs about £1,850 per officer."),
        ("h", "7. Background papers"),
        ("p", "Wealdside BCU, Taser use data for Millbourne 2021 to 2024 (supplied January 2025); "
              "Taser Community Reference Group, Annual Statement 2024."),
    ]
    return _pdf("dev/committee_report_taser_use_millbourne.pdf", title,
                 "Anneliese Brockhurst", "Safer Communities Scrutiny Committee - " + title, items)


# ---------------------------------------------------------------------------
# dev: .html - news page, e-scooter enforcement week
# ---------------------------------------------------------------------------

MPS_NAV = [("Home", "/"), ("Report", "/report"), ("Advice", "/advice"), ("News", "/news"),
           ("Your area", "/area"), ("Careers", "/careers"), ("Contact", "/contact")]
MPS_FOOTER = [("Accessibility", "/accessibility"), ("Privacy notice", "/privacy"), ("Cookies", "/cookies"),
              ("Freedom of information", "/foi"), ("Terms and conditions", "/terms")]


def build_news_e_scooters():
    article = """      <p class="kicker">News</p>
      <h1>Enforcement week takes 118 illegal e-scooters off Haddon Cross streets</h1>
      <p class="meta">Published: 3 June 2025 | Haddon Cross | Reference: NR/HX/25/052</p>
      <p>Officers in Haddon Cross seized 118 privately owned e-scooters during a week of action
      against dangerous and illegal riding, which ran from Monday 19 May to Sunday 25 May 2025.</p>
      <p>The week was the second run of Operation Kerbline, led by the Roads and Transport
      Policing Command (RTPC) with the Haddon Cross Safer Neighbourhood teams. When the operation
      first ran, in May 2024, officers seized 71 e-scooters.</p>
      <p>As well as the e-scooters, officers seized 23 e-bikes that had been modified to travel
      faster than the legal limit of 15.5 mph without pedalling. A total of 64 riders were
      reported for riding without insurance, and 17 people were arrested, six of them on
      suspicion of robbery or theft after phones were snatched from pedestrians.</p>
      <h2>What officers did during the week</h2>
      <ul>
        <li>Checkpoints at six locations, including Haddon Cross Broadway and the Tanner's Bridge
        cycle route.</li>
        <li>Plain-clothes patrols on the towpath, where residents had reported riders travelling at
        speed past families and dog walkers.</li>
        <li>Visits to four shops selling e-scooters, to make sure customers are told that private
        e-scooters cannot legally be ridden on public roads or pavements.</li>
        <li>Assemblies at five secondary schools, delivered with the council's road safety team.</li>
      </ul>
      <p>Sergeant Ellis Marchant of the RTPC said: "Riding a private e-scooter on a road or
      pavement is illegal, and the riders we stopped this week were uninsured and, in many cases,
      travelling far too fast. Last year two people in Haddon Cross were seriously injured by
      e-scooter riders. We would rather educate than seize, but where people ignore the law we
      will take their vehicles away."</p>
      <p>Councillor Rukhsana Malik, Cabinet Member for Transport at Haddon Cross Council, said:
      "Residents, and especially older and disabled people, tell us they no longer feel safe on
      some of our pavements. This week shows what partnership working can do, and our road safety
      team will keep working with schools so that young people understand the risks."</p>
      <h2>The law on e-scooters</h2>
      <p>Privately owned e-scooters can only be used on private land with the landowner's
      permission. Rental e-scooters hired through the government-approved trial scheme can be used
      on roads and cycle lanes, but not on pavements. Riders need at least a provisional driving
      licence, and must be aged 16 or over.</p>
      <p>Riders of a private e-scooter on a public road can face a fixed penalty of £300 and six
      penalty points on their driving licence for having no insurance.</p>
      <h2>Getting a seized e-scooter back</h2>
      <p>Seized vehicles are taken to the Eastbank vehicle pound. Owners have 14 days to claim them
      and must show proof of ownership. The release fee is £150, plus a storage charge of £20 for
      each day. Vehicles not claimed are destroyed.</p>
      <h2>Advice for parents</h2>
      <p>RTPC officers are asking parents and carers who are thinking of buying an e-scooter as a
      present to check where it can legally be ridden first. Modified e-bikes and e-scooters have
      been linked to battery fires in homes, and the London Fire Brigade advises never to leave
      them charging overnight.</p>
      <p>Anyone with information about dangerous riding or shops selling modified vehicles can
      report it online or call 101. In an emergency always call 999.</p>
"""
    html = html_page(
        "Metropolitan Police",
        "Enforcement week takes 118 illegal e-scooters off Haddon Cross streets",
        MPS_NAV,
        [("Home", "/"), ("News", "/news"), ("Haddon Cross", "/news/haddon-cross"), ("E-scooter enforcement week", None)],
        article,
        [("Report a road traffic incident", "/report/rti"),
         ("E-scooters: what the law says", "/advice/e-scooters"),
         ("Roads and Transport Policing Command", "/about/rtpc"),
         ("Find your Safer Neighbourhood team", "/area")],
        MPS_FOOTER,
        "&copy; Metropolitan Police Service 2025. All rights reserved.",
    )
    name = "dev/news_haddon_cross_e_scooter_week.html"
    _write(name, html)
    return name


# ---------------------------------------------------------------------------
# dev: .md - ward panel minutes
# ---------------------------------------------------------------------------

WARD_PANEL_MINUTES = """# Pelham Vale Ward Panel

**Minutes of the meeting held on Tuesday 13 May 2025, 19:00 to 20:45**
**Venue:** Main Hall, Pelham Vale Community Centre, 8 Orchardson Road, London N23
**Status:** Draft, to be agreed at the next meeting

Present: Gloria Okonkwo (Chair), Bernard Lyle (Vice-Chair), Cllr Dev Ramsaran (Pelham Vale
ward councillor), Yvonne Carrick (Pelham Vale Tenants' and Residents' Association), Tariq
Hussein (Orchardson Road traders), Philippa Marsh (Pelham Vale Primary School), Sunil Gopalan
(resident)

In attendance: Sergeant Tristan Weller (Pelham Vale and Highgrove Safer Neighbourhood team),
PC Rory Eastwood (Dedicated Ward Officer), PCSO Bilal Rahman, Marta Zielinska (Brackenfield
Council Community Safety Officer)

Apologies: Cllr Fenella Drury (Pelham Vale ward councillor), Desmond Akinola (Neighbourhood
Watch), PC Anjali Mistry (Dedicated Ward Officer)

## 1. Welcome and apologies

1.1 The Chair welcomed everyone, in particular Philippa Marsh, who was attending for the first
time as the school's representative. Apologies were noted as above.

## 2. Minutes of the last meeting

2.1 The minutes of the meeting of 11 February 2025 were agreed as a correct record. Action
PV/25/03 (lighting on the Brook Walk footpath) had been completed by the council in April.

## 3. Police update

3.1 Sergeant Weller presented the figures for the ward for the three months February to April
2025, compared with the previous three months:

| Crime or incident type | Nov 2024 to Jan 2025 | Feb to Apr 2025 |
|---|---|---|
| Residential burglary | 31 | 19 |
| Theft from motor vehicles | 44 | 52 |
| Robbery of personal property | 12 | 9 |
| Anti-social behaviour calls | 174 | 212 |

3.2 Sergeant Weller said the fall in burglary followed a series of arrests in February,
including two men now charged with 14 burglaries across the ward. Thefts from vehicles had risen,
mostly catalytic converter and tool thefts from vans parked overnight on Orchardson Road.

3.3 Most of the anti-social behaviour calls related to young people gathering at the Pelham
Vale station car park, and to suspected drug dealing there in the evenings. PCSO Rahman said
that officers had carried out 26 weapons sweeps in the car park since February and had found
two knives.

3.4 Tariq Hussein said several traders had stopped reporting shoplifting because officers did
not attend. Sergeant Weller asked traders to keep reporting and agreed to attend the next
traders' meeting (action PV/25/07).

## 4. Ward priorities

4.1 The panel reviewed the ward priorities, which are set every six months. After discussion,
the panel voted to adopt the following priorities until November 2025:

1. Drug dealing and anti-social behaviour at the Pelham Vale station car park
2. Theft from vans and other vehicles on Orchardson Road and the surrounding streets
3. Dangerous riding of e-bikes and mopeds on the Brook Walk footpath

4.2 Residential burglary was dropped as a priority, because of the fall in offences, but the
team will continue to monitor it.

## 5. Community Safety update

5.1 Marta Zielinska reported that the council would install two new CCTV cameras covering the
station car park by the end of July 2025, at a cost of £23,400, and that a Public Spaces
Protection Order (PSPO) consultation for the car park would open in June.

5.2 Yvonne Carrick asked that the PSPO consultation be sent on paper to residents of the
Carlisle House and Linnet House blocks, many of whom are not online. Marta Zielinska agreed.

## 6. Any other business

6.1 Bernard Lyle reminded members that the panel's annual community walkabout would take place
on Saturday 21 June 2025, starting at 10:00 from the community centre.

## Action log

| Ref | Action | Owner | Due |
|---|---|---|---|
| PV/25/05 | Share weapons sweep results with the school | PCSO Bilal Rahman | 30 May 2025 |
| PV/25/06 | Send paper copies of the PSPO consultation to Carlisle House and Linnet House | Marta Zielinska | 16 June 2025 |
| PV/25/07 | Attend the Orchardson Road traders' meeting | Sgt Tristan Weller | 10 June 2025 |
| PV/25/08 | Publicise the new ward priorities on the ward web page | PC Rory Eastwood | 23 May 2025 |

## Date of next meeting

Tuesday 12 August 2025, 19:00, Pelham Vale Community Centre.
"""


def build_markdown_dev():
    name = "dev/minutes_pelham_vale_ward_panel_may_2025.md"
    _write(name, WARD_PANEL_MINUTES)
    return name


# ---------------------------------------------------------------------------
# dev: .txt (PDF-converted) - FOI response, police vehicle collisions
# ---------------------------------------------------------------------------

FOI_COLLISIONS_PARAS = [
    "=Metropolitan Police Service\nData Office - Freedom of Information\nPO Box 61834\nLondon SW1H 4XQ\n\n"
    "Email: foi.enquiries@met.example.police.uk",
    "=Ms Harriet Lomax\n9 Quarry Lane\nLondon SE26 4JD",
    "=Request reference: 01/FOI/25/046312\nDate: 14 October 2025",
    "Dear Ms Lomax,",
    "Freedom of Information Request Reference No: 01/FOI/25/046312",
    "I write in connection with your request for information received by the Metropolitan "
    "Police Service (MPS) on 16 September 2025. I note you seek access to the following "
    "information:",
    "\"1. The number of road traffic collisions involving MPS vehicles in each financial year "
    "from 2020/21 to 2024/25. 2. How many of these happened while the police vehicle was on an "
    "emergency response. 3. How many resulted in injury to a member of the public. 4. How many "
    "the police driver was found to be at fault for. 5. The total cost of repairing police "
    "vehicles damaged in collisions. 6. The number of collisions involving unmarked vehicles.\"",
    "DECISION",
    "I have today decided to disclose the information you requested for parts 1 to 5. For "
    "part 6, the MPS does not hold the information in a retrievable form, as explained below.",
    "REASONS FOR DECISION",
    "Parts 1 to 4: The table below shows collisions reported to the MPS Fleet Collision "
    "Investigation Unit (FCIU) in each financial year. A collision is counted once, however "
    "many police vehicles were involved.",
    "=Financial   Collisions   Emergency   Member of       Police driver\n"
    "year                      response    public injured  at fault\n"
    "--------------------------------------------------------------------\n"
    "2020/21     3,412        1,106       214             1,587\n"
    "2021/22     3,689        1,198       236             1,702\n"
    "2022/23     3,944        1,275       251             1,816\n"
    "2023/24     4,108        1,342       263             1,890\n"
    "2024/25     3,871        1,219       247             1,745",
    "Please note that the columns overlap and should not be added together. A collision is "
    "recorded as the police driver being at fault where the FCIU found the police driver wholly "
    "or partly responsible. Collisions during emergency response include those during pursuits.",
    "Part 5: The cost of repairing MPS vehicles damaged in collisions was £6.84 million in "
    "2023/24 and £6.21 million in 2024/25. Repair costs for earlier years are held by a former "
    "fleet contractor and could not be located within the appropriate limit, so the figures "
    "for 2020/21 to 2022/23 are not included in this response.",
    "Part 6: Collision records show the type of vehicle, such as a car, van or motorcycle, but "
    "do not record whether the vehicle was marked or unmarked. The MPS therefore does not hold "
    "this information, and section 1(1)(a) of the Freedom of Information Act 2000 (the Act) "
    "applies.",
    "To be helpful, I can tell you that every police driver involved in a collision where they "
    "are found to be at fault is referred to the Driver Standards Unit (DSU). The DSU may "
    "require further training, suspend the driver's permit, or refer the matter to the "
    "Directorate of Professional Standards. In 2024/25 the DSU suspended 58 driving permits.",
    "All MPS drivers must hold a police driving permit for the class of vehicle they drive. "
    "Response drivers complete a three-week course and must be reassessed every five years.",
    "COMPLAINT RIGHTS",
    "If you are dissatisfied with this response you may ask for an internal review. Your "
    "request should be sent to the Data Office within 40 working days of the date of this "
    "letter. If you are still dissatisfied after the internal review, you may complain to the "
    "Information Commissioner's Office (ICO).",
    "Yours sincerely,",
    "=Kwabena Osei-Mensah\nInformation Manager\nData Office - Freedom of Information",
]


def build_txt_dev():
    name = "dev/foi_response_police_vehicle_collisions.txt"
    text = paginate_txt(
        FOI_COLLISIONS_PARAS,
        "OFFICIAL                                    01/FOI/25/046312",
        "Freedom of Information - Collisions involving police vehicles",
        lines_per_page=40,
    )
    _write(name, text)
    return name


# ---------------------------------------------------------------------------
# sealed: .docx - borough commander's letter to a council leader
# ---------------------------------------------------------------------------

def build_letter_neighbourhood_restructure():
    from docx.shared import Cm

    name = "sealed/letter_corrington_neighbourhood_restructure.docx"
    d = docx_setup(
        "Letter to the Leader of Corrington Council - neighbourhood policing restructure",
        "Chief Superintendent Nathaniel Brightwell",
        _dt.datetime(2026, 2, 24, 9, 15, 0),
        "Metropolitan Police Service - Eastbank Basic Command Unit",
        "Eastbank BCU, Tollgate Road Police Station, 51 Tollgate Road, London E24 3HN - OFFICIAL",
    )
    for line in [
        "Tollgate Road Police Station",
        "51 Tollgate Road",
        "London E24 3HN",
    ]:
        d.add_paragraph(line)
    for line in [
        "Councillor Marguerite Allenby",
        "Leader of the Council",
        "London Borough of Corrington",
        "Corrington Town Hall, Market Parade",
        "London E24 1AA",
    ]:
        d.add_paragraph(line)
    d.add_paragraph("Our ref: EB/BC/26/019")
    d.add_paragraph("Your ref: LDR/CS/0117")
    d.add_paragraph("Date: 24 February 2026")
    d.add_paragraph("Dear Councillor Allenby,")
    d.add_heading("Proposed changes to neighbourhood policing in Corrington", level=1)
    d.add_heading("1. Purpose of this letter", level=2)
    d.add_paragraph(
        "1.1 Thank you for your letter of 2 February 2026 asking how the Eastbank Basic Command "
        "Unit (BCU) intends to organise neighbourhood policing in Corrington from the summer. I "
        "promised at the Corrington Community Safety Partnership (CSP) Board on 29 January that I "
        "would set out our proposals in writing before any decision is taken."
    )
    d.add_paragraph(
        "1.2 This letter describes the current arrangements, the changes I propose, what they "
        "mean for each part of the borough, and how the council and residents can comment."
    )
    d.add_heading("2. The current arrangements", level=2)
    d.add_paragraph(
        "2.1 Corrington has 17 wards. Each ward has two Dedicated Ward Officers (DWOs) and one "
        "Police Community Support Officer (PCSO), supervised by nine sergeants, and four Youth "
        "Engagement Officers work with the borough's schools. In total 64 officers and PCSOs "
        "work in neighbourhood roles in the borough."
    )
    d.add_paragraph(
        "2.2 This model protects a visible presence in every ward, but it spreads supervision "
        "thinly and leaves little capacity to deal with problems that cross ward boundaries, such "
        "as the night-time economy around Corrington Broadway or youth violence linked to the "
        "Marshgate and Elm Park estates."
    )
    d.add_heading("3. What I propose", level=2)
    d.add_paragraph(
        "3.1 I propose to organise neighbourhood policing around five Neighbourhood Hubs, each "
        "led by an inspector, from 1 June 2026. Under the proposal:"
    )
    for item in [
        "(a) every ward will keep its two DWOs, who will not be moved to other duties except in an "
        "emergency;",
        "(b) PCSOs will be based at the hub rather than in a single ward, so that they can be "
        "deployed where demand is highest;",
        "(c) a new Town Centre Team of one sergeant and six constables will cover Corrington "
        "Broadway from Thursday to Saturday evenings; and",
        "(d) the number of Youth Engagement Officers working with schools will rise from four "
        "to six.",
    ]:
        d.add_paragraph(item).paragraph_format.left_indent = Cm(1)
    d.add_paragraph(
        "3.2 Taken together, these changes increase the number of officers and PCSOs in "
        "neighbourhood roles in Corrington from 64 to 70. The number of sergeants will fall from "
        "nine to seven, but each will supervise a single team rather than several wards."
    )
    d.add_paragraph(
        "3.3 No police station or front counter in Corrington will close as a result of these "
        "proposals."
    )
    d.add_heading("4. What the changes mean for each hub", level=2)
    d.add_paragraph(
        "4.1 The table below shows the wards in each hub and the number of officers and PCSOs "
        "that will be based there, including DWOs."
    )
    docx_table(d, [
        ["Neighbourhood Hub", "Wards", "Base", "Officers and PCSOs"],
        ["Corrington Central", "4", "Tollgate Road Police Station", "23"],
        ["Marshgate", "4", "Marshgate Library (shared council building)", "13"],
        ["Elm Park", "3", "Elm Park Police Office", "10"],
        ["Quayside North", "3", "Quayside Community Centre", "8"],
        ["Fairlop Green", "3", "Fairlop Green Police Office", "9"],
    ])
    d.add_paragraph(
        "4.2 The Corrington Central figure includes the new Town Centre Team. The Youth Engagement "
        "Officers and their sergeant, seven posts in all, will work across the borough and are "
        "not included in the table."
    )
    d.add_heading("5. Consultation and next steps", level=2)
    d.add_paragraph(
        "5.1 I would welcome the council's views, and those of ward councillors and Safer "
        "Neighbourhood panels, by 27 March 2026. My team will attend each of the five hub areas' "
        "ward panel chairs' meetings in March to explain the proposals."
    )
    d.add_paragraph(
        "5.2 I will report the outcome of the consultation, and my final decision, to the CSP "
        "Board on 23 April 2026. If the proposals go ahead, we will review them with the CSP after "
        "six months."
    )
    d.add_paragraph(
        "5.3 I know that councillors value the link between each ward and its named officers. "
        "That link will remain: residents will still be able to find their DWOs' names and "
        "contact details on the ward pages of the MPS website."
    )
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Nathaniel Brightwell")
    d.add_paragraph("Chief Superintendent")
    d.add_paragraph("Borough Commander, Eastbank BCU")
    d.add_paragraph(
        "cc: Cllr Omari Fairbrother, Cabinet Member for Community Safety, London Borough of "
        "Corrington; Morag Gallacher, Director of Community Safety, London Borough of Corrington"
    )
    return _save_docx(d, name)


# ---------------------------------------------------------------------------
# sealed: .pdf - inspection action plan, domestic abuse response times
# ---------------------------------------------------------------------------

def build_action_plan_domestic_abuse():
    title = "Action Plan: Response Times to Domestic Abuse Calls"
    items = [
        ("meta", "<b>METROPOLITAN POLICE SERVICE - NORTH WEALDSIDE BASIC COMMAND UNIT</b>"),
        ("title", title),
        ("meta", "Response to: HMICFRS inspection of the police response to domestic abuse, "
                 "Area for Improvement 3"),
        ("meta", "Document reference: NWS-DA-AP-25/03"),
        ("meta", "Version: 2.0"),
        ("meta", "Date: 30 September 2025"),
        ("meta", "Senior Responsible Officer: Detective Superintendent Priyanka Venn, Head of Public Protection"),
        ("meta", "Prepared by: Declan Ferrier, Performance and Improvement Manager"),
        ("meta", "Review body: BCU Senior Leadership Team, monthly"),
        ("space", 3),
        ("h", "1. Background"),
        ("p", "1.1 In March 2025 His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue "
              "Services (HMICFRS) inspected how the North Wealdside BCU, which covers the London "
              "Boroughs of Stourleigh and Wyvern Heath, responds to domestic abuse. Its report, "
              "published on 17 June 2025, found that victims often waited too long for officers "
              "to arrive."),
        ("p", "1.2 Calls to police are graded by urgency. An immediate (I) grade call should be "
              "attended within 15 minutes. A significant (S) grade call should be attended within "
              "one hour. HMICFRS found that S grade domestic abuse calls were attended within the "
              "hour in only 41.7 per cent of cases in April to June 2024."),
        ("p", "1.3 Area for Improvement 3 states that the BCU should reduce the time taken to "
              "attend domestic abuse incidents graded as requiring a significant response, and "
              "should make sure that victims whose attendance is delayed are contacted and their "
              "risk reassessed."),
        ("h", "2. Performance"),
        ("p", "2.1 Table 1 shows domestic abuse calls by grade and the proportion attended within "
              "the target time in each quarter since the inspection period."),
        ("table", ([
            ["Quarter", "I grade calls", "I grade within 15 minutes", "S grade calls", "S grade within 1 hour", "Median S grade attendance"],
            ["Q1 2024/25", "1,284", "88.1%", "3,406", "41.7%", "2 hrs 46 mins"],
            ["Q2 2024/25", "1,351", "86.4%", "3,592", "38.2%", "3 hrs 05 mins"],
            ["Q3 2024/25", "1,198", "89.0%", "3,287", "44.9%", "2 hrs 31 mins"],
            ["Q4 2024/25", "1,226", "90.3%", "3,350", "49.6%", "2 hrs 08 mins"],
            ["Q1 2025/26", "1,307", "91.2%", "3,478", "55.3%", "1 hr 47 mins"],
        ], [26, 24, 30, 24, 30, 36])),
        ("p", "2.2 Q2 2024/25 was the worst quarter, when the BCU lost 38 response officers to a "
              "national public order operation. Since then performance has improved in every "
              "quarter, but the BCU remains below its own target of 70 per cent of S grade calls "
              "attended within the hour by March 2026."),
        ("p", "2.3 Repeat victims, defined as victims who have reported domestic abuse three or "
              "more times in 12 months, made 31 per cent of S grade domestic abuse calls in Q1 "
              "2025/26."),
        ("pagebreak", None),
        ("h", "3. Actions"),
        ("p", "3.1 The BCU has agreed the following actions. Status is reported as complete, on "
              "track or at risk."),
        ("table", ([
            ["Ref", "Action", "Owner", "Deadline", "Status"],
            ["A1", "Introduce a Domestic Abuse Response Car (DARC) on every late shift in each borough",
             "Ch Insp Leonie Addo, Response", "1 July 2025", "Complete"],
            ["A2", "Call back every S grade victim not attended within one hour and reassess risk",
             "Insp Ivor Thorne, Emergency Response", "31 August 2025", "Complete"],
            ["A3", "Train all response sergeants in the domestic abuse risk assessment",
             "DI Sasha Penhaligon, Public Protection", "31 December 2025", "On track"],
            ["A4", "Agree with the Met Command and Control centre that DARC is dispatched first to S grade domestic abuse calls",
             "Supt Gideon Oduya, Operations", "31 October 2025", "On track"],
            ["A5", "Publish monthly attendance figures to the Stourleigh and Wyvern Heath domestic abuse partnerships",
             "Declan Ferrier", "30 November 2025", "At risk"],
        ], [12, 72, 40, 26, 20])),
        ("p", "3.2 Each DARC is crewed by two officers who have completed the College of Policing "
              "Domestic Abuse Matters course. DARC attended 1,962 incidents between July and "
              "September 2025."),
        ("p", "3.3 Action A5 is at risk because the new performance dashboard will not be ready "
              "until January 2026. In the meantime figures will be sent to both partnerships by "
              "email."),
        ("h", "4. Measures of success"),
        ("p", "4.1 The BCU will judge the plan a success if, by March 2026:"),
        ("sub", "(a) at least 70 per cent of S grade domestic abuse calls are attended within one hour;"),
        ("sub", "(b) at least 92 per cent of I grade domestic abuse calls are attended within 15 minutes;"),
        ("sub", "(c) every victim not attended within one hour receives a call back and a risk "
                "reassessment; and"),
        ("sub", "(d) victim satisfaction with the time taken to arrive rises above 75 per cent."),
        ("h", "5. Governance"),
        ("p", "5.1 Progress is reviewed monthly by the BCU Senior Leadership Team and quarterly by "
              "the Stourleigh and Wyvern Heath Violence Against Women and Girls Boards. HMICFRS will "
              "revisit the BCU in spring 2026 to assess whether the Area for Improvement has been "
              "addressed."),
    ]
    return _pdf("sealed/action_plan_domestic_abuse_response_times.pdf", title,
                 "Declan Ferrier", "NWS-DA-AP-25/03 - " + title, items)


# ---------------------------------------------------------------------------
# sealed: .html - briefing, victim satisfaction survey results
# ---------------------------------------------------------------------------

def build_briefing_victim_satisfaction():
    article = """      <p class="kicker">Briefing</p>
      <h1>Victim satisfaction in Stourleigh: survey results for 2024/25</h1>
      <dl class="doc-meta">
        <dt>Published</dt><dd>9 July 2025</dd>
        <dt>Prepared by</dt><dd>Stourleigh Community Safety Partnership analysts</dd>
        <dt>Author</dt><dd>Dr Rosamund Pellington, Senior Community Safety Analyst</dd>
        <dt>Presented to</dt><dd>Stourleigh Community Safety Partnership Board, 16 July 2025</dd>
      </dl>
      <p>This briefing summarises what victims of crime in Stourleigh told the Victim Experience
      Survey (VES) about the service they received from the police during 2024/25. The VES is a
      telephone survey of victims of burglary, violent crime, vehicle crime and anti-social
      behaviour, carried out between six and twelve weeks after the crime was reported. In
      2024/25, 1,436 Stourleigh victims took part.</p>
      <h2>Key findings</h2>
      <ul>
        <li>Overall satisfaction rose in every quarter of the year, from 61.4 per cent in Q1 to
        67.2 per cent in Q4.</li>
        <li>Being kept informed remains the weakest part of the service: fewer than six in ten
        victims were satisfied with it in any quarter.</li>
        <li>Satisfaction with the way victims were treated by officers and staff stayed above 80
        per cent all year.</li>
        <li>Victims of burglary were more satisfied than victims of violent crime.</li>
      </ul>
      <h2>Results by quarter</h2>
      <table>
        <caption>Table 1: Percentage of Stourleigh VES respondents satisfied, by quarter, 2024/25</caption>
        <thead>
          <tr><th>Quarter</th><th>Overall satisfaction</th><th>Ease of contact</th><th>Actions taken</th><th>Kept informed</th><th>Treatment</th></tr>
        </thead>
        <tbody>
          <tr><td>Q1 2024/25</td><td>61.4</td><td>78.9</td><td>63.0</td><td>52.6</td><td>81.7</td></tr>
          <tr><td>Q2 2024/25</td><td>62.8</td><td>79.5</td><td>64.3</td><td>53.9</td><td>82.4</td></tr>
          <tr><td>Q3 2024/25</td><td>65.1</td><td>80.2</td><td>66.7</td><td>55.8</td><td>83.6</td></tr>
          <tr><td>Q4 2024/25</td><td>67.2</td><td>81.3</td><td>68.5</td><td>57.4</td><td>84.0</td></tr>
        </tbody>
      </table>
      <p>Each quarter's figure is based on around 360 interviews. Differences of less than 3
      percentage points between quarters should be treated with caution.</p>
      <h2>Differences between groups of victims</h2>
      <p>Across the year, 74 per cent of burglary victims were satisfied overall, compared with 58
      per cent of victims of violent crime. Victims of violent crime were the least likely to say
      they had been told the outcome of their case.</p>
      <p>Satisfaction was lower among younger victims: 55 per cent of victims aged 16 to 24 were
      satisfied overall, against 71 per cent of those aged 65 and over.</p>
      <h2>What victims said</h2>
      <p>Victims who were dissatisfied most often said that nobody had contacted them after their
      first report, or that they had to chase for an update. Several said they had been given a
      crime reference number but no name of an officer to contact.</p>
      <h2>What is being done</h2>
      <p>The North Wealdside Basic Command Unit has agreed three changes with the Partnership:</p>
      <ol>
        <li>Every victim will be given the name and email address of the officer investigating
        their crime within 5 working days of reporting it.</li>
        <li>Victims of burglary and violent crime will receive an update at least every 28 days
        until their case is closed.</li>
        <li>A Victim Care Officer, funded by the council for one year, will call every victim aged
        16 to 24 whose case is closed without a suspect being charged.</li>
      </ol>
      <p>The Partnership will report progress against these changes, and the VES results for Q1
      2025/26, at its Board meeting in October 2025.</p>
      <h2>About the data</h2>
      <p>The VES is commissioned by the Stourleigh Community Safety Partnership and carried out by
      an independent research company. Results are weighted by crime type. Victims of domestic
      abuse and sexual offences are not included in the VES, because telephone interviews may put
      them at risk; their experience is measured in other ways.</p>
      <p>Contact: <a href="mailto:csp.analysis@stourleigh.example.gov.uk">csp.analysis@stourleigh.example.gov.uk</a></p>
"""
    html = html_page(
        "Stourleigh Council",
        "Victim satisfaction in Stourleigh: survey results for 2024/25",
        [("Home", "/"), ("Council and democracy", "/council"), ("Community safety", "/community-safety"),
         ("Housing", "/housing"), ("Bins and recycling", "/bins"), ("Contact us", "/contact")],
        [("Home", "/"), ("Community safety", "/community-safety"),
         ("Research and data", "/community-safety/data"), ("Victim satisfaction 2024/25", None)],
        article,
        [("Stourleigh Community Safety Partnership", "/community-safety/csp"),
         ("Support for victims of crime", "/community-safety/victims"),
         ("Crime and ASB data for Stourleigh", "/community-safety/data"),
         ("Report anti-social behaviour", "/community-safety/asb")],
        [("Accessibility statement", "/accessibility"), ("Privacy", "/privacy"), ("Cookies", "/cookies"),
         ("Freedom of information", "/foi"), ("Jobs", "/jobs")],
        "&copy; London Borough of Stourleigh 2025",
    )
    name = "sealed/briefing_stourleigh_victim_satisfaction_2024_25.html"
    _write(name, html)
    return name


# ---------------------------------------------------------------------------
# sealed: .md - police cadets annual summary
# ---------------------------------------------------------------------------

CADETS_SUMMARY = """# Wyvern Heath Volunteer Police Cadets: Annual Summary 2024/25

**Prepared by:** Inspector Delphine Markham, Cadet Unit Co-ordinator, North Wealdside BCU
**Date:** 28 April 2025
**Period covered:** 1 April 2024 to 31 March 2025
**Distribution:** BCU Senior Leadership Team; Wyvern Heath Community Safety Partnership; cadet
leaders and parents

## 1. Introduction

The Volunteer Police Cadets (VPC) is the Metropolitan Police Service's youth programme. It gives
young people aged 10 to 18 the chance to learn about policing, volunteer in their community and
build confidence. In Wyvern Heath the VPC runs four units, which meet weekly during school term
at schools and youth centres across the borough.

This summary reports on the year to 31 March 2025 and sets out our priorities for 2025/26.

## 2. The year in numbers

At 31 March 2025 Wyvern Heath had 214 cadets, up from 176 a year earlier. Of these, 47 per cent
were girls (41 per cent in 2023/24), and 26 per cent had experience of the care system, of being
excluded from school, or of the criminal justice system, either themselves or through a
family member. The national VPC aim is that at least 25 per cent of cadets come from these
backgrounds.

| Unit | Meeting place | Cadets at 31 March 2025 | Volunteer hours 2024/25 | Adult leaders |
|---|---|---|---|---|
| Wyvern Heath Central | Ashgrove Academy | 68 | 4,130 | 9 |
| Brookmill | Brookmill Youth Centre | 51 | 2,875 | 7 |
| Tansley Road | Tansley Road School | 43 | 2,240 | 5 |
| Fernhill Mini Police (ages 10 to 12) | Fernhill Primary School | 52 | 960 | 6 |
| **Total** | | **214** | **10,205** | **27** |

The volunteer hours include time spent at community events, crime prevention work and
training. The Mini Police unit at Fernhill was opened in September 2024.

## 3. Highlights of the year

Cadets took part in the following activities during the year:

- Stewarding at 19 community events, including the Wyvern Heath Carnival and the Remembrance
  Sunday parade at the borough war memorial.
- Test purchase operations with the council's trading standards team, in which cadets
  attempted to buy knives and age-restricted products from 37 shops; 6 shops sold to them.
- Crime prevention leafleting about phone snatches on Wyvern Heath High Street, reaching around
  3,500 households.
- A weekend residential at the Metropolitan Police training centre in Hendon for 40 cadets.

Cadet Sergeant Amara Nwachukwu, aged 17, of the Brookmill unit was named Wyvern Heath Cadet of
the Year. She completed 212 volunteer hours and led the unit's work with the local food bank.

Three former cadets joined the Metropolitan Police as police constables during the year, and
two became Special Constables.

## 4. Leaders and funding

The VPC relies on its adult leaders, who are police officers, police staff and volunteers. At 31
March 2025 there were 27 leaders, but the Tansley Road unit had a waiting list of 18 young
people because it did not have enough leaders to take more cadets.

The units were funded through the BCU budget (£14,600 for uniforms, kit and transport) and a
grant of £9,250 from the Wyvern Heath Community Trust, which paid for the Hendon residential and
for first aid training for 60 cadets.

## 5. Priorities for 2025/26

Our priorities for the coming year are:

1. Recruit at least eight new adult leaders, so that the Tansley Road waiting list can be
   cleared by December 2025.
2. Open a second Mini Police unit, at Harcourt Lane Primary School, in September 2025.
3. Raise the proportion of cadets from the backgrounds described in section 2 to 30 per cent.
4. Give every cadet aged 16 and over the chance to complete a recognised first aid
   qualification.

## 6. Thanks

We thank the head teachers and youth centre managers who host our units, the Wyvern Heath
Community Trust, and above all the cadets, whose 10,205 hours of volunteering this year made a
real difference to their community.

*Inspector Delphine Markham*
*Cadet Unit Co-ordinator, North Wealdside BCU*
"""


def build_markdown_sealed():
    name = "sealed/annual_summary_wyvern_heath_police_cadets_2024_25.md"
    _write(name, CADETS_SUMMARY)
    return name


# ---------------------------------------------------------------------------
# sealed: .txt (PDF-converted) - custody healthcare contract variation
# ---------------------------------------------------------------------------

CONTRACT_VARIATION_PARAS = [
    "=MAYOR'S OFFICE FOR POLICING AND CRIME and METROPOLITAN POLICE SERVICE\n"
    "Commercial Services - Custody and Criminal Justice Category\n"
    "Empress Wharf, 40 Salter Street, London SE1 9QP",
    "=CONTRACT VARIATION NOTICE",
    "=Contract:         Custody Healthcare Services (North and East)\n"
    "Contract number:  MPS/CCJ/2022/0457\n"
    "Variation number: CV-04\n"
    "Authority:        Mayor's Office for Policing and Crime (the Authority)\n"
    "Contractor:       Meridale Health Partners Limited (the Contractor)\n"
    "Date of notice:   12 January 2026\n"
    "Effective date:   1 April 2026",
    "1. Background",
    "1.1 The Contractor provides healthcare to detainees in the custody suites of the North and "
    "East areas of the Metropolitan Police Service under a contract that began on 1 April 2023 "
    "for an initial term of four years, with an option to extend by up to two further years.",
    "1.2 Healthcare is delivered by Healthcare Professionals (HCPs), who are registered nurses or "
    "paramedics, supported by forensic physicians who are on call. HCPs assess detainees' "
    "fitness to be detained and interviewed, give medication, take forensic samples and record "
    "injuries.",
    "1.3 Since the contract began, the number of detainees seen by an HCP in the contract area "
    "has risen from 38,900 in 2023/24 to 44,650 in 2024/25, and the proportion of detainees "
    "with a mental health need recorded at booking-in has risen to 46 per cent.",
    "2. Changes to the contract",
    "2.1 With effect from the effective date the parties agree the following changes:",
    "(a) the new custody suite at Wealdside Police Station, with 24 cells, is added to the "
    "contract, so that the Contractor covers nine custody suites;",
    "(b) the target time for an HCP to attend a detainee after an urgent request is reduced "
    "from 60 minutes to 45 minutes;",
    "(c) the Contractor will provide a mental health nurse in each of the three busiest suites "
    "from 08:00 to 00:00 every day; and",
    "(d) the contract term is extended by one year, so that it now ends on 31 March 2028.",
    "2.2 The target time for routine requests, which is 90 minutes, is unchanged.",
    "3. Contract value",
    "3.1 The table below shows the value of the contract in each contract year before and after "
    "this variation. All figures exclude VAT.",
    "=Contract year   Original value   Change (CV-04)   Revised value\n"
    "----------------------------------------------------------------\n"
    "2023/24          £7,420,000       n/a              £7,420,000\n"
    "2024/25          £7,610,000       n/a              £7,610,000\n"
    "2025/26          £7,805,000       n/a              £7,805,000\n"
    "2026/27          £8,010,000       £1,265,000       £9,275,000\n"
    "2027/28          n/a              £9,540,000       £9,540,000\n"
    "----------------------------------------------------------------\n"
    "Total            £30,845,000      £10,805,000      £41,650,000",
    "3.2 The increase for 2026/27 pays for the Wealdside suite (£640,000), the mental health "
    "nurses (£455,000) and the shorter urgent attendance time (£170,000). The 2027/28 value "
    "is for the additional year created by paragraph 2.1(d).",
    "3.3 The variation was approved by the Deputy Mayor for Policing and Crime in decision PCD "
    "2025/198 on 4 December 2025, because it increases the contract value by more than "
    "£500,000.",
    "4. Performance and service credits",
    "4.1 The Contractor must meet the 45-minute urgent attendance target in at least 95 per "
    "cent of cases each month. If it does not, a service credit of 2 per cent of the monthly "
    "charge will be deducted for each full percentage point below the target, up to a maximum "
    "of 10 per cent.",
    "4.2 In October 2025 the Contractor attended 93.8 per cent of urgent requests within 60 "
    "minutes. Performance against the new target will be reported monthly to the Custody "
    "Healthcare Contract Board.",
    "5. All other terms",
    "5.1 All other terms and conditions of the contract remain in full force and effect.",
    "Signed for and on behalf of the Authority:",
    "=Name:      Rowena Castleford\n"
    "Position:  Director of Commercial Services\n"
    "Date:      12 January 2026",
    "Signed for and on behalf of the Contractor:",
    "=Name:      Dr Julian Okafor\n"
    "Position:  Managing Director, Meridale Health Partners Limited\n"
    "Date:      14 January 2026",
]


def build_txt_sealed():
    name = "sealed/contract_variation_custody_healthcare_cv04.txt"
    text = paginate_txt(
        CONTRACT_VARIATION_PARAS,
        "OFFICIAL - COMMERCIAL                   MPS/CCJ/2022/0457 CV-04",
        "Contract Variation Notice CV-04 - Custody Healthcare Services",
        lines_per_page=40,
    )
    _write(name, text)
    return name


# ---------------------------------------------------------------------------

BUILDERS_BINARY = [
    build_decision_record_youth_diversion,
    build_committee_report_taser,
    build_letter_neighbourhood_restructure,
    build_action_plan_domestic_abuse,
]

BUILDERS_TEXT = [
    build_news_e_scooters,
    build_markdown_dev,
    build_txt_dev,
    build_briefing_victim_satisfaction,
    build_markdown_sealed,
    build_txt_sealed,
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
