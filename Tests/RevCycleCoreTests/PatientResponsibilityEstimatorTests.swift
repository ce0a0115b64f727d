import RevCycleCore
import Testing

struct PatientResponsibilityEstimatorTests {
    private func usd(_ text: String) throws -> Money { try Money(parsing: text) }

    private func line(_ code: String, allowed: String, charge: String = "1000.00", units: Int = 1,
                      type: String = ServiceTypeCode.healthBenefitPlanCoverage) throws -> EstimateLine {
        EstimateLine(serviceCode: code, description: "Service \(code)", units: units, grossCharge: try usd(charge),
                     allowedAmount: try usd(allowed), serviceType: type)
    }

    private func benefits(copays: [String: String] = [:], coinsurance: Int64 = 2_000, deductible: String = "0.00",
                          outOfPocket: String? = nil, copayWaivesDeductible: Bool = true) throws -> PlanBenefits {
        try PlanBenefits(copays: copays.mapValues { try usd($0) }, coinsuranceBasisPoints: coinsurance,
                         deductibleRemaining: try usd(deductible), outOfPocketRemaining: try outOfPocket.map { try usd($0) },
                         copayWaivesDeductible: copayWaivesDeductible)
    }

    /// Checks one line's split: copay, deductible, coinsurance, patient, insurance.
    private func expectSplit(_ actual: PatientEstimate.Line, _ expected: [String], _ label: String) throws {
        let amounts = [actual.copay, actual.deductible, actual.coinsurance, actual.patientTotal, actual.insuranceExpected]
        let wanted = try expected.map { try usd($0) }
        #expect(amounts == wanted, "\(label): copay/deductible/coinsurance/patient/insurance \(amounts.map(\.plainText)), expected \(expected)")
    }

