"""Audit: are the programs' descriptions, shares and roles true of the heads themselves?

An independent check. It reads the store's files with numpy alone (``attn.npy``, ``tokens.npy``,
``token_strs.json``, ``split.npy``, ``store.json``) and the programs directory as text (each
program's first docstring line, its ``TERMS`` comments, ``roles/roles.json``); none of the
toolkit's measuring code is used. Only ``--iou`` runs the programs (through the toolkit's loader,
as trusted code) to compare their patterns with the heads'.

Mechanisms (masks over causal (query, key) pairs, the query row pooled when it has any such key;
a row's mass is the attention on the mask's keys, a head's mass the mean over rows 1..):
first (key 0), self, previous, earlier copies (a key before the query with its token id),
induction (the key after such a copy), punctuation (punctuation/newline keys), recent
(distances 2-4), near (distances 0-4, what "recent tokens" claims), the token d back, a key token.
Natural windows: the store's non-probe windows (``--windows heldout``: held-out ones only);
probe windows: every probe window, rows of the repeats only.

Targets printed (the issue "True explanations"):
- lead: the lead phrase of the first docstring line names the head's largest real mechanism
  (its mass >= every mechanism's), all heads and heads whose lead is not the first token; leads
  naming a key token, periods, commas, name-like (capitalized, not sentence-initial) tokens or
  determiners are measured on those keys; other leads (other classes, similarity) are counted
  apart as unverifiable;
- "Mostly X": X holds at least 50% of the real attention;
- shares: |comment share - real mass| for positive first / previous / self / earlier copies /
  induction terms, median by family and over all;
- induction heads (induction mass > 30% on probe windows, plain and with BOS excluded) whose
  roles.json roles include induction;
- role agreement: roles.json's first detector-known role against a detect_head-style detector
  ("mul", BOS excluded but for the sink; lead = largest non-sink score >= 0.3 with a plain score
  >= 0.1, else sink when >= 0.3, else other);
- with ``--iou``: mean soft IoU on natural windows, and of induction heads on probe windows;
- program length: median lines and terms.

    .venv/bin/python bench/bench_truth.py --attn /tmp/a24/lambada --programs programs/smollm2-135m [--iou] [--json out.json]
"""
from __future__ import annotations

import argparse
import ast
import json
import re
import unicodedata
from pathlib import Path

import numpy as np

MECHS = ("first", "self", "previous", "earlier_copies", "induction", "punctuation", "recent")
DETECTED = ("sink", "previous-token", "self", "duplicate-token", "induction")
SHARE_FAMILY = {("first",): "first", ("distance", 0): "self", ("self",): "self", ("distance", 1): "previous",
                ("same_token",): "earlier_copies", ("earlier_copies",): "earlier_copies", ("induction",): "induction"}
THRESHOLD, MIN_MASS = 0.3, 0.1
DETERMINERS = frozenset("the a an this that these those some any each every no".split())


# ---------------------------------------------------------------- the store, read with numpy


def read_store(path: Path, which: str) -> dict:
    meta = json.loads((path / "store.json").read_text())
    split = np.load(path / "split.npy")
    probe = np.zeros(len(split), dtype=bool)
    probe[(meta.get("probes") or {}).get("windows", [])] = True
    natural = np.flatnonzero(~probe & ((split == 1) if which == "heldout" else True))
    return {"meta": meta, "attn": np.load(path / "attn.npy", mmap_mode="r"), "tokens": np.load(path / "tokens.npy"),
            "strs": json.loads((path / "token_strs.json").read_text()), "natural": natural,
            "probe": np.flatnonzero(probe), "seq_len": (meta.get("probes") or {}).get("seq_len", 0)}


def _punct(s: str) -> bool:
    t = s.strip()
    return "\n" in s or (bool(t) and all(unicodedata.category(c)[0] in "PS" for c in t))


def masks(ids: np.ndarray, strs: list[str]) -> dict[str, np.ndarray]:
    """bool [n, n] masks of one window."""
    n = len(ids)
    q, k = np.arange(n)[:, None], np.arange(n)[None, :]
    same = ids[:, None] == ids[None, :]
    copy = same & (k < q) & (k >= 1)
    after = np.zeros((n, n), dtype=bool)
    after[:, 1:] = copy[:, :-1]
    punct = np.array([_punct(s) for s in strs]) & (np.arange(n) > 0)
    return {"first": np.broadcast_to(k == 0, (n, n)), "self": q == k, "previous": k == q - 1, "earlier_copies": copy,
            "induction": after & (k < q), "punctuation": punct[None, :] & (k <= q),
            "recent": (k >= 1) & (q - k >= 2) & (q - k <= 4), "near": (k >= 1) & (q - k >= 0) & (q - k <= 4)}


