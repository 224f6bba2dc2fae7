import base64, binascii
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], "héllo".encode()]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.b32encode(data), base64.b32decode(base64.b32encode(data)) == data, base64.b16encode(data)[:20])
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs\nbG8="))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.hexlify(b"\x01\x02\x03", "-"), binascii.crc32(b"hello world"), binascii.crc32(b""))
print(binascii.b2a_base64(b"abc"), binascii.a2b_base64(b"YWJj\n"), base64.encodebytes(b"x" * 60))
for bad in ["YWJ", "abc=d", "zz"]:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print("Error", e)
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("Error", e)
