# Text statistics: dicts, sets, comprehensions, string methods, sorting with ties.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch
of incredulity, it was the season of Light, it was the season of Darkness."""
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:10} {'#' * n} {n}")
lengths = {len(w) for w in words}
print(sorted(lengths), max(words, key=len), min(words, key=lambda w: (len(w), w)))
by_letter = {}
for w in sorted(set(words)):
    by_letter.setdefault(w[0], []).append(w)
print({k: v for k, v in by_letter.items() if len(v) > 1})
print(" ".join(w.capitalize() for w in words[:8]))
print(text.count("it was"), text.find("wisdom"), text.replace("was", "is")[:40])
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print("vowels:", vowels, "ratio: %.3f" % (vowels / len(text)))
lines = text.splitlines()
print([len(l) for l in lines], [l.split()[-1] for l in lines])
print(str.maketrans("abc", "xyz") == {97: 120, 98: 121, 99: 122}, "abcabc".translate(str.maketrans("abc", "xyz")))
