"""head: L17H2
heldout_iou: 0.560
heldout_iou_no_bos: 0.459
Log-linear fit: strongest class pairs CONTENT->BOS, PREP->BOS, NAME->BOS.

name: L17H2
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PREP->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L17H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.06,
    ('AUX', 'AUX'): -0.29,
    ('AUX', 'BOS'): 2.3,
    ('AUX', 'DET'): -0.37,
    ('COMMA', 'BOS'): 2.35,
    ('COMMA', 'CONTENT'): -0.33,
    ('COMMA', 'PERIOD'): 0.49,
    ('CONJ', 'BOS'): 2.6,
    ('CONJ', 'CONTENT'): -0.31,
    ('CONJ', 'DET'): -0.26,
    ('CONJ', 'PERIOD'): 0.41,
    ('CONTENT', 'AUX'): -0.37,
    ('CONTENT', 'BOS'): 3.61,
    ('CONTENT', 'CONTENT'): 0.29,
    ('CONTENT', 'DET'): -0.65,
    ('CONTENT', 'PERIOD'): 0.34,
    ('CONTENT', 'TO'): -0.25,
    ('DET', 'AUX'): -0.26,
    ('DET', 'BOS'): 2.68,
    ('DET', 'DET'): -0.42,
    ('DET', 'PERIOD'): 0.43,
    ('NAME', 'BOS'): 2.87,
    ('NAME', 'DET'): -0.47,
    ('NAME', 'NAME'): 0.34,
    ('NEG', 'BOS'): 0.65,
    ('NEWLINE', 'BOS'): 2.14,
    ('NEWLINE', 'CONTENT'): -0.5,
    ('NUMBER', 'BOS'): 1.76,
    ('NUMBER', 'CONTENT'): -0.29,
    ('PERIOD', 'BOS'): 2.8,
    ('PERIOD', 'CONTENT'): -0.47,
    ('PERIOD', 'DET'): -0.31,
    ('PERIOD', 'NAME'): -0.26,
    ('PERIOD', 'PERIOD'): 0.58,
    ('PREP', 'BOS'): 2.87,
    ('PREP', 'DET'): -0.29,
    ('PREP', 'PERIOD'): 0.34,
    ('PRON_OBJ', 'BOS'): 2.18,
    ('PRON_OBJ', 'DET'): -0.28,
    ('PRON_SUBJ', 'BOS'): 2.32,
    ('PRON_SUBJ', 'DET'): -0.32,
    ('PUNCT', 'BOS'): 0.28,
    ('QUOTE', 'BOS'): 1.19,
    ('QUOTE', 'CONTENT'): -0.34,
    ('TO', 'BOS'): 2.08,
    ('VERB_ED', 'AUX'): -0.25,
    ('VERB_ED', 'BOS'): 2.66,
    ('VERB_ED', 'DET'): -0.42,
    ('VERB_ING', 'BOS'): 2.35,
    ('VERB_ING', 'DET'): -0.27,
    ('WH', 'BOS'): 2.27,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 8): -0.26,
    ('CONTENT', 0): 0.41,
    ('CONTENT', 8): -0.28,
    ('NEWLINE', 8): 0.35,
    ('PERIOD', 0): 0.26,
    ('PRON_SUBJ', 8): -0.27,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.4,
    2: 0.28,
    3: 0.28,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.0199999809265137, 0.5400000214576721, -0.4099999964237213, -0.6000000238418579, 0.15000000596046448


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
