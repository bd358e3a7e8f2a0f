"""Page → Article extraction."""

from .article import Article, PhotoCaption, RelatedTeaser, StockImpact
from .decode import decode_bytes
from .newspim import PARSER, PARSER_VERSION, parse_page_dump
from .profiles import parse_text_page, select_profile

__all__ = [
    "Article",
    "PARSER",
    "PARSER_VERSION",
    "PhotoCaption",
    "RelatedTeaser",
    "StockImpact",
    "decode_bytes",
    "parse_page_dump",
    "parse_text_page",
    "select_profile",
]
