// Bounded Lua patterns: string.find, string.match, string.gmatch and string.gsub.
//
// Lua's own matcher backtracks and cannot be interrupted by a hook while it runs in C:
// ("a"):rep(1000):find(".-.-.-b") runs for minutes. This is a separate implementation of the
// same pattern language (Lua 5.4 manual, section 6.4.1) that
//   1. refuses subjects longer than max_pattern_subject and patterns longer than
//      max_pattern_length before matching, and
//   2. counts every matching step and charges it to the call's instruction budget (checking the
//      deadline as it goes), so any pattern stops within the budget and deadline, with the
//      same sticky stop as the count hook.
#include <ctype.h>
#include <string.h>
#include "internal.h"

#define RC_MAX_CAPTURES 32
#define RC_MAX_DEPTH 200
#define RC_STEP_BATCH 256
#define RC_CAP_OPEN (-1)
#define RC_CAP_POSITION (-2)
#define RC_ESC '%'
#define RC_SPECIALS "^$*+?.([%-"

typedef struct rc_match {
    const char *subject;      // start of the subject
    const char *subject_end;
    const char *pattern_end;
    lua_State *L;
    const char *what;         // function name for messages
    int depth;                // recursion left
    int level;                // captures in use
    long long steps;          // steps not yet charged
    struct {
        const char *start;
        ptrdiff_t length;     // or RC_CAP_OPEN / RC_CAP_POSITION
    } capture[RC_MAX_CAPTURES];
} rc_match;

static const char *rc_do_match(rc_match *m, const char *s, const char *p);

static inline void rc_step(rc_match *m) {
    if (++m->steps >= RC_STEP_BATCH) {
        rc_charge(m->L, m->steps, m->what);
        m->steps = 0;
    }
}

// MARK: - Single characters and classes

static int rc_class_matches(int c, int cl) {
    int result;
    switch (tolower(cl)) {
    case 'a': result = isalpha(c); break;
    case 'c': result = iscntrl(c); break;
    case 'd': result = isdigit(c); break;
    case 'g': result = isgraph(c); break;
    case 'l': result = islower(c); break;
    case 'p': result = ispunct(c); break;
    case 's': result = isspace(c); break;
    case 'u': result = isupper(c); break;
    case 'w': result = isalnum(c); break;
    case 'x': result = isxdigit(c); break;
    default: return cl == c;
    }
    if (isupper(cl)) result = !result;
    return result != 0;
}

/// `open` points at '[', `close` at the ']' that ends the set.
static int rc_set_matches(int c, const char *open, const char *close) {
    const char *p = open + 1;
    int wanted = 1;
    if (*p == '^') {
        wanted = 0;
        p++;
    }
    while (p < close) {
        if (*p == RC_ESC && p + 1 < close) {
            if (rc_class_matches(c, (unsigned char)p[1])) return wanted;
            p += 2;
        } else if (p + 2 < close && p[1] == '-') {
            if ((unsigned char)p[0] <= c && c <= (unsigned char)p[2]) return wanted;
            p += 3;
        } else {
            if ((unsigned char)*p == c) return wanted;
            p++;
        }
    }
    return !wanted;
}

/// Returns the end of the single-character class that starts at p.
static const char *rc_class_end(rc_match *m, const char *p) {
    char first = *p++;
    if (first == RC_ESC) {
        if (p >= m->pattern_end) luaL_error(m->L, "malformed pattern (ends with '%%')");
        return p + 1;
    }
    if (first == '[') {
        if (p < m->pattern_end && *p == '^') p++;
        // The first character of a set is taken literally, so "[]]" is a set holding ']'.
        do {
            if (p >= m->pattern_end) luaL_error(m->L, "malformed pattern (missing ']')");
            char c = *p++;
            if (c == RC_ESC && p < m->pattern_end) p++;
        } while (p >= m->pattern_end || *p != ']');
        return p + 1;
    }
    return p;
}

