# Word count over generated text: lines of pseudo-random words, split,
# lower-cased and stripped of punctuation, counted in a dict; prints the
# totals and the most common words.

SYLLABLES = ('ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'shi', 'po', 'an', 'ex', 'qu', 'vo')
PUNCT = ('', '', '', ',', '.', ';', '!', '?')


def text(nlines, seed):
    lines = []
    for n in range(nlines):
        words = []
        for w in range(3 + seed % 9):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            nsyl = 1 + (seed >> 16) % 3
            word = ''.join(SYLLABLES[(seed >> (4 * k + 3)) % len(SYLLABLES)] for k in range(nsyl))
            if (seed >> 11) % 7 == 0:
                word = word.capitalize()
            words.append(word + PUNCT[(seed >> 5) % len(PUNCT)])
        lines.append(' '.join(words))
    return lines


def count(lines):
    counts = {}
    nwords = 0
    for line in lines:
        for w in line.split():
            w = w.strip(',.;!?').lower()
            if w:
                nwords += 1
                counts[w] = counts.get(w, 0) + 1
    return nwords, counts


lines = text(400, 42)
nwords, counts = count(lines)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print('wordcount', len(lines), nwords, len(counts))
print(top)
