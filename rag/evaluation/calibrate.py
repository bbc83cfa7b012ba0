"""Calibrate the abstention threshold on a Q&A set (answerable and unanswerable questions together).

    python -m rag.evaluation.calibrate [--qa eval/qa.jsonl] [--index index] [--ratios 0.7]
    python -m rag.evaluation.calibrate --sets eval/sets.json   # its dev sets pooled (sealed ones never read)

Runs every question with abstention off, records the answer's confidence, and picks the threshold that abstains
on the most unanswerable questions while abstaining on at most 5% of answerable ones (ties: the one whose answers
are most often right less wrong, then the lower threshold).
Among the typed-answer ratios tried, it keeps the one whose right answers (every must_contain string present) most
outnumber its wrong ones (an unanswerable question answered counts as wrong) at its threshold: a wrong answer is
worse than none, and an abstention costs nothing. Also reports a 2-fold cross-validated estimate (threshold chosen
on one half, measured on the other).
Above the threshold, it finds a band of low confidence where answers were right at most 60% of the time, the one
that best separates wrong answers from right ones: answers there are flagged as a weak match (`weak_below`).
Reports citation precision at the threshold, and the most any abstention rule could reach within the same 5%
(`citation_precision_bound`): past it, only better answers raise precision, not better abstention.
Writes rag/answer/abstention.json, or the file $RAG_THRESHOLDS names.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import NamedTuple

from rag.answer.assistant import Assistant, thresholds_path
from rag.evaluation.metrics import covers, evidence_spans, has_key_facts
from rag.evaluation.qa import load_qa
from rag.retrieval.retriever import Retriever

MAX_FALSE_ABSTENTION = 0.05
TYPED_RATIOS = (0.0, 0.7, 0.85, 0.95)
WEAK_ACCURACY = 0.6  # answers in the lowest band of confidence right at most this often are flagged weak
MIN_WEAK_BAND = 5  # answers the band must hold: one wrong answer alone says little


def rates(points: list[tuple[float, bool]], threshold: float) -> tuple[float, float]:
    """(abstention on unanswerable, false abstention on answerable) at a threshold."""
    unans = [c for c, answerable in points if not answerable]
    ans = [c for c, answerable in points if answerable]
    abst = sum(c < threshold for c in unans) / max(1, len(unans))
    false = sum(c < threshold for c in ans) / max(1, len(ans))
    return abst, false


def choose(points: list[tuple[float, bool]], rights: list[bool] | None = None) -> float:
    """The threshold that abstains most on unanswerable questions within the false-abstention limit; among equals,
    the one whose answers (`rights`: right or not, per point) are most often right less wrong, then the lowest."""
    candidates = sorted({round(c, 4) for c, _ in points} | {0.0})
    best, best_key = 0.0, (-1.0, 0, 0.0)
    for t in candidates:
        abst, false = rates(points, t)
        # An abstention costs nothing and a wrong answer costs one: between thresholds that catch the same
        # unanswerable questions, the higher one is worth it when what it holds back was mostly wrong.
        net = sum(1 if right else -1 for (c, _), right in zip(points, rights) if c >= t) if rights else 0
        if false <= MAX_FALSE_ABSTENTION and (abst, net, -t) > best_key:
            best, best_key = t, (abst, net, -t)
    return best


def weak_cut(answered: list[tuple[float, bool]], threshold: float) -> tuple[float, float | None, float | None]:
    """(cut, accuracy under it, accuracy from it up) for the answers given at `threshold` or above.

    `answered` is (confidence, right) per question; an unanswerable question answered counts as wrong. Among cuts
    under which answers were right at most WEAK_ACCURACY of the time, the one that flags the largest share of wrong
    answers less the share of right ones flagged with them (Youden's J). No such band: the cut is the threshold
    itself and nothing is flagged.
    """
    given = sorted((c, right) for c, right in answered if c >= threshold)
    rights = sum(right for _, right in given)
    wrongs = len(given) - rights
    cut, best_j, right_below = threshold, 0.0, 0
    for i, (c, right) in enumerate(given):
        # answers given[:i] lie under c; a cut falls only between distinct confidences
        if i >= MIN_WEAK_BAND and c > given[i - 1][0] and right_below / i <= WEAK_ACCURACY:
            j = (i - right_below) / max(1, wrongs) - right_below / max(1, rights)
            if j > best_j:
                cut, best_j = c, j
        right_below += right
    below = [right for c, right in given if c < cut]
    above = [right for c, right in given if c >= cut]
    return (cut, round(sum(below) / len(below), 4) if below else None,
            round(sum(above) / len(above), 4) if above else None)


def precision_bound(cited: list[tuple[int, int]], budget: int) -> float | None:
    """The highest citation precision reachable by abstaining on at most `budget` answers.

    `cited` is (citations, citations holding the evidence) per answered, answerable question. Which answers to
    drop is a ratio problem, solved exactly by Dinkelbach's method: for the current precision p, dropping an
    answer gains p x citations - good citations; drop the `budget` answers that gain most, re-measure, repeat
    until p stops rising.
    """
    total, good = sum(c for c, _ in cited), sum(g for _, g in cited)
    if not total:
        return None
    p = good / total
    while True:
        gains = sorted((p * c - g, c, g) for c, g in cited)[::-1][:budget]
        dropped = [(c, g) for gain, c, g in gains if gain > 0]
        left = total - sum(c for c, _ in dropped)
        better = (good - sum(g for _, g in dropped)) / left if left else p
        if better <= p + 1e-12:
            return round(p, 4)
        p = better


def cross_validated(points: list[tuple[float, bool]], rights: list[bool] | None = None) -> tuple[float, float]:
    """2-fold estimate of (abstention, false abstention): threshold chosen on one half, measured on the other."""
    folds = [points[0::2], points[1::2]]
    right_folds = [rights[0::2], rights[1::2]] if rights else [None, None]
    cv = [rates(folds[1 - i], choose(folds[i], right_folds[i])) for i in range(2)]
    return sum(a for a, _ in cv) / 2, sum(f for _, f in cv) / 2


class Trial(NamedTuple):
    """One typed ratio measured at its own threshold."""

    ratio: float
    threshold: float
    points: list[tuple[float, bool]]  # (confidence, answerable) per question
    answered: list[tuple[float, bool]]  # (confidence, right) per question
    cited: list[tuple[int, int] | None]  # (citations, those holding the evidence); None for unanswerable questions
    right: int
    wrong: int  # unanswerable questions answered included
    handled: float
    cv: tuple[float, float]  # cross-validated (abstention, false abstention)

    def rank(self) -> tuple:
        # A wrong answer is worse than none: a ratio is worth its right answers less its wrong ones (an abstention
        # costs nothing). Ties go to the threshold that holds up on unseen questions, then to the stricter ratio.
        return self.right - self.wrong, round(self.cv[0], 3), self.ratio


def trial(assistant: Assistant | list[tuple[Assistant, list]], items: list | None, ratio: float) -> Trial:
    """One typed ratio measured over one collection's questions, or over several (assistant, items) pairs pooled."""
    pairs = assistant if isinstance(assistant, list) else [(assistant, items or [])]
    answers, asked, cited = [], [], []
    for one, its in pairs:
        text_of = one.retriever.document_text
        for item in its:
            a = one.ask(item.question)
            spans = evidence_spans(item.docs, item.evidence, text_of) if item.docs else None
            cited.append((len(a.citations), sum(covers(c, spans) for c in a.citations)) if spans is not None else None)
            answers.append(a)
            asked.append(item)
    items = asked
    points = [(a.confidence, bool(item.docs)) for a, item in zip(answers, items)]
    rights = [bool(item.docs) and has_key_facts(a.text, item.must_contain) for a, item in zip(answers, items)]
    t = choose(points, rights)
    given = [a.confidence >= t for a in answers]
    right = sum(g and r for g, r in zip(given, rights))
    wrong = sum(g and not r for g, r in zip(given, rights))
    handled = (right + sum(not g and not item.docs for g, item in zip(given, items))) / len(items)
    return Trial(ratio, t, points, [(a.confidence, r) for a, r in zip(answers, rights)], cited, right, wrong,
                 handled, cross_validated(points, rights))


def _dev_files(sets_file: str) -> list[Path]:
    from rag.evaluation.sets import load_sets

    return [s.qa for s in load_sets(Path(sets_file)) if s.split == "dev"]


def _collections(args: argparse.Namespace) -> list[tuple[Retriever, list]]:
    """(retriever, questions) per collection calibrated on: the --qa file over --index, or each dev set of --sets
    over its cached index. Sealed sets are never read."""
    if not args.sets:
        return [(Retriever.load(args.index), load_qa(Path(args.qa)))]
    from rag.evaluation.sets import collection_folder, index_folder, load_sets

    return [(Retriever.load(index_folder(collection_folder(s.folders))), load_qa(s.qa))
            for s in load_sets(Path(args.sets)) if s.split == "dev"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--qa", default="eval/qa.jsonl")
    parser.add_argument("--index", default="index")
    parser.add_argument("--sets", default=None, help="a sets file (as for `rag eval --sets`): calibrate on its dev "
                        "sets pooled, each over its own cached index (run `rag eval --sets` first to build them)")
    parser.add_argument("--ratios", default=None, help="comma-separated typed ratios to try (default: "
                        f"{','.join(map(str, TYPED_RATIOS))})")
    args = parser.parse_args()
    collections = _collections(args)  # loaded once: each ratio is only a different answerer over them
    ratios = tuple(float(r) for r in args.ratios.split(",")) if args.ratios else TYPED_RATIOS
    trials = []
    for ratio in ratios:  # how close a sentence holding the asked-for value must score to the best one
        result = trial([(Assistant(r, abstain=False, typed_ratio=ratio), its) for r, its in collections], None,
                       ratio)
        abst, false = rates(result.points, result.threshold)
        print(f"typed_ratio {ratio}: threshold {result.threshold} abstention {abst:.3f} false abstention "
              f"{false:.3f} right {result.right} wrong {result.wrong} handled correctly {result.handled:.3f}")
        trials.append(result)
    best = max(trials, key=Trial.rank)
    threshold, (cv_abst, cv_false), answered = best.threshold, best.cv, best.answered
    abst, false = rates(best.points, threshold)
    weak_below, weak_accuracy, other_accuracy = weak_cut(answered, threshold)
    given = [c for c, (confidence, _) in zip(best.cited, best.points) if c is not None and confidence >= threshold]
    all_answerable = [c for c in best.cited if c is not None]
    at_threshold = precision_bound(given, 0)
    bound = precision_bound(all_answerable, int(MAX_FALSE_ABSTENTION * len(all_answerable)))
    result = {
        "threshold": threshold,
        "typed_ratio": best.ratio,
        "measured_on": args.qa if not args.sets else ", ".join(str(q) for q in _dev_files(args.sets)),
        "questions": len(best.points),
        "abstention_on_unanswerable": round(abst, 4),
        "false_abstention_on_answerable": round(false, 4),
        "cross_validated_2fold": {
            "abstention_on_unanswerable": round(cv_abst, 4),
            "false_abstention_on_answerable": round(cv_false, 4),
        },
        "handled_correctly": round(best.handled, 4),
        "citation_precision": at_threshold,
        "citation_precision_bound": bound,
        "answers_right": best.right,
        "answers_wrong": best.wrong,
        "weak_below": weak_below,
        "weak_band": {"answers": sum(threshold <= c < weak_below for c, _ in answered),
                      "accuracy": weak_accuracy, "accuracy_above": other_accuracy},
        "rule": f"highest abstention with false abstention <= {MAX_FALSE_ABSTENTION}, then most right answers less "
                "wrong ones; "
                "typed_ratio: most right answers less wrong ones, then cross-validated abstention; weak_below: "
                "the cut that best separates wrong answers from right (Youden's J) among those with at most "
                f"{WEAK_ACCURACY:.0%} right under it; citation_precision_bound: the highest citation precision any "
                "abstention on at most the same share of answerable questions could reach",
    }
    thresholds_path().write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
