/// Reads the 835s of an interchange one claim at a time, from a file read in fixed-size pieces, so that
/// memory stays bounded however many claims the file holds.
///
/// For each transaction set, ``next()`` hands out, in order: ``Event/payment(_:)`` (the header: BPR,
/// TRN, payer, payee, dates — a ``RemittanceAdvice`` whose `claims` and `providerAdjustments` are
/// empty), one ``Event/claim(_:)`` per claim, ``Event/providerAdjustments(_:)`` (the PLB pairs, perhaps
/// none), then ``Event/endOfPayment``. After the last set it returns `nil`. Only the claim being read
/// is kept, plus at most one piece of the file.
///
/// It checks what ``X12Interchange/init(parsing:)-(String)`` and ``RemittanceAdvice/advices(in:)``
/// check and throws the same ``X12Error`` (code, segment ordinal, byte offset, message). An error in
/// the envelope (a wrong SE01, a missing IEA) wins over an error in an 835, as it does when the whole
/// file is parsed: when an 835 rule fails, the stream reads on to the end of the file, checking only
/// the envelope, before it throws.
///
/// > Important: Errors are found where they are, so claims before an error have been handed out by
/// > the time it is thrown. Post them in one database transaction and roll back when `next()` throws.
///
/// ```swift
/// var stream = try RemittanceStream(contentsOf: "/inbox/era.835")
/// var balance = RemittanceBalanceCheck()
/// var payment: RemittanceAdvice?
/// while let event = try stream.next() {
///     switch event {
///     case .payment(let header): payment = header; balance = RemittanceBalanceCheck()
///     case .claim(let claim): balance.add(claim); try store.post(claim, of: payment!)
///     case .providerAdjustments(let adjustments): balance.add(adjustments)
///     case .endOfPayment: let problems = balance.finish(for: payment!) // report them
///     }
/// }
/// ```
public struct RemittanceStream {
    /// One step of reading an 835.
    public enum Event {
        /// The start of a transaction set: everything but `claims` and `providerAdjustments`.
        case payment(RemittanceAdvice)
        /// The next claim of the set.
        case claim(RemittanceClaim)
        /// The set's PLB pairs, after its last claim; empty when there are none.
        case providerAdjustments([ProviderAdjustment])
        /// The end of the set (its SE).
        case endOfPayment
    }

    private var reader: X12Reader
    private let file: FileChunkReader?
    private let isa: X12Segment
    private var envelope: X12EnvelopeChecker
    private var set: RemittanceSetReader?
    private var hasSentPayment = false
    private var setCount = 0
    private var events: [Event] = []
    private var isAtEnd = false
    private var failure: X12Error?

    /// Opens an 835 file, to read it `chunkSize` bytes at a time.
    ///
    /// - Throws: ``X12Error`` when the file cannot be read or its ISA header is not valid.
    public init(contentsOf path: String, chunkSize: Int = 1 << 20) throws(X12Error) {
        let file = try FileChunkReader(path: path, chunkSize: chunkSize)
        var prefix: [UInt8] = []
        var isComplete = false
        while !Self.holdsHeader(prefix) {
            guard let chunk = try file.next() else {
                isComplete = true
                break
            }
            prefix += chunk
        }
        try self.init(reader: X12Reader(bytes: prefix, isComplete: isComplete), file: isComplete ? nil : file)
    }

    /// Reads an 835 interchange held in memory, exactly as a file would be read.
    ///
    /// - Throws: ``X12Error`` when the input is empty or its ISA header is not valid.
    public init(bytes: [UInt8]) throws(X12Error) {
        try self.init(reader: X12Reader(bytes: bytes), file: nil)
    }

    private init(reader: X12Reader, file: FileChunkReader?) throws(X12Error) {
        var reader = reader
        guard let isa = try Self.nextSegment(&reader, file) else {
            throw X12Error(.emptyInput, "the input is empty; expected an X12 interchange starting with ISA")
        }
        try X12Interchange.checkHeader(isa)
        self.reader = reader
        self.file = file
        self.isa = isa
        self.envelope = X12EnvelopeChecker(isa: isa)
    }

