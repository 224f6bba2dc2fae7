class B(bytes): pass
class S(str): pass
print(ord(b'a'), ord(bytearray(b'z')), ord(B(b'q')), ord(S('é')))
for v in [bytearray(b'ab'), b'', memoryview(b'a'), 5]:
    try: ord(v)
    except TypeError as e: print(e)
