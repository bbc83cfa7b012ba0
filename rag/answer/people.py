"""'Who is Sophie Linden?': the person's post, from the sentence that names them with it (a signature, a header, or
"Cllr Lib Peck (Lead Member for Crime and Public Protection")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from rag.answer.sentences import Sentence, passage_sentences
from rag.lexicon import YEAR
from rag.types import Passage

_TITLE = r"(?:(?:Cllr|Councillor|Ms|Mr|Mrs|Miss|Dr|Sir|Lord|Baroness|Dame|Ch\s+Supt|Supt|Commander)\.?\s+)"
_ASKS = re.compile(rf"^(?i:who\s+(?:is|was))\s+(?P<name>{_TITLE}?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}})\s*\??$")
# Ranks written before a post; a post found with a rank the question left out is another post.
_MODIFIERS = ("deputy", "assistant", "temporary", "acting", "interim", "vice")
POST_WORDS = (rf"(?i:(?:(?:{'|'.join(_MODIFIERS)})\s+)*(?:mayor|commissioner|director|chair(?:man|woman)?|head|lead|"
              r"member|clerk|chief|leader|secretary|minister|superintendent|officer|manager|advis[eo]r))\b")


def asked_person(question: str) -> str | None:
    """The name when the whole question is "Who is <Name>?" (two to four capitalised words); None otherwise."""
    m = _ASKS.match(question.strip())
    return re.sub(rf"^{_TITLE}", "", m.group("name")) if m else None


def _post_patterns(name: str, known: Iterable[str] = ()) -> list[re.Pattern]:
    who = r"\s+".join(re.escape(w) for w in name.split())
    # A post ends at punctuation, a number, a "Label:" or "and <Another Name>" ("… Policing and Crime and Cressida
    # Dick"), not at "and Crime".
    stop = r"(?=\s+and\s+[A-Z][a-z]+\s+[A-Z]|\s+[A-Z][a-z]+:|[,.;:()]|\s+\d|$)"
    return [
        *(re.compile(rf"{who}[\s,]+({re.escape(post)})") for post in known),  # the post a letter's metadata gives
        re.compile(rf"{who}\s*\(\s*([A-Z][^(),]{{2,80}}?)\s*[,)]"),  # "Cllr Lib Peck (Lead Member for Crime …,"
        re.compile(rf"{who},\s+((?:the\s+)?{POST_WORDS}[^,.;:()]{{0,80}}?){stop}"),  # "Kit Malthouse, vice chair …"
        re.compile(rf"{who}\s+Job title:\s*([^:]{{3,60}}?){stop}"),  # a report's header
        re.compile(rf"{who}\s+({POST_WORDS}[^,.;:()]{{0,80}}?){stop}"),  # a signature: "Sophie Linden Deputy Mayor …"
        # "… the Assistant Commissioner for Territorial Policing, Martin Hewitt"
        re.compile(rf"((?<![\w'])(?-i:[A-Z])\w*\s*{POST_WORDS}[^,.;:()]{{0,60}}?),\s+{who}\b"),
    ]


def find_post(name: str, passages: Iterable[Passage], text_of, known: Iterable[str] = ()
              ) -> tuple[str | None, Sentence] | None:
    """(their post or None, the sentence) from the first passage, in the order given, with a sentence naming the
    person; a sentence that also gives their post wins over one that only names them. None if none names them.
    known: posts the letters' metadata gives them ("Police and Crime Committee" for a recipient), tried first."""
    patterns = _post_patterns(name, known)
    named: Sentence | None = None
    for passage in passages:
        if name not in " ".join(passage.text.split()):
            continue
        for sentence in passage_sentences(passage, text_of(passage.doc_id)):
            flat = " ".join(sentence.text.split())
            if name not in flat:
                continue
            for pattern in patterns:
                m = pattern.search(flat)
                if m:
                    return m.group(1).strip(), sentence
            named = named or sentence
    return (None, named) if named else None


# "Who was Deputy Mayor for Policing and Crime in 2013, and who held the post in 2017 and 2020?"
_POST_IN_YEAR = re.compile(r"^(?i:who)\s+(?i:was|is|were|held|served as)\s+(?:(?i:the)\s+)?(?P<post>.+?)\s+"
                           rf"(?i:in|during)\s+{YEAR}\b")
MAX_HOLDER_SENTENCES = 40  # sentences naming the post that are tagged for names, per year


class PostQuestion(NamedTuple):
    post: str  # as the question writes it ("Deputy Mayor for Policing and Crime")
    years: tuple[str, ...]


def asked_post_holder(question: str) -> PostQuestion | None:
    """The post and the years of "Who was <post> in <year> (and in <year> …)?"; None for other questions."""
    m = _POST_IN_YEAR.match(question.strip())
    if not m or not re.search(POST_WORDS, m.group("post")):
        return None
    years = tuple(dict.fromkeys(re.findall(rf"\b{YEAR}\b", question)))
    return PostQuestion(m.group("post").strip(), years)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def holds_post(found: str, asked: str) -> bool:
    """Whether a post found in the letters is the one asked about: all its words, and no rank the question left
    out ("Assistant Commissioner for Territorial Policing" is not "the Commissioner")."""
    found_words, asked_words = set(_words(found)), set(_words(asked))
    return asked_words <= found_words and not (found_words & set(_MODIFIERS)) - asked_words


def post_holder(post: str, passages: Iterable[Passage], text_of, tag_names) -> tuple[str, Sentence] | None:
    """(name, sentence) of the first sentence, in the order given, that names someone holding `post`.

    tag_names(text) -> the PERSON names in a text. Only sentences that mention the post's main word are tagged.
    """
    head = _words(re.search(POST_WORDS, post).group(0))[-1]  # "Deputy Mayor for …" -> "mayor"
    tagged = 0
    for passage in passages:
        if head not in passage.text.lower():
            continue
        for sentence in passage_sentences(passage, text_of(passage.doc_id)):
            flat = " ".join(sentence.text.split())
            if head not in flat.lower():
                continue
            if tagged == MAX_HOLDER_SENTENCES:
                return None  # bounded work on a large corpus: the rest would not be tagged either
            tagged += 1
            for name in tag_names(flat):
                found = find_post(name, [passage], text_of)
                if found and found[0] and holds_post(found[0], post):
                    return name, sentence
    return None
