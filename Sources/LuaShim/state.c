// State life cycle: allocator with a cap, count hook with a shared budget and a deadline, the
// message handler, and the armed protected call.
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "internal.h"

// MARK: - Context

rc_context *rc_ctx(lua_State *L) {
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return (rc_context *)ud;
}

long long rc_now_ns(void) {
    // Deadlines use the coarse clock, both to arm a call and to check it: a few ns (no TSC
    // read), and its resolution (1-4 ms) is plenty for deadlines of tens or hundreds of
    // milliseconds. A call is stopped within one tick of its deadline.
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

// MARK: - Allocator

static void *rc_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    rc_context *c = (rc_context *)ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        c->used -= old;
        return NULL;
    }
    if (!c->relaxed && nsize > old && c->used - old + nsize > c->limits.memory_limit) {
        c->memory_denied = 1;
        return NULL;
    }
    void *block = realloc(ptr, nsize);
    if (block == NULL) return NULL;
    c->used = c->used - old + nsize;
    return block;
}

static int rc_panic(lua_State *L) {
    const char *msg = lua_tostring(L, -1);
    fprintf(stderr, "revcycle: unprotected Lua error: %s\n", msg ? msg : "?");
    abort();
}

// MARK: - Budget, deadline, sticky stop

static void rc_hook(lua_State *L, lua_Debug *ar);

int rc_raise_stop(lua_State *L, rc_context *c, const char *what) {
    // From now on this thread raises at every instruction, so a script's pcall cannot swallow it.
    lua_sethook(L, rc_hook, LUA_MASKCOUNT, 1);
    const char *in = what ? " in " : "";
    if (c->stop == RC_STOP_DEADLINE)
        return luaL_error(L, "deadline of %d ms exceeded%s%s", (int)(c->limits.deadline_ns / 1000000), in,
                          what ? what : "");
    return luaL_error(L, "instruction budget of %I exhausted%s%s", (lua_Integer)c->limits.instruction_budget, in,
                      what ? what : "");
}

static void rc_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    rc_context *c = rc_ctx(L);
    if (!c->armed) return;
    if (c->stop == RC_STOP_NONE) {
        int count = lua_gethookcount(L);
        c->budget_left -= count;
        if (c->budget_left < 0) c->stop = RC_STOP_BUDGET;
        else if (rc_now_ns() > c->deadline) c->stop = RC_STOP_DEADLINE;
        else {
            if (count != c->limits.hook_interval) lua_sethook(L, rc_hook, LUA_MASKCOUNT, c->limits.hook_interval);
            return;
        }
    }
    rc_raise_stop(L, c, NULL);
}

void rc_charge(lua_State *L, long long units, const char *what) {
    rc_context *c = rc_ctx(L);
    if (!c->armed) return;
    if (c->stop != RC_STOP_NONE) rc_raise_stop(L, c, what);
    c->budget_left -= units;
    c->pending += units;
    if (c->budget_left < 0) {
        c->stop = RC_STOP_BUDGET;
        rc_raise_stop(L, c, what);
    }
    if (c->pending >= c->limits.hook_interval) {
        c->pending = 0;
        if (rc_now_ns() > c->deadline) {
            c->stop = RC_STOP_DEADLINE;
            rc_raise_stop(L, c, what);
        }
    }
}

// MARK: - Locations and the message handler

int rc_locate(lua_State *L, int level, char *source, size_t size, int *line) {
    lua_Debug ar;
    for (; lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar)) continue;
        if (ar.currentline <= 0 || ar.source == NULL || ar.source[0] == '=') continue;
        const char *name = ar.source[0] == '@' ? ar.source + 1 : ar.short_src;
        snprintf(source, size, "%s", name);
        *line = ar.currentline;
        return 1;
    }
    source[0] = '\0';
    *line = 0;
    return 0;
}

static int rc_msgh(lua_State *L) {
    rc_context *c = rc_ctx(L);
    const char *msg = NULL;
    if (lua_type(L, 1) == LUA_TSTRING || lua_type(L, 1) == LUA_TNUMBER) {
        msg = lua_tostring(L, 1);
    } else if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) {
        msg = lua_tostring(L, -1);
    } else {
        msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    rc_locate(L, 1, c->error_source, sizeof c->error_source, &c->error_line);
    int saved = c->relaxed;
    c->relaxed = 1;
    luaL_traceback(L, L, NULL, 1);
    size_t len = 0;
    const char *tb = lua_tolstring(L, -1, &len);
    if (len > 8192) len = 8192;
    char *copy = realloc(c->traceback, len + 1);
    if (copy) {
        memcpy(copy, tb, len);
        copy[len] = '\0';
        c->traceback = copy;
    }
    lua_pop(L, 1);
    lua_pushstring(L, msg);
    c->relaxed = saved;
    return 1;
}

// MARK: - Public API

