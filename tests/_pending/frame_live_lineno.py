# Frames are snapshots in Tern (lib/_frame.py): f_lineno is the line when the
# frame was asked for; CPython's frames are live (the current line).
import sys
def f():
    fr = sys._getframe()
    x = 1
    return fr.f_lineno
print(f())
