"""head: L16H2
heldout_iou: 0.514
heldout_iou_no_bos: 0.462
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L16H2
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L16H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.06,
    ('AUX', 'BOS'): 3.08,
    ('AUX', 'DET'): -0.34,
    ('AUX', 'PRON_SUBJ'): -0.35,
    ('COMMA', 'BOS'): 2.01,
    ('COMMA', 'DET'): -0.3,
    ('CONJ', 'BOS'): 2.25,
    ('CONJ', 'COMMA'): -0.41,
    ('CONJ', 'DET'): -0.32,
    ('CONTENT', 'AUX'): -0.34,
    ('CONTENT', 'BOS'): 4.65,
    ('CONTENT', 'COMMA'): -0.29,
    ('CONTENT', 'CONTENT'): 0.51,
    ('CONTENT', 'DET'): -0.57,
    ('CONTENT', 'PRON_SUBJ'): -0.31,
    ('CONTENT', 'TO'): -0.31,
    ('CONTENT', 'VERB_ING'): 0.47,
    ('DET', 'BOS'): 3.55,
    ('DET', 'DET'): -0.27,
    ('NAME', 'AUX'): -0.26,
    ('NAME', 'BOS'): 3.72,
    ('NAME', 'DET'): -0.34,
    ('NAME', 'NAME'): 1.0,
    ('NEG', 'BOS'): 0.94,
    ('NEWLINE', 'BOS'): 1.64,
    ('NEWLINE', 'CONTENT'): -0.26,
    ('NUMBER', 'BOS'): 2.41,
    ('NUMBER', 'CONTENT'): -0.3,
    ('PERIOD', 'BOS'): 1.84,
    ('PERIOD', 'DET'): -0.41,
    ('PERIOD', 'PRON_SUBJ'): -0.25,
    ('PREP', 'BOS'): 3.5,
    ('PREP', 'DET'): -0.31,
    ('PRON_OBJ', 'BOS'): 3.08,
    ('PRON_OBJ', 'DET'): -0.26,
    ('PRON_SUBJ', 'BOS'): 3.09,
    ('PRON_SUBJ', 'DET'): -0.33,
    ('QUOTE', 'BOS'): 1.36,
    ('QUOTE', 'CONTENT'): -0.27,
    ('TO', 'BOS'): 2.62,
    ('TO', 'CONTENT'): -0.25,
    ('TO', 'NAME'): -0.26,
    ('VERB_ED', 'AUX'): -0.25,
    ('VERB_ED', 'BOS'): 3.4,
    ('VERB_ED', 'DET'): -0.41,
    ('VERB_ED', 'PRON_SUBJ'): -0.28,
    ('VERB_ING', 'BOS'): 2.83,
    ('VERB_ING', 'DET'): -0.28,
    ('WH', 'BOS'): 2.71,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('ADV_LY', 8): 0.26,
    ('COMMA', 8): -0.31,
    ('CONJ', 1): 0.65,
    ('CONJ', 8): -0.52,
    ('CONTENT', 0): 0.54,
    ('CONTENT', 2): 0.25,
    ('CONTENT', 8): -0.4,
    ('DET', 2): 0.35,
    ('NAME', 1): -0.3,
    ('NEG', 8): 0.29,
    ('NUMBER', 8): 0.39,
    ('PERIOD', 1): -0.31,
    ('PERIOD', 2): -0.34,
    ('PREP', 1): 0.49,
    ('VERB_ING', 8): 0.44,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.45,
    1: 1.82,
    2: 1.67,
    3: 1.42,
    4: 1.08,
    5: 0.78,
    6: 0.58,
    7: 0.44,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.3400000035762787, 0.05999999865889549, 1.0399999618530273, -0.7200000286102295, 0.2199999988079071


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
