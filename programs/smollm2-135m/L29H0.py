"""head: L29H0
heldout_iou: 0.547
heldout_iou_no_bos: 0.544
Log-linear fit: strongest class pairs CONTENT->BOS, PRON_SUBJ->BOS, NAME->BOS.

name: L29H0
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PRON_SUBJ->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L29H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.25,
    ('ADV_LY', 'BOS'): 1.18,
    ('AUX', 'BOS'): 3.08,
    ('AUX', 'CONTENT'): -0.44,
    ('AUX', 'DET'): -0.25,
    ('COMMA', 'BOS'): 2.2,
    ('COMMA', 'CONTENT'): -0.47,
    ('COMMA', 'PERIOD'): 0.64,
    ('CONJ', 'BOS'): 2.53,
    ('CONJ', 'CONTENT'): -0.52,
    ('CONJ', 'DET'): -0.26,
    ('CONJ', 'PERIOD'): 0.4,
    ('CONTENT', 'BOS'): 4.16,
    ('CONTENT', 'PERIOD'): 0.6,
    ('CONTENT', 'PREP'): -0.4,
    ('CONTENT', 'PRON_SUBJ'): 0.32,
    ('DET', 'BOS'): 2.63,
    ('DET', 'CONTENT'): -0.26,
    ('DET', 'DET'): 0.29,
    ('NAME', 'BOS'): 3.24,
    ('NAME', 'CONTENT'): -0.33,
    ('NEG', 'BOS'): 1.09,
    ('NEG', 'CONTENT'): -0.28,
    ('NEWLINE', 'BOS'): 1.38,
    ('NEWLINE', 'CONTENT'): -0.45,
    ('NEWLINE', 'PERIOD'): 0.29,
    ('NUMBER', 'BOS'): 1.98,
    ('NUMBER', 'CONTENT'): -0.35,
    ('PERIOD', 'BOS'): 2.24,
    ('PERIOD', 'CONTENT'): -0.63,
    ('PERIOD', 'DET'): -0.38,
    ('PERIOD', 'NAME'): -0.32,
    ('PERIOD', 'PERIOD'): 0.73,
    ('PERIOD', 'PREP'): -0.27,
    ('PREP', 'BOS'): 2.85,
    ('PREP', 'CONTENT'): -0.33,
    ('PREP', 'NAME'): -0.25,
    ('PREP', 'PERIOD'): 0.32,
    ('PRON_OBJ', 'BOS'): 2.43,
    ('PRON_OBJ', 'CONTENT'): -0.31,
    ('PRON_SUBJ', 'BOS'): 3.61,
    ('PRON_SUBJ', 'CONTENT'): -0.49,
    ('QUOTE', 'BOS'): 0.69,
    ('QUOTE', 'CONTENT'): -0.32,
    ('TO', 'BOS'): 2.57,
    ('TO', 'CONTENT'): -0.42,
    ('TO', 'TO'): -0.25,
    ('VERB_ED', 'BOS'): 2.96,
    ('VERB_ED', 'CONTENT'): -0.45,
    ('VERB_ED', 'DET'): -0.33,
    ('VERB_ING', 'BOS'): 2.64,
    ('VERB_ING', 'CONTENT'): -0.37,
    ('WH', 'BOS'): 2.22,
    ('WH', 'CONTENT'): -0.52,
    ('WH', 'PERIOD'): 0.36,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 0): 0.25,
    ('CONTENT', 8): -0.33,
    ('DET', 8): -0.5,
    ('NAME', 0): 0.33,
    ('NEG', 8): 0.29,
    ('PREP', 8): -0.26,
    ('PRON_SUBJ', 8): 0.44,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 3.24,
    1: 1.84,
    2: 1.0,
    3: 0.57,
    4: 0.51,
    5: 0.43,
    6: 0.31,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.7799999713897705, -0.019999999552965164, 0.07999999821186066, -0.36000001430511475, 0.4000000059604645


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
