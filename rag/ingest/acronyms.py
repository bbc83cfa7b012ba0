"""Acronyms a document defines ("Mayor's Office for Policing And Crime (MOPAC)"), to spell out where it uses them."""

from __future__ import annotations

import re

_DEFINED = re.compile(r"((?:[\w'’&-]+\s+){1,9}?)\(([A-Z][A-Za-z]{1,7}?)s?\)")


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
    return None


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
