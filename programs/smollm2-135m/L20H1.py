"""head: L20H1
heldout_iou: 0.549
heldout_iou_no_bos: 0.539
Log-linear fit: strongest class pairs CONTENT->BOS, PERIOD->BOS, NAME->BOS.

name: L20H1
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PERIOD->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L20H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.66,
    ('AUX', 'BOS'): 2.19,
    ('AUX', 'DET'): -0.49,
    ('AUX', 'PERIOD'): 0.71,
    ('AUX', 'PREP'): -0.27,
    ('COMMA', 'BOS'): 2.24,
    ('COMMA', 'CONTENT'): -0.3,
    ('COMMA', 'DET'): -0.26,
    ('COMMA', 'PERIOD'): 0.84,
    ('CONJ', 'BOS'): 2.48,
    ('CONJ', 'CONTENT'): -0.35,
    ('CONJ', 'DET'): -0.3,
    ('CONJ', 'PERIOD'): 0.7,
    ('CONTENT', 'BOS'): 3.14,
    ('CONTENT', 'DET'): -0.68,
    ('CONTENT', 'NEWLINE'): 0.25,
    ('CONTENT', 'NUMBER'): -0.27,
    ('CONTENT', 'PERIOD'): 0.85,
    ('CONTENT', 'PRON_OBJ'): -0.38,
    ('CONTENT', 'QUOTE'): 0.38,
    ('DET', 'BOS'): 2.23,
    ('DET', 'CONTENT'): -0.27,
    ('DET', 'DET'): -0.57,
    ('DET', 'PERIOD'): 0.84,
    ('NAME', 'BOS'): 2.56,
    ('NAME', 'CONTENT'): -0.28,
    ('NAME', 'DET'): -0.48,
    ('NAME', 'PERIOD'): 0.43,
    ('NEG', 'BOS'): 0.4,
    ('NEWLINE', 'BOS'): 1.95,
    ('NEWLINE', 'CONTENT'): -0.51,
    ('NUMBER', 'BOS'): 1.3,
    ('NUMBER', 'PERIOD'): 0.32,
    ('PERIOD', 'BOS'): 3.11,
    ('PERIOD', 'CONTENT'): -0.33,
    ('PERIOD', 'DET'): -0.47,
    ('PERIOD', 'NEWLINE'): 0.35,
    ('PERIOD', 'PERIOD'): 1.18,
    ('PERIOD', 'PREP'): -0.32,
    ('PERIOD', 'QUOTE'): 0.26,
    ('PREP', 'BOS'): 2.2,
    ('PREP', 'CONTENT'): -0.28,
    ('PREP', 'DET'): -0.44,
    ('PREP', 'PERIOD'): 0.73,
    ('PRON_OBJ', 'BOS'): 1.55,
    ('PRON_OBJ', 'DET'): -0.32,
    ('PRON_OBJ', 'PERIOD'): 0.43,
    ('PRON_OBJ', 'PRON_OBJ'): -0.26,
    ('PRON_SUBJ', 'BOS'): 2.18,
    ('PRON_SUBJ', 'DET'): -0.4,
    ('PRON_SUBJ', 'PERIOD'): 0.63,
    ('QUOTE', 'BOS'): 0.92,
    ('QUOTE', 'CONTENT'): -0.26,
    ('TO', 'BOS'): 1.38,
    ('TO', 'DET'): -0.28,
    ('TO', 'NAME'): -0.26,
    ('TO', 'PERIOD'): 0.6,
    ('VERB_ED', 'BOS'): 2.2,
    ('VERB_ED', 'DET'): -0.43,
    ('VERB_ED', 'PERIOD'): 0.45,
    ('VERB_ED', 'PREP'): -0.26,
    ('VERB_ING', 'BOS'): 1.54,
    ('VERB_ING', 'DET'): -0.29,
    ('WH', 'BOS'): 1.75,
    ('WH', 'PERIOD'): 0.41,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 8): -0.52,
    ('NEWLINE', 8): 0.4,
    ('PERIOD', 2): -0.33,
    ('PERIOD', 8): 0.66,
    ('PRON_OBJ', 1): 0.31,
    ('PRON_SUBJ', 1): 0.36,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.05,
    2: 0.84,
    3: 0.62,
    4: 0.41,
    5: 0.29,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5600000023841858, -0.11999999731779099, 0.6100000143051147, -0.5, -0.3400000035762787


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
