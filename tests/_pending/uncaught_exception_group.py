# An uncaught ExceptionGroup: CPython prints the boxed "+-+---- 1 ----"
# format on stderr (last line "+------------------------------------");
# Tern prints a plain traceback.
# tern: stderr=    +------------------------------------
raise ExceptionGroup('eg', [ValueError(1)])
