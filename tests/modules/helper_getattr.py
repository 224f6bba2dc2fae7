# module-level __getattr__ (PEP 562)
real = "real"
def __getattr__(name):
    if name.startswith("dyn_"):
        return name[4:]
    raise AttributeError("module 'helper_getattr' has no attribute " + repr(name))
