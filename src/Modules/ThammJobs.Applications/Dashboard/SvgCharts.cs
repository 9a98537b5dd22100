using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace ThammJobs.Applications.Dashboard;

/// <summary>
/// Charts drawn on the server as inline SVG: no script, readable without colour (values are written beside the
/// bars), a &lt;title&gt; and &lt;desc&gt; for screen readers (the page adds a data table too).
/// Right-to-left: in Arabic the whole drawing is mirrored — labels on the right, bars growing leftwards, and time
/// running from right (oldest) to left (newest), the reading direction of the page. Numbers stay in Western digits
/// and left-to-right, as the rest of the Arabic site writes them.
/// </summary>
public static class SvgCharts
{
    /// <summary>Width of the time chart's drawing; bar charts are narrower, so their text stays legible in half a page.</summary>
    public const int Width = 720;

    public const int BarsWidth = 520;

    public sealed record Bar(string Label, int Value, string? Note = null);

    /// <summary>Horizontal bars, one per row: label, bar, value (and note, e.g. a share).</summary>
    public static IHtmlContent HorizontalBars(string id, string title, string description, IReadOnlyList<Bar> bars, bool rtl)
    {
        const int row = 28, top = 8, labelWidth = 175, valueWidth = 95, Width = BarsWidth;
        var height = top * 2 + (bars.Count * row);
        var plot = Width - labelWidth - valueWidth;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var svg = Start(id, title, description, Width, height, rtl);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = top + (i * row);
            var length = bar.Value == 0 ? 0 : Math.Max(2, plot * bar.Value / (double)max);
            var barX = rtl ? Width - labelWidth - length : labelWidth;
            Text(svg, rtl ? Width - labelWidth + 10 : labelWidth - 10, y + 18, bar.Label, rtl ? Align.Left : Align.Right, rtl, "label");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{barX:0.#}\" y=\"{y + 5}\" width=\"{length:0.#}\" height=\"{row - 10}\"><title>{Encode(bar.Label)} : {bar.Value}</title></rect>");
            var valueText = bar.Note is null ? bar.Value.ToString(CultureInfo.InvariantCulture) : $"{bar.Value} ({bar.Note})";
            Text(svg, rtl ? barX - 6 : barX + length + 6, y + 18, valueText, rtl ? Align.Right : Align.Left, rtl: false, "value");
        }

        return End(svg);
    }

    /// <summary>One bar per day over a period; a few date labels spaced so they never overlap.</summary>
    public static IHtmlContent BarsOverTime(string id, string title, string description, IReadOnlyList<(string Label, string Long, int Value)> days, bool rtl)
    {
        const int height = 230, top = 12, bottom = 44, axis = 40;
        var plotHeight = height - top - bottom;
        var plotWidth = Width - axis - 12;
        var max = NiceMax(days.Count == 0 ? 1 : days.Max(d => d.Value));
        var slot = plotWidth / (double)Math.Max(1, days.Count);
        var svg = Start(id, title, description, Width, height, rtl);

        // Horizontal grid at 0, half and the top, labelled on the axis side (left in French, right in Arabic).
        foreach (var value in new[] { 0, max / 2, max }.Distinct())
        {
            var y = top + plotHeight - (plotHeight * value / (double)max);
            var x1 = rtl ? 12 : axis;
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{x1}\" x2=\"{x1 + plotWidth}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" />");
            Text(svg, rtl ? Width - axis + 6 : axis - 6, y + 4, value.ToString(CultureInfo.InvariantCulture), rtl ? Align.Left : Align.Right, rtl: false, "value");
        }

        // About one date label per 80 pixels.
        var every = Math.Max(1, (int)Math.Ceiling(days.Count / (plotWidth / 80.0)));
        for (var i = 0; i < days.Count; i++)
        {
            var (label, longLabel, value) = days[i];
            var left = rtl ? 12 + plotWidth - ((i + 1) * slot) : axis + (i * slot);
            var barHeight = plotHeight * value / (double)max;
            var gap = slot > 6 ? slot * 0.15 : 0.5;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"bar\" x=\"{left + gap:0.##}\" y=\"{top + plotHeight - barHeight:0.##}\" width=\"{Math.Max(0.5, slot - (2 * gap)):0.##}\" height=\"{barHeight:0.##}\"><title>{Encode(longLabel)} : {value}</title></rect>");
            if (i % every == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line class=\"tick\" x1=\"{left + (slot / 2):0.#}\" x2=\"{left + (slot / 2):0.#}\" y1=\"{top + plotHeight}\" y2=\"{top + plotHeight + 5}\" />");
                Text(svg, left + (slot / 2), top + plotHeight + 20, label, Align.Center, rtl, "label");
            }
        }

        return End(svg);
    }

    /// <summary>A round axis maximum (2, 4, 6, 8, 10, 20, 30, 40, 50, 60, 80, 100, 200…): at least the largest value, even so the half line is a whole number.</summary>
    public static int NiceMax(int value)
    {
        for (var step = 1; ; step *= 10)
        {
            foreach (var factor in new[] { 2, 3, 4, 5, 6, 8, 10 })
            {
                if (step * factor >= value && (step * factor) % 2 == 0)
                {
                    return step * factor;
                }
            }
        }
    }

    private enum Align
    {
        Left,
        Right,
        Center,
    }

    private static StringBuilder Start(string id, string title, string description, int width, int height, bool rtl)
    {
        var svg = new StringBuilder();
        // The drawing's own direction is left-to-right: positions are computed here, mirrored for Arabic, and
        // each text says its own direction.
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" direction=\"ltr\" data-rtl=\"{(rtl ? "true" : "false")}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>");
        return svg;
    }

    private static HtmlString End(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    // With direction rtl, "start" is the right end of the text: anchors are chosen so that Left/Right mean the
    // same place on the drawing whatever the text's direction.
    private static void Text(StringBuilder svg, double x, double y, string text, Align align, bool rtl, string cssClass)
    {
        var anchor = align switch
        {
            Align.Center => "middle",
            Align.Left => rtl ? "end" : "start",
            _ => rtl ? "start" : "end",
        };
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"{cssClass}\" x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\" direction=\"{(rtl ? "rtl" : "ltr")}\" unicode-bidi=\"embed\">{Encode(text)}</text>");
    }

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
}
