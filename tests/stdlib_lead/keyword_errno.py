import keyword, errno
print(len(keyword.kwlist), keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.softkwlist)
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[11], errno.ETIMEDOUT)
try:
    open("/nonexistent/dir/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
