"""head: L7H3
heldout_iou: 0.395
heldout_iou_no_bos: 0.338
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PREP->BOS.

name: L7H3
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L7H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.93,
    ('AUX', 'AUX'): -0.48,
    ('AUX', 'BOS'): 1.96,
    ('AUX', 'CONTENT'): -0.67,
    ('AUX', 'DET'): 1.28,
    ('AUX', 'NAME'): -0.39,
    ('COMMA', 'AUX'): -0.33,
    ('COMMA', 'BOS'): 1.44,
    ('COMMA', 'CONTENT'): -0.8,
    ('COMMA', 'DET'): 0.94,
    ('COMMA', 'NAME'): -0.37,
    ('COMMA', 'PERIOD'): 0.43,
    ('COMMA', 'VERB_ED'): -0.29,
    ('CONJ', 'AUX'): -0.35,
    ('CONJ', 'BOS'): 1.83,
    ('CONJ', 'CONTENT'): -0.86,
    ('CONJ', 'DET'): 1.1,
    ('CONJ', 'NAME'): -0.43,
    ('CONJ', 'PERIOD'): 0.38,
    ('CONJ', 'VERB_ED'): -0.29,
    ('CONTENT', 'AUX'): -0.44,
    ('CONTENT', 'BOS'): 3.08,
    ('CONTENT', 'COMMA'): 0.3,
    ('CONTENT', 'DET'): 2.45,
    ('CONTENT', 'NAME'): -0.48,
    ('CONTENT', 'NUMBER'): 0.44,
    ('CONTENT', 'PERIOD'): 0.38,
    ('DET', 'AUX'): -0.26,
    ('DET', 'BOS'): 2.36,
    ('DET', 'CONTENT'): -0.46,
    ('DET', 'DET'): 1.62,
    ('DET', 'NAME'): -0.35,
    ('NAME', 'AUX'): -0.33,
    ('NAME', 'BOS'): 2.57,
    ('NAME', 'CONTENT'): -0.41,
    ('NAME', 'DET'): 1.83,
    ('NAME', 'NAME'): -0.57,
    ('NAME', 'NUMBER'): 0.28,
    ('NAME', 'VERB_ED'): -0.26,
    ('NEG', 'BOS'): 0.47,
    ('NEG', 'CONTENT'): -0.36,
    ('NEG', 'DET'): 0.4,
    ('NEWLINE', 'BOS'): 0.67,
    ('NEWLINE', 'CONTENT'): -0.42,
    ('NEWLINE', 'NEWLINE'): 0.4,
    ('NUMBER', 'BOS'): 1.25,
    ('NUMBER', 'CONTENT'): -0.56,
    ('NUMBER', 'DET'): 0.97,
    ('PERIOD', 'AUX'): -0.48,
    ('PERIOD', 'BOS'): 1.63,
    ('PERIOD', 'COMMA'): 0.33,
    ('PERIOD', 'CONTENT'): -0.82,
    ('PERIOD', 'DET'): 0.8,
    ('PERIOD', 'NAME'): -0.54,
    ('PERIOD', 'VERB_ED'): -0.37,
    ('PERIOD', 'VERB_ING'): -0.27,
    ('PREP', 'BOS'): 2.47,
    ('PREP', 'CONTENT'): -0.51,
    ('PREP', 'DET'): 1.79,
    ('PREP', 'NAME'): -0.39,
    ('PRON_OBJ', 'BOS'): 1.82,
    ('PRON_OBJ', 'CONTENT'): -0.49,
    ('PRON_OBJ', 'DET'): 0.95,
    ('PRON_SUBJ', 'BOS'): 1.86,
    ('PRON_SUBJ', 'CONTENT'): -0.67,
    ('PRON_SUBJ', 'DET'): 1.04,
    ('PRON_SUBJ', 'NAME'): -0.32,
    ('PRON_SUBJ', 'VERB_ED'): -0.26,
    ('QUOTE', 'BOS'): 0.63,
    ('QUOTE', 'CONTENT'): -0.46,
    ('QUOTE', 'DET'): 0.35,
    ('QUOTE', 'PERIOD'): 0.27,
    ('TO', 'BOS'): 2.04,
    ('TO', 'CONTENT'): -0.48,
    ('TO', 'DET'): 1.35,
    ('TO', 'NAME'): -0.28,
    ('VERB_ED', 'BOS'): 2.13,
    ('VERB_ED', 'CONTENT'): -0.52,
    ('VERB_ED', 'DET'): 1.33,
    ('VERB_ED', 'NAME'): -0.27,
    ('VERB_ING', 'BOS'): 1.61,
    ('VERB_ING', 'CONTENT'): -0.43,
    ('VERB_ING', 'DET'): 1.37,
    ('WH', 'BOS'): 1.56,
    ('WH', 'CONTENT'): -0.64,
    ('WH', 'DET'): 1.07,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('NAME', 3): -0.29,
    ('NEWLINE', 0): 0.33,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.7,
    1: 0.58,
    2: 0.4,
    3: 0.27,
    4: 0.26,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.4699999988079071, -0.12999999523162842, -0.25, -0.07000000029802322, 0.3499999940395355


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
