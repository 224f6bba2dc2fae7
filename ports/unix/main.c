/* SPDX-License-Identifier: MIT */
/*
 * main.c — the `tern` command: runs a script, a -c string or stdin, or
 * starts a REPL. It is an ordinary embedder: it uses only include/tern.h.
 *
 * The heap is one malloc'ed block handed to tern_open (the port may use
 * malloc; the core never does). Console I/O and file loading go through
 * the callbacks in tern_config. This file also compiles as C++.
 */
#define _POSIX_C_SOURCE 200809L
/* 64-bit inode numbers and sizes on 32-bit builds too: readdir and stat
 * fail with EOVERFLOW otherwise */
#define _FILE_OFFSET_BITS 64

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/stat.h>

#include "tern.h"
#include "port.h"

#if defined(TERN_GC_STRESS) && TERN_GC_STRESS
#define DEFAULT_HEAP_SIZE ((size_t)512 * 1024)
#else
#define DEFAULT_HEAP_SIZE ((size_t)64 * 1024 * 1024)
#endif

/* Exit statuses, as python3 uses them. */
#define EXIT_OK 0
#define EXIT_ERROR 1
#define EXIT_USAGE 2

static const char usage_text[] =
    "usage: tern [option] ... [-c cmd | - | file] [arg] ...\n"
    "  -c cmd       run the program passed as a string\n"
    "  -            read the program from stdin\n"
    "  file         run the program in a file (Python source, or bytecode\n"
    "               written by --compile)\n"
    "  --compile file [-o out]\n"
    "               compile file to bytecode, written to out (default: file\n"
    "               with .py replaced by .tbc); `tern out` runs it\n"
    "  -X heapsize=N  heap size in bytes; suffix k or m for KiB or MiB\n"
    "  -X heapmax=N   let the object heap grow (and shrink) up to N bytes\n"
    "  -X irq=N       nesting levels of hard interrupt callbacks, 0..8 (default 2;\n"
    "                 0 in a heap under 128k)\n"
    "  --version    print the version and exit\n"
    "  -h, --help   print this help and exit\n"
    "With no program, start an interactive session (REPL).\n";

/* ===================================================================
 * Callbacks handed to the VM
 * =================================================================== */

/* Output: stdout and stderr. Flush stdout before writing stderr so that a
 * traceback appears after the output that preceded it. */
static void port_write(void *ud, int fd, const char *data, size_t len)
{
    (void)ud;
    if (fd == 2) {
        fflush(stdout);
        fwrite(data, 1, len, stderr);
        fflush(stderr);
    } else {
        fwrite(data, 1, len, stdout);
    }
}

/* Input for input() and sys.stdin: at most one line per call, so that a
 * program reading stdin and the REPL reading its own lines share stdio's
 * buffer sensibly. */
static size_t port_read(void *ud, char *buf, size_t cap)
{
    size_t n = 0;
    (void)ud;
    fflush(stdout);
    while (n < cap) {
        int c = getchar();
        if (c == EOF)
            break;
        buf[n++] = (char)c;
        if (c == '\n')
            break;
    }
    return n;
}

/* ===================================================================
 * Command line
 * =================================================================== */

/* Parse a heap size: decimal digits with an optional k/K or m/M suffix.
 * Returns 0 for anything malformed, zero or overflowing. */
static size_t parse_size(const char *s)
{
    size_t v = 0, mult = 1;
    if (*s < '0' || *s > '9')
        return 0;
    for (; *s >= '0' && *s <= '9'; s++) {
        size_t d = (size_t)(*s - '0');
        if (v > ((size_t)-1 - d) / 10)
            return 0;
        v = v * 10 + d;
    }
    if (*s == 'k' || *s == 'K')
        mult = 1024, s++;
    else if (*s == 'm' || *s == 'M')
        mult = 1024 * 1024, s++;
    if (*s != '\0' || v > (size_t)-1 / mult)
        return 0;
    return v * mult;
}

/* Report bad usage in one line and return the usage exit status. */
static int usage_error(const char *what, const char *arg)
{
    fprintf(stderr, "tern: %s%s%s (try 'tern --help')\n", what,
            arg ? ": " : "", arg ? arg : "");
    return EXIT_USAGE;
}

/* Map a run status to the process exit status, printing the traceback. */
/* Ctrl-C while a script runs: ask the VM to stop at its next check, which
 * raises KeyboardInterrupt in the program (tern_request_stop may be called
 * from a signal handler). The port's one global: the VM a signal stops. */
