"""Report parts for short programs: the fidelity/size front and the grid coloured by head role.

Both read files other commands wrote: ``front.json`` of a terms-form synthesis (beside
``heads.json``) and ``roles.json`` of ``surgery roles`` (``RUN/roles/``, or ``PROGRAMS/roles/``).
"""
from __future__ import annotations

from pathlib import Path

from surgery.report.html import Figure, GridColouring, Section, Table
from surgery.analysis.roles import ROLES, UNEXPLAINED
from surgery.report.render import plot_png
from surgery.io.records import read_json

ROLE_COLOURS = {
    "sink": "#9e9e9e", "previous-token": "#1f77b4", "positional": "#aec7e8", "induction": "#d62728",
    "duplicate-token": "#ff9896", "boundary": "#2ca02c", "class-pair": "#9467bd", "lexical": "#ff7f0e",
    UNEXPLAINED: "#ffffff",
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


def role_grid(record: dict) -> GridColouring:
    """The grid coloured by each head's first role (``surgery roles``); cells still show IoU x 100."""
    heads = record["heads"]

    def colour(view) -> tuple[str, str]:
        role = heads.get(view.name, {}).get("roles", [""])[0]
        return ROLE_COLOURS.get(role, "#eeeeee"), "#000000"

    present = [r for r in (*ROLES, UNEXPLAINED) if r in record["counts"]]
    return GridColouring(
        note=f"Colour: the head's first role (surgery roles; unexplained below IoU {record['iou_floor']}); "
             "cell: IoU × 100.",
        colour=colour, legend=tuple((f"{r} ({record['counts'][r]})", ROLE_COLOURS[r]) for r in present))
