"""head: L16H5
heldout_iou: 0.407
heldout_iou_no_bos: 0.407
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L16H5
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L16H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.83,
    ('AUX', 'AUX'): -0.37,
    ('AUX', 'BOS'): 1.89,
    ('AUX', 'CONJ'): -0.33,
    ('AUX', 'DET'): -0.47,
    ('AUX', 'NAME'): 0.44,
    ('AUX', 'PRON_SUBJ'): 0.54,
    ('COMMA', 'BOS'): 1.26,
    ('COMMA', 'DET'): -0.36,
    ('CONJ', 'BOS'): 1.17,
    ('CONJ', 'COMMA'): -0.34,
    ('CONJ', 'DET'): -0.44,
    ('CONJ', 'VERB_ED'): 0.32,
    ('CONTENT', 'BOS'): 4.47,
    ('CONTENT', 'COMMA'): -0.42,
    ('CONTENT', 'CONJ'): -0.51,
    ('CONTENT', 'CONTENT'): 0.3,
    ('CONTENT', 'DET'): -0.97,
    ('CONTENT', 'NAME'): 0.89,
    ('CONTENT', 'NUMBER'): -0.28,
    ('CONTENT', 'PREP'): -0.63,
    ('CONTENT', 'PRON_OBJ'): 0.43,
    ('CONTENT', 'PRON_SUBJ'): 1.16,
    ('CONTENT', 'TO'): -0.3,
    ('DET', 'BOS'): 3.52,
    ('DET', 'DET'): -0.51,
    ('DET', 'PREP'): -0.27,
    ('DET', 'PRON_SUBJ'): 0.27,
    ('NAME', 'BOS'): 4.02,
    ('NAME', 'DET'): -0.34,
    ('NAME', 'NAME'): 0.71,
    ('NAME', 'PREP'): -0.27,
    ('NEWLINE', 'BOS'): 1.18,
    ('NEWLINE', 'CONTENT'): -0.3,
    ('NUMBER', 'BOS'): 2.33,
    ('NUMBER', 'CONTENT'): -0.37,
    ('PERIOD', 'BOS'): 0.93,
    ('PERIOD', 'DET'): -0.62,
    ('PERIOD', 'PERIOD'): -0.28,
    ('PERIOD', 'VERB_ED'): 0.37,
    ('PREP', 'BOS'): 2.51,
    ('PREP', 'DET'): -0.53,
    ('PREP', 'PREP'): -0.4,
    ('PREP', 'PRON_OBJ'): 0.26,
    ('PREP', 'PRON_SUBJ'): 0.66,
    ('PRON_OBJ', 'BOS'): 1.35,
    ('PRON_OBJ', 'DET'): -0.37,
    ('PRON_OBJ', 'NAME'): 0.68,
    ('PRON_OBJ', 'PREP'): -0.44,
    ('PRON_OBJ', 'PRON_OBJ'): 0.6,
    ('PRON_OBJ', 'PRON_SUBJ'): 0.96,
    ('PRON_SUBJ', 'BOS'): 1.7,
    ('PRON_SUBJ', 'DET'): -0.4,
    ('PRON_SUBJ', 'NAME'): 0.77,
    ('PRON_SUBJ', 'PREP'): -0.36,
    ('PRON_SUBJ', 'PRON_OBJ'): 0.36,
    ('PRON_SUBJ', 'PRON_SUBJ'): 1.01,
    ('QUOTE', 'BOS'): 0.51,
    ('QUOTE', 'QUOTE'): 0.32,
    ('TO', 'BOS'): 0.94,
    ('TO', 'DET'): -0.26,
    ('TO', 'NAME'): 0.36,
    ('TO', 'PRON_OBJ'): 0.34,
    ('TO', 'PRON_SUBJ'): 0.77,
    ('VERB_ED', 'AUX'): -0.31,
    ('VERB_ED', 'BOS'): 1.87,
    ('VERB_ED', 'CONJ'): -0.27,
    ('VERB_ED', 'CONTENT'): 0.33,
    ('VERB_ED', 'DET'): -0.39,
    ('VERB_ED', 'NAME'): 0.54,
    ('VERB_ED', 'PRON_SUBJ'): 0.62,
    ('VERB_ING', 'BOS'): 1.97,
    ('VERB_ING', 'DET'): -0.4,
    ('VERB_ING', 'PREP'): -0.26,
    ('VERB_ING', 'PRON_SUBJ'): 0.26,
    ('WH', 'BOS'): 1.97,
    ('WH', 'DET'): -0.31,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): 0.6,
    ('AUX', 8): -0.35,
    ('COMMA', 8): -0.4,
    ('CONJ', 1): 0.36,
    ('CONJ', 8): -0.48,
    ('CONTENT', 0): 0.98,
    ('CONTENT', 1): 0.42,
    ('CONTENT', 2): 0.29,
    ('CONTENT', 8): -0.34,
    ('DET', 2): 0.4,
    ('NAME', 0): 0.92,
    ('NAME', 8): 0.41,
    ('NEG', 2): 0.36,
    ('NUMBER', 8): 0.49,
    ('PERIOD', 2): -0.28,
    ('PREP', 0): -0.34,
    ('PREP', 8): -0.37,
    ('PRON_OBJ', 1): -0.7,
    ('PRON_OBJ', 8): 0.57,
    ('PRON_SUBJ', 0): -0.29,
    ('PRON_SUBJ', 1): -0.74,
    ('PRON_SUBJ', 2): -0.43,
    ('PRON_SUBJ', 3): -0.29,
    ('PRON_SUBJ', 8): 0.42,
    ('TO', 0): -0.28,
    ('TO', 3): 0.28,
    ('VERB_ED', 1): 0.44,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.5,
    1: 1.35,
    2: 1.19,
    3: 0.88,
    4: 0.61,
    5: 0.46,
    6: 0.38,
    7: 0.3,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.30000001192092896, -0.15000000596046448, 1.4500000476837158, -0.4699999988079071, -0.10000000149011612


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
