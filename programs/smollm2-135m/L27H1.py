"""head: L27H1
heldout_iou: 0.481
heldout_iou_no_bos: 0.475
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PRON_SUBJ->BOS.

name: L27H1
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PRON_SUBJ->BOS
origin: synthesized (search/loglinear)
target: L27H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.25,
    ('ADV_LY', 'BOS'): 0.76,
    ('AUX', 'BOS'): 2.78,
    ('AUX', 'CONTENT'): -0.37,
    ('AUX', 'DET'): -0.34,
    ('AUX', 'PERIOD'): 0.35,
    ('COMMA', 'BOS'): 1.99,
    ('COMMA', 'CONTENT'): -0.4,
    ('COMMA', 'PERIOD'): 1.01,
    ('CONJ', 'BOS'): 2.12,
    ('CONJ', 'CONTENT'): -0.66,
    ('CONJ', 'NAME'): -0.35,
    ('CONJ', 'PERIOD'): 0.77,
    ('CONTENT', 'BOS'): 3.74,
    ('CONTENT', 'CONTENT'): -0.26,
    ('CONTENT', 'NAME'): -0.39,
    ('CONTENT', 'NUMBER'): -0.3,
    ('CONTENT', 'PERIOD'): 0.88,
    ('CONTENT', 'QUOTE'): 0.39,
    ('DET', 'BOS'): 2.65,
    ('DET', 'NAME'): -0.28,
    ('DET', 'PREP'): 0.35,
    ('NAME', 'BOS'): 3.5,
    ('NAME', 'DET'): -0.25,
    ('NAME', 'NAME'): -0.29,
    ('NEG', 'BOS'): 0.5,
    ('NEWLINE', 'BOS'): 1.54,
    ('NEWLINE', 'CONTENT'): -0.48,
    ('NEWLINE', 'NEWLINE'): -0.25,
    ('NEWLINE', 'PERIOD'): 0.5,
    ('NUMBER', 'BOS'): 1.26,
    ('PERIOD', 'BOS'): 2.79,
    ('PERIOD', 'COMMA'): 0.27,
    ('PERIOD', 'CONTENT'): -0.73,
    ('PERIOD', 'DET'): -0.4,
    ('PERIOD', 'NAME'): -0.3,
    ('PERIOD', 'NEWLINE'): 0.35,
    ('PERIOD', 'PERIOD'): 1.73,
    ('PERIOD', 'QUOTE'): 0.31,
    ('PREP', 'BOS'): 2.79,
    ('PREP', 'CONTENT'): -0.52,
    ('PREP', 'DET'): -0.3,
    ('PREP', 'NAME'): -0.27,
    ('PREP', 'PERIOD'): 0.67,
    ('PRON_OBJ', 'BOS'): 1.99,
    ('PRON_SUBJ', 'BOS'): 3.41,
    ('PRON_SUBJ', 'CONTENT'): -0.41,
    ('PRON_SUBJ', 'DET'): -0.29,
    ('QUOTE', 'BOS'): 0.89,
    ('QUOTE', 'CONTENT'): -0.4,
    ('QUOTE', 'PERIOD'): 0.27,
    ('TO', 'BOS'): 2.47,
    ('TO', 'CONTENT'): -0.44,
    ('VERB_ED', 'BOS'): 2.51,
    ('VERB_ED', 'CONTENT'): -0.52,
    ('VERB_ED', 'DET'): -0.35,
    ('VERB_ED', 'PERIOD'): 0.66,
    ('VERB_ING', 'BOS'): 1.81,
    ('VERB_ING', 'CONTENT'): -0.33,
    ('WH', 'BOS'): 1.76,
    ('WH', 'CONTENT'): -0.53,
    ('WH', 'PERIOD'): 0.89,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): -0.36,
    ('CONJ', 8): -0.26,
    ('CONTENT', 8): -0.75,
    ('DET', 0): 0.31,
    ('DET', 1): 0.83,
    ('DET', 2): 0.26,
    ('DET', 8): -0.41,
    ('NEWLINE', 8): 0.35,
    ('PERIOD', 0): -0.52,
    ('PERIOD', 1): -0.28,
    ('PERIOD', 2): -0.28,
    ('PERIOD', 7): 0.29,
    ('PERIOD', 8): 1.01,
    ('PREP', 8): -0.35,
    ('PRON_OBJ', 1): 0.48,
    ('VERB_ED', 1): -0.3,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.98,
    1: 2.51,
    2: 1.73,
    3: 1.16,
    4: 0.75,
    5: 0.48,
    6: 0.29,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.0700000524520874, -0.20999999344348907, 0.6100000143051147, -0.2800000011920929, 0.029999999329447746


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
