"""head: L14H6
heldout_iou: 0.516
heldout_iou_no_bos: 0.432
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L14H6
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L14H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.14,
    ('AUX', 'BOS'): 2.75,
    ('AUX', 'CONTENT'): -0.26,
    ('AUX', 'DET'): -0.42,
    ('AUX', 'NAME'): -0.3,
    ('AUX', 'PERIOD'): 0.25,
    ('COMMA', 'BOS'): 2.26,
    ('COMMA', 'CONTENT'): -0.32,
    ('COMMA', 'DET'): -0.28,
    ('COMMA', 'NAME'): -0.28,
    ('COMMA', 'PERIOD'): 0.48,
    ('CONJ', 'BOS'): 2.4,
    ('CONJ', 'CONTENT'): -0.4,
    ('CONJ', 'DET'): -0.39,
    ('CONJ', 'NAME'): -0.29,
    ('CONTENT', 'AUX'): -0.34,
    ('CONTENT', 'BOS'): 4.04,
    ('CONTENT', 'CONTENT'): 0.28,
    ('CONTENT', 'DET'): -0.75,
    ('CONTENT', 'PERIOD'): 0.51,
    ('CONTENT', 'PRON_OBJ'): -0.25,
    ('CONTENT', 'PRON_SUBJ'): -0.27,
    ('CONTENT', 'VERB_ED'): 0.31,
    ('CONTENT', 'VERB_ING'): 0.28,
    ('DET', 'AUX'): -0.32,
    ('DET', 'BOS'): 3.22,
    ('DET', 'DET'): -0.46,
    ('DET', 'NAME'): -0.32,
    ('DET', 'PERIOD'): 0.35,
    ('NAME', 'AUX'): -0.29,
    ('NAME', 'BOS'): 3.54,
    ('NAME', 'DET'): -0.52,
    ('NAME', 'PREP'): -0.28,
    ('NEG', 'BOS'): 0.73,
    ('NEWLINE', 'BOS'): 1.68,
    ('NEWLINE', 'CONTENT'): -0.48,
    ('NUMBER', 'BOS'): 2.1,
    ('NUMBER', 'CONTENT'): -0.32,
    ('PERIOD', 'BOS'): 2.27,
    ('PERIOD', 'CONTENT'): -0.4,
    ('PERIOD', 'DET'): -0.49,
    ('PERIOD', 'NAME'): -0.43,
    ('PERIOD', 'PERIOD'): 0.69,
    ('PERIOD', 'PREP'): -0.27,
    ('PREP', 'BOS'): 3.2,
    ('PREP', 'DET'): -0.34,
    ('PREP', 'PERIOD'): 0.28,
    ('PRON_OBJ', 'BOS'): 2.41,
    ('PRON_OBJ', 'DET'): -0.34,
    ('PRON_SUBJ', 'BOS'): 2.25,
    ('PRON_SUBJ', 'DET'): -0.36,
    ('PUNCT', 'BOS'): 0.3,
    ('QUOTE', 'BOS'): 1.04,
    ('QUOTE', 'CONTENT'): -0.27,
    ('TO', 'BOS'): 2.22,
    ('TO', 'DET'): -0.27,
    ('TO', 'NAME'): -0.28,
    ('TO', 'PERIOD'): 0.28,
    ('VERB_ED', 'AUX'): -0.25,
    ('VERB_ED', 'BOS'): 2.95,
    ('VERB_ED', 'DET'): -0.42,
    ('VERB_ING', 'BOS'): 2.66,
    ('VERB_ING', 'DET'): -0.27,
    ('WH', 'BOS'): 2.22,
    ('WH', 'CONTENT'): -0.34,
    ('WH', 'DET'): -0.27,
    ('WH', 'NAME'): -0.26,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): 0.33,
    ('CONJ', 0): 0.29,
    ('CONJ', 1): 0.4,
    ('CONJ', 8): -0.44,
    ('CONTENT', 1): -0.33,
    ('CONTENT', 8): -0.27,
    ('NEWLINE', 8): 0.3,
    ('PERIOD', 0): 0.26,
    ('PRON_SUBJ', 8): -0.36,
    ('VERB_ING', 8): 0.34,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.62,
    2: 0.64,
    3: 0.69,
    4: 0.71,
    5: 0.64,
    6: 0.62,
    7: 0.61,
    8: 0.35,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.49000000953674316, 0.10999999940395355, 0.07999999821186066, -0.5199999809265137, -0.10000000149011612


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
