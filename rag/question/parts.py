"""Questions with two parts, split into the question asked of each part, the shared frame copied into both.

`split_question(question)` returns `Parts` (the kind of split, what each part is about, the question asked of each)
or None for a question about one thing. Kinds:
- comparisons: "earlier", "later", "bigger", "smaller", "compare" ("Which came first, A or B?", "Which is worth
  more, A or B?", "Was A bigger than B?", "How does the number of A compare with the number of B?");
- "difference": "How much more did A cost than B?", "How many more A in 2019 than in 2015?";
- "change": "How did A change between 2015 and 2019?", "How much has A risen from 2016/17 to 2021/22?";
- "periods": one question of two periods, "How many A in 2015 and in 2019?";
- "parts": two questions asked together, "Who signed A and who signed B?", "When did A begin, and in how many
  waves?" (the second borrows the first's frame), "When and where is A held?".

Not split: "and" inside a name ("the Police and Crime Committee"), things done together ("What did the MPA and the
Home Office agree?"), a period range ("How many searches between October and December 2021?"), and a second
question that leans on the first's answer ("Who signed it, and what is her role?": "her" is the first answer).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rag.lexicon import DOCUMENT_NOUN, MONTH, SEASON, YEAR

COMPARISONS = ("earlier", "later", "bigger", "smaller", "compare")


class Parts(NamedTuple):
    """A question split into its parts."""

    kind: str  # one of COMPARISONS, or "difference", "change", "periods", "parts"
    sides: tuple[str, ...]  # what each part is about, as the question writes it ("the CCTV decision", "2015")
    questions: tuple[str, ...]  # the question asked of each part
    past: bool = False  # "Which was bigger" rather than "Which is bigger"
    yes_no: bool = False  # "Was A bigger than B?": the answer opens with yes or no (is A the winner?)


Comparison = Parts  # a comparison is a split whose kind is one of COMPARISONS

_EARLIER = ("first", "earlier", "older", "sooner")
_LATER = ("later", "last", "newer", "more recent", "most recent")
_BIGGER = ("bigger", "larger", "greater", "higher", "more")
_SMALLER = ("smaller", "lower", "less", "fewer")
_WORDS = "|".join(re.escape(w) for w in (*_EARLIER, *_LATER, *_BIGGER, *_SMALLER))
_LETTER = re.compile(rf"\b(?:{DOCUMENT_NOUN})\b", re.I)

# "Which came first: A or B, and by how long?", "Which was bigger, A or B?", "Which is worth more - A or B?"
_WHICH = re.compile(
    rf"^(?:which|what)(?: one)? (?P<verb>came|comes|was|is|were|are|happened|had|cost|costs)"
    rf"(?P<measure>(?:\s+\w+){{0,2}}?)\s+"
    rf"(?P<word>{_WORDS})(?:\s*[:,\-–—]\s*|\s+(?=(?:the|a|an)\s))(?P<a>.+?)\s+or\s+(?P<b>.+?)"
    r"(?:\s*[,;]?\s*(?:and )?by how (?:long|much|many)(?: \w+)?)?\s*\??$", re.I)
# "How does the number of A compare with the number of B?"
_HOW_COMPARE = re.compile(
    r"^how (?:does|did|do) (?P<a>(?:the )?(?:number|amount|cost|size|total) of .+?) compare "
    r"(?:with|to|against) (?P<b>.+?)\s*\??$", re.I)

# Yes/no forms: "Was A bigger than B?", "Were there more A than B?", "Was A written before B?"
_THAN = re.compile(
    r"^(?P<verb>was|is|were|are)\s+(?P<a>.+?)\s+(?P<word>bigger|larger|greater|higher|smaller|lower|earlier|"
    r"later|older|newer|more|less)(?P<either>\s+or\s+(?:bigger|larger|greater|higher|smaller|lower|more|less|fewer))?"
    r"\s+than\s+(?P<b>.+?)\s*\??$", re.I)
# What "more/less than" may be measured against without naming a second thing: a time, an amount, a figure.
_NOT_A_THING = re.compile(r"(?i)^(?:(?:last|this|next|the previous|the same)\s+(?:year|month|quarter|week|time|period)|"
                          r"(?:it|that|before|ever|expected|planned|usual|average)\b|[£$€]?\d)")
_THERE = re.compile(r"^(?P<verb>was|is|were|are) there (?P<word>more|fewer|less) (?P<a>.+?) than "
                    r"(?:there (?:are|were) )?(?P<b>.+?)\s*\??$", re.I)
# ... "before" a noun phrase (the election, MOPAC's letter, March 2018), not a clause ("before deciding")
_BEFORE = re.compile(r"^(?P<verb>was|is|were|are|did)\s+(?P<a>.+?)\s+(?:(?P<action>\w+)\s+)?(?P<word>before|after)\s+"
                     r"(?P<b>(?:(?:the|a|an|its|their|his|her)\b|(?-i:[A-Z])|\d).*?)\s*\??$", re.I)
_DATE_ONLY = re.compile(r"^(?:(?:early|late|mid|the end of|the start of)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                        rf"(?:(?:{MONTH}|{SEASON})\s+)?{YEAR}$", re.I)
_PAST = ("came", "was", "were", "happened", "had", "did")

# A period as a side: "2015", "2016/17", "April 2016", "summer 2019", "Q2 2021".
_PERIOD = (rf"(?:(?:{MONTH}|{SEASON}|Q[1-4])\s+)?{YEAR}(?:\s*[/–-]\s*(?:\d{{2}}|{YEAR}))?")
_PERIOD_RE = re.compile(rf"^{_PERIOD}$", re.I)
# "in 2015 and in 2019", "in 2015 and 2019", "for 2016/17 and 2021/22"
_TWO_PERIODS = re.compile(rf"\b(?P<prep>in|for|during|at the end of)\s+(?P<a>{_PERIOD})\s*,?\s+and\s+"
                          rf"(?:(?P=prep)\s+)?(?P<b>{_PERIOD})\b", re.I)
# "between April 2016 and April 2018", "from 2016/17 to 2021/22"
_SPAN = re.compile(rf"\b(?:between\s+(?P<a>{_PERIOD})\s+and\s+(?P<b>{_PERIOD})|from\s+(?P<c>{_PERIOD})\s+"
                   rf"(?:to|until)\s+(?P<d>{_PERIOD}))\b", re.I)
# Words that ask how something changed: over a span, each end is a part; without them a span is a range ("How many
# searches between April and June?" asks for the total over it).
_CHANGE = re.compile(r"\b(?:chang\w*|differ\w*|compar\w*|ris(?:e|en|es|ing)|rose|f[ae]ll(?:en|s|ing)?|go(?:ne)?\s+"
                     r"(?:up|down)|went\s+(?:up|down)|increas\w*|decreas\w*|gr[eo]w\w*|drop\w*|declin\w*|"
                     r"progress\w*|mov(?:e|ed)|shift\w*)\b", re.I)

# Coordinated questions. A wh-phrase: "who", "when", "how often", "in how many waves", "to what level", "which
# committee", "by whom".
_AUX = ("is was are were did does do has have had will would can could should shall may might must 's").split()
_PREP = ("in on at by for from to with of since until after before during within about under over").split()
_WH = ("who whom whose what when where which why how").split()
_WH_RE = re.compile(rf"^(?:(?:{'|'.join(_PREP)})\s+)?(?:{'|'.join(_WH)})\b", re.I)
# "Who signed A and who signed B?", "…, and in how many waves?", "…, and by whom?"
_AND_WH = re.compile(rf"\s*,?\s+and\s+(?=(?:(?:{'|'.join(_PREP)})\s+)?(?:{'|'.join(_WH)})\b)", re.I)
# "When and where is the forum held?"
_WH_AND_WH = re.compile(rf"^(?P<a>(?:{'|'.join(_WH)})(?: often| long| much| many)?)\s*,?\s+and\s+"
                        rf"(?P<b>(?:{'|'.join(_WH)})(?: often| long| much| many)?)\s+(?P<frame>.+)$", re.I)
# A second question that refers back ("and what is her role?", "who held the post then?") is not asked alone: its
# subject is the first one's answer.
_ANAPHOR = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their|theirs|it|its|this|these|those|the same|"
                      r"the latter|the former|the (?:post|role|job|position|office))\b", re.I)
# Words that ask "how much money" rather than "how many things" of a changing quantity.
_MONEY = re.compile(r"\b(?:spend\w*|spent|cost\w*|budget\w*|fund\w*|price\w*|value|worth|expenditure|income|"
                    r"grant\w*|pay|salar\w*)\b", re.I)


def split_question(question: str) -> Parts | None:
    """The parts of a question about two things, or None for a question about one."""
    q = question.strip()
    if leans_back(q):
        return None  # "Who was X in 2013, and who held the post in 2017?": the parts are not separate questions
    return split_comparison(q) or _difference(q) or _coordinated(q) or _two_periods(q)


def leans_back(question: str) -> bool:
    """Whether a second question, joined by "and", refers back to the first one's answer ("…, and what is her
    role?"): then the two are asked as one."""
    return any(_ANAPHOR.search(question[m.end():]) for m in _AND_WH.finditer(question.rstrip("?")))


