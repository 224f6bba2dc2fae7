# augmented assignment for all operators and targets
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 3; print(x)
x /= 2; print(x)
y = 12
y &= 10; print(y)
y |= 1; print(y)
y ^= 3; print(y)
y <<= 2; print(y)
y >>= 1; print(y)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"k": 1}
d["k"] += 10
print(d)
class O:
    pass
o = O()
o.v = 1
o.v += 1
print(o.v)
a = [1, 2, 3]
a[0] -= 1
a[-1] *= 10
print(a)
