"""Show charts and tables in a notebook, the same way in JupyterLab, in nbval and in the HTML reports.

Each output is deterministic, so the committed notebooks pass ``pytest --nbval`` from a fresh clone:

* a chart is one ``display_data`` with ``image/png`` (which nbval does not compare) and a ``text/plain`` line
  naming the chart and its finding (which it does); its PNG and SVG files are linked by relative paths;
* a table is ``text/html`` built here with every cell escaped, plus a one-line ``text/plain`` summary.

Article text is untrusted: it only ever reaches HTML through :func:`html.escape` (tables, captions, the
chart's ``alt`` text), never through Markdown, whose raw HTML would pass through to the report.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from natorussia import plots


def _display(data: dict, metadata: dict | None = None) -> None:
    from IPython.display import display

    display(data, raw=True, metadata=metadata or {})


def figure_link(folder: str, name: str, ext: str) -> str:
    return (Path(folder) / f"{name}.{ext}").as_posix()


def figure(fig: Figure, name: str, figures_dir: str = "") -> None:
    """Show a chart, and save it as ``figures_dir/name.png`` and ``.svg`` when ``figures_dir`` is given."""
    title = fig.get_label()
    png = plots.png_bytes(fig)
    width_px = int(round(fig.get_figwidth() * plots.DPI))
    meta = {"image/png": {"width": width_px, "alt": f"Chart: {title}"}}
    text = f"Chart {name}: {title}"
    _display({"image/png": base64.b64encode(png).decode("ascii"), "text/plain": text}, meta)
    if figures_dir:
        plots.save(fig, name, figures_dir)
        png_link, svg_link = (html.escape(figure_link(figures_dir, name, e), quote=True) for e in ("png", "svg"))
        _display({
            "text/html": (f'<p class="natorussia-files">Chart files: <a href="{png_link}">{name}.png</a> · '
                          f'<a href="{svg_link}">{name}.svg</a></p>'),
            "text/plain": f"Chart files: {name}.png, {name}.svg",
        })


def cell_html(value: object) -> str:
    """One table cell: a list becomes a bulleted list; everything is escaped."""
    if isinstance(value, (list, tuple)):
        if not value:
            return ""
        return "<ul>" + "".join(f"<li>{html.escape(str(v), quote=True)}</li>" for v in value) + "</ul>"
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


_ISO_DATE = re.compile(r"^\d{4}(-\d{2}){0,2}$")


def _cell_class(value: object) -> str:
    """Numbers align right; dates do not wrap."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return ' class="num"'
    if isinstance(value, str) and _ISO_DATE.match(value):
        return ' class="date"'
    return ""


def table_html(df: pd.DataFrame, caption: str = "", row_ids: Sequence[str] | None = None,
               table_class: str = "natorussia-table") -> str:
    """An HTML table of a frame with every header and cell escaped (the index is not shown); ``row_ids`` gives
    each row an ``id`` so that a marker's number can link to it (``#event-3``)."""
    parts = [f'<table class="{html.escape(table_class, quote=True)}">']
    if caption:
        parts.append(f"<caption>{html.escape(caption)}</caption>")
    parts.append("<thead><tr>" + "".join(f"<th>{html.escape(str(c))}</th>" for c in df.columns) + "</tr></thead>")
    parts.append("<tbody>")
    for i, row in enumerate(df.itertuples(index=False, name=None)):
        rid = f' id="{html.escape(str(row_ids[i]), quote=True)}"' if row_ids is not None else ""
        cells = "".join(f"<td{_cell_class(v)}>{cell_html(v)}</td>" for v in row)
        parts.append(f"<tr{rid}>{cells}</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def table(df: pd.DataFrame, caption: str, row_ids: Sequence[str] | None = None, empty: str = "") -> None:
    """Show a table (escaped HTML; a one-line text summary for plain-text viewers and nbval)."""
    if df.empty:
        message = empty or f"{caption}: no data for this period."
        _display({"text/html": f'<p class="natorussia-empty">{html.escape(message)}</p>', "text/plain": message})
        return
    _display({"text/html": table_html(df, caption, row_ids),
              "text/plain": f"{caption}: {len(df)} rows, columns {', '.join(map(str, df.columns))}"})


def events_table(events_table_df: pd.DataFrame, caption: str = "Events drawn on the timeline") -> None:
    """The numbered events table; row ``No. n`` has the anchor ``#event-n``."""
    ids = [f"event-{n}" for n in events_table_df["No."]] if not events_table_df.empty else None
    table(events_table_df, caption, ids, empty="No events in this period: the timeline above is empty.")


def facts(lines: Iterable[str], heading: str = "") -> None:
    """A short list of facts (counts, periods) as escaped HTML and as text."""
    lines = list(lines)
    head = f"<p><strong>{html.escape(heading)}</strong></p>" if heading else ""
    _display({
        "text/html": head + '<ul class="natorussia-facts">'
        + "".join(f"<li>{html.escape(x)}</li>" for x in lines) + "</ul>",
        "text/plain": "\n".join(([heading] if heading else []) + [f"- {x}" for x in lines]),
    })
