"""head: L18H3
heldout_iou: 0.487
heldout_iou_no_bos: 0.421
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PREP->BOS.

name: L18H3
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L18H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.16,
    ('AUX', 'BOS'): 2.63,
    ('AUX', 'DET'): -0.42,
    ('AUX', 'PERIOD'): 0.45,
    ('AUX', 'PRON_SUBJ'): -0.25,
    ('COMMA', 'BOS'): 2.33,
    ('COMMA', 'CONTENT'): -0.29,
    ('COMMA', 'DET'): -0.27,
    ('COMMA', 'NAME'): -0.3,
    ('COMMA', 'PERIOD'): 0.31,
    ('CONJ', 'BOS'): 2.24,
    ('CONJ', 'DET'): -0.37,
    ('CONJ', 'NAME'): -0.37,
    ('CONJ', 'VERB_ED'): 0.26,
    ('CONTENT', 'AUX'): -0.33,
    ('CONTENT', 'BOS'): 4.24,
    ('CONTENT', 'DET'): -0.76,
    ('CONTENT', 'NAME'): -0.3,
    ('CONTENT', 'PERIOD'): 0.67,
    ('CONTENT', 'PREP'): -0.26,
    ('CONTENT', 'PRON_OBJ'): -0.26,
    ('CONTENT', 'PRON_SUBJ'): -0.41,
    ('DET', 'BOS'): 3.11,
    ('DET', 'DET'): -0.38,
    ('DET', 'PERIOD'): 0.5,
    ('NAME', 'BOS'): 4.06,
    ('NAME', 'CONTENT'): -0.38,
    ('NAME', 'DET'): -0.39,
    ('NAME', 'NAME'): -0.28,
    ('NAME', 'PERIOD'): 0.31,
    ('NEG', 'BOS'): 0.66,
    ('NEWLINE', 'BOS'): 1.75,
    ('NEWLINE', 'CONTENT'): -0.53,
    ('NUMBER', 'BOS'): 2.11,
    ('NUMBER', 'CONTENT'): -0.38,
    ('PERIOD', 'BOS'): 1.96,
    ('PERIOD', 'CONTENT'): -0.33,
    ('PERIOD', 'DET'): -0.46,
    ('PERIOD', 'NAME'): -0.51,
    ('PERIOD', 'PERIOD'): 0.66,
    ('PERIOD', 'TO'): 0.27,
    ('PERIOD', 'VERB_ED'): 0.26,
    ('PREP', 'BOS'): 3.17,
    ('PREP', 'DET'): -0.39,
    ('PREP', 'PERIOD'): 0.34,
    ('PRON_OBJ', 'BOS'): 2.69,
    ('PRON_OBJ', 'DET'): -0.32,
    ('PRON_SUBJ', 'BOS'): 2.21,
    ('PRON_SUBJ', 'DET'): -0.43,
    ('PRON_SUBJ', 'NAME'): -0.34,
    ('PRON_SUBJ', 'PERIOD'): 0.33,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.29,
    ('PUNCT', 'BOS'): 0.32,
    ('QUOTE', 'BOS'): 1.15,
    ('QUOTE', 'CONTENT'): -0.25,
    ('TO', 'BOS'): 2.04,
    ('TO', 'DET'): -0.27,
    ('TO', 'PERIOD'): 0.51,
    ('VERB_ED', 'AUX'): -0.25,
    ('VERB_ED', 'BOS'): 2.93,
    ('VERB_ED', 'CONTENT'): -0.29,
    ('VERB_ED', 'DET'): -0.41,
    ('VERB_ED', 'PERIOD'): 0.31,
    ('VERB_ING', 'BOS'): 2.8,
    ('VERB_ING', 'DET'): -0.28,
    ('WH', 'BOS'): 1.82,
    ('WH', 'DET'): -0.27,
    ('WH', 'PERIOD'): 0.31,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('ADV_LY', 8): 0.26,
    ('COMMA', 8): -0.35,
    ('CONJ', 1): 0.48,
    ('CONJ', 8): -0.73,
    ('CONTENT', 8): -0.28,
    ('NAME', 8): 0.26,
    ('NEWLINE', 2): 0.27,
    ('NUMBER', 8): 0.28,
    ('PRON_SUBJ', 8): -0.31,
    ('TO', 2): -0.27,
    ('VERB_ING', 8): 0.42,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.75,
    1: 0.77,
    2: 0.6,
    3: 0.55,
    4: 0.48,
    5: 0.43,
    6: 0.36,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.09000000357627869, 0.05999999865889549, 0.05000000074505806, -0.4000000059604645, -0.05999999865889549


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
