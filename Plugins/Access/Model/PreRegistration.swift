/// What the front desk must finish before a visit: each step done or what to do about it.
struct PreRegistration: Sendable, Hashable {
    struct Step: Sendable, Hashable {
        let name: String
        let done: Bool
        /// The command or action that completes the step.
        let remedy: String
    }

    let steps: [Step]

    var isComplete: Bool { steps.allSatisfy(\.done) }

    /// `complete`, or `3/5: eligibility, estimate`.
    var summary: String {
        isComplete ? "complete"
            : "\(steps.filter(\.done).count)/\(steps.count): needs " + steps.filter { !$0.done }.map(\.name).joined(separator: ", ")
    }
}
