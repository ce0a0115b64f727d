import RevCycleCore
import RevCycleHost

/// Counseling keeps good-faith estimates and watches the bill against them (No Surprises Act).
/// (Filled in by the estimate-dispute work: access.estimate.issued, access.checkin.completed, billing.charge.posted.)
enum EstimateSubscription {
    static let all: [EventSubscription] = []
}
