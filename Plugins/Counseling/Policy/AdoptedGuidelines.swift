import RevCycleCore

/// The poverty-guideline years a site has adopted, each on the site's own date.
///
/// HHS publishes each year's guidelines in January, but a hospital's financial-assistance policy
/// switches to them when its board or policy says so, often weeks later. Between HHS's date and the
/// site's date, determinations still use the previous year. The table in force on a date is the one
/// adopted most recently on or before it.
///
/// ```swift
/// let adopted = try AdoptedGuidelines([
///     .init(year: 2025, adoptedOn: try CalendarDate(parsing: "2025-02-01")),
///     .init(year: 2026, adoptedOn: try CalendarDate(parsing: "2026-03-01")),
/// ])
/// try adopted.adoption(on: try CalendarDate(parsing: "2026-02-15")).year   // 2025
/// ```
struct AdoptedGuidelines: Sendable, Hashable {
    /// One adoption: from `adoptedOn` the site measures income against `year`'s guidelines.
    struct Adoption: Sendable, Hashable, Codable {
        let year: Int
        let adoptedOn: CalendarDate
    }

    /// The adoptions in date order.
    let adoptions: [Adoption]

    /// - Throws: `configuration` when the list is empty, two adoptions fall on one day, or a later
    ///   adoption goes back to an older year (a policy moves forward through the HHS years).
    init(_ adoptions: [Adoption]) throws {
        let ordered = adoptions.sorted { $0.adoptedOn < $1.adoptedOn }
        guard !ordered.isEmpty else {
            throw RevCycleError(
                .configuration, "The site has adopted no poverty-guideline year.",
                remedy: "Record the guideline year the site's policy uses and the date it adopted it.")
        }
        for (earlier, later) in zip(ordered, ordered.dropFirst()) {
            guard earlier.adoptedOn != later.adoptedOn else {
                throw RevCycleError(
                    .configuration,
                    "The \(earlier.year) and \(later.year) poverty guidelines are both adopted on \(later.adoptedOn); one date can hold one adoption.")
            }
            guard later.year > earlier.year else {
                throw RevCycleError(
                    .configuration,
                    "The \(later.year) poverty guidelines are adopted on \(later.adoptedOn), after the \(earlier.year) guidelines (adopted \(earlier.adoptedOn)); adoptions must move to newer years.")
            }
        }
        self.adoptions = ordered
    }

    /// The adoption in force on `date`: the latest one adopted on or before it.
    ///
    /// - Throws: `configuration` when `date` is before the site's first adoption.
    func adoption(on date: CalendarDate) throws -> Adoption {
        guard let adoption = adoptions.last(where: { $0.adoptedOn <= date }) else {
            let first = adoptions[0]
            throw RevCycleError(
                .configuration,
                "No poverty guidelines were in force for this site on \(date): its first adoption is the \(first.year) guidelines on \(first.adoptedOn).",
                remedy: "Record the guideline year the site used on \(date), or check the date.")
        }
        return adoption
    }

    /// Problems with these adoptions against a catalog: an unknown year, or a year adopted before
    /// HHS made it effective. Empty when all is well.
    func problems(against catalog: PovertyGuidelines) -> [String] {
        adoptions.compactMap { adoption in
            guard let published = catalog.years[adoption.year] else {
                return "The \(adoption.year) poverty guidelines are adopted on \(adoption.adoptedOn) but are not on file."
            }
            guard adoption.adoptedOn >= published.effectiveOn else {
                return "The \(adoption.year) poverty guidelines are adopted on \(adoption.adoptedOn), before HHS made them effective on \(published.effectiveOn)."
            }
            return nil
        }
    }
}
