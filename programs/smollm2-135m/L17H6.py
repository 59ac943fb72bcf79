"""head: L17H6
heldout_iou: 0.559
heldout_iou_no_bos: 0.467
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, PREP->BOS.

name: L17H6
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L17H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.2,
    ('AUX', 'BOS'): 2.57,
    ('AUX', 'DET'): -0.36,
    ('AUX', 'NAME'): -0.27,
    ('AUX', 'PERIOD'): 0.32,
    ('AUX', 'PRON_SUBJ'): -0.28,
    ('COMMA', 'BOS'): 2.16,
    ('COMMA', 'CONTENT'): -0.28,
    ('COMMA', 'DET'): -0.26,
    ('COMMA', 'NAME'): -0.29,
    ('CONJ', 'BOS'): 2.56,
    ('CONJ', 'CONTENT'): -0.32,
    ('CONJ', 'NAME'): -0.28,
    ('CONTENT', 'AUX'): -0.36,
    ('CONTENT', 'BOS'): 4.38,
    ('CONTENT', 'DET'): -0.71,
    ('CONTENT', 'PERIOD'): 0.37,
    ('CONTENT', 'PRON_SUBJ'): -0.29,
    ('DET', 'BOS'): 3.3,
    ('DET', 'DET'): -0.38,
    ('DET', 'PERIOD'): 0.31,
    ('NAME', 'BOS'): 3.91,
    ('NAME', 'CONTENT'): -0.27,
    ('NAME', 'DET'): -0.37,
    ('NEG', 'BOS'): 0.81,
    ('NEWLINE', 'BOS'): 1.46,
    ('NEWLINE', 'CONTENT'): -0.42,
    ('NUMBER', 'BOS'): 2.2,
    ('NUMBER', 'CONTENT'): -0.37,
    ('PERIOD', 'BOS'): 1.94,
    ('PERIOD', 'CONTENT'): -0.38,
    ('PERIOD', 'DET'): -0.37,
    ('PERIOD', 'NAME'): -0.51,
    ('PERIOD', 'PERIOD'): 0.49,
    ('PREP', 'BOS'): 3.45,
    ('PREP', 'DET'): -0.29,
    ('PRON_OBJ', 'BOS'): 2.99,
    ('PRON_OBJ', 'DET'): -0.28,
    ('PRON_SUBJ', 'BOS'): 2.42,
    ('PRON_SUBJ', 'DET'): -0.33,
    ('PRON_SUBJ', 'NAME'): -0.3,
    ('PRON_SUBJ', 'PRON_SUBJ'): -0.34,
    ('QUOTE', 'BOS'): 1.2,
    ('QUOTE', 'CONTENT'): -0.26,
    ('TO', 'BOS'): 2.51,
    ('TO', 'CONTENT'): -0.25,
    ('TO', 'NAME'): -0.27,
    ('VERB_ED', 'BOS'): 3.25,
    ('VERB_ED', 'DET'): -0.33,
    ('VERB_ING', 'BOS'): 2.92,
    ('VERB_ING', 'DET'): -0.26,
    ('WH', 'BOS'): 2.27,
    ('WH', 'CONTENT'): -0.28,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('ADV_LY', 8): 0.29,
    ('COMMA', 8): -0.44,
    ('CONJ', 1): 0.26,
    ('CONJ', 8): -0.53,
    ('CONTENT', 0): 0.41,
    ('CONTENT', 8): -0.3,
    ('NAME', 8): 0.28,
    ('NUMBER', 8): 0.3,
    ('PERIOD', 8): -0.36,
    ('PREP', 1): 0.32,
    ('PRON_SUBJ', 0): -0.33,
    ('PRON_SUBJ', 8): -0.32,
    ('VERB_ING', 8): 0.45,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.41,
    1: 1.29,
    2: 1.13,
    3: 0.97,
    4: 0.81,
    5: 0.66,
    6: 0.54,
    7: 0.4,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.30000001192092896, 0.14000000059604645, 0.10000000149011612, -0.5600000023841858, 0.07999999821186066


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
