"""head: L18H0
heldout_iou: 0.474
heldout_iou_no_bos: 0.430
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PREP->BOS.

name: L18H0
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L18H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.94,
    ('AUX', 'AUX'): -0.37,
    ('AUX', 'BOS'): 2.37,
    ('AUX', 'CONJ'): 0.29,
    ('AUX', 'CONTENT'): -0.39,
    ('AUX', 'DET'): -0.35,
    ('AUX', 'NAME'): -0.37,
    ('AUX', 'PERIOD'): 1.12,
    ('COMMA', 'BOS'): 2.02,
    ('COMMA', 'CONTENT'): -0.49,
    ('COMMA', 'DET'): -0.35,
    ('COMMA', 'PERIOD'): 0.76,
    ('CONJ', 'BOS'): 2.34,
    ('CONJ', 'CONTENT'): -0.44,
    ('CONJ', 'DET'): -0.35,
    ('CONJ', 'PERIOD'): 0.64,
    ('CONTENT', 'AUX'): -0.4,
    ('CONTENT', 'BOS'): 3.79,
    ('CONTENT', 'CONJ'): 0.43,
    ('CONTENT', 'DET'): -0.54,
    ('CONTENT', 'NAME'): -0.31,
    ('CONTENT', 'NEWLINE'): 0.6,
    ('CONTENT', 'PERIOD'): 1.39,
    ('CONTENT', 'PREP'): -0.35,
    ('CONTENT', 'QUOTE'): 0.64,
    ('CONTENT', 'TO'): -0.37,
    ('DET', 'AUX'): -0.31,
    ('DET', 'BOS'): 2.58,
    ('DET', 'DET'): -0.27,
    ('DET', 'NAME'): -0.31,
    ('DET', 'PERIOD'): 1.23,
    ('DET', 'PREP'): -0.28,
    ('NAME', 'AUX'): -0.31,
    ('NAME', 'BOS'): 3.13,
    ('NAME', 'CONTENT'): -0.44,
    ('NAME', 'DET'): -0.45,
    ('NAME', 'NAME'): -0.31,
    ('NAME', 'PERIOD'): 0.63,
    ('NAME', 'PREP'): -0.32,
    ('NAME', 'QUOTE'): 0.39,
    ('NEG', 'BOS'): 0.49,
    ('NEWLINE', 'BOS'): 1.83,
    ('NEWLINE', 'CONTENT'): -0.44,
    ('NUMBER', 'BOS'): 1.71,
    ('NUMBER', 'CONTENT'): -0.37,
    ('NUMBER', 'PERIOD'): 0.47,
    ('PERIOD', 'BOS'): 2.57,
    ('PERIOD', 'CONTENT'): -0.4,
    ('PERIOD', 'DET'): -0.44,
    ('PERIOD', 'PERIOD'): 0.81,
    ('PERIOD', 'PREP'): -0.33,
    ('PREP', 'AUX'): -0.26,
    ('PREP', 'BOS'): 2.83,
    ('PREP', 'CONJ'): 0.31,
    ('PREP', 'CONTENT'): -0.44,
    ('PREP', 'DET'): -0.27,
    ('PREP', 'NAME'): -0.28,
    ('PREP', 'PERIOD'): 1.01,
    ('PREP', 'PREP'): -0.33,
    ('PRON_OBJ', 'BOS'): 2.26,
    ('PRON_OBJ', 'CONTENT'): -0.38,
    ('PRON_OBJ', 'DET'): -0.34,
    ('PRON_OBJ', 'PERIOD'): 0.63,
    ('PRON_OBJ', 'PREP'): -0.26,
    ('PRON_SUBJ', 'AUX'): -0.28,
    ('PRON_SUBJ', 'BOS'): 2.58,
    ('PRON_SUBJ', 'CONTENT'): -0.53,
    ('PRON_SUBJ', 'DET'): -0.41,
    ('PRON_SUBJ', 'NAME'): -0.29,
    ('PRON_SUBJ', 'PERIOD'): 0.91,
    ('PUNCT', 'BOS'): 0.26,
    ('QUOTE', 'BOS'): 0.89,
    ('QUOTE', 'CONTENT'): -0.37,
    ('QUOTE', 'QUOTE'): 0.38,
    ('TO', 'BOS'): 2.08,
    ('TO', 'CONJ'): 0.27,
    ('TO', 'CONTENT'): -0.59,
    ('TO', 'NAME'): -0.3,
    ('TO', 'PERIOD'): 1.01,
    ('TO', 'TO'): -0.26,
    ('VERB_ED', 'AUX'): -0.31,
    ('VERB_ED', 'BOS'): 2.67,
    ('VERB_ED', 'CONTENT'): -0.36,
    ('VERB_ED', 'DET'): -0.34,
    ('VERB_ED', 'PERIOD'): 0.66,
    ('VERB_ED', 'PREP'): -0.27,
    ('VERB_ING', 'AUX'): -0.25,
    ('VERB_ING', 'BOS'): 2.4,
    ('VERB_ING', 'CONTENT'): -0.31,
    ('VERB_ING', 'DET'): -0.28,
    ('VERB_ING', 'PERIOD'): 0.33,
    ('WH', 'BOS'): 1.64,
    ('WH', 'CONTENT'): -0.41,
    ('WH', 'PERIOD'): 0.67,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 2): 0.34,
    ('CONTENT', 8): -0.54,
    ('NEWLINE', 8): 0.44,
    ('PERIOD', 1): -0.31,
    ('PERIOD', 2): -0.34,
    ('PERIOD', 3): -0.27,
    ('PERIOD', 8): 0.49,
    ('PREP', 0): -0.27,
    ('PRON_SUBJ', 1): 0.78,
    ('PRON_SUBJ', 2): 0.29,
    ('TO', 0): -0.33,
    ('TO', 1): -0.36,
    ('TO', 2): -0.34,
    ('VERB_ED', 1): -0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.46,
    1: 0.9,
    2: 0.92,
    3: 0.89,
    4: 0.72,
    5: 0.57,
    6: 0.46,
    7: 0.38,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.2800000011920929, 0.4300000071525574, 0.4699999988079071, -0.5099999904632568, -0.17000000178813934


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
