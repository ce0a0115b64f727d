/// A value that crosses the boundary between the host and a site's Lua scripts.
///
/// Payloads handed to hooks and results returned by policies are `ScriptValue`s. Lua integers
/// and floats stay apart (`.integer` vs `.number`), so money in whole cents never becomes a
/// `Double` on the way through. A Lua table whose keys are exactly `1...n` is an ``array(_:)``;
/// a table with string keys is a ``table(_:)``; an empty Lua table converts to `.array([])`, and
/// shapes accept it where a record is expected.
///
/// ```swift
/// let payload: ScriptValue = .table(["claim_id": "C-1", "total_cents": 12_500])
/// payload["total_cents"]?.integerValue   // 12500
/// ```
///
/// - Important: Lua has no null inside arrays: `.null` elements of an ``array(_:)`` become holes
///   and are refused on the way back. A `.null` record field is simply absent in Lua.
public enum ScriptValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([ScriptValue])
    case table([String: ScriptValue])

    // MARK: - Accessors

    /// Whether this is ``null``.
    public var isNull: Bool { self == .null }

    /// The Boolean, if this is ``bool(_:)``.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The integer, if this is ``integer(_:)``.
    public var integerValue: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The number as a `Double`, for ``number(_:)`` and ``integer(_:)``.
    public var numberValue: Double? {
        switch self {
        case .number(let value): return value
        case .integer(let value): return Double(value)
        default: return nil
        }
    }

    /// The string, if this is ``string(_:)``.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The elements, if this is ``array(_:)``.
    public var arrayValue: [ScriptValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The fields, if this is ``table(_:)`` (or an empty array, which Lua cannot tell apart).
    public var tableValue: [String: ScriptValue]? {
        switch self {
        case .table(let value): return value
        case .array(let value) where value.isEmpty: return [:]
        default: return nil
        }
    }

    /// The field `key` of a ``table(_:)``.
    public subscript(key: String) -> ScriptValue? {
        tableValue?[key]
    }

    /// The element at `index` (0-based) of an ``array(_:)``.
    public subscript(index: Int) -> ScriptValue? {
        guard let array = arrayValue, array.indices.contains(index) else { return nil }
        return array[index]
    }

    /// A short name of the kind of value, as used in messages ("an integer", "a string").
    public var kindDescription: String {
        switch self {
        case .null: return "nil"
        case .bool: return "a boolean"
        case .integer: return "an integer"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .table: return "a table"
        }
    }
}

// MARK: - Literals

extension ScriptValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: ScriptValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, ScriptValue)...) {
        self = .table(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
