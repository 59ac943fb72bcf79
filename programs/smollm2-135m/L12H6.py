"""head: L12H6
heldout_iou: 0.548
heldout_iou_no_bos: 0.513
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L12H6
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L12H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.83,
    ('AUX', 'AUX'): -0.25,
    ('AUX', 'BOS'): 2.94,
    ('AUX', 'CONTENT'): -0.54,
    ('AUX', 'DET'): -0.39,
    ('AUX', 'NAME'): -0.37,
    ('AUX', 'PERIOD'): 0.81,
    ('COMMA', 'BOS'): 2.63,
    ('COMMA', 'CONTENT'): -0.58,
    ('COMMA', 'DET'): -0.26,
    ('COMMA', 'NAME'): -0.32,
    ('COMMA', 'PERIOD'): 0.48,
    ('CONJ', 'BOS'): 2.95,
    ('CONJ', 'CONTENT'): -0.56,
    ('CONJ', 'DET'): -0.28,
    ('CONJ', 'NAME'): -0.31,
    ('CONJ', 'PERIOD'): 0.49,
    ('CONTENT', 'BOS'): 4.13,
    ('CONTENT', 'CONTENT'): -0.3,
    ('CONTENT', 'DET'): -0.61,
    ('CONTENT', 'NAME'): -0.35,
    ('CONTENT', 'PERIOD'): 0.84,
    ('CONTENT', 'PRON_OBJ'): -0.31,
    ('CONTENT', 'QUOTE'): 0.41,
    ('CONTENT', 'WH'): 0.28,
    ('DET', 'BOS'): 3.36,
    ('DET', 'CONTENT'): -0.47,
    ('DET', 'DET'): -0.46,
    ('DET', 'NAME'): -0.39,
    ('DET', 'PERIOD'): 0.79,
    ('NAME', 'AUX'): -0.28,
    ('NAME', 'BOS'): 3.53,
    ('NAME', 'CONTENT'): -0.39,
    ('NAME', 'DET'): -0.5,
    ('NAME', 'NAME'): -0.44,
    ('NAME', 'PERIOD'): 0.27,
    ('NAME', 'PRON_OBJ'): -0.3,
    ('NEG', 'BOS'): 0.5,
    ('NEG', 'CONTENT'): -0.26,
    ('NEWLINE', 'BOS'): 2.16,
    ('NEWLINE', 'CONTENT'): -0.51,
    ('NUMBER', 'BOS'): 2.07,
    ('NUMBER', 'CONTENT'): -0.5,
    ('NUMBER', 'DET'): -0.26,
    ('PERIOD', 'BOS'): 3.17,
    ('PERIOD', 'CONTENT'): -0.62,
    ('PERIOD', 'DET'): -0.44,
    ('PERIOD', 'NAME'): -0.43,
    ('PERIOD', 'PERIOD'): 0.55,
    ('PREP', 'BOS'): 2.92,
    ('PREP', 'CONTENT'): -0.52,
    ('PREP', 'DET'): -0.43,
    ('PREP', 'NAME'): -0.37,
    ('PREP', 'PERIOD'): 0.52,
    ('PREP', 'PREP'): -0.32,
    ('PRON_OBJ', 'BOS'): 2.84,
    ('PRON_OBJ', 'CONTENT'): -0.42,
    ('PRON_OBJ', 'DET'): -0.29,
    ('PRON_OBJ', 'PERIOD'): 0.35,
    ('PRON_SUBJ', 'BOS'): 3.18,
    ('PRON_SUBJ', 'CONTENT'): -0.54,
    ('PRON_SUBJ', 'DET'): -0.32,
    ('PRON_SUBJ', 'PERIOD'): 0.69,
    ('PRON_SUBJ', 'QUOTE'): 0.37,
    ('QUOTE', 'BOS'): 1.62,
    ('QUOTE', 'CONTENT'): -0.42,
    ('TO', 'BOS'): 2.1,
    ('TO', 'CONTENT'): -0.49,
    ('TO', 'DET'): -0.26,
    ('TO', 'NAME'): -0.4,
    ('TO', 'PERIOD'): 0.41,
    ('VERB_ED', 'BOS'): 2.88,
    ('VERB_ED', 'CONTENT'): -0.48,
    ('VERB_ED', 'DET'): -0.42,
    ('VERB_ED', 'PERIOD'): 0.4,
    ('VERB_ED', 'PREP'): -0.27,
    ('VERB_ING', 'BOS'): 2.19,
    ('VERB_ING', 'CONTENT'): -0.28,
    ('VERB_ING', 'DET'): -0.32,
    ('WH', 'BOS'): 2.4,
    ('WH', 'CONTENT'): -0.46,
    ('WH', 'PERIOD'): 0.36,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): -0.4,
    ('COMMA', 2): -0.27,
    ('CONTENT', 0): 0.43,
    ('CONTENT', 7): -0.3,
    ('CONTENT', 8): -0.89,
    ('DET', 1): 0.42,
    ('NAME', 0): 0.47,
    ('NAME', 1): 0.34,
    ('NEWLINE', 8): 0.5,
    ('PERIOD', 1): -0.4,
    ('PERIOD', 2): -0.41,
    ('PERIOD', 8): 0.64,
    ('PREP', 8): -0.52,
    ('PRON_OBJ', 1): 0.3,
    ('PRON_SUBJ', 1): 0.38,
    ('QUOTE', 8): 0.28,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.14,
    1: 2.78,
    2: 2.38,
    3: 1.9,
    4: 1.48,
    5: 1.21,
    6: 0.97,
    7: 0.7,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.23999999463558197, -0.3799999952316284, 1.0099999904632568, -0.7300000190734863, 0.3400000035762787


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
