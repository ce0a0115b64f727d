extension DashboardHTML {
    /// A light page of white cards; KPI values large with tabular figures; charts scale to their
    /// card; money right-aligned. Printed: Letter landscape, two charts to a row, cards kept whole.
    ///
    /// `svg title, svg desc` are declared `display: none`, which is what browsers already do with
    /// them: it keeps a layout check from counting tooltip text as text that failed to show.
    static let stylesheet = """
        @page { size: letter landscape; margin: 0.4in; }
        * { box-sizing: border-box; }
        html { background: #eef1f4; }
        body { margin: 0; font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 14px; line-height: 1.4; color: #1a1a1a; }
        h1, h2, h3, p, ul, dl, dd, figure { margin: 0; }
        .dashboard { max-width: 1400px; margin: 0 auto; padding: 20px 24px 32px; display: flex; flex-direction: column; gap: 22px; }
        .top { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-end; gap: 12px 32px; border-bottom: 3px solid #1f4e79; padding-bottom: 10px; }
        .heading { min-width: 0; overflow-wrap: anywhere; }
        .kicker { font-size: 13px; font-weight: bold; letter-spacing: 0.06em; text-transform: uppercase; color: #1f4e79; }
        h1 { font-size: 26px; line-height: 1.2; }
        .meta { display: flex; flex-wrap: wrap; gap: 4px 28px; }
        .meta dt { font-size: 12px; color: #4a525b; }
        .meta dd { font-weight: bold; overflow-wrap: anywhere; }
        h2 { font-size: 17px; color: #1f4e79; margin-bottom: 10px; }
        .kpi-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(245px, 1fr)); gap: 14px; }
        .kpi { background: #fff; border: 1px solid #cfd6de; border-left: 6px solid #8c96a0; border-radius: 6px; padding: 12px 14px; display: flex; flex-direction: column; gap: 6px; min-width: 0; }
        .kpi-good { border-left-color: #009e73; }
        .kpi-watch { border-left-color: #e69f00; }
        .kpi-concern { border-left-color: #d55e00; }
        .kpi-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; }
        .kpi h3 { font-size: 14px; min-width: 0; overflow-wrap: anywhere; }
        .status { flex: none; font-size: 12px; font-weight: bold; border-radius: 10px; padding: 1px 8px; white-space: nowrap; }
        .status-good { background: #e3f4ec; color: #0b5d3b; }
        .status-watch { background: #fdf1d6; color: #7a4a00; }
        .status-concern { background: #fbe6dc; color: #9a3300; }
        .kpi-value { font-size: 25px; font-weight: bold; line-height: 1.15; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
        .kpi-value.long { font-size: 21px; }
        .kpi-value.longer { font-size: 18px; }
        .kpi-formula { font-size: 12px; color: #4a525b; overflow-wrap: anywhere; }
        .spark svg { display: block; width: 100%; height: auto; }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 540px), 1fr)); gap: 18px; align-items: start; }
        .card { background: #fff; border: 1px solid #cfd6de; border-radius: 6px; padding: 14px 12px; min-width: 0; }
        .card svg { display: block; width: 100%; height: auto; }
        .card .chart-frame { stroke: none; }
        svg title, svg desc { display: none; }
        table { border-collapse: collapse; width: 100%; }
        .figures th, .figures td { padding: 4px 8px; text-align: left; vertical-align: top; border-bottom: 1px solid #e1e5ea; }
        .figures thead th { background: #e8eef5; font-size: 12px; }
        .figures tfoot th, .figures tfoot td { border-top: 2px solid #1a1a1a; border-bottom: none; font-weight: bold; }
        .figures td { overflow-wrap: anywhere; }
        .figures .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .figures .total { font-weight: bold; }
        .figures .code { white-space: nowrap; font-weight: bold; }
        .figures.denials td, .figures.denials th { font-size: 13px; }
        .empty { color: #4a525b; font-style: italic; }
        .notes ul { padding-left: 20px; }
        .notes li + li { margin-top: 4px; }
        .page-foot { font-size: 12px; color: #4a525b; border-top: 1px solid #cfd6de; padding-top: 8px; }
        .figures thead th.num { white-space: normal; }
        @media (max-width: 1000px) {
            .dashboard { padding: 14px 12px 24px; }
            .card { padding: 12px 8px; }
            .figures th, .figures td { padding: 3px 4px; font-size: 11.5px; }
        }
        @media print {
            html { background: none; }
            body { font-size: 10pt; }
            .dashboard { max-width: none; padding: 0; gap: 12px; }
            .kpi-grid { grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 8px; }
            .charts { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 10px; break-before: page; }
            .kpi, .card, .notes, tr { break-inside: avoid; }
            .figures th, .figures td { padding: 2px 5px; font-size: 8.5pt; }
            .figures.denials td, .figures.denials th { font-size: 8pt; }
            .wide { break-before: page; }
            h2 { break-after: avoid; }
            * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
