"""Side-by-side evaluation: retrieval modes, embedding models, abstention, and the LangChain baseline."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rag import settings
from rag.evaluation.qa import QAItem
from rag.evaluation.report import fmt, md_text
from rag.evaluation.runner import Asker, EvalResult, FixedModeRetriever, evaluate_retriever, run_evaluation

MINILM = "all-MiniLM-L6-v2"
MPNET = "all-mpnet-base-v2"
SHORT_NAMES = {MINILM: "MiniLM", MPNET: "mpnet"}

# Assistant settings that switch abstention off: it then always answers from its best passages.
NO_ABSTENTION = {"abstain": False}

TABLE_COLUMNS = [
    ("hit@1", "hit@1"),
    ("hit@5", "hit@5"),
    ("mrr", "MRR"),
    ("answer_accuracy", "accuracy"),
    ("token_f1", "F1"),
    ("abstention_rate", "abstention"),
    ("false_abstention_rate", "false abst."),
    ("citation_precision", "cit. prec."),
    ("citation_recall", "cit. recall"),
    ("overall_accuracy", "overall"),
    ("ask_p50_ms", "ask p50 ms"),
]


@dataclass(frozen=True)
class Variant:
    """One configuration to evaluate."""

    embedder: str = MINILM
    mode: str = "hybrid"
    abstain: bool = True
    baseline: bool = False  # the LangChain tutorial recipe instead of the assistant

    @property
    def label(self) -> str:
        model = SHORT_NAMES.get(self.embedder, self.embedder)
        if self.baseline:
            return f"LangChain tutorial baseline · {model}"
        return f"{self.mode} · {model} · {'abstention' if self.abstain else 'no abstention'}"

    def assistant_config(self) -> dict[str, Any]:
        return {} if self.abstain else dict(NO_ABSTENTION)


def default_variants(default_model: str = MINILM) -> list[Variant]:
    """The comparison table's rows: the default first, then one change at a time."""
    other = MPNET if default_model != MPNET else MINILM
    return [
        Variant(default_model, "hybrid"),
        Variant(default_model, "dense"),
        Variant(default_model, "bm25"),
        Variant(other, "hybrid"),
        Variant(other, "dense"),
        Variant(default_model, "hybrid", abstain=False),
        Variant(default_model, baseline=True),
    ]


@dataclass
class Comparison:
    results: list[EvalResult]
    variants: list[Variant]
    best: Variant
    default: Variant
    notes: list[str] = field(default_factory=list)

    def table(self) -> str:
        return comparison_table(self.results, self.best.label, self.default.label)

    def markdown(self) -> str:
        return "\n".join(["## Configurations compared", "", self.table(), "", *self.notes]) + "\n"

    def to_dict(self) -> dict[str, Any]:
        return {
            "best": self.best.label,
            "default": self.default.label,
            "default_is_best": self.best == self.default,
            "notes": self.notes,
            "rows": [{"label": r.label, "config": r.config, "summary": r.summary} for r in self.results],
        }


def comparison_table(results: Sequence[EvalResult], best: str = "", default: str = "") -> str:
    """One Markdown table, a row per configuration; the best row bold, the default marked."""
    header = ["configuration"] + [label for _, label in TABLE_COLUMNS]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for run in results:
        name = md_text(run.label) + (" (default)" if run.label == default else "")
        cells = [fmt(run.summary.get(key), key) for key, _ in TABLE_COLUMNS]
        if run.label == best:
            name, cells = f"**{name}**", [f"**{c}**" for c in cells]
        lines.append("| " + " | ".join([name, *cells]) + " |")
    return "\n".join(lines)


def rank_key(result: EvalResult) -> tuple[float, ...]:
    """Best = most questions handled correctly; then answer accuracy, hit@5, citation precision, speed."""
    s = result.summary
    return (
        s.get("overall_accuracy") or 0.0,
        s.get("answer_accuracy") or 0.0,
        s.get("hit@5") or 0.0,
        s.get("citation_precision") or 0.0,
        -(s.get("ask_p50_ms") or 0.0),
    )


