@testable import Access
import RevCycleCore
import Testing
import X12

/// How the front desk reads a 271: benefits by network and service type, plan dates, rejections.
struct EligibilityInterpreterTests {
    static func response(_ body: [String], dependent: [String]? = nil) throws -> EligibilityResponse {
        var segments = [
            "ST*271*0001*005010X279A1", "BHT*0022*11*T1*20261129*1200", "HL*1**20*1", "NM1*PR*2*Aetna*****PI*60054", "HL*2*1*21*1",
            "NM1*1P*2*Default Community Hospital*****XX*1245319599", "HL*3*2*22*\(dependent == nil ? 0 : 1)",
        ] + (dependent == nil ? ["TRN*2*TRACE1*1124531959"] : []) + ["NM1*IL*1*RIVERA*ANA****MI*W100000008", "DMG*D8*19840309*F"] + body
        if let dependent {
            segments += ["HL*4*3*23*0", "TRN*2*TRACE1*1124531959", "NM1*03*1*RIVERA*LEO", "DMG*D8*20190721*M", "INS*N*19"] + dependent
        }
        let count = segments.count + 1
        let text = (["ISA*00*          *00*          *ZZ*SANDBOXPAYER   *ZZ*RCDEFAULT      *261129*1200*^*00501*000000001*0*P*:",
                     "GS*HB*SANDBOXPAYER*RCDEFAULT*20261129*1200*1*X*005010X279A1"] + segments
                    + ["SE*\(count)*0001", "GE*1*1", "IEA*1*000000001"]).joined(separator: "~\n") + "~\n"
        return try #require(try EligibilityResponse.responses(in: try X12Interchange(parsing: text)).first)
    }

    @Test("Several benefit types read into in- and out-of-network benefits, with repeated service types and remaining amounts")
    func benefitsByNetworkAndServiceType() throws {
        let response = try Self.response([
            "DTP*346*D8*20260101", "EB*1*IND*30**Gold PPO",
            "EB*C*IND*30***23*500*****Y", "EB*C*IND*30***29*325.5*****Y", "EB*C*IND*30***29*1000*****N",
            "EB*A*IND*30*****.1****Y", "EB*A*IND*30*****0.3****N",
            "EB*G*IND*30***23*3000*****Y", "EB*G*IND*30***29*2750*****Y",
            "EB*B*IND*98^UC***27*20*****Y", "EB*B*IND*86***27*250*****Y",
            "EB*C*FAM*30***29*1500*****Y",
        ])
        let answer = try EligibilityInterpreter.answer(response, file: "a.271")
        #expect(answer.status == .active)
        #expect(answer.planBegin?.description == "2026-01-01")
        let snapshot = try #require(answer.benefits)
        #expect(snapshot.planDescription == "Gold PPO")
        let inNetwork = try snapshot.benefits(network: .inNetwork)
        #expect(inNetwork.deductibleRemaining == Money(cents: 32_550), "the individual remaining amount wins over the calendar-year one and the family one")
        #expect(inNetwork.coinsuranceBasisPoints == 1_000)
        #expect(inNetwork.outOfPocketRemaining == Money(cents: 275_000))
        #expect(inNetwork.copay(for: "98") == Money(cents: 2_000) && inNetwork.copay(for: "UC") == Money(cents: 2_000))
        #expect(inNetwork.copay(for: "86") == Money(cents: 25_000))
        #expect(inNetwork.copay(for: "5") == nil, "no generic copay: lab work takes the deductible")
        let outOfNetwork = try snapshot.benefits(network: .outOfNetwork)
        #expect(outOfNetwork.coinsuranceBasisPoints == 3_000)
        #expect(outOfNetwork.deductibleRemaining == Money(cents: 100_000), "\(outOfNetwork)")
    }

    @Test("A rejection is reported in words with the payer's follow-up", arguments: [
        ("AAA*N**75*C", EligibilityRecord.Status.notFound, "(AAA 75); correct the inquiry and resubmit"),
        ("AAA*N**72*C", .notFound, "(AAA 72)"),
        ("AAA*Y**42*R", .rejected, "(AAA 42); resubmit the same inquiry"),
        ("AAA*N**58*C", .rejected, "(AAA 58)"),
    ])
    func rejections(segment: String, status: EligibilityRecord.Status, words: String) throws {
        let answer = try EligibilityInterpreter.answer(try Self.response([segment]), file: "r.271")
        #expect(answer.status == status)
        #expect(answer.rejection?.contains(words) == true, "\(answer.rejection ?? "nil")")
        #expect(answer.benefits == nil)
    }

    @Test func inactiveCoverageSaysWhenItEnded() throws {
        let answer = try EligibilityInterpreter.answer(try Self.response(["DTP*291*RD8*20250101-20261031", "EB*6*IND*30**Silver HMO"]),
                                                       file: "i.271")
        #expect(answer.status == .inactive)
        #expect(answer.planEnd?.description == "2026-10-31")
        #expect(answer.rejection?.contains("ended 2026-10-31") == true)
    }

    @Test func aDependentsOwnBenefitsAreRead() throws {
        let response = try Self.response([], dependent: ["EB*1*IND*30**Family Plan", "EB*B*IND*98***27*35*****Y", "EB*A*IND*30*****.2****Y",
                                                         "EB*C*IND*30***29*0*****Y"])
        let answer = try EligibilityInterpreter.answer(response, file: "d.271")
        #expect(answer.status == .active)
        let benefits = try #require(try answer.benefits?.benefits())
        #expect(benefits.copay(for: "98") == Money(cents: 3_500) && benefits.coinsuranceBasisPoints == 2_000)
        #expect(benefits.deductibleRemaining == .zero && benefits.outOfPocketRemaining == nil)
    }
}
