import io, csv, json
from contextlib import redirect_stdout
s = io.StringIO()
s.write("hello\n"); print("world", file=s); s.writelines(["a\n", "b"])
print(repr(s.getvalue()), s.tell())
s.seek(0); print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s = io.StringIO("l1\nl2\nl3")
print([line for line in s], s.readlines())
s.seek(0); print(s.readlines(), s.seek(0, 2))
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured", 1, 2)
print(repr(buf.getvalue()))
out = io.StringIO()
w = csv.writer(out); w.writerow(["a", "b,c"]); w.writerow([1, 2])
print(repr(out.getvalue()), list(csv.reader(io.StringIO(out.getvalue()))))
j = io.StringIO(); json.dump({"x": [1, 2]}, j); j.seek(0); print(json.load(j))
b = io.BytesIO(b"abc\ndef")
print(b.read(2), b.readline(), b.read(), b.tell(), b.getvalue())
b.seek(1); b.write(b"ZZ"); print(b.getvalue()); b.seek(10); b.write(b"!"); print(b.getvalue())
with io.StringIO("ctx") as f:
    print(f.read())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
s = io.StringIO("abcdef"); s.seek(2); s.truncate(); print(repr(s.getvalue()))
