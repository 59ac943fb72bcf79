"""head: L14H2
heldout_iou: 0.555
heldout_iou_no_bos: 0.439
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PREP->BOS.

name: L14H2
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L14H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.31,
    ('AUX', 'BOS'): 3.22,
    ('AUX', 'DET'): -0.3,
    ('AUX', 'PRON_SUBJ'): -0.33,
    ('COMMA', 'BOS'): 2.19,
    ('CONJ', 'BOS'): 2.54,
    ('CONTENT', 'AUX'): -0.41,
    ('CONTENT', 'BOS'): 4.74,
    ('CONTENT', 'CONTENT'): 0.31,
    ('CONTENT', 'DET'): -0.79,
    ('CONTENT', 'PERIOD'): 0.31,
    ('CONTENT', 'PRON_SUBJ'): -0.36,
    ('CONTENT', 'QUOTE'): 0.3,
    ('CONTENT', 'TO'): -0.3,
    ('CONTENT', 'VERB_ING'): 0.29,
    ('DET', 'BOS'): 3.6,
    ('DET', 'DET'): -0.33,
    ('DET', 'PERIOD'): 0.25,
    ('NAME', 'AUX'): -0.26,
    ('NAME', 'BOS'): 4.04,
    ('NAME', 'DET'): -0.42,
    ('NEG', 'BOS'): 0.93,
    ('NEWLINE', 'BOS'): 0.33,
    ('NEWLINE', 'CONTENT'): -0.27,
    ('NEWLINE', 'PERIOD'): 0.35,
    ('NEWLINE', 'QUOTE'): 0.26,
    ('NUMBER', 'BOS'): 2.43,
    ('NUMBER', 'CONTENT'): -0.32,
    ('PERIOD', 'BOS'): 0.71,
    ('PERIOD', 'DET'): -0.35,
    ('PERIOD', 'NAME'): -0.4,
    ('PREP', 'BOS'): 3.67,
    ('PREP', 'DET'): -0.28,
    ('PRON_OBJ', 'BOS'): 3.09,
    ('PRON_OBJ', 'DET'): -0.27,
    ('PRON_SUBJ', 'BOS'): 2.89,
    ('PRON_SUBJ', 'DET'): -0.31,
    ('QUOTE', 'BOS'): 0.87,
    ('TO', 'BOS'): 2.68,
    ('TO', 'VERB_ED'): -0.26,
    ('VERB_ED', 'BOS'): 3.51,
    ('VERB_ED', 'DET'): -0.37,
    ('VERB_ING', 'BOS'): 3.15,
    ('VERB_ING', 'DET'): -0.27,
    ('WH', 'BOS'): 2.57,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('ADV_LY', 8): 0.36,
    ('COMMA', 1): 0.44,
    ('COMMA', 8): -0.53,
    ('CONJ', 1): 0.53,
    ('CONJ', 8): -0.63,
    ('CONTENT', 0): 0.77,
    ('CONTENT', 8): -0.26,
    ('NAME', 0): 0.37,
    ('NAME', 8): 0.4,
    ('NUMBER', 8): 0.38,
    ('PERIOD', 0): -0.34,
    ('PERIOD', 8): -0.7,
    ('PREP', 1): 0.45,
    ('PRON_OBJ', 8): 0.29,
    ('PRON_SUBJ', 0): -0.26,
    ('PRON_SUBJ', 8): -0.32,
    ('VERB_ED', 8): 0.31,
    ('VERB_ING', 8): 0.54,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.55,
    1: 2.13,
    2: 1.77,
    3: 1.43,
    4: 1.17,
    5: 0.92,
    6: 0.76,
    7: 0.57,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.18000000715255737, -0.23999999463558197, 0.2800000011920929, -0.699999988079071, 0.30000001192092896


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
