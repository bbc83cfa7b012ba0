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
