# non-ASCII text: indexing by code point
s = 'héllo wörld ☃ 𝄞!'
print(len(s), s[1], s[12], s[14], s[-1], s[2:8], s[::-1], s[::2], s[-4:])
print(s.upper(), s.title(), 'ÀÉÎ'.lower(), 'straße'.upper(), 'ΑΒΓ'.lower(), 'привет'.upper())
print(s.find('ö'), s.index('☃'), s.count('l'), s.split(' '), s.replace('ö', 'o'))
print([c for c in 'añ☃'], list('日本語'), '日本語'[1], len('日本語'))
print(repr('é\u00a0x'), repr('\u2028'), repr('☃'), ascii('é☃𝄞'), repr('\x00\x7f\x80'))
print('é'.encode(), 'aé☃'.encode('utf-8'), b'caf\xc3\xa9'.decode(), 'abc'.encode('ascii'))
print('ab' < 'aé', 'é'.isalpha(), '٣'.isdigit(), 'Ω'.isupper(), 'ω'.islower(), ' \u3000'.isspace())
print(ord('é'), ord('☃'), chr(233), chr(0x1d11e), 'x'.center(7, '★'))
