extension Duration {
    /// The duration in seconds as a floating-point number: for timing figures (benchmarks), never for
    /// business time or money.
    public var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
