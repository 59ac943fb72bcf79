"""head: L8H8
heldout_iou: 0.454
heldout_iou_no_bos: 0.425
Log-linear fit: strongest class pairs PERIOD->BOS, CONTENT->BOS, PREP->BOS.

name: L8H8
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->BOS, CONTENT->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L8H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.63,
    ('AUX', 'AUX'): -0.3,
    ('AUX', 'BOS'): 1.67,
    ('AUX', 'CONTENT'): -0.39,
    ('AUX', 'DET'): 0.8,
    ('AUX', 'NAME'): -0.41,
    ('AUX', 'PERIOD'): 0.57,
    ('AUX', 'PREP'): -0.34,
    ('COMMA', 'AUX'): -0.27,
    ('COMMA', 'BOS'): 1.3,
    ('COMMA', 'COMMA'): 0.45,
    ('COMMA', 'CONTENT'): -0.61,
    ('COMMA', 'DET'): 0.61,
    ('COMMA', 'NAME'): -0.31,
    ('COMMA', 'PERIOD'): 0.91,
    ('COMMA', 'PREP'): -0.32,
    ('CONJ', 'AUX'): -0.27,
    ('CONJ', 'BOS'): 1.44,
    ('CONJ', 'COMMA'): 0.57,
    ('CONJ', 'CONTENT'): -0.7,
    ('CONJ', 'DET'): 0.62,
    ('CONJ', 'NAME'): -0.41,
    ('CONJ', 'PERIOD'): 1.02,
    ('CONJ', 'PREP'): -0.37,
    ('CONTENT', 'BOS'): 2.35,
    ('CONTENT', 'COMMA'): 0.38,
    ('CONTENT', 'DET'): 1.33,
    ('CONTENT', 'PERIOD'): 0.46,
    ('CONTENT', 'PRON_SUBJ'): -0.29,
    ('CONTENT', 'TO'): -0.31,
    ('DET', 'BOS'): 1.96,
    ('DET', 'COMMA'): 0.33,
    ('DET', 'CONTENT'): -0.38,
    ('DET', 'DET'): 1.14,
    ('DET', 'NAME'): -0.43,
    ('DET', 'PERIOD'): 0.54,
    ('DET', 'PREP'): -0.31,
    ('NAME', 'AUX'): -0.32,
    ('NAME', 'BOS'): 2.06,
    ('NAME', 'DET'): 1.05,
    ('NEWLINE', 'BOS'): 1.51,
    ('NEWLINE', 'CONTENT'): -0.27,
    ('NEWLINE', 'DET'): 0.79,
    ('NUMBER', 'BOS'): 0.96,
    ('NUMBER', 'CONTENT'): -0.33,
    ('NUMBER', 'DET'): 0.62,
    ('PERIOD', 'BOS'): 2.43,
    ('PERIOD', 'CONTENT'): -0.34,
    ('PERIOD', 'DET'): 1.58,
    ('PERIOD', 'NAME'): -0.28,
    ('PERIOD', 'NEWLINE'): 0.32,
    ('PERIOD', 'NUMBER'): 0.26,
    ('PERIOD', 'PERIOD'): 0.37,
    ('PERIOD', 'PREP'): -0.29,
    ('PREP', 'BOS'): 2.14,
    ('PREP', 'COMMA'): 0.31,
    ('PREP', 'CONTENT'): -0.27,
    ('PREP', 'DET'): 1.16,
    ('PREP', 'NAME'): -0.38,
    ('PREP', 'PERIOD'): 0.5,
    ('PREP', 'PREP'): -0.32,
    ('PRON_OBJ', 'BOS'): 1.47,
    ('PRON_OBJ', 'CONTENT'): -0.29,
    ('PRON_OBJ', 'DET'): 0.7,
    ('PRON_OBJ', 'PERIOD'): 0.31,
    ('PRON_SUBJ', 'BOS'): 1.66,
    ('PRON_SUBJ', 'COMMA'): 0.28,
    ('PRON_SUBJ', 'CONJ'): 0.26,
    ('PRON_SUBJ', 'CONTENT'): -0.27,
    ('PRON_SUBJ', 'DET'): 0.79,
    ('PRON_SUBJ', 'PERIOD'): 0.39,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.34,
    ('QUOTE', 'BOS'): 0.72,
    ('QUOTE', 'CONTENT'): -0.33,
    ('QUOTE', 'DET'): 0.42,
    ('TO', 'BOS'): 1.59,
    ('TO', 'CONTENT'): -0.34,
    ('TO', 'DET'): 0.84,
    ('TO', 'NAME'): -0.35,
    ('TO', 'PERIOD'): 0.31,
    ('VERB_ED', 'BOS'): 1.61,
    ('VERB_ED', 'DET'): 0.65,
    ('VERB_ED', 'NAME'): -0.27,
    ('VERB_ED', 'PERIOD'): 0.28,
    ('VERB_ING', 'BOS'): 1.29,
    ('VERB_ING', 'DET'): 0.69,
    ('WH', 'BOS'): 1.16,
    ('WH', 'COMMA'): 0.27,
    ('WH', 'CONTENT'): -0.45,
    ('WH', 'DET'): 0.6,
    ('WH', 'PERIOD'): 0.6,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 0): 0.34,
    ('CONJ', 0): 0.35,
    ('NEWLINE', 8): 0.46,
    ('PERIOD', 0): 0.34,
    ('PERIOD', 8): 0.31,
    ('PRON_SUBJ', 1): 0.4,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.61,
    2: 0.5,
    3: 0.44,
    4: 0.37,
    5: 0.35,
    6: 0.35,
    7: 0.36,
    8: 0.32,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.07999999821186066, -0.3100000023841858, -0.12999999523162842, 0.12999999523162842, -0.03999999910593033


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
