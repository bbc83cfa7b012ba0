"""The extractive answerer's small parts: question types, the short answer, and the quoted context window."""

import pytest

from rag.answer.extractive import (
    _FOLLOWING,
    _WHAT_IT_IS,
    Candidate,
    _list_carried_on,
    _list_items,
    _list_wanted,
    _overlap,
    _shows_asked_role,
    _with_antecedent,
    about_subject,
    asks_for_several,
    excluded_terms,
    short_answer,
    with_context,
)
from rag.answer.sentences import Sentence
from rag.index.lexical import tokenize
from rag.ingest.lists import structure
from rag.question.glossary import Glossary, Term
from rag.question.kinds import classify
from rag.types import Paragraph, Passage


@pytest.mark.parametrize("question, kind", [
    ("When was the VRU announced?", "DATE"),
    ("How much did the protection cost?", "MONEY"),
    ("By what percentage did robbery fall?", "PERCENT"),
    ("How many written responses were received?", "NUMBER"),
    ("Who chairs the meetings?", "WHO"),
    ("What are the components of the strategy?", "LIST"),
    ("Why does the unit coordinate schemes?", None),
    ("What activities are carried out under the initiative?", "LIST"),
    ("What changes did the MPS make to the model?", "LIST"),
    ("Can members of the public attend the sessions?", None),  # "members" is only a list when asked for
    ("The 2017 letter promised a strategy; when was it launched?", "DATE"),  # the asking clause comes second
    ("What happened when the plan launched?", None),  # "when" inside a clause is not the question word
    ("What kinds of questions did boroughs answer?", "LIST"),
    ("Which kinds of places were singled out?", "LIST"),
    ("What specific benefits could the MoU bring?", "LIST"),
    ("How often will local crime priorities be revisited?", "FREQUENCY"),
    ("Where is the Forum hosted, and how often?", "PLACE"),  # the asking clause leads
    ("In which month does the awards ceremony take place?", "MONTH"),
    ("Which email address can I use to reach the author of the briefing?", "EMAIL"),  # not "who is the author"
    ("What phone number is given for the contact officer?", "PHONE"),
    ("For which year running is the initiative delivered?", "ORDINAL"),  # not a date
    ("Which edition of the awards was being planned?", "ORDINAL"),
    ("What was the MPS budget for 2019/20?", "MONEY"),  # a noun that names an amount
    ("What response time target did the MPS set?", "NUMBER"),  # ... or a figure
    ("What was the detection rate for knife crime?", "NUMBER"),
    ("What is the size of MOPAC's target for public confidence?", "NUMBER"),
    ("What was the reaction to the method of choosing borough crime targets?", None),  # too far from "what"
    ("For how many boroughs will priorities be published?", "NUMBER"),  # "how many" after a preposition
    ("Why were the response units merged over bigger areas?", None),  # a reason, though "areas" names a list
    ("How are the borough leads kept up to date?", None),
    ("Whom did London Councils bring together?", "WHO"),  # "whom" asks for a person or body as "who" does
    ("To whom did the committee send its report?", "WHO"),
    ("Which body became responsible for the fund?", "WHO"),  # one organisation ...
    ("Which bodies is the Deputy Mayor hoping to engage?", "LIST"),  # ... several: the paragraph that names them
    ("Which partner agencies work with the MPS?", "LIST"),
    ("Which years do the agreements cover?", "YEARS"),  # years, not any date
    ("Which year was the plan published?", "DATE"),
    ("How long has the week been running?", "DURATION"),
    ("Over how long a stretch were the gains made?", "DURATION"),
    ("How long ago was the plan published?", "DATE"),
])
def test_question_types(question, kind):
    assert classify(question).answer == kind


def test_percent_questions_need_a_percentage_not_any_number():
    q = "By what percentage did robbery fall?"
    assert short_answer(classify(q), q, "Robbery fell by 12% over the period.") == "12%"
    assert short_answer(classify(q), q, "The response was just one area of activity in 2 boroughs.") is None


def test_how_many_is_not_answered_by_a_share():
    q = "How many cameras are being replaced?"
    share = "Around 23 per cent of the cameras in these town centres are out of service."
    assert short_answer(classify(q), q, share) is None
    assert short_answer(classify(q), q, "About 23% of cameras fail each year.") is None
    assert short_answer(classify(q), q, "The decision replaces 412 analogue cameras with digital ones.") == "412"
    q = "What was the positive outcome rate?"  # a rate may well be a percentage
    assert short_answer(classify(q), q, "The positive outcome rate was 23.7% in the quarter.") == "23.7%"


def test_how_many_times_counts_events_not_a_noun():
    q = "How many times did the review body ask for footage in 2031?"
    assert short_answer(classify(q), q, "Calendar year: 2031; Requests received: 1,309") == "1,309"


def test_a_fee_asked_with_whats_is_money():
    assert classify("What's the external audit fee for 2030/31?").answer == "MONEY"
    assert classify("What is the grant for the scheme?").answer == "MONEY"


def test_how_many_counts_a_noun_by_the_short_form_in_brackets_after_it():
    q = "how many BCUs are there"
    sentence = "Policing moves to a revised structure of 12 Basic Command Units (BCUs), each of several boroughs."
    assert short_answer(classify(q), q, sentence) == "12"
    assert short_answer(classify(q), q, "There are 32 boroughs (and the City) in London.") is None


def test_how_many_finds_the_counted_noun_in_either_word_after_it():
    q = "How many practitioners attend the London ASB Practitioners Forum?"
    sentence = "The Forum is attended by up to 200 practitioners from law, police and youth services."
    assert short_answer(classify(q), q, sentence) == "200"


