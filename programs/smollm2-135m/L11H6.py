"""head: L11H6
heldout_iou: 0.706
heldout_iou_no_bos: 0.709
Log-linear fit: strongest class pairs CONTENT->PERIOD, DET->PERIOD, PERIOD->PERIOD.

name: L11H6
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, DET->PERIOD, PERIOD->PERIOD
origin: synthesized (search/loglinear)
target: L11H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'PERIOD'): 0.84,
    ('COMMA', 'CONTENT'): -0.27,
    ('COMMA', 'PERIOD'): 0.96,
    ('CONJ', 'CONTENT'): -0.32,
    ('CONJ', 'PERIOD'): 1.05,
    ('CONTENT', 'BOS'): 0.35,
    ('CONTENT', 'COMMA'): 0.42,
    ('CONTENT', 'CONTENT'): -0.26,
    ('CONTENT', 'NAME'): -0.27,
    ('CONTENT', 'NEWLINE'): 0.34,
    ('CONTENT', 'PERIOD'): 1.89,
    ('DET', 'DET'): -0.51,
    ('DET', 'PERIOD'): 1.59,
    ('DET', 'PREP'): -0.43,
    ('DET', 'TO'): -0.28,
    ('NAME', 'CONTENT'): -0.34,
    ('NAME', 'PERIOD'): 1.16,
    ('NEWLINE', 'PERIOD'): 0.58,
    ('NUMBER', 'PERIOD'): 0.59,
    ('PERIOD', 'COMMA'): 0.36,
    ('PERIOD', 'CONTENT'): -0.45,
    ('PERIOD', 'DET'): -0.25,
    ('PERIOD', 'PERIOD'): 1.5,
    ('PREP', 'PERIOD'): 1.22,
    ('PRON_OBJ', 'PERIOD'): 0.93,
    ('PRON_OBJ', 'PRON_OBJ'): -0.37,
    ('PRON_SUBJ', 'CONTENT'): -0.3,
    ('PRON_SUBJ', 'PERIOD'): 1.13,
    ('QUOTE', 'PERIOD'): 0.42,
    ('TO', 'CONTENT'): -0.25,
    ('TO', 'PERIOD'): 0.84,
    ('VERB_ED', 'CONTENT'): -0.26,
    ('VERB_ED', 'PERIOD'): 0.7,
    ('VERB_ING', 'PERIOD'): 0.57,
    ('WH', 'PERIOD'): 0.69,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 0): 0.36,
    ('CONTENT', 0): 0.34,
    ('CONTENT', 8): -0.26,
    ('PERIOD', 0): -0.67,
    ('PERIOD', 8): 0.77,
    ('PREP', 0): 0.32,
    ('TO', 0): 0.37,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.47,
    1: 1.19,
    2: 0.66,
    3: 0.41,
    4: 0.34,
    5: 0.33,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8100000023841858, -0.029999999329447746, 0.25, 0.9599999785423279, -0.5099999904632568


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