static tern_vm *volatile interrupted_vm;

static void on_sigint(int sig)
{
    (void)sig;
    if (interrupted_vm != NULL)
        tern_request_stop(interrupted_vm);
}

static int finish(tern_vm *vm, int status)
{
    fflush(stdout);
    if (status == TERN_ERROR) {
        fputs(tern_error_text(vm), stderr);
        /* an uncaught KeyboardInterrupt exits as CPython's does: 128 + SIGINT */
        const char *type = tern_error_type(vm);     /* NULL when out of memory */
        if (type != NULL && strcmp(type, "KeyboardInterrupt") == 0)
            return 128 + SIGINT;
        return EXIT_ERROR;
    }
    if (status == TERN_EXIT)
        return tern_exit_code(vm);
    return EXIT_OK;
}

/* ===================================================================
 * REPL
 * =================================================================== */

/* Read one line from stdin into *buf (growing it), without the newline.
 * Returns 0 at end of input with nothing read. */
static int read_line(char **buf, size_t *cap, size_t *len)
{
    int c;
    *len = 0;
    while ((c = getchar()) != EOF && c != '\n') {
        if (*len + 2 > *cap) {
            size_t ncap = *cap ? *cap * 2 : 256;
            char *nbuf = (char *)realloc(*buf, ncap);
            if (nbuf == NULL)
                return 0;
            *buf = nbuf;
            *cap = ncap;
        }
        (*buf)[(*len)++] = (char)c;
    }
    return c != EOF || *len > 0;
}

/* True if the line, ignoring trailing blanks, ends with ':' (a block
 * header such as `def f():` or `if x:`). */
static int ends_block_header(const char *line, size_t len)
{
    while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t' ||
                       line[len - 1] == '\r'))
        len--;
    return len > 0 && line[len - 1] == ':';
}

static int is_blank(const char *line, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++)
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
            return 0;
    return 1;
}

/*
 * The interactive loop. An entry is accumulated line by line: it goes on
 * while the core says the source is incomplete and, once it contains a
 * block header, until an empty line (as in CPython). Each complete entry
 * runs in TERN_MODE_SINGLE, so the core echoes expression values. Errors
 * print their traceback and the loop goes on; end of input exits 0.
 */
static int repl(tern_vm *vm)
{
    char *entry = NULL, *line = NULL;
    size_t entry_len = 0, entry_cap = 0, line_len = 0, line_cap = 0;
    int in_block = 0, code = EXIT_OK;

    if (isatty(fileno(stdin)))
        printf("Tern %s (Python 3 subset)\n", TERN_VERSION_STRING);
    for (;;) {
        fputs(entry_len == 0 ? ">>> " : "... ", stdout);
        fflush(stdout);
        if (!read_line(&line, &line_cap, &line_len)) {
            if (isatty(fileno(stdin)))
                putchar('\n');
            if (entry_len == 0)
                break;
            line_len = 0;       /* run what is pending, then stop */
        }
        if (entry_len == 0 && is_blank(line, line_len))
            continue;
        if (entry_len + line_len + 2 > entry_cap) {
            size_t ncap = (entry_len + line_len + 2) * 2;
            char *nbuf = (char *)realloc(entry, ncap);
            if (nbuf == NULL) {
                fputs("tern: out of memory\n", stderr);
                code = EXIT_ERROR;
                break;
            }
            entry = nbuf;
            entry_cap = ncap;
        }
        if (line_len > 0)
            memcpy(entry + entry_len, line, line_len);
        entry_len += line_len;
        entry[entry_len++] = '\n';
        entry[entry_len] = '\0';

        if (ends_block_header(line, line_len))
            in_block = 1;
        if (feof(stdin) == 0) {
            if (tern_source_incomplete(vm, entry, entry_len) &&
                !(in_block && is_blank(line, line_len)))
                continue;
            if (in_block && !is_blank(line, line_len))
                continue;
        }

        int status = tern_run_source(vm, entry, entry_len, "<stdin>",
                                     TERN_MODE_SINGLE);
        entry_len = 0;
        in_block = 0;
        fflush(stdout);
        if (status == TERN_ERROR) {
            fputs(tern_error_text(vm), stderr);
        } else if (status == TERN_EXIT) {
            code = tern_exit_code(vm);
            break;
        }
        if (feof(stdin))
            break;
    }
    free(entry);
    free(line);
    return code;
}

