/* SPDX-License-Identifier: MIT */
/*
 * mod_time.c — the time module: time, time_ns, monotonic, perf_counter,
 * process_time, sleep, localtime/gmtime/mktime as struct_time, strftime,
 * asctime/ctime, and MicroPython's ticks_ms/ticks_us/ticks_diff/ticks_add
 * and sleep_ms/sleep_us.
 *
 * The clock and sleeping are the embedder's (tern_config.clock/sleep); a
 * VM without them uses ISO C's time() and clock(), and sleeps by polling.
 * Calendar conversions use ISO C's localtime/gmtime/mktime/strftime.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "runtime.h"
#include "obj_class.h"
#include "obj_num.h"

static double now(tern_vm *vm, int which) {
    if (vm->clock)
        return vm->clock(vm->user_data, which);
    if (which == TERN_CLOCK_WALL)
        return (double)time(NULL);
    return (double)clock() / CLOCKS_PER_SEC;
}

static double arg_seconds(tern_vm *vm, tern_val v) {
    double d;
    if (TERN_IS_FLOAT(v))
        d = TERN_FLOAT_VAL(v);
    else if (TERN_IS_INT(v) || TERN_IS_BOOL(v))
        d = tern_float_value(vm, v);
    else
        tern_raise_type_error(vm, "'%s' object cannot be interpreted as an integer", tern_type_name(v));
    if (d != d)
        tern_raise_value_error(vm, "Invalid value NaN (not a number)");
    return d;
}

static void do_sleep(tern_vm *vm, double secs) {
    double end;
    if (secs < 0)
        tern_raise_value_error(vm, "sleep length must be non-negative");
    if (vm->sleep) {
        vm->sleep(vm->user_data, secs);
        return;
    }
    end = now(vm, TERN_CLOCK_MONOTONIC) + secs;
    while (now(vm, TERN_CLOCK_MONOTONIC) < end)
        ;
}

static tern_val time_time(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "time", nargs, kwnames, 0, 0);
    return tern_float_new(vm, now(vm, TERN_CLOCK_WALL));
}

static tern_val time_time_ns(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "time_ns", nargs, kwnames, 0, 0);
    return tern_int_from_ll(vm, (long long)(now(vm, TERN_CLOCK_WALL) * 1e9));
}

static tern_val time_monotonic(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "monotonic", nargs, kwnames, 0, 0);
    return tern_float_new(vm, now(vm, TERN_CLOCK_MONOTONIC));
}

static tern_val time_monotonic_ns(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "monotonic_ns", nargs, kwnames, 0, 0);
    return tern_int_from_ll(vm, (long long)(now(vm, TERN_CLOCK_MONOTONIC) * 1e9));
}

static tern_val time_process_time(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "process_time", nargs, kwnames, 0, 0);
    return tern_float_new(vm, (double)clock() / CLOCKS_PER_SEC);
}

static tern_val time_sleep(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "sleep", nargs, kwnames, 1, 1);
    do_sleep(vm, arg_seconds(vm, args[0]));
    return TERN_NONE;
}

static tern_val time_sleep_ms(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "sleep_ms", nargs, kwnames, 1, 1);
    do_sleep(vm, arg_seconds(vm, args[0]) / 1e3);
    return TERN_NONE;
}

static tern_val time_sleep_us(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "sleep_us", nargs, kwnames, 1, 1);
    do_sleep(vm, arg_seconds(vm, args[0]) / 1e6);
    return TERN_NONE;
}

/* MicroPython's ticks wrap around at 2**30 (a small int everywhere). */
#define TICKS_PERIOD ((tern_int)1 << 30)

static tern_val ticks(tern_vm *vm, double scale) {
    double t = fmod(now(vm, TERN_CLOCK_MONOTONIC) * scale, (double)TICKS_PERIOD);
    return TERN_SMALL((tern_int)t);
}

static tern_val time_ticks_ms(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "ticks_ms", nargs, kwnames, 0, 0);
    return ticks(vm, 1e3);
}

static tern_val time_ticks_us(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "ticks_us", nargs, kwnames, 0, 0);
    return ticks(vm, 1e6);
}

static tern_val time_ticks_diff(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int d;
    tern_check_args(vm, "ticks_diff", nargs, kwnames, 2, 2);
    d = (tern_int_value(vm, args[0]) - tern_int_value(vm, args[1])) & (TICKS_PERIOD - 1);
    if (d >= TICKS_PERIOD / 2)
        d -= TICKS_PERIOD;
    return TERN_SMALL(d);
}

static tern_val time_ticks_add(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "ticks_add", nargs, kwnames, 2, 2);
    return TERN_SMALL((tern_int_value(vm, args[0]) + tern_int_value(vm, args[1])) & (TICKS_PERIOD - 1));
}

/* ---- struct_time ---------------------------------------------------- */

static const char *const tm_fields[] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"
};

