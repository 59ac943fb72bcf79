"""head: L1H4
heldout_iou: 0.576
heldout_iou_no_bos: 0.576
Log-linear fit: strongest class pairs VERB_ED->AUX, AUX->AUX, NAME->PERIOD.

name: L1H4
description: softmax over class-pair, distance and lexical terms; strongest pairs VERB_ED->AUX, AUX->AUX, NAME->PERIOD
origin: synthesized (search/loglinear)
target: L1H4
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'AUX'): 1.04,
    ('AUX', 'PERIOD'): -0.34,
    ('AUX', 'VERB_ED'): 0.32,
    ('COMMA', 'DET'): -0.29,
    ('COMMA', 'NUMBER'): 0.25,
    ('COMMA', 'PERIOD'): -0.25,
    ('COMMA', 'WH'): 0.38,
    ('CONJ', 'DET'): -0.34,
    ('CONJ', 'PERIOD'): 0.33,
    ('CONTENT', 'AUX'): 0.44,
    ('CONTENT', 'COMMA'): -0.61,
    ('CONTENT', 'DET'): -0.25,
    ('CONTENT', 'PERIOD'): 0.42,
    ('CONTENT', 'TO'): 0.48,
    ('DET', 'COMMA'): -0.4,
    ('DET', 'CONJ'): 0.26,
    ('DET', 'PREP'): 0.43,
    ('DET', 'TO'): 0.45,
    ('NAME', 'AUX'): 0.36,
    ('NAME', 'CONTENT'): -0.32,
    ('NAME', 'PERIOD'): 0.96,
    ('NAME', 'PREP'): 0.47,
    ('NAME', 'TO'): 0.93,
    ('NEWLINE', 'NEWLINE'): 0.46,
    ('PERIOD', 'COMMA'): 0.32,
    ('PERIOD', 'CONJ'): 0.28,
    ('PERIOD', 'DET'): -0.42,
    ('PERIOD', 'PRON_OBJ'): -0.3,
    ('PREP', 'COMMA'): -0.27,
    ('PREP', 'PERIOD'): 0.42,
    ('PRON_OBJ', 'AUX'): 0.44,
    ('PRON_SUBJ', 'AUX'): 0.63,
    ('PRON_SUBJ', 'CONJ'): 0.34,
    ('PRON_SUBJ', 'PREP'): 0.29,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.27,
    ('PRON_SUBJ', 'WH'): 0.44,
    ('QUOTE', 'QUOTE'): 0.55,
    ('TO', 'TO'): 0.31,
    ('VERB_ED', 'AUX'): 1.11,
    ('VERB_ED', 'VERB_ED'): 0.25,
    ('WH', 'VERB_ED'): 0.26,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 0): -0.51,
    ('COMMA', 0): -0.42,
    ('COMMA', 8): -0.34,
    ('CONTENT', 8): 0.25,
    ('NAME', 0): 0.34,
    ('NAME', 8): 0.48,
    ('NEWLINE', 0): -0.38,
    ('NEWLINE', 1): -0.34,
    ('NEWLINE', 8): 0.4,
    ('PREP', 0): 0.52,
    ('PREP', 1): 0.42,
    ('PRON_OBJ', 1): 0.28,
    ('QUOTE', 0): -0.26,
    ('TO', 0): 0.6,
    ('TO', 1): 0.28,
    ('TO', 8): -0.34,
    ('VERB_ED', 8): 0.31,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.74,
    2: 2.08,
    3: 2.23,
    4: 2.22,
    5: 2.22,
    6: 2.27,
    7: 2.3,
    8: 2.28,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.3799999952316284, 0.10000000149011612, 0.4399999976158142, 0.5400000214576721, -0.8999999761581421


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
