"""LLM synthesis: head summaries, feedback, the ask-score-feedback loop and the CLI, with a fake LLM."""
from __future__ import annotations

import json

import numpy as np
from click.testing import CliRunner

from surgery.cli import cli
from surgery.lang.context import store_contexts
from surgery.io.headmap import HeadMap
from surgery.synthesize.llm import ChatClient
from surgery.synthesize.llm_synth import LLMSynthConfig, feedback, llm_candidates, mass_profile, program_source, summarize_head
from surgery.runtime.program import load_program, read_meta
from surgery.runtime.sandbox import Limits
from surgery.io.store import AttentionStore
from conftest_programs import make_store
from test_llm import FakeLLM, chat_body

PREVIOUS = '''"""Each token looks at the token just before it."""
from surgery.lang import primitives as P


def attention(ctx):
    return P.previous(ctx, 1)
'''
SELF = "def attention(ctx):\n    return np.eye(ctx.n, dtype=np.float32)\n"  # no import: added when written
RAISES = "def attention(ctx):\n    raise ValueError('oops')\n"
LOOPS = "def attention(ctx):\n    while True:\n        pass\n"
IMPORTS_OS = "import os\n\ndef attention(ctx):\n    return os.listdir('.')\n"
HALF = "def attention(ctx):\n    return P.mix((0.5, P.previous(ctx)), (0.5, P.self_token(ctx)))\n"


def fenced(*programs: str) -> str:
    return "Here you go.\n" + "".join(f"```python\n{p}```\n" for p in programs)


def replies(*texts: str):
    """A ``respond`` giving chat replies in order (the last one repeats)."""
    texts = list(texts)
    return lambda req: (200, {}, chat_body(texts.pop(0) if len(texts) > 1 else texts[0]))


def tiny_store(tmp_path, n_heads: int = 3):
    # head h of layer 0 is KNOWN[h]: L0H0 previous, L0H1 first, L0H2 self
    return AttentionStore(make_store(tmp_path / "attn", n_windows=8, n_layers=1, n_heads=n_heads, window=10))


def test_summary_lists_strongest_edges_with_tokens_and_strata(tmp_path):
    store = tiny_store(tmp_path)
    w = store.train_windows()[0]
    text = summarize_head(store, 0, 0, [w])
    toks = store.token_strs[w]
    assert "Head L0H0" in text and "weight >= 0.5: 8 edges" in text and "weight 0.2-0.5: 0 edges" in text
    assert f"5 {toks[5]!r} -> 4 {toks[4]!r}  1.00 (d=1)" in text  # a previous-token edge, with its tokens
    assert "previous 0.89" in text  # 8 of 9 queries have a previous token that is not BOS
    prof = mass_profile(store.head_attention(0, 1, [w]))  # the BOS head
    assert prof["BOS"] == 1.0 and prof["elsewhere"] == 0.0


def test_feedback_names_over_and_under_predicted_edges(tmp_path):
    store = tiny_store(tmp_path)
    windows = store.train_windows()
    ctxs = store_contexts(store, windows)
    real, pred = store.head_attention(0, 0, windows), store.head_attention(0, 2, windows)  # previous vs self
    text = feedback(real, pred, ctxs, labels=windows, max_edges=3)
    over, under = text.split("Under-predicts")
    toks = store.token_strs[windows[0]]
    assert f"window {windows[0]}: 3 {toks[3]!r} -> 3 {toks[3]!r} (d=0): program 1.00, head 0.00" in over
    assert f"3 {toks[3]!r} -> 2 {toks[2]!r} (d=1): program 0.00, head 1.00" in under
    assert "IoU 0.0" in text
    same = feedback(real, real, ctxs)
    assert "IoU 1.000" in same and same.count("(nothing above 0.05)") == 2


