# circular import partner B
import helper_circ_a
B_NAME = "b"
def partial_a():
    return hasattr(helper_circ_a, "A_NAME")
