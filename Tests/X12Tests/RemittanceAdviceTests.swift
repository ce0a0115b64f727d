import Testing
import X12

struct RemittanceAdviceTests {
    typealias Fixtures = RemittanceFixtures

    static func text(for advices: [RemittanceAdvice]) throws -> String {
        var numbers = ControlNumbers(interchange: 40, group: 40, transactionSet: 80)
        let interchange = try RemittanceAdvice.makeInterchange(advices, envelope: Fixtures.envelope, controlNumbers: &numbers)
        return try X12Writer(lineBreaks: true).text(for: interchange)
    }

    static func text(for advice: RemittanceAdvice) throws -> String {
        try text(for: [advice])
    }

    static func read(_ text: String) throws -> [RemittanceAdvice] {
        try RemittanceAdvice.advices(in: X12Interchange(parsing: text))
    }

    /// The interchange of `advice` with its one transaction set's body changed by `edit`, as text (SE01
    /// is recounted by the writer).
    static func text(for advice: RemittanceAdvice, editing edit: (inout [X12Segment]) -> Void) throws -> String {
        var numbers = ControlNumbers()
        var interchange = try advice.makeInterchange(envelope: Fixtures.envelope, controlNumbers: &numbers)
        edit(&interchange.functionalGroups[0].transactionSets[0].body)
        return try X12Writer().text(for: interchange)
    }

    /// The 1-based ordinal of the `occurrence`th segment with `id` in `text` (segments end with `~`).
    static func ordinal(of id: String, occurrence: Int = 1, in text: String) -> Int? {
        let segments = text.split(separator: "~").map { $0.trimmingPrefix(while: \.isNewline) }
        let matches = segments.indices.filter { segments[$0].hasPrefix(id + "*") }
        return matches.count >= occurrence ? matches[occurrence - 1] + 1 : nil
    }

    // MARK: - Round trips

    @Test(arguments: Fixtures.cases)
    func aRemittanceReadsBackAsWritten(_ testCase: Fixtures.Case) throws {
        let text = try Self.text(for: testCase.advice)
        let advices = try Self.read(text)
        #expect(advices == [testCase.advice], "\(testCase.name) reads back differently:\n\(text)")
        #expect(testCase.advice.balancingProblems.isEmpty, "\(testCase.advice.balancingProblems)")
        #expect(advices.first?.balancingProblems.isEmpty == true, "the read-back \(testCase.name) balances")
    }

    @Test func severalPayeesTravelAsSeveralSetsInOneGroup() throws {
        var other = Fixtures.denied
        other.payee = RemittancePayee(name: "SOUTH CLINIC", id: Fixtures.otherNPI)
        let text = try Self.text(for: [Fixtures.paid, other])
        let interchange = try X12Interchange(parsing: text)
        #expect(interchange.functionalGroups.count == 1 && interchange.functionalGroups[0].transactionSets.count == 2)
        #expect(interchange.functionalGroups[0].functionalIdentifier == "HP")
        #expect(interchange.functionalGroups[0].version == "005010X221A1")
        #expect(try RemittanceAdvice.advices(in: interchange) == [Fixtures.paid, other])
    }

