/// One expected service on a patient estimate: what will be charged and what the payer allows.
///
/// Amounts are line totals for all units, as on a claim line. ``PatientResponsibilityEstimator``
/// checks the line: units at least 1, amounts between zero and ``Money/postingLimit``.
///
/// ```swift
/// let visit = EstimateLine(serviceCode: "99213", description: "Office visit, established patient",
///                          grossCharge: try Money(parsing: "240.00"), allowedAmount: try Money(parsing: "180.00"),
///                          serviceType: ServiceTypeCode.officeVisit)
/// ```
public struct EstimateLine: Sendable, Hashable {
    /// The HCPCS or CPT code.
    public var serviceCode: String
    public var description: String
    public var units: Int
    /// The hospital's charge (chargemaster price) for the line.
    public var grossCharge: Money
    /// What the payer allows: its fee schedule amount, or the gross charge when there is none.
    public var allowedAmount: Money
    /// The eligibility service type code (``ServiceTypeCode``) whose benefits apply to the line.
    public var serviceType: String

    /// - Parameter allowedAmount: the payer's fee schedule amount; `nil` uses `grossCharge`.
    public init(serviceCode: String, description: String, units: Int = 1, grossCharge: Money,
                allowedAmount: Money? = nil, serviceType: String = ServiceTypeCode.healthBenefitPlanCoverage) {
        self.serviceCode = serviceCode
        self.description = description
        self.units = units
        self.grossCharge = grossCharge
        self.allowedAmount = allowedAmount ?? grossCharge
        self.serviceType = serviceType
    }
}
