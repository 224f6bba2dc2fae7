# complex(str): the forms CPython accepts, whitespace, parentheses,
# underscores, inf/nan, Unicode digits and spaces, and the two error messages
tests = ['1+2j', '1+2J', ' 1+2j ', '(1+2j)', ' ( 1+2j ) ', '(\t1j\n)', '\x0b1j\x0c', '1j\r', '1e3+2e-3j', '1E+5J',
         'j', '-j', '+j', 'J', '(j)', '( j )', '1-j', '1+j', '1', '-1.5', '+1.5', '1.j', '.5j', '-.5-.5j', '1.e1j',
         '00j', '1-0j', '-0j', '-0-0j', '-0', '0-0j', '+1+2j',
         'inf', 'infj', '-infj', 'Infinityj', '-INFINITY', 'nan', 'nanj', 'NaN+NaNj', '1+nanj', 'inf+infj', '1-infj',
         '1e309j', '-1e-400j', '1_000+2_0j', '1_0.0_1e1_0j', '0_0j',
         '1_e1j', '1._5j', '1_.5j', '+_1j', '1+_1j', '1_+1j', '1e_1j', 'j_', '1j_', 'nan_j', '1__0j', '_1j',
         '', ' ', '()', '(1+2j', '1+2j)', '((1j))', '1+2', 'j1', 'jj', '1+2jj', '1 +2j', '1+ 2j', '1 + 2j', '++1j',
         '-+1j', '1+-2j', '1++2j', '1e+j', '1.5e', '1e', '.e1', '.', '.j', '1ej', 'infinit', 'in', 'na', '0x1j',
         '0x1p3', '0b1j', 'x', '\x1c1j', '1\x00j', '\u0663+\u0664j', '1\u2003+2j', '\u20031j\u3000', '\u00e9']
for s in tests:
    try:
        print(repr(s), repr(complex(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)

class S(str):
    pass

print(complex(S('2-3j')), complex(real='4j'))
for args in [('1', 2), ('1', '2'), (1, '2'), ('1',)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(type(e).__name__, e)
