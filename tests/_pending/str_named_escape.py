# \N{...} escapes in string literals: Tern says "not supported".
print("\N{BULLET}", "\N{LATIN SMALL LETTER E WITH ACUTE}" == "\u00e9", len("\N{GREEK SMALL LETTER ALPHA}"))