def mass(a: np.ndarray, m: np.ndarray, rows: np.ndarray) -> float:
    """Mean over ``rows`` of the attention on the mask's keys; ``a`` [w, n, n], ``m`` [w, n, n]."""
    return float((a * m).sum(axis=2)[:, rows].mean())


# ---------------------------------------------------------------- program text


def first_line(source: str) -> str:
    doc = ast.get_docstring(ast.parse(source)) or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""


def lead_phrase(line: str) -> tuple[str, bool]:
    """The lead phrase and whether the line says "Mostly"."""
    mostly = line.startswith("Mostly ")
    text = re.sub(r"^(Mostly|Mainly|All attention on|Attention on)\s+", "", line)
    return re.split(r"\s\(|;|,|\.$| and ", text, maxsplit=1)[0].strip(), mostly


def terms_with_shares(source: str) -> list[tuple[float, tuple, float]]:
    """(weight, term, share) of each commented TERMS line."""
    out = []
    for m in re.finditer(r"^\s*\((.+?)\),\s*#.*:\s*(\d+)%\s*$", source, flags=re.M):
        try:
            w, *term = ast.literal_eval(f"({m.group(1)},)")
        except (ValueError, SyntaxError):
            continue
        out.append((float(w), tuple(term), int(m.group(2)) / 100))
    return out


def claim_mask(phrase: str, window_masks: list[dict], strs: list[list[str]]) -> list[np.ndarray] | None | str:
    """Masks of what a lead phrase claims, per window; None when it cannot be checked here;
    ``"negative"`` for an "away from" lead. A claim about punctuation keys (periods, commas, a
    punctuation token) is a part of the punctuation mechanism, which then does not compete with it."""
    p = phrase.lower()
    if p.startswith("away from"):
        return "negative"
    named = [("induction", "induction"), ("after an earlier copy", "induction"), ("earlier cop", "earlier_copies"),
             ("same token", "earlier_copies"), ("earlier occurrences", "earlier_copies"), ("first token", "first"),
             ("first-token", "first"), ("sink", "first"), ("itself", "self"), ("previous token", "previous"),
             ("recent", "near")]
    for key, mech in named:
        if key in p:
            return [wm[mech] for wm in window_masks]
    d = re.search(r"the token (\d+) back", p)
    if d:
        dist = int(d.group(1))
        return [np.eye(len(s), k=-dist, dtype=bool) for s in strs]
    tok = re.search(r"the token ('.*'|\".*\")", phrase)
    if tok:
        text = ast.literal_eval(tok.group(1))
        return [np.broadcast_to(np.array([t == text for t in s])[None, :], (len(s), len(s))) for s in strs]
    for key, char in (("period", "."), ("comma", ",")):
        if key in p:
            return [np.broadcast_to(np.array([t.strip() == char for t in s])[None, :], (len(s), len(s))) for s in strs]
    if any(key in p for key in ("punctuation", "newline", "sentence end", "quot")):
        return [wm["punctuation"] for wm in window_masks]
    if "name-like" in p or "capitalized" in p:
        return [_keys(s, _name_like(s)) for s in strs]
    if "determiner" in p:
        return [_keys(s, np.array([t.strip().lower() in DETERMINERS for t in s])) for s in strs]
    return None


def _name_like(strs: list[str]) -> np.ndarray:
    """Capitalized tokens that do not start a sentence (the token before is no sentence end)."""
    out = np.zeros(len(strs), dtype=bool)
    for i in range(2, len(strs)):
        t, before = strs[i].strip(), strs[i - 1].strip()
        out[i] = bool(t) and t[0].isupper() and not (before.endswith((".", "!", "?")) or "\n" in strs[i - 1])
    return out


def _keys(strs: list[str], flags: np.ndarray) -> np.ndarray:
    return np.broadcast_to(flags[None, :], (len(strs), len(strs)))


def _punct_claim(phrase: str) -> bool:
    p = phrase.lower()
    tok = re.search(r"the token ('.*'|\".*\")", phrase)
    return any(k in p for k in ("period", "comma")) or bool(tok and _punct(ast.literal_eval(tok.group(1))))


# ---------------------------------------------------------------- the audit


def audit(store: dict, programs: Path, roles: dict | None, iou: bool) -> dict:
    meta, attn = store["meta"], store["attn"]
    n = meta["window"]
    views = {"natural": (store["natural"], np.arange(1, n)), "probe": (store["probe"], np.arange(1 + store["seq_len"], n))}
    win_masks = {v: [masks(store["tokens"][w], store["strs"][w]) for w in idx] for v, (idx, _) in views.items()}
    stacked = {v: {m: np.stack([wm[m] for wm in win_masks[v]]) for m in (*MECHS, "near")} if len(views[v][0]) else None
               for v in views}
    real = {v: np.asarray(attn[idx], dtype=np.float32) for v, (idx, _) in views.items() if len(idx)}
    heads = [(l, h) for l in range(meta["n_layers"]) for h in range(meta["n_heads"])]
    rows = []
    for l, h in heads:
        name = f"L{l}H{h}"
        path = programs / f"{name}.py"
        if not path.is_file():
            continue
        a = {v: r[:, l, h] for v, r in real.items()}
        rows.append(head_audit(name, path.read_text(), a, stacked, views, win_masks, store, roles))
    out = summarize(rows)
    if iou:
        out.update(iou_figures(rows, programs, real, store))
    return out


