import RevCycleCore

/// Collects every field's validation error so that one run reports all of them, then throws
/// them together: a registrar fixes the form once, not once per field.
///
/// ```swift
/// var problems = FieldProblems()
/// let phone = problems.check { try PhoneNumber(parsing: text, field: "--phone") }
/// try problems.throwIfAny()
/// ```
struct FieldProblems {
    private(set) var errors: [RevCycleError] = []

    /// The value `body` makes, or `nil` after recording its error (placed at `field` when the
    /// error does not say where it is).
    mutating func check<T>(at field: String? = nil, _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch var error as RevCycleError {
            if error.inputLocation == nil { error.inputLocation = field }
            errors.append(error)
        } catch {
            errors.append(RevCycleError(.invalidInput, "\(error)"))
        }
        return nil
    }

    mutating func add(_ message: String, at field: String) {
        errors.append(RevCycleError(.invalidInput, message, at: field))
    }

    /// - Throws: the one error, or an `invalidInput` error listing each field's problem.
    func throwIfAny(what: String = "the registration") throws {
        guard let first = errors.first else { return }
        if errors.count == 1 { throw first }
        throw RevCycleError(.invalidInput, "\(errors.count) problems with \(what): "
                            + errors.map { "\($0.inputLocation.map { "\($0): " } ?? "")\($0.message)" }.joined(separator: " "),
                            remedy: "correct them and try again; nothing was recorded")
    }
}
