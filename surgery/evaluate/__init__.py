"""Evaluation through lm-eval: the model adapter and offline task configs."""
