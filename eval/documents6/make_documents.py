"""Write the ten invented documents of the sixth collection (documents6).

Usage (from the repository root):
    .venv/bin/python eval/documents6/make_documents.py

Writes five documents into dev/ and five into sealed/ (one of each format:
.docx, .pdf, .html, .md, .txt in each half). Needs python-docx and reportlab
(5.1.0 for byte-identical PDFs). The output is deterministic: .docx files have
fixed core-property dates and are re-zipped with fixed timestamps (docgen),
PDFs are built in reportlab's invariant mode with fixed metadata, and the
text formats are written from strings held in this script, so re-running it
gives byte-identical files.

Everything in these documents is invented: people, boroughs (Hollinsford,
Brackenwell, Quillingham, Ostermere), BCUs (Tidewater, Highcombe), wards and
streets, companies and charities, programmes, references, dates and figures.
Telephone numbers are in Ofcom's drama range and e-mail domains are
`example` domains. Real body names (MPS, MOPAC, HMICFRS, London Fire
Brigade, NHS, the Information Commissioner) and real legislation are used for
realism only; the people holding posts in them are invented.

`build_all()` writes every file and returns the "half/file name"s.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the eval/ folder, for docgen

from docgen import docx_field, docx_save, docx_setup, docx_table  # noqa: E402

OUT = HERE  # files go to OUT/dev/ and OUT/sealed/

FIXED_ZIP_TIME = (2027, 9, 1, 0, 0, 0)


def _path(name: str) -> str:
    """name is "dev/file.ext" or "sealed/file.ext"; make the folder and return the path."""
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def _write(name: str, text: str) -> str:
    with open(_path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return name


# ---------------------------------------------------------------------------
# .docx helpers (on top of docgen.docx_setup / docx_table / docx_save / docx_field)
# ---------------------------------------------------------------------------


def _bold_row(row) -> None:
    for cell in row.cells:
        for par in cell.paragraphs:
            for run in par.runs:
                run.bold = True


def _shade(cell, fill: str) -> None:
    """Give a table cell a background colour (hex, e.g. "D9E2F3")."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


# ---------------------------------------------------------------------------
# .pdf helper: a page template with a running header and footer
# ---------------------------------------------------------------------------


