# Matrices as lists of lists: zip, comprehensions, recursion (determinant), fractions-free exact ints.
def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def mat_pow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        k >>= 1
    return result
a = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
b = transpose(a)
print(mat_mul(a, b))
print(det(a), det(identity(4)), det([[2, 0, 1, 3], [1, 1, 0, 2], [0, 3, 1, 1], [4, 1, 2, 0]]))
fib = mat_pow([[1, 1], [1, 0]], 90)
print(fib[0][1])
for row in mat_pow([[1, 1], [1, 0]], 10):
    print(" ".join(f"{v:4d}" for v in row))
print(max(max(r) for r in a), [sum(c) for c in zip(*a)], [a[i][i] for i in range(3)])
