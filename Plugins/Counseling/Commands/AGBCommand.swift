import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

/// `revcycle counseling agb`: the amounts-generally-billed percentage by the look-back method.
struct AGBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agb",
        abstract: "Compute the site's AGB percentage by the look-back method (12 months of allowed amounts over gross charges), with the calculation.",
        discussion: """
            The claims are the payers' answers (835s) posted in the 12 months before
            --as-of: each claim's gross charges (CLP03) and what the payer allowed (its
            payment plus the patient's share), reversals subtracted. By default Medicare
            fee-for-service and all private health insurers count (26 CFR
            1.501(r)-5(b)(3)); the payer MEDICARE is Medicare fee-for-service, MEDICAID is
            Medicaid, every other payer a private insurer. Adopt the result by setting
            parameters.counseling.agb_basis_points in the site file; eligible patients then
            pay at most that share of gross charges.

            Example:
              revcycle counseling agb --as-of 2027-01-01
            """)

    @OptionGroup var options: GlobalOptions
    @Option(help: "The day of the calculation; the period is the 12 months before it (default today).") var asOf: String?
    @Option(help: "Which payers count: \(AGBPayerSet.allCases.map(\.rawValue).joined(separator: ", ")).")
    var payers: String = AGBPayerSet.medicareAndPrivateInsurers.rawValue

    func run() throws {
        let context = try CommandContext.open(options, module: "counseling", action: "counseling.agb", roles: [.counseling, .analyst])
        guard let payerSet = AGBPayerSet(rawValue: payers) else {
            throw RevCycleError(.invalidInput, "\"\(payers)\" is not a payer set; expected \(AGBPayerSet.allCases.map(\.rawValue).joined(separator: ", ")).",
                                at: "--payers")
        }
        let day = try asOf.map { try CalendarDate(parsing: $0) } ?? context.today
        let period = LookBackPeriod(endingBefore: day)
        let answers = try CounselingStore(database: context.services.database).allowedClaims(
            site: context.actor.site, from: period.first, through: period.last, timeZone: context.services.site.timeZone)
        let claims = answers.map { answer in
            AGBClaim(claimID: answer.claim, payer: Self.kind(of: answer.payer), allowedOn: answer.answeredOn, grossCharges: answer.grossCharges,
                     allowedAmount: answer.allowed)
        }
        let facility = context.services.site.facility?.name ?? context.services.site.name
        let calculation = try AmountsGenerallyBilled.lookBack(facility: facility, claims: claims, period: period, payers: payerSet)
        var report = Report(columns: ["calculation"])
        for line in calculation.lines { report.append([.text(line)]) }
        context.emit(report)
        FileHandle.standardError.write(Data("To adopt it: parameters.counseling.agb_basis_points: \(calculation.basisPoints) in \(SiteConfiguration.fileName(for: context.actor.site))\n".utf8))
    }

    /// The payer code as the look-back method counts it.
    static func kind(of payer: String) -> AGBPayerKind {
        switch payer {
        case "MEDICARE": .medicareFeeForService
        case "MEDICAID": .medicaid
        case "": .selfPay
        default: .commercial
        }
    }
}
