"""head: L29H2
heldout_iou: 0.438
heldout_iou_no_bos: 0.418
Log-linear fit: strongest class pairs NAME->BOS, CONTENT->BOS, DET->BOS.

name: L29H2
description: softmax over class-pair, distance and lexical terms; strongest pairs NAME->BOS, CONTENT->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L29H2
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.63,
    ('AUX', 'BOS'): 1.61,
    ('AUX', 'PERIOD'): 0.25,
    ('COMMA', 'BOS'): 1.7,
    ('COMMA', 'CONTENT'): -0.45,
    ('COMMA', 'DET'): -0.31,
    ('COMMA', 'PERIOD'): 1.05,
    ('CONJ', 'BOS'): 2.08,
    ('CONJ', 'COMMA'): 0.37,
    ('CONJ', 'CONTENT'): -0.5,
    ('CONJ', 'DET'): -0.27,
    ('CONJ', 'PERIOD'): 1.25,
    ('CONTENT', 'BOS'): 2.73,
    ('CONTENT', 'COMMA'): 0.29,
    ('CONTENT', 'PERIOD'): 1.06,
    ('CONTENT', 'PRON_SUBJ'): -0.34,
    ('CONTENT', 'QUOTE'): 0.33,
    ('CONTENT', 'TO'): -0.31,
    ('CONTENT', 'WH'): 0.29,
    ('DET', 'BOS'): 2.56,
    ('DET', 'DET'): 0.64,
    ('DET', 'PRON_SUBJ'): -0.27,
    ('NAME', 'BOS'): 3.26,
    ('NAME', 'CONTENT'): -0.31,
    ('NEG', 'BOS'): 0.29,
    ('NEWLINE', 'BOS'): 1.08,
    ('NEWLINE', 'CONTENT'): -0.51,
    ('NEWLINE', 'NEWLINE'): 0.37,
    ('NEWLINE', 'PERIOD'): 0.41,
    ('NUMBER', 'BOS'): 1.64,
    ('NUMBER', 'CONTENT'): -0.27,
    ('PERIOD', 'AUX'): -0.28,
    ('PERIOD', 'BOS'): 1.76,
    ('PERIOD', 'COMMA'): 0.71,
    ('PERIOD', 'CONTENT'): -0.63,
    ('PERIOD', 'DET'): -0.6,
    ('PERIOD', 'PERIOD'): 1.08,
    ('PERIOD', 'PRON_OBJ'): -0.3,
    ('PERIOD', 'PRON_SUBJ'): -0.36,
    ('PREP', 'AUX'): -0.26,
    ('PREP', 'BOS'): 2.07,
    ('PREP', 'COMMA'): 0.27,
    ('PREP', 'CONTENT'): -0.47,
    ('PREP', 'DET'): -0.27,
    ('PREP', 'PERIOD'): 1.04,
    ('PREP', 'PRON_SUBJ'): -0.38,
    ('PRON_OBJ', 'BOS'): 1.88,
    ('PRON_OBJ', 'DET'): 0.27,
    ('PRON_OBJ', 'PRON_OBJ'): 0.35,
    ('PRON_SUBJ', 'BOS'): 1.9,
    ('PRON_SUBJ', 'DET'): -0.25,
    ('PRON_SUBJ', 'PERIOD'): -0.39,
    ('PRON_SUBJ', 'PREP'): -0.3,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.38,
    ('QUOTE', 'BOS'): 0.52,
    ('QUOTE', 'CONTENT'): -0.37,
    ('QUOTE', 'PERIOD'): 0.34,
    ('QUOTE', 'QUOTE'): 0.32,
    ('TO', 'BOS'): 1.85,
    ('VERB_ED', 'BOS'): 1.96,
    ('VERB_ED', 'CONTENT'): -0.39,
    ('VERB_ED', 'DET'): -0.32,
    ('VERB_ED', 'PERIOD'): 0.82,
    ('VERB_ED', 'VERB_ED'): -0.25,
    ('VERB_ING', 'BOS'): 1.71,
    ('VERB_ING', 'CONTENT'): -0.35,
    ('VERB_ING', 'PERIOD'): 0.53,
    ('WH', 'BOS'): 1.15,
    ('WH', 'CONTENT'): -0.44,
    ('WH', 'DET'): -0.29,
    ('WH', 'PERIOD'): 1.03,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('CONTENT', 8): -0.35,
    ('DET', 1): 0.27,
    ('PERIOD', 8): 0.43,
    ('PREP', 0): -0.27,
    ('PREP', 1): -0.27,
    ('VERB_ED', 0): -0.32,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 0.35,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.0299999713897705, 0.05000000074505806, 0.05999999865889549, -0.17000000178813934, -0.11999999731779099


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
