/// Reads one 835 transaction set a segment at a time, handing out each claim as soon as it is complete.
///
/// This is the one definition of the 835 rules: ``RemittanceAdvice/init(parsing:)`` feeds it a whole
/// set and ``RemittanceStream`` feeds it segments as they come off a file. It nests segments as
/// ``X12Loop/group(_:by:)`` would with ``RemittanceAdvice/loopSpecs`` — payer (1000A) and payee
/// (1000B) loops, LX groups (2000) of claims (2100) with their lines (2110), and PLB — but builds no
/// loop tree and keeps the segments of one claim at a time.
///
/// - ``header`` (BPR through loop 1000B, as a ``RemittanceAdvice`` without claims) is set at the
///   first LX or PLB, or at the end of the set.
/// - A claim is complete at the next CLP, LX, PLB or N1*PR/PE, or at the end of the set.
/// - ``providerAdjustments`` collects the PLB pairs.
///
/// Errors come in the order of the segments that cause them; within one claim, as
/// ``RemittanceClaim`` reads it.
///
/// ```swift
/// var reader = try RemittanceSetReader(header: st)
/// for segment in body { if let claim = try reader.read(segment) { post(claim) } }
/// if let claim = try reader.finish() { post(claim) }
/// ```
struct RemittanceSetReader {
    /// The loop the last segment belongs to.
    private enum Loop {
        case root, payer, payee, headerNumber, claim, serviceLine, providerAdjustment
    }

    /// BPR through loop 1000B, with no claims and no provider adjustments; `nil` until complete.
    private(set) var header: RemittanceAdvice?
    /// The PLB pairs read so far.
    private(set) var providerAdjustments: [ProviderAdjustment] = []

    private let st: X12Segment
    private var loop = Loop.root
    private var bpr: X12Segment?
    private var trn: X12Segment?
    private var receiver: X12Segment?
    private var production: X12Segment?
    private var payerSegments: [X12Segment] = []
    private var payeeSegments: [X12Segment] = []
    /// LX01 of the open 2000 loop.
    private var headerNumber = 0
    /// The open claim: its CLP, the claim's segments, then each line's; reused from claim to claim.
    private var claimSegments: [X12Segment] = []
    /// Where each line (SVC) starts in ``claimSegments``.
    private var lineStarts: [Int] = []

    /// Starts reading the set that `st` opens.
    ///
    /// - Throws: ``X12Error`` with code ``X12Error/Code/unexpectedTransaction`` when ST01 is not 835.
    init(header st: X12Segment) throws(X12Error) {
        guard st[1] == "835" else {
            throw X12Error(
                .unexpectedTransaction, "the transaction set is a \(X12Error.quote(st[1])); expected an 835",
                at: st.location(element: 1))
        }
        self.st = st
    }

    /// Reads the next body segment; returns the claim it completes, if any.
    ///
    /// - Throws: ``X12Error`` naming the segment when the 835 breaks a rule of
    ///   ``RemittanceAdvice/init(parsing:)``.
    mutating func read(_ segment: X12Segment) throws(X12Error) -> RemittanceClaim? {
        guard let bpr else {
            guard segment.id == "BPR" else {
                throw X12Error(
                    .missingSegment, "the transaction set does not start with BPR; expected BPR right after ST",
                    at: segment.location())
            }
            self.bpr = segment
            return nil
        }
        switch segment.id {
        case "N1" where segment[1] == "PR":
            let claim = try closeClaim()
            try openPartyLoop(segment, "1000A", isOpen: !payerSegments.isEmpty, "N1*PR naming the payer")
            loop = .payer
            payerSegments = [segment]
            return claim
        case "N1" where segment[1] == "PE":
            let claim = try closeClaim()
            try openPartyLoop(segment, "1000B", isOpen: !payeeSegments.isEmpty, "N1*PE naming the payee")
            loop = .payee
            payeeSegments = [segment]
            return claim
        case "LX":
            let claim = try closeClaim()
            try completeHeader(bpr)
            guard let number = try segment.count(1, "the header number, such as 1") else {
                throw X12Error(
                    .invalidValue, "LX01 is empty; expected the header number, such as 1", at: segment.location(element: 1))
            }
            headerNumber = number
            loop = .headerNumber
            return claim
        case "PLB":
            let claim = try closeClaim()
            try completeHeader(bpr)
            providerAdjustments += try ProviderAdjustment.reading(segment)
            loop = .providerAdjustment
            return claim
        case "CLP" where loop == .headerNumber || loop == .claim || loop == .serviceLine:
            let claim = try closeClaim()
            claimSegments.append(segment)
            loop = .claim
            return claim
        case "SVC" where loop == .claim || loop == .serviceLine:
            lineStarts.append(claimSegments.count)
            claimSegments.append(segment)
            loop = .serviceLine
            return nil
        default:
            try add(segment)
            return nil
        }
    }

