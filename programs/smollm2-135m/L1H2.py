"""head: L1H2
heldout_iou: 0.668
heldout_iou_no_bos: 0.668
Log-linear fit: strongest class pairs NAME->PERIOD, CONTENT->PERIOD, PERIOD->PERIOD.

name: L1H2
description: softmax over class-pair, distance and lexical terms; strongest pairs NAME->PERIOD, CONTENT->PERIOD, PERIOD->PERIOD
origin: synthesized (search/loglinear)
target: L1H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'AUX'): -0.28,
    ('AUX', 'COMMA'): 0.31,
    ('AUX', 'CONTENT'): -0.27,
    ('AUX', 'PERIOD'): 1.19,
    ('COMMA', 'COMMA'): 0.56,
    ('COMMA', 'CONTENT'): -0.25,
    ('COMMA', 'PERIOD'): 0.64,
    ('CONJ', 'PERIOD'): 0.91,
    ('CONTENT', 'COMMA'): 1.26,
    ('CONTENT', 'CONTENT'): -0.34,
    ('CONTENT', 'PERIOD'): 2.26,
    ('CONTENT', 'PRON_OBJ'): 0.26,
    ('CONTENT', 'TO'): -0.57,
    ('DET', 'PREP'): 0.44,
    ('NAME', 'COMMA'): 0.91,
    ('NAME', 'CONJ'): -0.34,
    ('NAME', 'CONTENT'): -0.44,
    ('NAME', 'NAME'): -0.62,
    ('NAME', 'PERIOD'): 2.61,
    ('NEWLINE', 'PERIOD'): 0.46,
    ('NUMBER', 'NUMBER'): -0.38,
    ('NUMBER', 'PERIOD'): 0.42,
    ('PERIOD', 'COMMA'): 0.72,
    ('PERIOD', 'CONTENT'): -0.53,
    ('PERIOD', 'PERIOD'): 1.9,
    ('PREP', 'COMMA'): 0.36,
    ('PREP', 'PERIOD'): 1.14,
    ('PRON_OBJ', 'PERIOD'): 0.34,
    ('PRON_OBJ', 'PRON_OBJ'): -0.28,
    ('PRON_SUBJ', 'COMMA'): 0.3,
    ('PRON_SUBJ', 'PERIOD'): 1.04,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.35,
    ('QUOTE', 'CONTENT'): -0.32,
    ('QUOTE', 'PERIOD'): 0.48,
    ('TO', 'CONTENT'): -0.26,
    ('TO', 'PERIOD'): 0.72,
    ('VERB_ED', 'COMMA'): 0.35,
    ('VERB_ED', 'PERIOD'): 1.18,
    ('VERB_ED', 'VERB_ED'): -0.26,
    ('VERB_ING', 'PERIOD'): 1.0,
    ('WH', 'PERIOD'): 0.56,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 8): -0.28,
    ('COMMA', 0): 0.68,
    ('CONJ', 1): 0.27,
    ('CONTENT', 8): -0.27,
    ('DET', 1): 0.96,
    ('DET', 8): -0.53,
    ('NAME', 1): -0.51,
    ('NAME', 2): -0.35,
    ('NEWLINE', 1): 0.3,
    ('NUMBER', 1): 0.35,
    ('PERIOD', 2): -0.27,
    ('PERIOD', 8): 0.4,
    ('PREP', 1): 0.45,
    ('PREP', 2): 0.27,
    ('PREP', 8): -0.3,
    ('PRON_OBJ', 1): 0.68,
    ('PRON_OBJ', 8): -0.32,
    ('PRON_SUBJ', 0): -0.26,
    ('PRON_SUBJ', 1): 0.46,
    ('TO', 1): 0.3,
    ('WH', 1): 0.45,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.65,
    1: 4.43,
    2: 2.95,
    3: 0.63,
    5: 0.28,
    6: 0.49,
    7: 0.84,
    8: 1.1,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.75, 0.03999999910593033, 0.30000001192092896, 0.05999999865889549, -0.5899999737739563


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
