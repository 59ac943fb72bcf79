"""``surgery roles --run DIR``: each head's role(s), measured on its real attention, and whether its program has them."""
from __future__ import annotations

from pathlib import Path

import click

from surgery.cli.fields import field_option

from surgery.report.collect import ReportError, open_headmap, open_store, resolve_paths
from surgery.analyse.roles import RolesConfig, head_roles, table
from surgery.io.records import write_config, write_json
from surgery.cli.preflight import check_writable, writable_out


@click.command("roles")
@field_option(RolesConfig, "run", type=click.Path(), help="Run directory (attn/ and programs/).")
@click.option("--attn", type=click.Path(), default=None, help="Attention store (default: RUN/attn).")
@click.option("--programs", type=click.Path(), default=None, help="Directory with heads.json (default: RUN/programs).")
@click.option("--out", type=click.Path(file_okay=False), default=None, callback=writable_out(),
              help="Where roles.json and config.json go (default: RUN/roles, or PROGRAMS/roles without --run).")
@field_option(RolesConfig, "iou_floor",
              help="Programs below this held-out IoU are flagged low_iou in roles.json.")
@field_option(RolesConfig, "share",
              help="Term roles: dominant when its terms move at least this share of the top role's mass.")
@field_option(RolesConfig, "windows",
              help="Held-out natural windows measured (and at most this many held-out probe windows).")
@field_option(RolesConfig, "threshold",
              help="A role passes when its share of the head's non-BOS attention (sink: its BOS mass) is at least this.")
@field_option(RolesConfig, "min_mass",
              help="A role other than sink also needs at least this attention mass.")
@field_option(RolesConfig, "lift",
              help="Lexical: preferred key tokens draw at least this multiple of their uniform share.")
@field_option(RolesConfig, "min_keys",
              help="Lexical: preferred key tokens occur at least this often in the training windows.")
@field_option(RolesConfig, "trusted", help="Run generated programs in-process (no sandbox).")
def command(run, attn, programs, out, iou_floor, share, windows, threshold, min_mass, lift, min_keys, trusted):
    """Give every head its roles, measured on its real attention over held-out natural and probe
    windows: sink, previous-token, self, duplicate-token, induction, recent, boundary, lexical, or
    unexplained (none passes: a share of the non-BOS attention >= --threshold with a mass >= --min-mass;
    sink: a BOS mass >= --threshold).

    The head's program runs on the same windows: roles.json says which of the head's roles it
    reproduces, and how an attention-based detector (TransformerLens detect_head style) ranks the
    head. Prints the layer x role table of each head's first role and both agreements.
    """
    if not (0 < share <= 1) or windows < 1 or not (0 < threshold <= 1) or lift <= 0 or min_keys < 1:
        raise click.ClickException("--share and --threshold must be in (0, 1], --lift positive, "
                                   "--windows and --min-keys at least 1")
    try:
        paths = resolve_paths(run, attn, programs)
        target = Path(out) if out else Path(run if run else paths.programs) / "roles"
        check_writable(str(target))
        store, _ = open_store(paths), open_headmap(paths)
    except (ValueError, ReportError) as e:
        raise click.ClickException(str(e)) from None
    cfg = RolesConfig(run=str(run or paths.programs), iou_floor=iou_floor, share=share, windows=windows,
                      threshold=threshold, min_mass=min_mass, lift=lift, min_keys=min_keys, trusted=trusted)
    try:
        record = head_roles(Path(paths.programs), store, cfg)
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    target.mkdir(parents=True, exist_ok=True)
    write_config(target, "roles", cfg)
    path = write_json(target / "roles.json", record)
    click.echo(table(record))
    click.echo(f"roles: {path}")