static int rc_single_matches(rc_match *m, const char *s, const char *p, const char *class_end) {
    if (s >= m->subject_end) return 0;
    int c = (unsigned char)*s;
    switch (*p) {
    case '.': return 1;
    case RC_ESC: return rc_class_matches(c, (unsigned char)p[1]);
    case '[': return rc_set_matches(c, p, class_end - 1);
    default: return (unsigned char)*p == c;
    }
}

// MARK: - Items

static const char *rc_match_balance(rc_match *m, const char *s, const char *p) {
    if (p + 1 >= m->pattern_end) luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
    if (s >= m->subject_end || *s != *p) return NULL;
    char open = p[0], close = p[1];
    int depth = 1;
    while (++s < m->subject_end) {
        rc_step(m);
        if (*s == close) {
            if (--depth == 0) return s + 1;
        } else if (*s == open) {
            depth++;
        }
    }
    return NULL;
}

static const char *rc_max_expand(rc_match *m, const char *s, const char *p, const char *ep) {
    ptrdiff_t count = 0;
    while (rc_single_matches(m, s + count, p, ep)) {
        rc_step(m);
        count++;
    }
    for (; count >= 0; count--) {
        rc_step(m);
        const char *end = rc_do_match(m, s + count, ep + 1);
        if (end) return end;
    }
    return NULL;
}

static const char *rc_min_expand(rc_match *m, const char *s, const char *p, const char *ep) {
    for (;;) {
        rc_step(m);
        const char *end = rc_do_match(m, s, ep + 1);
        if (end) return end;
        if (!rc_single_matches(m, s, p, ep)) return NULL;
        s++;
    }
}

static const char *rc_open_capture(rc_match *m, const char *s, const char *p, ptrdiff_t kind) {
    if (m->level >= RC_MAX_CAPTURES) luaL_error(m->L, "too many captures");
    m->capture[m->level].start = s;
    m->capture[m->level].length = kind;
    m->level++;
    const char *end = rc_do_match(m, s, p);
    if (end == NULL) m->level--;
    return end;
}

static const char *rc_close_capture(rc_match *m, const char *s, const char *p) {
    int open = -1;
    for (int i = m->level - 1; i >= 0; i--) {
        if (m->capture[i].length == RC_CAP_OPEN) {
            open = i;
            break;
        }
    }
    if (open < 0) luaL_error(m->L, "invalid pattern capture");
    m->capture[open].length = s - m->capture[open].start;
    const char *end = rc_do_match(m, s, p);
    if (end == NULL) m->capture[open].length = RC_CAP_OPEN;
    return end;
}

static int rc_capture_index(rc_match *m, int digit) {
    int index = digit - '1';
    if (index < 0 || index >= m->level || m->capture[index].length == RC_CAP_OPEN)
        return luaL_error(m->L, "invalid capture index %%%d", index + 1);
    return index;
}

static const char *rc_back_reference(rc_match *m, const char *s, int digit) {
    int index = rc_capture_index(m, digit);
    size_t length = (size_t)m->capture[index].length;
    m->steps += (long long)length / 16;
    rc_step(m);
    if ((size_t)(m->subject_end - s) >= length && memcmp(m->capture[index].start, s, length) == 0) return s + length;
    return NULL;
}

// MARK: - The matcher

