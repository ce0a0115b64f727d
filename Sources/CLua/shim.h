// Debian's liblua5.4-dev: headers under /usr/include/lua5.4 (found through pkg-config lua5.4).
#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>
