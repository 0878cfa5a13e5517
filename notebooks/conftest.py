"""nbval runs these notebooks (see pyproject.toml): a hint when their committed outputs no longer match."""

from __future__ import annotations


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # noqa: ANN001, ANN201
    failed = [r for r in terminalreporter.stats.get("failed", []) if r.nodeid.split("::")[0].endswith(".ipynb")]
    if failed:
        terminalreporter.write_line(
            f"{len(failed)} notebook cells differ from their committed outputs. If the extraction rules changed on "
            "purpose, `make notebooks` re-runs the notebooks in place; review and commit the new outputs.",
            yellow=True)
