// The revcycle table, print, read-only proxies and the trampoline through which Lua calls Swift.
#include <string.h>
#include "internal.h"

// MARK: - Read-only proxies

static int rc_readonly_newindex(lua_State *L) {
    return luaL_error(L, "%s is read-only", lua_tostring(L, lua_upvalueindex(1)));
}

static int rc_proxy_pairs(lua_State *L) {
    lua_getglobal(L, "next");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushnil(L);
    return 3;
}

void rc_make_readonly(lua_State *L, const char *name) {
    lua_newtable(L);                       // proxy
    lua_createtable(L, 0, 4);              // its metatable
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "__index");
    lua_pushstring(L, name);
    lua_pushcclosure(L, rc_readonly_newindex, 1);
    lua_setfield(L, -2, "__newindex");
    lua_pushvalue(L, -3);
    lua_pushcclosure(L, rc_proxy_pairs, 1);
    lua_setfield(L, -2, "__pairs");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_remove(L, -2);
}

// MARK: - Reusable payloads

void rc_new_payload(lua_State *L, int nrec, int *data_ref, int *proxy_ref) {
    // One table, filled by the host before each call. Its metatable refuses new fields (the host
    // sets and clears every declared field itself with rawset, so a value a script assigns to an
    // existing field lasts only until the next call) and hides itself from getmetatable.
    lua_createtable(L, 0, nrec);
    lua_createtable(L, 0, 2);
    lua_pushstring(L, "a hook's payload");
    lua_pushcclosure(L, rc_readonly_newindex, 1);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    *data_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    *proxy_ref = *data_ref;
}

// MARK: - Trampoline

/// Checks arguments against a spec: s string, f function, t table, b boolean-ish (any), a any
/// value; '?' makes the next one optional.
static void rc_check_args(lua_State *L, const char *spec) {
    int arg = 1;
    for (const char *p = spec; *p; p++, arg++) {
        int optional = 0;
        if (*p == '?') {
            optional = 1;
            p++;
        }
        if (optional && lua_isnoneornil(L, arg)) continue;
        switch (*p) {
        case 's': luaL_checktype(L, arg, LUA_TSTRING); break;
        case 'f': luaL_checktype(L, arg, LUA_TFUNCTION); break;
        case 't': luaL_checktype(L, arg, LUA_TTABLE); break;
        case 'a': luaL_checkany(L, arg); break;
        default: break;
        }
    }
}

static int rc_call_host(lua_State *L, int id) {
    rc_context *c = rc_ctx(L);
    luaL_checkstack(L, 96, "host call");
    rc_locate(L, 1, c->caller_source, sizeof c->caller_source, &c->caller_line);
    int saved = c->relaxed;
    c->relaxed = 1;   // host work must not meet the cap outside a protected call
    int n = c->host ? c->host(c->host_context, L, id) : 0;
    c->relaxed = saved;
    if (n < 0) {      // Swift has returned: raising is safe now
        luaL_where(L, 1);
        lua_insert(L, -2);
        lua_concat(L, 2);
        return lua_error(L);
    }
    return n;
}

/// upvalue 1: host function id; 2: argument spec.
static int rc_trampoline(lua_State *L) {
    int id = (int)lua_tointeger(L, lua_upvalueindex(1));
    rc_check_args(L, lua_tostring(L, lua_upvalueindex(2)));
    return rc_call_host(L, id);
}

/// print(...) logs at info level through the host, like revcycle.log("info", ...).
static int rc_print(lua_State *L) {
    int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        luaL_tolstring(L, i, NULL);
        if (i > 1) luaL_addchar(&b, '\t');
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);          // args..., message
    lua_pushliteral(L, "info");
    lua_pushvalue(L, -2);         // args..., message, "info", message
    lua_rotate(L, 1, 2);          // "info", message, args..., message
    lua_settop(L, 2);
    return rc_call_host(L, RC_HOST_LOG);
}

static void rc_host_field(lua_State *L, const char *field, int id, const char *spec) {
    lua_pushinteger(L, id);
    lua_pushstring(L, spec);
    lua_pushcclosure(L, rc_trampoline, 2);
    lua_setfield(L, -2, field);
}

// MARK: - The revcycle table

void rc_install_api(lua_State *L, int with_test_api) {
    lua_pushcfunction(L, rc_print);
    lua_setglobal(L, "print");

    lua_createtable(L, 0, 12);
    lua_pushinteger(L, 1);
    lua_setfield(L, -2, "api_version");
    rc_host_field(L, "policy", RC_HOST_POLICY, "sf");
    rc_host_field(L, "on", RC_HOST_ON, "sf");
    rc_host_field(L, "log", RC_HOST_LOG, "ss?t");
    rc_host_field(L, "now", RC_HOST_NOW, "");
    rc_host_field(L, "today", RC_HOST_TODAY, "");
    rc_install_library(L);   // revcycle.date, revcycle.money (library.c)

    lua_createtable(L, 0, 1);
    rc_host_field(L, "create", RC_HOST_TASK_CREATE, "t");
    rc_make_readonly(L, "revcycle.tasks");
    lua_setfield(L, -2, "tasks");

    lua_createtable(L, 0, 2);
    rc_host_field(L, "payer", RC_HOST_LOOKUP_PAYER, "s");
    rc_host_field(L, "parameter", RC_HOST_LOOKUP_PARAMETER, "s");
    rc_make_readonly(L, "revcycle.lookup");
    lua_setfield(L, -2, "lookup");

    if (with_test_api) {
        lua_createtable(L, 0, 7);
        rc_host_field(L, "samples", RC_HOST_TEST_SAMPLES, "s");
        rc_host_field(L, "policy_function", RC_HOST_TEST_POLICY, "s");
        rc_host_field(L, "check_result", RC_HOST_TEST_RESULT, "sa?a");
        rc_host_field(L, "normalize", RC_HOST_TEST_NORMALIZE, "?a?s");
        rc_host_field(L, "emit", RC_HOST_TEST_EMIT, "s?a");
        lua_pushvalue(L, -1);
        lua_setfield(L, LUA_REGISTRYINDEX, "revcycle.test");   // the test library adds call_policy
        rc_make_readonly(L, "revcycle.test");
        lua_setfield(L, -2, "test");

        lua_pushinteger(L, RC_HOST_TEST_REGISTER);
        lua_pushstring(L, "sf");
        lua_pushcclosure(L, rc_trampoline, 2);
        lua_setglobal(L, "test");
    }

    rc_make_readonly(L, "revcycle");
    lua_setglobal(L, "revcycle");
}
