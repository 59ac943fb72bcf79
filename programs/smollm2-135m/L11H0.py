"""head: L11H0
heldout_iou: 0.506
heldout_iou_no_bos: 0.507
Log-linear fit: strongest class pairs CONTENT->PERIOD, PRON_SUBJ->PERIOD, NAME->PERIOD.

name: L11H0
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, PRON_SUBJ->PERIOD, NAME->PERIOD
origin: synthesized (search/loglinear)
target: L11H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'PERIOD'): 0.29,
    ('AUX', 'CONJ'): 0.25,
    ('AUX', 'NAME'): -0.44,
    ('AUX', 'PERIOD'): 1.32,
    ('AUX', 'PRON_SUBJ'): -0.42,
    ('AUX', 'WH'): 0.79,
    ('COMMA', 'DET'): -0.28,
    ('COMMA', 'NAME'): -0.29,
    ('COMMA', 'PERIOD'): 0.81,
    ('CONJ', 'DET'): -0.36,
    ('CONJ', 'NAME'): -0.33,
    ('CONJ', 'PERIOD'): 0.79,
    ('CONJ', 'VERB_ED'): 0.34,
    ('CONTENT', 'BOS'): -0.27,
    ('CONTENT', 'DET'): -0.5,
    ('CONTENT', 'NAME'): -0.72,
    ('CONTENT', 'NEWLINE'): 0.36,
    ('CONTENT', 'PERIOD'): 1.49,
    ('CONTENT', 'PRON_OBJ'): -0.49,
    ('CONTENT', 'PRON_SUBJ'): -0.55,
    ('CONTENT', 'QUOTE'): 0.37,
    ('CONTENT', 'VERB_ING'): 0.34,
    ('CONTENT', 'WH'): 0.26,
    ('DET', 'NAME'): -0.38,
    ('DET', 'PERIOD'): 0.97,
    ('DET', 'PRON_OBJ'): -0.33,
    ('DET', 'PRON_SUBJ'): -0.37,
    ('DET', 'VERB_ED'): 0.31,
    ('NAME', 'CONTENT'): -0.28,
    ('NAME', 'NAME'): 0.34,
    ('NAME', 'PERIOD'): 1.41,
    ('NAME', 'VERB_ED'): -0.36,
    ('NUMBER', 'PERIOD'): 0.42,
    ('PERIOD', 'DET'): -0.29,
    ('PERIOD', 'NAME'): -0.31,
    ('PERIOD', 'PERIOD'): 0.92,
    ('PERIOD', 'QUOTE'): 0.39,
    ('PREP', 'DET'): -0.27,
    ('PREP', 'NAME'): -0.35,
    ('PREP', 'PERIOD'): 0.41,
    ('PREP', 'PRON_OBJ'): -0.36,
    ('PREP', 'PRON_SUBJ'): -0.31,
    ('PREP', 'VERB_ED'): 0.42,
    ('PREP', 'VERB_ING'): 0.47,
    ('PRON_OBJ', 'PERIOD'): 0.63,
    ('PRON_SUBJ', 'PERIOD'): 1.43,
    ('PRON_SUBJ', 'WH'): 0.48,
    ('QUOTE', 'CONTENT'): -0.29,
    ('QUOTE', 'QUOTE'): 0.66,
    ('TO', 'NAME'): -0.39,
    ('TO', 'PERIOD'): 0.28,
    ('TO', 'VERB_ED'): 0.76,
    ('VERB_ED', 'NAME'): -0.38,
    ('VERB_ED', 'PERIOD'): 1.12,
    ('VERB_ED', 'PRON_SUBJ'): -0.34,
    ('VERB_ED', 'WH'): 0.51,
    ('VERB_ING', 'PERIOD'): 0.43,
    ('WH', 'NAME'): -0.27,
    ('WH', 'PERIOD'): 0.43,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.53,
    ('COMMA', 0): -0.3,
    ('COMMA', 1): -0.53,
    ('COMMA', 8): -0.25,
    ('CONJ', 8): -0.3,
    ('DET', 1): 0.35,
    ('DET', 2): 0.29,
    ('NAME', 0): 0.34,
    ('NAME', 8): 0.43,
    ('NEWLINE', 8): 0.56,
    ('PERIOD', 0): -0.6,
    ('PERIOD', 1): -1.02,
    ('PERIOD', 2): -0.68,
    ('PERIOD', 3): -0.26,
    ('PERIOD', 7): 0.38,
    ('PERIOD', 8): 1.21,
    ('PREP', 1): 0.7,
    ('PREP', 8): -0.48,
    ('PRON_OBJ', 1): 0.56,
    ('PRON_SUBJ', 1): 0.49,
    ('QUOTE', 0): -0.37,
    ('QUOTE', 1): -0.27,
    ('TO', 1): 0.32,
    ('TO', 8): -0.35,
    ('VERB_ED', 1): -0.25,
    ('WH', 1): 0.32,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.9,
    2: 1.66,
    3: 1.44,
    4: 1.27,
    5: 1.13,
    6: 1.08,
    7: 1.08,
    8: 0.74,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.44999998807907104, 0.23999999463558197, 0.6700000166893005, -0.05999999865889549, -0.9599999785423279


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
