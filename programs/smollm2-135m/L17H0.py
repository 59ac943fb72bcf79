"""head: L17H0
heldout_iou: 0.436
heldout_iou_no_bos: 0.349
Log-linear fit: strongest class pairs CONTENT->BOS, PERIOD->BOS, PREP->BOS.

name: L17H0
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PERIOD->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L17H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.96,
    ('AUX', 'AUX'): -0.48,
    ('AUX', 'BOS'): 1.8,
    ('AUX', 'DET'): -0.42,
    ('COMMA', 'BOS'): 2.37,
    ('COMMA', 'COMMA'): -0.35,
    ('COMMA', 'NAME'): -0.27,
    ('CONJ', 'BOS'): 2.44,
    ('CONTENT', 'AUX'): -0.46,
    ('CONTENT', 'BOS'): 3.59,
    ('CONTENT', 'COMMA'): -0.26,
    ('CONTENT', 'CONTENT'): 0.29,
    ('CONTENT', 'DET'): -0.58,
    ('CONTENT', 'PERIOD'): 0.31,
    ('CONTENT', 'VERB_ING'): 0.34,
    ('DET', 'AUX'): -0.3,
    ('DET', 'BOS'): 2.69,
    ('DET', 'DET'): -0.55,
    ('DET', 'PERIOD'): 0.54,
    ('NAME', 'AUX'): -0.34,
    ('NAME', 'BOS'): 2.65,
    ('NAME', 'DET'): -0.53,
    ('NAME', 'PREP'): -0.26,
    ('NEG', 'BOS'): 0.52,
    ('NEWLINE', 'BOS'): 2.31,
    ('NEWLINE', 'CONTENT'): -0.48,
    ('NUMBER', 'BOS'): 1.78,
    ('PERIOD', 'BOS'): 2.93,
    ('PERIOD', 'CONTENT'): -0.45,
    ('PERIOD', 'NAME'): -0.35,
    ('PERIOD', 'PRON_SUBJ'): -0.3,
    ('PREP', 'AUX'): -0.29,
    ('PREP', 'BOS'): 2.83,
    ('PREP', 'DET'): -0.27,
    ('PREP', 'NAME'): -0.28,
    ('PREP', 'PERIOD'): 0.32,
    ('PRON_OBJ', 'BOS'): 1.34,
    ('PRON_OBJ', 'DET'): -0.29,
    ('PRON_SUBJ', 'BOS'): 1.29,
    ('PRON_SUBJ', 'DET'): -0.35,
    ('PRON_SUBJ', 'PRON_OBJ'): 0.25,
    ('PRON_SUBJ', 'VERB_ED'): 0.52,
    ('PRON_SUBJ', 'VERB_ING'): 0.25,
    ('PUNCT', 'BOS'): 0.29,
    ('QUOTE', 'BOS'): 1.06,
    ('QUOTE', 'CONTENT'): -0.25,
    ('TO', 'BOS'): 1.89,
    ('TO', 'TO'): -0.36,
    ('VERB_ED', 'AUX'): -0.29,
    ('VERB_ED', 'BOS'): 2.42,
    ('VERB_ED', 'DET'): -0.37,
    ('VERB_ING', 'BOS'): 2.28,
    ('WH', 'BOS'): 2.03,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 8): -0.29,
    ('CONJ', 8): -0.32,
    ('CONTENT', 0): 0.55,
    ('NEWLINE', 8): 0.43,
    ('PERIOD', 0): 0.5,
    ('PREP', 1): 0.32,
    ('PRON_OBJ', 0): -0.27,
    ('PRON_SUBJ', 0): -0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.44,
    1: 0.88,
    2: 0.49,
    3: 0.44,
    4: 0.37,
    5: 0.35,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.5, 0.8999999761581421, -0.46000000834465027, -0.4699999988079071, 0.07000000029802322


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
