"""head: L1H0
heldout_iou: 0.513
heldout_iou_no_bos: 0.515
Log-linear fit: strongest class pairs CONTENT->PERIOD, NAME->PERIOD, DET->PERIOD.

name: L1H0
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, NAME->PERIOD, DET->PERIOD
origin: synthesized (search/loglinear)
target: L1H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'PERIOD'): 0.4,
    ('AUX', 'COMMA'): 0.6,
    ('AUX', 'CONTENT'): -0.73,
    ('AUX', 'DET'): 0.3,
    ('AUX', 'NAME'): -0.53,
    ('AUX', 'PERIOD'): 1.86,
    ('COMMA', 'COMMA'): 0.34,
    ('COMMA', 'CONTENT'): -0.51,
    ('COMMA', 'PERIOD'): 1.56,
    ('CONJ', 'COMMA'): 0.94,
    ('CONJ', 'CONTENT'): -0.75,
    ('CONJ', 'PERIOD'): 2.04,
    ('CONTENT', 'COMMA'): 1.97,
    ('CONTENT', 'CONTENT'): -0.38,
    ('CONTENT', 'DET'): 0.51,
    ('CONTENT', 'NAME'): -0.85,
    ('CONTENT', 'NEWLINE'): 0.3,
    ('CONTENT', 'PERIOD'): 2.73,
    ('CONTENT', 'PRON_OBJ'): -0.41,
    ('CONTENT', 'PRON_SUBJ'): -0.47,
    ('CONTENT', 'TO'): 0.49,
    ('CONTENT', 'VERB_ED'): -0.41,
    ('CONTENT', 'VERB_ING'): -0.37,
    ('DET', 'COMMA'): 1.35,
    ('DET', 'CONTENT'): -0.58,
    ('DET', 'DET'): 0.27,
    ('DET', 'PERIOD'): 2.44,
    ('DET', 'PREP'): -0.39,
    ('DET', 'QUOTE'): 0.25,
    ('DET', 'TO'): -0.44,
    ('NAME', 'COMMA'): 1.13,
    ('NAME', 'CONTENT'): -0.84,
    ('NAME', 'DET'): 0.3,
    ('NAME', 'NAME'): 0.57,
    ('NAME', 'PERIOD'): 2.63,
    ('NAME', 'QUOTE'): 0.35,
    ('NAME', 'VERB_ED'): -0.53,
    ('NEG', 'AUX'): 0.38,
    ('NEWLINE', 'CONTENT'): -0.33,
    ('NEWLINE', 'NEWLINE'): 0.49,
    ('NEWLINE', 'PERIOD'): 0.56,
    ('NUMBER', 'COMMA'): 0.31,
    ('NUMBER', 'CONTENT'): -0.43,
    ('NUMBER', 'PERIOD'): 1.36,
    ('PERIOD', 'COMMA'): 1.09,
    ('PERIOD', 'CONTENT'): -0.55,
    ('PERIOD', 'DET'): 0.34,
    ('PERIOD', 'PERIOD'): 1.58,
    ('PREP', 'COMMA'): 1.35,
    ('PREP', 'CONTENT'): -0.5,
    ('PREP', 'DET'): 0.3,
    ('PREP', 'PERIOD'): 2.27,
    ('PREP', 'PRON_SUBJ'): -0.25,
    ('PRON_OBJ', 'COMMA'): 1.04,
    ('PRON_OBJ', 'CONTENT'): -0.49,
    ('PRON_OBJ', 'PERIOD'): 2.15,
    ('PRON_SUBJ', 'COMMA'): 0.96,
    ('PRON_SUBJ', 'CONTENT'): -0.67,
    ('PRON_SUBJ', 'PERIOD'): 1.94,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.29,
    ('QUOTE', 'COMMA'): 0.28,
    ('QUOTE', 'CONTENT'): -0.39,
    ('QUOTE', 'PERIOD'): 1.0,
    ('TO', 'COMMA'): 0.8,
    ('TO', 'CONTENT'): -0.44,
    ('TO', 'PERIOD'): 1.74,
    ('VERB_ED', 'COMMA'): 0.88,
    ('VERB_ED', 'CONJ'): 0.26,
    ('VERB_ED', 'CONTENT'): -0.78,
    ('VERB_ED', 'NAME'): -0.43,
    ('VERB_ED', 'PERIOD'): 1.9,
    ('VERB_ED', 'PRON_SUBJ'): -0.32,
    ('VERB_ING', 'COMMA'): 0.42,
    ('VERB_ING', 'CONTENT'): -0.6,
    ('VERB_ING', 'PERIOD'): 1.28,
    ('VERB_ING', 'VERB_ING'): 0.26,
    ('WH', 'COMMA'): 0.68,
    ('WH', 'CONTENT'): -0.59,
    ('WH', 'PERIOD'): 1.92,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): 0.57,
    ('COMMA', 1): -0.73,
    ('CONJ', 1): -0.47,
    ('CONTENT', 0): 1.17,
    ('CONTENT', 1): 0.93,
    ('DET', 0): -0.41,
    ('DET', 1): -0.71,
    ('NAME', 1): 0.63,
    ('NEG', 1): 0.46,
    ('NEWLINE', 0): -0.27,
    ('NEWLINE', 1): 0.9,
    ('PERIOD', 0): -0.58,
    ('PERIOD', 1): -0.75,
    ('PERIOD', 8): 0.26,
    ('PREP', 0): 0.34,
    ('VERB_ING', 1): 0.31,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.05,
    1: 2.82,
    2: 1.6,
    3: 0.88,
    4: 0.51,
    5: 0.38,
    6: 0.33,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.41999998688697815, -0.18000000715255737, 0.3499999940395355, 1.0399999618530273, -0.029999999329447746


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
