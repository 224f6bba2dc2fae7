# for over lists, nested loops, break / continue
total = 0
for x in [1, 2, 3, 4, 5]:
    total += x
print(total)
for x in []:
    print("never")
words = ["apple", "banana", "cherry"]
for w in words:
    if w == "banana":
        continue
    print(w)
for i in [1, 2, 3]:
    for j in [10, 20]:
        if j == 20 and i == 2:
            break
        print(i, j)
for x in [1, 2, 3]:
    pass
print(x)
pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
for [a, b] in [[1, 2], [3, 4]]:
    print(a + b)