/* The struct_time class, made once per VM and kept in the module. */
static tern_val struct_time_type(tern_vm *vm) {
    tern_val m = tern_dict_get(vm, vm->modules, TERN_N(time)), t;
    tern_val key = tern_intern(vm, "struct_time", 11);
    if (m && (t = tern_dict_get_name(TERN_AS(tern_module, m)->dict, key)) != TERN_NULL)
        return t;
    tern_raise_fmt(vm, &tern_type_SystemError, "time.struct_time is missing");
}

static tern_val make_struct_time(tern_vm *vm, const struct tm *tm) {
    tern_val *s = tern_push(vm, struct_time_type(vm)), r;
    tern_push(vm, TERN_SMALL(tm->tm_year + 1900));
    tern_push(vm, TERN_SMALL(tm->tm_mon + 1));
    tern_push(vm, TERN_SMALL(tm->tm_mday));
    tern_push(vm, TERN_SMALL(tm->tm_hour));
    tern_push(vm, TERN_SMALL(tm->tm_min));
    tern_push(vm, TERN_SMALL(tm->tm_sec));
    tern_push(vm, TERN_SMALL((tm->tm_wday + 6) % 7));    /* Monday is 0 */
    tern_push(vm, TERN_SMALL(tm->tm_yday + 1));
    tern_push(vm, TERN_SMALL(tm->tm_isdst));
    r = tern_structseq_new(vm, s[0], 9, s + 1);
    tern_popn(vm, 10);
    return r;
}

/* A struct_time or 9-tuple into a struct tm. */
static void to_tm(tern_vm *vm, tern_val v, struct tm *tm) {
    tern_val items[9];
    size_t i, n;
    if (!tern_isinstance(v, &tern_type_tuple))
        tern_raise_type_error(vm, "Tuple or struct_time argument required");
    v = TERN_PROXY_VALUE(v);
    n = TERN_TUPLE_LEN(v);
    if (n != 9)
        tern_raise_type_error(vm, "function takes exactly 9 arguments (%d given)", (int)n);
    for (i = 0; i < 9; i++)
        items[i] = TERN_TUPLE_ITEMS(v)[i];
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)tern_int_value(vm, items[0]) - 1900;
    tm->tm_mon = (int)tern_int_value(vm, items[1]) - 1;
    tm->tm_mday = (int)tern_int_value(vm, items[2]);
    tm->tm_hour = (int)tern_int_value(vm, items[3]);
    tm->tm_min = (int)tern_int_value(vm, items[4]);
    tm->tm_sec = (int)tern_int_value(vm, items[5]);
    tm->tm_wday = ((int)tern_int_value(vm, items[6]) + 1) % 7;
    tm->tm_yday = (int)tern_int_value(vm, items[7]) - 1;
    tm->tm_isdst = (int)tern_int_value(vm, items[8]);
}

static time_t arg_time(tern_vm *vm, int nargs, tern_val *args) {
    if (nargs < 1 || args[0] == TERN_NONE)
        return (time_t)now(vm, TERN_CLOCK_WALL);
    return (time_t)floor(arg_seconds(vm, args[0]));
}

static tern_val time_localtime(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    time_t t;
    struct tm *tm;
    tern_check_args(vm, "localtime", nargs, kwnames, 0, 1);
    t = arg_time(vm, nargs, args);
    tm = localtime(&t);
    if (!tm)
        tern_raise_fmt(vm, &tern_type_OverflowError, "timestamp out of range for platform time_t");
    return make_struct_time(vm, tm);
}

static tern_val time_gmtime(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    time_t t;
    struct tm *tm;
    tern_check_args(vm, "gmtime", nargs, kwnames, 0, 1);
    t = arg_time(vm, nargs, args);
    tm = gmtime(&t);
    if (!tm)
        tern_raise_fmt(vm, &tern_type_OverflowError, "timestamp out of range for platform time_t");
    return make_struct_time(vm, tm);
}

static tern_val time_mktime(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    struct tm tm;
    time_t t;
    tern_check_args(vm, "mktime", nargs, kwnames, 1, 1);
    to_tm(vm, args[0], &tm);
    t = mktime(&tm);
    if (t == (time_t)-1)
        tern_raise_fmt(vm, &tern_type_OverflowError, "mktime argument out of range");
    return tern_float_new(vm, (double)t);
}

/* The current local time as struct tm (no argument) or the given one. */
static void arg_tm(tern_vm *vm, int nargs, tern_val *args, int first, struct tm *out) {
    if (nargs > first && args[first] != TERN_NONE) {
        to_tm(vm, args[first], out);
    } else {
        time_t t = (time_t)now(vm, TERN_CLOCK_WALL);
        struct tm *tm = localtime(&t);
        *out = *tm;
    }
}

static tern_val time_strftime(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    struct tm tm;
    char buf[512];
    size_t n;
    tern_check_args(vm, "strftime", nargs, kwnames, 1, 2);
    if (!TERN_IS_STR(args[0]))
        tern_raise_type_error(vm, "strftime() argument 1 must be str, not %T", args[0]);
    arg_tm(vm, nargs, args, 1, &tm);
    if (TERN_STR_LEN(args[0]) == 0)
        return tern_str_new(vm, "", 0);
    n = strftime(buf, sizeof buf, TERN_STR_CHARS(args[0]), &tm);
    return tern_str_new(vm, buf, n);
}

