"""head: L7H4
heldout_iou: 0.384
heldout_iou_no_bos: 0.333
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, CONTENT->DET.

name: L7H4
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, CONTENT->DET
origin: synthesized (search/loglinear)
target: L7H4
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.37,
    ('ADV_LY', 'BOS'): 0.99,
    ('ADV_LY', 'DET'): 0.27,
    ('AUX', 'BOS'): 2.33,
    ('AUX', 'CONTENT'): -0.36,
    ('AUX', 'DET'): 1.69,
    ('AUX', 'NEG'): 0.29,
    ('AUX', 'PERIOD'): -0.27,
    ('COMMA', 'BOS'): 1.43,
    ('COMMA', 'CONTENT'): -0.69,
    ('COMMA', 'DET'): 1.0,
    ('COMMA', 'NAME'): -0.29,
    ('CONJ', 'BOS'): 1.8,
    ('CONJ', 'CONTENT'): -0.75,
    ('CONJ', 'DET'): 1.3,
    ('CONJ', 'NAME'): -0.35,
    ('CONJ', 'PREP'): -0.25,
    ('CONTENT', 'BOS'): 3.37,
    ('CONTENT', 'DET'): 2.68,
    ('CONTENT', 'NAME'): -0.25,
    ('CONTENT', 'NUMBER'): 0.59,
    ('CONTENT', 'PERIOD'): -0.32,
    ('CONTENT', 'PUNCT'): 0.28,
    ('DET', 'BOS'): 2.56,
    ('DET', 'CONTENT'): -0.47,
    ('DET', 'DET'): 1.79,
    ('DET', 'NAME'): -0.29,
    ('NAME', 'BOS'): 2.7,
    ('NAME', 'DET'): 1.88,
    ('NAME', 'NAME'): -0.27,
    ('NAME', 'NUMBER'): 0.37,
    ('NEG', 'BOS'): 0.49,
    ('NEG', 'CONTENT'): -0.3,
    ('NEG', 'DET'): 0.44,
    ('NEWLINE', 'BOS'): 0.94,
    ('NEWLINE', 'CONTENT'): -0.42,
    ('NEWLINE', 'DET'): 0.26,
    ('NEWLINE', 'NEWLINE'): 0.54,
    ('NUMBER', 'BOS'): 1.43,
    ('NUMBER', 'CONTENT'): -0.49,
    ('NUMBER', 'DET'): 1.31,
    ('PERIOD', 'AUX'): -0.29,
    ('PERIOD', 'BOS'): 1.51,
    ('PERIOD', 'CONTENT'): -0.66,
    ('PERIOD', 'DET'): 0.97,
    ('PERIOD', 'NAME'): -0.33,
    ('PERIOD', 'PERIOD'): 0.59,
    ('PREP', 'BOS'): 2.57,
    ('PREP', 'CONTENT'): -0.51,
    ('PREP', 'DET'): 1.75,
    ('PREP', 'NAME'): -0.28,
    ('PREP', 'PERIOD'): -0.26,
    ('PRON_OBJ', 'BOS'): 2.16,
    ('PRON_OBJ', 'CONTENT'): -0.44,
    ('PRON_OBJ', 'DET'): 1.57,
    ('PRON_SUBJ', 'AUX'): 0.36,
    ('PRON_SUBJ', 'BOS'): 2.4,
    ('PRON_SUBJ', 'CONTENT'): -0.37,
    ('PRON_SUBJ', 'DET'): 1.63,
    ('PRON_SUBJ', 'PREP'): -0.29,
    ('QUOTE', 'BOS'): 0.73,
    ('QUOTE', 'CONTENT'): -0.36,
    ('QUOTE', 'DET'): 0.49,
    ('TO', 'BOS'): 1.76,
    ('TO', 'CONTENT'): -0.54,
    ('TO', 'DET'): 1.0,
    ('TO', 'TO'): 0.43,
    ('VERB_ED', 'BOS'): 2.27,
    ('VERB_ED', 'CONTENT'): -0.35,
    ('VERB_ED', 'DET'): 1.57,
    ('VERB_ING', 'BOS'): 1.68,
    ('VERB_ING', 'CONTENT'): -0.31,
    ('VERB_ING', 'DET'): 1.35,
    ('WH', 'BOS'): 1.66,
    ('WH', 'CONTENT'): -0.5,
    ('WH', 'DET'): 1.29,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('ADV_LY', 0): -0.32,
    ('AUX', 0): -0.31,
    ('AUX', 8): 0.26,
    ('COMMA', 0): 0.44,
    ('COMMA', 8): -0.45,
    ('CONJ', 0): 0.43,
    ('CONJ', 8): -0.33,
    ('DET', 0): -0.4,
    ('DET', 1): 0.44,
    ('NAME', 0): -0.32,
    ('NAME', 3): -0.28,
    ('NEWLINE', 0): -0.28,
    ('NEWLINE', 8): 0.42,
    ('NUMBER', 1): 0.34,
    ('PREP', 0): 1.09,
    ('PREP', 8): -0.34,
    ('PRON_OBJ', 8): 0.33,
    ('PRON_SUBJ', 8): 0.34,
    ('TO', 0): 0.99,
    ('TO', 8): -0.47,
    ('VERB_ED', 0): -0.28,
    ('WH', 0): 0.28,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.48,
    1: 0.57,
    2: 0.42,
    3: 0.29,
    4: 0.27,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.9200000166893005, -0.03999999910593033, -0.3199999928474426, -0.05000000074505806, 0.25


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
