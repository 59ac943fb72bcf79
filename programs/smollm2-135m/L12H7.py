"""head: L12H7
heldout_iou: 0.527
heldout_iou_no_bos: 0.461
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L12H7
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L12H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.19,
    ('AUX', 'BOS'): 3.0,
    ('AUX', 'DET'): -0.36,
    ('AUX', 'NAME'): -0.29,
    ('AUX', 'PRON_SUBJ'): -0.33,
    ('COMMA', 'BOS'): 1.7,
    ('COMMA', 'DET'): -0.28,
    ('COMMA', 'NAME'): -0.35,
    ('CONJ', 'BOS'): 2.04,
    ('CONJ', 'DET'): -0.3,
    ('CONJ', 'NAME'): -0.42,
    ('CONJ', 'VERB_ED'): 0.29,
    ('CONTENT', 'BOS'): 4.61,
    ('CONTENT', 'CONTENT'): 0.29,
    ('CONTENT', 'DET'): -0.74,
    ('CONTENT', 'PERIOD'): 0.7,
    ('CONTENT', 'PRON_OBJ'): -0.28,
    ('CONTENT', 'PRON_SUBJ'): -0.37,
    ('CONTENT', 'VERB_ED'): 0.33,
    ('CONTENT', 'VERB_ING'): 0.3,
    ('DET', 'BOS'): 3.86,
    ('DET', 'DET'): -0.31,
    ('DET', 'PERIOD'): 0.36,
    ('NAME', 'BOS'): 3.9,
    ('NAME', 'DET'): -0.44,
    ('NAME', 'PREP'): -0.27,
    ('NEG', 'BOS'): 0.84,
    ('NEWLINE', 'BOS'): 0.95,
    ('NEWLINE', 'CONTENT'): -0.39,
    ('NEWLINE', 'QUOTE'): 0.26,
    ('NUMBER', 'BOS'): 2.38,
    ('NUMBER', 'CONTENT'): -0.33,
    ('PERIOD', 'BOS'): 0.89,
    ('PERIOD', 'CONTENT'): -0.36,
    ('PERIOD', 'DET'): -0.49,
    ('PERIOD', 'NAME'): -0.61,
    ('PERIOD', 'PERIOD'): 0.4,
    ('PERIOD', 'PRON_OBJ'): -0.28,
    ('PERIOD', 'VERB_ED'): 0.32,
    ('PREP', 'BOS'): 3.57,
    ('PREP', 'DET'): -0.28,
    ('PREP', 'NAME'): -0.31,
    ('PREP', 'PRON_SUBJ'): -0.28,
    ('PRON_OBJ', 'BOS'): 2.98,
    ('PRON_SUBJ', 'BOS'): 2.28,
    ('PRON_SUBJ', 'DET'): -0.41,
    ('PRON_SUBJ', 'VERB_ED'): 0.31,
    ('QUOTE', 'BOS'): 0.94,
    ('QUOTE', 'CONTENT'): -0.35,
    ('QUOTE', 'QUOTE'): 0.27,
    ('TO', 'BOS'): 2.58,
    ('TO', 'NAME'): -0.35,
    ('VERB_ED', 'BOS'): 3.23,
    ('VERB_ED', 'DET'): -0.37,
    ('VERB_ING', 'BOS'): 2.87,
    ('VERB_ING', 'DET'): -0.27,
    ('WH', 'BOS'): 2.34,
    ('WH', 'CONTENT'): -0.29,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('ADV_LY', 8): 0.32,
    ('COMMA', 8): -0.59,
    ('CONJ', 8): -0.74,
    ('CONTENT', 0): 0.43,
    ('CONTENT', 8): -0.28,
    ('NEG', 8): 0.26,
    ('NEWLINE', 8): 0.3,
    ('NUMBER', 8): 0.34,
    ('PERIOD', 2): -0.27,
    ('PREP', 1): 0.53,
    ('PREP', 8): -0.26,
    ('VERB_ING', 8): 0.36,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.05,
    2: 1.29,
    3: 1.39,
    4: 1.35,
    5: 1.2,
    6: 1.08,
    7: 0.98,
    8: 0.65,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.49000000953674316, 0.17000000178813934, 0.8299999833106995, -0.38999998569488525, -0.11999999731779099


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
