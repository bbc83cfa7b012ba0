"""End to end on the bundled corpus with the real embedding model: hit@5 over the evaluation questions."""

from pathlib import Path

import pytest

from rag.evaluation.metrics import evidence_spans, first_hit_rank
from rag.evaluation.qa import load_qa

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def answerable():
    items = [q for q in load_qa(ROOT / "eval" / "qa.jsonl") if q.docs]
    assert len(items) >= 40
    return items


def test_hit_at_5_on_own_pairs(real_retriever, answerable):
    misses = []
    for item in answerable:
        spans = evidence_spans(item.docs, item.evidence, real_retriever.document_text)
        assert spans, f"{item.id}: evidence not found in {item.docs}"
        if first_hit_rank(real_retriever.search(item.question, k=5), spans) is None:
            misses.append(f"{item.id}: {item.question}")
    hit_at_5 = 1 - len(misses) / len(answerable)
    # A regression guard, two questions under the measured .948 (256 of 270; MiniLM, hybrid + MaxSim rerank + list
    # lead-ins lending). The target, .95, is reported by `rag eval`: it was met on the 312 questions it was
    # resolved on (.951) and missed once eight fresh questions were added (q319 is not in the top 10). A floor at the
    # target would fail every time a hard question is added, which is the wrong reason to leave one out.
    assert hit_at_5 >= 0.94, f"hit@5 = {hit_at_5:.3f}; misses:\n" + "\n".join(misses)


def test_headline_question_cites_para_22(real_retriever):
    top = real_retriever.search("How much did the crime-prevention funding protection cost?", k=5)
    labels = [(p.doc_id, p.paragraph) for p in top]
    assert ("004_c782c35fb2deaf6a.txt", "para 22") in labels[:3]
    para = next(p for p in top if p.paragraph == "para 22")
    original = (ROOT / "corpus" / para.doc_id).read_text(encoding="utf-8")
    assert "£1,118,248" in original[para.start : para.end]


def test_date_filter_on_real_corpus(real_retriever):
    hits = real_retriever.search("mental health", k=10, filters={"date_from": "2013-01-01", "date_to": "2013-12-31"})
    assert hits and {h.doc_id for h in hits} == {"003_130df966634c752b.txt"}
