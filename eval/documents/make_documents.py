#!/usr/bin/env python3
"""Generate the 18 evaluation documents under eval/documents/{dev,sealed}/.

All people, organisations, figures and references in these documents are
invented for testing. Re-running this script rewrites byte-identical files:
  - .txt, .md and .html are written from the text in this file;
  - .docx are built with python-docx and re-zipped with fixed timestamps;
  - .pdf are built with reportlab in invariant mode (fixed dates and ids).

Usage:  python make_documents.py      (needs python-docx and reportlab)
"""
from __future__ import annotations

import datetime as dt
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def out_path(half: str, name: str) -> str:
    folder = os.path.join(HERE, half)
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, name)


def write_text(half: str, name: str, text: str) -> None:
    with open(out_path(half, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


# ---------------------------------------------------------------------------
# Plain text "converted from PDF": hard-wrapped, paginated, running header and
# footer, page numbers, optional hyphenation at line ends.
# Source convention: one paragraph per line; blank line = paragraph gap;
# a line starting with "|" is preformatted (kept as is, without the "|");
# a line starting with "• " is a bullet (hanging indent).
# ---------------------------------------------------------------------------

GLUE = "\x00"


def _wrap(par: str, width: int, hyphenate: bool, indent: str = "") -> list[str]:
    # keep an amount and its unit on one line ("£8.4 million", "38 per cent")
    words: list[str] = []
    for w in par.split():
        if words and (w.rstrip(".,;:") in ("million", "cent")
                      or (w == "per" and words[-1][-1:].isdigit())):
            words[-1] += GLUE + w
        else:
            words.append(w)
    lines: list[str] = []
    cur = ""
    first_prefix = ""
    for w in words:
        if not cur:
            cur = (indent if lines else first_prefix) + w
            continue
        if len(cur) + 1 + len(w) <= width:
            cur += " " + w
            continue
        core = w.rstrip(".,;:")
        if hyphenate and core.isalpha() and len(core) >= 9:
            avail = width - len(cur) - 2  # space + hyphen
            k = min(avail, len(w) - 3)
            if k >= 4 and k <= len(core) - 3:
                lines.append(cur + " " + w[:k] + "-")
                cur = indent + w[k:]
                continue
        lines.append(cur)
        cur = indent + w
    if cur:
        lines.append(cur)
    return [line.replace(GLUE, " ") for line in lines]


def build_txt(source: str, header: str, footer: str, page_style: str,
              width: int = 78, per_page: int = 46, hyphenate: bool = False) -> str:
    body: list[str] = []
    for raw in source.strip("\n").split("\n"):
        if raw.startswith("|"):
            body.append(raw[1:])
        elif not raw.strip():
            body.append("")
        elif raw.startswith("• "):
            body.extend(_wrap(raw, width, hyphenate, indent="  "))
        else:
            body.extend(_wrap(raw, width, hyphenate))
    pages = [body[i:i + per_page] for i in range(0, len(body), per_page)]
    n = len(pages)
    out: list[str] = []
    for i, page in enumerate(pages, 1):
        while page and not page[0].strip():
            page = page[1:]
        out.append(header)
        out.append("")
        out.extend(page)
        out.append("")
        out.append(footer)
        if page_style == "of":
            out.append(f"Page {i} of {n}")
        else:
            out.append(f"- {i} -")
        out.append("")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------
# DEV 1: briefing note with a table of yearly counts (txt)
# ---------------------------------------------------------------------------

HATE_CRIME_SRC = """
LONDON BOROUGH OF HARROWMERE
COMMUNITY SAFETY SCRUTINY SUB-COMMITTEE

BRIEFING NOTE

Recorded hate crime in Harrowmere, 2016/17 to 2021/22

Reference: BN 2022/19
Date: 14 September 2022
To: Community Safety Scrutiny Sub-Committee
From: Dr Marcus Teale, Senior Performance Analyst, North East Basic Command Unit (BCU)
Sponsoring officer: Superintendent Joanna Pryce, Neighbourhood Policing Lead
Status: For information

1. Purpose

This note responds to the Sub-Committee's request of 12 July 2022 for a six-year view of hate crime recorded by police in the borough, broken down by the five monitored strands (race, religion, sexual orientation, disability and transgender identity), together with an explanation of the main changes and of the work under way to improve the service given to victims.

2. Summary

Recorded hate crime in Harrowmere rose by around 38 per cent between 2016/17 and 2021/22. The annual total peaked in 2020/21 and fell slightly in the following year. The rise is driven largely by race and religious hate crime, which remains by far the largest strand, but the fastest growth has been in offences against lesbian, gay and bisexual people and against transgender people.

Analysts judge that a substantial part of the increase reflects better recording and a greater willingness to report, rather than a simple rise in offending. Recording standards were tightened after the force's crime data audit in 2018, and the number of third-party reporting centres in the borough has grown from five to fourteen.

3. Recorded offences by strand

Table 1 shows offences flagged as hate crime when they were recorded. An offence can be flagged under more than one strand, so each offence is counted once, under its primary strand. Race and religion are shown together because the crime recording system did not separate them reliably before 2019.

Table 1: Recorded hate crime by primary strand and financial year

|Financial   Race and    Sexual        Disability  Transgender   Total
|year        religion    orientation               identity
|--------------------------------------------------------------------------
|2016/17     1,284       211           64          19            1,578
|2017/18     1,412       246           81          27            1,766
|2018/19     1,497       298           93          35            1,923
|2019/20     1,530       317           88          41            1,976
|2020/21     1,689       352           102         58            2,201
|2021/22     1,603       389           117         66            2,175
|--------------------------------------------------------------------------

Source: CRIMSON crime recording system, extracted on 2 August 2022.

4. Points to note

Analysts have drawn the following points from the figures:

• Sexual orientation hate crime has risen by 84 per cent over the six years.
• Offences against transgender people have more than tripled, although the numbers remain small.
• Disability hate crime remains low compared with estimates from the Crime Survey for England and Wales (CSEW), which points to substantial under-reporting.
• Around a quarter of all hate crimes in 2021/22 took place online or by telephone, compared with about one in ten in 2016/17.
• The spring of 2020 saw a sharp rise in racially aggravated offences linked to the pandemic, mainly directed at people of East and South-East Asian heritage.

5. Outcomes for victims

The charge or summons rate for hate crime fell from 14.9 per cent in 2016/17 to 11.4 per cent in 2021/22. The most common outcome in 2021/22 was "evidential difficulties - victim does not support action", which accounted for 37 per cent of closed cases. Satisfaction among hate crime victims, measured through the borough's telephone call-back survey, stood at 71 per cent in 2021/22.

6. Action being taken

To improve the response to hate crime, the BCU has:

• appointed six dedicated Hate Crime Liaison Officers (HCLOs), one for each of the borough's neighbourhood clusters;
• introduced a call-back to every hate crime victim within 72 hours of the report;
• trained 420 frontline officers and staff in identifying and recording aggravating factors;
• agreed a joint review with the Crown Prosecution Service (CPS) of all hate crime files closed without charge since April 2022; and
• funded, with the Community Safety Partnership (CSP), two new third-party reporting centres at Harrowmere Central Library and the Moorfield Community Hub.

7. Data notes

The 2021/22 figures were extracted before the year-end data quality checks were complete and may change slightly. Figures for earlier years are final. Counts for the monitored strands are not directly comparable with the national statistics published by the Home Office, which count each strand separately.

8. Next steps

The Sub-Committee is invited to note this briefing. A further note covering the first half of 2022/23, including the results of the joint case review with the CPS, will be provided to the Sub-Committee's meeting in March 2023.

Contact: Dr Marcus Teale, Senior Performance Analyst, telephone 020 7946 0321
"""


# ---------------------------------------------------------------------------
# DEV 2: FOI response (txt, hyphenated)
# ---------------------------------------------------------------------------

FOI_BWV_SRC = """
Information Rights Unit
Metropolitan Police Service
PO Box 57192
London SW1P 9FD

Mr Daniel Corrigan
By email only

Date: 9 March 2023
Our reference: 01/FOI/23/031457

Dear Mr Corrigan

Freedom of Information Request Reference No: 01/FOI/23/031457

I write in connection with your request for information which was received by the Metropolitan Police Service (MPS) on 8 February 2023. I note you seek access to the following information:

"1. How many body worn video (BWV) cameras are currently issued to MPS officers?
2. How many times has the Independent Office for Police Conduct (IOPC) requested BWV footage from the MPS in each of the last three calendar years?
3. What is the total value of the current BWV contract and how much does each camera cost?
4. How many cameras were reported lost or damaged in each year from 2019 to 2022?"

DECISION

The MPS has located information relevant to your request. I have decided to disclose the information in part. The unit price paid for each camera is exempt from disclosure under section 43(2) of the Freedom of Information Act 2000 (the Act), which covers information whose release would be likely to prejudice commercial interests. Please see the Legal Annex for the sections of the Act referred to in this letter.

REASONS FOR DECISION

Question 1

As at 1 February 2023, 22,318 BWV cameras were assigned to individual officers. A further 1,450 pooled cameras are held at police stations for use by special constables, officers on temporary duties and visiting officers from other forces.

Question 2

Requests for BWV footage received from the IOPC:

|    Calendar year     Requests received
|    2020              1,146
|    2021              1,309
|    2022              1,387

These figures count each written request once, even where a single request covered footage recorded by more than one officer.

Question 3

The current contract was awarded in April 2021 for five years, running to March 2026, following a competitive tender. The total contract value is £8.4 million, covering the supply of cameras and docking stations, the digital evidence management software and a planned replacement cycle. The contract was awarded to Vantor Systems Ltd.

The unit price of each camera has been withheld. In applying section 43(2), I have considered the public interest. Disclosure would promote transparency about the use of public money. However, the price was negotiated on the basis of commercial confidentiality and the supplier is currently competing for contracts with other police forces. Releasing the unit price would weaken the supplier's position in those competitions, and would weaken the position of the MPS when the contract is retendered. On balance, the public interest favours withholding the unit price. The total contract value, which is disclosed above, allows the public to judge the overall cost to the taxpayer.

Question 4

Cameras reported lost or damaged beyond repair:

|    2019 - 612
|    2020 - 548
|    2021 - 701
|    2022 - 659

The rise in 2021 followed the introduction of a camera mount fixed by magnets, which proved unreliable and was later replaced by a clip mount.

Additional information

You may find it helpful to know that footage which is not needed as evidence is deleted automatically after 31 days. Footage marked as evidence is retained in line with the Management of Police Information (MoPI) guidance. Officers must switch on their cameras when using any police power, including stop and search, and should tell the person that recording has started.

COMPLAINT RIGHTS

Are you unhappy with how your request has been handled, or do you think the decision is incorrect? You have the right to require the MPS to review its decision. Ask for a review by writing to the Information Rights Unit at the address above within 40 working days of the date of this letter. If you remain dissatisfied after the review, you may complain to the Information Commissioner's Office (ICO).

Yours sincerely

Ruth Kavanagh
Information Manager
Information Rights Unit

LEGAL ANNEX

Section 1(1) of the Act provides that any person making a request for information to a public authority is entitled to be informed in writing whether the authority holds information of the description specified in the request, and, if that is the case, to have that information communicated to them.

Section 43(2) of the Act provides that information is exempt information if its disclosure under this Act would, or would be likely to, prejudice the commercial interests of any person, including the public authority holding it.
"""


# ---------------------------------------------------------------------------
# SEALED 1: committee report on estate disposals (txt)
# ---------------------------------------------------------------------------

ESTATE_SRC = """
MAYOR'S OFFICE FOR POLICING AND CRIME
RESOURCES AND ESTATES SUB-COMMITTEE

Date: 12 October 2022
Agenda Item: 7
Title: Disposal of surplus police buildings: progress report
Report by: Gareth Pemberton, Director of Strategic Estates
Contact Officer: Sian Rowlands, Disposals Manager
Classification: Public

1. SUMMARY

1.1 This report updates the Sub-Committee on the sale of police buildings declared surplus under the Public Access and Estates Strategy 2021-2025. Capital receipts of £17.3 million have been achieved since April 2021 from three completed sales, against a target of £60 million by March 2025.

1.2 One further site is under offer, and one is being prepared for sale. The sale of Eastmoor patrol base has been delayed.

2. RECOMMENDATIONS

2.1 The Sub-Committee is asked to:

(a) note the progress made in disposing of surplus buildings;
(b) note the revised timetable for the sale of Eastmoor patrol base; and
(c) agree that Kingsgate police office is first offered to the London Borough of Kingsgate for community use, before it is put on the open market.

3. BACKGROUND

3.1 The Public Access and Estates Strategy identified eleven buildings that were no longer needed for operational policing. Together they cost around £2.4 million a year to run and carried a maintenance backlog of more than £9 million.

3.2 Disposals are carried out in line with the MOPAC Disposals Policy, which requires MOPAC to obtain the best value reasonably available and to consider whether a building could be used by the local community before it is sold.

3.3 Six of the eleven buildings were sold before April 2021 and were reported to the Sub-Committee in previous years. This report covers the remaining five sites.

4. PROGRESS

4.1 Table 1 summarises the position at 30 September 2022.

Table 1: Status of the remaining surplus sites

|Site                           Status               Receipt or estimate
|------------------------------------------------------------------------
|Harlow Street police station   Sold February 2022   £4.75m
|Colliers Lane section house    Sold May 2022        £11.2m
|Penfold Road vehicle garage    Sold August 2022     £1.35m
|Eastmoor patrol base           Under offer          £2.9m (estimate)
|Kingsgate police office        Not yet marketed     To be valued
|------------------------------------------------------------------------

4.2 Harlow Street police station was bought by Riverside Homes Trust, a housing association, which has planning consent for 64 homes, of which 35 per cent will be affordable.

4.3 Colliers Lane section house, which once provided rooms for 120 officers, was sold to a student housing developer after a competitive process that attracted nine bids.

4.4 The sale of Eastmoor patrol base has been delayed by a restrictive covenant dating from 1936 which limits the use of part of the site. Legal advisers expect the covenant to be released by agreement, and completion is now expected in March 2023 rather than December 2022.

4.5 The London Borough of Kingsgate has asked to use Kingsgate police office as a community hub for advice services. Officers propose a three-month period in which the council may make an offer before the building is marketed.

5. FINANCIAL IMPLICATIONS

5.1 All receipts are ring-fenced for the MOPAC capital programme, and in particular for the refurbishment of the retained estate, including two new Basic Command Unit (BCU) headquarters.

5.2 Disposal costs, including agents' and legal fees, have so far totalled £438,000, equivalent to about 2.5 per cent of the receipts achieved.

5.3 Once all five sites are sold, running costs will fall by around £1.1 million a year.

6. RISKS

6.1 The main risks to the disposals programme are:

• a weaker property market as interest rates rise, which could reduce the value of the remaining sites;
• delays in the planning system, especially where a site lies in a conservation area; and
• local opposition to the loss of a police building, which can delay a sale and damage public confidence.

6.2 Each risk is recorded on the Strategic Estates risk register and reviewed monthly by the Estates Programme Board.

7. EQUALITY AND DIVERSITY IMPLICATIONS

7.1 None of the five sites has a public front counter, and their sale does not change the way the public can contact the police. An equality screening was completed for each site and found no adverse impact on any group with protected characteristics.

8. BACKGROUND PAPERS

8.1 Public Access and Estates Strategy 2021-2025 (decision PCD 2021/012).
8.2 Resources and Estates Sub-Committee, 13 October 2021, Item 5: Estate disposals update.
"""


# ---------------------------------------------------------------------------
# SEALED 2: letter about drones (txt, hyphenated)
# ---------------------------------------------------------------------------

DRONE_SRC = """
Metropolitan Police Service
Met Operations
New Scotland Yard
Victoria Embankment
London SW1A 2JL

Georgina Hale AM
Deputy Chair, Police and Crime Committee
London Assembly
City Hall
Kamal Chunchie Way
London E16 1ZE

6 July 2023

Our ref: MO/DRONE/23/0147
Your ref: PCC/GH/0519

Dear Ms Hale,

Police use of drones in London

1. Thank you for your letter of 8 June 2023, following the Committee's meeting on 24 May, asking for further information about how the Metropolitan Police Service (MPS) uses drones, which the Civil Aviation Authority (CAA) refers to as unmanned aircraft systems (UAS).

2. The MPS Drone Unit was set up in 2019 as part of Met Operations. It currently has 36 aircraft and 74 trained remote pilots, working from four hubs in the north, south, east and west of London. Every pilot holds the General Visual Line of Sight Certificate (GVC) and must complete refresher training each year.

3. In 2022 our drones were deployed 1,238 times. The table below shows the purpose of each deployment:

|    Purpose of deployment                    Deployments
|    Missing and vulnerable people            486
|    Searches for suspects                    351
|    Crime scene and collision photography    186
|    Public order and large events            127
|    Fires and major incidents                88

4. Searching for missing people is where drones add most value. A drone with a thermal imaging camera can search an area of open land in minutes that would take a team of officers several hours. In 2022 drones directly contributed to finding 63 missing people, 19 of whom were assessed as being at high risk.

5. You asked specifically about protests. Drones are used at protests only where there is a risk to public safety, for example dangerous crowd density at a static location, and each deployment must be authorised by an officer of at least the rank of superintendent. Drones are not used to identify individual protesters, and the MPS does not apply facial recognition technology to drone footage.

6. Before each flight, the remote pilot must:

• complete a site risk assessment and check for airspace restrictions;
• record the purpose of the flight and the name of the authorising officer;
• tell the local policing team, where it is safe to do so; and
• make sure that the aircraft's lights and police markings are clearly visible.

7. Footage that is not needed as evidence is deleted after 30 days. Every flight is logged, and the logs are audited each quarter by the Drone Unit's standards officer.

8. The MPS published a Data Protection Impact Assessment (DPIA) for its drone operations in March 2023, and a summary written for the public is available on the MPS website.

9. The Drone Unit cost £1.9 million to run in 2022/23, of which £1.2 million was staff costs. The remainder covers aircraft, batteries, insurance, maintenance and training.

10. I hope this information is helpful. I would be happy to arrange for members of the Committee to visit the Drone Unit and see a demonstration flight.

Yours sincerely,

Rosalind Achebe
Commander, Met Operations
"""


def make_txt() -> None:
    write_text("dev", "briefing_note_hate_crime_trends.txt", build_txt(
        HATE_CRIME_SRC,
        header="OFFICIAL                                       Briefing Note BN 2022/19",
        footer="Hate crime in Harrowmere - briefing for the Community Safety Scrutiny Sub-Committee",
        page_style="of"))
    write_text("dev", "foi_response_body_worn_video.txt", build_txt(
        FOI_BWV_SRC,
        header="Metropolitan Police Service - Information Rights Unit",
        footer="FOI 01/FOI/23/031457 - body worn video - OFFICIAL",
        page_style="dash", hyphenate=True))
    write_text("sealed", "committee_report_estate_disposals.txt", build_txt(
        ESTATE_SRC,
        header="Resources and Estates Sub-Committee                      12 October 2022",
        footer="Agenda Item 7 - Disposal of surplus police buildings",
        page_style="dash"))
    write_text("sealed", "letter_drone_deployment_assembly.txt", build_txt(
        DRONE_SRC,
        header="OFFICIAL                                     Met Operations - MO/DRONE/23/0147",
        footer="Metropolitan Police Service | Police use of drones in London",
        page_style="of", hyphenate=True))


# ---------------------------------------------------------------------------
# Markdown documents
# ---------------------------------------------------------------------------

CONSULTATION_MD = """# Summary of consultation responses: police station front counter opening hours

**Mayor's Office for Policing and Crime (MOPAC)**

- **Reference:** CONS/2021/03
- **Published:** 22 October 2021
- **Consultation lead:** Fiona Marchetti, Head of Engagement
- **Consultation period:** 12 July 2021 to 5 September 2021

## 1. About the consultation

MOPAC and the Metropolitan Police Service (MPS) asked Londoners for their views on proposed changes to the network of police station front counters. The consultation ran for eight weeks. People could respond through an online survey, on paper or by email, and at 14 public meetings held across the affected boroughs.

The financial case for the proposals was set out in the consultation document and is not repeated in this summary.

We consulted on four proposals:

1. Close the nine front counters that receive the fewest visits.
2. Keep at least one front counter open 24 hours a day in each Basic Command Unit (BCU).
3. Introduce appointment-only "contact points" in public libraries.
4. Expand online reporting and offer video appointments with officers.

## 2. Who responded

We received 2,847 responses in total:

- 2,316 through the online survey;
- 412 on paper or by email; and
- 119 from organisations, including ward panels, residents' associations and two borough councils.

Around 640 people attended the public meetings. Comments made at the meetings were recorded and analysed alongside the written responses but are not included in the count above.

Of the respondents who gave their age, 27 per cent were aged 65 or over, a much higher share than in London's adult population.

## 3. Views on the proposals

| Proposal | Agree | Disagree | Don't know |
|---|---|---|---|
| Close the nine least-used front counters | 31% | 58% | 11% |
| Keep a 24-hour counter in each BCU | 64% | 22% | 14% |
| Contact points in public libraries | 47% | 36% | 17% |
| More online reporting and video appointments | 55% | 29% | 16% |

Respondents aged 65 and over were the group most opposed to closing counters: 72 per cent of them disagreed with the first proposal. Support for online reporting and video appointments was highest among people aged 18 to 34.

MPS footfall data show that each of the nine counters proposed for closure received fewer than three visitors an hour on average in 2020/21. Across London, front counters took 4 per cent of all crime reports in that year.

## 4. Main themes

Respondents who opposed the closures most often raised the following concerns:

- older and disabled residents who do not use the internet would find it harder to report crime;
- journeys to the nearest open counter would be much longer, particularly from Westcombe and Hollins Green, where the nearest alternative is more than 40 minutes away by public transport;
- the loss of a visible, reassuring police presence in town centres; and
- the need for a safe place to report domestic abuse in person.

Respondents who supported the changes said that online reporting and video appointments were more convenient, especially for people who work during the day, and that police time should be spent on patrol rather than staffing empty counters.

## 5. Our response

Having considered the responses, MOPAC will change the proposals as follows:

1. Seven front counters, not nine, will close. The counters at Westcombe and Hollins Green will stay open on weekdays from 10am to 6pm.
2. Each BCU will keep one counter open 24 hours a day, as proposed.
3. Contact points will be piloted in six libraries from April 2022 before any wider roll-out.
4. The Equality Impact Assessment (EIA) will be updated to reflect what older and disabled residents told us.

## 6. Next steps

The Deputy Mayor for Policing and Crime will take the final decision in December 2021. The decision and the updated EIA will be published on the MOPAC website. We would like to thank everyone who took part.
"""

MINUTES_MD = """# Joint Audit Panel

## Minutes of the meeting held on Tuesday 15 March 2022

**Time:** 10:00 to 12:15
**Venue:** Committee Room 3, Palestra House, and by video link
**Minute reference:** JAP/2022/02

### Present

- Margaret Olusanya (Chair, Independent Member)
- Dr Keith Armitage (Independent Member)
- Sunita Varma (Independent Member)
- Graham Lowther (Independent Member)

### In attendance

- Helen Fairclough, Chief Finance Officer, MOPAC
- Rebecca Cole, Director of Audit, Risk and Assurance
- Tom Barraclough, Engagement Lead, Harlow & Pike LLP (external auditor)
- Amira Youssef, Panel Secretary

### Apologies

- Lisa Mendes, Chief Finance Officer, MPS
- Dr Peter Okoro, Independent Member

## 1. Welcome and declarations of interest

1.1 The Chair welcomed members and officers. No declarations of interest were made.

## 2. Minutes of the previous meeting

2.1 The minutes of the meeting held on 7 December 2021 were agreed as an accurate record.

## 3. Internal audit progress report

3.1 Rebecca Cole reported that 14 of the 19 audits in the 2021/22 internal audit plan had reached final report stage. The remaining five were at draft report stage and would be finalised by the end of April.

3.2 Two audits had received a limited assurance opinion:

- overtime payments, where 11 per cent of the claims tested had not been authorised by a supervisor before payment; and
- seized property stores, where stock checks at three stores had not been completed for more than a year.

3.3 Members asked how quickly the overtime issues would be fixed. Helen Fairclough said that monthly exception reports would be sent to every Basic Command Unit from April 2022, and that payroll would reject claims without a recorded authorisation.

3.4 The Panel noted the report.

## 4. Corporate risk register

4.1 The Panel reviewed the corporate risk register. The highest-rated risks were:

1. officer recruitment and retention;
2. cyber security and the resilience of older IT systems; and
3. the condition of the custody estate.

4.2 Members asked for a deep-dive on cyber security at a future meeting (see action JAP/22/07).

## 5. External audit plan 2021/22

5.1 Tom Barraclough presented the external audit plan. Planning materiality had been set at £38.5 million. The proposed audit fee for 2021/22 was £142,500, which reflected the additional work required by the revised auditing standard on risk assessment.

5.2 The Panel approved the external audit plan and noted the fee.

## 6. Any other business

6.1 The Chair thanked Graham Lowther, who was attending his last meeting after eight years as an independent member, for his contribution to the Panel.

## Action log

| Ref | Action | Owner | Due |
|---|---|---|---|
| JAP/22/05 | Circulate the overtime audit report and management response to all members | Rebecca Cole | 31 March 2022 |
| JAP/22/06 | Brief the Panel on improvements at the seized property stores | Lisa Mendes | June 2022 meeting |
| JAP/22/07 | Present a deep-dive on cyber security risk | Chief Information Officer | September 2022 meeting |
| JAP/22/08 | Start recruitment of a replacement independent member | Amira Youssef | 30 April 2022 |

## Date of next meeting

Tuesday 21 June 2022 at 10:00.

*Signed as a correct record: Margaret Olusanya, Chair*
"""

SOCIAL_MEDIA_MD = """# Policy summary: use of social media by officers and staff

| Item | Detail |
|---|---|
| Document reference | DPS-POL-014 (version 2.1) |
| Effective from | 1 April 2023 |
| Policy owner | Directorate of Professional Standards (DPS) |
| Approved by | Professional Standards Board, 9 March 2023 |
| Summary prepared by | Eleanor Voss, Policy Officer, DPS |
| Next review | by 31 March 2025 |

## 1. Why this policy matters

Social media helps the Metropolitan Police Service (MPS) talk to the public, appeal for witnesses and explain what officers do. However, inappropriate posts and messages by a small number of officers and staff have caused serious harm to public trust. This summary sets out what the revised policy requires. It does not replace the full policy, which is available on the intranet.

## 2. Who the policy applies to

The policy applies to:

- police officers, including special constables;
- police staff;
- Police Support Volunteers; and
- contractors and agency workers who have access to MPS systems.

It covers personal accounts as well as corporate accounts, and private messaging groups as well as public posts.

## 3. What you must and must not do

Under the policy, officers and staff must:

- set the privacy settings on personal accounts to the highest level available;
- use only approved corporate accounts for official messages;
- report any abusive or threatening contact received online to their line manager within 24 hours;
- tell their line manager if a personal post about their work attracts media attention; and
- complete the Digital Conduct e-learning module every two years.

Officers and staff must not:

- post photographs taken on duty, including photographs of colleagues, vehicles or crime scenes;
- comment on live investigations or court cases;
- share discriminatory content, even in private or closed groups; or
- accept friend requests from people they know to be under investigation.

## 4. Corporate accounts

New corporate accounts must be approved by the Media and Communications department. At the time of writing there are 312 approved corporate accounts, most of them run by Safer Neighbourhood Teams. Each account must have at least two named administrators, and passwords must be changed when an administrator leaves the team.

## 5. Reporting concerns

If you see a post or message by a colleague that may break this policy:

1. speak to your line manager, if it is appropriate to do so;
2. otherwise, contact the DPS Integrity Line, which is confidential;
3. or use SpeakUp, the anonymous online reporting tool.

Conduct that may be criminal, or that meets the referral criteria, is referred by the DPS to the Independent Office for Police Conduct (IOPC).

## 6. Misconduct cases involving social media

| Financial year | Cases | Gross misconduct hearings | Dismissals |
|---|---|---|---|
| 2019/20 | 37 | 12 | 5 |
| 2020/21 | 52 | 19 | 8 |
| 2021/22 | 61 | 24 | 13 |
| 2022/23 | 48 | 16 | 9 |

A case can involve more than one person. Dismissals include officers who would have been dismissed had they not already resigned or retired.

## 7. What has changed in version 2.1

- Private messaging groups are now explicitly covered.
- The reporting time for abusive contact has been shortened to 24 hours.
- The e-learning module must now be repeated every two years instead of every three.
"""

CALLS_MD = """# Briefing: 999 and 101 call handling performance, April to June 2023

**Reference:** CCC/BR/23/11
**Date:** 18 July 2023
**To:** Policing Operations Board
**From:** Superintendent Grace Lindqvist, Head of Contact Performance, Central Communications Command (CCC)
**Security marking:** OFFICIAL

## Purpose

This briefing sets out call handling performance for the first quarter of 2023/24, explains why performance fell in June and describes the recovery plan. It is for information; no decision is required.

## Background

The Central Communications Command handles every 999 and 101 call made to the Metropolitan Police Service (MPS), from three contact centres that operate around the clock. Emergency calls are prioritised over non-emergency calls at all times, so when 999 demand rises, 101 callers wait longer. Call handlers also answer online reports and social media messages, which are not included in the figures below.

## Summary

The national standard is to answer 90 per cent of 999 calls within 10 seconds. The CCC did not meet this standard in any month of the quarter, and performance worsened each month. Waiting times for the non-emergency 101 number also rose sharply. In June, 28 per cent of 101 callers hung up before their call was answered.

## Performance in April to June 2023

| Month | 999 calls received | 999 answered within 10 seconds | 101 calls received | Average 101 wait |
|---|---|---|---|---|
| April 2023 | 182,406 | 86.2% | 201,553 | 9 min 41 s |
| May 2023 | 195,077 | 84.9% | 208,912 | 11 min 05 s |
| June 2023 | 211,340 | 81.7% | 215,634 | 14 min 22 s |

## Why performance fell

Three factors explain most of the decline:

- **Higher demand.** The hot weather in June brought a rise in 999 calls of 16 per cent compared with June 2022, mostly about disorder, missing people and water rescues.
- **Vacancies.** There were 63 call handler vacancies against an establishment of 1,140 posts.
- **New technology.** The new command and control system went live on 15 May 2023. While staff became familiar with it, the average time to handle a call rose by around 40 seconds.

## Recovery plan

1. Recruit two intakes of 45 call handlers, starting in September and November 2023.
2. Redeploy 30 trained staff from other departments to the CCC at peak times until the end of October 2023.
3. Promote online reporting through the Single Online Home (SOH) website, so that fewer non-urgent matters are reported by telephone.
4. Introduce a call-back option for 101 callers by December 2023, so that callers do not have to wait on the line.

## Risks

The main risk to the plan is the time it takes to train new call handlers, which is currently 14 weeks. A second risk is that demand remains high into the autumn.

## Next report

The next briefing, covering July to September 2023, will be presented to the Board in October 2023.
"""


def make_md() -> None:
    write_text("dev", "consultation_summary_front_counters.md", CONSULTATION_MD)
    write_text("dev", "minutes_joint_audit_panel_march_2022.md", MINUTES_MD)
    write_text("sealed", "policy_summary_social_media_use.md", SOCIAL_MEDIA_MD)
    write_text("sealed", "briefing_call_handling_performance.md", CALLS_MD)


# ---------------------------------------------------------------------------
# HTML documents: full web pages
# ---------------------------------------------------------------------------

def html_page(*, title: str, site: str, nav: list[str], crumbs: list[str],
              article: str, sidebar_title: str, sidebar: list[str],
              footer_links: list[str], copyright_line: str) -> str:
    nav_html = "\n".join(f'        <li><a href="#">{n}</a></li>' for n in nav)
    crumb_html = "\n".join(
        (f'      <li><a href="#">{c}</a></li>' if i < len(crumbs) - 1
         else f'      <li aria-current="page">{c}</li>')
        for i, c in enumerate(crumbs))
    side_html = "\n".join(f'        <li><a href="#">{s}</a></li>' for s in sidebar)
    foot_html = "\n".join(f'      <li><a href="#">{f}</a></li>' for f in footer_links)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title} | {site}</title>
  <link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
  <div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookies on this website">
    <p>We use some essential cookies to make this website work. We would also like to set analytics cookies to understand how you use the site and improve our services.</p>
    <button type="button">Accept analytics cookies</button>
    <button type="button">Reject analytics cookies</button>
    <a href="#">View cookie settings</a>
  </div>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <a class="logo" href="#">{site}</a>
    <nav class="main-nav" aria-label="Main menu">
      <ul>
{nav_html}
      </ul>
    </nav>
    <form class="search" role="search"><label for="q">Search this site</label><input id="q" type="search"><button>Search</button></form>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
{crumb_html}
    </ol>
  </nav>
  <div class="page">
    <main id="main">
{article}
    </main>
    <aside class="sidebar">
      <h2>{sidebar_title}</h2>
      <ul>
{side_html}
      </ul>
    </aside>
  </div>
  <footer class="site-footer">
    <ul class="footer-links">
{foot_html}
    </ul>
    <p>{copyright_line}</p>
  </footer>
</body>
</html>
"""


MET_NAV = ["Home", "Report a crime", "Contact us", "News", "Advice and information",
           "Your area", "Careers", "About us"]
MET_FOOTER = ["Accessibility", "Privacy notice", "Cookies", "Terms and conditions",
              "Freedom of information", "Complaints", "Contact us"]

CYCLE_ARTICLE = """      <article>
        <h1>Operation Spokeshave: 214 arrests as police target bike thieves</h1>
        <p class="meta">Published: <time datetime="2023-05-03">3 May 2023</time> &middot; Crime prevention &middot; Central London</p>
        <p>Officers from the Cycle Crime Unit and the Safer Transport Teams (STT) have arrested 214 people in the first four months of Operation Spokeshave, a crackdown on bicycle theft across central London.</p>
        <p>The operation began in January 2023 in response to a rise in thefts of expensive road bikes and electric bikes from railway stations, offices and residential bike stores. Officers have used plain-clothes patrols, tracked bikes fitted with hidden GPS devices and worked with online marketplaces to identify people selling stolen bikes.</p>
        <blockquote>
          <p>"Bike theft is often treated as a minor crime, but for many Londoners their bike is how they get to work. We are going after the people who steal bikes to order and the people who sell them on," said Detective Inspector Carla Brennan, who leads the operation.</p>
        </blockquote>
        <h2>Results so far</h2>
        <table>
          <caption>Operation Spokeshave, January to April 2023</caption>
          <thead>
            <tr><th>Month</th><th>Bikes recovered</th><th>Arrests</th><th>Bike marking events</th></tr>
          </thead>
          <tbody>
            <tr><td>January 2023</td><td>86</td><td>41</td><td>12</td></tr>
            <tr><td>February 2023</td><td>97</td><td>52</td><td>15</td></tr>
            <tr><td>March 2023</td><td>133</td><td>68</td><td>19</td></tr>
            <tr><td>April 2023</td><td>121</td><td>53</td><td>17</td></tr>
            <tr><td>Total</td><td>437</td><td>214</td><td>63</td></tr>
          </tbody>
        </table>
        <p>Of the bikes recovered, 289 have already been returned to their owners, in most cases because the bike had been registered. Three organised groups that stole bikes to order have been disrupted, and officers have also seized more than 40 stolen e-bike batteries.</p>
        <h2>Protect your bike</h2>
        <p>Most bikes are stolen from outside homes and workplaces. To make your bike harder to steal:</p>
        <ul>
          <li>use two good-quality locks of different types, ideally a D-lock and a chain;</li>
          <li>lock your bike to an immovable object such as a Sheffield stand, through the frame and both wheels;</li>
          <li>avoid leaving your bike in the same place overnight on a regular basis; and</li>
          <li>remove quick-release parts such as the front wheel, saddle and lights.</li>
        </ul>
        <h2>Register your bike</h2>
        <p>A registered bike is far more likely to be returned to you if it is stolen and found. To register your bike:</p>
        <ol>
          <li>Find the frame number, which is usually stamped underneath the bottom bracket.</li>
          <li>Register the bike free of charge on BikeRegister, the national cycle database.</li>
          <li>Take a clear photograph of the bike and any distinctive features.</li>
          <li>Keep your proof of purchase in a safe place.</li>
        </ol>
        <p>Free bike marking events will continue throughout the summer. Details are published on your local Safer Neighbourhood Team's page.</p>
        <h2>Report a stolen bike</h2>
        <p>If your bike has been stolen, report it online or call 101. Always call 999 in an emergency or if a crime is happening now.</p>
      </article>"""

CDI_ARTICLE = """      <article>
        <h1>Crime data integrity inspection: our action plan and progress</h1>
        <p class="meta">Last updated: <time datetime="2023-06-30">30 June 2023</time> &middot; Page owner: Force Crime Registrar</p>
        <p>In February 2023 His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) published its report on how accurately the Metropolitan Police Service (MPS) records crime. The inspection took place in October and November 2022.</p>
        <p>Inspectors estimated that the MPS recorded 89.4 per cent of the crimes reported to it, and graded the force as requires improvement. This page sets out what we are doing in response and will be updated every six months.</p>
        <h2>What the inspectors found</h2>
        <ul>
          <li>Violent crime was recorded accurately in an estimated 86.1 per cent of cases.</li>
          <li>Sexual offences were recorded more accurately, at an estimated 92.7 per cent.</li>
          <li>Stalking, harassment and controlling or coercive behaviour were often missed when they were reported alongside another crime.</li>
          <li>Most decisions to cancel a recorded crime were correct.</li>
        </ul>
        <h2>Recommendations and our actions</h2>
        <p>The report made four recommendations and two areas for improvement (AFIs). An area for improvement is a less serious finding than a recommendation, but we are treating both in the same way.</p>
        <table>
          <thead>
            <tr><th>Ref</th><th>What HMICFRS asked for</th><th>Our action</th><th>Lead</th><th>Deadline</th><th>Status</th></tr>
          </thead>
          <tbody>
            <tr><td>R1</td><td>Record reports of violent crime within 24 hours of first contact</td><td>Daily audit of incident logs that have not been turned into crime reports</td><td>Force Crime Registrar</td><td>31 August 2023</td><td>In progress</td></tr>
            <tr><td>R2</td><td>Record stalking, harassment and coercive behaviour when reported with other crimes</td><td>Change the crime recording system so that it prompts officers to consider these crimes</td><td>Chief Information Officer</td><td>30 September 2023</td><td>In progress</td></tr>
            <tr><td>R3</td><td>Train call handlers and officers in the Home Office Counting Rules (HOCR)</td><td>New mandatory e-learning module for all frontline staff</td><td>Head of Learning and Development</td><td>31 July 2023</td><td>Complete</td></tr>
            <tr><td>R4</td><td>Improve supervision of crime recording decisions</td><td>Supervisors to check a sample of decisions each week</td><td>Detective Chief Superintendent, Public Protection</td><td>31 December 2023</td><td>Not started</td></tr>
            <tr><td>AFI1</td><td>Record crimes reported by other agencies, such as social services</td><td>Single referral inbox with a two-day recording target</td><td>Force Crime Registrar</td><td>31 October 2023</td><td>In progress</td></tr>
            <tr><td>AFI2</td><td>Tell victims whether their crime has been recorded</td><td>Automatic text message with the crime reference number</td><td>Head of Victim Care</td><td>30 November 2023</td><td>In progress</td></tr>
          </tbody>
        </table>
        <h2>What we have done so far</h2>
        <ul>
          <li>Recruited 12 additional crime recording auditors, who started work in April 2023.</li>
          <li>Launched the HOCR e-learning module, which 94 per cent of frontline officers had completed by 31 May 2023.</li>
          <li>Introduced a weekly recording accuracy dashboard for every Basic Command Unit (BCU) commander.</li>
        </ul>
        <h2>Next steps</h2>
        <ol>
          <li>Re-audit violent crime recording in September 2023 to measure progress against recommendation R1.</li>
          <li>Report progress to the Crime Data Integrity Board, chaired by the Deputy Commissioner.</li>
          <li>Publish the next update on this page in December 2023.</li>
        </ol>
        <h2>Contact</h2>
        <p>Questions about this action plan can be sent to the Force Crime Registrar, Anil Bhattacharya, using the contact form.</p>
      </article>"""

DOGS_ARTICLE = """      <article>
        <h1>Police dogs: numbers, breeds and costs</h1>
        <dl class="foi-meta">
          <dt>Request reference</dt><dd>FOI-2023-04417</dd>
          <dt>Request received</dt><dd>20 March 2023</dd>
          <dt>Date of response</dt><dd>14 April 2023</dd>
          <dt>Outcome</dt><dd>Information disclosed in part</dd>
        </dl>
        <h2>Request</h2>
        <p>The requester asked for the following information:</p>
        <ol>
          <li>How many police dogs does the force currently have, broken down by role?</li>
          <li>How many of the dogs were bred by the force, and how many were bought or donated?</li>
          <li>What was the total cost of the Dog Support Unit in 2021/22 and 2022/23?</li>
          <li>How many dogs retired in 2022, and what happens to them after retirement?</li>
          <li>Where are the force's kennels located?</li>
        </ol>
        <h2>Response</h2>
        <h3>Question 1</h3>
        <p>At 1 April 2023 the Dog Support Unit had the following dogs:</p>
        <table>
          <thead>
            <tr><th>Role</th><th>Number of dogs</th><th>Most common breed</th></tr>
          </thead>
          <tbody>
            <tr><td>General purpose</td><td>96</td><td>German Shepherd</td></tr>
            <tr><td>Drugs detection</td><td>24</td><td>Springer Spaniel</td></tr>
            <tr><td>Explosives detection</td><td>41</td><td>Labrador Retriever</td></tr>
            <tr><td>Firearms support</td><td>12</td><td>Belgian Malinois</td></tr>
            <tr><td>Victim recovery</td><td>3</td><td>Cocker Spaniel</td></tr>
            <tr><td>Total</td><td>176</td><td>-</td></tr>
          </tbody>
        </table>
        <h3>Question 2</h3>
        <p>Of these dogs, 108 were bred at the force's breeding centre at Hollowmere, 52 were bought from approved breeders and 16 were donated by members of the public.</p>
        <h3>Question 3</h3>
        <p>The total cost of the Dog Support Unit was £6.6 million in 2021/22 and £6.9 million in 2022/23. Staff costs account for about 80 per cent of the total. The rest covers food, veterinary care, kennels, vehicles and training.</p>
        <h3>Question 4</h3>
        <p>In 2022, 19 dogs retired from police work. Most police dogs work for between six and eight years. When a dog retires it normally stays with its handler, who becomes its owner for a nominal fee of £1. The force contributes up to £1,500 towards veterinary costs over the rest of the dog's life.</p>
        <h3>Question 5</h3>
        <p>The location of the force's kennels is withheld under section 31(1)(a) of the Freedom of Information Act 2000 (prevention or detection of crime). Publishing the locations could help people who want to harm the dogs or steal specialist equipment. We have considered the public interest and concluded that it favours withholding this information.</p>
        <h2>Your right to a review</h2>
        <p>If you are dissatisfied with this response, you may ask for an internal review within 40 working days. If you are still unhappy after the review, you can complain to the Information Commissioner's Office (ICO).</p>
        <p>Decision maker: Priyanka Shah, Senior Information Officer, Information Rights Unit</p>
      </article>"""

FRAUD_ARTICLE = """      <article>
        <h1>Courier fraud warning as older Londoners lose £6.4 million in a year</h1>
        <p class="meta">Published: <time datetime="2023-10-11">11 October 2023</time> &middot; Fraud &middot; London-wide</p>
        <p>Detectives are urging families to talk to older relatives about courier fraud after new figures showed that victims in London lost £6.4 million to the scam in 2022/23.</p>
        <p>In courier fraud, a criminal telephones the victim pretending to be a police officer or a member of bank staff. The victim is persuaded to withdraw cash, buy gold or hand over their bank card, which is then collected from their home by a courier.</p>
        <blockquote>
          <p>"These criminals are ruthless and deliberately target older people who live alone. Police officers will never ask you to hand over money or your bank card, and they will never send a courier to collect it," said Detective Chief Inspector Malik Farouk, who leads Operation Hearthstone, the force's courier fraud team.</p>
        </blockquote>
        <h2>Courier fraud in London</h2>
        <table>
          <thead>
            <tr><th>Financial year</th><th>Reports</th><th>Losses</th><th>Average age of victim</th></tr>
          </thead>
          <tbody>
            <tr><td>2020/21</td><td>1,134</td><td>£5.8m</td><td>79</td></tr>
            <tr><td>2021/22</td><td>1,376</td><td>£7.1m</td><td>81</td></tr>
            <tr><td>2022/23</td><td>1,209</td><td>£6.4m</td><td>83</td></tr>
          </tbody>
        </table>
        <p>Since April 2023, officers have arrested 47 couriers and recovered £410,000 in cash and gold. The Banking Protocol, a partnership with banks and building societies that trains counter staff to spot customers who may be under the control of a fraudster, prevented £2.3 million in losses in London in 2022/23.</p>
        <h2>Warning signs</h2>
        <p>Be suspicious if:</p>
        <ul>
          <li>a caller says they are a police officer or from your bank and asks for your help with an investigation;</li>
          <li>you are told to withdraw cash, buy gold or hand over your bank card;</li>
          <li>you are told not to tell your family or bank staff what is happening; or</li>
          <li>a courier or taxi is sent to collect money or items from your home.</li>
        </ul>
        <h2>What to do if you get a call</h2>
        <ol>
          <li>Hang up. The police and your bank will never ask for your PIN or bank card, or ask you to withdraw money.</li>
          <li>Wait five minutes, or use a different phone, before calling back, because criminals can keep the line open.</li>
          <li>Call your bank on the number on the back of your card.</li>
          <li>Report it to Action Fraud or call 101. If a courier is on the way to your home, call 999.</li>
        </ol>
        <p>Relatives and carers can download a free leaflet to print and leave by the phone.</p>
      </article>"""


def make_html() -> None:
    write_text("dev", "news_page_cycle_theft_operation.html", html_page(
        title="Operation Spokeshave: 214 arrests as police target bike thieves",
        site="Metropolitan Police", nav=MET_NAV,
        crumbs=["Home", "News", "2023", "May", "Operation Spokeshave"],
        article=CYCLE_ARTICLE, sidebar_title="Related news",
        sidebar=["Two charged after e-bike battery fire in Holborn",
                 "Safer Transport Teams step up patrols at bus stations",
                 "How to report a stolen vehicle",
                 "Advice: keeping your home secure"],
        footer_links=MET_FOOTER,
        copyright_line="&copy; Metropolitan Police Service 2023. All rights reserved."))
    write_text("dev", "inspection_action_plan_crime_data_integrity.html", html_page(
        title="Crime data integrity inspection: our action plan",
        site="Metropolitan Police", nav=MET_NAV,
        crumbs=["Home", "About us", "Inspections", "Crime data integrity"],
        article=CDI_ARTICLE, sidebar_title="Inspections and reviews",
        sidebar=["PEEL inspection reports", "Custody inspection action plan",
                 "Vetting and counter-corruption inspection", "Our performance data"],
        footer_links=MET_FOOTER,
        copyright_line="&copy; Metropolitan Police Service 2023. All rights reserved."))
    write_text("sealed", "foi_disclosure_police_dogs.html", html_page(
        title="Police dogs: numbers, breeds and costs (FOI-2023-04417)",
        site="Metropolitan Police", nav=MET_NAV,
        crumbs=["Home", "Freedom of information", "Disclosure log", "2023", "Police dogs"],
        article=DOGS_ARTICLE, sidebar_title="Recent disclosures",
        sidebar=["Horses in the Mounted Branch", "Marine Policing Unit boats",
                 "Helicopter flying hours", "Police vehicle collisions"],
        footer_links=MET_FOOTER,
        copyright_line="&copy; Metropolitan Police Service 2023. All rights reserved."))
    write_text("sealed", "news_page_courier_fraud_warning.html", html_page(
        title="Courier fraud warning as older Londoners lose £6.4 million in a year",
        site="Metropolitan Police", nav=MET_NAV,
        crumbs=["Home", "News", "2023", "October", "Courier fraud warning"],
        article=FRAUD_ARTICLE, sidebar_title="Fraud advice",
        sidebar=["Romance fraud: signs to look out for", "Investment scams",
                 "Protecting older relatives from scams", "Report fraud to Action Fraud"],
        footer_links=MET_FOOTER,
        copyright_line="&copy; Metropolitan Police Service 2023. All rights reserved."))


# ---------------------------------------------------------------------------
# DOCX documents (python-docx). Blocks:
#   ("title", text) ("h1", text) ("h2", text) ("h3", text) ("p", text)
#   ("num", text) -> List Number, ("bul", text) -> List Bullet,
#   ("table", [header_row, row, ...]), ("kv", label, value) -> bold label
# ---------------------------------------------------------------------------

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def _rezip_fixed(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def build_docx(path: str, *, blocks: list, header: str, footer: str,
               title: str, author: str, created: dt.datetime,
               subject: str = "", keywords: str = "") -> None:
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer

    for block in blocks:
        kind = block[0]
        if kind == "title":
            doc.add_paragraph(block[1], style="Title")
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "num":
            doc.add_paragraph(block[1], style="List Number")
        elif kind == "bul":
            doc.add_paragraph(block[1], style="List Bullet")
        elif kind == "kv":
            para = doc.add_paragraph()
            para.add_run(block[1]).bold = True
            para.add_run(block[2])
        elif kind == "table":
            rows = block[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = value
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            # mark the first row as a header row that repeats on each page
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            tbl_header = OxmlElement("w:tblHeader")
            tbl_header.set(qn("w:val"), "true")
            tr_pr.append(tbl_header)
            doc.add_paragraph("")
        else:
            raise ValueError(kind)

    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.revision = 1
    cp.subject = subject
    cp.keywords = keywords
    cp.comments = "Fictional document generated for evaluation"

    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as fh:
        fh.write(_rezip_fixed(buf.getvalue()))


CCTV_BLOCKS = [
    ("p", "MAYOR OF LONDON - OFFICE FOR POLICING AND CRIME"),
    ("title", "MOPAC DECISION - PCD 2021/087"),
    ("h1", "Upgrade of public space CCTV in five town centres"),
    ("kv", "Decision number: ", "PCD 2021/087"),
    ("kv", "Report by: ", "Daniel Whitcombe, Head of Capital Programmes"),
    ("kv", "Contact Officer: ", "Leila Harcourt, Programme Manager, Capital Programmes"),
    ("kv", "Date of decision: ", "19 August 2021"),
    ("h2", "Executive summary"),
    ("p", "Public space CCTV in five London town centres still relies on analogue cameras installed between 2004 and 2009. The cameras are monitored by borough control rooms, and their footage is used by the Metropolitan Police Service (MPS) in around 6,300 investigations a year. Many of the cameras are now unreliable and spare parts are no longer made."),
    ("p", "This decision approves MOPAC capital funding to replace 412 analogue cameras with high-definition digital cameras and to upgrade the links between the cameras, the borough control rooms and the MPS, working in partnership with the five boroughs concerned."),
    ("h2", "Recommendation"),
    ("p", "The Deputy Mayor for Policing and Crime is recommended to approve capital expenditure of up to £1.86 million over 2021/22 and 2022/23 for the upgrade of public space CCTV in five town centres, to be paid as grants to the boroughs."),
    ("h2", "Deputy Mayor for Policing and Crime"),
    ("p", "I confirm I have considered whether or not I have any personal or prejudicial interest in this matter and take the proposed decision in compliance with the Code of Conduct. Any such interests are recorded below."),
    ("p", "The above request has my approval."),
    ("kv", "Signature: ", "[signed]"),
    ("kv", "Name: ", "Shauna Ellery, Deputy Mayor for Policing and Crime"),
    ("kv", "Date: ", "19 August 2021"),
    ("h2", "Part 1 - Non-confidential facts and advice to the DMPC"),
    ("h3", "1. Introduction and background"),
    ("p", "Public space CCTV is owned and run by the London boroughs, but it is one of the most important sources of evidence for the MPS. The five town centres covered by this decision have some of the highest levels of robbery and violence in the night-time economy in their boroughs."),
    ("p", "The five town centres are:"),
    ("bul", "Ashcombe"),
    ("bul", "Bramley Cross"),
    ("bul", "Fenwick Green"),
    ("bul", "Harrowmere Central"),
    ("bul", "Stanton Vale"),
    ("p", "At any one time around 23 per cent of the cameras in these town centres are out of service, and footage still has to be copied to DVD before it can be given to investigators."),
    ("h3", "2. Issues for consideration"),
    ("p", "The upgrade will:"),
    ("bul", "replace 412 analogue cameras with high-definition digital cameras;"),
    ("bul", "replace ageing copper cabling with fibre and wireless links;"),
    ("bul", "allow footage to be shared with the MPS digitally, ending the copying of footage to DVD; and"),
    ("bul", "give officers in the MPS Borough control rooms live access to camera feeds during major incidents."),
    ("p", "The project will be delivered in four stages:"),
    ("num", "The boroughs confirm their funding contributions and sign a grant agreement with MOPAC (September 2021)."),
    ("num", "A joint procurement is run through a national framework (October to December 2021)."),
    ("num", "Cameras are installed in Ashcombe and Fenwick Green first (January to June 2022)."),
    ("num", "The remaining three town centres are completed by March 2023."),
    ("h3", "3. Financial comments"),
    ("p", "The MOPAC contribution will be met from the capital programme. The estimated costs are set out below."),
    ("table", [
        ["Item", "2021/22 (£)", "2022/23 (£)", "Total (£)"],
        ["Camera replacement (412 units)", "610,000", "420,000", "1,030,000"],
        ["Fibre and wireless links", "185,000", "140,000", "325,000"],
        ["Control room equipment", "220,000", "95,000", "315,000"],
        ["Project management", "60,000", "40,000", "100,000"],
        ["Contingency (5%)", "45,000", "45,000", "90,000"],
        ["Total", "1,120,000", "740,000", "1,860,000"],
    ]),
    ("p", "In addition, the five boroughs will together contribute £540,000 towards installation. The boroughs will meet the ongoing maintenance and monitoring costs of the new system from their own budgets."),
    ("h3", "4. Legal comments"),
    ("p", "MOPAC has the power to make crime and disorder reduction grants under section 143 of the Police Reform and Social Responsibility Act 2011. The grants will be subject to a grant agreement with each borough."),
    ("h3", "5. Equality comments"),
    ("p", "MOPAC is required to have due regard to the Public Sector Equality Duty. Better CCTV coverage is expected to benefit groups who are more likely to be victims of street crime in these town centres, including young people and women using the night-time economy."),
    ("h3", "6. Privacy comments"),
    ("p", "Each borough has completed a Data Protection Impact Assessment (DPIA) for its CCTV system. The new cameras will not use automated facial recognition, and footage will continue to be kept for 31 days unless it is needed for an investigation."),
    ("h3", "7. Background and supporting papers"),
    ("p", "None."),
    ("h2", "Public access to information"),
    ("p", "Information in this form (Part 1) is subject to the Freedom of Information Act 2000 and will be made available on the MOPAC website within one working day of approval. Deferral of publication: No."),
]

STOP_SEARCH_BLOCKS = [
    ("p", "Metropolitan Police Service - North West Basic Command Unit"),
    ("p", "Wembridge Police Station, 120 High Road, London NW10 4QP"),
    ("p", "Mrs Beatrice Ansah"),
    ("p", "Chair"),
    ("p", "Wembridge Stop and Search Community Monitoring Group"),
    ("p", "Wembridge Community Centre"),
    ("p", "14 Albion Parade"),
    ("p", "London NW10 2JD"),
    ("p", "Our ref: NW/CMG/22/004"),
    ("p", "Your ref: CMG/0112"),
    ("p", "Date: 27 January 2022"),
    ("p", "Dear Mrs Ansah,"),
    ("h1", "Stop and search in Wembridge: third quarter of 2021/22"),
    ("num", "Thank you for your letter of 10 January 2022 and for the group's report on the October to December 2021 quarter, which I discussed with my senior leadership team on 20 January."),
    ("num", "As you asked, the table below sets out our figures for the first three quarters of 2021/22. A positive outcome means that the search led to an arrest, a penalty notice, a community resolution or another formal action."),
    ("table", [
        ["Quarter", "Searches", "Positive outcome rate", "Searches of under-18s", "Body-worn video switched on"],
        ["Q1 (April to June 2021)", "2,964", "21.3%", "388", "91%"],
        ["Q2 (July to September 2021)", "3,118", "23.7%", "407", "94%"],
        ["Q3 (October to December 2021)", "2,741", "25.2%", "356", "96%"],
    ]),
    ("num", "The number of searches fell in the third quarter, while the positive outcome rate was the highest we have recorded in two years. About two thirds of searches were for drugs, and searches for weapons made up 17 per cent."),
    ("num", "One authorisation under section 60 of the Criminal Justice and Public Order Act 1994 was made during the quarter, on 14 November 2021, following a shooting in Carlton Vale. It lasted 15 hours and 42 people were searched under it."),
    ("num", "I recognise the group's continuing concern about disproportionality. In the third quarter, Black residents were 3.1 times more likely to be searched than white residents, compared with 3.6 times in the first quarter. This is still too high, and reducing it remains one of my priorities."),
    ("h2", "Your recommendations"),
    ("num", "The group made five recommendations, and I am pleased to accept four of them. In response, we have agreed to:"),
    ("bul", "share the body-worn video (BWV) footage of at least 20 searches each month with the group, chosen by the group rather than by us;"),
    ("bul", "give every person searched either a paper record or a card with a QR code linking to their record;"),
    ("bul", "provide refresher training on the grounds for search to every officer in the Emergency Response Team by the end of March 2022; and"),
    ("bul", "invite two group members to observe a weapons sweep each quarter."),
    ("num", "I have not accepted the recommendation to publish the names of the officers with the highest search rates, because of the risks to their safety and our obligations under data protection law. Instead, supervisors now review every officer whose positive outcome rate falls below 15 per cent over a quarter."),
    ("h2", "Next meeting"),
    ("num", "Temporary Chief Inspector Martin Delaney, my lead for stop and search, will attend the group's next meeting on 17 February 2022 to explain how the BWV review arrangements will work."),
    ("p", "Yours sincerely,"),
    ("p", "Owen Pritchard"),
    ("p", "Chief Superintendent"),
    ("p", "Borough Commander, North West Basic Command Unit"),
    ("p", "cc: Cllr Leonie Marsh, Cabinet Member for Community Safety, London Borough of Wembridge"),
]

INTERPRETING_BLOCKS = [
    ("p", "MAYOR OF LONDON - OFFICE FOR POLICING AND CRIME"),
    ("title", "MOPAC DECISION - PCD 2022/133"),
    ("h1", "Award of the interpreting and translation services contract"),
    ("kv", "Decision number: ", "PCD 2022/133"),
    ("kv", "Report by: ", "Jonathan Reyes, Chief Commercial Officer, MPS"),
    ("kv", "Contact Officer: ", "Abigail Thorne, Category Manager, Commercial Services"),
    ("kv", "Date of decision: ", "2 December 2022"),
    ("h2", "Executive summary"),
    ("p", "The Metropolitan Police Service (MPS) spends around £3.4 million a year on interpreting and translation. Interpreters are needed to interview suspects and witnesses, to support victims, and to translate documents and evidence. The current contract ends on 31 March 2023."),
    ("p", "Following an open tender, this decision seeks approval to award a new contract to Lingua Civic Partners Ltd for four years from 1 April 2023, with an option to extend for one further year."),
    ("h2", "Recommendation"),
    ("p", "The Deputy Mayor for Policing and Crime is recommended to approve the award of a contract for interpreting and translation services to Lingua Civic Partners Ltd for four years from 1 April 2023, at an estimated total cost of £12.72 million. Any use of the one-year extension option will be the subject of a separate decision."),
    ("h2", "Deputy Mayor for Policing and Crime"),
    ("p", "I confirm I have considered whether or not I have any personal or prejudicial interest in this matter and take the proposed decision in compliance with the Code of Conduct. Any such interests are recorded below."),
    ("p", "The above request has my approval."),
    ("kv", "Signature: ", "[signed]"),
    ("kv", "Name: ", "Naveed Qureshi, Deputy Mayor for Policing and Crime"),
    ("kv", "Date: ", "2 December 2022"),
    ("h2", "Part 1 - Non-confidential facts and advice to the DMPC"),
    ("h3", "1. Introduction and background"),
    ("p", "Under the Police and Criminal Evidence Act 1984 (PACE) Codes of Practice, a suspect who does not speak or understand English must be given an interpreter. Victims and witnesses also have a right to interpretation under the Code of Practice for Victims of Crime."),
    ("p", "In 2021/22 the MPS made 71,400 interpreter bookings covering 176 languages. The five most requested languages were:"),
    ("bul", "Romanian"),
    ("bul", "Polish"),
    ("bul", "Arabic"),
    ("bul", "Albanian"),
    ("bul", "Portuguese"),
    ("h3", "2. Procurement"),
    ("p", "The procurement was run as follows:"),
    ("num", "An open tender was published on 6 June 2022 under the Public Contracts Regulations 2015."),
    ("num", "Seven bids were received, and three met all the mandatory requirements."),
    ("num", "Bids were scored 60 per cent on quality and 40 per cent on price, with social value making up 10 per cent of the quality score."),
    ("num", "Lingua Civic Partners Ltd achieved the highest overall score, 84.5 out of 100."),
    ("p", "All face-to-face interpreters provided under the contract must be registered with the National Register of Public Service Interpreters (NRPSI) and must hold police vetting."),
    ("h3", "3. Financial comments"),
    ("p", "The estimated cost of the contract is set out below. The cost will be met from existing MPS revenue budgets."),
    ("table", [
        ["Year", "Face-to-face (£)", "Telephone and video (£)", "Written translation (£)", "Total (£)"],
        ["2023/24", "2,150,000", "690,000", "310,000", "3,150,000"],
        ["2024/25", "2,090,000", "760,000", "320,000", "3,170,000"],
        ["2025/26", "2,030,000", "830,000", "330,000", "3,190,000"],
        ["2026/27", "1,970,000", "900,000", "340,000", "3,210,000"],
        ["Total", "8,240,000", "3,180,000", "1,300,000", "12,720,000"],
    ]),
    ("p", "Compared with current rates, the new contract is expected to save about £0.9 million over four years, mainly because more interpreting will be done by video rather than in person."),
    ("h3", "4. Legal comments"),
    ("p", "The procurement complied with the Public Contracts Regulations 2015. Decisions to award contracts worth £500,000 or more are reserved to the Deputy Mayor for Policing and Crime under the MOPAC Scheme of Delegation."),
    ("h3", "5. Equality comments"),
    ("p", "A reliable interpreting service is essential for people who do not speak English, many of whom are vulnerable victims. The contract requires interpreters to be available within 90 minutes for urgent custody bookings and includes British Sign Language interpreting."),
    ("h3", "6. Privacy comments"),
    ("p", "The supplier will process personal data on behalf of the MPS. A Data Protection Impact Assessment (DPIA) has been completed and the contract contains standard data processing clauses."),
    ("h2", "Public access to information"),
    ("p", "Information in this form (Part 1) is subject to the Freedom of Information Act 2000 and will be made available on the MOPAC website within one working day of approval. Deferral of publication: No."),
]

FLEET_BLOCKS = [
    ("p", "Metropolitan Police Service - Transport Services"),
    ("p", "Hendale Road Support Centre, London SE11 5XB"),
    ("p", "Mr Idris Pembroke AM"),
    ("p", "Chair, Environment Committee"),
    ("p", "London Assembly"),
    ("p", "City Hall"),
    ("p", "Kamal Chunchie Way"),
    ("p", "London E16 1ZE"),
    ("p", "Our ref: TS/ENV/23/0288"),
    ("p", "21 September 2023"),
    ("p", "Dear Mr Pembroke,"),
    ("h1", "Progress towards a zero-emission police fleet"),
    ("num", "Thank you for your letter of 4 September 2023 asking for an update on the progress the Metropolitan Police Service (MPS) is making towards a zero-emission vehicle fleet."),
    ("num", "Our Fleet Strategy 2021-2030 commits us to making every car used for non-response work zero-emission by 2028, and to making the whole fleet zero-emission by 2030 wherever suitable vehicles are available."),
    ("h2", "The fleet today"),
    ("num", "The table below shows the make-up of the fleet at 31 August 2023."),
    ("table", [
        ["Vehicle category", "Total vehicles", "Fully electric", "Hybrid"],
        ["Marked response cars", "1,964", "118", "402"],
        ["Neighbourhood and general purpose cars", "1,287", "536", "311"],
        ["Vans and personnel carriers", "1,102", "74", "19"],
        ["Motorcycles", "246", "31", "0"],
        ["Unmarked cars", "812", "95", "207"],
        ["Total", "5,411", "854", "939"],
    ]),
    ("num", "Just under 16 per cent of the fleet is now fully electric, and most neighbourhood cars bought since 2021 have been electric. Carbon dioxide emissions from the fleet have fallen by 11 per cent since 2019/20."),
    ("h2", "Charging infrastructure"),
    ("num", "We have installed 412 charge points at 58 police sites, including 46 rapid chargers. We plan to have 900 charge points in place by the end of 2026, funded through the MOPAC capital programme at a cost of £7.5 million over three years."),
    ("h2", "Barriers to electrifying response cars"),
    ("num", "Response cars are the hardest part of the fleet to electrify. The main barriers are:"),
    ("bul", "range and charging time, as a response car can cover more than 250 miles in a single shift;"),
    ("bul", "the weight of the emergency equipment carried, which reduces the range of an electric car;"),
    ("bul", "limited electrical grid capacity at older police stations; and"),
    ("bul", "a purchase price around £12,000 higher than an equivalent petrol car."),
    ("num", "To test whether electric response cars can cope with front-line demands, 20 electric response cars are being trialled in the South West Basic Command Unit until March 2024. Early results show that the cars can complete most shifts without recharging, but not the busiest night shifts."),
    ("h2", "Running costs and training"),
    ("num", "Electric cars are cheaper to run. Our analysis shows savings in fuel and servicing of about £2,300 per car each year for neighbourhood cars, so the higher purchase price is recovered in about five years. All drivers moving to an electric vehicle receive a half-day familiarisation course, covering regenerative braking, charging etiquette and what to do if a battery is damaged in a collision."),
    ("h2", "Next steps"),
    ("num", "I will write to the Committee again in spring 2024 with the results of the response car trial and our updated replacement plan."),
    ("p", "Yours sincerely,"),
    ("p", "Helen Carraway"),
    ("p", "Director of Transport Services"),
    ("p", "Metropolitan Police Service"),
]


def make_docx() -> None:
    build_docx(out_path("dev", "decision_record_cctv_upgrade.docx"), blocks=CCTV_BLOCKS,
               header="MOPAC Decision - PCD 2021/087",
               footer="OFFICIAL - PUBLIC | MOPAC decision record template v3.2",
               title="PCD 2021/087 Upgrade of public space CCTV in five town centres",
               author="Daniel Whitcombe", created=dt.datetime(2021, 8, 19, 9, 30, 0),
               subject="MOPAC decision record", keywords="CCTV; capital; grants")
    build_docx(out_path("dev", "letter_stop_search_monitoring_group.docx"),
               blocks=STOP_SEARCH_BLOCKS,
               header="Metropolitan Police Service - North West Basic Command Unit",
               footer="OFFICIAL | Wembridge Police Station, 120 High Road, London NW10 4QP",
               title="Stop and search in Wembridge: third quarter of 2021/22",
               author="Owen Pritchard", created=dt.datetime(2022, 1, 27, 14, 0, 0),
               subject="Letter to the Community Monitoring Group", keywords="stop and search")
    build_docx(out_path("sealed", "decision_record_interpreting_contract.docx"),
               blocks=INTERPRETING_BLOCKS,
               header="MOPAC Decision - PCD 2022/133",
               footer="OFFICIAL - PUBLIC | MOPAC decision record template v3.2",
               title="PCD 2022/133 Award of the interpreting and translation services contract",
               author="Jonathan Reyes", created=dt.datetime(2022, 12, 2, 11, 15, 0),
               subject="MOPAC decision record", keywords="interpreting; contract award")
    build_docx(out_path("sealed", "letter_fleet_electrification.docx"), blocks=FLEET_BLOCKS,
               header="Metropolitan Police Service - Transport Services",
               footer="OFFICIAL | Transport Services, Hendale Road Support Centre, London SE11 5XB",
               title="Progress towards a zero-emission police fleet",
               author="Helen Carraway", created=dt.datetime(2023, 9, 21, 16, 45, 0),
               subject="Letter to the London Assembly Environment Committee",
               keywords="fleet; electric vehicles")


# ---------------------------------------------------------------------------
# PDF documents (reportlab). Blocks as for docx plus ("sub", text) for an
# indented (a)/(b) item and ("meta", text) for a metadata line.
# ---------------------------------------------------------------------------

SPECIALS_BLOCKS = [
    ("title", "POLICE AND CRIME SCRUTINY COMMITTEE"),
    ("meta", "Date: 8 June 2023"),
    ("meta", "Agenda item: 6"),
    ("meta", "Title: Recruitment and retention of Special Constables"),
    ("meta", "Report by: Chief Officer Aaron Blake, Commandant of the Special Constabulary"),
    ("meta", "Contact officer: Joanne Whitfield, Volunteer Programmes Manager"),
    ("meta", "Classification: Public"),
    ("h1", "1. Purpose and recommendations"),
    ("p", "1.1 This report sets out how the size of the Metropolitan Special Constabulary (MSC) has changed since 2018/19, the reasons special constables give for leaving, and the plan to grow the MSC to 2,000 officers by March 2025."),
    ("p", "1.2 The Committee is asked to:"),
    ("sub", "(a) note the increase in the number of special constables since 2021 and the continued high number of leavers;"),
    ("sub", "(b) endorse the retention plan set out in section 5; and"),
    ("sub", "(c) request a further report on progress in June 2024."),
    ("h1", "2. Background"),
    ("p", "2.1 Special constables are volunteer police officers with the same powers as regular officers. They are asked to give at least 16 hours a month, and many give much more."),
    ("p", "2.2 Many specials are supported through Employer Supported Policing (ESP), under which employers release staff for police duties, usually for between four and ten days a year. There are currently 63 employers in the ESP scheme in London, including two NHS trusts and several large banks."),
    ("p", "2.3 After completing initial training and a period of supervised patrol, specials can gain Independent Patrol Status (IPS), which allows them to patrol without a regular officer. In 2022/23, 71 per cent of specials held IPS."),
    ("h1", "3. Strength, joiners and leavers"),
    ("p", "3.1 Table 1 shows the headcount of the MSC at the end of each financial year, together with the numbers joining and leaving and the total hours of duty given."),
    ("caption", "Table 1: Special Constabulary strength and hours, 2018/19 to 2022/23"),
    ("table", [
        ["Financial year", "Headcount at 31 March", "Joiners", "Leavers", "Hours on duty"],
        ["2018/19", "1,926", "318", "447", "412,600"],
        ["2019/20", "1,797", "289", "418", "398,150"],
        ["2020/21", "1,668", "231", "360", "371,900"],
        ["2021/22", "1,702", "364", "330", "386,420"],
        ["2022/23", "1,816", "402", "288", "403,775"],
    ]),
    ("p", "3.2 Headcount fell by 258 between March 2019 and March 2021, mainly because recruitment was paused during the pandemic. It has recovered since then, and the headcount at 31 March 2023 was the highest since 2019."),
    ("p", "3.3 In 2022/23 each special gave an average of 18.5 hours a month, above the minimum expected. Specials worked at 31 major events in the year, including the Coronation."),
    ("h1", "4. Why specials leave"),
    ("p", "4.1 In 2022/23 the MSC received 164 responses to its exit survey. Leavers gave the following main reasons:"),
    ("sub", "(a) joining the regular police service as a constable (34 per cent), which the MSC regards as a positive outcome;"),
    ("sub", "(b) the pressures of paid work or family life (27 per cent);"),
    ("sub", "(c) dissatisfaction with supervision or with the duties offered (18 per cent); and"),
    ("sub", "(d) moving away from London (11 per cent)."),
    ("p", "4.2 Leavers had served for an average of 2.3 years, and around a third left within their first twelve months. This suggests that the early experience of new specials is the most important factor in retention."),
    ("h1", "5. Retention plan"),
    ("p", "5.1 The retention plan has four strands:"),
    ("bul", "a named mentor for every new special for their first twelve months;"),
    ("bul", "a new online duty booking system, so that specials can choose shifts that fit around their work;"),
    ("bul", "more specialist roles, for example in roads policing, marine policing and cyber crime; and"),
    ("bul", "better recognition, including long-service awards and repayment of travel expenses within 14 days."),
    ("p", "5.2 The MSC will also hold quarterly open evenings for people interested in joining, and will work with the ESP employers to promote volunteering among their staff."),
    ("h1", "6. Financial implications"),
    ("p", "6.1 The retention plan is expected to cost £640,000 a year. This will be met from the existing Special Constabulary budget of £4.1 million, mainly by reducing spending on recruitment advertising."),
    ("h1", "7. Equality implications"),
    ("p", "7.1 The MSC is more diverse than the regular force. At 31 March 2023, 38 per cent of special constables were from Black, Asian and minority ethnic backgrounds and 31 per cent were women. The exit survey will be analysed by protected characteristic to check whether any group is leaving at a higher rate."),
    ("h1", "8. Background papers"),
    ("p", "8.1 None."),
]

CUSTODY_BLOCKS = [
    ("title", "Independent Custody Visiting Scheme"),
    ("subtitle", "Annual Report 2022/23"),
    ("meta", "Published by the Mayor's Office for Policing and Crime (MOPAC)"),
    ("meta", "Date of publication: 30 May 2023"),
    ("meta", "Report reference: ICV/AR/2023"),
    ("meta", "Prepared by: Olivia Brandt, Scheme Manager"),
    ("h1", "Foreword"),
    ("p", "This has been a year of recovery for the scheme. After two years in which visits were disrupted by the pandemic, our volunteers returned to making unannounced visits in person to every custody suite in London. I want to thank every one of them for the time they give and for the care with which they speak to detainees. I also thank custody staff, who have welcomed visitors and acted quickly on the issues they raised."),
    ("p", "Dr Rukhsana Patel, Chair, ICV Panel Chairs' Group"),
    ("h1", "1. About the scheme"),
    ("p", "1.1 Independent Custody Visitors (ICVs) are volunteers from the local community who make unannounced visits to police custody suites. They check on the rights, entitlements, wellbeing and dignity of people held in custody, and report what they find. MOPAC runs the scheme in London under section 51 of the Police Reform Act 2002."),
    ("p", "1.2 The scheme is organised into five panels, North, South, East, West and Central, which together cover 24 custody suites. At 31 March 2023 there were 142 active volunteers."),
    ("p", "1.3 The scheme is a member of the Independent Custody Visiting Association (ICVA), which sets national standards and provides training materials."),
    ("h1", "2. Visits in 2022/23"),
    ("p", "2.1 Table 1 shows the visits made by each panel during the year. Detainees are always asked whether they would like to speak to a visitor, and some decline or are asleep."),
    ("caption", "Table 1: Custody visits by panel, 2022/23"),
    ("table", [
        ["Panel", "Visits made", "Detainees offered a visit", "Detainees seen", "Issues raised"],
        ["North", "118", "1,047", "812", "96"],
        ["South", "104", "936", "701", "88"],
        ["East", "126", "1,211", "934", "131"],
        ["West", "97", "845", "627", "74"],
        ["Central", "89", "798", "566", "69"],
        ["Total", "534", "4,837", "3,640", "458"],
    ]),
    ("p", "2.2 Three quarters of the detainees who were offered a visit agreed to speak to visitors, the highest proportion since the scheme began recording this figure."),
    ("h1", "3. Issues raised"),
    ("p", "3.1 The most common issues raised by visitors were:"),
    ("bul", "delays in detainees seeing a healthcare professional or receiving their medication;"),
    ("bul", "cells that were too cold, or a lack of clean blankets and mattresses;"),
    ("bul", "detainees who said they had not been told about their rights and entitlements under the Police and Criminal Evidence Act 1984 (PACE) Codes of Practice; and"),
    ("bul", "female detainees not being offered menstrual products, although this improved during the year."),
    ("p", "3.2 Of the issues raised, 83 per cent were resolved by custody staff while the visitors were still in the suite. The remaining issues were referred to the custody inspector or to the Borough Commander."),
    ("p", "3.3 In one case in January 2023, visitors found that the heating had failed in the cell block at one suite during a cold spell. The suite was closed to new detainees within two hours and reopened once the heating had been repaired."),
    ("h1", "4. Recruitment and training"),
    ("p", "4.1 The scheme recruited 37 new volunteers during the year. All new visitors complete a full day of initial training and two accompanied visits before they visit on their own."),
    ("p", "4.2 Around 40 per cent of volunteers are aged over 60. The scheme wants its volunteers to reflect the people who are detained, who are mostly young men."),
    ("h1", "5. Priorities for 2023/24"),
    ("p", "5.1 The scheme's priorities for the coming year are to:"),
    ("sub", "(a) recruit at least 40 new visitors, with a focus on people aged under 30;"),
    ("sub", "(b) replace paper visit reports with a tablet app by September 2023; and"),
    ("sub", "(c) carry out a thematic review of the treatment of children in custody, jointly with the Youth Justice Board."),
    ("h1", "6. Finance"),
    ("p", "6.1 The scheme cost £186,000 to run in 2022/23. This covers the Scheme Manager and a part-time coordinator, volunteers' travel expenses, training and the ICVA membership fee."),
    ("h1", "7. Contact"),
    ("p", "7.1 People who are interested in becoming a custody visitor can contact the Scheme Manager, Olivia Brandt, through the MOPAC website."),
]


def build_pdf(path: str, *, blocks: list, footer: str, title: str, author: str,
              subject: str) -> None:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    class NumberedCanvas(rl_canvas.Canvas):
        """Two-pass canvas so the footer can say "Page N of M"."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont("Helvetica", 8)
                self.setFillColor(colors.black)
                self.drawString(20 * mm, 12 * mm, footer)
                self.drawRightString(190 * mm, 12 * mm,
                                     f"Page {self._pageNumber} of {total}")
                self.line(20 * mm, 16 * mm, 190 * mm, 16 * mm)
                super().showPage()
            super().save()

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica",
                          fontSize=10.5, leading=14, spaceAfter=6)
    sub = ParagraphStyle("sub", parent=body, leftIndent=12 * mm)
    bul = ParagraphStyle("bul", parent=body, leftIndent=10 * mm, bulletIndent=4 * mm)
    meta = ParagraphStyle("meta", parent=body, spaceAfter=2)
    h1 = ParagraphStyle("h1", parent=ss["Heading2"], fontName="Helvetica-Bold",
                        fontSize=13, spaceBefore=10, spaceAfter=6)
    ttl = ParagraphStyle("ttl", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=17)
    subttl = ParagraphStyle("subttl", parent=ss["Heading2"], fontName="Helvetica",
                            fontSize=14, alignment=1, spaceAfter=10)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=10)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0)
    cellh = ParagraphStyle("cellh", parent=cell, fontName="Helvetica-Bold")

    story = []
    for block in blocks:
        kind, content = block[0], block[1]
        if kind == "title":
            story.append(Paragraph(content, ttl))
        elif kind == "subtitle":
            story.append(Paragraph(content, subttl))
        elif kind == "meta":
            story.append(Paragraph(content, meta))
        elif kind == "h1":
            story.append(Paragraph(content, h1))
        elif kind == "p":
            story.append(Paragraph(content, body))
        elif kind == "sub":
            story.append(Paragraph(content, sub))
        elif kind == "bul":
            story.append(Paragraph(content, bul, bulletText="\u2022"))
        elif kind == "caption":
            story.append(Paragraph(content, cap))
        elif kind == "table":
            data = [[Paragraph(v, cellh if r == 0 else cell) for v in row]
                    for r, row in enumerate(content)]
            ncol = len(content[0])
            first = 46 * mm
            widths = [first] + [(170 * mm - first) / (ncol - 1)] * (ncol - 1)
            table = Table(data, colWidths=widths, repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(table)
            story.append(Spacer(1, 6))
        else:
            raise ValueError(kind)

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=24 * mm, title=title,
                            author=author, subject=subject, creator="make_documents.py",
                            invariant=1)
    doc.build(story, canvasmaker=NumberedCanvas)


def make_pdf() -> None:
    build_pdf(out_path("dev", "committee_report_special_constabulary.pdf"),
              blocks=SPECIALS_BLOCKS,
              footer="Police and Crime Scrutiny Committee - 8 June 2023 - Agenda item 6",
              title="Recruitment and retention of Special Constables",
              author="Aaron Blake", subject="Committee report, agenda item 6")
    build_pdf(out_path("sealed", "annual_report_custody_visiting.pdf"),
              blocks=CUSTODY_BLOCKS,
              footer="Independent Custody Visiting Scheme - Annual Report 2022/23",
              title="Independent Custody Visiting Scheme Annual Report 2022/23",
              author="Olivia Brandt", subject="Annual report")


def main() -> None:
    make_txt()
    make_md()
    make_html()
    make_docx()
    make_pdf()
    for half in ("dev", "sealed"):
        print(half, sorted(os.listdir(os.path.join(HERE, half))))


if __name__ == "__main__":
    main()
