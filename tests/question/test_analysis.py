"""The question analysis: names, acronyms, figures, periods and two-part questions, parsed once."""

from rag.question.analysis import analyse, periods_in, two_parts


def test_names_places_and_acronyms_are_specific_terms():
    a = analyse("Who was the Borough Commander for Barking and Dagenham in 2009?")
    assert [t.text for t in a.terms] == ["Borough Commander", "Barking and Dagenham"]
    assert [p.text for p in a.periods] == ["2009"]
    assert [t.kind for t in analyse("What does the VRU do?").terms] == ["acronym"]


def test_a_name_is_the_words_after_its_titles_and_ranks():
    # "Supt Ogunyemi" is written "Superintendent Hartley Ogunyemi": requiring the title would refuse the answer.
    for question, name in [("What did Supt Ogunyemi commit to?", "Ogunyemi"),
                           ("What did Detective Chief Inspector Ann Lee say?", "Ann Lee"),
                           ("Who is Cllr Lib Peck?", "Lib Peck"),
                           ("Is Chief Executive John Smith attending?", "Chief Executive John Smith")]:
        assert [t.text for t in analyse(question).terms] == [name]


def test_a_year_in_a_reference_number_is_not_a_period():
    assert analyse("what is the DMPC asked to do in PCD 2026/052?").periods == ()
    assert [p.text for p in analyse("How many in 2026/27?").periods] == ["2026/27"]


def test_a_year_in_a_name_is_not_a_period():
    assert analyse("Where was the One Met Model 2020 first tested?").periods == ()


def test_financial_years_and_months_are_periods():
    kinds = [(p.text, p.kind) for p in periods_in("in 2016/17, June 2019 and summer 2018, not 2008-11")]
    assert ("2016/17", "fiscal") in kinds and ("June 2019", "month") in kinds and ("summer 2018", "season") in kinds
    assert ("2008", "year") in kinds  # a span of years is read year by year


def test_unknown_terms_need_a_vocabulary():
    vocabulary = {"sutton": 1, "borough": 9}.get
    a = analyse("Who is John Smithers of Sutton?", lambda s: vocabulary(s, 0))
    assert [t.text for t in a.unknown] == ["John Smithers"]


def test_two_periods_make_two_parts():
    assert two_parts("How many officers were there in 2015 and in 2019?") == (
        "How many officers were there in 2015?", "How many officers were there in 2019?")
    assert two_parts("How many officers were there?") == ()


def test_typed_contractions_and_requests_are_read_as_written():
    from rag.question.kinds import classify

    assert classify("whats the total grant approved for the pilot").answer == "MONEY"
    assert classify("FOI reference for the vehicle collisions request?").metadata == "reference"


def test_worth_asks_for_a_value_and_is_no_term():
    from rag.question.analysis import analyse

    a = analyse("How much is the body worn video contract worth?", vocabulary=lambda stem: 1)
    assert "worth" not in {t.text for t in a.terms}


def test_document_particulars_asked_in_staff_words():
    from rag.question.kinds import asks_who_wrote, classify

    assert classify("press ref for the tamarisk results release?").metadata == "reference"
    assert classify("who put the shoplifting briefing together").metadata == "author"
    assert asks_who_wrote("who put the shoplifting briefing together")
    assert classify("when did we answer FOI 01/FOI/26/051877?").metadata == "date"
    assert classify("when did the committee meet?").metadata is None  # a meeting's date, not a document's
    # the verb's object must be the document: these ask about something else the decision mentions
    assert classify("who approved the release of the CCTV footage?").metadata is None
    assert classify("Who compiled the list of hubs for the decision?").metadata is None
    # a review, a newsletter or an e-mail is a document too; an e-mail address is a contact, and a review carried out
    # is an event
    assert classify("who wrote the missing children review?").metadata == "author"
    assert classify("who sent the email about the order?").metadata == "author"
    assert classify("what is the email address for the unit?").metadata is None
    assert classify("when was the review carried out?").metadata is None
