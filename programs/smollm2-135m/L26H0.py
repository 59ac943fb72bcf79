"""head: L26H0
heldout_iou: 0.496
heldout_iou_no_bos: 0.465
Log-linear fit: strongest class pairs CONTENT->BOS, DET->BOS, NAME->BOS.

name: L26H0
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, DET->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L26H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.01,
    ('AUX', 'BOS'): 2.79,
    ('AUX', 'CONTENT'): -0.31,
    ('AUX', 'NAME'): -0.26,
    ('AUX', 'PRON_SUBJ'): 0.28,
    ('COMMA', 'BOS'): 1.84,
    ('COMMA', 'CONTENT'): -0.36,
    ('COMMA', 'NAME'): -0.28,
    ('COMMA', 'PERIOD'): 0.62,
    ('CONJ', 'BOS'): 1.85,
    ('CONJ', 'CONTENT'): -0.61,
    ('CONJ', 'DET'): -0.39,
    ('CONJ', 'NAME'): -0.38,
    ('CONJ', 'PERIOD'): 0.44,
    ('CONJ', 'PREP'): -0.25,
    ('CONJ', 'PRON_SUBJ'): 0.49,
    ('CONTENT', 'BOS'): 4.34,
    ('CONTENT', 'COMMA'): -0.38,
    ('CONTENT', 'CONJ'): -0.44,
    ('CONTENT', 'DET'): -0.84,
    ('CONTENT', 'NAME'): -0.47,
    ('CONTENT', 'NUMBER'): -0.28,
    ('CONTENT', 'PRON_OBJ'): -0.43,
    ('CONTENT', 'VERB_ED'): 0.3,
    ('CONTENT', 'VERB_ING'): 0.33,
    ('DET', 'BOS'): 4.22,
    ('DET', 'CONTENT'): -0.41,
    ('DET', 'NAME'): -0.25,
    ('NAME', 'AUX'): -0.26,
    ('NAME', 'BOS'): 4.12,
    ('NAME', 'DET'): -0.41,
    ('NEG', 'BOS'): 0.64,
    ('NEWLINE', 'BOS'): 1.24,
    ('NEWLINE', 'CONTENT'): -0.5,
    ('NEWLINE', 'PERIOD'): 0.52,
    ('NUMBER', 'BOS'): 2.64,
    ('NUMBER', 'CONTENT'): -0.51,
    ('PERIOD', 'BOS'): 1.89,
    ('PERIOD', 'CONTENT'): -0.77,
    ('PERIOD', 'DET'): -0.25,
    ('PERIOD', 'NAME'): -0.33,
    ('PERIOD', 'PERIOD'): 1.31,
    ('PERIOD', 'PREP'): -0.37,
    ('PERIOD', 'PRON_SUBJ'): 0.74,
    ('PREP', 'BOS'): 2.93,
    ('PREP', 'CONTENT'): -0.53,
    ('PREP', 'DET'): -0.33,
    ('PREP', 'NAME'): -0.33,
    ('PREP', 'PERIOD'): 0.28,
    ('PREP', 'PRON_OBJ'): 0.26,
    ('PREP', 'TO'): 0.25,
    ('PRON_OBJ', 'BOS'): 3.61,
    ('PRON_OBJ', 'CONTENT'): -0.26,
    ('PRON_SUBJ', 'BOS'): 3.34,
    ('PRON_SUBJ', 'CONTENT'): -0.4,
    ('PRON_SUBJ', 'DET'): -0.28,
    ('QUOTE', 'BOS'): 0.79,
    ('QUOTE', 'CONTENT'): -0.3,
    ('TO', 'BOS'): 2.38,
    ('TO', 'CONTENT'): -0.44,
    ('TO', 'NAME'): -0.27,
    ('VERB_ED', 'BOS'): 3.28,
    ('VERB_ED', 'CONTENT'): -0.38,
    ('VERB_ED', 'DET'): -0.32,
    ('VERB_ING', 'BOS'): 2.75,
    ('VERB_ING', 'CONTENT'): -0.3,
    ('VERB_ING', 'DET'): -0.27,
    ('WH', 'BOS'): 2.15,
    ('WH', 'PERIOD'): 0.32,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 0): 0.25,
    ('AUX', 1): 0.77,
    ('COMMA', 0): -0.25,
    ('COMMA', 1): -0.25,
    ('COMMA', 2): -0.29,
    ('CONJ', 1): -0.38,
    ('CONJ', 8): -0.38,
    ('CONTENT', 0): 0.28,
    ('CONTENT', 2): 0.26,
    ('CONTENT', 3): 0.34,
    ('CONTENT', 7): -0.3,
    ('CONTENT', 8): -0.92,
    ('NAME', 0): 0.33,
    ('NEWLINE', 0): -0.3,
    ('NEWLINE', 2): 0.28,
    ('NUMBER', 8): 0.62,
    ('PERIOD', 0): -0.54,
    ('PERIOD', 1): -0.41,
    ('PERIOD', 2): -0.29,
    ('PERIOD', 8): 0.52,
    ('PREP', 8): -0.45,
    ('PRON_OBJ', 8): 0.34,
    ('PRON_SUBJ', 0): 0.39,
    ('WH', 1): 0.28,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.24,
    1: 2.23,
    2: 1.54,
    3: 1.06,
    4: 0.78,
    5: 0.52,
    6: 0.44,
    7: 0.38,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.059999942779541, 0.25999999046325684, 0.9399999976158142, -0.6000000238418579, 0.33000001311302185


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