static int rc_setup(lua_State *L) {
    int with_test_api = lua_toboolean(L, 1);
    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    luaL_requiref(L, LUA_COLIBNAME, luaopen_coroutine, 1);
    lua_settop(L, 1);

    // The exact list of globals that go (everything else of the opened libraries stays).
    static const char *const removed[] = {
        "load", "loadfile", "dofile", "require", "collectgarbage", "rawset", "rawget", "print", "warn", NULL,
    };
    lua_pushglobaltable(L);
    for (const char *const *name = removed; *name; name++) {
        lua_pushnil(L);
        lua_setfield(L, -2, *name);
    }
    lua_pop(L, 1);

    // string.dump goes from the real table: method syntax on strings reaches it.
    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    rc_install_patterns(L);
    lua_pop(L, 1);
    rc_install_metered(L);

    // Lock the string metatable: getmetatable("") returns false.
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);

    rc_install_api(L, with_test_api);

    // Library tables become read-only proxies; the string metatable keeps the real table.
    static const char *const libraries[] = {
        LUA_STRLIBNAME, LUA_TABLIBNAME, LUA_MATHLIBNAME, LUA_UTF8LIBNAME, LUA_COLIBNAME, NULL,
    };
    for (const char *const *name = libraries; *name; name++) {
        lua_getglobal(L, *name);
        rc_make_readonly(L, *name);
        lua_setglobal(L, *name);
    }
    return 0;
}

lua_State *rc_state_new(const rc_limits *limits, rc_host_function host, void *host_context, int with_test_api,
                        char *error, size_t error_size) {
    rc_context *c = calloc(1, sizeof(rc_context));
    if (c == NULL) return NULL;
    c->limits = *limits;
    if (c->limits.hook_interval <= 0) c->limits.hook_interval = 1000;
    c->host = host;
    c->host_context = host_context;
    c->relaxed = 1;
    lua_State *L = lua_newstate(rc_alloc, c);
    if (L == NULL) {
        free(c);
        return NULL;
    }
    lua_atpanic(L, rc_panic);
    lua_pushcfunction(L, rc_setup);
    lua_pushboolean(L, with_test_api);
    if (lua_pcall(L, 1, 0, 0) != LUA_OK) {
        if (error) snprintf(error, error_size, "%s", lua_tostring(L, -1) ? lua_tostring(L, -1) : "setup failed");
        rc_state_close(L);
        return NULL;
    }
    // Generational collection: hook payloads are short-lived tables, and the sandbox's live
    // heap (the libraries) is small, so incremental cycles would re-traverse it every few dozen
    // calls. Young collections only look at new objects.
    lua_gc(L, LUA_GCGEN, 0, 0);
    rc_reset(L);
    return L;
}

void rc_state_close(lua_State *L) {
    if (L == NULL) return;
    rc_context *c = rc_ctx(L);
    c->relaxed = 1;
    c->armed = 0;
    lua_close(L);
    free(c->traceback);
    free(c);
}

int rc_load(lua_State *L, const char *source, size_t length, const char *chunkname) {
    return luaL_loadbufferx(L, source, length, chunkname, "t");
}

int rc_call(lua_State *L, int nargs, int nresults) {
    rc_context *c = rc_ctx(L);
    int function = lua_gettop(L) - nargs;
    // The message handler lives at stack index 1 between calls (see rc_reset); a nested call, or
    // a stack without it, pushes its own below the function.
    int handler = 1;
    int pushed = function <= 1 || lua_tocfunction(L, 1) != rc_msgh || c->armed;
    if (pushed) {
        lua_pushcfunction(L, rc_msgh);
        lua_insert(L, function);
        handler = function;
    }
    int outer = c->armed;
    if (!outer) {
        c->budget_left = c->limits.instruction_budget;
        c->pending = 0;
        // Armed on the same coarse clock the checks read (~6 ns instead of ~25 ns for the precise
        // clock, on every call): the stop comes within one clock tick (1-4 ms) of the deadline.
        c->deadline = rc_now_ns() + c->limits.deadline_ns;
        c->stop = RC_STOP_NONE;
        c->memory_denied = 0;
        c->error_source[0] = '\0';
        c->error_line = 0;
        if (c->traceback) c->traceback[0] = '\0';
        // Re-arm the hook only after a sticky stop changed it (setting it costs a little on
        // every call; the count left over from the last call is at most one interval).
        if (lua_gethook(L) != rc_hook || lua_gethookcount(L) != c->limits.hook_interval)
            lua_sethook(L, rc_hook, LUA_MASKCOUNT, c->limits.hook_interval);
        c->armed = 1;
        c->relaxed = 0;
    }
    int status = lua_pcall(L, nargs, nresults, handler);
    if (!outer) {
        c->armed = 0;
        c->relaxed = 1;
    }
    if (pushed) lua_remove(L, handler);
    return status;
}

