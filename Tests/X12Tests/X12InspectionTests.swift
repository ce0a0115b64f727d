import Foundation
import Testing
import X12

struct X12InspectionTests {
    // MARK: - Fixtures

    static func remittance(_ advice: RemittanceAdvice) throws -> String {
        var numbers = ControlNumbers(interchange: 40, group: 40, transactionSet: 80)
        return try X12Writer(lineBreaks: true).text(for: advice.makeInterchange(envelope: RemittanceFixtures.envelope, controlNumbers: &numbers))
    }

    /// A hand-written 837P: submitter and receiver, a billing provider, a subscriber with a dependent
    /// patient whose claim has a rendering provider, a secondary payer (2320/2330) and one line
    /// adjudicated by the primary payer (2430).
    static let professionalClaim = EligibilityFixtures.interchange(functionalID: "HC", setID: "837", body: [
        "BHT*0019*00*BATCH1*20261102*1230*CH",
        "NM1*41*2*NORTH CLINIC*****46*NORTHCLINIC", "PER*IC*BILLING OFFICE*TE*2175550100",
        "NM1*40*2*ACME HEALTH*****46*ACME01",
        "HL*1**20*1", "PRV*BI*PXC*207Q00000X", "NM1*85*2*NORTH CLINIC*****XX*1245319599", "N3*1 MAIN ST",
        "N4*SPRINGFIELD*IL*627011234", "REF*EI*371234567",
        "HL*2*1*22*1", "SBR*P**GRP500******CI", "NM1*IL*1*DOE*JANE****MI*W123456789",
        "NM1*PR*2*ACME HEALTH*****PI*ACME01",
        "HL*3*2*23*0", "PAT*19", "NM1*QC*1*DOE*JIMMY", "N3*12 ELM ST", "N4*SPRINGFIELD*IL*62704", "DMG*D8*20150607*M",
        "CLM*ACCT2002*150***11:B:1*Y*A*Y*I", "HI*ABK:J069", "NM1*82*1*WELBY*MARCUS****XX*1003000126",
        "SBR*S*01*GRP900******MB", "AMT*D*80", "OI***Y***Y", "NM1*IL*1*DOE*JOHN****MI*M555",
        "NM1*PR*2*MEDICARE PART B*****PI*MCRB01",
        "LX*1", "SV1*HC:99213:25*150*UN*1***1", "DTP*472*D8*20261102", "SVD*MCRB01*80*HC:99213**1", "CAS*CO*45*70",
        "DTP*573*D8*20261110",
    ]).replacingOccurrences(of: "005010X279A1", with: "005010X222A1")

    static func only(_ text: String) throws -> X12Inspection.TransactionSet {
        let inspection = try X12Inspection(parsing: text)
        let sets = inspection.groups.flatMap(\.sets)
        try #require(sets.count == 1, "expected one set, found \(sets.count)")
        return sets[0]
    }