def _build_pdf(path, title, author, subject, flow, decorate):
    """Build an A4 PDF in reportlab's invariant mode.

    decorate(canvas, page_number, page_count) draws the running header and
    footer of each page once the page count is known.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import SimpleDocTemplate

    class Canvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, n)
                super().showPage()
            super().save()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=24 * mm, bottomMargin=24 * mm, title=title, author=author,
                            subject=subject, creator="documents6/make_documents.py",
                            producer="ReportLab", invariant=1)
    doc.build(flow, canvasmaker=Canvas)


# ===========================================================================
# dev: .docx - independent review with contents, recommendations and Annex A
# ===========================================================================


def build_dev_docx():
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    name = "dev/tidewater_bcu_missing_children_review_2027.docx"
    d = docx_setup(
        "Review of how Tidewater BCU responds to reports of missing children",
        "Dr Cormac Ellery",
        _dt.datetime(2027, 3, 31, 9, 0, 0),
        "Tidewater BCU\tReview of missing children reports\tOFFICIAL",
        "TW/REV/2027/03 | Page ",
    )
    foot = d.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_field(foot, "PAGE", "1")
    foot.add_run(" of ")
    docx_field(foot, "NUMPAGES", "7")

    # --- title page
    d.add_paragraph("Metropolitan Police Service | Tidewater BCU (Hollinsford and Brackenwell)")
    d.add_heading("Review of how Tidewater BCU responds to reports of missing children", level=0)
    d.add_paragraph("An independent review commissioned by Chief Superintendent Philippa Vandermolen, "
                    "BCU Commander")
    d.add_paragraph("Report by: Dr Cormac Ellery, independent reviewer")
    d.add_paragraph("Reference: TW/REV/2027/03")
    d.add_paragraph("Version 1.0 (final), 31 March 2027")
    d.add_page_break()

    # --- contents
    toc_title = d.add_paragraph()
    run = toc_title.add_run("Contents")
    run.bold = True
    run.font.size = Pt(14)
    for entry, page in [
        ("1. Summary", "3"),
        ("2. Scope and method", "3"),
        ("3. What I found", "4"),
        ("4. Recommendations", "5"),
        ("5. Next steps", "6"),
        ("Annex A: Missing episodes by borough, 2025/26 and 2026/27", "7"),
    ]:
        p = d.add_paragraph(f"{entry}\t{page}")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    d.add_page_break()

    # --- body
    d.add_heading("1. Summary", level=1)
    d.add_paragraph(
        "1.1 Between 1 April 2025 and 31 March 2027 Tidewater BCU received 3,860 reports of children "
        "going missing from home or care in Hollinsford and Brackenwell. Reports rose by 9.6 per cent, "
        "from 1,842 in 2025/26 to 2,018 in 2026/27.")
    d.add_paragraph(
        "1.2 Officers respond quickly and well when a child is graded high risk. The weaknesses are in "
        "the response to children graded medium or low risk, in return home interviews, and in how "
        "information is shared with the two councils.")
    d.add_paragraph(
        "1.3 Children in the care of a local authority accounted for 46 per cent of the episodes in "
        "2026/27, although they are fewer than 1 per cent of the children in the two boroughs. 38 children "
        "were reported missing ten or more times each during the year.")
    d.add_paragraph(
        "1.4 I make six recommendations. The BCU Commander has accepted all six, and both Directors of "
        "Children's Services have accepted those addressed to them.")

    d.add_heading("2. Scope and method", level=1)
    d.add_paragraph(
        "2.1 The terms of reference were agreed with the BCU Commander on 14 October 2026. The review "
        "covered reports about children aged under 18 made between 1 April 2025 and 31 March 2027. It did "
        "not look at missing adults, or at children who were reported missing to another BCU.")
    d.add_paragraph(
        "2.2 I read 160 case records chosen at random, 80 from each borough, and interviewed 27 people, "
        "including officers, Missing Persons Unit staff, social workers, four children's home managers "
        "and six young people who had been reported missing. I also observed two late "
        "shifts in the Tidewater BCU control room.")

    d.add_heading("3. What I found", level=1)
    d.add_heading("3.1 Risk assessment", level=2)
    d.add_paragraph(
        "Officers grade each report as high, medium or low risk when it is first made. In 31 of the 160 "
        "cases I read (19 per cent), the grading was changed within 24 hours, and in 22 of these it went "
        "up. In most of those 22 cases the new information was already on police or council systems when "
        "the child was reported missing.")
    d.add_heading("3.2 Return home interviews", level=2)
    d.add_paragraph(
        "Every child who comes back should be offered an independent return home interview, normally "
        "within 72 hours. These interviews are carried out by the councils, not the police. In 2026/27, "
        "61 per cent of interviews in Hollinsford and 47 per cent in Brackenwell were completed within 72 "
        "hours. The results reached the Missing Persons Unit in only a third of cases.")
    d.add_heading("3.3 The Missing Persons Unit", level=2)
    d.add_paragraph(
        "The BCU's Missing Persons Unit has one detective sergeant, five detective constables and two "
        "police staff investigators. It works office hours on weekdays, so response officers handle "
        "reports made at night or at weekends. The unit cannot see either council's children's social "
        "care records.")
    d.add_heading("3.4 Good practice", level=2)
    d.add_paragraph(
        "Children's homes in Hollinsford now complete a 'Find Me' profile for every child when they "
        "arrive, with a recent photograph, a description and the places the child is known to go. "
        "Officers told me this saves them up to an hour at the start of a search. Brackenwell does not "
        "use it.")

    d.add_heading("4. Recommendations", level=1)
    recs = [
        ("Recommendation 1: Review open reports at eight hours",
         "A supervisor should review the risk grading of every missing child report that is still open "
         "eight hours after it was made.",
         "Owner: Tidewater BCU. Timescale: by 30 June 2027."),
        ("Recommendation 2: Return home interviews within 72 hours",
         "Both councils should complete at least 80 per cent of return home interviews within 72 hours "
         "and send the results to the Missing Persons Unit within five working days.",
         "Owner: the Directors of Children's Services, Hollinsford and Brackenwell. "
         "Timescale: by 31 December 2027."),
        ("Recommendation 3: Access to social care records",
         "The Missing Persons Unit should be given read-only access to both councils' children's social "
         "care records, under a written information sharing agreement.",
         "Owner: Tidewater BCU and both councils. Timescale: by 30 September 2027."),
        ("Recommendation 4: Longer hours for the Missing Persons Unit",
         "The Missing Persons Unit should work until 22:00 on weekdays and from 08:00 to 18:00 at "
         "weekends. This will need two more detective constables.",
         "Owner: Tidewater BCU. Timescale: by 31 October 2027."),
        ("Recommendation 5: Find Me profiles in Brackenwell",
         "Brackenwell Council should ask every children's home and foster carer in the borough to "
         "complete a Find Me profile for each child placed with them.",
         "Owner: Director of Children's Services, Brackenwell. Timescale: by 30 September 2027."),
        ("Recommendation 6: Quarterly reports to the partnerships",
         "The BCU should give both community safety partnerships a quarterly report on missing "
         "children, starting with the quarter ending 30 June 2027.",
         "Owner: Tidewater BCU. Timescale: first report by 31 July 2027."),
    ]
    for head, text, owner in recs:
        d.add_heading(head, level=2)
        d.add_paragraph(text)
        p = d.add_paragraph(owner)
        p.runs[0].italic = True

    d.add_heading("5. Next steps", level=1)
    d.add_paragraph(
        "5.1 The BCU will publish an action plan by 30 April 2027. I will check progress against the "
        "recommendations in March 2028.")
    d.add_paragraph("Dr Cormac Ellery")
    d.add_paragraph("31 March 2027")

    d.add_page_break()
    d.add_heading("Annex A: Missing episodes by borough, 2025/26 and 2026/27", level=1)
    d.add_paragraph(
        "The table counts missing episodes, not children: a child reported missing five times is "
        "counted five times. In 2026/27 the 2,018 episodes involved 1,131 different children.")
    t = d.add_table(rows=11, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.cell(0, 0).merge(t.cell(1, 0)).text = "Borough"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Category"
    t.cell(0, 2).merge(t.cell(0, 3)).text = "Missing episodes"
    t.cell(1, 2).text = "2025/26"
    t.cell(1, 3).text = "2026/27"
    blocks = [
        ("Hollinsford", [("All children", "1,016", "1,094"), ("Children in care", "452", "503"),
                         ("Graded high risk", "71", "83")]),
        ("Brackenwell", [("All children", "826", "924"), ("Children in care", "389", "425"),
                         ("Graded high risk", "58", "64")]),
        ("Tidewater BCU", [("All children", "1,842", "2,018"), ("Children in care", "841", "928"),
                           ("Graded high risk", "129", "147")]),
    ]
    r = 2
    for borough, rows in blocks:
        t.cell(r, 0).merge(t.cell(r + len(rows) - 1, 0)).text = borough
        for cat, a, b in rows:
            t.cell(r, 1).text = cat
            t.cell(r, 2).text = a
            t.cell(r, 3).text = b
            r += 1
    _bold_row(t.rows[0])
    _bold_row(t.rows[1])
    for c in range(4):
        _shade(t.cell(0, c), "D9E2F3")
    d.add_paragraph("Source: MPS missing persons records, extracted 8 March 2027.")
    docx_save(d, _path(name), FIXED_ZIP_TIME)
    return name


# ===========================================================================
# dev: .pdf - partnership board minutes, attendance table, RESOLVED items
# ===========================================================================


def build_dev_pdf():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    name = "dev/hollinsford_safer_communities_board_minutes_22_april_2027.pdf"
    title = "Hollinsford Safer Communities Partnership Board - Minutes of 22 April 2027"
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6,
                          leftIndent=10 * mm, firstLineIndent=-10 * mm)
    plain = ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
    res = ParagraphStyle("r", parent=body, fontName="Helvetica", leftIndent=10 * mm, firstLineIndent=0,
                         backColor=colors.HexColor("#eef2f6"), borderPadding=3, spaceBefore=3, spaceAfter=9)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")

    def item(heading, paras, resolved=None):
        out = [Paragraph(heading, h2)]
        for p in paras:
            out.append(Paragraph(p, body))
        for r in resolved or []:
            out.append(Paragraph(f"<b>RESOLVED:</b> {r}", res))
        return out

    attendance = [
        ["Name", "Organisation and role", "Attendance"],
        ["Cllr Marcus Penrose-Adeyemi (Chair)", "Hollinsford Council, Cabinet Member for Community Safety",
         "Present"],
        ["Ch Supt Philippa Vandermolen", "MPS, BCU Commander, Tidewater BCU", "Present"],
        ["Supt Beatrix Castellano", "MPS, Neighbourhoods lead, Tidewater BCU", "Items 1 to 4"],
        ["Folasade Arrowsmith", "Hollinsford Council, Head of Community Safety", "Present"],
        ["Rosemary Kilbride", "Hollinsford Council, Director of Children's Services", "Present"],
        ["Sunita Varghese-Lowe", "NHS, Hollinsford place partnership", "Present"],
        ["Stn Cdr Priya Donnachie", "London Fire Brigade, for the Borough Commander", "Present"],
        ["Magnus Tiernan", "Probation Service, Head of Hollinsford delivery unit", "Apologies"],
        ["Abimbola Thornhill", "Oakhaven Youth Collective, Chief Executive", "Item 4"],
        ["Dr Cormac Ellery", "Independent reviewer", "Item 5"],
        ["Ewan Lattimer", "Hollinsford Council, Partnership Officer (minutes)", "In attendance"],
    ]
    data = [[Paragraph(c, cellb if i == 0 else cell) for c in row] for i, row in enumerate(attendance)]
    att = Table(data, colWidths=[58 * mm, 80 * mm, 28 * mm], repeatRows=1)
    att.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a96a3")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d5dde6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))

    f = [
        Paragraph("Hollinsford Safer Communities Partnership Board", h1),
        Paragraph("Minutes of the meeting held on Thursday 22 April 2027 at 10:00, Committee Room 2, "
                  "Hollinsford Civic Centre", plain),
        Paragraph("Minutes reference: HSCPB/2027/02", plain),
        Paragraph("Status: draft, to be approved at the next meeting", plain),
        Spacer(1, 2 * mm),
        Paragraph("Attendance", h2),
        att,
        Spacer(1, 2 * mm),
    ]
    f += item("1. Welcome, apologies and declarations of interest", [
        "1.1 The Chair welcomed members. Apologies were received from Magnus Tiernan (Probation Service). "
        "Station Commander Priya Donnachie attended for the London Fire Brigade in place of the Borough "
        "Commander.",
        "1.2 Abimbola Thornhill declared an interest in item 4 as chief executive of the organisation "
        "that runs the programme, and left the room while the Board made its decision.",
    ])
    f += item("2. Minutes and actions", [
        "2.1 The minutes of the meeting held on 21 January 2027 were agreed as a correct record. All "
        "five actions from that meeting were complete.",
    ], ["That the minutes of 21 January 2027 be approved and signed by the Chair."])
    f += item("3. Tidewater BCU performance update, 2026/27", [
        "3.1 Chief Superintendent Vandermolen presented the year-end figures for Hollinsford for 2026/27. "
        "Police recorded 24,318 offences in the borough, 3.1 per cent fewer than in 2025/26. There were "
        "41 victims aged under 25 of knife crime with injury, down from 58. Residential burglary rose by "
        "4.6 per cent to 1,377 offences, and domestic abuse offences rose by 1.8 per cent to 3,902.",
        "3.2 She reported that 14 newly trained constables would join the Hollinsford neighbourhood teams "
        "in September 2027, so that every ward would have two dedicated ward officers and one PCSO.",
        "3.3 Members asked about the rise in burglary. Superintendent Castellano said that it was "
        "concentrated in the Wharfside and Gannet Rise wards, and that a burglary operation would start "
        "there in May.",
    ], ["That the Board notes the performance report and asks the BCU to report on the burglary "
        "operation at the July meeting."])
    f += item("4. Lodestar youth diversion programme: 2026/27 year-end report", [
        "4.1 Abimbola Thornhill presented the report. In 2026/27 Lodestar received 214 referrals of young "
        "people aged 10 to 17; 163 started the programme and 118 completed it. Of those who completed, "
        "87 per cent had not committed a further offence within six months.",
        "4.2 The programme cost £286,000 in 2026/27: £190,000 from MOPAC's London Crime Prevention Fund "
        "and £96,000 from Hollinsford Council.",
        "4.3 Rosemary Kilbride said that the wait from referral to first meeting had fallen from 19 days "
        "to 8 days since a second caseworker for custody referrals started in October 2026.",
        "4.4 Members discussed offering Lodestar in Brackenwell. The Chair said that Brackenwell Council "
        "would need to fund its own share.",
    ], [
        "(a) That the Board supports the continuation of Lodestar in 2027/28 and asks MOPAC to keep "
        "its funding at least at the 2026/27 level.",
        "(b) That Folasade Arrowsmith writes to Brackenwell Council about a joint programme by 31 May "
        "2027.",
    ])
    f += item("5. Review of missing children reports in Tidewater BCU", [
        "5.1 Dr Cormac Ellery presented his independent review, which the BCU Commander commissioned in "
        "October 2026. In 2026/27 there were 1,094 missing episodes involving Hollinsford children, and "
        "46 per cent of all episodes in the BCU involved children in care.",
        "5.2 He drew the Board's attention to three of his six recommendations: a supervisor's review of "
        "every open report at eight hours; a target of 80 per cent of return home interviews within 72 "
        "hours (Hollinsford reached 61 per cent in 2026/27); and read-only access for the Missing Persons "
        "Unit to children's social care records.",
        "5.3 Rosemary Kilbride said that the council accepted the recommendations addressed to it. The "
        "information sharing agreement needed for read-only access would go to the council's Information "
        "Governance Board in June 2027.",
    ], ["That the Board welcomes the review and asks Tidewater BCU and Children's Services to bring a "
        "joint action plan to the meeting on 15 July 2027."])
    f += item("6. Serious Violence Duty: refresh of the strategic needs assessment", [
        "6.1 Folasade Arrowsmith reported that the council's analysts would refresh the strategic needs "
        "assessment by September 2027, at a cost of £22,500 met from the Home Office Serious Violence "
        "Duty grant.",
    ], ["That the Board agrees the scope of the refresh as set out in the paper."])
    f += item("7. Any other business", [
        "7.1 Station Commander Donnachie reported 37 deliberate fires in wheelie bins in Wharfside ward "
        "since January, and asked neighbourhood officers to share any information about who was setting "
        "them.",
    ])
    f += item("8. Date of next meeting", [
        "8.1 Thursday 15 July 2027 at 10:00, Hollinsford Civic Centre.",
    ])
    f += [Spacer(1, 6 * mm), Paragraph("Signed (Chair): ______________________    Date: ____________", plain)]

    def decorate(c, page, n):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#4a5561"))
        c.drawString(22 * mm, 285 * mm, "Hollinsford Safer Communities Partnership Board")
        c.drawRightString(188 * mm, 285 * mm, "DRAFT MINUTES")
        c.setLineWidth(0.4)
        c.line(22 * mm, 15 * mm, 188 * mm, 15 * mm)
        c.drawString(22 * mm, 10 * mm, "HSCPB/2027/02 - Minutes, 22 April 2027")
        c.drawRightString(188 * mm, 10 * mm, f"Page {page} of {n}")
        c.restoreState()

    _build_pdf(_path(name), title, "Ewan Lattimer", "Hollinsford Safer Communities Partnership Board", f,
               decorate)
    return name


# ===========================================================================
# dev: .html - council consultation results page, <dl>, FAQ accordion
# ===========================================================================

DEV_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Brackenwell Town Centre PSPO: consultation results - Brackenwell Council</title>
<link rel="stylesheet" href="/assets/brackenwell.css">
<style>
  details summary { cursor: pointer; font-weight: 600; }
  dl.facts dt { font-weight: 600; }
</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookie banner">
  <p>Brackenwell Council uses cookies to make this website work and to collect anonymous information
  about how you use it.</p>
  <button type="button">Accept all cookies</button>
  <button type="button">Essential cookies only</button>
  <a href="/cookies">Read our cookie policy</a>
</div>
<header class="bc-header">
  <a class="bc-logo" href="/">Brackenwell Council</a>
  <ul class="bc-account">
    <li><a href="/account">My Brackenwell account</a></li>
    <li><a href="/contact">Contact the council</a></li>
  </ul>
  <nav class="bc-nav" aria-label="Site">
    <ul>
      <li><a href="/bins">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/parking">Parking</a></li>
      <li><a href="/housing">Housing</a></li>
      <li><a href="/community-safety">Community safety</a></li>
      <li><a href="/consultations">Consultations</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs">
  <a href="/">Home</a> / <a href="/consultations">Consultations</a> / <a href="/consultations/closed">Closed
  consultations</a> / <span>Town centre PSPO results</span>
</div>
<main id="main" class="bc-main">
  <h1>Brackenwell Town Centre Public Spaces Protection Order: consultation results</h1>
  <p class="meta">Published 26 March 2027. Last updated 20 April 2027. Community Safety Service.</p>
  <p class="lead">We asked residents, businesses and visitors what they thought of our proposal for a
  Public Spaces Protection Order (PSPO) covering Brackenwell town centre. This page sets out what you
  told us, what we changed and what happens next.</p>

  <h2>At a glance</h2>
  <dl class="facts">
    <dt>Consultation period</dt>
    <dd>11 January to 21 February 2027 (six weeks)</dd>
    <dt>Responses received</dt>
    <dd>1,486 in total: 1,312 online surveys, 141 paper forms and 33 written submissions</dd>
    <dt>Decision made by</dt>
    <dd>Councillor Ifeoma Strand, Cabinet Member for Safer Communities</dd>
    <dt>Date of decision</dt>
    <dd>17 March 2027</dd>
    <dt>Order in force</dt>
    <dd>1 June 2027 to 31 May 2030</dd>
    <dt>Area covered</dt>
    <dd>High Street, Market Square, Tannery Lane as far as the footbridge, Quayside Walk and the
    Wharf Gardens</dd>
    <dt>Order reference</dt>
    <dd>BC/CS/PSPO/2027/02</dd>
  </dl>

  <h2>What we proposed</h2>
  <p>The draft order we consulted on had five conditions. In the restricted area it would be an
  offence to:</p>
  <ul>
    <li>carry on drinking alcohol after an authorised officer has asked you to stop;</li>
    <li>ride a bicycle or e-scooter in the pedestrian zone between 08:00 and 22:00;</li>
    <li>beg in a way that causes alarm or distress;</li>
    <li>play amplified music or use a loudspeaker without the council's permission;</li>
    <li>fail to clear up after your dog.</li>
  </ul>

  <h2>What you told us</h2>
  <table class="results">
    <caption>Support for each proposed condition (survey and paper responses, 1,453)</caption>
    <thead>
      <tr><th>Condition</th><th>Support</th><th>Oppose</th><th>Don't know</th></tr>
    </thead>
    <tbody>
      <tr><td>Drinking alcohol after being asked to stop</td><td>81%</td><td>12%</td><td>7%</td></tr>
      <tr><td>Cycling and e-scooters in the pedestrian zone</td><td>64%</td><td>29%</td><td>7%</td></tr>
      <tr><td>Begging that causes alarm or distress</td><td>47%</td><td>41%</td><td>12%</td></tr>
      <tr><td>Amplified music and loudspeakers</td><td>72%</td><td>18%</td><td>10%</td></tr>
      <tr><td>Dog fouling</td><td>88%</td><td>6%</td><td>6%</td></tr>
    </tbody>
  </table>
  <p>Most of the 33 written submissions came from organisations. Wayfarer Outreach, the charity that
  runs the council's street outreach service for people sleeping rough, and the Brackenwell Youth
  Forum both objected to the begging condition. The Brackenwell Traders' Association asked for the
  cycling condition to cover all hours.</p>

  <h2>What we changed</h2>
  <p>After considering the responses, the Cabinet Member agreed four changes to the draft order:</p>
  <ol>
    <li>The begging condition has been removed. Begging will be dealt with under existing law and
    through outreach support.</li>
    <li>The cycling and e-scooter condition now applies from 10:00 to 18:00 only, and does not apply
    to anyone pushing a bike.</li>
    <li>Quayside Walk car park has been taken out of the restricted area.</li>
    <li>We will publish enforcement figures every six months.</li>
  </ol>

  <h2>Fixed penalties</h2>
  <p>Breaking the order is a criminal offence. Police officers, PCSOs and the council's contracted
  enforcement officers can issue a fixed penalty notice of £100, reduced to £60 if paid within 10
  days. Anyone who does not pay can be prosecuted and fined up to £1,000.</p>

  <section class="faq">
    <h2>Questions and answers</h2>
    <details>
      <summary>Does the order cover the whole of Brackenwell?</summary>
      <p>No. It covers the town centre only. The exact boundary is shown on the map of the restricted
      area, and signs are being put up at every entrance to it.</p>
    </details>
    <details>
      <summary>Can I still drink alcohol in the Wharf Gardens?</summary>
      <p>Yes. Drinking alcohol in the area is not in itself an offence. An officer can ask you to stop
      and to hand over the alcohol if they believe your behaviour is, or is likely to become,
      anti-social. Refusing to do so is an offence.</p>
    </details>
    <details>
      <summary>Will the order be used against people sleeping rough?</summary>
      <p>No. Sleeping rough is not covered by the order. Officers will refer anyone sleeping rough to
      the outreach service.</p>
    </details>
    <details>
      <summary>How long will the order last?</summary>
      <p>Three years, until 31 May 2030. We will review how it is working after 12 months, in June
      2028, and can vary or end it earlier.</p>
    </details>
    <details>
      <summary>Where can I read the full report?</summary>
      <p>The full consultation report (42 pages) was published with the Cabinet Member's decision.
      You can ask for a paper copy at Brackenwell Library.</p>
    </details>
  </section>
  <p class="updated">Page last reviewed: 20 April 2027</p>
</main>
<aside class="bc-related" aria-label="Related pages">
  <h2>Related pages</h2>
  <ul>
    <li><a href="/community-safety/asb">Report anti-social behaviour</a></li>
    <li><a href="/community-safety/pspo-map">Map of the restricted area</a></li>
    <li><a href="/consultations/open">Open consultations</a></li>
  </ul>
</aside>
<footer class="bc-footer">
  <ul>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/privacy">Privacy</a></li>
    <li><a href="/terms">Terms of use</a></li>
    <li><a href="/jobs">Jobs at the council</a></li>
    <li><a href="/translate">Translate</a></li>
  </ul>
  <p>Brackenwell Council, Civic Offices, Tannery Lane, Brackenwell, London</p>
  <p>&copy; Brackenwell Council 2027</p>
</footer>
<script src="/assets/accordion.js"></script>
</body>
</html>
"""


