"""head: L0H3
heldout_iou: 0.595
heldout_iou_no_bos: 0.597
Log-linear fit: strongest class pairs COMMA->PERIOD, DET->DET, PRON_SUBJ->PERIOD.

name: L0H3
description: softmax over class-pair, distance and lexical terms; strongest pairs COMMA->PERIOD, DET->DET, PRON_SUBJ->PERIOD
origin: synthesized (search/loglinear)
target: L0H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'AUX'): -0.41,
    ('AUX', 'CONJ'): 0.33,
    ('AUX', 'CONTENT'): -0.26,
    ('AUX', 'DET'): 0.37,
    ('AUX', 'NAME'): -0.26,
    ('AUX', 'PERIOD'): 0.31,
    ('AUX', 'PREP'): -0.28,
    ('AUX', 'PRON_SUBJ'): 0.51,
    ('COMMA', 'CONTENT'): -0.32,
    ('COMMA', 'PERIOD'): 1.12,
    ('COMMA', 'PREP'): -0.29,
    ('CONJ', 'COMMA'): 0.36,
    ('CONJ', 'CONTENT'): -0.37,
    ('CONJ', 'PERIOD'): 0.53,
    ('CONTENT', 'COMMA'): -0.34,
    ('CONTENT', 'CONJ'): 0.51,
    ('CONTENT', 'NUMBER'): 0.48,
    ('CONTENT', 'PREP'): 0.29,
    ('CONTENT', 'PRON_SUBJ'): 0.41,
    ('DET', 'AUX'): -0.27,
    ('DET', 'DET'): 0.82,
    ('DET', 'PREP'): 0.38,
    ('NAME', 'COMMA'): -0.33,
    ('NAME', 'PERIOD'): -0.29,
    ('NEWLINE', 'NEWLINE'): 0.41,
    ('NUMBER', 'NUMBER'): 0.35,
    ('PERIOD', 'BOS'): 0.28,
    ('PERIOD', 'NEWLINE'): 0.3,
    ('PERIOD', 'PERIOD'): 0.51,
    ('PERIOD', 'PREP'): -0.47,
    ('PERIOD', 'TO'): -0.38,
    ('PREP', 'TO'): 0.25,
    ('PRON_SUBJ', 'PERIOD'): 0.55,
    ('QUOTE', 'NEWLINE'): 0.31,
    ('VERB_ED', 'CONJ'): 0.28,
    ('VERB_ING', 'VERB_ING'): 0.31,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 8): -0.35,
    ('COMMA', 0): -0.73,
    ('COMMA', 1): -0.57,
    ('COMMA', 3): 0.42,
    ('COMMA', 8): -0.31,
    ('CONJ', 1): -0.46,
    ('CONJ', 3): 0.33,
    ('CONJ', 4): 0.32,
    ('CONTENT', 0): 0.58,
    ('CONTENT', 8): 0.51,
    ('DET', 1): 0.86,
    ('NAME', 3): -0.26,
    ('NAME', 8): 0.74,
    ('NEWLINE', 0): -0.25,
    ('NEWLINE', 8): 0.41,
    ('NUMBER', 1): 0.26,
    ('PERIOD', 0): -0.82,
    ('PERIOD', 1): -0.78,
    ('PREP', 8): -0.39,
    ('PRON_OBJ', 1): 0.31,
    ('PRON_SUBJ', 0): 0.44,
    ('PRON_SUBJ', 1): 0.3,
    ('QUOTE', 1): 0.42,
    ('TO', 0): -0.32,
    ('TO', 2): 0.3,
    ('TO', 3): 0.42,
    ('TO', 8): -0.34,
    ('VERB_ED', 8): 0.42,
    ('VERB_ING', 0): 0.27,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 2.21,
    2: 2.06,
    3: 1.82,
    4: 1.55,
    5: 1.52,
    6: 1.56,
    7: 1.53,
    8: 1.12,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.550000011920929, 0.05999999865889549, -0.07999999821186066, 0.5799999833106995, -0.8899999856948853


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
