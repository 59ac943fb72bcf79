"""head: L16H3
heldout_iou: 0.471
heldout_iou_no_bos: 0.396
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PREP->BOS.

name: L16H3
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L16H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.93,
    ('AUX', 'AUX'): -0.27,
    ('AUX', 'BOS'): 2.31,
    ('AUX', 'DET'): -0.4,
    ('COMMA', 'BOS'): 1.83,
    ('COMMA', 'DET'): -0.29,
    ('CONJ', 'BOS'): 2.2,
    ('CONJ', 'DET'): -0.29,
    ('CONTENT', 'AUX'): -0.37,
    ('CONTENT', 'BOS'): 3.87,
    ('CONTENT', 'CONJ'): -0.29,
    ('CONTENT', 'CONTENT'): 0.49,
    ('CONTENT', 'DET'): -0.66,
    ('CONTENT', 'NAME'): 0.3,
    ('CONTENT', 'PERIOD'): 0.34,
    ('CONTENT', 'TO'): -0.39,
    ('CONTENT', 'VERB_ING'): 0.41,
    ('DET', 'BOS'): 2.94,
    ('DET', 'DET'): -0.36,
    ('DET', 'PERIOD'): 0.4,
    ('NAME', 'AUX'): -0.26,
    ('NAME', 'BOS'): 3.6,
    ('NAME', 'DET'): -0.41,
    ('NAME', 'NAME'): 0.44,
    ('NAME', 'PREP'): -0.25,
    ('NEG', 'BOS'): 0.42,
    ('NEWLINE', 'BOS'): 1.14,
    ('NEWLINE', 'CONTENT'): -0.39,
    ('NUMBER', 'BOS'): 1.94,
    ('PERIOD', 'BOS'): 1.65,
    ('PERIOD', 'DET'): -0.43,
    ('PERIOD', 'NAME'): 0.28,
    ('PREP', 'BOS'): 3.11,
    ('PREP', 'DET'): -0.33,
    ('PRON_OBJ', 'BOS'): 2.6,
    ('PRON_OBJ', 'DET'): -0.31,
    ('PRON_OBJ', 'PREP'): -0.27,
    ('PRON_SUBJ', 'BOS'): 2.19,
    ('PRON_SUBJ', 'DET'): -0.4,
    ('PRON_SUBJ', 'PREP'): -0.26,
    ('QUOTE', 'BOS'): 0.82,
    ('TO', 'BOS'): 2.07,
    ('VERB_ED', 'BOS'): 2.69,
    ('VERB_ED', 'DET'): -0.4,
    ('VERB_ING', 'BOS'): 2.57,
    ('VERB_ING', 'DET'): -0.29,
    ('WH', 'BOS'): 1.78,
    ('WH', 'DET'): -0.25,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): 0.28,
    ('COMMA', 8): -0.3,
    ('CONJ', 8): -0.36,
    ('NAME', 0): 0.25,
    ('NAME', 8): 0.25,
    ('PRON_OBJ', 8): 0.4,
    ('VERB_ING', 8): 0.36,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.6,
    2: 0.5,
    3: 0.45,
    4: 0.41,
    5: 0.37,
    6: 0.31,
    7: 0.26,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5199999809265137, 0.10999999940395355, 0.12999999523162842, -0.6299999952316284, -0.15000000596046448


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
