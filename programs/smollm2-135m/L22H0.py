"""head: L22H0
heldout_iou: 0.474
heldout_iou_no_bos: 0.378
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS.

name: L22H0
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS
origin: synthesized (search/loglinear)
target: L22H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.06,
    ('AUX', 'BOS'): 2.48,
    ('AUX', 'DET'): -0.43,
    ('AUX', 'PERIOD'): 0.47,
    ('COMMA', 'BOS'): 2.27,
    ('COMMA', 'PERIOD'): 0.38,
    ('CONJ', 'BOS'): 2.36,
    ('CONJ', 'DET'): -0.28,
    ('CONJ', 'PERIOD'): 0.37,
    ('CONTENT', 'AUX'): -0.37,
    ('CONTENT', 'BOS'): 4.14,
    ('CONTENT', 'CONJ'): -0.32,
    ('CONTENT', 'CONTENT'): 0.57,
    ('CONTENT', 'DET'): -0.7,
    ('CONTENT', 'NAME'): 0.32,
    ('CONTENT', 'PERIOD'): 0.61,
    ('CONTENT', 'PREP'): -0.46,
    ('CONTENT', 'VERB_ING'): 0.3,
    ('DET', 'BOS'): 2.67,
    ('DET', 'CONTENT'): 0.3,
    ('DET', 'DET'): -0.32,
    ('DET', 'PERIOD'): 0.61,
    ('DET', 'PREP'): -0.27,
    ('NAME', 'AUX'): -0.26,
    ('NAME', 'BOS'): 4.06,
    ('NAME', 'DET'): -0.39,
    ('NEG', 'BOS'): 0.78,
    ('NEWLINE', 'BOS'): 2.21,
    ('NEWLINE', 'CONTENT'): -0.43,
    ('NUMBER', 'BOS'): 1.94,
    ('PERIOD', 'BOS'): 2.33,
    ('PERIOD', 'CONTENT'): -0.25,
    ('PERIOD', 'DET'): -0.43,
    ('PERIOD', 'PERIOD'): 0.85,
    ('PREP', 'BOS'): 2.64,
    ('PREP', 'DET'): -0.3,
    ('PREP', 'PERIOD'): 0.47,
    ('PRON_OBJ', 'BOS'): 2.1,
    ('PRON_OBJ', 'CONTENT'): 0.33,
    ('PRON_OBJ', 'DET'): -0.36,
    ('PRON_OBJ', 'NAME'): 0.3,
    ('PRON_OBJ', 'PREP'): -0.3,
    ('PRON_SUBJ', 'BOS'): 1.99,
    ('PRON_SUBJ', 'DET'): -0.48,
    ('PRON_SUBJ', 'PERIOD'): 0.71,
    ('PUNCT', 'BOS'): 0.26,
    ('QUOTE', 'BOS'): 1.47,
    ('TO', 'BOS'): 2.02,
    ('TO', 'PERIOD'): 0.37,
    ('VERB_ED', 'AUX'): -0.26,
    ('VERB_ED', 'BOS'): 3.01,
    ('VERB_ED', 'DET'): -0.44,
    ('VERB_ING', 'BOS'): 2.5,
    ('VERB_ING', 'DET'): -0.31,
    ('WH', 'BOS'): 1.92,
    ('WH', 'PERIOD'): 0.31,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONJ', 1): 0.29,
    ('CONJ', 8): -0.44,
    ('CONTENT', 8): -0.49,
    ('NEWLINE', 8): 0.3,
    ('PERIOD', 0): 0.37,
    ('PRON_OBJ', 8): 0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.12,
    1: 0.87,
    2: 0.66,
    3: 0.52,
    4: 0.46,
    5: 0.32,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5400000214576721, 0.3799999952316284, 0.0, -0.7599999904632568, 0.12999999523162842


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
