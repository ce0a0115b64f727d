// revcycle.date and revcycle.money: pure helpers that every site's scripts would otherwise copy.
//
// They live in C (not in Swift, not in a Lua prelude) because they need no host state: Lua calls
// them directly, so they may raise with luaL_error (no Swift frame to jump over), they sit in the
// read-only revcycle table like every other API function, and each call is O(1) work charged to
// the call's instruction budget. Dates are "YYYY-MM-DD" strings of the proleptic Gregorian
// calendar, years 0001 to 9999; day arithmetic uses H. Hinnant's civil-calendar algorithms.
#include <stdio.h>
#include "internal.h"

// MARK: - Day numbers

/// Days since 1970-01-01 (negative before).
static long long rc_days_from_civil(long long y, long long m, long long d) {
    if (m <= 2) y -= 1;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void rc_civil_from_days(long long z, long long *y, long long *m, long long *d) {
    z += 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2 ? 1 : 0);
}

static int rc_days_in_month(long long y, long long m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return days[m - 1];
}

#define RC_FIRST_DAY (-719162LL)   // 0001-01-01
#define RC_LAST_DAY 2932896LL      // 9999-12-31

/// The day number of argument `arg`, a "YYYY-MM-DD" string naming a real date; raises otherwise.
static long long rc_check_date(lua_State *L, int arg, const char *function) {
    size_t len = 0;
    const char *s = lua_type(L, arg) == LUA_TSTRING ? lua_tolstring(L, arg, &len) : NULL;
    if (s == NULL) {
        luaL_error(L, "%s: argument #%d must be a date \"YYYY-MM-DD\", got %s", function, arg, luaL_typename(L, arg));
        return 0;
    }
    int ok = len == 10 && s[4] == '-' && s[7] == '-';
    for (int i = 0; ok && i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) ok = 0;
    if (ok) {
        long long y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        long long m = (s[5] - '0') * 10 + (s[6] - '0');
        long long d = (s[8] - '0') * 10 + (s[9] - '0');
        if (y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= rc_days_in_month(y, m)) return rc_days_from_civil(y, m, d);
    }
    if (len > 40) luaL_error(L, "%s: a string of %d bytes is not a date; expected \"YYYY-MM-DD\"", function, (int)len);
    luaL_error(L, "%s: \"%s\" is not a date; expected \"YYYY-MM-DD\" (a real calendar date, such as \"2026-11-02\")",
               function, s);
    return 0;
}

/// Argument `arg` as an integer (a float with an integral value is accepted); raises otherwise.
static lua_Integer rc_check_count(lua_State *L, int arg, const char *function) {
    int isnum = 0;
    lua_Integer n = lua_tointegerx(L, arg, &isnum);
    if (!isnum || lua_type(L, arg) != LUA_TNUMBER)
        luaL_error(L, "%s: argument #%d must be a whole number of days, got %s", function, arg,
                   lua_type(L, arg) == LUA_TNUMBER ? lua_tostring(L, arg) : luaL_typename(L, arg));
    return n;
}

static int rc_push_date(lua_State *L, long long day, const char *function) {
    if (day < RC_FIRST_DAY || day > RC_LAST_DAY)
        return luaL_error(L, "%s: the result is outside the years 0001 to 9999", function);
    long long y, m, d;
    rc_civil_from_days(day, &y, &m, &d);
    char text[16];
    snprintf(text, sizeof text, "%04lld-%02lld-%02lld", y, m, d);
    lua_pushstring(L, text);
    return 1;
}

