"""head: L22H8
heldout_iou: 0.490
heldout_iou_no_bos: 0.422
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS.

name: L22H8
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS
origin: synthesized (search/loglinear)
target: L22H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.05,
    ('AUX', 'BOS'): 2.71,
    ('AUX', 'DET'): -0.33,
    ('COMMA', 'BOS'): 2.71,
    ('COMMA', 'CONTENT'): -0.26,
    ('CONJ', 'BOS'): 2.88,
    ('CONTENT', 'AUX'): -0.37,
    ('CONTENT', 'BOS'): 4.39,
    ('CONTENT', 'CONTENT'): 0.27,
    ('CONTENT', 'DET'): -0.27,
    ('CONTENT', 'PERIOD'): 0.31,
    ('CONTENT', 'PRON_SUBJ'): -0.41,
    ('CONTENT', 'QUOTE'): 0.28,
    ('DET', 'AUX'): -0.34,
    ('DET', 'BOS'): 2.93,
    ('DET', 'PREP'): 0.26,
    ('DET', 'PRON_SUBJ'): -0.26,
    ('NAME', 'AUX'): -0.33,
    ('NAME', 'BOS'): 3.92,
    ('NAME', 'DET'): -0.42,
    ('NAME', 'NAME'): -0.33,
    ('NAME', 'WH'): 0.35,
    ('NEG', 'BOS'): 0.63,
    ('NEWLINE', 'BOS'): 2.5,
    ('NEWLINE', 'CONTENT'): -0.42,
    ('NUMBER', 'BOS'): 2.28,
    ('NUMBER', 'CONTENT'): -0.32,
    ('PERIOD', 'BOS'): 3.34,
    ('PERIOD', 'DET'): -0.33,
    ('PREP', 'BOS'): 3.24,
    ('PREP', 'DET'): -0.28,
    ('PRON_OBJ', 'BOS'): 2.38,
    ('PRON_OBJ', 'DET'): -0.26,
    ('PRON_SUBJ', 'BOS'): 2.55,
    ('PRON_SUBJ', 'DET'): -0.36,
    ('QUOTE', 'BOS'): 1.64,
    ('TO', 'BOS'): 2.03,
    ('VERB_ED', 'BOS'): 3.49,
    ('VERB_ED', 'DET'): -0.37,
    ('VERB_ING', 'BOS'): 2.81,
    ('VERB_ING', 'DET'): -0.28,
    ('WH', 'BOS'): 2.7,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.3,
    ('AUX', 8): -0.29,
    ('CONTENT', 2): 0.29,
    ('CONTENT', 8): -0.62,
    ('DET', 0): 0.27,
    ('DET', 1): 0.39,
    ('DET', 8): -0.25,
    ('NEWLINE', 8): 0.6,
    ('NUMBER', 8): 0.33,
    ('PERIOD', 8): 0.28,
    ('PRON_OBJ', 1): 0.48,
    ('PRON_SUBJ', 1): 0.5,
    ('PRON_SUBJ', 8): -0.37,
    ('TO', 2): -0.25,
    ('VERB_ED', 1): -0.28,
    ('VERB_ING', 8): 0.29,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 3.19,
    1: 2.27,
    2: 1.59,
    3: 1.16,
    4: 0.89,
    5: 0.67,
    6: 0.55,
    7: 0.41,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.05999999865889549, 0.009999999776482582, 0.3100000023841858, -0.8500000238418579, 0.2800000011920929


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
