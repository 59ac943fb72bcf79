"""head: L21H0
heldout_iou: 0.481
heldout_iou_no_bos: 0.451
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS.

name: L21H0
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS
origin: synthesized (search/loglinear)
target: L21H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.3,
    ('ADV_LY', 'BOS'): 0.98,
    ('AUX', 'BOS'): 2.78,
    ('AUX', 'CONTENT'): -0.68,
    ('AUX', 'NAME'): -0.56,
    ('AUX', 'PERIOD'): 0.43,
    ('AUX', 'WH'): 0.53,
    ('COMMA', 'BOS'): 2.9,
    ('COMMA', 'CONTENT'): -0.7,
    ('COMMA', 'NAME'): -0.37,
    ('COMMA', 'PERIOD'): 0.62,
    ('COMMA', 'QUOTE'): 0.28,
    ('CONJ', 'BOS'): 3.15,
    ('CONJ', 'CONTENT'): -0.8,
    ('CONJ', 'NAME'): -0.38,
    ('CONJ', 'PERIOD'): 0.54,
    ('CONTENT', 'BOS'): 4.44,
    ('CONTENT', 'CONTENT'): -0.41,
    ('CONTENT', 'NAME'): -0.75,
    ('CONTENT', 'NEG'): 0.38,
    ('CONTENT', 'NEWLINE'): 0.26,
    ('CONTENT', 'PERIOD'): 0.6,
    ('CONTENT', 'PRON_SUBJ'): -0.45,
    ('CONTENT', 'QUOTE'): 0.44,
    ('CONTENT', 'WH'): 0.41,
    ('DET', 'BOS'): 3.33,
    ('DET', 'CONTENT'): -0.46,
    ('DET', 'DET'): -0.29,
    ('DET', 'NAME'): -0.45,
    ('DET', 'PERIOD'): 0.28,
    ('DET', 'PREP'): 0.48,
    ('DET', 'TO'): 0.27,
    ('NAME', 'AUX'): -0.4,
    ('NAME', 'BOS'): 3.73,
    ('NAME', 'CONTENT'): -0.49,
    ('NAME', 'DET'): -0.39,
    ('NAME', 'NAME'): -1.07,
    ('NAME', 'WH'): 0.59,
    ('NEG', 'BOS'): 0.77,
    ('NEG', 'CONTENT'): -0.27,
    ('NEWLINE', 'BOS'): 2.01,
    ('NEWLINE', 'CONTENT'): -0.54,
    ('NEWLINE', 'PERIOD'): 0.25,
    ('NUMBER', 'BOS'): 2.1,
    ('NUMBER', 'CONTENT'): -0.53,
    ('PERIOD', 'BOS'): 3.26,
    ('PERIOD', 'CONTENT'): -0.93,
    ('PERIOD', 'DET'): -0.38,
    ('PERIOD', 'NAME'): -0.43,
    ('PERIOD', 'PERIOD'): 1.62,
    ('PERIOD', 'PREP'): -0.26,
    ('PREP', 'BOS'): 3.43,
    ('PREP', 'CONTENT'): -0.6,
    ('PREP', 'NAME'): -0.44,
    ('PREP', 'PREP'): -0.31,
    ('PREP', 'VERB_ED'): -0.29,
    ('PRON_OBJ', 'BOS'): 2.8,
    ('PRON_OBJ', 'CONTENT'): -0.28,
    ('PRON_SUBJ', 'BOS'): 2.12,
    ('PRON_SUBJ', 'CONTENT'): -0.64,
    ('PRON_SUBJ', 'DET'): -0.31,
    ('PRON_SUBJ', 'NAME'): -0.32,
    ('PRON_SUBJ', 'PERIOD'): 0.3,
    ('PRON_SUBJ', 'WH'): 0.57,
    ('PUNCT', 'BOS'): 0.33,
    ('QUOTE', 'BOS'): 1.39,
    ('QUOTE', 'CONTENT'): -0.31,
    ('TO', 'BOS'): 2.31,
    ('TO', 'CONTENT'): -0.36,
    ('TO', 'NAME'): -0.38,
    ('VERB_ED', 'BOS'): 3.6,
    ('VERB_ED', 'CONTENT'): -0.67,
    ('VERB_ED', 'DET'): -0.29,
    ('VERB_ING', 'BOS'): 2.83,
    ('VERB_ING', 'CONTENT'): -0.35,
    ('WH', 'BOS'): 2.92,
    ('WH', 'CONTENT'): -0.5,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 2): 0.41,
    ('AUX', 8): -0.38,
    ('COMMA', 1): -0.46,
    ('COMMA', 2): -0.29,
    ('COMMA', 8): 0.28,
    ('CONJ', 0): 0.26,
    ('CONJ', 1): -0.46,
    ('CONJ', 2): -0.27,
    ('CONTENT', 2): 0.43,
    ('CONTENT', 3): 0.29,
    ('CONTENT', 7): -0.37,
    ('CONTENT', 8): -1.14,
    ('DET', 1): 0.72,
    ('DET', 8): -0.31,
    ('NAME', 0): -0.31,
    ('NAME', 8): -0.31,
    ('NEWLINE', 8): 0.39,
    ('PERIOD', 1): -0.43,
    ('PERIOD', 7): 0.29,
    ('PERIOD', 8): 0.99,
    ('PREP', 8): -0.31,
    ('PRON_OBJ', 1): 0.73,
    ('PRON_SUBJ', 0): 0.33,
    ('PRON_SUBJ', 1): 1.08,
    ('PRON_SUBJ', 8): -0.32,
    ('VERB_ING', 8): 0.32,
    ('WH', 8): 0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.48,
    1: 2.86,
    2: 2.04,
    3: 1.38,
    4: 0.89,
    5: 0.52,
    6: 0.4,
    7: 0.3,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8799999952316284, -0.3499999940395355, 0.7900000214576721, -0.6499999761581421, 0.3700000047683716


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
