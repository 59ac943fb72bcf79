"""head: L18H4
heldout_iou: 0.574
heldout_iou_no_bos: 0.340
0.8 first + 0.2 uniform.

name: first_uniform
origin: hand-written
target: none
"""
from programs import primitives as P


def attention(ctx):
    return P.mix((0.8, P.first(ctx)), (0.2, P.uniform(ctx)))
