"""Synthesis: finding a program for every head (fits of the terms and table forms, LLM proposals)."""
