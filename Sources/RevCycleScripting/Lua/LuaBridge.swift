import CLua
import LuaShim

/// Moves ``ScriptValue``s in and out of a Lua state with non-raising calls only.
///
/// Pushing allocates and could raise on memory errors, so the runtime pushes only while the
/// memory cap is relaxed (host work) or from the C trampoline (which relaxes it). Reading uses
/// `lua_type`, `lua_next`, `lua_tolstring` on strings only, and the number accessors: none of
/// them raises or runs a metamethod.
enum LuaBridge {
    /// Nesting deeper than this is refused both ways.
    static let maxDepth = 32

    // MARK: - Swift to Lua

    static func push(_ value: ScriptValue, _ L: OpaquePointer) {
        switch value {
        case .null:
            lua_pushnil(L)
        case .bool(let flag):
            lua_pushboolean(L, flag ? 1 : 0)
        case .integer(let number):
            lua_pushinteger(L, number)
        case .number(let number):
            lua_pushnumber(L, number)
        case .string(let text):
            pushString(text, L)
        case .array(let elements):
            _ = lua_checkstack(L, 4)
            rc_new_table(L, Int32(clamping: elements.count), 0)
            for (index, element) in elements.enumerated() {
                push(element, L)
                lua_rawseti(L, -2, lua_Integer(index + 1))
            }
        case .table(let fields):
            _ = lua_checkstack(L, 4)
            rc_new_table(L, 0, Int32(clamping: fields.count))
            for (key, element) in fields {
                // Scalars inline: this loop is the hot path of every hook call.
                switch element {
                case .null: continue
                case .bool(let flag): pushString(key, L); lua_pushboolean(L, flag ? 1 : 0)
                case .integer(let number): pushString(key, L); lua_pushinteger(L, number)
                case .number(let number): pushString(key, L); lua_pushnumber(L, number)
                case .string(let text): pushString(key, L); pushString(text, L)
                case .array, .table: pushString(key, L); push(element, L)
                }
                lua_rawset(L, -3)
            }
        }
    }

    /// A string's two words (its representation, not its text): equal words mean equal bytes,
    /// since a small string holds its bytes inline and a large one points at its storage.
    /// Unequal words say nothing.
    @inline(__always)
    static func words(of text: String) -> (UInt64, UInt64) {
        withUnsafeBytes(of: text) { ($0.load(fromByteOffset: 0, as: UInt64.self), $0.load(fromByteOffset: 8, as: UInt64.self)) }
    }

    /// Registry references of interned Lua strings for a record's field names, so that pushing
    /// a payload key is a registry read instead of hashing and interning the name on every call.
    final class InternedKeys: @unchecked Sendable {
        /// One name: its two words (see ``LuaBridge/words(of:)``; `names` keeps a large name's
        /// storage alive, so its words cannot be reused by other text) and its registry reference.
        private struct Entry {
            var word0: UInt64
            var word1: UInt64
            var ref: Int32
        }

        let names: [String]
        /// Immutable after init; a raw buffer so that the hot loop touches no reference counts.
        private let entries: UnsafeMutableBufferPointer<Entry>

        static let none = InternedKeys(names: [], refs: [])

        init(names: [String], refs: [Int32]) {
            self.names = names
            entries = .allocate(capacity: names.count)
            for (index, name) in names.enumerated() {
                let (word0, word1) = LuaBridge.words(of: name)
                entries.initializeElement(at: index, to: Entry(word0: word0, word1: word1, ref: refs[index]))
            }
        }

        deinit { entries.deallocate() }

        var isEmpty: Bool { entries.isEmpty }
        var count: Int { entries.count }

        /// The position and reference of `key`, or nil when it is not one of the names.
        @inline(__always)
        func position(of key: String) -> (index: Int, ref: Int32)? {
            let (word0, word1) = LuaBridge.words(of: key)
            for index in entries.indices where entries[index].word0 == word0 && entries[index].word1 == word1 {
                return (index, entries[index].ref)
            }
            for (index, name) in names.enumerated() where name.utf8.elementsEqual(key.utf8) { return (index, entries[index].ref) }
            return nil
        }

        /// The reference of the name at `index`.
        @inline(__always)
        func ref(at index: Int) -> Int32 { entries[index].ref }

