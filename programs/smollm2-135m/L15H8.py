"""head: L15H8
heldout_iou: 0.599
heldout_iou_no_bos: 0.470
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PERIOD->BOS.

name: L15H8
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PERIOD->BOS
origin: synthesized (search/loglinear)
target: L15H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.96,
    ('AUX', 'BOS'): 2.65,
    ('AUX', 'DET'): -0.39,
    ('AUX', 'NAME'): -0.26,
    ('AUX', 'PERIOD'): 0.49,
    ('COMMA', 'BOS'): 2.36,
    ('COMMA', 'CONTENT'): -0.33,
    ('COMMA', 'PERIOD'): 0.61,
    ('CONJ', 'BOS'): 2.87,
    ('CONJ', 'CONTENT'): -0.33,
    ('CONJ', 'PERIOD'): 0.49,
    ('CONTENT', 'AUX'): -0.41,
    ('CONTENT', 'BOS'): 3.66,
    ('CONTENT', 'CONTENT'): 0.32,
    ('CONTENT', 'DET'): -0.7,
    ('CONTENT', 'PERIOD'): 0.67,
    ('CONTENT', 'PREP'): -0.39,
    ('CONTENT', 'TO'): -0.41,
    ('DET', 'BOS'): 2.92,
    ('DET', 'DET'): -0.45,
    ('DET', 'NAME'): -0.29,
    ('DET', 'PERIOD'): 0.58,
    ('NAME', 'AUX'): -0.31,
    ('NAME', 'BOS'): 3.25,
    ('NAME', 'DET'): -0.52,
    ('NAME', 'NAME'): 0.39,
    ('NAME', 'PREP'): -0.32,
    ('NAME', 'TO'): -0.26,
    ('NEG', 'BOS'): 0.85,
    ('NEG', 'CONTENT'): -0.3,
    ('NEWLINE', 'BOS'): 2.34,
    ('NEWLINE', 'CONTENT'): -0.52,
    ('NUMBER', 'BOS'): 1.94,
    ('NUMBER', 'CONTENT'): -0.31,
    ('PERIOD', 'BOS'): 3.03,
    ('PERIOD', 'CONTENT'): -0.45,
    ('PERIOD', 'DET'): -0.32,
    ('PERIOD', 'NAME'): -0.36,
    ('PERIOD', 'PERIOD'): 0.73,
    ('PREP', 'BOS'): 2.97,
    ('PREP', 'DET'): -0.37,
    ('PREP', 'NAME'): -0.27,
    ('PREP', 'PERIOD'): 0.46,
    ('PRON_OBJ', 'BOS'): 2.25,
    ('PRON_OBJ', 'DET'): -0.35,
    ('PRON_SUBJ', 'BOS'): 2.31,
    ('PRON_SUBJ', 'DET'): -0.41,
    ('PRON_SUBJ', 'PERIOD'): 0.34,
    ('PRON_SUBJ', 'PREP'): -0.26,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.29,
    ('PUNCT', 'BOS'): 0.26,
    ('QUOTE', 'BOS'): 1.73,
    ('QUOTE', 'CONTENT'): -0.38,
    ('TO', 'BOS'): 2.32,
    ('TO', 'CONTENT'): -0.32,
    ('TO', 'PERIOD'): 0.36,
    ('VERB_ED', 'BOS'): 2.94,
    ('VERB_ED', 'DET'): -0.41,
    ('VERB_ED', 'PERIOD'): 0.26,
    ('VERB_ING', 'BOS'): 2.35,
    ('VERB_ING', 'DET'): -0.3,
    ('WH', 'BOS'): 2.4,
    ('WH', 'CONTENT'): -0.36,
    ('WH', 'DET'): -0.28,
    ('WH', 'PERIOD'): 0.3,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 8): -0.26,
    ('CONTENT', 8): -0.5,
    ('NEWLINE', 8): 0.37,
    ('PERIOD', 8): 0.57,
    ('PRON_SUBJ', 8): -0.33,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.57,
    2: 0.87,
    3: 0.92,
    4: 0.95,
    5: 0.93,
    6: 0.94,
    7: 0.9,
    8: 0.76,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5699999928474426, -0.09000000357627869, -0.23999999463558197, -0.6299999952316284, 0.17000000178813934


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
