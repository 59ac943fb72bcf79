"""head: L13H5
heldout_iou: 0.477
heldout_iou_no_bos: 0.359
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, DET->BOS.

name: L13H5
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L13H5
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.06,
    ('AUX', 'BOS'): 2.93,
    ('AUX', 'CONJ'): 0.27,
    ('AUX', 'CONTENT'): -0.59,
    ('AUX', 'DET'): -0.31,
    ('AUX', 'NAME'): -0.52,
    ('AUX', 'PERIOD'): 0.71,
    ('AUX', 'PREP'): -0.29,
    ('AUX', 'WH'): 0.62,
    ('COMMA', 'BOS'): 2.98,
    ('COMMA', 'CONTENT'): -0.66,
    ('COMMA', 'DET'): -0.27,
    ('COMMA', 'NAME'): -0.32,
    ('COMMA', 'PERIOD'): 0.68,
    ('CONJ', 'BOS'): 3.18,
    ('CONJ', 'CONTENT'): -0.68,
    ('CONJ', 'DET'): -0.33,
    ('CONJ', 'NAME'): -0.39,
    ('CONJ', 'PERIOD'): 0.46,
    ('CONJ', 'PREP'): -0.27,
    ('CONTENT', 'BOS'): 4.59,
    ('CONTENT', 'CONTENT'): -0.41,
    ('CONTENT', 'DET'): -0.75,
    ('CONTENT', 'NAME'): -0.78,
    ('CONTENT', 'NUMBER'): -0.26,
    ('CONTENT', 'PERIOD'): 0.81,
    ('CONTENT', 'PREP'): -0.65,
    ('CONTENT', 'PRON_OBJ'): -0.45,
    ('CONTENT', 'QUOTE'): 0.37,
    ('CONTENT', 'WH'): 0.64,
    ('DET', 'BOS'): 3.72,
    ('DET', 'CONTENT'): -0.5,
    ('DET', 'DET'): -0.4,
    ('DET', 'NAME'): -0.53,
    ('DET', 'PERIOD'): 0.48,
    ('DET', 'PREP'): -0.48,
    ('DET', 'WH'): 0.26,
    ('NAME', 'BOS'): 4.33,
    ('NAME', 'CONTENT'): -0.38,
    ('NAME', 'DET'): -0.33,
    ('NAME', 'NAME'): -0.38,
    ('NAME', 'NEWLINE'): 0.28,
    ('NAME', 'PERIOD'): 0.37,
    ('NAME', 'QUOTE'): 0.38,
    ('NAME', 'WH'): 0.54,
    ('NEG', 'BOS'): 0.62,
    ('NEG', 'CONTENT'): -0.3,
    ('NEWLINE', 'BOS'): 2.64,
    ('NEWLINE', 'CONTENT'): -0.56,
    ('NUMBER', 'BOS'): 2.56,
    ('NUMBER', 'CONTENT'): -0.57,
    ('PERIOD', 'BOS'): 3.49,
    ('PERIOD', 'CONTENT'): -0.82,
    ('PERIOD', 'DET'): -0.36,
    ('PERIOD', 'NAME'): -0.42,
    ('PERIOD', 'NEWLINE'): 0.4,
    ('PERIOD', 'PERIOD'): 1.05,
    ('PERIOD', 'PREP'): -0.37,
    ('PERIOD', 'QUOTE'): 0.25,
    ('PERIOD', 'VERB_ED'): -0.26,
    ('PREP', 'BOS'): 3.44,
    ('PREP', 'CONTENT'): -0.54,
    ('PREP', 'DET'): -0.3,
    ('PREP', 'NAME'): -0.52,
    ('PREP', 'PERIOD'): 0.28,
    ('PREP', 'PREP'): -0.4,
    ('PRON_OBJ', 'BOS'): 3.29,
    ('PRON_OBJ', 'CONTENT'): -0.43,
    ('PRON_OBJ', 'DET'): -0.29,
    ('PRON_OBJ', 'PREP'): -0.38,
    ('PRON_SUBJ', 'BOS'): 3.25,
    ('PRON_SUBJ', 'CONTENT'): -0.69,
    ('PRON_SUBJ', 'DET'): -0.38,
    ('PRON_SUBJ', 'NAME'): -0.3,
    ('PRON_SUBJ', 'PREP'): -0.27,
    ('PRON_SUBJ', 'WH'): 0.36,
    ('PUNCT', 'BOS'): 0.31,
    ('QUOTE', 'BOS'): 1.72,
    ('QUOTE', 'CONTENT'): -0.5,
    ('QUOTE', 'QUOTE'): 0.28,
    ('TO', 'BOS'): 2.37,
    ('TO', 'CONTENT'): -0.6,
    ('TO', 'DET'): -0.29,
    ('TO', 'NAME'): -0.54,
    ('TO', 'PERIOD'): 0.34,
    ('VERB_ED', 'AUX'): -0.32,
    ('VERB_ED', 'BOS'): 3.07,
    ('VERB_ED', 'CONTENT'): -0.72,
    ('VERB_ED', 'DET'): -0.47,
    ('VERB_ED', 'NAME'): -0.39,
    ('VERB_ED', 'PERIOD'): 0.43,
    ('VERB_ED', 'PREP'): -0.38,
    ('VERB_ED', 'WH'): 0.42,
    ('VERB_ING', 'BOS'): 2.45,
    ('WH', 'BOS'): 2.77,
    ('WH', 'CONTENT'): -0.53,
    ('WH', 'NAME'): -0.26,
    ('WH', 'PERIOD'): 0.26,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 2): 0.42,
    ('AUX', 8): -0.52,
    ('COMMA', 1): -0.35,
    ('COMMA', 2): -0.34,
    ('COMMA', 8): 0.43,
    ('CONJ', 1): -0.42,
    ('CONJ', 2): -0.25,
    ('CONTENT', 5): -0.25,
    ('CONTENT', 6): -0.28,
    ('CONTENT', 7): -0.3,
    ('CONTENT', 8): -1.11,
    ('DET', 2): 0.3,
    ('DET', 8): -0.32,
    ('NEWLINE', 8): 0.7,
    ('NUMBER', 8): 0.33,
    ('PERIOD', 6): 0.25,
    ('PERIOD', 7): 0.38,
    ('PERIOD', 8): 1.32,
    ('PREP', 8): -0.48,
    ('PRON_OBJ', 1): 0.36,
    ('PRON_SUBJ', 0): 0.57,
    ('PRON_SUBJ', 1): 1.22,
    ('QUOTE', 8): 0.35,
    ('TO', 1): -0.26,
    ('VERB_ED', 2): 0.3,
    ('VERB_ED', 3): 0.28,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 0.96,
    1: 2.01,
    2: 1.89,
    3: 1.65,
    4: 1.21,
    5: 0.88,
    6: 0.59,
    7: 0.39,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.4699999988079071, -0.23999999463558197, 1.090000033378601, -0.5799999833106995, 0.4399999976158142


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
