/// A claim acknowledgment: an X12 277CA (005010X214) saying which claims of an 837 batch a
/// clearinghouse or payer accepted for processing and which it rejected, and why.
///
/// The hierarchy is fixed: HL 20 the information source (clearinghouse `AY` or payer `PR`), HL 21 the
/// information receiver (the 837's submitter) with the batch's status and totals, HL 19 each billing
/// provider with its status and totals, and HL PT one patient per claim with the claim's status
/// (2200D: `TRN*2` patient control number, STC, `REF*1K`, `REF*D9`, `DTP*472`). Service line
/// statuses (2220D) are skipped when reading.
///
/// ```swift
/// let ack = try ClaimAcknowledgment.acknowledgments(in: X12Interchange(parsing: text))[0]
/// for provider in ack.providers {
///     for claim in provider.claims where claim.statuses.contains(where: \.isRejection) {
///         print(claim.patientControlNumber, claim.statuses.map(\.code.code))   // PCN0002 ["21"]
///     }
/// }
/// ```
public struct ClaimAcknowledgment: Sendable, Hashable {
    /// The implementation guide this type reads and writes (ST03, GS08).
    public static let implementationGuide = "005010X214"
    /// GS01 for claim status notifications.
    public static let functionalIdentifier = "HN"

    /// One billing provider (2000C/2100C/2200C) and its claims.
    public struct Provider: Sendable, Hashable {
        /// `NM1*85`, with its NPI (`XX`), tax id (`FI`) or service provider number (`SV`).
        public var name: PartyName
        /// `TRN*1` TRN02, the provider-level trace number.
        public var trace: String
        /// STC segments about the provider's claims as a whole.
        public var statuses: [Status]
        /// `REF`, a secondary id of the provider (`TJ` tax id, `0B` state license, `G2` payer's number).
        public var reference: X12Person.Reference?
        /// `QTY*QA`, `QTY*QC`, `AMT*YU`, `AMT*YY`.
        public var totals: Totals
        /// One 2000D patient level each.
        public var claims: [Claim]

        public init(
            name: PartyName, trace: String, statuses: [Status], reference: X12Person.Reference? = nil,
            totals: Totals = Totals(), claims: [Claim]
        ) {
            self.name = name
            self.trace = trace
            self.statuses = statuses
            self.reference = reference
            self.totals = totals
            self.claims = claims
        }
    }

    /// One claim (2200D) and its patient (2100D).
    public struct Claim: Sendable, Hashable {
        /// `NM1*QC`, with the member id (`MI`).
        public var patient: PartyName
        /// `TRN*2` TRN02, the patient control number the claim was sent with (837 CLM01).
        public var patientControlNumber: String
        /// STC segments about the claim.
        public var statuses: [Status]
        /// `REF*1K`, the payer's claim control number, when the claim was accepted.
        public var payerClaimControlNumber: String?
        /// `REF*D9`, the clearinghouse's trace number for the claim.
        public var clearinghouseTraceNumber: String?
        /// `DTP*472`, the first (or only) day of service.
        public var serviceDate: X12Date
        /// The last day of service, when the claim spans several (`RD8`).
        public var serviceEndDate: X12Date?

        public init(
            patient: PartyName, patientControlNumber: String, statuses: [Status], payerClaimControlNumber: String? = nil,
            clearinghouseTraceNumber: String? = nil, serviceDate: X12Date, serviceEndDate: X12Date? = nil
        ) {
            self.patient = patient
            self.patientControlNumber = patientControlNumber
            self.statuses = statuses
            self.payerClaimControlNumber = payerClaimControlNumber
            self.clearinghouseTraceNumber = clearinghouseTraceNumber
            self.serviceDate = serviceDate
            self.serviceEndDate = serviceEndDate
        }

        /// Whether any status of the claim rejects it.
        public var isRejected: Bool { statuses.contains(where: \.isRejection) }
    }

    /// BHT03, the acknowledgment's own reference.
    public var reference: String
    /// BHT04.
    public var creationDate: X12Date
    /// BHT05, `HHMM`.
    public var creationTime: String
    /// 2100A: the clearinghouse (`NM1*AY`) or payer (`NM1*PR`) acknowledging.
    public var source: PartyName
    /// Whether the source is a clearinghouse (`AY`) rather than a payer (`PR`).
    public var sourceIsClearinghouse: Bool
    /// 2200A `TRN*1` TRN02, the source's trace number for this acknowledgment.
    public var sourceTrace: String
    /// `DTP*050`, the day the source received the batch.
    public var receivedDate: X12Date
    /// `DTP*009`, the day the source processed it.
    public var processedDate: X12Date
    /// 2100B `NM1*41`: the 837's submitter, with its ETIN (`46`).
    public var receiver: PartyName
    /// 2200B `TRN*2` TRN02: the batch acknowledged (the 837's BHT03).
    public var batchReference: String
    /// STC segments about the batch.
    public var receiverStatuses: [Status]
    /// `QTY*90`, `QTY*AA`, `AMT*YU`, `AMT*YY` of the batch.
    public var receiverTotals: Totals
    /// 2000C levels.
    public var providers: [Provider]

