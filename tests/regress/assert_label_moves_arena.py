# Regression: the compiler read an assert statement's test through an AST
# node pointer held across the allocation of its label, which may move the
# arena (GC-stress build: "compiler: unexpected node 0").
assert 1 == 1, "first statement"
x = [1]
assert x, "second"
try:
    assert x == [2], "msg %d" % 3
except AssertionError as e:
    print("caught", e)
print(compile("assert p", "<t>", "exec") is not None)
