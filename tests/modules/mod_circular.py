# circular imports see partially initialised modules
import helper_circ_a
import helper_circ_b
print(helper_circ_a.from_b(), helper_circ_b.partial_a(), helper_circ_a.A_NAME)
print(helper_circ_a.helper_circ_b is helper_circ_b, helper_circ_b.helper_circ_a is helper_circ_a)
