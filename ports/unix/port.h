/* SPDX-License-Identifier: MIT */
/*
 * port.h — the POSIX services the Unix commands (tern, tern-multi) hand to
 * their VMs through tern_config: clock, sleep, file system, file loading,
 * heap blocks. port.c; compiles as C and C++.
 */
#ifndef TERN_PORT_H
#define TERN_PORT_H

#include <stddef.h>
#include "tern.h"

double port_clock(void *ud, int which);
void port_sleep(void *ud, double seconds);
extern const tern_fs port_fs;
/* import's loader: whole files, malloc'ed, given back by port_release */
const char *port_load(void *ud, const char *path, size_t *len);
void port_release(void *ud, const char *buf);
/* a growing heap's blocks: malloc and free */
void *port_heap_alloc(void *ud, void *old, size_t old_size, size_t new_size);
/* a path made absolute (and with `normal`, without . and .. segments) */
char *absolute_path(const char *path, int normal);
/* a whole file, malloc'ed and NUL-terminated; NULL with errno set */
char *read_file(const char *path, size_t *len);

/* machine.c: the _machine module (POSIX timers raising hard or soft
 * callbacks) for lib/machine.py; stop them all (before tern_close) */
int port_define_machine(tern_vm *vm);
void port_stop_timers(void);

#endif /* TERN_PORT_H */
