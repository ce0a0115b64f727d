import Foundation
import RevCycleSandbox
import Testing
import X12

struct SandboxPayerTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("payer-\(UUID().uuidString)")
    static let today = X12Date(year: 2026, month: 11, day: 29)!

    func inquiry(memberID: String?, payerID: String = "60054", last: String = "RIVERA", first: String = "ANA") -> EligibilityInquiry {
        EligibilityInquiry(
            reference: "T1", creationDate: Self.today, creationTime: "1200", source: InformationSource(name: "Aetna", payerID: payerID),
            receiver: InformationReceiver(name: "Default Community Hospital", npi: "1245319599"),
            subscriber: EligibilityPerson(lastName: last, firstName: first, memberID: memberID, dateOfBirth: X12Date(year: 1984, month: 3, day: 9),
                                          gender: .female),
            trace: EligibilityTrace(reference: "TRACE-\(memberID ?? last)", originatorID: "1124531959"), eligibilityDate: Self.today)
    }

    @Test("Test member ids meet each answer a real payer gives", arguments: [
        ("NOTFOUND1", "75"), ("TERM1", "inactive"), ("DOWN1", "42"), ("W100000008", "active"),
    ])
    func testMembers(memberID: String, expected: String) throws {
        let payer = try SandboxPayer(file: folder.appendingPathComponent("payer.sqlite"))
        let response = try payer.answer(inquiry(memberID: memberID), on: Self.today, time: "1200")
        let patient = try #require(response.patient)
        #expect(patient.traces.first?.reference == "TRACE-\(memberID)", "the inquiry's trace is echoed")
        switch expected {
        case "active": #expect(patient.hasActiveCoverage)
        case "inactive": #expect(!patient.hasActiveCoverage && patient.benefits.contains { $0.information == .inactive })
        default: #expect(patient.rejections.first?.reason.code == expected)
        }
    }

    @Test("Across many members about 4% are not found and 3% terminated, and each member always answers the same")
    func realisticSharesAndStableAnswers() throws {
        var notFound = 0, terminated = 0
        for index in 0..<2_000 {
            let member = SandboxMember.lookup(payerID: "60054", memberID: "M\(index)", year: 2026, month: 11)
            #expect(member == SandboxMember.lookup(payerID: "60054", memberID: "M\(index)", year: 2026, month: 11))
            switch member.standing {
            case .notFound: notFound += 1
            case .terminated: terminated += 1
            default: break
            }
        }
        #expect((40...120).contains(notFound), "not found: \(notFound) of 2000")
        #expect((30...100).contains(terminated), "terminated: \(terminated) of 2000")
    }

    @Test("What a member pays on claims lowers the deductible and out-of-pocket left in the next 271")
    func accumulatorsMoveWithClaims() throws {
        let payer = try SandboxPayer(file: folder.appendingPathComponent("payer.sqlite"))
        let member = SandboxMember.lookup(payerID: "60054", memberID: "W100000008", year: 2026, month: 11)
        func remaining(_ information: EligibilityBenefit.Information) throws -> Int64? {
            try payer.answer(inquiry(memberID: "W100000008"), on: Self.today, time: "1200").patient?.benefits
                .first { $0.information == information && $0.timePeriod == .remaining && $0.network == .inNetwork }?.amount
        }
        #expect(try remaining(.deductible) == 50_000)
        try payer.accumulate(member: member, year: 2026, deductible: 12_345, outOfPocket: 12_345)
        #expect(try remaining(.deductible) == 37_655)
        #expect(try remaining(.outOfPocket) == 300_000 - 12_345)
        try payer.accumulate(member: member, year: 2026, deductible: 90_000, outOfPocket: 90_000)
        #expect(try remaining(.deductible) == 0, "the deductible met never exceeds the deductible")
    }

    @Test("The clearinghouse answers each 270 once, writes a 271 that reads back, and refuses a file it cannot read")
    func clearinghouseAnswersOnce() throws {
        let outbox = folder.appendingPathComponent("outbox"), inbox = folder.appendingPathComponent("inbox")
        for url in [outbox, inbox] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        var numbers = ControlNumbers()
        let envelope = X12Envelope(senderID: "RCDEFAULT", receiverID: "60054", date: Self.today, time: "1200")
        let text = try X12Writer().text(for: try inquiry(memberID: "W100000008").makeInterchange(envelope: envelope, controlNumbers: &numbers))
        try text.write(to: outbox.appendingPathComponent("a.270"), atomically: true, encoding: .utf8)
        try "not x12".write(to: outbox.appendingPathComponent("b.270"), atomically: true, encoding: .utf8)
        let clearinghouse = SandboxClearinghouse(outbox: outbox, inbox: inbox, payer: try SandboxPayer(file: folder.appendingPathComponent("p.sqlite")))
        let pass = try clearinghouse.process(on: Self.today, time: "1200")
        #expect(pass.answered == ["a.270"] && pass.written == ["a.271"] && pass.refused == ["b.270"])
        let answer = try String(contentsOf: inbox.appendingPathComponent("a.271"), encoding: .utf8)
        let response = try #require(try EligibilityResponse.responses(in: try X12Interchange(parsing: answer)).first)
        #expect(response.patient?.hasActiveCoverage == true)
        #expect(try clearinghouse.process(on: Self.today, time: "1201") == SandboxClearinghouse.Pass(), "nothing is answered twice")
    }
}
