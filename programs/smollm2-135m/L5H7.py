"""head: L5H7
heldout_iou: 0.317
heldout_iou_no_bos: 0.281
Log-linear fit: strongest class pairs NAME->BOS, CONTENT->BOS, PERIOD->BOS.

name: L5H7
description: softmax over class-pair, distance and lexical terms; strongest pairs NAME->BOS, CONTENT->BOS, PERIOD->BOS
origin: synthesized (search/loglinear)
target: L5H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.81,
    ('AUX', 'BOS'): 1.61,
    ('AUX', 'CONTENT'): -0.29,
    ('AUX', 'DET'): 1.16,
    ('AUX', 'NAME'): -0.47,
    ('AUX', 'PRON_SUBJ'): 0.93,
    ('COMMA', 'BOS'): 2.22,
    ('COMMA', 'CONTENT'): -0.47,
    ('COMMA', 'DET'): 1.84,
    ('CONJ', 'BOS'): 2.32,
    ('CONJ', 'CONTENT'): -0.51,
    ('CONJ', 'DET'): 1.96,
    ('CONTENT', 'BOS'): 3.1,
    ('CONTENT', 'DET'): 1.94,
    ('CONTENT', 'NAME'): -0.44,
    ('CONTENT', 'PERIOD'): -0.51,
    ('CONTENT', 'PREP'): -0.5,
    ('CONTENT', 'PRON_SUBJ'): 1.02,
    ('DET', 'BOS'): 2.47,
    ('DET', 'CONTENT'): -0.4,
    ('DET', 'DET'): 1.87,
    ('DET', 'NAME'): -0.39,
    ('DET', 'PREP'): -0.65,
    ('DET', 'TO'): -0.43,
    ('NAME', 'BOS'): 3.13,
    ('NAME', 'CONTENT'): -0.26,
    ('NAME', 'DET'): 2.27,
    ('NAME', 'NUMBER'): 0.45,
    ('NEWLINE', 'BOS'): 1.55,
    ('NEWLINE', 'CONTENT'): -0.31,
    ('NEWLINE', 'DET'): 1.24,
    ('NEWLINE', 'NEWLINE'): -0.37,
    ('NEWLINE', 'PERIOD'): -0.31,
    ('NUMBER', 'BOS'): 1.26,
    ('NUMBER', 'CONTENT'): -0.53,
    ('NUMBER', 'DET'): 1.2,
    ('PERIOD', 'BOS'): 2.86,
    ('PERIOD', 'CONTENT'): -0.42,
    ('PERIOD', 'DET'): 2.53,
    ('PERIOD', 'NAME'): -0.31,
    ('PERIOD', 'NUMBER'): 0.36,
    ('PERIOD', 'PERIOD'): -0.37,
    ('PERIOD', 'PREP'): -0.3,
    ('PREP', 'BOS'): 2.09,
    ('PREP', 'CONTENT'): -0.3,
    ('PREP', 'DET'): 1.13,
    ('PREP', 'NAME'): -0.42,
    ('PREP', 'PERIOD'): -0.39,
    ('PREP', 'PREP'): -0.37,
    ('PRON_OBJ', 'BOS'): 2.1,
    ('PRON_OBJ', 'CONTENT'): -0.5,
    ('PRON_OBJ', 'DET'): 1.25,
    ('PRON_OBJ', 'PREP'): -0.4,
    ('PRON_SUBJ', 'BOS'): 2.23,
    ('PRON_SUBJ', 'CONTENT'): -0.57,
    ('PRON_SUBJ', 'DET'): 1.5,
    ('PRON_SUBJ', 'NAME'): -0.27,
    ('PRON_SUBJ', 'PREP'): -0.37,
    ('QUOTE', 'BOS'): 0.97,
    ('QUOTE', 'CONTENT'): -0.34,
    ('QUOTE', 'DET'): 0.97,
    ('TO', 'BOS'): 1.02,
    ('TO', 'DET'): 0.51,
    ('TO', 'NAME'): -0.32,
    ('TO', 'PRON_SUBJ'): 0.4,
    ('TO', 'TO'): -0.32,
    ('TO', 'VERB_ED'): 0.27,
    ('VERB_ED', 'BOS'): 1.85,
    ('VERB_ED', 'CONTENT'): -0.38,
    ('VERB_ED', 'DET'): 0.9,
    ('VERB_ED', 'NAME'): -0.28,
    ('VERB_ED', 'PRON_SUBJ'): 0.77,
    ('VERB_ING', 'BOS'): 1.44,
    ('VERB_ING', 'CONTENT'): -0.27,
    ('VERB_ING', 'DET'): 0.99,
    ('WH', 'BOS'): 1.5,
    ('WH', 'CONTENT'): -0.35,
    ('WH', 'DET'): 1.19,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 0): 0.26,
    ('AUX', 1): 0.69,
    ('AUX', 8): -0.57,
    ('COMMA', 1): -0.32,
    ('COMMA', 2): -0.35,
    ('CONTENT', 1): -0.25,
    ('DET', 0): -0.33,
    ('DET', 1): 0.35,
    ('DET', 2): 0.28,
    ('NAME', 0): -0.28,
    ('NAME', 1): -0.42,
    ('NAME', 2): -0.28,
    ('NAME', 3): -0.41,
    ('NAME', 8): 0.58,
    ('NEG', 2): 0.26,
    ('NEG', 8): -0.29,
    ('NEWLINE', 1): -0.35,
    ('NEWLINE', 8): 0.64,
    ('PERIOD', 1): -0.64,
    ('PERIOD', 2): -0.34,
    ('PERIOD', 8): 0.72,
    ('PREP', 1): 0.67,
    ('PREP', 8): -0.67,
    ('PRON_OBJ', 0): 0.33,
    ('PRON_SUBJ', 0): 0.29,
    ('QUOTE', 8): 0.38,
    ('TO', 1): 0.7,
    ('TO', 2): 0.28,
    ('TO', 8): -0.8,
    ('VERB_ED', 8): -0.44,
    ('VERB_ING', 1): -0.32,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.56,
    1: 2.91,
    2: 1.84,
    3: 0.98,
    4: 0.54,
    5: 0.39,
    6: 0.34,
    7: 0.29,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5600000023841858, -0.8100000023841858, 0.1599999964237213, -0.14000000059604645, 0.3100000023841858


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