    static func loop(_ id: String, in set: X12Inspection.TransactionSet, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> X12Inspection.Loop
    {
        try #require(set.loops(named: id).first, "no loop \(id) in \(set.id)", sourceLocation: sourceLocation)
    }

    static func meaning(_ reference: String, in segment: X12Inspection.Segment) -> String? {
        segment.elements.first { $0.reference == reference }?.meaning
    }

    // MARK: - 835

    @Test func anEightThirtyFiveIsGroupedIntoTheGuidesNamedLoops() throws {
        let set = try Self.only(Self.remittance(RemittanceFixtures.paid))
        #expect(set.name == "Health Care Claim Payment/Advice" && set.guide == "005010X221A1", "set \(set.name ?? "-") \(set.guide)")
        let names = ["1000A": "Payer Identification", "1000B": "Payee Identification", "2000": "Header Number",
                     "2100": "Claim Payment Information", "2110": "Service Payment Information"]
        for (id, name) in names {
            #expect(try Self.loop(id, in: set).name == name, "loop \(id)")
        }
        let header = try Self.loop("2000", in: set)
        let claim = try #require(header.loops.first)
        #expect(claim.id == "2100" && claim.loops.map(\.id) == ["2110", "2110"], "claim loops: \(claim.loops.map(\.id))")
        #expect(claim.segments.first?.id == "CLP", "a loop starts with the segment that opens it")
    }

    @Test func claimAndAdjustmentCodesAreDecodedAndAmountsShownInDollars() throws {
        let set = try Self.only(Self.remittance(RemittanceFixtures.paid))
        let clp = try #require(set.segments("CLP").first)
        let status = try #require(clp.element(2))
        #expect(status.line == "CLP02 Claim status: 1 (processed as primary)", "\(status.line)")
        #expect(clp.element(3)?.meaning == "$300.00", "CLP03: \(String(describing: clp.element(3)))")
        let adjustments = set.segments("CAS")
        #expect(adjustments.map { Self.meaning("CAS01", in: $0) }.contains("contractual obligation"))
        #expect(adjustments.map { Self.meaning("CAS01", in: $0) }.contains("patient responsibility"))
        let reasons = adjustments.compactMap { Self.meaning("CAS02", in: $0) }
        #expect(reasons.contains("charge exceeds fee schedule/maximum allowable"), "CAS02 meanings: \(reasons)")
        #expect(reasons.contains("deductible amount"), "CAS02 meanings: \(reasons)")
        #expect(set.segments("BPR").first?.element(2)?.meaning == "$175.00")
    }

    @Test func providerAdjustmentsStandInTheSummaryAfterTheClaims() throws {
        let set = try Self.only(Self.remittance(RemittanceFixtures.providerLevel))
        guard case .loop(let last) = try #require(set.content.last) else {
            Issue.record("the set does not end with a loop")
            return
        }
        #expect(last.id == "PLB" && last.name == "Summary: Provider Adjustment", "last loop \(last.id) \(last.name)")
        let plb = try #require(last.segments.first)
        #expect(Self.meaning("PLB03", in: plb) == "overpayment recovery", "PLB03: \(String(describing: plb.element(3)))")
        #expect(plb.elements.contains { $0.meaning == "-$1.25" }, "the negative interest reads in dollars")
    }

    // MARK: - 271

    @Test func aTwoSeventyOneNestsTheDependentUnderTheSubscriberByHLLevelCode() throws {
        let set = try Self.only(EligibilityFixtures.activeFamily)
        let source = try Self.loop("2000A", in: set)
        #expect(source.name == "Information Source Level" && source.loops.map(\.id) == ["2100A", "2000B"], "\(source.loops.map(\.id))")
        let subscriber = try Self.loop("2000C", in: set)
        #expect(subscriber.name == "Subscriber Level")
        #expect(subscriber.loops.map(\.id) == ["2100C", "2000D"], "2000C holds: \(subscriber.loops.map(\.id))")
        let dependent = try #require(subscriber.loops.last)
        #expect(dependent.segments.first?.element(3)?.line == "HL03 Level: 23 (dependent)")
        let dependentName = try #require(dependent.loops.first)
        #expect(dependentName.id == "2100D" && dependentName.loops.map(\.id) == ["2110D"], "\(dependentName.loops.map(\.id))")
        let inactive = try #require(dependentName.loops.first?.segments.first)
        #expect(inactive.element(1)?.line == "EB01 Eligibility: 6 (inactive)")
    }

    @Test func aBenefitsRelatedEntityStaysBetweenLSAndLE() throws {
        let set = try Self.only(EligibilityFixtures.activeFamily)
        let related = try Self.loop("2120C", in: set)
        #expect(related.name == "Subscriber Benefit Related Entity Name")
        #expect(related.segments.map(\.id) == ["LS", "NM1", "LE"], "2120C holds \(related.segments.map(\.id))")
        let benefits = set.loops(named: "2110C")
        #expect(benefits.count == 9, "each EB opens its own 2110C: \(benefits.count)")
        #expect(benefits.first?.segments.first?.element(1)?.line == "EB01 Eligibility: 1 (active coverage)")
        let copay = try #require(benefits.dropFirst().first?.segments.first)
        #expect(copay.element(3)?.value == "98^UC" && copay.element(3)?.meaning == "professional (physician) visit - office, urgent care")
        #expect(copay.element(7)?.meaning == "$25.00")
    }

