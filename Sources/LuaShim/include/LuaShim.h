// LuaShim: the C functions of RevCycle's Lua runtime that may raise Lua errors or catch them.
//
// Lua raises errors with longjmp, and a longjmp across Swift frames is undefined behaviour. So
// everything that can raise lives here: the allocator cap, the count hook, the message handler,
// sandbox setup, the bounded library wrappers (patterns, string.rep, table.unpack, ...) and the
// trampoline through which Lua calls Swift. Swift host functions only read arguments and push
// results with non-raising calls and return a status; the trampoline raises after Swift returned.
#ifndef REVCYCLE_LUASHIM_H
#define REVCYCLE_LUASHIM_H

#include <stddef.h>
#include <stdint.h>

struct lua_State;

/// Limits of one Lua state; see ScriptLimits in RevCycleScripting for their meaning.
typedef struct rc_limits {
    long long instruction_budget;   // instruction units per call (count hook + metered C work)
    long long deadline_ns;          // wall-clock nanoseconds per call
    size_t memory_limit;            // bytes allocated by the state
    size_t max_pattern_subject;     // bytes of a subject given to find/match/gmatch/gsub
    size_t max_pattern_length;      // bytes of a pattern
    size_t max_string_bytes;        // bytes of a string.rep result
    long long max_unpack;           // values returned by one table.unpack
    int hook_interval;              // instructions between two count-hook ticks
} rc_limits;

/// Why the runtime stopped a call (sticky until the next call).
typedef enum rc_stop {
    RC_STOP_NONE = 0,
    RC_STOP_BUDGET = 1,
    RC_STOP_DEADLINE = 2,
} rc_stop;

/// Host functions that Lua reaches through the trampoline.
typedef enum rc_host_id {
    RC_HOST_POLICY = 1,          // revcycle.policy(hook, fn)
    RC_HOST_ON = 2,              // revcycle.on(event, fn)
    RC_HOST_LOG = 3,             // revcycle.log(level, message [, fields]) and print(...)
    RC_HOST_NOW = 4,             // revcycle.now()
    RC_HOST_TASK_CREATE = 5,     // revcycle.tasks.create{...}
    RC_HOST_LOOKUP_PAYER = 6,    // revcycle.lookup.payer(id)
    RC_HOST_LOOKUP_PARAMETER = 7,// revcycle.lookup.parameter(name)
    RC_HOST_TODAY = 8,           // revcycle.today()
    RC_HOST_TEST_REGISTER = 20,  // test(name, fn)
    RC_HOST_TEST_SAMPLES = 21,   // revcycle.test.samples(hook)
    RC_HOST_TEST_POLICY = 22,    // revcycle.test.policy_function(hook) -> fn | nil
    RC_HOST_TEST_RESULT = 23,    // revcycle.test.check_result(hook, ok, value) -> value, outcome
    RC_HOST_TEST_NORMALIZE = 24, // revcycle.test.normalize(value) -> value as the host would pass it
    RC_HOST_TEST_EMIT = 25,      // revcycle.test.emit(event, payload) -> { tasks, logs, failures }
} rc_host_id;

/// A Swift host function. Returns the number of results it pushed, or -1 after pushing an error
/// message string (the trampoline prefixes the caller's file:line and raises it).
typedef int (*rc_host_function)(void *host_context, struct lua_State *L, int function_id);

/// Creates a sandboxed state (base, table, string, math, utf8, coroutine; see sandbox.c).
/// Returns NULL when the state cannot be built; `error` (if not NULL) then receives a message.
struct lua_State *rc_state_new(const rc_limits *limits, rc_host_function host, void *host_context,
                               int with_test_api, char *error, size_t error_size);
/// Closes a state made by rc_state_new and frees its context.
void rc_state_close(struct lua_State *L);

/// Compiles text source (mode "t": binary chunks are refused). Pushes the chunk or a message.
int rc_load(struct lua_State *L, const char *source, size_t length, const char *chunkname);
/// Calls the function below `nargs` arguments under the budget, deadline and memory cap, with a
/// message handler that records a traceback. Returns the lua_pcall status.
int rc_call(struct lua_State *L, int nargs, int nresults);
/// Calls the function below `nargs` arguments as a call of its own, from inside a host call of
/// an armed call (revcycle.test.emit running event handlers from a test): a fresh budget and
/// deadline and its own message handler, after which the outer call gets its budget, deadline
/// and stop state back (its deadline moved by the time spent). Outside an armed call it is
/// rc_call. `stop_kind` and `memory_was_denied` (if not NULL) receive the inner call's
/// rc_stop_kind and rc_memory_denied, which the outer state no longer shows.
int rc_call_isolated(struct lua_State *L, int nargs, int nresults, int *stop_kind, int *memory_was_denied);

/// Sets the collector: generational (minor multiplier a, major multiplier b) or incremental
/// (pause a, step multiplier b).
void rc_gc_mode(struct lua_State *L, int generational, int a, int b);
/// Empties the stack down to the message handler kept at index 1 between calls.
void rc_reset(struct lua_State *L);

/// Why the last call stopped (RC_STOP_NONE when it did not hit a budget or deadline).
int rc_stop_kind(struct lua_State *L);
/// Whether the last call met the memory cap.
int rc_memory_denied(struct lua_State *L);
/// The traceback of the last error, or "" (valid until the next call).
const char *rc_last_traceback(struct lua_State *L);
/// The script location of the last error: source ("name.lua") and line, or NULL.
const char *rc_last_error_source(struct lua_State *L, int *line);
/// The script location of the current host call's caller (set by the trampoline), or NULL.
const char *rc_caller_source(struct lua_State *L, int *line);
/// Bytes currently allocated by the state.
size_t rc_memory_used(struct lua_State *L);

/// Registry references (LUA_REGISTRYINDEX is a macro Swift does not import).
int rc_ref(struct lua_State *L);                 // pops the top value, returns its reference
void rc_push_ref(struct lua_State *L, int ref);
void rc_unref(struct lua_State *L, int ref);
/// Makes a payload table that is reused across calls: `data_ref` is the table the host fills and
/// `proxy_ref` what scripts receive (today the same table; new fields raise, getmetatable is
/// refused). Host work only (the memory cap relaxed). Leaves the stack as it was.
void rc_new_payload(struct lua_State *L, int nrec, int *data_ref, int *proxy_ref);
/// Pushes the internal revcycle.test table (only in states made with_test_api).
void rc_push_test_table(struct lua_State *L);
/// Runs a full garbage collection in protected mode.
void rc_collect(struct lua_State *L);

/// Non-raising helpers for macros Swift does not import.
void rc_pop(struct lua_State *L, int n);
void rc_new_table(struct lua_State *L, int narr, int nrec);
int rc_is_integer(struct lua_State *L, int idx);

#endif
