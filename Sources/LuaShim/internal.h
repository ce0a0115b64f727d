// Internal declarations shared by the LuaShim C files.
#ifndef REVCYCLE_LUASHIM_INTERNAL_H
#define REVCYCLE_LUASHIM_INTERNAL_H

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include "LuaShim.h"

#define RC_SOURCE_SIZE 256

/// Per-state context: the allocator's userdata, so every thread (coroutine) of a state shares it.
typedef struct rc_context {
    rc_limits limits;
    size_t used;                 // bytes allocated now
    int relaxed;                 // 1 while the host works: the cap does not apply
    int memory_denied;           // the cap refused an allocation during the current call
    int armed;                   // 1 inside rc_call
    long long budget_left;       // instruction units left in this call
    long long pending;           // metered units since the last deadline check
    long long deadline;          // CLOCK_MONOTONIC ns
    int stop;                    // rc_stop, sticky for the rest of the call
    rc_host_function host;
    void *host_context;
    char *traceback;             // malloc'd, last error's traceback
    char error_source[RC_SOURCE_SIZE];
    int error_line;
    char caller_source[RC_SOURCE_SIZE];
    int caller_line;
} rc_context;

rc_context *rc_ctx(lua_State *L);
long long rc_now_ns(void);
/// Charges `units` to the call's budget and checks the deadline every hook interval; raises the
/// sticky stop error when either runs out. `what` names the C function for the message.
void rc_charge(lua_State *L, long long units, const char *what);
/// Raises the stop error (and makes the stop sticky on this thread).
int rc_raise_stop(lua_State *L, rc_context *c, const char *what);
/// Records the first script frame (not an internal "=" chunk) from `level` up.
int rc_locate(lua_State *L, int level, char *source, size_t size, int *line);

/// Installs the bounded pattern functions into the table at the top of the stack.
void rc_install_patterns(lua_State *L);
/// Installs the metered wrappers of string, table, utf8 and coroutine functions, and setmetatable.
void rc_install_metered(lua_State *L);
/// Builds the revcycle table (and test functions when asked) and sets it as a global.
void rc_install_api(lua_State *L, int with_test_api);
/// Adds revcycle.date and revcycle.money (read-only) to the revcycle table at the top of the stack.
void rc_install_library(lua_State *L);
/// Replaces the table at the top of the stack with a read-only proxy named `name`.
void rc_make_readonly(lua_State *L, const char *name);

#endif
