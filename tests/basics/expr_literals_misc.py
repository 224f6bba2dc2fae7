print([x * y for x in range(3) for y in range(3) if x != y if y])
print({x: x * x for x in range(4)}, {x % 3 for x in range(10)})
print(list((x, y) for x in range(2) for y in "ab"))
print(sum(x for x in range(10)))
print([[y for y in range(x)] for x in range(4)])
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 2 not in [1], "a" in "abc")
print(not 1, not 0, -5 // 2, -5 % 3, 2 ** -1, 2 ** 3 ** 2, -2 ** 2, ~5, 1 << 10 >> 2, 6 & 3 | 8 ^ 1)
print(1 if 0 else 2, 0 or 3, 2 and 0, None or [] or "x")
a = [1, 2, 3, 4, 5]
print(a[1:3], a[::2], a[::-1], a[-2:], a[:], a[1:-1:2])
a[1:3] = [9]
print(a)
del a[::2]
print(a)
d = {"a": 1, **{"b": 2}, "c": 3}
print(d, {**d, "a": 0}, [*a, *"xy"], (*a,), {*a, 99})
print("abc" "def", 'x' 'y' "z", b"ab" b"cd", r"\n", rb"\x00", "\x41\u00e9\U0001F600", "\101\0")
print("tab\tnew\\n", 'q"q', "q'q", """tri
ple""", '''a'b''')
print("line\
cont")
print(0x1F, 0o17, 0b101, 1_000_000, 0xdead_beef, 1e3, 1.5e-2, .5, 5., 1_0.0_1)
print(123456789012345678901234567890, -0x7fffffffffffffffffff, 2**64)
print(100000, 32767, 32768, -32768, -32769, 99999999999)
x = 1; y = 2; print(x, y)
if x: print("inline if")
for i in range(2): print(i)
while x < 3: x += 1
print(x)
import sys
t = 1,
print(t, (), (1,), type(()))
print(*[1, 2], sep="-")
print(len("héllo"), "é" * 3)
s = {1}
print(s)
print(...)
print(Ellipsis is ..., None)
def star_ret():
    return 1, *[2, 3]
print(star_ret())
i = 10
print(f"{i:>{5}}|{i!s:<4}|{'x' + 'y'}|{[1,2][0]}|{ {'a':1}['a'] }")
print(f"{'nested'}", f'{"dq"}', f"{3.0:g}", F"upper{1}", rf"raw\n{i}", fr"{i}\t")
print(f"{i}" f"{i}" "plain" f"")
print("%s-%d" % ("a", 5))
assert True, "no"
try:
    assert 1 == 2, "msg here"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("assert2", repr(e))