def head_audit(name, source, a, stacked, views, win_masks, store, roles) -> dict:
    nat_rows = views["natural"][1]
    masses = {m: mass(a["natural"], stacked["natural"][m], nat_rows) for m in MECHS}
    probe = None
    if "probe" in a:
        p_rows = views["probe"][1]
        probe = {m: mass(a["probe"], stacked["probe"][m], p_rows) for m in MECHS}
    line = first_line(source)
    phrase, mostly = lead_phrase(line)
    strs = [store["strs"][w] for w in views["natural"][0]]
    claim = claim_mask(phrase, win_masks["natural"], strs)
    claimed = None if claim is None or isinstance(claim, str) else mass(a["natural"], np.stack(claim), nat_rows)
    part_of_punct = claimed is not None and _punct_claim(phrase)
    rivals = {m: v for m, v in masses.items() if not (part_of_punct and m == "punctuation")}
    rec = {"head": name, "line": line, "lead": phrase, "mostly": mostly, "masses": masses, "probe": probe, "rivals": rivals,
           "claim": claim if isinstance(claim, str) else ("unverifiable" if claim is None else "checked"),
           "claimed": claimed, "sink_lead": claim is not None and not isinstance(claim, str) and
           any(k in phrase.lower() for k in ("first token", "first-token", "sink")),
           "lines": len(source.splitlines()), "shares": [], "detector": detector(a, stacked, views, store)}
    for w, term, share in terms_with_shares(source):
        fam = SHARE_FAMILY.get(term)
        if fam and w > 0:
            rec["shares"].append((fam, share, masses[fam]))
    rec["n_terms"] = len(terms_with_shares(source)) or None
    r = (roles or {}).get("heads", {}).get(name)
    rec["roles"] = r["roles"] if r else None
    return rec


def detector(a, stacked, views, store) -> dict:
    """detect_head-style scores: attention on the pattern over all attention, mean over windows."""
    def score(view, m, exclude_bos):
        if view not in a:
            view = "natural"
        x = np.array(a[view], dtype=np.float64)
        if exclude_bos:
            x[:, :, 0] = 0
        return float(np.mean((x * stacked[view][m]).sum(axis=(1, 2)) / np.maximum(x.sum(axis=(1, 2)), 1e-9)))

    spec = {"sink": ("natural", "first"), "previous-token": ("natural", "previous"), "self": ("natural", "self"),
            "duplicate-token": ("probe", "earlier_copies"), "induction": ("probe", "induction")}
    s = {r: score(v, m, r != "sink") for r, (v, m) in spec.items()}
    plain = {r: score(v, m, False) for r, (v, m) in spec.items()}
    ok = [r for r in DETECTED[1:] if s[r] >= THRESHOLD and plain[r] >= MIN_MASS]
    lead = max(ok, key=lambda r: s[r]) if ok else ("sink" if s["sink"] >= THRESHOLD else "other")
    return {"scores": s, "lead": lead}


def summarize(rows: list[dict]) -> dict:
    checked = [r for r in rows if r["claim"] == "checked"]
    true = [r for r in checked if r["claimed"] >= max(r["rivals"].values()) - 1e-9]
    nonsink = [r for r in checked if not r["sink_lead"]]
    nonsink_true = [r for r in nonsink if r in true]
    mostly = [r for r in checked if r["mostly"]]
    shares = {}
    for r in rows:
        for fam, share, real in r["shares"]:
            shares.setdefault(fam, []).append(abs(share - real))
    every = [d for ds in shares.values() for d in ds]
    induction = [r for r in rows if r["probe"] and r["probe"]["induction"] > 0.3]
    excl = [r for r in rows if r["probe"] and r["probe"]["induction"] / max(1 - r["probe"]["first"], 1e-9) > 0.3
            and r["probe"]["induction"] >= MIN_MASS]
    with_roles = [r for r in rows if r["roles"] is not None]
    agree = [r for r in with_roles if next((x for x in r["roles"] if x in DETECTED), "other") == r["detector"]["lead"]]
    return {
        "heads": len(rows), "leads_checked": len(checked), "leads_negative": sum(r["claim"] == "negative" for r in rows),
        "leads_unverifiable": sum(r["claim"] == "unverifiable" for r in rows),
        "lead_true_all": _frac(len(true), len(checked)), "lead_true_not_sink": _frac(len(nonsink_true), len(nonsink)),
        "n_not_sink": len(nonsink),
        "mostly_true": _frac(sum(r["claimed"] >= 0.5 for r in mostly), len(mostly)), "n_mostly": len(mostly),
        "share_median_abs_diff": {f: round(float(np.median(d)), 4) for f, d in sorted(shares.items())},
        "share_median_abs_diff_all": round(float(np.median(every)), 4) if every else None,
        "induction_heads": [r["head"] for r in induction],
        "induction_labelled": [r["head"] for r in induction if r["roles"] and "induction" in r["roles"]],
        "induction_heads_bos_excluded": [r["head"] for r in excl],
        "induction_labelled_bos_excluded": [r["head"] for r in excl if r["roles"] and "induction" in r["roles"]],
        "role_agreement": _frac(len(agree), len(with_roles)), "n_with_roles": len(with_roles),
        "median_lines": float(np.median([r["lines"] for r in rows])),
        "median_terms": float(np.median([r["n_terms"] for r in rows if r["n_terms"]])) if any(r["n_terms"] for r in rows) else None,
        "false_leads": [(r["head"], r["lead"], round(r["claimed"], 3), max(r["rivals"], key=r["rivals"].get),
                         round(max(r["rivals"].values()), 3)) for r in checked if r not in true],
    }


