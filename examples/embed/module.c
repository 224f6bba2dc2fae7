/* SPDX-License-Identifier: MIT */
/*
 * module.c — a host-defined module: `import sensor` gives Python code the
 * host's functions, constants and a class. The module keeps its state in
 * C (passed as user data); each instance of the class sensor.Probe carries
 * a C struct (its channel and calibration), and Python code subclasses it.
 * The module keeps a Python callback in a handle, which survives
 * collections, to call it later from C.
 *
 *   make build/examples/module && build/examples/module
 */
#include <stdio.h>
#include <string.h>

#include "tern.h"

static union { double align; unsigned char bytes[256 * 1024]; } memory;

static void write_out(void *ud, int fd, const char *data, size_t len) {
    (void)ud;
    fwrite(data, 1, len, fd == 2 ? stderr : stdout);
}

/* The host's side of the module. */
typedef struct sensor_state {
    double readings[4];
    tern_handle on_alarm;       /* the Python callback, or gen 0 */
} sensor_state;

/* sensor.read(channel) -> float */
static int sensor_read(tern_vm *vm, int nargs, void *ud) {
    sensor_state *st = (sensor_state *)ud;
    int64_t ch;
    if (nargs != 1)
        return tern_raise_error(vm, "TypeError", "read(channel)");
    if (tern_get_int(vm, 1, &ch) != TERN_OK)
        return TERN_ERROR;
    if (ch < 0 || ch >= 4)
        return tern_raise_error(vm, "ValueError", "no such channel");
    return tern_set_float(vm, 0, st->readings[ch]);
}

/* sensor.on_alarm(callback): remember a callable for later */
static int sensor_on_alarm(tern_vm *vm, int nargs, void *ud) {
    sensor_state *st = (sensor_state *)ud;
    if (nargs != 1 || tern_type_of(vm, 1) != TERN_T_FUNCTION)
        return tern_raise_error(vm, "TypeError", "on_alarm(function)");
    if (st->on_alarm.gen)
        tern_handle_free(vm, st->on_alarm);
    st->on_alarm = tern_handle_new(vm, 1);
    return st->on_alarm.gen ? TERN_OK : TERN_ERROR;
}

/* class sensor.Probe: an instance's C data */
typedef struct probe {
    int channel;
    double offset;              /* added to every reading */
} probe;

extern tern_class_def probe_class;   /* defined below, with its methods */

/* The probe in slot 1 (self), or NULL with a TypeError pending. The
 * pointer is good until the next allocation: read it, then build values. */
static probe *self_probe(tern_vm *vm) {
    void *p;
    return tern_get_data(vm, 1, &probe_class, &p) == TERN_OK ? (probe *)p : NULL;
}

/* Probe(channel) */
static int probe_init(tern_vm *vm, int nargs, void *ud) {
    int64_t ch;
    probe *p;
    (void)ud;
    if (nargs != 2)
        return tern_raise_error(vm, "TypeError", "Probe(channel)");
    if (tern_get_int(vm, 2, &ch) != TERN_OK)
        return TERN_ERROR;
    if (ch < 0 || ch >= 4)
        return tern_raise_error(vm, "ValueError", "no such channel");
    if (!(p = self_probe(vm)))
        return TERN_ERROR;
    p->channel = (int)ch;
    return TERN_OK;
}

/* probe.read() -> float: the channel's reading plus the calibration */
static int probe_read(tern_vm *vm, int nargs, void *ud) {
    sensor_state *st = (sensor_state *)ud;
    probe *p;
    (void)nargs;
    if (!(p = self_probe(vm)))
        return TERN_ERROR;
    return tern_set_float(vm, 0, st->readings[p->channel] + p->offset);
}

/* probe.calibrate(offset) */
static int probe_calibrate(tern_vm *vm, int nargs, void *ud) {
    double off;
    probe *p;
    (void)ud;
    if (nargs != 2 || tern_get_float(vm, 2, &off) != TERN_OK)
        return nargs != 2 ? tern_raise_error(vm, "TypeError", "calibrate(offset)") : TERN_ERROR;
    if (!(p = self_probe(vm)))
        return TERN_ERROR;
    p->offset = off;
    return TERN_OK;
}

