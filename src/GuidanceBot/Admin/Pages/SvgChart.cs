using System.Globalization;
using System.Text;

namespace GuidanceBot.Admin.Pages;

/// <summary>Simple bar charts drawn on the server as SVG: no script, no CDN, readable without JavaScript.</summary>
public static class SvgChart
{
    public static string Bars(IReadOnlyList<(string Label, int Value)> bars, string title)
    {
        if (bars.Count == 0)
        {
            return "<p class=\"muted\">No data in this period.</p>";
        }

        const int BarHeight = 22;
        const int LabelWidth = 170;
        const int Width = 640;
        var max = Math.Max(1, bars.Max(bar => bar.Value));
        var svg = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"<svg role=\"img\" aria-label=\"{AdminPage.Encode(title)}\" width=\"{Width}\" height=\"{bars.Count * BarHeight + 4}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var length = (int)Math.Round((Width - LabelWidth - 50) * (double)value / max);
            var y = i * BarHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\" font-size=\"12\">{AdminPage.Encode(label)}</text>")
               .Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{length}\" height=\"{BarHeight - 6}\"></rect>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 4}\" y=\"{y + 15}\" font-size=\"12\">{value}</text>");
        }

        return svg.Append("</svg>").ToString();
    }
}
