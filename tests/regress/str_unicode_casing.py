# Unicode case mapping: special casing (one char -> several), titlecase
# letters (U+01C5 etc.) and the final sigma rule.
print("İ".lower().encode())
print("ﬁ".upper(), "ŉ".upper(), "ß".upper())
print("ǅ".upper(), "ǆ".title(), "ǅ".istitle())
print("Ǆ".isupper(), "ǅ".isupper(), "ǅ".islower())
print("ǆx".capitalize())
print("ΣΑΣ".lower(), "ΟΔΟΣ ΣΑΣ".lower())