# --- comparisons ----------------------------------------------------------------------------------------------

def split_comparison(question: str) -> Parts | None:
    """The comparison a question asks for ("Which came first, A or B?"), or None for any other question."""
    q = question.strip()
    if m := _WHICH.match(q):
        word = m.group("word").lower()
        kind = ("earlier" if word in _EARLIER else "later" if word in _LATER
                else "bigger" if word in _BIGGER else "smaller")
        measure = m.group("measure").strip().lower()
        if kind in ("bigger", "smaller") and measure and measure not in ("worth", "paid", "spent", "funded"):
            return None  # "Which is more important: A or B?" is not a comparison of values
        return _comparison(kind, m.group("a"), m.group("b"), m.group("verb"),
                           measure=measure or (m.group("verb").lower() if m.group("verb").lower().startswith("cost")
                                               else ""))
    if m := _THERE.match(q):  # "Were there more A than B?": compare the counts
        kind = "bigger" if m.group("word").lower() == "more" else "smaller"
        return _comparison(kind, f"the number of {_side(m.group('a'))}", f"the number of {_side(m.group('b'))}",
                           m.group("verb"), yes_no=True)
    if m := _THAN.match(q):
        if m.group("word").lower() in ("more", "less") and _NOT_A_THING.match(_side(m.group("b"))):
            return None  # "Is crime less than last year?", "Is the fund more than £5m?": one thing, asked about
        kind = {"earlier": "earlier", "older": "earlier", "later": "later", "newer": "later",
                "smaller": "smaller", "lower": "smaller", "less": "smaller"}.get(m.group("word").lower(), "bigger")
        # "Is A more or less than B?" asks which, not yes or no
        return _comparison(kind, m.group("a"), m.group("b"), m.group("verb"), yes_no=not m.group("either"))
    if m := _BEFORE.match(q):
        if _DATE_ONLY.match(_side(m.group("b"))):
            return None  # "Did he start before March 2019?" has one thing to date: an ordinary question
        kind = "earlier" if m.group("word").lower() == "before" else "later"
        action = (m.group("action") or "").lower()
        return _comparison(kind, m.group("a"), m.group("b"), m.group("verb"), yes_no=True,
                           action="" if action in ("come", "happen", "take") else action)
    if m := _HOW_COMPARE.match(q):
        return _comparison("compare", m.group("a"), m.group("b"), "did" if q.lower().startswith("how did") else "")
    return None


