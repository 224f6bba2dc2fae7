print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(10**20, 7))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 1000007), pow(7, -1, 13), pow(5, 0, 1))
print(pow(base=2, exp=5), pow(2, 3, mod=3), pow(3, 2, -5), pow(10**30, 3, 10**9 + 7))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1.005, 2), round(123.456, -1), round(155, -1), round(145, -1), round(-155, -1))
print(round(7), round(7, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(3.14159, 0), round(-0.4), round(2.5, None))
print(round(1e20), round(0.125, 2), round(0.375, 2), round(5e-324, 2), round(123.456, 10), round(float('inf'), 2))
print(hex(0), hex(255), hex(-255), hex(2**70), oct(64), oct(-8), bin(10), bin(0), bin(-1), bin(2**65))
print(chr(97), chr(0x263A), chr(0x1F600), ord('z'), ord('é'), ord('😀'), ord(b'A'), chr(0))
print(hash(1) == hash(1.0), hash('a') == hash('a'), hash(True) == hash(1), hash(None) == hash(None))
class I:
    def __index__(self):
        return 5
print(hex(I()), bin(I()), [0, 1, 2, 3, 4, 5, 6][I()])
class R:
    def __round__(self, n=None):
        return ('round', n)
print(round(R()), round(R(), 3))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2.0, 3, 4))
t(lambda: round('a'))
t(lambda: round(float('nan')))
t(lambda: round(float('inf')))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr('a'))
t(lambda: ord(''))
t(lambda: ord('ab'))
t(lambda: ord(1))
t(lambda: hex(1.5))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: divmod(1))
