"""head: L15H4
heldout_iou: 0.530
heldout_iou_no_bos: 0.462
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS.

name: L15H4
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS
origin: synthesized (search/loglinear)
target: L15H4
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.22,
    ('AUX', 'BOS'): 2.58,
    ('AUX', 'CONTENT'): -0.29,
    ('AUX', 'DET'): -0.45,
    ('AUX', 'NAME'): -0.39,
    ('AUX', 'PERIOD'): 0.72,
    ('COMMA', 'BOS'): 2.34,
    ('COMMA', 'CONTENT'): -0.4,
    ('COMMA', 'DET'): -0.27,
    ('COMMA', 'NAME'): -0.26,
    ('COMMA', 'PERIOD'): 0.79,
    ('CONJ', 'BOS'): 2.87,
    ('CONJ', 'CONTENT'): -0.48,
    ('CONJ', 'DET'): -0.31,
    ('CONJ', 'NAME'): -0.3,
    ('CONJ', 'PERIOD'): 0.7,
    ('CONTENT', 'AUX'): -0.3,
    ('CONTENT', 'BOS'): 3.77,
    ('CONTENT', 'DET'): -0.69,
    ('CONTENT', 'NAME'): -0.45,
    ('CONTENT', 'PERIOD'): 1.04,
    ('CONTENT', 'PREP'): -0.38,
    ('CONTENT', 'PRON_OBJ'): -0.32,
    ('CONTENT', 'PRON_SUBJ'): -0.25,
    ('CONTENT', 'QUOTE'): 0.28,
    ('CONTENT', 'VERB_ED'): 0.26,
    ('DET', 'AUX'): -0.28,
    ('DET', 'BOS'): 2.92,
    ('DET', 'DET'): -0.51,
    ('DET', 'NAME'): -0.38,
    ('DET', 'PERIOD'): 0.72,
    ('NAME', 'BOS'): 3.6,
    ('NAME', 'DET'): -0.38,
    ('NAME', 'NAME'): -0.26,
    ('NAME', 'PERIOD'): 0.54,
    ('NAME', 'QUOTE'): 0.31,
    ('NEG', 'BOS'): 0.72,
    ('NEWLINE', 'BOS'): 2.36,
    ('NEWLINE', 'CONTENT'): -0.53,
    ('NUMBER', 'BOS'): 2.04,
    ('NUMBER', 'CONTENT'): -0.36,
    ('NUMBER', 'PERIOD'): 0.35,
    ('PERIOD', 'BOS'): 3.04,
    ('PERIOD', 'CONTENT'): -0.53,
    ('PERIOD', 'DET'): -0.4,
    ('PERIOD', 'NAME'): -0.33,
    ('PERIOD', 'NEWLINE'): 0.4,
    ('PERIOD', 'PERIOD'): 1.02,
    ('PREP', 'BOS'): 2.89,
    ('PREP', 'CONTENT'): -0.3,
    ('PREP', 'DET'): -0.42,
    ('PREP', 'NAME'): -0.41,
    ('PREP', 'PERIOD'): 0.56,
    ('PRON_OBJ', 'BOS'): 2.55,
    ('PRON_OBJ', 'DET'): -0.36,
    ('PRON_OBJ', 'PERIOD'): 0.25,
    ('PRON_SUBJ', 'BOS'): 2.96,
    ('PRON_SUBJ', 'CONTENT'): -0.26,
    ('PRON_SUBJ', 'DET'): -0.38,
    ('PRON_SUBJ', 'PERIOD'): 0.5,
    ('PUNCT', 'BOS'): 0.26,
    ('QUOTE', 'BOS'): 1.47,
    ('QUOTE', 'CONTENT'): -0.3,
    ('TO', 'BOS'): 2.04,
    ('TO', 'CONTENT'): -0.33,
    ('TO', 'DET'): -0.3,
    ('TO', 'NAME'): -0.39,
    ('TO', 'PERIOD'): 0.34,
    ('VERB_ED', 'BOS'): 3.09,
    ('VERB_ED', 'CONTENT'): -0.36,
    ('VERB_ED', 'DET'): -0.42,
    ('VERB_ED', 'PERIOD'): 0.4,
    ('VERB_ING', 'BOS'): 2.25,
    ('VERB_ING', 'DET'): -0.32,
    ('WH', 'BOS'): 2.28,
    ('WH', 'CONTENT'): -0.37,
    ('WH', 'DET'): -0.28,
    ('WH', 'PERIOD'): 0.39,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.28,
    ('AUX', 8): -0.29,
    ('CONTENT', 8): -0.5,
    ('NEWLINE', 8): 0.38,
    ('PERIOD', 0): 0.37,
    ('PERIOD', 8): 0.52,
    ('PRON_SUBJ', 1): 0.29,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.04,
    1: 1.18,
    2: 0.95,
    3: 0.74,
    4: 0.54,
    5: 0.36,
    6: 0.28,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.4300000071525574, -0.15000000596046448, 0.44999998807907104, -0.5899999737739563, 0.30000001192092896


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
