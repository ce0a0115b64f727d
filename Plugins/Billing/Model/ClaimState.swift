/// Where a claim stands; every change is recorded as a transition with who, when and why.
///
/// ```
/// draft ─scrub clean→ scrubbed ─837P→ submitted ─999/277CA→ accepted ─835→ paid | partially-paid | denied
///   ↑                    │                  └──────────→ rejected ─correct→ draft      denied ─→ appealed
///   └──── edit ──────────┘                                                   any adjudicated ─→ closed
/// ```
enum ClaimState: String, Sendable, Hashable, CaseIterable {
    case draft, scrubbed, submitted, accepted, rejected
    case paid
    case partiallyPaid = "partially-paid"
    case denied, appealed, closed

    /// The states a claim may move to from this one.
    var next: Set<ClaimState> {
        switch self {
        case .draft: [.scrubbed, .closed]
        case .scrubbed: [.draft, .submitted, .closed]
        case .submitted: [.accepted, .rejected, .paid, .partiallyPaid, .denied]
        case .accepted: [.paid, .partiallyPaid, .denied, .rejected]
        case .rejected: [.draft, .closed]
        case .paid: [.closed, .accepted, .partiallyPaid, .denied]
        case .partiallyPaid: [.paid, .closed, .appealed, .accepted, .denied]
        case .denied: [.appealed, .closed, .paid, .partiallyPaid, .accepted]
        case .appealed: [.paid, .partiallyPaid, .denied, .closed]
        case .closed: []
        }
    }

    /// Whether the payer has answered with money or a denial.
    var isAdjudicated: Bool { [.paid, .partiallyPaid, .denied, .appealed, .closed].contains(self) }
}
