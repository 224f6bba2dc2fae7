import hashlib
msgs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"a" * 55, b"a" * 56, b"a" * 64,
        b"a" * 111, b"a" * 112, b"a" * 128, bytes(range(256)) * 5]
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    for m in msgs:
        print(name, len(m), getattr(hashlib, name)(m).hexdigest())
h = hashlib.sha256()
for chunk in [b"The quick ", b"brown fox ", b"jumps over the lazy dog"]:
    h.update(chunk)
print(h.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size)
c = h.copy()
c.update(b"!")
print(h.hexdigest() != c.hexdigest(), hashlib.new("SHA256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest())
print(hashlib.md5(bytearray(b"abc")).hexdigest(), hashlib.sha1(string=b"abc").hexdigest())
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
print(hashlib.sha256("héllo".encode()).hexdigest())
