"""Read .txt, .md, .html, .pdf and .docx files into plain text; unreadable files raise IngestError."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path


class IngestError(Exception):
    """A file that cannot be read or parsed; the message names the file and the reason."""


SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".pdf", ".docx", ".html", ".htm")
MAX_BYTES = 50 * 1024 * 1024


def decode_text(data: bytes) -> str:
    """Decode bytes: BOM-marked UTF-16/UTF-8, then UTF-8, then Windows-1252; refuse binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if b"\x00" in data[:4096]:
        raise ValueError("looks like a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:4096]) // 50):
        raise ValueError("looks like a binary file, not text")
    return text


def _html_text(markup: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
                     "template", "button"]):
        tag.decompose()
    for li in soup.find_all("li"):
        li.insert(0, "- ")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    blocks = ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre", "div", "section",
              "article", "table", "ul", "ol", "dd", "dt", "address"]
    for tag in soup.find_all(blocks):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    body = soup.body or soup
    text = body.get_text()
    text = re.sub(r"[ \t\xa0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise IngestError(f"{path.name}: the PDF is encrypted")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError) as exc:
        raise IngestError(f"{path.name}: not a readable PDF ({type(exc).__name__})") from None
    return "\n\n".join(p for p in pages if p) + "\n"


def _docx_text(path: Path) -> str:
    import zipfile

    import docx
    from docx.opc.exceptions import OpcError

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, OpcError, KeyError, ValueError, OSError) as exc:
        raise IngestError(f"{path.name}: not a readable Word document ({type(exc).__name__})") from None
    parts = []
    for para in document.paragraphs:
        text = para.text.strip()
        if not text:
            continue
        style = (para.style.name or "").lower() if para.style is not None else ""
        numbered = para._p.pPr is not None and para._p.pPr.numPr is not None
        parts.append(f"- {text}" if "list" in style or numbered else text)
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                parts.append(" | ".join(cells))
    return "\n\n".join(parts) + "\n"


def read_document_text(path: Path) -> tuple[str, str, str]:
    """(text, format, sha256 of the bytes). For txt/md the text is the decoded file itself."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"{path.name}: unsupported file type {suffix or '(none)'}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise IngestError(f"{path.name}: larger than {MAX_BYTES // 2**20} MB")
    sha = hashlib.sha256(data).hexdigest()
    if suffix == ".pdf":
        text, fmt = _pdf_text(path), "pdf"
    elif suffix == ".docx":
        text, fmt = _docx_text(path), "docx"
    else:
        try:
            decoded = decode_text(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise IngestError(f"{path.name}: {exc}") from None
        if suffix in (".html", ".htm"):
            text, fmt = _html_text(decoded), "html"
        else:
            text, fmt = decoded, "md" if suffix in (".md", ".markdown") else "txt"
    if not text.strip():
        raise IngestError(f"{path.name}: contains no text")
    return text, fmt, sha
