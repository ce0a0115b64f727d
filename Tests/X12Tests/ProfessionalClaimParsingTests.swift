import Foundation
import Testing
import X12

/// Malformed 837Ps: each is a built batch with one segment changed, and must give an ``X12Error``
/// that names the segment (its ordinal and id) and, where it is one element, the element.
struct ProfessionalClaimParsingTests {
    typealias Fixtures = ProfessionalClaimFixtures

    static func text(replacing old: String, with new: String, in batch: ProfessionalClaimBatch? = nil) throws -> String {
        let batch = batch ?? Fixtures.cases[0].batch
        let text = try X12Writer().text(for: ProfessionalClaimTests.interchange(for: batch))
        guard let range = text.firstRange(of: old) else { fatalError("the 837 has no \(old)") }
        return text.replacingCharacters(in: range, with: new)
    }

    /// `text` with SE01 lowered by `removed` segments.
    static func recounted(_ text: String, removing removed: Int) -> String {
        guard let start = text.range(of: "~SE*") ?? text.range(of: "\nSE*"), let end = text[start.upperBound...].firstIndex(of: "*"),
            let count = Int(text[start.upperBound..<end])
        else { fatalError("the 837 has no SE") }
        return text.replacingCharacters(in: start.upperBound..<end, with: String(count - removed))
    }

    @Test(
        "Malformed 837Ps name the segment at fault",
        arguments: [
            ("CLM*PCN0001*125***11:B:1*Y*A*Y*I~", "", X12Error.Code.missingSegment, "HL", nil as Int?, "no CLM"),
            ("HL*2*1*22*0", "HL*2*7*22*0", .invalidHierarchy, "HL", 2, "no earlier HL"),
            ("HL*2*1*22*0", "HL*2**22*0", .invalidValue, "HL", 2, "parent"),
            ("HL*2*1*22*0", "HL*2*1*21*0", .invalidHierarchy, "HL", 3, "expected 20, 22 or 23"),
            ("SV1*HC:99213*125*", "SV1*HC:99213*12X5*", .invalidValue, "SV1", 2, "not a decimal"),
            ("SV1*HC:99213*125*", "SV1*HC:99213*100*", .claimChargeMismatch, "CLM", 2, "add up to 100"),
            ("SV1*HC:99213*125*", "SV1*HC:99213*125.001*", .invalidValue, "SV1", 2, "more than 2 decimal places"),
            ("CLM*PCN0001*125*", "CLM*PCN0001*1,25*", .invalidValue, "CLM", 2, "not a decimal"),
            ("11:B:1", "11:B:5", .invalidValue, "CLM", 5, "frequency"),
            ("HI*ABK:J069*ABF:R05~", "HI*ABK:J069*BF:R05~", .invalidValue, "HI", 2, "ABF"),
            ("HI*ABK:J069*ABF:R05~", "", .missingSegment, "CLM", nil, "HI*ABK"),
            ("DTP*472*D8*20261101~", "DTP*472*D8*20261131~", .invalidValue, "DTP", 3, "not a date"),
            ("DTP*472*D8*20261101~", "", .missingSegment, "LX", nil, "DTP*472"),
            ("NM1*IL*1*DOE*JANE*Q***MI*W123456789~", "NM1*IL*1*DOE*JANE*Q~", .invalidValue, "NM1", 9, "member id"),
            ("NM1*PR*2*ACME HEALTH*****PI*ACME01~", "", .missingSegment, "HL", nil, "2010BB"),
            ("SBR*P*18*GRP100******CI~", "", .missingSegment, "HL", nil, "SBR"),
            ("REF*EI*123456789~", "", .missingSegment, "NM1", nil, "REF*EI"),
            ("BHT*0019*", "BHT*0022*", .invalidValue, "BHT", 1, "0019"),
            ("NM1*41*2*NORTH CLINIC*****46*NORTHCLINIC~PER*IC*BILLING OFFICE*TE*5555551234~", "", .missingSegment, "BHT", nil, "1000A"),
            ("CLM*PCN0001*125***11:B:1*Y*", "CLM*PCN0001*125***11:B:1*X*", .invalidValue, "CLM", 6, "Y or N"),
            ("ST*837*0087*005010X222A1~", "ST*837*0087*005010X223A2~", .unexpectedTransaction, "ST", 3, "X222A1"),
        ])
    func malformedInputIsRefused(
        _ old: String, _ new: String, _ code: X12Error.Code, _ segmentID: String, _ element: Int?, _ mention: String
    ) throws {
        var text = try Self.text(replacing: old, with: new)
        // Keep SE01 right, so that the typed reader, not the envelope, reports the problem.
        text = Self.recounted(text, removing: old.filter { $0 == "~" }.count - new.filter { $0 == "~" }.count)
        let error = #expect(throws: X12Error.self, "\(old) → \(new) is refused") {
            try ProfessionalClaimBatch.batches(in: X12Interchange(parsing: text))
        }
        #expect(error?.code == code, "\(old) → \(new): code is \(String(describing: error?.code)); expected \(code)")
        #expect(error?.location?.segmentID == segmentID, "\(old) → \(new): \(String(describing: error))")
        #expect(error?.location?.segmentOrdinal != nil, "\(old) → \(new): no ordinal in \(String(describing: error))")
        if let element {
            #expect(error?.location?.elementPosition == element, "\(old) → \(new): \(String(describing: error))")
        }
        #expect(error?.message.contains(mention) == true, "\(old) → \(new): \(String(describing: error)); expected \(mention)")
    }

    @Test func aPatientLevelUnderABillingProviderIsABadParent() throws {
        let batch = try #require(Fixtures.cases.first { $0.name == "a dependent's claim" }).batch
        let text = try Self.text(replacing: "HL*3*2*23*0", with: "HL*3*1*23*0", in: batch)
        let error = #expect(throws: X12Error.self) { try ProfessionalClaimBatch.batches(in: X12Interchange(parsing: text)) }
        #expect(
            error?.code == .invalidHierarchy && error?.location?.segmentID == "HL" && error?.location?.elementPosition == 2
                && error?.message.contains("expected a 2000B subscriber") == true,
            "\(String(describing: error))")
    }

    @Test func anEligibilityGroupIsNotAClaimBatch() throws {
        let text = try Self.text(replacing: "GS*HC*", with: "GS*HS*")
        let error = #expect(throws: X12Error.self) { try ProfessionalClaimBatch.batches(in: X12Interchange(parsing: text)) }
        #expect(error?.code == .unexpectedTransaction && error?.location?.segmentID == "GS", "\(String(describing: error))")
    }
}
