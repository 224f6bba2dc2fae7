# An event loop with nothing ready and no timer can never wake up (Tern's
# asyncio has no I/O to wait for): run_until_complete stops and raises
# instead of spinning forever. A MemoryError that lost a wake-up callback
# used to hang asyncio.run this way. (CPython would wait forever: .exp.)
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    print('waiting')
    await fut              # nobody will ever resolve it

try:
    asyncio.run(main())
except RuntimeError as e:
    print('RuntimeError:', e)
print('after')
