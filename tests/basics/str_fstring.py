# f-strings: simple cases
name = "Tern"
n = 3
pi = 3.14159
items = [1, 2, 3]
print(f"hello {name}")
print(f"{n} + {n} = {n + n}")
print(f"{pi:.2f} {n:03d} {name:>6} {name:<6}|")
print(f"{items} {items[0]} {len(items)}")
print(f"{name!r} {name.upper()}")
print(f"{'nested'} {{braces}}")
d = {"k": "v"}
print(f"{d['k']}")
print(f"{n * 2:5}|{n:x}|{255:08b}")
print(f"{1/3:.3f}", f"{True}", f"{None}")
x = 10
print(f"{x if x > 5 else 0}")
print(f"a" f"b" "c")
