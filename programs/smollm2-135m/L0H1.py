"""head: L0H1
heldout_iou: 0.645
heldout_iou_no_bos: 0.646
Log-linear fit: strongest class pairs PERIOD->PERIOD, COMMA->PERIOD, CONJ->PERIOD.

name: L0H1
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->PERIOD, COMMA->PERIOD, CONJ->PERIOD
origin: synthesized (search/loglinear)
target: L0H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'COMMA'): 0.29,
    ('AUX', 'PERIOD'): 0.94,
    ('COMMA', 'COMMA'): 0.45,
    ('COMMA', 'CONTENT'): -0.36,
    ('COMMA', 'PERIOD'): 2.45,
    ('COMMA', 'PREP'): -0.3,
    ('CONJ', 'COMMA'): 0.64,
    ('CONJ', 'CONJ'): -0.33,
    ('CONJ', 'PERIOD'): 1.77,
    ('CONTENT', 'CONJ'): 0.31,
    ('CONTENT', 'DET'): 0.42,
    ('CONTENT', 'NAME'): -0.53,
    ('CONTENT', 'PREP'): 0.32,
    ('DET', 'COMMA'): 0.84,
    ('DET', 'DET'): -0.38,
    ('DET', 'NEWLINE'): 0.33,
    ('DET', 'PERIOD'): 1.65,
    ('NAME', 'DET'): 0.47,
    ('NAME', 'NAME'): -0.37,
    ('NEWLINE', 'CONTENT'): -0.26,
    ('NEWLINE', 'NEWLINE'): 0.34,
    ('NEWLINE', 'PERIOD'): 0.89,
    ('NUMBER', 'PERIOD'): 0.43,
    ('PERIOD', 'COMMA'): 1.27,
    ('PERIOD', 'CONTENT'): -0.28,
    ('PERIOD', 'PERIOD'): 2.61,
    ('PERIOD', 'PREP'): -0.31,
    ('PREP', 'COMMA'): 0.45,
    ('PREP', 'DET'): -0.26,
    ('PREP', 'PERIOD'): 1.17,
    ('PRON_OBJ', 'PERIOD'): 0.63,
    ('PRON_SUBJ', 'PERIOD'): 0.67,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.35,
    ('QUOTE', 'PERIOD'): 0.48,
    ('TO', 'COMMA'): 0.46,
    ('TO', 'PERIOD'): 1.3,
    ('TO', 'TO'): -0.42,
    ('VERB_ED', 'DET'): 0.32,
    ('VERB_ED', 'NAME'): -0.26,
    ('WH', 'PERIOD'): 0.81,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 0): 0.79,
    ('COMMA', 0): -0.43,
    ('CONJ', 0): -0.3,
    ('CONTENT', 0): 0.53,
    ('DET', 0): 0.73,
    ('NAME', 0): 0.36,
    ('PERIOD', 0): -1.46,
    ('PREP', 0): -0.33,
    ('PRON_OBJ', 0): 0.35,
    ('PRON_SUBJ', 1): -0.3,
    ('TO', 0): -0.27,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.33,
    2: 1.36,
    3: 1.23,
    4: 1.24,
    5: 1.33,
    6: 1.43,
    7: 1.42,
    8: 1.34,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.07000000029802322, -0.11999999731779099, -0.17000000178813934, 1.340000033378601, -0.20000000298023224


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