        /// The reference of `key`, or nil when it is not one of the names (compared byte for
        /// byte, as Lua compares keys).
        @inline(__always)
        func ref(of key: String) -> Int32? {
            let (word0, word1) = LuaBridge.words(of: key)
            for entry in entries where entry.word0 == word0 && entry.word1 == word1 { return entry.ref }
            for (index, name) in names.enumerated() where name.utf8.elementsEqual(key.utf8) { return entries[index].ref }
            return nil
        }
    }

    /// Pushes a payload whose top-level record keys may be interned in `keys`; any other value
    /// (and any key not in `keys`) is pushed as ``push(_:_:)`` does.
    static func push(_ value: ScriptValue, _ L: OpaquePointer, keys: InternedKeys) {
        guard case .table(let fields) = value, !keys.isEmpty else { return push(value, L) }
        _ = lua_checkstack(L, 4)
        rc_new_table(L, 0, Int32(clamping: fields.count))
        for (key, element) in fields {
            if case .null = element { continue }
            if let ref = keys.ref(of: key) { rc_push_ref(L, ref) } else { pushString(key, L) }
            switch element {
            case .null: break
            case .bool(let flag): lua_pushboolean(L, flag ? 1 : 0)
            case .integer(let number): lua_pushinteger(L, number)
            case .number(let number): lua_pushnumber(L, number)
            case .string(let text): pushString(text, L)
            case .array, .table: push(element, L)
            }
            lua_rawset(L, -3)
        }
    }

    /// Pushes a handler's payload: into its reused table when the payload is a record whose every
    /// key is declared (the common case: no table is allocated per call), else as a new table.
    static func push(_ value: ScriptValue, _ L: OpaquePointer, for handler: LuaSite.Handler) {
        guard let reusable = handler.reusablePayload, case .table(let fields) = value else {
            return push(value, L, keys: handler.payloadKeys)
        }
        let keys = handler.payloadKeys
        _ = lua_checkstack(L, 6)
        rc_push_ref(L, reusable.data)
        var set: UInt64 = 0
        for (key, element) in fields {
            if case .null = element { continue }
            guard let (index, ref) = keys.position(of: key) else {
                // A key the hook does not declare: this call gets a new table. What was written so
                // far stays marked, so the next call clears it.
                handler.payloadFieldsSet |= set
                lua_settop(L, -2)
                return push(value, L, keys: keys)
            }
            rc_push_ref(L, ref)
            switch element {
            case .null: break
            case .bool(let flag): lua_pushboolean(L, flag ? 1 : 0)
            case .integer(let number): lua_pushinteger(L, number)
            case .number(let number): lua_pushnumber(L, number)
            case .string(let text): pushString(text, L)
            case .array, .table: push(element, L)
            }
            lua_rawset(L, -3)
            set |= 1 << UInt64(index)
        }
        var stale = handler.payloadFieldsSet & ~set
        while stale != 0 {
            let index = stale.trailingZeroBitCount
            rc_push_ref(L, keys.ref(at: index))
            lua_pushnil(L)
            lua_rawset(L, -3)
            stale &= stale - 1
        }
        handler.payloadFieldsSet = set
        if reusable.proxy != reusable.data {
            lua_settop(L, -2)
            rc_push_ref(L, reusable.proxy)
        }
    }

