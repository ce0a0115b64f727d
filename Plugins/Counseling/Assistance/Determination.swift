import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleScripting

/// Records a determination and carries out an approval: the visits it covers, each visit's discount
/// (the site's `counseling.fa.discount` policy has the last word) and AGB cap, the charity
/// adjustments, the notice, and the events collections acts on.
struct Determination {
    let context: CommandContext
    let settings: CounselingSettings

    func record(_ application: CounselingStore.Application, approved: Bool, discountBasisPoints: Int64, percentOfPoverty: Int64,
                reasons: [String], on day: CalendarDate) throws -> Report {
        let store = CounselingStore(database: context.services.database)
        let since = application.receivedOn.adding(days: -settings.lookBackDays)
        var terms: [CounselingStore.VisitTerms] = []
        if approved {
            for visit in try store.eligibleVisits(of: application.guarantor, since: since) {
                var basisPoints = discountBasisPoints
                if basisPoints > 0 {
                    let decision = try context.services.decide("counseling.fa.discount", payload: [
                        "account": .string(visit.account.description), "application": .string(application.number),
                        "patient_owes_cents": .integer(max(visit.patientShare.cents, 0)), "requested_basis_points": .integer(basisPoints),
                    ])
                    basisPoints = decision["basis_points"]?.integerValue ?? basisPoints
                }
                let cap = try settings.agbBasisPoints.map { try AmountsGenerallyBilled.cap(charges: visit.grossCharges, agbBasisPoints: $0) }
                terms.append(.init(account: visit.account, discountBasisPoints: basisPoints, cap: cap))
            }
        }
        let facility = context.services.site.facility?.name ?? context.services.site.name
        let notice = approved
            ? AssistanceNotices.approval(application, discountBasisPoints: discountBasisPoints, reasons: reasons, facility: facility)
            : AssistanceNotices.denial(application, reasons: reasons, facility: facility)
        let (outcomes, events) = try store.determine(application, approved: approved, discountBasisPoints: discountBasisPoints,
                                                     percentOfPoverty: percentOfPoverty, reasons: reasons.joined(separator: " "),
                                                     visits: terms, since: since, notice: notice, on: day, by: context.actor)
        EventDelivery(services: context.services).deliver(events)
        var report = Report(columns: ["application", "decision", "visit", "charity adjustment", "patient owes now"])
        if outcomes.isEmpty {
            report.append([.text(application.number), .text(approved ? "approved" : "denied"), .empty, .empty, .empty])
        }
        for outcome in outcomes {
            report.append([.text(application.number), .text("approved"), .text(outcome.account.description), .money(outcome.charity),
                           .money(outcome.patientOwes)])
        }
        if context.format == .table {
            print(reasons.joined(separator: "\n"))
        }
        return report
    }
}

/// The notices a patient receives about an application, in plain words (501(r): a notice of what is
/// missing; a written determination; presumptive eligibility with the right to apply for more).
enum AssistanceNotices {
    static func received(_ application: CounselingStore.Application, facility: String, completeBy: CalendarDate) -> String {
        let missing = application.missingDocuments
        guard !missing.isEmpty else {
            return """
                We received your application for financial assistance (\(application.number)) on \(application.receivedOn). It is complete. \
                We will decide within 30 days and write to you. While we review it, we will not send your bill to collections.
                """
        }
        return """
            We received your application for financial assistance (\(application.number)) on \(application.receivedOn), but we need more \
            information before we can decide. Please send: \(missing.map(words).joined(separator: "; ")). Send it by \(completeBy). \
            While we wait, we will not send your bill to collections. Questions? Call \(facility).
            """
    }

    static func presumptive(_ application: CounselingStore.Application, facility: String) -> String {
        """
        Good news: based on information we already have, you qualify for financial assistance (\(application.number)) at \(facility). \
        You do not need to fill out an application. If you think you qualify for more help than this, you can still apply.
        """
    }

    static func approval(_ application: CounselingStore.Application, discountBasisPoints: Int64, reasons: [String], facility: String) -> String {
        """
        Your application for financial assistance (\(application.number)) is approved: \(Money(cents: discountBasisPoints).plainText)% of \
        your share of the bills it covers is forgiven. We will send you a new statement. If you paid more than you now owe, we will \
        refund it. How we decided: \(reasons.joined(separator: " ")) Questions? Call \(facility).
        """
    }

    static func denial(_ application: CounselingStore.Application, reasons: [String], facility: String) -> String {
        """
        We are sorry: your application for financial assistance (\(application.number)) does not meet \(facility)'s policy. \
        How we decided: \(reasons.joined(separator: " ")) If your income or household changes, you can apply again. You can also \
        ask us for a payment plan.
        """
    }

    static func words(_ document: String) -> String {
        switch document {
        case "proof-of-income": "proof of income (pay stubs, a tax return, or a benefits letter)"
        case "photo-id": "a photo ID"
        case "household-members": "the names and birth dates of the people in your household"
        case "assets": "statements for bank and investment accounts"
        default: document.replacingOccurrences(of: "-", with: " ")
        }
    }
}