    /// The next event, or `nil` after the last transaction set.
    ///
    /// - Throws: ``X12Error`` as ``X12Interchange/init(parsing:)-(String)`` and
    ///   ``RemittanceAdvice/advices(in:)`` would; after a throw, every call throws the same error.
    public mutating func next() throws(X12Error) -> Event? {
        if let failure { throw failure }
        do {
            while events.isEmpty {
                if isAtEnd { return nil }
                try readSegment()
            }
        } catch {
            failure = error
            throw error
        }
        return events.removeFirst()
    }

    // MARK: - Reading

    /// Reads one segment, checks it against the envelope, and feeds it to the open 835.
    private mutating func readSegment() throws(X12Error) {
        guard let segment = try Self.nextSegment(&reader, file) else {
            try envelope.finish()
            isAtEnd = true
            guard setCount > 0 else {
                throw X12Error(
                    .missingSegment, "the interchange holds no transaction set; expected at least one 835",
                    at: isa.location())
            }
            return
        }
        let role = try envelope.accept(segment)
        do {
            try read(segment, as: role)
        } catch {
            throw try envelopeError(after: error)
        }
    }

    /// Applies the 835 rules to a segment whose place in the envelope is `role`.
    private mutating func read(_ segment: X12Segment, as role: X12EnvelopeChecker.Role) throws(X12Error) {
        switch role {
        case .groupHeader:
            guard segment[1] == RemittanceAdvice.functionalIdentifier else {
                throw X12Error(
                    .unexpectedTransaction,
                    "GS01 is \(X12Error.quote(segment[1])); expected \(RemittanceAdvice.functionalIdentifier) for 835 transactions",
                    at: segment.location(element: 1))
            }
        case .setHeader:
            set = try RemittanceSetReader(header: segment)
            setCount += 1
            hasSentPayment = false
        case .setBody:
            let claim = try set?.read(segment)
            sendPaymentWhenRead()
            if let claim { events.append(.claim(claim)) }
        case .setTrailer:
            let claim = try set?.finish()
            sendPaymentWhenRead()
            if let claim { events.append(.claim(claim)) }
            events.append(.providerAdjustments(set?.providerAdjustments ?? []))
            events.append(.endOfPayment)
            set = nil
        case .acknowledgment, .groupTrailer, .interchangeTrailer:
            break
        }
    }

    /// Queues the set's header the first time it is complete.
    private mutating func sendPaymentWhenRead() {
        guard !hasSentPayment, let header = set?.header else { return }
        events.append(.payment(header))
        hasSentPayment = true
    }

    /// The first envelope error in the rest of the input, or `error` when the envelope is sound: the
    /// whole-file parser checks the envelope before any 835 rule.
    private mutating func envelopeError(after error: X12Error) throws(X12Error) -> X12Error {
        while let segment = try Self.nextSegment(&reader, file) { _ = try envelope.accept(segment) }
        try envelope.finish()
        return error
    }

    /// The next segment, reading more of the file when the bytes in hand end inside one.
    private static func nextSegment(_ reader: inout X12Reader, _ file: FileChunkReader?) throws(X12Error) -> X12Segment? {
        while true {
            switch try reader.nextSegment() {
            case .segment(let segment): return segment
            case .end: return nil
            case .needsInput:
                if let chunk = try file?.next() { reader.append(chunk) } else { reader.finishInput() }
            }
        }
    }

    /// Whether `prefix` holds enough of a file to detect its delimiters as from the whole file: the
    /// ISA and a margin past it (its fields are measured up to 40 bytes beyond their width).
    private static func holdsHeader(_ prefix: [UInt8]) -> Bool {
        var start = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < prefix.count, prefix[start].isX12Whitespace { start += 1 }
        return start < prefix.count && prefix.count >= start + ISALayout.length + 64
    }
}
