"""What a question asks for: an answer type (date, money, number, person, organisation, place, list) or a fact
about a letter itself (its date, author, recipient, reference, title)."""

from __future__ import annotations

import re
from typing import NamedTuple

from rag.lexicon import DOCUMENT_NOUN, YEAR


class QuestionType(NamedTuple):
    # DATE, MONTH, YEARS, DURATION, FREQUENCY, ORDINAL, EMAIL, PHONE, MONEY, PERCENT, NUMBER, WHO, PLACE, LIST;
    # None: an open question
    answer: str | None
    metadata: str | None  # date, author, recipient, reference, title or None
    entity_labels: tuple[str, ...]  # spaCy labels that can fill the answer


_LABELS = {
    "DATE": ("DATE",),
    "MONTH": ("DATE",),
    "YEARS": ("DATE",),
    "DURATION": ("DATE", "TIME"),
    "FREQUENCY": ("DATE",),
    "ORDINAL": ("ORDINAL",),
    "MONEY": ("MONEY",),
    "PERCENT": ("PERCENT",),
    "NUMBER": ("CARDINAL", "QUANTITY", "PERCENT", "MONEY"),
    "PERSON": ("PERSON",),
    "ORG": ("ORG",),
    "WHO": ("PERSON", "ORG", "NORP"),
    "PLACE": ("GPE", "LOC", "FAC"),
}
# "What was the MPS budget for 2019/20?", "What response time target did the MPS set?": a noun that names a value,
# asked for by "what", up to four words in ("What was MOPAC's total budget"). Its answer is an amount or a figure,
# and without one in a sentence about the subject the documents don't say.
_ASKS_VALUE = r"\bwhat(?: [\w'’/-]+){{0,4}} {}\b"
_MONEY_NOUNS = r"(?:budget|cost|price|spend|spending|funding total)"
_FIGURE_NOUNS = r"(?:target|rate|figure)"
# A question about a document's own particulars names the document, by one of these words or a kind of record.
_LETTER = rf"(?:{DOCUMENT_NOUN}|\bdecision\b|\bminutes\b|\bconsultation\b|\bnotice\b|\bsubmission\b|\bmemo\b|" \
          r"\bpress release\b|\bnews (?:story|release|item)\b|\barticle\b)"


