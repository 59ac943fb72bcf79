"""head: L20H2
heldout_iou: 0.559
heldout_iou_no_bos: 0.483
Log-linear fit: strongest class pairs NAME->BOS, CONTENT->BOS, DET->BOS.

name: L20H2
description: softmax over class-pair, distance and lexical terms; strongest pairs NAME->BOS, CONTENT->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L20H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.91,
    ('AUX', 'BOS'): 2.53,
    ('AUX', 'DET'): -0.31,
    ('AUX', 'PERIOD'): 0.44,
    ('AUX', 'PREP'): -0.27,
    ('COMMA', 'BOS'): 1.61,
    ('COMMA', 'CONTENT'): -0.54,
    ('COMMA', 'PERIOD'): 0.62,
    ('CONJ', 'BOS'): 1.82,
    ('CONJ', 'CONTENT'): -0.31,
    ('CONJ', 'NAME'): 0.34,
    ('CONJ', 'PERIOD'): 0.46,
    ('CONTENT', 'AUX'): -0.32,
    ('CONTENT', 'BOS'): 3.15,
    ('CONTENT', 'DET'): -0.66,
    ('CONTENT', 'NAME'): 0.44,
    ('CONTENT', 'PERIOD'): 1.19,
    ('CONTENT', 'PREP'): -0.69,
    ('CONTENT', 'PRON_OBJ'): -0.26,
    ('CONTENT', 'PRON_SUBJ'): 0.33,
    ('CONTENT', 'TO'): -0.54,
    ('DET', 'BOS'): 2.71,
    ('DET', 'NAME'): 0.29,
    ('DET', 'PERIOD'): 0.52,
    ('DET', 'PREP'): -0.33,
    ('NAME', 'BOS'): 3.43,
    ('NAME', 'DET'): -0.44,
    ('NAME', 'PERIOD'): 0.47,
    ('NAME', 'PREP'): -0.31,
    ('NEG', 'BOS'): 0.71,
    ('NEWLINE', 'BOS'): 1.77,
    ('NEWLINE', 'CONTENT'): -0.45,
    ('NUMBER', 'BOS'): 1.67,
    ('NUMBER', 'CONTENT'): -0.27,
    ('NUMBER', 'PERIOD'): 0.29,
    ('PERIOD', 'BOS'): 1.5,
    ('PERIOD', 'CONTENT'): -0.5,
    ('PERIOD', 'PERIOD'): 0.61,
    ('PERIOD', 'PREP'): -0.35,
    ('PERIOD', 'PRON_SUBJ'): 0.66,
    ('PERIOD', 'VERB_ED'): -0.32,
    ('PREP', 'BOS'): 2.35,
    ('PREP', 'NAME'): 0.58,
    ('PREP', 'PERIOD'): 0.51,
    ('PREP', 'PREP'): -0.33,
    ('PRON_OBJ', 'BOS'): 2.49,
    ('PRON_OBJ', 'DET'): -0.29,
    ('PRON_OBJ', 'PERIOD'): 0.29,
    ('PRON_OBJ', 'PREP'): -0.29,
    ('PRON_SUBJ', 'BOS'): 2.53,
    ('PRON_SUBJ', 'DET'): -0.29,
    ('PRON_SUBJ', 'PERIOD'): 0.27,
    ('QUOTE', 'BOS'): 0.89,
    ('QUOTE', 'CONTENT'): -0.36,
    ('TO', 'BOS'): 2.12,
    ('TO', 'PERIOD'): 0.26,
    ('VERB_ED', 'BOS'): 2.51,
    ('VERB_ED', 'DET'): -0.38,
    ('VERB_ED', 'NAME'): 0.31,
    ('VERB_ED', 'PERIOD'): 0.27,
    ('VERB_ED', 'PREP'): -0.28,
    ('VERB_ING', 'BOS'): 2.05,
    ('VERB_ING', 'CONTENT'): -0.27,
    ('VERB_ING', 'DET'): -0.3,
    ('VERB_ING', 'PERIOD'): 0.38,
    ('VERB_ING', 'PREP'): -0.27,
    ('WH', 'BOS'): 1.52,
    ('WH', 'NAME'): 0.28,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 8): -0.26,
    ('PERIOD', 0): 0.36,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.41,
    8: 0.31,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.4399999976158142, 0.949999988079071, -0.10000000149011612, -0.8299999833106995, 0.14000000059604645


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
