package followup.report;

/**
 * The page's one style sheet, inline: light and dark colour schemes through
 * {@code prefers-color-scheme}, a layout that narrows to a phone without scrolling sideways, and
 * print rules that fit A4 and Letter in black on white. Colours always sit beside a text label.
 */
final class Css {

    private Css() {
    }

    static final String STYLE = """
            :root {
              color-scheme: light dark;
              --bg: #ffffff; --fg: #1d232b; --muted: #5b6470; --line: #d5dae0; --panel: #f5f7f9;
              --stage: #4a6fa5; --accepted: #1f7a3d; --declined: #6b7d5a; --deciding: #b07d00;
              --talking: #2f6fb3; --no-answer: #8a939e; --quiet: #c2530a; --rejected: #b3261e;
              --withdrawn: #7a5a99; --closed: #5f6670; --attention: #c2530a; --today: #b3261e;
            }
            @media (prefers-color-scheme: dark) {
              :root {
                --bg: #15191e; --fg: #e6e9ed; --muted: #a3acb7; --line: #38404a; --panel: #1e242b;
                --stage: #7f9fd0; --accepted: #5cc27f; --declined: #a5b58f; --deciding: #e0b43a;
                --talking: #6fa8e6; --no-answer: #9aa3ad; --quiet: #f08a43; --rejected: #ef6f66;
                --withdrawn: #b79ad6; --closed: #9aa1aa; --attention: #f08a43; --today: #ef6f66;
              }
            }
            * { box-sizing: border-box; }
            html { background: var(--bg); color: var(--fg); }
            body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
            main { max-width: 70rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
            h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
            h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
            p, li { overflow-wrap: anywhere; }
            .lede { color: var(--muted); margin: 0; }
            .muted { color: var(--muted); }
            svg { display: block; width: 100%; height: auto; }
            svg text { fill: var(--fg); font-family: inherit; }
            .flow text { font-size: 15px; }
            .flow .node { fill: var(--fg); }
            .band { fill-opacity: .45; }
            .to-stage { fill: var(--stage); }
            .accepted { fill: var(--accepted); } .declined { fill: var(--declined); }
            .deciding { fill: var(--deciding); } .talking { fill: var(--talking); }
            .no-answer { fill: var(--no-answer); } .quiet { fill: var(--quiet); }
            .rejected { fill: var(--rejected); } .withdrawn { fill: var(--withdrawn); }
            .closed { fill: var(--closed); }
            .halo { paint-order: stroke; stroke: var(--bg); stroke-width: 4px; stroke-linejoin: round; }
            .attention-list { padding-left: 1.2rem; }
            .attention-list li { margin: .2rem 0; }
            .badge { display: inline-block; font-size: .78rem; font-weight: 600; padding: 0 .4rem; border-radius: .6rem;
              border: 1px solid currentColor; white-space: nowrap; }
            .badge.attention { color: var(--attention); }
            .badge.ended { color: var(--muted); }
            .legend { display: flex; flex-wrap: wrap; gap: .25rem 1.1rem; margin: .25rem 0 .75rem; padding: 0;
              list-style: none; font-size: .85rem; color: var(--muted); }
            .legend svg { display: inline-block; width: 1.2em; height: 1.7em; vertical-align: -.2em; margin-right: .3em; }
            .rows { list-style: none; margin: 0; padding: 0; }
            .row { display: grid; grid-template-columns: minmax(11rem, 17rem) minmax(0, 1fr); gap: .25rem 1rem;
              align-items: center; padding: .4rem .25rem; border-top: 1px solid var(--line); break-inside: avoid; }
            .row.axis { border-top: 0; padding-bottom: 0; }
            .row.needs { background: var(--panel); box-shadow: inset 4px 0 0 var(--attention); }
            .who { min-width: 0; font-size: .9rem; }
            .who .company { font-weight: 700; }
            .who .next { color: var(--muted); }
            .who .next.due { color: var(--attention); font-weight: 600; }
            .track .span { stroke: var(--line); stroke-width: 2; }
            .track .silence { stroke: var(--quiet); stroke-width: 3; stroke-dasharray: 4 3; }
            .track .today, .axis .today { stroke: var(--today); stroke-width: 1.5; stroke-dasharray: 3 3; }
            .axis text { font-size: 11px; fill: var(--muted); }
            .axis text.today-label { fill: var(--today); font-weight: 700; }
            .axis .tick { stroke: var(--line); }
            .m-applied { fill: none; stroke: var(--fg); stroke-width: 1.5; }
            .m-interview { fill: var(--stage); }
            .m-booked { fill: var(--bg); stroke: var(--stage); stroke-width: 2; }
            .m-sent { fill: var(--accepted); }
            .m-answer { fill: var(--talking); }
            .m-outcome { stroke: var(--fg); stroke-width: 1; }
            .m-next { fill: var(--bg); stroke: var(--attention); stroke-width: 2; }
            .m-next.upcoming { stroke: var(--muted); }
            .m-outcome.offer, .m-outcome.accepted { fill: var(--accepted); }
            .m-outcome.rejected { fill: var(--rejected); }
            .m-outcome.declined, .m-outcome.withdrew, .m-outcome.closed { fill: var(--closed); }
            .habits { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .75rem; }
            .habit { background: var(--panel); border: 1px solid var(--line); border-radius: .4rem; padding: .6rem .8rem; }
            .habit h3 { font-size: .95rem; margin: 0 0 .2rem; }
            .habit .figure { font-size: 1.35rem; font-weight: 700; }
            .habit p { margin: .15rem 0; font-size: .9rem; }
            .meter { height: .5rem; background: var(--line); border-radius: .25rem; overflow: hidden; margin: .3rem 0; }
            .meter span { display: block; height: 100%; background: var(--accepted); }
            .table-wrap { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: .9rem; margin-top: .75rem; }
            th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
            th { color: var(--muted); font-weight: 600; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            footer { margin-top: 2.5rem; font-size: .8rem; color: var(--muted); }
            @media (max-width: 60rem) {
              .row { grid-template-columns: minmax(0, 1fr); }
              .row.axis .who { display: none; }
            }
            @media print {
              :root {
                --bg: #ffffff; --fg: #000000; --muted: #444b55; --line: #c8cdd3; --panel: #f3f4f6;
              }
              @page { margin: 12mm; }
              html { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
              .row { grid-template-columns: 13rem minmax(0, 1fr); }
              .row.axis .who { display: block; }
              body { font-size: 10.5pt; }
              main { max-width: none; padding: 0; }
              h2 { break-after: avoid; }
              section.flow-section, .habit, .row { break-inside: avoid; }
              .table-wrap { overflow: visible; }
            }
            """;
}
