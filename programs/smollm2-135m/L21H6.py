"""head: L21H6
heldout_iou: 0.463
heldout_iou_no_bos: 0.419
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PERIOD->BOS.

name: L21H6
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PERIOD->BOS
origin: synthesized (search/loglinear)
target: L21H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.84,
    ('AUX', 'AUX'): -0.31,
    ('AUX', 'BOS'): 2.03,
    ('AUX', 'CONTENT'): 0.34,
    ('AUX', 'DET'): -0.53,
    ('AUX', 'PERIOD'): 0.39,
    ('COMMA', 'BOS'): 2.22,
    ('COMMA', 'DET'): -0.29,
    ('CONJ', 'BOS'): 2.32,
    ('CONJ', 'DET'): -0.38,
    ('CONTENT', 'AUX'): -0.47,
    ('CONTENT', 'BOS'): 4.05,
    ('CONTENT', 'CONTENT'): 0.6,
    ('CONTENT', 'DET'): -0.76,
    ('CONTENT', 'NAME'): 0.27,
    ('CONTENT', 'PERIOD'): 0.57,
    ('CONTENT', 'VERB_ING'): 0.28,
    ('DET', 'AUX'): -0.42,
    ('DET', 'BOS'): 2.2,
    ('DET', 'CONTENT'): 0.36,
    ('DET', 'DET'): -0.48,
    ('DET', 'PERIOD'): 0.28,
    ('NAME', 'AUX'): -0.35,
    ('NAME', 'BOS'): 3.53,
    ('NAME', 'DET'): -0.42,
    ('NEG', 'BOS'): 0.45,
    ('NEWLINE', 'BOS'): 2.14,
    ('NEWLINE', 'CONTENT'): -0.4,
    ('NUMBER', 'BOS'): 1.74,
    ('PERIOD', 'BOS'): 3.28,
    ('PERIOD', 'DET'): -0.4,
    ('PERIOD', 'PERIOD'): 0.41,
    ('PREP', 'AUX'): -0.26,
    ('PREP', 'BOS'): 2.4,
    ('PREP', 'CONTENT'): 0.29,
    ('PREP', 'DET'): -0.48,
    ('PRON_OBJ', 'BOS'): 1.82,
    ('PRON_OBJ', 'DET'): -0.39,
    ('PRON_SUBJ', 'AUX'): -0.28,
    ('PRON_SUBJ', 'BOS'): 1.83,
    ('PRON_SUBJ', 'CONTENT'): 0.29,
    ('PRON_SUBJ', 'DET'): -0.46,
    ('PRON_SUBJ', 'PERIOD'): 0.34,
    ('QUOTE', 'BOS'): 1.33,
    ('TO', 'BOS'): 1.22,
    ('TO', 'CONTENT'): 0.26,
    ('TO', 'DET'): -0.3,
    ('TO', 'PERIOD'): 0.32,
    ('VERB_ED', 'AUX'): -0.31,
    ('VERB_ED', 'BOS'): 2.67,
    ('VERB_ED', 'DET'): -0.49,
    ('VERB_ING', 'BOS'): 2.32,
    ('VERB_ING', 'DET'): -0.33,
    ('WH', 'BOS'): 2.24,
    ('WH', 'DET'): -0.28,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.3,
    ('COMMA', 1): 0.28,
    ('CONJ', 1): 0.57,
    ('CONJ', 8): -0.45,
    ('NEWLINE', 8): 0.4,
    ('NUMBER', 8): 0.26,
    ('PRON_OBJ', 2): 0.26,
    ('PRON_SUBJ', 2): 0.26,
    ('PRON_SUBJ', 8): -0.27,
    ('VERB_ING', 8): 0.25,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.54,
    1: 1.88,
    2: 1.38,
    3: 1.1,
    4: 0.88,
    5: 0.66,
    6: 0.55,
    7: 0.42,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.019999999552965164, 0.23000000417232513, 0.10000000149011612, -0.6100000143051147, 0.20000000298023224


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
