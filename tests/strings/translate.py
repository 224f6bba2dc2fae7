# maketrans / translate
t = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(t), 'hello'.translate(str.maketrans('lo', '01', 'h')))
print('abc'.translate({97: 'AA', 98: None}), 'abc'.translate(str.maketrans({'a': '1', 'c': None})))
print(sorted(str.maketrans('ab', 'cd').items()))
