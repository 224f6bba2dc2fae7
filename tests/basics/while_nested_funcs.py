# a small program mixing loops, functions, lists and dicts
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    i = 2
    while i * i <= n:
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
        i += 1
    return [i for i in range(n + 1) if sieve[i]]
p = primes(100)
print(len(p), p[:10], p[-3:])
def word_freq(text):
    freq = {}
    for w in text.lower().split():
        w = w.strip(".,!")
        freq[w] = freq.get(w, 0) + 1
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(word_freq("The cat. The dog! A cat, a dog, the end."))
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
