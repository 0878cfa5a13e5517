import subprocess
import sys
import tempfile

from natorussia import scratch

PREFIX = "natorussia-test-scratch-"


def make_folder_and_die(tmp: str) -> str:
    """Make an owned folder in a child process that is killed before ``atexit`` can run; return its path."""
    code = (f"import os, tempfile; tempfile.tempdir = {tmp!r}\n"
            "from natorussia import scratch\n"
            f"folder = scratch.owned_folder({PREFIX!r})\n"
            "(folder / 'events.csv').write_text('x')\n"
            "print(folder, flush=True)\n"
            "os._exit(0)\n")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test__owned_folder__outlives_a_killed_process_only_until_the_next_call(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    orphan = make_folder_and_die(str(tmp_path))
    assert (tmp_path / orphan).joinpath("events.csv").is_file()    # the child died without cleaning up

    mine = scratch.owned_folder(PREFIX)

    assert not (tmp_path / orphan).exists()
    assert mine.is_dir() and mine.name.startswith(PREFIX)


def test__remove_orphans__keeps_folders_of_live_processes_and_folders_it_does_not_own(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    mine = scratch.owned_folder(PREFIX)
    stranger = tmp_path / f"{PREFIX}made-by-hand"
    stranger.mkdir()

    assert scratch.remove_orphans(PREFIX) == []
    assert mine.is_dir() and stranger.is_dir()
