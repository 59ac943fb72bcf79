"""head: L1H3
heldout_iou: 0.589
heldout_iou_no_bos: 0.594
Log-linear fit: strongest class pairs CONTENT->TO, PREP->TO, CONTENT->PERIOD.

name: L1H3
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->TO, PREP->TO, CONTENT->PERIOD
origin: synthesized (search/loglinear)
target: L1H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'AUX'): 0.59,
    ('AUX', 'CONTENT'): -0.49,
    ('AUX', 'DET'): -0.28,
    ('AUX', 'PERIOD'): 0.94,
    ('AUX', 'PREP'): 0.33,
    ('AUX', 'TO'): 0.56,
    ('COMMA', 'AUX'): 0.3,
    ('COMMA', 'BOS'): -0.25,
    ('COMMA', 'CONTENT'): -0.37,
    ('COMMA', 'PERIOD'): 0.28,
    ('COMMA', 'PRON_SUBJ'): 0.36,
    ('CONJ', 'AUX'): 0.27,
    ('CONJ', 'CONJ'): 0.82,
    ('CONJ', 'CONTENT'): -0.6,
    ('CONJ', 'DET'): -0.32,
    ('CONJ', 'NAME'): -0.3,
    ('CONJ', 'PERIOD'): 0.61,
    ('CONJ', 'PREP'): 0.28,
    ('CONJ', 'TO'): 0.59,
    ('CONTENT', 'AUX'): 0.72,
    ('CONTENT', 'BOS'): -0.91,
    ('CONTENT', 'CONJ'): 0.36,
    ('CONTENT', 'CONTENT'): -0.58,
    ('CONTENT', 'NAME'): -0.69,
    ('CONTENT', 'NEWLINE'): 0.37,
    ('CONTENT', 'NUMBER'): -0.58,
    ('CONTENT', 'PERIOD'): 1.25,
    ('CONTENT', 'PREP'): 0.89,
    ('CONTENT', 'TO'): 1.45,
    ('CONTENT', 'VERB_ING'): -0.28,
    ('DET', 'AUX'): 0.29,
    ('DET', 'BOS'): -0.66,
    ('DET', 'CONJ'): 0.42,
    ('DET', 'CONTENT'): -0.42,
    ('DET', 'NAME'): -0.36,
    ('DET', 'PERIOD'): 0.48,
    ('DET', 'PREP'): 0.91,
    ('DET', 'TO'): 1.02,
    ('NAME', 'AUX'): 0.4,
    ('NAME', 'BOS'): -0.51,
    ('NAME', 'CONTENT'): -0.6,
    ('NAME', 'NAME'): -0.54,
    ('NAME', 'PERIOD'): 0.95,
    ('NAME', 'PREP'): 0.56,
    ('NAME', 'TO'): 1.08,
    ('NEWLINE', 'NEWLINE'): -0.33,
    ('NUMBER', 'CONTENT'): -0.29,
    ('NUMBER', 'NUMBER'): -0.28,
    ('NUMBER', 'PERIOD'): 0.3,
    ('PERIOD', 'AUX'): 0.61,
    ('PERIOD', 'BOS'): -0.34,
    ('PERIOD', 'CONJ'): 0.27,
    ('PERIOD', 'PERIOD'): -0.48,
    ('PERIOD', 'VERB_ED'): 0.33,
    ('PREP', 'AUX'): 0.31,
    ('PREP', 'BOS'): -0.3,
    ('PREP', 'CONJ'): 0.26,
    ('PREP', 'CONTENT'): -0.66,
    ('PREP', 'NAME'): -0.3,
    ('PREP', 'PERIOD'): 1.14,
    ('PREP', 'PREP'): 0.65,
    ('PREP', 'TO'): 1.3,
    ('PRON_OBJ', 'AUX'): 0.41,
    ('PRON_OBJ', 'BOS'): -0.3,
    ('PRON_OBJ', 'CONTENT'): -0.46,
    ('PRON_OBJ', 'PERIOD'): 0.69,
    ('PRON_OBJ', 'PREP'): 0.37,
    ('PRON_OBJ', 'TO'): 0.56,
    ('PRON_SUBJ', 'AUX'): 0.32,
    ('PRON_SUBJ', 'BOS'): -0.34,
    ('PRON_SUBJ', 'CONTENT'): -0.49,
    ('PRON_SUBJ', 'NAME'): -0.32,
    ('PRON_SUBJ', 'PERIOD'): 0.61,
    ('PRON_SUBJ', 'TO'): 0.46,
    ('TO', 'AUX'): 0.37,
    ('TO', 'CONTENT'): -0.53,
    ('TO', 'PERIOD'): 0.74,
    ('TO', 'PREP'): 0.43,
    ('TO', 'TO'): 0.67,
    ('VERB_ED', 'AUX'): 0.31,
    ('VERB_ED', 'BOS'): -0.39,
    ('VERB_ED', 'CONTENT'): -0.56,
    ('VERB_ED', 'NAME'): -0.32,
    ('VERB_ED', 'PERIOD'): 0.84,
    ('VERB_ED', 'PREP'): 0.45,
    ('VERB_ED', 'TO'): 0.6,
    ('VERB_ING', 'AUX'): 0.27,
    ('VERB_ING', 'CONTENT'): -0.53,
    ('VERB_ING', 'PERIOD'): 0.67,
    ('VERB_ING', 'PREP'): 0.37,
    ('VERB_ING', 'TO'): 0.55,
    ('WH', 'AUX'): 0.29,
    ('WH', 'CONTENT'): -0.45,
    ('WH', 'PERIOD'): 0.71,
    ('WH', 'PREP'): 0.3,
    ('WH', 'TO'): 0.51,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONJ', 0): 0.28,
    ('CONJ', 1): -0.32,
    ('CONJ', 8): -0.33,
    ('DET', 0): -0.65,
    ('PERIOD', 1): -0.27,
    ('QUOTE', 8): -0.38,
    ('TO', 0): 0.54,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.83,
    2: 0.86,
    3: 0.8,
    4: 0.81,
    5: 0.84,
    6: 0.85,
    7: 0.86,
    8: 0.76,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.4300000071525574, 0.23000000417232513, 0.009999999776482582, 0.5099999904632568, -0.3199999928474426


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
