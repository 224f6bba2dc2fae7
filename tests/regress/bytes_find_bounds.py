# bytes.find with start and end, including negative and out-of-range bounds.
b = b"abc\ndefabc"
for args in [(b"\n", 0), (b"c", 3), (b"c", 1, 2), (99, -1), (b"", 5), (b"", 10), (b"", 11), (b"abc", -3), (b"x",), (100, 0, 4), (b"a", -100, 3)]:
    print(args, b.find(*args))
