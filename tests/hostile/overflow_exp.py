"""No escape: an accidental overflow, exp(700) on the diagonal; and row sums of 3e38 that overflow."""
import numpy as np


def attention(ctx):
    scores = np.full((ctx.n, ctx.n), 3e38)
    return scores + np.diag(np.exp(np.full(ctx.n, 700.0)))