def test_program_source_adds_metadata_and_imports(tmp_path):
    src = program_source(PREVIOUS, "L0H0_r0_0", "L0H0", "coder-7b")
    path = tmp_path / "p.py"
    path.write_text(src)
    meta = read_meta(path)
    assert meta == {"description": "Each token looks at the token just before it.", "name": "L0H0_r0_0",
                    "origin": "llm/coder-7b", "target": "L0H0"}
    assert src.count('"""') == 2  # the model's own docstring was replaced
    assert "import numpy as np\n" in program_source(SELF, "x", "L0H2", "m")


def test_llm_loop_asks_scores_gives_feedback_and_survives_bad_programs(tmp_path):
    store = tiny_store(tmp_path)
    out = tmp_path / "out"
    cfg = LLMSynthConfig(rounds=2, n_programs=4, max_windows=4, summary_windows=2,
                         limits=Limits(wall_s=3.0, cpu_s=1, repeat=1))
    with FakeLLM(replies(fenced(SELF, HALF), fenced(RAISES, LOOPS, IMPORTS_OS, PREVIOUS))) as llm:
        client = ChatClient(llm.url, model="fake-coder", api_key="sk-test", max_retries=0)
        records = llm_candidates(client, store, [(0, 0)], out, cfg, progress=False)
        asked = len(llm.requests)
        assert llm_candidates(client, store, [(0, 0)], out, cfg, progress=False) == {}  # resumed: nothing asked
        assert len(llm.requests) == asked == 2

    first, second = llm.requests
    assert first["headers"]["authorization"] == "Bearer sk-test" and first["json"]["model"] == "fake-coder"
    prompt = "\n".join(m["content"] for m in first["json"]["messages"])
    w = store.train_windows()[0]
    toks = store.token_strs[w]
    assert f"2 {toks[2]!r} -> 1 {toks[1]!r}  1.00 (d=1)" in prompt  # top edges with token strings
    assert "P.previous(ctx, k=1)  # The token ``k`` positions back" in prompt  # the primitives API
    assert "def attention(ctx)" in prompt and "ctx.is_punct" in prompt
    feedback_msg = second["json"]["messages"][-1]["content"]
    assert second["json"]["messages"][-2]["role"] == "assistant"
    assert "program 1: IoU 0.053" in feedback_msg and "program 2: IoU 0.379" in feedback_msg
    over, under = feedback_msg.split("Where program 2 (the best) differs from the head:")[1].split("Under-predicts")
    assert f"3 {toks[3]!r} -> 3 {toks[3]!r} (d=0): program 0.50, head 0.00" in over  # too much on self
    assert f"3 {toks[3]!r} -> 2 {toks[2]!r} (d=1): program 0.50, head 1.00" in under  # too little on previous

    rec = records["L0H0"]
    by = {(t.round, t.index): t for t in rec.trials}
    assert 0.3 < by[(0, 1)].iou < 0.45 and by[(0, 0)].iou < 0.1 and rec.best.file == "L0H0_r1_3.py"
    assert "ValueError: oops" in by[(1, 0)].error
    assert "limit exceeded" in by[(1, 1)].error
    assert "import of 'os' is not allowed" in by[(1, 2)].error
    assert by[(1, 3)].iou == 1.0
    files = sorted(p.name for p in (out / "llm").glob("*.py"))
    assert files == ["L0H0_r0_0.py", "L0H0_r0_1.py", "L0H0_r1_3.py"]  # failed programs are not kept
    prog = load_program(out / "llm" / "L0H0_r0_1.py")
    assert not prog.trusted and prog.meta["origin"] == "llm/fake-coder" and prog.meta["target"] == "L0H0"
    saved = json.loads((out / "llm" / "L0H0.json").read_text())
    assert saved["model"] == "fake-coder" and len(saved["trials"]) == 6 and len(saved["messages"]) == 5