def _frac(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def iou_figures(rows: list[dict], programs: Path, real: dict, store: dict) -> dict:
    """Mean soft IoU (sum min / sum max over the causal triangle, mean over windows) of each program."""
    from surgery.lang.context import build_context
    from surgery.runtime.program import load_program

    ctxs = {v: [build_context(store["tokens"][w], store["strs"][w]) for w in idx]
            for v, idx in (("natural", store["natural"]), ("probe", store["probe"])) if len(idx)}
    induction = set(r["head"] for r in rows if r["probe"] and r["probe"]["induction"] > 0.3)
    out = {"natural": [], "probe_induction": []}
    for r in rows:
        l, h = map(int, r["head"][1:].split("H"))
        prog = load_program(programs / f"{r['head']}.py", trusted=True)
        for view in ("natural", "probe") if r["head"] in induction else ("natural",):
            pred = np.stack(prog.patterns(ctxs[view]))
            a = real[view][:, l, h]
            tri = np.tril(np.ones(a.shape[1:], dtype=bool))
            per = np.minimum(a, pred)[:, tri].sum(1) / np.maximum(np.maximum(a, pred)[:, tri].sum(1), 1e-9)
            out["natural" if view == "natural" else "probe_induction"].append(float(per.mean()))
    return {"iou_natural": round(float(np.mean(out["natural"])), 4),
            "iou_induction_probe": round(float(np.mean(out["probe_induction"])), 4) if out["probe_induction"] else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--attn", required=True, type=Path)
    ap.add_argument("--programs", required=True, type=Path)
    ap.add_argument("--roles", type=Path, default=None, help="roles.json (default: PROGRAMS/roles/roles.json)")
    ap.add_argument("--windows", choices=("all", "heldout"), default="heldout", help="natural windows audited")
    ap.add_argument("--iou", action="store_true", help="also run the programs (trusted) for IoU figures")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    roles_path = args.roles or args.programs / "roles" / "roles.json"
    roles = json.loads(roles_path.read_text()) if roles_path.is_file() else None
    store = read_store(args.attn, args.windows)
    out = audit(store, args.programs, roles, args.iou)
    print(f"{out['heads']} heads; {len(store['natural'])} natural windows ({args.windows}), {len(store['probe'])} probe windows")
    print(f"lead names the largest real mechanism: {out['lead_true_all']} of {out['leads_checked']} checkable leads "
          f"({out['leads_unverifiable']} unverifiable, {out['leads_negative']} negative); not the sink: "
          f"{out['lead_true_not_sink']} of {out['n_not_sink']}")
    print(f"'Mostly X' with X >= 50%: {out['mostly_true']} of {out['n_mostly']}")
    print(f"share vs real mass, median |diff|: {out['share_median_abs_diff']} (all {out['share_median_abs_diff_all']})")
    print(f"induction heads (> 30% on probes): {len(out['induction_heads'])} {out['induction_heads']}, labelled "
          f"induction: {len(out['induction_labelled'])}; BOS excluded: {len(out['induction_heads_bos_excluded'])}, "
          f"labelled {len(out['induction_labelled_bos_excluded'])}")
    print(f"roles agree with the detector: {out['role_agreement']} of {out['n_with_roles']} heads")
    if "iou_natural" in out:
        print(f"mean IoU, natural windows: {out['iou_natural']}; induction heads on probe windows: {out['iou_induction_probe']}")
    print(f"median program: {out['median_lines']} lines, {out['median_terms']} terms")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
