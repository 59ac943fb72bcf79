"""head: L19H3
heldout_iou: 0.606
heldout_iou_no_bos: 0.635
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L19H3
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L19H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.51,
    ('AUX', 'BOS'): 2.4,
    ('AUX', 'CONTENT'): -0.26,
    ('COMMA', 'BOS'): 1.75,
    ('CONJ', 'BOS'): 2.07,
    ('CONJ', 'CONTENT'): -0.27,
    ('CONTENT', 'BOS'): 4.31,
    ('CONTENT', 'DET'): -0.44,
    ('DET', 'BOS'): 3.3,
    ('DET', 'CONTENT'): -0.33,
    ('NAME', 'BOS'): 3.51,
    ('NAME', 'CONJ'): 0.35,
    ('NAME', 'CONTENT'): -0.26,
    ('NEG', 'BOS'): 0.25,
    ('NEWLINE', 'BOS'): 0.78,
    ('NEWLINE', 'CONTENT'): -0.32,
    ('NEWLINE', 'PERIOD'): 0.31,
    ('NEWLINE', 'QUOTE'): 0.28,
    ('NUMBER', 'BOS'): 1.71,
    ('NUMBER', 'CONTENT'): -0.35,
    ('PERIOD', 'BOS'): 2.72,
    ('PERIOD', 'CONTENT'): -0.3,
    ('PERIOD', 'DET'): -0.28,
    ('PERIOD', 'NAME'): -0.27,
    ('PREP', 'BOS'): 2.89,
    ('PREP', 'CONTENT'): -0.27,
    ('PRON_OBJ', 'BOS'): 2.77,
    ('PRON_SUBJ', 'BOS'): 2.68,
    ('PRON_SUBJ', 'CONTENT'): -0.35,
    ('QUOTE', 'BOS'): 0.72,
    ('TO', 'BOS'): 1.84,
    ('TO', 'CONTENT'): -0.3,
    ('VERB_ED', 'BOS'): 2.47,
    ('VERB_ED', 'DET'): -0.27,
    ('VERB_ING', 'BOS'): 2.06,
    ('WH', 'BOS'): 2.06,
    ('WH', 'CONTENT'): -0.32,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 8): -0.28,
    ('CONJ', 1): 0.27,
    ('CONJ', 8): -0.28,
    ('CONTENT', 0): 0.51,
    ('CONTENT', 1): 0.45,
    ('CONTENT', 2): 0.39,
    ('CONTENT', 8): -0.7,
    ('DET', 1): 0.39,
    ('NEWLINE', 1): 0.29,
    ('NEWLINE', 2): 0.27,
    ('NUMBER', 8): 0.26,
    ('PERIOD', 2): -0.43,
    ('PERIOD', 8): -0.29,
    ('PREP', 8): -0.39,
    ('PRON_SUBJ', 1): 0.38,
    ('TO', 8): -0.25,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 3.3,
    1: 4.13,
    2: 3.09,
    3: 1.79,
    4: 1.23,
    5: 0.99,
    6: 0.56,
    8: 0.34,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.10999999940395355, -0.3100000023841858, 0.8799999952316284, -0.5899999737739563, 0.20000000298023224


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
