"""Write the ten invented documents of the fifth collection (documents5).

Usage (from the repository root):
    .venv/bin/python eval/documents5/make_documents.py

Writes five documents into dev/ and five into sealed/ (one of each format:
.docx, .pdf, .html, .md, .txt in each half). Needs python-docx and reportlab
(5.1.0 for byte-identical PDFs). The output is deterministic: .docx files have
fixed core-property dates and are re-zipped with fixed timestamps (docgen),
PDFs are built in reportlab's invariant mode with fixed metadata, and the
text formats are written from strings held in this script, so re-running it
gives byte-identical files.

Everything in these documents is invented: people, boroughs (Calderbrook,
Wyvernmoor, Ravensholt, Fallowmere, Pellingham, Cressingdon), BCUs
(Kingsmere, Harbridge, Eastmarch, Southgate Vale), companies and charities,
references, dates and figures. Telephone numbers are in Ofcom's drama range.
Real body names (MPS, MOPAC, the IOPC, the Information Commissioner, London
Ambulance Service) and real legislation are used for realism only; the
people holding posts in them are invented.

`build_all()` writes every file and returns the "half/file name"s.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the eval/ folder, for docgen

from docgen import docx_field, docx_save, docx_setup, docx_table  # noqa: E402

OUT = HERE  # files go to OUT/dev/ and OUT/sealed/

FIXED_ZIP_TIME = (2027, 3, 1, 0, 0, 0)


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


def _indented(d, text: str, left_cm: float = 1.6, hang_cm: float = 0.8):
    """An indented "(a) ..." paragraph with a hanging indent."""
    from docx.shared import Cm

    p = d.add_paragraph(text)
    p.paragraph_format.left_indent = Cm(left_cm)
    p.paragraph_format.first_line_indent = Cm(-hang_cm)
    return p


def _bold_header_row(row) -> None:
    for cell in row.cells:
        for par in cell.paragraphs:
            for run in par.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# .pdf helper: a page template with a running header and footer
# ---------------------------------------------------------------------------


def _build_pdf(path, title, author, subject, flow, decorate):
    """Build a PDF in reportlab's invariant mode.

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
                            topMargin=26 * mm, bottomMargin=24 * mm, title=title, author=author,
                            subject=subject, creator="documents5/make_documents.py",
                            producer="ReportLab", invariant=1)
    doc.build(flow, canvasmaker=Canvas)


# ---------------------------------------------------------------------------
# .txt helper: text "converted from PDF" with page debris
# ---------------------------------------------------------------------------


def _wrap(par: str, width: int) -> list[str]:
    """Greedy wrap; a word written "notwith~standing" is always broken there as "notwith-"."""
    m = textwrap.dedent(par)
    lines, cur = [], ""
    for word in m.split():
        if "~" in word:
            head, tail = word.split("~")
            piece = head + "-"
            if cur and len(cur) + 1 + len(piece) > width:
                lines.append(cur)
                cur = piece
            else:
                cur = f"{cur} {piece}" if cur else piece
            lines.append(cur)
            cur = tail
            continue
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines


def _pdf_txt(paragraphs, header: str, width: int, lines_per_page: int, footer: str | None = None) -> str:
    """Hard-wrap paragraphs and lay them out in pages, like pdftotext output.

    A paragraph starting with "=" is pre-formatted and kept verbatim. Each page
    starts with the running header line and ends with an optional footer line
    and "Page n of m".
    """
    body = []
    for p in paragraphs:
        body.extend(p[1:].split("\n") if p.startswith("=") else _wrap(p, width))
        body.append("")
    pages, cur = [], []
    for ln in body:
        if len(cur) >= lines_per_page and ln == "":
            pages.append(cur)
            cur = []
            continue
        cur.append(ln)
    if cur:
        pages.append(cur)
    out = []
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        while pg and pg[-1] == "":
            pg = pg[:-1]
        out += [header, ""] + pg + [""]
        if footer:
            out.append(footer)
        out.append(f"Page {i} of {n}")
        if i < n:
            out += ["", ""]
    return "\n".join(out) + "\n"


# ===========================================================================
# dev: .docx - DMPC decision, night-time economy welfare hubs
# ===========================================================================


def build_dev_docx():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    name = "dev/dmpcd_2026_118_nte_welfare_hubs.docx"
    d = docx_setup(
        "DMPCD 2026/118 - Night-time economy welfare hubs in Calderbrook and Wyvernmoor, 2026-2028",
        "MOPAC Violence Against Women and Girls Commissioning",
        _dt.datetime(2026, 3, 17, 11, 0, 0),
        "OFFICIAL",
        "DMPCD 2026/118 - Page ",
    )
    d.sections[0].header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot = d.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    docx_field(foot, "PAGE", "1")

    d.add_paragraph("MAYOR OF LONDON OFFICE FOR POLICING AND CRIME")
    d.add_heading("DMPC Decision - DMPCD 2026/118", level=0)
    d.add_paragraph("Night-time economy welfare hubs in Calderbrook and Wyvernmoor, 2026-2028")
    d.add_paragraph("Decision reference: DMPCD 2026/118")
    d.add_paragraph("Report by: Saoirse Brightling, Head of Violence Against Women and Girls Commissioning, MOPAC")
    d.add_paragraph("Contact officer: Tobias Ellingham-Ward, Senior Commissioning Officer, 020 7946 0381")
    d.add_paragraph("Date of decision: 17 March 2026")

    d.add_heading("1. Purpose", level=1)
    d.add_paragraph(
        "This report asks the Deputy Mayor for Policing and Crime (DMPC) to approve spending of up to "
        "£742,000 to run three welfare hubs in the night-time economies of Calderbrook and Wyvernmoor "
        "from 1 May 2026 to 31 March 2028. The hubs give a safe place to people who are vulnerable "
        "on a night out, and free police officers to deal with crime."
    )

    d.add_heading("2. Recommendations", level=1)
    d.add_paragraph("The DMPC is asked to:")
    _indented(d, "(a)\tapprove expenditure of up to £742,000 over the two financial years 2026/27 and 2027/28;")
    _indented(d, "(b)\tapprove a grant of £658,000 to Lanternway Street Care CIC to staff and run the three hubs;")
    _indented(d, "(c)\tapprove £84,000 for an independent evaluation by the Ashgrove Research Partnership; and")
    _indented(d, "(d)\tdelegate to the MOPAC Director of Commissioning the authority to move up to 10 per cent "
                 "of the grant between the hubs.")

    d.add_heading("3. Background", level=1)
    d.add_heading("3.1 The night-time economy in the two boroughs", level=2)
    d.add_paragraph(
        "Calderbrook town centre, around Kettle Street, and the Mill Quarter in Wyvernmoor have 212 "
        "licensed premises between them that stay open after midnight at weekends. In 2025 the police "
        "recorded 1,846 offences of violence against the person in the two areas between 22:00 and "
        "04:00 on Friday and Saturday nights. Officers report that much of their time on these nights "
        "is spent waiting with people who are too drunk to get home safely."
    )
    d.add_heading("3.2 The 2025 pilot", level=2)
    p = d.add_paragraph(
        "A single hub ran at Kettle Street on Friday and Saturday nights for 16 weekends, from 5 "
        "September to 20 December 2025. Its staff and volunteers helped 611 people, took 74 of them "
        "home or to another safe place, and called the London Ambulance Service for 39. Twelve people "
        "told hub staff that they had been sexually assaulted or spiked and were supported to report "
        "it to police"
    )
    sup = p.add_run("1")
    sup.font.superscript = True
    p.add_run(".")
    d.add_paragraph(
        "Kingsmere BCU estimates that the pilot saved 1.5 officer shifts on each night the hub was open, "
        "because officers could hand people over to hub staff instead of waiting with them."
    )
    note = d.add_paragraph(
        "1 Source: Lanternway Street Care CIC, pilot report, January 2026. A person who was helped on "
        "more than one night is counted once for each night."
    )
    for run in note.runs:
        run.font.size = Pt(8)

    d.add_heading("4. The proposal", level=1)
    d.add_heading("4.1 Hub locations and funding", level=2)
    d.add_paragraph("The three hubs, and the grant for each in each year, are shown in the table below.")
    t = d.add_table(rows=6, cols=5)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "Hub"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Nights open"
    t.cell(0, 2).merge(t.cell(1, 2)).text = "Hours"
    t.cell(0, 3).merge(t.cell(0, 4)).text = "Grant to Lanternway Street Care CIC"
    t.cell(1, 3).text = "2026/27"
    t.cell(1, 4).text = "2027/28"
    rows = [
        ["Kettle Street, Calderbrook", "Friday and Saturday", "22:00 to 04:00", "£138,000", "£152,000"],
        ["Mill Quarter, Wyvernmoor", "Friday and Saturday", "22:00 to 04:00", "£112,000", "£124,000"],
        ["Calderbrook Riverside (May to September only)", "Saturday", "21:00 to 03:00", "£61,000", "£71,000"],
        ["Total", "", "", "£311,000", "£347,000"],
    ]
    for r, row in enumerate(rows, 2):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    _bold_header_row(t.rows[0])
    _bold_header_row(t.rows[1])

    d.add_heading("4.2 What each hub will provide", level=2)
    d.add_paragraph("Each hub will provide:")
    _indented(d, "(a)\ta safe space staffed by at least two paid workers and four trained volunteers;")
    _indented(d, "(b)\ta street team that walks an agreed route around the area every hour;")
    _indented(d, "(c)\tfirst aid, water, phone charging and help to get home; and")
    _indented(d, "(d)\ttesting kits for drink spiking, with a direct line to the duty sergeant.")
    d.add_heading("4.3 The police role", level=2)
    d.add_paragraph(
        "Kingsmere BCU will name a sergeant as the point of contact for each hub on every night it is "
        "open, and will brief officers about the hubs at each shift parade. The BCU Commander, Chief "
        "Superintendent Marguerite Osei-Kantor, supports the proposal and has agreed that hub staff may "
        "use the BCU's radio talk group for the night-time economy."
    )

    d.add_heading("5. Financial comments", level=1)
    d.add_paragraph(
        "5.1 The cost of up to £742,000 will be met from the MOPAC Violence Against Women and Girls "
        "budget. The evaluation will cost £40,000 in 2026/27 and £44,000 in 2027/28."
    )
    d.add_paragraph(
        "5.2 Calderbrook Council will provide the Kettle Street premises rent-free, worth about £18,500 "
        "a year. Wyvernmoor Council will add £25,000 a year towards the Mill Quarter hub. Neither "
        "contribution is included in the figures above."
    )
    d.add_heading("6. Legal comments", level=1)
    d.add_paragraph(
        "6.1 MOPAC may provide or commission services that help victims, witnesses and others affected "
        "by crime under section 143 of the Anti-social Behaviour, Crime and Policing Act 2014. The grant "
        "will be paid under MOPAC's standard grant agreement, in quarterly instalments in arrears."
    )
    d.add_heading("7. Equality comments", level=1)
    d.add_paragraph(
        "7.1 During the pilot, 58 per cent of the people helped were women and 41 per cent were aged 18 "
        "to 24. The hubs will be step-free, and Lanternway will recruit volunteers who speak the main "
        "community languages of the two boroughs."
    )
    d.add_heading("8. Decision", level=1)
    d.add_paragraph("I approve the recommendations at section 2 of this report.")
    d.add_paragraph("Signed: Rhiannon Tallis-Booth")
    d.add_paragraph("Deputy Mayor for Policing and Crime")
    d.add_paragraph("Date: 17 March 2026")
    docx_save(d, _path(name), FIXED_ZIP_TIME)
    return name