    @Test func aRejectReasonIsTakenFromTheEligibilityRejectionTable() throws {
        let set = try Self.only(EligibilityFixtures.rejectedSubscriber(reason: "75", followUp: "C"))
        let aaa = try #require(set.segments("AAA").first)
        #expect(aaa.element(3)?.line == "AAA03 Reject reason: 75 (subscriber/insured not found)", "\(String(describing: aaa.element(3)))")
        #expect(aaa.element(4)?.meaning == "please correct and resubmit")
        #expect(try Self.loop("2100C", in: set).segments.map(\.id).contains("AAA"))
    }

    struct DelimiterCase: Sendable, CustomTestStringConvertible {
        var element: Character, component: Character, repetition: Character, segment: Character
        var testDescription: String { "\(element) \(component) \(repetition) \(segment.isNewline ? "newline" : String(segment))" }
    }

    @Test(arguments: [
        DelimiterCase(element: "|", component: ">", repetition: "!", segment: "\n"),
        DelimiterCase(element: "^", component: "\\", repetition: "{", segment: "'"),
        DelimiterCase(element: "+", component: "<", repetition: "}", segment: "~"),
    ])
    func nonStandardDelimitersGiveTheSameTree(_ delimiters: DelimiterCase) throws {
        let text = EligibilityFixtures.replacingDelimiters(
            in: EligibilityFixtures.activeFamily.replacingOccurrences(of: "~\n", with: "~"), element: delimiters.element,
            component: delimiters.component, repetition: delimiters.repetition, segment: delimiters.segment)
        let inspection = try X12Inspection(parsing: text)
        let standard = try X12Inspection(parsing: EligibilityFixtures.activeFamily)
        #expect(inspection.delimiters.element == String(delimiters.element))
        #expect(inspection.delimiters.segment == (delimiters.segment == "\n" ? "\\n" : String(delimiters.segment)))
        let set = try #require(inspection.groups.first?.sets.first)
        let standardSet = try #require(standard.groups.first?.sets.first)
        #expect(set.loops(named: "2000D").count == 1 && set.loops(named: "2120C").count == 1)
        #expect(set.loops(named: "2110C").map(\.name) == standardSet.loops(named: "2110C").map(\.name))
        let serviceTypes = try #require(set.segments("EB").dropFirst().first?.element(3))
        #expect(serviceTypes.value == "98\(delimiters.repetition)UC", "EB03 is shown with the file's repetition separator")
        #expect(serviceTypes.meaning == "professional (physician) visit - office, urgent care")
    }

    // MARK: - 999

    @Test func aNineNineNineGroupsErrorsUnderTheirSetResponse() throws {
        let set = try Self.only(ImplementationAcknowledgmentTests.text(for: ImplementationAcknowledgmentTests.cases[1].acknowledgment))
        let responses = set.loops(named: "2000")
        #expect(responses.count == 3 && responses.allSatisfy { $0.name == "AK2 Transaction Set Response Header" })
        let rejected = responses[1]
        #expect(rejected.content.map(\.kind) == ["AK2", "2100", "2100", "IK5"], "IK5 closes the response: \(rejected.content.map(\.kind))")
        #expect(rejected.loops[0].name == "IK3 Error Identification" && rejected.loops[0].loops.count == 2)
        let ik3 = try #require(rejected.loops[0].segments.first)
        #expect(ik3.element(4)?.line == "IK304 Error: 8 (segment has data element errors)")
        let ik5 = try #require(rejected.segments.last)
        #expect(ik5.element(1)?.meaning == "rejected" && ik5.element(2)?.meaning == "one or more segments in error")
        #expect(set.content.map(\.kind) == ["AK1", "2000", "2000", "2000", "AK9"], "AK9 ends the set: \(set.content.map(\.kind))")
        let ik4 = try #require(set.loops(named: "2110").last?.segments.first)
        #expect(ik4.element(1)?.components == ["1", "2"] && ik4.element(3)?.meaning == "implementation pattern match failure")
    }

