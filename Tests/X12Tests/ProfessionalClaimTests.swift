import Foundation
import Testing
import X12

struct ProfessionalClaimTests {
    typealias Fixtures = ProfessionalClaimFixtures

    static func interchange(for batch: ProfessionalClaimBatch) throws -> X12Interchange {
        var numbers = ControlNumbers(interchange: 41, group: 16, transactionSet: 86)
        return try batch.makeInterchange(envelope: Fixtures.envelope, controlNumbers: &numbers)
    }

    static func text(for batch: ProfessionalClaimBatch, delimiters: X12Delimiters = .standard) throws -> String {
        try X12Writer(delimiters: delimiters, lineBreaks: delimiters.segment != 0x0A).text(for: interchange(for: batch))
    }

    static func text(for testCase: Fixtures.BatchCase) throws -> String {
        try text(for: testCase.batch, delimiters: testCase.delimiters)
    }

    @Test("A built 837P reads back as the same batch", arguments: Fixtures.cases)
    func batchesRoundTrip(_ testCase: Fixtures.BatchCase) throws {
        let text = try Self.text(for: testCase)
        let interchange = try X12Interchange(parsing: text)
        #expect(interchange.delimiters == testCase.delimiters, "read with \(interchange.delimiters)")
        let group = try #require(interchange.functionalGroups.first)
        let set = try #require(group.transactionSets.first)
        #expect(
            group.functionalIdentifier == "HC" && group.version == testCase.batch.guide
                && set.implementationReference == testCase.batch.guide,
            "GS is \(group.header), ST is \(set.header); expected HC and \(testCase.batch.guide)")
        let parsed = try ProfessionalClaimBatch.batches(in: interchange)
        #expect(parsed == [testCase.batch], "read back \(parsed)\nexpected \([testCase.batch])")
    }

    @Test func aDependentClaimHangsUnderThePatientLevel() throws {
        let testCase = try #require(Fixtures.cases.first { $0.name == "a dependent's claim" })
        let set = try testCase.batch.transactionSet(controlNumber: 1)
        let levels = set.body.filter { $0.id == "HL" }.map { $0.elements.map(\.value).joined(separator: "*") }
        #expect(levels == ["1**20*1", "2*1*22*1", "3*2*23*0"], "HL segments are \(levels)")
        let text = try X12Writer().text(for: set.segments)
        #expect(
            text.contains("HL*2*1*22*1~SBR*P**GRP100******CI~NM1*IL*1*DOE*JANE****MI*W123456789~N3*12 ELM ST*APT 4~"),
            "SBR02 is empty when the subscriber is not the patient: \(text)")
        #expect(
            text.contains("HL*3*2*23*0~PAT*19~NM1*QC*1*DOE*JIMMY~N3*12 ELM ST*APT 4~N4*SPRINGFIELD*IL*62704~DMG*D8*20150607*M~CLM*PCN0002*125***11:B:1*Y*A*Y*I~"),
            "wrote \(text)")
    }

    @Test func aBatchNumbersEveryLevelAndCountsItsSegments() throws {
        let testCase = try #require(Fixtures.cases.first { $0.name.hasPrefix("many claims") })
        let interchange = try Self.interchange(for: testCase.batch)
        let set = try #require(interchange.functionalGroups.first?.transactionSets.first)
        let levels = set.body.filter { $0.id == "HL" }.map { $0.elements.map(\.value).joined(separator: "*") }
        #expect(
            levels == ["1**20*1", "2*1*22*0", "3*1*22*1", "4*3*23*0", "5*1*22*0"], "HL segments are \(levels)")
        #expect(set.trailer[1] == String(set.body.count + 2), "SE01 is \(set.trailer[1])")
        #expect(testCase.batch.claims.count == 4, "the batch holds \(testCase.batch.claims.count) claims")
        let text = try X12Writer().text(for: interchange)
        #expect(text.contains("ST*837*0087*005010X222A1~BHT*0019*00*BATCH0001*20261102*1230*CH~"), "wrote \(text.prefix(200))")
        #expect(text.contains("GS*HC*NORTHCLINIC*ACME01*20261102*1230*17*X*005010X222A1~"), "wrote \(text.prefix(200))")
    }

    @Test func aSimpleClaimIsWrittenSegmentBySegment() throws {
        let batch = Fixtures.batch(subscribers: [Fixtures.selfSubscriber([Fixtures.claim()])])
        let text = try X12Writer().text(for: try batch.transactionSet(controlNumber: 1).segments)
        let expected = [
            "ST*837*0001*005010X222A1", "BHT*0019*00*BATCH0001*20261102*1230*CH",
            "NM1*41*2*NORTH CLINIC*****46*NORTHCLINIC", "PER*IC*BILLING OFFICE*TE*5555551234",
            "NM1*40*2*ACME HEALTH*****46*ACME01", "HL*1**20*1", "PRV*BI*PXC*207Q00000X",
            "NM1*85*2*NORTH CLINIC*****XX*1245319599", "N3*1 MAIN ST", "N4*SPRINGFIELD*IL*627011234", "REF*EI*123456789",
            "HL*2*1*22*0", "SBR*P*18*GRP100******CI", "NM1*IL*1*DOE*JANE*Q***MI*W123456789", "N3*12 ELM ST*APT 4",
            "N4*SPRINGFIELD*IL*62704", "DMG*D8*19800101*F", "NM1*PR*2*ACME HEALTH*****PI*ACME01",
            "CLM*PCN0001*125***11:B:1*Y*A*Y*I", "HI*ABK:J069*ABF:R05", "NM1*82*1*SMITH*JOHN****XX*1003000126",
            "PRV*PE*PXC*207Q00000X", "LX*1", "SV1*HC:99213*125*UN*1***1:2", "DTP*472*D8*20261101", "REF*6R*L0001",
            "SE*27*0001",
        ]
        #expect(text.split(separator: "~").map(String.init) == expected, "wrote \(text)")
    }

    @Test func aSecondaryClaimCarriesThePrimaryPayersDecision() throws {
        let testCase = try #require(Fixtures.cases.first { $0.name == "a secondary claim" })
        let text = try X12Writer().text(for: try testCase.batch.transactionSet(controlNumber: 1).segments)
        #expect(
            text.contains(
                "SBR*P*18*MCR******MB~CAS*CO*45*162.5~CAS*PR*1*20**2*27.5~AMT*D*190~OI***Y***I~"
                    + "NM1*IL*1*DOE*JANE****MI*1EG4TE5MK73~N3*12 ELM ST*APT 4~N4*SPRINGFIELD*IL*62704~"
                    + "NM1*PR*2*MEDICARE PART B*****PI*MCRB01~LX*1~"),
            "wrote \(text)")
        #expect(
            text.contains("SVD*MCRB01*100*HC:20610:RT**1~CAS*CO*45*95~CAS*PR*1*20**2*5~DTP*573*D8*20261115~"),
            "wrote \(text)")
    }

    // MARK: - Refusals when building

    @Test func aClaimWhoseLinesDoNotAddUpToItsTotalIsRefused() {
        var claim = Fixtures.claim()
        claim.totalCharge = 13_000
        let batch = Fixtures.batch(subscribers: [Fixtures.selfSubscriber([claim])])
        let error = #expect(throws: X12Error.self) { try batch.transactionSet(controlNumber: 1) }
        #expect(error?.code == .claimChargeMismatch, "code is \(String(describing: error?.code))")
        #expect(
            error?.message.contains("billing provider 1, subscriber 1, claim 1") == true
                && error?.message.contains("130") == true && error?.message.contains("125") == true,
            "the message names the claim and both amounts: \(String(describing: error))")
    }

    @Test(
        "Batches that cannot be valid are refused",
        arguments: [
            ("an unknown guide", "guide"), ("a bad billing NPI", "NPI"), ("a bad rendering NPI", "rendering provider"),
            ("a dotted diagnosis", "diagnosis 1"), ("thirteen diagnoses", "13 diagnoses"),
            ("a pointer past the diagnoses", "pointers"), ("five modifiers", "modifiers"),
            ("a replacement without REF*F8", "REF*F8"), ("a long patient control number", "CLM01"),
            ("a patient with a member id", "2010CA"), ("a ZIP code of 4 digits", "ZIP"),
            ("an adjudication by an unknown payer", "SVD01"), ("no lines", "service lines"),
            ("seven adjustments in one group", "at most 6"),
        ])
    func invalidBatchesAreRefused(_ problem: String, _ mention: String) {
        var claim = Fixtures.claim()
        var batch = Fixtures.batch(subscribers: [Fixtures.selfSubscriber([claim])])
        func replaceClaim(_ change: (inout ProfessionalClaim) -> Void) {
            change(&claim)
            batch.billingProviders[0].subscribers[0].claims = [claim]
        }
        switch problem {
        case "an unknown guide": batch.guide = "005010X223A2"
        case "a bad billing NPI": batch.billingProviders[0].npi = "1245319598"
        case "a bad rendering NPI": replaceClaim { $0.renderingProvider?.npi = "1003000127" }
        case "a dotted diagnosis": replaceClaim { $0.diagnoses[0] = "J06.9" }
        case "thirteen diagnoses": replaceClaim { $0.diagnoses = Array(repeating: "R05", count: 13) }
        case "a pointer past the diagnoses": replaceClaim { $0.lines[0].diagnosisPointers = [3] }
        case "five modifiers": replaceClaim { $0.lines[0].procedure.modifiers = ["25", "59", "LT", "RT", "GP"] }
        case "a replacement without REF*F8": replaceClaim { $0.frequency = .replacement }
        case "a long patient control number": replaceClaim { $0.patientControlNumber = String(repeating: "9", count: 21) }
        case "a patient with a member id":
            batch = Fixtures.cases[1].batch
            batch.billingProviders[0].subscribers[0].dependents[0].person.memberID = "X1"
        case "a ZIP code of 4 digits": batch.billingProviders[0].address.postalCode = "6270"
        case "an adjudication by an unknown payer":
            claim = Fixtures.secondaryClaim
            replaceClaim { $0.lines[0].adjudications[0].payerID = "OTHER" }
        case "no lines":
            replaceClaim {
                $0.lines = []
                $0.totalCharge = 0
            }
        default:
            claim = Fixtures.secondaryClaim
            replaceClaim {
                $0.otherSubscribers[0].adjustments = (1...7).map { RemittanceAdjustment(.contractualObligation, reason: String($0), amount: 1) }
            }
        }
        let error = #expect(throws: X12Error.self, "\(problem) is refused") { try batch.transactionSet(controlNumber: 1) }
        #expect(
            error?.code == .invalidValue && error?.message.contains(mention) == true,
            "\(problem): \(String(describing: error)); expected invalid-value mentioning \(mention)")
    }

    @Test("The NPI check digit follows the Luhn formula with prefix 80840", arguments: [
        ("1245319599", true), ("1003000126", true), ("1548207632", true), ("1234567893", true),
        ("1245319598", false), ("124531959", false), ("12453195990", false), ("12453A9599", false),
    ])
    func npiCheckDigits(_ npi: String, _ isValid: Bool) throws {
        var batch = Fixtures.batch(subscribers: [Fixtures.selfSubscriber([Fixtures.claim()])])
        batch.billingProviders[0].npi = npi
        #expect(((try? batch.transactionSet(controlNumber: 1)) != nil) == isValid, "\(npi) valid: expected \(isValid)")
    }
}
