import Foundation
import RevCycleCore
import Testing
@testable import Counseling

/// The three account shapes whose explanations are reviewed and checked in as expected output:
/// paid by insurance with a deductible and coinsurance, denied for a missing authorization, and
/// self-pay with financial assistance.
enum ExplanationFixtures {
    typealias Facts = AccountExplanationFacts

    /// A named set of facts, for parameterized tests.
    struct Shape: Sendable, CustomTestStringConvertible {
        var name: String
        var facts: Facts
        var testDescription: String { name }
    }

    static func money(_ text: String) -> Money {
        // Fixture amounts are literals written in this file; a typo should stop the tests at once.
        try! Money(parsing: text)
    }

    static func date(_ text: String) -> CalendarDate {
        try! CalendarDate(parsing: text)
    }

    static let facility = Facts.Facility(name: "Riverside Community Hospital", phone: "(555) 014-2200")
    static let counselingPhone = "(555) 014-2250"

    /// Aetna allowed $192.00 of $329.00: $137.00 over the agreed price (CO-45, $94.00 + $43.00 by
    /// line), $121.00 to the deductible (PR-1, $100.00 + $21.00), 10% coinsurance on the rest
    /// (PR-2, $7.10), and paid $63.90. The patient owes $128.10.
    static let insured = Shape(name: "insured", facts: Facts(
        account: "A1042",
        patientName: "Ana María López",
        visitDate: date("2026-11-20"),
        explainedOn: date("2026-12-15"),
        facility: facility,
        serviceLines: [
            .init(code: "99214", description: "Office visit, established patient", charge: money("265.00")),
            .init(code: "80053", description: "Comprehensive metabolic panel (blood test)", charge: money("64.00")),
        ],
        payerAnswers: [
            .init(payerName: "Aetna", claimNumber: "E26112000457", paid: money("63.90"), adjustments: [
                .init(group: .contractualObligation, reasonCode: "45", amount: money("94.00")),
                .init(group: .patientResponsibility, reasonCode: "1", amount: money("100.00")),
                .init(group: .patientResponsibility, reasonCode: "2", amount: money("7.10")),
                .init(group: .contractualObligation, reasonCode: "45", amount: money("43.00")),
                .init(group: .patientResponsibility, reasonCode: "1", amount: money("21.00")),
            ]),
        ],
        patientShares: [
            .init(reason: .deductible, amount: money("121.00")),
            .init(reason: .coinsurance, amount: money("7.10")),
        ],
        owesNow: money("128.10"),
        options: .init(
            phone: counselingPhone,
            // 240 days after the first statement (2026-12-01), IRS 501(r).
            financialAssistance: .init(applyBy: date("2026-12-01").adding(days: 240)),
            offersPaymentPlan: true)))

    /// UnitedHealthcare denied the MRI: no prior authorization on file (CO-197, remark N54). The
    /// hospital has appealed, so the whole charge is still with the insurer and nothing is owed yet.
    static let denied = Shape(name: "denied", facts: Facts(
        account: "A1077",
        patientName: "James Carter",
        visitDate: date("2026-10-05"),
        explainedOn: date("2026-11-02"),
        facility: facility,
        serviceLines: [
            .init(code: "72148", description: "MRI of the lower back, without contrast", charge: money("1850.00")),
        ],
        payerAnswers: [
            .init(payerName: "UnitedHealthcare", claimNumber: "UH2610059921", paid: .zero, adjustments: [
                .init(group: .contractualObligation, reasonCode: "197", amount: money("1850.00")),
            ], remarkCodes: ["N54"], denialFollowUp: .appealing),
        ],
        owesNow: .zero,
        pendingInsurance: money("1850.00"),
        options: .init(phone: counselingPhone, financialAssistance: .init())))

    /// An emergency visit with no insurance: $1,200.00 of charges, 75% financial assistance
    /// approved ($900.00), $300.00 left, and a payment plan offered. No good-faith estimate: the
    /// visit was not scheduled.
    static let selfPay = Shape(name: "selfpay", facts: Facts(
        account: "A1103",
        patientName: "Luis Hernández",
        visitDate: date("2026-09-14"),
        explainedOn: date("2026-10-20"),
        facility: facility,
        serviceLines: [
            .init(code: "99283", description: "Emergency room visit", charge: money("950.00")),
            .init(code: "12002", description: "Repair of a small wound (stitches)", charge: money("250.00")),
        ],
        patientShares: [.init(reason: .selfPay, amount: money("1200.00"))],
        assistance: .init(status: .approved, discountBasisPoints: 7_500, applied: money("900.00")),
        owesNow: money("300.00"),
        options: .init(phone: counselingPhone, offersPaymentPlan: true)))

    static let all = [insured, denied, selfPay]

    /// The bundled languages, for parameterized tests.
    static let languages: [ExplanationLanguage] = [.english, .spanish]

    // MARK: - Expected output

    /// `Tests/CounselingTests/Expected/explain-<shape>-<language>.txt`.
    static func expectedFile(_ shape: String, _ language: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Expected")
            .appendingPathComponent("explain-\(shape)-\(language).txt")
    }

    /// Set `REVCYCLE_RECORD_EXPECTED=1` to write the current output over the expected files, then
    /// read every changed file as a patient would before committing it.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["REVCYCLE_RECORD_EXPECTED"] == "1" }

    /// The first line where two texts differ, to show in a failure.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        for index in 0..<max(actualLines.count, expectedLines.count) {
            let a = index < actualLines.count ? actualLines[index] : "<end>"
            let e = index < expectedLines.count ? expectedLines[index] : "<end>"
            if a != e { return "line \(index + 1):\n  actual:   \(a)\n  expected: \(e)" }
        }
        return "no difference"
    }
}
