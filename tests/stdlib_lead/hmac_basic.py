import hmac, hashlib
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.md5).hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "sha256").hexdigest())
h = hmac.new(b"k" * 100, digestmod=hashlib.sha512)
h.update(b"part1")
h.update(b"part2")
print(h.hexdigest(), h.name, h.digest_size)
print(hmac.digest(b"key", b"msg", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
