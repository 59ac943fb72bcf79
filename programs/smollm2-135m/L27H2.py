"""head: L27H2
heldout_iou: 0.449
heldout_iou_no_bos: 0.395
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS.

name: L27H2
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS
origin: synthesized (search/loglinear)
target: L27H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.81,
    ('AUX', 'BOS'): 2.02,
    ('AUX', 'CONTENT'): 0.32,
    ('AUX', 'DET'): -0.28,
    ('AUX', 'NAME'): 0.3,
    ('COMMA', 'BOS'): 1.91,
    ('COMMA', 'DET'): -0.27,
    ('COMMA', 'NAME'): 0.39,
    ('COMMA', 'PERIOD'): 0.66,
    ('CONJ', 'AUX'): -0.25,
    ('CONJ', 'BOS'): 1.94,
    ('CONJ', 'DET'): -0.34,
    ('CONJ', 'NAME'): 0.41,
    ('CONJ', 'PERIOD'): 0.54,
    ('CONTENT', 'AUX'): -0.37,
    ('CONTENT', 'BOS'): 3.77,
    ('CONTENT', 'CONTENT'): 0.57,
    ('CONTENT', 'DET'): -0.5,
    ('CONTENT', 'NAME'): 0.96,
    ('CONTENT', 'PERIOD'): 0.82,
    ('CONTENT', 'PREP'): -0.29,
    ('CONTENT', 'PRON_SUBJ'): -0.3,
    ('CONTENT', 'QUOTE'): 0.29,
    ('CONTENT', 'TO'): -0.32,
    ('CONTENT', 'VERB_ING'): 0.46,
    ('DET', 'BOS'): 2.02,
    ('DET', 'VERB_ED'): -0.34,
    ('NAME', 'BOS'): 3.55,
    ('NAME', 'DET'): -0.36,
    ('NAME', 'VERB_ING'): 0.29,
    ('NEG', 'BOS'): 0.3,
    ('NEWLINE', 'BOS'): 1.69,
    ('NEWLINE', 'CONTENT'): -0.34,
    ('NEWLINE', 'PERIOD'): 0.28,
    ('NUMBER', 'BOS'): 1.51,
    ('PERIOD', 'AUX'): -0.3,
    ('PERIOD', 'BOS'): 2.19,
    ('PERIOD', 'DET'): -0.49,
    ('PERIOD', 'NAME'): 0.61,
    ('PERIOD', 'PERIOD'): 1.05,
    ('PREP', 'AUX'): -0.29,
    ('PREP', 'BOS'): 2.32,
    ('PREP', 'DET'): -0.31,
    ('PREP', 'NAME'): 0.5,
    ('PREP', 'PERIOD'): 0.67,
    ('PREP', 'PRON_SUBJ'): -0.26,
    ('PREP', 'VERB_ED'): -0.27,
    ('PRON_OBJ', 'BOS'): 1.95,
    ('PRON_SUBJ', 'BOS'): 2.03,
    ('PRON_SUBJ', 'CONTENT'): 0.56,
    ('PRON_SUBJ', 'DET'): -0.33,
    ('PRON_SUBJ', 'VERB_ING'): 0.31,
    ('PUNCT', 'BOS'): 0.27,
    ('QUOTE', 'BOS'): 0.76,
    ('TO', 'BOS'): 1.5,
    ('TO', 'TO'): -0.26,
    ('VERB_ED', 'AUX'): -0.27,
    ('VERB_ED', 'BOS'): 2.56,
    ('VERB_ED', 'DET'): -0.44,
    ('VERB_ED', 'NAME'): 0.61,
    ('VERB_ED', 'PERIOD'): 0.41,
    ('VERB_ING', 'BOS'): 2.45,
    ('VERB_ING', 'DET'): -0.27,
    ('WH', 'BOS'): 1.4,
    ('WH', 'NAME'): 0.48,
    ('WH', 'PERIOD'): 0.4,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONJ', 1): 0.37,
    ('PERIOD', 2): -0.28,
    ('PRON_SUBJ', 2): 0.38,
    ('VERB_ING', 8): 0.33,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.26,
    1: 1.11,
    2: 0.91,
    3: 0.73,
    4: 0.59,
    5: 0.41,
    6: 0.33,
    7: 0.3,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8100000023841858, 0.3100000023841858, -0.23999999463558197, -0.5400000214576721, 0.15000000596046448


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
