"""Shared fixtures: tiny models built from configs (no network), a tiny tokenizer, a sample corpus.

``tiny_gpt2`` is a GPT-2 (LayerNorm, learned positions, 4 heads); ``tiny_llama`` a Llama with
grouped-query attention (RMSNorm, rotary, 4 query heads sharing 2 KV heads): TransformerBridges over
tiny random Hugging Face models built from their config classes (tests/tiny_hf.py). Both use a small
byte-level BPE tokenizer trained on the fly with BOS ``<bos>`` (id 0) and pad ``<pad>`` (id 1).
"""
from __future__ import annotations

import os

import pytest
import torch

torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))

SAMPLE_DOCS = [
    "Once upon a time, a little cat named Tom lived in a red barn. Tom liked to play with the ball. "
    "One day the ball rolled into the pond, and Tom was sad. His friend the duck swam out and got it.",
    "Sara went to the market with her mother. They bought apples, bread and milk. On the way home, "
    "Sara saw a big dog. \"Can I pet him?\" she asked. Her mother said yes, and the dog wagged its tail.",
    "The old man had a garden full of flowers. Every morning he watered the roses and the tulips. "
    "Birds came to sing in the trees, and the children of the town stopped to look at the colors.",
    "Ben and Max built a fort out of blankets. They brought cookies and a flashlight inside. "
    "When it got dark, they told stories about dragons and brave knights until they fell asleep.",
    "Lily found a shiny stone on the beach. She showed it to her brother, who said it was a shell. "
    "They put it in a jar with sand and water, and it sat on the window for many years.",
    "The train left the station at noon. People waved from the windows as it went over the bridge. "
    "A small boy counted the cars: one, two, three, four, five, six, seven, eight.",
    "In the forest lived a fox who could not sleep. He asked the owl for help. The owl told him to "
    "count the stars. The fox counted and counted, and soon he was snoring under the moon.",
    "Mia wanted to bake a cake for her dad. She mixed flour, eggs and sugar in a bowl. The kitchen "
    "was a mess, but the cake was good, and her dad smiled and ate two big pieces.",
]


@pytest.fixture(scope="session")
def sample_docs() -> list[str]:
    return list(SAMPLE_DOCS)


@pytest.fixture(scope="session")
def tiny_tokenizer(tmp_path_factory):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=400, special_tokens=["<bos>", "<pad>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(SAMPLE_DOCS * 4, trainer=trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<bos>", pad_token="<pad>", eos_token="<bos>")
    path = tmp_path_factory.mktemp("tokenizer")  # TransformerLens reloads tokenizers by path
    fast.save_pretrained(path)
    return PreTrainedTokenizerFast.from_pretrained(path)


@pytest.fixture(scope="session")
def tiny_gpt2(tiny_tokenizer):
    from tiny_hf import bridge

    return bridge("gpt2", tiny_tokenizer)


@pytest.fixture(scope="session")
def tiny_llama(tiny_tokenizer):
    from tiny_hf import bridge

    return bridge("llama", tiny_tokenizer)


@pytest.fixture
def no_weights(monkeypatch):
    """Loading a model is an error: a test of input checks must see them fail before it."""
    import surgery.extract  # first: imported while load_model is patched, it would keep the patch for good
    import surgery.io.models

    def refuse(*args, **kwargs):
        raise AssertionError("the model was loaded before the input was checked")

    monkeypatch.setattr(surgery.io.models, "load_model", refuse)
    monkeypatch.setattr(surgery.extract, "load_model", refuse)