@pytest.mark.parametrize(("question", "sentence", "value"), [
    ("How often will the priorities be reviewed?", "They will be reviewed annually with boroughs.", "annually"),
    ("How often is the Forum held?", "It is hosted quarterly at New Scotland Yard.", "quarterly"),
    ("How often do the panels meet?", "Panels meet every three months in each borough.", "every three months"),
    ("How often do the panels meet?", "Panels met in 2019 in 12 boroughs.", None),
    ("In which month are the awards held?", "The awards are held every February.", "February"),
    ("In which month are the awards held?", "The awards are held in the spring.", None),
    ("When will the rollout finish?", "The last BCUs go live early in the New Year.", "early in the New Year"),
    ("What is the contact email?", "Telephone: 020 7934 9805 Email: Doug.flight@londoncouncils.gov.uk",
     "Doug.flight@londoncouncils.gov.uk"),
    ("What is the contact phone number?", "Telephone: 020 7934 9805 Email: Doug.flight@londoncouncils.gov.uk",
     "020 7934 9805"),
    ("What is the contact phone number?", "Paper 31/2009 of 16 November 2009", None),
    ("When are spend plans due?", "Boroughs submit plans at the start of the financial year.",
     "the start of the financial year"),
    # a count per unit does not answer a question about the total, but does answer one about the unit
    ("How many ward officers are there in total across London?", "There are 2 ward officers and one PCSO per ward.",
     None),
    ("How many ward officers does each ward have?", "There are 2 ward officers and one PCSO per ward.", "2"),
    ("How many ward officers are there in total?", "London has 1,300 ward officers.", "1,300"),
    # ... and a question about each unit wants a count per unit, not a total
    ("How big is the team for each ward?", "Details for all 32 Boroughs will be published.", None),
    ("How big is the team for each ward?", "There are 2 ward officers and one PCSO per ward.", "2"),
    ("For which year running is it delivered?", "This will be the 3rd year in which partners join.", "3rd year"),
    ("Which edition of the awards is planned?", "Planning has begun for the fifth Safer London Awards.", "fifth"),
    ("How long has the week been running?", "It has run for the past three or four years.", "three or four years"),
    ("How long does the journey take?", "Officers are within a 20 minute journey time.", "20 minute"),
    ("How long has the week been running?", "It was first run in 2015 across London.", None),  # a date, not a length
    ("Which years do the agreements cover?", "Plans are due at the start of the financial year.", None),
    ("Which years do the agreements cover?", "It delivers the Public Service Agreements for 2008-11.", "2008-11"),
    ("Which years does the plan cover?", "The plan runs from 2017 to 2021 across London.", "2017 to 2021"),
])
def test_answers_found_by_pattern(question, sentence, value):
    assert short_answer(classify(question), question, sentence) == value


@pytest.mark.parametrize(("question", "sentence", "value"), [
    ("Who leads the Central Partnership team?",  # a standing role: "leads" and "headed by" name the same one
     "There is a small Central Partnership team headed by a Chief Inspector, who provide advice across the MPS.",
     "a Chief Inspector"),
    ("Who chairs the meetings?", "These meetings replaced others and are chaired by DAC Lynn Owens.", "DAC Lynn Owens"),
])
def test_who_does_it_is_the_agent_of_the_passive_verb(question, sentence, value):
    assert short_answer(classify(question), question, sentence) == value


@pytest.mark.parametrize(("question", "sentence", "value"), [
    # the one thanked follows the verb; the first name in the sentence is its subject
    ("Whom did the DMPC thank for the proposals?",
     "In that letter, Stephen Greenhalgh thanked Sophie Linden for her proposals.", "Sophie Linden"),
    # irregular past tense, and a name the tagger cut at "of" joined again
    ("Whom did London Councils bring together earlier in 2018?",
     "Earlier in the year, London Councils brought together with the Association of London Directors of "
     "Children's Services (ALDCS) and borough Heads of Community Safety.",
     "the Association of London Directors of Children's Services"),
    # a sentence without the verb names someone else
    ("Whom did the DMPC thank for the proposals?",
     "As I set out during the Committee meeting, Stephen Greenhalgh responded in June 2013.", None),
])
def test_whom_is_the_object_of_the_asked_verb(question, sentence, value):
    assert short_answer(classify(question), question, sentence) == value


def test_the_portfolio_of_a_post_is_not_who_holds_it():
    q = "Who was going to address the Leaders' Committee?"
    sentence = ("The Deputy Mayor for Policing and Crime, Sophie Linden, and the Commissioner of the Metropolitan "
                "Police, Cressida Dick, will address Leaders' Committee.")
    assert short_answer(classify(q), q, sentence) == "Sophie Linden"


def test_an_agent_of_another_verb_is_not_the_answer():
    q = "Who joined the Partnership Reference Group?"
    assert short_answer(classify(q), q, "The group was convened by the Mayor last year.") != "the Mayor"


@pytest.mark.parametrize(("sentence", "value"), [
    # names an organisation, but nobody in a role: it does not say who chairs
    ("A Partnership Reference Group has been established by the Mayor to help design the VRU.", None),
    ("Kit Malthouse, vice chair of the MPA, heads the meetings with support from Rose Fitzpatrick.", "Kit Malthouse"),
])
def test_who_holds_a_role_needs_a_sentence_that_names_a_role(sentence, value):
    q = "Who chairs the Partnership Reference Group?"
    assert short_answer(classify(q), q, sentence) == value


def test_a_label_number_is_not_a_figure():
    q = "What is the size of MOPAC's target for improving public confidence?"
    sentence = "Recommendation 2: include an indicator in the 20% MOPAC target for improving public confidence"
    assert short_answer(classify(q), q, sentence) == "20%"


def test_how_many_skips_numbers_that_count_something_else():
    q = "How many written responses were received?"
    assert short_answer(classify(q), q, "On 19 September 2018, 3 boroughs sent 41 written responses.") == "41"


def _sentences(texts):
    passage = Passage(" ".join(texts), "d.txt", "T", None, "¶1", 0, 100, 1.0, chunk_id="d#1")
    return [Sentence(t, passage, 0, 0, i) for i, t in enumerate(texts)]


def _candidates(sentences):
    return [Candidate(s, 0.5, 0.5, 0.0, False) for s in sentences]


def test_a_sentence_that_leans_back_brings_the_one_before():
    s = _sentences(["MOPAC has created a comprehensive performance framework for the Met and for itself.",
                    "This is set out in detail within the final Police and Crime Plan, published in March.",
                    "An unrelated third sentence follows here with enough words to be long. " * 3])
    assert [x.index for x in with_context(s[1], _candidates(s), "adjacent")] == [0, 1]


