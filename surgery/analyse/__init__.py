"""Analyses of finished programs: compression into a shared library, regression between checkpoints, roles."""
