"""head: L0H5
heldout_iou: 0.661
heldout_iou_no_bos: 0.658
Log-linear fit: strongest class pairs PERIOD->DET, COMMA->DET, DET->DET.

name: L0H5
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->DET, COMMA->DET, DET->DET
origin: synthesized (search/loglinear)
target: L0H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'AUX'): -0.47,
    ('AUX', 'CONJ'): 0.28,
    ('AUX', 'PERIOD'): -0.31,
    ('AUX', 'PRON_SUBJ'): 0.41,
    ('COMMA', 'COMMA'): -0.39,
    ('COMMA', 'DET'): 1.02,
    ('COMMA', 'PERIOD'): -0.31,
    ('CONJ', 'DET'): 0.82,
    ('CONJ', 'PRON_SUBJ'): 0.26,
    ('CONTENT', 'AUX'): -0.48,
    ('CONTENT', 'COMMA'): -0.55,
    ('CONTENT', 'CONJ'): 0.5,
    ('CONTENT', 'NEWLINE'): -0.32,
    ('CONTENT', 'NUMBER'): 0.52,
    ('CONTENT', 'PERIOD'): -0.49,
    ('CONTENT', 'PREP'): 0.36,
    ('CONTENT', 'PRON_SUBJ'): 0.37,
    ('CONTENT', 'QUOTE'): -0.27,
    ('DET', 'COMMA'): -0.33,
    ('DET', 'DET'): 1.01,
    ('DET', 'PERIOD'): -0.37,
    ('DET', 'PREP'): -0.32,
    ('DET', 'PRON_OBJ'): 0.27,
    ('NAME', 'AUX'): -0.26,
    ('NAME', 'COMMA'): -0.27,
    ('NAME', 'PERIOD'): -0.28,
    ('NAME', 'PREP'): 0.27,
    ('PERIOD', 'COMMA'): -0.31,
    ('PERIOD', 'DET'): 1.15,
    ('PERIOD', 'PERIOD'): -0.61,
    ('PERIOD', 'PREP'): -0.26,
    ('PERIOD', 'PRON_OBJ'): 0.32,
    ('PERIOD', 'PRON_SUBJ'): 0.35,
    ('PERIOD', 'TO'): -0.35,
    ('PREP', 'COMMA'): -0.33,
    ('PREP', 'DET'): 0.54,
    ('PREP', 'PERIOD'): -0.43,
    ('PREP', 'PRON_SUBJ'): 0.39,
    ('PREP', 'TO'): -0.26,
    ('TO', 'DET'): 0.55,
    ('TO', 'PERIOD'): -0.29,
    ('TO', 'PRON_SUBJ'): 0.27,
    ('VERB_ED', 'PREP'): 0.25,
    ('WH', 'DET'): 0.29,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 0): -0.33,
    ('AUX', 8): -0.41,
    ('DET', 0): 0.43,
    ('NEWLINE', 0): 0.27,
    ('PERIOD', 0): -0.25,
    ('PERIOD', 1): -0.32,
    ('PRON_SUBJ', 1): 0.37,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.46,
    2: 0.26,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.09000000357627869, 0.07999999821186066, 0.009999999776482582, 0.44999998807907104, -0.4399999976158142


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
