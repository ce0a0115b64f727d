import Foundation
import RevCycleCore

// MARK: - JSON rendering

extension ScriptValue {
    /// The value as JSON text with sorted keys; integers print without a fraction, and
    /// non-finite numbers print as `null`.
    ///
    /// - Parameter pretty: Indent nested values by two spaces, one field per line.
    public func jsonString(pretty: Bool = false) -> String {
        var out = ""
        render(into: &out, pretty: pretty, indent: 0)
        return out
    }

    private func render(into out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null:
            out += "null"
        case .bool(let value):
            out += value ? "true" : "false"
        case .integer(let value):
            out += String(value)
        case .number(let value):
            out += value.isFinite ? "\(value)" : "null"
        case .string(let value):
            Self.renderString(value, into: &out)
        case .array(let elements):
            guard !elements.isEmpty else {
                out += "[]"
                return
            }
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += "," }
                Self.newline(into: &out, pretty: pretty, indent: indent + 1)
                element.render(into: &out, pretty: pretty, indent: indent + 1)
            }
            Self.newline(into: &out, pretty: pretty, indent: indent)
            out += "]"
        case .table(let fields):
            guard !fields.isEmpty else {
                out += "{}"
                return
            }
            out += "{"
            for (index, key) in fields.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                Self.newline(into: &out, pretty: pretty, indent: indent + 1)
                Self.renderString(key, into: &out)
                out += pretty ? ": " : ":"
                fields[key]!.render(into: &out, pretty: pretty, indent: indent + 1)
            }
            Self.newline(into: &out, pretty: pretty, indent: indent)
            out += "}"
        }
    }

    private static func newline(into out: inout String, pretty: Bool, indent: Int) {
        guard pretty else { return }
        out += "\n" + String(repeating: "  ", count: indent)
    }

    private static func renderString(_ value: String, into out: inout String) {
        JSONText.appendString(value, to: &out)
    }
}

// MARK: - From JSON

extension ScriptValue {
    /// Converts a Foundation JSON object (`JSONSerialization` output, or plain Swift values:
    /// `Bool`, integers, `Double`, `String`, arrays, `[String: Any]`, `NSNull`).
    ///
    /// - Throws: ``ScriptValueError`` naming the path of a value that has no script form.
    public init(jsonObject: Any, path: String = "value") throws {
        switch jsonObject {
        case is NSNull:
            self = .null
        case let value as Bool where Self.isBoolean(jsonObject):
            self = .bool(value)
        case let value as String:
            self = .string(value)
        case let value as [Any]:
            self = .array(
                try value.enumerated().map { try ScriptValue(jsonObject: $1, path: "\(path)[\($0 + 1)]") })
        case let value as [String: Any]:
            var fields: [String: ScriptValue] = [:]
            for (key, element) in value {
                fields[key] = try ScriptValue(jsonObject: element, path: "\(path).\(key)")
            }
            self = .table(fields)
        case let value as Int:
            self = .integer(Int64(value))
        case let value as Int64:
            self = .integer(value)
        case let value as NSNumber:
            if let exact = Int64(exactly: value.doubleValue), !Self.isFloatingNumber(value) {
                self = .integer(exact)
            } else {
                self = .number(value.doubleValue)
            }
        case let value as Double:
            self = .number(value)
        default:
            throw ScriptValueError(path: path, message: "\(type(of: jsonObject)) has no script form")
        }
    }

    /// Parses JSON text.
    ///
    /// - Throws: ``ScriptValueError`` when the text is not JSON.
    public init(json text: String) throws {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw ScriptValueError(path: "value", message: "not valid JSON (\(error.localizedDescription))")
        }
        try self.init(jsonObject: object)
    }

    private static func isBoolean(_ object: Any) -> Bool {
        if type(of: object) == Bool.self { return true }
        if let number = object as? NSNumber {
            let type = String(cString: number.objCType)
            return type == "c" || type == "B"
        }
        return false
    }

    private static func isFloatingNumber(_ number: NSNumber) -> Bool {
        let type = String(cString: number.objCType)
        return type == "d" || type == "f"
    }
}

/// A value that cannot be converted to or from a ``ScriptValue``.
public struct ScriptValueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the value is: `result.edits[2].code`.
    public var path: String
    /// What is wrong with it.
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