static const char *rc_do_match(rc_match *m, const char *s, const char *p) {
    if (m->depth-- == 0) luaL_error(m->L, "pattern too complex");
    for (;;) {
        rc_step(m);
        if (p == m->pattern_end) break;
        if (*p == '(') {
            if (p + 1 < m->pattern_end && p[1] == ')') s = rc_open_capture(m, s, p + 2, RC_CAP_POSITION);
            else s = rc_open_capture(m, s, p + 1, RC_CAP_OPEN);
            break;
        }
        if (*p == ')') {
            s = rc_close_capture(m, s, p + 1);
            break;
        }
        if (*p == '$' && p + 1 == m->pattern_end) {
            if (s != m->subject_end) s = NULL;
            break;
        }
        if (*p == RC_ESC && p + 1 < m->pattern_end) {
            char next = p[1];
            if (next == 'b') {
                s = rc_match_balance(m, s, p + 2);
                if (s == NULL) break;
                p += 4;
                continue;
            }
            if (next == 'f') {
                p += 2;
                if (p >= m->pattern_end || *p != '[') luaL_error(m->L, "missing '[' after '%%f' in pattern");
                const char *ep = rc_class_end(m, p);
                int before = (s == m->subject) ? 0 : (unsigned char)s[-1];
                int here = (s < m->subject_end) ? (unsigned char)*s : 0;
                if (!rc_set_matches(before, p, ep - 1) && rc_set_matches(here, p, ep - 1)) {
                    p = ep;
                    continue;
                }
                s = NULL;
                break;
            }
            if (isdigit((unsigned char)next)) {
                s = rc_back_reference(m, s, (unsigned char)next);
                if (s == NULL) break;
                p += 2;
                continue;
            }
        }
        // A single-character class, maybe followed by a repetition.
        const char *ep = rc_class_end(m, p);
        char repeat = ep < m->pattern_end ? *ep : '\0';
        if (!rc_single_matches(m, s, p, ep)) {
            if (repeat == '*' || repeat == '?' || repeat == '-') {
                p = ep + 1;
                continue;
            }
            s = NULL;
            break;
        }
        if (repeat == '?') {
            const char *end = rc_do_match(m, s + 1, ep + 1);
            if (end) {
                s = end;
                break;
            }
            p = ep + 1;
            continue;
        }
        if (repeat == '+') {
            s = rc_max_expand(m, s + 1, p, ep);
            break;
        }
        if (repeat == '*') {
            s = rc_max_expand(m, s, p, ep);
            break;
        }
        if (repeat == '-') {
            s = rc_min_expand(m, s, p, ep);
            break;
        }
        s++;
        p = ep;
    }
    m->depth++;
    return s;
}

// MARK: - Captures

static void rc_push_capture(rc_match *m, int i, const char *s, const char *e) {
    if (i >= m->level) {
        if (i != 0) luaL_error(m->L, "invalid capture index %%%d", i + 1);
        lua_pushlstring(m->L, s, (size_t)(e - s));
        return;
    }
    ptrdiff_t length = m->capture[i].length;
    if (length == RC_CAP_OPEN) luaL_error(m->L, "unfinished capture");
    if (length == RC_CAP_POSITION) lua_pushinteger(m->L, (m->capture[i].start - m->subject) + 1);
    else lua_pushlstring(m->L, m->capture[i].start, (size_t)length);
}

/// Pushes all captures (or the whole match when there are none and s is not NULL).
static int rc_push_captures(rc_match *m, const char *s, const char *e) {
    int count = (m->level == 0 && s) ? 1 : m->level;
    luaL_checkstack(m->L, count, "too many captures");
    for (int i = 0; i < count; i++) rc_push_capture(m, i, s, e);
    return count;
}

// MARK: - Entry points

static void rc_match_init(rc_match *m, lua_State *L, const char *what, const char *s, size_t ls, const char *p,
                          size_t lp) {
    rc_context *c = rc_ctx(L);
    if (ls > c->limits.max_pattern_subject)
        luaL_error(L, "%s: subject of %d bytes is over the limit of %d bytes", what, (int)ls,
                   (int)c->limits.max_pattern_subject);
    if (lp > c->limits.max_pattern_length)
        luaL_error(L, "%s: pattern of %d bytes is over the limit of %d bytes", what, (int)lp,
                   (int)c->limits.max_pattern_length);
    m->subject = s;
    m->subject_end = s + ls;
    m->pattern_end = p + lp;
    m->L = L;
    m->what = what;
    m->depth = RC_MAX_DEPTH;
    m->level = 0;
    m->steps = 0;
}

static void rc_match_reset(rc_match *m) {
    m->level = 0;
    m->depth = RC_MAX_DEPTH;
}

