"""The reports' charts, drawn with matplotlib from the frames of :mod:`natorussia.views`.

Made for reading:

* every title states the finding, computed from the data (the figure's label holds it too: ``fig.get_label()``);
* axes are labelled with their units;
* one colour per direction (and per date source) in every chart, from the Okabe-Ito palette, which readers with
  any common colour-vision deficiency tell apart; quantities without a category use one neutral grey, and the
  heatmap the perceptually uniform, colour-blind-safe ``cividis``;
* labels never overlap: figures are laid out in inches from measured text sizes, timeline labels are packed in
  rows that reserve their width, and :func:`overlapping_labels` (used by the tests) checks what is drawn;
* a period with no data gives a figure that says so instead of an empty axis (:func:`no_data`).

Text from articles (outlets, article ids, actor codes) is drawn literally: mathtext is off (``$`` stays ``$``),
control characters are dropped, and in the SVG files text is XML-escaped by matplotlib (``svg.fonttype: none``
keeps it as searchable text).

Figures are plain :class:`matplotlib.figure.Figure` objects, not pyplot figures, so a notebook shows only what
:mod:`natorussia.present` displays, once.
"""

from __future__ import annotations

import contextlib
import io
import math
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator

from natorussia import views

# Okabe & Ito (2008), "Color Universal Design": eight colours distinguishable with any common colour-vision
# deficiency. Directions take the blue/vermillion pair (the strongest contrast) for the two that matter most.
OKABE_ITO = {
    "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "reddish_purple": "#CC79A7", "black": "#000000",
}
DIRECTION_COLOURS = {
    "west_to_russia": OKABE_ITO["blue"],
    "russia_to_west": OKABE_ITO["vermillion"],
    "other_to_russia": OKABE_ITO["sky_blue"],
    "russia_to_other": OKABE_ITO["orange"],
    "other": "#999999",
}
DATE_SOURCE_COLOURS = {
    "header": OKABE_ITO["bluish_green"],
    "metadata": OKABE_ITO["reddish_purple"],
    "inferred": OKABE_ITO["yellow"],
}
NEUTRAL = "#595959"
LIGHT = "#BBBBBB"
HEATMAP = "cividis"
LOWER_BOUND_HATCH = "////"

WIDTH = 11.0          # inches, every chart
DPI = 100             # PNG resolution (1100 px wide)
FONT = 9.0            # points
TITLE_FONT = 12.5
SUBTITLE_FONT = 9.0
MARGIN = 0.35         # inches around the figure's content

