"""Rendering helpers of ``surgery report`` and ``surgery show``.

- :func:`encode_png`: pixels -> PNG bytes through Pillow, one pixel per attention cell; the page
  scales images up in CSS (``image-rendering: pixelated``), so 64 tokens cost about 1 kB.
- :func:`heatmap_png` / :func:`heat_levels`: attention ``[n, n]`` -> palette PNG. Weights are
  shown as ``sqrt(weight)`` so that small weights stay visible next to the BOS sink; the cells
  above the diagonal (masked by causality) are light grey.
- :func:`plot_png`: a matplotlib figure -> PNG bytes, for figures of the report.
- :func:`ascii_heatmap`: the same shading as text (``" .:-=+*#%@"``) for the terminal.
- :func:`highlight_python` / :func:`highlight_css`: Python source -> HTML spans with Pygments' CSS
  classes, and the style sheet for them.
"""
from __future__ import annotations

import base64
import io

import numpy as np
from PIL import Image
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer

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


def encode_png(pixels: np.ndarray, palette: np.ndarray | None = None) -> bytes:
    """PNG bytes of uint8 ``[h, w]`` (grey, or palette indices when ``palette`` ``[k, 3]``) or ``[h, w, 3]`` RGB.

    >>> encode_png(np.zeros((2, 3), np.uint8))[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
    True
    """
    px = np.ascontiguousarray(pixels, dtype=np.uint8)
    if not (px.ndim == 2 or (px.ndim == 3 and px.shape[2] == 3)):
        raise ValueError(f"pixels must be [h, w] or [h, w, 3], got {px.shape}")
    if px.shape[0] == 0 or px.shape[1] == 0:
        raise ValueError("cannot encode an empty image")
    img = Image.fromarray(px)  # mode L or RGB
    if palette is not None:
        pal = np.asarray(palette, dtype=np.uint8)
        if px.ndim != 2 or pal.ndim != 2 or pal.shape[1] != 3 or not 0 < len(pal) <= 256 or px.max() >= len(pal):
            raise ValueError("a palette image is [h, w] indices; the palette must be [k <= 256, 3] and cover every index")
        img.putpalette(pal.tobytes())  # L -> P: the pixels are palette indices
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=9)
    return buf.getvalue()


def plot_png(fig) -> bytes:
    """PNG bytes of a matplotlib figure (for a :class:`surgery.report.html.Figure` of the page)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    return buf.getvalue()


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

HIGHLIGHT_STYLE = "default"  # a Pygments style
_LEXER = PythonLexer(stripnl=False, ensurenl=False)  # keep the source's text exactly
_FORMATTER = HtmlFormatter(nowrap=True, style=HIGHLIGHT_STYLE)


def highlight_python(source: str) -> str:
    """Escaped HTML of ``source`` with Pygments' ``<span class="k|nf|nb|s2|c1|...">`` around tokens.

    The text is kept exactly (``html.unescape`` of the tag-stripped result is ``source``), also
    for source that does not parse; put it inside ``<pre>``, styled by :func:`highlight_css`.

    >>> highlight_python('x = "a<b"  # c')
    '<span class="n">x</span> <span class="o">=</span> <span class="s2">"a&lt;b"</span>  <span class="c1"># c</span>'
    """
    out = highlight(source, _LEXER, _FORMATTER)
    return out[:-1] if out.endswith("\n") and not source.endswith("\n") else out


def highlight_css(scope: str = ".src") -> str:
    """CSS rules colouring :func:`highlight_python` output inside elements matching ``scope``."""
    return "\n".join(_FORMATTER.get_token_style_defs(scope))
