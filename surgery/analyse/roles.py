"""Head roles: what each head does, read off its short program's terms.

Every term of a terms-form program belongs to one role (``surgery.lang.terms.role``): sink,
previous-token, positional (recency, other distances), induction, duplicate-token, boundary
(punctuation, sentence and word boundaries), class-pair (syntactic class pairs), lexical (key
classes and tokens, embedding similarity). A head's role mass is the attention mass its terms of
that role move (``surgery.lang.terms.mass_moved``, on the store's training windows); its dominant
roles are those carrying at least ``share`` of the largest role's mass, largest first. A head
whose best program reaches less than ``iou_floor`` held-out IoU is *unexplained*, whatever its
terms say.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from surgery.lang import terms as T
from surgery.lang.context import store_contexts
from surgery.io.headmap import HeadMap, parse_head
from surgery.forms.terms import read_terms

ROLES = ("sink", "previous-token", "positional", "induction", "duplicate-token", "boundary", "class-pair", "lexical")
UNEXPLAINED = "unexplained"


@dataclass(frozen=True)
class RolesConfig:
    run: str  # run directory (programs/ and attn/) or a programs directory with heads.json
    iou_floor: float = 0.4  # below this held-out IoU a head is unexplained
    share: float = 0.5  # a role is dominant when it moves at least this share of the top role's mass
    windows: int = 16  # training windows the term masses are measured on


def role_mass(terms: list[tuple[float, tuple]], ctxs) -> dict[str, float]:
    """Attention mass moved by each role's terms (roles without terms omitted)."""
    moved = T.mass_moved(ctxs, [(w, *t) for w, t in terms])
    return role_totals((term, m) for (_, term), m in zip(terms, moved))


def role_totals(moved) -> dict[str, float]:
    """``(term, mass it moves)`` pairs summed by each term's role (``surgery.lang.terms.role``)."""
    out: dict[str, float] = {}
    for term, m in moved:
        out[T.role(term)] = out.get(T.role(term), 0.0) + float(m)
    return out


def dominant(masses: dict[str, float], share: float) -> list[str]:
    """Roles with at least ``share`` of the largest role's mass, largest first.

    >>> dominant({"sink": 0.5, "previous-token": 0.3, "lexical": 0.05}, 0.5)
    ['sink', 'previous-token']
    """
    if not masses:
        return []
    top = max(masses.values())
    return [r for r, m in sorted(masses.items(), key=lambda kv: (-kv[1], ROLES.index(kv[0]))) if top > 0 and m >= share * top]


def terms_program(programs_dir: Path, headmap: HeadMap, head: str) -> list[tuple[float, tuple]] | None:
    """The head's terms: its chosen program's when that is a terms program, else its fitted one's."""
    for path in (headmap.program_path(head, programs_dir), programs_dir / "fitted" / f"{head}.py"):
        if path.is_file():
            terms = read_terms(path.read_text())
            if terms is not None:
                return terms
    return None


def head_roles(programs_dir: Path, store, cfg: RolesConfig) -> dict:
    """``roles.json``: per head its roles, role masses and IoU; counts of the first role by layer."""
    headmap = HeadMap.load(programs_dir)
    ctxs = store_contexts(store, store.train_windows()[: cfg.windows])
    heads = {}
    for head in sorted(headmap.heads, key=parse_head):
        entry = headmap.heads[head]
        terms = terms_program(programs_dir, headmap, head)
        masses = role_mass(terms, ctxs) if terms else {}
        roles = dominant(masses, cfg.share)
        if (entry.iou is not None and entry.iou < cfg.iou_floor) or not roles:
            roles = [UNEXPLAINED]
        heads[head] = {"roles": roles, "mass": {r: round(m, 4) for r, m in masses.items()},
                       "iou": entry.iou, "terms": len(terms) if terms else None}
    return {"iou_floor": cfg.iou_floor, "share": cfg.share, "heads": heads, "by_layer": by_layer(heads),
            "counts": counts(heads), "counts_any": counts_any(heads)}


def counts(heads: dict) -> dict[str, int]:
    """Heads per first role, in ``ROLES`` order (then unexplained)."""
    first = [h["roles"][0] for h in heads.values()]
    return {r: first.count(r) for r in (*ROLES, UNEXPLAINED) if r in first}


def counts_any(heads: dict) -> dict[str, int]:
    """Heads having each role among their dominant ones (a head counts once per role)."""
    every = [r for h in heads.values() for r in h["roles"]]
    return {r: every.count(r) for r in (*ROLES, UNEXPLAINED) if r in every}


def by_layer(heads: dict) -> dict[str, dict[str, int]]:
    """Layer -> heads per first role."""
    out: dict[str, dict[str, int]] = {}
    for head, rec in heads.items():
        layer = str(parse_head(head)[0])
        row = out.setdefault(layer, {})
        row[rec["roles"][0]] = row.get(rec["roles"][0], 0) + 1
    return out


def table(record: dict) -> str:
    """The layer x role counts as plain text (the first role of each head)."""
    names = [r for r in (*ROLES, UNEXPLAINED) if r in record["counts"]]
    width = [max(len(r), 3) for r in names]
    lines = ["layer  " + "  ".join(r.rjust(w) for r, w in zip(names, width))]
    for layer in sorted(record["by_layer"], key=int):
        row = record["by_layer"][layer]
        lines.append(f"{layer:>5}  " + "  ".join(str(row.get(r, 0) or ".").rjust(w) for r, w in zip(names, width)))
    lines.append("  all  " + "  ".join(str(record["counts"][r]).rjust(w) for r, w in zip(names, width)))
    lines.append("heads with the role among their dominant ones: "
                 + ", ".join(f"{r} {n}" for r, n in record["counts_any"].items()))
    return "\n".join(lines)

