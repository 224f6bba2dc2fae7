# inconsistent MROs and bad bases
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(A, A): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(bool): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class F(1): pass
except TypeError as e:
    print("TypeError")
class G(B, A): pass
print([k.__name__ for k in G.__mro__])
