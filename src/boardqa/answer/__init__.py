"""Answers: extractive composition, action timelines, abstention, optional LLM + validation."""
