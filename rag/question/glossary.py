"""Domain glossary: the everyday words staff use ("City Hall", "the health service") mapped to the letters' own."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from rag import settings
from rag.index.lexical import tokenize

DEFAULT_GLOSSARY = Path(__file__).with_name("glossary.txt")
GLOSSARY_ENV = "RAG_GLOSSARY"  # a path to another glossary file; an empty value turns the glossary off


class Term(NamedTuple):
    """One glossary line: the phrase a question may use and the letters' words for it."""

    phrase: str
    means: tuple[str, ...]


class GlossaryError(ValueError):
    """A glossary file line that can't be read."""


def parse(text: str, source: str = "glossary") -> list[Term]:
    """Terms from glossary text: `phrase = word | word`, one per line; blank lines and # comments skipped."""
    terms = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        phrase, sep, means = line.partition("=")
        words = tuple(w.strip() for w in means.split("|") if w.strip())
        if not sep or not phrase.strip() or not words:
            raise GlossaryError(f"{source}, line {number}: expected 'phrase = word | word', got {line!r}")
        terms.append(Term(phrase.strip(), words))
    return terms


class Glossary:
    """Finds glossary phrases in a question; adds their meanings for search, and counts them when scoring."""

    def __init__(self, terms: list[Term]):
        self.terms = terms
        # Longest phrase first, so "web questionnaire" wins over "questionnaire"; a plural "s" is allowed.
        ordered = sorted(terms, key=lambda t: -len(t.phrase))
        self._meaning = {t.phrase.lower(): t.means for t in ordered}
        self._pattern = (re.compile(r"(?i)(?<![\w-])(" + "|".join(re.escape(t.phrase) for t in ordered)
                                    + r")(?:s|es)?(?![\w-])") if terms else None)
        self._stems = {t.phrase.lower(): (frozenset(tokenize(t.phrase)), [frozenset(tokenize(m)) for m in t.means])
                       for t in terms}

    @classmethod
    def load(cls, path: str | Path | None = None) -> Glossary:
        """The glossary in `path`, else in $RAG_GLOSSARY (empty: none), else the one shipped with the package."""
        if path is None:
            path = settings.get(GLOSSARY_ENV)
            if path is None:
                path = DEFAULT_GLOSSARY
            if not str(path).strip():
                return cls([])
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise GlossaryError(f"cannot read glossary {path}: {exc}") from exc
        return cls(parse(text, str(path)))

    def expand(self, text: str) -> str:
        """`text` with each glossary phrase followed by its meanings in brackets, unless the text already uses them:
        "the health service" -> "the health service (NHS)"."""
        if self._pattern is None:
            return text
        def add(m: re.Match) -> str:
            missing = [w for w in self._meaning[m.group(1).lower()]
                       if not re.search(rf"(?i)(?<![\w-]){re.escape(w)}(?![\w-])", text)]
            return f"{m.group(0)} ({', '.join(missing)})" if missing else m.group(0)

        return self._pattern.sub(add, text)

    def phrases_in(self, text: str) -> list[tuple[frozenset[str], list[frozenset[str]]]]:
        """(stems of the phrase, [stems of each meaning]) for each glossary phrase the text uses."""
        if self._pattern is None:
            return []
        return [self._stems[m.group(1).lower()] for m in self._pattern.finditer(text)]

    def phrase_stems(self, question: str) -> frozenset[str]:
        """Stems of the glossary phrases the question uses ("Scotland Yard" -> {scotland, yard})."""
        return frozenset(s for phrase, _ in self.phrases_in(question) for s in phrase)

    def stand_ins(self, question: str) -> Callable[[set[str]], set[str]]:
        """For one question, a function from a sentence's stems to the stems of the question's glossary phrases
        they stand in for: a sentence with every stem of one meaning ("nhs") counts as sharing the phrase's words
        ("health", "servic"). The question is matched once, not once per sentence."""
        phrases = self.phrases_in(question)

        def stood_in_for(words: set[str]) -> set[str]:
            out: set[str] = set()
            for phrase_stems, meanings in phrases:
                if any(meaning and meaning <= words for meaning in meanings):
                    out |= phrase_stems
            return out

        return stood_in_for


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    """The glossary the package uses unless told otherwise (read once)."""
    return Glossary.load()
