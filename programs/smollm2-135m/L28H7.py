"""head: L28H7
heldout_iou: 0.474
heldout_iou_no_bos: 0.479
Log-linear fit: strongest class pairs PERIOD->BOS, PRON_SUBJ->BOS, NEWLINE->BOS.

name: L28H7
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->BOS, PRON_SUBJ->BOS, NEWLINE->BOS
origin: synthesized (search/loglinear)
target: L28H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.41,
    ('AUX', 'BOS'): 1.05,
    ('AUX', 'CONTENT'): -0.35,
    ('AUX', 'DET'): -0.31,
    ('AUX', 'NAME'): -0.26,
    ('AUX', 'PERIOD'): 0.59,
    ('COMMA', 'BOS'): 2.19,
    ('COMMA', 'CONTENT'): -0.54,
    ('COMMA', 'DET'): -0.34,
    ('COMMA', 'NAME'): -0.26,
    ('COMMA', 'PERIOD'): 0.74,
    ('CONJ', 'BOS'): 1.67,
    ('CONJ', 'CONTENT'): -0.6,
    ('CONJ', 'DET'): -0.3,
    ('CONJ', 'NAME'): -0.3,
    ('CONJ', 'PERIOD'): 0.5,
    ('CONTENT', 'BOS'): 1.81,
    ('CONTENT', 'COMMA'): 0.59,
    ('CONTENT', 'DET'): -0.64,
    ('CONTENT', 'PERIOD'): 1.51,
    ('CONTENT', 'PREP'): -0.47,
    ('CONTENT', 'PRON_OBJ'): -0.26,
    ('CONTENT', 'QUOTE'): 0.9,
    ('CONTENT', 'TO'): -0.45,
    ('DET', 'BOS'): 1.46,
    ('DET', 'CONTENT'): -0.54,
    ('DET', 'NAME'): -0.42,
    ('DET', 'PERIOD'): 0.5,
    ('NAME', 'BOS'): 2.09,
    ('NAME', 'DET'): -0.49,
    ('NAME', 'PERIOD'): 0.7,
    ('NAME', 'PREP'): -0.31,
    ('NAME', 'QUOTE'): 0.45,
    ('NEWLINE', 'BOS'): 2.33,
    ('NEWLINE', 'CONTENT'): -0.55,
    ('NUMBER', 'BOS'): 0.53,
    ('NUMBER', 'PERIOD'): 0.52,
    ('PERIOD', 'BOS'): 3.04,
    ('PERIOD', 'COMMA'): 0.31,
    ('PERIOD', 'CONTENT'): -0.63,
    ('PERIOD', 'DET'): -0.44,
    ('PERIOD', 'NEWLINE'): 0.34,
    ('PERIOD', 'PERIOD'): 2.11,
    ('PERIOD', 'PREP'): -0.31,
    ('PERIOD', 'QUOTE'): 0.57,
    ('PREP', 'BOS'): 1.31,
    ('PREP', 'CONTENT'): -0.37,
    ('PREP', 'DET'): -0.33,
    ('PREP', 'NAME'): -0.33,
    ('PREP', 'PERIOD'): 1.01,
    ('PRON_OBJ', 'BOS'): 0.92,
    ('PRON_OBJ', 'CONTENT'): -0.28,
    ('PRON_OBJ', 'PERIOD'): 0.51,
    ('PRON_SUBJ', 'BOS'): 2.34,
    ('PRON_SUBJ', 'CONTENT'): -0.4,
    ('PRON_SUBJ', 'DET'): -0.34,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.37,
    ('PRON_SUBJ', 'QUOTE'): 0.28,
    ('QUOTE', 'BOS'): 1.66,
    ('QUOTE', 'CONTENT'): -0.47,
    ('TO', 'BOS'): 1.15,
    ('TO', 'CONTENT'): -0.34,
    ('TO', 'PERIOD'): 0.38,
    ('VERB_ED', 'BOS'): 1.07,
    ('VERB_ED', 'DET'): -0.36,
    ('VERB_ED', 'PERIOD'): 0.89,
    ('VERB_ING', 'BOS'): 0.47,
    ('VERB_ING', 'DET'): -0.31,
    ('VERB_ING', 'PERIOD'): 0.85,
    ('WH', 'BOS'): 1.29,
    ('WH', 'CONTENT'): -0.45,
    ('WH', 'PERIOD'): 0.5,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 8): -0.26,
    ('CONJ', 0): 0.25,
    ('CONTENT', 0): -0.31,
    ('CONTENT', 8): -0.29,
    ('DET', 0): 0.32,
    ('DET', 1): 0.35,
    ('NAME', 0): 0.29,
    ('NAME', 2): 0.25,
    ('NEWLINE', 8): 0.42,
    ('PERIOD', 0): -0.31,
    ('PERIOD', 8): 0.87,
    ('PREP', 1): -0.25,
    ('QUOTE', 8): 0.4,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.55,
    2: 0.57,
    3: 0.48,
    4: 0.33,
    5: 0.29,
    7: 0.25,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.6499999761581421, -0.23000000417232513, 0.5600000023841858, -0.019999999552965164, -0.3100000023841858


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
