"""head: L11H7
heldout_iou: 0.528
heldout_iou_no_bos: 0.529
Log-linear fit: strongest class pairs NAME->PERIOD, CONTENT->PERIOD, DET->PERIOD.

name: L11H7
description: softmax over class-pair, distance and lexical terms; strongest pairs NAME->PERIOD, CONTENT->PERIOD, DET->PERIOD
origin: synthesized (search/loglinear)
target: L11H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'CONTENT'): -0.31,
    ('AUX', 'NAME'): -0.37,
    ('AUX', 'PERIOD'): 1.05,
    ('AUX', 'PRON_SUBJ'): 0.44,
    ('COMMA', 'NAME'): -0.28,
    ('COMMA', 'PERIOD'): 0.73,
    ('CONJ', 'PERIOD'): 1.22,
    ('CONTENT', 'AUX'): -0.28,
    ('CONTENT', 'BOS'): -0.48,
    ('CONTENT', 'COMMA'): 0.27,
    ('CONTENT', 'CONTENT'): -0.32,
    ('CONTENT', 'NAME'): -0.54,
    ('CONTENT', 'NEWLINE'): 0.5,
    ('CONTENT', 'NUMBER'): 0.48,
    ('CONTENT', 'PERIOD'): 2.16,
    ('CONTENT', 'PREP'): -0.28,
    ('CONTENT', 'VERB_ED'): -0.28,
    ('CONTENT', 'VERB_ING'): -0.29,
    ('DET', 'DET'): -0.37,
    ('DET', 'PERIOD'): 1.92,
    ('NAME', 'COMMA'): 0.42,
    ('NAME', 'CONJ'): 0.33,
    ('NAME', 'CONTENT'): -0.52,
    ('NAME', 'NEWLINE'): 0.53,
    ('NAME', 'PERIOD'): 2.59,
    ('NEWLINE', 'CONTENT'): -0.25,
    ('NEWLINE', 'PERIOD'): 0.65,
    ('NEWLINE', 'QUOTE'): 0.3,
    ('NUMBER', 'CONTENT'): -0.35,
    ('NUMBER', 'PERIOD'): 1.17,
    ('PERIOD', 'CONJ'): 0.25,
    ('PERIOD', 'CONTENT'): -0.3,
    ('PERIOD', 'DET'): -0.41,
    ('PERIOD', 'NAME'): -0.48,
    ('PERIOD', 'PERIOD'): 0.79,
    ('PERIOD', 'PREP'): -0.3,
    ('PERIOD', 'PRON_OBJ'): -0.3,
    ('PREP', 'NAME'): -0.28,
    ('PREP', 'PERIOD'): 1.54,
    ('PRON_OBJ', 'PERIOD'): 1.58,
    ('PRON_SUBJ', 'CONTENT'): -0.3,
    ('PRON_SUBJ', 'PERIOD'): 1.5,
    ('PRON_SUBJ', 'WH'): 0.28,
    ('QUOTE', 'PERIOD'): 0.39,
    ('TO', 'NAME'): -0.29,
    ('TO', 'PERIOD'): 0.94,
    ('VERB_ED', 'CONTENT'): -0.41,
    ('VERB_ED', 'NAME'): -0.28,
    ('VERB_ED', 'PERIOD'): 1.28,
    ('VERB_ING', 'PERIOD'): 0.96,
    ('WH', 'PERIOD'): 1.06,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 8): -0.46,
    ('COMMA', 8): -0.45,
    ('CONJ', 8): -0.35,
    ('CONTENT', 0): 0.89,
    ('CONTENT', 1): 0.64,
    ('CONTENT', 2): 0.41,
    ('NAME', 8): 0.27,
    ('NEWLINE', 0): -0.27,
    ('PERIOD', 0): -0.86,
    ('PERIOD', 1): -0.8,
    ('PERIOD', 2): -0.52,
    ('PERIOD', 8): 0.35,
    ('PREP', 1): 0.33,
    ('PREP', 8): -0.35,
    ('QUOTE', 1): -0.27,
    ('TO', 8): -0.25,
    ('VERB_ING', 1): 0.32,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.09,
    1: 2.1,
    2: 1.55,
    3: 0.99,
    4: 0.62,
    5: 0.37,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.3400000035762787, -0.05000000074505806, 1.190000057220459, 0.09000000357627869, -0.17000000178813934


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
