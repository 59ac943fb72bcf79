"""head: L11H1
heldout_iou: 0.680
heldout_iou_no_bos: 0.682
Log-linear fit: strongest class pairs NEWLINE->PERIOD, CONTENT->PERIOD, DET->PERIOD.

name: L11H1
description: softmax over class-pair, distance and lexical terms; strongest pairs NEWLINE->PERIOD, CONTENT->PERIOD, DET->PERIOD
origin: synthesized (search/loglinear)
target: L11H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.31,
    ('CONJ', 'COMMA'): -0.34,
    ('CONTENT', 'BOS'): 0.4,
    ('CONTENT', 'DET'): -0.41,
    ('CONTENT', 'NUMBER'): -0.26,
    ('CONTENT', 'PERIOD'): 0.56,
    ('DET', 'AUX'): -0.35,
    ('DET', 'PERIOD'): 0.45,
    ('NAME', 'CONJ'): 0.44,
    ('NAME', 'NAME'): -1.01,
    ('NAME', 'VERB_ED'): 0.33,
    ('NAME', 'WH'): 0.31,
    ('NEWLINE', 'NEWLINE'): -0.75,
    ('NEWLINE', 'PERIOD'): 0.65,
    ('NEWLINE', 'QUOTE'): 0.33,
    ('NUMBER', 'NUMBER'): -0.27,
    ('PERIOD', 'PERIOD'): 0.43,
    ('VERB_ING', 'DET'): -0.27,
    ('VERB_ING', 'VERB_ING'): -0.29,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): 0.3,
    ('COMMA', 2): -0.27,
    ('CONJ', 1): 0.38,
    ('NEWLINE', 2): 0.26,
    ('PERIOD', 0): 0.43,
    ('PERIOD', 1): -0.29,
    ('PERIOD', 2): -0.46,
    ('PERIOD', 3): -0.25,
    ('PERIOD', 6): 0.39,
    ('PERIOD', 7): 0.26,
    ('PREP', 8): -0.26,
    ('PRON_SUBJ', 1): 0.59,
    ('TO', 3): 0.32,
    ('WH', 1): 0.27,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.11,
    1: 3.89,
    2: 3.17,
    3: 1.46,
    6: 0.72,
    7: 0.7,
    8: 0.79,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.28999999165534973, 0.07000000029802322, 0.3199999928474426, -0.3199999928474426, -1.350000023841858


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
