"""head: L10H3
heldout_iou: 0.392
heldout_iou_no_bos: 0.395
Log-linear fit: strongest class pairs CONTENT->DET, CONTENT->BOS, PREP->BOS.

name: L10H3
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->DET, CONTENT->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L10H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.35,
    ('ADV_LY', 'DET'): 0.26,
    ('AUX', 'BOS'): 1.41,
    ('AUX', 'CONTENT'): -0.52,
    ('AUX', 'DET'): 1.68,
    ('AUX', 'NAME'): -0.36,
    ('AUX', 'PREP'): -0.25,
    ('COMMA', 'BOS'): 0.29,
    ('COMMA', 'CONTENT'): -0.36,
    ('COMMA', 'DET'): 0.79,
    ('COMMA', 'NAME'): -0.35,
    ('COMMA', 'PERIOD'): 0.29,
    ('CONJ', 'BOS'): 0.49,
    ('CONJ', 'CONJ'): -0.3,
    ('CONJ', 'CONTENT'): -0.36,
    ('CONJ', 'DET'): 1.06,
    ('CONJ', 'NAME'): -0.4,
    ('CONJ', 'VERB_ED'): 0.26,
    ('CONTENT', 'BOS'): 2.11,
    ('CONTENT', 'DET'): 2.22,
    ('CONTENT', 'NAME'): -0.62,
    ('CONTENT', 'NUMBER'): 0.51,
    ('CONTENT', 'PERIOD'): 0.32,
    ('CONTENT', 'PRON_OBJ'): 0.46,
    ('CONTENT', 'PRON_SUBJ'): -0.49,
    ('DET', 'BOS'): 1.84,
    ('DET', 'CONTENT'): -0.39,
    ('DET', 'DET'): 1.6,
    ('DET', 'NAME'): -0.28,
    ('NAME', 'BOS'): 1.23,
    ('NAME', 'CONTENT'): -0.47,
    ('NAME', 'DET'): 1.77,
    ('NEG', 'BOS'): 0.37,
    ('NEG', 'DET'): 0.45,
    ('NEWLINE', 'CONTENT'): -0.4,
    ('NEWLINE', 'DET'): 0.45,
    ('NEWLINE', 'PERIOD'): 0.51,
    ('NUMBER', 'BOS'): 1.08,
    ('NUMBER', 'CONTENT'): -0.45,
    ('NUMBER', 'DET'): 1.05,
    ('PERIOD', 'BOS'): 0.34,
    ('PERIOD', 'CONJ'): 0.41,
    ('PERIOD', 'CONTENT'): -0.58,
    ('PERIOD', 'DET'): 0.58,
    ('PERIOD', 'NAME'): -0.54,
    ('PERIOD', 'PERIOD'): 0.65,
    ('PERIOD', 'PREP'): -0.44,
    ('PERIOD', 'PRON_OBJ'): -0.31,
    ('PERIOD', 'TO'): -0.26,
    ('PREP', 'BOS'): 1.88,
    ('PREP', 'CONTENT'): -0.26,
    ('PREP', 'DET'): 1.75,
    ('PREP', 'NAME'): -0.36,
    ('PREP', 'PRON_SUBJ'): -0.29,
    ('PRON_OBJ', 'BOS'): 0.99,
    ('PRON_OBJ', 'CONTENT'): -0.34,
    ('PRON_OBJ', 'DET'): 1.54,
    ('PRON_SUBJ', 'AUX'): 0.27,
    ('PRON_SUBJ', 'BOS'): 0.53,
    ('PRON_SUBJ', 'CONTENT'): -0.58,
    ('PRON_SUBJ', 'DET'): 1.49,
    ('PRON_SUBJ', 'NAME'): -0.32,
    ('QUOTE', 'CONTENT'): -0.35,
    ('QUOTE', 'DET'): 0.35,
    ('QUOTE', 'QUOTE'): 0.4,
    ('TO', 'BOS'): 1.58,
    ('TO', 'CONTENT'): -0.32,
    ('TO', 'DET'): 1.13,
    ('TO', 'NAME'): -0.31,
    ('VERB_ED', 'BOS'): 1.11,
    ('VERB_ED', 'CONTENT'): -0.53,
    ('VERB_ED', 'DET'): 1.46,
    ('VERB_ED', 'NAME'): -0.35,
    ('VERB_ING', 'BOS'): 0.65,
    ('VERB_ING', 'CONTENT'): -0.4,
    ('VERB_ING', 'DET'): 1.3,
    ('WH', 'BOS'): 0.68,
    ('WH', 'CONTENT'): -0.4,
    ('WH', 'DET'): 1.25,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.27,
    ('COMMA', 0): -0.75,
    ('COMMA', 1): -0.42,
    ('COMMA', 3): 0.3,
    ('COMMA', 8): -0.72,
    ('CONJ', 2): 0.34,
    ('CONJ', 3): 0.26,
    ('CONJ', 8): -0.58,
    ('CONTENT', 0): 1.35,
    ('CONTENT', 2): 0.4,
    ('DET', 0): -0.78,
    ('DET', 8): 0.3,
    ('NAME', 0): 0.53,
    ('NAME', 8): -0.28,
    ('NEWLINE', 0): -0.31,
    ('PERIOD', 0): -1.24,
    ('PERIOD', 1): -0.87,
    ('PERIOD', 2): -0.53,
    ('PREP', 0): 0.41,
    ('PREP', 1): 0.34,
    ('PRON_OBJ', 1): 0.54,
    ('PRON_SUBJ', 1): 0.53,
    ('QUOTE', 0): -0.46,
    ('TO', 0): 0.26,
    ('VERB_ED', 0): 0.43,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.06,
    1: 1.58,
    2: 1.29,
    3: 1.08,
    4: 0.8,
    5: 0.65,
    6: 0.48,
    7: 0.35,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.9599999785423279, 0.2199999988079071, -0.03999999910593033, 0.38999998569488525, -0.14000000059604645


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
