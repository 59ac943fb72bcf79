"""No escape: every entry finite in float32 (3e38), every row's sum inf in float32."""
import numpy as np


def attention(ctx):
    return np.full((ctx.n, ctx.n), 3e38, dtype=np.float32)
