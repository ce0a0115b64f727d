import Foundation
import RevCycleCore
import RevCycleHost
import Testing

struct ConfigurationTests {
    let registry = try! PluginRegistry(HostTestSupport.bundled)

    @Test func theDefaultSiteLoadsWithEveryModuleOn() throws {
        let home = try HostTestSupport.home()
        let site = try SiteConfiguration.load(site: "default", home: home, registry: registry)
        #expect(registry.moduleIDs.allSatisfy(site.isEnabled))
        #expect(site.scriptFolders == ["Scripts/default"])
        #expect(site.parameter("collections", "minimum_statement_balance") == .amountCents(500))
        #expect(try HostConfiguration.load(home: home).sites == ["default"])
    }

    @Test("Site file errors name the file, the line and the key", arguments: [
        ("name: North\nmodles:\n  access: enabled\n", 2, "Unknown key \"modles\""),
        ("name: North\nmodules:\n  access: enabled\n  dental: enabled\n", 4, "Unknown key \"dental\""),
        ("name: North\nmodules:\n  access: maybe\n", 3, "Expected enabled or disabled"),
        ("name: North\ntimezone: Mars/Olympus\n", 2, "Unknown time zone"),
        ("name: North\nmodules:\n  access: disabled\n  billing: enabled\n", 1, "needs access"),
        ("name: North\nparameters:\n  collections:\n    minimum_statement_balance: lots\n", 4, "Expected an amount"),
        ("name: North\nparameters:\n  collections:\n    minimum_statment_balance: 5.00\n", 4, "Unknown key"),
        ("name: [North\n", 2, "not valid YAML"),
        ("name: North\nname: South\n", 1, "duplicated key"),
        ("name: North\npayers:\n  UHC:\n    name: United\n    payerid: 87726\n", 5, "Unknown key \"payerid\""),
        ("name: North\npayers:\n  UHC:\n    name: United\n    claim_guide: 004010X098A1\n", 5, "not a claim guide"),
        ("name: North\npayers:\n  UHC:\n    name: United\n    payer_id: \"87 726\"\n", 5, "not an X12 payer id"),
        ("name: North\npayers:\n  UHC:\n    name: United\n    phone: 555-0100\n", 5, "not a phone number"),
    ])
    func siteFileErrorsNameFileLineAndKey(text: String, line: Int, message: String) throws {
        let home = try HostTestSupport.home(site: "north", siteText: text)
        #expect {
            try SiteConfiguration.load(site: "north", home: home, registry: registry)
        } throws: { error in
            guard let error = error as? RevCycleError else { return false }
            return error.code == .configuration && error.message.contains(message)
                && error.inputLocation?.hasPrefix("config/sites/north.yaml:\(line)") == true
        }
    }

    @Test func payersCarryTheirX12IdGuideAndPhone() throws {
        let text = "name: North\npayers:\n  UHC:\n    name: United\n    payer_id: \"87726\"\n    claim_guide: 005010X222A2\n    phone: (877) 842-3210\n  MEDICARE:\n    name: Medicare\n"
        let site = try SiteConfiguration.load(site: "north", home: try HostTestSupport.home(site: "north", siteText: text), registry: registry)
        let united = try #require(site.payers["UHC"])
        #expect(united.payerID == "87726" && united.claimGuide == "005010X222A2" && united.phone?.digits == "8778423210",
                "got \(united)")
        #expect(site.payers["MEDICARE"]?.claimGuide == PayerSettings.defaultClaimGuide)
    }

    @Test func anUnknownHostKeyIsAnError() throws {
        let home = try HostTestSupport.home(hostText: "database: var/x.sqlite\nsites:\n  - default\ndatabse: typo\n")
        #expect {
            try HostConfiguration.load(home: home)
        } throws: { error in
            (error as? RevCycleError)?.inputLocation == "config/revcycle.yaml:4 (databse)"
        }
    }

    @Test func switchingAModuleKeepsCommentsAndChangesOneValue() throws {
        let text = """
            # North campus: our comments stay.
            name: North
            modules:
              access: enabled   # front desk
              billing: enabled
              analytics: enabled
            """
        let home = try HostTestSupport.home(site: "north", siteText: text)
        let toggle = SiteModuleSwitch(home: home, registry: registry)
        #expect(try toggle.set("analytics", enabled: false, site: "north"))
        #expect(try !toggle.set("analytics", enabled: false, site: "north"))
        #expect(try toggle.set("counseling", enabled: true, site: "north"))
        let result = try String(contentsOf: home.appendingPathComponent("config/sites/north.yaml"), encoding: .utf8)
        #expect(result.contains("# North campus: our comments stay."))
        #expect(result.contains("  access: enabled   # front desk"))
        #expect(result.contains("  analytics: disabled"))
        #expect(result.contains("  counseling: enabled"))
        let site = try SiteConfiguration.load(site: "north", home: home, registry: registry)
        #expect(!site.isEnabled("analytics") && site.isEnabled("counseling"))
    }

    @Test func enablingAModuleWhoseDependencyIsOffIsRefused() throws {
        let home = try HostTestSupport.home(site: "north", siteText: "name: North\nmodules:\n  access: disabled\n")
        let toggle = SiteModuleSwitch(home: home, registry: registry)
        #expect {
            try toggle.set("billing", enabled: true, site: "north")
        } throws: { error in
            guard let error = error as? RevCycleError else { return false }
            return error.message.contains("needs access") && error.remedy == "revcycle modules enable access --site north"
        }
        #expect {
            try SiteModuleSwitch(home: try HostTestSupport.home(), registry: registry).set("access", enabled: false, site: "default")
        } throws: { error in
            (error as? RevCycleError)?.message.contains("needed by billing") == true
        }
    }
}
