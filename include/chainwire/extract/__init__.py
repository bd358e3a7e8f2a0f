"""Page → Article extraction."""

from . import native

# before any module of the package is imported: the compiled modules when they match the sources (native.py)
native.install()

from .article import Article, PhotoCaption, RelatedTeaser, StockImpact  # noqa: E402
from .decode import decode_bytes  # noqa: E402
from .newspim import PARSER, PARSER_VERSION, parse_page_dump  # noqa: E402
from .profiles import parse_text_page, select_profile  # noqa: E402

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
