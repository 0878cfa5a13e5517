"""The charts: titles that state the finding, one colour per direction everywhere, nothing overlapping or cut
off, a clear message for an empty period, untrusted text drawn literally, PNG and SVG files."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import matplotlib.colors as mcolors
import pytest
from report_frames import article, corpus, event, sample, staff

from natorussia import params, plots, views


@pytest.fixture
def p():
    return params.check()


def all_charts(c, p):
    """Every chart of the three notebooks, drawn from one corpus, by name."""
    t = views.timeline(c, p)
    a = views.article_summary(c, p)
    figures = views.staff_figures(c, p)
    return {
        "timeline": plots.timeline(t, p),
        "escalation_index": plots.escalation_index(views.yearly_index(c, p), p),
        "publication_years": plots.publication_years(a.years, a.n_undated, p),
        "outlets": plots.outlets(a.outlets, p),
        "cleaning": plots.cleaning(a.cleaning, a.n_shown, p, a.by_year),
        "article_events": plots.article_event_heatmap(a.event_matrix, a.n_shown, p, a.n_reporting),
        "expelled": plots.expelled(views.expelled_per_year(figures, p), p),
        "mission_size": plots.mission_size(views.mission_steps(c, figures, p), p),
    }


@pytest.fixture(scope="module")
def sample_charts():
    return all_charts(sample(), params.check())


@pytest.fixture(scope="module")
def empty_charts():
    return all_charts(sample(), params.check(start_year=1990, end_year=1995))


def texts(fig):
    return [t for t, _ in plots.drawn_texts(fig)]


def test__charts__titles_state_the_finding(sample_charts):
    charts = sample_charts
    titles = {k: f.get_label() for k, f in charts.items()}
    assert titles["timeline"] == "5 hostile events in 2008–2021, most in 2021 (3); 60% of them NATO/West → Russia"
    assert titles["escalation_index"] == ("Relations were most hostile in 2008 (index -17), driven by "
                                          "Russia → others or unnamed (-10)")
    assert titles["expelled"] == ("At least 168 diplomats expelled in 2008–2021, most in 2018 (160): "
                                  "108 NATO/West → Russia, 60 Russia → NATO/West")
    assert titles["mission_size"] == ("NATO cut Russia's mission from 30 to 10 posts in 2 steps (Mar 2018 to "
                                      "Oct 2021); Russia suspended it on 18 Oct 2021")
    assert titles["outlets"].startswith("AP is the most frequent named outlet (1 of 3 articles)")
    assert titles["cleaning"].startswith("Cleaning changed 3 of 3 articles: 2 repeated paragraphs removed, "
                                         "1 month name fixed")
    for name, fig in charts.items():
        assert fig.get_label() in " ".join(texts(fig)).replace("\n", " ") or \
            fig.get_label().split(" ")[0] in texts(fig)[0], name


@pytest.mark.parametrize("name", ["timeline", "escalation_index", "publication_years", "outlets", "cleaning",
                                  "article_events", "expelled", "mission_size"])
def test__chart__no_label_overlaps_or_sticks_out(name, sample_charts):
    fig = sample_charts[name]
    assert plots.overlapping_labels(fig) == []
    assert plots.texts_outside(fig) == []


@pytest.mark.parametrize("name", ["timeline", "escalation_index", "publication_years", "outlets", "cleaning",
                                  "article_events", "expelled", "mission_size"])
def test__chart__empty_period_says_so_instead_of_an_empty_axis(name, empty_charts):
    fig = empty_charts[name]
    drawn = " ".join(texts(fig)).replace("\n", " ")
    assert fig.get_label().startswith(("No ", "Cleaning changed none"))
    assert "1990–1995" in fig.get_label()
    assert "No data for this period" in drawn
    assert all(not ax.axison for ax in fig.axes)      # no axis is drawn at all
    assert plots.overlapping_labels(fig) == []


def test__charts__axes_are_labelled_with_units(sample_charts):
    charts = sample_charts
    labels = {k: [ax.get_ylabel() for ax in f.axes] + [ax.get_xlabel() for ax in f.axes] for k, f in charts.items()}
    assert "Escalation index (Goldstein points)" in labels["escalation_index"]
    assert "Diplomats expelled (people)" in labels["expelled"]
    assert "Authorised posts (people)" in labels["mission_size"]
    assert "Articles" in labels["publication_years"] and "Year of publication" in labels["publication_years"]
    assert "Year (date of the event, not of the report)" in labels["timeline"]


def test__palette__okabe_ito_one_distinct_colour_per_direction():
    okabe_ito = set(plots.OKABE_ITO.values()) | {"#999999"}
    assert set(plots.DIRECTION_COLOURS) == set(views.DIRECTIONS)
    assert set(plots.DIRECTION_COLOURS.values()) <= okabe_ito
    assert len(set(plots.DIRECTION_COLOURS.values())) == len(plots.DIRECTION_COLOURS)
    assert not set(plots.DATE_SOURCE_COLOURS.values()) & set(plots.DIRECTION_COLOURS.values())


def colours_drawn(fig):
    found = set()
    for ax in fig.axes:
        for coll in ax.collections:
            found |= {mcolors.to_hex(c) for c in coll.get_facecolors()}
        for patch in ax.patches:
            found.add(mcolors.to_hex(patch.get_facecolor()))
    return found


def test__direction_colours__the_same_in_every_chart(sample_charts):
    """NATO/West → Russia is blue and Russia → NATO/West vermillion in the timeline, the index and the
    expulsions alike."""
    charts = sample_charts
    blue, vermillion = plots.DIRECTION_COLOURS["west_to_russia"].lower(), plots.DIRECTION_COLOURS[
        "russia_to_west"].lower()
    for name in ("timeline", "escalation_index", "expelled"):
        drawn = colours_drawn(charts[name])
        assert blue in drawn and vermillion in drawn, name


def test__expelled__lower_bound_bar_hatched_and_labelled(sample_charts):
    fig = sample_charts["expelled"]
    hatched = [b for b in fig.axes[0].patches if b.get_hatch()]
    assert [round(b.get_height()) for b in hatched] == [100]
    assert "≥100" in texts(fig) and "60" in texts(fig)


def test__timeline__every_event_number_is_drawn_and_key_events_labelled(p):
    t = views.timeline(sample(), p)
    drawn = texts(plots.timeline(t, p))
    numbers = {d.split()[0] for d in drawn if d.split() and d.split()[0].isdigit()}
    assert numbers >= {str(n) for n in t["number"]}
    assert "4  NATO→RUS: 8 expelled" in drawn


def test__timeline__dense_month_of_many_events_stays_readable(p):
    """Forty expulsions in one month by forty different states: rows stack, labels never overlap."""
    codes = [f"X{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(40)]
    c = corpus([article("a", "2018-03")],
               [event("a", "expel_diplomats", code, "RUS", "2018-03", 2, index=i) for i, code in enumerate(codes)]
               + [event("a", "talks", "NATO", "RUS", "2021-12-31", index=99)])
    fig = plots.timeline(views.timeline(c, p), p)
    assert plots.overlapping_labels(fig) == []
    assert plots.texts_outside(fig) == []


def test__labels__untrusted_text_is_drawn_literally_and_escaped_in_svg(tmp_path, p):
    """An outlet named with markup or mathtext is drawn as written and cannot become SVG markup."""
    evil = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "$x^2$ \\frac{a}{b}", "Fox & Friends"]
    c = corpus([article(f"a{i}", "2020", outlet) for i, outlet in enumerate(evil)])
    fig = plots.outlets(views.article_summary(c, p).outlets, p)
    drawn = texts(fig)
    for outlet in evil:
        assert outlet in drawn
    _, svg = plots.save(fig, "outlets", tmp_path)
    root = ET.parse(svg).getroot()                       # well-formed XML
    tags = {el.tag.split("}")[-1] for el in root.iter()}
    assert "script" not in tags and "img" not in tags
    svg_text = " ".join(el.text or "" for el in root.iter())
    for outlet in evil:
        assert outlet in svg_text                        # as text, not as elements
    assert not any("onerror" in el.attrib for el in root.iter())


def test__label__drops_control_characters_and_cuts_long_text():
    assert plots.label("a\x00b\u202ec\nd") == "abc d"
    assert plots.label("x" * 100, 10) == "x" * 9 + "…"


def test__save__png_and_svg_same_bytes_when_saved_twice(tmp_path, sample_charts):
    fig = sample_charts["timeline"]
    png, svg = plots.save(fig, "timeline", tmp_path / "one")
    png2, svg2 = plots.save(fig, "timeline", tmp_path / "two")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert svg.read_bytes() == svg2.read_bytes()
    assert png.read_bytes() == png2.read_bytes()
    assert b"<dc:date>" not in svg.read_bytes()


def test__figures__are_not_pyplot_figures(p):
    """Charts are never registered with pyplot, so a notebook shows each once, where present.figure puts it."""
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    all_charts(sample(), p)
    assert plt.get_fignums() == before


def test__mission_size__labels_of_the_same_month_do_not_collide(p):
    c = corpus([article("a", "2021-10")],
               [event("a", "suspend_mission", "RUS", "NATO", "2021-10", index=9)],
               [staff("a", "mission_cap", 10, "NATO", "RUS", "2021-10", previous=20),
                staff("a", "mission_cap", 20, "NATO", "RUS", "2021-10", previous=30, index=1),
                staff("a", "mission_cap", 30, "NATO", "RUS", "2021-09", index=2)])
    fig = plots.mission_size(views.mission_steps(c, views.staff_figures(c, p), p), p)
    assert plots.overlapping_labels(fig) == []
    assert plots.texts_outside(fig) == []

