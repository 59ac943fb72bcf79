"""head: L22H5
heldout_iou: 0.534
heldout_iou_no_bos: 0.494
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS.

name: L22H5
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS
origin: synthesized (search/loglinear)
target: L22H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.92,
    ('AUX', 'BOS'): 2.58,
    ('AUX', 'DET'): -0.29,
    ('COMMA', 'BOS'): 1.92,
    ('COMMA', 'PERIOD'): 0.32,
    ('CONJ', 'BOS'): 2.13,
    ('CONTENT', 'AUX'): -0.3,
    ('CONTENT', 'BOS'): 3.93,
    ('CONTENT', 'CONTENT'): 0.34,
    ('CONTENT', 'DET'): -0.3,
    ('CONTENT', 'NAME'): 0.25,
    ('CONTENT', 'PERIOD'): 0.26,
    ('CONTENT', 'VERB_ING'): 0.3,
    ('DET', 'AUX'): -0.25,
    ('DET', 'BOS'): 2.74,
    ('DET', 'PERIOD'): 0.26,
    ('NAME', 'BOS'): 3.47,
    ('NAME', 'DET'): -0.31,
    ('NAME', 'NAME'): 0.37,
    ('NEG', 'BOS'): 0.67,
    ('NEWLINE', 'BOS'): 2.09,
    ('NEWLINE', 'CONTENT'): -0.43,
    ('NUMBER', 'BOS'): 1.91,
    ('NUMBER', 'CONTENT'): -0.26,
    ('PERIOD', 'BOS'): 2.24,
    ('PERIOD', 'CONTENT'): -0.48,
    ('PERIOD', 'DET'): -0.35,
    ('PERIOD', 'PERIOD'): 0.31,
    ('PERIOD', 'PREP'): -0.33,
    ('PERIOD', 'PRON_SUBJ'): 0.48,
    ('PREP', 'AUX'): -0.25,
    ('PREP', 'BOS'): 2.74,
    ('PREP', 'PERIOD'): 0.28,
    ('PRON_OBJ', 'BOS'): 2.32,
    ('PRON_SUBJ', 'BOS'): 2.63,
    ('PRON_SUBJ', 'DET'): -0.27,
    ('PRON_SUBJ', 'VERB_ED'): 0.28,
    ('QUOTE', 'BOS'): 0.99,
    ('TO', 'BOS'): 2.02,
    ('VERB_ED', 'BOS'): 2.94,
    ('VERB_ED', 'DET'): -0.36,
    ('VERB_ING', 'BOS'): 2.5,
    ('WH', 'BOS'): 1.88,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONJ', 1): 0.4,
    ('CONJ', 8): -0.41,
    ('CONTENT', 0): 0.41,
    ('CONTENT', 8): -0.45,
    ('NAME', 0): 0.4,
    ('NEWLINE', 8): 0.42,
    ('PERIOD', 1): -0.27,
    ('VERB_ING', 8): 0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.33,
    1: 1.01,
    2: 0.72,
    3: 0.56,
    4: 0.48,
    5: 0.32,
    6: 0.25,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.7400000095367432, 0.7599999904632568, 0.25, -0.7099999785423279, -0.10999999940395355


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
