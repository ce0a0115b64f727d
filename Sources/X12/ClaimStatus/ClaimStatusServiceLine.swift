/// One service line of a claim status inquiry (276 loop 2210) or response (277 loop 2220): SVC,
/// STC (277 only), `REF*FJ` and `DTP*472`.
///
/// An inquiry names the line by its procedure, charge and date; a response adds what was paid
/// (SVC03) and the line's statuses.
///
/// ```swift
/// let line = ClaimStatusServiceLine(
///     procedure: RemittanceProcedure(code: "99214"), chargeAmount: 26_500, units: X12Decimal(significand: 1),
///     lineItemControlNumber: "L1", serviceDate: X12Date(year: 2026, month: 11, day: 10)!)
/// ```
public struct ClaimStatusServiceLine: Sendable, Hashable {
    /// SVC01, the procedure billed.
    public var procedure: RemittanceProcedure
    /// SVC02, the line's charge in cents.
    public var chargeAmount: Int64
    /// SVC03, what the payer paid for the line, in cents (277 only, where it is required).
    public var paidAmount: Int64?
    /// SVC04, the NUBC revenue code (institutional claims).
    public var revenueCode: String?
    /// SVC07, the units of service.
    public var units: X12Decimal?
    /// STC segments about the line (277 only, where at least one is required).
    public var statuses: [ClaimStatus]
    /// `REF*FJ`, the line item control number the claim was sent with (837 `REF*6R`).
    public var lineItemControlNumber: String?
    /// `DTP*472`, the first (or only) day of service.
    public var serviceDate: X12Date
    /// The last day of service, when the line spans several (`RD8`).
    public var serviceEndDate: X12Date?

    public init(
        procedure: RemittanceProcedure, chargeAmount: Int64, paidAmount: Int64? = nil, revenueCode: String? = nil,
        units: X12Decimal? = nil, statuses: [ClaimStatus] = [], lineItemControlNumber: String? = nil,
        serviceDate: X12Date, serviceEndDate: X12Date? = nil
    ) {
        self.procedure = procedure
        self.chargeAmount = chargeAmount
        self.paidAmount = paidAmount
        self.revenueCode = revenueCode
        self.units = units
        self.statuses = statuses
        self.lineItemControlNumber = lineItemControlNumber
        self.serviceDate = serviceDate
        self.serviceEndDate = serviceEndDate
    }

    /// SVC, then (in a 277) STC, then `REF*FJ` and `DTP*472`.
    var segments: [X12Segment] {
        let svc = X12Segment(
            "SVC",
            [
                procedure.element, X12Element(X12Decimal.dollars(cents: chargeAmount)),
                X12Element(paidAmount.map(X12Decimal.dollars(cents:)) ?? ""), X12Element(revenueCode ?? ""), "", "",
                X12Element(units?.x12 ?? ""),
            ])
        return [svc] + statuses.map(\.segment)
            + (lineItemControlNumber.map { [X12Segment("REF", values: ["FJ", $0])] } ?? [])
            + [.serviceDates(serviceDate, through: serviceEndDate)]
    }

    /// A line from its segments, the first being its SVC.
    init(reading segments: [X12Segment]) throws(X12Error) {
        let svc = segments[0]
        guard let procedure = try RemittanceProcedure(reading: svc, 1) else {
            throw X12Error(
                .invalidValue, "SVC01 is empty; expected the procedure, such as HC:99213", at: svc.location(element: 1))
        }
        guard let dtp = segments.first(where: { $0.id == "DTP" && $0[1] == "472" }) else {
            throw X12Error(
                .missingSegment, "the service line has no DTP*472; expected its date of service", at: svc.location())
        }
        let dates = try EligibilityDate(reading: dtp)
        self.init(
            procedure: procedure, chargeAmount: try svc.requiredCents(2, "the line's charge"), paidAmount: try svc.cents(3),
            revenueCode: svc.optional(4), units: try svc.decimal(7, "the units of service"),
            serviceDate: dates.start, serviceEndDate: dates.end)
        for segment in segments.dropFirst() {
            switch (segment.id, segment[1]) {
            case ("STC", _): statuses.append(try ClaimStatus(reading: segment))
            case ("REF", "FJ"): lineItemControlNumber = try segment.required(2, "the line item control number")
            default: continue
            }
        }
    }
}
