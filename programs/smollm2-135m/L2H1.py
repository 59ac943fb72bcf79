"""head: L2H1
heldout_iou: 0.685
heldout_iou_no_bos: 0.685
Log-linear fit: strongest class pairs DET->DET, NEWLINE->PERIOD, DET->PERIOD.

name: L2H1
description: softmax over class-pair, distance and lexical terms; strongest pairs DET->DET, NEWLINE->PERIOD, DET->PERIOD
origin: synthesized (search/loglinear)
target: L2H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'CONTENT'): -0.27,
    ('AUX', 'NAME'): -0.25,
    ('AUX', 'PRON_SUBJ'): 0.34,
    ('CONTENT', 'AUX'): 0.28,
    ('CONTENT', 'NAME'): -0.3,
    ('CONTENT', 'PERIOD'): 0.27,
    ('DET', 'AUX'): 0.33,
    ('DET', 'DET'): 0.42,
    ('DET', 'PERIOD'): 0.37,
    ('DET', 'PREP'): -0.8,
    ('DET', 'TO'): -0.72,
    ('NEWLINE', 'NEWLINE'): -0.32,
    ('NEWLINE', 'PERIOD'): 0.38,
    ('NUMBER', 'NUMBER'): -0.26,
    ('PERIOD', 'CONTENT'): -0.3,
    ('PERIOD', 'PERIOD'): 0.29,
    ('PREP', 'CONTENT'): -0.25,
    ('PRON_SUBJ', 'PERIOD'): 0.32,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 8): -0.7,
    ('DET', 1): 0.35,
    ('NAME', 1): 0.34,
    ('PERIOD', 0): 0.31,
    ('PERIOD', 1): -0.38,
    ('PERIOD', 8): 0.32,
    ('PRON_OBJ', 1): 0.27,
    ('PRON_SUBJ', 1): 0.51,
    ('PRON_SUBJ', 8): -0.31,
    ('VERB_ING', 1): 0.27,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.73,
    1: 4.41,
    2: 3.29,
    3: 1.3,
    6: 0.71,
    7: 0.91,
    8: 1.29,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.09000000357627869, 0.10999999940395355, 0.019999999552965164, 0.05000000074505806, -1.0


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
