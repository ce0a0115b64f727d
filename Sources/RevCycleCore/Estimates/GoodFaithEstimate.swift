/// The content of a No Surprises Act good-faith estimate for an uninsured or self-pay patient.
///
/// A value only: rendering it (letter, PDF, portal) belongs to the module that sends it. The
/// content follows 45 CFR 149.610(c): the patient, the primary service and its date, the
/// expected items with service and diagnosis codes and expected charges, each provider's or
/// facility's name, NPI and TIN, and the required disclaimers (``disclaimers``).
///
/// ```swift
/// let deadline = try GoodFaithEstimateDeadline(scheduledOn: try CalendarDate(parsing: "2026-11-02"),
///                                              serviceDate: try CalendarDate(parsing: "2026-11-20"),
///                                              calendar: .usFederal(years: [2026]))
/// let estimate = try GoodFaithEstimate(
///     patientName: "Ana Rivera", patientBirthDate: try CalendarDate(parsing: "1984-03-09"),
///     serviceDescription: "Colonoscopy", primaryServiceCode: "45378", diagnosisCodes: ["Z12.11"],
///     items: [try .init(providerName: "North Hospital", npi: try NationalProviderID(parsing: "1234567893"),
///                       tin: try TaxpayerID(parsing: "36-1234567"), serviceCode: "45378",
///                       description: "Colonoscopy, diagnostic", expectedCharge: try Money(parsing: "1450.00"))],
///     issuedOn: try CalendarDate(parsing: "2026-11-02"), deadline: deadline)
/// estimate.total   // $1,450.00
/// ```
public struct GoodFaithEstimate: Sendable, Hashable {
    /// One expected item or service, from one provider or facility.
    public struct Item: Sendable, Hashable {
        public let providerName: String
        public let npi: NationalProviderID
        public let tin: TaxpayerID
        /// The HCPCS or CPT code.
        public let serviceCode: String
        public let description: String
        public let quantity: Int
        /// The expected charge for all of `quantity`.
        public let expectedCharge: Money

        /// - Throws: ``RevCycleError`` (`invalidInput`) for an empty name or code, a quantity below
        ///   1, or a charge below zero or above ``Money/postingLimit``.
        public init(providerName: String, npi: NationalProviderID, tin: TaxpayerID, serviceCode: String,
                    description: String, quantity: Int = 1, expectedCharge: Money) throws {
            let name = providerName.trimmingWhitespace()
            let code = serviceCode.trimmingWhitespace()
            let item = "Good-faith estimate item \(code.isEmpty ? "without a code" : code)"
            guard !name.isEmpty, !code.isEmpty else {
                throw RevCycleError(.invalidInput, "\(item): expected a provider or facility name and a service code.",
                                    at: "item")
            }
            guard quantity >= 1 else {
                throw RevCycleError(.invalidInput, "\(item): the quantity is \(quantity); expected 1 or more.", at: "quantity")
            }
            guard !expectedCharge.isNegative, expectedCharge <= Money.postingLimit else {
                throw RevCycleError(.invalidInput,
                                    "\(item): the expected charge is \(expectedCharge); expected \(Money.zero) to \(Money.postingLimit).",
                                    at: "expected charge")
            }
            self.providerName = name
            self.npi = npi
            self.tin = tin
            self.serviceCode = code
            self.description = description
            self.quantity = quantity
            self.expectedCharge = expectedCharge
        }

        /// An item the site's own facility furnishes.
        public init(facility: Facility, serviceCode: String, description: String, quantity: Int = 1,
                    expectedCharge: Money) throws {
            try self.init(providerName: facility.name, npi: facility.npi, tin: facility.tin, serviceCode: serviceCode,
                          description: description, quantity: quantity, expectedCharge: expectedCharge)
        }
    }

    public let patientName: String
    public let patientBirthDate: CalendarDate
    /// The primary item or service, in plain words.
    public let serviceDescription: String
    /// The HCPCS or CPT code of the primary item or service.
    public let primaryServiceCode: String
    /// ICD-10-CM codes, when known.
    public let diagnosisCodes: [String]
    public let items: [Item]
    public let issuedOn: CalendarDate
    /// When the estimate was due; it also holds the scheduled service date, if any.
    public let deadline: GoodFaithEstimateDeadline

    /// - Throws: ``RevCycleError`` (`invalidInput`) when the patient name, service description or
    ///   primary code is empty, or there are no items.
    public init(patientName: String, patientBirthDate: CalendarDate, serviceDescription: String,
                primaryServiceCode: String, diagnosisCodes: [String], items: [Item], issuedOn: CalendarDate,
                deadline: GoodFaithEstimateDeadline) throws {
        let required = [("patient name", patientName), ("service description", serviceDescription),
                        ("primary service code", primaryServiceCode)]
        if let (field, _) = required.first(where: { $0.1.trimmingWhitespace().isEmpty }) {
            throw RevCycleError(.invalidInput, "A good-faith estimate needs a \(field); it is empty.", at: field)
        }
        guard !items.isEmpty else {
            throw RevCycleError(.invalidInput, "A good-faith estimate needs at least one expected item; it has none.",
                                at: "items")
        }
        self.patientName = patientName.trimmingWhitespace()
        self.patientBirthDate = patientBirthDate
        self.serviceDescription = serviceDescription.trimmingWhitespace()
        self.primaryServiceCode = primaryServiceCode.trimmingWhitespace()
        self.diagnosisCodes = diagnosisCodes
        self.items = items
        self.issuedOn = issuedOn
        self.deadline = deadline
    }

    /// The scheduled service date; `nil` when the estimate was requested without scheduling.
    public var serviceDate: CalendarDate? { deadline.serviceDate }

    /// The service date as printed: `2026-12-14`, or `requested` when nothing is scheduled.
    public var serviceDateText: String { serviceDate?.description ?? "requested" }

    /// The sum of the items' expected charges.
    public var total: Money { items.reduce(Money.zero) { $0 + $1.expectedCharge } }

    // MARK: - Disclaimers

    /// The No Surprises Act disclaimers under the rule in force (``GoodFaithEstimateDisputeRule/noSurprisesAct``).
    public static let disclaimers = disclaimers(rule: .noSurprisesAct)

    /// The disclaimers every good-faith estimate carries, in plain English, one paragraph each,
    /// with the dispute threshold and window taken from `rule`.
    public static func disclaimers(rule: GoodFaithEstimateDisputeRule) -> [String] {
        [
            "You are entitled to receive this Good Faith Estimate of what the charges could be for medical items and services.",
            "This Good Faith Estimate is not a contract. It does not require you to obtain the items or services from any of the providers or facilities listed.",
            "This estimate is based on information known when it was made. It does not include unknown or unexpected costs that may arise during treatment: you could be charged more if complications or special circumstances occur.",
            "If you are billed at least \(rule.threshold) more than this Good Faith Estimate for any provider or facility, you have the right to dispute the bill. You may contact the provider or facility to ask them to update the bill to match the estimate, to negotiate the bill, or to ask about financial assistance.",
            "You may also start the federal patient-provider dispute resolution process. You must start it within \(rule.disputeWindowDays) calendar days of the date on the original bill. While your bill is in dispute, it will not be sent to collections and no late fees will be charged.",
            "Keep a copy or picture of this Good Faith Estimate and of the bill: you will need them if you dispute the bill.",
            "For questions or more information about your right to a Good Faith Estimate or the dispute process, visit www.cms.gov/nosurprises.",
        ]
    }
}
