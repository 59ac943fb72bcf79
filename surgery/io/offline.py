"""Whether the Hugging Face hub can be reached, asked once with a short timeout.

Without network, hub libraries retry for tens of seconds before failing; asking first lets a
hub-only model or dataset fail at once with advice, and lets cached ones load in offline mode.
"""
from __future__ import annotations

import functools
import os
import socket


@functools.lru_cache(maxsize=1)
def hub_reachable(timeout: float = 3.0) -> bool:
    if os.environ.get("HF_HUB_OFFLINE") == "1":
        return False
    try:
        socket.create_connection(("huggingface.co", 443), timeout=timeout).close()
        return True
    except OSError:
        return False


def go_offline_unless_reachable() -> bool:
    """Set the hub libraries' offline switches when the hub is unreachable; returns reachability.

    Call before the first import of transformers/datasets/huggingface_hub in the process.
    """
    reachable = hub_reachable()
    if not reachable:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["HF_DATASETS_OFFLINE"] = "1"
    return reachable
