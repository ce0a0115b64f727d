/// One professional claim (loop 2300 with its 2310, 2320/2330 and 2400 loops) of an 837P.
///
/// Written as `CLM*<patient control number>*<total>***<place>:B:<frequency>*Y*A*Y*I`, an optional
/// onset date (`DTP*431`), prior authorization (`REF*G1`) and, for a replacement or void, the
/// payer's claim control number (`REF*F8`); then `HI` with the principal diagnosis (`ABK`) and up
/// to eleven others (`ABF`), ICD-10-CM without the dot. The rendering provider (2310B) and service
/// facility (2310C) are optional; ``otherSubscribers`` (2320/2330) carry what an earlier payer
/// decided, for a secondary claim. ``totalCharge`` must equal the sum of the lines' charges.
///
/// ```swift
/// let claim = ProfessionalClaim(
///     patientControlNumber: "PCN0001", totalCharge: 20_000, placeOfService: "11",
///     diagnoses: ["J069", "R05"],
///     renderingProvider: .init(lastName: "SMITH", firstName: "JOHN", npi: "1003000126", taxonomy: "207Q00000X"),
///     lines: [
///         .init(procedure: .init(code: "99213", modifiers: ["25"]), charge: 12_500, diagnosisPointers: [1, 2],
///               serviceDate: visitDate),
///         .init(procedure: .init(code: "87880"), charge: 7_500, diagnosisPointers: [1], serviceDate: visitDate),
///     ])
/// ```
public struct ProfessionalClaim: Sendable, Hashable {
    /// CLM05-3, the claim frequency type code.
    public enum Frequency: String, Sendable, Hashable, CaseIterable {
        /// `1`: an original claim.
        case original = "1"
        /// `7`: replaces a claim the payer already adjudicated (needs ``payerClaimControlNumber``).
        case replacement = "7"
        /// `8`: voids a claim the payer already adjudicated (needs ``payerClaimControlNumber``).
        case void = "8"
    }

    /// CLM01, the provider's account number for the claim, at most 20 characters (payers echo 20).
    public var patientControlNumber: String
    /// CLM02, the total charge in cents: the sum of the lines' ``ServiceLine/charge``.
    public var totalCharge: Int64
    /// CLM05-1, the place of service code (`11` office, `22` outpatient hospital, `02` telehealth, …).
    public var placeOfService: String
    /// CLM05-3.
    public var frequency: Frequency
    /// CLM06: whether the provider's signature is on file (`Y`/`N`).
    public var providerSignatureOnFile: Bool
    /// CLM07, the provider's acceptance of assignment: `A` assigned, `B` lab services only, `C` not assigned.
    public var assignment: String
    /// CLM08: whether the patient assigned benefits to the provider (`Y`/`N`).
    public var benefitsAssigned: Bool
    /// CLM09, release of information: `I` informed consent, `Y` signed statement.
    public var releaseOfInformation: String
    /// `DTP*431`, the onset of the current illness or symptom.
    public var onsetDate: X12Date?
    /// `REF*G1`, the prior authorization number.
    public var priorAuthorization: String?
    /// `REF*F8`, the payer's claim control number of the claim a replacement or void refers to.
    public var payerClaimControlNumber: String?
    /// HI: ICD-10-CM codes without the dot (`J069`), the principal first; 1 to 12.
    public var diagnoses: [String]
    /// Loop 2310B, when the rendering provider is not the billing provider.
    public var renderingProvider: RenderingProvider?
    /// Loop 2310C, when the service was not at the billing provider's address.
    public var serviceFacility: ServiceFacility?
    /// Loops 2320/2330A/2330B: the other coverage and what its payer decided (secondary claims).
    public var otherSubscribers: [OtherSubscriber]
    /// Loops 2400, 1 to 50.
    public var lines: [ServiceLine]

    public init(
        patientControlNumber: String, totalCharge: Int64, placeOfService: String, frequency: Frequency = .original,
        providerSignatureOnFile: Bool = true, assignment: String = "A", benefitsAssigned: Bool = true,
        releaseOfInformation: String = "I", onsetDate: X12Date? = nil, priorAuthorization: String? = nil,
        payerClaimControlNumber: String? = nil, diagnoses: [String], renderingProvider: RenderingProvider? = nil,
        serviceFacility: ServiceFacility? = nil, otherSubscribers: [OtherSubscriber] = [], lines: [ServiceLine]
    ) {
        self.patientControlNumber = patientControlNumber
        self.totalCharge = totalCharge
        self.placeOfService = placeOfService
        self.frequency = frequency
        self.providerSignatureOnFile = providerSignatureOnFile
        self.assignment = assignment
        self.benefitsAssigned = benefitsAssigned
        self.releaseOfInformation = releaseOfInformation
        self.onsetDate = onsetDate
        self.priorAuthorization = priorAuthorization
        self.payerClaimControlNumber = payerClaimControlNumber
        self.diagnoses = diagnoses
        self.renderingProvider = renderingProvider
        self.serviceFacility = serviceFacility
        self.otherSubscribers = otherSubscribers
        self.lines = lines
    }
}

// MARK: - Segments

extension ProfessionalClaim {
    /// Loop 2300 and the loops inside it.
    var segments: [X12Segment] {
        let clm = X12Segment(
            "CLM",
            [
                X12Element(patientControlNumber), X12Element(X12Decimal.dollars(cents: totalCharge)), "", "",
                X12Element(components: [placeOfService, "B", frequency.rawValue]),
                X12Element(providerSignatureOnFile ? "Y" : "N"), X12Element(assignment),
                X12Element(benefitsAssigned ? "Y" : "N"), X12Element(releaseOfInformation),
            ])
        var segments = [clm]
        if let onsetDate { segments.append(EligibilityDate(.other("431"), onsetDate).segment) }
        if let priorAuthorization { segments.append(X12Segment("REF", ["G1", X12Element(priorAuthorization)])) }
        if let payerClaimControlNumber { segments.append(X12Segment("REF", ["F8", X12Element(payerClaimControlNumber)])) }
        let codes = diagnoses.enumerated().map { index, code in
            X12Element(components: [index == 0 ? "ABK" : "ABF", code])
        }
        segments.append(X12Segment("HI", codes))
        segments += renderingProvider?.segments ?? []
        segments += serviceFacility?.segments ?? []
        segments += otherSubscribers.flatMap(\.segments)
        for (index, line) in lines.enumerated() {
            segments += line.segments(number: index + 1)
        }
        return segments
    }
}
