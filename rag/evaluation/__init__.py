"""Evaluation: the question set (qa) and scoring helpers."""

from rag.evaluation.qa import QAFileError, QAItem, load_qa, qa_stats, validate_qa

__all__ = ["QAFileError", "QAItem", "load_qa", "qa_stats", "validate_qa"]