    @Test func theWrittenSegmentsFollowTheGuide() throws {
        let text = try Self.text(for: Fixtures.paid)
        for expected in [
            "BPR*C*175*C*ACH*CCP*01*011000015*DA*1234567*1512345678**01*071000013*DA*7654321*20261116~",
            "TRN*1*EFT0001*1512345678~", "DTM*405*20261115~", "N1*PR*ACME HEALTH~", "REF*2U*ACME01~",
            "PER*CX*PROVIDER SERVICES*TE*8005550100~", "PER*BL*EDI SUPPORT*TE*8005550199*EM*edi@acme.example~",
            "PER*IC**UR*www.acme.example~", "N1*PE*NORTH CLINIC*XX*1245319599~", "REF*TJ*371234567~", "LX*1~",
            "CLP*ACCT1001*1*300*175*45*12*PAYER0001*11*1~", "NM1*QC*1*DOE*JANE*Q***MI*W123456789~",
            "SVC*HC:99214*200*120**1~", "DTM*472*20261102~", "CAS*CO*45*50~", "CAS*PR*1*20**2*10~", "REF*6R*LINE1~",
            "AMT*B6*150~",
        ] {
            #expect(text.contains(expected), "the 835 lacks \(expected):\n\(text)")
        }
        let modified = try Self.text(for: Fixtures.changedModifier)
        #expect(modified.contains("SVC*HC:99213*120*70**1*HC:99213:25~"), "SVC06 holds the billed code:\n\(modified)")
        let plb = try Self.text(for: Fixtures.providerLevel)
        #expect(plb.contains("PLB*1245319599*20261231*WO:PAYER0001*40*L6*-1.25~"), "one PLB, two pairs:\n\(plb)")
        let reversal = try Self.text(for: Fixtures.reversal)
        #expect(reversal.contains("CLP*ACCT1004*22*-150*-80*-20*12*PAYER0004*11~"), "negated amounts:\n\(reversal)")
        #expect(reversal.contains("CAS*CO*45*-50~"), "negated adjustments:\n\(reversal)")
        let debit = try Self.text(for: Fixtures.debit)
        #expect(debit.contains("BPR*I*50*D*CHK"), "a debit:\n\(debit)")
    }

    @Test func moreThanSixAdjustmentsOfAGroupSpillIntoASecondCAS() throws {
        let reasons = ["45", "59", "94", "97", "131", "253", "B10"]
        var advice = Fixtures.changedModifier
        advice.claims[0].serviceLines[0].adjustments = reasons.map { Fixtures.co($0, 500) } + [Fixtures.pr("3", 1_500)]
        let text = try Self.text(for: advice)
        #expect(text.contains("CAS*CO*45*5**59*5**94*5**97*5**131*5**253*5~\nCAS*CO*B10*5~\nCAS*PR*3*15~"), "\(text)")
        #expect(try Self.read(text) == [advice])
    }

    @Test func theClaimExposesWhatBillingPosts() throws {
        let claim = try #require(try Self.read(try Self.text(for: Fixtures.denied)).first?.claims.first)
        #expect(claim.status == .denied && !claim.isReversal)
        #expect(claim.remarkCodes == ["MA130", "N290", "N130", "M51"], "remarks are \(claim.remarkCodes)")
        #expect(claim.allAdjustments.map(\.reason) == ["16", "197", "96"])
        let reversal = try #require(try Self.read(try Self.text(for: Fixtures.reversal)).first)
        #expect(reversal.claims.map(\.isReversal) == [true, false])
        #expect(reversal.paymentKey == "1512345678/CHK0004")
        #expect(Fixtures.payee.taxID == "371234567" && Fixtures.payee.npi == Fixtures.npi)
        #expect(Fixtures.payer.payerID == "ACME01")
        #expect(Fixtures.paid.claims[0].serviceLines[0].allowedAmount == 15_000)
    }

    // MARK: - Balancing

    @Test func aBalancedRemittanceHasNoProblems() throws {
        for testCase in Fixtures.cases {
            #expect(testCase.advice.balancingProblems.isEmpty, "\(testCase.name): \(testCase.advice.balancingProblems)")
        }
    }

