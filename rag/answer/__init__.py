"""Answers with verified paragraph citations: extractive by default, an LLM optionally."""

from rag.answer.assistant import Assistant, QuestionError, validate_question

__all__ = ["Assistant", "QuestionError", "validate_question"]