/// 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
static int rc_weekday_index(long long day) {
    long long w = (day + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

// The span of all representable dates: a larger count can only leave the range.
#define RC_MAX_COUNT 4000000LL

/// The arguments (date, n) of add_days and add_business_days, after charging the call; raises for
/// a bad date, a count that is not a whole number, or one that leaves every representable date.
static long long rc_check_date_and_count(lua_State *L, const char *function, long long *n) {
    rc_charge(L, 1, function);
    long long day = rc_check_date(L, 1, function);
    lua_Integer count = rc_check_count(L, 2, function);
    if (count > RC_MAX_COUNT || count < -RC_MAX_COUNT)
        luaL_error(L, "%s: the result is outside the years 0001 to 9999", function);
    *n = (long long)count;
    return day;
}

// MARK: - revcycle.date

/// revcycle.date.add_days(date, n) -> date
static int rc_date_add_days(lua_State *L) {
    static const char *const name = "revcycle.date.add_days";
    long long n = 0;
    long long day = rc_check_date_and_count(L, name, &n);
    return rc_push_date(L, day + n, name);
}

/// revcycle.date.add_business_days(date, n) -> date: n Mondays-to-Fridays later (earlier when n
/// is negative), skipping Saturdays and Sundays (not holidays). n = 0 returns the date itself.
static int rc_date_add_business_days(lua_State *L) {
    static const char *const name = "revcycle.date.add_business_days";
    long long n = 0;
    long long day = rc_check_date_and_count(L, name, &n);
    if (n == 0) return rc_push_date(L, day, name);
    int w = rc_weekday_index(day);
    long long count = n > 0 ? n : -n;
    long long weeks = count / 5, rest = count % 5;
    if (n > 0) {
        if (w >= 5) { day -= w - 4; w = 4; }           // from a weekend, count from its Friday
        day += weeks * 7 + rest + (w + rest > 4 ? 2 : 0);
    } else {
        if (w >= 5) { day += 7 - w; w = 0; }           // back from a weekend: from its Monday
        day -= weeks * 7 + rest + (w - rest < 0 ? 2 : 0);
    }
    return rc_push_date(L, day, name);
}

/// revcycle.date.days_between(from, to) -> to - from, in days
static int rc_date_days_between(lua_State *L) {
    static const char *const name = "revcycle.date.days_between";
    rc_charge(L, 1, name);
    long long from = rc_check_date(L, 1, name);
    long long to = rc_check_date(L, 2, name);
    lua_pushinteger(L, (lua_Integer)(to - from));
    return 1;
}

/// revcycle.date.weekday(date) -> 1 = Monday ... 7 = Sunday
static int rc_date_weekday(lua_State *L) {
    static const char *const name = "revcycle.date.weekday";
    rc_charge(L, 1, name);
    lua_pushinteger(L, rc_weekday_index(rc_check_date(L, 1, name)) + 1);
    return 1;
}

// MARK: - revcycle.money

/// revcycle.money.format(cents) -> "$1,234.56", "-$0.05"
static int rc_money_format(lua_State *L) {
    static const char *const name = "revcycle.money.format";
    rc_charge(L, 1, name);
    if (!lua_isinteger(L, 1)) {
        if (lua_type(L, 1) == LUA_TNUMBER)
            return luaL_error(L, "%s: cents must be an integer, got the float %s (use // or math.tointeger)", name,
                              lua_tostring(L, 1));
        return luaL_error(L, "%s: cents must be an integer, got %s", name, luaL_typename(L, 1));
    }
    lua_Integer cents = lua_tointeger(L, 1);
    unsigned long long magnitude = cents < 0 ? 0ULL - (unsigned long long)cents : (unsigned long long)cents;
    char digits[32];
    int n = snprintf(digits, sizeof digits, "%llu", magnitude / 100);
    char text[48];
    size_t at = 0;
    if (cents < 0) text[at++] = '-';
    text[at++] = '$';
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0) text[at++] = ',';
        text[at++] = digits[i];
    }
    snprintf(text + at, sizeof text - at, ".%02llu", magnitude % 100);
    lua_pushstring(L, text);
    return 1;
}

// MARK: - Installation

void rc_install_library(lua_State *L) {
    static const luaL_Reg date[] = {
        {"add_days", rc_date_add_days},
        {"add_business_days", rc_date_add_business_days},
        {"days_between", rc_date_days_between},
        {"weekday", rc_date_weekday},
        {NULL, NULL},
    };
    lua_createtable(L, 0, 4);
    luaL_setfuncs(L, date, 0);
    rc_make_readonly(L, "revcycle.date");
    lua_setfield(L, -2, "date");

    lua_createtable(L, 0, 1);
    lua_pushcfunction(L, rc_money_format);
    lua_setfield(L, -2, "format");
    rc_make_readonly(L, "revcycle.money");
    lua_setfield(L, -2, "money");
}
