"""head: L8H6
heldout_iou: 0.419
heldout_iou_no_bos: 0.386
Log-linear fit: strongest class pairs PERIOD->BOS, CONTENT->BOS, NAME->BOS.

name: L8H6
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->BOS, CONTENT->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L8H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.62,
    ('AUX', 'BOS'): 2.05,
    ('AUX', 'DET'): 1.2,
    ('AUX', 'NAME'): -0.25,
    ('COMMA', 'BOS'): 2.03,
    ('COMMA', 'CONTENT'): -0.29,
    ('COMMA', 'DET'): 1.42,
    ('CONJ', 'BOS'): 1.72,
    ('CONJ', 'CONTENT'): -0.43,
    ('CONJ', 'DET'): 1.0,
    ('CONJ', 'NAME'): -0.29,
    ('CONJ', 'WH'): 0.33,
    ('CONTENT', 'BOS'): 2.48,
    ('CONTENT', 'CONJ'): -0.31,
    ('CONTENT', 'CONTENT'): 0.44,
    ('CONTENT', 'DET'): 1.32,
    ('CONTENT', 'PRON_SUBJ'): -0.32,
    ('CONTENT', 'TO'): -0.26,
    ('DET', 'BOS'): 2.18,
    ('DET', 'DET'): 1.31,
    ('DET', 'NAME'): -0.27,
    ('NAME', 'AUX'): -0.29,
    ('NAME', 'BOS'): 2.28,
    ('NAME', 'DET'): 1.1,
    ('NAME', 'NAME'): 0.3,
    ('NEG', 'BOS'): 0.25,
    ('NEWLINE', 'BOS'): 1.44,
    ('NEWLINE', 'CONTENT'): -0.27,
    ('NEWLINE', 'DET'): 0.81,
    ('NUMBER', 'BOS'): 1.03,
    ('NUMBER', 'DET'): 0.69,
    ('PERIOD', 'BOS'): 2.56,
    ('PERIOD', 'DET'): 1.77,
    ('PERIOD', 'NUMBER'): 0.33,
    ('PERIOD', 'PERIOD'): -0.35,
    ('PREP', 'BOS'): 2.23,
    ('PREP', 'DET'): 1.3,
    ('PREP', 'NAME'): -0.31,
    ('PRON_OBJ', 'BOS'): 1.88,
    ('PRON_OBJ', 'DET'): 1.14,
    ('PRON_SUBJ', 'BOS'): 2.14,
    ('PRON_SUBJ', 'DET'): 1.35,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.27,
    ('QUOTE', 'BOS'): 0.9,
    ('QUOTE', 'CONTENT'): -0.27,
    ('QUOTE', 'DET'): 0.62,
    ('TO', 'BOS'): 1.77,
    ('TO', 'DET'): 0.97,
    ('TO', 'NAME'): -0.29,
    ('VERB_ED', 'BOS'): 1.68,
    ('VERB_ED', 'DET'): 0.56,
    ('VERB_ING', 'BOS'): 1.23,
    ('VERB_ING', 'DET'): 0.58,
    ('WH', 'BOS'): 1.52,
    ('WH', 'DET'): 0.93,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONJ', 8): -0.26,
    ('CONTENT', 8): -0.28,
    ('DET', 1): 0.39,
    ('NEWLINE', 8): 0.38,
    ('NUMBER', 1): 0.32,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.4,
    2: 0.31,
    3: 0.27,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5299999713897705, -0.30000001192092896, 0.03999999910593033, -0.029999999329447746, 0.14000000059604645


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
