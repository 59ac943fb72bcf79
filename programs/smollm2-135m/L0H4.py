"""head: L0H4
heldout_iou: 0.642
heldout_iou_no_bos: 0.639
Log-linear fit: strongest class pairs PREP->AUX, AUX->AUX, DET->AUX.

name: L0H4
description: softmax over class-pair, distance and lexical terms; strongest pairs PREP->AUX, AUX->AUX, DET->AUX
origin: synthesized (search/loglinear)
target: L0H4
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'AUX'): 0.82,
    ('AUX', 'BOS'): 0.38,
    ('AUX', 'PERIOD'): -0.31,
    ('AUX', 'PREP'): 0.32,
    ('COMMA', 'AUX'): 0.28,
    ('COMMA', 'BOS'): 0.41,
    ('COMMA', 'PREP'): 0.41,
    ('CONJ', 'AUX'): 0.63,
    ('CONJ', 'BOS'): 0.4,
    ('CONJ', 'CONJ'): -0.36,
    ('CONJ', 'PERIOD'): -0.25,
    ('CONJ', 'PREP'): 0.32,
    ('CONTENT', 'BOS'): 0.44,
    ('CONTENT', 'COMMA'): -0.58,
    ('CONTENT', 'DET'): -0.43,
    ('CONTENT', 'NEWLINE'): -0.31,
    ('CONTENT', 'PERIOD'): -0.67,
    ('CONTENT', 'PREP'): 0.51,
    ('CONTENT', 'PRON_OBJ'): -0.36,
    ('CONTENT', 'QUOTE'): -0.27,
    ('DET', 'AUX'): 0.74,
    ('DET', 'BOS'): 0.66,
    ('DET', 'COMMA'): -0.37,
    ('DET', 'CONJ'): -0.29,
    ('DET', 'DET'): -0.47,
    ('DET', 'PERIOD'): -0.57,
    ('DET', 'PREP'): 0.51,
    ('DET', 'PRON_SUBJ'): -0.29,
    ('DET', 'TO'): 0.27,
    ('NAME', 'PERIOD'): -0.27,
    ('NAME', 'PREP'): 0.28,
    ('NEG', 'AUX'): 0.29,
    ('NEWLINE', 'NEWLINE'): -0.28,
    ('NUMBER', 'AUX'): 0.3,
    ('PERIOD', 'AUX'): 0.37,
    ('PERIOD', 'BOS'): 0.53,
    ('PERIOD', 'CONJ'): -0.26,
    ('PERIOD', 'PERIOD'): -0.33,
    ('PREP', 'AUX'): 1.0,
    ('PREP', 'BOS'): 0.45,
    ('PREP', 'COMMA'): -0.3,
    ('PREP', 'CONJ'): -0.26,
    ('PREP', 'PERIOD'): -0.47,
    ('PREP', 'PREP'): 0.37,
    ('PRON_OBJ', 'PREP'): 0.46,
    ('PRON_OBJ', 'PRON_OBJ'): -0.25,
    ('PRON_SUBJ', 'AUX'): 0.56,
    ('PRON_SUBJ', 'BOS'): 0.32,
    ('PRON_SUBJ', 'PREP'): 0.35,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.31,
    ('TO', 'AUX'): 0.74,
    ('TO', 'BOS'): 0.32,
    ('TO', 'PERIOD'): -0.29,
    ('TO', 'TO'): 0.26,
    ('VERB_ED', 'PERIOD'): -0.25,
    ('VERB_ED', 'PREP'): 0.27,
    ('WH', 'AUX'): 0.6,
    ('WH', 'BOS'): 0.28,
    ('WH', 'PERIOD'): -0.26,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.27,
    ('CONJ', 0): -0.35,
    ('CONJ', 1): -0.45,
    ('CONTENT', 0): 0.4,
    ('DET', 0): -0.34,
    ('DET', 1): 0.28,
    ('PERIOD', 1): -0.28,
    ('PRON_OBJ', 1): 0.38,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.54,
    2: 0.37,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.28999999165534973, -0.019999999552965164, -0.07000000029802322, 0.3499999940395355, -0.36000001430511475


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
