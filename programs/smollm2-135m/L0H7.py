"""head: L0H7
heldout_iou: 0.592
heldout_iou_no_bos: 0.588
Log-linear fit: strongest class pairs NAME->PERIOD, PERIOD->CONJ, PERIOD->TO.

name: L0H7
description: softmax over class-pair, distance and lexical terms; strongest pairs NAME->PERIOD, PERIOD->CONJ, PERIOD->TO
origin: synthesized (search/loglinear)
target: L0H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'AUX'): 0.48,
    ('AUX', 'CONTENT'): -0.51,
    ('AUX', 'NAME'): -0.37,
    ('AUX', 'PREP'): 0.26,
    ('AUX', 'TO'): 0.41,
    ('AUX', 'WH'): 0.26,
    ('COMMA', 'COMMA'): -0.39,
    ('COMMA', 'CONJ'): 0.5,
    ('COMMA', 'CONTENT'): -0.61,
    ('COMMA', 'NAME'): -0.48,
    ('COMMA', 'PERIOD'): -0.34,
    ('COMMA', 'TO'): 0.61,
    ('COMMA', 'WH'): 0.49,
    ('CONJ', 'AUX'): 0.27,
    ('CONJ', 'CONTENT'): -0.38,
    ('CONJ', 'NAME'): -0.33,
    ('CONJ', 'TO'): 0.34,
    ('CONTENT', 'ADV_LY'): -0.37,
    ('CONTENT', 'AUX'): 0.31,
    ('CONTENT', 'BOS'): -0.41,
    ('CONTENT', 'CONTENT'): -0.55,
    ('CONTENT', 'DET'): -0.29,
    ('CONTENT', 'NAME'): -0.54,
    ('CONTENT', 'NEG'): -0.28,
    ('CONTENT', 'NEWLINE'): 0.55,
    ('CONTENT', 'NUMBER'): -0.39,
    ('CONTENT', 'PERIOD'): 0.64,
    ('CONTENT', 'TO'): 0.4,
    ('CONTENT', 'VERB_ED'): -0.47,
    ('DET', 'CONJ'): 0.29,
    ('DET', 'CONTENT'): -0.39,
    ('DET', 'DET'): -0.33,
    ('DET', 'NAME'): -0.45,
    ('DET', 'PRON_SUBJ'): 0.43,
    ('DET', 'TO'): 0.39,
    ('DET', 'WH'): 0.26,
    ('NAME', 'AUX'): 0.27,
    ('NAME', 'BOS'): -0.34,
    ('NAME', 'COMMA'): 0.4,
    ('NAME', 'CONTENT'): -0.46,
    ('NAME', 'NAME'): -0.49,
    ('NAME', 'NEWLINE'): 0.29,
    ('NAME', 'PERIOD'): 0.88,
    ('NAME', 'TO'): 0.26,
    ('NAME', 'VERB_ED'): -0.32,
    ('NEWLINE', 'NEWLINE'): 0.43,
    ('NUMBER', 'CONTENT'): -0.3,
    ('PERIOD', 'AUX'): 0.29,
    ('PERIOD', 'BOS'): 0.27,
    ('PERIOD', 'CONJ'): 0.77,
    ('PERIOD', 'CONTENT'): -0.47,
    ('PERIOD', 'NAME'): -0.45,
    ('PERIOD', 'NEWLINE'): 0.32,
    ('PERIOD', 'PERIOD'): -0.63,
    ('PERIOD', 'PRON_OBJ'): 0.37,
    ('PERIOD', 'PRON_SUBJ'): 0.46,
    ('PERIOD', 'TO'): 0.68,
    ('PERIOD', 'WH'): 0.63,
    ('PREP', 'AUX'): 0.33,
    ('PREP', 'CONJ'): 0.31,
    ('PREP', 'CONTENT'): -0.42,
    ('PREP', 'NAME'): -0.37,
    ('PREP', 'NEWLINE'): 0.29,
    ('PREP', 'PRON_OBJ'): 0.28,
    ('PREP', 'PRON_SUBJ'): 0.34,
    ('PREP', 'TO'): 0.46,
    ('PREP', 'WH'): 0.29,
    ('PRON_OBJ', 'CONTENT'): -0.4,
    ('PRON_OBJ', 'TO'): 0.3,
    ('PRON_SUBJ', 'CONTENT'): -0.4,
    ('PRON_SUBJ', 'NAME'): -0.31,
    ('PRON_SUBJ', 'NEWLINE'): 0.32,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.28,
    ('PRON_SUBJ', 'TO'): 0.25,
    ('QUOTE', 'NEWLINE'): 0.32,
    ('TO', 'CONTENT'): -0.37,
    ('TO', 'NAME'): -0.28,
    ('TO', 'PRON_SUBJ'): 0.29,
    ('TO', 'TO'): 0.42,
    ('VERB_ED', 'CONTENT'): -0.43,
    ('VERB_ED', 'DET'): -0.26,
    ('VERB_ED', 'NAME'): -0.27,
    ('VERB_ED', 'NEWLINE'): 0.28,
    ('VERB_ED', 'PERIOD'): 0.65,
    ('VERB_ING', 'CONTENT'): -0.41,
    ('VERB_ING', 'PERIOD'): 0.51,
    ('WH', 'CONTENT'): -0.36,
    ('WH', 'WH'): 0.3,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 0): -0.28,
    ('COMMA', 1): -0.27,
    ('NEWLINE', 1): 0.32,
    ('PERIOD', 0): -0.42,
    ('PERIOD', 1): -0.27,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.57,
    2: 0.9,
    3: 1.07,
    4: 1.18,
    5: 1.27,
    6: 1.29,
    7: 1.36,
    8: 1.45,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.14000000059604645, 0.15000000596046448, 0.09000000357627869, -0.5299999713897705, -0.75


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
