"""head: L13H6
heldout_iou: 0.446
heldout_iou_no_bos: 0.399
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS.

name: L13H6
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS
origin: synthesized (search/loglinear)
target: L13H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.03,
    ('AUX', 'BOS'): 3.05,
    ('AUX', 'DET'): -0.36,
    ('AUX', 'NAME'): -0.32,
    ('AUX', 'PRON_SUBJ'): -0.4,
    ('COMMA', 'BOS'): 1.29,
    ('COMMA', 'COMMA'): -0.34,
    ('COMMA', 'NAME'): -0.47,
    ('CONJ', 'BOS'): 1.81,
    ('CONJ', 'COMMA'): -0.42,
    ('CONJ', 'CONJ'): -0.31,
    ('CONJ', 'DET'): -0.3,
    ('CONJ', 'NAME'): -0.53,
    ('CONJ', 'PRON_SUBJ'): -0.31,
    ('CONJ', 'TO'): 0.28,
    ('CONJ', 'VERB_ED'): 0.39,
    ('CONTENT', 'AUX'): -0.54,
    ('CONTENT', 'BOS'): 4.56,
    ('CONTENT', 'COMMA'): -0.36,
    ('CONTENT', 'CONJ'): -0.28,
    ('CONTENT', 'DET'): -0.36,
    ('CONTENT', 'NAME'): -0.45,
    ('CONTENT', 'PREP'): 0.38,
    ('CONTENT', 'PRON_OBJ'): -0.31,
    ('CONTENT', 'PRON_SUBJ'): -0.63,
    ('CONTENT', 'QUOTE'): 0.35,
    ('CONTENT', 'VERB_ING'): 0.36,
    ('DET', 'AUX'): -0.5,
    ('DET', 'BOS'): 3.09,
    ('DET', 'CONJ'): -0.25,
    ('DET', 'NAME'): -0.31,
    ('DET', 'PREP'): 0.71,
    ('DET', 'PRON_SUBJ'): -0.39,
    ('NAME', 'AUX'): -0.32,
    ('NAME', 'BOS'): 3.62,
    ('NAME', 'DET'): -0.43,
    ('NEG', 'BOS'): 1.0,
    ('NEWLINE', 'BOS'): 1.48,
    ('NEWLINE', 'CONTENT'): -0.44,
    ('NEWLINE', 'QUOTE'): 0.29,
    ('NUMBER', 'BOS'): 1.86,
    ('PERIOD', 'BOS'): 1.41,
    ('PERIOD', 'DET'): -0.34,
    ('PERIOD', 'NAME'): -0.62,
    ('PERIOD', 'PERIOD'): -0.43,
    ('PERIOD', 'TO'): 0.61,
    ('PERIOD', 'VERB_ED'): 0.26,
    ('PERIOD', 'WH'): 0.27,
    ('PREP', 'AUX'): -0.29,
    ('PREP', 'BOS'): 3.35,
    ('PREP', 'DET'): -0.29,
    ('PREP', 'NAME'): -0.37,
    ('PREP', 'PRON_SUBJ'): -0.3,
    ('PRON_OBJ', 'BOS'): 2.86,
    ('PRON_OBJ', 'DET'): -0.25,
    ('PRON_OBJ', 'PREP'): 0.35,
    ('PRON_SUBJ', 'BOS'): 2.9,
    ('PRON_SUBJ', 'DET'): -0.4,
    ('PRON_SUBJ', 'NAME'): -0.26,
    ('PRON_SUBJ', 'PERIOD'): -0.31,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.29,
    ('QUOTE', 'BOS'): 1.15,
    ('QUOTE', 'CONTENT'): -0.39,
    ('TO', 'AUX'): -0.25,
    ('TO', 'BOS'): 2.65,
    ('TO', 'DET'): -0.26,
    ('TO', 'NAME'): -0.4,
    ('VERB_ED', 'AUX'): -0.27,
    ('VERB_ED', 'BOS'): 3.47,
    ('VERB_ED', 'DET'): -0.39,
    ('VERB_ED', 'NAME'): -0.26,
    ('VERB_ED', 'PRON_SUBJ'): -0.29,
    ('VERB_ED', 'QUOTE'): 0.3,
    ('VERB_ING', 'AUX'): -0.25,
    ('VERB_ING', 'BOS'): 3.0,
    ('VERB_ING', 'DET'): -0.26,
    ('WH', 'BOS'): 2.14,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('ADV_LY', 8): 0.27,
    ('AUX', 1): -0.31,
    ('COMMA', 0): -0.34,
    ('COMMA', 8): -0.68,
    ('CONJ', 0): -0.29,
    ('CONJ', 8): -0.56,
    ('CONTENT', 0): 0.49,
    ('CONTENT', 2): 0.49,
    ('CONTENT', 8): -0.37,
    ('DET', 0): 0.49,
    ('DET', 1): 0.55,
    ('DET', 8): -0.4,
    ('NEG', 8): 0.38,
    ('NEWLINE', 8): 0.3,
    ('PERIOD', 0): -0.43,
    ('PERIOD', 1): -0.33,
    ('PERIOD', 2): -0.33,
    ('PREP', 0): 0.35,
    ('PREP', 1): 0.49,
    ('PREP', 2): 0.25,
    ('PRON_OBJ', 1): 0.4,
    ('TO', 2): -0.28,
    ('VERB_ED', 1): -0.34,
    ('VERB_ED', 8): 0.36,
    ('VERB_ING', 8): 0.43,
    ('WH', 1): 0.27,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.51,
    1: 1.87,
    2: 1.38,
    3: 1.1,
    4: 0.89,
    5: 0.62,
    6: 0.41,
    7: 0.28,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.029999999329447746, -0.17000000178813934, 1.0199999809265137, -0.36000001430511475, 0.10999999940395355


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
