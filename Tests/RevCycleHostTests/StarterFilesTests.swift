import Foundation
import RevCycleCore
import RevCycleHost
import Testing

struct StarterFilesTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("The price lists `revcycle init` writes are the repository's own, and they read without a problem",
          arguments: SiteConfiguration.starterFiles.keys.sorted())
    func starterFilesMatchTheRepositoryAndRead(path: String) throws {
        let text = try #require(SiteConfiguration.starterFiles[path])
        let repository = try String(contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
        #expect(text == repository, "\(path) in the repository differs from the text init writes (Sources/RevCycleHost/StarterFiles.swift)")
        if path.hasSuffix("chargemaster.csv") {
            #expect(try Chargemaster(csv: text, file: path).items.count >= 10)
        } else {
            #expect(try PayerFeeSchedule(csv: text, file: path).allowed.count >= 10)
        }
    }

    @Test("Every fee schedule prices only codes the chargemaster has, never above its price")
    func feeSchedulesStayWithinTheChargemaster() throws {
        let chargemaster = try Chargemaster(csv: SiteConfiguration.starterFiles["config/fees/default-chargemaster.csv"]!, file: "cdm")
        for (path, text) in SiteConfiguration.starterFiles where !path.hasSuffix("chargemaster.csv") {
            for (code, allowed) in try PayerFeeSchedule(csv: text, file: path).allowed {
                let price = try chargemaster.item(code).price
                #expect(allowed <= price, "\(path): \(code) allows \(allowed), above the price \(price)")
            }
        }
    }
}
