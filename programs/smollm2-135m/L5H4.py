"""head: L5H4
heldout_iou: 0.322
heldout_iou_no_bos: 0.259
Log-linear fit: strongest class pairs CONTENT->BOS, CONTENT->DET, NAME->BOS.

name: L5H4
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, CONTENT->DET, NAME->BOS
origin: synthesized (search/loglinear)
target: L5H4
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.96,
    ('ADV_LY', 'DET'): 0.31,
    ('AUX', 'BOS'): 2.16,
    ('AUX', 'CONTENT'): -0.31,
    ('AUX', 'DET'): 1.77,
    ('AUX', 'NAME'): -0.28,
    ('AUX', 'PREP'): -0.26,
    ('COMMA', 'BOS'): 1.34,
    ('COMMA', 'CONTENT'): -0.54,
    ('COMMA', 'DET'): 1.01,
    ('COMMA', 'NAME'): -0.34,
    ('CONJ', 'BOS'): 1.77,
    ('CONJ', 'CONTENT'): -0.64,
    ('CONJ', 'DET'): 1.46,
    ('CONJ', 'NAME'): -0.38,
    ('CONJ', 'PREP'): -0.29,
    ('CONTENT', 'BOS'): 3.63,
    ('CONTENT', 'CONTENT'): 0.25,
    ('CONTENT', 'DET'): 3.22,
    ('CONTENT', 'NAME'): -0.3,
    ('CONTENT', 'NUMBER'): 0.76,
    ('CONTENT', 'PREP'): -0.51,
    ('CONTENT', 'PRON_OBJ'): -0.27,
    ('CONTENT', 'PRON_SUBJ'): -0.3,
    ('CONTENT', 'PUNCT'): 0.32,
    ('CONTENT', 'TO'): -0.27,
    ('CONTENT', 'VERB_ED'): 0.36,
    ('DET', 'BOS'): 2.52,
    ('DET', 'CONTENT'): -0.36,
    ('DET', 'DET'): 2.16,
    ('DET', 'NAME'): -0.33,
    ('DET', 'PREP'): -0.32,
    ('NAME', 'BOS'): 2.9,
    ('NAME', 'DET'): 2.36,
    ('NAME', 'NAME'): -0.46,
    ('NAME', 'NUMBER'): 0.43,
    ('NEG', 'BOS'): 0.5,
    ('NEG', 'CONTENT'): -0.32,
    ('NEG', 'DET'): 0.65,
    ('NEWLINE', 'BOS'): 0.37,
    ('NEWLINE', 'CONTENT'): -0.28,
    ('NUMBER', 'BOS'): 1.28,
    ('NUMBER', 'CONTENT'): -0.47,
    ('NUMBER', 'DET'): 1.33,
    ('PERIOD', 'BOS'): 0.68,
    ('PERIOD', 'COMMA'): 0.31,
    ('PERIOD', 'CONJ'): 0.43,
    ('PERIOD', 'CONTENT'): -0.51,
    ('PERIOD', 'NAME'): -0.62,
    ('PERIOD', 'PREP'): -0.35,
    ('PREP', 'BOS'): 2.82,
    ('PREP', 'CONTENT'): -0.26,
    ('PREP', 'DET'): 2.46,
    ('PREP', 'PREP'): -0.37,
    ('PRON_OBJ', 'BOS'): 2.0,
    ('PRON_OBJ', 'CONTENT'): -0.38,
    ('PRON_OBJ', 'DET'): 1.69,
    ('PRON_OBJ', 'PREP'): -0.28,
    ('PRON_SUBJ', 'BOS'): 1.91,
    ('PRON_SUBJ', 'CONTENT'): -0.47,
    ('PRON_SUBJ', 'DET'): 1.57,
    ('PRON_SUBJ', 'NAME'): -0.3,
    ('PRON_SUBJ', 'PREP'): -0.29,
    ('QUOTE', 'BOS'): 0.44,
    ('QUOTE', 'CONTENT'): -0.3,
    ('QUOTE', 'DET'): 0.29,
    ('TO', 'BOS'): 2.15,
    ('TO', 'CONTENT'): -0.4,
    ('TO', 'DET'): 1.86,
    ('TO', 'NAME'): -0.26,
    ('TO', 'TO'): -0.31,
    ('VERB_ED', 'BOS'): 2.3,
    ('VERB_ED', 'CONTENT'): -0.34,
    ('VERB_ED', 'DET'): 1.73,
    ('VERB_ING', 'BOS'): 1.73,
    ('VERB_ING', 'CONTENT'): -0.4,
    ('VERB_ING', 'DET'): 1.74,
    ('WH', 'BOS'): 1.65,
    ('WH', 'CONTENT'): -0.4,
    ('WH', 'DET'): 1.59,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 8): -0.7,
    ('CONJ', 8): -0.45,
    ('NAME', 3): -0.33,
    ('NEWLINE', 8): -0.27,
    ('NUMBER', 1): 0.26,
    ('PERIOD', 0): 0.42,
    ('PERIOD', 8): -0.66,
    ('PREP', 7): 0.27,
    ('PREP', 8): 0.37,
    ('PRON_OBJ', 8): 0.35,
    ('QUOTE', 8): -0.39,
    ('TO', 8): 0.35,
    ('VERB_ED', 8): 0.29,
    ('VERB_ING', 8): 0.3,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.5,
    1: 0.65,
    2: 0.45,
    3: 0.3,
    4: 0.34,
    5: 0.36,
    6: 0.3,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5199999809265137, 0.029999999329447746, -0.10000000149011612, -0.12999999523162842, 0.36000001430511475


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
