"""head: L16H4
heldout_iou: 0.499
heldout_iou_no_bos: 0.480
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L16H4
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L16H4
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.02,
    ('AUX', 'BOS'): 2.62,
    ('AUX', 'DET'): -0.32,
    ('AUX', 'PRON_SUBJ'): -0.42,
    ('COMMA', 'BOS'): 1.45,
    ('COMMA', 'DET'): -0.32,
    ('CONJ', 'BOS'): 2.2,
    ('CONJ', 'COMMA'): -0.33,
    ('CONJ', 'DET'): -0.38,
    ('CONTENT', 'AUX'): -0.46,
    ('CONTENT', 'BOS'): 4.39,
    ('CONTENT', 'DET'): -0.59,
    ('CONTENT', 'PREP'): -0.36,
    ('CONTENT', 'PRON_OBJ'): -0.4,
    ('CONTENT', 'PRON_SUBJ'): -0.44,
    ('DET', 'BOS'): 3.21,
    ('DET', 'DET'): -0.25,
    ('NAME', 'BOS'): 4.13,
    ('NAME', 'CONTENT'): -0.3,
    ('NAME', 'DET'): -0.31,
    ('NAME', 'WH'): 0.32,
    ('NEG', 'BOS'): 0.53,
    ('NEWLINE', 'BOS'): 1.56,
    ('NUMBER', 'BOS'): 2.33,
    ('NUMBER', 'CONTENT'): -0.36,
    ('PERIOD', 'AUX'): -0.3,
    ('PERIOD', 'BOS'): 1.92,
    ('PERIOD', 'DET'): -0.53,
    ('PERIOD', 'PREP'): -0.26,
    ('PERIOD', 'PRON_OBJ'): -0.29,
    ('PERIOD', 'PRON_SUBJ'): -0.26,
    ('PREP', 'BOS'): 2.98,
    ('PREP', 'DET'): -0.37,
    ('PRON_OBJ', 'BOS'): 2.29,
    ('PRON_SUBJ', 'BOS'): 2.51,
    ('PRON_SUBJ', 'DET'): -0.33,
    ('PRON_SUBJ', 'WH'): 0.35,
    ('QUOTE', 'BOS'): 0.99,
    ('TO', 'BOS'): 1.97,
    ('TO', 'NAME'): -0.29,
    ('TO', 'PRON_SUBJ'): -0.26,
    ('VERB_ED', 'BOS'): 3.09,
    ('VERB_ED', 'DET'): -0.31,
    ('VERB_ED', 'PRON_SUBJ'): -0.32,
    ('VERB_ING', 'BOS'): 2.69,
    ('VERB_ING', 'DET'): -0.25,
    ('WH', 'BOS'): 2.18,
    ('WH', 'DET'): -0.26,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.26,
    ('COMMA', 1): 0.39,
    ('COMMA', 8): -0.34,
    ('CONJ', 1): 0.44,
    ('CONJ', 8): -0.29,
    ('CONTENT', 0): 0.53,
    ('CONTENT', 8): -0.42,
    ('NAME', 8): 0.27,
    ('NEWLINE', 8): 0.29,
    ('NUMBER', 8): 0.42,
    ('PERIOD', 0): -0.29,
    ('PRON_SUBJ', 1): 0.41,
    ('PRON_SUBJ', 2): 0.26,
    ('VERB_ING', 8): 0.43,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.76,
    1: 2.11,
    2: 1.77,
    3: 1.37,
    4: 1.04,
    5: 0.81,
    6: 0.67,
    7: 0.53,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.11999999731779099, -0.09000000357627869, 1.0399999618530273, -0.49000000953674316, 0.07000000029802322


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
