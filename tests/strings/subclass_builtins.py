# subclasses of int, str and float format, convert and combine like their base
class MyInt(int):
    pass
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
class MyFloat(float):
    pass
a = MyInt(5)
print(a + 1, a * 2, type(a).__name__, isinstance(a, int), a == 5, repr(a), str(a), hash(a) == hash(5))
s = MyStr('hi')
print(s.shout(), s + 'x', len(s), s == 'hi', s[0], repr(s), f'{s:>5}', '%s' % s, s.upper())
f = MyFloat(2.5)
print(f * 2, f'{f:.2f}', round(f), int(f), repr(f))
print(int('5') + True, format(MyInt(255), 'x'), '{:>4}'.format(MyInt(3)))
print('-'.join([MyStr('a'), 'b']), 'abc'.replace(MyStr('b'), MyStr('X')), int(MyStr('12')), float(MyStr('1.5')), '%d' % MyInt(4), '%5.1f' % MyFloat(2.25))
print('abc'[MyInt(1)], 'ab' * MyInt(2), MyStr('x').center(5, '*'), 'k=v'.partition(MyStr('=')))
