import Foundation
import RevCycleCore

/// The benefits a 271 reported, as stored with the eligibility answer (JSON in
/// `access_eligibility.benefits`): in-network and out-of-network, amounts in cents.
struct BenefitsSnapshot: Codable, Sendable, Hashable {
    struct Tier: Codable, Sendable, Hashable {
        var copays: [String: Int64]
        var coinsuranceBasisPoints: Int64
        var deductibleRemaining: Int64
        var outOfPocketRemaining: Int64?

        init(_ benefits: PlanBenefits) {
            copays = benefits.copays.mapValues(\.cents)
            coinsuranceBasisPoints = benefits.coinsuranceBasisPoints
            deductibleRemaining = benefits.deductibleRemaining.cents
            outOfPocketRemaining = benefits.outOfPocketRemaining?.cents
        }

        func benefits(network: NetworkStatus) throws -> PlanBenefits {
            try PlanBenefits(network: network, copays: copays.mapValues(Money.init(cents:)),
                             coinsuranceBasisPoints: coinsuranceBasisPoints, deductibleRemaining: Money(cents: deductibleRemaining),
                             outOfPocketRemaining: outOfPocketRemaining.map(Money.init(cents:)))
        }
    }

    var inNetwork: Tier
    var outOfNetwork: Tier?
    /// The plan's name as the payer gave it (EB05).
    var planDescription: String?

    func benefits(network: NetworkStatus = .inNetwork) throws -> PlanBenefits {
        if network == .outOfNetwork, let outOfNetwork { return try outOfNetwork.benefits(network: .outOfNetwork) }
        return try inNetwork.benefits(network: .inNetwork)
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }

    init(inNetwork: PlanBenefits, outOfNetwork: PlanBenefits?, planDescription: String?) {
        self.inNetwork = Tier(inNetwork)
        self.outOfNetwork = outOfNetwork.map(Tier.init)
        self.planDescription = planDescription
    }

    init(json: String) throws {
        self = try JSONDecoder().decode(Self.self, from: Data(json.utf8))
    }
}
