"""head: L18H5
heldout_iou: 0.467
heldout_iou_no_bos: 0.463
Log-linear fit: strongest class pairs CONTENT->BOS, PERIOD->BOS, CONJ->BOS.

name: L18H5
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PERIOD->BOS, CONJ->BOS
origin: synthesized (search/loglinear)
target: L18H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.83,
    ('AUX', 'BOS'): 2.15,
    ('AUX', 'CONJ'): 0.34,
    ('AUX', 'CONTENT'): -0.42,
    ('AUX', 'DET'): -0.43,
    ('AUX', 'NAME'): -0.52,
    ('AUX', 'PERIOD'): 0.73,
    ('AUX', 'PRON_OBJ'): -0.28,
    ('AUX', 'PRON_SUBJ'): -0.29,
    ('AUX', 'WH'): 0.66,
    ('COMMA', 'BOS'): 2.0,
    ('COMMA', 'CONTENT'): -0.27,
    ('COMMA', 'DET'): -0.29,
    ('COMMA', 'NAME'): -0.43,
    ('COMMA', 'PERIOD'): 0.33,
    ('CONJ', 'BOS'): 2.79,
    ('CONJ', 'CONTENT'): -0.53,
    ('CONJ', 'NAME'): -0.42,
    ('CONTENT', 'BOS'): 3.79,
    ('CONTENT', 'CONTENT'): -0.45,
    ('CONTENT', 'DET'): -0.32,
    ('CONTENT', 'NAME'): -0.83,
    ('CONTENT', 'NUMBER'): -0.3,
    ('CONTENT', 'PERIOD'): 0.76,
    ('CONTENT', 'PRON_OBJ'): -0.43,
    ('CONTENT', 'PRON_SUBJ'): -0.56,
    ('CONTENT', 'QUOTE'): 0.28,
    ('CONTENT', 'WH'): 0.32,
    ('DET', 'BOS'): 2.37,
    ('DET', 'CONTENT'): -0.32,
    ('DET', 'DET'): -0.3,
    ('DET', 'NAME'): -0.47,
    ('DET', 'PERIOD'): 0.27,
    ('DET', 'PRON_SUBJ'): -0.32,
    ('DET', 'TO'): 0.26,
    ('NAME', 'BOS'): 2.52,
    ('NAME', 'CONTENT'): -0.36,
    ('NAME', 'DET'): -0.45,
    ('NAME', 'NAME'): -0.91,
    ('NAME', 'WH'): 0.49,
    ('NEG', 'BOS'): 0.48,
    ('NEWLINE', 'BOS'): 2.29,
    ('NEWLINE', 'CONTENT'): -0.53,
    ('NUMBER', 'BOS'): 1.31,
    ('NUMBER', 'CONTENT'): -0.35,
    ('NUMBER', 'DET'): -0.26,
    ('PERIOD', 'BOS'): 3.57,
    ('PERIOD', 'CONTENT'): -0.47,
    ('PERIOD', 'DET'): -0.35,
    ('PERIOD', 'NAME'): -0.4,
    ('PERIOD', 'PERIOD'): 0.49,
    ('PREP', 'BOS'): 2.72,
    ('PREP', 'CONTENT'): -0.47,
    ('PREP', 'DET'): -0.36,
    ('PREP', 'NAME'): -0.52,
    ('PREP', 'PRON_OBJ'): -0.25,
    ('PRON_OBJ', 'BOS'): 1.45,
    ('PRON_SUBJ', 'BOS'): 2.56,
    ('PRON_SUBJ', 'CONTENT'): -0.31,
    ('PRON_SUBJ', 'DET'): -0.28,
    ('PRON_SUBJ', 'WH'): 0.46,
    ('QUOTE', 'BOS'): 1.48,
    ('QUOTE', 'CONTENT'): -0.36,
    ('TO', 'BOS'): 1.81,
    ('TO', 'CONTENT'): -0.31,
    ('TO', 'NAME'): -0.48,
    ('VERB_ED', 'BOS'): 2.76,
    ('VERB_ED', 'CONTENT'): -0.5,
    ('VERB_ED', 'DET'): -0.34,
    ('VERB_ED', 'NAME'): -0.31,
    ('VERB_ED', 'PERIOD'): 0.27,
    ('VERB_ING', 'BOS'): 1.92,
    ('VERB_ING', 'CONTENT'): -0.25,
    ('VERB_ING', 'DET'): -0.26,
    ('WH', 'BOS'): 2.12,
    ('WH', 'CONTENT'): -0.37,
    ('WH', 'NAME'): -0.3,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.55,
    ('AUX', 8): -0.29,
    ('COMMA', 1): -0.37,
    ('COMMA', 2): -0.33,
    ('CONJ', 1): -0.61,
    ('CONTENT', 0): 0.3,
    ('CONTENT', 2): 0.32,
    ('CONTENT', 6): -0.31,
    ('CONTENT', 7): -0.4,
    ('CONTENT', 8): -0.88,
    ('DET', 1): 0.7,
    ('DET', 8): -0.43,
    ('NAME', 1): 0.29,
    ('NAME', 2): 0.28,
    ('NAME', 8): -0.34,
    ('NEWLINE', 8): 0.56,
    ('PERIOD', 1): -0.4,
    ('PERIOD', 2): -0.47,
    ('PERIOD', 3): -0.27,
    ('PERIOD', 6): 0.25,
    ('PERIOD', 8): 0.76,
    ('PREP', 8): -0.45,
    ('PRON_OBJ', 1): 1.02,
    ('PRON_SUBJ', 1): 0.72,
    ('QUOTE', 8): 0.33,
    ('VERB_ED', 0): 0.3,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.05,
    1: 2.91,
    2: 2.28,
    3: 1.82,
    4: 1.34,
    5: 0.99,
    6: 0.75,
    7: 0.56,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5299999713897705, -0.25999999046325684, 1.100000023841858, -0.47999998927116394, 0.23000000417232513


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
