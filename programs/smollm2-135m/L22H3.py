"""head: L22H3
heldout_iou: 0.489
heldout_iou_no_bos: 0.453
Log-linear fit: strongest class pairs CONTENT->BOS, PREP->BOS, NAME->BOS.

name: L22H3
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PREP->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L22H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.79,
    ('AUX', 'BOS'): 2.92,
    ('AUX', 'DET'): -0.34,
    ('AUX', 'PERIOD'): 0.38,
    ('COMMA', 'BOS'): 2.37,
    ('CONJ', 'BOS'): 2.68,
    ('CONJ', 'COMMA'): -0.28,
    ('CONTENT', 'BOS'): 4.39,
    ('CONTENT', 'CONJ'): -0.33,
    ('CONTENT', 'NAME'): -0.27,
    ('CONTENT', 'PERIOD'): 0.51,
    ('CONTENT', 'PRON_OBJ'): -0.28,
    ('CONTENT', 'PRON_SUBJ'): -0.4,
    ('CONTENT', 'QUOTE'): 0.34,
    ('CONTENT', 'TO'): -0.31,
    ('DET', 'AUX'): -0.27,
    ('DET', 'BOS'): 2.79,
    ('DET', 'PREP'): 0.54,
    ('DET', 'TO'): 0.32,
    ('NAME', 'AUX'): -0.27,
    ('NAME', 'BOS'): 3.54,
    ('NAME', 'DET'): -0.36,
    ('NAME', 'NAME'): -0.47,
    ('NAME', 'WH'): 0.4,
    ('NEG', 'BOS'): 0.59,
    ('NEWLINE', 'BOS'): 2.46,
    ('NEWLINE', 'CONTENT'): -0.48,
    ('NEWLINE', 'NEWLINE'): -0.31,
    ('NUMBER', 'BOS'): 1.86,
    ('NUMBER', 'CONTENT'): -0.35,
    ('PERIOD', 'BOS'): 3.52,
    ('PERIOD', 'CONTENT'): -0.47,
    ('PERIOD', 'DET'): -0.37,
    ('PERIOD', 'PERIOD'): 0.35,
    ('PREP', 'BOS'): 3.55,
    ('PREP', 'CONTENT'): -0.55,
    ('PREP', 'DET'): -0.27,
    ('PREP', 'VERB_ED'): -0.26,
    ('PRON_OBJ', 'BOS'): 2.45,
    ('PRON_OBJ', 'CONTENT'): -0.26,
    ('PRON_SUBJ', 'BOS'): 3.05,
    ('PRON_SUBJ', 'CONTENT'): -0.25,
    ('PRON_SUBJ', 'DET'): -0.29,
    ('PRON_SUBJ', 'PERIOD'): 0.31,
    ('PRON_SUBJ', 'QUOTE'): 0.26,
    ('PRON_SUBJ', 'WH'): 0.29,
    ('QUOTE', 'BOS'): 1.98,
    ('QUOTE', 'CONTENT'): -0.34,
    ('TO', 'BOS'): 2.64,
    ('TO', 'CONTENT'): -0.44,
    ('TO', 'PERIOD'): 0.28,
    ('TO', 'VERB_ED'): -0.26,
    ('VERB_ED', 'BOS'): 3.54,
    ('VERB_ED', 'DET'): -0.39,
    ('VERB_ING', 'AUX'): -0.26,
    ('VERB_ING', 'BOS'): 2.85,
    ('VERB_ING', 'CONTENT'): -0.37,
    ('WH', 'BOS'): 2.86,
    ('WH', 'CONTENT'): -0.25,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONJ', 1): 0.31,
    ('CONJ', 8): -0.26,
    ('CONTENT', 2): 0.42,
    ('CONTENT', 3): 0.31,
    ('CONTENT', 6): -0.26,
    ('CONTENT', 7): -0.3,
    ('CONTENT', 8): -0.91,
    ('DET', 0): 0.47,
    ('DET', 1): 0.9,
    ('DET', 8): -0.45,
    ('NAME', 2): 0.37,
    ('NAME', 3): 0.31,
    ('NAME', 8): -0.44,
    ('NEWLINE', 8): 0.52,
    ('PERIOD', 1): -0.5,
    ('PERIOD', 2): -0.41,
    ('PERIOD', 8): 0.45,
    ('PREP', 0): 0.48,
    ('PRON_OBJ', 1): 0.73,
    ('PRON_SUBJ', 1): 0.4,
    ('QUOTE', 1): -0.27,
    ('QUOTE', 8): 0.49,
    ('TO', 1): -0.35,
    ('TO', 2): -0.29,
    ('VERB_ED', 1): -0.38,
    ('VERB_ING', 8): 0.34,
    ('WH', 8): 0.35,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 3.04,
    1: 2.91,
    2: 1.96,
    3: 1.27,
    4: 0.88,
    5: 0.56,
    6: 0.43,
    7: 0.26,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.4699999988079071, 0.12999999523162842, 0.6299999952316284, -0.75, 0.3199999928474426


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
