# indexing, slicing, concatenation, repetition, comparison
s = 'hello world'
print(s[0], s[-1], s[4], s[1:5], s[:3], s[6:], s[::-1], s[::2], s[1::3], s[-3:], s[:-3], s[5:1:-1])
print(len(s), s + '!', s * 2, 3 * 'ab', 'ab' * 0, 'x' * -1, '' + '', len(''))
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', 'abc' == 'abc', 'a' != 'b', 'é' > 'z')
print('lo' in s, 'xyz' in s, '' in s, 'o w' in s, 'h' not in s)
print(s[100:], s[-100:2], s[3:3], s[::-3])
try:
    s[20]
except IndexError as e:
    print('IndexError:', e)
try:
    s + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 2.5
except TypeError as e:
    print('TypeError:', e)
try:
    3 in 'abc'
except TypeError as e:
    print('TypeError:', e)
t = ''
for ch in 'abc':
    t = ch + t
print(t, list('xyz'), [c for c in 'hi!'], ''.join(reversed('stressed')))