/* ===================================================================
 * Allocation-failure injection (the build/oom test build only)
 * =================================================================== */

#if defined(TERN_OOM_INJECT) && TERN_OOM_INJECT
#define OOM_BUILD 1

/* What -X oomat=N / oomfrom=N / oomcount / oomcheck asked for. */
typedef struct oom_opts {
    size_t at;          /* fail this allocation (1-based, counted after open) */
    int sticky;         /* oomfrom=N: fail it and every later one */
    int count;          /* print "oomcount N" to stderr at the end */
    int check;          /* then run check_program in the same VM */
} oom_opts;

/* Parse one of the injection options; 1 if `opt` was one. */
static int oom_option(const char *opt, oom_opts *o) {
    if (strncmp(opt, "oomat=", 6) == 0 || strncmp(opt, "oomfrom=", 8) == 0) {
        o->sticky = opt[3] == 'f';
        o->at = (size_t)strtoull(strchr(opt, '=') + 1, NULL, 10);
        return 1;
    }
    if (strcmp(opt, "oomcount") == 0)
        return o->count = 1;
    if (strcmp(opt, "oomcheck") == 0)
        return o->check = 1;
    return 0;
}

/* Run after the main program, injection off, in the same VM: if a failed
 * allocation left the interpreter's own state broken, this notices (or
 * crashes under the sanitizers). */
static const char check_program[] =
    "import gc, sys\n"
    "gc.collect()\n"
    "l = [i * i for i in range(100)]\n"
    "d = {str(i): i for i in range(100)}\n"
    "s = {i % 7 for i in l}\n"
    "assert sum(l) == 328350 and len(d) == 100 and d['99'] == 99 and len(s) == 4\n"
    "t = ''.join(str(x) for x in l[:40]) + 'x' * 100\n"
    "assert len(t) == 214 and t.upper().lower() == t and t.split('x')[0][:5] == '01491'\n"
    "assert '%d %s %.3f %r' % (12, 'a', 2.5, 'q') == \"12 a 2.500 'q'\"\n"
    "assert f'{3.25:.1f}|{255:x}|{-7:>4}|{1e22}' == '3.2|ff|  -7|1e+22'\n"
    "assert str(2 ** 200)[-5:] == '01376' and (10 ** 30) // 7 % 1000 == 857\n"
    "class C:\n"
    "    def __init__(self, x): self.x = x\n"
    "    def __repr__(self): return 'C(%r)' % (self.x,)\n"
    "assert repr([C(1), C('b')]) == \"[C(1), C('b')]\"\n"
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield i\n"
    "assert list(gen(5)) == [0, 1, 2, 3, 4] and sorted(d.values())[-1] == 99\n"
    "try:\n"
    "    {}['missing']\n"
    "except KeyError as e:\n"
    "    assert e.args == ('missing',)\n"
    "try:\n"
    "    try:\n"
    "        raise ValueError('inner')\n"
    "    except ValueError:\n"
    "        raise TypeError('outer')\n"
    "except TypeError as e:\n"
    "    assert str(e) == 'outer' and str(e.__context__) == 'inner'\n"
    "try:\n"
    "    [1][5]\n"
    "except IndexError as e:\n"
    "    assert e.__traceback__ is not None\n"
    "del l, d, s, t\n"
    "gc.collect()\n"
    "x = [str(i) * 3 for i in range(100)]\n"
    "gc.collect()\n"
    "assert x[99] == '999999'\n";

static void oom_finish(tern_vm *vm, const oom_opts *o) {
    size_t n = tern_oom_count(vm);
    tern_oom_inject(vm, 0, 0);
    fflush(stdout);
    if (o->count)
        fprintf(stderr, "oomcount %zu\n", n);
    if (o->check) {
        int st = tern_run_source(vm, check_program, sizeof check_program - 1,
                                 "<oomcheck>", TERN_MODE_FILE);
        fflush(stdout);
        if (st == TERN_OK) {
            fputs("oomcheck ok\n", stderr);
        } else {
            fputs("oomcheck FAILED: the VM is not usable after the run\n", stderr);
            if (st == TERN_ERROR)
                fputs(tern_error_text(vm), stderr);
        }
    }
}
#else
#define OOM_BUILD 0
#endif

/* ===================================================================
 * --compile: source to a bytecode file
 * =================================================================== */

