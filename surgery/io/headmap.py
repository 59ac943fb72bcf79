"""``heads.json``: which program stands in for which head.

Format (a programs directory or a score output directory holds one)::

    {"model": "smollm2-135m",
     "heads": {"L3H7": {"program": "library/previous.py", "iou": 0.61, "iou_no_bos": 0.4,
                        "method": "score"}}}

``program`` is a path relative to the directory of ``heads.json``, or absolute.
"""
from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from surgery.io.records import read_json, write_json

FILENAME = "heads.json"
_HEAD = re.compile(r"L(\d+)H(\d+)")


def head_name(layer: int, head: int) -> str:
    """``head_name(3, 7) == "L3H7"``."""
    return f"L{int(layer)}H{int(head)}"


def parse_head(name: str) -> tuple[int, int]:
    """``parse_head("L3H7") == (3, 7)``; a clear ValueError for anything else."""
    m = _HEAD.fullmatch(str(name).strip())
    if not m:
        raise ValueError(f"bad head name {name!r}: expected L<layer>H<head>, such as L3H7")
    return int(m.group(1)), int(m.group(2))


@dataclass
class HeadEntry:
    """The program chosen for one head."""

    program: str  # path relative to the heads.json directory, or absolute
    iou: float | None = None  # held-out soft IoU of the program against the head
    iou_no_bos: float | None = None  # the same with the BOS column removed
    method: str | None = None  # how it was chosen (score, synthesize, hand, ...)


@dataclass
class HeadMap:
    """Head name (``L3H7``) -> :class:`HeadEntry`."""

    model: str | None = None
    heads: dict[str, HeadEntry] = field(default_factory=dict)

    @staticmethod
    def _file(path_or_dir) -> Path:
        p = Path(path_or_dir)
        return p / FILENAME if p.is_dir() or p.suffix != ".json" else p

    @classmethod
    def load(cls, path_or_dir) -> "HeadMap":
        path = cls._file(path_or_dir)
        if not path.is_file():
            raise FileNotFoundError(f"no head map at {path}")
        raw = read_json(path)  # FormatError (a newer format) passes as it is
        try:
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
            heads = {}
            for name, entry in raw.get("heads", {}).items():
                parse_head(name)
                heads[name] = HeadEntry(**entry)
        except (ValueError, TypeError) as e:
            raise ValueError(f"{path}: not a valid head map: {e}") from None
        return cls(model=raw.get("model"), heads=heads)

    def save(self, path_or_dir) -> Path:
        path = self._file(path_or_dir)
        order = sorted(self.heads, key=parse_head)
        return write_json(path, {"model": self.model, "heads": {h: asdict(self.heads[h]) for h in order}})

    def program_path(self, head: str, base: Path) -> Path:
        """Absolute path of the program of ``head``; ``base`` is the heads.json directory."""
        if head not in self.heads:
            raise KeyError(f"head {head} is not in the head map")
        p = Path(self.heads[head].program)
        return p if p.is_absolute() else Path(base) / p

    @staticmethod
    def relative(program: Path, base: Path) -> str:
        """How ``program`` is written in a heads.json stored in ``base``: relative when inside it."""
        rel = os.path.relpath(Path(program).resolve(), Path(base).resolve())
        return str(Path(program).resolve()) if rel.startswith("..") else rel