static size_t rc_start_index(lua_Integer pos, size_t length) {
    if (pos > 0) return (size_t)pos;
    if (pos == 0) return 1;
    if (pos < -(lua_Integer)length) return 1;
    return length + (size_t)pos + 1;
}

static int rc_has_specials(const char *p, size_t lp) {
    for (size_t i = 0; i < lp; i++)
        if (strchr(RC_SPECIALS, p[i]) && p[i] != '\0') return 1;
    return 0;
}

static const char *rc_find_plain(rc_match *m, const char *s, size_t ls, const char *p, size_t lp) {
    if (lp == 0) return s;
    if (lp > ls) return NULL;
    const char *last = s + (ls - lp);
    for (const char *at = s; at <= last; at++) {
        rc_step(m);
        at = memchr(at, *p, (size_t)(last - at) + 1);
        if (at == NULL) return NULL;
        if (memcmp(at + 1, p + 1, lp - 1) == 0) return at;
    }
    return NULL;
}

static int rc_find_or_match(lua_State *L, int find) {
    const char *what = find ? "string.find" : "string.match";
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    size_t init = rc_start_index(luaL_optinteger(L, 3, 1), ls);
    rc_match m;
    rc_match_init(&m, L, what, s, ls, p, lp);
    if (init > ls + 1) {
        lua_pushnil(L);
        return 1;
    }
    if (find && (lua_toboolean(L, 4) || !rc_has_specials(p, lp))) {
        const char *at = rc_find_plain(&m, s + init - 1, ls - init + 1, p, lp);
        rc_charge(L, m.steps, what);
        if (at) {
            lua_pushinteger(L, (at - s) + 1);
            lua_pushinteger(L, (at - s) + (lua_Integer)lp);
            return 2;
        }
        lua_pushnil(L);
        return 1;
    }
    int anchored = (*p == '^');
    if (anchored) {
        p++;
        lp--;
        m.pattern_end = p + lp;
    }
    const char *start = s + init - 1;
    do {
        rc_match_reset(&m);
        const char *end = rc_do_match(&m, start, p);
        if (end) {
            rc_charge(L, m.steps, what);
            if (find) {
                lua_pushinteger(L, (start - s) + 1);
                lua_pushinteger(L, end - s);
                return rc_push_captures(&m, NULL, NULL) + 2;
            }
            return rc_push_captures(&m, start, end);
        }
    } while (start++ < m.subject_end && !anchored);
    rc_charge(L, m.steps, what);
    lua_pushnil(L);
    return 1;
}

static int rc_str_find(lua_State *L) { return rc_find_or_match(L, 1); }
static int rc_str_match(lua_State *L) { return rc_find_or_match(L, 0); }

// MARK: - gmatch

typedef struct rc_gmatch {
    const char *next;         // where the next search starts
    const char *last_match;   // end of the last match, to skip empty repeats
    const char *pattern;
    rc_match m;
} rc_gmatch;

static int rc_gmatch_step(lua_State *L) {
    rc_gmatch *g = (rc_gmatch *)lua_touserdata(L, lua_upvalueindex(3));
    g->m.L = L;
    for (const char *src = g->next; src <= g->m.subject_end; src++) {
        rc_match_reset(&g->m);
        const char *end = rc_do_match(&g->m, src, g->pattern);
        if (end != NULL && end != g->last_match) {
            g->next = g->last_match = end;
            rc_charge(L, g->m.steps, g->m.what);
            g->m.steps = 0;
            return rc_push_captures(&g->m, src, end);
        }
    }
    rc_charge(L, g->m.steps, g->m.what);
    g->m.steps = 0;
    return 0;
}

static int rc_str_gmatch(lua_State *L) {
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    size_t init = rc_start_index(luaL_optinteger(L, 3, 1), ls);
    lua_settop(L, 2);
    rc_gmatch *g = (rc_gmatch *)lua_newuserdatauv(L, sizeof(rc_gmatch), 0);
    rc_match_init(&g->m, L, "string.gmatch", s, ls, p, lp);
    if (init > ls + 1) init = ls + 1;
    g->next = s + init - 1;
    g->last_match = NULL;
    g->pattern = p;
    lua_pushcclosure(L, rc_gmatch_step, 3);   // keeps subject and pattern alive
    return 1;
}