/* The default output of --compile: `script` with .py replaced by .tbc
 * (or .tbc appended). malloc'ed. */
static char *bytecode_name(const char *script)
{
    size_t n = strlen(script);
    char *out = (char *)malloc(n + 5);
    if (out == NULL)
        return NULL;
    memcpy(out, script, n + 1);
    if (n > 3 && strcmp(out + n - 3, ".py") == 0)
        n -= 3;
    memcpy(out + n, ".tbc", 5);
    return out;
}

/* Compile `src` (from the file `name`, recorded for tracebacks) and write
 * the bytecode to `out`. Returns the exit status. */
static int compile_to_file(tern_vm *vm, const char *src, size_t len, const char *name,
                           const char *out)
{
    const void *data;
    size_t n;
    FILE *f;
    if (tern_ensure_slots(vm, 1) != TERN_OK ||
        tern_compile_bytecode(vm, src, len, name, 0) != TERN_OK ||
        tern_get_bytes(vm, 0, &data, &n) != TERN_OK) {
        fputs(tern_error_text(vm), stderr);
        return EXIT_ERROR;
    }
    f = fopen(out, "wb");
    if (f == NULL || fwrite(data, 1, n, f) != n || fclose(f) != 0) {
        fprintf(stderr, "tern: can't write '%s': [Errno %d] %s\n", out, errno, strerror(errno));
        return EXIT_ERROR;
    }
    return EXIT_OK;
}

/* ===================================================================
 * main
 * =================================================================== */

int main(int argc, char **argv)
{
    size_t heap_size = DEFAULT_HEAP_SIZE;
    size_t heap_max = 0;        /* -X heapmax: 0, the heap never grows */
    int irq_levels = -1;        /* -X irq=N: nesting levels of hard callbacks (0: none);
                                   -1: 2, in a block of 128 KiB or more */
    const char *code = NULL;    /* -c argument */
    const char *script = NULL;  /* file name, or "-" for stdin */
    int compile_only = 0;       /* --compile */
    const char *compile_out = NULL; /* its -o */
    int first_arg = argc;       /* index of sys.argv[0] in argv */
    int i;
#if OOM_BUILD
    oom_opts oom = {0, 0, 0, 0};
#endif

    /* Options come before the program; everything after it is its argv. */
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc)
                return usage_error("argument expected for the -c option", NULL);
            /* sys.argv is ["-c", args...], as in CPython: reuse the slot
             * of the code string for the "-c". */
            code = argv[i + 1];
            first_arg = i + 1;
            argv[first_arg] = (char *)"-c";
            break;
        } else if (strncmp(a, "-X", 2) == 0) {   /* -X opt or -Xopt */
            const char *opt = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
            if (opt == NULL)
                return usage_error("argument expected for the -X option", NULL);
#if OOM_BUILD
            if (oom_option(opt, &oom))
                continue;
#endif
            if (strncmp(opt, "irq=", 4) == 0 && opt[4] >= '0' && opt[4] <= '8' && !opt[5]) {
                irq_levels = opt[4] - '0';
                continue;
            }
            if (strncmp(opt, "heapmax=", 8) == 0) {
                heap_max = parse_size(opt + 8);
                if (heap_max == 0)
                    return usage_error("bad heap size", opt + 8);
                continue;
            }
            if (strncmp(opt, "heapsize=", 9) != 0)
                return usage_error("unknown -X option", opt);
            heap_size = parse_size(opt + 9);
            if (heap_size == 0)
                return usage_error("bad heap size", opt + 9);
        } else if (strcmp(a, "--compile") == 0) {
            if (i + 1 >= argc)
                return usage_error("argument expected for the --compile option", NULL);
            script = argv[++i];
            first_arg = i;
            compile_only = 1;
            if (i + 2 < argc && strcmp(argv[i + 1], "-o") == 0) {
                compile_out = argv[i + 2];
                i += 2;
            } else if (i + 1 < argc) {
                return usage_error("unexpected argument after --compile file", argv[i + 1]);
            }
            break;
        } else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("Tern %s\n", TERN_VERSION_STRING);
            return EXIT_OK;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            return EXIT_OK;
        } else if (strcmp(a, "-") == 0 || a[0] != '-') {
            script = a;
            first_arg = i;
            break;
        } else {
            return usage_error("unknown option", a);
        }
    }

    /* Load the program before opening the VM, so a missing file costs
     * nothing and reports like python3 does. */
    char *src = NULL;
    size_t src_len = 0;
    if (script != NULL && strcmp(script, "-") == 0) {
        src = read_file("/dev/stdin", &src_len);
        if (src == NULL) {
            fprintf(stderr, "tern: can't read stdin: [Errno %d] %s\n", errno,
                    strerror(errno));
            return EXIT_USAGE;
        }
    } else if (script != NULL) {
        src = read_file(script, &src_len);
        if (src == NULL) {
            fprintf(stderr, "tern: can't open file '%s': [Errno %d] %s\n",
                    script, errno, strerror(errno));
            return EXIT_USAGE;
        }
    }

    void *heap = malloc(heap_size);
    if (heap == NULL) {
        fprintf(stderr, "tern: cannot allocate a heap of %zu bytes\n", heap_size);
        free(src);
        return EXIT_ERROR;
    }

    /* The REPL's sys.argv is [''], like CPython's. */
    static const char *const repl_argv[] = {""};
    tern_config cfg;
    tern_config_init(&cfg);
    cfg.heap = heap;
    cfg.heap_size = heap_size;
    cfg.write = port_write;
    cfg.read = port_read;
    cfg.load = port_load;
    cfg.clock = port_clock;
    cfg.sleep = port_sleep;
    cfg.fs = &port_fs;
    cfg.release = port_release;
    cfg.user_data = NULL;
    /* the interrupt levels' regions (about 2.5 KiB each) only in blocks
     * where they are small beside the heap, unless -X irq= asks */
    cfg.irq_levels = irq_levels >= 0 ? irq_levels : heap_size >= 128 * 1024 ? 2 : 0;
    if (heap_max) {
        cfg.heap_alloc = port_heap_alloc;
        cfg.heap_max = heap_max;
    }
    if (first_arg < argc) {
        cfg.argc = argc - first_arg;
        cfg.argv = (const char *const *)(argv + first_arg);
    } else {
        cfg.argc = 1;
        cfg.argv = repl_argv;
    }

    /* __file__, traceback lines and sys.path[0] name the script by its
     * absolute path, as in CPython (sys.argv[0] stays as given) */
    char *abs = script != NULL && strcmp(script, "-") != 0 ? absolute_path(script, 0) : NULL;
    char *dir = abs ? absolute_path(script, 1) : NULL;
    if (dir != NULL) {
        char *slash = strrchr(dir, '/');
        if (slash == dir)
            slash[1] = 0;
        else if (slash != NULL)
            *slash = 0;
        cfg.path0 = dir;
    }

    int rc;
    tern_vm *vm = tern_open(&cfg);
    if (vm != NULL && cfg.irq_levels > 0)
        port_define_machine(vm);    /* machine.Timer (lib/machine.py) */
