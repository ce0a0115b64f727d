import Foundation
import RevCycleCore
import RevCycleTesting
import Testing

@testable import Counseling

private func date(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }
private func money(_ text: String) -> Money { try! Money(parsing: text) }

private func claim(_ id: String, _ payer: AGBPayerKind, _ allowedOn: String, allowed: String, gross: String) -> AGBClaim {
    AGBClaim(claimID: id, payer: payer, allowedOn: date(allowedOn), grossCharges: money(gross), allowedAmount: money(allowed))
}

/// Worked by hand: the three counted claims allow $6,123,456.78 of $10,000,000.00 gross, 61.2345678%,
/// which rounds down to 61.23% (6,123 basis points). The rest are left out by payer or by date.
private let fixture = [
    claim("M1", .medicareFeeForService, "2025-07-01", allowed: "2000000.00", gross: "3500000.00"),   // first day
    claim("C1", .commercial, "2026-06-30", allowed: "3123456.78", gross: "5000000.00"),              // last day
    claim("A1", .medicareAdvantage, "2026-01-15", allowed: "1000000.00", gross: "1500000.00"),
    claim("S1", .selfPay, "2026-02-01", allowed: "100.00", gross: "1000.00"),
    claim("D1", .medicaid, "2026-03-01", allowed: "500000.00", gross: "2000000.00"),
    claim("O1", .commercial, "2025-06-30", allowed: "9000.00", gross: "10000.00"),                   // day before
    claim("O2", .commercial, "2026-07-01", allowed: "9000.00", gross: "10000.00"),                   // calculation day
]
private let period = LookBackPeriod(endingBefore: date("2026-07-01"))

