"""Figures: numbers in words or digits, qualifiers, mission sizes, troop numbers."""

import pytest

from natorussia.figures import (
    may_hold_figure,
    mission_size,
    mission_size_qualifier,
    people_pattern,
    staff_figure,
    to_int,
    troop_figure,
)


@pytest.mark.parametrize("words, value", [("eight", 8), ("twenty-five", 25), ("1,300", 1300), ("a dozen", 12),
                                          ("Two", 2), ("forty two", 42), ("nonsense", None)])
def test__to_int__words_and_digits(words, value):
    assert to_int(words) == value


@pytest.mark.parametrize("text, figure", [
    ("expelled more than 100 Russian diplomats", (100, "more_than")),
    ("expelled about 20 Russian envoys", (20, "about")),
    ("ordered up to 30 embassy staff out", (30, "up_to")),
    ("expelled upwards of 150 Russian diplomats", (150, "more_than")),
    ("sent home in excess of 100 Russian officials", (100, "more_than")),
    ("expelled two of our diplomats", (2, "exact")),
    ("each expelled 23 of the other's diplomats", (23, "exact")),
    ("expelled 23 of Britain's diplomats", (23, "exact")),
    ("saw a dozen countries boot out Russian diplomats", (None, "")),
    ("includes 12 Russian officers", (None, "")),
])
def test__staff_figure__number_qualifier_and_people(text, figure):
    assert staff_figure(text) == figure


@pytest.mark.parametrize("text, sizes", [
    ("the mission from 30 to 20 diplomats", (20, 30)),
    ("the mission to 20 out of 30 positions", (20, 30)),
    ("the mission will shrink from thirty accredited posts to 20", (20, 30)),  # two words between
    ("reducing the delegation to 12 posts from 18", (12, 18)),
    ("capping the office at 8 staff, down from 14", (8, 14)),
    ("the positions down to 10", (10, None)),
    ("capped them at 30 members", (30, None)),
    ("the delegation in half", (None, None)),
    ("the staff of its embassy to no more than 32 people", (32, None)),
    ("capped at seven diplomats and 25 other employees, 32 people in total", (32, None)),
    ("capped at a total of 40", (40, None)),
    ("capped the delegation at ten members", (10, None)),
    ("allowed no more than 32 staff from the end of May", (32, None)),
    (" no more than 25 people", (25, None)),  # what follows 'allowed' in a trigger
    ("the maximum size of the mission by ten people, to twenty", (20, 30)),
    ("the mission by 10, to 20", (20, 30)),
    ("the mission by 50 percent to 20", (20, None)),
])
def test__mission_size__after_and_before_the_cut(text, sizes):
    assert mission_size(text) == sizes


def test__mission_size_qualifier__a_ceiling_is_up_to():
    assert mission_size_qualifier("the staff of its embassy to no more than 32 people") == "up_to"
    assert mission_size_qualifier("the mission from 30 to 20 diplomats") == "exact"
    assert mission_size_qualifier("so that its consulates employ no more than 455 people") == "up_to"
    assert mission_size_qualifier(" no more than 25 people") == "up_to"


def test__troop_figure__size_of_a_force_but_not_a_range():
    assert troop_figure("some 12,700 servicemen took part") == (12700, "about")
    assert troop_figure("between 400 and 450 soldiers") == (None, "")


def test__troop_figure__the_size_of_a_standing_force_is_no_exercise_figure():
    assert troop_figure("Albania's navy, which numbers some 600 sailors, will join the drills") == (None, "")


def test__troop_figure__two_nationalities_share_the_noun():
    assert troop_figure("which involved around 9,000 Russian and Armenian troops") == (9000, "about")


def test__may_hold_figure__rules_out_only_texts_without_a_figure():
    assert may_hold_figure("expelled 23 diplomats")
    assert may_hold_figure("expelled Twenty diplomats")
    assert may_hold_figure("a dozen envoys")
    assert not may_hold_figure("expelled the diplomats")
    assert staff_figure("expelled the diplomats") == (None, "")


@pytest.mark.parametrize("text, expected", [
    ("Zapad-2017 officially numbered twelve thousand seven hundred troops.", 12700),
    ("Vostok-2018 involved three hundred thousand troops.", 300000),
    ("Anakonda-16 mustered thirty-one thousand troops.", 31000),
])
def test__troop_figure__numbers_in_words_with_hundreds_and_thousands(text, expected):
    assert troop_figure(text) == (expected, "exact")


def test__people_pattern__a_branch_of_arms_before_troops():
    m = people_pattern("troops").search("more than 8,500 artillery troops would take part")
    assert m is not None and m.group("num") == "8,500"
    assert people_pattern("troops").search("2,000 airborne troops") is not None
