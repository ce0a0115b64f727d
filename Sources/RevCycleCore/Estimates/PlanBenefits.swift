/// What a 271 eligibility response said a patient's plan pays, for one network status.
///
/// Amounts are what remains for the plan year on the day of the response. An unknown
/// out-of-pocket remaining (`nil`) means no cap is applied to the estimate.
///
/// ```swift
/// let benefits = try PlanBenefits(
///     network: .inNetwork, copays: [ServiceTypeCode.officeVisit: try Money(parsing: "30.00")],
///     coinsuranceBasisPoints: 2_000, deductibleRemaining: try Money(parsing: "250.00"),
///     outOfPocketRemaining: try Money(parsing: "3000.00"))
/// benefits.copay(for: "98")   // $30.00
/// benefits.copay(for: "47")   // nil: no copay for "47" and none for the generic "30"
/// ```
public struct PlanBenefits: Sendable, Hashable {
    public var network: NetworkStatus
    /// Whether the coverage is in force on the date of service. When it is not, the estimate is self-pay.
    public var isCoverageActive: Bool
    /// Copays by service type code (``ServiceTypeCode``): `98` office visit, `UC` urgent care, `30` generic, …
    public var copays: [String: Money]
    /// The patient's coinsurance after the deductible, in basis points (20% = 2 000).
    public var coinsuranceBasisPoints: Int64
    public var deductibleRemaining: Money
    /// What the patient can still pay this plan year before the plan pays in full; `nil` when unknown.
    public var outOfPocketRemaining: Money?
    /// Whether a line that takes a copay is exempt from the deductible and coinsurance (the common
    /// commercial design, and the default). When `false`, the deductible and then the coinsurance
    /// apply to what is left of the line's allowed amount after its copay.
    public var copayWaivesDeductible: Bool

    /// - Throws: ``RevCycleError`` (`invalidInput`) for a negative amount or a coinsurance outside 0–10 000 basis points.
    public init(network: NetworkStatus = .inNetwork, isCoverageActive: Bool = true, copays: [String: Money] = [:],
                coinsuranceBasisPoints: Int64, deductibleRemaining: Money, outOfPocketRemaining: Money?,
                copayWaivesDeductible: Bool = true) throws {
        for (code, copay) in copays.sorted(by: { $0.key < $1.key }) where copay.isNegative {
            throw RevCycleError(.invalidInput, "The copay for service type \(code) is \(copay); expected zero or more.",
                                at: "copay \(code)")
        }
        guard (0...10_000).contains(coinsuranceBasisPoints) else {
            throw RevCycleError(.invalidInput,
                                "The coinsurance is \(coinsuranceBasisPoints) basis points; expected 0 to 10000 (0% to 100%).",
                                at: "coinsurance")
        }
        let amounts = [("deductible remaining", deductibleRemaining), ("out-of-pocket remaining", outOfPocketRemaining)]
        for case let (name, amount?) in amounts where amount.isNegative {
            throw RevCycleError(.invalidInput, "The \(name) is \(amount); expected zero or more.", at: name)
        }
        self.init(uncheckedNetwork: network, isCoverageActive: isCoverageActive, copays: copays,
                  coinsuranceBasisPoints: coinsuranceBasisPoints, deductibleRemaining: deductibleRemaining,
                  outOfPocketRemaining: outOfPocketRemaining, copayWaivesDeductible: copayWaivesDeductible)
    }

    /// Benefits for coverage that is not in force: every line is self-pay.
    public static let inactive = PlanBenefits(
        uncheckedNetwork: .notApplicable, isCoverageActive: false, copays: [:], coinsuranceBasisPoints: 0,
        deductibleRemaining: .zero, outOfPocketRemaining: nil, copayWaivesDeductible: true)

    /// The copay for a service type, falling back to the plan's generic `30` copay; `nil` when neither has one.
    public func copay(for serviceType: String) -> Money? {
        copays[serviceType] ?? copays[ServiceTypeCode.healthBenefitPlanCoverage]
    }

    private init(uncheckedNetwork network: NetworkStatus, isCoverageActive: Bool, copays: [String: Money],
                 coinsuranceBasisPoints: Int64, deductibleRemaining: Money, outOfPocketRemaining: Money?,
                 copayWaivesDeductible: Bool) {
        self.network = network
        self.isCoverageActive = isCoverageActive
        self.copays = copays
        self.coinsuranceBasisPoints = coinsuranceBasisPoints
        self.deductibleRemaining = deductibleRemaining
        self.outOfPocketRemaining = outOfPocketRemaining
        self.copayWaivesDeductible = copayWaivesDeductible
    }
}
