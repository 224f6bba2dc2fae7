# repr and str of complex numbers: signed zeros, inf and nan parts, exponents
inf, nan = float('inf'), float('nan')
values = [complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, nan), complex(nan, -nan),
          complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), complex(0.0, 0.0), complex(1, nan),
          complex(-0.0, nan), complex(-nan, 1), complex(1e300, -1e-300), complex(1.5, -0.0), complex(0, 1e16),
          complex(1e16, 0), complex(123456789012345678, 1), complex(1e-5, 1e22), complex(0.1, 0.2),
          complex(-1, 1e-7), complex(2.5, 3.0), 1j, -1j, -(1j), -0j, 0j - 0, complex(-1, -0.0)]
for z in values:
    print(repr(z), str(z), '%s|%r' % (z, z), f'{z}', z.real, z.imag)
print([1j, -2.5j], (1j, complex(-0.0, 1)), {1j: complex(1, -0.0)})
