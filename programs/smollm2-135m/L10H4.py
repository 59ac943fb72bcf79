"""head: L10H4
heldout_iou: 0.316
heldout_iou_no_bos: 0.316
Log-linear fit: strongest class pairs PRON_SUBJ->DET, CONTENT->DET, NAME->DET.

name: L10H4
description: softmax over class-pair, distance and lexical terms; strongest pairs PRON_SUBJ->DET, CONTENT->DET, NAME->DET
origin: synthesized (search/loglinear)
target: L10H4
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.53,
    ('ADV_LY', 'DET'): 0.31,
    ('AUX', 'BOS'): 1.29,
    ('AUX', 'CONTENT'): -0.42,
    ('AUX', 'DET'): 1.92,
    ('AUX', 'NAME'): -0.39,
    ('AUX', 'NUMBER'): 0.33,
    ('AUX', 'PERIOD'): 0.46,
    ('COMMA', 'CONTENT'): -0.33,
    ('COMMA', 'DET'): 1.24,
    ('COMMA', 'NAME'): -0.3,
    ('CONJ', 'BOS'): 0.72,
    ('CONJ', 'CONTENT'): -0.28,
    ('CONJ', 'DET'): 1.7,
    ('CONJ', 'NAME'): -0.31,
    ('CONJ', 'NUMBER'): 0.26,
    ('CONTENT', 'AUX'): -0.28,
    ('CONTENT', 'BOS'): 1.64,
    ('CONTENT', 'DET'): 2.28,
    ('CONTENT', 'NAME'): -0.79,
    ('CONTENT', 'NUMBER'): 0.76,
    ('CONTENT', 'PRON_OBJ'): 0.32,
    ('CONTENT', 'PRON_SUBJ'): -0.59,
    ('CONTENT', 'TO'): -0.4,
    ('DET', 'BOS'): 1.52,
    ('DET', 'DET'): 2.13,
    ('DET', 'NAME'): -0.3,
    ('DET', 'TO'): -0.28,
    ('NAME', 'AUX'): -0.28,
    ('NAME', 'BOS'): 1.78,
    ('NAME', 'CONJ'): 0.34,
    ('NAME', 'CONTENT'): -0.64,
    ('NAME', 'DET'): 2.21,
    ('NAME', 'NAME'): 0.38,
    ('NAME', 'NUMBER'): 0.27,
    ('NAME', 'PREP'): -0.25,
    ('NAME', 'VERB_ED'): -0.43,
    ('NEG', 'DET'): 0.66,
    ('NEWLINE', 'BOS'): 0.25,
    ('NEWLINE', 'CONTENT'): -0.36,
    ('NEWLINE', 'DET'): 0.86,
    ('NUMBER', 'BOS'): 0.51,
    ('NUMBER', 'CONTENT'): -0.36,
    ('NUMBER', 'DET'): 1.57,
    ('PERIOD', 'BOS'): 0.4,
    ('PERIOD', 'CONTENT'): -0.38,
    ('PERIOD', 'DET'): 1.28,
    ('PERIOD', 'NAME'): -0.46,
    ('PERIOD', 'PREP'): -0.26,
    ('PERIOD', 'TO'): -0.32,
    ('PREP', 'BOS'): 0.86,
    ('PREP', 'DET'): 1.98,
    ('PREP', 'NAME'): -0.35,
    ('PREP', 'VERB_ED'): 0.32,
    ('PRON_OBJ', 'BOS'): 1.1,
    ('PRON_OBJ', 'CONTENT'): -0.38,
    ('PRON_OBJ', 'DET'): 2.07,
    ('PRON_SUBJ', 'BOS'): 1.65,
    ('PRON_SUBJ', 'CONTENT'): -0.37,
    ('PRON_SUBJ', 'DET'): 2.36,
    ('QUOTE', 'CONTENT'): -0.34,
    ('QUOTE', 'DET'): 0.82,
    ('TO', 'BOS'): 0.88,
    ('TO', 'DET'): 1.52,
    ('TO', 'NAME'): -0.35,
    ('TO', 'TO'): -0.37,
    ('VERB_ED', 'BOS'): 1.04,
    ('VERB_ED', 'CONTENT'): -0.51,
    ('VERB_ED', 'DET'): 1.68,
    ('VERB_ED', 'NAME'): -0.49,
    ('VERB_ED', 'PREP'): -0.28,
    ('VERB_ED', 'PRON_SUBJ'): -0.27,
    ('VERB_ING', 'BOS'): 0.33,
    ('VERB_ING', 'CONTENT'): -0.37,
    ('VERB_ING', 'DET'): 1.6,
    ('WH', 'BOS'): 0.4,
    ('WH', 'CONTENT'): -0.43,
    ('WH', 'DET'): 1.71,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.34,
    ('COMMA', 3): 0.41,
    ('COMMA', 8): -0.56,
    ('CONJ', 8): -0.43,
    ('CONTENT', 0): 0.69,
    ('DET', 0): -0.82,
    ('DET', 1): 0.26,
    ('DET', 2): 0.25,
    ('NAME', 1): 0.46,
    ('NAME', 3): -0.43,
    ('PERIOD', 1): -0.96,
    ('PERIOD', 2): -0.5,
    ('PERIOD', 8): -0.34,
    ('PREP', 1): 0.61,
    ('PRON_OBJ', 1): 0.27,
    ('PRON_OBJ', 8): 0.3,
    ('PRON_SUBJ', 8): 0.43,
    ('VERB_ED', 0): 0.25,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.35,
    1: 2.69,
    2: 1.64,
    3: 0.97,
    4: 0.61,
    5: 0.44,
    6: 0.28,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.20000000298023224, 0.009999999776482582, -0.019999999552965164, 0.2800000011920929, 0.019999999552965164


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
