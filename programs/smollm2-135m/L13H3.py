"""head: L13H3
heldout_iou: 0.490
heldout_iou_no_bos: 0.387
Log-linear fit: strongest class pairs CONTENT->BOS, PRON_SUBJ->BOS, DET->BOS.

name: L13H3
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, PRON_SUBJ->BOS, DET->BOS
origin: synthesized (search/loglinear)
target: L13H3
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 1.14,
    ('ADV_LY', 'CONTENT'): -0.26,
    ('AUX', 'BOS'): 3.23,
    ('AUX', 'CONJ'): 0.26,
    ('AUX', 'CONTENT'): -0.64,
    ('AUX', 'DET'): -0.34,
    ('AUX', 'NAME'): -0.44,
    ('AUX', 'PERIOD'): 1.09,
    ('AUX', 'PREP'): -0.28,
    ('COMMA', 'BOS'): 2.34,
    ('COMMA', 'CONTENT'): -0.79,
    ('COMMA', 'DET'): -0.25,
    ('COMMA', 'NAME'): -0.44,
    ('COMMA', 'PERIOD'): 1.01,
    ('COMMA', 'PREP'): -0.26,
    ('CONJ', 'BOS'): 2.94,
    ('CONJ', 'CONTENT'): -0.82,
    ('CONJ', 'DET'): -0.35,
    ('CONJ', 'NAME'): -0.48,
    ('CONJ', 'PERIOD'): 0.88,
    ('CONJ', 'PREP'): -0.29,
    ('CONTENT', 'BOS'): 4.46,
    ('CONTENT', 'CONJ'): 0.49,
    ('CONTENT', 'CONTENT'): -0.38,
    ('CONTENT', 'DET'): -0.8,
    ('CONTENT', 'NAME'): -0.72,
    ('CONTENT', 'NEWLINE'): 0.57,
    ('CONTENT', 'PERIOD'): 1.44,
    ('CONTENT', 'PUNCT'): 0.25,
    ('CONTENT', 'QUOTE'): 0.47,
    ('CONTENT', 'WH'): 0.43,
    ('DET', 'BOS'): 3.53,
    ('DET', 'CONTENT'): -0.72,
    ('DET', 'DET'): -0.48,
    ('DET', 'NAME'): -0.62,
    ('DET', 'PERIOD'): 0.76,
    ('DET', 'PREP'): -0.42,
    ('DET', 'VERB_ED'): -0.36,
    ('DET', 'VERB_ING'): -0.31,
    ('NAME', 'BOS'): 3.24,
    ('NAME', 'CONJ'): 0.73,
    ('NAME', 'CONTENT'): -0.37,
    ('NAME', 'DET'): -0.5,
    ('NAME', 'NAME'): -0.74,
    ('NAME', 'PERIOD'): 0.55,
    ('NEG', 'BOS'): 0.9,
    ('NEG', 'CONTENT'): -0.32,
    ('NEWLINE', 'BOS'): 2.28,
    ('NEWLINE', 'CONTENT'): -0.55,
    ('NUMBER', 'BOS'): 2.01,
    ('NUMBER', 'CONTENT'): -0.6,
    ('NUMBER', 'DET'): -0.27,
    ('NUMBER', 'PERIOD'): 0.36,
    ('PERIOD', 'BOS'): 2.73,
    ('PERIOD', 'CONTENT'): -0.73,
    ('PERIOD', 'DET'): -0.43,
    ('PERIOD', 'NAME'): -0.55,
    ('PERIOD', 'NEWLINE'): 0.45,
    ('PERIOD', 'PERIOD'): 1.12,
    ('PERIOD', 'PREP'): -0.41,
    ('PERIOD', 'VERB_ED'): -0.3,
    ('PREP', 'BOS'): 3.32,
    ('PREP', 'CONTENT'): -0.83,
    ('PREP', 'DET'): -0.36,
    ('PREP', 'NAME'): -0.59,
    ('PREP', 'PERIOD'): 0.77,
    ('PREP', 'PREP'): -0.31,
    ('PREP', 'VERB_ED'): -0.34,
    ('PREP', 'VERB_ING'): -0.27,
    ('PRON_OBJ', 'BOS'): 3.33,
    ('PRON_OBJ', 'CONTENT'): -0.62,
    ('PRON_OBJ', 'DET'): -0.27,
    ('PRON_OBJ', 'PERIOD'): 0.38,
    ('PRON_OBJ', 'PREP'): -0.29,
    ('PRON_SUBJ', 'BOS'): 3.66,
    ('PRON_SUBJ', 'CONTENT'): -0.66,
    ('PRON_SUBJ', 'DET'): -0.33,
    ('PRON_SUBJ', 'NEWLINE'): 0.26,
    ('PRON_SUBJ', 'PERIOD'): 0.71,
    ('PRON_SUBJ', 'PREP'): -0.25,
    ('PRON_SUBJ', 'QUOTE'): 0.29,
    ('PUNCT', 'BOS'): 0.28,
    ('QUOTE', 'BOS'): 1.43,
    ('QUOTE', 'CONTENT'): -0.47,
    ('QUOTE', 'QUOTE'): 0.32,
    ('TO', 'BOS'): 2.7,
    ('TO', 'CONTENT'): -0.73,
    ('TO', 'NAME'): -0.47,
    ('TO', 'PERIOD'): 0.52,
    ('VERB_ED', 'BOS'): 3.36,
    ('VERB_ED', 'CONTENT'): -0.57,
    ('VERB_ED', 'DET'): -0.39,
    ('VERB_ED', 'NAME'): -0.3,
    ('VERB_ED', 'PERIOD'): 0.67,
    ('VERB_ED', 'PREP'): -0.28,
    ('VERB_ING', 'BOS'): 2.54,
    ('VERB_ING', 'CONTENT'): -0.4,
    ('VERB_ING', 'DET'): -0.34,
    ('WH', 'BOS'): 2.7,
    ('WH', 'CONTENT'): -0.65,
    ('WH', 'NAME'): -0.25,
    ('WH', 'PERIOD'): 0.47,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 1): -0.33,
    ('CONJ', 1): -0.39,
    ('CONTENT', 0): 0.5,
    ('CONTENT', 1): 0.27,
    ('CONTENT', 2): 0.26,
    ('CONTENT', 8): -0.97,
    ('NAME', 0): 0.27,
    ('NAME', 1): 0.72,
    ('NAME', 2): 0.3,
    ('NAME', 8): -0.42,
    ('NEWLINE', 8): 0.73,
    ('NUMBER', 1): 0.29,
    ('PERIOD', 7): 0.46,
    ('PERIOD', 8): 0.98,
    ('PREP', 0): -0.29,
    ('PREP', 8): -0.5,
    ('PRON_SUBJ', 1): 0.28,
    ('QUOTE', 8): 0.28,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.28,
    2: 1.31,
    3: 1.22,
    4: 0.97,
    5: 0.78,
    6: 0.57,
    7: 0.41,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8600000143051147, -0.029999999329447746, 0.8100000023841858, -0.7599999904632568, 0.11999999731779099


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