def cache_index_dir(corpus_dir: str | Path, model: str) -> Path:
    """Where a comparison index for another embedding model lives (one per corpus folder and model)."""
    root = settings.cache_dir()
    corpus_key = hashlib.sha256(str(Path(corpus_dir).resolve()).encode()).hexdigest()[:10]
    return root / "eval-indexes" / f"{model.replace('/', '_')}-{corpus_key}"


def run_comparison(
    items: Sequence[QAItem],
    retriever: Any,
    corpus_dir: str | Path,
    *,
    variants: Sequence[Variant] | None = None,
    default_result: EvalResult | None = None,
    load_retriever: Callable[[str], Any] | None = None,
    make_assistant: Callable[[Any, Variant], Asker] | None = None,
    progress: bool = True,
    log: Callable[[str], None] = lambda message: None,
    qa_path: str = "",
) -> Comparison:
    """Evaluate every variant; `retriever` serves its own embedding model, others get a cached index.

    default_result reuses an already measured run of the default variant. load_retriever(model) and
    make_assistant(retriever_view, variant) are for tests; by default other models' indexes are built in the
    cache folder and the real Assistant is used.
    """
    own_model = retriever.embedder.name
    variants = list(variants or default_variants(own_model))
    default = variants[0]
    retrievers = {own_model: retriever}

    def retriever_for(model: str) -> Any:
        if model not in retrievers:
            if load_retriever is not None:
                retrievers[model] = load_retriever(model)
            else:
                from rag.retrieval.retriever import Retriever

                folder = cache_index_dir(corpus_dir, model)
                log(f"building the {model} comparison index in {folder}/ …")
                retrievers[model] = Retriever.build(corpus_dir, folder, embedder=model)
        return retrievers[model]

    results = []
    for variant in variants:
        if variant == default and default_result is not None:
            results.append(_relabel(default_result, variant))
            continue
        source = retriever_for(variant.embedder)
        if variant.baseline:
            results.append(_run_baseline(items, source, variant, progress, qa_path))
            continue
        assistant = None
        if make_assistant is not None:
            view = source if variant.mode == "hybrid" else FixedModeRetriever(source, variant.mode)
            assistant = make_assistant(view, variant)
        config = variant.assistant_config()
        results.append(evaluate_retriever(
            items, source, mode=variant.mode, assistant=assistant, assistant_config=config,
            label=variant.label, progress=progress, qa_path=qa_path,
        ))
    candidates = [(v, r) for v, r in zip(variants, results) if not v.baseline]
    best = max(candidates, key=lambda pair: rank_key(pair[1]))[0]
    comparison = Comparison(results, variants, best, default)
    comparison.notes = explain(comparison)
    return comparison


def _relabel(result: EvalResult, variant: Variant) -> EvalResult:
    result.label = variant.label
    return result


def _run_baseline(
    items: Sequence[QAItem], source: Any, variant: Variant, progress: bool, qa_path: str
) -> EvalResult:
    from rag.evaluation.baseline import LangChainBaseline

    texts = {doc_id: source.document_text(doc_id) for doc_id in source.documents}
    baseline = LangChainBaseline(texts, source.embedder)
    config = {"embedder": baseline.embedder_name, **baseline.config}
    return run_evaluation(items, baseline, lambda q, k: baseline.search(q, k), source.document_text,
                          label=variant.label, config=config, progress=progress, qa_path=qa_path)


def _find(comparison: Comparison, **fields: Any) -> EvalResult | None:
    for variant, result in zip(comparison.variants, comparison.results):
        if all(getattr(variant, k) == v for k, v in fields.items()):
            return result
    return None


def _figures(result: EvalResult, keys: Sequence[str]) -> str:
    names = {"overall_accuracy": "overall", "answer_accuracy": "accuracy", "ask_p50_ms": "ask p50 ms"}
    return ", ".join(f"{names.get(k, k.replace('_', ' '))} {fmt(result.summary.get(k), k)}" for k in keys)


