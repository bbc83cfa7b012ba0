"""Seeded generator of synthetic policing letters in the corpus's genre, for scale benchmarks (distractors).

Each letter is assembled from a layout (MOPAC letter, MPA briefing paper, London Councils committee item, MPS
reply, Home Office letter), a correspondent pair, a date, a reference and 3-9 body paragraphs. Body text mixes
sentences from a word-level Markov chain trained on the real letters in corpus/ (so the distractors share their
vocabulary, phrasing, borough names and acronyms) with templated sentences about the same topics. No generated
sentence shares a run of SHARED_RUN words with the real letters: a distractor competes on topic and wording, but
never holds a real letter's evidence sentence verbatim (which would make hit@5 unmeasurable, not harder).
The same (seed, n) always gives the same letters; letter i does not depend on n,
so the 200-letter set is a prefix of the 2,000-letter one.

    python benchmarks/synth_letters.py OUT_DIR -n 2000 --seed 7
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIRST = ["Sophie", "James", "Susan", "Kit", "Rose", "Lynn", "Doug", "Cressida", "Mark", "Helen", "Andrew", "Priya",
         "Unmesh", "Caroline", "Joanne", "Len", "Sian", "Tom", "Fiona", "Ravi", "Amanda", "Neil", "Claire", "Peter",
         "Shaun", "Navin", "Leonie", "Matt", "Hannah", "David", "Rebecca", "Simon", "Aisha", "Graham", "Marie"]
LAST = ["Linden", "Hall", "Malthouse", "Fitzpatrick", "Owens", "Flight", "Dick", "Rowley", "Bailey", "Desai",
        "McCartney", "Pidgeon", "Duvall", "Berry", "Copley", "Whittle", "Ahmed", "Russell", "Okafor", "Shah",
        "Greenwood", "Harrison", "Patel", "Moore", "Lawrence", "Kaur", "Bennett", "Turner", "Hughes", "Evans",
        "Clarke", "Wright", "Thompson", "Osei", "Murray", "Fraser", "Kowalski", "Nolan", "Singh", "Barker"]
ROLES = ["Deputy Mayor for Policing and Crime", "Chief Executive, MOPAC", "Commissioner of the Metropolitan Police",
         "Assistant Commissioner, Frontline Policing", "Head of Strategic Policy", "Director of Strategy",
         "Chief Superintendent, Partnerships", "Chair of the Police and Crime Committee",
         "Chairman of the Budget and Performance Committee", "Leader of the Council", "Borough Commander",
         "Director of Audit, Risk and Assurance", "Minister of State for Policing and Fire", "Head of Finance"]
RECIPIENT_ORGS = ["City Hall\nThe Queen's Walk\nSE1 2AA", "City Hall\nKamal Chunchie Way\nE16 1ZE",
                  "London Councils\n59½ Southwark Street\nSE1 0AL", "Home Office\n2 Marsham Street\nSW1P 4DF",
                  "New Scotland Yard\nVictoria Embankment\nSW1A 2JL"]
BOROUGHS = ["Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "Croydon", "Ealing", "Enfield",
            "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey", "Harrow", "Havering", "Hillingdon",
            "Hounslow", "Islington", "Kensington and Chelsea", "Kingston", "Lambeth", "Lewisham", "Merton", "Newham",
            "Redbridge", "Richmond", "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest", "Wandsworth",
            "Westminster"]
TOPICS = ["front counter closures", "the Police and Crime Plan", "knife crime", "violence reduction",
          "safer neighbourhoods teams", "the Basic Command Unit rollout", "emergency services collaboration",
          "the policing budget", "stop and search", "anti-social behaviour", "youth violence", "the estate strategy",
          "domestic abuse", "the victims' commissioner", "crime prevention funding", "police officer numbers",
          "the London Crime Prevention Fund", "counter-terrorism policing", "body worn video", "hate crime"]
ACRONYMS = ["MOPAC", "MPS", "VRU", "NHS", "LFB", "GLA", "BCU", "CSP", "ASB", "LCPF", "HMICFRS", "CPS", "BTP", "TfL"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
TEMPLATES = [
    "Thank you for your letter of {day2} {month2} regarding {topic}.",
    "I am writing in response to your request for information about {topic} in {borough}.",
    "In {borough}, for example, the {acr} and the local authority are tackling {topic} through joint patrols.",
    "The {acr} has allocated £{money}m over {years} years to support work on {topic} across London.",
    "As you will be aware, {topic} remains a priority for the {acr} and for partners in {borough} and {borough2}.",
    "Between {year0} and {year}, recorded offences linked to {topic} fell by {pct}% in {borough}.",
    "Officers from the {acr} met representatives of {borough} Council on {day2} {month2} to discuss {topic}.",
    "A further update on {topic} will be provided to the Committee in {month2} {year}.",
    "The review of {topic} found that {pct}% of respondents in {borough} felt safer as a result.",
    "{n} officers have been assigned to {topic} in {borough}, with a further {n2} planned by {month2} {year}.",
    "I look forward to continuing to work with you on {topic}.",
    "The consultation on {topic} received {n3} responses, each of which was read and analysed.",
]
SIGN_OFFS = ["Yours sincerely,", "Yours Sincerely,", "Yours faithfully,", "Kind regards,", "With best wishes,"]


SHARED_RUN = 8


class SentencePool:
    """Order-2 word Markov chain over the real letters' sentences; draws sentences that copy no SHARED_RUN-word run."""

    def __init__(self, sentences: list[str]):
        self.next: dict[tuple[str, str], list[str]] = {}
        self.runs: set[tuple[str, ...]] = set()
        for sentence in sentences:
            words = ["<s>", "<s>", *sentence.split(), "</s>"]
            for a, b, c in zip(words, words[1:], words[2:]):
                self.next.setdefault((a, b), []).append(c)
            plain = sentence.split()
            self.runs.update(tuple(plain[i : i + SHARED_RUN]) for i in range(len(plain) - SHARED_RUN + 1))
        self.fallback = sentences

    def draw(self, rng: random.Random) -> str:
        for _ in range(40):
            words, state = [], ("<s>", "<s>")
            while len(words) < 60:
                word = rng.choice(self.next[state])
                if word == "</s>":
                    break
                words.append(word)
                state = (state[1], word)
            copied = any(tuple(words[i : i + SHARED_RUN]) in self.runs for i in range(len(words) - SHARED_RUN + 1))
            if 8 <= len(words) < 60 and not copied and words[-1].endswith("."):
                return " ".join(words)
        return ""  # rare: the caller uses a template sentence instead


