import struct
print(struct.pack("<hHiIqQ", -2, 65535, -100000, 4000000000, -2**60, 2**64 - 1))
print(struct.pack(">bB?c", -1, 200, True, b"x"), struct.pack("!I", 1), struct.pack("=H", 258))
print(struct.unpack("<hHiIqQ", struct.pack("<hHiIqQ", -2, 65535, -100000, 4000000000, -2**60, 2**64 - 1)))
print(struct.pack("<f", 1.5), struct.pack(">d", -0.1), struct.pack("<e", 0.333), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.unpack(">d", struct.pack(">d", 3.141592653589793)), struct.unpack("<e", b"\x00\x3c"), struct.pack("<f", float("inf")))
print(struct.calcsize("<iq"), struct.calcsize("@iq"), struct.calcsize("@ci"), struct.calcsize("3s2x"), struct.calcsize("@hqh"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcd"), struct.unpack("3s", b"xyz"), struct.pack("4p", b"hello"), struct.unpack("4p", b"\x03abc"))
print(struct.pack("@ci", b"a", 7), struct.unpack("@ci", struct.pack("@ci", b"a", 7)), struct.pack("3x"), struct.pack("<2h", 1, 2))
s = struct.Struct(">HH")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x00\x01\x00\x02"), list(s.iter_unpack(b"\x00\x01\x00\x02\x00\x03\x00\x04")))
buf = bytearray(8); struct.pack_into("<I", buf, 2, 0xDEADBEEF); print(buf, struct.unpack_from("<I", buf, 2), struct.unpack_from("<H", buf))
for fmt, args in [("b", (200,)), ("B", (-1,)), ("h", (40000,)), ("<i", (2**31,)), ("<I", (-1,)), ("i", ("x",)), ("2i", (1,)), ("c", (b"ab",)), ("q", (2**63,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(fmt, "->", e)
for fmt, data in [("<I", b"\x00"), ("z", b"")]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print(fmt, "->", e)
