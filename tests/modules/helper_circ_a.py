# circular import partner A
import helper_circ_b
A_NAME = "a"
def from_b():
    return helper_circ_b.B_NAME
