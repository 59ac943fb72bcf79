"""head: L9H5
heldout_iou: 0.418
heldout_iou_no_bos: 0.399
Log-linear fit: strongest class pairs NAME->BOS, CONTENT->BOS, PRON_SUBJ->BOS.

name: L9H5
description: softmax over class-pair, distance and lexical terms; strongest pairs NAME->BOS, CONTENT->BOS, PRON_SUBJ->BOS
origin: synthesized (search/loglinear)
target: L9H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.79,
    ('AUX', 'BOS'): 2.09,
    ('AUX', 'CONTENT'): -0.42,
    ('AUX', 'DET'): 0.8,
    ('AUX', 'NAME'): -0.36,
    ('AUX', 'PRON_SUBJ'): -0.38,
    ('COMMA', 'BOS'): 1.7,
    ('COMMA', 'CONTENT'): -0.43,
    ('COMMA', 'DET'): 0.8,
    ('CONJ', 'BOS'): 2.01,
    ('CONJ', 'CONTENT'): -0.49,
    ('CONJ', 'DET'): 0.81,
    ('CONJ', 'NAME'): -0.26,
    ('CONTENT', 'BOS'): 3.08,
    ('CONTENT', 'DET'): 1.07,
    ('CONTENT', 'NAME'): -0.43,
    ('CONTENT', 'NEG'): 0.5,
    ('CONTENT', 'PRON_OBJ'): -0.27,
    ('DET', 'BOS'): 2.32,
    ('DET', 'CONTENT'): -0.41,
    ('DET', 'DET'): 1.22,
    ('DET', 'NAME'): -0.39,
    ('DET', 'PRON_SUBJ'): -0.28,
    ('NAME', 'BOS'): 3.24,
    ('NAME', 'DET'): 1.63,
    ('NAME', 'NUMBER'): 0.31,
    ('NEWLINE', 'BOS'): 1.22,
    ('NEWLINE', 'CONTENT'): -0.27,
    ('NEWLINE', 'DET'): 0.52,
    ('NEWLINE', 'NEWLINE'): -0.25,
    ('NUMBER', 'BOS'): 1.35,
    ('NUMBER', 'CONTENT'): -0.38,
    ('NUMBER', 'DET'): 0.65,
    ('PERIOD', 'BOS'): 2.34,
    ('PERIOD', 'CONTENT'): -0.34,
    ('PERIOD', 'DET'): 1.09,
    ('PERIOD', 'NAME'): -0.36,
    ('PREP', 'BOS'): 2.48,
    ('PREP', 'CONTENT'): -0.38,
    ('PREP', 'DET'): 0.86,
    ('PREP', 'NAME'): -0.36,
    ('PREP', 'PREP'): -0.27,
    ('PRON_OBJ', 'BOS'): 2.14,
    ('PRON_OBJ', 'CONTENT'): -0.28,
    ('PRON_OBJ', 'DET'): 0.86,
    ('PRON_SUBJ', 'BOS'): 2.48,
    ('PRON_SUBJ', 'CONTENT'): -0.38,
    ('PRON_SUBJ', 'DET'): 1.23,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.33,
    ('QUOTE', 'BOS'): 0.77,
    ('QUOTE', 'DET'): 0.41,
    ('TO', 'BOS'): 1.65,
    ('TO', 'CONTENT'): -0.35,
    ('TO', 'DET'): 0.54,
    ('TO', 'NAME'): -0.33,
    ('VERB_ED', 'BOS'): 2.07,
    ('VERB_ED', 'CONTENT'): -0.45,
    ('VERB_ED', 'DET'): 0.47,
    ('VERB_ED', 'NAME'): -0.29,
    ('VERB_ING', 'BOS'): 1.43,
    ('VERB_ING', 'CONTENT'): -0.3,
    ('VERB_ING', 'DET'): 0.56,
    ('WH', 'BOS'): 1.43,
    ('WH', 'CONTENT'): -0.3,
    ('WH', 'DET'): 0.57,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 2): -0.26,
    ('CONTENT', 2): 0.35,
    ('DET', 1): 0.3,
    ('NAME', 3): -0.33,
    ('NAME', 8): 0.59,
    ('PERIOD', 0): 0.3,
    ('PERIOD', 1): -0.44,
    ('PERIOD', 2): -0.47,
    ('PRON_SUBJ', 1): 0.29,
    ('TO', 8): -0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.26,
    1: 2.38,
    2: 1.85,
    3: 1.28,
    4: 0.92,
    5: 0.68,
    6: 0.47,
    7: 0.31,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.1899999976158142, -0.49000000953674316, 0.46000000834465027, -0.2199999988079071, 0.10000000149011612


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
