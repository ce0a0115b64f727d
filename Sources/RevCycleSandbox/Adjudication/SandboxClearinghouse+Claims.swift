import X12

extension SandboxClearinghouse {
    /// The inbox files answering one 837P interchange named `name`: `<name>.999` always, `<name>.277`
    /// when a set was accepted, and `<name>.835` when a claim was adjudicated.
    func answerClaims(_ interchange: X12Interchange, named name: String, on date: X12Date, time: String) throws
        -> [(name: String, text: String)]
    {
        var acknowledgments: [ImplementationAcknowledgment] = []
        var batches: [ProfessionalClaimBatch] = []
        for group in interchange.functionalGroups {
            let checked = group.transactionSets.map(SetAcknowledgment.check)
            acknowledgments.append(ImplementationAcknowledgment(acknowledging: group, responses: checked.map(\.0)))
            batches += checked.compactMap(\.1)
        }
        let adjudicator = SandboxAdjudicator(payer: payer, feeSchedules: feeSchedules, rules: denialRules)
        var claimAcknowledgments: [ClaimAcknowledgment] = []
        var adjudicated: [(submitted: SubmittedClaim, remittance: [RemittanceClaim])] = []
        let firstTrace = try payer.reserve(batches.count, of: "acknowledgment")
        for (index, batch) in batches.enumerated() {
            let decisions = try SubmittedClaim.all(in: batch).map { submitted in
                (submitted: submitted, decision: try adjudicator.decide(submitted, on: date))
            }
            for case let (submitted, .adjudicated(_, remittance)) in decisions { adjudicated.append((submitted, remittance)) }
            claimAcknowledgments.append(
                SandboxClaimAcknowledgment.acknowledgment(
                    of: batch, decisions: decisions,
                    source: PartyName(organization: "SANDBOX CLEARINGHOUSE", idQualifier: "46", id: senderID),
                    trace: "CA" + String(zeroPadded: firstTrace + index + 1, width: 9), on: date, time: time))
        }
        let advices = try SandboxRemittance(payer: payer, rules: denialRules).advices(for: adjudicated, on: date)
        for advice in advices {
            for claim in advice.claims where !claim.isReversal {
                try payer.recordRemittance(of: claim.payerClaimControlNumber, trace: advice.traceNumber, status: claim.status.code)
            }
        }

        var numbers = try payer.reserveControlNumbers(acknowledgments.count + claimAcknowledgments.count + advices.count)
        var files = [
            (suffix: "999", identifier: ImplementationAcknowledgment.functionalIdentifier,
             version: ImplementationAcknowledgment.implementationGuide,
             sets: try acknowledgments.map { try $0.transactionSet(controlNumber: numbers.nextTransactionSet()) }),
            (suffix: "277", identifier: ClaimAcknowledgment.functionalIdentifier, version: ClaimAcknowledgment.implementationGuide,
             sets: try claimAcknowledgments.map { try $0.transactionSet(controlNumber: numbers.nextTransactionSet()) }),
            (suffix: "835", identifier: RemittanceAdvice.functionalIdentifier, version: RemittanceAdvice.implementationGuide,
             sets: try advices.map { try $0.transactionSet(controlNumber: numbers.nextTransactionSet()) }),
        ]
        files.removeAll { $0.sets.isEmpty }
        return try files.map { file in
            let text = try answer(wrapping: file.sets, functionalIdentifier: file.identifier, version: file.version,
                                  to: interchange, on: date, time: time, numbers: &numbers)
            return (name + "." + file.suffix, text)
        }
    }

    /// The 999 rejecting the claim group of a file whose envelope does not parse, or `nil` when its
    /// ISA and an `HC` group's GS cannot be read.
    func groupRejection(of text: String, error: X12Error, on date: X12Date, time: String) throws -> String? {
        guard let (isa, _, acknowledgment) = SetAcknowledgment.groupRejection(of: text, error: error) else { return nil }
        var numbers = try payer.reserveControlNumbers(1)
        let set = try acknowledgment.transactionSet(controlNumber: numbers.nextTransactionSet())
        let original = X12Interchange(header: isa, functionalGroups: [])
        return try answer(wrapping: [set], functionalIdentifier: ImplementationAcknowledgment.functionalIdentifier,
                          version: ImplementationAcknowledgment.implementationGuide, to: original, on: date, time: time,
                          numbers: &numbers)
    }

    /// `sets` in one group of one interchange addressed back to the sender of `original`.
    private func answer(
        wrapping sets: [X12TransactionSet], functionalIdentifier: String, version: String, to original: X12Interchange,
        on date: X12Date, time: String, numbers: inout ControlNumbers
    ) throws -> String {
        let group = X12FunctionalGroup(
            functionalIdentifier: functionalIdentifier, senderCode: original.receiverID, receiverCode: original.senderID,
            date: date.x12, time: time, controlNumber: numbers.nextGroup(), version: version, transactionSets: sets)
        let interchange = X12Interchange(
            senderQualifier: original.receiverQualifier, senderID: original.receiverID, receiverQualifier: original.senderQualifier,
            receiverID: original.senderID, date: date.yymmdd, time: time, controlNumber: numbers.nextInterchange(),
            usage: original.usage ?? .production, functionalGroups: [group])
        return try X12Writer(lineBreaks: true).text(for: interchange)
    }
}
