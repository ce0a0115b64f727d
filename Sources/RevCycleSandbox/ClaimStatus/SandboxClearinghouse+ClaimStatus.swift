import X12

extension SandboxClearinghouse {
    /// The inbox file answering one 276 interchange named `name`: `<name>.277` (`.276` replaced), one
    /// 277 interchange per 276 transaction set, each claim answered from the payer's adjudicated claims
    /// (see ``SandboxClaimStatus``).
    func answerStatusInquiries(_ interchange: X12Interchange, named name: String, on date: X12Date, time: String) throws
        -> (name: String, text: String)
    {
        let inquiries = try ClaimStatusInquiry.inquiries(in: interchange)
        let firstReference = try payer.reserve(inquiries.count, of: "status")
        let status = SandboxClaimStatus(payer: payer)
        var numbers = try payer.reserveControlNumbers(inquiries.count)
        let envelope = X12Envelope(
            senderQualifier: interchange.receiverQualifier, senderID: interchange.receiverID,
            receiverQualifier: interchange.senderQualifier, receiverID: interchange.senderID, date: date, time: time,
            usage: interchange.usage ?? .production)
        var text = ""
        for (offset, inquiry) in inquiries.enumerated() {
            let reference = "CS" + String(zeroPadded: firstReference + offset + 1, width: 9)
            let response = try status.answer(inquiry, on: date, time: time, reference: reference)
            text += try X12Writer(lineBreaks: true).text(for: response.makeInterchange(envelope: envelope, controlNumbers: &numbers))
        }
        let base = name.hasSuffix(".276") ? String(name.dropLast(4)) : name
        return (base + ".277", text)
    }
}
