/// What one payer allows for each service code (its contracted rate), from the CSV named by the
/// payer's `fee_schedule:` key:
///
/// ```csv
/// code,allowed
/// 99213,92.47
/// 80053,14.49
/// ```
///
/// A code the schedule omits is allowed at the charge (the payer has no contracted rate for it).
public struct PayerFeeSchedule: Sendable, Hashable {
    public private(set) var allowed: [String: Money]

    public static let header = ["code", "allowed"]

    public init(allowed: [String: Money]) { self.allowed = allowed }

    /// - Throws: `malformedInput` listing every bad line.
    public init(csv text: String, file: String) throws {
        let table = try CSVTable(text, file: file, header: Self.header)
        var problems = CSVProblems(file: file)
        var allowed: [String: Money] = [:]
        for row in table.rows {
            do {
                let code = try ServiceCode(parsing: row["code"]).rawValue
                guard allowed[code] == nil else {
                    problems.add(line: row.line, column: "code", "code \(code) appears twice.")
                    continue
                }
                let amount = try Money(parsing: row["allowed"])
                guard amount >= .zero, amount <= Money.postingLimit else {
                    throw RevCycleError(.invalidInput, "An allowed amount must be from 0.00 to \(Money.postingLimit).", at: "allowed")
                }
                allowed[code] = amount
            } catch let error as RevCycleError {
                problems.add(line: row.line, error)
            }
        }
        try problems.throwIfAny(what: "loaded")
        self.allowed = allowed
    }

    /// The allowed amount for `code` billed at `charge`: the contracted rate, never above the charge.
    public func allowedAmount(for code: String, charge: Money) -> Money {
        min(allowed[code.uppercased()] ?? charge, charge)
    }
}
