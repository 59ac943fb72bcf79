"""head: L4H6
heldout_iou: 0.322
heldout_iou_no_bos: 0.286
Log-linear fit: strongest class pairs CONTENT->BOS, NAME->BOS, CONTENT->DET.

name: L4H6
description: softmax over class-pair, distance and lexical terms; strongest pairs CONTENT->BOS, NAME->BOS, CONTENT->DET
origin: synthesized (search/loglinear)
target: L4H6
"""
import numpy as np

from programs import classes as C

# logit added for (class of query, class of key); pairs not listed add 0
PAIR = {
    ('ADV_LY', 'BOS'): 0.9,
    ('AUX', 'BOS'): 2.04,
    ('AUX', 'CONTENT'): -0.57,
    ('AUX', 'DET'): 1.22,
    ('AUX', 'NAME'): -0.41,
    ('AUX', 'PREP'): -0.29,
    ('COMMA', 'BOS'): 0.74,
    ('COMMA', 'COMMA'): -0.29,
    ('COMMA', 'CONTENT'): -0.49,
    ('COMMA', 'NAME'): -0.4,
    ('CONJ', 'AUX'): 0.59,
    ('CONJ', 'BOS'): 0.93,
    ('CONJ', 'CONJ'): -0.34,
    ('CONJ', 'CONTENT'): -0.27,
    ('CONJ', 'DET'): 0.26,
    ('CONJ', 'NAME'): -0.5,
    ('CONJ', 'VERB_ED'): 0.7,
    ('CONTENT', 'BOS'): 3.36,
    ('CONTENT', 'CONJ'): -0.31,
    ('CONTENT', 'DET'): 2.43,
    ('CONTENT', 'NAME'): -0.47,
    ('CONTENT', 'NUMBER'): 0.56,
    ('CONTENT', 'PREP'): -0.49,
    ('CONTENT', 'QUOTE'): 0.74,
    ('CONTENT', 'TO'): -0.35,
    ('CONTENT', 'VERB_ED'): 0.25,
    ('DET', 'BOS'): 2.09,
    ('DET', 'CONTENT'): -0.34,
    ('DET', 'DET'): 1.6,
    ('DET', 'NAME'): -0.44,
    ('DET', 'PREP'): -0.45,
    ('NAME', 'BOS'): 3.13,
    ('NAME', 'DET'): 2.16,
    ('NAME', 'NAME'): -0.28,
    ('NAME', 'NEG'): 0.27,
    ('NAME', 'NUMBER'): 0.42,
    ('NAME', 'PUNCT'): 0.27,
    ('NAME', 'QUOTE'): 0.5,
    ('NEG', 'BOS'): 0.33,
    ('NEG', 'CONTENT'): -0.3,
    ('NEG', 'DET'): 0.33,
    ('NEWLINE', 'BOS'): 1.56,
    ('NEWLINE', 'CONTENT'): -0.36,
    ('NEWLINE', 'DET'): 0.62,
    ('NEWLINE', 'NEWLINE'): -0.26,
    ('NEWLINE', 'QUOTE'): 0.3,
    ('NUMBER', 'BOS'): 1.04,
    ('NUMBER', 'CONTENT'): -0.37,
    ('NUMBER', 'DET'): 0.58,
    ('PERIOD', 'AUX'): 0.33,
    ('PERIOD', 'BOS'): 1.72,
    ('PERIOD', 'CONTENT'): -0.42,
    ('PERIOD', 'DET'): 0.54,
    ('PERIOD', 'NAME'): -0.56,
    ('PERIOD', 'PREP'): -0.43,
    ('PERIOD', 'QUOTE'): 0.27,
    ('PERIOD', 'VERB_ED'): 0.32,
    ('PREP', 'BOS'): 2.39,
    ('PREP', 'CONTENT'): -0.35,
    ('PREP', 'DET'): 1.57,
    ('PREP', 'NAME'): -0.44,
    ('PREP', 'NUMBER'): 0.27,
    ('PRON_OBJ', 'BOS'): 1.28,
    ('PRON_OBJ', 'DET'): 0.42,
    ('PRON_OBJ', 'NAME'): -0.27,
    ('PRON_OBJ', 'PREP'): -0.42,
    ('PRON_OBJ', 'VERB_ED'): 0.46,
    ('PRON_SUBJ', 'AUX'): 0.44,
    ('PRON_SUBJ', 'BOS'): 1.52,
    ('PRON_SUBJ', 'CONTENT'): -0.26,
    ('PRON_SUBJ', 'DET'): 0.46,
    ('PRON_SUBJ', 'NAME'): -0.31,
    ('PRON_SUBJ', 'QUOTE'): 0.5,
    ('PRON_SUBJ', 'VERB_ED'): 0.43,
    ('QUOTE', 'BOS'): 0.6,
    ('QUOTE', 'CONTENT'): -0.38,
    ('QUOTE', 'DET'): 0.26,
    ('QUOTE', 'NEWLINE'): 0.37,
    ('TO', 'BOS'): 1.62,
    ('TO', 'CONTENT'): -0.33,
    ('TO', 'DET'): 0.92,
    ('TO', 'NAME'): -0.44,
    ('TO', 'TO'): -0.31,
    ('VERB_ED', 'BOS'): 2.34,
    ('VERB_ED', 'CONTENT'): -0.4,
    ('VERB_ED', 'DET'): 1.46,
    ('VERB_ING', 'BOS'): 1.78,
    ('VERB_ING', 'CONTENT'): -0.39,
    ('VERB_ING', 'DET'): 1.41,
    ('WH', 'BOS'): 1.03,
    ('WH', 'CONTENT'): -0.38,
    ('WH', 'DET'): 0.72,
    ('WH', 'NAME'): -0.28,
}
# logit added for (class of query, distance q - k); distance 8 means 8 or more
QUERY_OFFSET = {
    ('COMMA', 0): -0.43,
    ('COMMA', 1): -0.27,
    ('COMMA', 8): -0.92,
    ('CONJ', 1): -0.34,
    ('CONJ', 8): -0.89,
    ('CONTENT', 0): 0.48,
    ('CONTENT', 1): -0.33,
    ('CONTENT', 8): 0.44,
    ('DET', 1): 0.57,
    ('NAME', 3): -0.37,
    ('NAME', 8): 0.68,
    ('NEWLINE', 8): 0.5,
    ('PERIOD', 1): -0.66,
    ('PERIOD', 2): -0.43,
    ('PREP', 1): 0.35,
    ('PRON_OBJ', 1): 0.26,
    ('PRON_OBJ', 8): -0.28,
    ('TO', 1): 0.39,
    ('VERB_ED', 8): 0.42,
    ('VERB_ING', 8): 0.65,
    ('WH', 8): -0.38,
}
# logit added for distance q - k, whatever the classes
OFFSET = {
    1: 1.34,
    2: 1.09,
    3: 0.88,
    4: 0.76,
    5: 0.64,
    6: 0.5,
    7: 0.4,
}
SAME_TOKEN, INDUCTION, SAME_SENTENCE, EMBED_COSINE, LOG_DISTANCE = 0.8500000238418579, 0.2199999988079071, 0.6000000238418579, -0.33000001311302185, 0.05999999865889549


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
