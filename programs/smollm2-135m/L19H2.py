"""head: L19H2
heldout_iou: 0.566
heldout_iou_no_bos: 0.537
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L19H2
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L19H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.01,
    ('AUX', 'BOS'): 2.44,
    ('AUX', 'DET'): -0.38,
    ('AUX', 'PERIOD'): 0.55,
    ('COMMA', 'BOS'): 2.16,
    ('COMMA', 'CONTENT'): -0.29,
    ('COMMA', 'DET'): -0.27,
    ('COMMA', 'PERIOD'): 0.39,
    ('CONJ', 'BOS'): 2.35,
    ('CONJ', 'DET'): -0.33,
    ('CONJ', 'PERIOD'): 0.3,
    ('CONTENT', 'AUX'): -0.37,
    ('CONTENT', 'BOS'): 3.76,
    ('CONTENT', 'DET'): -0.7,
    ('CONTENT', 'PERIOD'): 0.67,
    ('CONTENT', 'PREP'): -0.45,
    ('CONTENT', 'TO'): -0.28,
    ('DET', 'BOS'): 2.69,
    ('DET', 'DET'): -0.38,
    ('DET', 'PERIOD'): 0.65,
    ('NAME', 'BOS'): 3.54,
    ('NAME', 'DET'): -0.41,
    ('NAME', 'PERIOD'): 0.32,
    ('NAME', 'QUOTE'): 0.28,
    ('NEG', 'BOS'): 0.71,
    ('NEWLINE', 'BOS'): 1.12,
    ('NUMBER', 'BOS'): 1.93,
    ('NUMBER', 'CONTENT'): -0.26,
    ('PERIOD', 'BOS'): 1.79,
    ('PERIOD', 'CONTENT'): -0.27,
    ('PERIOD', 'DET'): -0.49,
    ('PERIOD', 'PERIOD'): 0.58,
    ('PERIOD', 'PREP'): -0.32,
    ('PERIOD', 'PRON_SUBJ'): 0.27,
    ('PREP', 'BOS'): 2.55,
    ('PREP', 'DET'): -0.36,
    ('PREP', 'PERIOD'): 0.49,
    ('PRON_OBJ', 'BOS'): 2.44,
    ('PRON_OBJ', 'DET'): -0.33,
    ('PRON_SUBJ', 'BOS'): 2.68,
    ('PRON_SUBJ', 'DET'): -0.33,
    ('PRON_SUBJ', 'PERIOD'): 0.42,
    ('QUOTE', 'BOS'): 0.55,
    ('QUOTE', 'QUOTE'): 0.26,
    ('TO', 'BOS'): 1.89,
    ('TO', 'DET'): -0.25,
    ('TO', 'PERIOD'): 0.36,
    ('VERB_ED', 'AUX'): -0.27,
    ('VERB_ED', 'BOS'): 2.61,
    ('VERB_ED', 'DET'): -0.45,
    ('VERB_ED', 'PREP'): -0.28,
    ('VERB_ING', 'BOS'): 2.38,
    ('VERB_ING', 'DET'): -0.3,
    ('WH', 'BOS'): 1.54,
    ('WH', 'DET'): -0.27,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 0): 0.29,
    ('CONTENT', 8): -0.31,
    ('NAME', 0): 0.28,
    ('NUMBER', 8): 0.3,
    ('PREP', 8): -0.28,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.51,
    1: 0.63,
    2: 0.58,
    3: 0.5,
    4: 0.41,
    5: 0.33,
    6: 0.31,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.3700000047683716, 0.1899999976158142, 0.47999998927116394, -0.6000000238418579, -0.05000000074505806


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
