"""A list item gives a value only for what tells it apart from the other items of its list.

"Violent crime was recorded accurately in 86.1 per cent of cases" and "Sexual offences were recorded more accurately,
at 92.7 per cent" are items of one list: "recorded accurately" is what they share, "violent crime" and "sexual
offences" are what each is about. A question about the recording accuracy of anti-social behaviour shares the
common words with both and names neither item's own subject: neither figure answers it. Nothing here knows a
particular list: an item's own words are the words of its opening that no other item of its list and not its
lead-in use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from rag.index.lexical import tokenize
from rag.lexicon import FUNCTION_WORDS
from rag.types import Passage

# An item's subject is written at its start, before its figure: "Violent crime was recorded accurately in …".
OPENING_WORDS = 8
_FIGURE = re.compile(r"[£\d]")


def opening(text: str) -> str:
    """The start of an item up to its first figure, at most OPENING_WORDS words."""
    words = []
    for word in text.split()[:OPENING_WORDS]:
        if _FIGURE.match(word):
            break
        words.append(word)
    return " ".join(words)


_FUNCTION_STEMS = frozenset(s for w in FUNCTION_WORDS for s in tokenize(w))


def own_words(item: Passage, siblings: list[Passage], lead_in: Passage | None,
              cue_stems: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """The stems of an item's opening that no other item's opening and not the lead-in use (words that say nothing
    of what it is about, such as "has" or "which", left out)."""
    shared: set[str] = set(_FUNCTION_STEMS) | (set(tokenize(lead_in.text)) if lead_in is not None else set())
    for other in siblings:
        if other.chunk_id != item.chunk_id and other.paragraph != item.paragraph:
            shared |= set(tokenize(opening(other.text)))
    return {s for s in tokenize(opening(item.text)) if not s[0].isdigit()} - shared - set(cue_stems)


def names_item(question: str, item: Passage, siblings: list[Passage], lead_in: Passage | None,
               acronyms: Mapping[str, str] | None = None,
               stand_ins: Callable[[set[str]], set[str]] | None = None,
               cue_stems: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a question names what tells a list item apart from its siblings (True when nothing does, or when the
    item has no siblings). An acronym and its expansion, and a glossary phrase and its stand-ins, count as one."""
    if len({s.paragraph for s in siblings}) < 2:
        return True
    own = own_words(item, siblings, lead_in, cue_stems)
    if not own:
        return True
    from rag.answer.checks import _stems  # the equivalences the coverage check uses

    asked = _stems(question, acronyms or {}, stand_ins)
    for acronym, expansion in (acronyms or {}).items():
        short, full = set(tokenize(acronym)), set(tokenize(expansion))
        if short and short <= own or (full and full & own and full <= set(tokenize(opening(item.text)))):
            own |= short | full
    return bool(own & asked)


__all__ = ["OPENING_WORDS", "opening", "own_words", "names_item"]
