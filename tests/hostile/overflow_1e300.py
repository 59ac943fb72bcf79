"""No escape: scores finite in float64 and inf in float32 (NaN after normalization)."""
import numpy as np


def attention(ctx):
    return np.full((ctx.n, ctx.n), 1e300)
