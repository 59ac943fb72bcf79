"""head: L19H0
heldout_iou: 0.651
heldout_iou_no_bos: 0.578
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L19H0
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L19H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.09,
    ('AUX', 'BOS'): 2.76,
    ('AUX', 'DET'): -0.35,
    ('COMMA', 'BOS'): 2.27,
    ('COMMA', 'CONTENT'): -0.43,
    ('COMMA', 'NAME'): -0.27,
    ('COMMA', 'PERIOD'): 0.28,
    ('CONJ', 'BOS'): 2.52,
    ('CONJ', 'CONTENT'): -0.4,
    ('CONJ', 'DET'): -0.26,
    ('CONJ', 'NAME'): -0.28,
    ('CONTENT', 'AUX'): -0.26,
    ('CONTENT', 'BOS'): 3.81,
    ('CONTENT', 'DET'): -0.5,
    ('CONTENT', 'NAME'): -0.29,
    ('CONTENT', 'PERIOD'): 0.47,
    ('DET', 'BOS'): 3.02,
    ('DET', 'DET'): -0.31,
    ('DET', 'PERIOD'): 0.37,
    ('NAME', 'BOS'): 3.59,
    ('NAME', 'CONTENT'): -0.3,
    ('NAME', 'DET'): -0.36,
    ('NEG', 'BOS'): 0.91,
    ('NEG', 'CONTENT'): -0.26,
    ('NEWLINE', 'BOS'): 2.18,
    ('NEWLINE', 'CONTENT'): -0.45,
    ('NUMBER', 'BOS'): 2.09,
    ('NUMBER', 'CONTENT'): -0.37,
    ('PERIOD', 'BOS'): 2.29,
    ('PERIOD', 'CONTENT'): -0.35,
    ('PERIOD', 'DET'): -0.3,
    ('PERIOD', 'NAME'): -0.41,
    ('PERIOD', 'PERIOD'): 0.31,
    ('PREP', 'BOS'): 2.96,
    ('PREP', 'CONTENT'): -0.28,
    ('PREP', 'DET'): -0.28,
    ('PREP', 'NAME'): -0.28,
    ('PREP', 'PERIOD'): 0.32,
    ('PRON_OBJ', 'BOS'): 2.88,
    ('PRON_OBJ', 'CONTENT'): -0.26,
    ('PRON_OBJ', 'DET'): -0.26,
    ('PRON_SUBJ', 'BOS'): 2.73,
    ('PRON_SUBJ', 'CONTENT'): -0.28,
    ('PRON_SUBJ', 'DET'): -0.29,
    ('PRON_SUBJ', 'NAME'): -0.26,
    ('QUOTE', 'BOS'): 1.43,
    ('QUOTE', 'CONTENT'): -0.33,
    ('TO', 'BOS'): 2.35,
    ('TO', 'CONTENT'): -0.32,
    ('VERB_ED', 'BOS'): 2.93,
    ('VERB_ED', 'CONTENT'): -0.26,
    ('VERB_ED', 'DET'): -0.35,
    ('VERB_ING', 'BOS'): 2.43,
    ('VERB_ING', 'DET'): -0.26,
    ('WH', 'BOS'): 2.23,
    ('WH', 'CONTENT'): -0.31,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 8): -0.43,
    ('NEWLINE', 8): 0.34,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.92,
    1: 0.38,
    2: 0.31,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.17000000178813934, -0.1599999964237213, -0.23000000417232513, -0.5899999737739563, 0.09000000357627869


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
