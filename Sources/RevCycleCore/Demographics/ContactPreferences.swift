/// Which channels a person allows RevCycle staff and letters to use, and their consent to texts.
///
/// Text messages count as calls under the TCPA, so `text` is allowed only with explicit prior
/// consent (``textConsent``). Regulation F asks that "do not contact" be honoured per
/// channel, so each channel is recorded on its own.
public struct ContactPreferences: Sendable, Hashable, Codable {
    /// The channels the person allows.
    public var allowed: Set<ContactChannel>
    /// The day the person gave explicit consent to text messages, if they did.
    public var textConsent: CalendarDate?

    /// - Throws: `invalidInput` when text is allowed without a consent date.
    public init(allowed: Set<ContactChannel>, textConsent: CalendarDate?) throws {
        if allowed.contains(.text), textConsent == nil {
            throw RevCycleError(.invalidInput,
                                "Text messages need the patient's explicit consent (TCPA); record it (--text-consent) before allowing text.",
                                at: "--contact")
        }
        self.allowed = allowed
        self.textConsent = textConsent
    }

    public func allows(_ channel: ContactChannel) -> Bool { allowed.contains(channel) }
}
