# comparisons, including chained ones and mixed types where allowed
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 == 2, 1 != 2 != 1)
x = 5
print(0 < x <= 5, 0 < x < 5, 10 > x >= 5)
def noisy(v):
    print("eval", v)
    return v
print(noisy(3) < noisy(2) < noisy(1))
print(noisy(1) < noisy(2) < noisy(3))
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "abc" == "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [1] == [1], (1, 2) < (1, 2, 3), (2,) > (1, 9))
print([] == [], {} == {}, {1: 2} == {1: 2}, {1: 2} != {1: 3})
print(None == 0, None is None, [] is [], 1 == "1")
a = [1]
b = a
print(a is b, a is not b, a == [1], [1] is not a)
print(2 in [1, 2, 3], 4 not in [1, 2, 3], "b" in "abc", "x" not in "abc", 1 in (1,), "k" in {"k": 1})