def _comparison(kind: str, a: str, b: str, verb: str, yes_no: bool = False, action: str = "",
                measure: str = "") -> Parts | None:
    """The Parts of two compared sides as the question writes them; None when one side is empty. `action` is the
    question's own verb for the first side ("agreed" in "Was the MoU agreed before …"), `measure` its word for
    the value compared ("worth" in "Which is worth more").
    """
    sides = (_side(a), _side(b))
    if not all(sides):
        return None
    past = verb.lower() in _PAST
    questions = (_question_for(kind, sides[0], action, measure, past), _question_for(kind, sides[1], "", measure,
                                                                                    past))
    return Parts(kind, sides, questions, past, yes_no)


# A side with a verb of its own ("the Mayor announced the VRU", "the final Plan was published"), not a noun phrase.
CLAUSE = re.compile(r"\b(?:was|were|is|are|been)\b|\b\w{3,}ed\b", re.I)


def _side(text: str) -> str:
    return text.strip(" ,;:.?\"'“”‘’")


def _question_for(kind: str, side: str, action: str = "", measure: str = "", past: bool = True) -> str:
    """The question that finds one side's value: a date for which-came-first, an amount or count otherwise."""
    if kind in ("earlier", "later"):
        passive = re.match(r"(.+?)\s+(was|were|is|are)\s+(.+)", side, re.I)
        if passive:  # "the final Plan was published" -> "When was the final Plan published?"
            return f"When {passive.group(2).lower()} {passive.group(1)} {passive.group(3)}?"
        action = action or ("written" if _LETTER.search(side) else "")
        return f"When was {side}{' ' + action if action else ''}?"
    counted = re.match(r"(?:the )?number of (.+)", side, re.I)
    if counted:
        return f"How many {counted.group(1)} are there?"
    if measure.startswith("cost"):  # "Which cost more, A or B?" -> "How much did A cost?"
        return f"How much did {side} cost?"
    if measure:  # "Which is worth more, A or B?" -> "How much is A worth?"
        return f"How much {'was' if past else 'is'} {side} {measure}?"
    return f"How much was {side}?"


