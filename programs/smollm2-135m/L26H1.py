"""head: L26H1
heldout_iou: 0.667
heldout_iou_no_bos: 0.000
All attention on the first token (BOS, the attention sink).

name: first
origin: hand-written
target: none
"""
from programs import primitives as P


def attention(ctx):
    return P.first(ctx)
