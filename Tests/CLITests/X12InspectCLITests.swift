import Foundation
import RevCycleTesting
import Testing

/// `revcycle x12 inspect`: a file tool that runs in a home with no `revcycle init`.
struct X12InspectCLITests {
    /// A small 835 with `|` elements, `>` components, `!` repetitions and `~` terminators: one claim
    /// processed as primary with one service line and a contractual and a coinsurance adjustment.
    static let remittance = [
        "ISA|00|          |00|          |ZZ|ACME01         |ZZ|NORTHCLINIC    |261116|0900|!|00501|000000041|0|T|>",
        "GS|HP|ACME01|NORTHCLINIC|20261116|0900|41|X|005010X221A1",
        "ST|835|0001|005010X221A1",
        "BPR|I|80|C|CHK|||||||||||||20261116",
        "TRN|1|CHK0001|1512345678",
        "N1|PR|ACME HEALTH", "N3|1 INSURANCE WAY", "N4|HARTFORD|CT|06103", "PER|BL|EDI SUPPORT|TE|8005550199",
        "N1|PE|NORTH CLINIC|XX|1245319599",
        "LX|1",
        "CLP|ACCT1001|1|150|80|20|12|PAYER0001|11|1",
        "NM1|QC|1|DOE|JANE||||MI|W123456789",
        "SVC|HC>99213|150|80||1", "DTM|472|20261102", "CAS|CO|45|50", "CAS|PR|2|20",
        "SE|16|0001", "GE|1|41", "IEA|1|000000041",
    ].map { $0 + "~\n" }.joined()

    /// A runner in an empty home: no config, no database.
    static func runner(writing text: String, to name: String) throws -> (CLIRunner, String) {
        let runner = CLIRunner(home: try TestFixtures.temporaryFolder())
        try text.write(to: runner.home.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return (runner, name)
    }

    @Test func theTableShowsTheGuidesLoopNamesAndDecodedCodes() throws {
        let (runner, file) = try Self.runner(writing: Self.remittance, to: "era.835")
        let outcome = try runner.run("x12", "inspect", file)
        #expect(outcome.exitCode == 0, "exit \(outcome.exitCode): \(outcome.stderr)")
        for expected in [
            "Delimiters  element |  component >  repetition !  segment ~",
            "Set 835 0001: Health Care Claim Payment/Advice, guide 005010X221A1",
            "Loop 1000A Payer Identification", "Loop 1000B Payee Identification", "Loop 2000 Header Number",
            "Loop 2100 Claim Payment Information", "Loop 2110 Service Payment Information",
            "CLP02 Claim status: 1 (processed as primary)", "CLP03 Total charge: 150 ($150.00)",
            "CAS01 Group: CO (contractual obligation)", "CAS02 Reason: 2 (coinsurance amount)",
            "SVC01 Procedure: HC>99213 (HCPCS/CPT procedure code)",
        ] {
            #expect(outcome.stdout.contains(expected), "the table lacks \(expected)")
        }
    }

    @Test func jsonParsesAndHoldsTheSameTree() throws {
        let (runner, file) = try Self.runner(writing: Self.remittance, to: "era.835")
        let outcome = try runner.run("x12", "inspect", file, "--format", "json", "--site", "north")
        #expect(outcome.exitCode == 0, "exit \(outcome.exitCode): \(outcome.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(root["usage"] as? String == "test" && (root["delimiters"] as? [String: Any])?["element"] as? String == "|")
        let set = try #require(((root["groups"] as? [[String: Any]])?.first?["sets"] as? [[String: Any]])?.first)
        let loops = (set["content"] as? [[String: Any]] ?? []).compactMap { $0["loop"] as? String }
        #expect(loops == ["1000A", "1000B", "2000"], "top loops: \(loops)")
    }

    @Test func csvListsOneRowPerElementWithItsLoopPath() throws {
        let (runner, file) = try Self.runner(writing: Self.remittance, to: "era.835")
        let outcome = try runner.run("x12", "inspect", file, "--format", "csv")
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.first == "group,set,loop,segment,ordinal,element,name,value,meaning")
        #expect(lines.contains("41,0001,2000/2100,CLP,12,CLP02,Claim status,1,processed as primary"), "\(lines.prefix(20))")
    }

    @Test(arguments: [
        ("a wrong segment count", remittance.replacingOccurrences(of: "SE|16|0001", with: "SE|17|0001"), "segment 18 (SE)"),
        ("a file cut short", String(remittance.prefix(400)), "byte"),
        ("not X12 at all", "Dear billing office,\nplease find attached…\n", "byte 0"),
    ])
    func aMalformedFileExitsSixtyFiveNamingTheFileAndWhere(_ name: String, _ text: String, _ place: String) throws {
        let (runner, file) = try Self.runner(writing: text, to: "garbled.835")
        let outcome = try runner.run("x12", "inspect", file)
        #expect(outcome.exitCode == 65, "\(name): exit \(outcome.exitCode)")
        #expect(outcome.stderr.hasPrefix("error: garbled.835, "), "\(name): \(outcome.stderr)")
        #expect(outcome.stderr.contains(place), "\(name): \(outcome.stderr) lacks \(place)")
        #expect(outcome.stdout.isEmpty, "nothing is printed before the error")
    }

    @Test func aMissingFileExitsSixtySix() throws {
        let runner = CLIRunner(home: try TestFixtures.temporaryFolder())
        let outcome = try runner.run("x12", "inspect", "nowhere.835")
        #expect(outcome.exitCode == 66 && outcome.stderr.contains("nowhere.835"), "exit \(outcome.exitCode): \(outcome.stderr)")
    }
}
