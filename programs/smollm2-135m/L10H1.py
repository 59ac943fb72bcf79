"""head: L10H1
heldout_iou: 0.357
heldout_iou_no_bos: 0.354
Log-linear fit: strongest class pairs PRON_SUBJ->DET, AUX->DET, PERIOD->DET.

name: L10H1
description: softmax over class-pair, distance and lexical terms; strongest pairs PRON_SUBJ->DET, AUX->DET, PERIOD->DET
origin: synthesized (search/loglinear)
target: L10H1
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('AUX', 'BOS'): 0.29,
    ('AUX', 'CONTENT'): -0.48,
    ('AUX', 'DET'): 1.72,
    ('AUX', 'NAME'): -0.53,
    ('AUX', 'PERIOD'): 0.72,
    ('AUX', 'PREP'): -0.32,
    ('AUX', 'PRON_SUBJ'): -0.25,
    ('COMMA', 'COMMA'): 0.34,
    ('COMMA', 'CONTENT'): -0.48,
    ('COMMA', 'DET'): 1.22,
    ('COMMA', 'NAME'): -0.42,
    ('CONJ', 'AUX'): 0.25,
    ('CONJ', 'CONTENT'): -0.53,
    ('CONJ', 'DET'): 0.99,
    ('CONJ', 'NAME'): -0.55,
    ('CONJ', 'VERB_ED'): 0.43,
    ('CONTENT', 'ADV_LY'): -0.27,
    ('CONTENT', 'AUX'): 0.79,
    ('CONTENT', 'BOS'): -0.31,
    ('CONTENT', 'CONJ'): -0.26,
    ('CONTENT', 'CONTENT'): -0.35,
    ('CONTENT', 'DET'): 1.16,
    ('CONTENT', 'NAME'): -1.17,
    ('CONTENT', 'PERIOD'): 0.83,
    ('CONTENT', 'PREP'): 0.94,
    ('CONTENT', 'PRON_OBJ'): -0.31,
    ('CONTENT', 'PRON_SUBJ'): -0.61,
    ('CONTENT', 'TO'): 0.54,
    ('CONTENT', 'VERB_ED'): 0.37,
    ('CONTENT', 'VERB_ING'): 0.32,
    ('DET', 'AUX'): 0.47,
    ('DET', 'BOS'): -0.28,
    ('DET', 'COMMA'): -0.27,
    ('DET', 'CONJ'): -0.29,
    ('DET', 'DET'): 0.76,
    ('DET', 'NAME'): -0.44,
    ('DET', 'PREP'): 0.45,
    ('DET', 'PRON_OBJ'): -0.28,
    ('DET', 'PRON_SUBJ'): -0.37,
    ('DET', 'VERB_ED'): 0.39,
    ('DET', 'VERB_ING'): 0.29,
    ('NAME', 'CONTENT'): -0.51,
    ('NAME', 'DET'): 1.39,
    ('NAME', 'NAME'): -1.13,
    ('NAME', 'PERIOD'): 0.9,
    ('NAME', 'PREP'): 0.32,
    ('NEG', 'DET'): 0.33,
    ('NEWLINE', 'CONTENT'): -0.38,
    ('NEWLINE', 'DET'): 0.82,
    ('NEWLINE', 'PERIOD'): 0.51,
    ('NUMBER', 'DET'): 0.48,
    ('NUMBER', 'PREP'): 0.26,
    ('PERIOD', 'CONTENT'): -0.53,
    ('PERIOD', 'DET'): 1.6,
    ('PERIOD', 'NAME'): -0.57,
    ('PERIOD', 'PERIOD'): 0.68,
    ('PERIOD', 'PREP'): -0.46,
    ('PREP', 'AUX'): 0.49,
    ('PREP', 'CONJ'): -0.29,
    ('PREP', 'DET'): 0.49,
    ('PREP', 'NAME'): -0.43,
    ('PREP', 'PRON_SUBJ'): -0.38,
    ('PREP', 'VERB_ED'): 0.92,
    ('PREP', 'VERB_ING'): 0.59,
    ('PRON_OBJ', 'CONJ'): -0.25,
    ('PRON_OBJ', 'DET'): 0.49,
    ('PRON_OBJ', 'VERB_ED'): 0.32,
    ('PRON_SUBJ', 'CONTENT'): -0.29,
    ('PRON_SUBJ', 'DET'): 2.03,
    ('PRON_SUBJ', 'NAME'): -0.3,
    ('PRON_SUBJ', 'PERIOD'): 0.65,
    ('PRON_SUBJ', 'WH'): -0.3,
    ('QUOTE', 'CONTENT'): -0.27,
    ('QUOTE', 'DET'): 0.74,
    ('TO', 'CONTENT'): 0.25,
    ('TO', 'DET'): 0.4,
    ('TO', 'NAME'): -0.4,
    ('TO', 'VERB_ED'): 0.71,
    ('VERB_ED', 'CONTENT'): -0.6,
    ('VERB_ED', 'DET'): 1.39,
    ('VERB_ED', 'NAME'): -0.51,
    ('VERB_ED', 'PERIOD'): 0.68,
    ('VERB_ING', 'AUX'): 0.36,
    ('VERB_ING', 'DET'): 0.7,
    ('VERB_ING', 'NAME'): -0.27,
    ('WH', 'AUX'): 0.47,
    ('WH', 'DET'): 0.83,
    ('WH', 'NAME'): -0.3,
    ('WH', 'PERIOD'): 0.26,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('ADV_LY', 2): 0.4,
    ('AUX', 1): -0.9,
    ('AUX', 8): 0.46,
    ('COMMA', 1): -0.59,
    ('COMMA', 2): -0.34,
    ('CONJ', 1): -0.53,
    ('CONTENT', 2): 0.87,
    ('CONTENT', 3): 0.49,
    ('CONTENT', 4): 0.27,
    ('DET', 1): 1.41,
    ('DET', 2): 0.33,
    ('DET', 8): -0.35,
    ('NUMBER', 1): 0.43,
    ('PERIOD', 0): 0.35,
    ('PERIOD', 1): -0.68,
    ('PERIOD', 2): -0.55,
    ('PERIOD', 7): 0.26,
    ('PERIOD', 8): 0.65,
    ('PREP', 0): -0.28,
    ('PREP', 3): 0.37,
    ('PREP', 8): -0.54,
    ('PRON_OBJ', 0): 0.31,
    ('PRON_OBJ', 1): 1.44,
    ('PRON_OBJ', 8): -0.35,
    ('PRON_SUBJ', 8): 0.52,
    ('TO', 8): -0.44,
    ('VERB_ED', 1): -0.62,
    ('VERB_ED', 8): 0.27,
    ('WH', 2): -0.29,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.7,
    2: 1.32,
    3: 1.12,
    4: 0.75,
    5: 0.5,
    6: 0.42,
    7: 0.39,
    8: 0.29,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.05999999865889549, -0.05000000074505806, 0.7699999809265137, 0.1899999976158142, -0.47999998927116394


def attention(ctx):
    cls = C.token_class(ctx)
    logits = (
        C.pair_logits(cls, PAIR)
        + C.query_offset_logits(cls, QUERY_OFFSET)
        + C.offset_logits(ctx.n, OFFSET)
        + SAME_TOKEN * C.same_token(ctx)
        + INDUCTION * C.induction(ctx)
        + SAME_SENTENCE * C.same_sentence(ctx)
        + EMBED_COSINE * ctx.embed_cosine
        + LOG_DISTANCE * C.log_distance(ctx.n)
    )
    return C.softmax_scores(logits)
