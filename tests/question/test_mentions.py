"""Documents named by a question's own particulars: a date next to "letter", a month and year, a full name."""

from rag.question.mentions import mentioned_documents
from rag.types import DocumentMeta

DOCS = {
    "a.txt": DocumentMeta("a.txt", "Letter on funding", "2020-11-17", "Sophie Linden",
                          recipient="Susan Hall, Chairman of the Budget and Performance Committee"),
    "b.txt": DocumentMeta("b.txt", "Draft plan reply", "2017-03-17", "Sophie Linden",
                          recipient="Police and Crime Committee"),
    "c.txt": DocumentMeta("c.txt", "Briefing", "2009-11-16", "Ch Supt Bloomfield"),
}


def test_month_and_year_pick_the_letter_of_that_month():
    assert mentioned_documents("What does the November 2020 letter say about fire stations?", DOCS) == ["a.txt"]


def test_a_year_counts_only_next_to_a_document_word():
    assert mentioned_documents("What did the 2009 briefing paper recommend?", DOCS) == ["c.txt"]
    assert mentioned_documents("What happened to budgets in 2009?", DOCS) == []


def test_full_names_of_author_or_recipient():
    assert mentioned_documents("What did Susan Hall ask for?", DOCS) == ["a.txt"]
    assert sorted(mentioned_documents("What has Sophie Linden written about?", DOCS)) == ["a.txt", "b.txt"]
    assert mentioned_documents("Which hall hosts the committee?", DOCS) == []  # one word of a name is not enough


def test_titles_and_committee_words_are_not_names():
    assert mentioned_documents("What did the Police and Crime Committee ask?", DOCS) == []


def test_the_letter_matching_more_of_what_is_named_wins_over_one_sharing_a_month_or_a_name():
    other = DocumentMeta("d.txt", "Another letter", "2020-11-03", "Jane Doe", recipient="Sophie Linden")
    docs = {**DOCS, "d.txt": other}
    # The month alone names both November 2020 letters; the month and the author name only a.txt.
    assert mentioned_documents("What does the November 2020 letter say?", docs) == ["a.txt", "d.txt"]
    assert mentioned_documents("What did Sophie Linden's letter of November 2020 say?", docs) == ["a.txt", "d.txt"]
    assert mentioned_documents("What did Sophie Linden tell Susan Hall in November 2020?", docs) == ["a.txt"]
    assert mentioned_documents("What did Jane Doe write to Sophie Linden?", docs) == ["d.txt"]
    assert mentioned_documents("What did Jane Doe's letter ask?", docs) == ["d.txt"]
    # Two letters named by one particular each are both kept.
    assert mentioned_documents("Compare the March 2017 letter with the 2009 briefing", docs) == ["b.txt", "c.txt"]
