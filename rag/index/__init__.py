"""The index on disk and how it is built: store format, build/update by content hash, FAISS, BM25, token vectors."""
