# strip and padding
print(repr('  x  '.strip()), repr('\t\nx\r '.lstrip()), repr('  x  '.rstrip()), repr('xxhixx'.strip('x')))
print(repr('abcHELLOcba'.strip('abc')), repr('www.example.com'.lstrip('w.')), repr(''.strip()), repr('aaa'.strip('a')))
print(repr('ab'.center(7)), repr('ab'.center(6, '*')), repr('abc'.center(6)), repr('a'.center(4)), repr('ab'.center(1)))
print(repr('ab'.ljust(5, '.')), repr('ab'.rjust(5)), repr('42'.zfill(5)), repr('-42'.zfill(6)), repr('+7'.zfill(4)), repr('abc'.zfill(2)))
print(repr('a\tb\tc'.expandtabs()), repr('a\tbc\td'.expandtabs(4)), repr('ab\n\tc'.expandtabs(2)), repr('\t'.expandtabs(0)))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
