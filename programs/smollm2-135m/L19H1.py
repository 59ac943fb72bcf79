"""head: L19H1
heldout_iou: 0.541
heldout_iou_no_bos: 0.515
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L19H1
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L19H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.81,
    ('AUX', 'AUX'): -0.26,
    ('AUX', 'BOS'): 1.87,
    ('AUX', 'DET'): -0.42,
    ('AUX', 'PERIOD'): 0.5,
    ('COMMA', 'BOS'): 1.55,
    ('COMMA', 'DET'): -0.27,
    ('COMMA', 'PERIOD'): 0.4,
    ('CONJ', 'BOS'): 1.98,
    ('CONJ', 'DET'): -0.3,
    ('CONJ', 'PERIOD'): 0.41,
    ('CONTENT', 'AUX'): -0.38,
    ('CONTENT', 'BOS'): 3.31,
    ('CONTENT', 'COMMA'): -0.27,
    ('CONTENT', 'CONJ'): -0.25,
    ('CONTENT', 'CONTENT'): 0.26,
    ('CONTENT', 'DET'): -0.55,
    ('CONTENT', 'NAME'): 0.29,
    ('CONTENT', 'PERIOD'): 0.57,
    ('CONTENT', 'PREP'): -0.29,
    ('CONTENT', 'TO'): -0.39,
    ('DET', 'AUX'): -0.32,
    ('DET', 'BOS'): 2.46,
    ('DET', 'DET'): -0.33,
    ('DET', 'PERIOD'): 0.61,
    ('NAME', 'AUX'): -0.26,
    ('NAME', 'BOS'): 3.27,
    ('NAME', 'DET'): -0.37,
    ('NAME', 'NAME'): 0.28,
    ('NEG', 'BOS'): 0.48,
    ('NEWLINE', 'BOS'): 1.21,
    ('NUMBER', 'BOS'): 1.49,
    ('PERIOD', 'BOS'): 1.14,
    ('PERIOD', 'DET'): -0.4,
    ('PERIOD', 'PERIOD'): 0.53,
    ('PERIOD', 'PREP'): -0.35,
    ('PERIOD', 'PRON_SUBJ'): 0.32,
    ('PREP', 'BOS'): 2.2,
    ('PREP', 'DET'): -0.3,
    ('PREP', 'PERIOD'): 0.5,
    ('PRON_OBJ', 'BOS'): 1.77,
    ('PRON_OBJ', 'DET'): -0.36,
    ('PRON_SUBJ', 'BOS'): 1.8,
    ('PRON_SUBJ', 'DET'): -0.4,
    ('PRON_SUBJ', 'PERIOD'): 0.36,
    ('QUOTE', 'BOS'): 0.48,
    ('TO', 'BOS'): 1.28,
    ('TO', 'PERIOD'): 0.49,
    ('VERB_ED', 'AUX'): -0.25,
    ('VERB_ED', 'BOS'): 2.22,
    ('VERB_ED', 'DET'): -0.37,
    ('VERB_ING', 'BOS'): 1.87,
    ('WH', 'BOS'): 1.6,
    ('WH', 'PERIOD'): 0.34,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONJ', 1): 0.27,
    ('CONJ', 8): -0.25,
    ('CONTENT', 0): 0.28,
    ('CONTENT', 8): -0.3,
    ('NAME', 0): 0.35,
    ('NEWLINE', 8): 0.35,
    ('PERIOD', 8): 0.47,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.39,
    2: 0.54,
    3: 0.61,
    4: 0.65,
    5: 0.65,
    6: 0.65,
    7: 0.63,
    8: 0.56,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.3499999940395355, 0.25, 0.2199999988079071, -0.5099999904632568, -0.27000001072883606


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
