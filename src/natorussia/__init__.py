"""natorussia: news articles on NATO-Russia relations turned into escalation events and staff counts."""

import os

# Arrow reads this when it loads, so it is set before anything here imports pyarrow (a user's choice wins).
# Its default allocator (mimalloc) keeps what each batch freed, so streaming a large table in batches grows a
# report's kernel by tens of MB; the system allocator gives it back (benchmarks/report_memory.py).
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

from natorussia.pipeline import Corpus, extract_corpus, process_article  # noqa: E402

__version__ = "0.1.0"
__all__ = ["Corpus", "extract_corpus", "process_article", "__version__"]
