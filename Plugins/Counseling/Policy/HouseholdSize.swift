import RevCycleCore

/// The number of people in the patient's household, as the financial-assistance application counts it.
///
/// HHS guidelines give a figure for the first person and an increment for each additional one, so any
/// size has a line; RevCycle accepts 1 to 20 people, which covers every household a counselor will meet
/// and catches a typed 0 or a stray digit.
struct HouseholdSize: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The sizes RevCycle accepts.
    static let accepted: ClosedRange<Int> = 1...20

    let people: Int

    /// - Throws: ``RevCycleError`` (`invalidInput`) for 0, a negative count or more than 20 people.
    init(_ people: Int) throws {
        guard Self.accepted.contains(people) else {
            throw RevCycleError(
                .invalidInput,
                "A household of \(people) is out of range; a household has 1 to 20 people.",
                remedy: "Count the patient plus every person in the household named on the application.")
        }
        self.people = people
    }

    var description: String { String(people) }
    static func < (lhs: Self, rhs: Self) -> Bool { lhs.people < rhs.people }
}
