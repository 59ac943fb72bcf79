"""head: L11H8
heldout_iou: 0.539
heldout_iou_no_bos: 0.541
Log-linear fit: strongest class pairs CONTENT->PERIOD, DET->PERIOD, NAME->PERIOD.

name: L11H8
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, DET->PERIOD, NAME->PERIOD
origin: synthesized (search/loglinear)
target: L11H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'PERIOD'): 0.95,
    ('COMMA', 'PERIOD'): 0.34,
    ('CONJ', 'COMMA'): -0.49,
    ('CONJ', 'CONTENT'): 0.31,
    ('CONJ', 'NAME'): 0.3,
    ('CONJ', 'PERIOD'): 0.29,
    ('CONTENT', 'BOS'): 0.38,
    ('CONTENT', 'DET'): -0.66,
    ('CONTENT', 'NEWLINE'): 0.63,
    ('CONTENT', 'PERIOD'): 1.71,
    ('CONTENT', 'PREP'): -0.49,
    ('CONTENT', 'TO'): -0.63,
    ('DET', 'BOS'): -0.37,
    ('DET', 'DET'): -0.39,
    ('DET', 'NEWLINE'): 0.34,
    ('DET', 'PERIOD'): 1.67,
    ('DET', 'PREP'): -0.35,
    ('DET', 'TO'): -0.37,
    ('NAME', 'DET'): -0.26,
    ('NAME', 'NAME'): 0.93,
    ('NAME', 'NEWLINE'): 0.38,
    ('NAME', 'PERIOD'): 1.49,
    ('NAME', 'PREP'): -0.26,
    ('NEWLINE', 'CONTENT'): 0.3,
    ('NEWLINE', 'NEWLINE'): -0.34,
    ('NUMBER', 'PERIOD'): 0.84,
    ('PERIOD', 'CONTENT'): 0.52,
    ('PERIOD', 'DET'): -0.39,
    ('PERIOD', 'NAME'): 0.46,
    ('PREP', 'PERIOD'): 1.38,
    ('PRON_OBJ', 'PERIOD'): 1.25,
    ('PRON_OBJ', 'PREP'): -0.27,
    ('PRON_SUBJ', 'NEWLINE'): 0.35,
    ('PRON_SUBJ', 'PERIOD'): 1.19,
    ('TO', 'PERIOD'): 1.1,
    ('VERB_ED', 'PERIOD'): 0.78,
    ('VERB_ING', 'PERIOD'): 0.71,
    ('VERB_ING', 'VERB_ING'): 0.32,
    ('WH', 'PERIOD'): 0.91,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): 0.29,
    ('COMMA', 8): -0.57,
    ('CONJ', 1): 0.47,
    ('CONJ', 8): -0.52,
    ('CONTENT', 0): 0.75,
    ('DET', 8): 0.33,
    ('NAME', 0): 0.64,
    ('NEWLINE', 0): -0.33,
    ('NEWLINE', 8): 0.41,
    ('PERIOD', 0): -0.67,
    ('PERIOD', 1): -0.4,
    ('PERIOD', 2): -0.41,
    ('PERIOD', 8): 0.33,
    ('PRON_SUBJ', 1): -0.26,
    ('PRON_SUBJ', 8): 0.25,
    ('VERB_ING', 0): 0.34,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.74,
    1: 1.28,
    2: 1.01,
    3: 0.71,
    4: 0.48,
    5: 0.31,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.05999999865889549, -0.019999999552965164, 0.9900000095367432, -0.20999999344348907, -0.5


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
