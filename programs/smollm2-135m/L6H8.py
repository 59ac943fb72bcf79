"""head: L6H8
heldout_iou: 0.427
heldout_iou_no_bos: 0.390
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PREP->BOS.

name: L6H8
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L6H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.28,
    ('ADV_LY', 'BOS'): 0.95,
    ('AUX', 'BOS'): 2.2,
    ('AUX', 'CONTENT'): -0.37,
    ('AUX', 'DET'): 1.04,
    ('AUX', 'NAME'): -0.31,
    ('AUX', 'PREP'): -0.29,
    ('COMMA', 'BOS'): 1.82,
    ('COMMA', 'CONTENT'): -0.55,
    ('COMMA', 'DET'): 1.07,
    ('CONJ', 'BOS'): 2.12,
    ('CONJ', 'CONTENT'): -0.66,
    ('CONJ', 'DET'): 1.19,
    ('CONJ', 'NAME'): -0.3,
    ('CONJ', 'PREP'): -0.29,
    ('CONTENT', 'BOS'): 3.44,
    ('CONTENT', 'DET'): 2.03,
    ('CONTENT', 'NAME'): -0.38,
    ('CONTENT', 'NUMBER'): 0.38,
    ('CONTENT', 'PREP'): -0.28,
    ('CONTENT', 'VERB_ED'): 0.36,
    ('DET', 'BOS'): 2.54,
    ('DET', 'CONTENT'): -0.34,
    ('DET', 'DET'): 1.55,
    ('DET', 'NAME'): -0.3,
    ('DET', 'PREP'): -0.34,
    ('NAME', 'BOS'): 2.86,
    ('NAME', 'DET'): 1.43,
    ('NAME', 'NUMBER'): 0.25,
    ('NEG', 'BOS'): 0.45,
    ('NEG', 'CONTENT'): -0.26,
    ('NEG', 'DET'): 0.27,
    ('NEWLINE', 'BOS'): 1.06,
    ('NEWLINE', 'CONTENT'): -0.34,
    ('NEWLINE', 'DET'): 0.39,
    ('NUMBER', 'BOS'): 1.53,
    ('NUMBER', 'CONTENT'): -0.43,
    ('NUMBER', 'DET'): 1.0,
    ('PERIOD', 'BOS'): 1.82,
    ('PERIOD', 'CONTENT'): -0.65,
    ('PERIOD', 'DET'): 1.06,
    ('PERIOD', 'NAME'): -0.47,
    ('PERIOD', 'PREP'): -0.42,
    ('PREP', 'BOS'): 2.71,
    ('PREP', 'CONTENT'): -0.3,
    ('PREP', 'DET'): 1.58,
    ('PREP', 'NAME'): -0.28,
    ('PRON_OBJ', 'BOS'): 1.62,
    ('PRON_OBJ', 'CONTENT'): -0.33,
    ('PRON_OBJ', 'DET'): 0.57,
    ('PRON_OBJ', 'PERIOD'): -0.27,
    ('PRON_OBJ', 'PREP'): -0.26,
    ('PRON_SUBJ', 'BOS'): 2.05,
    ('PRON_SUBJ', 'CONTENT'): -0.34,
    ('PRON_SUBJ', 'DET'): 0.95,
    ('PRON_SUBJ', 'NAME'): -0.26,
    ('PRON_SUBJ', 'PERIOD'): -0.31,
    ('PRON_SUBJ', 'PREP'): -0.29,
    ('QUOTE', 'BOS'): 0.83,
    ('QUOTE', 'CONTENT'): -0.3,
    ('QUOTE', 'DET'): 0.43,
    ('TO', 'BOS'): 2.04,
    ('TO', 'CONTENT'): -0.4,
    ('TO', 'DET'): 1.0,
    ('TO', 'NAME'): -0.26,
    ('VERB_ED', 'BOS'): 2.24,
    ('VERB_ED', 'CONTENT'): -0.4,
    ('VERB_ED', 'DET'): 0.96,
    ('VERB_ING', 'BOS'): 1.85,
    ('VERB_ING', 'CONTENT'): -0.3,
    ('VERB_ING', 'DET'): 0.94,
    ('WH', 'BOS'): 1.75,
    ('WH', 'CONTENT'): -0.46,
    ('WH', 'DET'): 1.01,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 0): 0.25,
    ('DET', 0): -0.78,
    ('PREP', 0): 0.36,
    ('PRON_OBJ', 8): -0.3,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.38,
    1: 1.27,
    2: 0.68,
    3: 0.43,
    4: 0.34,
    5: 0.28,
    6: 0.25,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8700000047683716, -0.12999999523162842, -0.2199999988079071, -0.14000000059604645, 0.18000000715255737


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
