using System.Text;
using Kyodo.Rendering;

namespace Kyodo.Tests.Rendering;

public sealed class HtmlSpacingTests
{
    [Theory]
    [InlineData("<dl><dt>Measure</dt><dd>1. Developing</dd><dt>Department</dt><dd>Lifelong</dd></dl>",
        "<dl><dt>Measure</dt>\n<dd>1. Developing</dd>\n<dt>Department</dt>\n<dd>Lifelong</dd></dl>")]
    [InlineData("<tr><th scope=\"row\">FY2020</th><td class=\"num\">70.8</td><td>note</td></tr>",
        "<tr><th scope=\"row\">FY2020</th>\n<td class=\"num\">70.8</td>\n<td>note</td></tr>")]
    [InlineData("<table><caption>Figures of the project</caption><thead><tr><th>Figure</th></tr></thead></table>",
        "<table><caption>Figures of the project</caption>\n<thead><tr><th>Figure</th></tr></thead></table>")]
    [InlineData("<li>a</li><li>b</li><p>x</p><p>y</p><dd>z</dd><div>w</div>", "<li>a</li><li>b</li><p>x</p><p>y</p><dd>z</dd><div>w</div>")]
    [InlineData("<td>a</td><tdx>b</tdx><dd>c</dd><dtitle>", "<td>a</td><tdx>b</tdx><dd>c</dd><dtitle>")]
    public void SeparateCells_BreaksOnlyBetweenAdjacentCells(string html, string expected)
    {
        var result = Encoding.UTF8.GetString(HtmlSpacing.SeparateCells(Encoding.UTF8.GetBytes(html)));

        Assert.Equal(expected, result);
    }
}
