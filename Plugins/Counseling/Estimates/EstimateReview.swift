import RevCycleCore
import RevCycleHost

/// A visit's bill set against its good-faith estimate, provider by provider, with the site's names
/// for the providers, and what counseling does when a provider's bill first reaches the dispute
/// threshold (No Surprises Act, 45 CFR 149.620).
///
/// The 120 days to dispute count from the **day the bill is flagged**: the first day the provider's
/// charges on the account reach $400.00 above its estimate, which is the day the patient is told of
/// the right to dispute. RevCycle has no separate "initial bill" date per provider (statements cover
/// the guarantor's visits and may go out before every charge has posted), so the flag day stands in
/// for it; no bill can show the excess before that day, so the patient is never cut short.
/// When a visit was never flagged (the module was off while its charges posted), the filing day
/// stands in: a patient cannot be late for a notice never sent.
///
/// ```swift
/// let review = EstimateReview(services: services)
/// let flags = review.newFlags(visit, on: today, by: actor)   // one per provider first over the threshold
/// ```
struct EstimateReview {
    let site: SiteConfiguration
    let chargemaster: Chargemaster?
    var rule = GoodFaithEstimateDisputeRule.noSurprisesAct

    init(services: HostServices) {
        site = services.site
        chargemaster = try? services.chargemaster()
    }

    /// Who bills a charge, as the estimate assigned its items: professional services (chargemaster service
    /// type 98, or an E/M code 99xxx) are the rendering provider's; the rest (imaging, lab, supplies) the
    /// facility's. Billing posts every line under a rendering provider, so without this an MRI estimated
    /// under the facility would be compared with the physician's estimate. Without a chargemaster the
    /// code alone decides; without a facility every line is the rendering provider's.
    func biller(of charge: CounselingStore.BilledCharge) -> NationalProviderID {
        guard let facility = site.facility else { return charge.renderingProvider }
        let serviceType = chargemaster.flatMap { try? $0.item(charge.code).serviceType }
        return serviceType == "98" || charge.code.hasPrefix("99") ? charge.renderingProvider : facility.npi
    }

    /// Each provider's billed total on the visit.
    func billed(_ visit: CounselingStore.GoodFaithVisit) -> [NationalProviderID: Money] {
        visit.charges.reduce(into: [:]) { totals, charge in totals[biller(of: charge), default: .zero] += charge.amount }
    }

    /// The provider's name as the site lists it (the facility for the facility's NPI).
    func providerName(_ npi: NationalProviderID) -> String {
        if let provider = site.providers[npi] { return provider.name }
        if let facility = site.facility, facility.npi == npi { return facility.name }
        return "provider \(npi)"
    }

    /// Each provider's billed total against its estimated total, ordered by NPI.
    func comparisons(_ visit: CounselingStore.GoodFaithVisit) -> [EstimateComparison] {
        func lines(_ totals: [NationalProviderID: Money]) -> [ProviderCharge] {
            totals.map { ProviderCharge(npi: $0.key, providerName: providerName($0.key), amount: $0.value) }
        }
        return EstimateDispute.compare(estimate: lines(visit.estimated), billed: lines(billed(visit)), rule: rule)
    }

    /// The date the dispute window counts from for `provider`: the day its bill was flagged, else `day`.
    func billDate(of provider: NationalProviderID, in visit: CounselingStore.GoodFaithVisit, filingOn day: CalendarDate) -> CalendarDate {
        visit.flags[provider]?.flaggedOn ?? day
    }

    /// The providers whose bill is now at least the threshold above the estimate and was not flagged
    /// yet, each with the counselor's task and the patient's notice.
    func newFlags(_ visit: CounselingStore.GoodFaithVisit, on day: CalendarDate, by actor: ActingUser) -> [CounselingStore.NewFlag] {
        let lastDay = rule.lastDayToDispute(billedOn: day)
        let facility = site.facility?.name ?? site.name
        return comparisons(visit).filter { $0.isSubstantiallyInExcess && visit.flags[$0.npi] == nil }.map { comparison in
            let title = "Bill \(comparison.excess) above the good-faith estimate for \(comparison.providerName) (NPI \(comparison.npi)) on "
                + "\(visit.account): the patient may dispute until \(lastDay)"
            let task = WorkItem(
                kind: "counseling.gfe-excess", title: String(title.prefix(200)),
                detail: "\(comparison.summary). Good-faith estimate \(visit.estimate) for \(visit.appointment), issued \(visit.issuedOn). "
                    + "The patient was sent a notice of the right to dispute; a dispute filed by \(lastDay) holds collection of the visit "
                    + "(revcycle counseling dispute file --account \(visit.account) --provider \(comparison.npi)).",
                role: .counseling, priority: .high, dueDate: lastDay, links: WorkItem.Links(patient: visit.patient, account: visit.account),
                createdBy: actor.user, createdAt: actor.at)
            let notice = "About your visit on \(visit.serviceDate) (account \(visit.account)): "
                + comparison.patientNotice(lastDayToFile: lastDay)
                + " To start a dispute or ask about it, call \(facility)."
            return CounselingStore.NewFlag(provider: comparison.npi, estimated: comparison.estimated, billed: comparison.billed, task: task,
                                           notice: notice)
        }
    }
}
