# split, rsplit, splitlines, join, partition
print('a b  c\td\ne'.split(), '  lead trail  '.split(), ''.split(), '   '.split())
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), ','.split(','), 'abc'.split('abc'), 'a--b--c'.split('--'))
print('a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2), 'a,b,c'.rsplit(',', 1), '  a b  '.rsplit(None, 1))
print('a b c'.split(maxsplit=1), 'a-b-c'.split(sep='-'), 'x'.rsplit('x'), 'a  b'.rsplit(' '))
print('l1\nl2\r\nl3\rl4\n'.splitlines(), 'l1\nl2\n'.splitlines(True), ''.splitlines(), 'a\x0bb\x1cc'.splitlines())
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(('x',)), '/'.join('abc'), ' '.join(str(i) for i in range(5)))
print('k=v=w'.partition('='), 'kv'.partition('='), 'k=v=w'.rpartition('='), 'kv'.rpartition('='))
try:
    '-'.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
