"""Scale benchmark: the five real letters plus N synthetic ones (benchmarks/synth_letters.py), built and queried.

For each N it reports: build time, texts embedded per second against the raw model's throughput measured in the
same process, index size on disk, peak RSS of the build and of the query process, cold start to first answer
(fresh process: imports, index load, model load, first ask), warm search and ask p50/p95, and hit@5 / answer
accuracy on eval/qa.jsonl (questions about the five real letters) with the N distractors present.

    python benchmarks/scale.py -n 200 -n 2000 [--work /tmp/scale] [--store postgresql://… [--from-files]]

--from-files fills the database from the file index of the same N already built under --work (no second
embedding pass): its build column is then that copy's time.

Every measurement of one N runs in fresh child processes, so peak RSS is that step's own. Results go to
benchmarks/results/scale.md and scale.json (one row per N, rows of other N kept).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
STARTED = time.perf_counter()  # the query child's cold start is measured from here (imports included)

RAW_SAMPLE = 512  # chunk texts embedded on their own to measure the model's throughput


def _peak_rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # Linux reports KiB


def child_build(corpus: Path, index: str) -> dict:
    """Raw model throughput on a sample of this corpus's chunk texts, then a full build from nothing."""
    from rag.embedding.embedder import DEFAULT_MODEL, load_embedder
    from rag.index.build import embedding_units
    from rag.ingest import chunk_document, load_document
    from rag.retrieval.retriever import Retriever

    embedder = load_embedder(DEFAULT_MODEL)
    embedder.embed(["warm-up"])
    files = sorted(corpus.iterdir())[:60]
    chunks = [c for p in files for c in chunk_document(load_document(p))]
    every = sorted((t for _, t in embedding_units(chunks)), key=len)
    texts = every[:: max(1, len(every) // RAW_SAMPLE)][:RAW_SAMPLE]  # spread over the lengths the build embeds
    started = time.perf_counter()
    embedder.embed(texts)
    raw = len(texts) / (time.perf_counter() - started)

    last = [0.0]

    def progress(stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if stage == "embed" and total and now - last[0] > 30:
            last[0] = now
            print(f"  embed {done}/{total}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    retriever = Retriever.build(corpus, index, embedder=embedder, progress=progress)
    seconds = time.perf_counter() - started
    report = retriever.last_build
    return {"build_s": seconds, "embedded": report.embedded, "chunks": report.chunks, "documents": report.documents,
            "texts_per_s": report.embedded / seconds, "raw_texts_per_s": raw, "build_peak_rss_gb": _peak_rss_gb(),
            "faiss_type": report.faiss_type}


def child_query(index: Path, qa: Path, store: str | None) -> dict:
    """Cold start to first answer, then every eval question asked and searched (warm), scored as `rag eval` does."""
    from rag.answer.assistant import Assistant
    from rag.evaluation.metrics import percentile
    from rag.evaluation.qa import load_qa
    from rag.evaluation.runner import evaluate_question

    assistant = Assistant.load(store or str(index))
    items = load_qa(qa)
    assistant.ask(items[0].question)
    cold = time.perf_counter() - STARTED
    retriever = assistant.retriever
    for item in items[:10]:  # warm-up: the first answers load the tagger and fill caches
        assistant.ask(item.question)
    retriever._embed_query.cache_clear()
    results = [evaluate_question(item, assistant, lambda q, k: retriever.search(q, k=k), retriever.document_text)
               for item in items]
    answerable = [r for r in results if r.hit_rank is not None or r.correct is not None]
    search, ask = [r.search_ms for r in results], [r.ask_ms for r in results]
    # search right after ask hits the query-vector cache; time a search that embeds its query too
    fresh = []
    for item in items:
        retriever._embed_query.cache_clear()
        started = time.perf_counter()
        retriever.search(item.question, k=10)
        fresh.append((time.perf_counter() - started) * 1000)
    # The letter-naming vote (rag/question/mentions.py) among distractors: hit@5 of the questions that name a letter
    # by date or correspondent, with the vote and without it.
    from rag.evaluation.metrics import evidence_spans, first_hit_rank

    naming = [item for item in items if item.docs and retriever.named_documents(item.question)]
    named_hits = {}
    for label in ("with vote", "without vote"):
        if label == "without vote":
            retriever._mentions.find = lambda question: []
        hits = 0
        for item in naming:
            spans = evidence_spans(item.docs, item.evidence, retriever.document_text)
            rank = first_hit_rank(retriever.search(item.question, k=5), spans)
            hits += rank is not None and rank <= 5
        named_hits[label] = hits / max(len(naming), 1)
    return {
        "naming_questions": len(naming), "naming_hit@5": named_hits["with vote"],
        "naming_hit@5_without_vote": named_hits["without vote"],
        "cold_start_s": cold, "query_peak_rss_gb": _peak_rss_gb(),
        "search_p50_ms": statistics.median(fresh), "search_p95_ms": percentile(fresh, 0.95),
        "search_cached_p50_ms": statistics.median(search),
        "ask_p50_ms": statistics.median(ask), "ask_p95_ms": percentile(ask, 0.95),
        "hit@5": sum(r.hit_rank is not None and r.hit_rank <= 5 for r in answerable) / len(answerable),
        "accuracy": sum(bool(r.correct) for r in answerable) / len(answerable),
        "errors": sum(r.error is not None for r in results), "questions": len(results),
    }


def child_copy(index: Path, url: str) -> dict:
    """Write a file index into the database as `rag index` would after embedding (same rows, one transaction)."""
    from rag.index.pgstore import PgStore
    from rag.index.store import read_index

    stored = read_index(index)
    started = time.perf_counter()
    PgStore(url).write(stored)
    seconds = time.perf_counter() - started
    counts = stored.manifest.counts
    return {"build_s": seconds, "embedded": 0, "chunks": counts["chunks"], "documents": counts["documents"],
            "texts_per_s": float("nan"), "raw_texts_per_s": float("nan"), "build_peak_rss_gb": _peak_rss_gb(),
            "faiss_type": "pgvector-hnsw (copied from the file index)"}


def _reset_database(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS rag_meta, rag_documents, rag_chunks, rag_vectors, rag_postings, rag_terms")


def _database_mb(url: str) -> float:
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 2**20


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _run_child(args: list[str]) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, __file__, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, check=True)
    return json.loads(done.stdout.decode().strip().splitlines()[-1])


def run(n: int, work: Path, seed: int, qa: Path, store: str | None, from_files: bool = False) -> dict:
    from synth_letters import generate

    from rag import settings
    from rag.index.store import FORMAT_VERSION

    corpus = work / f"corpus_{n}"
    index = work / f"index_{n}"
    if not from_files:
        if corpus.exists():
            shutil.rmtree(corpus)
        generate(corpus, n, seed)
        for real in sorted((ROOT / "corpus").iterdir()):
            shutil.copy(real, corpus / real.name)
        if index.exists():
            shutil.rmtree(index)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.iterdir())
    print(f"N={n}: {words:,} words; building", file=sys.stderr, flush=True)
    row = {"n": n, "letters": n + 5, "words": words, "format": FORMAT_VERSION,
           "backend": (settings.get("RAG_EMBED_BACKEND") or "torch").lower(),
           "started": time.strftime("%Y-%m-%d %H:%M")}
    target = store or str(index)
    if store:
        _reset_database(store)
    if from_files:
        row.update(_run_child(["--child-copy", str(index), store]))
    else:
        row.update(_run_child(["--child-build", str(corpus), target]))
    row["index_mb"] = _database_mb(store) if store else _du(index) / 2**20
    print(f"N={n}: built in {row['build_s']:.0f} s; querying", file=sys.stderr, flush=True)
    row.update(_run_child(["--child-query", str(index), str(qa)] + (["--store", store] if store else [])))
    row["store"] = "postgresql" if store else "files"
    return row


def _label(row: dict) -> str:
    if "format" not in row:  # rows written before the format and backend were recorded name them in "store"
        return row.get("store", "files")
    return f"{row.get('store', 'files')}, format {row['format']}, {row.get('backend', 'torch')}"


def write_results(rows: list[dict], out: Path) -> None:
    old = json.loads(out.with_suffix(".json").read_text()) if out.with_suffix(".json").exists() else []
    merged = {(r["n"], r.get("store", "files"), r.get("format", 0)): r for r in old + rows}
    rows = [merged[key] for key in sorted(merged)]
    out.with_suffix(".json").write_text(json.dumps(rows, indent=1))
    lines = [
        "# Scale benchmark", "",
        f"`python benchmarks/scale.py -n N`: the 5 real letters + N synthetic distractors; {os.cpu_count()} cores. "
        "Texts/s is the build's embedded texts over its whole time; raw is the model alone on a sample of the "
        "same chunk texts. Search is a fresh query (embedding included); ask is the full extractive answer. "
        "hit@5 and accuracy are over the answerable questions of eval/qa.jsonl.", "",
        "| letters (words) | store | build | texts/s (raw model) | index on disk | peak RSS build / query "
        "| search p50 / p95 | ask p50 / p95 | cold start | hit@5 | accuracy | naming questions: hit@5 with / "
        "without the letter-naming vote |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['letters']:,} ({r['words'] / 1000:.0f}k) | {_label(r)} | {r['build_s']:.0f} s "
            f"| {r['texts_per_s']:.0f} ({r['raw_texts_per_s']:.0f}) | {r['index_mb']:.0f} MB "
            f"| {r['build_peak_rss_gb']:.2f} / {r['query_peak_rss_gb']:.2f} GB "
            f"| {r['search_p50_ms']:.1f} / {r['search_p95_ms']:.1f} ms "
            f"| {r['ask_p50_ms']:.0f} / {r['ask_p95_ms']:.0f} ms "
            f"| {r['cold_start_s']:.1f} s | {r['hit@5']:.3f} | {r['accuracy']:.3f} "
            f"| {r.get('naming_hit@5', float('nan')):.3f} / {r.get('naming_hit@5_without_vote', float('nan')):.3f} "
            f"({r.get('naming_questions', 0)}) |"
        )
    notes = _notes(out)
    out.write_text("\n".join(lines) + "\n" + (f"\n{notes}\n" if notes else ""), encoding="utf-8")
    print("\n".join(lines))


def _notes(out: Path) -> str:
    """What follows the table in an existing results file (the conditions of each run, written by hand): kept."""
    if not out.exists():
        return ""
    text = out.read_text(encoding="utf-8").splitlines()
    last_row = max((i for i, line in enumerate(text) if line.startswith("|")), default=len(text) - 1)
    return "\n".join(text[last_row + 1:]).strip()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child-build":
        print(json.dumps(child_build(Path(sys.argv[2]), sys.argv[3])))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--child-copy":
        print(json.dumps(child_copy(Path(sys.argv[2]), sys.argv[3])))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--child-query":
        store = sys.argv[5] if len(sys.argv) > 5 else None
        print(json.dumps(child_query(Path(sys.argv[2]), Path(sys.argv[3]), store)))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, action="append", help="synthetic letters (repeatable); default 200")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work", type=Path, default=Path("/tmp/rag-scale"))
    parser.add_argument("--qa", type=Path, default=ROOT / "eval" / "qa.jsonl")
    parser.add_argument("--store", default=None,
                        help="a postgresql:// URL (an empty database: its rag_ tables are dropped) to build into and "
                             "query instead of an index folder")
    parser.add_argument("--from-files", action="store_true",
                        help="with --store: copy the file index of the same N from --work instead of embedding again")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "scale.md")
    args = parser.parse_args()
    rows = []
    for n in args.n or [200]:
        rows.append(run(n, args.work, args.seed, args.qa, args.store, args.from_files and bool(args.store)))
        write_results(rows, args.out)


if __name__ == "__main__":
    main()
