"""Shared helpers that build and check the invented eval document collections (copied from eval/documents3)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import textwrap
import zipfile
from html.parser import HTMLParser

# ---------------------------------------------------------------------------
# generation: .docx re-zipping and PDF-converted .txt pages
# ---------------------------------------------------------------------------


def rezip(data: bytes, date_time) -> bytes:
    """Re-zip a .docx with fixed timestamps (date_time, a 6-tuple) and a fixed member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def paginate_txt(paragraphs, header, footer_title, width=76, lines_per_page=44):
    """Hard-wrap paragraphs like text extracted from a PDF and add page debris.

    `paragraphs` is a list of strings; a string starting with "=" is kept
    verbatim (pre-formatted, e.g. a fixed-width table or an address block,
    lines separated by newlines). Returns the full text with a running header
    on every page and "Page n of m" lines at each page break.
    """
    lines = []
    for p in paragraphs:
        if p.startswith("="):
            lines.extend(p[1:].split("\n"))
        elif p == "":
            pass
        else:
            m = re.match(r"^((?:\d+\.\d*|\([a-z]\)|-|\*)\s+)", p)
            indent = " " * len(m.group(1)) if m else ""
            lines.extend(textwrap.wrap(p, width=width, subsequent_indent=indent,
                                       break_on_hyphens=False))
        lines.append("")
    # split into pages, avoiding a page that starts with a blank line
    pages = []
    cur = []
    for ln in lines:
        if len(cur) >= lines_per_page and ln == "":
            pages.append(cur)
            cur = []
            continue
        if len(cur) >= lines_per_page + 8:  # hard stop inside long blocks
            pages.append(cur)
            cur = []
        cur.append(ln)
    if cur:
        pages.append(cur)
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        out.append(header)
        out.append("")
        while pg and pg[-1] == "":
            pg = pg[:-1]
        out.extend(pg)
        out.append("")
        out.append(footer_title)
        out.append(f"Page {i} of {n}")
        if i < n:
            out.append("\f")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# .docx
# ---------------------------------------------------------------------------


def docx_setup(title, author, created, header_text, footer_text):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    d.styles["Normal"].font.size = Pt(11)
    return d


def docx_table(d, rows, header=True):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = val
            if header and r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    if header:
        trPr = t.rows[0]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)
    return t


def docx_save(d, path, date_time):
    """Save document d to path, re-zipped with the fixed timestamp date_time."""
    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as f:
        f.write(rezip(buf.getvalue(), date_time))


