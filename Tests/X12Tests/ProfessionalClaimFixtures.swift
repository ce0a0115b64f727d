import Testing
import X12

/// 837P values for the tests: realistic enough for pyx12 (valid NPIs, states, ZIP codes, dates).
enum ProfessionalClaimFixtures {
    static func date(_ text: String) -> X12Date {
        EligibilityFixtures.date(text)
    }

    /// NPIs with valid check digits (Luhn over 80840 + the first nine digits).
    static let clinicNPI = "1245319599"
    static let doctorNPI = "1003000126"
    static let facilityNPI = "1548207632"

    static let envelope = X12Envelope(
        senderID: "NORTHCLINIC", receiverID: "ACME01", date: date("20261102"), time: "1230", usage: .test)
    static let office = X12Person.Address(line1: "1 MAIN ST", city: "SPRINGFIELD", state: "IL", postalCode: "627011234")
    static let home = X12Person.Address(line1: "12 ELM ST", line2: "APT 4", city: "SPRINGFIELD", state: "IL", postalCode: "62704")
    static let acme = ClaimSubscriber.Payer(name: "ACME HEALTH", payerID: "ACME01")
    static let medicare = ClaimSubscriber.Payer(name: "MEDICARE PART B", payerID: "MCRB01")
    static let jane = X12Person(
        lastName: "DOE", firstName: "JANE", middleName: "Q", memberID: "W123456789", dateOfBirth: date("19800101"),
        gender: .female, address: home)
    static let jimmy = X12Person(
        lastName: "DOE", firstName: "JIMMY", dateOfBirth: date("20150607"), gender: .male, address: home)
    static let doctor = ProfessionalClaim.RenderingProvider(
        lastName: "SMITH", firstName: "JOHN", npi: doctorNPI, taxonomy: "207Q00000X")

    static func line(
        _ code: String, _ charge: Int64, modifiers: [String] = [], units: Int64 = 1, pointers: [Int] = [1],
        on day: String = "20261101", control: String? = nil
    ) -> ProfessionalClaim.ServiceLine {
        ProfessionalClaim.ServiceLine(
            procedure: .init(code: code, modifiers: modifiers), charge: charge, units: X12Decimal(significand: units),
            diagnosisPointers: pointers, serviceDate: date(day), lineItemControlNumber: control)
    }

    /// A claim whose total is the sum of its lines.
    static func claim(
        _ number: String = "PCN0001", diagnoses: [String] = ["J069", "R05"],
        lines: [ProfessionalClaim.ServiceLine] = [line("99213", 12_500, pointers: [1, 2], control: "L0001")],
        configure: (inout ProfessionalClaim) -> Void = { _ in }
    ) -> ProfessionalClaim {
        var claim = ProfessionalClaim(
            patientControlNumber: number, totalCharge: lines.reduce(0) { $0 + $1.charge }, placeOfService: "11",
            diagnoses: diagnoses, renderingProvider: doctor, lines: lines)
        configure(&claim)
        return claim
    }

    static func batch(
        guide: String = ProfessionalClaimBatch.implementationGuide, subscribers: [ClaimSubscriber]
    ) -> ProfessionalClaimBatch {
        ProfessionalClaimBatch(
            guide: guide, reference: "BATCH0001", creationDate: date("20261102"), creationTime: "1230",
            submitter: .init(name: "NORTH CLINIC", id: "NORTHCLINIC", contactName: "BILLING OFFICE", phone: "5555551234"),
            receiver: .init(name: "ACME HEALTH", id: "ACME01"),
            billingProviders: [
                BillingProvider(
                    name: "NORTH CLINIC", npi: clinicNPI, taxonomy: "207Q00000X", address: office, taxID: "123456789",
                    subscribers: subscribers)
            ])
    }

    static func selfSubscriber(_ claims: [ProfessionalClaim], person: X12Person = jane) -> ClaimSubscriber {
        ClaimSubscriber(person: person, groupNumber: "GRP100", claimFilingIndicator: "CI", payer: acme, claims: claims)
    }

    /// One batch the tests build, write with `delimiters`, read back and validate.
    struct BatchCase: Sendable, CustomTestStringConvertible {
        var name: String
        var batch: ProfessionalClaimBatch
        var delimiters: X12Delimiters = .standard

        var testDescription: String { name }
    }

