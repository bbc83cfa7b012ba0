"""Acronyms a document defines ("Mayor's Office for Policing And Crime (MOPAC)"), to spell out where it uses them;
and whether a text spells out an acronym it never defines ("night-time economy" for NTE)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rag.lexicon import FUNCTION_WORDS

_DEFINED = re.compile(r"((?:[\w'’&-]+\s+){1,12}?)\(([A-Z][A-Za-z]{1,7}?)s?\)")


def _expansion(words: list[str], acronym: str) -> str | None:
    """The longest tail of `words` whose capitalised words' initials spell the acronym."""
    for start in range(len(words)):
        tail = words[start:]
        if not tail[0][:1].isupper():
            continue
        parts = [part for w in tail for part in w.split("-")]  # "Anti-Social Behaviour (ASB)"
        initials = "".join(p[0] for p in parts if p[:1].isupper()).upper()
        if initials in (acronym.upper(), acronym.upper().removesuffix("S")):
            return " ".join(tail)
    # Written in lower case ("body-worn video (BWV)"): every word of the shortest tail gives one initial.
    wanted = acronym.upper().removesuffix("S") if acronym.endswith("s") else acronym.upper()
    parts = [part for w in words for part in w.split("-") if part[:1].isalpha()]
    tail = parts[-len(wanted):] if len(parts) >= len(wanted) else []
    if tail and "".join(p[0] for p in tail).upper() == wanted and len(wanted) >= 3:
        return " ".join(w for w in words[-len(tail):]) if all("-" not in w for w in words[-len(tail):]) else \
            _hyphen_tail(words, len(tail))
    return None


def _hyphen_tail(words: list[str], parts_wanted: int) -> str:
    """The last words of `words` holding `parts_wanted` hyphen-separated parts ("body-worn video" is 3 parts)."""
    count, start = 0, len(words)
    while start > 0 and count < parts_wanted:
        start -= 1
        count += len([p for p in words[start].split("-") if p[:1].isalpha()])
    return " ".join(words[start:])


def defined_acronyms(text: str) -> dict[str, str]:
    """{acronym: expansion} for every "Full Name (ACRONYM)" whose capitals spell the acronym; first wins."""
    found: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        acronym = m.group(2)
        if acronym in found:
            continue
        expansion = _expansion(m.group(1).split(), acronym)
        if expansion:
            found[acronym] = expansion
    return found


def acronym_key(acronym: str) -> str:
    """One spelling per acronym for lookups: upper case, a plural "s" dropped ("JEMs" and "JEMS" -> "JEM")."""
    return acronym.upper().removesuffix("S") if len(acronym) > 2 else acronym.upper()


def glossary(text: str, acronyms: dict[str, str]) -> str:
    """ "MOPAC: Mayor's Office for Policing And Crime." for each defined acronym the text uses but doesn't spell out."""
    notes = [f"{acronym}: {name}." for acronym, name in acronyms.items()
             if re.search(rf"\b{re.escape(acronym)}s?\b", text) and name.lower() not in text.lower()]
    return " ".join(notes)


# A run of capitalised words on one line, with the small words names keep inside them ("Freedom of Information").
_CONNECTORS = ("of", "and", "for", "the", "on", "in", "to", "&")
_CAPITALISED = r"[A-Z][\w'’]*(?:-[\w'’]+)*"
_PHRASE = re.compile(rf"\b{_CAPITALISED}(?:[ \t]+(?:(?:{'|'.join(_CONNECTORS)})[ \t]+){{0,2}}{_CAPITALISED})+")
MAX_PHRASE_WORDS = 8


def _initials_variants(words: list[str]) -> set[str]:
    """The initials a phrase may be shortened to: every capitalised word (and each part of a hyphenated one)
    gives its initial, each small word may or may not ("Mayor's Office for Policing and Crime" -> "MOPAC",
    "MOFPAC", ...)."""
    variants = {""}
    for word in words:
        if word.lower() in _CONNECTORS:
            variants |= {v + word[0].upper() for v in variants if word != "&"}
        else:
            parts = [p for p in word.split("-") if p[:1].isalpha()]
            variants = {v + "".join(p[0].upper() for p in parts) for v in variants}
    return variants


