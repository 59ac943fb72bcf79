"""Spread out, the largest part on the tokens 2 to 4 back (20%), not a term of the program; otherwise recent tokens, auxiliaries and 'to'.

head: L0H7
heldout_iou: 0.599
heldout_iou_no_bos: 0.597
name: L0H7
form: terms
terms: 15
origin: synthesized (search/terms)
target: L0H7
described: lead and shares: the head's real attention on 28 held-out windows; probe lead: the repeated half of 4 probe windows
"""
from surgery.lang import terms as T

# (weight, term, arguments): logit added where the term holds (surgery/lang/terms.py). Comment: what
# the term draws attention to (with its sign), and its share of the attention 'described' names: the
# attention on the keys where the term holds, a key going to the term holding on the fewest keys (then
# on the most query rows); graded terms take keys no 0/1 term holds, negative terms the attention left
# where they hold. The shares and "other keys" add up to 100%.
TERMS = [
    (-0.89, 'embed_cosine'),                  # away from tokens similar to the query: 45%
    (-0.45, 'log_distance'),                  # recent tokens: 26%
    (0.51, 'key_class', 'AUX'),               # auxiliaries: 9%
    (0.68, 'key_class', 'TO'),                # 'to': 5%
    (0.83, 'pair', 'CONTENT', 'PERIOD'),      # content word -> period: 5%
    (0.52, 'key_class', 'WH'),                # wh-words: 4%
    (1.98, 'key_token', "'s"),                # the token "'s": 2%
    (0.9, 'key_class', 'NEWLINE'),            # newlines: 1%
    (1.32, 'key_token', ' They'),             # the token ' They': 1%
    (1.15, 'key_token', ' The'),              # the token ' The': 1%
    (0.88, 'key_token', ' of'),               # the token ' of': 1%
    (-1.07, 'key_class', 'NAME'),             # away from names: 0%
    (-0.96, 'key_token', ' a'),               # away from the token ' a': 0%
    (-0.66, 'key_class', 'VERB_ED'),          # away from -ed verbs: 0%
    (-0.61, 'key_class', 'CONTENT'),          # away from content words: 0%
]


def attention(ctx):
    return T.scores(ctx, TERMS)
