"""The dollar a bare `$` stands for in one article, read from the article itself when the corpus sets none.

News writes amounts in its own country's dollar with a bare `$` and marks every other dollar (`US$`, `A$`,
`NZ$`, `C$`). An article that speaks of one dollar country only (Australia, New Zealand, Canada: its name,
its people, its cities, its institutions, twice or more) and never of the United States nor of another
dollar is written in that country's dollar: `$234.8 million` of a Sydney company is 2.348 亿澳元, and
`2.348 亿美元` changes the currency. An article that names two dollar countries, or writes `US$`/`USD`
anywhere, says nothing: a bare `$` stays any dollar. Pure function of the text.
"""

from __future__ import annotations

import re

# the words that place an article in one dollar country (case-sensitive: proper nouns)
_COUNTRY: dict[str, re.Pattern[str]] = {
    "AUD": re.compile(r"\b(?:Australians?|Sydney|Melbourne|Brisbane|Canberra|Adelaide|Queensland|Tasmania|New South Wales|ASX|"
                      r"Reserve Bank of Australia|Aussie)\b"),
    "NZD": re.compile(r"\b(?:New Zealand(?:ers?)?|Kiwis?|Auckland|Wellington|Christchurch|NZX)\b"),
    "CAD": re.compile(r"\b(?:Canad(?:a|ians?)|Toronto|Ottawa|Vancouver|Montreal|Calgary|Alberta|Ontario|Quebec|TSX)\b"),
}
# the words that bring in the US dollar or another one: then a bare `$` is left undecided
_OTHER_DOLLAR = re.compile(r"\b(?:US|U\.S\.|USD|United States|Americans?|Washington|New York|Wall Street|Nasdaq|NYSE|"
                           r"Hong Kong|Singapore|Taiwan)\b|(?:US|A|C|NZ|HK|S|NT)\$")


def article_dollar(text: str) -> str | None:
    """The currency code of a bare `$` in this English article (AUD, NZD, CAD), or None when the article does
    not settle it."""
    if _OTHER_DOLLAR.search(text):
        return None
    places = [code for code, words in _COUNTRY.items() if len(words.findall(text)) >= 2]
    return places[0] if len(places) == 1 else None
