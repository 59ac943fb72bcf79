"""head: L16H6
heldout_iou: 0.481
heldout_iou_no_bos: 0.480
Log-linear fit: strongest class pairs CONTENT->PERIOD, NEWLINE->BOS, PERIOD->BOS.

name: L16H6
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, NEWLINE->BOS, PERIOD->BOS
origin: synthesized (search/loglinear)
target: L16H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.28,
    ('ADV_LY', 'PERIOD'): 0.53,
    ('AUX', 'BOS'): 0.57,
    ('AUX', 'COMMA'): 0.26,
    ('AUX', 'CONTENT'): -0.3,
    ('AUX', 'DET'): -0.52,
    ('AUX', 'PERIOD'): 1.57,
    ('AUX', 'PREP'): -0.37,
    ('AUX', 'QUOTE'): 0.55,
    ('COMMA', 'BOS'): 0.36,
    ('COMMA', 'COMMA'): 0.26,
    ('COMMA', 'CONTENT'): -0.41,
    ('COMMA', 'DET'): -0.37,
    ('COMMA', 'PERIOD'): 1.87,
    ('COMMA', 'PREP'): -0.3,
    ('COMMA', 'QUOTE'): 0.37,
    ('CONJ', 'BOS'): 0.5,
    ('CONJ', 'COMMA'): 0.37,
    ('CONJ', 'CONTENT'): -0.44,
    ('CONJ', 'DET'): -0.4,
    ('CONJ', 'PERIOD'): 1.84,
    ('CONJ', 'PREP'): -0.31,
    ('CONJ', 'QUOTE'): 0.25,
    ('CONTENT', 'BOS'): 0.96,
    ('CONTENT', 'COMMA'): 0.66,
    ('CONTENT', 'DET'): -0.75,
    ('CONTENT', 'NEWLINE'): 0.74,
    ('CONTENT', 'PERIOD'): 1.99,
    ('CONTENT', 'PREP'): -0.72,
    ('CONTENT', 'PRON_OBJ'): -0.35,
    ('CONTENT', 'QUOTE'): 1.13,
    ('CONTENT', 'TO'): -0.41,
    ('DET', 'BOS'): 1.03,
    ('DET', 'COMMA'): 0.35,
    ('DET', 'DET'): -0.63,
    ('DET', 'NEWLINE'): 0.26,
    ('DET', 'PERIOD'): 1.55,
    ('DET', 'PREP'): -0.5,
    ('DET', 'QUOTE'): 0.39,
    ('DET', 'TO'): -0.32,
    ('NAME', 'BOS'): 0.99,
    ('NAME', 'DET'): -0.46,
    ('NAME', 'NEWLINE'): 0.27,
    ('NAME', 'PERIOD'): 1.49,
    ('NAME', 'PREP'): -0.32,
    ('NAME', 'QUOTE'): 0.62,
    ('NEG', 'PERIOD'): 0.45,
    ('NEWLINE', 'BOS'): 1.92,
    ('NEWLINE', 'CONTENT'): -0.48,
    ('NEWLINE', 'NEWLINE'): 0.64,
    ('NUMBER', 'BOS'): 0.45,
    ('NUMBER', 'CONTENT'): -0.25,
    ('NUMBER', 'PERIOD'): 1.05,
    ('PERIOD', 'BOS'): 1.89,
    ('PERIOD', 'DET'): -0.53,
    ('PERIOD', 'NEWLINE'): 0.48,
    ('PERIOD', 'PERIOD'): 1.78,
    ('PERIOD', 'PREP'): -0.41,
    ('PERIOD', 'QUOTE'): 0.27,
    ('PREP', 'BOS'): 0.63,
    ('PREP', 'COMMA'): 0.38,
    ('PREP', 'DET'): -0.47,
    ('PREP', 'PERIOD'): 1.51,
    ('PREP', 'PREP'): -0.45,
    ('PREP', 'QUOTE'): 0.29,
    ('PRON_OBJ', 'BOS'): 0.74,
    ('PRON_OBJ', 'DET'): -0.39,
    ('PRON_OBJ', 'PERIOD'): 1.23,
    ('PRON_OBJ', 'PREP'): -0.36,
    ('PRON_SUBJ', 'BOS'): 0.54,
    ('PRON_SUBJ', 'COMMA'): 0.25,
    ('PRON_SUBJ', 'CONTENT'): -0.36,
    ('PRON_SUBJ', 'DET'): -0.44,
    ('PRON_SUBJ', 'NEWLINE'): 0.3,
    ('PRON_SUBJ', 'PERIOD'): 1.74,
    ('PRON_SUBJ', 'PREP'): -0.37,
    ('PRON_SUBJ', 'QUOTE'): 0.49,
    ('QUOTE', 'CONTENT'): -0.3,
    ('QUOTE', 'NEWLINE'): 0.31,
    ('QUOTE', 'PERIOD'): 0.74,
    ('TO', 'BOS'): 0.31,
    ('TO', 'CONTENT'): -0.27,
    ('TO', 'DET'): -0.37,
    ('TO', 'PERIOD'): 1.26,
    ('TO', 'PREP'): -0.28,
    ('TO', 'TO'): -0.31,
    ('VERB_ED', 'BOS'): 0.52,
    ('VERB_ED', 'DET'): -0.44,
    ('VERB_ED', 'PERIOD'): 1.37,
    ('VERB_ED', 'PREP'): -0.32,
    ('VERB_ING', 'DET'): -0.31,
    ('VERB_ING', 'PERIOD'): 1.04,
    ('WH', 'CONTENT'): -0.35,
    ('WH', 'DET'): -0.32,
    ('WH', 'PERIOD'): 1.42,
    ('WH', 'PREP'): -0.25,
    ('WH', 'QUOTE'): 0.26,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 2): 0.28,
    ('NEWLINE', 8): 0.38,
    ('PERIOD', 0): 0.27,
    ('PERIOD', 8): 0.56,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.0,
    2: 1.21,
    3: 1.36,
    4: 1.42,
    5: 1.48,
    6: 1.5,
    7: 1.52,
    8: 1.59,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.4399999976158142, 0.10000000149011612, 0.07000000029802322, -0.20999999344348907, -0.4099999964237213


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
