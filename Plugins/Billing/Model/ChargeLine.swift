import Foundation
import RevCycleCore

/// One service billed on an encounter: the code and its modifiers, units, the line's charge,
/// which of the encounter's diagnoses it treats, who rendered it, and who owes it first.
struct ChargeLine: Sendable, Hashable {
    var id: Int64
    var account: AccountID
    var code: ServiceCode
    var modifiers: [Modifier]
    var units: Int
    /// The line total (price × units unless given otherwise).
    var amount: Money
    /// 1-based positions in the encounter's diagnosis list (at most four, as the 837P allows).
    var diagnosisPointers: [Int]
    var renderingProvider: NationalProviderID
    var serviceDate: CalendarDate
    var revenueCode: String?
    var liability: Liability
    /// The journal entry that posted it.
    var entry: JournalEntryID?
}

/// A CPT/HCPCS modifier: two letters or digits (`25`, `59`, `LT`, `XU`).
struct Modifier: Sendable, Hashable, CustomStringConvertible {
    let rawValue: String

    init(parsing text: String) throws {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard code.count == 2, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw RevCycleError(.invalidInput, "\"\(text)\" is not a modifier; expected two letters or digits such as 25, 59 or LT.",
                                at: "--modifiers")
        }
        rawValue = code
    }

    var description: String { rawValue }
}
