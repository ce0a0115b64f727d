import RevCycleCore

/// A site parameter a module reads, declared with its type, bounds and default.
///
/// A site sets it under `parameters.<module>.<name>` in `config/sites/<site>.yaml`; an unknown
/// name or a value out of bounds is a configuration error that names the file and line.
public struct ParameterDeclaration: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case integer(ClosedRange<Int64>)
        /// Whole cents, written in the file as dollars (`25.00`).
        case amount(ClosedRange<Int64>)
        case flag
        case text(allowed: [String]?)
    }

    public var name: String
    public var kind: Kind
    public var defaultValue: ParameterValue
    public var doc: String

    public init(_ name: String, _ kind: Kind, default defaultValue: ParameterValue, doc: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.doc = doc
    }

    /// What the file should hold, for error messages.
    public var expectation: String {
        switch kind {
        case .integer(let range): "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .amount(let range): "an amount from \(Money(cents: range.lowerBound).plainText) to \(Money(cents: range.upperBound).plainText)"
        case .flag: "true or false"
        case .text(let allowed): allowed.map { "one of \($0.joined(separator: ", "))" } ?? "text"
        }
    }
}

/// A parameter's value.
public enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
    case integer(Int64)
    case amountCents(Int64)
    case flag(Bool)
    case text(String)

    public var description: String {
        switch self {
        case .integer(let value): String(value)
        case .amountCents(let cents): Money(cents: cents).plainText
        case .flag(let value): value ? "true" : "false"
        case .text(let value): value
        }
    }
}
