"""The lean query path gives encode()'s vectors, and steps aside for models it does not understand."""

from pathlib import Path

import numpy as np
import pytest

from rag.embedding.embedder import SentenceTransformerEmbedder
from rag.embedding.query_encoder import fast_query_encoder
from rag.evaluation.qa import load_qa

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.e2e
def test_lean_path_matches_encode_on_every_eval_question():
    embedder = SentenceTransformerEmbedder("all-MiniLM-L6-v2")  # the PyTorch embedder, whose lean path this is
    assert fast_query_encoder(embedder.model) is not None  # MiniLM is a plain BERT: the lean path applies
    questions = [q.question for q in load_qa(ROOT / "eval" / "qa.jsonl")]
    questions += ["x", "£1,118,248?", " ".join(["policing funding letter"] * 300)]  # one char, symbols, truncation
    lean = np.stack([embedder.embed_query_tokens(q)[0] for q in questions])
    batch = embedder.embed(questions)
    cosines = (lean * batch).sum(axis=1)
    assert cosines.min() > 0.9999, questions[int(cosines.argmin())]
    assert np.allclose(np.linalg.norm(lean, axis=1), 1.0, atol=1e-5)


@pytest.mark.e2e
def test_lean_path_gives_the_same_token_vectors_as_the_batch_path():
    embedder = SentenceTransformerEmbedder("all-MiniLM-L6-v2")
    question = "Which government department will MOPAC partner with on anti-radicalisation work?"
    vector, tokens = embedder.embed_query_tokens(question)
    vectors, batch_tokens = embedder.embed_with_tokens([question])
    assert tokens.shape == batch_tokens[0].shape and tokens.shape[0] >= 5  # content word-pieces only
    cosines = (tokens.astype(np.float32) * batch_tokens[0].astype(np.float32)).sum(axis=1)
    assert cosines.min() > 0.999
    assert float(vector @ vectors[0]) > 0.9999