    public init(
        reference: String, creationDate: X12Date, creationTime: String, source: PartyName,
        sourceIsClearinghouse: Bool = false, sourceTrace: String, receivedDate: X12Date, processedDate: X12Date,
        receiver: PartyName, batchReference: String, receiverStatuses: [Status], receiverTotals: Totals = Totals(),
        providers: [Provider]
    ) {
        self.reference = reference
        self.creationDate = creationDate
        self.creationTime = creationTime
        self.source = source
        self.sourceIsClearinghouse = sourceIsClearinghouse
        self.sourceTrace = sourceTrace
        self.receivedDate = receivedDate
        self.processedDate = processedDate
        self.receiver = receiver
        self.batchReference = batchReference
        self.receiverStatuses = receiverStatuses
        self.receiverTotals = receiverTotals
        self.providers = providers
    }

    /// Every claim of every provider, in order.
    public var claims: [Claim] { providers.flatMap(\.claims) }
}

/// HL03 of a 277CA.
enum ClaimAcknowledgmentLevel: String, X12HierarchyLevelCode {
    case source = "20"
    case receiver = "21"
    case provider = "19"
    case patient = "PT"

    var parent: ClaimAcknowledgmentLevel? {
        switch self {
        case .source: nil
        case .receiver: .source
        case .provider: .receiver
        case .patient: .provider
        }
    }

    var name: String {
        switch self {
        case .source: "2000A information source (HL03 20)"
        case .receiver: "2000B information receiver (HL03 21)"
        case .provider: "2000C billing provider (HL03 19)"
        case .patient: "2000D patient (HL03 PT)"
        }
    }
}

// MARK: - Writing

extension ClaimAcknowledgment {
    /// The 277CA as a transaction set (ST03 `005010X214`, BHT `0085*08`, BHT06 `TH`).
    ///
    /// - Parameter controlNumber: ST02; take it from ``ControlNumbers/nextTransactionSet()``.
    /// - Throws: ``X12Error`` with code ``X12Error/Code/invalidValue`` when a name, trace number or
    ///   patient control number is empty, the batch or a claim has no status, or a provider has no claim.
    public func transactionSet(controlNumber: Int) throws(X12Error) -> X12TransactionSet {
        if let problem { throw X12Error(.invalidValue, problem) }
        var numbering = X12Hierarchy<ClaimAcknowledgmentLevel>.Numbering()
        let sourceHL = numbering.hl(.source, parent: nil, hasChildren: true)
        let receiverHL = numbering.hl(.receiver, parent: sourceHL.id, hasChildren: !providers.isEmpty)
        var body = [
            X12Segment("BHT", values: ["0085", "08", reference, creationDate.x12, creationTime, "TH"]), sourceHL.segment,
            source.segment(entity: sourceIsClearinghouse ? "AY" : "PR"), X12Segment("TRN", values: ["1", sourceTrace]),
            X12Segment("DTP", values: ["050", "D8", receivedDate.x12]), X12Segment("DTP", values: ["009", "D8", processedDate.x12]),
            receiverHL.segment, receiver.segment(entity: "41"), X12Segment("TRN", values: ["2", batchReference]),
        ]
        body += receiverStatuses.map(\.segment) + receiverTotals.segments(accepted: "90", rejected: "AA")
        for provider in providers {
            let providerHL = numbering.hl(.provider, parent: receiverHL.id, hasChildren: true)
            body += [providerHL.segment, provider.name.segment(entity: "85"), X12Segment("TRN", values: ["1", provider.trace])]
            body += provider.statuses.map(\.segment) + (provider.reference.map { [$0.segment] } ?? [])
            body += provider.totals.segments(accepted: "QA", rejected: "QC")
            for claim in provider.claims {
                var patientHL = numbering.hl(.patient, parent: providerHL.id, hasChildren: false).segment
                patientHL.elements.removeLast()  // HL04 is not used at the patient level
                body += [patientHL, claim.patient.segment(entity: "QC"), X12Segment("TRN", values: ["2", claim.patientControlNumber])]
                body += claim.statuses.map(\.segment)
                if let number = claim.payerClaimControlNumber { body.append(X12Segment("REF", values: ["1K", number])) }
                if let number = claim.clearinghouseTraceNumber { body.append(X12Segment("REF", values: ["D9", number])) }
                let dates = claim.serviceEndDate.map { ("RD8", "\(claim.serviceDate.x12)-\($0.x12)") } ?? ("D8", claim.serviceDate.x12)
                body.append(X12Segment("DTP", values: ["472", dates.0, dates.1]))
            }
        }
        return X12TransactionSet(
            id: "277", controlNumber: controlNumber, implementationReference: Self.implementationGuide, body: body)
    }

    /// What keeps the acknowledgment from being a valid 277CA, or `nil`.
    private var problem: String? {
        if reference.isEmpty || sourceTrace.isEmpty || batchReference.isEmpty {
            return "BHT03 and the TRN02 of the source and receiver levels are required"
        }
        if source.lastName.isEmpty || receiver.lastName.isEmpty { return "the source's and receiver's names (NM103) are required" }
        if receiverStatuses.isEmpty { return "the receiver level has no STC; expected the batch's status" }
        for provider in providers {
            if provider.claims.isEmpty { return "a billing provider level has no claims; expected at least one patient level" }
            if provider.statuses.isEmpty || provider.trace.isEmpty { return "a billing provider lacks its TRN or STC" }
            if provider.claims.contains(where: { $0.patientControlNumber.isEmpty || $0.statuses.isEmpty }) {
                return "a claim lacks its patient control number (TRN02) or its status (STC)"
            }
        }
        return nil
    }
}