    @Test func aPartlyMetDeductibleComesFirstThenCoinsurance() throws {
        let estimate = try PatientResponsibilityEstimator.estimate(
            lines: [try line("70450", allowed: "400.00")], benefits: try benefits(deductible: "250.00"))
        try expectSplit(estimate.lines[0], ["0.00", "250.00", "30.00", "280.00", "120.00"], "400.00 allowed, 250.00 deductible left")
        #expect(estimate.deductibleRemainingAfter == .zero, "deductible left \(estimate.deductibleRemainingAfter), expected 0.00")
        #expect(estimate.lines[0].explanation
            == "Deductible $250.00 (the deductible is now met). Coinsurance 20% of $150.00 = $30.00. Patient pays $280.00; insurance is expected to pay $120.00.",
            "\(estimate.lines[0].explanation)")
    }

    @Test func aMetDeductibleLeavesOnlyCoinsurance() throws {
        let estimate = try PatientResponsibilityEstimator.estimate(
            lines: [try line("70450", allowed: "400.00"), try line("80053", allowed: "14.49")],
            benefits: try benefits(coinsurance: 2_000))
        try expectSplit(estimate.lines[0], ["0.00", "0.00", "80.00", "80.00", "320.00"], "line 1")
        try expectSplit(estimate.lines[1], ["0.00", "0.00", "2.90", "2.90", "11.59"], "line 2: 20% of 14.49 = 2.898")
        #expect(estimate.patientTotal == (try usd("82.90")), "patient \(estimate.patientTotal), expected 82.90")
    }

    @Test func theDeductibleCarriesFromLineToLine() throws {
        let estimate = try PatientResponsibilityEstimator.estimate(
            lines: [try line("80053", allowed: "100.00"), try line("70450", allowed: "400.00")],
            benefits: try benefits(deductible: "250.00"))
        try expectSplit(estimate.lines[0], ["0.00", "100.00", "0.00", "100.00", "0.00"], "line 1 all deductible")
        try expectSplit(estimate.lines[1], ["0.00", "150.00", "50.00", "200.00", "200.00"], "line 2: 150 deductible, 20% of 250")
    }

    @Test func anOfficeVisitCopayIsTakenOncePerVisit() throws {
        let plan = try benefits(copays: [ServiceTypeCode.officeVisit: "30.00"], deductible: "500.00")
        let lines = [try line("99213", allowed: "180.00", type: ServiceTypeCode.officeVisit),
                     try line("99406", allowed: "25.00", type: ServiceTypeCode.officeVisit)]
        let estimate = try PatientResponsibilityEstimator.estimate(lines: lines, benefits: plan, copayPolicy: .oncePerVisit)
        try expectSplit(estimate.lines[0], ["30.00", "0.00", "0.00", "30.00", "150.00"], "visit line takes the copay")
        try expectSplit(estimate.lines[1], ["0.00", "0.00", "0.00", "0.00", "25.00"], "second copay line is covered")
        #expect(estimate.deductibleRemainingAfter == (try usd("500.00")), "a copay service leaves the deductible alone")
        #expect(estimate.lines[1].explanation.hasPrefix("The visit copay was taken on line 1. No deductible or coinsurance on a copay service."), "\(estimate.lines[1].explanation)")

        let perLine = try PatientResponsibilityEstimator.estimate(lines: lines, benefits: plan, copayPolicy: .perLine)
        try expectSplit(perLine.lines[1], ["25.00", "0.00", "0.00", "25.00", "0.00"], "per line: copay limited to 25.00 allowed")
        #expect(perLine.patientTotal == (try usd("55.00")), "per line total \(perLine.patientTotal), expected 55.00")
    }

    @Test func aCopayLargerThanTheAllowedAmountIsLimitedToIt() throws {
        let estimate = try PatientResponsibilityEstimator.estimate(
            lines: [try line("99211", allowed: "35.00", type: ServiceTypeCode.urgentCare)],
            benefits: try benefits(copays: [ServiceTypeCode.urgentCare: "50.00"]))
        try expectSplit(estimate.lines[0], ["35.00", "0.00", "0.00", "35.00", "0.00"], "copay 50.00 on 35.00 allowed")
        #expect(estimate.lines[0].explanation.hasPrefix("Copay $35.00 (the $50.00 copay, limited to the allowed amount)."))
    }

    @Test func aCopayFallsBackToTheGenericBenefitAndAZeroLineTakesNone() throws {
        let plan = try benefits(copays: [ServiceTypeCode.healthBenefitPlanCoverage: "25.00"])
        #expect(plan.copay(for: ServiceTypeCode.hospital) == (try usd("25.00")))
        let estimate = try PatientResponsibilityEstimator.estimate(
            lines: [try line("36415", allowed: "0.00", type: ServiceTypeCode.hospital),
                    try line("99283", allowed: "300.00", type: ServiceTypeCode.emergencyServices)], benefits: plan)
        try expectSplit(estimate.lines[0], ["0.00", "0.00", "0.00", "0.00", "0.00"], "nothing allowed, no copay taken")
        try expectSplit(estimate.lines[1], ["25.00", "0.00", "0.00", "25.00", "275.00"], "the visit copay moves to line 2")
    }

    @Test func aCopayThatDoesNotWaiveTheDeductibleComesFirst() throws {
        let estimate = try PatientResponsibilityEstimator.estimate(
            lines: [try line("99213", allowed: "180.00", type: ServiceTypeCode.officeVisit)],
            benefits: try benefits(copays: [ServiceTypeCode.officeVisit: "30.00"], deductible: "100.00",
                                   copayWaivesDeductible: false))
        try expectSplit(estimate.lines[0], ["30.00", "100.00", "10.00", "140.00", "40.00"], "copay, deductible, 20% of 50.00")
    }

    @Test func theOutOfPocketCapIsReachedMidVisit() throws {
        let estimate = try PatientResponsibilityEstimator.estimate(
            lines: [try line("70450", allowed: "400.00"), try line("27447", allowed: "1000.00"), try line("97110", allowed: "100.00")],
            benefits: try benefits(deductible: "200.00", outOfPocket: "300.00"))
        try expectSplit(estimate.lines[0], ["0.00", "200.00", "40.00", "240.00", "160.00"], "line 1 under the cap")
        try expectSplit(estimate.lines[1], ["0.00", "0.00", "60.00", "60.00", "940.00"], "line 2: 200.00 coinsurance capped at 60.00")
        try expectSplit(estimate.lines[2], ["0.00", "0.00", "0.00", "0.00", "100.00"], "line 3: the plan pays in full")
        #expect(estimate.patientTotal == (try usd("300.00")), "patient \(estimate.patientTotal), expected the 300.00 cap")
        #expect(estimate.outOfPocketRemainingAfter == .zero)
        #expect(estimate.lines[1].explanation.contains("The out-of-pocket maximum is reached: the patient pays $60.00 instead of $200.00."),
                "\(estimate.lines[1].explanation)")
        #expect(estimate.lines[2].explanation.contains("already met"), "\(estimate.lines[2].explanation)")
    }

    @Test func aCapBelowTheDeductibleLimitsTheDeductibleApplied() throws {
        let estimate = try PatientResponsibilityEstimator.estimate(
            lines: [try line("70450", allowed: "400.00")], benefits: try benefits(deductible: "250.00", outOfPocket: "100.00"))
        try expectSplit(estimate.lines[0], ["0.00", "100.00", "0.00", "100.00", "300.00"], "coinsurance trimmed first, then deductible")
        #expect(estimate.deductibleRemainingAfter == (try usd("150.00")), "deductible left \(estimate.deductibleRemainingAfter)")
    }

    @Test("Coinsurance rounds half up to the cent", arguments: [
        ("123.45", Int64(2_000), "24.69"),  // exactly 24.690
        ("0.33", 1_500, "0.05"),            // 0.0495 → 0.05
        ("0.10", 2_500, "0.03"),            // 0.025 → 0.03 (half up, not to even)
        ("0.01", 4_999, "0.00"),            // 0.004999 → 0.00
        ("14.49", 2_000, "2.90"),           // 2.898 → 2.90
        ("1000.00", 10_000, "1000.00"),
    ])
    func coinsuranceRounding(allowed: String, basisPoints: Int64, expected: String) throws {
        let estimate = try PatientResponsibilityEstimator.estimate(
            lines: [try line("80053", allowed: allowed)], benefits: try benefits(coinsurance: basisPoints))
        let actual = estimate.lines[0].coinsurance
        #expect(actual == (try usd(expected)), "\(basisPoints) bp of \(allowed) = \(actual.plainText), expected \(expected)")
        #expect(actual + estimate.lines[0].insuranceExpected == (try usd(allowed)), "patient + insurance = allowed")
    }

    @Test func inactiveCoverageIsSelfPayAtTheGrossCharge() throws {
        let plan = try PlanBenefits(isCoverageActive: false, copays: [ServiceTypeCode.officeVisit: try usd("30.00")],
                                    coinsuranceBasisPoints: 2_000, deductibleRemaining: try usd("250.00"), outOfPocketRemaining: nil)
        let estimate = try PatientResponsibilityEstimator.estimate(
            lines: [try line("99213", allowed: "180.00", charge: "240.00", type: ServiceTypeCode.officeVisit),
                    try line("80053", allowed: "14.49", charge: "64.00")], benefits: plan)
        #expect(estimate.isSelfPay)
        #expect(estimate.patientTotal == (try usd("304.00")), "self-pay total \(estimate.patientTotal), expected 304.00")
        #expect(estimate.insuranceExpected == .zero)
        #expect(estimate.lines.map(\.allowed) == [try usd("240.00"), try usd("64.00")], "self-pay lines are split at the charge")
        #expect(estimate.summary.hasPrefix("Coverage is not active on the date of service: this estimate is self-pay"), "\(estimate.summary)")
        #expect(estimate.lines[0].explanation == "Coverage is not active: self-pay, the full charge of $240.00 is owed.")
        #expect(estimate.deductibleRemainingAfter == (try usd("250.00")))
        let inactive = try PatientResponsibilityEstimator.estimate(lines: [try line("80053", allowed: "1.00", charge: "2.00")],
                                                                   benefits: .inactive)
        #expect(inactive.patientTotal == (try usd("2.00")))
    }

    @Test func everyLineSplitsExactly() throws {
        let estimate = try PatientResponsibilityEstimator.estimate(
            lines: [try line("99213", allowed: "180.00", type: ServiceTypeCode.officeVisit), try line("70450", allowed: "400.01"),
                    try line("80053", allowed: "14.49"), try line("27447", allowed: "2000.00")],
            benefits: try benefits(copays: [ServiceTypeCode.officeVisit: "30.00"], coinsurance: 1_750, deductible: "333.33",
                                   outOfPocket: "500.00"))
        for (index, split) in estimate.lines.enumerated() {
            #expect(split.copay + split.deductible + split.coinsurance == split.patientTotal, "line \(index + 1) parts")
            #expect(split.patientTotal + split.insuranceExpected == split.allowed, "line \(index + 1) patient + insurance")
        }
        #expect(estimate.patientTotal == (try usd("500.00")), "capped total \(estimate.patientTotal), expected 500.00")
        #expect(estimate.patientTotal + estimate.insuranceExpected == estimate.allowed)
    }

    @Test("Invalid lines are refused, naming the line and what was expected", arguments: [
        (0, "10.00", "Estimate line 2 (80053): units is 0; expected 1 or more."),
        (1, "-5.00", "Estimate line 2 (80053): the allowed amount is -$5.00; expected $0.00 to $100,000,000.00."),
        (1, "100000000.01",
         "Estimate line 2 (80053): the allowed amount is $100,000,000.01; expected $0.00 to $100,000,000.00."),
    ])
    func invalidLinesAreRefused(badUnits: Int, badAllowed: String, message: String) throws {
        let lines = [try line("99213", allowed: "10.00"),
                     try line("80053", allowed: badAllowed, charge: "10.00", units: badUnits)]
        let error = #expect(throws: RevCycleError.self) {
            try PatientResponsibilityEstimator.estimate(lines: lines, benefits: try benefits())
        }
        #expect(error?.code == .invalidInput)
        #expect(error?.message == message, "message \(error?.message ?? "nil"), expected \(message)")
        #expect(error?.inputLocation == "line 2")
    }

    @Test func invalidBenefitsAreRefused() throws {
        #expect(throws: RevCycleError.self) { try benefits(coinsurance: 10_001) }
        #expect(throws: RevCycleError.self) { try benefits(deductible: "-1.00") }
        #expect(throws: RevCycleError.self) { try benefits(outOfPocket: "-0.01") }
        #expect(throws: RevCycleError.self) { try benefits(copays: ["98": "-30.00"]) }
    }
}
