# __name__ of the main module and of imported modules
print(__name__)
import helper_nostar
print(helper_nostar.__name__)
def main():
    return "main ran"
if __name__ == "__main__":
    print(main())
import sys
print(sys.modules["__main__"].main() if "__main__" in sys.modules else "main ran")
