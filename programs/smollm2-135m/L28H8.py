"""head: L28H8
heldout_iou: 0.544
heldout_iou_no_bos: 0.435
Log-linear fit: strongest class pairs DET->BOS, CONTENT->BOS, NAME->BOS.

name: L28H8
description: softmax over class-pair, distance and lexical terms; strongest pairs DET->BOS, CONTENT->BOS, NAME->BOS
origin: synthesized (search/loglinear)
target: L28H8
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.3,
    ('ADV_LY', 'BOS'): 1.07,
    ('AUX', 'BOS'): 2.91,
    ('AUX', 'CONTENT'): -0.5,
    ('AUX', 'DET'): -0.3,
    ('AUX', 'NAME'): -0.27,
    ('AUX', 'PERIOD'): 0.68,
    ('AUX', 'PREP'): -0.28,
    ('COMMA', 'BOS'): 1.87,
    ('COMMA', 'CONTENT'): -0.57,
    ('COMMA', 'DET'): -0.26,
    ('COMMA', 'NAME'): -0.3,
    ('COMMA', 'PERIOD'): 0.94,
    ('CONJ', 'BOS'): 2.7,
    ('CONJ', 'CONTENT'): -0.57,
    ('CONJ', 'DET'): -0.26,
    ('CONJ', 'NAME'): -0.3,
    ('CONJ', 'PERIOD'): 0.51,
    ('CONTENT', 'BOS'): 3.45,
    ('CONTENT', 'COMMA'): 0.64,
    ('CONTENT', 'DET'): -0.89,
    ('CONTENT', 'NAME'): -0.33,
    ('CONTENT', 'NEG'): 0.33,
    ('CONTENT', 'NEWLINE'): 0.6,
    ('CONTENT', 'PERIOD'): 1.95,
    ('CONTENT', 'PREP'): -0.73,
    ('CONTENT', 'PRON_OBJ'): -0.41,
    ('CONTENT', 'PUNCT'): 0.31,
    ('CONTENT', 'QUOTE'): 1.2,
    ('CONTENT', 'TO'): -0.55,
    ('DET', 'BOS'): 3.45,
    ('DET', 'CONTENT'): -0.46,
    ('DET', 'DET'): -0.38,
    ('DET', 'NAME'): -0.3,
    ('DET', 'PERIOD'): 0.53,
    ('NAME', 'BOS'): 3.29,
    ('NAME', 'CONTENT'): -0.42,
    ('NAME', 'DET'): -0.5,
    ('NAME', 'PERIOD'): 0.9,
    ('NAME', 'PREP'): -0.32,
    ('NAME', 'QUOTE'): 0.34,
    ('NEG', 'BOS'): 1.07,
    ('NEG', 'CONTENT'): -0.34,
    ('NEWLINE', 'BOS'): 1.48,
    ('NEWLINE', 'CONTENT'): -0.54,
    ('NEWLINE', 'NEWLINE'): 0.65,
    ('NUMBER', 'BOS'): 1.97,
    ('NUMBER', 'CONTENT'): -0.49,
    ('NUMBER', 'PERIOD'): 0.36,
    ('PERIOD', 'BOS'): 1.29,
    ('PERIOD', 'CONTENT'): -0.72,
    ('PERIOD', 'DET'): -0.29,
    ('PERIOD', 'NAME'): -0.39,
    ('PERIOD', 'NEWLINE'): 0.7,
    ('PERIOD', 'PERIOD'): 2.05,
    ('PERIOD', 'PREP'): -0.33,
    ('PERIOD', 'QUOTE'): 0.4,
    ('PREP', 'BOS'): 3.05,
    ('PREP', 'CONTENT'): -0.55,
    ('PREP', 'DET'): -0.29,
    ('PREP', 'NAME'): -0.37,
    ('PREP', 'PERIOD'): 1.04,
    ('PREP', 'PREP'): -0.42,
    ('PRON_OBJ', 'BOS'): 2.97,
    ('PRON_OBJ', 'CONTENT'): -0.49,
    ('PRON_OBJ', 'PERIOD'): 0.69,
    ('PRON_SUBJ', 'BOS'): 2.65,
    ('PRON_SUBJ', 'CONTENT'): -0.51,
    ('PRON_SUBJ', 'DET'): -0.36,
    ('PRON_SUBJ', 'NAME'): -0.3,
    ('PRON_SUBJ', 'PERIOD'): 0.3,
    ('PRON_SUBJ', 'PREP'): -0.33,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.45,
    ('PRON_SUBJ', 'QUOTE'): 0.26,
    ('QUOTE', 'BOS'): 0.84,
    ('QUOTE', 'CONTENT'): -0.45,
    ('QUOTE', 'QUOTE'): 0.57,
    ('TO', 'BOS'): 2.72,
    ('TO', 'CONTENT'): -0.56,
    ('TO', 'PERIOD'): 0.41,
    ('TO', 'TO'): -0.4,
    ('VERB_ED', 'BOS'): 2.9,
    ('VERB_ED', 'CONTENT'): -0.38,
    ('VERB_ED', 'DET'): -0.41,
    ('VERB_ED', 'PERIOD'): 0.75,
    ('VERB_ED', 'PREP'): -0.28,
    ('VERB_ING', 'BOS'): 2.36,
    ('VERB_ING', 'CONTENT'): -0.36,
    ('VERB_ING', 'DET'): -0.29,
    ('VERB_ING', 'PERIOD'): 0.63,
    ('WH', 'BOS'): 2.39,
    ('WH', 'CONTENT'): -0.47,
    ('WH', 'DET'): -0.26,
    ('WH', 'PERIOD'): 0.39,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 8): -0.27,
    ('NAME', 0): 0.3,
    ('NEWLINE', 0): 0.61,
    ('PRON_OBJ', 8): 0.32,
    ('QUOTE', 0): 0.41,
    ('QUOTE', 8): -0.26,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 1.98,
    1: 1.17,
    2: 0.84,
    3: 0.7,
    4: 0.56,
    5: 0.51,
    6: 0.36,
    7: 0.29,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 1.25, -0.009999999776482582, -0.009999999776482582, -0.7300000190734863, 0.7099999785423279


def attention(ctx):
    logits = C.loglinear_logits(ctx, PAIR, QUERY_OFFSET, OFFSET, SAME_TOKEN, INDUCTION, SAME_SENTENCE,
                                EMBED_COSINE, LOG_DISTANCE)
    return C.softmax_scores(logits)
