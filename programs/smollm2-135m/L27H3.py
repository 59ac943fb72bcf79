"""head: L27H3
heldout_iou: 0.468
heldout_iou_no_bos: 0.442
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L27H3
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L27H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.69,
    ('AUX', 'BOS'): 2.27,
    ('AUX', 'DET'): -0.36,
    ('AUX', 'PERIOD'): 0.61,
    ('AUX', 'QUOTE'): 0.3,
    ('COMMA', 'BOS'): 1.58,
    ('COMMA', 'CONTENT'): -0.33,
    ('COMMA', 'DET'): -0.29,
    ('COMMA', 'PERIOD'): 1.42,
    ('COMMA', 'QUOTE'): 0.34,
    ('CONJ', 'BOS'): 1.69,
    ('CONJ', 'CONTENT'): -0.57,
    ('CONJ', 'DET'): -0.33,
    ('CONJ', 'PERIOD'): 1.17,
    ('CONTENT', 'AUX'): -0.27,
    ('CONTENT', 'BOS'): 3.42,
    ('CONTENT', 'DET'): -0.54,
    ('CONTENT', 'PERIOD'): 1.2,
    ('CONTENT', 'PRON_OBJ'): -0.27,
    ('CONTENT', 'PRON_SUBJ'): -0.33,
    ('CONTENT', 'QUOTE'): 0.74,
    ('CONTENT', 'TO'): -0.34,
    ('DET', 'BOS'): 3.14,
    ('DET', 'PERIOD'): 0.42,
    ('NAME', 'BOS'): 3.2,
    ('NAME', 'DET'): -0.29,
    ('NAME', 'PERIOD'): 0.26,
    ('NAME', 'QUOTE'): 0.45,
    ('NEG', 'BOS'): 0.59,
    ('NEWLINE', 'BOS'): 1.33,
    ('NEWLINE', 'CONTENT'): -0.49,
    ('NEWLINE', 'PERIOD'): 0.43,
    ('NUMBER', 'BOS'): 1.19,
    ('NUMBER', 'PERIOD'): 0.3,
    ('PERIOD', 'AUX'): -0.26,
    ('PERIOD', 'BOS'): 2.01,
    ('PERIOD', 'COMMA'): 0.34,
    ('PERIOD', 'CONTENT'): -0.7,
    ('PERIOD', 'DET'): -0.45,
    ('PERIOD', 'NEWLINE'): 0.31,
    ('PERIOD', 'PERIOD'): 2.15,
    ('PERIOD', 'QUOTE'): 0.38,
    ('PREP', 'BOS'): 2.79,
    ('PREP', 'CONTENT'): -0.45,
    ('PREP', 'DET'): -0.42,
    ('PREP', 'PERIOD'): 1.25,
    ('PRON_OBJ', 'BOS'): 2.64,
    ('PRON_SUBJ', 'BOS'): 2.25,
    ('PRON_SUBJ', 'DET'): -0.46,
    ('PRON_SUBJ', 'PERIOD'): 0.31,
    ('PRON_SUBJ', 'PREP'): -0.28,
    ('PRON_SUBJ', 'QUOTE'): 0.38,
    ('QUOTE', 'BOS'): 0.63,
    ('QUOTE', 'CONTENT'): -0.41,
    ('QUOTE', 'PERIOD'): 0.41,
    ('QUOTE', 'QUOTE'): 0.44,
    ('TO', 'BOS'): 2.62,
    ('TO', 'CONTENT'): -0.25,
    ('TO', 'DET'): -0.25,
    ('TO', 'PERIOD'): 0.34,
    ('TO', 'TO'): -0.33,
    ('VERB_ED', 'BOS'): 2.47,
    ('VERB_ED', 'CONTENT'): -0.31,
    ('VERB_ED', 'DET'): -0.46,
    ('VERB_ED', 'PERIOD'): 0.8,
    ('VERB_ING', 'BOS'): 2.21,
    ('VERB_ING', 'CONTENT'): -0.26,
    ('VERB_ING', 'DET'): -0.29,
    ('VERB_ING', 'PERIOD'): 0.35,
    ('WH', 'BOS'): 1.37,
    ('WH', 'CONTENT'): -0.42,
    ('WH', 'DET'): -0.32,
    ('WH', 'PERIOD'): 1.49,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 0): 0.34,
    ('CONTENT', 8): -0.62,
    ('NAME', 0): 0.39,
    ('NAME', 2): 0.26,
    ('NAME', 8): -0.4,
    ('PERIOD', 0): -0.33,
    ('PERIOD', 7): 0.31,
    ('PERIOD', 8): 0.99,
    ('TO', 8): 0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.06,
    1: 1.68,
    2: 1.25,
    3: 0.84,
    4: 0.55,
    5: 0.36,
    6: 0.26,
    7: 0.3,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.25, -0.07000000029802322, 0.36000001430511475, -0.33000001311302185, 0.05999999865889549


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
