"""head: L13H1
heldout_iou: 0.499
heldout_iou_no_bos: 0.470
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L13H1
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L13H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.12,
    ('AUX', 'BOS'): 3.11,
    ('AUX', 'CONTENT'): -0.53,
    ('AUX', 'NAME'): -0.49,
    ('COMMA', 'BOS'): 2.3,
    ('COMMA', 'CONTENT'): -0.47,
    ('COMMA', 'DET'): -0.29,
    ('COMMA', 'NAME'): -0.39,
    ('CONJ', 'AUX'): 0.33,
    ('CONJ', 'BOS'): 2.88,
    ('CONJ', 'CONTENT'): -0.51,
    ('CONJ', 'NAME'): -0.32,
    ('CONTENT', 'BOS'): 4.59,
    ('CONTENT', 'COMMA'): -0.28,
    ('CONTENT', 'CONTENT'): -0.27,
    ('CONTENT', 'DET'): -0.52,
    ('CONTENT', 'NAME'): -0.6,
    ('CONTENT', 'TO'): 0.3,
    ('DET', 'BOS'): 3.61,
    ('DET', 'CONTENT'): -0.43,
    ('DET', 'DET'): -0.25,
    ('DET', 'NAME'): -0.44,
    ('NAME', 'BOS'): 4.16,
    ('NAME', 'CONJ'): 0.43,
    ('NAME', 'CONTENT'): -0.34,
    ('NAME', 'QUOTE'): 0.27,
    ('NEG', 'BOS'): 0.79,
    ('NEWLINE', 'BOS'): 1.9,
    ('NEWLINE', 'CONTENT'): -0.4,
    ('NUMBER', 'BOS'): 2.15,
    ('NUMBER', 'CONTENT'): -0.47,
    ('PERIOD', 'BOS'): 2.32,
    ('PERIOD', 'CONTENT'): -0.47,
    ('PERIOD', 'DET'): -0.33,
    ('PERIOD', 'NAME'): -0.47,
    ('PERIOD', 'PREP'): -0.35,
    ('PERIOD', 'PRON_SUBJ'): 0.33,
    ('PREP', 'AUX'): 0.34,
    ('PREP', 'BOS'): 3.34,
    ('PREP', 'CONTENT'): -0.46,
    ('PREP', 'DET'): -0.33,
    ('PREP', 'NAME'): -0.48,
    ('PREP', 'PREP'): -0.33,
    ('PRON_OBJ', 'BOS'): 3.38,
    ('PRON_OBJ', 'CONTENT'): -0.5,
    ('PRON_OBJ', 'DET'): -0.28,
    ('PRON_OBJ', 'PREP'): -0.29,
    ('PRON_SUBJ', 'BOS'): 3.46,
    ('PRON_SUBJ', 'CONTENT'): -0.48,
    ('PRON_SUBJ', 'DET'): -0.28,
    ('PRON_SUBJ', 'PERIOD'): 0.36,
    ('QUOTE', 'BOS'): 1.63,
    ('QUOTE', 'CONTENT'): -0.3,
    ('TO', 'BOS'): 2.39,
    ('TO', 'CONTENT'): -0.48,
    ('TO', 'NAME'): -0.47,
    ('VERB_ED', 'BOS'): 3.35,
    ('VERB_ED', 'CONTENT'): -0.57,
    ('VERB_ED', 'DET'): -0.32,
    ('VERB_ED', 'NAME'): -0.29,
    ('VERB_ING', 'BOS'): 2.09,
    ('VERB_ING', 'CONTENT'): -0.29,
    ('VERB_ING', 'DET'): -0.29,
    ('WH', 'BOS'): 2.75,
    ('WH', 'CONTENT'): -0.39,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('ADV_LY', 1): -0.26,
    ('AUX', 2): 0.26,
    ('COMMA', 1): -0.34,
    ('CONJ', 1): -0.39,
    ('CONJ', 8): -0.27,
    ('CONTENT', 0): 0.69,
    ('CONTENT', 1): 0.86,
    ('CONTENT', 2): 0.58,
    ('CONTENT', 3): 0.36,
    ('CONTENT', 8): -0.65,
    ('DET', 1): 0.32,
    ('DET', 2): 0.39,
    ('NAME', 1): 0.33,
    ('NAME', 8): 0.26,
    ('NEWLINE', 8): 0.34,
    ('PERIOD', 0): -0.32,
    ('PERIOD', 1): -0.77,
    ('PERIOD', 2): -0.7,
    ('PERIOD', 3): -0.3,
    ('PERIOD', 7): 0.34,
    ('PERIOD', 8): 0.43,
    ('PREP', 2): 0.29,
    ('PREP', 3): 0.34,
    ('PREP', 8): -0.44,
    ('PRON_OBJ', 8): 0.31,
    ('PRON_SUBJ', 0): 0.28,
    ('PRON_SUBJ', 1): 0.42,
    ('QUOTE', 1): -0.26,
    ('QUOTE', 8): 0.26,
    ('TO', 1): -0.27,
    ('TO', 8): -0.27,
    ('VERB_ING', 1): 0.51,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.77,
    1: 3.32,
    2: 2.56,
    3: 1.74,
    4: 1.17,
    5: 0.76,
    6: 0.45,
    7: 0.3,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.019999999552965164, -0.17000000178813934, 1.4500000476837158, -0.47999998927116394, 0.6100000143051147


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