def build_dev_html():
    return _write("dev/brackenwell_town_centre_pspo_consultation_results.html", DEV_HTML)


# ===========================================================================
# dev: .md - programme briefing: key facts, nested numbered lists, footnotes
# ===========================================================================

DEV_MD = """# Lodestar youth diversion programme: briefing for 2027/28

Prepared for: MOPAC Children and Young People Commissioning Board
Prepared by: Ezra Marchetti-Quayle, Programme Lead, Oakhaven Youth Collective
Date: 8 June 2027
Classification: OFFICIAL

## Key facts

- Lodestar works with young people aged 10 to 17 in Hollinsford who have been arrested, or given a
  community resolution, for a first or second offence.
- It began in April 2025 and is run by Oakhaven Youth Collective, a charity based in Wharfside.
- 2027/28 budget: £312,000, of which £204,000 is from MOPAC and £108,000 from Hollinsford Council.[^1]
- 2026/27: 214 referrals and 118 young people completed the programme.
- Targets for 2027/28: 240 referrals and 150 completions.

## Why diversion

Most children arrested for a first offence do not offend again if they are kept out of the formal
justice system and given the right support quickly. Lodestar's caseworkers aim to meet each young
person while the offence is still fresh, and to involve their family and school from the start.

## How Lodestar works

1. Referral
   1. A custody sergeant or a youth justice officer refers the young person within 48 hours of the
      arrest or community resolution.
   2. A caseworker contacts the young person and their parent or carer within five working days.
2. Assessment
   1. The caseworker meets the young person at home or at school.
   2. Together they agree a plan with no more than three goals.
3. Intervention (12 weeks)
   1. Weekly one-to-one mentoring.
   2. At least one group activity: boxing, music production or a cookery course.
   3. A restorative meeting with the victim, if the victim wants one.
4. Exit
   1. A closing review with the young person, their carer and the referring officer.
   2. Follow-up calls at three and six months.

## Results so far

| Measure | 2025/26 | 2026/27 |
|---|---:|---:|
| Referrals received | 176 | 214 |
| Started the programme | 129 | 163 |
| Completed the programme | 88 | 118 |
| No further offence within six months of completing[^2] | 80% | 87% |
| Average days from referral to first meeting | 23 | 14 |

The average wait has been 8 days since a second caseworker started in October 2026.

## Funding

| Source | 2026/27 | 2027/28 |
|---|---:|---:|
| MOPAC London Crime Prevention Fund | £190,000 | £204,000 |
| Hollinsford Council | £96,000 | £108,000 |
| **Total** | **£286,000** | **£312,000** |

## Changes planned for 2027/28

1. A third caseworker, based in the Tidewater BCU custody suite at Hollinsford Police Station, from
   September 2027.
2. Up to 30 places for young people who have not been arrested but whose school and Safer Schools
   Officer agree that they are at risk of being drawn into crime.
3. A pilot in Brackenwell, if Brackenwell Council agrees to fund it.[^3]

## Risks

- Referrals depend on custody sergeants: 31 eligible young people were not referred in 2026/27.
- Two of the five mentors are on fixed-term contracts that end in March 2028.
- The programme has no funding agreed beyond 31 March 2028.

Contact: Ezra Marchetti-Quayle, 020 7946 0862, lodestar@oakhaven.example.org

[^1]: The MOPAC share depends on the Deputy Mayor for Policing and Crime approving the London Crime
    Prevention Fund allocations for 2027/28, expected in July 2027.
[^2]: Measured from police records six months after each young person's last session.
[^3]: The Hollinsford Safer Communities Partnership Board asked the council to write to Brackenwell
    Council in April 2027. No reply had been received when this briefing was written.
"""