@pytest.mark.parametrize("opening", ["Although in its very early stages we are looking to help staff publicise",
                                     "While this is welcome, the boroughs want a larger share of the fund"])
def test_a_conjunction_then_a_back_reference_leans_back(opening):
    s = _sentences(["This team is now developing a best practice network for partnership working.",
                    f"{opening} and research good practice across the MPS and its partners.",
                    "An unrelated third sentence follows here with enough words to be long. " * 5])
    assert [x.index for x in with_context(s[1], _candidates(s), "adjacent")] == [0, 1]
    plain = _sentences([s[0].text, "Although late, the plan was published in March with all its parts.", s[2].text])
    assert [x.index for x in with_context(plain[1], _candidates(plain), "adjacent")] == [1]


def test_a_heading_fragment_brings_the_sentence_after_but_the_window_is_bounded():
    long = "word " * 70
    s = _sentences(["Halloween initiative", "Joint Agency Control Rooms were set up in every borough.", long])
    assert [x.index for x in with_context(s[0], _candidates(s), "adjacent")] == [0, 1]
    assert [x.index for x in with_context(s[1], _candidates(s), "adjacent")] == [1]  # the next one is too long
    assert [x.index for x in with_context(s[1], _candidates(s), "none")] == [1]


def test_what_a_letter_replies_to_is_quoted_from_its_opening(tiny_corpus, tmp_path, fake_embedder):
    from rag.answer.assistant import Assistant
    from rag.retrieval.retriever import Retriever

    assistant = Assistant(Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder), abstain=False)
    ans = assistant.ask("What is the March 2021 letter a reply to?")
    assert ans.quotes[0].sentence == "Thank you for your letter about knife crime." and ans.confidence == 1.0
    assert [(p.doc_id, p.kind) for p in ans.citations] == [("a_letter.txt", "body")]
    # A letter the corpus doesn't hold gets no reply answer borrowed from another letter.
    other = assistant.ask("What is the March 2015 letter a reply to?")
    assert other.confidence < 1.0


@pytest.mark.parametrize("question, several", [
    ("Which letters were signed by Sophie Linden?", True),
    ("How did the plan compare with the strategy?", True),
    ("Which was bigger: the fund or the grant?", True),
    ("How did devolution progress between 2017 and 2018?", True),
    ("What does the letter say about the knife crime fund?", False),
    ("Is the point of teaming up mainly to cut costs?", False),
])
def test_questions_that_ask_about_several_documents(question, several):
    from rag.question.kinds import asks_about_several_documents

    assert asks_about_several_documents(question) is several


def test_a_second_document_is_quoted_only_when_the_question_asks_for_several(tmp_path, fake_embedder):
    from rag.answer.assistant import Assistant
    from rag.retrieval.retriever import Retriever

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, year in (("first.txt", 2019), ("second.txt", 2020)):
        (corpus / name).write_text(f"Letter on funding\n\n1 May {year}\n\nDear Chair,\n\n"
                                   "The knife crime fund supports youth projects in every borough.\n\n"
                                   "Yours sincerely,\n\nA Person", encoding="utf-8")
    assistant = Assistant(Retriever.build(corpus, tmp_path / "index", embedder=fake_embedder), abstain=False)
    single = assistant.ask("What does the knife crime fund support?")
    several = assistant.ask("What do the letters say the knife crime fund supports?")
    assert len({p.doc_id for p in single.citations}) == 1
    assert {p.doc_id for p in several.citations} == {"first.txt", "second.txt"}


@pytest.mark.parametrize(("texts", "scores", "adjusted"), [
    # "This will be …" leans back: it scores as its antecedent; the last sentence leans on nothing
    (["Halloween and Fireworks initiative, coordinated centrally.",
      "This will be the 3rd year in which partners have worked together.",
      "Awards are planned for February."], [0.56, 0.41, 0.30], [0.56, 0.56, 0.30]),
    # "In that letter" leans on the sentence before: that one scores as it; the next sentence does not lean back
    (["Stephen Greenhalgh formally responded to the Commission in June 2013.",
      "In that letter, the DMPC thanked Lord Adebowale for his proposals.",
      "The Deputy Mayor briefed the committee in October 2017."], [0.38, 0.45, 0.40], [0.45, 0.45, 0.40]),
])
def test_sentences_joined_by_a_back_reference_share_a_score(texts, scores, adjusted):
    candidates = [Candidate(sentence, score, 0.5, 0.3, False) for sentence, score in zip(_sentences(texts), scores)]
    assert [_with_antecedent(c, candidates).score for c in candidates] == adjusted


def test_a_post_holder_is_the_name_written_next_to_the_post():
    sentence = ("Leaders' Committee will be addressed by: Sophie Linden, Deputy Mayor for Policing and Crime and "
                "Cressida Dick, Commissioner of the Metropolitan Police.")
    q = "Who is the Commissioner of the Metropolitan Police?"
    assert short_answer(classify(q), q, sentence) == "Cressida Dick"
    q = "Who is the Deputy Mayor for Policing and Crime?"
    assert short_answer(classify(q), q, sentence) == "Sophie Linden"


def test_token_match_is_the_mean_of_each_question_tokens_best_match():
    import numpy as np

    from rag.answer.extractive import token_matches

    question = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    sentence = np.array([[1.0, 0.0], [0.6, 0.8]], dtype=np.float16)
    other = np.array([[0.0, 1.0]], dtype=np.float16)
    encodings = [(None, sentence), (None, None), (None, other)]
    matches = token_matches(question, encodings, [0.1, 0.2, 0.3])
    assert matches == pytest.approx([(1.0 + 0.8) / 2, 0.2, (0.0 + 1.0) / 2], abs=1e-3)
    # Without token vectors on either side, each sentence's cosine stands in.
    assert token_matches(None, encodings, [0.1, 0.2, 0.3]) == pytest.approx([0.1, 0.2, 0.3])


