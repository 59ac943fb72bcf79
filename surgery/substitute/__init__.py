"""Substitution: swapping programs into the model, choosing heads, measuring costs, tuning."""