def build_dev_md():
    return _write("dev/lodestar_youth_diversion_briefing_2027_28.md", DEV_MD)


# ===========================================================================
# dev: .txt - e-mail thread with a reply quoting the first message inline
# ===========================================================================

DEV_TXT = """From: Gwendolyn Achterberg <gwendolyn.achterberg@brackenwell.example.gov.uk>
To: Rafferty Quinlan-Obasi <rafferty.quinlan-obasi@met.example.police.uk>
Cc: Rosalind Crabbe <rosalind.crabbe@brackenwell.example.gov.uk>
Date: Wed, 12 May 2027 09:41
Subject: RE: Brackenwell town centre PSPO - enforcement from 1 June
Attachments: PSPO_restricted_area_map_final.pdf

Rafferty,

Thanks, that answers almost everything. Three quick follow-ups:

1. Our enforcement contractor, Kestrelgate Patrol Services Ltd, can start
   the joint patrols on Friday 4 June as you suggest. Their team leader on
   the contract is Declan Osterhout, who will meet your sergeant at
   Brackenwell Police Station at 17:30 that evening.

2. I have booked the first-floor meeting room at Brackenwell Library for
   the officer briefing on Tuesday 25 May at 14:00. It will take about
   45 minutes. Rosalind Crabbe, our PSPO project officer, will run it and
   bring two of the handheld devices.

3. The attached map is the final version. The boundary now stops at the
   Tannery Lane footbridge, and Quayside Walk car park is outside the
   restricted area.

The 38 new signs go up between 17 and 28 May. I'll send photos once they
are all in place.

Gwen

Gwendolyn Achterberg
ASB and Enforcement Team Leader
Community Safety Service, Brackenwell Council
020 7946 0218

-----Original Message-----
From: Rafferty Quinlan-Obasi <rafferty.quinlan-obasi@met.example.police.uk>
To: Gwendolyn Achterberg <gwendolyn.achterberg@brackenwell.example.gov.uk>
Cc: TW Neighbourhoods SMT <tw-neighbourhoods-smt@met.example.police.uk>
Date: Tue, 11 May 2027 17:26
Subject: RE: Brackenwell town centre PSPO - enforcement from 1 June

Hi Gwen,

My answers are below each of your points. I have spoken to the BCU
Commander, Chief Superintendent Philippa Vandermolen, and she is content
for us to support the first month of enforcement as set out here.

On Mon, 10 May 2027 at 16:02, Gwendolyn Achterberg wrote:
> Rafferty,
>
> As you know, the Brackenwell town centre PSPO comes into force on
> Tuesday 1 June 2027. Before then I need to agree a few things with you
> so that I can brief the Cabinet Member, Councillor Ifeoma Strand.
>
> 1. Who will enforce it? Our plan is that the council's contracted
> officers issue most of the fixed penalty notices, and that police
> deal with the alcohol condition and with anyone who refuses to give
> their details.

Agreed. Our Brackenwell town centre team (one sergeant, four PCs and
six PCSOs) will enforce all four conditions when they come across a
breach, but we expect your contractor to issue most of the FPNs. PCSOs
have the power to issue an FPN under all four conditions.

> 2. How many FPNs do you expect your officers to issue in the first
> month? Members keep asking me for a number.

We won't set a target. In June we want officers to explain the order
first and use their discretion. As a guide, in the 2025 dispersal trial
on the High Street officers gave 212 warnings and issued 9 FPNs.

> 3. Can we agree dates for joint patrols in June?

Yes. I suggest joint patrols every Friday and Saturday in June from
18:00 to 23:00, starting on Friday 4 June, plus the Brackenwell Carnival
on Saturday 19 June.

> 4. Could your officers attend a short briefing on the order and on how
> to use the council's handheld FPN devices?

Yes, but please make it a Tuesday afternoon, when the team is on lates,
so that all 11 officers can come.

> 5. Councillors are being asked whether the police will use the order
> against people sleeping rough.

No. The order does not make rough sleeping or begging an offence. Our
officers will refer anyone sleeping rough to Wayfarer Outreach, the
council's street outreach service, and will not issue them with FPNs.

> Thanks,
> Gwen

One more thing from us: please send the final map of the restricted area.
The version on the council website still shows the old boundary at
Tannery Lane.

Regards,
Rafferty

Inspector Rafferty Quinlan-Obasi
Neighbourhood Inspector, Brackenwell
Tidewater BCU, Metropolitan Police Service
020 7946 0573
"""