def test_reply_without_code_is_recorded(tmp_path):
    store = tiny_store(tmp_path, n_heads=1)
    with FakeLLM(replies("I am not sure what this head does.")) as llm:
        client = ChatClient(llm.url, model="m", max_retries=0)
        rec = llm_candidates(client, store, [(0, 0)], tmp_path / "o", LLMSynthConfig(rounds=2), progress=False)["L0H0"]
    assert [t.error for t in rec.trials] == ["the reply contains no program (no `def attention`)"] * 2
    assert "No program worked" in llm.requests[1]["json"]["messages"][-1]["content"]


def _synth(args, env=None):
    return CliRunner().invoke(cli, ["synthesize", *args], env=env, catch_exceptions=False)


def test_cli_llm_program_wins_its_head(tmp_path):
    store = make_store(tmp_path / "attn", n_windows=8, n_layers=1, n_heads=2, window=10)  # previous, first
    out = tmp_path / "progs"
    with FakeLLM(replies(fenced(PREVIOUS))) as llm:
        result = _synth(["--attn", str(store), "--out", str(out), "--method", "llm", "--llm-base-url", llm.url,
                         "--llm-model", "fake-coder", "--llm-api-key", "sk-never-saved", "--llm-rounds", "1",
                         "--heads", "L0H0"])
    assert result.exit_code == 0, result.output
    assert len(llm.requests) == 1 and "programs: 1 LLM" in result.output
    heads = HeadMap.load(out).heads
    assert heads["L0H0"].method == "llm/L0H0_r0_0" and heads["L0H0"].iou > 0.999
    assert set(heads) == {"L0H0"}  # --heads: only the named heads are synthesized
    assert "origin: llm/fake-coder" in (out / "L0H0.py").read_text()
    config = (out / "config.json").read_text()
    assert "sk-never-saved" not in config and json.loads(config)["config"]["method"] == "llm"
    assert not (out / "fitted").exists()


def test_cli_both_reranks_fitted_llm_and_library(tmp_path):
    store = make_store(tmp_path / "attn", n_windows=8, n_layers=1, n_heads=2, window=10)
    out = tmp_path / "progs"
    with FakeLLM(replies(fenced(PREVIOUS))) as llm:
        result = _synth(["--attn", str(store), "--out", str(out), "--method", "both", "--llm-base-url", llm.url,
                         "--llm-rounds", "1", "--refit-steps", "1", "--full-steps", "0", "--heads", "L0H0"],
                        env={"SURGERY_LLM_MODEL": "env-model"})
    assert result.exit_code == 0, result.output
    assert llm.requests[0]["json"]["model"] == "env-model"
    assert (out / "fitted" / "L0H0.py").exists() and (out / "llm" / "L0H0_r0_0.py").exists()
    assert not (out / "fitted" / "L0H1.py").exists()
    assert HeadMap.load(out).heads["L0H0"].method == "llm/L0H0_r0_0"  # exact, beats a quick fit


def test_cli_llm_needs_a_base_url_and_known_heads(tmp_path):
    store = make_store(tmp_path / "attn", n_windows=4, n_layers=1, n_heads=1, window=8)
    env = {"SURGERY_LLM_BASE_URL": None, "OPENAI_BASE_URL": None}
    result = _synth(["--attn", str(store), "--out", str(tmp_path / "o"), "--method", "llm"], env=env)
    assert result.exit_code == 1 and "--llm-base-url" in result.output
    result = _synth(["--attn", str(store), "--out", str(tmp_path / "o"), "--method", "llm", "--heads", "L0X1"],
                    env={"SURGERY_LLM_BASE_URL": "http://127.0.0.1:9/v1"})
    assert result.exit_code == 1 and "bad head name" in result.output
    result = _synth(["--attn", str(store), "--out", str(tmp_path / "o"), "--method", "llm", "--heads", "L3H0"],
                    env={"SURGERY_LLM_BASE_URL": "http://127.0.0.1:9/v1"})
    assert result.exit_code == 1 and "L3H0 are not in the store" in result.output
