# n-queens: all solutions for n = 8 by a generator of permutations pruned
# with sets of used diagonals; prints the count and a checksum.


def solve(n):
    def place(row, cols, d1, d2):
        if row == n:
            yield ()
            return
        for c in range(n):
            if c in cols or (row + c) in d1 or (row - c) in d2:
                continue
            for rest in place(row + 1, cols | {c}, d1 | {row + c}, d2 | {row - c}):
                yield (c,) + rest
    return place(0, frozenset(), frozenset(), frozenset())


def main():
    count = 0
    check = 0
    for sol in solve(8):
        count += 1
        for c in sol:
            check = (check * 8 + c) % 1000000007
    print('nqueens', count, check)


main()
