"""What a question insists on beyond its words: the years it names, the event it asks about, what a date belongs to.

"Who won the awards in 2008?" is not answered by a paragraph about the awards that never mentions 2008 or a
winner, however close it scores: the answer's paragraph must show every year the question names and, for a
who/where/when question, the one-off event it asks about ("won", "appointed", "resigned"): the date the VRU was
announced does not answer "When was the VRU director appointed?". Nor does it answer "When was the London Crime
Reduction Board set up?": the date something began, ended or came out is taken from a paragraph that names it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

from rag.index.lexical import tokenize
from rag.lexicon import EVENT_VERBS, YEAR
from rag.types import DocumentMeta, Passage

_YEAR = re.compile(rf"\b{YEAR}\b")
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
_EVENT_STEMS = frozenset(tokenize(" ".join(EVENT_VERBS)))


def named_years(question: str) -> set[str]:
    """The years a question names ("in 2018", "2019/20" names 2019)."""
    return set(_YEAR.findall(question))


def asked_verb(question: str) -> tuple[str, ...]:
    """Stems of the verb after a who/where question word ("Who chairs …" -> ("chair",)); () when the question is
    not of that form or its next word is not a verb (a name, a noun: "Where does Bexley's team sit")."""
    m = _WHO_WHERE.match(question)
    if not m:
        return ()
    if re.match(r"(?i)(?:is|was|are|were)\s+(?:\w+\s+)?in\s+charge\b", m.group("rest")):
        return ("lead",)  # "Who is in charge of the board?" asks who leads it
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


# "When was the London Crime Reduction Board set up?": the date something began, ended or came out belongs to
# that thing, and a paragraph that doesn't name it dates something else (the VRU's announcement).
_LIFECYCLE = re.compile(
    r"(?i)^\s*when\s+(?:was|were|is|are|will|did|does|do|has|have|had)\s+(?P<subject>.+?)\s+"
    r"(?:(?:due|expected|going|scheduled|planned|set)\s+to\s+(?:be\s+)?)?(?:first\s+|originally\s+|formally\s+|"
    r"officially\s+|actually\s+)?(?:set\s+up|establish(?:ed)?|creat(?:e|ed)|form(?:ed)?|found(?:ed)?|launch(?:ed)?|"
    r"introduc(?:e|ed)|start(?:ed)?|beg(?:in|an|un)|open(?:ed)?|clos(?:e|ed)|end(?:ed)?|abolish(?:ed)?|"
    r"publish(?:ed)?|releas(?:e|ed))\b")
SUBJECT_SHARE = 2 / 3  # of the subject's common words a paragraph must show: "the wider roll-out" may drop "wider"


class Subject(NamedTuple):
    """What a when-question dates: its name (capitalised words, all needed, or their initials) and other words."""

    name: tuple[str, ...]  # stems, in order
    initials: str  # "LCRB" for London Crime Reduction Board: a paragraph may use the acronym alone
    words: frozenset[str]


def event_subject(question: str) -> Subject | None:
    """What a when-question dates the start, end or publication of ("When was the London Crime Reduction Board set
    up?" -> the name London Crime Reduction Board); None for other questions."""
    m = _LIFECYCLE.match(question)
    if not m:
        return None
    capitalised = [w for w in re.findall(r"[A-Za-z][\w'’-]*", m.group("subject")) if w[0].isupper()]
    name = tuple(dict.fromkeys(t for w in capitalised for t in tokenize(w)))
    initials = "".join(w[0] for w in capitalised if w.lower() not in ("the", "a", "an"))
    return Subject(name, initials if len(initials) > 1 else "", frozenset(tokenize(m.group("subject"))) - set(name))


def _shows_subject(subject: Subject, text: str, acronyms: Mapping[str, str] | None = None) -> bool:
    # A defined acronym stands for its words and they for it: "the London ASB Board" is the anti-social behaviour
    # board. "roll-out" splits in two, which "rollout" doesn't match; the stemmer keeps acronyms' plurals ("BCUs").
    named_bodies = [body for body in (acronyms or {}).items() if names_body(body, text)]
    text += "".join(f" {acronym} {expansion}" for acronym, expansion in named_bodies)
    stems = set(tokenize(text)) | set(tokenize(text.replace("-", "")))
    stems |= {t[:-1] for t in stems if t.endswith("s")}
    named = set(subject.name) <= stems or bool(subject.initials and re.search(rf"\b{subject.initials}\b", text))
    return named and len(subject.words & stems) >= SUBJECT_SHARE * len(subject.words)


@lru_cache(maxsize=256)
def _insists_on(question: str) -> tuple[frozenset[str], frozenset[str], Subject | None]:
    """(years named, event stems, dated subject) of a question, parsed once though every candidate is checked."""
    return frozenset(named_years(question)), frozenset(asked_event(question)), event_subject(question)


def shows_constraints(question: str, passage: Passage, meta: DocumentMeta | None = None,
                      acronyms: Mapping[str, str] | None = None) -> bool:
    """Whether the passage shows the year the question names (one of them, when it names several) in its text,
    heading, or its document's date or title; for a who/where/when question, the event asked about; and for "when
    was X set up / published / closed", X (`acronyms`, {acronym: expansion}, name it either way)."""
    own = f"{passage.heading} {passage.text}"
    years, event, subject = _insists_on(question)
    if subject is not None and not _shows_subject(subject, own, acronyms):
        return False
    if years:
        about = own + (f" {meta.date or ''} {meta.title}" if meta is not None else "")
        shown = set(_YEAR.findall(about))
        # One year must all show; of several ("in 2013, and in 2020"), each document may show its own.
        if not (years <= shown if len(years) == 1 else years & shown):
            return False
    return not event or bool(event & set(tokenize(own)))


def names_body(body: tuple[str, str], text: str) -> bool:
    """Whether the text names a defined body, (acronym, expansion), by its acronym (as written, plural allowed) or in
    full (any case)."""
    acronym, name = body
    in_full = r"\s+".join(re.escape(w) for w in name.split())
    return bool(re.search(rf"\b{re.escape(acronym)}s?\b", text) or re.search(rf"(?i)\b{in_full}s?\b", text))
