# find/index/count/startswith/endswith with ranges
s = 'abracadabra'
print(s.find('a'), s.find('a', 1), s.find('a', 4, 6), s.find('z'), s.find(''), s.find('', 11), s.find('', 12))
print(s.rfind('a'), s.rfind('a', 0, 10), s.rfind('abra'), s.rfind(''), s.rfind('x'))
print(s.index('c'), s.rindex('b'), s.count('a'), s.count('abra'), s.count(''), s.count('a', 3), s.count('a', -4, -1))
print(s.startswith('abra'), s.startswith('cad', 4), s.startswith(('x', 'ab')), s.endswith('bra'), s.endswith('cad', 0, 7))
print(s.endswith(('a', 'b')), s.startswith(''), s.startswith('a', 20), s.endswith('', 5, 2), s.find('a', -3))
try:
    s.index('z')
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('q')
except ValueError as e:
    print('ValueError:', e)
try:
    s.startswith(1)
except TypeError as e:
    print('TypeError:', e)
print('aaa'.count('aa'), 'aaaa'.replace('aa', 'b'), 'a.b.c'.replace('.', '-', 1), 'abc'.replace('', '-'))
print('abc'.replace('', '-', 2), 'hello'.replace('l', ''), 'x'.replace('x', 'yy'), 'ab'.replace('c', 'd'))
print('pre_name'.removeprefix('pre_'), 'name.py'.removesuffix('.py'), 'abc'.removeprefix('x'), 'abc'.removesuffix(''))
