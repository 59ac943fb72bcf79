"""head: L15H1
heldout_iou: 0.541
heldout_iou_no_bos: 0.450
Log-linear fit: strongest class pairs CONTENT->BOS, DET->BOS, PREP->BOS.

name: L15H1
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, DET->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L15H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.94,
    ('AUX', 'BOS'): 2.48,
    ('AUX', 'CONTENT'): -0.4,
    ('AUX', 'DET'): -0.37,
    ('AUX', 'PERIOD'): 1.1,
    ('AUX', 'PREP'): -0.31,
    ('COMMA', 'BOS'): 1.75,
    ('COMMA', 'CONTENT'): -0.56,
    ('COMMA', 'DET'): -0.26,
    ('COMMA', 'PERIOD'): 1.29,
    ('CONJ', 'BOS'): 2.12,
    ('CONJ', 'COMMA'): 0.26,
    ('CONJ', 'CONTENT'): -0.52,
    ('CONJ', 'DET'): -0.3,
    ('CONJ', 'NAME'): -0.28,
    ('CONJ', 'PERIOD'): 0.84,
    ('CONTENT', 'BOS'): 3.7,
    ('CONTENT', 'DET'): -0.58,
    ('CONTENT', 'NEWLINE'): 0.68,
    ('CONTENT', 'PERIOD'): 1.53,
    ('CONTENT', 'PREP'): -0.63,
    ('CONTENT', 'PRON_OBJ'): -0.29,
    ('CONTENT', 'QUOTE'): 0.36,
    ('CONTENT', 'TO'): -0.48,
    ('DET', 'BOS'): 3.18,
    ('DET', 'CONTENT'): -0.35,
    ('DET', 'DET'): -0.43,
    ('DET', 'NEWLINE'): 0.26,
    ('DET', 'PERIOD'): 1.23,
    ('DET', 'PREP'): -0.28,
    ('NAME', 'BOS'): 2.98,
    ('NAME', 'CONTENT'): -0.27,
    ('NAME', 'DET'): -0.43,
    ('NAME', 'PERIOD'): 1.14,
    ('NAME', 'PREP'): -0.32,
    ('NEG', 'BOS'): 0.88,
    ('NEG', 'CONTENT'): -0.31,
    ('NEWLINE', 'BOS'): 1.26,
    ('NEWLINE', 'CONTENT'): -0.47,
    ('NEWLINE', 'NEWLINE'): 0.77,
    ('NUMBER', 'BOS'): 1.99,
    ('NUMBER', 'CONTENT'): -0.42,
    ('NUMBER', 'PERIOD'): 0.5,
    ('PERIOD', 'BOS'): 1.88,
    ('PERIOD', 'COMMA'): 0.28,
    ('PERIOD', 'CONTENT'): -0.52,
    ('PERIOD', 'DET'): -0.37,
    ('PERIOD', 'NAME'): -0.39,
    ('PERIOD', 'NEWLINE'): 0.54,
    ('PERIOD', 'PERIOD'): 1.43,
    ('PERIOD', 'PREP'): -0.42,
    ('PREP', 'BOS'): 3.15,
    ('PREP', 'CONTENT'): -0.43,
    ('PREP', 'DET'): -0.28,
    ('PREP', 'NEWLINE'): 0.28,
    ('PREP', 'PERIOD'): 0.95,
    ('PREP', 'PREP'): -0.33,
    ('PRON_OBJ', 'BOS'): 2.55,
    ('PRON_OBJ', 'CONTENT'): -0.4,
    ('PRON_OBJ', 'DET'): -0.28,
    ('PRON_OBJ', 'PERIOD'): 0.77,
    ('PRON_OBJ', 'PREP'): -0.29,
    ('PRON_SUBJ', 'BOS'): 2.1,
    ('PRON_SUBJ', 'CONTENT'): -0.41,
    ('PRON_SUBJ', 'DET'): -0.35,
    ('PRON_SUBJ', 'PERIOD'): 1.08,
    ('PRON_SUBJ', 'PREP'): -0.29,
    ('PRON_SUBJ', 'QUOTE'): 0.29,
    ('QUOTE', 'BOS'): 0.98,
    ('QUOTE', 'CONTENT'): -0.38,
    ('QUOTE', 'NEWLINE'): 0.3,
    ('TO', 'BOS'): 2.38,
    ('TO', 'CONTENT'): -0.49,
    ('TO', 'PERIOD'): 0.76,
    ('TO', 'TO'): -0.25,
    ('VERB_ED', 'BOS'): 2.87,
    ('VERB_ED', 'CONTENT'): -0.34,
    ('VERB_ED', 'DET'): -0.39,
    ('VERB_ED', 'PERIOD'): 0.78,
    ('VERB_ED', 'PREP'): -0.29,
    ('VERB_ING', 'BOS'): 2.57,
    ('VERB_ING', 'CONTENT'): -0.31,
    ('VERB_ING', 'PERIOD'): 0.37,
    ('WH', 'BOS'): 2.23,
    ('WH', 'CONTENT'): -0.42,
    ('WH', 'PERIOD'): 0.76,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONJ', 8): -0.51,
    ('CONTENT', 8): -0.32,
    ('NEWLINE', 0): 0.3,
    ('PERIOD', 8): 0.58,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.55,
    2: 0.51,
    3: 0.46,
    4: 0.4,
    5: 0.33,
    6: 0.3,
    7: 0.27,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8500000238418579, 0.2199999988079071, 0.11999999731779099, -0.5799999833106995, 0.33000001311302185


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
