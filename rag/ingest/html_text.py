"""HTML to text with BeautifulSoup (lxml parser): the page's main content only, page chrome dropped and counted.

Chrome is what sits outside the content on every page of a site: navigation, header and footer bars, sidebars,
forms, cookie and consent banners, skip links, breadcrumbs, share buttons. When the page marks its content
(<main>, role="main", or a single <article>) only that is read. Headings become "#" lines, list items "-" or
"1." lines (nested ones indented), tables pipe rows (see tables.py) under their <caption>, and a definition list's
terms "- Term: definition" items.
"""

from __future__ import annotations

import re
from typing import Any

from rag.ingest.docx_text import ITEM, join_blocks
from rag.ingest.tables import looks_like_header, merge_header_rows, render_table

_DROP = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg",
    "button", "select", "input", "textarea", "head", "object", "embed", "canvas", "audio", "video", "map", "img",
    "picture",
)
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary", "dialog"}
# id/class/aria-label words of chrome containers; matched as whole words of those attributes.
_CHROME_NAMES = re.compile(
    r"(?i)(?:^|[\s_-])(?:cookies?|consent|gdpr|skip(?:-?link|-to-content)?|breadcrumbs?|share|social|sharing|"
    r"newsletter|site-?(?:header|footer|nav)|sidebar|related|promo|advert|ads)(?:$|[\s_-])"
)
_BLOCKS = {
    "p", "div", "section", "article", "main", "dl", "dt", "dd", "blockquote", "pre", "address", "figure",
    "figcaption", "hr", "center", "details", "summary", "body", "html", "fieldset", "legend",
}


def _attr_text(tag: Any) -> str:
    classes = tag.get("class") or []
    return " ".join([str(tag.get("id") or ""), " ".join(classes), str(tag.get("aria-label") or "")])


def _is_chrome(tag: Any) -> bool:
    if tag.name in ("main", "article", "body", "html"):
        return False
    style = str(tag.get("style", "")).replace(" ", "").lower()
    if tag.has_attr("hidden") or "display:none" in style or tag.get("aria-hidden") == "true":
        return True
    return tag.get("role") in _CHROME_ROLES or bool(_CHROME_NAMES.search(_attr_text(tag)))


def _meta(soup: Any, *names: str) -> str:
    for name in names:
        tag = soup.find("meta", attrs={"name": name}) or soup.find("meta", attrs={"property": name})
        if tag and tag.get("content") and str(tag["content"]).strip():
            return " ".join(str(tag["content"]).split())
    return ""


def _span(cell: Any, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name, 1)), 50))
    except ValueError:
        return 1


def _cells(row: Any, carried: dict[int, tuple[str, int]]) -> list[str]:
    """The row's cells by grid column; `carried` (column -> (text, rows left)) holds cells spanning down from rows
    above, so a rowspan cell stands in every row it covers and later cells keep their columns."""
    out: list[str] = []
    cells = iter(row.find_all(["td", "th"], recursive=False))
    while True:
        column = len(out)
        if column in carried:
            text, left = carried[column]
            out.append(text)
            if left > 1:
                carried[column] = (text, left - 1)
            else:
                del carried[column]
            continue
        cell = next(cells, None)
        if cell is None:
            break
        text = " ".join(cell.get_text(" ").split())
        down = _span(cell, "rowspan")
        for _ in range(_span(cell, "colspan")):  # a spanning cell's text stands in every column it covers
            if down > 1:
                carried[len(out)] = (text, down - 1)
            out.append(text)
    return out


def _table(table: Any) -> tuple[str, str]:
    """(caption, pipe rows) of one table; nested tables are read as part of their cell's text."""
    rows = [r for r in table.find_all("tr") if r.find_parent("table") is table]
    carried: dict[int, tuple[str, int]] = {}
    grid = [_cells(r, carried) for r in rows]
    keep = [i for i, cells in enumerate(grid) if any(cells)]
    grid = [grid[i] for i in keep]
    if not grid:
        return "", ""
    first = rows[keep[0]]
    th_row = bool(first.find_all("th", recursive=False)) and not first.find_all("td", recursive=False)
    header = len(grid) > 1 and (th_row or first.find_parent("thead") is not None or looks_like_header(grid))
    merged = merge_header_rows(grid)
    if len(merged) < len(grid):  # a two-row header under a spanning cell is a header whatever its markup
        grid, header = merged, True
    caption = table.find("caption")
    caption_text = " ".join(caption.get_text(" ").split()) if caption else ""
    if max(len(cells) for cells in grid) == 1:  # a one-column layout table: its text, not a table
        return caption_text, "\n\n".join(cells[0] for cells in grid)
    return caption_text, render_table(grid, header)


