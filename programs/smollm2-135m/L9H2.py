"""head: L9H2
heldout_iou: 0.388
heldout_iou_no_bos: 0.344
Log-linear fit: strongest class pairs PERIOD->BOS, DET->BOS, CONJ->BOS.

name: L9H2
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->BOS, DET->BOS, CONJ->BOS
origin: synthesized (search/loglinear)
target: L9H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.68,
    ('AUX', 'BOS'): 1.92,
    ('AUX', 'DET'): 0.73,
    ('AUX', 'NAME'): -0.29,
    ('COMMA', 'BOS'): 2.22,
    ('COMMA', 'COMMA'): -0.9,
    ('COMMA', 'DET'): 0.98,
    ('CONJ', 'BOS'): 2.34,
    ('CONJ', 'CONJ'): -0.7,
    ('CONJ', 'DET'): 0.95,
    ('CONJ', 'NUMBER'): 0.34,
    ('CONTENT', 'AUX'): -0.46,
    ('CONTENT', 'BOS'): 2.23,
    ('CONTENT', 'CONTENT'): 0.52,
    ('CONTENT', 'DET'): 1.1,
    ('CONTENT', 'PERIOD'): 0.32,
    ('CONTENT', 'PRON_OBJ'): -0.41,
    ('CONTENT', 'PRON_SUBJ'): -0.55,
    ('CONTENT', 'VERB_ING'): 0.31,
    ('CONTENT', 'WH'): -0.28,
    ('DET', 'BOS'): 2.48,
    ('DET', 'NAME'): -0.26,
    ('DET', 'NUMBER'): 0.27,
    ('DET', 'PREP'): -0.27,
    ('DET', 'PRON_SUBJ'): -0.27,
    ('NAME', 'AUX'): -0.33,
    ('NAME', 'BOS'): 1.92,
    ('NAME', 'DET'): 0.62,
    ('NAME', 'NAME'): 0.64,
    ('NAME', 'PREP'): -0.27,
    ('NAME', 'VERB_ED'): -0.32,
    ('NEG', 'BOS'): 0.44,
    ('NEG', 'DET'): 0.25,
    ('NEWLINE', 'BOS'): 1.41,
    ('NEWLINE', 'DET'): 0.5,
    ('NEWLINE', 'NEWLINE'): -0.49,
    ('NUMBER', 'BOS'): 1.12,
    ('NUMBER', 'DET'): 0.36,
    ('NUMBER', 'NUMBER'): 0.49,
    ('PERIOD', 'BOS'): 2.51,
    ('PERIOD', 'DET'): 1.08,
    ('PERIOD', 'NAME'): -0.26,
    ('PERIOD', 'PERIOD'): -1.21,
    ('PERIOD', 'PREP'): -0.33,
    ('PREP', 'AUX'): -0.28,
    ('PREP', 'BOS'): 2.3,
    ('PREP', 'DET'): 1.04,
    ('PREP', 'NAME'): -0.34,
    ('PREP', 'PREP'): -0.26,
    ('PREP', 'PRON_SUBJ'): -0.32,
    ('PRON_OBJ', 'BOS'): 1.32,
    ('PRON_OBJ', 'DET'): 0.29,
    ('PRON_OBJ', 'NAME'): 0.51,
    ('PRON_OBJ', 'PREP'): -0.31,
    ('PRON_OBJ', 'PRON_SUBJ'): 0.49,
    ('PRON_SUBJ', 'BOS'): 1.42,
    ('PRON_SUBJ', 'DET'): 0.31,
    ('PRON_SUBJ', 'NAME'): 0.59,
    ('PRON_SUBJ', 'PREP'): -0.34,
    ('PRON_SUBJ', 'PRON_OBJ'): 0.72,
    ('QUOTE', 'BOS'): 0.91,
    ('QUOTE', 'CONTENT'): -0.27,
    ('QUOTE', 'DET'): 0.33,
    ('TO', 'BOS'): 1.97,
    ('TO', 'DET'): 0.86,
    ('TO', 'NAME'): -0.27,
    ('TO', 'TO'): -0.72,
    ('VERB_ED', 'BOS'): 1.5,
    ('VERB_ED', 'DET'): 0.48,
    ('VERB_ED', 'NAME'): -0.3,
    ('VERB_ING', 'BOS'): 1.18,
    ('VERB_ING', 'DET'): 0.41,
    ('WH', 'BOS'): 1.51,
    ('WH', 'DET'): 0.7,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('DET', 0): 1.16,
    ('DET', 1): 0.31,
    ('DET', 8): -0.33,
    ('NAME', 0): -0.37,
    ('NEWLINE', 8): 0.35,
    ('NUMBER', 1): 0.35,
    ('NUMBER', 8): -0.31,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.58,
    2: 1.86,
    3: 2.08,
    4: 2.38,
    5: 2.54,
    6: 2.62,
    7: 2.75,
    8: 2.85,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 2.140000104904175, 0.07999999821186066, -0.3400000035762787, 0.33000001311302185, -0.09000000357627869


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
