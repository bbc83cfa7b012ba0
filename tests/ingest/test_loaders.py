"""Every supported format loads; odd encodings load; unreadable files are reported by name and skipped."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from rag.ingest import SUPPORTED_SUFFIXES, IngestError, clean_span, load_corpus, load_document
from rag.types import Document

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _check_spans(doc: Document) -> None:
    assert doc.paragraphs
    for p in doc.paragraphs:
        assert 0 <= p.start < p.end <= len(doc.text)
        if p.kind == "table_row":  # the row's line; its text restates the cells with their headers
            raw = doc.text[p.start : p.end]
            assert all(part.rpartition(": ")[2] in raw for part in p.text.split("; "))
        else:
            assert clean_span(doc.text[p.start : p.end]) == p.text


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".md", ".pdf", ".docx", ".html", ".htm")


def test_markdown_syntax_is_stripped_and_spans_index_the_file(tmp_path: Path) -> None:
    source = (
        "# Knife crime funding\n\n12 June 2015\n\n## Summary\n\n"
        "The **strategy** was [launched](http://x.org) in "
        "*June 2017*.\n\n* first item\n* second item\n\n---\n\n1. numbered one\n2. numbered two\n"
    )
    path = tmp_path / "a.md"
    path.write_text(source, encoding="utf-8")
    doc = load_document(path)
    assert doc.source_format == "md" and doc.text == source
    texts = [p.text for p in doc.paragraphs]
    assert "The strategy was launched in June 2017." in texts
    assert {"first item", "second item", "numbered one", "numbered two"} <= set(texts)
    assert doc.meta.title == "Knife crime funding" and doc.meta.date == "2015-06-12"
    assert next(p for p in doc.paragraphs if p.text == "first item").heading == "Summary"
    _check_spans(doc)


def test_html_keeps_blocks_and_drops_chrome(tmp_path: Path) -> None:
    path = tmp_path / "b.html"
    path.write_text(
        "<!doctype html><html><head><title>Custody letter</title><script>alert('x')</script>"
        "<style>p {color: red}</style></head><body><nav><a href='/'>Home</a> | About</nav>"
        "<header>Site name</header>"
        "<main><h1>Custody healthcare</h1><p>Healthcare in police custody will be <b>reviewed</b> on "
        "17<sup>th</sup> March.</p><ul><li>First point</li><li>Second <em>point</em></li></ul>"
        "<p hidden>hidden text</p><!-- a comment --><table><tr><td>Cost</td><td>&pound;5m</td></tr></table>"
        "<p>Send an e-mail linking to this page</p></main>"
        "<footer>Copyright and Feedback</footer></body></html>",
        encoding="utf-8",
    )
    doc = load_document(path)
    texts = [p.text for p in doc.paragraphs]
    assert doc.source_format == "html"
    assert texts == [
        "Healthcare in police custody will be reviewed on 17th March.",
        "First point",
        "Second point",
        "Cost; £5m",  # a table row without a header row: its cells
    ]
    assert doc.paragraphs[-1].label == "table 1, row Cost" and doc.paragraphs[-1].kind == "table_row"
    assert doc.paragraphs[0].heading == "Custody healthcare"
    for gone in ("alert", "color", "Home", "Site name", "hidden", "comment", "Copyright"):
        assert gone not in doc.text
    assert "Send an e-mail linking to this page" in doc.text  # page text, but no paragraph's
    _check_spans(doc)


def test_docx_paragraphs_headings_and_list_items(tmp_path: Path) -> None:
    path = tmp_path / "c.docx"
    document = docx.Document()
    document.add_paragraph("MAYOR OF LONDON")
    document.add_paragraph("12 June 2015")
    document.add_paragraph("Dear Colleagues,")
    document.add_heading("Partnership Funding", level=2)
    document.add_paragraph("The fund is intended to:")
    document.add_paragraph("help deliver crime reduction", style="List Bullet")
    document.add_paragraph("promote partnership working", style="List Bullet")
    document.add_paragraph("Yours sincerely,")
    document.add_paragraph("Sophie Linden")
    document.core_properties.title = "Docx properties title"
    document.save(path)
    doc = load_document(path)
    assert doc.source_format == "docx"
    items = [p.text for p in doc.paragraphs if p.kind == "list_item"]
    assert items == ["help deliver crime reduction", "promote partnership working"]
    assert doc.meta.title == "Partnership Funding" and doc.meta.date == "2015-06-12"
    assert doc.meta.author == "Sophie Linden" and doc.paragraphs[-1].kind == "signature"
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    _check_spans(doc)


def test_pdf_round_trip(tmp_path: Path, make_pdf: Callable[[Path, list[str]], Path]) -> None:
    path = make_pdf(
        tmp_path / "d.pdf",
        [
            "Knife Crime Funding",
            "12 June 2015",
            "Summary",
            "The knife crime fund will cost 250,000 pounds over two years and it will be",
            "spent in every borough.",
            "Yours sincerely,",
            "Jane Smith",
        ],
    )
    doc = load_document(path)
    assert doc.source_format == "pdf"
    assert (doc.meta.title, doc.meta.date, doc.meta.author) == (
        "Knife Crime Funding",
        "2015-06-12",
        "Jane Smith",
    )
    body = [p for p in doc.paragraphs if p.kind == "body"]
    assert [p.text for p in body] == [
        "The knife crime fund will cost 250,000 pounds over two years and it will be spent in every borough."
    ]
    assert body[0].heading == "Summary"
    _check_spans(doc)


def test_corrupt_and_truncated_pdfs_raise(
    tmp_path: Path, make_pdf: Callable[[Path, list[str]], Path]
) -> None:
    good = make_pdf(tmp_path / "good.pdf", ["Some text on the page."]).read_bytes()
    for name, data in [("garbage.pdf", b"%PDF-1.4\nthis is not a pdf"), ("half.pdf", good[: len(good) // 2])]:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(IngestError, match=rf"^{name}: .*PDF"):
            load_document(path)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Cost: £250,000 – agreed.".encode("cp1252"), "Cost: £250,000 – agreed."),
        ("Cost: £250,000".encode("latin-1") + b"\x81", "Cost: £250,000\x81"),  # not cp1252: latin-1
        (b"\xef\xbb\xbfCost: \xc2\xa3250,000", "Cost: £250,000"),
        ("Cost: £250,000".encode("utf-16"), "Cost: £250,000"),
        ("Cost: £250,000".encode("utf-16-be").join([b"\xfe\xff", b""]), "Cost: £250,000"),
        ("Cost: £250,000\r\nNext line".encode(), "Cost: £250,000\r\nNext line"),
    ],
    ids=["cp1252", "latin1", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "crlf"],
)
def test_odd_encodings_load(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(data)
    doc = load_document(path)
    assert doc.text == expected
    assert "£250,000" in doc.paragraphs[0].text
    _check_spans(doc)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("junk.txt", bytes(range(256)) * 20, "binary"),
        ("nul.txt", b"text\x00with\x00nuls", "binary"),
        ("empty.txt", b"   \n\n", "empty"),
        ("zero.md", b"", "empty"),
        ("broken.docx", b"PK not a zip", "docx"),
        ("broken.html", b"\x00\x01\x02\x03" * 50, "binary"),
        ("notes.rtf", b"{\\rtf1 hello}", "unsupported file type"),
    ],
)
def test_unreadable_files_raise_naming_the_file(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IngestError, match=reason) as err:
        load_document(path)
    assert str(err.value).startswith(f"{name}: ")


def test_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="^gone.txt: cannot read"):
        load_document(tmp_path / "gone.txt")


def test_load_corpus_skips_bad_files_and_loads_the_rest(tmp_path: Path) -> None:
    for path in CORPUS.glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-garbage")
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("a hidden file", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    seen: list[str] = []
    loaded = load_corpus(tmp_path, progress=seen.append)
    assert [d.doc_id for d in loaded.documents] == sorted(p.name for p in CORPUS.glob("*.txt"))
    skipped = dict(loaded.skipped)
    assert set(skipped) == {"bad.pdf", "junk.txt", "image.png", ".hidden.txt"}
    assert skipped["image.png"] == skipped[".hidden.txt"] == "unsupported file type"
    assert "PDF" in skipped["bad.pdf"] and "binary" in skipped["junk.txt"]
    assert not any(reason.startswith("bad.pdf") for reason in skipped.values())  # reasons omit the name
    assert seen == sorted(seen) and len(seen) == 9


def test_load_corpus_needs_a_folder(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="not a folder"):
        load_corpus(tmp_path / "missing")
