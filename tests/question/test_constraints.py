"""What a question insists on: the years it names, the event a who/where question asks about, what a date belongs to."""

import pytest

from rag.question.constraints import asked_event, asked_verb, event_subject, named_years, shows_constraints
from rag.types import DocumentMeta, Passage


def _passage(text: str, heading: str = "") -> Passage:
    return Passage(text, "d.txt", "T", "2018-12-04", "¶1", 0, len(text), 1.0, chunk_id="d#1", heading=heading)


META = DocumentMeta("d.txt", "Crime and Policing report", "2018-12-04")


@pytest.mark.parametrize(("question", "event"), [
    ("Who was appointed as the permanent Director?", ("appoint",)),
    ("Which borough won the awards?", ("win", "won", "winner")),
    ("Who succeeded Cressida Dick as Commissioner?", ("succeed", "successor")),
    ("Who chairs the London Crime Reduction Board?", ()),  # a standing role, not an event: "headed by" answers
    ("Who leads the Central Partnership team?", ()),
    ("Which council was fined for a data breach?", ("fine",)),
    ("Who was first elected in 2016?", ("elect",)),  # words before the verb are skipped
    ("Who else is set to join the group?", ()),  # "set to" is skipped, and "join" is no past or third person
    ("Where does Bexley's council crime team sit?", ()),  # a name, not a verb
    ("Who from London Councils joined the group?", ()),
    ("How much did the pilot cost?", ()),  # only who/where/when questions
    ("When was the VRU director appointed?", ("appoint",)),  # a when-question's verb follows its subject
    ("When did Stephen Greenhalgh resign?", ("resign",)),
    ("When were the awards won by Croydon?", ("win", "won", "winner")),  # the last event word, not the noun
    ("On what date was the Commissioner replaced?", ("replac",)),
    ("When was the Violence Reduction Unit announced?", ()),  # announcing is not an event we check
    ("When is the Halloween initiative run?", ()),  # nor is a standing activity
    ("When did the VRU director take up post?", ("appoint", "take", "took", "taken")),  # an appointment in other words
    ("Who took up the role of director?", ("appoint", "take", "took", "taken")),
    ("When did the first session take place?", ()),  # taking place is not taking up a post
])
def test_the_event_a_who_where_or_when_question_asks_about(question, event):
    assert asked_event(question) == event


def test_the_verb_of_a_who_question_whatever_its_kind():
    assert asked_verb("Who chairs the Board?") == ("chair",)
    assert asked_verb("Who was appointed as Director?") == ("appoint",)
    assert asked_verb("Where does Bexley's team sit?") == ()


def test_named_years():
    assert named_years("What was the budget for 2019/20, and in 2021?") == {"2019", "2021"}
    assert named_years("How many officers are there?") == set()


def test_a_year_must_show_in_the_passage_or_its_documents_date_or_title():
    question = "How many officers were moved in 2018?"
    assert shows_constraints(question, _passage("Officers were moved in 2018."), None)
    assert shows_constraints(question, _passage("Officers were moved."), META)  # the report is dated 2018
    assert not shows_constraints(question, _passage("Officers were moved."), None)
    assert not shows_constraints("How many officers were moved in 2016?", _passage("Officers were moved."), META)
    # of several years, a passage may show one: each document of a comparison shows its own
    assert shows_constraints("Who was Deputy Mayor in 2013, and in 2018?", _passage("The Deputy Mayor."), META)


def test_the_event_must_show_in_the_passage():
    about_awards = _passage("All 32 boroughs are encouraged to submit entries.", heading="Safer London Awards")
    assert not shows_constraints("Which borough won the Safer London Awards?", about_awards)
    assert shows_constraints("Which borough won the Safer London Awards?",
                             _passage("Croydon was the winner of the Safer London Awards."))
    assert shows_constraints("Who chairs the Board?", _passage("The Board is chaired by the Mayor."))
    announced = _passage("The Mayor formally announced the Violence Reduction Unit on 19 September 2018.")
    assert not shows_constraints("When did the VRU director take up post?", announced)
    assert shows_constraints("When did the VRU director take up post?",
                             _passage("The new director took up the post in January 2019."))


@pytest.mark.parametrize(("question", "name", "initials", "words"), [
    ("When was the London Crime Reduction Board set up?", ("london", "crime", "reduct", "board"), "LCRB", set()),
    ("When did the VRU consultation close?", ("vru",), "", {"consult"}),
    ("When was the final Police and Crime Plan due to be published?", ("polic", "crime", "plan"), "PCP", {"final"}),
    ("When was the repository of practice established?", (), "", {"repositori", "practic"}),
    ("When did the wider roll-out of the BCU model begin?", ("bcu",), "", {"wider", "roll", "out", "model"}),
])
def test_what_a_when_question_dates_the_start_end_or_publication_of(question, name, initials, words):
    subject = event_subject(question)
    assert (subject.name, subject.initials, set(subject.words)) == (name, initials, words)


@pytest.mark.parametrize("question", [
    "When was the VRU director appointed?",  # an appointment: the event check's business
    "When did the Partnership Reference Group first meet?",
    "How much did the pilot cost?",
])
def test_other_questions_date_no_subject(question):
    assert event_subject(question) is None


def test_the_date_of_a_beginning_belongs_to_the_paragraph_that_names_what_began():
    vru = _passage("The Mayor formally announced the intention to establish the Violence Reduction Unit (VRU) on "
                   "19 September 2018, to address violent crime in London.")
    assert not shows_constraints("When was the London Crime Reduction Board set up?", vru)
    assert shows_constraints("When was the Violence Reduction Unit set up?", vru)
    assert shows_constraints("When was the VRU set up?", vru)
    assert not shows_constraints("When did the VRU consultation close?", vru)  # the VRU, not its consultation
    # the name by its initials alone; an acronym's plural; a hyphenated word written solid in the question
    assert shows_constraints("When was the London Crime Reduction Board set up?",
                             _passage("The LCRB was set up in 2009."))
    roll_out = _passage("The wider roll-out of the model began in June 2018; the last BCUs go live in 2019.")
    assert shows_constraints("When did the BCU rollout begin?", roll_out)
    # most of the other words will do: "the wider roll-out" may be "the roll-out"
    assert shows_constraints("When did the wider roll-out of the BCU model begin?",
                             _passage("The roll-out of the model began in June 2018 across the BCUs."))


def test_a_defined_acronym_names_the_subject_in_its_words_and_they_it():
    acronyms = {"ASB": "Anti-Social Behaviour", "LCRB": "London Crime Reduction Board"}
    board = _passage("The Board was created through the LCSP in October 2006.",
                     heading="Background to the London ASB Board")
    assert not shows_constraints("When was the anti-social behaviour board formed?", board)
    assert shows_constraints("When was the anti-social behaviour board formed?", board, None, acronyms)
    spelt_out = _passage("The Anti-Social Behaviour Board was created in October 2006.")
    assert shows_constraints("When was the ASB Board created?", spelt_out, None, acronyms)
    assert not shows_constraints("When was the ASB Board created?", spelt_out)
