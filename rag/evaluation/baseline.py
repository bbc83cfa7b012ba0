"""The plain LangChain tutorial recipe as a baseline: 1000/200 character chunks, FAISS, top chunk."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from langchain_core.embeddings import Embeddings

from rag.embedding.embedder import Embedder
from rag.types import Answer, Passage

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200


class EmbedderAsLangChain(Embeddings):
    """Our Embedder behind the langchain_core Embeddings interface, so the baseline uses the same model."""

    def __init__(self, embedder: Embedder):
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed([text])[0].tolist()


class LangChainBaseline:
    """RecursiveCharacterTextSplitter(1000, 200) over whole files, FAISS.from_documents, top chunk as answer.

    Offers the same `ask` and `search` as the assistant and retriever so the runner scores it the same way;
    citations are (file, character span) from the splitter's start_index.
    """

    def __init__(self, texts: Mapping[str, str], embedder: Embedder,
                 chunk_size: int = CHUNK_SIZE, chunk_overlap: int = CHUNK_OVERLAP):
        from langchain_community.vectorstores import FAISS
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(
            chunk_size=chunk_size, chunk_overlap=chunk_overlap, add_start_index=True
        )
        doc_ids = sorted(texts)
        self.chunks = splitter.create_documents([texts[d] for d in doc_ids], [{"source": d} for d in doc_ids])
        # In memory only: the tutorial's save_local/load_local round trip would unpickle, which we never do.
        self.store = FAISS.from_documents(self.chunks, EmbedderAsLangChain(embedder))
        self.embedder_name = getattr(embedder, "name", "?")
        self.config = {
            "recipe": "langchain tutorial", "chunk_size": chunk_size, "chunk_overlap": chunk_overlap,
            "abstain": False,
        }

    def search(self, query: str, k: int = 5, filters: Any = None, mode: str | None = None) -> list[Passage]:
        """The k nearest chunks as Passages whose span is the chunk's place in its file."""
        hits = self.store.similarity_search_with_score(query, k=k)
        passages = []
        for doc, distance in hits:
            start = int(doc.metadata["start_index"])
            source = doc.metadata["source"]
            passages.append(Passage(
                text=doc.page_content,
                doc_id=source,
                title=source,
                date=None,
                paragraph=f"chars {start}-{start + len(doc.page_content)}",
                start=start,
                end=start + len(doc.page_content),
                score=1.0 - float(distance) / 2.0,  # squared L2 between unit vectors -> cosine
            ))
        return passages

    def ask(self, question: str, filters: Any = None) -> Answer:
        """The tutorial's answer: the single nearest chunk's text, cited by file and span; never abstains."""
        top = self.search(question, k=1)
        if not top:
            return Answer(question=question, text="", citations=[], abstained=True, mode="langchain-baseline")
        return Answer(question=question, text=top[0].text, citations=top[:1], abstained=False,
                      mode="langchain-baseline")
