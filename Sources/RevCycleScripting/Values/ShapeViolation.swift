/// One way a value does not fit its ``ValueShape``.
///
/// Its description reads `result.edits[2].severity: expected one of error, warning; got "fatal"`.
public struct ShapeViolation: Sendable, Hashable, CustomStringConvertible {
    /// Where the value is (`result.edits[2].severity`); array indices count from 1.
    public var path: String
    /// What the shape wanted.
    public var expected: String
    /// What was there.
    public var actual: ScriptValue

    public init(path: String, expected: String, actual: ScriptValue) {
        self.path = path
        self.expected = expected
        self.actual = actual
    }

    public var description: String {
        let got: String
        switch actual {
        case .null: got = "nothing"
        case .array, .table: got = actual.kindDescription
        default: got = actual.jsonString()
        }
        return "\(path): expected \(expected); got \(got)"
    }
}