// MARK: - gsub

static void rc_add_replacement_string(rc_match *m, luaL_Buffer *b, const char *s, const char *e) {
    size_t length;
    lua_State *L = m->L;
    const char *repl = lua_tolstring(L, 3, &length);
    const char *end = repl + length;
    for (const char *p = repl; p < end; p++) {
        if (*p != RC_ESC) {
            luaL_addchar(b, *p);
            continue;
        }
        p++;
        if (p < end && *p == RC_ESC) {
            luaL_addchar(b, RC_ESC);
        } else if (p < end && isdigit((unsigned char)*p)) {
            if (*p == '0') {
                luaL_addlstring(b, s, (size_t)(e - s));
            } else {
                rc_push_capture(m, *p - '1', s, e);
                luaL_tolstring(L, -1, NULL);
                lua_remove(L, -2);
                luaL_addvalue(b);
            }
        } else {
            luaL_error(L, "invalid use of '%c' in replacement string", RC_ESC);
        }
    }
}

static int rc_add_replacement(rc_match *m, luaL_Buffer *b, const char *s, const char *e, int kind) {
    lua_State *L = m->L;
    if (kind == LUA_TFUNCTION) {
        lua_pushvalue(L, 3);
        int n = rc_push_captures(m, s, e);
        lua_call(L, n, 1);
    } else if (kind == LUA_TTABLE) {
        rc_push_capture(m, 0, s, e);
        lua_gettable(L, 3);
    } else {
        rc_add_replacement_string(m, b, s, e);
        return 1;
    }
    if (!lua_toboolean(L, -1)) {        // nil or false: keep the original text
        lua_pop(L, 1);
        luaL_addlstring(b, s, (size_t)(e - s));
        return 0;
    }
    if (!lua_isstring(L, -1)) return luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    luaL_addvalue(b);
    return 1;
}

static int rc_str_gsub(lua_State *L) {
    size_t ls, lp;
    const char *src = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    const char *last_match = NULL;
    int kind = lua_type(L, 3);
    lua_Integer max_n = luaL_optinteger(L, 4, (lua_Integer)ls + 1);
    luaL_argexpected(L, kind == LUA_TNUMBER || kind == LUA_TSTRING || kind == LUA_TFUNCTION || kind == LUA_TTABLE, 3,
                     "string/function/table");
    rc_match m;
    rc_match_init(&m, L, "string.gsub", src, ls, p, lp);
    int anchored = (*p == '^');
    if (anchored) {
        p++;
        lp--;
        m.pattern_end = p + lp;
    }
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    lua_Integer n = 0;
    int changed = 0;
    while (n < max_n) {
        rc_match_reset(&m);
        const char *e = rc_do_match(&m, src, p);
        if (e != NULL && e != last_match) {
            n++;
            changed = rc_add_replacement(&m, &b, src, e, kind) | changed;
            src = last_match = e;
        } else if (src < m.subject_end) {
            luaL_addchar(&b, *src++);
        } else {
            break;
        }
        if (anchored) break;
    }
    rc_charge(L, m.steps, "string.gsub");
    if (!changed) {
        lua_pushvalue(L, 1);
    } else {
        luaL_addlstring(&b, src, (size_t)(m.subject_end - src));
        luaL_pushresult(&b);
    }
    lua_pushinteger(L, n);
    return 2;
}

void rc_install_patterns(lua_State *L) {
    lua_pushcfunction(L, rc_str_find);
    lua_setfield(L, -2, "find");
    lua_pushcfunction(L, rc_str_match);
    lua_setfield(L, -2, "match");
    lua_pushcfunction(L, rc_str_gmatch);
    lua_setfield(L, -2, "gmatch");
    lua_pushcfunction(L, rc_str_gsub);
    lua_setfield(L, -2, "gsub");
}