    /// Ends the set (at SE); returns the last claim, if one is open.
    ///
    /// - Throws: ``X12Error`` when the set has no BPR, or its header or last claim breaks a rule.
    mutating func finish() throws(X12Error) -> RemittanceClaim? {
        guard let bpr else {
            throw X12Error(
                .missingSegment, "the transaction set does not start with BPR; expected BPR right after ST",
                at: st.location())
        }
        let claim = try closeClaim()
        try completeHeader(bpr)
        return claim
    }

    // MARK: - Loops

    /// A segment that starts no loop: it belongs to the open one.
    private mutating func add(_ segment: X12Segment) throws(X12Error) {
        switch loop {
        case .claim, .serviceLine:
            claimSegments.append(segment)
            return
        case .providerAdjustment:
            return
        case .root, .payer, .payee, .headerNumber:
            break
        }
        switch segment.id {
        case "CLP", "SVC", "CAS", "LQ":
            throw X12Error(
                .unexpectedSegment, "\(segment.id) stands outside a claim; expected it after LX and CLP",
                at: segment.location())
        default:
            break
        }
        switch loop {
        case .root:
            switch segment.id {
            case "TRN" where trn == nil: trn = segment
            case "REF" where receiver == nil && segment[1] == "EV": receiver = segment
            case "DTM" where production == nil && segment[1] == "405": production = segment
            default: break
            }
        case .payer: payerSegments.append(segment)
        case .payee: payeeSegments.append(segment)
        default: break
        }
    }

    /// Refuses a second payer or payee loop.
    private func openPartyLoop(_ n1: X12Segment, _ id: String, isOpen: Bool, _ meaning: String) throws(X12Error) {
        guard !isOpen else {
            throw X12Error(
                .unexpectedSegment, "a second loop \(id) starts; expected one \(meaning) per 835", at: n1.location())
        }
    }

    /// Reads the open claim, if any, and clears it for the next.
    private mutating func closeClaim() throws(X12Error) -> RemittanceClaim? {
        guard !claimSegments.isEmpty else { return nil }
        defer {
            claimSegments.removeAll(keepingCapacity: true)
            lineStarts.removeAll(keepingCapacity: true)
        }
        return try RemittanceClaim(reading: claimSegments, lineStarts: lineStarts, headerNumber: headerNumber)
    }

    /// Reads BPR through loop 1000B into ``header``, the first time it is called.
    private mutating func completeHeader(_ bpr: X12Segment) throws(X12Error) {
        guard header == nil else { return }
        guard let trn else {
            throw X12Error(
                .missingSegment, "the 835 has no TRN; expected TRN*1 with the check or EFT trace number after BPR",
                at: bpr.location())
        }
        guard trn[1] == "1" else {
            throw X12Error(
                .invalidValue, "TRN01 is \(X12Error.quote(trn[1])); expected 1 (current transaction trace numbers)",
                at: trn.location(element: 1))
        }
        guard !payerSegments.isEmpty else {
            throw X12Error(.missingSegment, "the 835 has no loop 1000A; expected N1*PR naming the payer", at: bpr.location())
        }
        guard !payeeSegments.isEmpty else {
            throw X12Error(.missingSegment, "the 835 has no loop 1000B; expected N1*PE naming the payee", at: bpr.location())
        }
        header = RemittanceAdvice(
            payment: try RemittancePayment(reading: bpr), traceNumber: try trn.required(2, "the check or EFT trace number"),
            payerIdentifier: try trn.required(3, "the payer's id (1 + its EIN)"), payerSupplementalCode: trn.optional(4),
            receiverID: receiver?.optional(2), productionDate: try production?.requiredDate(2, "the production date"),
            payer: try RemittancePayer(reading: payerSegments), payee: try RemittancePayee(reading: payeeSegments),
            claims: [], readFrom: ReadLocation(bpr))
    }
}
