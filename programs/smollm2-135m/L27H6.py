"""head: L27H6
heldout_iou: 0.578
heldout_iou_no_bos: 0.411
0.7 first + 0.3 self.

name: first_self
origin: hand-written
target: none
"""
from programs import primitives as P


def attention(ctx):
    return P.mix((0.7, P.first(ctx)), (0.3, P.self_token(ctx)))
