"""Each conversion-debris rule of rag.ingest.cleaning."""

import pytest

from rag.ingest.cleaning import clean_span, is_debris


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("17<sup>th</sup> March 2017", "17th March 2017"),
        ("- **Fraud and online crime** The final Plan", "Fraud and online crime: The final Plan"),
        ("a **bold** word and __under__ score", "a bold word and under score"),
        ("## Heading text", "Heading text"),
        ("see [the site](http://example.org) now", "see the site now"),
        ("before ![logo](x.png)after", "before after"),
        ("- 22. Following representations", "Following representations"),
        (" - · Offering ways out of crime", "Offering ways out of crime"),
        ("- o how to involve", "how to involve"),
        ("a line broken\n  mid-sentence here", "a line broken mid-sentence here"),
        ("a <u>repository of practice</u> on", "a repository of practice on"),
    ],
)
def test_body_rules(raw, clean):
    assert clean_span(raw) == clean


def test_header_lines_join_with_commas_and_bold_splits_lines():
    raw = "OFFICE FOR POLICING AND CRIME**Susan Hall**\nCity Hall\nSE1 2AA"
    assert clean_span(raw, "header") == "OFFICE FOR POLICING AND CRIME, Susan Hall, City Hall, SE1 2AA"


@pytest.mark.parametrize(
    "line",
    [
        "Send an e-mail linking to this page",
        "Feedback",
        'A handwritten signature in black ink that reads "Sophie Linden". The signature is written in a cursive style.',
    ],
)
def test_debris_lines_are_recognised_and_dropped(line):
    assert is_debris(line)
    assert clean_span(f"Kept text.\n{line}\nMore text.") == "Kept text. More text."


def test_ordinary_lines_are_not_debris():
    assert not is_debris("Feedback from the pilot areas was positive.")
    assert not is_debris("The signature scheme was launched in 2019.")
