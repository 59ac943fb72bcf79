"""All attention on the first token (BOS, the attention sink).

head: L18H7
heldout_iou: 0.933
heldout_iou_no_bos: 0.000
name: first
origin: hand-written
target: none
"""
from surgery.lang import primitives as P


def attention(ctx):
    return P.first(ctx)
