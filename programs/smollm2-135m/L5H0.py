"""head: L5H0
heldout_iou: 0.445
heldout_iou_no_bos: 0.409
Log-linear fit: strongest class pairs CONTENT->BOS, PERIOD->BOS, PREP->BOS.

name: L5H0
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PERIOD->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L5H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.57,
    ('AUX', 'BOS'): 1.58,
    ('AUX', 'CONTENT'): -0.45,
    ('AUX', 'DET'): 0.51,
    ('AUX', 'NAME'): -0.32,
    ('AUX', 'PERIOD'): 0.96,
    ('AUX', 'PREP'): -0.36,
    ('AUX', 'QUOTE'): 0.34,
    ('COMMA', 'BOS'): 1.79,
    ('COMMA', 'CONTENT'): -0.46,
    ('COMMA', 'DET'): 0.76,
    ('COMMA', 'NEWLINE'): 0.49,
    ('COMMA', 'PERIOD'): 0.8,
    ('COMMA', 'QUOTE'): 0.26,
    ('CONJ', 'BOS'): 1.89,
    ('CONJ', 'CONTENT'): -0.42,
    ('CONJ', 'DET'): 0.85,
    ('CONJ', 'NEWLINE'): 0.4,
    ('CONJ', 'PERIOD'): 0.83,
    ('CONJ', 'PREP'): -0.29,
    ('CONTENT', 'BOS'): 2.35,
    ('CONTENT', 'DET'): 1.02,
    ('CONTENT', 'NAME'): -0.26,
    ('CONTENT', 'NEWLINE'): 0.61,
    ('CONTENT', 'PERIOD'): 0.86,
    ('CONTENT', 'PREP'): -0.65,
    ('CONTENT', 'QUOTE'): 0.65,
    ('CONTENT', 'TO'): -0.47,
    ('DET', 'BOS'): 2.18,
    ('DET', 'CONTENT'): -0.4,
    ('DET', 'DET'): 1.34,
    ('DET', 'NAME'): -0.33,
    ('DET', 'PERIOD'): 0.63,
    ('DET', 'PREP'): -0.48,
    ('DET', 'QUOTE'): 0.25,
    ('NAME', 'BOS'): 1.82,
    ('NAME', 'DET'): 0.39,
    ('NAME', 'PERIOD'): 0.48,
    ('NAME', 'PREP'): -0.29,
    ('NAME', 'QUOTE'): 0.26,
    ('NAME', 'TO'): -0.27,
    ('NEG', 'BOS'): 0.31,
    ('NEWLINE', 'BOS'): 1.19,
    ('NEWLINE', 'CONTENT'): -0.39,
    ('NEWLINE', 'DET'): 0.32,
    ('NEWLINE', 'NEWLINE'): 0.5,
    ('NUMBER', 'BOS'): 1.08,
    ('NUMBER', 'CONTENT'): -0.4,
    ('NUMBER', 'DET'): 0.55,
    ('NUMBER', 'PERIOD'): 0.37,
    ('PERIOD', 'BOS'): 2.21,
    ('PERIOD', 'CONTENT'): -0.37,
    ('PERIOD', 'DET'): 1.18,
    ('PERIOD', 'NEWLINE'): 0.99,
    ('PERIOD', 'PERIOD'): 0.66,
    ('PERIOD', 'PREP'): -0.32,
    ('PERIOD', 'QUOTE'): 0.25,
    ('PREP', 'BOS'): 2.21,
    ('PREP', 'CONTENT'): -0.38,
    ('PREP', 'DET'): 1.27,
    ('PREP', 'NAME'): -0.35,
    ('PREP', 'PERIOD'): 0.46,
    ('PREP', 'PREP'): -0.51,
    ('PRON_OBJ', 'BOS'): 1.67,
    ('PRON_OBJ', 'CONTENT'): -0.44,
    ('PRON_OBJ', 'DET'): 0.74,
    ('PRON_OBJ', 'PERIOD'): 0.47,
    ('PRON_OBJ', 'PREP'): -0.44,
    ('PRON_SUBJ', 'BOS'): 1.84,
    ('PRON_SUBJ', 'CONTENT'): -0.47,
    ('PRON_SUBJ', 'DET'): 0.87,
    ('PRON_SUBJ', 'NEWLINE'): 0.65,
    ('PRON_SUBJ', 'PERIOD'): 0.84,
    ('PRON_SUBJ', 'PREP'): -0.38,
    ('PRON_SUBJ', 'QUOTE'): 0.41,
    ('QUOTE', 'BOS'): 0.48,
    ('QUOTE', 'CONTENT'): -0.4,
    ('QUOTE', 'NEWLINE'): 0.62,
    ('TO', 'BOS'): 1.75,
    ('TO', 'CONTENT'): -0.37,
    ('TO', 'DET'): 0.93,
    ('TO', 'NAME'): -0.3,
    ('TO', 'PERIOD'): 0.25,
    ('TO', 'TO'): -0.39,
    ('VERB_ED', 'BOS'): 1.67,
    ('VERB_ED', 'CONTENT'): -0.37,
    ('VERB_ED', 'DET'): 0.42,
    ('VERB_ED', 'NAME'): -0.25,
    ('VERB_ED', 'PERIOD'): 0.58,
    ('VERB_ED', 'PREP'): -0.32,
    ('VERB_ING', 'BOS'): 1.31,
    ('VERB_ING', 'DET'): 0.5,
    ('WH', 'BOS'): 1.41,
    ('WH', 'CONTENT'): -0.42,
    ('WH', 'DET'): 0.52,
    ('WH', 'PERIOD'): 0.51,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('DET', 0): 0.32,
    ('NAME', 1): 0.27,
    ('PERIOD', 0): 0.48,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.63,
    2: 0.5,
    3: 0.36,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8199999928474426, -0.05999999865889549, -0.15000000596046448, -0.25999999046325684, 0.15000000596046448


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
