/// One service line of a remittance: loop 2110 of an 835 (SVC, DTM, CAS, REF, AMT, LQ).
///
/// The line balances when ``chargeAmount`` minus the sum of its ``adjustments`` equals
/// ``paidAmount``. ``submittedProcedure`` (SVC06) is there only when the payer paid a different code
/// or modifiers than the claim billed; ``procedure`` is then the code that was paid.
///
/// ```swift
/// let line = RemittanceServiceLine(
///     procedure: RemittanceProcedure(code: "99214"), chargeAmount: 15_000, paidAmount: 8_000, units: 1,
///     serviceDate: X12Date(year: 2026, month: 11, day: 2)!,
///     adjustments: [RemittanceAdjustment(.contractualObligation, reason: "45", amount: 5_000),
///                   RemittanceAdjustment(.patientResponsibility, reason: "3", amount: 2_000)],
///     lineItemControlNumber: "LINE1", amounts: [.allowed(10_000)])
/// ```
public struct RemittanceServiceLine: Sendable, Hashable {
    /// SVC01, the procedure as adjudicated.
    public var procedure: RemittanceProcedure
    /// SVC02, the line's charge in cents.
    public var chargeAmount: Int64
    /// SVC03, what the payer paid for the line, in cents.
    public var paidAmount: Int64
    /// SVC04, the NUBC revenue code (institutional claims).
    public var revenueCode: String?
    /// SVC05, the units paid (1 when not sent).
    public var units: X12Decimal?
    /// SVC06, the procedure as submitted, when the payer changed the code or modifiers.
    public var submittedProcedure: RemittanceProcedure?
    /// SVC07, the units submitted, when they differ from the units paid.
    public var submittedUnits: X12Decimal?
    /// `DTM*472`, or `DTM*150` when ``serviceEndDate`` is set.
    public var serviceDate: X12Date?
    /// `DTM*151`, the last day of a range of service.
    public var serviceEndDate: X12Date?
    /// The line's CAS triplets.
    public var adjustments: [RemittanceAdjustment]
    /// `REF*6R`, the line item control number the claim sent, which ties the line to the charge.
    public var lineItemControlNumber: String?
    /// Other REF segments of the line (`LU` location, `0K` policy, `HPI` rendering provider NPI).
    public var references: [X12Person.Reference]
    /// AMT segments: `B6` allowed, `KH` late filing reduction.
    public var amounts: [RemittanceAmount]
    /// `LQ*HE`, the remittance advice remark codes (RARC) of the line, such as `N290`.
    public var remarkCodes: [String]
    /// The SVC segment this line was read from.
    public var readFrom: ReadLocation

    public init(
        procedure: RemittanceProcedure, chargeAmount: Int64, paidAmount: Int64, revenueCode: String? = nil,
        units: X12Decimal? = nil, submittedProcedure: RemittanceProcedure? = nil, submittedUnits: X12Decimal? = nil,
        serviceDate: X12Date? = nil, serviceEndDate: X12Date? = nil, adjustments: [RemittanceAdjustment] = [],
        lineItemControlNumber: String? = nil, references: [X12Person.Reference] = [], amounts: [RemittanceAmount] = [],
        remarkCodes: [String] = [], readFrom: ReadLocation = ReadLocation()
    ) {
        self.procedure = procedure
        self.chargeAmount = chargeAmount
        self.paidAmount = paidAmount
        self.revenueCode = revenueCode
        self.units = units
        self.submittedProcedure = submittedProcedure
        self.submittedUnits = submittedUnits
        self.serviceDate = serviceDate
        self.serviceEndDate = serviceEndDate
        self.adjustments = adjustments
        self.lineItemControlNumber = lineItemControlNumber
        self.references = references
        self.amounts = amounts
        self.remarkCodes = remarkCodes
        self.readFrom = readFrom
    }

    /// `AMT*B6`, the allowed amount, when sent.
    public var allowedAmount: Int64? { amounts["B6"] }
}

// MARK: - Segments

extension RemittanceServiceLine {
    var segments: [X12Segment] {
        var svc = [
            procedure.element, X12Element(X12Decimal.dollars(cents: chargeAmount)),
            X12Element(X12Decimal.dollars(cents: paidAmount)), X12Element(revenueCode ?? ""), X12Element(units?.x12 ?? ""),
        ]
        if let submittedProcedure { svc.append(submittedProcedure.element) }
        if let submittedUnits {
            if submittedProcedure == nil { svc.append("") }
            svc.append(X12Element(submittedUnits.x12))
        }
        var segments = [X12Segment("SVC", svc)]
        if let serviceDate {
            if let serviceEndDate {
                segments += [
                    X12Segment("DTM", values: ["150", serviceDate.x12]), X12Segment("DTM", values: ["151", serviceEndDate.x12]),
                ]
            } else {
                segments.append(X12Segment("DTM", values: ["472", serviceDate.x12]))
            }
        }
        segments += RemittanceAdjustment.segments(for: adjustments)
        if let lineItemControlNumber { segments.append(X12Segment("REF", values: ["6R", lineItemControlNumber])) }
        segments += references.map(\.segment) + amounts.map(\.segment)
        return segments + remarkCodes.map { X12Segment("LQ", values: ["HE", $0]) }
    }

    /// The line from loop 2110. QTY segments and `LQ*RX` (NCPDP reject codes) are skipped.
    init(reading segments: ArraySlice<X12Segment>) throws(X12Error) {
        let svc = segments[segments.startIndex]
        guard let procedure = try RemittanceProcedure(reading: svc, 1) else {
            throw X12Error(
                .invalidValue, "SVC01 is empty; expected the procedure paid, such as HC:99213",
                at: svc.location(element: 1))
        }
        self.init(
            procedure: procedure, chargeAmount: try svc.requiredCents(2, "the line's charge"),
            paidAmount: try svc.requiredCents(3, "the line's payment"), revenueCode: svc.optional(4),
            units: try svc.decimal(5, "the units paid"), submittedProcedure: try RemittanceProcedure(reading: svc, 6),
            submittedUnits: try svc.decimal(7, "the units submitted"), readFrom: ReadLocation(svc))
        for segment in segments.dropFirst() {
            switch (segment.id, segment[1]) {
            case ("DTM", "472"), ("DTM", "150"): serviceDate = try segment.requiredDate(2, "the date of service")
            case ("DTM", "151"): serviceEndDate = try segment.requiredDate(2, "the last date of service")
            case ("CAS", _): try RemittanceAdjustment.read(segment, into: &adjustments)
            case ("REF", "6R"): lineItemControlNumber = try segment.required(2, "the line item control number")
            case ("REF", _): references.append(try X12Person.Reference(readingRemittance: segment))
            case ("AMT", _): amounts.append(try RemittanceAmount(reading: segment))
            case ("LQ", "HE"): remarkCodes.append(try segment.required(2, "a remark code such as N290"))
            default: continue
            }
        }
    }
}
