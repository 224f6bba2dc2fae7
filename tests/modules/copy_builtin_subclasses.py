import copy
class I(int): pass
class F(float): pass
class S(str): pass
class L(list): pass
class D(dict): pass
for v in (I(5), F(2.5), S('ab'), L([1, 2]), D(a=1), complex(1, 2)):
    v2 = copy.copy(v); v3 = copy.deepcopy(v)
    print(type(v2).__name__, v2, type(v3).__name__, v3, v2 == v)
i = I(7); i.tag = 'x'
c = copy.copy(i); print(c, c.tag)
