"""head: L11H5
heldout_iou: 0.460
heldout_iou_no_bos: 0.463
Log-linear fit: strongest class pairs CONTENT->PERIOD, NAME->PERIOD, VERB_ED->PERIOD.

name: L11H5
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, NAME->PERIOD, VERB_ED->PERIOD
origin: synthesized (search/loglinear)
target: L11H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'PERIOD'): 0.44,
    ('AUX', 'BOS'): -0.26,
    ('AUX', 'COMMA'): 0.38,
    ('AUX', 'CONJ'): 0.25,
    ('AUX', 'CONTENT'): -0.31,
    ('AUX', 'DET'): 0.25,
    ('AUX', 'NAME'): -0.45,
    ('AUX', 'PERIOD'): 1.55,
    ('AUX', 'PREP'): -0.31,
    ('AUX', 'WH'): 0.3,
    ('COMMA', 'CONTENT'): -0.49,
    ('COMMA', 'NAME'): -0.28,
    ('COMMA', 'PERIOD'): 1.41,
    ('COMMA', 'PREP'): -0.28,
    ('CONJ', 'CONTENT'): -0.52,
    ('CONJ', 'NAME'): -0.31,
    ('CONJ', 'PERIOD'): 1.68,
    ('CONJ', 'PREP'): -0.31,
    ('CONTENT', 'COMMA'): 1.17,
    ('CONTENT', 'CONJ'): 0.64,
    ('CONTENT', 'CONTENT'): -0.52,
    ('CONTENT', 'DET'): 0.28,
    ('CONTENT', 'NAME'): -0.87,
    ('CONTENT', 'NEWLINE'): 1.07,
    ('CONTENT', 'PERIOD'): 2.46,
    ('CONTENT', 'PREP'): -0.38,
    ('CONTENT', 'PUNCT'): 0.4,
    ('CONTENT', 'QUOTE'): 0.47,
    ('CONTENT', 'TO'): -0.46,
    ('CONTENT', 'VERB_ED'): -0.34,
    ('CONTENT', 'VERB_ING'): -0.3,
    ('DET', 'AUX'): -0.26,
    ('DET', 'BOS'): -0.28,
    ('DET', 'NAME'): -0.32,
    ('DET', 'PERIOD'): 0.98,
    ('DET', 'PREP'): 0.62,
    ('DET', 'PRON_SUBJ'): -0.29,
    ('DET', 'TO'): 0.38,
    ('NAME', 'COMMA'): 0.45,
    ('NAME', 'CONTENT'): -0.69,
    ('NAME', 'NEWLINE'): 0.4,
    ('NAME', 'PERIOD'): 2.1,
    ('NAME', 'PREP'): -0.3,
    ('NAME', 'VERB_ED'): -0.51,
    ('NEG', 'PERIOD'): 0.33,
    ('NEWLINE', 'CONTENT'): -0.35,
    ('NEWLINE', 'PERIOD'): 0.76,
    ('NUMBER', 'PERIOD'): 0.79,
    ('PERIOD', 'AUX'): 0.27,
    ('PERIOD', 'COMMA'): 0.35,
    ('PERIOD', 'CONTENT'): -0.49,
    ('PERIOD', 'NAME'): -0.53,
    ('PERIOD', 'PERIOD'): 0.93,
    ('PERIOD', 'PREP'): -0.49,
    ('PERIOD', 'TO'): -0.26,
    ('PREP', 'BOS'): -0.26,
    ('PREP', 'COMMA'): 0.69,
    ('PREP', 'CONTENT'): -0.29,
    ('PREP', 'NAME'): -0.4,
    ('PREP', 'NEWLINE'): 0.27,
    ('PREP', 'PERIOD'): 1.97,
    ('PREP', 'PREP'): -0.35,
    ('PRON_OBJ', 'PERIOD'): 0.61,
    ('PRON_OBJ', 'PREP'): 0.29,
    ('PRON_SUBJ', 'BOS'): -0.26,
    ('PRON_SUBJ', 'CONTENT'): -0.39,
    ('PRON_SUBJ', 'NAME'): -0.34,
    ('PRON_SUBJ', 'PERIOD'): 1.07,
    ('PRON_SUBJ', 'PREP'): -0.29,
    ('PRON_SUBJ', 'WH'): 0.43,
    ('QUOTE', 'CONTENT'): -0.36,
    ('QUOTE', 'PERIOD'): 0.71,
    ('TO', 'COMMA'): 0.43,
    ('TO', 'CONTENT'): -0.37,
    ('TO', 'NAME'): -0.36,
    ('TO', 'PERIOD'): 1.49,
    ('VERB_ED', 'COMMA'): 0.65,
    ('VERB_ED', 'CONTENT'): -0.55,
    ('VERB_ED', 'NAME'): -0.34,
    ('VERB_ED', 'NEWLINE'): 0.35,
    ('VERB_ED', 'PERIOD'): 2.0,
    ('VERB_ING', 'COMMA'): 0.28,
    ('VERB_ING', 'CONTENT'): -0.48,
    ('VERB_ING', 'PERIOD'): 1.62,
    ('WH', 'CONTENT'): -0.39,
    ('WH', 'NAME'): -0.28,
    ('WH', 'PERIOD'): 1.4,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 0): 0.57,
    ('CONTENT', 1): -0.35,
    ('DET', 1): 1.18,
    ('DET', 2): 0.4,
    ('DET', 8): -0.4,
    ('NAME', 0): 0.36,
    ('NAME', 1): -0.27,
    ('NEWLINE', 0): -0.33,
    ('PERIOD', 0): -0.75,
    ('PERIOD', 1): -0.34,
    ('PERIOD', 8): 0.67,
    ('PREP', 0): 0.36,
    ('PREP', 1): 0.29,
    ('PRON_OBJ', 1): 0.96,
    ('PRON_OBJ', 8): -0.34,
    ('VERB_ED', 1): -0.42,
    ('VERB_ING', 1): -0.25,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.59,
    1: 2.25,
    2: 1.23,
    3: 0.7,
    4: 0.45,
    5: 0.34,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.4399999976158142, -0.009999999776482582, 0.8899999856948853, 0.20999999344348907, 0.27000001072883606


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
