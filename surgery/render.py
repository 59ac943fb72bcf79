"""Rendering helpers of ``surgery report`` and ``surgery show``, with no dependency beyond numpy.

- :func:`encode_png`: a tiny PNG encoder (numpy + zlib), one pixel per attention cell; the page
  scales images up in CSS (``image-rendering: pixelated``), so 64 tokens cost about 1 kB.
- :func:`heatmap_png` / :func:`heat_levels`: attention ``[n, n]`` -> palette PNG. Weights are
  shown as ``sqrt(weight)`` so that small weights stay visible next to the BOS sink; the cells
  above the diagonal (masked by causality) are light grey.
- :func:`ascii_heatmap`: the same shading as text (``" .:-=+*#%@"``) for the terminal.
- :func:`highlight_python`: Python source -> HTML spans with CSS classes, via :mod:`tokenize`.
"""
from __future__ import annotations

import base64
import builtins
import html
import io
import keyword
import struct
import tokenize
import zlib

import numpy as np

GAMMA = 0.5  # shown intensity = weight ** GAMMA
LEVELS = 32  # shades of a heatmap: few enough to compress well (a 64-token heatmap is ~1 kB)
MASKED = LEVELS  # palette index of the cells above the diagonal
SHADES = " .:-=+*#%@"  # ASCII shading, weight 0 -> 1
_RAMP = np.array([(255, 255, 255), (198, 219, 239), (107, 174, 214), (33, 113, 181), (8, 48, 107)], float)


def _ramp_palette() -> np.ndarray:
    """uint8 [LEVELS + 1, 3]: indices 0..LEVELS-1 white -> dark blue, then light grey (masked)."""
    x = np.linspace(0, len(_RAMP) - 1, LEVELS)  # [LEVELS]
    pal = np.stack([np.interp(x, np.arange(len(_RAMP)), _RAMP[:, c]) for c in range(3)], axis=1)
    return np.concatenate([pal, [(236, 236, 236)]]).round().astype(np.uint8)


PALETTE = _ramp_palette()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode_png(pixels: np.ndarray, palette: np.ndarray | None = None, level: int = 9) -> bytes:
    """PNG bytes of uint8 ``[h, w]`` (grey, or palette indices when ``palette`` ``[k, 3]``) or ``[h, w, 3]`` RGB.

    >>> encode_png(np.zeros((2, 3), np.uint8))[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
    True
    """
    px = np.ascontiguousarray(pixels, dtype=np.uint8)
    if px.ndim == 3 and px.shape[2] == 3:
        colour, channels = 2, 3
    elif px.ndim == 2:
        colour, channels = (0 if palette is None else 3), 1
    else:
        raise ValueError(f"pixels must be [h, w] or [h, w, 3], got {px.shape}")
    h, w = px.shape[:2]
    if h == 0 or w == 0:
        raise ValueError("cannot encode an empty image")
    rows = px.reshape(h, w * channels)
    raw = np.concatenate([np.zeros((h, 1), np.uint8), rows], axis=1).tobytes()  # filter type 0 per row
    out = [b"\x89PNG\r\n\x1a\n", _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, colour, 0, 0, 0))]
    if colour == 3:
        pal = np.asarray(palette, dtype=np.uint8)
        if pal.ndim != 2 or pal.shape[1] != 3 or not 0 < len(pal) <= 256 or px.max() >= len(pal):
            raise ValueError("palette must be [k <= 256, 3] and cover every index")
        out.append(_chunk(b"PLTE", pal.tobytes()))
    out += [_chunk(b"IDAT", zlib.compress(raw, level)), _chunk(b"IEND", b"")]
    return b"".join(out)


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def heat_levels(matrix: np.ndarray, levels: int = LEVELS) -> np.ndarray:
    """int ``[n, n]`` in ``0..levels-1`` of ``weight ** GAMMA`` (clipped to [0, 1]); -1 above the diagonal."""
    m = np.clip(np.nan_to_num(np.asarray(matrix, dtype=np.float32)), 0, 1)
    q = np.round(m**GAMMA * (levels - 1)).astype(np.int64)
    return np.where(np.tril(np.ones(m.shape, dtype=bool)), q, -1)


