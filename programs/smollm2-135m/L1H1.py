"""head: L1H1
heldout_iou: 0.519
heldout_iou_no_bos: 0.522
Log-linear fit: strongest class pairs CONTENT->PERIOD, NAME->PERIOD, DET->PERIOD.

name: L1H1
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, NAME->PERIOD, DET->PERIOD
origin: synthesized (search/loglinear)
target: L1H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'CONTENT'): -0.27,
    ('ADV_LY', 'PERIOD'): 0.87,
    ('AUX', 'AUX'): -0.39,
    ('AUX', 'COMMA'): 1.04,
    ('AUX', 'CONTENT'): -0.65,
    ('AUX', 'NAME'): -0.36,
    ('AUX', 'PERIOD'): 2.6,
    ('COMMA', 'COMMA'): 0.6,
    ('COMMA', 'CONTENT'): -0.44,
    ('COMMA', 'PERIOD'): 1.86,
    ('CONJ', 'COMMA'): 1.14,
    ('CONJ', 'CONTENT'): -0.57,
    ('CONJ', 'PERIOD'): 2.32,
    ('CONTENT', 'BOS'): -0.64,
    ('CONTENT', 'COMMA'): 2.43,
    ('CONTENT', 'CONJ'): 0.25,
    ('CONTENT', 'CONTENT'): -0.66,
    ('CONTENT', 'DET'): 0.36,
    ('CONTENT', 'NAME'): -0.74,
    ('CONTENT', 'NUMBER'): -0.35,
    ('CONTENT', 'PERIOD'): 3.44,
    ('CONTENT', 'PRON_OBJ'): -0.47,
    ('CONTENT', 'PRON_SUBJ'): -0.3,
    ('CONTENT', 'QUOTE'): 0.49,
    ('CONTENT', 'TO'): 0.55,
    ('CONTENT', 'VERB_ED'): -0.29,
    ('CONTENT', 'VERB_ING'): -0.29,
    ('DET', 'AUX'): -0.32,
    ('DET', 'COMMA'): 1.64,
    ('DET', 'CONTENT'): -0.49,
    ('DET', 'PERIOD'): 2.94,
    ('DET', 'PREP'): -0.29,
    ('DET', 'TO'): -0.42,
    ('NAME', 'BOS'): -0.25,
    ('NAME', 'COMMA'): 1.52,
    ('NAME', 'CONTENT'): -0.68,
    ('NAME', 'NAME'): -0.86,
    ('NAME', 'PERIOD'): 3.07,
    ('NAME', 'QUOTE'): 0.43,
    ('NEG', 'PERIOD'): 0.85,
    ('NEWLINE', 'CONTENT'): -0.39,
    ('NEWLINE', 'PERIOD'): 1.19,
    ('NUMBER', 'COMMA'): 0.43,
    ('NUMBER', 'CONTENT'): -0.4,
    ('NUMBER', 'PERIOD'): 1.87,
    ('PERIOD', 'AUX'): -0.27,
    ('PERIOD', 'COMMA'): 1.33,
    ('PERIOD', 'CONTENT'): -0.58,
    ('PERIOD', 'NEWLINE'): 0.3,
    ('PERIOD', 'PERIOD'): 1.9,
    ('PERIOD', 'QUOTE'): 0.32,
    ('PREP', 'COMMA'): 1.54,
    ('PREP', 'CONTENT'): -0.52,
    ('PREP', 'PERIOD'): 2.62,
    ('PRON_OBJ', 'AUX'): -0.25,
    ('PRON_OBJ', 'COMMA'): 1.05,
    ('PRON_OBJ', 'CONJ'): 0.37,
    ('PRON_OBJ', 'CONTENT'): -0.55,
    ('PRON_OBJ', 'PERIOD'): 2.29,
    ('PRON_OBJ', 'PREP'): -0.5,
    ('PRON_OBJ', 'PRON_OBJ'): -0.48,
    ('PRON_SUBJ', 'COMMA'): 0.63,
    ('PRON_SUBJ', 'CONJ'): 0.54,
    ('PRON_SUBJ', 'CONTENT'): -0.45,
    ('PRON_SUBJ', 'PERIOD'): 1.81,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.32,
    ('PRON_SUBJ', 'WH'): 0.68,
    ('QUOTE', 'CONTENT'): -0.43,
    ('QUOTE', 'PERIOD'): 1.12,
    ('TO', 'AUX'): -0.28,
    ('TO', 'COMMA'): 1.22,
    ('TO', 'CONTENT'): -0.46,
    ('TO', 'PERIOD'): 2.42,
    ('TO', 'TO'): -0.58,
    ('VERB_ED', 'COMMA'): 0.96,
    ('VERB_ED', 'CONTENT'): -0.65,
    ('VERB_ED', 'NAME'): -0.34,
    ('VERB_ED', 'PERIOD'): 2.35,
    ('VERB_ING', 'AUX'): 0.29,
    ('VERB_ING', 'COMMA'): 0.3,
    ('VERB_ING', 'CONTENT'): -0.49,
    ('VERB_ING', 'PERIOD'): 1.47,
    ('WH', 'COMMA'): 0.8,
    ('WH', 'CONTENT'): -0.49,
    ('WH', 'PERIOD'): 2.14,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): 0.28,
    ('COMMA', 1): -0.54,
    ('CONJ', 1): -0.44,
    ('CONTENT', 0): 1.03,
    ('CONTENT', 1): 0.57,
    ('CONTENT', 2): 0.3,
    ('DET', 0): 0.26,
    ('NAME', 1): 0.28,
    ('PERIOD', 0): -0.54,
    ('PERIOD', 1): -0.59,
    ('PERIOD', 8): 0.39,
    ('PREP', 0): 0.33,
    ('PRON_OBJ', 0): -0.27,
    ('PRON_SUBJ', 1): 0.67,
    ('TO', 0): -0.38,
    ('TO', 1): -0.46,
    ('VERB_ED', 8): -0.32,
    ('VERB_ING', 1): 0.55,
    ('VERB_ING', 8): -0.41,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.48,
    1: 2.76,
    2: 1.47,
    3: 0.55,
    5: 0.26,
    6: 0.34,
    7: 0.31,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.47999998927116394, -0.15000000596046448, 0.25999999046325684, 0.6800000071525574, 0.10999999940395355


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