    @inline(__always)
    static func pushString(_ text: String, _ L: OpaquePointer) {
        let pushed: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            _ = lua_pushlstring(L, bytes.baseAddress, bytes.count)
        }
        if pushed == nil {
            var copy = text
            copy.withUTF8 { bytes in _ = lua_pushlstring(L, bytes.baseAddress, bytes.count) }
        }
    }

    // MARK: - Lua to Swift

    /// Reads the value at `index`.
    ///
    /// - Throws: ``ScriptValueError`` naming the path of a function, userdata, thread, cycle,
    ///   mixed or sparse table, a table nested deeper than 32, a non-finite number or a string
    ///   that is not UTF-8.
    static func read(_ L: OpaquePointer, at index: Int32, path: String) throws(ScriptValueError) -> ScriptValue {
        var visiting: Set<UnsafeRawPointer> = []
        return try read(L, at: lua_absindex(L, index), path: path, depth: 0, visiting: &visiting)
    }

    private static func read(
        _ L: OpaquePointer, at index: Int32, path: String, depth: Int, visiting: inout Set<UnsafeRawPointer>
    ) throws(ScriptValueError) -> ScriptValue {
        switch lua_type(L, index) {
        case LUA_TNIL, LUA_TNONE:
            return .null
        case LUA_TBOOLEAN:
            return .bool(lua_toboolean(L, index) != 0)
        case LUA_TNUMBER:
            if rc_is_integer(L, index) != 0 { return .integer(lua_tointegerx(L, index, nil)) }
            let number = lua_tonumberx(L, index, nil)
            guard number.isFinite else { throw ScriptValueError(path: path, message: "is not a finite number") }
            return .number(number)
        case LUA_TSTRING:
            guard let text = readString(L, at: index) else {
                throw ScriptValueError(path: path, message: "is not valid UTF-8 text")
            }
            return .string(text)
        case LUA_TTABLE:
            return try readTable(L, at: index, path: path, depth: depth, visiting: &visiting)
        default:
            let name = String(cString: lua_typename(L, lua_type(L, index)))
            throw ScriptValueError(path: path, message: "is a \(name), which cannot leave Lua")
        }
    }

    /// Reads the value on top of the stack as a result: scalars without the general walk (the
    /// common policy result), anything else as ``read(_:at:path:)`` does.
    @inline(__always)
    static func readResult(_ L: OpaquePointer) throws(ScriptValueError) -> ScriptValue {
        switch lua_type(L, -1) {
        case LUA_TNUMBER where rc_is_integer(L, -1) != 0: return .integer(lua_tointegerx(L, -1, nil))
        case LUA_TBOOLEAN: return .bool(lua_toboolean(L, -1) != 0)
        case LUA_TNIL: return .null
        default: return try read(L, at: -1, path: "result")
        }
    }

    static func readString(_ L: OpaquePointer, at index: Int32) -> String? {
        var length = 0
        guard let bytes = lua_tolstring(L, index, &length) else { return nil }
        return bytes.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(validating: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    private static func readTable(
        _ L: OpaquePointer, at index: Int32, path: String, depth: Int, visiting: inout Set<UnsafeRawPointer>
    ) throws(ScriptValueError) -> ScriptValue {
        guard depth < maxDepth else { throw ScriptValueError(path: path, message: "nests deeper than \(maxDepth) tables") }
        guard let identity = lua_topointer(L, index) else { return .null }
        guard visiting.insert(identity).inserted else {
            throw ScriptValueError(path: path, message: "contains itself (a cycle)")
        }
        defer { visiting.remove(identity) }
        guard lua_checkstack(L, 4) != 0 else { throw ScriptValueError(path: path, message: "is too deep") }

        var elements: [Int64: ScriptValue] = [:]
        var fields: [String: ScriptValue] = [:]
        var failure: ScriptValueError?
        let top = lua_gettop(L)
        lua_pushnil(L)
        while lua_next(L, index) != 0 {
            defer { lua_settop(L, -2) }
            let keyType = lua_type(L, -2)
            if keyType == LUA_TSTRING {
                guard let key = readString(L, at: -2) else {
                    failure = ScriptValueError(path: path, message: "has a key that is not valid UTF-8 text")
                    break
                }
                do {
                    fields[key] = try read(L, at: lua_gettop(L), path: "\(path).\(key)", depth: depth + 1, visiting: &visiting)
                } catch {
                    failure = error
                    break
                }
            } else if keyType == LUA_TNUMBER, rc_is_integer(L, -2) != 0 {
                let key = lua_tointegerx(L, -2, nil)
                do {
                    elements[key] = try read(L, at: lua_gettop(L), path: "\(path)[\(key)]", depth: depth + 1, visiting: &visiting)
                } catch {
                    failure = error
                    break
                }
            } else {
                let name = String(cString: lua_typename(L, keyType))
                failure = ScriptValueError(path: path, message: "has a \(name) key; use string keys or a 1..n list")
                break
            }
        }
        lua_settop(L, top)
        if let failure { throw failure }
        if elements.isEmpty { return fields.isEmpty ? .array([]) : .table(fields) }
        guard fields.isEmpty else {
            throw ScriptValueError(path: path, message: "mixes list elements and named fields")
        }
        var array: [ScriptValue] = []
        array.reserveCapacity(elements.count)
        for position in 1...Int64(elements.count) {
            guard let element = elements[position] else {
                throw ScriptValueError(path: path, message: "is a list with holes; use keys 1..n only")
            }
            array.append(element)
        }
        return .array(array)
    }
}
