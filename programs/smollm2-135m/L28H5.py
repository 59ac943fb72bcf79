"""head: L28H5
heldout_iou: 0.484
heldout_iou_no_bos: 0.475
Log-linear fit: strongest class pairs NAME->BOS, CONTENT->BOS, PRON_SUBJ->BOS.

name: L28H5
description: softmax over class-pair, distance and lexical terms; strongest pairs NAME->BOS, CONTENT->BOS, PRON_SUBJ->BOS
origin: synthesized (search/loglinear)
target: L28H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.31,
    ('ADV_LY', 'BOS'): 0.76,
    ('AUX', 'BOS'): 2.72,
    ('AUX', 'CONTENT'): -0.34,
    ('AUX', 'DET'): -0.28,
    ('AUX', 'NAME'): -0.25,
    ('AUX', 'PERIOD'): 0.33,
    ('COMMA', 'BOS'): 1.72,
    ('COMMA', 'CONTENT'): -0.37,
    ('COMMA', 'PERIOD'): 1.09,
    ('CONJ', 'BOS'): 2.11,
    ('CONJ', 'CONTENT'): -0.62,
    ('CONJ', 'DET'): -0.3,
    ('CONJ', 'NAME'): -0.32,
    ('CONJ', 'PERIOD'): 0.68,
    ('CONTENT', 'BOS'): 3.48,
    ('CONTENT', 'NAME'): -0.39,
    ('CONTENT', 'NUMBER'): -0.25,
    ('CONTENT', 'PERIOD'): 1.3,
    ('CONTENT', 'PRON_SUBJ'): -0.57,
    ('CONTENT', 'QUOTE'): 0.55,
    ('CONTENT', 'TO'): -0.41,
    ('DET', 'BOS'): 2.86,
    ('DET', 'CONTENT'): -0.33,
    ('DET', 'NAME'): -0.3,
    ('DET', 'PREP'): 0.27,
    ('NAME', 'AUX'): -0.26,
    ('NAME', 'BOS'): 3.51,
    ('NAME', 'DET'): -0.3,
    ('NAME', 'PERIOD'): 0.49,
    ('NEG', 'BOS'): 0.6,
    ('NEWLINE', 'BOS'): 1.06,
    ('NEWLINE', 'CONTENT'): -0.52,
    ('NEWLINE', 'PERIOD'): 0.67,
    ('NUMBER', 'BOS'): 1.8,
    ('NUMBER', 'CONTENT'): -0.32,
    ('PERIOD', 'BOS'): 1.73,
    ('PERIOD', 'CONTENT'): -0.75,
    ('PERIOD', 'DET'): -0.37,
    ('PERIOD', 'NAME'): -0.26,
    ('PERIOD', 'NEWLINE'): 0.57,
    ('PERIOD', 'PERIOD'): 2.21,
    ('PERIOD', 'QUOTE'): 0.34,
    ('PREP', 'BOS'): 2.89,
    ('PREP', 'CONTENT'): -0.52,
    ('PREP', 'DET'): -0.28,
    ('PREP', 'NAME'): -0.35,
    ('PREP', 'PERIOD'): 1.0,
    ('PREP', 'PRON_SUBJ'): -0.31,
    ('PRON_OBJ', 'BOS'): 2.38,
    ('PRON_OBJ', 'CONTENT'): -0.29,
    ('PRON_SUBJ', 'BOS'): 3.1,
    ('PRON_SUBJ', 'CONTENT'): -0.27,
    ('PRON_SUBJ', 'DET'): -0.32,
    ('QUOTE', 'BOS'): 0.81,
    ('QUOTE', 'CONTENT'): -0.44,
    ('QUOTE', 'PERIOD'): 0.47,
    ('TO', 'BOS'): 2.96,
    ('TO', 'CONTENT'): -0.52,
    ('VERB_ED', 'BOS'): 2.58,
    ('VERB_ED', 'CONTENT'): -0.46,
    ('VERB_ED', 'DET'): -0.35,
    ('VERB_ED', 'PERIOD'): 0.77,
    ('VERB_ED', 'PRON_SUBJ'): -0.27,
    ('VERB_ING', 'BOS'): 2.11,
    ('VERB_ING', 'CONTENT'): -0.3,
    ('VERB_ING', 'PERIOD'): 0.39,
    ('WH', 'BOS'): 1.96,
    ('WH', 'CONTENT'): -0.42,
    ('WH', 'PERIOD'): 0.86,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONJ', 1): -0.25,
    ('CONJ', 8): -0.32,
    ('CONTENT', 8): -0.6,
    ('DET', 0): 0.55,
    ('DET', 1): 0.94,
    ('DET', 8): -0.29,
    ('NAME', 2): 0.25,
    ('PERIOD', 0): -0.6,
    ('PERIOD', 8): 0.86,
    ('PRON_OBJ', 1): 0.57,
    ('QUOTE', 8): 0.25,
    ('TO', 1): -0.26,
    ('VERB_ED', 1): -0.37,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.09,
    1: 1.64,
    2: 1.11,
    3: 0.72,
    4: 0.41,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.2699999809265137, -0.20000000298023224, 0.3700000047683716, -0.3400000035762787, -0.019999999552965164


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
