"""head: L26H2
heldout_iou: 0.470
heldout_iou_no_bos: 0.416
Log-linear fit: strongest class pairs DET->BOS, NAME->BOS, CONTENT->BOS.

name: L26H2
description: softmax over class-pair, distance and lexical terms; strongest pairs DET->BOS, NAME->BOS, CONTENT->BOS
origin: synthesized (search/loglinear)
target: L26H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.25,
    ('ADV_LY', 'BOS'): 1.34,
    ('ADV_LY', 'CONTENT'): -0.26,
    ('AUX', 'BOS'): 2.91,
    ('AUX', 'CONTENT'): -0.5,
    ('AUX', 'DET'): -0.47,
    ('AUX', 'PERIOD'): 0.7,
    ('AUX', 'QUOTE'): 0.36,
    ('COMMA', 'BOS'): 1.61,
    ('COMMA', 'CONTENT'): -0.57,
    ('COMMA', 'DET'): -0.41,
    ('COMMA', 'NAME'): -0.26,
    ('COMMA', 'PERIOD'): 0.42,
    ('COMMA', 'PRON_SUBJ'): 0.32,
    ('CONJ', 'BOS'): 1.61,
    ('CONJ', 'CONTENT'): -0.49,
    ('CONJ', 'DET'): -0.43,
    ('CONJ', 'PERIOD'): 0.46,
    ('CONJ', 'PREP'): -0.31,
    ('CONJ', 'PRON_SUBJ'): 0.31,
    ('CONTENT', 'BOS'): 4.07,
    ('CONTENT', 'DET'): -1.16,
    ('CONTENT', 'NUMBER'): -0.41,
    ('CONTENT', 'PERIOD'): 0.66,
    ('CONTENT', 'PREP'): -0.37,
    ('CONTENT', 'QUOTE'): 0.38,
    ('CONTENT', 'VERB_ED'): 0.4,
    ('DET', 'BOS'): 4.24,
    ('DET', 'CONTENT'): -0.46,
    ('NAME', 'BOS'): 4.15,
    ('NAME', 'CONTENT'): -0.45,
    ('NAME', 'DET'): -0.49,
    ('NEG', 'BOS'): 1.23,
    ('NEG', 'CONTENT'): -0.33,
    ('NEWLINE', 'BOS'): 1.96,
    ('NEWLINE', 'CONTENT'): -0.5,
    ('NUMBER', 'BOS'): 2.54,
    ('NUMBER', 'CONTENT'): -0.53,
    ('PERIOD', 'BOS'): 1.57,
    ('PERIOD', 'CONTENT'): -0.57,
    ('PERIOD', 'DET'): -0.71,
    ('PERIOD', 'PERIOD'): 0.74,
    ('PERIOD', 'PREP'): -0.33,
    ('PERIOD', 'PRON_SUBJ'): 0.62,
    ('PERIOD', 'VERB_ING'): -0.25,
    ('PREP', 'BOS'): 1.95,
    ('PREP', 'CONTENT'): -0.53,
    ('PREP', 'DET'): -0.62,
    ('PREP', 'PERIOD'): 0.74,
    ('PREP', 'PRON_OBJ'): 0.27,
    ('PRON_OBJ', 'BOS'): 3.68,
    ('PRON_OBJ', 'CONTENT'): -0.41,
    ('PRON_OBJ', 'DET'): -0.29,
    ('PRON_SUBJ', 'BOS'): 3.8,
    ('PRON_SUBJ', 'CONTENT'): -0.48,
    ('PRON_SUBJ', 'DET'): -0.33,
    ('PUNCT', 'BOS'): 0.28,
    ('QUOTE', 'BOS'): 1.35,
    ('QUOTE', 'CONTENT'): -0.28,
    ('TO', 'BOS'): 2.53,
    ('TO', 'CONTENT'): -0.52,
    ('TO', 'DET'): -0.26,
    ('TO', 'PERIOD'): 0.4,
    ('VERB_ED', 'AUX'): -0.28,
    ('VERB_ED', 'BOS'): 2.77,
    ('VERB_ED', 'CONTENT'): -0.53,
    ('VERB_ED', 'DET'): -0.59,
    ('VERB_ED', 'PERIOD'): 0.36,
    ('VERB_ED', 'PREP'): -0.3,
    ('VERB_ING', 'BOS'): 2.21,
    ('VERB_ING', 'CONTENT'): -0.29,
    ('VERB_ING', 'DET'): -0.42,
    ('WH', 'BOS'): 1.5,
    ('WH', 'CONTENT'): -0.47,
    ('WH', 'DET'): -0.39,
    ('WH', 'PERIOD'): 0.48,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 8): -0.33,
    ('CONJ', 1): 0.39,
    ('CONJ', 8): -0.52,
    ('CONTENT', 8): -0.8,
    ('DET', 8): 0.4,
    ('NEG', 8): 0.41,
    ('NEWLINE', 8): 0.29,
    ('NUMBER', 8): 0.46,
    ('PREP', 8): -0.44,
    ('PRON_OBJ', 1): 0.36,
    ('PRON_OBJ', 8): 0.26,
    ('PRON_SUBJ', 8): 0.27,
    ('QUOTE', 8): 0.28,
    ('WH', 8): -0.3,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.56,
    1: 0.51,
    2: 0.49,
    3: 0.42,
    4: 0.3,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.3799999952316284, 0.009999999776482582, 0.6899999976158142, -0.6800000071525574, -0.019999999552965164


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
