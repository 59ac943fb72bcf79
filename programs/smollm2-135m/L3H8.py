"""head: L3H8
heldout_iou: 0.479
heldout_iou_no_bos: 0.464
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PREP->BOS.

name: L3H8
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L3H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.58,
    ('AUX', 'BOS'): 1.44,
    ('AUX', 'PRON_SUBJ'): -0.32,
    ('COMMA', 'BOS'): 0.79,
    ('CONJ', 'BOS'): 1.0,
    ('CONTENT', 'AUX'): -0.35,
    ('CONTENT', 'BOS'): 2.52,
    ('CONTENT', 'CONJ'): -0.29,
    ('CONTENT', 'DET'): 0.66,
    ('CONTENT', 'PERIOD'): 0.29,
    ('CONTENT', 'PREP'): -0.46,
    ('CONTENT', 'TO'): -0.61,
    ('CONTENT', 'WH'): -0.27,
    ('DET', 'BOS'): 1.93,
    ('DET', 'DET'): 1.07,
    ('DET', 'PREP'): -0.33,
    ('DET', 'TO'): -0.27,
    ('NAME', 'AUX'): -0.31,
    ('NAME', 'BOS'): 2.41,
    ('NAME', 'DET'): 0.93,
    ('NAME', 'PERIOD'): 0.3,
    ('NAME', 'PREP'): -0.33,
    ('NAME', 'VERB_ED'): -0.25,
    ('NEG', 'BOS'): 0.28,
    ('NEWLINE', 'BOS'): 0.78,
    ('NUMBER', 'BOS'): 0.83,
    ('PERIOD', 'BOS'): 0.7,
    ('PERIOD', 'PERIOD'): -0.31,
    ('PREP', 'BOS'): 2.11,
    ('PREP', 'DET'): 0.68,
    ('PRON_OBJ', 'BOS'): 1.01,
    ('PRON_OBJ', 'NAME'): 0.42,
    ('PRON_OBJ', 'PREP'): -0.29,
    ('PRON_OBJ', 'TO'): -0.25,
    ('PRON_SUBJ', 'BOS'): 1.09,
    ('PRON_SUBJ', 'NAME'): 0.28,
    ('TO', 'BOS'): 1.49,
    ('TO', 'DET'): 0.52,
    ('TO', 'TO'): -0.31,
    ('VERB_ED', 'AUX'): -0.28,
    ('VERB_ED', 'BOS'): 1.36,
    ('VERB_ING', 'BOS'): 1.31,
    ('VERB_ING', 'DET'): 0.25,
    ('WH', 'BOS'): 0.92,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): 0.37,
    ('COMMA', 8): -0.52,
    ('CONJ', 8): -0.6,
    ('DET', 0): 0.27,
    ('NAME', 8): 0.44,
    ('PREP', 1): 0.52,
    ('PRON_OBJ', 1): -0.41,
    ('PRON_OBJ', 8): 0.28,
    ('PRON_SUBJ', 1): -0.41,
    ('PRON_SUBJ', 8): 0.27,
    ('VERB_ED', 1): 0.32,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.39,
    1: 1.33,
    2: 1.05,
    3: 0.84,
    4: 0.7,
    5: 0.53,
    6: 0.4,
    7: 0.33,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8600000143051147, 0.03999999910593033, 0.6200000047683716, -0.3499999940395355, 0.07999999821186066


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
