/// What part of the site a result covers.
enum KPIScope: Sendable, Hashable, CustomStringConvertible {
    case whole
    /// One payer's claims or balances (`AETNA`).
    case payer(String)
    /// Balances the patient side owes.
    case patient
    case ageBucket(AgeBucket)
    /// One denial reason (`CO-197`).
    case reason(String)
    /// The middle value (time to collect).
    case median

    var description: String {
        switch self {
        case .whole: "all"
        case .payer(let payer): "payer \(payer)"
        case .patient: "patient"
        case .ageBucket(let bucket): "\(bucket) days"
        case .reason(let code): "reason \(code)"
        case .median: "median"
        }
    }
}
