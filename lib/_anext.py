# anext(iterator, default): the awaitable the builtin returns (mod_builtins.c)
async def wrap(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