def explain(comparison: Comparison) -> list[str]:
    """Plain sentences: which configuration measures best and what each single change did."""
    best = comparison.results[comparison.variants.index(comparison.best)]
    default = comparison.default
    headline = ["overall_accuracy", "answer_accuracy", "hit@5", "citation_precision", "abstention_rate"]
    notes = [
        f"**Best measured: {md_text(comparison.best.label)}** — it handles the most questions correctly "
        f"(answered correctly when answerable, abstained when not): {_figures(best, headline)}. "
        "Ties are broken by answer accuracy, hit@5, citation precision, then speed.",
        "",
    ]
    modes = [(m, _find(comparison, embedder=default.embedder, mode=m, abstain=True, baseline=False))
             for m in ("hybrid", "dense", "bm25")]
    modes = [(m, r) for m, r in modes if r is not None]
    if len(modes) > 1:
        model = SHORT_NAMES.get(default.embedder, default.embedder)
        figures = "; ".join(f"{m} {_figures(r, ['hit@5', 'mrr', 'overall_accuracy'])}" for m, r in modes)
        notes.append(f"- Retrieval mode ({model}): {figures}.")
    models = {v.embedder for v in comparison.variants if not v.baseline}
    if len(models) > 1:
        parts = []
        for model in sorted(models):
            for mode in ("hybrid", "dense"):
                run = _find(comparison, embedder=model, mode=mode, abstain=True, baseline=False)
                if run is not None:
                    label = f"{SHORT_NAMES.get(model, model)} {mode}"
                    parts.append(f"{label} {_figures(run, ['hit@5', 'overall_accuracy', 'ask_p50_ms'])}")
        notes.append("- Embedding model: " + "; ".join(parts) + ".")
    on = _find(comparison, embedder=default.embedder, mode=default.mode, abstain=True, baseline=False)
    off = _find(comparison, embedder=default.embedder, mode=default.mode, abstain=False, baseline=False)
    if on is not None and off is not None:
        s_on, s_off = on.summary, off.summary
        notes.append(
            f"- Abstention: on, it declines {fmt(s_on.get('abstention_rate'))} of unanswerable questions "
            f"at a false-abstention rate of {fmt(s_on.get('false_abstention_rate'))} on answerable ones "
            f"(overall {fmt(s_on.get('overall_accuracy'))}); off, answer accuracy is "
            f"{fmt(s_off.get('answer_accuracy'))} and abstention on unanswerable questions "
            f"{fmt(s_off.get('abstention_rate'))} (overall {fmt(s_off.get('overall_accuracy'))})."
        )
    base = _find(comparison, baseline=True)
    if base is not None:
        notes.append(
            f"- LangChain tutorial baseline: {_figures(base, ['hit@5', *headline[:2], 'token_f1'])}. "
            "Its answer is a whole 1000-character chunk, so must_contain matching flatters it while token F1 "
            "shows how little of that text is the answer; its long chunks also cover evidence more easily "
            "than paragraphs do, which flatters its hit@k. It never abstains and cites a character range, "
            "not a paragraph."
        )
    for variant, result in zip(comparison.variants, comparison.results):
        failed = [r.error for r in result.results if r.error]
        if failed:  # its zeros are failures, not measurements: say so beside the table
            notes.append(f"- **{md_text(variant.label)}: {len(failed)} of {len(result.results)} questions raised an "
                         f"error**, so its figures are not measurements (first: {md_text(failed[0])}).")
    notes.append("")
    if comparison.best == default:
        notes.append(f"The default configuration ({md_text(default.label)}) is the best measured one.")
    else:
        notes.append(
            f"The default configuration ({md_text(default.label)}) is not the best measured one: "
            f"{md_text(comparison.best.label)} scores higher and should become the default."
        )
    return notes
