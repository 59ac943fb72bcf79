"""head: L6H5
heldout_iou: 0.416
heldout_iou_no_bos: 0.356
Log-linear fit: strongest class pairs CONTENT->BOS, PREP->BOS, DET->BOS.

name: L6H5
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PREP->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L6H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.83,
    ('AUX', 'AUX'): 0.37,
    ('AUX', 'BOS'): 1.76,
    ('AUX', 'DET'): 0.8,
    ('AUX', 'NAME'): -0.29,
    ('AUX', 'PREP'): -0.3,
    ('AUX', 'VERB_ED'): 0.27,
    ('COMMA', 'BOS'): 1.63,
    ('COMMA', 'CONTENT'): -0.59,
    ('COMMA', 'DET'): 0.76,
    ('COMMA', 'NEWLINE'): 0.35,
    ('COMMA', 'PERIOD'): 1.23,
    ('COMMA', 'QUOTE'): 0.4,
    ('CONJ', 'BOS'): 2.1,
    ('CONJ', 'COMMA'): 0.32,
    ('CONJ', 'CONTENT'): -0.5,
    ('CONJ', 'DET'): 1.14,
    ('CONJ', 'PERIOD'): 0.87,
    ('CONJ', 'PREP'): -0.26,
    ('CONTENT', 'BOS'): 2.95,
    ('CONTENT', 'DET'): 1.92,
    ('CONTENT', 'NUMBER'): 0.36,
    ('CONTENT', 'PREP'): -0.29,
    ('CONTENT', 'TO'): -0.29,
    ('CONTENT', 'VERB_ED'): 0.31,
    ('DET', 'BOS'): 2.6,
    ('DET', 'DET'): 1.69,
    ('DET', 'PREP'): -0.32,
    ('NAME', 'AUX'): -0.33,
    ('NAME', 'BOS'): 2.36,
    ('NAME', 'DET'): 1.27,
    ('NAME', 'PERIOD'): -0.26,
    ('NEG', 'BOS'): 0.45,
    ('NEG', 'CONTENT'): -0.25,
    ('NEG', 'DET'): 0.31,
    ('NEWLINE', 'BOS'): 1.09,
    ('NEWLINE', 'CONTENT'): -0.5,
    ('NEWLINE', 'NEWLINE'): 0.76,
    ('NEWLINE', 'QUOTE'): 0.42,
    ('NUMBER', 'BOS'): 1.49,
    ('NUMBER', 'CONTENT'): -0.39,
    ('NUMBER', 'DET'): 0.97,
    ('PERIOD', 'AUX'): -0.3,
    ('PERIOD', 'BOS'): 1.93,
    ('PERIOD', 'COMMA'): 0.44,
    ('PERIOD', 'CONTENT'): -0.62,
    ('PERIOD', 'DET'): 0.58,
    ('PERIOD', 'NAME'): -0.38,
    ('PERIOD', 'NEWLINE'): 1.05,
    ('PERIOD', 'PERIOD'): 1.32,
    ('PERIOD', 'PREP'): -0.34,
    ('PERIOD', 'QUOTE'): 0.78,
    ('PREP', 'BOS'): 2.64,
    ('PREP', 'DET'): 1.72,
    ('PREP', 'PREP'): -0.33,
    ('PRON_OBJ', 'BOS'): 2.05,
    ('PRON_OBJ', 'DET'): 1.17,
    ('PRON_SUBJ', 'BOS'): 2.2,
    ('PRON_SUBJ', 'CONTENT'): -0.31,
    ('PRON_SUBJ', 'DET'): 1.25,
    ('PRON_SUBJ', 'PREP'): -0.27,
    ('QUOTE', 'BOS'): 0.67,
    ('QUOTE', 'CONTENT'): -0.48,
    ('QUOTE', 'NEWLINE'): 0.37,
    ('QUOTE', 'QUOTE'): 0.34,
    ('TO', 'BOS'): 2.11,
    ('TO', 'CONTENT'): -0.32,
    ('TO', 'DET'): 1.22,
    ('TO', 'TO'): -0.31,
    ('VERB_ED', 'BOS'): 1.82,
    ('VERB_ED', 'DET'): 0.66,
    ('VERB_ED', 'VERB_ED'): 0.31,
    ('VERB_ING', 'BOS'): 1.72,
    ('VERB_ING', 'CONTENT'): -0.29,
    ('VERB_ING', 'DET'): 0.97,
    ('WH', 'BOS'): 1.79,
    ('WH', 'CONTENT'): -0.35,
    ('WH', 'DET'): 1.07,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 8): -0.35,
    ('DET', 0): 0.61,
    ('DET', 1): 0.27,
    ('PRON_OBJ', 8): 0.31,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.4,
    2: 0.32,
    3: 0.3,
    4: 0.27,
    6: 0.27,
    7: 0.27,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.7699999809265137, 0.11999999731779099, -0.1599999964237213, -0.18000000715255737, 0.3400000035762787


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
