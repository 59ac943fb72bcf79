"""head: L9H8
heldout_iou: 0.409
heldout_iou_no_bos: 0.370
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L9H8
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L9H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.31,
    ('ADV_LY', 'BOS'): 0.99,
    ('AUX', 'BOS'): 2.33,
    ('AUX', 'CONTENT'): -0.28,
    ('AUX', 'DET'): 1.39,
    ('AUX', 'NAME'): -0.3,
    ('COMMA', 'BOS'): 1.85,
    ('COMMA', 'CONTENT'): -0.59,
    ('COMMA', 'DET'): 0.92,
    ('COMMA', 'NAME'): -0.32,
    ('COMMA', 'PERIOD'): 0.36,
    ('CONJ', 'BOS'): 1.95,
    ('CONJ', 'CONTENT'): -0.6,
    ('CONJ', 'DET'): 0.89,
    ('CONJ', 'NAME'): -0.38,
    ('CONJ', 'PREP'): -0.29,
    ('CONTENT', 'BOS'): 3.49,
    ('CONTENT', 'CONTENT'): 0.52,
    ('CONTENT', 'DET'): 2.2,
    ('CONTENT', 'NAME'): -0.28,
    ('CONTENT', 'NUMBER'): 0.49,
    ('CONTENT', 'PERIOD'): -0.27,
    ('CONTENT', 'PREP'): -0.29,
    ('CONTENT', 'PUNCT'): 0.26,
    ('CONTENT', 'QUOTE'): 0.33,
    ('CONTENT', 'VERB_ED'): 0.34,
    ('CONTENT', 'VERB_ING'): 0.33,
    ('DET', 'BOS'): 2.53,
    ('DET', 'DET'): 1.34,
    ('DET', 'NAME'): -0.3,
    ('DET', 'PREP'): -0.32,
    ('NAME', 'BOS'): 3.13,
    ('NAME', 'DET'): 1.73,
    ('NAME', 'NUMBER'): 0.3,
    ('NEG', 'BOS'): 0.5,
    ('NEG', 'DET'): 0.36,
    ('NEWLINE', 'BOS'): 0.85,
    ('NEWLINE', 'CONTENT'): -0.43,
    ('NEWLINE', 'PERIOD'): 0.38,
    ('NUMBER', 'BOS'): 1.43,
    ('NUMBER', 'CONTENT'): -0.3,
    ('NUMBER', 'DET'): 0.87,
    ('PERIOD', 'BOS'): 1.81,
    ('PERIOD', 'COMMA'): 0.47,
    ('PERIOD', 'CONTENT'): -0.81,
    ('PERIOD', 'DET'): 0.59,
    ('PERIOD', 'NAME'): -0.42,
    ('PERIOD', 'NEWLINE'): 0.43,
    ('PERIOD', 'PERIOD'): 1.07,
    ('PERIOD', 'PREP'): -0.42,
    ('PERIOD', 'QUOTE'): 0.29,
    ('PREP', 'BOS'): 2.22,
    ('PREP', 'DET'): 0.91,
    ('PREP', 'NAME'): -0.29,
    ('PREP', 'PERIOD'): -0.28,
    ('PREP', 'VERB_ED'): 0.36,
    ('PREP', 'VERB_ING'): 0.38,
    ('PRON_OBJ', 'BOS'): 2.04,
    ('PRON_OBJ', 'CONTENT'): -0.32,
    ('PRON_OBJ', 'DET'): 1.21,
    ('PRON_SUBJ', 'BOS'): 2.24,
    ('PRON_SUBJ', 'CONTENT'): -0.27,
    ('PRON_SUBJ', 'DET'): 1.44,
    ('PRON_SUBJ', 'PREP'): -0.27,
    ('QUOTE', 'BOS'): 0.44,
    ('QUOTE', 'CONTENT'): -0.43,
    ('QUOTE', 'QUOTE'): 0.42,
    ('TO', 'BOS'): 1.8,
    ('TO', 'DET'): 0.65,
    ('TO', 'NAME'): -0.27,
    ('TO', 'VERB_ED'): 0.44,
    ('VERB_ED', 'BOS'): 2.45,
    ('VERB_ED', 'DET'): 1.13,
    ('VERB_ING', 'BOS'): 1.74,
    ('VERB_ING', 'DET'): 0.98,
    ('WH', 'BOS'): 1.55,
    ('WH', 'DET'): 0.91,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 0): 0.36,
    ('CONJ', 0): 0.26,
    ('CONJ', 8): -0.33,
    ('CONTENT', 1): -0.43,
    ('DET', 0): -0.92,
    ('NAME', 1): -0.25,
    ('NAME', 3): -0.34,
    ('NAME', 8): 0.25,
    ('PERIOD', 1): -0.34,
    ('PREP', 1): 0.93,
    ('PREP', 8): -0.66,
    ('TO', 0): 0.26,
    ('TO', 1): 0.63,
    ('TO', 8): -0.47,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.92,
    1: 1.68,
    2: 1.14,
    3: 0.83,
    4: 0.6,
    5: 0.37,
    6: 0.33,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.9100000262260437, -0.23999999463558197, -0.029999999329447746, -0.07000000029802322, 0.17000000178813934


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
