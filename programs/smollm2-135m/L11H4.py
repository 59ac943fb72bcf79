"""head: L11H4
heldout_iou: 0.516
heldout_iou_no_bos: 0.514
Log-linear fit: strongest class pairs CONTENT->PERIOD, DET->PERIOD, PREP->PERIOD.

name: L11H4
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->PERIOD, DET->PERIOD, PREP->PERIOD
origin: synthesized (search/loglinear)
target: L11H4
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'PERIOD'): 0.41,
    ('AUX', 'COMMA'): 0.29,
    ('AUX', 'CONTENT'): -0.59,
    ('AUX', 'PERIOD'): 1.49,
    ('AUX', 'PREP'): -0.32,
    ('COMMA', 'CONTENT'): -0.53,
    ('COMMA', 'PERIOD'): 1.34,
    ('COMMA', 'PREP'): -0.32,
    ('CONJ', 'COMMA'): 0.38,
    ('CONJ', 'CONJ'): 0.33,
    ('CONJ', 'CONTENT'): -0.65,
    ('CONJ', 'PERIOD'): 1.55,
    ('CONJ', 'PREP'): -0.31,
    ('CONTENT', 'BOS'): -0.82,
    ('CONTENT', 'COMMA'): 1.08,
    ('CONTENT', 'CONJ'): 0.65,
    ('CONTENT', 'CONTENT'): -0.45,
    ('CONTENT', 'DET'): 0.39,
    ('CONTENT', 'NAME'): -0.51,
    ('CONTENT', 'NEWLINE'): 0.78,
    ('CONTENT', 'PERIOD'): 2.21,
    ('CONTENT', 'PREP'): -0.45,
    ('CONTENT', 'PUNCT'): 0.38,
    ('CONTENT', 'QUOTE'): 0.32,
    ('CONTENT', 'TO'): -0.36,
    ('CONTENT', 'VERB_ED'): -0.34,
    ('CONTENT', 'VERB_ING'): -0.31,
    ('DET', 'COMMA'): 0.42,
    ('DET', 'CONJ'): 0.4,
    ('DET', 'CONTENT'): -0.66,
    ('DET', 'DET'): 0.38,
    ('DET', 'NEWLINE'): 0.29,
    ('DET', 'PERIOD'): 1.93,
    ('DET', 'PREP'): -0.54,
    ('DET', 'TO'): -0.32,
    ('NAME', 'BOS'): -0.35,
    ('NAME', 'COMMA'): 0.48,
    ('NAME', 'CONTENT'): -0.5,
    ('NAME', 'DET'): 0.25,
    ('NAME', 'NEWLINE'): 0.26,
    ('NAME', 'PERIOD'): 1.76,
    ('NAME', 'PREP'): -0.38,
    ('NAME', 'VERB_ED'): -0.52,
    ('NEWLINE', 'CONTENT'): -0.32,
    ('NEWLINE', 'PERIOD'): 0.92,
    ('NUMBER', 'CONTENT'): -0.3,
    ('NUMBER', 'PERIOD'): 0.83,
    ('PERIOD', 'AUX'): 0.25,
    ('PERIOD', 'COMMA'): 0.5,
    ('PERIOD', 'CONJ'): 0.35,
    ('PERIOD', 'CONTENT'): -0.47,
    ('PERIOD', 'NAME'): -0.3,
    ('PERIOD', 'NEWLINE'): 0.32,
    ('PERIOD', 'PERIOD'): 0.87,
    ('PERIOD', 'PREP'): -0.47,
    ('PERIOD', 'TO'): -0.26,
    ('PREP', 'COMMA'): 0.58,
    ('PREP', 'CONJ'): 0.35,
    ('PREP', 'CONTENT'): -0.52,
    ('PREP', 'NAME'): -0.33,
    ('PREP', 'NEWLINE'): 0.31,
    ('PREP', 'PERIOD'): 1.77,
    ('PREP', 'PREP'): -0.43,
    ('PRON_OBJ', 'CONTENT'): -0.62,
    ('PRON_OBJ', 'PERIOD'): 1.19,
    ('PRON_OBJ', 'PREP'): -0.31,
    ('PRON_OBJ', 'PRON_OBJ'): 0.31,
    ('PRON_SUBJ', 'COMMA'): 0.28,
    ('PRON_SUBJ', 'CONTENT'): -0.69,
    ('PRON_SUBJ', 'PERIOD'): 1.35,
    ('PRON_SUBJ', 'PREP'): -0.36,
    ('QUOTE', 'CONTENT'): -0.3,
    ('QUOTE', 'PERIOD'): 0.58,
    ('TO', 'CONTENT'): -0.34,
    ('TO', 'PERIOD'): 1.04,
    ('VERB_ED', 'BOS'): -0.3,
    ('VERB_ED', 'COMMA'): 0.56,
    ('VERB_ED', 'CONJ'): 0.29,
    ('VERB_ED', 'CONTENT'): -0.61,
    ('VERB_ED', 'DET'): 0.27,
    ('VERB_ED', 'NAME'): -0.33,
    ('VERB_ED', 'PERIOD'): 1.77,
    ('VERB_ED', 'VERB_ED'): -0.34,
    ('VERB_ING', 'CONTENT'): -0.48,
    ('VERB_ING', 'PERIOD'): 1.37,
    ('VERB_ING', 'VERB_ING'): -0.31,
    ('WH', 'CONTENT'): -0.51,
    ('WH', 'PERIOD'): 1.24,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 0): 0.38,
    ('CONJ', 0): 0.49,
    ('DET', 0): 0.67,
    ('NAME', 0): -0.44,
    ('NEWLINE', 0): -0.59,
    ('PERIOD', 0): -0.94,
    ('PERIOD', 1): -0.35,
    ('PERIOD', 8): 0.46,
    ('PREP', 1): 0.29,
    ('PRON_OBJ', 0): 0.64,
    ('PRON_SUBJ', 0): 0.32,
    ('TO', 0): 0.46,
    ('TO', 1): 0.47,
    ('TO', 8): -0.32,
    ('VERB_ED', 0): -0.26,
    ('VERB_ING', 0): -0.29,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.64,
    1: 1.42,
    2: 0.72,
    3: 0.37,
    5: 0.32,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5699999928474426, -0.10000000149011612, 0.5899999737739563, 0.7300000190734863, 0.1599999964237213


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
