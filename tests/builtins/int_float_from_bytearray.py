print(int(bytearray(b'7')), int(bytearray(b' -12 ')), int(memoryview(b'42')), int(bytearray(b'ff'), 16), int(b'0x1f', 0), float(bytearray(b'1.5')))
for v in [bytearray(b'x'), bytearray(b'')]:
    try: int(v)
    except ValueError as e: print(e)
print(float(memoryview(b'2.5')), float(bytearray(b'  -1e3 ')))
try: float(bytearray(b'x'))
except ValueError as e: print(e)
for v in [b'x', b' 1 2', bytearray(b'q')]:
    for f in (int, float):
        try: f(v)
        except ValueError as e: print(e)
