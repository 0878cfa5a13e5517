"""Reading a corpus: encodings, headers, metadata.csv, and bad files or rows that are reported, never fatal."""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from natorussia import paths
from natorussia.corpus import (
    CorpusError,
    RawArticle,
    ReadProblem,
    check_date,
    decode,
    iter_corpus,
    read_article,
    read_metadata,
)

GOOD = "NATO expelled two Russian diplomats on Tuesday, officials said.\nMoscow promised a response.\n"


def write(folder: Path, name: str, data: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def split(items: list) -> tuple[list[RawArticle], list[ReadProblem]]:
    return ([i for i in items if isinstance(i, RawArticle)], [i for i in items if isinstance(i, ReadProblem)])


# --- decode ---------------------------------------------------------------------------------------------------

def test__decode__utf8_is_read_as_utf8():
    assert decode("Zapad 2017 – “exercise”".encode()) == ("Zapad 2017 – “exercise”", "utf-8")


def test__decode__utf8_byte_order_mark_is_dropped():
    assert decode(codecs.BOM_UTF8 + b"NATO") == ("NATO", "utf-8")


def test__decode__cp1252_falls_back_to_cp1252():
    text = "The caf\u00e9 owner\u2019s visa was revoked \u2014 \u201cspies\u201d, they said."
    assert decode(text.encode("cp1252")) == (text, "cp1252")


def test__decode__short_latin1_word_is_not_taken_for_utf16():
    assert decode("caf\u00e9".encode("latin-1")) == ("caf\u00e9", "cp1252")


def test__decode__cp1251_is_recognised():
    text = "НАТО и Россия договорились о встрече совета в Брюсселе"
    assert decode(text.encode("cp1251")) == (text, "cp1251")


def test__decode__utf16_with_byte_order_mark():
    assert decode("NATO summit".encode("utf-16")) == ("NATO summit", "utf-16")


@pytest.mark.parametrize("data", [b"PK\x03\x04\x00\x00", b"abc\x00def", "NATO".encode("utf-16-le")])
def test__decode__nul_bytes_are_binary(data):
    with pytest.raises(ValueError, match="binary"):
        decode(data)


def test__decode__control_characters_are_binary():
    with pytest.raises(ValueError, match="binary"):
        decode(bytes(range(1, 9)) * 20 + b"some text")


@pytest.mark.parametrize("control", ["\x01", "\x7f", "\x85", "\x9f"])
def test__decode__utf8_with_control_characters_is_binary_only_when_they_are_many(control):
    with pytest.raises(ValueError, match="binary"):
        decode(("a\u00a0b" + control).encode())
    assert decode(("NATO\u2019s " * 20 + control).encode())[1] == "utf-8"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test__decode__arbitrary_bytes_give_text_or_value_error(data):
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(text, str)
    codecs.lookup(encoding)
    if encoding == "utf-8":
        assert text == data.decode("utf-8-sig")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test__decode__any_utf8_text_round_trips(text):
    try:
        decoded, encoding = decode(text.encode("utf-8"))
    except ValueError:
        assert "\x00" in text or any(ord(c) < 32 or 127 <= ord(c) < 160 for c in text)
        return
    assert (decoded, encoding) == (text.removeprefix("\ufeff"), "utf-8")


# --- read_article ---------------------------------------------------------------------------------------------

def test__read_article__day_header_is_taken_and_removed(tmp_path):
    raw = read_article(write(tmp_path, "a1.txt", " date 2021-10-19 Russia suspended its mission.\n"))
    assert (raw.article_id, raw.header_date, raw.text) == ("a1", "2021-10-19", "Russia suspended its mission.\n")
    assert raw.notes == ()


def test__read_article__month_header_is_taken(tmp_path):
    raw = read_article(write(tmp_path, "a2.txt", " date 2021-10 Lavrov said the move was a response.\n"))
    assert raw.header_date == "2021-10"


def test__read_article__no_header_leaves_text_alone(tmp_path):
    raw = read_article(write(tmp_path, "a3.txt", GOOD))
    assert (raw.header_date, raw.text, raw.encoding) == ("", GOOD, "utf-8")


def test__read_article__impossible_header_date_is_noted_and_ignored(tmp_path):
    raw = read_article(write(tmp_path, "a4.txt", " date 2021-13-45 NATO met Russia.\n"))
    assert raw.header_date == ""
    assert raw.text == "NATO met Russia.\n"
    assert len(raw.notes) == 1 and "2021-13-45" in raw.notes[0]


def test__read_article__non_utf8_file_is_read_and_noted(tmp_path):
    raw = read_article(write(tmp_path, "old.txt", "Russia\u2019s envoy left the caf\u00e9.".encode("cp1252")))
    assert raw.text == "Russia\u2019s envoy left the caf\u00e9."
    assert raw.encoding == "cp1252"
    assert raw.notes == ("not UTF-8: read as cp1252",)


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"), (b" \n\t\n", "empty"), (b" date 2021-10-19 \n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test__read_article__unusable_file_raises_one_line_value_error(tmp_path, data, reason):
    with pytest.raises(ValueError, match=reason) as info:
        read_article(write(tmp_path, "bad.txt", data))
    assert "\n" not in str(info.value)


def test__read_article__folder_or_missing_file_is_unreadable(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    for path in (tmp_path / "dir.txt", tmp_path / "missing.txt"):
        with pytest.raises(ValueError, match="unreadable"):
            read_article(path)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test__read_article__arbitrary_bytes_give_article_or_value_error(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = write(Path(tmp), "x.txt", data)
        try:
            raw = read_article(path)
        except ValueError as exc:
            assert "\n" not in str(exc)
            return
    assert raw.article_id == "x" and raw.text.strip()
    assert not raw.header_date or check_date(raw.header_date)


# --- dates of headers and metadata ----------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["2021", "2021-10", "2021-10-19", "2020-02-29"])
def test__check_date__accepts_iso_dates_of_any_precision(value):
    assert check_date(value) == value


@pytest.mark.parametrize("value", ["2021-02-30", "2021-13", "2021-00", "21-10-19", "2021/10/19", "19 Oct 2021",
                                   "2021-10-19T00:00", ""])
def test__check_date__rejects_what_is_not_an_existing_iso_date(value):
    with pytest.raises(ValueError, match="bad date"):
        check_date(value)


# --- metadata.csv ---------------------------------------------------------------------------------------------

def test__read_metadata__no_file_is_no_rows(tmp_path):
    assert read_metadata(tmp_path) == ({}, [])


def test__read_metadata__rows_keyed_by_article_id(tmp_path):
    write(tmp_path, "metadata.csv", "article_id,date,source,url\n"
                                    " a1 ,2021-10-19, Reuters ,http://example.org/a1\na2.txt,2021,,\n")
    rows, problems = read_metadata(tmp_path)
    assert problems == []
    assert rows["a1"] == {"article_id": "a1", "date": "2021-10-19", "source": "Reuters",
                          "url": "http://example.org/a1"}
    assert rows["a2"]["date"] == "2021"


@pytest.mark.parametrize(("line", "reason"), [
    ("a1,2021-02-30,Reuters,", "bad date '2021-02-30'"),
    ("a1,19/10/2021,Reuters,", "bad date '19/10/2021'"),
    ("a1,2021-10-19,Reuters", "3 fields, the header has 4"),
    ("a1,2021-10-19,Reuters,http://x,extra", "5 fields, the header has 4"),
    (",2021-10-19,Reuters,", "empty article_id"),
])
def test__read_metadata__malformed_row_is_skipped_with_one_line(tmp_path, line, reason):
    write(tmp_path, "metadata.csv", f"article_id,date,source,url\n{line}\na2,2021-10,BBC,\n")
    rows, problems = read_metadata(tmp_path)
    assert list(rows) == ["a2"]
    assert len(problems) == 1
    assert problems[0].path == f"{tmp_path / 'metadata.csv'}:2"
    assert reason in problems[0].message and "\n" not in problems[0].message


def test__read_metadata__repeated_id_keeps_the_first_row(tmp_path):
    write(tmp_path, "metadata.csv", "article_id,date,source,url\na1,2021,BBC,\na1,2020,CNN,\n")
    rows, problems = read_metadata(tmp_path)
    assert rows["a1"]["source"] == "BBC"
    assert [p.path.rsplit(":", 1)[1] for p in problems] == ["3"]
    assert "repeated" in problems[0].message


def test__read_metadata__header_without_article_id_skips_the_file(tmp_path):
    write(tmp_path, "metadata.csv", "file,url\na1.txt,http://x\n")
    rows, problems = read_metadata(tmp_path)
    assert rows == {}
    assert len(problems) == 1 and "no article_id column" in problems[0].message


def test__read_metadata__unknown_column_is_reported_and_ignored(tmp_path):
    write(tmp_path, "metadata.csv", "article_id,date,sorce\na1,2021,Reuters\n")
    rows, problems = read_metadata(tmp_path)
    assert rows == {"a1": {"article_id": "a1", "date": "2021"}}
    assert len(problems) == 1 and "sorce" in problems[0].message


def test__read_metadata__csv_error_is_one_row(tmp_path):
    write(tmp_path, "metadata.csv", f"article_id,date,source,url\na1,2021,\"{'x' * 200_000}\",\na2,2021,BBC,\n")
    rows, problems = read_metadata(tmp_path)
    assert "a2" in rows and "a1" not in rows
    assert len(problems) == 1 and "malformed CSV" in problems[0].message


def test__read_metadata__binary_file_is_one_problem(tmp_path):
    write(tmp_path, "metadata.csv", b"\x00\x01\x02article_id")
    rows, problems = read_metadata(tmp_path)
    assert rows == {} and len(problems) == 1 and "binary" in problems[0].message


def test__read_metadata__cp1252_file_is_read(tmp_path):
    write(tmp_path, "metadata.csv", "article_id,source\na1,Agence France-Presse \u2013 Paris\n".encode("cp1252"))
    rows, problems = read_metadata(tmp_path)
    assert problems == [] and rows["a1"]["source"] == "Agence France-Presse \u2013 Paris"


# --- iter_corpus ----------------------------------------------------------------------------------------------

def test__iter_corpus__metadata_overrides_and_bad_rows_are_reported(tmp_path):
    write(tmp_path, "a1.txt", " date 2021-10-19 " + GOOD)
    write(tmp_path, "a2.txt", GOOD)
    write(tmp_path, "metadata.csv", "article_id,date,source,url\na1,2021-10-20,Reuters,http://x\n"
                                    "a2,2021-02-31,BBC,\nghost,2021,,\n")
    articles, problems = split(list(iter_corpus([tmp_path])))
    by_id = {a.article_id: a for a in articles}
    assert by_id["a1"].metadata["date"] == "2021-10-20" and by_id["a1"].header_date == "2021-10-19"
    assert by_id["a2"].metadata == {}
    assert sorted(p.message.split(";")[0] for p in problems) == [
        "bad date '2021-02-31' (no such date)", "no article 'ghost' in the folder"]


def test__iter_corpus__bad_files_are_problems_and_the_rest_is_read(tmp_path):
    write(tmp_path, "a_good.txt", GOOD)
    write(tmp_path, "b_empty.txt", b"")
    write(tmp_path, "c_binary.txt", b"\x00\x01\x02\x03" * 50)
    write(tmp_path, "d_latin.txt", "Caf\u00e9 diplomacy failed.".encode("cp1252"))
    (tmp_path / "e_folder.txt").mkdir()
    write(tmp_path, "notes.md", GOOD)
    articles, problems = split(list(iter_corpus([tmp_path])))
    assert [a.article_id for a in articles] == ["a_good", "d_latin"]
    assert articles[1].notes == ("not UTF-8: read as cp1252",)
    assert {Path(p.path).name: p.message for p in problems} == {
        "b_empty.txt": "empty file", "c_binary.txt": "binary file (NUL bytes)"}


def test__iter_corpus__same_id_in_a_later_folder_is_skipped(tmp_path):
    write(tmp_path / "one", "a1.txt", GOOD)
    write(tmp_path / "two", "a1.txt", GOOD)
    write(tmp_path / "two", "a2.txt", GOOD)
    articles, problems = split(list(iter_corpus([tmp_path / "one", tmp_path / "two"])))
    assert [a.path for a in articles] == [str(tmp_path / "one" / "a1.txt"), str(tmp_path / "two" / "a2.txt")]
    assert len(problems) == 1 and "already read from" in problems[0].message


def test__iter_corpus__folder_given_twice_is_read_once(tmp_path):
    write(tmp_path, "a1.txt", GOOD)
    items = list(iter_corpus([tmp_path, str(tmp_path), tmp_path / "."]))
    assert [type(i) for i in items] == [RawArticle]


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p / "missing", "corpus folder not found"),
    (lambda p: write(p, "file.txt", GOOD), "not a folder"),
    (lambda p: write(p / "empty", "readme.md", GOOD).parent, "no articles"),
])
def test__iter_corpus__unusable_folder_raises_corpus_error(tmp_path, make, message):
    with pytest.raises(CorpusError, match=message):
        list(iter_corpus([make(tmp_path)]))


def test__iter_corpus__shipped_corpora_read_without_problems():
    articles, problems = split(list(iter_corpus([paths.SEEDS_DIR, paths.CORPUS_DIR])))
    assert problems == []
    assert len(articles) == 35
    assert {a.encoding for a in articles} == {"utf-8"} and all(a.notes == () for a in articles)
    headers = {a.article_id: a.header_date for a in articles}
    assert headers["000_578507167f0e7f1c"] == ""
    assert headers["001_10efd5a2714e054e"] == "2021-10-19"
    assert headers["002_39ba444e8405e76d"] == "2021-10"
    assert sum(bool(h) for h in headers.values()) == 9
