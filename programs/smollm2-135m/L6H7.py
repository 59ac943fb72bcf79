"""head: L6H7
heldout_iou: 0.385
heldout_iou_no_bos: 0.346
Log-linear fit: strongest class pairs CONTENT->BOS, PERIOD->BOS, NAME->BOS.

name: L6H7
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PERIOD->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L6H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.75,
    ('AUX', 'AUX'): -0.27,
    ('AUX', 'BOS'): 2.22,
    ('AUX', 'DET'): 1.41,
    ('AUX', 'NAME'): -0.34,
    ('AUX', 'PREP'): -0.25,
    ('COMMA', 'BOS'): 2.15,
    ('COMMA', 'CONTENT'): -0.41,
    ('COMMA', 'DET'): 1.72,
    ('CONJ', 'BOS'): 2.41,
    ('CONJ', 'CONTENT'): -0.34,
    ('CONJ', 'DET'): 1.96,
    ('CONTENT', 'BOS'): 3.0,
    ('CONTENT', 'CONJ'): -0.36,
    ('CONTENT', 'CONTENT'): 0.4,
    ('CONTENT', 'DET'): 1.6,
    ('CONTENT', 'NAME'): -0.39,
    ('CONTENT', 'NUMBER'): 0.31,
    ('CONTENT', 'PERIOD'): -0.48,
    ('CONTENT', 'VERB_ED'): 0.41,
    ('CONTENT', 'VERB_ING'): 0.27,
    ('DET', 'BOS'): 2.48,
    ('DET', 'DET'): 1.79,
    ('DET', 'NAME'): -0.36,
    ('DET', 'PERIOD'): -0.26,
    ('DET', 'PREP'): -0.4,
    ('NAME', 'BOS'): 2.77,
    ('NAME', 'DET'): 1.55,
    ('NAME', 'NAME'): 0.65,
    ('NAME', 'NUMBER'): 0.28,
    ('NEG', 'BOS'): 0.46,
    ('NEG', 'CONTENT'): -0.27,
    ('NEG', 'DET'): 0.41,
    ('NEWLINE', 'BOS'): 1.47,
    ('NEWLINE', 'CONTENT'): -0.31,
    ('NEWLINE', 'DET'): 1.0,
    ('NUMBER', 'BOS'): 1.35,
    ('NUMBER', 'CONTENT'): -0.37,
    ('NUMBER', 'DET'): 0.91,
    ('PERIOD', 'BOS'): 2.77,
    ('PERIOD', 'CONTENT'): -0.26,
    ('PERIOD', 'DET'): 2.32,
    ('PERIOD', 'NAME'): -0.28,
    ('PERIOD', 'NUMBER'): 0.34,
    ('PERIOD', 'PERIOD'): -0.34,
    ('PERIOD', 'PREP'): -0.25,
    ('PREP', 'BOS'): 2.34,
    ('PREP', 'DET'): 1.12,
    ('PREP', 'NAME'): -0.35,
    ('PREP', 'PERIOD'): -0.33,
    ('PRON_OBJ', 'BOS'): 2.21,
    ('PRON_OBJ', 'DET'): 1.21,
    ('PRON_OBJ', 'PERIOD'): -0.25,
    ('PRON_SUBJ', 'BOS'): 2.38,
    ('PRON_SUBJ', 'DET'): 1.66,
    ('PRON_SUBJ', 'PERIOD'): -0.35,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.28,
    ('QUOTE', 'BOS'): 1.02,
    ('QUOTE', 'CONTENT'): -0.32,
    ('QUOTE', 'DET'): 0.81,
    ('TO', 'BOS'): 1.86,
    ('TO', 'DET'): 0.97,
    ('TO', 'NAME'): -0.31,
    ('VERB_ED', 'BOS'): 2.15,
    ('VERB_ED', 'DET'): 0.86,
    ('VERB_ED', 'NAME'): -0.28,
    ('VERB_ED', 'PERIOD'): -0.28,
    ('VERB_ING', 'BOS'): 1.41,
    ('VERB_ING', 'DET'): 0.65,
    ('VERB_ING', 'VERB_ING'): 0.25,
    ('WH', 'BOS'): 1.93,
    ('WH', 'DET'): 1.3,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONJ', 8): 0.27,
    ('CONTENT', 0): 0.37,
    ('CONTENT', 2): 0.25,
    ('CONTENT', 8): -0.48,
    ('DET', 1): 0.37,
    ('NAME', 1): 0.32,
    ('NAME', 3): -0.25,
    ('NEWLINE', 8): 0.42,
    ('PERIOD', 8): 0.44,
    ('PREP', 1): 0.4,
    ('PREP', 8): -0.59,
    ('QUOTE', 8): 0.27,
    ('TO', 1): 0.26,
    ('TO', 8): -0.37,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.15,
    1: 1.87,
    2: 1.11,
    3: 0.64,
    4: 0.34,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.6100000143051147, -0.5799999833106995, 0.2199999988079071, -0.27000001072883606, 0.30000001192092896


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
