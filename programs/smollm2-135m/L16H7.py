"""head: L16H7
heldout_iou: 0.473
heldout_iou_no_bos: 0.447
Log-linear fit: strongest class pairs CONTENT->BOS, PERIOD->BOS, PRON_SUBJ->BOS.

name: L16H7
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PERIOD->BOS, PRON_SUBJ->BOS
origin: synthesized (search/loglinear)
target: L16H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.87,
    ('AUX', 'BOS'): 2.95,
    ('AUX', 'CONTENT'): -0.45,
    ('AUX', 'DET'): -0.48,
    ('AUX', 'NAME'): -0.44,
    ('AUX', 'PERIOD'): 0.77,
    ('AUX', 'PRON_SUBJ'): -0.28,
    ('AUX', 'WH'): 0.4,
    ('COMMA', 'BOS'): 2.48,
    ('COMMA', 'CONTENT'): -0.45,
    ('COMMA', 'DET'): -0.36,
    ('COMMA', 'NAME'): -0.36,
    ('COMMA', 'PERIOD'): 0.59,
    ('COMMA', 'PREP'): -0.28,
    ('CONJ', 'BOS'): 2.69,
    ('CONJ', 'CONTENT'): -0.55,
    ('CONJ', 'DET'): -0.41,
    ('CONJ', 'NAME'): -0.38,
    ('CONJ', 'PERIOD'): 0.48,
    ('CONJ', 'PREP'): -0.27,
    ('CONTENT', 'BOS'): 3.9,
    ('CONTENT', 'DET'): -0.67,
    ('CONTENT', 'NAME'): -0.69,
    ('CONTENT', 'NUMBER'): -0.31,
    ('CONTENT', 'PERIOD'): 0.65,
    ('CONTENT', 'PRON_OBJ'): -0.39,
    ('CONTENT', 'PRON_SUBJ'): -0.36,
    ('CONTENT', 'VERB_ED'): 0.44,
    ('DET', 'BOS'): 3.06,
    ('DET', 'CONTENT'): -0.44,
    ('DET', 'DET'): -0.52,
    ('DET', 'NAME'): -0.58,
    ('DET', 'PERIOD'): 0.48,
    ('DET', 'PRON_OBJ'): -0.27,
    ('DET', 'PRON_SUBJ'): -0.27,
    ('NAME', 'BOS'): 2.93,
    ('NAME', 'CONTENT'): -0.3,
    ('NAME', 'DET'): -0.48,
    ('NAME', 'NAME'): -0.4,
    ('NEG', 'BOS'): 0.76,
    ('NEWLINE', 'BOS'): 2.48,
    ('NEWLINE', 'CONTENT'): -0.49,
    ('NUMBER', 'BOS'): 2.07,
    ('NUMBER', 'CONTENT'): -0.46,
    ('PERIOD', 'BOS'): 3.48,
    ('PERIOD', 'CONTENT'): -0.46,
    ('PERIOD', 'DET'): -0.47,
    ('PERIOD', 'PERIOD'): 0.64,
    ('PERIOD', 'PREP'): -0.36,
    ('PREP', 'BOS'): 2.65,
    ('PREP', 'CONTENT'): -0.51,
    ('PREP', 'DET'): -0.5,
    ('PREP', 'NAME'): -0.58,
    ('PREP', 'PERIOD'): 0.29,
    ('PREP', 'PRON_OBJ'): -0.26,
    ('PRON_OBJ', 'BOS'): 2.41,
    ('PRON_OBJ', 'CONTENT'): -0.35,
    ('PRON_OBJ', 'DET'): -0.3,
    ('PRON_OBJ', 'NAME'): -0.26,
    ('PRON_SUBJ', 'BOS'): 3.28,
    ('PRON_SUBJ', 'CONTENT'): -0.44,
    ('PRON_SUBJ', 'DET'): -0.37,
    ('PRON_SUBJ', 'NAME'): -0.26,
    ('PRON_SUBJ', 'PERIOD'): 0.54,
    ('QUOTE', 'BOS'): 1.55,
    ('QUOTE', 'CONTENT'): -0.29,
    ('TO', 'BOS'): 1.88,
    ('TO', 'CONTENT'): -0.38,
    ('TO', 'DET'): -0.31,
    ('TO', 'NAME'): -0.52,
    ('TO', 'PERIOD'): 0.25,
    ('TO', 'VERB_ED'): 0.26,
    ('VERB_ED', 'BOS'): 2.99,
    ('VERB_ED', 'CONTENT'): -0.44,
    ('VERB_ED', 'DET'): -0.41,
    ('VERB_ED', 'PERIOD'): 0.28,
    ('VERB_ED', 'PREP'): -0.26,
    ('VERB_ING', 'BOS'): 1.82,
    ('VERB_ING', 'DET'): -0.34,
    ('WH', 'BOS'): 2.39,
    ('WH', 'CONTENT'): -0.41,
    ('WH', 'DET'): -0.26,
    ('WH', 'NAME'): -0.26,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.33,
    ('COMMA', 1): -0.37,
    ('COMMA', 2): -0.4,
    ('CONJ', 1): -0.45,
    ('CONJ', 2): -0.26,
    ('CONTENT', 0): 0.29,
    ('CONTENT', 8): -0.87,
    ('DET', 1): 0.36,
    ('DET', 2): 0.36,
    ('DET', 8): -0.35,
    ('NAME', 0): 0.4,
    ('NAME', 1): 0.45,
    ('NAME', 2): 0.43,
    ('NAME', 8): -0.25,
    ('NEWLINE', 8): 0.62,
    ('PERIOD', 1): -0.34,
    ('PERIOD', 2): -0.37,
    ('PERIOD', 8): 0.98,
    ('PREP', 8): -0.53,
    ('PRON_OBJ', 1): 0.53,
    ('PRON_SUBJ', 1): 0.54,
    ('QUOTE', 8): 0.37,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.9,
    1: 1.96,
    2: 1.7,
    3: 1.38,
    4: 1.0,
    5: 0.73,
    6: 0.54,
    7: 0.41,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5899999737739563, -0.2800000011920929, 1.4900000095367432, -0.6399999856948853, 0.25


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
