"""head: L14H0
heldout_iou: 0.529
heldout_iou_no_bos: 0.482
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L14H0
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L14H0
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.08,
    ('AUX', 'BOS'): 3.08,
    ('AUX', 'CONTENT'): -0.36,
    ('AUX', 'DET'): -0.37,
    ('AUX', 'NAME'): -0.38,
    ('AUX', 'PRON_SUBJ'): -0.38,
    ('COMMA', 'BOS'): 1.66,
    ('COMMA', 'CONTENT'): -0.34,
    ('COMMA', 'DET'): -0.31,
    ('COMMA', 'NAME'): -0.35,
    ('CONJ', 'BOS'): 2.42,
    ('CONJ', 'CONTENT'): -0.43,
    ('CONJ', 'DET'): -0.33,
    ('CONJ', 'NAME'): -0.43,
    ('CONTENT', 'AUX'): -0.29,
    ('CONTENT', 'BOS'): 4.38,
    ('CONTENT', 'COMMA'): -0.25,
    ('CONTENT', 'DET'): -0.44,
    ('CONTENT', 'NAME'): -0.53,
    ('CONTENT', 'PRON_SUBJ'): -0.43,
    ('CONTENT', 'VERB_ING'): 0.27,
    ('DET', 'BOS'): 3.47,
    ('DET', 'CONTENT'): -0.26,
    ('DET', 'DET'): -0.39,
    ('DET', 'NAME'): -0.43,
    ('DET', 'PRON_SUBJ'): -0.27,
    ('NAME', 'AUX'): -0.28,
    ('NAME', 'BOS'): 3.87,
    ('NAME', 'CONTENT'): -0.46,
    ('NAME', 'DET'): -0.36,
    ('NAME', 'NAME'): -0.35,
    ('NEG', 'BOS'): 0.79,
    ('NEWLINE', 'BOS'): 1.34,
    ('NEWLINE', 'CONTENT'): -0.44,
    ('NUMBER', 'BOS'): 2.11,
    ('NUMBER', 'CONTENT'): -0.38,
    ('PERIOD', 'BOS'): 1.53,
    ('PERIOD', 'CONTENT'): -0.44,
    ('PERIOD', 'DET'): -0.46,
    ('PERIOD', 'NAME'): -0.69,
    ('PERIOD', 'PERIOD'): 0.27,
    ('PERIOD', 'VERB_ED'): 0.26,
    ('PERIOD', 'WH'): 0.35,
    ('PREP', 'BOS'): 3.36,
    ('PREP', 'CONTENT'): -0.28,
    ('PREP', 'DET'): -0.29,
    ('PREP', 'NAME'): -0.39,
    ('PRON_OBJ', 'BOS'): 2.98,
    ('PRON_OBJ', 'CONTENT'): -0.29,
    ('PRON_OBJ', 'DET'): -0.26,
    ('PRON_SUBJ', 'BOS'): 2.9,
    ('PRON_SUBJ', 'CONTENT'): -0.32,
    ('PRON_SUBJ', 'DET'): -0.36,
    ('PRON_SUBJ', 'NAME'): -0.28,
    ('PUNCT', 'BOS'): 0.26,
    ('QUOTE', 'BOS'): 1.29,
    ('QUOTE', 'CONTENT'): -0.33,
    ('TO', 'BOS'): 2.47,
    ('TO', 'CONTENT'): -0.37,
    ('TO', 'NAME'): -0.41,
    ('VERB_ED', 'BOS'): 3.36,
    ('VERB_ED', 'CONTENT'): -0.38,
    ('VERB_ED', 'DET'): -0.32,
    ('VERB_ING', 'BOS'): 2.66,
    ('VERB_ING', 'CONTENT'): -0.31,
    ('WH', 'BOS'): 2.37,
    ('WH', 'CONTENT'): -0.39,
    ('WH', 'DET'): -0.26,
    ('WH', 'NAME'): -0.26,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.27,
    ('COMMA', 8): -0.37,
    ('CONJ', 8): -0.31,
    ('CONTENT', 0): 0.63,
    ('CONTENT', 2): 0.31,
    ('CONTENT', 8): -0.57,
    ('DET', 2): 0.38,
    ('PERIOD', 0): -0.27,
    ('PERIOD', 2): -0.36,
    ('PERIOD', 8): 0.34,
    ('PREP', 1): 0.34,
    ('PREP', 8): -0.27,
    ('PRON_OBJ', 1): 0.34,
    ('VERB_ED', 0): 0.3,
    ('VERB_ED', 8): 0.27,
    ('VERB_ING', 0): 0.27,
    ('VERB_ING', 8): 0.34,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 2.16,
    1: 2.49,
    2: 2.01,
    3: 1.6,
    4: 1.23,
    5: 0.88,
    6: 0.62,
    7: 0.45,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.18000000715255737, -0.33000001311302185, 1.5399999618530273, -0.4399999976158142, 0.5899999737739563


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
