"""What the notebooks display: charts as PNG with a stable text line and their files, tables as escaped HTML."""

from __future__ import annotations

import base64

import pandas as pd
import pytest
from report_frames import sample

from natorussia import params, plots, present, views


@pytest.fixture
def shown(monkeypatch):
    outputs = []
    monkeypatch.setattr(present, "_display", lambda data, metadata=None: outputs.append((data, metadata or {})))
    return outputs


def test__table_html__escapes_every_cell_header_and_caption():
    df = pd.DataFrame({"<th>": ["<script>alert(1)</script>", "2021-10"], "n": [1, 2],
                       "Evidence": [['<img src=x onerror=alert(1)>', "a & b"], []]})
    page = present.table_html(df, caption="<b>cap</b>", row_ids=['e"1', "e2"])
    assert "<script>" not in page and "<img" not in page and "<b>cap" not in page and "<th><th>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<li>&lt;img src=x onerror=alert(1)&gt;</li><li>a &amp; b</li>" in page
    assert 'id="e&quot;1"' in page
    assert '<td class="num">2</td>' in page and '<td class="date">2021-10</td>' in page


def test__figure__png_with_its_finding_as_text_and_files_linked(shown, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    p = params.check()
    fig = plots.timeline(views.timeline(sample(), p), p)
    present.figure(fig, "timeline", "charts/02")
    (image, meta), (links, _) = shown
    assert base64.b64decode(image["image/png"])[:4] == b"\x89PNG"
    assert image["text/plain"] == f"Chart timeline: {fig.get_label()}"
    assert meta["image/png"]["alt"] == f"Chart: {fig.get_label()}"
    assert (tmp_path / "charts/02/timeline.png").exists() and (tmp_path / "charts/02/timeline.svg").exists()
    assert 'href="charts/02/timeline.svg"' in links["text/html"]
    assert links["text/plain"] == "Chart files: timeline.png, timeline.svg"


def test__figure__without_a_folder_saves_nothing(shown, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    p = params.check()
    present.figure(plots.timeline(views.timeline(sample(), p), p), "timeline")
    assert len(shown) == 1 and list(tmp_path.iterdir()) == []


def test__table__empty_frame_says_so(shown):
    present.table(pd.DataFrame(columns=["a"]), "Things", empty="No things <here>.")
    (data, _), = shown
    assert data == {"text/html": '<p class="natorussia-empty">No things &lt;here&gt;.</p>',
                    "text/plain": "No things <here>."}


def test__events_table__rows_anchored_by_number(shown):
    p = params.check()
    present.events_table(views.events_table(views.timeline(sample(), p)))
    (data, _), = shown
    assert '<tr id="event-1">' in data["text/html"] and '<tr id="event-6">' in data["text/html"]
    assert data["text/plain"].startswith("Events drawn on the timeline: 6 rows")


def test__facts__escaped_html_and_text(shown):
    present.facts(["1 < 2", "a & b"])
    (data, _), = shown
    assert data["text/html"] == '<ul class="natorussia-facts"><li>1 &lt; 2</li><li>a &amp; b</li></ul>'
    assert data["text/plain"] == "- 1 < 2\n- a & b"
