"""head: L9H3
heldout_iou: 0.368
heldout_iou_no_bos: 0.317
Log-linear fit: strongest class pairs PREP->BOS, DET->BOS, CONTENT->BOS.

name: L9H3
description: softmax over class-pair, distance and lexical terms; strongest pairs PREP->BOS, DET->BOS, CONTENT->BOS
origin: synthesized (search/loglinear)
target: L9H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.88,
    ('AUX', 'BOS'): 2.07,
    ('AUX', 'CONTENT'): -0.34,
    ('AUX', 'DET'): 0.99,
    ('AUX', 'NAME'): -0.37,
    ('AUX', 'PREP'): -0.28,
    ('AUX', 'TO'): 0.29,
    ('COMMA', 'BOS'): 1.82,
    ('COMMA', 'CONTENT'): -0.48,
    ('COMMA', 'DET'): 0.75,
    ('COMMA', 'NAME'): -0.31,
    ('CONJ', 'AUX'): 0.27,
    ('CONJ', 'BOS'): 1.79,
    ('CONJ', 'CONTENT'): -0.64,
    ('CONJ', 'DET'): 0.59,
    ('CONJ', 'NAME'): -0.46,
    ('CONTENT', 'AUX'): -0.59,
    ('CONTENT', 'BOS'): 2.87,
    ('CONTENT', 'CONTENT'): 0.34,
    ('CONTENT', 'DET'): 1.64,
    ('CONTENT', 'PERIOD'): 0.35,
    ('CONTENT', 'PRON_OBJ'): -0.26,
    ('CONTENT', 'PRON_SUBJ'): -0.37,
    ('CONTENT', 'WH'): -0.27,
    ('DET', 'BOS'): 2.95,
    ('DET', 'CONTENT'): -0.26,
    ('DET', 'DET'): 1.45,
    ('DET', 'NAME'): -0.28,
    ('DET', 'PREP'): -0.31,
    ('NAME', 'AUX'): -0.43,
    ('NAME', 'BOS'): 2.42,
    ('NAME', 'DET'): 0.74,
    ('NAME', 'NAME'): 0.61,
    ('NAME', 'PREP'): -0.36,
    ('NAME', 'VERB_ED'): -0.39,
    ('NEG', 'BOS'): 0.5,
    ('NEG', 'CONTENT'): -0.3,
    ('NEG', 'DET'): 0.34,
    ('NEWLINE', 'BOS'): 0.63,
    ('NEWLINE', 'CONTENT'): -0.43,
    ('NEWLINE', 'PERIOD'): 0.49,
    ('NEWLINE', 'QUOTE'): 0.36,
    ('NUMBER', 'BOS'): 1.6,
    ('NUMBER', 'CONTENT'): -0.49,
    ('NUMBER', 'DET'): 0.79,
    ('NUMBER', 'NUMBER'): 0.39,
    ('PERIOD', 'BOS'): 0.84,
    ('PERIOD', 'COMMA'): 0.49,
    ('PERIOD', 'CONJ'): 0.95,
    ('PERIOD', 'CONTENT'): -0.57,
    ('PERIOD', 'NAME'): -0.58,
    ('PERIOD', 'PREP'): -0.32,
    ('PERIOD', 'PRON_OBJ'): -0.32,
    ('PERIOD', 'WH'): 0.44,
    ('PREP', 'BOS'): 2.99,
    ('PREP', 'DET'): 1.73,
    ('PREP', 'NAME'): -0.3,
    ('PREP', 'PRON_SUBJ'): -0.27,
    ('PRON_OBJ', 'AUX'): -0.3,
    ('PRON_OBJ', 'BOS'): 2.08,
    ('PRON_OBJ', 'CONTENT'): -0.28,
    ('PRON_OBJ', 'DET'): 0.7,
    ('PRON_OBJ', 'PREP'): -0.4,
    ('PRON_SUBJ', 'BOS'): 1.77,
    ('PRON_SUBJ', 'CONTENT'): -0.35,
    ('PRON_SUBJ', 'DET'): 0.46,
    ('PRON_SUBJ', 'NAME'): 0.33,
    ('PRON_SUBJ', 'PREP'): -0.49,
    ('QUOTE', 'BOS'): 0.52,
    ('QUOTE', 'CONTENT'): -0.4,
    ('TO', 'BOS'): 2.52,
    ('TO', 'CONTENT'): -0.32,
    ('TO', 'DET'): 1.33,
    ('TO', 'NAME'): -0.25,
    ('TO', 'TO'): -0.27,
    ('VERB_ED', 'BOS'): 2.06,
    ('VERB_ED', 'DET'): 0.93,
    ('VERB_ED', 'NAME'): -0.36,
    ('VERB_ING', 'BOS'): 1.52,
    ('VERB_ING', 'DET'): 0.86,
    ('WH', 'BOS'): 1.76,
    ('WH', 'CONTENT'): -0.43,
    ('WH', 'DET'): 1.14,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 0): -0.27,
    ('COMMA', 8): -0.49,
    ('CONJ', 8): -0.8,
    ('DET', 0): 0.38,
    ('NAME', 0): -0.34,
    ('NAME', 2): 0.29,
    ('PERIOD', 0): 0.53,
    ('PERIOD', 8): -0.47,
    ('PREP', 8): 0.38,
    ('PRON_SUBJ', 0): -0.25,
    ('QUOTE', 8): -0.34,
    ('TO', 8): 0.45,
    ('VERB_ED', 8): 0.29,
    ('VERB_ING', 8): 0.34,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.7,
    2: 0.99,
    3: 1.08,
    4: 1.16,
    5: 1.16,
    6: 1.18,
    7: 1.2,
    8: 1.02,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.4399999976158142, 0.30000001192092896, 0.15000000596046448, 0.25, -0.07999999821186066


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
