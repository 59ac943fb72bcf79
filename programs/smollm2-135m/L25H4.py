"""head: L25H4
heldout_iou: 0.487
heldout_iou_no_bos: 0.375
Log-linear fit: strongest class pairs CONTENT->BOS, VERB_ED->BOS, PREP->BOS.

name: L25H4
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, VERB_ED->BOS, PREP->BOS
origin: synthesized (search/loglinear)
target: L25H4
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'ADV_LY'): -0.3,
    ('ADV_LY', 'BOS'): 1.1,
    ('ADV_LY', 'CONTENT'): -0.27,
    ('AUX', 'BOS'): 2.98,
    ('AUX', 'CONTENT'): -0.78,
    ('AUX', 'DET'): -0.27,
    ('AUX', 'NAME'): -0.43,
    ('AUX', 'PERIOD'): 0.48,
    ('COMMA', 'BOS'): 3.12,
    ('COMMA', 'CONTENT'): -0.68,
    ('COMMA', 'NAME'): -0.31,
    ('CONJ', 'BOS'): 3.56,
    ('CONJ', 'CONTENT'): -0.73,
    ('CONJ', 'NAME'): -0.27,
    ('CONTENT', 'BOS'): 4.9,
    ('CONTENT', 'CONJ'): -0.25,
    ('CONTENT', 'CONTENT'): -0.3,
    ('CONTENT', 'DET'): -0.51,
    ('CONTENT', 'NAME'): -0.74,
    ('CONTENT', 'NUMBER'): -0.36,
    ('CONTENT', 'PERIOD'): 0.73,
    ('CONTENT', 'PREP'): 0.32,
    ('CONTENT', 'PRON_OBJ'): -0.44,
    ('CONTENT', 'PRON_SUBJ'): -0.75,
    ('CONTENT', 'QUOTE'): 0.31,
    ('CONTENT', 'TO'): -0.39,
    ('DET', 'BOS'): 2.62,
    ('DET', 'CONTENT'): -0.44,
    ('DET', 'NAME'): -0.37,
    ('DET', 'PREP'): 0.63,
    ('DET', 'TO'): 0.35,
    ('NAME', 'AUX'): -0.29,
    ('NAME', 'BOS'): 3.57,
    ('NAME', 'CONTENT'): -0.37,
    ('NAME', 'DET'): -0.65,
    ('NAME', 'NAME'): -1.11,
    ('NAME', 'PRON_OBJ'): -0.27,
    ('NAME', 'WH'): 0.65,
    ('NEG', 'BOS'): 0.66,
    ('NEG', 'CONTENT'): -0.3,
    ('NEWLINE', 'BOS'): 2.71,
    ('NEWLINE', 'CONTENT'): -0.51,
    ('NEWLINE', 'NEWLINE'): -0.35,
    ('NEWLINE', 'PERIOD'): -0.28,
    ('NUMBER', 'BOS'): 1.84,
    ('NUMBER', 'CONTENT'): -0.38,
    ('PERIOD', 'BOS'): 3.88,
    ('PERIOD', 'CONTENT'): -0.86,
    ('PERIOD', 'NAME'): -0.34,
    ('PREP', 'BOS'): 3.98,
    ('PREP', 'CONTENT'): -0.71,
    ('PREP', 'NAME'): -0.28,
    ('PRON_OBJ', 'BOS'): 1.96,
    ('PRON_SUBJ', 'BOS'): 2.37,
    ('PRON_SUBJ', 'CONTENT'): -0.57,
    ('PRON_SUBJ', 'PRON_SUBJ'): 0.32,
    ('PRON_SUBJ', 'QUOTE'): 0.27,
    ('PRON_SUBJ', 'WH'): 0.54,
    ('PUNCT', 'BOS'): 0.34,
    ('QUOTE', 'BOS'): 2.3,
    ('QUOTE', 'CONTENT'): -0.49,
    ('TO', 'BOS'): 3.11,
    ('TO', 'CONTENT'): -0.71,
    ('TO', 'NAME'): -0.27,
    ('TO', 'TO'): 0.25,
    ('VERB_ED', 'BOS'): 4.11,
    ('VERB_ED', 'CONTENT'): -0.6,
    ('VERB_ED', 'DET'): -0.32,
    ('VERB_ING', 'BOS'): 3.34,
    ('VERB_ING', 'CONTENT'): -0.43,
    ('VERB_ING', 'DET'): -0.29,
    ('WH', 'BOS'): 3.05,
    ('WH', 'CONTENT'): -0.44,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('AUX', 0): 0.35,
    ('AUX', 8): -0.49,
    ('COMMA', 0): -0.27,
    ('COMMA', 1): -0.52,
    ('COMMA', 8): 0.59,
    ('CONJ', 1): -0.33,
    ('CONJ', 8): 0.54,
    ('CONTENT', 2): 0.96,
    ('CONTENT', 3): 0.76,
    ('CONTENT', 4): 0.36,
    ('CONTENT', 7): -0.28,
    ('CONTENT', 8): -1.4,
    ('DET', 0): 0.64,
    ('DET', 1): 1.39,
    ('DET', 8): -0.79,
    ('NAME', 0): -0.31,
    ('NAME', 2): 0.35,
    ('NAME', 3): 0.34,
    ('NAME', 8): -0.86,
    ('NEWLINE', 0): -0.27,
    ('NEWLINE', 1): -0.38,
    ('NEWLINE', 8): 0.69,
    ('NUMBER', 1): 0.27,
    ('PERIOD', 1): -0.51,
    ('PERIOD', 8): 0.88,
    ('PREP', 8): 0.25,
    ('PRON_OBJ', 1): 1.15,
    ('PRON_OBJ', 8): -0.53,
    ('PRON_SUBJ', 0): 0.48,
    ('PRON_SUBJ', 1): 1.22,
    ('PRON_SUBJ', 8): -0.62,
    ('QUOTE', 1): -0.26,
    ('QUOTE', 8): 0.54,
    ('TO', 1): -0.42,
    ('VERB_ED', 1): -0.53,
    ('VERB_ED', 8): 0.52,
    ('VERB_ING', 1): -0.3,
    ('VERB_ING', 8): 0.51,
    ('WH', 8): 0.33,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    0: 5.4,
    1: 4.4,
    2: 2.95,
    3: 1.99,
    4: 1.3,
    5: 0.8,
    6: 0.56,
    7: 0.33,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.09000000357627869, -0.47999998927116394, 0.3400000035762787, -1.0700000524520874, 0.8799999952316284


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
