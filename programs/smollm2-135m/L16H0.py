"""head: L16H0
heldout_iou: 0.709
heldout_iou_no_bos: 0.764
Log-linear fit: strongest class pairs CONTENT->BOS, DET->BOS, PERIOD->BOS.

name: L16H0
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, DET->BOS, PERIOD->BOS
origin: synthesized (search/loglinear)
target: L16H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'BOS'): 1.89,
    ('COMMA', 'BOS'): 1.45,
    ('COMMA', 'CONTENT'): -0.3,
    ('CONJ', 'BOS'): 1.95,
    ('CONJ', 'COMMA'): -0.29,
    ('CONTENT', 'AUX'): -0.38,
    ('CONTENT', 'BOS'): 4.05,
    ('CONTENT', 'COMMA'): -0.47,
    ('CONTENT', 'CONJ'): -0.66,
    ('CONTENT', 'DET'): -0.8,
    ('CONTENT', 'PERIOD'): -0.28,
    ('CONTENT', 'PRON_OBJ'): -0.25,
    ('CONTENT', 'PRON_SUBJ'): -0.26,
    ('CONTENT', 'TO'): -0.32,
    ('DET', 'BOS'): 2.97,
    ('DET', 'CONTENT'): -0.27,
    ('NAME', 'BOS'): 2.55,
    ('NAME', 'COMMA'): -0.31,
    ('NAME', 'CONJ'): -0.32,
    ('NAME', 'NAME'): 0.68,
    ('NEWLINE', 'BOS'): 0.75,
    ('NEWLINE', 'CONTENT'): -0.27,
    ('NUMBER', 'BOS'): 1.22,
    ('PERIOD', 'BOS'): 2.79,
    ('PERIOD', 'CONTENT'): -0.41,
    ('PREP', 'BOS'): 2.38,
    ('PRON_OBJ', 'BOS'): 2.31,
    ('PRON_SUBJ', 'BOS'): 2.35,
    ('PRON_SUBJ', 'CONTENT'): -0.39,
    ('QUOTE', 'BOS'): 0.52,
    ('TO', 'BOS'): 1.08,
    ('VERB_ED', 'BOS'): 1.9,
    ('VERB_ING', 'BOS'): 1.48,
    ('WH', 'BOS'): 1.67,
    ('WH', 'CONTENT'): -0.28,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): 0.37,
    ('AUX', 8): -0.34,
    ('COMMA', 1): 0.36,
    ('CONJ', 1): 0.28,
    ('CONJ', 8): -0.28,
    ('CONTENT', 1): 0.87,
    ('CONTENT', 2): 0.6,
    ('CONTENT', 8): -0.7,
    ('DET', 1): 0.5,
    ('DET', 8): -0.33,
    ('NAME', 8): -0.27,
    ('PERIOD', 1): 0.47,
    ('PREP', 1): 0.51,
    ('PREP', 8): -0.33,
    ('PRON_SUBJ', 1): 0.36,
    ('QUOTE', 1): 0.29,
    ('TO', 1): 0.32,
    ('TO', 8): -0.31,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.85,
    1: 5.74,
    2: 3.85,
    6: 0.3,
    7: 0.78,
    8: 1.88,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.9100000262260437, -0.5799999833106995, 0.5299999713897705, -0.6299999952316284, -0.10999999940395355


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
