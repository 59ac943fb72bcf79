"""head: L9H7
heldout_iou: 0.345
heldout_iou_no_bos: 0.273
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PRON_SUBJ->BOS.

name: L9H7
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PRON_SUBJ->BOS
origin: synthesized (search/loglinear)
target: L9H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.99,
    ('AUX', 'AUX'): -0.26,
    ('AUX', 'BOS'): 2.56,
    ('AUX', 'DET'): 1.5,
    ('AUX', 'PREP'): -0.26,
    ('COMMA', 'BOS'): 1.64,
    ('COMMA', 'CONTENT'): -0.51,
    ('COMMA', 'DET'): 0.81,
    ('COMMA', 'NAME'): -0.39,
    ('COMMA', 'PERIOD'): 0.53,
    ('CONJ', 'BOS'): 2.39,
    ('CONJ', 'CONTENT'): -0.47,
    ('CONJ', 'DET'): 1.45,
    ('CONJ', 'NAME'): -0.31,
    ('CONTENT', 'BOS'): 3.68,
    ('CONTENT', 'COMMA'): -0.27,
    ('CONTENT', 'CONJ'): -0.35,
    ('CONTENT', 'CONTENT'): 0.52,
    ('CONTENT', 'DET'): 2.24,
    ('CONTENT', 'NUMBER'): 0.37,
    ('CONTENT', 'PERIOD'): -0.36,
    ('CONTENT', 'PREP'): -0.4,
    ('CONTENT', 'PRON_OBJ'): -0.38,
    ('CONTENT', 'PRON_SUBJ'): -0.36,
    ('CONTENT', 'TO'): -0.42,
    ('CONTENT', 'VERB_ED'): 0.44,
    ('CONTENT', 'VERB_ING'): 0.4,
    ('DET', 'BOS'): 2.68,
    ('DET', 'DET'): 1.61,
    ('DET', 'NAME'): -0.29,
    ('NAME', 'BOS'): 3.23,
    ('NAME', 'DET'): 1.86,
    ('NAME', 'NUMBER'): 0.33,
    ('NEG', 'BOS'): 0.5,
    ('NEG', 'DET'): 0.41,
    ('NEWLINE', 'BOS'): 1.01,
    ('NEWLINE', 'CONTENT'): -0.47,
    ('NEWLINE', 'DET'): 0.28,
    ('NEWLINE', 'NEWLINE'): 0.45,
    ('NUMBER', 'BOS'): 1.35,
    ('NUMBER', 'DET'): 0.87,
    ('PERIOD', 'AUX'): -0.26,
    ('PERIOD', 'BOS'): 1.53,
    ('PERIOD', 'COMMA'): 0.36,
    ('PERIOD', 'CONTENT'): -0.77,
    ('PERIOD', 'DET'): 0.34,
    ('PERIOD', 'NAME'): -0.45,
    ('PERIOD', 'NEWLINE'): 1.09,
    ('PERIOD', 'PERIOD'): 1.76,
    ('PERIOD', 'PREP'): -0.42,
    ('PERIOD', 'QUOTE'): 0.47,
    ('PERIOD', 'VERB_ED'): -0.26,
    ('PREP', 'BOS'): 2.33,
    ('PREP', 'CONTENT'): 0.32,
    ('PREP', 'DET'): 0.91,
    ('PREP', 'NAME'): -0.28,
    ('PREP', 'PERIOD'): -0.25,
    ('PREP', 'VERB_ED'): 0.83,
    ('PREP', 'VERB_ING'): 0.53,
    ('PRON_OBJ', 'BOS'): 2.51,
    ('PRON_OBJ', 'DET'): 1.3,
    ('PRON_OBJ', 'PREP'): -0.3,
    ('PRON_SUBJ', 'BOS'): 2.71,
    ('PRON_SUBJ', 'DET'): 1.67,
    ('QUOTE', 'BOS'): 0.37,
    ('QUOTE', 'CONTENT'): -0.33,
    ('QUOTE', 'NEWLINE'): 0.34,
    ('QUOTE', 'QUOTE'): 0.45,
    ('TO', 'AUX'): -0.29,
    ('TO', 'BOS'): 2.12,
    ('TO', 'DET'): 0.8,
    ('TO', 'NAME'): -0.37,
    ('TO', 'TO'): -0.36,
    ('VERB_ED', 'BOS'): 2.54,
    ('VERB_ED', 'DET'): 1.2,
    ('VERB_ING', 'BOS'): 1.88,
    ('VERB_ING', 'DET'): 1.02,
    ('WH', 'BOS'): 1.6,
    ('WH', 'DET'): 0.81,
    ('WH', 'PERIOD'): -0.27,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 8): -0.39,
    ('CONJ', 1): -0.29,
    ('CONTENT', 1): -0.54,
    ('NAME', 3): -0.31,
    ('NAME', 8): 0.48,
    ('NEWLINE', 8): 0.35,
    ('PERIOD', 1): -0.38,
    ('PERIOD', 7): 0.27,
    ('PERIOD', 8): 0.39,
    ('PREP', 1): 0.71,
    ('PREP', 2): 0.3,
    ('PREP', 3): 0.34,
    ('PREP', 8): -0.83,
    ('PRON_OBJ', 1): 0.53,
    ('PRON_SUBJ', 8): 0.27,
    ('QUOTE', 8): -0.33,
    ('TO', 1): 0.36,
    ('TO', 8): -0.38,
    ('WH', 1): 0.39,
    ('WH', 8): -0.35,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.65,
    1: 1.96,
    2: 1.22,
    3: 0.9,
    4: 0.64,
    5: 0.35,
    6: 0.3,
    7: 0.25,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8999999761581421, -0.10999999940395355, 0.1899999976158142, -0.20000000298023224, 0.30000001192092896


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
