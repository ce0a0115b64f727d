// Metered and bounded library functions.
//
// Hooks do not fire inside C functions, so a C library call that loops over a large input is
// invisible to the count hook. Each wrapper below charges the call's instruction budget with the
// work it is about to do (and checks the deadline), and a few refuse inputs that are too large
// outright: string.rep results over max_string_bytes, table.unpack over max_unpack values.
#include <math.h>
#include <string.h>
#include "internal.h"

typedef enum rc_cost {
    RC_COST_REP = 1,       // string.rep(s, n [, sep]): result size, bounded
    RC_COST_STRLEN,        // upper, lower, reverse, byte, utf8.len, utf8.codepoint: length of arg 1
    RC_COST_STRARGS,       // string.format: total length of string arguments
    RC_COST_SORT,          // table.sort(t): n log n
    RC_COST_LEN,           // table.insert/remove: #t
    RC_COST_CONCAT,        // table.concat(t, sep, i, j): j - i + 1
    RC_COST_MOVE,          // table.move(a1, f, e, t): e - f + 1
    RC_COST_UNPACK,        // table.unpack(t, i, j): j - i + 1, bounded
    RC_COST_COROUTINE,     // coroutine.create / wrap: one hook interval
} rc_cost;

static long long rc_range_cost(lua_State *L, int first_arg, int table_arg) {
    lua_Integer i = luaL_optinteger(L, first_arg, 1);
    lua_Integer j = lua_isnoneornil(L, first_arg + 1) ? luaL_len(L, table_arg) : luaL_checkinteger(L, first_arg + 1);
    if (i > j) return 0;
    double count = (double)j - (double)i + 1.0;
    return count > 4e18 ? (long long)4e18 : (long long)count;
}

static long long rc_cost_of(lua_State *L, int kind, const char *name) {
    rc_context *c = rc_ctx(L);
    switch (kind) {
    case RC_COST_REP: {
        size_t len = 0, seplen = 0;
        luaL_checklstring(L, 1, &len);
        lua_Integer n = luaL_checkinteger(L, 2);
        luaL_optlstring(L, 3, "", &seplen);
        if (n <= 0) return 1;
        double total = (double)n * (double)len + (double)(n - 1) * (double)seplen;
        if (total > (double)c->limits.max_string_bytes)
            luaL_error(L, "string.rep: result of %I bytes is over the limit of %I bytes", (lua_Integer)total,
                       (lua_Integer)c->limits.max_string_bytes);
        return (long long)(total / 16) + 1;
    }
    case RC_COST_STRLEN: {
        size_t len = 0;
        luaL_checklstring(L, 1, &len);
        return (long long)(len / 16) + 1;
    }
    case RC_COST_STRARGS: {
        long long total = 0;
        int n = lua_gettop(L);
        for (int i = 1; i <= n; i++)
            if (lua_type(L, i) == LUA_TSTRING) total += (long long)lua_rawlen(L, i);
        return total / 16 + 1;
    }
    case RC_COST_SORT: {
        luaL_checktype(L, 1, LUA_TTABLE);
        double n = (double)luaL_len(L, 1);
        return n < 2 ? 1 : (long long)(n * (log2(n) + 1));
    }
    case RC_COST_LEN: {
        luaL_checktype(L, 1, LUA_TTABLE);
        lua_Integer n = luaL_len(L, 1);
        return n > 0 ? (long long)n : 1;
    }
    case RC_COST_CONCAT:
        luaL_checktype(L, 1, LUA_TTABLE);
        return rc_range_cost(L, 3, 1) + 1;
    case RC_COST_MOVE: {
        luaL_checktype(L, 1, LUA_TTABLE);
        lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
        if (e < f) return 1;
        double count = (double)e - (double)f + 1.0;
        return count > 4e18 ? (long long)4e18 : (long long)count;
    }
    case RC_COST_UNPACK: {
        long long count = rc_range_cost(L, 2, 1);
        if (count > c->limits.max_unpack)
            luaL_error(L, "table.unpack: %I values requested; the limit is %I", (lua_Integer)count,
                       (lua_Integer)c->limits.max_unpack);
        return count + 1;
    }
    case RC_COST_COROUTINE:
        luaL_checktype(L, 1, LUA_TFUNCTION);
        return c->limits.hook_interval;
    }
    (void)name;
    return 1;
}

/// upvalue 1: the original function; 2: the cost kind; 3: the function's name for messages.
static int rc_metered(lua_State *L) {
    int kind = (int)lua_tointeger(L, lua_upvalueindex(2));
    const char *name = lua_tostring(L, lua_upvalueindex(3));
    rc_charge(L, rc_cost_of(L, kind, name), name);
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, n, LUA_MULTRET);
    return lua_gettop(L);
}

/// Wraps field `field` of the table at the top of the stack.
static void rc_wrap(lua_State *L, const char *library, const char *field, int kind) {
    lua_getfield(L, -1, field);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return;
    }
    lua_pushinteger(L, kind);
    lua_pushfstring(L, "%s.%s", library, field);
    lua_pushcclosure(L, rc_metered, 3);
    lua_setfield(L, -2, field);
}

/// setmetatable without __gc: finalizers would run when the host collects, outside any budget.
static int rc_setmetatable(lua_State *L) {
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "setmetatable: __gc metamethods are not available in scripts");
        lua_pop(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

void rc_install_metered(lua_State *L) {
    lua_getglobal(L, LUA_STRLIBNAME);
    rc_wrap(L, "string", "rep", RC_COST_REP);
    rc_wrap(L, "string", "upper", RC_COST_STRLEN);
    rc_wrap(L, "string", "lower", RC_COST_STRLEN);
    rc_wrap(L, "string", "reverse", RC_COST_STRLEN);
    rc_wrap(L, "string", "byte", RC_COST_STRLEN);
    rc_wrap(L, "string", "format", RC_COST_STRARGS);
    lua_pop(L, 1);

    lua_getglobal(L, LUA_TABLIBNAME);
    rc_wrap(L, "table", "sort", RC_COST_SORT);
    rc_wrap(L, "table", "insert", RC_COST_LEN);
    rc_wrap(L, "table", "remove", RC_COST_LEN);
    rc_wrap(L, "table", "concat", RC_COST_CONCAT);
    rc_wrap(L, "table", "move", RC_COST_MOVE);
    rc_wrap(L, "table", "unpack", RC_COST_UNPACK);
    lua_pop(L, 1);

    lua_getglobal(L, LUA_UTF8LIBNAME);
    rc_wrap(L, "utf8", "len", RC_COST_STRLEN);
    rc_wrap(L, "utf8", "codepoint", RC_COST_STRLEN);
    lua_pop(L, 1);

    // New coroutines inherit the count hook (lua_newthread copies it) and share the budget
    // through the allocator's context; creating one is charged a full hook interval, so many
    // short coroutines cannot run uncharged.
    lua_getglobal(L, LUA_COLIBNAME);
    rc_wrap(L, "coroutine", "create", RC_COST_COROUTINE);
    rc_wrap(L, "coroutine", "wrap", RC_COST_COROUTINE);
    lua_pop(L, 1);

    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, rc_setmetatable, 1);
    lua_setglobal(L, "setmetatable");
}
