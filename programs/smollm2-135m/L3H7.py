"""head: L3H7
heldout_iou: 0.465
heldout_iou_no_bos: 0.454
Log-linear fit: strongest class pairs CONTENT->BOS, PERIOD->BOS, NAME->BOS.

name: L3H7
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PERIOD->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L3H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.61,
    ('AUX', 'AUX'): -0.36,
    ('AUX', 'BOS'): 1.46,
    ('AUX', 'CONTENT'): -0.41,
    ('AUX', 'NAME'): -0.56,
    ('AUX', 'PERIOD'): 0.62,
    ('AUX', 'PREP'): -0.37,
    ('AUX', 'WH'): 0.39,
    ('COMMA', 'BOS'): 1.6,
    ('COMMA', 'CONTENT'): -0.47,
    ('COMMA', 'DET'): 0.63,
    ('COMMA', 'NAME'): -0.4,
    ('COMMA', 'PERIOD'): 0.61,
    ('CONJ', 'BOS'): 1.76,
    ('CONJ', 'CONTENT'): -0.55,
    ('CONJ', 'DET'): 0.6,
    ('CONJ', 'NAME'): -0.44,
    ('CONJ', 'PERIOD'): 0.71,
    ('CONJ', 'PREP'): -0.3,
    ('CONTENT', 'BOS'): 2.23,
    ('CONTENT', 'DET'): 0.27,
    ('CONTENT', 'NAME'): -0.71,
    ('CONTENT', 'PERIOD'): 0.86,
    ('CONTENT', 'QUOTE'): 0.51,
    ('CONTENT', 'VERB_ED'): 0.29,
    ('CONTENT', 'WH'): 0.32,
    ('DET', 'BOS'): 1.85,
    ('DET', 'CONTENT'): -0.3,
    ('DET', 'DET'): 1.01,
    ('DET', 'NAME'): -0.52,
    ('DET', 'PERIOD'): 0.5,
    ('DET', 'PREP'): -0.51,
    ('DET', 'TO'): -0.32,
    ('NAME', 'BOS'): 2.05,
    ('NAME', 'CONTENT'): -0.33,
    ('NAME', 'DET'): 0.46,
    ('NAME', 'NAME'): -0.69,
    ('NAME', 'PERIOD'): 0.59,
    ('NEG', 'BOS'): 0.3,
    ('NEWLINE', 'BOS'): 1.27,
    ('NEWLINE', 'CONTENT'): -0.3,
    ('NEWLINE', 'DET'): 0.66,
    ('NUMBER', 'BOS'): 0.94,
    ('NUMBER', 'CONTENT'): -0.3,
    ('NUMBER', 'PERIOD'): 0.33,
    ('PERIOD', 'BOS'): 2.21,
    ('PERIOD', 'CONTENT'): -0.47,
    ('PERIOD', 'DET'): 1.15,
    ('PERIOD', 'NAME'): -0.53,
    ('PERIOD', 'NEWLINE'): 0.3,
    ('PERIOD', 'PREP'): -0.41,
    ('PREP', 'BOS'): 1.9,
    ('PREP', 'CONTENT'): -0.32,
    ('PREP', 'DET'): 0.44,
    ('PREP', 'NAME'): -0.53,
    ('PREP', 'PERIOD'): 0.52,
    ('PREP', 'PREP'): -0.32,
    ('PRON_OBJ', 'BOS'): 1.54,
    ('PRON_OBJ', 'CONTENT'): -0.34,
    ('PRON_OBJ', 'DET'): 0.34,
    ('PRON_OBJ', 'PERIOD'): 0.37,
    ('PRON_OBJ', 'PREP'): -0.31,
    ('PRON_SUBJ', 'BOS'): 1.95,
    ('PRON_SUBJ', 'CONTENT'): -0.35,
    ('PRON_SUBJ', 'DET'): 0.61,
    ('PRON_SUBJ', 'NAME'): -0.28,
    ('PRON_SUBJ', 'PERIOD'): 0.51,
    ('PRON_SUBJ', 'PREP'): -0.35,
    ('QUOTE', 'BOS'): 0.54,
    ('QUOTE', 'CONTENT'): -0.3,
    ('TO', 'BOS'): 1.11,
    ('TO', 'DET'): 0.27,
    ('TO', 'NAME'): -0.45,
    ('TO', 'PERIOD'): 0.36,
    ('TO', 'TO'): -0.26,
    ('VERB_ED', 'BOS'): 1.27,
    ('VERB_ED', 'CONTENT'): -0.39,
    ('VERB_ED', 'NAME'): -0.43,
    ('VERB_ED', 'PERIOD'): 0.5,
    ('VERB_ED', 'PREP'): -0.27,
    ('VERB_ED', 'WH'): 0.28,
    ('VERB_ING', 'BOS'): 0.94,
    ('WH', 'BOS'): 1.21,
    ('WH', 'CONTENT'): -0.35,
    ('WH', 'DET'): 0.27,
    ('WH', 'NAME'): -0.27,
    ('WH', 'PERIOD'): 0.47,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 2): 0.28,
    ('AUX', 3): 0.25,
    ('COMMA', 1): -0.34,
    ('COMMA', 2): -0.3,
    ('CONJ', 1): -0.37,
    ('CONTENT', 2): 0.31,
    ('CONTENT', 8): -0.34,
    ('DET', 0): 0.36,
    ('DET', 1): 0.55,
    ('NEWLINE', 8): 0.5,
    ('PERIOD', 0): 0.27,
    ('PERIOD', 1): -0.29,
    ('PERIOD', 8): 0.73,
    ('PREP', 8): -0.3,
    ('PRON_SUBJ', 1): 0.34,
    ('TO', 8): -0.36,
    ('VERB_ED', 8): -0.29,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.11,
    2: 0.94,
    3: 0.84,
    4: 0.66,
    5: 0.53,
    6: 0.4,
    7: 0.33,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.7900000214576721, -0.2199999988079071, 0.5400000214576721, -0.1899999976158142, -0.05000000074505806


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
