"""What a question insists on beyond its subject: the years it names and the event it asks about.

"Who won the awards in 2008?" is not answered by a paragraph about the awards that never mentions 2008 or a
winner, however close it scores: the answer's paragraph must show every year the question names and, for a
who/where/when question, the one-off event it asks about ("won", "appointed", "resigned"): the date the VRU was
announced does not answer "When was the VRU director appointed?".
"""

from __future__ import annotations

import re
from functools import lru_cache

from rag.lexical import tokenize
from rag.types import DocumentMeta, Passage

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# "Who was appointed …", "Which borough won …", "Where is it hosted …": the verb after the question word.
_WHO_WHERE = re.compile(r"(?i)^\s*(?:who|whom|where|which\s+(?:borough|boroughs|place|area|areas|city|council|"
                        r"person|officer|councillor|commissioner))\s+(?P<rest>.*)$")
# Words between the question word and its verb: "Who was first appointed", "Who is set to join", "Who else …".
_SKIPPED = set("was were is are has have had did does do will would should could can be been being also first then "
               "else currently now originally later set due going expected about to".split())
# Irregular past forms, with the forms a sentence reporting the same event may use.
_IRREGULAR = {"won": "win won winner", "led": "lead led leader", "ran": "run ran", "chose": "choose chose chosen",
              "took": "take took taken", "made": "make made", "became": "become became", "gave": "give gave given",
              "wrote": "write wrote written", "sent": "send sent", "met": "meet met", "held": "hold held",
              "began": "begin began begun", "left": "leave left", "succeeded": "succeed succeeded successor",
              "brought": "bring brought", "told": "tell told", "paid": "pay paid", "sought": "seek sought",
              "thought": "think thought", "spoke": "speak spoke spoken", "found": "find found", "kept": "keep kept"}


def verb_forms(verb: str) -> set[str]:
    """Stems of a verb's forms, irregular past tenses included ("bring" -> bring, brought)."""
    lower = verb.lower()
    forms = next((f for f in _IRREGULAR.values() if lower in f.split()), lower)
    return set(tokenize(f"{lower} {forms}"))


# Verbs of one-off events: a paragraph that answers "who was appointed" reports an appointment. Verbs of standing
# roles ("who leads", "who runs", "who chairs") are left out: "headed by a Chief Inspector" answers "who leads".
_EVENT_STEMS = frozenset(tokenize(
    "appoint appointed elect elected succeed succeeded replace replaced win won award awarded resign resigned promote "
    "promoted hire hired recruit recruited fine fined sack sacked dismiss dismissed nominate nominated select selected "
    "choose chose host hosted shortlist shortlisted"))


def named_years(question: str) -> set[str]:
    """The years a question names ("in 2018", "2019/20" names 2019)."""
    return set(_YEAR.findall(question))


def asked_verb(question: str) -> tuple[str, ...]:
    """Stems of the verb after a who/where question word ("Who chairs …" -> ("chair",)); () when the question is
    not of that form or its next word is not a verb (a name, a noun: "Where does Bexley's team sit")."""
    m = _WHO_WHERE.match(question)
    if not m:
        return ()
    for word in re.findall(r"[A-Za-z'’-]+", m.group("rest")):
        lower = word.lower()
        if lower in _SKIPPED:
            continue
        if lower in _IRREGULAR:
            return tuple(dict.fromkeys(tokenize(_IRREGULAR[lower])))
        if word[0].isupper() or "'" in lower or "’" in lower:
            return ()  # a name or a possessive, not a verb
        if lower.endswith("ed") or (lower.endswith("s") and not lower.endswith("ss")):
            return tuple(tokenize(lower))
        return ()
    return ()


_WHEN = re.compile(r"(?i)^\s*(?:when|on what date|what date|in what (?:year|month)|which (?:year|month|day))\b")


# "When did the director take up post?" asks about an appointment in other words: a paragraph that reports one
# ("appointed", "took up the role") answers it, and the date the post was announced does not.
_TAKES_UP_POST = re.compile(r"(?i)\b(?:take|takes|took|taken|taking)\s+up\s+(?:\w+\s+)?(?:post|role|position|office|"
                            r"appointment|duties)\b")
_TAKING_UP_POST = tuple(dict.fromkeys(tokenize("appoint appointed take took taken")))


def asked_event(question: str) -> tuple[str, ...]:
    """Stems of the one-off event a who/where/when question asks about ("Who was appointed …", "When did she
    resign?" -> ("appoint",), ("resign",)); () for any other question, including standing roles ("Who leads …")."""
    if _TAKES_UP_POST.search(question) and (_WHEN.match(question) or _WHO_WHERE.match(question)):
        return _TAKING_UP_POST
    if _WHEN.match(question):
        # The verb of a when-question follows its subject ("When was the VRU director appointed?", "When were the
        # awards won?"): the last event word of the question is the event.
        for word in reversed(re.findall(r"[A-Za-z'’-]+", question)):
            lower = word.lower()
            stems = tokenize(_IRREGULAR.get(lower, lower))
            if set(stems) & _EVENT_STEMS:
                return tuple(dict.fromkeys(stems))
        return ()
    stems = asked_verb(question)
    return stems if set(stems) & _EVENT_STEMS else ()


@lru_cache(maxsize=256)
def _insists_on(question: str) -> tuple[frozenset[str], frozenset[str]]:
    """(years named, event stems) of a question, parsed once though every candidate sentence is checked."""
    return frozenset(named_years(question)), frozenset(asked_event(question))


def shows_constraints(question: str, passage: Passage, meta: DocumentMeta | None = None) -> bool:
    """Whether the passage shows the year the question names (one of them, when it names several) in its text,
    heading, or its document's date or title; and, for a who/where/when question, the event asked about."""
    own = f"{passage.heading} {passage.text}"
    years, event = _insists_on(question)
    if years:
        about = own + (f" {meta.date or ''} {meta.title}" if meta is not None else "")
        shown = set(_YEAR.findall(about))
        # One year must all show; of several ("in 2013, and in 2020"), each document may show its own.
        if not (years <= shown if len(years) == 1 else years & shown):
            return False
    return not event or bool(event & set(tokenize(own)))
