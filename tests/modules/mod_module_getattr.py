# module __getattr__ and module attribute manipulation
import helper_getattr as hg
print(hg.real, hg.dyn_value, getattr(hg, "dyn_x"))
try:
    hg.other
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(hg, "dyn_q"), hasattr(hg, "zzz"))
hg.added = 5
print(hg.added, "added" in hg.__dict__)
del hg.added
print(hasattr(hg, "added"))
import helper_nostar
try:
    helper_nostar.missing
except AttributeError as e:
    print(e)
try:
    del helper_nostar.missing
except AttributeError as e:
    print(e)
