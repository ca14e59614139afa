"""Numbers, money, percentages and dates in English and Chinese, normalised to comparable values.

- core: the Quantity record, value comparison and the table runner;
- english, chinese: each language's (pattern, handler) table, tried in order.
"""

from transqa.quantities.chinese import Garbled, chinese_numeral, chinese_quantities, garbled_numbers
from transqa.quantities.core import Pattern, Quantity, close, format_value
from transqa.quantities.english import english_quantities

__all__ = [
    "Garbled", "Pattern", "Quantity", "chinese_numeral", "chinese_quantities", "close", "english_quantities", "format_value",
    "garbled_numbers",
]