# --- how much more --------------------------------------------------------------------------------------------

# "How much more did A cost than B?", "How much more is A worth than B?", "How many more A were there in 2019 than
# in 2015?"
_MORE = re.compile(r"^how (?P<much>much|many) (?P<word>more|less|fewer) (?P<rest>.+?)\s+than\s+(?P<b>.+?)\s*\??$",
                   re.I)


def _difference(q: str) -> Parts | None:
    m = _MORE.match(q)
    if not m:
        return None
    much, rest, b = m.group("much").lower(), m.group("rest"), _side(m.group("b"))
    period_b = re.sub(r"^(?:in|for|during)\s+", "", b, flags=re.I)
    if _PERIOD_RE.match(period_b):  # "How many more A were there in 2019 than in 2015?": the same question twice
        found = list(re.finditer(_PERIOD, rest, re.I))
        if not found:
            return None
        a = found[-1].group(0)
        first = f"How {much} {rest}?"
        second = f"How {much} {rest[:found[-1].start()]}{period_b}{rest[found[-1].end():]}?"
        return Parts("difference", (a, period_b), (first, second), past=True)
    # "did A cost" / "is A worth": the auxiliary, the thing, its last word the measure
    words = rest.split()
    if len(words) < 3 or words[0].lower() not in _AUX:
        if much == "many":  # "How many more officers than staff?": compare the counts
            return Parts("difference", (f"the number of {rest}", f"the number of {b}"),
                         (f"How many {rest} are there?", f"How many {b} are there?"))
        return None
    aux, thing, measure = words[0].lower(), " ".join(words[1:-1]), words[-1]
    past = aux in _PAST
    return Parts("difference", (thing, b), (f"How {much} {aux} {thing} {measure}?", f"How {much} {aux} {b} {measure}?"),
                 past=past)


# --- coordinated questions ------------------------------------------------------------------------------------

def _wh_phrase(text: str) -> tuple[str, str] | None:
    """(the wh-phrase a question opens with, the rest): "in how many waves" / "", "who" / "signed the letter",
    "how long" / "for body-worn video …", "which committee" / "is the report for"; None if it opens otherwise."""
    m = _WH_RE.match(text)
    if not m:
        return None
    words = text.split()
    n = len(m.group(0).split())
    wh = words[n - 1].lower()
    # "how often", "how many waves", "what level", "which committee": the words the wh-word governs.
    limit = {"how": 3, "what": 2, "which": 2, "whose": 2}.get(wh, 0)
    if wh in ("what", "which", "whose"):
        # "which police force is …" (up to the auxiliary), "what level" (all), "which partners took part" (one
        # noun: a verb is not told from a noun without one)
        following = [w.lower().strip(",?") for w in words[n:n + limit + 1]]
        aux = next((i for i, w in enumerate(following) if w in _AUX), None)
        limit = aux if aux is not None else (len(following) if len(following) <= limit else 1)
    taken = 0
    while taken < limit and n < len(words):
        word = words[n].lower().strip(",?")
        if word in _AUX or word in _PREP or word.endswith("ed") or (wh == "how" and taken == 0 and word not in (
                "often", "long", "much", "many", "far", "soon", "big", "large", "old", "frequently")):
            break
        n, taken = n + 1, taken + 1
    return " ".join(words[:n]), " ".join(words[n:])


def _ask(text: str) -> str:
    text = text.strip().rstrip("?").strip(" ,;")
    return text[:1].upper() + text[1:] + "?"


