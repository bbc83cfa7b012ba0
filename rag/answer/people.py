"""'Who is Sophie Linden?': the person's post, from the sentence that names them with it (a signature, a header, or
"Cllr Lib Peck (Lead Member for Crime and Public Protection")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rag.answer.sentences import Sentence, passage_sentences
from rag.types import Passage

_TITLE = r"(?:(?:Cllr|Councillor|Ms|Mr|Mrs|Miss|Dr|Sir|Lord|Baroness|Dame|Ch\s+Supt|Supt|Commander)\.?\s+)"
_ASKS = re.compile(rf"^(?i:who\s+(?:is|was))\s+(?P<name>{_TITLE}?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}})\s*\??$")
_POST_WORDS = (r"(?i:(?:(?:deputy|assistant|temporary|acting|interim|vice)\s+)*(?:mayor|commissioner|director|"
               r"chair(?:man|woman)?|head|lead|member|clerk|chief|leader|secretary|minister|superintendent|officer|"
               r"manager|advis[eo]r))\b")


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
        re.compile(rf"{who},\s+((?:the\s+)?{_POST_WORDS}[^,.;:()]{{0,80}}?){stop}"),  # "Kit Malthouse, vice chair …"
        re.compile(rf"{who}\s+Job title:\s*([^:]{{3,60}}?){stop}"),  # a report's header
        re.compile(rf"{who}\s+({_POST_WORDS}[^,.;:()]{{0,80}}?){stop}"),  # a signature: "Sophie Linden Deputy Mayor …"
        # "… the Assistant Commissioner for Territorial Policing, Martin Hewitt"
        re.compile(rf"((?<![\w'])(?-i:[A-Z])\w*\s*{_POST_WORDS}[^,.;:()]{{0,60}}?),\s+{who}\b"),
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
