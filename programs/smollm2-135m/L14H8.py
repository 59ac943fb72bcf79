"""head: L14H8
heldout_iou: 0.431
heldout_iou_no_bos: 0.407
Log-linear fit: strongest class pairs PERIOD->BOS, NAME->BOS, CONTENT->BOS.

name: L14H8
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->BOS, NAME->BOS, CONTENT->BOS
origin: synthesized (search/loglinear)
target: L14H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.5,
    ('AUX', 'BOS'): 1.66,
    ('AUX', 'DET'): -0.44,
    ('AUX', 'PERIOD'): 0.49,
    ('COMMA', 'BOS'): 1.7,
    ('COMMA', 'DET'): -0.32,
    ('COMMA', 'PERIOD'): 0.62,
    ('CONJ', 'BOS'): 1.73,
    ('CONJ', 'DET'): -0.41,
    ('CONJ', 'PERIOD'): 0.44,
    ('CONTENT', 'BOS'): 2.67,
    ('CONTENT', 'DET'): -0.88,
    ('CONTENT', 'NUMBER'): -0.26,
    ('CONTENT', 'PERIOD'): 0.8,
    ('CONTENT', 'PREP'): -0.26,
    ('CONTENT', 'VERB_ED'): 0.37,
    ('DET', 'AUX'): -0.25,
    ('DET', 'BOS'): 2.2,
    ('DET', 'DET'): -0.57,
    ('DET', 'PERIOD'): 0.79,
    ('NAME', 'AUX'): -0.32,
    ('NAME', 'BOS'): 2.69,
    ('NAME', 'DET'): -0.55,
    ('NAME', 'PERIOD'): 0.63,
    ('NAME', 'PREP'): -0.32,
    ('NEG', 'BOS'): 0.32,
    ('NEWLINE', 'BOS'): 2.07,
    ('NEWLINE', 'CONTENT'): -0.46,
    ('NUMBER', 'BOS'): 1.19,
    ('PERIOD', 'BOS'): 2.84,
    ('PERIOD', 'CONTENT'): -0.26,
    ('PERIOD', 'DET'): -0.4,
    ('PERIOD', 'PERIOD'): 0.43,
    ('PREP', 'BOS'): 1.85,
    ('PREP', 'DET'): -0.53,
    ('PREP', 'PERIOD'): 0.52,
    ('PRON_OBJ', 'BOS'): 0.58,
    ('PRON_OBJ', 'DET'): -0.42,
    ('PRON_OBJ', 'PERIOD'): 0.3,
    ('PRON_OBJ', 'PREP'): -0.25,
    ('PRON_OBJ', 'PRON_SUBJ'): 0.26,
    ('PRON_OBJ', 'VERB_ED'): 0.53,
    ('PRON_SUBJ', 'BOS'): 0.95,
    ('PRON_SUBJ', 'DET'): -0.52,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.26,
    ('PRON_SUBJ', 'VERB_ED'): 0.58,
    ('QUOTE', 'BOS'): 0.64,
    ('TO', 'BOS'): 0.86,
    ('TO', 'DET'): -0.33,
    ('TO', 'PERIOD'): 0.44,
    ('VERB_ED', 'AUX'): -0.25,
    ('VERB_ED', 'BOS'): 1.64,
    ('VERB_ED', 'DET'): -0.47,
    ('VERB_ED', 'PERIOD'): 0.43,
    ('VERB_ED', 'VERB_ED'): 0.3,
    ('VERB_ING', 'BOS'): 1.29,
    ('VERB_ING', 'DET'): -0.37,
    ('VERB_ING', 'PERIOD'): 0.26,
    ('WH', 'BOS'): 1.44,
    ('WH', 'DET'): -0.26,
    ('WH', 'PERIOD'): 0.4,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 0): 0.25,
    ('NAME', 8): 0.4,
    ('NEWLINE', 8): 0.44,
    ('PERIOD', 8): 0.47,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.92,
    2: 1.06,
    3: 1.18,
    4: 1.2,
    5: 1.17,
    6: 1.24,
    7: 1.29,
    8: 1.22,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5600000023841858, 0.36000001430511475, 0.2199999988079071, -0.3100000023841858, -0.3199999928474426


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
