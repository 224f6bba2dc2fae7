# floor division and modulo follow Python's sign rules
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (5, 5), (-5, 5),
         (1, 10), (-1, 10), (1, -10), (-1, -10), (100, 7), (-100, 7)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(-1 % 3, -4 % 3, 4 % -3, -0.5 % 1)
