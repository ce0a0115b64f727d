/// Who owes the open balance of an account: one insurance payer, the patient, or nobody
/// because the hospital holds a credit (an overpayment to refund or apply).
public enum Liability: Sendable, Hashable, Comparable, CustomStringConvertible {
    case insurance(PayerCode)
    case patient
    case credit

    public var description: String {
        switch self {
        case .insurance(let payer): "insurance:\(payer)"
        case .patient: "patient"
        case .credit: "credit"
        }
    }

    public init(parsing text: String) throws {
        switch text.lowercased() {
        case "patient": self = .patient
        case "credit": self = .credit
        default:
            let parts = text.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "insurance" else {
                throw RevCycleError(
                    .invalidInput,
                    "\"\(text)\" is not a liability; expected patient, credit or insurance:<PAYER>, such as insurance:MEDICARE.")
            }
            self = .insurance(try PayerCode(String(parts[1])))
        }
    }

    private var order: (Int, String) {
        switch self {
        case .insurance(let payer): (0, payer.rawValue)
        case .patient: (1, "")
        case .credit: (2, "")
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}
