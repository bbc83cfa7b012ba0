"""Running a question against the index: the Retriever facade, rank fusion, late-interaction rerank, LangChain."""
