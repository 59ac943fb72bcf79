"""head: L2H2
heldout_iou: 0.595
heldout_iou_no_bos: 0.605
Log-linear fit: strongest class pairs PERIOD->BOS, CONTENT->BOS, NAME->BOS.

name: L2H2
description: softmax over class-pair, distance and lexical terms; strongest pairs PERIOD->BOS, CONTENT->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L2H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.32,
    ('AUX', 'BOS'): 0.91,
    ('AUX', 'CONTENT'): -0.44,
    ('AUX', 'NAME'): -0.4,
    ('AUX', 'PERIOD'): 0.72,
    ('COMMA', 'BOS'): 0.91,
    ('COMMA', 'CONTENT'): -0.35,
    ('COMMA', 'NAME'): -0.28,
    ('COMMA', 'PERIOD'): 0.52,
    ('CONJ', 'BOS'): 0.84,
    ('CONJ', 'CONTENT'): -0.36,
    ('CONJ', 'NAME'): -0.37,
    ('CONJ', 'PERIOD'): 0.52,
    ('CONTENT', 'BOS'): 1.6,
    ('CONTENT', 'CONTENT'): -0.36,
    ('CONTENT', 'NAME'): -0.65,
    ('CONTENT', 'PERIOD'): 0.79,
    ('CONTENT', 'QUOTE'): 0.41,
    ('CONTENT', 'TO'): -0.37,
    ('DET', 'BOS'): 1.14,
    ('DET', 'COMMA'): 0.27,
    ('DET', 'CONTENT'): -0.43,
    ('DET', 'DET'): 0.35,
    ('DET', 'NAME'): -0.41,
    ('DET', 'PERIOD'): 0.69,
    ('DET', 'PREP'): -0.32,
    ('NAME', 'BOS'): 1.41,
    ('NAME', 'NAME'): -0.34,
    ('NAME', 'PERIOD'): 0.46,
    ('NEWLINE', 'BOS'): 0.53,
    ('NUMBER', 'BOS'): 0.43,
    ('NUMBER', 'CONTENT'): -0.27,
    ('NUMBER', 'PERIOD'): 0.38,
    ('PERIOD', 'BOS'): 1.87,
    ('PERIOD', 'CONTENT'): -0.33,
    ('PERIOD', 'DET'): -0.27,
    ('PERIOD', 'NAME'): -0.41,
    ('PERIOD', 'PERIOD'): 0.39,
    ('PERIOD', 'PREP'): -0.25,
    ('PREP', 'BOS'): 0.98,
    ('PREP', 'CONTENT'): -0.35,
    ('PREP', 'NAME'): -0.36,
    ('PREP', 'PERIOD'): 0.42,
    ('PRON_OBJ', 'BOS'): 0.67,
    ('PRON_OBJ', 'CONTENT'): -0.3,
    ('PRON_OBJ', 'PERIOD'): 0.59,
    ('PRON_SUBJ', 'BOS'): 0.42,
    ('PRON_SUBJ', 'CONTENT'): -0.35,
    ('PRON_SUBJ', 'NAME'): -0.29,
    ('PRON_SUBJ', 'PERIOD'): 0.66,
    ('TO', 'BOS'): 0.67,
    ('TO', 'CONTENT'): -0.28,
    ('TO', 'NAME'): -0.31,
    ('TO', 'PERIOD'): 0.37,
    ('VERB_ED', 'BOS'): 0.67,
    ('VERB_ED', 'CONTENT'): -0.41,
    ('VERB_ED', 'NAME'): -0.37,
    ('VERB_ED', 'PERIOD'): 0.62,
    ('VERB_ING', 'BOS'): 0.67,
    ('VERB_ING', 'PERIOD'): 0.33,
    ('WH', 'BOS'): 0.5,
    ('WH', 'CONTENT'): -0.33,
    ('WH', 'PERIOD'): 0.4,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): -0.36,
    ('DET', 0): 0.85,
    ('NAME', 1): 0.39,
    ('NEWLINE', 8): 0.66,
    ('NUMBER', 1): 0.28,
    ('PERIOD', 1): -0.4,
    ('PERIOD', 2): -0.25,
    ('PERIOD', 8): 0.76,
    ('PRON_SUBJ', 1): 0.27,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.62,
    2: 2.33,
    3: 2.53,
    4: 2.44,
    5: 2.36,
    6: 2.34,
    7: 2.36,
    8: 2.22,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.3400000035762787, -0.07000000029802322, -0.03999999910593033, -0.20999999344348907, -1.399999976158142


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