struct AmountsGenerallyBilledTests {
    @Test("the look-back AGB on a fixture with a known answer is 61.23%, with the calculation shown")
    func knownAnswer() throws {
        let agb = try AmountsGenerallyBilled.lookBack(facility: "North Campus", claims: fixture, period: period)
        #expect(agb.basisPoints == 6_123)
        #expect(agb.totalAllowed == money("6123456.78") && agb.totalGross == money("10000000.00"))
        #expect(agb.claimsCounted == 3 && agb.claimsOutsidePeriod == 2)
        #expect(agb.claimsExcludedByPayer == [.selfPay: 1, .medicaid: 1])
        #expect(agb.lines == [
            "Amounts generally billed, look-back method (26 CFR 1.501(r)-5(b)(3)), facility North Campus",
            "Period: claims allowed 2025-07-01 through 2026-06-30 (the 12 months ending the day before 2026-07-01)",
            "Payers counted: Medicare fee-for-service and all private health insurers",
            "Claims counted: 3",
            "Claims left out: 1 Medicaid, 1 self-pay, 2 allowed outside the period",
            "Sum of allowed amounts: $6,123,456.78",
            "Sum of gross charges: $10,000,000.00",
            "AGB % = $6,123,456.78 ÷ $10,000,000.00 × 100 = 61.23456780% → 61.23% (rounded down to the basis point)",
            "Apply from no later than 2026-10-28 (the 120th day after the period ends)",
        ])
    }

    @Test(
        "each permitted payer set counts its own claims",
        arguments: [
            (AGBPayerSet.medicareFeeForServiceOnly, 5_714),            // 2,000,000 / 3,500,000 = 57.1428…%
            (.medicareAndPrivateInsurers, 6_123),                      // 6,123,456.78 / 10,000,000 = 61.2345…%
            (.medicaidOnly, 2_500),                                    // 500,000 / 2,000,000 = 25%
            (.medicaidAndMedicare, 4_545),                             // 2,500,000 / 5,500,000 = 45.4545…%
            (.medicaidMedicareAndPrivateInsurers, 5_519),              // 6,623,456.78 / 12,000,000 = 55.1954…%
        ] as [(AGBPayerSet, Int64)])
    func payerSets(payers: AGBPayerSet, basisPoints: Int64) throws {
        let agb = try AmountsGenerallyBilled.lookBack(facility: "North Campus", claims: fixture, period: period, payers: payers)
        #expect(agb.basisPoints == basisPoints, "\(payers): \(agb.basisPoints)")
        #expect(agb.claimsExcludedByPayer[.selfPay] == 1)
    }

    @Test("the percentage rounds down, in the patient's favour: 2/3 is 66.66%, not 66.67%")
    func roundsDown() throws {
        let claims = [claim("X", .commercial, "2026-01-01", allowed: "2.00", gross: "3.00")]
        let agb = try AmountsGenerallyBilled.lookBack(facility: "South", claims: claims, period: period)
        #expect(agb.basisPoints == 6_666)
        #expect(agb.lines.first { $0.hasPrefix("AGB %") } == "AGB % = $2.00 ÷ $3.00 × 100 = 66.66666666…% → 66.66% (rounded down to the basis point)")
    }

    @Test("an empty period, or one with only self-pay claims, is 'no data', not a division by zero")
    func noData() {
        for claims in [[], [claim("S", .selfPay, "2026-01-01", allowed: "10.00", gross: "100.00")], Array(fixture.suffix(2))] {
            #expect {
                try AmountsGenerallyBilled.lookBack(facility: "North Campus", claims: claims, period: period)
            } throws: { error in
                let error = error as? RevCycleError
                return error?.code == .notFound
                    && error?.message == "No claims allowed by Medicare fee-for-service and all private health insurers from 2025-07-01 through 2026-06-30 at North Campus have gross charges: there is no data to compute AGB from."
            }
        }
    }

    @Test("negative amounts, and allowed amounts reaching gross charges, are refused")
    func refusals() {
        #expect(throws: RevCycleError.self) {
            try AmountsGenerallyBilled.lookBack(
                facility: "N", claims: [claim("B", .commercial, "2026-01-01", allowed: "-1.00", gross: "100.00")], period: period)
        }
        #expect {
            try AmountsGenerallyBilled.lookBack(
                facility: "N", claims: [claim("B", .commercial, "2026-01-01", allowed: "100.00", gross: "100.00")], period: period)
        } throws: { error in
            (error as? RevCycleError)?.message.hasSuffix("AGB must be below 100%.") == true
        }
    }

    @Test(
        "the period is the 12 months ending the day before the calculation date",
        arguments: [
            ("2026-07-01", "2025-07-01", "2026-06-30", "2026-10-28"),
            ("2026-01-01", "2025-01-01", "2025-12-31", "2026-04-30"),
            ("2028-02-29", "2027-03-01", "2028-02-28", "2028-06-27"),   // no 29 February in 2027
            ("2028-03-01", "2027-03-01", "2028-02-29", "2028-06-28"),
        ])
    func lookBackPeriod(calculatedOn: String, first: String, last: String, applyBy: String) {
        let period = LookBackPeriod(endingBefore: date(calculatedOn))
        #expect(period.first == date(first) && period.last == date(last), "\(period)")
        #expect(period.mustApplyBy == date(applyBy))
        #expect(LookBackPeriod(endingOn: date(last)) == period)
    }

    @Test(
        "the cap is charges × AGB%, rounded down to the cent",
        arguments: [
            ("1000.00", 6_123, "612.30"),
            ("1234.57", 6_123, "755.92"),   // 123,457 × 6,123 / 10,000 = 75,592.7211 cents
            ("0.01", 6_123, "0.00"),
            ("999.99", 10_000, "999.99"),
            ("999.99", 0, "0.00"),
        ] as [(String, Int64, String)])
    func cap(charges: String, basisPoints: Int64, expected: String) throws {
        let cap = try AmountsGenerallyBilled.cap(charges: money(charges), agbBasisPoints: basisPoints)
        #expect(cap == money(expected), "\(charges) × \(basisPoints): \(cap)")
    }

    @Test("an AGB outside 0% to 100% is refused", arguments: [-1, 10_001] as [Int64])
    func capRange(basisPoints: Int64) {
        #expect(throws: RevCycleError.self) { try AmountsGenerallyBilled.cap(charges: money("10.00"), agbBasisPoints: basisPoints) }
    }

    @Test("for random charges the cap is the largest cent not above the exact product", arguments: [1, 7, 2026] as [UInt64])
    func capIsFloor(fixedSeed: UInt64) throws {
        let seed = ProcessInfo.processInfo.environment["REVCYCLE_SEED"].flatMap(UInt64.init) ?? fixedSeed
        var generator = SeededGenerator(seed: seed)
        func next() -> UInt64 { generator.next() }
        for _ in 0..<500 {
            let charges = Int64(next() % 100_000_000_00)
            let basisPoints = Int64(next() % 10_001)
            let cap = try AmountsGenerallyBilled.cap(charges: Money(cents: charges), agbBasisPoints: basisPoints).cents
            let exact = charges * basisPoints   // in cents × 10,000
            #expect(cap * 10_000 <= exact && exact < (cap + 1) * 10_000,
                    "seed \(seed): \(charges) cents × \(basisPoints) bp gave \(cap)")
        }
    }
}