def build_dev_txt():
    return _write("dev/email_thread_brackenwell_pspo_enforcement_may_2027.txt", DEV_TXT)


# ===========================================================================
# sealed: .docx - FOI response: key-value table, parts, merged-cell table
# ===========================================================================


def build_sealed_docx():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    name = "sealed/foi_response_iru_foi_27_004412_taser_highcombe.docx"
    d = docx_setup(
        "Freedom of Information request IRU/FOI/27/004412 - Taser use in Highcombe BCU",
        "Ottoline Grieve-Nakamura",
        _dt.datetime(2027, 2, 16, 14, 0, 0),
        "OFFICIAL",
        "Information Rights Unit | IRU/FOI/27/004412 | Page ",
    )
    d.sections[0].header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    docx_field(d.sections[0].footer.paragraphs[0], "PAGE", "1")

    p = d.add_paragraph()
    r = p.add_run("Metropolitan Police Service")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Information Rights Unit, PO Box 60417, London")
    d.add_paragraph("Email: foi-requests@met.example.police.uk")
    docx_table(d, [
        ["Our reference", "IRU/FOI/27/004412"],
        ["Date request received", "19 January 2027"],
        ["Date of response", "16 February 2027"],
        ["Subject", "Taser use in Highcombe BCU"],
    ], header=False)
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(
        "Thank you for your request for information, which the Metropolitan Police Service (MPS) "
        "received on 19 January 2027. I have dealt with it under the Freedom of Information Act 2000 "
        "(the Act). Your request had five parts. I set out each part below, followed by our answer.")

    def part(title, asked, answers):
        d.add_heading(title, level=2)
        q = d.add_paragraph()
        q.add_run("You asked: ").bold = True
        q.add_run(asked)
        first = True
        for a in answers:
            p = d.add_paragraph()
            if first:
                p.add_run("Our answer: ").bold = True
                first = False
            p.add_run(a)

    part("Part 1 - Taser use by borough",
         "How many times did officers in Highcombe BCU use Taser in each of the last two calendar years, "
         "broken down by borough and by the highest level of use?",
         ["This information is held. It is set out in Table 1. Each use is counted once, at the highest "
          "level it reached; for example, a Taser that was drawn, aimed and then fired is counted as "
          "fired."])
    t = d.add_table(rows=8, cols=7)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "Borough"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Year"
    t.cell(0, 2).merge(t.cell(0, 5)).text = "Highest level of use"
    t.cell(0, 6).merge(t.cell(1, 6)).text = "Total uses"
    for c, label in enumerate(["Drawn", "Aimed or red-dotted", "Arced", "Fired"], 2):
        t.cell(1, c).text = label
    rows = [
        ("Quillingham", [("2025", "212", "318", "9", "41", "580"), ("2026", "236", "301", "7", "38", "582")]),
        ("Ostermere", [("2025", "164", "227", "5", "29", "425"), ("2026", "171", "249", "11", "33", "464")]),
        ("Highcombe BCU", [("2025", "376", "545", "14", "70", "1,005"),
                           ("2026", "407", "550", "18", "71", "1,046")]),
    ]
    r = 2
    for borough, years in rows:
        t.cell(r, 0).merge(t.cell(r + 1, 0)).text = borough
        for vals in years:
            for c, v in enumerate(vals, 1):
                t.cell(r, c).text = v
            r += 1
    _bold_row(t.rows[0])
    _bold_row(t.rows[1])
    cap = d.add_paragraph("Table 1: Taser use by officers in Highcombe BCU, by borough and highest level "
                          "of use, calendar years 2025 and 2026")
    cap.runs[0].italic = True

    part("Part 2 - Officers trained",
         "How many officers in Highcombe BCU are trained to carry Taser, and how many of them are women?",
         ["At 31 December 2026, 384 officers in Highcombe BCU were trained and authorised to carry Taser, "
          "up from 297 at 31 December 2025. Of the 384, 71 were women."])
    part("Part 3 - Injuries",
         "How many people needed hospital treatment after Taser was used on them?",
         ["This information is not held in a form we can retrieve. Injuries are recorded in free text on "
          "each use of force form, so we would have to read every one of the 2,051 forms for the two years. "
          "We estimate that this would take more than 18 hours, which is the appropriate limit for the "
          "MPS, so section 12 of the Act applies and we are not obliged to answer this part.",
          "Under section 16 of the Act I can offer advice: if you limit this part to the 141 uses in which "
          "a Taser was fired, we may be able to answer it within the limit."])
    part("Part 4 - Officers on duty",
         "How many Taser-trained officers are on duty on each shift in Ostermere?",
         ["We hold this information but are withholding it under section 31(1)(a) and (b) of the Act "
          "(law enforcement). Section 31 is a qualified exemption, so I have considered the public "
          "interest.",
          "Disclosure would help the public understand how Taser officers are deployed. However, "
          "publishing shift numbers would show when fewer Taser officers are on duty in one area, which "
          "could help people planning to commit crime or to attack officers. I have concluded that the "
          "public interest favours withholding this information."])
    part("Part 5 - Ethnicity",
         "What was the ethnicity of the people on whom Taser was used?",
         ["The MPS publishes use of force data, including the ethnicity of the subject, on its website "
          "every month. This information is therefore exempt under section 21 of the Act (information "
          "reasonably accessible to you by other means)."])

    d.add_heading("Your right to complain", level=2)
    d.add_paragraph(
        "If you are unhappy with this response you can ask for an internal review by writing to the "
        "Information Rights Unit within 40 working days of the date of this letter, quoting the "
        "reference above. If you are still unhappy after the review you can complain to the "
        "Information Commissioner's Office.")
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Ottoline Grieve-Nakamura")
    d.add_paragraph("Disclosure Officer, Information Rights Unit")
    docx_save(d, _path(name), FIXED_ZIP_TIME)
    return name


# ===========================================================================
# sealed: .pdf - inspection progress update: summary box, status table, notes
# ===========================================================================


