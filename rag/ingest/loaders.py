"""Read .txt/.md/.pdf/.docx/.html files into text and parse them into Documents; refuse unreadable ones.

Long because every format's reader sits beside the one safe, bounded way of opening a corpus file they share.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from rag import settings
from rag.ingest.metadata import extract_metadata
from rag.ingest.paragraphs import segment
from rag.ingest.tables import markdown_table_lines
from rag.types import Document

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".htm")
MAX_FILE_BYTES = 50 * 1024 * 1024
UNSUPPORTED = "unsupported file type"
SYMLINK = "symbolic link: only files inside the corpus folder are read"

_BOMS = [
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
_ALLOWED_CONTROLS = set("\t\n\r\f\v")


class IngestError(Exception):
    """A file that cannot be ingested; the message reads "<file name>: <reason>"."""

    def reason(self, name: str) -> str:
        """The message without its leading "<file name>: " (a summary that names the file says it once)."""
        return str(self).removeprefix(f"{name}: ")


def max_file_chars() -> int:
    """Largest extracted text one file may have (RAG_MAX_FILE_CHARS): bigger files are skipped, not embedded
    for an hour."""
    return int(settings.get("RAG_MAX_FILE_CHARS"))


def max_file_seconds() -> float:
    """Parsing time one file may take (RAG_MAX_FILE_SECONDS), checked between parsing stages."""
    return float(settings.get("RAG_MAX_FILE_SECONDS"))


def _too_large(name: str, size: str) -> IngestError:
    return IngestError(
        f"{name}: too large to index ({size}; the limit is {max_file_chars():,} characters of text, "
        f"set RAG_MAX_FILE_CHARS to raise it)"
    )


def _check_time(name: str, started: float, stage: str) -> None:
    spent = time.monotonic() - started
    if spent > max_file_seconds():
        raise IngestError(
            f"{name}: {stage} took {spent:.0f} s, over the {max_file_seconds():g} s budget for one file "
            f"(set RAG_MAX_FILE_SECONDS to raise it)"
        )


class CorpusListing(NamedTuple):
    """The files of a corpus folder that may be read, and (file name, reason) for entries that may not."""

    files: list[Path]
    skipped: list[tuple[str, str]]


def corpus_files(folder: Path, hidden: bool = False) -> CorpusListing:
    """The regular files directly inside `folder`, sorted by name; reading never leaves the folder.

    Symbolic links (to files or folders, inside or outside), entries that resolve outside the folder and
    special files (FIFOs, sockets, devices: reading one can block forever) are listed as skipped with a reason.
    Real subfolders are ignored, and so are hidden files unless `hidden`.
    """
    folder = Path(folder)
    root = folder.resolve()
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if path.name.startswith(".") and not hidden:
            continue
        try:
            mode = path.lstat().st_mode
        except OSError as exc:
            skipped.append((path.name, f"cannot read file ({exc.strerror or exc})"))
            continue
        if stat.S_ISLNK(mode):
            skipped.append((path.name, SYMLINK))
        elif stat.S_ISDIR(mode):
            continue
        elif not stat.S_ISREG(mode):
            skipped.append((path.name, "not a regular file (a pipe, socket or device)"))
        elif path.resolve().parent != root:
            skipped.append((path.name, "resolves outside the corpus folder"))
        else:
            files.append(path)
    return CorpusListing(files, skipped)


class CorpusLoad(NamedTuple):
    """The documents of a folder that could be parsed, and (file name, reason) for every file left out."""

    documents: list[Document]
    skipped: list[tuple[str, str]]


def decode_text(data: bytes, name: str) -> str:
    """Bytes to text: a BOM's encoding (utf-8/16/32), else utf-8, cp1252, latin-1; binary junk is refused."""
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(f"{name}: not valid {encoding} text despite its byte-order mark") from exc
            break
    if text is None:
        for encoding in ("utf-8", "cp1252", "latin-1"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    assert text is not None  # latin-1 decodes any bytes
    if not text.strip():
        raise IngestError(f"{name}: empty file")
    controls = sum(
        1 for ch in text if ch == "\x00" or (unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    )
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise IngestError(f"{name}: binary content, not text")
    return text


def _plain_text(data: bytes, path: Path) -> tuple[str, dict[str, str]]:
    if len(data) > 4 * max_file_chars():  # even UTF-32 text this long is over the limit: skip before decoding
        raise _too_large(path.name, f"{len(data):,} bytes")
    return decode_text(data, path.name), {}


def _pdf_text(data: bytes, path: Path) -> tuple[str, dict[str, str]]:
    import io

    from pypdf import PdfReader

    from rag.ingest.pdf_text import PdfError, pdf_text

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed-but-readable files are common; no log spam
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        locked = reader.is_encrypted and not reader.decrypt("")
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types for damaged files
        raise IngestError(f"{path.name}: not a readable PDF ({type(exc).__name__}: {exc})") from exc
    if locked:
        raise IngestError(f"{path.name}: encrypted PDF (password-protected)")
    try:
        return pdf_text(data)
    except PdfError as exc:
        raise IngestError(f"{path.name}: {exc}") from exc
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types for damaged files
        raise IngestError(f"{path.name}: not a readable PDF ({type(exc).__name__}: {exc})") from exc


def _docx_text(data: bytes, path: Path) -> tuple[str, dict[str, str]]:
    from rag.ingest.docx_text import docx_text

    try:
        return docx_text(data)
    except Exception as exc:  # noqa: BLE001 - zip, xml and package errors all mean "damaged"
        raise IngestError(f"{path.name}: not a readable .docx ({type(exc).__name__}: {exc})") from exc


def _html_text(data: bytes, path: Path) -> tuple[str, dict[str, str]]:
    from rag.ingest.html_text import html_text

    return html_text(decode_text(data, path.name))


_EXTRACTORS: dict[str, tuple[str, Callable[[bytes, Path], tuple[str, dict[str, str]]]]] = {
    ".txt": ("txt", _plain_text),
    ".md": ("md", _plain_text),
    ".pdf": ("pdf", _pdf_text),
    ".docx": ("docx", _docx_text),
    ".html": ("html", _html_text),
    ".htm": ("html", _html_text),
}


def _read_regular_file(path: Path) -> bytes:
    """The bytes of a regular file, refusing symbolic links (O_NOFOLLOW, so a link swapped in after the folder was
    listed is refused too), special files and files over MAX_FILE_BYTES."""
    name = path.name
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if path.is_symlink():
            raise IngestError(f"{name}: {SYMLINK}") from exc
        raise IngestError(f"{name}: cannot read file ({exc.strerror or exc})") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise IngestError(f"{name}: not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise IngestError(f"{name}: file larger than {MAX_FILE_BYTES // 2**20} MB")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read(MAX_FILE_BYTES + 1)[:MAX_FILE_BYTES]
    except OSError as exc:
        raise IngestError(f"{name}: cannot read file ({exc.strerror or exc})") from exc
    finally:
        os.close(fd)


def load_document(path: Path) -> Document:
    """Read and parse one file; raises IngestError ("<name>: <reason>") when it cannot be used: unreadable,
    a symbolic link, over the size limits, or over the parsing-time budget."""
    path = Path(path)
    name = path.name
    extractor = _EXTRACTORS.get(path.suffix.lower())
    if extractor is None:
        raise IngestError(f"{name}: {UNSUPPORTED}")
    started = time.monotonic()
    data = _read_regular_file(path)
    if not data.strip():
        raise IngestError(f"{name}: empty file")
    source_format, extract = extractor
    text, hints = extract(data, path)
    if not text.strip():
        raise IngestError(f"{name}: no text found")
    if len(text) > max_file_chars():
        raise _too_large(name, f"{len(text):,} characters of text")
    _check_time(name, started, "reading the text")
    layout = segment(text, markdown_table_lines(text) if source_format == "md" else None)
    if not layout.paragraphs:
        raise IngestError(f"{name}: no text paragraphs found")
    _check_time(name, started, "finding the paragraphs")
    text = layout.text or text  # running headers, footers and page numbers blanked, offsets unchanged
    meta = extract_metadata(name, text, layout, hints)
    tables = {p.label.split(",")[0] for p in layout.paragraphs if p.kind == "table_row"}
    notes = {"chrome": int(hints.get("chrome", 0)) + layout.chrome, "tables": len(tables)}
    return Document(meta, text, layout.paragraphs, source_format, hashlib.sha256(data).hexdigest(), notes)


def load_corpus(folder: Path, progress: Callable[[str], None] | None = None) -> CorpusLoad:
    """Every supported file of `folder`, sorted by name; the rest is reported as (file name, reason)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise IngestError(f"{folder}: not a folder")
    documents: list[Document] = []
    listing = corpus_files(folder, hidden=True)
    skipped: list[tuple[str, str]] = list(listing.skipped)
    for path in listing.files:
        if progress:
            progress(path.name)
        if path.name.startswith(".") or path.suffix.lower() not in SUPPORTED_SUFFIXES:
            skipped.append((path.name, UNSUPPORTED))
            continue
        try:
            documents.append(load_document(path))
        except IngestError as exc:
            skipped.append((path.name, exc.reason(path.name)))
        except Exception as exc:  # noqa: BLE001 - one odd file must not stop the rest of the corpus loading
            skipped.append((path.name, f"could not be parsed ({type(exc).__name__}: {exc})"))
    return CorpusLoad(documents, sorted(skipped))
