"""head: L4H2
heldout_iou: 0.358
heldout_iou_no_bos: 0.308
Log-linear fit: strongest class pairs PERIOD->BOS, CONTENT->BOS, DET->BOS.

name: L4H2
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->BOS, CONTENT->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L4H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.59,
    ('AUX', 'AUX'): -0.29,
    ('AUX', 'BOS'): 2.49,
    ('AUX', 'DET'): 1.46,
    ('AUX', 'PRON_SUBJ'): -0.25,
    ('COMMA', 'BOS'): 2.23,
    ('COMMA', 'CONTENT'): -0.4,
    ('COMMA', 'DET'): 2.15,
    ('CONJ', 'BOS'): 2.34,
    ('CONJ', 'CONTENT'): -0.38,
    ('CONJ', 'DET'): 2.16,
    ('CONTENT', 'AUX'): -0.31,
    ('CONTENT', 'BOS'): 2.74,
    ('CONTENT', 'COMMA'): -0.35,
    ('CONTENT', 'CONJ'): -0.62,
    ('CONTENT', 'CONTENT'): 0.7,
    ('CONTENT', 'DET'): 1.17,
    ('CONTENT', 'PERIOD'): -0.31,
    ('CONTENT', 'PRON_OBJ'): -0.48,
    ('CONTENT', 'PRON_SUBJ'): -0.67,
    ('CONTENT', 'VERB_ED'): 0.62,
    ('CONTENT', 'VERB_ING'): 0.82,
    ('CONTENT', 'WH'): -0.27,
    ('DET', 'BOS'): 2.73,
    ('DET', 'DET'): 2.17,
    ('DET', 'PREP'): -0.28,
    ('NAME', 'AUX'): -0.25,
    ('NAME', 'BOS'): 2.68,
    ('NAME', 'DET'): 1.19,
    ('NAME', 'NAME'): 0.64,
    ('NEG', 'BOS'): 0.5,
    ('NEG', 'CONTENT'): -0.28,
    ('NEG', 'DET'): 0.6,
    ('NEWLINE', 'BOS'): 1.5,
    ('NEWLINE', 'CONTENT'): -0.31,
    ('NEWLINE', 'DET'): 1.2,
    ('NEWLINE', 'NEWLINE'): -0.3,
    ('NUMBER', 'BOS'): 1.32,
    ('NUMBER', 'DET'): 0.87,
    ('PERIOD', 'BOS'): 2.79,
    ('PERIOD', 'CONTENT'): -0.29,
    ('PERIOD', 'DET'): 2.48,
    ('PERIOD', 'NAME'): -0.28,
    ('PERIOD', 'NUMBER'): 0.34,
    ('PERIOD', 'PERIOD'): -0.44,
    ('PERIOD', 'PREP'): -0.31,
    ('PREP', 'BOS'): 2.16,
    ('PREP', 'CONJ'): -0.27,
    ('PREP', 'CONTENT'): 0.39,
    ('PREP', 'DET'): 0.95,
    ('PREP', 'PRON_SUBJ'): -0.27,
    ('PREP', 'VERB_ED'): 0.43,
    ('PREP', 'VERB_ING'): 0.5,
    ('PRON_OBJ', 'BOS'): 2.26,
    ('PRON_OBJ', 'DET'): 1.14,
    ('PRON_SUBJ', 'BOS'): 2.48,
    ('PRON_SUBJ', 'DET'): 1.44,
    ('QUOTE', 'BOS'): 0.97,
    ('QUOTE', 'CONTENT'): -0.31,
    ('QUOTE', 'DET'): 0.89,
    ('TO', 'BOS'): 1.96,
    ('TO', 'DET'): 1.28,
    ('VERB_ED', 'BOS'): 1.89,
    ('VERB_ED', 'DET'): 0.51,
    ('VERB_ED', 'NAME'): -0.27,
    ('VERB_ED', 'PRON_SUBJ'): -0.27,
    ('VERB_ED', 'VERB_ED'): 0.29,
    ('VERB_ING', 'BOS'): 1.21,
    ('VERB_ING', 'CONTENT'): 0.27,
    ('VERB_ING', 'DET'): 0.36,
    ('VERB_ING', 'VERB_ING'): 0.35,
    ('WH', 'BOS'): 1.88,
    ('WH', 'DET'): 1.5,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 8): 0.31,
    ('COMMA', 1): -0.27,
    ('COMMA', 8): 0.3,
    ('CONJ', 8): 0.25,
    ('CONTENT', 2): 0.29,
    ('CONTENT', 7): -0.25,
    ('CONTENT', 8): -0.66,
    ('NAME', 1): 0.57,
    ('NEWLINE', 8): 0.43,
    ('PERIOD', 8): 0.38,
    ('PREP', 0): 0.33,
    ('PREP', 1): 0.78,
    ('PREP', 2): 0.25,
    ('PREP', 8): -0.86,
    ('PRON_OBJ', 8): 0.3,
    ('VERB_ING', 8): -0.3,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.6,
    1: 1.55,
    2: 0.88,
    3: 0.57,
    4: 0.32,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5, -0.6000000238418579, 0.10999999940395355, -0.07000000029802322, 0.3700000047683716


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