class _VectorsOnly:
    """An embedder that gives sentence vectors but no token vectors (the Embedder protocol's minimum)."""

    def __init__(self, inner):
        self.inner, self.name, self.dim, self.calls = inner, "vectors-only", inner.dim, []

    def embed(self, texts):
        self.calls.append(list(texts))
        return self.inner.embed(texts)


def test_sentences_are_embedded_once_and_scored_without_token_vectors_too(tiny_corpus, tmp_path, fake_embedder):
    import numpy as np

    from rag.answer.extractive import score_sentences
    from rag.retrieval.retriever import Retriever

    retriever = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    question = "How much will the knife crime fund cost?"
    hits = retriever.search(question, k=3)
    candidates = score_sentences(question, classify(question), hits, retriever)
    assert candidates[0].sentence.text == "The knife crime fund will cost £250,000 over two years."
    assert [c.score for c in candidates] == sorted((c.score for c in candidates), reverse=True)

    plain = _VectorsOnly(fake_embedder)
    retriever.embedder = plain
    retriever._embed_query.cache_clear()
    first = score_sentences(question, classify(question), hits, retriever)
    again = score_sentences(question, classify(question), hits, retriever)
    assert first[0].sentence.text == "The knife crime fund will cost £250,000 over two years."
    assert [c.score for c in first] == [c.score for c in again]
    embedded = [t for call in plain.calls[1:] for t in call]  # calls[0] is the question, through the retriever
    assert len(embedded) == len(set(embedded)) == len(first)  # each sentence once; the second pass is cached
    # With no token vectors, a sentence's match is its cosine with the question.
    top = first[0]
    query = plain.embed([question])[0]
    assert top.similarity == pytest.approx(float(np.dot(plain.inner.embed([top.sentence.text])[0], query)), abs=1e-5)


@pytest.mark.parametrize(("question", "terms"), [
    ("Apart from the local area agreements, where did the MPA find proof?", {"local", "area", "agreement"}),
    ("Besides youth violence, what subjects are brought in?", {"youth", "violenc"}),
    ("Who else joins the group besides the London Councils members?", {"london", "council", "member"}),
    ("Where will help be rolled out beyond 2020?", set()),  # "beyond" is as often a limit as an exclusion
    ("What did the MPA find?", set()),
])
def test_what_a_question_sets_aside(question, terms):
    assert excluded_terms(question) == terms


GLOSSARY = Glossary([Term("health service", ("NHS",)), Term("city hall", ("Mayor", "MOPAC"))])


def test_overlap_counts_the_question_phrase_a_glossary_meaning_stands_in_for():
    question = "What are the Met and the health service solving together?"
    terms = set(tokenize(question))
    text = "The MPS, in joint collaboration with the NHS, are solving rising incidents."
    plain = _overlap(terms, text)
    assert _overlap(terms, text, GLOSSARY.stand_ins(question)) == plain + 2 / len(terms)


def test_about_subject_sees_the_glossary_meaning():
    passage = Passage("MOPAC has created a comprehensive performance framework.", "d.txt", "T", None, "¶1", 0, 60,
                      1.0, chunk_id="d#1")
    question = "How much does City Hall spend?"
    assert not about_subject(question, passage)
    assert about_subject(question, passage, stand_ins=GLOSSARY.stand_ins(question))


class _Letter:
    """A retriever stand-in that knows one document's passages, in reading order."""

    def __init__(self, *parts: tuple[str, str]):
        self._passages = [Passage(text, "d.txt", "T", None, f"¶{i}", 10 * i, 10 * i + 9, kind=kind, chunk_id=f"d#{i}")
                          for i, (kind, text) in enumerate(parts, start=1)]
        places = structure([(kind, text, "", None) for kind, text in parts])
        self._paragraphs = [Paragraph(p.paragraph, p.start, p.end, p.text, p.kind, "",
                                      self._passages[place.parent].paragraph if place.parent >= 0 else "", place.level)
                            for p, place in zip(self._passages, places)]

    def passages(self, doc_id: str) -> list[Passage]:
        return self._passages

    def paragraphs(self, doc_id: str) -> list[Paragraph]:
        return self._paragraphs


def _labels(passages: list[Passage]) -> list[str]:
    return [p.paragraph for p in passages]


def test_an_item_belongs_to_the_nearest_lead_in_before_it():
    letter = _Letter(("body", "A survey showed that:"), ("list_item", "Firstly, all had a plan."),
                     ("list_item", "Thirdly, each answered questions such as:"), ("list_item", "how to balance."),
                     ("list_item", "how to involve communities."), ("body", "Next paragraph."))
    survey, firstly, thirdly, balance, _, _ = letter.passages("d.txt")
    lead_in, items = _list_items(thirdly, letter)  # a lead-in item leads its own sub-list
    assert lead_in == thirdly and _labels(items) == ["¶4", "¶5"]
    lead_in, items = _list_items(balance, letter)
    assert lead_in == thirdly and _labels(items) == ["¶4", "¶5"]
    lead_in, items = _list_items(firstly, letter)  # before any nested lead-in: the survey's list, all of it
    assert lead_in == survey and _labels(items) == ["¶2", "¶3", "¶4", "¶5"]


def test_a_list_carried_on_needs_a_lead_in_that_leans_back_and_adds_a_word_of_the_question():
    letter = _Letter(("body", "The Basic Command Unit Fund has been provided by the Home Office."),
                     ("body", "This fund is intended to:"), ("list_item", "Help reduce crime."),
                     ("list_item", "Promote partnership working."))
    fund = letter.passages("d.txt")[0]
    lead_in, items = _list_carried_on("What is the Basic Command Unit Fund intended to do?", fund, letter)
    assert lead_in is not None and lead_in.paragraph == "¶2" and _labels(items) == ["¶3", "¶4"]
    # The lead-in adds no word of the question's ("fund" is in the best paragraph already): it goes elsewhere.
    assert _list_carried_on("Who provides the Basic Command Unit Fund?", fund, letter) == (None, [])
    apart = _Letter(("body", "The Basic Command Unit Fund has been provided by the Home Office."),
                    ("body", "The fund is intended to:"), ("list_item", "Help reduce crime."))
    # "The fund ..." does not lean back on the paragraph before: a new subject, not carried on.
    assert _list_carried_on("What is the fund intended to do?", apart.passages("d.txt")[0], apart) == (None, [])


