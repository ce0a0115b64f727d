// MARK: - Rendering for docs

extension ValueShape: CustomStringConvertible {
    /// A compact one-line rendering: `{ code: string(≤20), severity: "error" | "warning" }`.
    public var description: String {
        switch self {
        case .any: return "any"
        case .bool: return "boolean"
        case .integer(let range): return "integer" + Self.rangeSuffix(range)
        case .number: return "number"
        case .string(let maxLength): return "string(≤\(maxLength))"
        case .oneOf(let options): return options.map { "\"\($0)\"" }.joined(separator: " | ")
        case .cents(let range): return "cents" + Self.rangeSuffix(range)
        case .array(let element, let maxCount): return "[\(element)] (≤\(maxCount))"
        case .optional(let shape): return "\(shape)?"
        case .record(let fields):
            if fields.isEmpty { return "{}" }
            let parts = fields.map { "\($0.name)\($0.isRequired ? "" : "?"): \($0.shape)" }
            return "{ " + parts.joined(separator: ", ") + " }"
        }
    }

    /// A multi-line rendering for `revcycle scripts hooks`: one field per line, with field docs.
    ///
    /// ```
    /// {
    ///   claim_id: string(≤40)        -- the claim being scrubbed
    ///   lines: [{ code: string(≤10), cents: cents(0...) }] (≤50)
    /// }
    /// ```
    public func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        switch self {
        case .record(let fields) where !fields.isEmpty:
            var lines = ["{"]
            for field in fields {
                let name = "\(field.name)\(field.isRequired ? "" : "?")"
                var line = "\(pad)  \(name): \(field.shape.rendered(indent: indent + 1))"
                if let doc = field.doc { line += "  -- \(doc)" }
                lines.append(line)
            }
            lines.append("\(pad)}")
            return lines.joined(separator: "\n")
        case .array(let element, let maxCount):
            return "[\(element.rendered(indent: indent))] (≤\(maxCount))"
        case .optional(let shape):
            return "\(shape.rendered(indent: indent))?"
        default:
            return description
        }
    }

    private static func rangeSuffix(_ range: ClosedRange<Int64>) -> String {
        switch (range.lowerBound == Int64.min, range.upperBound == Int64.max) {
        case (true, true): return ""
        case (false, true): return "(\(range.lowerBound)...)"
        case (true, false): return "(...\(range.upperBound))"
        case (false, false): return "(\(range.lowerBound)...\(range.upperBound))"
        }
    }
}
