import Foundation
import Testing
import X12

/// Random valid 837P batches: realistic codes and names, every optional part sometimes present.
struct ProfessionalClaimGenerator {
    typealias Fixtures = ProfessionalClaimFixtures
    /// The target's SplitMix64 (from X12GarblingTests), so that a seed replays the same batches.
    var random: X12GarblingTests.Generator
    var claimNumber = 0

    static let npis = ["1245319599", "1003000126", "1548207632", "1234567893"]
    static let lastNames = ["DOE", "ROE", "GARCIA", "NGUYEN", "SMITH", "OBRIEN", "LEE", "PATEL"]
    static let firstNames = ["JANE", "JOHN", "MARIA", "WEI", "AMIR", "ROSA", "LIAM", "ZOE"]
    static let diagnoses = [
        "J069", "R05", "E119", "I10", "M545", "S83241A", "Z0000", "K219", "F419", "N390", "R51", "J029", "M1711",
        "E785", "G4733", "Z23",
    ]
    static let procedures = ["99213", "99214", "99203", "97110", "73560", "87880", "36415", "90471", "20610", "J1885"]
    static let modifiers = ["25", "59", "LT", "RT", "GP", "XS", "76", "91"]
    static let places = ["11", "22", "02", "12"]
    static let filingIndicators = ["CI", "MB", "MC", "BL", "HM"]
    static let addresses = [
        Fixtures.office, Fixtures.home,
        X12Person.Address(line1: "400 LAKE SHORE DR", city: "CHICAGO", state: "IL", postalCode: "60611"),
        X12Person.Address(line1: "9 ELM ST", line2: "SUITE 2", city: "MADISON", state: "WI", postalCode: "537031234"),
    ]

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func bool() -> Bool { Bool.random(using: &random) }
    mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }
    mutating func some<T>(_ values: [T], count: Int) -> [T] { Array(values.shuffled(using: &random).prefix(count)) }

    mutating func date(month: Int = 10) -> X12Date {
        X12Date(year: 2026, month: month, day: int(1...28))!
    }

    mutating func person(memberID: Bool) -> X12Person {
        X12Person(
            lastName: pick(Self.lastNames), firstName: pick(Self.firstNames), middleName: bool() ? "Q" : nil,
            memberID: memberID ? "M\(int(10_000_000...99_999_999))" : nil,
            dateOfBirth: X12Date(year: int(1940...2020), month: int(1...12), day: int(1...28)),
            gender: pick([.female, .male, .unknown]), address: pick(Self.addresses))
    }

    mutating func adjustments(total: Int64) -> [RemittanceAdjustment] {
        var left = total
        var result: [RemittanceAdjustment] = []
        for group in some([RemittanceAdjustment.Group.contractualObligation, .patientResponsibility, .otherAdjustment], count: int(1...3)) {
            for reason in some(["45", "1", "2", "3", "97"], count: int(1...2)) where left > 0 {
                let amount = Int64(int(0...Int(min(left, 5_000))))
                left -= amount
                result.append(RemittanceAdjustment(group, reason: reason, amount: amount, quantity: bool() ? nil : X12Decimal(significand: 1)))
            }
        }
        return result
    }

    mutating func claim(number: Int) -> ProfessionalClaim {
        let diagnoses = some(Self.diagnoses, count: int(1...12))
        let lines = (0..<int(1...6)).map { index -> ProfessionalClaim.ServiceLine in
            var line = ProfessionalClaim.ServiceLine(
                procedure: .init(code: pick(Self.procedures), modifiers: some(Self.modifiers, count: int(0...4))),
                charge: Int64(int(1...50_000)), units: X12Decimal(significand: Int64(int(1...10))),
                placeOfService: bool() ? nil : pick(Self.places),
                diagnosisPointers: some(Array(1...diagnoses.count), count: int(1...min(4, diagnoses.count))),
                serviceDate: date(), lineItemControlNumber: bool() ? "L\(number)X\(index + 1)" : nil)
            if bool() { line.serviceEndDate = X12Date(year: 2026, month: 10, day: int(line.serviceDate.day...28)) }
            return line
        }
        var claim = ProfessionalClaim(
            patientControlNumber: "PCN\(int(1000...9999))-\(number)", totalCharge: lines.reduce(0) { $0 + $1.charge },
            placeOfService: pick(Self.places), diagnoses: diagnoses, lines: lines)
        claim.frequency = pick(ProfessionalClaim.Frequency.allCases)
        if claim.frequency != .original { claim.payerClaimControlNumber = "ICN\(int(100_000...999_999))" }
        if bool() { claim.onsetDate = date(month: 9) }
        if bool() { claim.priorAuthorization = "AUTH\(int(1000...9999))" }
        if bool() {
            claim.renderingProvider = .init(
                lastName: pick(Self.lastNames), firstName: pick(Self.firstNames), npi: pick(Self.npis),
                taxonomy: bool() ? "207Q00000X" : nil)
        }
        if bool() {
            claim.serviceFacility = .init(name: "NORTH ANNEX", npi: bool() ? pick(Self.npis) : nil, address: pick(Self.addresses))
        }
        if bool() {
            let payer = ClaimSubscriber.Payer(name: "PRIMARY PLAN", payerID: "PRIM\(int(10...99))")
            claim.otherSubscribers = [
                .init(
                    responsibility: "P", relationship: pick(["18", "01", "19"]), groupNumber: bool() ? "G\(int(100...999))" : nil,
                    claimFilingIndicator: pick(Self.filingIndicators), adjustments: adjustments(total: claim.totalCharge),
                    paidAmount: bool() ? Int64(int(0...Int(claim.totalCharge))) : nil,
                    subscriber: X12Person(lastName: pick(Self.lastNames), firstName: pick(Self.firstNames), memberID: "P\(int(1000...9999))"),
                    payer: payer)
            ]
            for index in claim.lines.indices where bool() {
                let line = claim.lines[index]
                claim.lines[index].adjudications = [
                    .init(
                        payerID: payer.payerID, paidAmount: Int64(int(0...Int(line.charge))), procedure: line.procedure,
                        units: line.units, adjustments: adjustments(total: line.charge), adjudicationDate: date(month: 11))
                ]
            }
        }
        return claim
    }

    /// Claims numbered on from the last one made.
    mutating func claims(_ range: ClosedRange<Int>) -> [ProfessionalClaim] {
        (0..<int(range)).map { _ in
            claimNumber += 1
            return claim(number: claimNumber)
        }
    }

    mutating func batch() -> ProfessionalClaimBatch {
        let providers = (0..<int(1...2)).map { _ -> BillingProvider in
            let subscribers = (0..<int(1...3)).map { _ -> ClaimSubscriber in
                let hasDependents = bool()
                let ownClaims = hasDependents && bool() ? [] : claims(1...3)
                let dependents = hasDependents
                    ? (0..<int(1...2)).map { _ in
                        ClaimPatient(relationship: pick(["01", "19", "G8"]), person: person(memberID: false), claims: claims(1...2))
                    } : []
                return ClaimSubscriber(
                    responsibility: pick(["P", "S", "T"]), person: person(memberID: true),
                    groupNumber: bool() ? "GRP\(int(100...999))" : nil, groupName: bool() ? "ACME EMPLOYEES" : nil,
                    claimFilingIndicator: pick(Self.filingIndicators), payer: Fixtures.acme, claims: ownClaims,
                    dependents: dependents)
            }
            return BillingProvider(
                name: "NORTH CLINIC \(int(1...9))", npi: pick(Self.npis), taxonomy: bool() ? "207Q00000X" : nil,
                address: pick(Self.addresses), taxID: String(int(100_000_000...999_999_999)), subscribers: subscribers)
        }
        return ProfessionalClaimBatch(
            guide: pick(ProfessionalClaimBatch.implementationGuides), reference: "B\(int(1000...9999))",
            creationDate: date(month: 11), creationTime: "0915",
            submitter: .init(
                name: "NORTH CLINIC", id: "NORTHCLINIC", contactName: "BILLING", phone: "5555551234",
                email: bool() ? "BILLING@NORTH.EXAMPLE" : nil),
            receiver: .init(name: "ACME HEALTH", id: "ACME01"), billingProviders: providers)
    }

    /// `count` random batches from `seed`.
    static func batches(_ count: Int, seed: UInt64) -> [ProfessionalClaimBatch] {
        var generator = ProfessionalClaimGenerator(random: X12GarblingTests.Generator(state: seed))
        return (0..<count).map { _ in generator.batch() }
    }
}

