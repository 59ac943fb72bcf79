"""head: L3H6
heldout_iou: 0.456
heldout_iou_no_bos: 0.353
Log-linear fit: strongest class pairs CONTENT->BOS, PREP->BOS, NAME->BOS.

name: L3H6
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PREP->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L3H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.86,
    ('AUX', 'AUX'): -0.29,
    ('AUX', 'BOS'): 2.29,
    ('AUX', 'DET'): 1.28,
    ('AUX', 'PERIOD'): 0.38,
    ('AUX', 'PREP'): -0.31,
    ('COMMA', 'BOS'): 1.95,
    ('COMMA', 'CONTENT'): -0.37,
    ('COMMA', 'DET'): 1.02,
    ('COMMA', 'PERIOD'): 0.45,
    ('CONJ', 'BOS'): 2.04,
    ('CONJ', 'CONTENT'): -0.44,
    ('CONJ', 'DET'): 1.14,
    ('CONJ', 'PERIOD'): 0.52,
    ('CONJ', 'PREP'): -0.26,
    ('CONTENT', 'AUX'): -0.32,
    ('CONTENT', 'BOS'): 3.0,
    ('CONTENT', 'DET'): 1.56,
    ('CONTENT', 'NAME'): -0.32,
    ('CONTENT', 'PERIOD'): 0.72,
    ('CONTENT', 'PREP'): -0.69,
    ('CONTENT', 'QUOTE'): 0.28,
    ('CONTENT', 'TO'): -0.53,
    ('DET', 'BOS'): 2.37,
    ('DET', 'DET'): 1.71,
    ('DET', 'NAME'): -0.27,
    ('DET', 'PERIOD'): 0.32,
    ('DET', 'PREP'): -0.34,
    ('NAME', 'AUX'): -0.25,
    ('NAME', 'BOS'): 2.47,
    ('NAME', 'DET'): 0.85,
    ('NAME', 'NAME'): -0.35,
    ('NAME', 'PERIOD'): 0.34,
    ('NAME', 'PREP'): -0.35,
    ('NEG', 'BOS'): 0.6,
    ('NEG', 'CONTENT'): -0.31,
    ('NEG', 'DET'): 0.32,
    ('NEWLINE', 'BOS'): 1.47,
    ('NEWLINE', 'CONTENT'): -0.29,
    ('NEWLINE', 'DET'): 0.45,
    ('NUMBER', 'BOS'): 1.33,
    ('NUMBER', 'CONTENT'): -0.39,
    ('NUMBER', 'DET'): 0.7,
    ('PERIOD', 'BOS'): 2.38,
    ('PERIOD', 'DET'): 1.22,
    ('PERIOD', 'PREP'): -0.32,
    ('PREP', 'BOS'): 2.48,
    ('PREP', 'CONTENT'): -0.26,
    ('PREP', 'DET'): 1.5,
    ('PREP', 'NAME'): -0.31,
    ('PREP', 'PERIOD'): 0.41,
    ('PREP', 'PREP'): -0.45,
    ('PRON_OBJ', 'BOS'): 2.0,
    ('PRON_OBJ', 'DET'): 1.03,
    ('PRON_OBJ', 'PREP'): -0.28,
    ('PRON_SUBJ', 'BOS'): 2.05,
    ('PRON_SUBJ', 'DET'): 1.07,
    ('PRON_SUBJ', 'PERIOD'): 0.5,
    ('PRON_SUBJ', 'PREP'): -0.32,
    ('QUOTE', 'BOS'): 0.88,
    ('QUOTE', 'CONTENT'): -0.33,
    ('QUOTE', 'DET'): 0.29,
    ('TO', 'BOS'): 2.01,
    ('TO', 'CONTENT'): -0.32,
    ('TO', 'DET'): 1.14,
    ('TO', 'NAME'): -0.27,
    ('TO', 'TO'): -0.32,
    ('VERB_ED', 'BOS'): 2.26,
    ('VERB_ED', 'DET'): 0.73,
    ('VERB_ED', 'PREP'): -0.31,
    ('VERB_ING', 'BOS'): 1.73,
    ('VERB_ING', 'DET'): 0.68,
    ('WH', 'BOS'): 1.87,
    ('WH', 'CONTENT'): -0.36,
    ('WH', 'DET'): 1.15,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('DET', 0): 0.5,
    ('DET', 8): -0.31,
    ('PERIOD', 0): 0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.03,
    1: 0.84,
    2: 0.68,
    3: 0.5,
    4: 0.42,
    5: 0.29,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.7300000190734863, -0.20999999344348907, -0.20999999344348907, -0.36000001430511475, 0.6100000143051147


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
