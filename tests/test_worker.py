"""The fork server's warm-up: its article reaches the main kinds of rule, so workers start with their indexes."""

from natorussia import worker
from natorussia.corpus import RawArticle
from natorussia.pipeline import process_article


def test__warm_up__its_article_reaches_the_main_kinds_of_rule():
    result = process_article(RawArticle("warm-up", worker.WARM_UP_TEXT))
    kinds = {e["event_type"] for e in result.events}
    assert {"expel_diplomats", "suspend_cooperation", "sanctions", "military_exercise", "reduce_mission"} <= kinds
    assert result.staff_counts and result.article["date"]