    // MARK: - 277CA

    @Test func aClaimAcknowledgmentNestsPatientsUnderTheBillingProvider() throws {
        let acknowledgment = ClaimAcknowledgmentTests.acknowledgment(
            claims: [ClaimAcknowledgmentTests.acceptedClaim, ClaimAcknowledgmentTests.rejectedClaim])
        let set = try Self.only(ClaimAcknowledgmentTests.text(for: acknowledgment))
        #expect(set.name == "Health Care Claim Acknowledgment", "the 005010X214 map, not the plain 277's")
        let provider = try Self.loop("2000C", in: set)
        #expect(provider.name == "Billing Provider of Service Level" && provider.segments.first?.element(3)?.meaning == "billing provider")
        let patients = provider.loops.filter { $0.id == "2000D" }
        #expect(patients.count == 2 && patients.allSatisfy { $0.loops.map(\.id) == ["2100D", "2200D"] }, "\(provider.loops.map(\.id))")
        #expect(patients.first?.segments.first?.element(3)?.line == "HL03 Level: PT (patient)")
        let tracking = try #require(patients.first?.loops.last)
        #expect(tracking.name == "Claim Status Tracking Number" && tracking.segments.contains { $0.id == "STC" })
        let status = try #require(set.segments("STC").last?.element(1))
        #expect(status.meaning?.hasPrefix(status.components?.first == "A1" ? "acknowledgement/receipt" : "returned as unprocessable") == true,
                "STC01 \(status.value): \(status.meaning ?? "-")")
    }

    // MARK: - Tables kept with the typed transactions

    /// One segment in an 835-shaped set, inspected.
    static func inspect(_ segment: X12Segment) -> X12Inspection.Segment? {
        let set = X12TransactionSet(id: "835", controlNumber: 1, body: [segment])
        let group = X12FunctionalGroup(
            functionalIdentifier: "HP", senderCode: "A", receiverCode: "B", date: "20261102", time: "1200", controlNumber: 1,
            version: "005010X221A1", transactionSets: [set])
        let interchange = X12Interchange(
            senderID: "A", receiverID: "B", date: "261102", time: "1200", controlNumber: 1, functionalGroups: [group])
        return X12Inspection(interchange).groups.first?.sets.first?.segments(segment.id).first
    }

    @Test(arguments: RemittanceAdjustment.Group.allCases)
    func everyAdjustmentGroupTheRemittanceKnowsHasAMeaning(_ group: RemittanceAdjustment.Group) {
        let cas = Self.inspect(X12Segment("CAS", [X12Element(group.rawValue), "45", "10"]))
        #expect(cas?.element(1)?.meaning != nil, "CAS01 \(group.rawValue) has no meaning")
    }

    @Test(arguments: ImplementationAcknowledgment.Status.allCases)
    func everyAcknowledgmentStatusTheNineNineNineKnowsHasAMeaning(_ status: ImplementationAcknowledgment.Status) {
        let ik5 = Self.inspect(X12Segment("IK5", [X12Element(status.rawValue)]))
        #expect(ik5?.element(1)?.meaning != nil, "IK501 \(status.rawValue) has no meaning")
    }

    // MARK: - 837P

    @Test func anEightThirtySevenPNestsClaimsUnderThePatientLevel() throws {
        let set = try Self.only(Self.professionalClaim)
        #expect(set.name == "Health Care Claim: Professional")
        #expect(set.content.map(\.kind) == ["BHT", "1000A", "1000B", "2000A"], "\(set.content.map(\.kind))")
        let provider = try Self.loop("2000A", in: set)
        #expect(provider.name == "Billing Provider Hierarchical Level" && provider.loops.map(\.id) == ["2010AA", "2000B"])
        #expect(provider.segments.first?.element(3)?.meaning == "billing provider", "the 837P's own HL03 meaning")
        let subscriber = try Self.loop("2000B", in: set)
        #expect(subscriber.loops.map(\.id) == ["2010BA", "2010BB", "2000C"], "\(subscriber.loops.map(\.id))")
        let patient = try Self.loop("2000C", in: set)
        #expect(patient.name == "Patient Hierarchical Level" && patient.loops.map(\.id) == ["2010CA", "2300"])
        #expect(patient.segments.first?.element(3)?.meaning == "patient")
        let claim = try Self.loop("2300", in: set)
        #expect(claim.name == "Claim Information" && claim.loops.map(\.id) == ["2310B", "2320", "2400"], "\(claim.loops.map(\.id))")
        let other = try Self.loop("2320", in: set)
        #expect(other.name == "Other Subscriber Information" && other.loops.map(\.id) == ["2330A", "2330B"])
        #expect(other.segments.map(\.id) == ["SBR", "AMT", "OI"], "\(other.segments.map(\.id))")
        let line = try Self.loop("2400", in: set)
        #expect(line.name == "Service Line Number" && line.loops.map(\.name) == ["Line Adjudication Information"])
        #expect(try Self.loop("2430", in: set).segments.map(\.id) == ["SVD", "CAS", "DTP"])
        #expect(try Self.loop("2310B", in: set).name == "Rendering Provider Name")
    }

    @Test func claimCompositesAreDecodedPartByPart() throws {
        let set = try Self.only(Self.professionalClaim)
        let clm = try #require(set.segments("CLM").first)
        #expect(clm.element(5)?.line == "CLM05 Facility: 11:B:1 (office; place of service code; original claim)", "\(String(describing: clm.element(5)))")
        #expect(clm.element(2)?.meaning == "$150.00")
        let sv1 = try #require(set.segments("SV1").first)
        #expect(sv1.element(1)?.components == ["HC", "99213", "25"] && sv1.element(1)?.meaning == "HCPCS/CPT procedure code")
        #expect(Self.meaning("HI01", in: try #require(set.segments("HI").first)) == "ICD-10-CM principal diagnosis")
        #expect(Self.meaning("SBR09", in: try #require(set.segments("SBR").last)) == "Medicare Part B")
    }

    // MARK: - Envelope and output

    @Test func theEnvelopeIsDescribed() throws {
        let inspection = try X12Inspection(parsing: Self.remittance(RemittanceFixtures.paid))
        #expect(inspection.sender.qualifier == "ZZ" && inspection.sender.id == "ACME01" && inspection.receiver.id == "NORTHCLINIC")
        #expect(inspection.usage == "test" && inspection.controlNumber == "000000041" && inspection.date == "2026-11-16 09:00")
        #expect([inspection.delimiters.element, inspection.delimiters.component, inspection.delimiters.repetition, inspection.delimiters.segment] == ["*", ":", "^", "~"])
        let group = try #require(inspection.groups.first)
        #expect(group.functionalIdentifier == "HP" && group.functionalName == "Health Care Claim Payment/Advice (835)")
        #expect(group.version == "005010X221A1" && group.sets.first?.header.element(1)?.meaning == "claim payment/advice")
        #expect(group.sets.first?.trailer.element(2)?.value == group.sets.first?.controlNumber)
    }

    @Test func theOutlineShowsLoopsAndLabelledElementsInFileOrder() throws {
        let outline = try X12Inspection(parsing: Self.remittance(RemittanceFixtures.paid)).outline
        for expected in [
            "Interchange 000000041 (test data, version 00501)", "Set 835 0081: Health Care Claim Payment/Advice",
            "Loop 1000A Payer Identification", "Loop 2100 Claim Payment Information",
            "CLP02 Claim status: 1 (processed as primary)", "CAS01 Group: CO (contractual obligation)",
        ] {
            #expect(outline.contains(expected), "the outline lacks \(expected)")
        }
        let order = ["Loop 1000A", "Loop 1000B", "Loop 2000", "Loop 2100", "Loop 2110", "SE Transaction Set Trailer"]
        let positions = order.compactMap { outline.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted(), "loops appear in file order")
    }

    @Test func theTreeEncodesAsJSONFromEnvelopeToElements() throws {
        let inspection = try X12Inspection(parsing: Self.remittance(RemittanceFixtures.paid))
        let data = try JSONEncoder().encode(inspection)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((root["sender"] as? [String: Any])?["id"] as? String == "ACME01")
        let group = try #require((root["groups"] as? [[String: Any]])?.first)
        let set = try #require((group["sets"] as? [[String: Any]])?.first)
        #expect(set["id"] as? String == "835" && set["guide"] as? String == "005010X221A1")
        let content = try #require(set["content"] as? [[String: Any]])
        #expect(content.first?["segment"] as? String == "BPR", "segments carry their id under \"segment\"")
        let payer = try #require(content.first { $0["loop"] as? String == "1000A" }, "loops carry their id under \"loop\"")
        #expect(payer["name"] as? String == "Payer Identification")
        let n1 = try #require((payer["content"] as? [[String: Any]])?.first)
        let entity = try #require((n1["elements"] as? [[String: Any]])?.first)
        #expect(entity["position"] as? Int == 1 && entity["reference"] as? String == "N101" && entity["value"] as? String == "PR")
        #expect(entity["name"] as? String == "Entity" && entity["meaning"] as? String == "payer")
    }

    // MARK: - Malformed input

    struct MalformedCase: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var code: X12Error.Code
        var segmentID: String?
        var testDescription: String { name }
    }

    @Test(arguments: [
        MalformedCase(
            name: "a wrong SE count", text: Samples.standard(replacing: "SE*11*0001", with: "SE*12*0001"), code: .countMismatch,
            segmentID: "SE"),
        MalformedCase(name: "a file cut short", text: String(Samples.standard.prefix(300)), code: .truncated, segmentID: nil),
        MalformedCase(name: "no ISA", text: "HELLO THERE~", code: .invalidHeader, segmentID: nil),
        MalformedCase(
            name: "a garbled segment id", text: Samples.standard(replacing: "BHT*0022", with: "b#T*0022"), code: .invalidSegment,
            segmentID: nil),
    ])
    func malformedInputIsRefusedWithWhereItStopped(_ testCase: MalformedCase) {
        #expect {
            _ = try X12Inspection(parsing: testCase.text)
        } throws: { error in
            guard let error = error as? X12Error else { return false }
            let location = error.location
            return error.code == testCase.code && location?.byteOffset != nil
                && (testCase.segmentID == nil || location?.segmentID == testCase.segmentID && location?.segmentOrdinal == 13)
        }
    }

    @Test func aSetOfAnUnknownGuideIsShownFlatButLabelled() throws {
        let inspection = try X12Inspection(parsing: Samples.standard)
        let claim = try #require(inspection.groups.last?.sets.first)
        #expect(claim.name == "Health Care Claim: Professional" && claim.content.map(\.kind) == ["BHT"])
        let text = Samples.standard(replacing: "ST*837*0003*005010X222A1", with: "ST*834*0003*005010X220A1")
            .replacingOccurrences(of: "GS*HC", with: "GS*BE")
        let enrollment = try #require(try X12Inspection(parsing: text).groups.last?.sets.first)
        #expect(enrollment.name == nil && enrollment.content.map(\.kind) == ["BHT"])
        #expect(enrollment.segments("BHT").first?.element(4)?.meaning == "2026-11-02")
    }
}

extension X12Inspection.Node {
    /// The loop id or segment id, for comparing shapes.
    var kind: String {
        switch self {
        case .segment(let segment): segment.id
        case .loop(let loop): loop.id
        }
    }
}
