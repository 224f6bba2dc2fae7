# sys.path changes affect imports
import sys
sys.path.insert(0, "pkg")
import alpha
print(alpha.ALPHA, alpha.__name__)
sys.path.pop(0)
try:
    import deep
except ImportError as e:
    print(type(e).__name__)
