"""head: L13H7
heldout_iou: 0.492
heldout_iou_no_bos: 0.461
Log-linear fit: strongest class pairs PERIOD->BOS, CONTENT->BOS, DET->BOS.

name: L13H7
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->BOS, CONTENT->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L13H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.57,
    ('AUX', 'BOS'): 1.84,
    ('AUX', 'CONTENT'): -0.34,
    ('AUX', 'DET'): -0.43,
    ('AUX', 'NAME'): -0.44,
    ('AUX', 'PERIOD'): 0.48,
    ('AUX', 'WH'): 0.25,
    ('COMMA', 'BOS'): 1.92,
    ('COMMA', 'CONTENT'): -0.43,
    ('COMMA', 'DET'): -0.26,
    ('COMMA', 'NAME'): -0.4,
    ('COMMA', 'PERIOD'): 0.82,
    ('CONJ', 'BOS'): 2.05,
    ('CONJ', 'CONTENT'): -0.51,
    ('CONJ', 'DET'): -0.34,
    ('CONJ', 'NAME'): -0.47,
    ('CONJ', 'PERIOD'): 0.58,
    ('CONTENT', 'BOS'): 2.62,
    ('CONTENT', 'DET'): -0.56,
    ('CONTENT', 'NAME'): -0.61,
    ('CONTENT', 'PERIOD'): 0.6,
    ('DET', 'BOS'): 2.36,
    ('DET', 'DET'): -0.47,
    ('DET', 'NAME'): -0.42,
    ('DET', 'PERIOD'): 0.61,
    ('NAME', 'AUX'): -0.37,
    ('NAME', 'BOS'): 1.83,
    ('NAME', 'COMMA'): -0.29,
    ('NAME', 'DET'): -0.55,
    ('NAME', 'NAME'): -0.38,
    ('NEG', 'BOS'): 0.48,
    ('NEWLINE', 'BOS'): 2.29,
    ('NEWLINE', 'CONTENT'): -0.51,
    ('NUMBER', 'BOS'): 1.31,
    ('PERIOD', 'BOS'): 2.64,
    ('PERIOD', 'CONTENT'): -0.45,
    ('PERIOD', 'DET'): -0.38,
    ('PERIOD', 'NAME'): -0.42,
    ('PERIOD', 'PERIOD'): 1.08,
    ('PREP', 'BOS'): 2.14,
    ('PREP', 'CONTENT'): -0.29,
    ('PREP', 'DET'): -0.41,
    ('PREP', 'NAME'): -0.53,
    ('PREP', 'PERIOD'): 0.51,
    ('PRON_OBJ', 'BOS'): 2.0,
    ('PRON_OBJ', 'DET'): -0.33,
    ('PRON_SUBJ', 'BOS'): 2.22,
    ('PRON_SUBJ', 'CONTENT'): -0.31,
    ('PRON_SUBJ', 'DET'): -0.41,
    ('PRON_SUBJ', 'NAME'): -0.34,
    ('PRON_SUBJ', 'PERIOD'): 0.39,
    ('QUOTE', 'BOS'): 1.43,
    ('QUOTE', 'CONTENT'): -0.37,
    ('TO', 'BOS'): 1.36,
    ('TO', 'CONTENT'): -0.26,
    ('TO', 'DET'): -0.3,
    ('TO', 'NAME'): -0.43,
    ('TO', 'PERIOD'): 0.29,
    ('VERB_ED', 'BOS'): 2.03,
    ('VERB_ED', 'CONTENT'): -0.27,
    ('VERB_ED', 'DET'): -0.43,
    ('VERB_ED', 'NAME'): -0.29,
    ('VERB_ED', 'PERIOD'): 0.4,
    ('VERB_ING', 'BOS'): 1.43,
    ('VERB_ING', 'DET'): -0.31,
    ('WH', 'BOS'): 1.78,
    ('WH', 'CONTENT'): -0.39,
    ('WH', 'DET'): -0.26,
    ('WH', 'NAME'): -0.29,
    ('WH', 'PERIOD'): 0.27,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.3,
    ('COMMA', 8): 0.26,
    ('CONTENT', 8): -0.47,
    ('NAME', 8): -0.29,
    ('NEWLINE', 8): 0.56,
    ('PERIOD', 0): 0.29,
    ('PERIOD', 8): 0.8,
    ('PREP', 8): -0.26,
    ('QUOTE', 8): 0.29,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.61,
    2: 0.68,
    3: 0.75,
    4: 0.74,
    5: 0.72,
    6: 0.7,
    7: 0.7,
    8: 0.66,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.6100000143051147, 0.07000000029802322, 0.23999999463558197, -0.5299999713897705, -0.28999999165534973


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
