"""Every supported format loads; odd encodings load; unreadable files are reported by name and skipped."""

import docx
import pytest

from rag.ingest import IngestError, load_corpus, load_document


def _docx(path):
    document = docx.Document()
    document.add_paragraph("Funding for boroughs")
    document.add_paragraph("The fund will pay for youth workers in every borough from April.")
    document.add_paragraph("First item of the list", style="List Bullet")
    document.add_paragraph("Second item of the list", style="List Bullet")
    document.save(path)


def _pdf(path, text="The policing plan was published in March and sets out priorities."):
    """A minimal one-page PDF with a text object, written by hand (no PDF writer is needed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def test_each_format(tmp_path):
    (tmp_path / "a.md").write_text("# Knife crime\n\nThe **strategy** was launched in *June 2017*.\n")
    (tmp_path / "b.html").write_text(
        "<html><head><script>alert(1)</script><style>p{}</style></head><body><nav>Home | About</nav>"
        "<h1>Custody healthcare</h1><p>Healthcare in police custody will be reviewed this year.</p>"
        "<ul><li>First point</li><li>Second point</li></ul><footer>Feedback</footer></body></html>"
    )
    _docx(tmp_path / "c.docx")
    _pdf(tmp_path / "d.pdf")
    md = load_document(tmp_path / "a.md")
    assert any(p.text == "The strategy was launched in June 2017." for p in md.paragraphs)
    html = load_document(tmp_path / "b.html")
    texts = [p.text for p in html.paragraphs]
    assert "First point" in texts and "Second point" in texts
    assert not any("alert" in t or "Home | About" in t for t in texts)
    word = load_document(tmp_path / "c.docx")
    assert [p.text for p in word.paragraphs if p.kind == "list_item"] == ["First item of the list",
                                                                         "Second item of the list"]
    pdf = load_document(tmp_path / "d.pdf")
    assert "policing plan was published in March" in " ".join(p.text for p in pdf.paragraphs)
    for doc in (md, html, word, pdf):
        for p in doc.paragraphs:
            assert p.text and 0 <= p.start < p.end <= len(doc.text)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("The cost was £250,000 for boroughs.".encode("cp1252"), "£250,000"),
        (b"\xef\xbb\xbfThe cost was \xc2\xa3250,000 for boroughs.", "£250,000"),
        ("The cost was £250,000 for boroughs.".encode("utf-16"), "£250,000"),
    ],
    ids=["cp1252", "utf8-bom", "utf16"],
)
def test_odd_encodings(tmp_path, data, expected):
    path = tmp_path / "letter.txt"
    path.write_bytes(data)
    assert expected in load_document(path).paragraphs[0].text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("junk.txt", bytes(range(256)) * 20, "binary"),
        ("empty.txt", b"   \n\n", "no text"),
        ("broken.pdf", b"%PDF-1.4 not really", "PDF"),
        ("broken.docx", b"PK not a zip", "Word"),
    ],
)
def test_unreadable_files_raise_naming_the_file(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IngestError, match=reason) as err:
        load_document(path)
    assert name in str(err.value)


def test_load_corpus_skips_bad_files_and_loads_the_rest(tmp_path):
    (tmp_path / "good.txt").write_text("A perfectly good letter about ward panels and their role.")
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-garbage")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("ignored")
    loaded = load_corpus(tmp_path)
    assert [d.doc_id for d in loaded.documents] == ["good.txt"]
    assert dict(loaded.skipped).keys() == {"bad.pdf", "image.png"}
