import re
print(2 & re.I, re.I & 2, 34 & re.I, re.I | 0, 0 | re.I, re.I ^ re.I, ~re.I, re.I & 32, repr(re.I | re.M), re.compile('a', re.I).flags)
print(re.I|re.A, re.M|re.I, re.S|re.X|re.M, re.U|re.I, re.A|re.M, re.I|re.DEBUG, re.T|re.I, re.I|8|1024, re.I ^ re.M, ~re.I & 0xff, re.I ^ 2, 2 ^ re.I)
print(re.compile('a', re.I | re.M).flags & re.I, type(re.I).__name__, int(re.I | re.S), re.I == 2, isinstance(re.I, int))
