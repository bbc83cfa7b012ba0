"""Each conversion-debris rule of rag.ingest.cleaning.clean_span, and what it must leave alone."""

from __future__ import annotations

import pytest

from rag.ingest.cleaning import clean_span, is_debris, is_signature_image, strip_marker


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("17<sup>th</sup> March 2017", "17th March 2017"),
        ("a <u>repository of practice</u> on", "a repository of practice on"),
        ("City Hall<br>The Queen's Walk", "City Hall The Queen's Walk"),
        ("Crime &amp; Policing", "Crime & Policing"),
    ],
    ids=["sup", "underline", "br", "entity"],
)
def test_inline_tags_and_entities(raw: str, expected: str) -> None:
    assert clean_span(raw) == expected


@pytest.mark.parametrize(
    "line",
    [
        'A handwritten signature in black ink that reads "Sophie Linden". The signature is in a grey box.',
        "An illegible signature in blue ink",
        "[Signature]",
        "Send an e-mail linking to this page",
        "Print this page",
        "---",
        "```",
    ],
)
def test_debris_lines_are_dropped(line: str) -> None:
    assert is_debris(line)
    assert clean_span(f"Kept text.\n{line}\nMore text.") == "Kept text. More text."


@pytest.mark.parametrize(
    "line",
    [
        "The signature of the treaty was delayed.",
        "Feedback from the pilot areas was positive.",
        "Feedback",  # a lone "Feedback" may be a real heading; only the segmenter drops it, at a page's end
        "The Plan sets out priorities - not targets.",
    ],
)
def test_ordinary_lines_are_not_debris(line: str) -> None:
    assert not is_debris(line)
    assert clean_span(line) == line


def test_signature_description_needs_descriptive_words() -> None:
    assert is_signature_image("A signature in black ink")
    assert not is_signature_image("A signature scheme for partners")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("- 22. Following representations", "Following representations"),
        (" - a. Neighbourhoods Including", "Neighbourhoods Including"),
        ("(iv) the fourth point", "the fourth point"),
        (" - · Offering ways out of crime", "Offering ways out of crime"),
        ("- o how to involve", "how to involve"),
        ("  •\xa0Promote partnership working", "Promote partnership working"),
        ("\uf0b7 Symbol-font bullet", "Symbol-font bullet"),
        ("1. Consider the issues", "Consider the issues"),
    ],
)
def test_first_line_loses_its_list_marker(raw: str, expected: str) -> None:
    assert clean_span(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["-20% of recorded crime", "1.5 million calls", "e.g. this one", "2018. The year", "**bold** start"],
)
def test_things_that_only_look_like_markers_stay(raw: str) -> None:
    assert strip_marker(raw) == raw


def test_later_lines_lose_bullets_but_keep_numbers() -> None:
    assert clean_span("lock-in additional levers, powers and\n\n- resources that will help") == (
        "lock-in additional levers, powers and resources that will help"
    )
    assert clean_span("a figure quoted on page\n12. of the plan") == "a figure quoted on page 12. of the plan"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("- **Fraud and online crime** The final Plan", "Fraud and online crime The final Plan"),
        ("M O P A C**MAYOR OF LONDON**\nOFFICE FOR POLICING AND CRIME**Susan Hall**", None),
        ("a __bold__ word and *emphasis* and _this_", "a bold word and emphasis and this"),
        ("## Heading text", "Heading text"),
        ("> quoted line", "quoted line"),
        ("see [the site](http://example.org) now", "see the site now"),
        ("before ![logo](x.png) after", "before after"),
        ("run `code` here", "run code here"),
        ("snake_case_name and 5 * 3 * 2", "snake_case_name and 5 * 3 * 2"),
    ],
)
def test_markdown_syntax(raw: str, expected: str | None) -> None:
    if expected is None:  # bold glued between words becomes a space, spaced capitals close up
        expected = "MOPAC MAYOR OF LONDON OFFICE FOR POLICING AND CRIME Susan Hall"
    assert clean_span(raw) == expected


def test_broken_lines_join_into_one_line() -> None:
    raw = (
        "- Violence against women and girls (VAWG) The Mayor is determined to tackle\n"
        "  violence against women and girls in London and will be working with partners to refresh\n"
        "  the London VAWG Strategy."
    )
    cleaned = clean_span(raw)
    assert "\n" not in cleaned
    assert cleaned.startswith(
        "Violence against women and girls (VAWG) The Mayor is determined to tackle violence"
    )


def test_hyphenated_line_break_and_whitespace() -> None:
    assert clean_span("front-\nline policing") == "front-line policing"
    assert clean_span("  many\xa0 spaces\t\there \u200b ") == "many spaces here"
    assert clean_span("") == ""
    assert clean_span("\n  \n") == ""
