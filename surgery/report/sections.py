"""Report parts for short programs: the fidelity/size front, the grid coloured by head role, a regression check.

Each reads files other commands wrote: ``front.json`` of a terms-form synthesis (beside
``heads.json``), ``roles.json`` of ``surgery roles`` (``RUN/roles/``, or ``PROGRAMS/roles/``) and
``regress.json`` of ``surgery regress --out RUN/regress``.
"""
from __future__ import annotations

from pathlib import Path

from surgery.report.html import Figure, GridColouring, Section, Table
from surgery.analyse.regress import change_line
from surgery.analyse.roles import ROLES, UNEXPLAINED
from surgery.report.render import plot_png
from surgery.io.records import read_json

ROLE_COLOURS = {
    "sink": "#9e9e9e", "previous-token": "#1f77b4", "self": "#17becf", "positional": "#aec7e8",
    "recent": "#aec7e8", "induction": "#d62728", "duplicate-token": "#ff9896", "boundary": "#2ca02c",
    "class-pair": "#9467bd", "lexical": "#ff7f0e", UNEXPLAINED: "#ffffff",
}


def _read(path: Path) -> dict | None:
    return read_json(path) if path.is_file() else None


def front_section(programs_dir: Path) -> Section | None:
    """Mean held-out IoU of the fitted terms programs against their number of terms, all heads and by layer band."""
    front = _read(Path(programs_dir) / "front.json")
    if not front:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    levels = [str(lv) for lv in front["levels"]]
    fig, ax = plt.subplots(figsize=(6, 3.6))
    ax.plot(levels, front["mean_heldout"], marker="o", color="black", label="all heads")
    for band, values in front["by_band"].items():
        ax.plot(levels, values, marker=".", linewidth=1, label=band)
    ax.set(xlabel="terms per program (K; 'all': every candidate term)", ylabel="mean held-out IoU")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7)
    png = plot_png(fig)
    plt.close(fig)
    rows = [("all heads", *(f"{v:.3f}" for v in front["mean_heldout"]))]
    rows += [(band, *(f"{v:.3f}" for v in values)) for band, values in front["by_band"].items()]
    return Section(
        id="front", title="Fidelity and size",
        text=f"Each head's fitted terms program at 1, 2, 4, ... terms (greedy forward selection, refit after each "
             f"addition) and with every candidate term. Each head then takes the fewest terms that do as well on "
             f"selection windows; the median head has {front['median_chosen_terms']:g} terms.",
        note="Held-out windows, never used to choose terms.",
        table=Table(header=("heads", *levels), rows=tuple(rows)),
        figures=(Figure(png, "Mean held-out IoU against the number of terms"),))


def roles_record(run: Path | None, programs_dir: Path) -> dict | None:
    for base in ([Path(run)] if run else []) + [Path(programs_dir)]:
        record = _read(base / "roles" / "roles.json")
        if record:
            return record
    return None


MISSED = "#d00000"  # cell text colour of a head whose program does not reproduce its leading role


def _missed(rec: dict) -> bool:
    """The head's program does not reproduce its leading (measured) role."""
    return rec.get("program", {}).get("reproduces", {}).get(rec["roles"][0]) is False


def role_grid(record: dict) -> GridColouring:
    """The grid coloured by each head's leading role as measured on the head (``surgery roles``);
    red text where its program does not reproduce that role; cells still show IoU x 100."""
    heads = record["heads"]

    def colour(view) -> tuple[str, str]:
        rec = heads.get(view.name)
        if not rec:
            return "#eeeeee", "#000000"
        return ROLE_COLOURS.get(rec["roles"][0], "#eeeeee"), MISSED if _missed(rec) else "#000000"

    present = [r for r in (*ROLES, UNEXPLAINED) if r in record["counts"]]
    return GridColouring(
        note="Colour: the head's leading role, measured on its real attention over held-out natural and probe "
             "windows (surgery roles; unexplained: no role passes); red text: the head's program does not "
             "reproduce that role; cell: IoU × 100.",
        colour=colour, legend=tuple((f"{r} ({record['counts'][r]})", ROLE_COLOURS.get(r, "#eeeeee")) for r in present))


def roles_section(record: dict | None, shown: int = 30) -> Section | None:
    """Per role: heads that have it (measured), how many programs reproduce it, and the leading-role
    agreement with the attention detector; then the heads whose program misses their leading role."""
    if not record or "agreement" not in record:
        return None
    heads, a = record["heads"], record["agreement"]
    rows = []
    for role in (*ROLES, UNEXPLAINED):
        having = [h for h in heads.values() if role in h["roles"]]
        if not having:
            continue
        reproduced = sum(bool(h.get("program", {}).get("reproduces", {}).get(role)) for h in having)
        leading = sum(h["roles"][0] == role for h in having)
        rows.append((role, str(leading), str(len(having)), "" if role == UNEXPLAINED else str(reproduced)))
    missed = [f"{name} ({h['roles'][0]}: program {'+'.join(h['program'].get('roles', ['error']))})"
              for name, h in heads.items() if _missed(h)]
    return Section(
        id="roles", title="Roles: the head and its program",
        text=f"Roles measured on each head's real attention (held-out windows; induction and duplicate-token on "
             f"probe windows of repeated random tokens). The leading role agrees with an attention detector "
             f"(TransformerLens detect_head style) for {a['detector']:.0%} of {a['heads']} heads; the program "
             f"reproduces the leading role for {a['program_reproduces_lead']:.0%} of the heads that have one.",
        note=("Programs that miss their head's leading role: " + ", ".join(missed[:shown])
              + (f" and {len(missed) - shown} more" if len(missed) > shown else "")) if missed else "",
        table=Table(header=("role", "heads led by it", "heads with it", "programs reproducing it"), rows=tuple(rows)))


def regress_section(run: Path | None, shown: int = 25) -> Section | None:
    """``RUN/regress/regress.json``: the flagged heads, then the heads whose program's behaviour or role changed."""
    record = _read(Path(run) / "regress" / "regress.json") if run else None
    if not record:
        return None
    s, rows_by_head = record["summary"], {r["head"]: r for r in record["heads"]}
    changes = {c["head"]: c for c in record.get("program_changes", [])}
    heads = record["flagged"] + [h for h, c in changes.items() if c.get("same_behaviour") is False and h not in record["flagged"]]
    rows = []
    for head in heads[:shown]:
        r, c = rows_by_head.get(head), changes.get(head)
        rows.append((head, f"{r['iou_base']:.3f} -> {r['iou_cand']:.3f}" if r else "",
                     "FAIL" if r and r["flagged"] else "", change_line(c).split(": ", 1)[1] if c else ""))
    text = (f"surgery regress of these programs against {record['candidate']} ({record['candidate_kind']}): "
            f"{s['n_flagged']} of {s['n_heads']} heads dropped more than {record['tolerance']} {record['metric']} "
            f"(max drop {s['max_drop']:.3f}).")
    if changes:
        text += (f" {s['n_program_changed']} candidate programs differ in code: {s.get('n_behaviour_changed', 0)} "
                 f"behave differently (patterns agree < {record.get('same_behaviour')}), the leading role changed on "
                 f"{s.get('n_role_changed', 0)}.")
    return Section(
        id="regress", title="Regression check", text=text,
        note=f"{len(heads) - len(rows)} more in regress.json." if len(heads) > len(rows) else "",
        table=Table(header=("head", "IoU base -> candidate", "flag", "program change"), rows=tuple(rows)) if rows else None)
