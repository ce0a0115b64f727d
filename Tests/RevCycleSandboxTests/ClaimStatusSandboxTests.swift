import Foundation
import RevCycleSandbox
import Testing
import X12

/// The sandbox payer answers 276 claim status inquiries with 277s from the claims it adjudicated.
///
/// pyx12 4.0.0 has no usable map for 005010X212 (no 276 map; its 277 map is not registered in
/// maps.xml and carries another guide's GS codes), so these 277s are checked by the typed parser only.
struct ClaimStatusSandboxTests {
    typealias Site = ClaimSite

    static let provider = PartyName(organization: "DEFAULT COMMUNITY HOSPITAL", idQualifier: "XX", id: "1245319599")
    static let subscriber = X12Person(
        lastName: "RIVERA", firstName: "ANA", memberID: "W100000008", dateOfBirth: X12Date(year: 1984, month: 3, day: 9),
        gender: .female)

    /// The claim `patientControlNumber` as the provider asks about it.
    static func asked(_ patientControlNumber: String, charge: Int64, payerClaimNumber: String? = nil) -> ClaimStatusInquiry.Claim {
        ClaimStatusInquiry.Claim(
            provider: provider, subscriber: subscriber, trace: patientControlNumber + "-T",
            payerClaimControlNumber: payerClaimNumber, patientControlNumber: patientControlNumber, totalCharge: charge,
            serviceDate: Site.visit)
    }

    static func text(of claims: [ClaimStatusInquiry.Claim], controlNumber: Int = 50) throws -> String {
        let inquiry = ClaimStatusInquiry(
            reference: "STATUS0001", creationDate: Site.today, creationTime: "1400",
            source: InformationSource(name: "AETNA", payerID: "60054"),
            receiver: PartyName(organization: "DEFAULT COMMUNITY HOSPITAL", idQualifier: "46", id: "RCDEFAULT"), claims: claims)
        var numbers = ControlNumbers(interchange: controlNumber, group: controlNumber, transactionSet: controlNumber)
        let envelope = X12Envelope(senderID: "RCDEFAULT", receiverID: "SANDBOXPAYER", date: Site.today, time: "1400", usage: .test)
        return try X12Writer(lineBreaks: true).text(for: inquiry.makeInterchange(envelope: envelope, controlNumbers: &numbers))
    }

    func responses(_ name: String, at site: Site) throws -> [ClaimStatusResponse] {
        try ClaimStatusResponse.responses(in: X12Interchange(parsing: site.answer(name)))
    }

    @Test("A claim the payer paid is finalized (F1:1) with its charge, payment and the 835's date and trace; an unknown one is not found (A4:35)")
    func paidAndUnknownClaims() throws {
        let site = try Site()
        try site.submit(try Site.text(of: Site.batch([SandboxAdjudicationTests.cleanClaim])), as: "c1.837")
        let advice = try #require(try site.remittances("c1.837.835").first)
        let paid = try #require(advice.claims.first)

        let pass = try site.submit(
            try Self.text(of: [Self.asked("RC1001", charge: 131_509), Self.asked("RC9999", charge: 12_300)]), as: "s1.276")
        #expect(pass.answered == ["s1.276"] && pass.written == ["s1.277"], "\(pass)")
        let responses = try responses("s1.277", at: site)
        let response = try #require(responses.first)
        #expect(responses.count == 1 && response.claims.map(\.trace) == ["RC1001-T", "RC9999-T"])
        #expect(response.source.payerID == "60054" && response.receiver.id == "RCDEFAULT")

        let found = response.claims[0]
        let status = try #require(found.statuses.first)
        #expect("\(status.code.category):\(status.code.code)" == "F1:1" && status.isFinalized)
        #expect(status.amount == 131_509 && status.paidAmount == 25_994 && status.paidAmount == paid.paidAmount, "\(status)")
        #expect(status.remittanceTrace == advice.traceNumber && status.remittanceDate == advice.payment.date, "\(status)")
        #expect(status.adjudicationDate == Site.today && status.date == Site.today)
        #expect(found.payerClaimControlNumber == paid.payerClaimControlNumber && found.patientControlNumber == "RC1001")
        #expect(found.subscriber.memberID == "W100000008" && found.serviceDate == Site.visit)

        let unknown = try #require(response.claims[1].statuses.first)
        #expect("\(unknown.code.category):\(unknown.code.code)" == "A4:35" && unknown.isRejection, "\(unknown)")
        #expect(unknown.paidAmount == nil && response.claims[1].payerClaimControlNumber == nil)
    }

    @Test("A denied claim is finalized as a denial (F2:1) with nothing paid; a claim rejected in the 277CA is not found")
    func deniedAndRejectedClaims() throws {
        let site = try Site()
        let mri = Site.claim("RC2001", [Site.line("70551", 120_000, control: "L1")])  // CO-197: no prior authorization
        try site.submit(try Site.text(of: Site.batch([mri])), as: "d.837")
        var rejected = Site.batch([Site.claim("RC4001", [Site.line("99213", 15_000, control: "L1")])], filing: "MB")
        rejected.reference = "BATCH0002"
        try site.submit(try Site.text(of: rejected, controlNumber: 2), as: "r.837")
        #expect(try site.claimAcknowledgment("r.837.277").claims.first?.isRejected == true)

        try site.submit(try Self.text(of: [Self.asked("RC2001", charge: 120_000), Self.asked("RC4001", charge: 15_000)]), as: "s.276")
        let response = try #require(try responses("s.277", at: site).first)
        let statuses = response.claims.compactMap(\.statuses.first)
        #expect(statuses.map { "\($0.code.category):\($0.code.code)" } == ["F2:1", "A4:35"], "\(statuses)")
        #expect(statuses[0].paidAmount == 0 && statuses[0].amount == 120_000 && statuses[0].remittanceTrace != nil)
    }

    @Test("Without a patient control number the payer finds the claim by its claim control number (REF*1K), for the member only")
    func claimsAreFoundByThePayersNumber() throws {
        let site = try Site()
        try site.submit(try Site.text(of: Site.batch([SandboxAdjudicationTests.cleanClaim])), as: "c1.837")
        let number = try #require(try site.remittances("c1.837.835").first?.claims.first?.payerClaimControlNumber)
        var byNumber = Self.asked("RC1001", charge: 131_509, payerClaimNumber: number)
        byNumber.patientControlNumber = nil
        var otherMember = byNumber
        otherMember.subscriber.memberID = "W100000016"
        otherMember.trace = "OTHER-T"
        try site.submit(try Self.text(of: [byNumber, otherMember]), as: "s.276")
        let response = try #require(try responses("s.277", at: site).first)
        #expect(response.claims.compactMap(\.statuses.first?.code.category) == ["F1", "A4"])
        #expect(response.claims[0].patientControlNumber == "RC1001", "the payer adds the patient control number it knows")
    }

    @Test("A 276 is answered once: it moves to sent/, and a second pass writes nothing")
    func a276IsAnsweredOnce() throws {
        let site = try Site()
        try site.submit(try Self.text(of: [Self.asked("RC9999", charge: 100)]), as: "once.276")
        let again = try site.clearinghouse.process(on: Site.today, time: "1500")
        #expect(again.answered.isEmpty && again.written.isEmpty, "\(again)")
        #expect(FileManager.default.fileExists(atPath: site.outbox.appendingPathComponent("sent/once.276").path))
        let response = try #require(try responses("once.277", at: site).first)
        #expect(response.reference.hasPrefix("CS") && response.claims.count == 1)
    }
}
