using System.Text;
using Kyodo.Rendering;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Rendering;

public sealed class CssMinifierTests
{
    [Fact]
    public void Minify_DropsCommentsAndSpareSpace_KeepsStringsCalcAndCombinators()
    {
        const string css = """
            /* why this rule exists */
            .breadcrumbs li + li::before {
              content: " ›  /* not a comment */ ";
              margin: 0 0.5rem;
            }
            @media (max-width: 40rem) and (min-width: 20rem) {
              .a > .b, .c :focus { width: calc(100% - 2 * 1rem); }
            }
            """;

        var minified = CssMinifier.Minify(css);

        Assert.Equal(
            ".breadcrumbs li + li::before{content:\" ›  /* not a comment */ \";margin:0 0.5rem}" +
            "@media (max-width:40rem) and (min-width:20rem){.a>.b,.c :focus{width:calc(100% - 2 * 1rem)}}\n",
            minified);
    }

    [Fact]
    public void Minify_TheThemesStyleSheets_ChangesOnlyCommentsAndWhiteSpace()
    {
        var source = string.Concat(Directory.GetFiles(Path.Combine(Repo.Root, "theme", "styles"), "*.css")
            .Order(StringComparer.Ordinal).Select(File.ReadAllText));

        var minified = CssMinifier.Minify(source);

        Assert.True(minified.Length < source.Length * 0.85, $"{minified.Length} of {source.Length} bytes");
        Assert.DoesNotContain("/*", Significant(minified), StringComparison.Ordinal);
        Assert.Equal(Significant(source).Replace(";}", "}", StringComparison.Ordinal), Significant(minified));
    }

    /// <summary>The CSS without comments and without white space outside strings: what must not change.</summary>
    private static string Significant(string css)
    {
        var result = new StringBuilder();
        for (var i = 0; i < css.Length; i++)
        {
            if (css[i] == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                i = css.IndexOf("*/", i + 2, StringComparison.Ordinal) + 1;
            }
            else if (css[i] is '"' or '\'')
            {
                var end = css.IndexOf(css[i], i + 1);
                result.Append(css, i, end - i + 1);
                i = end;
            }
            else if (!char.IsWhiteSpace(css[i]))
            {
                result.Append(css[i]);
            }
        }
        return result.ToString();
    }
}
