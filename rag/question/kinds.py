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
_ASKS_VALUE = r"\bwhat(?:'s|’s)?(?: [\w'’/-]+){{0,4}} {}\b"
_MONEY_NOUNS = r"(?:budget|cost|price|spend|spending|funding total|fee|fees|grant|salary|bill)"
_FIGURE_NOUNS = r"(?:target|rate|figure)"
# A question about a document's own particulars names the document, by one of these words or a kind of record.
_LETTER = rf"(?:{DOCUMENT_NOUN}|\bdecision\b|\bminutes\b|\bconsultation\b|\bnotice\b|\bsubmission\b|\bmemo\b|" \
          r"\breview\b|\bnewsletter\b|\bbulletin\b|\bstatement\b|\bagenda\b|\be-?mail\b(?!\s+address)|" \
          r"\brelease\b(?!\s+of\b)|\bnews (?:story|item)\b|\barticle\b|\bfoi\b|\brequest\b)"


def _any(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


# What a question about a document's own particulars asks for, first match wins (only when it names a document).
METADATA_ROUTES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("reference", re.compile(r"\b(reference|ref\b|ref\.|reference number)")),
    # a decision record's signatory approves it: "The above request has my approval. Signature: …"
    ("author", re.compile(r"\b(who (signed|wrote|sent|authored|approved|authori[sz]ed)|signed by|signatory|author\b|"
                          r"written by|who is it from)|"
                          # "who put the briefing together", "who drafted the report": the verb's object is the document
                          rf"\bwho (?:put|compiled|drafted|prepared) (?:the|this|that|our|a|an) (?:(?!of\b|for\b)"
                          rf"[\w'’/-]+ ){{0,3}}(?:{DOCUMENT_NOUN}|minutes|release|decision|notice)s?\b")),
    ("recipient", re.compile(r"\b(addressed|to whom|recipient|who (received|was it (sent|written) to))|sent to\b")),
    ("date", re.compile(r"\b(what|which) (is the )?(date|day)\b|\bwhen was (the|this|that|it)\b.*\b(written|sent|"
                        r"dated|issued|signed|published)\b|\bdated\b|what date|"
                        r"\bwhen did (we|they|you|it|the \w+) (answer|reply|respond|write|send|issue|publish)")),
    ("title", re.compile(r"\b(title|subject|heading)\b")),
)
_ASKS_DATE = r"(when|what (dates?|year|months?|day)|which (dates?|year|months?|day)|by when|how long ago)\b"
# The answer type, first route wins: (kind, patterns of which any matches, patterns of which all must also match).
# A kind of None is an open question. Contact details are asked for by name, whatever else the question says, and
# say nothing of the document's particulars.
ROUTES: tuple[tuple[str | None, tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]], ...] = (
    ("EMAIL", _any(r"\be-?mail(?: address)?\b"), _any(r"\b(what|which|give|how)\b")),
    ("PHONE", _any(r"\b(?:tele)?phone(?: number)?\b"), _any(r"\b(what|which|give|how)\b")),
    ("FREQUENCY", _any(r"^how often\b"), ()),  # "Where is it held, and how often?" stays a where-question
    ("MONTH", _any(r"\b(in )?(which|what) month\b"), ()),
    # "For which year running is it delivered?" -> "the 3rd year", not a date
    ("ORDINAL", _any(r"\b(which|what) (year|time|edition|round|wave|phase) (running|in a row)\b|"
                     r"\b(which|what) (edition|round|wave|phase) of\b|\bhow many times (now|so far|running)\b"), ()),
    ("DURATION", _any(r"\bhow long\b(?! ago)"), ()),  # "How long has the week been running?" -> "three or four years"
    # "Which years do the agreements cover?" -> "2008-11", not "the start of the financial year"
    ("YEARS", _any(r"\b(which|what) years\b"), ()),
    ("DATE", _any(r"(^|[;:]\s*)" + _ASKS_DATE, r"\b(what|which) (dates?|year|months?)\b"), ()),
    ("PERCENT", _any(r"\b(what|which) (percentage|proportion|per ?cent)\b|\bby how many per ?cent\b"), ()),
    ("MONEY", _any(r"^how much\b", r"\bcost\b", _ASKS_VALUE.format(_MONEY_NOUNS)), ()),
    ("NUMBER", _any(r"(?:^|\bfor |\bby |\bin |\bto )how many\b", r"\b(number of|how big|size of)\b",
                    _ASKS_VALUE.format(_FIGURE_NOUNS)), ()),
    ("WHO", _any(r"^(?:who\b|(?:to |with |by |from |for )?whom\b|whose\b|which (person|officer|councillor|"
                 r"commissioner|body|organi[sz]ation|agency|partner)\b(?! agencies| organi[sz]ations| bodies))"), ()),
    ("PLACE", _any(r"^(?:where\b|which (borough|boroughs|place|area|areas|city|council)\b)"), ()),
    # "Why were the units merged over bigger areas?" asks for a reason, not a list of areas
    (None, _any(r"^(why|how)\b"), ()),
    ("LIST", _any(r"\b(what are|list|which are|name the|what were)\b|\b(components|aims|principles|priorities|"
                  r"areas|examples|objectives|steps|recommendations|waves|strands|benefits)\b|"
                  r"\b(what|which) (\w+ )?(activities|changes|measures|actions|initiatives|members|bodies|"
                  r"organi[sz]ations|agencies|partners|people|officers)\b|"
                  r"\b(?:what|which) (kinds|types|sorts) of\b"), ()),
)
_CONTACT = ("EMAIL", "PHONE")