#if OOM_BUILD
    if (vm != NULL)
        tern_oom_inject(vm, oom.at, oom.sticky);
#endif
    if (vm == NULL) {
        fprintf(stderr, "tern: heap of %zu bytes is too small\n", heap_size);
        rc = EXIT_USAGE;
    } else if (compile_only) {
        char *out = compile_out != NULL ? NULL : bytecode_name(script);
        rc = compile_to_file(vm, src, src_len, abs ? abs : script, compile_out ? compile_out : out);
        free(out);
    } else if (code != NULL || src != NULL) {
        const char *name = code != NULL ? "<string>"
                         : strcmp(script, "-") == 0 ? "<stdin>" : abs ? abs : script;
        interrupted_vm = vm;
        signal(SIGINT, on_sigint);
        /* a file that starts with the bytecode magic is bytecode (--compile) */
        rc = finish(vm, code != NULL ? tern_run_source(vm, code, strlen(code), name, TERN_MODE_FILE)
                      : src_len >= 4 && memcmp(src, "\x7fTBC", 4) == 0 ? tern_run_bytecode(vm, src, src_len)
                                     : tern_run_source(vm, src, src_len, name, TERN_MODE_FILE));
        signal(SIGINT, SIG_DFL);
        interrupted_vm = NULL;
    } else {
        rc = repl(vm);
    }

#if OOM_BUILD
    if (vm != NULL)
        oom_finish(vm, &oom);
#endif
    port_stop_timers();
    if (vm != NULL)
        tern_close(vm);
    free(heap);
    free(src);
    free(abs);
    free(dir);
    fflush(stdout);
    return rc;
}
