/// One benefit of a 271 (loop 2110C or 2110D): an EB segment with its dates and messages.
///
/// Amounts are exact cents and percentages exact basis points: `EB*A*IND*98**GOLD*27**.2***N*Y`
/// is a 20 % in-network office-visit co-insurance, ``percentage`` 2000. `EB03` repeats, so one EB
/// can cover several service types (`98^UC`).
///
/// ```swift
/// let copay = EligibilityBenefit(
///     .coPayment, coverageLevel: .individual, serviceTypes: ["98", "UC"], timePeriod: .visit,
///     amount: 2500, network: .inNetwork)
/// ```
public struct EligibilityBenefit: Sendable, Hashable {
    /// EB01.
    public var information: Information
    /// EB02.
    public var coverageLevel: CoverageLevel?
    /// EB03, the service type codes (`30` health benefit plan coverage, `98` office visit, `UC` urgent care).
    public var serviceTypes: [String]
    /// EB04, the insurance type (`HM` HMO, `PR` PPO, `C1` commercial, `MB` Medicare Part B).
    public var insuranceType: String?
    /// EB05, the plan's name or coverage description.
    public var planDescription: String?
    /// EB06.
    public var timePeriod: TimePeriod?
    /// EB07 in cents: the copay, deductible or out-of-pocket amount.
    public var amount: Int64?
    /// EB08 in basis points: co-insurance as a fraction, `.2` (20 %) being 2000.
    public var percentage: Int?
    /// EB09, what ``quantity`` counts (`VS` visits, `DY` days).
    public var quantityQualifier: String?
    /// EB10.
    public var quantity: X12Decimal?
    /// EB11: whether authorization or certification is required; `nil` when not sent or unknown (`U`).
    public var authorizationRequired: Bool?
    /// EB12.
    public var network: Network?
    /// DTP segments of the benefit loop.
    public var dates: [EligibilityDate]
    /// MSG free text (not meant for processing).
    public var messages: [String]
    /// AAA segments of the benefit loop: why this benefit could not be answered.
    public var rejections: [EligibilityRejection]

    public init(
        _ information: Information, coverageLevel: CoverageLevel? = nil, serviceTypes: [String] = [],
        insuranceType: String? = nil, planDescription: String? = nil, timePeriod: TimePeriod? = nil,
        amount: Int64? = nil, percentage: Int? = nil, quantityQualifier: String? = nil, quantity: X12Decimal? = nil,
        authorizationRequired: Bool? = nil, network: Network? = nil, dates: [EligibilityDate] = [],
        messages: [String] = [], rejections: [EligibilityRejection] = []
    ) {
        self.information = information
        self.coverageLevel = coverageLevel
        self.serviceTypes = serviceTypes
        self.insuranceType = insuranceType
        self.planDescription = planDescription
        self.timePeriod = timePeriod
        self.amount = amount
        self.percentage = percentage
        self.quantityQualifier = quantityQualifier
        self.quantity = quantity
        self.authorizationRequired = authorizationRequired
        self.network = network
        self.dates = dates
        self.messages = messages
        self.rejections = rejections
    }
}

// MARK: - Segments

extension EligibilityBenefit {
    /// EB, then DTP, AAA and MSG.
    var segments: [X12Segment] {
        var elements = [X12Element](repeating: "", count: 12)
        elements[0] = X12Element(information.code)
        elements[1] = X12Element(coverageLevel?.code ?? "")
        elements[2] = X12Element(repetitions: serviceTypes.map { [$0] })
        elements[3] = X12Element(insuranceType ?? "")
        elements[4] = X12Element(planDescription ?? "")
        elements[5] = X12Element(timePeriod?.code ?? "")
        elements[6] = X12Element(amount.map(X12Decimal.dollars(cents:)) ?? "")
        elements[7] = X12Element(percentage.map(X12Decimal.fraction(basisPoints:)) ?? "")
        elements[8] = X12Element(quantityQualifier ?? "")
        elements[9] = X12Element(quantity?.x12 ?? "")
        elements[10] = X12Element(authorizationRequired.map { $0 ? "Y" : "N" } ?? "")
        elements[11] = X12Element(network?.code ?? "")
        return [X12Segment("EB", elements)] + dates.map(\.segment) + rejections.map(\.segment)
            + messages.map { X12Segment("MSG", [X12Element($0)]) }
    }

    init(reading eb: X12Segment) throws(X12Error) {
        self.init(Information(code: try eb.required(1, "an eligibility or benefit code such as 1")))
        coverageLevel = eb.optional(2).map(CoverageLevel.init(code:))
        serviceTypes = eb.element(3).repetitions.compactMap { $0.first }.filter { !$0.isEmpty }
        insuranceType = eb.optional(4)
        planDescription = eb.optional(5)
        timePeriod = eb.optional(6).map(TimePeriod.init(code:))
        amount = try eb.cents(7)
        percentage = try eb.basisPoints(8)
        quantityQualifier = eb.optional(9)
        quantity = try eb.decimal(10, "a quantity such as 30")
        switch eb[11] {
        case "Y": authorizationRequired = true
        case "N": authorizationRequired = false
        default: authorizationRequired = nil
        }
        network = eb.optional(12).map(Network.init(code:))
    }
}
