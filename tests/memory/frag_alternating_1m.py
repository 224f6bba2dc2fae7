# tern: heapsize=1m
# The alternating-buffers pattern of frag_alternating_64k.py, at a 1 MiB heap.
import frag_alternating_64k

frag_alternating_64k.main()