static tern_val asctime_of(tern_vm *vm, const struct tm *tm) {
    static const char days[7][4] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char months[12][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                         "Oct", "Nov", "Dec" };
    char buf[64];
    int n = snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", days[(tm->tm_wday % 7 + 7) % 7],
                     months[(tm->tm_mon % 12 + 12) % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
                     tm->tm_year + 1900);
    return tern_str_new(vm, buf, (size_t)n);
}

static tern_val time_asctime(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    struct tm tm;
    tern_check_args(vm, "asctime", nargs, kwnames, 0, 1);
    arg_tm(vm, nargs, args, 0, &tm);
    return asctime_of(vm, &tm);
}

static tern_val time_ctime(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    time_t t;
    tern_check_args(vm, "ctime", nargs, kwnames, 0, 1);
    t = arg_time(vm, nargs, args);
    return asctime_of(vm, localtime(&t));
}

static TERN_CFUNC_DEF(time_obj, time, time_time);
static TERN_CFUNC_DEF(time_ns_obj, time_ns, time_time_ns);
static TERN_CFUNC_DEF(monotonic_obj, monotonic, time_monotonic);
static TERN_CFUNC_DEF(monotonic_ns_obj, monotonic_ns, time_monotonic_ns);
static TERN_CFUNC_DEF(perf_counter_obj, perf_counter, time_monotonic);
static TERN_CFUNC_DEF(perf_counter_ns_obj, perf_counter_ns, time_monotonic_ns);
static TERN_CFUNC_DEF(process_time_obj, process_time, time_process_time);
static TERN_CFUNC_DEF(sleep_obj, sleep, time_sleep);
static TERN_CFUNC_DEF(sleep_ms_obj, sleep_ms, time_sleep_ms);
static TERN_CFUNC_DEF(sleep_us_obj, sleep_us, time_sleep_us);
static TERN_CFUNC_DEF(ticks_ms_obj, ticks_ms, time_ticks_ms);
static TERN_CFUNC_DEF(ticks_us_obj, ticks_us, time_ticks_us);
static TERN_CFUNC_DEF(ticks_diff_obj, ticks_diff, time_ticks_diff);
static TERN_CFUNC_DEF(ticks_add_obj, ticks_add, time_ticks_add);
static TERN_CFUNC_DEF(localtime_obj, localtime, time_localtime);
static TERN_CFUNC_DEF(gmtime_obj, gmtime, time_gmtime);
static TERN_CFUNC_DEF(mktime_obj, mktime, time_mktime);
static TERN_CFUNC_DEF(strftime_obj, strftime, time_strftime);
static TERN_CFUNC_DEF(asctime_obj, asctime, time_asctime);
static TERN_CFUNC_DEF(ctime_obj, ctime, time_ctime);

static const tern_attr time_funcs[] = {
    { TERN_NSTR(time), &time_obj }, { TERN_NSTR(time_ns), &time_ns_obj },
    { TERN_NSTR(monotonic), &monotonic_obj }, { TERN_NSTR(monotonic_ns), &monotonic_ns_obj },
    { TERN_NSTR(perf_counter), &perf_counter_obj }, { TERN_NSTR(perf_counter_ns), &perf_counter_ns_obj },
    { TERN_NSTR(process_time), &process_time_obj }, { TERN_NSTR(sleep), &sleep_obj },
    { TERN_NSTR(sleep_ms), &sleep_ms_obj }, { TERN_NSTR(sleep_us), &sleep_us_obj },
    { TERN_NSTR(ticks_ms), &ticks_ms_obj }, { TERN_NSTR(ticks_us), &ticks_us_obj },
    { TERN_NSTR(ticks_diff), &ticks_diff_obj }, { TERN_NSTR(ticks_add), &ticks_add_obj },
    { TERN_NSTR(localtime), &localtime_obj }, { TERN_NSTR(gmtime), &gmtime_obj },
    { TERN_NSTR(mktime), &mktime_obj }, { TERN_NSTR(strftime), &strftime_obj },
    { TERN_NSTR(asctime), &asctime_obj }, { TERN_NSTR(ctime), &ctime_obj },
};

tern_val tern_mod_time_init(tern_vm *vm) {
    tern_val *m = tern_push(vm, tern_module_new(vm, TERN_N(time))), r;
    size_t i;
    for (i = 0; i < TERN_NATTRS(time_funcs); i++)
        tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_VAL(time_funcs[i].name),
                      TERN_VAL(time_funcs[i].value));
    r = tern_structseq_type(vm, "time", "struct_time", tm_fields, 9);
    tern_push(vm, r);
    /* the name first: its allocation moves the module and m[1], which
     * must be read after it (not as sibling arguments of the call) */
    r = tern_intern(vm, "struct_time", 11);
    tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, r, m[1]);
    r = tern_intern(vm, "timezone", 8);
    tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, r, TERN_SMALL(0));
    r = *m;
    tern_popn(vm, 2);
    return r;
}