STYLE = {
    "text.parse_math": False,        # article text is never mathtext: '$' is a dollar sign
    "text.usetex": False,
    "svg.fonttype": "none",          # SVG text stays text (escaped by matplotlib), searchable and selectable
    "svg.hashsalt": "natorussia",    # stable ids in the SVG files
    "font.family": "DejaVu Sans",    # shipped with matplotlib: the same glyphs on every machine
    "font.size": FONT,
    "axes.titlesize": FONT + 1,
    "axes.labelsize": FONT,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#444444",
    "axes.axisbelow": True,
    "xtick.labelsize": FONT - 0.5,
    "ytick.labelsize": FONT - 0.5,
    "legend.fontsize": FONT - 0.5,
    "legend.frameon": False,
    "hatch.color": "#FFFFFF",
    "hatch.linewidth": 1.2,
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")
_RENDERER = RendererAgg(10, 10, 72)  # at 72 dpi a pixel is a point: measures text in points


@contextlib.contextmanager
def style() -> Iterator[None]:
    """The charts' matplotlib settings, for drawing and for saving."""
    with mpl.rc_context(STYLE):
        yield


def label(text: object, limit: int = 60) -> str:
    """Untrusted text made safe to draw: a string without control characters, one line, at most ``limit``
    characters (cut with an ellipsis)."""
    s = _CONTROL.sub("", "" if text is None else str(text))
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


def text_size(s: str, size: float = FONT, weight: str = "normal") -> tuple[float, float]:
    """Width and height of a one- or multi-line text in inches."""
    prop = FontProperties(family=STYLE["font.family"], size=size, weight=weight)
    lines = s.split("\n") or [""]
    widths = [_RENDERER.get_text_width_height_descent(line or " ", prop, ismath=False)[0] for line in lines]
    return max(widths) / 72, len(lines) * size * 1.25 / 72


def wrap(s: str, width_in: float, size: float, weight: str = "normal") -> str:
    """Wrap a text so that no line is wider than ``width_in`` inches."""
    for chars in range(max(20, int(width_in * 72 / (size * 0.45))), 10, -4):
        wrapped = textwrap.fill(s, chars)
        if text_size(wrapped, size, weight)[0] <= width_in:
            return wrapped
    return textwrap.fill(s, 10)


def new_figure(height: float, title: str) -> Figure:
    fig = Figure(figsize=(WIDTH, height), dpi=DPI)
    FigureCanvasAgg(fig)
    fig.set_label(title)
    return fig


def heading(title: str, subtitle: str = "") -> tuple[str, str, float]:
    """The wrapped title and subtitle, and the height in inches they take at the top of a figure."""
    t = wrap(title, WIDTH - 2 * MARGIN, TITLE_FONT, "bold")
    s = wrap(subtitle, WIDTH - 2 * MARGIN, SUBTITLE_FONT) if subtitle else ""
    h = MARGIN + text_size(t, TITLE_FONT, "bold")[1] + (0.08 + text_size(s, SUBTITLE_FONT)[1] if s else 0) + 0.15
    return t, s, h


def draw_heading(fig: Figure, title: str, subtitle: str) -> None:
    """Title (the finding) and subtitle (how to read the chart) at the top left."""
    height = fig.get_figheight()
    fig.text(MARGIN / WIDTH, 1 - MARGIN / height, title, ha="left", va="top", fontsize=TITLE_FONT,
             fontweight="bold", color="#111111")
    if subtitle:
        y = MARGIN + text_size(title, TITLE_FONT, "bold")[1] + 0.08
        fig.text(MARGIN / WIDTH, 1 - y / height, subtitle, ha="left", va="top", fontsize=SUBTITLE_FONT,
                 color="#333333")


def axes_at(fig: Figure, left: float, bottom: float, width: float, height: float):  # noqa: ANN201
    """An axes placed in inches from the figure's bottom left corner."""
    w, h = fig.get_size_inches()
    return fig.add_axes((left / w, bottom / h, width / w, height / h))


def no_data(title: str, message: str) -> Figure:
    """A figure that says there is nothing to draw, instead of an empty axis."""
    with style():
        t, s, head = heading(title)
        fig = new_figure(head + 1.3, title)
        draw_heading(fig, t, s)
        fig.text(0.5, 0.6 / fig.get_figheight(), wrap(message, WIDTH - 2, FONT + 2), ha="center", va="center",
                 fontsize=FONT + 2, color="#444444", style="italic",
                 bbox={"boxstyle": "round,pad=0.6", "facecolor": "#F2F2F2", "edgecolor": "#CCCCCC"})
    return fig


def no_data_message(what: str, f: views.Filters) -> str:
    return f"No data for this period: no {what} in {views.period_label(f)} for the corpus and filters given."


def year_axis(ax, f: views.Filters, label_text: str = "Year") -> None:  # noqa: ANN001
    """An x axis of whole years over the period: a tick at each new year, the year's label in its middle."""
    years = list(range(f.start_year, f.end_year + 1))
    step = max(1, math.ceil(len(years) / 16))
    ax.set_xticks([float(y) for y in range(f.start_year, f.end_year + 2)], [""] * (len(years) + 1))
    ax.set_xticks([y + 0.5 for y in years[::step]], [str(y) for y in years[::step]], minor=True)
    ax.tick_params(axis="x", which="minor", length=0)
    ax.tick_params(axis="x", which="major", length=4)
    ax.set_xlim(f.start_year, f.end_year + 1)
    ax.set_xlabel(label_text)


def plural(n: int, word: str, words: str = "") -> str:
    """``1 month name``, ``2 month names``."""
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def legend_below(fig: Figure, handles: list, labels: list[str], bottom_in: float) -> None:
    """A one-row (or wrapped) legend centred under the chart, ``bottom_in`` inches above the figure's foot."""
    ncol = len(handles)
    while ncol > 1 and sum(text_size(x, FONT - 0.5)[0] + 0.55 for x in labels[:ncol]) > WIDTH - 2 * MARGIN:
        ncol -= 1
    fig.legend(handles, labels, loc="lower center", ncol=ncol, bbox_to_anchor=(0.5, bottom_in / fig.get_figheight()),
               handlelength=1.6, columnspacing=1.4, borderaxespad=0)


def legend_rows(labels: list[str]) -> int:
    ncol = len(labels)
    while ncol > 1 and sum(text_size(x, FONT - 0.5)[0] + 0.55 for x in labels[:ncol]) > WIDTH - 2 * MARGIN:
        ncol -= 1
    return math.ceil(len(labels) / max(ncol, 1))


# ----------------------------------------------------------------------------------------------- timeline

ROW = 0.27         # inches per row of markers in a lane
LANE_PAD = 0.14    # inches of space above and below the rows of a lane
NUMBER_FONT = 7.5


def marker_area(n_articles: int) -> float:
    """Marker area in points² for the number of articles reporting an event (1 -> 36, 5 -> 132, capped)."""
    return float(min(36 + 24 * (max(int(n_articles), 1) - 1), 260))


def timeline_title(events: pd.DataFrame, f: views.Filters) -> str:
    hostile = events[events["goldstein"] < 0]
    if hostile.empty:
        return f"No hostile events in {views.period_label(f)}: {len(events)} cooperative events"
    per_year = hostile.groupby("year").size()
    peak = int(per_year.idxmax())
    share = hostile["direction"].value_counts()
    top = str(share.index[0])
    pct = round(100 * share.iloc[0] / len(hostile))
    return (f"{len(hostile)} hostile events in {views.period_label(f)}, most in {peak} ({int(per_year.max())}); "
            f"{pct}% of them {views.DIRECTIONS[top]}")


def timeline(events: pd.DataFrame, f: views.Filters) -> Figure:
    """Merged events on a time axis, one lane per event type (most hostile at the top), coloured by direction,
    sized by the number of articles reporting them, each with its number.

    Traceability: the number beside each marker is the ``No.`` of the events table the report shows under the
    chart, which lists every sentence that reports the event with its article and outlet. Numbered markers were
    chosen over interactive tooltips because they survive every way a report is read (the static HTML offline,
    the PNG and SVG files on their own, a printout) with no JavaScript to load or to trust with article text.
    The six events reported by most articles also carry a short label (e.g. ``NATO→RUS: 8 expelled``).
    A horizontal bar behind a marker shows the month or year when the date is known no better.
    """
    if events.empty:
        return no_data(f"No escalation events in {views.period_label(f)}", no_data_message("dated events", f))
    with style():
        title = timeline_title(events, f)
        subtitle = ("Each marker is one event, merged across the articles that report it: colour = direction, "
                    "size = number of articles, bar = date known only to the month or year. The number leads to "
                    "the event's sentences and outlets in the events table below.")
        t, s, head = heading(title, subtitle)
        lanes = [e for e in views.EVENT_TYPES if e in set(events["event_type"])]
        lanes += sorted(set(events["event_type"]) - set(lanes))
        lane_labels = [views.EVENT_TYPES.get(e, (label(e, 30), ""))[0] for e in lanes]
        left = MARGIN + max(text_size(x, FONT - 0.5)[0] for x in lane_labels) + 0.15
        right = MARGIN + 0.1
        axes_w = WIDTH - left - right
        x_lo, x_hi = float(f.start_year), float(f.end_year + 1)
        per_inch = (x_hi - x_lo) / axes_w
        gap = 3 / 72 * per_inch

        placed = []  # (row of event, lane, row, side)
        rows_per_lane = {}
        for lane in lanes:
            rows_end: list[float] = []
            lane_events = events[events["event_type"] == lane].sort_values(["x", "number"], kind="stable")
            for r in lane_events.itertuples(index=False):
                radius = math.sqrt(marker_area(r.n_articles)) / 2 / 72 * per_inch
                text = f"{r.number}  {label(r.short_label, 40)}" if r.key else str(r.number)
                tw = text_size(text, NUMBER_FONT, "bold" if r.key else "normal")[0] * per_inch + gap
                x = min(max(r.x, x_lo), x_hi)
                side = "right" if x + radius + tw <= x_hi else "left"
                lo = min(r.x0, x - radius) if side == "right" else min(r.x0, x - radius - tw)
                hi = max(r.x1, x + radius + tw) if side == "right" else max(r.x1, x + radius)
                for i, end in enumerate(rows_end):
                    if end + gap <= lo:
                        rows_end[i] = hi
                        row = i
                        break
                else:
                    rows_end.append(hi)
                    row = len(rows_end) - 1
                placed.append((r, lane, row, side, text))
            rows_per_lane[lane] = max(len(rows_end), 1)

        lane_h = {lane: rows_per_lane[lane] * ROW + 2 * LANE_PAD for lane in lanes}
        plot_h = sum(lane_h.values())
        dir_present = [d for d in views.DIRECTIONS if d in set(events["direction"])]
        legend_labels = [views.DIRECTIONS[d] for d in dir_present] + ["1 article", "3 articles", "date to month/year"]
        foot = MARGIN + legend_rows(legend_labels) * 0.25 + 0.55
        fig = new_figure(head + plot_h + foot, title)
        draw_heading(fig, t, s)
        ax = axes_at(fig, left, foot, axes_w, plot_h)
        ax.set_ylim(plot_h, 0)
        ax.set_xlim(x_lo, x_hi)
        top, centres, y_of = 0.0, [], {}
        for i, lane in enumerate(lanes):
            centres.append(top + lane_h[lane] / 2)
            y_of[lane] = top + LANE_PAD + ROW / 2
            if i:
                ax.axhline(top, color="#DDDDDD", lw=0.8, zorder=0)
            top += lane_h[lane]
        ax.set_yticks(centres, lane_labels)
        ax.tick_params(axis="y", length=0)
        ax.spines["left"].set_visible(False)
        year_axis(ax, f, "Year (date of the event, not of the report)")
        for year in range(f.start_year + 1, f.end_year + 1):
            ax.axvline(year, color="#EEEEEE", lw=0.8, zorder=0)
        for r, lane, row, side, text in placed:
            y = y_of[lane] + row * ROW
            colour = DIRECTION_COLOURS.get(r.direction, NEUTRAL)
            if r.date_precision != "day":
                ax.hlines(y, max(r.x0, x_lo), min(r.x1, x_hi), color=colour, lw=3.2, alpha=0.3, zorder=1)
            ax.scatter([r.x], [y], s=marker_area(r.n_articles), color=colour, edgecolors="white", linewidths=0.7,
                       zorder=3)
            radius_pt = math.sqrt(marker_area(r.n_articles)) / 2
            offset = radius_pt + 1.5 if side == "right" else -(radius_pt + 1.5)
            ax.annotate(text, (r.x, y), xytext=(offset, 0), textcoords="offset points", va="center",
                        ha="left" if side == "right" else "right", fontsize=NUMBER_FONT,
                        fontweight="bold" if r.key else "normal", color="#111111", zorder=4)
        handles = [Line2D([], [], marker="o", ls="", color=DIRECTION_COLOURS[d], markersize=7) for d in dir_present]
        handles += [Line2D([], [], marker="o", ls="", color=LIGHT, markersize=math.sqrt(marker_area(n)))
                    for n in (1, 3)]
        handles += [Line2D([], [], color=LIGHT, lw=3.2)]
        legend_below(fig, handles, legend_labels, MARGIN)
    return fig


# -------------------------------------------------------------------------------------------- index chart

def index_title(index: pd.DataFrame, f: views.Filters) -> str:
    per_year = index.groupby("year")["index"].sum()
    if per_year.min() >= 0:
        return f"No hostile events in {views.period_label(f)}: the index never falls below zero"
    worst = int(per_year.idxmin())
    in_worst = index[index["year"] == worst].sort_values("index", kind="stable")
    driver = str(in_worst.iloc[0]["direction_label"])
    return (f"Relations were most hostile in {worst} (index {per_year.min():+.0f}), driven by {driver} "
            f"({in_worst.iloc[0]['index']:+.0f})")


def escalation_index(index: pd.DataFrame, f: views.Filters) -> Figure:
    """The yearly escalation index (sum of the Goldstein weights of merged events) as bars per direction."""
    if index.empty:
        return no_data(f"No escalation index for {views.period_label(f)}: no dated events",
                       no_data_message("dated events", f))
    with style():
        title = index_title(index, f)
        subtitle = ("Sum of the Goldstein weights (−10 most hostile … +10 most cooperative) of the events of each "
                    "year, counting each event once however many articles report it.")
        t, s, head = heading(title, subtitle)
        dirs = [d for d in views.DIRECTIONS if d in set(index["direction"])]
        labels = [views.DIRECTIONS[d] for d in dirs]
        foot = MARGIN + legend_rows(labels) * 0.25 + 0.6
        plot_h = 3.6
        fig = new_figure(head + plot_h + foot, title)
        draw_heading(fig, t, s)
        left = MARGIN + 0.75
        ax = axes_at(fig, left, foot, WIDTH - left - MARGIN, plot_h)
        width = 0.8 / len(dirs)
        for i, d in enumerate(dirs):
            rows = index[index["direction"] == d]
            ax.bar(rows["year"] + 0.1 + width * (i + 0.5), rows["index"], width=width * 0.95,
                   color=DIRECTION_COLOURS[d], label=views.DIRECTIONS[d])
        ax.axhline(0, color="#444444", lw=0.8)
        year_axis(ax, f)
        ax.set_ylabel("Escalation index (Goldstein points)")
        ax.grid(axis="y", color="#EEEEEE")
        lo, hi = float(index["index"].min()), float(index["index"].max())
        ax.set_ylim(min(lo, 0) * 1.1 - 1, max(hi, 0) * 1.1 + 1)
        handles = [Patch(color=DIRECTION_COLOURS[d]) for d in dirs]
        legend_below(fig, handles, labels, MARGIN)
    return fig


# ---------------------------------------------------------------------------------------------- articles

def publication_years(counts: pd.DataFrame, n_undated: int, f: views.Filters) -> Figure:
    """Articles per publication year, stacked by how the date was found (header, metadata, inferred)."""
    if counts.empty or counts[list(views.DATE_SOURCES)].to_numpy().sum() == 0:
        return no_data(f"No dated articles in {views.period_label(f)}", no_data_message("dated articles", f))
    with style():
        n = int(counts[list(views.DATE_SOURCES)].to_numpy().sum())
        inferred = int(counts["inferred"].sum())
        undated = int(n_undated)
        peak = int(counts.set_index("year").sum(axis=1).idxmax())
        title = (f"{n:,} articles dated {views.period_label(f)}, most from {peak}; "
                 f"{inferred:,} dated from their text alone")
        if undated:
            title += f", {undated:,} undated"
        subtitle = "Publication year of each article, coloured by where its date came from."
        t, s, head = heading(title, subtitle)
        labels = list(views.DATE_SOURCES.values())
        foot = MARGIN + 0.25 + 0.6
        plot_h = 2.8
        fig = new_figure(head + plot_h + foot, title)
        draw_heading(fig, t, s)
        left = MARGIN + 0.6
        ax = axes_at(fig, left, foot, WIDTH - left - MARGIN, plot_h)
        bottom = np.zeros(len(counts))
        for source in views.DATE_SOURCES:
            ax.bar(counts["year"] + 0.5, counts[source], bottom=bottom, width=0.7,
                   color=DATE_SOURCE_COLOURS[source], edgecolor="#333333", linewidth=0.4)
            bottom = bottom + counts[source].to_numpy()
        year_axis(ax, f, "Year of publication")
        ax.set_ylabel("Articles")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(axis="y", color="#EEEEEE")
        handles = [Patch(facecolor=DATE_SOURCE_COLOURS[k], edgecolor="#333333", linewidth=0.4)
                   for k in views.DATE_SOURCES]
        legend_below(fig, handles, labels, MARGIN)
    return fig


def outlets(counts: pd.DataFrame, f: views.Filters) -> Figure:
    """Articles per outlet, as horizontal bars (articles naming no outlet in a lighter bar, last)."""
    if counts.empty:
        return no_data(f"No articles in {views.period_label(f)}", no_data_message("articles", f))
    with style():
        n = int(counts["n_articles"].sum())
        named = counts[counts["outlet"] != views.UNNAMED_OUTLET]
        unnamed = int(counts.loc[counts["outlet"] == views.UNNAMED_OUTLET, "n_articles"].sum())
        if named.empty:
            title = f"None of the {n:,} articles names its outlet"
        else:
            top = named.iloc[0]
            title = (f"{label(top['outlet'], 40)} is the most frequent named outlet ({int(top['n_articles']):,} of "
                     f"{n:,} articles); {len(named)} outlets named in all")
            if unnamed:
                title += f", {unnamed} articles name none"
        t, s, head = heading(title, "Outlet named in the article's text, dateline or credit line, or in metadata.csv.")
        names = [label(o, 50) for o in counts["outlet"]]
        left = MARGIN + max(text_size(x, FONT - 0.5)[0] for x in names) + 0.15
        plot_h = 0.3 * len(counts) + 0.2
        foot = MARGIN + 0.5
        fig = new_figure(head + plot_h + foot, title)
        draw_heading(fig, t, s)
        ax = axes_at(fig, left, foot, WIDTH - left - MARGIN - 0.4, plot_h)
        y = np.arange(len(counts))
        colours = [LIGHT if o == views.UNNAMED_OUTLET else NEUTRAL for o in counts["outlet"]]
        ax.barh(y, counts["n_articles"], color=colours, height=0.65)
        ax.set_yticks(y, names)
        ax.set_ylim(len(counts) - 0.5, -0.5)
        ax.tick_params(axis="y", length=0)
        for yi, v in zip(y, counts["n_articles"], strict=True):
            ax.annotate(str(int(v)), (v, yi), xytext=(3, 0), textcoords="offset points", va="center",
                        fontsize=FONT - 1)
        ax.set_xlabel("Articles")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlim(0, counts["n_articles"].max() * 1.12 + 0.5)
    return fig


def cleaning(changes: pd.DataFrame, n_articles: int, f: views.Filters, per_year: bool = False) -> Figure:
    """What cleaning changed, per article (``label``), or per publication year with ``per_year`` (see
    :func:`natorussia.views.article_summary`): one small panel per kind of change, in one neutral colour."""
    if changes.empty:
        return no_data(f"Cleaning changed none of the {n_articles} articles of {views.period_label(f)}",
                       "No data for this period: no repeated paragraph, misspelt month or credit line was found.")
    with style():
        totals = {k: int(changes[k].sum()) for k in views.CLEANING_CHANGES}
        title = (f"Cleaning changed {int(changes['n_articles'].sum()):,} of {n_articles:,} articles: "
                 f"{plural(totals['n_duplicate_paragraphs'], 'repeated paragraph')} removed, "
                 f"{plural(totals['n_month_fixes'], 'month name')} fixed, "
                 f"{plural(totals['n_boilerplate'], 'dateline or credit line', 'datelines or credit lines')} "
                 "taken out")
        t, s, head = heading(title, "Counts per year of publication, over the articles that cleaning changed."
                             if per_year else "Only the articles that cleaning changed; counts per article.")
        names = [label(a, 48) for a in changes["label"]]
        left = MARGIN + max(text_size(x, FONT - 0.5)[0] for x in names) + 0.15
        plot_h = 0.28 * len(changes) + 0.3
        foot = MARGIN + 0.5
        fig = new_figure(head + plot_h + foot + 0.3, title)
        draw_heading(fig, t, s)
        panel_gap = 0.35
        panel_w = (WIDTH - left - MARGIN - 2 * panel_gap) / 3
        y = np.arange(len(changes))
        for i, (col, name) in enumerate(views.CLEANING_CHANGES.items()):
            ax = axes_at(fig, left + i * (panel_w + panel_gap), foot, panel_w, plot_h)
            values = changes[col].astype(int)
            ax.barh(y, values, color=NEUTRAL, height=0.6)
            ax.set_ylim(len(changes) - 0.5, -0.5)
            ax.set_title(wrap(name, panel_w, FONT + 1), loc="left", fontsize=FONT, pad=6)
            if i == 0:
                ax.set_yticks(y, names)
            else:
                ax.set_yticks(y, [""] * len(y))
            ax.tick_params(axis="y", length=0)
            ax.set_xlabel("Count")
            top = max(int(values.max()), 1)
            ax.set_xlim(0, top * 1.35 + 0.3)
            ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
            for yi, v in zip(y, values, strict=True):
                if v:
                    ax.annotate(f"{v:,}", (v, yi), xytext=(3, 0), textcoords="offset points", va="center",
                                fontsize=FONT - 1)
    return fig


def article_event_heatmap(matrix: pd.DataFrame, n_articles: int, f: views.Filters,
                          n_reporting: int | None = None) -> Figure:
    """Event mentions per article (rows, by publication date; or per publication year when the index is named
    ``year``) and event type (columns), counts in the cells. ``n_reporting``: the articles with at least one
    mention (counted from the rows when they are articles)."""
    if matrix.empty or int(matrix.to_numpy().sum()) == 0:
        return no_data(f"No article of {views.period_label(f)} reports an event",
                       no_data_message("event mentions", f))
    with style():
        per_year = matrix.index.name == "year"
        reporting = int((matrix.sum(axis=1) > 0).sum()) if n_reporting is None else int(n_reporting)
        per_type = matrix.sum(axis=0)
        top = str(per_type.idxmax())
        title = (f"{reporting:,} of {n_articles:,} articles report at least one event; "
                 f"{views.EVENT_TYPES.get(top, (top, ''))[0].lower()} is reported most "
                 f"({int(per_type.max()):,} mentions)")
        t, s, head = heading(title, "Number of event mentions of each type in the articles of each year of "
                                    "publication (blank: none)." if per_year else
                                    "Number of event mentions of each type in each article "
                                    "(articles by publication date; blank: none).")
        rows = [label(a, 48) for a in matrix.index]
        cols = [views.EVENT_TYPES.get(c, (label(c, 30), ""))[0] for c in matrix.columns]
        left = MARGIN + max(text_size(x, FONT - 0.5)[0] for x in rows) + 0.15
        col_h = max(text_size(x, FONT - 0.5)[0] for x in cols) + 0.15
        cell_h = 0.24
        plot_h = cell_h * len(rows)
        bar_w = 0.15
        plot_w = min(WIDTH - left - MARGIN - bar_w - 0.9, 0.62 * len(cols))
        foot = MARGIN + 0.1
        fig = new_figure(head + col_h + plot_h + foot, title)
        draw_heading(fig, t, s)
        ax = axes_at(fig, left, foot, plot_w, plot_h)
        values = matrix.to_numpy().astype(float)
        masked = np.ma.masked_equal(values, 0)
        vmax = max(float(values.max()), 1.0)
        cmap = mpl.colormaps[HEATMAP].with_extremes(bad="#FFFFFF")
        image = ax.imshow(masked, aspect="auto", cmap=cmap, vmin=0.5, vmax=vmax + 0.5, interpolation="nearest")
        ax.set_xticks(range(len(cols)), cols, rotation=90)
        ax.xaxis.tick_top()
        ax.set_yticks(range(len(rows)), rows)
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(True)
            spine.set_color("#CCCCCC")
        ax.set_xticks(np.arange(-0.5, len(cols)), minor=True)
        ax.set_yticks(np.arange(-0.5, len(rows)), minor=True)
        ax.grid(which="minor", color="#EEEEEE", lw=0.6)
        ax.tick_params(which="minor", length=0)
        for (i, j), v in np.ndenumerate(values):
            if v:
                rgba = cmap((v - 0.5) / vmax)
                dark = 0.299 * rgba[0] + 0.587 * rgba[1] + 0.114 * rgba[2] < 0.55
                ax.text(j, i, str(int(v)), ha="center", va="center", fontsize=FONT - 1.5,
                        color="white" if dark else "black")
        cax = axes_at(fig, left + plot_w + 0.25, foot, bar_w, min(plot_h, 2.5))
        bar = fig.colorbar(image, cax=cax)
        bar.set_label("Mentions")
        ticks = [t for t in MaxNLocator(integer=True, nbins=5).tick_values(1, vmax) if 1 <= t <= vmax]
        bar.set_ticks(ticks, labels=[str(int(t)) for t in ticks])
    return fig


# ------------------------------------------------------------------------------------------------- staff

def expelled_title(per_year: pd.DataFrame, f: views.Filters) -> str:
    total = int(per_year["total"].sum())
    bound = "At least " if per_year["lower_bound"].any() or per_year["approximate"].any() else ""
    by_dir = per_year.groupby("direction")["total"].sum()
    parts = [f"{int(by_dir[d])} {views.DIRECTIONS[d]}" for d in views.DIRECTIONS if d in by_dir.index]
    per = per_year.groupby("year")["total"].sum()
    return (f"{bound}{total} diplomats expelled in {views.period_label(f)}, most in {int(per.idxmax())} "
            f"({int(per.max())}): " + ", ".join(parts))


def expelled(per_year: pd.DataFrame, f: views.Filters) -> Figure:
    """Diplomats expelled per year, one bar per direction; a total that rests on a "more than" figure is drawn
    hatched with a ``≥`` label: a lower bound, not an exact count."""
    if per_year.empty:
        return no_data(f"No diplomats reported expelled in {views.period_label(f)}",
                       no_data_message("figures of expelled diplomats", f))
    with style():
        title = expelled_title(per_year, f)
        subtitle = ("People expelled or stripped of accreditation, per year and direction (one figure per "
                    "expelling state and year). Hatched with ≥: a lower bound (\"more than\"); ~: approximate.")
        t, s, head = heading(title, subtitle)
        dirs = [d for d in views.DIRECTIONS if d in set(per_year["direction"])]
        labels = [views.DIRECTIONS[d] for d in dirs] + ["lower bound (\"more than …\")"]
        foot = MARGIN + legend_rows(labels) * 0.25 + 0.6
        plot_h = 3.6
        fig = new_figure(head + plot_h + foot, title)
        draw_heading(fig, t, s)
        left = MARGIN + 0.75
        ax = axes_at(fig, left, foot, WIDTH - left - MARGIN, plot_h)
        width = 0.8 / len(dirs)
        top = float(per_year["total"].max())
        for i, d in enumerate(dirs):
            rows = per_year[per_year["direction"] == d]
            xs = rows["year"] + 0.1 + width * (i + 0.5)
            bars = ax.bar(xs, rows["total"], width=width * 0.95, color=DIRECTION_COLOURS[d])
            for bar, (_, r) in zip(bars, rows.iterrows(), strict=True):
                sign = "≥" if r["lower_bound"] else "~" if r["approximate"] else ""
                if r["lower_bound"]:
                    bar.set_hatch(LOWER_BOUND_HATCH)
                ax.annotate(f"{sign}{int(r['total'])}", (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                            xytext=(0, 2), textcoords="offset points", ha="center", va="bottom",
                            fontsize=FONT - 1.5, rotation=90)
        year_axis(ax, f)
        ax.set_ylabel("Diplomats expelled (people)")
        ax.set_ylim(0, top * 1.3 + 1)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(axis="y", color="#EEEEEE")
        handles = [Patch(color=DIRECTION_COLOURS[d]) for d in dirs]
        handles.append(Patch(facecolor=LIGHT, hatch=LOWER_BOUND_HATCH, edgecolor="white"))
        legend_below(fig, handles, labels, MARGIN)
    return fig


def mission_title(steps: pd.DataFrame) -> str:
    caps = steps[steps["kind"] == "cap"]
    first = caps.iloc[0]
    start = first["previous_value"] if first["previous_value"] is not None and not pd.isna(
        first["previous_value"]) else first["value"]
    last = int(caps.iloc[-1]["value"])
    susp = steps[steps["kind"] == "suspended"]
    when = views.format_date(caps.iloc[0]["date"])
    if caps.iloc[-1]["date"] != caps.iloc[0]["date"]:
        when += f" to {views.format_date(caps.iloc[-1]['date'])}"
    if len(caps) == 1 and int(start) == last:
        title = f"NATO capped Russia's mission at {last} posts ({when})"
    else:
        steps_text = f" in {len(caps)} steps" if len(caps) > 1 else ""
        title = f"NATO cut Russia's mission from {int(start)} to {last} posts{steps_text} ({when})"
    if not susp.empty:
        when = susp.iloc[0]["date"]
        title += f"; Russia suspended it {'on' if len(when) == 10 else 'in'} {views.format_date(when)}"
    return title


def mission_size(steps: pd.DataFrame, f: views.Filters) -> Figure:
    """The authorised size of Russia's mission to NATO as a step chart through each cut and the suspension."""
    if steps.empty:
        return no_data(f"No figure for the size of Russia's mission to NATO in {views.period_label(f)}",
                       no_data_message("figures of the mission's size", f))
    with style():
        title = mission_title(steps)
        subtitle = ("Authorised posts of Russia's mission to NATO after each cut, from the staff figures; "
                    "dashed: the mission suspended (no accredited posts).")
        t, s, head = heading(title, subtitle)
        plot_h = 3.4
        foot = MARGIN + 0.6
        fig = new_figure(head + plot_h + foot, title)
        draw_heading(fig, t, s)
        left = MARGIN + 0.75
        ax = axes_at(fig, left, foot, WIDTH - left - MARGIN, plot_h)
        colour = DIRECTION_COLOURS["west_to_russia"]
        x_end = float(f.end_year + 1)
        caps = steps[steps["kind"] == "cap"].reset_index(drop=True)
        susp = steps[steps["kind"] == "suspended"]
        first = caps.iloc[0]
        if first["previous_value"] is not None and not pd.isna(first["previous_value"]):
            ax.hlines(first["previous_value"], max(float(f.start_year), first["x"] - 1), first["x"], colors=colour,
                      linestyles=":", lw=2)
        xs = list(caps["x"])
        ys = list(caps["value"].astype(int))
        stop = float(susp.iloc[0]["x"]) if not susp.empty else x_end
        ax.step(xs + [stop], ys + [ys[-1]], where="post", color=colour, lw=2.4)
        for i in range(len(caps)):
            prev = caps.loc[i, "previous_value"]
            if prev is not None and not pd.isna(prev):
                ax.vlines(caps.loc[i, "x"], caps.loc[i, "value"], prev, colors=colour, lw=2.4)
        ax.scatter(xs, ys, color=colour, s=36, zorder=3)
        if not susp.empty:
            sx = float(susp.iloc[0]["x"])
            ax.vlines(sx, 0, ys[-1], colors=DIRECTION_COLOURS["russia_to_west"], lw=2, linestyles="--")
            ax.hlines(0, sx, x_end, colors=DIRECTION_COLOURS["russia_to_west"], lw=2, linestyles="--")
            ax.scatter([sx], [0], color=DIRECTION_COLOURS["russia_to_west"], s=36, zorder=3, clip_on=False)
        year_axis(ax, f)
        ax.set_ylabel("Authorised posts (people)")
        top = max(float(caps["value"].max()), float(caps["previous_value"].dropna().max())
                  if caps["previous_value"].notna().any() else 0.0)
        ax.set_ylim(0, top * 1.6 + 2)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(axis="y", color="#EEEEEE")
        place_labels(fig, ax, [(float(r.x), float(r.value), label(r.label, 70)) for r in steps.itertuples()])
    return fig


def place_labels(fig: Figure, ax, items: list[tuple[float, float, str]]) -> None:  # noqa: ANN001
    """Annotate points so that no two labels overlap and each stays inside the axes: try positions above,
    right, left and further up in turn, keeping the first that is free."""
    renderer = fig.canvas.get_renderer()
    taken = []
    box = ax.get_window_extent(renderer)
    candidates = [(6, 10, "left"), (-6, 10, "right"), (6, -14, "left"), (6, 26, "left"), (-6, 26, "right"),
                  (6, 42, "left"), (-6, 42, "right"), (6, 58, "left"), (-6, 58, "right"), (6, 74, "left")]
    for x, y, text in items:
        chosen = None
        for dx, dy, ha in candidates:
            ann = ax.annotate(text, (x, y), xytext=(dx, dy), textcoords="offset points", ha=ha, va="bottom",
                              fontsize=FONT - 0.5, color="#222222",
                              arrowprops={"arrowstyle": "-", "color": "#888888", "lw": 0.6, "shrinkA": 0,
                                          "shrinkB": 3})
            bb = ann.get_window_extent(renderer)
            inside = bb.x0 >= box.x0 and bb.x1 <= box.x1 and bb.y0 >= box.y0 and bb.y1 <= box.y1
            if inside and not any(bb.overlaps(t) for t in taken):
                chosen = bb
                break
            ann.remove()
        if chosen is None:  # no free place: the highest candidate, kept inside the axes
            ann = ax.annotate(text, (x, y), xytext=(6, 90 + 16 * len(taken)), textcoords="offset points",
                              ha="left", va="bottom", fontsize=FONT - 0.5, color="#222222")
            chosen = ann.get_window_extent(renderer)
        taken.append(chosen)


# ---------------------------------------------------------------------------------------------- checking

def drawn_texts(fig: Figure) -> list[tuple[str, object]]:
    """Every non-empty text the figure draws, with its box on the canvas (in pixels)."""
    seen: list[Text] = []
    original = Text.draw

    def recording(self: Text, renderer) -> None:  # noqa: ANN001
        if self.get_visible() and self.get_text().strip():
            seen.append(self)
        original(self, renderer)

    Text.draw = recording
    try:
        fig.canvas.draw()
    finally:
        Text.draw = original
    renderer = fig.canvas.get_renderer()
    return [(t.get_text(), t.get_window_extent(renderer)) for t in seen]


def overlapping_labels(fig: Figure, tolerance: float = 0.5) -> list[tuple[str, str]]:
    """Pairs of drawn texts whose boxes overlap by more than ``tolerance`` pixels each way (none is the goal)."""
    texts = drawn_texts(fig)
    pairs = []
    for i, (a, ba) in enumerate(texts):
        for b, bb in texts[i + 1:]:
            w = min(ba.x1, bb.x1) - max(ba.x0, bb.x0)
            h = min(ba.y1, bb.y1) - max(ba.y0, bb.y0)
            if w > tolerance and h > tolerance:
                pairs.append((a, b))
    return pairs


def texts_outside(fig: Figure) -> list[str]:
    """Drawn texts that stick out of the figure (cut off in the saved image)."""
    w, h = fig.get_size_inches() * fig.dpi
    return [t for t, bb in drawn_texts(fig) if bb.x0 < -0.5 or bb.y0 < -0.5 or bb.x1 > w + 0.5 or bb.y1 > h + 0.5]


# ------------------------------------------------------------------------------------------------ saving

def png_bytes(fig: Figure) -> bytes:
    buf = io.BytesIO()
    with style():
        fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    return buf.getvalue()


def save(fig: Figure, name: str, folder: str | Path) -> tuple[Path, Path]:
    """Save a chart as ``FOLDER/NAME.png`` and ``FOLDER/NAME.svg`` (no dates in the files: the same chart gives
    the same SVG); return both paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    png, svg = folder / f"{name}.png", folder / f"{name}.svg"
    with style():
        fig.savefig(png, format="png", dpi=DPI, metadata={"Software": None})
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    return png, svg