def corpus_sentences(corpus: Path = ROOT / "corpus") -> list[str]:
    """Body sentences of the real letters: 60-400 characters, ending in a full stop."""
    sentences = []
    for path in sorted(corpus.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip().lstrip("•-* ").strip()):
                if 60 <= len(s) <= 400 and s.endswith(".") and "@" not in s:
                    sentences.append(s)
    return sorted(set(sentences))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _fill(template: str, rng: random.Random, topic: str, year: int) -> str:
    return template.format(
        day2=rng.randint(1, 28), month2=rng.choice(MONTHS), topic=topic, borough=rng.choice(BOROUGHS),
        borough2=rng.choice(BOROUGHS), acr=rng.choice(ACRONYMS), money=round(rng.uniform(0.2, 40), 1),
        years=rng.randint(2, 5), year0=year - rng.randint(1, 4), year=year, pct=rng.randint(2, 45),
        n=rng.randint(5, 400), n2=rng.randint(5, 200), n3=rng.randint(40, 3000),
    )


def _paragraph(rng: random.Random, pool: SentencePool, topic: str, year: int) -> str:
    sentences = []
    for _ in range(rng.randint(1, 5)):
        drawn = pool.draw(rng) if rng.random() < 0.55 else ""
        sentences.append(drawn or _fill(rng.choice(TEMPLATES), rng, topic, year))
    return " ".join(sentences)


def letter(i: int, seed: int, pool: SentencePool) -> tuple[str, str]:
    """(file name, text) of synthetic letter i; depends only on (i, seed, pool)."""
    rng = random.Random(f"{seed}-{i}")
    year = rng.randint(2008, 2023)
    day, month = rng.randint(1, 28), rng.choice(MONTHS)
    date = f"{day} {month} {year}"
    author, recipient = _person(rng), _person(rng)
    author_role, recipient_role = rng.sample(ROLES, 2)
    topic = rng.choice(TOPICS)
    body = [_paragraph(rng, pool, topic, year) for _ in range(rng.randint(3, 9))]
    if rng.random() < 0.3:  # a bulleted list, as in the briefing papers
        items = [f"  • {rng.choice(BOROUGHS)}\n    {_paragraph(rng, pool, topic, year)}"
                 for _ in range(rng.randint(2, 5))]
        body.insert(rng.randint(1, len(body)), "\n".join(items))
    if rng.random() < 0.25:  # numbered paragraphs, as in committee reports
        body = [f"{n}. {p}" for n, p in enumerate(body, 1)]
    layout = rng.choice(("mopac", "briefing", "committee", "reply", "homeoffice"))
    ref = f"MOPAC{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{year}-D{rng.randint(1000, 9999)}"
    if layout == "briefing":
        head = [f"{topic[0].upper()}{topic[1:]}", "", f"{rng.randint(1, 60)}/{year % 100:02d}", date,
                f"MPA briefing paper {rng.randint(1, 60)}/{year}", "", f"Author: Ch Supt {rng.choice(LAST)}", "",
                "Summary", ""]
        tail = ["", "Send an e-mail linking to this page"]
    elif layout == "committee":
        head = ["Leaders' Committee", "", topic.title(), "", f"Item No {rng.randint(1, 12)}", "",
                f"Report by: {author} Job title: {author_role}", "", f"{date} Date:", "",
                f"Contact Officer: {author}", "", f"Summary: {_paragraph(rng, pool, topic, year)}", ""]
        tail = []
    else:
        org = {"mopac": "MAYOR OF LONDON\nOFFICE FOR POLICING AND CRIME", "reply": "METROPOLITAN POLICE SERVICE",
               "homeoffice": "Home Office"}[layout]
        head = [org, "", f"**{recipient}**", "", recipient_role, rng.choice(RECIPIENT_ORGS), "", date, "", ref, "",
                f"Dear {rng.choice(['Chair', recipient.split()[0], 'Mr ' + recipient.split()[1]])},", ""]
        tail = ["", rng.choice(SIGN_OFFS), "", author, "", f"**{author_role}**"]
    text = "\n".join(head + ["\n\n".join(body)] + tail) + "\n"
    return f"synth_{seed}_{i:06d}.txt", text


def generate(out: Path, n: int, seed: int = 7, corpus: Path = ROOT / "corpus") -> list[Path]:
    """Write n letters into out/ (existing ones with the same name are kept: they are identical)."""
    out.mkdir(parents=True, exist_ok=True)
    pool = SentencePool(corpus_sentences(corpus))
    paths = []
    for i in range(n):
        name, text = letter(i, seed, pool)
        path = out / name
        if not path.exists():
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = generate(args.out, args.n, args.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"{len(paths)} letters, {words:,} words -> {args.out}/")


if __name__ == "__main__":
    main()
