import Testing
import X12

/// Remittances the 835 tests build, write, read back and validate. Identifiers are realistic enough
/// for pyx12: NPIs pass the Luhn check over the 80840 prefix, ZIP codes and states are real.
enum RemittanceFixtures {
    static func date(_ text: String) -> X12Date {
        guard let date = X12Date(x12: text) else { fatalError("fixture date \(text) is not CCYYMMDD") }
        return date
    }

    static let npi = "1245319599"
    static let otherNPI = "1234567893"
    static let envelope = X12Envelope(
        senderID: "ACME01", receiverID: "NORTHCLINIC", date: date("20261116"), time: "0900", usage: .test)
    static let payer = RemittancePayer(
        name: "ACME HEALTH",
        address: X12Person.Address(line1: "1 INSURANCE WAY", line2: "SUITE 200", city: "HARTFORD", state: "CT", postalCode: "06103"),
        additionalIDs: [X12Person.Reference(qualifier: "2U", value: "ACME01")],
        businessContact: RemittanceContact(name: "PROVIDER SERVICES", numbers: [.phone("8005550100")]),
        technicalContacts: [RemittanceContact(name: "EDI SUPPORT", numbers: [.phone("8005550199"), .email("edi@acme.example")])],
        website: "www.acme.example")
    static let payee = RemittancePayee(
        name: "NORTH CLINIC", id: npi,
        address: X12Person.Address(line1: "12 MAIN ST", city: "SPRINGFIELD", state: "IL", postalCode: "62701"),
        references: [X12Person.Reference(qualifier: "TJ", value: "371234567")])
    static let jane = PartyName(lastName: "DOE", firstName: "JANE", middleName: "Q", idQualifier: "MI", id: "W123456789")
    static let john = PartyName(lastName: "ROE", firstName: "JOHN", idQualifier: "MI", id: "W987654321")
    static let serviceDate = date("20261102")

    static func co(_ reason: String, _ cents: Int64) -> RemittanceAdjustment {
        RemittanceAdjustment(.contractualObligation, reason: reason, amount: cents)
    }

    static func pr(_ reason: String, _ cents: Int64) -> RemittanceAdjustment {
        RemittanceAdjustment(.patientResponsibility, reason: reason, amount: cents)
    }

    static func line(
        _ code: String, modifiers: [String] = [], charge: Int64, paid: Int64, _ adjustments: [RemittanceAdjustment],
        control: String? = nil, allowed: Int64? = nil, remarks: [String] = []
    ) -> RemittanceServiceLine {
        RemittanceServiceLine(
            procedure: RemittanceProcedure(code: code, modifiers: modifiers), chargeAmount: charge, paidAmount: paid,
            units: X12Decimal(significand: 1), serviceDate: serviceDate, adjustments: adjustments,
            lineItemControlNumber: control, amounts: allowed.map { [.allowed($0)] } ?? [], remarkCodes: remarks)
    }

    static func claim(
        _ account: String, status: RemittanceClaim.Status = .processedAsPrimary, charge: Int64, paid: Int64,
        patientResponsibility: Int64? = nil, payerNumber: String, adjustments: [RemittanceAdjustment] = [],
        patient: PartyName = jane, lines: [RemittanceServiceLine] = [], headerNumber: Int = 1
    ) -> RemittanceClaim {
        RemittanceClaim(
            headerNumber: headerNumber, patientControlNumber: account, status: status, chargeAmount: charge,
            paidAmount: paid, patientResponsibility: patientResponsibility, filingIndicator: "12",
            payerClaimControlNumber: payerNumber, facilityCode: "11", frequencyCode: "1", adjustments: adjustments,
            patient: patient, serviceLines: lines)
    }

    static func advice(
        trace: String, payment: RemittancePayment? = nil, claims: [RemittanceClaim],
        providerAdjustments: [ProviderAdjustment] = [], payee: RemittancePayee = payee
    ) -> RemittanceAdvice {
        let total = claims.reduce(Int64(0)) { $0 + $1.paidAmount } - providerAdjustments.reduce(Int64(0)) { $0 + $1.amount }
        let payment =
            payment
            ?? RemittancePayment(
                handling: total == 0 ? .notificationOnly : .remittanceOnly, amount: Int64(total.magnitude),
                isCredit: total >= 0, method: total == 0 ? .none : .check, date: date("20261116"))
        return RemittanceAdvice(
            payment: payment, traceNumber: trace, payerIdentifier: "1512345678", productionDate: date("20261115"),
            payer: payer, payee: payee, claims: claims, providerAdjustments: providerAdjustments)
    }

