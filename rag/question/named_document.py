"""Which document a question names by what it is: "the CCTV decision", "the hate crime briefing note", "the FOI
reply on body-worn video", "the letter to the monitoring group".

A question names a document with a noun phrase whose head is a word for a kind of document (letter, decision,
report, minutes, ...) or an acronym, with words before it ("the hate crime briefing note") or after it ("the letter
to the monitoring group"). Its words are matched against each document's identity (title, kind, recipient,
committee, organisation, reference, headings) and, more weakly, its body; words the collection seldom uses weigh
more. The phrase names a document when one matches clearly better than the rest; when none matches enough, the
question names a document the collection does not hold.
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from rag.index.lexical import tokenize
from rag.question.glossary import Glossary
from rag.types import DocumentMeta

# Words for kinds of document, singular; "letter" stands for a reply or response, and they for it.
KIND_NOUNS = ("letter", "reply", "response", "decision", "record", "report", "briefing", "note", "paper", "minutes",
              "consultation", "summary", "plan", "notice", "request", "page", "story", "release", "memo", "memorandum",
              "submission", "statement", "agenda", "review", "document", "correspondence", "email", "e-mail",
              "article", "news", "press", "web", "website")
_KIND = rf"(?:{'|'.join(KIND_NOUNS)})"
_KIND_STEMS = frozenset(tokenize(" ".join(KIND_NOUNS)))
_ACRONYM = r"[A-Z]{2,7}s?"
_LINKS = frozenset(tokenize("about on to for from regarding concerning of into between and the"))
KIND_BONUS = 0.1  # a document of the kind named ("decision", "letter") edges out others that match as well
_WORD = r"(?!(?:the|a|an|this|that|to|on|about|for|from|regarding|concerning|in|at|by|with|and|who|when|what)\b)" \
        r"[\w'’-]+"
# "the [hate crime briefing] note [on ...]": up to five words before the head, "of" and "and" allowed among them.
_PHRASE = re.compile(
    rf"\b(?:the|this|that|our|their|its)\s+(?P<before>(?:(?:{_WORD}|of|and)\s+){{0,5}}?)"
    rf"(?P<head>(?i:{_KIND})|[A-Z]{{2,7}}(?=\s*[?.!]?\s*$))\b"
    rf"(?P<after>(?:\s+(?:about|on|to|for|from|regarding|concerning|of|into)(?:\s+the)?"
    rf"(?:\s+{_WORD}(?:\s+(?:and|of)(?=\s+[A-Z]))?){{1,6}})*)",
)
_TAIL_STOP = re.compile(r"(?i)\s+(?:and(?!\s+[A-Z])|in|was|is|were|did|does|when|who|that|which|published|sent|signed|"
                        r"written|dated|issued|made|agreed|say|says|said)\b.*$")
_SAME_KIND = {k: frozenset(tokenize(v)) for k, v in (("letter", "reply response"), ("repli", "letter response"),
              ("respons", "letter reply"), ("brief", "note paper"), ("note", "briefing"), ("memo", "memorandum"),
              ("page", "news web"), ("news", "page story article"))}
MIN_SHARE = 0.6  # of the phrase's weight a document must match to be the one named
MARGIN = 0.15  # over the next document's share


class Description(NamedTuple):
    """How a question describes a document: the phrase, its head noun and the stems to match."""

    text: str
    head: str
    stems: frozenset[str]  # the topic's stems: the kind words ("letter", "briefing note") left out
    kinds: frozenset[str]


def describe(question: str) -> Description | None:
    """The document-naming phrase of a question ("the CCTV decision" -> stems {cctv, decision}), or None."""
    best: Description | None = None
    for m in _PHRASE.finditer(question):
        head = m.group("head")
        after = _TAIL_STOP.sub("", m.group("after") or "").rstrip(" ?.!,")
        before = m.group("before").strip()
        if head.isupper() and len(head) > 1:
            if not before or after:
                continue  # "the body worn video FOI" may name a kind by its acronym; "the VRU" names a body
        elif not before and not after or head[0].isupper():
            continue  # "the letter" alone is any letter; "the Police and Crime Plan" is a name, not a kind
        text = " ".join(" ".join(x for x in (before, head, after) if x).split())
        stems = frozenset(tokenize(text)) - _LINKS
        topic = stems - _KIND_STEMS
        if topic and (best is None or len(topic) > len(best.stems)):
            best = Description(text, head, topic, stems & _KIND_STEMS)
    return best


class DocumentResolver:
    """Documents' identities and body words, worked out once (lazily), to resolve descriptions to documents."""

    def __init__(self, documents: Mapping[str, DocumentMeta],
                 passages: Callable[[str], Iterable[tuple[str, str]]] | None = None,
                 expand: Callable[[str], str | None] | None = None,
                 glossary: Callable[[], Glossary | None] | None = None,
                 body_postings: Callable[[str], set[str]] | None = None):
        """passages(doc_id) -> (heading, text) of each passage; expand(acronym) -> the phrase it stands for;
        glossary() -> the glossary whose meanings stand in for a staff word ("the shoplifting briefing" is the one
        on "shop theft"); body_postings(stem) -> the documents whose passages use the stem, read from the lexical
        index so the passages need not be tokenized again (4 s on 20,000 letters; without it they are)."""
        self._documents = documents
        self._passages = passages
        self._body_postings = body_postings
        self._expand = expand
        self._glossary = glossary
        self._identity: dict[str, set[str]] | None = None
        # stem -> the documents whose identity (or whose identity or body) holds it: a description is matched
        # against postings, so its cost grows with the documents that share its words, not with the collection.
        self._in_identity: dict[str, set[str]] = {}
        self._in_body: dict[str, set[str]] = {}

    def prepare(self) -> None:
        """Work out the documents' identities (once; the first description would otherwise). Built aside and put in
        place at the end, so a question asked meanwhile in another thread never reads half of them."""
        if self._identity is not None:
            return
        identities: dict[str, set[str]] = {}
        in_identity: dict[str, set[str]] = {}
        in_body: dict[str, set[str]] = {}
        passages = self._passages or (lambda doc_id: ())
        heading_stems: dict[str, list[str]] = {}  # a heading shared by many passages and documents, tokenized once
        for doc_id, meta in self._documents.items():
            parts = [meta.title, meta.doc_type, meta.recipient, meta.committee, meta.organisation, meta.reference]
            identity = set(tokenize(" ".join(p for p in parts if p)))
            for heading in dict.fromkeys(heading for heading, _ in passages(doc_id)):
                if heading not in heading_stems:
                    heading_stems[heading] = tokenize(heading)
                identity.update(heading_stems[heading])
            for word in identity & _KIND_STEMS:
                identity |= _SAME_KIND.get(word, set())
            identities[doc_id] = identity
            for stem in identity:
                in_identity.setdefault(stem, set()).add(doc_id)
            if self._body_postings is None:
                body = set(identity)
                for _, text in passages(doc_id):
                    body.update(tokenize(text))
                for stem in body:
                    in_body.setdefault(stem, set()).add(doc_id)
        self._in_identity, self._in_body = in_identity, in_body
        self._identity = identities

    def _body(self, stem: str) -> set[str]:
        """The documents whose identity or passages hold the stem."""
        if self._body_postings is None:
            return self._in_body.get(stem, set())
        if stem not in self._in_body:
            self._in_body[stem] = self._body_postings(stem) | self._in_identity.get(stem, set())
        return self._in_body[stem]

    def _weight(self, stem: str) -> float:
        n = max(len(self._documents), 1)
        return math.log(1 + n / (1 + len(self._body(stem))))

    def _holding(self, alternatives: set[str], postings: Callable[[str], set[str]]) -> set[str]:
        """The documents holding every stem of at least one alternative (an alternative without stems, say an
        expansion of stopwords only, is held by every document)."""
        found: set[str] = set()
        for alternative in alternatives:
            stems = alternative.split()
            if not stems:
                return set(self._documents)
            docs = set(postings(stems[0]))
            for stem in stems[1:]:
                docs &= postings(stem)
            found |= docs
        return found

    def _named(self, stem: str) -> set[str]:
        return self._in_identity.get(stem, set())

    def scores(self, description: Description, top: int = 2) -> list[tuple[float, str]]:
        """(share of the description's weight a document matches, doc_id) of the `top` best documents, best first,
        among those that match any of it or are of the kind it names; a document not listed scores 0 or less."""
        self.prepare()
        assert self._identity is not None
        # Each wanted word is a set of alternatives, an alternative being one stem or the stems of a phrase.
        wanted: list[set[str]] = [{s} for s in description.stems]
        if self._expand is not None:  # "FOI": its own letters or the words it stands for
            for word in re.findall(_ACRONYM, description.text):
                expansion = self._expand(word)
                stem = next(iter(tokenize(word)), "")
                if expansion and {stem} in wanted:
                    wanted[wanted.index({stem})] = {stem, " ".join(tokenize(expansion))}
        glossary = self._glossary() if self._glossary is not None else None
        for phrase, meanings in glossary.phrases_in(description.text) if glossary is not None else []:
            own = [w for w in wanted if len(w) == 1 and next(iter(w)) in phrase]
            if own and len(own) == len(phrase):  # the phrase's words, or any of its meanings' words
                wanted = [w for w in wanted if w not in own]
                wanted.append({" ".join(sorted(phrase)), *(" ".join(sorted(m)) for m in meanings if m)})
        total = 0.0
        found: dict[str, float] = {}
        for alternatives in wanted:
            weight = max(self._weight(s) for a in alternatives for s in a.split())
            total += weight
            named = self._holding(alternatives, self._named)
            for doc_id in named:
                found[doc_id] = found.get(doc_id, 0.0) + weight
            for doc_id in self._holding(alternatives, self._body) - named:
                found[doc_id] = found.get(doc_id, 0.0) + weight / 2
        if total <= 0:
            return []
        of_kind: set[str] = set().union(*(self._named(kind) for kind in description.kinds))
        for doc_id in of_kind:
            found.setdefault(doc_id, 0.0)
        # Only the best two are ever read (the match and its margin): no sort of every matching document.
        return heapq.nlargest(top, ((share / total + (KIND_BONUS if doc_id in of_kind else 0.0), doc_id)
                                    for doc_id, share in found.items()))

    def resolve(self, question: str) -> tuple[Description | None, list[str]]:
        """(the description, [the document it names]) or (description, []) when no document matches it well
        enough, or several do; (None, []) when the question names no document by what it is."""
        description = describe(question)
        if description is None:
            return None, []
        ranked = self.scores(description)
        if description.head.isupper():
            # An acronym stands for a kind of document only when the document it points to calls itself by the
            # acronym's words ("FOI" for a "Freedom of Information Request"); else it is a body or a thing.
            expansion = self._expand(description.head) if self._expand else None
            words = set(tokenize(expansion or ""))
            if not ranked or not words or not words <= self._identity[ranked[0][1]]:
                return None, []
        if not ranked or ranked[0][0] < MIN_SHARE:
            return description, []
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        if ranked[0][0] - runner_up < MARGIN:
            return description, []
        return description, [ranked[0][1]]

    def unmatched(self, description: Description) -> bool:
        """Whether no document matches the description even roughly: the collection doesn't hold it."""
        if description.head.isupper():
            return False  # an acronym may name a body rather than a kind of document: not evidence of absence
        ranked = self.scores(description)
        return not ranked or ranked[0][0] < MIN_SHARE / 2