def build_sealed_pdf():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    name = "sealed/highcombe_bcu_hmicfrs_progress_update_july_2027.pdf"
    title = "Highcombe BCU: progress on the HMICFRS areas for improvement"
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6)
    label = ParagraphStyle("l", parent=body, fontName="Times-Bold", spaceAfter=2)
    small = ParagraphStyle("s", parent=body, fontSize=9.5, leading=12, spaceAfter=3)
    h1 = ParagraphStyle("h1", fontName="Times-Bold", fontSize=17, leading=21, spaceAfter=4)
    sub = ParagraphStyle("sub", fontName="Times-Italic", fontSize=12, leading=15, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="Times-Bold", fontSize=12.5, leading=16, spaceBefore=9, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="Times-Roman", fontSize=9.5, leading=11.5)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Times-Bold")

    summary = Table([[Paragraph(
        "<b>Summary.</b> The 2025 PEEL inspection of the Metropolitan Police Service by HMICFRS set out "
        "areas for improvement (AFIs) for the whole force. Five of them depend mainly on work done in "
        "BCUs. This report sets out Highcombe BCU's progress on those five AFIs at 30 June 2027. Two are "
        "complete, two are on track and one is behind schedule.", body)]], colWidths=[166 * mm])
    summary.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#1f3b5a")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8eef5")),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
    ]))

    status_rows = [
        ["AFI", "Area for improvement", "BCU lead", "Status", "Target date"],
        ["1", "Attending emergency calls on time", "Supt Lysander Pembury-Hart", "On track", "March 2028"],
        ["2", "Recording crime accurately", "DCI Hyacinth Oduya", "Complete", "Done January 2027"],
        ["3", "Supervision of stop and search", "Supt Lysander Pembury-Hart", "On track", "December 2027"],
        ["4", "Violence against women and girls in public spaces", "Supt Lorcan Teague", "Complete",
         "Done May 2027"],
        ["5", "Keeping victims informed", "Det Supt Cuthbert Kilcullen", "Behind schedule",
         "September 2027"],
    ]
    fill = {"On track": "#fff2c2", "Complete": "#d8efd3", "Behind schedule": "#f6d0cc"}
    data = [[Paragraph(f'<font color="white">{c}</font>' if i == 0 else c, cellb if i == 0 else cell)
             for c in row] for i, row in enumerate(status_rows)]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f8c99")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3b5a")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for i, row in enumerate(status_rows[1:], 1):
        style.append(("BACKGROUND", (3, i), (3, i), colors.HexColor(fill[row[3]])))
    status = Table(data, colWidths=[11 * mm, 56 * mm, 43 * mm, 26 * mm, 30 * mm], repeatRows=1)
    status.setStyle(TableStyle(style))

    def afi(heading, found, done, progress):
        return [
            Paragraph(heading, h2),
            Paragraph("What HMICFRS found", label),
            Paragraph(found, body),
            Paragraph("What we have done", label),
            Paragraph(done, body),
            Paragraph("Progress", label),
            Paragraph(progress, body),
        ]

    f = [
        Paragraph("Metropolitan Police Service | Highcombe BCU (Quillingham and Ostermere)", small),
        Paragraph(title, h1),
        Paragraph("Update to the MOPAC Oversight Board, July 2027", sub),
        Paragraph("Report reference: HC/OB/2027/07", small),
        Paragraph("Report of: Chief Superintendent Octavia Brennan-Lowe, BCU Commander", small),
        Paragraph("Date: 9 July 2027", small),
        Spacer(1, 4 * mm),
        summary,
        Paragraph("1. Purpose", h2),
        Paragraph("1.1 The Board is asked to note the progress in this report and to agree that AFIs 2 "
                  "and 4 can be closed for Highcombe BCU.", body),
        Paragraph("2. Progress at a glance", h2),
        status,
        Spacer(1, 2 * mm),
    ]
    f += afi(
        "3. AFI 1: Attending emergency calls on time",
        "The force was not attending enough emergency (I-grade) calls within its target time of 15 "
        "minutes.<super>1</super>",
        "In November 2026 we opened a patrol base at Hatchmoor and moved 12 response officers there from "
        "Ostermere Police Station. This cut the average journey time to the east of Quillingham by four "
        "minutes. A dedicated response car now covers the Pelican Wharf estates every night from 20:00 to "
        "04:00.",
        "In 2026/27 we attended 88.9 per cent of I-grade calls within 15 minutes, up from 81.4 per cent in "
        "2025/26. The target is 90 per cent. Our average time to attend was 9 minutes 40 seconds.")
    f += afi(
        "4. AFI 2: Recording crime accurately",
        "Crimes reported as part of anti-social behaviour and domestic incidents were not always recorded.",
        "All call handlers and response sergeants have been retrained, and the Crime Management Unit now "
        "checks every closed domestic incident within 24 hours.",
        "An audit of 400 incidents in January 2027 found that 94 per cent of crimes had been correctly "
        "recorded, compared with 86 per cent in the audit of January 2026.<super>2</super>")
    f += afi(
        "5. AFI 3: Supervision of stop and search",
        "Supervisors did not review enough searches, and the grounds for a search were not always "
        "recorded clearly.",
        "Sergeants now review the body-worn video of at least one search in ten. The Highcombe Stop and "
        "Search Community Monitoring Group, chaired by Yetunde Farrant-Hale, reviews 40 searches chosen "
        "at random at each of its monthly meetings.",
        "The Group rated the grounds as reasonable in 84 per cent of the searches it reviewed in the "
        "first half of 2027, up from 71 per cent in 2026.")
    f += afi(
        "6. AFI 4: Violence against women and girls in public spaces",
        "The force needed to do more to make women and girls safe in public places, especially at night.",
        "Since October 2026 officers have carried out Night Safe patrols on the three walking routes in "
        "Quillingham Council's Safe Routes pilot<super>3</super> and at six other places named by women in "
        "the council's 2026 survey. Officers completed 412 Night Safe patrols between October 2026 and May "
        "2027 and spoke to more than 2,900 people.",
        "Reports of sexual harassment on the pilot routes fell from 57 to 31 between October and March, "
        "compared with the same months a year earlier. The council has decided to extend Safe Routes to "
        "five more routes, and we have agreed to keep patrolling them.")
    f += afi(
        "7. AFI 5: Keeping victims informed",
        "Victims were not always given a needs assessment or kept up to date, as the Victims' Code "
        "requires.",
        "A reminder now appears on the crime system when a victim has not been updated for 28 days. The "
        "BCU's victim care hub calls every victim of burglary, robbery and violence with injury.",
        "Our monthly audit shows that 73 per cent of victims received a needs assessment and regular "
        "updates in June 2027, up from 62 per cent in June 2026, against a target of 85 per cent. The "
        "work is behind schedule because the victim care hub was without two of its four staff from "
        "February to April 2027. We have moved the target date from March 2027 to September 2027.")
    f += [
        Paragraph("8. Recommendation", h2),
        Paragraph("8.1 The Board is asked to note this report and to agree that AFI 2 (recording crime) "
                  "and AFI 4 (violence against women and girls in public spaces) be closed for Highcombe "
                  "BCU. The BCU will report again on AFIs 1, 3 and 5 in January 2028.", body),
        Spacer(1, 4 * mm),
        Paragraph("Chief Superintendent Octavia Brennan-Lowe", body),
        Paragraph("BCU Commander, Highcombe BCU", body),
        Paragraph("9 July 2027", body),
        Paragraph("Notes", h2),
        Paragraph("1. I-grade (immediate) calls are emergency calls where there is a risk to life or a crime "
                  "in progress. The MPS aims to attend 90 per cent of them within 15 minutes.", small),
        Paragraph("2. Both audits were carried out by the MPS Crime Data Integrity team on 400 incidents "
                  "chosen at random.", small),
        Paragraph("3. Safe Routes is a Quillingham Council programme of lighting, CCTV and patrols on "
                  "walking routes. The pilot ran from October 2026 to March 2027.", small),
    ]

    def decorate(c, page, n):
        c.saveState()
        c.setFont("Times-Roman", 8.5)
        c.setFillColor(colors.HexColor("#1f3b5a"))
        c.rect(22 * mm, 283 * mm, 166 * mm, 0.8 * mm, stroke=0, fill=1)
        c.drawString(22 * mm, 286 * mm, "Highcombe BCU | HMICFRS areas for improvement | OFFICIAL")
        c.drawString(22 * mm, 11 * mm, "MOPAC Oversight Board, July 2027 - report HC/OB/2027/07")
        c.drawRightString(188 * mm, 11 * mm, f"Page {page} of {n}")
        c.restoreState()

    _build_pdf(_path(name), title, "Octavia Brennan-Lowe", "Highcombe BCU progress update", f, decorate)
    return name


# ===========================================================================
# sealed: .html - council grants page: alert banner, "On this page", <dl>, FAQ
# ===========================================================================

