# and / or / not short-circuit and return operands
def t(v):
    print("t", v)
    return v
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and "y")
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(3))
print(t(4) or t(5))
print(not 1, not 0, not not [])
print([] or {} or 0 or "end")
print(1 and [] and 2)
x = None
y = x or "default"
print(y)
print(True and False or True, not (True and False))
print(0 or 0.0 or "", [0] and "nonempty")