def test_how_many_people_is_answered_by_the_count_of_what_the_question_names():
    q = "How many people filled in the web questionnaire about the plan?"
    sentence = "We had many responses – over 230 written responses and over 530 responses to our online survey."
    glossary = Glossary([Term("web questionnaire", ("online survey",))])
    assert short_answer(classify(q), q, sentence, glossary.stand_ins(q)) == "530"
    assert short_answer(classify(q), q, sentence) is None  # neither count comes with the question's words
    assert short_answer(classify(q), q, "All 32 boroughs have a plan.") is None  # boroughs are not people
    meetings = "How many people came to the public meetings?"  # the responses are not who came to the meetings
    assert short_answer(classify(meetings), meetings, sentence + " There were 5 public meetings.") is None
    # the question's subject may lead to the count instead of following it
    group = "how many people are on the hollinsbrook CMG"
    assert short_answer(classify(group), group, "The Hollinsbrook Monitoring Group (CMG) is an independent group of "
                                                "15 residents who scrutinise stop and search.") == "15"


def test_of_two_counts_of_the_asked_noun_the_first_answers():
    q = "How many officers per ward are ring-fenced?"
    sentence = "Neighbourhoods of 2 Dedicated Ward Officers (DWOs) and one PCSO per ward will be 'ring fenced'."
    assert short_answer(classify(q), q, sentence) == "2"


def test_a_value_for_a_named_body_comes_from_a_letter_that_names_it(tmp_path, fake_embedder):
    from rag.answer.assistant import Assistant
    from rag.retrieval.retriever import Retriever

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plan.txt").write_text("Letter on the plan\n\n1 May 2017\n\nDear Chair,\n\nThe consultation on the plan "
                                     "had 230 responses from people across London.\n\nYours sincerely,\n\nA Person",
                                     encoding="utf-8")
    (corpus / "vru.txt").write_text("Letter on violence\n\n1 May 2019\n\nDear Chair,\n\nThe Violence Reduction Unit "
                                    "(VRU) was launched by the Mayor.\n\nYours sincerely,\n\nA Person",
                                    encoding="utf-8")
    assistant = Assistant(Retriever.build(corpus, tmp_path / "index", embedder=fake_embedder), abstain=False)
    assert assistant.ask("How many responses did the consultation on the plan get?").short_answer == "230"
    for named in ("the Violence Reduction Unit", "the VRU"):  # the plan's letter never names it
        assert assistant.ask(f"How many responses did the consultation on {named} get?").short_answer is None




def test_an_item_with_items_of_its_own_is_answered_by_them(tmp_path, fake_embedder) -> None:
    import shutil
    from pathlib import Path

    from rag.answer.assistant import Assistant
    from rag.retrieval.retriever import Retriever

    # A dev document of the sixth set: "3. Intervention (12 weeks)" with its three steps nested under it.
    source = Path(__file__).resolve().parents[2] / "eval" / "documents6" / "dev"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(source / "lodestar_youth_diversion_briefing_2027_28.md", corpus)
    assistant = Assistant(Retriever.build(corpus, tmp_path / "index", embedder=fake_embedder), abstain=False)
    answer = assistant.ask("what does the intervention (12 weeks) stage involve?")
    assert "Weekly one-to-one mentoring." in answer.text and "boxing" in answer.text
    assert "closing review" not in answer.text  # another stage's steps


@pytest.mark.parametrize(("question", "asks"), [
    ("What's the knife crime strategy?", True),
    ("What is the Mayor's Knife Crime strategy?", True),
    ("What does the knife crime strategy include?", True),
    ("What will the new model cover?", True),
    ("What is the aim of the strategy?", False),  # its aim, not what it is made of
    ("What does the BCU model build on?", False),
    ("When was the strategy launched?", False),
])
def test_what_a_thing_is_or_includes(question, asks):
    assert bool(_WHAT_IT_IS.match(question)) is asks


def test_a_lead_in_announcing_the_following_items():
    assert _FOLLOWING.search("The strategy, launched in June 2017, has the following components:")
    assert _FOLLOWING.search("based around the following core service areas:")
    assert not _FOLLOWING.search("The MPS made changes to the model, following feedback from the pilot areas.")




@pytest.mark.parametrize(("lead_in", "question", "wanted"), [
    ("This fund is intended to:", "What is the fund for?", True),  # bare
    ("To improve the response to hate crime, the BCU has:", "How is the BCU responding?", True),  # stops on its verb
    ("A survey of boroughs conducted by London Councils in May 2018 showed that:", "What did it show?", True),
    ("Two audits had received a limited assurance opinion during the year:", "Which audits were limited?", True),
    ("Two audits had received a limited assurance opinion during the year:", "Was any audit limited?", False),
    ("Leavers who answered the survey gave the following reasons:", "Why do they leave?", True),
    ("The model builds on the strategic priorities and includes the following core service areas:",
     "What does the model build on?", False),  # its own words answer
])
def test_a_lead_in_brings_its_list_when_it_says_nothing_alone(lead_in, question, wanted):
    from rag.answer.extractive import asks_for_several
    assert _list_wanted(lead_in, question, asks_for_several(question, classify(question))) is wanted


@pytest.mark.parametrize(("question", "several"), [
    ("Which audits were rated limited?", True),
    ("Which boxes were ticked?", True),
    ("Why did officers leave?", True),
    ("What is the unit doing about burglary?", True),
    ("What has the council agreed to do?", True),
    ("What are the aims of the fund?", True),  # a list question
    ("Which firm is the auditor?", False),  # one firm: "is" is no plural
    ("Which process was used?", False),
    ("What is the aim of the strategy?", False),
    ("When was the strategy launched?", False),
    ("what concerns did the reference group raise", True),  # a plural noun, then its verb
    ("What steps will the BCU take?", True),
    ("What process does the BCU follow?", False),
    ("What percentage was fired?", False),
])
def test_a_question_asking_for_several_things(question, several):
    assert asks_for_several(question, classify(question)) is several


