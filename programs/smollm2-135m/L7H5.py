"""head: L7H5
heldout_iou: 0.427
heldout_iou_no_bos: 0.371
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PREP->BOS.

name: L7H5
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L7H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.93,
    ('AUX', 'BOS'): 2.15,
    ('AUX', 'DET'): 1.28,
    ('AUX', 'PREP'): -0.25,
    ('COMMA', 'BOS'): 1.4,
    ('COMMA', 'CONTENT'): -0.26,
    ('COMMA', 'DET'): 0.71,
    ('COMMA', 'NAME'): -0.26,
    ('CONJ', 'BOS'): 1.88,
    ('CONJ', 'DET'): 1.02,
    ('CONTENT', 'BOS'): 3.26,
    ('CONTENT', 'CONJ'): -0.3,
    ('CONTENT', 'CONTENT'): 0.36,
    ('CONTENT', 'DET'): 2.32,
    ('CONTENT', 'NUMBER'): 0.47,
    ('CONTENT', 'PERIOD'): -0.27,
    ('CONTENT', 'PREP'): -0.38,
    ('CONTENT', 'PRON_OBJ'): -0.26,
    ('CONTENT', 'PRON_SUBJ'): -0.31,
    ('CONTENT', 'TO'): -0.31,
    ('DET', 'BOS'): 2.51,
    ('DET', 'DET'): 1.77,
    ('NAME', 'AUX'): -0.26,
    ('NAME', 'BOS'): 2.6,
    ('NAME', 'DET'): 1.42,
    ('NEG', 'BOS'): 0.49,
    ('NEG', 'DET'): 0.31,
    ('NEWLINE', 'BOS'): 0.61,
    ('NEWLINE', 'CONTENT'): -0.32,
    ('NEWLINE', 'NEWLINE'): 0.79,
    ('NUMBER', 'BOS'): 1.24,
    ('NUMBER', 'CONTENT'): -0.33,
    ('NUMBER', 'DET'): 0.82,
    ('PERIOD', 'BOS'): 1.46,
    ('PERIOD', 'DET'): 0.55,
    ('PERIOD', 'NAME'): -0.34,
    ('PERIOD', 'PERIOD'): -0.32,
    ('PERIOD', 'PREP'): -0.27,
    ('PREP', 'BOS'): 2.57,
    ('PREP', 'DET'): 1.93,
    ('PRON_OBJ', 'BOS'): 2.14,
    ('PRON_OBJ', 'DET'): 1.14,
    ('PRON_SUBJ', 'BOS'): 2.09,
    ('PRON_SUBJ', 'DET'): 1.04,
    ('QUOTE', 'BOS'): 0.59,
    ('TO', 'BOS'): 1.97,
    ('TO', 'CONTENT'): -0.27,
    ('TO', 'DET'): 1.39,
    ('VERB_ED', 'BOS'): 2.33,
    ('VERB_ED', 'DET'): 1.25,
    ('VERB_ING', 'BOS'): 1.74,
    ('VERB_ING', 'DET'): 1.21,
    ('WH', 'BOS'): 1.56,
    ('WH', 'DET'): 0.97,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('NEWLINE', 0): 0.4,
    ('PERIOD', 8): -0.28,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.45,
    1: 0.46,
    2: 0.31,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.6399999856948853, -0.029999999329447746, -0.1599999964237213, -0.30000001192092896, 0.3199999928474426


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
