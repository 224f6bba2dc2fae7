from typing import Optional, Union, List
print(Optional[int], Union[int, None], Union[None, str], Optional[List[int]])
print(Union[int, str, None], Optional[Union[int, str]], List[None])
from typing import Literal, Callable
print(Literal[None, 1], Callable[..., None], Callable[[int], None])
