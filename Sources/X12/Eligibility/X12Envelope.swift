/// Who sends an interchange to whom, and when: what ISA and GS need besides control numbers.
///
/// ```swift
/// let envelope = X12Envelope(senderID: "NORTHCLINIC", receiverID: "ACME01",
///                            date: X12Date(year: 2026, month: 11, day: 2)!, time: "1230", usage: .test)
/// var numbers = ControlNumbers()   // loaded from storage
/// let interchange = try inquiry.makeInterchange(envelope: envelope, controlNumbers: &numbers)
/// ```
public struct X12Envelope: Sendable, Hashable {
    /// ISA05, the sender id's qualifier (`ZZ` mutually defined).
    public var senderQualifier: String
    /// ISA06, at most 15 characters; also GS02 unless ``applicationSenderCode`` is set.
    public var senderID: String
    /// ISA07.
    public var receiverQualifier: String
    /// ISA08, at most 15 characters; also GS03 unless ``applicationReceiverCode`` is set.
    public var receiverID: String
    /// GS02 when it differs from the interchange sender id.
    public var applicationSenderCode: String?
    /// GS03 when it differs from the interchange receiver id.
    public var applicationReceiverCode: String?
    /// ISA09 (as `YYMMDD`) and GS04.
    public var date: X12Date
    /// ISA10 and GS05, `HHMM`.
    public var time: String
    /// ISA15.
    public var usage: X12Interchange.Usage

    public init(
        senderQualifier: String = "ZZ", senderID: String, receiverQualifier: String = "ZZ", receiverID: String,
        applicationSenderCode: String? = nil, applicationReceiverCode: String? = nil, date: X12Date, time: String,
        usage: X12Interchange.Usage = .production
    ) {
        self.senderQualifier = senderQualifier
        self.senderID = senderID
        self.receiverQualifier = receiverQualifier
        self.receiverID = receiverID
        self.applicationSenderCode = applicationSenderCode
        self.applicationReceiverCode = applicationReceiverCode
        self.date = date
        self.time = time
        self.usage = usage
    }

    /// One interchange holding one group (GS01 `functionalIdentifier`, GS08 = ST03) around `set`,
    /// taking the group and interchange numbers from `controlNumbers`.
    func interchange(
        wrapping set: X12TransactionSet, functionalIdentifier: String, controlNumbers: inout ControlNumbers
    ) -> X12Interchange {
        interchange(
            wrapping: [set], version: set.implementationReference, functionalIdentifier: functionalIdentifier,
            controlNumbers: &controlNumbers)
    }

    /// One interchange holding one group (GS01 `functionalIdentifier`, GS08 `version`) around `sets`.
    func interchange(
        wrapping sets: [X12TransactionSet], version: String, functionalIdentifier: String,
        controlNumbers: inout ControlNumbers
    ) -> X12Interchange {
        let group = X12FunctionalGroup(
            functionalIdentifier: functionalIdentifier, senderCode: applicationSenderCode ?? senderID,
            receiverCode: applicationReceiverCode ?? receiverID, date: date.x12, time: time,
            controlNumber: controlNumbers.nextGroup(), version: version, transactionSets: sets)
        return X12Interchange(
            senderQualifier: senderQualifier, senderID: senderID, receiverQualifier: receiverQualifier,
            receiverID: receiverID, date: date.yymmdd, time: time, controlNumber: controlNumbers.nextInterchange(),
            usage: usage, functionalGroups: [group])
    }

    /// Each transaction set of `interchange` read by `parse`, after checking that every group has
    /// GS01 `functionalIdentifier` and that there is at least one set.
    static func read<Transaction>(
        _ interchange: X12Interchange, functionalIdentifier: String, setID: String,
        _ parse: (X12TransactionSet) throws(X12Error) -> Transaction
    ) throws(X12Error) -> [Transaction] {
        var transactions: [Transaction] = []
        for group in interchange.functionalGroups {
            guard group.functionalIdentifier == functionalIdentifier else {
                throw X12Error(
                    .unexpectedTransaction,
                    "GS01 is \(X12Error.quote(group.functionalIdentifier)); expected \(functionalIdentifier) for \(setID) transactions",
                    at: group.header.location(element: 1))
            }
            for set in group.transactionSets { transactions.append(try parse(set)) }
        }
        guard !transactions.isEmpty else {
            throw X12Error(
                .missingSegment, "the interchange holds no transaction set; expected at least one \(setID)",
                at: interchange.header.location())
        }
        return transactions
    }
}
