"""Acronyms a document defines ("Mayor's Office for Policing And Crime (MOPAC)"), to spell out where it uses them."""

from __future__ import annotations

import re

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
