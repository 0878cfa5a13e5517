"""natorussia: news articles on NATO-Russia relations turned into escalation events and staff counts."""

from natorussia.pipeline import Corpus, extract_corpus, process_article

__version__ = "0.1.0"
__all__ = ["Corpus", "extract_corpus", "process_article", "__version__"]