int rc_call_isolated(lua_State *L, int nargs, int nresults, int *stop_kind, int *memory_was_denied) {
    rc_context *c = rc_ctx(L);
    if (!c->armed) {
        int status = rc_call(L, nargs, nresults);
        if (stop_kind) *stop_kind = c->stop;
        if (memory_was_denied) *memory_was_denied = c->memory_denied;
        return status;
    }
    // Inside a host call of an armed call: park the outer call's budget, deadline and stop, run
    // the function as a call of its own (fresh budget and deadline, its own message handler),
    // then give the outer call its state back. The outer deadline moves by the time spent here,
    // so the inner call's work is not charged to the outer call.
    long long budget_left = c->budget_left, pending = c->pending, deadline = c->deadline;
    int stop = c->stop, memory_denied = c->memory_denied, relaxed = c->relaxed, caller_line = c->caller_line;
    char caller_source[RC_SOURCE_SIZE];
    memcpy(caller_source, c->caller_source, sizeof caller_source);
    long long started = rc_now_ns();

    int function = lua_gettop(L) - nargs;
    lua_pushcfunction(L, rc_msgh);
    lua_insert(L, function);
    c->budget_left = c->limits.instruction_budget;
    c->pending = 0;
    c->deadline = started + c->limits.deadline_ns;
    c->stop = RC_STOP_NONE;
    c->memory_denied = 0;
    c->error_source[0] = '\0';
    c->error_line = 0;
    if (c->traceback) c->traceback[0] = '\0';
    lua_sethook(L, rc_hook, LUA_MASKCOUNT, c->limits.hook_interval);
    c->relaxed = 0;
    int status = lua_pcall(L, nargs, nresults, function);
    c->relaxed = relaxed;
    lua_remove(L, function);
    if (stop_kind) *stop_kind = c->stop;
    if (memory_was_denied) *memory_was_denied = c->memory_denied;

    c->budget_left = budget_left;
    c->pending = pending;
    c->deadline = deadline + (rc_now_ns() - started);
    c->stop = stop;
    c->memory_denied = memory_denied;
    c->caller_line = caller_line;
    memcpy(c->caller_source, caller_source, sizeof caller_source);
    // A sticky stop of the inner call set the hook to fire on every instruction of this thread.
    lua_sethook(L, rc_hook, LUA_MASKCOUNT, c->limits.hook_interval);
    return status;
}

void rc_gc_mode(lua_State *L, int generational, int a, int b) {
    if (generational) lua_gc(L, LUA_GCGEN, a, b);
    else lua_gc(L, LUA_GCINC, a, b, 0);
}

void rc_reset(lua_State *L) {
    lua_settop(L, 1);
    if (lua_tocfunction(L, 1) != rc_msgh) {
        lua_settop(L, 0);
        lua_pushcfunction(L, rc_msgh);
    }
}

int rc_stop_kind(lua_State *L) { return rc_ctx(L)->stop; }
int rc_memory_denied(lua_State *L) { return rc_ctx(L)->memory_denied; }
size_t rc_memory_used(lua_State *L) { return rc_ctx(L)->used; }

const char *rc_last_traceback(lua_State *L) {
    rc_context *c = rc_ctx(L);
    return c->traceback ? c->traceback : "";
}

const char *rc_last_error_source(lua_State *L, int *line) {
    rc_context *c = rc_ctx(L);
    *line = c->error_line;
    return c->error_source[0] ? c->error_source : NULL;
}

const char *rc_caller_source(lua_State *L, int *line) {
    rc_context *c = rc_ctx(L);
    *line = c->caller_line;
    return c->caller_source[0] ? c->caller_source : NULL;
}

// MARK: - Small helpers for Swift

int rc_ref(lua_State *L) { return luaL_ref(L, LUA_REGISTRYINDEX); }
void rc_push_ref(lua_State *L, int ref) { lua_rawgeti(L, LUA_REGISTRYINDEX, ref); }
void rc_unref(lua_State *L, int ref) { luaL_unref(L, LUA_REGISTRYINDEX, ref); }
void rc_pop(lua_State *L, int n) { lua_pop(L, n); }
void rc_new_table(lua_State *L, int narr, int nrec) { lua_createtable(L, narr, nrec); }
int rc_is_integer(lua_State *L, int idx) { return lua_isinteger(L, idx); }

void rc_push_test_table(lua_State *L) { lua_getfield(L, LUA_REGISTRYINDEX, "revcycle.test"); }

static int rc_do_collect(lua_State *L) {
    lua_gc(L, LUA_GCCOLLECT);
    return 0;
}

void rc_collect(lua_State *L) {
    lua_pushcfunction(L, rc_do_collect);
    if (lua_pcall(L, 0, 0, 0) != LUA_OK) lua_pop(L, 1);
}