def phrase_acronyms(text: str, counts: dict[str, dict[str, int]] | None = None) -> dict[str, dict[str, int]]:
    """{initials: {phrase: times seen}} for the capitalised phrases of `text` (two capitalised words or more, any
    stretch of a longer run) whose initials make three letters or more: what an acronym a question uses may stand
    for when no document defines it ("FOI" where the letters write "Freedom of Information")."""
    counts = {} if counts is None else counts
    for m in _PHRASE.finditer(text):
        words = m.group().split()[:24]
        for start in range(len(words)):
            if words[start].lower() in _CONNECTORS:
                continue
            for end in range(start + 2, min(len(words), start + MAX_PHRASE_WORDS) + 1):
                if words[end - 1].lower() in _CONNECTORS:
                    continue
                phrase = words[start:end]
                if sum(w.lower() not in _CONNECTORS for w in phrase) < 2:
                    continue
                name = " ".join(phrase)
                for initials in _initials_variants(phrase):
                    if len(initials) >= 3:
                        seen = counts.setdefault(initials, {})
                        seen[name] = seen.get(name, 0) + 1
    return counts


def collection_phrase_acronyms(texts: Iterable[str]) -> dict[str, dict[str, int]]:
    """phrase_acronyms over every text of a collection, counted together."""
    counts: dict[str, dict[str, int]] = {}
    for text in texts:
        phrase_acronyms(text, counts)
    return counts


def likeliest_expansion(acronym: str, counts: dict[str, dict[str, int]]) -> str | None:
    """The phrase seen most often whose initials spell `acronym` (a plural "s" allowed), or None."""
    seen = counts.get(acronym.upper()) or counts.get(acronym_key(acronym)) or {}
    return max(seen, key=lambda name: (seen[name], -len(name))) if seen else None


# Staff write "SNA" and "RHIs" for what the documents only spell out, in lower case ("strategic needs assessment",
# "return home interviews"). Three or more letters, one content word per letter, consecutive: a run of everyday
# words with two given initials is common, with three or more it is rare.
MIN_LOOSE_LETTERS = 3


def spells_loosely(acronym: str, text: str) -> bool:
    """Whether the text spells the acronym (of MIN_LOOSE_LETTERS letters or more) as consecutive words in any case,
    one word per letter and none of them a connector: "strategic needs assessment" for SNA. See spells() for the
    stricter test that also takes capitalised phrases with connectors and the acronym as a word."""
    letters = acronym[:-1] if len(acronym) > 2 and acronym.endswith("s") else acronym
    letters = letters.upper()
    if len(letters) < MIN_LOOSE_LETTERS or not letters.isalpha():
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    initials = "".join("." if w.lower() in _CONNECTORS or w.lower() in FUNCTION_WORDS else w[0].upper() for w in words)
    return letters in initials


def spells(acronym: str, text: str, loosely: bool = False) -> bool:
    """Whether the text writes the acronym or spells it out: as a word of its own (also inside a reference,
    "ICV/KM/AR/2025"), or as the initials of consecutive words, "of", "and", "for" … giving their letter or skipped
    ("Independent Custody Visiting Scheme" spells ICV, "Memorandum of Understanding" MOU, "Mayor's Office for
    Policing and Crime" MOPAC). Lower-case words spell it only in a phrase with a hyphenated word ("night-time
    economy" for NTE, "anti-social behaviour" for ASB): any run of everyday words has some initials. With
    `loosely`, also as spells_loosely() allows ("strategic needs assessment" for SNA)."""
    if loosely and spells_loosely(acronym, text):
        return True
    letters = acronym[:-1] if len(acronym) > 2 and acronym.endswith("s") else acronym  # "ICVs" is ICV
    letters = letters.upper()
    words = [(m.group(), m.group(1) is not None) for m in re.finditer(r"[A-Za-z][A-Za-z'’]*(-)?|&", text)]
    if any(w.upper() == letters or (w.endswith("s") and w[:-1].upper() == letters) for w, _ in words):
        return True
    if len(letters) < 2:
        return False
    # Walk every start with the states (word, letters matched, used a lower-case word, used a hyphenated one);
    # each step takes one word, so the work is bounded by the words times the acronym's length.
    for start, (first, hyphenated) in enumerate(words):
        if first[0].upper() != letters[0] or first.lower() in _CONNECTORS:
            continue
        states = {(start + 1, 1, first[0].islower(), hyphenated)}
        for _ in range(len(letters) + 4):  # a few connectors may be skipped on the way
            done = {(lower, hyphen) for i, at, lower, hyphen in states if at == len(letters)}
            if any(not lower or hyphen for lower, hyphen in done):
                return True
            following = set()
            for i, at, lower, hyphen in states:
                if at == len(letters) or i >= len(words):
                    continue
                word, joined = words[i]
                if word[0].upper() == letters[at]:
                    content = word.lower() not in _CONNECTORS
                    following.add((i + 1, at + 1, lower or (content and word[0].islower()), hyphen or joined))
                if word.lower() in _CONNECTORS:
                    following.add((i + 1, at, lower, hyphen))
            if not following:
                break
            states = following
        if any(at == len(letters) and (not lower or hyphen) for _, at, lower, hyphen in states):
            return True
    return False
