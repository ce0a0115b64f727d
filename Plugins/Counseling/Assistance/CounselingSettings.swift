import Foundation
import RevCycleCore
import RevCycleHost

/// The site's financial-assistance settings, from `parameters.counseling` in its site file.
struct CounselingSettings: Sendable {
    var policy: AssistancePolicy
    var documents: [String]
    var completeDays: Int
    var lookBackDays: Int
    /// The AGB percentage the site adopted (basis points), if any: eligible patients pay at most this share of gross charges.
    var agbBasisPoints: Int64?

    init(site: SiteConfiguration) throws {
        func text(_ name: String) throws -> String {
            guard case .text(let value) = site.parameter("counseling", name) else {
                throw RevCycleError(.configuration, "parameters.counseling.\(name) is not text.")
            }
            return value
        }
        func integer(_ name: String) throws -> Int64 {
            guard case .integer(let value) = site.parameter("counseling", name) else {
                throw RevCycleError(.configuration, "parameters.counseling.\(name) is not a whole number.")
            }
            return value
        }
        let tiers = try Self.tiers(try text("fa_tiers"))
        let adoptions = try Self.adoptions(try text("fa_guidelines"))
        guard case .amountCents(let assetLimit) = site.parameter("counseling", "fa_asset_limit") else {
            throw RevCycleError(.configuration, "parameters.counseling.fa_asset_limit is not an amount.")
        }
        policy = try AssistancePolicy(tiers: tiers, assetTest: assetLimit > 0 ? AssetTest(limit: Money(cents: assetLimit)) : nil,
                                      adoptedGuidelines: try AdoptedGuidelines(adoptions))
        documents = try text("fa_documents").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if assetLimit > 0, !documents.contains("assets") { documents.append("assets") }
        completeDays = Int(try integer("fa_complete_days"))
        lookBackDays = Int(try integer("fa_lookback_days"))
        let agb = try integer("agb_basis_points")
        agbBasisPoints = agb > 0 ? agb : nil
    }

    /// `200:100,300:75,400:50` (through percent of poverty : discount percent), or `400:75-25` for a
    /// sliding tier from 75% down to 25%.
    static func tiers(_ text: String) throws -> [AssistanceTier] {
        try text.split(separator: ",").map { item in
            let parts = item.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            let range = parts.count == 2 ? parts[1].split(separator: "-").map { Int64($0) } : []
            guard parts.count == 2, let through = Int(parts[0]), !range.isEmpty, range.allSatisfy({ $0 != nil && (0...100).contains($0!) }) else {
                throw RevCycleError(.configuration, "parameters.counseling.fa_tiers: \"\(item)\" is not a tier; expected through%:discount% such as 200:100, or through%:from%-to% such as 400:75-25.")
            }
            let discount: AssistanceTier.Discount = range.count == 1 ? .fixed(basisPoints: range[0]! * 100)
                : .sliding(fromBasisPoints: range[0]! * 100, toBasisPoints: range[1]! * 100)
            return AssistanceTier(throughPercent: through, discount: discount)
        }
    }

    /// `2025:2025-01-15,2026:2026-01-13` (guideline year : the day the site adopted it).
    static func adoptions(_ text: String) throws -> [AdoptedGuidelines.Adoption] {
        try text.split(separator: ",").map { item in
            let parts = item.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let year = Int(parts[0]), let day = try? CalendarDate(parsing: parts[1]) else {
                throw RevCycleError(.configuration, "parameters.counseling.fa_guidelines: \"\(item)\" is not an adoption; expected year:YYYY-MM-DD such as 2026:2026-01-13.")
            }
            return AdoptedGuidelines.Adoption(year: year, adoptedOn: day)
        }
    }
}

/// The parameters of the counseling module a site may set in `parameters.counseling`.
enum CounselingParameters {
    static let all: [ParameterDeclaration] = [
        ParameterDeclaration(
            "fa_tiers", .text(allowed: nil), default: .text("200:100,300:75,400:50"),
            doc: "Assistance tiers by income as percent of the poverty line: through%:discount%, or through%:from%-to% for a sliding tier."),
        ParameterDeclaration(
            "fa_guidelines", .text(allowed: nil), default: .text("2025:2025-01-15,2026:2026-01-13"),
            doc: "The HHS poverty guideline years the site adopted, each with its adoption day: year:YYYY-MM-DD, comma-separated."),
        ParameterDeclaration(
            "fa_asset_limit", .amount(0...100_000_000_000), default: .amountCents(0),
            doc: "Countable assets above this make a household ineligible (primary home and retirement accounts excluded); 0 = no asset test."),
        ParameterDeclaration(
            "fa_documents", .text(allowed: nil), default: .text("proof-of-income,photo-id,household-members"),
            doc: "The documents an application needs, comma-separated (assets is added when there is an asset test)."),
        ParameterDeclaration(
            "fa_complete_days", .integer(14...120), default: .integer(30),
            doc: "Days an incomplete application has to send the missing documents (the notice gives the date)."),
        ParameterDeclaration(
            "fa_lookback_days", .integer(0...730), default: .integer(240),
            doc: "Visits this many days before the application are covered by an approval, with the visits after it."),
        ParameterDeclaration(
            "agb_basis_points", .integer(0...10_000), default: .integer(0),
            doc: "The AGB percentage the site adopted, x 100 (revcycle counseling agb computes it); eligible patients pay at most this share of gross charges. 0 = not adopted."),
    ]
}
