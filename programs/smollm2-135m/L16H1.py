"""head: L16H1
heldout_iou: 0.552
heldout_iou_no_bos: 0.509
Log-linear fit: strongest class pairs CONTENT->BOS, DET->BOS, PREP->BOS.

name: L16H1
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, DET->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L16H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.27,
    ('ADV_LY', 'BOS'): 0.95,
    ('AUX', 'BOS'): 2.65,
    ('AUX', 'CONTENT'): -0.33,
    ('AUX', 'DET'): -0.31,
    ('COMMA', 'BOS'): 2.04,
    ('COMMA', 'CONTENT'): -0.36,
    ('COMMA', 'DET'): -0.27,
    ('COMMA', 'PERIOD'): 0.42,
    ('CONJ', 'BOS'): 2.33,
    ('CONJ', 'CONTENT'): -0.35,
    ('CONJ', 'DET'): -0.29,
    ('CONJ', 'PERIOD'): 0.26,
    ('CONTENT', 'BOS'): 3.98,
    ('CONTENT', 'DET'): -0.57,
    ('CONTENT', 'PREP'): -0.27,
    ('DET', 'BOS'): 3.41,
    ('DET', 'DET'): -0.49,
    ('NAME', 'BOS'): 3.16,
    ('NAME', 'DET'): -0.36,
    ('NAME', 'NAME'): 0.85,
    ('NEG', 'BOS'): 0.7,
    ('NEWLINE', 'BOS'): 1.55,
    ('NEWLINE', 'CONTENT'): -0.5,
    ('NUMBER', 'BOS'): 2.28,
    ('NUMBER', 'CONTENT'): -0.39,
    ('PERIOD', 'BOS'): 2.24,
    ('PERIOD', 'CONTENT'): -0.33,
    ('PERIOD', 'DET'): -0.5,
    ('PERIOD', 'PERIOD'): 0.57,
    ('PREP', 'BOS'): 3.31,
    ('PREP', 'DET'): -0.29,
    ('PRON_OBJ', 'BOS'): 2.49,
    ('PRON_OBJ', 'CONTENT'): -0.36,
    ('PRON_OBJ', 'DET'): -0.28,
    ('PRON_SUBJ', 'BOS'): 2.49,
    ('PRON_SUBJ', 'CONTENT'): -0.32,
    ('PRON_SUBJ', 'DET'): -0.38,
    ('QUOTE', 'BOS'): 1.04,
    ('QUOTE', 'CONTENT'): -0.36,
    ('TO', 'BOS'): 2.35,
    ('TO', 'CONTENT'): -0.3,
    ('VERB_ED', 'BOS'): 2.97,
    ('VERB_ED', 'DET'): -0.36,
    ('VERB_ING', 'BOS'): 2.65,
    ('WH', 'BOS'): 2.24,
    ('WH', 'CONTENT'): -0.33,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 8): -0.27,
    ('COMMA', 0): 0.39,
    ('COMMA', 8): -0.29,
    ('CONJ', 0): 0.36,
    ('CONJ', 8): -0.28,
    ('CONTENT', 8): -0.32,
    ('NAME', 0): -0.45,
    ('NAME', 1): -0.34,
    ('NAME', 8): 0.26,
    ('NEWLINE', 8): 0.27,
    ('NUMBER', 8): 0.33,
    ('VERB_ING', 8): 0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.88,
    1: 1.43,
    2: 0.96,
    3: 0.66,
    4: 0.45,
    5: 0.32,
    6: 0.27,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.4900000095367432, 0.33000001311302185, 0.28999999165534973, -0.38999998569488525, 0.009999999776482582


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
