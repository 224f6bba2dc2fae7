# format() with floats
v = 1234567.891
for spec in ['', '.2f', ',.2f', '_.3f', '10.1f', '<12.2f', '^14.3e', '+.2e', 'e', 'E', 'g', 'G', '.3g', '.10g',
             '%', '.1%', '015.2f', '=+12.1f', ' .2f', 'n', '#.0f', '#g', '.0e', '010', '.3', '.0f']:
    print(repr(spec), repr(format(v, spec)), repr(format(-v, spec)))
for v in [0.0, -0.0, 1.0, 0.5, 1e-7, 1e16, 1e22, 123.0, 100.0, 2.5, 0.000123456, float('inf'), float('nan')]:
    print(repr(format(v, '')), repr(format(v, 'g')), repr(format(v, '.3')), repr(format(v, '.2f')),
          repr(format(v, '10.3e')), repr(format(v, 'z.1f')), repr(format(v, '#.3g')))
print(f'{3.0:g}', f'{2.675:.2f}', f'{-0.0:.1f}', f'{0.1:.20f}', f'{1e300:.2e}', f'{12.5:>8.1f}|')
print('%.2f' % 2.675, '%5.1e' % 12345.678, '%g' % 0.0001, '%g' % 1e-5, '%10.4f|' % 3.14159, '%-10.2f|' % 2.5)
print('%e' % 0, '%f' % 1, '%.0f' % 0.5, '%.0f' % 1.5, '%#.0f' % 2, '%+.3g' % 1234.5, '%G' % 1e-10)
