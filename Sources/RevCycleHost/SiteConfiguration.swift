public import Foundation
public import RevCycleCore

/// One site's settings, from `config/sites/<site>.yaml`: which modules are on, where its Lua
/// scripts are, and its policy parameters.
///
/// ```yaml
/// name: Default Community Hospital
/// timezone: America/Chicago
/// modules:
///   access: enabled
///   billing: disabled
/// scripts:
///   - Scripts/default
/// parameters:
///   collections:
///     minimum_statement_balance: 5.00
/// ```
public struct SiteConfiguration: Sendable, Hashable {
    public var id: String
    public var name: String
    public var timeZone: TimeZone
    /// Module id → switched on. Modules not listed are off.
    public var modules: [String: Bool]
    /// Script folders, loaded in order: a later folder's policy replaces an earlier one's.
    public var scriptFolders: [String]
    /// Module id → parameter name → value, defaults filled in.
    public var parameters: [String: [String: ParameterValue]]
    /// The payers this site bills, by code.
    public var payers: [String: PayerSettings] = [:]
    /// What this site's scripts may ask the host for: `log`, `now`, `lookup`, `create_task`.
    public var scriptPermissions: Set<String> = SiteConfiguration.allScriptPermissions
    /// The hospital or clinic as it appears on claims, estimates and receipts.
    public var facility: Facility?
    /// The rendering providers who see patients here, by NPI.
    public var providers: [NationalProviderID: Provider] = [:]
    /// Days the site is closed beyond the US federal holidays (business-day deadlines skip them).
    public var holidays: Set<CalendarDate> = []
    /// The price list CSV, relative to the RevCycle home.
    public var chargemasterPath: String?
    /// The card processor (`sandbox`).
    public var paymentGateway = "sandbox"
    /// Who answers the outbox: `sandbox` or `external`.
    public var clearinghouse = "sandbox"

    public static let allScriptPermissions: Set<String> = ["log", "now", "lookup", "create_task"]
    static let keys = ["name", "timezone", "modules", "scripts", "script_permissions", "payers", "parameters", "facility", "providers",
                       "holidays", "chargemaster", "payment_gateway", "clearinghouse"]

    public static func fileName(for site: String) -> String { "config/sites/\(site).yaml" }

    public func isEnabled(_ module: String) -> Bool { modules[module] ?? false }

    public func parameter(_ module: String, _ name: String) -> ParameterValue? { parameters[module]?[name] }

