# Sieve of Eratosthenes over lists of bools.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return flags
def main():
    total = 0
    for _ in range(20):
        flags = sieve(400000)
        count = 0
        last = 0
        for i in range(len(flags)):
            if flags[i]:
                count += 1
                last = i
        total += count + last
    return total
print(main())