def docx_field(paragraph, instr: str, result: str) -> None:
    """Append a Word field (e.g. PAGE, NUMPAGES) with a cached result to a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fld(kind):
        run = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)

    fld("begin")
    run = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run._r.append(it)
    fld("separate")
    paragraph.add_run(result)
    fld("end")


def docx_blocks(d):
    blocks = []
    for sec in d.sections:
        blocks += [p.text for p in sec.header.paragraphs]
        blocks += [p.text for p in sec.footer.paragraphs]
    blocks += [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                blocks.append(cell.text)
    return [b for b in blocks if b.strip()]


# ---------------------------------------------------------------------------
# .pdf
# ---------------------------------------------------------------------------


def strip_markup(s):
    s = re.sub(r"<[^>]+>", "", s)
    return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def build_pdf(path, title, author, footer_title, items, header_text=None):
    """Build a PDF at path and return its text blocks.

    items: list of (kind, payload). kinds: title, h, p, sub, meta, table, space, pagebreak.
    header_text, if given, is drawn as a running header on every page (and added to the blocks).
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["Normal"], fontSize=10.5, leading=14, spaceAfter=6)
    sub = ParagraphStyle("sub", parent=body, leftIndent=14 * mm, firstLineIndent=-7 * mm)
    meta = ParagraphStyle("meta", parent=body, spaceAfter=2)
    h = ParagraphStyle("h", parent=ss["Heading2"], fontSize=12.5, spaceBefore=8, spaceAfter=4)
    t_style = ParagraphStyle("t", parent=ss["Title"], fontSize=16, leading=20)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0)

    blocks = [footer_title]
    if header_text:
        blocks.append(header_text)
    flow = []
    text_styles = {"title": t_style, "h": h, "p": body, "sub": sub, "meta": meta}
    for kind, payload in items:
        if kind in text_styles:
            flow.append(Paragraph(payload, text_styles[kind]))
            blocks.append(strip_markup(payload))
        elif kind == "space":
            flow.append(Spacer(1, payload * mm))
        elif kind == "pagebreak":
            flow.append(PageBreak())
        elif kind == "table":
            rows, widths = payload
            data = [[Paragraph(c, cell) for c in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            flow.append(t)
            flow.append(Spacer(1, 3 * mm))
            for r in rows:
                blocks.extend(strip_markup(c) for c in r)

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont("Helvetica", 8.5)
                if header_text:
                    self.drawString(20 * mm, 287 * mm, header_text)
                self.drawString(20 * mm, 12 * mm, footer_title)
                self.drawRightString(190 * mm, 12 * mm, f"Page {self._pageNumber} of {n}")
                super().showPage()
            super().save()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm, title=title,
                            author=author, invariant=1)
    doc.build(flow, canvasmaker=NumberedCanvas)
    return [b for b in blocks if b.strip()]


# ---------------------------------------------------------------------------
# .html
# ---------------------------------------------------------------------------


SEARCH_FORM = ('<form class="search" action="/search"><input type="search" name="q" aria-label="Search">'
               '<button>Search</button></form>')


def html_page(site, page_title, nav, crumbs, article_html, related, footer_links, copyright_line):
    nav_html = "\n".join(f'        <li><a href="{href}">{label}</a></li>' for label, href in nav)
    crumb_html = " &rsaquo; ".join(
        f'<a href="{href}">{label}</a>' if href else f'<span aria-current="page">{label}</span>'
        for label, href in crumbs)
    rel_html = "\n".join(f'        <li><a href="{href}">{label}</a></li>' for label, href in related)
    foot_html = "\n".join(f'      <li><a href="{href}">{label}</a></li>' for label, href in footer_links)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{page_title} | {site}</title>
  <link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
  <div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on this website">
    <p>We use some essential cookies to make this website work. We would also like to set
    analytics cookies to understand how you use the site.</p>
    <button type="button" class="btn">Accept analytics cookies</button>
    <button type="button" class="btn">Reject analytics cookies</button>
    <a href="/cookies">View cookie preferences</a>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{site}</a>
    <nav class="site-nav" aria-label="Main menu">
      <ul>
{nav_html}
      </ul>
    </nav>
    {SEARCH_FORM}
  </header>
  <nav class="breadcrumbs" aria-label="Breadcrumb">{crumb_html}</nav>
  <main class="layout">
    <article class="content">
{article_html}
    </article>
    <aside class="sidebar">
      <h2>Related</h2>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <ul>
{foot_html}
    </ul>
    <p>{copyright_line}</p>
  </footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# checking: visible text blocks of each format
# ---------------------------------------------------------------------------

BLOCK_TAGS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "dt", "dd", "caption",
              "title", "a", "button", "span", "nav", "div", "footer", "header"}


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


class HTMLBlocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur, self.skip = [], [], 0

    def _flush(self):
        t = ws("".join(self.cur))
        if t:
            self.blocks.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCK_TAGS or tag in ("br", "tr", "ul", "ol", "table", "dl"):
            self._flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in BLOCK_TAGS or tag in ("tr", "ul", "ol", "table", "dl"):
            self._flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def html_blocks(text):
    p = HTMLBlocks()
    p.feed(text)
    p._flush()
    return p.blocks


def md_blocks(text):
    text = text.replace("**", "").replace("`", "")
    text = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", text)
    blocks = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = chunk.split("\n")
        if all(ln.lstrip().startswith("|") for ln in lines if ln.strip()):
            for ln in lines:  # table: one block per cell
                blocks += [c.strip() for c in ln.strip().strip("|").split("|")]
            continue
        # list items and other lines: join continuation lines to the item
        cur = []
        for ln in lines:
            if re.match(r"^\s*([-*]|\d+\.)\s", ln) and cur:
                blocks.append(ws(" ".join(cur)))
                cur = []
            cur.append(re.sub(r"^\s*([-*]|\d+\.)\s+", "", ln) if re.match(r"^\s*([-*]|\d+\.)\s", ln) else ln)
        if cur:
            blocks.append(ws(" ".join(cur)))
    return [b for b in blocks if b]


def table_cells_md(text):
    cells = []
    for ln in text.split("\n"):
        if ln.strip().startswith("|"):
            cells += [c.strip() for c in ln.strip().strip("|").split("|")]
    return cells


def pdftotext_lines(path):
    """Lines of `pdftotext` output for a PDF, or None if pdftotext is not installed."""
    if not shutil.which("pdftotext"):
        return None
    out = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    return [ln for ln in out.split("\n") if ln.strip()]
