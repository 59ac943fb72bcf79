"""head: L17H8
heldout_iou: 0.582
heldout_iou_no_bos: 0.611
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PREP->BOS.

name: L17H8
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L17H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.52,
    ('AUX', 'BOS'): 2.68,
    ('AUX', 'CONTENT'): -0.33,
    ('AUX', 'PERIOD'): 0.29,
    ('COMMA', 'BOS'): 2.27,
    ('COMMA', 'CONTENT'): -0.4,
    ('CONJ', 'BOS'): 2.55,
    ('CONJ', 'CONTENT'): -0.38,
    ('CONTENT', 'BOS'): 4.36,
    ('CONTENT', 'DET'): -0.49,
    ('CONTENT', 'PERIOD'): 0.59,
    ('CONTENT', 'QUOTE'): 0.28,
    ('DET', 'BOS'): 3.16,
    ('DET', 'CONTENT'): -0.42,
    ('DET', 'NAME'): -0.32,
    ('DET', 'PERIOD'): 0.46,
    ('NAME', 'BOS'): 3.74,
    ('NAME', 'CONTENT'): -0.28,
    ('NAME', 'DET'): -0.32,
    ('NAME', 'NEWLINE'): 0.25,
    ('NEG', 'BOS'): 0.58,
    ('NEWLINE', 'BOS'): 1.3,
    ('NEWLINE', 'CONTENT'): -0.35,
    ('NUMBER', 'BOS'): 1.44,
    ('NUMBER', 'CONTENT'): -0.4,
    ('NUMBER', 'PERIOD'): 0.26,
    ('PERIOD', 'BOS'): 3.01,
    ('PERIOD', 'CONTENT'): -0.46,
    ('PERIOD', 'NAME'): -0.32,
    ('PREP', 'BOS'): 3.33,
    ('PREP', 'CONTENT'): -0.41,
    ('PREP', 'NAME'): -0.29,
    ('PREP', 'VERB_ED'): -0.25,
    ('PRON_OBJ', 'BOS'): 2.82,
    ('PRON_OBJ', 'CONTENT'): -0.34,
    ('PRON_SUBJ', 'BOS'): 2.63,
    ('PRON_SUBJ', 'CONTENT'): -0.33,
    ('PRON_SUBJ', 'PERIOD'): 0.43,
    ('QUOTE', 'BOS'): 0.99,
    ('TO', 'BOS'): 2.32,
    ('TO', 'CONTENT'): -0.44,
    ('TO', 'NAME'): -0.25,
    ('VERB_ED', 'BOS'): 2.86,
    ('VERB_ED', 'CONTENT'): -0.29,
    ('VERB_ED', 'DET'): -0.31,
    ('VERB_ING', 'BOS'): 2.34,
    ('VERB_ING', 'CONTENT'): -0.25,
    ('WH', 'BOS'): 2.23,
    ('WH', 'CONTENT'): -0.37,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 0): 0.5,
    ('CONTENT', 1): 0.32,
    ('CONTENT', 2): 0.26,
    ('CONTENT', 8): -0.52,
    ('PERIOD', 8): -0.27,
    ('PRON_SUBJ', 8): -0.35,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 3.9,
    1: 4.39,
    2: 3.45,
    3: 2.27,
    4: 1.44,
    5: 1.14,
    6: 1.0,
    7: 0.63,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.10999999940395355, -0.4099999964237213, 0.6000000238418579, -0.75, 0.5299999713897705


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
