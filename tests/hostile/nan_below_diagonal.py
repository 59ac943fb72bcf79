"""No escape: NaN on the causal keys only, a float32 array (checked as it is)."""
import numpy as np


def attention(ctx):
    return np.tril(np.full((ctx.n, ctx.n), np.nan, dtype=np.float32))
