"""head: L12H5
heldout_iou: 0.598
heldout_iou_no_bos: 0.607
Log-linear fit: strongest class pairs CONTENT->BOS, DET->BOS, NAME->BOS.

name: L12H5
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, DET->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L12H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.25,
    ('ADV_LY', 'BOS'): 0.98,
    ('AUX', 'BOS'): 2.73,
    ('AUX', 'CONTENT'): -0.33,
    ('AUX', 'DET'): -0.25,
    ('COMMA', 'BOS'): 1.72,
    ('COMMA', 'CONTENT'): -0.49,
    ('COMMA', 'PERIOD'): 0.5,
    ('CONJ', 'BOS'): 2.02,
    ('CONJ', 'CONTENT'): -0.58,
    ('CONJ', 'DET'): -0.25,
    ('CONJ', 'PERIOD'): 0.41,
    ('CONTENT', 'AUX'): -0.3,
    ('CONTENT', 'BOS'): 4.1,
    ('CONTENT', 'DET'): -0.57,
    ('CONTENT', 'PREP'): -0.26,
    ('CONTENT', 'PRON_OBJ'): -0.28,
    ('CONTENT', 'PRON_SUBJ'): -0.26,
    ('DET', 'BOS'): 3.61,
    ('DET', 'CONTENT'): -0.35,
    ('NAME', 'BOS'): 3.3,
    ('NAME', 'NAME'): 0.44,
    ('NEG', 'BOS'): 0.33,
    ('NEWLINE', 'BOS'): 1.24,
    ('NEWLINE', 'CONTENT'): -0.39,
    ('NUMBER', 'BOS'): 1.88,
    ('NUMBER', 'CONTENT'): -0.36,
    ('PERIOD', 'BOS'): 2.41,
    ('PERIOD', 'CONTENT'): -0.57,
    ('PERIOD', 'DET'): -0.35,
    ('PERIOD', 'PERIOD'): 0.86,
    ('PREP', 'BOS'): 3.27,
    ('PREP', 'CONTENT'): -0.34,
    ('PRON_OBJ', 'BOS'): 2.62,
    ('PRON_OBJ', 'CONTENT'): -0.3,
    ('PRON_SUBJ', 'BOS'): 2.76,
    ('PRON_SUBJ', 'CONTENT'): -0.36,
    ('QUOTE', 'BOS'): 0.78,
    ('QUOTE', 'CONTENT'): -0.31,
    ('TO', 'BOS'): 2.37,
    ('TO', 'CONTENT'): -0.36,
    ('VERB_ED', 'BOS'): 3.0,
    ('VERB_ED', 'CONTENT'): -0.3,
    ('VERB_ING', 'BOS'): 2.54,
    ('WH', 'BOS'): 1.94,
    ('WH', 'CONTENT'): -0.4,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 8): -0.34,
    ('CONJ', 8): -0.36,
    ('CONTENT', 8): -0.27,
    ('DET', 0): 0.72,
    ('PERIOD', 8): 0.31,
    ('PREP', 0): 0.29,
    ('PREP', 8): -0.37,
    ('PRON_SUBJ', 0): 0.27,
    ('VERB_ING', 8): 0.27,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.65,
    1: 1.7,
    2: 0.87,
    3: 0.5,
    4: 0.39,
    5: 0.37,
    6: 0.36,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.0499999523162842, -0.20000000298023224, -0.07000000029802322, -0.09000000357627869, 0.0


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
