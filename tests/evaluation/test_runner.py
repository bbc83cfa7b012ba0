"""The evaluation runner scores retrieval, answers, abstention and citations correctly, on fakes."""

from __future__ import annotations

import pytest

from rag.evaluation import runner
from rag.evaluation.qa import QAFileError
from rag.evaluation.runner import (
    FixedModeRetriever,
    PassageRecord,
    QuestionResult,
    check_items_against_index,
    evaluate_question,
    evaluate_retriever,
    run_evaluation,
    summarise,
)
from rag.types import Answer


def record(covers: bool, doc: str = "a.txt") -> PassageRecord:
    return PassageRecord(f"{doc}, ¶1", doc, "¶1", 0, 10, "text", covers)


def result(
    qid: str,
    *,
    docs=("a.txt",),
    hit_rank=None,
    abstained=False,
    correct=None,
    f1=None,
    cited=(),
    evidence_recall=None,
    ask_ms=10.0,
    error=None,
    weak=False,
) -> QuestionResult:
    return QuestionResult(
        id=qid,
        question="?",
        type="factoid" if docs else "unanswerable",
        difficulty="easy",
        docs=list(docs),
        gold_answer="gold",
        aliases=[],
        must_contain=["gold"] if docs else [],
        hit_rank=hit_rank,
        evidence_recall=evidence_recall,
        abstained=abstained,
        weak=weak,
        correct=correct,
        f1=f1,
        citations=[record(c) for c in cited],
        ask_ms=ask_ms,
        search_ms=1.0,
        error=error,
    )


def test_summary_figures_from_hand_made_results() -> None:
    results = [
        result("a", hit_rank=1, correct=True, f1=1.0, cited=(True, False)),
        result("b", hit_rank=4, correct=False, f1=0.5, cited=(False,)),
        result(
            "c", hit_rank=None, abstained=True, correct=False, f1=0.0
        ),  # false abstention, citations ignored
        result(
            "d", docs=("a.txt", "b.txt"), hit_rank=2, correct=True, f1=0.5, cited=(True,), evidence_recall=0.5
        ),
        result("u1", docs=(), abstained=True, ask_ms=30.0),
        result("u2", docs=(), abstained=False, ask_ms=40.0),
    ]
    s = summarise(results)
    assert (s["questions"], s["answerable"], s["unanswerable"], s["multi_doc"]) == (6, 4, 2, 1)
    assert s["hit@1"] == 0.25 and s["hit@3"] == 0.5 and s["hit@5"] == 0.75 and s["hit@10"] == 0.75
    assert s["mrr"] == pytest.approx((1 + 1 / 4 + 0 + 1 / 2) / 4, abs=1e-4)
    assert s["evidence_recall@5"] == 0.5
    assert s["answer_accuracy"] == 0.5
    assert s["token_f1"] == pytest.approx(2.0 / 4)
    assert s["abstention_rate"] == 0.5
    assert s["false_abstention_rate"] == 0.25
    assert s["citation_precision"] == 0.5  # micro: 2 correct of 4 citations on answered questions
    assert s["citation_recall"] == 0.5  # a and d have a correct citation
    assert s["overall_accuracy"] == pytest.approx(3 / 6, abs=1e-4)  # a, d, u1
    assert s["ask_p50_ms"] == 10.0 and s["ask_p95_ms"] == 40.0


def test_weak_match_flags_are_summarised_over_answered_questions() -> None:
    results = [
        result("a", correct=True, weak=True),
        result("b", correct=False, weak=True),
        result("c", correct=True),
        result("d", abstained=True, correct=False, weak=False),  # not answered: not counted
    ]
    s = summarise(results)
    assert s["weak_flagged"] == pytest.approx(2 / 3, abs=1e-4)
    assert s["accuracy_when_weak"] == 0.5 and s["accuracy_when_not_weak"] == 1.0


def test_figures_without_questions_they_apply_to_are_none() -> None:
    s = summarise([result("u", docs=(), abstained=True)])
    assert s["hit@5"] is None and s["answer_accuracy"] is None and s["citation_precision"] is None
    assert s["abstention_rate"] == 1.0


def test_an_error_counts_as_failed_and_is_counted() -> None:
    failed = result("e", error="ValueError: boom", correct=False, f1=0.0)
    assert not failed.passed
    assert summarise([failed])["errors"] == 1


def test_evaluate_question_scores_a_correct_answer(tiny_qa, fake_retriever, fakes) -> None:
    item = next(q for q in tiny_qa if q.id == "t1")
    scored = evaluate_question(
        item,
        fakes.Assistant(fake_retriever),
        lambda q, k: fake_retriever.search(q, k),
        fake_retriever.document_text,
    )
    assert scored.hit_rank == 1
    assert scored.retrieved[0].covers_evidence and not scored.retrieved[1].covers_evidence
    assert scored.correct is True and scored.passed
    assert scored.citations[0].covers_evidence
    assert 0 < scored.f1 < 1  # short answer is the whole sentence, gold is a phrase of it


