"""LangChain's standard retriever tests (langchain-tests) run against as_langchain_retriever()."""

import pytest
from langchain_core.documents import Document
from langchain_tests.integration_tests import RetrieversIntegrationTests

from rag.embedding.embedder import FakeEmbedder
from rag.retrieval.langchain import PassageRetriever
from rag.retrieval.retriever import Retriever


@pytest.fixture(scope="module")
def tiny_retriever(tmp_path_factory, tiny_letters):
    folder = tmp_path_factory.mktemp("lc") / "corpus"
    folder.mkdir()
    for name, text in tiny_letters.items():
        (folder / name).write_text(text, encoding="utf-8")
    return Retriever.build(folder, folder.parent / "index", embedder=FakeEmbedder())


class TestPassageRetrieverStandard(RetrieversIntegrationTests):
    @pytest.fixture(autouse=True)
    def _setup(self, tiny_retriever):
        type(self)._retriever = tiny_retriever

    @property
    def retriever_constructor(self) -> type[PassageRetriever]:
        return PassageRetriever

    @property
    def retriever_constructor_params(self) -> dict:
        return {"retriever": type(self)._retriever, "k": 2}

    @property
    def retriever_query_example(self) -> str:
        return "knife crime funding"


def test_documents_carry_passage_fields(tiny_retriever):
    docs = tiny_retriever.as_langchain_retriever(k=2).invoke("How much will the knife crime fund cost?")
    assert len(docs) == 2 and all(isinstance(d, Document) for d in docs)
    meta = docs[0].metadata
    for field in ("doc_id", "title", "date", "paragraph", "start", "end", "score"):
        assert field in meta
    assert "£250,000" in docs[0].page_content
    assert meta["end"] > meta["start"]


def test_filters_pass_through(tiny_retriever):
    lc = tiny_retriever.as_langchain_retriever(k=5, filters={"documents": ["b_briefing.txt"]})
    docs = lc.invoke("knife crime")
    assert docs and {d.metadata["doc_id"] for d in docs} == {"b_briefing.txt"}
