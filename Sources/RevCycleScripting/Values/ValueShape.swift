/// The shape a hook payload or a policy result must have.
///
/// Modules declare shapes in their ``HookDeclaration``s; the runtime checks every policy result
/// against its shape before the module sees it, exactly as a human request would be checked.
///
/// ```swift
/// let edits: ValueShape = .record([
///     .init("edits", .array(.record([
///         .init("code", .string(maxLength: 20)),
///         .init("severity", .oneOf(["error", "warning"])),
///         .init("message", .optional(.string(maxLength: 200)), required: false),
///     ]), maxCount: 50)),
/// ])
/// edits.validate(result, path: "result")
/// // ["result.edits[2].severity: expected one of error, warning; got \"fatal\""]
/// ```
public indirect enum ValueShape: Sendable, Hashable {
    /// Anything that converts to a ``ScriptValue``.
    case any
    /// `true` or `false`.
    case bool
    /// A Lua integer within the range.
    case integer(ClosedRange<Int64>)
    /// A Lua number (integer or float) that is finite.
    case number
    /// A string of at most `maxLength` characters.
    case string(maxLength: Int)
    /// One of the listed strings (a code).
    case oneOf([String])
    /// Money in whole cents: a Lua integer (never a float) within the range.
    case cents(ClosedRange<Int64>)
    /// An array of elements of a shape, at most `maxCount` long.
    case array(ValueShape, maxCount: Int)
    /// A table with named fields; fields not listed are refused.
    case record([Field])
    /// The shape, or nil.
    case optional(ValueShape)

    /// One field of a ``record(_:)``.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var shape: ValueShape
        /// Whether the field must be present (a missing optional field is fine).
        public var isRequired: Bool
        /// A one-line description used in docs.
        public var doc: String?

        public init(_ name: String, _ shape: ValueShape, required: Bool = true, doc: String? = nil) {
            self.name = name
            self.shape = shape
            self.isRequired = required
            self.doc = doc
        }
    }

    /// Any integer.
    public static let anyInteger: ValueShape = .integer(Int64.min...Int64.max)
    /// A string of up to 1000 characters.
    public static let text: ValueShape = .string(maxLength: 1000)

    // MARK: - Validation

    /// Checks a value against the shape.
    ///
    /// - Parameters:
    ///   - value: The value to check.
    ///   - path: How to name the value in messages (`result`, `payload`).
    /// - Returns: Every violation found (empty when the value fits). Array indices in paths
    ///   count from 1, as in Lua.
    public func validate(_ value: ScriptValue, path: String = "result") -> [ShapeViolation] {
        if conforms(value) { return [] }
        var violations: [ShapeViolation] = []
        check(value, path: path, into: &violations)
        return violations
    }

    private func check(_ value: ScriptValue, path: String, into violations: inout [ShapeViolation]) {
        func fail(_ expected: String) {
            violations.append(ShapeViolation(path: path, expected: expected, actual: value))
        }
        switch self {
        case .any:
            return
        case .optional(let shape):
            if value != .null { shape.check(value, path: path, into: &violations) }
        case .bool:
            if value.boolValue == nil { fail("a boolean") }
        case .integer(let range):
            guard let number = value.integerValue else { return fail(Self.describe(integers: range, noun: "an integer")) }
            if !range.contains(number) { fail(Self.describe(integers: range, noun: "an integer")) }
        case .number:
            guard let number = value.numberValue, number.isFinite else { return fail("a finite number") }
        case .string(let maxLength):
            guard let text = value.stringValue else { return fail("a string") }
            if text.count > maxLength { fail("a string of at most \(maxLength) characters") }
        case .oneOf(let options):
            guard let text = value.stringValue, options.contains(text) else {
                return fail("one of \(options.joined(separator: ", "))")
            }
        case .cents(let range):
            guard let cents = value.integerValue else {
                let hint = value.numberValue != nil ? " (use math.floor or // to make whole cents)" : ""
                return fail("whole cents (an integer)\(hint)")
            }
            if !range.contains(cents) { fail(Self.describe(integers: range, noun: "whole cents")) }
        case .array(let element, let maxCount):
            guard let elements = value.arrayValue ?? (value.tableValue?.isEmpty == true ? [] : nil) else {
                return fail("an array")
            }
            if elements.count > maxCount { fail("an array of at most \(maxCount) elements") }
            for (index, item) in elements.enumerated() {
                element.check(item, path: "\(path)[\(index + 1)]", into: &violations)
            }
        case .record(let fields):
            guard let table = value.tableValue else { return fail("a table") }
            for field in fields {
                let fieldPath = "\(path).\(field.name)"
                guard let fieldValue = table[field.name], fieldValue != .null else {
                    if field.isRequired, !field.shape.acceptsNull {
                        violations.append(ShapeViolation(path: fieldPath, expected: "a value", actual: .null))
                    }
                    continue
                }
                field.shape.check(fieldValue, path: fieldPath, into: &violations)
            }
            let known = Set(fields.map(\.name))
            for key in table.keys.sorted() where !known.contains(key) {
                violations.append(
                    ShapeViolation(path: "\(path).\(key)", expected: "no such field", actual: table[key]!))
            }
        }
    }

    /// Whether the value fits, without building messages (the fast path of every call).
    public func conforms(_ value: ScriptValue) -> Bool {
        switch (self, value) {
        case (.any, _): return true
        case (.optional(let shape), _): return value == .null || shape.conforms(value)
        case (.bool, .bool): return true
        case (.integer(let range), .integer(let number)), (.cents(let range), .integer(let number)):
            return range.contains(number)
        case (.number, .integer): return true
        case (.number, .number(let number)): return number.isFinite
        case (.string(let maxLength), .string(let text)): return text.utf8.count <= maxLength || text.count <= maxLength
        case (.oneOf(let options), .string(let text)): return options.contains(text)
        case (.array(let element, let maxCount), .array(let elements)):
            return elements.count <= maxCount && elements.allSatisfy { element.conforms($0) }
        case (.array, .table(let fields)): return fields.isEmpty
        case (.record(let fields), .table(let table)):
            var matched = 0
            for field in fields {
                guard let fieldValue = table[field.name], fieldValue != .null else {
                    if field.isRequired, !field.shape.acceptsNull { return false }
                    continue
                }
                guard field.shape.conforms(fieldValue) else { return false }
                matched += 1
            }
            return matched == table.count
        case (.record(let fields), .array(let elements)):
            return elements.isEmpty && fields.allSatisfy { !$0.isRequired || $0.shape.acceptsNull }
        default: return false
        }
    }

    private var acceptsNull: Bool {
        switch self {
        case .any, .optional: return true
        default: return false
        }
    }

    static func describe(integers range: ClosedRange<Int64>, noun: String) -> String {
        switch (range.lowerBound == Int64.min, range.upperBound == Int64.max) {
        case (true, true): return noun
        case (false, true): return "\(noun) of at least \(range.lowerBound)"
        case (true, false): return "\(noun) of at most \(range.upperBound)"
        case (false, false): return "\(noun) from \(range.lowerBound) to \(range.upperBound)"
        }
    }
}
