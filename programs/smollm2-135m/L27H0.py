"""head: L27H0
heldout_iou: 0.458
heldout_iou_no_bos: 0.413
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS.

name: L27H0
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS
origin: synthesized (search/loglinear)
target: L27H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.8,
    ('AUX', 'BOS'): 2.39,
    ('AUX', 'DET'): -0.28,
    ('COMMA', 'BOS'): 1.76,
    ('COMMA', 'DET'): -0.35,
    ('COMMA', 'PERIOD'): 0.53,
    ('CONJ', 'BOS'): 2.11,
    ('CONJ', 'CONTENT'): -0.34,
    ('CONJ', 'DET'): -0.38,
    ('CONJ', 'PERIOD'): 0.27,
    ('CONJ', 'PRON_SUBJ'): 0.62,
    ('CONJ', 'TO'): 0.31,
    ('CONTENT', 'AUX'): -0.43,
    ('CONTENT', 'BOS'): 4.04,
    ('CONTENT', 'CONJ'): -0.34,
    ('CONTENT', 'CONTENT'): 0.31,
    ('CONTENT', 'DET'): -0.53,
    ('CONTENT', 'NAME'): 0.57,
    ('CONTENT', 'PERIOD'): 0.56,
    ('CONTENT', 'PREP'): -0.45,
    ('CONTENT', 'PRON_OBJ'): -0.32,
    ('CONTENT', 'QUOTE'): 0.4,
    ('CONTENT', 'TO'): -0.41,
    ('DET', 'BOS'): 2.82,
    ('NAME', 'AUX'): -0.27,
    ('NAME', 'BOS'): 3.6,
    ('NAME', 'DET'): -0.43,
    ('NEG', 'BOS'): 0.6,
    ('NEWLINE', 'BOS'): 1.73,
    ('NEWLINE', 'CONTENT'): -0.49,
    ('NEWLINE', 'NEWLINE'): 0.35,
    ('NUMBER', 'BOS'): 2.02,
    ('PERIOD', 'AUX'): -0.25,
    ('PERIOD', 'BOS'): 2.47,
    ('PERIOD', 'CONTENT'): -0.41,
    ('PERIOD', 'DET'): -0.46,
    ('PERIOD', 'NAME'): 0.43,
    ('PERIOD', 'NEWLINE'): 0.31,
    ('PERIOD', 'PERIOD'): 1.28,
    ('PERIOD', 'QUOTE'): 0.26,
    ('PREP', 'BOS'): 2.98,
    ('PREP', 'DET'): -0.31,
    ('PREP', 'NAME'): 0.31,
    ('PREP', 'PERIOD'): 0.58,
    ('PREP', 'PREP'): -0.3,
    ('PRON_OBJ', 'BOS'): 2.57,
    ('PRON_SUBJ', 'BOS'): 1.84,
    ('PRON_SUBJ', 'DET'): -0.33,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.68,
    ('QUOTE', 'BOS'): 1.12,
    ('QUOTE', 'CONTENT'): -0.26,
    ('QUOTE', 'QUOTE'): 0.27,
    ('TO', 'BOS'): 1.86,
    ('VERB_ED', 'BOS'): 3.19,
    ('VERB_ED', 'DET'): -0.39,
    ('VERB_ED', 'NAME'): 0.43,
    ('VERB_ING', 'BOS'): 2.84,
    ('WH', 'BOS'): 1.65,
    ('WH', 'PERIOD'): 0.45,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): 0.35,
    ('CONJ', 8): -0.38,
    ('CONTENT', 0): 0.37,
    ('CONTENT', 8): -0.51,
    ('NAME', 8): -0.28,
    ('NEWLINE', 1): 0.38,
    ('PERIOD', 8): 0.64,
    ('PRON_OBJ', 8): 0.3,
    ('PRON_SUBJ', 0): 0.44,
    ('PRON_SUBJ', 8): -0.32,
    ('QUOTE', 0): 0.28,
    ('VERB_ING', 8): 0.49,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.57,
    1: 1.49,
    2: 1.01,
    3: 0.78,
    4: 0.55,
    5: 0.38,
    6: 0.3,
    7: 0.25,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.190000057220459, 0.1599999964237213, 0.5, -0.6499999761581421, 0.30000001192092896


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