    static func validate(siteID: String, at node: ConfigNode) throws {
        guard (1...40).contains(siteID.count),
              siteID.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            throw node.error("\"\(siteID)\" is not a site id; expected lowercase letters, digits and '-', such as north-campus.")
        }
    }

    public static func load(site: String, home: URL, registry: PluginRegistry) throws -> SiteConfiguration {
        let file = fileName(for: site)
        let root = try ConfigNode.load(home.appendingPathComponent(file), shownAs: file)
        var configuration = SiteConfiguration(id: site, name: site, timeZone: TimeZone(identifier: "UTC")!, modules: [:],
                                              scriptFolders: [], parameters: [:])
        for (key, value) in try root.mapping(expecting: keys) {
            switch key {
            case "name": configuration.name = try value.string()
            case "timezone":
                let identifier = try value.string()
                guard let zone = TimeZone(identifier: identifier) else {
                    throw value.error("Unknown time zone \"\(identifier)\"; expected an IANA name such as America/Chicago.")
                }
                configuration.timeZone = zone
            case "modules":
                for (module, state) in try value.mapping(expecting: registry.moduleIDs) {
                    configuration.modules[module] = try state.flag()
                }
            case "scripts": configuration.scriptFolders = try value.sequence().map { try $0.string() }
            case "script_permissions":
                configuration.scriptPermissions = Set(try value.sequence().map { item in
                    let permission = try item.string()
                    guard allScriptPermissions.contains(permission) else {
                        throw item.error("Unknown script permission \"\(permission)\"; expected any of: \(allScriptPermissions.sorted().joined(separator: ", ")).")
                    }
                    return permission
                })
            case "payers":
                for (code, settings) in try value.mapping() {
                    guard (try? PayerCode(code)) != nil else {
                        throw settings.error("\"\(code)\" is not a payer code; expected 1 to 30 letters, digits, '-' or '_'.")
                    }
                    configuration.payers[code.uppercased()] = try PayerSettings(settings)
                }
            case "facility": configuration.facility = try facility(from: value)
            case "providers": configuration.providers = try providers(from: value)
            case "holidays": configuration.holidays = try holidays(from: value)
            case "chargemaster": configuration.chargemasterPath = try value.string()
            case "payment_gateway": configuration.paymentGateway = try choice(value, among: paymentGateways)
            case "clearinghouse": configuration.clearinghouse = try choice(value, among: clearinghouses)
            default:  // parameters
                for (module, entries) in try value.mapping(expecting: registry.moduleIDs) {
                    let declarations = registry.module(module)?.parameters ?? []
                    for (name, setting) in try entries.mapping(expecting: declarations.map(\.name)) {
                        let declaration = declarations.first { $0.name == name }!
                        configuration.parameters[module, default: [:]][name] = try Self.value(of: setting, as: declaration)
                    }
                }
            }
        }
        for module in registry.modules {
            for declaration in module.parameters where configuration.parameters[module.id]?[declaration.name] == nil {
                configuration.parameters[module.id, default: [:]][declaration.name] = declaration.defaultValue
            }
        }
        for module in registry.modules where configuration.isEnabled(module.id) {
            for dependency in module.dependencies where !configuration.isEnabled(dependency) {
                throw root.error("Module \(module.id) is enabled but needs \(dependency), which is off.")
            }
        }
        return configuration
    }

    static func value(of node: ConfigNode, as declaration: ParameterDeclaration) throws -> ParameterValue {
        let wrong = node.error("Expected \(declaration.expectation) for \(declaration.name); got \"\(node.scalarText)\".")
        switch declaration.kind {
        case .integer(let range):
            guard let value = Int64(node.scalarText), range.contains(value) else { throw wrong }
            return .integer(value)
        case .amount(let range):
            guard let money = try? Money(parsing: node.scalarText), range.contains(money.cents) else { throw wrong }
            return .amountCents(money.cents)
        case .flag:
            guard let flag = try? node.flag() else { throw wrong }
            return .flag(flag)
        case .text(let allowed):
            let text = node.scalarText
            guard !text.isEmpty, allowed?.contains(text) ?? true else { throw wrong }
            return .text(text)
        }
    }

    /// The file `revcycle init` writes for the default site.
    public static func defaultText(moduleIDs: [String]) -> String {
        """
        # The default site. Copy this file to config/sites/<site>.yaml and list the site in
        # config/revcycle.yaml to add another facility.
        name: Default Community Hospital
        # Dates of service and contact hours are read in this zone (an IANA name).
        timezone: America/Chicago
        # Switch a module with `revcycle modules enable|disable <module> --site default`.
        modules:
        \(moduleIDs.map { "  \($0): enabled" }.joined(separator: "\n"))
        # Lua policy scripts, loaded in order; a later folder's policy replaces an earlier one's.
        scripts:
          - Scripts/default
        # What scripts may ask the host for (remove one to deny it to every script of the site).
        script_permissions: [log, now, lookup, create_task]
        # The facility as it appears on claims, estimates and receipts (NPI and tax id are checked).
        facility:
          name: Default Community Hospital
          npi: "1245319599"
          tin: 36-1234567
          address: { line1: 100 Main St, city: Springfield, state: IL, zip: "62704" }
          phone: 217-555-0100
        # The providers who see patients here, by NPI.
        providers:
          "1003000126": { name: Dr. Maria Okafor, taxonomy: 207Q00000X }
          "1548207632": { name: Dr. James Whitfield, taxonomy: 207R00000X }
        # Days the site is closed beyond the US federal holidays (good-faith-estimate deadlines skip them).
        holidays: [2026-12-24]
        # The price list (code,description,service_type,revenue_code,price); estimates price services from it.
        chargemaster: config/fees/default-chargemaster.csv
        # The card processor for payments at the desk (sandbox: test cards, no real money).
        payment_gateway: sandbox
        # Who answers X12 files in var/exchange/<site>/outbox: sandbox (the built-in payer) or external.
        clearinghouse: sandbox
        # The payers this site bills; scripts read them with revcycle.lookup.payer(code).
        # Keys: name, timely_filing_days, payer_id (X12 NM109), claim_guide (005010X222A1 or X222A2), phone,
        # fee_schedule (a CSV of code,allowed: the payer's contracted rates).
        payers:
          MEDICARE:
            name: Medicare Part B
            timely_filing_days: 365
            payer_id: "00952"
            claim_guide: 005010X222A1
            fee_schedule: config/fees/medicare-2026.csv
          AETNA:
            name: Aetna Commercial
            timely_filing_days: 90
            payer_id: "60054"
            phone: 800-624-0756
            fee_schedule: config/fees/aetna-2026.csv
        # Policy parameters per module, such as:
        #   collections:
        #     minimum_statement_balance: 5.00
        parameters: {}

        """
    }

    /// The files a new installation's default site names (its price lists), by path under the home.
    public static let starterFiles: [String: String] = StarterFiles.all
}
