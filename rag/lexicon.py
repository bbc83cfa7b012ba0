"""Shared vocabularies as data: month and season names, years, the nouns for a document, stopwords.

One list each, so the question parser, the answerer and ingestion agree on what counts as a month or a letter;
a module compiles its own pattern from these pieces.
"""

from __future__ import annotations

import functools
from pathlib import Path

import bm25s

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
# Regex alternations. Month names as letters write them (capitalised), for case-sensitive patterns; compile with
# re.I where case should not matter.
MONTH = "|".join(m.capitalize() for m in MONTHS)
# "Jan", "Sept", "January": a month name or its abbreviation (case-insensitive patterns).
MONTH_OR_ABBREVIATION = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                         r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
MONTH_NUMBER = {m[:3]: n for n, m in enumerate(MONTHS, start=1)}  # by the first three letters
SEASONS = ("spring", "summer", "autumn", "winter")
SEASON = "|".join(SEASONS)

YEAR = r"(?:19|20)\d{2}"  # a four-digit year of the last or this century

# What staff call a document when they ask about one ("the 2018 letter", "the briefing of March 2009").
DOCUMENT_NOUNS = ("letter", "briefing", "paper", "report", "reply", "response", "document", "note", "correspondence")
DOCUMENT_NOUN = "|".join(DOCUMENT_NOUNS)

# Verbs of one-off events ("who was appointed" asks about an appointment). Verbs of standing roles are not here:
# "headed by a Chief Inspector" answers "who leads".
EVENT_VERBS = ("appoint appointed elect elected succeed succeeded replace replaced win won award awarded resign "
               "resigned promote promoted hire hired recruit recruited fine fined sack sacked dismiss dismissed "
               "nominate nominated select selected choose chose host hosted shortlist shortlisted").split()
# Words of standing roles, matched as words, not stems ("management tier" names no manager); to preside is to chair.
ROLE_WORDS = ("head heads headed lead leads led leader chair chairs chaired chairman chairwoman chairperson run runs "
              "ran manage manages managed manager oversee oversees overseen oversaw direct directs directed director "
              "coordinate coordinates coordinated coordinator").split()
# Titles and ranks written before a name, full or abbreviated ("Supt Ogunyemi", "Superintendent Hartley Ogunyemi"):
# a question may name the person with another form or none, so the name is the words after them.
NAME_TITLES = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame baroness cllr councillor pc pcso sgt sergeant insp inspector supt "
    "superintendent di ds dc dci dsi dcs dsu cmdr commander".split())
RANK_INITIALS = frozenset("pc pcso di ds dc dci dsi dcs dsu".split())  # titles only in capitals: "DI Smith", not "Di"
TITLE_QUALIFIERS = frozenset("ch chief det detective".split())  # titles only before one: "Chief Superintendent"
PRESIDING_WORDS = ("preside", "presides", "presided")

# bm25s's English list plus question words that carry no topic ("much", "many", "did").
# Irregular past forms of verbs a table's column headers name as nouns ("how many left" / "Leavers", "how many
# were lost" / "Lost or damaged"): general English, not any document's wording.
IRREGULAR_PAST = {
    "left": "leave", "lost": "lose", "broke": "break", "broken": "break", "stolen": "steal", "stole": "steal",
    "found": "find", "gave": "give", "given": "give", "paid": "pay", "spent": "spend", "sold": "sell",
    "bought": "buy", "took": "take", "taken": "take", "held": "hold", "sent": "send", "won": "win", "met": "meet",
    "caught": "catch", "brought": "bring", "kept": "keep", "made": "make", "seized": "seize", "ran": "run",
    "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "grew": "grow", "grown": "grow",
    "chose": "choose", "chosen": "choose", "wrote": "write", "written": "write", "began": "begin", "begun": "begin",
}
STOPWORDS = frozenset(bm25s.stopwords.STOPWORDS_EN) | {"s", "did", "does", "much", "many"}
# Words that say nothing of what a sentence is about, beyond the stopwords above (which retrieval also drops):
# auxiliaries, pronouns, quantifiers and linking words.
FUNCTION_WORDS = frozenset(
    "has have had having been being were am do done can could may might must shall should would which who whom "
    "whose what when where why how its our ours we us you your he she him her his them those than from over under "
    "about after before more most less least all some any each every other others also only very so just both "
    "either neither nor same own".split()) | STOPWORDS


def month_number(name: str) -> int:
    """1-12 for a month name or its abbreviation ("Sept", "march")."""
    return MONTH_NUMBER[name[:3].lower()]


@functools.cache
def common_words() -> frozenset[str]:
    """Everyday English words in lower case (rag/common_words.txt), for telling a name typed in lower case from one."""
    text = (Path(__file__).parent / "common_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
