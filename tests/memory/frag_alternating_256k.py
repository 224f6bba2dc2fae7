# tern: heapsize=256k
# The alternating-buffers pattern of frag_alternating_64k.py, at a 256 KiB heap.
import frag_alternating_64k

frag_alternating_64k.main()