SEALED_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Community Safety Fund 2027: grants awarded | Ostermere Council</title>
  <link rel="stylesheet" href="/static/ostermere.min.css">
  <script async src="/static/analytics.js"></script>
</head>
<body>
  <a class="skip" href="#content">Skip to content</a>
  <div class="alert" role="alert">
    <p>Our phone lines will be closed on Monday 31 May 2027 for the bank holiday. You can still
    report problems online.</p>
  </div>
  <div class="cookie-notice" role="dialog" aria-label="Cookies">
    <p>We'd like to use analytics cookies to improve our website.</p>
    <button type="button">Allow analytics cookies</button>
    <button type="button">No thanks</button>
  </div>
  <header class="os-header">
    <a class="os-brand" href="/">Ostermere Council</a>
    <div class="os-tools">
      <a href="/sign-in">Sign in</a>
      <a href="/register">Create an account</a>
    </div>
    <nav aria-label="Main navigation">
      <ul class="os-menu">
        <li><a href="/residents">Residents</a></li>
        <li><a href="/business">Business</a></li>
        <li><a href="/community">Community and safety</a></li>
        <li><a href="/council">Your council</a></li>
        <li><a href="/news">News</a></li>
      </ul>
    </nav>
  </header>
  <nav class="os-breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/community">Community and safety</a></li>
      <li><a href="/community/grants">Grants and funding</a></li>
      <li>Community Safety Fund 2027</li>
    </ol>
  </nav>
  <div class="os-body">
    <main id="content">
      <h1>Community Safety Fund 2027: grants awarded</h1>
      <p class="os-meta">Published: 14 May 2027 | From: Community Safety Team</p>
      <nav class="on-this-page" aria-label="On this page">
        <h2>On this page</h2>
        <ul>
          <li><a href="#summary">Summary</a></li>
          <li><a href="#grants">Grants awarded</a></li>
          <li><a href="#assessment">How bids were assessed</a></li>
          <li><a href="#faq">Questions</a></li>
        </ul>
      </nav>
      <section id="summary">
        <h2>Summary</h2>
        <p>Ostermere's Community Safety Fund gives grants to voluntary and community groups for projects
        that make the borough safer. The 2027 fund was paid for by Ostermere Council (£180,000) and by
        Highcombe BCU's share of money recovered from criminals under the Proceeds of Crime Act
        (£60,000).</p>
        <p>This is the fifth year of the fund. This year the panel gave priority to projects for young
        people aged 10 to 18 and to projects that tackle violence against women and girls; together
        they received 11 of the 16 grants.</p>
        <dl class="os-facts">
          <dt>Total fund</dt>
          <dd>£240,000</dd>
          <dt>Applications received</dt>
          <dd>67</dd>
          <dt>Grants awarded</dt>
          <dd>16, worth £231,350 in total</dd>
          <dt>Largest grant</dt>
          <dd>£25,000</dd>
          <dt>Smallest grant</dt>
          <dd>£3,200</dd>
          <dt>Assessment panel met</dt>
          <dd>29 April 2027</dd>
          <dt>Projects run</dt>
          <dd>1 June 2027 to 31 May 2028</dd>
        </dl>
      </section>
      <section id="grants">
        <h2>Grants awarded</h2>
        <p>The eight largest grants, and the total for the other eight projects, are shown below.</p>
        <table class="os-table">
          <caption>Community Safety Fund 2027: grants awarded</caption>
          <thead>
            <tr><th>Organisation</th><th>Project</th><th>Ward</th><th>Grant</th></tr>
          </thead>
          <tbody>
            <tr><td>Ostermere Boxing Academy</td><td>Friday night boxing sessions for young people aged 11
            to 16</td><td>Cinder Hill</td><td>£25,000</td></tr>
            <tr><td>Bluebell Women's Network</td><td>Weekly domestic abuse drop-in at Steeple Green
            Library</td><td>Steeple Green</td><td>£22,500</td></tr>
            <tr><td>Ostermere Street Angels</td><td>Volunteers helping people on Friday and Saturday
            nights in the town centre</td><td>Ostermere Central</td><td>£18,000</td></tr>
            <tr><td>Foxley Park Youth Club</td><td>Summer holiday programme with detached youth
            workers</td><td>Foxley Park</td><td>£15,400</td></tr>
            <tr><td>Mallard Rise Community Garden</td><td>Turning land used for drug dealing into a
            community garden</td><td>Mallard Rise</td><td>£9,750</td></tr>
            <tr><td>Ostermere Arts Trust</td><td>Youth Zone at the Ostermere Waterfront
            Festival</td><td>Ostermere Central</td><td>£8,500</td></tr>
            <tr><td>Pelican Wharf Tenants' Association</td><td>Estate walkabouts with police and housing
            officers</td><td>Pelican Wharf</td><td>£6,800</td></tr>
            <tr><td>Ostermere Seniors' Forum</td><td>Talks on doorstep crime and scams</td><td>All
            wards</td><td>£3,200</td></tr>
            <tr><td>Eight other projects</td><td>Listed in the panel's decision report</td><td>Various</td>
            <td>£122,200</td></tr>
            <tr><th scope="row">Total</th><td></td><td></td><td>£231,350</td></tr>
          </tbody>
        </table>
      </section>
      <section id="assessment">
        <h2>How bids were assessed</h2>
        <p>The panel was chaired by Councillor Benedikt Saltonstall, Cabinet Member for Communities. It
        also included Chief Inspector Maud Ferreira-Blake of Highcombe BCU and two representatives of
        Ostermere Voluntary Action. Each bid was scored against five criteria:</p>
        <ol>
          <li>Evidence of need (30 per cent of the score)</li>
          <li>Number of people who will benefit (25 per cent)</li>
          <li>Value for money (20 per cent)</li>
          <li>Working with the police, the council or other groups (15 per cent)</li>
          <li>What will happen when the grant ends (10 per cent)</li>
        </ol>
        <p>Bids from groups that had not received a grant before were given priority where scores were
        equal. Nine of this year's 16 grants went to first-time applicants.</p>
        <p>Every group that receives a grant must send us a short progress report by 30 November 2027
        and a final report by 30 June 2028, saying how many people took part and what difference the
        project made.</p>
      </section>
      <section id="faq">
        <h2>Questions</h2>
        <details>
          <summary>My bid was not successful. Can I get feedback?</summary>
          <p>Yes. Email the Community Safety Team by 11 June 2027 and an officer will call you to go
          through the panel's scores.</p>
        </details>
        <details>
          <summary>When will grants be paid?</summary>
          <p>In two instalments: 70 per cent in June 2027, and the remaining 30 per cent in December 2027
          once we have received a progress report.</p>
        </details>
        <details>
          <summary>Will there be a 2028 round?</summary>
          <p>We expect to open the 2028 round in January 2028, subject to the council's budget. The
          £8,650 not awarded this year will be added to it.</p>
        </details>
        <details>
          <summary>Can individuals apply?</summary>
          <p>No. Only constituted voluntary and community groups, registered charities, community
          interest companies and schools in Ostermere can apply.</p>
        </details>
      </section>
      <p class="os-contact">Contact: Community Safety Team, communitysafety@ostermere.example.gov.uk,
      020 7946 0947</p>
    </main>
    <aside class="os-aside">
      <h2>Related content</h2>
      <ul>
        <li><a href="/community/grants/ward-fund">Ward councillor fund</a></li>
        <li><a href="/community/safety/report">Report a community safety problem</a></li>
        <li><a href="/community/volunteering">Volunteering in Ostermere</a></li>
      </ul>
    </aside>
  </div>
  <footer class="os-footer">
    <ul class="os-social">
      <li><a href="/social/facebook">Facebook</a></li>
      <li><a href="/social/instagram">Instagram</a></li>
      <li><a href="/social/linkedin">LinkedIn</a></li>
    </ul>
    <ul class="os-footer-links">
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/privacy">Privacy</a></li>
      <li><a href="/contact">Contact us</a></li>
    </ul>
    <p>&copy; 2027 Ostermere Council</p>
  </footer>
</body>
</html>
"""


def build_sealed_html():
    return _write("sealed/ostermere_community_safety_fund_2027_grants_awarded.html", SEALED_HTML)


# ===========================================================================
# sealed: .md - executive decision record: front matter, blockquote, footnotes
# ===========================================================================

SEALED_MD = """---
title: "Safe Routes: lighting, CCTV and patrols on walking routes, 2027 to 2029"
reference: QC/EX/2027/019
decision_type: Key decision
published: 2027-04-22
---

