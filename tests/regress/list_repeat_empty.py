# Repeating an empty list (which may have no item array yet) copied from a
# null array: UBSan reported it in the sanitizer builds.
a = []
print(a * 3, 3 * a, a * 0)
a *= 5
print(a, len(a))
b = [[]] * 2
b[0] *= 4
print(b)
