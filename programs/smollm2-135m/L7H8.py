"""head: L7H8
heldout_iou: 0.368
heldout_iou_no_bos: 0.317
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PERIOD->BOS.

name: L7H8
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PERIOD->BOS
origin: synthesized (search/loglinear)
target: L7H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.26,
    ('ADV_LY', 'BOS'): 0.87,
    ('AUX', 'AUX'): -0.26,
    ('AUX', 'BOS'): 2.03,
    ('AUX', 'CONJ'): 0.28,
    ('AUX', 'CONTENT'): -0.42,
    ('AUX', 'DET'): 0.95,
    ('AUX', 'NAME'): -0.43,
    ('AUX', 'PERIOD'): 0.32,
    ('AUX', 'PREP'): -0.26,
    ('AUX', 'WH'): 0.4,
    ('COMMA', 'BOS'): 1.79,
    ('COMMA', 'CONTENT'): -0.51,
    ('COMMA', 'DET'): 0.98,
    ('COMMA', 'NAME'): -0.38,
    ('CONJ', 'BOS'): 1.89,
    ('CONJ', 'CONTENT'): -0.55,
    ('CONJ', 'DET'): 1.15,
    ('CONJ', 'NAME'): -0.4,
    ('CONTENT', 'AUX'): -0.37,
    ('CONTENT', 'BOS'): 3.18,
    ('CONTENT', 'DET'): 1.76,
    ('CONTENT', 'NAME'): -0.56,
    ('CONTENT', 'PERIOD'): 0.92,
    ('CONTENT', 'PREP'): -0.55,
    ('CONTENT', 'PRON_OBJ'): -0.36,
    ('CONTENT', 'TO'): -0.45,
    ('DET', 'AUX'): -0.28,
    ('DET', 'BOS'): 2.48,
    ('DET', 'CONTENT'): -0.39,
    ('DET', 'DET'): 1.49,
    ('DET', 'NAME'): -0.43,
    ('DET', 'PREP'): -0.45,
    ('DET', 'TO'): -0.29,
    ('NAME', 'AUX'): -0.37,
    ('NAME', 'BOS'): 2.68,
    ('NAME', 'CONTENT'): -0.26,
    ('NAME', 'DET'): 1.09,
    ('NAME', 'NAME'): -0.61,
    ('NAME', 'PERIOD'): 0.96,
    ('NAME', 'PREP'): -0.33,
    ('NAME', 'VERB_ED'): -0.27,
    ('NEG', 'BOS'): 0.26,
    ('NEWLINE', 'BOS'): 1.53,
    ('NEWLINE', 'CONTENT'): -0.3,
    ('NEWLINE', 'DET'): 0.67,
    ('NEWLINE', 'NEWLINE'): -0.26,
    ('NUMBER', 'BOS'): 1.23,
    ('NUMBER', 'CONTENT'): -0.42,
    ('NUMBER', 'DET'): 0.71,
    ('PERIOD', 'AUX'): -0.26,
    ('PERIOD', 'BOS'): 2.65,
    ('PERIOD', 'CONTENT'): -0.43,
    ('PERIOD', 'DET'): 1.65,
    ('PERIOD', 'NAME'): -0.43,
    ('PERIOD', 'PREP'): -0.37,
    ('PREP', 'BOS'): 2.56,
    ('PREP', 'CONTENT'): -0.36,
    ('PREP', 'DET'): 1.29,
    ('PREP', 'NAME'): -0.43,
    ('PRON_OBJ', 'AUX'): -0.26,
    ('PRON_OBJ', 'BOS'): 1.95,
    ('PRON_OBJ', 'CONTENT'): -0.42,
    ('PRON_OBJ', 'DET'): 0.92,
    ('PRON_OBJ', 'PREP'): -0.32,
    ('PRON_SUBJ', 'BOS'): 2.1,
    ('PRON_SUBJ', 'CONJ'): 0.28,
    ('PRON_SUBJ', 'CONTENT'): -0.46,
    ('PRON_SUBJ', 'DET'): 1.11,
    ('PRON_SUBJ', 'NAME'): -0.31,
    ('PRON_SUBJ', 'PREP'): -0.3,
    ('QUOTE', 'BOS'): 0.96,
    ('QUOTE', 'CONTENT'): -0.27,
    ('QUOTE', 'DET'): 0.6,
    ('TO', 'BOS'): 1.99,
    ('TO', 'CONTENT'): -0.35,
    ('TO', 'DET'): 0.81,
    ('TO', 'NAME'): -0.41,
    ('VERB_ED', 'BOS'): 2.06,
    ('VERB_ED', 'CONTENT'): -0.47,
    ('VERB_ED', 'DET'): 0.93,
    ('VERB_ED', 'NAME'): -0.35,
    ('VERB_ED', 'PREP'): -0.3,
    ('VERB_ING', 'BOS'): 1.74,
    ('VERB_ING', 'CONTENT'): -0.34,
    ('VERB_ING', 'DET'): 0.87,
    ('WH', 'BOS'): 1.45,
    ('WH', 'CONTENT'): -0.46,
    ('WH', 'DET'): 0.82,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 2): 0.39,
    ('AUX', 3): 0.32,
    ('COMMA', 8): -0.31,
    ('CONJ', 8): -0.42,
    ('DET', 1): 0.37,
    ('NAME', 7): 0.25,
    ('NAME', 8): 0.55,
    ('NEWLINE', 8): 0.53,
    ('PERIOD', 0): 0.41,
    ('PERIOD', 1): -0.25,
    ('PERIOD', 8): 0.35,
    ('PRON_OBJ', 1): 0.32,
    ('PRON_SUBJ', 1): 0.62,
    ('QUOTE', 8): 0.26,
    ('TO', 8): -0.3,
    ('VERB_ING', 8): 0.3,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.82,
    1: 1.46,
    2: 1.37,
    3: 1.09,
    4: 0.73,
    5: 0.48,
    6: 0.37,
    7: 0.28,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.6000000238418579, -0.07999999821186066, 0.09000000357627869, -0.11999999731779099, 0.14000000059604645


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