static int probe_repr(tern_vm *vm, int nargs, void *ud) {
    sensor_state *st = (sensor_state *)ud;
    char text[64];
    probe *p;
    (void)nargs;
    if (!(p = self_probe(vm)))
        return TERN_ERROR;
    snprintf(text, sizeof text, "<Probe %d: %.1f degC>", p->channel, st->readings[p->channel] + p->offset);
    return tern_set_cstr(vm, 0, text);
}

static const tern_function_def probe_methods[] = {
    { "__init__", probe_init },
    { "__repr__", probe_repr },
    { "read", probe_read },
    { "calibrate", probe_calibrate },
    { NULL, NULL }
};

/* Its user_data, the sensor state, is set in main. The address of the
 * definition is the class's identity for tern_get_data: it must stay put. */
tern_class_def probe_class = { "Probe", probe_methods, sizeof(probe), NULL };
static const tern_class_def *const sensor_classes[] = { &probe_class, NULL };

static const tern_function_def sensor_functions[] = {
    { "read", sensor_read },
    { "on_alarm", sensor_on_alarm },
    { NULL, NULL }
};

static const tern_constant_def sensor_constants[] = {
    { "CHANNELS", TERN_T_INT, 4, 0, NULL },
    { "UNIT", TERN_T_STR, 0, 0, "degC" },
    { NULL, 0, 0, 0, NULL }
};

static const char program[] =
    "import sensor\n"
    "alarms = []\n"
    "class Thermometer(sensor.Probe):\n"       /* a Python subclass of the C class */
    "    def __init__(self, channel, name):\n"
    "        super().__init__(channel)\n"
    "        self.name = name\n"
    "    def __repr__(self):\n"
    "        return '%s %.1f %s' % (self.name, self.read(), sensor.UNIT)\n"
    "probes = [Thermometer(c, 'T%d' % c) for c in range(sensor.CHANNELS)]\n"
    "probes[0].calibrate(-0.5)\n"
    "print('probes:', probes)\n"
    "print('raw:', sensor.Probe(3), sensor.read(3))\n"
    "def alarm(channel):\n"
    "    alarms.append(channel)\n"
    "    return 'alarm on channel %d at %r' % (channel, probes[channel])\n"
    "sensor.on_alarm(alarm)\n";

int main(void) {
    sensor_state st = { { 21.5, 22.0, 80.25, 19.0 }, { 0, 0 } };
    tern_module_def def;
    tern_config cfg;
    tern_vm *vm;
    const char *msg;
    int ch, ok = 1;

    tern_config_init(&cfg);
    cfg.heap = memory.bytes;
    cfg.heap_size = sizeof memory.bytes;
    cfg.write = write_out;
    vm = tern_open(&cfg);
    if (!vm)
        return 1;
    memset(&def, 0, sizeof def);
    def.name = "sensor";
    def.functions = sensor_functions;
    def.constants = sensor_constants;
    def.user_data = &st;
    probe_class.user_data = &st;
    def.classes = sensor_classes;
    if (tern_define_module(vm, &def) != TERN_OK ||
        tern_run_source(vm, program, strlen(program), "app.py", TERN_MODE_FILE) != TERN_OK) {
        fputs(tern_error_text(vm), stderr);
        return 1;
    }

    /* later, the host notices a hot channel and calls the Python callback */
    tern_gc_collect(vm);            /* objects move; the handle follows */
    tern_ensure_slots(vm, 2);
    for (ch = 0; ch < 4; ch++) {
        if (st.readings[ch] < 50)
            continue;
        tern_handle_get(vm, st.on_alarm, 0);
        tern_set_int(vm, 1, ch);
        if (tern_call_slot(vm, 0, 1) != TERN_OK || tern_get_str(vm, 0, &msg, NULL) != TERN_OK) {
            fputs(tern_error_text(vm), stderr);
            ok = 0;
            continue;
        }
        printf("host: %s\n", msg);
    }
    tern_handle_free(vm, st.on_alarm);
    tern_close(vm);
    return ok ? 0 : 1;
}
