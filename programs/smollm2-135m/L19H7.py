"""head: L19H7
heldout_iou: 0.508
heldout_iou_no_bos: 0.421
Log-linear fit: strongest class pairs CONTENT->BOS, PERIOD->BOS, VERB_ED->BOS.

name: L19H7
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PERIOD->BOS, VERB_ED->BOS
origin: synthesized (search/loglinear)
target: L19H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.97,
    ('AUX', 'BOS'): 3.45,
    ('AUX', 'CONTENT'): -0.56,
    ('AUX', 'DET'): -0.37,
    ('AUX', 'NAME'): -0.44,
    ('AUX', 'PERIOD'): 0.37,
    ('AUX', 'WH'): 0.33,
    ('COMMA', 'BOS'): 3.09,
    ('COMMA', 'CONTENT'): -0.5,
    ('COMMA', 'NAME'): -0.28,
    ('CONJ', 'BOS'): 3.54,
    ('CONJ', 'CONTENT'): -0.58,
    ('CONJ', 'NAME'): -0.28,
    ('CONTENT', 'BOS'): 4.72,
    ('CONTENT', 'COMMA'): -0.36,
    ('CONTENT', 'CONJ'): -0.41,
    ('CONTENT', 'CONTENT'): -0.25,
    ('CONTENT', 'DET'): -0.3,
    ('CONTENT', 'NAME'): -0.75,
    ('CONTENT', 'PERIOD'): 0.49,
    ('CONTENT', 'PRON_OBJ'): -0.36,
    ('CONTENT', 'PRON_SUBJ'): -0.54,
    ('CONTENT', 'QUOTE'): 0.42,
    ('DET', 'AUX'): -0.29,
    ('DET', 'BOS'): 3.17,
    ('DET', 'CONTENT'): -0.33,
    ('DET', 'NAME'): -0.33,
    ('DET', 'PREP'): 0.37,
    ('DET', 'PRON_SUBJ'): -0.32,
    ('DET', 'TO'): 0.3,
    ('NAME', 'BOS'): 3.49,
    ('NAME', 'CONTENT'): -0.28,
    ('NAME', 'DET'): -0.46,
    ('NAME', 'NAME'): -0.66,
    ('NAME', 'WH'): 0.55,
    ('NEG', 'BOS'): 1.03,
    ('NEG', 'CONTENT'): -0.3,
    ('NEWLINE', 'BOS'): 2.61,
    ('NEWLINE', 'CONTENT'): -0.52,
    ('NEWLINE', 'PERIOD'): -0.25,
    ('NUMBER', 'BOS'): 1.89,
    ('NUMBER', 'CONTENT'): -0.35,
    ('PERIOD', 'BOS'): 4.19,
    ('PERIOD', 'CONTENT'): -0.81,
    ('PERIOD', 'DET'): -0.25,
    ('PERIOD', 'NAME'): -0.29,
    ('PREP', 'BOS'): 3.5,
    ('PREP', 'CONTENT'): -0.38,
    ('PREP', 'NAME'): -0.35,
    ('PRON_OBJ', 'BOS'): 2.45,
    ('PRON_SUBJ', 'BOS'): 3.42,
    ('PRON_SUBJ', 'CONTENT'): -0.45,
    ('PRON_SUBJ', 'WH'): 0.58,
    ('PUNCT', 'BOS'): 0.29,
    ('QUOTE', 'BOS'): 2.26,
    ('QUOTE', 'CONTENT'): -0.5,
    ('TO', 'BOS'): 2.88,
    ('TO', 'CONTENT'): -0.45,
    ('TO', 'NAME'): -0.38,
    ('VERB_ED', 'BOS'): 3.8,
    ('VERB_ED', 'CONTENT'): -0.46,
    ('VERB_ED', 'DET'): -0.34,
    ('VERB_ING', 'BOS'): 2.83,
    ('VERB_ING', 'CONTENT'): -0.38,
    ('VERB_ING', 'DET'): -0.28,
    ('WH', 'BOS'): 2.9,
    ('WH', 'CONTENT'): -0.26,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.42,
    ('COMMA', 0): -0.27,
    ('COMMA', 1): -0.44,
    ('COMMA', 2): -0.27,
    ('CONJ', 1): -0.26,
    ('CONJ', 8): 0.3,
    ('CONTENT', 0): 0.4,
    ('CONTENT', 2): 0.43,
    ('CONTENT', 3): 0.43,
    ('CONTENT', 7): -0.3,
    ('CONTENT', 8): -1.24,
    ('DET', 1): 0.98,
    ('DET', 2): 0.32,
    ('DET', 8): -0.66,
    ('NAME', 3): 0.27,
    ('NAME', 8): -0.64,
    ('NEG', 8): 0.28,
    ('NEWLINE', 0): -0.31,
    ('NEWLINE', 8): 0.57,
    ('PERIOD', 1): -0.5,
    ('PERIOD', 2): -0.27,
    ('PERIOD', 8): 0.97,
    ('PREP', 8): -0.53,
    ('PRON_OBJ', 1): 0.82,
    ('PRON_OBJ', 8): -0.29,
    ('PRON_SUBJ', 1): 0.85,
    ('QUOTE', 8): 0.53,
    ('VERB_ED', 1): -0.39,
    ('VERB_ING', 8): 0.25,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 4.37,
    1: 4.07,
    2: 2.89,
    3: 1.85,
    4: 1.19,
    5: 0.68,
    6: 0.46,
    7: 0.27,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.1899999976158142, -0.6800000071525574, 0.800000011920929, -0.8500000238418579, 0.75


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
