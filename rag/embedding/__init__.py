"""Embedding models: sentence-transformers models resolved from offline packages, and a lean query encoder."""
