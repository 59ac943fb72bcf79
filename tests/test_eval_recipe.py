"""`surgery eval` names the lowest-cost recipe when a run used another one."""
from __future__ import annotations

from surgery.cli.eval import recipe_command
from surgery.evaluate.evaluate import EvalConfig


def test_recipe_command_keeps_the_run_and_swaps_strategy_and_tuning():
    cfg = EvalConfig(programs="runs/programs", out="runs/eval/", store="runs/attn", tasks="arc_easy,piqa",
                     limit=100, trusted=True, fraction=0.1)
    cmd = recipe_command(cfg)
    assert cmd.startswith("surgery eval --programs runs/programs --fraction 0.1 --strategy min-cost --tune-steps 40")
    for part in ("--store runs/attn", "--tasks arc_easy,piqa", "--limit 100", "--trusted", "--out runs/eval-min-cost"):
        assert part in cmd
    assert "--no-ppl" not in cmd and "--model" not in cmd
    assert "--no-ppl" in recipe_command(EvalConfig(programs="p", out="o", ppl=False))
