"""head: L18H1
heldout_iou: 0.505
heldout_iou_no_bos: 0.493
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS.

name: L18H1
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS
origin: synthesized (search/loglinear)
target: L18H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.84,
    ('AUX', 'BOS'): 2.74,
    ('AUX', 'CONTENT'): -0.28,
    ('AUX', 'DET'): -0.27,
    ('AUX', 'PERIOD'): 0.43,
    ('COMMA', 'BOS'): 1.99,
    ('COMMA', 'CONTENT'): -0.39,
    ('COMMA', 'DET'): -0.31,
    ('COMMA', 'NAME'): -0.29,
    ('CONJ', 'BOS'): 2.49,
    ('CONJ', 'COMMA'): -0.25,
    ('CONJ', 'CONJ'): -0.31,
    ('CONJ', 'CONTENT'): -0.28,
    ('CONJ', 'DET'): -0.33,
    ('CONJ', 'NAME'): -0.44,
    ('CONJ', 'VERB_ED'): 0.51,
    ('CONTENT', 'BOS'): 4.29,
    ('CONTENT', 'COMMA'): -0.42,
    ('CONTENT', 'CONJ'): -0.36,
    ('CONTENT', 'DET'): -0.34,
    ('CONTENT', 'NAME'): -0.3,
    ('CONTENT', 'PREP'): 0.32,
    ('DET', 'BOS'): 3.07,
    ('DET', 'CONTENT'): -0.28,
    ('DET', 'DET'): -0.33,
    ('DET', 'NAME'): -0.26,
    ('NAME', 'AUX'): -0.26,
    ('NAME', 'BOS'): 3.81,
    ('NAME', 'CONTENT'): -0.4,
    ('NAME', 'DET'): -0.26,
    ('NEG', 'BOS'): 0.38,
    ('NEWLINE', 'BOS'): 2.25,
    ('NEWLINE', 'CONTENT'): -0.45,
    ('NUMBER', 'BOS'): 2.04,
    ('NUMBER', 'CONTENT'): -0.38,
    ('PERIOD', 'BOS'): 3.01,
    ('PERIOD', 'CONTENT'): -0.46,
    ('PERIOD', 'DET'): -0.34,
    ('PERIOD', 'NAME'): -0.37,
    ('PERIOD', 'PERIOD'): 0.4,
    ('PREP', 'BOS'): 3.07,
    ('PREP', 'CONTENT'): -0.33,
    ('PREP', 'DET'): -0.26,
    ('PREP', 'NAME'): -0.33,
    ('PRON_OBJ', 'BOS'): 2.42,
    ('PRON_OBJ', 'CONTENT'): -0.31,
    ('PRON_OBJ', 'DET'): -0.25,
    ('PRON_SUBJ', 'BOS'): 2.92,
    ('PRON_SUBJ', 'CONTENT'): -0.37,
    ('PRON_SUBJ', 'DET'): -0.3,
    ('PRON_SUBJ', 'PERIOD'): 0.5,
    ('QUOTE', 'BOS'): 1.42,
    ('QUOTE', 'CONTENT'): -0.34,
    ('TO', 'BOS'): 2.11,
    ('TO', 'CONTENT'): -0.33,
    ('VERB_ED', 'BOS'): 3.12,
    ('VERB_ED', 'CONTENT'): -0.41,
    ('VERB_ED', 'DET'): -0.26,
    ('VERB_ING', 'BOS'): 2.49,
    ('WH', 'BOS'): 2.31,
    ('WH', 'CONTENT'): -0.32,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 0): -0.36,
    ('COMMA', 1): -0.45,
    ('COMMA', 2): -0.31,
    ('CONJ', 0): -0.26,
    ('CONJ', 1): -0.38,
    ('CONTENT', 0): 0.47,
    ('CONTENT', 1): 0.33,
    ('CONTENT', 2): 0.39,
    ('CONTENT', 6): -0.26,
    ('CONTENT', 7): -0.25,
    ('CONTENT', 8): -0.82,
    ('DET', 1): 0.42,
    ('DET', 8): -0.36,
    ('NAME', 0): 0.29,
    ('NAME', 1): 0.31,
    ('NEWLINE', 0): -0.28,
    ('NEWLINE', 8): 0.54,
    ('NUMBER', 8): 0.27,
    ('PERIOD', 1): -0.67,
    ('PERIOD', 2): -0.49,
    ('PERIOD', 3): -0.26,
    ('PERIOD', 8): 0.64,
    ('PREP', 8): -0.48,
    ('PRON_OBJ', 0): 0.28,
    ('PRON_OBJ', 1): 0.29,
    ('QUOTE', 8): 0.31,
    ('VERB_ED', 0): 0.32,
    ('VERB_ING', 8): 0.28,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.37,
    1: 2.84,
    2: 2.27,
    3: 1.68,
    4: 1.21,
    5: 0.87,
    6: 0.69,
    7: 0.49,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.44999998807907104, -0.14000000059604645, 1.4600000381469727, -0.550000011920929, 0.47999998927116394


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
