import Foundation
import Testing
import X12

/// Random balanced remittances: each is written, read back equal, and balances. The seeded generator
/// is the target's SplitMix64 (``X12GarblingTests/Generator``).
struct RemittanceRandomTests {
    typealias Fixtures = RemittanceFixtures

    /// `REVCYCLE_TEST_SEED` when set, otherwise a fixed default; replay a failure with
    /// `REVCYCLE_TEST_SEED=<seed> swift test --filter RemittanceRandomTests`.
    static let seed: UInt64 = ProcessInfo.processInfo.environment["REVCYCLE_TEST_SEED"].flatMap(UInt64.init) ?? 20_261_116

    /// A balanced remittance of 1 to 4 claims: paid, denied or reversed, with 0 to 3 lines each,
    /// claim-level adjustments when there are no lines, and sometimes provider adjustments.
    static func advice(using random: inout X12GarblingTests.Generator) -> RemittanceAdvice {
        let codes = ["99212", "99213", "99214", "81002", "36415", "97110", "J3490"]
        var claims: [RemittanceClaim] = []
        for index in 0..<Int.random(in: 1...4, using: &random) {
            let isDenied = Int.random(in: 0..<5, using: &random) == 0
            let isReversal = !isDenied && Int.random(in: 0..<6, using: &random) == 0
            /// A charge split into CO-45, PR-1/2/3 and what is paid (all zero paid when denied).
            func split(_ charge: Int64) -> (paid: Int64, adjustments: [RemittanceAdjustment]) {
                if isDenied { return (0, [Fixtures.co(["16", "96", "197", "50"].randomElement(using: &random)!, charge)]) }
                let contractual = Int64.random(in: 0...(charge / 2), using: &random)
                let patient = Int64.random(in: 0...((charge - contractual) / 2), using: &random)
                var adjustments = contractual > 0 ? [Fixtures.co("45", contractual)] : []
                if patient > 0 { adjustments.append(Fixtures.pr(["1", "2", "3"].randomElement(using: &random)!, patient)) }
                return (charge - contractual - patient, adjustments)
            }
            var lines: [RemittanceServiceLine] = []
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                let charge = Int64.random(in: 1_000...99_999, using: &random)
                let (paid, adjustments) = split(charge)
                lines.append(
                    Fixtures.line(
                        codes.randomElement(using: &random)!, charge: charge, paid: paid, adjustments,
                        control: "L\(lines.count + 1)", remarks: isDenied ? ["N290"] : []))
            }
            var charge = lines.reduce(Int64(0)) { $0 + $1.chargeAmount }
            var paid = lines.reduce(Int64(0)) { $0 + $1.paidAmount }
            var claimAdjustments: [RemittanceAdjustment] = []
            if lines.isEmpty {
                charge = Int64.random(in: 1_000...250_000, using: &random)
                (paid, claimAdjustments) = split(charge)
            }
            let responsibility = (claimAdjustments + lines.flatMap(\.adjustments))
                .filter { $0.group == .patientResponsibility }.reduce(Int64(0)) { $0 + $1.amount }
            var claim = Fixtures.claim(
                "ACCT\(5000 + index)", status: isDenied ? .denied : .processedAsPrimary, charge: charge, paid: paid,
                patientResponsibility: responsibility, payerNumber: "PAYER\(9000 + index)", adjustments: claimAdjustments,
                lines: lines)
            if isReversal {
                claim.status = .reversal
                claim.chargeAmount.negate()
                claim.paidAmount.negate()
                claim.patientResponsibility?.negate()
                for index in claim.adjustments.indices { claim.adjustments[index].amount.negate() }
                for line in claim.serviceLines.indices {
                    claim.serviceLines[line].chargeAmount.negate()
                    claim.serviceLines[line].paidAmount.negate()
                    for index in claim.serviceLines[line].adjustments.indices {
                        claim.serviceLines[line].adjustments[index].amount.negate()
                    }
                }
            }
            claims.append(claim)
        }
        var providerAdjustments: [ProviderAdjustment] = []
        if Bool.random(using: &random) {
            providerAdjustments.append(
                ProviderAdjustment(
                    providerID: Fixtures.npi, fiscalPeriodEnd: Fixtures.fiscalYearEnd, reason: "WO", reference: "PAYER0001",
                    amount: Int64.random(in: 1...5_000, using: &random)))
        }
        if Bool.random(using: &random) {
            providerAdjustments.append(
                ProviderAdjustment(
                    providerID: Fixtures.npi, fiscalPeriodEnd: Fixtures.fiscalYearEnd, reason: "L6",
                    amount: -Int64.random(in: 1...999, using: &random)))
        }
        return Fixtures.advice(
            trace: "CHK\(random.next() % 1_000_000)", claims: claims, providerAdjustments: providerAdjustments)
    }

    @Test func randomBalancedRemittancesReadBackAsWrittenAndBalance() throws {
        var generator = X12GarblingTests.Generator(state: Self.seed)
        for index in 0..<200 {
            let advice = Self.advice(using: &generator)
            let problems = advice.balancingProblems
            #expect(problems.isEmpty, "case \(index) of seed \(Self.seed) does not balance: \(problems)")
            let text = try RemittanceAdviceTests.text(for: advice)
            let advices = try RemittanceAdviceTests.read(text)
            #expect(advices == [advice], "case \(index) of seed \(Self.seed) reads back differently:\n\(text)")
            #expect(advices.first?.balancingProblems.isEmpty == true, "case \(index) of seed \(Self.seed)")
        }
    }
}