def test_abstaining_on_an_answerable_question_is_wrong_and_scores_zero_f1(tiny_qa, fake_retriever) -> None:
    class Abstainer:
        def ask(self, question, filters=None):
            return Answer(question=question, text="£250,000 maybe", citations=[], abstained=True)

    item = next(q for q in tiny_qa if q.id == "t1")
    scored = evaluate_question(
        item, Abstainer(), lambda q, k: fake_retriever.search(q, k), fake_retriever.document_text
    )
    assert scored.abstained and scored.correct is False and scored.f1 == 0.0 and not scored.passed


def test_f1_uses_short_answer_and_aliases(tiny_qa, fake_retriever) -> None:
    class Short:
        def ask(self, question, filters=None):
            return Answer(
                question=question,
                text="It is £250k over the period [1].",
                citations=[],
                abstained=False,
                short_answer="£250k",
            )

    item = next(q for q in tiny_qa if q.id == "t1")
    scored = evaluate_question(item, Short(), lambda q, k: [], fake_retriever.document_text)
    assert scored.f1 == 1.0  # exact match with the alias
    assert scored.correct is False  # "£250,000" is not in the text
    assert scored.hit_rank is None


def test_multi_document_evidence_recall(tiny_qa, fake_retriever, fakes) -> None:
    item = next(q for q in tiny_qa if q.id == "t5")
    only_letter = [p for p in fake_retriever.all_passages if "£250,000" in p.text]
    scored = evaluate_question(
        item, fakes.Assistant(fake_retriever), lambda q, k: only_letter[:k], fake_retriever.document_text
    )
    assert scored.evidence_recall == 0.5
    both = fake_retriever.search(item.question, 5)
    scored = evaluate_question(
        item, fakes.Assistant(fake_retriever), lambda q, k: both, fake_retriever.document_text
    )
    assert scored.evidence_recall == 1.0


def test_a_raising_assistant_does_not_stop_the_run(tiny_qa, fake_retriever) -> None:
    class Broken:
        def ask(self, question, filters=None):
            raise RuntimeError("model crashed")

    run = run_evaluation(
        tiny_qa,
        Broken(),
        lambda q, k: fake_retriever.search(q, k),
        fake_retriever.document_text,
        progress=False,
    )
    assert run.summary["errors"] == len(tiny_qa)
    assert all(r.error == "RuntimeError: model crashed" for r in run.results)
    assert len(run.failures) == len(tiny_qa)


def test_full_run_with_fakes(tiny_qa, fake_retriever, fakes) -> None:
    run = evaluate_retriever(
        tiny_qa, fake_retriever, assistant=fakes.Assistant(fake_retriever), progress=False
    )
    by_id = {r.id: r for r in run.results}
    assert by_id["t6"].abstained and by_id["t6"].passed  # unanswerable, abstained
    assert not by_id["t3"].passed  # the signature is not what the fake finds for this question
    assert run.summary["questions"] == 6 and run.summary["abstention_rate"] == 1.0
    assert set(run.by_type) == {"date_number", "list", "multi_doc", "unanswerable", "metadata"}
    assert list(run.by_difficulty) == ["easy", "medium", "hard"]
    assert run.by_type["date_number"]["questions"] == 2
    assert run.config["search_mode"] == "hybrid" and run.config["abstain"] is True
    assert [r.id for r in run.failures] == [r.id for r in run.results if not r.passed]
    assert run.to_dict()["results"][0]["passed"] == by_id["t1"].passed


def test_the_real_assistant_is_built_through_the_hook(tiny_qa, fake_retriever, fakes, monkeypatch) -> None:
    made = []

    def fake_build(view, config):
        made.append((view, config))
        return fakes.Assistant(view, **config)

    monkeypatch.setattr(runner, "build_assistant", fake_build)
    run = evaluate_retriever(
        tiny_qa, fake_retriever, mode="bm25", assistant_config={"abstain": False}, progress=False
    )
    assert isinstance(made[0][0], FixedModeRetriever) and made[0][1] == {"abstain": False}
    assert set(fake_retriever.modes) == {"bm25"}
    assert run.summary["abstention_rate"] == 0.0  # the fake never abstains when told not to


def test_fixed_mode_retriever_overrides_the_callers_mode(fake_retriever) -> None:
    view = FixedModeRetriever(fake_retriever, "dense")
    view.search("knife crime", k=2, mode="hybrid")
    assert fake_retriever.modes == ["dense"]
    assert view.documents is fake_retriever.documents  # everything else passes through


def test_questions_naming_unknown_documents_are_rejected(tiny_qa) -> None:
    with pytest.raises(QAFileError) as caught:
        check_items_against_index(tiny_qa, ["a_letter.txt"])
    assert "b_briefing.txt" in str(caught.value)
    assert any("t4" in p for p in caught.value.problems)


@pytest.mark.parametrize("mode", ["dense", "bm25"])
def test_every_search_mode_runs_the_real_assistant(tiny_corpus, tmp_path, fake_embedder, tiny_qa, mode) -> None:
    # The real Assistant passes the question's analysis to the retriever; a fixed-mode view that dropped an
    # argument made every question of `rag eval --compare`'s dense and bm25 rows an error.
    from rag.retrieval.retriever import Retriever

    built = Retriever.build(tiny_corpus, tmp_path / "index", embedder=fake_embedder)
    run = evaluate_retriever(tiny_qa, built, mode=mode, progress=False)
    assert run.summary["errors"] == 0, [r.error for r in run.results if r.error]
    assert run.summary["hit@5"] and run.summary["hit@5"] > 0