@pytest.mark.parametrize(("question", "text", "shown"), [
    ("Who chairs the Group?", "The Group is chaired by the Mayor.", True),
    ("Who chairs the Group?", "Carolyn Downs (Lead Chief Executive Adviser) has joined the Group.", False),
    ("Who heads the team?", "A small Central Partnership team headed by a Chief Inspector.", True),
    ("Who heads the team?", "The Senior Management Lead for partnership working.", True),  # leading is heading
    ("Who leads the Board?", "The Board, which is chaired by the Mayor.", True),  # a chair leads
    ("Who presides over the Board?", "Carolyn Downs (Lead Chief Executive Adviser).", False),  # presiding is chairing
    ("Who manages the fund?", "The MPS strengthened the management tier.", False),  # management names no manager
    ("Who joined the Group?", "Cllr Lib Peck has joined the Group.", True),  # not a standing role: not checked
])
def test_a_who_question_about_a_role_needs_a_word_for_that_role(question, text, shown):
    assert _shows_asked_role(question, text) is shown


def test_a_part_counted_after_its_whole_answers_only_what_the_part_did():
    sentence = "Of the bikes recovered, 289 have already been returned to their owners."
    q = "How many recovered bikes have gone back to their owners?"
    assert short_answer(classify(q), q, sentence) == "289"
    q = "How many bikes were recovered in May 2023?"
    assert short_answer(classify(q), q, sentence) is None


def test_a_revised_figure_stands_for_the_one_it_replaces():
    from rag.answer.extractive import Candidate, _superseding
    from rag.answer.sentences import Sentence
    from rag.types import Passage

    def candidate(text: str, score: float) -> Candidate:
        passage = Passage(text=text, doc_id="a.md", title="A", date=None, paragraph="¶1", start=0, end=len(text))
        return Candidate(Sentence(text, passage, 0, len(text), 0), score, 0.5, 0.5, True)

    proposed = candidate("Each of the nine counters proposed for closure had few visitors.", 0.6)
    revised = candidate("Seven front counters, not nine, will close.", 0.5)
    assert _superseding([(proposed, "nine"), (revised, "Seven")])[1] == "Seven"
    other = candidate("Seven libraries will host contact points.", 0.5)
    assert _superseding([(proposed, "nine"), (other, "Seven")])[1] == "nine"


def test_a_count_asked_in_short_words_finds_its_noun_written_out():
    q = "How many body cams have been given out to individual officers?"
    sentence = "As at 1 February 2023, 22,318 BWV cameras were assigned to individual officers."
    assert short_answer(classify(q), q, sentence) == "22,318"
    assert short_answer(classify(q), q, "There were 14 complaints about 2 stations.") is None


def test_a_field_line_counting_something_else_does_not_answer_how_many() -> None:
    from rag.answer.extractive import _field_line_answer

    text = "Operation Kestrel: 214 arrests as police target bike thieves\nPublished: 3 May 2031\n"
    header = Passage(text.replace("\n", " "), "k.html", "K", None, "header", 0, len(text), kind="header")

    class Stub:
        documents: dict = {}

        def document_text(self, doc_id: str) -> str:
            return text

        def passages(self, doc_id: str) -> list[Passage]:
            return [header]

        def named_documents(self, question: str) -> list[str]:
            return []

    assert _field_line_answer("How many bikes were recovered under Operation Kestrel?", [header], Stub()) is None
    found = _field_line_answer("How many arrests under Operation Kestrel?", [header], Stub())
    assert found is not None and found.short_answer.startswith("214 arrests")


def test_a_lead_in_is_of_the_kind_a_question_asking_for_several_things_wants(tiny_corpus, tmp_path, fake_embedder):
    from rag.answer.extractive import score_sentences
    from rag.retrieval.retriever import Retriever

    retriever = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    several = "Which town centres will get new cameras?"
    one = "How long will the new cameras last?"
    lead_in = Passage("The five town centres are:", "t.md", "T", None, "¶7", 0, 26)
    other = Passage("The cameras in these town centres are old.", "t.md", "T", None, "¶8", 27, 69)
    retriever.document_text = lambda doc_id: f"{lead_in.text}\n{other.text}"
    for question, typed in ((several, True), (one, False)):
        scored = score_sentences(question, classify(question), [lead_in, other], retriever)
        assert next(c.typed for c in scored if c.sentence.text == lead_in.text) is typed


def test_a_paragraph_number_is_not_the_figure():
    q = "What's the reoffending rate after a youth caution?"
    sentence = "1.1 Analysis found that 38 per cent of children given a youth caution reoffended."
    assert short_answer(classify(q), q, sentence) == "38"


def test_a_person_labelled_with_the_asked_role_answers_who():
    present = "Present: Gloria Okonkwo (Chair), Bernard Lyle (Vice-Chair), Cllr Dev Ramsaran (ward councillor)"
    for question, name in [("who chaired the ward panel in may", "Gloria Okonkwo"),
                           ("who was the vice chair?", "Bernard Lyle")]:
        assert short_answer(classify(question), question, present) == name
    q = "Who chairs the board?"
    assert short_answer(classify(q), q, "Chair: Cllr Nina Patel, Leader of the Council") == "Cllr Nina Patel"
    # a role written as a title before the name, as news pages do
    q = "who chairs the ottersford SNB"
    assert short_answer(classify(q), q, '"It was a busy year," said SNB Chair Anwen Blackstock-Reyes.') \
        == "Anwen Blackstock-Reyes"
    assert short_answer(classify(q), q, "The SNB Chair Report was approved.") is None
    assert short_answer(classify(q), q, "SNB Chair Annual Report Published Today") is None  # headline case, no name
    q = "who chairs the board"
    assert short_answer(classify(q), q, "said Board Chair Ann Lee.") == "Ann Lee"


