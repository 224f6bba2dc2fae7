# format() of complex numbers: the no-type form (like str), e/f/g/n types,
# signs, #, z, grouping, fill and alignment, and the specs complex refuses
inf=float('inf'); nan=float('nan')
zs=[1+2j, complex(-1.5, -0.0), complex(0, 1.5), complex(-0.0, 1.5), complex(0.0, -0.0), complex(-0.0,-0.0), complex(1e20, 1), complex(inf, nan), complex(-inf, -inf), complex(12345.678, -9876.5), complex(1.23456789, 1e-7), complex(1e16, 1e-5), complex(3, 0), 1e300j]
specs=['', '.2f', '10', '<30', '>30', '^30.3e', 'g', '+.3g', ' g', '-', 'E', '.3', '.0', '#', '#.0f', '#g', '*>25.1f', ',.2f', '_.1f', ',', '_', 'z.1f', 'z', '#.3', 'G', 'n', '.2n', '20', ' ', '+', '.10g', '.20f', '.17', 'F', '.0e', 'e', 'f', '#.0e', 'z.0f', 'x<40,.3f', '\u00e9^30']
for z in zs:
    for sp in specs:
        try: r = repr(format(z, sp))
        except Exception as e: r = type(e).__name__ + ' ' + str(e)
        print(repr(z), repr(sp), r)
for sp in ['=10', '010', '0<15', 'x=10', 'd', 'n', '%', 'x', 's', 'c', 'b', '.2%', ',d', '_n', ',n', '0', '00', '+010.2f', 'zz', '10.2fj', '.f', ',_']:
    try: r = repr(format(1+2j, sp))
    except Exception as e: r = type(e).__name__ + ' ' + str(e)
    print(repr(sp), r)
print(f'{1+2j:.3f}', '{:>12}'.format(1-2j), '{0.real:.1f}'.format(3+4j), '%s %r' % (1j, -1j), str(complex(1e-5, 1e22)), repr(complex(1e-5, 1e16)), (1+2j).__format__('.1f'))
try: (1j).__format__(5)
except Exception as e: print(type(e).__name__, e)
