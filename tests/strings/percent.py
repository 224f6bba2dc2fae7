# %-formatting
print('%s and %r' % ('x', 'x'), '%d%%' % 50, '%5d|%-5d|%05d' % (42, 42, 42), '%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print('%.3s|%10s|%-10s|' % ('abcdef', 'hi', 'hi'), '%c%c' % (72, 'i'), '%i %u' % (-3, 4), '%+d % d' % (5, 5))
print('%(name)s is %(age)d' % {'name': 'Bob', 'age': 30}, '%s' % [1, 2], '%s' % (1,), '%s %s' % (1, 'a'))
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159), '%.3d' % 7, '%d' % 3.99, '%s' % None, '%r' % 1.5)
print('%a' % 'é', '%e' % 12345.678, '%.2e' % 0.000123, '%g %G' % (1e20, 1e-20), '%f' % 1e10, '%10.3f|' % -2.5)
print('no args' % (), '%%' % (), '%s' % True, '%d' % True, '%x' % -255, '%o' % -8)
for fmt, args in [('%d', 'x'), ('%x', 1.5), ('%f', 'y'), ('%c', 'ab'), ('%y', 1), ('%d %d', (1,)), ('%d', (1, 2)),
                  ('%(a)s', 1), ('%', 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ':', e)
