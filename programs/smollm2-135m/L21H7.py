"""head: L21H7
heldout_iou: 0.379
heldout_iou_no_bos: 0.342
Log-linear fit: strongest class pairs CONTENT->BOS, PREP->BOS, VERB_ED->BOS.

name: L21H7
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PREP->BOS, VERB_ED->BOS
origin: synthesized (search/loglinear)
target: L21H7
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.77,
    ('AUX', 'AUX'): -0.32,
    ('AUX', 'BOS'): 2.05,
    ('AUX', 'CONTENT'): 0.29,
    ('AUX', 'DET'): -0.41,
    ('AUX', 'PERIOD'): 0.26,
    ('COMMA', 'BOS'): 1.45,
    ('COMMA', 'DET'): -0.31,
    ('COMMA', 'PRON_SUBJ'): 0.26,
    ('CONJ', 'BOS'): 1.78,
    ('CONJ', 'DET'): -0.3,
    ('CONJ', 'NAME'): 0.27,
    ('CONTENT', 'AUX'): -0.29,
    ('CONTENT', 'BOS'): 3.43,
    ('CONTENT', 'CONTENT'): 0.42,
    ('CONTENT', 'PREP'): 0.27,
    ('CONTENT', 'QUOTE'): 0.48,
    ('CONTENT', 'VERB_ING'): 0.46,
    ('DET', 'AUX'): -0.32,
    ('DET', 'BOS'): 2.01,
    ('DET', 'DET'): -0.27,
    ('DET', 'PREP'): 0.28,
    ('NAME', 'AUX'): -0.29,
    ('NAME', 'BOS'): 2.18,
    ('NAME', 'CONTENT'): 0.29,
    ('NAME', 'DET'): -0.5,
    ('NEG', 'BOS'): 0.44,
    ('NEWLINE', 'BOS'): 1.67,
    ('NEWLINE', 'CONTENT'): -0.29,
    ('NUMBER', 'BOS'): 1.27,
    ('PERIOD', 'BOS'): 2.05,
    ('PERIOD', 'DET'): -0.43,
    ('PERIOD', 'NAME'): 0.28,
    ('PERIOD', 'PREP'): -0.31,
    ('PERIOD', 'PRON_SUBJ'): 0.36,
    ('PREP', 'AUX'): -0.29,
    ('PREP', 'BOS'): 2.57,
    ('PREP', 'DET'): -0.41,
    ('PREP', 'PRON_SUBJ'): -0.25,
    ('PRON_OBJ', 'BOS'): 2.01,
    ('PRON_OBJ', 'DET'): -0.34,
    ('PRON_SUBJ', 'AUX'): -0.32,
    ('PRON_SUBJ', 'BOS'): 1.55,
    ('PRON_SUBJ', 'DET'): -0.43,
    ('PRON_SUBJ', 'NAME'): -0.29,
    ('PRON_SUBJ', 'PERIOD'): 0.44,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.3,
    ('QUOTE', 'BOS'): 0.55,
    ('QUOTE', 'PRON_SUBJ'): 0.29,
    ('TO', 'BOS'): 1.65,
    ('TO', 'DET'): -0.28,
    ('TO', 'NAME'): -0.29,
    ('TO', 'PERIOD'): 0.28,
    ('VERB_ED', 'BOS'): 2.34,
    ('VERB_ED', 'DET'): -0.42,
    ('VERB_ING', 'BOS'): 2.28,
    ('VERB_ING', 'DET'): -0.26,
    ('WH', 'BOS'): 1.58,
    ('WH', 'DET'): -0.27,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 8): -0.31,
    ('CONJ', 8): -0.26,
    ('CONTENT', 2): 0.31,
    ('CONTENT', 8): -0.39,
    ('DET', 0): 0.55,
    ('DET', 1): 0.42,
    ('NAME', 2): 0.37,
    ('NAME', 3): 0.32,
    ('NAME', 8): -0.27,
    ('NEWLINE', 8): 0.42,
    ('PREP', 0): 0.5,
    ('PRON_OBJ', 1): 0.27,
    ('PRON_OBJ', 8): 0.27,
    ('TO', 1): -0.27,
    ('TO', 2): -0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.38,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8199999928474426, 0.8600000143051147, -0.38999998569488525, -0.6200000047683716, -0.44999998807907104


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
