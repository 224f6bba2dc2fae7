# comparisons, nan, infinities
nan = float('nan')
inf = float('inf')
print(nan == nan, nan != nan, nan < 1, nan > 1, 1.0 < inf, -inf < -1e308, inf == inf)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 1.0 <= 1, 2.5 >= 2, -0.0 == 0.0)
print(sorted([3.5, -1.0, 2, 0.5, -7]), max(1.5, 2), min(-0.5, -1))
print([x for x in [1.5, 2.5, 3.5] if x > 2])
