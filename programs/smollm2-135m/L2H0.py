"""head: L2H0
heldout_iou: 0.583
heldout_iou_no_bos: 0.590
Log-linear fit: strongest class pairs CONTENT->PERIOD, CONJ->PERIOD, PREP->PERIOD.

name: L2H0
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, CONJ->PERIOD, PREP->PERIOD
origin: synthesized (search/loglinear)
target: L2H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'AUX'): 0.28,
    ('AUX', 'CONTENT'): -0.4,
    ('AUX', 'NAME'): -0.39,
    ('AUX', 'PERIOD'): 0.51,
    ('COMMA', 'CONTENT'): -0.32,
    ('COMMA', 'PERIOD'): 0.53,
    ('CONJ', 'COMMA'): 0.34,
    ('CONJ', 'CONTENT'): -0.42,
    ('CONJ', 'NAME'): -0.25,
    ('CONJ', 'PERIOD'): 0.87,
    ('CONTENT', 'BOS'): 0.32,
    ('CONTENT', 'COMMA'): 0.62,
    ('CONTENT', 'CONJ'): 0.36,
    ('CONTENT', 'CONTENT'): -0.26,
    ('CONTENT', 'NAME'): -0.49,
    ('CONTENT', 'PERIOD'): 1.06,
    ('CONTENT', 'QUOTE'): 0.26,
    ('DET', 'BOS'): 0.61,
    ('DET', 'CONTENT'): -0.3,
    ('DET', 'DET'): 0.36,
    ('DET', 'NAME'): -0.34,
    ('DET', 'PERIOD'): 0.54,
    ('NAME', 'BOS'): 0.52,
    ('NAME', 'COMMA'): 0.38,
    ('NAME', 'CONTENT'): -0.35,
    ('NAME', 'PERIOD'): 0.8,
    ('NEWLINE', 'BOS'): 0.44,
    ('NEWLINE', 'NEWLINE'): 0.4,
    ('NUMBER', 'CONTENT'): -0.26,
    ('NUMBER', 'PERIOD'): 0.35,
    ('PERIOD', 'BOS'): 0.55,
    ('PERIOD', 'CONTENT'): -0.42,
    ('PERIOD', 'NAME'): -0.37,
    ('PERIOD', 'PERIOD'): 0.42,
    ('PERIOD', 'PREP'): -0.26,
    ('PREP', 'BOS'): 0.27,
    ('PREP', 'COMMA'): 0.28,
    ('PREP', 'NAME'): -0.38,
    ('PREP', 'PERIOD'): 0.8,
    ('PRON_OBJ', 'CONTENT'): -0.32,
    ('PRON_OBJ', 'PERIOD'): 0.62,
    ('PRON_SUBJ', 'CONTENT'): -0.44,
    ('PRON_SUBJ', 'NAME'): -0.27,
    ('PRON_SUBJ', 'PERIOD'): 0.63,
    ('QUOTE', 'CONTENT'): -0.26,
    ('QUOTE', 'PERIOD'): 0.26,
    ('TO', 'CONTENT'): -0.29,
    ('TO', 'NAME'): -0.26,
    ('TO', 'PERIOD'): 0.59,
    ('VERB_ED', 'CONTENT'): -0.33,
    ('VERB_ED', 'NAME'): -0.38,
    ('VERB_ED', 'PERIOD'): 0.46,
    ('VERB_ING', 'PERIOD'): 0.49,
    ('WH', 'CONTENT'): -0.33,
    ('WH', 'PERIOD'): 0.59,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONJ', 8): -0.3,
    ('DET', 8): 0.28,
    ('NAME', 1): 0.44,
    ('NAME', 2): 0.26,
    ('PERIOD', 8): 0.29,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.56,
    2: 0.78,
    3: 1.0,
    4: 1.2,
    5: 1.34,
    6: 1.37,
    7: 1.4,
    8: 1.52,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.12999999523162842, -0.009999999776482582, 0.23999999463558197, 0.4399999976158142, -0.18000000715255737


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
