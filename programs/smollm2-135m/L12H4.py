"""head: L12H4
heldout_iou: 0.476
heldout_iou_no_bos: 0.429
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS.

name: L12H4
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, VERB_ED->BOS
origin: synthesized (search/loglinear)
target: L12H4
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.14,
    ('AUX', 'BOS'): 2.43,
    ('AUX', 'CONTENT'): 0.48,
    ('AUX', 'DET'): -0.29,
    ('AUX', 'PERIOD'): -0.25,
    ('AUX', 'PRON_SUBJ'): -0.27,
    ('AUX', 'VERB_ING'): 0.25,
    ('COMMA', 'BOS'): 1.43,
    ('COMMA', 'COMMA'): -0.3,
    ('COMMA', 'CONTENT'): 0.3,
    ('CONJ', 'BOS'): 1.37,
    ('CONJ', 'COMMA'): -0.38,
    ('CONJ', 'CONTENT'): 0.37,
    ('CONJ', 'PERIOD'): -0.27,
    ('CONTENT', 'AUX'): -0.29,
    ('CONTENT', 'BOS'): 4.42,
    ('CONTENT', 'COMMA'): -0.27,
    ('CONTENT', 'CONJ'): -0.28,
    ('CONTENT', 'CONTENT'): 0.77,
    ('CONTENT', 'DET'): -0.76,
    ('CONTENT', 'NAME'): 0.27,
    ('CONTENT', 'PERIOD'): -0.32,
    ('CONTENT', 'PRON_OBJ'): -0.28,
    ('CONTENT', 'PRON_SUBJ'): -0.27,
    ('CONTENT', 'VERB_ED'): 0.46,
    ('CONTENT', 'VERB_ING'): 0.71,
    ('DET', 'AUX'): -0.39,
    ('DET', 'BOS'): 2.9,
    ('DET', 'CONTENT'): 0.32,
    ('DET', 'DET'): -0.44,
    ('DET', 'PRON_SUBJ'): -0.29,
    ('NAME', 'BOS'): 3.4,
    ('NAME', 'CONTENT'): 0.3,
    ('NAME', 'DET'): -0.46,
    ('NAME', 'NAME'): 0.59,
    ('NEG', 'BOS'): 0.55,
    ('NEWLINE', 'BOS'): 0.43,
    ('NEWLINE', 'NEWLINE'): -0.26,
    ('NUMBER', 'BOS'): 1.82,
    ('PERIOD', 'BOS'): 0.5,
    ('PERIOD', 'CONTENT'): 0.66,
    ('PERIOD', 'DET'): -0.38,
    ('PERIOD', 'PERIOD'): -0.56,
    ('PERIOD', 'VERB_ED'): 0.3,
    ('PERIOD', 'VERB_ING'): 0.28,
    ('PREP', 'BOS'): 3.04,
    ('PREP', 'CONTENT'): 0.43,
    ('PREP', 'DET'): -0.31,
    ('PRON_OBJ', 'BOS'): 2.41,
    ('PRON_OBJ', 'CONTENT'): 0.33,
    ('PRON_OBJ', 'DET'): -0.34,
    ('PRON_SUBJ', 'BOS'): 1.78,
    ('PRON_SUBJ', 'CONTENT'): 0.51,
    ('PRON_SUBJ', 'DET'): -0.36,
    ('PRON_SUBJ', 'PERIOD'): -0.33,
    ('PRON_SUBJ', 'VERB_ED'): 0.35,
    ('PRON_SUBJ', 'VERB_ING'): 0.27,
    ('QUOTE', 'BOS'): 0.96,
    ('TO', 'BOS'): 2.32,
    ('VERB_ED', 'BOS'): 3.17,
    ('VERB_ED', 'DET'): -0.37,
    ('VERB_ED', 'PERIOD'): -0.27,
    ('VERB_ING', 'BOS'): 2.87,
    ('VERB_ING', 'DET'): -0.27,
    ('VERB_ING', 'VERB_ING'): 0.29,
    ('WH', 'BOS'): 1.88,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('ADV_LY', 8): 0.38,
    ('COMMA', 1): 0.39,
    ('COMMA', 8): -0.63,
    ('CONJ', 1): 0.51,
    ('CONJ', 8): -0.75,
    ('CONTENT', 0): 0.34,
    ('NAME', 1): -0.29,
    ('NAME', 8): 0.57,
    ('NUMBER', 8): 0.29,
    ('PERIOD', 0): -0.45,
    ('PERIOD', 8): -0.39,
    ('PREP', 0): 0.38,
    ('PREP', 1): 0.54,
    ('PREP', 8): -0.26,
    ('PRON_SUBJ', 1): -0.26,
    ('VERB_ED', 8): 0.35,
    ('VERB_ING', 8): 0.48,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.7,
    1: 1.39,
    2: 0.97,
    3: 0.71,
    4: 0.6,
    5: 0.44,
    6: 0.39,
    7: 0.32,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.5899999737739563, 0.3799999952316284, 0.20999999344348907, -0.550000011920929, -0.15000000596046448


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
