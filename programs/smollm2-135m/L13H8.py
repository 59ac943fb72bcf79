"""head: L13H8
heldout_iou: 0.373
heldout_iou_no_bos: 0.341
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L13H8
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L13H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.87,
    ('AUX', 'BOS'): 1.87,
    ('AUX', 'CONTENT'): 0.32,
    ('AUX', 'DET'): -0.35,
    ('AUX', 'PRON_SUBJ'): 0.38,
    ('AUX', 'WH'): -0.26,
    ('COMMA', 'BOS'): 2.02,
    ('CONJ', 'BOS'): 2.26,
    ('CONJ', 'COMMA'): -0.27,
    ('CONJ', 'DET'): -0.3,
    ('CONJ', 'PREP'): -0.28,
    ('CONTENT', 'BOS'): 4.15,
    ('CONTENT', 'COMMA'): -0.47,
    ('CONTENT', 'CONTENT'): 0.35,
    ('CONTENT', 'DET'): -0.64,
    ('CONTENT', 'NAME'): 0.69,
    ('CONTENT', 'PREP'): -0.55,
    ('CONTENT', 'PRON_OBJ'): 0.33,
    ('CONTENT', 'PRON_SUBJ'): 1.16,
    ('CONTENT', 'TO'): -0.64,
    ('DET', 'BOS'): 3.39,
    ('DET', 'DET'): -0.35,
    ('DET', 'PREP'): -0.43,
    ('DET', 'TO'): -0.3,
    ('DET', 'VERB_ED'): -0.36,
    ('NAME', 'AUX'): -0.31,
    ('NAME', 'BOS'): 4.0,
    ('NAME', 'COMMA'): -0.28,
    ('NAME', 'DET'): -0.44,
    ('NAME', 'NAME'): 0.6,
    ('NAME', 'PREP'): -0.32,
    ('NEG', 'BOS'): 0.42,
    ('NEWLINE', 'BOS'): 1.2,
    ('NEWLINE', 'CONTENT'): -0.43,
    ('NUMBER', 'BOS'): 1.51,
    ('PERIOD', 'BOS'): 1.31,
    ('PERIOD', 'CONTENT'): -0.38,
    ('PERIOD', 'DET'): -0.43,
    ('PERIOD', 'PREP'): -0.4,
    ('PERIOD', 'PRON_OBJ'): 0.44,
    ('PERIOD', 'PRON_SUBJ'): 0.68,
    ('PREP', 'BOS'): 2.75,
    ('PREP', 'DET'): -0.4,
    ('PREP', 'PREP'): -0.48,
    ('PREP', 'PRON_SUBJ'): 0.47,
    ('PREP', 'VERB_ED'): -0.33,
    ('PRON_OBJ', 'AUX'): -0.26,
    ('PRON_OBJ', 'BOS'): 2.46,
    ('PRON_OBJ', 'DET'): -0.36,
    ('PRON_OBJ', 'NAME'): 0.4,
    ('PRON_OBJ', 'PREP'): -0.46,
    ('PRON_OBJ', 'TO'): -0.26,
    ('PRON_OBJ', 'VERB_ED'): -0.27,
    ('PRON_SUBJ', 'BOS'): 2.05,
    ('PRON_SUBJ', 'DET'): -0.38,
    ('PRON_SUBJ', 'NAME'): 0.62,
    ('PRON_SUBJ', 'PREP'): -0.42,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.39,
    ('QUOTE', 'BOS'): 0.98,
    ('TO', 'BOS'): 1.82,
    ('TO', 'PRON_SUBJ'): 0.65,
    ('TO', 'TO'): -0.32,
    ('TO', 'VERB_ED'): -0.41,
    ('VERB_ED', 'AUX'): -0.32,
    ('VERB_ED', 'BOS'): 1.65,
    ('VERB_ED', 'CONTENT'): 0.51,
    ('VERB_ED', 'DET'): -0.41,
    ('VERB_ED', 'NAME'): 0.4,
    ('VERB_ED', 'PRON_SUBJ'): 0.66,
    ('VERB_ING', 'AUX'): -0.25,
    ('VERB_ING', 'BOS'): 1.93,
    ('VERB_ING', 'DET'): -0.38,
    ('VERB_ING', 'PREP'): -0.28,
    ('VERB_ING', 'PRON_SUBJ'): 0.31,
    ('WH', 'BOS'): 2.03,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): 0.85,
    ('AUX', 8): -0.62,
    ('COMMA', 8): -0.27,
    ('CONJ', 2): -0.25,
    ('CONTENT', 5): -0.25,
    ('CONTENT', 6): -0.28,
    ('CONTENT', 7): -0.25,
    ('CONTENT', 8): -0.51,
    ('DET', 2): 0.3,
    ('NAME', 0): 0.55,
    ('NAME', 8): 0.28,
    ('NEG', 2): 0.26,
    ('NEWLINE', 8): 0.34,
    ('NUMBER', 8): 0.25,
    ('PERIOD', 1): -0.44,
    ('PERIOD', 2): -0.48,
    ('PERIOD', 3): -0.32,
    ('PERIOD', 8): 0.43,
    ('PREP', 8): -0.28,
    ('PRON_OBJ', 1): -0.5,
    ('PRON_OBJ', 8): 0.69,
    ('PRON_SUBJ', 1): -0.62,
    ('PRON_SUBJ', 8): 0.45,
    ('TO', 3): 0.33,
    ('VERB_ED', 1): 0.68,
    ('VERB_ED', 8): -0.42,
    ('WH', 1): 0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.17,
    2: 1.04,
    3: 0.84,
    4: 0.59,
    5: 0.39,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5600000023841858, 0.12999999523162842, 1.1799999475479126, -0.6299999952316284, 0.029999999329447746


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
