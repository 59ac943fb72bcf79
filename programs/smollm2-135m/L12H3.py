"""head: L12H3
heldout_iou: 0.508
heldout_iou_no_bos: 0.493
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L12H3
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L12H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.93,
    ('AUX', 'BOS'): 2.85,
    ('AUX', 'CONTENT'): -0.43,
    ('COMMA', 'BOS'): 1.81,
    ('COMMA', 'CONTENT'): -0.45,
    ('COMMA', 'DET'): -0.29,
    ('CONJ', 'BOS'): 2.5,
    ('CONJ', 'CONTENT'): -0.36,
    ('CONJ', 'DET'): -0.27,
    ('CONJ', 'VERB_ED'): 0.32,
    ('CONTENT', 'AUX'): 0.35,
    ('CONTENT', 'BOS'): 4.52,
    ('CONTENT', 'COMMA'): -0.36,
    ('CONTENT', 'CONJ'): -0.42,
    ('CONTENT', 'DET'): -0.35,
    ('CONTENT', 'NAME'): -0.32,
    ('CONTENT', 'NEG'): 0.28,
    ('CONTENT', 'VERB_ED'): 0.26,
    ('DET', 'BOS'): 3.68,
    ('DET', 'CONTENT'): -0.36,
    ('DET', 'NAME'): -0.3,
    ('NAME', 'BOS'): 4.1,
    ('NAME', 'CONTENT'): -0.5,
    ('NAME', 'NAME'): 0.77,
    ('NEG', 'BOS'): 0.51,
    ('NEWLINE', 'BOS'): 1.52,
    ('NEWLINE', 'CONTENT'): -0.32,
    ('NEWLINE', 'NEWLINE'): -0.4,
    ('NUMBER', 'BOS'): 2.19,
    ('NUMBER', 'CONTENT'): -0.45,
    ('PERIOD', 'AUX'): 0.55,
    ('PERIOD', 'BOS'): 1.26,
    ('PERIOD', 'CONTENT'): -0.35,
    ('PERIOD', 'DET'): -0.33,
    ('PERIOD', 'NAME'): -0.32,
    ('PERIOD', 'VERB_ED'): 0.58,
    ('PERIOD', 'WH'): 0.26,
    ('PREP', 'BOS'): 3.12,
    ('PREP', 'DET'): -0.26,
    ('PREP', 'NAME'): -0.38,
    ('PREP', 'VERB_ED'): 0.27,
    ('PRON_OBJ', 'BOS'): 2.99,
    ('PRON_OBJ', 'CONTENT'): -0.34,
    ('PRON_SUBJ', 'BOS'): 3.11,
    ('PRON_SUBJ', 'CONTENT'): -0.44,
    ('PRON_SUBJ', 'DET'): -0.3,
    ('PRON_SUBJ', 'NAME'): -0.27,
    ('QUOTE', 'BOS'): 1.04,
    ('QUOTE', 'CONTENT'): -0.38,
    ('QUOTE', 'QUOTE'): 0.37,
    ('TO', 'BOS'): 2.15,
    ('TO', 'CONTENT'): -0.31,
    ('TO', 'NAME'): -0.32,
    ('TO', 'VERB_ED'): 0.26,
    ('VERB_ED', 'BOS'): 2.98,
    ('VERB_ED', 'CONTENT'): -0.48,
    ('VERB_ED', 'DET'): -0.26,
    ('VERB_ING', 'BOS'): 2.51,
    ('VERB_ING', 'CONTENT'): -0.3,
    ('WH', 'BOS'): 2.48,
    ('WH', 'CONTENT'): -0.38,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('ADV_LY', 8): 0.26,
    ('AUX', 8): -0.28,
    ('COMMA', 0): -0.45,
    ('COMMA', 1): -0.42,
    ('COMMA', 8): -0.39,
    ('CONJ', 8): -0.36,
    ('CONTENT', 0): 0.81,
    ('CONTENT', 1): 0.57,
    ('CONTENT', 2): 0.52,
    ('CONTENT', 3): 0.28,
    ('CONTENT', 8): -0.52,
    ('DET', 1): 0.46,
    ('DET', 2): 0.28,
    ('NAME', 0): 0.26,
    ('NEWLINE', 0): -0.38,
    ('NEWLINE', 8): 0.4,
    ('PERIOD', 0): -0.37,
    ('PERIOD', 1): -0.92,
    ('PERIOD', 2): -0.56,
    ('PERIOD', 8): 0.69,
    ('PREP', 1): 0.43,
    ('PREP', 2): 0.29,
    ('PREP', 8): -0.39,
    ('QUOTE', 0): -0.3,
    ('TO', 1): 0.26,
    ('VERB_ED', 0): 0.32,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.05,
    1: 2.42,
    2: 1.74,
    3: 1.18,
    4: 0.82,
    5: 0.58,
    6: 0.47,
    7: 0.39,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.11999999731779099, -0.03999999910593033, 1.7799999713897705, -0.3199999928474426, 0.4399999976158142


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
