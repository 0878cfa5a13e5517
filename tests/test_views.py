"""The report views: filtering, directions, numbering, evidence, yearly sums and staff figures on small tables."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest
from report_frames import article, corpus, event, sample, staff

from natorussia import params, paths, tables, views


@pytest.fixture
def p():
    return params.check()


@pytest.mark.parametrize(("actor", "target", "expected"), [
    ("RUS", "NATO", "russia_to_west"),     # Russia suspends its mission to NATO
    ("RUS", "USA", "russia_to_west"),      # a NATO member
    ("RUS", "AUT", "russia_to_west"),      # an EU member outside NATO
    ("USA", "RUS", "west_to_russia"),
    ("WEST", "RUS", "west_to_russia"),     # several unnamed Western states
    ("RUS", "GEO", "russia_to_other"),     # the Georgia war
    ("RUS", "", "russia_to_other"),        # Zapad: no target
    ("UKR", "RUS", "other_to_russia"),
    ("NATO", "", "other"),                 # an exercise with no target
    ("NATO", "GEO", "other"),
])
def test__direction__each_rule(actor, target, expected):
    assert views.direction(actor, target) == expected


def test__west_csv__one_row_per_code_each_with_a_reason():
    with paths.data_file("west.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes))
    assert all(r["reason"].strip() and r["name"].strip() for r in rows)
    assert {"NATO", "EU", "WEST", "USA", "GBR"} <= views.west_actors()
    assert "RUS" not in views.west_actors()


@pytest.mark.parametrize(("iso", "x0", "x1"), [
    ("2021", 2021.0, 2022.0),
    ("2021-07", 2021 + 181 / 365, 2021 + 212 / 365),
    ("2020-03-01", 2020 + 60 / 366, 2020 + 61 / 366),   # a leap year
])
def test__date_span__covers_the_day_month_or_year(iso, x0, x1):
    span = views.date_span(iso)
    assert span.x0 == pytest.approx(x0)
    assert span.x1 == pytest.approx(x1)
    assert span.x == pytest.approx((x0 + x1) / 2)


@pytest.mark.parametrize("iso", ["", "20x1", "2021-13", "2021-02-30"])
def test__date_span__not_a_date_is_none(iso):
    assert views.date_span(iso) is None


def test__timeline__numbers_events_in_date_order_with_every_sentence_and_outlet(p):
    """
    article  outlet   event (NATO→RUS expel_diplomats, Oct 2021)
    a2       AP       "NATO expelled eight members of the Russian mission."
    a3       (none)   "The alliance expelled eight Russians."
    -> one merged event, reported by 2 articles, with both sentences and the outlet AP
    """
    t = views.timeline(sample(), p)
    assert list(t["number"]) == list(range(1, len(t) + 1))
    assert list(t["x"]) == sorted(t["x"])
    expel = t[t["event_type"] == "expel_diplomats"].iloc[0]
    assert expel["n_articles"] == 2
    assert expel["outlets"] == ["AP"]
    assert expel["evidence"] == [("NATO expelled eight members of the Russian mission.", "a2", "AP"),
                                 ("The alliance expelled eight Russians.", "a3", "")]
    assert expel["direction_label"] == "NATO/West → Russia"
    assert expel["short_label"] == "NATO→RUS: 8 expelled"


def test__timeline__period_types_and_actors_filter_events():
    c = sample()
    assert set(views.timeline(c, params.check(start_year=2021, end_year=2021))["year"]) == {2021}
    only = views.timeline(c, params.check(event_types=["armed_conflict", "talks"]))
    assert set(only["event_type"]) == {"armed_conflict", "talks"}
    geo = views.timeline(c, params.check(actors=["GEO"]))
    assert list(geo["event_type"]) == ["armed_conflict"]


def test__timeline__empty_corpus_gives_empty_frame_with_columns(p):
    c = corpus([article("a", "2010")])
    t = views.timeline(c, p)
    assert t.empty and list(t.columns) == views.TIMELINE_COLUMNS
    assert views.yearly_index(c, p).empty
    assert views.events_table(t).empty


def test__timeline__undated_events_are_counted_not_drawn(p):
    c = corpus([article("a", "2010")], [event("a", "talks", "NATO", "RUS", ""),
                                        event("a", "talks", "NATO", "RUS", "2010", index=1)])
    assert len(views.timeline(c, p)) == 1
    assert views.undated_events(c, p) == 1


def test__yearly_index__sums_goldstein_of_merged_events_per_year_and_direction(p):
    """The expulsion reported by two articles counts once: 2021 NATO/West → Russia = -4 (expel) -4 (cut)."""
    index = views.yearly_index(sample(), p)
    assert set(index["year"]) == set(range(2008, 2022))
    row = index[(index["year"] == 2021) & (index["direction"] == "west_to_russia")].iloc[0]
    assert row["index"] == -8.0 and row["n_events"] == 2
    assert index[(index["year"] == 2016) & (index["direction"] == "west_to_russia")]["index"].item() == 1.0
    assert index[index["year"] == 2012]["index"].eq(0).all()


def test__events_table__one_row_per_number_with_evidence_lists(p):
    table = views.events_table(views.timeline(sample(), p))
    assert list(table["No."]) == list(range(1, len(table) + 1))
    assert all(isinstance(x, list) and x for x in table["Evidence"])
    assert table.loc[table["Event"] == "Diplomats expelled", "Outlets"].item() == "AP"
    assert table.loc[table["Event"] == "Talks held", "Outlets"].item() == views.UNNAMED_OUTLET


def test__staff_figures__same_figure_in_two_articles_is_one_row_at_its_most_precise_date(p):
    figures = views.staff_figures(sample(), p)
    eight = figures[(figures["value"] == 8)]
    assert len(eight) == 1
    assert eight.iloc[0]["date"] == "2021-10-06"
    assert eight.iloc[0]["article_ids"] == ["a2", "a3"]


def test__expelled_per_year__aggregate_west_not_added_to_named_states(p):
    """2018: WEST expelled "more than 100", the USA 60 (part of them): the year's West → Russia total is ≥100,
    not 160; Russia → West 60 is exact."""
    per_year = views.expelled_per_year(views.staff_figures(sample(), p), p).set_index(["year", "direction"])
    west = per_year.loc[(2018, "west_to_russia")]
    assert west["total"] == 100 and west["lower_bound"]
    russia = per_year.loc[(2018, "russia_to_west")]
    assert russia["total"] == 60 and not russia["lower_bound"]
    assert per_year.loc[(2021, "west_to_russia"), "total"] == 8


def test__expelled_per_year__named_states_beyond_the_aggregate_are_summed(p):
    c = corpus([article("a", "2018")], staff_counts=[
        staff("a", "expelled", 10, "WEST", "RUS", "2018", "more_than"),
        staff("a", "expelled", 23, "GBR", "RUS", "2018", index=1),
        staff("a", "expelled", 60, "USA", "RUS", "2018", index=2)])
    row = views.expelled_per_year(views.staff_figures(c, p), p).iloc[0]
    assert row["total"] == 83 and not row["lower_bound"]


def test__mission_steps__each_cut_then_the_suspension(p):
    c = sample()
    steps = views.mission_steps(c, views.staff_figures(c, p), p)
    assert list(steps["kind"]) == ["cap", "cap", "suspended"]
    assert list(steps["value"]) == [20, 10, 0]
    assert list(steps["previous_value"]) == [30, 20, 10]
    assert steps.iloc[0]["date"] == "2018-03"      # 2018 and 2018-03 are the same cut
    assert list(steps["label"]) == ["Mar 2018: cut from 30 to 20", "Oct 2021: cut from 20 to 10",
                                    "18 Oct 2021: Russia suspends its mission"]
    assert steps.iloc[2]["sentences"] == ["Russia suspended its mission. (a3)"]


def test__mission_steps__event_type_filter_drops_the_cuts():
    c = sample()
    p = params.check(event_types=["expel_diplomats"])
    assert views.mission_steps(c, views.staff_figures(c, p), p).empty


def test__article_summary__period_cleaning_and_mentions(p):
    c = sample()
    a = views.article_summary(c, params.check(start_year=2021, end_year=2021))
    assert list(a.first["article_id"]) == ["a3", "a2"]      # 2021-10 sorts before 2021-10-07
    assert (a.n_read, a.n_shown) == (3, 2)
    a = views.article_summary(c, p)
    assert dict(zip(a.first["article_id"], a.first["n_mentions"], strict=True)) == {"a1": 2, "a2": 2, "a3": 3}
    assert list(a.cleaning["label"]) == ["a1", "a3", "a2"] and a.n_changed == 3
    assert list(a.outlets["outlet"]) == ["AP", "Reuters", views.UNNAMED_OUTLET]
    assert a.years.set_index("year").loc[2021].to_dict() == {"header": 1, "metadata": 0, "inferred": 1}


def test__article_summary__event_matrix_counts_per_article_and_type_most_hostile_first(p):
    c = sample()
    a = views.article_summary(c, p)
    m = a.event_matrix
    assert list(m.index) == list(a.first["article_id"]) and m.index.name == "article_id"
    assert list(m.columns) == ["armed_conflict", "suspend_cooperation", "expel_diplomats", "reduce_mission",
                               "suspend_mission", "talks"]
    assert m.loc["a3"].to_dict()["expel_diplomats"] == 1
    assert int(m.to_numpy().sum()) == len(c.events)


def test__problems_table__names_files_without_their_folders():
    class C:
        problems = [type("P", (), {"path": "/secret/place/b.txt", "message": "empty article"})(),
                    type("P", (), {"path": "/secret/place/a.txt", "message": "binary file"})()]
    table = views.problems_table(C())
    assert list(table["File"]) == ["a.txt", "b.txt"]
    assert not table.to_string().count("/secret")


def test__facts__state_counts_and_filters(p):
    c = sample()
    t = views.timeline(c, p)
    facts = views.escalation_facts(c, t, p)
    assert facts[0] == "6 events in 2008–2021, merged from 7 mentions in 3 articles (3 articles read)."
    assert any("all event types; all actors" in f for f in facts)
    assert views.staff_facts(c, views.staff_figures(c, p), p)[0].startswith("6 distinct staff figures")
    assert views.corpus_facts(c, views.article_summary(c, p), p)[0] == (
        "3 of 3 articles are dated 2008–2021 or undated and shown here.")


def test__views__do_not_change_the_corpus_tables(p):
    c = sample()
    before = {k: v.copy() for k, v in c.tables().items()}
    views.timeline(c, p)
    views.mission_steps(c, views.staff_figures(c, p), p)
    views.article_summary(c, p)
    for k, v in c.tables().items():
        pd.testing.assert_frame_equal(v, before[k])


def every_view(source, p) -> str:
    """What the three notebooks compute, as JSON text to compare (NaN equal to NaN)."""
    t = views.timeline(source, p)
    a = views.article_summary(source, p)
    figures = views.staff_figures(source, p)
    return json.dumps({
        "timeline": t.to_dict("records"), "index": views.yearly_index(source, p).to_dict("records"),
        "escalation_facts": views.escalation_facts(source, t, p),
        "articles": {k: (v.to_dict("split") if isinstance(v, pd.DataFrame) else v) for k, v in vars(a).items()},
        "corpus_facts": views.corpus_facts(source, a, p), "problems": views.problems_table(source).to_dict(),
        "figures": figures.to_dict("records"), "staff_facts": views.staff_facts(source, figures, p),
        "mission": views.mission_steps(source, figures, p).to_dict("records"),
    }, default=str, sort_keys=True)


def written(c, folder):
    tables.write_tables(c.tables(), folder)
    tables.write_problems(folder, getattr(c, "problems", []))
    return folder


def test__views__same_from_a_parquet_folder_as_from_tables_in_memory(p, tmp_path):
    c = sample()
    assert every_view(written(c, tmp_path), p) == every_view(c, p)


def test__views__same_whatever_the_batch_size(p, monkeypatch):
    """The views aggregate batch by batch: two rows a batch gives what one batch gives."""
    whole = every_view(sample(), p)
    monkeypatch.setattr(tables, "BATCH_ROWS", 2)
    assert every_view(sample(), p) == whole


def test__timeline__beyond_the_limit_keeps_the_most_reported_events_and_says_so(p, monkeypatch):
    monkeypatch.setattr(views, "MAX_EVENTS", 2)
    c = sample()
    t = views.timeline(c, p)
    assert len(t) == 2 and list(t["number"]) == [1, 2]
    assert t["event_type"].iloc[0] != "" and t["n_articles"].max() == 2   # the expulsion reported twice is kept
    facts = views.escalation_facts(c, t, p)
    assert facts[0].startswith("6 events in 2008–2021")
    assert "show the 2 events reported by the most articles" in facts[1]
    assert views.yearly_index(c, p)["n_events"].sum() == 6           # the index counts every event


def test__evidence__at_most_the_limit_of_sentences_per_event(p, monkeypatch):
    monkeypatch.setattr(views, "MAX_EVIDENCE", 1)
    expel = views.timeline(sample(), p).query("event_type == 'expel_diplomats'").iloc[0]
    assert expel["evidence"] == [("NATO expelled eight members of the Russian mission.", "a2", "AP")]
    assert expel["n_articles"] == 2


def test__article_summary__beyond_the_limit_rows_are_publication_years(p, monkeypatch):
    monkeypatch.setattr(views, "MAX_ARTICLE_ROWS", 2)
    monkeypatch.setattr(views, "MAX_TABLE_ROWS", 1)
    a = views.article_summary(sample(), p)
    assert a.by_year and a.event_matrix.index.name == "year"
    assert a.event_matrix.loc["2021"].sum() == 5 and a.event_matrix.loc["2008"].sum() == 2
    assert list(a.cleaning["label"]) == ["2008", "2021"] and list(a.cleaning["n_articles"]) == [1, 2]
    assert len(a.first) == 1 and views.articles_caption(a) == "The first 1 of 3 articles, by publication date"
    assert a.n_reporting == 3 and a.n_mentions == 7


def test__staff_table__beyond_the_limit_keeps_the_most_reported_figures(p, monkeypatch):
    figures = views.staff_figures(sample(), p)
    monkeypatch.setattr(views, "MAX_TABLE_ROWS", 1)
    table = views.staff_table(figures)
    assert len(table) == 1 and table["Articles"].item() == 2 and table["Figure"].item() == "8"
    assert views.staff_caption(figures).startswith("The 1 staff figures reported by the most articles (of 6)")


def test__problems_table__read_from_the_folder_problems_csv(tmp_path):
    class C:
        problems = [type("P", (), {"path": "/x/bad.txt", "message": "empty article"})()]
        articles = events = staff_counts = merged_events = pd.DataFrame()
    tables.write_problems(tmp_path, C.problems)
    assert views.problems_table(tmp_path).to_dict("records") == [{"File": "bad.txt", "Reason": "empty article"}]


def test__facts__mentions_of_articles_missing_from_the_articles_table_are_not_counted_as_articles(p):
    c = corpus([article("a", "2010"), article("b", "2010")],
               [event("a", "talks", "NATO", "RUS", "2010"), event("zz", "talks", "NATO", "RUS", "2010", index=1)])
    assert views.escalation_facts(c, views.timeline(c, p), p)[0] == (
        "1 events in 2008–2021, merged from 2 mentions in 1 articles (2 articles read).")
