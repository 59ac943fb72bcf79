"""head: L13H4
heldout_iou: 0.482
heldout_iou_no_bos: 0.410
Log-linear fit: strongest class pairs CONTENT->BOS, VERB_ED->BOS, PREP->BOS.

name: L13H4
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, VERB_ED->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L13H4
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.13,
    ('ADV_LY', 'CONTENT'): -0.26,
    ('AUX', 'AUX'): -0.28,
    ('AUX', 'BOS'): 3.23,
    ('AUX', 'CONTENT'): -0.47,
    ('AUX', 'DET'): -0.33,
    ('AUX', 'NAME'): -0.52,
    ('AUX', 'PERIOD'): 0.59,
    ('AUX', 'PRON_SUBJ'): -0.29,
    ('AUX', 'WH'): 0.3,
    ('COMMA', 'BOS'): 2.74,
    ('COMMA', 'CONTENT'): -0.51,
    ('COMMA', 'DET'): -0.25,
    ('COMMA', 'NAME'): -0.4,
    ('CONJ', 'BOS'): 3.36,
    ('CONJ', 'CONTENT'): -0.69,
    ('CONJ', 'DET'): -0.26,
    ('CONJ', 'NAME'): -0.43,
    ('CONTENT', 'AUX'): -0.36,
    ('CONTENT', 'BOS'): 4.77,
    ('CONTENT', 'CONTENT'): -0.36,
    ('CONTENT', 'DET'): -0.5,
    ('CONTENT', 'NAME'): -0.78,
    ('CONTENT', 'PERIOD'): 0.65,
    ('CONTENT', 'PREP'): 0.53,
    ('CONTENT', 'PRON_SUBJ'): -0.47,
    ('CONTENT', 'QUOTE'): 0.39,
    ('CONTENT', 'WH'): 0.29,
    ('DET', 'AUX'): -0.68,
    ('DET', 'BOS'): 3.22,
    ('DET', 'CONTENT'): -0.51,
    ('DET', 'DET'): -0.35,
    ('DET', 'NAME'): -0.6,
    ('DET', 'PREP'): 0.71,
    ('DET', 'PRON_OBJ'): -0.32,
    ('DET', 'PRON_SUBJ'): -0.37,
    ('DET', 'TO'): 0.33,
    ('NAME', 'AUX'): -0.3,
    ('NAME', 'BOS'): 3.47,
    ('NAME', 'CONTENT'): -0.36,
    ('NAME', 'DET'): -0.44,
    ('NAME', 'NAME'): -0.91,
    ('NAME', 'PREP'): 0.33,
    ('NAME', 'WH'): 0.46,
    ('NEG', 'BOS'): 1.02,
    ('NEG', 'CONTENT'): -0.33,
    ('NEWLINE', 'BOS'): 2.51,
    ('NEWLINE', 'CONTENT'): -0.51,
    ('NUMBER', 'BOS'): 2.18,
    ('NUMBER', 'CONTENT'): -0.54,
    ('NUMBER', 'DET'): -0.27,
    ('PERIOD', 'BOS'): 3.43,
    ('PERIOD', 'CONTENT'): -0.66,
    ('PERIOD', 'DET'): -0.35,
    ('PERIOD', 'NAME'): -0.54,
    ('PREP', 'BOS'): 3.55,
    ('PREP', 'CONTENT'): -0.58,
    ('PREP', 'NAME'): -0.51,
    ('PREP', 'PRON_SUBJ'): -0.27,
    ('PREP', 'VERB_ED'): -0.31,
    ('PRON_OBJ', 'BOS'): 2.39,
    ('PRON_OBJ', 'CONJ'): -0.3,
    ('PRON_OBJ', 'CONTENT'): -0.33,
    ('PRON_OBJ', 'DET'): -0.26,
    ('PRON_OBJ', 'PREP'): 0.28,
    ('PRON_SUBJ', 'BOS'): 3.19,
    ('PRON_SUBJ', 'CONTENT'): -0.61,
    ('PRON_SUBJ', 'DET'): -0.32,
    ('PRON_SUBJ', 'NAME'): -0.29,
    ('PRON_SUBJ', 'WH'): 0.42,
    ('PUNCT', 'BOS'): 0.25,
    ('QUOTE', 'BOS'): 1.89,
    ('QUOTE', 'CONTENT'): -0.47,
    ('TO', 'BOS'): 2.99,
    ('TO', 'CONTENT'): -0.6,
    ('TO', 'NAME'): -0.45,
    ('TO', 'VERB_ED'): -0.29,
    ('VERB_ED', 'BOS'): 3.63,
    ('VERB_ED', 'CONTENT'): -0.61,
    ('VERB_ED', 'DET'): -0.33,
    ('VERB_ED', 'NAME'): -0.3,
    ('VERB_ING', 'BOS'): 3.07,
    ('VERB_ING', 'CONTENT'): -0.38,
    ('VERB_ING', 'DET'): -0.27,
    ('WH', 'BOS'): 2.75,
    ('WH', 'CONTENT'): -0.56,
    ('WH', 'NAME'): -0.3,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 1): -0.32,
    ('AUX', 2): 0.31,
    ('COMMA', 1): -0.34,
    ('CONJ', 1): -0.39,
    ('CONTENT', 0): 0.33,
    ('CONTENT', 2): 0.49,
    ('CONTENT', 3): 0.26,
    ('CONTENT', 6): -0.34,
    ('CONTENT', 7): -0.38,
    ('CONTENT', 8): -1.1,
    ('DET', 1): 0.99,
    ('DET', 8): -0.54,
    ('NAME', 1): 0.26,
    ('NAME', 8): -0.41,
    ('NEG', 8): 0.3,
    ('NEWLINE', 8): 0.62,
    ('PERIOD', 1): -0.52,
    ('PERIOD', 2): -0.46,
    ('PERIOD', 3): -0.28,
    ('PERIOD', 7): 0.25,
    ('PERIOD', 8): 0.53,
    ('PREP', 8): -0.35,
    ('PRON_OBJ', 1): 1.1,
    ('PRON_SUBJ', 1): 0.85,
    ('TO', 1): -0.36,
    ('VERB_ED', 1): -0.35,
    ('VERB_ING', 8): 0.47,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 3.56,
    1: 3.51,
    2: 2.65,
    3: 2.08,
    4: 1.6,
    5: 1.12,
    6: 0.67,
    7: 0.37,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = -0.3700000047683716, -0.550000011920929, 1.059999942779541, -0.6899999976158142, 0.6700000166893005


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
