"""Every folder the project uses, derived from the package location (nothing else builds paths by hand)."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
PROJECT_DIR = PACKAGE_DIR.parents[1]
SEEDS_DIR = PROJECT_DIR / "seeds"
CORPUS_DIR = PROJECT_DIR / "data" / "corpus"
NOTEBOOKS_DIR = PROJECT_DIR / "notebooks"
REPORTS_DIR = PROJECT_DIR / "reports"
REPORTS_CONFIG = PROJECT_DIR / "reports.yml"
CACHE_DIR = PROJECT_DIR / ".cache"


def extract_cache_dir() -> Path:
    """Where extractions made for the notebooks and the reports keep their cache (shared by both)."""
    return CACHE_DIR / "extract"


def data_file(name: str) -> Path:
    """Path of a rules or reference file shipped in the package."""
    return DATA_DIR / name
