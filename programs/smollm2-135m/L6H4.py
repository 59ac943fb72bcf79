"""head: L6H4
heldout_iou: 0.410
heldout_iou_no_bos: 0.388
Log-linear fit: strongest class pairs PERIOD->BOS, CONTENT->BOS, PREP->BOS.

name: L6H4
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->BOS, CONTENT->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L6H4
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.59,
    ('AUX', 'AUX'): -0.42,
    ('AUX', 'BOS'): 2.05,
    ('AUX', 'CONTENT'): -0.58,
    ('AUX', 'DET'): 1.02,
    ('AUX', 'NAME'): -0.54,
    ('AUX', 'PERIOD'): 0.28,
    ('AUX', 'PREP'): -0.39,
    ('COMMA', 'BOS'): 2.05,
    ('COMMA', 'CONTENT'): -0.58,
    ('COMMA', 'DET'): 1.35,
    ('COMMA', 'NAME'): -0.33,
    ('CONJ', 'BOS'): 2.2,
    ('CONJ', 'COMMA'): 0.33,
    ('CONJ', 'CONTENT'): -0.69,
    ('CONJ', 'DET'): 1.28,
    ('CONJ', 'NAME'): -0.39,
    ('CONTENT', 'BOS'): 2.53,
    ('CONTENT', 'CONTENT'): -0.34,
    ('CONTENT', 'DET'): 0.83,
    ('CONTENT', 'NAME'): -0.82,
    ('CONTENT', 'PERIOD'): 0.34,
    ('CONTENT', 'PRON_OBJ'): -0.31,
    ('DET', 'BOS'): 2.27,
    ('DET', 'CONTENT'): -0.51,
    ('DET', 'DET'): 1.58,
    ('DET', 'NAME'): -0.46,
    ('DET', 'PREP'): -0.51,
    ('DET', 'TO'): -0.29,
    ('NAME', 'BOS'): 1.56,
    ('NAME', 'CONJ'): 0.33,
    ('NAME', 'CONTENT'): -0.37,
    ('NAME', 'DET'): 0.33,
    ('NAME', 'NAME'): -0.82,
    ('NEG', 'BOS'): 0.39,
    ('NEG', 'CONTENT'): -0.27,
    ('NEG', 'DET'): 0.3,
    ('NEWLINE', 'BOS'): 1.56,
    ('NEWLINE', 'CONTENT'): -0.34,
    ('NEWLINE', 'DET'): 0.78,
    ('NUMBER', 'BOS'): 0.92,
    ('NUMBER', 'CONTENT'): -0.54,
    ('NUMBER', 'DET'): 0.45,
    ('PERIOD', 'BOS'): 2.69,
    ('PERIOD', 'CONTENT'): -0.43,
    ('PERIOD', 'DET'): 1.91,
    ('PERIOD', 'NAME'): -0.38,
    ('PERIOD', 'NUMBER'): 0.26,
    ('PREP', 'BOS'): 2.36,
    ('PREP', 'CONTENT'): -0.56,
    ('PREP', 'DET'): 1.21,
    ('PREP', 'NAME'): -0.51,
    ('PREP', 'PREP'): -0.36,
    ('PREP', 'VERB_ED'): -0.3,
    ('PRON_OBJ', 'BOS'): 1.83,
    ('PRON_OBJ', 'CONTENT'): -0.49,
    ('PRON_OBJ', 'DET'): 0.8,
    ('PRON_OBJ', 'PREP'): -0.26,
    ('PRON_SUBJ', 'BOS'): 2.18,
    ('PRON_SUBJ', 'CONTENT'): -0.57,
    ('PRON_SUBJ', 'DET'): 1.19,
    ('PRON_SUBJ', 'NAME'): -0.31,
    ('PRON_SUBJ', 'PREP'): -0.33,
    ('QUOTE', 'BOS'): 0.91,
    ('QUOTE', 'CONTENT'): -0.37,
    ('QUOTE', 'DET'): 0.51,
    ('TO', 'BOS'): 1.97,
    ('TO', 'CONTENT'): -0.51,
    ('TO', 'DET'): 0.98,
    ('TO', 'NAME'): -0.45,
    ('TO', 'TO'): -0.38,
    ('TO', 'VERB_ED'): -0.26,
    ('VERB_ED', 'BOS'): 2.33,
    ('VERB_ED', 'CONTENT'): -0.5,
    ('VERB_ED', 'DET'): 0.78,
    ('VERB_ED', 'NAME'): -0.33,
    ('VERB_ED', 'PREP'): -0.29,
    ('VERB_ING', 'BOS'): 1.32,
    ('VERB_ING', 'CONTENT'): -0.36,
    ('VERB_ING', 'DET'): 0.49,
    ('WH', 'BOS'): 1.63,
    ('WH', 'CONTENT'): -0.56,
    ('WH', 'DET'): 0.9,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): -0.45,
    ('COMMA', 8): 0.25,
    ('CONTENT', 2): 0.27,
    ('CONTENT', 8): -0.59,
    ('DET', 1): 0.41,
    ('NAME', 1): 0.53,
    ('NAME', 2): 0.3,
    ('NAME', 8): -0.74,
    ('NEWLINE', 8): 0.52,
    ('PERIOD', 1): -0.48,
    ('PERIOD', 2): -0.31,
    ('PERIOD', 8): 0.64,
    ('PRON_OBJ', 1): 0.43,
    ('PRON_SUBJ', 0): 0.31,
    ('PRON_SUBJ', 1): 0.7,
    ('TO', 1): -0.34,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.48,
    1: 2.48,
    2: 1.88,
    3: 1.32,
    4: 0.87,
    5: 0.63,
    6: 0.52,
    7: 0.38,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.7799999713897705, -0.3400000035762787, 0.3400000035762787, -0.4099999964237213, 0.2800000011920929


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
