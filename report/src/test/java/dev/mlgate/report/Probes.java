package dev.mlgate.report;

/** Expressions evaluated in a rendered report.html that list what a reader would find broken (empty: none). */
final class Probes {

    /** Elements sticking out past the window's right edge. */
    static final String OVERFLOWING = "[...document.querySelectorAll('main > *, section > *')]"
            + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName + '#' + e.id)";

    /** Texts of a chart reaching beyond its drawing, where they would be cut off. */
    static final String CLIPPED = """
            [...document.querySelectorAll('svg.chart')].flatMap(svg => {
              const frame = svg.getBoundingClientRect();
              return [...svg.querySelectorAll('text')].filter(t => {
                const b = t.getBoundingClientRect();
                return b.left < frame.left - 0.5 || b.right > frame.right + 0.5 || b.top < frame.top - 0.5
                    || b.bottom > frame.bottom + 0.5;
              }).map(t => svg.getAttribute('class') + ': ' + t.textContent);
            })""";

    /** Pairs of an axis title and a tick label (or legend) of one chart whose boxes intersect. */
    static final String OVERLAPS = """
            [...document.querySelectorAll('svg.chart')].flatMap(svg => {
              const box = e => e.getBoundingClientRect();
              const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
              const titles = [...svg.querySelectorAll('.axis-title')];
              const others = [...svg.querySelectorAll('.tick, .legend, .requirement')];
              return titles.flatMap(t => others.filter(o => hit(box(t), box(o)))
                  .map(o => svg.getAttribute('class') + ': ' + t.textContent + ' / ' + o.textContent));
            })""";

    private Probes() {
    }
}
