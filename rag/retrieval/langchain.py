"""LangChain adapter: a BaseRetriever over Retriever whose Documents carry Passage fields as metadata."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from rag.types import Passage


def passage_to_document(passage: Passage) -> Document:
    """Document(page_content=passage text, metadata=every other Passage field)."""
    metadata = passage._asdict()
    metadata.pop("text")
    return Document(page_content=passage.text, metadata=metadata, id=passage.chunk_id or None)


class PassageRetriever(BaseRetriever):
    """Hybrid paragraph retrieval as a LangChain retriever; `k`, `filters` and `mode` can be set per call."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: Any  # rag.retrieval.retriever.Retriever (Any: pydantic need not validate it)
    k: int = 5
    filters: Any = None
    mode: str = "hybrid"

    def _get_relevant_documents(
        self,
        query: str,
        *,
        run_manager: CallbackManagerForRetrieverRun,
        k: int | None = None,
        filters: Any = None,
        mode: str | None = None,
    ) -> list[Document]:
        passages = self.retriever.search(
            query, k=k if k is not None else self.k, filters=filters or self.filters, mode=mode or self.mode
        )
        return [passage_to_document(p) for p in passages]
