"""Which executor runs a stage's heavy loops: the one a name or an :class:`ExecutorConfig` names.

Kept apart from :mod:`surgery.runtime.executor` (the local executor and what both share) and
:mod:`surgery.runtime.executor_ray`, so that the Ray module is imported only when asked for and
no module of the two imports the other's importer.
"""
from __future__ import annotations

from typing import Any

from surgery.runtime.executor import ExecutorConfig, LocalExecutor

EXECUTORS = ("local", "ray")


def make_executor(kind: str = "local", address: str | None = None, retries: int = 3, **ray_init: Any):
    """The executor named ``kind``. ``ray`` connects to ``address`` (else ``RAY_ADDRESS``, else a new
    local cluster); ``ray_init`` goes to ``ray.init`` when this call starts the cluster (tests)."""
    if kind == "local":
        return LocalExecutor()
    if kind == "ray":
        try:
            from surgery.runtime.executor_ray import RayExecutor
        except ImportError as e:  # ray is the optional [ray] extra
            raise ValueError(f"--executor ray needs Ray, which is not installed ({e}); "
                             "install it with: pip install 'head-surgery[ray]'") from None
        return RayExecutor(address=address, retries=retries, **ray_init)
    raise ValueError(f"unknown executor {kind!r}: expected one of {', '.join(EXECUTORS)}")


def from_config(cfg: ExecutorConfig):
    """The executor ``cfg`` names."""
    return make_executor(cfg.kind, cfg.address, cfg.retries)
