"""The extraction engine: article text in, quotes, speakers and organisations out.

Pure Python: nothing in this package imports Django.
"""

from articles.extraction.model import (
    ExtractedArticle,
    ExtractedOrganisation,
    ExtractedQuote,
    ExtractedSpeaker,
)
from articles.extraction.pipeline import extract

__all__ = [
    "ExtractedArticle",
    "ExtractedOrganisation",
    "ExtractedQuote",
    "ExtractedSpeaker",
    "extract",
]