# ===========================================================================
# dev: .pdf - Independent Custody Visiting panel annual report (3 pages)
# ===========================================================================


def build_dev_pdf():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    name = "dev/icv_kingsmere_panel_annual_report_2025.pdf"
    title = "Independent Custody Visiting Scheme - Kingsmere Panel: Annual Report 2025"
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=7)
    small = ParagraphStyle("s", parent=body, fontSize=10, leading=13)
    h1 = ParagraphStyle("h1", fontName="Times-Bold", fontSize=18, leading=22, spaceAfter=10)
    h2 = ParagraphStyle("h2", fontName="Times-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=5)
    num = ParagraphStyle("n", parent=body, leftIndent=9 * mm, bulletIndent=0)
    cell = ParagraphStyle("c", fontName="Times-Roman", fontSize=10, leading=12)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Times-Bold")

    def table(rows, widths):
        data = [[Paragraph(c, cellb if i == 0 or r[0] == "Total" else cell) for c in r]
                for i, r in enumerate(rows)]
        t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([
            ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f1f1")]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ]))
        return t

    f = [
        Paragraph("Mayor's Office for Policing and Crime", small),
        Paragraph(title, h1),
        Paragraph("Reference: ICV/KM/AR/2025", small),
        Paragraph("Published: 26 February 2026", small),
        Paragraph("Panel Chair: Dorcas Penhaligon", small),
        Paragraph("Scheme Manager: Luca Brannigan-Obi, MOPAC", small),
        Spacer(1, 4 * mm),
        Paragraph("1. Introduction", h2),
        Paragraph(
            "Independent custody visitors (ICVs) are volunteers from the local community who make "
            "unannounced visits to police custody suites. They check on the rights, entitlements, "
            "wellbeing and dignity of the people held there, and report what they find to MOPAC and to "
            "the police. The Kingsmere Panel covers the two custody suites that serve the London "
            "Boroughs of Calderbrook and Wyvernmoor: Calderbrook Police Station, which has 22 cells, "
            "and Wyvernmoor Police Station, which has 14 cells.", body),
        Paragraph(
            "The Wyvernmoor suite was closed for refurbishment from 3 June to 15 September 2025. While "
            "it was closed, detainees from Wyvernmoor were taken to Calderbrook, and visitors made "
            "fewer visits because there was only one suite to visit.", body),
        Paragraph("2. The panel", h2),
        Paragraph(
            "At 31 December 2025 the panel had 19 active visitors, up from 15 a year earlier. We "
            "recruited six new visitors in 2025 and two visitors left. Our youngest visitor is 19 and "
            "our oldest is 74, and between us we speak eleven languages. Every new visitor completed "
            "MOPAC's induction training and two accompanied visits before visiting alone.", body),
        Paragraph("3. Visits in 2025", h2),
        Paragraph(
            "Visitors made 148 visits in 2025, against a target of 156, which is three a week. Table 1 "
            "shows the visits made each month, the number of people in custody when visitors arrived, "
            "how many of them visitors spoke to, and how many said they did not want a visit. Visitors "
            "do not speak to detainees who are asleep, in interview or with a solicitor.", body),
        table([
            ["Month", "Visits made", "Detainees in custody", "Detainees visited", "Declined a visit"],
            ["January", "14", "96", "61", "18"],
            ["February", "13", "88", "55", "16"],
            ["March", "12", "79", "50", "14"],
            ["April", "13", "84", "52", "17"],
            ["May", "12", "90", "57", "19"],
            ["June", "10", "58", "37", "11"],
            ["July", "11", "63", "41", "10"],
            ["August", "10", "61", "38", "12"],
            ["September", "12", "70", "44", "13"],
            ["October", "13", "92", "60", "15"],
            ["November", "14", "97", "64", "20"],
            ["December", "14", "101", "66", "22"],
            ["Total", "148", "979", "625", "187"],
        ], [34, 28, 36, 34, 32]),
        Paragraph("Table 1: visits by month, Kingsmere custody suites, January to December 2025", small),
        Paragraph("4. What visitors found", h2),
        Paragraph(
            "Most detainees told visitors that they had been treated with respect. In 94 per cent of "
            "visits, every detainee spoken to said they had been told their rights, and in 89 per cent "
            "every detainee who wanted a meal or a drink had been given one.", body),
        Paragraph(
            "Visitors raised 73 issues with custody staff during the year. The most common were cell "
            "cleanliness (23 issues), medical care (11), heating (9) and call bells that did not work "
            "(8). Most issues were put right on the day. The call bells in cells 4 to 9 at Wyvernmoor "
            "were still faulty in December 2025, three months after the suite reopened.", body),
        table([
            ["Issue raised", "Number", "Put right on the day"],
            ["Cell cleanliness", "23", "21"],
            ["Medical care", "11", "7"],
            ["Heating or temperature", "9", "4"],
            ["Call bells not working", "8", "0"],
            ["Food and drink", "7", "7"],
            ["Toilet privacy screening", "6", "3"],
            ["Information about rights", "5", "5"],
            ["Other", "4", "3"],
            ["Total", "73", "50"],
        ], [80, 40, 44]),
        Paragraph("Table 2: issues raised by visitors with custody staff, 2025", small),
        Paragraph(
            "Female detainees were present on 31 visits. On 7 of those visits, the women spoken to said "
            "they had not been offered menstrual products. Visitors also found that 23 children were "
            "held overnight across the two suites in 2025, and that an appropriate adult took on average "
            "3 hours 10 minutes to arrive after being called for a child.", body),
        Paragraph(
            "Visitors were kept waiting at the front door of the suites for an average of 14 minutes "
            "before being let in, and on one visit in November for 52 minutes. Delays at the door mean "
            "that a visit is no longer unannounced by the time visitors reach the cells.", body),
        Paragraph("5. Our recommendations", h2),
        Paragraph("The panel makes the following recommendations to Kingsmere BCU:", body),
    ]
    recs = [
        "Repair or replace the call bells in cells 4 to 9 at Wyvernmoor Police Station by 30 June 2026.",
        "Offer menstrual products to every female detainee at booking-in, and record the offer on the "
        "custody record.",
        "Agree with Calderbrook and Wyvernmoor councils that an appropriate adult will arrive within two "
        "hours of being called for a child.",
        "Keep reading material in both suites in at least the ten languages most often spoken by "
        "detainees.",
        "Repair the heating in the female cell corridor at Calderbrook before the winter of 2026.",
        "Let visitors into the suite within 10 minutes of their arrival at the front door.",
        "Give all custody staff refresher training on the needs of neurodivergent detainees.",
        "Put up new posters about the scheme in the booking-in area of both suites.",
        "Report progress on these recommendations to the panel's meeting in July 2026.",
    ]
    for i, rec in enumerate(recs, 1):
        f.append(Paragraph(rec, num, bulletText=f"{i}."))
    f += [
        Paragraph("6. Response from Kingsmere BCU", h2),
        Paragraph(
            "Superintendent Ferdinand Achebe-Lyle, the custody lead for Kingsmere BCU, has accepted "
            "recommendations 1, 2 and 4 to 9. He has accepted recommendation 3 in principle, because it "
            "depends on the two councils, and has written to both councils' directors of children's "
            "services to ask for their support.", body),
        Paragraph("7. Join the panel", h2),
        Paragraph(
            "The panel is recruiting, and would particularly welcome applications from people aged "
            "under 30 and from Wyvernmoor. Visitors must be 18 or over, live or work in London, and be "
            "able to make at least one visit a month. To find out more, contact the Scheme Manager, "
            "Luca Brannigan-Obi, on 020 7946 0512.", body),
    ]

    def decorate(c, page, n):
        c.saveState()
        c.setFont("Times-Italic", 9)
        c.drawString(22 * mm, 284 * mm, "Kingsmere ICV Panel - Annual Report 2025")
        c.drawRightString(188 * mm, 284 * mm, "OFFICIAL")
        c.setLineWidth(0.5)
        c.line(22 * mm, 282 * mm, 188 * mm, 282 * mm)
        c.line(22 * mm, 16 * mm, 188 * mm, 16 * mm)
        c.drawString(22 * mm, 11 * mm, "ICV/KM/AR/2025")
        c.drawRightString(188 * mm, 11 * mm, f"Page {page} of {n}")
        c.restoreState()

    _build_pdf(_path(name), title, "Dorcas Penhaligon", "Independent custody visiting, Kingsmere Panel",
               f, decorate)
    return name


# ===========================================================================
# dev: .html - news release with notes to editors, heavy site chrome
# ===========================================================================

DEV_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Operation Tamarisk: results of a ten-week burglary operation in Ravensholt.">
  <title>Operation Tamarisk: 186 arrests in Ravensholt burglary crackdown | Harbridge BCU news</title>
  <link rel="stylesheet" href="/static/css/news.min.css">
  <script>
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({"pageType": "news-article", "section": "harbridge", "articleId": "HB-PR-26-041"});
  </script>
</head>
<body class="news-article">
  <a class="skip-link" href="#content">Skip to main content</a>
  <div class="cookie-consent" id="cookie-consent" role="dialog" aria-labelledby="cookie-title">
    <h2 id="cookie-title">Cookies on this site</h2>
    <p>We use necessary cookies to make our site work. We'd also like to set optional cookies to help us
    measure how the site is used and to remember your settings.</p>
    <button type="button" data-cookies="accept">Accept all cookies</button>
    <button type="button" data-cookies="reject">Reject optional cookies</button>
    <a href="/cookie-settings">Manage cookie settings</a>
  </div>
  <div class="utility-bar">
    <ul>
      <li><a href="/report">Report a crime</a></li>
      <li><a href="/contact">Contact us</a></li>
      <li><a href="/translate">Translate this page</a></li>
      <li><a href="/accessibility">Accessibility</a></li>
    </ul>
  </div>
  <header class="masthead">
    <a class="brand" href="/">Harbridge BCU news</a>
    <span class="strapline">Serving Ravensholt and Stenbury</span>
    <nav class="primary-nav" aria-label="Primary">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/appeals">Appeals</a></li>
        <li><a href="/advice">Crime prevention advice</a></li>
        <li><a href="/your-area">Your area</a></li>
        <li><a href="/careers">Careers</a></li>
        <li><a href="/about">About us</a></li>
      </ul>
    </nav>
    <form class="site-search" action="/search" role="search">
      <label for="q">Search news</label>
      <input id="q" name="q" type="search">
      <button type="submit">Go</button>
    </form>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/news">News</a></li>
      <li><a href="/news/ravensholt">Ravensholt</a></li>
      <li aria-current="page">Operation Tamarisk results</li>
    </ol>
  </nav>
  <div class="page-grid">
    <main id="content">
      <article class="press-release">
        <p class="label">News release</p>
        <h1>Operation Tamarisk: 186 arrests in Ravensholt burglary crackdown</h1>
        <p class="byline">Published: 9 April 2026, 10:15 | Harbridge BCU press office | Reference: HB/PR/26/041</p>
        <p class="standfirst">Officers in Ravensholt arrested 186 people and recovered more than 1,200 stolen
        items during a ten-week operation against burglary, and home burglaries in the borough fell by
        23 per cent compared with the same period last year.</p>
        <p>Operation Tamarisk ran from 12 January to 22 March 2026. It targeted the small number of
        people believed to be responsible for most burglaries in Ravensholt, and the people who buy and
        sell the goods they steal. Residents reported 471 home burglaries in the borough during the
        operation, compared with 612 in the same ten weeks of 2025.</p>
        <h2>What the operation achieved</h2>
        <p>Detectives used automatic number plate recognition, forensic evidence and intelligence from
        residents to identify suspects, then carried out early-morning warrants across the borough.</p>
        <table class="results">
          <caption>Operation Tamarisk results, 12 January to 22 March 2026</caption>
          <thead>
            <tr><th scope="col">Outcome</th><th scope="col">Number</th></tr>
          </thead>
          <tbody>
            <tr><td>Arrests</td><td>186</td></tr>
            <tr><td>People charged</td><td>97</td></tr>
            <tr><td>People released on bail or under investigation</td><td>71</td></tr>
            <tr><td>Search warrants executed</td><td>43</td></tr>
            <tr><td>Stolen items recovered</td><td>1,238</td></tr>
            <tr><td>Vehicles seized</td><td>19</td></tr>
            <tr><td>Home security visits to repeat victims</td><td>2,105</td></tr>
          </tbody>
        </table>
        <p>Among those charged was a 34-year-old man from Stenbury who was remanded in custody after
        officers found more than 300 items of jewellery and 41 mobile phones in a lock-up garage on the
        Crowthorne Road estate. Most of the jewellery has now been returned to its owners.</p>
        <p>Detective Superintendent Ingrid Vasquez-Holloway, who led the operation, said: "Burglary is
        an invasion of the place where people should feel safest. These results show what we can do
        when residents give us information and we go after the people who profit from stolen goods.
        Operation Tamarisk has ended, but our work on burglary has not."</p>
        <p>Councillor Bartholomew Njoku-Reid, Ravensholt Council's Cabinet Member for Community
        Safety, said: "The council's Safer Homes grant has paid for window locks and timer switches for
        more than 3,000 homes, starting with people who had been burgled before. I urge every resident
        to take the simple steps below."</p>
        <h2>How to protect your home</h2>
        <p>Most burglars in Ravensholt got in through an unlocked door or window, or used keys left near
        the front door. Officers are asking residents to:</p>
        <ol>
          <li>Lock doors and windows every time you go out, even for a few minutes.</li>
          <li>Use timer switches so that lights and a radio come on when you are away.</li>
          <li>Keep keys, including car keys, out of sight and away from the letterbox.</li>
          <li>Mark your valuables and register them on an approved property register.</li>
          <li>Book a free home security visit by calling 020 7946 0734.</li>
        </ol>
        <p>Anyone with information about burglary or the handling of stolen goods can call police on
        101, or contact Crimestoppers anonymously.</p>
        <h2>Notes to editors</h2>
        <ol class="notes">
          <li>Operation Tamarisk was led by Harbridge BCU, supported by the Territorial Support Group and
          the Dog Support Unit. Harbridge BCU polices the London Boroughs of Ravensholt and Stenbury.</li>
          <li>The burglary figures are for residential burglary recorded in Ravensholt and are
          provisional.</li>
          <li>Ravensholt Council's Safer Homes grant of £45,000 is funded from the council's
          community safety budget for 2025/26.</li>
          <li>Photographs of recovered property are available on request.</li>
          <li>Media enquiries: Harbridge BCU press office, 020 7946 0690 (office hours).</li>
        </ol>
        <div class="share">
          <span>Share this page:</span>
          <a href="/share/email">Email</a>
          <a href="/share/copy">Copy link</a>
        </div>
      </article>
    </main>
    <aside class="sidebar" aria-label="Related links">
      <h2>Related links</h2>
      <ul>
        <li><a href="/advice/burglary">Burglary prevention advice</a></li>
        <li><a href="/your-area/ravensholt">Your local officers in Ravensholt</a></li>
        <li><a href="/appeals">Current appeals</a></li>
        <li><a href="/news/ravensholt/ward-panels">Ravensholt ward panel dates</a></li>
      </ul>
      <h2>Latest news</h2>
      <ul>
        <li><a href="/news/stenbury-knife-arch">Knife arch at Stenbury station</a></li>
        <li><a href="/news/harbridge-open-day">Harbridge BCU open day</a></li>
      </ul>
    </aside>
  </div>
  <footer class="site-footer">
    <div class="footer-links">
      <ul>
        <li><a href="/privacy">Privacy notice</a></li>
        <li><a href="/cookies">Cookies</a></li>
        <li><a href="/accessibility">Accessibility statement</a></li>
        <li><a href="/foi">Freedom of information</a></li>
        <li><a href="/complaints">Complaints</a></li>
      </ul>
    </div>
    <p class="copyright">&copy; 2026 Harbridge BCU. All content is available under the Open
    Government Licence v3.0, except where otherwise stated.</p>
  </footer>
</body>
</html>
"""


def build_dev_html():
    return _write("dev/operation_tamarisk_ravensholt_news.html", DEV_HTML)


# ===========================================================================
# dev: .md - briefing comparing two boroughs, with a Q&A section
# ===========================================================================

DEV_MD = """# Shop theft in Calderbrook and Wyvernmoor: 2025/26 briefing

Kingsmere BCU Analysis Team | Reference KBCU/INT/2026/044 | 30 April 2026

Prepared for: Kingsmere BCU Senior Leadership Team
Author: Mehmet Quartey-Lund, Senior Intelligence Analyst
Protective marking: OFFICIAL

## Summary

Shop theft recorded in Kingsmere BCU rose to 6,007 offences in 2025/26, from 5,599 in 2024/25.
The two boroughs moved in opposite directions:

- Calderbrook rose by 16.0 per cent, to 3,958 offences.
  - Almost all of the rise was in the town centre and at Beacon Retail Park.
  - Two supermarkets in the town centre began reporting every theft online in September 2025.
- Wyvernmoor fell by 6.3 per cent, to 2,049 offences.
  - The fall was largest in the Mill Quarter, down from 1,128 to 1,016 offences.
  - Wyvernmoor's Business Crime Reduction Partnership (BCRP) now has 64 member shops.

## Shop theft by retail area

| Retail area | Borough | 2024/25 | 2025/26 |
|---|---|---:|---:|
| Calderbrook town centre | Calderbrook | 1,904 | 2,261 |
| Beacon Retail Park | Calderbrook | 866 | 1,032 |
| Rest of Calderbrook | Calderbrook | 642 | 665 |
| Mill Quarter | Wyvernmoor | 1,128 | 1,016 |
| Stanbridge Road shops | Wyvernmoor | 529 | 561 |
| Rest of Wyvernmoor | Wyvernmoor | 530 | 472 |
| **Total, Kingsmere BCU** | | **5,599** | **6,007** |

Source: MPS crime recording system, offences recorded 1 April to 31 March.

## The two boroughs side by side, 2025/26

| Measure | Calderbrook | Wyvernmoor |
|---|---:|---:|
| Shop thefts recorded | 3,958 | 2,049 |
| Change on 2024/25 | +16.0% | -6.3% |
| Charge or summons rate | 14.2% | 21.8% |
| Offences with a named suspect | 38% | 52% |
| Shops with CCTV linked to the council control room | 46 | 118 |
| Assaults on shop workers | 118 | 64 |

## Why the boroughs differ

- Reporting
  - Calderbrook's two largest supermarkets now report every theft, however small, through the MPS
    online form. Before September 2025 they reported only thefts over £100.
  - Wyvernmoor shops report through the BCRP, which screens reports and adds CCTV stills.
- Evidence
  - Wyvernmoor's BCRP shares images of known offenders with member shops and with the police, which
    helps officers to name suspects.
  - In Calderbrook, only 46 shops have CCTV linked to the council control room, so most
    investigations rely on footage that officers must collect in person.
- Repeat offenders
  - 41 people were each linked to ten or more thefts in Calderbrook in 2025/26.
  - 17 people were linked to ten or more thefts in Wyvernmoor.

## What we have done

- Operation Marram, a two-week operation in Calderbrook town centre in February 2026, made 38
  arrests and recovered goods worth £9,420.
- Every neighbourhood officer in Calderbrook has been given access to the retailers' shared radio
  network.
- The BCU has issued 22 criminal behaviour order applications against prolific shop thieves.

## Q&A

**Why has Calderbrook gone up when Wyvernmoor has come down?**
Mostly because of reporting. The change in supermarket reporting in September 2025 accounts for
about 240 of the 546 extra offences in Calderbrook. The rest of the rise is real and is concentrated
in the town centre.

**Is Wyvernmoor's charge rate better because of the BCRP?**
Partly. The BCRP's shared images mean that more offences have a named suspect, and offences with a
named suspect are far more likely to be charged. Wyvernmoor also has fewer offences for each
investigating officer.

**Are attacks on shop staff getting worse?**
Assaults on shop workers rose in Calderbrook, from 97 to 118, and fell slightly in Wyvernmoor, from
69 to 64. Most followed a member of staff challenging a thief.

**What happens next?**
The BCU Commander, Chief Superintendent Marguerite Osei-Kantor, has made shop theft in Calderbrook
town centre a BCU priority for 2026/27. The analysis team recommends:

1. asking Calderbrook Council to fund a BCRP for the town centre, on the Wyvernmoor model;
2. linking the CCTV at Beacon Retail Park to the council control room; and
3. a second phase of Operation Marram in the summer of 2026.

**Who do I contact about this briefing?**
Mehmet Quartey-Lund in the Kingsmere BCU Analysis Team, on 020 7946 0427.
"""


def build_dev_md():
    return _write("dev/shop_theft_briefing_calderbrook_wyvernmoor_2025_26.md", DEV_MD)


# ===========================================================================
# dev: .txt - FOI response converted from PDF (hard wraps, page debris)
# ===========================================================================

DEV_TXT_PARAS = [
    "=METROPOLITAN POLICE SERVICE\n"
    "Information Rights Unit\n"
    "PO Box 57192, London SW1P 9XQ\n"
    "foi@met.example.police.uk",
    "=Freedom of Information Request Reference No: 01/FOI/26/051877\n"
    "Date of response: 21 April 2026",
    "=Dear Requester,",
    "I write in connection with your request for information which was received by the Metropolitan "
    "Police Service (MPS) on 24 March 2026. I note you seek access to information about collisions "
    "involving MPS vehicles in Kingsmere Basic Command Unit (BCU), which polices the London Boroughs "
    "of Calderbrook and Wyvernmoor.",
    "=DECISION",
    "The MPS has located information that answers parts of your request. I have decided to disclose "
    "the information for Requests 1, 2, 3 and 5. The information for Request 4 is exempt from "
    "disclosure, and I explain why below.",
    "=Request 1:",
    "\"How many road traffic collisions involving MPS vehicles were recorded in Kingsmere BCU in each "
    "of the last three financial years, broken down by borough?\"",
    "=Response 1:",
    "The table below shows the number of collisions involving MPS vehicles that were recorded as "
    "having happened in each borough.",
    "=  Financial year    Calderbrook    Wyvernmoor    Kingsmere BCU total\n"
    "  --------------    -----------    ----------    -------------------\n"
    "  2022/23                     84            57                    141\n"
    "  2023/24                     95            63                    158\n"
    "  2024/25                     78            55                    133",
    "=Request 2:",
    "\"Of these collisions, how many happened while the police vehicle was responding to an emergency "
    "call, and how many resulted in someone being injured?\"",
    "=Response 2:",
    "=  Financial year    On emergency response    Resulting in injury\n"
    "  --------------    ---------------------    -------------------\n"
    "  2022/23                              52                     17\n"
    "  2023/24                              61                     22\n"
    "  2024/25                              49                     14",
    "A collision is counted as \"resulting in injury\" if anyone, including a police officer, was "
    "recorded as injured. The MPS does not record the severity of injuries in a way that can be "
    "searched for this request.",
    "=Request 3:",
    "\"How much has the MPS paid in compensation for these collisions?\"",
    "=Response 3:",
    "The MPS paid £1,184,600 in settlement of claims arising from these collisions between 1 April "
    "2022 and 31 March 2025. This figure includes vehicle repairs, personal injury claims and legal "
    "costs. Notwith~standing this total, some claims are still open, so the final amount may be "
    "higher; 23 claims from the three years had not been settled by 31 March 2026.",
    "=Request 4:",
    "\"Please provide the names and ranks of the drivers involved in each collision, and say whether "
    "each of them was disciplined.\"",
    "=Response 4:",
    "This information is exempt under section 40(2) of the Freedom of Information Act 2000 "
    "(personal information). The names and ranks of individual drivers, and any action taken "
    "against them, are the personal data of those officers and staff. Disclosure would breach the "
    "first data protection principle, because the drivers would have no expectation that this "
    "information would be made public. Section 40(2) is an absolute exemption, so no public interest "
    "test is required. The MPS therefore refuses this part of your request.",
    "=Request 5:",
    "\"What driver training must an officer complete before driving on blue lights?\"",
    "=Response 5:",
    "Before responding to emergency calls, an MPS driver must hold a full driving licence for at "
    "least two years and complete the following, in this order: the Basic driver course (one week); "
    "at least six months of driving marked vehicles without using emergency equipment; and the "
    "Response driver course (three weeks), which ends with a practical assessment. Response drivers "
    "must pass a refresher assessment every three years.",
    "=COMPLAINT RIGHTS",
    "If you are dissatisfied with this response you may ask for an internal review. Your request "
    "should be made in writing within 40 working days of the date of this letter, quoting the "
    "reference number above. If you are still dissatisfied after the internal review, you may "
    "complain to the Information Commissioner's Office (ICO).",
    "Yours sincerely,",
    "=Grace Odunsi-Farrow\n"
    "Information Manager\n"
    "Information Rights Unit",
]


def build_dev_txt():
    text = _pdf_txt(
        DEV_TXT_PARAS,
        "MPS - Freedom of Information - Ref 01/FOI/26/051877                OFFICIAL",
        width=78,
        lines_per_page=46,
    )
    return _write("dev/foi_response_01_foi_26_051877_vehicle_collisions.txt", text)


# ===========================================================================
# sealed: .docx - Safer Neighbourhood Board minutes with an actions table
# ===========================================================================


def build_sealed_docx():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    name = "sealed/pellingham_snb_minutes_11_february_2026.docx"
    d = docx_setup(
        "Pellingham Safer Neighbourhood Board - Minutes of 11 February 2026",
        "Anneliese Moriarty-Quinn",
        _dt.datetime(2026, 2, 16, 9, 30, 0),
        "Pellingham Safer Neighbourhood Board\tDRAFT - subject to approval",
        "PSNB/2026/01 - Minutes, 11 February 2026 - Page ",
    )
    docx_field(d.sections[0].footer.paragraphs[0], "PAGE", "1")
    d.sections[0].footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_heading("Pellingham Safer Neighbourhood Board", level=0)
    d.add_paragraph("Minutes of the meeting held on Wednesday 11 February 2026 at 18:30, "
                    "Committee Room 3, Pellingham Civic Centre")
    d.add_paragraph("Minutes reference: PSNB/2026/01")

    def people(heading, rows):
        d.add_heading(heading, level=2)
        for row in rows:
            d.add_paragraph(row, style="List Bullet")

    people("Present", [
        "Gideon Farquhar-Nwosu (Chair, community member)",
        "Priscilla Vennard (Vice-Chair, Pellingham Ward Panels Forum)",
        "Cllr Tobias Wrenfield (Cabinet Member for Communities, Pellingham Council)",
        "Nkechi Holloway-Brandt (Pellingham Victims' Network)",
        "Yusra Demetriou (youth representative, Pellingham Youth Council)",
        "Ambrose Kettering (Neighbourhood Watch borough coordinator)",
    ])
    people("In attendance", [
        "Superintendent Leontyne Ashby-Kwarteng (Neighbourhoods lead, Eastmarch BCU)",
        "Inspector Casimir Dunleavy (Pellingham neighbourhood inspector)",
        "Halima Jarrow-Pike (Community Safety Manager, Pellingham Council)",
        "Anneliese Moriarty-Quinn (Board Secretary, minutes)",
    ])
    people("Apologies", [
        "Chief Superintendent Everard Tollemache (BCU Commander, Eastmarch BCU)",
        "Rosamund Tarrant (Engagement Officer, MOPAC)",
        "Cllr Delphine Ashworth-Kaur (Pellingham Council)",
    ])

    def item(title, paras):
        d.add_heading(title, level=1)
        for p in paras:
            par = d.add_paragraph(p)
            par.paragraph_format.left_indent = Cm(0.9)

    item("1. Welcome and apologies", [
        "1.1 The Chair welcomed members and noted the apologies above. He welcomed Yusra Demetriou to "
        "her first meeting as the youth representative.",
    ])
    item("2. Minutes of the previous meeting", [
        "2.1 The minutes of the meeting held on 19 November 2025 were agreed as a correct record, subject "
        "to correcting the spelling of a ward name in item 4.",
        "2.2 Matters arising: the ward panel survey (action 4 of November) has been completed; the results "
        "will be presented at the next meeting.",
    ])
    item("3. Policing update", [
        "3.1 Superintendent Ashby-Kwarteng presented the performance report for October to December 2025. "
        "Police recorded 6,214 offences in Pellingham in the quarter, 4 per cent fewer than in the same "
        "quarter of 2024. Burglary fell to 412 offences, but robbery rose by 11 per cent to 296 "
        "offences, most of them phone snatches near Pellingham Broadway station.",
        "3.2 Officers attended 88.4 per cent of emergency calls within 15 minutes, against the target of "
        "90 per cent. Dedicated Ward Officers were taken away from their wards for 9 per cent of their "
        "shifts in the quarter, mostly to police football matches and protests.",
        "3.3 Yusra Demetriou said that young people felt unsafe at the bus station after dark. Inspector "
        "Dunleavy said that a robbery patrol plan for the Broadway area started on 2 February 2026 and "
        "offered to share the hotspot map with members.",
    ])
    item("4. Stop and search", [
        "4.1 There were 1,306 stop and searches in Pellingham in the quarter, and 24 per cent led to a "
        "positive outcome, such as an arrest or a drugs warning. The Board's scrutiny panel reviewed the "
        "body-worn video of 30 searches and rated 26 of them good or very good.",
        "4.2 Members asked for young people to be involved in reviewing footage. Superintendent "
        "Ashby-Kwarteng agreed to arrange a session for youth council members.",
    ])
    item("5. Community safety grants 2026/27", [
        "5.1 MOPAC has confirmed a grant of £52,000 to the Board for 2026/27. The Board agreed to keep "
        "£12,000 for running costs and public meetings and to offer the remaining £40,000 as grants of "
        "up to £8,000 each to local groups.",
        "5.2 The Board agreed that applications will open on 2 March 2026 and close on 10 April 2026, "
        "and that projects for young people and on violence against women and girls will be given "
        "priority.",
    ])
    item("6. Any other business", [
        "6.1 Ambrose Kettering reported that four street lights on the footpath through Harcourt Fields "
        "had been out since December. Halima Jarrow-Pike agreed to chase the repairs.",
        "6.2 The Chair reported that MOPAC's funding for ward panel meeting rooms had been delayed and "
        "said he would write to MOPAC about it.",
    ])
    item("7. Date of next meeting", [
        "7.1 Wednesday 13 May 2026 at 18:30, Pellingham Civic Centre.",
    ])

    d.add_heading("Actions", level=1)
    docx_table(d, [
        ["No.", "Action", "Owner", "Due"],
        ["1", "Share the robbery hotspot map for the Broadway area with Board members",
         "Inspector Casimir Dunleavy", "25 February 2026"],
        ["2", "Publish the 2026/27 grant application form and guidance on the Board's website",
         "Anneliese Moriarty-Quinn", "2 March 2026"],
        ["3", "Write to MOPAC about the delay to ward panel room funding",
         "Gideon Farquhar-Nwosu", "31 March 2026"],
        ["4", "Arrange a stop and search footage review session for youth council members",
         "Superintendent Leontyne Ashby-Kwarteng", "30 April 2026"],
        ["5", "Report back on the street light repairs in Harcourt Fields",
         "Halima Jarrow-Pike", "13 May 2026"],
    ])
    d.add_paragraph("")
    d.add_paragraph("The meeting closed at 20:10.")
    d.add_paragraph("Signed (Chair): ____________________    Date: ____________")
    docx_save(d, _path(name), FIXED_ZIP_TIME)
    return name


# ===========================================================================
# sealed: .pdf - letter from a council chief executive to a BCU commander
# ===========================================================================


def build_sealed_pdf():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    name = "sealed/fallowmere_chief_executive_letter_front_counter.pdf"
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT, spaceAfter=0, fontSize=9.5, leading=12)
    addr = ParagraphStyle("a", parent=body, spaceAfter=0)
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold")
    sub = ParagraphStyle("s", parent=body, leftIndent=10 * mm, firstLineIndent=-7 * mm)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=9.5, leading=12)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")

    rows = [
        ["Year", "Visitors to the front counter", "Crimes reported at the counter", "Found property handed in"],
        ["2023", "21,460", "1,318", "2,904"],
        ["2024", "19,875", "1,142", "2,611"],
        ["2025", "17,302", "986", "2,240"],
    ]
    t = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)],
              colWidths=[22 * mm, 46 * mm, 48 * mm, 44 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.75, colors.HexColor("#1f4e5f")),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#8aa7b0")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3eef1")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))

    f = [
        Paragraph("<b>London Borough of Fallowmere</b>", right),
        Paragraph("Office of the Chief Executive", right),
        Paragraph("Fallowmere Town Hall, 1 Cardew Square", right),
        Paragraph("London E31 4QT", right),
        Paragraph("Telephone: 020 7946 0865", right),
        Spacer(1, 10 * mm),
        Paragraph("Chief Superintendent Everard Tollemache", addr),
        Paragraph("BCU Commander, Eastmarch Basic Command Unit", addr),
        Paragraph("Metropolitan Police Service", addr),
        Paragraph("Fallowmere Police Station, 40 Marlowe Street", addr),
        Paragraph("London E31 7RB", addr),
        Spacer(1, 7 * mm),
        Paragraph("Our ref: CEX/CT/0326/14", addr),
        Paragraph("Your ref: EM/BCU/FC/2026-03", addr),
        Paragraph("Date: 4 March 2026", addr),
        Spacer(1, 7 * mm),
        Paragraph("Dear Chief Superintendent Tollemache,", body),
        Paragraph("Proposed reduction in front counter opening at Fallowmere Police Station", head),
        Paragraph(
            "1. Thank you for your letter of 16 February 2026, setting out the proposal to reduce the "
            "opening hours of the front counter at Fallowmere Police Station. At present the counter is "
            "open every day from 08:00 to 22:00. Under the proposal it would open on three days a week "
            "only, Tuesday, Thursday and Saturday, from 10:00 to 18:00, from 1 June 2026.", body),
        Paragraph(
            "2. I understand the pressure on the Metropolitan Police Service's budget, and I recognise "
            "that fewer people now use the counter. The figures your officers shared with the council "
            "are set out below.", body),
        t,
        Spacer(1, 3 * mm),
        Paragraph(
            "3. Even so, more than 17,000 people used the counter last year, and nearly a thousand of "
            "them reported a crime there. Many of them are people who cannot or will not report "
            "online: older residents, people who do not speak English well, and victims of domestic "
            "abuse who do not feel safe making a report from home. Fallowmere Police Station is also the "
            "only police building in the borough that is open to the public.", body),
        Paragraph(
            "4. The council's Overview and Scrutiny Committee considered the proposal on 26 February "
            "2026. Members were concerned that the counter would be closed on Sundays and Mondays, when "
            "the council's own offices are also closed, and that people on bail who must report to a "
            "police station would have to travel to Pellingham.", body),
        Paragraph(
            "5. The council would like to work with you to find a solution. I therefore ask that "
            "you:", body),
        Paragraph("(a) delay any decision until a public consultation of at least eight weeks has been "
                  "held;", sub),
        Paragraph("(b) share the equality impact assessment for the proposal with the council before the "
                  "consultation starts;", sub),
        Paragraph("(c) keep the counter open on Saturdays from 10:00 to 18:00 and on at least one evening "
                  "a week until 20:00; and", sub),
        Paragraph("(d) consider opening a police desk in the council's customer service centre at "
                  "Cardew Square, where the council would provide space rent-free.", sub),
        Paragraph(
            "6. The customer service centre is open Monday to Saturday and already hosts advice "
            "sessions run by Victim Support and the council's domestic abuse service. Officers could use "
            "it to take crime reports, hand out found property and meet residents by appointment.", body),
        Paragraph(
            "7. I would welcome a meeting with you and with the Leader of the Council before the end of "
            "March. My office will contact yours to arrange a date. If it would help, my Director of "
            "Communities, Bartosz Wexford-Ali, can meet your team sooner to discuss the customer service "
            "centre.", body),
        Paragraph("Yours sincerely,", body),
        Spacer(1, 10 * mm),
        Paragraph("<b>Cressida Thorneycroft</b>", addr),
        Paragraph("Chief Executive", addr),
        Paragraph("London Borough of Fallowmere", addr),
        Spacer(1, 8 * mm),
        Paragraph("cc:", addr),
        Paragraph("Cllr Harriet Quilliam-Sowande, Leader of the Council", addr),
        Paragraph("Cllr Imogen Balcombe-Nari, Cabinet Member for Safer Communities", addr),
        Paragraph("Oluwaseun Whitcombe, Head of Neighbourhood Engagement, MOPAC", addr),
        Paragraph("Siobhan Redfearn, Chair, Fallowmere Safer Neighbourhood Board", addr),
    ]

    def decorate(c, page, n):
        c.saveState()
        c.setFillColor(colors.HexColor("#1f4e5f"))
        if page > 1:
            c.setFont("Helvetica", 8.5)
            c.drawString(22 * mm, 284 * mm,
                         f"Chief Superintendent E. Tollemache - 4 March 2026 - page {page} of {n}")
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(105 * mm, 12 * mm,
                            "London Borough of Fallowmere | Fallowmere Town Hall, 1 Cardew Square, London E31 4QT")
        c.drawCentredString(105 * mm, 8.5 * mm, f"Page {page} of {n}")
        c.restoreState()

    _build_pdf(_path(name), "Proposed reduction in front counter opening at Fallowmere Police Station",
               "Cressida Thorneycroft", "Letter to the Eastmarch BCU Commander", f, decorate)
    return name


# ===========================================================================
# sealed: .html - council web page comparing two years, heavy site chrome
# ===========================================================================

SEALED_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Anti-social behaviour in Cressingdon: 2024 and 2025 compared - Cressingdon Council</title>
<link rel="stylesheet" href="/themes/cressingdon/main.css">
<style>.visually-hidden{position:absolute;left:-9999px}</style>
</head>
<body>
<div id="global-cookie-message" class="cookie-notice">
  <p><strong>Tell us whether you accept cookies.</strong> We use cookies to collect information about
  how you use cressingdon.example.gov.uk. We use this information to make the website work as well as
  possible.</p>
  <a class="button" href="/cookies/accept">Accept all cookies</a>
  <a class="button" href="/cookies/reject">Use essential cookies only</a>
  <a href="/cookies">Set cookie preferences</a>
</div>
<a href="#main" class="visually-hidden">Skip to content</a>
<header id="top">
  <div class="council-logo"><a href="/">Cressingdon Council</a></div>
  <div class="header-tools">
    <a href="/account">Sign in to My Cressingdon</a>
    <a href="/translate">Translate</a>
  </div>
  <nav id="main-menu" aria-label="Main menu">
    <ul>
      <li><a href="/bins-and-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/housing">Housing</a></li>
      <li><a href="/parking">Parking</a></li>
      <li><a href="/community-safety">Community safety</a></li>
      <li><a href="/council-and-democracy">Council and democracy</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs">
  <a href="/">Home</a> &gt; <a href="/community-safety">Community safety</a> &gt;
  <a href="/community-safety/asb">Anti-social behaviour</a> &gt; <span>2024 and 2025 compared</span>
</div>
<div class="wrapper">
<nav class="section-nav" aria-label="In this section">
  <h2>In this section</h2>
  <ul>
    <li><a href="/community-safety/asb/report">Report anti-social behaviour</a></li>
    <li><a href="/community-safety/asb/case-review">Anti-social behaviour case review</a></li>
    <li><a href="/community-safety/asb/pspo">Public spaces protection orders</a></li>
    <li><a href="/community-safety/asb/noise">Noise nuisance</a></li>
  </ul>
</nav>
<main id="main">
<article>
<h1>Anti-social behaviour in Cressingdon: 2024 and 2025 compared</h1>
<p class="meta">Cressingdon Community Safety Partnership | Reference CSP/ASB/2026/02 |
First published 20 January 2026 | Last updated 3 February 2026</p>
<p>This page sets out how much anti-social behaviour (ASB) was reported in Cressingdon in 2025,
how that compares with 2024, and what the Community Safety Partnership (CSP) did about it. The CSP
brings together Cressingdon Council, the Metropolitan Police (Southgate Vale BCU), the London Fire
Brigade, the Probation Service and local housing associations.</p>

<h2>The headline figures</h2>
<p>Reports of ASB to the police and the council fell from 8,513 in 2024 to 8,128 in 2025, a fall of
4.5 per cent. Most types of ASB fell, but reports of vehicle nuisance, which includes e-scooters and
off-road bikes, rose by more than a fifth.</p>
<table class="data-table">
<caption>Anti-social behaviour reports by type, Cressingdon, 2024 and 2025</caption>
<thead>
<tr><th>Type of ASB</th><th>2024</th><th>2025</th><th>Change</th></tr>
</thead>
<tbody>
<tr><td>Rowdy or inconsiderate behaviour</td><td>3,184</td><td>2,806</td><td>-11.9%</td></tr>
<tr><td>Noise</td><td>2,342</td><td>2,297</td><td>-1.9%</td></tr>
<tr><td>Vehicle nuisance, including e-scooters</td><td>1,227</td><td>1,482</td><td>+20.8%</td></tr>
<tr><td>Neighbour disputes</td><td>964</td><td>901</td><td>-6.5%</td></tr>
<tr><td>Street drinking</td><td>611</td><td>438</td><td>-28.3%</td></tr>
<tr><td>Fly-tipping reported to police</td><td>185</td><td>204</td><td>+10.3%</td></tr>
<tr><td><strong>Total</strong></td><td><strong>8,513</strong></td><td><strong>8,128</strong></td><td><strong>-4.5%</strong></td></tr>
</tbody>
</table>

<h2>Where the changes happened</h2>
<p>Cressingdon Central ward still has more ASB than any other ward, but reports there fell from
2,310 in 2024 to 1,944 in 2025. The CSP believes that the alcohol control zone in the town centre is
the main reason: street drinking reports in the ward halved after the zone started on 1 April 2025.</p>
<p>Marlpit ward went the other way. Reports rose from 702 to 866, mostly because of off-road bikes
on the Marlpit Common paths and e-scooters on the Sandford estate.</p>

<h2>What we did in 2025</h2>
<p>The council recruited six extra ASB case officers in March 2025, taking the team to 14. Together
with the police, the team made more use of the powers in the Anti-social Behaviour, Crime and
Policing Act 2014 than in 2024:</p>
<ul>
<li>214 community protection warnings, compared with 162 in 2024;</li>
<li>37 community protection notices, compared with 21;</li>
<li>9 criminal behaviour orders, compared with 5; and</li>
<li>3 closure orders on premises, the same as in 2024.</li>
</ul>
<p>Police seized 58 off-road bikes and e-scooters in 2025, compared with 31 in 2024. Residents rated
their satisfaction with how their ASB report was handled at 61 per cent in 2025, up from 54 per cent
in 2024.</p>

<h2>How to report anti-social behaviour</h2>
<ol>
<li>If someone is in danger or a crime is happening now, call 999.</li>
<li>Report other ASB to the police online or by calling 101.</li>
<li>Report noise from a home or business to the council's out-of-hours noise service on
020 7946 0958, on Friday and Saturday nights from 22:00 to 03:00.</li>
<li>If you have reported ASB three times in six months and think that nothing has been done, ask
for an ASB case review.</li>
</ol>

<h2>Our priorities for 2026</h2>
<p>In 2026 the CSP will concentrate on vehicle nuisance in Marlpit, on repeat victims of ASB, and on
neighbour disputes that involve people with mental health needs. A new public spaces protection
order banning off-road bikes from Marlpit Common will go to public consultation in spring 2026.</p>
<p>For more information contact Fenella Macrae-Obuya, ASB Partnership Manager, at
asb.team@cressingdon.example.gov.uk.</p>
</article>
<div class="feedback">
  <h2>Was this page useful?</h2>
  <a href="/feedback?useful=yes">Yes</a> <a href="/feedback?useful=no">No</a>
  <a href="/feedback/report-a-problem">Report a problem with this page</a>
</div>
</main>
<aside class="related" aria-label="Related links">
  <h2>Related links</h2>
  <ul>
    <li><a href="/community-safety/csp-plan">Community Safety Partnership plan 2025 to 2028</a></li>
    <li><a href="/community-safety/asb/alcohol-control-zone">Town centre alcohol control zone</a></li>
    <li><a href="/council-and-democracy/committees/safer-cressingdon">Safer Cressingdon Board papers</a></li>
    <li><a href="https://www.example.police.uk/report">Report to the police</a></li>
  </ul>
</aside>
</div>
<footer class="site-footer">
  <ul class="footer-nav">
    <li><a href="/contact">Contact the council</a></li>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/sitemap">Site map</a></li>
  </ul>
  <p>Cressingdon Council, Cressingdon Civic Offices, Quarry Lane, London SE44 2HN</p>
  <p>&copy; Cressingdon Council 2026</p>
</footer>
<script src="/themes/cressingdon/main.js"></script>
<script>document.documentElement.className += " js";</script>
</body>
</html>
"""


def build_sealed_html():
    return _write("sealed/cressingdon_asb_2024_2025_compared.html", SEALED_HTML)


# ===========================================================================
# sealed: .md - press release with notes to editors
# ===========================================================================

SEALED_MD = """# PRESS RELEASE

## £1.32 million to put youth workers in Fallowmere and Cressingdon police custody

**For immediate release: Thursday 12 March 2026**
**Issued by:** Mayor's Office for Policing and Crime (MOPAC) press office
**Reference:** MOPAC/PR/2026/039

---

Youth workers will meet every child and young person brought into custody at Fallowmere and
Cressingdon police stations, under a three-year programme funded by the Mayor's Office for Policing
and Crime (MOPAC).

The custody youth navigator programme will be run by the charity Harbourlight Youth Trust. Its
navigators will be based in the two custody suites from 1 May 2026, seven days a week from 08:00 to
midnight. They will talk to young people aged 10 to 24 while they are in custody, at what is often a
moment of crisis, and offer them support after they leave, including:

- help to get back into school, college or training;
- mentoring, sport and other activities near where they live;
- referrals to mental health and drug and alcohol services; and
- support for their families.

### Pilot results

A pilot at Fallowmere Police Station, from April 2024 to September 2025, showed that young people
who took up support were less likely to be arrested again:

- navigators met 412 children and young people in custody;
- 286 of them, or 69 per cent, accepted support after they left custody; and
- 18 per cent of those who accepted support were arrested again within six months, compared with
  31 per cent of a comparison group of young people held in custody in a neighbouring borough.

### Funding

| Year | Fallowmere custody suite | Cressingdon custody suite | Total |
|---|---:|---:|---:|
| 2026/27 | £228,000 | £196,000 | £424,000 |
| 2027/28 | £236,000 | £204,000 | £440,000 |
| 2028/29 | £244,000 | £212,000 | £456,000 |
| **Total** | **£708,000** | **£612,000** | **£1,320,000** |

### What they said

Kwabena Hollingsworth-Tait, MOPAC's Director of Criminal Justice and Commissioning, said:
"A night in a police cell can be the point where a young person's life goes one way or the other.
The pilot in Fallowmere showed that a trusted adult, at the right moment, can make the difference.
We are now extending that to Cressingdon and making it permanent for the next three years."

Chief Superintendent Everard Tollemache, BCU Commander for Eastmarch, said: "Our custody officers
saw the difference the navigators made during the pilot. Young people who would not talk to us
would talk to them, and we saw fewer of them come back through the door."

Marisa Delacroix-Amadi, Chief Executive of Harbourlight Youth Trust, said: "Every young person we
meet in custody has a story, and too often nobody has asked them about it before. We are proud to be
continuing this work."

**ENDS**

### Notes to editors

1. The Mayor's Office for Policing and Crime (MOPAC) sets the strategic direction for policing in
   London and commissions services for victims and to reduce reoffending.
2. Harbourlight Youth Trust is a registered charity working with young people in east and south-east
   London. It was chosen after an open competition in which four organisations bid.
3. The programme will be independently evaluated by the University of Sandringham Vale's Centre
   for Youth Justice, which will report in autumn 2028.
4. Fallowmere Police Station custody suite has 26 cells and Cressingdon Police Station custody suite
   has 18 cells. Together they held 1,940 children and young people aged 10 to 24 in 2025.
5. For media enquiries contact the MOPAC press office on 020 7946 0276.
"""


def build_sealed_md():
    return _write("sealed/mopac_press_release_custody_youth_navigators.md", SEALED_MD)


# ===========================================================================
# sealed: .txt - scrutiny committee report converted from PDF
# ===========================================================================

SEALED_TXT_PARAS = [
    "=PELLINGHAM COUNCIL\n"
    "\n"
    "SAFER COMMUNITIES SCRUTINY COMMITTEE\n"
    "\n"
    "Date of meeting:   24 March 2026\n"
    "Agenda item:       7\n"
    "Report reference:  SCSC/2026/07\n"
    "Title:             Neighbourhood policing in Pellingham: annual update\n"
    "                   for 2025\n"
    "Report of:         Corin Abbotsford, Director of Communities\n"
    "Contact officer:   Halima Jarrow-Pike, Community Safety Manager\n"
    "                   020 7946 0143\n"
    "Wards affected:    All\n"
    "Status:            Open (public)",
    "=1. PURPOSE OF THE REPORT",
    "1.1 This report updates the Committee on neighbourhood policing in Pellingham during 2025. It "
    "covers the number of ward officers in post, how often they were taken away from their wards, "
    "response times and public confidence, and the future of the Pellingham Town Centre Team, which "
    "the council funds.",
    "=2. RECOMMENDATIONS",
    "2.1 The Committee is asked to:",
    "(a) note the performance of neighbourhood policing in Pellingham in 2025, set out in section 4;",
    "(b) comment on the options for the Pellingham Town Centre Team after March 2027, set out in "
    "section 5; and",
    "(c) invite the Eastmarch BCU Commander to the Committee's meeting in September 2026.",
    "=3. BACKGROUND",
    "3.1 Under the Metropolitan Police Service's neighbourhood policing model, each of Pellingham's 17 "
    "wards should have two Dedicated Ward Officers (DWOs) and one Police Community Support Officer "
    "(PCSO). That is 51 posts in total. The ward officers are managed by the neighbour~hood inspector "
    "for Pellingham, who reports to the Neighbourhoods lead for Eastmarch BCU.",
    "3.2 DWOs are meant to spend their time in their wards, solving local problems and getting to "
    "know residents. When the BCU is short of officers, for example for football matches, protests "
    "or major incidents, DWOs can be taken away from their wards. This is known as abstraction. The "
    "MPS aims to keep abstraction below 10 per cent of DWO shifts.",
    "=4. PERFORMANCE IN 2025",
    "4.1 The table below compares 2025 with 2024. Officer numbers are those in post on 31 December "
    "of each year.",
    "=  Measure                                        2024       2025\n"
    "  ----------------------------------------------------------------\n"
    "  DWOs in post (31 December)                       28         31\n"
    "  PCSOs in post (31 December)                      11         13\n"
    "  DWO shifts lost to abstraction                14.6%       9.2%\n"
    "  Ward panel meetings held                         61         68\n"
    "  Emergency calls attended within 15 minutes    86.1%      88.9%\n"
    "  Residents who say police do a good job          45%        47%",
    "4.2 The number of ward officers has risen, but at the end of 2025 there were still 7 vacancies "
    "out of 51 posts: 3 DWO posts and 4 PCSO posts. The BCU expects to fill the DWO posts from the "
    "officers who finish their training in May 2026.",
    "4.3 Abstraction fell sharply in 2025, after the BCU agreed that DWOs would be used for public "
    "order duties only when all other options had been exhausted. The Committee will want to note "
    "that the figure was 9 per cent in the last quarter of 2025, as reported to the Pellingham Safer "
    "Neighbourhood Board in February 2026.",
    "4.4 Ward panels, which are groups of residents who set local priorities with their ward "
    "officers, met 68 times in 2025. Two wards, Harcourt and Linden Vale, did not hold a ward panel "
    "meeting during the year because they had no chair.",
    "=5. THE PELLINGHAM TOWN CENTRE TEAM",
    "5.1 Since April 2023 the council has paid for a Town Centre Team of one sergeant and five "
    "constables who patrol Pellingham Broadway and the market. The council pays £186,000 a year for "
    "the team under an agreement with the MPS that ends on 31 March 2027.",
    "5.2 In 2025 the team dealt with 1,122 incidents, made 214 arrests and issued 96 dispersal "
    "directions. Traders surveyed in October 2025 gave the team an average score of 8.1 out of 10.",
    "5.3 Officers have set out three options for the Committee to comment on:",
    "(a) renew the agreement for three years at the current size, at an estimated cost of £192,000 a "
    "year;",
    "(b) reduce the team to one sergeant and three constables, at about £128,000 a year; or",
    "(c) end the agreement and rely on the ward officers for the Broadway and Town Centre wards.",
    "=6. FINANCIAL IMPLICATIONS",
    "6.1 The current cost of £186,000 a year is met from the council's community safety budget. Any "
    "renewal from April 2027 would need to be agreed as part of the council's budget for 2027/28.",
    "=7. LEGAL IMPLICATIONS",
    "7.1 The council may fund additional police officers under section 92 of the Police Act 1996. "
    "The agreement with the MPS can be ended by either side with six months' notice.",
    "=8. BACKGROUND PAPERS",
    "8.1 Eastmarch BCU, Pellingham neighbourhood policing data pack, January 2026; Pellingham Town "
    "Centre Team agreement, April 2023.",
]


def build_sealed_txt():
    text = _pdf_txt(
        SEALED_TXT_PARAS,
        "Pellingham Council - Safer Communities Scrutiny Committee - 24 March 2026 - Item 7",
        width=72,
        lines_per_page=40,
        footer="SCSC/2026/07",
    )
    return _write("sealed/pellingham_scrutiny_report_neighbourhood_policing_2025.txt", text)


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