def classify(question: str) -> QuestionType:
    q = re.sub(r"^(and|so|but|also|then|ok|okay)\b[\s,]*", "", question.strip().lower())
    metadata = None
    if re.search(_LETTER, q):
        if re.search(r"\b(reference|ref\b|ref\.|reference number)", q):
            metadata = "reference"
        elif re.search(r"\b(who (signed|wrote|sent|authored)|signed by|signatory|author\b|written by|"
                       r"who is it from)", q):
            metadata = "author"
        elif re.search(r"\b(addressed|to whom|recipient|who (received|was it (sent|written) to))|sent to\b", q):
            metadata = "recipient"
        elif re.search(r"\b(what|which) (is the )?(date|day)\b|\bwhen was (the|this|that|it)\b.*\b(written|sent|dated|"
                       r"issued|signed|published)\b|\bdated\b|what date", q):
            metadata = "date"
        elif re.search(r"\b(title|subject|heading)\b", q):
            metadata = "title"
    # Contact details are asked for by name, whatever else the question says ("the author's email address").
    if re.search(r"\be-?mail(?: address)?\b", q) and re.search(r"\b(what|which|give|how)\b", q):
        return QuestionType("EMAIL", None, ())
    if re.search(r"\b(?:tele)?phone(?: number)?\b", q) and re.search(r"\b(what|which|give|how)\b", q):
        return QuestionType("PHONE", None, ())
    if re.match(r"how often\b", q):  # "Where is it held, and how often?" stays a where-question
        kind = "FREQUENCY"
        return QuestionType(kind, metadata, _LABELS.get(kind, ()))
    if re.search(r"\b(in )?(which|what) month\b", q):
        kind = "MONTH"
        return QuestionType(kind, metadata, _LABELS.get(kind, ()))
    if re.search(r"\b(which|what) (year|time|edition|round|wave|phase) (running|in a row)\b|"
                 r"\b(which|what) (edition|round|wave|phase) of\b|\bhow many times (now|so far|running)\b", q):
        kind = "ORDINAL"  # "For which year running is it delivered?" -> "the 3rd year", not a date
        return QuestionType(kind, metadata, _LABELS.get(kind, ()))
    if re.search(r"\bhow long\b(?! ago)", q):
        kind = "DURATION"  # "How long has the week been running?" -> "three or four years"
        return QuestionType(kind, metadata, _LABELS.get(kind, ()))
    if re.search(r"\b(which|what) years\b", q):
        kind = "YEARS"  # "Which years do the agreements cover?" -> "2008-11", not "the start of the financial year"
        return QuestionType(kind, metadata, _LABELS.get(kind, ()))
    asks_date = r"(when|what (dates?|year|months?|day)|which (dates?|year|months?|day)|by when|how long ago)\b"
    if re.search(r"(^|[;:]\s*)" + asks_date, q) or \
            re.search(r"\b(what|which) (dates?|year|months?)\b", q):
        kind = "DATE"
    elif re.search(r"\b(what|which) (percentage|proportion|per ?cent)\b|\bby how many per ?cent\b", q):
        kind = "PERCENT"
    elif re.match(r"how much\b", q) or re.search(r"\bcost\b", q) or re.search(_ASKS_VALUE.format(_MONEY_NOUNS), q):
        kind = "MONEY"
    elif re.search(r"(?:^|\bfor |\bby |\bin |\bto )how many\b", q) or \
            re.search(r"\b(number of|how big|size of)\b", q) or re.search(_ASKS_VALUE.format(_FIGURE_NOUNS), q):
        kind = "NUMBER"
    elif re.match(r"who\b|(?:to |with |by |from |for )?whom\b|whose\b|which (person|officer|councillor|commissioner|"
                  r"body|organi[sz]ation|agency|partner)\b(?! agencies| organi[sz]ations| bodies)", q):
        kind = "WHO"
    elif re.match(r"where\b|which (borough|boroughs|place|area|areas|city|council)\b", q):
        kind = "PLACE"
    elif re.match(r"(why|how)\b", q):
        kind = None  # "Why were the units merged over bigger areas?" asks for a reason, not a list of areas
    elif re.search(r"\b(what are|list|which are|name the|what were)\b|\b(components|aims|principles|priorities|"
                   r"areas|examples|objectives|steps|recommendations|waves|strands|benefits)\b|"
                   r"\b(what|which) (\w+ )?(activities|changes|measures|actions|initiatives|members|bodies|"
                   r"organi[sz]ations|agencies|partners|people|officers)\b|"
                   r"\b(?:what|which) (kinds|types|sorts) of\b", q):
        kind = "LIST"
    else:
        kind = None
    return QuestionType(kind, metadata, _LABELS.get(kind or "", ()))


_SEVERAL_DOCUMENTS = (
    re.compile(r"\b(letters|documents|papers|briefings|reports|replies)\b"),  # asks about more than one
    re.compile(r"\b(compare[sd]?|comparison|differ|difference|both|oldest|newest|earliest|latest)\b"),
    re.compile(r"\b(bigger|smaller|larger|higher|lower|more|fewer|less|earlier|later|first|longer|shorter)\b"
               r"[^?]*\bor\b"),  # "which was bigger: X or Y"
)


def asks_about_several_documents(question: str) -> bool:
    """Whether the question wants more than one document: plural documents, a comparison, or two named years.

    A single-document question gets its answer from one letter: a second letter that merely scores close is
    usually about something else.
    """
    q = question.lower()
    if any(pattern.search(q) for pattern in _SEVERAL_DOCUMENTS):
        return True
    return len(set(re.findall(rf"\b{YEAR}\b", q))) >= 2  # "between 2017 and 2018"
