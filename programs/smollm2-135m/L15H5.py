"""head: L15H5
heldout_iou: 0.497
heldout_iou_no_bos: 0.462
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PERIOD->BOS.

name: L15H5
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PERIOD->BOS
origin: synthesized (search/loglinear)
target: L15H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.84,
    ('AUX', 'AUX'): -0.25,
    ('AUX', 'BOS'): 1.85,
    ('AUX', 'DET'): -0.51,
    ('AUX', 'NAME'): -0.32,
    ('AUX', 'PERIOD'): 0.7,
    ('AUX', 'PRON_SUBJ'): -0.29,
    ('COMMA', 'BOS'): 2.16,
    ('COMMA', 'DET'): -0.29,
    ('COMMA', 'NAME'): -0.25,
    ('COMMA', 'PERIOD'): 0.61,
    ('CONJ', 'BOS'): 2.29,
    ('CONJ', 'DET'): -0.36,
    ('CONJ', 'NAME'): -0.27,
    ('CONJ', 'PERIOD'): 0.65,
    ('CONTENT', 'AUX'): -0.37,
    ('CONTENT', 'BOS'): 3.45,
    ('CONTENT', 'DET'): -0.64,
    ('CONTENT', 'NAME'): -0.35,
    ('CONTENT', 'PERIOD'): 0.99,
    ('CONTENT', 'PRON_OBJ'): -0.29,
    ('CONTENT', 'PRON_SUBJ'): -0.4,
    ('CONTENT', 'TO'): -0.31,
    ('DET', 'BOS'): 2.26,
    ('DET', 'DET'): -0.52,
    ('DET', 'PERIOD'): 0.83,
    ('NAME', 'BOS'): 3.3,
    ('NAME', 'DET'): -0.4,
    ('NAME', 'PERIOD'): 0.45,
    ('NEG', 'BOS'): 0.41,
    ('NEWLINE', 'BOS'): 1.81,
    ('NEWLINE', 'CONTENT'): -0.46,
    ('NUMBER', 'BOS'): 1.51,
    ('NUMBER', 'PERIOD'): 0.3,
    ('PERIOD', 'BOS'): 2.94,
    ('PERIOD', 'DET'): -0.4,
    ('PERIOD', 'PERIOD'): 0.81,
    ('PREP', 'AUX'): -0.26,
    ('PREP', 'BOS'): 2.56,
    ('PREP', 'DET'): -0.48,
    ('PREP', 'NAME'): -0.27,
    ('PREP', 'PERIOD'): 0.53,
    ('PRON_OBJ', 'BOS'): 2.14,
    ('PRON_OBJ', 'DET'): -0.37,
    ('PRON_OBJ', 'PERIOD'): 0.37,
    ('PRON_SUBJ', 'BOS'): 2.16,
    ('PRON_SUBJ', 'DET'): -0.48,
    ('PRON_SUBJ', 'NAME'): -0.3,
    ('PRON_SUBJ', 'PERIOD'): 0.65,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.28,
    ('QUOTE', 'BOS'): 1.21,
    ('TO', 'BOS'): 1.53,
    ('TO', 'DET'): -0.35,
    ('TO', 'NAME'): -0.28,
    ('TO', 'PERIOD'): 0.6,
    ('VERB_ED', 'AUX'): -0.25,
    ('VERB_ED', 'BOS'): 2.23,
    ('VERB_ED', 'DET'): -0.43,
    ('VERB_ED', 'PERIOD'): 0.47,
    ('VERB_ING', 'BOS'): 2.17,
    ('VERB_ING', 'DET'): -0.32,
    ('WH', 'BOS'): 1.82,
    ('WH', 'DET'): -0.31,
    ('WH', 'PERIOD'): 0.4,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 8): -0.27,
    ('PERIOD', 8): 0.28,
    ('VERB_ED', 1): -0.28,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.16,
    1: 1.06,
    2: 0.79,
    3: 0.63,
    4: 0.49,
    5: 0.38,
    6: 0.29,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.25, 0.019999999552965164, -0.0, -0.3499999940395355, 0.07999999821186066


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
