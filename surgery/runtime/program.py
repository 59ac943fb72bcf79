"""Programs: loading, metadata, and THE one place that turns scores into an attention pattern.

A program file defines ``def attention(ctx) -> np.ndarray`` returning non-negative ``[n, n]``
scores. Its metadata is read without executing it, from the module docstring::

    \"\"\"Previous token, but only from content words.      <- description (first line)

    name: prev_from_content                                 <- `key: value` lines
    origin: hand-written
    target: L3H7
    \"\"\"

or from a module-level ``__meta__ = {...}`` dict literal (which wins over the docstring).
Programs under ``programs/library/`` run in-process; any other program runs in the sandbox
(:mod:`surgery.runtime.sandbox`) unless loaded with ``trusted=True``.
"""
from __future__ import annotations

import ast
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from surgery.lang.classes import causal_mask
from surgery.lang.context import TokenContext
from surgery.runtime.sandbox import Limits, ProgramError, check_source, run_sandboxed
from surgery.runtime.validate import scrub_message, validate_scores


def normalize(scores: np.ndarray, window: int | None = None) -> np.ndarray:
    """Causal mask and row normalization of ``[..., n, n]`` scores: THE one place this happens.

    Entries above the diagonal (keys after the query) are dropped and each row is divided by its
    sum. A row with no mass left puts all its mass on the first token (BOS): attending to the
    sink is how real heads "do nothing", so gated rules fall back to it.

    ``window`` (a sliding-window layer's, in tokens) also drops keys ``window`` or more positions
    before the query, as the model's own mask does; a row left empty then goes to its first
    visible key (BOS while the query is within ``window`` of it).

    >>> normalize(np.array([[5.0, 9.0], [0.0, 0.0]])).tolist()
    [[1.0, 0.0], [1.0, 0.0]]
    >>> normalize(np.array([[1.0, 0, 0], [1, 1, 0], [1, 0, 0]]), window=2).tolist()
    [[1.0, 0.0, 0.0], [0.5, 0.5, 0.0], [0.0, 1.0, 0.0]]
    """
    s = np.asarray(scores, dtype=np.float32)
    n = s.shape[-1]
    if s.ndim < 2 or s.shape[-2] != n:
        raise ValueError(f"scores must be [..., n, n], got {s.shape}")
    visible = causal_mask(n)  # [q, k]
    first = np.zeros(n, dtype=int)
    if window is not None:
        pos = np.arange(n)
        visible = visible & (pos[:, None] - pos[None, :] < window)
        first = np.maximum(pos - window + 1, 0)  # [q] first visible key
    s = np.where(visible, s, np.float32(0))  # [..., q, k]
    total = s.sum(axis=-1, keepdims=True)  # [..., q, 1]
    empty = total <= 0
    fallback = (np.arange(n)[None, :] == first[:, None]).astype(np.float32)  # [q, k] one-hot
    s = np.where(empty, fallback, s)
    return s / np.where(empty, np.float32(1), total)


