# str.format
print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2), '{0}{0}'.format('ab'))
print('{:>10}|{:<10}|{:^10}|'.format('r', 'l', 'c'), '{:*^9}'.format('mid'), '{:08.3f}'.format(3.14159))
print('{0!r} {0!s} {0!a}'.format('é'), '{:,}'.format(1234567), '{:_}'.format(10 ** 9), '{:b} {:o} {:x} {:X}'.format(10, 10, 255, 255))
print('{0[1]} {0[0]} {1[k]} {2.real}'.format([5, 6], {'k': 'v'}, 3), '{{}} {{{}}}'.format(7))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{:>{}}'.format('x', 4), '{:#x} {:#b} {:#o}'.format(255, 5, 8))
print('{:+d} {: d} {:d}'.format(5, 5, -5), '{:c}'.format(65), '{:e}'.format(1234.5), '{:.2%}'.format(0.256))
print('{:5}|{:<5}|{:5}|'.format(1, 2, 'ab'), '{:=+8d}'.format(-42), '{:010,d}'.format(1234567), '{:.3}'.format('abcdef'))
class P:
    def __format__(self, spec):
        return 'P(' + spec + ')'
    def __str__(self):
        return 'strP'
    def __repr__(self):
        return 'reprP'
print('{} {:xyz} {!s} {!r}'.format(P(), P(), P(), P()), format(P(), 'q'), f'{P():abc}')
for fmt, a in [('{0}{}', (1, 2)), ('{}{0}', (1, 2)), ('{2}', (1, 2)), ('{', ()), ('}', ()), ('{:d}', ('a',)),
               ('{x}', ()), ('{0:s}', (1,))]:
    try:
        print(fmt.format(*a))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ':', e)
print('{name} has {n:03d}'.format_map({'name': 'X', 'n': 7}))
