# SPDX-License-Identifier: MIT
"""machine — the MicroPython-compatible part of `machine` that a Unix host
can give: Timer, whose callbacks are real interrupts (docs/interrupts.md).

A Timer's callback runs as a hard callback (hard=True, the default): inside
the signal handler of a POSIX timer, stopping the main program wherever it
is; it may allocate from the ISR reserve. With hard=False it is queued and
runs at the main program's next safe point, as micropython.schedule does.
Timer(-1) is a virtual timer; any number of them may run at once.
"""
import _machine
from micropython import disable_irq, enable_irq


class Timer:
    ONE_SHOT = 0
    PERIODIC = 1

    def __init__(self, id=-1, *args, **kwargs):
        self._id = id
        self._handle = None
        self._period_us = 0
        self._mode = Timer.PERIODIC
        if args or kwargs:
            self.init(*args, **kwargs)

    def init(self, *, mode=PERIODIC, period=-1, tick_hz=1000, freq=None, callback=None, hard=True):
        self.deinit()
        if freq is not None:
            if freq <= 0:
                raise ValueError("freq must be positive")
            period_us = int(1000000 / freq)
        else:
            if period < 0:
                raise ValueError("period must be >= 0")
            period_us = int(period * 1000000 // tick_hz)
        if mode not in (Timer.ONE_SHOT, Timer.PERIODIC):
            raise ValueError("mode must be Timer.ONE_SHOT or Timer.PERIODIC")
        self._period_us = max(period_us, 1)
        self._mode = mode
        if callback is None:
            return
        self._handle = _machine.timer_start(self._period_us, mode == Timer.PERIODIC,
                                            callback, self, bool(hard))

    def deinit(self):
        if self._handle is not None:
            h = self._handle
            self._handle = None
            _machine.timer_stop(h)

    def __repr__(self):
        return "Timer(%d, mode=%s, period=%dus)" % (
            self._id, "PERIODIC" if self._mode == Timer.PERIODIC else "ONE_SHOT", self._period_us)
