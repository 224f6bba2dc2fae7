# str() of various things and encode/decode
print(str(), str(1), str(-2.5), str(None), str(True), str([1, 'a']), str((1,)), str({'a': 1}), str(b'x'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(10 ** 20), str(1e-7), str('s'))
print('abc'.encode(), 'é'.encode('latin-1'), 'xé'.encode('ascii', 'replace'), 'xé'.encode('ascii', 'ignore'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    b'\xe9'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
class S:
    def __str__(self):
        return 'custom'
print(str(S()), 'x' + str(S()), '%s' % S(), '{}'.format(S()), f'{S()}')