# Executive decision record: Safe Routes programme, 2027 to 2029

Quillingham Council | Decision reference QC/EX/2027/019 | Key decision | Published 22 April 2027

Decision maker: Councillor Aurelia Montgomery-Pike, Cabinet Member for Community Safety and Regulatory
Services

Report author: Hamish Oyelaran-Price, Community Safety Programme Manager

## 1. Decision

The Cabinet Member decided to:

1. approve capital spending of £1,460,000 on new lighting and CCTV on five walking routes;
2. approve revenue spending of £238,000 over 2027/28 and 2028/29 on route wardens and an independent
   evaluation; and
3. ask Highcombe BCU to continue Night Safe patrols on all eight Safe Routes, at no cost to the council.

## 2. Key facts

- The 2026/27 pilot covered three routes (Tollgate Walk, the Sorrel Lane footpath and the Brewery
  Steps) and cost £387,000.
- Reports of sexual harassment on the three pilot routes fell from 57 to 31 between October and March,
  compared with the same months a year before.[^1]
- 2,214 people answered the council's walking safety survey in 2026, and 68 per cent of women who
  answered said they avoided at least one route after dark.[^2]
- This decision adds five routes, taking the total to eight.

## 3. The new routes

| Route | Length | New lights | New CCTV cameras | Year of work |
|---|---:|---:|---:|---|
| Canal towpath, Quillingham Lock to Ferrier Road | 1.4 km | 46 | 4 | 2027/28 |
| Hatchmoor Common crossing path | 0.9 km | 31 | 2 | 2027/28 |
| Orchard Street underpass and ramps | 0.3 km | 12 | 3 | 2027/28 |
| Quillingham Station to Brindle Park | 1.1 km | 38 | 3 | 2028/29 |
| St Jude's alleyways, Cobb Row to Kiln Lane | 0.6 km | 22 | 2 | 2028/29 |
| **Total** | **4.3 km** | **149** | **14** | |

## 4. Costs

| Item | 2027/28 | 2028/29 | Total |
|---|---:|---:|---:|
| Lighting (capital) | £520,000 | £410,000 | £930,000 |
| CCTV (capital) | £310,000 | £220,000 | £530,000 |
| Route wardens (revenue) | £96,000 | £102,000 | £198,000 |
| Evaluation (revenue) | £18,000 | £22,000 | £40,000 |
| **Total** | **£944,000** | **£754,000** | **£1,698,000** |

Capital costs will be met from the council's capital programme. Revenue costs will be met from the
community safety budget, with £60,000 a year from the Greater London Authority's women's night safety
grant.

## 5. Reasons for the decision

> The pilot showed that better lighting, cameras and a visible police presence make a real difference
> to how safe women feel on these routes. The five new routes were those most often named in the
> survey, and all of them link homes to a station, a bus route or a town centre.

## 6. Consultation

- Highcombe BCU
  - The BCU Commander, Chief Superintendent Octavia Brennan-Lowe, supports the programme.
  - The BCU will patrol each route at least twice a week after dark from October to March.
- Quillingham Women's Safety Forum
  - The Forum asked for the Hatchmoor Common path to be done first; it is in the first year.
- Ward councillors
  - Councillors for all six wards on the routes were consulted and none objected.

## 7. Alternatives considered

1. Do nothing. Rejected: the pilot routes show that the work reduces harassment.
2. Lighting only, without CCTV. Rejected: police said that cameras had helped to identify
   suspects in four of the pilot cases.
3. All five routes in 2027/28. Rejected: the lighting contractor cannot do all the work in one year.

## 8. Declarations of interest

None.

[^1]: Police-recorded reports, October 2025 to March 2026 compared with October 2026 to March 2027.
    The pilot evaluation by Fenwick and Dace Associates will be published in July 2027.
[^2]: The survey ran from 1 June to 31 July 2026.
"""


def build_sealed_md():
    return _write("sealed/quillingham_safe_routes_executive_decision_2027.md", SEALED_MD)


# ===========================================================================
# sealed: .txt - council letter typed as plain text, fixed-width table
# ===========================================================================

SEALED_TXT = """                                                   OSTERMERE COUNCIL
                                   Place and Communities Directorate
                                     Town Hall, Corbel Street, Ostermere
                                                 Tel: 020 7946 0925
                                   Email: events@ostermere.example.gov.uk


Our ref:   PC/EV/2027/118
Your ref:  HC/OPS/WF27
Date:      21 May 2027


Chief Superintendent Octavia Brennan-Lowe
BCU Commander, Highcombe BCU
Metropolitan Police Service
Quillingham Police Station
Station Approach, Quillingham


Dear Chief Superintendent Brennan-Lowe,

Ostermere Waterfront Festival 2027: policing and special police services
========================================================================

1. Thank you for your letter of 6 May 2027, and for meeting my team on
   13 May. I am writing to set out the council's position on policing for
   this year's Ostermere Waterfront Festival, which will take place in
   Waterfront Park on Saturday 24 and Sunday 25 July 2027. It is the
   largest free event in the borough, and this will be its twelfth year.

2. The council organises the festival with the Ostermere Arts Trust and
   pays for special police services (SPS) inside the festival site. The
   last two festivals compare as follows:

                                         2025          2026
      Attendance (both days)           41,000        48,500
      Officers on duty at peak             64            72
      Arrests                              17            11
      Crimes reported                      38            29
      SPS charge paid                 £38,400       £46,100

3. In 2026 most of the trouble came on the Saturday evening: 9 of the 11
   arrests were made between 19:00 and 22:00, most of them for disorder
   near the main stage. There was no serious violence on either day, and
   the London Ambulance Service treated 46 people on site, mostly for
   heat exhaustion.

4. Your letter proposes 86 officers at peak this year, because you expect
   about 55,000 people and the Saturday licence now runs until 23:00. It
   estimates the SPS charge at £61,900. That is 34 per cent more than in
   2026, and more than the council's events budget can absorb.

5. We would therefore ask that:

   * the number of officers inside the site is reviewed, since the council
     will provide 140 SIA-licensed stewards this year, up from 110 in 2026;
   * officers at Ostermere station and on the Corbel Street approaches are
     treated as normal policing of the public highway and are not charged;
   * the charge is held at the 2026 level plus inflation, or about
     £48,000; and
   * your event risk assessment is shared with the Safety Advisory Group
     by 25 June 2027.

6. I am pleased to tell you that the festival's Youth Zone, run by the
   Ostermere Arts Trust, has been awarded £8,500 from the council's
   Community Safety Fund. The Youth Zone will be open from 12:00 to 19:00
   on both days, with detached youth workers on the site until closing.

7. Corbel Street will be closed to traffic from 10:00 on Saturday 24 July
   until midnight on Sunday 25 July. We will send the traffic management
   plan to your Roads and Transport Policing colleagues by 18 June 2027.

8. The Safety Advisory Group will consider the event management plan at
   its meeting on 1 July 2027. If we cannot agree the SPS charge by
   30 June 2027, the council will have to consider closing the festival
   at 21:00 on the Saturday, as in 2026.

9. My colleague Tamsin Rooke, Events and Markets Manager, is the contact
   for the festival on 020 7946 0926.

Yours sincerely,



Corinna Blackwood-Eze
Director of Place and Communities
Ostermere Council


cc: Councillor Benedikt Saltonstall, Cabinet Member for Communities
    Chief Inspector Maud Ferreira-Blake, Events and Operations, Highcombe BCU
    Tamsin Rooke, Events and Markets Manager

Enc: Festival site plan, version 3
"""


def build_sealed_txt():
    return _write("sealed/ostermere_council_letter_waterfront_festival_policing_2027.txt", SEALED_TXT)


# ---------------------------------------------------------------------------

BUILDERS = [
    build_dev_docx,
    build_dev_pdf,
    build_dev_html,
    build_dev_md,
    build_dev_txt,
    build_sealed_docx,
    build_sealed_pdf,
    build_sealed_html,
    build_sealed_md,
    build_sealed_txt,
]


def build_all():
    """Write all ten files under OUT and return their "half/file name"s, sorted."""
    return sorted(b() for b in BUILDERS)


def main():
    for n in build_all():
        print(n)


if __name__ == "__main__":
    main()