def prefix_lengths(ctx: TokenContext) -> list[int]:
    """A few prefix lengths at which to check that a program is causal (see :func:`causality_error`):
    the longest prefix cut inside a word (its next token continues the word, where word-level
    features would look ahead), the longest cut just before a token seen earlier (where reading
    the next token's identity would show) and half the context.

    >>> from surgery.lang.context import build_context
    >>> prefix_lengths(build_context(np.array([0, 1, 2, 3, 4, 2]), ["<s>", "A", " the", "ory", " is", " the"]))
    [3, 5]
    """
    inside = [m for m in range(2, ctx.n) if not ctx.is_word_start[m]]  # token m continues token m-1's word
    repeat = [m for m in range(2, ctx.n) if ctx.ids[m] in ctx.ids[1:m]]  # token m occurred before
    cuts = (inside[-1] if inside else None, repeat[-1] if repeat else None, ctx.n // 2)
    return sorted({m for m in cuts if m is not None and 2 <= m < ctx.n})


def causality_error(full: np.ndarray, prefixes: list[np.ndarray], atol: float = 1e-5) -> str | None:
    """None when each prefix's pattern ``[m, m]`` equals the first ``m`` rows and keys of the whole
    context's pattern ``full`` [n, n] (row q never depends on tokens after q), else a one-line reason.

    >>> causality_error(np.array([[1.0, 0], [0.5, 0.5]]), [np.array([[1.0]])]) is None
    True
    >>> causality_error(np.array([[1.0, 0], [0.5, 0.5]]), [np.array([[0.5]])])
    'not causal: row 0 changes by 0.25 (total variation) when the tokens after 1 are dropped'
    """
    for pre in prefixes:
        m = pre.shape[-1]
        diff = np.abs(np.asarray(full, dtype=np.float64)[:m, :m] - pre)  # [m, m]
        if diff.max(initial=0.0) > atol:
            q = int(np.argmax(diff.max(axis=1)))
            return (f"not causal: row {q} changes by {0.5 * diff[q].sum():.2g} (total variation) "
                    f"when the tokens after {m} are dropped")
    return None


def _meta_line(line: str) -> tuple[str, str] | None:
    """``key: value`` with a lower-case identifier key, else None."""
    key, sep, value = line.partition(":")
    key = key.strip()
    return (key, value.strip()) if sep and key.isidentifier() and key.islower() else None


def _docstring_meta(tree: ast.Module) -> dict:
    lines = [ln.strip() for ln in (ast.get_docstring(tree) or "").splitlines()]
    meta = {"description": lines[0]} if lines and lines[0] and not _meta_line(lines[0]) else {}
    meta.update(kv for kv in map(_meta_line, lines) if kv)
    return meta


def _literal_meta(tree: ast.Module) -> dict:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__meta__" for t in node.targets):
            value = ast.literal_eval(node.value)
            if not isinstance(value, dict):
                raise ValueError("__meta__ must be a dict literal")
            return {str(k): v for k, v in value.items()}
    return {}


def read_meta(path) -> dict:
    """Metadata of a program file, read without executing it (``name`` defaults to the file stem).

    Keys: name, description, origin, target (head such as ``L3H7`` or ``none``), and any other
    ``key: value`` lines.
    """
    path = Path(path)
    tree = ast.parse(path.read_text(), filename=str(path))
    meta = {**_docstring_meta(tree), **_literal_meta(tree)}
    meta.setdefault("name", path.stem)
    meta.setdefault("description", "")
    meta.setdefault("origin", "unknown")
    meta.setdefault("target", None)
    if meta["target"] in ("none", "None", ""):
        meta["target"] = None
    return meta


def with_scores(source: str, head: str, iou: float, iou_no_bos: float) -> str:
    """Add the head and its held-out scores to the program's docstring metadata.

    The docstring's first line (the program's summary) stays first; the score lines go just
    before the ``key: value`` block.
    """
    return with_metadata(source, f"head: {head}\nheldout_iou: {iou:.3f}\nheldout_iou_no_bos: {iou_no_bos:.3f}\n")


def with_metadata(source: str, note: str) -> str:
    """``source`` with the ``key: value`` lines ``note`` heading its docstring's metadata block: after
    the summary paragraph when there is one, else first (a docstring is added when none leads)."""
    body = source.split('"""', 2)
    if len(body) != 3 or body[0].strip():
        return f'"""{note}"""\n{source}'
    doc = body[1].lstrip()
    first, sep, rest = doc.partition("\n\n")
    if sep and first and ":" not in first.splitlines()[0]:
        return f'"""{first}\n\n{note}{rest}"""{body[2]}'
    return f'"""{note}{doc}"""{body[2]}'


def code_key(source: str) -> str:
    """What makes two program files the same code: their syntax tree without the module
    docstring (which carries scores and descriptions). Unparsable source is its own key."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source
    first = tree.body[0] if tree.body else None
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        tree.body = tree.body[1:]
    return ast.dump(tree)


def attention_shape(tree: ast.Module) -> str | None:
    """The syntax tree of a module's one ``attention`` function as text (None unless exactly one):
    how a generated form (terms, table) recognises its own template whatever its numbers."""
    fn = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "attention"]
    return ast.dump(fn[0], annotate_fields=False, include_attributes=False) if len(fn) == 1 else None


def library_dir() -> Path:
    """``programs/library``: the hand-written programs, always trusted."""
    return Path(__file__).resolve().parents[2] / "programs" / "library"


def _in_library(path: Path) -> bool:
    return path.resolve().parent == library_dir()


@dataclass(eq=False)
class Program:
    """One program file. ``trusted`` programs run in-process, others in the sandbox."""

    name: str
    path: Path
    meta: dict
    trusted: bool
    limits: Limits = field(default_factory=Limits, repr=False)  # sandbox limits per batch
    _fn: Callable | None = field(default=None, repr=False)

    @property
    def source(self) -> str:
        text = self.__dict__.get("_text")  # set on copies sent to another process (see __getstate__)
        return self.path.read_text() if text is None else text

    def __getstate__(self) -> dict:
        """A copy for another process or machine (Ray workers) carries its source text, not the
        loaded function, so it runs the same code without the file."""
        return {**self.__dict__, "_fn": None, "_loaded_key": None, "_text": self.source}

    def _function(self) -> Callable:
        if self._fn is None:
            spec = importlib.util.spec_from_file_location(f"surgery_program_{abs(hash(self.path))}", self.path)
            module = importlib.util.module_from_spec(spec)
            text = self.source  # read once: the code that runs is the code its key names
            exec(compile(text, str(self.path), "exec"), module.__dict__)  # noqa: S102 - trusted only
            if not callable(getattr(module, "attention", None)):
                raise ProgramError("no top-level `def attention(ctx)`")
            self._fn = module.attention
            self.__dict__["_loaded_key"] = code_key(text)
        return self._fn

    @property
    def code_key(self) -> str:
        """:func:`code_key` of the code this program runs: the loaded function's once it is loaded
        (in-process programs keep it), else the file's as it is now (sandboxed ones read it per call)."""
        return self.__dict__.get("_loaded_key") or code_key(self.source)

    def raw_scores(self, ctxs: list[TokenContext]) -> list[np.ndarray]:
        """Validated float32 [n, n] scores before normalization, one per context: the same checks
        (:func:`surgery.runtime.validate.validate_scores`) and scrubbed reasons in-process as in the sandbox."""
        if not self.trusted:
            return run_sandboxed(self.source, ctxs, self.limits)
        fn = self._function()
        out = []
        for i, ctx in enumerate(ctxs):
            try:
                scores = fn(ctx)
            except Exception as e:  # noqa: BLE001 - a failing program is a reason, not a crash
                raise ProgramError(scrub_message(f"{type(e).__name__}: {e} (window {i})")) from None
            out.append(validate_scores(scores, ctx.n, where=f"window {i}"))
        return out

    def patterns(self, ctxs: list[TokenContext]) -> list[np.ndarray]:
        """Normalized float32 [n, n] patterns on a batch of contexts (one sandbox call). A
        :class:`ProgramError` raised here carries the program's name as ``program``."""
        try:
            return [normalize(s) for s in self.raw_scores(ctxs)]
        except ProgramError as e:
            e.program = self.name
            raise

    def pattern(self, ctx: TokenContext) -> np.ndarray:
        """Normalized float32 [n, n] pattern on one context."""
        return self.patterns([ctx])[0]


def load_program(path, trusted: bool = False) -> Program:
    """Load a program file (metadata only; nothing runs). Untrusted source is checked statically.

    Raises :class:`ProgramError` with a one-line reason for a file that cannot be a program.
    """
    path = Path(path)
    if not path.is_file():
        raise ProgramError(f"no program file at {path}")
    trusted = trusted or _in_library(path)
    try:
        meta = read_meta(path)
    except (SyntaxError, ValueError, UnicodeDecodeError) as e:
        raise ProgramError(f"unreadable program: {e}") from None
    if not trusted:
        check_source(path.read_text())
    return Program(name=str(meta["name"]), path=path, meta=meta, trusted=trusted)


def program_files(directory: Path) -> list[Path]:
    """The program files of a directory, sorted (``_*.py`` and ``__init__.py`` excluded)."""
    return sorted(p for p in Path(directory).glob("*.py") if not p.name.startswith("_"))


def load_programs(dirs, trusted: bool = False) -> tuple[list[Program], dict[str, str]]:
    """Load every program of the given directories (or files), in order.

    Returns the programs and the errors by path. Names are made unique by prefixing the
    directory name to later duplicates (``otherdir/previous``).
    """
    dirs = [dirs] if isinstance(dirs, (str, Path)) else list(dirs)
    programs: list[Program] = []
    errors: dict[str, str] = {}
    seen: set[str] = set()
    for d in map(Path, dirs):
        for path in [d] if d.is_file() else program_files(d):
            try:
                prog = load_program(path, trusted=trusted)
            except ProgramError as e:
                errors[str(path)] = str(e)
                continue
            if prog.name in seen:
                prog.name = f"{path.parent.name}/{prog.name}"
            seen.add(prog.name)
            programs.append(prog)
    return programs, errors