def html_text(raw: str) -> tuple[str, dict[str, str]]:
    """The page's main text and hints: title, author, date, site name, how many chrome elements were dropped."""
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import PreformattedString

    soup = BeautifulSoup(raw, "lxml")  # parsing only: nothing is ever executed
    hints = {
        "title": " ".join(soup.title.get_text().split()) if soup.title else "",
        "author": _meta(soup, "author", "article:author", "DC.creator", "dc.creator"),
        "date": _meta(soup, "article:published_time", "date", "DC.date", "dc.date", "dcterms.created"),
        "organisation": _meta(soup, "og:site_name", "publisher", "DC.publisher"),
    }
    chrome = 0
    for tag in soup.find_all(_DROP):
        if not tag.decomposed:
            chrome += tag.name not in ("script", "style", "head", "noscript", "template", "img", "picture", "svg")
            tag.decompose()
    for tag in soup.find_all(True):
        if not tag.decomposed and _is_chrome(tag):
            chrome += 1
            tag.decompose()
    root = soup.find("main") or soup.find(attrs={"role": "main"})
    articles = soup.find_all("article")
    if root is None and len(articles) == 1:
        root = articles[0]
    root = root or soup.body or soup
    if root is not soup.body and soup.body is not None:
        # What lies outside the marked content is chrome the page did not label (a "Skip to content" link).
        chrome += sum(1 for t in soup.body.find_all(["p", "a", "li", "div"], recursive=False) if not t.find(root.name))
    if not hints["date"]:
        time_tag = root.find("time") if hasattr(root, "find") else None
        hints["date"] = str(time_tag.get("datetime") or "") if time_tag else ""

    blocks: list[str] = []
    buffer: list[str] = []
    prefix = [""]

    def flush() -> None:
        lines = (" ".join(part.split()) for part in "".join(buffer).split("\n"))
        text = "\n".join(line for line in lines if line)
        buffer.clear()
        if text:
            blocks.append(prefix[0] + text)
        prefix[0] = ""

    def walk(node: Tag, depth: int) -> None:
        for child in node.children:
            if isinstance(child, PreformattedString):  # comments, doctype, CDATA, processing instructions
                continue
            if isinstance(child, NavigableString):
                buffer.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower()
            if name == "br":
                buffer.append("\n")
            elif re.fullmatch(r"h[1-6]", name):
                flush()
                heading = " ".join(child.get_text(" ").split())
                if heading:
                    blocks.append("#" * int(name[1]) + " " + heading)
            elif name in ("ul", "ol", "menu"):
                flush()
                try:
                    number = int(child.get("start", 1))
                except ValueError:
                    number = 1
                for item in child.find_all("li", recursive=False):
                    marker = f"{number}." if name == "ol" else "-"
                    number += 1
                    prefix[0] = ITEM + "  " * depth + marker + " "
                    walk(item, depth + 1)
                    flush()
            elif name == "li":  # stray item outside a list
                flush()
                prefix[0] = ITEM + "  " * depth + "- "
                walk(child, depth + 1)
                flush()
            elif name == "dl":
                # A definition list is terms and what they are ("Responses received" / "1,486 in total"): each
                # pair one "Term: definition" item of a list, as a document's own labelled fields are written (an
                # item, so that a short pair is not taken for a heading).
                flush()
                item_prefix = ITEM + "  " * depth + "- "
                term, used = "", False
                for item in child.find_all(["dt", "dd"]):
                    text = " ".join(item.get_text(" ").split())
                    if item.name == "dt":
                        if term and not used:
                            blocks.append(item_prefix + term)
                        term, used = text.rstrip(":"), False
                    elif text:
                        blocks.append(item_prefix + (f"{term}: {text}" if term else text))
                        used = True
                if term and not used:
                    blocks.append(item_prefix + term)
            elif name == "table":
                flush()
                caption, rows = _table(child)
                if caption:
                    blocks.append(caption)
                if rows:
                    blocks.append(rows)
            elif name in _BLOCKS:
                flush()
                walk(child, depth)
                flush()
            else:
                walk(child, depth)

    walk(root, 0)
    flush()
    if chrome:
        hints["chrome"] = str(chrome)
    return join_blocks(blocks), {k: v for k, v in hints.items() if v}