/// Random valid batches round-trip. Replay a failure with `REVCYCLE_TEST_SEED=<seed>` (the seed is in
/// the failure message); without it the seed is a fixed default.
struct ProfessionalClaimRandomTests {
    /// `REVCYCLE_TEST_SEED` when set, otherwise a fixed default.
    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["REVCYCLE_TEST_SEED"].flatMap { UInt64($0) } ?? 837_2026
    }

    @Test func randomValidBatchesRoundTrip() throws {
        let seed = Self.seed
        let delimiters = try X12Delimiters(element: "|", component: ">", repetition: "!", segment: "#")
        for (index, batch) in ProfessionalClaimGenerator.batches(200, seed: seed).enumerated() {
            let chosen = index.isMultiple(of: 3) ? delimiters : .standard
            let text: String
            let parsed: [ProfessionalClaimBatch]
            do {
                text = try ProfessionalClaimTests.text(for: batch, delimiters: chosen)
                parsed = try ProfessionalClaimBatch.batches(in: X12Interchange(parsing: text))
            } catch {
                Issue.record("batch \(index) of seed \(seed) (REVCYCLE_TEST_SEED=\(seed)): \(error)")
                continue
            }
            #expect(parsed == [batch], "batch \(index) of seed \(seed) (REVCYCLE_TEST_SEED=\(seed)) reads back differently:\n\(text)")
        }
    }
}
