"""``natorussia extract``: a user's mistake is one line and exit status 2; a bad file among good ones is
reported on stderr and skipped, and the run succeeds."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from natorussia import paths
from natorussia.cli import main

SEEDS = sorted(paths.SEEDS_DIR.glob("*.txt"))


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["extract", *args, "--jobs", "1", "--no-cache", "--csv-only"])
    return code, capsys.readouterr().err


def assert_one_line_error(code: int, err: str, message: str) -> None:
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("natorussia: error: ") and message in err
    assert "Traceback" not in err


def test__extract__missing_folder_is_exit_2_one_line(tmp_path, capsys):
    code, err = run([str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")], capsys)
    assert_one_line_error(code, err, "corpus folder not found")


def test__extract__folder_without_articles_is_exit_2_one_line(tmp_path, capsys):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "notes.md").write_text("not an article")
    code, err = run([str(tmp_path / "corpus"), "--out", str(tmp_path / "out")], capsys)
    assert_one_line_error(code, err, "no articles (*.txt)")


def test__extract__out_under_a_regular_file_is_exit_2_one_line(tmp_path, capsys):
    (tmp_path / "file").write_text("")
    code, err = run([str(paths.SEEDS_DIR), "--out", str(tmp_path / "file" / "out")], capsys)
    assert_one_line_error(code, err, "cannot write to")


def test__extract__bad_files_among_good_ones_are_reported_and_skipped(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, corpus / seed.name)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (corpus / "legacy.txt").write_bytes("NATO expelled the attach\u00e9\u2019s staff on Monday.".encode("cp1252"))
    (corpus / "metadata.csv").write_text("article_id,date,source,url\nlegacy,2021-02-30,BBC,\n")
    code, err = run([str(corpus), "--out", str(tmp_path / "out")], capsys)
    assert code == 0, err
    lines = err.splitlines()
    assert f"natorussia: skipped {corpus / 'empty.txt'}: empty file" in lines
    assert f"natorussia: skipped {corpus / 'image.txt'}: binary file (NUL bytes)" in lines
    assert "natorussia: note: legacy: not UTF-8: read as cp1252" in lines
    assert any(line.startswith(f"natorussia: skipped {corpus / 'metadata.csv'}:2: bad date '2021-02-30'")
               for line in lines)
    assert "Traceback" not in err
    with (tmp_path / "out" / "articles.csv").open(encoding="utf-8", newline="") as f:
        rows = {r["article_id"]: r for r in csv.DictReader(f)}
    assert sorted(rows) == sorted([s.stem for s in SEEDS] + ["legacy"])
    assert rows["legacy"]["encoding"] == "cp1252"
    assert rows["000_578507167f0e7f1c"]["n_duplicate_paragraphs"] == "9"


def test__extract__as_a_module_process_reports_without_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "natorussia.cli", "extract", str(tmp_path / "nowhere"),
                             "--out", str(tmp_path / "out")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr == f"natorussia: error: corpus folder not found: {tmp_path / 'nowhere'}\n"


def test__extract__writes_the_seed_tables(tmp_path, capsys):
    code, err = run([str(paths.SEEDS_DIR), "--out", str(tmp_path / "out")], capsys)
    assert code == 0, err
    assert "note:" not in err and "skipped " + str(Path(paths.SEEDS_DIR)) not in err
    for name in ("articles", "events", "staff_counts"):
        assert (tmp_path / "out" / f"{name}.csv").is_file()
