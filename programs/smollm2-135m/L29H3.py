"""head: L29H3
heldout_iou: 0.564
heldout_iou_no_bos: 0.591
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PRON_SUBJ->BOS.

name: L29H3
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PRON_SUBJ->BOS
origin: synthesized (search/loglinear)
target: L29H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.44,
    ('AUX', 'BOS'): 1.65,
    ('AUX', 'PERIOD'): 0.34,
    ('COMMA', 'BOS'): 0.82,
    ('CONJ', 'BOS'): 1.48,
    ('CONJ', 'CONTENT'): -0.26,
    ('CONJ', 'PERIOD'): 0.3,
    ('CONTENT', 'BOS'): 2.88,
    ('CONTENT', 'PERIOD'): 0.35,
    ('CONTENT', 'PRON_SUBJ'): -0.38,
    ('CONTENT', 'VERB_ED'): 0.31,
    ('CONTENT', 'VERB_ING'): 0.41,
    ('DET', 'BOS'): 1.56,
    ('NAME', 'BOS'): 2.82,
    ('NEWLINE', 'BOS'): 0.86,
    ('NEWLINE', 'CONTENT'): -0.33,
    ('NEWLINE', 'PERIOD'): 0.31,
    ('NUMBER', 'BOS'): 0.53,
    ('PERIOD', 'BOS'): 1.49,
    ('PERIOD', 'CONTENT'): -0.31,
    ('PERIOD', 'DET'): -0.34,
    ('PERIOD', 'NEWLINE'): 0.31,
    ('PERIOD', 'PERIOD'): 1.19,
    ('PREP', 'BOS'): 1.61,
    ('PREP', 'PERIOD'): 0.28,
    ('PRON_OBJ', 'BOS'): 0.96,
    ('PRON_SUBJ', 'BOS'): 2.56,
    ('QUOTE', 'BOS'): 0.32,
    ('TO', 'BOS'): 1.88,
    ('VERB_ED', 'BOS'): 1.47,
    ('VERB_ED', 'CONTENT'): -0.29,
    ('VERB_ING', 'BOS'): 0.91,
    ('WH', 'BOS'): 1.07,
    ('WH', 'PERIOD'): 0.27,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): 0.31,
    ('COMMA', 2): -0.26,
    ('COMMA', 8): -0.26,
    ('CONTENT', 3): 0.33,
    ('CONTENT', 8): -0.44,
    ('DET', 0): 0.37,
    ('DET', 1): 0.54,
    ('DET', 8): -0.31,
    ('NAME', 1): -0.34,
    ('PERIOD', 2): -0.37,
    ('PERIOD', 7): 0.26,
    ('PERIOD', 8): 0.61,
    ('PREP', 1): 0.31,
    ('PREP', 8): -0.27,
    ('PRON_OBJ', 8): -0.33,
    ('VERB_ED', 1): -0.33,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.66,
    1: 2.3,
    2: 1.52,
    3: 0.92,
    4: 0.59,
    5: 0.49,
    6: 0.43,
    7: 0.27,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.6499999761581421, -0.07999999821186066, 0.4699999988079071, -0.029999999329447746, -0.3700000047683716


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