def _coordinated(q: str) -> Parts | None:
    body = q.rstrip("?").strip()
    if m := _WH_AND_WH.match(body):  # "When and where is the forum held?"
        frame = m.group("frame")
        return Parts("parts", (m.group("a").lower(), m.group("b").lower()),
                     (_ask(f"{m.group('a')} {frame}"), _ask(f"{m.group('b')} {frame}")))
    if not _WH_RE.match(body) and body.split()[0].lower() not in _AUX:
        return None
    for m in _AND_WH.finditer(body):
        first, second = body[:m.start()], body[m.end():]
        parsed_first, parsed_second = _wh_phrase(first), _wh_phrase(second)
        if parsed_second is None or not first.strip():
            continue
        wh2, rest2 = parsed_second
        frame1 = parsed_first[1] if parsed_first else ""
        if parsed_first and not frame1 and rest2:  # "Which boroughs and which partners took part?": one frame
            return Parts("parts", (parsed_first[0], wh2), (_ask(f"{parsed_first[0]} {rest2}"), _ask(f"{wh2} {rest2}")))
        if not rest2:  # "…, and when?", "…, and in how many waves?": the first question's frame, asked again
            question2 = _borrow_frame(wh2, frame1)
        elif rest2.split()[0].lower() in _PREP:  # "…, and how long for body-worn video?": the frame's complement
            question2 = _replace_complement(wh2, frame1, rest2)
        else:
            question2 = f"{wh2} {rest2}"
        if question2 is None:
            return None
        return Parts("parts", (_ask(first), _ask(question2)), (_ask(first), _ask(question2)))
    return None


def _borrow_frame(wh: str, frame: str) -> str | None:
    """"in how many waves" + "did the roll-out begin" -> "in how many waves did the roll-out begin"; a subject
    question's frame ("signed the decision") becomes passive ("when was the decision signed")."""
    if not frame:
        return None
    words = frame.split()
    if words[0].lower() in _AUX:
        # "Which committee is the report for, and when?": the first wh-word's stranded preposition goes.
        if words[-1].lower() in _PREP:
            words = words[:-1]
        return f"{wh} {' '.join(words)}"
    if words[0].lower().endswith("ed") and len(words) > 1:  # "who signed the decision" -> "when was … signed"
        return f"{wh} was {' '.join(words[1:])} {words[0]}"
    return None


def _replace_complement(wh: str, frame: str, complement: str) -> str | None:
    """"how long" + "is footage kept for the town centre CCTV" + "for body-worn video" -> "how long is footage
    kept for body-worn video"."""
    if not frame or frame.split()[0].lower() not in _AUX:
        return None
    prep = complement.split()[0].lower()
    found = list(re.finditer(rf"\b{prep}\b", frame, re.I))
    kept = frame[:found[-1].start()].rstrip() if found else frame
    return f"{wh} {kept} {complement}"


# --- periods --------------------------------------------------------------------------------------------------

def _two_periods(q: str) -> Parts | None:
    """"How many A in 2015 and in 2019?" (kind periods) and "How did A change between 2015 and 2019?" (change)."""
    body = q.rstrip("?").strip()
    m = _SPAN.search(body)
    if m and _CHANGE.search(body):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        head, tail = body[:m.start()].rstrip(), body[m.end():].rstrip()
        subject = _changing(head)
        if subject:  # "How much has hate crime risen" -> "How many hate crime were there in 2016/17?"
            ask = "How much" if _MONEY.search(subject) else "How many"
            verb = "was" if ask == "How much" else "were"
            questions = tuple(_ask(f"{ask} {subject} {verb} there in {p}{tail}") for p in (a, b))
        else:
            questions = tuple(_ask(f"{head} in {p}{tail}") for p in (a, b))
        return Parts("change", (a, b), questions, past=True)
    m = _TWO_PERIODS.search(body)
    if m:
        a, b = m.group("a"), m.group("b")
        head, tail = body[:m.start()].rstrip(), body[m.end():].rstrip()
        prep = m.group("prep")
        kind = "change" if _CHANGE.search(body) else "periods"
        return Parts(kind, (a, b), (_ask(f"{head} {prep} {a}{tail}"), _ask(f"{head} {prep} {b}{tail}")), past=True)
    return None


# "How much has hate crime risen", "How did the number of searches change", "By how much did spending fall"
_CHANGING = re.compile(r"^(?:by\s+)?how\s+(?:much|far|many)?\s*(?:did|has|have|had|does|do)\s+(?P<x>.+?)\s+"
                       r"(?:gone\s+(?:up|down)|go\s+(?:up|down)|\w+)(?:\s+by)?$", re.I)


def _changing(head: str) -> str | None:
    """The quantity that changes, in a change question's opening: "How much has hate crime risen" -> "hate crime",
    "How did the number of searches change" -> "searches"; None when no quantity is asked ("How did devolution
    progress": each part is the question itself, in one period)."""
    m = _CHANGING.match(head)
    if not m or not _CHANGE.search(head[m.end("x"):]):
        return None
    counted = re.match(r"the (?:number|amount|level|total|rate) of\s+(.+)", m.group("x"), re.I)
    if counted:
        return counted.group(1)
    return m.group("x") if re.match(r"(?:by\s+)?how\s+(?:much|many|far)\b", head, re.I) else None
