"""'Who is <Name>?': which questions ask it, and the post found in the sentence that names the person."""

import pytest

from rag.answer.people import PostQuestion, asked_person, asked_post_holder, find_post, holds_post, post_holder
from rag.types import Passage


@pytest.mark.parametrize("question, name", [
    ("Who is Sophie Linden?", "Sophie Linden"),
    ("who was Cllr Lib Peck", "Lib Peck"),  # the title is not part of the name looked for
    ("Who is Rose Fitzpatrick", "Rose Fitzpatrick"),
    ("Who is the Commissioner?", None),  # a post holder, not a name
    ("Who is MOPAC working with?", None),
    ("Who is Sophie?", None),  # one word: too loose to look up
])
def test_asked_person(question, name):
    assert asked_person(question) == name


@pytest.mark.parametrize("text, name, post", [
    ("Yours sincerely, Sophie Linden Deputy Mayor for Policing and Crime", "Sophie Linden",
     "Deputy Mayor for Policing and Crime"),
    ("Cllr Peter John (Chair of London Councils), Cllr Lib Peck (Lead Member for Crime and Public Protection, "
     "Cllr Nickie Aiken also sit on the Board.", "Lib Peck", "Lead Member for Crime and Public Protection"),
    ("It will be addressed by Sophie Linden, Deputy Mayor for Policing and Crime and Cressida Dick, Commissioner of "
     "the Metropolitan Police.", "Sophie Linden", "Deputy Mayor for Policing and Crime"),
    ("It will be addressed by Sophie Linden, Deputy Mayor for Policing and Crime and Cressida Dick, Commissioner of "
     "the Metropolitan Police.", "Cressida Dick", "Commissioner of the Metropolitan Police"),
    ("Kit Malthouse heads the meetings with support from Rose Fitzpatrick, the temporary assistant commissioner for "
     "Territorial Policing.", "Rose Fitzpatrick", "the temporary assistant commissioner for Territorial Policing"),
    ("He was accompanied by the Assistant Commissioner for Territorial Policing, Martin Hewitt.", "Martin Hewitt",
     "Assistant Commissioner for Territorial Policing"),
    ("Report by: Doug Flight Job title: Head of Strategic Policy 4 December 2018", "Doug Flight",
     "Head of Strategic Policy"),
    ("Sophie Linden spoke to the committee.", "Sophie Linden", None),  # named, no post: quoted without one
])
def test_find_post(text, name, post):
    passage = Passage(text, "d.txt", "T", None, "¶1", 0, len(text), chunk_id="d#1")
    found_post, sentence = find_post(name, [passage], lambda _: text)
    assert found_post == post
    assert name in sentence.text


def test_find_post_is_none_when_no_passage_names_the_person():
    text = "Nobody of that name here."
    passage = Passage(text, "d.txt", "T", None, "¶1", 0, len(text), chunk_id="d#1")
    assert find_post("Jane Doe", [passage], lambda _: text) is None


@pytest.mark.parametrize("question, asked", [
    ("Who was Deputy Mayor for Policing and Crime in 2013, and who held the post in 2017 and 2020?",
     PostQuestion("Deputy Mayor for Policing and Crime", ("2013", "2017", "2020"))),
    ("Who was the Commissioner in 2018?", PostQuestion("Commissioner", ("2018",))),
    ("Who was Sophie Linden?", None),  # a name, not a post
    ("Who was the Commissioner?", None),  # no year: the ordinary who-question
    ("Who was going to address the Committee in 2018?", None),  # not a post
])
def test_asked_post_holder(question, asked):
    assert asked_post_holder(question) == asked


@pytest.mark.parametrize("found, asked, holds", [
    ("Commissioner of the Metropolitan Police", "Commissioner", True),
    ("Assistant Commissioner for Territorial Policing", "Commissioner", False),  # a rank the question left out
    ("Deputy Mayor for Policing And Crime", "Deputy Mayor for Policing and Crime", True),
    ("Mayor of London", "Deputy Mayor for Policing and Crime", False),
])
def test_holds_post(found, asked, holds):
    assert holds_post(found, asked) is holds


def test_post_holder_is_the_name_written_with_the_post():
    text = ("The Deputy Mayor provided a briefing, accompanied by the Assistant Commissioner for Territorial Policing, "
            "Martin Hewitt. The Commissioner of the Metropolitan Police, Cressida Dick, will attend.")
    passage = Passage(text=text, doc_id="d.txt", title="t", date="2018-12-04", paragraph="para 1", start=0,
                      end=len(text), score=0.0)

    def names(sentence):  # a stand-in for the entity tagger
        return [n for n in ("Martin Hewitt", "Cressida Dick") if n in sentence]

    name, sentence = post_holder("Commissioner", [passage], lambda _: text, names)
    assert name == "Cressida Dick" and "Cressida Dick" in sentence.text
    assert post_holder("Mayor of London", [passage], lambda _: text, names) is None
