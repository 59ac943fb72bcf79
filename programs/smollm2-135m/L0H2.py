"""head: L0H2
heldout_iou: 0.617
heldout_iou_no_bos: 0.619
Log-linear fit: strongest class pairs PERIOD->PERIOD, DET->PERIOD, CONJ->PERIOD.

name: L0H2
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->PERIOD, DET->PERIOD, CONJ->PERIOD
origin: synthesized (search/loglinear)
target: L0H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'AUX'): -0.87,
    ('AUX', 'BOS'): -0.44,
    ('AUX', 'CONJ'): 0.36,
    ('AUX', 'NAME'): -0.38,
    ('AUX', 'PERIOD'): 0.73,
    ('AUX', 'PREP'): 0.49,
    ('AUX', 'PRON_OBJ'): -0.27,
    ('AUX', 'TO'): 0.37,
    ('AUX', 'WH'): 0.41,
    ('COMMA', 'COMMA'): 1.09,
    ('COMMA', 'CONTENT'): -0.41,
    ('COMMA', 'PERIOD'): 0.47,
    ('CONJ', 'AUX'): -0.38,
    ('CONJ', 'COMMA'): 0.7,
    ('CONJ', 'CONTENT'): -0.57,
    ('CONJ', 'DET'): -0.45,
    ('CONJ', 'NAME'): -0.27,
    ('CONJ', 'PERIOD'): 1.36,
    ('CONTENT', 'AUX'): -0.34,
    ('CONTENT', 'BOS'): -0.72,
    ('CONTENT', 'CONJ'): 0.64,
    ('CONTENT', 'CONTENT'): -0.26,
    ('CONTENT', 'DET'): 0.3,
    ('CONTENT', 'NAME'): -0.69,
    ('CONTENT', 'NUMBER'): 0.41,
    ('CONTENT', 'PERIOD'): 0.35,
    ('CONTENT', 'PREP'): 0.67,
    ('CONTENT', 'PRON_OBJ'): -0.29,
    ('CONTENT', 'PRON_SUBJ'): 0.27,
    ('CONTENT', 'TO'): 0.56,
    ('CONTENT', 'WH'): 0.65,
    ('DET', 'AUX'): -0.58,
    ('DET', 'BOS'): -0.47,
    ('DET', 'COMMA'): 0.54,
    ('DET', 'CONTENT'): -0.26,
    ('DET', 'DET'): -0.4,
    ('DET', 'NAME'): -0.31,
    ('DET', 'NEWLINE'): 0.25,
    ('DET', 'PERIOD'): 1.36,
    ('DET', 'PRON_OBJ'): -0.33,
    ('NAME', 'BOS'): -0.3,
    ('NAME', 'CONJ'): 0.27,
    ('NAME', 'DET'): 0.29,
    ('NAME', 'NAME'): -0.68,
    ('NAME', 'PREP'): 0.28,
    ('NAME', 'WH'): 0.26,
    ('NEWLINE', 'PERIOD'): 0.68,
    ('NUMBER', 'CONTENT'): -0.26,
    ('NUMBER', 'PERIOD'): 0.58,
    ('PERIOD', 'CONTENT'): -0.46,
    ('PERIOD', 'PERIOD'): 1.51,
    ('PREP', 'AUX'): -0.51,
    ('PREP', 'BOS'): -0.28,
    ('PREP', 'COMMA'): 0.32,
    ('PREP', 'CONJ'): 0.29,
    ('PREP', 'CONTENT'): -0.45,
    ('PREP', 'DET'): -0.38,
    ('PREP', 'NAME'): -0.31,
    ('PREP', 'PERIOD'): 0.94,
    ('PREP', 'PREP'): 0.43,
    ('PREP', 'PRON_OBJ'): -0.27,
    ('PREP', 'TO'): 0.46,
    ('PREP', 'WH'): 0.31,
    ('PRON_OBJ', 'CONJ'): 0.3,
    ('PRON_OBJ', 'PERIOD'): 0.52,
    ('PRON_OBJ', 'PREP'): 0.32,
    ('PRON_OBJ', 'PRON_OBJ'): -0.58,
    ('PRON_OBJ', 'TO'): 0.28,
    ('PRON_SUBJ', 'AUX'): -0.33,
    ('PRON_SUBJ', 'BOS'): -0.26,
    ('PRON_SUBJ', 'COMMA'): 0.33,
    ('PRON_SUBJ', 'CONJ'): 0.27,
    ('PRON_SUBJ', 'CONTENT'): -0.37,
    ('PRON_SUBJ', 'DET'): -0.32,
    ('PRON_SUBJ', 'NAME'): -0.29,
    ('PRON_SUBJ', 'PERIOD'): 0.98,
    ('PRON_SUBJ', 'PREP'): 0.44,
    ('PRON_SUBJ', 'PRON_OBJ'): -0.37,
    ('PRON_SUBJ', 'TO'): 0.29,
    ('PRON_SUBJ', 'WH'): 0.4,
    ('QUOTE', 'PERIOD'): 0.36,
    ('QUOTE', 'QUOTE'): -0.26,
    ('TO', 'AUX'): -0.32,
    ('TO', 'CONTENT'): -0.45,
    ('TO', 'DET'): -0.25,
    ('TO', 'PERIOD'): 0.96,
    ('TO', 'TO'): 0.58,
    ('VERB_ED', 'DET'): 0.47,
    ('VERB_ED', 'NAME'): -0.27,
    ('VERB_ING', 'PREP'): 0.31,
    ('VERB_ING', 'VERB_ING'): -0.27,
    ('WH', 'AUX'): -0.27,
    ('WH', 'CONTENT'): -0.39,
    ('WH', 'DET'): -0.27,
    ('WH', 'PERIOD'): 0.58,
    ('WH', 'PREP'): 0.29,
    ('WH', 'WH'): 0.28,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 0): -0.64,
    ('COMMA', 0): 1.19,
    ('COMMA', 8): -0.48,
    ('CONTENT', 0): -0.71,
    ('CONTENT', 1): -0.25,
    ('NAME', 0): -0.49,
    ('NEWLINE', 0): 0.33,
    ('NEWLINE', 2): 0.36,
    ('PERIOD', 0): 1.73,
    ('PERIOD', 8): -0.61,
    ('PRON_OBJ', 0): -0.5,
    ('PRON_SUBJ', 0): -0.25,
    ('PRON_SUBJ', 1): 0.52,
    ('QUOTE', 1): 0.28,
    ('TO', 0): 0.34,
    ('VERB_ED', 0): -0.28,
    ('VERB_ED', 8): 0.27,
    ('VERB_ING', 0): -0.31,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.03,
    1: 0.55,
    2: 0.31,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.7900000214576721, -0.1899999976158142, -0.15000000596046448, 1.25, -0.1599999964237213


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
