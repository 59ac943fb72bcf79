"""head: L16H8
heldout_iou: 0.485
heldout_iou_no_bos: 0.468
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L16H8
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L16H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.78,
    ('AUX', 'BOS'): 2.39,
    ('AUX', 'DET'): -0.42,
    ('AUX', 'PRON_SUBJ'): -0.34,
    ('COMMA', 'BOS'): 1.41,
    ('COMMA', 'DET'): -0.31,
    ('COMMA', 'NAME'): -0.3,
    ('COMMA', 'VERB_ED'): 0.25,
    ('CONJ', 'BOS'): 1.63,
    ('CONJ', 'DET'): -0.37,
    ('CONJ', 'NAME'): -0.3,
    ('CONJ', 'VERB_ED'): 0.53,
    ('CONTENT', 'BOS'): 3.71,
    ('CONTENT', 'CONJ'): -0.26,
    ('CONTENT', 'DET'): -0.65,
    ('CONTENT', 'NAME'): -0.31,
    ('CONTENT', 'PERIOD'): 0.26,
    ('CONTENT', 'PRON_OBJ'): -0.28,
    ('CONTENT', 'PRON_SUBJ'): -0.65,
    ('CONTENT', 'VERB_ED'): 0.55,
    ('CONTENT', 'VERB_ING'): 0.53,
    ('DET', 'BOS'): 2.99,
    ('DET', 'DET'): -0.38,
    ('DET', 'NAME'): -0.28,
    ('DET', 'PRON_SUBJ'): -0.32,
    ('NAME', 'BOS'): 3.05,
    ('NAME', 'DET'): -0.48,
    ('NAME', 'VERB_ED'): 0.3,
    ('NEG', 'BOS'): 0.52,
    ('NEWLINE', 'BOS'): 0.3,
    ('NEWLINE', 'PERIOD'): 0.44,
    ('NUMBER', 'BOS'): 1.48,
    ('NUMBER', 'CONTENT'): -0.25,
    ('PERIOD', 'AUX'): 0.34,
    ('PERIOD', 'BOS'): 0.7,
    ('PERIOD', 'DET'): -0.52,
    ('PERIOD', 'NAME'): -0.44,
    ('PERIOD', 'TO'): 0.34,
    ('PERIOD', 'VERB_ED'): 0.59,
    ('PREP', 'BOS'): 2.89,
    ('PREP', 'DET'): -0.37,
    ('PREP', 'NAME'): -0.29,
    ('PREP', 'PRON_SUBJ'): -0.28,
    ('PRON_OBJ', 'BOS'): 2.74,
    ('PRON_OBJ', 'DET'): -0.27,
    ('PRON_SUBJ', 'BOS'): 1.75,
    ('PRON_SUBJ', 'DET'): -0.35,
    ('PRON_SUBJ', 'NAME'): -0.3,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.31,
    ('PRON_SUBJ', 'VERB_ED'): 0.55,
    ('QUOTE', 'BOS'): 0.72,
    ('TO', 'BOS'): 2.23,
    ('VERB_ED', 'BOS'): 2.72,
    ('VERB_ED', 'DET'): -0.4,
    ('VERB_ED', 'VERB_ED'): 0.31,
    ('VERB_ING', 'BOS'): 2.63,
    ('VERB_ING', 'DET'): -0.3,
    ('WH', 'BOS'): 1.69,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.33,
    ('COMMA', 8): -0.32,
    ('CONJ', 8): -0.36,
    ('CONTENT', 0): 0.38,
    ('CONTENT', 8): -0.32,
    ('PERIOD', 2): -0.28,
    ('VERB_ED', 0): 0.29,
    ('VERB_ING', 8): 0.36,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.81,
    2: 0.67,
    3: 0.57,
    4: 0.43,
    5: 0.28,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.3199999928474426, 0.05999999865889549, 0.44999998807907104, -0.6299999952316284, -0.23999999463558197


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