    @Test func aServiceLineThatDoesNotBalanceIsReportedAtItsSVC() throws {
        var advice = Fixtures.paid
        advice.claims[0].serviceLines[1].paidAmount = 5_000
        let text = try Self.text(for: advice)
        let problems = try #require(try Self.read(text).first).balancingProblems
        #expect(problems.count == 1, "only the line rule fails: \(problems)")
        let problem = try #require(problems.first)
        #expect(problem.rule == .serviceLine && problem.claimIndex == 0 && problem.lineIndex == 1)
        #expect(problem.location?.segmentID == "SVC")
        #expect(problem.location?.segmentOrdinal == Self.ordinal(of: "SVC", occurrence: 2, in: text), "\(problem)")
        #expect(problem.expected == 5_500 && problem.actual == 5_000)
        #expect(
            problem.equation == "SVC02 − Σ CAS = SVC03 fails: 100.00 − 45.00 = 55.00, but SVC03 is 50.00",
            "the equation reads \(problem.equation)")
        #expect(problem.description.hasPrefix("segment \(problem.location?.segmentOrdinal ?? 0) (SVC): service line 2 of claim 1: "))
    }

    @Test func aClaimThatDoesNotBalanceIsReportedAtItsCLP() throws {
        var advice = Fixtures.partial
        advice.claims[0].adjustments = [Fixtures.co("253", 200)]
        let text = try Self.text(for: advice)
        let problems = try #require(try Self.read(text).first).balancingProblems
        #expect(problems.map(\.rule) == [.claim], "only the claim rule fails: \(problems)")
        let problem = try #require(problems.first)
        #expect(problem.location?.segmentID == "CLP" && problem.location?.segmentOrdinal == Self.ordinal(of: "CLP", in: text))
        #expect(problem.expected == 14_800 && problem.actual == 14_700)
        #expect(
            problem.equation
                == "CLP03 − Σ CAS (claim and lines) = CLP04 fails: 500.00 − 2.00 (claim CAS) − 350.00 (line CAS) = 148.00, "
                + "but CLP04 is 147.00", "the equation reads \(problem.equation)")
    }

    @Test func aPaymentThatDoesNotBalanceIsReportedAtBPR() throws {
        var advice = Fixtures.providerLevel
        advice.payment.amount = 16_000
        let text = try Self.text(for: advice)
        let problems = try #require(try Self.read(text).first).balancingProblems
        #expect(problems.map(\.rule) == [.payment], "only the payment rule fails: \(problems)")
        let problem = try #require(problems.first)
        #expect(problem.location?.segmentID == "BPR" && problem.location?.segmentOrdinal == Self.ordinal(of: "BPR", in: text))
        #expect(problem.expected == 16_125 && problem.actual == 16_000)
        #expect(
            problem.equation == "BPR02 = Σ CLP04 − Σ PLB fails: Σ CLP04 200.00 − Σ PLB 38.75 = 161.25, but BPR02 is 160.00",
            "the equation reads \(problem.equation)")
    }

    @Test func everyProblemOfAFileIsReportedAtOnce() throws {
        var advice = Fixtures.paid
        advice.claims[0].serviceLines[0].paidAmount = 11_000
        advice.claims[0].chargeAmount = 29_000
        advice.payment.amount = 17_000
        let problems = try #require(try Self.read(try Self.text(for: advice)).first).balancingProblems
        #expect(problems.map(\.rule) == [.serviceLine, .claim, .payment], "\(problems)")
    }

    @Test func aDebitBalancesAgainstANegativeTotal() {
        var advice = Fixtures.debit
        #expect(advice.balancingProblems.isEmpty)
        advice.payment.isCredit = true
        #expect(advice.balancingProblems.map(\.actual) == [5_000], "a credit of 50.00 is not a debit")
    }

    // MARK: - Malformed input

    struct MalformedCase: Sendable, CustomTestStringConvertible {
        var name: String
        var edit: @Sendable (inout [X12Segment]) -> Void
        var code: X12Error.Code
        var segmentID: String
        var element: Int?
        var message: String
        var testDescription: String { name }
    }

    static func replacing(_ id: String, _ change: @escaping @Sendable (inout X12Segment) -> Void)
        -> @Sendable (inout [X12Segment]) -> Void
    {
        { body in
            guard let index = body.firstIndex(where: { $0.id == id }) else { return }
            change(&body[index])
        }
    }

    static let malformedCases: [MalformedCase] = [
        MalformedCase(
            name: "an amount with three decimals",
            edit: replacing("CLP") { $0.elements[3] = "12.345" }, code: .invalidValue, segmentID: "CLP", element: 4,
            message: "CLP04 has more than 2 decimal places"),
        MalformedCase(
            name: "no TRN", edit: { $0.removeAll { $0.id == "TRN" } }, code: .missingSegment, segmentID: "BPR",
            message: "the 835 has no TRN"),
        MalformedCase(
            name: "a CLP with three elements", edit: replacing("CLP") { $0.elements.removeLast($0.elements.count - 3) },
            code: .invalidValue, segmentID: "CLP", element: 4, message: "CLP04 is empty"),
        MalformedCase(
            name: "an unknown adjustment group", edit: replacing("CAS") { $0.elements[0] = "XX" }, code: .invalidValue,
            segmentID: "CAS", element: 1, message: "CAS01 is 'XX'"),
        MalformedCase(
            name: "a CLP before any LX", edit: { $0.removeAll { $0.id == "LX" } }, code: .unexpectedSegment,
            segmentID: "CLP", message: "CLP stands outside a claim"),
        MalformedCase(
            name: "no payee", edit: { $0.removeAll { $0.id == "N1" && $0[1] == "PE" } }, code: .missingSegment,
            segmentID: "BPR", message: "the 835 has no loop 1000B"),
        MalformedCase(
            name: "a bad payment date", edit: replacing("BPR") { $0.elements[15] = "20261131" }, code: .invalidValue,
            segmentID: "BPR", element: 16, message: "BPR16 is not a date"),
        MalformedCase(
            name: "a claim without a patient", edit: { $0.removeAll { $0.id == "NM1" && $0[1] == "QC" } },
            code: .missingSegment, segmentID: "CLP", message: "the claim has no NM1*QC"),
        MalformedCase(
            name: "a PLB amount that is not a number", edit: replacing("PLB") { $0.elements[3] = "4O" },
            code: .invalidValue, segmentID: "PLB", element: 4, message: "PLB04 is not a decimal number"),
    ]

    @Test(arguments: malformedCases)
    func malformedInputNamesTheSegment(_ testCase: MalformedCase) throws {
        let text = try Self.text(for: Fixtures.providerLevel, editing: testCase.edit)
        let error = try #require(throws: X12Error.self, "\(testCase.name) is refused") { try Self.read(text) }
        #expect(error.code == testCase.code, "the code is \(error.code): \(error)")
        #expect(error.location?.segmentID == testCase.segmentID, "the error names \(error)")
        #expect(error.location?.segmentOrdinal == Self.ordinal(of: testCase.segmentID, in: text), "\(error)")
        #expect(error.location?.elementPosition == testCase.element, "\(error)")
        #expect(error.message.hasPrefix(testCase.message), "the message is \(error.message)")
    }

    @Test func aRemittanceMissingWhatTheGuideRequiresIsNotWritten() {
        var advice = Fixtures.paid
        advice.payer.technicalContacts = []
        #expect(throws: X12Error.self, "PER*BL is required") { try Self.text(for: advice) }
        advice = Fixtures.paid
        advice.payerIdentifier = "12345"
        #expect(throws: X12Error.self, "TRN03 is 10 characters") { try Self.text(for: advice) }
        #expect(throws: X12Error.self, "no advices") {
            var numbers = ControlNumbers()
            _ = try RemittanceAdvice.makeInterchange([], envelope: Fixtures.envelope, controlNumbers: &numbers)
        }
    }

    @Test func a270GroupIsNotReadAsRemittances() throws {
        let text = try EligibilityInquiryTests.text(for: EligibilityFixtures.inquiryCases[0])
        let error = try #require(throws: X12Error.self) { try Self.read(text) }
        #expect(error.code == .unexpectedTransaction, "\(error)")
    }
}
