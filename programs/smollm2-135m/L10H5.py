"""head: L10H5
heldout_iou: 0.345
heldout_iou_no_bos: 0.346
Log-linear fit: strongest class pairs PERIOD->DET, CONTENT->BOS, CONTENT->DET.

name: L10H5
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->DET, CONTENT->BOS, CONTENT->DET
origin: synthesized (search/loglinear)
target: L10H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.49,
    ('ADV_LY', 'DET'): 0.27,
    ('AUX', 'AUX'): -0.29,
    ('AUX', 'BOS'): 1.49,
    ('AUX', 'CONTENT'): -0.58,
    ('AUX', 'DET'): 1.56,
    ('AUX', 'NAME'): -0.53,
    ('AUX', 'PERIOD'): 0.56,
    ('AUX', 'PREP'): -0.34,
    ('AUX', 'WH'): 0.26,
    ('COMMA', 'BOS'): 0.81,
    ('COMMA', 'CONTENT'): -0.58,
    ('COMMA', 'DET'): 1.58,
    ('COMMA', 'NAME'): -0.39,
    ('CONJ', 'BOS'): 1.19,
    ('CONJ', 'CONTENT'): -0.66,
    ('CONJ', 'DET'): 1.58,
    ('CONJ', 'NAME'): -0.52,
    ('CONTENT', 'BOS'): 2.02,
    ('CONTENT', 'CONTENT'): -0.39,
    ('CONTENT', 'DET'): 2.0,
    ('CONTENT', 'NAME'): -0.87,
    ('CONTENT', 'NUMBER'): 0.42,
    ('CONTENT', 'PERIOD'): 0.42,
    ('CONTENT', 'PRON_SUBJ'): -0.48,
    ('CONTENT', 'TO'): -0.5,
    ('DET', 'BOS'): 1.19,
    ('DET', 'CONTENT'): -0.28,
    ('DET', 'DET'): 1.31,
    ('DET', 'NAME'): -0.43,
    ('DET', 'PERIOD'): -0.28,
    ('DET', 'PRON_SUBJ'): -0.26,
    ('NAME', 'AUX'): -0.26,
    ('NAME', 'BOS'): 1.91,
    ('NAME', 'CONTENT'): -0.52,
    ('NAME', 'DET'): 1.76,
    ('NAME', 'NAME'): -0.93,
    ('NAME', 'VERB_ED'): -0.39,
    ('NAME', 'WH'): 0.35,
    ('NEG', 'CONTENT'): -0.26,
    ('NEG', 'DET'): 0.57,
    ('NEWLINE', 'BOS'): 0.57,
    ('NEWLINE', 'CONTENT'): -0.4,
    ('NEWLINE', 'DET'): 0.66,
    ('NEWLINE', 'PERIOD'): 0.29,
    ('NUMBER', 'BOS'): 0.4,
    ('NUMBER', 'CONTENT'): -0.4,
    ('NUMBER', 'DET'): 0.82,
    ('PERIOD', 'BOS'): 1.64,
    ('PERIOD', 'CONTENT'): -0.63,
    ('PERIOD', 'DET'): 2.1,
    ('PERIOD', 'NAME'): -0.38,
    ('PERIOD', 'NUMBER'): 0.29,
    ('PERIOD', 'PERIOD'): 0.5,
    ('PERIOD', 'PREP'): -0.3,
    ('PREP', 'BOS'): 1.63,
    ('PREP', 'CONTENT'): -0.5,
    ('PREP', 'DET'): 1.93,
    ('PREP', 'NAME'): -0.44,
    ('PREP', 'PREP'): -0.34,
    ('PREP', 'TO'): -0.27,
    ('PRON_OBJ', 'BOS'): 0.52,
    ('PRON_OBJ', 'DET'): 0.96,
    ('PRON_OBJ', 'PERIOD'): -0.25,
    ('PRON_SUBJ', 'BOS'): 1.61,
    ('PRON_SUBJ', 'CONTENT'): -0.47,
    ('PRON_SUBJ', 'DET'): 1.72,
    ('PRON_SUBJ', 'WH'): 0.3,
    ('QUOTE', 'CONTENT'): -0.42,
    ('QUOTE', 'DET'): 0.9,
    ('TO', 'BOS'): 1.34,
    ('TO', 'CONTENT'): -0.5,
    ('TO', 'DET'): 1.63,
    ('TO', 'NAME'): -0.34,
    ('TO', 'TO'): -0.4,
    ('VERB_ED', 'BOS'): 1.57,
    ('VERB_ED', 'CONTENT'): -0.62,
    ('VERB_ED', 'DET'): 1.52,
    ('VERB_ED', 'NAME'): -0.45,
    ('VERB_ED', 'PERIOD'): 0.25,
    ('VERB_ED', 'PREP'): -0.26,
    ('VERB_ING', 'BOS'): 0.72,
    ('VERB_ING', 'CONTENT'): -0.39,
    ('VERB_ING', 'DET'): 1.4,
    ('WH', 'BOS'): 0.79,
    ('WH', 'CONTENT'): -0.51,
    ('WH', 'DET'): 1.5,
    ('WH', 'NAME'): -0.26,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.43,
    ('AUX', 2): 0.27,
    ('COMMA', 1): -0.52,
    ('CONTENT', 1): -0.3,
    ('CONTENT', 2): 0.36,
    ('DET', 0): -0.33,
    ('DET', 1): 1.39,
    ('DET', 2): 0.43,
    ('PERIOD', 0): 0.48,
    ('PERIOD', 1): -0.85,
    ('PERIOD', 2): -0.66,
    ('PRON_OBJ', 0): 0.26,
    ('PRON_OBJ', 1): 1.24,
    ('PRON_OBJ', 8): -0.26,
    ('PRON_SUBJ', 1): 0.85,
    ('TO', 0): -0.36,
    ('TO', 1): -0.38,
    ('VERB_ED', 1): -0.41,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.39,
    1: 3.5,
    2: 2.4,
    3: 1.49,
    4: 0.93,
    5: 0.68,
    6: 0.45,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.2199999988079071, -0.05000000074505806, -0.2800000011920929, 0.18000000715255737, 0.11999999731779099


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