def test_a_rate_is_a_share_or_a_rate_per_so_many_not_a_count():
    q = "What's the reoffending rate after a youth caution?"
    assert short_answer(classify(q), q, "In 2030, 1,184 children were cautioned.") is None
    assert short_answer(classify(q), q, "In 2030, 38 per cent of those cautioned reoffended.") == "38"
    assert short_answer(classify(q), q, "The rate was 4.2 per 1,000 children.") == "4.2"


def test_a_bill_is_an_amount():
    assert classify("what was the repair bill for police vehicles in 2030/31").answer == "MONEY"


_PANEL_REPORT = """# Property audit follow-up

## Findings

1.1 The Taser Community Reference Group (TCRG) met in May.

1.2 The Taser Community Reference Group reviewed ten cases.

1.3 In its statement the TCRG raised the following concerns:

- forms were completed late;
- people were not told how to complain.

5.1 Table 2 lists the recommendations that remain open.

5.2 In 2031 the Panel awarded grants to these projects:

| Project | Grant |
| --- | --- |
| Safe routes to school | £6,200 |
| Youth boxing | £9,800 |

Table 1: Findings

| Measure | 2024 | 2025 |
| --- | --- | --- |
| Items not found | 17 | 4 |

Table 2: Open recommendations

| Ref | Recommendation | Status |
| --- | --- | --- |
| R3 | Check each cash safe every quarter | Partly implemented |
| R7 | Return found property within 28 days | Not started |
"""


@pytest.fixture
def panel_report(tmp_path, fake_embedder):
    from rag.retrieval.retriever import Retriever

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "panel_report.md").write_text(_PANEL_REPORT, encoding="utf-8")
    return Retriever.build(corpus, tmp_path / "index", embedder=fake_embedder)


def test_a_sentence_naming_a_table_refers_to_that_tables_rows(panel_report):
    from rag.answer.extractive import table_referred_to

    rows = table_referred_to("5.1 Table 2 lists the recommendations that remain open.", "panel_report.md",
                             panel_report)
    assert [p.paragraph for p in rows] == ["table 2, row R3", "table 2, row R7"]
    assert "Status: Not started" in rows[1].text
    assert table_referred_to("Table 9 lists nothing here.", "panel_report.md", panel_report) == []
    # the document numbers its tables in captions: "Table 3" is no caption's, so not the third table either
    assert table_referred_to("Table 3 lists the grants.", "panel_report.md", panel_report) == []
    assert table_referred_to("Paragraph 2.1 lists the aims.", "panel_report.md", panel_report) == []


def test_which_things_a_table_lists_is_answered_with_its_rows(panel_report):
    from rag.answer.assistant import Assistant

    answer = Assistant(panel_report, abstain=False).ask("Which recommendations remain open?")
    cited = [p.paragraph for p in answer.citations]
    assert "table 2, row R3" in cited and "table 2, row R7" in cited
    assert not any(label.startswith("table 1") for label in cited)
    assert len(cited) == len(set(cited)) and len(answer.quotes) == len({q.sentence for q in answer.quotes})


def test_a_lead_in_over_a_table_leads_into_its_rows(panel_report):
    from rag.answer.extractive import table_led_into
    from rag.answer.sentences import passage_sentences

    def sentence(start: str):
        passage = next(p for p in panel_report.passages("panel_report.md") if p.text.startswith(start))
        return passage_sentences(passage, panel_report.document_text("panel_report.md"))[-1]

    rows = table_led_into(sentence("5.2 In 2031"), panel_report)
    assert [p.paragraph.split(", ")[1] for p in rows] == ["row Safe routes to school", "row Youth boxing"]
    assert table_led_into(sentence("5.1 Table 2"), panel_report) == []  # a table does not follow it


def test_how_many_prefers_a_number_written_with_the_noun_counted():
    from rag.answer.extractive import _counts_asked

    q = "how many case files did the commissioner look at"
    s = _sentences(["My team reviewed 320 case files: 80 each of burglary and robbery.",
                    "For each file we checked five of the rights.",
                    "Of the case files reviewed, 41 were complete."])
    c = [Candidate(x, 0.5, 0.5, 0.3, True) for x in s]
    assert _counts_asked(q, c[0], "320") and _counts_asked(q, c[2], "41")
    assert not _counts_asked(q, c[0], "80") and not _counts_asked(q, c[1], "five")  # they count crimes, rights
    inside = Candidate(_sentences(["We reviewed 125 case files and 5 complaints."])[0], 0.5, 0.5, 0.3, True)
    assert _counts_asked(q, inside, "125") and not _counts_asked(q, inside, "5")  # not the 5 of 125


def test_a_column_name_holds_no_value_of_a_restated_row():
    q = "when was the CMG meeting on Q3 stop and search?"
    row = "Grounds for search: Total; Searches Q2 2025/26: 2,113; Searches Q3 2025/26: 1,846"
    assert short_answer(classify(q), q, row) is None  # "2025/26" names the column; the meeting's date is elsewhere
    q = "when was the grant paid"
    assert short_answer(classify(q), q, "Grant: Youth boxing; Paid: 3 March 2026") == "3 March 2026"


def test_a_quoted_request_is_never_the_answer(tmp_path, fake_embedder):
    from rag.answer.assistant import Assistant
    from rag.retrieval.retriever import Retriever

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "foi.txt").write_text(
        "Freedom of Information request\n\n1 March 2031\n\nYou asked:\n\n"
        "What is the total value of the current body worn video contract?\n\n"
        "The total contract value is £8.4 million, covering cameras and software.\n\nYours sincerely,\n\nA Person",
        encoding="utf-8")
    answer = Assistant(Retriever.build(corpus, tmp_path / "index", embedder=fake_embedder), abstain=False).ask(
        "How much is the body worn video contract worth?")
    assert answer.short_answer == "£8.4 million"
    assert not answer.quotes[0].sentence.endswith("?")


def test_of_values_for_several_periods_the_asked_periods_answers():
    q = "how much did vehicle repairs cost in 2024/25?"
    sentence = "The cost of repairing vehicles was £6.84 million in 2023/24 and £6.21 million in 2024/25."
    assert short_answer(classify(q), q, sentence) == "£6.21 million"
    q = "how much did vehicle repairs cost?"
    assert short_answer(classify(q), q, sentence) == "£6.84 million"  # no period asked: the first, as before