def heatmap_png(matrix: np.ndarray) -> bytes:
    """Palette PNG of an attention pattern ``[query_pos, key_pos]``, one pixel per cell."""
    q = heat_levels(matrix)
    return encode_png(np.where(q < 0, MASKED, q).astype(np.uint8), PALETTE)


def ascii_heatmap(matrix: np.ndarray) -> list[str]:
    """One string per query row, one shade character per key; blank above the diagonal.

    >>> ascii_heatmap(np.array([[1.0, 0.0], [0.25, 0.75]]))
    ['@', '=%']
    """
    q = heat_levels(matrix, len(SHADES))
    return ["".join(SHADES[v] for v in row[: i + 1]) for i, row in enumerate(q)]


def token_label(token: str, width: int | None = None) -> str:
    """A token as one printable line: newlines and tabs made visible, clipped to ``width``."""
    s = token.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
    return s if width is None or len(s) <= width else s[: width - 1] + "…"


def side_by_side(real: np.ndarray, pred: np.ndarray | None, tokens: list[str], label_width: int = 12) -> str:
    """Real and program attention as ASCII shading, side by side, one labelled row per query."""
    n = real.shape[-1]
    w = max(n, len("program"), 0 if pred is not None else len("(no pattern)"))
    left = ascii_heatmap(real)
    right = ascii_heatmap(pred) if pred is not None else ["(no pattern)"] + [""] * (n - 1)
    lines = [f"{'query':>{label_width}} |{'real':<{w}}| {'program':<{w}}|"]
    for i in range(n):
        label = token_label(tokens[i], label_width)
        lines.append(f"{label:>{label_width}} |{left[i]:<{w}}| {right[i]:<{w}}|")
    return "\n".join(lines)


# ---------------------------------------------------------------- syntax highlighting

_BUILTINS = frozenset(dir(builtins))
_STRING_TYPES = {tokenize.STRING} | {getattr(tokenize, t) for t in ("FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END")
                                     if hasattr(tokenize, t)}


def _css_class(tok: tokenize.TokenInfo, previous: str) -> str | None:
    if tok.type in _STRING_TYPES:
        return "str"
    if tok.type == tokenize.COMMENT:
        return "com"
    if tok.type == tokenize.NUMBER:
        return "num"
    if tok.type != tokenize.NAME:
        return None
    if previous in ("def", "class"):
        return "fn"
    if keyword.iskeyword(tok.string) or tok.string in ("match", "case"):
        return "kw"
    return "bi" if tok.string in _BUILTINS else None


def _escape(text: str) -> str:
    return html.escape(text, quote=False)  # element content: quotes need no escaping


def highlight_python(source: str) -> str:
    """Escaped HTML of ``source`` with ``<span class="kw|bi|fn|str|num|com">`` around tokens.

    The text is kept exactly (``html.unescape`` of the tag-stripped result is ``source``);
    source that does not tokenize is returned escaped, unhighlighted.

    >>> highlight_python('x = "a<b"  # c')
    'x = <span class="str">"a&lt;b"</span>  <span class="com"># c</span>'
    """
    starts = np.cumsum([0] + [len(ln) for ln in io.StringIO(source).readlines()])  # offset of each line
    out, pos, previous = [], 0, ""
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            cls = _css_class(tok, previous)
            if tok.type == tokenize.NAME:
                previous = tok.string
            if cls is None or tok.start[0] > len(starts) - 1:
                continue
            a, b = starts[tok.start[0] - 1] + tok.start[1], starts[tok.end[0] - 1] + tok.end[1]
            out.append(_escape(source[pos:a]) + f'<span class="{cls}">{_escape(source[a:b])}</span>')
            pos = b
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return _escape(source)
    return "".join(out) + _escape(source[pos:])