_TYPED_CONTRACTION = re.compile(r"\b(what|who|where|when|how|which|that|there)s\b")


def classify(question: str) -> QuestionType:
    """The answer type and the document particular a question asks for (see ROUTES and METADATA_ROUTES)."""
    q = re.sub(r"^(and|so|but|also|then|ok|okay)\b[\s,]*", "", question.strip().lower())
    q = _TYPED_CONTRACTION.sub(r"\1's", q)  # "whats the grant" is "what's the grant"
    metadata = None
    if re.search(_LETTER, q):
        metadata = next((field for field, pattern in METADATA_ROUTES if pattern.search(q)), None)
    for kind, any_of, all_of in ROUTES:
        if any(p.search(q) for p in any_of) and all(p.search(q) for p in all_of):
            return QuestionType(kind, None if kind in _CONTACT else metadata, _LABELS.get(kind or "", ()))
    return QuestionType(None, metadata, ())


_SEVERAL_DOCUMENTS = (
    re.compile(r"\b(letters|documents|papers|briefings|reports|replies)\b"),  # asks about more than one
    re.compile(r"\b(compare[sd]?|comparison|differ|difference|both|oldest|newest|earliest|latest)\b"),
    re.compile(r"\b(bigger|smaller|larger|higher|lower|more|fewer|less|earlier|later|first|longer|shorter)\b"
               r"[^?]*\bor\b"),  # "which was bigger: X or Y"
)


# "Who wrote the report?" of a record that is signed by one person and written by another ("Report by: …") asks
# for its writer; "who signed it?" for its signatory.
_WROTE = re.compile(r"\b(?:wrote|written|writer|author(?:ed)?|prepared|compiled|drafted|put\b.*\btogether|"
                    r"report\s+by)\b",
                    re.I)
_SIGNED = re.compile(r"\bsign(?:ed|s|atory)?\b", re.I)


def asks_who_wrote(question: str) -> bool:
    """Whether a question about a document's author asks who wrote it rather than who signed it."""
    return bool(_WROTE.search(question)) and not _SIGNED.search(question)


def asks_about_several_documents(question: str) -> bool:
    """Whether the question wants more than one document: plural documents, a comparison, or two named years.

    A single-document question gets its answer from one letter: a second letter that merely scores close is
    usually about something else.
    """
    q = question.lower()
    if any(pattern.search(q) for pattern in _SEVERAL_DOCUMENTS):
        return True
    return len(set(re.findall(rf"\b{YEAR}\b", q))) >= 2  # "between 2017 and 2018"