@pytest.mark.parametrize(("question", "sentence", "value"), [
    # the tagger finds no name in these; the title before them says they are people
    ("who ran op tamarisk", "Detective Superintendent Ingrid Vasquez-Holloway, who led the operation, said: \"Go.\"",
     "Ingrid Vasquez-Holloway"),
    ("Who leads neighbourhood policing?", "Inspector Lachlan Morrow-Adebayo leads the Dedicated Ward Officers.",
     "Lachlan Morrow-Adebayo"),
])
def test_capitalised_words_after_a_title_are_a_person(question, sentence, value):
    assert short_answer(classify(question), question, sentence) == value


def test_a_title_alone_is_no_name():
    from rag.answer.extractive import _TITLED_NAME

    assert [m.group("name") for m in _TITLED_NAME.finditer("the Chief Inspector said so")] == []
    assert [m.group("name") for m in _TITLED_NAME.finditer("Owner: Chief Information Officer")] == []  # a post
    assert [m.group("name") for m in _TITLED_NAME.finditer("said Dr Peter Okoro, a member")] == ["Peter Okoro"]
    assert not _TITLED_NAME.search("We will miss Christmas Day")  # titles as documents write them: capitalised
    assert _TITLED_NAME.search("Superintendent Ann Lee\nSenior Officer").group("name") == "Ann Lee"  # one line


def test_a_titled_name_stops_before_post_nominals_and_is_never_a_body():
    q = "Who chairs the panel?"
    assert short_answer(classify(q), q, "Panel chair: Dr Peter Okoro OBE") == "Peter Okoro"
    from rag.answer.extractive import titled_names

    assert titled_names("The Inspector Development Programme runs it.") == []  # a body's name, not a person's
    assert [n for _, _, n in titled_names("Ch Supt Ann Lee and Cllr Sean O'Brien")] == ["Ann Lee", "Sean O'Brien"]


def test_a_list_s_short_answer_is_the_opening_of_each_item():
    from rag.answer.extractive import list_summary

    items = ["Targeting lawbreakers;", "Offering ways out of crime;", "Keeping deadly weapons off our streets; and",
             "Supporting victims of knife crime."]
    assert list_summary(items) == ("Targeting lawbreakers; Offering ways out of crime; Keeping deadly weapons off "
                                   "our streets; Supporting victims of knife crime")
    long = ["appointed six dedicated Hate Crime Liaison Officers, one for each of the borough's neighbourhoods, "
            "who visit every victim within two days of the report and stay in touch until the case closes"] * 4
    assert list_summary(long[:4] + long[:1]) is None  # five paragraph-long items would keep too little each
    # four keep their openings, in at most SUMMARY_CHARS; a short item is whole and leaves its room to the others
    summary = list_summary(long)
    assert summary is not None and len(summary) <= 280 and summary.count(" …") == 4
    mixed = list_summary(["Neighbourhoods", "Response", long[0], long[0]])
    assert mixed is not None and mixed.startswith("Neighbourhoods; Response; appointed six")
    assert all(len(head) > 100 for head in mixed.split("; ")[2:])


def test_a_restated_table_row_gives_the_value_of_the_column_the_question_names():
    row = "Cost heading: Interpreters; 2026/27: £26,000; 2027/28: £30,000; Total: £56,000"
    q = "how much is budgeted for interpreters in 27/28?"
    assert short_answer(classify(q), q, row) == "£30,000"
    q = "how much is budgeted for interpreters in total?"
    assert short_answer(classify(q), q, row) == "£56,000"
    row = "Measure: Shops with CCTV linked to the control room; Kelbrook: 46; Ashmere: 118"
    q = "how many ashmere shops have cctv linked to the control room?"
    assert short_answer(classify(q), q, row) == "118"
    # the row must name what is counted: a count of something else is no answer
    q = "how many e-bikes were stolen in Ashmere?"
    assert short_answer(classify(q), q, "Purpose: Collision photography; Deployments: 186") is None


def test_a_table_value_counts_what_its_column_or_row_names_and_a_part_is_no_total():
    q = "how many bids came in for lot 1 of the contract?"
    row = "Lot: Lot 1; Bidder: Parlance Group plc; Quality (max 60): 48.0; Total score: 83.2"
    assert short_answer(classify(q), q, row) is None  # "Bidder" names who bid; 48.0 is a quality score
    q = "How many drone deployments were there in 2022 altogether?"
    assert short_answer(classify(q), q, "Purpose of deployment: Missing people; Deployments: 486") is None
    assert short_answer(classify(q), q, "Purpose of deployment: Total; Deployments: 1,238") == "1,238"


@pytest.mark.parametrize("question, row, expected", [
    # the question's own name says where, not what is counted
    ("how many Ashmere burglaries were there?", "Area: Ashmere; Shop thefts: 118; Arrests: 27", None),
    # a total for the asked period is that period's column, not the table's total
    ("How many thefts were recorded in 2024 in total?", "Measure: Thefts; 2023: 400; 2024: 450; Total: 850", "450"),
    ("What is the total cost of interpreters in 2027/28?",
     "Cost heading: Interpreters; 2026/27: £26,000; 2027/28: £30,000; Total: £56,000", "£30,000"),
    # a period written after a value inside a cell still picks it
    ("How much is the budget in 2027/28?", "Budget: £26,000 in 2026/27 and £30,000 in 2027/28; Source: Finance",
     "£30,000"),
    # the noun right after a number in its cell says what it counts
    ("How many charges were there in Operation Falcon?", "Operation: Falcon; Outcome: 12 arrests and 4 charges", "4"),
    # a row whose name only starts with "Total" is not the table's total: the "All" column is
    ("How many shops have CCTV in total?", "Measure: Total shops with CCTV; Kelbrook: 46; Ashmere: 118; All: 164",
     "164"),
])
def test_a_table_value_is_read_by_its_column_row_and_cell(question, row, expected):
    assert short_answer(classify(question), question, row) == expected