    /// One remittance the tests build, write, read back and validate.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var advice: RemittanceAdvice
        var testDescription: String { name }
    }

    static let paid = advice(
        trace: "EFT0001",
        payment: RemittancePayment(
            handling: .paymentWithRemittance, amount: 17_500, method: .ach, format: "CCP",
            senderAccount: .init(dfiNumber: "011000015", accountNumber: "1234567"), originatingCompanyID: "1512345678",
            receiverAccount: .init(dfiNumber: "071000013", accountNumber: "7654321"), date: date("20261116")),
        claims: [
            claim(
                "ACCT1001", charge: 30_000, paid: 17_500, patientResponsibility: 4_500, payerNumber: "PAYER0001",
                lines: [
                    line(
                        "99214", charge: 20_000, paid: 12_000, [co("45", 5_000), pr("1", 2_000), pr("2", 1_000)],
                        control: "LINE1", allowed: 15_000),
                    line("81002", charge: 10_000, paid: 5_500, [co("45", 3_000), pr("3", 1_500)], control: "LINE2", allowed: 7_000),
                ])
        ])

    static let denied = advice(
        trace: "CHK0002",
        claims: [
            {
                var claim = Self.claim(
                    "ACCT1002", status: .denied, charge: 30_000, paid: 0, patientResponsibility: 0, payerNumber: "PAYER0002",
                    lines: [
                        line("99213", charge: 15_000, paid: 0, [co("16", 15_000)], remarks: ["N290"]),
                        line("97110", charge: 10_000, paid: 0, [co("197", 10_000)]),
                        line("J3490", charge: 5_000, paid: 0, [co("96", 5_000)], remarks: ["N130", "M51"]),
                    ])
                claim.outpatient = RemittanceClaim.OutpatientAdjudication(remarkCodes: ["MA130"])
                return claim
            }()
        ])

    /// Claim-level CO-253 (sequestration) on top of line adjustments: the claim pays 3.00 less than its line.
    static let partial = advice(
        trace: "CHK0003",
        claims: [
            claim(
                "ACCT1003", charge: 50_000, paid: 14_700, patientResponsibility: 25_000, payerNumber: "PAYER0003",
                adjustments: [co("253", 300)],
                lines: [line("29881", charge: 50_000, paid: 15_000, [co("45", 10_000), pr("1", 25_000)], allowed: 40_000)])
        ])

    /// A reversal of an earlier payment (every amount negated), then the corrected claim.
    static let reversal = advice(
        trace: "CHK0004",
        claims: [
            {
                var claim = Self.claim(
                    "ACCT1004", status: .reversal, charge: -15_000, paid: -8_000, patientResponsibility: -2_000,
                    payerNumber: "PAYER0004", adjustments: [co("45", -5_000), pr("3", -2_000)])
                claim.frequencyCode = nil
                return claim
            }(),
            {
                var claim = Self.claim(
                    "ACCT1004", charge: 15_000, paid: 9_000, patientResponsibility: 1_000, payerNumber: "PAYER0005",
                    adjustments: [co("45", 5_000), pr("3", 1_000)])
                claim.frequencyCode = "7"
                claim.references = [X12Person.Reference(qualifier: "F8", value: "PAYER0004")]
                return claim
            }(),
        ])

    static let fiscalYearEnd = date("20261231")

    /// A recoupment (WO) and interest (L6, negative: it adds to the payment).
    static let providerLevel = advice(
        trace: "CHK0005",
        claims: [
            claim(
                "ACCT1005", charge: 25_000, paid: 20_000, payerNumber: "PAYER0006",
                lines: [line("99215", charge: 25_000, paid: 20_000, [co("45", 5_000)])])
        ],
        providerAdjustments: [
            ProviderAdjustment(providerID: npi, fiscalPeriodEnd: fiscalYearEnd, reason: "WO", reference: "PAYER0001", amount: 4_000),
            ProviderAdjustment(providerID: npi, fiscalPeriodEnd: fiscalYearEnd, reason: "L6", amount: -125),
        ])

    /// The payer paid 99213 without the billed modifier 25 (SVC06 holds what was billed).
    static let changedModifier = advice(
        trace: "CHK0006",
        claims: [
            {
                var line = Self.line("99213", charge: 12_000, paid: 7_000, [co("45", 5_000)], control: "LINE9")
                line.submittedProcedure = RemittanceProcedure(code: "99213", modifiers: ["25"])
                return claim("ACCT1006", charge: 12_000, paid: 7_000, payerNumber: "PAYER0007", lines: [line])
            }()
        ])

    /// Several claims under two header numbers, with every optional claim segment the type keeps.
    static let severalClaims: RemittanceAdvice = {
        var institutional = Self.claim(
            "ACCT2001", charge: 120_000, paid: 90_000, patientResponsibility: 10_000, payerNumber: "PAYER0101",
            adjustments: [co("45", 20_000), pr("1", 10_000)], patient: john, headerNumber: 2)
        institutional.facilityCode = "13"
        institutional.insured = PartyName(lastName: "ROE", firstName: "MARY", idQualifier: "MI", id: "W987654300")
        institutional.correctedName = PartyName(lastName: "ROE", firstName: "JONATHAN", idQualifier: "C", id: "W987654321")
        institutional.renderingProvider = PartyName(lastName: "SMITH", firstName: "ANNA", idQualifier: "XX", id: otherNPI)
        institutional.inpatient = RemittanceClaim.InpatientAdjudication(
            coveredDays: X12Decimal(significand: 3), drgAmount: 85_000, remarkCodes: ["MA01", "N20"])
        institutional.references = [
            X12Person.Reference(qualifier: "EA", value: "MRN5555"), X12Person.Reference(qualifier: "1L", value: "GRP500"),
        ]
        institutional.statementStartDate = date("20261020")
        institutional.statementEndDate = date("20261023")
        institutional.receivedDate = date("20261101")
        institutional.amounts = [.coverage(100_000)]
        var ranged = Self.line("99232", charge: 30_000, paid: 21_000, [co("45", 6_000), pr("2", 3_000)], control: "LINE3")
        ranged.serviceEndDate = date("20261104")
        ranged.revenueCode = "0450"
        ranged.references = [X12Person.Reference(qualifier: "HPI", value: otherNPI)]
        return advice(
            trace: "EFT0007",
            claims: [
                claim(
                    "ACCT2000", charge: 30_000, paid: 21_000, patientResponsibility: 3_000, payerNumber: "PAYER0100",
                    lines: [ranged]),
                claim(
                    "ACCT2002", charge: 8_000, paid: 6_000, payerNumber: "PAYER0102", adjustments: [co("45", 2_000)],
                    patient: john),
                institutional,
            ])
    }()

    /// More recoupment than payment: the provider owes, so BPR03 is D.
    static let debit = advice(
        trace: "CHK0008",
        claims: [claim("ACCT3001", charge: 5_000, paid: 1_000, payerNumber: "PAYER0201", adjustments: [co("45", 4_000)])],
        providerAdjustments: [
            ProviderAdjustment(providerID: npi, fiscalPeriodEnd: fiscalYearEnd, reason: "WO", reference: "PAYER0150", amount: 6_000)
        ])

    static let cases: [Case] = [
        Case(name: "paid claim with CO-45 and PR-1, PR-2, PR-3", advice: paid),
        Case(name: "denial with CO-16, CO-197, CO-96 and remarks", advice: denied),
        Case(name: "partial payment with claim and line adjustments", advice: partial),
        Case(name: "reversal followed by the corrected claim", advice: reversal),
        Case(name: "PLB recoupment and interest", advice: providerLevel),
        Case(name: "SVC06 with the billed modifier", advice: changedModifier),
        Case(name: "several claims under two header numbers", advice: severalClaims),
        Case(name: "debit when recoupment exceeds payment", advice: debit),
    ]
}