    static let secondaryClaim: ProfessionalClaim = {
        let adjudicated = date("20261115")
        var lines = [
            line("99214", 18_000, modifiers: ["25"], pointers: [1], control: "L0001"),
            line("20610", 22_000, modifiers: ["RT"], pointers: [2, 1], control: "L0002"),
        ]
        lines[0].adjudications = [
            .init(
                payerID: "MCRB01", paidAmount: 9_000, procedure: .init(code: "99214", modifiers: ["25"]),
                adjustments: [RemittanceAdjustment(.contractualObligation, reason: "45", amount: 6_750), RemittanceAdjustment(.patientResponsibility, reason: "2", amount: 2_250)],
                adjudicationDate: adjudicated)
        ]
        lines[1].adjudications = [
            .init(
                payerID: "MCRB01", paidAmount: 10_000, procedure: .init(code: "20610", modifiers: ["RT"]),
                adjustments: [
                    RemittanceAdjustment(.contractualObligation, reason: "45", amount: 9_500),
                    RemittanceAdjustment(.patientResponsibility, reason: "1", amount: 2_000), RemittanceAdjustment(.patientResponsibility, reason: "2", amount: 500),
                ],
                adjudicationDate: adjudicated)
        ]
        return claim("PCN0042", diagnoses: ["M1711", "M25561"], lines: lines) { claim in
            claim.otherSubscribers = [
                ProfessionalClaim.OtherSubscriber(
                    responsibility: "P", relationship: "18", groupNumber: "MCR", claimFilingIndicator: "MB",
                    adjustments: [
                        RemittanceAdjustment(.contractualObligation, reason: "45", amount: 16_250), RemittanceAdjustment(.patientResponsibility, reason: "1", amount: 2_000),
                        RemittanceAdjustment(.patientResponsibility, reason: "2", amount: 2_750),
                    ],
                    paidAmount: 19_000,
                    subscriber: X12Person(lastName: "DOE", firstName: "JANE", memberID: "1EG4TE5MK73", address: home),
                    payer: medicare)
            ]
        }
    }()

    static let cases: [BatchCase] = {
        guard let delimiters = try? X12Delimiters(element: "|", component: ">", repetition: "!", segment: "#") else {
            fatalError("the fixture delimiters are not valid")
        }
        let child = ClaimPatient(relationship: "19", person: jimmy, claims: [claim("PCN0002", diagnoses: ["J029", "R509"])])
        let dependent = ClaimSubscriber(
            person: X12Person(lastName: "DOE", firstName: "JANE", memberID: "W123456789", address: home),
            groupNumber: "GRP100", claimFilingIndicator: "CI", payer: acme, dependents: [child])
        let modifiers = claim(
            "PCN0003", diagnoses: ["S83241A", "M2551"],
            lines: [
                line("99213", 12_500, modifiers: ["25"], pointers: [1, 2]),
                line("97110", 9_000, modifiers: ["59", "GP"], units: 3, pointers: [2]),
                line("73560", 8_000, modifiers: ["LT"], pointers: [1]),
                line("73560", 8_000, modifiers: ["RT", "59", "XS", "76"], pointers: [1, 2]),
            ])
        let twelve = [
            "E119", "I10", "E785", "Z794", "E6601", "Z6841", "M545", "G4733", "F419", "K219", "J449", "N183",
        ]
        let manyDiagnoses = claim(
            "PCN0004", diagnoses: twelve,
            lines: [
                line("99215", 21_000, pointers: [1, 2, 3, 4]), line("83036", 2_500, pointers: [5, 6, 7, 8]),
                line("80053", 3_000, pointers: [9, 10, 11, 12]),
            ])
        let multipleLines = claim(
            "PCN0005", diagnoses: ["J0190"],
            lines: [
                line("99212", 8_000, on: "20261028"), line("87804", 3_550, units: 2, on: "20261028"),
                line("J1885", 1_275, units: 4, on: "20261029"), line("96372", 4_000, on: "20261029", control: "L0004"),
            ]) { claim in
                claim.onsetDate = date("20261025")
                claim.priorAuthorization = "AUTH12345"
                claim.serviceFacility = .init(name: "NORTH URGENT CARE", npi: facilityNPI, address: office)
                claim.lines[1].serviceEndDate = date("20261029")
                claim.lines[2].placeOfService = "22"
            }
        let replacement = claim("PCN0001") { claim in
            claim.frequency = .replacement
            claim.payerClaimControlNumber = "2026305000123"
        }
        return [
            BatchCase(name: "a self-subscriber claim", batch: batch(subscribers: [selfSubscriber([claim()])])),
            BatchCase(name: "a dependent's claim", batch: batch(subscribers: [dependent])),
            BatchCase(name: "modifiers 25, 59, LT and RT", batch: batch(subscribers: [selfSubscriber([modifiers])])),
            BatchCase(name: "twelve diagnoses", batch: batch(subscribers: [selfSubscriber([manyDiagnoses])])),
            BatchCase(
                name: "multiple lines, units, a range and a facility",
                batch: batch(subscribers: [selfSubscriber([multipleLines])])),
            BatchCase(name: "a replacement claim", batch: batch(subscribers: [selfSubscriber([replacement])])),
            BatchCase(
                name: "a secondary claim",
                batch: batch(subscribers: [
                    ClaimSubscriber(
                        responsibility: "S", person: jane, groupNumber: "GRP100", claimFilingIndicator: "CI", payer: acme,
                        claims: [secondaryClaim])
                ])),
            BatchCase(
                name: "the X222A2 guide",
                batch: batch(guide: ProfessionalClaimBatch.errataGuide, subscribers: [selfSubscriber([claim()])])),
            BatchCase(
                name: "many claims across subscribers and non-standard delimiters",
                batch: batch(subscribers: [selfSubscriber([claim(), modifiers]), dependent, selfSubscriber([replacement])]),
                delimiters: delimiters),
        ]
    }()
}
