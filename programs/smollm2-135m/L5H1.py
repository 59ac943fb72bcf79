"""head: L5H1
heldout_iou: 0.442
heldout_iou_no_bos: 0.413
Log-linear fit: strongest class pairs CONTENT->BOS, PERIOD->BOS, CONJ->BOS.

name: L5H1
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PERIOD->BOS, CONJ->BOS
origin: synthesized (search/loglinear)
target: L5H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.65,
    ('AUX', 'BOS'): 1.93,
    ('AUX', 'DET'): 0.83,
    ('AUX', 'NAME'): -0.32,
    ('COMMA', 'BOS'): 2.1,
    ('COMMA', 'CONTENT'): -0.38,
    ('COMMA', 'DET'): 1.55,
    ('CONJ', 'BOS'): 2.36,
    ('CONJ', 'CONTENT'): -0.34,
    ('CONJ', 'DET'): 1.72,
    ('CONTENT', 'BOS'): 2.47,
    ('CONTENT', 'COMMA'): -0.42,
    ('CONTENT', 'CONJ'): -0.51,
    ('CONTENT', 'CONTENT'): 0.53,
    ('CONTENT', 'DET'): 0.95,
    ('CONTENT', 'PERIOD'): -0.3,
    ('CONTENT', 'VERB_ED'): 0.48,
    ('CONTENT', 'VERB_ING'): 0.49,
    ('DET', 'BOS'): 2.32,
    ('DET', 'DET'): 1.39,
    ('DET', 'NAME'): -0.31,
    ('DET', 'PREP'): -0.26,
    ('NAME', 'AUX'): -0.32,
    ('NAME', 'BOS'): 2.19,
    ('NAME', 'CONJ'): -0.26,
    ('NAME', 'DET'): 0.78,
    ('NEG', 'BOS'): 0.44,
    ('NEG', 'DET'): 0.29,
    ('NEWLINE', 'BOS'): 1.05,
    ('NEWLINE', 'CONTENT'): -0.39,
    ('NEWLINE', 'DET'): 0.37,
    ('NEWLINE', 'PERIOD'): 0.32,
    ('NUMBER', 'BOS'): 1.05,
    ('NUMBER', 'DET'): 0.52,
    ('PERIOD', 'BOS'): 2.41,
    ('PERIOD', 'CONTENT'): -0.35,
    ('PERIOD', 'DET'): 1.73,
    ('PERIOD', 'NAME'): -0.27,
    ('PERIOD', 'PERIOD'): 0.25,
    ('PERIOD', 'PREP'): -0.32,
    ('PREP', 'BOS'): 2.3,
    ('PREP', 'DET'): 1.09,
    ('PRON_OBJ', 'BOS'): 1.78,
    ('PRON_OBJ', 'DET'): 0.75,
    ('PRON_SUBJ', 'BOS'): 1.89,
    ('PRON_SUBJ', 'DET'): 0.87,
    ('QUOTE', 'BOS'): 0.64,
    ('QUOTE', 'CONTENT'): -0.25,
    ('QUOTE', 'DET'): 0.37,
    ('TO', 'BOS'): 1.88,
    ('TO', 'DET'): 0.96,
    ('VERB_ED', 'BOS'): 1.73,
    ('VERB_ED', 'DET'): 0.33,
    ('VERB_ING', 'BOS'): 1.25,
    ('VERB_ING', 'DET'): 0.37,
    ('WH', 'BOS'): 1.74,
    ('WH', 'DET'): 1.04,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 8): -0.33,
    ('PERIOD', 0): 0.38,
    ('PREP', 1): 0.31,
    ('PREP', 8): -0.29,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.34,
    1: 0.82,
    2: 0.54,
    3: 0.31,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8500000238418579, -0.14000000059604645, -0.14000000059604645, -0.20999999344348907, 0.07000000029802322


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
